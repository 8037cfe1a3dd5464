from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Ivp, Outcome
from tests.report.helpers import AS_OF, Report


@pytest.fixture(scope="session")
def report(ivp: Ivp) -> Report:
    def run(out: Path, *args: str | Path) -> Outcome:
        return ivp("report", *args, "-o", out, "--as-of", AS_OF)

    return run
