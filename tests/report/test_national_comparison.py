"""The national figure `ivp fetch` stores under `comparisons` is drawn and listed like a reference."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Ivp
from tests.report.helpers import EXAMPLE_PLAN

HALF_YEAR = "              note: verzonnen halfjaarcijfer voor de rapporttests\n"
NATIONAL = """        comparisons:
          - kind: national
            name: Nederland
            region: NL01
            measurements:
              - period: '2023'
                value: 61
                provenance:
                  source: test
                  note: verzonnen landelijk cijfer
              - period: '2025'
                value: 58
                provenance:
                  source: test
                  note: verzonnen landelijk cijfer
"""


def test_the_national_series_is_in_the_chart_the_table_and_the_csv(ivp: Ivp, tmp_path: Path) -> None:
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    assert HALF_YEAR in text
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace(HALF_YEAR, HALF_YEAR + NATIONAL, 1), encoding="utf-8")
    out = tmp_path / "out"
    result = ivp("report", plan, "-o", out, "--as-of", "2025-06-01", "-f", "md", "-f", "html", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    markdown = (out / "plan.md").read_text(encoding="utf-8")
    jeugd = markdown.split("#### Meldingen overlast jeugd\n", 1)[1].split("####", 1)[0]
    assert "| Ter vergelijking: Nederland | 2023 | 61 |" in jeugd
    assert "58" not in jeugd  # 2025 is not over on the as-of date
    html = (out / "plan.html").read_text(encoding="utf-8")
    chart = html.split('id="chart-jeugd--overlast-jeugd-title"', 1)[1].split("</svg>", 1)[0]
    assert "Ter vergelijking, Nederland: 2023: 61." in chart
    rows = (out / "plan.csv").read_text(encoding="utf-8-sig").splitlines()
    assert any(row.startswith("Aanpak jeugdoverlast") and ";referentie;2023;" in row for row in rows)
