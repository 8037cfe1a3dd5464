"""Run the batches over one AsyncClient: every table's metadata in one concurrent round, then the data."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ivp_cli.fetch import per_capita
from ivp_cli.fetch.batches import Batch, Target
from ivp_cli.fetch.client import http_client
from ivp_cli.fetch.comparisons import BatchFigures, Comparison
from ivp_cli.fetch.per_capita import Populations
from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import ClientStats, ODataClient, RetryPolicy, SourceError
from ivp_cli.fetch.sources.query import DataQuery, fewest_parts, split
from ivp_cli.fetch.sources.regional import RegionalQuery, national_key, regional_rows, split_by_periods
from ivp_cli.fetch.sources.statline import fetch_rows
from ivp_cli.fetch.sources.tables import PlanKeyError, TableMeta, load_meta
from ivp_cli.fetch.values import (
    Fetched,
    Resolved,
    absent_keys,
    index_rows,
    period_keys,
    resolve,
    selections,
)
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
    comparisons: dict[Target, list[Comparison]] = field(default_factory=dict)

    def __repr__(self) -> str:
        # Short: asyncio.run formats its finished main task, this list included, when it restores
        # the SIGINT handler (Python 3.11); every value's full repr took milliseconds per run.
        key, counts = self.batch.key, (len(self.values), len(self.failures))
        return (
            f"BatchOutcome({key.source} {key.table} {key.measure}: {counts[0]} values, {counts[1]} failures)"
        )


@dataclass(frozen=True)
class RunSettings:
    base_urls: dict[str, str]
    cache: ResponseCache
    policy: RetryPolicy
    concurrency: int = 4
    transport: httpx.AsyncBaseTransport | None = None  # None: the network; tests pass a mock
    test_data: str | None = None  # record values as invented test data, with this note (a stand-in host)


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
                base = settings.base_urls[source]
                loading = load_meta(client, source, base, table, lists, offline_lists(table))
                metas[source, table] = asyncio.ensure_future(loading)
            return metas[source, table]

        population = _population_loader(batches, client, meta, settings.base_urls.get(per_capita.SOURCE, ""))
        done = 0

        async def one(batch: Batch) -> BatchOutcome:
            nonlocal done
            base = settings.base_urls[batch.key.source]
            outcome = await _run_batch(batch, client, meta, base, population)
            done += 1
            progress(done, len(batches), _describe(outcome))
            return outcome

        try:
            return list(await asyncio.gather(*(one(batch) for batch in batches)))
        finally:
            await client.stored()


def offline_lists(table: str) -> dict[str, tuple[str, ...]]:
    """The catalog's key lists of a table's dimensions, the region's included; Perioden is always live."""
    return {
        name: tuple(sorted(catalog.dimension_keys(table, name)))
        for name in catalog.dimensions(table)
        if catalog.has_key_list(table, name)
    }


PopulationLoader = Callable[[], "asyncio.Future[Populations]"]


def _population_loader(
    batches: Sequence[Batch], client: ODataClient, meta: Callable[[str, str], Any], base: str
) -> PopulationLoader:
    """One shared 03759ned query, started by the first batch that needs it, for every plan's years."""
    rated = [t for batch in batches for t in batch.targets if t.spec.per_capita is not None]
    years = {year for target in rated for year in target.years}
    kinds = per_capita.kinds_needed(t.spec.per_capita for t in rated)
    loading: list[asyncio.Future[Populations]] = []

    async def load() -> Populations:
        try:
            table: TableMeta = await meta(per_capita.SOURCE, per_capita.TABLE)
            return await per_capita.load_populations(client, base, table, years, kinds)
        except SourceError as error:
            return Populations(error=f"CBS population {per_capita.TABLE}: {error}")

    def start() -> asyncio.Future[Populations]:
        if not loading:
            loading.append(asyncio.ensure_future(load()))
        return loading[0]

    return start


async def _run_batch(
    batch: Batch,
    client: ODataClient,
    meta: Callable[[str, str], Any],
    base: str,
    population: PopulationLoader,
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
        rows = await _rows(batch, client, base, table, chosen, measure)
        populations = await population() if any(t.spec.per_capita for t in batch.targets) else None
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
        outcome.failures.update(absent_keys(table, resolved, index, list(chosen)))
    except (KeyError, AttributeError) as error:
        outcome.source_error = f"{key.source} {key.table}: reply rows lack a column ({error})"
        return outcome
    resolved = [item for item in resolved if item.target not in outcome.failures]
    figures = BatchFigures(table, index, list(chosen), populations)
    for item in resolved:
        if item.target.spec.per_capita and populations is not None and populations.error:
            outcome.failures[item.target] = populations.error
            continue
        own = [year for year in item.target.years if year in years]
        fetched = [figures.own(item, year) for year in own]
        outcome.values[item.target] = (item, [f for f in fetched if f is not None])
        if item.target.spec.compare:
            found = [(figures.national(item, year), figures.median(item, year)) for year in own]
            outcome.comparisons[item.target] = [c for pair in found for c in pair if c is not None]
    return outcome


async def _rows(
    batch: Batch,
    client: ODataClient,
    base: str,
    table: TableMeta,
    chosen: dict[str, tuple[str, ...]],
    measure: str,
) -> list[dict[str, Any]]:
    """The plans' own regions, or every municipality (and Nederland) in one prefix filter.

    The prefix is used when a comparison needs every municipality, and when it takes fewer requests
    than listing the plans' own: a list of 342 codes is ~8 kB of query string, split five ways.
    """
    key, region = batch.key, table.region_dimension
    listed = DataQuery(key.table, tuple(chosen.items()), (measure,))
    if region is None or region not in chosen:
        return await fetch_rows(client, key.source, base, listed)
    compare = any(t.spec.compare for t in batch.targets)
    regional = _regional(table, chosen, measure, with_national=compare)
    if compare or prefix_is_cheaper(listed, regional):
        return await regional_rows(client, key.source, base, regional)
    return await fetch_rows(client, key.source, base, listed)


def prefix_is_cheaper(listed: DataQuery, regional: RegionalQuery) -> bool:
    """Fewer requests for every municipality by prefix than for the plans' own, listed one by one.

    Splitting a long list key by key is quadratic (each step measures the whole query string), so
    the list is only split when the prefix does not already beat the fewest parts it could take.
    """
    by_prefix = len(split_by_periods(regional))
    return by_prefix < fewest_parts(listed) or by_prefix < len(split(listed))


def _regional(
    table: TableMeta, chosen: dict[str, tuple[str, ...]], measure: str, *, with_national: bool
) -> RegionalQuery:
    region = table.region_dimension
    assert region is not None
    fixed = {dim: keys for dim, keys in chosen.items() if dim not in (region, table.time_dimension)}
    nl = national_key(table) if with_national else None
    extra = tuple(k for k in chosen[region] if not k.startswith("GM") and k != nl) + ((nl,) if nl else ())
    return RegionalQuery(table, fixed, extra, (measure,), chosen[table.time_dimension])


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
