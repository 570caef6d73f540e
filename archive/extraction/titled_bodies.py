"""Bodies named only by their head's title: "la directrice des enquêtes criminelles du Kenya" heads the
"Direction des enquêtes criminelles du Kenya", "the Director of Criminal Investigations of Kenya" the
"Directorate of Criminal Investigations". The annotation conventions count the body a title names; the
knowledge base knows the body by its own name, not its head's. So a director's title is read as its body's
name (the head's word made the body's: "directeur des …" → "Direction des …", "Director of …" →
"Directorate of …") and looked up in the knowledge base's index; what matches is the body, its evidence the
title as written. A national body only where the title names its country: "le directeur général de la
Police nationale" heads a police of many countries.

Pure: no database (the extractor's index and knowledge are passed in)."""

from __future__ import annotations

import re
from collections.abc import Callable

from text.matching import NameMatch
from text.places import find_countries

# A director's title and the words that open its complement (the body's field, and its country).
_TITLE = re.compile(
    r"\b(?:[Dd]irect(?:eur|rice)(?P<fr_general> générale?)? (?P<fr_of>des |de la |de l'|du )"
    r"|Director(?P<en_general>[- ]General)? of (?:the )?)"
)
# Where the complement ends: punctuation or a line's end.
_COMPLEMENT_END = re.compile(r"[,.;:()\n«»\"]")
_REACH = 80


def titled_bodies(
    text: str,
    find: Callable[[str], list[NameMatch]],
    country_of: Callable[[NameMatch], str | None],
    taken: list[tuple[int, int]],
) -> list[NameMatch]:
    """The knowledge base's organizations that the directors' titles of `text` name as their bodies, as
    matches of `text` (the title's span, its surface as written). `find` is the index's look-up,
    `country_of` the country of a matched organization (None for an international one); `taken`, the spans
    of the organizations found already: a title whose complement holds one names that one."""
    if "irect" not in text:
        return []
    found = []
    for title in _TITLE.finditer(text):
        stop = _COMPLEMENT_END.search(text, title.end(), title.end() + _REACH)
        end = stop.start() if stop else min(len(text), title.end() + _REACH)
        if any(title.start() < b and a < end for a, b in taken):
            continue  # "directeur général de la Sûreté nationale": the body is named already
        match = _body_named(text[title.end() : end], _body_prefixes(title), find)
        if match is None:
            continue
        stop_at = title.end() + match.end
        country = country_of(match)
        if country and country not in {code for _, _, code in find_countries(text[title.end() : stop_at])}:
            continue
        found.append(match._replace(start=title.start(), end=stop_at, surface=text[title.start() : stop_at]))
    return found


def _body_named(complement: str, prefixes: tuple[str, ...], find: Callable[[str], list[NameMatch]]) -> NameMatch | None:
    """The organization a body's name (a prefix, then the complement) opens with, its end in the complement."""
    for prefix in prefixes:
        for match in find(prefix + complement):
            if match.kind == "organization" and match.start == 0 and match.end > len(prefix):
                return match._replace(end=match.end - len(prefix))
    return None


def _body_prefixes(title: re.Match[str]) -> tuple[str, ...]:
    """The body's name before its complement, as the head's title makes it."""
    if title.group("fr_of"):
        general = " générale" if title.group("fr_general") else ""
        return (f"Direction{general} {title.group('fr_of')}",)
    if title.group("en_general"):
        return ("General Directorate of ", "Directorate General of ", "General Directorate of the ")
    return ("Directorate of ", "Directorate of the ")
