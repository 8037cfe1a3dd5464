"""Exact (Garwood) confidence intervals for a Poisson count, with the standard library only.

Garwood (1936), "Fiducial limits for the Poisson distribution", Biometrika 28: for an observed
count k the two-sided 1-alpha interval of the mean is

    lower = chi2.ppf(alpha/2, 2k) / 2        (0 when k = 0)
    upper = chi2.ppf(1 - alpha/2, 2k + 2) / 2

Since chi2(df) / 2 is Gamma(df/2, 1), this is lower = gamma_ppf(alpha/2, k) and
upper = gamma_ppf(1 - alpha/2, k + 1). The regularised lower incomplete gamma function P(a, x)
is evaluated by its power series for x < a + 1 and by Legendre's continued fraction (modified
Lentz) otherwise, as in Press et al., Numerical Recipes, 3rd ed., section 6.2; the quantile is
found by bisection, which cannot fail to converge on a monotone function. Beyond 2e7 degrees of
freedom (counts above 10 million) the Wilson & Hilferty (1931) approximation is used instead.
"""

from __future__ import annotations

import math
from functools import lru_cache
from statistics import NormalDist

_EPS = 1e-15
_TINY = 1e-300
_MAX_TERMS = 10_000
# Past ~1e15, a + 1 == a in floating point and the exact evaluation breaks down; long before that
# (df > 2e7) the Wilson-Hilferty cube-root approximation is within 1e-10 relative of the exact value.
_APPROXIMATE_FROM = 2e7


def _series(a: float, x: float) -> float:
    term = total = 1.0 / a
    denominator = a
    for _ in range(_MAX_TERMS):
        denominator += 1.0
        term *= x / denominator
        total += term
        if abs(term) < abs(total) * _EPS:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _continued_fraction(a: float, x: float) -> float:
    """Q(a, x) = 1 - P(a, x) by the modified Lentz algorithm."""
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    for i in range(1, _MAX_TERMS):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = _TINY if abs(d) < _TINY else d
        c = b + an / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def regularized_gamma_p(a: float, x: float) -> float:
    """P(a, x): the CDF at x of a Gamma(a, 1) variable (a > 0, x >= 0)."""
    if a <= 0:
        raise ValueError("the shape a must be positive")
    if x <= 0:
        return 0.0
    if x < a + 1.0:
        return _series(a, x)
    return 1.0 - _continued_fraction(a, x)


def gamma_ppf(p: float, a: float) -> float:
    """The x with P(a, x) = p, for 0 < p < 1, by bisection to full double precision."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    low, high = 0.0, max(1.0, a)
    while regularized_gamma_p(a, high) < p:
        low, high = high, high * 2.0
    while high - low > 1e-14 * high:
        middle = (low + high) / 2.0
        if regularized_gamma_p(a, middle) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2.0


def chi2_ppf(p: float, df: float) -> float:
    """Quantile of the chi-square distribution with df degrees of freedom."""
    if df > _APPROXIMATE_FROM:
        return _wilson_hilferty(p, df)
    return 2.0 * gamma_ppf(p, df / 2.0)


def _wilson_hilferty(p: float, df: float) -> float:
    h = 2.0 / (9.0 * df)
    return df * (1.0 - h + NormalDist().inv_cdf(p) * math.sqrt(h)) ** 3


_NORMAL_FROM = 10**15


@lru_cache(maxsize=4096)  # the same few baseline counts come back for every indicator and run
def garwood_interval(count: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact two-sided interval of a Poisson mean given an observed count (Garwood 1936)."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    alpha = 1.0 - confidence
    if count > _NORMAL_FROM:
        # Far beyond any registered count; chi2_ppf would overflow converting 2 * count to a float.
        spread = NormalDist().inv_cdf(1.0 - alpha / 2.0) * math.sqrt(count)
        return count - spread, count + spread
    lower = 0.0 if count == 0 else chi2_ppf(alpha / 2.0, 2 * count) / 2.0
    upper = chi2_ppf(1.0 - alpha / 2.0, 2 * count + 2) / 2.0
    return lower, upper
