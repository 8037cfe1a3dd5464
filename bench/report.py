"""Benchmark `ivp status` and `ivp report` over the corpus (bench/corpus.py): per plan and memory.

Run: .venv/bin/python bench/report.py [--repeat N]
Printed beside their goals (issue 12), each the median of N alternated runs of the installed `ivp`:
- at most 5 ms per plan after start-up, for `ivp status` (text) and `ivp report` (Markdown and
  HTML): (time for the 342 plans - time for one of them) / 341;
- peak memory at most 60 MiB, at 342 plans and at 3 420, as the child itself saw it.
Then rendering alone, in-process, against the named alternative: a fresh Jinja environment per
report (templates compiled every time). Last, where a plan's milliseconds go, stage by stage,
in-process (best of three passes): load, assess, the report context, each template, the status
table as `ivp status` prints it into a pipe (80 columns, no colour).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collections.abc import Callable
from typing import TypeVar

from corpus import generate_corpus
from measure import compile_ivp, goal, ivp, medians, peak_mib
from rich.console import Console

from ivp_cli.load import LoadedPlan, load_plan, load_plans
from ivp_cli.progress.assess import assess_plan
from ivp_cli.render.cells import PlanStatus
from ivp_cli.render.context import plan_context
from ivp_cli.render.env import make_environment
from ivp_cli.render.report import Format, ReportOptions, render, render_plan, write_text
from ivp_cli.render.status_view import print_text

T = TypeVar("T")

AS_OF = date(2026, 1, 1)


def _commands(folder: Path, target: str, out: Path) -> dict[str, list[str]]:
    when = ["--as-of", AS_OF.isoformat()]
    return {
        "status": ivp("status", target, *when),
        "report": ivp("report", target, "-o", str(out), *when),
    }


def end_to_end(folder: Path, repeat: int) -> None:
    paths = generate_corpus(folder / "342")
    runs = {
        **{
            f"{name} all": command
            for name, command in _commands(folder, str(paths[0].parent), folder / "o1").items()
        },
        **{
            f"{name} one": command
            for name, command in _commands(folder, str(paths[0]), folder / "o2").items()
        },
    }
    found = medians(runs, repeat)
    large = generate_corpus(folder / "3420", 3420)
    print(f"corpus of {len(paths)} plans, median of {repeat} alternated runs")
    for name in ("status", "report"):
        (all_wall, all_cpu), (one_wall, one_cpu) = found[f"{name} all"], found[f"{name} one"]
        per_plan = (all_wall - one_wall) * 1000 / (len(paths) - 1)
        per_plan_cpu = (all_cpu - one_cpu) * 1000 / (len(paths) - 1)
        print(f"  {name}: all {all_wall:.2f} s wall, one of them {one_wall * 1000:.0f} ms wall")
        print(goal(f"{name} per plan after start-up, wall", per_plan, "ms", 5, f"CPU {per_plan_cpu:.2f} ms"))
        for corpus in (paths, large):
            args = _commands(folder, str(corpus[0].parent), folder / f"m{len(corpus)}")[name][1:]
            print(goal(f"{name} peak memory, {len(corpus)} plans", peak_mib(*args), "MiB", 60))


def render_all(plans: list[LoadedPlan], out: Path, fmt: str, *, fresh_environment: bool) -> float:
    options = ReportOptions((fmt,), "nl", AS_OF)  # type: ignore[arg-type]
    start = time.perf_counter()
    for loaded in plans:
        if fresh_environment:
            make_environment.cache_clear()
        assessments = assess_plan(loaded.plan, as_of=AS_OF)
        write_text(out / f"{loaded.path.stem}.{fmt}", render_plan(loaded.plan, assessments, fmt, options))  # type: ignore[arg-type]
    return time.perf_counter() - start


def rendering(folder: Path) -> None:
    plans = load_plans(generate_corpus(folder / "render")).plans
    out = folder / "render-out"
    out.mkdir()
    print(f"rendering alone, in-process, {len(plans)} plans (assess + render + write)")
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
    for fmt in ("md", "html"):
        _best_of_three(f"{fmt} template (Jinja, escaping)", count, _templates(fmt, contexts))
    statuses = [PlanStatus(str(p.path), p.plan, a) for p, a in pairs]
    _best_of_three("status table (rich, 80 columns, no colour)", count, lambda: _status_text(statuses))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    compile_ivp()
    with tempfile.TemporaryDirectory() as tmp:
        end_to_end(Path(tmp), arguments.repeat)
        rendering(Path(tmp))
        stages(Path(tmp))
