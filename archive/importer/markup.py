"""HTML saved as a text file: the page's text, without its tags.

Scrapers sometimes save the page itself (`page.txt` holding `<html>…<nav>…</nav><p>…</p>`);
read as text, its tags end up in the title and body. When a text carries enough HTML tags to
be markup, it is turned into text with the standard library's HTML parser: block elements
become line breaks (so the clean stage still sees paragraphs and a headline), and what is
never the article (scripts, styles, navigation, headers, footers, forms) is left out. The
raw text is kept as read, tags included.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that only markup has; three of them in a text is HTML, not prose quoting a tag.
_TAG_RE = re.compile(
    r"</?(?:html|head|body|p|div|nav|br|span|a|h[1-6]|article|section|header|footer|ul|ol|li|script|style|"
    r"meta|title|table|tr|td|img|strong|em)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "head", "svg", "template"}
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr",
    "table", "blockquote", "figcaption", "title", "body", "html", "main",
}  # fmt: skip
_SAMPLE = 20_000


def looks_like_html(text: str) -> bool:
    return len(_TAG_RE.findall(text[:_SAMPLE], 0)) >= 3


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def parse_html_declaration(self, i):
        # Python 3.11's parser raises AssertionError on a malformed "<![" section (a scraper's cut
        # page): read its "<!" as text and go on, like a browser would.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 2])
            return i + 2


def html_to_text(text: str) -> str:
    """The visible article text of an HTML page, one block per paragraph."""
    parser = _TextOf()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
