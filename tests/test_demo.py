"""`make demo`: the whole pipeline on a copy of plans/, every output marked as test data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from demo.__main__ import fingerprint, main
from tests.conftest import PLANS


@pytest.mark.slow
def test_demo_fetches_into_a_copy_and_writes_every_format(tmp_path: Path) -> None:
    before = fingerprint(PLANS)
    out = tmp_path / "out"
    assert main(["--plans", str(PLANS), "--work", str(tmp_path / "work"), "--out", str(out)]) == 0
    assert fingerprint(PLANS) == before
    names = {path.name for path in out.iterdir()}
    for stem in [plan.stem for plan in PLANS.glob("*.yaml")] + ["regionale-vergelijking"]:
        assert {f"{stem}.{fmt}" for fmt in ("md", "html", "csv", "pdf")} <= names
    assert {"status.md", "status.json"} <= names
    landsmeer = (out / "landsmeer-2024-2027.md").read_text(encoding="utf-8")
    assert "**Let op: dit rapport bevat testgegevens." in landsmeer
    assert "✓ Behaald" in landsmeer and "↘ Verslechterd" in landsmeer
    assert "Opmerking bij de cijfers: demonstratiegegevens van de lokale testserver" in landsmeer
    html = (out / "landsmeer-2024-2027.html").read_text(encoding="utf-8")
    assert '<p class="warning"><strong>Let op: dit rapport bevat testgegevens.' in html
    table = (out / "landsmeer-2024-2027.csv").read_text(encoding="utf-8-sig")
    fetched = [row for row in table.splitlines() if ";meting;" in row]
    assert fetched and all("testgegevens, geen echt cijfer" in row for row in fetched)
    status = json.loads((out / "status.json").read_text(encoding="utf-8"))
    marked = {plan["municipality"]["name"]: plan["test_data"] for plan in status["plans"]}
    assert marked["Landsmeer"] is True and marked["Opmeer"] is True and marked["Velsen"] is False
    assert "**Let op: dit plan bevat testgegevens." in (out / "status.md").read_text(encoding="utf-8")
