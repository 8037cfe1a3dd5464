"""Atomic writes (a crash leaves the old file or the new one), and YAML edits in unusual layouts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from demo.odata_server import ODataServer
from ivp_cli.write.atomic import write_atomic
from ivp_cli.write.measurements import add_measurements
from ivp_cli.write.yamledit import apply_edits, compose, find, preferred_quote
from tests.conftest import Ivp

from .conftest import fast, plan_copy


def test_a_crash_at_the_rename_leaves_the_old_file_and_no_temp(
    ivp: Ivp, odata: ODataServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()

    def crash(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", crash)
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"ivp: {plan}: writing failed; the file was left as it was: No space left on device"
    )
    assert plan.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "testplan.yaml"]


def test_a_crash_halfway_through_the_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old: 1\n")
    real_write = os.write
    calls: list[int] = []

    def half_then_full(fd: int, data: bytes | memoryview) -> int:  # a disk that fills up mid-write
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return real_write(fd, data[: len(data) // 2])

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomic(target, b"new: 2\n" * 1000)
    assert target.read_bytes() == b"old: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


def test_a_failed_fsync_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old: 1\n")

    def fail(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="Input/output error"):
        write_atomic(target, b"new: 2\n")
    assert target.read_bytes() == b"old: 1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


def test_write_atomic_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_bytes(b"old: 1\n")
    target.chmod(0o640)
    write_atomic(target, b"new: 2\r\n")
    assert target.read_bytes() == b"new: 2\r\n"
    assert target.stat().st_mode & 0o777 == 0o640


ITEM = {"period": "2023", "value": 5, "provenance": {"source": "test", "note": "x"}}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # no measurements key, no key after it: appended after the last leaf, before a trailing comment
            "i:\n  - id: a\n    targets:\n      - type: monitor  # t\n# end\n",
            "i:\n  - id: a\n    targets:\n      - type: monitor  # t\n    measurements:\n"
            '      - period: "2023"\n        value: 5\n'
            "        provenance:\n          source: test\n          note: x\n# end\n",
        ),
        (  # no final newline
            "i:\n- id: a\n  targets: [{type: monitor}]",
            'i:\n- id: a\n  targets: [{type: monitor}]\n  measurements:\n    - period: "2023"\n'
            "      value: 5\n      provenance:\n        source: test\n        note: x",
        ),
        (  # a bare `measurements:` key
            "i:\n- id: a\n  measurements:\n  note: n\n",
            'i:\n- id: a\n  measurements:\n    - period: "2023"\n      value: 5\n      provenance:\n'
            "        source: test\n        note: x\n  note: n\n",
        ),
    ],
)
def test_new_items_fit_the_layout(before: str, after: str) -> None:
    root = compose(before)
    indicator = find(root, ["i", 0])
    assert indicator is not None
    assert apply_edits(before, [add_measurements(before, indicator, [ITEM], preferred_quote(root))]) == after
