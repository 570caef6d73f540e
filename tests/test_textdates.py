"""Dates in running text, and the publication-date rules of the annotation conventions."""

import pytest

from text.dates import (
    find_dates,
    find_years,
    has_date_field,
    parse_date_range,
    publication_date,
    publication_date_found,
    resolve_year,
    url_date,
)
from text.partial_date import PartialDate

P = PartialDate


def _dates(text):
    return [(m.text, m.year, m.month, m.day, m.weekday) for m in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 28 novembre 2023 à Vienne", ("28 novembre 2023", 2023, 11, 28, None)),
        ("ce mardi 29 mars 2022", ("mardi 29 mars 2022", 2022, 3, 29, 1)),
        ("mercredi 1er mars", ("mercredi 1er mars", None, 3, 1, 2)),
        ("le 4 août 2024", ("4 août 2024", 2024, 8, 4, None)),
        ("Thursday, December 7, 2023", ("Thursday, December 7, 2023", 2023, 12, 7, 3)),
        ("on 24 November 2025", ("24 November 2025", 2025, 11, 24, None)),
        ("el 8 de octubre de 2024", ("8 de octubre de 2024", 2024, 10, 8, None)),
        ("Publié dans X le 06 - 12 - 2023", ("06 - 12 - 2023", 2023, 12, 6, None)),
        ("Glasgow, 07/11/2024 (MAP)", ("07/11/2024", 2024, 11, 7, None)),
        ("le 2024-11-04 à 10h", ("2024-11-04", 2024, 11, 4, None)),
        ("en novembre 2024 à Glasgow", ("novembre 2024", 2024, 11, None, None)),
        ("اليوم الجمعة فاتح دجنبر 2023", ("الجمعة فاتح دجنبر 2023", 2023, 12, 1, 4)),
        ("الثلاثاء ٠٤ نوفمبر ٢٠٢٥ (واس)", ("الثلاثاء ٠٤ نوفمبر ٢٠٢٥", 2025, 11, 4, 1)),
        ("اليوم الخميس 07 دجنبر الجاري", ("الخميس 07 دجنبر", None, 12, 7, 3)),
        ("الأربعاء 2 آذار 2022", ("الأربعاء 2 آذار 2022", 2022, 3, 2, 2)),
        ("الموافق 16 فبراير 2025م", ("16 فبراير 2025", 2025, 2, 16, None)),
        ("في 5 جويلية 2023", ("5 جويلية 2023", 2023, 7, 5, None)),
        ("يوم 4 تشرين الثاني/نوفمبر 2025", ("4 تشرين الثاني/نوفمبر 2025", 2025, 11, 4, None)),
        ("في دجنبر ٢٠٢٣", ("دجنبر ٢٠٢٣", 2023, 12, None, None)),
    ],
)
def test_find_dates(text, expected):
    assert _dates(text) == [expected]


MONTH_TABLES = {
    "Moroccan": [
        "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
        "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
    ],
    "Algerian": [
        "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
        "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ],
    "Egyptian": [
        "يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ],
    "Levantine": [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني",
        "كانون الأول",
    ],
    "French": [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ],
    "English": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "month"), [(name, i + 1) for names in MONTH_TABLES.values() for i, name in enumerate(names)]
)
def test_month_tables(name, month):
    (mention,) = find_dates(f"15 {name} 2024")
    assert (mention.year, mention.month, mention.day) == (2024, month, 15)


def test_offsets_point_into_the_original_text():
    text = "آخر تحديث: الإثنين ٢٤ نونبر ٢٠٢٥ - ١٣:٤٥ ثم du 4 au 7 novembre 2024"
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.date for m in find_dates(text)] == [P(2025, 11, 24), P(2024, 11, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "Industries manufacturières : hausse de 5% au T4-2024",
        "le cadre stratégique 2026-2030 de l'organisation",
        "un taux de remplissage de 32,3 % pour 5,44 milliards",
        "la 93e session à 10h30, Botola D1/J25",
        "le 31 février 2024",
        "الدورة الـ93 بمشاركة 179 دولة و82 مديرا",
        "17 شعبان 1446هـ",
    ],
)
def test_no_false_dates(text):
    assert find_dates(text) == []


def test_find_years():
    assert find_years("de 2019 à ٢٠٢٣, puis T4-2024 et 1446هـ") == [2019, 2023, 2024]


def test_resolve_year_by_weekday():
    assert resolve_year(7, 12, 3, [2023]) == 2023  # Thursday 7 December 2023
    assert resolve_year(7, 12, 3, [2024]) == 2023  # a neighbour year of the one named
    assert resolve_year(7, 12, 3, []) is None
    assert resolve_year(7, 12, 0, [2023]) is None  # no Monday 7 December near 2023


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("Un texte qui dit ce mardi 29 mars 2022.", {"marker": P(2024, 11)}, P(2024, 11)),
        ("Sans date dans le texte.", {"marker": "2023-12"}, P(2023, 12)),
        ("Titre\nPublié dans Barlamane le 06 - 12 - 2023\n\nLe texte.", {}, P(2023, 12, 6)),
        ("Publié le 16/05/2017 à 11h20 | Par Nadia Berrada\nLa première Assemblée générale.", {}, P(2017, 5, 16)),
        ("عنوان المقال هنا\nياسين – مراكش\nآخر تحديث: الإثنين ٢٤ نونبر ٢٠٢٥ - ١٣:٤٥\nالنص.", {}, P(2025, 11, 24)),
        ("Revue de presse du mercredi 06/11/2024\nL'élection du nouveau secrétaire général.", {}, P(2024, 11, 6)),
        ("Par Nadia Lahlimi – 26 février 2024 à 17h42\n\nLe secrétaire général a adressé.", {}, P(2024, 2, 26)),
        ("Vienne, 28 novembre 2023 (MAP) – Le Maroc prend part aux travaux de la 91ème session.", {}, P(2023, 11, 28)),
        ("Tunis, 01/03/2023 (MAP) – Le Maroc participe aux travaux.", {}, P(2023, 3, 1)),
        ("Marrakech, lundi 24 novembre 2025 (MAP) – Les travaux ont été ouverts.", {}, P(2025, 11, 24)),
        ("الرياض، الثلاثاء ٠٤ نوفمبر ٢٠٢٥ (واس) – ترأس صاحب السمو الملكي.", {}, P(2025, 11, 4)),
        ("تونس – الأربعاء 2 آذار 2022 | افتتحت اليوم أعمال الدورة.", {}, P(2022, 3, 2)),
        ("تونس – الأحد 17 شعبان 1446هـ الموافق 16 فبراير 2025م – انعقدت اليوم.", {}, P(2025, 2, 16)),
        ("TANGIER, Morocco, December 6, 2023 - Police chiefs met.", {}, P(2023, 12, 6)),
        ("Le ministre a conduit ce mardi 29 mars 2022 à Dubaï une délégation.", {}, P(2022, 3, 29)),
        ("فيينا – حظيت المملكة المغربية، اليوم الجمعة فاتح دجنبر 2023 بالعاصمة.", {}, P(2023, 12, 1)),
        ("تونس – افتتحت، اليوم الاثنين ٢٦ فبراير ٢٠٢٤ بالعاصمة التونسية، أشغال الدورة.", {}, P(2024, 2, 26)),
        ("اسدل الستار اليوم الخميس 07 دجنبر الجاري على المؤتمر. توصيات عام 2023م.", {}, P(2023, 12, 7)),
        ("Madrid – Agentes participan hoy martes 8 de octubre de 2024 en una reunión.", {}, P(2024, 10, 8)),
    ],
)
def test_publication_date_rules(text, kwargs, expected):
    assert publication_date(text, **kwargs) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a weekday with day and month but no year anywhere: nothing to anchor it
        "اختتمت مساء اليوم الخميس 07 دجنبر الجاري أشغال المؤتمر الـ47.",
        # event dates, not "today", not a dateline
        "عقد الحموشي 43 اجتماعا على هامش الدورة التي احتضنتها مراكش ما بين 24 و27 نونبر 2025.",
        "Le responsable s'est entretenu mardi 25 novembre à Marrakech avec son homologue.",
        "L'Assemblée générale, tenue du 4 au 7 novembre 2024 à Glasgow, a élu le Maroc.",
        "Interpol : Marrakech accueillera du 24 au 27 novembre 2025 l'Assemblée générale\nLe texte.",
        # a photo credit's date is the photo's
        "Photo : archives, 12/03/2020\nLe texte de l'article commence ici.",
    ],
)
def test_no_publication_date(text):
    assert publication_date(text) is None


def test_marker_precision_is_kept_even_with_full_dates_in_the_text():
    text = "مراكش – أسدلت الجمعية العامة الستار على أشغال دورتها خلال الفترة من 24 إلى 27 نونبر 2025."
    assert publication_date(text, marker=P(2025, 11)) == P(2025, 11)


def test_url_gives_the_month_when_the_text_gives_nothing():
    text = "اختتمت، يوم الخميس 7 نونبر 2024 بمدينة غلاسكو الاسكتلندية، أشغال الدورة الـ92."
    assert publication_date(text, urls=["https://www.example.ma/2024/11/glasgow-interpol/"]) == P(2024, 11)
    assert publication_date("Texte ![photo](https://cdn.example.com/uploads/2025/11/a.jpg)") == P(2025, 11)
    assert url_date(["https://www.example.com/2023/05/17/article"]) == P(2023, 5, 17)
    assert url_date(["https://www.example.com/news/article-2023"]) is None


@pytest.mark.parametrize(
    ("fragment", "context", "expected"),
    [
        ("du 4 au 7 novembre 2024", (None, None), (P(2024, 11, 4), P(2024, 11, 7))),
        ("4 و7 نونبر", (2024, None), (P(2024, 11, 4), P(2024, 11, 7))),
        ("4 و7 نونبر", (None, None), (None, None)),
        ("ما بين 24 و27 نونبر 2025", (None, None), (P(2025, 11, 24), P(2025, 11, 27))),
        ("من 24 إلى 27 نونبر 2025", (None, None), (P(2025, 11, 24), P(2025, 11, 27))),
        ("December 6-7", (2023, None), (P(2023, 12, 6), P(2023, 12, 7))),
        ("du 28 novembre au 1er décembre 2023", (None, None), (P(2023, 11, 28), P(2023, 12, 1))),
        ("du 28 décembre au 2 janvier 2024", (None, None), (P(2023, 12, 28), P(2024, 1, 2))),
        ("les 9 et 10 janvier", (2023, None), (P(2023, 1, 9), P(2023, 1, 10))),
        ("du 4 au 7", (2024, 11), (P(2024, 11, 4), P(2024, 11, 7))),
        ("le 27 novembre", (2025, None), (P(2025, 11, 27), None)),
        ("le 27 novembre", (None, None), (None, None)),
        ("la 93e session, du 24 au 27 novembre à 10h30", (2025, None), (P(2025, 11, 24), P(2025, 11, 27))),
        ("du 04/11/2024 au 07/11/2024", (None, None), (P(2024, 11, 4), P(2024, 11, 7))),
        ("November 28, 2023 to January 2, 2024", (None, None), (P(2023, 11, 28), P(2024, 1, 2))),
        ("en novembre 2024", (None, None), (P(2024, 11), None)),
        ("in 2025", (None, 11), (P(2025), None)),
        ("sans date", (2024, 11), (None, None)),
    ],
)
def test_parse_date_range(fragment, context, expected):
    year, month = context
    assert parse_date_range(fragment, context_year=year, context_month=month) == expected


def test_arabic_wire_dateline_with_fi():
    text = "الرباط في ١٢ أيار/مايو ٢٠٢٢ (ومع) – استقبل المدير العام وفدا أمنيا.\n"
    assert str(publication_date(text)) == "2022-05-12"


def test_arabic_wire_dateline_without_fi_needs_its_agency():
    text = "وجدة 9 فبراير 2024 (ومع) - أشرف والي الجهة على تنصيب المسؤولين الجدد.\n"
    assert str(publication_date(text)) == "2024-02-09"
    # without an agency, "CITY DATE –" is a title's event date, not the dateline
    assert publication_date("Sommet de Nador 9 février 2024 - les enjeux\n") is None


def test_arabic_wire_dateline_whose_agency_runs_into_the_story():
    text = "نيامي 20 مايو 2031 (شينخوا) اختتمت في العاصمة النيجرية أعمال الاجتماع.\n"
    assert str(publication_date(text)) == "2031-05-20"
    assert publication_date("Sommet de Nador 9 février 2024 (vidéo)\n") is None  # nothing follows: a title


def test_fi_followed_by_comma_is_an_event_date_not_a_dateline():
    text = "عقد الاجتماع في 3 مارس 2021، بحضور الوزراء.\n"
    assert publication_date(text) is None


def test_month_marker_refined_by_a_dateline_of_the_same_month():
    text = "Rabat, March 14, 2023 (MAP) - Officials met on Tuesday.\n"
    assert str(publication_date(text, marker="2023-03")) == "2023-03-14"


def test_month_marker_kept_when_the_dateline_disagrees():
    text = "Rabat, April 2, 2023 (MAP) - Officials met on Tuesday.\n"
    assert str(publication_date(text, marker="2023-03")) == "2023-03"


def test_a_wires_closing_stamp_dates_the_article():
    text = "بغداد 3 آذار (واع) – افتتح الوزير المؤتمر.\n\nنص المقال يتواصل هنا.\n\n--(واع) س ع\n03/03/2025 10:41:07"
    assert publication_date_found(text) == (PartialDate(2025, 3, 3), "meta")


@pytest.mark.parametrize("stamp", ["قنا 0945 جمت 04/03/2031", "QNA 0945 GMT 04/03/2031", "كونا / 0945 ت غ 04/03/2031"])
def test_a_wires_sign_off_with_its_clock_in_gmt_dates_the_article(stamp):
    """A dateline without its year ("الدوحة في 4 مارس / قنا /"), the copy closed by the wire's code, the
    clock in four digits and GMT, and the date."""
    text = f"الدوحة في 4 مارس / قنا / افتتح الوزير الاجتماع.\n\nنص المقال يتواصل هنا.\n\n{stamp}"
    assert publication_date_found(text) == (PartialDate(2031, 3, 4), "meta")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year after a slash, as some wires write it
        ("Accra, March 4/2031 (GNA) The police chiefs met on Tuesday.", PartialDate(2031, 3, 4)),
        # the agency in brackets between the city and the date, a dash after it
        ("نواكشوط (ومأ) 4 مارس 2031 – افتتح الوزير الاجتماع.", PartialDate(2031, 3, 4)),
    ],
)
def test_wire_datelines_of_other_shapes(text, expected):
    assert publication_date_found(text) == (expected, "dateline")


@pytest.mark.parametrize("stamp", ["04/03/2031 06:41 م", "04/03/2031 6:41 PM"])
def test_a_closing_stamp_with_the_half_of_the_day_after_its_clock(stamp):
    """KUNA's dateline gives day and month in digits, no year ("الرياض - 4 - 3 (كونا) --"); the stamp closing
    the copy gives the date, its clock followed by "م" (p.m.)."""
    text = f"الرياض - 4 - 3 (كونا) -- بحث الوزير التعاون الأمني.\n\nنص المقال يتواصل هنا.\n\n{stamp}"
    assert publication_date_found(text) == (PartialDate(2031, 3, 4), "meta")


def test_a_header_field_with_its_clock_and_time_zone_is_a_date_field():
    """ "Amman / X Y | 15.10.2031 - 17:42 TSI": a byline with its date stamped to the minute, no menu."""
    line = "Amman / Karim Haddad   |15.10.2031 - 17:42 TSI"
    assert has_date_field(line)
    assert publication_date_found(f"{line}\nAmman (AA) - Les ministres se sont réunis.") == (
        PartialDate(2031, 10, 15),
        "header",
    )


def test_a_date_and_time_inside_the_prose_is_no_stamp():
    opening = "Le comité des chefs de police s'est réuni hier pour examiner le plan d'action régional. " * 3
    text = opening + "\n\nLa réunion suivante est prévue le 03/03/2025 à 10:41 au siège.\n\nFin."
    assert publication_date_found(text) == (None, "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mis à jour le 16/11/31 à 10h05", (2031, 11, 16)),
        ("Updated on 03/02/31 10:05", (2031, 2, 3)),
        ("آخر تحديث: 16/11/31", (2031, 11, 16)),
    ],
)
def test_a_two_digit_year_is_read_after_a_stamps_word_only(line, expected):
    (mention,) = find_dates(line)
    assert (mention.year, mention.month, mention.day) == expected
    assert find_dates("Il a obtenu 16/11/31 des voix") == []


def test_a_dateline_under_a_long_headline_that_ends_on_no_full_stop():
    text = (
        "Sahelpol : ouverture à Niamey de la 4e assemblée générale, les chefs de police du Sahel appelés à unir "
        "leurs moyens face aux menaces\n"
        "Niamey, 14 octobre 2031 (ANP) – Les travaux se sont ouverts ce lundi au palais des congrès."
    )
    assert publication_date_found(text) == (PartialDate(2031, 10, 14), "dateline")
    # a first paragraph that ends its sentence is the copy: a date in the next one is an event's
    text = (
        "Les chefs de police du Sahel se sont réunis cette semaine à Niamey pour leur assemblée, a-t-on appris.\n"
        "Niamey, 14 octobre 2031 – La prochaine réunion est prévue à Bamako."
    )
    assert publication_date_found(text)[1] != "dateline"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'وهران: افتتاح أشغال الدورة العادية الخامسة لمجلس التنسيق الأمني بين البلدين "تنسيق"\n'
            "وهران – 3 مارس 2031 (وأج) – أشرف الوزير اليوم الاثنين على افتتاح الأشغال.\n",
            PartialDate(2031, 3, 3),
        ),
        (
            "Clôture de la réunion des chefs de police à Oran par la signature de la « Déclaration d'Oran »\n"
            "Oran, 04/03/2031 (APS) - Les chefs de police ont signé mardi la déclaration.\n",
            PartialDate(2031, 3, 4),
        ),
        (
            'اختتام الاجتماع الأمني الإقليمي حول مراقبة الحدود في منطقة الساحل باعتماد "إعلان وهران"\n'
            "وهران – الأربعاء 5 مارس 2031\nاختتمت اليوم أشغال الاجتماع.\n",
            PartialDate(2031, 3, 5),
        ),
    ],
)
def test_a_headline_that_closes_on_a_quoted_name_is_no_paragraph(text, expected):
    """A long headline ending on a quoted name ('… "إعلان وهران"', '… « Déclaration d'Oran »') ends on
    a quote, not on a sentence's full stop: the dateline under it is still read."""
    assert publication_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "انطلاق أشغال الاجتماع\nوهران – انطلقت، يوم الأربعاء 5 مارس 2031 بوهران، أشغال الاجتماع الإقليمي الأول "
            "لقادة الشرطة، بمشاركة وفود من عشر دول عربية وإفريقية.\n",
            PartialDate(2031, 3, 5),
        ),
        (
            "Réunion à Oran\nORAN - Le ministre s'est entretenu, mercredi 5 mars 2031 à Oran, avec son homologue, "
            "sur la coopération sécuritaire entre les deux pays voisins.\n",
            PartialDate(2031, 3, 5),
        ),
        # no dateline: a date of the story, not of the page
        (
            "Réunion à Oran\nLe ministre s'est entretenu, mercredi 5 mars 2031 à Oran, avec son homologue, "
            "sur la coopération sécuritaire entre les deux pays voisins.\n",
            None,
        ),
        # no weekday: an event's date
        (
            "Réunion à Oran\nORAN - Le ministre a rappelé la réunion du 5 mars 2031 à Oran avec son homologue, "
            "sur la coopération sécuritaire entre les deux pays voisins.\n",
            None,
        ),
    ],
)
def test_the_lead_of_a_datelined_story_dated_with_its_weekday(text, expected):
    """ "ORAN - Le ministre s'est entretenu, mercredi 5 mars 2031 …": the first sentence of a story under its
    dateline, dated with a weekday and a full date, reports the day's news; without the dateline or the
    weekday, the date is the story's, not the page's."""
    assert publication_date(text) == expected


@pytest.mark.parametrize(("name", "month"), [("غشت", 8), ("أوت", 8), ("ماي", 5), ("آب", 8)])
def test_short_arabic_month_names_are_month_names(name, month):
    """The Maghreb's and the Levant's month names of three letters or fewer are whole words: "في غشت الماضي"."""
    from text.dates import month_names

    assert month_names()[name] == month
    assert "mar" not in month_names()  # a Latin abbreviation still is none


def test_a_bare_moroccan_month_dates_a_meeting():
    from events.detection.document import Document
    from events.detection.meeting_dates import date_expressions
    from text.partial_date import PartialDate

    text = "وأشار إلى المؤتمر الذي احتضنته كيغالي في غشت الماضي."
    (found,) = date_expressions(Document.of(text), PartialDate.parse("2031-10"))
    assert found.start == PartialDate(2031, 8)


def test_a_dateline_closed_by_a_full_stop_dates_the_story():
    from text.dates import publication_date

    text = "Headline\nMaseru, 14 March 2031. The ministers of the region opened their meeting.\n"
    assert publication_date(text) == PartialDate(2031, 3, 14)
    # a date after a city that opens a clause, not a dateline
    text = "Headline\nMaseru, which hosted them on 14 March 2031. The ministers left on Friday.\n"
    assert publication_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le forum s'ouvre à Tunis\nLPT / Par Samia BEN SALEM, le 14 mars 2031 à 10h20\n\n"
            "C'est devant un parterre de ministres que le forum a été ouvert samedi, a-t-on appris de source sûre.",
            "2031-03-14",
        ),
        (
            "انطلاق أعمال المنتدى\nالمنامة في 09 مارس /بنا/ 2031\n\n"
            "افتتح وزير الداخلية صباح اليوم أعمال المنتدى الذي يعقد على مدى يومين بمشاركة واسعة من الدول.",
            "2031-03-09",
        ),
    ],
)
def test_a_byline_after_the_outlets_code_and_a_year_after_the_agencys_code_date_the_article(text, expected):
    assert publication_date(text) == PartialDate.parse(expected)


def test_a_byline_date_under_a_long_headline_is_the_publication_date():
    """A headline of 120 characters and more, with no full stop, reads like a paragraph by its length;
    the short line of header under it (a byline and its date) is still the header's."""
    headline = (
        "Conférence régionale des chefs de police à Yaoundé : la délégation présente son expérience "
        "dans la sécurisation des grands événements"
    )
    assert len(headline) > 120
    paragraph = (
        "La délégation prend part, depuis mardi à Yaoundé, aux travaux de la conférence régionale, "
        "organisée par le secrétariat général de l'organisation."
    )
    assert publication_date(f"{headline}\nR. Sedou | 17/12/2025\n{paragraph}") == PartialDate(2025, 12, 17)
