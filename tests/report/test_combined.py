"""--combined: shared indicators side by side for one year; per 1.000 inhabitants where a plan says."""

from __future__ import annotations

from pathlib import Path

from ivp_cli.render.combined import match_key
from tests.conftest import PLANS
from tests.report.helpers import EXAMPLE_PLAN, Report

LANDSMEER = PLANS / "landsmeer-2024-2027.yaml"
OPMEER = PLANS / "opmeer-2023-2026.yaml"


def test_regional_report_matches_by_fetch_spec_and_computes_per_1000(report: Report, tmp_path: Path) -> None:
    result = report(tmp_path, EXAMPLE_PLAN, LANDSMEER, OPMEER, "--combined", "-f", "md")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"wrote {tmp_path}/regionale-vergelijking.md"
    text = (tmp_path / "regionale-vergelijking.md").read_text(encoding="utf-8")
    jeugd = text.split("### Meldingen overlast jeugd\n", 1)[1].split("###", 1)[0]
    assert (
        "Hetzelfde cijfer in elk plan: geregistreerde overlast, Melding overlast jeugd (politie, open data)."
        in jeugd
    )
    assert "47021NED" not in text and "GeregistreerdeOverlast" not in text
    # No year in which two plans have a figure: each plan shows its own latest, with its year.
    assert "elk plan met zijn laatste cijfer" in jeugd
    rows = [
        line for line in jeugd.splitlines() if line.startswith("| ") and not line.startswith("| Gemeente")
    ]
    # 50 registrations / 11.800 inhabitants x 1.000 = 4,24 (test data)
    assert rows[0].startswith(
        "| Landsmeer | Meldingen overlast jeugd | 50 (2023) | testgegevens, geen echt cijfer | 4,24 |"
    )
    assert rows[1].startswith("| Landsmeer | Meldingen overlast jeugd | geen gegevens |  | onbekend |")
    assert rows[2].startswith("| Opmeer | Aantal meldingen overlast jeugd | geen gegevens |  | onbekend |")
    assert len(rows) == 3
    assert (
        "Per 1.000 inwoners kan niet voor: Landsmeer, Opmeer. Deze plannen noemen geen inwonertal met bron."
        in text
    )


def test_values_of_the_same_year_side_by_side(report: Report, tmp_path: Path) -> None:
    """A second copy of the example plan with a 2024 figure: both show 2024, not each its latest."""
    other = tmp_path / "ander.yaml"
    text = EXAMPLE_PLAN.read_text(encoding="utf-8").replace("name: Landsmeer", "name: Oostzaan", 1)
    text = text.replace("cbs_code: 'GM0415'", "cbs_code: 'GM0431'", 1)
    other.write_text(
        text.replace(
            "          - period: '2023'\n            value: 6",
            "          - period: '2025'\n            value: 6",
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert report(out, EXAMPLE_PLAN, other, "--combined", "-f", "md", "-f", "csv").exit_code == 0
    markdown = (out / "regionale-vergelijking.md").read_text(encoding="utf-8")
    drugs = markdown.split("### Politieregistraties drugshandel\n", 1)[1].split("###", 1)[0]
    assert "Politieregistraties drugshandel: cijfers over 2024 per gemeente." in drugs
    assert "| Gemeente | Indicator | 2024 |" in drugs
    assert "| Landsmeer | Politieregistraties drugshandel | 3, voorlopig |" in drugs
    assert "| Oostzaan | Politieregistraties drugshandel | 3, voorlopig |" in drugs
    table = (out / "regionale-vergelijking.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert table[0] == "Indicator;Gemeente;Periode;Waarde;Per 1.000 inwoners;Status;Bron"
    assert (
        table[1]
        == "Politieregistraties drugshandel;Landsmeer;2024;3;0,2542;Behaald;testgegevens, geen echt cijfer"
    )


def test_plans_without_shared_indicators_say_so(report: Report, tmp_path: Path) -> None:
    velsen = PLANS / "velsen-2023-2026.yaml"
    assert report(tmp_path, velsen, OPMEER, "--combined", "-f", "html").exit_code == 0
    html = (tmp_path / "regionale-vergelijking.html").read_text(encoding="utf-8")
    assert "<p>Deze plannen hebben geen indicatoren gemeen.</p>" in html
    assert '<html lang="nl">' in html


def test_match_key_ignores_region_and_falls_back_to_id() -> None:
    from ivp_cli.plan.model import FetchSpec, Indicator, MonitorOnly

    spec = FetchSpec(
        source="politie", table="47013NED", measure="M", keys={"SoortMisdrijf": "1.1.1 "}, region="GM0415"
    )
    with_fetch = Indicator(id="a", name="A", unit="count", fetch=spec, targets=[MonitorOnly(type="monitor")])
    other_region = with_fetch.model_copy(
        update={"id": "b", "fetch": spec.model_copy(update={"region": "GM0432"})}
    )
    assert (
        match_key(with_fetch)
        == match_key(other_region)
        == ("fetch", "politie", "47013NED", "M", "SoortMisdrijf=1.1.1 ")
    )
    plain = Indicator(id="halt", name="Halt", unit="count", targets=[MonitorOnly(type="monitor")])
    assert match_key(plain) == ("id", "halt")
