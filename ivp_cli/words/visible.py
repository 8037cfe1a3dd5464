"""Plan text as a reader may see it: control characters shown as escapes, never acted on.

YAML lets a double-quoted string hold any character ("\\e[2J", "\\x9b", "\\u202e"), so a plan can
carry terminal escape sequences or a right-to-left override into a terminal, a CI log or a pull
request comment. Every text output shows them as `\\x1b`, `\\x9b`, `\\u202e`, the way Python and
git write them; line breaks and tabs stay what they are.
"""

from __future__ import annotations

import re

# C0 and C1 controls (but tab and line feed), DEL, and the Unicode bidirectional controls.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """`text` with its hidden characters escaped; those in `keep` (such as "\\r") stay."""
    return _HIDDEN.sub(lambda match: match[0] if match[0] in keep else _escape(match[0]), text)


def has_hidden(text: str) -> bool:
    return _HIDDEN.search(text) is not None
