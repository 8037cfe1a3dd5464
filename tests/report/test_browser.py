"""The HTML reports in a real headless Chromium: axe-core WCAG 2.1 A/AA checks and a screenshot.

Skipped, with the reason shown, when no Chromium is installed (`.ci/run` installs Debian's).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.report.helpers import EXAMPLE_PLAN, REAL_PLANS, Report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
# As root on a machine without network: no sandbox, and no background calls to Google's hosts.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PLANS = [*REAL_PLANS, EXAMPLE_PLAN]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found (install Debian's chromium package)"),
]


@pytest.fixture(scope="module")
def reports(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dutch reports in the folder itself, English ones in its en/ subfolder."""
    out = tmp_path_factory.mktemp("html")
    for lang, folder in (("nl", out), ("en", out / "en")):
        assert report(folder, *PLANS, "-f", "html", "--lang", lang).exit_code == 0
        assert report(folder, *PLANS, "-f", "html", "--lang", lang, "--combined").exit_code == 0
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _open(browser: Any, path: Path, requests: list[str]) -> Any:
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page


NAMES = [plan.stem for plan in PLANS] + ["regional-report"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_axe_finds_no_wcag_violations(browser: Any, reports: Path, name: str, lang: str) -> None:
    from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]

    requests: list[str] = []
    path = reports / f"{name}.html" if lang == "nl" else reports / "en" / f"{name}.html"
    page = _open(browser, path, requests)
    # The axe-core script is bundled with the Python package and injected; nothing is fetched.
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    page.close()
    assert results.generate_snapshot() == ""
    assert requests == [path.as_uri()]


@pytest.mark.parametrize("name", NAMES)
def test_page_really_renders_with_visible_charts(
    browser: Any, reports: Path, name: str, tmp_path: Path
) -> None:
    path = reports / f"{name}.html"
    page = _open(browser, path, [])
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    height = page.evaluate("document.documentElement.scrollHeight")
    boxes = [element.bounding_box() for element in page.query_selector_all("svg")]
    page.close()
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert int.from_bytes(png[20:24], "big") == height >= 1200
    assert len(boxes) == path.read_text(encoding="utf-8").count("<svg ")
    assert all(box is not None and box["width"] > 100 and box["height"] > 40 for box in boxes)


def test_example_report_has_trend_charts_and_status_overview(browser: Any, reports: Path) -> None:
    page = _open(browser, reports / "voorbeeld-landsmeer.html", [])
    labels = page.eval_on_selector_all("svg[role=img] title", "nodes => nodes.map(n => n.textContent)")
    page.close()
    assert labels == [
        "Indicatoren per status",
        "Verloop van Politieregistraties drugshandel",
        "Verloop van Meldingen overlast jeugd",
        "Verloop van Inwoners die zich veilig voelen",
    ]
