"""Shared pieces of the browser tests: Debian's chromium driven by Playwright, axe-core
and the Nu HTML checker from npm (`make test` installs both into node_modules/)."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")
# Screenshots every browser test takes, kept to be looked at (git-ignored).
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", ROOT / "test-results" / "screenshots"))
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")
needs_checkers = pytest.mark.skipif(
    not (AXE.exists() and VNU.exists() and JAVA), reason="axe-core, vnu-jar or java missing (make test installs them)"
)


@pytest.fixture
def browser(live_server):
    # Playwright's sync API runs an event loop; Django must allow its ORM calls beside it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        browser.base = live_server.url
        yield browser
        browser.close()
        # The test's database calls ran beside Playwright's event loop, on connections
        # of their own: close them, or PostgreSQL cannot drop the test database.
        from django.db import connections

        connections.close_all()


def new_page(browser, viewport=DESKTOP, **options):
    page = browser.new_page(viewport=viewport, **options)
    page.base = browser.base
    return page


@pytest.fixture
def page(browser):
    return new_page(browser)


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def log_in(page, username, password):
    page.goto(page.base + "/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it stands, one line each (rule, impact, elements).

    The page must come from a context with bypass_csp: axe is injected as a script the
    site's policy would rightly refuse."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
        }"""
    )
    return result


def nu_errors(folder: Path) -> dict[str, list[str]]:
    """The Nu HTML checker's errors for every .html file in folder, by file name."""
    files = sorted(str(p) for p in folder.glob("*.html"))
    run = subprocess.run(
        [JAVA, "-Xss2m", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", *files],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(run.stdout or "{}").get("messages", [])
    errors: dict[str, list[str]] = {}
    for message in messages:
        name = Path(message.get("url", "")).name
        errors.setdefault(name, []).append(f"line {message.get('lastLine')}: {message.get('message')} [{message.get('extract', '').strip()[:120]}]")
    return errors
