"""`ivp diff` output: plain text for a terminal, Markdown for a pull request or council proposal, JSON."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from ivp_cli.diff import worddiff
from ivp_cli.diff.compare import FileDiff
from ivp_cli.diff.types import Change
from ivp_cli.render.diff_text import message, ui
from ivp_cli.render.markdown_escape import code_span
from ivp_cli.words.diff_words import SUMMARY
from ivp_cli.words.lang import Lang
from ivp_cli.words.visible import visible

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!])")


def render(files: list[FileDiff], fmt: str, lang: Lang) -> str:
    renderers = {"text": render_text, "markdown": render_markdown, "json": render_json}
    return renderers[fmt](files, lang)


def one_line(text: str) -> str:
    return " ".join(text.split())


def markdown_escape(text: str) -> str:
    return escape_markup(one_line(text))


def escape_markup(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", visible(text).replace("&", "&amp;"))


def summary(files: list[FileDiff]) -> dict[str, int]:
    counts = Counter(change.kind for file in files for change in file.changes)
    return {kind: counts[kind] for kind in SUMMARY if counts[kind]}


def render_text(files: list[FileDiff], lang: Lang) -> str:
    def reworded(old: str, new: str) -> str:
        return worddiff.render_text(worddiff.word_diff(one_line(old), one_line(new)))

    lines: list[str] = []
    for file in files:
        lines.append(f"{file.path} ({file.municipality})")
        for heading, changes in _sections(file, lang, lambda text: text):
            lines.append(f"  {heading}")
            lines.extend(
                f"    {_subject(change, str)}{message(change, lang, one_line, reworded)}"
                for change in changes
            )
        lines.extend(f"  {note}" for note in _file_notes(file, lang))
    counts = summary(files)
    if counts:
        lines.append(
            f"{ui('summary', lang)}: " + ", ".join(f"{SUMMARY[k][lang]} {n}" for k, n in counts.items())
        )
    return visible("\n".join(lines or [ui("no_files", lang)]) + "\n")


def render_markdown(files: list[FileDiff], lang: Lang) -> str:
    def reworded(old: str, new: str) -> str:
        return worddiff.render_markdown(worddiff.word_diff(one_line(old), one_line(new)), escape_markup)

    blocks: list[str] = []
    for file in files:
        blocks.append(
            f"## {ui('title', lang)}: {markdown_escape(file.municipality)}\n\n{code_span(file.path)}"
        )
        blocks.extend(_file_notes(file, lang))
        counts = summary([file])
        if counts:
            rows = "\n".join(f"| {SUMMARY[kind][lang]} | {n} |" for kind, n in counts.items())
            blocks.append(f"| {ui('kind', lang)} | {ui('count', lang)} |\n|---|---:|\n{rows}")
        for heading, changes in _sections(file, lang, markdown_escape):
            items = "\n".join(
                f"- {_subject(change, _bold)}{message(change, lang, markdown_escape, reworded)}"
                for change in changes
            )
            blocks.append(f"### {heading}\n\n{items}")
    return "\n\n".join(blocks or [ui("no_files", lang)]) + "\n"


def render_json(files: list[FileDiff], lang: Lang) -> str:
    def reworded(old: str, new: str) -> str:
        return worddiff.render_text(worddiff.word_diff(one_line(old), one_line(new)))

    document = {
        "files": [
            {
                "path": file.path,
                "status": file.status,
                "municipality": file.municipality,
                "size": {"themes": file.size[0], "indicators": file.size[1]} if any(file.size) else None,
                "changes": [
                    {**_jsonable(asdict(change)), "message": message(change, lang, one_line, reworded)}
                    for change in file.changes
                ],
            }
            for file in files
        ],
        "summary": summary(files),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _jsonable(item: Any) -> Any:
    if hasattr(item, "model_dump"):
        return item.model_dump(mode="json", exclude_none=True)
    if isinstance(item, dict):
        return {key: _jsonable(value) for key, value in item.items()}
    if isinstance(item, list | tuple):
        return [_jsonable(value) for value in item]
    return item


def _bold(text: str) -> str:
    return f"**{markdown_escape(text)}**"


def _subject(change: Change, style: Callable[[str], str]) -> str:
    if change.indicator is None or change.kind in ("indicator_added", "indicator_removed"):
        return ""
    return f"{style(change.indicator_name or change.indicator)}: "


def _file_notes(file: FileDiff, lang: Lang) -> list[str]:
    if file.status == "unchanged":
        return [ui("unchanged", lang)]
    if file.status not in ("added", "removed"):
        return []
    themes, indicators = file.size
    return [ui(f"{file.status}_file", lang).format(themes=themes, indicators=indicators)]


def _sections(file: FileDiff, lang: Lang, escape: Callable[[str], str]) -> list[tuple[str, list[Change]]]:
    """Plan-wide changes first, then per theme in the order the changes name them."""
    grouped: dict[str | None, list[Change]] = {}
    titles: dict[str | None, str] = {None: ui("plan", lang)}
    for change in file.changes:
        grouped.setdefault(change.theme, []).append(change)
        if change.theme is not None:
            titles[change.theme] = f"{ui('theme', lang)}: {escape(change.theme_title or change.theme)}"
    order = sorted(grouped, key=lambda theme: theme is not None)
    return [(titles[theme], grouped[theme]) for theme in order]
