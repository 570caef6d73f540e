"""References to the sessions next to the one an article numbers: "la prochaine session se tiendra
à Dakar", "the recommendations of the previous conference", "الدورة المقبلة", "المؤتمر السابق".

They carry no ordinal, but the article does: the session of the same series that it numbers
first (a catalogue series or a candidate one; the lead names what the article reports on) is the
current one, and the next or previous session is one after or before it. A noun whose complement
names a body is read only for that body's series; a complement naming a body the article numbers
nothing of leaves it unread. These sessions are mentions, never the subject (`_mark_subject`).
"""

from __future__ import annotations

import re

from events.detection.candidates import CLAUSE_END, body_key, candidate_kind, name_word
from events.detection.catalogue import MAIN_ORG
from events.detection.context import Context, Resolved
from events.detection.document import inside
from events.detection.meeting_dates import speaks_of_future
from events.detection.meeting_words import (
    HEAD_RE,
    HEADS,
    MEETING_HEADS,
    multilateral_key,
    multilateral_word,
    noun_class_of,
)
from events.detection.ordinals import LATIN_ORDINAL, latin_ordinal_value
from text.normalize import normalize_name
from text.scanning import Anchored
from text.script import ARABIC_LETTERS
from text.wordlists import split_words

_NEXT, _PREVIOUS = 1, -1
# "last year's meeting", "la réunion de l'an dernier": the previous session of a yearly series.
_LATIN_BEFORE = re.compile(
    r"(?:(?P<next>prochaine?s?|next|upcoming|forthcoming|suivante?|next year'?s)"
    r"|(?P<prev>precedente?|previous|last|last year'?s|derniere?|latest|most recent))\s"
    # (a kind of meeting between: "the ministers' next regular meeting", "its last ordinary session")
    r"(?:(?:regular|ordinary|annual|ordinaire|annuelle)\s)?$"
)
# ("The conference will next meet in Tunis": the noun, then a verb saying it meets next)
_LATIN_AFTER = re.compile(
    r"\s(?:(?P<next>prochaine?|suivante|will (?:next (?:meet|convene|be held)|meet (?:again|next)))"
    r"|(?P<prev>precedente|de l'an dernier|de l'annee derniere))\b"
)
_BEFORE_REACH = 26  # "forthcoming regular ": the words of `_LATIN_BEFORE`, at most
# (an adjective may come between: "الاجتماع التشاوري المقبل", "الدورة العادية السابقة")
_ARABIC_AFTER = re.compile(
    rf"(?:\sال[{ARABIC_LETTERS}]+(?:ي|يه))?\s(?:(?P<next>المقبله|المقبل|القادمه|القادم)|(?P<prev>السابقه|السابق|الماضيه|الماضي|الاخيره|الاخير))(?![{ARABIC_LETTERS}])"
)
_GROUP = {"session": "session", "assembly": "session", "meeting": "session", "edition": "session"}
_POSSESSOR_REACH = 60  # characters between a body's name and "its next session"
_NAMED_WITH = 3  # characters between a numbered session and the body named as its complement
# Meeting nouns in the plural (folded): "previous meetings", "les sessions précédentes", "الدورات السابقة".
_PLURALS = frozenset(
    split_words(
        "sessions meetings reunions conferences assemblies assemblees editions summits sommets forums rencontres "
        "gatherings congresses الدورات الاجتماعات المؤتمرات القمم دورات اجتماعات مؤتمرات"
    )
)


def neighbour_sessions(ctx: Context, resolved: list[Resolved], taken: list[tuple[int, int]]) -> list[Resolved]:
    """The next and previous sessions an article refers to, numbered from the sessions it numbers
    (`numbered`: the references with an ordinal written, not those a known edition identified)."""
    numbered = [r for r in resolved if r.ordinal is not None]
    found = []
    folded = ctx.doc.folded
    for noun in ctx.meeting_nouns:
        if inside(noun.start(), taken) or noun.group() in _PLURALS:
            continue  # "decisions taken at previous meetings": several sessions, none in particular
        step, end = relative_step(folded, noun)
        own = ctx.own_name_ending_on(noun) if step is None and noun.group()[0] <= "z" else None
        if own is not None:
            step, end = relative_step(folded, noun, own.start)
        acronym = _candidate_acronym_before(ctx, noun, numbered) if step is None and own is None else None
        if acronym is not None:  # "the next AMERIPOL summit", after "the 14th AMERIPOL Summit"
            step, end = relative_step(folded, noun, acronym[0])
        if step is None:
            continue
        base = None
        if acronym is not None:
            base = acronym[1]
        elif numbered:
            base = _current(ctx, noun, end, numbered) if own is None else _current_of_own(own, numbered)
        if base is None and step == _PREVIOUS:
            latest = _latest_held(ctx, noun, end, own, numbered)
            if latest is not None:
                found.append(latest)
            continue
        if base is not None and step == _NEXT and _still_to_come(ctx, base, noun.start()):
            if _dated_before(ctx, end, base) and base.ordinal > 1:
                # "accueillir en 2027 la 29e conférence …, examinée lors de la prochaine conférence, prévue en
                # juin": the next one, dated before the numbered one to come, is the one before it
                found.append(_relative(base, base.ordinal - 1, noun.start(), end, 0.5))
            continue
        if base is None or base.ordinal + step < 1:
            continue
        found.append(
            Resolved(base.series, base.ordinal + step, noun.start(), end, 0.55, candidate=base.candidate, relative=True)
        )
    return found + _elided(ctx, numbered, taken) + _last_met(ctx, numbered, taken)


# "The committee last met in Tripoli in March 2024", "the council had last met in …": the body's previous
# session, told by its verb and no meeting noun.
_LAST_MET = re.compile(r"\b(?:committee|commission|council|conference|group|forum|body)\s(?:had\s)?last\smet\b")


def _last_met(ctx: Context, numbered: list[Resolved], taken: list[tuple[int, int]]) -> list[Resolved]:
    """The session before the first the article numbers, when it numbers one series only and a
    sentence says its body "last met" somewhere."""
    if "last met" not in ctx.doc.folded or len({r.group[0] for r in numbered}) != 1:
        return []
    base = min(numbered, key=lambda r: r.start)
    return [
        Resolved(base.series, base.ordinal - 1, m.start(), m.end(), 0.5, candidate=base.candidate, relative=True)
        for m in _LAST_MET.finditer(ctx.doc.folded)
        if not inside(m.start(), taken) and base.ordinal > 1
    ]


# "après la précédente, tenue à Rabat", "the previous one, held in …", "la prochaine aura lieu à …": next
# or previous standing for the session the sentence (or the one before) has just numbered.
_HELD_AFTER = (
    r"(?=\s?,\s?(?:tenue|organisee|held|prevue|scheduled)\b"
    r"|\s(?:se tiendra|aura lieu|will be held|will take place|was held|took place|s'est tenue|a eu lieu|tenue|held)\b)"
)
_ELIDED = re.compile(
    r"\b(?:la|le|the) (?:(?P<next>prochaine|suivante|next one)|(?P<prev>precedente|previous one|last one))"
    + _HELD_AFTER
)
# "La cinquième aura lieu dans la capitale irakienne", "the fifth will be held in Baghdad": an ordinal
# whose noun is elided, standing for that session of the series the sentence (or the one before) numbers.
_ELIDED_ORDINAL = re.compile(
    r"\b(?:la|le|the) (?P<ordinal>" + LATIN_ORDINAL.pattern.removeprefix("\\b") + ")" + _HELD_AFTER
)


_ELIDED_WORDS = ("prochaine", "suivante", "precedente", "next one", "previous one", "last one")
# (literal words, looked for with `in`: the regex alternation of them read every character, 14 µs an article)
_HELD_WORDS = ("se tiendra", "aura lieu", "will be held", "will take place")
# `_ELIDED` tried only where `_ELIDED_WORDS` are written ("the " is four characters at most before them):
# its leading word boundary had the engine enter it at every character (text.scanning.Anchored).
_ELIDED_WRITTEN = Anchored(_ELIDED, _ELIDED_WORDS, reach=4)


def _elided(ctx: Context, numbered: list[Resolved], taken: list[tuple[int, int]]) -> list[Resolved]:
    """The sessions next to or before the last one numbered in the same sentence or the one before,
    which "la précédente" or "the next one" stands for."""
    found = []
    folded = ctx.doc.folded
    if not any(word in folded for word in _ELIDED_WORDS) and not any(word in folded for word in _HELD_WORDS):
        return found  # (most articles: the patterns are not run)
    for match in [*_ELIDED_WRITTEN.finditer(folded), *_ELIDED_ORDINAL.finditer(folded)]:
        if inside(match.start(), taken):
            continue
        sentence_start = ctx.doc.sentence(match.start())[0]
        reach = ctx.doc.sentence(max(0, sentence_start - 2))[0]
        elided_ordinal = "ordinal" in match.groupdict()
        # (an ordinal says which session: the series is the last one numbered before, however far)
        before = [r for r in numbered if (0 if elided_ordinal else reach) <= r.start < match.start()]
        if not before:
            continue
        base = max(before, key=lambda r: r.start)
        if elided_ordinal:
            num, words = match.group("num"), match.group("words")
            ordinal = int(num) if num else (latin_ordinal_value(words) or 0)
            if ordinal == base.ordinal:
                continue  # the session just numbered, said again
        else:
            ordinal = base.ordinal + (_NEXT if match.group("next") else _PREVIOUS)
        if ordinal >= 1:
            found.append(
                Resolved(
                    base.series, ordinal, match.start(), match.end(), 0.55, candidate=base.candidate, relative=True
                )
            )
    return found


def _still_to_come(ctx: Context, base: Resolved, next_at: int) -> bool:
    """Whether the current session, by the catalogue's date of it, is still to come when the article
    appears: its "next" session is that one ("… في أشغال الجمعية العامة المقبلة", written a month before
    the assembly the article prepares), never the one after it. A session of a series outside the
    catalogue is still to come when its own sentence says so ("La cinquième réunion … se tiendra à Dakar
    en 2026 … « Le Sénégal est honoré d'accueillir la prochaine session »")."""
    if base.candidate is not None:
        return speaks_of_future(ctx, *ctx.doc.sentence(base.start))
    if ctx.published is None or ctx.published.month is None:
        return False
    edition = ctx.catalogue.series[base.series].edition(base.ordinal)
    if edition is None or edition.start is None or edition.start.month is None:
        # (a session the catalogue has no date of, its sentence dating it in a later year: "accueillir en
        # 2027 la 29e Conférence régionale …, une candidature examinée lors de la prochaine conférence")
        # (a date after the "next" reference is the next session's: "at the 27th X in Dakar, where Kenya won
        # the right to host the next edition in 2027")
        start, end = ctx.doc.sentence(base.start)
        end = min(end, next_at) if next_at > base.start else end
        # ("Alger se prépare à accueillir, du 20 au 22 octobre, la 7e session …", written in September: a later
        # month of the same year is to come too)
        return any(
            start <= d.pos < end
            and d.start is not None
            and (d.start.year, d.start.month or 0) > (ctx.published.year, ctx.published.month)
            for d in ctx.dates
        )
    return (edition.start.year, edition.start.month) > (ctx.published.year, ctx.published.month)


def _relative(base: Resolved, ordinal: int, start: int, end: int, confidence: float) -> Resolved:
    """The session `ordinal` of `base`'s series (a catalogue's or a candidate's), named as a next or previous one."""
    return Resolved(base.series, ordinal, start, end, confidence, candidate=base.candidate, relative=True)


def _dated_before(ctx: Context, end: int, base: Resolved) -> bool:
    """Whether the first date after a "next" reference in its sentence ("…, prévue en juin à Dakar")
    is in a year before the one its sentence gives the session the article numbers (`base`)."""
    limit = ctx.doc.sentence(end)[1]
    own = next((d for d in ctx.dates if end <= d.pos < limit and d.start), None)
    if own is None:
        return False
    start, stop = ctx.doc.sentence(base.start)
    return any(start <= d.pos < stop and d.start is not None and d.start.year > own.start.year for d in ctx.dates)


def relative_before(folded: str, pos: int) -> bool:
    """Whether "next"/"previous" stands right before `pos` (a series' name): that session is numbered
    from the one the article numbers, never an edition met by its venue or its year."""
    return _LATIN_BEFORE.search(folded, max(0, pos - _BEFORE_REACH), pos) is not None


def relative_step(folded: str, noun: re.Match[str], named_from: int | None = None) -> tuple[int | None, int]:
    """+1 for the next session, -1 for the previous one, None for neither; and where the
    reference ends (after "المقبلة", "prochaine"). `named_from`: where the name the noun closes
    starts ("the next European Regional Conference": "next" stands before the name)."""
    if noun.group()[0] > "z":
        after = _ARABIC_AFTER.match(folded, noun.end())
        if after is None:
            return None, noun.end()
        return (_NEXT if after.group("next") else _PREVIOUS), after.end()
    opening = noun.start() if named_from is None else named_from
    before = _LATIN_BEFORE.search(folded, max(0, opening - _BEFORE_REACH), opening)
    after = _LATIN_AFTER.match(folded, noun.end())
    match = before or after
    if match is None:
        return None, noun.end()
    return (_NEXT if match.group("next") else _PREVIOUS), after.end() if after else noun.end()


def _current(ctx: Context, noun: re.Match[str], end: int, numbered: list[Resolved]) -> Resolved | None:
    """The current session: the first the article numbers (its lead names what it reports on) of
    the series this noun can refer to: the series its complement names, else the one series (of
    a fitting kind) the article numbers."""
    kind = noun_class_of(noun)
    named = ctx.cue_at.get(noun.start())
    if named is not None and named.end > end:
        # "la prochaine conférence régionale africaine de l'Organisation internationale de police criminelle":
        # the series named from the noun on, its organisation's name after it one of that series' too
        complement = ctx.walk(named.end)
        fitting = [
            r
            for r in numbered
            if r.candidate is None
            and any(t.series == r.series for t in named.targets)
            and (complement.cue is None or any(t.series == r.series for t in complement.cue.targets))
        ]
        return min(fitting, key=lambda r: r.start) if len({r.series for r in fitting}) == 1 else None
    complement = ctx.walk(end)
    if complement.outcome == "foreign":
        return _of_the_acronym(ctx, kind, end, numbered) or _of_who_meets(ctx, end, numbered)
    fitting = [r for r in numbered if _fits(ctx, r, kind, complement)]
    said = multilateral_word(ctx.doc.folded, noun.start(), end)
    if said is not None:
        # "la prochaine réunion trilatérale": the next of the three countries' meetings the article numbers
        fitting = [
            r for r in fitting if r.candidate is not None and r.candidate.key.startswith(multilateral_key(said[1]))
        ]
    if _FORUM.match(ctx.doc.folded, noun.start()):
        # "the next forum" is a forum's: not the ministers' meeting the article also numbers
        fitting = [r for r in fitting if _a_forum(ctx, r)]
    if complement.cue is None and _another_body_before(ctx, noun, fitting):
        return None  # "… إلى مجلس وزراء الداخلية العرب في دورته المقبلة": the council's, numbered nowhere
    if complement.cue is None and _possessor_unfit(ctx, noun, kind, fitting):
        return None  # "referred to the Council at its next session", in a report on a conference: the council's
    if complement.cue is None and len({r.group[0] for r in fitting}) > 1:
        fitting = _named_before(ctx, noun, kind, fitting)
    if complement.cue is None and len({r.group[0] for r in fitting}) > 1:
        fitting = _numbered_in_its_sentence(ctx, noun, fitting)
    if complement.cue is None and len({r.group[0] for r in fitting}) > 1:
        fitting = _of_the_lead(ctx, fitting)
    if complement.cue is None and len({r.group[0] for r in fitting}) != 1:
        return None  # no series, or several: which one's next session is unsaid
    return min(fitting, key=lambda r: r.start, default=None)


_FORUM = re.compile(r"[وفبلك]?(?:ال|لل)?(?:forums?\b|منتدي|ملتقي)")


def _of_the_acronym(ctx: Context, kind: str, start: int, numbered: list[Resolved]) -> Resolved | None:
    """ "la prochaine réunion des ministres de la Défense de l'AES": a complement naming a body outside
    the catalogue by the acronym of a candidate series of its kind the article numbers is that
    series' (the first session it numbers); else None, the body being another."""
    limit = min(ctx.doc.sentence(start)[1], start + 80)
    stop = CLAUSE_END.search(ctx.doc.folded, start, limit)
    words = set(ctx.doc.folded[start : stop.start() if stop else limit].replace("'", " ").split())
    wanted = candidate_kind(kind)
    fitting = [
        r
        for r in numbered
        if r.candidate is not None and r.candidate.kind == wanted and normalize_name(r.candidate.body) in words
    ]
    if len({r.group[0] for r in fitting}) != 1:
        return None
    return min(fitting, key=lambda r: r.start)


def _of_who_meets(ctx: Context, start: int, numbered: list[Resolved]) -> Resolved | None:
    """ "الاجتماع المقبل لوزراء الداخلية": a complement naming who meets, whose words the own name of one
    catalogue series the article numbers holds all of ("اجتماع وزراء الداخلية بدول مجلس التعاون"), is
    that series' (the first session it numbers); else None."""
    limit = min(ctx.doc.sentence(start)[1], start + 80)
    stop = CLAUSE_END.search(ctx.doc.folded, start, limit)
    words, holding = frozenset(), set()
    for word in filter(None, map(name_word, ctx.doc.folded[start : stop.start() if stop else limit].split())):
        held = set(ctx.catalogue.holding(words | {word}, name_word))
        if not held:
            break  # the name's words end where no series' name holds them ("… لوزراء الداخلية سنة 2026")
        words, holding = words | {word}, held
    if len(words) < 2:
        return None
    fitting = [r for r in numbered if r.candidate is None and r.series in holding]
    if len({r.series for r in fitting}) != 1:
        return None
    return min(fitting, key=lambda r: r.start)


def _latest_held(ctx: Context, noun: re.Match[str], end: int, own, numbered: list[Resolved]) -> Resolved | None:
    """ "la dernière session du Conseil des ministres arabes de l'Intérieur", "its latest session",
    "الدورة الأخيرة لمجلس …" where the article numbers no session of that series: the last one held
    before the article's date (`Series.latest_before`), of the one catalogue series the words name
    (its own name, or its body's as the body's main series) or, for a bare "du Conseil", the one the
    article names before whose meetings the noun and its head fit."""
    kind = noun_class_of(noun)
    complement = ctx.walk(end)
    cue = own or ctx.cue_at.get(noun.start()) or complement.cue
    if cue is not None:
        series = {t.series for t in cue.targets if t.weight >= MAIN_ORG}
    elif complement.heads and complement.outcome != "foreign":
        # (the bodies named before whose own name has that head: "du Conseil" after the "Conseil des ministres
        # arabes de l'Intérieur (CMIA)", not after the "Université arabe Naif")
        series = {
            t.series
            for c in ctx.cues
            if c.end <= noun.start() and _has_head(ctx.doc.folded[c.start : c.end], complement.heads)
            for t in c.targets
            if t.weight >= MAIN_ORG
        }
    else:
        return None
    series = {i for i in series if ctx.catalogue.series[i].compat({kind} | complement.heads) > 0}
    if len(series) != 1 or any(r.candidate is None and r.series in series for r in numbered):
        return None
    index = next(iter(series))
    ordinal = ctx.catalogue.series[index].latest_before(ctx.published)
    if ordinal is None:
        return None
    return Resolved(index, ordinal, noun.start(), max(end, cue.end if cue else end), 0.5, relative=True)


def _has_head(name: str, heads: set[str]) -> bool:
    """Whether a word of the (folded) name is one of those heads, an Arabic one with its clitics ("لمجلس")."""
    for word in name.split():
        head = HEADS.get(word)
        if head is None and (found := HEAD_RE.fullmatch(word)) is not None:
            head = HEADS.get(found.group("lat") or found.group("ar"))
        if head in heads:
            return True
    return False


def _candidate_acronym_before(
    ctx: Context, noun: re.Match[str], numbered: list[Resolved]
) -> tuple[int, Resolved] | None:
    """The acronym written right before a Latin meeting noun ("the next AMERIPOL summit") that names a
    candidate series the article numbers ("the 14th AMERIPOL Summit"): where it starts (folded) and the
    first session numbered of that series; else None."""
    if noun.group()[0] > "z":
        return None
    word = _WORD_BEFORE.search(ctx.doc.folded, max(0, noun.start() - 16), noun.start())
    if word is None:
        return None
    original = ctx.doc.original_text(word.start(1), word.end(1))
    if not (original.isupper() and original.isalpha()):
        return None
    key = body_key(original)
    base = [r for r in numbered if r.candidate is not None and body_key(r.candidate.body) == key]
    return (word.start(1), min(base, key=lambda r: r.start)) if base else None


_WORD_BEFORE = re.compile(r"\b([a-z]{3,}) $")


def _current_of_own(own, numbered: list[Resolved]) -> Resolved | None:
    """The current session of the series a name names ("the next European Regional Conference"): the
    first the article numbers of the series it is the own name of."""
    series = {t.series for t in own.targets if t.is_alias}
    return min((r for r in numbered if r.candidate is None and r.series in series), key=lambda r: r.start, default=None)


def _a_forum(ctx: Context, res: Resolved) -> bool:
    """Whether a resolved session is a forum's (its candidate's label or its series' own names say so)."""
    names = [normalize_name(res.candidate.label)] if res.candidate is not None else ctx.catalogue.own_names(res.series)
    return any(_FORUM.search(name) for name in names)


def _another_body_before(ctx: Context, noun: re.Match[str], fitting: list[Resolved]) -> bool:
    """Whether a series name right before the noun (its sentence, a few words away) is none of the
    series the article numbers: "its next session" is then that body's."""
    sentence_start = ctx.doc.sentence(noun.start())[0]
    near = noun.start() - _POSSESSOR_REACH
    before = [
        c
        for c in ctx.cues
        if sentence_start <= c.start
        and near <= c.end <= noun.start()
        # (not the body named with a numbered session: "المؤتمر الإقليمي الإفريقي التاسع والعشرين للإنتربول سنة
        # 2027، على أن يُنظر في الترشح خلال المؤتمر الإقليمي المقبل" is the next of the conference's)
        and not any(0 <= c.start - r.end <= _NAMED_WITH for r in fitting)
    ]
    if not before:
        return False
    named = max(before[-1].targets, key=lambda t: t.weight).series  # the body's own series first
    return not any(r.candidate is None and r.series == named for r in fitting)


# A body's head word, then its possessive right before the meeting noun (folded): "the Council at its next
# session", "au Conseil lors de sa prochaine session".
_HEAD_THEN_ITS = re.compile(
    r"\b(?P<head>council|conseil|committee|comite|commission|organi[sz]ation|union)\b[^.;:!?]{0,12}?"
    r"\b(?:its|sa|son)\s(?:(?:next|upcoming|forthcoming|previous|last|prochaine?|precedente?|derniere?)\s)?$"
)


def _possessor_unfit(ctx: Context, noun: re.Match[str], kind: str, fitting: list[Resolved]) -> bool:
    """Whether a body's head word and its possessive stand right before the noun ("the Council at its next
    session") and none of the series the article numbers is that body's: a council's session is no
    conference's (the article reports on a conference the council holds). Candidate series are left be."""
    sentence_start = ctx.doc.sentence(noun.start())[0]
    said = _HEAD_THEN_ITS.search(ctx.doc.folded, max(sentence_start, noun.start() - 40), noun.start())
    if said is None:
        return False
    head = HEADS[said.group("head")]
    return not any(r.candidate is not None or ctx.catalogue.series[r.series].compat({kind, head}) for r in fitting)


def _named_before(ctx: Context, noun: re.Match[str], kind: str, fitting: list[Resolved]) -> list[Resolved]:
    """Of the sessions of several series, those of the body the sentence names before the noun, its
    subject ("The council will hold its next session in Tunis", "وقرر المجلس عقد دورته المقبلة")."""
    heads = [
        HEADS[h.group("lat") or h.group("ar")]
        for h in HEAD_RE.finditer(ctx.doc.folded, ctx.doc.sentence(noun.start())[0], noun.start())
    ]
    # (a meeting's noun names no body: "جدول أعمال الاجتماع يتضمن … قرارات الاجتماع السابق", the agenda of
    # this meeting and the previous one)
    heads = [h for h in heads if h not in MEETING_HEADS]
    if not heads:
        return fitting
    head = heads[-1]
    return [
        r
        for r in fitting
        if (
            r.candidate.kind == head if r.candidate is not None else ctx.catalogue.series[r.series].compat({kind, head})
        )
    ]


def _numbered_in_its_sentence(ctx: Context, noun: re.Match[str], fitting: list[Resolved]) -> list[Resolved]:
    """Of the sessions of several series, those numbered before the noun in its own sentence, when they are
    of one series ("at the 27th X in Dakar, where Kenya won the right to host the next edition"), else all."""
    sentence_start = ctx.doc.sentence(noun.start())[0]
    here = [r for r in fitting if sentence_start <= r.start < noun.start()]
    return here if len({r.group[0] for r in here}) == 1 else fitting


_OUTLET_WORDS = 5  # an outlet's name heading the text (archive.extraction.extractor.article_text), at most


def _of_the_lead(ctx: Context, fitting: list[Resolved]) -> list[Resolved]:
    """Of the sessions of several series, those of the series the article's lead numbers (its first two
    sentences, the headline's among them: what it reports on), when the lead numbers one series only ("Les
    travaux de la 7e session de l'Assemblée générale d'Afripol se sont ouverts … le plan d'action adopté lors
    de la précédente session", the INTERPOL conference named further down another's); else all."""
    first = ctx.doc.sentence(0)
    while first[1] < len(ctx.doc.folded) and len(ctx.doc.folded[first[0] : first[1]].split()) <= _OUTLET_WORDS:
        first = ctx.doc.sentence(first[1])  # the outlet's name on its line, before the headline, is no sentence
    lead_end = ctx.doc.sentence(first[1])[1]  # the headline (or first sentence) and the next
    lead = [r for r in fitting if r.start < lead_end]
    return lead if len({r.group[0] for r in lead}) == 1 else fitting


def _fits(ctx: Context, res: Resolved, kind: str, complement) -> bool:
    if res.candidate is not None:
        group = _GROUP.get(kind, kind)
        # an edition is any meeting's; a conference's sittings are sessions or meetings too ("the
        # 7th Conference of X … la prochaine session se tiendra à Y")
        fits = (
            kind == "edition" or group == res.candidate.kind or (group, res.candidate.kind) == ("session", "conference")
        )
        return complement.cue is None and fits and _names_its_heads(res.candidate, complement.heads)
    if complement.cue is not None and res.series != complement.cue.targets[0].series:
        return False  # the series the complement names first (its own name, or its body's main one)
    return ctx.catalogue.series[res.series].compat({kind} | complement.heads) > 0


def _names_its_heads(candidate, heads: set[str]) -> bool:
    """Whether the generic heads of a noun's complement can be a candidate series' body: its kind or a
    word of its name ("la prochaine session du conseil" after "la 12e session ordinaire du conseil de Y").
    "نتائج المؤتمر سترفع إلى الدورة المقبلة للمجلس": the council's next session, not the conference's."""
    return not heads or candidate.kind in heads or _has_head(normalize_name(candidate.label), heads)
