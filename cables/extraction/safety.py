"""What file text may not bring into the archive: control characters and link schemes
other than the web's.

A control character (NUL, escape, C1 codes, bidirectional overrides) in a title or
body displays as nothing or reorders the text around it, and XML (the Atom feeds)
cannot carry C0 codes at all. A link from a file (`URL:` header, canonical link) is
rendered as "original report": only http and https may become one.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# C0 codes except tab, newline and carriage return; DEL and the C1 codes; the
# bidirectional embeddings, overrides and isolates; a byte-order mark inside text;
# the two non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")
# Vertical tab and form feed separate lines and pages: they stay breaks.
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
WEB_SCHEMES = {"http", "https"}
MAX_URL = 500  # Article.url's length


def remove_control_characters(text: str) -> str:
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", text.translate(_BREAKS))


def web_url(value: str | None) -> str | None:
    """`value` if it is an absolute http or https address, else None."""
    if not value:
        return None
    url = value.strip()
    if not url or len(url) > MAX_URL or re.search(r"[\s\x00-\x1f\x7f]", url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return url
