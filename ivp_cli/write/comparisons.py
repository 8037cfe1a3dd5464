"""Comparison series (`comparisons:` under an indicator) in the YAML text: new series, new values,
changed values, in the layout the file already uses for its lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ivp_cli.write.changes import SeriesChange
from ivp_cli.write.measurements import (
    indent_step,
    insert_after,
    item_lines,
    measurement_edits,
    new_key_block,
    sequence_offsets,
)
from ivp_cli.write.yamledit import (
    Edit,
    child,
    newline_of,
    render_mapping,
)

# Indicator keys that follow `comparisons` in model order (ivp_cli/plan/model.py Indicator).
_KEYS_AFTER_COMPARISONS = ("note", "explanations")


def series_edits(text: str, indicator: Node, changes: Sequence[SeriesChange], quote: str) -> list[Edit]:
    if not isinstance(indicator, MappingNode):
        raise ValueError("an indicator is a mapping")
    existing = child(indicator, "comparisons")
    edits: list[Edit] = []
    new: list[SeriesChange] = []
    for change in changes:
        node = _series_node(existing, change.kind)
        if node is None:
            new.append(change)
            continue
        edits += measurement_edits(text, node, change.updates, change.items, quote)
    if new:
        edits.append(_add_series(text, indicator, existing, new, quote))
    return edits


def _series_node(existing: Node | None, kind: str) -> Node | None:
    if not isinstance(existing, SequenceNode):
        return None
    nodes: list[Node] = existing.value
    for node in nodes:
        value = child(node, "kind")
        if isinstance(value, ScalarNode) and value.value == kind:
            return node
    return None


def _add_series(
    text: str, indicator: MappingNode, existing: Node | None, new: Sequence[SeriesChange], quote: str
) -> Edit:
    newline, step = newline_of(text), indent_step(indicator)
    key_column = indicator.value[0][0].start_mark.column
    dash, content = sequence_offsets(indicator)
    lines: list[str] = []
    for change in new:
        lines += _series_lines(change, key_column + dash, key_column + content, step, quote)
    if isinstance(existing, SequenceNode) and existing.value and not existing.flow_style:
        return insert_after(text, existing, lines, newline)
    lines.insert(0, " " * key_column + "comparisons:")
    return new_key_block(text, indicator, lines, _KEYS_AFTER_COMPARISONS, newline)


def _series_lines(change: SeriesChange, dash: int, content: int, step: int, quote: str) -> list[str]:
    header: dict[str, Any] = {"kind": change.kind, "name": change.name}
    if change.region is not None:
        header["region"] = change.region
    block = render_mapping(header, content, step, quote)
    block[0] = " " * dash + "-" + " " * (content - dash - 1) + block[0][content:]
    block.append(" " * content + "measurements:")
    inner = content + (content - dash)
    block += item_lines(change.items, inner, inner + (content - dash), step, quote)
    return block
