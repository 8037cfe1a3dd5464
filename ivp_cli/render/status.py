"""The core of `ivp status`: load, assess, print in the asked format, and decide the exit code."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import cast

from ivp_cli.cli import exitcodes
from ivp_cli.progress.assess import assess_plan, fails
from ivp_cli.progress.assessment import Status
from ivp_cli.render.cells import PlanStatus
from ivp_cli.validation.loader import load_plans
from ivp_cli.words import sentences as text


def collect(paths: list[Path], as_of: date) -> tuple[list[PlanStatus], list[str]]:
    """The assessed plans, or the located diagnostics that stopped loading."""
    loaded = load_plans(paths)
    if loaded.diagnostics:
        return [], [diagnostic.text() for diagnostic in sorted(loaded.diagnostics)]
    plans = [
        PlanStatus(str(item.path), item.plan, assess_plan(item.plan, as_of=as_of)) for item in loaded.plans
    ]
    return plans, []


def run(paths: list[Path], as_of: date, output: str, lang: str, fail_on: str | None) -> int:
    plans, problems = collect(paths, as_of)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return exitcodes.FINDINGS
    if not plans:
        print(f"ivp status: no plan files in {', '.join(map(str, paths))}", file=sys.stderr)
        return exitcodes.USAGE
    _print(plans, as_of, output, cast(text.Lang, lang))
    if fail_on is not None and fails((a for p in plans for a in p.assessments), Status(fail_on)):
        return exitcodes.FINDINGS
    return exitcodes.OK


def _print(plans: list[PlanStatus], as_of: date, output: str, lang: text.Lang) -> None:
    if output == "json":
        from ivp_cli.render.status_json import status_json

        print(status_json(plans, as_of, lang))
    elif output == "markdown":
        from ivp_cli.render.status_view import markdown

        print(markdown(plans, as_of, lang), end="")
    else:
        from rich.console import Console

        from ivp_cli.render.status_view import print_text

        print_text(Console(highlight=False), plans, as_of, lang)
