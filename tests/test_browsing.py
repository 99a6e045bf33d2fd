"""Browsing and search-page details a reader meets: filters, A–Z, sort, CSV, suggestions, feeds."""
import csv
import io

from cables.models import Actor, Article, Cable, Quote, QuoteStatus

from .test_pages import KAYANI_FILE, MULFORD_FILE


def rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_search_page_suggests_only_when_the_query_finds_little_and_offers_no_links_for_nothing(client, seeded):
    data = client.get("/api/search/", {"q": "restrain*"}).json()
    assert data["count"] >= 1 and data["suggestion"] is None
    assert "Did you mean" not in client.get("/search/", {"q": "restrain*"}).content.decode()
    assert client.get("/api/search/", {"q": "Kayanni"}).json()["suggestion"] == "Kayani"  # a typo still gets one

    html = client.get("/search/", {"q": "zzyzxq"}).content.decode()
    assert "0 results" in html
    for link in ("sort newest first", "export quotes", "Atom feed"):
        assert link not in html, link
    html = client.get("/search/", {"q": "Kayani"}).content.decode()
    assert all(link in html for link in ("sort newest first", "export quotes", "Atom feed"))


def test_speaker_field_finds_quotes_only(client, seeded):
    data = client.get("/api/search/", {"q": "speaker:Kayani"}).json()
    assert data["count"] == Quote.objects.visible().filter(speaker__name="Ashfaq Pervez Kayani").count() > 0
    assert {h["type"] for h in data["hits"]} == {"quote"}
    assert "article" in {h["type"] for h in client.get("/api/search/", {"q": "Kayani"}).json()["hits"]}


def test_search_feed_names_itself_with_its_query(client, seeded):
    feed = client.get("/feeds/search/", {"q": "Mulford", "type": "article"}).content.decode()
    assert 'rel="self"' in feed and "/feeds/search/?q=Mulford&amp;type=article" in feed


def test_quote_list_filters_by_speaker_publication_cable_and_verified(client, seeded):
    kayani = Actor.objects.get(name="Ashfaq Pervez Kayani")
    Article.objects.filter(pk=seeded[MULFORD_FILE].pk).update(publication="Other Paper")
    theirs = list(Quote.objects.visible().filter(speaker=kayani))
    html = client.get("/quotes/", {"speaker": kayani.slug}).content.decode()
    assert all(f'href="{q.get_absolute_url()}"' in html for q in theirs)
    assert f"{len(theirs)} quote{'s' if len(theirs) != 1 else ''}." in html

    other = Quote.objects.visible().filter(article__publication="Other Paper").first()
    html = client.get("/quotes/", {"publication": "Business Standard"}).content.decode()
    assert f'href="{other.get_absolute_url()}"' not in html and f'href="{theirs[0].get_absolute_url()}"' in html

    cable = Cable.objects.get(reference="09ISLAMABAD155")
    from_cable = Quote.objects.visible().filter(cable=cable)
    html = client.get("/quotes/", {"cable": "09ISLAMABAD155"}).content.decode()
    assert f"{from_cable.count()} quotes." in html
    assert all(f'href="{q.get_absolute_url()}"' in html for q in from_cable)

    Quote.objects.filter(pk=theirs[0].pk).update(status=QuoteStatus.VERIFIED)
    html = client.get("/quotes/", {"verified": "on"}).content.decode()
    assert "1 quote." in html and f'href="{theirs[0].get_absolute_url()}"' in html

    # A stale or made-up value drops that filter with a note, never an error page.
    response = client.get("/quotes/", {"speaker": "no-such-actor", "cable": "<script>"})
    html = response.content.decode()
    assert response.status_code == 200 and f"{Quote.objects.visible().count()} quotes." in html
    assert "No speaker “no-such-actor”" in html and "No cable “&lt;script&gt;”" in html and "<script>”" not in html


def test_quote_list_speaker_is_typed_by_name_alias_or_old_address(client, seeded):
    from cables.actors import merge_actors

    kayani = Actor.objects.get(name="Ashfaq Pervez Kayani")
    theirs = Quote.objects.visible().filter(speaker=kayani).count()
    for typed in ["Ashfaq Pervez Kayani", "ashfaq pervez kayani", kayani.aliases[0], kayani.slug]:
        html = client.get("/quotes/", {"speaker": typed}).content.decode()
        assert f"{theirs} quote{'s' if theirs != 1 else ''}." in html, typed
        assert 'value="Ashfaq Pervez Kayani"' in html  # the box shows the name, whatever was typed
    twin = Actor.objects.create(name="Kayani Twin", kind="person", slug="kayani-twin")
    merge_actors(kayani, [twin])
    html = client.get("/quotes/", {"speaker": "kayani-twin"}).content.decode()
    assert f"{theirs} quote{'s' if theirs != 1 else ''}." in html


def test_quote_list_offers_the_most_quoted_speakers_not_every_one(client, seeded):
    from cables.forms import QuoteFilterForm

    article = Article.objects.first()
    for n in range(QuoteFilterForm.SUGGESTED + 20):
        speaker = Actor.objects.create(name=f"Obari Kito{n:03d}", kind="person", slug=f"obari-kito{n:03d}")
        for _ in range(1 + (n >= 20)):  # the last hundred are quoted twice
            Quote.objects.create(article=article, text=f"Words of {n}", extracted_text=f"Words of {n}", start=0, end=1, speaker=speaker)
    html = client.get("/quotes/").content.decode()
    offered = html.split('id="quoted-speakers"')[1].split("</datalist>")[0]
    assert offered.count("<option") == QuoteFilterForm.SUGGESTED
    assert 'value="Ashfaq Pervez Kayani"' in offered and 'value="Obari Kito000"' not in offered  # the most quoted, not the once quoted


def test_actor_list_filters_by_name_or_alias_and_first_letter(client, seeded):
    html = client.get("/actors/", {"name": "pervez"}).content.decode()
    assert "Ashfaq Pervez Kayani" in html and "David Mulford" not in html
    kayani = Actor.objects.get(name="Ashfaq Pervez Kayani")
    Actor.objects.filter(pk=kayani.pk).update(aliases=["Army Chief Zed"])
    assert "Ashfaq Pervez Kayani" in client.get("/actors/", {"name": "chief zed"}).content.decode()
    html = client.get("/actors/", {"letter": "D"}).content.decode()
    assert "David Mulford" in html and "Ashfaq Pervez Kayani" not in html
    assert 'href="/actors/?letter=D" aria-current="page"' in html
    html = client.get("/actors/", {"letter": "D", "kind": "place"}).content.decode()
    assert "David Mulford" not in html
    assert client.get("/actors/", {"letter": "not-a-letter"}).status_code == 200


def test_articles_sort_by_date_both_ways(client, seeded):
    Article.objects.filter(pk=seeded[KAYANI_FILE].pk).update(published="2010-12-20")
    Article.objects.filter(pk=seeded[MULFORD_FILE].pk).update(published="2011-03-02")
    newest = client.get("/articles/").content.decode()
    oldest = client.get("/articles/", {"sort": "oldest"}).content.decode()
    kayani, mulford = seeded[KAYANI_FILE].title, seeded[MULFORD_FILE].title
    assert newest.index(mulford) < newest.index(kayani)
    assert oldest.index(kayani) < oldest.index(mulford)
    assert '<option value="oldest" selected>' in oldest


def test_csv_of_articles_and_actors_is_formula_safe_and_keeps_the_filters(client, seeded):
    Article.objects.filter(pk=seeded[KAYANI_FILE].pk).update(title="=HYPERLINK(\"http://evil\")", published="2010-12-20")
    Actor.objects.filter(name="David Mulford").update(role="+cmd|' /C calc'!A0")
    articles = rows(client.get("/articles/export.csv"))
    assert list(articles[0]) == ["title", "publication", "date", "quotes", "source_url", "url"] and len(articles) == 2
    assert "'=HYPERLINK(\"http://evil\")" in {a["title"] for a in articles}
    assert [a["date"] for a in rows(client.get("/articles/export.csv", {"year": "2010"}))] == ["2010-12-20"]

    actors = rows(client.get("/actors/export.csv"))
    assert len(actors) == Actor.objects.count()
    mulford = next(a for a in actors if a["name"] == "David Mulford")
    assert mulford["role"].startswith("'+") and mulford["kind"] == "person"
    assert [a["name"] for a in rows(client.get("/actors/export.csv", {"name": "mulford"}))] == ["David Mulford"]
    html = client.get("/actors/", {"name": "mulford"}).content.decode()
    assert 'href="/actors/export.csv?name=mulford"' in html


def test_pagination_links_open_the_next_page_with_the_filters(client, db):
    Actor.objects.bulk_create([Actor(name=f"Made Up Person {n:02d}", slug=f"made-up-person-{n:02d}") for n in range(60)])
    html = client.get("/actors/", {"letter": "M"}).content.decode()
    assert 'href="/actors/?letter=M&amp;page=2" rel="next"' in html
    html = client.get("/actors/", {"letter": "M", "page": "2"}).content.decode()
    assert "Page 2 of 2" in html and "Made Up Person" in html


def test_every_page_has_a_skip_link_and_a_favicon(client, db):
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#content">Skip to content</a>' in html and '<main id="content"' in html
    assert 'rel="icon" href="/static/favicon.svg"' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/favicon.svg"


def test_counts_beside_actors_and_cables_count_each_thing_once(transactional_db):
    """An actor quoted twice (once rejected), named in three reports and one cable; a cable
    two reports are about, one of their quotes from it. Each count counts its own rows."""
    from cables.models import Actor, ArticleActor, Cable, CableActor, CableLink, Quote

    actor = Actor.objects.create(name="Tomas Obari", kind="person")
    other = Actor.objects.create(name="Lusara Port Board", kind="organisation")
    cable = Cable.objects.create(reference="09KITOTOWN12", text="The board met.")
    articles = [Article.objects.create(title=f"Report {n}", body="Body.", raw="x", content_hash=f"{n}" * 16,
                                       publication="Quay Weekly") for n in range(3)]
    for article in articles:
        ArticleActor.objects.create(article=article, actor=actor)
    ArticleActor.objects.create(article=articles[0], actor=other)
    CableActor.objects.create(cable=cable, actor=actor)
    Quote.objects.create(article=articles[0], text="We will dredge the harbour.", start=0, end=5, speaker=actor, cable=cable)
    Quote.objects.create(article=articles[1], text="Not a word of it was said.", start=0, end=5, speaker=actor, status="rejected")
    for article in articles[:2]:
        CableLink.objects.create(article=article, cable=cable)

    counted = Actor.objects.with_counts().get(pk=actor.pk)
    assert (counted.quote_count, counted.article_count, counted.cable_count) == (1, 3, 1)
    board = Actor.objects.with_counts().get(pk=other.pk)
    assert (board.quote_count, board.article_count, board.cable_count) == (0, 1, 0)
    cable_counted = Cable.objects.with_counts().get(pk=cable.pk)
    assert (cable_counted.article_count, cable_counted.quote_count) == (2, 1)
    assert list(Actor.objects.most_quoted()) == [actor]
