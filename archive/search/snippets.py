"""Snippets in the article's own spelling, with the matched words marked.

The database chooses and marks fragments on the *folded* document (PostgreSQL's `ts_headline`
knows which words its stemmer matched; the SQLite fallback marks words starting with a query
word). The document's words are the article's kept words in order (`analysis.tokens`), so a
fragment's words map back to offsets in the original text: readers see "Sécurité nationale"
or "الأمن الوطني" as written, never the folded form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive.search.analysis import Token

# ts_headline's markers and fragment delimiter: characters a folded document never holds.
START, STOP, DELIMITER = "[", "]", "|"
HEADLINE_OPTIONS = {
    "start_sel": START,
    "stop_sel": STOP,
    "fragment_delimiter": DELIMITER,
    "max_fragments": 2,
    "max_words": 16,
    "min_words": 6,
    "short_word": 0,
}
PLAIN_WORDS = 30  # an excerpt without a match: the first words


@dataclass(frozen=True)
class Fragment:
    first: int  # index of the first and last token of the fragment
    last: int
    marked: frozenset[int]


def headline_reach(headline: str, document: str) -> int:
    """How many of the document's words the headline's fragments reach into (their last word's
    index + 1; the whole document where a fragment cannot be placed): the words to read back."""
    padded = f" {document} "
    reach = PLAIN_WORDS
    for part in headline.split(DELIMITER):
        items = part.split()
        if not items:
            continue
        at = padded.find(" " + " ".join(w.replace(START, "").replace(STOP, "") for w in items) + " ")
        if at < 0:
            return len(document.split(" "))
        reach = max(reach, padded.count(" ", 0, at + 1) - 1 + len(items))
    return reach


def fragments_from_headline(headline: str, document: str, tokens: list[Token]) -> list[Fragment]:
    """Read `ts_headline`'s output back into token indexes; [] where it cannot be placed (a
    document older than the text: the caller falls back to a plain excerpt)."""
    words = document.split(" ")
    padded = f" {document} "
    result = []
    for part in headline.split(DELIMITER):
        items = part.split()
        if not items:
            continue
        plain = [w.replace(START, "").replace(STOP, "") for w in items]
        at = padded.find(" " + " ".join(plain) + " ")
        if at < 0:
            return []
        first = padded.count(" ", 0, at + 1) - 1
        marked, inside = set(), False
        for offset, word in enumerate(items):
            inside = inside or word.startswith(START)
            if inside:
                marked.add(first + offset)
            if word.endswith(STOP):
                inside = False
        last = first + len(items) - 1
        if last >= len(tokens) or any(tokens[first + i].word != words[first + i] for i in range(len(items))):
            return []
        result.append(Fragment(first, last, frozenset(marked)))
    return result


def fragments_by_prefix(tokens: list[Token], terms: Iterable[str], width: int = 16) -> list[Fragment]:
    """The SQLite fallback's choice: a window around the first word that starts with a query word."""
    prefixes = tuple({w for term in terms for w in term.split()})
    marked = {i for i, t in enumerate(tokens) if prefixes and t.word.startswith(prefixes)}
    if not marked:
        return []
    first = max(0, min(marked) - width // 3)
    last = min(len(tokens) - 1, first + width - 1)
    return [Fragment(first, last, frozenset(i for i in marked if first <= i <= last))]


def render(text: str, tokens: list[Token], fragments: list[Fragment]) -> SafeString:
    """HTML of the fragments cut from `text`, marked words in <mark>, everything else escaped."""
    if not tokens:
        return mark_safe("")
    if not fragments:
        fragments = [Fragment(0, min(len(tokens), PLAIN_WORDS) - 1, frozenset())]
    pieces = []
    for fragment in fragments:
        start, end = tokens[fragment.first].start, tokens[fragment.last].end
        html, cursor = [], start
        for i in sorted(fragment.marked):
            token = tokens[i]
            html.append(escape(text[cursor : token.start]))
            html.append(f"<mark>{escape(text[token.start : token.end])}</mark>")
            cursor = token.end
        html.append(escape(text[cursor:end]))
        pieces.append(" ".join("".join(html).split()))
    head = "… " if tokens[fragments[0].first].start > 0 else ""
    tail = " …" if tokens[fragments[-1].last].end < len(text.rstrip()) else ""
    return mark_safe(head + " … ".join(pieces) + tail)
