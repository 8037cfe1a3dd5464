"""pydantic errors -> Diagnostics at the right node, in words for a municipal editor."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic_core import ErrorDetails

from ivp_cli.validation.context import Where
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.fields import did_you_mean, unknown_key_message
from ivp_cli.validation.numbers import dutch_number_message

# loc segments naming a union member rather than a YAML key ('int', 'list[str]', ...).
_MEMBER = re.compile(r"^(int|float|str|bool|none|list\[.*\]|dict\[.*\])$")
_CODE_FIELDS = {"cbs_code", "region"}
_FILLED = {"name", "unit"}
_NAMES = {
    "int": "a whole number",
    "float": "a number",
    "str": "text",
    "string": "text",
    "list[str]": "a list of texts",
    "bool": "yes or no",
}
_FORMS = {
    "id": "an id uses lower case letters, digits and hyphens, such as 'jeugdoverlast'",
    "cbs_code": "a CBS code looks like GM0415",
    "table": "a table id looks like 47013NED",
    "code": "a Kernbeleid theme code looks like 5.2",
}


def schema_diagnostics(where: Where, errors: list[ErrorDetails]) -> Iterator[Diagnostic]:
    groups: dict[tuple[int | str, ...], list[ErrorDetails]] = {}
    for error in _without_catalog_gaps(errors):
        key = tuple(s for s in error["loc"] if not (isinstance(s, str) and _MEMBER.match(s)))
        groups.setdefault(key, []).append(error)
    for loc, group in groups.items():
        yield _diagnostic(where, loc, group)


def _without_catalog_gaps(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """An unknown `catalog` id explains the name and unit it could not fill in: report it alone."""
    unknown = {error["loc"][:-1] for error in errors if error["loc"][-1:] == ("catalog",)}
    return [
        error
        for error in errors
        if not (error["type"] == "missing" and error["loc"][:-1] in unknown and error["loc"][-1] in _FILLED)
    ]


def _diagnostic(where: Where, loc: tuple[int | str, ...], group: list[ErrorDetails]) -> Diagnostic:
    error = group[0]
    kind, value = error["type"], error.get("input")
    field = next((s for s in reversed(loc) if isinstance(s, str)), "")
    if kind == "invalid_key":
        message = f"the key {loc[-1]!r} is not text: keys are names such as 'title'"
        return where.at(loc, "IVP103", message, at_key=True)
    if field == "catalog" and kind == "value_error":
        return where.at(loc, "IVP231", str(error["msg"]).removeprefix("Value error, "))
    if kind == "extra_forbidden":
        return where.at(loc, "IVP101", unknown_key_message(loc), at_key=True)
    if kind == "missing":
        return where.at(loc[:-1], "IVP102", f"required field '{loc[-1]}' is missing", at_key=True)
    if kind == "union_tag_not_found":
        tag = str(error.get("ctx", {}).get("discriminator", "type")).strip("'")
        return where.at(loc, "IVP102", f"required field '{tag}' is missing", at_key=True)
    if kind in ("union_tag_invalid", "literal_error"):
        return _choice(where, loc, error)
    if isinstance(value, str) and (hint := dutch_number_message(value)):
        return where.at(loc, "IVP208", hint)
    if field in _CODE_FIELDS and isinstance(value, int):
        return _numeric_code(where, loc)
    if kind in ("string_pattern_mismatch", "value_error") or kind.startswith(("date", "datetime")):
        return where.at(loc, "IVP105", _form_message(field, kind, value, error["msg"]))
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "too_short"):
        return where.at(loc, "IVP106", _range_message(field, kind, error.get("ctx", {})))
    return where.at(loc, "IVP103", _type_message(group, value))


def _choice(where: Where, loc: tuple[int | str, ...], error: ErrorDetails) -> Diagnostic:
    ctx = error.get("ctx", {})
    if error["type"] == "union_tag_invalid":
        tag = str(ctx.get("discriminator", "type")).strip("'")
        loc, value = (*loc, tag), str(ctx.get("tag", ""))
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected_tags", "")))
    else:
        value = str(error.get("input"))
        expected = str(ctx.get("expected", ""))
        choices = re.findall(r"'([^']*)'", expected) or re.split(r", | or ", expected)
        if isinstance(error.get("input"), list | dict):
            value = "a list" if isinstance(error.get("input"), list) else "a block of keys"
            return where.at(loc, "IVP104", f"expected one of: {', '.join(choices)}; not {value}")
    message = f"'{value}' is not allowed here; expected one of: {', '.join(choices)}"
    return where.at(loc, "IVP104", message + did_you_mean(value, choices))


def _numeric_code(where: Where, loc: tuple[int | str, ...]) -> Diagnostic:
    line, col = where.position(loc)
    digits = where.token(line, col) or "?"
    message = f'the code {digits} was read as a number; write it as text with its prefix: "GM{digits}"'
    return Diagnostic(where.path, line, col, "IVP211", message)


def _form_message(field: str, kind: str, value: Any, message: str) -> str:
    if kind == "value_error":
        reason = message.removeprefix("Value error, ")
        return reason if f"'{value}'" in reason else f"'{value}' is not a valid {field}: {reason}"
    if kind.startswith(("date", "datetime")):
        return f"'{value}' is not a valid date: write it as YYYY-MM-DD, such as 2023-01-26"
    return f"'{value}' does not have the right form: {_FORMS.get(field, message)}"


def _range_message(field: str, kind: str, ctx: dict[str, Any]) -> str:
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return f"'{field}' needs at least {'one item' if least == 1 else f'{least} items'}"
    words = {"greater_than_equal": "at least", "less_than_equal": "at most", "greater_than": "more than"}
    limit = next(iter(ctx.values()), "?")
    return f"must be {words[kind]} {limit}"


def _type_message(group: list[ErrorDetails], value: Any) -> str:
    if value is None:
        return "this value is empty: fill it in, or remove the key if it is optional"
    kinds = [error["type"] for error in group]
    if any(kind in ("model_type", "dict_type", "model_attributes_type") for kind in kinds):
        return "expected a block of keys here (key: value lines), not a single value or a list"
    if kinds == ["list_type"]:
        return "expected a list here (lines starting with '- ')"
    members = [str(s) for e in group for s in e["loc"] if isinstance(s, str) and _MEMBER.match(s)]
    wanted = [_NAMES.get(m, m) for m in members] or [
        _NAMES.get(k.split("_")[0], "another kind") for k in kinds
    ]
    expected = " or ".join(dict.fromkeys(wanted))
    if isinstance(value, str):
        return f"'{value}' is text, but {expected} is expected here"
    return f"expected {expected} here, not {_kind_of(value)}"


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    return "a block of keys" if isinstance(value, dict) else type(value).__name__
