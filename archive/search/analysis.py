"""What a text and a query become before the database sees them: plain Python, no Django.

Both sides of a search go through the same three steps, so they always agree:

1. **fold** with the project's one folding (`normalize_with_offsets`): case, Latin accents,
   apostrophes and hyphens; Arabic diacritics, tatweel, alef/hamza forms, ta marbuta, alef
   maqsura, Arabic-Indic digits. PostgreSQL's stemmers then see one spelling of each word,
   whatever the writer or the reader typed ("sécurité" = "securite", "الأمن" = "الامن");
2. **split** into words (letters and digits);
3. **drop function words** with the lists shipped in `stopwords/` (PostgreSQL's Arabic
   configuration has none, and its French list is accented, so after folding "été" would get
   through it). The same lists apply to the query, phrases included, so "conseil des ministres"
   still finds the words next to each other.

A stored *search document* is the words kept, joined by single spaces. Each word remembers
where it came from in the original text (`Token.start`/`end`), so a snippet chosen on the
document can be shown, highlighted, in the original spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import filterfalse
from pathlib import Path
from typing import NamedTuple

from text.normalize import folded_words, normalize_name, normalize_with_offsets

STOPWORD_DIR = Path(__file__).resolve().parent / "stopwords"
_WORD = re.compile(r"[^\W_]+")


class Token(NamedTuple):
    """A kept word (a tuple: a snippet makes one per word of every hit shown, so it is cheap)."""

    word: str  # folded
    start: int  # offsets of the word in the original text
    end: int


@cache
def stopwords(language: str) -> frozenset[str]:
    """The folded function words of `language`; empty for a language without a list."""
    path = STOPWORD_DIR / f"{language}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_name(line) for line in lines if line.strip() and not line.startswith("#"))


@cache
def _all_stopwords() -> frozenset[str]:
    return stopwords("fr") | stopwords("en") | stopwords("ar")


def tokens(text: str, language: str, limit: int | None = None) -> list[Token]:
    """The kept words of `text` (folded, function words of `language` dropped) with their
    offsets in `text`; with `limit`, the first `limit` of them at least, folding no more of the
    text than it takes (a snippet near the start of a long article reads its start only)."""
    if limit is not None:
        size = max(400, limit * 16)  # a kept word and the function words around it: ~16 characters
        while size < len(text):
            # The last word of a prefix may go on past the cut: only the ones before it count.
            complete = _tokens(text[:size], language)[:-1]
            if len(complete) >= limit:
                return complete
            size *= 2
    return _tokens(text, language)


def _tokens(text: str, language: str) -> list[Token]:
    if not text:
        return []
    folded, offsets = normalize_with_offsets(text)
    # A word ends where the next kept character starts: a final diacritic or hamza that the
    # folding dropped stays inside the word it belongs to.
    offsets.append(len(text))
    skip = stopwords(language)
    return [
        Token(word, offsets[m.start()], offsets[m.end()])
        for m in _WORD.finditer(folded)
        if (word := m.group()) not in skip
    ]


def article_text(title: str, body: str) -> str:
    """The one text an article is searched by (and its snippets are cut from): title, then body."""
    return f"{title}\n\n{body}"


def search_document(text: str, language: str) -> str:
    """What is stored for search: the kept words, single-spaced. The same words as `tokens`
    gives, without the offsets (the import's path: folding one text in one `translate`)."""
    return document_of_words(folded_words(text), language)


def document_of_words(words: Iterable[str], language: str) -> str:
    """The search document of a text's folded words (`text.normalize.folded_words`): those kept."""
    # (filterfalse over the set's own test: no Python step per word; join makes a list of it anyway)
    return " ".join(filterfalse(stopwords(language).__contains__, words))


# Queries ---------------------------------------------------------------------------------------

# websearch_to_tsquery's syntax: "quoted phrases", -excluded, `or` between alternatives.
_QUERY_PART = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')


@dataclass
class ParsedQuery:
    """A reader's query, folded the way documents are.

    `websearch` is the query to hand to `websearch_to_tsquery` (the same syntax, each word
    folded, function words dropped); `terms` the positive words and phrases (for the SQLite
    fallback and the entity look-up), `excluded` the negated ones, `alternatives` groups of
    terms joined by `or` (a list of lists: any group may match)."""

    raw: str
    websearch: str = ""
    alternatives: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    names: str = ""  # the whole query folded, operators off: how an entity name is looked up

    @property
    def terms(self) -> list[str]:
        return [term for group in self.alternatives for term in group]

    def __bool__(self) -> bool:
        return bool(self.websearch)


def name_phrase(name: str) -> str:
    """A name as a websearch phrase over folded documents ("" when nothing of it is kept)."""
    words = _fold_words(name)
    return f'"{" ".join(words)}"' if words else ""


def _fold_words(text: str) -> list[str]:
    """Folded words of `text`, function words of every language dropped: a query's language is
    not known, and a function word of one of our languages is rarely a content word of another."""
    skip = _all_stopwords()
    return [w for w in _WORD.findall(normalize_name(text)) if w not in skip]


def parse_query(raw: str | None) -> ParsedQuery:
    """Fold a websearch-style query word by word, keeping its operators."""
    raw = (raw or "").strip()
    parsed = ParsedQuery(raw=raw)
    parts: list[str] = []
    group: list[str] = []
    pending_or = False
    for match in _QUERY_PART.finditer(raw):
        word, phrase = match.group("word"), match.group("phrase")
        negated = bool(match.group("neg"))
        if word is not None:
            if word.lower() == "or":
                pending_or = bool(parts)
                continue
            negated = word.startswith("-") and len(word) > 1
            words = _fold_words(word[1:] if negated else word)
        else:
            words = _fold_words(phrase or "")
        if not words:
            continue
        # A hyphenated or apostrophed word ("anti-terrorisme", "l'Intérieur") becomes a phrase.
        term = " ".join(words)
        text = f'"{term}"' if len(words) > 1 else term
        if negated:
            parts.append(f"-{text}")
            parsed.excluded.append(term)
            continue
        if pending_or:
            parts.append("or")
            parsed.alternatives.append(group)
            group = []
        pending_or = False
        parts.append(text)
        group.append(term)
    if group:
        parsed.alternatives.append(group)
    if not parsed.alternatives:  # only exclusions: nothing to look for
        return ParsedQuery(raw=raw)
    parsed.websearch = " ".join(parts)
    parsed.names = " ".join(_WORD.findall(normalize_name(re.sub(r'(^|\s)-|"', " ", raw))))
    return parsed
