"""`ivp fetch` end to end against the local server: values, revisions, layout kept byte for byte."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from demo.odata_server import ODataServer
from ivp_cli.load import load_plan
from ivp_cli.plan.model import OpenDataProvenance
from tests.conftest import Ivp

from .conftest import fast, plan_copy

STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def changed_lines(old: bytes, new: bytes) -> tuple[list[bytes], list[bytes]]:
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    removed: list[bytes] = []
    added: list[bytes] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for _, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed.extend(old_lines[old_start:old_end] if _ != "equal" else [])
        added.extend(new_lines[new_start:new_end] if _ != "equal" else [])
    return removed, added


def test_fetch_adds_values_revises_and_flags_the_baseline(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{plan}: drugshandel: revised 2022: 70 -> 1,022",
        f"{plan}: drugshandel: baseline revised by source: document 4, source now 1,022"
        " (2022; not rewritten)",
        f"{plan}: wapenhandel: baseline revised by source: document 78, source now 1,022"
        " (2022; not rewritten)",
        f"{plan}: overlast-jeugd: baseline revised by source: document 53, source now 1,022"
        " (2022; not rewritten)",
        "indicators: 2 updated, 0 unchanged, 1 revised, 0 failed",
        "requests: 6 (retries 0, from cache 0)",
    ]
    loaded, _ = load_plan(plan)
    assert loaded is not None
    drugs, arms = loaded.plan.themes[0].indicators
    # The police mark every period "Definitief"; ivp keeps the source's word.
    assert [(m.period, m.value, m.status) for m in drugs.measurements] == [
        ("2022", 1022, "definitief"),
        ("2023", 1023, "definitief"),
    ]
    assert loaded.plan.themes[0].indicators[0].baseline.value == 4  # type: ignore[union-attr]
    assert [(m.period, m.value) for m in arms.measurements] == [("2022", 1022), ("2023", 1023)]
    provenance = arms.measurements[1].provenance
    assert isinstance(provenance, OpenDataProvenance)
    assert provenance.keys == {"SoortMisdrijf": "3.1.3 ", "RegioS": "GM0415"}
    assert provenance.periods == ["2023JJ00"]
    assert (provenance.source, provenance.table, provenance.measure) == (
        "politie",
        "47013NED",
        "GeregistreerdeMisdrijven_1",
    )


def test_yearly_values_come_from_jj00_when_the_table_lists_them(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("fetch", plan, *fast(odata)).exit_code == 0
    loaded, _ = load_plan(plan)
    assert loaded is not None
    youth = loaded.plan.themes[1].indicators[0]
    # 47021NED lists 2022JJ00 and 2023JJ00; 2024 has only months up to March, so nothing is written.
    assert [(m.period, m.value, m.status) for m in youth.measurements] == [
        ("2022", 1022, "definitief"),
        ("2023", 1023, "definitief"),
    ]
    assert youth.measurements[0].provenance.periods == ["2022JJ00"]  # type: ignore[union-attr]
    # 47013NED has yearly rows too, as the live table does.
    added = loaded.plan.themes[0].indicators[0].measurements[1]
    assert added.provenance.periods == ["2023JJ00"]  # type: ignore[union-attr]


def test_monthly_sums_skip_years_with_an_unpublished_month(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    table = odata.state.tables["47013NED"]
    table.periods = [row for row in table.periods if "JJ" not in row["Key"]]  # monthly only, as 47022NED
    table.set(None, SoortMisdrijf="3.1.3 ", RegioS="GM0415", Perioden="2023MM07")
    table.set(5, SoortMisdrijf="3.1.3 ", RegioS="GM0415", Perioden="2022MM02")
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert f"{plan}: wapenhandel: 2023: not published by the source (unknown)" in result.stdout
    loaded, _ = load_plan(plan)
    assert loaded is not None
    arms = loaded.plan.themes[0].indicators[1]
    assert [(m.period, m.value) for m in arms.measurements] == [("2022", 78 - 2 + 5)]


def test_layout_outside_the_changed_values_is_byte_identical(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml", crlf=True)
    before = plan.read_bytes()
    assert ivp("fetch", plan, *fast(odata)).exit_code == 0
    after = plan.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n")
    removed, added = changed_lines(before, after)
    assert removed == [
        b"            value: 70\r\n",
        b"              periods: [2022MM01, 2022MM02, 2022MM03, 2022MM04, 2022MM05, 2022MM06, 2022MM07,"
        b" 2022MM08,\r\n",
        b"                2022MM09, 2022MM10, 2022MM11, 2022MM12]\r\n",
        b"              retrieved_at: '2025-01-10T08:00:00Z'\r\n",
        b"        measurements: []\r\n",
    ]
    assert added[0] == b"            value: 1022\r\n"
    # The revised value's provenance is the one it was revised with: the source now publishes the
    # year as a whole, where the old value was the sum of its twelve months.
    assert added[1] == b"              periods: ['2022JJ00']\r\n"
    assert STAMP.sub(b"T", added[2]) == b"              retrieved_at: 'T'\r\n"
    # New items take the file's own layout: the list's indentation and its single quotes.
    assert added[3:6] == [
        b"          - period: '2023'\r\n",
        b"            value: 1023\r\n",
        b"            status: definitief\r\n",
    ]
    assert b"        measurements:\r\n        - period: '2022'\r\n" in after
    assert after.index(b"measurements:\r\n        - period: '2022'") < after.index(b"note: No measurements")
    assert b"          # 2023 comes next\r\n" in after
    assert b"        measurements:\r\n          - period: '2022'\r\n            value: 1022\r\n" in after


def test_a_second_run_changes_nothing(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("fetch", plan, *fast(odata)).exit_code == 0
    written = plan.read_bytes()
    result = ivp("fetch", plan, *fast(odata), "--refresh")
    assert result.exit_code == 0
    assert plan.read_bytes() == written
    assert "indicators: 0 updated, 3 unchanged, 0 revised, 0 failed" in result.stdout


def test_dry_run_prints_the_diff_and_writes_nothing(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result = ivp("fetch", plan, *fast(odata), "--dry-run")
    assert result.exit_code == 0
    assert plan.read_bytes() == before
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"--- a/{plan}", f"+++ b/{plan}"]
    assert "-            value: 70" in lines
    assert "+            value: 1022" in lines
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "testplan.yaml"]


def test_without_a_terminal_progress_is_plain_lines_on_stderr(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert sorted(line[6:] for line in result.stderr.splitlines()) == [
        "politie 47013NED GeregistreerdeMisdrijven_1: 2 indicator(s)",
        "politie 47021NED GeregistreerdeOverlast_1: 1 indicator(s)",
    ]
    assert sorted(line[:6] for line in result.stderr.splitlines()) == ["[1/2] ", "[2/2] "]


def test_an_edit_finds_its_place_in_a_text_only_ruamel_reads() -> None:
    from ivp_cli.write.yamledit import apply_edits, compose, find, replace_scalar

    text = "a:\n  value: 1\n  note:\n    :  tekst met een dubbele punt vooraan\n"
    node = find(compose(text), ["a", "value"])
    assert node is not None
    assert apply_edits(text, [replace_scalar(node, 2)]) == text.replace("value: 1", "value: 2")


def test_an_empty_value_is_replaced_after_its_colon() -> None:
    from ivp_cli.write.yamledit import apply_edits, compose, find, replace_scalar

    text = "a:\r\n  value:   # nog onbekend\r\n  b: 1\r\n"
    node = find(compose(text), ["a", "value"])
    assert node is not None
    assert apply_edits(text, [replace_scalar(node, 5)]) == "a:\r\n  value: 5   # nog onbekend\r\n  b: 1\r\n"


def test_test_data_option_records_values_from_a_stand_in_as_test_data(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", str(plan), *fast(odata), "--test-data", "demonstratie")
    assert result.exit_code == 0, result.output
    loaded, _ = load_plan(plan)
    assert loaded is not None
    arms = loaded.plan.themes[0].indicators[1]
    assert [m.provenance.model_dump() for m in arms.measurements] == [
        {"source": "test", "note": "demonstratie (politie 47013NED)"},
    ] * 2
    report = ivp("status", str(plan), "--format", "markdown")
    assert "**Let op: dit plan bevat testgegevens." in report.stdout


def test_a_revised_value_without_a_status_gets_the_one_the_source_gives_in_its_place(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("fetch", plan, *fast(odata)).exit_code == 0
    text = plan.read_text(encoding="utf-8")
    item = "          - period: '2023'\n            value: 1023\n            status: definitief\n"
    assert text.count(item) == 2  # drugshandel's 2023 comes first, then wapenhandel's
    without = item.replace("            status: definitief\n", "")
    plan.write_text(text.replace(item, without, 1), encoding="utf-8")
    odata.state.tables["47013NED"].set(1030, SoortMisdrijf="3.1.1 ", RegioS="GM0415", Perioden="2023JJ00")
    result = ivp("fetch", plan, *fast(odata), "--refresh")
    assert result.exit_code == 0, result.output
    assert f"{plan}: drugshandel: revised 2023: 1,023 -> 1,030" in result.stdout
    written = plan.read_text(encoding="utf-8")
    assert "          - period: '2023'\n            value: 1030\n            status: definitief\n" in written
    assert written.count("status: definitief") == text.count("status: definitief")
    loaded, diagnostics = load_plan(plan)
    assert loaded is not None and diagnostics == []
