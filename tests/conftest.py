import json
from io import StringIO
from pathlib import Path

import haystack
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = FIXTURES / "seeds"
CABLES = FIXTURES / "cables"


@pytest.fixture(autouse=True)
def search_index(tmp_path):
    """A fresh, empty Whoosh index in a temporary folder for every test."""
    info = haystack.connections.connections_info["default"]
    saved = dict(info)
    info.update(ENGINE="cables.search_backend.ArchiveWhooshEngine", PATH=str(tmp_path / "whoosh"))
    haystack.connections.reload("default")
    yield
    info.clear()
    info.update(saved)
    haystack.connections.reload("default")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing kept by an earlier one (lists the quote page keeps)."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def gold():
    return json.loads((FIXTURES / "gold" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_text():
    def read(name):
        from cables.extraction import read_text

        return read_text((SEEDS / name).read_bytes())

    return read


@pytest.fixture
def seeded(transactional_db):
    """The archive as `make run` loads it: both cables, both seed reports, indexed."""
    call_command("ingest", str(CABLES), stdout=StringIO())
    call_command("ingest", str(SEEDS), "--source", "Business Standard", stdout=StringIO())
    from cables.models import Article

    return {a.source_file: a for a in Article.objects.all()}


def log_in_editor(client):
    """A staff member of the Editors group, logged in on `client`. The group is made the
    way its migration makes it: transactional tests empty the tables the migration filled."""
    from django.contrib.auth.models import Group, Permission, User

    from cables.roles import ensure_editors_group

    editor = User.objects.create_user("ed", "ed@example.org", "a-long-test-password", is_staff=True)
    editor.groups.add(ensure_editors_group(Group, Permission))
    client.force_login(editor)
    return editor
