"""events.detection on sentences written for these tests (no database).

Ordinals in French, Arabic and English (numerals and words, both Arabic case endings), ordinals
that are no event, series named with the ordinal or elsewhere in the article, two events in one
phrase, places, dates, subject against mention, and the same event read from two languages.
"""

import pytest

from events.detection import (
    EventMention,
    SeriesCatalogue,
    arabic_ordinal_value,
    detect_events,
    latin_ordinal_value,
)
from text.normalize import normalize_name
from text.partial_date import PartialDate

GA = "INTERPOL General Assembly"
CAIM = "Council of Arab Interior Ministers Session"
POLICE = "Conference of Arab Police and Security Leaders"
ISA = "International Security Alliance Ministerial Meeting"
AU = "African Union Assembly Ordinary Session"
NAUSS = "NAUSS Supreme Council Session"


def detect(
    catalogue: SeriesCatalogue, text: str, language: str = "fr", published: str | None = None
) -> list[EventMention]:
    return detect_events(text, language, published=PartialDate.parse(published), catalogue=catalogue)


def keys(events: list[EventMention]) -> set[tuple[str, int | None]]:
    return {(e.series_name, e.ordinal) for e in events}


def only(events: list[EventMention]) -> EventMention:
    assert len(events) == 1, [e.name for e in events]
    return events[0]


# --- ordinals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("premier", 1),
        ("première", 1),
        ("deuxième", 2),
        ("quatrième", 4),
        ("treizième", 13),
        ("trente-neuvième", 39),
        ("quarante et unième", 41),
        ("quarante-sixième", 46),
        ("soixante et onzième", 71),
        ("soixante-dix-septième", 77),
        ("quatre-vingtième", 80),
        ("quatre-vingt-treizième", 93),
        ("quatre-vingt-quatorzième", 94),
        ("first", 1),
        ("third", 3),
        ("twenty-first", 21),
        ("forty-seventh", 47),
        ("ninety-fourth", 94),
        ("one hundred and first", 101),
    ],
)
def test_latin_ordinal_words(words, value):
    assert latin_ordinal_value(normalize_name(words)) == value


def test_a_compound_never_ends_in_premier():
    assert latin_ordinal_value(normalize_name("vingt premier")) is None


def test_an_indefinite_first_session_is_the_first(catalogue):
    """ "un premier sommet": the article "un", not the number one of "vingt et un"."""
    assert latin_ordinal_value(normalize_name("un premier")) == 1
    text = "Le même jour s'est tenu un premier sommet trilatéral ASEAN-UE-Chine à Manille."
    assert [e.ordinal for e in detect(catalogue, text, published="2031-05-27")] == [1]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("الأولى", 1),
        ("الرابعة", 4),
        ("الحادي عشر", 11),
        ("الثانية عشرة", 12),
        ("السابع والأربعين", 47),
        ("السابع والأربعون", 47),
        ("الحادية والتسعين", 91),
        ("الثانية والتسعين", 92),
        ("الثالثة والتسعين", 93),
        ("الرابعة والتسعين", 94),
        ("الحادية والخمسين", 51),
        ("التاسعة والثلاثين", 39),
        ("السادسة والسبعين", 76),
        ("الخامس والأربعون", 45),
        ("الحادية بعد المائة", 101),
        ("الـ٩٣", 93),
    ],
)
def test_arabic_ordinal_words(words, value):
    assert arabic_ordinal_value(normalize_name(words)) == value


@pytest.mark.parametrize("ordinal", ["47e", "47è", "47ème", "47-ème", "47ᵉ", "47ième"])
def test_french_numeral_ordinals(catalogue, ordinal):
    text = f"Les délégations ont rejoint la {ordinal} conférence des dirigeants arabes de la police et de la sécurité."
    assert keys(detect(catalogue, text, published="2023-12")) == {(POLICE, 47)}


def test_the_forms_of_address_before_the_ministers_are_no_part_of_the_name(catalogue):
    text = (
        "Manama: The 44th meeting of Their Highnesses and Excellencies the Interior Ministers of the Gulf "
        "Cooperation Council (GCC) states opened on Monday. They reviewed the decisions of their 43rd meeting."
    )
    assert keys(detect(catalogue, text, "en", "2031-11")) == {
        ("Meeting of GCC Interior Ministers", 44),
        (
            "Meeting of GCC Interior Ministers",
            43,
        ),
    }


def test_a_remit_written_with_a_synonym_is_the_catalogues_series(catalogue):
    text = "Delegates attend the 15th International Meeting of High-Ranking Officials Responsible for Security Matters."
    assert keys(detect(catalogue, text, "en", "2027-05")) == {
        ("International Meeting of High Representatives for Security Issues", 15)
    }


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_series_named_as_its_organisations_possession_is_the_catalogues(catalogue, apostrophe):
    """ "AFRIPOL's General Assembly in Lagos in October": the catalogue's "AFRIPOL General Assembly", known by
    its organisation's name, written as the organisation's (an unnumbered reference, its city and month read)."""
    text = f"The next test is AFRIPOL{apostrophe}s General Assembly in Lagos in October."
    (event,) = detect(catalogue, text, "en", "2031-07")
    assert (event.series_name, event.city, str(event.start_date)) == ("AFRIPOL General Assembly", "Lagos", "2031-10")


def test_a_year_named_meeting_written_a_little_differently_is_the_catalogues(catalogue):
    text = 'وتتواصل في دبي فعاليات "القمة الشرطية العالمية 2031" بمشاركة وفود من عشرات الدول.'
    (event,) = detect(catalogue, text, "ar", "2031-03")
    assert (event.series_name, event.candidate_key) == ("World Police Summit", "")


@pytest.mark.parametrize("words", ["de ce rendez-vous annuel", "of this annual gathering", "de ce conclave"])
def test_an_edition_of_this_rendez_vous_is_the_articles_series(catalogue, words):
    text = (
        "La DGSN participe au 52e Congrès des chefs de police et de sécurité arabes, ouvert mardi 14 décembre à "
        f"Doha. Pour rappel, Tanger avait accueilli, en décembre 2029, la 50e édition {words}."
    )
    assert keys(detect(catalogue, text, published="2031-12")) == {(POLICE, 52), (POLICE, 50)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le World Police Summit 2031 s'est ouvert mardi. L'édition 2030 avait attiré 200 intervenants.", "fr"),
        ("The World Police Summit 2031 opened on Tuesday. The 2030 edition drew 200 speakers.", "en"),
        ("انطلقت القمة العالمية للشرطة 2031 يوم الثلاثاء. وقد استقطبت نسخة 2030 مئتي متحدث.", "ar"),
    ],
)
def test_another_years_edition_named_by_its_year_alone(catalogue, text, language):
    events = detect(catalogue, text, language, "2031-03")
    assert sorted(e.name for e in events) == ["World Police Summit 2030", "World Police Summit 2031"]


def test_an_edition_by_year_needs_one_year_named_series(catalogue):
    text = "La 52e conférence des dirigeants arabes de la police et de la sécurité s'est ouverte. L'édition 2030 …"
    assert keys(detect(catalogue, text, published="2031-12")) == {(POLICE, 52)}


@pytest.mark.parametrize("head", ["Congrès", "congrès", "Conférence"])
def test_a_conference_called_a_congress_is_the_catalogues_conference(catalogue, head):
    text = f"La DGSN prend part au 49e {head} des chefs de police et de sécurité arabes, ouvert mardi à Doha."
    assert keys(detect(catalogue, text, published="2025-12")) == {(POLICE, 49)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police chiefs flew in for the 92nd INTERPOL General Assembly.", (GA, 92)),
        ("Ministers met for the 41st session of the Council of Arab Interior Ministers.", (CAIM, 41)),
        ("Talks opened at the 3rd Ordinary Session of the Assembly of the African Union.", (AU, 3)),
        ("The 93rd session of the General Assembly of the International Criminal Police Organization began.", (GA, 93)),
    ],
)
def test_english_numeral_ordinals(catalogue, text, expected):
    assert keys(detect(catalogue, text, "en", "2024-01")) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شارك الوزير في الدورة 41 لمجلس وزراء الداخلية العرب.", (CAIM, 41)),
        ("تستعد المدينة لاحتضان الدورة الـ93 للجمعية العامة للأنتربول.", (GA, 93)),
        ("تستعد المدينة لاحتضان الدورة ٩٣ للجمعية العامة للإنتربول.", (GA, 93)),
        ("حضر الوفد المؤتمر الـ46 لقادة الشرطة والأمن العرب.", (POLICE, 46)),
        # a preposition's noun after the numeral ("لوزراء", folded "لوزرا") is no counted noun ("46 وزيرا")
        ("حضر الوفد الدورة الـ41 لوزراء الداخلية العرب بتونس.", (CAIM, 41)),
        # the noun, then "لـ" who meets: the catalogue's name in construct ("اجتماع وزراء داخلية دول مجلس التعاون")
        (
            "ترأس الوزير أعمال الاجتماع الـ45 لوزراء داخلية دول مجلس التعاون الخليجي.",
            ("Meeting of GCC Interior Ministers", 45),
        ),
        (
            "ترأس الوزير أعمال الاجتماع الخامس والأربعين لوزراء داخلية دول مجلس التعاون الخليجي.",
            ("Meeting of GCC Interior Ministers", 45),
        ),
    ],
)
def test_arabic_numeral_ordinals(catalogue, text, expected):
    assert keys(detect(catalogue, text, "ar", "2023-06")) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ils ont ouvert la quarante et unième session du Conseil des ministres arabes de l'Intérieur.",
            "fr",
            (CAIM, 41),
        ),
        ("Hong Kong recevra la quatre-vingt-quatorzième session de l'Assemblée générale d'Interpol.", "fr", (GA, 94)),
        ("La trente-neuvième session du Conseil des ministres arabes de l'Intérieur s'ouvre.", "fr", (CAIM, 39)),
        ("Delegates closed the forty-seventh Conference of Arab Police and Security Leaders.", "en", (POLICE, 47)),
        ("اختتمت أشغال المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب.", "ar", (POLICE, 47)),
        ("انعقد المؤتمر السابع والأربعون لقادة الشرطة والأمن العرب.", "ar", (POLICE, 47)),
        ("انطلقت الدورة الحادية والخمسين للمجلس الأعلى لجامعة نايف العربية للعلوم الأمنية.", "ar", (NAUSS, 51)),
        ("افتتحت الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب.", "ar", (CAIM, 42)),
    ],
)
def test_ordinal_words_in_sentences(catalogue, text, language, expected):
    assert keys(detect(catalogue, text, language, "2024-03")) == {expected}


# --- what is not an event -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil des ministres arabes de l'Intérieur a adopté son 11è plan et la 8è phase du plan routier.",
        "L'Université arabe Naif des sciences de sécurité a célébré la 42ème promotion de ses lauréats.",
        "أقر مجلس وزراء الداخلية العرب الخطة المرحلية العاشرة للاستراتيجية العربية.",
        "احتفلت جامعة نايف العربية للعلوم الأمنية بتخريج الدفعة الثالثة والأربعين.",
        "Interpol salue le lancement du 3ème satellite d'observation du pays.",
        "Interpol : le Maroc présent à la 57e session de la CEA à Addis-Abeba.",
        "Interpol a pris part à la 55e session du Conseil des droits de l'Homme.",
        "حضر ممثل الإنتربول الدورة 55 لمجلس حقوق الإنسان.",
        "INTERPOL officials opened the first session of the conference on Monday.",
        "Ministers from the Arab League attended the 61st Munich Security Conference.",
        "Interpol a organisé à Lyon la 5e session de formation des enquêteurs.",
        "En marge de l'Assemblée générale d'Interpol, la 25e édition du festival a été annoncée.",
        "INTERPOL held the 3rd meeting of experts on cybercrime.",
        "اختتمت بمقر الإنتربول الدورة التدريبية الثالثة لفائدة ضباط الشرطة.",
        "نظمت جامعة نايف العربية للعلوم الأمنية النسخة الخامسة من الملتقى العلمي.",
        "انطلقت الدورة الاستثنائية الثالثة لمجلس وزراء الداخلية العرب.",
    ],
)
def test_ordinals_that_are_no_event_of_the_catalogue(catalogue, text):
    # Sessions of bodies outside the catalogue ("la 57e session de la CEA") are candidates
    # (tests/test_candidate_series.py), never a session of a catalogue series.
    assert [e for e in detect(catalogue, text, published="2024-02") if not e.candidate_key] == []


def test_a_dropped_reference_is_explained_in_debug(catalogue):
    debug: list[str] = []
    text = "Interpol : le Maroc présent à la 57e session de la CEA."
    detect_events(text, "fr", published=None, catalogue=catalogue, debug=debug)
    assert any("57e session" in line and "outside the catalogue" in line for line in debug)


def test_an_extraordinary_session_has_no_ordinal_in_the_series(catalogue):
    text = "Le Conseil des ministres arabes de l'Intérieur tient sa 5e session extraordinaire."
    assert detect(catalogue, text, published="2024-02") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("تحتضن المنامة القمة العربية الـ33 بمشاركة القادة.", "ar", ("Arab League Summit", 33)),
        ("Le 38e sommet de l'UA s'est ouvert samedi à Addis-Abeba.", "fr", (AU, 38)),
        (
            "Le Maroc participe à la 68e session de la Commission des stupéfiants.",
            "fr",
            (
                "Commission on Narcotic Drugs Session",
                68,
            ),
        ),
    ],
)
def test_other_series_of_the_catalogue(catalogue, text, language, expected):
    assert keys(detect(catalogue, text, language, "2025-02")) == {expected}


# --- series from context ----------------------------------------------------------------------


def test_generic_council_takes_the_series_named_earlier(catalogue):
    text = (
        "Le Conseil des ministres arabes de l'Intérieur s'est réuni lundi au siège de son secrétariat.\n"
        "Le ministre a salué l'ouverture de la 41ème session du Conseil, consacrée à la cybersécurité."
    )
    assert keys(detect(catalogue, text, published="2024-02")) == {(CAIM, 41)}


def test_ordinal_and_noun_alone_take_the_article_series(catalogue):
    text = "Interpol dresse le bilan de l'année. La 93è session se tiendra au Maroc."
    assert keys(detect(catalogue, text, published="2024-11")) == {(GA, 93)}


def test_edition_of_a_conference_named_earlier(catalogue):
    text = (
        "Le Congrès des responsables arabes de la police et de la sécurité a fermé ses portes. "
        "Le secrétariat du Conseil des ministres arabes de l'Intérieur annoncera le lieu de sa 47è édition."
    )
    assert keys(detect(catalogue, text, published="2023-01")) == {(POLICE, 47)}


def test_english_group_meeting_with_the_alliance_named_nearby(catalogue):
    text = "Ministers of the International Security Alliance met for the group's fourth ministerial meeting."
    assert keys(detect(catalogue, text, "en", "2022-03")) == {(ISA, 4)}


def test_arabic_generic_council_after_its_name(catalogue):
    text = "ترأس الأمير اجتماع المجلس الأعلى لجامعة نايف العربية للعلوم الأمنية، وافتتح الدورة الحادية والخمسين للمجلس."
    assert keys(detect(catalogue, text, "ar", "2025-11")) == {(NAUSS, 51)}


def test_the_ordinal_must_be_plausible_for_the_series(catalogue):
    # The council's sessions are in the forties in 2024: a 50th session is the university council's.
    text = (
        "L'Université arabe Naif des sciences de sécurité a réuni ses instances à Riyad. Elle travaille "
        "avec le Conseil des ministres arabes de l'Intérieur, et le Conseil a clos sa 50e session."
    )
    assert keys(detect(catalogue, text, published="2024-11")) == {(NAUSS, 50)}


def test_body_then_its_session_in_arabic(catalogue):
    text = "ذكّر رئيس الإنتربول بأن المدينة استقبلت الجمعية العامة في دورتها السادسة والسبعين سنة 2007."
    events = detect(catalogue, text, "ar", "2025-11")
    assert (GA, 76) in keys(events)


# --- two events in one phrase -----------------------------------------------------------------


def test_two_french_sessions_in_one_phrase(catalogue):
    text = (
        "Le Conseil des ministres arabes de l'Intérieur a examiné le rapport du secrétariat "
        "entre la 40e et la 41e sessions."
    )
    assert keys(detect(catalogue, text, published="2024-02")) == {(CAIM, 40), (CAIM, 41)}


def test_two_arabic_sessions_in_a_dual(catalogue):
    text = "تقرير عن الفترة بين الدورتين الثامنة والثلاثين والتاسعة والثلاثين لمجلس وزراء الداخلية العرب."
    assert keys(detect(catalogue, text, "ar", "2022-03")) == {(CAIM, 38), (CAIM, 39)}


# --- places -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "city", "country"),
    [
        (
            "La 47e conférence des dirigeants arabes de la police et de la sécurité s'est ouverte à Tanger.",
            "fr",
            ("Tangier"),
            "MA",
        ),
        ("اختتم بمدينة طنجة المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب.", "ar", "Tangier", "MA"),
        ("اختتم بطنجة المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب.", "ar", "Tangier", "MA"),
        ("The 47th Conference of Arab Police and Security Leaders ended in Tangier.", "en", "Tangier", "MA"),
        ("La 92e session de l'Assemblée générale d'Interpol se déroule à Glasgow, en Écosse.", "fr", "Glasgow", "GB"),
        ("انطلقت في فيينا الدورة الحادية والتسعين للجمعية العامة للإنتربول.", "ar", "Vienna", "AT"),
        ("La 94e session de l'Assemblée générale d'Interpol aura lieu à Hong Kong, en Chine.", "fr", "Hong Kong", "CN"),
        (
            "La 39e session du Conseil des ministres arabes de l'Intérieur s'ouvre dans la capitale tunisienne.",
            "fr",
            ("Tunis"),
            "TN",
        ),
    ],
)
def test_places(catalogue, text, language, city, country):
    event = only(detect(catalogue, text, language, "2024-01"))
    assert (event.city, event.country) == (city, country)


def test_a_city_contradicting_a_known_edition_is_not_its_venue(catalogue):
    # The 93rd assembly is known to be held in Marrakech: Vienna is where it was decided.
    text = "Réunis à Vienne, les délégués ont confié au Maroc la 93e session de l'Assemblée générale d'Interpol."
    event = only(detect(catalogue, text, published="2023-12"))
    assert event.city is None


# --- dates ------------------------------------------------------------------------------------


def test_day_range_takes_the_year_of_the_article(catalogue):
    text = "La 92ème session de l'Assemblée générale d'Interpol se tient du 4 au 7 novembre à Glasgow."
    event = only(detect(catalogue, text, published="2024-11"))
    assert (event.start_date, event.end_date) == (PartialDate(2024, 11, 4), PartialDate(2024, 11, 7))


def test_english_month_first_range(catalogue):
    text = "The 47th Conference of Arab Police and Security Leaders, held on December 6-7, closed in Tangier."
    event = only(detect(catalogue, text, "en", "2023-12-08"))
    assert (event.start_date, event.end_date) == (PartialDate(2023, 12, 6), PartialDate(2023, 12, 7))


def test_arabic_closing_day_is_an_end(catalogue):
    text = "انطلقت أشغال الدورة الثالثة والتسعين للجمعية العامة للإنتربول، التي تتواصل إلى غاية ٢٧ نونبر الجاري."
    event = only(detect(catalogue, text, "ar", "2025-11-24"))
    assert event.end_date == PartialDate(2025, 11, 27)


def test_day_and_month_without_any_year_stay_unknown(catalogue):
    text = "La 93ème session de l'Assemblée générale d'Interpol se tient du 24 au 27 novembre."
    event = only(detect(catalogue, text, published=None))
    assert (event.start_date, event.end_date) == (None, None)


def test_weekday_only_gives_the_month_of_the_article(catalogue):
    text = "Les ministres de l'Alliance internationale de sécurité ont tenu mardi leur quatrième réunion ministérielle."
    event = only(detect(catalogue, text, published="2022-03-30"))
    assert event.start_date == PartialDate(2022, 3)


@pytest.mark.parametrize(
    ("published", "month"),
    [
        ("2031-03-05", PartialDate(2031, 3)),  # a Wednesday: Monday was 3 March
        ("2031-03-01", None),  # a Saturday: Monday was 24 February, another month
        ("2031-03", PartialDate(2031, 3)),  # no day to count from: the publication's month
    ],
)
def test_a_weekday_gives_its_month_only_when_it_falls_in_it(catalogue, published, month):
    text = "La 60e session du Conseil des ministres arabes de l'Intérieur s'est ouverte lundi à Rabat."
    assert only(detect(catalogue, text, published=published)).start_date == month


@pytest.mark.parametrize(("published", "month"), [("2031-03-28", PartialDate(2031, 3)), ("2031-03-31", None)])
def test_next_weekday_counts_forward(catalogue, published, month):
    # 28 March 2031 is a Friday: next Monday is the 31st; from Monday the 31st, it is 7 April.
    text = "La 60e session du Conseil des ministres arabes de l'Intérieur s'ouvrira lundi prochain à Rabat."
    assert only(detect(catalogue, text, published=published)).start_date == month


@pytest.mark.parametrize("published", ["2031-02-12", "2031-02-27", "2031-02"])
def test_a_weekday_of_the_announcement_does_not_date_a_session_to_come(catalogue, published):
    text = (
        "Réunis mercredi à Tunis, les ministres ont annoncé que la 60e session du Conseil des ministres arabes "
        "de l'Intérieur se tiendra à Rabat."
    )
    event = only(detect(catalogue, text, published=published))
    assert (event.city, event.start_date, event.end_date) == ("Rabat", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Tunis, 27 février 2031 (MAP) – La 60e session du Conseil des ministres arabes de l'Intérieur se tiendra "
        "l'an prochain, a annoncé le secrétariat.",
        "TUNIS – Le secrétariat a annoncé que la 60e session du Conseil des ministres arabes de l'Intérieur aura "
        "lieu au printemps.",
        "الرباط، 27 فبراير 2031 (ومع) – أعلنت الأمانة العامة أن الدورة الستين لمجلس وزراء الداخلية العرب ستعقد "
        "في السنة المقبلة.",
    ],
)
def test_a_dateline_is_the_place_of_publication_not_a_venue(catalogue, text):
    event = only(detect(catalogue, text, published="2031-02-27"))
    assert (event.ordinal, event.city, event.start_date) == (60, None, None)


def test_the_venue_named_after_a_dateline_is_kept(catalogue):
    text = "TUNIS – La 60e session du Conseil des ministres arabes de l'Intérieur s'est ouverte mardi à Alger."
    assert only(detect(catalogue, text, published="2031-02-27")).city == "Algiers"


def test_a_wire_lead_that_says_here_places_the_meeting_in_its_dateline_city(catalogue):
    text = (
        "DAKAR, March 3 (Xinhua) -- Coast guard chiefs from nine countries opened a two-day conference here on "
        "Monday.\n\nSpeaking at the opening of the 5th Conference of Atlantic Coast Guard Chiefs, the host said "
        "piracy had fallen."
    )
    (event,) = detect_events(text, "en", published=None, catalogue=catalogue)
    assert (event.ordinal, event.city, event.country) == (5, "Dakar", "SN")
    elsewhere = text.replace("a two-day conference here on Monday", "talks on Monday")
    (event,) = detect_events(elsewhere, "en", published=None, catalogue=catalogue)
    assert event.city is None  # the dateline alone is the place of publication


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("Coast guard chiefs wrapped up a two-day meeting in the Senegalese capital on Monday.", "en"),
        ("Les chefs des garde-côtes ont clos lundi une réunion de deux jours dans la capitale sénégalaise.", "fr"),
    ],
)
def test_a_lead_that_says_in_the_datelines_countrys_capital_places_the_meeting_there(catalogue, lead, language):
    """Below a byline with its date (read as a dateline too), the wire's dateline names the city; the lead
    says the meeting was held in its country's capital, an adjective away."""
    text = (
        f"Awa Ndiaye | 03.03.2031\n\nDAKAR, Senegal (AA) - {lead}\n\nThe meeting was the 5th Conference of "
        "Atlantic Coast Guard Chiefs."
    )
    (event,) = detect_events(text, language, published=None, catalogue=catalogue)
    assert (event.ordinal, event.city, event.country) == (5, "Dakar", "SN")
    elsewhere = text.replace("Senegalese capital", "Gambian capital").replace(
        "capitale sénégalaise", "capitale gambienne"
    )
    (event,) = detect_events(elsewhere, language, published=None, catalogue=catalogue)
    assert event.city is None  # another country's capital: not the dateline's city


def test_an_organisations_meeting_is_the_series_the_article_names(catalogue):
    """'The 48th INTERPOL regional conference' fits each of INTERPOL's regional conferences alike; the
    article names the European one: one event, not two of one ordinal."""
    text = (
        "Police chiefs close 48th INTERPOL regional conference in Oslo\n\nThe 48th INTERPOL European Regional "
        "Conference ended in Oslo on Thursday after three days of talks on firearms trafficking."
    )
    events = detect_events(text, "en", published=PartialDate.parse("2031-05-22"), catalogue=catalogue)
    assert [(e.series_name, e.ordinal) for e in events] == [("INTERPOL European Regional Conference", 48)]


def test_a_year_is_a_year(catalogue):
    text = "The 93rd INTERPOL General Assembly will be held in Marrakech in 2025."
    event = only(detect(catalogue, text, "en", "2023-12"))
    assert event.start_date == PartialDate(2025)


def test_a_one_day_session_ends_the_day_it_starts(catalogue):
    text = (
        "La 42ème session du Conseil des ministres arabes de l'Intérieur s'est tenue dimanche 16 février 2025 à Tunis. "
        "Cette session d'une seule journée a réuni les ministres."
    )
    event = only(detect(catalogue, text, published="2025-02-16"))
    assert event.start_date == event.end_date == PartialDate(2025, 2, 16)


# --- editions: references without an ordinal ---------------------------------------------------


def test_a_session_named_by_its_city(catalogue):
    text = "Interpol prépare sa prochaine assemblée. Le Maroc a brillé lors de la session de Glasgow, en novembre 2024."
    assert keys(detect(catalogue, text, published="2025-06")) == {(GA, 92)}


def test_an_assembly_of_the_1990s_named_by_its_year_and_city(catalogue):
    """The catalogue knows INTERPOL's General Assemblies since 1990 (69th in 2000 and after)."""
    text = "Interpol's General Assembly opened in Delhi. The city last hosted the Interpol assembly in 1997."
    assert (GA, 66) in keys(detect(catalogue, text, "en", "2031-10"))


def test_an_assembly_named_by_its_year_and_city(catalogue):
    text = "Marrakech had already hosted the Interpol assembly in 2007, officials recalled."
    assert keys(detect(catalogue, text, "en", "2025-11")) == {(GA, 76)}


def test_a_city_where_the_likelier_series_met_often_names_no_other_series(catalogue):
    # The ministers' council meets in Tunis every year: "the session in Tunis" is not the one
    # session another series held there.
    text = (
        "Minister leads the delegation to Arab interior ministers' session in Tunis\n\n"
        "TUNIS, March 2, 2026 -- The minister, honorary president of the Council of Arab Interior Ministers, "
        "led the delegation to the 43rd session of the council. The secretary general presented the outcomes "
        "of the Arab police and security leaders' conference."
    )
    assert keys(detect(catalogue, text, "en", "2026-03-02")) == {(CAIM, 43)}


def test_a_session_no_known_edition_fits_is_named_by_its_year(catalogue):
    # a venue and a year, no number, no edition of the catalogue: that year's session of the series,
    # which linking joins to the numbered one another article dates in that year
    text = "L'Assemblée générale d'Interpol s'est réunie en 1950 à La Haye."
    (event,) = detect(catalogue, text, published="2024-01")
    assert (event.ordinal, event.start_date) == (None, PartialDate(1950))
    assert event.name == "INTERPOL General Assembly (1950)"
    # this week's session, by its weekday and its venue
    text = "La session annuelle du Conseil des ministres arabes de l'Intérieur, tenue mercredi à Tunis, a pris fin."
    (event,) = detect(catalogue, text, published="2031-03-05")
    assert (event.ordinal, event.city, event.start_date.year) == (None, "Tunis", 2031)
    assert event.name == "Session of the Council of Arab Interior Ministers (2031)"


def test_a_series_own_name_closed_by_its_noun_with_a_venue_and_a_time_is_that_years_session(catalogue):
    # English names a meeting with its noun last ("the INTERPOL European Regional Conference"): named
    # with a venue and a month, no number, it is that year's session, as the French word order is
    text = "The minister will attend the INTERPOL European Regional Conference in Oslo in June, his first."
    (event,) = detect(catalogue, text, "en", published="2031-03")
    assert (event.series_name, event.ordinal, event.city) == ("INTERPOL European Regional Conference", None, "Oslo")
    assert event.start_date.year == 2031
    # "next" before the name: the next session, which a numbered one in the article numbers, or else its
    # venue and its time date ("AFRIPOL's next General Assembly, due in Algiers in October"); neither, none
    text = "The minister will attend the next INTERPOL European Regional Conference in Oslo in June."
    (event,) = detect(catalogue, text, "en", published="2031-03")
    assert (event.city, event.start_date.year) == ("Oslo", 2031)
    text = "The minister will attend the next INTERPOL European Regional Conference, his first."
    assert detect(catalogue, text, "en", published="2031-03") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil des ministres arabes de l'Intérieur, dont le siège est à Tunis, a publié un rapport.",
        "La session annuelle du Conseil des ministres arabes de l'Intérieur a adopté une stratégie en 2031.",
        "L'Assemblée générale d'Interpol se réunit chaque année dans une ville différente.",
    ],
)
def test_no_venue_or_no_time_no_session(catalogue, text):
    # the body alone, a session without its venue, a habit: no meeting reported
    assert detect(catalogue, text, published="2031-03-05") == []


# --- subject and mention; one event across languages ---------------------------------------------


def test_the_reported_session_is_the_subject_and_the_next_one_a_mention(catalogue):
    text = (
        "Glasgow : ouverture de la 92e session de l'Assemblée générale d'Interpol\n"
        "Les travaux de la 92e session se poursuivent jusqu'au 7 novembre. "
        "Le Maroc accueillera la 93e session en 2025 à Marrakech."
    )
    events = {e.ordinal: e for e in detect(catalogue, text, published="2024-11-05")}
    assert events[92].relation == "subject"
    assert events[93].relation == "mention"
    assert events[92].mentions == 2


def test_a_past_session_is_a_mention(catalogue):
    text = (
        "La 41e session du Conseil des ministres arabes de l'Intérieur s'ouvre ce lundi à Tunis. "
        "Lors de la 39e session, tenue en mars 2022, le Conseil avait créé un bureau de cybersécurité."
    )
    events = {e.ordinal: e for e in detect(catalogue, text, published="2024-02-26")}
    assert (events[41].relation, events[39].relation) == ("subject", "mention")


def test_an_arabic_ordinal_inside_the_series_name(catalogue):
    # Arabic puts the ordinal after the noun and its genitive, inside the name the catalogue knows
    text = "انطلقت في أبوظبي أشغال مؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية بمشاركة 150 دولة."
    event = only(detect(catalogue, text, "ar", "2026-04-26"))
    assert (event.series_name, event.ordinal) == (
        "United Nations Congress on Crime Prevention and Criminal Justice",
        15,
    )
    assert event.surface == "مؤتمر الأمم المتحدة الخامس عشر لمنع الجريمة والعدالة الجنائية"


def test_a_number_in_a_sentence_naming_a_series_is_no_ordinal_of_it(catalogue):
    text = "شارك 150 وفدا في مؤتمر الأمم المتحدة لمنع الجريمة والعدالة الجنائية."
    assert [e.ordinal for e in detect(catalogue, text, "ar", "2026-04-26")] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "شارك الوفد في أشغال الدورة الرابعة عشرة للمؤتمر الأوروبي لقادة الشرطة بلاهاي.",
        "Le Maroc a pris part à la 14e Conférence européenne des chefs de police à La Haye.",
    ],
)
def test_a_series_named_in_other_words_that_mean_its_name(catalogue, text):
    # the body's words mean, one by one, what the catalogue's name says ("European Police Chiefs")
    (event,) = detect(catalogue, text, "ar" if text[0] > "z" else "fr", "2025-10-01")
    assert event.series_name == "European Police Chiefs Convention"


def test_french_and_arabic_sentences_give_the_same_event(catalogue):
    french = only(detect(catalogue, "Tanger accueille la 47ème Conférence des dirigeants arabes de la police.", "fr"))
    arabic = only(detect(catalogue, "تحتضن طنجة المؤتمر السابع والأربعين لقادة الشرطة والأمن العرب.", "ar"))
    assert (french.series_name, french.ordinal, french.name) == (arabic.series_name, arabic.ordinal, arabic.name)
    assert french.name == "47th Conference of Arab Police and Security Leaders"


# --- the result ---------------------------------------------------------------------------------


def test_evidence_offsets_point_into_the_text(catalogue):
    text = "Hier, à Tunis, s'est ouverte la 39ème session du Conseil des ministres arabes de l'Intérieur."
    event = only(detect(catalogue, text, published="2022-03"))
    assert text[event.start : event.end] == event.surface == "39ème session"
    assert event.sentence == text
    assert event.method == "rule"
    assert 0 < event.confidence <= 1


def test_catalogue_from_database_shaped_entries(catalogue):
    # EventSeries rows carry names, labels and aliases only: the kinds of meeting are guessed from the name.
    rows = [
        {
            "name": GA,
            "event_name_template": "{ordinal} INTERPOL General Assembly",
            "organization": "International Criminal Police Organization",
            "label_fr": "Assemblée générale d'INTERPOL",
            "label_ar": "الجمعية العامة للإنتربول",
            "label_en": GA,
            "aliases": ["Assemblée générale d'Interpol"],
        }
    ]
    small = SeriesCatalogue.from_entries(rows)
    event = only(detect(small, "Le Maroc a pris part à la 91e session de l'Assemblée générale d'Interpol.", "fr"))
    assert (event.series_name, event.ordinal, event.name) == (GA, 91, "91st INTERPOL General Assembly")


def test_arab_adjective_between_noun_and_ordinal_leaves_the_complement_to_decide(catalogue):
    text = "افتتح في تونس المؤتمر العربي الحادي والثلاثون لرؤساء أجهزة مكافحة المخدرات بحضور وفود عربية."
    events = detect(catalogue, text, "ar", "2017-06")
    assert keys(events) == {("Arab Conference of Heads of Anti-Narcotics Agencies", 31)}


def test_series_named_by_year(catalogue):
    text = "Dubai Police will host the World Police Summit 2023 next month, with delegations from 90 countries."
    events = detect(catalogue, text, "en", "2023-02")
    assert [(e.name, e.ordinal) for e in events] == [("World Police Summit 2023", None)]


def test_gcc_summit_and_high_level_meeting(catalogue):
    text = "Les recommandations seront soumises au 44e sommet du CCG, prévu à Doha en décembre 2023."
    assert keys(detect(catalogue, text, "fr", "2023-11")) == {("GCC Summit", 44)}
    text = "La 11e Réunion de haut niveau Maroc-Espagne s'est tenue à Madrid en juin 2015."
    assert keys(detect(catalogue, text, "fr", "2015-06")) == {("Morocco-Spain High-Level Meeting", 11)}


def test_edition_of_a_guide_is_not_a_session(catalogue):
    text = (
        "La 96e session de l'Assemblée générale d'Interpol s'est ouverte à Vienne. "
        "Les délégués ont aussi reçu le manuel de coopération policière, dans sa troisième édition."
    )
    events = detect(catalogue, text, "fr", "2028-10")
    assert all(e.ordinal != 3 for e in events)


# --- Roman numerals, groups named by a formula ---------------------------------------------------


@pytest.mark.parametrize(("numeral", "value"), [("xii", 12), ("xliv", 44), ("iv", 4), ("iix", None), ("vv", None)])
def test_roman_values(numeral, value):
    from events.detection.ordinals import roman_value

    assert roman_value(numeral) == value


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres de la Défense du Dialogue 7+7 ont ouvert à Lyon la IXe conférence du groupe.",
        "The ninth conference of Defence Ministers of the 7+7 Dialogue opened in Lyon on Monday.",
        "انطلق في ليون المؤتمر التاسع لوزراء دفاع مجموعة 7+7.",
        # its ministers meet in sessions, whatever a text calls them
        "انطلق في ليون الاجتماع التاسع لوزراء دفاع مجموعة 7+7.",
        "The ninth meeting of Defence Ministers of the 7+7 Dialogue opened in Lyon on Monday.",
    ],
)
def test_a_group_named_by_a_formula_is_one_series_in_every_language(catalogue, text):
    found = only(detect(catalogue, text))
    assert (found.ordinal, found.candidate_key) == (9, "session:group 7+7 defence")


def test_roman_numerals_need_capitals_and_a_lower_case_suffix(catalogue):
    assert detect(catalogue, "Ce conclave de deux jours réunit les chefs de police.") == []
    assert detect(catalogue, "La vie de la conférence des ministres du Dialogue 7+7 reprend.") == []


def test_their_ordinal_conference_is_the_groups(catalogue):
    text = (
        "Defence ministers of the 7+7 Dialogue met in Lyon for their ninth conference. "
        "They recalled the commitments of the eighth conference in Rome."
    )
    found = detect(catalogue, text, "en")
    assert [(e.ordinal, e.candidate_key) for e in found] == [
        (9, "session:group 7+7 defence"),
        (8, "session:group 7+7 defence"),
    ]


def test_a_month_contradicting_the_known_edition_is_another_session(catalogue):
    # the African Union's ordinary assembly of a year meets early in the year (its known editions)
    text = "The assembly, which opened on Monday October 14, 2024, ends on Wednesday. The African Union said so."
    assert all(e.series_name != AU for e in detect(catalogue, text, "en", "2024-10-15"))


def test_a_shorter_name_of_a_catalogue_series_is_that_series(catalogue):
    """Every word of the name is in one of the series' own names: not a series of its own."""
    text = "Il avait assisté à la 58e session du Conseil supérieur de l'Université Naïf, à Riyad."
    assert keys(detect(catalogue, text, published="2031-05-01")) == {(NAUSS, 58)}


def test_their_meeting_of_ministers_named_before(catalogue):
    """ "اجتماعهم": the ministers' meeting, of the series the sentence names; a later "الاجتماع …
    لوزراء الداخلية" is the same series' session, not a body of its own."""
    text = (
        "عقد وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية اليوم اجتماعهم الخمسين في الدوحة. "
        "وتابع الوزراء تنفيذ قرارات الاجتماع التاسع والأربعين لوزراء الداخلية ومنها مشروع الربط."
    )
    assert keys(detect(catalogue, text, "ar", "2031-11-05")) == {
        ("Meeting of GCC Interior Ministers", 50),
        ("Meeting of GCC Interior Ministers", 49),
    }


def test_a_regional_conference_of_an_organisation_by_its_region(catalogue):
    """The organisation's name fits all its regional conferences: the region written after it tells
    which."""
    text = (
        "افتتح المؤتمر الإقليمي العشرون للمنظمة الدولية للشرطة الجنائية (الإنتربول) لمنطقة الشرق الأوسط "
        "وشمال إفريقيا أعماله في الرباط."
    )
    assert keys(detect(catalogue, text, "ar", "2031-05-01")) == {
        ("INTERPOL Middle East and North Africa Regional Conference", 20)
    }


def test_the_next_meeting_of_other_participants_is_not_the_articles_series(catalogue):
    text = (
        "انطلقت أعمال الاجتماع الخامس والعشرين لقادة الشرطة في دول الساحل. "
        "ورفع الاجتماع توصياته إلى الاجتماع المقبل لأصحاب المعالي وزراء الداخلية."
    )
    assert {e.ordinal for e in detect(catalogue, text, "ar", "2031-05-01")} == {25}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le congrès des chefs de police et de sécurité arabes, le 52e du genre, s'est ouvert à Tunis.", "fr"),
        ("The Arab police and security leaders conference, the 52nd in the series, opened in Tunis.", "en"),
        ("Le congrès des chefs de police et de sécurité arabes, le cinquante-deuxième de cette série, a fini.", "fr"),
    ],
)
def test_an_ordinal_in_apposition_counts_the_meeting_named_before_it(catalogue, text, language):
    (event,) = detect(catalogue, text, language, published="2029-03-05")
    assert (event.series_name, event.ordinal) == (POLICE, 52)


@pytest.mark.parametrize(
    "venue",
    [
        "the Cape Town Convention and Exhibition Centre",
        "the Cape Town International Conference Centre",
        "le Palais des congrès de Cape Town",
    ],
)
def test_a_hall_named_after_meetings_is_no_meeting(catalogue, venue):
    text = (
        "CAPE TOWN - The police set up a task force for the 93rd INTERPOL General Assembly, which the city will "
        f"host from November 17 to 20 this year at {venue}."
    )
    assert keys(detect(catalogue, text, "en", "2030-05-02")) == {(GA, 93)}
    # a meeting named by its year is one still
    found = detect(catalogue, "Delegates met at the Cape Town Security Convention 2030 on Monday.", "en", "2030-05-02")
    assert [e.name for e in found] == ["Cape Town Security Convention 2030"]


def test_an_arabic_number_that_counts_what_follows_is_no_ordinal(catalogue):
    # "the course's 35 officers": the number counts the officers (their noun in the accusative)
    text = "ويشارك في الدورة 42 ضابطا من أجهزة الشرطة، بتنظيم مشترك مع الأمانة العامة لمجلس وزراء الداخلية العرب."
    assert [e.ordinal for e in detect(catalogue, text, "ar", "2030-10")] in ([], [None])


CIMO = "Conference of Interior Ministers of the Western Mediterranean"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a pris part à la 23e Conférence des ministres de l'Intérieur de la Méditerranée occidentale.", "fr"),
        ("He attended the 23rd Conference of Interior Ministers of the Western Mediterranean (CIMO).", "en"),
        ("شارك في الدورة الثالثة والعشرين لندوة وزراء داخلية دول غرب المتوسط.", "ar"),
    ],
)
def test_the_western_mediterranean_interior_ministers_conference_in_three_languages(catalogue, text, language):
    assert keys(detect(catalogue, text, language, "2031-04")) == {(CIMO, 23)}


def test_an_arabic_session_of_the_conference_named_before_is_its_next_edition(catalogue):
    text = (
        "شارك الوزير في أشغال الدورة الثالثة والعشرين لندوة وزراء داخلية دول غرب المتوسط بالرباط. "
        "وتقرر أن تحتضن مدريد الدورة الرابعة والعشرين للندوة سنة 2032."
    )
    assert keys(detect(catalogue, text, "ar", "2031-04")) == {(CIMO, 23), (CIMO, 24)}
    text = "شارك في الدورة 51 لمؤتمر قادة الشرطة والأمن العرب. وتقرر أن تحتضن الرباط الدورة 52 للمؤتمر."
    assert keys(detect(catalogue, text, "ar", "2031-04")) == {(POLICE, 51), (POLICE, 52)}


def test_the_interior_ministers_of_the_5_plus_5_dialogue_meet_in_the_catalogues_conference(catalogue):
    text = "Interior ministers of the Western Mediterranean 5+5 dialogue opened their 23rd conference in Rabat."
    assert keys(detect(catalogue, text, "en", "2031-04")) == {(CIMO, 23)}
    # the dialogue's defence ministers meet in a series of their own
    defence = detect(catalogue, "Les ministres de la Défense du Dialogue 5+5 ont tenu leur 12e réunion.", "fr", "2031")
    assert [e.series_name for e in defence] != [CIMO]


def test_an_organisations_series_the_article_names_wins_over_one_that_fits_any_number(catalogue):
    """ "30th INTERPOL regional conference" in the headline, the "INTERPOL African Regional Conference"
    in the text: the African one, though a regional series whose editions the catalogue does not hold
    fits the number and the year as well."""
    text = (
        "Police chiefs meet in Kigali for 30th INTERPOL regional conference\nPublished May 3, 2031\n\n"
        "KIGALI - Police chiefs from across the continent opened the 30th INTERPOL African Regional Conference "
        "in Kigali on Monday."
    )
    assert keys(detect(catalogue, text, "en", "2031-05-03")) == {("INTERPOL African Regional Conference", 30)}


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General, attending his first African Regional Conference since taking office, spoke.",
        "Delegates at the sixth AFRIPOL General Assembly in Algiers adopted a training plan. AFRIPOL's acting "
        "director said the first sessions would be held in Algiers and Nouakchott.",
    ],
)
def test_a_persons_count_and_the_first_of_several_are_no_numbered_meeting(catalogue, text):
    """ "his first conference" is his count, not the series' first; "the first sessions" are several."""
    assert 1 not in [e.ordinal for e in detect(catalogue, text, "en", "2031-08-28")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La 89e session de l'Assemblée générale d'Interpol s'est ouverte à Istanbul. Reportée l'an dernier, "
            "cette session est la première à se tenir en présentiel depuis celle de Santiago du Chili, en 2019.",
            "fr",
        ),
        (
            "The 89th INTERPOL General Assembly opened in Istanbul. The session is the first held in person since "
            "that of Santiago in 2019.",
            "en",
        ),
    ],
)
def test_a_pronoun_standing_for_the_meeting_noun_names_the_edition_of_its_city(catalogue, text, language):
    """ "celle de Santiago", "that of Santiago": the session before it in the sentence, of that city."""
    assert ("INTERPOL General Assembly", 88) in keys(detect(catalogue, text, language, "2021-11-23"))


def test_the_gcc_summit_by_its_supreme_council_in_french(catalogue):
    """ "soumises au Conseil suprême du CCG lors du sommet prévu le 1er décembre à Koweït": the summit is
    the Supreme Council's, the catalogue's edition of that day and city."""
    text = (
        "Koweït, 27 novembre 2024 – Les recommandations seront soumises au Conseil suprême du CCG lors du sommet "
        "prévu le 1er décembre à Koweït."
    )
    assert keys(detect(catalogue, text, "fr", "2024-11-27")) == {("GCC Summit", 45)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "It was the first session of the Senegal-Gambia Joint Commission since the third session, held in "
            "Banjul in 2027.",
            "en",
            {3},
        ),
        ("La première session de la Commission mixte Sénégal-Gambie depuis 2027 s'est ouverte à Dakar.", "fr", set()),
        ("The first meeting of the Senegal-Gambia Joint Commission in five years opened in Dakar.", "en", set()),
        ("The first meeting of the Senegal-Gambia Joint Commission in nearly eight years was in Dakar.", "en", set()),
        # ("depuis sa création": the first of the series after all)
        (
            "La première session de la Commission mixte Sénégal-Gambie depuis sa création s'est ouverte à Dakar.",
            "fr",
            {1},
        ),
    ],
)
def test_the_first_since_another_is_no_first_session(catalogue, text, language, expected):
    """ "the first session … since the third session", "la première session … depuis 2027": the first after a
    pause, not the series' first."""
    assert {e.ordinal for e in detect(catalogue, text, language, "2031-02-01")} == expected


def test_an_arabic_general_assembly_with_a_possessive_is_its_bodys(catalogue):
    """ "جمعيتها العامة الأولى": "its first general assembly", the body the sentence names before."""
    text = "أشاد المدير بدعم أفريبول منذ انعقاد جمعيتها العامة الأولى بالجزائر سنة 2017."
    assert ("AFRIPOL General Assembly", 1) in keys(detect(catalogue, text, "ar", "2031-10"))


def test_the_high_representatives_meeting_in_both_arabic_plurals(catalogue):
    for plural in ("الساميين", "السامين"):
        text = f"شارك الوفد في الاجتماع الدولي الثاني عشر للممثلين {plural} المكلفين بالقضايا الأمنية."
        assert keys(detect(catalogue, text, "ar", "2031-10")) == {
            ("International Meeting of High Representatives for Security Issues", 12)
        }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les recommandations seront soumises au sommet des chefs d'État du CCG, le 1er décembre 2024 à Koweït.", "fr"),
        ("The GCC leaders' summit opened in Kuwait City on 1 December 2024.", "en"),
        ("وافتتحت في الكويت يوم 1 ديسمبر 2024 قمة قادة دول مجلس التعاون.", "ar"),
    ],
)
def test_a_summit_named_with_who_sits_at_it_is_the_catalogue_summit(catalogue, text, language):
    """ "le sommet des chefs d'État du CCG", "the GCC leaders' summit", "قمة قادة دول مجلس التعاون": the
    catalogue's "sommet du CCG" with its leaders named; its edition of that year and city."""
    events = detect_events(text, language, published=PartialDate(2024, 11), catalogue=catalogue)
    assert [(e.series_name, e.ordinal) for e in events] == [("GCC Summit", 45)]


def test_the_european_police_chiefs_convention_in_arabic_word_order(catalogue):
    text = "وكان قد ترأس الوفد المشارك في المؤتمر الأوروبي لقادة الشرطة المنعقد بلاهاي في أكتوبر 2031."
    (event,) = detect_events(text, "ar", published=PartialDate(2031, 11), catalogue=catalogue)
    assert (event.name, event.city) == ("European Police Chiefs Convention 2031", "The Hague")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Les conclusions seront transmises au sommet des chefs d'État de l'OCS, prévu en juillet 2024 à Astana.",
            "fr",
        ),
        ("The outcomes will be submitted to the SCO summit scheduled for July 2024 in Astana.", "en"),
    ],
)
def test_the_sco_summit_is_its_council_of_heads_of_state_of_that_year(catalogue, text, language):
    events = detect_events(text, language, published=PartialDate(2024, 4), catalogue=catalogue)
    assert [(e.name, e.city) for e in events] == [("24th Meeting of the SCO Council of Heads of State", "Astana")]


def test_a_numbered_meeting_of_sco_officials_is_not_its_summit(catalogue):
    text = "Secretaries of security councils of the SCO member states held their 19th meeting in Astana on Tuesday."
    events = detect_events(text, "en", published=PartialDate(2024, 4), catalogue=catalogue)
    assert [e.series_name for e in events if e.ordinal == 19] != ["Meeting of the SCO Council of Heads of State"]


def test_a_meeting_at_a_city_in_an_undated_article_is_no_old_edition_guessed_from_context(catalogue):
    """Interpol held its 71st assembly in Yaoundé; an article dated nowhere whose police chiefs meet
    "en conclave à Yaoundé" and which names Interpol's regional bureau reports no such assembly."""
    text = (
        "Les chefs de police de la sous-région en conclave à Yaoundé\n\n"
        "Les directeurs de police de six pays voisins se sont réunis à Yaoundé pour coordonner la lutte "
        "contre les enlèvements. Le bureau régional d'Interpol a présenté une nouvelle base de données."
    )
    assert not [e for e in detect(catalogue, text) if e.series_name == GA]


def test_a_city_in_a_dated_article_still_finds_the_assembly_held_there(catalogue):
    text = "Le ministre a rappelé les engagements pris lors de l'assemblée générale d'Interpol à Glasgow."
    assert keys(detect(catalogue, text, published="2024-11-20")) == {(GA, 92)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bishkek – The Council of the SCO Regional Anti-Terrorist Structure held its 51st meeting in Bishkek on "
            "Thursday. It approved a report on the decisions of its 50th meeting, to be submitted to the 31st "
            "meeting of the SCO Council of Heads of State, due in Astana in July.",
            "en",
        ),
        (
            "بيشكيك – عقد مجلس هيكل مكافحة الإرهاب الإقليمي التابع لمنظمة شانغهاي للتعاون اليوم اجتماعه الحادي "
            "والخمسين في بيشكيك. وصادق المجلس على تقرير حول تنفيذ قرارات اجتماعه الخمسين، على أن ترفع الوثائق إلى "
            "قمة منظمة شانغهاي للتعاون المقررة في أستانا في يوليو 2031.",
            "ar",
        ),
    ],
)
def test_the_rats_councils_meetings_and_each_meetings_own_city(catalogue, text, language):
    """The SCO's anti-terrorist structure numbers its council's meetings; the city of the summit named
    after the previous meeting in one sentence is the summit's, not that meeting's."""
    events = {e.ordinal: e for e in detect(catalogue, text, language, published="2031-04-17")}
    rats = "Meeting of the Council of the SCO Regional Anti-Terrorist Structure"
    assert (events[51].series_name, events[50].series_name) == (rats, rats)
    assert (events[51].city, events[50].city) == ("Bishkek", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Manille accueille depuis mardi la 49e Conférence des chefs de police de l'ASEAN (ASEANAPOL).", "fr"),
        ("Manila – The 49th ASEANAPOL Conference opened on Tuesday.", "en"),
    ],
)
def test_the_aseanapol_conference_is_a_catalogue_series(catalogue, text, language):
    assert keys(detect(catalogue, text, language, published="2031-09-16")) == {("ASEANAPOL Conference", 49)}


def test_a_numbered_edition_of_a_series_named_by_its_year_is_that_years_session(catalogue):
    """The Manama Dialogue goes by its year; "la 27e édition" of it, six after its 21st of 2025, is the
    2031 meeting the headline names: one event, named by its year."""
    text = (
        "Au Dialogue de Manama 2031, les ministres du Golfe plaident pour la désescalade\n\n"
        "Organisée par l'Institut international d'études stratégiques, la 27e édition du forum s'est tenue à "
        "Manama. L'édition de l'an dernier avait été consacrée à la mer Rouge."
    )
    events = detect(catalogue, text, published="2031-11-02")
    assert sorted((e.name, e.ordinal) for e in events) == [("Manama Dialogue 2030", 26), ("Manama Dialogue 2031", 27)]


def test_the_numbered_editions_of_a_summit_named_by_its_year_take_their_years(catalogue):
    text = (
        'دبي – انطلقت اليوم فعاليات الدورة العاشرة من "القمة العالمية للشرطة 2031"، بمشاركة واسعة. '
        "وكانت الدورة التاسعة قد استقطبت آلاف الزوار."
    )
    events = detect(catalogue, text, "ar", published="2031-04-14")
    assert sorted((e.name, e.ordinal) for e in events) == [
        ("World Police Summit 2030", 9),
        ("World Police Summit 2031", 10),
    ]


def test_last_years_edition_and_the_previous_numbered_one_are_one_session_of_that_year(catalogue):
    text = (
        "Dubai – The tenth edition of the World Police Summit opened on Monday 14 April 2031. Last year's edition, "
        "the ninth edition, drew thousands of visitors."
    )
    events = detect(catalogue, text, "en", published="2031-04-14")
    assert sorted((e.name, e.ordinal) for e in events) == [
        ("World Police Summit 2030", 9),
        ("World Police Summit 2031", 10),
    ]
    assert next(e for e in events if e.ordinal == 9).start_date == PartialDate(2030)


def test_a_session_of_the_council_named_beside_the_police_chiefs_conference_is_the_councils(catalogue):
    # The words after the council's session go on to name the police chiefs' conference, which the
    # article names by its own name; the 43rd is a plausible session of the council, not of the
    # conference (already at its 49th): the council's.
    text = (
        "تونس – اختتمت أمس أعمال المؤتمر التاسع والأربعين لقادة الشرطة والأمن العرب بمشاركة وفود عربية. "
        "وسترفع التوصيات إلى الدورة الثالثة والأربعين لمجلس وزراء الداخلية العرب، على أن ينعقد المؤتمر "
        "الخمسون لقادة الشرطة والأمن العرب السنة المقبلة."
    )
    events = detect(catalogue, text, "ar", published="2025-12-18")
    assert sorted((e.series_name, e.ordinal) for e in events) == [
        ("Conference of Arab Police and Security Leaders", 49),
        ("Conference of Arab Police and Security Leaders", 50),
        ("Council of Arab Interior Ministers Session", 43),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Une délégation a pris part à l'édition 2031 de la Convention européenne des chefs de police, organisée du 24 "
        "au 26 septembre à La Haye. Le secrétaire général d'Interpol y participait.",
        "Delegates attended the 2031 edition of the European Police Chiefs Convention in The Hague.",
    ],
)
def test_the_edition_of_a_year_named_series_by_the_year_written_before_its_name(catalogue, text):
    # no publication date: the year is the edition's, and the edition is no session of the organisation
    # the article names elsewhere
    events = detect_events(text, "fr", published=None, catalogue=catalogue)
    assert [e.name for e in events] == ["European Police Chiefs Convention 2031"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("La sécurité a dominé la première journée des « MED Dialogues 2031 », organisés à Rome.", "fr"),
        ("انطلقت في روما أشغال حوارات المتوسط 2031 بمشاركة وزراء من ضفتي المتوسط.", "ar"),
    ],
)
def test_the_rome_med_dialogues_are_named_by_their_year(catalogue, text, language):
    events = detect_events(text, language, published=PartialDate.parse("2031-12-04"), catalogue=catalogue)
    assert [(e.name, e.city) for e in events] == [("MED Dialogues 2031", "Rome")]


def test_a_theme_told_after_a_sessions_place_is_not_its_name(catalogue):
    # the words after the place ("with focus on drugs") are the session's theme, not a field its own
    # name gives it (which would make it no session of the council)
    text = (
        "Arab interior ministers open 43rd session in Tunis with focus on drugs and border security\n\n"
        "The Council of Arab Interior Ministers opened its session today in Tunis."
    )
    events = detect(catalogue, text, "en", published="2026-02-15")
    assert [(e.series_name, e.ordinal) for e in events] == [("Council of Arab Interior Ministers Session", 43)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le deuxième Sommet africain sur la lutte contre le terrorisme s'est ouvert mardi à Rabat.", "fr"),
        ("اختتمت بالرباط أشغال القمة الإفريقية الثانية لمكافحة الإرهاب.", "ar"),
        ("Ministers gathered in Rabat on Tuesday for the second African Counter-Terrorism Summit.", "en"),
    ],
)
def test_the_african_counter_terrorism_summits_in_three_languages(catalogue, text, language):
    events = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.name, e.city) for e in events] == [("2nd African Counter-Terrorism Summit", "Rabat")]


@pytest.mark.parametrize("sea", ["المتوسط", "البحر المتوسط", "البحر الأبيض المتوسط"])
def test_a_series_named_with_the_mediterranean_by_any_of_its_arabic_names(sea):
    """The catalogue names a series with one Arabic name of the sea; a text with another is the same."""
    rows = [
        {
            "name": "Conference of Coast Guards of the Mediterranean",
            "event_name_template": "{ordinal} Conference of Coast Guards of the Mediterranean",
            "organization": "",
            "label_fr": "Conférence des gardes-côtes de la Méditerranée",
            "label_ar": "مؤتمر خفر السواحل في البحر المتوسط",
            "label_en": "Conference of Coast Guards of the Mediterranean",
            "aliases": [],
        }
    ]
    small = SeriesCatalogue.from_entries(rows)
    text = f"انطلقت اليوم في تونس أشغال الدورة الرابعة لمؤتمر خفر السواحل في {sea} بحضور الوفود."
    event = only(detect(small, text, "ar"))
    assert (event.series_name, event.ordinal) == ("Conference of Coast Guards of the Mediterranean", 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les deux délégations se retrouveront à Doha pour le salon Milipol Qatar 2024, prévu fin octobre.", "fr"),
        ("اختتمت اليوم فعاليات النسخة الخامسة عشرة من معرض ومؤتمر ميليبول قطر 2024 للأمن الداخلي.", "ar"),
        ("The minister toured the ISNR Abu Dhabi 2024 exhibition on Tuesday.", "en"),
    ],
)
def test_a_security_exhibition_is_its_years_edition(catalogue, text, language):
    """The exhibitions the field's officials meet at are named by their year ("Milipol Qatar 2024"): one
    event in every language, its number ("النسخة الخامسة عشرة") the catalogue's edition of that year."""
    event = only(detect(catalogue, text, language, "2024-10"))
    assert event.name in {"Milipol Qatar 2024", "ISNR Abu Dhabi 2024"}
    if event.series_name == "Milipol Qatar":
        assert event.ordinal in {None, 15}


def test_a_series_name_glued_to_another_body_by_a_hyphen_is_not_that_series(catalogue):
    """ "the second ASEAN-GCC Summit" is a summit of both blocs, not the GCC's own second summit (1982)."""
    text = "KUALA LUMPUR -- The second ASEAN-GCC Summit closed in the Malaysian capital on Tuesday."
    event = only(detect(catalogue, text, "en", "2031-05"))
    assert event.series_name != "GCC Summit"
    assert (event.ordinal, event.city) == (2, "Kuala Lumpur")
    assert only(detect(catalogue, "The second GCC Summit opened in Riyadh.", "en")).series_name == "GCC Summit"


@pytest.mark.parametrize(
    "text",
    [
        "يشارك المدير العام في أشغال الندوة الإقليمية الإفريقية الـ31 للمنظمة الدولية للشرطة الجنائية (أنتربول).",
        "يشارك المدير العام في أشغال الندوة الجهوية الإفريقية الحادية والثلاثين للأنتربول.",
    ],
)
def test_a_regional_conference_written_as_the_maghreb_press_does_is_the_conference(text):
    """ "الندوة الإقليمية الإفريقية" (or "الجهوية"), the feminine adjectives after "الندوة": INTERPOL's African
    Regional Conference, as "المؤتمر الإقليمي الإفريقي" is."""
    catalogue = SeriesCatalogue.from_json()
    events = detect_events(text, "ar", published=PartialDate.parse("2031-05-13"), catalogue=catalogue)
    assert [(e.series_name, e.ordinal) for e in events] == [("INTERPOL African Regional Conference", 31)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The police chief attended the 24th INTERPOL Heads of National Central Bureaus Conference in Lyon.", "en"),
        ("Le chef du BCN a pris part à Lyon à la 24e Conférence des chefs de BCN, au siège de l'organisation.", "fr"),
        ("شارك الوفد في الدورة الرابعة والعشرين لمؤتمر رؤساء المكاتب المركزية الوطنية للإنتربول.", "ar"),
    ],
)
def test_interpols_conference_of_the_heads_of_its_national_bureaus_is_a_catalogue_series(text, language):
    """A series of its own, in three languages: not a regional conference guessed from the context."""
    catalogue = SeriesCatalogue.from_json()
    events = detect_events(text, language, published=PartialDate.parse("2031-04-08"), catalogue=catalogue)
    assert [(e.series_name, e.ordinal) for e in events] == [
        ("INTERPOL Heads of National Central Bureaus Conference", 24)
    ]


def test_the_european_police_chiefs_convention_in_arabic_with_the_feminine_adjective():
    text = "التقى الجانبان على هامش مؤتمر رؤساء الشرطة الأوروبية الذي استضافه مقر اليوروبول في لاهاي في أكتوبر 2030."
    catalogue = SeriesCatalogue.from_json()
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-02-10"), catalogue=catalogue)
    assert (event.series_name, event.city) == ("European Police Chiefs Convention", "The Hague")


def test_an_ordinal_in_apposition_to_a_session_is_that_sessions_number(catalogue):
    """ "la précédente session, la 57e": the number of the session named right before, in the series of the
    session the article reports on, not one the nearest other meeting makes the context guess."""
    text = (
        "La 58e session du Conseil des ministres arabes de l'Intérieur se tiendra le dimanche 4 mars 2040 à "
        "Tunis. Les ministres examineront les recommandations de la 61e Conférence des chefs de police et de "
        "sécurité arabes. La précédente session, la 57e, tenue le 18 février 2039 à Tunis, avait adopté un plan."
    )
    events = detect(catalogue, text, published="2040-01-10")
    assert keys(events) == {(CAIM, 58), (POLICE, 61), (CAIM, 57)}


def test_a_session_to_be_held_on_a_day_starts_that_day(catalogue):
    """ "se tiendra le 4 mars" holds the letters of "end": the day is the session's first, not its last."""
    text = "La 58e session du Conseil des ministres arabes de l'Intérieur se tiendra le dimanche 4 mars 2040 à Tunis."
    event = only(detect(catalogue, text, published="2040-01-10"))
    assert event.start_date == PartialDate(2040, 3, 4)


def test_a_year_named_summit_and_its_possessive_session_after_it_are_one_event(catalogue):
    """ ""قمة شرطة العالم 2031" في دورتها العاشرة": the session numbered right after the year-named name is that
    summit, though the article numbers the next one too ("قمة شرطة العالم", a name of the World Police Summit)."""
    text = (
        'دبي في 15 مايو / وام / اختتمت اليوم فعاليات "قمة شرطة العالم 2031" في دورتها العاشرة بمشاركة 140 دولة. '
        "وأعلن رئيس اللجنة المنظمة أن الدورة الحادية عشرة ستعقد في مايو من العام المقبل."
    )
    events = detect(catalogue, text, "ar", "2031-05-15")
    assert sorted((e.series_name, e.ordinal) for e in events) == [
        ("World Police Summit", 10),
        ("World Police Summit", 11),
    ]
    assert next(e for e in events if e.ordinal == 10).start_date.year == 2031


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La 59e session du Conseil des ministres arabes de l'Intérieur se tiendra en mai de l'année prochaine.", "fr"),
        ("The 59th session of the Council of Arab Interior Ministers will be held in May next year.", "en"),
        ("وتعقد الدورة التاسعة والخمسون لمجلس وزراء الداخلية العرب في مايو من العام المقبل.", "ar"),
    ],
)
def test_a_month_of_next_year_said_so_is_in_the_year_after_the_publication(catalogue, text, language):
    """ "en mai de l'année prochaine", "in May next year", "في مايو من العام المقبل": the month of the year after the
    article's, even where that month is still to come in the article's own year."""
    event = only(detect(catalogue, text, language, "2039-03-02"))
    assert event.start_date == PartialDate(2040, 5)


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        (
            "La 59e session du Conseil des ministres arabes de l'Intérieur s'est tenue à Tunis le mois dernier.",
            "fr",
            12,
        ),
        ("The 59th session of the Council of Arab Interior Ministers, held in Tunis last month, ended.", "en", 12),
        ("واختتمت في تونس الشهر الماضي الدورة التاسعة والخمسون لمجلس وزراء الداخلية العرب.", "ar", 12),
        ("The 59th session of the Council of Arab Interior Ministers will be held in Tunis next month.", "en", 2),
        ("The 59th session of the Council of Arab Interior Ministers, held in Tunis last November, ended.", "en", 11),
    ],
)
def test_a_month_said_from_the_publications_is_that_month(catalogue, text, language, month):
    """ "le mois dernier", "last month", "الشهر الماضي", "next month", "last November": the month before or after
    the article's (across the year's turn), or the last such month before it."""
    event = only(detect(catalogue, text, language, "2040-01-15"))
    assert event.start_date == PartialDate(2040 if month == 2 else 2039, month)


def test_this_month_is_the_publications(catalogue):
    text = "واختتمت في تونس في وقت سابق من هذا الشهر الدورة التاسعة والخمسون لمجلس وزراء الداخلية العرب."
    assert only(detect(catalogue, text, "ar", "2040-01-15")).start_date == PartialDate(2040, 1)


def test_a_months_name_before_a_forums_name_is_no_word_of_it(catalogue):
    """ "last November's Sahel Regional Forum on Security": the forum's name opens after the date's words."""
    text = "At last November's Sahel Regional Forum on Security in Niamey, speakers called for pooled patrols."
    (event,) = detect(catalogue, text, "en", "2040-01-15")
    assert "November" not in event.name and event.start_date == PartialDate(2039, 11)


def test_their_numbered_conference_is_the_catalogue_series_of_who_meets_not_the_contexts_guess(catalogue):
    """ "Interior ministers of the Western Mediterranean "5+5" group … their 27th conference": the ministers'
    conference of the catalogue, though the article names Europol (an organiser of another series) elsewhere."""
    text = (
        'TUNIS — Interior ministers of the ten countries of the Western Mediterranean "5+5" group agreed on a '
        "joint task force at the close of their 27th conference in the Tunisian capital.\n\n"
        "Europol attended as an observer. Europol's deputy director offered the agency's help."
    )
    event = only(detect(catalogue, text, "en", "2032-05-20"))
    assert (event.series_name, event.ordinal) == ("Conference of Interior Ministers of the Western Mediterranean", 27)


def test_a_meeting_of_this_body_is_the_body_named_before(catalogue):
    """ "la neuvième réunion ministérielle de ce groupement": "this grouping" is the body the sentence named
    before (the International Security Alliance, with its French acronym), not a body outside the catalogue."""
    text = (
        "Le Niger a réaffirmé son engagement au sein de l'Alliance internationale de sécurité (AIS) lors de la "
        "neuvième réunion ministérielle de ce groupement, tenue le mardi 8 avril 2031 à Rome."
    )
    event = only(detect(catalogue, text, "fr", "2031-04-09"))
    assert (event.series_name, event.ordinal, event.city) == (ISA, 9, "Rome")
