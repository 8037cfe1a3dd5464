"""`ivp status` output: a rich table per plan (text), or a Markdown table per plan.

The JSON form is in `ivp_cli.render.status_json`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ivp_cli.progress.assessment import Assessment
from ivp_cli.render import cells, comparisons, plain_table
from ivp_cli.render.cells import PlanStatus
from ivp_cli.render.figures import has_test_data
from ivp_cli.render.markdown_escape import escape_markdown
from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text
from ivp_cli.words.status import Status, status_with_symbol
from ivp_cli.words.visible import visible


def _title(item: PlanStatus, as_of: date, lang: Lang) -> str:
    meta = item.plan.plan
    return (
        f"{item.plan.municipality.name}: {meta.title} ({meta.period.start}–{meta.period.end}), "
        f"{text(lang, 'status_view.as_of', date=as_of.isoformat())}"
    )


def _rows(item: PlanStatus, lang: Lang) -> list[tuple[str, tuple[str, ...]]]:
    """(theme title, cells) per assessment; cells are #, indicator, baseline, latest, target, status."""
    lookup = cells.indicators_by_id(item.plan)
    rows: list[tuple[str, tuple[str, ...]]] = []
    for number, assessment in enumerate(item.assessments, start=1):
        theme_title, indicator = lookup[(assessment.theme_id, assessment.indicator_id)]
        row = (
            str(number),
            indicator.name,
            cells.observation(assessment.baseline, indicator.unit, lang, indicator.per),
            cells.observation(assessment.latest, indicator.unit, lang, indicator.per),
            cells.targets(indicator, lang),
            status_with_symbol(assessment.status, lang),
        )
        rows.append((theme_title, row))
    return rows


def plan_table(item: PlanStatus, as_of: date, lang: Lang, narrow: bool = False) -> RenderableType:
    """Five columns on a wide terminal; under 100 columns three, with the target under the name."""
    # Plan text may hold '[...]': every cell is a Text, so rich never reads it as markup.
    title = Text(visible(_title(item, as_of, lang)), style="bold")
    if has_test_data(item.plan):
        title.append("\n" + text(lang, "status_view.test_data"), style="bold yellow")
    if not item.assessments:
        return Group(title, Text(text(lang, "status_view.none") + "\n"))
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    headers = cells.headers(lang)
    table.add_column(headers[1], ratio=3, overflow="fold")
    if narrow:
        table.add_column(f"{headers[2]} → {headers[3].lower()}", max_width=18)
    else:
        table.add_column(headers[2], max_width=16)
        table.add_column(headers[3], max_width=16)
        table.add_column(headers[4], ratio=2, overflow="fold")
    # A narrow terminal wraps the status after its symbol and first word; never mid-word.
    table.add_column(headers[5], width=14 if narrow else None, no_wrap=not narrow)
    previous = None
    for (theme, row), assessment in zip(_rows(item, lang), item.assessments, strict=True):
        if theme != previous:
            table.add_row(Text(visible(f"{headers[0]}: {theme}"), style="bold"))
            previous = theme
        table.add_row(*_row_cells(row, assessment.status, headers[4], narrow))
    notes = Text()
    for number, assessment in enumerate(item.assessments, start=1):
        notes.append(visible(f"{number}. {_explanation(item, assessment, lang)}") + "\n")
    return Group(table, notes)


def _explanation(item: PlanStatus, assessment: Assessment, lang: Lang) -> str:
    """The verdict's sentence, and the fetched comparisons for the same period when there are any."""
    _, indicator = cells.indicators_by_id(item.plan)[(assessment.theme_id, assessment.indicator_id)]
    compared = comparisons.sentence(indicator, assessment.latest, lang)
    return assessment.explanation[lang] + (f" {compared}" if compared else "")


def _row_cells(row: tuple[str, ...], status: Status, target_header: str, narrow: bool) -> list[Text]:
    number, name, baseline, latest, target, label = (visible(cell) for cell in row)
    status_cell = Text(label, style=cells.COLOURS[status])
    if not narrow:
        return [Text(f"{number}. {name}"), Text(baseline), Text(latest), Text(target), status_cell]
    indicator = Text(f"{number}. {name}\n")
    indicator.append(f"{target_header}: {target}", style="italic")
    return [indicator, Text(f"{baseline}\n→ {latest}"), status_cell]


def print_text(console: Console, plans: Iterable[PlanStatus], as_of: date, lang: Lang) -> None:
    plain = plain_table.applies(console)
    for item in plans:
        shown = plan_table(item, as_of, lang, narrow=console.width < 100)
        if not (plain and _printed_plain(console, shown)):
            console.print(shown)


def _printed_plain(console: Console, shown: RenderableType) -> bool:
    """The table through `plain_table` and the notes through rich, when the table allows it."""
    if not isinstance(shown, Group):
        return False
    table, *notes = shown.renderables
    written = plain_table.table_text(console, table) if isinstance(table, Table) else None
    if written is None:
        return False
    console.file.write(written)
    console.print(*notes)
    return True


def _cell(value: str) -> str:
    # Plan text in a pull request comment: shown as written, never as markup, a link or HTML.
    return escape_markdown(" ".join(value.split()))


def markdown(plans: Iterable[PlanStatus], as_of: date, lang: Lang) -> str:
    return "\n".join(markdown_parts(plans, as_of, lang))


def markdown_parts(plans: Iterable[PlanStatus], as_of: date, lang: Lang) -> Iterator[str]:
    """The Markdown of one plan at a time; joined by newlines they are `markdown(...)`."""
    headers = (*cells.headers(lang), text(lang, "indicator.explanation"))
    for item in plans:
        lines = [f"## {_cell(_title(item, as_of, lang))}", ""]
        if has_test_data(item.plan):
            lines += [f"**{text(lang, 'status_view.test_data')}**", ""]
        if not item.assessments:
            yield "\n".join([*lines, text(lang, "status_view.none"), ""])
            continue
        lines.append("| # | " + " | ".join(headers) + " |")
        lines.append("|---:|" + "---|" * len(headers))
        for (theme, row), assessment in zip(_rows(item, lang), item.assessments, strict=True):
            values = (row[0], theme, *row[1:], _explanation(item, assessment, lang))
            lines.append("| " + " | ".join(_cell(value) for value in values) + " |")
        lines.append("")
        yield "\n".join(lines)
