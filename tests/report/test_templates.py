"""--templates DIR: a municipality replaces single templates; the rest stay the shipped ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from ivp_cli.render.env import make_environment, shipped_templates
from tests.conftest import REPO
from tests.report.helpers import ESCAPING_PLAN, EXAMPLE_PLAN, REAL_PLANS, Report


def test_source_checkout_uses_the_repository_templates() -> None:
    assert shipped_templates() == REPO / "ivp_cli" / "render" / "templates"


def test_one_overridden_partial_replaces_only_that_part(report: Report, tmp_path: Path) -> None:
    own = tmp_path / "eigen"
    (own / "partials").mkdir(parents=True)
    (own / "partials" / "howto.md.j2").write_text(
        "## {{ t('howto.heading') }}\n\nUitleg van de gemeente Landsmeer over {{ meta.municipality }}.\n"
    )
    (own / "partials" / "howto.html.j2").write_text("<section><h2>Eigen uitleg &amp; meer</h2></section>\n")
    out = tmp_path / "out"
    assert report(out, EXAMPLE_PLAN, "--templates", own).exit_code == 0
    markdown = (out / "voorbeeld-landsmeer.md").read_text(encoding="utf-8")
    assert "## Zo leest u dit rapport\n\nUitleg van de gemeente Landsmeer over Landsmeer.\n" in markdown
    assert "### Wat betekent de status?" not in markdown
    assert "## Overzicht\n" in markdown
    html = (out / "voorbeeld-landsmeer.html").read_text(encoding="utf-8")
    assert "<section><h2>Eigen uitleg &amp; meer</h2></section>" in html
    assert '<h2 id="summary">Overzicht</h2>' in html


def test_overriding_the_main_template_keeps_shipped_partials(report: Report, tmp_path: Path) -> None:
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "report.md.j2").write_text("# {{ meta.title }}\n\n{% include 'partials/overview.md.j2' %}")
    out = tmp_path / "out"
    assert report(out, EXAMPLE_PLAN, "--templates", own, "-f", "md").exit_code == 0
    markdown = (out / "voorbeeld-landsmeer.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Voorbeeldplan veiligheid 2024 – 2027\n\n## Overzicht\n")


def test_undefined_variable_in_a_template_is_an_error_not_empty_text(report: Report, tmp_path: Path) -> None:
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "report.md.j2").write_text("# {{ meta.titel }}\n")
    result = report(tmp_path / "out", EXAMPLE_PLAN, "--templates", own, "-f", "md")
    assert result.exit_code == 2
    assert result.stderr == "ivp report: template error: 'dict object' has no attribute 'titel'\n"
    assert not (tmp_path / "out" / "voorbeeld-landsmeer.md").exists()


def test_template_syntax_error_names_file_and_line(report: Report, tmp_path: Path) -> None:
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "report.md.j2").write_text("# titel\n\n{% if meta.title %}\nzonder einde\n")
    result = report(tmp_path / "out", EXAMPLE_PLAN, "--templates", own, "-f", "md")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{own / 'report.md.j2'}:4: template error: Unexpected end of template.")


def test_missing_template_folder_is_a_usage_error(report: Report, tmp_path: Path) -> None:
    result = report(tmp_path / "out", EXAMPLE_PLAN, "--templates", tmp_path / "bestaat-niet")
    assert result.exit_code == 2
    assert result.stderr == f"ivp report: {tmp_path / 'bestaat-niet'}: not a directory of templates\n"


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("cycler.__init__.__globals__.os.popen('touch pwned').read()", "access to attribute '__init__'"),
        ("meta.__class__.__mro__", "access to attribute '__class__'"),
        ("meta.clear()", "access to attribute 'clear' of 'dict' object is unsafe."),
        ("meta.title | length ** 1000", "a power of more than 100 is not allowed in a template"),
        ("'x' * 2000000", "a text or list of more than 1000000 items is not allowed in a template"),
    ],
)
def test_a_user_template_runs_in_the_sandbox(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, expression: str, reason: str
) -> None:
    monkeypatch.chdir(tmp_path)
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "report.md.j2").write_text("# {{ " + expression + " }}\n")
    result = report(tmp_path / "out", EXAMPLE_PLAN, "--templates", own, "-f", "md")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("ivp report: template error: ")
    assert reason in result.stderr
    assert not (tmp_path / "pwned").exists()
    assert not (tmp_path / "out" / "voorbeeld-landsmeer.md").exists()


def test_the_sandbox_remembers_its_verdicts_per_type_and_name_not_per_value(tmp_path: Path) -> None:
    environment = make_environment("md", tmp_path)
    safe = environment.from_string("{{ meta.keys() | list | length }}")
    unsafe = environment.from_string("{{ meta.clear() }}")
    for meta in ({"title": "een"}, {"title": "twee"}):
        assert safe.render(meta=meta) == "1"
        with pytest.raises(SecurityError, match="access to attribute 'clear' of 'dict' object is unsafe"):
            unsafe.render(meta=meta)
        assert meta


@pytest.mark.parametrize("plan", [*REAL_PLANS, EXAMPLE_PLAN, ESCAPING_PLAN], ids=lambda path: path.stem)
def test_shipped_templates_render_the_same_in_the_sandbox(report: Report, tmp_path: Path, plan: Path) -> None:
    # Alone, the shipped templates render outside the sandbox; with --templates (here a folder that
    # overrides nothing) the same files render inside it. A municipality copies them from here.
    empty = tmp_path / "eigen"
    empty.mkdir()
    plain, sandboxed = tmp_path / "plain", tmp_path / "sandboxed"
    assert report(plain, plan).exit_code == 0
    assert report(sandboxed, plan, "--templates", empty).exit_code == 0
    written = sorted(path.name for path in plain.iterdir())
    assert written == sorted(path.name for path in sandboxed.iterdir())
    assert {".md", ".html"} <= {Path(name).suffix for name in written}
    for name in written:
        assert (plain / name).read_bytes() == (sandboxed / name).read_bytes(), name


def test_only_a_template_folder_brings_the_sandbox(tmp_path: Path) -> None:
    assert not isinstance(make_environment("html"), SandboxedEnvironment)
    assert isinstance(make_environment("html", tmp_path), SandboxedEnvironment)


def test_a_template_may_translate_with_the_function_or_the_filter(report: Report, tmp_path: Path) -> None:
    own = tmp_path / "eigen"
    own.mkdir()
    (own / "report.md.j2").write_text(
        "{{ t('howto.heading') }}|{{ 'howto.heading' | t }}\n"
        "{{ t('action.planning', planning='2025') }}|{{ 'action.planning' | t(planning='2025') }}\n"
    )
    out = tmp_path / "out"
    assert report(out, EXAMPLE_PLAN, "--templates", own, "-f", "md").exit_code == 0
    lines = (out / "voorbeeld-landsmeer.md").read_text(encoding="utf-8").splitlines()
    assert [line.split("|") for line in lines] == [["Zo leest u dit rapport"] * 2, ["Planning: 2025"] * 2]
