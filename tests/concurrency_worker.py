"""One process of the concurrency test: edits quotes and actors, or searches.

Run as `python -m tests.concurrency_worker ROLE SEED COUNT`, with DATABASE_URL,
SEARCH_URL and VAR_DIR pointing at the test's database and index. Prints one JSON
line: the words it left in the archive and the quotes it deleted.
"""
import json
import os
import random
import sys
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
django.setup()

from django.db import IntegrityError, OperationalError, transaction  # noqa: E402
from haystack.inputs import AutoQuery  # noqa: E402
from haystack.query import SearchQuerySet  # noqa: E402

from cables.models import Actor, Article, Quote  # noqa: E402


def retrying(operation):
    for attempt in range(50):
        try:
            with transaction.atomic():
                return operation()
        except (OperationalError, IntegrityError):
            # SQLite busy (another writer holds the database); PostgreSQL: a deadlock
            # broken, or the actor picked was deleted by another editor meanwhile.
            time.sleep(0.05 * (attempt + 1))
    raise RuntimeError("database stayed locked")


def edit(rng, seed, n):
    deleted = []
    articles = list(Article.objects.values_list("pk", flat=True))
    for i in range(n):
        token = f"zq{seed}n{i}"
        op = rng.choice(["edit", "edit", "create", "delete", "actor", "actor_create", "actor_delete", "speaker"])

        def run():
            quotes = list(Quote.objects.values_list("pk", flat=True))
            if op == "edit" and quotes:
                quote = Quote.objects.get(pk=rng.choice(quotes))
                quote.text = f"edited words {token}"
                quote.save()
            elif op == "create" or not quotes:
                Quote.objects.create(article_id=rng.choice(articles), text=f"new words {token}", start=0, end=1)
            elif op == "delete":
                pk = rng.choice(quotes)
                Quote.objects.filter(pk=pk).first().delete()
                deleted.append(pk)
            elif op == "speaker":
                quote = Quote.objects.get(pk=rng.choice(quotes))
                quote.speaker = Actor.objects.order_by("?").first()
                quote.save()
            elif op == "actor":
                actor = Actor.objects.order_by("?").first()
                actor.aliases = [*actor.aliases, token]
                actor.save()
            elif op == "actor_create":
                Actor.objects.create(name=f"Person {token.upper()}", kind="person")
            elif op == "actor_delete":
                actor = Actor.objects.filter(name__startswith="Person ").order_by("?").first()
                if actor:
                    actor.delete()

        retrying(run)
    return {"deleted": deleted}


def search(rng, seed, n):
    found = 0
    for _ in range(n):
        found += len(list(SearchQuerySet().filter(content=AutoQuery(rng.choice(["Kayani", "edited", "words", "new", "Person"])))[:10]))
    return {"found": found}


if __name__ == "__main__":
    role, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    print(json.dumps(edit(rng, seed, count) if role == "editor" else search(rng, seed, count)))
