"""The index queue on an engine other than the embedded one (Elasticsearch 7, Solr).

No Elasticsearch or Solr server can run here: a stand-in backend with Haystack's
generic interface (update, remove; no one-commit replace) records what the drain
sends, and each document is checked for the shape those engines take.
"""
import datetime
import json

import haystack
import pytest

from cables.models import Actor, Article, Quote

pytestmark = pytest.mark.django_db(transaction=True)
SCALARS = (str, int, float, bool, datetime.date, type(None))


class Recorder:
    """What Haystack's Elasticsearch and Solr backends are asked to do."""

    def __init__(self):
        self.documents, self.removed = {}, []

    def update(self, index, iterable, commit=True):
        for obj in iterable:
            doc = index.full_prepare(obj)
            self.documents[doc["id"]] = doc

    def remove(self, obj_or_string, commit=True):
        self.removed.append(obj_or_string)


@pytest.fixture
def engine(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(haystack.connections["default"], "get_backend", lambda: recorder)
    return recorder


def test_the_drain_sends_whole_documents_and_removals_through_the_generic_interface(engine):
    article = Article.objects.create(title="Harbour talks", body="The envoy spoke.", raw="x", content_hash="shape",
                                     published=datetime.date(2011, 3, 2), publication="The Test Courier")
    speaker = Actor.objects.create(name="Irena Voskuijlen", kind="person", aliases=["Voskuijlen"])
    quote = Quote.objects.create(article=article, text="the harbour stays open", start=0, end=5, speaker=speaker)

    doc = engine.documents[f"cables.quote.{quote.pk}"]
    assert doc["django_ct"] == "cables.quote" and doc["django_id"] == str(quote.pk)
    assert "the harbour stays open" in doc["text"] and "Voskuijlen" in doc["speaker"]
    assert doc["publication_facet"] == ["The Test Courier"] and doc["year"] == ["2011"]
    assert "Irena Voskuijlen" in engine.documents[f"cables.article.{article.pk}"]["speaker"]
    for document in engine.documents.values():
        for name, value in document.items():
            values = value if isinstance(value, list) else [value]
            assert all(isinstance(v, SCALARS) for v in values), (name, value)
        json.dumps(document, default=str)

    pk = quote.pk
    quote.delete()
    assert f"cables.quote.{pk}" in engine.removed
