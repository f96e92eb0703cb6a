"""The HTML report in a real headless browser: Debian's chromium driven by
Selenium through Debian's chromedriver (no driver or browser download:
both paths are given and SE_OFFLINE is set).

Skipped, with the reason, where chromium, chromedriver or selenium is
missing; CI installs them (.ci/run).
"""

from __future__ import annotations

import base64
import os
import shutil
import time
from pathlib import Path

import pytest

from factcheck.report.html import to_html
from test_html import SCRIPT, sample_report

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("FACTCHECK_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless=new",
    "--no-sandbox",  # as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",  # the machine's network is closed
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
)

# A page script that records alert/confirm/prompt calls instead of blocking
# on a dialog, run before any of the page's own scripts.
RECORD_DIALOGS = """
window.__dialogs = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = function (message) { window.__dialogs.push(name + ":" + message); };
}
"""


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.exists(path) or shutil.which(path)):
            return f"{path} not installed (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium not installed (pip install '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_DIALOGS})
    yield driver
    driver.quit()


def open_page(driver, page: str, path: Path, width: int = 1280) -> list[dict]:
    """Load ``page`` from a file at a viewport ``width``; the console
    messages and JavaScript errors of the load."""
    driver.get_log("browser")  # drop what came before
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())
    deadline = time.monotonic() + 10
    while driver.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
        time.sleep(0.05)
    return driver.get_log("browser")


def screenshot(driver, path: Path) -> Path:
    """The whole page as a PNG."""
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def visible_findings(driver) -> list[tuple[str, str]]:
    return [
        (item.get_attribute("data-severity"), item.get_attribute("data-rule"))
        for item in driver.find_elements("css selector", "li.finding")
        if item.is_displayed()
    ]


def horizontal_overflow(driver) -> int:
    return driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_sample_page_in_the_browser(browser, tmp_path):
    """Loads without console messages or errors, every finding in the DOM,
    the article's <script> shown as text and never run, filters that hide
    and show, no horizontal scroll on a phone."""
    report = sample_report()
    logs = open_page(browser, to_html(report), tmp_path / "report.html")
    assert logs == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0

    findings = browser.find_elements("css selector", "li.finding")
    assert len(findings) == len(report.findings)
    assert len(visible_findings(browser)) == len(report.findings)
    assert len(browser.find_elements("css selector", "mark")) == sum(len(f.evidence) for f in report.findings)

    # The injected script: visible text, no element, no dialog.
    assert len(browser.find_elements("tag name", "script")) == 1
    assert browser.execute_script("return window.__dialogs") == []
    quotes = [q.text for q in browser.find_elements("css selector", "blockquote")]
    assert any(SCRIPT in text for text in quotes)
    assert browser.find_element("tag name", "body").text.count(SCRIPT) >= 1

    form = browser.find_element("id", "filters")
    assert form.is_displayed()
    info = browser.find_element("css selector", "input[name=severity][value=info]")
    info.click()
    shown = visible_findings(browser)
    assert shown and all(severity != "info" for severity, _ in shown)
    assert len(shown) == sum(1 for f in report.findings if f.severity != "info")
    hidden_info = browser.find_element("css selector", "li.finding[data-severity=info]")
    assert not hidden_info.is_displayed()
    assert "of" in browser.find_element("id", "shown").text
    info.click()
    assert len(visible_findings(browser)) == len(report.findings)

    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", "rule-filter")).select_by_value("quote-altered")
    assert {rule for _, rule in visible_findings(browser)} == {"quote-altered"}
    Select(browser.find_element("id", "rule-filter")).select_by_value("")
    assert len(visible_findings(browser)) == len(report.findings)
    screenshot(browser, tmp_path / "report-1280.png")

    open_page(browser, to_html(report), tmp_path / "report.html", width=375)
    assert horizontal_overflow(browser) <= 0
    assert screenshot(browser, tmp_path / "report-375.png").stat().st_size > 10_000
    assert browser.get_log("browser") == []


def test_no_javascript_errors_on_an_empty_report(browser, tmp_path):
    from factcheck.rules.findings import Report

    logs = open_page(browser, to_html(Report((), ())), tmp_path / "empty.html")
    assert logs == []
    assert browser.find_elements("css selector", "li.finding") == []


def test_seeds_report_in_the_browser(browser, tmp_path, seeds, request):
    """The seeds through spaCy and the whole engine, shown at both widths."""
    from factcheck.check import check

    # Asked for here, after the browser: a skip does not load spaCy first.
    report = check(seeds, analyser=request.getfixturevalue("spacy_analyser"))
    logs = open_page(browser, to_html(report), tmp_path / "seeds.html")
    assert logs == []
    assert len(browser.find_elements("css selector", "li.finding")) == len(report.findings)
    assert len(browser.find_elements("css selector", ".articles > li")) == len(seeds)
    screenshot(browser, tmp_path / "seeds-1280.png")
    open_page(browser, to_html(report), tmp_path / "seeds.html", width=375)
    assert horizontal_overflow(browser) <= 0
    screenshot(browser, tmp_path / "seeds-375.png")
