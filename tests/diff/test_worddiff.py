from __future__ import annotations

import difflib
import random
from collections.abc import Sequence

import pytest

from ivp_cli.diff import worddiff
from ivp_cli.diff.worddiff import Segment, render_markdown, render_text, word_diff
from ivp_cli.render.diff_view import escape_markup


def test_a_replaced_word_is_a_delete_then_an_insert() -> None:
    assert word_diff("een lokale aanpak", "een regionale aanpak") == [
        Segment("equal", "een "),
        Segment("delete", "lokale"),
        Segment("insert", "regionale"),
        Segment("equal", " aanpak"),
    ]


def test_text_notation_follows_git_word_diff() -> None:
    segments = word_diff("Daling van 10 %.", "Daling van 20 % in 2027.")
    assert render_text(segments) == "Daling van [-10-]{+20+} % {+in 2027+}."


def test_markdown_keeps_spaces_outside_the_marks_and_escapes_plan_text() -> None:
    segments = word_diff("Geen <script> meer", "Geen *overlast* meer")
    assert render_markdown(segments, escape_markup) == (
        "Geen <del>\\<script\\></del><ins>\\*overlast\\*</ins> meer"
    )


def _reworded_goal(words: int) -> tuple[str, str]:
    rng = random.Random(14)
    vocabulary = [f"woord{n}" for n in range(300)] + ["de", "het", "een", "en", "van", "in"] * 20
    old_words = [rng.choice(vocabulary) for _ in range(words)]
    new_words = [rng.choice(vocabulary) if rng.random() < 0.5 else word for word in old_words]

    def text(items: list[str]) -> str:
        return " ".join(word + ("." if n % 15 == 14 else "") for n, word in enumerate(items))

    return text(old_words), text(new_words)


def test_a_reworded_5000_word_goal_is_compared_in_bounded_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every difflib comparison is bounded (the whole text at once took a minute); no timing here.
    compared: list[int] = []

    class Counted(difflib.SequenceMatcher[object]):
        def __init__(self, a: Sequence[object], b: Sequence[object], autojunk: bool) -> None:
            if isinstance(a[0] if a else "", str):  # word level: sentence level compares whole units
                compared.append(len(a) * len(b))
                assert compared[-1] <= worddiff.MAX_PAIRS, "one comparison over the whole text"
            super().__init__(a=a, b=b, autojunk=autojunk)

    monkeypatch.setattr(worddiff, "SequenceMatcher", Counted)
    old, new = _reworded_goal(5000)
    segments = word_diff(old, new)
    assert "".join(s.text for s in segments if s.op != "insert") == old
    assert "".join(s.text for s in segments if s.op != "delete") == new
    assert sum(s.op == "equal" for s in segments) > 1000  # still a word diff, not "all replaced"
    assert len(compared) > 10


def test_a_short_reworded_goal_is_one_difflib_comparison_as_before() -> None:
    old, new = _reworded_goal(60)
    tokens_old, tokens_new = worddiff.tokenize(old), worddiff.tokenize(new)
    matcher = difflib.SequenceMatcher(a=tokens_old, b=tokens_new, autojunk=False)
    equal = ["".join(tokens_old[i1:i2]) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag == "equal"]
    assert [s.text for s in word_diff(old, new) if s.op == "equal"] == equal
