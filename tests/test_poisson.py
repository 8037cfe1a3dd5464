"""The hand-written Poisson interval against scipy (a dev dependency) and known values."""

from __future__ import annotations

import pytest
from scipy.stats import chi2, gamma  # type: ignore[import-untyped]

from ivp_cli.progress.poisson import chi2_ppf, gamma_ppf, garwood_interval, regularized_gamma_p


@pytest.mark.parametrize("count", range(201))
def test_garwood_matches_scipy_to_one_in_a_million(count: int) -> None:
    lower, upper = garwood_interval(count)
    expected_lower = 0.0 if count == 0 else chi2.ppf(0.025, 2 * count) / 2
    expected_upper = chi2.ppf(0.975, 2 * count + 2) / 2
    assert upper == pytest.approx(expected_upper, rel=1e-6)
    assert lower == pytest.approx(expected_lower, rel=1e-6, abs=0.0)


def test_landsmeer_drugshandel_four_registrations() -> None:
    # chi2.ppf(0.025, 8) = 2.17973, chi2.ppf(0.975, 10) = 20.48318: halved 1.0899 and 10.2416
    lower, upper = garwood_interval(4)
    assert round(lower, 4) == 1.0899
    assert round(upper, 4) == 10.2416


def test_zero_count_runs_from_zero_to_minus_log_of_alpha_half() -> None:
    # k = 0: upper = chi2.ppf(0.975, 2) / 2 = -ln(0.025) = 3.68888 exactly (exponential tail)
    lower, upper = garwood_interval(0)
    assert lower == 0.0
    assert upper == pytest.approx(3.6888794541139363, rel=1e-12)


@pytest.mark.parametrize(("a", "x"), [(0.5, 0.1), (1.0, 1.0), (3.0, 2.5), (10.0, 30.0), (201.0, 180.0)])
def test_regularized_gamma_matches_scipy(a: float, x: float) -> None:
    assert regularized_gamma_p(a, x) == pytest.approx(gamma.cdf(x, a), rel=1e-10)


@pytest.mark.parametrize(("p", "df"), [(0.5, 1.0), (0.025, 3.0), (0.975, 402.0), (0.999, 7.0)])
def test_chi2_quantile_matches_scipy(p: float, df: float) -> None:
    assert chi2_ppf(p, df) == pytest.approx(chi2.ppf(p, df), rel=1e-9)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        garwood_interval(-1)
    with pytest.raises(ValueError, match="strictly between"):
        gamma_ppf(1.0, 2.0)
    with pytest.raises(ValueError, match="positive"):
        regularized_gamma_p(0.0, 1.0)


@pytest.mark.parametrize("count", [10**7 - 1, 10**7 + 1, 10**12, 9007199254740991])
def test_huge_counts_use_wilson_hilferty_within_one_in_a_billion(count: int) -> None:
    lower, upper = garwood_interval(count)
    assert lower == pytest.approx(chi2.ppf(0.025, 2 * count) / 2, rel=1e-9)
    assert upper == pytest.approx(chi2.ppf(0.975, 2 * count + 2) / 2, rel=1e-9)
