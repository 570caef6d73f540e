"""parse_record on the project's sample corpus: every raw shape, both legacy encodings, bad input."""

from pathlib import Path

import pytest

from archive.importer.parsing import ParseError, parse_record
from archive.importer.readers import RawRecord, iter_records
from text.partial_date import PartialDate

SAMPLE = Path(__file__).resolve().parent / "sample_corpus"
SAMPLE_BAD = Path(__file__).resolve().parent / "sample_bad"

# origin → (language, published, headline or None when the text has none, source, url)
EXPECTED = {
    "fr_01_marker_alone.txt": (
        "fr",
        "2024-03",
        "Europol et Afripol renforcent leur coopération contre le trafic de migrants",
        None,
        None,
    ),
    "fr_02_publie_dans.txt": (
        "fr",
        "2024-05-14",
        "Alger accueille la 8e Assemblée générale d'Afripol",
        "Le Quotidien du Sud",
        None,
    ),
    "fr_03_menu_dateline.txt": ("fr", "2024-03-14", None, None, None),
    "fr_04_latin1.txt": (
        "fr",
        "2023-10-03",
        "Rabat : la DGSN et la Guardia Civil font le point sur la coopération sécuritaire",
        None,
        None,
    ),
    "ar_01_inline_marker.txt": ("ar", "2025-01-15", None, None, None),
    "ar_02_duplicate.txt": (
        "ar",
        "2024-03-12",
        "الدوحة تحتضن اجتماعا تنسيقيا لقادة الشرطة العرب حول الجريمة السيبرانية",
        None,
        None,
    ),
    "ar_03_cp1256.txt": (
        "ar",
        "2023-11",
        "مراكش: الأنتربول يعقد اجتماعا إقليميا حول أمن التظاهرات الرياضية الكبرى",
        None,
        "https://www.akhbar-amn.example/2023/11/marrakech-interpol-reunion-regionale/",
    ),
    "en_01_image.txt": (
        "en",
        "2024-06",
        "INTERPOL and Europol step up joint work against online fraud networks",
        None,
        None,
    ),
    "en_02_bom.txt": ("en", "2023-11-20", None, None, None),
    "feed.jsonl#1": (
        "fr",
        "2024-09-10",
        "Tunis : réunion du comité des experts du Conseil des ministres arabes de l'Intérieur",
        "Presse de Tunis",
        "https://www.example-presse.tn/2024/09/comite-experts-cmia",
    ),
    "feed.jsonl#2": (
        "en",
        "2022-05",
        "Arab interior ministers' experts prepare road safety strategy",
        "Gulf Wire",
        None,
    ),
    "feed.jsonl#3": (
        "es",
        "2024-10-08",
        "La Policía Nacional participa en Lyon en una reunión de Interpol sobre trata de personas",
        None,
        "https://www.ejemplo-noticias.es/2024/10/policia-interpol-lyon",
    ),
    "feed.csv#2": (
        "fr",
        "2023-06-21",
        "Afripol et l'ONUDC lancent un programme de formation",
        "Agence Afrique Presse",
        None,
    ),
    "feed.csv#3": (
        "en",
        "2025-01",
        "Interpol launches a new notice against criminal assets",
        None,
        "https://www.example-wire.com/2025/01/interpol-new-notice",
    ),
}


@pytest.fixture(scope="module")
def parsed() -> dict:
    records = [r for r in iter_records([SAMPLE]) if isinstance(r, RawRecord)]
    return {r.origin.removeprefix("sample_corpus/"): parse_record(r) for r in records}


def test_every_sample_record_is_parsed(parsed):
    assert set(parsed) == set(EXPECTED)


@pytest.mark.parametrize("origin", sorted(EXPECTED))
def test_sample_fields(parsed, origin):
    language, published, headline, source, url = EXPECTED[origin]
    article = parsed[origin]
    assert article.language == language
    assert article.published == PartialDate.parse(published)
    assert article.source_name == source
    assert article.url == url
    if headline:
        assert (article.title, article.title_derived) == (headline, False)
    else:
        assert article.title_derived
        assert 10 < len(article.title) <= 121
        assert article.title.rstrip("…") in article.body.replace("\n", " ")
    assert article.body.strip()
    assert article.origin == f"sample_corpus/{origin}"


def _lines(article) -> list[str]:
    return article.body.split("\n")


def test_marker_line_is_not_in_the_body(parsed):
    assert not any(" date " in f" {line[:6]}" for a in parsed.values() for line in _lines(a))
    assert parsed["ar_01_inline_marker.txt"].body.startswith("الرياض – انطلقت اليوم")


def test_noise_is_removed_and_bylines_stay(parsed):
    fr1 = parsed["fr_01_marker_alone.txt"]
    assert _lines(fr1)[0] == "Par Claire Dumont"
    assert "Lire aussi" not in fr1.body
    assert fr1.body.endswith("avant la fin de l'année.")

    fr2 = parsed["fr_02_publie_dans.txt"]
    assert _lines(fr2)[0].startswith("Les travaux de la 8e Assemblée générale")
    for noise in ("Météo", "Image signalée", "Elle sera masquée", "Publié dans", "Cliquez ici"):
        assert noise not in fr2.body

    fr3 = parsed["fr_03_menu_dateline.txt"]
    assert fr3.body.startswith("Lyon, 14 mars 2024 (MAP) – Le secrétaire général d'Interpol")  # dateline kept
    for noise in ("Accueil", "Partager", "Commentaires", "cookies"):
        assert noise not in fr3.body

    ar1 = parsed["ar_01_inline_marker.txt"]
    assert "اقرأ أيضا" not in ar1.body and "فيسبوك" not in ar1.body

    en1 = parsed["en_01_image.txt"]
    assert _lines(en1)[0] == "By Sarah Collins"
    assert "![" not in en1.body and "Read also" not in en1.body and "newsletter" not in en1.body

    en2 = parsed["en_02_bom.txt"]
    assert en2.body.startswith("DOHA, November 20, 2023 (QNA) - ")
    assert "Share this" not in en2.body and "cookies" not in en2.body and "Home" not in en2.body


def test_duplicated_paragraph_is_kept_once(parsed):
    body = parsed["ar_02_duplicate.txt"].body
    assert body.count("وقال الأمين العام لمجلس وزراء الداخلية العرب") == 1
    assert "أضف تعليقك" not in body and "الاسم *" not in body


def test_legacy_encodings_are_read_right(parsed):
    assert "réunis lundi à Rabat" in parsed["fr_04_latin1.txt"].body
    assert parsed["fr_04_latin1.txt"].body.startswith("Publié le 03/10/2023 à 09h15 | Par Karim Benali")
    assert "المديرية العامة للأمن الوطني" in parsed["ar_03_cp1256.txt"].body
    assert "https://" not in parsed["ar_03_cp1256.txt"].body


def test_raw_text_is_kept_as_read(parsed):
    raw = (SAMPLE / "fr_02_publie_dans.txt").read_text(encoding="utf-8")
    assert parsed["fr_02_publie_dans.txt"].raw_text == raw


def test_overrides_win():
    record = next(r for r in iter_records([SAMPLE / "feed.jsonl"]))
    article = parse_record(record, language="en", source="Wire")
    assert (article.language, article.source_name) == ("en", "Wire")


def test_a_page_of_noise_only_is_a_parse_error():
    record = next(r for r in iter_records([SAMPLE_BAD / "noise_only.txt"]))
    with pytest.raises(ParseError, match="no article text"):
        parse_record(record)


def test_record_fields_fill_what_the_text_lacks():
    record = RawRecord(
        "x.jsonl#1",
        "{}",
        {
            "body": "Interpol : un titre dans le texte\nRabat, 04/11/2024 (MAP) – Les travaux ont commencé hier.",
            "date": "?",
        },
    )
    article = parse_record(record)
    assert article.title == "Interpol : un titre dans le texte"
    assert article.published == PartialDate(2024, 11, 4)  # an unreadable date field falls back on the text
    record.fields.update({"date": "2024-11-05T08:30:00Z", "language": "fr-FR"})
    article = parse_record(record)
    assert (article.published, article.language) == (PartialDate(2024, 11, 5), "fr")
