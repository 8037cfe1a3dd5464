"""`--format pdf`: A4 pages, a 15-indicator plan in at most 12 of them, and a tagged PDF/UA file."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import PLANS
from tests.report.helpers import EXAMPLE_PLAN, Report

A4 = (595.28, 841.89)  # points


def _structure(reader: PdfReader) -> Counter[str]:
    """Structure element types of the tag tree, counted."""
    found: Counter[str] = Counter()
    root: Any = reader.trailer["/Root"]
    stack: list[Any] = [root["/StructTreeRoot"]["/K"]]
    while stack:
        node = stack.pop()
        if isinstance(node, int):
            continue
        node = node.get_object()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if "/S" in node:
            found[str(node["/S"])] += 1
        if "/K" in node:
            stack.append(node["/K"])
    return found


def _check_tagged_a4(path: Path) -> PdfReader:
    reader = PdfReader(path)
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4, abs=0.1)
    root: Any = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "nl"
    assert 'pdfuaid:part="1"' in root["/Metadata"].get_object().get_data().decode("utf-8")
    assert reader.metadata is not None and reader.metadata.title
    tags = _structure(reader)
    assert tags["/H1"] == 1 and tags["/Table"] >= 1 and tags["/TH"] >= 1
    return reader


def test_a_15_indicator_plan_with_measurements_fits_12_tagged_a4_pages(
    report: Report, filled_landsmeer: Path, tmp_path: Path
) -> None:
    result = report(tmp_path, filled_landsmeer, "-f", "pdf")
    assert result.exit_code == 0, result.stderr
    reader = _check_tagged_a4(tmp_path / "landsmeer-2024-2027.pdf")
    assert len(reader.pages) <= 12
    assert _structure(reader)["/Figure"] >= 5  # a chart per fetched indicator, each with its /Alt
    first = reader.pages[0].extract_text()
    assert "Overzicht" in first and "Let op: dit rapport bevat testgegevens." in first
    last = reader.pages[-1].extract_text()
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in last


def test_shipped_plans_and_the_regional_report_print_to_a4(report: Report, tmp_path: Path) -> None:
    plans = sorted(PLANS.glob("*.yaml"))
    assert report(tmp_path, *plans, "-f", "pdf").exit_code == 0
    assert report(tmp_path, *plans, "-f", "pdf", "--combined").exit_code == 0
    for path in sorted(tmp_path.glob("*.pdf")):
        reader = _check_tagged_a4(path)
        assert len(reader.pages) <= 12, path.name
    header = PdfReader(tmp_path / "landsmeer-2024-2027.pdf").pages[1].extract_text()
    assert "Landsmeer · Integraal Veiligheidsplan 2024 – 2027 · Stand per 1 januari 2026" in header


def test_same_input_gives_the_same_pdf(report: Report, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        assert report(tmp_path / folder, EXAMPLE_PLAN, "-f", "pdf").exit_code == 0
    name = "voorbeeld-landsmeer.pdf"
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_without_weasyprint_a_clear_message_says_how_to_install_it(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint now raises ImportError
    result = report(tmp_path / "out", EXAMPLE_PLAN, "-f", "html", "-f", "pdf")
    assert result.exit_code == 2
    assert "pip install 'ivp-cli[pdf]'" in result.stderr
    assert not (tmp_path / "out").exists()  # not even the HTML: nothing is written half
