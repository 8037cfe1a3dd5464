"""Positions: pydantic locs to YAML nodes, YAML problems, unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivp_cli.load import expand_paths, load_plan
from ivp_cli.plan.yamlio import PlanYamlError, load_tree, locate, token_at

TEXT = """\
a:
  b: 1
  c:
    - x: 1
      y: [1, 2]
    -   z: 3
"""


@pytest.mark.parametrize(
    ("loc", "at_key", "position"),
    [
        (("a", "b"), False, (2, 6)),
        (("a", "b"), True, (2, 3)),
        (("a", "c", 0, "y"), False, (5, 10)),
        (("a", "c", 0, "y", 1), False, (5, 14)),
        (("a", "c", 1, "z"), False, (6, 12)),
        (("a", "c", 1, "missing"), True, (6, 9)),
        (("a", "c", 0, "function-after[check(), str]", "x"), False, (4, 10)),
        (("a", "c", 5), False, (4, 5)),
        (("nothing",), False, (1, 1)),
    ],
)
def test_locate_walks_what_exists_and_skips_the_rest(
    loc: tuple[int | str, ...], at_key: bool, position: tuple[int, int]
) -> None:
    assert locate(load_tree(TEXT), loc, at_key=at_key) == position


def test_token_at_cuts_comments() -> None:
    assert token_at("a: 0432  # code\n", 1, 4) == "0432"
    assert token_at("a: 1\n", 5, 1) == ""


@pytest.mark.parametrize(
    ("text", "code", "line", "col", "message"),
    [
        ("a: 1\n---\nb: 2\n", "IVP003", 2, 1, "a second document ('---'): keep one plan per file"),
        (
            "a: [1\n",
            "IVP003",
            2,
            1,
            "YAML syntax error: expected ',' or ']', but got '<stream end>' (while parsing a flow sequence)",
        ),
        (
            "a:\n  - b: 1\n    b: 2\n",
            "IVP005",
            3,
            5,
            "the key 'b' appears twice in the same block (first on line 2); keep one",
        ),
        ("a: \x07\n", "IVP001", 1, 4, "the file holds a control character that YAML forbids"),
    ],
)
def test_yaml_problems_are_located(text: str, code: str, line: int, col: int, message: str) -> None:
    with pytest.raises(PlanYamlError) as caught:
        load_tree(text)
    assert (caught.value.code, caught.value.line, caught.value.col, caught.value.message) == (
        code,
        line,
        col,
        message,
    )


def test_missing_file_is_a_diagnostic(tmp_path: Path) -> None:
    loaded, diagnostics = load_plan(tmp_path / "gone.yaml")
    assert loaded is None
    assert [d.text() for d in diagnostics] == [
        f"{tmp_path / 'gone.yaml'}:1:1: error[IVP001]: cannot read the file: No such file or directory"
    ]


def test_expand_paths_takes_yaml_and_yml_sorted(tmp_path: Path) -> None:
    for name in ("b.yml", "a.yaml", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    single = tmp_path / "notes.txt"
    assert expand_paths([tmp_path, single]) == [tmp_path / "a.yaml", tmp_path / "b.yml", single]
