"""`ivp diff --git BASE [HEAD] [PATHS]` on a temporary repository; the work tree is never touched."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PLANS, Ivp

LANDSMEER = "plans/landsmeer-2024-2027.yaml"
OPMEER = "plans/opmeer-2023-2026.yaml"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two commits: the real Landsmeer plan, then a loosened target and a new Opmeer plan."""
    (tmp_path / "plans").mkdir()
    shutil.copyfile(PLANS / "landsmeer-2024-2027.yaml", tmp_path / LANDSMEER)
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "config", "user.email", "test@example.invalid")
    _git(tmp_path, "config", "user.name", "Test")
    _git(tmp_path, "add", "plans")
    _git(tmp_path, "commit", "-q", "-m", "landsmeer")
    plan = tmp_path / LANDSMEER
    text = plan.read_text(encoding="utf-8")
    anchor = text.index("id: politieregistraties-drugshandel")
    at = text.index("type: at_most_baseline", anchor)
    loosened = text[:at] + "type: monitor" + text[at + len("type: at_most_baseline") :]
    plan.write_text(loosened, encoding="utf-8")
    shutil.copyfile(PLANS / "opmeer-2023-2026.yaml", tmp_path / OPMEER)
    _git(tmp_path, "add", "plans")
    _git(tmp_path, "commit", "-q", "-m", "loosen drugshandel, add opmeer")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_two_revisions_show_the_loosened_target_and_the_new_file(ivp: Ivp, repo: Path) -> None:
    status_before = _git(repo, "status", "--porcelain")
    result = ivp("diff", "--git", "HEAD~1", "HEAD", "--fail-on", "loosened")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{LANDSMEER} (Landsmeer)",
        "  Thema: Aanpak georganiseerde (ondermijnende) criminaliteit",
        "    Politieregistraties drugshandel: Doel versoepeld: gelijk aan of lager dan de nulmeting,"
        " doeljaar 2027"
        ' ("Gelijk of lager aantal registraties") → geen doel, alleen volgen, doeljaar 2027'
        ' ("Gelijk of lager aantal registraties")',
        f"{OPMEER} (Opmeer)",
        "  Nieuw plan: 5 thema's, 15 indicatoren.",
        "Samenvatting: Doelen versoepeld 1",
    ]
    assert _git(repo, "status", "--porcelain") == status_before == ""


def test_head_omitted_compares_with_the_work_tree(ivp: Ivp, repo: Path) -> None:
    (repo / OPMEER).unlink()
    result = ivp("diff", "--git", "HEAD", "--format", "json")
    document = json.loads(result.stdout)
    assert result.exit_code == 0
    assert [(file["path"], file["status"], file["size"]) for file in document["files"]] == [
        (LANDSMEER, "unchanged", None),
        (OPMEER, "removed", {"themes": 5, "indicators": 15}),
    ]


def test_paths_limit_the_comparison(ivp: Ivp, repo: Path) -> None:
    result = ivp("diff", "--git", "HEAD~1", "HEAD", OPMEER)
    assert result.stdout == f"{OPMEER} (Opmeer)\n  Nieuw plan: 5 thema's, 15 indicatoren.\n"


def test_unknown_revision_is_a_usage_error(ivp: Ivp, repo: Path) -> None:
    result = ivp("diff", "--git", "no-such-branch")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "ivp diff: unknown revision 'no-such-branch' (a branch, tag or commit in this repository)\n"
    )


def test_an_invalid_plan_in_a_revision_gives_located_diagnostics(ivp: Ivp, repo: Path) -> None:
    (repo / OPMEER).write_text("schema_version: 1\nmunicipality: [\n", encoding="utf-8")
    result = ivp("diff", "--git", "HEAD", OPMEER)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"{OPMEER}:")
    assert "error[IVP" in result.stderr
