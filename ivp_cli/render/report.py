"""`ivp report`: plans + assessments -> one Markdown or HTML file per plan (or one regional file).

Deterministic: no clock is read; the same plans and `as_of` give byte-identical files.
"""

from __future__ import annotations

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
from ivp_cli.write.atomic import StagedWrites, write_atomic

Format = Literal["md", "html"]
Assessor = Callable[[Plan, date], list[Assessment]]
COMBINED_NAME = "regional-report"


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
    lang = options.lang

    def translate(key: str, **values: object) -> str:
        return text(lang, key, **values)

    return environment.get_template(template_name).render(context, t=translate)


def render_plan(plan: Plan, assessments: list[Assessment], fmt: Format, options: ReportOptions) -> str:
    from ivp_cli.render.context import plan_context

    context = plan_context(plan, assessments, options.lang, options.as_of)
    return render(f"report.{fmt}.j2", fmt, context, options)


def write_text(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, content.encode("utf-8"))


def write_reports(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    assess: Assessor = assess_with_progress,
) -> list[Path]:
    """Render each plan as it comes and stage its files; the caller commits them."""
    written = []
    for loaded in plans:
        assessments = assess(loaded.plan, options.as_of)
        for fmt in options.formats:
            target = out_dir / f"{loaded.path.stem}.{fmt}"
            staged.add(target, render_plan(loaded.plan, assessments, fmt, options).encode("utf-8"))
            written.append(target)
    return written


def write_combined(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    assess: Assessor = assess_with_progress,
) -> list[Path]:
    from ivp_cli.render.combined import combined_context

    assessed = [(loaded, assess(loaded.plan, options.as_of)) for loaded in plans]
    context = combined_context(assessed, options.lang, options.as_of)
    written = []
    for fmt in options.formats:
        target = out_dir / f"{COMBINED_NAME}.{fmt}"
        staged.add(target, render(f"combined.{fmt}.j2", fmt, context, options).encode("utf-8"))
        written.append(target)
    return written


def run_report(
    plans: Iterable[LoadedPlan],
    options: ReportOptions,
    out_dir: Path,
    staged: StagedWrites,
    *,
    combined: bool = False,
) -> list[Path]:
    """Assess, render and stage one plan at a time; a template or file problem raises UsageError or
    WriteRefusedError. Nothing is in place until the caller commits `staged`."""
    write = write_combined if combined else write_reports
    return _guarded(lambda: write(plans, options, out_dir, staged), out_dir)


def _guarded(action: Callable[[], list[Path]], out_dir: Path) -> list[Path]:
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
        raise WriteRefusedError(f"ivp report: cannot write to {out_dir}: {error.strerror}") from None
