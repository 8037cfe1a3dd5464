"""'Gelijk (of lager)': Landsmeer's registered counts against the Garwood band of the baseline.

Bands used below (Garwood: lower = chi2.ppf(0.025, 2k)/2, upper = chi2.ppf(0.975, 2k+2)/2):
    k = 0:   chi2.ppf(0.975, 2) = 7.3778          -> [0, 3.6889]
    k = 3:   chi2.ppf(0.025, 6) = 1.2373, chi2.ppf(0.975, 8)   = 17.5345  -> [0.6187, 8.7673]
    k = 4:   chi2.ppf(0.025, 8) = 2.1797, chi2.ppf(0.975, 10)  = 20.4832  -> [1.0899, 10.2416]
    k = 10:  chi2.ppf(0.025, 20) = 9.5908, chi2.ppf(0.975, 22) = 36.7807  -> [4.7954, 18.3904]
    k = 53:  [39.7006, 69.3253];  k = 73: [57.2203, 91.7865];  k = 423: [383.6448, 465.2968]
All measurements after the baseline are invented test data (provenance source: test).
"""

from __future__ import annotations

from datetime import date

import pytest

from ivp_cli.words.status import Status
from tests.progress_helpers import indicator, observation, run

AT_MOST = [{"type": "at_most_baseline", "text": "Gelijk of lager aantal registraties"}]
EQUAL = [{"type": "equal_to_baseline", "text": "Gelijk aantal registraties"}]


def test_drugshandel_four_to_six_is_unchanged_within_the_margin() -> None:
    result = run(indicator(AT_MOST, baseline=("2022", 4), measurements=[("2024", 6)]))
    assert result.status is Status.ACHIEVED
    assert result.method == "baseline_band"
    assert result.explanation == {
        "nl": "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 4 in 2022 naar 6 in 2024: "
        "binnen de marge van de nulmeting (2 tot en met 10). Dat telt als gelijk, dus behaald.",
        "en": "Target for 2027: at most the baseline. From 4 in 2022 to 6 in 2024: within the margin "
        "of the baseline (2 to 10). That counts as equal, so achieved.",
    }
    assert result.figures["interval_lower"] == pytest.approx(1.0898654, rel=1e-6)
    assert result.figures["interval_upper"] == pytest.approx(10.2415887, rel=1e-6)
    assert result.figures["interval_method"] == "poisson_garwood"
    assert result.figures["band_position"] == "within"
    assert (result.figures["latest_value"], result.figures["latest_period"]) == (6, "2024")


@pytest.mark.parametrize(
    ("baseline", "latest", "status"),
    [
        (4, 10, Status.ACHIEVED),  # drugshandel: 10 <= 10.2416
        (4, 11, Status.DETERIORATING),  # 11 > 10.2416
        (3, 8, Status.ACHIEVED),  # wapenhandel: 8 <= 8.7673
        (3, 9, Status.DETERIORATING),
        (423, 465, Status.ACHIEVED),  # misdrijven: 465 <= 465.2968
        (423, 466, Status.DETERIORATING),
        (423, 300, Status.ACHIEVED),  # lower is always fine for 'gelijk of lager'
        (53, 69, Status.ACHIEVED),  # meldingen overlast jeugd: 69 <= 69.3253
        (53, 70, Status.DETERIORATING),
    ],
)
def test_at_most_baseline_boundaries(baseline: int, latest: int, status: Status) -> None:
    assert (
        run(indicator(AT_MOST, baseline=("2022", baseline), measurements=[("2024", latest)])).status is status
    )


def test_deteriorating_sentence_names_the_band() -> None:
    result = run(indicator(AT_MOST, baseline=("2022", 423), measurements=[("2025", 480)]))
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 423 in 2022 naar 480 in 2025: boven "
        "de marge van de nulmeting "
        "(384 tot en met 465). Dus verslechterd."
    )


def test_lower_than_the_band_under_at_most_reads_lower() -> None:
    result = run(indicator(AT_MOST, baseline=("2022", 423), measurements=[("2025", 350)]))
    assert result.status is Status.ACHIEVED
    assert result.explanation["nl"].endswith(
        "onder de marge van de nulmeting (384 tot en met 465). Het is lager geworden, dus behaald."
    )


@pytest.mark.parametrize(
    ("latest", "status"),
    [(0, Status.ACHIEVED), (2, Status.ACHIEVED), (3, Status.ACHIEVED), (4, Status.DETERIORATING)],
)
def test_mensenhandel_zero_baseline_band_is_zero_to_3_69(latest: int, status: Status) -> None:
    result = run(indicator(EQUAL, baseline=("2022", 0), measurements=[("2024", latest)]))
    assert result.status is status
    assert (result.figures["interval_lower"], round(float(str(result.figures["interval_upper"])), 4)) == (
        0.0,
        3.6889,
    )


def test_mensenhandel_zero_to_two_sentence() -> None:
    result = run(indicator(EQUAL, baseline=("2022", 0), measurements=[("2024", 2)]))
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan de nulmeting. Van 0 in 2022 naar 2 in 2024: binnen de marge van de "
        "nulmeting "
        "(0 tot en met 3). Dat telt als gelijk, dus behaald."
    )


@pytest.mark.parametrize(
    ("direction", "status"),
    [(None, Status.NOT_ASSESSABLE), ("decrease", Status.ACHIEVED), ("increase", Status.DETERIORATING)],
)
def test_equal_below_the_band_depends_on_the_direction(direction: str | None, status: Status) -> None:
    # k = 10: band [4.7954, 18.3904]; 4 lies below it
    item = indicator(EQUAL, baseline=("2022", 10), measurements=[("2024", 4)], direction=direction)
    result = run(item)
    assert result.status is status
    assert result.figures["band_position"] == "below"


def test_equal_below_without_direction_says_why() -> None:
    result = run(indicator(EQUAL, baseline=("2022", 10), measurements=[("2024", 4)]))
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan de nulmeting. Van 10 in 2022 naar 4 in 2024: onder de marge van de "
        "nulmeting "
        "(5 tot en met 18). Het plan zegt niet of lager beter of slechter is."
    )


def test_only_the_baseline_is_insufficient_data_not_achieved() -> None:
    result = run(indicator(AT_MOST, baseline=("2022", 4)))
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Alleen de nulmeting is bekend (4 in "
        "2022). Er is nog geen latere meting."
    )


def test_a_null_measurement_is_unknown_never_zero() -> None:
    # Read as zero, 'null' would be within 'gelijk of lager' and show achieved.
    result = run(indicator(AT_MOST, baseline=("2022", 4), measurements=[("2024", None)]))
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.latest is None


def test_measurements_after_the_as_of_date_are_not_yet_known() -> None:
    item = indicator(AT_MOST, baseline=("2022", 4), measurements=[("2024", 6), ("2025", 30)])
    assert run(item, as_of=date(2025, 12, 30)).status is Status.ACHIEVED  # 2025 ends on 31 December
    assert run(item, as_of=date(2025, 12, 31)).status is Status.DETERIORATING
    assert run(item, as_of=date(2024, 12, 30)).status is Status.INSUFFICIENT_DATA


def test_jeugdoverlast_five_months_against_a_year_is_a_period_mismatch() -> None:
    item = indicator(AT_MOST, baseline=("2023-04..2023-08", 73), measurements=[("2024", 150)])
    result = run(item)
    assert result.status is Status.INSUFFICIENT_DATA
    assert "period_mismatch" in result.flags
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. De meting (150 in 2024) beslaat een "
        "andere periode dan de nulmeting. "
        "Die zijn niet te vergelijken."
    )


def test_jeugdoverlast_same_five_months_a_year_later_is_compared() -> None:
    item = indicator(
        AT_MOST, baseline=("2023-04..2023-08", 73), measurements=[("2024-04..2024-08", 91), ("2024", 150)]
    )
    result = run(item)
    assert result.status is Status.ACHIEVED  # 91 <= 91.7865
    assert result.explanation["nl"].startswith(
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 73 in april – augustus 2023 naar 91 "
        "in april – augustus 2024: binnen de marge"
    )
    assert "period_mismatch" in result.flags  # the whole year 2024 was set aside


def test_percentage_uses_the_published_margin() -> None:
    baseline = observation("2022", 20.0, margin={"lower": 18.5, "upper": 21.6})
    within = run(indicator(AT_MOST, unit="percentage", baseline=baseline, measurements=[("2024", 21.6)]))
    above = run(indicator(AT_MOST, unit="percentage", baseline=baseline, measurements=[("2024", 21.7)]))
    assert (within.status, above.status) == (Status.ACHIEVED, Status.DETERIORATING)
    assert within.figures["interval_method"] == "published_margin"
    assert within.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 20 % in 2022 naar 21,6 % in 2024: "
        "binnen de marge van de nulmeting "
        "(18,5 tot 21,6). Dat telt als gelijk, dus behaald."
    )


def test_percentage_without_margin_is_not_assessable_within_noise() -> None:
    result = run(
        indicator(AT_MOST, unit="percentage", baseline=("2022", 20.0), measurements=[("2024", 25.0)])
    )
    assert result.status is Status.NOT_ASSESSABLE
    assert result.flags == ("no_margin",)
    assert result.explanation["nl"].startswith(
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Zonder gepubliceerde marge bij de nulmeting"
    )


@pytest.mark.parametrize(
    ("baseline", "flag", "status"),
    [
        (None, "no_baseline", Status.NOT_ASSESSABLE),
        (("2022", 4.5), "baseline_not_a_count", Status.NOT_ASSESSABLE),
        (("2022", -2), "baseline_not_a_count", Status.NOT_ASSESSABLE),
        (("2022", None), "baseline_unknown", Status.INSUFFICIENT_DATA),
    ],
)
def test_no_band_without_a_usable_count(
    baseline: tuple[str, object] | None, flag: str, status: Status
) -> None:
    result = run(indicator(AT_MOST, baseline=baseline, measurements=[("2024", 6)]))
    assert (result.status, flag in result.flags) == (status, True)
