"""Arabic-Indic and Eastern Arabic-Indic digits written as ASCII ones, one character for one (offsets
into the text stay valid): what dates in text and Hijri dates both read."""

from __future__ import annotations

DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}})
_ARABIC_DIGITS = tuple(map(chr, (*range(0x0660, 0x066A), *range(0x06F0, 0x06FA))))


def normalize_digits(text: str) -> str:
    """`text.translate(DIGITS)`, computed faster. Those digits are U+0660–0669 and U+06F0–06F9: a
    text whose UTF-16 holds no byte 06 has none (a memchr over the encoded text; `in` for each digit
    is a memchr of its low byte only, which the letters a to i match). Each digit written is then
    replaced by its own: `translate` raises and catches a KeyError for every other character of the
    text (a hundred times slower on an Arabic article)."""
    if text.isascii() or b"\x06" not in text.encode("utf-16-be", "surrogatepass"):
        return text
    for digit in _ARABIC_DIGITS:
        if digit in text:
            text = text.replace(digit, DIGITS[ord(digit)])
    return text
