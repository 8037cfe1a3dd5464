"""Action statuses and dated explanations: set by `ivp record`, validated, seen by `ivp diff`."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path

from typer.testing import CliRunner, Result

from ivp_cli.cli.app import app
from ivp_cli.load import load_plan
from ivp_cli.write.account import ActionEntry, ExplanationEntry, record_action, record_explanation
from tests.concurrently import at_once

EXAMPLE = Path(__file__).resolve().parent / "report" / "plans" / "voorbeeld-landsmeer.yaml"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def copy(tmp_path: Path, source: Path = EXAMPLE) -> Path:
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    return target


def test_record_sets_an_action_status_by_theme_and_number(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    result = invoke(
        "record", plan, "--action", "ondermijning/1", "--status", "vertraagd",
        "--note", "Wacht op de regio", "--date", "2025-09-30",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "1 action status added\n"
    assert (
        "            note: Verzonnen stand voor de rapporttests.\n"
        "          - date: '2025-09-30'\n"
        "            status: vertraagd\n"
        "            note: Wacht op de regio\n"
    ) in plan.read_text(encoding="utf-8")
    loaded, _ = load_plan(plan)
    assert loaded is not None
    progress = loaded.plan.themes[0].actions[0].progress[-1]
    assert (progress.status, progress.date.isoformat()) == ("vertraagd", "2025-09-30")


def test_record_sets_a_plan_wide_action_status(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    assert (
        invoke("record", plan, "--action", "plan/1", "--status", "loopt", "--date", "2025-01-02").exit_code
        == 0
    )
    loaded, _ = load_plan(plan)
    assert loaded is not None
    assert [p.status for p in loaded.plan.actions[0].progress] == ["loopt"]


def test_record_adds_explanations_to_an_indicator_and_a_theme(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    args = ("--period", "2024", "--date", "2025-03-01")
    first = invoke(
        "record", plan, "--indicator", "overlast-jeugd", *args,
        "--explanation", "Meer meldingen door de nieuwe app.", "--correction", "Extra jongerenwerk.",
    )  # fmt: skip
    second = invoke("record", plan, "--theme", "jeugd", *args, "--explanation", "Op schema.")
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stdout == "1 explanation added\n"
    loaded, _ = load_plan(plan)
    assert loaded is not None
    theme = loaded.plan.themes[1]
    (explanation,) = theme.indicators[0].explanations
    assert (explanation.period, explanation.correction) == ("2024", "Extra jongerenwerk.")
    assert [item.text for item in theme.explanations] == ["Op schema."]


def test_record_refuses_unknown_actions_states_and_duplicates(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    before = plan.read_bytes()
    unknown = invoke("record", plan, "--action", "ondermijning/9", "--status", "loopt")
    state = invoke("record", plan, "--action", "ondermijning/1", "--status", "bezig")
    taken = invoke("record", plan, "--action", "ondermijning/1", "--status", "loopt", "--date", "2025-06-30")
    no_status = invoke("record", plan, "--action", "ondermijning/1")
    mixed = invoke("record", plan, "halt", "--action", "ondermijning/1", "--status", "loopt")
    assert (unknown.exit_code, state.exit_code, no_status.exit_code, mixed.exit_code) == (1, 1, 2, 2)
    assert taken.exit_code == 1
    assert "the action ondermijning/1 already has a status on 2025-06-30" in taken.stderr
    assert "no action 'ondermijning/9' in the plan" in unknown.stderr
    assert "'bezig' is no action status; use one of niet_gestart, loopt, vertraagd" in state.stderr
    assert plan.read_bytes() == before
    args = ("--indicator", "halt", "--period", "2024", "--date", "2025-03-01", "--explanation", "x")
    assert invoke("record", plan, *args).exit_code == 0
    again = invoke("record", plan, *args)
    assert again.exit_code == 1
    assert "already has an explanation of 2024 dated 2025-03-01" in again.stderr


def test_diff_reports_new_and_changed_statuses_and_explanations(tmp_path: Path) -> None:
    old = copy(tmp_path)
    new = tmp_path / "new" / old.name
    new.parent.mkdir()
    shutil.copyfile(old, new)
    invoke("record", new, "--action", "ondermijning/1", "--status", "loopt", "--date", "2025-09-30")
    invoke(
        "record",
        new,
        "--indicator",
        "halt",
        "--period",
        "2024",
        "--date",
        "2025-03-01",
        "--explanation",
        "Stabiel.",
    )
    result = invoke("diff", old, new)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{new} (Landsmeer)",
        "  Thema: Aanpak georganiseerde (ondermijnende) criminaliteit",
        "    Stand van actie 'Opstellen plan van aanpak ondermijning': loopt (30 september 2025)",
        "  Thema: Aanpak jeugdoverlast & -problematiek",
        "    Aantal verwijzingen stichting Halt: Toelichting toegevoegd: over 2024 (1 maart 2025): Stabiel.",
        "Samenvatting: Standen van acties gemeld 1, Toelichtingen toegevoegd 1",
    ]
    changed = new.read_text(encoding="utf-8").replace("status: vertraagd", "status: gereed")
    new.write_text(changed, encoding="utf-8")
    lines = invoke("diff", old, new, "--lang", "en").stdout.splitlines()
    assert (
        "    Status of action 'Opstellen plan van aanpak ondermijning' changed: delayed (30 June 2025): "
        "Verzonnen stand voor de rapporttests. → done (30 June 2025): Verzonnen stand voor de rapporttests."
    ) in lines


def test_record_finds_an_action_by_its_id(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("  - text: Jaarlijks", "  - id: rapportage\n    text: Jaarlijks"), encoding="utf-8"
    )
    assert invoke("record", plan, "--action", "rapportage", "--status", "gereed").exit_code == 0
    loaded, _ = load_plan(plan)
    assert loaded is not None
    assert [p.status for p in loaded.plan.actions[0].progress] == ["gereed"]


def test_action_ids_are_unique_over_the_plan(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        "      - text: Opstellen plan", "      - id: plan-van-aanpak\n        text: Opstellen plan"
    )
    text = text.replace("  - text: Jaarlijks", "  - id: plan-van-aanpak\n    text: Jaarlijks")
    plan.write_text(text, encoding="utf-8")
    result = invoke("validate", plan)
    assert result.exit_code == 1
    assert "error[IVP233]: the action id 'plan-van-aanpak' is already used on line" in result.stdout


def test_action_statuses_and_explanations_recorded_at_once_are_all_kept(tmp_path: Path) -> None:
    plan = copy(tmp_path)
    days = [dt.date(2025, 10, day) for day in range(1, 7)]
    writes: list[Callable[[], object]] = [
        *(
            partial(record_action, ActionEntry(plan, "ondermijning/1", "loopt", day), False)
            for day in days[:3]
        ),
        *(partial(record_action, ActionEntry(plan, "plan/1", "loopt", day), False) for day in days[3:]),
        *(
            partial(
                record_explanation, ExplanationEntry(plan, "theme", "jeugd", "2025", day, f"tekst {n}"), False
            )
            for n, day in enumerate(days[:2])
        ),
    ]
    failures = at_once(writes)
    assert failures == []
    loaded, _ = load_plan(plan)
    assert loaded is not None
    first = [p.date for p in loaded.plan.themes[0].actions[0].progress]
    assert sorted(first[2:]) == days[:3]
    assert sorted(p.date for p in loaded.plan.actions[0].progress) == days[3:]
    jeugd = next(theme for theme in loaded.plan.themes if theme.id == "jeugd")
    assert sorted(item.text for item in jeugd.explanations)[-2:] == ["tekst 0", "tekst 1"]
