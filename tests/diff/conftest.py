from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .editing import PlanEdit


@pytest.fixture
def plan_edit(tmp_path: Path) -> Callable[[str], PlanEdit]:
    return lambda name: PlanEdit(tmp_path, name)
