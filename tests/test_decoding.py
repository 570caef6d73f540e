"""decode_bytes: UTF-8 (BOM or not), Windows-1256 Arabic, Latin-1/Windows-1252 French; refusals."""

import codecs
from pathlib import Path

import pytest

from archive.importer.decoding import DecodeError, decode_bytes

ARABIC = "طنجة.. اختتام المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب\nالمديرية العامة للأمن الوطني"
SAMPLE = Path(__file__).resolve().parent / "sample_corpus"
FRENCH = "À Tanger, la conférence s'est ouverte : élus, fêtes, Écosse, façade, coût, île."


def test_utf8_plain():
    assert decode_bytes(FRENCH.encode("utf-8"), "a.txt") == FRENCH


def test_utf8_bom_is_removed():
    assert decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "a.txt") == ARABIC


def test_line_endings_are_normalized_and_nothing_else_changes():
    text = "Titre  \r\nligne\u00a0deux\tfin\rtrois\r\n\r\n"
    assert decode_bytes(text.encode("utf-8"), "a.txt") == "Titre  \nligne\u00a0deux\tfin\ntrois\n\n"


def test_windows_1256_arabic():
    assert decode_bytes(ARABIC.encode("cp1256"), "a.txt") == ARABIC


def test_windows_1252_french_with_its_own_characters():
    text = "L’œuvre de la coopération « policière » — un coût."
    assert decode_bytes(text.encode("cp1252"), "f.txt") == text


def test_latin1_french():
    assert decode_bytes(FRENCH.encode("latin-1"), "f.txt") == FRENCH


def test_utf16_with_bom():
    assert decode_bytes(FRENCH.encode("utf-16"), "f.txt") == FRENCH


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", codecs.BOM_UTF8])
def test_empty_input_is_refused(data):
    with pytest.raises(DecodeError, match="empty"):
        decode_bytes(data, "e.txt")


def test_nul_bytes_mean_binary():
    with pytest.raises(DecodeError, match="binary") as error:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt")
    assert "image.txt" in str(error.value)


def test_control_characters_mean_binary():
    with pytest.raises(DecodeError, match="control characters"):
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10 + b"text", "b.txt")


def test_corrupt_utf8_is_refused_rather_than_turned_into_mojibake():
    with pytest.raises(DecodeError, match="invalid UTF-8"):
        decode_bytes("é".encode() * 50 + b"\xff", "c.txt")


def test_sample_files_in_legacy_encodings():
    assert "sécuritaire" in decode_bytes((SAMPLE / "fr_04_latin1.txt").read_bytes(), "fr")
    assert "الإنتربول" in decode_bytes((SAMPLE / "ar_03_cp1256.txt").read_bytes(), "ar")
    assert decode_bytes((SAMPLE / "en_02_bom.txt").read_bytes(), "en").startswith("Home")
