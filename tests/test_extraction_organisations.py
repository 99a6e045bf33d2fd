"""Organisations in made-up reports: the shapes of bodies' names a careful reader
knows without a list, and the words that only look like them."""
from cables.extraction import extract_report


def kinds(text):
    return {a.name: a.kind for a in extract_report(text, "x.txt").actors}


def test_a_name_after_the_is_a_body_unless_it_qualifies_an_ordinary_noun():
    found = kinds(
        "Farmers near the Obari reactor and the Velsa division said the Kitomo monopoly had raised prices. "
        "The Lusamba tobacco company agreed, and the Dravik said on Monday it would appeal."
    )
    assert found.get("Obari") != "organisation"  # the reactor is named after it
    assert found.get("Velsa") != "organisation"
    assert found.get("Kitomo") == "organisation"
    assert found.get("Lusamba") == "organisation"
    assert found.get("Dravik") == "organisation"
