"""`ivp record` and `ivp import-csv`: manual figures through the same format-preserving write."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ivp_cli.load import load_plan
from ivp_cli.plan.model import ManualProvenance
from ivp_cli.plan.periods import Period
from tests.conftest import Ivp

from .conftest import plan_copy

TODAY = dt.datetime.now(dt.UTC).date().isoformat()


def test_record_adds_a_manual_measurement(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml", crlf=True)
    before = plan.read_bytes()
    result = ivp(
        "record", str(plan), "halt-verwijzingen", "2023", "14", "--source", "Stichting Halt",
        "--note", "jaarcijfers Halt", "--by", "OOV",
    )  # fmt: skip
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "1 measurement(s) added"
    after = plan.read_bytes()
    assert after.startswith(before)  # the indicator is the file's last: everything before stays
    assert (
        after[len(before) :]
        == (
            "        measurements:\r\n"
            "          - period: '2023'\r\n"
            "            value: 14\r\n"
            "            provenance:\r\n"
            "              source: manual\r\n"
            "              reference: Stichting Halt\r\n"
            f"              entered_at: '{TODAY}'\r\n"
            "              entered_by: OOV\r\n"
            "              note: jaarcijfers Halt\r\n"
        ).encode()
    )
    loaded, _ = load_plan(plan)
    assert loaded is not None
    (measurement,) = loaded.plan.themes[1].indicators[1].measurements
    assert isinstance(measurement.provenance, ManualProvenance)
    assert measurement.provenance.entered_at == dt.date.fromisoformat(TODAY)


def test_record_refuses_a_period_that_is_already_there(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result = ivp("record", plan, "drugshandel", "2022", "5", "--source", "Gemeente")
    assert result.exit_code == 1
    assert result.stderr == "ivp: command line: drugshandel already has a measurement for 2022\n"
    assert plan.read_bytes() == before


def test_record_dry_run_prints_the_diff(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result = ivp("record", plan, "halt-verwijzingen", "2023H1", "6", "--source", "RIEC", "--dry-run")
    assert result.exit_code == 0
    assert "+          - period: '2023H1'\n" in result.stdout
    assert result.stdout.splitlines()[-1] == "1 measurement(s) would be added"
    assert plan.read_bytes() == before


def test_record_dry_run_shows_hidden_characters_of_the_plan_text(ivp: Ivp, tmp_path: Path) -> None:
    # A right-to-left override in a comment would turn the printed diff around on a terminal.
    plan = plan_copy(tmp_path, "testplan.yaml")
    plan.write_text(plan.read_text(encoding="utf-8") + "            # Halt\u202e\n", encoding="utf-8")
    result = ivp("record", plan, "halt-verwijzingen", "2023H1", "6", "--source", "RIEC", "--dry-run")
    assert result.exit_code == 0
    assert " # Halt\\u202e\n" in result.stdout
    assert "\u202e" not in result.stdout


def write_csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "cijfers.csv"
    path.write_text(
        "plan,indicator,period,value,source,note\n" + "".join(r + "\n" for r in rows), encoding="utf-8"
    )
    return path


def test_import_csv_adds_every_row(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    csv = write_csv(
        tmp_path,
        "testplan.yaml,halt-verwijzingen,2022,11,Stichting Halt,",
        "testplan.yaml,halt-verwijzingen,2023,14,Stichting Halt,voorlopig",
        'testplan.yaml,wapenhandel,2021,"3",Regio Control,test',
    )
    result = ivp("import-csv", csv, "--by", "OOV")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "3 measurement(s) added"
    loaded, _ = load_plan(plan)
    assert loaded is not None
    halt = loaded.plan.themes[1].indicators[1]
    assert [(m.period, m.value, m.provenance.note) for m in halt.measurements] == [  # type: ignore[union-attr]
        ("2022", 11, None),
        ("2023", 14, "voorlopig"),
    ]
    assert [(m.period, m.value) for m in loaded.plan.themes[0].indicators[1].measurements] == [("2021", 3)]


def test_import_csv_rejects_decimal_commas_with_their_line_and_writes_nothing(
    ivp: Ivp, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    csv = write_csv(
        tmp_path,
        "testplan.yaml,halt-verwijzingen,2022,11,Stichting Halt,",
        'testplan.yaml,halt-verwijzingen,2023,"12,5",Stichting Halt,',
        "testplan.yaml,geen-indicator,2023,3,RIEC,",
        'testplan.yaml,halt-verwijzingen,2021,"1.234,5",Gemeente,',
    )
    result = ivp("import-csv", csv)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"ivp: {csv}:3: '12,5' has a decimal comma; write 12.5",
        f"ivp: {csv}:4: testplan.yaml has no indicator 'geen-indicator'",
        f"ivp: {csv}:5: '1.234,5' has a decimal comma; write 1234.5",
    ]
    assert plan.read_bytes() == before


def test_import_csv_needs_its_columns(ivp: Ivp, tmp_path: Path) -> None:
    csv = tmp_path / "cijfers.csv"
    csv.write_text("plan;indicator;period;value;source;note\n", encoding="utf-8")
    result = ivp("import-csv", csv)
    assert result.exit_code == 1
    assert result.stderr == (
        f"ivp: {csv}:1: expected the columns plan,indicator,period,value,source,note, "
        "found ['plan;indicator;period;value;source;note']\n"
    )


def test_record_prints_only_its_count_when_writing(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("record", plan, "halt-verwijzingen", "2023", "14", "--source", "Stichting Halt")
    assert result.stdout == "1 measurement(s) added\n"


def test_the_duplicate_check_of_import_csv_is_linear(
    ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted, not timed: each row's period is parsed once (200 000 rows took 98 s when every row
    # was compared with every row before it).
    import ivp_cli.write.record as record_module

    parsed: list[str] = []
    from ivp_cli.plan.periods import parse_period as real_parse

    def counting(text: str) -> Period:
        parsed.append(text)
        return real_parse(text)

    monkeypatch.setattr(record_module, "parse_period", counting)
    plan_copy(tmp_path, "testplan.yaml")
    rows = [
        f"testplan.yaml,halt-verwijzingen,{year}-{month:02d},{month},Halt,"
        for year in range(1900, 2000)
        for month in range(1, 13)
    ]
    result = ivp("import-csv", write_csv(tmp_path, *rows), "--dry-run")
    assert result.exit_code == 0, result.output
    assert len(parsed) == len(rows) == 1200
