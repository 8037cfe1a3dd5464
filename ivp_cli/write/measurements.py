"""Adding measurement items to an indicator in the YAML text, matching the file's own layout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ivp_cli.write.yamledit import Edit, child, newline_of, preferred_quote, render_mapping

# Indicator keys that follow `measurements` in model order (ivp_cli/model.py Indicator).
_KEYS_AFTER_MEASUREMENTS = ("note",)


def add_measurements(text: str, root: Node, indicator: Node, items: Sequence[Mapping[str, Any]]) -> Edit:
    if not isinstance(indicator, MappingNode):
        raise ValueError("an indicator is a mapping")
    newline, quote = newline_of(text), preferred_quote(root)
    existing = child(indicator, "measurements")
    if isinstance(existing, SequenceNode) and existing.value and not existing.flow_style:
        dash, content = existing.start_mark.column, existing.value[0].start_mark.column
        lines = _item_lines(items, dash, content, _step(indicator), quote)
        return _insert_after(text, existing, lines, newline)
    key_column = indicator.value[0][0].start_mark.column
    dash_offset, content_offset = _sequence_offsets(indicator)
    lines = _item_lines(items, key_column + dash_offset, key_column + content_offset, _step(indicator), quote)
    if existing is not None:
        return _replace_empty(text, indicator, existing, lines, newline)
    lines.insert(0, " " * key_column + "measurements:")
    for key in _KEYS_AFTER_MEASUREMENTS:
        follower = _key_node(indicator, key)
        if follower is not None:
            start = _line_start(text, follower.start_mark.index)
            return Edit(start, start, newline.join(lines) + newline)
    return _insert_after(text, indicator, lines, newline)


def _item_lines(
    items: Sequence[Mapping[str, Any]], dash: int, content: int, step: int, quote: str
) -> list[str]:
    lines: list[str] = []
    for item in items:
        block = render_mapping(item, content, step, quote)
        block[0] = " " * dash + "-" + " " * (content - dash - 1) + block[0][content:]
        lines.extend(block)
    return lines


def _sequence_offsets(indicator: MappingNode) -> tuple[int, int]:
    """Dash and content columns of the indicator's other block lists, relative to its keys."""
    key_column = indicator.value[0][0].start_mark.column
    for _, value in indicator.value:
        if isinstance(value, SequenceNode) and value.value and not value.flow_style:
            return value.start_mark.column - key_column, value.value[0].start_mark.column - key_column
    return 2, 4


def _step(indicator: MappingNode) -> int:
    for key_node, value in indicator.value:
        if isinstance(value, MappingNode) and value.value and not value.flow_style:
            step: int = value.value[0][0].start_mark.column - key_node.start_mark.column
            return max(1, step)
    return 2


def _key_node(mapping: MappingNode, key: str) -> Node | None:
    return next((k for k, _ in mapping.value if k.value == key), None)


def _replace_empty(text: str, indicator: MappingNode, node: Node, lines: list[str], newline: str) -> Edit:
    """`measurements: []` or a bare `measurements:` becomes a block list."""
    body = newline + newline.join(lines)
    if isinstance(node, ScalarNode) and node.start_mark.index == node.end_mark.index:
        key = _key_node(indicator, "measurements")
        assert key is not None  # the value came from this key
        end = _line_end(text, key.end_mark.index)
        return Edit(end, end, body)
    start = node.start_mark.index
    while start > 0 and text[start - 1] == " ":  # no trailing space after `measurements:`
        start -= 1
    return Edit(start, node.end_mark.index, body)


def _insert_after(text: str, node: Node, lines: list[str], newline: str) -> Edit:
    """New lines go right after the line holding the node's last value (its comment included)."""
    end = _line_end(text, _last_leaf_end(text, node))
    body = newline.join(lines)
    if end == len(text):  # the file does not end with a line break
        return Edit(end, end, newline + body)
    after_break = end + len(_break_at(text, end))
    return Edit(after_break, after_break, body + newline)


def _last_leaf_end(text: str, node: Node) -> int:
    """End of the last real value under `node` (a block node's own end runs into trailing comments)."""
    while isinstance(node, MappingNode | SequenceNode) and node.value and not node.flow_style:
        last = node.value[-1]
        node = last[1] if isinstance(node, MappingNode) else last
    end: int = node.end_mark.index
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _line_end(text: str, index: int) -> int:
    """Index of the line break that ends the line holding `index` (or the end of the text)."""
    positions = [p for p in (text.find("\r\n", index), text.find("\n", index)) if p >= 0]
    return min(positions) if positions else len(text)


def _break_at(text: str, index: int) -> str:
    return "\r\n" if text.startswith("\r\n", index) else "\n"


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1
