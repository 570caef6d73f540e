"""One normalization for names, everywhere: matching, de-duplication, search keys.

Folds what spelling varies on and meaning does not: case, Latin accents, apostrophes (’ '),
hyphens and spacing; Arabic diacritics and tatweel, alef/hamza forms, ta marbuta, alef
maqsura, Arabic-Indic digits. Each input character maps to a fixed number of output
characters *before* whitespace collapsing only, so `normalize_with_offsets` can map a match
in the folded text back to the original text.
"""

from __future__ import annotations

import re
import unicodedata

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


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` without collapsing spaces; return the folded text and, for each folded
    character, the offset of the original character it came from."""
    folded = text.translate(_TABLE)
    irregular = _TABLE.irregular.intersection(text)
    if not irregular:
        return folded, list(range(len(text)))
    # Offsets run one-to-one between the characters that fold to none or to two.
    offsets: list[int] = []
    previous = 0
    for match in re.finditer(f"[{re.escape(''.join(sorted(irregular)))}]", text):
        index = match.start()
        offsets.extend(range(previous, index))
        offsets.extend([index] * len(_TABLE[ord(text[index])]))
        previous = index + 1
    offsets.extend(range(previous, len(text)))
    return folded, offsets
