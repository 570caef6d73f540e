"""Datelines (text.datelines): where each line's dateline ends, on invented openings."""

import random

from text.datelines import dateline_end, dateline_spans


def test_the_dateline_of_each_line():
    text = (
        "Visite officielle\n"
        "  Rabat, 3 mars 2031 (MAP) – Le ministre a reçu son homologue.\n"
        "Le ministre – qui arrivait de Tunis – a parlé longuement de la coopération entre les deux pays.\n"
        "TUNIS – Une autre dépêche."
    )
    spans = dateline_spans(text)
    assert [text[a:b] for a, b in spans] == ["Rabat, 3 mars 2031 (MAP) – ", "TUNIS – "]


def test_only_lines_with_a_dash_or_a_bar_within_reach_are_read():
    """`dateline_spans` reads the lines that can have a separator: the same spans as reading each line."""

    def every_line(text):
        spans, start = [], 0
        for line in text.split("\n"):
            stripped = len(line) - len(line.lstrip())
            end = dateline_end(line[stripped:])
            if end:
                spans.append((start + stripped, start + stripped + end))
            start += len(line) + 1
        return spans

    rng = random.Random(3)
    pieces = ["TUNIS", " – ", " - ", " | ", "-", "—", "\n", "  ", "Rabat, 3 mars 2031 (MAP)", " ", "x" * 100, "(APS)"]
    pieces += ["Le ministre", "\t", "||", " —— ", "\u2003", "\r\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    assert sum(bool(every_line(text)) for text in texts) > 500
    for text in texts:
        assert dateline_spans(text) == every_line(text), text
