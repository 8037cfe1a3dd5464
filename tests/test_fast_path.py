"""The fast path (libyaml, plain data) and the round-trip path give the same plans and diagnostics.

Differential: every shipped plan, every bad plan, every test plan, and hypothesis-mutated plans are
loaded both ways (`fast=False` forces the round-trip path); and any YAML text the fast reader accepts
must mean to it exactly what it means to ruamel's round-trip loader, value and type.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.resolver import implicit_resolvers

from ivp_cli.load import load_plan, load_plan_text
from ivp_cli.plan import plain_yaml
from ivp_cli.plan.plain_yaml import NotPlainError, load_plain
from ivp_cli.plan.yamlio import PlanYamlError, load_tree, read_text
from tests.conftest import PLANS, REPO

ALL_FILES = sorted(
    [*PLANS.glob("*.yaml"), *(REPO / "tests").rglob("*.yaml")],
    key=lambda path: str(path),
)


def _readable(path: Path) -> bool:
    try:
        read_text(path)
    except PlanYamlError:
        return False
    return True


# Files read_text refuses (binary, not UTF-8) never reach either parser; they have their own test.
FILES = [path for path in ALL_FILES if _readable(path)]
UNREADABLE = [path for path in ALL_FILES if not _readable(path)]
SEEDS = {path.name: path.read_text(encoding="utf-8") for path in sorted(PLANS.glob("*.yaml"))}
NAMES = sorted(SEEDS)

# Scalars whose typing differs between YAML 1.1 and 1.2, or between loaders.
TRICKY = [
    "0432",
    "09",
    "0o17",
    "0x1F",
    "0b101",
    "1_000",
    "+12",
    "-0",
    "007.5",
    "1e3",
    "1E-3",
    "1.",
    ".5",
    "-.5",
    "6.8523015e+5",
    "685.230_15e+03",
    ".inf",
    "-.Inf",
    ".NaN",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "true",
    "False",
    "TRUE",
    "~",
    "null",
    "Null",
    "NULL",
    "",
    "2023-01-26",
    "2023-1-26",
    "2023-13-01",
    "2023-02-30",
    "2023-01-26T10:00:00Z",
    "2023-01-26 10:00:00",
    "1:30",
    "190:20:30",
    "=",
    "<<",
    "0.",
    "'0432'",
    '"yes"',
    "'2023-01-26'",
    "[1, 2]",
    "{a: 1}",
    "[]",
    "{}",
    "- x",
    "a: b",
    "'",
    '"',
    "#",
    "9.856",
    "12,5",
    "12,5%",
    "€ 10",
    "GM0415",
    "-",
    "?",
    "|",
    ">",
    "|-\n  x",
    ">\n  a\n  b",
    "\t",
    "&a x",
    "*a",
    "!!str 1",
    "!!int '3'",
    "! 0432",
    "%YAML 1.1",
    "---",
    "...",
    "x\ry",
    "x\u2028y",
]
tokens = st.one_of(st.sampled_from(TRICKY), st.text(max_size=10))


def _both(path: Path, text: str) -> tuple[Any, Any]:
    fast, fast_diagnostics = load_plan_text(path, text)
    slow, slow_diagnostics = load_plan_text(path, text, fast=False)
    return (
        (fast.plan if fast else None, fast_diagnostics),
        (slow.plan if slow else None, slow_diagnostics),
    )


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_file_gives_the_same_plan_and_diagnostics(path: Path) -> None:
    fast, slow = _both(path, read_text(path))
    assert fast == slow


@pytest.mark.parametrize("path", UNREADABLE, ids=lambda path: str(path.relative_to(REPO)))
def test_an_unreadable_file_is_refused_before_either_parser(path: Path) -> None:
    loaded, diagnostics = load_plan(path)
    assert loaded is None
    assert [d.code for d in diagnostics] == ["IVP001"]


def test_the_shipped_plans_take_the_fast_path() -> None:
    for name, text in SEEDS.items():
        assert isinstance(load_plain(text), dict), name


def _mutated(data: st.DataObject, lines: list[str], value: str) -> str:
    index = data.draw(st.integers(0, len(lines) - 1))
    line = lines[index]
    how = data.draw(st.sampled_from(["value", "delete", "duplicate", "insert", "indent"]))
    if how == "value":
        key, colon, _ = line.partition(": ")
        line = f"{key}{colon}{value}\n" if colon else f"{line.rstrip()} {value}\n"
    elif how == "delete":
        line = ""
    elif how == "duplicate":
        line = line + line
    elif how == "insert":
        at = data.draw(st.integers(0, len(line)))
        line = line[:at] + value + line[at:]
    else:
        line = " " * data.draw(st.integers(1, 3)) + line
    return "".join([*lines[:index], line, *lines[index + 1 :]])


@settings(max_examples=150)
@given(st.data(), tokens)
def test_mutated_plans_give_the_same_plan_and_diagnostics(data: st.DataObject, value: str) -> None:
    name = data.draw(st.sampled_from(NAMES))
    text = _mutated(data, SEEDS[name].splitlines(keepends=True), value)
    fast, slow = _both(Path(name), text)
    assert fast == slow


def _canonical(value: Any) -> Any:
    """ruamel's round-trip types (CommentedMap, ScalarFloat, ...) as the plain types they extend."""
    if isinstance(value, dict):
        return ("map", [(_canonical(k), _canonical(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [_canonical(item) for item in value])
    for kind in (bool, int, float, str, dt.datetime, dt.date):
        if isinstance(value, kind):
            if isinstance(value, float) and math.isnan(value):
                return ("float", "nan")
            plain = kind(value) if kind in (bool, int, float, str) else value  # type: ignore[arg-type]
            return (kind.__name__, plain)
    return (type(value).__name__, value)


def _round_trip(text: str) -> Any:
    return _canonical(load_tree(text))


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "0", "yes"]), tokens), min_size=1, max_size=4))
def test_the_fast_reader_types_every_scalar_as_the_round_trip_path(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{key}: {value}\n" for key, value in pairs)
    text += "list:\n" + "".join(f"  - {value}\n" for _, value in pairs)
    try:
        plain = load_plain(text)
    except NotPlainError:
        return  # no claim: the round-trip path reads it
    assert _canonical(plain) == _round_trip(text)


@pytest.mark.parametrize("text", [f"v: {token}\n" for token in TRICKY] + [f"- {t}\n" for t in TRICKY])
def test_each_tricky_scalar_reads_the_same_or_goes_the_round_trip_way(text: str) -> None:
    try:
        plain = load_plain(text)
    except NotPlainError:
        return
    assert _canonical(plain) == _round_trip(text)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("0432", ("int", 432)),
        ("yes", ("str", "yes")),
        ("2023-01-26", ("date", dt.date(2023, 1, 26))),
        ("2023-13-01", ("str", "2023-13-01")),
        ("1_000", ("int", 1000)),
        ("1e3", ("float", 1000.0)),
        ("0o17", ("int", 15)),
        ("~", ("NoneType", None)),
    ],
)
def test_yaml_1_2_typing(token: str, expected: tuple[str, Any]) -> None:
    assert _canonical(load_plain(f"v: {token}\n")) == ("map", [(("str", "v"), expected)])


@pytest.mark.parametrize(
    "text",
    [
        "base: &b {x: 1}\nv:\n  <<: *b\n  y: 2\n",  # merge keys: ruamel's own semantics
        "v: {<<: {x: 1}, y: 2}\n",
        "%YAML 1.1\n---\nv: yes\n",  # a directive changes the typing
        "v: !!str 0432\n",
        "v: a\nv: b\n",  # duplicate key
        "v: 2023-01-26T10:00:00Z\n",  # a time of day
        "? [a, b]\n: c\n",  # a complex key
        "v: x\ry\n",
        "a: 1\n---\nb: 2\n",
    ],
)
def test_what_the_fast_reader_leaves_to_the_round_trip_path(text: str) -> None:
    with pytest.raises(NotPlainError):
        load_plain(text)


def _stripped(pattern: str) -> str:
    return re.sub(r"\s+", "", pattern)


def test_the_resolver_table_is_ruamels_yaml_1_2_table() -> None:
    ours = {
        f"tag:yaml.org,2002:{tag}": (_stripped(pattern.pattern), set(first))
        for tag, pattern, first in plain_yaml.RESOLVERS
    }
    theirs = {
        tag: (_stripped(regexp.pattern), set(first) - {""})
        for versions, tag, regexp, first in implicit_resolvers
        if (1, 2) in versions and not tag.endswith(":yaml")  # 'yaml' is documentation only, says ruamel
    }
    assert ours == theirs


def test_ruamel_still_reads_our_empty_scalar_as_null() -> None:
    assert YAML(typ="rt").load("v:\n") == {"v": None}
    assert load_plain("v:\n") == {"v": None}


def _placed(
    node: Any, found: list[tuple[object, ...]], seen: set[int] | None = None
) -> list[tuple[object, ...]]:
    """Every node's kind, marks and style; an empty scalar's place is left out (see below).

    A node an alias repeats is visited once: walking an alias bomb's tree in full never ends.
    """
    seen = set() if seen is None else seen
    if id(node) in seen:
        return found
    seen.add(id(node))
    if not (node.id == "scalar" and node.value == ""):
        style = getattr(node, "style", None) or None
        flow = getattr(node, "flow_style", None)
        found.append((node.id, node.start_mark.index, node.end_mark.index, style, flow))
    if node.id == "mapping":
        for key, value in node.value:
            _placed(key, found, seen)
            _placed(value, found, seen)
    elif node.id == "sequence":
        for item in node.value:
            _placed(item, found, seen)
    return found


def _same_places(text: str) -> None:
    try:
        theirs = YAML(typ="rt").compose(text)
        ours = plain_yaml.compose(text)
    except Exception:
        return  # a text one of them cannot read: yamledit composes it with ruamel
    if theirs is not None and ours is not None:
        # ruamel puts an empty value at the next token, libyaml right after its colon (where an edit
        # belongs); every other node sits at the same character offsets, so edits land alike.
        assert _placed(ours, []) == _placed(theirs, [])


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_libyaml_places_every_node_where_ruamel_does(path: Path) -> None:
    _same_places(path.read_bytes().decode("utf-8", "replace"))
    _same_places(path.read_bytes().decode("utf-8", "replace").replace("\n", "\r\n"))


@settings(max_examples=100)
@given(st.data(), tokens)
def test_libyaml_places_nodes_of_mutated_plans_where_ruamel_does(data: st.DataObject, value: str) -> None:
    name = data.draw(st.sampled_from(NAMES))
    _same_places(_mutated(data, SEEDS[name].splitlines(keepends=True), value))
