"""Benchmark `ivp fetch` batching: the 342-plan corpus against the local OData test server.

Run: .venv/bin/python bench/fetch.py [--count 342] [--latency 0.05] [--concurrency 4]
Both runs use the same server (50 ms added to every request) and the same client settings, and
differ only in batching: one query per (table, measure, dimensions, years) group versus one query
per indicator. Prints requests and wall time of the network phase (metadata + data) for each, the
ratios, and then the cost of a whole dry run (network + comparing + the edited, re-validated text
of every plan), which is the same work in both modes.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

from corpus import generate_corpus  # noqa: E402

from ivp_cli.fetch.batches import batches, targets_of  # noqa: E402
from ivp_cli.fetch.pipeline import FetchResult, run_fetch  # noqa: E402
from ivp_cli.fetch.run import RunSettings, run_batches  # noqa: E402
from ivp_cli.fetch.sources.cache import ResponseCache  # noqa: E402
from ivp_cli.fetch.sources.odata import ClientStats, RetryPolicy  # noqa: E402
from ivp_cli.load import LoadedPlan, load_plans  # noqa: E402
from tests.fetch.odata_server import ODataServer  # noqa: E402


def settings(server: ODataServer, cache: Path, concurrency: int) -> RunSettings:
    urls = {"politie": server.url, "cbs": server.url}
    return RunSettings(urls, ResponseCache(cache, "refresh"), RetryPolicy(timeout=60.0), concurrency)


def network_phase(
    plans: list[LoadedPlan], server: ODataServer, setup: RunSettings, batched: bool
) -> tuple[int, float, int]:
    """Requests, seconds and indicators with values for fetching alone (no comparing, no edits)."""
    before = len(server.state.requests)
    start = time.perf_counter()
    planned = batches(targets_of(plans), batched)
    outcomes = asyncio.run(run_batches(planned, setup, lambda done, total, what: None, ClientStats()))
    seconds = time.perf_counter() - start
    return len(server.state.requests) - before, seconds, sum(len(o.values) for o in outcomes)


def whole_dry_run(plans: list[LoadedPlan], setup: RunSettings) -> tuple[float, FetchResult]:
    start = time.perf_counter()
    result = run_fetch(plans, setup, dry_run=True)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=342)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    server = ODataServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.state.switches.latency = args.latency
    with tempfile.TemporaryDirectory() as folder:
        plans = load_plans(generate_corpus(Path(folder) / "corpus", args.count)).plans
        fetched = sum(1 for p in plans for _, i in p.plan.indicators() if i.fetch is not None)
        print(f"corpus: {len(plans)} plans, {fetched} indicators with a fetch spec")
        print(f"server: 127.0.0.1, {args.latency * 1000:.0f} ms per request; concurrency {args.concurrency}")
        setup = settings(server, Path(folder) / "cache", args.concurrency)
        batched = network_phase(plans, server, setup, True)
        single = network_phase(plans, server, setup, False)
        seconds, result = whole_dry_run(plans, setup)
    server.shutdown()
    for label, (requests, wall, served) in (("batched", batched), ("one request per indicator", single)):
        print(f"{label:>26}: {requests:5d} requests, {wall:6.2f} s wall, {served} indicators served")
    request_ratio, wall_ratio = single[0] / batched[0], single[1] / batched[1]
    print(f"ratio per-indicator / batched: requests {request_ratio:.1f}x, wall {wall_ratio:.1f}x")
    updated = sum(1 for item in result.indicators if item.state != "failed")
    print(
        f"whole dry run, batched (fetch + compare + edit + re-validate {len(result.diffs)} plans): "
        f"{seconds:.2f} s, {updated} indicators without failure"
    )


if __name__ == "__main__":
    main()
