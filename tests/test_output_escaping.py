"""Plan text and file names never act in an output: no Markdown markup, no code-span break-out,
no terminal escape sequence. (Reports have their own tests in tests/report/test_escaping.py.)"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from ivp_cli.render.markdown_escape import code_span
from ivp_cli.words.visible import visible
from tests.conftest import REPO, Ivp
from tests.report.helpers import ESCAPING_PLAN

MINIMAL = REPO / "tests" / "bad_plans" / "valid" / "minimal.yaml"
ESCAPES = r"\e[2J\e[31mRood\x9b\u202eneppilk"  # as YAML writes them in a double-quoted string


class Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.links: list[str] = []
        self.code: list[str] = []
        self.text: list[str] = []
        self._in_code = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.links += [value or "" for name, value in attrs if name in ("href", "src")]
        self._in_code = tag == "code"

    def handle_endtag(self, tag: str) -> None:
        self._in_code = self._in_code and tag != "code"

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_code:
            self.code.append(data)


def _html(markdown: str) -> Tags:
    return Tags(MarkdownIt("commonmark").enable("table").render(markdown))


def test_status_markdown_shows_plan_text_as_written(ivp: Ivp) -> None:
    result = ivp("status", ESCAPING_PLAN, "--format", "markdown", "--as-of", "2026-01-01")
    assert result.exit_code == 0, result.output
    html = _html(result.stdout)
    assert html.tags <= {"h2", "table", "thead", "tbody", "tr", "th", "td"}
    assert html.links == []
    assert "Meldingen <em>overlast</em> | jeugd" in html.text


def test_a_file_name_cannot_break_out_of_its_code_span(ivp: Ivp, tmp_path: Path) -> None:
    name = "a``b` <img src=x onerror=alert(1)> `[x](javascript:alert(1)).yaml"
    old, new = tmp_path / "old.yaml", tmp_path / name
    old.write_bytes(MINIMAL.read_bytes())
    new.write_text(MINIMAL.read_text(encoding="utf-8").replace("tabel 2", "tabel 3"), encoding="utf-8")
    result = ivp("diff", old, new, "--format", "markdown")
    assert result.exit_code == 0, result.output
    html = _html(result.stdout)
    assert "img" not in html.tags and html.links == []
    assert str(new) in html.code


def test_a_code_span_holds_any_text_whole() -> None:
    for text in ["plain", "`", "``x`", "x `` y", " lead", "tail`", "a\nb"]:
        (inner,) = _html(code_span(text)).code
        assert inner == " ".join(text.splitlines())


def _plan_with_escapes(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("name: Politieregistraties drugshandel", f'name: "{ESCAPES}"'), encoding="utf-8"
    )
    return plan


def test_status_text_shows_escape_sequences_instead_of_sending_them(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("status", _plan_with_escapes(tmp_path), "--as-of", "2026-01-01")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\u202e" not in result.stdout
    assert r"\x1b[31mRood" in result.stdout.replace("\n", "").replace("│", "").replace(" ", "")


def test_validate_and_diff_text_show_them_too(ivp: Ivp, tmp_path: Path) -> None:
    plan = _plan_with_escapes(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text(plan.read_text(encoding="utf-8").replace("unit: count", f'unit: "{ESCAPES}"'), "utf-8")
    validated = ivp("validate", broken)
    assert validated.exit_code == 1
    assert r"'\x1b[2J\x1b[31mRood\x9b\u202eneppilk' is not allowed here" in validated.stdout
    diffed = ivp("diff", MINIMAL, plan)
    assert r"\x1b[2J\x1b[31mRood" in diffed.stdout and "\x1b" not in diffed.stdout


def test_error_messages_show_them(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("record", _plan_with_escapes(tmp_path), "drugshandel\x1b[2J", "2024", "1", "--source", "x")
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and r"drugshandel\x1b[2J" in result.stderr


def test_visible_keeps_line_breaks_and_tabs() -> None:
    assert visible("a\tb\nc\x07") == "a\tb\nc\\x07"
