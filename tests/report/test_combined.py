"""--combined: shared indicators side by side, per 1 000 inhabitants only where population is known."""

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
    assert result.stdout.splitlines()[0] == f"wrote {tmp_path}/regional-report.md"
    text = (tmp_path / "regional-report.md").read_text(encoding="utf-8")
    jeugd = text.split("### Meldingen overlast jeugd\n", 1)[1].split("###", 1)[0]
    assert "Gekoppeld op politie 47021NED GeregistreerdeOverlast\\_1 (Overlast=E35)" in jeugd
    rows = [
        line for line in jeugd.splitlines() if line.startswith("| ") and not line.startswith("| Gemeente")
    ]
    # 50 registrations / 11 800 inhabitants x 1 000 = 4,24 (test data)
    assert rows[0].startswith(
        "| Landsmeer | Meldingen overlast jeugd | 50 (2023) | testgegevens, geen echt cijfer | 4,24 |"
    )
    assert rows[1].startswith("| Landsmeer | Meldingen overlast jeugd | geen gegevens |  | onbekend |")
    assert rows[2].startswith("| Opmeer | Aantal meldingen overlast jeugd | geen gegevens |  | onbekend |")
    assert len(rows) == 3
    assert (
        "Per 1 000 inwoners kan niet voor: Landsmeer, Opmeer. Deze plannen noemen geen inwonertal met bron."
        in text
    )


def test_plans_without_shared_indicators_say_so(report: Report, tmp_path: Path) -> None:
    velsen = PLANS / "velsen-2023-2026.yaml"
    assert report(tmp_path, velsen, OPMEER, "--combined", "-f", "html").exit_code == 0
    html = (tmp_path / "regional-report.html").read_text(encoding="utf-8")
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
