"""The sentences of the baseline-band method, in Dutch (B1) and English."""

from __future__ import annotations

from ivp_cli.plan.model import LevelOfYear, Observation
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
    "no_level": Sentence(
        "De waarde van het genoemde jaar is (nog) onbekend, dus er is niets om mee te vergelijken.",
        "The value of the named year is not (yet) known, so there is nothing to compare with.",
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


def band_sentence(
    ctx: Context, level: Observation, position: str, status: Status, band: tuple[float, float]
) -> Sentence:
    texts = {lang: _sentence(ctx, level, position, status, band, lang) for lang in LANGS}
    return Sentence(texts["nl"], texts["en"])


def _level_name(ctx: Context, lang: Lang) -> str:
    target = ctx.target
    if isinstance(target, LevelOfYear):
        return f"het niveau van {target.level_year}" if lang == "nl" else f"the level of {target.level_year}"
    return "de nulmeting" if lang == "nl" else "the baseline"


def _sentence(
    ctx: Context, level: Observation, position: str, status: Status, band: tuple[float, float], lang: Lang
) -> str:
    latest = ctx.series.latest
    assert latest is not None
    nl = lang == "nl"
    margin = text.band(band[0], band[1], ctx.indicator.unit, lang)
    head = (
        f"Van {ctx.at(level, lang)} naar {ctx.at(latest, lang)}"
        if nl
        else f"From {ctx.at(level, lang)} to {ctx.at(latest, lang)}"
    )
    name = _level_name(ctx, lang)
    where = {
        "within": f"binnen de marge van {name}" if nl else f"within the margin of {name}",
        "above": f"boven de marge van {name}" if nl else f"above the margin of {name}",
        "below": f"onder de marge van {name}" if nl else f"below the margin of {name}",
    }[position]
    return f"{head}: {where} ({margin}). {_verdict(position, status, lang)}"


def _verdict(position: str, status: Status, lang: Lang) -> str:
    nl, word = lang == "nl", status_word(status, lang)
    if status is Status.NOT_ASSESSABLE:
        return (
            "Het plan zegt niet of lager beter of slechter is."
            if nl
            else "The plan does not say whether lower is better or worse."
        )
    if position == "within":
        return f"Dat telt als gelijk, dus {word}." if nl else f"That counts as equal, so {word}."
    if status is Status.ACHIEVED:
        moved = ("lager", "lower") if position == "below" else ("hoger", "higher")
        return f"Het is {moved[0]} geworden, dus {word}." if nl else f"It became {moved[1]}, so {word}."
    return f"Dus {word}." if nl else f"So {word}."
