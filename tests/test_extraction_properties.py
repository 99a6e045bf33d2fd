"""Properties that hold for any input: extraction never raises, offsets never lie."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cables.extraction import ExtractionError, extract_report

WORDS = st.sampled_from(
    ["the", "minister", "said", "he", "she", "told", "cable", "Kabul", "General", "Ahmed", "Khan", "U.S.", "“", "”",
     '"', "'", ",", ".", "according", "to", "(", ")", "\n", "\n\n", "Subscribe", "₹900", "{{x}}", "according to", "—"]
)
texts = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_anything_but_a_clear_error(text):
    try:
        report = extract_report(text, "any.txt")
    except ExtractionError:
        return
    for quote in report.quotes:
        assert report.body[quote.start : quote.end] == quote.text
        assert quote.text.strip()
    for actor in report.actors:
        assert actor.name.strip()
        assert actor.kind in {"person", "organisation", "place"}
