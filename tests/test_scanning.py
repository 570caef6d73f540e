"""Fast paths of extraction give exactly what the plain code gives.

Extraction tries its patterns only where they can match (text.scanning: Anchored, matches_at), folds each
article once (text.normalize.folded_text) and looks sentences up by bisection. Each of these
shortcuts is compared here with the plain computation it replaces, on the sample corpus and on
random texts built from the words the patterns are about (ordinals, meeting nouns, clitics,
dates, capitals, punctuation and odd spacing).
"""

import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.detection import SeriesCatalogue, document, meeting_dates, meeting_words, ordinals
from people.discovery import KnownNames, discover_persons, resolve_mentions
from people.discovery import arabic as discovery_arabic
from people.discovery import latin as discovery_latin
from people.discovery import orgs as discovery_orgs
from people.discovery import roles as discovery_roles
from people.knowledge_base import knowledge_base_rules, read_knowledge_base
from people.lexicon import akey
from text import dates as textdates
from text import matching
from text import scanning as discovery_text
from text.credits import credited_after
from text.digits import DIGITS, normalize_digits
from text.matching import NameIndex
from text.normalize import fold_char, folded_text, normalize_name, normalize_with_offsets
from text.places import CITY_INDEX
from text.scanning import SpanIndex, overlaps

SAMPLES = Path(__file__).resolve().parent / "sample_corpus"

_WORDS = (
    "la le l' de du des et and the of en in de à au sa son its 47e 47 e 92nd 1er 1ère 3 eme 93ème 21st 2 "
    "premier premiere second seconde troisieme vingt et unieme quatre vingt treizieme forty seventh first third "
    "twelfth hundredth un une deux cent one twenty ninety sept session sessions assemblée Assemblée générale "
    "assemblees generales general assembly conférence congrès congress réunion rencontre meeting forum "
    "rendez-vous conclave sommet summit édition editions Conseil Interpol M. Mme Dr. S.M. A. MM. Abdellatif "
    "Hammouchi INTERPOL DGSN UN ISA Mgr. l'Intérieur lundi mardi Monday jeudi novembre 2024 2025 1999 19 20 "
    "سنه سنة عام 2023م الدورة الدوره دورة ودورة بالدورة وللدورة فالدورة الدورتين دورتها المؤتمر موتمر "
    "للمؤتمر الاجتماع اجتماع ملتقى منتدى القمة قمة قمتها النسخة نسخة الجمعية العامة الجمعيه العامه "
    "الثالثة والتسعين الـ93 ال93 رقم 12 الحادي عشر الخميس الأحد الإثنين فاتح ٩٣ ۱۲ إِنْ ءا ß œ"
)
_PHRASES = [
    "en 2025",
    "in 1999",
    "سنه 2024",
    "عام 2023م",
    "du 4 au 7 novembre 2024",
    "lundi 3 mars",
    "12/05/2023",
    "2023-11-28",
    "November 6, 2024",
    "فاتح دجنبر 2023",
    "الخميس 7 نونبر",
    "Sept. 2019",
    "ministère de l'Intérieur",
    "Ministère marocain des Affaires étrangères",
    "police nationale française",
    "Gendarmerie royale marocaine",
    "garde civile espagnole",
    "Office fédéral de police criminelle",
    "Direction générale de la Sûreté nationale",
    "Court of Cassation",
    "Public Prosecution Office",
    "Haut-Commissariat",
    "الشرطة الوطنية الفرنسية",
    "للشرطة الملكية",
    "بوزارة الداخلية بالمملكة المغربية",
    "ووزارة العدل",
    "شرطة دبي",
    "Ali Alia",
    "Ben Ali",
    "Hammouchi",
    "M. Laftit",
    "𝐈𝐍𝐓𝐄𝐑𝐏𝐎𝐋 😀",
    "ﬁnal ½ …",
    "ſept. 2019",
    "ﬆ Jᴀn 3",
    "KI 4 İyun",
]
_VOCABULARY = _WORDS.split() + _PHRASES
_GLUE = [" ", " ", " ", "", "\n", "  ", " \n ", "\t", "\u00a0", "-", "'", ", ", ". ", "! ", "؟ ", " (", ") ", "é"]


def _random_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 40)):
            word = rng.choice(_VOCABULARY)
            if rng.random() < 0.15:
                word = word.upper() if rng.random() < 0.5 else word.capitalize()
            parts.append(word + rng.choice(_GLUE))
        texts.append("".join(parts))
    return texts


def _corpus() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.glob("*.txt"))]


TEXTS = _random_texts(600) + _corpus()
FOLDED = [folded_text(t).folded for t in TEXTS]


def _same(fast, slow) -> None:
    assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in slow]


@pytest.mark.parametrize(
    "anchored",
    [
        meeting_words.LATIN_NOUNS,
        meeting_words.AR_NUMBERED_REFERENCES,
        meeting_words.AR_BARE_NOUNS,
        meeting_dates._WEEKDAY_ONLY,
        meeting_dates._YEAR_ONLY,
        meeting_words.YEARS,
    ],
    ids=["latin nouns", "arabic numbered", "arabic nouns", "weekdays", "years after en/in", "years"],
)
def test_anchored_patterns_match_as_finditer(anchored) -> None:
    for text in FOLDED + TEXTS:
        _same(anchored.finditer(text), anchored.pattern.finditer(text))


def test_venues_are_searched_where_their_first_words_stand() -> None:
    from text import venues

    words = [
        "centre",
        "center",
        "palais",
        "palace",
        "hall",
        "parc",
        "conference",
        "conferences",
        "convention",
        "conventions",
        "exhibition",
        "congress",
        "congres",
        "exposition",
        "international",
        "internacional",
        "de",
        "des",
        "of",
        "and",
        "&",
        "xcentre",
        "centrex",
        "hallconvention",
        "مركز",
        "قصر",
        "الدولي",
        "للموتمرات",
        "المعارض",
        "لمعارض",
    ]
    rng = random.Random(11)
    texts = [
        "".join(rng.choice(words) + rng.choice([" ", " ", "", "-", "\n", ". "]) for _ in range(rng.randint(1, 30)))
        for _ in range(2000)
    ]
    texts += ["the hong kong convention and exhibition centre", "au palais des congres de", "قصر المؤتمرات"]
    assert sum(len(list(venues.VENUE_RE.finditer(text))) for text in texts) > 100
    for text in texts + FOLDED:
        _same(venues._VENUES.finditer(text), venues.VENUE_RE.finditer(text))


def test_arabic_services_are_searched_where_their_head_nouns_stand() -> None:
    from people.discovery import services

    words = ["إدارة", "ادارة", "مديرية", "جهاز", "مصلحة"]
    words += [
        clitic + head for clitic in ("و", "ف", "ب", "ال", "لل", "وال", "بال", "فلل", "وبال") for head in words[:5]
    ]
    words += [ar for _, _, ar in services.SERVICES] + ["العامة", "العام", "الأمن", "x", "1", "ِ", "كإدارة"]
    rng = random.Random(13)
    glue = [" ", " ", "", "\n", "، ", "-"]
    texts = ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 30))) for _ in range(2000)]
    assert sum(len(list(services._ARABIC.finditer(text))) for text in texts) > 100
    for text in texts + TEXTS:
        _same(services._ARABIC_AT_HEADS.finditer(text), services._ARABIC.finditer(text))


def test_wire_signoffs_are_searched_only_in_lines_writing_a_zone() -> None:
    words = ["BNA", "1530", "GMT", "gmt", "Gmt", "UTC", "utc", "جمت", "ت غ", "تغ", "ت\u00a0غ", "بنا", "/", "(MAP)"]
    words += ["wam", "0930", "2359", "12/11/2025", "İ", "ı", "ſ", "K", "x"]
    rng = random.Random(17)
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    assert sum(textdates._WIRE_SIGNOFF_RE.search(line) is not None for line in lines) > 100
    for line in [*lines, *TEXTS]:
        plain, fast = textdates._WIRE_SIGNOFF_RE.search(line), textdates._wire_signoff(line)
        assert (plain and plain.span()) == (fast and fast.span())


def _texts_of(words: list[str], seed: int, count: int = 2000) -> list[str]:
    rng = random.Random(seed)
    glue = [" ", " ", "", "-", "\n", ". ", "'s ", "’"]
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def test_joint_heads_are_searched_where_their_words_stand() -> None:
    from events.detection import candidates

    words = "comite commission commissions committee group groupe groups xgroup لجنه اللجنه مجموعه للمجموعه mixte"
    texts = _texts_of(words.split(), 19)
    assert sum(len(list(candidates._JOINT_HEAD_NEAR.finditer(text))) for text in texts) > 100
    for text in texts + FOLDED:
        _same(candidates._JOINT_HEADS_WRITTEN.finditer(text), candidates._JOINT_HEAD_NEAR.finditer(text))


def test_interpol_bureaus_are_searched_where_their_words_stand() -> None:
    from people.discovery import bureaus

    phrases = ["Bureau central national d'", "bureau régional d’ ", "Bureau regional d'OIPC-", "xBureau central"]
    phrases += ["Interpol", "INTERPOL", "INTERPOL’s", "National Central", "Regional", "Bureau", "Bureau of", "Nairobi"]
    phrases += ["المكتب المركزي الوطني", "مكتب الإقليمي", "للإنتربول", "لمنظمة الإنتربول", "المكتب"]
    texts = _texts_of(phrases, 23)
    assert sum(len(list(bureaus._BUREAU.finditer(text))) for text in texts) > 100
    for text in texts + TEXTS:
        _same(bureaus._BUREAUS.finditer(text), bureaus._BUREAU.finditer(text))


def test_future_is_searched_where_its_openings_stand() -> None:
    odd = ["elle se tiendra, se tiendrait; aura lieu xwill will. next-week nextweek upcoming prochaines prochain"]
    odd += [folded_text("ستعقد الدورة المقبلة وسيعقد القادمه، القادم to be held shall accueillera l'abritera").folded]
    for text in [*FOLDED, *TEXTS, *odd]:
        _same(meeting_dates._FUTURES.finditer(text), meeting_dates._FUTURE.finditer(text))


def test_latin_ordinals_match_as_finditer() -> None:
    assert all(any(part in word for part in ordinals._ORDINAL_WORD_PARTS) for word in ordinals._LATIN_ORDINAL_WORDS)
    odd = ["vingt et un premier deux troisieme", "un un une quatre vingt dixieme, cent unieme", "1234e 12 e 5e6e 1 2nd"]
    odd += ["le १२e congres, 47e session", "123456789e 0001er"]
    for text in [*FOLDED, *odd]:
        _same(ordinals.latin_ordinals(text), ordinals.LATIN_ORDINAL.finditer(text))


def test_roman_ordinals_match_as_with_a_word_boundary() -> None:
    plain = re.compile(r"\b(?P<roman>[ivxlc]{1,7})(?:\s?i?emes?|e|th)\b")
    odd = ["xiie xiieme xii eme, vi e lice police iemes vi iemes", "c le l xe xxe", "ivxlcivxlce 3xe _xe éxe xe"]
    assert sum(len(list(plain.finditer(text))) for text in FOLDED) > 10
    for text in [*FOLDED, *TEXTS, *odd]:
        _same(ordinals.ROMAN_ORDINAL.finditer(text), plain.finditer(text))


def test_latin_runs_match_as_finditer() -> None:
    for text in TEXTS:
        capitals = discovery_text.capitals(text)
        _same(discovery_text.matches_at(discovery_latin._RUN, text, capitals), discovery_latin._RUN.finditer(text))


@pytest.mark.parametrize(
    "anchored",
    [discovery_orgs._MINISTRY, discovery_orgs._NATIONAL_POLICE, discovery_orgs._AR_POLICE, discovery_orgs._AR_MINISTRY],
    ids=["ministry", "national police", "arabic police", "arabic ministry"],
)
def test_anchored_organization_patterns_match_as_finditer(anchored) -> None:
    assert sum(len(list(anchored.pattern.finditer(text))) for text in TEXTS) > 10
    for text in TEXTS:
        _same(anchored.finditer(text), anchored.pattern.finditer(text))


@pytest.mark.parametrize("pattern", [discovery_orgs._HEAD_RE, discovery_orgs._TITLE_RUN], ids=["heads", "title runs"])
def test_capitalised_organization_patterns_match_as_finditer(pattern) -> None:
    assert all(word[0] in discovery_text.UPPER for word in discovery_orgs._HEAD_WORDS)
    assert all(c in discovery_text.UPPER for c in map(chr, range(0x100)) if re.fullmatch(discovery_orgs._CAP[:11], c))
    for text in TEXTS:
        _same(discovery_text.matches_at(pattern, text, discovery_text.capitals(text)), pattern.finditer(text))


@pytest.mark.parametrize(
    "found", [discovery_orgs._HEADS_FOUND, discovery_orgs._TITLE_RUNS], ids=["heads", "title runs"]
)
def test_patterns_searched_without_their_look_behind_match_as_finditer(found) -> None:
    odd = ["xOffice Office-x Office Cour-Cour de Cassation", "_Bureau -Bureau é Bureau AgenceAgence Agence"]
    odd += ["McDonald Council of the Haut-Commissariat", "l'Union africaine, UnionX Union"]
    assert sum(len(list(found.pattern.finditer(text))) for text in TEXTS) > 10
    for text in [*TEXTS, *odd]:
        _same(found.finditer(text), found.pattern.finditer(text))


def test_look_behind_must_open_the_pattern() -> None:
    with pytest.raises(ValueError):
        discovery_text.LookBehind(re.compile(r"a(?<!b)"), r"(?<!b)")


def test_date_anchors_and_openings() -> None:
    plain_anchor = re.compile(r"\d{1,4}|فاتح")
    plain_date = re.compile(textdates._date_pattern(guard=False), re.IGNORECASE | re.VERBOSE)
    openings = sorted({textdates._opening(n) for n in textdates._OPENING_NAMES})
    plain_opening = re.compile(r"\d|(?:ال)?فاتح|" + "|".join(openings), re.IGNORECASE)
    for text in TEXTS:
        assert normalize_digits(text) == text.translate(DIGITS)
        _same(textdates._ANCHOR_RE.finditer(text), plain_anchor.finditer(text))
        source, anchors = textdates._source_and_anchors(text)
        assert source == textdates.normalize_digits(text)
        assert anchors == [m.start() for m in plain_anchor.finditer(source)]
        for start in range(len(text)):
            fast, slow = textdates._DATE_RE.match(text, start), plain_date.match(text, start)
            assert (fast and (fast.span(), fast.groupdict())) == (slow and (slow.span(), slow.groupdict()))
            if slow is not None:
                assert textdates._DATE_OPENING_RE.match(text, start), text[start : start + 20]
            assert bool(textdates._DATE_OPENING_RE.match(text, start)) == bool(plain_opening.match(text, start))


def test_last_word_starts_before_a_date_anchor() -> None:
    word_start = re.compile(r"(?:^|(?<=[\s,،]))[^\s,،]")
    odd = ["a,b،c  d\u00a0e\u2003f\x1cg\x85h", " ,، ", "x", ""]
    for text in [*TEXTS, *odd]:
        for end in range(0, len(text) + 1, 3):
            for start in (max(0, end - 40), max(0, end - 7)):
                expected = [m.start() + start for m in word_start.finditer(text[start:end])][-3:]
                assert textdates._last_word_starts(text, start, end) == expected


def test_folded_text_is_normalize_with_offsets_single_spaced() -> None:
    for text in TEXTS:
        folded, offsets = normalize_with_offsets(text)
        assert folded == "".join(map(fold_char, text))
        assert offsets == [i for i, c in enumerate(text) for _ in fold_char(c)]
        keep = [i for i in range(len(folded)) if not (folded[i] == " " and i and folded[i - 1] == " ")]
        folding = folded_text(text)
        assert folding.folded == "".join(folded[i] for i in keep)
        assert folding.offsets == [offsets[i] for i in keep] + [len(text)]
        assert " ".join(folding.folded.split()) == normalize_name(text)
        assert document.Document.of(text).has_arabic == bool(re.search("[\u0621-\u064a]", folding.folded))


def test_name_candidates_as_walking_back_to_the_word_start() -> None:
    def plain(index, folded):
        size = len(folded)
        for last, info in index._automaton.iter(folded):
            end = last + 1
            if end < size and folded[end].isalnum():
                continue
            start = end - info.length
            word_start = start
            while word_start > 0 and folded[word_start - 1].isalnum():
                word_start -= 1
            if word_start < start and folded[word_start:start] not in info.prefixes:
                continue
            yield word_start, end - word_start, info

    index = matching.NameIndex.build(
        matching.NameEntry("organization", i, name)
        for i, name in enumerate(["UN", "Interpol", "الجمعية العامة", "الدورة", "مؤتمر", "session", "DGSN"])
    )
    for text in FOLDED:
        assert list(index._candidates(text)) == list(plain(index, text))


def test_shouting_lines() -> None:
    def plain(line):
        words = ["".join(ch for ch in word if ch.isalpha()) for word in line.split()]
        long_words = [word for word in words if len(word) >= 4]
        if len(long_words) < 2:
            return False
        return sum(1 for word in long_words if word.isupper()) / len(long_words) >= 0.8

    for text in TEXTS:
        for line in text.split("\n"):
            assert matching._is_shouting(line) == plain(line)


def test_repeated_surnames_as_a_compiled_alternation() -> None:
    rng = random.Random(3)
    names = ["Ali", "Alia", "Ben Ali", "Hammouchi", "Hamouchi", "Laftit", "al-Raisi", "O'Neil", "Interpol"]
    for text in [*TEXTS, "Ali Alia-Ali Ben Ali, l'Ali Alia O'Neil Hammouchi’s Laftit_ al-Raisi"]:
        words = sorted(set(rng.sample(names, rng.randint(1, 4))), key=len, reverse=True)
        pattern = re.compile(r"(?<![\w\-'’])(" + "|".join(map(re.escape, words)) + r")(?![\w\-])")
        assert list(discovery_latin._whole_words(text, words)) == [m.span() for m in pattern.finditer(text)]


def test_arabic_tokens() -> None:
    letters = discovery_arabic._AR_LETTERS  # Arabic words joined by a hyphen are one token: "ماركيتي-فوغل"
    plain = re.compile(rf"\n|[{letters}]+(?:-[{letters}]+)+|(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+|\d+|[^\w\s]")
    for text in TEXTS:
        tokens = [(t.text, t.start, t.end, t.key, t.boundary) for t in discovery_arabic._tokens(text)]
        expected = [
            (m.group(), m.start(), m.end(), akey(m.group()), not (m.group()[0].isalnum() or m.group()[0] == "_"))
            for m in plain.finditer(text)
        ]
        assert tokens == expected


def test_indexes_scanned_together_find_their_own_candidates() -> None:
    records = read_knowledge_base()
    organizations = NameIndex.build(knowledge_base_rules().name_entries(records, key=lambda record: record.name))
    catalogue = SeriesCatalogue.from_json()
    own = [organizations, catalogue.name_index, CITY_INDEX]
    expected = [[list(index._candidates(text)) for index in own] for text in FOLDED]
    found = [[index.find(text) for index in own] for text in TEXTS]
    try:
        matching.scan_together(*own)
        for text, candidates in zip(FOLDED, expected, strict=True):
            assert [list(index._shared[0].candidates(text)[index._shared[1]]) for index in own] == candidates
        assert [[index.find(text) for index in own] for text in TEXTS] == found
    finally:
        for index in own:
            index._shared = None


def test_role_boundaries() -> None:
    plain = re.compile(r"[.;:!?](?=\s|$)|\n| [–—-] ")
    plain_arabic = re.compile(r"[.،؛:!؟?()\"«»\n]| [–—-] ")
    for text in [*TEXTS, "a - b – c —d . e.f ;\n", "الرباط - ومع – «الدورة»"]:
        _same(discovery_roles._BOUNDARY.finditer(text), plain.finditer(text))
        _same(discovery_roles._AR_BOUNDARY.finditer(text), plain_arabic.finditer(text))


def test_bylines() -> None:
    credited = ["Photo | Par ", "x | By: ", "Texte : ", "| PAR", "a|b|By ", "Edited by Ana Ruiz/", "Rédaction – "]
    assert all(credited_after(line) for line in credited)
    assert not any(credited_after(line) for line in ["Par Nadia Berrada", "Parmi les ", "Le texte, par "])
    for text in TEXTS:
        for line in text.split("\n"):
            credited_after(line[:80])  # any line's head is read without error


def test_digit_runs() -> None:
    for text in [*TEXTS, "a 12, 3456789 b7 ²³ ½", "१२३ 45"]:
        runs = discovery_text.digit_runs(text)
        if runs is None:
            assert any(ord(c) > 0xFF for c in text)
        else:
            assert runs == [m.span() for m in re.finditer(r"\d+", text)]


def test_known_names_built_once_resolve_as_a_list() -> None:
    known = ["Ahmed Lamrani", "Nadia Fassi", "Abdellatif Hammouchi", "عبد اللطيف الحموشي", "Hammouchi"]
    index = KnownNames(known)
    for text in _corpus():
        for language in ("fr", "ar", "en"):
            mentions = discover_persons(text, language)
            assert resolve_mentions(mentions, known_names=index) == resolve_mentions(mentions, known_names=known)


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)


@given(spans=_SPANS, added=_SPANS, query=st.tuples(st.integers(0, 80), st.integers(0, 12)))
def test_span_index_answers_as_reading_every_span(spans, added, query) -> None:
    """SpanIndex gives what the linear `overlaps` and `max` over every span give, spans added
    later included (each only when it overlaps none held, as the finders add)."""
    index, held = SpanIndex(spans), list(spans)
    for start, end in added:
        if start < end and not overlaps(start, end, held):
            index.add(start, end)
            held.append((start, end))
    start, end = query[0], query[0] + query[1]
    hits = [e for s, e in held if s < end and start < e]
    assert index.overlaps(start, end) == overlaps(start, end, held) == bool(hits)
    assert index.furthest_end(start, end) == (max(hits) if hits else None)
    assert index.contains(start) == any(s <= start < e for s, e in held)


def test_case_exotic_characters_are_the_only_ones_lower_does_not_make_their_letter() -> None:
    """Every character a case-insensitive pattern reads as an ASCII letter lowers to that letter,
    but for CASE_EXOTIC: what `may_hold` rests on (every code point is read)."""
    letter = re.compile("(?i)[a-z]")
    odd = {
        chr(code)
        for code in range(0x110000)
        if letter.fullmatch(chr(code)) and not (len(chr(code).lower()) == 1 and "a" <= chr(code).lower() <= "z")
    }
    assert odd == set(discovery_text.CASE_EXOTIC)


_CASE_WORDS = ["Newsletter", "COOKIES", "ſubscribe", "İnbox", "ınbox", "coo\u212aie", "Staff", "STAFF", "sta", "x", "é"]


@given(st.lists(st.sampled_from([*_CASE_WORDS, " ", "-", "بريدك", "Sign Up"]), max_size=8))
def test_may_hold_is_false_only_where_the_pattern_finds_nothing(words) -> None:
    """`may_hold` before a case-insensitive search (the clean stage's tail words, outlets' staff
    credits): where it says no, the pattern finds nothing."""
    from archive.importer import cleaning
    from text import outlets

    text = "".join(words)
    if not discovery_text.may_hold(text, cleaning._TAIL_WORD_NEEDLES):
        assert cleaning._TAIL_WORDS_RE.search(text) is None
    if not discovery_text.may_hold(text, outlets._STAFF_WORDS):
        assert outlets._STAFF.search(text) is None
