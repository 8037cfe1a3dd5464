"""`ivp fetch` (open data -> plan files) and `ivp import-csv` (manual figures); see also record.py."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ivp_cli.cli.plans import echo_diffs, load
from ivp_cli.cli.record import record

if TYPE_CHECKING:
    from ivp_cli.fetch.run import Progress
    from ivp_cli.write.entries import ManualEntry


def register(app: typer.Typer) -> None:
    app.command("fetch")(fetch)
    app.command("record")(record)
    app.command("import-csv")(import_csv)


def fetch(
    paths: Annotated[list[Path], typer.Argument(help="Plan files or folders.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the diff; write nothing.")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="Use only the response cache.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ignore the response cache.")] = False,
    cache_dir: Annotated[Path, typer.Option("--cache-dir", help="Response cache folder.")] = Path(
        ".ivp-cache"
    ),
    base_url: Annotated[
        list[str] | None, typer.Option("--base-url", help="SOURCE=URL, e.g. politie=http://mirror")
    ] = None,
    retries: Annotated[int, typer.Option("--attempts", min=1, help="Attempts per request.")] = 4,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.01, help="Seconds for a whole request, its reply included.")
    ] = 30.0,
    backoff: Annotated[float, typer.Option("--backoff", min=0.0, help="First retry delay in seconds.")] = 0.5,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Requests in flight at most.")] = 4,
    test_data: Annotated[
        str | None,
        typer.Option(
            "--test-data",
            metavar="NOTE",
            help="Record the values as test data with this note (for a stand-in host).",
        ),
    ] = None,
) -> None:
    """Fetch indicator values from the police and CBS open data into the plan files."""
    from ivp_cli.errors import SourceFailedError, UsageError
    from ivp_cli.fetch.pipeline import run_fetch
    from ivp_cli.fetch.run import RunSettings
    from ivp_cli.fetch.sources.cache import CacheMode, ResponseCache
    from ivp_cli.fetch.sources.hosts import base_urls, parse_overrides
    from ivp_cli.fetch.sources.odata import RetryPolicy
    from ivp_cli.render.fetch_summary import summary_lines
    from ivp_cli.words.visible import visible

    if offline and refresh:
        raise UsageError("ivp: --offline and --refresh exclude each other")
    urls = base_urls(parse_overrides(base_url or []))
    plans = load(paths, "fetch")
    mode: CacheMode = "offline" if offline else "refresh" if refresh else "use"
    policy = RetryPolicy(attempts=retries, base_delay=backoff, timeout=timeout)
    settings = RunSettings(urls, ResponseCache(cache_dir, mode), policy, concurrency, test_data=test_data)
    with _progress() as progress:
        result = run_fetch(plans, settings, dry_run=dry_run, progress=progress)
    if dry_run:
        echo_diffs(result.diffs)
    for line in summary_lines(result):
        typer.echo(visible(line), err=line.startswith("error:"))
    if result.failed:
        raise SourceFailedError()


def import_csv(
    csv_file: Annotated[
        Path, typer.Argument(help="CSV with columns plan,indicator,period,value,source,note.")
    ],
    by: Annotated[str | None, typer.Option("--by", help="Who entered it.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the diff; write nothing.")] = False,
) -> None:
    """Add manual measurements from a CSV file (all rows or none)."""
    from ivp_cli.errors import UsageError
    from ivp_cli.write.entries import read_csv

    try:
        entries = read_csv(csv_file, by)
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"ivp: {csv_file}: cannot read: {error}") from None
    _record(entries, dry_run)


def _record(entries: Sequence[ManualEntry], dry_run: bool) -> None:
    from ivp_cli.write.record import record as record_entries

    diffs = record_entries(entries, dt.datetime.now(dt.UTC).date(), dry_run)
    if dry_run:
        echo_diffs(diffs)
    typer.echo(f"{len(entries)} measurement(s) {'would be added' if dry_run else 'added'}")


def _progress() -> AbstractContextManager[Progress]:
    from ivp_cli.cli.fetch_progress import progress_reporter

    return progress_reporter(sys.stderr.isatty())
