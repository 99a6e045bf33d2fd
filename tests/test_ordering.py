"""Lists and search documents come out in one order on every database.

PostgreSQL returns rows that tie on the ORDER BY in any order (SQLite happens to use
insertion order), so a page could repeat or skip a row across page boundaries and
the same article could make a different document each time it is indexed.
"""
import pytest
from django.apps import apps

from cables.models import Actor, Article, Quote
from cables.search_indexes import ArticleIndex


def _is_total(model, ordering) -> bool:
    fields = [str(f).lstrip("-") for f in ordering]
    if fields and fields[-1] in ("pk", "id"):
        return True
    unique_sets = [set(c.fields) for c in model._meta.constraints if getattr(c, "fields", None) and not getattr(c, "condition", None)]
    return any(unique <= set(fields) for unique in unique_sets)


@pytest.mark.parametrize("model", [m for m in apps.get_app_config("cables").get_models() if m._meta.ordering and not m.__name__.startswith("Historical")],
                         ids=lambda m: m.__name__)
def test_every_default_ordering_is_total(model):
    assert _is_total(model, model._meta.ordering), model._meta.ordering


@pytest.mark.django_db
def test_an_articles_document_lists_its_speakers_in_one_order():
    article = Article.objects.create(title="Order", body="x", raw="x", content_hash="order")
    first = Actor.objects.create(name="Zeno Arbuckle", kind="person", aliases=["Arbuckle"])
    second = Actor.objects.create(name="Alma Brisco", kind="person")
    for speaker in (first, second, first):
        Quote.objects.create(article=article, text="same place", start=0, end=1, speaker=speaker)
    assert ArticleIndex().prepare_speaker(article) == "Alma Brisco Zeno Arbuckle Arbuckle"
