"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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


@contextmanager
def _synced_temp_beside(path: Path, data: bytes) -> Iterator[Path]:
    # Same folder as the target, so the rename stays on one file system (pip's adjacent_tmp_file).
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(_mode_for(path))
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    """The old file's mode; for a new file what open() would give (mkstemp makes it 0600)."""
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
