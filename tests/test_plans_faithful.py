"""The five plans say what their source documents say: no more, no less, in the documents' words.

Each plan names its document (`plan.document.reference`), a text extract in `sources/`; the expected
counts below are facts about those documents, counted by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from ivp_cli.load import load_plans
from ivp_cli.plan import catalog
from ivp_cli.plan.model import Action, Indicator, Municipality, Partner, Plan, Theme
from ivp_cli.validation.diagnostics import Diagnostic
from tests.conftest import PLANS, REPO


@dataclass(frozen=True)
class Expected:
    kinds: dict[str, int]
    indicators: int
    goals: int
    actions: int  # theme actions plus plan-level actions


EXPECTED = {
    "opmeer-2023-2026.yaml": Expected({"prioriteit": 5}, 15, 5, 0),
    "oude-ijsselstreek-2023-2026.yaml": Expected({"prioriteit": 3, "randvoorwaarde": 2}, 0, 9, 19),
    "amstelveen-2023-2026.yaml": Expected({"prioriteit": 4}, 1, 4, 13),
    "landsmeer-2024-2027.yaml": Expected({"prioriteit": 3, "strategisch_thema": 2}, 15, 5, 0),
    "velsen-2023-2026.yaml": Expected({"prioriteit": 5, "randvoorwaarde": 1}, 0, 5, 0),
}

# Indicators the police open data can measure, and the padded key each one asks for.
EXPECTED_FETCH = {
    ("landsmeer-2024-2027.yaml", "politieregistraties-drugshandel"): ("47013NED", "3.1.1 "),
    ("landsmeer-2024-2027.yaml", "politieregistraties-wapenhandel"): ("47013NED", "3.1.3 "),
    ("landsmeer-2024-2027.yaml", "politieregistraties-mensenhandel"): ("47013NED", "1.6.3 "),
    ("landsmeer-2024-2027.yaml", "politieregistraties-misdrijven"): ("47013NED", "0.0.0 "),
    ("landsmeer-2024-2027.yaml", "meldingen-overlast-jeugd-politie"): ("47021NED", "E35   "),
    ("opmeer-2023-2026.yaml", "meldingen-overlast-jeugd"): ("47021NED", "E35   "),
    ("opmeer-2023-2026.yaml", "geregistreerde-misdrijven-cybercrime"): ("47013NED", "3.7.4 "),
}

_TAGS = re.compile(r"<[^>]*>")
_GLYPHS = re.compile(r"[•➤*]")  # bullets and emphasis markers left by text extraction
_LIST_ITEM = re.compile(r"^\s*- ", re.MULTILINE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def normalise(text: str) -> str:
    return " ".join(_GLYPHS.sub(" ", _TAGS.sub(" ", text)).split())


def pieces(text: str) -> list[str]:
    """A block-scalar list is compared item by item; any other text as a whole."""
    if not _LIST_ITEM.search(text):
        return [normalise(text)]
    return [normalise(_LIST_ITEM.sub("", line)) for line in text.splitlines() if line.strip()]


def indicator_texts(indicator: Indicator) -> Iterator[tuple[str, str]]:
    yield "indicator name", indicator.name
    if indicator.source:
        yield "indicator source", indicator.source
    if indicator.baseline is not None:
        if indicator.baseline.text:
            yield "baseline text", indicator.baseline.text
        if isinstance(indicator.baseline.value, str):
            yield "baseline state", indicator.baseline.value
    for target in indicator.targets:
        if target.text:
            yield "target text", target.text
        for state in getattr(target, "states", []):
            yield "milestone state", state


def action_texts(actions: list[Action]) -> Iterator[tuple[str, str]]:
    for action in actions:
        yield "action", action.text
        if action.type:
            yield "action type", action.type


def theme_texts(theme: Theme) -> Iterator[tuple[str, str]]:
    yield "theme title", theme.title
    for field in (theme.description, theme.approach):
        if field:
            yield "theme description/approach", field
    yield from (("goal", goal) for goal in theme.goals)
    yield from action_texts(theme.actions)
    yield from (("partner", partner) for partner in theme.partners)
    for indicator in theme.indicators:
        yield from indicator_texts(indicator)


def verbatim_texts(plan: Plan) -> Iterator[tuple[str, str]]:
    yield "plan title", plan.plan.title
    yield "document title", plan.plan.document.title
    for priority in plan.priorities:
        yield "priority", priority.title
        yield "priority aspects", priority.aspects
    for theme in plan.themes:
        yield from theme_texts(theme)
    yield from action_texts(plan.actions)


def not_in_seed(plan: Plan, seed: str) -> list[str]:
    haystack = normalise(seed)
    return [
        f"{label}: {piece!r}"
        for label, text in verbatim_texts(plan)
        for piece in pieces(text)
        if piece and piece not in haystack
    ]


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    # Warnings may stay: two documents state no indicators, and a faithful plan says so.
    return [diagnostic for diagnostic in diagnostics if diagnostic.severity == "error"]


@pytest.fixture(scope="module")
def plans() -> dict[str, Plan]:
    result = load_plans([PLANS / name for name in EXPECTED])
    assert errors(result.diagnostics) == []
    return {loaded.path.name: loaded.plan for loaded in result.plans}


def document_text(plan: Plan) -> str:
    return (REPO / plan.plan.document.reference).read_text(encoding="utf-8")


def test_plans_folder_holds_exactly_the_five_plans() -> None:
    assert sorted(path.name for path in PLANS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_plan_loads_without_errors(name: str) -> None:
    result = load_plans([PLANS / name])
    assert errors(result.diagnostics) == []
    assert [loaded.path.name for loaded in result.plans] == [name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_first_line_is_the_schema_modeline(name: str) -> None:
    first_line = (PLANS / name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schemas/plan.schema.json"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts_match_the_document(name: str, plans: dict[str, Plan]) -> None:
    plan, expected = plans[name], EXPECTED[name]
    assert Counter(theme.kind for theme in plan.themes) == Counter(expected.kinds)
    assert len(plan.indicators()) == expected.indicators
    assert sum(len(theme.goals) for theme in plan.themes) == expected.goals
    assert sum(len(theme.actions) for theme in plan.themes) + len(plan.actions) == expected.actions


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_text_is_verbatim_from_the_document(name: str, plans: dict[str, Plan]) -> None:
    assert not_in_seed(plans[name], document_text(plans[name])) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_baseline_number_is_in_the_document(name: str, plans: dict[str, Plan]) -> None:
    haystack = normalise(document_text(plans[name]))
    for _, indicator in plans[name].indicators():
        baseline = indicator.baseline
        if baseline is None:
            continue
        assert baseline.provenance.source == "document"
        text = baseline.text or ""
        numbers = _NUMBER.findall(text) + re.findall(r"\d{4}", baseline.period or "")
        if isinstance(baseline.value, int | float):
            assert str(baseline.value) in _NUMBER.findall(text), indicator.id
            numbers.append(str(baseline.value))
        for number in numbers:
            assert re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,]\d)", haystack), (indicator.id, number)


def test_opmeer_keeps_its_table_of_priorities_as_adopted(plans: dict[str, Plan]) -> None:
    # Chapter 2, "Prioritering": five Thema's with their Aspecten, in the table's order.
    plan = plans["opmeer-2023-2026.yaml"]
    assert [(p.title, p.theme) for p in plan.priorities] == [
        ("Veilige woonomgeving", "veilige-woon-en-leefomgeving"),
        ("Bedrijvigheid en veiligheid", "bedrijvigheid-en-veiligheid"),
        ("Jeugd en veiligheid", "jeugd-en-veiligheid"),
        ("Ondermijning", "ondermijning"),
        ("Cybercrime en digitale veiligheid", "cybercrime-en-digitale-veiligheid"),
    ]
    assert [p.theme for p in plan.priorities] == [theme.id for theme in plan.themes]
    table = normalise(
        document_text(plan).partition("2. Prioritering")[2].partition("De veiligheidssituatie")[0]
    )
    for priority in plan.priorities:
        assert f"{priority.title} {priority.aspects}" in table
    assert all(not other.priorities for name, other in plans.items() if name != "opmeer-2023-2026.yaml")


def test_a_paraphrase_is_not_taken_for_the_document(plans: dict[str, Plan]) -> None:
    seed = document_text(plans["landsmeer-2024-2027.yaml"])
    theme = plans["landsmeer-2024-2027.yaml"].themes[0]
    faithful = theme.model_copy(update={"goals": list(theme.goals)})
    reworded = theme.model_copy(update={"goals": [theme.goals[0].replace("ontwikkeld", "opgezet")]})
    plan = plans["landsmeer-2024-2027.yaml"]
    assert not_in_seed(plan.model_copy(update={"themes": [faithful]}), seed) == []
    assert not_in_seed(plan.model_copy(update={"themes": [reworded]}), seed) == [
        f"goal: {normalise(reworded.goals[0])!r}"
    ]


def test_a_list_cell_is_compared_item_by_item() -> None:
    cell = "Operationeel plan van aanpak met daarin:\n- borging informatiepositie\n- preventief"
    assert pieces(cell) == [
        "Operationeel plan van aanpak met daarin:",
        "borging informatiepositie",
        "preventief",
    ]
    assert pieces("<p>Jongerenwerk  wordt\n**ingezet**</p>") == ["Jongerenwerk wordt ingezet"]


def test_fetch_specs_are_exactly_where_the_police_category_is_pinned(plans: dict[str, Plan]) -> None:
    found = {
        (name, indicator.id): (indicator.fetch.table, *indicator.fetch.keys.values())
        for name, plan in plans.items()
        for _, indicator in plan.indicators()
        if indicator.fetch is not None
    }
    assert found == EXPECTED_FETCH


def test_fetch_keys_are_listed_padded_in_their_table(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        for _, indicator in plan.indicators():
            if indicator.fetch is None:
                continue
            assert indicator.fetch.source == catalog.table_source(indicator.fetch.table) == "politie"
            for dimension, key in indicator.fetch.keys.items():
                assert key in catalog.dimension_keys(indicator.fetch.table, dimension), (indicator.id, key)


def test_municipalities_are_spelled_as_cbs_spells_them(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        places: list[Municipality | Partner] = [plan.municipality, *plan.municipality.partners]
        assert [catalog.code_for_name(place.name) for place in places] == [p.cbs_code for p in places]
        assert catalog.municipalities()[plan.municipality.cbs_code] == plan.municipality.name


def test_no_adoption_date_is_invented(plans: dict[str, Plan]) -> None:
    for plan in plans.values():
        assert (plan.plan.adoption.body, plan.plan.adoption.status) == ("gemeenteraad", "onbekend")
        assert plan.plan.adoption.date is None


def test_a_baseline_stated_as_geen_is_unknown_not_zero(plans: dict[str, Plan]) -> None:
    geen = [
        (indicator.id, indicator.baseline.value)
        for plan in plans.values()
        for _, indicator in plan.indicators()
        if indicator.baseline is not None and indicator.baseline.text == "Geen"
    ]
    assert geen == [("veiligheidsmonitor-online-criminaliteit", None)]


def test_each_plan_cites_its_document_in_sources_by_the_same_name(plans: dict[str, Plan]) -> None:
    assert {name: plan.plan.document.reference for name, plan in plans.items()} == {
        name: f"sources/{Path(name).stem}.txt" for name in EXPECTED
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_document_reference_is_a_file_in_the_repository(name: str, plans: dict[str, Plan]) -> None:
    reference = plans[name].plan.document.reference
    assert not Path(reference).is_absolute() and ".." not in Path(reference).parts, reference
    assert (REPO / reference).is_file(), f"{name} cites {reference}, which the repository does not hold"
