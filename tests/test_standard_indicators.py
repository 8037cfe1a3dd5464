"""The standard catalogue: BBV definitions with their sources, `catalog:` in plans, `ivp new --bbv`,
and Halt figures by hand."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ivp_cli.load import load_plan
from ivp_cli.plan import catalog, standard
from tests.conftest import REPO, Ivp

BBV = (
    "bbv-verwijzingen-halt",
    "bbv-winkeldiefstallen",
    "bbv-geweldsmisdrijven",
    "bbv-diefstallen-uit-woning",
    "bbv-vernielingen",
)


def test_the_five_bbv_safety_indicators_are_in_the_catalogue() -> None:
    assert [item.id for item in standard.bbv()] == list(BBV)


@pytest.mark.parametrize("indicator_id", standard.ids())
def test_every_entry_has_a_sourced_definition_and_a_valid_fetch_spec(indicator_id: str) -> None:
    item = standard.get(indicator_id)
    assert item is not None
    assert item.entry["definition"] and item.entry["definition_source"]
    fetch = item.entry.get("fetch")
    assert (fetch is not None) == item.open_data
    if fetch is None:
        assert "ivp record" in item.entry["note"]
        return
    table = fetch["table"]
    for dimension, keys in fetch["keys"].items():
        for key in [keys] if isinstance(keys, str) else keys:
            assert key in catalog.dimension_keys(table, dimension), (indicator_id, key)
    assert fetch["measure"] in catalog.measures(table)


def test_geweldsmisdrijven_counts_the_police_violence_group() -> None:
    item = standard.get("bbv-geweldsmisdrijven")
    assert item is not None
    keys = item.entry["fetch"]["keys"]["SoortMisdrijf"]
    with (REPO / "ivp_cli" / "plan" / "data" / "SoortMisdrijf.csv").open(encoding="utf-8") as stream:
        titles = {row["Key"]: row["Title"] for row in csv.DictReader(stream)}
    assert [titles[key] for key in keys] == [
        "1.4.1 Zedenmisdrijf",
        "1.4.2 Moord, doodslag",
        "1.4.3 Openlijk geweld (persoon)",
        "1.4.4 Bedreiging",
        "1.4.5 Mishandeling",
        "1.4.6 Straatroof",
        "1.4.7 Overval",
    ]
    assert "Standaardclassificatie Misdrijven" in item.entry["definition_source"]


def test_a_plan_uses_an_entry_by_id_and_keeps_its_own_wording() -> None:
    loaded, problems = load_plan(REPO / "tests" / "fetch" / "plans" / "bbv.yaml")
    assert loaded is not None and problems == []
    found = {i.id: i for _, i in loaded.plan.indicators()}
    assert found["winkeldiefstallen"].name == "Winkeldiefstallen"
    assert found["winkeldiefstallen"].unit == "per_1000_inhabitants"
    assert found["geweldsmisdrijven"].name == "Geweld per 1.000 inwoners"
    fetch = found["geweldsmisdrijven"].fetch
    assert fetch is not None and fetch.per_capita == "per_1000_inhabitants" and fetch.compare
    halt = found["verwijzingen-halt"]
    assert (halt.unit, halt.per, halt.fetch) == ("per_10000", "jongeren van 12 tot en met 17 jaar", None)


def test_new_bbv_adds_the_set_and_validates(
    ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = ivp("new", "--municipality", "Velsen", "--period", "2027-2030", "--bbv")
    assert result.exit_code == 0, result.stderr
    loaded, problems = load_plan(Path("plans") / "velsen-2027-2030.yaml")
    assert loaded is not None and all(p.severity == "warning" for p in problems)
    theme = loaded.plan.themes[-1]
    assert [i.catalog for i in theme.indicators] == list(BBV)
    assert ivp("validate", "plans").exit_code == 0


def test_halt_figures_go_in_by_hand(ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ivp("new", "--municipality", "Velsen", "--period", "2027-2030", "--bbv")
    plan = Path("plans") / "velsen-2027-2030.yaml"
    result = ivp("record", plan, "verwijzingen-halt", "2026", "131", "--source", "Stichting Halt")
    assert result.exit_code == 0, result.stderr
    loaded, _ = load_plan(plan)
    assert loaded is not None
    halt = next(i for _, i in loaded.plan.indicators() if i.id == "verwijzingen-halt")
    assert [(m.period, m.value, m.provenance.source) for m in halt.measurements] == [("2026", 131, "manual")]
    status = ivp("status", plan, "--as-of", "2027-06-01")
    assert "131 per 10.000 jongeren van 12 tot en met 17 jaar in 2026" in " ".join(status.stdout.split())
