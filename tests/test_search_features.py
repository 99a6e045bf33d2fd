"""Search researchers rely on: syntax, facets, pills, suggestions, aliases, autocomplete, export, feeds."""
import csv
import io

import pytest

from cables.models import Actor, Article, Quote
from cables.search import parse_query

from .test_pages import KAYANI_FILE, MULFORD_FILE


def api(client, **params):
    return client.get("/api/search/", params).json()


@pytest.mark.parametrize("query", ['"unbalanced', "(Kayani", "Kayani)", "AND", "Kayani OR", "NOT", "nofield:Kayani", "*ayani", "a " * 600])
def test_malformed_queries_fall_back_to_plain_words_and_say_so(query):
    parsed = parse_query(query)
    assert parsed.note


@pytest.mark.parametrize("query", ["Kayani", '"exercise restraint"', "Kayani OR Zardari", "Kayani -Mumbai", "restrain*", "speaker:Kayani"])
def test_valid_syntax_is_kept(query):
    assert parse_query(query).note == ""


def test_syntax_works_end_to_end(client, seeded):
    def titles(q, **params):
        return [(h["type"], h["title"]) for h in api(client, q=q, **params)["hits"]]

    assert any("restraint" in t for _, t in titles('"exercise restraint"', type="quote"))
    assert titles('"restraint exercise"', type="quote") == []
    assert {t for k, t in titles("Kayani -Mumbai") if k == "article"} == set()  # the report mentions Mumbai
    assert titles("missil*", type="quote")
    assert {t for _, t in titles("speaker:Petraeus", type="quote")} == {next(q.text for q in Quote.objects.filter(speaker__name="David Petraeus"))}
    assert ("article", seeded[KAYANI_FILE].title) in titles("cable:09ISLAMABAD155")
    assert ("article", seeded[MULFORD_FILE].title) in titles("publication:standard Mulford")
    data = api(client, q='"exercise restraint')
    assert "unclosed quotation mark" in data["note"] and data["count"] >= 1


def test_facets_count_and_filters_combine_and_pills_remove_them(client, seeded):
    data = api(client, q="Kayani")
    types = {f["value"]: f["count"] for f in data["facets"]["type"]}
    assert types["article"] == 1 and types["quote"] >= 6
    actors = {f["value"]: f["count"] for f in data["facets"]["actor"]}
    assert actors["Ashfaq Pervez Kayani"] >= 4  # names kept whole
    assert data["facets"]["classification"] == [{"value": "Confidential", "count": data["facets"]["classification"][0]["count"]}]
    filtered = api(client, q="Kayani", type="quote", actor="Ashfaq Pervez Kayani")
    assert filtered["count"] == 3 and all(h["type"] == "quote" for h in filtered["hits"])
    html = client.get("/search/", {"q": "Kayani", "type": "quote", "actor": "Ashfaq Pervez Kayani"}).content.decode()
    assert 'class="pill"' in html and "Type: quote" in html and "Actor: Ashfaq Pervez Kayani" in html
    assert 'href="?q=Kayani&amp;actor=Ashfaq+Pervez+Kayani"' in html  # the pill that removes Type: quote
    assert 'href="?q=Kayani&amp;type=quote"' in html  # the pill that removes the actor


def test_sort_by_date(client, seeded):
    Article.objects.filter(pk=seeded[KAYANI_FILE].pk).update(published="2010-12-01")
    Article.objects.filter(pk=seeded[MULFORD_FILE].pk).update(published="2011-01-05")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    hits = api(client, q="Pakistan", type="article", sort="date")["hits"]
    assert [h["title"] for h in hits] == [seeded[MULFORD_FILE].title, seeded[KAYANI_FILE].title]


@pytest.mark.parametrize("typo, fixed", [("Kayanni", "Kayani"), ("Mulfrd", "Mulford"), ("Petreaus", "Petraeus")])
def test_did_you_mean(client, seeded, typo, fixed):
    data = api(client, q=typo)
    assert data["count"] == 0 and data["suggestion"] == fixed
    html = client.get("/search/", {"q": typo}).content.decode()
    assert f'Did you mean <a href="?q={fixed}">{fixed}</a>?' in html


def test_did_you_mean_learns_the_words_of_a_report_added_after_it_was_asked(client, seeded):
    assert api(client, q="Kayanni")["suggestion"] == "Kayani"  # the vocabulary is read and kept
    Article.objects.create(title="Harbour talks", body="The Quellmarsh accord was signed.", raw="x", content_hash="q" * 64)
    # The new report's words are in a new segment of the index; the kept words of the
    # old segments are not read again, and the new word is offered at once.
    data = api(client, q="Quellmarsch")
    assert data["count"] == 0 and data["suggestion"] == "Quellmarsh"
    assert api(client, q="Kayanni")["suggestion"] == "Kayani"


def test_aliases_find_the_actor_and_a_curators_alias_works_at_once(client, seeded):
    kayani = seeded[KAYANI_FILE].title
    for query in ("Gen Kayani", "Ashfaq Kayani", "Ashfaq Pervez Kayani"):
        assert api(client, q=query, type="article")["hits"][0]["title"] == kayani, query
    actor = Actor.objects.get(name="Ashfaq Pervez Kayani")
    actor.aliases = [*actor.aliases, "Chief Qwertyan"]
    actor.save()
    assert api(client, q="Qwertyan", type="article")["hits"][0]["title"] == kayani
    assert api(client, q="Qwertyan", type="quote")["count"] == 3


def test_names_weigh_more_than_body_words(client, seeded):
    hits = api(client, q="Petraeus")["hits"]
    # The report naming him comes first; his actor entry ties with a quote he spoke.
    assert hits[0]["type"] == "article"
    assert {"type": "actor", "title": "David Petraeus"} in [{"type": h["type"], "title": h["title"]} for h in hits[1:3]]


def test_autocomplete_offers_actor_names(client, seeded):
    names = [r["name"] for r in client.get("/search/autocomplete/", {"q": "Kay"}).json()["results"]]
    assert names == ["Ashfaq Pervez Kayani"]
    assert [r["name"] for r in client.get("/search/autocomplete/", {"q": "muk"}).json()["results"]] == ["Pranab Mukherjee"]
    assert client.get("/search/autocomplete/", {"q": "<script>"}).json()["results"] == []


def test_hostile_article_text_and_queries_are_escaped_in_results(client, seeded):
    article = seeded[KAYANI_FILE]
    article.body += '\n\nKayani wrote <script>alert("x")</script> and <span class="evil">span class</span>.'
    article.save()
    for q in ["Kayani", "span class", "<script>", 'Kayani" onmouseover="alert(1)', "Kayani.*[(", "evil"]:
        html = client.get("/search/", {"q": q}).content.decode()
        assert "<script>alert" not in html and '<span class="evil">' not in html and 'onmouseover="alert' not in html, q
    html = client.get(article.get_absolute_url(), {"q": "span class"}).content.decode()
    assert "&lt;<mark>span</mark> <mark>class</mark>=&quot;evil&quot;&gt;" in html


def test_opening_a_result_keeps_the_hits_marked(client, seeded):
    html = client.get("/search/", {"q": "Kayani"}).content.decode()
    assert f'{seeded[KAYANI_FILE].get_absolute_url()}?q=Kayani' in html
    assert "<mark>Kayani</mark>" in client.get(seeded[KAYANI_FILE].get_absolute_url(), {"q": "Kayani"}).content.decode()
    assert "<mark>Kayani</mark>" in client.get("/cables/09ISLAMABAD155/", {"q": "Kayani"}).content.decode()


def test_csv_export_of_matching_quotes(client, seeded):
    Quote.objects.filter(text="pound").update(text="=HYPERLINK(\"http://evil\") pound")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    response = client.get("/search/export.csv", {"q": "Kayani", "actor": "Ashfaq Pervez Kayani"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == ["text", "speaker", "article", "publication", "date", "cable", "match", "url"]
    assert {r["speaker"] for r in rows} == {"Ashfaq Pervez Kayani"} and len(rows) == 3
    assert {r["cable"] for r in rows} == {"09ISLAMABAD155"} and {r["match"] for r in rows} == {"verbatim"}
    rows = list(csv.DictReader(io.StringIO(client.get("/search/export.csv", {"q": "pound"}).content.decode())))
    assert rows[0]["text"].startswith("'=")  # never a formula in a spreadsheet


def test_feeds(client, seeded):
    feed = client.get("/feeds/articles/").content.decode()
    assert feed.startswith("<?xml") and "<feed" in feed and seeded[KAYANI_FILE].title in feed
    feed = client.get("/feeds/search/", {"q": "Mulford"}).content.decode()
    assert seeded[MULFORD_FILE].title in feed and seeded[KAYANI_FILE].title not in feed


def test_timeline_bars_link_to_their_month(client, seeded):
    Article.objects.update(published="2010-12-20")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get("/").content.decode()
    assert "<svg" in html and 'href="/search/?month=2010-12&amp;type=article"' in html
    assert 'href="/search/?month=2009-01&amp;type=cable"' in html
    data = api(client, month="2010-12", type="article")
    assert data["count"] == 2


def test_search_timeline_bars_narrow_the_search_to_their_month(client, seeded):
    Article.objects.update(published="2010-12-20")
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get("/search/", {"q": "Kayani", "type": "article"}).content.decode()
    # The bar keeps the query and the filter already chosen, and says what it counts.
    assert 'href="?q=Kayani&amp;type=article&amp;month=2010-12"' in html
    assert "<title>2010-12: 1 result</title>" in html
    assert html.count('class="bar ') == 1  # the empty months around it draw nothing


def test_timeline_bars_escape_what_they_are_given():
    from cables.timeline import chart

    marks = str(chart({"results": {"2010-12": 2}}, lambda month, name: f'?q="><script>alert(1)</script>&month={month}')["marks"])
    assert "<script>" not in marks and 'href="?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;month=2010-12"' in marks
    assert "<title>2010-12: 2 results</title>" in marks


def test_a_filter_that_no_document_passes_finds_nothing(client, seeded):
    assert api(client, q="Kayani")["count"] >= 1
    # A filter value nothing holds, alone and beside one that matches.
    assert api(client, q="Kayani", publication="The Nowhere Gazette")["count"] == 0
    assert api(client, q="Kayani", type="quote", year="1850")["count"] == 0
    assert api(client, q="Kayani", type="quote")["count"] >= 1


def test_a_search_that_finds_nothing_offers_no_empty_panel_to_narrow_it(client, seeded):
    html = client.get("/search/", {"q": "Kayanni"}).content.decode()
    assert "Nothing matches." in html and "Narrow the results" not in html
    html = client.get("/search/", {"q": "Kayani"}).content.decode()
    assert "Narrow the results" in html


def test_related_reports(client, seeded):
    html = client.get(seeded[KAYANI_FILE].get_absolute_url()).content.decode()
    assert "Related reports" in html and seeded[MULFORD_FILE].title in html


def test_bad_pages_are_404(client, seeded):
    assert client.get("/search/", {"q": "Kayani", "page": "99"}).status_code == 404
    assert client.get("/api/search/", {"q": "Kayani", "page": "x"}).status_code == 404
