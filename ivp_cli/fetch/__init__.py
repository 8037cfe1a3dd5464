"""Open data -> values for the plans: batches, one small OData client (sources/), compare with the plan."""
