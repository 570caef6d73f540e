"""One normalization for names, everywhere: matching, de-duplication, search keys.

Folds what spelling varies on and meaning does not: case, Latin accents, apostrophes (’ '),
hyphens and spacing; Arabic diacritics and tatweel, alef/hamza forms, ta marbuta, alef
maqsura, Arabic-Indic digits. Each input character maps to a fixed number of output
characters *before* whitespace collapsing only, so `normalize_with_offsets` can map a match
in the folded text back to the original text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from text.caches import RECENT_TEXTS

_ARABIC_DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # harakat, dagger alef, tatweel
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ء": "",
    "’": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "-": " ",
    "‐": " ",
    "‑": " ",
    "–": " ",
    "—": " ",
    "_": " ",
    "\u00a0": " ",
    "\u200f": "",
    "\u200e": "",
    "\u200b": "",
    "ß": "ss",
    "ẞ": "ss",
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    # letters that Unicode does not decompose into a base letter and an accent
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ı": "i",
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Eastern Arabic-Indic digits


def _fold_char(ch: str) -> str:
    if ch in _ARABIC_DIACRITICS:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if ch.isspace():
        return " "
    if ord(ch) < 128:
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower() if base else ""


_CACHE: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty, possibly two characters)."""
    folded = _CACHE.get(ch)
    if folded is None:
        folded = _CACHE[ch] = _fold_char(ch)
    return folded


class _FoldTable(dict):
    """A ``str.translate`` table filled on first sight of each character, so that folding a
    whole text runs in C; it remembers the characters that do not fold to exactly one."""

    irregular: set[str]

    def __init__(self) -> None:
        super().__init__()
        self.irregular = set()

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        return folded


_TABLE = _FoldTable()


def normalize_name(text: str | None) -> str:
    """The matching key of a name: folded, single-spaced, trimmed."""
    if not text:
        return ""
    return " ".join(text.translate(_TABLE).split())


# 0, 1, 2, …: offsets are sliced from it, sharing its int objects, where `list(range(n))` allocates
# one for each offset above 256 (most of the cost of folding a text in Latin script). Grown on
# demand up to _COUNTED; a longer text's offsets are counted afresh.
_COUNTING: list[int] = []
_COUNTED = 1 << 17


def _counting(size: int) -> list[int] | range:
    """A sequence whose item i is i, for slicing [0, size): the shared list, or a range beyond it."""
    if size > _COUNTED:
        return range(size)
    if len(_COUNTING) < size:
        _COUNTING.extend(range(len(_COUNTING), min(_COUNTED, max(size, 2 * len(_COUNTING), 4096))))
    return _COUNTING


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` without collapsing spaces; return the folded text and, for each folded
    character, the offset of the original character it came from."""
    folded, irregular = _fold_text(text)
    first = irregular.search(text) if irregular else None
    counting = _counting(len(text))
    if first is None:
        return folded, list(counting[: len(text)])
    # Offsets run one-to-one between the characters that fold to none or to two.
    offsets: list[int] = []
    previous = 0
    for match in irregular.finditer(text, first.start()):
        index = match.start()
        offsets.extend(counting[previous:index])
        offsets.extend([index] * len(fold_char(text[index])))
        previous = index + 1
    offsets.extend(counting[previous : len(text)])
    return folded, offsets


def prepare_folding() -> None:
    """Build the table `folded_text` folds articles with (60 ms, once per process). Called before
    extraction's worker processes fork, they share it."""
    if not _BMP:
        table = [fold_char(chr(code)) for code in range(0x10000)]
        irregular = "".join(chr(code) for code, folded in enumerate(table) if len(folded) != 1)
        _BMP_IRREGULAR[:] = [re.compile(f"[{re.escape(irregular)}]")]
        _BMP_WORDS[:] = ["".join(c if c.isalnum() else " " for c in folded) for folded in table]
        # Latin-1 characters that fold to exactly one Latin-1 character (in both tables: the words'
        # table only makes some of them spaces) are folded as bytes; the others are looked up alone.
        slow = "".join(chr(code) for code in range(256) if len(table[code]) != 1 or ord(table[code]) > 255)
        _LATIN1_SLOW[:] = [slow.encode("latin-1"), re.compile(f"[{re.escape(slow)}\u0100-\U0010ffff]")]
        _LATIN1_TABLES[:] = [
            bytes(ord(t[code]) if chr(code) not in slow else code for code in range(256)) for t in (table, _BMP_WORDS)
        ]
        _ARABIC_CODEC[:] = _arabic_codec(table)
        _BMP[:] = table  # last: a filled table means a ready class


def _fold_text(text: str) -> tuple[str, re.Pattern[str] | None]:
    """`text` folded, and a character class of the characters it may hold that fold to none or to
    two (None when it holds none). A whole article is folded with a table of every character of the
    Basic Multilingual Plane (a list: `str.translate` reads it a third faster than the lazily filled
    dict); a text with a character beyond it, with the dict."""
    prepare_folding()
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):  # nothing beyond the BMP
        folded, regular = _translate_bmp(text, 0)
        return folded, None if regular else _BMP_IRREGULAR[0]
    return text.translate(_TABLE), _irregular_chars()


# The characters of Arabic text (ASCII, the Arabic letters, marks, digits and punctuation, the
# Maghreb's extra letters, common quotes, dashes and invisible marks) that fold to one character or
# to none, each given a byte; the characters they fold to, each given a byte too.
_ARABIC_ALPHABET = (
    "".join(map(chr, range(128)))
    + "\u060c\u061b\u061f"
    + "".join(map(chr, range(0x0621, 0x0660)))
    + "".join(map(chr, range(0x0660, 0x066A)))
    + "\u0670"
    + "".join(map(chr, range(0x06F0, 0x06FA)))
    + "\u067e\u0686\u0698\u06a4\u06a9\u06af\u06cc"
    + "\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u200b\u200c\u200d\u200e\u200f"
)
_ARABIC_CODEC: list = []  # (encoding map, [translation, deleted] per table, decoding table): see _arabic_codec


def _arabic_codec(table: list[str]) -> tuple:
    """What `_translate_arabic` folds with: a charmap codec's encoding map of the alphabet's
    characters that fold to one character or to none (a byte each); for the folding (`_BMP`, given)
    and for the folding to words (`_BMP_WORDS`: what is no letter or digit made a space), the byte
    translation to the bytes of what they fold to and the bytes of those that fold to none; and the
    decoding table of the folded characters."""
    alphabet = [char for char in _ARABIC_ALPHABET if len(table[ord(char)]) <= 1]
    foldings = [
        [table[ord(char)] for char in alphabet],
        ["".join(c if c.isalnum() else " " for c in table[ord(char)]) for char in alphabet],
    ]
    folded = sorted({out for outputs in foldings for out in outputs} - {""})
    if len(alphabet) > 256 or len(folded) > 256:
        raise ValueError("the Arabic alphabet or its folding exceeds a byte")
    code = {char: i for i, char in enumerate(folded)}
    translations = [
        (
            bytes(code.get(out, 0) for out in outputs) + bytes(256 - len(alphabet)),
            bytes(i for i, out in enumerate(outputs) if not out),
        )
        for outputs in foldings
    ]
    undefined = "\ufffe"  # a byte no character has (charmap codecs' mark)
    encoding = codecs.charmap_build("".join(alphabet) + undefined * (256 - len(alphabet)))
    return encoding, translations, "".join(folded) + undefined * (256 - len(folded))


def _translate_arabic(text: str, which: int) -> tuple[str, bool]:
    """`text.translate` of `_translate_bmp` for a text mostly beyond Latin-1 (Arabic), through a
    charmap codec when every character of the text is in `_ARABIC_ALPHABET`: each character
    encoded to its byte (a C look-up, where `str.translate` goes through Python objects), the bytes
    translated to those of what they fold to (the ones folding to none deleted), and decoded.
    Whether the text is known to hold no character that folds to none or to two, as there."""
    encoding, translations, decoding = _ARABIC_CODEC
    try:
        encoded = codecs.charmap_encode(text, "strict", encoding)[0]
    except UnicodeEncodeError:  # a character beyond the alphabet
        return text.translate(_BMP_WORDS if which else _BMP), False
    translation, deleted = translations[which]
    folded = encoded.translate(translation, deleted)
    return codecs.charmap_decode(folded, "strict", decoding)[0], len(folded) == len(encoded)


_LATIN1_TABLES: list[bytes] = []  # `_BMP` and `_BMP_WORDS` on Latin-1, as bytes (see _translate_bmp)
_LATIN1_SLOW: list = []  # the Latin-1 bytes they do not fold to one Latin-1 byte; a class of those and beyond
# A text with more characters beyond Latin-1 than one in this many (Arabic) is translated whole.
_FEW_BEYOND_LATIN1 = 32


def _translate_bmp(text: str, which: int) -> tuple[str, bool]:
    """`text.translate(_BMP)` (which=0) or `text.translate(_BMP_WORDS)` (which=1) for a text of the
    BMP, and whether the text is known to hold no character that folds to none or to two.

    `str.translate` looks every character up through Python objects, some 100 instructions each;
    `bytes.translate` reads a 256-byte table. A text in Latin script is Latin-1 but for a few dashes
    and quotes: it is folded as bytes, and the few characters the bytes cannot fold (beyond Latin-1,
    or folding to none, two or beyond) are looked up one by one and put in their places. Folding is
    character by character, so the pieces joined are the whole text folded."""
    table = _BMP_WORDS if which else _BMP
    if len(text) < 64:
        return text.translate(table), False
    latin = text.encode("latin-1", "replace")  # one byte per character, "?" for one beyond Latin-1
    beyond = latin.count(b"?") - text.count("?")
    if beyond * _FEW_BEYOND_LATIN1 > len(text):
        return _translate_arabic(text, which)
    slow_bytes, slow_class = _LATIN1_SLOW
    folded = latin.translate(_LATIN1_TABLES[which]).decode("latin-1")
    if not beyond and len(latin.translate(None, slow_bytes)) == len(latin):
        return folded, True  # Latin-1 that folds one for one
    parts: list[str] = []
    previous = 0
    regular = True
    for match in slow_class.finditer(text):
        at = match.start()
        one = table[ord(text[at])]
        regular = regular and len(one) == 1
        parts.append(folded[previous:at])
        parts.append(one)
        previous = at + 1
    parts.append(folded[previous:])
    return "".join(parts), regular


_BMP: list[str] = []  # folded form of each character U+0000–U+FFFF, filled on first use (60 ms)
_BMP_IRREGULAR: list[re.Pattern[str]] = []  # the characters among them that fold to none or to two
# The same folding with every character that is no letter or digit made a space: a text's folded words
# are then its translation split on white space (one `str.split` where `_WORD_RE` read every character).
_BMP_WORDS: list[str] = []


_IRREGULAR: list = [0, None]  # size of _TABLE.irregular when compiled, and the compiled class


def _irregular_chars() -> re.Pattern[str] | None:
    """A character class of the characters seen so far that fold to none or to two: one regex
    scan finds them (a set intersection would build a string per character of the text)."""
    if _IRREGULAR[0] != len(_TABLE.irregular):
        chars = "".join(sorted(_TABLE.irregular))
        _IRREGULAR[:] = [len(_TABLE.irregular), re.compile(f"[{re.escape(chars)}]") if chars else None]
    return _IRREGULAR[1]


_WORD_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=RECENT_TEXTS)
def folded_words(text: str) -> tuple[str, ...]:
    """The words of `text` (runs of letters and digits) folded as names are, computed once per text:
    an imported article's body is read so by its search document and by its near-duplicate
    signature. Folding is character by character and a word never runs over a space, so the words
    of two texts joined by a blank line are the words of the one, then of the other."""
    prepare_folding()
    if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):  # nothing beyond the BMP
        return tuple(_translate_bmp(text, 1)[0].split())  # `_WORD_RE`'s runs: letters and digits
    return tuple(_WORD_RE.findall(_fold_text(text)[0]))


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text folded for matching: `normalize_name`'s folding, runs of spaces made one (names are
    keyed single-spaced), and for each folded character the offset of the original character it
    came from, with `len(text)` as a last entry so that an end offset maps back too."""

    text: str
    folded: str
    offsets: list[int]  # shared between callers: never mutate


@lru_cache(maxsize=RECENT_TEXTS)
def folded_text(text: str) -> FoldedText:
    """The folding of `text`, computed once per text: the extractor's name index, the event
    catalogue's, the city table's and event detection all read the same article, and folding
    is the larger part of a search. The last texts are remembered: a worker's chunk of articles
    and the short texts (roles, windows) read while they are extracted (text/caches.py)."""
    raw, raw_offsets = normalize_with_offsets(text)
    at = raw.find("  ")
    if at < 0:
        raw_offsets.append(len(text))
        return FoldedText(text, raw, raw_offsets)
    parts: list[str] = []
    offsets: list[int] = []
    previous, size = 0, len(raw)
    while at >= 0:  # each run of spaces made one (str.find: faster than a regex here)
        end = at + 2
        while end < size and raw[end] == " ":
            end += 1
        parts.append(raw[previous : at + 1])
        offsets.extend(raw_offsets[previous : at + 1])
        previous = end
        at = raw.find("  ", end)
    parts.append(raw[previous:])
    offsets.extend(raw_offsets[previous:])
    offsets.append(len(text))
    return FoldedText(text, "".join(parts), offsets)
