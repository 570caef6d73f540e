"""Datelines (text.datelines): where each line's dateline ends, on invented openings."""

from text.datelines import dateline_spans


def test_the_dateline_of_each_line():
    text = (
        "Visite officielle\n"
        "  Rabat, 3 mars 2031 (MAP) – Le ministre a reçu son homologue.\n"
        "Le ministre – qui arrivait de Tunis – a parlé longuement de la coopération entre les deux pays.\n"
        "TUNIS – Une autre dépêche."
    )
    spans = dateline_spans(text)
    assert [text[a:b] for a, b in spans] == ["Rabat, 3 mars 2031 (MAP) – ", "TUNIS – "]
