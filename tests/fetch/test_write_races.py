"""Writers that meet: concurrent `ivp record`, a plan edited during `ivp fetch`, one plan by two paths."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo.odata_server import ODataMock
from ivp_cli.errors import IvpError
from ivp_cli.fetch.pipeline import FetchResult, run_fetch
from ivp_cli.fetch.run import Progress, RunSettings
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import RetryPolicy
from ivp_cli.load import LoadedPlan, load_plan, load_plans
from ivp_cli.write.entries import ManualEntry
from ivp_cli.write.record import record
from tests.concurrently import at_once
from tests.conftest import Ivp

from .conftest import PLAN_DIR, plan_copy

TODAY = dt.date(2025, 3, 1)
INDICATORS = ("halt-verwijzingen", "wapenhandel", "overlast-jeugd")


def _measured(plan: Path) -> dict[str, list[tuple[str, object]]]:
    loaded, diagnostics = load_plan(plan)
    assert loaded is not None, diagnostics
    return {
        indicator.id: [(m.period, m.value) for m in indicator.measurements]
        for _, indicator in loaded.plan.indicators()
    }


def _record_at_once(plan: Path, entries: list[ManualEntry]) -> list[BaseException]:
    return at_once([partial(record, [entry], TODAY, dry_run=False) for entry in entries])


# A function-scoped fixture is fine here: each example makes its own folder.
@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    writes=st.lists(
        st.tuples(st.sampled_from(INDICATORS), st.integers(2000, 2021), st.integers(0, 500)),
        min_size=2,
        max_size=8,
        unique_by=lambda write: (write[0], write[1]),
    )
)
def test_concurrent_records_lose_no_update(
    tmp_path_factory: pytest.TempPathFactory, writes: list[tuple[str, int, int]]
) -> None:
    folder = tmp_path_factory.mktemp("race")
    plan = folder / "testplan.yaml"
    plan.write_bytes((PLAN_DIR / "testplan.yaml").read_bytes())
    before = _measured(plan)
    entries = [
        ManualEntry(plan, indicator, str(year), str(value), "Stichting Halt", f"writer {n}")
        for n, (indicator, year, value) in enumerate(writes)
    ]
    assert _record_at_once(plan, entries) == []
    after = _measured(plan)
    for indicator, year, value in writes:
        assert (str(year), value) in after[indicator], (indicator, year)
    added = sum(len(after[i]) - len(before[i]) for i in after)
    assert added == len(writes)


def test_two_records_of_one_period_at_once_add_one_and_refuse_the_other(tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    entries = [ManualEntry(plan, "halt-verwijzingen", "2023", str(v), "Halt", f"writer {v}") for v in (7, 8)]
    failures = _record_at_once(plan, entries)
    (failure,) = failures
    assert isinstance(failure, IvpError)
    assert failure.lines[0].endswith("halt-verwijzingen already has a measurement for 2023")
    assert len(_measured(plan)["halt-verwijzingen"]) == 1


def test_concurrent_ivp_record_processes_lose_no_update(tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    years = range(2010, 2016)
    commands = [
        [
            sys.executable,
            "-m",
            "ivp_cli",
            "record",
            str(plan),
            "halt-verwijzingen",
            str(y),
            "3",
            "--source",
            "H",
        ]
        for y in years
    ]
    processes = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for c in commands]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [p.returncode for p in processes] == [0] * len(commands), outputs
    assert sorted(period for period, _ in _measured(plan)["halt-verwijzingen"]) == [str(y) for y in years]


def test_a_plan_edited_during_fetch_gets_each_value_under_its_own_indicator(tmp_path: Path) -> None:
    edited = plan_copy(tmp_path, "testplan.yaml")
    untouched = tmp_path / "reference" / "testplan.yaml"
    untouched.parent.mkdir()
    untouched.write_bytes(edited.read_bytes())
    expected = _fetch(untouched)
    # An adviser inserts an indicator above drugshandel while the fetch runs: every position shifts.
    inserted = (
        "      - id: mensenhandel\n"
        "        name: Signalen mensenhandel\n"
        "        unit: count\n"
        "        source: Gemeente\n"
        "        targets:\n"
        "          - type: monitor\n"
    )

    def edit_once(done: int, total: int, what: str) -> None:
        text = edited.read_text(encoding="utf-8")
        if "mensenhandel" not in text:
            marker = "      # Drugshandel:"
            edited.write_text(text.replace(marker, inserted + marker, 1), encoding="utf-8")

    _fetch(edited, edit_once)
    after = _measured(edited)
    assert after.pop("mensenhandel") == []
    assert after == _measured(untouched)
    assert expected.written == [untouched]


def test_a_fetch_spec_changed_during_fetch_refuses_the_write(tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")

    def change_spec(done: int, total: int, what: str) -> None:
        text = plan.read_text(encoding="utf-8")
        plan.write_text(text.replace("SoortMisdrijf: '3.1.3 '", "SoortMisdrijf: '3.1.1 '"), encoding="utf-8")

    try:
        _fetch(plan, change_spec)
    except IvpError as error:
        assert error.lines == (
            f"ivp: {plan}: the file changed while ivp fetched, and the indicator 'wapenhandel' has "
            "another fetch spec now; nothing was written: run ivp fetch again",
        )
    else:
        raise AssertionError("the write was not refused")
    assert "3.1.1 '" in plan.read_text(encoding="utf-8")
    assert _measured(plan)["wapenhandel"] == []


def _fetch(plan: Path, progress: Progress | None = None) -> FetchResult:
    mock = ODataMock()
    loaded: list[LoadedPlan] = load_plans([plan]).plans
    policy = RetryPolicy(attempts=3, base_delay=0.0, timeout=0.5)
    urls = {"politie": mock.url, "cbs": mock.url}
    run = RunSettings(urls, ResponseCache(plan.parent / "cache", "refresh"), policy, 4, mock.transport)
    return run_fetch(loaded, run) if progress is None else run_fetch(loaded, run, progress=progress)


def test_import_csv_naming_one_plan_by_two_paths_writes_both_rows(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    (tmp_path / "sub").mkdir()
    csv = tmp_path / "cijfers.csv"
    csv.write_text(
        "plan,indicator,period,value,source,note\n"
        "testplan.yaml,halt-verwijzingen,2022,11,Stichting Halt,\n"
        f"sub/../{plan.name},halt-verwijzingen,2023,14,Stichting Halt,\n"
        f"{plan},wapenhandel,2023,2,Regio Control,\n",
        encoding="utf-8",
    )
    result = ivp("import-csv", csv)
    assert result.exit_code == 0, result.output
    assert result.stdout == "3 measurement(s) added\n"
    measured = _measured(plan)
    assert measured["halt-verwijzingen"] == [("2022", 11), ("2023", 14)]
    assert measured["wapenhandel"] == [("2023", 2)]


def test_a_unit_changed_during_fetch_so_the_values_no_longer_fit_refuses_the_write(tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    count = "name: Politieregistraties wapenhandel\n        unit: count"

    def change_unit(done: int, total: int, what: str) -> None:
        text = plan.read_text(encoding="utf-8")
        plan.write_text(text.replace(count, count.replace("count", "percentage")), encoding="utf-8")

    try:
        _fetch(plan, change_unit)
    except IvpError as error:
        assert error.lines == (
            f"ivp: {plan}: the file changed while ivp fetched, and the indicator 'wapenhandel' has the "
            "unit 'percentage', which the fetched values do not fit now; nothing was written: "
            "run ivp fetch again",
        )
    else:
        raise AssertionError("the write was not refused")
    assert _measured(plan)["wapenhandel"] == []
