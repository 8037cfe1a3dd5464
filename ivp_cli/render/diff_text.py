"""The words of `ivp diff`, Dutch and English: one table, no wording in the renderers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ivp_cli.diff.types import REWORDED, Change
from ivp_cli.plan.model import (
    AbsoluteTarget,
    DirectionTarget,
    DocumentProvenance,
    FetchSpec,
    ManualProvenance,
    MilestoneTarget,
    OpenDataProvenance,
    ReferenceTarget,
    RelativeTarget,
    TestDataProvenance,
)
from ivp_cli.words.diff_words import FIELDS, TARGET_KINDS, UI, WORDS

Lang = str  # "nl" or "en"


def message(
    change: Change, lang: Lang, escape: Callable[[str], str], reworded: Callable[[str, str], str]
) -> str:
    """One change as a sentence; `escape` guards plan text, `reworded` renders a word diff."""
    targets = change.kind.startswith("target_") and change.kind != "target_text_changed"

    def show(item: Any, lang: Lang) -> str:
        return target(item, lang) if targets and item is not None else value(item, lang)

    parts = {
        "old": escape(show(change.old, lang)),
        "new": escape(show(change.new, lang)),
        "period": escape(value(change.period, lang)),
        "old_period": escape(value(change.old_period, lang)),
        "how": escape(provenance(change.how, lang)),
        "field": field_label(change.field, lang) if change.field else "",
        "words": reworded(change.old or "", change.new or "") if change.kind in REWORDED else "",
    }
    return WORDS[change.kind][lang].format(**parts)


def ui(key: str, lang: Lang) -> str:
    return UI[key][lang]


def field_label(name: str, lang: Lang) -> str:
    return FIELDS[name][lang]


def value(item: Any, lang: Lang) -> str:
    """A plan value in words: numbers in the language's style, a missing value said plainly."""
    if item is None or item == "":
        return ui("none", lang)
    if isinstance(item, bool):
        return str(item).lower()
    if isinstance(item, int | float):
        return number(item, lang)
    if isinstance(item, FetchSpec):
        keys = ", ".join(f"{name}={key!r}" for name, key in item.keys.items())
        return f"{item.source} {item.table} {item.measure} ({keys})"
    return str(item)


def number(item: float, lang: Lang) -> str:
    text = f"{item:g}" if isinstance(item, float) else str(item)
    return text.replace(".", ",") if lang == "nl" else text


def provenance(item: Any, lang: Lang) -> str:
    """Where a value came from: fetched from open data, entered by hand, or from the document."""
    nl = lang == "nl"
    if isinstance(item, OpenDataProvenance):
        who = (
            "de politie"
            if item.source == "politie" and nl
            else ("the police" if item.source == "politie" else "CBS")
        )
        return f"opgehaald bij {who}, tabel {item.table}" if nl else f"fetched from {who}, table {item.table}"
    if isinstance(item, ManualProvenance):
        return (
            f"met de hand ingevoerd, bron {item.reference}"
            if nl
            else f"entered by hand, source {item.reference}"
        )
    if isinstance(item, DocumentProvenance):
        return (
            f"uit het plandocument, {item.reference}" if nl else f"from the plan document, {item.reference}"
        )
    if isinstance(item, TestDataProvenance):
        return "testgegeven, geen echt cijfer" if nl else "test data, not a real figure"
    return ui("unknown", lang)


def target(item: Any, lang: Lang) -> str:
    """A typed target in words, followed by the plan's own phrase where it has one."""
    words = _target_kind(item, lang)
    if item.year is not None:
        words += f", {'doeljaar' if lang == 'nl' else 'target year'} {item.year}"
    if item.text and item.type != "qualitative":
        words += f' ("{item.text}")'
    return words


def _target_kind(item: Any, lang: Lang) -> str:
    nl = lang == "nl"
    if isinstance(item, AbsoluteTarget):
        bound = (
            ("hoogstens" if nl else "at most")
            if item.bound == "at_most"
            else ("minimaal" if nl else "at least")
        )
        return f"{bound} {number(item.value, lang)}"
    if isinstance(item, RelativeTarget):
        return _relative(item.change_percent, lang)
    if isinstance(item, DirectionTarget):
        if item.direction == "decrease":
            return "daling" if nl else "a decrease"
        return "stijging" if nl else "an increase"
    if isinstance(item, ReferenceTarget):
        bound = (
            ("hoogstens" if nl else "at most")
            if item.comparison == "at_most"
            else ("minimaal" if nl else "at least")
        )
        return f"{bound} {'gelijk aan' if nl else 'equal to'} {item.reference.name}"
    if isinstance(item, MilestoneTarget):
        return f"{'mijlpaal' if nl else 'milestone'} '{item.target_state}'"
    return TARGET_KINDS[item.type][lang] + (f' "{item.text}"' if item.type == "qualitative" else "")


def _relative(percent: float, lang: Lang) -> str:
    size = number(abs(percent), lang)
    if lang == "nl":
        change = "daling" if percent < 0 else "stijging"
        return f"{change} van {size} % ten opzichte van de nulmeting"
    change = "a decrease" if percent < 0 else "an increase"
    return f"{change} of {size} % from the baseline"
