"""The next and previous sessions an article names without their ordinal ("la prochaine session",
"the previous meeting", "الدورة المقبلة"): numbered from the session the article numbers first,
linked as mentions, for catalogue and candidate series alike (invented sentences)."""

import pytest

from events.detection import detect_events
from text.partial_date import PartialDate

CAIM = "Council of Arab Interior Ministers Session"


def detect(catalogue, text, language="fr"):
    events = detect_events(text, language, published=PartialDate.parse("2031-02-12"), catalogue=catalogue)
    return {e.ordinal: e for e in events}


def test_the_next_session_of_a_catalogue_series_in_another_city(catalogue):
    text = (
        "Tunis – La 48e session du Conseil des ministres arabes de l'Intérieur s'est ouverte mercredi à Tunis. "
        "Les ministres ont décidé que la prochaine session se tiendra à Rabat."
    )
    events = detect(catalogue, text)
    assert set(events) == {48, 49}
    assert events[48].relation == "subject" and events[49].relation == "mention"
    assert events[49].series_name == CAIM and events[49].city == "Rabat"


def test_the_next_session_in_arabic_with_its_series_named(catalogue):
    text = (
        "انطلقت في تونس أشغال الدورة الثامنة والأربعين لمجلس وزراء الداخلية العرب. "
        "وستعرض التوصيات على الدورة المقبلة لمجلس وزراء الداخلية العرب."
    )
    events = detect(catalogue, text, "ar")
    assert set(events) == {48, 49} and events[49].relation == "mention"


def test_the_previous_meeting_of_a_candidate_series(catalogue):
    text = (
        "The 6th meeting of SAHELPOL opened in Niamey on Tuesday. Delegates reviewed the recommendations "
        "of the previous meeting and agreed that the next meeting will be held in Dakar."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {5, 6, 7}
    assert {e.candidate_key for e in events.values()} == {"session:shlbl"}
    assert events[6].relation == "subject"
    assert events[5].relation == events[7].relation == "mention"
    assert events[7].city == "Dakar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Banjul – La 4e Conférence des gardes-côtes ouest-africains s'est ouverte lundi à Banjul. La "
            "troisième édition, tenue en 2029 à Praia, avait créé un centre d'alerte. La prochaine session se "
            "tiendra à Conakry.",
            "fr",
        ),
        (
            "The 4th Conference of West African Coast Guards opened in Banjul on Monday. The third edition, "
            "held in Praia in 2029, set up a warning centre. Guinea offered to host the next edition in Conakry.",
            "en",
        ),
    ],
)
def test_editions_and_sessions_of_a_candidate_conference(catalogue, text, language):
    """An edition is any meeting's, and a conference's next sitting may be called a session."""
    events = detect(catalogue, text, language)
    assert set(events) == {3, 4, 5}
    assert len({e.candidate_key for e in events.values()}) == 1
    assert (events[3].city, events[5].city) == ("Praia", "Conakry")
    assert events[4].relation == "subject" and events[5].relation == "mention"


@pytest.mark.parametrize(
    "text",
    [
        # two series numbered, a bare "next session": which one's is unsaid
        "La 48e session du Conseil des ministres arabes de l'Intérieur a salué la 6e réunion de SAHELPOL. "
        "La prochaine session aura lieu en mars.",
        # the next meeting of another body, which the article does not number
        "La 6e réunion de SAHELPOL s'est ouverte à Niamey. La prochaine réunion de la Ligue des juristes aura "
        "lieu à Dakar.",
    ],
)
def test_no_neighbour_when_its_series_is_unsaid(catalogue, text):
    assert all(e.ordinal in {48, 6} for e in detect(catalogue, text).values())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The 48th session of the Council of Arab Interior Ministers closed in Tunis. It endorsed the "
            "recommendations of the 51st Conference of Arab Police and Security Leaders. "
            "The council will hold its next session in Rabat.",
            "en",
        ),
        (
            "اختتمت بتونس أشغال الدورة الثامنة والأربعين لمجلس وزراء الداخلية العرب. وصادق على توصيات المؤتمر "
            "الحادي والخمسين لقادة الشرطة والأمن العرب. وقرر المجلس عقد دورته المقبلة في الرباط.",
            "ar",
        ),
    ],
)
def test_the_next_session_of_the_body_its_sentence_names_among_two_series(catalogue, text, language):
    """Two series numbered in the article: "its next session" is that of the body the sentence
    names before it (the council), not left unread."""
    events = detect(catalogue, text, language)
    assert set(events) == {48, 49, 51}
    assert events[49].series_name == CAIM and events[49].relation == "mention" and events[49].city == "Rabat"


def test_previous_meetings_in_the_plural_are_no_session(catalogue):
    text = (
        "The 40th meeting of the Interior Ministers of the Gulf Cooperation Council opened in Muscat. The "
        "ministers reviewed the implementation of decisions taken at previous meetings."
    )
    assert list(detect(catalogue, text, "en")) == [40]


def test_the_next_session_of_another_body_named_just_before_is_not_the_articles_series(catalogue):
    # the conference numbers its session; "its next session" is the council's, which it numbers nowhere
    text = (
        "قرر المؤتمر الرابع والأربعون لقادة الشرطة والأمن العرب رفع توصياته إلى مجلس وزراء الداخلية العرب "
        "في دورته المقبلة لاعتمادها."
    )
    assert list(detect(catalogue, text, "ar")) == [44]


def test_the_next_session_in_a_city_is_the_next_one_not_a_known_edition_there(catalogue):
    # the catalogue knows the 39th session, held in Tunis in 2022
    text = (
        "La 37e session du Conseil des ministres arabes de l'Intérieur s'est ouverte à Tunis. Les ministres "
        "ont décidé de tenir leur prochaine session à Tunis."
    )
    events = detect_events(text, "fr", published=PartialDate(2020, 3, 4), catalogue=catalogue)
    assert sorted(e.ordinal for e in events) == [37, 38]


def test_the_articles_only_joint_body_is_no_conferences_body(catalogue):
    # a "read also" line names a joint committee; the conference of heads of services is not its session,
    # and the council's next session is the council's
    text = (
        "La 37e conférence arabe des chefs des services de lutte contre les stupéfiants s'est ouverte à Tunis. "
        "Le plan sera soumis au Conseil des ministres arabes de l'Intérieur lors de sa prochaine session.\n\n"
        "Lire aussi :\n- Tunisie-Algérie : la commission mixte de sécurité se réunit à Alger"
    )
    events = detect_events(text, "fr", published=PartialDate(2031, 7, 9), catalogue=catalogue)
    assert [(e.ordinal, e.name) for e in events] == [(37, "37th Arab Conference of Heads of Anti-Narcotics Agencies")]


def test_the_next_session_of_the_committee_in_arabic_with_its_dated_year(catalogue):
    """ "للجنة" is "of the committee" (ل + اللجنة): it refers back; "سنة 2026" dates the session, no name."""
    text = (
        "اختتمت بنواكشوط أشغال الدورة الثالثة للجنة الأمنية المشتركة الموريتانية-السنغالية. "
        "ومن المقرر أن تنعقد الدورة المقبلة للجنة بداكار سنة 2032."
    )
    events = detect(catalogue, text, "ar")
    assert set(events) == {3, 4}
    assert events[4].candidate_key == events[3].candidate_key == "session:joint MR-SN"
    assert (events[4].city, str(events[4].start_date)) == ("Dakar", "2032")


def test_a_next_session_dated_by_its_year_is_no_meeting_named_by_a_year(catalogue):
    assert detect(catalogue, "وأكد الوزير أهمية التعاون. وستنعقد الدورة المقبلة للجنة بداكار سنة 2032.", "ar") == {}


def test_the_next_meeting_of_the_group_in_arabic(catalogue):
    """ "للمجموعة" refers back to the joint group as "للجنة" to a committee; its name loses the clitic."""
    text = (
        "احتضنت داكار أشغال الاجتماع الخامس للمجموعة الدائمة المشتركة السنغالية الإسبانية حول الهجرة. "
        "واتفق الطرفان على عقد الاجتماع المقبل للمجموعة بإسبانيا."
    )
    events = detect(catalogue, text, "ar")
    assert set(events) == {5, 6}
    assert events[6].candidate_key == events[5].candidate_key == "session:joint ES-SN group"
    assert events[5].series_name.startswith("المجموعة")


def test_the_next_forum_is_no_next_session_of_the_ministers_meeting_the_article_numbers(catalogue):
    text = (
        "The forum was the first since the GCC interior ministers, at their 41st meeting in Doha, approved a "
        "framework for it. The next forum is expected to take place in Abu Dhabi in 2032."
    )
    assert set(detect(catalogue, text, "en")) == {41}
    # the next meeting is theirs
    text = text.replace("The next forum is", "Their next meeting is")
    assert set(detect(catalogue, text, "en")) == {41, 42}


EUROPE = "INTERPOL European Regional Conference"


@pytest.mark.parametrize(
    "sentence",
    [
        "The next European Regional Conference will be held in 2033.",
        "Delegates agreed that the next INTERPOL European Regional Conference will take place in Oslo.",
    ],
)
def test_next_before_a_series_own_name_that_ends_on_its_noun(catalogue, sentence):
    """ "The next European Regional Conference": "next" stands before the series' own name, whose
    meeting noun comes last (English word order), not right before the noun."""
    text = "OSLO - The 52nd INTERPOL European Regional Conference closed in Oslo on Thursday. " + sentence
    events = detect(catalogue, text, "en")
    assert set(events) == {52, 53}
    assert events[53].series_name == EUROPE and events[53].relation == "mention"


def test_a_bodys_next_session_in_an_article_numbering_none_is_the_one_its_venue_and_time_give(catalogue):
    """ "at AFRIPOL's next General Assembly, due in Algiers in October": no session of the article numbers
    it, but its venue and its time do, as for a session named without its number (linking joins it to
    the numbered session another article dates then)."""
    text = "Both sides will sign the agreement at AFRIPOL's next General Assembly, due in Algiers in October."
    events = detect_events(text, "en", published=PartialDate.parse("2031-03-02"), catalogue=catalogue)
    assert [(e.series_name, e.ordinal, e.city, e.start_date.year) for e in events] == [
        ("AFRIPOL General Assembly", None, "Algiers", 2031)
    ]
    # numbered by a session of the article, it is the one after
    text = "The 8th AFRIPOL General Assembly opened in Algiers. " + text
    assert set(detect(catalogue, text)) == {8, 9}


def test_the_next_session_before_the_current_one_has_taken_place_is_the_current_one(catalogue):
    """Written a month before the 93rd General Assembly (the catalogue dates it November 2025), "the coming
    General Assembly" is the 93rd, not the 94th; written after it, the 94th."""
    text = (
        "Marrakech accueillera la 93e Assemblée générale d'Interpol. Les délégués africains veulent peser sur "
        "les travaux de la prochaine Assemblée générale."
    )
    before = detect_events(text, "fr", published=PartialDate.parse("2025-10-20"), catalogue=catalogue)
    assert sorted(e.ordinal for e in before) == [93]
    after = detect_events(text, "fr", published=PartialDate.parse("2025-12-02"), catalogue=catalogue)
    assert sorted(e.ordinal for e in after) == [93, 94]


def test_a_series_read_from_a_meetings_subject_guides_the_articles_other_numbers(catalogue):
    """The ministers of the Western Mediterranean's "vingtième conférence" is the catalogue's series, read
    from who meets; "la 21e conférence" later in the article is that series' too."""
    text = (
        "Les ministres de l'Intérieur des pays de la Méditerranée occidentale ont clôturé mardi à Lisbonne les "
        "travaux de leur vingtième conférence annuelle. Le ministre a annoncé que la 21e conférence se tiendrait "
        "à Alger."
    )
    events = detect(catalogue, text)
    assert set(events) == {20, 21}
    assert (
        events[21].series_name
        == events[20].series_name
        == "Conference of Interior Ministers of the Western Mediterranean"
    )


def test_a_session_by_venue_and_time_in_the_clause_after_its_name_beside_another_meetings_date(catalogue):
    """ "… المنعقد بروما في 23 جويلية 2030، وبالتوصيات الصادرة عن مؤتمر وزراء داخلية دول غرب المتوسط الذي
    احتضنته نواكشوط في أفريل الماضي": the earlier date is another meeting's; the clause after the name
    dates this one (April of the publication's year), and no date of another year is given to it."""
    text = (
        "وأشاد الوزير بمخرجات المؤتمر الدولي المنعقد بروما في 23 جويلية 2030، وبالتوصيات الصادرة عن مؤتمر وزراء "
        "داخلية دول غرب المتوسط الذي احتضنته نواكشوط في أفريل الماضي."
    )
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-06-24"), catalogue=catalogue)
    assert (event.series_name, event.ordinal, event.city) == (
        "Conference of Interior Ministers of the Western Mediterranean",
        None,
        "Nouakchott",
    )
    assert event.start_date == PartialDate(2031, 4)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Praia – La 4e session de la Commission sécuritaire mixte cap-verdo-gambienne s'est ouverte lundi à "
            "Praia, trois ans après la précédente, tenue à Banjul en 2028.",
            "fr",
        ),
        (
            "Praia – The 4th session of the Cape Verdean-Gambian joint security commission opened on Monday in "
            "Praia. It comes three years after the previous one, held in Banjul in 2028.",
            "en",
        ),
    ],
)
def test_previous_standing_for_the_session_just_numbered(catalogue, text, language):
    """ "après la précédente, tenue à Banjul": "previous" with no noun stands for the session before the
    one the sentence (or the one before) has just numbered."""
    events = detect(catalogue, text, language)
    assert set(events) == {3, 4}
    assert events[3].city == "Banjul" and events[3].relation == "mention"
    assert events[3].candidate_key == events[4].candidate_key


def test_the_first_was_held_the_first_session_of_the_series_just_named(catalogue):
    text = (
        "The ministers prepared the second tripartite meeting of the interior ministers of Chad, Niger and Mali, "
        "due in Niamey in March. The first was held in Bamako in 2030."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {1, 2}
    assert events[1].city == "Bamako"
    assert events[1].candidate_key == events[2].candidate_key == "session:tripartite ML-NE-TD interior"


def test_the_next_trilateral_meeting_is_the_trilateral_series_next_session(catalogue):
    """ "la prochaine réunion trilatérale": of the two meetings the article numbers, the three countries'."""
    text = (
        "Les ministres de l'Intérieur du Tchad, du Niger et du Mali ont tenu à Niamey leur première réunion "
        "trilatérale. M. X a rappelé la 12e Réunion de haut niveau Niger-Tchad, tenue à Ndjamena en 2029. La "
        "prochaine réunion trilatérale se tiendra à Bamako en 2032."
    )
    events = detect(catalogue, text)
    assert set(events) == {1, 2, 12}
    assert events[2].city == "Bamako"
    assert events[2].candidate_key == events[1].candidate_key


@pytest.mark.parametrize("verb", ["will next meet", "will meet again", "will next convene"])
def test_a_meeting_that_will_next_meet_elsewhere_is_its_next_session(catalogue, verb):
    text = (
        "Banjul – The 4th Conference of Atlantic Coast Guard Chiefs opened on Monday in Banjul. "
        f"The conference {verb} in Praia in 2032."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {4, 5}
    assert events[5].city == "Praia" and events[5].relation == "mention"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le ministre prépare la deuxième réunion quadripartite des ministres de l'Intérieur du Mali, du Niger, "
            "du Tchad et de Mauritanie. La première réunion de ce format s'était tenue à Bamako en mai 2030.",
            "fr",
        ),
        (
            "The minister is preparing the second quadrilateral meeting of the interior ministers of Mali, Niger, "
            "Chad and Mauritania. The first meeting of this format was held in Bamako in May 2030.",
            "en",
        ),
        (
            "The minister is preparing the second quadrilateral meeting of the interior ministers of Mali, Niger, "
            "Chad and Mauritania. It follows the first meeting of the format, held in Bamako in May 2030.",
            "en",
        ),
        (
            "Le ministre prépare la deuxième réunion quadripartite des ministres de l'Intérieur du Mali, du Niger, "
            "du Tchad et de Mauritanie, après la première réunion du format, tenue à Bamako en mai 2030.",
            "fr",
        ),
    ],
)
def test_a_session_of_this_format_is_of_the_series_numbered_before(catalogue, text, language):
    """ "de ce format", "of this format": a complement that points back, not a body of its own."""
    events = detect(catalogue, text, language)
    assert set(events) == {1, 2}
    assert events[1].city == "Bamako"
    assert events[1].candidate_key == events[2].candidate_key == "session:quadrilateral ML-MR-NE-TD interior"


def test_the_first_meeting_of_its_kind_with_nothing_numbered_before_is_its_own(catalogue):
    text = (
        "The interior ministers of Mali, Niger and Chad met on Thursday in Niamey, in the first trilateral meeting "
        "of its kind between the three neighbours."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {1} and events[1].candidate_key == "session:tripartite ML-NE-TD interior"


def test_the_next_session_when_the_numbered_one_is_still_to_come_is_that_one(catalogue):
    """ "La cinquième réunion … se tiendra à Dakar en 2026 … « accueillir la prochaine session »": the
    session the article numbers is to come, so the next one is it, not the one after."""
    text = (
        "Nouakchott – La cinquième réunion quadripartite des ministres de l'Intérieur du Mali, du Niger, du Tchad "
        "et de Mauritanie se tiendra à Niamey en 2032, a annoncé le ministre à l'issue de la quatrième rencontre "
        "du genre. « Le Niger est honoré d'accueillir la prochaine session », a-t-il déclaré."
    )
    events = detect(catalogue, text)
    assert set(events) == {4, 5}
    assert events[4].candidate_key == events[5].candidate_key == "session:quadrilateral ML-MR-NE-TD interior"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Mali et le Niger ont tenu lundi à Bamako la troisième session de leur commission mixte de sécurité. "
            "Les ministres ont salué les progrès accomplis. La quatrième aura lieu à Niamey en 2032.",
            "fr",
        ),
        (
            "Mali and Niger held the third session of their joint security commission in Bamako on Monday. "
            "The ministers welcomed the progress made. The fourth will be held in Niamey in 2032.",
            "en",
        ),
    ],
)
def test_an_ordinal_with_its_noun_elided_is_that_session_of_the_series_numbered_before(catalogue, text, language):
    events = detect(catalogue, text, language)
    assert set(events) == {3, 4}
    assert events[4].city == "Niamey" and events[4].candidate_key == events[3].candidate_key


def test_an_elided_ordinal_naming_the_session_just_numbered_adds_nothing(catalogue):
    text = (
        "Le Mali et le Niger ont tenu lundi à Bamako la troisième session de leur commission mixte de sécurité. "
        "La troisième, tenue dans un climat cordial, a adopté un plan."
    )
    assert set(detect(catalogue, text)) == {3}


def test_the_next_meeting_of_a_body_named_by_its_acronym_is_the_next_of_its_series(catalogue):
    """ "la prochaine réunion des ministres de la Défense de l'UEMX": the complement names the body by
    the acronym its numbered meeting was given; not when it names another body."""
    text = (
        "Les ministres de la Défense de l'Union des États du Mont X (UEMX) ont tenu mardi à Niamey leur "
        "troisième réunion. La prochaine réunion des ministres de la Défense de l'UEMX est prévue à Bamako."
    )
    events = detect(catalogue, text)
    assert set(events) == {3, 4} and events[4].city == "Bamako"
    other = text.replace("de la Défense de l'UEMX est", "de la Défense de la CEDX est")
    assert set(detect(catalogue, other)) == {3}


def latest(catalogue, text, language, published):
    return [
        (e.series_name, e.ordinal, e.city, e.relation)
        for e in detect_events(text, language, published=PartialDate.parse(published), catalogue=catalogue)
    ]


def test_the_latest_session_of_a_yearly_series_is_the_last_held_before_the_article(catalogue):
    # The catalogue knows the council's sessions to its 42nd (February 2025), one a year, in February or
    # March: in April 2026 the latest is the 43rd, in June 2025 the 42nd.
    text = (
        "Le ministre a rappelé que la dernière session du Conseil des ministres arabes de l'Intérieur avait "
        "adopté un plan."
    )
    assert latest(catalogue, text, "fr", "2026-04") == [(CAIM, 43, None, "mention")]
    arabic = "وأكد أن الدورة الأخيرة لمجلس وزراء الداخلية العرب اعتمدت الخطة العربية."
    assert latest(catalogue, arabic, "ar", "2025-06") == [(CAIM, 42, None, "mention")]


def test_a_bare_council_is_the_one_named_before_whose_name_it_heads(catalogue):
    text = (
        "Le congrès des chefs des unités de cybercriminalité s'est ouvert à Riyad, avec l'Université arabe Naif "
        "des sciences de sécurité et le Conseil des ministres arabes de l'Intérieur (CMIA). Le secrétaire "
        "général du CMIA a rappelé que la dernière session du Conseil, tenue à Tunis, avait adopté un plan."
    )
    assert (CAIM, 43, "Tunis", "mention") in latest(catalogue, text, "fr", "2026-04")


def test_the_latest_session_needs_the_articles_month(catalogue):
    text = (
        "Le ministre a rappelé que la dernière session du Conseil des ministres arabes de l'Intérieur avait "
        "adopté un plan."
    )
    assert latest(catalogue, text, "fr", "2026") == []


def test_the_last_session_beside_the_one_the_article_numbers_is_the_one_before(catalogue):
    text = (
        "La 48e session du Conseil des ministres arabes de l'Intérieur s'est ouverte à Tunis. La dernière session "
        "du Conseil avait adopté un plan."
    )
    assert sorted(o for _, o, _, _ in latest(catalogue, text, "fr", "2031-03")) == [47, 48]


def test_the_next_session_dated_before_a_numbered_one_to_come_is_the_one_before_it(catalogue):
    text = (
        "Le ministre a confirmé la candidature de son pays pour accueillir en 2032 la 41e Conférence régionale "
        "africaine d'Interpol, une candidature examinée lors de la prochaine conférence régionale, prévue en juin "
        "à Kigali."
    )
    found = {o: (city, relation) for _, o, city, relation in latest(catalogue, text, "fr", "2031-03")}
    assert found == {41: (None, "subject"), 40: ("Kigali", "mention")}


def test_the_body_named_with_a_numbered_session_is_not_another_body_before_its_next(catalogue):
    text = (
        "وأكد الوزير استعداد بلاده لاحتضان المؤتمر الإقليمي الإفريقي الحادي والأربعين للإنتربول سنة 2032، على أن "
        "يُنظر في هذا الترشح خلال المؤتمر الإقليمي المقبل المقرر بكيغالي في شهر جوان."
    )
    assert sorted(o for _, o, _, _ in latest(catalogue, text, "ar", "2031-03")) == [40, 41]


def _series(*editions):
    from events.detection.catalogue import Edition, Series

    return Series(
        name="X",
        template="{ordinal} X",
        organization=None,
        kinds={"session": 1.0},
        editions=tuple(
            Edition(o, y, None, None, PartialDate.parse(start) if start else None, None) for o, y, start in editions
        ),
    )


def test_a_yearly_series_counts_its_sessions_on_from_its_dated_editions():
    # editions missing between the known ones (2031) do not break the pace: one a year
    series = _series((19, 2029, "2029-06"), (21, 2031 + 0, None), (22, 2032, "2032-09"))
    assert series.ordinal_in(2033) == 23 and series.ordinal_in(2034) == 24
    assert series.ordinal_in(2040) is None  # too far beyond what is known
    assert series.latest_before(PartialDate.parse("2033-10")) == 23  # its usual month has passed
    assert series.latest_before(PartialDate.parse("2033-05")) == 22
    assert series.latest_before(PartialDate.parse("2033")) is None


def test_a_series_not_meeting_once_a_year_is_not_counted_on():
    series = _series((5, 2029, "2029-06"), (7, 2030, "2030-06"))
    assert series.ordinal_in(2031) is None
    assert series.latest_before(PartialDate.parse("2031-10")) == 7  # its last known edition


def test_a_summit_of_a_yearly_series_named_by_its_venue_and_year_is_numbered(catalogue):
    text = "The protocol will be submitted to the SCO heads of state summit due in Bishkek later in 2026."
    events = detect_events(text, "en", published=PartialDate.parse("2026-06-23"), catalogue=catalogue)
    assert [(e.name, e.city) for e in events] == [("26th Meeting of the SCO Council of Heads of State", "Bishkek")]


def test_a_body_that_last_met_somewhere_held_the_session_before(catalogue):
    text = (
        "Libya and Tunisia agreed on patrols at the end of the fifth session of the Libyan-Tunisian joint security "
        "committee in Tunis. The committee last met in Tripoli in March 2031."
    )
    found = {o: (city, relation) for _, o, city, relation in latest(catalogue, text, "en", "2031-09-24")}
    assert found == {5: ("Tunis", "subject"), 4: ("Tripoli", "mention")}


def test_the_next_meeting_dated_before_a_candidate_series_session_to_come_is_of_that_series(catalogue):
    text = (
        "Le Sénégal accueillera en 2032 la 6e réunion du Comité des chefs de police du Sahel (CCPS), une "
        "candidature examinée lors de la prochaine réunion, prévue en juin à Niamey."
    )
    events = detect_events(text, "fr", published=PartialDate.parse("2031-03"), catalogue=catalogue)
    assert sorted(e.ordinal for e in events) == [5, 6]
    assert len({e.candidate_key for e in events}) == 1 and events[0].candidate_key


def test_an_edition_of_this_gathering_is_of_the_catalogue_series_numbered_before(catalogue):
    """ "la 53e édition de ce rendez-vous": no body of its own, the catalogue's series the article numbered
    just before (it was dropped: no series fitted by the context alone)."""
    text = (
        "La Suède organisera en 2031 à Stockholm la 60e Conférence régionale européenne d'Interpol, a-t-il été "
        "décidé jeudi au terme de la 59e édition de ce rendez-vous des polices européennes."
    )
    events = detect(catalogue, text)
    assert set(events) == {59, 60}
    assert events[59].series_name == events[60].series_name == "INTERPOL European Regional Conference"


def test_that_bodys_meeting_scheduled_for_a_city_is_the_body_named_last_held_there(catalogue):
    """ "… with AFRIPOL, ahead of that body's general assembly scheduled for Algiers in October": the genitive
    of "that body" is the body the sentence named last, and "scheduled for" gives the venue (Nairobi, where
    the speaker works, is not it)."""
    text = (
        "The head of the bureau in Nairobi briefed the meeting on cooperation with the African Union Mechanism "
        "for Police Cooperation (AFRIPOL) ahead of that body's general assembly scheduled for Algiers in October."
    )
    events = detect_events(text, "en", published=PartialDate.parse("2031-03-02"), catalogue=catalogue)
    assert [(e.series_name, e.city, e.start_date.year) for e in events] == [
        ("AFRIPOL General Assembly", "Algiers", 2031)
    ]


AFRICAN = "INTERPOL African Regional Conference"


def test_the_next_edition_after_a_session_numbered_in_its_sentence_is_that_series(catalogue):
    """Two series numbered in the article: "the next edition" is that of the session numbered in its own
    sentence, and a year after it is the next one's, not a sign that the numbered one is still to come."""
    text = (
        "Lagos – The 14th AFRIPOL General Assembly opened in Algiers on Monday. The plan was first discussed at "
        "the 32nd INTERPOL African Regional Conference in Dakar in January, where Kenya won the right to host "
        "the next edition in Nairobi in 2033."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {14, 32, 33}
    assert (events[33].series_name, events[33].city) == (AFRICAN, "Nairobi")


def test_the_next_conference_named_with_its_organisations_long_name(catalogue):
    """ "la prochaine conférence régionale africaine de l'Organisation internationale de police criminelle": the
    series named from the noun on; the organisation's name after it holds that series too."""
    text = (
        "Dakar – La 32e Conférence régionale africaine d'Interpol s'est tenue du 10 au 12 janvier à Dakar. "
        "Le Kenya accueillera la prochaine conférence régionale africaine de l'Organisation internationale de "
        "police criminelle, prévue à Nairobi en 2033."
    )
    events = detect(catalogue, text)
    assert set(events) == {32, 33}
    assert (events[33].series_name, events[33].city) == (AFRICAN, "Nairobi")


def test_the_latest_session_of_the_council_named_before_with_a_glued_preposition(catalogue):
    """ "الأمين العام لمجلس وزراء الداخلية العرب … الدورة الأخيرة للمجلس": the council named before carries "لـ";
    its head is a council's all the same, and "the council's latest session" is the last one the catalogue dates
    before the article."""
    text = "وقدم الأمين العام لمجلس وزراء الداخلية العرب تقريرا عن تنفيذ قرارات الدورة الأخيرة للمجلس."
    events = detect_events(text, "ar", published=PartialDate.parse("2025-04-22"), catalogue=catalogue)
    assert [(e.series_name, e.ordinal) for e in events] == [(CAIM, 42)]


def test_the_next_session_of_the_council_is_not_the_candidate_conferences(catalogue):
    """ "نتائج المؤتمر سترفع إلى الدورة المقبلة للمجلس": the complement's head is a council, which the candidate
    conference the article reports on is not; the council's session numbered in the article is the base."""
    text = (
        "افتتحت في تونس أعمال المؤتمر العربي الحادي والثلاثين لرؤساء أجهزة حماية المنشآت. "
        "وأوضح الأمين العام أن المؤتمر يأتي تنفيذا لتوصيات الدورة السابعة والأربعين لمجلس وزراء الداخلية العرب. "
        "وأضاف أن نتائج أعمال المؤتمر سترفع إلى الدورة المقبلة للمجلس."
    )
    events = detect(catalogue, text, "ar")
    assert set(events) == {31, 47, 48}
    assert events[48].series_name == CAIM


def test_the_next_assembly_of_a_session_dated_later_in_the_year_is_that_session(catalogue):
    """Written in September about a session held from 20 to 22 October: "la prochaine Assemblée" is that
    one, still to come, not the one after it (the catalogue has no date of it)."""
    text = (
        "Lagos se prépare à accueillir, du 20 au 22 octobre, la 15e session de l'Assemblée générale d'Afripol. "
        "Le directeur exécutif a indiqué que la prochaine Assemblée devrait adopter un protocole."
    )
    events = detect_events(text, "fr", published=PartialDate.parse("2031-09"), catalogue=catalogue)
    assert [e.ordinal for e in events] == [15]


def test_the_previous_session_is_of_the_series_the_lead_numbers(catalogue):
    """Two series numbered: "la précédente session" with no complement is of the series the lead reports on,
    the other named further down; a date after the article's day in its sentence is the current session's."""
    text = (
        "Les travaux de la 15e session de l'Assemblée générale d'Afripol se sont ouverts lundi à Lagos. "
        "Cette session, qui se poursuivra jusqu'au mercredi 14 février, examinera le plan adopté lors de la "
        "précédente session. Le président a évoqué la 32e Conférence régionale africaine d'Interpol."
    )
    events = detect(catalogue, text)
    assert set(events) == {15, 14, 32}
    assert events[14].series_name == events[15].series_name == "AFRIPOL General Assembly"
    assert events[14].start_date is None and events[14].end_date is None


AU = "African Union Assembly Ordinary Session"


def test_a_series_that_now_meets_once_a_year_numbers_the_sessions_of_its_rhythm(catalogue):
    """The African Union's assembly met twice a year until 2018, once a year since: its session of 2026 is
    its 39th (one a year after the catalogue's last), and no session of 2017 is counted."""
    series = next(s for s in catalogue.series if s.name == AU)
    assert (series.ordinal_in(2026), series.ordinal_in(2017)) == (39, None)


@pytest.mark.parametrize(
    ("text", "language", "ordinal", "start"),
    [
        (
            "La 16e édition du Forum de Sfax sur la sécurité s'est achevée samedi. Les ministres ont plaidé pour "
            "que le prochain sommet de l'UA, prévu à la mi-février à Addis-Abeba, adopte une position commune.",
            "fr",
            39,
            "2026-02",
        ),
        (
            "The 16th Sfax Security Forum closed on Saturday.\n\nThe plan would be presented to African leaders "
            "at the AU summit in Addis Ababa in February.",
            "en",
            39,
            "2026-02",
        ),
        (
            "The 16th Sfax Security Forum closed on Saturday.\n\nThe plan builds on the one African leaders "
            "adopted at the AU summit in Addis Ababa in February.",
            "en",
            38,
            "2025-02",
        ),
    ],
)
def test_a_session_to_come_in_a_month_already_past_is_next_years(catalogue, text, language, ordinal, start):
    """Published in December, "the summit due in February" is next February's, the AU's 39th, though the
    article numbers another meeting; "adopted at the summit in February" was this February's."""
    events = detect_events(text, language, published=PartialDate.parse("2025-12-06"), catalogue=catalogue)
    assert [(e.ordinal, e.start_date) for e in events if e.series_name == AU] == [(ordinal, PartialDate.parse(start))]


def test_a_meetings_noun_before_the_previous_one_names_no_body(catalogue):
    """ "جدول أعمال الاجتماع يتضمن … قرارات الاجتماع السابق": the previous meeting of the series the lead
    numbers, not one of the series numbered later (a meeting's noun before it is no body naming its series)."""
    text = (
        "عقد قادة الشرطة بدول مجلس التعاون لدول الخليج العربية اجتماعهم السادس والعشرين اليوم في مسقط.\n\n"
        "ويتضمن جدول أعمال الاجتماع متابعة تنفيذ قرارات الاجتماع السابق.\n\n"
        "وسترفع التوصيات إلى الاجتماع الثالث والأربعين لوزراء الداخلية بدول المجلس في الدوحة."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-09-08"), catalogue=catalogue)
    ordinals = {(e.ordinal, bool(e.candidate_key)) for e in events}
    assert ordinals == {(26, True), (25, True), (43, False)}


def test_a_councils_own_numbered_session_in_an_article_on_the_conference_it_holds(catalogue):
    """ "إلى مجلس وزراء الداخلية العرب في دورته الرابعة والأربعين": the council's 44th session, though the article
    names the police leaders' conference (another series of the council's) by its own name: the reference's
    words resemble neither series' name, so the name does not decide."""
    text = (
        "اختتم المؤتمر التاسع والأربعون لقادة الشرطة والأمن العرب أعماله في تونس.\n\n"
        "وسترفع توصيات المؤتمر إلى مجلس وزراء الداخلية العرب في دورته الرابعة والأربعين لاعتمادها."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-10-15"), catalogue=catalogue)
    assert {(e.ordinal, e.series_name) for e in events} == {
        (49, "Conference of Arab Police and Security Leaders"),
        (44, CAIM),
    }


@pytest.mark.parametrize("words", ["next SAPCO summit", "previous SAPCO summit"])
def test_next_or_previous_before_a_candidates_acronym(catalogue, words):
    """ "the next SAPCO summit" after "the 14th SAPCO Summit": the candidate series' 15th (13th) session."""
    text = (
        "Police commanders wrapped up the 14th SAPCO Summit in Lima on Thursday. "
        f"The {words} will be discussed by the secretariat."
    )
    events = detect(catalogue, text, "en")
    ordinal = 15 if words.startswith("next") else 13
    assert set(events) == {14, ordinal}
    assert events[ordinal].candidate_key == events[14].candidate_key and events[ordinal].relation == "mention"


def test_the_lead_is_read_after_the_outlets_name(catalogue):
    """The text extraction reads opens on the outlet's name (archive.extraction.extractor.article_text): the
    lead whose series "la prochaine conférence" continues is the headline and the first sentence after it."""
    text = (
        "Le Courrier du Nord\n\n"
        "À Riga, Interpol réunit les polices européennes\n\n"
        "La 61e Conférence régionale européenne d'Interpol s'est ouverte mardi à Riga.\n\n"
        "Les intervenants ont cité la 29e conférence des chefs des bureaux centraux nationaux, réunie à Lyon.\n\n"
        "Les délégués désigneront jeudi le pays hôte de la prochaine conférence."
    )
    events = detect(catalogue, text)
    assert events[62].series_name == "INTERPOL European Regional Conference"


@pytest.mark.parametrize("words", ["next regular meeting", "forthcoming meeting", "forthcoming ordinary meeting"])
def test_next_with_the_kind_of_meeting_between(catalogue, words):
    """ "the ministers' next regular meeting", "their forthcoming meeting": the next session of the series numbered."""
    text = (
        "Interior ministers of the GCC states held their 52nd meeting in Kuwait City on Wednesday. "
        f"According to the final statement, the ministers' {words} will be hosted by Qatar."
    )
    events = detect(catalogue, text, "en")
    assert set(events) == {52, 53} and events[53].series_name == events[52].series_name


def test_a_forthcoming_meeting_in_a_month_already_past_is_next_years(catalogue):
    text = (
        "Interior ministers of the GCC states held their 52nd meeting in Kuwait City on Wednesday. "
        "The ministers discussed the preparations for the forthcoming 53rd meeting in Doha in February."
    )
    events = detect_events(text, "en", published=PartialDate.parse("2031-11-12"), catalogue=catalogue)
    (next_one,) = [e for e in events if e.ordinal == 53]
    assert next_one.start_date == PartialDate.parse("2032-02")


def test_the_next_meeting_of_who_meets_is_the_series_whose_name_holds_them(catalogue):
    """ "الاجتماع المقبل لوزراء الداخلية": who meets is named, not the series; the one series the article numbers
    whose own name holds those words ("اجتماع وزراء الداخلية بدول مجلس التعاون") is theirs."""
    text = (
        "عقد وزراء الداخلية بدول مجلس التعاون لدول الخليج العربية اليوم بمدينة الكويت اجتماعهم الثاني والخمسين.\n\n"
        "وتقرر أن تستضيف دولة قطر الاجتماع المقبل لوزراء الداخلية سنة 2032."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-11-12"), catalogue=catalogue)
    assert {e.ordinal for e in events} == {52, 53} and len({e.series_name for e in events}) == 1


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The recommendations will be referred to the Council at its next session.", "en"),
        ("Les recommandations seront soumises au Conseil lors de sa prochaine session.", "fr"),
    ],
)
def test_a_councils_next_session_is_not_the_next_conference_it_holds(catalogue, sentence, language):
    """ "referred to the Council at its next session", in a report on the police leaders' conference: the
    council's next session, which the article numbers none of; never the conference's next."""
    text = f"The 58th Conference of Arab Police and Security Leaders ended in Tunis on Wednesday. {sentence}"
    assert set(detect(catalogue, text, language)) == {58}


@pytest.mark.parametrize(
    ("sentence", "language", "year", "month"),
    [
        (
            "The minister recalled the Lome International Forum on Peace and Security, held in the Togolese "
            "capital in November.",
            "en",
            2030,
            11,
        ),
        (
            "Il a rappelé le Forum de Lomé sur la paix et la sécurité, tenu dans la capitale togolaise en novembre.",
            "fr",
            2030,
            11,
        ),
        (
            "Il a invité les participants au Forum de Lomé sur la sécurité, prévu à la fin du mois de mars.",
            "fr",
            2031,
            3,
        ),
    ],
)
def test_a_forum_held_in_a_month_still_to_come_is_last_years(catalogue, sentence, language, year, month):
    """Published in January, a forum "held in November" was last November's; one "prévu à la fin du mois de
    mars" is this March's; the forum's theme after its noun is part of its name ("… on Peace and Security")."""
    text = f"The 16th Rabat Security Forum opened in Rabat on Friday. {sentence}"
    events = detect_events(text, language, published=PartialDate.parse("2031-01-30"), catalogue=catalogue)
    (lome,) = [e for e in events if "Lom" in e.name]
    assert (lome.start_date, lome.city) == (PartialDate(year, month), "Lome")
    if "Peace" in sentence or "paix" in sentence:
        assert lome.candidate_key == "year:forum lome peace"


GA = "INTERPOL General Assembly"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces entretiens prolongent ceux de la session organisée à Glasgow en novembre 2024.",
        "Ces entretiens prolongent ceux de la session tenue à Glasgow en novembre 2024.",
    ],
)
def test_a_session_named_by_the_participle_of_its_venue_is_that_edition(catalogue, sentence):
    """ "la session organisée à Glasgow en novembre 2024": the venue held by a participle is attached to
    the noun as "la session de Glasgow" is; the series' edition of that city and year."""
    text = (
        "Le directeur général a tenu des entretiens en marge de la 95e session de l'Assemblée générale "
        f"d'Interpol, qui se poursuit jusqu'à jeudi. {sentence}"
    )
    events = detect(catalogue, text)
    assert 92 in events and events[92].series_name == GA and events[92].relation == "mention"


def test_the_next_assembly_in_an_article_numbering_a_conference_is_read_by_its_venue(catalogue):
    """The article numbers a regional conference; "the next General Assembly, scheduled in Hong Kong" is
    no next conference: the assembly of that venue, a mention, the conference staying the subject
    (known by its last day only)."""
    text = (
        "Dakar – The 29th INTERPOL African Regional Conference continues until 18 June 2026 in Dakar, with "
        "the police chiefs of forty member countries of INTERPOL. "
        "Its recommendations will be submitted to the next General Assembly, scheduled in Hong Kong."
    )
    found = detect_events(text, "en", published=PartialDate.parse("2026-06-16"), catalogue=catalogue)
    events = {e.ordinal: e for e in found}
    assert set(events) == {29, 94}
    assert events[94].series_name == GA and events[94].relation == "mention"
    assert events[29].relation == "subject"


def test_a_headline_naming_the_series_and_its_city_in_an_undated_article_is_the_numbered_session(catalogue):
    """An article dated nowhere names the conference with its city in the headline and numbers it in the
    lead: one session, the numbered one, not the edition the catalogue happens to know in that city."""
    text = (
        "وفد أردني في مؤتمر قادة الشرطة والأمن العرب بتونس\n\n"
        "عمان 3 أيار (بترا)- يشارك وفد أردني في أعمال المؤتمر الحادي والخمسين لقادة الشرطة والأمن العرب، "
        "الذي انطلق اليوم في العاصمة التونسية."
    )
    found = detect_events(text, "ar", published=None, catalogue=catalogue)
    assert [e.ordinal for e in found] == [51]


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates called for updating the Arab Convention for the Suppression of Terrorism of 1998.",
        "Les délégués ont appelé à actualiser la Convention arabe de lutte contre le terrorisme de 1998.",
        "Delegates urged states to ratify the Convention on Cybercrime of 2001.",
    ],
)
def test_a_convention_that_is_a_treaty_is_no_meeting(catalogue, sentence):
    text = f"The 31st Conference of Arab Police and Security Leaders opened in Tunis on Tuesday. {sentence}"
    events = detect_events(text, "en", published=PartialDate.parse("2031-02-12"), catalogue=catalogue)
    assert [e.ordinal for e in events] == [31]


def test_a_convention_held_on_a_weekday_is_still_a_meeting(catalogue):
    text = "The European Police Chiefs Convention 2031 opened in The Hague on Tuesday."
    events = detect_events(text, "en", published=PartialDate.parse("2031-09-30"), catalogue=catalogue)
    assert [e.series_name for e in events] == ["European Police Chiefs Convention"]


def test_the_joint_meetings_numbered_after_their_adjective_and_the_earlier_one_held_elsewhere(catalogue):
    """ "الاجتماع المشترك الرابع عشر لمجلسي …": "المشترك" (joint) stands between the noun and its ordinal;
    "الاجتماع المشترك الثالث عشر المنعقد بالرباط" further on, the same noun and adjective without the body,
    is another session of the same meetings, with its own venue and year."""
    text = (
        "احتضن مقر الجامعة بالقاهرة أشغال الاجتماع المشترك الرابع عشر لمجلسي وزراء الداخلية والعدل العرب. "
        "ويأتي المشروع استكمالا لما تقرر في الاجتماع المشترك الثالث عشر المنعقد بالرباط سنة 2029."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-02-12"), catalogue=catalogue)
    by_ordinal = {e.ordinal: e for e in events}
    assert set(by_ordinal) == {13, 14}
    assert by_ordinal[13].city == "Rabat" and by_ordinal[13].start_date == PartialDate.parse("2029")
    assert by_ordinal[13].series_name == by_ordinal[14].series_name


def test_an_edition_named_by_nothing_but_its_year_is_no_guessed_catalogue_session(catalogue):
    """ "dont l'édition 2024 avait réuni …": an edition of the summit the article is about; no series of
    the catalogue that met in 2024 is to be guessed from the article's other names."""
    text = (
        "Le directeur de la police judiciaire a pris part au sommet mondial de la police de Dubaï, aux côtés "
        "de responsables d'Interpol. Le sommet, dont l'édition 2024 avait déjà réuni plus de 200 intervenants, "
        "a été ouvert mardi."
    )
    events = detect_events(text, "fr", published=PartialDate.parse("2025-05-14"), catalogue=catalogue)
    assert "INTERPOL General Assembly" not in {e.series_name for e in events}


def test_a_french_label_of_a_meeting_outside_the_catalogue_takes_a_french_ordinal(catalogue):
    text = (
        "Nouakchott – La 9e réunion ministérielle du Processus de Kiffa s'est ouverte mardi à Nouakchott, "
        "avec les ministres de l'Intérieur de cinq pays du Sahel."
    )
    events = detect(catalogue, text)
    assert events[9].name == "9e réunion ministérielle du Processus de Kiffa"
    english = detect(catalogue, "The 6th meeting of SAHELPOL opened in Niamey on Tuesday.", "en")
    assert english[6].name.startswith("6th ")


def test_a_forum_named_by_its_year_at_the_start_of_a_line_takes_no_word_of_the_line_above(catalogue):
    """The outlet's name on the line above the headline ("Sahel Security Wire", then "Cyber Sahel Forum 2031:
    …") is no part of the forum's name; last year's edition, held there too, is the 2030 one."""
    text = (
        "Sahel Security Wire\n\nCyber Sahel Forum 2031: police chiefs urged to share fraud data\n\n"
        "Delegates met on Tuesday as the Cyber Sahel Forum 2031 opened in Niamey, a sharp increase on last "
        "year's edition, also held in Niamey."
    )
    events = detect_events(text, "en", published=PartialDate.parse("2031-04-08"), catalogue=catalogue)
    assert {e.name for e in events} >= {"Cyber Sahel Forum 2031"}
    assert not any(e.name.startswith("Security Wire") or e.name.startswith("Wire") for e in events)
