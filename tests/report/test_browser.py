"""The HTML reports in a real headless Chromium: axe-core WCAG 2.1 A/AA checks at 320 px, at
1280 px and in print media, reflow without sideways scrolling, screenshots, and Chromium's print.

Skipped, with the reason shown, when no Chromium is installed (`.ci/run` installs Debian's).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Ivp
from tests.report.helpers import EXAMPLE_PLAN, REAL_PLANS, Report, plan_with_a_2025_figure

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
# As root on a machine without network: no sandbox, and no background calls to Google's hosts.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PLANS = [*REAL_PLANS, EXAMPLE_PLAN]
# (name, viewport width, CSS media): a phone at the WCAG 1.4.10 reflow width, a desktop, print.
MODES = [("phone", 320, "screen"), ("desktop", 1280, "screen"), ("print", 794, "print")]
FILLED = "filled/landsmeer-2024-2027"  # a report with measurements for the fetchable indicators
NAMES = [plan.stem for plan in PLANS] + ["regionale-vergelijking", FILLED]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (install Debian's chromium package)"),
]


@pytest.fixture(scope="module")
def reports(report: Report, tmp_path_factory: pytest.TempPathFactory, filled_landsmeer: Path) -> Path:
    """Dutch reports in the folder itself, English ones in its en/ subfolder, the filled one in filled/."""
    out = tmp_path_factory.mktemp("html")
    for lang, folder in (("nl", out), ("en", out / "en")):
        assert report(folder, *PLANS, "-f", "html", "--lang", lang).exit_code == 0
        assert report(folder, *PLANS, "-f", "html", "--lang", lang, "--combined").exit_code == 0
        assert report(folder / "filled", filled_landsmeer, "-f", "html", "--lang", lang).exit_code == 0
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(
    browser: Any, path: Path, width: int, media: str = "screen", requests: list[str] | None = None
) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.emulate_media(media=media)
    if requests is not None:
        page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page


def _axe(page: Any) -> str:
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    # The axe-core script is bundled with the Python package and injected; nothing is fetched.
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    snapshot: str = results.generate_snapshot()
    return snapshot


@pytest.mark.parametrize(("mode", "width", "media"), MODES, ids=[mode for mode, _, _ in MODES])
@pytest.mark.parametrize("name", NAMES)
def test_axe_finds_no_wcag_violations(
    browser: Any, reports: Path, name: str, mode: str, width: int, media: str
) -> None:
    requests: list[str] = []
    path = reports / f"{name}.html"
    page = _open(browser, path, width, media, requests)
    found = _axe(page)
    page.close()
    assert found == "", mode
    assert requests == [path.as_uri()]


@pytest.mark.parametrize("name", NAMES)
def test_english_reports_pass_axe_too(browser: Any, reports: Path, name: str) -> None:
    english = "regional-comparison" if name == "regionale-vergelijking" else name  # Dutch report, Dutch name
    page = _open(browser, reports / "en" / f"{english}.html", 1280)
    assert _axe(page) == ""
    page.close()


@pytest.mark.parametrize("name", NAMES)
def test_reflows_at_320_px_without_sideways_scrolling(browser: Any, reports: Path, name: str) -> None:
    """WCAG 2.1 1.4.10: wide tables scroll inside their own labelled region, never the page."""
    page = _open(browser, reports / f"{name}.html", 320)
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    regions = page.eval_on_selector_all(
        "div.scroll", "nodes => nodes.map(n => [n.getAttribute('role'), n.tabIndex, n.clientWidth])"
    )
    page.close()
    assert widths[0] <= widths[1] == 320
    assert all(role == "region" and tab == 0 and width <= 320 for role, tab, width in regions)


@pytest.mark.parametrize("width", [320, 1280])
def test_screenshot_of_a_report_with_measurements(
    browser: Any, reports: Path, width: int, tmp_path: Path
) -> None:
    path = reports / f"{FILLED}.html"
    page = _open(browser, path, width)
    shot = tmp_path / f"report-{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    height = page.evaluate("document.documentElement.scrollHeight")
    boxes = [element.bounding_box() for element in page.query_selector_all("svg.chart")]
    overview = page.query_selector("table.overview-table").bounding_box()
    page.close()
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 50_000
    assert int.from_bytes(png[16:20], "big") == width  # nothing wider than the screen was drawn
    assert int.from_bytes(png[20:24], "big") == height >= 3000
    assert len(boxes) == path.read_text(encoding="utf-8").count(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart"'
    )
    assert len(boxes) >= 6
    assert all(box is not None and box["width"] > 250 and box["height"] > 120 for box in boxes)
    assert overview is not None and overview["y"] < 900  # the overview is on the first screen


def test_chromium_prints_it_on_a4_with_the_contents_and_at_most_12_pages(
    browser: Any, reports: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    page = _open(browser, reports / f"{FILLED}.html", 794, "print")
    shown = page.evaluate(
        "[getComputedStyle(document.querySelector('nav')).display,"
        " getComputedStyle(document.querySelector('.overview')).breakAfter]"
    )
    printed = tmp_path / "print.pdf"
    page.pdf(path=str(printed), prefer_css_page_size=True)
    page.close()
    assert shown == ["block", "page"]
    pages = PdfReader(printed).pages
    assert 2 <= len(pages) <= 12
    assert all(
        abs(float(p.mediabox.width) - 595.28) < 1 and abs(float(p.mediabox.height) - 841.89) < 1
        for p in pages
    )


def test_example_report_has_a_trend_chart_per_numeric_indicator(browser: Any, reports: Path) -> None:
    page = _open(browser, reports / "voorbeeld-landsmeer.html", 1280)
    labels = page.eval_on_selector_all("svg[role=img] title", "nodes => nodes.map(n => n.textContent)")
    page.close()
    assert labels == [
        "Verloop van Politieregistraties drugshandel",
        "Verloop van Meldingen overlast jeugd",
        "Verloop van Inwoners die zich veilig voelen",
        "Verloop van Aantal verwijzingen stichting Halt",
        "Verloop van Slachtoffer van online criminaliteit",
    ]


@pytest.mark.parametrize(("as_of", "shown"), [("2025-03-01", False), ("2026-01-01", True)])
def test_the_as_of_date_holds_in_what_the_browser_shows(
    browser: Any, ivp: Ivp, tmp_path: Path, as_of: str, shown: bool
) -> None:
    """A 2025 figure is in the rendered overview, figures table and chart only once 2025 is over."""
    plan = plan_with_a_2025_figure(tmp_path)
    assert ivp("report", plan, "-o", tmp_path, "--as-of", as_of, "-f", "html").exit_code == 0
    page = _open(browser, tmp_path / "plan.html", 1280)
    years = page.eval_on_selector_all("table.overview-table thead th", "nodes => nodes.map(n => n.innerText)")
    drugs = page.query_selector("article.indicator")
    assert drugs is not None
    figures, chart = drugs.inner_text(), drugs.query_selector("svg.chart")
    assert chart is not None
    described = chart.query_selector("desc")
    assert described is not None
    desc = described.text_content() or ""
    page.close()
    assert ("2025" in years) is shown
    assert ("777" in figures) is shown
    assert ("777" in desc) is shown
