"""A reader in a real browser (Debian's chromium driven by Playwright)."""
import pytest

from .browser import DESKTOP, PHONE, browser, log_in, needs_chromium, new_page, page, shot  # noqa: F401 (fixtures)
from .conftest import CABLES, SEEDS
from .test_pages import KAYANI_FILE

pytestmark = needs_chromium


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


def overflow(page) -> int:
    """How many pixels the page is wider than the screen (0: no sideways scrolling)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def test_on_a_phone_results_come_before_the_facets_and_nothing_scrolls_sideways(browser, seeded):
    from django.contrib.auth.models import User

    from cables.models import Article, Quote

    article = seeded[KAYANI_FILE]
    long_url = "https://example.org/" + "very-long-path-segment-" * 12 + "?ref=" + "x" * 80
    Article.objects.filter(pk=article.pk).update(body=article.body + f"\n\nThe full document is at {long_url} for anyone.")
    phone = new_page(browser, PHONE)
    phone.goto(phone.base + "/search/?q=Kayani")
    shot(phone, "phone-search")
    first = phone.locator("ol.results li").first.bounding_box()
    assert first["y"] + 40 < PHONE["height"], first  # the first result is on the first screen
    assert phone.locator(".facets").bounding_box()["y"] > first["y"]
    assert overflow(phone) <= 0
    phone.locator(".to-facets a").click()  # and the facets are one tap away
    assert phone.locator(".facets a", has_text="quote").first.is_visible()

    quote = Quote.objects.get(text="would respond to an Indian attack")
    pages = {
        "home": "/", "articles": "/articles/", "article": article.get_absolute_url(), "quotes": "/quotes/",
        "quote": quote.get_absolute_url(), "actors": "/actors/", "cables": "/cables/", "cable": "/cables/09ISLAMABAD155/",
    }
    for name, path in pages.items():
        phone.goto(phone.base + path)
        shot(phone, f"phone-{name}")
        assert overflow(phone) <= 0, (path, overflow(phone))

    User.objects.create_superuser("curator", "curator@example.org", "a-long-test-password")
    log_in(phone, "curator", "a-long-test-password")
    for name, path in {"admin-quotes": "/admin/cables/quote/", "admin-quote-history": f"/admin/cables/quote/{quote.pk}/history/",
                       "admin-import": "/admin/cables/article/import/"}.items():
        phone.goto(phone.base + path)
        shot(phone, f"phone-{name}")
        assert overflow(phone) <= 0, (path, overflow(phone))


def test_the_admin_quote_list_fits_a_laptop_screen(page, seeded):
    from django.contrib.auth.models import User

    User.objects.create_superuser("curator", "curator@example.org", "a-long-test-password")
    log_in(page, "curator", "a-long-test-password")
    page.goto(page.base + "/admin/cables/quote/")
    shot(page, "admin-quotes")
    assert overflow(page) <= 0
    for column in ("status", "match", "source"):
        box = page.locator(f"#result_list thead th.column-{column}").bounding_box()
        assert box and box["x"] + box["width"] <= DESKTOP["width"], column
    assert page.locator("#result_list thead th.column-quote").bounding_box()["width"] >= 250
    assert page.locator("#result_list thead th.column-report").bounding_box()["width"] >= 150
    assert page.evaluate("() => { const r = document.querySelector('#changelist .results'); return r.scrollWidth <= r.clientWidth; }")


REPORT = """Title: Envoy says river talks have stalled
Source: The Northern Ledger
Published: 2011-02-14

The envoy told reporters on Monday that the talks over the river dam "had reached a dead end for now", and that both delegations would return home.

Officials on the other side said they still expected a meeting before the monsoon, though no date had been set.
"""


def test_staff_import_reports_from_the_admin(browser, seeded):
    from django.contrib.auth.models import Group, Permission, User

    from cables.roles import ensure_editors_group

    editor = User.objects.create_user("ed", "ed@example.org", "a-long-test-password", is_staff=True)
    editor.groups.add(ensure_editors_group(Group, Permission))
    page = new_page(browser)
    log_in(page, "ed", "a-long-test-password")
    page.goto(page.base + "/admin/cables/article/")
    assert page.locator("a", has_text="Import reports").count() == 0  # editors may not add articles
    assert page.goto(page.base + "/admin/cables/article/import/").status == 403

    importer = User.objects.create_user("imp", "imp@example.org", "a-long-test-password", is_staff=True)
    importer.user_permissions.add(*Permission.objects.filter(codename__in=["add_article", "view_article"]))
    page = new_page(browser)
    log_in(page, "imp", "a-long-test-password")
    page.goto(page.base + "/admin/cables/article/")
    page.locator("a", has_text="Import reports").click()
    page.wait_for_selector("#import-form")
    assert "5 MB each" in page.locator("#import-form").inner_text()
    page.set_input_files("#id_files", [
        {"name": "river-talks.txt", "mimeType": "text/plain", "buffer": REPORT.encode()},
        {"name": KAYANI_FILE, "mimeType": "text/plain", "buffer": (SEEDS / KAYANI_FILE).read_bytes()},
        {"name": "09ISLAMABAD155.txt", "mimeType": "text/plain", "buffer": (CABLES / "09ISLAMABAD155.txt").read_bytes()},
        {"name": "empty.txt", "mimeType": "text/plain", "buffer": b"\n\n"},
        {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"},
    ])
    assert page.locator("#import-chosen li").count() == 5  # the chosen files, listed before sending
    shot(page, "admin-import-chosen")
    page.click("#import-form input[type=submit]")
    page.wait_for_selector("#import-results")
    shot(page, "admin-import-results")
    rows = {r.locator("td").nth(0).inner_text(): r.locator("td").nth(1).inner_text() for r in page.locator("#import-results tbody tr").all()}
    assert rows == {"river-talks.txt": "created", KAYANI_FILE: "unchanged", "09ISLAMABAD155.txt": "unchanged",
                    "empty.txt": "failed", "scan.pdf": "failed"}
    reasons = {r.locator("td").nth(0).inner_text(): r.locator("td").nth(2).inner_text() for r in page.locator("#import-results tbody tr").all()}
    assert "empty" in reasons["empty.txt"] and reasons["scan.pdf"] == "not a .txt or .html file"
    assert "1 created, 0 updated, 2 unchanged, 2 failed." in page.locator(".import-summary").inner_text()

    page.locator("#import-results a", has_text="page").first.click()  # the new report, searchable at once
    page.wait_for_selector("article.report")
    assert page.locator("h1").inner_text() == "Envoy says river talks have stalled"
    page.goto(page.base + "/search/?q=monsoon")
    assert "Envoy says river talks have stalled" in page.locator("ol.results").inner_text()
