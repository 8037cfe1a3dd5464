"""The error family. Core code raises these and never chooses an exit code; `ivp_cli.cli.errors`
maps each kind to one, in one place (the way pre-commit's `error_handler.py` does).
"""

from __future__ import annotations


class IvpError(Exception):
    """A failure ivp foresees; `lines` are what the user reads, one message per line."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines: tuple[str, ...] = lines


class UsageError(IvpError):
    """The command was given something it cannot use: a missing path, a bad value, no plans."""


class FindingsError(IvpError):
    """The plans have problems: invalid, or a gate such as `--fail-on` tripped."""


class PlanInvalidError(FindingsError):
    """Plans that did not load: the lines are their located diagnostics."""


class WriteRefusedError(FindingsError):
    """A write that was not made: the plan would be invalid, or the file cannot be written."""


class SourceFailedError(IvpError):
    """A data source failed: the network, the server, or a reply ivp cannot use."""
