"""Options that several commands share, so they read and fail the same way everywhere."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer


class Lang(StrEnum):
    nl = "nl"
    en = "en"


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"'{text}' is not a date; write YYYY-MM-DD, e.g. 2026-01-31") from None


AsOf = Annotated[
    dt.date | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM-DD",
        parser=_iso_date,
        help="Judge with what was known on this date (default: today).",
    ),
]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the output: nl (default) or en.")]
