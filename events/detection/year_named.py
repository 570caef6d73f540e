"""Meetings named by their year that no series of the catalogue names ("Africa Security Forum 2019",
"Forum africain de la cybersécurité 2019", "Sommet de Dakar 2022", "منتدى الأمن الإفريقي 2019"): events
of a candidate series, keyed by a city's forum (`city_forums`), by the concepts of its name, or by its
name; and the annual meetings of the catalogue's bodies named by their year."""

from __future__ import annotations

import re

from events.detection.candidates import (
    _ARABIC_STOPS,
    _ARABIC_THEME,
    _CONCEPT_FILLERS,
    _CONCEPT_OF,
    _LATIN_STOPS,
    _MINISTERIAL,
    _WORD,
    _another_meeting,
    _body_span,
    _name_concepts,
    _original,
    _strip_clitic,
    _unclitic,
    acronym_after,
    body_key,
    meeting_english,
    possessor_acronym,
    theme_english_name,
)
from events.detection.city_forums import _NAME_WORDS, _TOPIC_PREPOSITIONS, city_forum, forum_name_end
from events.detection.context import CandidateSeries, Context, Resolved
from events.detection.document import inside
from events.detection.meeting_dates import CALENDAR_WORDS
from events.detection.meeting_words import (
    ADJECTIVES,
    BREAKS,
    DETERMINERS,
    PRE_NOUN,
    TOKEN,
    YEAR,
    founding_year,
    noun_class_of,
)
from events.detection.ordinals import LATIN_ORDINAL
from events.detection.unnumbered import venue_and_year
from text.normalize import normalize_name
from text.wordlists import split_words


def year_named_candidates(ctx: Context, taken: list[tuple[int, int]]) -> list[Resolved]:
    """Meetings named by their year that no series of the catalogue names: a capitalized
    meeting noun in a name written right before a year ("Africa Security Forum 2019", "Forum
    africain de la cybersécurité 2019", "Sommet de Dakar 2022", "منتدى الأمن الإفريقي 2019")."""
    found = []
    cue_spans = [(c.start, c.end) for c in ctx.cues]
    for noun in ctx.meeting_nouns:
        if inside(noun.start(), taken) or inside(noun.start(), cue_spans):
            continue
        span = _year_named_span(ctx, noun) or _dated_city_forum_span(ctx, noun)
        annual = _annual_named_span(ctx, noun) if span is None else None
        span = span or annual or _held_named_span(ctx, noun)
        if span is None:
            body_year = _body_year(ctx, noun) or _annual_body_meeting(ctx, noun) or _themed_ministerial(ctx, noun)
            if body_year is not None:  # "le sommet annuel 2025 de l'Association … (FIEP)"
                start, end, year, candidate = body_year
                found.append(Resolved(-1, None, start, end, 0.6, year=year, candidate=candidate))
                taken = [*taken, (start, end)]
                continue
            span = _held_concept_named_after(ctx, noun)
            if span is None:
                continue
        start, end, year = span
        if _edition_of_named(ctx, noun, end):
            continue  # "النسخة الثانية من منتدى مسقط لأمن الحدود 2025": the forum's noun names it
        inner = [c for c in ctx.cues if start < c.end and c.start < end]
        if inner and (annual or not _organisations_own_meeting(ctx, inner, noun, start, end)):
            if annual:  # "the annual Europol Police Chiefs Convention": its body's series named by year
                found.extend(_annual_of_catalogue(ctx, noun, start, end, year))
            continue  # a series of the catalogue is named in it: unnumbered.py reads it
        if ctx.doc.folded[end - 1 : end].isalpha() and ctx.doc.folded[start : start + 1] <= "z":
            # "the Dakar International Forum on Peace and Security, held in …": its theme after its noun
            end = max(end, forum_name_end(ctx, end))
        label = _original(ctx, start, end)
        if label[:1] > "z":
            label = _unclitic(label[1:] if label[0] in "وف" else label)  # "ومنتدى الرباط …", "لمنتدى …"
        key = body_key(label)
        if len(label.split()) < 2 or not key:
            continue
        # "القمة الشرطية العالمية 2023": the catalogue's "قمة الشرطة العالمية", its words a little changed
        known = ctx.catalogue.resembling(label)
        series = ctx.catalogue.series[known] if known is not None else None
        if series is not None and series.year_named and series.compat({noun_class_of(noun)}):
            found.append(Resolved(known, None, start, end, 0.6, year=year))
            taken = [*taken, (start, end + 5)]
            continue
        candidate = city_forum(ctx, noun, start, end, label) or _concept_forum(noun, label)
        candidate = candidate or CandidateSeries(f"year:{key}", label, label, "year")
        found.append(Resolved(-1, None, start, end, 0.6, year=year, candidate=candidate))
        taken = [*taken, (start, end + 5)]
    return found


def _organisations_own_meeting(ctx: Context, cues: list, noun: re.Match[str], start: int, end: int) -> bool:
    """Whether a year-named meeting's name holds an organisation's name only (no series' own name), and a
    theme of its own besides ("INTERPOL Global Cybercrime Conference 2025"): a meeting of that organisation
    the catalogue does not know, not one of its series ("INTERPOL Assembly 2025" is its General Assembly)."""
    if any(t.is_alias for c in cues for t in c.targets):
        return False
    named = [(c.start, c.end) for c in cues] + [(noun.start(), noun.end())]
    own = [
        w.group()
        for w in _WORD_BACK.finditer(ctx.doc.folded, start, end)
        if not any(a <= w.start() < b for a, b in named) and w.group() not in _GENERIC_NAME_WORDS
    ]
    return bool(own)


# Words of a meeting's name that name no theme of its own: a city's forum's name words (connectors,
# "international"), and "Global", "annual" and their like.
_GENERIC_NAME_WORDS = _NAME_WORDS | frozenset(
    normalize_name(word) for word in split_words("global annual mondial mondiale world العالمي السنوي العامة العام")
)


def _edition_of_named(ctx: Context, noun: re.Match[str], end: int) -> bool:
    """Whether `noun` is an edition ("النسخة", "édition") of a meeting whose own noun follows it in the
    name before the year: that noun opens the name, the edition is its number (read by the numbered
    references), never part of the series' name."""
    return noun_class_of(noun) == "edition" and any(noun.end() < other.start() < end for other in ctx.meeting_nouns)


def _dated_city_forum_span(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int] | None:
    """A city's forum named without its year ("le Forum de Dakar sur la sécurité, organisé en
    février"): (start, end, year), the year the sentence's dates give, else the publication's; None
    when the name is no city's forum (`city_forums.city_forum`)."""
    folded = ctx.doc.folded
    if noun.group()[0] <= "z" and not ctx.doc.is_capitalized(noun.start()):
        return None
    sent_end = ctx.doc.sentence(noun.start())[1]
    pos = end = noun.end()
    for _ in range(7):
        token = TOKEN.match(folded, pos)
        if not token or token.end() > sent_end or (token.group(1) not in _NAME_WORDS and not token.group(1).isalpha()):
            break
        if token.group(1) in _LATIN_STOPS and token.group(1) not in _TOPIC_PREPOSITIONS:
            break
        pos = token.end()
        if token.group(1) not in _NAME_WORDS:
            end = pos
    forum = city_forum(ctx, noun, noun.start(), end, "") if end > noun.end() else None
    if forum is None or (noun.group()[0] > "z" and not forum.english):
        return None  # (Arabic writes no capitals: "مؤتمر طنجة" is any conference held there, unless its theme names it)
    year = _sentence_year(ctx, noun.start())
    return (noun.start(), end, year) if year is not None else None


def _sentence_year(ctx: Context, pos: int) -> int | None:
    """The one year the dates of the sentence at `pos` give, else the publication's (as for the catalogue's
    series named by year, unnumbered._by_year) when it gives none; None when it gives several, or only a
    founding year ("مؤتمر ميونخ، الذي انطلق عام 1963": the sentence dates its founding, no edition)."""
    sent_start, sent_end = ctx.doc.sentence(pos)
    dated = [d for d in ctx.dates if sent_start <= d.pos < sent_end and d.start is not None]
    years = {d.start.year for d in dated if not founding_year(ctx.doc.folded, d.pos)}
    if not years and dated:
        return None
    if not years and ctx.published is not None:
        years = {ctx.published.year}
    return years.pop() if len(years) == 1 else None


_ANNUAL = frozenset({"annual", "yearly"})
_ORDINAL_BEFORE = re.compile(r"\d+(?:st|nd|rd|th)\s$")


def _words_back(ctx: Context, pos: int) -> list[tuple[int, str]]:
    """The last six words before folded `pos` (within 80 characters), nearest first, with their starts:
    read once per meeting noun of the article (up to four of this module's rules ask for them)."""
    memo = ctx.memo.setdefault("words_back", {})
    words = memo.get(pos)
    if words is None:
        floor = max(0, pos - 80)
        matches = list(_WORD_BACK.finditer(ctx.doc.folded, floor, pos))[-6:]
        words = []
        for m in reversed(matches):
            if m.group().removesuffix("'s") in CALENDAR_WORDS:
                break  # "last November's Dakar Forum": a date's word ends the name
            words.append((m.start(), m.group()))
        memo[pos] = words
    return words


_WORD_BACK = re.compile(r"[^\W_]+'?s?")


def _annual_named_span(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int] | None:
    """An annual meeting named by capitals before its noun, without an ordinal or a year ("the annual
    Europol Police Chiefs Convention", "the annual Gulf Maritime Security Summit"): (start, end, year),
    the year its sentence's dates give, else the publication's: the edition of that year."""
    folded, doc = ctx.doc.folded, ctx.doc
    if noun.group()[0] > "z" or not doc.is_capitalized(noun.start()):
        return None
    start, names = noun.start(), []
    for at, word in _words_back(ctx, noun.start()):
        if word in _ANNUAL and names:
            if _ORDINAL_BEFORE.search(folded, max(0, at - 12), at):
                return None  # "their 26th Annual General Meeting": a numbered session
            break
        if not doc.is_capitalized(at) or at + len(word) + 1 != start:
            return None
        start = at
        names.append(word)
    else:
        return None
    if all(name in ADJECTIVES or name in PRE_NOUN for name in names):
        return None  # "the annual General Meeting": no name, only the kind of meeting
    year = _sentence_year(ctx, noun.start())
    return (start, noun.end(), year) if year is not None else None


def _holds_numbered_meetings(folded: str, noun: re.Match[str]) -> bool:
    """Whether the article says the noun's possessive before a numbered meeting ("the Forum's 7th Plenary
    Meeting"): the name is a body's (`candidates.possessor_acronym`), the meetings are its sessions."""
    for possessive in (f" {noun.group()}'s ", f" {noun.group()}s' "):
        at = folded.find(possessive, noun.end())
        while at >= 0:
            if LATIN_ORDINAL.match(folded, at + len(possessive)):
                return True
            at = folded.find(possessive, at + 1)
    return False


def _held_named_span(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int] | None:
    """A meeting named by capitals before its noun, without an ordinal or a year, whose sentence says
    where and when it is held ("opened the African Counter-Terrorism Summit in Abuja on Monday"):
    (start, end, year), the edition of that year (`unnumbered.venue_and_year`); None without both."""
    folded, doc = ctx.doc.folded, ctx.doc
    if noun.group()[0] > "z" or not doc.is_capitalized(noun.start()):
        return None
    start, names = noun.start(), []
    for at, word in _words_back(ctx, noun.start()):
        if not doc.is_capitalized(at) or at + len(word) + 1 != start or word in DETERMINERS:
            break
        start = at
        names.append(word)
    if len(names) < 2 or all(name in ADJECTIVES or name in PRE_NOUN for name in names):
        return None  # "the General Assembly", "the Summit": the kind of meeting, not its name
    if _ORDINAL_BEFORE.search(folded, max(0, start - 12), start):
        return None  # "the 12th AMERIPOL Summit": a numbered session (candidates.py)
    if _holds_numbered_meetings(folded, noun):
        return None  # "the Global … Forum (GMSF) met … for the Forum's 7th Plenary Meeting": a body, not a meeting
    year = venue_and_year(ctx, start, noun.end(), set())
    if year is None and ctx.published is not None and _OPENED_BEFORE.search(folded, max(0, start - 40), start):
        # "as he opened a two-day African Counter-Terrorism Summit in Abuja": the report's own meeting, of
        # the year it is published (a date of another year in its sentence says otherwise)
        year = venue_and_year(ctx, start, noun.end(), {ctx.published.year})
    return (start, noun.end(), year) if year is not None else None


def _held_concept_named_after(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int] | None:
    """A meeting named from its noun on by what it is about, without a number or a year, whose sentence says
    where and when it is held ("la Conférence mondiale d'Interpol sur la cybercriminalité, tenue en octobre à
    Singapour", "المؤتمر العالمي للأنتربول حول الجريمة السيبرانية، الذي احتضنته سنغافورة في أكتوبر"): (start,
    end, year), the edition of that year, keyed by its concepts as the same meeting named by its year is
    ("INTERPOL Global Cybercrime Conference 2025"); None for a name of other words (`_concept_forum`)."""
    folded, arabic = ctx.doc.folded, noun.group()[0] > "z"
    if not arabic and not ctx.doc.is_capitalized(noun.start()):
        return None
    pos = end = noun.end()
    previous = ""
    for _ in range(8):
        token = TOKEN.match(folded, pos)
        if not token:
            break
        word = token.group(1)
        theme = arabic and word == _ARABIC_THEME and _theme_follows(folded, token.end())
        # ("… sur les stupéfiants": the theme's article after its preposition)
        article = previous in _TOPIC_PREPOSITIONS and word in DETERMINERS
        stop = (word in _LATIN_STOPS and word not in _TOPIC_PREPOSITIONS and not article) or (
            word in _ARABIC_STOPS and not theme
        )
        if word in BREAKS or word == "," or word.isdigit() or stop or _another_meeting(word):
            break
        pos, previous = token.end(), word
        if word not in _NAME_WORDS:
            end = pos
    if end == noun.end() or _concept_forum(noun, _original(ctx, noun.start(), end)) is None:
        return None
    year = venue_and_year(ctx, noun.start(), end, set())
    return (noun.start(), end, year) if year is not None else None


_OPENED_BEFORE = re.compile(
    r"\b(?:opens?|opened|inaugurated?|inaugure|ouvre|a ouvert|kicks? off|kicked off)(?:\s+[^\s,.;:]+){0,3}\s+$"
)


def _body_year(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int, CandidateSeries] | None:
    """A body's meeting named by its year written with the noun ("le sommet annuel 2025 de
    l'Association … (FIEP)", "the association's 2025 summit", after "the International Association …
    (FIEP)"): (start, end, year, its series), keyed by the body's acronym (else its name) as a numbered
    session of that body is; else None."""
    folded = ctx.doc.folded
    if noun.group()[0] > "z":
        return None
    meeting = meeting_english(noun.group())
    if not meeting:
        return None
    before = _YEAR_BEFORE.search(folded, max(0, noun.start() - 6), noun.start())
    if before is not None:  # "the association's 2025 summit"
        acronym = possessor_acronym(ctx, before.start())
        if acronym is None:
            return None
        year, start, end, body = int(before.group(1)), before.start(), noun.end(), acronym
    else:
        pos = noun.end()
        while (token := TOKEN.match(folded, pos)) and token.group(1) in ADJECTIVES:
            pos = token.end()  # "le sommet annuel 2025 de …"
            if token.group(1) in _ANNUAL_WORDS:
                meeting = f"Annual {meeting}"
        token = TOKEN.match(folded, pos)
        if token is None or not YEAR.fullmatch(token.group(1)):
            return None
        span = _body_span(ctx, token.end())
        if span is None:
            return None
        year, start, end = int(token.group(1)), noun.start(), span[1]
        named = acronym_after(ctx, span[1])
        body = named[0] if named else _original(ctx, *span)
        end = max(end, named[1]) if named else end
    key = body_key(body)
    if not key:
        return None
    english = f"{body} {meeting}" if body.isascii() else ""
    return start, end, year, CandidateSeries(f"year:{key}", english or body, body, "year", english)


# What opens a meeting's theme: "consacrée à la …", "sur la …", "on …", "حول …"
_THEME_OPENING = re.compile(
    r"\s?,?\s?(?:(?:consacree?s?|dediee?s?) (?:a la |a l'|aux |au |a )|(?:portant )?sur (?:la |le |l'|les )?"
    r"|on (?:the )?|about |حول |بشان )"
)
# Words a theme holds between its concepts: "dans le Sahel", "in the Sahel", "في منطقة الساحل".
_THEME_LINKS = frozenset(split_words("dans in en au aux a et and the le la les l' في و منطقه region zone"))


def _themed_ministerial(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int, CandidateSeries] | None:
    """A ministerial meeting named only by its theme ("une réunion ministérielle consacrée à la
    coopération sécuritaire dans le Sahel", "a ministerial meeting on security cooperation in the
    Sahel", "الاجتماع الوزاري حول التعاون الأمني في منطقة الساحل"), its venue and time in its sentence:
    that year's meeting of a series keyed by the theme's concepts (two at least), the same in every
    language, as a numbered one of that theme is (`candidates.concept_key`)."""
    folded = ctx.doc.folded
    start, pos = noun.start(), noun.end()
    ministerial = False
    for word_start, word in _words_back(ctx, noun.start())[:1]:
        if _MINISTERIAL.match(word):
            start, ministerial = word_start, True  # "a ministerial meeting"
    while (token := TOKEN.match(folded, pos)) and (token.group(1) in ADJECTIVES or _MINISTERIAL.match(token.group(1))):
        pos = token.end()
        ministerial = ministerial or _MINISTERIAL.match(token.group(1)) is not None
    opening = _THEME_OPENING.match(folded, pos) if ministerial else None
    if opening is None:
        return None
    concepts, end, pos = set(), 0, opening.end()
    while (token := TOKEN.match(folded, pos)) and token.group(1) not in BREAKS and token.group(1) != ",":
        word = _strip_clitic(token.group(1))
        concept = _CONCEPT_OF.get(word) or _CONCEPT_OF.get(token.group(1))
        if concept is not None:
            concepts.update(concept.split())
            end = token.end()
        elif token.group(1) not in _THEME_LINKS and word not in _CONCEPT_FILLERS and word not in _THEME_LINKS:
            break
        pos = token.end()
    year = venue_and_year(ctx, start, end, set(), reach=_REACH) if len(concepts) >= 2 else None
    if year is None:
        return None
    kind = noun_class_of(noun)
    key = "concepts " + " ".join(sorted(concepts))
    label = _original(ctx, start, end)
    english = theme_english_name(key, kind, label)
    return start, end, year, CandidateSeries(f"{kind}:{key}", english or label, label, kind, english)


_ANNUAL_WORDS = frozenset({"annuel", "annuelle", "annual"})
_REACH = 120  # how far before the meeting its sentence's venue may stand ("returned from X, where he led …")


def _annual_body_meeting(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int, CandidateSeries] | None:
    """A body's annual meeting or general assembly, named by neither number nor year, the body named with
    its acronym ("la réunion annuelle du Comité … (CCPSC)", "the annual general meeting of the … (CCPSC)"),
    its venue and time in its sentence: that year's meeting, keyed by the acronym as `_body_year` keys it.
    Only an annual meeting: a body that meets several times a year is not named by its year."""
    folded = ctx.doc.folded
    if noun.group()[0] > "z":
        return None
    start, pos = noun.start(), noun.end()
    annual = False
    for word_start, word in _words_back(ctx, noun.start())[:2]:
        if word in _ANNUAL_WORDS:
            start, annual = word_start, True  # "the annual general meeting"
    while (token := TOKEN.match(folded, pos)) and token.group(1) in ADJECTIVES:
        pos = token.end()  # "la réunion annuelle", "l'assemblée générale ordinaire"
        annual = annual or token.group(1) in _ANNUAL_WORDS
    meeting = meeting_english(folded[start:pos])
    if not meeting or not (annual or meeting == "General Assembly"):
        return None
    span = _body_span(ctx, pos)
    named = acronym_after(ctx, span[1]) if span is not None else None
    if named is None or not named[0].isascii():
        return None
    end = max(span[1], named[1])
    year = venue_and_year(ctx, start, end, set(), reach=_REACH)
    key = body_key(named[0])
    if year is None or not key:
        return None
    if annual and not meeting.startswith("Annual"):
        meeting = f"Annual {meeting}"
    english = f"{named[0]} {meeting}"
    return start, end, year, CandidateSeries(f"year:{key}", english, named[0], "year", english)


_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d) $")


def _annual_of_catalogue(ctx: Context, noun: re.Match[str], start: int, end: int, year: int) -> list[Resolved]:
    """The edition of `year` of the one catalogue series named by year that a body named in an annual
    meeting's name holds and the noun fits ("the annual Europol Police Chiefs Convention")."""
    classes = {noun_class_of(noun)}
    fitting = {
        target.series
        for cue in ctx.cues
        if start < cue.end and cue.start < end
        for target in cue.targets
        if ctx.catalogue.series[target.series].year_named and ctx.catalogue.series[target.series].compat(classes)
    }
    if len(fitting) != 1:
        return []
    return [Resolved(fitting.pop(), None, start, end, 0.6, year=year)]


def _concept_forum(noun: re.Match[str], label: str) -> CandidateSeries | None:
    """The candidate series of a year-named meeting named only by what it is about ("African Internal
    Security Forum 2026", "Forum africain de la sécurité intérieure", "المنتدى الإفريقي للأمن
    الداخلي"): keyed by those concepts and its noun's kind, as an edition of it is when numbered
    ("la 3e édition du Forum africain …", `_meeting_body`), the same key in every language."""
    concepts = _name_concepts(normalize_name(label))
    if not concepts:
        return None
    kind = noun_class_of(noun)
    return CandidateSeries(f"{kind}:{concepts}", label, label, kind)


def _year_named_span(ctx: Context, noun: re.Match[str]) -> tuple[int, int, int] | None:
    """(start, end, year) of a name holding the noun and followed by a year, else None."""
    folded, doc = ctx.doc.folded, ctx.doc
    arabic = noun.group()[0] > "z"
    lower = not arabic and not doc.is_capitalized(noun.start())  # named by its edition only, see below
    start = noun.start()
    if not arabic:  # capitalized words before the noun belong to the name: "World Police Summit"
        # (within its sentence: "Africa Security Wire" on the line above "Cyber Africa Forum 2025: …")
        offset = max(doc.sentence(start)[0], start - 60)
        words = list(re.finditer(r"[^\W_]+", folded[offset:start]))
        for word in reversed(words[-4:]):
            at = offset + word.start()
            if offset + word.end() + 1 != start or not doc.is_capitalized(at) or word.group() in DETERMINERS:
                break
            start = at
    pos, count = noun.end(), 0
    while count < 10:
        token = TOKEN.match(folded, pos)
        if not token:
            return None
        word = token.group(1)
        if YEAR.fullmatch(word) and not lower and count < 7:
            if count == 0 and start == noun.start() and not arabic:
                return None  # "Forum 2019" alone names no series
            end = _last_end(folded, noun.end(), token.start(1))
            return start, end, int(word)
        if word == "(" and (bracketed := _PLACE_THEN_YEAR.match(folded, token.start(1))) and not lower:
            # "Global Public Security Cooperation Forum (Lianyungang) 2024": the name's city in
            # brackets between the name and its year, part of the name as written
            named = count or start < noun.start() or arabic
            if named and ctx.places_between(token.start(1), bracketed.end()):
                return start, bracketed.end(), int(bracketed.group(1))
            return None
        if word == "," and (edition := _EDITION_YEAR.match(folded, token.end())):
            # "La réunion annuelle des experts de police de l'OSCE, édition 2026": the year is the
            # edition's; a lower-case noun needs a body of capitals in the name
            if lower and not any(doc.is_capitalized(m.start()) for m in _WORD.finditer(folded, start, pos)):
                return None
            return start, _last_end(folded, noun.end(), token.start(1)), int(edition.group(1))
        stop = word in _LATIN_STOPS and word not in _TOPIC_PREPOSITIONS  # "Forum de X sur la sécurité 2025"
        if arabic and word in _YEAR_WORDS and count and (year := YEAR.fullmatch(_next_word(folded, token.end()))):
            # "المؤتمر العالمي للإنتربول حول الجريمة السيبرانية لعام 2025": the year's word closes the name
            return start, _last_end(folded, noun.end(), token.start(1)), int(year.group())
        # ("حول" before a concept: "المؤتمر العالمي للإنتربول حول الجريمة السيبرانية 2025", its theme)
        theme = arabic and word == _ARABIC_THEME and _theme_follows(folded, token.end())
        arabic_stop = word in _ARABIC_STOPS and not theme
        if word in BREAKS or word == "," or word.isdigit() or stop or arabic_stop or _another_meeting(word):
            return None
        pos, count = token.end(), count + 1
    return None


# The words of "the year of" before a year that closes a meeting's name ("لعام 2025", "لسنة 2025"), folded.
_YEAR_WORDS = frozenset(normalize_name(w) for w in split_words("لعام عام لسنة سنة"))


def _theme_follows(folded: str, pos: int) -> bool:
    """Whether the word at `pos` names a concept: "حول" opens a meeting's theme ("المؤتمر العالمي للإنتربول حول
    الجريمة السيبرانية"), not the clause after its name ("… حول سبل التعاون")."""
    word = _next_word(folded, pos)
    return _strip_clitic(word) in _CONCEPT_OF or word in _CONCEPT_OF or _strip_clitic(word) in _CONCEPT_FILLERS


def _next_word(folded: str, pos: int) -> str:
    token = TOKEN.match(folded, pos)
    return token.group(1) if token else ""


_PLACE_THEN_YEAR = re.compile(r"\([^()\d]{2,40}\)(?=\s*((?:19|20)\d\d)(?!\d))")
_EDITION_YEAR = re.compile(r"\s*(?:edition|نسخة|دورة)\s+((?:19|20)\d\d)\b")


def _last_end(folded: str, floor: int, year_start: int) -> int:
    end = year_start
    while end > floor and folded[end - 1] in " -(":
        end -= 1
    return max(end, floor)
