"""Sessions of regional bodies outside the catalogue, on invented articles: a body named by its
long name and its acronym, in brackets a few words on or before the ordinal's possessive; the
meeting nouns such bodies use ('AGM', 'الاجتماع العام السنوي'); the previous session said
relatively; one series and one event in French, English and Arabic."""

import pytest
from django.core.management import call_command

from archive.extraction.series_names import session_name
from archive.models import ArticleEvent
from events.detection import detect_events
from events.detection.candidates import body_key
from events.models import Event, EventSeries
from events.naming import arabic_session_name
from text.partial_date import PartialDate


def detect(catalogue, text, published="2031-06-10"):
    return detect_events(text, "fr", published=PartialDate.parse(published), catalogue=catalogue)


def by_ordinal(events):
    return {e.ordinal: e for e in events}


def test_an_acronym_a_few_words_after_a_cut_arabic_name_names_the_body(catalogue):
    text = (
        "افتتحت في كمبالا أعمال المؤتمر الحادي عشر لرؤساء أجهزة الشرطة في دول حوض النهر الكبير (نهربول)، "
        "بمشاركة وفود من سبع دول."
    )
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_body) == (11, "نهربول")
    assert event.candidate_key == "conference:" + body_key("نهربول")
    assert event.name.startswith("المؤتمر 11 لرؤساء")  # no English ordinal glued on Arabic words


def test_an_acronym_in_quotes_after_the_name(catalogue):
    text = 'شارك الوفد في القمة السابعة لاتحاد الشرطة في جزر المحيط "أوشنبول" التي عقدت في سوفا.'
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_body, event.candidate_key) == (
        7,
        "أوشنبول",
        "summit:" + body_key("OCEANPOL"),
    )


def test_of_two_acronyms_the_english_one(catalogue):
    text = (
        "La 14e Assemblée générale annuelle du Comité des chefs de police de l'Afrique centrale et des Grands "
        "Lacs (CCPAC, ou CAPCCO selon son sigle anglais) s'est ouverte à Kigali."
    )
    (event,) = detect(catalogue, text)
    assert event.candidate_body == "CAPCCO"
    assert event.candidate_name_en == "CAPCCO Annual General Meeting"


def test_a_name_goes_on_past_a_compass_point(catalogue):
    text = "Les travaux de la 9e réunion du Conseil des chefs de police de l'Afrique de l'Est se sont ouverts lundi."
    (event,) = detect(catalogue, text)
    assert event.candidate_body.endswith("de l'Afrique de l'Est")


def test_a_name_ends_with_its_line(catalogue):
    text = (
        "Frontière : Dakar et Banjul clôturent la 3e session de leur comité consultatif\n\n"
        "DAKAR (APS) – Les délégations ont adopté un plan de patrouilles."
    )
    assert all("DAKAR" not in e.series_name and e.candidate_body != "APS" for e in detect(catalogue, text))


def test_the_organisations_meeting_is_the_body_named_before(catalogue):
    text = (
        "Uganda took over the chair of the Great Lakes Police Chiefs Cooperation Organisation (GLAPCCO) on "
        "Tuesday, during the organisation's 14th Annual General Meeting in Kampala. The chair said the plan "
        "would be reviewed before the 15th AGM, a year after last year's meeting in Kigali."
    )
    events = by_ordinal(detect(catalogue, text))
    assert set(events) == {13, 14, 15}
    assert {e.candidate_key for e in events.values()} == {"session:" + body_key("GLAPCCO")}
    assert events[14].candidate_name_en == "GLAPCCO Annual General Meeting"
    assert events[14].city == "Kampala" and events[14].relation == "subject"
    assert events[13].city == "Kigali" and events[13].relation == "mention"


@pytest.mark.parametrize(
    ("body", "head"),
    [("Mediterranean Coast Guard Network (MCGN)", "Network"), ("Global Maritime Safety Forum (GMSF)", "Forum")],
)
def test_a_networks_or_forums_meeting_is_the_body_named_before(catalogue, body, head):
    """A network, a forum, a partnership holds meetings too: "the Network's 7th Plenary Meeting"."""
    text = f"Delegates of the {body} met in Rome on Tuesday for the {head}'s 7th Plenary Meeting."
    (event,) = detect(catalogue, text)
    acronym = body.split("(")[1].rstrip(")")
    assert (event.ordinal, event.candidate_key) == (7, "session:" + body_key(acronym))
    assert event.city == "Rome"


def test_an_arabic_annual_general_meeting(catalogue):
    text = "انطلقت أعمال الاجتماع العام السنوي الرابع عشر لمنظمة التعاون بين قادة الشرطة في البحيرات الكبرى (غلابكو)."
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_body) == (14, "غلابكو")
    assert event.name.startswith("الاجتماع العام السنوي 14 ")


def test_a_generic_head_names_the_candidates_session_not_a_catalogue_series(catalogue):
    text = (
        "La délégation a pris part à la 51e Conférence des chefs de police des îles du Pacifique (PIPOL), "
        "à Suva. Les participants ont choisi Apia pour accueillir la 52e édition de la conférence."
    )
    events = by_ordinal(detect(catalogue, text))
    assert set(events) == {51, 52}
    assert events[52].candidate_key == events[51].candidate_key == "conference:" + body_key("PIPOL")


@pytest.mark.django_db
def test_a_regional_body_in_three_languages_is_one_series_and_one_event(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "fr.txt").write_text(
        " date 2031-10-07\nLa 33e assemblée générale annuelle de l'EAPCCO s'est ouverte lundi à Kampala, en "
        "présence de onze délégations.\n",
        encoding="utf-8",
    )
    (root / "en.txt").write_text(
        " date 2031-10-08\nPolice chiefs of the Eastern Africa Police Chiefs Cooperation Organisation (EAPCCO) "
        "met in Kampala for the organisation's 33rd Annual General Meeting on Tuesday.\n",
        encoding="utf-8",
    )
    (root / "ar.txt").write_text(
        " date 2031-10-09\nاختتمت في كمبالا أعمال الاجتماع العام السنوي الثالث والثلاثين لمنظمة التعاون بين قادة "
        "الشرطة في شرق إفريقيا (إيابكو) بمشاركة إحدى عشرة دولة.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    # (the catalogue's series now: one record, whichever language names it)
    assert not EventSeries.objects.filter(import_key__startswith="session:").exists()
    series = EventSeries.objects.get(name="EAPCCO Annual General Meeting")
    assert series.organization.acronym == "EAPCCO"
    event = Event.objects.get(series=series, ordinal=33)
    assert event.name == "33rd EAPCCO Annual General Meeting"
    assert ArticleEvent.objects.filter(event=event).count() == 3


def test_an_arabic_session_name_numbers_after_its_noun():
    assert arabic_session_name("المؤتمر لرؤساء أجهزة الشرطة", 44) == "المؤتمر 44 لرؤساء أجهزة الشرطة"
    assert arabic_session_name("الاجتماع العام السنوي لمنظمة التعاون", 9) == "الاجتماع العام السنوي 9 لمنظمة التعاون"
    assert session_name("القمة لمجتمع الشرطة", 19) == "القمة 19 لمجتمع الشرطة"


def test_a_hyphenated_place_keeps_its_second_half_in_the_name(catalogue):
    text = "La 12e Conférence des chefs de police de l'Afrique du Nord-Est (NEAPCO) s'est ouverte à Asmara."
    (event,) = detect(catalogue, text)
    assert "Nord-Est" in event.name


def test_a_short_name_with_the_bodys_acronym_is_the_session_named_whole(catalogue):
    text = (
        "Asmara accueille la 12e Conférence des chefs de police de l'OPNE\n\n"
        "Asmara, 3 mars 2031 – La 12e Conférence des chefs de police de l'Organisation des polices du Nord-Est "
        "(NEAPCO) s'est ouverte mardi. La 13e édition se tiendra à Djibouti."
    )
    events = detect(catalogue, text, published="2031-03-03")
    assert sorted(e.ordinal for e in events) == [12, 13]
    assert {e.candidate_key for e in events} == {"conference:" + body_key("NEAPCO")}


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil de paix et de sécurité (CPS) de l'Union africaine a consacré sa 1247e réunion, tenue à "
        "Addis-Abeba, à la criminalité transnationale.",
        "The Peace and Security Council (PSC) of the African Union (AU), at its 1247th meeting held in Addis "
        "Ababa, considered the theme.",
    ],
)
def test_the_african_unions_peace_and_security_council_numbers_its_meetings_in_thousands(catalogue, text):
    (event,) = detect_events(text, "fr", published=None, catalogue=catalogue)
    # a four-digit ordinal, the Council's and not the Union's (whose possessive "its" follows)
    assert (event.series_name, event.ordinal, event.city) == (
        "African Union Peace and Security Council Meeting",
        1247,
        "Addis Ababa",
    )


def test_a_year_is_no_four_digit_ordinal():
    from events.detection.ordinals import LATIN_ORDINAL

    assert LATIN_ORDINAL.search("la 2024e édition") is None
    assert LATIN_ORDINAL.search("its 1247th meeting").group("num") == "1247"


@pytest.mark.parametrize(
    "text",
    [
        "انتخب رؤساء دول الاتحاد الإفريقي رئيسا للمفوضية خلال أشغال الدورة العادية الثامنة والثلاثين لمؤتمر "
        "الاتحاد، المنعقدة بأديس أبابا.",
        "Les chefs d'État de l'Union africaine ont ouvert à Addis-Abeba la 38e session ordinaire de la Conférence "
        "de l'Union.",
        "African Union heads of state opened in Addis Ababa the 38th ordinary session of the Assembly of the Union.",
    ],
)
def test_the_conference_of_the_union_is_the_african_unions_assembly(catalogue, text):
    # "the Union" refers back to the African Union the article names; its conference's session is the
    # Assembly's (not a sitting of some conference)
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2025-02-16"), catalogue=catalogue)
    assert (event.series_name, event.ordinal) == ("African Union Assembly Ordinary Session", 38)


@pytest.mark.parametrize(
    ("text", "series", "ordinal"),
    [
        (
            "Les recommandations seront soumises lors de la 66e session ordinaire de la Conférence de la CEDEAO, "
            "prévue dimanche dans la capitale fédérale nigériane.",
            "ECOWAS Summit Ordinary Session",
            66,
        ),
        (
            "The 53rd ordinary session of the ECOWAS Mediation and Security Council opened in Abuja.",
            "ECOWAS Mediation and Security Council Session",
            53,
        ),
        (
            "Les recommandations iront au Conseil de médiation et de sécurité, qui doit tenir sa 53e session à Abuja.",
            "ECOWAS Mediation and Security Council Session",
            53,
        ),
    ],
)
def test_the_numbered_sessions_of_ecowas_summit_and_its_mediation_and_security_council(
    catalogue, text, series, ordinal
):
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2024-12-10"), catalogue=catalogue)
    assert (event.series_name, event.ordinal, event.city) == (series, ordinal, "Abuja")


@pytest.mark.parametrize(
    "text",
    [
        "Les recommandations seront soumises aux dirigeants du CCG lors de leur sommet prévu à Doha en décembre.",
        "Les décisions seront transmises au sommet des dirigeants du CCG à Doha, en décembre, où elles seront lues.",
    ],
)
def test_an_unnumbered_summit_of_an_organisations_leaders_is_its_summit(catalogue, text):
    # "leur sommet" after the GCC's leaders, "le sommet des dirigeants du CCG": the GCC Summit of that
    # year and city (the catalogue's 44th)
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2023-11-08"), catalogue=catalogue)
    assert (event.series_name, event.ordinal, event.city) == ("GCC Summit", 44, "Doha")


@pytest.mark.parametrize(
    ("text", "language", "series"),
    [
        ("La 19e Assemblée générale du CCPAO s'est ouverte lundi à Accra.", "fr", "WAPCCO General Assembly"),
        (
            "The 29th SARPCCO Annual General Meeting opened in Windhoek on Monday.",
            "en",
            "SARPCCO Annual General Meeting",
        ),
        (
            "Le 7e Forum des gouverneurs du bassin du lac Tchad s'est ouvert à Garoua.",
            "fr",
            "Lake Chad Basin Governors' Forum",
        ),
        ("انطلقت في غاروا أعمال الدورة السابعة لمنتدى حكام حوض بحيرة تشاد.", "ar", "Lake Chad Basin Governors' Forum"),
    ],
)
def test_the_regional_police_bodies_and_the_lake_chad_governors_forum_are_catalogue_series(
    catalogue, text, language, series
):
    """The main meetings of West and Southern Africa's police chiefs and of the Lake Chad Basin's governors,
    in the catalogue: one series in every language, whatever the acronym (WAPCCO is CCPAO in French)."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.series_name == series and not event.candidate_key


def test_an_acronym_the_article_introduces_stands_for_its_series_later():
    from events.detection import SeriesCatalogue

    text = (
        "Le Conseil de paix et de sécurité (CPS) de l'Union africaine s'est réuni lundi sur le Sahel. Cette "
        "1312e réunion du CPS, tenue au niveau ministériel, a appelé à un financement durable."
    )
    (event,) = detect_events(
        text, "fr", published=PartialDate.parse("2031-07-22"), catalogue=SeriesCatalogue.from_json()
    )
    assert (event.series_name, event.ordinal) == ("African Union Peace and Security Council Meeting", 1312)


def test_a_bare_acronym_no_article_introduces_is_no_series(catalogue):
    text = "Cette 1312e réunion du CPS, tenue au niveau ministériel, a appelé à un financement durable."
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-07-22"), catalogue=catalogue)
    assert event.series_name != "African Union Peace and Security Council Meeting"


@pytest.mark.parametrize("number", ["1312", "١٣١٢"])
def test_an_arabic_meeting_by_its_four_digit_number(catalogue, number):
    text = f"عقد مجلس السلم والأمن التابع للاتحاد الإفريقي، اليوم الإثنين، اجتماعه رقم {number} على المستوى الوزاري."
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-07-21"), catalogue=catalogue)
    assert (event.series_name, event.ordinal) == ("African Union Peace and Security Council Meeting", 1312)
