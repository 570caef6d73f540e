"""Ministerial portfolios in French, English and Arabic: one table for every reader of them.

A portfolio names no body (the corpus conventions: "ministre de l'Intérieur" creates no organization),
but three readings need to know them: the organizations' discovery names a ministry written with its
nationality in English ("ministère bahreïni des Affaires étrangères" → Ministry of Foreign Affairs
(Bahrain)) and leaves out a portfolio before a minister's title ("Interior Minister X"); the events'
detection keys a group's meetings by the ministers they gather ("Conference of Interior Ministers of
the 5+5 Dialogue"). Plain Python; every phrase is folded (text.normalize)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text.normalize import normalize_name


@dataclass(frozen=True)
class Portfolio:
    ministry: str  # "Ministry of …" in English
    ministers: str  # "… Ministers" in English: the key of their meetings' series
    french: tuple[str, ...] = ()  # folded, as after "ministère de/des/du …"
    english: tuple[str, ...] = ()  # folded phrases a sentence names it with
    arabic: tuple[str, ...] = ()  # folded stems (clitics attach: "وزراء داخلية", "الداخلية")
    before_minister: tuple[str, ...] = ()  # words standing for it before "Minister" ("Home Minister")

    @property
    def meeting_words(self) -> re.Pattern[str]:
        """The phrases that say a meeting's ministers hold this portfolio, in a folded sentence."""
        latin = [rf"\b{re.escape(p)}\b" for p in (*self.french, *self.english)]
        return re.compile("|".join([*latin, *map(re.escape, self.arabic)]))


PORTFOLIOS = (
    Portfolio(
        "Interior",
        "Interior",
        french=("interieur",),
        english=("interior", "home affairs"),
        arabic=("داخليه",),
        before_minister=("Interior", "Home", "Internal"),
    ),
    Portfolio(
        "Defence",
        "Defence",
        french=("defense",),
        english=("defence", "defense"),
        arabic=("دفاع",),
        before_minister=("Defence", "Defense"),
    ),
    Portfolio(
        "Foreign Affairs",
        "Foreign",
        french=("affaires etrangeres",),
        english=("foreign",),
        arabic=("خارجيه",),
        before_minister=("Foreign",),
    ),
    Portfolio("National Defence", "National Defence", french=("defense nationale",)),
    Portfolio("Justice", "Justice", french=("justice",), before_minister=("Justice",)),
    Portfolio("Armed Forces", "Armed Forces", french=("forces armees",)),
)

# The portfolios a group's ministers meet by (the first the sentence names, in this order).
MEETING_PORTFOLIOS = tuple((p.ministers, p.meeting_words) for p in PORTFOLIOS if p.english)

_MINISTRY_BY_FRENCH = {normalize_name(f): p.ministry for p in PORTFOLIOS for f in p.french}
WORDS_BEFORE_MINISTER = frozenset(normalize_name(w) for p in PORTFOLIOS for w in p.before_minister)


def ministry_in_english(french_portfolio: str) -> str | None:
    """The English portfolio of a ministry's French one ("Affaires étrangères" → "Foreign Affairs")."""
    return _MINISTRY_BY_FRENCH.get(normalize_name(french_portfolio))
