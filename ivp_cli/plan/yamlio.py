"""YAML text -> ruamel round-trip tree that keeps positions; positions of nodes by pydantic loc.

Problems are raised as `PlanYamlError` with a 1-based line and column, never as ruamel's exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode
from ruamel.yaml.reader import ReaderError

from ivp_cli.plan.bounds import OutOfBoundsError, refuse_shared_node
from ivp_cli.plan.text import PlanYamlError, read_text
from ivp_cli.plan.yaml_errors import plain_yaml_message

__all__ = ["PlanYamlError", "load_tree", "locate", "read_text", "token_at"]

_ODD_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


class _Constructor(RoundTripConstructor):
    # ruamel raises a bare ValueError (no position) for `2023-13-01`; keep it as text so the
    # schema reports it at its place as an invalid date.
    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


class _Composer(Composer):
    # Refused while composing, before anything is expanded: an alias bomb stops at its first alias.
    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        alias = type(event).__name__ == "AliasEvent"
        refuse_shared_node(event.anchor, alias, None, event.start_mark)
        node = super().compose_node(parent, index)
        if isinstance(parent, MappingNode) and index is None:  # a key
            refuse_shared_node(None, False, str(node.tag), node.start_mark)
        return node


def load_tree(text: str) -> Any:
    _reject_odd_line_breaks(text)
    yaml = YAML(typ="rt")
    yaml.Composer = _Composer
    yaml.Constructor = _Constructor
    try:
        tree = yaml.load(text)
    except OutOfBoundsError as error:
        raise PlanYamlError(error.code, error.line, error.col, error.message) from None
    except MarkedYAMLError as error:
        raise PlanYamlError(*plain_yaml_message(error, text)) from None
    except ReaderError as error:
        line, col = _line_col(text, error.position)
        raise PlanYamlError(
            "IVP001", line, col, "the file holds a control character that YAML forbids"
        ) from None
    except (YAMLError, ValueError, RecursionError) as error:
        raise PlanYamlError("IVP003", 1, 1, f"the file cannot be read as YAML: {error}") from None
    return tree


def _reject_odd_line_breaks(text: str) -> None:
    # YAML counts these as line breaks, editors do not: positions would no longer match.
    match = _ODD_BREAK.search(text)
    if match:
        line, col = _line_col(text, match.start())
        name = {"\r": "a lone carriage return", "\x85": "U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}
        message = f"an unusual line break ({name[match[0]]}): replace it by a normal line break or a space"
        raise PlanYamlError("IVP001", line, col, message)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def locate(tree: Any, loc: Sequence[int | str], at_key: bool = False) -> tuple[int, int]:
    """1-based position of the deepest node on `loc`; segments that are no YAML keys are skipped.

    The last segment found points at its value, or at its key when `at_key` (unknown keys).
    """
    node, position = tree, (0, 0)
    for index, segment in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, CommentedMap) and isinstance(segment, str | int) and segment in node:
            key_line, key_col, value_line, value_col = node.lc.data[segment]
            position = (key_line, key_col) if at_key and last else (value_line, value_col)
            node = node[segment]
        elif isinstance(node, CommentedSeq) and isinstance(segment, int) and 0 <= segment < len(node):
            position = (node.lc.data[segment][0], node.lc.data[segment][1])
            node = node[segment]
    return position[0] + 1, position[1] + 1


def token_at(text: str, line: int, col: int) -> str:
    """The raw source text of a one-line plain scalar at a 1-based position (comment cut off)."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    rest = lines[line - 1][col - 1 :]
    return rest.split(" #", 1)[0].strip()
