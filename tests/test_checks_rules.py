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
        "76:20: error[IVP206]: a percentage lies between 0 and 100, not -5; a change in per cent "
        "(may be negative) has unit percent_change"
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


PERIOD_2019 = "    start: 2024\n    end: 2027\n"


def test_a_partner_that_merged_away_is_valid_for_the_years_it_existed(tmp_path: Path) -> None:
    # Haaren (GM0788) was divided among four municipalities on 1 January 2021; a 2019 plan names it.
    partner = "  cbs_code: 'GM0415'\n  partners:\n    - name: Haaren\n      cbs_code: 'GM0788'\n"
    plan = tmp_path / "plan.yaml"
    text = MINIMAL.replace("  cbs_code: 'GM0415'\n", partner, 1).replace(
        PERIOD_2019, "    start: 2019\n    end: 2022\n"
    )
    plan.write_text(
        text.replace("period: '2023'", "period: '2018'").replace("year: 2027", "year: 2022"), encoding="utf-8"
    )
    assert load_plans([plan]).diagnostics == []
    wrong_name = text.replace("    - name: Haaren\n", "    - name: Boxtel\n")
    plan.write_text(
        wrong_name.replace("period: '2023'", "period: '2018'").replace("year: 2027", "year: 2022")
    )
    assert [d.code for d in load_plans([plan]).diagnostics] == ["IVP210"]


def test_a_municipality_founded_after_the_plan_period_did_not_exist(tmp_path: Path) -> None:
    # RegioS: "Eemsdelta ... Ontstaan per 01-01-2021"
    partner = "  cbs_code: 'GM0415'\n  partners:\n    - name: Eemsdelta\n      cbs_code: 'GM1979'\n"
    found = _check(tmp_path, "  cbs_code: 'GM0415'\n", partner)
    assert found == []  # the 2024-2027 plan is after 2021
    text = MINIMAL.replace("  cbs_code: 'GM0415'\n", partner).replace(
        PERIOD_2019, "    start: 2017\n    end: 2020\n"
    )
    plan = tmp_path / "old.yaml"
    plan.write_text(text.replace("period: '2023'", "period: '2016'").replace("year: 2027", "year: 2020"))
    assert [d.text().removeprefix(f"{plan}:") for d in load_plans([plan]).diagnostics] == [
        "8:17: error[IVP230]: Eemsdelta (GM1979) existed from 2021, not in the plan period 2017-2020"
    ]


def test_a_target_year_outside_the_plan_period_is_a_warning(tmp_path: Path) -> None:
    # A programmabegroting restates the targets of earlier years: worth a look, not an error.
    assert _check(tmp_path, "            year: 2027", "            year: 2030") == [
        "77:19: warning[IVP293]: the target year 2030 lies outside the plan period 2024-2027"
    ]


def test_a_level_of_year_without_that_year_is_a_warning(tmp_path: Path) -> None:
    level = "          - type: level_of_year\n            level_year: 2017\n            comparison: at_most\n"
    found = _check(tmp_path, "          - type: at_most_baseline\n", level)
    assert found == [
        "42:25: warning[IVP292]: no baseline or measurement of 2017 gives the level to compare with"
    ]


def test_negative_change_in_per_cent_has_its_own_unit(tmp_path: Path) -> None:
    # "-2 %" as a percentage is refused, with the unit that takes it
    negative = "          period: '2023'\n          value: -2\n"
    assert _check(tmp_path, "          period: '2023'\n          value: 12.8\n", negative) == [
        "68:18: error[IVP206]: a percentage lies between 0 and 100, not -2; a change in per cent "
        "(may be negative) has unit percent_change"
    ]
    fixed = MINIMAL.replace("        unit: percentage\n", "        unit: percent_change\n").replace(
        "          value: 12.8\n", "          value: -2\n"
    )
    plan = tmp_path / "change.yaml"
    plan.write_text(fixed)
    assert load_plans([plan]).diagnostics == []


def test_a_budget_with_several_source_documents(tmp_path: Path) -> None:
    documents = (
        "  document:\n    title: Programmabegroting 2021\n    reference: begroting-2021.pdf\n"
        "  documents:\n    - id: jaarverslag-2020\n      kind: jaarverslag\n      year: 2020\n"
        "      title: Jaarverslag 2020\n      reference: jaarverslag-2020.pdf\n"
    )
    text = MINIMAL.replace("  kind: integraal_veiligheidsplan\n", "  kind: programmabegroting\n").replace(
        "  document:\n    title: Integraal Veiligheidsplan Landsmeer\n    reference: ivp-landsmeer.pdf\n",
        documents,
    )
    text = text.replace(
        "            reference: tabel 2\n",
        "            reference: tabel 2\n            document: jaarverslag-2020\n",
    )
    plan = tmp_path / "begroting.yaml"
    plan.write_text(text, encoding="utf-8")
    result = load_plans([plan])
    assert result.diagnostics == []
    loaded = result.plans[0].plan
    assert [(d.id, d.kind) for d in loaded.plan.documents] == [("jaarverslag-2020", "jaarverslag")]
