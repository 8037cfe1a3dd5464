"""Templates ship inside the wheel: a report renders from the built wheel, away from the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.report.helpers import AS_OF, EXAMPLE_PLAN

TEMPLATES = REPO / "ivp_cli" / "render" / "templates"

PROBE = """
import ivp_cli, sys
from ivp_cli.render.env import shipped_templates
print(ivp_cli.__file__)
print(shipped_templates())
from ivp_cli.cli.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # --no-isolation: build with the hatchling already installed, so no download is needed.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = dist.glob("*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_the_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"ivp_cli/render/templates/{path.relative_to(TEMPLATES).as_posix()}" for path in
               TEMPLATES.rglob("*.j2")}  # fmt: skip
    assert shipped <= names
    assert "ivp_cli/render/templates/report.html.j2" in names


@pytest.mark.slow
def test_report_renders_from_the_unpacked_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    args = ["report", str(EXAMPLE_PLAN), "-o", "out", "--as-of", AS_OF, "-f", "html"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    module_file, templates_dir, *messages = result.stdout.splitlines()
    assert Path(module_file) == site / "ivp_cli" / "__init__.py"
    assert Path(templates_dir) == site / "ivp_cli" / "render" / "templates"
    assert messages[-1] == "1 report file(s) written to out/"
    html = (work / "out" / "voorbeeld-landsmeer.html").read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert "Zo leest u dit rapport" in html
