"""The README's code table and ivp_cli.validation.diagnostics.CODES say the same thing."""

from __future__ import annotations

import re

from ivp_cli.validation.diagnostics import CODES
from tests.conftest import REPO


def test_readme_documents_every_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (IVP\d{3}) \| (.+) \|$", readme, flags=re.MULTILINE))
    assert rows == CODES


def test_codes_follow_the_ranges() -> None:
    for code in CODES:
        family = code[3]
        assert family in "012", code
        assert CODES[code].startswith("warning:") == code.startswith("IVP29"), code
