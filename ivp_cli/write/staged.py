"""Files written beside their targets and put in place together, or not at all."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from types import TracebackType

from ivp_cli.errors import WriteRefusedError
from ivp_cli.write.atomic import write_temp


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
        self._folders: set[Path] = set()  # known to exist: not looked up again for every file

    def add(self, path: Path, data: bytes) -> None:
        self._make_folders(path.parent)
        self._staged.append((write_temp(path, data, self._durable), path))

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
