"""Saved web pages rendered as a scraper saves them, to measure the plain-text cleaner.

    python -m bench.whole_page HTML_DIR OUT_DIR

A scraper that keeps "the whole page as text" gives one line per block element (menus,
related links, cookie notices and comments included) with the spaces of each block
collapsed, as a browser's innerText does. This renders each saved page of HTML_DIR that
way into OUT_DIR/<name>.txt, so `ingest --dry-run --format json OUT_DIR/*.txt` exercises
`cables/extraction/clean.py` on real page furniture, and its bodies can be scored against
the pages' own answers. It is a development tool: nothing at run time or in the tests
reads from it.
"""
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "title", "tr", "ul",
}
INVISIBLE = ["script", "style", "noscript", "template", "svg", "head", "iframe", "button", "select", "input"]


def whole_page_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(INVISIBLE):
        tag.decompose()
    for string in list(soup.find_all(string=True)):
        if not string.find_parent("pre"):
            string.replace_with(re.sub(r"\s+", " ", str(string)))
    for tag in soup.find_all(True):
        if tag.name in BLOCKS:
            tag.insert_before("\n")
            tag.insert_after("\n")
        elif tag.name == "br":
            tag.replace_with("\n")
    lines = [re.sub(r"[ \t\xa0\r]+", " ", line).strip() for line in soup.get_text("").split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1]:
            out.append("")
    return "\n".join(out).strip() + "\n"


def main(html_dir: str, out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    pages = sorted(Path(html_dir).glob("*.htm*"))
    for page in pages:
        text = whole_page_text(page.read_text(encoding="utf-8", errors="replace"))
        (out / f"{page.stem}.txt").write_text(text, encoding="utf-8")
    print(f"{len(pages)} pages rendered into {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
