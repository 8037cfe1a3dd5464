"""Word-level difference between two texts, for goal and target phrases that were reworded."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "delete", "insert"]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """Segments that turn `old` into `new`; a replaced run is a delete followed by an insert."""
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    matcher = SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("equal", "".join(old_tokens[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment("delete", "".join(old_tokens[i1:i2])))
        if j2 > j1:
            segments.append(Segment("insert", "".join(new_tokens[j1:j2])))
    return segments


def render_text(segments: list[Segment]) -> str:
    """The notation of `git diff --word-diff=plain`: [-removed-]{+added+}."""
    marks = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(_render(segment, marks, _identity) for segment in segments)


def render_markdown(segments: list[Segment], escape: Callable[[str], str]) -> str:
    """<del>removed</del><ins>added</ins>, with the plan text itself escaped.

    HTML tags rather than ~~ and **: emphasis markers next to punctuation ("integrale**, lokale**")
    do not render under CommonMark's flanking rules, the tags always do (GitHub, GitLab).
    """
    marks = {"delete": ("<del>", "</del>"), "insert": ("<ins>", "</ins>")}
    return "".join(_render(segment, marks, escape) for segment in segments)


def _identity(text: str) -> str:
    return text


def _render(segment: Segment, marks: dict[str, tuple[str, str]], escape: Callable[[str], str]) -> str:
    if segment.op == "equal":
        return escape(segment.text)
    lead, core, trail = _split_outer_space(segment.text)
    if not core:
        return segment.text
    opening, closing = marks[segment.op]
    # Spaces stay outside the marks, so a change reads as whole words.
    return f"{lead}{opening}{escape(core)}{closing}{trail}"


def _split_outer_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]
