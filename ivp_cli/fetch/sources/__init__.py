"""Data sources for `ivp fetch`: one small OData client and one module per source."""
