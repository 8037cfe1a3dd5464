"""Files written beside their targets and put in place together, or not at all."""

from __future__ import annotations

import os
import stat
from collections import deque
from pathlib import Path
from types import TracebackType

from ivp_cli.errors import WriteRefusedError
from ivp_cli.plan.bounds import read_at_most
from ivp_cli.write.atomic import stat_or_none, write_temp_over


class StagedWrites:
    """Files written beside their targets now and put in place together by `commit`.

    Used as a context manager: whatever is not committed when the block ends (an error, an invalid
    plan found later) is removed, with the folders made for it, and every target stays as it was.
    `durable=False` skips the fsync of each file: right for output made again from the plans in a
    second (reports), where the sync was a third of the time per plan; the rename still keeps each
    file whole for a reader.

    A target that already holds exactly the new bytes is left alone, modification time and all: a
    report made again from unchanged plans changes nothing on disk, so a copy to a website or a
    `make`-style step sees only what changed. It is cheaper too: replacing a file frees the old
    one's blocks, and on a disk mounted with `discard` that was most of a report file's cost.
    """

    def __init__(self, durable: bool = True) -> None:
        self._staged: deque[tuple[Path, Path]] = deque()
        self._made: list[Path] = []
        self._durable = durable
        self._folders: set[Path] = set()  # known to exist: not looked up again for every file

    def add(self, path: Path, data: bytes) -> bool:
        """Stage `data` for `path`; False, and nothing staged, when `path` holds `data` already."""
        old = stat_or_none(path)
        if old is not None and _holds(path, old, data):
            return False
        self._make_folders(path.parent)
        self._staged.append((write_temp_over(path, old, data, self._durable), path))
        return True

    def commit(self) -> None:
        while self._staged:
            temp, path = self._staged[0]
            try:
                temp.replace(path)
            except OSError as error:
                raise WriteRefusedError(f"ivp: cannot put {path} in place: {error.strerror}") from None
            self._staged.popleft()

    def _make_folders(self, folder: Path) -> None:
        if folder in self._folders:
            return
        missing = [parent for parent in [folder, *folder.parents] if not parent.exists()]
        for parent in reversed(missing):
            parent.mkdir()
            self._made.append(parent)
        self._folders.add(folder)

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for temp, _ in self._staged:
            temp.unlink(missing_ok=True)
        self._staged.clear()
        for folder in reversed(self._made):
            if not any(folder.iterdir()):
                folder.rmdir()


def _holds(path: Path, info: os.stat_result, data: bytes) -> bool:
    """Whether `path` (`info`: its stat) is a regular file with exactly `data`, read only when the
    sizes agree."""
    if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
        return False
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        return read_at_most(descriptor, len(data), len(data)) == data
    except OSError:
        return False
    finally:
        os.close(descriptor)
