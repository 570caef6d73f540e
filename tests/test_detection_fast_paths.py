"""Patterns of detection and cleaning rewritten to run faster give exactly what their plain form gives,
on the sample corpus and on random texts built from the characters and words they are about."""

import random
import re

from archive.importer import cleaning
from events.detection import candidates, neighbours
from tests.test_scanning import FOLDED, TEXTS, _same


def _texts(alphabet: list[str], seed: int, count: int = 3000, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_acronym_and_roman_number_match_as_with_a_word_boundary() -> None:
    plain = re.compile(r"\b([A-Z]{3,8})\s([IVXLC]{1,7})\b")
    texts = _texts([*"ABCIVXLMS ( )éÉ1_-\nax", "MISPA", " IX", "(MISPA X)"], 29)
    assert sum(len(list(plain.finditer(text))) for text in texts) > 100
    for text in [*texts, *TEXTS]:
        assert [(m.span(), m.groups()) for m in candidates._ACRONYM_ROMAN.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
        for start in range(0, len(text), 7):
            fast, slow = (
                candidates._ACRONYM_ROMAN.search(text, start, start + 12),
                plain.search(text, start, start + 12),
            )
            assert (fast and fast.span()) == (slow and slow.span())


def test_elided_sessions_are_searched_where_their_words_stand() -> None:
    words = ["la ", "le ", "the ", "xla ", "prochaine", "suivante", "precedente", "next one", "previous one"]
    words += ["last one", " se tiendra", " aura lieu", ", tenue", " held", " will be held", "s", ",", " "]
    texts = _texts(words, 31)
    assert sum(len(list(neighbours._ELIDED.finditer(text))) for text in texts) > 50
    for text in [*texts, *FOLDED]:
        _same(neighbours._ELIDED_WRITTEN.finditer(text), neighbours._ELIDED.finditer(text))


def test_joint_heads_are_searched_in_a_window_only_where_their_words_stand() -> None:
    words = ["comite", "commission", "committee", "group", "groupe", "xgroup", "mixte", "session", "لجنه", "مجموعه"]
    texts = _texts([*words, " ", " ", "-", ", "], 37)
    plain = candidates._JOINT_HEAD_NEAR
    for text in [*texts, *FOLDED]:
        for noun in re.finditer(r"session", text):
            slow = plain.search(text, noun.end(), noun.end() + candidates._JOINT_WINDOW) is not None
            assert candidates.joint_head_after(text, noun) == slow


def test_items_are_split_as_by_the_plain_pattern() -> None:
    plain = re.compile(rf"\s*\|\s*|\s+[{cleaning._ITEM_MARKS}]\s+|[\s\u00a0]{{2,}}")
    texts = _texts([*"ab |\t\u00a0\n»/•x", " | ", "  ", " » "], 41)
    for text in [*texts, *TEXTS, *(line for whole in TEXTS for line in whole.splitlines())]:
        assert cleaning._ITEM_SPLIT_RE.split(text) == plain.split(text)


def test_a_possessive_link_needs_a_possessive_before_the_reference() -> None:
    from events.detection import meeting_words, series_choice

    words = ["sa", "son", "ses", "its", "their", "dans", "lors de", "at", "in", " ", "  ", "\u00a0", "\n", ",", "x"]
    texts = _texts(words, 43, count=5000, longest=8)
    linked = 0
    for text in texts:
        for end in range(len(text) + 1):
            if any(meeting_words.POSSESSIVE_LINK.fullmatch(text, start, end) for start in range(end + 1)):
                linked += 1
                assert series_choice._ends_on_possessive(text, end)
    assert linked > 300


def test_a_city_naming_a_body_is_looked_for_only_after_its_possible_endings() -> None:
    from text import places

    words = ["Processus", "Club", "Convention", "Déclaration", "Accords", "pacte", "Statut", "Initiative"]
    words += ["Organisation de coopération", "de", "d'", "d’", " ", "  ", "\u00a0", "\n", "x", "é", "ب"]
    words += ["منظمة", "والمنظمة", "اتفاقية", "للاتفاقية", "إعلان", "مسار", "عملية", "ميثاق", "بروتوكول"]
    texts = _texts(words, 47, count=30000, longest=7)
    named = [text for text in texts if places._NAMING_BEFORE.search(text)]
    assert len(named) > 150
    assert all(places._may_name_before(text) for text in named)
