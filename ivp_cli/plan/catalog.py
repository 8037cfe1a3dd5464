"""Offline reference data: municipality codes and the dimension keys of the open-data tables.

The files live in `ivp_cli/plan/data/` (provenance in its README). Everything loads lazily with the
standard library and is cached, so importing this module costs nothing.
"""

from __future__ import annotations

import csv
import json
import re
from functools import cache
from importlib import resources
from typing import Any

# Region keys that are not municipalities: abroad, and "cannot be assigned".
_NOT_MUNICIPALITIES = frozenset({"GM0998", "GM0999"})


def _data_text(name: str) -> str:
    return resources.files("ivp_cli.plan").joinpath("data", name).read_text(encoding="utf-8")


@cache
def _key_titles(name: str) -> dict[str, str]:
    """Key -> title of one dimension list (`Key,Title,Description,...` CSV from cbsodataR)."""
    rows = csv.DictReader(_data_text(name).splitlines(keepends=True))
    return {row["Key"]: row["Title"] for row in rows}


@cache
def _tables() -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = json.loads(_data_text("tables.json"))
    return tables


def municipalities() -> dict[str, str]:
    """CBS code (GM0415) -> name (Landsmeer) for the real municipalities, indeling 2023/2024."""
    return dict(_municipalities())  # a copy: callers may not change the cached list


@cache
def _municipalities() -> dict[str, str]:
    return {
        key.strip(): title
        for key, title in _key_titles("RegioS.csv").items()
        if key.startswith("GM") and key.strip() not in _NOT_MUNICIPALITIES
    }


# CBS adds a qualifier where a name is shared: "Groningen (gemeente)", "Bergen (NH.)", "Beek (L.)".
# Councils write their own name without it; the code already says which Bergen is meant.
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def plain_name(name: str) -> str:
    """'Groningen (gemeente)' -> 'Groningen'; a name without qualifier stays as it is."""
    return _QUALIFIER.sub("", name.strip())


def name_matches(code: str, name: str) -> bool:
    """Whether `name` is the municipality `code`, as CBS spells it or without CBS' qualifier."""
    official = _municipalities().get(code)
    wanted = name.strip().casefold()
    return official is not None and wanted in (official.casefold(), plain_name(official).casefold())


@cache
def _codes_by_name() -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    for code, official in _municipalities().items():
        for spelling in {official.casefold(), plain_name(official).casefold()}:
            codes.setdefault(spelling, []).append(code)
    return codes


def code_for_name(name: str) -> str | None:
    """The CBS code of a municipality by name, ignoring case and CBS' qualifier when unambiguous.

    'Groningen' -> GM0014; 'Bergen' -> None (two municipalities), 'Bergen (NH.)' -> GM0373.
    """
    codes = _codes_by_name().get(name.strip().casefold(), [])
    return codes[0] if len(codes) == 1 else None


_FOUNDED = re.compile(r"Ontstaan per \d\d-\d\d-(\d{4})")


@cache
def _founded() -> dict[str, int]:
    """Code -> first year, for the municipalities RegioS describes as 'Ontstaan per 01-01-2022'."""
    rows = csv.DictReader(_data_text("RegioS.csv").splitlines(keepends=True))
    found = {row["Key"].strip(): _FOUNDED.search(row["Description"] or "") for row in rows}
    return {code: int(match[1]) for code, match in found.items() if match}


@cache
def _former() -> dict[str, tuple[str, int]]:
    """Code -> (name, last year) of municipalities merged away since 2021."""
    rows = csv.DictReader(_data_text("former_municipalities.csv").splitlines(keepends=True))
    return {row["Key"]: (row["Title"], int(row["LastYear"])) for row in rows}


def years_existed(code: str) -> tuple[int | None, int | None] | None:
    """(first, last) year a municipality existed, None where open-ended; None for an unknown code."""
    if code in _former():
        return None, _former()[code][1]
    if code in _municipalities():
        return _founded().get(code), None
    return None


def former_name(code: str) -> str | None:
    entry = _former().get(code)
    return None if entry is None else entry[0]


def known_table(table: str) -> bool:
    return table in _tables()


def table_source(table: str) -> str | None:
    """'politie' or 'cbs' for a known table."""
    entry = _tables().get(table)
    return None if entry is None else str(entry["source"])


def dimensions(table: str) -> tuple[str, ...]:
    entry = _tables().get(table)
    return () if entry is None else tuple(entry["dimensions"])


def region_dimension(table: str) -> str | None:
    entry = _tables().get(table)
    return None if entry is None else str(entry["region_dimension"])


def has_key_list(table: str, dimension: str) -> bool:
    """Whether the keys of this dimension are known offline (else they are checked at fetch time)."""
    entry = _tables().get(table)
    return entry is not None and entry["dimensions"].get(dimension) is not None


def dimension_keys(table: str, dimension: str) -> frozenset[str]:
    """The padded keys of a dimension ('3.1.1 ', 'E35   '); empty when not known offline."""
    if not has_key_list(table, dimension):
        return frozenset()
    return frozenset(_key_titles(_tables()[table]["dimensions"][dimension]))


def key_title(table: str, dimension: str, key: str) -> str | None:
    if not has_key_list(table, dimension):
        return None
    return _key_titles(_tables()[table]["dimensions"][dimension]).get(key)


def padded_key(table: str, dimension: str, key: str) -> str | None:
    """The listed key that equals `key` once spaces are stripped: the spelling the API needs."""
    wanted = key.strip()
    matches = [listed for listed in dimension_keys(table, dimension) if listed.strip() == wanted]
    return matches[0] if matches else None


def measures_known(table: str) -> bool:
    entry = _tables().get(table)
    return entry is not None and entry["measures"] is not None


def measures(table: str) -> frozenset[str]:
    """Measure columns of a table; empty when unknown offline (see `measures_known`)."""
    entry = _tables().get(table)
    if entry is None or entry["measures"] is None:
        return frozenset()
    return frozenset(entry["measures"])
