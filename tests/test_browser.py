"""A reader in a real browser (Debian's chromium driven by Playwright)."""
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS_DIR", Path(__file__).resolve().parent.parent / "var" / "screenshots"))


@pytest.fixture
def page(live_server):
    # Playwright's sync API runs an event loop; Django must allow its ORM calls beside it.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.base = live_server.url
        yield page
        browser.close()


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_a_reader_searches_opens_the_report_and_follows_a_quote(page, seeded):
    page.goto(page.base + "/")
    shot(page, "home")
    page.fill("input[name=q] >> nth=1", "Kayani")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=Kayani*")
    shot(page, "search")
    first = page.locator("ol.results li").first
    assert "article" in first.locator(".badge").inner_text().lower()
    assert first.locator("mark").count() >= 1
    first.locator("a.item-title").click()
    page.wait_for_selector("article.report")
    shot(page, "article")
    assert page.locator(".body mark").count() >= 3  # the hits stay marked in the report
    quote_link = page.locator(".body a.quote", has_text="would respond to an Indian attack").first
    quote_link.click()
    page.wait_for_selector(".big-quote")
    shot(page, "quote")
    assert "Ashfaq Pervez Kayani" in page.locator(".facts").inner_text()
    page.locator(".facts a", has_text="Ashfaq Pervez Kayani").click()
    page.wait_for_selector("h1")
    shot(page, "actor")
    assert page.locator("h1").inner_text() == "Ashfaq Pervez Kayani"


@pytest.mark.parametrize("path", ["/articles/", "/quotes/", "/actors/", "/cables/", "/cables/09ISLAMABAD155/", "/no-such-page/"])
def test_every_listing_renders_without_boilerplate(page, seeded, path):
    response = page.goto(page.base + path)
    shot(page, path.strip("/").replace("/", "_") or "home")
    assert response.status == (404 if "no-such" in path else 200)
    text = page.locator("body").inner_text()
    assert "Cable Archive" in text
    for word in ("free articles", "Subscribe", "₹"):
        assert word not in text
