"""Articles as they were printed: whole bodies, headlines, dates, bylines and datelines.

Every page here is made up, in the shapes scrapers and saved web pages take.
"""
from datetime import date

import pytest

from cables.extraction import extract_report
from cables.extraction.html import strip_site_name

# A whole page saved as text: menus, a section label, the headline, a byline and the
# printed date, then a story with a dateline, subheadings, a list, prices and quotes,
# an ad and a link inside it, and related links and comments after it.
WHOLE_PAGE = """\
Home
World
Business
Opinion
Subscribe to The Morning Ledger
The Harbour Files
Envoy warned of grain deal collapse, cables show
By Mirela Stanic | Ledger News Service
14 February 2011 09:30 am Views - 4821
PORTVALE: The ambassador warned that the grain deal would collapse within months, according to a confidential cable seen by the Ledger.
The cable, sent in March 2009, said the port authority had raised fees to $12 a tonne, which traders called “a tax on hunger.”
What the cable says
The envoy listed three reasons for concern:
- rising fees at the northern terminal
- a shortage of inspectors
- delays of up to 40 days at customs
“We are running out of patience,” a trader told the envoy, the cable said.
Advertisement
The deal was worth about $2.5bn a year, the cable estimated.
Read more: Harbour strike enters second week
Who pays
The finance ministry said it would review the fees before the summer, and officials promised a reply by June.
___
Update, 3pm: The port authority said on Monday that it had not seen the cable and would comment later in the week.
Related stories
Harbour strike enters second week
Grain prices at record high
harbour files, grain deal, port authority, cables, envoy, customs
Please wait while comments are loading...
"""


@pytest.fixture
def page():
    return extract_report(WHOLE_PAGE, "ledger.txt")


def test_the_headline_is_the_printed_one_not_the_section_label_or_the_lede(page):
    assert page.title == "Envoy warned of grain deal collapse, cables show"


def test_the_printed_date_byline_and_dateline_are_read(page):
    assert page.published == date(2011, 2, 14)
    assert page.byline == "Mirela Stanic | Ledger News Service"
    assert page.place == "Portvale"


def test_the_dateline_leaves_the_first_paragraph(page):
    assert page.body.startswith("The ambassador warned that the grain deal would collapse")
    assert "PORTVALE" not in page.body


def test_the_story_keeps_prices_lists_subheadings_and_quotes(page):
    body = page.body
    for story in (
        "raised fees to $12 a tonne",
        "“a tax on hunger.”",
        "What the cable says",
        "The envoy listed three reasons for concern:",
        "- rising fees at the northern terminal",
        "- a shortage of inspectors",
        "- delays of up to 40 days at customs",
        "“We are running out of patience,”",
        "The deal was worth about $2.5bn a year",
        "Who pays",
        "promised a reply by June.",
    ):
        assert story in body, story
    assert "We are running out of patience" in [q.text.strip("“”,") for q in page.quotes]


def test_a_separator_does_not_end_the_story(page):
    assert "would comment later in the week." in page.body


def test_furniture_stays_out_of_the_body(page):
    body = page.body
    for furniture in (
        "Subscribe", "Views", "Home", "The Harbour Files", "By Mirela", "Advertisement", "Read more",
        "Related stories", "harbour files, grain deal", "comments are loading", "___",
    ):
        assert furniture not in body, furniture


def test_header_lines_still_win():
    text = "Title: Our own title\nPublished: 2011-05-01\n\n" + WHOLE_PAGE
    report = extract_report(text, "ledger.txt")
    assert report.title == "Our own title"
    assert report.published == date(2011, 5, 1)


def test_a_dateline_with_its_day_takes_the_year_it_is_given():
    text = (
        "Minister denies secret talks with rebels\n\n"
        "Kestrel Bay, Mar 23: The interior minister denied on Wednesday that he had held secret talks with the rebels, "
        "days after a leaked cable described two meetings.\n\n"
        "The cable said the talks had taken place in a hotel near the border, and that both sides had agreed to keep them quiet.\n"
    )
    report = extract_report(text, "bay.txt", published=date(2011, 1, 1))
    assert report.place == "Kestrel Bay"
    assert report.published == date(2011, 3, 23)
    assert report.title == "Minister denies secret talks with rebels"
    assert report.body.startswith("The interior minister denied")
    # Without a year anywhere, the day alone is no publication date.
    assert extract_report(text, "bay.txt").published is None


@pytest.mark.parametrize(
    "opening, place",
    [("WASHINGTON — ", "Washington"), ("NEW HARBOR (AP) — ", "New Harbor"), ("ISLAMABAD: ", "Islamabad")],
)
def test_datelines_in_their_usual_shapes(opening, place):
    text = (
        f"{opening}The senator said the cables showed the agency had known about the payments for at least two years.\n"
        "Officials declined to comment on the cables, which were published on Tuesday by several newspapers.\n"
    )
    report = extract_report(text, "x.txt")
    assert report.place == place
    assert report.body.startswith("The senator said")
    if place != "New Harbor":  # a real city stays among the report's places
        assert place in {a.name for a in report.actors if a.kind == "place"}


def test_a_story_that_opens_with_its_lede_keeps_it_and_has_no_place():
    text = (
        "In a rare public rebuke, the finance minister accused the central bank of hiding losses, according to a cable.\n"
        "The cable was sent from the embassy in the capital in the spring of 2009, officials said on Friday.\n"
    )
    report = extract_report(text, "x.txt")
    assert report.body.startswith("In a rare public rebuke")
    assert report.place is None and report.byline is None


PAGE = """<!doctype html><html lang="en"><head>
<title>Envoy warned of grain deal collapse | The Morning Ledger</title>
<meta property="og:title" content="Grain deal could collapse, envoy warned">
<meta property="og:site_name" content="The Morning Ledger">
<meta property="article:published_time" content="2011-02-15T08:00:00Z">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Envoy warned of grain deal collapse", "datePublished": "2011-02-14T09:30:00Z",
 "author": [{"@type": "Person", "name": "Mirela Stanic"}],
 "video": {"@type": "VideoObject", "datePublished": "2009-01-01"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Envoy warned of grain deal collapse</h1>
<p>The ambassador warned that the grain deal would collapse within months, according to a confidential cable seen by the Ledger on Monday.</p>
<p>The cable, sent in March 2009, said the port authority had raised fees to $12 a tonne, which traders called “a tax on hunger.”</p>
<h2>What the cable says</h2>
<p>The envoy listed three reasons for concern, of which the shortage of inspectors at the northern terminal was the most pressing one.</p>
<blockquote class="twitter-tweet"><p>Somebody else's post about the grain deal, with a link and a hashtag #grain</p>— Some Account (@someaccount) February 14, 2011</blockquote>
<p>“We are running out of patience,” a trader told the envoy, the cable said, adding that the talks would resume in June.</p>
<p>Read more: Harbour strike enters second week</p>
</article>
<footer>Subscribe now for $1 a week</footer>
</body></html>"""


def test_html_headline_is_the_visible_one_without_the_site_name():
    report = extract_report(PAGE, "page.html")
    assert report.title == "Envoy warned of grain deal collapse"


def test_html_date_is_the_articles_own_and_the_author_is_kept():
    report = extract_report(PAGE, "page.html")
    assert report.published == date(2011, 2, 14)
    assert report.byline == "Mirela Stanic"


def test_html_body_keeps_the_story_and_drops_headline_embeds_and_links():
    body = extract_report(PAGE, "page.html").body
    assert body.startswith("The ambassador warned")
    assert "What the cable says" in body and "$12 a tonne" in body and "We are running out of patience" in body
    for furniture in ("Somebody else's post", "@someaccount", "Read more", "Subscribe", "Home"):
        assert furniture not in body, furniture


def test_a_page_in_another_language_or_script_is_not_refused():
    japanese = (
        "<html lang='ja'><head><title>外交公電が明らかに | 東京日報</title></head><body><article>"
        "<h1>外交公電が明らかに</h1>"
        "<p>公開された外交公電によると、大使は港の手数料について懸念を示していた。関係者は月曜日にこれを確認した。</p>"
        "<p>公電は二〇〇九年三月に送られたもので、穀物取引が数か月以内に破綻する可能性があると警告していた。</p>"
        "</article></body></html>"
    )
    report = extract_report(japanese, "ja.html")
    assert report.title == "外交公電が明らかに"
    assert "公開された外交公電によると" in report.body
    french = (
        "<html lang='fr'><head><title>Un câble inquiet</title></head><body><article><h1>Le câble de l'ambassadeur</h1>"
        "<p>L'ambassadeur a averti que l'accord sur les céréales pourrait s'effondrer d'ici quelques mois, selon un câble.</p>"
        "</article></body></html>"
    )
    assert "accord sur les céréales" in extract_report(french, "fr.html").body


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Envoy warned of grain deal collapse | The Morning Ledger", "Envoy warned of grain deal collapse"),
        ("Envoy warned of grain deal collapse - The Morning Ledger", "Envoy warned of grain deal collapse"),
        ("Envoy warned of grain deal * The Ledger * by Mirela Stanic", "Envoy warned of grain deal"),
        ("Grain deal could collapse - here's why", "Grain deal could collapse - here's why"),
        ("Ledger | News", "Ledger | News"),
    ],
)
def test_a_site_name_suffix_is_dropped_and_nothing_else(title, expected):
    assert strip_site_name(title, "The Morning Ledger") == expected


def test_readers_comments_after_the_story_are_not_story():
    text = (
        "The ambassador warned that the grain deal would collapse within months, according to a confidential cable.\n"
        "The cable, sent in March 2009, said the port authority had raised its fees twice in one year.\n"
        "Officials at the ministry declined to comment on the cable when asked about it on Monday.\n"
        "Comments (2)\n"
        "harbourwatcher\n"
        "2 hours ago\n"
        "This is a disgrace and the whole government should resign over it right now.\n"
        "Reply\n"
        "grainfan\n"
        "1 hour ago\n"
        "I agree with the envoy, the fees have been far too high for everyone for years.\n"
        "Reply\n"
    )
    body = extract_report(text, "x.txt").body
    assert body.endswith("when asked about it on Monday.")
    assert "disgrace" not in body and "grainfan" not in body


def test_an_html_dateline_is_the_place_and_stays_in_the_publishers_text():
    page = PAGE.replace("<p>The ambassador warned", "<p>PORTVALE (AP) — The ambassador warned")
    report = extract_report(page, "page.html")
    assert report.place == "Portvale"
    assert report.body.startswith("PORTVALE (AP) — The ambassador warned")


def test_a_scraped_text_in_japanese_is_not_refused():
    text = (
        "ホーム\n"
        "公開された外交公電によると、大使は港の手数料について強い懸念を示していたことが関係者への取材で分かった。\n"
        "公電は二〇〇九年三月に送られたもので、穀物取引が数か月以内に破綻する可能性があると警告していた。\n"
    )
    report = extract_report(text, "ja.txt")
    assert report.body.startswith("公開された外交公電によると")
    assert "ホーム" not in report.body


def _review(product: str, verdict: str) -> str:
    """One section of a made-up buying guide: a numbered product heading, spec lines, a
    price, "we like" lines and two paragraphs of review — ten short lines between reviews."""
    return (
        f"{product}\n"
        "Best for small flats, 8/10\n"
        "We like: folds flat against a wall\n"
        "We don’t like: the cover is sold separately\n"
        "Holds 9kg of washing\n"
        "Weight: 4.2kg\n"
        "Size: 70 x 40 x 110cm\n"
        "Power: 220W\n"
        "£79.99 at Kettleby Stores\n"
        "Buy now\n"
        f"I used the {verdict} for three weeks of family washing in a cold spare room, and it dried shirts in about four hours.\n"
        f"The {verdict} costs a few pence an hour to run, and the rails stay warm rather than hot, so delicates are safe on it.\n"
        f"Overall the {verdict} is the one I would buy again for a small home, even though assembly took longer than promised.\n"
    )


def test_a_buying_guide_keeps_every_review_between_its_spec_lines():
    text = (
        "Home\nReviews\nHouse and garden\n"
        "The best heated drying racks, tested at home\n"
        "Drying racks with heated rails are a cheap way to dry laundry indoors when the weather turns, and I tested seven of them over a winter.\n"
        "Here is how they compared on drying time, running cost and how much room they take up in a small home.\n"
        + _review("1. Norrland Tower Rack", "tower rack")
        + _review("2. Kettleby Wing Rack", "wing rack")
        + _review("3. Alder Ladder Rack", "ladder rack")
        + "Related stories\n"
        "The best dehumidifiers for damp winters\n"
        "The best tumble dryers for small budgets\n"
    )
    body = extract_report(text, "guide.txt").body
    for review in ("tower rack", "wing rack", "ladder rack"):
        assert f"I used the {review} for three weeks" in body, review
        assert f"Overall the {review} is the one I would buy again" in body, review
    assert "Related stories" not in body
    assert "dehumidifiers" not in body


def test_an_authors_biography_after_a_long_stretch_of_links_is_not_story():
    story = "".join(
        f"The council said on Tuesday that the bridge over the river would close for repairs in week {n}, and drivers should plan longer routes.\n"
        for n in range(1, 9)
    )
    links = "".join(f"Other headline number {n}\n" for n in range(1, 26))
    text = (
        story
        + links
        + "Jo Marsh has written about roads and transport for the paper since the spring, and before that she covered the courts for ten years.\n"
        "You can email Jo Marsh with tips, and follow her reporting on the paper's website and its weekly transport newsletter.\n"
    )
    body = extract_report(text, "bridge.txt").body
    assert "in week 8, and drivers should plan longer routes." in body
    assert "Jo Marsh" not in body and "Other headline" not in body


def test_a_cookie_notice_after_a_short_story_is_not_taken_for_it():
    story = (
        "The harbour master said on Friday that the northern pier would reopen next month after repairs to its cranes.\n"
        "Two ships were turned away during the closure, and traders said the delays had cost them a week of sales.\n"
        "The port authority said it would publish the cost of the repairs once the work was finished in the spring.\n"
    )
    notice = "".join(
        f"This website uses cookies of kind {n} to remember your preferences and to measure how visitors use each page of the site.\n"
        for n in range(1, 12)
    )
    text = story + "Manage consent\nPrivacy overview\nNecessary\n" + notice
    body = extract_report(text, "pier.txt").body
    assert "publish the cost of the repairs" in body
    assert "cookies" not in body


def test_a_story_may_still_mention_cookies():
    text = (
        "The bakery on the square sold its last cookies on Saturday after forty years, its owner said.\n"
        "Neighbours queued from dawn, and the owner said she would miss the regulars more than the ovens.\n"
    )
    assert "sold its last cookies" in extract_report(text, "bakery.txt").body


def test_a_last_paragraph_ending_in_an_agencys_credit_stays_in_the_story():
    text = (
        "Kito floods leave thousands homeless\n\n"
        "LUSARA, March 3 -- Heavy rain flooded the low districts of Lusara on Monday, officials said.\n\n"
        "The minister for disaster relief, Tamer Obari, said aid would reach the villages by Wednesday.\n\n"
        "Rescue teams were still searching for missing fishermen along the coast late on Monday, "
        "a spokesman for the coastguard said. (Kitopress)\n"
    )
    body = extract_report(text, "floods.txt").body
    assert body.endswith("a spokesman for the coastguard said. (Kitopress)")
    assert "Tamer Obari, said aid" in body


def test_a_long_first_or_last_paragraph_without_a_full_stop_stays_in_the_story():
    text = (
        "Kito harbour reopens\n\n"
        "On March 3 the harbour authority of Kito reopened the northern quay to cargo ships after a year of repairs, "
        "and traders in Lusara lined up to book berths. Here is what the reopening means for the town:\n\n"
        "The quay handled half of the region's grain before the storm, the authority said.\n\n"
        "Port officials expect the first grain ships from Obari within a fortnight, the harbour master said.\n\n"
        "The mayor thanked the Kito Port Workers Union and the Lusara Chamber of Shipping for their help "
        "and patience during the long months of the repairs\n"
    )
    body = extract_report(text, "harbour.txt").body
    assert body.startswith("On March 3 the harbour authority")
    assert body.endswith("during the long months of the repairs")


def test_a_photo_credit_glued_to_a_story_paragraph_is_left_out():
    text = (
        "Drones over the border\n\n"
        "The envoy asked the general for a third air corridor over the border districts, a cable sent from Kito "
        "shows. - File Photo (Illustration by Ana Berg/Kito.com)\n\n"
        "The general agreed to the request within a week, according to the cable.\n\n"
        "Officials in Lusara declined to comment on the corridors on Monday, a spokesman said.\n"
    )
    report = extract_report(text, "drones.txt")
    assert "a cable sent from Kito shows." in report.body
    assert "File Photo" not in report.body and "Ana Berg" not in report.body
    assert "File Photo" not in {a.name for a in report.actors}


def test_a_story_line_that_begins_with_a_furniture_word_stays_in_the_story():
    text = (
        "Kito goes cashless\n\n"
        "Advertisements for mobile wallets are painted onto almost every wall in Kito, and the Lusara "
        "Savings Cooperative says a third of the town now pays by phone.\n\n"
        "TAPLIN: Do you think the banks will follow the cooperative into the villages?\n\n"
        "OBARI: They will have to, or they will lose the farmers to the phone companies, the manager said.\n\n"
        "Shares in the largest phone company rose four percent on the news, traders in Lusara said.\n"
    )
    body = extract_report(text, "cashless.txt").body
    assert "Advertisements for mobile wallets" in body
    assert "TAPLIN: Do you think the banks" in body
    assert "Shares in the largest phone company" in body


_WRAPPED = (
    "of the league's development plan, the Kito Football Federation (KFF) is\n\n"
    "also in the schools of Lusara, trying to find every gifted player before\n\n"
    "the age of ten, its president said on Monday at a meeting in the capital.\n\n"
    "“We have agreed a programme with the Ministry of Youth and Sport to build\n\n"
    "pitches in every district of the country by the end of next year,” says\n\n"
    "Tamer Obari, the president of the Kito Football Federation, who added that\n\n"
    "the Lusara Football Academy would train coaches for the new school leagues.\n\n"
    "The programme was launched in March by Velsa Kito, the former national coach,\n\n"
    "at a ceremony attended by the Velsa Sports Council and the Lusara Teachers\n\n"
    "Union, whose members will run the new school leagues across the country.\n\n"
    "More than fifty coaches and regional advisers attended the first workshop\n\n"
    "and shared their plans with the federation's technical director.\n"
)


def test_a_hard_wrapped_text_reads_as_whole_sentences():
    report = extract_report(_WRAPPED, "wrapped.txt")
    assert "a programme with the Ministry of Youth and Sport to build pitches in every district" in report.body
    assert "the Lusara Teachers Union, whose members" in report.body
    names = {a.name for a in report.actors}
    assert {"Tamer Obari", "Velsa Kito", "Lusara Teachers Union", "Velsa Sports Council"} <= names


def test_short_lines_of_a_menu_or_headings_are_not_joined():
    text = (
        "Home\n\nWorld\n\nBusiness\n\nSport\n\nOpinion\n\n"
        "Kito port reopens after a year of repairs to the quay\n\n"
        "The harbour authority of Kito reopened the northern quay to cargo ships on Monday after a year of "
        "repairs, and traders in Lusara lined up to book berths, the port's director said.\n\n"
        "The quay handled half of the region's grain before the storm, the authority said.\n\n"
        "Related stories\n\nKito floods leave thousands homeless\n\nLusara votes on Sunday\n"
    )
    report = extract_report(text, "port.txt")
    assert report.title == "Kito port reopens after a year of repairs to the quay"
    assert report.body.startswith("The harbour authority of Kito reopened")
    assert "Related stories" not in report.body and "Lusara votes" not in report.body


def test_a_closing_note_without_a_full_stop_stays_but_a_capitalised_heading_does_not():
    story = (
        "Kito harbour reopens\n\n"
        "The harbour authority of Kito reopened the northern quay to cargo ships on Monday after a year of "
        "repairs, the port's director said.\n\n"
        "The quay handled half of the region's grain before the storm, the authority said.\n\n"
    )
    noted = extract_report(story + "Tamer Obari was talking to Velsa Kito, a freelance reporter based in Lusara\n", "note.txt")
    assert noted.body.endswith("a freelance reporter based in Lusara")
    assert "Velsa Kito" in {a.name for a in noted.actors}
    headed = extract_report(story + "Lusara Mayor Says Port Deal Will Bring Jobs To Every Kito Family Next Year\n", "heading.txt")
    assert "Lusara Mayor Says" not in headed.body
