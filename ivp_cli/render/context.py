"""Plan + assessments -> everything a report template prints, already in the reader's language.

Templates only arrange what is here; every word comes from `words`, every number from formatting,
and only what exists on the as-of date is here at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ivp_cli.plan.model import Action, Plan, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render.charts import STATUS_COLOURS
from ivp_cli.render.css import css_string, page_counter
from ivp_cli.render.figures import has_test_data, population_text
from ivp_cli.render.indicator import (
    METHOD_KEYS,
    ExplanationView,
    IndicatorView,
    explanation_view,
    indicator_view,
)
from ivp_cli.render.overview import overview
from ivp_cli.render.statuses import ORDER, StatusView, status_view
from ivp_cli.render.visible import latest_progress
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_date
from ivp_cli.words.phrases import text
from ivp_cli.words.status import Status


@dataclass(frozen=True)
class ActionView:
    text: str
    planning: str | None
    state: str | None  # niet_gestart, loopt, vertraagd, gereed, vervallen
    progress: str  # 'loopt (stand 30 juni 2025)', or empty without a status
    note: str | None


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
    actions: list[ActionView]
    partners: list[str]
    account: ExplanationView | None


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


def action_view(action: Action, as_of: date, lang: Lang) -> ActionView:
    latest = latest_progress(action, as_of)
    if latest is None:
        return ActionView(action.text, action.planning, None, "", None)
    state = text(lang, f"action_state.{latest.status}")
    progress = text(lang, "action.progress", state=state, date=format_date(latest.date, lang))
    return ActionView(action.text, action.planning, latest.status, progress, latest.note)


def _theme_view(theme: Theme, found: dict[tuple[str, str], Assessment], as_of: date, lang: Lang) -> ThemeView:
    indicators = [
        indicator_view(
            theme,
            indicator,
            found.get((theme.id, indicator.id)) or _fallback(theme, indicator.id),
            as_of,
            lang,
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
        actions=[action_view(action, as_of, lang) for action in theme.actions],
        partners=list(theme.partners),
        account=explanation_view(list(theme.explanations), as_of, lang),
    )


def howto(lang: Lang) -> dict[str, Any]:
    statuses: list[tuple[StatusView, str]] = [
        (status_view(key, lang), text(lang, f"status_help.{key}")) for key in ORDER
    ]
    methods = [text(lang, f"method.{key}") for key in METHOD_KEYS]
    return {"statuses": statuses, "methods": methods}


def plan_context(plan: Plan, assessments: list[Assessment], lang: Lang, as_of: date) -> dict[str, Any]:
    found = {(a.theme_id, a.indicator_id): a for a in assessments}
    themes = [_theme_view(theme, found, as_of, lang) for theme in plan.themes]
    meta = _meta(plan, lang)
    as_of_text = text(lang, "report.as_of", date=format_date(as_of, lang))
    return {
        "lang": lang,
        "as_of": as_of_text,
        "print_header": css_string(f"{meta['municipality']} · {meta['title']} · {as_of_text}"),
        "print_page": page_counter(lang),
        "meta": meta,
        "test_data": has_test_data(plan),
        "overview": overview([(theme.title, theme.anchor, theme.indicators) for theme in themes], lang),
        "themes": themes,
        "plan_actions": [action_view(action, as_of, lang) for action in plan.actions],
        "howto": howto(lang),
        "palette": STATUS_COLOURS,
    }
