"""A meeting named by its city and its theme, in every language ("Forum de Nouakchott sur la sécurité
2025", "منتدى نواكشوط للأمن 2025", "Nouakchott International Security Forum 2025"): its candidate
series, keyed by the city, the theme and the kind of meeting, with its English name. Read by the
numbered candidates (an edition of a city's forum) and the meetings named by their year."""

from __future__ import annotations

import re

from events.detection.context import CandidateSeries, Context
from events.detection.ordinals import AR_ORDINAL_RE
from text.wordlists import fold_all, split_words

_WORD = re.compile(r"[^\W\d_]+")

_TOPIC_PREPOSITIONS = frozenset({"sur", "on"})
# A meeting named by its city and its theme ("Forum de Nouakchott sur la sécurité 2025", "منتدى
# نواكشوط للأمن 2025", "Nouakchott Security Forum 2025"): the city, the theme and the kind of meeting
# are the same in every language, so they key the series and give its English name.
_NOUNS_EN = (
    ("Forum", re.compile(r"^(?:forum|منتد)")),
    ("Summit", re.compile(r"^(?:sommet|summit|قمه)")),
    ("Conference", re.compile(r"^(?:conference|موتمر)")),  # (folded: "مؤتمر" is written "موتمر")
    ("Dialogue", re.compile(r"^(?:dialogue|حوار)")),
)
_THEMES_EN = (
    ("Peace", re.compile(r"\bpaix\b|\bpeace\b|سلام|سلم\b")),
    ("Security", re.compile(r"securite|\bsecurity\b|\bامن|للامن|والامن|الامن")),
    ("Drugs", re.compile(r"\bstupefiants\b|\bdrogues?\b|\bdrugs\b|\bnarcotics\b|المخدرات")),
    ("Terrorism", re.compile(r"\bterrorisme\b|\bterrorism\b|الارهاب")),
    ("Migration", re.compile(r"\bmigrations?\b|\bmigratoires?\b|الهجره")),
)
# The region a city's meeting is about ("Forum de Nouakchott sur la sécurité au Sahel", "… en
# Méditerranée", "منتدى … للأمن في الساحل"): part of its English name ("Nouakchott Sahel Security
# Forum"), not of its key (the same forum is often named without it).
_REGIONS_EN = (
    ("Sahel", re.compile(r"\bsahel\b|الساحل")),
    ("Mediterranean", re.compile(r"\bmediterrane(?:e|an)\b|المتوسط")),
)
_REGION_AFTER = re.compile(
    r" (?:en|au|dans le|in the|in|في|ب)(?: (?:منطقه|region))? (?:la |l')?"
    r"(?:mediterranee|mediterranean|sahel|المتوسط|الساحل)\b"
)
# Themes a meeting is named "on": "Baghdad International Conference on Combating Drugs" (Security and
# Peace stand before the noun: "Munich Security Conference").
_THEMES_ON = frozenset({"Drugs", "Terrorism", "Migration"})
# The fight a theme's name may say ("sur la lutte contre les stupéfiants", "لمكافحة المخدرات", "on
# combating drugs"), folded: a name word, and the English name says it.
_COMBATING = frozenset(fold_all(split_words("lutte contre combating countering combat fight against مكافحه لمكافحه")))
# The clitics an Arabic meeting noun is matched with (meeting_words._AR_PREFIX): "ومنتدى", "للمؤتمر".
_AR_NOUN_CLITICS = re.compile(r"^[وف]?(?:لل|بال|كال|ال|[بلك])?")
_INTERNATIONAL = frozenset(fold_all(split_words("international internationale الدولي")))
_NAME_WORDS = (
    frozenset(
        fold_all(
            split_words(
                "de du des d d' l l' la le les of the on sur pour for et and international internationale الدولي حول"
            )
        )
    )
    | _COMBATING
)


def city_forum(ctx: Context, noun: re.Match[str], start: int, end: int, label: str) -> CandidateSeries | None:
    """The candidate series of a year-named meeting whose name is a city, a theme and the meeting
    noun (and connectors, "international"), else None: any other word makes it another body's."""
    bare = _AR_NOUN_CLITICS.sub("", noun.group(), count=1) if noun.group()[0] > "z" else noun.group()
    noun_en = next((name for name, pattern in _NOUNS_EN if pattern.match(bare)), None)
    places = [p for p in ctx.places_between(start, end) if p.end <= end]
    cities = {p.city for p in places}
    if noun_en is None or len(cities) != 1:
        return None
    folded = ctx.doc.folded[start:end]
    for word in _WORD.finditer(ctx.doc.folded, start, end):
        if AR_ORDINAL_RE.fullmatch(word.group()):
            continue  # "مؤتمر بغداد الدولي الثاني لمكافحة المخدرات": the edition's number inside the name
        named = any(p.start <= word.start() < p.end for p in places) or word.start() == noun.start()
        if not named and word.group() not in _NAME_WORDS and not any(t.search(word.group()) for _, t in _THEMES_EN):
            return None  # "Forum des jeunes de Dakar": another body's
    themes = [name for name, pattern in _THEMES_EN if pattern.search(folded)]
    city = next(iter(cities))
    # "International" kept where the name says it ("Rabat International Security Forum"), not in the
    # key: the same forum named with and without it is one series
    international = "International " if _INTERNATIONAL & set(folded.split()) else ""
    # Security is this archive's theme: "le Forum de Dakhla 2026" is the "Dakhla Security Forum 2026"
    # of other articles, and keys as it does; a forum named without its theme gives no English name
    # (the series takes the one an article naming its theme gives)
    # (the region may close the name after its theme: "… sur la sécurité en Méditerranée")
    after = _REGION_AFTER.match(ctx.doc.folded, end)
    where = folded + (after.group() if after else "")
    region = "".join(f"{name} " for name, pattern in _REGIONS_EN if pattern.search(where))
    english = f"{city} {international}{region}{' and '.join(themes)} {noun_en}" if themes else ""
    on = [t for t in themes if t in _THEMES_ON]
    if on:  # "Baghdad International Conference on Combating Drugs"
        combating = "Combating " if _COMBATING & set(folded.split()) else ""
        english = f"{city} {international}{region}{noun_en} on {combating}{' and '.join(on)}"
    other = " ".join(t.lower() for t in themes if t != "Security")
    return CandidateSeries(f"year:{noun_en.lower()} {city.lower()} {other}".strip(), label, label, "year", english)


def forum_name_end(ctx: Context, pos: int) -> int:
    """Where a city's meeting named after its noun ends ("Conférence internationale de Bagdad sur la
    lutte contre les stupéfiants"): the last place or theme word of the run of name words from `pos`
    (folded), or `pos` when the run names neither."""
    folded = ctx.doc.folded
    places = ctx.places_between(pos, pos + 200)
    end = previous = pos
    for word in _WORD.finditer(folded, pos, min(len(folded), pos + 200)):
        if folded[previous : word.start()].strip(" '’-"):
            break  # punctuation closes the name
        place = next((p for p in places if p.start <= word.start() < p.end), None)
        if place is not None:
            end = max(end, place.end)
        elif any(t.search(word.group()) for _, t in _THEMES_EN):
            end = word.end()
        elif word.group() not in _NAME_WORDS:
            break
        previous = word.end()
    return end
