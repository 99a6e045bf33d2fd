from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ..search import highlight as highlight_text

register = template.Library()


@register.simple_tag
def marked_body(article, quotes, terms=()):
    """The article body as escaped paragraphs, each quote a link to its page."""
    body = article.body
    quotes = sorted((q for q in quotes if 0 <= q.start <= q.end <= len(body)), key=lambda q: q.start)
    pieces, cursor = [], 0
    for quote in quotes:
        if quote.start < cursor:
            continue  # overlapping spans: mark the first only
        pieces.append(highlight_text(body[cursor : quote.start], list(terms), length=None))
        css = "quote quote-phrase" if quote.is_phrase else "quote"
        pieces.append(
            f'<a class="{css}" id="q{quote.pk}" href="{escape(quote.get_absolute_url())}" title="{escape(quote.speaker or ("The cable" if quote.from_cable else "Unattributed"))}">'
            f"{highlight_text(body[quote.start:quote.end], list(terms), length=None)}</a>"
        )
        cursor = quote.end
    pieces.append(highlight_text(body[cursor:], list(terms), length=None))
    html = "".join(str(p) for p in pieces)
    return mark_safe("".join(f"<p>{para}</p>" for para in html.split("\n\n") if para.strip()))


@register.simple_tag
def highlight(text, terms, length=240):
    return highlight_text(text, list(terms), length=length)


@register.simple_tag
def marked_spans(text, spans):
    """Escaped text with each (start, end) span in <mark>; overlapping spans merge."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in spans if s is not None and e is not None and 0 <= s < e <= len(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces, cursor = [], 0
    for start, end in merged:
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))


@register.simple_tag
def quote_differences(differences):
    """The quote against the cable: words the report added in <ins>, words it left out in <del>."""
    pieces = []
    for op, quote_words, cable_words in differences:
        if op == "equal":
            pieces.append(escape(quote_words))
        if op in ("delete", "replace") and cable_words:
            pieces.append(f'<del title="in the cable, not in the report">{escape(cable_words)}</del>')
        if op in ("insert", "replace") and quote_words:
            pieces.append(f'<ins title="in the report, not in the cable">{escape(quote_words)}</ins>')
    return mark_safe(" ".join(pieces))


@register.inclusion_tag("cables/_match_badge.html")
def match_badge(quote):
    return {"quote": quote}
