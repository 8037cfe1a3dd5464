import os
from pathlib import Path

import pytest

from ivp_cli.write.atomic import create_atomic, write_atomic


def test_create_refuses_an_existing_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        create_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_a_new_file_gets_the_ordinary_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.md", b"# rapport\n")
        create_atomic(tmp_path / "new.yaml", b"schema_version: 1\n")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "report.md").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "new.yaml").stat().st_mode & 0o777 == 0o644
