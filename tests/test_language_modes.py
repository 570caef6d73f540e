"""Language detection picks lingua's mode by the sample's length: fast trigrams for a paragraph,
the high-accuracy mode for a line (where the low mode errs)."""

import pytest

from text import language

FRENCH = (
    "Les ministres réunis à Rabat ont adopté mardi une feuille de route commune pour la lutte "
    "contre les réseaux de passeurs, après deux jours de travaux à huis clos avec leurs experts."
)
ENGLISH = (
    "The ministers meeting in Lisbon agreed on Tuesday to pool their records of stolen vehicles "
    "and to train border officers together, the conference's closing statement said."
)
SPANISH = (
    "Los jefes de policía de la región firmaron el jueves en Bogotá un acuerdo para compartir "
    "información sobre las redes de tráfico de armas y de personas."
)


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (ENGLISH, "en"), (SPANISH, "es")])
def test_a_paragraph_is_read_in_low_accuracy_mode(monkeypatch, text, code):
    modes = []
    real = language.detector

    def spy(*, low_accuracy=False):
        modes.append(low_accuracy)
        return real(low_accuracy=low_accuracy)

    monkeypatch.setattr(language, "detector", spy)
    assert language.detect_language_scored(text)[0] == code
    assert modes == [True]


def test_a_short_line_keeps_the_high_accuracy_mode(monkeypatch):
    modes = []
    real = language.detector

    def spy(*, low_accuracy=False):
        modes.append(low_accuracy)
        return real(low_accuracy=low_accuracy)

    monkeypatch.setattr(language, "detector", spy)
    assert language.detect_language_scored("Réunion des chefs de police à Dakar")[0] == "fr"
    assert modes == [False]


def test_both_modes_agree_on_paragraphs():
    for text in (FRENCH, ENGLISH, SPANISH):
        low = language.detector(low_accuracy=True).detect_language_of(text)
        high = language.detector().detect_language_of(text)
        assert low == high
