"""Bilateral joint bodies on invented articles: a joint committee of two countries is one candidate
series whatever the language and word order of its name, keyed by the pair of countries."""

import pytest
from django.core.management import call_command

from events.detection import detect_events
from events.models import Event
from text.partial_date import PartialDate
from text.places import country_of_adjective


def keys(catalogue, text):
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    return [(e.ordinal, e.candidate_key) for e in found]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("tunisienne", "TN"),
        ("tunisien", "TN"),
        ("tuniso", "TN"),  # the first part of "tuniso-algérienne"
        ("Algerian", "DZ"),
        ("الجزائرية", "DZ"),
        ("جزائري", "DZ"),
        ("mixte", None),
        ("hispano", "ES"),  # a learned first part ("hispano-mauritanien"), no stem of "espagnol"
        ("zembo", None),  # a stem that opens no listed adjective
    ],
)
def test_a_nationality_adjective_names_its_country(word, country):
    assert country_of_adjective(word) == country


@pytest.mark.parametrize(
    "text",
    [
        "Les travaux de la cinquième session de la commission mixte tuniso-algérienne se sont ouverts à Alger.",
        "The fifth session of the Algerian-Tunisian Joint Committee opened in Algiers on Monday.",
        "انطلقت بالجزائر أعمال الدورة الخامسة للجنة المشتركة الجزائرية التونسية.",
        "عقدت اللجنة المشتركة التونسية الجزائرية اجتماعها الخامس اليوم بالجزائر.",
        "انطلقت أعمال الدورة الخامسة للجنة المشتركة بين الجمهورية التونسية والجمهورية الجزائرية.",
    ],
)
def test_a_joint_committee_is_one_series_in_every_language(catalogue, text):
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN")]


def test_a_bare_committee_is_the_one_joint_body_the_article_names(catalogue):
    text = (
        "La cinquième session de la commission mixte tuniso-algérienne s'est tenue à Alger. "
        "La quatrième session de la commission s'était tenue à Tunis."
    )
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN"), (4, "session:joint DZ-TN")]


def test_a_bare_committee_among_two_joint_bodies_is_nobody(catalogue):
    text = (
        "La cinquième session de la commission mixte tuniso-algérienne s'est tenue à Alger, après celle "
        "de la commission mixte tuniso-libyenne. La quatrième session de la commission s'était tenue à Tunis."
    )
    assert (4, "session:joint DZ-TN") not in keys(catalogue, text)


def test_a_committee_of_one_country_is_no_joint_body(catalogue):
    text = "La cinquième session de la commission nationale mixte tunisienne s'est tenue à Tunis."
    assert all("joint" not in (key or "") for _, key in keys(catalogue, text))


def test_a_session_named_without_a_body_is_the_articles_joint_body(catalogue):
    text = (
        "The fifth meeting of the Algerian-Tunisian Joint Committee opened in Algiers. "
        "The ministers reviewed what the fourth meeting in Tunis had decided."
    )
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN"), (4, "session:joint DZ-TN")]


def test_a_joint_bodys_name_ends_once_it_is_whole(catalogue):
    text = "The fifth meeting of the Algerian-Tunisian Joint Committee in Algiers, the Tunisian agency said."
    found = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert found[0].candidate_body == "Algerian-Tunisian Joint Committee"


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc et l'Espagne ont tenu mardi à Madrid la septième réunion de leur comité mixte de sécurité.",
        "Morocco and Spain held the seventh meeting of their joint security committee in Madrid on Tuesday.",
        "عقد المغرب وإسبانيا الاجتماع السابع للجنة الأمنية المغربية الإسبانية المشتركة في مدريد.",
    ],
)
def test_a_joint_body_named_by_its_two_countries(catalogue, text):
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key, e.city) for e in found] == [(7, "session:joint ES-MA", "Madrid")]
    assert found[0].candidate_name_en == "Moroccan-Spanish Joint Security Committee"


def test_a_joint_body_needs_exactly_two_countries_in_its_sentence(catalogue):
    text = "Les délégations ont tenu la septième réunion de leur comité mixte de sécurité à Madrid."
    assert keys(catalogue, text) == []
    three = "Le Maroc, la Tunisie et l'Espagne ont tenu la septième réunion de leur comité mixte de sécurité."
    assert keys(catalogue, three) == []


def test_the_next_meeting_of_the_committee_named_by_its_countries(catalogue):
    text = (
        "Le Maroc et l'Espagne ont tenu mardi la septième réunion de leur comité mixte de sécurité. "
        "La huitième réunion du comité se tiendra à Rabat."
    )
    assert keys(catalogue, text) == [(7, "session:joint ES-MA"), (8, "session:joint ES-MA")]


def test_sessions_of_a_body_are_named_as_such():
    from archive.extraction.series_names import session_name

    assert session_name("Moroccan-Spanish Joint Security Committee", 7) == (
        "7th Session of the Moroccan-Spanish Joint Security Committee"
    )
    assert session_name("Moroccan-Spanish Joint Security Committee", 7, noun="Meeting") == (
        "7th Meeting of the Moroccan-Spanish Joint Security Committee"
    )
    assert session_name("ASEANAPOL Conference", 45, noun="Meeting") == "45th ASEANAPOL Conference"
    assert session_name("Sahel Security Forum", None, "2031") == "Sahel Security Forum 2031"
    # a series named with its noun already ("the tenth session of the X Committee") is not named twice
    assert session_name("session of the Qatar-Jordan Joint Security Committee", 10) == (
        "10th Session of the Qatar-Jordan Joint Security Committee"
    )


def test_a_bilateral_committee_is_a_joint_body(catalogue):
    text = "انعقدت الدورة الخامسة للجنة الثنائية الجزائرية التونسية لأمن الحدود في عنابة."
    assert keys(catalogue, text) == [(5, "session:joint DZ-TN")]


@pytest.mark.parametrize(
    "text",
    [
        # "the two countries" in the sentence, the pair named in the headline
        "Tunisie-Libye : les frontières au menu\nLa sixième session de la commission mixte de sécurité entre les deux "
        "pays s'est tenue lundi à Tunis.",
        # one side named in the sentence, the other by the dateline's city
        "Tripoli, 3 mai (Agence) - Le ministre a reçu son homologue tunisien et préparé la sixième session de la "
        "commission mixte de sécurité entre les deux pays.",
        "طرابلس 3 مايو (وكالة) - التقى الوزير نظيره التونسي وبحثا التحضير للدورة السادسة للجنة الأمنية المشتركة "
        "بين البلدين.",
    ],
)
def test_a_joint_body_of_the_two_countries_named_elsewhere(catalogue, text):
    assert keys(catalogue, text) == [(6, "session:joint LY-TN")]


def test_the_two_countries_need_two_countries_named(catalogue):
    text = "La sixième session de la commission mixte de sécurité entre les deux pays s'est tenue lundi."
    assert all("joint" not in (key or "") for _, key in keys(catalogue, text))


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (
            "The Tunisian-Libyan Security Coordination Committee held its fourth meeting in Tunis on Sunday.",
            "Tunisian-Libyan Security Coordination Committee",
        ),
        (
            "عقدت لجنة التنسيق الأمني التونسية الليبية اجتماعها الرابع اليوم في تونس.",
            "Tunisian-Libyan Security Coordination Committee",
        ),
    ],
)
def test_a_coordination_committee_of_two_countries_is_a_joint_body(catalogue, text, english):
    found = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in found] == [(4, "session:joint LY-TN")]
    assert found[0].candidate_name_en == english
    assert not found[0].candidate_body.startswith("جنة")  # "لجنة" is the head, no clitic


def test_a_previous_session_named_by_its_ordinal_word_alone(catalogue):
    text = (
        "La quatrième réunion de la commission mixte tuniso-libyenne s'est tenue mardi à Tunis. "
        "Elle intervient un an après la troisième, organisée à Tripoli."
    )
    assert keys(catalogue, text) == [(4, "session:joint LY-TN"), (3, "session:joint LY-TN")]


def test_what_a_joint_body_is_charged_with_may_follow_its_name(catalogue):
    text = (
        "La quatrième réunion de la commission mixte maroco-sénégalaise chargée de la sécurité des "
        "frontières, qui s'est tenue à Dakar, a pris fin jeudi."
    )
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.candidate_name_en == "Moroccan-Senegalese Joint Border Security Committee"


def test_a_joint_body_named_by_its_two_countries_names(catalogue):
    # the countries' names, not their adjectives: "the Mauritania-Morocco joint security committee"
    text = "The 5th session of the Qatar-Jordan joint security committee was held in Doha."
    assert keys(catalogue, text) == [(5, "session:joint JO-QA")]


@pytest.mark.parametrize(
    "text",
    [
        "Les patrouilles appliquent une recommandation de la dernière session de la commission mixte "
        "jordano-qatarie, tenue à Doha en janvier.",
        "The patrols implement a recommendation of the latest session of the Qatar-Jordan joint security "
        "committee, held in Doha in January.",
    ],
)
def test_a_joint_bodys_session_without_its_number_is_that_of_its_venue_and_month(catalogue, text):
    # no number: the session of that year (linking joins it to the numbered one another article dates
    # then); the month without a year is the publication's year's
    (event,) = detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (None, "session:joint JO-QA", "Doha")
    assert event.start_date == PartialDate(2031, 1)


def test_no_session_of_a_joint_body_without_its_venue_and_time(catalogue):
    text = "La commission mixte jordano-qatarie tiendra sa prochaine session."
    assert detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue) == []


def test_the_venue_is_the_city_after_a_locative_not_the_capitals_that_stand_for_governments(catalogue):
    text = (
        "Doha et Amman ouvrent la 5e session de leur comité mixte à Zarqa\n\n"
        "La 5e session du comité mixte jordano-qatari de sécurité s'est ouverte mardi à Zarqa."
    )
    (event,) = detect_events(text, "fr", published=PartialDate(2031, 9, 27), catalogue=catalogue)
    assert (event.ordinal, event.city) == (5, "Zarqa")


@pytest.mark.parametrize(
    "text",
    [
        "Amman — The joint Jordanian-Qatari security committee met on Tuesday in Doha to review border cooperation.",
        "La commission mixte jordano-qatarie s'est réunie mardi à Doha pour évaluer la coopération.",
        "Le ministre a coprésidé mardi à Doha, avec son homologue jordanien, les travaux de la commission "
        "mixte jordano-qatarie de sécurité.",
        "اجتمعت اللجنة الأمنية المشتركة الأردنية القطرية يوم الثلاثاء في الدوحة لبحث التعاون.",
        # "proceedings" stands far before the head noun, beyond a long name
        "Amman — The ministers opened in Doha on Tuesday the proceedings of the joint Jordanian-Qatari "
        "border security committee.",
        # holding a meeting is meeting
        "La commission mixte jordano-qatarie a tenu, mardi à Doha, une nouvelle réunion sur la coopération.",
        "عقدت اللجنة الأمنية المشتركة الأردنية القطرية يوم الثلاثاء في الدوحة اجتماعا لبحث التعاون.",
    ],
)
def test_a_joint_body_said_to_meet_without_a_meeting_noun_holds_that_years_session(catalogue, text):
    """ "met", "s'est réunie", "اجتمعت", "les travaux de": the session of that year at its venue."""
    (event,) = detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (None, "session:joint JO-QA", "Doha")
    assert event.start_date == PartialDate(2031, 2)


def test_a_joint_body_named_without_a_meeting_is_no_session(catalogue):
    text = "La commission mixte jordano-qatarie, créée à Doha, suit les accords de sécurité."
    assert detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue) == []


def test_a_joint_bodys_session_in_a_conference_palace_is_one_session(catalogue):
    """The palace of "المؤتمرات" names no conference: a joint body holds sessions, one series."""
    text = (
        "نواكشوط، 14/05/2031 – انطلقت صباح اليوم بقصر المؤتمرات في نواكشوط أشغال الدورة الثالثة للجنة "
        "الأمنية المشتركة الموريتانية السنغالية."
    )
    events = detect_events(text, "ar", published=PartialDate(2031, 5, 14), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in events] == [(3, "session:joint MR-SN")]


# A joint group of two countries beside their committee: keyed apart, one series in every language.
@pytest.mark.parametrize(
    "text",
    [
        "La septième réunion du Groupe migratoire mixte permanent hispano-sénégalais s'est tenue à Dakar.",
        "Senegalese and Spanish officials met in Dakar for the 7th meeting of their Permanent Joint Migration "
        "Group, as arrivals on Spain's Canary Islands fell.",
        "انعقد في داكار الاجتماع السابع لمجموعة الهجرة المختلطة الدائمة السنغالية-الإسبانية.",
    ],
)
def test_a_joint_group_is_one_series_in_every_language(catalogue, text):
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key, e.city) for e in found] == [(7, "session:joint ES-SN group", "Dakar")]
    assert found[0].candidate_name_en.endswith(" Permanent Joint Migration Group")  # "permanent", as stated
    assert not found[0].candidate_body.startswith("لمجموعة")  # the clitic is no part of its name


def test_a_meeting_noun_is_no_country(catalogue):
    """ "réunion" folds to the name of La Réunion: the third meeting of a Spanish-Mauritanian committee."""
    text = "Le ministre a présidé la troisième réunion du Comité mixte hispano-mauritanien de sécurité à Nouakchott."
    assert keys(catalogue, text) == [(3, "session:joint ES-MR")]


def test_two_capitals_without_a_venue_word_are_two_governments_not_the_venue(catalogue):
    text = (
        "Rabat et Dakar tiennent la 4e réunion de la commission mixte maroco-sénégalaise de sécurité\n"
        "La quatrième réunion de la commission mixte maroco-sénégalaise de sécurité s'est tenue jeudi à Rabat."
    )
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.city) for e in found] == [(4, "Rabat")]


def test_a_joint_bodys_remit_after_its_countries_is_part_of_its_name(catalogue):
    text = "La troisième réunion du Comité mixte hispano-mauritanien de sécurité s'est tenue à Nouakchott."
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [e.candidate_body for e in found] == ["Comité mixte hispano-mauritanien de sécurité"]


@pytest.mark.parametrize(
    "text",
    [
        "La 5e session de la Commission bilatérale algéro-tunisienne pour le développement et la promotion des "
        "zones frontalières s'est ouverte à Tunis.",
        "اختتمت بتونس أشغال الدورة الخامسة للجنة الثنائية الجزائرية-التونسية لتنمية وترقية المناطق الحدودية.",
    ],
)
def test_a_committee_for_the_development_of_border_areas_is_named_for_it(catalogue, text):
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.candidate_key == "session:joint DZ-TN"
    assert event.candidate_name_en == "Algerian-Tunisian Bilateral Committee for the Development of Border Areas"


def test_the_remit_after_a_joint_body_named_without_its_countries_is_part_of_its_name(catalogue):
    text = "Senegal and Mauritania held the second session of their Joint Commission on Security Cooperation in Dakar."
    found = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.candidate_key, e.candidate_body) for e in found] == [
        ("session:joint MR-SN", "Joint Commission on Security Cooperation")
    ]


def test_every_joint_mark_holds_one_of_the_stems_the_cheap_test_looks_for():
    """`meeting_joint_bodies` reads a text only if it holds one of these stems: a mark without one would
    never be read there."""
    from events.detection.candidates import _JOINT_MARK_STEMS, _JOINT_MARKS

    assert all(any(stem in mark for stem in _JOINT_MARK_STEMS) for mark in _JOINT_MARKS)


@pytest.mark.parametrize(
    "text",
    [
        "La cinquième Réunion de haut niveau Tunisie-Italie s'est tenue à Tunis, avec une vingtaine d'accords.",
        "Rome and Tunis signed ten agreements at the close of the 5th Italy-Tunisia High-Level Meeting in Tunis.",
        "اختتمت بتونس أشغال الدورة الخامسة للاجتماع رفيع المستوى بين تونس وإيطاليا.",
    ],
)
def test_a_high_level_meeting_of_two_governments_is_one_series_of_the_pair(catalogue, text):
    """Whatever the language and the order of the pair ("Réunion de haut niveau" is no Réunion island)."""
    assert keys(catalogue, text) == [(5, "session:high-level IT-TN")]


def test_a_high_level_meeting_the_catalogue_knows_is_its_series_in_either_order(catalogue):
    text = "Madrid and Rabat signed agreements at the close of the 14th Spain-Morocco High-Level Meeting in Madrid."
    found = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.series_name, e.candidate_key) for e in found] == [
        (14, "Morocco-Spain High-Level Meeting", "")
    ]


@pytest.mark.parametrize(
    ("word", "country"),
    [("nigérien", "NE"), ("النيجري", "NE"), ("tchadienne", "TD"), ("burkinabè", "BF"), ("Guinean", "GN")],
)
def test_the_sahels_nationality_adjectives_name_their_countries(word, country):
    """("la réunion tripartite des ministres malien, nigérien et burkinabè", "الحرس الوطني النيجري")"""
    assert country_of_adjective(word) == country


@pytest.mark.parametrize(
    "text",
    [
        # the pair by the dateline's city and the counterpart's nationality, the body named without it
        "Niamey, 3 mai (Agence) - Le ministre a reçu son homologue tchadien pour évoquer les décisions de la "
        "septième session du Comité bilatéral frontalier, tenue en mars.",
        # the body the clause's subject, "its" before the reference
        "Niamey, 3 May (Agency) - The minister and his Chadian counterpart met after the bilateral border "
        "committee held its seventh session in Niamey.",
    ],
)
def test_a_joint_body_named_without_its_countries_in_a_report_on_two_countries(catalogue, text):
    """ "la septième session du Comité bilatéral frontalier", "the bilateral border committee held its
    seventh session": no country written with the body, in an article on the two countries' ministers: the
    pair the article gives (`_pair_named_before`), and the name says what it is (bilateral, borders)."""
    found = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in found] == [(7, "session:joint NE-TD")]
    assert found[0].candidate_name_en in (
        "Nigerien-Chadian Bilateral Border Committee",
        "Chadian-Nigerien Bilateral Border Committee",
    )


def test_a_joint_body_of_no_pair_in_a_report_on_one_country_is_no_joint_body(catalogue):
    text = "Le ministre a évoqué les décisions de la septième session du Comité bilatéral frontalier, tenue en mars."
    assert all("joint" not in (key or "") for _, key in keys(catalogue, text))


def test_a_border_committee_is_named_for_borders_and_for_security_only_when_it_says_so(catalogue):
    from events.detection.candidates import joint_english_name

    assert (
        joint_english_name(("DZ", "MR"), "comite bilateral frontalier")
        == "Algerian-Mauritanian Bilateral Border Committee"
    )
    assert (
        joint_english_name(("DZ", "MR"), "comite mixte de securite frontaliere")
        == "Algerian-Mauritanian Joint Border Security Committee"
    )


def test_an_english_articles_spelling_without_a_capital_describes_the_body_rather_than_names_it():
    """ "their bilateral border committee" in an English article ranks after the English name derived
    from another language's proper name and after that name itself; a capitalized one ranks first."""
    from archive.extraction.series_names import DERIVED_EN, preferred

    met = {
        "bilateral border committee": "en",
        "Comité bilatéral frontalier algéro-mauritanien": "fr",
        "Algerian-Mauritanian Bilateral Border Committee": DERIVED_EN,
    }
    assert preferred(met) == "Comité bilatéral frontalier algéro-mauritanien"  # (the first of rank 1 met)
    assert preferred({**met, "Algeria-Mauritania Border Committee": "en"}) == "Algeria-Mauritania Border Committee"


@pytest.mark.parametrize(
    "text",
    [
        "La quatrième réunion du comité mixte de sécurité entre Lisbonne et Rabat s'est tenue mardi au ministère.",
        "The fourth meeting of the joint security committee between Lisbon and Rabat took place on Tuesday.",
        "عقد الاجتماع الرابع للجنة الأمنية المشتركة بين لشبونة والرباط يوم الثلاثاء بمقر الوزارة.",
    ],
)
def test_a_joint_body_between_two_capitals_is_their_countries_and_neither_is_its_venue(catalogue, text):
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (4, "session:joint MA-PT", None)


def test_a_joint_body_between_two_capitals_meets_where_the_sentence_says(catalogue):
    text = "La quatrième réunion du comité mixte de sécurité entre Lisbonne et Rabat s'est tenue mardi à Porto."
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.candidate_key, event.city) == ("session:joint MA-PT", "Porto")


def test_a_joint_body_of_one_named_country_is_also_its_venues_country(catalogue):
    text = (
        "Le ministre a reçu mardi à Lisbonne son homologue marocain pour la quatrième réunion du comité mixte"
        " permanent de sécurité."
    )
    assert keys(catalogue, text) == [(4, "session:joint MA-PT")]


@pytest.mark.parametrize(
    ("surface", "noun"),
    [
        ("septième réunion", "Meeting"),
        ("seventh meeting", "Meeting"),
        ("الاجتماع السابع", "Meeting"),
        ("للاجتماع السابع", "Meeting"),
        ("7e session", "Session"),
        ("الدورة السابعة", "Session"),
        ("seventh round", "Session"),
    ],
)
def test_a_bodys_session_is_named_with_the_noun_the_text_gives_it(surface, noun):
    from events.detection.meeting_words import body_session_noun

    assert body_session_noun(surface) == noun


@pytest.mark.django_db
def test_an_imported_joint_bodys_meeting_is_named_a_meeting(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Le Portugal et le Maroc ont tenu mardi à Lisbonne la quatrième réunion de leur comité mixte de sécurité.",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert list(Event.objects.filter(name__contains="Joint").values_list("name", flat=True)) == [
        "4th Meeting of the Portuguese-Moroccan Joint Security Committee"
    ]


def test_a_meeting_named_by_two_bodies_joined_by_a_hyphen_is_neither_bodys(catalogue):
    english = detect_events(
        "The minister opened the 14th INTERPOL-Europol Cybercrime Conference on Tuesday.",
        "en",
        published=PartialDate.parse("2031-09-02"),
        catalogue=catalogue,
    )
    french = detect_events(
        "La 14e conférence Interpol-Europol sur la cybercriminalité s'est ouverte mardi à Singapour.",
        "fr",
        published=PartialDate.parse("2031-09-02"),
        catalogue=catalogue,
    )
    assert [(e.name, e.ordinal) for e in english] == [("14th INTERPOL-Europol Cybercrime Conference", 14)]
    assert [e.candidate_key for e in french] == [e.candidate_key for e in english]
    assert french[0].city == "Singapore"


def test_the_countries_a_subject_coordinates_own_their_joint_body_whatever_else_the_sentence_names(catalogue):
    text = (
        "The minister said that Tunis and Tripoli had agreed, at the seventh session of their joint security "
        "committee in Tunis in September, to run patrols, and that Libya wanted the same with Italy and Malta."
    )
    events = detect_events(text, "en", published=PartialDate.parse("2031-12-04"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in events] == [(7, "session:joint LY-TN")]


@pytest.mark.parametrize(
    "text",
    [
        "Le Groupe permanent jordano-qatari sur la migration a tenu, mardi à Doha, une nouvelle réunion.",
        "The Jordan-Qatar Permanent Migration Group met in Doha on Tuesday to review border cooperation.",
    ],
)
def test_a_standing_group_of_two_countries_is_their_joint_body(catalogue, text):
    """A permanent group named with its two countries is theirs jointly, though it says neither "mixte"
    nor "joint": one series in every language."""
    (event,) = detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue)
    assert (event.candidate_key, event.city) == ("session:joint JO-QA group", "Doha")


def test_a_permanent_group_of_one_country_is_no_joint_body(catalogue):
    text = "Le Groupe permanent qatari sur la migration a tenu, mardi à Doha, une nouvelle réunion."
    assert detect_events(text, "fr", published=PartialDate(2031, 2, 20), catalogue=catalogue) == []


def test_a_joint_bodys_name_keeps_its_remit_of_developing_the_border_areas(catalogue):
    """ "… pour le développement et la promotion des zones frontalières" is part of the body's name as written
    (its surface and alias), not a clause after it."""
    text = (
        "La 3e session de la Commission bilatérale tuniso-libyenne pour le développement et la promotion des "
        "zones frontalières s'est ouverte à Tunis."
    )
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.candidate_body.endswith("pour le développement et la promotion des zones frontalières")
    assert event.candidate_key == "session:joint LY-TN"


def test_a_headlines_bare_session_is_the_one_the_body_names_below_whatever_the_context_guesses(catalogue):
    """ "دورتها الخامسة" in the headline names no body of its own; the body below does ("الدورة الخامسة للجنة
    الأمنية المشتركة …"): one event, the joint committee's, not a session of a series that Interpol, named
    further down, would guess."""
    text = (
        "اللجنة الأمنية المشتركة الجزائرية النيجرية تعقد دورتها الخامسة بالجزائر\n\n"
        "انعقدت يومي 10 و11 مارس 2031 بالجزائر أشغال الدورة الخامسة للجنة الأمنية المشتركة الجزائرية النيجرية.\n\n"
        "وضم الوفد مديرة المكتب المركزي الوطني للإنتربول بنيامي."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-03-11"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in events] == [(5, "session:joint DZ-NE")]


@pytest.mark.django_db
def test_a_joint_bodys_name_with_its_countries_wins_over_an_english_articles_bare_name(tmp_path):
    """The French article's name gives an English one, "Moroccan-Portuguese Joint Security Committee"; the
    English article, which writes "their Joint Security Committee" but gives that name too (its countries
    read from its sentence), makes it an English article's name: the countries stay in the series' name."""
    (tmp_path / "a.txt").write_text(
        " date 2031-05-06\nLa quatrième session de la commission sécuritaire mixte maroco-portugaise s'est "
        "ouverte mardi à Lisbonne.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 2031-05-07\nMorocco and Portugal on Wednesday concluded the 4th session of their Joint Security "
        "Committee, held over two days in Lisbon.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert list(Event.objects.filter(name__contains="Joint").values_list("name", flat=True)) == [
        "4th Session of the Moroccan-Portuguese Joint Security Committee"
    ]


def test_a_joint_bodys_session_after_dont_is_the_pairs(catalogue):
    """ "le Comité bilatéral frontalier algéro-nigérien, dont la quatrième session se tiendra à Tamanrasset": the
    pair's committee's session (a relative "dont" right before its article), never another series the
    article numbers."""
    text = (
        "La 19e Conférence des ministres de l'Intérieur de la Méditerranée occidentale s'est ouverte à Lisbonne. "
        "Le ministre a cité le Comité bilatéral frontalier algéro-nigérien, dont la quatrième session se tiendra "
        "en décembre à Tamanrasset."
    )
    events = {
        e.ordinal: e for e in detect_events(text, "fr", published=PartialDate.parse("2031-10-22"), catalogue=catalogue)
    }
    assert events[4].candidate_key == "session:joint DZ-NE"
