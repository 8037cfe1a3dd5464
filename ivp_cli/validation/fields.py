"""Which model a pydantic error `loc` points into, so unknown keys get "did you mean ...?"."""

from __future__ import annotations

import difflib
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ivp_cli.plan.model import Plan


def _members(annotation: Any) -> list[Any]:
    """The alternatives of an annotation, with Annotated and None removed."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _members(get_args(annotation)[0])
    if origin is Union or origin is types.UnionType:
        return [member for arg in get_args(annotation) for member in _members(arg)]
    return [] if annotation is type(None) else [annotation]


def _tags(model: type[BaseModel]) -> set[str]:
    tags: set[str] = set()
    for name in ("type", "source"):
        field = model.model_fields.get(name)
        if field is not None and get_origin(field.annotation) is Literal:
            tags.update(str(arg) for arg in get_args(field.annotation))
    return tags


def _step(candidates: list[Any], segment: int | str) -> list[Any]:
    models = [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]
    tagged = [m for m in models if isinstance(segment, str) and segment in _tags(m)]
    if tagged:
        return tagged  # a union tag such as 'at_most_baseline': not a YAML key
    found: list[Any] = []
    for candidate in candidates:
        origin = get_origin(candidate)
        if candidate in models and isinstance(segment, str) and segment in candidate.model_fields:
            found.extend(_members(candidate.model_fields[segment].annotation))
        elif origin is list and isinstance(segment, int):
            found.extend(_members(get_args(candidate)[0]))
        elif origin is dict and isinstance(segment, str):
            found.extend(_members(get_args(candidate)[1]))
    return found or candidates  # unknown segment (function-after[...], [key]): skip it


def model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    candidates: list[Any] = [Plan]
    for segment in loc:
        candidates = _step(candidates, segment)
    models = [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]
    return models[0] if len(models) == 1 else None


def suggest(word: str, choices: list[str]) -> str | None:
    by_fold = {choice.casefold(): choice for choice in choices}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    close = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def did_you_mean(word: str, choices: list[str]) -> str:
    guess = suggest(word, choices)
    return f"; did you mean '{guess}'?" if guess else ""


def unknown_key_message(loc: tuple[int | str, ...]) -> str:
    key = str(loc[-1])
    model = model_at(loc[:-1])
    if model is None:
        return f"unknown key '{key}'"
    allowed = sorted(model.model_fields)
    hint = did_you_mean(key, allowed)
    return (
        f"unknown key '{key}'{hint}" if hint else f"unknown key '{key}'; allowed here: {', '.join(allowed)}"
    )
