"""YAML text -> plain data through libyaml (C), typed exactly as the round-trip path types it.

The fast path for clean files. ruamel's round-trip loader (`yamlio.load_tree`) stays the reference:
it keeps the positions every diagnostic needs, and it decides what a text means. This module reads
YAML 1.2 the way that loader does (the resolver table below is ruamel's, a test keeps them equal;
`0432` is the integer 432, `yes` is text, `2023-01-26` is a date, `2023-13-01` stays text), and
raises `NotPlainError` for everything it does not read the same way for certain: a syntax error, a
duplicate key, a directive, a tag, an anchor or alias (and with them merge keys), a time of day, an
odd line break. The caller then takes the round-trip path, so the result is the same either way.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from yaml import _yaml  # the libyaml binding; PyYAML's own (1.1) resolver and constructor stay unused
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

# Signs of what the round-trip path reads with care of its own: directives ('%' at a line start),
# tags ('!'), anchors ('&name') and aliases ('*name') where a node starts (a plain scalar cannot
# start with them, and 'zorg & veiligheid' is none), tabs (ruamel's scanner refuses some that
# libyaml takes, such as one after a value), and line breaks YAML counts but editors do not. A
# false alarm only costs speed: that text takes the other path.
_SIGNS = re.compile(r"[%!&*\t\r\x85\u2028\u2029]")
_NODE_START = frozenset(" \t\n\r[]{},:")
_NAME_END = frozenset(" \t\n\r[]{},")


# ruamel.yaml's VersionedResolver for YAML 1.2 (ruamel/yaml/resolver.py, `implicit_resolvers`).
BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
FLOAT = re.compile(
    r"""^(?:
     [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
INT = re.compile(
    r"""^(?:[-+]?0b[0-1_]+
    |[-+]?0o?[0-7_]+
    |[-+]?[0-9_]+
    |[-+]?0x[0-9a-fA-F_]+)$""",
    re.X,
)
MERGE = re.compile(r"^(?:<<)$")
NULL = re.compile(r"""^(?: ~ |null|Null|NULL | )$""", re.X)
TIMESTAMP = re.compile(
    r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
    (?:[Tt]|[ \t]+)[0-9][0-9]?
    :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
    (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
    re.X,
)
VALUE = re.compile(r"^(?:=)$")

# In ruamel's order, keyed by the first character as ruamel keys them.
RESOLVERS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("bool", BOOL, "tTfF"),
    ("float", FLOAT, "-+0123456789."),
    ("int", INT, "-+0123456789"),
    ("merge", MERGE, "<"),
    ("null", NULL, "~nN"),
    ("timestamp", TIMESTAMP, "0123456789"),
    ("value", VALUE, "="),
)
_BY_FIRST: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
for _tag, _pattern, _firsts in RESOLVERS:
    for _first in _firsts:
        _BY_FIRST.setdefault(_first, []).append((_tag, _pattern))
_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_INFINITY = float("inf")


class NotPlainError(Exception):
    """The text needs the round-trip path: it has a problem, or a feature only that path reads."""


class _Parser(_yaml.CParser):
    # libyaml composes the node graph in C and asks for each scalar's tag here.
    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not ScalarNode:
            return "seq" if kind is SequenceNode else "map"
        if not implicit[0]:
            return "str"  # quoted
        if value == "":
            return "null"
        for tag, pattern in _BY_FIRST.get(value[0], ()):
            if pattern.match(value):
                return tag
        return "str"

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def load_plain(text: str) -> Any:
    """The data of a one-document YAML text, as ruamel's round-trip loader gives it; or NotPlainError."""
    if _round_trip_only(text):
        raise NotPlainError
    node = compose(text)  # a syntax error raises NotPlainError: the round-trip path words and places it
    return None if node is None else _construct(node)


def compose(text: str) -> Any:
    """libyaml's node graph of a one-document text: marks are character offsets into the raw text
    (CRLF included), as ruamel's composer gives them; NotPlainError when libyaml cannot read it."""
    parser = _Parser(text)
    try:
        return parser.get_single_node()
    except Exception:
        raise NotPlainError from None
    finally:
        parser.dispose()


def _round_trip_only(text: str) -> bool:
    for match in _SIGNS.finditer(text):
        sign, start = match[0], match.start()
        before = text[start - 1] if start else "\n"
        after = text[start + 1 : start + 2]
        if sign == "%":
            found = before == "\n"
        elif sign == "\r":
            found = after != "\n"
        elif sign in "!&*":
            found = before in _NODE_START and (sign == "!" or (after != "" and after not in _NAME_END))
        else:
            found = True
        if found:
            return True
    return False


def _construct(node: Any) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(node.tag, node.value)
    if isinstance(node, SequenceNode):
        return [_construct(item) for item in node.value]
    if not isinstance(node, MappingNode):
        raise NotPlainError
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _construct(key_node)
        if not isinstance(key_node, ScalarNode) or key_node.tag == "merge" or key in mapping:
            raise NotPlainError  # a complex key, a merge key or a duplicate: the round-trip path decides
        mapping[key] = _construct(value_node)
    return mapping


def _scalar(tag: str, text: str) -> Any:
    if tag == "str":
        return text
    if tag == "null":
        return None
    if tag == "int":
        return _int(text)
    if tag == "float":
        return _float(text)
    if tag == "bool":
        return text.lower() == "true"
    if tag == "timestamp":
        return _date(text)
    raise NotPlainError  # 'value' ('='), 'merge' as a value, or an explicit tag


def _int(text: str) -> int:
    # ruamel RoundTripConstructor.construct_yaml_int for YAML 1.2: leading zeros are decimal.
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    if digits[0] in "+-":
        digits = digits[1:]
    for prefix, base in (("0b", 2), ("0x", 16), ("0o", 8)):
        if digits.startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits)


def _float(text: str) -> float:
    # ruamel RoundTripConstructor.construct_yaml_float for YAML 1.2.
    lowered = text.replace("_", "").lower()
    sign = -1 if lowered[0] == "-" else 1
    if lowered[0] in "+-":
        lowered = lowered[1:]
    if lowered == ".inf":
        return sign * _INFINITY
    if lowered == ".nan":
        return _INFINITY - _INFINITY
    if "." in lowered and "e" not in lowered:
        return WrittenFloat(sign * float(lowered), width=len(lowered), point=lowered.index("."))
    return sign * float(lowered)


class WrittenFloat(float):
    """A float that remembers how many decimals it was written with, as ruamel's round-trip floats
    do (`_width`, `_prec`), so `plan.model.written_decimals` reads 7.0 the same on both paths."""

    _width: int
    _prec: int
    _exp: None = None

    def __new__(cls, value: float, *, width: int, point: int) -> WrittenFloat:
        made = super().__new__(cls, value)
        made._width, made._prec = width, point
        return made


def _date(text: str) -> dt.date | str:
    match = _DATE.match(text)
    if match is None:
        raise NotPlainError  # a time of day: ruamel's TimeStamp keeps more than a datetime does
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return text  # as yamlio's constructor does: the schema reports '2023-13-01' as no date
