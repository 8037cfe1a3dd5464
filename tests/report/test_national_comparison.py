"""The national figure `ivp fetch` stores under `comparisons` is drawn and listed like a reference."""

from __future__ import annotations

from pathlib import Path

from ivp_cli.render.charts import REFERENCE
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


COUNT = "        name: Meldingen overlast jeugd\n        unit: count\n"
RATE = "        name: Meldingen overlast jeugd\n        unit: per_1000_inhabitants\n"


def _report(ivp: Ivp, folder: Path, unit: str) -> tuple[str, str, list[str]]:
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    assert HALF_YEAR in text and COUNT in text
    plan = folder / "plan.yaml"
    plan.write_text(
        text.replace(HALF_YEAR, HALF_YEAR + NATIONAL, 1).replace(COUNT, unit, 1), encoding="utf-8"
    )
    out = folder / "out"
    result = ivp("report", plan, "-o", out, "--as-of", "2025-06-01", "-f", "md", "-f", "html", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    markdown = (out / "plan.md").read_text(encoding="utf-8")
    jeugd = markdown.split("#### Meldingen overlast jeugd\n", 1)[1].split("####", 1)[0]
    html = (out / "plan.html").read_text(encoding="utf-8")
    chart = html.split('id="chart-jeugd--overlast-jeugd-title"', 1)[1].split("</svg>", 1)[0]
    return jeugd, chart, (out / "plan.csv").read_text(encoding="utf-8-sig").splitlines()


def test_the_national_rate_is_in_the_chart_the_table_and_the_csv(ivp: Ivp, tmp_path: Path) -> None:
    jeugd, chart, rows = _report(ivp, tmp_path, RATE)
    assert "| Ter vergelijking: Nederland | 2023 | 61 per 1.000 inwoners |" in jeugd
    assert "58" not in jeugd  # 2025 is not over on the as-of date
    assert "Ter vergelijking, Nederland: 2023: 61 per 1.000 inwoners." in chart
    assert chart.count(f'fill="{REFERENCE}"/>') == 1  # the triangle of the one national figure
    assert any(row.startswith("Aanpak jeugdoverlast") and ";referentie;2023;" in row for row in rows)


def test_a_national_count_is_listed_but_not_drawn_beside_the_towns(ivp: Ivp, tmp_path: Path) -> None:
    jeugd, chart, rows = _report(ivp, tmp_path, COUNT)
    assert "| Ter vergelijking: Nederland | 2023 | 61 |" in jeugd
    assert f'fill="{REFERENCE}"/>' not in chart  # no reference triangle
    assert "Nederland" not in chart  # all of Nederland on the town's axis would flatten its line
    assert any(row.startswith("Aanpak jeugdoverlast") and ";referentie;2023;" in row for row in rows)
