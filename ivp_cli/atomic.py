"""Atomic file replacement: the target is always the old file or the new one, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temp file beside `path`, fsync it, then rename it (`os.replace`) over `path`.

    The temp file lives in the same folder so the rename stays on one file system (pip's
    `adjacent_tmp_file` does the same); it is removed when anything fails before the rename.
    """
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(path, temp)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _keep_mode(original: Path, temp: Path) -> None:
    if original.exists():
        temp.chmod(original.stat().st_mode & 0o7777)
