"""The OData v3 `$filter` subset the police host understands: eq, and, or, parentheses,
substringof('x',Field), startswith(Field,'x'). Anything else is a 400, like the real server."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Row = dict[str, str]
Predicate = Callable[[Row], bool]
_TOKEN = re.compile(r"\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_]*))")


class FilterError(ValueError):
    pass


@dataclass
class Node:
    kind: str  # 'and', 'or', 'eq', 'func'
    children: tuple[Node, ...] = ()
    field: str = ""
    value: str = ""
    test: Predicate | None = None

    def __call__(self, row: Row) -> bool:
        if self.kind == "and":
            return all(child(row) for child in self.children)
        if self.kind == "or":
            return any(child(row) for child in self.children)
        if self.kind == "eq":
            return row.get(self.field) == self.value
        assert self.test is not None
        return self.test(row)

    def candidates(self, field: str) -> set[str] | None:
        """Values `field` can take under this filter (None: unconstrained), to avoid a full scan."""
        if self.kind == "eq":
            return {self.value} if self.field == field else None
        if self.kind == "or":
            found = [child.candidates(field) for child in self.children]
            return None if any(f is None for f in found) else set().union(*[f for f in found if f])
        if self.kind == "and":
            known = [f for f in (child.candidates(field) for child in self.children) if f is not None]
            return set.intersection(*known) if known else None
        return None


def parse_filter(text: str) -> Node:
    tokens = _tokens(text)
    node, rest = _expression(tokens)
    if rest:
        raise FilterError(f"unexpected {rest[0]!r}")
    return node


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    while position < len(text.rstrip()):
        match = _TOKEN.match(text, position)
        if match is None:
            raise FilterError(f"cannot read the filter at {position}")
        kinds = ("(", ")", ",", "str", "name")
        kind = next(k for k, group in zip(kinds, match.groups(), strict=True) if group is not None)
        value = match.group(4).replace("''", "'") if kind == "str" else match.group(match.lastindex or 0)
        tokens.append((kind, value))
        position = match.end()
    return tokens


def _expression(tokens: list[tuple[str, str]]) -> tuple[Node, list[tuple[str, str]]]:
    return _chain(tokens, "or", lambda t: _chain(t, "and", _factor))


def _chain(
    tokens: list[tuple[str, str]], word: str, inner: Callable[..., tuple[Node, list[tuple[str, str]]]]
) -> tuple[Node, list[tuple[str, str]]]:
    node, tokens = inner(tokens)
    parts = [node]
    while tokens and tokens[0] == ("name", word):
        node, tokens = inner(tokens[1:])
        parts.append(node)
    return (parts[0] if len(parts) == 1 else Node(word, tuple(parts))), tokens


def _factor(tokens: list[tuple[str, str]]) -> tuple[Node, list[tuple[str, str]]]:
    if not tokens:
        raise FilterError("the filter ends too early")
    if tokens[0][0] == "(":
        node, rest = _expression(tokens[1:])
        _expect(rest, ")")
        return node, rest[1:]
    name = tokens[0][1]
    if name in ("substringof", "startswith"):
        return _function(name, tokens[1:])
    if len(tokens) < 3 or tokens[1] != ("name", "eq") or tokens[2][0] != "str":
        raise FilterError(f"expected '<Field> eq '<value>'' at {name!r}")
    return Node("eq", field=name, value=tokens[2][1]), tokens[3:]


def _function(name: str, tokens: list[tuple[str, str]]) -> tuple[Node, list[tuple[str, str]]]:
    _expect(tokens, "(")
    first, second = tokens[1], tokens[3]
    _expect(tokens[2:], ",")
    _expect(tokens[4:], ")")
    if name == "substringof":
        needle, field = first[1], second[1]
        return Node("func", test=lambda row: needle in row.get(field, "")), tokens[5:]
    field, prefix = first[1], second[1]
    return Node("func", test=lambda row: row.get(field, "").startswith(prefix)), tokens[5:]


def _expect(tokens: list[tuple[str, str]], kind: str) -> None:
    if not tokens or tokens[0][0] != kind:
        raise FilterError(f"expected {kind!r}")
