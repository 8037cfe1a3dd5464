"""The limits on what a plan file may be, so no small input makes ivp hang or fill the memory.

A plan is a regular file of at most `MAX_PLAN_BYTES`, and holds no anchors, aliases or merge
keys (a plan never needs them, and a 1 KB alias bomb expands to gigabytes). Every reader of a
plan goes through these checks: the file checks when the bytes are read, the size check for
every text (a git revision too), and the node check in the round-trip composer, which every
text with an anchor or alias reaches (the fast path hands such texts over untouched).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

MAX_PLAN_BYTES = 5 * 1024 * 1024
MERGE_TAG = "tag:yaml.org,2002:merge"

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class OutOfBoundsError(Exception):
    """A file or text past a limit; 1-based position, as every diagnostic."""

    def __init__(self, code: str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.code, self.line, self.col, self.message = code, line, col, message


def _too_large(size_text: str) -> OutOfBoundsError:
    limit = MAX_PLAN_BYTES // (1024 * 1024)
    return OutOfBoundsError("IVP007", 1, 1, f"the file is {size_text}; a plan file is at most {limit} MB")


def read_plan_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PLAN_BYTES; OSError when it cannot be opened."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer; fstat then tells what it is.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise OutOfBoundsError(
                "IVP007", 1, 1, f"this is {kind}, not a plan file: a plan is a regular file"
            )
        data = read_at_most(descriptor, info.st_size, MAX_PLAN_BYTES)
    finally:
        os.close(descriptor)
    if len(data) > MAX_PLAN_BYTES:
        raise _too_large("larger than that")
    return data


_CHUNK = 1 << 16  # what a read asks for after the first, when a file grew since its fstat


def read_at_most(descriptor: int, expected: int, limit: int) -> bytes:
    """The bytes of an open file up to `limit` + 1, so a file over the limit shows it by its length.

    The first read asks for the size the file had (`expected`) and one byte more: the whole file,
    with no buffer of `limit` bytes made for a plan of a few kilobytes, and no buffered file object
    (three system calls more per file). A file that grows meanwhile is read on, up to the cut.
    """
    parts: list[bytes] = []
    total = 0
    request = min(expected, limit) + 1
    while total <= limit:
        part = os.read(descriptor, request)
        if not part:
            break
        parts.append(part)
        total += len(part)
        request = min(_CHUNK, limit + 1 - total)
    return b"".join(parts)


def check_text_size(text: str) -> None:
    if len(text) <= MAX_PLAN_BYTES // 4:  # UTF-8 takes at most 4 bytes a character
        return
    size = len(text.encode("utf-8"))
    if size > MAX_PLAN_BYTES:
        raise _too_large(f"{size / (1024 * 1024):.1f} MB")


def refuse_shared_node(anchor: str | None, alias: bool, tag: str | None, mark: Any) -> None:
    """Anchors (`&name`), aliases (`*name`) and merge keys (`<<:`) are refused, at their place."""
    where = (mark.line + 1, mark.column + 1)
    if alias:
        message = f"an alias (*{anchor}): a plan does not repeat blocks by reference; write the values out"
    elif anchor is not None:
        message = f"an anchor (&{anchor}): a plan does not share blocks by reference; write the values out"
    elif tag == MERGE_TAG:
        message = "a merge key (<<:): a plan does not inherit blocks; write the keys out"
    else:
        return
    raise OutOfBoundsError("IVP008", *where, message)
