"""A repeated search is served from what the same search found, until the index changes."""
import pytest

from cables import search
from cables.models import Article


@pytest.fixture
def reports(transactional_db):
    bodies = {
        "lighthouse": "The lighthouse keeper told the council that the lamp had failed twice this winter.",
        "ferry": "Ferry crews said the lighthouse lamp was dark when the storm reached the strait.",
    }
    return {key: Article.objects.create(title=f"The {key} report", body=body, raw=body, content_hash=f"hash-{key}")
            for key, body in bodies.items()}


def _page(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_same_search_asked_again_is_computed_once(client, reports, monkeypatch):
    computed = []
    kept_page = search.kept_page

    def counting(params, compute):
        return kept_page(params, lambda: computed.append(1) or compute())

    monkeypatch.setattr("cables.views.kept_page", counting)
    first = _page(client, q="lighthouse lamp")
    again = _page(client, q="  lighthouse   lamp ")  # spacing does not make it another search
    assert len(computed) == 1
    assert first.count("hit-article") == again.count("hit-article") == 2
    _page(client, q="lighthouse lamp", type="article")  # a filter does
    _page(client, q="lighthouse lamp", sort="date")  # and so does another order
    assert len(computed) == 3


def test_an_edit_shows_at_once_on_a_repeated_search(client, reports):
    assert "The ferry report" in _page(client, q="lighthouse")
    ferry = reports["ferry"]
    ferry.title = "Ferry crews and the dark strait"
    ferry.save()
    html = _page(client, q="lighthouse")
    assert "Ferry crews and the dark strait" in html and "The ferry report" not in html
    ferry.body = "Ferry crews said the harbour was calm."
    ferry.save()
    assert "Ferry crews and the dark strait" not in _page(client, q="lighthouse")
    reports["lighthouse"].delete()
    assert "The lighthouse report" not in _page(client, q="lighthouse")
