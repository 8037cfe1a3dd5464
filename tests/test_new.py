"""`ivp new`: a plan skeleton per municipality that validates, never overwrites, and helps with names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivp_cli.load import load_plan
from tests.conftest import Ivp


@pytest.mark.parametrize(
    ("typed", "official", "code", "file"),
    [
        ("Velsen", "Velsen", "GM0453", "velsen-2027-2030.yaml"),
        ("'s-Gravenhage", "'s-Gravenhage (gemeente)", "GM0518", "s-gravenhage-2027-2030.yaml"),
        ("súdwest-fryslân", "Súdwest-Fryslân", "GM1900", "sudwest-fryslan-2027-2030.yaml"),
        ("Oude IJsselstreek", "Oude IJsselstreek", "GM1509", "oude-ijsselstreek-2027-2030.yaml"),
    ],
)
def test_new_plan_has_code_modeline_and_validates(
    ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, official: str, code: str, file: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = ivp("new", "--municipality", typed, "--period", "2027-2030")
    path = Path("plans") / file
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Wrote {path} ({official}, {code}, 2027-2030).")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/plan.schema.json\n")
    loaded, problems = load_plan(path)
    assert loaded is not None
    assert (loaded.plan.municipality.name, loaded.plan.municipality.cbs_code) == (official, code)
    assert (loaded.plan.plan.period.start, loaded.plan.plan.period.end) == (2027, 2030)
    assert loaded.plan.plan.adoption.status == "ontwerp"
    assert all(problem.severity == "warning" for problem in problems)
    validated = ivp("validate", path)
    assert validated.exit_code == 0, validated.stdout


def test_new_plan_keeps_dutch_placeholders_for_themes_goals_and_indicators(ivp: Ivp, tmp_path: Path) -> None:
    path = tmp_path / "velsen.yaml"
    assert ivp("new", "-m", "Velsen", "-p", "2027-2030", "-o", path).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "  # Eén blok per prioriteit of thema uit het plan.\n" in text
    assert "    # goals:\n    #   - De doelstelling, letterlijk uit het plan.\n" in text
    assert "    # indicators:\n    #   - id: politieregistraties-drugshandel\n" in text
    assert "    #       period: '2026'\n" in text


def test_an_existing_file_is_never_overwritten(ivp: Ivp, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("mijn werk\n", encoding="utf-8")
    result = ivp("new", "-m", "Velsen", "-p", "2027-2030", "-o", path)
    assert result.exit_code == 1
    assert result.stderr == f"ivp new: {path} already exists; not overwritten (choose another path with -o)\n"
    assert path.read_text(encoding="utf-8") == "mijn werk\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_unknown_name_suggests_close_municipalities(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("new", "-m", "Sudwest Fryslan", "-p", "2027-2030", "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "ivp new: 'Sudwest Fryslan' is not a Dutch municipality in the CBS list;"
        " did you mean 'Súdwest-Fryslân'"
    )
    assert not (tmp_path / "x.yaml").exists()


def test_unknown_name_without_anything_close(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("new", "-m", "Atlantis", "-p", "2027-2030", "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2
    assert result.stderr == "ivp new: 'Atlantis' is not a Dutch municipality in the CBS list\n"


@pytest.mark.parametrize("period", ["2030-2027", "2027", "twintig"])
def test_a_bad_period_is_a_usage_error(ivp: Ivp, tmp_path: Path, period: str) -> None:
    result = ivp("new", "-m", "Velsen", "-p", period, "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"ivp new: '{period}' is not a plan period: write first and last year, e.g. 2027-2030\n"
    )
