"""Where a check reports: one plan file, its tree and text, and diagnostics at tree paths."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ivp_cli.validation.diagnostics import Diagnostic, Severity

Loc = Sequence[int | str]


@dataclass(frozen=True)
class Where:
    path: str
    tree: Any
    text: str

    def position(self, loc: Loc, at_key: bool = False) -> tuple[int, int]:
        # Only a diagnostic asks for a position, so a clean plan never loads the round-trip reader.
        from ivp_cli.plan.yamlio import locate

        return locate(self.tree, loc, at_key=at_key)

    def token(self, line: int, col: int) -> str:
        from ivp_cli.plan.yamlio import token_at

        return token_at(self.text, line, col)

    def at(
        self, loc: Loc, code: str, message: str, severity: Severity = "error", at_key: bool = False
    ) -> Diagnostic:
        line, col = self.position(loc, at_key=at_key)
        return Diagnostic(self.path, line, col, code, message, severity)

    def line_of(self, loc: Loc) -> int:
        return self.position(loc)[0]
