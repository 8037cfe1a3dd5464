"""One change of `ivp diff` as a sentence; every word, number and target comes from `words`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ivp_cli.diff.types import REWORDED, Change
from ivp_cli.plan.model import (
    ActionProgress,
    DocumentProvenance,
    Explanation,
    FetchSpec,
    ManualProvenance,
    OpenDataProvenance,
    Target,
    TestDataProvenance,
)
from ivp_cli.words.diff_words import FIELDS, PROVENANCE, UI, WORDS
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_date, format_period, format_value
from ivp_cli.words.phrases import text
from ivp_cli.words.targets import target_year, typed_target


def message(
    change: Change, lang: Lang, escape: Callable[[str], str], reworded: Callable[[str, str], str]
) -> str:
    """One change as a sentence; `escape` guards plan text, `reworded` renders a word diff."""
    targets = change.kind.startswith("target_") and change.kind != "target_text_changed"
    unit = change.unit or "count"

    def show(item: Any) -> str:
        return target(item, unit, lang) if targets and item is not None else value(item, lang, unit)

    parts = {
        "old": escape(show(change.old)),
        "new": escape(show(change.new)),
        "period": escape(value(change.period, lang)),
        "old_period": escape(value(change.old_period, lang)),
        "how": escape(provenance(change.how, lang)),
        "field": field_label(change.field, lang) if change.field else "",
        "action": escape(change.action or ""),
        "words": reworded(change.old or "", change.new or "") if change.kind in REWORDED else "",
    }
    return WORDS[change.kind][lang].format(**parts)


def ui(key: str, lang: Lang) -> str:
    return UI[key][lang]


def field_label(name: str, lang: Lang) -> str:
    return FIELDS[name][lang]


def value(item: Any, lang: Lang, unit: str = "count") -> str:
    """A plan value in words: every digit it was written with, in its unit; a missing value said plainly."""
    if item is None or item == "":
        return ui("none", lang)
    if isinstance(item, bool):
        return str(item).lower()
    if isinstance(item, int | float):
        return format_value(item, unit, lang, "exact")
    if isinstance(item, ActionProgress | Explanation):
        return account(item, lang)
    if isinstance(item, FetchSpec):
        keys = ", ".join(f"{name}={key!r}" for name, key in item.keys.items())
        return f"{item.source} {item.table} {item.measure} ({keys})"
    return str(item)


def account(item: ActionProgress | Explanation, lang: Lang) -> str:
    """'vertraagd (30 juni 2025): wacht op de regio' or 'over 2024, 1 maart 2025: ...; bijsturing: ...'."""
    day = format_date(item.date, lang)
    if isinstance(item, ActionProgress):
        words = f"{text(lang, f'action_state.{item.status}')} ({day})"
        return f"{words}: {item.note}" if item.note else words
    period = format_period(item.period, lang)
    words = UI["explanation"][lang].format(period=period, date=day, text=item.text)
    return f"{words} {UI['correction'][lang].format(text=item.correction)}" if item.correction else words


def provenance(item: Any, lang: Lang) -> str:
    """Where a value came from: fetched from open data, entered by hand, or from the document."""
    if isinstance(item, OpenDataProvenance):
        who = PROVENANCE[item.source][lang]
        return PROVENANCE["open_data"][lang].format(who=who, table=item.table)
    if isinstance(item, ManualProvenance | DocumentProvenance):
        return PROVENANCE[item.source][lang].format(reference=item.reference)
    if isinstance(item, TestDataProvenance):
        return PROVENANCE["test"][lang]
    return ui("unknown", lang)


def target(item: Target, unit: str, lang: Lang) -> str:
    """A typed target in words, followed by the plan's own phrase where it has one."""
    words = typed_target(item, unit, lang, "exact")
    if item.type == "qualitative":
        words += f' "{item.text}"'
    if item.year is not None:
        words += f", {target_year(item.year, lang)}"
    if item.text and item.type != "qualitative":
        words += f' ("{item.text}")'
    return words
