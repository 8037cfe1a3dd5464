"""Mutated valid plans: either still valid, or every diagnostic points inside the file. Never a crash."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from ivp_cli.load import load_plan_text
from tests.conftest import PLANS, REPO

SEEDS = {
    path.name: path.read_text(encoding="utf-8")
    for path in [*sorted(PLANS.glob("*.yaml")), REPO / "tests" / "bad_plans" / "valid" / "minimal.yaml"]
}
NAMES = sorted(SEEDS)
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**6), 10**6).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["~", "null", "[]", "{}", "[1, a]", "'", '"', "- x", "0432", "9.856", "'12,5%'", "\t"]),
)


def _assert_located(name: str, text: str) -> None:
    loaded, diagnostics = load_plan_text(Path(name), text)
    lines = text.split("\n")
    if loaded is not None and not any(d.severity == "error" for d in diagnostics):
        return
    assert diagnostics, "an invalid plan must say why"
    for diagnostic in diagnostics:
        assert 1 <= diagnostic.line <= len(lines) + 1, diagnostic
        width = len(lines[diagnostic.line - 1]) if diagnostic.line <= len(lines) else 0
        assert 1 <= diagnostic.col <= width + 1, diagnostic
        assert diagnostic.message


def _lines(data: st.DataObject) -> tuple[str, list[str], int]:
    name = data.draw(st.sampled_from(NAMES))
    lines = SEEDS[name].splitlines(keepends=True)
    return name, lines, data.draw(st.integers(0, len(lines) - 1))


@SETTINGS
@given(st.data())
def test_deleting_a_line(data: st.DataObject) -> None:
    name, lines, index = _lines(data)
    _assert_located(name, "".join(lines[:index] + lines[index + 1 :]))


@SETTINGS
@given(st.data(), scalars)
def test_replacing_a_value(data: st.DataObject, value: str) -> None:
    name, lines, index = _lines(data)
    key, colon, _ = lines[index].partition(": ")
    replaced = f"{key}{colon}{value}\n" if colon else f"{lines[index].rstrip()} {value}\n"
    _assert_located(name, "".join([*lines[:index], replaced, *lines[index + 1 :]]))


@SETTINGS
@given(st.data(), st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=10))
def test_renaming_a_key(data: st.DataObject, new_key: str) -> None:
    name, lines, index = _lines(data)
    line = lines[index]
    indent = len(line) - len(line.lstrip(" -"))
    _key, colon, rest = line[indent:].partition(":")
    renamed = f"{line[:indent]}{new_key}{colon}{rest}" if colon else line
    _assert_located(name, "".join([*lines[:index], renamed, *lines[index + 1 :]]))


@SETTINGS
@given(st.data(), st.integers(1, 3))
def test_duplicating_lines(data: st.DataObject, count: int) -> None:
    name, lines, index = _lines(data)
    block = lines[index : index + count]
    _assert_located(name, "".join([*lines[: index + count], *block, *lines[index + count :]]))


@SETTINGS
@given(
    st.data(), st.integers(0, 80), st.sampled_from(["\t", "\x00", "\ufeff", ":", "#", "&a", "*a", "!!int "])
)
def test_injecting_characters(data: st.DataObject, column: int, junk: str) -> None:
    name, lines, index = _lines(data)
    line = lines[index]
    at = min(column, len(line.rstrip("\n")))
    _assert_located(name, "".join([*lines[:index], line[:at] + junk + line[at:], *lines[index + 1 :]]))


def _slots(node: object, found: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """Every (container, key) pair in a loaded tree, so one value can be swapped out."""
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            _slots(value, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            _slots(value, found)
    return found


tree_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(min_size=1, max_size=5), st.integers(), max_size=2),
)


@SETTINGS
@given(st.data(), tree_values)
def test_replacing_a_node_in_the_tree(data: st.DataObject, value: object) -> None:
    name = data.draw(st.sampled_from(NAMES))
    yaml = YAML(typ="rt")
    tree = yaml.load(SEEDS[name])
    container, key = data.draw(st.sampled_from(_slots(tree, [])))
    container[key] = value  # type: ignore[index]
    buffer = io.StringIO()
    yaml.dump(tree, buffer)
    _assert_located(name, buffer.getvalue())
