"""Every page type, public and admin, checked as a screen-reader user's tools check it:
axe-core in the browser (0 violations) and the Nu HTML checker on the served HTML (0 errors)."""
from django.contrib.auth.models import User

from cables.models import Actor, Article, Cable, Quote

from .browser import DESKTOP, axe_violations, browser, needs_checkers, needs_chromium, new_page, nu_errors, shot  # noqa: F401

pytestmark = [needs_chromium, needs_checkers]


def public_pages():
    quote = Quote.objects.get(text="would respond to an Indian attack")
    article = quote.article
    actor = Actor.objects.get(name="Ashfaq Pervez Kayani")
    return {
        "home": "/",
        "articles": "/articles/",
        "articles-filtered": "/articles/?publication=Business+Standard",
        "article": article.get_absolute_url(),
        "article-marked": article.get_absolute_url() + "?q=Kayani",
        "quotes": "/quotes/",
        "quote": quote.get_absolute_url(),
        "actors": "/actors/",
        "actors-kind": "/actors/?kind=place",
        "actor": actor.get_absolute_url(),
        "cables": "/cables/",
        "cable": "/cables/09ISLAMABAD155/",
        "cable-other": Cable.objects.exclude(reference="09ISLAMABAD155").first().get_absolute_url(),
        "search-empty": "/search/",
        "search": "/search/?q=Kayani",
        "search-filtered": "/search/?q=Kayani&type=quote",
        "search-by-date": "/search/?q=Kayani&sort=date",
        "search-none": "/search/?q=zzyzxq",
        "search-plain-words": '/search/?q=%22unclosed+Kayani',
        "not-found": "/no-such-page/",
    }


def admin_pages():
    quote = Quote.objects.get(text="would respond to an Indian attack")
    actor = Actor.objects.get(name="Ashfaq Pervez Kayani")
    cable = Cable.objects.get(reference="09ISLAMABAD155")
    return {
        "admin-index": "/admin/",
        "admin-quotes": "/admin/cables/quote/",
        "admin-quote": f"/admin/cables/quote/{quote.pk}/change/",
        "admin-quote-add": "/admin/cables/quote/add/",
        "admin-quote-history": f"/admin/cables/quote/{quote.pk}/history/",
        "admin-articles": "/admin/cables/article/",
        "admin-article": f"/admin/cables/article/{quote.article_id}/change/",
        "admin-actors": "/admin/cables/actor/",
        "admin-actor": f"/admin/cables/actor/{actor.pk}/change/",
        "admin-cables": "/admin/cables/cable/",
        "admin-cable": f"/admin/cables/cable/{cable.pk}/change/",
        "admin-import": "/admin/cables/article/import/",
    }


def check(page, name, path, html_folder, found):
    response = page.goto(page.base + path)
    assert response.status == (404 if name == "not-found" else 200), (path, response.status)
    page.wait_for_load_state()
    (html_folder / f"{name}.html").write_text(response.text(), encoding="utf-8")
    violations = axe_violations(page)
    if violations:
        found[name] = violations


def test_every_page_type_passes_axe_and_the_nu_checker(browser, seeded, tmp_path):
    html_folder = tmp_path / "html"
    html_folder.mkdir()
    found: dict[str, list[str]] = {}
    page = new_page(browser, DESKTOP, bypass_csp=True)
    for name, path in public_pages().items():
        check(page, name, path, html_folder, found)

    # The admin login, then the admin as staff see it.
    check(page, "admin-login", "/admin/login/?next=/admin/", html_folder, found)
    User.objects.create_superuser("curator", "curator@example.org", "a-long-test-password")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    for name, path in admin_pages().items():
        check(page, name, path, html_folder, found)

    # The import page with its result table.
    page.set_input_files("#id_files", [{"name": "notes.pdf", "mimeType": "application/pdf", "buffer": b"%PDF"}])
    with page.expect_navigation() as navigation:
        page.click("#import-form input[type=submit]")
    (html_folder / "admin-import-results.html").write_text(navigation.value.text(), encoding="utf-8")
    if violations := axe_violations(page):
        found["admin-import-results"] = violations

    errors = nu_errors(html_folder)
    assert not found, "axe-core violations:\n" + "\n".join(f"{k}: {v}" for k, vs in found.items() for v in vs)
    assert not errors, "Nu HTML checker errors:\n" + "\n".join(f"{k}: {v}" for k, vs in errors.items() for v in vs)
