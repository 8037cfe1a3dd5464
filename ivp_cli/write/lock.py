"""An exclusive lock on a plan file for one read-edit-write cycle, so two writers never interleave.

The lock is the plan file's own `flock`, so no lock file is left behind. A write replaces the
file (a new inode), so a writer that waited on the old file checks, once it holds the lock, that
the name still points at the file it locked, and otherwise locks again. Only ivp takes this lock:
an editor saving meanwhile is caught by the re-read under the lock (`plan_file.write_plans`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ivp_cli.errors import WriteRefusedError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock; the re-read check still applies
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 60.0
_POLL_SECONDS = 0.01


@contextmanager
def locked(path: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock on `path` (a resolved name) for the block; WriteRefusedError after `wait` s."""
    if fcntl is None:
        yield
        return
    descriptor = _lock(path, time.monotonic() + wait)
    try:
        yield
    finally:
        os.close(descriptor)  # closing the descriptor releases the lock


def _lock(path: Path, deadline: float) -> int:
    while True:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            _wait_for_lock(descriptor, path, deadline)
            if _same_file(descriptor, path):
                return descriptor
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)  # replaced while we waited: lock the new file


def _wait_for_lock(descriptor: int, path: Path, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise WriteRefusedError(
                    f"ivp: {path}: another ivp command is still writing this plan; nothing was written"
                ) from None
            time.sleep(_POLL_SECONDS)


def _same_file(descriptor: int, path: Path) -> bool:
    held = os.fstat(descriptor)
    try:
        now = path.stat()
    except FileNotFoundError:
        raise WriteRefusedError(f"ivp: {path}: the file was removed; nothing was written") from None
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)
