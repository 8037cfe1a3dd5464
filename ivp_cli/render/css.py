"""Plan text inside the report's CSS: the running header and page numbers of the printed page."""

from __future__ import annotations

import re

from markupsafe import Markup

from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text


def css_string(value: str) -> Markup:
    """A CSS string literal that no plan text can end early, nor close the <style> element with."""
    escaped = "".join(
        f"\\{ord(char):x} " if char in '\\"<>&' or not char.isprintable() else char
        for char in re.sub(r"\s+", " ", value)
    )
    return Markup(f'"{escaped}"')


def page_counter(lang: Lang) -> Markup:
    """'"Pagina " counter(page) " van " counter(pages)': the phrase with CSS counters in it."""
    phrase = text(lang, "report.page", page="\0", pages="\1")
    before, _, rest = phrase.partition("\0")
    middle, _, after = rest.partition("\1")
    pieces = [css_string(before), "counter(page)", css_string(middle), "counter(pages)"]
    if after:
        pieces.append(css_string(after))
    return Markup(" ".join(str(piece) for piece in pieces if piece != '""'))
