"""CBS StatLine v3 at opendata.cbs.nl (the same grammar as the police host).

The Veiligheidsmonitor (85146NED) carries a `Marges` dimension: MW00000 is the value, MOG0095 and
MBG0095 the lower and upper 95 % bounds. Its column suffixes change between vintages, so a plan may
name the measure by its title and it is resolved through DataProperties.

CBS' v4 service (datasets.cbs.nl) is not used: every table ivp reads is on v3, and the police
tables are on no v4 host at all. v4 also leaves out empty cells, where v3 answers with the topic's
`Default` (0 for a count marked "Zero"), so a cell v4 does not return could be a zero or a figure
not published, and ivp would have to guess which.
"""

from __future__ import annotations

from ivp_cli.fetch.sources.tables import TableMeta

SOURCE = "cbs"
MARGIN_DIMENSION = "Marges"
VALUE, LOWER, UPPER = "MW00000", "MOG0095", "MBG0095"


def extra_selections(meta: TableMeta) -> dict[str, tuple[str, ...]]:
    if MARGIN_DIMENSION not in meta.dimensions:
        return {}
    wanted = (VALUE, LOWER, UPPER)
    return {MARGIN_DIMENSION: tuple(meta.resolve_key(MARGIN_DIMENSION, key) for key in wanted)}
