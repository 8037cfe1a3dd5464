"""Options that several commands share, so they read and fail the same way everywhere."""

from __future__ import annotations

import datetime as dt
import os
from enum import StrEnum
from typing import Annotated

import typer

from ivp_cli.words.lang import LANGS, Lang


class LangChoice(StrEnum):
    """typer's choice type for --lang; its members are `words.lang.LANGS` (a test holds them equal)."""

    nl = "nl"
    en = "en"


def language(choice: LangChoice) -> Lang:
    """The one conversion from the option to the `Lang` every other module takes."""
    return LANGS[LANGS.index(choice.value)]


def message_language(choice: LangChoice | None = None) -> Lang:
    """The language of diagnostics: `--lang` where a command has it, else IVP_LANG, else English.

    English is the default so CI logs and issue threads read the same everywhere.
    """
    wanted = choice.value if choice is not None else os.environ.get("IVP_LANG", "").strip().lower()
    return "nl" if wanted == "nl" else "en"


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"'{text}' is not a date; write YYYY-MM-DD, e.g. 2026-01-31") from None


AsOf = Annotated[
    dt.date | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        parser=iso_date,
        help="Judge with what was known on this date (default: today).",
    ),
]
LangOption = Annotated[LangChoice, typer.Option("--lang", help="Language of the output: nl (default) or en.")]
MessageLangOption = Annotated[
    LangChoice | None,
    typer.Option("--lang", help="Language of the messages: en (default) or nl; IVP_LANG=nl sets nl."),
]
