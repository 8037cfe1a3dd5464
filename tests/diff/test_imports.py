"""`ivp diff` and `ivp new` need neither HTTP, templates nor rich (checked on sys.modules)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("httpx", "jinja2", "rich", "scipy")
PROBE = """
import json, sys
from ivp_cli.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
"""


def _loaded_by(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *args], capture_output=True, text=True, cwd=REPO, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_diff_loads_no_network_template_or_terminal_library() -> None:
    plan = "plans/landsmeer-2024-2027.yaml"
    assert _loaded_by("diff", plan, plan, "--format", "markdown") == {"code": 0, "loaded": []}


def test_new_loads_no_network_template_or_terminal_library(tmp_path: Path) -> None:
    target = str(tmp_path / "velsen.yaml")
    assert _loaded_by("new", "-m", "Velsen", "-p", "2027-2030", "-o", target) == {"code": 0, "loaded": []}
