"""Run the batches over one AsyncClient: every table's metadata in one concurrent round, then the data."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ivp_cli.fetch.batches import Batch, Target
from ivp_cli.fetch.client import http_client
from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import ClientStats, ODataClient, RetryPolicy, SourceError
from ivp_cli.fetch.sources.query import DataQuery
from ivp_cli.fetch.sources.statline import fetch_rows
from ivp_cli.fetch.sources.tables import PlanKeyError, TableMeta, load_meta
from ivp_cli.fetch.values import Fetched, Resolved, index_rows, period_keys, resolve, selections, value_for
from ivp_cli.plan import catalog

if TYPE_CHECKING:
    import httpx

Progress = Callable[[int, int, str], None]  # done, total, what just finished


@dataclass
class BatchOutcome:
    batch: Batch
    values: dict[Target, tuple[Resolved, list[Fetched]]] = field(default_factory=dict)
    failures: dict[Target, str] = field(default_factory=dict)
    source_error: str | None = None
    measure: str | None = None  # the measure column as resolved from DataProperties


@dataclass(frozen=True)
class RunSettings:
    base_urls: dict[str, str]
    cache: ResponseCache
    policy: RetryPolicy
    concurrency: int = 4
    transport: httpx.AsyncBaseTransport | None = None  # None: the network; tests pass a mock


async def run_batches(
    batches: Sequence[Batch], settings: RunSettings, progress: Progress, stats: ClientStats
) -> list[BatchOutcome]:
    async with http_client(settings.base_urls, settings.policy.timeout, settings.transport) as http:
        client = ODataClient(
            http, settings.cache, settings.base_urls, settings.policy, settings.concurrency, stats
        )
        metas: dict[tuple[str, str], asyncio.Task[TableMeta]] = {}

        def meta(source: str, table: str) -> asyncio.Task[TableMeta]:
            if (source, table) not in metas:
                lists = catalog.dimensions(table)  # asked for beside DataProperties, in one round
                loading = load_meta(client, source, settings.base_urls[source], table, lists)
                metas[source, table] = asyncio.ensure_future(loading)
            return metas[source, table]

        done = 0

        async def one(batch: Batch) -> BatchOutcome:
            nonlocal done
            outcome = await _run_batch(batch, client, meta, settings.base_urls[batch.key.source])
            done += 1
            progress(done, len(batches), _describe(outcome))
            return outcome

        return list(await asyncio.gather(*(one(batch) for batch in batches)))


async def _run_batch(
    batch: Batch, client: ODataClient, meta: Callable[[str, str], Any], base: str
) -> BatchOutcome:
    outcome = BatchOutcome(batch)
    key = batch.key
    try:
        table: TableMeta = await meta(key.source, key.table)
        measure = outcome.measure = table.resolve_measure(key.measure)
        resolved = _resolve_all(table, batch, outcome)
        years = {year: keys for year in batch.years if (keys := period_keys(table, year)) is not None}
        if not resolved or not years:
            return outcome
        chosen = selections(table, resolved, [p for keys in years.values() for p in keys])
        rows = await fetch_rows(
            client, key.source, base, DataQuery(key.table, tuple(chosen.items()), (measure,))
        )
    except PlanKeyError as error:
        outcome.failures.update({target: str(error) for target in batch.targets})
        return outcome
    except SourceError as error:
        outcome.source_error = str(error)
        return outcome
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # Valid JSON of the wrong shape (a proxy's reply, a redesigned table): name it, no traceback.
        outcome.source_error = f"{key.source} {key.table}: unexpected reply ({type(error).__name__}: {error})"
        return outcome
    try:
        index = index_rows(rows, list(chosen), measure)
    except (KeyError, AttributeError) as error:
        outcome.source_error = f"{key.source} {key.table}: reply rows lack a column ({error})"
        return outcome
    for item in resolved:
        own = [year for year in item.target.years if year in years]
        fetched = [value_for(table, index, item, list(chosen), year) for year in own]
        outcome.values[item.target] = (item, [f for f in fetched if f is not None])
    return outcome


def _resolve_all(table: TableMeta, batch: Batch, outcome: BatchOutcome) -> list[Resolved]:
    extra = cbs.extra_selections(table) if batch.key.source == cbs.SOURCE else {}
    resolved: list[Resolved] = []
    for target in batch.targets:
        try:
            resolved.append(resolve(table, target, extra))
        except PlanKeyError as error:
            outcome.failures[target] = str(error)
    return resolved


def _describe(outcome: BatchOutcome) -> str:
    key = outcome.batch.key
    state = "failed" if outcome.source_error else f"{len(outcome.values)} indicator(s)"
    return f"{key.source} {key.table} {key.measure}: {state}"
