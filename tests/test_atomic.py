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


def test_a_replaced_file_keeps_mode_bits_the_umask_would_take_away(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old")
    target.chmod(0o664)
    old_umask = os.umask(0o022)
    try:
        write_atomic(target, b"new")
    finally:
        os.umask(old_umask)
    assert target.stat().st_mode & 0o7777 == 0o664
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_temp_files_are_named_as_stale_temp_files_finds_them(tmp_path: Path) -> None:
    from ivp_cli.write.atomic import stale_temp_files
    from ivp_cli.write.staged import StagedWrites

    target = tmp_path / "out" / "rapport.md"
    with StagedWrites(durable=False) as staged:
        staged.add(target, b"# rapport\n")
        assert len(stale_temp_files(target)) == 1
    assert not (tmp_path / "out").exists()  # not committed: the temp file and its folder are gone


def test_staged_files_appear_together_on_commit_and_not_at_all_without(tmp_path: Path) -> None:
    from ivp_cli.write.staged import StagedWrites

    files = {tmp_path / f"out{n % 2}" / f"rapport-{n}.md": f"# {n}\n".encode() for n in range(6)}
    with StagedWrites(durable=False) as staged:
        for path, data in files.items():
            staged.add(path, data)
        assert not any(path.exists() for path in files)
    assert not (tmp_path / "out0").exists() and not (tmp_path / "out1").exists()
    with StagedWrites(durable=False) as staged:
        for path, data in files.items():
            staged.add(path, data)
        staged.commit()
    assert {path: path.read_bytes() for path in files} == files
    assert not list(tmp_path.glob("*/.*.tmp"))


def test_a_staged_file_that_holds_its_bytes_already_is_left_alone(tmp_path: Path) -> None:
    from ivp_cli.write.staged import StagedWrites

    same, other = tmp_path / "zelfde.md", tmp_path / "anders.md"
    same.write_bytes(b"# rapport\n")
    other.write_bytes(b"# Rapport\n")  # the same size, other bytes
    before = same.stat()
    with StagedWrites(durable=False) as staged:
        assert staged.add(same, b"# rapport\n") is False
        assert staged.add(other, b"# rapport\n") is True
        assert staged.add(tmp_path / "nieuw.md", b"# rapport\n") is True
        staged.commit()
    assert (same.stat().st_ino, same.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert other.read_bytes() == b"# rapport\n" == (tmp_path / "nieuw.md").read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_short_write_is_carried_on_until_every_byte_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # os.write may write less than it is given (a signal, a pipe, some file systems).
    real_write = os.write
    calls: list[int] = []

    def seven_at_a_time(handle: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        return real_write(handle, data[:7])

    monkeypatch.setattr(os, "write", seven_at_a_time)
    data = bytes(range(256)) * 3
    write_atomic(tmp_path / "report.md", data)
    monkeypatch.undo()
    assert (tmp_path / "report.md").read_bytes() == data
    assert len(calls) == -(-len(data) // 7)
