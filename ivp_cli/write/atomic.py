"""Atomic file writes: a reader sees the old file or the new one, never half of either."""

from __future__ import annotations

import errno
import glob
import os
import random
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace (or create) `path` with `data` through a temp file and a rename.

    `durable` syncs the temp file first, so a crash leaves the old file or the whole new one. Without
    it a crash may leave an empty file, which is right only for data that can be made again.
    """
    with _synced_temp_beside(path, data, durable) as temp:
        temp.replace(path)


def create_atomic(path: Path, data: bytes) -> None:
    """Create `path` with `data`; FileExistsError when the name is taken, even in a race.

    A hard link never overwrites, unlike a rename, so an existing file is refused atomically.
    """
    with _synced_temp_beside(path, data) as temp:
        os.link(temp, path)


@contextmanager
def _synced_temp_beside(path: Path, data: bytes, durable: bool = True) -> Iterator[Path]:
    temp = write_temp(path, data, durable)
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def write_temp(path: Path, data: bytes, durable: bool = True) -> Path:
    """A temp file beside `path` holding `data`, with the mode and owner `path` has; not yet in place."""
    return write_temp_over(path, stat_or_none(path), data, durable)


def write_temp_over(path: Path, old: os.stat_result | None, data: bytes, durable: bool = True) -> Path:
    """`write_temp` for a caller that has just looked `path` up (`old`: its stat, None when absent)."""
    # Same folder as the target, so the rename stays on one file system (pip's adjacent_tmp_file).
    if old is not None and stat.S_ISDIR(old.st_mode):
        # Refused now, while nothing is in place yet: the rename would fail only at the end.
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    # Created with the mode it ends with, so the common case needs no chmod or chown: each is an
    # inode change of its own, and with the create and the rename they made up most of a report
    # file's cost. A new file gets what open() would give it (0666 less the umask), not 0600.
    handle, temp = _new_temp(path, 0o666 if old is None else old.st_mode & 0o7777)
    try:
        try:
            _write_all(handle, data)
            if old is not None:
                _take_mode_and_owner(handle, old)
            if durable:
                os.fsync(handle)
        finally:
            os.close(handle)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _write_all(handle: int, data: bytes) -> None:
    # os.write, not a file object, which would add an fstat, an ioctl and a seek to every file.
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view) :]


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _new_temp(path: Path, mode: int) -> tuple[int, Path]:
    """A new file `.NAME.XXXXXXXX.tmp` beside `path` (the names `stale_temp_files` knows)."""
    for _ in range(100):
        temp = path.with_name(f".{path.name}.{random.getrandbits(32):08x}.tmp")
        try:
            return os.open(temp, _CREATE, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _take_mode_and_owner(handle: int, old: os.stat_result) -> None:
    """The old file's owner, group and mode, where creating the temp file did not already give them."""
    now = os.fstat(handle)
    if (now.st_uid, now.st_gid) != (old.st_uid, old.st_gid):
        # Owner first: chown may clear the set-id bits that chmod then puts back.
        for uid in (old.st_uid, -1):  # only root may give a file away; the group may still be kept
            try:
                os.fchown(handle, uid, old.st_gid)
                break
            except (PermissionError, AttributeError):
                continue
        now = os.fstat(handle)
    if now.st_mode & 0o7777 != old.st_mode & 0o7777:  # the umask took bits away, or chown did
        os.fchmod(handle, old.st_mode & 0o7777)


def stale_temp_files(path: Path) -> list[Path]:
    """Temp files of `path` left by a write that was killed (the names `_synced_temp_beside` makes)."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.tmp$")
    return sorted(
        item for item in path.parent.glob(f".{glob.escape(path.name)}.*.tmp") if pattern.match(item.name)
    )
