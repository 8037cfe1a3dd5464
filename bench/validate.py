"""Benchmark `ivp validate` and `ivp --help`: against check-jsonschema, per plan, and its memory.

Run: .venv/bin/python bench/validate.py [--repeat N]
Every figure is the median of N runs of the installed `ivp` in a child process, alternated with
the runs it is compared to, and printed beside its goal (issue 12):
- `ivp --help` at most 120 ms;
- the shipped plans at most 0.5x the time of `check-jsonschema --schemafile schemas/plan.schema.json
  plans/*.yaml` (schema only, no domain rules), measured in the same run; beside them
  bench/floor.py, the same command line on typer, pydantic and libyaml checking one key, which
  shows what those libraries take before ivp does any work of its own;
- the 342-plan corpus (bench/corpus.py) at most 3 ms per plan after start-up: (time for the corpus
  - time for one of its plans) / 341;
- peak memory at most 60 MiB, at 342 plans and at 3 420, as the child itself saw it.
Wall time moves with whatever else the machine runs; CPU time (the child's) is printed beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_corpus
from measure import BIN, REPO, compile_ivp, goal, ivp, medians, peak_mib

FLOOR = Path(__file__).resolve().parent / "floor.py"


def _ms(seconds: float) -> float:
    return seconds * 1000


def start_up(repeat: int) -> None:
    found = medians({"help": ivp("--help")}, repeat)["help"]
    print("start-up")
    print(goal("ivp --help, wall", _ms(found[0]), "ms", 120, f"CPU {_ms(found[1]):.0f} ms"))


def against_check_jsonschema(repeat: int) -> None:
    plans = sorted(str(path.relative_to(REPO)) for path in (REPO / "plans").glob("*.yaml"))
    checker = [str(BIN / "check-jsonschema"), "--schemafile", "schemas/plan.schema.json", *plans]
    floor = [sys.executable, str(FLOOR), "validate", "plans/"]
    found = medians({"ivp": ivp("validate", "plans/"), "check-jsonschema": checker, "floor": floor}, repeat)
    (ivp_wall, ivp_cpu), (ref_wall, ref_cpu) = found["ivp"], found["check-jsonschema"]
    floor_wall, floor_cpu = found["floor"]
    print(f"{len(plans)} shipped plans, median of {repeat} alternated runs")
    print(f"  ivp validate plans/              {_ms(ivp_wall):7.0f} ms wall {_ms(ivp_cpu):7.0f} ms CPU")
    print(f"  check-jsonschema (schema only)   {_ms(ref_wall):7.0f} ms wall {_ms(ref_cpu):7.0f} ms CPU")
    print(f"  bench/floor.py (one key checked) {_ms(floor_wall):7.0f} ms wall {_ms(floor_cpu):7.0f} ms CPU")
    print(goal("ivp / check-jsonschema, wall", ivp_wall / ref_wall, "x", 0.5))
    print(goal("ivp / check-jsonschema, CPU", ivp_cpu / ref_cpu, "x", 0.5))
    print(goal("floor / check-jsonschema, wall", floor_wall / ref_wall, "x", 0.5, "typer + pydantic alone"))


def corpus(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = generate_corpus(Path(folder) / "342")
        runs = {"corpus": ivp("validate", str(paths[0].parent)), "one": ivp("validate", str(paths[0]))}
        found = medians(runs, repeat)
        (all_wall, all_cpu), (one_wall, one_cpu) = found["corpus"], found["one"]
        per_plan_wall = _ms(all_wall - one_wall) / (len(paths) - 1)
        per_plan_cpu = _ms(all_cpu - one_cpu) / (len(paths) - 1)
        small = peak_mib("validate", str(paths[0].parent))
        large = generate_corpus(Path(folder) / "3420", 3420)
        big = peak_mib("validate", str(large[0].parent))
    print(f"corpus of {len(paths)} plans, median of {repeat} alternated runs")
    print(f"  all: {all_wall:.2f} s wall, {all_cpu:.2f} s CPU; one of them: {_ms(one_wall):.0f} ms wall")
    print(
        goal("validate per plan after start-up, wall", per_plan_wall, "ms", 3, f"CPU {per_plan_cpu:.2f} ms")
    )
    print(goal(f"peak memory, {len(paths)} plans", small, "MiB", 60))
    print(goal(f"peak memory, {len(large)} plans", big, "MiB", 60))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    arguments = parser.parse_args()
    compile_ivp()
    start_up(arguments.repeat)
    against_check_jsonschema(arguments.repeat)
    corpus(max(3, arguments.repeat // 2))
