"""Publication dates in wire formats met in unseen articles (invented texts): the agency between
slashes, a "Published:" field inside a pipe-separated line, KUNA's day-month dateline under a
month-only marker."""

import pytest

from text.dates import publication_date_found
from text.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "marker", "expected", "rule"),
    [
        ("CAIRO, March 9, 2027. /TASS/. The ministers met on Tuesday.", None, (2027, 3, 9), "dateline"),
        ("ANKARA, Jan. 4, 2027 /Xinhua/ -- The delegations met on Monday.", None, (2027, 1, 4), "dateline"),
        ("Gulf Daily | Manama | Published: 3 Feb 2027 - 8:10 pm\n\nThe minister met them.", None, (2027, 2, 3), "meta"),
        ("المنامة - 21 - 6 (كونا) -- استقبل وزير الداخلية اليوم الوفد.", "2027-06", (2027, 6, 21), "dateline"),
        # the city written with its shadda ("عمّان"): a mark inside a word, still the dateline's city
        ("عمّان 14 تشرين الأول 2027 (بترا) - اختتمت في عمّان اليوم أعمال الاجتماع.", None, (2027, 10, 14), "dateline"),
        # the city's dateline with the writer's name on a line above the copy, the lead dated with its weekday
        (
            "صلالة - هدى البلوشي\n\nاختتمت في صلالة مساء الأربعاء 14 تموز 2027 أعمال الندوة الإقليمية حول أمن الحدود، "
            "بمشاركة وفود من دول المنطقة وخبراء من المنظمات الدولية المختصة.",
            None,
            (2027, 7, 14),
            "text",
        ),
        # the dateline's month contradicts the marker: the marker stands
        ("المنامة - 21 - 7 (كونا) -- استقبل وزير الداخلية اليوم الوفد.", "2027-06", (2027, 6, None), "marker"),
    ],
)
def test_wire_dates(text, marker, expected, rule):
    found, source = publication_date_found(text, marker=marker)
    assert (found, source) == (PartialDate(*expected), rule)


def test_a_day_month_dateline_without_a_marker_gives_no_year():
    found, _ = publication_date_found("المنامة - 21 - 6 (كونا) -- استقبل وزير الداخلية اليوم الوفد.")
    assert found is None or found.year is not None


def test_a_source_city_published_line_is_metadata_not_page_noise():
    from archive.importer.parsing import parse_record
    from archive.importer.readers import RawRecord

    raw = (
        "Bahrain and Oman hold first joint security meeting\n"
        "Gulf Daily | Manama | Published: 3 Feb 2027 - 8:10 pm\n\n"
        "Manama: The interior ministers of the two countries met yesterday to review their cooperation.\n"
    )
    parsed = parse_record(RawRecord("x.txt", raw))
    assert parsed.published == PartialDate(2027, 2, 3)
    assert "Published" not in parsed.body


def test_a_meta_line_with_a_byline_keeps_its_author_in_the_body():
    from archive.importer.parsing import parse_record
    from archive.importer.readers import RawRecord

    raw = "Publié le 12/03/2027 à 10h05 | Par Samia Lahlou\n\nLe ministre a reçu hier la délégation à Rabat.\n"
    parsed = parse_record(RawRecord("x.txt", raw))
    assert parsed.published == PartialDate(2027, 3, 12)
    assert "Samia Lahlou" in parsed.body


def test_a_header_date_stamped_with_its_time_is_no_range():
    text = (
        "Titre de l'article\nSite - Nom de l'auteur\nالخميس 14 يناير 2027 - 09:40\n"
        "يشارك وفد أمني مغربي في أشغال الاجتماع الدولي المنعقد بالعاصمة "
        "ما بين 13 و15 يناير الجاري، بمشاركة رؤساء أجهزة."
    )
    # the date and its clock time alone on their line are the page's stamp, a metadata line
    assert publication_date_found(text) == (PartialDate(2027, 1, 14), "meta")


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # a city, a colon, the date and the agency in brackets
        ("نواكشوط: 9 مارس 2025 (ومأ) - افتتح وزير الداخلية اليوم الاجتماع.", PartialDate(2025, 3, 9), "dateline"),
        # a "Name | date" header line under the headline
        ("Ministers meet on border posts\nLeila Mansouri  |  March 9, 2025\nThe ministers met.", None, "header"),
        # the page's "Updated …" line after the story
        ("Ministers meet on border posts\nThe ministers met on Monday.\n\nUpdated 9 March 2025", None, "meta"),
    ],
)
def test_more_places_that_date_a_page(text, expected, rule):
    found, source = publication_date_found(text)
    assert (found, source) == (expected or PartialDate(2025, 3, 9), rule)


def test_a_weekday_date_takes_the_year_its_url_is_filed_under():
    """ "ce mardi 14 novembre" under /2031/11/: 2031's Tuesday, not one beside a founding year."""
    text = "Titre\n\nLes chefs de police, dont le comité fut créé en 1990, se retrouvent depuis ce mardi 11 novembre."
    assert publication_date_found(text, urls=["https://x.example/2031/11/chefs"]) == (PartialDate(2031, 11, 11), "text")


def test_a_datelines_day_without_its_year_is_the_full_date_the_text_gives_it():
    text = (
        "Assembly closes\n\nALGIERS, Dec 17 (APS) - The sixth General Assembly of the mechanism closed in Algiers "
        "on Wednesday, December 17, 2031, with member states agreeing to share more."
    )
    assert publication_date_found(text) == (PartialDate(2031, 12, 17), "dateline")


def test_a_dateline_whose_agency_the_story_follows_with_no_dash():
    text = (
        "Police chiefs meet in Abuja\nBy Chinedu Okafor\n\nAbuja, Nov. 14, 2031 (NAN) The Inspector-General of "
        "Police on Tuesday in Abuja called on police chiefs in West Africa to match the growing networks."
    )
    assert publication_date_found(text) == (PartialDate(2031, 11, 14), "dateline")


@pytest.mark.parametrize(
    "text, language, city",
    [
        (
            "أديس أبابا – عقد مجلس السلم والأمن التابع للاتحاد الإفريقي، اليوم الإثنين، اجتماعه رقم 1312 على "
            "المستوى الوزاري.",
            "ar",
            "Addis Ababa",
        ),
        (
            "Nouakchott – La 12e session du Conseil des chefs de police du Sahel s'est ouverte aujourd'hui.",
            "fr",
            "Nouakchott",
        ),
        # another city in the lead: the minister went there
        (
            "Rabat – Le ministre s'est rendu aujourd'hui à Vienne, où s'est ouverte la 12e session du Conseil "
            "des chefs de police du Sahel.",
            "fr",
            "Vienna",
        ),
        # nothing held today: the dateline is the place of publication
        (
            "Nouakchott – Le ministre a évoqué aujourd'hui la 12e session du Conseil des chefs de police du Sahel.",
            "fr",
            None,
        ),
    ],
)
def test_a_meeting_held_today_after_a_dateline_is_in_its_city(catalogue, text, language, city):
    from events.detection import detect_events

    (event,) = detect_events(text, language, published=PartialDate.parse("2031-07-21"), catalogue=catalogue)
    assert event.city == city
