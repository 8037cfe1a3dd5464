"""The HTML report's structure, checked without a browser: landmarks, headings, tables, print CSS."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser

import pytest

from tests.report.helpers import EXAMPLE_PLAN, REAL_PLANS, Report


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def named(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.tags if tag == name]


@pytest.fixture(scope="module")
def pages(report: Report, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("structure")
    assert report(out, EXAMPLE_PLAN, *REAL_PLANS, "-f", "html").exit_code == 0
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(out.glob("*.html"))}


def _outline(html: str) -> Outline:
    outline = Outline()
    outline.feed(html)
    return outline


@pytest.mark.parametrize("name", [EXAMPLE_PLAN.stem, *[plan.stem for plan in REAL_PLANS]])
def test_landmarks_headings_and_tables(pages: dict[str, str], name: str) -> None:
    html = pages[name]
    outline = _outline(html)
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">\n')
    # The overview comes first, then the contents: a council member sees the verdicts on page one.
    assert [tag for tag, _ in outline.tags if tag in ("header", "nav", "main", "footer")] == [
        "header", "main", "nav", "footer",
    ]  # fmt: skip
    assert outline.tags[outline.tags.index(("body", {})) + 1] == ("a", {"class": "skip", "href": "#content"})
    assert outline.named("main") == [{"id": "content", "tabindex": "-1"}]
    levels = [int(tag[1]) for tag, _ in outline.tags if tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels))
    assert len(outline.named("caption")) == len(outline.named("table"))
    assert all(attrs.get("scope") in ("col", "row", "colgroup") for attrs in outline.named("th"))
    regions = [attrs for attrs in outline.named("div") if attrs.get("class") == "scroll"]
    assert all(r.get("role") == "region" and r.get("tabindex") == "0" for r in regions)
    assert all(r.get("aria-labelledby") or r.get("aria-label") for r in regions)
    assert all(attrs.get("role") == "img" for attrs in outline.named("svg"))
    assert len(outline.named("title")) == 1 + len(outline.named("svg"))
    assert len(outline.named("desc")) == len(outline.named("svg"))


def test_self_contained_and_printable(pages: dict[str, str]) -> None:
    for html in pages.values():
        outline = _outline(html)
        assert outline.named("script") == [] and outline.named("link") == [] and outline.named("img") == []
        assert "@media print" in html
        assert "size: A4;" in html and "counter(pages)" in html
        assert "url(" not in html
        assert all((attrs.get("href") or "").startswith("#") for attrs in outline.named("a"))
