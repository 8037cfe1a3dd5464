"""`ivp status --format json`: a stable structure with every figure behind every status.

    {"as_of": "2026-11-22", "language": "nl",
     "plans": [{"path", "municipality": {"name", "cbs_code"}, "title", "period": {"start", "end"},
                "summary": {status: count for all nine statuses},
                "test_data": true when any figure is invented test data,
                "indicators": [assessment, ...]}]}

    assessment = {"theme_id", "theme_title", "indicator_id", "indicator_name", "unit", "status",
                  "status_label", "method", "baseline", "latest" (observations as in the plan file,
                  or null), "target" (typed target as in the plan file), "target_year", "final",
                  "figures", "explanation": {"nl", "en"}, "flags": [...],
                  "targets": [target, ...] (one per target of the indicator, in plan order),
                  "parts": [assessment, ...] (the same, in full, when there are several),
                  "comparisons": [comparison, ...]}

    comparison = {"kind" (national | size_class_median), "name", "region" (NL01, or null for a
                  median), "period", "value", "status", "size_class", "municipalities"}: the fetched
                  comparison values for the period of the latest value (see `comparisons` in a plan).

    target = {"year", "status", "status_label", "final", "method", "target", "explanation"}

The indicator's `status` is its headline (see ivp_cli.progress.assess); each target keeps its own
year and status. Keys are sorted, so the same input gives byte-identical output; -0.0 is written 0.0.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from ivp_cli.plan.model import Indicator
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.render import cells, comparisons
from ivp_cli.render.cells import PlanStatus
from ivp_cli.render.figures import has_test_data
from ivp_cli.words.lang import Lang
from ivp_cli.words.status import Status, status_with_symbol


def _figure(value: Figure) -> Figure:
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _no_negative_zero(value: Any) -> Any:
    """-0.0 (a rounding of a tiny fall) reads as a sign error in JSON; it is 0.0."""
    if isinstance(value, float) and value == 0:
        return 0.0
    if isinstance(value, dict):
        return {key: _no_negative_zero(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_no_negative_zero(item) for item in value]
    return value


def _target_json(part: Assessment, lang: Lang) -> dict[str, Any]:
    return {
        "year": part.target_year,
        "status": part.status.value,
        "status_label": status_with_symbol(part.status, lang),
        "final": part.final,
        "method": part.method,
        "target": part.target.model_dump(mode="json") if part.target else None,
        "explanation": dict(part.explanation),
    }


def assessment_json(
    assessment: Assessment, theme_title: str, indicator: Indicator, lang: Lang
) -> dict[str, Any]:
    return {
        "theme_id": assessment.theme_id,
        "theme_title": theme_title,
        "indicator_id": assessment.indicator_id,
        "indicator_name": indicator.name,
        "unit": indicator.unit,
        "status": assessment.status.value,
        "status_label": status_with_symbol(assessment.status, lang),
        "method": assessment.method,
        "baseline": assessment.baseline.model_dump(mode="json") if assessment.baseline else None,
        "latest": assessment.latest.model_dump(mode="json") if assessment.latest else None,
        "target": assessment.target.model_dump(mode="json") if assessment.target else None,
        "target_year": assessment.target_year,
        "final": assessment.final,
        "figures": {key: _figure(value) for key, value in assessment.figures.items()},
        "explanation": dict(assessment.explanation),
        "flags": list(assessment.flags),
        "targets": [_target_json(part, lang) for part in (assessment.parts or (assessment,))],
        "parts": [assessment_json(part, theme_title, indicator, lang) for part in assessment.parts],
        "comparisons": comparisons.used(indicator, assessment.latest),
    }


def _plan_json(item: PlanStatus, lang: Lang) -> dict[str, Any]:
    lookup = cells.indicators_by_id(item.plan)
    meta = item.plan.plan
    summary = {status.value: 0 for status in Status}
    for assessment in item.assessments:
        summary[assessment.status.value] += 1
    return {
        "path": item.path,
        "municipality": {"name": item.plan.municipality.name, "cbs_code": item.plan.municipality.cbs_code},
        "title": meta.title,
        "period": {"start": meta.period.start, "end": meta.period.end},
        "summary": summary,
        "test_data": has_test_data(item.plan),
        "indicators": [
            assessment_json(a, *lookup[(a.theme_id, a.indicator_id)], lang) for a in item.assessments
        ],
    }


def status_json(plans: Iterable[PlanStatus], as_of: date, lang: Lang) -> str:
    buffer = io.StringIO()
    write_status_json(buffer, plans, as_of, lang)
    return buffer.getvalue()


def write_status_json(out: IO[str], plans: Iterable[PlanStatus], as_of: date, lang: Lang) -> None:
    """The document, one plan at a time: the same bytes as dumping it whole (sorted keys, indent 2)."""
    head = _dumps({"as_of": as_of.isoformat(), "language": lang, "plans": []})
    out.write(head.removesuffix("[]\n}") + "[")  # "plans" sorts last
    separator = "\n"
    for item in plans:
        body = _dumps(_plan_json(item, lang))
        out.write(separator + "\n".join("    " + line for line in body.split("\n")))
        separator = ",\n"
    out.write("]\n}" if separator == "\n" else "\n  ]\n}")


def _dumps(document: dict[str, Any]) -> str:
    return json.dumps(
        _no_negative_zero(document), ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False
    )
