"""`--format csv` for Excel with Dutch settings, and the as-of date in every part of a report."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ivp_cli.render.csv_out import cell_value
from ivp_cli.render.indicator import shorten
from tests.conftest import run_ivp as run_cli
from tests.report.helpers import EXAMPLE_PLAN, Report, plan_with_a_2025_figure

HEADER_NL = (
    "Thema;Indicator;Sleutel;Soort;Periode;Begin;Einde;Waarde;Marge onder;Marge boven;Eenheid;"
    "Voorlopig of definitief;Status;Bron;Opmerking"
)


def test_csv_opens_in_dutch_excel_semicolons_decimal_comma_bom_crlf(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN, "-f", "csv").exit_code == 0
    data = (tmp_path / "voorbeeld-landsmeer.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER_NL.encode() + b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    by_kind = {(row[2], row[3], row[4]): row for row in rows[1:]}
    survey = by_kind[("tevredenheid", "nulmeting", "2023")]
    assert survey[5:11] == ["2023-01-01", "2023-12-31", "81,5", "79", "84", "percentage"]
    drugs = by_kind[("drugshandel", "meting", "2024")]
    assert (drugs[7], drugs[11], drugs[12], drugs[13]) == (
        "3",
        "voorlopig",
        "Behaald",
        "testgegevens, geen echt cijfer",
    )
    assert by_kind[("overlast-jeugd", "meting", "2024H1")][5:7] == ["2024-01-01", "2024-06-30"]
    assert by_kind[("online-criminaliteit", "referentie", "2025")][7] == "14,8"
    assert by_kind[("overlast-jeugd", "doel", "2027")][7:] == [
        "47,7", "", "", "aantal", "", "Geen vooruitgang", "", "10 % lager dan de nulmeting",
    ]  # fmt: skip
    assert ("drugshandel", "meting", "2026") not in by_kind  # not over on the as-of date
    assert by_kind[("halt", "meting", "2024")][14] == "jaarcijfers Halt"


def test_csv_in_english_uses_commas_and_decimal_points(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN, "-f", "csv", "--lang", "en").exit_code == 0
    text = (tmp_path / "voorbeeld-landsmeer.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("Theme,Indicator,Key,Kind,Period,Start,End,Value,")
    assert ",81.5,79,84,percentage," in text


def test_text_that_excel_would_read_as_a_formula_keeps_an_apostrophe() -> None:
    from ivp_cli.render.csv_out import table_bytes

    written = table_bytes([("-10 % ten opzichte van de nulmeting", "-3", "=1+1")], "nl")
    assert written.decode("utf-8-sig").splitlines()[0] == "'-10 % ten opzichte van de nulmeting;-3;'=1+1"


def test_unknown_values_are_empty_never_zero() -> None:
    assert cell_value(None, "nl") == ""
    assert cell_value(float("nan"), "nl") == ""
    assert cell_value(0, "nl") == "0"
    assert cell_value(1234.5, "nl") == "1234,5"
    assert cell_value(0.1 + 0.2, "en") == "0.30000000000000004"
    assert cell_value("Geen  plan", "nl") == "Geen plan"


def test_a_period_not_over_on_the_as_of_date_is_nowhere_in_the_report(tmp_path: Path) -> None:
    plan = plan_with_a_2025_figure(tmp_path)
    out = tmp_path / "out"
    result = run_cli(
        "report", plan, "-o", out, "--as-of", "2025-03-01", "-f", "md", "-f", "html", "-f", "csv"
    )
    assert result.exit_code == 0
    markdown = (out / "plan.md").read_text(encoding="utf-8")
    html = (out / "plan.html").read_text(encoding="utf-8")
    table = (out / "plan.csv").read_text(encoding="utf-8-sig")
    for shown in (markdown, html, table):
        assert "777" not in shown  # the 2025 drugs figure: 2025 is not over on 1 March 2025
        assert "14,1" not in shown and "14,8" not in shown  # nor the 2025 figures of the reference
        assert "Geschreven na de peildatum" not in shown
    assert "| 2025 |" not in markdown and 'class="num">2025</th>' not in html
    assert "Verzonnen stand voor de rapporttests." not in markdown  # the action status of 30 June 2025
    assert "loopt (stand 30 juni 2024)" in markdown
    later = run_cli("report", plan, "-o", out, "--as-of", "2026-01-01", "-f", "md")
    assert later.exit_code == 0
    row = "| Politieregistraties drugshandel | 4 (2022) | 6 | 3\\* | 777\\* |"
    assert row in (out / "plan.md").read_text(encoding="utf-8")


def test_overview_sentences_and_one_row_per_indicator_under_its_theme(report: Report, tmp_path: Path) -> None:
    assert report(tmp_path, EXAMPLE_PLAN, "-f", "md").exit_code == 0
    markdown = (tmp_path / "voorbeeld-landsmeer.md").read_text(encoding="utf-8")
    overview = markdown.split("## Overzicht\n\n", 1)[1].split("\n## ", 1)[0]
    assert overview.startswith(
        "Van de 6 indicatoren zijn er 3 behaald en 1 zonder vooruitgang.\n"
        "Bij 1 indicator zijn er nog te weinig cijfers.\n"
        "1 indicator wordt alleen gevolgd, zonder doel.\n"
    )
    lines = [line for line in overview.splitlines() if line.startswith("|")]
    assert lines[0] == "| Indicator | Nulmeting | 2023 | 2024 | 2025 | Doel | Status |"
    assert lines[2] == "| **Aanpak georganiseerde (ondermijnende) criminaliteit** | | | | | | |"
    assert lines[3] == (
        "| Politieregistraties drugshandel | 4 (2022) | 6 | 3\\* | – | "
        "Gelijk of lager aantal registraties (2027) | ✓ Behaald |"
    )
    assert "| Meldingen overlast jeugd | 53 (2022) | 50 | 22\\* (eerste halfjaar 2024) | – |" in overview
    assert "| Aantal verwijzingen stichting Halt | geen gegevens | – | 12 | – |" in overview
    assert "○ Alleen gevolgd |" in overview
    assert "\\* voorlopig cijfer." in overview
    assert sum(line.startswith("| **") for line in lines) == 2  # themes with indicators, each once


def test_overview_shortens_long_targets_at_a_word_boundary() -> None:
    assert shorten("Gelijk of lager aantal registraties") == "Gelijk of lager aantal registraties"
    assert shorten("Jongerenwerk wordt door de gemeente ingezet, om welzijn te vergroten", 45) == (
        "Jongerenwerk wordt door de gemeente ingezet …"
    )
