"""Plan text never becomes markup: not in HTML (autoescape), not in Markdown (backslash escapes)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ivp_cli.render import markdown_escape
from ivp_cli.render.markdown_escape import escape_markdown, finalize_markdown
from tests.report.helpers import ESCAPING_PLAN, Report

# Every tag our own HTML templates and charts write; plan text must add none.
OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "p", "h1", "h2", "h3", "h4",
    "nav", "ol", "ul", "li", "main", "section", "dl", "dt", "dd", "div", "table", "caption", "thead",
    "tbody", "tr", "th", "td", "span", "figure", "figcaption", "blockquote", "article", "strong",
    "footer", "svg", "desc", "line", "polyline", "circle", "rect", "text",
}  # fmt: skip


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name in ("href", "src")]


@pytest.fixture(scope="module")
def out(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("escaping")
    result = report(folder, ESCAPING_PLAN)
    assert result.exit_code == 0, result.stderr
    return folder


def test_html_shows_plan_text_as_text(out: Path) -> None:
    html = (out / "escaping.html").read_text(encoding="utf-8")
    collector = TagCollector()
    collector.feed(html)
    assert collector.tags <= OWN_TAGS
    assert all(href.startswith("#") for href in collector.hrefs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;b&gt;vet&lt;/b&gt;" in html


@pytest.mark.parametrize(
    ("plain", "escaped"),
    [
        ("# Kop", "\\# Kop"),
        ("#1 prioriteit", "#1 prioriteit"),
        ("1. eerste", "1\\. eerste"),
        ("2.6.1 Veiligheid", "2.6.1 Veiligheid"),
        ("- punt", "\\- punt"),
        ("-3", "-3"),
        ("> citaat", "\\> citaat"),
        ("a | b", "a \\| b"),
        ("*vet* _schuin_", "\\*vet\\* \\_schuin\\_"),
        ("[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"),
        ("<script>", "\\<script>"),
        ("`code`", "\\`code\\`"),
        ("~~weg~~", "\\~\\~weg\\~\\~"),
        ("&amp; & &x", "\\&amp; & &x"),
        ("C:\\pad", "C:\\\\pad"),
    ],
)
def test_escape_markdown(plain: str, escaped: str) -> None:
    assert escape_markdown(plain) == escaped


# What escaping acts on (inline markup, entities, block markers, hidden characters, line breaks),
# mixed with any character at all.
_TRICKY = st.sampled_from(
    [
        *"a 1.)-#>=+\\`*_[]<|~&;\t\n\r\x0b\x1c\x1b\x85\x9b\xa0\u2028\u202e\u3000٣",
        "&amp;",
        "&#38;",
        "- ",
        "12) ",
    ]
)


@given(st.lists(st.one_of(_TRICKY, st.characters())).map("".join))
@example("- punt")
@example("> citaat")
@example(" - punt")
@example("\u3000> citaat")
@example("12) punt")
@example("٣. punt")
@example("")
def test_the_shortcut_for_text_without_markup_changes_no_output(value: str) -> None:
    shortcut = (escape_markdown(value), finalize_markdown(value))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown_escape, "_UNCHANGED", re.compile("(?!)"))  # never matches: the full path
        assert shortcut == (escape_markdown(value), finalize_markdown(value))


def test_markdown_renders_plan_text_as_text(out: Path) -> None:
    markdown = (out / "escaping.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    collector = TagCollector()
    collector.feed(rendered)
    assert collector.tags <= {"h1", "h2", "h3", "h4", "p", "ul", "li", "strong", "em", "blockquote", "table",
                              "thead", "tbody", "tr", "th", "td", "hr"}  # fmt: skip
    assert collector.hrefs == []
    assert "## \\# Kop met \\*nadruk\\* en \\[link\\](javascript:alert(1))\n" in markdown
    assert "<h2># Kop met *nadruk* en [link](javascript:alert(1))</h2>" in rendered
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in rendered
    assert "1. geen lijst | geen cel `geen code` _geen nadruk_ ~~geen doorhaling~~ &amp;amp;" in rendered


def test_markdown_table_cells_keep_their_columns(out: Path) -> None:
    markdown = (out / "escaping.md").read_text(encoding="utf-8")
    row = next(
        line for line in markdown.splitlines() if line.startswith("| Baseline") or "Nulmeting | 2022" in line
    )
    assert row == '| Nulmeting | 2022 | 7 | plandocument, \\<a href="https://example.org">tabel\\</a> |'
