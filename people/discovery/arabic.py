"""Persons in Arabic text, where names carry no capital letters.

Names are found next to what announces them: an honorific or rank before ("السيد", "اللواء", "صاحب السمو
الملكي الأمير"), a nationality noun before ("البرازيلي فالديسي أوركيزا"), a role phrase before and a
boundary after ("وزير الداخلية عبد الوافي لفتيت،"), a comma and a role word after ("محمد مفكر، الوالي
…"), an apposition between commas, a photo credit or a short author line ("ياسين بنعمر – مراكش"), a name
alone on the line under the headline (its author). From
the cue the name is read word by word: 2–5 words, with its particles (بن، آل، أبو، عبد، آيت), ending at
an "ال-" surname, a boundary, a preposition, a verb or a role word. A conjunction glued to a name
("ومحمد الدخيسي") is left out of the surface. When a role phrase precedes, the name starts at the first
common given name of the words before the boundary (or at the last two foreign-looking words, after a
definite phrase, a nationality, a place or a reporting verb: "أكد لورنزو بيلاندي، كاتب الدولة").
Lone surnames ("الحموشي", "وفيليب") are taken in a second pass when they repeat a full name's surname.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, pairwise

from people.discovery.candidates import Candidate, build_mentions, make_mention
from people.discovery.roles import arabic_role_after, arabic_role_before
from people.discovery.types import PersonMention
from people.lexicon import (
    AR_COMPOUND_CLOSERS,
    AR_COMPOUND_OPENERS,
    AR_COURTESY,
    AR_GIVEN_NAMES,
    AR_HONORIFICS,
    AR_MONTHS,
    AR_NATIONALITIES,
    AR_NATIONALITY_PERSON,
    AR_NATIONALITY_SIDES,
    AR_NUMBERS,
    AR_PLACES,
    AR_ROLE_BASE,
    AR_ROLE_POSSESSED,
    AR_ROLE_WORDS,
    AR_ROYAL,
    AR_STOP,
    AR_STOP_BASE,
    AR_STOP_RAW,
    AR_SURFACE_TITLES,
    NASAB,
    STYLES_GIVEN_BEFORE_NASAB,
    akey,
    ar_word_key,
    without_conjunction,
)
from text.credits import ARABIC_CREDIT_LEADS, slash_credit_names
from text.scanning import SpanIndex
from text.sentences import Sentences

# Tokens: a line break, a word (letters and Arabic marks), a number, a punctuation sign. (A word is
# written as runs of letters or of marks, which the regex engine reads a run at a time; a run of
# Arabic letters first, by a class of ranges: `[^\W\d_]` asks the Unicode tables of each letter, and
# is left for the other scripts' letters. The word is the same run of letters and marks either way.)
_AR_LETTERS = "\u0621-\u064a\u064b-\u065f\u0670\u0640\u067e\u0686\u06a4\u06af\u06cc"
_WORD_OR_SIGN = rf"(?:[{_AR_LETTERS}]++|[^\W\d_]++|[\u064b-\u065f\u0670\u0640]++)++|\n|\d++|[^\w\s]"
# A foreign double name is written with a hyphen between Arabic words ("ماركيتي-فوغل"): one token.
# (Possessive: no alternative gives back letters, so none is read again letter by letter when the
# double name's hyphen is not there, as it is not after most words.) A text without a hyphen between
# two Arabic letters holds no double name: it is read without that alternative, which would read each
# word twice.
_TOKEN = re.compile(rf"[{_AR_LETTERS}]++(?:-[{_AR_LETTERS}]++)+|{_WORD_OR_SIGN}")
_PLAIN_TOKEN = re.compile(_WORD_OR_SIGN)
_DOUBLE_NAME = re.compile(rf"[{_AR_LETTERS}]-[{_AR_LETTERS}]")
_ARABIC_WORD = re.compile(rf"^[{_AR_LETTERS}]+(?:-[{_AR_LETTERS}]+)*$")
_CLITIC_ARTICLE = ("بال", "وال", "كال", "لل", "ولل", "وبال")
_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_COMMAS = frozenset({"،", ","})
# "headed by", "led by" before a name (ArabicPersonFinder._agents), and the letters each holds.
_AGENT_WORDS = frozenset(
    conj + akey(w)
    for w in (
        *("برئاسة", "بقيادة", "يترأسه", "يترأسها", "ترأسه", "ترأسها", "يرأسه", "يرأسها", "يقوده", "يقودها"),
        *("يديره", "يديرها", "تديره", "تديرها"),
    )
    for conj in ("", "و")
)
_AGENT_STEMS = ("رئاسة", "قيادة", "رأس", "يقود", "يدير", "تدير")
_RELATIVES = frozenset(akey(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"))
_ONE_RELATIVE = frozenset(akey(w) for w in ("الذي", "التي"))
_QUOTES = {'"': '"', "«": "»", "“": "”"}  # an opening quote and its closing one
# "Among them" before a person's name (stop words too): "من بينهم", "ومنهم", "أبرزهم".
_AMONG = frozenset(akey(w) for w in ("بينهم", "بينهن", "منهم", "ومنهم", "منهن", "أبرزهم", "وأبرزهم"))
_ABD = akey("عبد")
_FROM = akey("من")
_STATE_WORDS = frozenset(akey(w) for w in ("دولة", "جمهورية", "المملكة", "مملكة", "سلطنة", "إمارة", "الإمارات"))
# A dateline's city and its dash before a credit: "بغداد – كتب: م. العبادي".
_PLACE_THEN = re.compile(r"^\s*([^\W\d_]+)\s*[–—-]\s*")
# (the agency credited beside the author, in parentheses, is read past: "الصورة: (بترا) - محمد …")
_CREDIT_LINE = re.compile(rf"^\s*\(?\s*{ARABIC_CREDIT_LEADS}\s*[:：–—-]?\s*(?:\([^()\n]{{1,20}}\)\s*[–—-]?\s*)?")
# "الرباط: كمال العلوي", "عمّان - كمال العلوي", "الرباط: كمال العلوي | 3 مارس 2031", "الوطن - كمال العلوي",
# "الكويت – كمال العنزي:": the city or the outlet, a colon or a dash, the author (words with their marks; a
# colon after him, as the copy he introduces follows), and perhaps the date.
_AR_NAME_WORD = r"(?:[^\W\d_]|[\u064b-\u065f\u0670])+"
_CITY_AUTHOR_LINE = re.compile(
    rf"^\s*({_AR_NAME_WORD}(?: {_AR_NAME_WORD})?)\s*[:–—-]\s*({_AR_NAME_WORD}(?: {_AR_NAME_WORD}){{1,3}})"
    r"\s*:?\s*(?:[|–—-][^\n]*\d[^\n]*)?$"
)
_AUTHOR_LINE = re.compile(r"^\s*([^\n–—\-|]{3,40}?)\s*[–—-]\s*(\S+)(?:[ \u00a0]+(\S+))?")
_HONORIFIC_MAX = max(len(h.split()) for h in AR_HONORIFICS)
_MAX_CORE = 5


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str
    boundary: bool


def _tokens(text: str) -> list[_Tok]:
    toks = []
    append = toks.append
    pattern = _TOKEN if "-" in text and _DOUBLE_NAME.search(text) else _PLAIN_TOKEN
    pieces = _PIECES
    for match in pattern.finditer(text):
        piece = match.group()
        known = pieces.get(piece)
        if known is None:
            if len(pieces) >= 100_000:
                pieces.clear()
            known = pieces[piece] = (ar_word_key(piece), not (piece[0].isalnum() or piece[0] == "_"))
        start = match.start()
        append(_Tok(piece, start, start + len(piece), *known))
    return toks


def _without_acronyms(toks: list[_Tok]) -> list[_Tok]:
    """The tokens without a body's acronym in parentheses ("… للتعاون الشرطي (أفريبول) جلال شلبة"):
    the role phrase goes on to the name as if the aside were not there."""
    out: list[_Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "(" and i + 2 < len(toks):
            close = next((j for j in (i + 2, i + 3) if j < len(toks) and toks[j].text == ")"), None)
            if close is not None and not any(x.boundary for x in toks[i + 1 : close]):
                i = close + 1
                continue
        out.append(t)
        i += 1
    return out


# Key and boundary flag of each token as written: news vocabulary repeats from article to article.
_PIECES: dict[str, tuple[str, bool]] = {}


def _wide_gap(text: str, a: _Tok, b: _Tok) -> bool:
    """Whether two words are set apart by more than one plain space (a ticker's separator, a line break)."""
    return text[a.end : b.start] != " "


def _accusative(t: _Tok) -> bool:
    """An indefinite accusative ending in alef after a name ("… كومان تقريرا عن"): a noun, not a name.
    Three letters before the alef at least: "آنا" (Ana) is no accusative of "أن"."""
    k = t.key
    return t.text.endswith("اً") or (len(k) > 3 and k.endswith("ا") and (k[:-1] in AR_STOP or k[:-1] in AR_ROLE_WORDS))


# Nouns of derived patterns that a glued preposition opens after a name: a sound feminine plural of a
# noun in م-/ت- ("بمخرجات", "بمبادرات", "بتوصيات") and the verbal noun taf'il ("بتعزيز", "بتنظيم").
_DERIVED_PLURAL = re.compile(r"^[مت]..+ات$")
_TAFIL = re.compile(r"^ت..ي.$")


def _preposition_noun(k: str) -> bool:
    """A common noun with the preposition ب glued and no article ("… كومان بدعم المملكة", "… البديوي
    بمخرجات الاجتماع"): it ends the name before it. Names open with ب too ("بلقاسم", "بوعزة", "بنكيران",
    "بدر"): the word is read as ب + noun only when what follows the ب is a verbal noun whose adverbial
    accusative the stop list holds ("دعما" makes "بدعم" "with the support of") or a noun of a derived
    pattern (_DERIVED_PLURAL, _TAFIL), and the whole word is no given name."""
    if len(k) < 4 or k[0] != "ب" or k in AR_GIVEN_NAMES:
        return False
    stem = k[1:]
    return stem + "ا" in AR_STOP_BASE or bool(_DERIVED_PLURAL.match(stem) or _TAFIL.match(stem))


# The final "ng" of a transliterated syllable (Wang, Hong, Leung): no Arabic word ends with it.
_NG = "نغ"


def _plural_nisba(k: str) -> bool:
    """A definite plural adjective of relation ("الأوروبيين", "الأمنيون", "العرب" aside): no name's word."""
    return k.startswith("ال") and len(k) > 6 and k.endswith(("يين", "يون"))


def _has_article(t: _Tok) -> bool:
    """Whether the word opens with the article "ال": "أل…"/"إل…" written with a hamza, or "آل…" with a madda,
    opens a foreign name ("ألكسندر", "ألبرتو", "إلياس", "آلست" for Aalst), though all fold to "ال"."""
    return t.key.startswith("ال") and not t.text.startswith(("أل", "إل", "آ"))


def _articled(t: _Tok) -> bool:
    """Whether the word's key opens with "ال" as the article may: never a word that opens with a madda,
    "آلست" (Aalst), a foreign name's long A, though it folds to "ال"."""
    return t.key.startswith("ال") and t.text[0] != "آ"


def _not_a_name_part(k: str) -> bool:
    return k in AR_STOP or k in AR_PLACES or k in AR_ROLE_WORDS or k in AR_NATIONALITIES or k.startswith("ال")


def _is_opener(k: str) -> bool:
    return k in AR_COMPOUND_OPENERS


def _starts_name(k: str) -> bool:
    """A given name or a compound opener that names usually start with ('عبد…', 'مولاي', 'أبو')."""
    return (
        k in AR_GIVEN_NAMES
        or k in AR_COMPOUND_OPENERS
        or (k.startswith("عبد") and len(k) > 4)
        # West African forms of a given name with a final و ("أحمدو", "محمدو": Ahmedou, Mohamedou)
        or (len(k) > 3 and k[-1] == "و" and k[:-1] in AR_GIVEN_NAMES)
    )


class ArabicPersonFinder:
    """One pass over one Arabic text; `find()` returns the mentions in text order."""

    def __init__(self, text: str, known_spans: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.known_spans = SpanIndex(known_spans)  # asked once per candidate name
        self.sentences = Sentences(text)
        # A body's acronym in parentheses is read past, as if the aside were not there (a text
        # without "(" holds none: every "(" is a token of its own).
        self.toks = _without_acronyms(_tokens(text)) if "(" in text else _tokens(text)
        self.spans: dict[tuple[int, int], Candidate] = {}
        # A word read as a given name with its glued "و" set aside (the next of a list: "…، ومحمد الأمين …")
        self._glued_at: int | None = None

    def _given(self, j: int) -> bool:
        """Whether word j is a given name (its glued "و" set aside where `_glued_at` says so)."""
        key = self.toks[j].key
        return (key[1:] if j == self._glued_at else key) in AR_GIVEN_NAMES

    # -- word tests -----------------------------------------------------------------------------------
    def _after_ben(self, i: int) -> bool:
        """Whether word i follows "بن" after a given name ("مراد بن غربية")."""
        toks = self.toks
        return i > 1 and toks[i - 1].key in _BEN and self._given(i - 2)

    def _near_number(self, i: int) -> bool:
        return any(0 <= j < len(self.toks) and self.toks[j].text.isdigit() for j in (i - 1, i + 1))

    def _family_sayyid(self, i: int) -> bool:
        """ "كتب: محمود السيد": السيد right after a given name, ending its line or clause, is a family name (an
        Egyptian one), not the courtesy title, which stands before the name it styles."""
        toks = self.toks
        if toks[i].key != _SAYYID or i == 0 or toks[i - 1].boundary or toks[i - 1].key not in AR_GIVEN_NAMES:
            return False
        return i + 1 == len(toks) or toks[i + 1].boundary or "\n" in self.text[toks[i].end : toks[i + 1].start]

    def _name_like(self, i: int, *, ending: bool = False) -> bool:
        """Whether word i can be part of a name. `ending`: read backward from a sure right boundary, where
        a surname in -ة ("بوريطة") is let in, to be checked against a given name by `_from_given_name`."""
        t = self.toks[i]
        k = t.key
        if t.boundary or len(k) < 2 or not _ARABIC_WORD.match(t.text):
            return False
        if k in AR_STOP and not self._foreign_syllable(i) and not self._patronym_family(i):
            return False
        if k in _PRESENT_VERBS:
            return False
        if "-" in t.text and any(_not_a_name_part(akey(part)) for part in t.text.split("-")):
            return False  # "الرباط-ومع": a dateline's city and agency, not a double name
        if k in AR_ROLE_WORDS:
            return self._title_surname(i)  # "غادة والي": a family name, not a governor
        if k in AR_HONORIFICS:
            return self._family_sayyid(i)
        if k == _BASSEM and i > 0 and self.toks[i - 1].key in _SPOKESMAN:
            return False  # "المتحدث باسم الوزارة": the spokesman "in the name of" the ministry, no Bassem
        if (k in AR_NATIONALITIES and not self._after_ben(i)) or (k in AR_PLACES and not self._town_surname(i)):
            return False
        if k in AR_NUMBERS or _DIACRITICS.sub("", t.text) in AR_STOP_RAW or self._in_place_name(i):
            return False
        if k in AR_MONTHS and self._near_number(i):
            return False
        if t.text.endswith("ة") and k not in AR_GIVEN_NAMES and not ending and not self._after_ben(i):
            return False  # ("بن غربية", "بن عطية": a family name after "بن" may end in ة)
        if _accusative(t) or _preposition_noun(k):
            return False
        if _plural_nisba(k) or (i + 1 < len(self.toks) and _plural_nisba(self.toks[i + 1].key)):
            return False  # "ودعا مراد الشركاء الأوروبيين": a plural adjective qualifies a noun, never a name
        return not self._glued_article(i)

    def _town_surname(self, i: int) -> bool:
        """Word i, a town's name, is a family name named after it ("عبد الكريم بنسليمان، الوالي مدير …"):
        without the article, after a given name, and the name's title in apposition after its comma (a
        visit's destination takes no title: "زار محمد تونس، حيث …")."""
        toks = self.toks
        return (
            0 < i < len(toks) - 2
            and not toks[i].key.startswith("ال")
            # ("عبد الكريم": a compound given name)
            and (
                _starts_name(toks[i - 1].key) or (i > 1 and (_starts_name(toks[i - 2].key) or toks[i - 2].key == "عبد"))
            )
            and toks[i + 1].text in _COMMAS
            # ("وزير" opens with a و of its own: the word as written first)
            and (toks[i + 2].key in AR_ROLE_BASE or without_conjunction(toks[i + 2].key) in AR_ROLE_BASE)
        )

    def _plain_word(self, i: int) -> bool:
        """A word that may stand in a name, by the lists alone (no look at its neighbours)."""
        t = self.toks[i]
        k = t.key
        return (
            not t.boundary
            and bool(_ARABIC_WORD.match(t.text))
            and k not in AR_STOP
            and (k not in AR_ROLE_WORDS or self._second_given(i))
            and (k not in AR_PLACES or self._town_surname(i))
            and not _articled(t)
        )

    def _foreign_syllable(self, i: int) -> bool:
        """A syllable of a foreign name that folds onto a stop word once its hamza is dropped ("واي" in
        "ليونغ واي كيت", "فاي" in "عثمان انجاي فاي"; the stop words are "وأي", "فأي"): written without
        the hamza, after a name word, and closing the name, alone or with one more plain word, before a
        boundary or before a word whose hamza is written (a writer who writes it would have written it
        here; a conjunction or a "that" written carelessly goes on into a clause)."""
        t = self.toks[i]
        if t.key == _KANE:
            # "موسى كان ديارا،": Kane, a West African family name written as "was", between a given name
            # and a last plain word that the name's comma or full stop closes ("موسى كان يعمل" goes on)
            toks = self.toks
            return (
                1 < i < len(toks) - 1
                and toks[i - 2].text in _COMMAS  # an apposition's whole name ("… أن موسى كان حاضرا": "was present")
                and toks[i - 1].key in AR_GIVEN_NAMES
                and self._plain_word(i + 1)
                and (i + 2 == len(toks) or toks[i + 2].boundary)
            )
        if t.key not in _HAMZA_STOPS or "أ" in t.text or "إ" in t.text or i == 0:
            return False
        if not self._plain_word(i - 1) and self.toks[i - 1].key not in AR_COMPOUND_CLOSERS:
            return False  # after a name word, or a compound given name's second half ("نور الدين باي")
        toks = self.toks
        if i + 1 == len(toks) or toks[i + 1].boundary:
            return True
        if toks[i + 1].text[0] in "أإ":
            return True  # "نور الدين باي إن …": the next word's hamza is written, so this one has none
        return self._plain_word(i + 1) and (i + 2 == len(toks) or toks[i + 2].boundary)

    def _in_place_name(self, i: int) -> bool:
        """Whether word i is one of a two-word place name ("هونغ كونغ", "بني ملال")."""
        toks, k = self.toks, self.toks[i].key
        return (i > 0 and f"{toks[i - 1].key} {k}" in AR_PLACES) or (
            i + 1 < len(toks) and f"{k} {toks[i + 1].key}" in AR_PLACES
        )

    def _surname_like(self, i: int, *, ending: bool = False) -> bool:
        """An 'ال-' word that can close a name ('الدخيسي', 'السادس'), not a common adjective in -ة
        (unless `ending`: after a given name, 'حسان القضاة')."""
        t = self.toks[i]
        return t.key.startswith("ال") and len(t.key) >= 5 and self._name_like(i, ending=ending)

    # -- reading a name forward from a cue, or backward from a boundary --------------------------------
    def _patronym_family(self, j: int) -> bool:
        """Whether the 'ال-' word j, right after "بن X", closes the name before a comma (an apposition
        follows): the family name, whatever else the word means ("… بن محمد المزيد،"; in "بن محمد المزيد
        من الدعم" it is "more", in "استقبل الشيخ سالم بن حمد الوفد." the object)."""
        toks = self.toks
        return (
            j >= 2
            and toks[j - 2].key in _PATRONYMS
            and toks[j].key.startswith("ال")
            and j + 1 < len(toks)
            # (or before the title that follows the name: "حاتم بن صالح الغربي الأمين العام المساعد …")
            and (toks[j + 1].text in ("،", ",") or (toks[j + 1].key in AR_ROLE_WORDS and _has_article(toks[j + 1])))
            and not toks[j - 1].boundary
            and _ARABIC_WORD.match(toks[j].text) is not None
        )

    def _forward(self, i: int, strong: bool, *, vouched: bool = False) -> list[int]:
        """Name words from token i. `vouched`: a rank or a title stands before them, so one name word and
        an 'ال-' surname in -ة make a name ("اللواء زياد الخصاونة"), and a first word that is also an
        indefinite nationality is the given name ("اللواء تركي بن …": a definite rank takes no indefinite
        adjective)."""
        parts: list[int] = []
        j = i
        while j < len(self.toks) and len(parts) < 8:
            t = self.toks[j]
            if t.boundary:
                break
            k = t.key[1:] if j == self._glued_at else t.key
            if parts and _wide_gap(self.text, self.toks[parts[-1]], t):
                break
            if parts and self._assistant_title(j):
                break  # "أشرف عبد الغفار مساعد وزير الداخلية": the title begins
            if parts:
                prev = self.toks[parts[-1]].key
                if _is_opener(prev):
                    if not _ARABIC_WORD.match(t.text) or k in AR_STOP:
                        break
                    parts.append(j)
                    j += 1
                    continue
                if (
                    k[0] == "و"
                    and len(k) > 2
                    and prev not in {"ايت"}
                    and k not in AR_GIVEN_NAMES
                    and not _is_opener(k)  # "سيدي محمد ولد الشيخ أحمد": the patronym 'ولد', no 'and'
                    and not self._foreign_syllable(j)
                    and not self._title_surname(j)  # "غادة والي": a family name, no "and"
                    and not self._closing_w_surname(j, strong)
                ):
                    break  # "…، ومحمد": the next item of a list
                if k in AR_COMPOUND_CLOSERS:
                    parts.append(j)
                    j += 1
                    continue
                # (a long word written with a hamza, "أليمو", "ألبرتو", is a foreign name's part: read on)
                if _articled(t) and k != _AL and (_has_article(t) or len(k) < 5):
                    if self._compound_given(parts, j) or self._patronym_compound(parts, j):
                        parts.append(j)  # "فاطمة الزهراء بنيس", "… ولد محمد الأمين": a given name's second part
                        j += 1
                        continue
                    if self._given_before_patronym(parts, j):
                        parts.extend((j, j + 1))  # "محمد الأمين ولد سيدي محمود": the name goes on
                        j += 2
                        continue
                    if self._surname_like(j) or (
                        (_starts_name(self.toks[parts[0]].key) or (vouched and len(parts) == 1))
                        and self._surname_like(j, ending=True)
                    ):
                        parts.append(j)  # "العميد حسان القضاة"
                        if self._family_chain(parts, j, strong):
                            j += 1
                            continue  # "الشيخ مشعل الأحمد الجابر الصباح": a Gulf chain of family names
                    elif self._patronym_family(j):
                        parts.append(j)  # "ماجد بن محمد المزيد،": a family name that is also a word ("more")
                    break  # an 'ال-' surname closes the name
            elif k != _AL and _has_article(t):
                if not parts and self._article_given(j):
                    parts.append(j)  # "، الطاهر بن حبيلس،": a given name that carries the article
                    j += 1
                    continue
                if strong and self._surname_like(j):
                    parts.append(j)  # "السيد الحموشي"
                break
            elif k[0] == "و" and k not in AR_GIVEN_NAMES and not strong:
                break  # "…الغاني وديا": a conjunction, unless a courtesy title vouches for the name
            indefinite_nationality = (
                (bool(parts) or (vouched and k in AR_GIVEN_NAMES))
                and k in AR_NATIONALITIES
                and not k.startswith(("ال", "لل"))
            )
            # a royal or courtesy style vouches for a given name that is also a common word, a name
            # following it: "الشيخ صباح خالد الحمد الصباح" (Sabah, "morning")
            styled_given = strong and not parts and k in AR_STOP and j + 1 < len(self.toks) and self._name_like(j + 1)
            if (
                not self._name_like(j)
                and not _is_opener(k)
                and not indefinite_nationality
                and not self._second_given(j)
                and not styled_given
            ):
                break
            parts.append(j)
            j += 1
            if sum(not _is_opener(self.toks[p].key) for p in parts) >= _MAX_CORE:
                break
        while parts and _is_opener(self.toks[parts[-1]].key) and not self._fathers_given(parts):
            parts.pop()
        return parts

    def _title_follows(self, j: int) -> bool:
        """Whether the word at j is a title with its article, which an apposition opens ("المدير"), or
        a title in construct with its complement ("وزير الخارجية", "رئيس الوزراء")."""
        k = self.toks[j].key
        if _wide_gap(self.text, self.toks[j - 1], self.toks[j]):
            return False
        if k.startswith("ال"):
            return k in AR_ROLE_WORDS
        construct = j + 1 < len(self.toks) and self.toks[j + 1].key.startswith("ال")
        return construct and k in AR_ROLE_BASE

    def _after_compound_given(self, j: int) -> bool:
        """Whether word j follows a compound given name, its opener and an 'ال-' second half ("عبد الحميد")."""
        toks = self.toks
        return j > 1 and _is_opener(toks[j - 2].key) and toks[j - 1].key.startswith("ال") and not toks[j - 1].boundary

    def _after_given_name(self, j: int) -> bool:
        """Whether word j follows a given name, or a given name and one more name word ("محمد شياع"):
        a nisba or a title word there closes the name as its family name, an adjective coming after
        the title rather than after the name."""
        toks = self.toks
        if j > 0 and toks[j - 1].key in AR_GIVEN_NAMES:
            return True
        return j > 1 and toks[j - 2].key in AR_GIVEN_NAMES and self._name_like(j - 1) and not toks[j - 2].boundary

    def _fathers_given(self, parts: list[int]) -> bool:
        """Whether the last word, an opener that is a given name too ("سيدي"), is the father's name
        after a patronymic particle: "مسغارو ولد سيدي"."""
        toks = self.toks
        return len(parts) >= 2 and toks[parts[-2]].key in _PATRONYMS and toks[parts[-1]].key in AR_GIVEN_NAMES

    def _article_given(self, j: int) -> bool:
        """Whether the 'ال-' word at j opens a name as its given name: one that carries the article
        ("الطاهر", "الحسين", "المهدي"), no title word, before a name word on the same clause."""
        toks = self.toks
        nxt = j + 1
        return (
            toks[j].key in AR_GIVEN_NAMES
            and toks[j].key not in AR_ROLE_WORDS
            and nxt < len(toks)
            and not toks[nxt].boundary
            and not _wide_gap(self.text, toks[j], toks[nxt])
            and (toks[nxt].key in _PATRONYMS or self._name_like(nxt))
        )

    def _compound_given(self, parts: list[int], j: int) -> bool:
        """Whether the 'ال-' word at j, itself a given name, makes one given name with the one before
        it ("فاطمة الزهراء", "محمد المهدي") because a family name without the article follows; an
        'ال-' word then would be the family name ("فاطمة الزهراء" alone, "محمد المهدي قال")."""
        toks = self.toks
        nxt = j + 1
        return (
            len(parts) == 1
            and self._given(parts[0])
            and toks[j].key in AR_GIVEN_NAMES
            and nxt < len(toks)
            and not toks[nxt].boundary
            and not toks[nxt].key.startswith("ال")
            and not _wide_gap(self.text, toks[j], toks[nxt])
            and not self._stopper(nxt)
            and self._name_like(nxt)
        )

    def _patronym_compound(self, parts: list[int], j: int) -> bool:
        """Whether the 'ال-' word at j, a given name, closes the father's compound given name after a
        patronymic particle ("محمد أحمد ولد محمد الأمين", "… بن محمد المختار")."""
        toks = self.toks
        return (
            len(parts) >= 2
            and toks[parts[-2]].key in _PATRONYMS
            and toks[parts[-1]].key in AR_GIVEN_NAMES
            and toks[j].key in AR_GIVEN_NAMES
            # then the name ends ("… الأمين،"): "… ولد أحمد الأمين العام" is a title after the name
            and (j + 1 >= len(toks) or toks[j + 1].boundary)
        )

    def _given_before_patronym(self, parts: list[int], j: int) -> bool:
        """Whether the 'ال-' word at j is the second part of a compound given name, read on because a
        patronymic particle follows ("محمد الأمين ولد …", "محمد المختار بن …"): after a given name,
        a given name of its own, even one that is also a title word ("الأمين")."""
        toks = self.toks
        return (
            len(parts) == 1
            and self._given(parts[0])
            and toks[j].key in AR_GIVEN_NAMES
            and j + 2 < len(toks)
            and toks[j + 1].key in _PATRONYMS
            and not _wide_gap(self.text, toks[j], toks[j + 1])
            and bool(_ARABIC_WORD.match(toks[j + 2].text))
        )

    def _family_chain(self, parts: list[int], j: int, strong: bool) -> bool:
        """Whether the 'ال-' name word at j is followed by another of the same name: a chain of
        forebears' names ("مشعل الأحمد الجابر الصباح"), read after a royal style or a given name,
        three such words at most."""
        if j + 1 >= len(self.toks) or _wide_gap(self.text, self.toks[j], self.toks[j + 1]):
            return False
        chained = sum(1 for p in parts if _has_article(self.toks[p]))
        given = _starts_name(self.toks[parts[0]].key)
        return (strong or given) and chained < 3 and _has_article(self.toks[j + 1]) and self._surname_like(j + 1)

    def _backward(self, e: int) -> tuple[list[int], bool]:
        """Name words ending at token e; and whether the first one carries a glued conjunction 'و'."""
        parts: list[int] = []
        # The name's last word when a sure end follows it: punctuation, or a word that cannot go on a
        # name (a title with its conjunction: "… هشام الغربي والمدير العام").
        last_word = e if e + 1 >= len(self.toks) or self.toks[e + 1].boundary or self._stopper(e + 1) else -1
        if self._and_word(e) and e > 0 and not self.toks[e - 1].boundary and not self._family_and(e):
            # "… نور الدين خلادي وإطارات من …": a word with a glued "and" opens the next item of a
            # list, unless the words before it are no name without it ("عبد الرحيم وهبي")
            parts, glued = self._backward(e - 1)
            if sum(not _is_opener(self.toks[p].key) for p in parts) >= 2 and _starts_name(self.toks[parts[0]].key):
                return parts, glued
        glued = False
        j = e
        while j >= 0 and len(parts) < 7:
            t = self.toks[j]
            k = t.key
            if t.boundary or (parts and _wide_gap(self.text, t, self.toks[parts[0]])):
                break
            if parts and self.known_spans.overlaps(t.start, t.end):
                break  # "… لأمريبول تياغو منديس": a known body's name closes the role before the name
            if parts and k in _SUBJECT_VERBS:
                break  # "فيما حضرت كارين هولمبرغ": a verb before its subject opens no name
            if not parts:
                surname = (
                    self._surname_like(j)
                    # after a given name, a family name in -ة: "مازن الفراية", "حسان القضاة"
                    or (j > 0 and self.toks[j - 1].key in AR_GIVEN_NAMES and self._surname_like(j, ending=True))
                    # after a compound given name: "عبد الحميد الدبيبة"
                    or (self._after_compound_given(j) and self._surname_like(j, ending=True))
                    if _articled(t)
                    else self._name_like(j, ending=True)
                )
                if not surname and not (
                    j == last_word
                    and (k in AR_ROLE_BASE or (k in AR_NATIONALITIES and _has_article(t)))
                    and self._after_given_name(j)
                ):
                    # (a title word or a nisba closing a segment after a given name is a surname: "غادة
                    # والي", "سامي الغربي", "محمد شياع السوداني")
                    break
                parts.insert(0, j)
                j -= 1
                continue
            if _is_opener(k):
                parts.insert(0, j)
                j -= 1
                continue
            # (a long word written with a hamza, "ألكسندر", "ألبرتو", is a foreign name's part, as reading forward)
            if k.startswith("ال") and (_has_article(t) or len(k) < 5):
                if k in AR_COMPOUND_CLOSERS:
                    parts.insert(0, j)
                    j -= 1
                    continue
                if j > 0 and _is_opener(self.toks[j - 1].key) and self._name_like_word(j):
                    parts[:0] = [j - 1, j]
                    j -= 2
                    continue
                if j > 0 and self._given_before_patronym([j - 1], j):
                    # "محمد الأمين ولد …" read back from its end: a compound given name before the patronym
                    parts[:0] = [j - 1, j]
                    j -= 2
                    continue
                if (
                    j > 0
                    and not _has_article(self.toks[parts[0]])
                    and self.toks[j - 1].key in AR_GIVEN_NAMES
                    and self.toks[j - 1].key not in AR_ROLE_WORDS
                    # ("على الخصوص": the preposition folds as the name Ali)
                    and _DIACRITICS.sub("", self.toks[j - 1].text) not in AR_STOP_RAW
                    and self._surname_like(j)
                    and not _wide_gap(self.text, self.toks[j - 1], t)
                ):
                    # "محمد الأزهر بوقرة": a given name of two words, the second with its article
                    parts[:0] = [j - 1, j]
                    j -= 2
                    continue
                if len(parts) == 1 and j > 0 and _has_article(self.toks[parts[0]]) and self._double_surname(j):
                    parts.insert(0, j)  # "هشام الوزاني التهامي": a given name and two family names
                    j -= 1
                    continue
                break
            if k[0] == "و" and len(k) > 2 and k not in AR_GIVEN_NAMES:
                if j > 0 and self.toks[j - 1].key == "ايت":
                    parts.insert(0, j)  # "آيت وعلي"
                    j -= 1
                    continue
                if self._foreign_syllable(j) or k.endswith(_NG):
                    # "ليونغ واي كيت"; "وزير الأمن العام وانغ شياو هونغ": Wang, no "and" (no Arabic word ends in -ng)
                    parts.insert(0, j)
                    j -= 1
                    continue
                if _starts_name(k[1:]):
                    parts.insert(0, j)
                    glued = True
                elif j > 0 and self.toks[j - 1].key in AR_NATIONALITIES and self._name_like(j):
                    parts.insert(0, j)  # "الصيني وانغ جيان مين": no list opens right after a nationality
                elif self._foreign_and(j, parts[0]):
                    parts.insert(0, j)  # "… الكينية غريس وانجيرو كاماو": the name goes on to its given name
                    j -= 1
                    continue
                break
            if not self._name_like(j) and not self._second_given(j) and not self._title_word_given(j):
                break
            parts.insert(0, j)
            j -= 1
        if not parts:
            return [], False
        return self._from_given_name(parts, glued)

    def _closing_w_surname(self, j: int, strong: bool) -> bool:
        """After a courtesy title, a word opening with "و" that closes the clause is the family name ("السيد
        تاديسي ورقو." — Worku), unless it is "and" before a given name or a common word."""
        k = self.toks[j].key
        closes = j + 1 == len(self.toks) or self.toks[j + 1].boundary
        return strong and closes and not _starts_name(k[1:]) and k[1:] not in AR_STOP and self._name_like(j)

    def _glued_article(self, i: int) -> bool:
        """A word with a preposition and the article glued ("بالدور", "للشرطة"), no name's part. "كال"
        ("like the") is also how foreign names begin ("كاليلو", "كالفن", "كالفو"): between two plain
        words with no article of their own, or after one closing the clause, it is read as a name's
        syllable."""
        k = self.toks[i].key
        if not k.startswith(_CLITIC_ARTICLE):
            return False
        if not k.startswith("كال"):
            return True
        toks = self.toks
        # (or after a plain word, closing the name: "… بيير كالفو." — Calvo)
        last = i == len(toks) - 1 or toks[i + 1].boundary
        inside = i > 0 and self._plain_word(i - 1) and (last or self._plain_word(i + 1))
        return not (
            inside
            and not _wide_gap(self.text, toks[i - 1], toks[i])
            and (last or not _wide_gap(self.text, toks[i], toks[i + 1]))
        )

    def _good_idiom(self, i: int) -> bool:
        """ "على حسن التنظيم" (for the good organization), "على حسن الاستقبال": the noun "good" after
        "على", not the given name Hassan (a name after that preposition would be its object, rare)."""
        return self.toks[i].key == _HASAN and i > 0 and self.toks[i - 1].text in ("على", "وعلى")

    def _and_word(self, i: int) -> bool:
        """A word with a glued conjunction "و" that is not itself a name ("وإطارات", not "وليد")."""
        t = self.toks[i]
        k = t.key
        return (
            len(k) > 3
            and k[0] == "و"
            and k not in AR_GIVEN_NAMES
            and not _is_opener(k)
            and not self._foreign_syllable(i)
            and not _starts_name(k[1:])
            and not (k in AR_ROLE_WORDS and self._title_surname(i))  # "غادة والي"
        )

    def _second_given(self, i: int) -> bool:
        """Word i is a given name that is also a title word, right after a given name: the second part of
        a compound given name ("محمد أمين بوزكري"), not a title ("محمد، أمين عام …" has a comma)."""
        toks = self.toks
        k = toks[i].key
        return (
            i > 0
            and k in AR_GIVEN_NAMES
            and k in AR_ROLE_WORDS
            and not _has_article(toks[i])
            and toks[i - 1].key in AR_GIVEN_NAMES
            and toks[i - 1].key not in AR_ROLE_WORDS
            and not _wide_gap(self.text, toks[i - 1], toks[i])
            # "… آل حمدان أمير البلاد": the title of a realm, after a family name
            and not (i + 1 < len(toks) and toks[i + 1].key in _REALM_WORDS)
            and not (i > 1 and toks[i - 2].key in _NASAB_OR_FAMILY)
        )

    def _title_surname(self, i: int) -> bool:
        """Word i is a title word closing a name as its family name ("غادة والي"): right after the given
        name that opens the name, with no complement of its own after it: a punctuation mark, or an
        indefinite word that is no place and no territory's noun ("والي جهة الرباط" is a governor's title)."""
        toks = self.toks
        if not (i > 0 and toks[i].key in AR_ROLE_WORDS and not _has_article(toks[i])):
            return False
        given = toks[i - 1]
        if given.key not in AR_GIVEN_NAMES or given.key in AR_ROLE_WORDS or given.boundary:
            return False
        before = toks[i - 2] if i > 1 else None
        # a definite word ends the role before the name: "… والجريمة غادة", "… للهجرة نادية"
        definite = before is not None and without_conjunction(before.key).startswith(("ال", "لل", "بال"))
        # (a verb of speech before the given name opens the name: "وحذرت غادة والي، …")
        said = before is not None and (before.key in _SPEECH_VERBS or before.key in _PRESENTING_VERBS)
        if before is not None and not before.boundary and self._plain_word(i - 2) and not definite and not said:
            return False  # the given name must open the name: "… محمد والي" after a name is a title
        if i + 1 == len(toks) or toks[i + 1].boundary:
            return True
        nxt = toks[i + 1].key
        return not (nxt.startswith("ال") or nxt in AR_PLACES or nxt in _TERRITORIES or nxt in AR_ROLE_WORDS)

    def _assistant_title(self, j: int) -> bool:
        """Word j opens an assistant's title ("مساعد وزير الداخلية"), though "مساعد" is a given name too."""
        toks = self.toks
        return toks[j].key in _ASSISTANT_WORDS and j + 1 < len(toks) and toks[j + 1].key in AR_ROLE_WORDS

    def _title_word_given(self, i: int) -> bool:
        """Word i is a given name that is also a title word ("أمير"), opening a name of its own after a
        role phrase: right before a name's word that is no place, no common word ("… الجزائرية أمير
        بلحوشات عرضا", "أمير خالد بلحوشات"), where the title would name a country or a region
        ("أمير قطر", "أمير منطقة الرياض", "أمير البلاد")."""
        toks = self.toks
        return (
            self._given_title_word(i)
            and i + 1 < len(toks)
            and not toks[i + 1].boundary
            and (i == 0 or toks[i].boundary or not self._name_like(i - 1))  # it opens the name
            and toks[i + 1].key not in _REALM_WORDS
            and (self._surname_like(i + 1) if toks[i + 1].key.startswith("ال") else self._name_like(i + 1))
        )

    def _given_title_word(self, i: int) -> bool:
        """A given name that is also an indefinite title word ("أمينة", "أمين")."""
        t = self.toks[i]
        return t.key in AR_GIVEN_NAMES and t.key in AR_ROLE_WORDS and not _has_article(t)

    def _double_surname(self, j: int) -> bool:
        """Whether the 'ال-' word at j is a first family name between a given name and a second one
        ("هشام الوزاني التهامي"), as Maghrebi names often run."""
        toks = self.toks
        return (
            self._surname_like(j)
            and not _wide_gap(self.text, toks[j - 1], toks[j])
            and toks[j - 1].key in AR_GIVEN_NAMES
            and toks[j - 1].key not in AR_ROLE_WORDS
        )

    def _name_like_word(self, i: int) -> bool:
        t = self.toks[i]
        return bool(_ARABIC_WORD.match(t.text)) and t.key not in AR_STOP

    def _with_whom(self, first: int, last: int) -> list[int]:
        """The two or three plain words after "مع" ("with") that close a segment before "، title": the
        person talked with, whose name the lexicon may not hold ("بحث الوزير مع فالديسي أوركيزا،
        الأمين العام …"). [] for any other segment."""
        words = list(range(first, last + 1))
        at = next((n for n, i in enumerate(words) if self.toks[i].key in _WITH), None)
        if at is None:
            return []
        parts = words[at + 1 :]
        if not 2 <= len(parts) <= 3:
            return []
        for i in parts:
            t = self.toks[i]
            if t.text.endswith("ة") or _has_article(t) or not self._name_like(i):
                return []
        return parts

    def _from_given_name(self, parts: list[int], glued: bool) -> tuple[list[int], bool]:
        """Start the name at the first given name among the words collected. Without one, keep the last
        two or three words only if they follow the end of a definite phrase ('… الإثيوبية ديميلاش
        جبريميكائيل'), a nationality or a place, and hold no common noun in -ة."""
        for n, p in enumerate(parts):
            k = self.toks[p].key
            if n == 0 and glued:
                k = k[1:]
            if _starts_name(k) and not self._good_idiom(p):
                first = self.toks[parts[0]].key
                if n and n == len(parts) - 1 and not glued and first[0] not in _IMPERFECT_PREFIXES:
                    break  # "… كاثرين دي بول،": a foreign family name that is also a given name ends it
                if n == 1 and not glued and self._foreign_given(parts[0]):
                    return parts, False  # "… التشادية محمت صالح أبكر": a given name spelled the foreign way
                return parts[n:], glued and n == 0
        if glued:
            return [], False
        if len(parts) == 4 and self.toks[parts[-1]].key.endswith("ا"):
            parts = parts[:-1]  # "… إيلينا ماركيتي فوغل دليلا": an indefinite object after the name
        if len(parts) == 4 and parts[0] > 0 and self.toks[parts[0] - 1].key in _SUBJECT_VERBS:
            return parts, False  # "استقبل كريس تانغ بينغ كيونغ، وزير …": the verb opens a name of four words
        parts = parts if len(parts) <= 3 else parts[-2:]
        if any(self.toks[p].text.endswith("ة") for p in parts):
            return [], False
        before = self.toks[parts[0] - 1] if parts[0] > 0 else None
        if before is None or before.boundary:
            return parts, False
        k = before.key
        if k in _RELATIVES or _DIACRITICS.sub("", before.text) in AR_STOP_RAW:
            return [], False
        if self._phrase_end(parts[0] - 1):
            return parts, False
        if k in _SUBJECT_VERBS or k in _WAS:
            return parts, False  # "أكد لورنزو بيلاندي، كاتب الدولة …", "وكان …": the verb's subject
        if self._in_place_name(parts[0] - 1):
            return parts, False  # "مفوض شرطة هونغ كونغ ليونغ واي كيت"
        return [], False

    def _phrase_end(self, i: int) -> bool:
        """Whether word i closes a role phrase before a name: a definite word ("… الإثيوبية"), a title
        with its possessive ("رئيسه"), a nationality, a place, or a known body's name with its preposition
        ("الأمين التنفيذي لأمريبول")."""
        t = self.toks[i]
        k = t.key
        return (
            k.startswith(("ال", *_CLITIC_ARTICLE))
            or without_conjunction(k) in AR_ROLE_POSSESSED
            or k in AR_NATIONALITIES
            or k in AR_PLACES
            or k in _AMONG  # "من بينهم أندرو كيلي، …": the persons a group holds
            or self.known_spans.overlaps(t.start, t.end)
        )

    def _foreign_given(self, i: int) -> bool:
        """Word i, before a common given name, is a given name of its own spelled as its bearer's country
        writes it ("محمت" for Mahamat, before "صالح"): one plain word right after the end of a role phrase,
        no common noun in -ة, no present-tense verb ("… الوطني يستقبل محمد …")."""
        t = self.toks[i]
        return (
            i > 0
            and not t.text.endswith("ة")
            and t.key[0] not in _IMPERFECT_PREFIXES
            and t.key not in _SUBJECT_VERBS
            and not self.toks[i - 1].boundary
            and not _wide_gap(self.text, self.toks[i - 1], t)
            and self._phrase_end(i - 1)
        )

    def _foreign_and(self, j: int, first: int) -> bool:
        """Whether the word at j that opens with "و" is a foreign family name's part ("وانجيرو" in "…
        الكينية غريس وانجيرو كاماو"), not "and": a plain word stands between it and the end of a role phrase
        (read as "and", the one word before it would be a person's whole name), and a name word follows."""
        toks = self.toks
        if not (
            j > 1
            and first == j + 1
            and self._name_like(j)
            and self._name_like(j - 1)
            and not _has_article(toks[j - 1])
            and toks[j - 1].key not in AR_GIVEN_NAMES
            and not _wide_gap(self.text, toks[j - 1], toks[j])
            and not _wide_gap(self.text, toks[j - 2], toks[j - 1])
        ):
            return False
        if toks[j - 2].text in _COMMAS:  # "… الإقليمية للمنظمة، غريس وانجيرو موانغي،": in apposition to the role
            return j > 2 and not toks[j - 3].boundary and self._phrase_end(j - 3)
        return not toks[j - 2].boundary and self._phrase_end(j - 2)

    def _family_and(self, e: int) -> bool:
        """Whether the last word e, opening with "و", is a family name ("… فارح ورسمي، رئيس …", "قال …
        فارح ورسمه إن …"), not the next item of a list: a role in apposition or a relative clause ("، الذي")
        follows its comma, or the reported speech opens after it ("إن", "أن"; a verb of saying placed
        before its subject, as with a list no "that" follows the first item); and the word is no common
        noun (no known word once "و" and a pronoun are set aside, no plural or feminine ending)."""
        toks = self.toks
        rest = toks[e].key[1:]
        if e + 1 >= len(toks) or len(rest) < 3:
            return False
        # (or a relative clause about that one person: "… عبدي ورفلي، الذي دعا …")
        apposition = (
            e + 2 < len(toks)
            and toks[e + 1].text in _COMMAS
            and (toks[e + 2].key in AR_ROLE_BASE or toks[e + 2].key in _ONE_RELATIVE)
        )
        speech = toks[e + 1].text in _SPEECH_THAT and not _wide_gap(self.text, toks[e], toks[e + 1])
        if not apposition and not (speech and toks[e].text.endswith("ه") and not rest.endswith(_PLURAL_PRONOUN)):
            return False
        stem = rest[:-1] if speech else rest  # "رسمه": a final ه is the name's, or "his"
        if apposition and rest.endswith(_NOUN_ENDINGS):
            return False
        return not any(
            word in AR_STOP
            or word in AR_ROLE_WORDS
            or word in AR_PLACES
            or word in AR_NATIONALITIES
            or word in AR_GIVEN_NAMES
            or word.startswith("ال")
            for word in {rest, stem}
        )

    # -- accepting a name --------------------------------------------------------------------------
    def _accept(
        self,
        parts: list[int],
        cues: set[str],
        *,
        glued: bool = False,
        chain: int | None = None,
        surface: int | None = None,
        strong: bool = False,
        rank: str | None = None,
    ) -> None:
        if not parts:
            return
        core = [p for p in parts if not _is_opener(self.toks[p].key)]
        if len(core) < 2 and not strong:
            return
        first = self.toks[parts[0]].key[1:] if glued else self.toks[parts[0]].key
        has_surname = any(_has_article(self.toks[p]) and self.toks[p].key not in AR_COMPOUND_CLOSERS for p in parts)
        if has_surname and len(core) > 1 and not _starts_name(first) and not strong:
            return  # "أعمال الجامعة": an 'ال-' word after a common noun is no surname
        start = self.toks[parts[0]].start + (1 if glued else 0)
        end = self.toks[parts[-1]].end
        if self.known_spans.overlaps(start, end):
            return
        span = (start, end)
        for (s, e), cand in list(self.spans.items()):
            if s < end and start < e:
                if e - s >= end - start:
                    cand.cues |= cues
                    cand.rank = cand.rank or rank
                    return
                del self.spans[(s, e)]
                cues = cues | cand.cues
                rank = rank or cand.rank
        chain_start = chain if chain is not None else start
        self.spans[span] = Candidate(
            surface if surface is not None else start, start, end, chain_start, set(cues), len(core) == 1, rank=rank
        )

    # -- cues ----------------------------------------------------------------------------------------
    def _honorifics(self) -> None:
        toks = self.toks
        for i, t in enumerate(toks):
            if t.boundary or t.key not in _OPENING_WORDS:
                continue
            if i and toks[i - 1].key == _ABD:
                continue  # "عبد الأمير", "عبد الملك": the title is the second half of a given name
            if i and t.key in AR_COURTESY and not toks[i - 1].boundary and toks[i - 1].key in AR_GIVEN_NAMES:
                continue  # "اللواء أحمد فوزي السيد مساعد …": after a given name, "السيد" is the family name
            k0, glued = _OPENING_WORDS[t.key]
            n = self._honorific_length(i, k0)
            if not n:
                continue
            last = toks[i + n - 1].key if n > 1 else k0
            phrase = " ".join([k0] + [toks[j].key for j in range(i + 1, i + n)])
            j = i + n
            while j < len(toks) and (toks[j].key in AR_NATIONALITIES or toks[j].key in _RANK_ADJECTIVES):
                if k0.startswith("ال") and not toks[j].key.startswith("ال"):
                    break  # "اللواء تركي بن ناصر": an indefinite word after a definite title is no adjective of it
                j += 1  # "الرئيس التونسي قيس سعيد", "العميد الإقليمي حسن …"
            courtesy = last in AR_COURTESY or phrase in AR_COURTESY  # "داتوك سري": a style, no office
            strong = courtesy or last in AR_ROYAL
            kind = "honorific" if courtesy else "royal" if last in AR_ROYAL else "rank"
            if phrase in {"الرئيس", "المستشار"}:
                kind, strong = "title", False
            if kind == "rank" and j + 1 < len(toks) and toks[j].key in _RANK_SERVICES:
                j += 1  # "العميد شرطة آمنة …", "اللواء شرطة …": the service after the rank, as Sudan writes it
            elif (
                kind == "rank" and j + 1 < len(toks) and toks[j].key.startswith("لل") and not _starts_name(toks[j].key)
            ):
                j += 1  # the rank's service: "العميد الأول للشرطة مراد بن سليمان"
                while j < len(toks) and (toks[j].key in AR_NATIONALITIES or toks[j].key in _SERVICE_ADJECTIVES):
                    j += 1
            if k0 == _DR and j < len(toks) and toks[j].text == ".":
                j += 1  # "د. محمد …": the abbreviation's period is no boundary
            if kind == "rank" and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
                j += 3  # the rank's arm in brackets: "العميد الركن (بحري) المناعي"
            parts = self._forward(j, strong, vouched=strong or kind == "rank")
            if not parts:
                continue
            end = parts[-1] + 1
            if (
                kind in ("rank", "honorific")
                and end < len(toks)
                and (end + 1 == len(toks) or toks[end + 1].boundary or self._title_follows(end + 1))
                and _starts_name(toks[parts[0]].key)
                and self._name_like(end, ending=True)
            ):
                # "العميد رشيد بوقرة،", "السيد جلال شلبة المدير التنفيذي …": a family name in -ة where
                # the name surely ends (punctuation, or a title with its article after it)
                parts.append(end)
            given_style = last in STYLES_GIVEN_BEFORE_NASAB and toks[parts[0]].key in NASAB
            if given_style:
                parts = [i + n - 1, *parts]  # "الشيخ ولد بلال": a Mauritanian "ولد" follows a given name, الشيخ
            surface = toks[i + n - 1].start + (glued if n == 1 else 0) if last in AR_SURFACE_TITLES else None
            rank = self.text[toks[i].start + glued : toks[i + n - 1].end] if kind != "honorific" else None
            if given_style and n == 1:
                rank = None
            if rank and k0.startswith("ال") and not t.key[glued:].startswith("ال"):
                rank = "ا" + rank  # "للفريق": the preposition took the article's alef
            # A rank vouches for the name after it as a courtesy title does ("اللواء رائد العساف"),
            # whether or not its first word is a known given name.
            sure = strong or kind == "rank"
            self._accept(parts, {kind}, chain=t.start + glued, surface=surface, strong=sure, rank=rank)

    def _honorific_length(self, i: int, k0: str) -> int:
        for n in range(min(_HONORIFIC_MAX, len(self.toks) - i), 0, -1):
            words = [k0] + [self.toks[j].key for j in range(i + 1, i + n)]
            if " ".join(words) in AR_HONORIFICS:
                return n
        return 0

    def _nationalities(self) -> None:
        for i, t in enumerate(self.toks):
            j = i + 1
            if t.key == _SOUTH and j < len(self.toks) and self.toks[j].key in _AFRICAN:
                j += 1  # "الجنوب إفريقي"
            elif t.key not in AR_NATIONALITY_PERSON:
                continue
            while j < len(self.toks) and self.toks[j].key in AR_NATIONALITY_SIDES:
                j += 1  # "الكوري الجنوبي كيم جونغ يانغ"
            if j < len(self.toks):
                parts = self._forward(j, strong=False)
                first = self.toks[parts[0]].key if parts else ""
                # ("للمسؤول الكيني لحضور أشغالها": a preposition glued to a verbal noun opens no name)
                glued = first[:1] in ("ل", "ب") and first not in AR_GIVEN_NAMES
                if parts and not _has_article(self.toks[parts[0]]) and not glued:
                    self._accept(parts, {"nationality"}, chain=t.start)

    def _segments(self) -> None:
        """Names that end a segment after a role phrase, before '، role', or between two commas."""
        toks = self.toks
        bounds = [i for i, t in enumerate(toks) if t.boundary]
        asides = self._quoted_asides(bounds)
        if asides:
            bounds = [i for i in bounds if i not in asides]
        roles = [i for i, t in enumerate(toks) if t.key in AR_ROLE_WORDS]
        edges = [-1, *bounds, len(toks)]
        previous_has_role = False
        for s, e in pairwise(edges):
            first, last = s + 1, e - 1
            if first > last:
                previous_has_role = False
                continue
            at = bisect_left(roles, first)  # the first role word of the segment
            role_at = roles[at] if at < len(roles) and roles[at] <= last else None
            after_comma = s >= 0 and toks[s].text in _COMMAS
            next_role = (
                e < len(toks) and toks[e].text in _COMMAS and e + 1 < len(toks) and toks[e + 1].key in AR_ROLE_BASE
            )
            if next_role:
                parts, glued = self._backward(last)
                if not parts:
                    parts = self._with_whom(first, last)
                if parts and (role_at is None or parts[0] > role_at):
                    self._accept(parts, {"title-after"} | ({"title"} if role_at is not None else set()), glued=glued)
                elif parts:
                    self._accept(parts, {"title-after"}, glued=glued)
            if role_at is not None:
                named = self._after_role(role_at, last)
                for r in roles[at + 1 :]:  # "… صويلو والأمين العام للإنتربول يورغن شتوك": a second person
                    if r > last:
                        break
                    if (toks[r].text[:1] == "و" and akey(toks[r].text[1:]) in AR_ROLE_BASE) or (
                        named is not None and r > named and toks[r].key in AR_ROLE_BASE
                    ):
                        # (or a title after the first name: "… بوقرة ونظيره الجزائري وزير الداخلية …")
                        named = self._after_role(r, last) or named
            listed = toks[first].key[:1] == "و" and _starts_name(toks[first].key[1:])  # "…، ويوسف …"
            if after_comma and (not previous_has_role or listed) and role_at is not None:
                # "…، اليوم الأربعاء، فالديسي أوركيزا الأمين العام للمنظمة": a name of two or three words
                # opening the segment, its title right after it (with its article) vouching for it
                verb = toks[first].key in _SUBJECT_VERBS or toks[first].key in _SPEECH_VERBS
                parts = [] if verb else self._forward(first, strong=False)
                # (the next of a list, its given name glued to "و": "…، ويوسف رجي وزير الخارجية")
                glued = not parts and not verb and toks[first].key[:1] == "و" and _starts_name(toks[first].key[1:])
                if glued:
                    rest = self._forward(first + 1, strong=False)
                    parts = [first, *rest] if rest and rest[0] == first + 1 else []
                opening = 2 <= len(parts) <= 3 and parts[0] == first and parts[-1] + 1 == role_at
                if opening and self._title_follows(role_at):
                    self._accept(parts, {"title-after"}, glued=glued)
            if after_comma and previous_has_role and next_role and role_at is None and self._listed_name(first, last):
                # "…، المدير العام للشرطة الإسبانية، ولويس لوجيي، المدير العام …": the next of a list of
                # persons each with a title after it, a foreign name the lexicon does not know
                self._accept(list(range(first, last + 1)), {"title-after"}, glued=True)
            if after_comma and previous_has_role:
                parts = self._forward(first, strong=False)
                glued = False
                if not parts and toks[first].key[:1] == "و" and _starts_name(toks[first].key[1:]):
                    # "…، المدير العام للشرطة الفرنسية، ومحمد الأمين ولد الشيخ سيدي، المدير العام …": the
                    # next of a list of persons each with a title, its given name glued to "و"
                    self._glued_at = first
                    parts = self._forward(first, strong=False)
                    self._glued_at = None
                    glued = len(parts) >= 2 and parts[0] == first
                    if glued and next_role and parts[-1] != last and last - first < 6:
                        parts = list(range(first, last + 1))  # the whole segment up to the title's comma
                if not parts and self._given_title_word(first):
                    # "مفوضة الاتحاد …، أمينة تشانا بيلو،": a given name that is also a title word, read
                    # as a name when the whole segment is one
                    rest = self._forward(first + 1, strong=False)
                    parts = [first, *rest] if rest and rest[0] == first + 1 and rest[-1] == last else []
                if (
                    parts
                    and parts[-1] == last - 1
                    and _starts_name(toks[parts[0]].key)
                    and self._name_like(last, ending=True)
                ):
                    # "…، نادية بوعزة،": the segment's end is sure, so its last word may be a surname
                    # in -ة after a given name, as when read back from a boundary
                    parts.append(last)
                if parts and parts[-1] != last:
                    # "…، غريس وانجيرو موانغي،": read back from the segment's sure end, a middle word that
                    # opens with "و" is the name's (`_foreign_and`); the whole segment, or nothing more
                    whole = self._backward(last)[0]
                    parts = whole if whole and whole[0] == first and whole[-1] == last else parts
                if parts and (parts[-1] == last or glued or _starts_name(toks[parts[0]].key)):
                    self._accept(parts, {"apposition"}, glued=glued)
            previous_has_role = role_at is not None

    def _listed_name(self, first: int, last: int) -> bool:
        """Whether a segment is two or three words of a name opened by a glued "و", none a title, a
        place, a common word or a word with its article; not a verb before a name ("ويضم محمد …")."""
        toks = self.toks
        k = toks[first].key
        if not 2 <= last - first + 1 <= 3 or k[:1] != "و" or len(k) < 4 or _not_a_name_part(k[1:]):
            return False
        if k in _SUBJECT_VERBS or k in _PRESENT_VERBS or toks[first + 1].key in AR_GIVEN_NAMES:
            return False  # (a given name after the first word opens the name: the first is no part of it)
        return all(self._name_like(j) and not _has_article(toks[j]) for j in range(first + 1, last + 1))

    def _quoted_asides(self, bounds: list[int]) -> set[int]:
        """The quotes around a body's short name that closes a role phrase ("… للشرطة "ريكوبول"، ماتياس
        فيرنر، …", "… الجنائية "الإنتربول" فالديسي أوركيزا إلى …"): one word in quotes after a word. The
        segments read on through them, so the name after them is read as the role's."""
        toks = self.toks
        out: set[int] = set()
        for i in bounds:
            closing = _QUOTES.get(toks[i].text)
            if (
                closing is not None
                and 0 < i < len(toks) - 3
                and toks[i + 2].text == closing
                and not toks[i - 1].boundary
                and not toks[i + 1].boundary
            ):
                out.update((i, i + 2))
        return out

    def _stopper(self, j: int) -> bool:
        t = self.toks[j]
        k = t.key
        if k in AR_ROLE_WORDS and self._title_surname(j):
            return False  # "غادة والي": a family name, though a title ("والي") and "و" + "الي"
        return (
            (k in AR_STOP and not self._foreign_syllable(j) and not self._patronym_family(j))
            or (k in AR_ROLE_WORDS and not self._second_given(j) and not self._title_word_given(j))
            or self._assistant_title(j)
            or k in AR_PLACES  # "رئيس الإنتربول لوكاس فيليب بالرباط"
            or k in _PRESENT_VERBS  # "… محمد حرمو يفتتح …"
            or self._in_place_name(j)
            or k in AR_NUMBERS
            or _DIACRITICS.sub("", t.text) in AR_STOP_RAW
            or _accusative(t)
            or _preposition_noun(k)  # "… كومان بدعم المملكة"
            # a noun with a glued preposition and article ("بالدور", "للشرطة") ends the name before it:
            # "وأشاد الأمين العام للأنتربول فالديسي أوركيزا بالدور …"
            or (self._glued_article(j) and not _starts_name(k))
            # "… خلادي وإطارات من قيادة …": the next item of a list, unless a family name ("… فارح ورسمه إن")
            or (self._and_word(j) and not self._family_and(j))
            # a noun a plural adjective qualifies, or that adjective: "… إبراهيم مراد المسؤولين الأمنيين"
            or _plural_nisba(k)
            or (j + 1 < len(self.toks) and _plural_nisba(self.toks[j + 1].key))
        )

    def _after_role(self, role_at: int, last: int) -> int | None:
        """A name after a role phrase, ending before the next stop word or at the segment's end:
        'أكد وزير العدل عبد الرحيم بنعلي أن …', 'سفير المملكة في تونس حسن طارق.' Returns the
        index of the name's last word, if one was found."""
        toks = self.toks
        # The reported speech ("أن", "إن") closes the subject's place: no name after it is the
        # role's ("أوضحت المديرة … أن المؤتمر سيعتمد إعلانا" names no "سيعتمد إعلانا").
        speech = next((j for j in range(role_at + 2, last + 1) if toks[j].text in _SPEECH_THAT), None)
        if speech is not None:
            last = speech - 1
        # (read lazily: most names end at the first stop word, and the words after it are not tested)
        ends = chain((j - 1 for j in range(role_at + 2, last + 1) if self._stopper(j)), (last,))
        for end in ends:
            if end <= role_at:
                continue
            parts, glued = self._backward(end)
            if parts and parts[0] > role_at:
                if len(parts) == 1 and end < last:
                    if end + 1 == last and speech is not None and toks[parts[0]].key in AR_GIVEN_NAMES:
                        # a given name, then a title word right before "أن": the word is its
                        # family name, since a title there would have no complement ("غادة والي أن")
                        parts = [*parts, end + 1]
                    else:
                        continue  # a given name before a title word that may be its surname
                self._accept(parts, {"title"}, glued=glued, strong=self._subject_closed(parts))
                return parts[-1]
        return None

    def _subject_closed(self, parts: list[int]) -> bool:
        """Whether the name words after a role phrase are followed by what comes only after a whole
        subject: "قد" before its verb ("وكان وزير … فرج الغويل قد دعا …") or "على" with what a verb of
        insisting asks for ("شدد وزير … فرج الغويل على ضرورة …"). No object stands between them and
        the role, so a family name with its article vouches for the name, whatever its first word."""
        e = parts[-1] + 1
        toks = self.toks
        if sum(not _is_opener(toks[p].key) for p in parts) < 2 or e + 1 >= len(toks) or toks[e + 1].boundary:
            return False
        if toks[e].key == _QAD:
            return True
        return toks[e].text == "على" and toks[e + 1].key in _INSISTED

    def _agents(self) -> None:
        """A name right after "headed by", "led by" ("وفد … برئاسة رشيد الوزاني", "بقيادة …", "يترأسه …"):
        the head of the delegation or of the meeting, as "par"/"by" vouch for a Latin name
        (latin._AGENT). Only a name that opens with a common given name, of two words at least, or two or
        three plain words that the clause's comma or full stop closes ("التي يديرها أوسيني تافاري،")."""
        if not any(stem in self.text for stem in _AGENT_STEMS):
            return
        toks = self.toks
        for i in range(len(toks) - 1):
            if toks[i].key not in _AGENT_WORDS:
                continue
            if _starts_name(toks[i + 1].key):
                parts = self._forward(i + 1, strong=False)
                if len(parts) >= 2:
                    self._accept(parts, {"agent"})
            elif (parts := self._closed_plain_name(i + 1)) is not None:
                self._accept(parts, {"agent"})  # "التي يديرها أوسيني تافاري،": a name no list holds

    def _closed_plain_name(self, i: int) -> list[int] | None:
        """Two or three plain words from i that a comma or a full stop closes, none with an article nor
        a title's, a place's or a country's word: a name no list holds, where a cue vouches for a name."""
        parts = []
        for j in range(i, min(i + 4, len(self.toks))):
            t = self.toks[j]
            if t.boundary:
                break
            if not self._plain_word(j) or not self._name_like(j) or t.key in AR_ROLE_WORDS:
                return None
            parts.append(j)
        else:
            return None  # no boundary within three words: a clause goes on
        end = i + len(parts)
        closed = end < len(self.toks) and self.toks[end].text in (*_COMMAS, ".")
        return parts if 2 <= len(parts) <= 3 and closed else None

    def _headline_subjects(self) -> None:
        """The subject of a headline's present-tense verb, alone at the start of its line or after
        its colon ("اقرأ أيضا: حموشي يستقبل وفدا أمنيا إسبانيا", "لفتيت يستقبل …"): one or two words that
        can be a name, with no article (a body or a country would have one, or be a place)."""
        toks = self.toks
        for opening in _LINE_OPENING.finditer(self.text):  # (a few per text: not every word is asked)
            i = bisect_left(toks, opening.end(), key=lambda t: t.start)
            if i >= len(toks) - 1 or toks[i].start != opening.end() or toks[i].boundary:
                continue
            for n in (1, 2):
                if i + n >= len(toks) or toks[i + n].key not in _PRESENT_VERBS:
                    continue
                parts = list(range(i, i + n))
                if all(self._name_like(p) and not _has_article(toks[p]) for p in parts):
                    self._accept(parts, {"headline"}, strong=True)
                break

    def _speakers(self) -> None:
        """The speaker a verb of speech names before what was said ("وقال فهد الشهري إن …", "وأكد
        خالد الزروالي أن …"): a name that opens with a common given name, of two words at least, and
        that "إن"/"أن" or a punctuation mark closes, as a verb after a Latin name vouches for it."""
        toks = self.toks
        for i in range(len(toks) - 2):
            speech = toks[i].key in _SPEECH_VERBS
            # (or "among them": "ومنهم عبداللطيف حموشي المدير العام …")
            if not speech and toks[i].key not in _PRESENTING_VERBS and toks[i].key not in _AMONG:
                continue
            given = _starts_name(toks[i + 1].key)
            parts = self._forward(i + 1, strong=False)
            if not parts or parts[0] != i + 1:
                continue
            after = parts[-1] + 1
            closed = after >= len(toks) or toks[after].boundary or toks[after].text in _SPEECH_THAT
            # or the speaker's title in apposition: "وأكد أشرف عبد الغفار مساعد وزير الداخلية أن"
            closed = closed or self._stopper(after)
            # a name no list holds ("أعرب يورغن شتوك الأمين العام للإنتربول"): the title right after vouches
            titled = after < len(toks) and toks[after].key in AR_ROLE_BASE and len(parts) <= 3
            # "among them", the name's country after it: "من بينهم أنور البريكي من دولة الكويت"
            among = toks[i].key in _AMONG and given and self._of_a_country(after)
            if len(parts) >= 2 and ((given and closed and speech) or titled or among):
                self._accept(parts, {"verb"})

    def _of_a_country(self, j: int) -> bool:
        """Whether words j on say whose delegate a name is: "من" and a country ("من دولة قطر", "من المغرب")."""
        toks = self.toks
        return (
            j + 1 < len(toks)
            and toks[j].key == _FROM
            and (toks[j + 1].key in _STATE_WORDS or toks[j + 1].key in AR_PLACES)
        )

    def _credit_lines(self) -> None:
        pos = 0
        filled = 0  # non-empty lines read so far
        lines = self.text.split("\n")
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
        for index, line in enumerate(lines):
            start, pos = pos, pos + len(line) + 1
            if line.strip():
                filled += 1
            if not line.strip() or len(line) > 80:
                continue
            # the author's name alone, under the headline or closing the story
            if (filled == 2 or index == last) and self._name_line(start, line):
                continue
            if "/" in line and self._shared_credit(start, line):
                continue
            m, lead = _CREDIT_LINE.match(line), 0
            place = None if m else _PLACE_THEN.match(line)
            if place and akey(place.group(1)) in AR_PLACES:
                # "بغداد – كتب: م. العبادي": the dateline's city first
                m, lead = _CREDIT_LINE.match(line[place.end() :]), place.end()
            if m:
                i = self._token_at(start + lead + m.end())
                if i is not None and self._initial_at(i):
                    # "بقلم: ع. الوزاني": an initial and its period open the author's name
                    rest = self._forward(i + 2, strong=True)
                    if len(rest) == 1:
                        self._accept([i, *rest], {"credit"}, strong=True)
                elif i is not None:
                    self._accept(self._forward(i, strong=False), {"credit"})
                continue
            m = _CITY_AUTHOR_LINE.match(line)
            i = self._token_at(start + m.start(2)) if m else None
            # after a city ("الرباط: كمال العلوي"), or after an outlet's name and a dash, a name that opens
            # with a common given name ("هسبريس - كمال العلوي", a story's closing credit)
            if i is not None and (
                akey(m.group(1)) in AR_PLACES
                or (line[m.end(1) : m.start(2)].strip() in "–—-" and _starts_name(self.toks[i].key))
            ):
                parts = self._forward(i, strong=False)
                if parts and self.toks[parts[-1]].end == start + m.end(2):
                    self._accept(parts, {"byline"})
                continue
            m = _AUTHOR_LINE.match(line)
            place = m and (akey(m.group(2)) in AR_PLACES or akey(f"{m.group(2)} {m.group(3)}") in AR_PLACES)
            dated = m and (m.group(2)[:1].isdigit() or akey(m.group(2)) in _WEEKDAYS)
            if m and (place or dated):  # "سعيد الإدريسي – هونغ كونغ", "سعيد الإدريسي - الثلاثاء 3 يونيو"
                i = self._token_at(start + m.start(1))
                parts = self._forward(i, strong=False) if i is not None else []
                if parts and self.toks[parts[-1]].end == start + m.end(1):
                    self._accept(parts, {"byline"})
                elif parts and self._initial_at(parts[-1] + 1) and self.toks[parts[-1] + 2].end == start + m.end(1):
                    # "حسن ب. - الثلاثاء …": a given name and the family name's initial, as outlets sign
                    self._accept([*parts, parts[-1] + 1, parts[-1] + 2], {"byline"}, strong=True)

    def _shared_credit(self, start: int, line: str) -> bool:
        """A line of authors' names parted by "/" ("سعيد الزاوي/ كمال بن عيسى"), as a story's credits
        close it: each part a name from a given name to the slash or the line's end."""
        pieces = slash_credit_names(line)
        if pieces is None:
            return False  # (the line's shape first, `text.credits`: most lines with a slash hold a date)
        found = []
        for offset, name in pieces:
            i = self._token_at(start + offset)
            if i is None:
                return False
            parts = self._forward(i, strong=False)
            if len(parts) < 2 or self.text[self.toks[i].start : self.toks[parts[-1]].end] != name:
                return False
            found.append(parts)
        if len(found) < 2:
            return False
        for parts in found:
            self._accept(parts, {"credit"})
        return True

    def _name_line(self, start: int, line: str) -> bool:
        """A line under the headline or closing the story that holds a name alone, the author's ("حميد
        الزياني"): two or three words from a given name to the line's end."""
        i = self._token_at(start + len(line) - len(line.lstrip()))
        if i is not None and self._initial_at(i):
            # "ع. الإدريسي": an initial and its period, then the family name, alone on the line
            rest = self._forward(i + 2, strong=True)
            if len(rest) == 1 and self.toks[rest[0]].end == start + len(line.rstrip()):
                self._accept([i, *rest], {"byline"}, strong=True)
                return True
            return False
        if i is None or not _starts_name(self.toks[i].key):
            return False
        parts = self._forward(i, strong=False)
        if not 2 <= len(parts) <= 3 or self.toks[parts[-1]].end != start + len(line.rstrip()):
            return False
        self._accept(parts, {"byline"})
        return True

    def _initial_at(self, i: int) -> bool:
        """An Arabic letter alone followed by a period: an initial ("ع. الوزاني")."""
        toks = self.toks
        return (
            i + 2 < len(toks)
            and len(toks[i].text) == 1
            and bool(_ARABIC_WORD.match(toks[i].text))
            and toks[i + 1].text == "."
        )

    def _token_at(self, offset: int) -> int | None:
        return next((i for i, t in enumerate(self.toks) if t.start >= offset), None)

    # -- roles, mentions, surnames ------------------------------------------------------------------
    def find(self) -> list[PersonMention]:
        self._honorifics()
        self._nationalities()
        self._segments()
        self._agents()
        self._speakers()
        self._headline_subjects()
        self._credit_lines()
        self._role_surnames()
        found = sorted(self.spans.values(), key=lambda c: c.name_start)
        for n, cand in enumerate(found):
            floor = self.sentences.bounds(cand.name_start)[0]
            if n:
                floor = max(floor, found[n - 1].name_end)
            cand.before = arabic_role_before(self.text, cand.chain_start, min(floor, cand.chain_start))
            cand.after = arabic_role_after(self.text, cand.name_end)
            if cand.before and not cand.before.apposition and cand.before.start < cand.name_start:
                cand.cues.add("title")
            if cand.after:
                cand.cues.add("title-after")
        mentions = build_mentions(self.text, self.sentences, found)
        mentions.extend(self._surnames(mentions))
        return sorted(mentions, key=lambda m: m.start)

    def _role_surnames(self) -> None:
        """A family name alone right after a role phrase, the person being named in full elsewhere (in
        another article, for identity to link): a nisba with its article between two commas ("الأمين العام
        للمجلس، الهاجري، …"), or "ولد" and one word before a boundary ("وزير الداخلية الموريتاني ولد باه،").
        A role word stands at most `_ROLE_REACH` words before, with no boundary between."""
        toks = self.toks
        for i in range(1, len(toks) - 2):
            t, after = toks[i], toks[i + 1]
            if t.text in _COMMAS and toks[i + 2].text in _COMMAS and self._lone_family_name(i + 1):
                if self._role_closes_at(i - 1):
                    self._accept([i + 1], {"apposition"}, strong=True)
            elif (
                t.key == _OULD
                and not after.boundary
                and toks[i + 2].boundary
                and self._plain_word(i + 1)
                and self._role_closes_at(i - 1)
            ):
                self._accept([i, i + 1], {"title"}, strong=True)

    def _lone_family_name(self, i: int) -> bool:
        """A nisba with its article that is no common word of the lists ("الهاجري", not "التنفيذي")."""
        t = self.toks[i]
        k = t.key
        return (
            _has_article(t)
            and k.endswith("ي")
            and len(k) >= 6
            and _ARABIC_WORD.match(t.text) is not None
            and not any(k in words for words in _NOT_FAMILY_NAMES)
            and self._name_like(i)
        )

    def _role_closes_at(self, j: int) -> bool:
        """Whether word j ends a role phrase: a role word at most `_ROLE_REACH` words before it (or it),
        no boundary between, and no name found there already."""
        toks = self.toks
        for r in range(j, max(-1, j - _ROLE_REACH), -1):
            if toks[r].boundary or any(s <= toks[r].start < e for s, e in self.spans):
                return False
            if toks[r].key in AR_ROLE_BASE:
                return True
        return False

    def _surnames(self, mentions: list[PersonMention]) -> list[PersonMention]:
        stems = set()
        for m in mentions:
            words = akey(m.name).split()
            if len(words) > 1:
                last = words[-1][2:] if words[-1].startswith("ال") else words[-1]
                if len(last) >= 4 and last not in AR_MONTHS and last not in AR_STOP:
                    stems.add(last)
        if not stems:
            return []
        taken = SpanIndex((m.start, m.end) for m in mentions)
        out = []
        endings = tuple(stems)
        for t in self.toks:
            if not t.key.endswith(endings):  # every form taken below ends with its stem
                continue
            k, cut = t.key, 0
            if k[:1] in {"و", "ف"} and (k[1:] in stems or k[1:].removeprefix("ال") in stems):
                k, cut = k[1:], 1
            if not (k in stems or (k.startswith("ال") and k[2:] in stems)):
                continue
            if taken.overlaps(t.start, t.end) or self.known_spans.overlaps(t.start, t.end):
                continue
            span = (t.start + cut, t.start + cut, t.end)
            out.append(make_mention(self.text, self.sentences, span, None, {"surname"}, True))
            taken.add(t.start, t.end)
        return out


_WITH = frozenset(akey(w) for w in ("مع", "ومع", "رفقة", "برفقة"))
# Nouns of a territory a governor's or a head's title names ("والي جهة …", "أمير منطقة …").
_TERRITORIES = frozenset(akey(w) for w in ("جهة", "ولاية", "إقليم", "عمالة", "منطقة", "محافظة", "مدينة", "دائرة"))
# Stop words that open with a hamza ("أي", "أن", "إن", with "و"/"ف"/"ب"/"ل" glued): without it,
# they are as often a syllable of a foreign name ("واي", "فاي", "فان").
_KANE = akey("كان")
_LINE_OPENING = re.compile(r"(?:^|[\n:])[ \t\u00a0]*")
_HAMZA_STOPS = frozenset(
    form for word in ("أي", "أن", "إن", "أو") for form in (glue + akey(word) for glue in ("و", "ف", "ب", "ل"))
)
# Verbs of news prose placed before their subject's name (also feminine, with a pronoun object or a
# glued conjunction): "أكد لورنزو بيلاندي،", "فيما حضرت هيلينا ليندكفيست،", "وفد ترأسه هشام …".
_VERBS = (
    "قال أكد أوضح أشار أضاف اعتبر شدد دعا أعلن استعرض قدم ألقى ترأس افتتح شارك حضر هنأ نوه جدد تسلم استقبل"
    " أجرى أشاد أبرز لفت ذكر التقى تدخل ثمن رحب اختتم مثل قاد"
    " حذر نبه ناقش بحث اقترح أعرب استهل ختم أفاد صرح كشف تحدث تطرق ركز وصف أثنى أبدى أوصى"
    " ألقت التقت دعت أثنت أبدت أوصت"  # verbs ending in a vowel lose it before the feminine ت
)
_SUBJECT_VERBS = frozenset(
    conj + akey(verb) + ending
    for verb in _VERBS.split()
    for ending in ("", "ت", "ه", "ها", "ته", "تها")
    for conj in ("", "و", "ف")
)
# "And was", opening a clause on its subject ("وكان نيكولاي باتروشيف، أمين …، قد افتتح"); alone, "كان"
# is also a West African family name ("موسى كان ديارا").
_WAS = frozenset(conj + akey(w) for w in ("كان", "كانت") for conj in ("و", "ف"))
# The same verbs in the present tense, as headlines write them after the subject's name ("… محمد حرمو
# يفتتح …", "… تستقبل …"): a name ends before them. (A given name is never taken for one: "يحيى".)
_PRESENT_VERBS = (
    frozenset(
        conj + prefix + (stem[1:] if stem[0] == "ا" else stem)
        for verb in _VERBS.split()[:-3]  # (the last three are feminine past forms)
        for stem in (akey(verb),)
        for prefix in ("ي", "ت")
        for conj in ("", "و")
    )
    - AR_GIVEN_NAMES
)
# Adjectives of a rank's service ("للشرطة الوطنية", "للأمن العام"): read past to the name.
_SERVICE_ADJECTIVES = frozenset(akey(w) for w in ("الوطنية", "الوطني", "العام", "العامة", "القضائية", "الإدارية"))
_RANK_SERVICES = frozenset(akey(w) for w in ("شرطة", "بحري", "طيار", "ركن"))
_BEN = frozenset(akey(w) for w in ("بن", "ابن"))
_PATRONYMS = _BEN | frozenset(akey(w) for w in ("بنت", "ولد"))
_WEEKDAYS = frozenset(
    akey(w) for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
)
# The letters that open a verb in the present tense ("يستقبل", "تشارك", "نؤكد"): no name's first word
# in a role phrase's place.
_IMPERFECT_PREFIXES = frozenset("يتن")
# Endings of common nouns after "و" (plurals, feminine, attached pronouns): "وإطارات", "ومسؤولين", "ووفده".
# "that" after a verb of saying: "قال X إن …".
_SPEECH_THAT = frozenset({"إن", "أن"})
# Words before a family's or a father's name ("آل حمدان", "بن سعد"): the name after them is no given name.
_NASAB_OR_FAMILY = frozenset(akey(w) for w in ("آل", "بن", "ابن", "بنت"))
# "Assistant", "aide": given names as well ("مساعد"), a title's first word before another title's.
_ASSISTANT_WORDS = frozenset(akey(w) for w in ("مساعد", "المساعد", "ومساعد", "معاون"))
# What an emir's title names after it: "أمير البلاد", "أمير الدولة", "أمير المنطقة".
_REALM_WORDS = frozenset(akey(w) for w in ("البلاد", "الدولة", "المنطقة", "الإمارة", "منطقة", "دولة", "إمارة"))
_SPEECH_VERBS = frozenset(
    conj + akey(verb) + ending
    for verb in (
        *("قال", "أكد", "أوضح", "أشار", "أضاف", "صرح", "ذكر", "شدد", "أعلن", "اعتبر", "لفت", "أعرب", "أشاد"),
        "حذر",
    )
    for ending in ("", "ت")
    for conj in ("", "و", "ف")
) | frozenset(conj + akey(verb) for verb in ("دعا", "دعت") for conj in ("", "و", "ف"))  # (called: "دعت", not "دعات")
# Verbs of presenting or chairing ("وقدم X الأمين العام للإنتربول عرضا"): their subject is a speaker's
# when the title right after the name vouches for it.
_PRESENTING_VERBS = frozenset(
    conj + akey(verb) + ending
    # (and of attending: "وحضر عبداللطيف حموشي المدير العام …", the title right after the name vouching)
    for verb in ("قدم", "ألقى", "استعرض", "ترأس", "افتتح", "اختتم", "حضر", "شارك", "مثل")
    for ending in ("", "ت")
    for conj in ("", "و", "ف")
)
# A plural with a pronoun ("ومرافقوه", "وزملاؤه"): the next item of a list.
_PLURAL_PRONOUN = ("وه", "اه", "يه")
_NOUN_ENDINGS = ("ات", "ين", "ون", "ه", "ها", "هم", "هما", "كم", "نا")
_RANK_ADJECTIVES = frozenset(
    akey(w) for w in ("الإقليمي", "الإقليمية", "الممتاز", "الممتازة", "الأول", "الأولى", "المركزي", "الممتازين")
)
_AL = akey("آل")
_OULD = akey("ولد")
_ROLE_REACH = 6
# words with their article and a nisba's ending that no family name alone is: the lists' adjectives and titles
_NOT_FAMILY_NAMES = (AR_NATIONALITIES, AR_PLACES, AR_ROLE_WORDS, AR_STOP, AR_HONORIFICS, AR_MONTHS)
_QAD = akey("قد")
_INSISTED = frozenset(akey(w) for w in ("ضرورة", "أهمية", "أن"))
_HASAN = akey("حسن")
_DR = akey("د")  # the family particle folds onto the article: a word by itself
_SOUTH = akey("الجنوب")
_SAYYID = akey("السيد")
_BASSEM = akey("باسم")
_SPOKESMAN = frozenset(
    map(akey, ("المتحدث", "الناطق", "المتحدثة", "الناطقة", "متحدث", "ناطق", "متحدثا", "ناطقا", "متحدثة", "ناطقة"))
)
_AFRICAN = frozenset(akey(w) for w in ("إفريقي", "أفريقي", "افريقي"))
_FIRST_WORDS = frozenset(h.split()[0] for h in AR_HONORIFICS)


def _glued_forms(word: str) -> dict[str, int]:
    """An honorific's first word with the conjunctions and prepositions Arabic glues to it, each with
    the number of letters glued: "والسيد", "بالسيد", "لمعالي", "وبمعالي"; "لل" for "ل" + "ال" ("للواء")."""
    forms = {word: 0}
    if len(word) < 3:
        return forms  # "د" (Dr): glued, it would be a common word ("لد", "بد")
    for glue in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"):
        if glue.endswith("ل") and word.startswith("ال"):
            forms.setdefault(glue + word[1:], len(glue))  # "ل" + "اللواء" is written "للواء"
        else:
            forms.setdefault(glue + word, len(glue))
    return forms


# The keys that open an honorific, glued or not, with the honorific's own key and the glued letters.
_OPENING_WORDS: dict[str, tuple[str, int]] = {
    form: (word, glued) for word in _FIRST_WORDS for form, glued in _glued_forms(word).items()
}


def find_arabic_persons(text: str, known_spans: Sequence[tuple[int, int]] = ()) -> list[PersonMention]:
    """Persons named in an Arabic text."""
    return ArabicPersonFinder(text, known_spans).find()
