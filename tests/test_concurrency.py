"""Several processes edit, create and delete while others search: nothing drifts."""
import json
import os
import subprocess
import sys
from io import StringIO

import haystack
from django.conf import settings
from django.core.management import call_command
from haystack.inputs import Exact
from haystack.query import SearchQuerySet

from cables.models import Quote

from .conftest import ROOT
from .dburl import database_url

EDITORS, SEARCHERS, OPERATIONS = 4, 2, 25


def test_concurrent_editors_and_searchers_leave_no_drift(seeded):
    index_path = haystack.connections.connections_info["default"]["PATH"]
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),  # the suite's own test database, SQLite or PostgreSQL
        "SEARCH_URL": f"whoosh://{index_path}",
        "VAR_DIR": str(settings.VAR_DIR),
        "SECRET_KEY": "tests-only-not-secret",
        "DEBUG": "0",
    }
    workers = [
        subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", role, str(seed), str(OPERATIONS)],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for seed, role in enumerate(["editor"] * EDITORS + ["searcher"] * SEARCHERS)
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))

    out = StringIO()
    call_command("check_index", stdout=out)  # exits 1 on any drift
    assert "index matches the database" in out.getvalue()
    for quote in Quote.objects.filter(text__contains=" zq"):
        token = quote.text.split()[-1]
        found = [int(r.pk) for r in SearchQuerySet().models(Quote).filter(content=Exact(token))]
        assert found == [quote.pk], token
    deleted = {pk for result in results for pk in result.get("deleted", [])}
    assert deleted and not Quote.objects.filter(pk__in=deleted).exists()
    indexed = {int(r.pk) for r in SearchQuerySet().models(Quote)[:100000]}
    assert not indexed & deleted
