"""Usage errors and invalid plans: messages, exit codes, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Ivp

from .editing import PlanEdit

Edit = Callable[[str], PlanEdit]


def test_missing_file_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert result.exit_code == 2
    assert result.stderr == f"ivp diff: no such file: {tmp_path / 'a.yaml'}, {tmp_path / 'b.yaml'}\n"


def test_one_file_is_not_enough(ivp: Ivp) -> None:
    result = ivp("diff", "plans/landsmeer-2024-2027.yaml")
    assert result.exit_code == 2
    assert "give two plan files (OLD NEW)" in result.stderr


def test_an_invalid_new_version_is_reported_with_its_location(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit("landsmeer-2024-2027.yaml").replace(
        "municipality:", "cbs_code: 'GM0415'", "cbs_code: 415"
    )
    result = ivp("diff", edit.old, edit.new)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"{edit.new}:5:")


def test_an_invalid_old_version_is_named_by_its_own_path(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit("landsmeer-2024-2027.yaml").replace(
        "municipality:", "cbs_code: 'GM0415'", "cbs_code: 415"
    )
    result = ivp("diff", edit.new, edit.old)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{edit.new}:5:")


def test_json_lists_every_change_with_its_message(ivp: Ivp, plan_edit: Edit) -> None:
    edit = plan_edit("landsmeer-2024-2027.yaml").replace(
        "id: politieregistraties-drugshandel", "type: at_most_baseline", "type: equal_to_baseline"
    )
    document = json.loads(ivp("diff", edit.old, edit.new, "--format", "json").stdout)
    (change,) = document["files"][0]["changes"]
    assert change["kind"] == "target_changed"
    assert change["indicator"] == "politieregistraties-drugshandel"
    assert change["old"] == {
        "text": "Gelijk of lager aantal registraties",
        "year": 2027,
        "type": "at_most_baseline",
    }
    assert change["new"]["type"] == "equal_to_baseline"
    assert change["message"].startswith(
        "Doel gewijzigd (niet strenger of soepeler te noemen): gelijk aan of lager"
    )
    assert document["summary"] == {"target_changed": 1}
