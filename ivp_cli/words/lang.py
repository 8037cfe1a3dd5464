"""The languages ivp writes: the one `Lang` type every module uses."""

from __future__ import annotations

from typing import Literal, get_args

Lang = Literal["nl", "en"]

# Dutch first: it is the default, and tables of (nl, en) pairs are read in this order.
LANGS: tuple[Lang, ...] = get_args(Lang)
