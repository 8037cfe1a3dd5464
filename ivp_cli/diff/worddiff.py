"""Word-level difference between two texts, for goal and target phrases that were reworded."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "delete", "insert"]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_SENTENCE_END = {".", "!", "?", ";", ":"}
# Token pairs one difflib comparison may take: about 300 x 300 tokens, a tenth of a second.
MAX_PAIRS = 100_000
MAX_SENTENCE_PAIRS = 1_000_000  # sentences are whole units: most pairs differ at a glance


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """Segments that turn `old` into `new`; a replaced run is a delete followed by an insert.

    Bounded work: difflib compares every pair of tokens, so a reworded 5 000-word goal took a
    minute. A long text is compared sentence by sentence first, and only the sentences that
    changed are compared word by word; a run too long even for that shows as replaced whole.
    """
    segments: list[Segment] = []
    _diff(tokenize(old), tokenize(new), segments, by_sentence=True)
    return _merged(segments)


def _diff(old: list[str], new: list[str], out: list[Segment], by_sentence: bool) -> None:
    if len(old) * len(new) <= MAX_PAIRS:  # the common case: difflib on the whole, as always
        _by_words(old, new, out)
        return
    start = _common_prefix(old, new)
    end = _common_prefix(old[start:][::-1], new[start:][::-1])
    middle_old, middle_new = old[start : len(old) - end], new[start : len(new) - end]
    _emit(out, "equal", old[:start])
    if len(middle_old) * len(middle_new) <= MAX_PAIRS:
        _by_words(middle_old, middle_new, out)
    elif by_sentence:
        _by_sentences(middle_old, middle_new, out)
    else:
        _emit(out, "delete", middle_old)
        _emit(out, "insert", middle_new)
    _emit(out, "equal", old[len(old) - end :])


def _by_words(old: list[str], new: list[str], out: list[Segment]) -> None:
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _emit(out, "equal", old[i1:i2])
            continue
        _emit(out, "delete", old[i1:i2])
        _emit(out, "insert", new[j1:j2])


def _by_sentences(old: list[str], new: list[str], out: list[Segment]) -> None:
    old_sentences, new_sentences = _sentences(old), _sentences(new)
    if len(old_sentences) * len(new_sentences) > MAX_SENTENCE_PAIRS:
        _emit(out, "delete", old)
        _emit(out, "insert", new)
        return
    matcher = SequenceMatcher(a=old_sentences, b=new_sentences, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _emit(out, "equal", _joined(old_sentences[i1:i2]))
            continue
        for old_part, new_part in _windows(old_sentences[i1:i2], new_sentences[j1:j2]):
            _diff(old_part, new_part, out, by_sentence=False)


def _windows(old: list[tuple[str, ...]], new: list[tuple[str, ...]]) -> Iterator[tuple[list[str], list[str]]]:
    """Changed sentences side by side, in windows small enough to compare word by word."""
    i = j = 0
    while i < len(old) or j < len(new):
        old_part: list[str] = []
        new_part: list[str] = []
        while i < len(old) or j < len(new):
            more_old = list(old[i]) if i < len(old) else []
            more_new = list(new[j]) if j < len(new) else []
            fits = (len(old_part) + len(more_old)) * (len(new_part) + len(more_new)) <= MAX_PAIRS
            if not fits and (old_part or new_part):
                break
            old_part += more_old
            new_part += more_new
            i, j = i + bool(more_old), j + bool(more_new)
        yield old_part, new_part


def _joined(sentences: list[tuple[str, ...]]) -> list[str]:
    return [token for sentence in sentences for token in sentence]


def _sentences(tokens: list[str]) -> list[tuple[str, ...]]:
    """Tokens grouped into sentences, each with the space after its end mark."""
    sentences: list[tuple[str, ...]] = []
    start = 0
    for index, token in enumerate(tokens):
        ends = index > 0 and token.isspace() and tokens[index - 1] in _SENTENCE_END
        if ends:
            sentences.append(tuple(tokens[start : index + 1]))
            start = index + 1
    if start < len(tokens):
        sentences.append(tuple(tokens[start:]))
    return sentences


def _common_prefix(old: list[str], new: list[str]) -> int:
    length = 0
    for old_token, new_token in zip(old, new, strict=False):
        if old_token != new_token:
            break
        length += 1
    return length


def _emit(out: list[Segment], op: Op, tokens: list[str]) -> None:
    if tokens:
        out.append(Segment(op, "".join(tokens)))


def _merged(segments: list[Segment]) -> list[Segment]:
    """Neighbours with the same op joined; a delete always before the insert it pairs with."""
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].op == segment.op:
            merged[-1] = Segment(segment.op, merged[-1].text + segment.text)
        elif segment.op == "delete" and [s.op for s in merged[-2:]] == ["delete", "insert"]:
            merged[-2] = Segment("delete", merged[-2].text + segment.text)
        else:
            merged.append(segment)
    return merged


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
