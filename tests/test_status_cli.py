"""`ivp status` through typer's CliRunner: formats, --as-of, --lang, --fail-on, errors.

The plan below is a small Landsmeer extract with invented later measurements (source: test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PLANS, Ivp

PLAN = """\
schema_version: 1
municipality:
  name: Landsmeer
  cbs_code: 'GM0415'
plan:
  title: Testplan Landsmeer
  kind: integraal_veiligheidsplan
  period: {start: 2024, end: 2027}
  adoption: {body: gemeenteraad, status: onbekend}
  document: {title: Testplan, reference: tests/test_status_cli.py}
themes:
  - id: ondermijning
    title: Aanpak ondermijning
    kind: prioriteit
    indicators:
      - id: drugshandel
        name: Politieregistraties drugshandel
        unit: count
        baseline:
          period: '2022'
          value: 4
          provenance: {source: document, reference: tabel}
        targets:
          - {type: at_most_baseline, text: Gelijk of lager aantal registraties}
        measurements:
          - period: '2024'
            value: 6
            provenance: {source: test, note: verzonnen}
          - period: '2025'
            value: 14
            provenance: {source: test, note: verzonnen}
      - id: misdrijven
        name: Politieregistraties misdrijven
        unit: count
        baseline:
          period: '2022'
          value: 423
          provenance: {source: document, reference: tabel}
        targets:
          - {type: direction, direction: decrease}
"""


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "landsmeer.yaml"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_text_table_and_sentences(ivp: Ivp, plan: Path) -> None:
    code, out, _ = ivp("status", plan, "--as-of", "2025-06-30")
    assert code == 0
    assert "Landsmeer: Testplan Landsmeer (2024–2027), stand op 2025-06-30" in out
    assert "Thema: Aanpak ondermijning" in out
    assert "✓ behaald" in out
    assert "? onvoldoende gegevens" in out
    words = " ".join(out.split())  # the notes wrap at the terminal's width
    assert (
        "1. Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 4 in 2022 naar 6 in 2024: binnen "
        "de marge van de nulmeting (2 tot en met 10). Dat telt als gelijk, dus behaald. 2." in words
    )
    assert (
        "2. Doel voor 2027: daling. Alleen de nulmeting is bekend (423 in 2022). Er is nog geen latere "
        "meting." in words
    )


def test_as_of_decides_what_is_known(ivp: Ivp, plan: Path) -> None:
    # 2025 (14 registrations, above 10.2) is known only once 2025 has ended
    _, before, _ = ivp("status", plan, "--as-of", "2025-12-30", "--format", "json")
    _, after, _ = ivp("status", plan, "--as-of", "2026-01-01", "--format", "json")
    status = [json.loads(text)["plans"][0]["indicators"][0]["status"] for text in (before, after)]
    assert status == ["achieved", "deteriorating"]


def test_json_structure(ivp: Ivp, plan: Path) -> None:
    code, out, _ = ivp("status", plan, "--as-of", "2026-01-01", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert (document["as_of"], document["language"]) == ("2026-01-01", "nl")
    only = document["plans"][0]
    assert only["municipality"] == {"name": "Landsmeer", "cbs_code": "GM0415"}
    assert only["summary"] == {
        "achieved": 0,
        "not_achieved": 0,
        "on_track": 0,
        "behind_schedule": 0,
        "no_progress": 0,
        "deteriorating": 1,
        "insufficient_data": 1,
        "not_assessable": 0,
        "monitor_only": 0,
    }
    first = only["indicators"][0]
    assert (first["indicator_id"], first["status_label"], first["method"]) == (
        "drugshandel",
        "↘ verslechterd",
        "baseline_band",
    )
    assert first["latest"]["value"] == 14
    assert first["latest"]["provenance"] == {"source": "test", "note": "verzonnen"}
    assert first["target"]["type"] == "at_most_baseline"
    assert round(first["figures"]["interval_upper"], 4) == 10.2416
    assert first["explanation"]["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan de nulmeting. Van 4 in 2022 naar 14 in 2025: boven de "
        "marge van de nulmeting (2 tot en met 10). Dus verslechterd."
    )
    assert first["targets"] == [
        {
            "year": 2027,
            "status": "deteriorating",
            "status_label": "↘ verslechterd",
            "final": False,
            "method": "baseline_band",
            "target": first["target"],
            "explanation": first["explanation"],
        }
    ]


def test_markdown_table(ivp: Ivp, plan: Path) -> None:
    code, out, _ = ivp("status", plan, "--as-of", "2025-06-30", "--format", "markdown", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "## Landsmeer: Testplan Landsmeer (2024–2027), as of 2025-06-30"
    assert lines[2] == (
        "**Note: this plan contains test data. Those figures are invented and say nothing about the "
        "municipality.**"
    )
    assert lines[4] == "| # | Theme | Indicator | Baseline | Latest | Target | Status | Explanation |"
    assert lines[6] == (
        "| 1 | Aanpak ondermijning | Politieregistraties drugshandel | 4 (2022) | 6 (2024) | "
        "Gelijk of lager aantal registraties | ✓ achieved | Target for 2027: at most the baseline. From 4 "
        "in 2022 to 6 in 2024: within the margin of the baseline (2 to 10). That counts as equal, so "
        "achieved. |"
    )


@pytest.mark.parametrize(
    ("as_of", "fail_on", "code"),
    [
        ("2026-01-01", "deteriorating", 1),
        ("2025-06-30", "deteriorating", 0),
        ("2025-06-30", "achieved", 1),
        ("2026-01-01", "behind_schedule", 1),
        ("2026-01-01", "not_achieved", 0),
        ("2026-01-01", "no_progress", 1),
    ],
)
def test_fail_on_exit_codes(ivp: Ivp, plan: Path, as_of: str, fail_on: str, code: int) -> None:
    assert ivp("status", plan, "--as-of", as_of, "--fail-on", fail_on)[0] == code


def test_bad_date_is_a_usage_error(ivp: Ivp, plan: Path) -> None:
    code, out, err = ivp("status", plan, "--as-of", "2025-13-01")
    assert (code, out) == (2, "")
    assert "'2025-13-01' is not a date; write YYYY-MM-DD, e.g. 2026-01-31" in err


def test_fail_on_outside_the_order_is_a_usage_error(ivp: Ivp, plan: Path) -> None:
    code, _, err = ivp("status", plan, "--fail-on", "insufficient_data")
    assert code == 2
    assert "insufficient_data" in err


def test_missing_path_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    code, _, err = ivp("status", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert err == f"ivp status: no such file or folder: {tmp_path / 'nope.yaml'}\n"


def test_invalid_plan_prints_diagnostics_and_exits_1(ivp: Ivp, tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(PLAN.replace("unit: count", "unit: stuks", 1), encoding="utf-8")
    code, out, err = ivp("status", path)
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}:")
    assert "error[IVP" in err


def test_shipped_plans_all_show(ivp: Ivp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PLANS.parent)
    code, out, _ = ivp("status", "--as-of", "2026-11-22")
    assert code == 0
    for name in ("Amstelveen", "Landsmeer", "Opmeer", "Oude IJsselstreek", "Velsen"):
        assert f"{name}: " in out


def test_text_fits_an_80_column_terminal(ivp: Ivp) -> None:
    code, out, _ = ivp("status", PLANS, "--as-of", "2026-11-22", env={"COLUMNS": "80"})
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "? onvoldoende  " in out  # the status wraps after a whole word, never mid-word


def test_empty_folder_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    code, _, err = ivp("status", tmp_path)
    assert code == 2
    assert err == f"ivp status: no plan files (*.yaml, *.yml) in: {tmp_path}\n"


def test_english_text(ivp: Ivp, plan: Path) -> None:
    code, out, _ = ivp("status", plan, "--as-of", "2025-06-30", "--lang", "en")
    assert code == 0
    assert "Landsmeer: Testplan Landsmeer (2024–2027), as of 2025-06-30" in out
    assert "Theme: Aanpak ondermijning" in out
    assert "? insufficient data" in out
    assert (
        "2. Target for 2027: decrease. Only the baseline is known (423 in 2022). There is no later "
        "measurement yet." in " ".join(out.split())
    )
