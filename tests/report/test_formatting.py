"""Dutch and English numbers, percentages, dates and periods."""

from __future__ import annotations

from datetime import date

import pytest

from ivp_cli.words.numbers import format_date, format_number, format_percent, format_period


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (1234, "1.234", "1,234"),
        (1234567.5, "1.234.567,5", "1,234,567.5"),
        (12.5, "12,5", "12.5"),
        (0, "0", "0"),
        (3.25, "3,25", "3.25"),
        (2.0, "2", "2"),
        (-1234.5, "-1.234,5", "-1,234.5"),
        (-0.001, "0", "0"),
    ],
)
def test_format_number(value: float, nl: str, en: str) -> None:
    assert format_number(value, "nl") == nl
    assert format_number(value, "en") == en


def test_fixed_decimals_keep_zeros() -> None:
    assert format_number(4.2372, "nl", decimals=2) == "4,24"
    assert format_number(4, "en", decimals=2) == "4.00"


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (10000000, "10.000.000", "10,000,000"),
        (1e7, "10.000.000", "10,000,000"),
        (1234.5, "1.234,5", "1,234.5"),
        (12.345, "12,345", "12.345"),
        (0.0001, "0,0001", "0.0001"),
        (-0.0, "0", "0"),
    ],
)
def test_exact_keeps_every_written_digit_and_no_exponent(value: float, nl: str, en: str) -> None:
    assert format_number(value, "nl", "exact") == nl
    assert format_number(value, "en", "exact") == en


def test_format_percent() -> None:
    assert format_percent(12.5, "nl") == "12,5 %"
    assert format_percent(12.5, "en") == "12.5%"
    assert format_percent(-10, "nl") == "-10 %"


def test_format_date() -> None:
    assert format_date(date(2026, 1, 1), "nl") == "1 januari 2026"
    assert format_date(date(2024, 3, 15), "en") == "15 March 2024"


@pytest.mark.parametrize(
    ("period", "nl", "en"),
    [
        ("2022", "2022", "2022"),
        ("2023-04", "april 2023", "April 2023"),
        ("2023H2", "tweede halfjaar 2023", "second half of 2023"),
        ("2023-04..2023-08", "april – augustus 2023", "April – August 2023"),
        ("2022-11..2023-02", "november 2022 – februari 2023", "November 2022 – February 2023"),
        ("2021..2023", "2021 – 2023", "2021 – 2023"),
    ],
)
def test_format_period(period: str, nl: str, en: str) -> None:
    assert format_period(period, "nl") == nl
    assert format_period(period, "en") == en
