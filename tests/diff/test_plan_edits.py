"""`ivp diff OLD NEW` on real edits to the shipped plans, output asserted line by line."""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import Ivp

from .editing import PlanEdit

Edit = Callable[[str], PlanEdit]
LANDSMEER = "landsmeer-2024-2027.yaml"
DRUGS = "id: politieregistraties-drugshandel"
WEAPONS = "id: politieregistraties-wapenhandel"
AT_MOST = "type: at_most_baseline"
TEN_PERCENT_LESS = "type: relative_to_baseline\n            change_percent: -10"


def _tightened(plan_edit: Edit) -> PlanEdit:
    return (
        plan_edit(LANDSMEER)
        .replace(DRUGS, "Gelijk of lager aantal registraties", "Daling van 10 % registraties")
        .replace(DRUGS, AT_MOST, TEN_PERCENT_LESS)
    )


def test_at_most_baseline_to_ten_percent_decrease_is_a_tightening(ivp: Ivp, plan_edit: Edit) -> None:
    edit = _tightened(plan_edit)
    result = ivp("diff", edit.old, edit.new)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{edit.new} (Landsmeer)",
        "  Thema: Aanpak georganiseerde (ondermijnende) criminaliteit",
        "    Politieregistraties drugshandel: Doel aangescherpt: gelijk aan of lager dan de nulmeting,"
        " doeljaar 2027"
        ' ("Gelijk of lager aantal registraties") → 10 % lager dan de nulmeting,'
        ' doeljaar 2027 ("Daling van 10 % registraties")',
        "Samenvatting: Doelen aangescherpt 1",
    ]


def test_the_reverse_edit_is_a_loosening_and_fails_the_gate(ivp: Ivp, plan_edit: Edit) -> None:
    edit = _tightened(plan_edit)
    plain = ivp("diff", edit.new, edit.old, "--lang", "en")
    gated = ivp("diff", edit.new, edit.old, "--fail-on", "loosened")
    assert plain.exit_code == 0
    assert "Politieregistraties drugshandel: Target loosened: 10% below the baseline" in plain.stdout
    assert gated.exit_code == 1
    assert "Doel versoepeld: 10 % lager dan de nulmeting" in gated.stdout
    assert ivp("diff", edit.old, edit.new, "--fail-on", "loosened").exit_code == 0


def test_a_monitored_indicator_that_gets_a_direction_is_tightened(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit("opmeer-2023-2026.yaml").replace(
        "id: meldingen-overlast-jeugd",
        "- type: monitor",
        "- type: direction\n            direction: decrease",
    )
    result = ivp("diff", edit.old, edit.new)
    assert (
        "    Aantal meldingen overlast jeugd: Doel aangescherpt: geen doel, alleen volgen → daling\n"
        in result.stdout
    )


def test_indicator_added_and_removed(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER)
    text = edit.new.read_text(encoding="utf-8")
    start, end = text.index(f"      - {WEAPONS}"), text.index("      - id: politieregistraties-mensenhandel")
    block = text[start:end]
    added = block.replace(WEAPONS, "id: politieregistraties-witwassen").replace(
        "name: Politieregistraties wapenhandel", "name: Politieregistraties witwassen"
    )
    edit.new.write_text(text[:start] + added + text[end:], encoding="utf-8")
    result = ivp("diff", edit.old, edit.new, "--format", "markdown")
    assert result.exit_code == 0
    assert "- Indicator toegevoegd: Politieregistraties witwassen\n" in result.stdout
    assert "- Indicator verwijderd: Politieregistraties wapenhandel\n" in result.stdout
    assert "| Indicatoren toegevoegd | 1 |\n| Indicatoren verwijderd | 1 |\n" in result.stdout


FETCHED = """provenance:
            source: politie
            table: 47013NED
            keys:
              SoortMisdrijf: '3.1.3 '
              RegioS: GM0415
            measure: GeregistreerdeMisdrijven_1
            periods: ['2022JJ00']
            retrieved_at: 2026-03-01T08:00:00Z"""
BY_HAND = """provenance:
            source: manual
            reference: Gemeente
            entered_at: 2026-03-01"""
DOCUMENT = """provenance:
            source: document
            reference: §4.1, tabel Effectindicatoren, kolom waarde 2023"""


def test_baseline_revised_by_a_fetch_names_the_police_table(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER).replace(WEAPONS, "value: 3", "value: 5").replace(WEAPONS, DOCUMENT, FETCHED)
    result = ivp("diff", edit.old, edit.new)
    assert (
        "    Politieregistraties wapenhandel: Nulmeting herzien: 3 (2022) → 5 (2022),"
        " opgehaald bij de politie, tabel 47013NED\n"
    ) in result.stdout
    assert result.stdout.endswith("Samenvatting: Nulmetingen herzien 1\n")


def test_baseline_revised_by_hand_says_who_supplied_it(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER).replace(WEAPONS, "value: 3", "value: 2").replace(WEAPONS, DOCUMENT, BY_HAND)
    result = ivp("diff", edit.old, edit.new, "--lang", "en")
    assert (
        "    Politieregistraties wapenhandel: Baseline revised: 3 (2022) → 2 (2022),"
        " entered by hand, source Gemeente\n"
    ) in result.stdout


def test_theme_renamed_and_goal_reworded_as_word_diff(ivp: Ivp, plan_edit: Edit) -> None:
    edit = (
        plan_edit(LANDSMEER)
        .replace("id: jeugdoverlast-en-problematiek", "& -problematiek", "en jeugdproblematiek")
        .replace("id: georganiseerde", "Een integrale, lokale aanpak", "Een integrale, regionale aanpak")
    )
    text = ivp("diff", edit.old, edit.new).stdout
    markdown = ivp("diff", edit.old, edit.new, "--format", "markdown").stdout
    assert "Doelstelling gewijzigd: Een integrale, [-lokale-]{+regionale+} aanpak op georganiseerde" in text
    assert "Doelstelling gewijzigd: Een integrale, <del>lokale</del><ins>regionale</ins> aanpak" in markdown
    assert "### Thema: Aanpak jeugdoverlast en jeugdproblematiek\n" in markdown
    assert (
        "- Thema hernoemd: Aanpak jeugdoverlast &amp; -problematiek →"
        " Aanpak jeugdoverlast en jeugdproblematiek\n"
    ) in markdown


def test_plan_period_and_adoption_changed(ivp: Ivp, plan_edit: Edit) -> None:
    edit = (
        plan_edit(LANDSMEER)
        .replace("period:", "end: 2027", "end: 2028")
        .replace("adoption:", "status: onbekend", "status: vastgesteld\n    date: 2024-01-25")
    )
    lines = ivp("diff", edit.old, edit.new).stdout.splitlines()
    assert lines[1:5] == [
        "  Plan",
        "    Planperiode gewijzigd: 2024-2027 → 2024-2028",
        "    Status van vaststelling gewijzigd: onbekend → vastgesteld",
        "    Datum van vaststelling gewijzigd: geen → 2024-01-25",
    ]


def test_identical_plans_have_no_changes(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER)
    result = ivp("diff", edit.old, edit.new)
    assert result.exit_code == 0
    assert result.stdout == f"{edit.new} (Landsmeer)\n  Geen inhoudelijke wijzigingen.\n"
