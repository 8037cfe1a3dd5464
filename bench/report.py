"""Benchmark `ivp report` over the 342-plan corpus (bench/corpus.py): time per report, peak memory.

Renders every plan to Markdown and HTML with the real progress assessments, then once more with a
fresh Jinja environment per report (templates compiled every time) as the named alternative, and
prints the ratio. Run: .venv/bin/python bench/report.py
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus

from ivp_cli.load import LoadedPlan, load_plans
from ivp_cli.progress.assess import assess_plan
from ivp_cli.render.env import make_environment
from ivp_cli.render.report import ReportOptions, render_plan, write_text

AS_OF = date(2026, 1, 1)


def render_all(plans: list[LoadedPlan], out: Path, fmt: str, *, fresh_environment: bool) -> float:
    options = ReportOptions((fmt,), "nl", AS_OF)  # type: ignore[arg-type]
    start = time.perf_counter()
    for loaded in plans:
        if fresh_environment:
            make_environment.cache_clear()
        assessments = assess_plan(loaded.plan, as_of=AS_OF)
        write_text(out / f"{loaded.path.stem}.{fmt}", render_plan(loaded.plan, assessments, fmt, options))  # type: ignore[arg-type]
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate_corpus(Path(tmp) / "plans", count=342)
        start = time.perf_counter()
        loaded = load_plans(paths)
        load_seconds = time.perf_counter() - start
        assert not [d for d in loaded.diagnostics if d.severity == "error"], loaded.diagnostics[:3]
        plans = loaded.plans
        out = Path(tmp) / "out"
        out.mkdir()
        print(f"corpus: {len(plans)} plans, loaded and validated in {load_seconds:.2f} s (not counted below)")
        for fmt in ("md", "html"):
            cached = render_all(plans, out, fmt, fresh_environment=False)
            fresh = render_all(plans, out, fmt, fresh_environment=True)
            size = sum(path.stat().st_size for path in out.glob(f"*.{fmt}")) / len(plans) / 1024
            per_report = cached / len(plans) * 1000
            print(
                f"{fmt:4}: {cached:6.2f} s for {len(plans)} reports = {per_report:6.1f} ms/report "
                f"(assess + render + write, avg {size:.0f} KiB); fresh Jinja environment per report: "
                f"{fresh / len(plans) * 1000:6.1f} ms/report, ratio {fresh / cached:.1f}x"
            )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (max RSS of this process): {peak:.0f} MiB")


if __name__ == "__main__":
    main()
