"""Benchmark `ivp validate` against check-jsonschema on the same files, and on a 342-plan corpus.

Run: .venv/bin/python bench/validate.py [--repeat N]
Prints medians over N runs, the ratio check-jsonschema / ivp, and for the corpus the time per plan
and peak memory (tracemalloc in-process; ru_maxrss of a child process that only validates).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(REPO / "bench"))

from corpus import generate_corpus  # noqa: E402

from ivp_cli.cli import main  # noqa: E402


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def in_process(paths: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()):
        return main(["validate", *paths])


def run(command: list[str]) -> None:
    subprocess.run(command, cwd=REPO, capture_output=True, check=False)


def compare_with_check_jsonschema(repeat: int) -> None:
    plans = sorted(str(path.relative_to(REPO)) for path in (REPO / "plans").glob("*.yaml"))
    in_process(["plans/"])  # warm: imports and the catalog cache
    ivp_inproc = median_seconds(lambda: in_process(["plans/"]), repeat)
    ivp_cli = median_seconds(lambda: run([str(BIN / "ivp"), "validate", "plans/"]), repeat)
    checker = [str(BIN / "check-jsonschema"), "--schemafile", "schemas/plan.schema.json", *plans]
    reference = median_seconds(lambda: run(checker), repeat)
    print(f"{len(plans)} shipped plans, median of {repeat} runs")
    print(f"  ivp validate (in-process)      {ivp_inproc * 1000:8.1f} ms")
    print(f"  ivp validate (subprocess)      {ivp_cli * 1000:8.1f} ms")
    print(f"  check-jsonschema (subprocess)  {reference * 1000:8.1f} ms  (schema only, no domain checks)")
    print(f"  ratio check-jsonschema / ivp subprocess: {reference / ivp_cli:.2f}x")
    print(f"  ratio check-jsonschema / ivp in-process: {reference / ivp_inproc:.2f}x")


def corpus_figures(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = generate_corpus(Path(folder))
        assert in_process([folder]) == 0, "the generated corpus must be valid"
        seconds = median_seconds(lambda: in_process([folder]), repeat)
        tracemalloc.start()
        in_process([folder])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        run([str(BIN / "ivp"), "validate", folder])
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"corpus of {len(paths)} generated plans, median of {repeat} runs (in-process)")
    print(f"  total {seconds:.2f} s, {seconds / len(paths) * 1000:.2f} ms per plan")
    print(f"  peak traced Python memory {peak / 2**20:.1f} MiB (tracemalloc)")
    print(f"  peak RSS of `ivp validate` on the corpus {max(child_rss, before) / 1024:.1f} MiB (ru_maxrss)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    compare_with_check_jsonschema(arguments.repeat)
    corpus_figures(max(1, arguments.repeat // 2))
