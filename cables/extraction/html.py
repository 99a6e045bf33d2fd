"""Saved HTML pages: the article text and its metadata.

trafilatura finds the main text and most metadata; BeautifulSoup reads the few
head tags it sometimes misses (canonical link, Open Graph site name and date).
"""
from __future__ import annotations

import trafilatura
from bs4 import BeautifulSoup

from .safety import web_url
from .types import ExtractionError


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def read_html(html: str) -> tuple[dict[str, str | None], str]:
    """(metadata with title/source/published/url, main text one paragraph per line)."""
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
    soup = BeautifulSoup(html, "html.parser")
    text = (document.text if document else "") or ""
    if not text.strip():
        # trafilatura gives up on very short pages: take the paragraphs themselves.
        text = "\n".join(p.get_text(" ", strip=True) for p in soup.find_all("p"))
    if not text.strip():
        raise ExtractionError("the HTML page has no article text")
    canonical = soup.find("link", rel="canonical")
    metadata = {
        "title": (document.title if document else None) or _meta(soup, "og:title") or (soup.title.get_text(strip=True) if soup.title else None),
        "source": (document.sitename if document else None) or _meta(soup, "og:site_name"),
        "published": (document.date if document else None) or _meta(soup, "article:published_time", "date"),
        # The first web address among them: a javascript: or data: link is never one.
        "url": next(filter(web_url, [canonical.get("href") if canonical else None, document.url if document else None, _meta(soup, "og:url")]), None),
    }
    return metadata, text
