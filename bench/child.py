"""`python bench/child.py REPORT.json ARGS...`: run `ivp ARGS...`, then write this process's own peak
memory to REPORT.json (see bench/measure.py for why the child measures itself)."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
from pathlib import Path


def _peak_mib() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux: the best there is


if __name__ == "__main__":
    from ivp_cli.cli.app import main

    report, args = Path(sys.argv[1]), sys.argv[2:]
    with Path(os.devnull).open("w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
        code = main(args)
    report.write_text(json.dumps({"code": code, "peak_mib": _peak_mib()}), encoding="utf-8")
    sys.exit(code)
