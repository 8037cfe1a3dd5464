"""The sentences of the projection method, in Dutch (B1) and English."""

from __future__ import annotations

from ivp_cli.plan.model import Observation
from ivp_cli.progress.assessment import Figure
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word
from ivp_cli.words.targets import bound_phrase

_SCHEDULE = {
    "nl": {"ahead": "voor op schema", "on": "op schema", "behind": "achter op schema"},
    "en": {"ahead": "ahead of schedule", "on": "on schedule", "behind": "behind schedule"},
}


def _goal(ctx: Context, goal: float, lower: bool, lang: Lang) -> str:
    return bound_phrase("at_most" if lower else "at_least", ctx.value(goal, lang), lang)


def achieved_sentence(ctx: Context, observation: Observation, goal: float, lower: bool) -> Sentence:
    if observation is ctx.series.baseline:
        return Sentence(
            f"De nulmeting ({ctx.at(observation, 'nl')}) voldoet al aan het doel "
            f"({_goal(ctx, goal, lower, 'nl')}); er is nog geen latere meting.",
            f"The baseline ({ctx.at(observation, 'en')}) already meets the target "
            f"({_goal(ctx, goal, lower, 'en')}); there is no later measurement yet.",
        )
    return Sentence(
        f"{ctx.at(observation, 'nl')}: het doel ({_goal(ctx, goal, lower, 'nl')}) is gehaald.",
        f"{ctx.at(observation, 'en')}: the target ({_goal(ctx, goal, lower, 'en')}) has been met.",
    )


def progress_sentence(
    ctx: Context,
    points: tuple[Observation, Observation],
    goal: float,
    lower: bool,
    status: Status,
    figures: dict[str, Figure],
) -> Sentence:
    start, latest = points
    texts = {}
    for lang in LANGS:
        body = _body(ctx, goal, lower, status, figures, lang)
        texts[lang] = f"{ctx.at(start, lang)}, {ctx.at(latest, lang)}: {body}."
    return Sentence(texts["nl"], texts["en"])


def _body(
    ctx: Context, goal: float, lower: bool, state: Status, figures: dict[str, Figure], lang: Lang
) -> str:
    nl = lang == "nl"
    so = "dus" if nl else "so"
    status = status_word(state, lang)
    aim = _goal(ctx, goal, lower, lang)
    if figures.get("projection") is None:
        if nl:
            return (
                f"het doel ({aim}) is gelijk aan de beginwaarde en de waarde ging de verkeerde kant op, "
                f"{so} {status}"
            )
        return (
            f"the target ({aim}) equals the starting value and the value moved the wrong way, {so} {status}"
        )
    return f"{_pace(ctx, aim, figures, lang)}, {so} {status}{_schedule(ctx, figures, lang)}"


def _pace(ctx: Context, aim: str, figures: dict[str, Figure], lang: Lang) -> str:
    nl = lang == "nl"
    rate = figures.get("annual_rate")
    how = ""
    if figures["projection"] == "linear":
        how = " (rechte lijn doorgetrokken)" if nl else " (straight line extended)"
    elif isinstance(rate, float):
        how = f" ({text.percent(rate, lang)} {'per jaar' if nl else 'a year'})"
    projected = _number(ctx, figures.get("projected_value"), lang)
    ratio = figures.get("progress_ratio")
    share = text.percent(ratio, lang) if isinstance(ratio, float) else ("onbekend" if nl else "unknown")
    year = ctx.target_year
    if nl:
        return f"in dit tempo{how} wordt het {projected} in {year}, {share} van de stap naar het doel ({aim})"
    return f"at this pace{how} it will be {projected} in {year}, {share} of the step to the target ({aim})"


def _schedule(ctx: Context, figures: dict[str, Figure], lang: Lang) -> str:
    schedule, expected = figures.get("schedule"), figures.get("trajectory_value")
    if not isinstance(schedule, str) or not isinstance(expected, float):
        return ""
    label = _SCHEDULE[lang][schedule]
    value = _number(ctx, expected, lang)
    if lang == "nl":
        return f"; op een rechte lijn naar het doel hoort het nu {value} te zijn: {label}"
    return f"; a straight line to the target puts it at {value} now: {label}"


def _number(ctx: Context, value: Figure, lang: Lang) -> str:
    if isinstance(value, int | float):
        return ctx.value(value, lang)
    return "buiten elke schaal" if lang == "nl" else "off any scale"
