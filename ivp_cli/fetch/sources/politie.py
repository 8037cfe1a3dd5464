"""data.politie.nl (dataderden.cbs.nl, catalog Politie): registered crimes and nuisance per gemeente.

Tables 47013NED (SoortMisdrijf) and 47021NED (Overlast) share RegioS and Perioden; their measure
columns are read from DataProperties, never assumed.
"""

from __future__ import annotations

from ivp_cli.fetch.sources.tables import TableMeta

SOURCE = "politie"


def extra_selections(meta: TableMeta) -> dict[str, tuple[str, ...]]:
    """Dimensions the plan does not name but the query must pin (none for the police tables)."""
    del meta
    return {}
