"""Every page a reader opens, with what they must see on it."""

from cables.models import Actor, Article, Cable, Quote

BOILERPLATE = ("free articles", "Subscribe", "₹", "/Month", "Smart Quarterly")
KAYANI_FILE = "002_19e4e79b1713dfb0.txt"
MULFORD_FILE = "000_679873ed20ac29ce.txt"


def assert_clean(html):
    for word in BOILERPLATE:
        assert word not in html, word


def test_home_shows_counts_latest_articles_and_most_quoted(client, seeded):
    html = client.get("/").content.decode()
    assert f"<strong>{Article.objects.count()}</strong> articles" in html
    assert f"<strong>{Cable.objects.count()}</strong> cables" in html
    assert seeded[KAYANI_FILE].title in html
    assert "Ashfaq Pervez Kayani" in html  # the most quoted
    assert 'action="/search/"' in html
    assert_clean(html)


def test_article_list_filters_by_publication_and_year(client, seeded):
    Article.objects.filter(pk=seeded[KAYANI_FILE].pk).update(published="2010-12-20", publication="Other Paper")
    html = client.get("/articles/").content.decode()
    assert seeded[KAYANI_FILE].title in html and seeded[MULFORD_FILE].title in html
    html = client.get("/articles/", {"publication": "Other Paper"}).content.decode()
    assert seeded[KAYANI_FILE].title in html and seeded[MULFORD_FILE].title not in html
    html = client.get("/articles/", {"year": "2010"}).content.decode()
    assert seeded[KAYANI_FILE].title in html and seeded[MULFORD_FILE].title not in html


def test_article_page_marks_each_quote_in_place_and_lists_actors_and_cables(client, seeded):
    article = seeded[KAYANI_FILE]
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    for quote in article.quotes.all():
        assert f'href="{quote.get_absolute_url()}"' in html
    assert 'class="quote"' in html
    assert "Ashfaq Pervez Kayani" in html and "Pakistan&#x27;s army chief" in html
    assert "09ISLAMABAD155" in html  # the cable it reports on, found by its quotes
    assert "Business Standard" in html
    assert_clean(html)


def test_quote_page_has_speaker_article_context_and_citation(client, seeded):
    quote = Quote.objects.get(text="would respond to an Indian attack")
    html = client.get(quote.get_absolute_url()).content.decode()
    assert "Ashfaq Pervez Kayani" in html
    assert quote.article.title in html
    assert "had told America that his force" in html  # the sentence around it
    assert 'id="citation"' in html and "quoted in" in html


def test_quote_list_puts_quotations_before_phrases(client, seeded):
    html = client.get("/quotes/").content.decode()
    assert html.index("there is no clear evidence") < html.index("“pound”")


def test_actor_pages(client, seeded):
    html = client.get("/actors/").content.decode()
    assert "David Mulford" in html
    html = client.get("/actors/", {"kind": "place"}).content.decode()
    assert "Islamabad" in html and "David Mulford" not in html
    kayani = Actor.objects.get(name="Ashfaq Pervez Kayani")
    html = client.get(kayani.get_absolute_url()).content.decode()
    assert "as Pakistan&#x27;s army chief" in html  # the role the report gives
    assert "Gen Ashfaq Pervez Kayani" in html  # aliases
    assert "please share it with us" in html  # their quotes
    assert seeded[KAYANI_FILE].title in html  # the articles naming them


def test_cable_pages_by_reference_and_by_number(client, seeded):
    html = client.get("/cables/").content.decode()
    assert "09ISLAMABAD155" in html and "08NEWDELHI3228" in html
    html = client.get("/cables/09ISLAMABAD155/").content.decode()
    assert "CENTCOM GENERAL PETRAEUS MEETS WITH PAKISTAN COAS KAYANI" in html and "Anne W. Patterson" in html
    mentioned = Cable.objects.get(reference="", date__year=2008)
    html = client.get(f"/cables/{mentioned.pk}/").content.decode()
    assert seeded[MULFORD_FILE].title in html
    assert "does not hold the original text" in html
    assert client.get("/cables/99NOWHERE1/").status_code == 404


def test_missing_things_get_the_sites_404_page(client, seeded):
    for url in ("/nope/", "/articles/nope/", "/quotes/999999/", "/actors/nope/", "/articles/?page=99", "/search/?q=Kayani&page=x"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Cable Archive" in response.content.decode()


def test_a_server_error_gets_the_sites_500_page(client, seeded, monkeypatch):
    import cables.views

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cables.views.Article.objects, "count", explode)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_article_text_is_escaped_everywhere(client, seeded):
    article = seeded[KAYANI_FILE]
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    article.title = hostile
    article.body = article.body + "\n\n" + hostile
    article.save()
    Quote.objects.filter(pk=article.quotes.first().pk).update(text=hostile)
    for url in ("/", "/articles/", article.get_absolute_url(), article.quotes.first().get_absolute_url(), "/quotes/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url


def test_article_page_shows_byline_and_place(client, seeded):
    article = seeded[KAYANI_FILE]
    Article.objects.filter(pk=article.pk).update(byline="Mirela Stanic | Ledger <News>", place="Portvale")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "By <span class=\"author\">Mirela Stanic | Ledger &lt;News&gt;</span>" in html
    assert '<span class="place">Portvale</span>' in html
