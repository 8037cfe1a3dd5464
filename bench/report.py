"""Benchmark `ivp status` and `ivp report` over the corpus (bench/corpus.py): per plan and memory.

Run: .venv/bin/python bench/report.py [--repeat N]
Printed beside their goals (issue 12), each the median of N alternated runs of the installed `ivp`:
- at most 5 ms per plan after start-up, for `ivp status` (text) and `ivp report` (Markdown and
  HTML): (time for the 342 plans - time for one of them) / 341; the report three times, by what
  it writes over (REPORT_CASES): nothing, older reports, or its own output;
- peak memory at most 60 MiB, at 342 plans and at 3 420, as the child itself saw it.
Then rendering alone, in-process, against the named alternative: a fresh Jinja environment per
report (templates compiled every time). Last, where a plan's milliseconds go, stage by stage,
in-process (best of three passes): load, assess, the report context, each template, writing the
two files (into an empty folder and over older reports: the disk's share, which the templates do
not decide), the status table as `ivp status` prints it into a pipe (80 columns, no colour).
"""

from __future__ import annotations

import argparse
import functools
import gc
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collections.abc import Callable
from typing import TypeVar

from corpus import generate_corpus
from measure import compile_ivp, goal, ivp, medians, peak_mib
from rich.console import Console

from ivp_cli.cli.app import GC_YOUNG_THRESHOLD
from ivp_cli.load import LoadedPlan, load_plan, load_plans
from ivp_cli.progress.assess import assess_plan
from ivp_cli.render.cells import PlanStatus
from ivp_cli.render.context import plan_context
from ivp_cli.render.env import make_environment
from ivp_cli.render.report import Format, ReportOptions, render, render_plan
from ivp_cli.render.status_view import print_text
from ivp_cli.write.staged import StagedWrites

T = TypeVar("T")

AS_OF = date(2026, 1, 1)


def _status(target: Path) -> list[str]:
    return ivp("status", str(target), "--as-of", AS_OF.isoformat())


def _report(target: Path, out: Path, as_of: date = AS_OF) -> list[str]:
    return ivp("report", str(target), "-o", str(out), "--as-of", as_of.isoformat())


# Where `ivp report` writes decides much of its cost on a disk mounted with `discard` (this one):
# replacing a file frees the old one's blocks. So three cases, each timed for the corpus and for
# one plan: into an empty folder (the first run), over older reports (every file differs: the
# dates alternate run by run) and over its own output (every file holds its bytes already, and
# is left alone).
REPORT_CASES = ("empty folder", "over older", "over own output")


def _report_case(case: str, target: Path, out: Path, run: int) -> list[str]:
    if case == REPORT_CASES[0]:
        shutil.rmtree(out, ignore_errors=True)
    if case == REPORT_CASES[1]:
        return _report(target, out, AS_OF + timedelta(days=run % 2))
    return _report(target, out)


def report_medians(paths: list[Path], folder: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds per case and size ('CASE all', 'CASE one'), runs alternated."""
    targets = {"all": paths[0].parent, "one": paths[0]}
    for size, target in targets.items():  # older reports to write over, and the own output
        subprocess.run(_report(target, folder / f"1-{size}", AS_OF + timedelta(days=1)), capture_output=True)
        subprocess.run(_report(target, folder / f"2-{size}"), capture_output=True)
    return medians(
        {
            f"{case} {size}": functools.partial(_report_case, case, target, folder / f"{number}-{size}")
            for number, case in enumerate(REPORT_CASES)
            for size, target in targets.items()
        },
        repeat,
    )


def _per_plan(label: str, found: dict[str, tuple[float, float]], name: str, count: int) -> None:
    (all_wall, all_cpu), (one_wall, one_cpu) = found[f"{name} all"], found[f"{name} one"]
    per_plan = (all_wall - one_wall) * 1000 / (count - 1)
    per_plan_cpu = (all_cpu - one_cpu) * 1000 / (count - 1)
    print(f"  {label}: all {all_wall:.2f} s wall, one of them {one_wall * 1000:.0f} ms wall")
    print(goal(f"{label}, per plan after start-up", per_plan, "ms", 5, f"CPU {per_plan_cpu:.2f} ms"))


def end_to_end(folder: Path, repeat: int) -> None:
    paths = generate_corpus(folder / "342")
    status = medians({"status all": _status(paths[0].parent), "status one": _status(paths[0])}, repeat)
    reports = report_medians(paths, folder / "out", repeat)
    large = generate_corpus(folder / "3420", 3420)
    print(f"corpus of {len(paths)} plans, median of {repeat} alternated runs")
    _per_plan("status", status, "status", len(paths))
    for corpus in (paths, large):
        peak = peak_mib(*_status(corpus[0].parent)[1:])
        print(goal(f"status peak memory, {len(corpus)} plans", peak, "MiB", 60))
    for case in REPORT_CASES:
        _per_plan(f"report, {case}", reports, case, len(paths))
    for corpus in (paths, large):
        args = _report(corpus[0].parent, folder / f"m{len(corpus)}")[1:]
        print(goal(f"report peak memory, {len(corpus)} plans", peak_mib(*args), "MiB", 60))


def render_all(plans: list[LoadedPlan], out: Path, fmt: str, *, fresh_environment: bool) -> float:
    """Seconds to assess, render and write each plan's report, written as `ivp report` writes it."""
    options = ReportOptions((fmt,), "nl", AS_OF)  # type: ignore[arg-type]
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    with StagedWrites(durable=False) as staged:
        for loaded in plans:
            if fresh_environment:
                make_environment.cache_clear()
            assessments = assess_plan(loaded.plan, as_of=AS_OF)
            text = render_plan(loaded.plan, assessments, fmt, options)  # type: ignore[arg-type]
            staged.add(out / f"{loaded.path.stem}.{fmt}", text.encode("utf-8"))
        staged.commit()
    return time.perf_counter() - start


def rendering(folder: Path) -> None:
    plans = load_plans(generate_corpus(folder / "render")).plans
    out = folder / "render-out"
    print(f"rendering alone, in-process, {len(plans)} plans (assess + render + write, into an empty folder)")
    for fmt in ("md", "html"):
        cached = render_all(plans, out, fmt, fresh_environment=False)
        fresh = render_all(plans, out, fmt, fresh_environment=True)
        size = sum(path.stat().st_size for path in out.glob(f"*.{fmt}")) / len(plans) / 1024
        mine, theirs = cached / len(plans) * 1000, fresh / len(plans) * 1000
        print(
            f"  {fmt:4}: {mine:5.1f} ms/report (avg {size:.0f} KiB); a fresh Jinja environment per "
            f"report: {theirs:5.1f} ms/report, {fresh / cached:.1f}x slower"
        )


def _best_of_three(label: str, count: int, stage: Callable[[], T]) -> T:
    seconds = []
    for _ in range(3):
        start = time.perf_counter()
        result = stage()
        seconds.append(time.perf_counter() - start)
    print(f"  {label:<44}{min(seconds) * 1000 / count:9.2f} ms/plan")
    return result


def _templates(fmt: Format, contexts: list[dict[str, object]]) -> Callable[[], list[str]]:
    options = ReportOptions((fmt,), "nl", AS_OF)
    return lambda: [render(f"report.{fmt}.j2", fmt, context, options) for context in contexts]


def _status_text(plans: list[PlanStatus]) -> str:
    out = io.StringIO()
    console = Console(file=out, highlight=False, width=80, height=25, color_system=None)  # as `ivp status`
    print_text(console, plans, AS_OF, "nl")
    return out.getvalue()


def _writes(out: Path, texts: list[tuple[str, bytes]], count: int) -> None:
    """The report files alone, put in place as `ivp report` does: the disk's share of a plan."""
    older = [(name, bytes([data[0] ^ 1]) + data[1:]) for name, data in texts]  # same size, other bytes
    for case, before in (("into an empty folder", None), ("over older reports", older)):
        seconds = []
        for _ in range(3):
            shutil.rmtree(out, ignore_errors=True)
            if before is not None:
                _put(out, before)
            os.sync()  # what was written before is on disk, not left for the timed writes to wait on
            start = time.perf_counter()
            _put(out, texts)
            seconds.append(time.perf_counter() - start)
        print(f"  {'write md + html, ' + case:<44}{min(seconds) * 1000 / count:9.2f} ms/plan")


def _put(out: Path, texts: list[tuple[str, bytes]]) -> None:
    with StagedWrites(durable=False) as staged:
        for name, data in texts:
            staged.add(out / name, data)
        staged.commit()


def stages(folder: Path) -> None:
    paths = generate_corpus(folder / "stages")
    count = len(paths)
    print(f"where a plan's time goes, in-process, {count} plans, best of 3 passes")
    loaded = _best_of_three(
        "load (read, parse, schema, rules)", count, lambda: [load_plan(p)[0] for p in paths]
    )
    plans = [item for item in loaded if item is not None]
    assessed = _best_of_three("assess", count, lambda: [assess_plan(p.plan, as_of=AS_OF) for p in plans])
    pairs = list(zip(plans, assessed, strict=True))
    contexts = _best_of_three(
        "report context (words, numbers, charts)",
        count,
        lambda: [plan_context(p.plan, a, "nl", AS_OF) for p, a in pairs],
    )
    texts: list[tuple[str, bytes]] = []
    for fmt in ("md", "html"):
        rendered = _best_of_three(f"{fmt} template (Jinja, escaping)", count, _templates(fmt, contexts))
        texts += [
            (f"{p.path.stem}.{fmt}", text.encode("utf-8")) for p, text in zip(plans, rendered, strict=True)
        ]
    _writes(folder / "writes", texts, count)
    statuses = [PlanStatus(str(p.path), p.plan, a) for p, a in pairs]
    _best_of_three("status table (rich, 80 columns, no colour)", count, lambda: _status_text(statuses))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    compile_ivp()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])  # the in-process parts run as `ivp` does
    with tempfile.TemporaryDirectory() as tmp:
        end_to_end(Path(tmp), arguments.repeat)
        rendering(Path(tmp))
        stages(Path(tmp))
