"""Plan + assessments -> everything a report template prints, already in the reader's language.

Templates only arrange what is here; every word comes from i18n, every number from formatting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from ivp_cli.plan.model import Action, Plan, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render.charts import STATUS_COLOURS, Segment, status_bar_svg
from ivp_cli.render.figures import population_text
from ivp_cli.render.indicator import METHOD_KEYS, IndicatorView, StatusView, indicator_view, status_view
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_date
from ivp_cli.words.phrases import text
from ivp_cli.words.status import Status


@dataclass(frozen=True)
class ThemeView:
    anchor: str
    title: str
    kind: str
    kernbeleid: str
    description: str | None
    goals: list[str]
    approach: str | None
    indicators: list[IndicatorView]
    actions: list[Action]
    partners: list[str]


def _adoption(plan: Plan, lang: Lang) -> str:
    adoption = plan.plan.adoption
    body = text(lang, f"body.{adoption.body}")
    if adoption.status == "vastgesteld" and adoption.date is not None:
        return text(lang, "adoption.vastgesteld_on", body=body, date=format_date(adoption.date, lang))
    return text(lang, f"adoption.{adoption.status}", body=body)


def _meta(plan: Plan, lang: Lang) -> dict[str, Any]:
    population = plan.municipality.population
    return {
        "title": plan.plan.title,
        "municipality": plan.municipality.name,
        "cbs_code": plan.municipality.cbs_code,
        "partners": [partner.name for partner in plan.municipality.partners],
        "kind": text(lang, f"plan_kind.{plan.plan.kind}"),
        "period": f"{plan.plan.period.start} – {plan.plan.period.end}",
        "adoption": _adoption(plan, lang),
        "document": plan.plan.document.title,  # the title a reader can look up, never its file
        "population": population_text(population, lang) if population else None,
    }


def _fallback(theme: Theme, indicator_id: str) -> Assessment:
    return Assessment(theme.id, indicator_id, Status.NOT_ASSESSABLE, "none", None, None, None, None)


def _theme_view(theme: Theme, found: dict[tuple[str, str], Assessment], lang: Lang) -> ThemeView:
    indicators = [
        indicator_view(
            theme, indicator, found.get((theme.id, indicator.id)) or _fallback(theme, indicator.id), lang
        )
        for indicator in theme.indicators
    ]
    kernbeleid = text(lang, "theme.kernbeleid", field=theme.kernbeleid.field) if theme.kernbeleid else ""
    if theme.kernbeleid and theme.kernbeleid.code:
        kernbeleid += f" ({theme.kernbeleid.code})"
    return ThemeView(
        anchor=f"thema-{theme.id}",
        title=theme.title,
        kind=text(lang, f"theme.kind.{theme.kind}"),
        kernbeleid=kernbeleid,
        description=theme.description,
        goals=list(theme.goals),
        approach=theme.approach,
        indicators=indicators,
        actions=list(theme.actions),
        partners=list(theme.partners),
    )


def status_overview(views: list[IndicatorView], lang: Lang, chart_id: str) -> dict[str, Any]:
    counts = Counter(view.status.key for view in views)
    rows = [(status_view(status, lang), counts[status.value]) for status in Status]
    segments = [Segment(row.key, row.label, row.symbol, count) for row, count in rows]
    parts = ", ".join(f"{row.label}: {count}" for row, count in rows if count)
    desc = text(lang, "chart.status_desc", parts=parts, total=len(views))
    chart = status_bar_svg(chart_id, text(lang, "chart.status_title"), desc, segments) if views else None
    return {"rows": rows, "chart": Markup(chart) if chart else None}  # charts.py escapes all its text


def howto(lang: Lang) -> dict[str, Any]:
    statuses: list[tuple[StatusView, str]] = [
        (status_view(status, lang), text(lang, f"status_help.{status.value}")) for status in Status
    ]
    methods = [text(lang, f"method.{key}") for key in METHOD_KEYS]
    return {"statuses": statuses, "methods": methods}


def plan_context(plan: Plan, assessments: list[Assessment], lang: Lang, as_of: date) -> dict[str, Any]:
    found = {(a.theme_id, a.indicator_id): a for a in assessments}
    themes = [_theme_view(theme, found, lang) for theme in plan.themes]
    indicators = [view for theme in themes for view in theme.indicators]
    return {
        "lang": lang,
        "as_of": text(lang, "report.as_of", date=format_date(as_of, lang)),
        "meta": _meta(plan, lang),
        "summary": indicators,
        "overview": status_overview(indicators, lang, "status-overview"),
        "themes": themes,
        "plan_actions": list(plan.actions),
        "howto": howto(lang),
        "palette": STATUS_COLOURS,
    }
