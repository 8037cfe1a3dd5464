"""Milestone targets: the position of the latest recorded state in the ordered `states`.

current = the latest known measurement's state, else the baseline state; start = the baseline
state, else the first recorded state. Achieved when current is at or past `target_state`; on track
when it moved forward since the start; no_progress when a later recording shows no move;
deteriorating when it moved back. A state recorded in the target year short of the target is
not_achieved (final). No state recorded, or a state outside the list: not assessable.
A baseline state alone (short of the target) says nothing about progress: insufficient data.
"""

from __future__ import annotations

from ivp_cli.plan.model import MilestoneTarget, Observation
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word

METHOD = "milestone"


def _index(states: list[str], observation: Observation | None) -> int | None:
    if observation is None or not isinstance(observation.value, str):
        return None
    value = observation.value.strip()
    return states.index(value) if value in states else None


def assess_milestone(ctx: Context) -> Assessment:
    target = ctx.target
    assert isinstance(target, MilestoneTarget)
    states, known, baseline = target.states, ctx.series.known, ctx.series.baseline
    current = known[-1] if known else baseline
    if target.target_state not in states:
        return _unassessable(ctx, "target_state_unknown")
    if current is None:
        return _unassessable(ctx, "no_state")
    position, goal = _index(states, current), states.index(target.target_state)
    if position is None:
        return _unassessable(ctx, "unknown_state")
    start = baseline if baseline is not None else (known[0] if len(known) > 1 else None)
    start_position = _index(states, start)
    figures: dict[str, Figure] = {
        "state": states[position],
        "state_index": position + 1,
        "state_count": len(states),
        "target_state_index": goal + 1,
        "start_state_index": None if start_position is None else start_position + 1,
    }
    if position >= goal:
        status = Status.ACHIEVED
    elif ctx.final:
        status = Status.NOT_ACHIEVED
    elif start is None or start is current or start_position is None:
        return ctx.result(
            Status.INSUFFICIENT_DATA, METHOD, _sentence(ctx, current, None, status=None), figures
        )
    else:
        status = _movement(position, start_position)
    return ctx.result(status, METHOD, _sentence(ctx, current, start, status), figures)


def _movement(position: int, start_position: int) -> Status:
    if position > start_position:
        return Status.ON_TRACK
    return Status.NO_PROGRESS if position == start_position else Status.DETERIORATING


_REASONS = {
    "target_state_unknown": Sentence(
        "De doeltoestand staat niet in de lijst van stappen.", "The target state is not in the list of steps."
    ),
    "no_state": Sentence("Er is nog geen toestand vastgelegd.", "No state has been recorded yet."),
    "unknown_state": Sentence(
        "De vastgelegde toestand staat niet in de lijst van stappen.",
        "The recorded state is not in the list of steps.",
    ),
}


def _unassessable(ctx: Context, reason: str) -> Assessment:
    return ctx.result(Status.NOT_ASSESSABLE, METHOD, _REASONS[reason], flags=(reason,))


def _sentence(
    ctx: Context, current: Observation, start: Observation | None, status: Status | None
) -> Sentence:
    texts = {lang: f"{_where(ctx, current, lang)}, {_how(start, current, status, lang)}." for lang in LANGS}
    return Sentence(texts["nl"], texts["en"])


def _where(ctx: Context, current: Observation, lang: Lang) -> str:
    """ "Toestand in 2025: 'Concept' (stap 2 van 3; doel: 'Operationeel plan')"."""
    target = ctx.target
    assert isinstance(target, MilestoneTarget)
    step, count, when = _index(target.states, current), len(target.states), text.period(current.period, lang)
    state = text.value(current.value, "state", lang)
    number = 0 if step is None else step + 1
    if lang == "nl":
        return f"Toestand in {when}: '{state}' (stap {number} van {count}; doel: '{target.target_state}')"
    return f"State in {when}: '{state}' (step {number} of {count}; target: '{target.target_state}')"


def _how(start: Observation | None, current: Observation, status: Status | None, lang: Lang) -> str:
    nl = lang == "nl"
    if status is None:
        return (
            "nog geen latere toestand bekend, dus onvoldoende gegevens"
            if nl
            else ("no later state known yet, so insufficient data")
        )
    since = ""
    if start is not None and start is not current:
        since = f"vanaf '{start.value}', " if nl else f"from '{start.value}', "
    return f"{since}{'dus' if nl else 'so'} {status_word(status, lang)}"
