"""The translation table is complete, and the templates use only words from it."""

from __future__ import annotations

import re
import string

import pytest

from ivp_cli.words.phrases import _TABLE, keys, text
from tests.conftest import REPO

# Both forms a template may use: the filter `'key' | t` (the shipped ones) and the function `t('key')`.
KEY_IN_TEMPLATE = re.compile(r"""'([a-z0-9_.]+)'\s*\|\s*t\b|\bt\('([a-z0-9_.]+)'""")


def _placeholders(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


@pytest.mark.parametrize("key", keys())
def test_both_languages_present_with_the_same_placeholders(key: str) -> None:
    nl, en = _TABLE[key]
    assert nl.strip() and en.strip()
    assert _placeholders(nl) == _placeholders(en)


def test_every_key_used_in_a_template_exists() -> None:
    used = {
        key
        for path in (REPO / "ivp_cli" / "render" / "templates").rglob("*.j2")
        for found in KEY_IN_TEMPLATE.findall(path.read_text())
        for key in found
        if key
    }
    assert len(used) > 50, "few keys found: the pattern no longer matches the templates"
    assert used - set(keys()) == set()


def test_text_fills_placeholders_and_missing_key_raises() -> None:
    assert text("nl", "report.as_of", date="1 januari 2026") == "Stand per 1 januari 2026"
    assert text("en", "status.behind_schedule") == "Behind schedule"
    with pytest.raises(KeyError):
        text("nl", "bestaat.niet")
