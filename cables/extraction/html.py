"""Saved HTML pages: the article text and its metadata.

trafilatura finds the main text (its own settings, chosen by measurement on real
pages: the defaults keep the most story for the least furniture); we only take off
what it keeps and a reader would not call story: the headline repeated above the
text, embedded posts from social networks, and lines built from the web page's own
vocabulary ("Read more:", "Sign up for…"). The headline is the page's visible
`<h1>` where it has one, else its JSON-LD, Open Graph or `<title>`, without the
site's name; the date is the article's own publication date from its JSON-LD,
microdata or meta tags, else what htmldate finds.
"""
from __future__ import annotations

import json
import re

import trafilatura
from lxml import html as lxml_html

from .safety import web_url
from .text import normalise_newlines, paragraphs
from .types import ExtractionError

# Embedded posts (tweets, Instagram, TikTok) quote other people's words: not the story.
_EMBEDS = (
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media') or contains(@class, 'tiktok-embed')]"
)
_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "scholarlyarticle",
    "techarticle", "socialmediaposting", "report",
}
_SPACES = re.compile(r"\s+")


def _text(element) -> str:
    return _SPACES.sub(" ", element.text_content()).strip()


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for tag in tree.xpath(f"//meta[@property='{name}' or @name='{name}' or @itemprop='{name}']"):
            content = (tag.get("content") or "").strip()
            if content:
                return content
    return None


def _json_ld_articles(tree) -> list[dict]:
    """The page's schema.org objects that describe an article, outermost first."""
    found = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                kinds = item.get("@type") or []
                kinds = [kinds] if isinstance(kinds, str) else kinds
                if any(str(kind).lower() in _ARTICLE_TYPES for kind in kinds):
                    found.append(item)
                elif "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
    return found


def _unescape(value: str) -> str:
    # Some sites put HTML entities inside JSON-LD strings.
    if "&" in value:
        value = lxml_html.fromstring(f"<p>{value}</p>").text_content()
    return _SPACES.sub(" ", value).strip()


def strip_site_name(title: str, site: str | None = None) -> str:
    """'Headline | Site' → 'Headline' (also '- Site Name', '* Site * by Author'), never the whole title.

    A pipe or bullet always marks a suffix; a dash only before the site's own name
    or a short name in capitals ("- The Daily Planet"), so "Rain - here's why" stays.
    """
    title = _SPACES.sub(" ", title).strip()
    while True:
        match = _LAST_PART.search(title)
        if not match or len(title[: match.start()].split()) < 3:
            return title
        separator, suffix = match.group(1), match.group(2).strip()
        is_site = bool(site) and (suffix.casefold() in site.casefold() or site.casefold() in suffix.casefold())
        if not (separator in "|•*·»" or is_site or (len(suffix.split()) <= 5 and _NAME_LIKE.match(suffix))):
            return title
        title = title[: match.start()].rstrip()


_LAST_PART = re.compile(r"\s+([|•*·»]|[-–—](?=\s))\s*([^|•*·»]{1,60})$")
# "The Globe and Mail", "Mirror Online", "BBC News", "by Jane Doe".
_NAME_LIKE = re.compile(r"^(?:by\s+)?(?:[A-Z0-9][\w.&'’-]*)(?:\s+(?:[A-Z0-9][\w.&'’-]*|and|of|the|on|de|du|la|for))*$")


def _shortened(headline: str, others: list[str]) -> str:
    """The shared (Open Graph, JSON-LD) form of the visible headline when it is the same
    headline shortened: its words in the same order, at least two thirds of them."""
    words = _words_key(headline)
    for other in others:
        short = _words_key(other)
        if len(short) < len(words) and len(short) * 3 >= len(words) * 2 and _in_order(short, words):
            return other
    return headline


def _in_order(short: tuple[str, ...], words: tuple[str, ...]) -> bool:
    position = 0
    for word in short:
        try:
            position = words.index(word, position) + 1
        except ValueError:
            return False
    return True


def _headline(tree, articles: list[dict], document, site: str | None) -> tuple[str | None, list[str]]:
    """(the headline, every form of it the page gives: the text may repeat any of them)."""
    shared = [article.get("headline") for article in articles] + [_meta(tree, "og:title", "twitter:title")]
    shared = [strip_site_name(_unescape(c), site) for c in shared if isinstance(c, str) and c.strip()]
    title, visible = _pick_headline(tree, shared, document, site)
    return title, [t for t in [title, visible, *shared] if t]


def _pick_headline(tree, shared: list[str], document, site: str | None) -> tuple[str | None, str | None]:
    for h1 in tree.xpath("//body//h1"):
        text = _text(h1)
        # A logo or "Log in" in an <h1> is not the headline.
        if len(text.split()) >= 3 and len(text) <= 300:
            return _shortened(text, shared), text
    candidates = shared + [document.title if document else None]
    title = tree.find(".//title")
    candidates.append(title.text_content() if title is not None else None)
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return strip_site_name(_unescape(candidate), site), None
    return None, None


def _published(tree, articles: list[dict], document) -> str | None:
    for article in articles:
        value = article.get("datePublished") or article.get("dateCreated")
        if isinstance(value, str) and value.strip():
            return value
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        value = element.get("content") or element.get("datetime")
        if value:
            return value
    return _meta(tree, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date") or (
        document.date if document else None
    )


def _author(articles: list[dict], document) -> str | None:
    for article in articles:
        authors = article.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        names = [a.get("name") if isinstance(a, dict) else a for a in authors]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip() and not n.startswith("http")]
        if names:
            return ", ".join(dict.fromkeys(names))
    return (document.author if document else None) or None


# Markup some content systems leave in JSON-LD article bodies ("+++dropcap", "[#image: …]").
_CMS_MARKUP = re.compile(r"^\s*(?:\+\+\+|\[#)[^\n]*$", re.MULTILINE)


def _fuller_body(text: str, articles: list[dict]) -> str:
    """The page's own JSON-LD article body when trafilatura kept only part of the story.

    Long articles split over several containers sometimes lose all but one: when the
    publisher's articleBody is much longer and holds what trafilatura found, it wins.
    """
    found = set(re.findall(r"\w+", text.casefold()))
    for article in articles:
        body = article.get("articleBody")
        if not isinstance(body, str) or len(body) < 1.8 * len(text):
            continue
        body = _CMS_MARKUP.sub("", _unescape_lines(body))
        words = set(re.findall(r"\w+", body.casefold()))
        if found and len(found & words) >= 0.9 * len(found):
            return body
    return text


def _unescape_lines(value: str) -> str:
    if "&" in value:
        value = "\n".join(lxml_html.fromstring(f"<p>{line}</p>").text_content() if "&" in line else line for line in value.split("\n"))
    return value


def read_html(html: str) -> tuple[dict[str, str | None], str]:
    """(metadata with title/source/published/url/author, main text one paragraph per line)."""
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError) as error:
        raise ExtractionError(f"the HTML page cannot be read: {error}") from error
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, prune_xpath=_EMBEDS
    )
    text = (document.text if document else "") or ""
    if not text.strip():
        # trafilatura gives up on very short pages: take the paragraphs themselves.
        text = "\n".join(_text(p) for p in tree.xpath("//body//p"))
    if not text.strip():
        raise ExtractionError("the HTML page has no article text")
    articles = _json_ld_articles(tree)
    text = _fuller_body(text, articles)
    site = (document.sitename if document else None) or _meta(tree, "og:site_name")
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    title, headlines = _headline(tree, articles, document, site)
    lines = clean_page_lines(paragraphs(normalise_newlines(text)), headlines)
    if not lines:
        raise ExtractionError("the HTML page has no article text")
    metadata = {
        "title": title,
        "source": site,
        "published": _published(tree, articles, document),
        # The first web address among them: a javascript: or data: link is never one.
        "url": next(filter(web_url, [canonical[0].strip() if canonical else None, document.url if document else None, _meta(tree, "og:url")]), None),
        "author": _author(articles, document),
    }
    return metadata, "\n".join(lines)


def _words_key(line: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", line.casefold()))


# Lines built from the web page's own vocabulary: links to other pages, sign-up and
# follow prompts, comment forms, credits of embedded posts.
_PAGE_FURNITURE = re.compile(
    r"^(?:read (?:more|also|next)\s*:|also read\s*:|more\s*:|related\s*:|see also\s*:|watch\s*:|listen\s*:|"
    r"click here\b|sign up\b|subscribe\b|follow (?:us|\w+ on)\b|join (?:our|the) (?:commenting|conversation|discussion)|"
    r"comments?$|\d+ comments?$|share (?:this|on)\b|advertisement$|story continues below|"
    r"(?:[-–—]\s*)?[^()]{1,80}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$)",
    re.IGNORECASE,
)

_END_OF_STORY = re.compile(
    r"^(?:more (?:from|on|about) .{1,40}|most (?:popular|read|viewed)|popular(?: now| stories)?|"
    r"related(?: stories| articles| coverage| content| reading| topics)?|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?like|trending(?: now| stories)?|read next|up next|"
    r"(?:join|leave|post|add) (?:a |our |the |your )?(?:comments?|commenting forum|reply|conversation|discussion)\b.{0,80}|"
    r"comments?|\d+ comments?|show comments|view comments)[.!]?$",
    re.IGNORECASE,
)


def clean_page_lines(lines: list[str], headlines: list[str | None]) -> list[str]:
    """trafilatura's paragraphs without the repeated headline and the page's own furniture."""
    keys = {_words_key(h) for h in headlines if h}
    keys.discard(())
    for i, line in enumerate(lines[:4]):
        if _words_key(line) in keys:
            # The headline and the kicker or section label above it.
            lines = lines[i + 1 :]
            break
    # A heading that opens the page's list of other articles or its comments ends the
    # story when it comes in the story's second half.
    for i in range(len(lines) // 2, len(lines)):
        if _END_OF_STORY.match(lines[i]):
            lines = lines[:i]
            break
    return [line for line in lines if not _PAGE_FURNITURE.match(line)]
