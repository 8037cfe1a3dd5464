"""The sentences of the baseline-band method, in Dutch (B1) and English."""

from __future__ import annotations

from ivp_cli.plan.model import AtMostBaseline
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word

_NO_BAND = {
    "no_baseline": Sentence(
        "Het plan noemt geen nulmeting, dus er is niets om mee te vergelijken.",
        "The plan gives no baseline, so there is nothing to compare with.",
    ),
    "baseline_unknown": Sentence(
        "De waarde van de nulmeting is (nog) onbekend, dus er is niets om mee te vergelijken.",
        "The baseline value is not (yet) known, so there is nothing to compare with.",
    ),
    "baseline_not_numeric": Sentence(
        "De nulmeting is geen getal, dus er is geen marge te berekenen.",
        "The baseline is not a number, so no margin can be computed.",
    ),
    "baseline_not_a_count": Sentence(
        "De nulmeting is geen heel aantal, dus de marge voor aantallen (Poisson) past niet.",
        "The baseline is not a whole count, so the margin for counts (Poisson) does not apply.",
    ),
    "no_margin": Sentence(
        "Zonder gepubliceerde marge bij de nulmeting is niet te zeggen of een verschil meer is dan "
        "toeval, dus niet te beoordelen.",
        "Without a published margin on the baseline a difference cannot be told apart from chance, "
        "so it cannot be assessed.",
    ),
    "non_numeric_value": Sentence(
        "De gemeten waarde is geen getal, dus niet met de nulmeting te vergelijken.",
        "The measured value is not a number, so it cannot be compared with the baseline.",
    ),
}


def no_band_sentence(ctx: Context, reason: str) -> Sentence:
    del ctx
    return _NO_BAND[reason]


def band_sentence(ctx: Context, position: str, status: Status, lower: float, upper: float) -> Sentence:
    texts = {lang: _sentence(ctx, position, status, (lower, upper), lang) for lang in LANGS}
    return Sentence(texts["nl"], texts["en"])


def _sentence(ctx: Context, position: str, status: Status, band: tuple[float, float], lang: Lang) -> str:
    baseline, latest = ctx.series.baseline, ctx.series.latest
    assert baseline is not None and latest is not None
    nl = lang == "nl"
    margin = f"{text.number(band[0], lang)} {'tot' if nl else 'to'} {text.number(band[1], lang)}"
    head = f"{ctx.at(baseline, lang)}, {ctx.at(latest, lang)}"
    where = {
        "within": "binnen de marge van de nulmeting" if nl else "within the margin of the baseline",
        "above": "boven de marge van de nulmeting" if nl else "above the margin of the baseline",
        "below": "onder de marge van de nulmeting" if nl else "below the margin of the baseline",
    }[position]
    return f"{head}: {where} ({margin}), {_verdict(ctx, position, status, lang)}."


def _verdict(ctx: Context, position: str, status: Status, lang: Lang) -> str:
    nl = lang == "nl"
    if position == "within":
        return "dus gelijk gebleven" if nl else "so unchanged"
    if position == "above":
        return "dus verslechterd" if nl else "so deteriorating"
    if status is Status.NOT_ASSESSABLE:
        return (
            "maar het plan zegt niet of lager beter of slechter is"
            if nl
            else "but the plan does not say whether lower is better or worse"
        )
    word = status_word(status, lang)
    if isinstance(ctx.target, AtMostBaseline):
        return f"dus lager geworden: {word}" if nl else f"so lower: {word}"
    return f"dus lager dan gelijk: {word}" if nl else f"so lower than equal: {word}"
