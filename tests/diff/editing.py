"""Copies of the real plans, edited the way a municipal editor would."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import PLANS


class PlanEdit:
    """The old version is the real plan; `replace` edits the new version in place, text-wise."""

    def __init__(self, folder: Path, name: str) -> None:
        self.old = folder / "old" / name
        self.new = folder / "new" / name
        for path in (self.old, self.new):
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(PLANS / name, path)

    def replace(self, after: str, old: str, new: str) -> PlanEdit:
        """Replace the first `old` that follows the first `after` (an anchor such as an id)."""
        text = self.new.read_text(encoding="utf-8")
        start = text.index(after)
        at = text.index(old, start)
        self.new.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
        return self
