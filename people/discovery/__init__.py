"""Discovery of persons and of unknown organizations in news text, from the cues of the text itself.

Persons are never pre-listed: the archive learns them from what articles say ("le ministre de
l'Intérieur, Abdelouafi Laftit", "M. Hammouchi", "وزير الداخلية عبد الوافي لفتيت", "Par Nadia
Berrada"). Known organizations are matched elsewhere (the knowledge base and its automaton, in
`text.matching`); this module finds the ones the knowledge base does not hold, conservatively.

The rules are plain functions on plain data, compiled once at import, a fraction of a millisecond per
article: a statistical NER model was measured against them and did not pay for its cost (see the
Extraction issue). Entry points:

- `discover_persons(text, language, known_spans=…)` → `PersonMention`s with offsets, clean name and role;
- `resolve_mentions(mentions, known_names=…)` → one `PersonGroup` per person of the article (the
  archive's names as a `KnownNames`, built once per run);
- `discover_organizations(text, language, known_spans=…)` → `OrgMention`s.
"""

from __future__ import annotations

from collections.abc import Sequence

from people.discovery.arabic import find_arabic_persons
from people.discovery.latin import find_latin_persons
from people.discovery.orgs import find_organizations
from people.discovery.resolve import KnownNames, resolve_mentions
from people.discovery.types import OrgMention, PersonGroup, PersonMention
from text.script import is_arabic_text

__all__ = [
    "KnownNames",
    "OrgMention",
    "PersonGroup",
    "PersonMention",
    "discover_organizations",
    "discover_persons",
    "resolve_mentions",
]


def _is_arabic(text: str, language: str | None) -> bool:
    """The language says which rules read the text; without one, its script does."""
    return language == "ar" if language else is_arabic_text(text)


def discover_persons(text: str, language: str, *, known_spans: Sequence[tuple[int, int]] = ()) -> list[PersonMention]:
    """Persons named in `text`, in text order. `known_spans` are the spans of organization names found
    already: nothing inside them is taken for a person."""
    if _is_arabic(text, language):
        return find_arabic_persons(text, known_spans)
    return find_latin_persons(text, known_spans)


def discover_organizations(
    text: str, language: str, *, known_spans: Sequence[tuple[int, int]] = ()
) -> list[OrgMention]:
    """Organizations that `text` names and that are not among `known_spans` (the knowledge base's
    matches), in text order. Tuned for precision: a missed organization costs less than a false one."""
    return find_organizations(text, "ar" if _is_arabic(text, language) else language, known_spans)
