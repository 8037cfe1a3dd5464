"""`ivp record`: a measurement entered by hand, an action's status, or the college's explanation.

ivp record PLAN INDICATOR PERIOD VALUE --source WHO       a measurement
ivp record PLAN --action REF --status STATE [--note]      an action's status
ivp record PLAN --indicator ID --period P --explanation T [--correction T]
ivp record PLAN --theme ID --period P --explanation T [--correction T]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli.options import iso_date
from ivp_cli.cli.plans import echo_diffs

Text = str | None


def record(
    plan: Annotated[Path, typer.Argument(help="The plan file.")],
    indicator: Annotated[Text, typer.Argument(help="Indicator id (for a measurement).")] = None,
    period: Annotated[
        Text, typer.Argument(help="Period: 2023, 2023-04, 2023H1, 2023-04..2023-08.", show_default=False)
    ] = None,
    value: Annotated[Text, typer.Argument(help="The value (decimal point, not comma).")] = None,
    source: Annotated[Text, typer.Option("--source", help="Who supplied it, e.g. 'Stichting Halt'.")] = None,
    note: Annotated[Text, typer.Option("--note", help="A remark with the figure or status.")] = None,
    by: Annotated[Text, typer.Option("--by", help="Who entered it.")] = None,
    action: Annotated[Text, typer.Option("--action", help="Action: its id, THEME-ID/N or plan/N.")] = None,
    status: Annotated[
        Text, typer.Option("--status", help="niet_gestart, loopt, vertraagd, gereed or vervallen.")
    ] = None,
    explain_indicator: Annotated[
        Text, typer.Option("--indicator", help="Indicator id the explanation is about.")
    ] = None,
    explain_theme: Annotated[Text, typer.Option("--theme", help="Theme id the explanation is about.")] = None,
    explain_period: Annotated[Text, typer.Option("--period", help="Reporting period explained.")] = None,
    explanation: Annotated[Text, typer.Option("--explanation", help="The college's explanation.")] = None,
    correction: Annotated[Text, typer.Option("--correction", help="What the college will change.")] = None,
    on: Annotated[
        dt.date | None,
        typer.Option("--date", metavar="YYYY-MM-DD", parser=iso_date, help="Date of it (default: today)."),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the diff; write nothing.")] = False,
) -> None:
    """Record a measurement by hand, an action's status or an explanation for a period."""
    from ivp_cli.errors import UsageError

    day = on or dt.datetime.now(dt.UTC).date()
    positional = [item for item in (indicator, period, value) if item is not None]
    if action is not None:
        _only("--action", positional, explanation)
        _action(plan, action, status, note, day, dry_run)
    elif explanation is not None:
        _only("--explanation", positional, status)
        subject = (explain_indicator, explain_theme)
        _explanation(plan, subject, explain_period, (explanation, correction), day, dry_run)
    elif len(positional) == 3 and source is not None:
        _measurement(plan, indicator or "", period or "", value or "", source, note, by, dry_run)
    elif len(positional) == 3:
        raise UsageError("ivp record: a measurement needs --source (who supplied the figure)")
    else:
        raise UsageError(
            "ivp record: give INDICATOR PERIOD VALUE --source, or --action with --status, "
            "or --explanation with --indicator or --theme and --period"
        )


def _only(option: str, positional: list[str], other: Text) -> None:
    from ivp_cli.errors import UsageError

    if positional or other is not None:
        raise UsageError(f"ivp record: {option} records one thing; leave out the other arguments")


def _measurement(
    plan: Path, indicator: str, period: str, value: str, source: str, note: Text, by: Text, dry_run: bool
) -> None:
    from ivp_cli.write.entries import ManualEntry
    from ivp_cli.write.record import record as record_entries

    entry = ManualEntry(plan, indicator, period, value, source, "command line", note, by)
    _done(lambda: record_entries([entry], dt.datetime.now(dt.UTC).date(), dry_run), dry_run, "measurement(s)")


def _action(plan: Path, action: str, status: Text, note: Text, day: dt.date, dry_run: bool) -> None:
    from ivp_cli.errors import UsageError
    from ivp_cli.write.account import ActionEntry, record_action

    if status is None:
        raise UsageError("ivp record: --action needs --status")
    entry = ActionEntry(plan, action, status, day, note)
    _done(lambda: record_action(entry, dry_run), dry_run, "action status")


def _explanation(
    plan: Path, subject: tuple[Text, Text], period: Text, words: tuple[str, Text], day: dt.date, dry_run: bool
) -> None:
    from ivp_cli.errors import UsageError
    from ivp_cli.write.account import ExplanationEntry, Subject, record_explanation

    indicator, theme = subject
    explanation, correction = words
    if (indicator is None) == (theme is None) or period is None:
        raise UsageError("ivp record: --explanation needs --period and one of --indicator or --theme")
    kind: Subject = "indicator" if indicator is not None else "theme"
    name = indicator if indicator is not None else theme
    entry = ExplanationEntry(plan, kind, name or "", period, day, explanation, correction)
    _done(lambda: record_explanation(entry, dry_run), dry_run, "explanation")


def _done(write: Callable[[], list[str]], dry_run: bool, what: str) -> None:
    diffs = write()
    if dry_run:
        echo_diffs(diffs)
    typer.echo(f"1 {what} {'would be added' if dry_run else 'added'}")
