"""A plan as data: the pydantic model, periods, reference data and YAML read with positions."""
