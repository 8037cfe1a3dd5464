"""The council report names the source document by its title, never by the file the plan cites."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from ivp_cli.load import load_plan
from tests.report.helpers import REAL_PLANS, Report


@pytest.fixture(scope="module")
def rendered(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = report(out, *REAL_PLANS)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("plan_path", REAL_PLANS, ids=[plan.stem for plan in REAL_PLANS])
def test_report_shows_the_document_title_and_not_its_file(rendered: Path, plan_path: Path) -> None:
    loaded, _ = load_plan(plan_path)
    assert loaded is not None
    document = loaded.plan.plan.document
    assert document.reference.startswith("sources/")  # what must not leak into the report
    markdown = (rendered / f"{plan_path.stem}.md").read_text(encoding="utf-8")
    html = (rendered / f"{plan_path.stem}.html").read_text(encoding="utf-8")
    assert f"- **Brondocument:** {document.title}\n" in markdown
    assert f"<dt>Brondocument</dt><dd>{escape(document.title)}</dd>" in html
    for text in (markdown, html):
        assert "sources/" not in text
        assert Path(document.reference).name not in text
