"""ruamel's syntax errors rewritten in plain words for the editor of a plan."""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError

_UNCLOSED = "a quote is opened here but never closed"
# A value that opens a quote and does not close it on the same line.
_OPEN_QUOTE = re.compile(r"""^(?P<lead>\s*(-\s+)?[^\s#'"][^#'"]*:\s+)(?P<quote>['"])(?P<rest>.*)$""")
_DUPLICATE = re.compile(r'found duplicate key "(?P<key>[^"]*)"')


def plain_yaml_message(error: MarkedYAMLError, text: str) -> tuple[str, int, int, str]:
    """(code, line, col, message) for a YAML syntax error; 1-based position."""
    problem = error.problem or ""
    context = error.context or ""
    line, col = _mark(error.problem_mark) or _mark(error.context_mark) or (1, 1)
    if isinstance(error, DuplicateKeyError):
        return "IVP005", line, col, _duplicate_message(problem, text, line)
    if "'\\t'" in problem:
        return "IVP004", line, col, "a tab character: YAML indents with spaces only"
    if "scanning a quoted scalar" in context:
        start = _mark(error.context_mark) or (line, col)
        return "IVP003", *start, _UNCLOSED
    if unclosed := _unclosed_quote(text, line):
        return "IVP003", *unclosed, _UNCLOSED
    if problem.startswith("expected <block end>") or problem == "mapping values are not allowed here":
        return "IVP003", line, col, _layout_message(problem)
    if "another document" in problem:
        return "IVP003", line, col, "a second document ('---'): keep one plan per file"
    detail = f"{problem} ({context})" if context else problem
    return "IVP003", line, col, f"YAML syntax error: {detail}"


def _mark(mark: Any) -> tuple[int, int] | None:
    return None if mark is None else (mark.line + 1, mark.column + 1)


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int] | None:
    """Where an unclosed quote starts, when one does before the error (it swallowed the lines)."""
    for number, line in enumerate(text.splitlines()[: error_line - 1], start=1):
        match = _OPEN_QUOTE.match(line)
        if match and match["quote"] not in match["rest"]:
            return number, len(match["lead"]) + 1
    return None


def _layout_message(problem: str) -> str:
    if problem.startswith("expected <block end>"):
        return "the indentation of this line does not match the lines above it"
    return (
        "unexpected ':' here: check the indentation of this line, or put a value that contains ': ' in quotes"
    )


def _duplicate_message(problem: str, text: str, line: int) -> str:
    match = _DUPLICATE.search(problem)
    key = match["key"] if match else "?"
    message = f"the key '{key}' appears twice in the same block"
    first = _first_line_of_key(text, key, line)
    return f"{message} (first on line {first}); keep one" if first else f"{message}; keep one"


def _first_line_of_key(text: str, key: str, duplicate_line: int) -> int | None:
    lines = text.splitlines()
    indent = len(lines[duplicate_line - 1]) - len(lines[duplicate_line - 1].lstrip(" -"))
    pattern = re.compile(rf"^[ -]{{{indent}}}['\"]?{re.escape(key)}['\"]?\s*:")
    for number in range(duplicate_line - 1, 0, -1):
        candidate = lines[number - 1]
        if pattern.match(candidate):
            return number
        stripped = candidate.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if "-" in candidate[:indent] or len(candidate) - len(candidate.lstrip(" -")) < indent:
            return None  # left the mapping: its first line or an outer block
    return None
