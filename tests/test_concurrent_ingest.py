"""Several `ingest` processes loading the same folder at once (overlapping cron jobs,
two editors): every one finishes without an error and nothing is stored twice."""
import json
import os
import subprocess
import sys

from .conftest import ROOT
from .dburl import scratch_database

PROCESSES = 3
PEOPLE = ["Arlen Qorvath", "Mirela Tamsworth", "Osric Belindre", "Petra Fenmarrow", "Ivo Culvane", "Dana Ovanek"]
CABLES = ["09KABUL1201", "08TALLINN77", "10RIGA332"]

COUNTS = """
import json
from django.db.models import Count
from cables.models import Actor, Article, Cable, Quote
print(json.dumps({
    "articles": Article.objects.count(),
    "duplicate_quotes": Quote.objects.values("article", "start", "end", "text").annotate(n=Count("pk")).filter(n__gt=1).count(),
    "people": sorted(Actor.objects.filter(kind="person").values_list("name", flat=True)),
    "slugs": Actor.objects.values("slug").distinct().count() == Actor.objects.count(),
    "cables": sorted(Cable.objects.exclude(reference="").values_list("reference", flat=True)),
}))
"""


def write_reports(folder, n=24):
    folder.mkdir()
    for i in range(n):
        speaker, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i + 2) % len(PEOPLE)]
        cable = CABLES[i % len(CABLES)]
        (folder / f"report-{i:02d}.txt").write_text(
            f"Title: Talks on the northern border, part {i}\nSource: The Test Courier\nPublished: 2011-03-{i + 1:02d}\n\n"
            f"Foreign minister {speaker} told visiting officials that \"the border talks must go on, round {i}\", "
            f"according to cable {cable} sent from the embassy.\n"
            f"\"We have no such plans for round {i},\" {other.split()[-1]} said after meeting {speaker.split()[-1]}.\n",
            encoding="utf-8",
        )


def test_concurrent_ingests_of_the_same_files_finish_without_errors_or_duplicates(transactional_db, tmp_path):
    folder = tmp_path / "reports"
    write_reports(folder)
    with scratch_database(tmp_path) as url:
        env = {**os.environ, "DATABASE_URL": url, "SEARCH_URL": f"whoosh://{tmp_path / 'index'}", "VAR_DIR": str(tmp_path),
               "SECRET_KEY": "tests-only-not-secret", "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "archive.settings"}

        def manage(*args):
            done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr[-3000:]
            return done.stdout

        manage("migrate", "-v0")
        ingests = [
            subprocess.Popen([sys.executable, "manage.py", "ingest", str(folder), "--index-every", "8"], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(PROCESSES)
        ]
        outcomes = [process.communicate(timeout=300) for process in ingests]
        for process, (out, err) in zip(ingests, outcomes):
            assert process.returncode == 0 and "0 failed" in out, (out, err[-3000:])
        created = sum(int(out.split(" created")[0].split()[-1]) for out, _ in outcomes)
        assert created == 24  # each file loaded by exactly one of them; the others found it unchanged

        counts = json.loads(manage("shell", "-c", COUNTS).strip().splitlines()[-1])
        assert counts["articles"] == 24 and counts["duplicate_quotes"] == 0 and counts["slugs"]
        assert counts["cables"] == sorted(CABLES)
        assert set(PEOPLE) <= set(counts["people"])
        assert "index matches the database" in manage("check_index")
