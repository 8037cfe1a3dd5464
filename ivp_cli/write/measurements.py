"""Appending items to a list of one mapping in the YAML text (an indicator's measurements or
explanations, an action's progress), matching the file's own layout."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ivp_cli.errors import WriteRefusedError
from ivp_cli.write.yamledit import (
    Edit,
    child,
    find,
    newline_of,
    render_flow,
    render_mapping,
    replace_scalar,
)

# Indicator keys that follow `measurements` in model order (ivp_cli/plan/model.py Indicator).
_KEYS_AFTER_MEASUREMENTS = ("note", "explanations")


def add_measurements(text: str, indicator: Node, items: Sequence[Mapping[str, Any]], quote: str) -> Edit:
    return add_items(text, indicator, "measurements", items, _KEYS_AFTER_MEASUREMENTS, quote)


def add_items(
    text: str,
    mapping: Node,
    key: str,
    items: Sequence[Mapping[str, Any]],
    followers: Sequence[str],
    quote: str,
) -> Edit:
    """Append `items` to the list under `key`; a new key goes before the first of `followers` present.

    `quote` is the file's own (`preferred_quote`), worked out once per text by the caller: it walks
    the whole tree, and a plan's edits are many.
    """
    if not isinstance(mapping, MappingNode):
        raise ValueError(f"the items of '{key}' belong to a mapping")
    newline = newline_of(text)
    existing = child(mapping, key)
    if isinstance(existing, SequenceNode) and existing.value and not existing.flow_style:
        dash, content = existing.start_mark.column, existing.value[0].start_mark.column
        lines = item_lines(items, dash, content, indent_step(mapping), quote)
        return insert_after(text, existing, lines, newline)
    key_column = mapping.value[0][0].start_mark.column
    dash_offset, content_offset = sequence_offsets(mapping)
    lines = item_lines(
        items, key_column + dash_offset, key_column + content_offset, indent_step(mapping), quote
    )
    if existing is not None:
        return _replace_empty(text, mapping, key, existing, lines, newline)
    lines.insert(0, " " * key_column + f"{key}:")
    return new_key_block(text, mapping, lines, followers, newline)


def new_key_block(text: str, mapping: Node, lines: list[str], followers: Sequence[str], newline: str) -> Edit:
    """`lines` (a new key and its items) put before the first of `followers` present, else at the end."""
    for name in followers:
        follower = _key_node(mapping, name) if isinstance(mapping, MappingNode) else None
        if follower is not None:
            start = _line_start(text, follower.start_mark.index)
            return Edit(start, start, newline.join(lines) + newline)
    return insert_after(text, mapping, lines, newline)


def measurement_edits(
    text: str,
    owner: Node,
    updates: Sequence[tuple[int, tuple[str, ...], object]],
    items: Sequence[Mapping[str, Any]],
    quote: str,
) -> list[Edit]:
    """Changed values of existing measurements of `owner` (an indicator, a series), then new ones."""
    edits: list[Edit] = []
    for index, path, value in updates:
        item = find(owner, ["measurements", index])
        if not isinstance(item, MappingNode):
            raise WriteRefusedError(f"ivp: measurement {index} to change is not in the plan as read")
        edits.append(_update(text, item, path, value, quote))
    if items:
        edits.append(add_measurements(text, owner, items, quote))
    return edits


# A measurement's keys in model order (ivp_cli/plan/model.py Observation): where a missing one goes.
_MEASUREMENT_KEYS = ("period", "value", "margin", "status", "value_status", "decimals", "provenance")


def _update(text: str, item: MappingNode, path: tuple[str, ...], value: object, quote: str) -> Edit:
    """One changed value in a measurement: a scalar in place, a mapping (a revised value's whole
    provenance) as a block in the file's indentation, a key the measurement lacks added in order.

    A replaced block is machine-written (ivp wrote it at fetch time); a comment inside it goes with
    it, a comment after it stays.
    """
    node = find(item, list(path))
    if isinstance(node, ScalarNode) and not isinstance(value, Mapping):
        return replace_scalar(node, value)
    if isinstance(node, MappingNode) and isinstance(value, Mapping):
        return _replace_block(text, node, value, quote)
    if node is None and len(path) == 1:
        return _add_key(text, item, path[0], value, quote)
    raise WriteRefusedError(f"ivp: cannot write {'.'.join(path)} of a measurement in place")


def _replace_block(text: str, node: MappingNode, value: Mapping[str, Any], quote: str) -> Edit:
    if node.flow_style or not node.value:
        return Edit(node.start_mark.index, node.end_mark.index, render_flow(value, quote))
    # Its values in flow style, as a new measurement's provenance is written (render_mapping).
    lines = [" " * node.start_mark.column + f"{key}: {render_flow(v, quote)}" for key, v in value.items()]
    body = newline_of(text).join(lines)[node.start_mark.column :]  # it starts at the first key
    return Edit(node.start_mark.index, _last_leaf_end(text, node), body)


def _add_key(text: str, item: MappingNode, key: str, value: object, quote: str) -> Edit:
    column = item.value[0][0].start_mark.column
    lines = render_mapping({key: value}, column, indent_step(item), quote)
    later = _MEASUREMENT_KEYS[_MEASUREMENT_KEYS.index(key) + 1 :] if key in _MEASUREMENT_KEYS else ()
    first = item.value[0][0].value  # on the dash's line: nothing is put before it
    return new_key_block(text, item, lines, [k for k in later if k != first], newline_of(text))


def item_lines(
    items: Sequence[Mapping[str, Any]], dash: int, content: int, step: int, quote: str
) -> list[str]:
    lines: list[str] = []
    for item in items:
        block = render_mapping(item, content, step, quote)
        block[0] = " " * dash + "-" + " " * (content - dash - 1) + block[0][content:]
        lines.extend(block)
    return lines


def sequence_offsets(mapping: MappingNode) -> tuple[int, int]:
    """Dash and content columns of the mapping's other block lists, relative to its keys."""
    key_column = mapping.value[0][0].start_mark.column
    for _, value in mapping.value:
        if isinstance(value, SequenceNode) and value.value and not value.flow_style:
            return value.start_mark.column - key_column, value.value[0].start_mark.column - key_column
    return 2, 4


def indent_step(mapping: MappingNode) -> int:
    for key_node, value in mapping.value:
        if isinstance(value, MappingNode) and value.value and not value.flow_style:
            step: int = value.value[0][0].start_mark.column - key_node.start_mark.column
            return max(1, step)
    return 2


def _key_node(mapping: MappingNode, key: str) -> Node | None:
    return next((k for k, _ in mapping.value if k.value == key), None)


def _replace_empty(
    text: str, mapping: MappingNode, key: str, node: Node, lines: list[str], newline: str
) -> Edit:
    """`measurements: []` or a bare `measurements:` becomes a block list."""
    body = newline + newline.join(lines)
    if isinstance(node, ScalarNode) and node.start_mark.index == node.end_mark.index:
        key_node = _key_node(mapping, key)
        assert key_node is not None  # the value came from this key
        end = _line_end(text, key_node.end_mark.index)
        return Edit(end, end, body)
    start = node.start_mark.index
    while start > 0 and text[start - 1] == " ":  # no trailing space after `measurements:`
        start -= 1
    return Edit(start, node.end_mark.index, body)


def insert_after(text: str, node: Node, lines: list[str], newline: str) -> Edit:
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
