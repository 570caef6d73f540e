"""Ordinals in three languages, on folded text (lower case, no accents, hyphens as spaces,
Arabic hamza/ta marbuta/alef maqsura folded, Arabic-Indic digits as ASCII).

French and English write them as numerals with a suffix ("47e", "92nd", "1ère") or in words
("quarante et unième", "quatre-vingt-treizième", "forty-seventh"); Arabic as numerals ("الـ93",
"رقم 12") or words in either case ending ("الثالثة والتسعين", "الحادي عشر", "الحادية بعد المائة").
The patterns find them; `latin_ordinal_value` and `arabic_ordinal_value` read their value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from text.normalize import normalize_name
from text.scanning import digit_runs, matches_at
from text.script import ARABIC_LETTERS
from text.wordlists import fold_all

_LATIN_CARDINALS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "cents": 100, "one": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_LATIN_ORDINAL_WORDS = {
    "premier": 1, "premiere": 1, "second": 2, "seconde": 2, "unieme": 1, "deuxieme": 2, "troisieme": 3,
    "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10,
    "onzieme": 11, "douzieme": 12, "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16,
    "vingtieme": 20, "trentieme": 30, "quarantieme": 40, "cinquantieme": 50, "soixantieme": 60, "centieme": 100,
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}  # fmt: skip
LATIN_ORDINAL = re.compile(
    # (four digits but a year's: the African Union's Peace and Security Council holds its 1247th meeting)
    r"\b(?:(?P<num>\d{1,3}|(?!19\d\d|20\d\d)\d{4})(?:\s?i?emes?|eres?|er|re|es|e|st|nd|rd|th)"
    rf"|(?P<words>(?:(?:{'|'.join(fold_all(_LATIN_CARDINALS))})\s(?:(?:et|and)\s)?)*"
    rf"(?:{'|'.join(fold_all(_LATIN_ORDINAL_WORDS))})))\b"
)

# Where a Latin ordinal can start (text.scanning): at a number, or at the first word of a run
# of cardinals ("quatre vingt treizieme") that ends on an ordinal word.
_NUMERAL = re.compile(r"\d+\s?[iersnt]")  # digits, then the first letter of a suffix ("47e", "2nd")
# Letters that every ordinal word holds (the French "-ieme" words, premier, second, the English "-th"
# words...), rare in other words (tests/test_scanning.py checks that each word holds one).
_ORDINAL_WORD_PARTS = ("ieme", "premi", "econd", "irst", "hird", "urth", "fth", "xth", "nth", "hth", "ieth", "dth")
_CARDINAL_RUN_WORDS = frozenset(_LATIN_CARDINALS) | {"et", "and"}


def latin_ordinals(folded: str) -> Iterator[re.Match[str]]:
    """The matches of `LATIN_ORDINAL.finditer(folded)`, the pattern tried only where one can start."""
    runs = digit_runs(folded)  # None beyond Latin-1: the regex then finds the numbers
    starts = _numeral_starts(folded) if runs is None else {start for start, _ in runs}
    for part in _ORDINAL_WORD_PARTS:
        at = folded.find(part)
        while at >= 0:
            _add_word_run_starts(folded, at, starts)
            at = folded.find(part, at + 1)
    return matches_at(LATIN_ORDINAL, folded, sorted(starts))


def _numeral_starts(folded: str) -> set[int]:
    """Where `_NUMERAL` matches (its `finditer`): the first digit of each run of digits (\\d: of any
    script) that a suffix's first letter follows, one white space between at most. Found from those
    letters (`str.find`), rarely written in an Arabic text, rather than by the regex engine testing
    each of its characters for a digit."""
    starts: set[int] = set()
    for letter in "iersnt":
        at = folded.find(letter)
        while at >= 0:
            end = at if at and folded[at - 1].isdecimal() else None
            if end is None and at >= 2 and folded[at - 1].isspace() and folded[at - 2].isdecimal():
                end = at - 1
            if end is not None:
                start = end - 1
                while start and folded[start - 1].isdecimal():
                    start -= 1
                starts.add(start)
            at = folded.find(letter, at + 1)
    return starts


def _add_word_run_starts(text: str, at: int, starts: set[int]) -> None:
    """The start of the word holding `at`, and of each cardinal (or "et") before it, one space apart:
    an ordinal's words are whole words (\\b or one space around each)."""
    start = at
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    starts.add(start)
    while start >= 2 and text[start - 1].isspace():
        previous = start - 1
        while previous > 0 and _is_word_char(text[previous - 1]):
            previous -= 1
        if text[previous : start - 1] not in _CARDINAL_RUN_WORDS:
            return
        start = previous
        starts.add(start)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # the regex \w


_AR_UNITS = {
    "اول": 1, "اولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3, "رابع": 4,
    "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8,
    "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
}  # fmt: skip
_AR_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90,
    "تسعين": 90, "مائة": 100, "مئة": 100,
}  # fmt: skip
_AR_VALUES = {normalize_name(k): v for k, v in (_AR_UNITS | _AR_TENS).items()}
_AR_TEEN = {normalize_name("عشر"), normalize_name("عشرة")}
_AR_UNIT_RE = "|".join(fold_all(_AR_UNITS))
_AR_TENS_RE = "|".join(fold_all(_AR_TENS))
_AR_HUNDRED_AFTER = r"(?:\sبعد\s(?:ال)?(?:مايه|ميه))?"
# A number counting what follows it, in the accusative ("الدورة 35 ضابطا": the course's 35 officers), is
# no session's number: the counted noun after the digits ends in the accusative's alif ("هذا" aside).
# (a counted noun in the accusative, "43 وزيرا"; not a preposition's noun, "الـ43 لوزراء", folded "لوزرا")
_COUNTED_AFTER = rf"(?!\s(?!هذا)(?!ل)[{ARABIC_LETTERS}]+ا(?![{ARABIC_LETTERS}]))"
AR_ORDINAL = (
    # (a four-digit number only after "رقم": "اجتماعه رقم 1290", never a year)
    rf"(?:(?:رقم\s\d{{1,4}}|(?:ال\s?)?\d{{1,3}})(?!\d){_COUNTED_AFTER}"
    rf"|(?:ال)?(?:{_AR_UNIT_RE})(?:\s(?:عشره|عشر)|\sو\s?(?:ال)?(?:{_AR_TENS_RE}))?{_AR_HUNDRED_AFTER}"
    rf"|(?:ال)?(?:{_AR_TENS_RE}){_AR_HUNDRED_AFTER})(?![{ARABIC_LETTERS}\d])"
)
AR_ORDINAL_RE = re.compile(AR_ORDINAL)


def latin_ordinal_value(text: str) -> int | None:
    """'47', 'quarante et unieme', 'quatre vingt treizieme', 'forty seventh' (folded) → int."""
    tokens = [t for t in text.split() if t not in ("et", "and")]
    if not tokens:
        return None
    if tokens in (["un", "premier"], ["une", "premiere"]):
        return 1  # "un premier sommet": the indefinite article, not a number's word
    last = tokens[-1]
    if last not in _LATIN_ORDINAL_WORDS or (len(tokens) > 1 and last in ("premier", "premiere")):
        return None  # "vingt et unième", never "vingt premier"
    values = [_LATIN_CARDINALS[t] for t in tokens[:-1]] + [_LATIN_ORDINAL_WORDS[last]]
    total = 0
    for i, value in enumerate(values):
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and i > 0 and tokens[i - 1] == "quatre":  # quatre-vingt(s) = 80
            total += 80 - 4
        else:
            total += value
    return total or None


def arabic_ordinal_value(text: str) -> int | None:
    """'الثالثه والتسعين', 'ال93', 'الحادي عشر', 'الحاديه بعد المايه' (folded) → int."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    return sum(_arabic_number_word(token) for token in text.split()) or None


def _arabic_number_word(token: str) -> int:
    """The value of one word of an ordinal, with its article and conjunction: "والتسعين" → 90."""
    for word in (token, token[1:] if token.startswith("و") else ""):
        bare = word[2:] if word.startswith("ال") else word
        if bare in _AR_TEEN:
            return 10
        if bare in _AR_VALUES:
            return _AR_VALUES[bare]
    return 0


# Roman numerals with an ordinal suffix ("la XIIe conférence", "XIème session", "the XIIth
# meeting"), read on the folded text; the numeral is written in capitals, which tells "VIe" from the
# word "vie" (checked on the original text by the caller). The word boundary before the numeral is
# tested after its first letter ("\b[ivxlc]" as "[ivxlc](?<!\w[ivxlc])"): the same matches, but the
# regex engine can then skip to the next of these letters instead of trying every character.
ROMAN_ORDINAL = re.compile(r"(?P<roman>[ivxlc](?<!\w[ivxlc])[ivxlc]{0,6})(?:\s?i?emes?|e|th)\b")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int | None:
    """'xii' → 12, 'xliv' → 44; None for a letter run that is no well-formed numeral ('iix')."""
    total = 0
    values = [_ROMAN_DIGITS[c] for c in numeral.lower()]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total if total and _roman(total) == numeral.lower() else None


def _roman(value: int) -> str:
    out = ""
    for number, letters in (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while value >= number:
            out, value = out + letters, value - number
    return out
