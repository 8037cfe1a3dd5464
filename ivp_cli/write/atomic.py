"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import glob
import os
import re
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType


def write_atomic(path: Path, data: bytes) -> None:
    """Replace (or create) `path` with `data` through a synced temp file and a rename."""
    with _synced_temp_beside(path, data) as temp:
        temp.replace(path)


def create_atomic(path: Path, data: bytes) -> None:
    """Create `path` with `data`; FileExistsError when the name is taken, even in a race.

    A hard link never overwrites, unlike a rename, so an existing file is refused atomically.
    """
    with _synced_temp_beside(path, data) as temp:
        os.link(temp, path)


class StagedWrites:
    """Files written beside their targets now and put in place together by `commit`.

    Used as a context manager: whatever is not committed when the block ends (an error, an invalid
    plan found later) is removed, with the folders made for it, and every target stays as it was.
    `durable=False` skips the fsync of each file: right for output made again from the plans in a
    second (reports), where the sync was a third of the time per plan; the rename still keeps each
    file whole for a reader.
    """

    def __init__(self, durable: bool = True) -> None:
        self._staged: deque[tuple[Path, Path]] = deque()
        self._made: list[Path] = []
        self._durable = durable

    def add(self, path: Path, data: bytes) -> None:
        missing = [folder for folder in [path.parent, *path.parent.parents] if not folder.exists()]
        for folder in reversed(missing):
            folder.mkdir()
            self._made.append(folder)
        self._staged.append((_synced_temp(path, data, self._durable), path))

    def commit(self) -> None:
        while self._staged:
            temp, path = self._staged[0]
            temp.replace(path)
            self._staged.popleft()

    def __enter__(self) -> StagedWrites:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if not self._staged:
            return
        for temp, _ in self._staged:
            temp.unlink(missing_ok=True)
        self._staged.clear()
        for folder in reversed(self._made):
            if not any(folder.iterdir()):
                folder.rmdir()


@contextmanager
def _synced_temp_beside(path: Path, data: bytes) -> Iterator[Path]:
    temp = _synced_temp(path, data)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def _synced_temp(path: Path, data: bytes, durable: bool = True) -> Path:
    # Same folder as the target, so the rename stays on one file system (pip's adjacent_tmp_file).
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        _take_mode_and_owner(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _take_mode_and_owner(temp: Path, path: Path) -> None:
    """The old file's mode, owner and group; for a new file the mode open() would give (not 0600)."""
    try:
        old = path.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        temp.chmod(0o666 & ~umask)
        return
    # Owner first: chown may clear the set-id bits that chmod then puts back.
    for uid in (old.st_uid, -1):  # only root may give a file away; the group may still be kept
        try:
            os.chown(temp, uid, old.st_gid)
            break
        except (PermissionError, AttributeError):
            continue
    temp.chmod(old.st_mode & 0o7777)


def stale_temp_files(path: Path) -> list[Path]:
    """Temp files of `path` left by a write that was killed (the names `_synced_temp_beside` makes)."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.tmp$")
    return sorted(
        item for item in path.parent.glob(f".{glob.escape(path.name)}.*.tmp") if pattern.match(item.name)
    )
