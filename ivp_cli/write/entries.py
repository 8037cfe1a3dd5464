"""Figures without an API (Gemeente, Stichting Halt, Regio Control, RIEC): typed in or read from CSV."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ivp_cli.errors import FindingsError
from ivp_cli.plan.model import Indicator

CSV_COLUMNS = ("plan", "indicator", "period", "value", "source", "note")
_INTEGER = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
_DECIMAL_COMMA = re.compile(r"^-?[\d.]*\d,\d+$")


class ManualError(FindingsError):
    """A manual figure that cannot be recorded: a bad row, value, period or indicator."""

    def __init__(self, *lines: str) -> None:
        super().__init__(*(line if line.startswith("ivp: ") else f"ivp: {line}" for line in lines))


@dataclass(frozen=True)
class ManualEntry:
    plan: Path
    indicator: str
    period: str
    value: str
    source: str
    where: str  # 'file:line' of a CSV row, or 'command line'
    note: str | None = None
    entered_by: str | None = None


def parse_number(text: str, where: str) -> int | float:
    value = text.strip()
    if _DECIMAL_COMMA.match(value):
        raise ManualError(
            f"{where}: '{value}' has a decimal comma; write {value.replace('.', '').replace(',', '.')}"
        )
    if _INTEGER.match(value):
        return int(value)
    if _DECIMAL.match(value):
        return float(value)
    raise ManualError(f"{where}: '{value}' is not a number")


def entry_value(indicator: Indicator, entry: ManualEntry) -> int | float | str:
    """The value of `entry` for `indicator`, checked in full: the type, the unit's range, the states.

    The rules are `ivp validate`'s, plus the ones a typed-in value must meet although an old plan
    only gets a warning for them (a negative count). Refused with the entry's place and the reason.
    """
    from ivp_cli.validation.value_rules import value_problem

    value: int | float | str = (
        entry.value.strip() if indicator.unit == "state" else parse_number(entry.value, entry.where)
    )
    problem = value_problem(indicator, value)
    if problem is not None:
        raise ManualError(f"{entry.where}: {indicator.id}: '{entry.value}' cannot be recorded: {problem}")
    return value


def read_csv(path: Path, by: str | None) -> list[ManualEntry]:
    """Rows of an import CSV; every bad row is reported, each with its file:line."""
    text = path.read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if tuple(reader.fieldnames or ()) != CSV_COLUMNS:
        raise ManualError(
            f"{path}:1: expected the columns {','.join(CSV_COLUMNS)}, found {reader.fieldnames}"
        )
    entries, problems = [], []
    for row in reader:
        where = f"{path}:{reader.line_num}"
        missing = [c for c in CSV_COLUMNS[:5] if not (row.get(c) or "").strip()]
        if missing:
            problems.append(f"{where}: empty {', '.join(missing)}")
            continue
        entries.append(
            ManualEntry(
                Path(row["plan"].strip()),
                row["indicator"].strip(),
                row["period"].strip(),
                row["value"].strip(),
                row["source"].strip(),
                where,
                (row["note"] or "").strip() or None,
                by,
            )
        )
    if problems:
        raise ManualError("\n".join(problems))
    return entries
