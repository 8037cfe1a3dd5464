"""`ivp_cli.words` is the one writer of target phrases, statuses and languages: nothing else is."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ivp_cli.cli.options import LangChoice, language
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import STATUS_SYMBOLS, Status, status_label, status_symbol, status_word
from tests.conftest import REPO

PACKAGE = REPO / "ivp_cli"
WORDS = PACKAGE / "words"
# Plan text, not output about a plan: the schema's field descriptions and the skeleton of `ivp new`
# quote the plans' own phrases to explain each typed form.
QUOTING_PLANS = (PACKAGE / "plan", PACKAGE / "write" / "scaffold.py")

# Fragments of the target phrases words/ writes, and of the variants that had drifted from them.
TARGET_PHRASES = (
    "hoogstens",
    "minstens",
    "minimaal",
    "maximaal",
    "gelijk aan of lager",
    "gelijk aan of hoger",
    "gelijk of lager",
    "gelijk of hoger",
    "ten opzichte van de nulmeting",
    "t.o.v.",
    "alleen volgen",
    "kwalitatief doel",
    "mijlpaal",
    "bereiken:",
    "at most the baseline",
    "from the baseline",
)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _strings(path: Path) -> Iterator[tuple[int, str]]:
    """Every string literal of a module that can reach output: docstrings and comments cannot."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def _outside_words() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*")):
        if WORDS in path.parents or any(path == q or q in path.parents for q in QUOTING_PLANS):
            continue
        if path.is_file() and path.suffix in (".py", ".j2"):
            yield path


def _phrases_in(literal: str) -> list[str]:
    return [
        phrase
        for phrase in TARGET_PHRASES
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", literal.lower())
    ]


def _literals(path: Path) -> list[tuple[int, str]]:
    if path.suffix == ".py":
        return list(_strings(path))
    return list(enumerate(path.read_text(encoding="utf-8").splitlines(), start=1))


def test_no_target_phrase_is_written_outside_words() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {phrase!r}"
        for path in _outside_words()
        for line, literal in _literals(path)
        for phrase in _phrases_in(literal)
    ]
    assert found == []


def test_the_scan_sees_a_phrase_where_there_is_one(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text(
        '"""Docstrings may say hoogstens."""\n\nWORDS = ("minimaal", f"at most the baseline {1}")\n'
    )
    assert [phrase for _, literal in _literals(module) for phrase in _phrases_in(literal)] == [
        "minimaal",
        "at most the baseline",
    ]
    assert _phrases_in("Gelijk of lager; minimaalste") == ["gelijk of lager"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("status", list(Status))
def test_every_status_has_a_label_a_word_and_a_symbol(status: Status, lang: Lang) -> None:
    label, word = status_label(status, lang), status_word(status, lang)
    assert label.strip() and label[0].isupper()
    assert word == label[0].lower() + label[1:]
    assert status_symbol(status).strip()


def test_statuses_differ_by_label_and_symbol_within_each_language() -> None:
    assert set(STATUS_SYMBOLS) == set(Status)
    assert len(set(STATUS_SYMBOLS.values())) == len(Status)
    for lang in LANGS:
        assert len({status_label(status, lang) for status in Status}) == len(Status)


def test_the_cli_language_choice_is_the_words_language_list() -> None:
    assert tuple(choice.value for choice in LangChoice) == LANGS
    assert [language(choice) for choice in LangChoice] == list(LANGS)


def _names_defined(node: ast.AST) -> list[str]:
    if isinstance(node, ast.ClassDef):
        return [node.name]
    targets = (
        node.targets
        if isinstance(node, ast.Assign)
        else [node.target]
        if isinstance(node, ast.AnnAssign)
        else []
    )
    return [target.id for target in targets if isinstance(target, ast.Name)]


def test_lang_is_defined_once() -> None:
    defined = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if "Lang" in _names_defined(node)
    ]
    assert defined == ["words/lang.py"]


def test_words_import_only_plan_and_words() -> None:
    imported = set()
    for path in WORDS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ivp_cli"):
                imported.add(node.module.split(".")[1])
    assert imported <= {"plan", "words"}
