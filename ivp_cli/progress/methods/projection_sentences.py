"""The sentences of the projection method, in Dutch (B1) and English.

Progress made so far and the projection are told apart: "Dat is 40 % van de stap naar het doel"
is what happened; "In dit tempo wordt het 25,2 % in 2027" is what would happen. A share outside
0-100 % of the step is never shown: it reads as nonsense ("-192 % van de stap").
"""

from __future__ import annotations

from collections.abc import Callable

from ivp_cli.plan.model import Observation
from ivp_cli.progress.assessment import Figure
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.progress.series import numeric
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word

_SCHEDULE = {
    "nl": {"ahead": "voor op schema", "on": "op schema", "behind": "achter op schema"},
    "en": {"ahead": "ahead of schedule", "on": "on schedule", "behind": "behind schedule"},
}


def _both(build: Callable[[Lang], str]) -> Sentence:
    return Sentence(build("nl"), build("en"))


def final_sentence(ctx: Context, latest: Observation, status: Status) -> Sentence:
    def build(lang: Lang) -> str:
        met = status is Status.ACHIEVED
        if lang == "nl":
            return f"{ctx.at(latest, lang)}: het doel is {'gehaald' if met else 'niet gehaald'}."
        return f"{ctx.at(latest, lang)}: the target was {'met' if met else 'missed'}."

    return _both(build)


def met_sentence(ctx: Context, observation: Observation) -> Sentence:
    if observation is ctx.series.baseline:
        return Sentence(
            f"De nulmeting ({ctx.at(observation, 'nl')}) haalt het doel al. Er is nog geen latere meting.",
            f"The baseline ({ctx.at(observation, 'en')}) already meets the target. There is no later "
            "measurement yet.",
        )
    return Sentence(
        f"{ctx.at(observation, 'nl')}: het doel is nu al gehaald.",
        f"{ctx.at(observation, 'en')}: the target is already met.",
    )


def _from_to(ctx: Context, points: tuple[Observation, Observation], lang: Lang) -> str:
    start, latest = points
    v_0, v_t = numeric(start), numeric(latest)
    moved = "" if v_0 is None or v_t is None else f" ({text.change(v_0, v_t, ctx.indicator.unit, lang)})"
    if lang == "nl":
        return f"Van {ctx.at(start, lang)} naar {ctx.at(latest, lang)}{moved}"
    return f"From {ctx.at(start, lang)} to {ctx.at(latest, lang)}{moved}"


def keep_within_sentence(ctx: Context, points: tuple[Observation, Observation]) -> Sentence:
    def build(lang: Lang) -> str:
        head = _from_to(ctx, points, lang)
        if lang == "nl":
            return (
                f"Bij de start zat het cijfer al binnen de grens. Het doel is daar te blijven. {head}: nu "
                "over de grens, dus verslechterd."
            )
        return (
            f"At the start the figure was already within the bound; the target is to stay there. {head}: "
            "now beyond the bound, so deteriorating."
        )

    return _both(build)


def progress_sentence(
    ctx: Context,
    points: tuple[Observation, Observation],
    status: Status,
    figures: dict[str, Figure],
    noise: bool,
) -> Sentence:
    texts = {lang: _progress(ctx, points, (status, noise), figures, lang) for lang in LANGS}
    return Sentence(texts["nl"], texts["en"])


def _progress(
    ctx: Context,
    points: tuple[Observation, Observation],
    verdict: tuple[Status, bool],
    figures: dict[str, Figure],
    lang: Lang,
) -> str:
    nl, (status, noise) = lang == "nl", verdict
    head, word = _from_to(ctx, points, lang), status_word(status, lang)
    if noise:
        if nl:
            return f"{head}: dat verschil is niet meer dan toeval, dus {word}."
        return f"{head}: that difference is no more than chance, so {word}."
    if status is Status.DETERIORATING:
        return f"{head}: de verkeerde kant op, dus {word}." if nl else f"{head}: the wrong way, so {word}."
    made = _made(figures, lang)
    slow = (", veel te langzaam" if nl else ", far too slow") if status is Status.NO_PROGRESS else ""
    outcome = f"{_pace(ctx, figures, lang)}{slow}, {'dus' if nl else 'so'} {word}."
    return f"{head}.{made} {outcome}{_schedule(ctx, figures, lang)}"


def _made(figures: dict[str, Figure], lang: Lang) -> str:
    made = figures.get("progress_made")
    if not isinstance(made, float) or not 0 <= made <= 1:
        return ""
    share = text.percent(made, lang)
    return (
        f" Dat is {share} van de stap naar het doel."
        if lang == "nl"
        else f" That is {share} of the step to the target."
    )


def _pace(ctx: Context, figures: dict[str, Figure], lang: Lang) -> str:
    nl = lang == "nl"
    how = ""
    if figures["projection"] == "linear":
        how = " (een rechte lijn doorgetrokken)" if nl else " (a straight line extended)"
    projected = _number(ctx, figures.get("projected_value"), lang)
    year = ctx.target_year
    return (
        f"In dit tempo{how} wordt het {projected} in {year}"
        if nl
        else f"At this pace{how} it will be {projected} in {year}"
    )


def _schedule(ctx: Context, figures: dict[str, Figure], lang: Lang) -> str:
    schedule, expected = figures.get("schedule"), figures.get("trajectory_value")
    if not isinstance(schedule, str) or not isinstance(expected, float):
        return ""
    label = _SCHEDULE[lang][schedule]
    value = _number(ctx, expected, lang)
    if lang == "nl":
        return f" Op een rechte lijn naar het doel hoort het nu {value} te zijn: {label}."
    return f" A straight line to the target puts it at {value} now: {label}."


def _number(ctx: Context, value: Figure, lang: Lang) -> str:
    if isinstance(value, int | float):
        return ctx.value(value, lang)
    return "buiten elke schaal" if lang == "nl" else "off any scale"
