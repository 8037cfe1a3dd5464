"""Per 1 000 inhabitants and per 10 000 young people, Nederland and the size-class median, against
a stand-in that answers like the live hosts: yearly JJ00 rows, the 10 000-cell cap, 03759ned keys."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from demo.odata_server import ODataMock
from demo.odata_tables import periods, police_status
from ivp_cli.fetch.comparisons import size_class
from ivp_cli.load import load_plan
from ivp_cli.plan.model import Indicator, OpenDataProvenance
from tests.conftest import Ivp

from .conftest import fetch_with, plan_copy
from .population_table import inhabitants, population_table


def live_like(mock: ODataMock) -> ODataMock:
    """Yearly 47013NED rows and the CBS population table, as the real hosts have them."""
    mock.state.tables["03759ned"] = population_table()
    crimes = mock.state.tables["47013NED"]
    crimes.periods = periods(range(2021, 2025), (2024, 6), yearly=True, status=police_status)
    return mock


def fetched(tmp_path: Path, mock: ODataMock, name: str = "bbv.yaml") -> tuple[Path, list[str]]:
    plan = plan_copy(tmp_path, name)
    result, lines = fetch_with(live_like(mock), plan)
    assert not result.failed, lines
    return plan, lines


def indicator(plan: Path, indicator_id: str) -> Indicator:
    loaded, diagnostics = load_plan(plan)
    assert loaded is not None, diagnostics
    return next(i for _, i in loaded.plan.indicators() if i.id == indicator_id)


def test_a_rate_is_the_count_over_the_population_of_the_same_year(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    odata_mock.state.tables["47013NED"].set(36, SoortMisdrijf="2.5.2 ", RegioS="GM0415", Perioden="2023JJ00")
    plan, _ = fetched(tmp_path, odata_mock)
    latest = indicator(plan, "winkeldiefstallen").measurements[-1]
    population = inhabitants("GM0415")
    assert (latest.period, latest.value) == ("2023", round(36 / population * 1000, 2))
    provenance = latest.provenance
    assert isinstance(provenance, OpenDataProvenance) and provenance.derived is not None
    assert provenance.derived.formula == "count / population * 1000"
    assert (provenance.derived.count, provenance.derived.population) == (36, population)
    source = provenance.derived.population_source
    assert (source.table, source.measure, source.periods) == (
        "03759ned",
        "BevolkingOp1Januari_1",
        ["2023JJ00"],
    )
    assert source.keys == {
        "Geslacht": "T001038",
        "BurgerlijkeStaat": "T001019",
        "Leeftijd": "10000",
        "RegioS": "GM0415",
    }
    assert provenance.keys == {"SoortMisdrijf": "2.5.2 ", "RegioS": "GM0415"}


def test_nederland_and_the_median_of_the_size_class_come_from_the_same_query(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    plan, _ = fetched(tmp_path, odata_mock)
    series = {s.kind: s for s in indicator(plan, "geweldsmisdrijven").comparisons}
    national = series["national"]
    assert (national.name, national.region) == ("Nederland", "NL01")
    assert [m.period for m in national.measurements] == ["2022", "2023"]
    # Every municipality counts 1000 + yy per crime type in the stand-in; seven types are summed.
    codes = [r["Key"] for r in odata_mock.state.tables["03759ned"].dimensions["RegioS"]]
    towns = [c for c in codes if c.startswith("GM") and c not in ("GM0998", "GM0999")]
    klass = size_class(inhabitants("GM0415"))
    rates = [7 * 1023 / inhabitants(c) * 1000 for c in towns if size_class(inhabitants(c)) == klass]
    median = series["size_class_median"].measurements[-1]
    assert median.value == round(statistics.median(rates), 2)
    assert isinstance(median.provenance, OpenDataProvenance)
    aggregate = median.provenance.aggregate
    assert aggregate is not None
    assert (aggregate.method, aggregate.size_class, aggregate.municipalities) == ("median", klass, len(rates))
    total = sum(inhabitants(c) for c in codes if c.startswith("GM"))
    assert national.measurements[-1].value == round(7 * 1023 / total * 1000, 2)
    # A count is compared with Nederland only: counts of towns of different size do not compare.
    assert [s.kind for s in indicator(plan, "drugshandel").comparisons] == ["national"]


def test_every_data_request_serves_every_municipality_and_the_population_comes_once(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    fetched(tmp_path, odata_mock)
    data = [(path, q["$filter"]) for path, q in odata_mock.state.requests if path.endswith("/TypedDataSet")]
    tables = [path.split("/")[3] for path, _ in data]
    assert tables.count("03759ned") == 1
    # The counts split only by keys and years, to stay under the cell cap counted as rows x columns;
    # every request is answered first time (no refusal, so no filter is asked twice).
    assert len({where for _, where in data}) == len(data)
    for _, where in data:
        assert "(startswith(RegioS,'GM') or RegioS eq 'NL01  ')" in where
    population = next(where for path, where in data if "03759ned" in path)
    assert "(Leeftijd eq '10000')" in population
    assert all(len(where) < 1_000 for _, where in data)


def test_a_second_fetch_changes_nothing(odata_mock: ODataMock, tmp_path: Path) -> None:
    plan, _ = fetched(tmp_path, odata_mock)
    before = plan.read_bytes()
    _result, lines = fetch_with(odata_mock, plan)
    assert plan.read_bytes() == before
    assert "indicators: 0 updated, 3 unchanged, 0 revised, 0 failed" in lines


def test_a_revised_comparison_replaces_its_value(odata_mock: ODataMock, tmp_path: Path) -> None:
    plan, _ = fetched(tmp_path, odata_mock)
    odata_mock.state.tables["47013NED"].set(
        20_000, SoortMisdrijf="3.1.1 ", RegioS="NL01  ", Perioden="2023JJ00"
    )
    cache = tmp_path / "cache"
    for entry in cache.iterdir():
        entry.unlink()
    fetch_with(odata_mock, plan)
    national = indicator(plan, "drugshandel").comparisons[0]
    assert [(m.period, m.value) for m in national.measurements] == [("2022", 1022), ("2023", 20_000)]


def test_a_municipality_without_a_population_that_year_stays_unknown(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    live_like(odata_mock).state.tables["03759ned"].set(
        None,
        Geslacht="T001038",
        BurgerlijkeStaat="T001019",
        Leeftijd="10000",
        RegioS="GM0415",
        Perioden="2022JJ00",
    )
    plan = plan_copy(tmp_path, "bbv.yaml")
    result, _lines = fetch_with(odata_mock, plan)
    assert [m.period for m in indicator(plan, "winkeldiefstallen").measurements] == ["2023"]
    notes = [
        d for item in result.indicators if item.indicator_id == "winkeldiefstallen" for d in item.details
    ]
    assert "2022: no CBS population for GM0415 in 2022 (unknown)" in notes


def test_per_10000_young_people_sums_the_ages_12_to_17(odata_mock: ODataMock, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "bbv.yaml")
    text = plan.read_text(encoding="utf-8").replace(
        "      - id: verwijzingen-halt\n",
        "      - id: overlast-jeugd-per-jongeren\n"
        "        catalog: politie-overlast-jeugd\n"
        "        unit: per_10000\n"
        "        per: jongeren van 12 tot en met 17 jaar\n"
        "        fetch: {source: politie, table: '47021NED', measure: GeregistreerdeOverlast_1,\n"
        "                keys: {Overlast: 'E35   '}, per_capita: per_10000_youth}\n"
        "        targets:\n"
        "          - type: monitor\n"
        "      - id: verwijzingen-halt\n",
    )
    plan.write_text(text, encoding="utf-8")
    result, lines = fetch_with(live_like(odata_mock), plan)
    assert not result.failed, lines
    latest = indicator(plan, "overlast-jeugd-per-jongeren").measurements[-1]
    youth = 6 * (inhabitants("GM0415") // 100)  # the stand-in's six single years, each 1 % of all
    assert latest.value == round(1023 / youth * 10_000, 2)
    assert isinstance(latest.provenance, OpenDataProvenance)
    derived = latest.provenance.derived
    assert derived is not None
    assert derived.per == 10_000 and derived.population == youth
    assert derived.population_source.keys["Leeftijd"] == [
        "11200",
        "11300",
        "11400",
        "11500",
        "11600",
        "11700",
    ]


def test_a_lower_cap_than_expected_splits_by_years_then_by_keys(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    # A year of one key for every municipality (about 345 rows of 6 cells) fits; more does not.
    live_like(odata_mock).state.switches.cap = 3_000
    plan, _ = fetched(tmp_path, odata_mock)
    data = [q for path, q in odata_mock.state.requests if path.endswith("/TypedDataSet")]
    assert len(data) > 2  # the two requests of the real cap, each refused and split
    assert indicator(plan, "geweldsmisdrijven").measurements[-1].value is not None


def test_a_cap_below_one_key_and_year_is_a_clean_source_error(odata_mock: ODataMock, tmp_path: Path) -> None:
    live_like(odata_mock).state.switches.cap = 300  # less than one year of every municipality
    plan = plan_copy(tmp_path, "bbv.yaml")
    before = plan.read_bytes()
    result, _lines = fetch_with(odata_mock, plan)
    assert any("over the 10 000-cell cap" in e for errors in result.source_errors.values() for e in errors)
    assert plan.read_bytes() == before


def test_a_failing_population_fails_the_rates_and_keeps_the_counts(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    live_like(odata_mock).state.switches.missing_tables = {"03759ned"}
    plan = plan_copy(tmp_path, "bbv.yaml")
    result, _lines = fetch_with(odata_mock, plan)
    states = {item.indicator_id: item.state for item in result.indicators}
    assert states == {"winkeldiefstallen": "failed", "geweldsmisdrijven": "failed", "drugshandel": "updated"}
    assert result.failed


def test_status_lists_the_comparison_values_it_used(ivp: Ivp, odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.tables["47013NED"].set(1, SoortMisdrijf="2.5.2 ", RegioS="GM0415", Perioden="2023JJ00")
    odata_mock.state.tables["47013NED"].set(
        10**9, SoortMisdrijf="2.5.2 ", RegioS="NL01  ", Perioden="2023JJ00"
    )
    plan, _ = fetched(tmp_path, odata_mock)
    result = ivp("status", plan, "--format", "json", "--as-of", "2025-01-01")
    assert result.exit_code == 0, result.stderr
    rates = json.loads(result.stdout)["plans"][0]["indicators"][0]
    assert rates["indicator_id"] == "winkeldiefstallen"
    assert rates["status"] == "achieved"  # 0,0 per 1 000 here against far more for Nederland
    assert rates["figures"]["reference_region"] == "NL01"
    assert rates["figures"]["reference_period"] == "2023"
    used = {item["kind"]: item for item in rates["comparisons"]}
    assert set(used) == {"national", "size_class_median"}
    assert (used["national"]["region"], used["national"]["period"]) == ("NL01", "2023")
    klass = size_class(inhabitants("GM0415"))
    assert (used["size_class_median"]["region"], used["size_class_median"]["size_class"]) == (None, klass)
    text = ivp("status", plan, "--as-of", "2025-01-01").stdout
    assert "Ter vergelijking (2023): Nederland" in " ".join(text.split())


def test_the_median_goes_by_the_municipalities_the_table_answers_for_not_the_catalogs_list(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    live_like(odata_mock)
    klass = size_class(inhabitants("GM0415"))
    listed = {r["Key"] for r in odata_mock.state.tables["47013NED"].dimensions["RegioS"]}
    # A municipality newer than the catalog's list, of Landsmeer's size class, in both live tables.
    newer = next(
        code
        for code in (f"GM{n:04d}" for n in range(2000, 9999))
        if code not in listed and size_class(inhabitants(code)) == klass
    )
    for table in ("47013NED", "03759ned"):
        odata_mock.state.tables[table].dimensions["RegioS"].append(
            {"Key": newer, "Title": "Nieuwe gemeente", "Description": None, "CategoryGroupID": None}
        )
    plan = plan_copy(tmp_path, "bbv.yaml")
    result, lines = fetch_with(odata_mock, plan)  # not `fetched`: that sets the live tables up afresh
    assert not result.failed, lines
    towns = [c for c in (*listed, newer) if c.startswith("GM") and c not in ("GM0998", "GM0999")]
    rates = [7 * 1023 / inhabitants(c) * 1000 for c in towns if size_class(inhabitants(c)) == klass]
    series = {s.kind: s for s in indicator(plan, "geweldsmisdrijven").comparisons}
    median = series["size_class_median"].measurements[-1]
    assert isinstance(median.provenance, OpenDataProvenance) and median.provenance.aggregate is not None
    assert median.provenance.aggregate.municipalities == len(rates)
    assert median.value == round(statistics.median(rates), 2)


def test_a_revised_rate_is_written_with_the_count_and_population_it_was_revised_with(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    plan, _ = fetched(tmp_path, odata_mock)  # the stand-in counts 1 023 shop thefts in 2023
    odata_mock.state.tables["47013NED"].set(
        1100, SoortMisdrijf="2.5.2 ", RegioS="GM0415", Perioden="2023JJ00"
    )
    result, lines = fetch_with(odata_mock, plan, refresh=True)
    assert not result.failed, lines
    assert result.indicators[0].state == "revised" or any("revised 2023" in line for line in lines), lines
    latest = indicator(plan, "winkeldiefstallen").measurements[-1]
    population = inhabitants("GM0415")
    assert latest.value == round(1100 / population * 1000, 2)
    provenance = latest.provenance
    assert isinstance(provenance, OpenDataProvenance) and provenance.derived is not None
    assert (provenance.derived.count, provenance.derived.population) == (1100, population)  # was 1 023


def test_a_revised_median_is_written_with_the_municipalities_it_was_taken_over(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    plan, _ = fetched(tmp_path, odata_mock)
    before = {s.kind: s for s in indicator(plan, "geweldsmisdrijven").comparisons}["size_class_median"]
    assert isinstance(before.measurements[-1].provenance, OpenDataProvenance)
    aggregate = before.measurements[-1].provenance.aggregate
    assert aggregate is not None
    klass = size_class(inhabitants("GM0415"))
    codes = [r["Key"] for r in odata_mock.state.tables["03759ned"].dimensions["RegioS"]]
    other = next(
        c for c in codes if c.startswith("GM") and c != "GM0415" and size_class(inhabitants(c)) == klass
    )
    odata_mock.state.tables["47013NED"].set(None, SoortMisdrijf="1.4.1 ", RegioS=other, Perioden="2023JJ00")
    result, lines = fetch_with(odata_mock, plan, refresh=True)  # that town's 2023 count: unpublished
    assert not result.failed, lines
    after = {s.kind: s for s in indicator(plan, "geweldsmisdrijven").comparisons}["size_class_median"]
    provenance = after.measurements[-1].provenance
    assert isinstance(provenance, OpenDataProvenance) and provenance.aggregate is not None
    assert provenance.aggregate.municipalities == aggregate.municipalities - 1
    # The median itself may stay the same: the number of towns behind it is still written anew.
