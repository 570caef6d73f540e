"""The one table of ministerial portfolios (text.portfolios) and its three readers."""

import pytest

from text.normalize import normalize_name
from text.portfolios import MEETING_PORTFOLIOS, WORDS_BEFORE_MINISTER, ministry_in_english


@pytest.mark.parametrize(
    "french, english",
    [("Affaires étrangères", "Foreign Affairs"), ("Intérieur", "Interior"), ("Défense nationale", "National Defence")],
)
def test_a_french_portfolio_has_its_ministry_in_english(french, english):
    assert ministry_in_english(french) == english


def test_an_unknown_portfolio_has_no_english_name():
    assert ministry_in_english("Pêche maritime") is None


@pytest.mark.parametrize(
    "sentence, ministers",
    [
        ("les ministres de l'Interieur du Dialogue 5+5", "Interior"),
        ("the 5+5 defence ministers met", "Defence"),
        ("مؤتمر وزراء خارجيه مجموعه 5+5", "Foreign"),
        ("the 5+5 group met again", None),
    ],
)
def test_a_meeting_sentence_names_its_ministers_portfolio(sentence, ministers):
    folded = normalize_name(sentence)
    found = next((name for name, words in MEETING_PORTFOLIOS if words.search(folded)), None)
    assert found == ministers


def test_a_word_inside_another_is_no_portfolio():
    assert not any(words.search("foreignness") for _, words in MEETING_PORTFOLIOS)


def test_the_words_before_a_ministers_title():
    assert {"home", "interior", "defense", "foreign"} <= WORDS_BEFORE_MINISTER
    assert "trade" not in WORDS_BEFORE_MINISTER
