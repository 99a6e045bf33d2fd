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
        # The test's database calls ran beside Playwright's event loop, on connections
        # of their own: close them, or PostgreSQL cannot drop the test database.
        from django.db import connections

        connections.close_all()


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


def test_an_editor_corrects_a_quote_and_reverts_it(page, seeded):
    from django.contrib.auth.models import Group, Permission, User

    from cables.models import Quote
    from cables.roles import ensure_editors_group

    editor = User.objects.create_user("ed", "ed@example.org", "a-long-test-password", is_staff=True)
    editor.groups.add(ensure_editors_group(Group, Permission))
    quote = Quote.objects.get(text="please share it with us")
    page.goto(page.base + "/admin/login/?next=/admin/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")

    page.goto(page.base + f"/admin/cables/quote/{quote.pk}/change/")
    page.fill("#id_text", "please warn us before the next attack")
    page.click("#id_speaker + .select2 .select2-selection")
    page.keyboard.type("Petraeus")
    page.click(".select2-results__option:has-text('David Petraeus')")
    page.select_option("#id_status", "verified")
    shot(page, "admin-quote-edit")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    for url in (f"/quotes/{quote.pk}/", quote.article.get_absolute_url(), "/search/?q=warn"):
        page.goto(page.base + url)
        text = page.locator("main").inner_text()
        assert "please warn us before the next attack" in text, url
        if url.startswith("/quotes/"):
            assert "David Petraeus" in text and "Verified" in text
            shot(page, "quote-after-edit")

    page.goto(page.base + f"/admin/cables/quote/{quote.pk}/history/")
    shot(page, "admin-quote-history")
    assert "please share it with us" in page.locator("#content").inner_text() or page.locator("a", has_text="please share").count()
    before = quote.history.filter(text="please share it with us").order_by("-history_id").first()
    page.goto(page.base + f"/admin/cables/quote/{quote.pk}/history/{before.history_id}/")
    assert page.input_value("#id_text") == "please share it with us"
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    for url in (f"/quotes/{quote.pk}/", "/search/?q=share"):
        page.goto(page.base + url)
        text = page.locator("main").inner_text()
        assert "please share it with us" in text and "please warn us" not in text, url
    page.goto(page.base + quote.article.get_absolute_url())
    assert "please warn us" not in page.locator("main").inner_text()


def test_a_reader_uses_autocomplete_facets_and_opens_a_marked_report(page, seeded):
    page.goto(page.base + "/search/")
    box = page.locator("main input[name=q]")
    box.click()
    page.keyboard.type("Kay", delay=60)
    option = page.locator(".autocomplete-list li", has_text="Ashfaq Pervez Kayani")
    option.wait_for()
    shot(page, "autocomplete")
    option.click()
    page.wait_for_url("**/search/?q=Ashfaq+Pervez+Kayani*")
    assert page.input_value("main input[name=q]") == "Ashfaq Pervez Kayani"

    page.locator(".facets a", has_text="quote").first.click()
    page.wait_for_selector(".pill")
    shot(page, "search-facet")
    assert page.locator(".pill").inner_text().startswith("Type: quote")
    assert all(badge == "QUOTE" for badge in page.locator(".hit .badge").all_inner_texts())
    page.locator(".pill").click()
    page.wait_for_load_state()
    assert page.locator(".pill").count() == 0
    assert "ARTICLE" in page.locator(".hit .badge").all_inner_texts()

    page.locator(".hit-article a.item-title").first.click()
    page.wait_for_selector("article.report")
    marked = page.locator(".body mark").all_inner_texts()
    assert "Kayani" in marked and "Ashfaq" in marked
    shot(page, "article-marked")
