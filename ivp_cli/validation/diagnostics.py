"""A located problem in a plan file: `path:line:col: error[IVPnnn]: message` (1-based).

Formats: text (one line each and a summary), json, and GitHub workflow commands.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

from ivp_cli.words.diagnostic_words import MESSAGE_LANG, message_in, severity_in, summary_in
from ivp_cli.words.visible import visible

Severity = Literal["error", "warning"]

# Every code `ivp validate` can report; the README's table mirrors this (a test keeps them equal).
CODES: dict[str, str] = {
    "IVP001": "file cannot be read: missing, binary, not UTF-8, or a forbidden control character",
    "IVP002": "file is empty",
    "IVP003": "YAML syntax error (indentation, unclosed quote, stray colon)",
    "IVP004": "tab character used for indentation",
    "IVP005": "duplicate key in one block",
    "IVP006": "the file is not a mapping of keys (a list or a single value)",
    "IVP007": "not a plan file: a pipe, device or folder, or larger than 5 MB",
    "IVP008": "anchor, alias or merge key (&name, *name, <<:): a plan writes its values out",
    "IVP101": "unknown key (with a suggestion)",
    "IVP102": "required field missing",
    "IVP103": "value has the wrong type",
    "IVP104": "value is not one of the allowed choices",
    "IVP105": "value does not have the required form (id, CBS code, period, date)",
    "IVP106": "value out of range or list too short",
    "IVP201": "theme id used twice",
    "IVP202": "indicator id used twice in the plan",
    "IVP203": "baseline period not before the target year",
    "IVP204": "retired: a target year outside the plan period is now warning IVP293",
    "IVP205": "plan period starts after it ends",
    "IVP206": "percentage outside 0-100",
    "IVP207": "fractional count",
    "IVP208": "Dutch-formatted number written as text",
    "IVP209": "CBS code does not exist",
    "IVP210": "CBS code does not match the municipality name",
    "IVP211": "CBS code written as a number (0432 unquoted)",
    "IVP212": "milestone target state not among its states",
    "IVP213": "recorded state not among the milestone states",
    "IVP214": "fetch spec names an unknown table",
    "IVP215": "fetch spec names a dimension the table does not have",
    "IVP216": "fetch spec key does not exist in the dimension",
    "IVP217": "fetch spec key not padded as the table lists it",
    "IVP218": "fetch spec names a measure the table does not have",
    "IVP219": "text value for an indicator that is not a state",
    "IVP220": "numeric value for a state indicator",
    "IVP221": "fetch spec source does not match the table's source",
    "IVP222": "rapportcijfer (grade) outside 1-10",
    "IVP223": "rank not a whole number from 1",
    "IVP224": "`per` given for a unit other than per_10000",
    "IVP225": "target gives both tolerance and tolerance_percent",
    "IVP226": "average baseline whose period is not several whole years",
    "IVP227": "provenance names a document id the plan does not have",
    "IVP228": "document id used twice",
    "IVP229": "priority names a theme the plan does not have",
    "IVP230": "municipality or partner did not exist in the plan period",
    "IVP231": "unknown standard indicator id in `catalog` (with a suggestion)",
    "IVP232": "fetch.per_capita does not match the indicator's unit",
    "IVP233": "action id used twice in the plan",
    "IVP290": "warning: a theme is still empty (no description, goals, actions or indicators)",
    "IVP291": "warning: target needs a baseline value that is still empty",
    "IVP292": "warning: no value of the year a level-of-year target names",
    "IVP293": "warning: target year outside the plan period",
    "IVP294": "warning: a reference target takes a comparison the fetch spec does not ask for",
    "IVP295": "warning: a negative count or rate",
    "IVP296": "warning: a value about 10 times larger or smaller than the one before it",
    "IVP297": "warning: a source or reference left empty",
    "IVP298": "warning: a target on the wrong side of the baseline for the indicator's direction",
}


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    col: int
    code: str
    message: str
    severity: Severity = "error"

    def text(self) -> str:
        # Plan text quoted in a message may hold escape sequences: shown, never sent to the terminal.
        where = f"{visible(self.path)}:{self.line}:{self.col}"
        severity = severity_in(MESSAGE_LANG.get(), self.severity)
        return f"{where}: {severity}[{self.code}]: {visible(self.shown_message())}"

    def shown_message(self) -> str:
        """The message in the language of this run's diagnostics (English unless set to Dutch)."""
        return message_in(MESSAGE_LANG.get(), self.code, self.message)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Grouped per file (in path order), by position within a file; duplicates dropped."""
    return sorted(set(diagnostics))


def count(diagnostics: Iterable[Diagnostic], severity: Severity) -> int:
    return sum(1 for diagnostic in diagnostics if diagnostic.severity == severity)


def summary(diagnostics: list[Diagnostic], files_checked: int) -> str:
    errors, warnings = count(diagnostics, "error"), count(diagnostics, "warning")
    files = len({diagnostic.path for diagnostic in diagnostics})
    return summary_in(MESSAGE_LANG.get(), errors, warnings, files, files_checked)


def format_text(diagnostics: list[Diagnostic], files_checked: int) -> str:
    lines = [diagnostic.text() for diagnostic in sort_diagnostics(diagnostics)]
    return "\n".join([*lines, summary(diagnostics, files_checked)]) + "\n"


def format_json(diagnostics: list[Diagnostic], files_checked: int) -> str:
    document = {
        "files_checked": files_checked,
        "errors": count(diagnostics, "error"),
        "warnings": count(diagnostics, "warning"),
        "diagnostics": [
            asdict(diagnostic) | {"message": diagnostic.shown_message()}
            for diagnostic in sort_diagnostics(diagnostics)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    # https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts (escapeData)
    text = visible(text, keep="\r")  # the log reads ANSI colours: show escape sequences instead
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(diagnostics: list[Diagnostic]) -> str:
    lines = []
    for item in sort_diagnostics(diagnostics):
        properties = ",".join(
            f"{name}={_escape_property(value)}"
            for name, value in (("file", item.path), ("line", str(item.line)), ("col", str(item.col)))
        )
        title = _escape_property(item.code)
        lines.append(f"::{item.severity} {properties},title={title}::{_escape_data(item.shown_message())}")
    return "".join(f"{line}\n" for line in lines)


# Markdown punctuation that could start markup in a job summary cell; escaped with a backslash.
_MARKUP = re.compile(r"([\\`*_\[\]<>|~#!&])")


def _cell(text: str) -> str:
    return _MARKUP.sub(r"\\\1", visible(" ".join(text.splitlines())))


def format_markdown_summary(diagnostics: list[Diagnostic], files_checked: int) -> str:
    """A job summary for `$GITHUB_STEP_SUMMARY`."""
    heading = f"### ivp validate: {summary(diagnostics, files_checked)}\n"
    if not diagnostics:
        return heading
    rows = [
        f"| {_cell(d.path)} | {d.line} | {d.col} | {d.severity} | {d.code} | {_cell(d.shown_message())} |"
        for d in sort_diagnostics(diagnostics)
    ]
    header = "| file | line | col | severity | code | message |\n|---|---|---|---|---|---|"
    return "\n".join([heading, header, *rows]) + "\n"
