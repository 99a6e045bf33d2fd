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
