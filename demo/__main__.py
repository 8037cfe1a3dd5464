"""`make demo`: the whole pipeline on a copy of the plans, with invented figures from a stand-in.

    python -m demo [--plans plans] [--work build/demo] [--out out]

1. copies the plans to a scratch folder (`plans/` itself is never written; checked at the end);
2. starts the local OData stand-in that the fetch tests use, filled with demonstration figures
   near each plan's baseline (demo/figures.py);
3. runs `ivp fetch --test-data ...` on the copy, so every fetched value is recorded as test
   data and every report, status table and CSV says so;
4. records an action status and an explanation with `ivp record` (texts marked as demonstration);
5. validates the copy and writes the status (text, Markdown, JSON) and the reports (Markdown,
   HTML, CSV, and PDF when WeasyPrint is installed; the regional comparison too) into `out/`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shlex
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from demo.figures import demo_tables
from demo.odata_server import ODataServer
from ivp_cli.load import LoadedPlan, load_plans

NOTE = "demonstratiegegevens van de lokale testserver, geen echt cijfer"
SAID = "Demonstratie, verzonnen tekst:"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=Path, default=Path("plans"))
    parser.add_argument("--work", type=Path, default=Path("build/demo"))
    parser.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args(argv)
    before = fingerprint(args.plans)
    copy = scratch_copy(args.plans, args.work)
    plans = load_plans([copy]).plans
    with stand_in(plans) as url:
        fetch = ["fetch", str(copy), "--refresh", "--cache-dir", str(args.work / "cache")]
        ivp(*fetch, "--base-url", f"politie={url}", "--base-url", f"cbs={url}", "--test-data", NOTE)
    record_accountability(plans)
    ivp("validate", str(copy))
    write_status(copy, args.out)
    write_reports(copy, args.out)
    if fingerprint(args.plans) != before:
        print(f"demo: {args.plans}/ changed; it must not", file=sys.stderr)
        return 1
    print(f"demo: {args.plans}/ unchanged; reports and status in {args.out}/")
    return 0


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.yaml"))}


def scratch_copy(plans: Path, work: Path) -> Path:
    copy = work / "plans"
    if copy.exists():
        shutil.rmtree(copy)
    copy.mkdir(parents=True)
    for plan in sorted(plans.glob("*.yaml")):
        shutil.copyfile(plan, copy / plan.name)
    print(f"demo: copied {len(list(copy.glob('*.yaml')))} plans to {copy}/")
    return copy


@contextmanager
def stand_in(plans: list[LoadedPlan]) -> Iterator[str]:
    server = ODataServer()
    server.state.tables = demo_tables(plans, dt.date.today())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"demo: stand-in for the police and CBS open data at {server.url} (invented figures)")
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def ivp(*args: str, output: Path | None = None) -> None:
    """One `ivp` command as a user types it; its output goes to the terminal or into `output`."""
    print("$ ivp " + shlex.join(args) + (f" > {output}" if output else ""))
    command = [sys.executable, "-m", "ivp_cli", *args]
    if output is None:
        subprocess.run(command, check=True)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as stream:
        subprocess.run(command, check=True, stdout=stream)


def record_accountability(plans: list[LoadedPlan]) -> None:
    """One action status and one explanation, so the reports show what a college reports."""
    last_year = str(dt.date.today().year - 1)
    with_actions = next((p for p in plans if any(t.actions for t in p.plan.themes)), None)
    if with_actions is not None:
        theme = next(t for t in with_actions.plan.themes if t.actions)
        note = f"{SAID} wacht op de regionale aanpak."
        ivp(
            "record",
            str(with_actions.path),
            "--action",
            f"{theme.id}/1",
            "--status",
            "vertraagd",
            "--note",
            note,
        )
    fetched = next(((p, i) for p in plans for _, i in p.plan.indicators() if i.fetch and i.baseline), None)
    if fetched is not None:
        plan, indicator = fetched
        words = [f"{SAID} de cijfers over {last_year} vragen om uitleg.", f"{SAID} extra controles."]
        ivp(
            "record", str(plan.path), "--indicator", indicator.id, "--period", last_year,
            "--explanation", words[0], "--correction", words[1],
        )  # fmt: skip


def write_status(plans: Path, out: Path) -> None:
    ivp("status", str(plans))
    ivp("status", str(plans), "--format", "markdown", output=out / "status.md")
    ivp("status", str(plans), "--format", "json", output=out / "status.json")


def write_reports(plans: Path, out: Path) -> None:
    formats = ["-f", "md", "-f", "html", "-f", "csv"]
    if pdf_available():
        formats += ["-f", "pdf"]
    else:
        print("demo: no PDF: pip install 'ivp-cli[pdf]' to add it")
    ivp("report", str(plans), *formats, "-o", str(out))
    ivp("report", str(plans), *formats, "--combined", "-o", str(out))


def pdf_available() -> bool:
    from ivp_cli.render.pdf import PdfUnavailableError, weasyprint

    try:
        weasyprint()
    except PdfUnavailableError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
