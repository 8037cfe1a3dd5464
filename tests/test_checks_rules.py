"""Domain checks: exact messages and positions, including what the bad-plan corpus cannot show."""

from __future__ import annotations

from pathlib import Path

from ivp_cli.load import load_plans
from tests.conftest import REPO

MINIMAL = (REPO / "tests" / "bad_plans" / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def _check(tmp_path: Path, old: str, new: str) -> list[str]:
    assert old in MINIMAL
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL.replace(old, new, 1), encoding="utf-8")
    return [d.text().removeprefix(f"{plan}:") for d in load_plans([plan]).diagnostics]


def test_partner_codes_are_checked(tmp_path: Path) -> None:
    partners = "  cbs_code: 'GM0415'\n  partners:\n    - name: Opmeer\n      cbs_code: 'GM0432'\n"
    partners += (
        "    - name: Velsen\n      cbs_code: 'GM0432'\n    - name: Nergenshuizen\n      cbs_code: 'GM0001'\n"
    )
    assert _check(tmp_path, "  cbs_code: 'GM0415'\n", partners) == [
        '10:17: error[IVP210]: GM0432 is the code of Opmeer, not of "Velsen" (Velsen is GM0453)',
        "12:17: error[IVP209]: GM0001 is not a CBS municipality code",
    ]


def test_unpadded_keys_in_a_summed_list(tmp_path: Path) -> None:
    keys = "            SoortMisdrijf: ['1.4.1 ', '1.4.2', 'X.Y.Z']"
    assert _check(tmp_path, "            SoortMisdrijf: '3.1.1 '", keys) == [
        "33:39: error[IVP217]: '1.4.2' must be padded to '1.4.2 ', exactly as 47013NED lists it",
        "33:48: error[IVP216]: 'X.Y.Z' is not a key of SoortMisdrijf in table 47013NED",
    ]


def test_region_key_is_checked_for_region_tables(tmp_path: Path) -> None:
    region = "          table: '47013NED'\n          region: 'GM9999'"
    assert _check(tmp_path, "          table: '47013NED'", region) == [
        "31:19: error[IVP216]: 'GM9999' is not a key of RegioS in table 47013NED"
    ]


def test_overlast_key_padding_hint(tmp_path: Path) -> None:
    spec = "          table: '47021NED'\n          measure: GeregistreerdeOverlast_1\n          keys:\n"
    spec += "            Overlast: 'E35'"
    old = "          table: '47013NED'\n          measure: GeregistreerdeMisdrijven_1\n          keys:\n"
    old += "            SoortMisdrijf: '3.1.1 '"
    assert _check(tmp_path, old, spec) == [
        "33:23: error[IVP217]: 'E35' must be padded to 'E35   ', exactly as 47021NED lists it"
    ]


def test_unknown_keys_are_not_checked_where_no_list_is_known(tmp_path: Path) -> None:
    spec = "          source: cbs\n          table: '85146NED'\n          measure: VoeltZichWeleensOnveilig_5"
    old = "          source: politie\n          table: '47013NED'\n"
    old += "          measure: GeregistreerdeMisdrijven_1"
    keys = "            Marges: 'MW00000'"
    assert _check(tmp_path, old, spec) == [
        "33:13: error[IVP215]: the table 85146NED has no dimension 'SoortMisdrijf'"
    ]
    both = MINIMAL.replace(old, spec).replace("            SoortMisdrijf: '3.1.1 '", keys)
    plan = tmp_path / "cbs.yaml"
    plan.write_text(both, encoding="utf-8")
    assert load_plans([plan]).diagnostics == []


def test_quoted_english_number_is_text_for_a_count(tmp_path: Path) -> None:
    assert _check(tmp_path, "          value: 4\n", "          value: '4.5'\n") == [
        "36:18: error[IVP219]: '4.5' is text, but unit 'count' needs a number (without quotes)"
    ]


def test_fractional_count_without_thousands_pattern(tmp_path: Path) -> None:
    assert _check(tmp_path, "          value: 4\n", "          value: 4.5\n") == [
        "36:18: error[IVP207]: a count cannot be fractional"
    ]


def test_absolute_target_percentage_out_of_range(tmp_path: Path) -> None:
    assert _check(tmp_path, "            value: 10\n", "            value: -5\n") == [
        "76:20: error[IVP206]: a percentage lies between 0 and 100, not -5"
    ]


def test_unknown_value_is_never_an_error(tmp_path: Path) -> None:
    assert _check(tmp_path, "          value: Geen plan", "          value: null") == []


def test_warning_for_target_that_needs_an_empty_baseline(tmp_path: Path) -> None:
    assert _check(tmp_path, "          value: 4\n", "          value: ~\n") == [
        "41:13: warning[IVP291]: this target is measured against the baseline, whose value is still empty"
    ]


def test_warning_for_an_empty_theme(tmp_path: Path) -> None:
    empty = "  - id: leeg\n    title: Nog in te vullen\n    kind: randvoorwaarde\n  - id: jeugd\n"
    assert _check(tmp_path, "  - id: jeugd\n", empty) == [
        "57:5: warning[IVP290]: the theme 'leeg' is still empty: no description, goals, actions or indicators"
    ]


def test_theme_without_indicators_is_fine(tmp_path: Path) -> None:
    lonely = "  - id: zorg\n    title: Zorg en veiligheid\n    kind: strategisch_thema\n"
    lonely += "    goals: [Samenwerking]\n  - id: jeugd\n"
    assert _check(tmp_path, "  - id: jeugd\n", lonely) == []


def test_a_council_may_write_its_own_name_without_the_cbs_qualifier(tmp_path: Path) -> None:
    # CBS lists GM0014 as "Groningen (gemeente)"; the council's plan says "Groningen".
    town = "  name: Groningen\n  cbs_code: 'GM0014'\n"
    assert _check(tmp_path, "  name: Landsmeer\n  cbs_code: 'GM0415'\n", town) == []
