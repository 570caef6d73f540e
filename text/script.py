"""The one test of script: whether a character, a word or a text is written in Arabic script.

The name automaton (Arabic clitics), the finders of persons and organizations (Arabic or Latin
rules), the event detector (Arabic ordinals) and language detection all ask; they ask here, so that
they agree on what counts as Arabic.
"""

from __future__ import annotations

import re

# Arabic letters as a regex class body: the letters of the Arabic block and its extended letters
# (not its comma, semicolon, question mark, digits or marks).
ARABIC_LETTERS = "\u0621-\u064a\u0671-\u06d3"
# The blocks of the Arabic script: Arabic, Arabic Supplement, Arabic Extended-A, and the
# presentation forms that some sites still print.
_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC_LETTER_RE = re.compile(f"[{ARABIC_LETTERS}]")
# The Arabic letters the commonest first: looking each up with `in` (a memchr) is faster than a
# search with a regex character class over a whole article.
_COMMON = "اليمنوهرتبعدسقفكحجشطصخزثضغذظ"
_BY_FREQUENCY = _COMMON + "".join(c for c in map(chr, range(0x0621, 0x064B)) if c not in _COMMON)
_SAMPLE = 2000


def is_arabic(ch: str) -> bool:
    """Whether the character belongs to the Arabic script."""
    code = ord(ch)
    return any(low <= code <= high for low, high in _BLOCKS)


def has_arabic_letter(text: str) -> bool:
    """Whether `text` holds at least one of the 42 base Arabic letters (U+0621–U+064A: a text in
    Arabic has some; the extended letters never come alone)."""
    return any(c in text for c in _BY_FREQUENCY)


def arabic_letter_count(text: str) -> int:
    return len(_ARABIC_LETTER_RE.findall(text))


def is_arabic_text(text: str) -> bool:
    """Whether most letters of the text's opening are in Arabic script."""
    sample = text[:_SAMPLE]
    return sum(map(is_arabic, sample)) > sum(c.isalpha() for c in sample) / 2
