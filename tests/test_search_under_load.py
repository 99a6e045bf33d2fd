"""The site as `make run` serves it, with real processes on loopback: gunicorn workers,
readers searching, curators saving in the admin, a script saving quotes and an ingest
writing, all at once. Bounded in time (bench/load.py runs the longer rounds)."""
import re
import urllib.request

import pytest

from bench.load import Server, archive_env, manage, prepare, run_round, write_reports

from .conftest import ROOT


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    var = tmp_path_factory.mktemp("load") / "var"
    env = archive_env(var)
    quotes = prepare(var, env, articles=12)
    return var, env, quotes


@pytest.fixture(scope="module")
def server(archive):
    _, env, _ = archive
    with Server(env, workers=2, threads=4) as running:
        yield running


def test_make_run_serves_through_gunicorn(archive, server):
    recipe = re.search(r"^run:.*?(?=^\S)", (ROOT / "Makefile").read_text(), re.M | re.S).group(0)
    assert "gunicorn -c archive/gunicorn.conf.py" in recipe and "runserver" not in recipe
    assert len(server.workers()) == 2
    with urllib.request.urlopen(server.base + "/") as response:
        assert response.headers["Server"].startswith("gunicorn")
        page = response.read().decode()
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page).group(1)
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet)  # the collected, hashed copy
    request = urllib.request.Request(server.base + stylesheet, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:  # WhiteNoise: compressed, cached for good
        assert response.headers["Content-Encoding"] == "gzip"
        assert "immutable" in response.headers["Cache-Control"]


def test_searches_never_fail_while_curators_save_and_an_ingest_writes(archive, server, tmp_path):
    var, env, quotes = archive
    folder = write_reports(tmp_path / "new", 8, seed=7)
    result = run_round(server, env, quotes, readers=8, seconds=15, curators=1, editors=1, ingest_folder=folder,
                       max_seconds=180, min_saves=2)
    reads, saves = result["reads"], result["saves"]
    assert reads.failed == 0, reads.failures
    assert reads.requests >= 40
    assert saves.failed == 0, saves.failures
    assert saves.saved >= 2 and result["edits"] >= 1
    assert result["ingest"]["returncode"] == 0, result["ingest"]["err"]
    assert result["ingest"]["out"] == ["8 created, 0 updated, 0 unchanged, 0 failed"]
    # What readers were shown came from an index that still matches the database.
    assert "index matches the database" in manage(env, "check_index")
