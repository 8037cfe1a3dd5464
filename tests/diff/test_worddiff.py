from __future__ import annotations

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
