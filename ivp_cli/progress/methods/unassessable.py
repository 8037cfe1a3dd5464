"""Targets no rule judges from figures, and targets whose own year went unmeasured.

- qualitative (a person judges): not assessable, unless the documents give that judgement;
- monitor (no target): monitor only;
- a numeric method that does not fit the unit (method 'none'): not assessable;
- judgement: the documents state the result of the target year in words ("ruimschoots gehaald")
  and name a verdict: that verdict, final (method 'judgement');
- the target year has passed without a measurement of it: insufficient data, with the latest known
  value; a later value is never taken for the target year's (flag `target_year_not_measured`).
The latest known value is always shown, so the reader sees what is followed.
"""

from __future__ import annotations

import dataclasses

from ivp_cli.progress.assessment import Assessment
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.progress.series import Series
from ivp_cli.words.status import Status, status_word


def _latest(ctx: Context, series: Series | None = None) -> tuple[str, str]:
    series = series or ctx.series
    latest, baseline = series.latest_known, series.baseline
    if latest is not None:
        return f"Laatste waarde: {ctx.at(latest, 'nl')}", f"Latest value: {ctx.at(latest, 'en')}"
    if baseline is not None:
        return f"Nulmeting: {ctx.at(baseline, 'nl')}", f"Baseline: {ctx.at(baseline, 'en')}"
    return "Nog geen waarde bekend", "No value known yet"


def assess_qualitative(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    if ctx.judgement is not None:
        quote = ctx.judgement.text
        sentence = Sentence(
            f"{nl}. Het document zegt over {ctx.judgement.period}: '{quote}'. Daar staat geen oordeel "
            "behaald of niet gehaald in, dus niet beoordeelbaar.",
            f"{en}. The document says of {ctx.judgement.period}: '{quote}'. It states no verdict "
            "achieved or not achieved, so not assessable.",
        )
    else:
        sentence = Sentence(
            f"{nl}. Dit doel staat in woorden en vraagt het oordeel van een mens.",
            f"{en}. This target is stated in words and needs a person's judgement.",
        )
    return ctx.result(Status.NOT_ASSESSABLE, "qualitative", sentence)


def assess_monitor(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    sentence = Sentence(f"{nl}. Geen doel, alleen gevolgd.", f"{en}. No target, only followed.")
    return ctx.result(Status.MONITOR_ONLY, "monitor", sentence)


def assess_unfit(ctx: Context) -> Assessment:
    nl, en = _latest(ctx)
    sentence = Sentence(
        f"{nl}. Een getalsdoel past niet bij een indicator in toestanden.",
        f"{en}. A numeric target does not fit an indicator measured in states.",
    )
    return ctx.result(Status.NOT_ASSESSABLE, "none", sentence, flags=("unit_mismatch",))


def assess_judgement(ctx: Context) -> Assessment:
    judgement = ctx.judgement
    assert judgement is not None and judgement.verdict is not None
    status = Status(judgement.verdict)
    sentence = Sentence(
        f"Er is geen cijfer over {ctx.target_year}, maar het document zegt: '{judgement.text}'. "
        f"Dus {status_word(status, 'nl')}.",
        f"There is no figure for {ctx.target_year}, but the document says: '{judgement.text}'. "
        f"So {status_word(status, 'en')}.",
    )
    return ctx.result(status, "judgement", sentence)


def year_not_measured(ctx: Context, full: Series) -> Assessment:
    nl, en = _latest(ctx, full)
    year = ctx.target_year
    sentence = Sentence(
        f"Het jaar {year} is voorbij, maar er is geen cijfer over {year}. {nl}.",
        f"The year {year} has passed, but there is no figure for {year}. {en}.",
    )
    shown = dataclasses.replace(ctx, series=full)
    return shown.result(
        Status.INSUFFICIENT_DATA, "target_year", sentence, flags=("target_year_not_measured",)
    )
