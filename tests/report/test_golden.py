"""Golden files: every shipped plan and the example plan, both formats, both languages.

Regenerate after an intended change with `UPDATE_GOLDEN=1 .venv/bin/pytest tests/report` and
review the diff of tests/report/golden/ like any other change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.report.helpers import EXAMPLE_PLAN, GOLDEN, REAL_PLANS, Report, check_golden

PLANS = [*REAL_PLANS, EXAMPLE_PLAN]


@pytest.fixture(scope="module")
def rendered(report: Report, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    outputs = {}
    for lang in ("nl", "en"):
        out = tmp_path_factory.mktemp(f"golden-{lang}")
        result = report(out, *PLANS, "--lang", lang)
        assert result.exit_code == 0, result.stderr
        outputs[lang] = out
    return outputs


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("plan", PLANS, ids=[plan.stem for plan in PLANS])
def test_report_matches_golden(rendered: dict[str, Path], plan: Path, lang: str, fmt: str) -> None:
    actual = (rendered[lang] / f"{plan.stem}.{fmt}").read_text(encoding="utf-8")
    check_golden(actual, GOLDEN / f"{plan.stem}.{lang}.{fmt}")


def test_same_input_gives_byte_identical_output(report: Report, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert report(first, *PLANS).exit_code == 0
    assert report(second, *PLANS).exit_code == 0
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    assert len(names) == 2 * len(PLANS)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_markdown_table_row_has_the_header_column_count(rendered: dict[str, Path], lang: str) -> None:
    cell_border = re.compile(r"(?<!\\)\|")
    for path in rendered[lang].glob("*.md"):
        columns = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                columns = 0
                continue
            count = len(cell_border.findall(line))
            columns = columns or count
            assert count == columns, f"{path.name}: {line}"
