"""Targets a rule cannot judge: qualitative (a person judges), monitor (no target), and a numeric
method that does not fit the unit (method 'none'). All are not assessable; the latest known value
is still shown so the reader sees what is followed.
"""

from __future__ import annotations

from ivp_cli.progress.assessment import Assessment
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.words.status import Status


def _latest(ctx: Context) -> tuple[str, str]:
    latest, baseline = ctx.series.latest_known, ctx.series.baseline
    if latest is not None:
        return f"Laatste waarde: {ctx.at(latest, 'nl')}", f"Latest value: {ctx.at(latest, 'en')}"
    if baseline is not None:
        return f"Nulmeting: {ctx.at(baseline, 'nl')}", f"Baseline: {ctx.at(baseline, 'en')}"
    return "Nog geen waarde bekend", "No value known yet"


def assess_qualitative(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    sentence = Sentence(
        f"{nl}; dit doel is in woorden gesteld en vraagt het oordeel van een mens.",
        f"{en}; this target is stated in words and needs a person's judgement.",
    )
    return ctx.result(Status.NOT_ASSESSABLE, "qualitative", sentence)


def assess_monitor(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    sentence = Sentence(f"{nl}; geen doel, alleen gevolgd.", f"{en}; no target, only followed.")
    return ctx.result(Status.NOT_ASSESSABLE, "monitor", sentence)


def assess_unfit(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    sentence = Sentence(
        f"{nl}; een getalsdoel past niet bij een indicator in toestanden.",
        f"{en}; a numeric target does not fit an indicator measured in states.",
    )
    return ctx.result(Status.NOT_ASSESSABLE, "none", sentence, flags=("unit_mismatch",))
