"""The status table as text, for a console that writes no colour (a pipe, a file, CI).

rich lays a table out and then sends every cell through its segment pipeline (padding, styles,
cropping, shaping): about 3 ms of the 5 ms a plan may take. Without colour every style is
dropped, so the same text comes from rich's own parts at a fraction of the cost: the column
widths, the box characters and each cell's word wrapping are rich's; only the joining is ours.
Tables this module does not handle (a footer, a caption, other padding or alignment) get None,
and rich prints them. Two of the parts are private to rich's Table (`_calculate_column_widths`,
`_extra_width`); tests/test_status_plain_table.py holds the text to rich's, character for
character, for the shipped plans and for any text of the table's shape, so a rich release that
changes them fails there first.
"""

from __future__ import annotations

from rich.box import Box
from rich.cells import cell_len, set_cell_size
from rich.console import Console, ConsoleOptions
from rich.padding import Padding
from rich.table import Column, Table
from rich.text import Text

_PADDING = (0, 1, 0, 1)


def applies(console: Console) -> bool:
    return console.color_system is None and not console.record and not console.legacy_windows


def table_text(console: Console, table: Table) -> str | None:
    """What `console.print(table)` writes, or None for a table outside this module's shape."""
    if table.box is None or not _plain_shape(table):
        return None
    try:
        return _laid_out(console, table, table.box)
    except (AttributeError, TypeError):  # a rich release without the private parts: rich prints
        return None


def _laid_out(console: Console, table: Table, box: Box) -> str | None:
    options = console.options
    widths = table._calculate_column_widths(
        console, options.update_width(options.max_width - table._extra_width)
    )
    if min(widths) <= sum(_PADDING):
        return None  # a column squeezed to its padding or less: rich's own rules for that
    box = box.substitute(options, safe=console.safe_box if table.safe_box is None else table.safe_box)
    width = sum(widths) + table._extra_width
    options = options.update(width=width, highlight=table.highlight, height=None)
    lines = _title(console, table, options)
    lines.append(box.get_top(widths))
    lines += _rows(console, options, table, widths, box)
    lines.append(box.get_bottom(widths))
    return "".join(_cropped(line, console.width) + "\n" for line in lines)


def _cropped(line: str, width: int) -> str:
    """`console.print` crops every line to the console's width, and pads none."""
    return set_cell_size(line, width) if cell_len(line) > width else line


def _plain_shape(table: Table) -> bool:
    # Styles are left out on purpose: without colour they change no character.
    return (
        bool(table.columns)
        and table.box is not None
        and table.show_header
        and table.show_edge
        and not table.show_footer
        and not table.caption
        and not table.leading
        and table.width is None
        and table.min_width is None
        and table.pad_edge
        and not table.collapse_padding
        and tuple(table.padding) == _PADDING
        and isinstance(table.title, Text | None)
        and all(column.vertical == "top" for column in table.columns)
        and all(isinstance(cell, Text) or cell == "" for column in table.columns for cell in column.cells)
        and not any(row.end_section for row in table.rows)
    )


def _title(console: Console, table: Table, options: ConsoleOptions) -> list[str]:
    title = table.title
    if not title:
        return []  # rich leaves out an empty title, line and all
    text = "".join(
        segment.text for segment in console.render(title, options.update(justify=table.title_justify))
    )
    return text.split("\n")[:-1]


def _rows(console: Console, options: ConsoleOptions, table: Table, widths: list[int], box: Box) -> list[str]:
    columns = [
        (_cell_options(options, column, width), column, width)
        for column, width in zip(table.columns, widths, strict=True)
    ]
    header = [_header_cell(console, column_options, column) for column_options, column, _ in columns]
    cells = [list(column.cells) for column in table.columns]
    body = [
        [
            _cell(console, column_options, cells[number][index], width)
            for number, (column_options, _, width) in enumerate(columns)
        ]
        for index in range(table.row_count)
    ]
    lines = _joined(_aligned(header, widths, bottom=True), (box.head_left, box.head_vertical, box.head_right))
    lines.append(box.get_row(widths, "head", edge=True))
    for number, row in enumerate(body, start=1):
        last = number == len(body)
        edges = (
            (box.foot_left, box.foot_vertical, box.foot_right)
            if last
            else (box.mid_left, box.mid_vertical, box.mid_right)
        )
        lines += _joined(_aligned(row, widths, bottom=False), edges)
        if table.show_lines and not last:
            lines.append(box.get_row(widths, "row", edge=True))
    return lines


def _header_cell(console: Console, options: ConsoleOptions, column: Column) -> list[str]:
    # A header may hold markup and is one cell a table: it takes rich's whole path.
    rendered = console.render_lines(Padding(column.header, _PADDING), options, pad=True)
    return ["".join(segment.text for segment in line) for line in rendered]


def _cell(console: Console, options: ConsoleOptions, cell: object, width: int) -> list[str]:
    text = cell if isinstance(cell, Text) else Text()  # rich fills a short row with ""
    inner = width - 2
    tab_size = console.tab_size if text.tab_size is None else text.tab_size
    lines = text.wrap(
        console,
        inner,
        justify=text.justify or options.justify or "default",
        overflow=text.overflow or options.overflow or "fold",
        tab_size=tab_size or 8,
        no_wrap=options.no_wrap if text.no_wrap is None else text.no_wrap,
    )
    return [f" {set_cell_size(line.plain, inner)} " for line in lines] or [" " * width]


def _cell_options(options: ConsoleOptions, column: Column, width: int) -> ConsoleOptions:
    return options.update(
        width=width,
        justify=column.justify,
        no_wrap=column.no_wrap,
        overflow=column.overflow,
        height=None,
        highlight=column.highlight,
    )


def _aligned(cells: list[list[str]], widths: list[int], *, bottom: bool) -> list[list[str]]:
    height = max(len(cell) for cell in cells)
    blank = [[" " * width] for width in widths]
    if bottom:
        return [pad * (height - len(cell)) + cell for cell, pad in zip(cells, blank, strict=True)]
    return [cell + pad * (height - len(cell)) for cell, pad in zip(cells, blank, strict=True)]


def _joined(cells: list[list[str]], edges: tuple[str, str, str]) -> list[str]:
    left, divider, right = edges
    return [left + divider.join(line) + right for line in zip(*cells, strict=True)]
