"""Every malformed parameter answers a page or a 404, never a 500."""
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

STORY = ("Foreign minister Arlen Qorvath told visiting officials that \"the border talks must go on\", "
         "according to a confidential US embassy cable from Kabul dated March 3, 2009.\n"
         "\"We have no such plans,\" Qorvath said.\n")


@pytest.fixture
def archive(db, tmp_path):
    """One made-up report, ingested and indexed."""
    from cables.ingest import ingest_paths
    from cables.signals import drain

    (tmp_path / "talks.txt").write_text(f"Title: Talks resume in Kabul\nSource: The Test Courier\nPublished: 2011-02-03\n\n{STORY}",
                                        encoding="utf-8")
    ingest_paths([tmp_path])
    drain()


KNOWN = [
    "/?page=²", "/articles/?year=0", "/articles/?year=99999", "/articles/?year=-1", "/articles/?year=²",
    "/articles/?page=²", "/articles/?page=0", "/articles/?page=99999999999999999999", "/quotes/?page=-1",
    "/cables/%00/", "/cables/%C2%B2/", "/cables/99999999999999999999999/", "/cables/%E2%80%AE/", "/api/cables/%00/",
    "/api/cables/%C2%B2/", "/search/?q=talks&page=²", "/search/?q=talks&page=0", "/search/?q=talks&page=99999999999999999999",
    "/api/search/?q=talks&page=²", "/search/?q=%00", "/search/?year=0", "/search/?month=99999-99", "/search/?q=talks&sort=%00",
    "/feeds/search/?q=%00&page=²", "/search/export.csv?q=talks&page=²", "/actors/?kind=%00&page=²", "/api/articles/?page=²",
    "/api/articles/?year=0", "/api/articles/?year=99999", "/search/?q=talks&publication=0,0", "/api/search/?q=talks&actor=a,b",
]


@pytest.mark.parametrize("url", KNOWN)
def test_a_malformed_parameter_gets_a_page_or_a_404(client, archive, url):
    assert client.get(url).status_code in (200, 301, 302, 404)


# Characters that break naive parsing: superscript and other non-ASCII digits,
# control characters, NUL, signs, separators, very long numbers.
_ODD = st.one_of(
    st.text(st.sampled_from("0123456789²³¹٣௫-+.,e \x00\x01\x7f\u202e%/:*\"'()[]{}~?&=#\\"), max_size=12),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(max_size=8),
)
_ROUTES = [
    "/articles/?page={v}&year={w}&publication={v}", "/quotes/?page={v}", "/actors/?kind={v}&page={w}", "/cables/?page={v}",
    "/cables/{p}/", "/api/cables/{p}/", "/articles/{p}/", "/actors/{p}/", "/quotes/{p}/", "/api/quotes/{p}/",
    "/search/?q={v}&page={w}", "/search/?q=talks&type={v}&year={w}&month={v}&sort={w}&actor={v}&publication={w}&classification={v}",
    "/api/search/?q={v}&page={w}&type={w}", "/api/articles/?page={v}&year={w}&publication={v}", "/search/export.csv?q={v}&year={w}",
    "/feeds/search/?q={v}&type={w}", "/search/autocomplete/?q={v}",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(route=st.sampled_from(_ROUTES), v=_ODD, w=_ODD)
def test_fuzzed_parameters_never_get_a_500(client, archive, route, v, w):
    path_part = quote(v, safe="") or "x"
    url = route.format(v=quote(v, safe=""), w=quote(w, safe=""), p=path_part)
    assert client.get(url).status_code in (200, 301, 302, 400, 404), url


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/search/?q=talks", '/search/?q="border talks"', "/api/search/?q=talks", "/search/autocomplete/?q=ta"])
def test_a_fresh_archive_whose_index_was_never_written_answers_searches(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert b"Qorvath" not in response.content
