"""The comparisons `ivp fetch` stores (Nederland, the median of the size class): drawn and listed."""

from __future__ import annotations

import csv
import re
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
MEDIAN = """          - kind: size_class_median
            name: mediaan gemeenten van dezelfde grootte
            measurements:
              - period: '2023'
                value: 47
                provenance:
                  source: test
                  note: verzonnen mediaan
"""
TARGET = """          - type: relative_to_baseline
            change_percent: -10
            year: 2027
"""
AT_MOST_NATIONAL = """          - type: reference
            comparison: at_most
            reference:
              name: landelijk gemiddelde
              comparison: national
            year: 2027
"""
COUNT = "        name: Meldingen overlast jeugd\n        unit: count\n"
RATE = "        name: Meldingen overlast jeugd\n        unit: per_1000_inhabitants\n"


def _report(ivp: Ivp, folder: Path, unit: str, *edits: tuple[str, str]) -> tuple[str, str, list[str]]:
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    assert HALF_YEAR in text and COUNT in text
    text = text.replace(HALF_YEAR, HALF_YEAR + NATIONAL, 1).replace(COUNT, unit, 1)
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    plan = folder / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
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
    ticks = re.findall(r'text-anchor="end"[^>]*>([^<]*)</text>', chart)
    assert ticks and all(tick.isdigit() for tick in ticks)  # the unit is too long for every tick
    assert ">per 1.000 inwoners</text>" in chart  # it stands once, above the axis


def test_a_national_count_is_listed_but_not_drawn_beside_the_towns(ivp: Ivp, tmp_path: Path) -> None:
    jeugd, chart, rows = _report(ivp, tmp_path, COUNT)
    assert "| Ter vergelijking: Nederland | 2023 | 61 |" in jeugd
    assert f'fill="{REFERENCE}"/>' not in chart  # no reference triangle
    assert "Nederland" not in chart  # all of Nederland on the town's axis would flatten its line
    assert any(row.startswith("Aanpak jeugdoverlast") and ";referentie;2023;" in row for row in rows)


def test_the_median_of_the_size_class_is_drawn_beside_nederland(ivp: Ivp, tmp_path: Path) -> None:
    jeugd, chart, rows = _report(ivp, tmp_path, RATE, (NATIONAL, NATIONAL + MEDIAN))
    assert (
        "| Ter vergelijking: mediaan gemeenten van dezelfde grootte | 2023 | 47 per 1.000 inwoners |" in jeugd
    )
    assert chart.count(f'fill="{REFERENCE}"/>') == 1  # Nederland: filled
    # A median written by hand has no size class or count to name: its series name stands instead.
    assert "mediaan gemeenten van dezelfde grootte 47 per 1.000 inwoners." in jeugd
    assert "None" not in jeugd
    assert chart.count(f'fill="#ffffff" stroke="{REFERENCE}"') == 1  # the median: hollow
    assert "Ter vergelijking, mediaan gemeenten van dezelfde grootte: 2023: 47 per 1.000 inwoners." in chart
    html = (tmp_path / "out" / "plan.html").read_text(encoding="utf-8")
    assert 'swatch-peers" aria-hidden="true"></span>mediaan gemeenten van dezelfde grootte' in html
    compared = [
        row
        for row in csv.reader(rows, delimiter=";")
        if row[2] == "overlast-jeugd" and row[3] == "referentie"
    ]
    assert [row[-1] for row in compared] == [
        "Nederland; verzonnen landelijk cijfer",
        "mediaan gemeenten van dezelfde grootte; verzonnen mediaan",
    ]


def test_a_reference_target_on_the_fetched_national_figure_draws_it(ivp: Ivp, tmp_path: Path) -> None:
    jeugd, chart, _rows = _report(ivp, tmp_path, COUNT, (TARGET, AT_MOST_NATIONAL))
    assert "| Ter vergelijking: landelijk gemiddelde | 2023 | 61 |" in jeugd
    assert "Ter vergelijking, landelijk gemiddelde: 2023: 61." in chart  # the plan asked for it
    assert "| Ter vergelijking: Nederland |" not in jeugd  # listed once, under the target's own name
