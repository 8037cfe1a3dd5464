"""Format-preserving edits of a plan's YAML text.

The text is composed only to find where things are (node marks are character offsets into the raw
text, CRLF included): by libyaml, or by ruamel for the rare text only ruamel reads. Edits replace
or insert exact character ranges; nothing is re-dumped, so comments, key order, quoting and line
endings outside the changed values stay byte-identical.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# Text that YAML reads back as the same string when written unquoted (no ': ', ' #', edge spaces).
_PLAIN = re.compile(r"^[A-Za-z_](?:[A-Za-z0-9_.\- ]*[A-Za-z0-9_.\-])?$")
_RESERVED = {"null", "true", "false", "yes", "no", "on", "off", "y", "n", "~"}
# Indicator keys in model order: a missing `measurements:` goes before the first of these present.
_AFTER_MEASUREMENTS = ("note",)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str


def compose(text: str) -> Node:
    from ivp_cli.plan.plain_yaml import NotPlainError
    from ivp_cli.plan.plain_yaml import compose as compose_c

    try:
        node: Node = compose_c(text)
    except NotPlainError:
        return _round_trip_nodes(text)
    return node


def _round_trip_nodes(text: str) -> Node:
    from ruamel.yaml import YAML

    return _converted(YAML(typ="rt").compose(text))


def _converted(node: Any) -> Node:
    """ruamel's nodes as PyYAML's (the same fields; ruamel's marks kept)."""
    if node.id == "mapping":
        pairs = [(_converted(key), _converted(value)) for key, value in node.value]
        return MappingNode(str(node.tag), pairs, node.start_mark, node.end_mark, node.flow_style)
    if node.id == "sequence":
        items = [_converted(item) for item in node.value]
        return SequenceNode(str(node.tag), items, node.start_mark, node.end_mark, node.flow_style)
    return ScalarNode(str(node.tag), node.value, node.start_mark, node.end_mark, node.style)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def newline_of(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def child(node: Node, key: str | int) -> Node | None:
    if isinstance(key, int):
        return node.value[key] if isinstance(node, SequenceNode) and key < len(node.value) else None
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == key:
                return value_node  # type: ignore[no-any-return]
    return None


def find(node: Node, path: Sequence[str | int]) -> Node | None:
    current: Node | None = node
    for key in path:
        current = None if current is None else child(current, key)
    return current


def render_scalar(value: object, quote: str = '"') -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    if quote == "'" and text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def preferred_quote(root: Node) -> str:
    """The quote character the file uses most for its scalars, so new values look like the old."""
    counts = {"'": 0, '"': 0}
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode) and node.style in counts:
            counts[node.style] += 1
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return "'" if counts["'"] > counts['"'] else '"'


def render_flow(value: object, quote: str) -> str:
    if isinstance(value, Mapping):
        pairs = (f"{render_scalar(k, quote)}: {render_flow(v, quote)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(render_flow(v, quote) for v in value) + "]"
    return render_scalar(value, quote)


def render_mapping(item: Mapping[str, Any], indent: int, step: int, quote: str = '"') -> list[str]:
    """Block lines of a mapping; nested mappings in block style, anything deeper in flow style."""
    lines: list[str] = []
    for key, value in item.items():
        if isinstance(value, Mapping):
            lines.append(" " * indent + f"{key}:")
            lines.extend(" " * (indent + step) + f"{k}: {render_flow(v, quote)}" for k, v in value.items())
        else:
            lines.append(" " * indent + f"{key}: {render_flow(value, quote)}")
    return lines


def replace_scalar(node: Node, value: object) -> Edit:
    if not isinstance(node, ScalarNode):
        raise ValueError("only a scalar value can be replaced in place")
    quote = "'" if node.style == "'" else '"'
    text = render_scalar(value, quote)
    if node.start_mark.index == node.end_mark.index:
        text = " " + text  # an empty value ('value:'): libyaml places it right after the colon
    return Edit(node.start_mark.index, node.end_mark.index, text)
