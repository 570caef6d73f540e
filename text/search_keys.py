"""Search keys: how a name, a title or what someone types is folded for a search that forgives.

Plain Python (no Django): the admin, the public site and the API all search through the same two
functions, over the project's one folding (`text.normalize.normalize_name`: case, accents,
apostrophes and hyphens; Arabic diacritics, tatweel, alef/hamza forms, ta marbuta, alef
maqsura; Arabic-Indic digits).

- `search_key(names)` is what a row stores (one folded line per name form, every script);
- `search_words(query)` is what a query becomes: folded words, each of which must occur in
  the key. A leading Arabic article ال (and و/ب/ف/ك before it) is taken off each word, so
  "انتربول", "الإنتربول" and "والانتربول" all find "الإنتربول"; matching by substring means
  the stored key needs no such variants.
"""

from __future__ import annotations

from collections.abc import Iterable

from text.normalize import normalize_name

# Clitics written joined to an Arabic word before its article: "والأمن", "بالمغرب".
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "ال")
# Under this many letters after the article, the word is kept whole ("الم" is not "م").
_SHORTEST_STEM = 2


def search_key(names: Iterable[str | None]) -> str:
    """The stored key of a row: each of its name forms folded, one per line, without repeats."""
    return "\n".join(dict.fromkeys(key for key in map(normalize_name, names) if key))


def search_words(query: str | None) -> list[str]:
    """The folded words of a query, each to be found in a key; empty for an empty query."""
    words = []
    for word in normalize_name(query).split():
        for prefix in _ARTICLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= _SHORTEST_STEM:
                word = word[len(prefix) :]
                break
        words.append(word)
    return list(dict.fromkeys(words))
