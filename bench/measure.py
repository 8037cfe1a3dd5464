"""What the benchmarks share: running a command in a child process, its own peak memory, goals.

A child's peak memory is read by the child itself at its end (`VmHWM` in /proc/self/status: the
high-water mark of its own address space). The parent's view of its children (RUSAGE_CHILDREN's
ru_maxrss) is no good here: Linux carries a process's peak across exec, so a child started from
a 200 MB benchmark reports 200 MB whatever it used.
"""

from __future__ import annotations

import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHILD = Path(__file__).resolve().parent / "child.py"


def compile_ivp() -> None:
    """Compile ivp's modules to bytecode, as pip does for a regular (non-editable) install.

    The editable install leaves them as source. Where PYTHONDONTWRITEBYTECODE is set (as on this
    project's CI machines) Python would then compile every module again in every run, about 50 ms
    of a 260 ms `ivp validate`: a cost no installed user pays, and check-jsonschema, installed
    normally, does not pay either. Only out-of-date files are compiled.
    """
    compileall.compile_dir(REPO / "ivp_cli", quiet=1)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (the CPU time of the child alone)."""
    # The files the run before wrote are put on disk first, outside the timing: the kernel would
    # otherwise write them out during this run, which then pays for the other's output.
    os.sync()
    wall, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, cwd=REPO, capture_output=True, check=False)
    return time.perf_counter() - wall, _children_cpu() - cpu


Command = Sequence[str] | Callable[[int], Sequence[str]]


def medians(commands: Mapping[str, Command], repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command, the commands alternated run by run.

    Alternating gives each command the same share of whatever else the shared machine is doing.
    A command may be a function of the run's number, which also prepares what that run needs.
    """
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for run in range(repeat):
        for name, command in commands.items():
            runs[name].append(timed(command(run) if callable(command) else command))
    return {
        name: (statistics.median(w for w, _ in found), statistics.median(c for _, c in found))
        for name, found in runs.items()
    }


def peak_mib(*ivp_args: str) -> float:
    """Peak memory (MiB) of `ivp ARGS...`, as the child process itself saw it."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "peak.json"
        command = [sys.executable, str(CHILD), str(report), *ivp_args]
        subprocess.run(command, cwd=REPO, capture_output=True, check=False)
        figure: float = json.loads(report.read_text(encoding="utf-8"))["peak_mib"]
    return figure


def ivp(*args: str) -> list[str]:
    return [str(BIN / "ivp"), *args]


def goal(label: str, value: float, unit: str, limit: float, note: str = "") -> str:
    """One figure beside its goal (lower is better)."""
    verdict = "meets the goal" if value <= limit else "OVER the goal"
    extra = f"  ({note})" if note else ""
    return f"  {label:<44}{value:9.2f} {unit:<8} goal <= {limit:g} {unit:<8} {verdict}{extra}"
