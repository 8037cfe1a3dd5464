"""Commands over many plans hold one at a time, and still show nothing when any plan is invalid."""

from __future__ import annotations

import gc
import os
import shutil
import weakref
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ivp_cli.cli.app import app
from ivp_cli.errors import PlanInvalidError
from ivp_cli.load import LoadedPlan, PlanStream
from ivp_cli.write.staged import StagedWrites
from tests.conftest import PLANS

LANDSMEER = PLANS / "landsmeer-2024-2027.yaml"


def _plans(folder: Path, count: int, broken_last: bool = False) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"plan-{index:02d}.yaml"
        shutil.copy(LANDSMEER, path)
        paths.append(path)
    if broken_last:
        text = paths[-1].read_text(encoding="utf-8").replace("unit: count", "unit: stuks", 1)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_the_stream_keeps_no_plan_it_handed_out(tmp_path: Path) -> None:
    stream = PlanStream(_plans(tmp_path, 4))
    handed_out: list[weakref.ref[LoadedPlan]] = []
    for loaded in stream:
        assert all(ref() is None for ref in handed_out), "an earlier plan is still held"
        handed_out.append(weakref.ref(loaded))
        del loaded
        gc.collect()
    assert len(handed_out) == 4
    assert stream.warnings() == []


def test_after_an_invalid_plan_the_stream_still_checks_every_file(tmp_path: Path) -> None:
    paths = _plans(tmp_path, 3)
    paths.insert(1, tmp_path / "missing.yaml")
    stream = PlanStream(paths)
    assert [loaded.path for loaded in stream] == paths[:1]
    assert {d.path for d in stream.diagnostics} == {str(paths[1])}
    with pytest.raises(PlanInvalidError):
        stream.warnings()


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_status_shows_nothing_when_a_later_plan_is_invalid(tmp_path: Path) -> None:
    _plans(tmp_path, 3, broken_last=True)
    code, out, err = _run("status", str(tmp_path), "--as-of", "2026-01-01")
    assert (code, out) == (1, "")
    assert err.startswith(f"{tmp_path / 'plan-02.yaml'}:")


def test_report_writes_nothing_when_a_later_plan_is_invalid(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    _plans(folder, 3, broken_last=True)
    out = tmp_path / "out" / "reports"
    code, stdout, _ = _run("report", str(folder), "-o", str(out), "--as-of", "2026-01-01")
    assert (code, stdout) == (1, "")
    assert not (tmp_path / "out").exists()


def test_staged_writes_are_in_place_only_after_commit(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    with StagedWrites() as staged:
        staged.add(target, b"new")
        staged.add(tmp_path / "other.md", b"other")
        assert target.read_bytes() == b"old"
        staged.commit()
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.md", "report.md"]


def test_staged_writes_not_committed_leave_no_trace(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), StagedWrites() as staged:
        staged.add(target, b"new")
        staged.add(tmp_path / "new" / "folder" / "x.md", b"x")
        raise RuntimeError("a later plan is invalid")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]


@pytest.mark.parametrize(("durable", "syncs"), [(True, 2), (False, 0)])
def test_reports_are_staged_without_a_sync_and_plans_with_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool, syncs: int
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(os, "fsync", synced.append)
    with StagedWrites(durable=durable) as staged:
        staged.add(tmp_path / "a.md", b"a")
        staged.add(tmp_path / "b.md", b"b")
        staged.commit()
    assert len(synced) == syncs
    assert (tmp_path / "a.md").read_bytes() == b"a" and (tmp_path / "b.md").read_bytes() == b"b"
