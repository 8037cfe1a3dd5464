"""The status table without colour comes from `plain_table`, and reads exactly as rich prints it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ivp_cli.load import load_plan
from ivp_cli.progress.assess import assess_plan
from ivp_cli.render import plain_table, status_view
from ivp_cli.render.cells import PlanStatus
from tests.conftest import PLANS

AS_OF = date(2026, 1, 1)


def _console(width: int) -> Console:
    return Console(file=io.StringIO(), width=width, color_system=None, highlight=False)


def _printed(console: Console) -> str:
    output = console.file
    assert isinstance(output, io.StringIO)
    return output.getvalue()


def _by_rich(table: Table, width: int) -> str:
    console = _console(width)
    console.print(table)
    return _printed(console)


def _statuses() -> list[PlanStatus]:
    found = []
    for path in sorted(PLANS.glob("*.yaml")):
        loaded, _ = load_plan(path)
        assert loaded is not None
        found.append(PlanStatus(str(path), loaded.plan, assess_plan(loaded.plan, as_of=AS_OF)))
    return found


@pytest.mark.parametrize("width", [12, 20, 27, 40, 60, 80, 99, 100, 120, 200])
def test_the_shipped_plans_print_as_rich_prints_them(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    plans = _statuses()
    shortcut = _console(width)
    status_view.print_text(shortcut, plans, AS_OF, "nl")
    monkeypatch.setattr(plain_table, "applies", lambda console: False)
    reference = _console(width)
    status_view.print_text(reference, plans, AS_OF, "nl")
    assert _printed(shortcut) == _printed(reference)


def test_a_console_with_colour_keeps_rich() -> None:
    assert not plain_table.applies(Console(file=io.StringIO(), color_system="truecolor"))
    assert plain_table.applies(_console(80))


# Cell text with what makes wrapping hard: long words, wide and zero-width characters, tabs,
# line breaks, markup-like brackets, spaces at either end.
_PIECES = st.sampled_from(
    [
        *("woord ", "x", " ", "  ", "\t", "\n", "Kernbeleid-Veiligheid-ondermijning", "[b]", "→ ", "–", "…"),
        *("漢字", "😀", "e\u0301", "\u200b", "ë", "12,5 %", "-"),
    ]
)
_CELL = st.lists(st.one_of(_PIECES, st.characters(blacklist_categories=("Cs", "Cc"))), max_size=14).map(
    "".join
)


def _table(title: str, rows: list[tuple[str, str, str, str]], narrow: bool) -> Table:
    """A table shaped as `status_view.plan_table` shapes it."""
    table = Table(title=Text(title, style="bold"), title_justify="left", show_lines=True, expand=True)
    table.add_column("Indicator", ratio=3, overflow="fold")
    if narrow:
        table.add_column("Nulmeting → laatste", max_width=18)
    else:
        table.add_column("Nulmeting", max_width=16)
        table.add_column("Laatste", max_width=16)
        table.add_column("Doel", ratio=2, overflow="fold")
    table.add_column("Status", width=14 if narrow else None, no_wrap=not narrow)
    for index, (name, figures, target, status) in enumerate(rows):
        if index % 3 == 2:
            table.add_row(Text(f"Thema: {name}", style="bold"))
        elif narrow:
            indicator = Text(f"{index}. {name}\n")
            indicator.append(f"Doel: {target}", style="italic")
            table.add_row(indicator, Text(figures), Text(status, style="green"))
        else:
            table.add_row(Text(name), Text(figures), Text(figures), Text(target), Text(status, style="red"))
    return table


@settings(max_examples=300, deadline=None)
@given(
    title=_CELL,
    rows=st.lists(st.tuples(_CELL, _CELL, _CELL, _CELL), max_size=5),
    narrow=st.booleans(),
    width=st.integers(min_value=8, max_value=160),
)
def test_any_table_of_that_shape_reads_as_rich_prints_it(
    title: str, rows: list[tuple[str, str, str, str]], narrow: bool, width: int
) -> None:
    written = plain_table.table_text(_console(width), _table(title, rows, narrow))
    if written is not None:
        assert written == _by_rich(_table(title, rows, narrow), width)


def test_a_table_of_another_shape_is_left_to_rich() -> None:
    table = Table(title=Text("titel"), caption="onderschrift")
    table.add_column("a")
    assert plain_table.table_text(_console(80), table) is None


def test_a_rich_without_the_private_parts_prints_through_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    plans = _statuses()
    expected = _console(80)
    monkeypatch.setattr(plain_table, "applies", lambda console: False)
    status_view.print_text(expected, plans, AS_OF, "nl")
    monkeypatch.undo()

    def renamed_in_a_later_rich(*args: object) -> str:
        raise AttributeError("'Table' object has no attribute '_calculate_column_widths'")

    monkeypatch.setattr(plain_table, "_laid_out", renamed_in_a_later_rich)
    fallback = _console(80)
    status_view.print_text(fallback, plans, AS_OF, "nl")
    assert _printed(fallback) == _printed(expected)
