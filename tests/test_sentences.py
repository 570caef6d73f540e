"""The one sentence splitter (text.sentences), on invented sentences."""

import pytest

from text.sentences import Sentences, first_sentence, sentence_ends


def _sentences(text: str) -> list[str]:
    starts = Sentences(text).starts()
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Le directeur général, M. Karim Tazi, a reçu le président d'Interpol à Rabat.",
        "Mr. Dana Holt met Dr. Omar Salih in St. Petersburg on Monday.",
        "S.M. le Roi a adressé un message aux participants de la conférence.",
        "Le colonel A. B. Nassiri a présidé la séance du 9 déc. 2024 au siège.",
        "The envoy cited art. 5 and No. 12 of the charter before the vote.",
        "Ils étaient env. trois cents délégués, etc. et des observateurs.",
    ],
)
def test_no_cut_after_an_abbreviation_an_initial_or_a_lower_case_continuation(text):
    assert _sentences(text) == [text]


def test_sentences_end_at_stops_questions_and_line_breaks():
    text = "La séance est ouverte. Qui préside ? Le doyen!\nهل انتهت الجلسة؟ نعم.\nFin"
    assert _sentences(text) == [
        "La séance est ouverte.",
        "Qui préside ?",
        "Le doyen!",
        "هل انتهت الجلسة؟",
        "نعم.",
        "Fin",
    ]


def test_a_stop_inside_a_word_or_number_is_no_end():
    assert sentence_ends("Le budget passe à 3.5 millions sur www.exemple.ma cette année.") == (62,)


def test_the_sentence_of_a_span_and_of_a_span_across_sentences():
    text = "Premier point. Le ministre, M. Karim Tazi, a parlé. Dernier point."
    sentences = Sentences(text)
    at = text.index("Tazi")
    assert sentences.sentence(at) == "Le ministre, M. Karim Tazi, a parlé."
    assert sentences.spanning(at, text.index("Dernier") + 3) == "Le ministre, M. Karim Tazi, a parlé. Dernier point."


def test_first_sentence():
    assert first_sentence("Le général M. Tazi arrive. Puis il repart.") == "Le général M. Tazi arrive."
    assert first_sentence("Une seule phrase sans point") == "Une seule phrase sans point"
