"""Bytes to text for scraped files whose encoding nobody wrote down.

Scrapers save UTF-8 (sometimes with a BOM), but older Moroccan and Gulf sites still serve
Windows-1256 Arabic and French sites Latin-1/Windows-1252. Strict UTF-8 is tried first: a
legacy 8-bit file almost never happens to be valid UTF-8. Otherwise the choice between
Windows-1256 and Windows-1252 is made on what the text becomes: the Arabic code page turns
Arabic files into Arabic letters but French files into Latin accented letters (its lower
half of accented letters is shared with Latin-1), so counting both decides. Binary and
mostly-UTF-8-but-corrupt input is refused with a reason rather than turned into mojibake.
"""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The file cannot be read as text; the message says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


_ALLOWED_CONTROLS = {9, 10, 12, 13}  # tab, newline, form feed, carriage return
_MAX_CONTROL_SHARE = 0.01


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Control bytes other than the allowed ones: counted by deleting them (in C, not byte by byte in
# Python: every file of an import is read in the main process, which is the import's serial part).
_CONTROL_BYTES = bytes(b for b in range(128) if (b < 32 and b not in _ALLOWED_CONTROLS) or b == 127)


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _arabic_or_latin(data: bytes) -> str:
    """'cp1256' when the bytes read as Arabic in Windows-1256, else 'cp1252' (or 'latin-1')."""
    as_arabic = data.decode("cp1256", errors="replace")
    arabic = sum(1 for ch in as_arabic if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in as_arabic if ord(ch) > 127 and ch.isalpha() and not "\u0600" <= ch <= "\u06ff")
    if arabic > latin:
        return "cp1256"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"  # the five bytes Windows-1252 leaves undefined
    return "cp1252"


def _utf8_share(data: bytes) -> float:
    """Share of the non-ASCII bytes that form valid UTF-8 sequences."""
    high = sum(1 for b in data if b > 127)
    if not high:
        return 0.0
    valid = sum(len(ch.encode("utf-8")) for ch in data.decode("utf-8", errors="ignore") if ord(ch) > 127)
    return valid / high


def decode_bytes(data: bytes, name: str) -> str:
    """The text of a file's bytes, with newlines normalized to \\n and nothing else changed.

    Raises DecodeError for empty, binary or undecodable input; `name` only serves the message.
    """
    return decode_bytes_as(data, name)[0]


def decode_bytes_as(data: bytes, name: str) -> tuple[str, str]:
    """`decode_bytes` and the encoding it read ("utf-8", "utf-8-sig", "utf-16", "cp1256",
    "cp1252", "latin-1"): the ingest report names it."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: invalid UTF-16 ({exc.reason} at byte {exc.start})") from exc
        if not text.strip():
            raise DecodeError(f"{name}: empty file")
        return _normalize_newlines(text), "utf-16"
    if not data.strip() or data == codecs.BOM_UTF8:
        raise DecodeError(f"{name}: empty file")
    if b"\x00" in data:
        raise DecodeError(f"{name}: binary file (contains NUL bytes)")
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise DecodeError(f"{name}: binary file (too many control characters)")
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _utf8_share(data) > 0.5:
            raise DecodeError(
                f"{name}: invalid UTF-8 ({exc.reason} at byte {exc.start}) in a file that is otherwise UTF-8"
            ) from exc
        encoding = _arabic_or_latin(data)
        text = data.decode(encoding)
        if sum(1 for ch in text if "\x80" <= ch <= "\x9f") > _MAX_CONTROL_SHARE * len(text):
            raise DecodeError(f"{name}: not text in UTF-8, Windows-1256 or Windows-1252") from None
    if not text.strip():
        raise DecodeError(f"{name}: empty file")
    return _normalize_newlines(text), encoding
