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

from ivp_cli.cli.app import main  # noqa: E402


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def median_seconds(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (this process and its children) of `action`.

    CPU time is printed too because the machine is shared: wall time grows with others' load.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), _cpu()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _line(label: str, timing: tuple[float, float], note: str = "") -> str:
    return f"  {label:<31}{timing[0] * 1000:8.1f} ms wall {timing[1] * 1000:8.1f} ms CPU{note}"


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
    print(_line("ivp validate (in-process)", ivp_inproc))
    print(_line("ivp validate (subprocess)", ivp_cli))
    print(_line("check-jsonschema (subprocess)", reference, "  (schema only, no domain checks)"))
    for kind, index in (("wall", 0), ("CPU", 1)):
        print(
            f"  ratio check-jsonschema / ivp ({kind}): subprocess {reference[index] / ivp_cli[index]:.2f}x, "
            f"in-process {reference[index] / ivp_inproc[index]:.2f}x"
        )


def corpus_figures(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = generate_corpus(Path(folder))
        assert in_process([folder]) == 0, "the generated corpus must be valid"
        seconds, cpu = median_seconds(lambda: in_process([folder]), repeat)
        tracemalloc.start()
        in_process([folder])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        run([str(BIN / "ivp"), "validate", folder])
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"corpus of {len(paths)} generated plans, median of {repeat} runs (in-process)")
    print(f"  total {seconds:.2f} s wall, {seconds / len(paths) * 1000:.2f} ms per plan")
    print(f"  total {cpu:.2f} s CPU, {cpu / len(paths) * 1000:.2f} ms per plan")
    print(f"  peak traced Python memory {peak / 2**20:.1f} MiB (tracemalloc)")
    print(f"  peak RSS of `ivp validate` on the corpus {max(child_rss, before) / 1024:.1f} MiB (ru_maxrss)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    compare_with_check_jsonschema(arguments.repeat)
    corpus_figures(max(1, arguments.repeat // 2))
