"""Measurements, moved indicators, targets added or dropped, and plan text that looks like markup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Ivp

from .editing import PlanEdit

Edit = Callable[[str], PlanEdit]
LANDSMEER = "landsmeer-2024-2027.yaml"
DRUGS = "id: politieregistraties-drugshandel"
MEASURED = """measurements:
          - period: '2024'
            value: 6
            status: voorlopig
            provenance:
              source: politie
              table: 47013NED
              keys:
                SoortMisdrijf: '3.1.1 '
              measure: GeregistreerdeMisdrijven_1
              periods: ['2024JJ00']
              retrieved_at: 2026-03-01T08:00:00Z
        targets:"""


def test_a_fetched_measurement_is_added_then_revised(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER).replace(DRUGS, "targets:", MEASURED)
    added = ivp("diff", edit.old, edit.new)
    assert (
        "    Politieregistraties drugshandel: Meting 2024 toegevoegd: 6"
        " (opgehaald bij de politie, tabel 47013NED)\n"
    ) in added.stdout
    revised = edit.old.parent / "revised.yaml"
    revised.write_text(edit.new.read_text(encoding="utf-8").replace("value: 6", "value: 7"), encoding="utf-8")
    changed = ivp("diff", edit.new, revised, "--lang", "en")
    assert (
        "Politieregistraties drugshandel: Measurement 2024 changed: 6 → 7 (fetched from the police"
        in changed.stdout
    )
    removed = ivp("diff", revised, edit.old)
    assert "    Politieregistraties drugshandel: Meting 2024 verwijderd: 7\n" in removed.stdout


def test_an_indicator_moved_to_another_theme(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER)
    text = edit.new.read_text(encoding="utf-8")
    start = text.index(f"      - {DRUGS}")
    end = text.index("      - id: politieregistraties-wapenhandel")
    block, rest = text[start:end], text[:start] + text[end:]
    at = rest.index("      - id: meldingen-jeugdoverlast-gemeente")
    edit.new.write_text(rest[:at] + block + rest[at:], encoding="utf-8")
    result = ivp("diff", edit.old, edit.new)
    assert result.stdout.splitlines()[1:3] == [
        "  Thema: Aanpak jeugdoverlast & -problematiek",
        "    Politieregistraties drugshandel: Indicator verplaatst van thema Aanpak georganiseerde"
        " (ondermijnende) criminaliteit naar Aanpak jeugdoverlast & -problematiek",
    ]


def test_a_second_target_added_and_dropped(ivp: Ivp, plan_edit: Edit) -> None:
    second = (
        "type: at_most_baseline\n          - type: absolute\n            bound: at_most\n            value: 3"
    )
    edit = plan_edit(LANDSMEER).replace(DRUGS, "type: at_most_baseline", second)
    added = ivp("diff", edit.old, edit.new)
    dropped = ivp("diff", edit.new, edit.old, "--fail-on", "loosened")
    assert "    Politieregistraties drugshandel: Doel toegevoegd: hoogstens 3\n" in added.stdout
    assert "    Politieregistraties drugshandel: Doel vervallen: hoogstens 3\n" in dropped.stdout
    assert dropped.exit_code == 1


def test_markup_in_plan_text_is_escaped_in_markdown(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit(LANDSMEER).replace(
        "id: georganiseerde",
        "Een integrale, lokale aanpak",
        "Een <script>alert(1)</script> [link](x) *aanpak*",
    )
    markdown = ivp("diff", edit.old, edit.new, "--format", "markdown").stdout
    assert "<script>" not in markdown
    assert (
        "Een <del>integrale,</del><ins>\\<script\\>alert(1)\\</script\\></ins> "
        "<del>lokale</del><ins>\\[link\\](x)</ins> <ins>\\*</ins>aanpak<ins>\\*</ins> op"
    ) in markdown


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_outside_a_git_repository_git_mode_is_a_usage_error(
    ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    result = ivp("diff", "--git", "HEAD", "--format", fmt)
    assert result.exit_code == 2
    assert result.stderr.startswith("ivp diff: ")
    assert result.stdout == ""


def test_a_longer_plan_period_loosens_targets_without_their_own_year(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit("amstelveen-2023-2026.yaml").replace("period:", "end: 2026", "end: 2028")
    result = ivp("diff", edit.old, edit.new, "--fail-on", "loosened")
    assert result.exit_code == 1
    assert (
        "    High Impact Crimes (HIC): Doel versoepeld: daling, doeljaar 2026"
        ' ("Daling High Impact Crimes (HIC)") → daling, doeljaar 2028 ("Daling High Impact Crimes (HIC)")\n'
    ) in result.stdout
