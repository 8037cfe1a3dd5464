"""bench/corpus.py builds plans that other benchmarks rely on: they must load cleanly."""

from __future__ import annotations

import sys
from pathlib import Path

from ivp_cli.load import load_plans
from ivp_cli.plan.catalog import municipalities
from tests.conftest import PLANS, REPO

sys.path.insert(0, str(REPO / "bench"))
from corpus import generate_corpus, rename_plan


def test_corpus_plans_are_valid_and_renamed(tmp_path: Path) -> None:
    paths = generate_corpus(tmp_path, count=12)
    result = load_plans([tmp_path])
    assert len(paths) == 12
    assert result.diagnostics == []
    codes = sorted(municipalities())[:12]
    assert [loaded.plan.municipality.cbs_code for loaded in result.plans] == codes
    assert all(loaded.plan.municipality.partners == [] for loaded in result.plans)


def test_rename_keeps_everything_but_name_code_and_partners() -> None:
    original = (PLANS / "oude-ijsselstreek-2023-2026.yaml").read_text(encoding="utf-8")
    renamed = rename_plan(original, "'s-Hertogenbosch", "GM0796")
    kept = [line for line in original.splitlines() if not line.startswith(("  name:", "  cbs_code:"))]
    kept = [
        line for line in kept if "partners:" not in line and not line.startswith(("    - name:", "      cbs"))
    ]
    assert renamed.splitlines()[3:5] == ['  name: "\'s-Hertogenbosch"', "  cbs_code: 'GM0796'"]
    assert [line for line in renamed.splitlines() if line not in renamed.splitlines()[3:5]] == kept
