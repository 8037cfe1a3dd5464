"""Benchmark `ivp fetch`: the 342-plan corpus against the local OData test server, 50 ms a request.

Run: .venv/bin/python bench/fetch.py [--count 342] [--latency 0.05] [--concurrency 4] [--repeat 5]
The server runs in its own process (as a real host would), so its work does not compete with the
client for the interpreter, and answers from memory after a warm-up run (see SERVER). Printed
beside their goals (issue 12):
- requests of the batched fetch at most 2 % of those of one request per indicator (the named
  alternative, run against the same server with the same client settings);
- wall time of the network phase (metadata and data) within 2 x requests x latency / concurrency,
  the median of `--repeat` runs (the machine is shared: one run alone says more about its load);
- `ivp fetch CORPUS --dry-run` end to end (load, fetch, compare, edit and re-validate) at most 10 s.

Then comparisons and per-capita on, next to without (issue 13), on a second server that has what
the live hosts have (yearly 47013NED rows, the CBS population 03759ned): the same corpus, and the
corpus with `compare: true` on every fetch spec and the four open BBV rates added to every plan.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from corpus import generate_corpus  # noqa: E402
from measure import compile_ivp, goal, ivp  # noqa: E402

from ivp_cli.fetch.batches import batches, targets_of  # noqa: E402
from ivp_cli.fetch.run import RunSettings, run_batches  # noqa: E402
from ivp_cli.fetch.sources.cache import ResponseCache  # noqa: E402
from ivp_cli.fetch.sources.odata import ClientStats, RetryPolicy  # noqa: E402
from ivp_cli.load import LoadedPlan, load_plans  # noqa: E402

# The test server, in its own process, remembering each reply: it builds a TypedDataSet reply
# cell by cell in Python (0.3-1 s for the corpus's big queries), which a real host does not; after
# a warm-up run only the latency is left, and what is timed is ivp's own work and rounds. The
# handler looks the module's `answer` up at each request (no failure switch is on here), so
# replacing it there is what takes effect; the reply is kept as sent, its JSON already written.
SERVER = """
import sys, threading
sys.path.insert(0, sys.argv[1])
from demo import odata_server
replies = {}
build = odata_server.answer
def remembered(state, host, asked):
    key = (host, asked.path, asked.raw_query)
    if key not in replies:
        replies[key] = build(state, host, asked)
    return replies[key]
odata_server.answer = remembered
server = odata_server.ODataServer()
server.state.switches.latency = float(sys.argv[2])
if sys.argv[3:] == ["live"]:  # yearly 47013NED rows and the CBS population, as the live hosts have
    from demo.odata_tables import periods, police_status
    from tests.fetch.population_table import population_table
    server.state.tables["03759ned"] = population_table()
    server.state.tables["47013NED"].periods = periods(range(2021, 2025), (2024, 6), True, police_status)
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.url, flush=True)
sys.stdin.read()  # serve until the benchmark closes stdin
"""


BBV_THEME = """\
  - id: bbv-veiligheid
    title: Beleidsindicatoren veiligheid (BBV)
    kind: randvoorwaarde
    indicators:
""" + "".join(
    f"      - id: {name}\n        catalog: bbv-{name}\n        targets:\n          - type: monitor\n"
    for name in ("winkeldiefstallen", "geweldsmisdrijven", "diefstallen-uit-woning", "vernielingen")
)


def with_comparisons(paths: list[Path]) -> list[Path]:
    """Each plan with `compare: true` on its fetch specs and the four open BBV rates appended."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for measure in ("GeregistreerdeMisdrijven_1", "GeregistreerdeOverlast_1"):
            line = f"          measure: {measure}\n"
            text = text.replace(line, line + "          compare: true\n")
        head, marker, tail = text.partition("\nactions:")
        path.write_text(head.rstrip("\n") + "\n" + BBV_THEME + marker + tail, encoding="utf-8")
    return paths


@contextmanager
def serving(latency: float, live: bool = False) -> Iterator[str]:
    command = [sys.executable, "-c", SERVER, str(REPO), str(latency), *(["live"] if live else [])]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        yield server.stdout.readline().strip()
    finally:
        server.stdin.close()
        server.wait(timeout=10)


def compared(
    folder: Path, url: str, count: int, concurrency: int, repeat: int
) -> list[tuple[str, tuple[int, float, int]]]:
    """The same corpus without and with comparisons and per-capita, on the live-like server."""
    cache = ResponseCache(folder / "cache-compared", "refresh")
    setup = RunSettings({"politie": url, "cbs": url}, cache, RetryPolicy(timeout=60.0), concurrency)
    plain = load_plans(generate_corpus(folder / "plain", count)).plans
    rich = load_plans(with_comparisons(generate_corpus(folder / "rich", count))).plans
    found = []
    for label, plans in (("without comparisons", plain), ("comparisons + per-capita", rich)):
        network_phase(plans, setup, True)  # warm-up: the server remembers its replies
        found.append((label, median_phase(plans, setup, repeat)))
    return found


def median_phase(plans: list[LoadedPlan], setup: RunSettings, repeat: int) -> tuple[int, float, int]:
    """The batched network phase `repeat` times: its requests and served count, the median wall time."""
    runs = [network_phase(plans, setup, True) for _ in range(max(1, repeat))]
    return runs[0][0], statistics.median(wall for _, wall, _ in runs), runs[0][2]


def network_phase(plans: list[LoadedPlan], setup: RunSettings, batched: bool) -> tuple[int, float, int]:
    """Requests, seconds and indicators with values for fetching alone (no comparing, no edits)."""
    stats = ClientStats()
    start = time.perf_counter()
    planned = batches(targets_of(plans), batched)
    outcomes = asyncio.run(run_batches(planned, setup, lambda done, total, what: None, stats))
    return stats.requests, time.perf_counter() - start, sum(len(o.values) for o in outcomes)


@dataclass
class Figures:
    plans: int
    fetched: int
    batched: tuple[int, float, int]
    single: tuple[int, float, int]
    dry_run: float
    exit_code: int
    summary: list[str]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=342)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5, help="batched runs; the median wall time counts")
    args = parser.parse_args()
    compile_ivp()
    with tempfile.TemporaryDirectory() as folder:
        with serving(args.latency) as url:
            figures = measure(Path(folder), url, args.count, args.concurrency, args.repeat)
        with serving(args.latency, live=True) as url:
            rich = compared(Path(folder), url, args.count, args.concurrency, args.repeat)
    show(figures, args.latency, args.concurrency, args.repeat)
    print("yearly 47013NED and CBS 03759ned on the server (as live), batched:")
    for label, (requests, wall, served) in rich:
        print(f"  {label:>24}: {requests:5d} requests, {wall:6.2f} s wall, {served} indicators served")


def measure(folder: Path, url: str, count: int, concurrency: int, repeat: int) -> Figures:
    paths = generate_corpus(folder / "corpus", count)
    plans = load_plans(paths).plans
    cache = ResponseCache(folder / "cache", "refresh")
    setup = RunSettings({"politie": url, "cbs": url}, cache, RetryPolicy(timeout=60.0), concurrency)
    network_phase(plans, setup, True)  # warm-up: the server remembers its replies
    batched = median_phase(plans, setup, repeat)
    single = network_phase(plans, setup, False)
    command = ivp("fetch", str(paths[0].parent), "--dry-run", "--refresh", "--cache-dir", str(folder / "cli"))
    command += ["--base-url", f"politie={url}", "--base-url", f"cbs={url}", "--concurrency", str(concurrency)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    fetched = sum(1 for p in plans for _, i in p.plan.indicators() if i.fetch is not None)
    summary = [line for line in done.stdout.splitlines() if line.startswith(("indicators:", "requests:"))]
    return Figures(len(plans), fetched, batched, single, seconds, done.returncode, summary)


def show(figures: Figures, latency: float, concurrency: int, repeat: int) -> None:
    print(f"corpus: {figures.plans} plans, {figures.fetched} indicators with a fetch spec")
    print(
        f"server: 127.0.0.1 in its own process, {latency * 1000:.0f} ms a request; concurrency {concurrency}"
    )
    for label, (requests, wall, served) in (
        ("batched", figures.batched),
        ("one per indicator", figures.single),
    ):
        print(f"  {label:>17}: {requests:5d} requests, {wall:6.2f} s wall, {served} indicators served")
    share = 100 * figures.batched[0] / figures.single[0]
    print(goal("requests, batched / one per indicator", share, "%", 2))
    limit = 2 * figures.batched[0] * latency / concurrency
    print(
        goal(
            f"network phase, batched (median of {repeat})",
            *(figures.batched[1], "s", limit, "2 x requests x latency / concurrency"),
        )
    )
    print(
        goal("ivp fetch CORPUS --dry-run, end to end", figures.dry_run, "s", 10, f"exit {figures.exit_code}")
    )
    for line in figures.summary:
        print(f"    {line}")


if __name__ == "__main__":
    main()
