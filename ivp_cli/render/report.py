"""`ivp report`: plans + assessments -> a Markdown, HTML, CSV or PDF file per plan (or one regional file).

Deterministic: no clock is read; the same plans and `as_of` give byte-identical files.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from ivp_cli.load import LoadedPlan
from ivp_cli.plan.model import Plan
from ivp_cli.progress.assessment import Assessment
from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text
from ivp_cli.write.staged import StagedWrites

Format = Literal["md", "html", "csv", "pdf"]
Assessor = Callable[[Plan, date], list[Assessment]]
Context = Callable[[], dict[str, object]]


@dataclass(frozen=True)
class ReportOptions:
    formats: tuple[Format, ...]
    lang: Lang
    as_of: date
    templates: Path | None = None


def assess_with_progress(plan: Plan, as_of: date) -> list[Assessment]:
    from ivp_cli.progress.assess import assess_plan

    return assess_plan(plan, as_of=as_of)


def render(template_name: str, fmt: Format, context: dict[str, object], options: ReportOptions) -> str:
    from ivp_cli.render.env import make_environment

    environment = make_environment(fmt, options.templates)
    return environment.get_template(template_name).render(context)


def render_plan(plan: Plan, assessments: list[Assessment], fmt: Format, options: ReportOptions) -> str:
    return _report_text(fmt, _context(plan, assessments, options), options)


def _context(plan: Plan, assessments: list[Assessment], options: ReportOptions) -> dict[str, object]:
    from ivp_cli.render.context import plan_context

    return plan_context(plan, assessments, options.lang, options.as_of)


def _report_text(fmt: Format, context: dict[str, object], options: ReportOptions) -> str:
    return render(f"report.{fmt}.j2", fmt, context, options)


def shared_context(plan: Plan, assessments: list[Assessment], options: ReportOptions) -> Context:
    """The context Markdown, HTML and PDF share, built once on first use (never for csv alone)."""
    return functools.cache(lambda: _context(plan, assessments, options))


def plan_bytes(
    plan: Plan, assessments: list[Assessment], fmt: Format, options: ReportOptions, context: Context
) -> bytes:
    """The file of one format: text for md and html, the Excel-ready table for csv, print for pdf."""
    if fmt == "pdf":
        from ivp_cli.render.pdf import html_to_pdf

        return html_to_pdf(_report_text("html", context(), options))
    if fmt == "csv":
        from ivp_cli.render.csv_out import figures_csv

        return figures_csv(plan, assessments, options.lang, options.as_of)
    return _report_text(fmt, context(), options).encode("utf-8")


@dataclass(frozen=True)
class ReportFile:
    path: Path
    changed: bool  # False: the file held exactly these bytes already and was left as it was


def write_reports(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    assess: Assessor = assess_with_progress,
) -> list[ReportFile]:
    """Render each plan as it comes and stage its files; the caller commits them."""
    written = []
    for loaded in plans:
        assessments = assess(loaded.plan, options.as_of)
        context = shared_context(loaded.plan, assessments, options)
        for fmt in options.formats:
            target = out_dir / f"{loaded.path.stem}.{fmt}"
            data = plan_bytes(loaded.plan, assessments, fmt, options, context)
            written.append(ReportFile(target, staged.add(target, data)))
    return written


def write_combined(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    assess: Assessor = assess_with_progress,
) -> list[ReportFile]:
    from ivp_cli.render.combined import combined_context

    assessed = [(loaded, assess(loaded.plan, options.as_of)) for loaded in plans]
    context = combined_context(assessed, options.lang, options.as_of)
    written = []
    name = text(options.lang, "combined.file_name")
    for fmt in options.formats:
        target = out_dir / f"{name}.{fmt}"
        written.append(ReportFile(target, staged.add(target, combined_bytes(context, fmt, options))))
    return written


def combined_bytes(context: dict[str, object], fmt: Format, options: ReportOptions) -> bytes:
    if fmt == "csv":
        from ivp_cli.render.combined import combined_csv

        return combined_csv(context, options.lang)
    if fmt == "pdf":
        from ivp_cli.render.pdf import html_to_pdf

        return html_to_pdf(render("combined.html.j2", "html", context, options))
    return render(f"combined.{fmt}.j2", fmt, context, options).encode("utf-8")


def run_report(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    *,
    combined: bool = False,
) -> list[ReportFile]:
    """Assess, render and stage one plan at a time; a template or file problem raises UsageError or
    WriteRefusedError. Nothing is in place until the caller commits `staged`."""
    if "pdf" in options.formats:
        _check_pdf()
    write = write_combined if combined else write_reports
    return _guarded(lambda: write(plans, options, out_dir, staged), out_dir)


def _check_pdf() -> None:
    from ivp_cli.errors import UsageError
    from ivp_cli.render.pdf import PdfUnavailableError, weasyprint

    try:
        weasyprint()
    except PdfUnavailableError as error:
        raise UsageError(str(error)) from None


def _guarded(action: Callable[[], list[ReportFile]], out_dir: Path) -> list[ReportFile]:
    import jinja2

    from ivp_cli.errors import UsageError, WriteRefusedError
    from ivp_cli.render.env import TemplateDirError

    try:
        return action()
    except TemplateDirError as error:
        raise UsageError(f"ivp report: {error}") from None
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or error.name}:{error.lineno}"
        raise UsageError(f"{where}: template error: {error.message}") from None
    except jinja2.TemplateError as error:
        raise UsageError(f"ivp report: template error: {error}") from None
    except OSError as error:
        where = error.filename if isinstance(error.filename, str) else str(out_dir)
        raise WriteRefusedError(f"ivp report: cannot write {where}: {error.strerror}") from None
