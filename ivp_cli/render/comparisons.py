"""The fetched comparisons (Nederland, the median of the size class) next to a plan's own value."""

from __future__ import annotations

from typing import Any

from ivp_cli.plan.model import Indicator, Observation
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_value
from ivp_cli.words.phrases import text


def used(indicator: Indicator, latest: Observation | None) -> list[dict[str, Any]]:
    """Each comparison value for the period of `latest`, with its region code or size class."""
    period = None if latest is None else latest.parsed_period
    found: list[dict[str, Any]] = []
    for series in indicator.comparisons:
        for value in series.measurements:
            if period is None or value.parsed_period != period:
                continue
            aggregate = getattr(value.provenance, "aggregate", None)
            found.append(
                {
                    "kind": series.kind,
                    "name": series.name,
                    "region": series.region,
                    "period": value.period,
                    "value": value.value,
                    "status": value.status,
                    "size_class": aggregate.size_class if aggregate else None,
                    "municipalities": aggregate.municipalities if aggregate else None,
                }
            )
    return found


def sentence(indicator: Indicator, latest: Observation | None, lang: Lang) -> str | None:
    """'Ter vergelijking (2023): Nederland 4,3 per 1.000 inwoners; mediaan van 57 gemeenten ...'."""
    values = [item for item in used(indicator, latest) if item["value"] is not None]
    if not values or latest is None:
        return None
    parts = [_part(item, indicator, lang) for item in values]
    return text(lang, "comparison.sentence", period=latest.period, items="; ".join(parts))


def _part(item: dict[str, Any], indicator: Indicator, lang: Lang) -> str:
    value = format_value(item["value"], indicator.unit, lang, per=indicator.per)
    if item["kind"] == "national":
        return text(lang, "comparison.national", value=value)
    if item["municipalities"] is None or item["size_class"] is None:  # written by hand, not fetched
        return text(lang, "comparison.named", name=item["name"], value=value)
    return text(
        lang,
        "comparison.size_class_median",
        count=item["municipalities"],
        size_class=item["size_class"],
        value=value,
    )
