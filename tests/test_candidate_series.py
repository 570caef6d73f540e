"""Sessions of series the catalogue does not know, on invented articles: numbered and year-named
meetings become events of a candidate series (for editors), one series and one event whatever the
script, and references to other sessions are mentions."""

import pytest
from django.core.management import call_command

from archive.models import ArticleEvent
from events.detection import SeriesCatalogue, detect_events
from events.detection.candidates import body_key
from events.models import Event, EventSeries
from people.models import Review
from text.partial_date import PartialDate
from text.places import find_places


def detect(catalogue, text, published="2031-05-14"):
    return detect_events(text, "fr", published=PartialDate.parse(published), catalogue=catalogue)


def test_a_numbered_session_of_an_unknown_council_is_a_candidate(catalogue):
    text = (
        "Nouakchott – La 12e session ordinaire du conseil de l'Observatoire sahélien des frontières s'est "
        "ouverte lundi 12 mai 2031 à Nouakchott, en présence de délégations de cinq pays."
    )
    (event,) = detect(catalogue, text)
    assert event.ordinal == 12
    assert event.candidate_key.startswith("session:")
    assert "Observatoire sahélien des frontières" in event.candidate_body
    assert event.series_name.startswith("session ordinaire du conseil")
    assert event.city == "Nouakchott"
    assert event.start_date == PartialDate.parse("2031-05-12")
    assert event.relation == "subject"


def test_a_capitalized_meeting_name_needs_no_capital_in_its_complement(catalogue):
    text = "Les chefs de police ont adopté une déclaration lors de la 9e Convention des chefs de police alpins."
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_body) == (9, "chefs de police alpins")


def test_a_body_named_by_its_capitalized_head_and_lower_case_words_is_a_candidate(catalogue):
    """French capitalizes an institution's first word only: "du Groupe mixte permanent de veille"."""
    text = "La 14e réunion du Groupe mixte permanent de veille portuaire s'est tenue mardi à Dakar."
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city) == (14, "Dakar")
    assert event.candidate_body == "Groupe mixte permanent de veille portuaire"
    # a capitalized head alone refers back to a body, it names none
    alone = detect(catalogue, "La 14e réunion du Groupe s'est tenue mardi à Dakar.")
    assert [e for e in alone if e.candidate_key] == []


@pytest.mark.parametrize(
    "text",
    [
        "La quatrième session de cette Alliance a été consacrée à la cybersécurité.",  # a body named before
        "La 3e session de formation des enquêteurs a pris fin jeudi.",  # a training, no body
        "Le pays a lancé son 3e satellite d'observation.",  # no meeting noun
        "La 5e session de Glasgow a été reportée.",  # a venue, not a body
        "Le Conseil a tenu sa 7e réunion extraordinaire de l'Union sahélienne.",  # extraordinary
    ],
)
def test_no_candidate_without_a_body_of_its_own(catalogue, text):
    assert [e for e in detect(catalogue, text) if e.candidate_key] == []


def test_the_same_unknown_series_in_three_scripts_has_one_key(catalogue):
    french = detect(catalogue, "La 5e réunion de SAHELPOL s'est tenue à Niamey le 3 mai 2031.")
    arabic = detect(catalogue, "انعقد في نيامي الاجتماع الخامس لساحلبول يوم 3 مايو 2031.")
    english = detect(catalogue, "The fifth meeting of SAHELPOL was held in Niamey on 3 May 2031.")
    keys = {(e.candidate_key, e.ordinal) for events in (french, arabic, english) for e in events}
    assert keys == {("session:shlbl", 5)}


def test_the_same_body_named_in_another_word_order_has_one_key(catalogue):
    french = "Banjul – La 4e Conférence des chefs de police du Sahara s'est ouverte lundi à Banjul."
    english = "The 4th Conference of Sahara Police Chiefs opened in Banjul on Monday."
    (fr,) = detect(catalogue, french)
    (en,) = detect_events(english, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert fr.candidate_key == en.candidate_key and fr.ordinal == en.ordinal == 4


@pytest.mark.parametrize(
    "text",
    [
        "انطلقت في باماكو أشغال المؤتمر الرابع لقادة خفر السواحل. وتتواصل أشغال الدورة الرابعة لمؤتمر قادة خفر "
        "السواحل بحضور خبراء.",
        "La 4e Conférence des chefs des gardes-côtes s'est ouverte à Bamako. La 4e session de la Conférence des "
        "chefs des gardes-côtes durera deux jours.",
    ],
)
def test_a_numbered_session_of_a_conference_is_that_conference(catalogue, text):
    """ "The 4th session of the Conference of X" is the 4th Conference of X: one series, one event."""
    (event,) = detect(catalogue, text)
    assert event.ordinal == 4 and event.candidate_key.startswith("conference:")


def test_stored_candidate_keys_are_put_in_word_order(db):
    """The data migration that sorts the words of keys stored before body keys were sorted."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module("events.migrations.0008_candidate_keys_in_word_order")
    old = EventSeries.objects.create(name="Conférence des chefs de police", import_key="conference:name:sfs bls")
    twin = EventSeries.objects.create(name="Conference of Police Chiefs", import_key="conference:name:bls sfs")
    body = EventSeries.objects.create(name="SAHELPOL meeting", import_key="meeting:org:12")
    migration.sort_keys(apps, None)
    keys = dict(EventSeries.objects.filter(pk__in=[old.pk, twin.pk, body.pk]).values_list("pk", "import_key"))
    # the twin already held the sorted key: the older series keeps its own (an editor merges them)
    assert keys == {old.pk: "conference:name:sfs bls", twin.pk: "conference:name:bls sfs", body.pk: "meeting:org:12"}
    EventSeries.objects.filter(pk=twin.pk).delete()
    EventSeries.objects.create(name="Sommet de Nouakchott", import_key="summit:name:ntt kck")
    migration.sort_keys(apps, None)
    assert EventSeries.objects.get(pk=old.pk).import_key == "conference:name:bls sfs"
    assert EventSeries.objects.filter(import_key="summit:name:kck ntt").exists()


def test_body_keys_join_scripts_and_spellings():
    assert body_key("AFRIPOL") == body_key("أفريبول") == body_key("Afripol")
    assert body_key("conseil de Sahelpol") == body_key("Conseil du SAHELPOL")
    assert body_key("SAHELPOL") != body_key("NOUAKPOL")


def test_a_year_named_meeting_outside_the_catalogue(catalogue):
    text = "Dakar – Le Forum sahélien de la sécurité 2031 s'ouvre ce lundi à Dakar avec 400 participants."
    (event,) = detect(catalogue, text)
    # named by what it deals with (the Sahel, security): the same key in every language
    assert event.candidate_key == "meeting:concepts sahel security"
    assert event.name == "Forum sahélien de la sécurité 2031"
    assert event.ordinal is None


def test_other_sessions_named_in_the_text_are_mentions(catalogue):
    text = (
        "Niamey – La 6e réunion de SAHELPOL s'est ouverte mardi 13 mai 2031 à Niamey. Les participants ont "
        "examiné les recommandations de la 5e réunion de SAHELPOL, tenue à Bamako en 2030."
    )
    events = {e.ordinal: e for e in detect(catalogue, text)}
    assert events[6].relation == "subject" and events[5].relation == "mention"
    assert events[5].city == "Bamako" and events[6].city == "Niamey"


FRENCH = """ date 2031-05-14
Niamey accueille la 5e réunion de SAHELPOL
Niamey – La 5e réunion de SAHELPOL s'est ouverte mercredi 14 mai 2031 à Niamey. Les délégués ont rappelé \
les recommandations de la 4e réunion de SAHELPOL, tenue à Bamako.
"""
ARABIC = """ date 2031-05-14
انطلقت اليوم في نيامي أشغال الاجتماع الخامس لساحلبول بمشاركة وفود من دول الساحل.
"""
ENGLISH = """ date 2031-05-15
The fifth meeting of SAHELPOL opened in Niamey on Wednesday, and the 3rd meeting of GCCPOL is due in March.
"""
ARABIC_AFRIPOL = """ date 2031-05-16
أعلن أن الاجتماع الثالث لجهاز الشرطة الخليجية سينعقد في شهر مارس المقبل.
"""


@pytest.mark.django_db
def test_one_candidate_series_and_one_event_across_languages(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    for name, text in (("fr", FRENCH), ("ar", ARABIC), ("en", ENGLISH), ("ar2", ARABIC_AFRIPOL)):
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)

    sahel = EventSeries.objects.get(import_key="session:name:shlbl")
    assert sahel.review == Review.CANDIDATE
    assert EventSeries.objects.filter(review=Review.CANDIDATE).count() == 2
    fifth = Event.objects.get(series=sahel, ordinal=5)
    assert set(ArticleEvent.objects.filter(event=fifth).values_list("article__origin", flat=True)) == {
        "news/fr.txt",
        "news/ar.txt",
        "news/en.txt",
    }
    assert fifth.city == "Niamey"
    fourth = ArticleEvent.objects.get(event__series=sahel, event__ordinal=4)
    assert fourth.relation == "mention"
    # GCCPOL is a known organization (no series of the catalogue): its Latin and Arabic names meet on it
    gccpol = EventSeries.objects.get(import_key__startswith="session:org:")
    assert gccpol.organization.acronym == "GCCPOL"
    assert sahel.name == "الاجتماع لساحلبول" or "SAHELPOL" in sahel.name
    third = Event.objects.get(series=gccpol, ordinal=3)
    assert ArticleEvent.objects.filter(event=third).count() == 2

    call_command("import_articles", str(root), verbosity=0)  # again: nothing new
    assert EventSeries.objects.filter(review=Review.CANDIDATE).count() == 2


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Interpol : le Maroc présent à la 57e session de la CEA à Addis-Abeba.", 57),
        ("Interpol a pris part à la 55e session du Conseil des droits de l'Homme.", 55),
        ("حضر ممثل الإنتربول الدورة 55 لمجلس حقوق الإنسان.", 55),
    ],
)
def test_sessions_of_bodies_outside_the_catalogue_are_candidates(catalogue, text, ordinal):
    (event,) = detect(catalogue, text, published="2024-02")
    assert event.candidate_key and event.ordinal == ordinal


@pytest.mark.django_db
def test_editors_find_candidate_series_in_the_admin(admin_client):
    EventSeries.objects.create(name="Réunion de SAHELPOL", review=Review.CANDIDATE, import_key="session:name:shlbl")
    EventSeries.objects.create(name="Known Series Of Tests")
    response = admin_client.get("/admin/events/eventseries/?review__exact=candidate")
    assert response.status_code == 200
    assert "Réunion de SAHELPOL" in response.text and "Known Series Of Tests" not in response.text


def test_arabic_numbered_and_year_named_meetings_outside_the_catalogue(catalogue):
    (numbered,) = detect(catalogue, "الاجتماع الحادي والأربعين لمجلس وزراء العدل الساحليين انعقد في نيامي.")
    assert numbered.ordinal == 41 and numbered.candidate_body == "مجلس وزراء العدل الساحليين"
    assert numbered.city == "Niamey"
    (year_named,) = detect(catalogue, "انطلقت في دكار أشغال منتدى الأمن الساحلي 2031 بمشاركة خبراء.")
    assert year_named.name == "منتدى الأمن الساحلي 2031" and year_named.candidate_key.startswith("year:")


def test_an_arabic_meeting_with_an_adjective_before_its_ordinal_is_a_session(catalogue):
    """An adjective of its own ("الاجتماع الدولي الخامس لرؤساء …") between the meeting noun and its
    ordinal, then who it gathers, as a conference's ("المؤتمر الدولي الثالث لقادة …")."""
    text = "افتتحت في نواكشوط أشغال الاجتماع الدولي الخامس لرؤساء أجهزة خفر السواحل الساحلية."
    (event,) = detect(catalogue, text)
    assert event.ordinal == 5 and event.city == "Nouakchott"
    assert "رؤساء أجهزة خفر السواحل" in event.candidate_body


def test_a_year_named_meeting_with_its_city_in_brackets_before_the_year(catalogue):
    """ "Forum (Qinhuangdao) 2031": a city alone in brackets between a meeting's name and its year is
    part of the name as written, and the city is a place (find_places reads a shared name there)."""
    text = "The Coastal Policing Cooperation Forum (Qinhuangdao) 2031 opened on Tuesday with 60 delegations."
    (event,) = detect(catalogue, text)
    assert event.name == "Coastal Policing Cooperation Forum (Qinhuangdao) 2031"
    assert event.candidate_key.startswith("year:")
    assert find_places("Forum (Qinhuangdao) 2031")[0].city == "Qinhuangdao"


def test_an_arabic_meeting_after_a_glued_preposition_is_named_without_it(catalogue):
    """ "الجلسة الافتتاحية للاجتماع …": the series is named "الاجتماع …", as the catalogue's names are."""
    text = "وفي الجلسة الافتتاحية للاجتماع الدولي الخامس لرؤساء أجهزة خفر السواحل الساحلية بنواكشوط، قال الوزير."
    (event,) = detect(catalogue, text)
    assert event.ordinal == 5 and event.series_name.startswith("الاجتماع الدولي لرؤساء")


def test_an_arabic_numbered_nadwa_of_ministers_is_a_conference(catalogue):
    """Maghreb papers call a ministers' conference a "ندوة": "الندوة العشرين لوزراء …" is a session."""
    text = "افتتحت اليوم في فاليتا أشغال الندوة الثالثة عشرة لوزراء النقل بدول غرب المتوسط."
    (event,) = detect(catalogue, text)
    assert event.ordinal == 13 and event.city == "Valletta"
    assert "وزراء النقل" in event.candidate_body


def test_an_annual_meeting_named_without_its_year_is_the_edition_of_its_year(catalogue):
    text = (
        "Naval officers from eight states met in Muscat on 3 March 2031 for the annual Gulf Maritime Security "
        "Summit, which closed with a joint statement."
    )
    (event,) = detect(catalogue, text)
    assert event.candidate_key == "summit:concepts maritime security"
    assert event.name == "Gulf Maritime Security Summit 2031"
    assert event.start_date == PartialDate(2031, 3, 3)


def test_an_annual_meeting_of_a_body_is_its_series_named_by_year():
    text = "Police chiefs met in The Hague in September for the annual Europol Police Chiefs Convention."
    (event,) = detect(SeriesCatalogue.from_json(), text, published="2031-09-30")
    assert (event.series_name, event.name) == (
        "European Police Chiefs Convention",
        "European Police Chiefs Convention 2031",
    )


def test_an_annual_meeting_needs_a_name_and_no_ordinal(catalogue):
    text = "Police chiefs ended their 12th Annual General Meeting in Maputo on Friday."
    assert all(not e.candidate_key.startswith("year:") for e in detect(catalogue, text))
    assert detect(catalogue, "Delegates met in Maputo for the annual General Meeting.") == []


def test_a_possessive_session_belongs_to_the_one_body_named_later_in_its_sentence(catalogue):
    text = (
        "Coast guard chiefs ended their 12th Annual General Meeting in Maputo, where the host took over the "
        "chair of the Southern Coast Guard Cooperation Forum (SCGCF)."
    )
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_body, event.city) == (12, "SCGCF", "Maputo")


def test_one_session_named_short_then_whole_is_one_event(catalogue):
    text = (
        "SCGCF : Maputo accueille la 12e Assemblée générale des chefs des garde-côtes australs\n"
        "Maputo – La 12e Assemblée générale de l'Organisation de coopération des chefs des garde-côtes australs "
        "(SCGCF) a débuté mercredi. Le président sortant avait présidé la 11e Assemblée, tenue à Luanda."
    )
    events = detect(catalogue, text)
    assert sorted(e.ordinal for e in events) == [11, 12]
    assert {e.candidate_key for e in events} == {"session:" + body_key("SCGCF")}


def test_a_year_that_names_no_meeting_is_no_candidate(catalogue):
    assert detect(catalogue, "Dans le cadre de la Vision 2030 du royaume, le forum a été lancé.") == []


def test_bare_sessions_near_a_candidate_session_belong_to_its_series(catalogue):
    text = (
        "La 18e Conférence des polices sahéliennes s'est ouverte mardi à Niamey. Le secrétaire d'Interpol "
        "était invité. Les délégués ont rappelé que la 17e conférence avait adopté un plan. La 19e "
        "conférence doit se tenir l'an prochain."
    )
    events = detect(catalogue, text)
    assert {(e.ordinal, e.candidate_key) for e in events} == {(n, events[0].candidate_key) for n in (17, 18, 19)}
    assert events[0].candidate_key.startswith("conference:")


def test_a_bare_session_near_a_candidate_conferences_session_is_that_conferences(catalogue):
    """ "الدورة الرابعة عشرة للمؤتمر …" numbers a conference; "الدورة الثالثة عشرة" after it is the one before."""
    text = (
        "احتضنت نواكشوط أشغال الدورة الرابعة عشرة للمؤتمر الإقليمي لمديري الموانئ بغرب إفريقيا. "
        "ويأتي هذا اللقاء بعد الدورة الثالثة عشرة التي احتضنتها داكار."
    )
    events = detect(catalogue, text)
    assert sorted((e.ordinal, e.city) for e in events) == [(13, "Dakar"), (14, "Nouakchott")]
    assert len({e.candidate_key for e in events}) == 1


def test_a_body_named_before_the_noun_in_english(catalogue):
    (event, previous) = detect(
        catalogue, "The 7th SAHELPOL Summit opened in Niamey on Monday, building on the 6th summit's decisions."
    )
    assert (event.ordinal, event.series_name, event.city) == (7, "SAHELPOL Summit", "Niamey")
    assert previous.ordinal == 6 and previous.candidate_key == event.candidate_key
    assert detect(catalogue, "The 21st March Conference was postponed.") == []  # a date, not a body


def test_an_acronym_after_the_body_names_the_series_in_every_language(catalogue):
    (french,) = detect(catalogue, "La 7e Conférence des chefs de police du Sahel (SAHELPOL) s'est ouverte à Niamey.")
    (english,) = detect(catalogue, "The 7th SAHELPOL Conference opened in Niamey.")
    assert french.candidate_key == english.candidate_key == "conference:" + body_key("SAHELPOL")
    assert french.series_name == "Conférence des chefs de police du Sahel"


def test_an_arabic_candidate_keeps_the_adjectives_of_its_noun(catalogue):
    (event,) = detect(catalogue, "افتتح الوزير أعمال المؤتمر العربي الخامس عشر لرؤساء أجهزة المرور في نيامي.")
    assert (event.ordinal, event.series_name) == (15, "المؤتمر العربي لرؤساء أجهزة المرور")


def test_a_session_of_the_organization_that_holds_a_series(catalogue):
    text = "شارك الوفد في أشغال المؤتمر الإقليمي الإفريقي السابع والعشرين للمنظمة المنعقد بكيغالي."
    (event,) = detect(catalogue, text, published="2026-06-18")
    assert (event.series_name, event.ordinal, event.city) == ("INTERPOL African Regional Conference", 27, "Kigali")


@pytest.mark.django_db
def test_a_candidate_series_takes_its_english_name_and_a_label_per_language(tmp_path):
    french = tmp_path / "fr"
    french.mkdir()
    (french / "a.txt").write_text(
        " date 2031-05-14\nLa 7e Conférence des chefs de police du Sahel (SAHELPOL) s'est ouverte mardi à Niamey. "
        "Les délégués ont rappelé les décisions de la 6e conférence.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(french), verbosity=0)
    series = EventSeries.objects.get(review=Review.CANDIDATE)
    # named by its acronym and its kind of meeting in English at once, labelled as the French article writes it
    assert (series.name, series.label_fr) == ("SAHELPOL Conference", "Conférence des chefs de police du Sahel")

    english = tmp_path / "en"
    english.mkdir()
    (english / "b.txt").write_text(
        " date 2031-05-15\nThe 7th SAHELPOL Conference closed in Niamey on Wednesday with a joint statement.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(english), verbosity=0)

    series.refresh_from_db()
    assert (series.name, series.label_en, series.label_fr) == (
        "SAHELPOL Conference",
        "SAHELPOL Conference",
        "Conférence des chefs de police du Sahel",
    )
    seventh = Event.objects.get(series=series, ordinal=7)  # one session, renamed with its series
    assert seventh.name == "7th SAHELPOL Conference"
    assert ArticleEvent.objects.filter(event=seventh).count() == 2
    assert Event.objects.get(series=series, ordinal=6).name == "6th SAHELPOL Conference"


@pytest.mark.django_db
def test_an_editor_confirmed_series_keeps_its_name(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(
        " date 2031-05-14\nLa 7e Conférence des chefs de police du Sahel (SAHELPOL) s'est ouverte à Niamey.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    EventSeries.objects.filter(review=Review.CANDIDATE).update(
        review=Review.CONFIRMED, name="Sahel Police Chiefs Conference"
    )
    (root / "b.txt").write_text(
        " date 2031-05-15\nThe 7th SAHELPOL Conference closed in Niamey on Wednesday.\n", encoding="utf-8"
    )
    call_command("import_articles", str(root), verbosity=0)
    series = EventSeries.objects.get(import_key__startswith="conference:")
    assert (series.name, series.label_en) == ("Sahel Police Chiefs Conference", "SAHELPOL Conference")


def test_a_series_of_the_catalogue_written_a_little_differently_is_that_series(catalogue):
    text = (
        "La dix-neuvième Conférence arabe des chefs des services de lutte contre les stupéfiants a ouvert ses "
        "travaux mardi à Tunis."
    )
    (event,) = detect(catalogue, text, published="2031-02-11")
    assert (event.series_name, event.ordinal, event.candidate_key) == (
        "Arab Conference of Heads of Anti-Narcotics Agencies",
        19,
        "",
    )
    other = "La dix-neuvième Conférence arabe des chefs des services de protection civile s'est ouverte à Tunis."
    (event,) = detect(catalogue, other, published="2031-02-11")
    assert event.candidate_key  # another body: a candidate, not the anti-narcotics series


def test_arabic_meetings_named_by_who_meets(catalogue):
    text = "افتتح الوزير أعمال المؤتمر الثاني والعشرين لقادة الدفاع المدني العرب في نيامي."
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.series_name) == (22, "المؤتمر لقادة الدفاع المدني العرب")
    assert event.candidate_key


def test_a_headline_naming_the_same_session_without_its_body(catalogue):
    text = (
        "Le ministre conduit la délégation à la 16e conférence arabe à Tunis\n"
        "La 16e Conférence des responsables des établissements pénitentiaires s'est ouverte lundi à Tunis."
    )
    (event,) = detect(catalogue, text)
    assert event.ordinal == 16 and event.candidate_key.startswith("conference:")


def test_an_english_name_ends_before_the_verb():
    from events.detection.candidates import body_key

    (event,) = detect(
        SeriesCatalogue.from_json(),
        "The 9th meeting of the Sahel Committee of Chiefs of Security Services ended in Niamey on Friday.",
    )
    assert event.series_name == "meeting of the Sahel Committee of Chiefs of Security Services"
    assert event.candidate_key == "session:" + body_key("Sahel Committee of Chiefs of Security Services")


@pytest.mark.django_db
def test_a_body_holding_one_catalogue_series_is_that_series(tmp_path):
    from people.models import Organization

    afripol = Organization.objects.get(acronym="AFRIPOL")
    assert EventSeries.objects.filter(organization=afripol, import_key__isnull=True).count() == 1
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(
        " date 2031-10-14\nThe 9th General Assembly of the African Union Mechanism for Police Cooperation "
        "opened in Algiers.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    (event,) = Event.objects.filter(article_links__article__origin__endswith="a.txt")
    assert (event.series.name, event.ordinal, event.name) == (
        "AFRIPOL General Assembly",
        9,
        "9th AFRIPOL General Assembly",
    )
    assert not EventSeries.objects.filter(review=Review.CANDIDATE).exists()


@pytest.mark.django_db
def test_a_themed_meeting_of_a_body_is_not_its_one_catalogue_series(tmp_path):
    """UNODC holds one series of the catalogue (the UN Crime Congress): its "regional conference on
    human trafficking" is another meeting, one candidate series in French and English alike."""
    root = tmp_path / "news"
    root.mkdir()
    (root / "fr.txt").write_text(
        " date 2031-10-14\nLa 3e Conférence régionale de l'ONUDC sur la traite des personnes s'est ouverte à Dakar.\n",
        encoding="utf-8",
    )
    (root / "en.txt").write_text(
        " date 2031-10-14\nThe 3rd UNODC Regional Conference on Human Trafficking opened in Dakar.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    events = Event.objects.filter(article_links__article__origin__endswith=".txt").distinct()
    (event,) = events
    assert event.ordinal == 3 and event.series.review == Review.CANDIDATE
    assert "Congress" not in event.series.name


def test_a_meeting_named_by_its_edition_year(catalogue):
    text = "Vienne – La réunion annuelle des experts de police de l'ALPOL, édition 2031, s'est tenue mardi."
    (event,) = detect(catalogue, text)
    assert event.candidate_key.startswith("year:") and event.name.endswith("2031")
    assert detect(catalogue, "La réunion des experts, édition 2031, a eu lieu mardi.") == []  # no body named


def test_an_acronymed_body_named_with_of_before_the_noun(catalogue):
    (event, following) = detect(
        catalogue,
        "The 9th Sahel Chiefs of Police Conference (SAHELPOL) closed in Niamey, and the 10th conference will follow.",
    )
    assert (event.ordinal, event.series_name, event.city) == (9, "SAHELPOL Conference", "Niamey")
    assert event.candidate_key == following.candidate_key == "conference:" + body_key("SAHELPOL")


def test_the_same_session_named_again_with_other_words_is_the_catalogues(catalogue):
    text = (
        "Rabat accueille la 51e Conférence des chefs de police et de sécurité arabes.\n"
        "La 51e Conférence des directeurs de police et de sécurité arabes s'est ouverte mardi."
    )
    events = detect(catalogue, text, "2027-10-12")
    assert [(e.series_name, e.ordinal, e.candidate_key) for e in events] == [
        ("Conference of Arab Police and Security Leaders", 51, "")
    ]


def test_a_series_named_with_its_organisations_long_name(catalogue):
    text = "The 39th meeting of the Interior Ministers of the Gulf Cooperation Council (GCC) opened in Muscat."
    (event,) = detect(catalogue, text, "2031-11-02")
    assert (event.series_name, event.ordinal, event.candidate_key) == ("Meeting of GCC Interior Ministers", 39, "")


@pytest.mark.parametrize(
    "text",
    [
        "Le Forum de Rabat sur la sécurité 2031 s'est ouvert lundi.",
        "The Rabat Security Forum 2031 opened on Monday.",
        "افتتح اليوم منتدى الرباط للأمن 2031 بمشاركة واسعة.",
    ],
)
def test_a_citys_forum_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.candidate_key, event.candidate_name_en) == ("year:forum rabat", "Rabat Security Forum")


@pytest.mark.parametrize(
    "text",
    [
        "Le Forum international de Tanger sur la sécurité 2031 s'est ouvert lundi.",
        "The Tangier International Security Forum 2031 opened on Monday.",
        "افتتح اليوم منتدى طنجة الدولي للأمن 2031 بمشاركة واسعة.",
        # the Arabic noun after a conjunction or a preposition: "ومنتدى", "لمنتدى"
        "حضر الوزير الندوة ومنتدى طنجة الدولي للأمن 2031 بمشاركة واسعة.",
        "وصل الوزير للمشاركة في الجلسة الافتتاحية لمنتدى طنجة الدولي للأمن 2031 بمشاركة واسعة.",
    ],
)
def test_an_international_citys_forum_keeps_the_word_in_its_english_name(catalogue, text):
    (event,) = [e for e in detect(catalogue, text) if e.candidate_key]
    assert (event.candidate_key, event.candidate_name_en) == (
        "year:forum tangier",
        "Tangier International Security Forum",
    )
    if text[0] > "z":
        assert event.candidate_body == "منتدى طنجة الدولي للأمن"  # no conjunction or preposition kept


def test_two_arabic_meetings_joined_by_and_are_two_events(catalogue):
    text = "شارك الوفد في المؤتمر السابع لرؤساء أجهزة الأمن ومنتدى طنجة الدولي للأمن 2031 بمشاركة واسعة."
    conference, forum = detect(catalogue, text)
    assert (conference.ordinal, conference.candidate_body) == (7, "رؤساء أجهزة الأمن")
    assert (forum.candidate_key, forum.candidate_body) == ("year:forum tangier", "منتدى طنجة الدولي للأمن")


def test_a_forum_of_another_body_in_the_city_is_not_the_citys(catalogue):
    events = detect(catalogue, "Le Forum Jeunesse de Rabat sur la sécurité 2031 s'est ouvert lundi.")
    assert [e.candidate_key for e in events] == ["year:" + body_key("Forum Jeunesse de Rabat sur la sécurité")]


@pytest.mark.parametrize(
    "text",
    [
        "Le 12e Congrès des directeurs des services de renseignement de police s'est ouvert à Rabat.",
        "The 12th Conference of Police Intelligence Services Directors opened in Rabat.",
        "افتتح في الرباط المؤتمر الثاني عشر لمديري أجهزة استخبارات الشرطة.",
    ],
)
def test_a_body_named_by_what_it_does_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_key) == (12, "conference:concepts head intelligence police")


def test_a_body_with_a_word_of_its_own_keeps_its_names_key(catalogue):
    (event,) = detect(catalogue, "Le 12e Congrès des directeurs des services de Zembla s'est ouvert à Rabat.")
    assert "concepts" not in event.candidate_key


def test_a_citys_forum_named_without_its_year_takes_the_publications(catalogue):
    text = "Le Forum de Rabat sur la sécurité, organisé le mois dernier, a réuni les polices de la région."
    (event,) = detect(catalogue, text, "2031-03")
    assert (event.candidate_key, event.name) == ("year:forum rabat", "Forum de Rabat sur la sécurité 2031")
    assert detect(catalogue, "Le Forum de la jeunesse a réuni les polices de la région.", "2031-03") == []


# Meetings named by their region, who meets and their theme (issue 9, events): one series in every
# language, the sessions the article numbers elsewhere its sessions, never a co-organiser's series.
@pytest.mark.parametrize(
    "text",
    [
        "Les polices ont clos à Palerme le 6e Forum euro-méditerranéen de police sur le trafic de migrants, "
        "coorganisé par Europol.",
        "Police chiefs met in Palermo for the 6th Euro-Mediterranean Police Forum on Migrant Smuggling, "
        "hosted by Europol.",
        "اختتمت في باليرمو أعمال المنتدى الأورومتوسطي السادس للشرطة حول تهريب المهاجرين الذي نظمته يوروبول.",
    ],
)
def test_a_meeting_named_by_region_and_theme_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert event.ordinal == 6
    assert event.candidate_key == "meeting:concepts europe mediterranean migrants police smuggling"


def test_the_editions_of_a_themed_forum_are_its_sessions(catalogue):
    text = (
        "Police chiefs met in Palermo for the 6th Euro-Mediterranean Police Forum on Migrant Smuggling. "
        "They agreed to hold the 7th edition of the forum in 2032."
    )
    events = detect(catalogue, text)
    assert {(e.ordinal, e.candidate_key) for e in events} == {
        (6, "meeting:concepts europe mediterranean migrants police smuggling"),
        (7, "meeting:concepts europe mediterranean migrants police smuggling"),
    }
    arabic = detect(
        catalogue,
        "افتتح المنتدى الأورومتوسطي السادس للشرطة حول تهريب المهاجرين. وكانت الدورة الخامسة للمنتدى قد أوصت بذلك.",
    )
    assert {e.ordinal for e in arabic} == {5, 6} and len({e.candidate_key for e in arabic}) == 1


def test_a_conference_named_by_its_theme_is_a_candidate(catalogue):
    text = (
        "Les chefs de police sont réunis à Bamako pour la troisième Conférence régionale sur la sûreté des "
        "aéroports au Sahel. La deuxième conférence, organisée à Niamey, avait adopté un plan."
    )
    events = detect(catalogue, text)
    assert {(e.ordinal, e.city) for e in events} == {(3, "Bamako"), (2, "Niamey")}
    assert len({e.candidate_key for e in events}) == 1


def test_bodies_concerned_with_a_task_are_the_bodies_of_that_task(catalogue):
    one = detect(catalogue, "افتتح المؤتمر العربي التاسع لرؤساء الأجهزة المعنية بمكافحة الإرهاب.")
    two = detect(catalogue, "افتتح المؤتمر العربي التاسع لرؤساء أجهزة مكافحة الإرهاب.")
    assert one[0].candidate_key == two[0].candidate_key == "conference:concepts counter head terrorism"


def test_a_session_held_by_the_body_its_sentence_opens_with(catalogue):
    text = (
        "L'Union des polices lacustres (UPOLAC) a tenu mardi à Bamako sa 14e assemblée générale. "
        "La 15e assemblée est prévue à Niamey."
    )
    events = detect(catalogue, text)
    assert {(e.ordinal, e.city) for e in events} == {(14, "Bamako"), (15, "Niamey")}
    assert {e.candidate_key for e in events} == {"session:" + body_key("UPOLAC")}


def test_a_projects_own_meeting_is_no_session_of_a_series(catalogue):
    text = (
        "The project's first regional meeting will take place during the 40th Arab Conference of Heads of "
        "Anti-Narcotics Agencies in Amman."
    )
    assert {e.ordinal for e in detect(catalogue, text, "2031-03-01")} == {40}


def test_a_conference_of_heads_of_agencies_gets_its_english_name_in_any_language(catalogue):
    arabic = detect(catalogue, "افتتح المؤتمر العربي التاسع لرؤساء الأجهزة المعنية بمكافحة الإرهاب في الجزائر.")
    french = detect(catalogue, "La 9e Conférence arabe des chefs des organes de lutte contre le terrorisme a eu lieu.")
    assert french[0].candidate_key  # not the catalogue's anti-narcotics conference, one word apart
    assert arabic[0].candidate_name_en == french[0].candidate_name_en
    assert arabic[0].candidate_name_en == "Arab Conference of Heads of Counter-Terrorism Agencies"


def test_no_english_name_for_concepts_it_cannot_say():
    from events.detection.candidates import concept_english_name

    assert concept_english_name("concepts agency head migrants", "conference") == ""
    assert concept_english_name("concepts europe mediterranean police", "meeting") == ""
    assert concept_english_name("concepts agency head police", "conference") == "Conference of Heads of Police Agencies"


def test_an_edition_a_body_organises_is_no_session_of_it(catalogue):
    text = "La police judiciaire (DPJZ) a organisé mardi à Rabat sa 3e édition des portes ouvertes."
    assert detect(catalogue, text) == []


@pytest.mark.parametrize(
    "honorific",
    ["لأصحاب السمو والمعالي وزراء الداخلية", "لأصحاب المعالي وزراء الداخلية", "لصاحب السمو وزراء الداخلية"],
)
def test_the_honorifics_before_the_ministers_are_no_part_of_the_series_name(catalogue, honorific):
    # Gulf press writes the ministers' forms of address into the meeting's name: still the catalogue's series.
    text = f"اختتمت في مسقط أعمال الاجتماع الخامس والأربعين {honorific} بدول مجلس التعاون لدول الخليج العربية."
    (event,) = detect(catalogue, text)
    assert event.series_name == "Meeting of GCC Interior Ministers"
    assert event.ordinal == 45
    assert not event.candidate_key


def test_an_edition_of_a_named_forum_is_that_forums_session(catalogue):
    # the edition's noun is no part of the series' name: the forum is
    text = "Les débats de la 4e édition du Forum de Tombouctou sur la résilience ont pris fin mardi 13 mai 2031."
    (event,) = detect(catalogue, text)
    assert event.ordinal == 4
    assert event.series_name == "Forum de Tombouctou sur la résilience"
    assert event.candidate_key.startswith("meeting:")


def test_an_edition_of_a_citys_forum_and_its_year_named_name_are_one_event(catalogue):
    text = (
        "Le Forum de Nouakchott sur la sécurité 2031 a ouvert ses portes. Les participants de la 6e édition "
        "du Forum de Nouakchott sur la sécurité, le mardi 13 mai 2031, ont débattu du Sahel. La 5e édition "
        "du Forum de Nouakchott sur la sécurité s'était tenue en mai 2030."
    )
    events = detect(catalogue, text)
    assert sorted((e.ordinal, e.candidate_key) for e in events) == [
        (5, "year:forum nouakchott"),
        (6, "year:forum nouakchott"),
    ]


def test_an_edition_of_a_forum_capitalized_on_its_noun_only_is_numbered(catalogue):
    """French capitalizes a meeting's noun and not the words after it ("du Forum sahélien de la
    sûreté portuaire"): the capitalized noun opens the name."""
    text = "Niamey – La quatrième édition du Forum sahélien de la sûreté portuaire s'est ouverte mardi à Niamey."
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.series_name, event.city) == (4, "Forum sahélien de la sûreté portuaire", "Niamey")
    assert detect(catalogue, "La quatrième édition du forum a été reportée.") == []


def test_an_undated_edition_and_the_year_named_meeting_of_one_report_are_one_event(catalogue):
    """ "La 4e édition du Forum X" and "le Forum X 2031" in one article: the same meeting, whichever
    of the two carries the date."""
    text = (
        "La quatrième édition du Forum sahélien de la sûreté portuaire s'est ouverte à Niamey. "
        "Le Forum sahélien de la sûreté portuaire 2031 réunit des experts de douze pays."
    )
    (event,) = detect(catalogue, text)
    assert event.ordinal == 4 and event.candidate_key.startswith("meeting:")


def test_an_arabic_session_of_a_forum_is_named_by_the_forum(catalogue):
    """ "الدورة الرابعة للمنتدى …" is the forum's fourth meeting: its series is the forum, not
    "الدورة للمنتدى …", and the same forum named by its year in the report is the same event."""
    text = (
        "نيامي تحتضن الدورة الرابعة للمنتدى الساحلي للأمن المينائي. "
        "وانطلقت اليوم أشغال المنتدى الساحلي للأمن المينائي 2031 بمشاركة خبراء من اثنتي عشرة دولة."
    )
    (event,) = detect(catalogue, text)
    assert event.ordinal == 4 and event.series_name == "المنتدى الساحلي للأمن المينائي"


def test_a_bare_edition_in_a_report_on_a_year_named_forum_is_that_forums(catalogue):
    """ "The fifth edition will be held in 2032", in a report on "the Sahel Port Security Forum 2031":
    the forum's fifth edition, dated by its sentence."""
    text = (
        "Niamey - The Sahel Port Security Forum 2031 closed on Thursday in Niamey. "
        "Its chair announced that the fifth edition would be held in 2032."
    )
    events = sorted(detect(catalogue, text), key=lambda e: str(e.ordinal))
    assert [(e.ordinal, e.name) for e in events] == [
        (5, "5th Sahel Port Security Forum"),
        (None, "Sahel Port Security Forum 2031"),
    ]
    assert events[0].start_date == PartialDate.parse("2032")
    assert len(detect(catalogue, "The fifth edition would be held in 2032.")) == 0


def test_a_conference_of_heads_of_agencies_written_in_lower_case_is_numbered(catalogue):
    """French papers write a descriptive name in lower case ("la 12e conférence des chefs des services
    de lutte contre la contrebande"): words that say who meets and on what name the body; other lower-case
    words do not ("la 12e conférence des pays voisins")."""
    text = "Rabat - La 12e conférence des chefs des services de lutte contre le terrorisme s'est ouverte mardi."
    (event,) = detect(catalogue, text)
    assert event.ordinal == 12 and event.candidate_key == "conference:concepts counter head terrorism"
    assert detect(catalogue, "Rabat - La 12e conférence des pays voisins s'est ouverte mardi.") == []


def test_a_forum_named_by_what_it_is_about_has_one_key_in_three_languages(catalogue):
    """ "Forum africain de la sécurité intérieure", "African Internal Security Forum 2031" and
    "المنتدى الإفريقي للأمن الداخلي": the same words in three languages, one candidate series."""
    french = detect(
        catalogue, "Niamey - La 4e édition du Forum africain de la sécurité intérieure s'est ouverte mardi."
    )
    english = detect(catalogue, "Niamey - The African Internal Security Forum 2031 opened on Tuesday.")
    arabic = detect(catalogue, "انطلقت بنيامي أشغال الدورة الرابعة للمنتدى الإفريقي للأمن الداخلي.")
    keys = {e.candidate_key for e in (*french, *english, *arabic)}
    assert keys == {"meeting:concepts africa internal security"}
    assert [e.ordinal for e in (*french, *english, *arabic)] == [4, None, 4]


@pytest.mark.django_db
@pytest.mark.parametrize("order", ["one import", "numbered first", "year-named first"])
def test_a_forum_named_by_its_year_in_one_report_is_its_numbered_edition_of_another(tmp_path, order):
    """ "La 4e édition du Forum africain de la sécurité intérieure", dated 12 mai 2031, and "the African
    Internal Security Forum 2031" in an English report: one session, the fourth, whether the two reports
    come in one import or one after the other, in either order."""
    french = (
        " date 2031-05-12\nLa 4e édition du Forum africain de la sécurité intérieure s'est ouverte le 12 mai 2031.\n"
    )
    english = " date 2031-05-13\nThe African Internal Security Forum 2031 closed in Niamey on Tuesday, 13 May 2031.\n"
    texts = [french, english] if order != "year-named first" else [english, french]
    folders = [tmp_path / "a", tmp_path / ("a" if order == "one import" else "b")]
    for folder, text in zip(folders, texts, strict=True):
        folder.mkdir(exist_ok=True)
        (folder / f"{len(text)}.txt").write_text(text, encoding="utf-8")
    for folder in dict.fromkeys(folders):
        call_command("import_articles", str(folder), verbosity=0)
    (event,) = Event.objects.filter(series__review=Review.CANDIDATE)
    assert event.ordinal == 4 and ArticleEvent.objects.filter(event=event).count() == 2
    assert event.name.startswith("4th ")


def test_a_conference_of_officials_in_charge_of_a_field_has_one_key_in_two_languages(catalogue):
    """ "the 9th Conference of Arab Officials in Charge of Counter-Terrorism" and "المؤتمر التاسع
    للمسؤولين عن مكافحة الإرهاب في الدول العربية": those responsible for a field, named whole, one key."""
    english = detect(catalogue, "The 9th Conference of Arab Officials in Charge of Counter-Terrorism opened in Rabat.")
    arabic = detect(catalogue, "افتتح بالرباط المؤتمر التاسع للمسؤولين عن مكافحة الإرهاب في الدول العربية.")
    assert english[0].series_name == "Conference of Arab Officials in Charge of Counter-Terrorism"
    assert {e.candidate_key for e in (*english, *arabic)} == {"conference:concepts counter head terrorism"}


def test_an_edition_of_a_year_named_forum_is_not_guessed_as_a_catalogue_series(catalogue):
    """ "La deuxième édition du « Forum X 2031 »": the edition names no body the reference can read
    (the name is quoted); in an article on a meeting named by its year it is that meeting's, not a
    session of a catalogue series guessed from the article's other words (Interpol, Arab police)."""
    text = (
        "Tanger, 8 déc. 2031 – La deuxième édition du « Tangier International Security Forum 2031 » a ouvert "
        "ses portes lundi, réunissant des chefs de police arabes et des représentants d'Interpol. "
        "Le forum, dont la première édition s'était tenue en 2030, s'achèvera mardi."
    )
    events = detect(catalogue, text, "2031-12-08")
    assert [(e.candidate_key, e.ordinal) for e in events] == [("year:forum tangier", None)]


@pytest.mark.django_db
@pytest.mark.parametrize("order", ["numbered first", "unnumbered first"])
def test_a_session_one_article_numbers_is_the_one_another_names_by_venue_and_weekday(tmp_path, order):
    # no edition of the catalogue is known for 2031: the numbered session of one article and the
    # "annual session held on Wednesday in Tunis" of another are one event, in one run or two
    numbered = (
        " date 2031-03-05\nLa 48e session du Conseil des ministres arabes de l'Intérieur s'est ouverte lundi à Tunis.\n"
    )
    unnumbered = (
        " date 2031-03-06\nLa session annuelle du Conseil des ministres arabes de l'Intérieur, tenue mercredi "
        "à Tunis, a adopté une stratégie.\n"
    )
    root = tmp_path / "news"
    root.mkdir()
    first, second = (numbered, unnumbered) if order == "numbered first" else (unnumbered, numbered)
    (root / "a.txt").write_text(first, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    (root / "b.txt").write_text(second, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    (event,) = Event.objects.filter(article_links__isnull=False).distinct()
    assert (event.ordinal, event.city) == (48, "Tunis")
    assert event.name == "48th Session of the Council of Arab Interior Ministers"
    assert ArticleEvent.objects.filter(event=event).count() == 2


def test_a_citys_forum_is_one_series_with_or_without_its_security_theme_in_every_script(catalogue):
    # "الداخلة" is also a common word: right after a forum's noun it is the city; "Security" is the
    # archive's theme, so the forum named without it is the same one
    spellings = [
        "Les Mauritaniens participeront au Forum de Dakhla 2031, prévu en mai.",
        'احتضنت المدينة أشغال الدورة الثالثة لـ"منتدى الداخلة للأمن 2031" بمشاركة خبراء.',
        "The Dakhla Security Forum 2031 ended on Wednesday.",
    ]
    found = [detect(catalogue, text, published="2031-05-13") for text in spellings]
    assert {events[0].candidate_key for events in found} == {"year:forum dakhla"}
    assert [events[0].candidate_name_en for events in found] == ["", "Dakhla Security Forum", "Dakhla Security Forum"]
    # another theme is another forum
    (peace,) = detect(catalogue, "Le Forum de Dakhla sur la paix 2031 s'ouvre lundi.", published="2031-05-13")
    assert peace.candidate_key == "year:forum dakhla peace"


@pytest.mark.parametrize(
    "text",
    [
        "La 9e réunion des directeurs de la police judiciaire s'est tenue à Hammamet.",
        "La rencontre maghrébine des directeurs de la police judiciaire, la neuvième du genre, s'est tenue à Hammamet.",
        "The 9th meeting of directors of judicial police opened in Hammamet.",
        "اختتمت بالحمامات أشغال الاجتماع المغاربي التاسع لمديري الشرطة العدلية.",
    ],
)
def test_a_meeting_named_by_the_officials_it_gathers_is_one_series_in_every_language(catalogue, text):
    # who meets ("directeurs", "directors", "مديري") and in which service ("police judiciaire", "judicial
    # police", "الشرطة العدلية"), in lower case; a region's adjective ("maghrébine", "المغاربي") aside
    (event,) = detect(catalogue, text, published="2031-10-15")
    assert (event.ordinal, event.candidate_key, event.city) == (9, "session:concepts head judicial police", "Hammamet")


def test_a_gulf_conference_on_a_theme_keys_as_its_arabic_name(catalogue):
    english = detect(catalogue, "The 12th Gulf Conference on Community Policing opened in Muscat.")
    arabic = detect(catalogue, "انطلق في مسقط المؤتمر الخليجي 12 للشرطة المجتمعية.")
    assert english[0].candidate_key == arabic[0].candidate_key == "conference:concepts community police"


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        # a region and a field ("منتدى الأمن الأطلسي" = "Atlantic Security Forum")
        (
            [
                'اختتمت بمدينة أكادير أشغال "منتدى الأمن الأطلسي 2031"، الذي انعقد يومي 25 و26 ماي.',
                "The Atlantic Security Forum 2031, held in Agadir on May 25-26, closed.",
                "Le Forum atlantique de la sécurité 2031 s'est tenu à Agadir.",
            ],
            "meeting:concepts atlantic security",
        ),
        # police cooperation ("coopération policière", "التعاون الشرطي")
        (
            [
                "Le Forum africain de la coopération policière 2031 a réuni à Abidjan les directeurs de police.",
                "The Africa Police Cooperation Forum 2031 in Abidjan opened.",
                "انطلق المنتدى الإفريقي للتعاون الشرطي 2031 في أبيدجان.",
            ],
            "meeting:concepts africa cooperation police",
        ),
    ],
)
def test_a_forum_named_by_what_it_deals_with_keys_alike_in_every_language(catalogue, spellings, key):
    assert {detect(catalogue, text)[0].candidate_key for text in spellings} == {key}


@pytest.mark.django_db
def test_two_new_series_of_one_batch_that_prefer_one_name_are_both_stored():
    """Two keys may prefer one spelling (series names are unique): the second is told apart by its
    key, and the article is stored, never refused by the database."""
    from archive.extraction.results import Evidence, Extraction, FoundEvent
    from archive.extraction.run import build_linker
    from tests.factories import make_article

    article = make_article(language="en")
    evidence = Evidence("the joint committee", 0, 19, "The joint committee met.", "rule", 0.6)
    found = [
        FoundEvent("Atlantis-Borduria Joint Committee", 2, "2nd Session", None, None, None, None, "subject", evidence,
                   candidate_key=f"{kind}:joint AA-BB", candidate_body="joint committee",
                   candidate_name_en="Atlantis-Borduria Joint Committee")
        for kind in ("session", "conference")
    ]  # fmt: skip
    build_linker().link([article], {article.pk: Extraction(events=found)})
    names = sorted(EventSeries.objects.filter(name__startswith="Atlantis-Borduria").values_list("name", flat=True))
    assert len(names) == 2 and names[0] == "Atlantis-Borduria Joint Committee"


def test_a_meeting_named_by_capitals_and_held_at_a_venue_and_time_is_that_years_edition(catalogue):
    """No number, no year in its name: "opened the Atlantic Coast Guard Summit in Dakar on Monday"."""
    text = "The minister on Monday opened the Atlantic Coast Guard Summit in Dakar, with delegates from 20 states."
    (event,) = detect(catalogue, text, published="2031-04-22")
    assert (event.ordinal, event.city, event.start_date) == (None, "Dakar", PartialDate(2031, 4))
    assert event.name == "Atlantic Coast Guard Summit 2031"
    # without a venue and a time, a named meeting is only mentioned
    assert detect(catalogue, "The Atlantic Coast Guard Summit will discuss the plan.", published="2031-04-22") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le général a ouvert mardi à Lisbonne les travaux du sommet annuel 2031 de l'Association des polices "
        "côtières (APOC), qui réunit vingt pays. La présidence organisera le sommet de 2032 à Malte.",
        "Malta took over the presidency of the Association of Coastal Police Forces (APOC) at the close of the "
        "association's 2031 summit in Lisbon on Tuesday, and the 2032 summit will be held in Valletta.",
    ],
)
def test_a_bodys_meeting_named_by_its_year_is_keyed_by_its_acronym(catalogue, text):
    events = detect(catalogue, text, published="2031-10-21")
    assert {e.name.rsplit(" ", 1)[-1] for e in events} == {"2031", "2032"}  # and the one the text announces
    assert {e.candidate_key for e in events} == {f"year:{body_key('APOC')}"}  # the same in both languages


# A group of an organisation's that meets: who they are and the organisation, in every language; the
# organisation's own series (its interior ministers') is another meeting.
@pytest.mark.parametrize(
    "text",
    [
        "La 9e réunion des commandants des gardes-côtes des pays du Conseil de coopération du Golfe s'est "
        "ouverte lundi à Mascate.",
        "The 9th meeting of the GCC coast guard commanders opened in Muscat on Monday.",
        "انطلقت في مسقط أعمال الاجتماع التاسع لقادة خفر السواحل بدول مجلس التعاون لدول الخليج العربية.",
    ],
)
def test_a_group_of_an_organisation_meeting_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city) == (9, "Muscat")
    assert event.candidate_key == "session:concepts coast guard head of Gulf Cooperation Council"


def test_the_organisations_own_ministers_meeting_stays_its_series(catalogue):
    (event,) = detect(catalogue, "The 41st meeting of the GCC interior ministers opened in Muscat on Monday.")
    assert (event.series_name, event.candidate_key) == ("Meeting of GCC Interior Ministers", "")


def test_a_wires_acronym_in_the_dateline_is_no_body_of_a_possessive_session(catalogue):
    text = "Nouakchott, 18/05/2031 (AMI) – Les ministres de l'Intérieur ont clôturé leur 21e conférence mardi."
    assert [e for e in detect(catalogue, text) if "AMI" in e.candidate_body] == []
    named = "Nouakchott, 18/05/2031 (AMI) – L'Union des polices du Sahel (UPS) a clôturé sa 21e conférence mardi."
    assert [(e.ordinal, e.candidate_body) for e in detect(catalogue, named)] == [(21, "UPS")]


@pytest.mark.parametrize(
    ("later", "language", "ordinals"),
    [
        ("ومن المرتقب أن تحتضن تونس الدورة الثامنة للمؤتمر سنة 2032.", "ar", {7, 8}),
        ("Its ministers last met for the 6th conference in Tunis last year.", "en", {6, 7}),
    ],
)
def test_a_conference_and_a_session_of_the_same_meeting_are_one_series(catalogue, later, language, ordinals):
    """A conference's sittings are its sessions: the article's session series numbers its conferences."""
    first = (
        "اختتمت أشغال الدورة السابعة لمؤتمر وزراء داخلية بلدان الحوار 5+5 بالرباط. "
        if language == "ar"
        else "The 7th session of the conference of interior ministers of the 5+5 Dialogue closed in Rabat. "
    )
    events = {e.ordinal: e for e in detect(catalogue, first + later)}
    assert set(events) == ordinals
    assert len({e.candidate_key for e in events.values()}) == 1


# A conference named by its theme, the theme opened by an article or a city, in three languages: one
# series keyed by what its words mean, the city's name the same in every script.
@pytest.mark.parametrize(
    "text",
    [
        "La 5e Conférence ministérielle sur le Code de conduite de Lomé s'est ouverte mardi à Accra.",
        "Ministers met in Accra for the 5th Ministerial Conference on the Lomé Code of Conduct on Tuesday.",
        "انطلقت في أكرا أشغال المؤتمر الوزاري الخامس حول مدونة سلوك لومي.",
    ],
)
def test_a_conference_on_a_citys_code_of_conduct_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city) == (5, "Accra")
    assert event.candidate_key == "conference:concepts at-lome code conduct"


def test_a_theme_opened_by_an_article_names_the_conference_fr(catalogue):
    (event,) = detect(catalogue, "La 3e Conférence régionale sur le trafic de migrants s'est ouverte à Dakar.")
    assert event.candidate_key == "conference:concepts migrants smuggling"
    # an Arabic theme names it only by what its words mean
    assert detect(catalogue, "انطلقت أشغال المؤتمر الثالث حول قضايا التنمية.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le 9e Forum des garde-côtes de la Méditerranée s'est ouvert mardi à Naples.",
        "The 9th plenary session of the Mediterranean Coast Guard Forum opened in Naples on Tuesday.",
        "انطلقت في نابولي أشغال الدورة التاسعة لمنتدى خفر السواحل للبحر الأبيض المتوسط.",
    ],
)
def test_a_forum_numbered_or_in_session_is_the_forums_meeting_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_key) == (9, "meeting:concepts coast guard mediterranean")


@pytest.mark.parametrize(
    "text",
    [
        "DAKAR, 3 May 2031 (APS) -- The second high-level meeting of the signatory states of the Lomé Code of "
        "Conduct and its Dakar Amendment opened here today.",
        "Dakar – La 2e réunion de haut niveau des États signataires du Code de conduite de Lomé s'est ouverte "
        "mardi à Dakar.",
        "انطلقت في داكار أشغال الاجتماع الرفيع المستوى الثاني للدول الموقعة على مدونة سلوك لومي وتعديل داكار.",
    ],
)
def test_a_high_level_meeting_of_a_codes_signatories_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text, "2031-05-03")
    assert (event.ordinal, event.city) == (2, "Dakar")  # the city of the code's name is no venue
    assert event.candidate_key == "session:concepts at-lome code conduct"


# A city naming a process, an initiative or a text is no venue: the Rabat Process's conference was
# held in Cadiz, the Accra Initiative's ministers met in Lomé.
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "La sixième Conférence ministérielle euro-africaine sur la migration (Processus de Rabat) s'est "
            "ouverte mardi dans la ville andalouse de Cadix.",
            "Cadiz",
        ),
        ("The 6th ministerial conference of the Rabat Process opened on Tuesday in the city of Cadiz.", "Cadiz"),
        ("La 3e réunion ministérielle de l'Initiative d'Accra s'est tenue à Lomé.", "Lome"),
        ("انطلقت بمدينة قادس أشغال المؤتمر الوزاري السادس لمسلسل الرباط.", "Cadiz"),
    ],
)
def test_a_city_naming_a_process_or_an_initiative_is_no_venue(catalogue, text, city):
    (event,) = detect(catalogue, text)
    assert event.city == city
    (event,) = detect(catalogue, text.replace("Cadix", "").replace("Cadiz", "").replace("قادس", "").replace("Lomé", ""))
    assert event.city is None


@pytest.mark.parametrize(
    "text",
    [
        "La 6e conférence ministérielle du Processus de Rabat s'est tenue à Cadix.",
        "The 6th Ministerial Conference of the Rabat Process was held in Cadiz.",
        "انعقد بقادس المؤتمر الوزاري السادس لمسلسل الرباط.",
    ],
)
def test_a_process_named_after_its_city_is_one_series_in_every_language(catalogue, text):
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city, event.candidate_key) == (6, "Cadiz", "conference:concepts at-rabat process")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Le forum a entendu Interpol et l'Union européenne. Ses recommandations seront transmises au Conseil "
            "de coordination et de sécurité, qui doit tenir sa 53e session ministérielle en décembre à Abuja.",
            "Conseil de coordination et de sécurité",
        ),
        (
            "They go to the Sahel Coordination and Security Council, which will hold its 53rd session in Abuja.",
            "Sahel Coordination and Security Council",
        ),
        (
            "Il a salué le rôle du Royaume au sein du Groupe de Sécurité, dont le Maroc a accueilli la 53e "
            "conférence à Abuja.",
            "Groupe de Sécurité",
        ),
        ("He praised the Security Group, whose 53rd conference Morocco hosted in Abuja.", "Security Group"),
    ],
)
def test_a_session_a_relative_clause_gives_its_subject_is_that_bodys(catalogue, text, body):
    # (the article's other bodies, INTERPOL's or the Union's, are no guess for it)
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city, event.candidate_body) == (53, "Abuja", body)


def test_a_general_assembly_in_an_article_on_a_committees_session_is_the_organisations(catalogue):
    # the article's candidate series is a steering committee's: its assembly is the catalogue's
    text = (
        "انطلقت بمقر أفريبول أشغال الدورة العادية العاشرة للجنة التوجيهية للآلية. وتأتي الدورة لتجسيد توصيات "
        "الجمعية العامة الثامنة المنعقدة بالجزائر العاصمة، والتحضير للدورة التاسعة للجمعية العامة."
    )
    events = {e.ordinal: e for e in detect(catalogue, text)}
    assert events[10].candidate_key is not None
    assert events[8].series_name == events[9].series_name == "AFRIPOL General Assembly"
    # the committee's name ends before where it sits
    (event,) = detect(catalogue, "انطلاق أشغال الدورة العاشرة للجنة التوجيهية بمقر الآلية في الجزائر العاصمة")
    assert event.series_name == "الدورة للجنة التوجيهية"


def test_the_city_of_another_meeting_the_sentence_brings_in_is_no_venue(catalogue):
    text = (
        "La 7e conférence ministérielle du Groupe de Sécurité est prévue en 2032. Le lieu de la 7e conférence "
        "ministérielle sera arrêté lors d'une réunion des hauts fonctionnaires à Madrid."
    )
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city) == (7, None)
    (event,) = detect(catalogue, "La 7e conférence ministérielle du Groupe de Sécurité se tiendra à Madrid.")
    assert event.city == "Madrid"


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (
            "La sixième Conférence ministérielle euro-africaine sur la migration s'est ouverte mardi à Cadix.",
            "Euro-African Ministerial Conference on Migration",
        ),
        (
            "Le 4e Forum euro-méditerranéen de police sur le trafic de migrants s'est ouvert à Rome.",
            "Euro-Mediterranean Police Forum on Migrant Smuggling",
        ),
        (
            "La 2e Conférence régionale sur la sécurité des frontières s'est ouverte à Dakar.",
            "Regional Conference on Border Security",
        ),
        # a concept these names do not say (a code of conduct): no English name rather than a wrong one
        ("La 5e Conférence ministérielle sur le Code de conduite de Lomé s'est ouverte à Accra.", ""),
    ],
)
def test_a_meeting_named_by_its_region_and_theme_has_its_english_name(catalogue, text, english):
    (event,) = detect(catalogue, text)
    assert event.candidate_name_en == english


@pytest.mark.parametrize(
    "text",
    [
        "اختتمت بمدينة قادس أشغال المؤتمر الوزاري الأورو-إفريقي السادس حول الهجرة والتنمية.",
        "La sixième Conférence ministérielle euro-africaine sur la migration et le développement s'est tenue à Cadix.",
        "The sixth Euro-African Ministerial Conference on Migration and Development opened in Cadiz.",
    ],
)
def test_a_conference_named_by_region_and_theme_is_one_series_in_three_languages(catalogue, text):
    # an Arabic compound adjective ("الأورو-إفريقي") before the ordinal, its theme after "حول"
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.city, event.candidate_key) == (
        6,
        "Cadiz",
        "conference:concepts africa europe migrants",
    )


def test_a_bare_session_nearer_a_catalogue_series_ordinal_is_not_the_candidate_series(catalogue):
    text = (
        "Manama – The interior minister chaired the 42nd meeting of the Interior Ministers of the Cooperation "
        "Council for the Arab States of the Gulf (GCC). He said the recommendations adopted at the 41st meeting "
        "in Doha had borne fruit. He reviewed the outcome of the 37th meeting of GCC coast guard commanders."
    )
    events = {e.ordinal: e for e in detect(catalogue, text)}
    assert events[41].series_name == events[42].series_name == "Meeting of GCC Interior Ministers"
    assert events[37].candidate_key is not None


@pytest.mark.parametrize(
    ("text", "language", "ordinal", "city"),
    [
        (
            "Bamako – Les directeurs des douanes des pays du bassin du fleuve Niger ont ouvert mardi à "
            "Bamako leur septième réunion, consacrée à la contrebande.",
            "fr",
            7,
            "Bamako",
        ),
        (
            "The coast guard commanders of the Gulf of Guinea states opened their fourth meeting in Lomé on Monday.",
            "en",
            4,
            "Lome",
        ),
    ],
)
def test_officials_opening_a_sentence_hold_their_numbered_meeting(catalogue, text, language, ordinal, city):
    found = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.city) for e in found] == [(ordinal, city)]
    assert found[0].candidate_key is not None


def test_a_meeting_of_another_regions_ministers_is_no_catalogue_series_alike(catalogue):
    """One word apart from the Gulf ministers' meeting, but that word is another region."""
    found = detect(catalogue, "Bamako a accueilli la onzième réunion des ministres de l'Intérieur des pays du Sahel.")
    assert [e.series_name for e in found] == ["réunion des ministres de l'Intérieur des pays du Sahel"]
    assert found[0].candidate_key is not None
    gulf = detect(catalogue, "Mascate a accueilli la onzième réunion des ministres de l'Intérieur des pays du CCG.")
    assert [e.series_name for e in gulf] == ["Meeting of GCC Interior Ministers"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rabat a accueilli la 31e Conférence arabe des chefs des services d'investigation criminelle.", "fr"),
        ("انطلقت بالرباط أشغال المؤتمر العربي الحادي والثلاثين لرؤساء أجهزة البحث الجنائي.", "ar"),
        ("The 31st Arab Conference of Heads of Criminal Investigation Agencies opened in Rabat.", "en"),
    ],
)
def test_heads_of_criminal_investigation_agencies_are_one_series_in_three_languages(catalogue, text, language):
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.ordinal == 31
    assert event.candidate_key == "conference:concepts criminal head investigation"
    assert event.candidate_name_en == "Arab Conference of Heads of Criminal Investigation Agencies"


def test_a_city_process_named_with_its_remit_is_the_process_named_without():
    from events.detection.candidates import _first_item, concept_key

    long = "Processus de Bamako sur le renforcement de la coopération sécuritaire dans la région"
    assert concept_key(_first_item(long)) == concept_key("Bamako Process") != ""


def test_a_bare_process_is_the_citys_process_named_before(catalogue):
    text = (
        "Les chefs des services se réunissent dans le cadre du Processus de Bamako. Ils évoquent la 6e "
        "réunion ministérielle du Processus, tenue à Niamey en 2029, et la 7e réunion ministérielle du "
        "Processus de Bamako, tenue à Dakar en 2030."
    )
    found = detect(catalogue, text)
    assert {e.ordinal for e in found} == {6, 7}
    assert {e.candidate_key for e in found} == {"session:concepts at-bamako process"}


def test_a_body_opening_the_sentence_holds_its_numbered_meeting(catalogue):
    text = (
        "Le Comité permanent sénégalo-gambien sur la pêche illégale a tenu, mardi 4 mars à Banjul, sa septième réunion."
    )
    (event,) = detect(catalogue, text, published="2031-03-05")
    assert (event.ordinal, event.city) == (7, "Banjul")
    assert event.series_name.startswith("Comité permanent sénégalo-gambien")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nouakchott a accueilli la troisième réunion tripartite des ministres de l'Intérieur du Mali, du Niger et "
            "de Mauritanie.",
            "fr",
        ),
        ("احتضنت نواكشوط الاجتماع الثلاثي الثالث لوزراء داخلية مالي والنيجر وموريتانيا.", "ar"),
        (
            "The 3rd Tripartite Meeting of the interior ministers of Mali, Niger and Mauritania opened in Nouakchott.",
            "en",
        ),
        (
            "The third tripartite meeting of the interior ministers of Mali, Niger and Mauritania opened in "
            "Nouakchott.",
            "en",
        ),
        (
            "Nouakchott hosted the third trilateral meeting of the interior ministers of Mali, Niger and Mauritania.",
            "en",
        ),
    ],
)
def test_a_tripartite_meeting_of_three_countries_is_one_series_in_three_languages(catalogue, text, language):
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.city) == (3, "Nouakchott")
    assert event.candidate_key == "session:tripartite ML-MR-NE interior"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("احتضنت باماكو الاجتماع الرباعي الثالث لقادة الشرطة في كل من مالي والنيجر وتشاد وموريتانيا.", "ar"),
        (
            "Bamako a accueilli la troisième réunion quadripartite des chefs de police du Mali, du Niger, du Tchad "
            "et de Mauritanie.",
            "fr",
        ),
        (
            "The police chiefs of Mali, Niger, Chad and Mauritania held their third quadrilateral meeting in Bamako.",
            "en",
        ),
    ],
)
def test_a_quadrilateral_meeting_of_four_countries_is_one_series_in_three_languages(catalogue, text, language):
    """ "الاجتماع الرباعي الثالث": the adjective of four countries, as "الثلاثي" of three, leaves the
    numbered meeting to be read with its countries."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.city) == (3, "Bamako")
    assert event.candidate_key == "session:quadrilateral ML-MR-NE-TD"


def test_a_quadrilateral_meeting_is_its_countries_whatever_else_the_sentence_names(catalogue):
    """The four countries written before "their third quadrilateral meeting", a fifth in the clause after:
    the meeting is the four's, not the police chiefs' series the article names too."""
    text = (
        "The heads of the national police forces of Italy, Greece, Malta and Cyprus met in Valletta on May 12-13 "
        "for their third quadrilateral meeting, focusing on trafficking routes across the sea from Libya. They "
        "will meet again at the European Police Chiefs Convention in The Hague."
    )
    event = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)[0]
    assert (event.ordinal, event.city) == (3, "Valletta")
    assert event.candidate_key == "session:quadrilateral CY-GR-IT-MT"


def test_a_tripartite_meetings_countries_may_be_named_by_their_adjectives(catalogue):
    text = (
        "Nouakchott accueille la troisième réunion tripartite des ministres de l'Intérieur malien, sénégalais et "
        "mauritanien."
    )
    (event,) = detect_events(text, "fr", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (3, "session:tripartite ML-MR-SN interior")


def test_a_tripartite_meeting_said_without_its_countries_is_the_one_the_article_names(catalogue):
    """ "مخرجات الاجتماع الثلاثي الأول الذي احتضنته نواكشوط": a sentence without the three countries, in an
    article whose other tripartite meeting names them: the same series (and no series of its own)."""
    text = (
        "الوزيران يبحثان في باماكو التحضير للاجتماع الثلاثي الثاني لوزراء الداخلية\n"
        "وبحث الوزيران التحضير للاجتماع الثلاثي الثاني لوزراء داخلية مالي والنيجر وموريتانيا، المقرر في نواكشوط. "
        "واستذكر الوزير مخرجات الاجتماع الثلاثي الأول الذي احتضنته باماكو في 2030."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert {(e.ordinal, e.candidate_key) for e in events} == {
        (1, "session:tripartite ML-MR-NE interior"),
        (2, "session:tripartite ML-MR-NE interior"),
    }


def test_the_group_is_the_group_whose_session_the_article_reports(catalogue):
    text = (
        "Le Groupe permanent sénégalo-gambien sur la pêche a tenu, mardi 4 mars à Banjul, sa septième "
        "réunion. Elle fait suite à la sixième session du groupe, tenue à Dakar en 2030."
    )
    found = {e.ordinal: e for e in detect(catalogue, text, published="2031-03-05")}
    assert set(found) == {6, 7}
    assert found[6].candidate_key == found[7].candidate_key and found[6].city == "Dakar"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le ministre a participé mardi à Amman à une réunion quadripartite des ministres de l'Intérieur de la "
            "Jordanie, de l'Irak, de la Syrie et du Liban, consacrée à la contrebande.",
            "fr",
        ),
        (
            "Interior ministers of Jordan, Iraq, Syria and Lebanon on Tuesday agreed to establish a joint liaison "
            "cell to exchange information on drug shipments and smuggling networks, at a quadrilateral meeting "
            "hosted in Amman.",
            "en",
        ),
    ],
)
def test_an_unnumbered_meeting_of_four_countries_is_one_series_dated_by_its_venue_and_time(catalogue, text, language):
    """Said quadripartite, its four countries named: that week's meeting of the four interior ministers."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.city, event.candidate_key) == (
        None,
        "Amman",
        "session:quadrilateral IQ-JO-LB-SY interior",
    )
    assert event.series_name == "Quadrilateral Meeting of the Interior Ministers of Jordan, Iraq, Syria and Lebanon"


@pytest.mark.django_db
def test_a_known_bodys_meetings_take_the_name_an_english_article_writes(tmp_path):
    """The French acronym ("CCPAO") and the English one ("WAPCCO") are one known body's: one series,
    named as the English article writes it, not by the English name derived from the French article."""
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(
        " date 2031-11-14\nLes patrons des polices ouest-africaines ont ouvert mardi à Abuja la 30e assemblée "
        "générale annuelle du Comité des chefs de police de l'Afrique de l'Ouest (CCPAO).\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        " date 2031-11-15\nPolice chiefs opened the 30th WAPCCO General Assembly in Abuja on Tuesday.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    (event,) = {link.event for link in ArticleEvent.objects.select_related("event__series")}
    assert (event.ordinal, event.series.name) == (30, "WAPCCO General Assembly")
    assert ArticleEvent.objects.filter(event=event).count() == 2


def test_an_annual_meeting_of_a_body_named_with_its_acronym_is_that_years_session(catalogue):
    """ "la réunion annuelle du Comité … (CCPSC)", "the annual general meeting of the … (CCPSC)": no number
    and no year in its name, but a venue and a time in its sentence; an annual meeting is its year's,
    one event of the body's series in every language (keyed by the acronym, as its numbered sessions)."""
    french = (
        "Les chefs de police ont achevé ce jeudi à Oran la réunion annuelle du Comité des chefs de police "
        "du Sahel central (CCPSC), ouverte mardi 22 avril."
    )
    english = (
        "The inspector general has returned from Oran, where he led the delegation to the annual general "
        "meeting of the Central Sahel Police Chiefs Committee (CCPSC), held from April 22 to 24 in the city."
    )
    (fr,) = detect(catalogue, french, published="2031-04-25")
    (en,) = detect_events(english, "en", published=PartialDate.parse("2031-04-26"), catalogue=catalogue)
    assert fr.candidate_key == en.candidate_key == "year:" + body_key("CCPSC")
    assert (fr.ordinal, fr.city, en.city) == (None, "Oran", "Oran")
    assert en.name == "CCPSC Annual General Meeting 2031"


@pytest.mark.parametrize(
    "text",
    [
        # no venue or no time: a habit, no meeting reported
        "Le Comité des chefs de police du Sahel central (CCPSC) tient sa réunion annuelle au printemps.",
        # not annual: a body meeting several times a year is not named by its year
        "Les experts ont tenu à Oran le 22 avril 2031 une réunion du Comité des chefs de police du Sahel (CCPSC).",
        # no body named by its acronym
        "Les chefs de police ont achevé ce jeudi à Oran leur réunion annuelle, ouverte mardi 22 avril.",
    ],
)
def test_no_annual_meeting_without_a_venue_a_time_an_annual_noun_and_a_named_body(catalogue, text):
    assert detect(catalogue, text, published="2031-04-25") == []


def test_a_ministerial_meeting_named_by_its_theme_is_that_years_meeting_in_every_language(catalogue):
    """ "une réunion ministérielle consacrée à la coopération sécuritaire dans le Sahel", "a ministerial
    meeting on security cooperation in the Sahel", "الاجتماع الوزاري حول التعاون الأمني في منطقة الساحل":
    no body, no number, no year in its name, but its theme, its venue and its time; one event of one
    series keyed by the theme's concepts, whatever the language."""
    texts = [
        (
            "fr",
            "Le ministre a ouvert mardi à Oran les travaux d'une réunion ministérielle consacrée à la "
            "coopération sécuritaire dans le Sahel, en présence de cinq délégations.",
        ),
        (
            "en",
            "Ministers adopted a joint roadmap in Oran on Wednesday, at the close of a ministerial meeting on "
            "security cooperation in the Sahel.",
        ),
        ("ar", "اختتمت اليوم الأربعاء بوهران أشغال الاجتماع الوزاري حول التعاون الأمني في منطقة الساحل."),
    ]
    found = [
        detect_events(text, language, published=PartialDate.parse("2031-01-29"), catalogue=catalogue)
        for language, text in texts
    ]
    assert [len(events) for events in found] == [1, 1, 1]
    assert len({events[0].candidate_key for events in found}) == 1
    assert {(e[0].ordinal, e[0].city, e[0].start_date.year) for e in found} == {(None, "Oran", 2031)}
    # named in English as the region is said after its theme
    assert {e[0].candidate_name_en for e in found} == {"Ministerial Meeting on Security Cooperation in the Sahel"}


@pytest.mark.parametrize(
    "text",
    [
        # a theme outside the field's concepts: no key the three languages share
        "Le ministre a ouvert mardi à Oran une réunion ministérielle consacrée aux finances publiques.",
        # not ministerial: any meeting on security is no series of its own
        "Les experts ont tenu mardi à Oran une réunion consacrée à la coopération sécuritaire dans le Sahel.",
        # no venue
        "Une réunion ministérielle consacrée à la coopération sécuritaire dans le Sahel est envisagée.",
    ],
)
def test_no_themed_ministerial_meeting_without_its_theme_its_rank_or_its_venue(catalogue, text):
    assert detect(catalogue, text, published="2031-01-29") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 12th Oran Security Conference opened on Friday.", "en"),
        ("La Conférence d'Oran sur la sécurité a ouvert ce vendredi sa 12e édition.", "fr"),
        ("انطلقت اليوم الدورة الثانية عشرة لمؤتمر وهران للأمن.", "ar"),
    ],
)
def test_a_city_security_conference_numbered_is_one_series_in_three_languages(catalogue, text, language):
    """ "the 12th Oran Security Conference", "sa 12e édition" of "la Conférence d'Oran sur la sécurité",
    "الدورة الثانية عشرة لمؤتمر وهران للأمن": the city's meeting, keyed by its city and its noun as its
    editions named by their year are (city_forums), whatever the language."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-02-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (12, "year:conference oran")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Oran Security Conference, founded in 1993, is a major forum.", "en"),
        ("ويعد مؤتمر وهران للأمن، الذي انطلق عام 1993، من أبرز المنتديات.", "ar"),
        # Arabic writes no capitals: "مؤتمر وهران" alone is a conference held there, not a city's named one
        ("منوها بالنجاح الذي عرفه مؤتمر وهران، ويتدارس الوزراء خطة سنة 2031.", "ar"),
    ],
)
def test_a_city_meetings_founding_year_is_no_edition(catalogue, text, language):
    assert detect_events(text, language, published=PartialDate.parse("2031-02-14"), catalogue=catalogue) == []


def test_a_body_name_ends_before_an_auxiliary_verb(catalogue):
    """ "la 66e session de la Commission avait déjà mis l'accent sur …": the name stops at the verb, no
    body "Commission avait déjà mis l'accent sur la crise …"."""
    text = "L'an dernier, la 66e session de la Commission avait déjà mis l'accent sur la crise des opioïdes."
    assert all("avait" not in e.candidate_body for e in detect(catalogue, text, published="2031-03-14"))


@pytest.mark.parametrize(
    "text",
    [
        "La troisième Conférence internationale de Tachkent sur la lutte contre les stupéfiants s'est ouverte mardi.",
        "The third Tashkent International Conference on Combating Drugs opened on Tuesday.",
    ],
)
def test_a_numbered_city_conference_named_by_its_theme_after_the_noun(catalogue, text):
    """A city's conference named after its noun by a theme other than security ("sur la lutte contre les
    stupéfiants", "on combating drugs"): one candidate series keyed by the city and the theme, whatever
    the language, with the English name its theme is said "on"."""
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_key) == (3, "year:conference tashkent drugs")
    assert event.candidate_name_en == "Tashkent International Conference on Combating Drugs"


@pytest.mark.django_db
def test_a_session_named_without_its_number_joins_the_one_held_that_year_in_its_city(tmp_path):
    """Two numbered sessions of a series dated the same year (one of them perhaps misread): the session an
    article names without its number, by its city and month, is the one held in that city."""
    root = tmp_path / "news"
    root.mkdir()
    texts = {
        "a": "Tunis, 20 mai 2031 – La 31e session du Conseil des ministres arabes de l'Intérieur s'est ouverte "
        "ce mardi à Tunis.",
        "b": "Rabat, 2 février 2031 – Le ministre a évoqué la 12e session du Conseil des ministres arabes de "
        "l'Intérieur, tenue en janvier 2031 à Rabat.",
        "c": "Alger, 12 juillet 2031 – Les deux ministres ont évoqué les conclusions de la session du Conseil des "
        "ministres arabes de l'Intérieur tenue en mai à Tunis.",
    }
    for name, text in texts.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    linked = ArticleEvent.objects.filter(article__origin="news/c.txt").values_list("event__ordinal", flat=True)
    assert list(linked) == [31]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Bamako a accueilli la troisième réunion consultative entre les dirigeants du Mali, du Niger et de la "
            "Mauritanie.",
            "fr",
        ),
        ("احتضنت باماكو الاجتماع التشاوري الثالث بين قادة مالي والنيجر وموريتانيا.", "ar"),
        ("Bamako hosted the third consultative meeting between the leaders of Mali, Niger and Mauritania.", "en"),
    ],
)
def test_a_meeting_between_three_countries_is_tripartite_though_unsaid(catalogue, text, language):
    """ "la troisième réunion consultative entre les dirigeants du Mali, du Niger et de la Mauritanie": a
    meeting between the three countries the clause names, one series with the meetings said tripartite."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (3, "session:tripartite ML-MR-NE")


def test_a_meeting_between_two_countries_is_no_tripartite_one(catalogue):
    text = "Bamako a accueilli la troisième réunion consultative entre les dirigeants du Mali et du Niger."
    assert all("tripartite" not in e.candidate_key for e in detect(catalogue, text))


def test_the_next_meeting_after_an_adjective_in_arabic(catalogue):
    text = (
        "احتضنت باماكو الاجتماع التشاوري الثالث بين قادة مالي والنيجر وموريتانيا. واتفق القادة على عقد الاجتماع "
        "التشاوري المقبل في نيامي."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert sorted(e.ordinal for e in events) == [3, 4]


@pytest.mark.parametrize(
    "text",
    [
        "نواكشوط تستضيف أول اجتماع ثلاثي لوزراء داخلية مالي والنيجر وموريتانيا.",
        "احتضنت نواكشوط الاجتماع الثلاثي الأول لوزراء داخلية مالي والنيجر وموريتانيا.",
    ],
)
def test_the_first_meeting_said_before_its_noun_in_arabic(catalogue, text):
    """ "أول اجتماع ثلاثي لوزراء داخلية …": "the first" before an indefinite noun, in construct, and the
    indefinite "ثلاثي", are the first tripartite meeting, as "الاجتماع الثلاثي الأول" is."""
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (1, "session:tripartite ML-MR-NE interior")


def test_a_city_conference_numbered_inside_its_arabic_name_is_keyed_as_in_french(catalogue):
    """ "مؤتمر طشقند الدولي الثالث لمكافحة المخدرات": the city between the noun and the ordinal, the theme after
    it; the same series as "la troisième Conférence internationale de Tachkent sur la lutte contre les
    stupéfiants", not a series of the catalogue its theme's words name."""
    text = "افتتح الوزير أعمال مؤتمر طشقند الدولي الثالث لمكافحة المخدرات بمشاركة عشرين دولة."
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (3, "year:conference tashkent drugs")
    assert "الثالث" not in event.series_name


def test_a_catalogue_session_named_otherwise_in_the_same_article_is_the_catalogues(catalogue):
    """The headline's "54th meeting of Naif Arab University's Supreme Council" (a possessive the catalogue
    does not spell) and the lead's "54th session of the Supreme Council of Naif Arab University for Security
    Sciences": every word of the first in a name of the second's series, the same session."""
    text = (
        "Minister chairs 54th meeting of Naif Arab University's Supreme Council\n"
        "RIYADH — The minister chaired on Tuesday the 54th session of the Supreme Council of Naif Arab University "
        "for Security Sciences (NAUSS) in Riyadh."
    )
    (event,) = detect_events(text, "en", published=PartialDate.parse("2031-11-12"), catalogue=catalogue)
    assert (event.series_name, event.ordinal, event.candidate_key) == ("NAUSS Supreme Council Session", 54, "")


def test_a_body_outside_the_catalogue_numbering_another_session_keeps_its_own_series(catalogue):
    text = (
        "The university's supreme council held its 54th session in Riyadh, days after the 3rd meeting of the "
        "Gulf University Presidents' Council."
    )
    keys = {e.candidate_key for e in detect_events(text, "en", published=None, catalogue=catalogue) if e.ordinal == 3}
    assert keys and "" not in keys


def test_a_long_body_name_between_the_ordinal_and_its_noun(catalogue):
    """ "the 9th Ethio-Djibouti Joint Border Security Commission meeting": seven words of a name."""
    text = (
        "Chad and Sudan signed a protocol at the end of the 9th Chad-Sudan Joint Border Security Commission meeting "
        "held in Abeche."
    )
    (event,) = detect_events(text, "en", published=None, catalogue=catalogue)
    assert (event.ordinal, event.city) == (9, "Abéché")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La 31e Conférence arabe des responsables de la lutte antiterroriste s'est ouverte mardi à Tunis.", "fr"),
        ("انطلقت في تونس أعمال المؤتمر العربي الحادي والثلاثين للمسؤولين عن مكافحة الإرهاب.", "ar"),
        ("The 31st Arab Conference of Officials in Charge of Counterterrorism opened in Tunis on Tuesday.", "en"),
    ],
)
def test_a_conference_against_terrorism_is_not_the_one_against_drugs(catalogue, text, language):
    """ "lutte antiterroriste", "counterterrorism": the fight with terrorism, one word; the catalogue's
    conference of the heads of anti-drug agencies ("lutte antidrogue") deals with something else."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (31, "conference:concepts counter head terrorism")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le ministre a participé mardi à Jakarta à la 9e réunion ministérielle de l'ASEAN sur la pêche illégale "
            "(AMMIF). Les délégués ont évalué les engagements pris lors de la 8e AMMIF, organisée à Hanoï en 2030.",
            "fr",
        ),
        (
            "The minister on Tuesday attended the 9th ASEAN Ministerial Meeting on Illegal Fishing (AMMIF) in "
            "Jakarta. Delegates reviewed the commitments of the eighth AMMIF, held in Hanoi in 2030.",
            "en",
        ),
    ],
)
def test_a_meeting_named_with_its_acronym_is_keyed_by_it_and_numbered_by_it_alone(catalogue, text, language):
    """ "… on Illegal Fishing (AMMIF)": the acronym after the name (after its theme too) keys the series
    in every language, and "the eighth AMMIF" is another of its sessions."""
    events = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key, e.city) for e in events] == [
        (9, "session:mf", "Jakarta"),
        (8, "session:mf", "Hanoi"),
    ]


def test_a_meeting_named_in_the_headline_then_with_its_acronym_is_one_event(catalogue):
    text = (
        "Le Laos à la 9e réunion ministérielle de l'ASEAN sur la pêche illégale\n"
        "Jakarta, 4 mars (Agence) – Le ministre a participé mardi à Jakarta à la 9e réunion ministérielle de "
        "l'ASEAN sur la pêche illégale (AMMIF)."
    )
    events = detect_events(text, "fr", published=PartialDate.parse("2031-03-05"), catalogue=catalogue)
    assert [(e.ordinal, e.candidate_key) for e in events] == [(9, "session:mf")]


@pytest.mark.parametrize(
    "text",
    [
        "The 31st Inspector General-level border conference between the two forces opened in Lahore on Monday.",
        "The four-day 31st Inspector General (IG) level border conference between the two forces opened in Lahore.",
    ],
)
def test_a_border_conference_named_by_its_level_is_one_series_with_or_without_an_acronym(catalogue, text):
    """ "border" before the noun, as "annual" or "ministerial" may stand; a bracketed acronym inside the name
    is an aside, not a word of its key."""
    (event,) = detect_events(text, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (31, "conference:brdr gnrl lfl nsbktr")


def test_a_body_keyed_by_its_acronym_in_another_language_is_one_series():
    """ "(OCPN)" in French and "NPCO" in English: the knowledge base gives the body both, so the
    catalogue maps the French acronym to the usual one and both articles key one series."""
    from events.detection.catalogue import read_series
    from people.knowledge_base import usual_acronyms

    class Body:
        acronym = "NPCO"

        def all_names(self):
            return ["Northern Ports Cooperation Organisation", "NPCO", "OCPN", "Organisation des ports du Nord"]

    class Other:
        acronym = "NPA"

        def all_names(self):
            return ["Northern Ports Authority", "OCPN"]  # two bodies give "OCPN": left out

    assert usual_acronyms([Body()]) == {"OCPN": "NPCO"}
    assert usual_acronyms([Body(), Other()]) == {}
    catalogue = SeriesCatalogue.from_entries(read_series(), acronyms=usual_acronyms([Body()]))
    french = detect(
        catalogue,
        "La 7e réunion des directeurs des ports de l'Organisation des ports du Nord (OCPN) s'est tenue à Oslo.",
    )
    english = detect_events(
        "The 7th meeting of port directors of the Northern Ports Cooperation Organisation (NPCO) was held in Oslo.",
        "en",
        published=PartialDate.parse("2031-05-14"),
        catalogue=catalogue,
    )
    (french_key,) = [e.candidate_key for e in french]
    assert [e.candidate_key for e in english] == [french_key] and french_key.startswith("session:")


@pytest.mark.django_db
def test_a_numbered_meeting_of_a_bodys_officials_is_no_session_of_its_summits(tmp_path):
    """The SCO's summits are one series of the catalogue, its security council secretaries' meetings
    another: "their 19th meeting" of the secretaries, in French and English, is one of theirs."""
    root = tmp_path / "news"
    root.mkdir()
    (root / "en.txt").write_text(
        "ASTANA, April 16 -- Secretaries of security councils of the member states of the Shanghai Cooperation "
        "Organization (SCO) held their 19th meeting in Astana on Tuesday 16 April 2031.",
        encoding="utf-8",
    )
    (root / "fr.txt").write_text(
        "ASTANA – La 19e réunion des secrétaires des Conseils de sécurité des États membres de l'Organisation "
        "de coopération de Shanghai (OCS) s'est tenue mardi 16 avril 2031 à Astana.",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    (event,) = {link.event for link in ArticleEvent.objects.select_related("event__series")}
    assert (
        event.ordinal == 19 and event.series.name == "Meeting of Secretaries of Security Councils of SCO Member States"
    )


def test_a_named_meeting_the_report_says_was_opened_is_of_the_year_it_is_published(catalogue):
    """ "as he opened a two-day Sahel Border Security Summit in Niamey": no date in the sentence, the
    report's own meeting, of its publication's year; without the opening verb, no year at all."""
    text = "The minister called for joint patrols as he opened a two-day Sahel Border Security Summit in Niamey."
    (event,) = detect(catalogue, text, published="2031-04-22")
    assert (event.name, event.city) == ("Sahel Border Security Summit 2031", "Niamey")
    assert detect(catalogue, text.replace("as he opened", "ahead of"), published="2031-04-22") == []


def test_a_bare_conference_near_a_catalogue_conferences_session_is_that_conference(catalogue):
    text = (
        "Tunis – La 52e Conférence des chefs de police et de sécurité arabes s'est ouverte mardi "
        "3 juin 2031 à Tunis. Les délégués examineront la suite donnée aux recommandations de la 51e "
        "conférence. Des représentants d'Interpol et de l'ONUDC assistent aux travaux."
    )
    events = {e.ordinal: e for e in detect(catalogue, text)}
    assert events[52].series_name == "Conference of Arab Police and Security Leaders"
    assert events[51].series_name == "Conference of Arab Police and Security Leaders"


def test_a_numbered_meeting_named_by_its_own_field_is_no_guessed_series_of_another(catalogue):
    """The article names the ministers' council, whose conference of anti-drug chiefs holds editions too;
    the forum's own words name another field (terrorism, not drugs): a series of its own."""
    text = (
        "الدوحة – افتتحت الأكاديمية اليوم أعمال الملتقى الدولي الخامس لمكافحة تمويل الإرهاب، بمشاركة ممثلين عن "
        "الأمانة العامة لمجلس وزراء الداخلية العرب ومكتب الأمم المتحدة لمكافحة المخدرات والجريمة."
    )
    (event,) = detect(catalogue, text, "2031-11-10")
    assert event.ordinal == 5
    assert event.candidate_key.startswith("meeting:")


@pytest.mark.parametrize(
    "text",
    [
        "Doha – The academy opened on Monday the fifth international forum on countering terrorist financing, "
        "attended by the General Secretariat of the Council of Arab Interior Ministers and the UNODC.",
        "Doha – L'académie a ouvert lundi le cinquième forum international sur la lutte contre le financement du "
        "terrorisme, en présence du secrétariat général du Conseil des ministres arabes de l'Intérieur.",
    ],
)
def test_a_meeting_on_another_field_is_no_session_of_the_series_the_context_names(catalogue, text):
    assert not [e for e in detect(catalogue, text, "2031-11-10") if "Narcotics" in e.series_name]


def test_a_bare_conference_on_the_series_field_stays_a_session_of_it(catalogue):
    text = (
        "Tunis – La 38e conférence arabe des chefs des services de lutte antidrogue s'est ouverte. Les délégués "
        "ont examiné les recommandations de la 37e conférence sur la lutte contre les stupéfiants."
    )
    assert {e.ordinal for e in detect(catalogue, text, "2031-11-10")} == {37, 38}


def test_bare_conferences_after_a_citys_numbered_conference_are_its_sessions_each_with_its_date(catalogue):
    """The city's conference is named with its ordinal inside ("مؤتمر الرباط الدولي الثالث"); the bare
    "المؤتمر الثاني" and "المؤتمر الأول" after it are its sessions, not guessed from Interpol named
    beside, and the year the sentence gives belongs to the first, the conference it follows."""
    text = (
        "الرباط – اختتمت اليوم أعمال مؤتمر الرباط الدولي الثالث لمكافحة الاتجار بالبشر، بمشاركة الإنتربول.\n\n"
        "ويأتي المؤتمر الثالث بعد عامين من المؤتمر الثاني الذي احتضنته الرباط في عام 2029، على أن تعقد "
        "النسخة الرابعة العام المقبل."
    )
    events = {
        e.ordinal: e for e in detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    }
    assert {e.candidate_key for e in events.values()} == {events[3].candidate_key}
    assert events[3].candidate_key
    assert events[2].start_date == PartialDate.parse("2029")
    assert events[3].start_date != PartialDate.parse("2029")


def test_a_citys_forum_named_short_by_its_year_is_its_numbered_edition_named_in_full(catalogue):
    text = (
        "Forum de Lomé 2031 : la piraterie au cœur des débats\n\n"
        "Lomé – La quatrième édition du Forum international de Lomé sur la paix et la sécurité "
        "s'est ouverte lundi 3 novembre 2031 à Lomé, en présence de plusieurs ministres."
    )
    (event,) = detect(catalogue, text, "2031-11-03")
    assert event.ordinal == 4
    assert event.series_name == "Forum international de Lomé sur la paix et la sécurité"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dubaï – Le World Police Summit 2031 s'est ouvert lundi. L'édition de l'an dernier avait attiré "
            "vingt mille visiteurs.",
            "fr",
        ),
        ("دبي – انطلقت اليوم القمة العالمية للشرطة 2031. وكانت نسخة العام الماضي قد استقطبت آلاف الزوار.", "ar"),
    ],
)
def test_last_years_edition_of_a_year_named_meeting_is_the_year_before(catalogue, text, language):
    events = detect_events(text, language, published=PartialDate.parse("2031-05-13"), catalogue=catalogue)
    assert sorted(e.name for e in events) == ["World Police Summit 2030", "World Police Summit 2031"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le traité signé lors du 14e sommet italo-tunisien, à Rome en mars 2030, prévoyait des patrouilles.", "fr"),
        ("Rome – The 14th Italian-Tunisian summit opened on Monday in Rome.", "en"),
    ],
)
def test_a_numbered_summit_of_two_countries_named_by_their_adjectives_is_the_pairs(catalogue, text, language):
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (14, "summit:pair IT-TN", "Rome")


def test_an_ordinal_before_a_catalogue_series_own_acronym_is_its_session(catalogue):
    text = (
        "Lisbonne, 12 mai 2031 – Les travaux de la 26e Conférence des ministres de l'Intérieur de la Méditerranée "
        "occidentale (CIMO) se sont clôturés jeudi. Les ministres ont salué les résultats obtenus depuis la 25e "
        "CIMO, tenue à Malte."
    )
    events = {e.ordinal: e for e in detect(catalogue, text, "2031-05-12")}
    assert (
        events[25].series_name
        == events[26].series_name
        == "Conference of Interior Ministers of the Western Mediterranean"
    )


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        (
            "Manille – Le troisième sommet entre l'Association des nations de l'Asie du Sud-Est (ASEAN) et le "
            "Conseil de coopération du Golfe (CCG) s'est tenu mardi à Manille.",
            "summit:sides asean-gcc",
            "3rd ASEAN-GCC Summit",
        ),
        ("Manila – The third summit between ASEAN and the GCC was held in Manila.", "summit:sides asean-gcc", None),
        (
            "Le même jour s'est tenu le troisième sommet trilatéral ASEAN-CCG-Japon à Manille.",
            "summit:sides asean-gcc-japan",
            "3rd ASEAN-GCC-Japan Summit",
        ),
    ],
)
def test_a_numbered_summit_of_bodies_named_after_its_noun_is_theirs(catalogue, monkeypatch, text, key, name):
    # (the knowledge base's French acronym to its usual one, as build_extractor gives the catalogue)
    monkeypatch.setattr(catalogue, "acronyms", {"CCG": "GCC"})
    (event,) = detect(catalogue, text, "2031-05-27")
    assert (event.ordinal, event.candidate_key) == (3, key)
    assert name is None or event.name == name


def test_a_meetings_acronym_with_another_roman_number_is_another_session_of_its_series(catalogue):
    text = (
        "Lima – La septième Réunion des ministres de la sécurité des pays andins (REMSA VII) s'est ouverte lundi "
        "à Lima. Le document fait suite aux recommandations de la REMSA VI, réunie à Quito en 2029."
    )
    events = {e.ordinal: e for e in detect(catalogue, text, "2031-05-12")}
    assert events[6].candidate_key == events[7].candidate_key != ""
    assert events[6].city == "Quito"


@pytest.mark.parametrize(
    "text",
    [
        "La veille, le Comité de pilotage de l'ASEAN-NARCO avait tenu sa 9e session à huis clos.",
        "On Monday, the Steering Committee of the Pacific Customs Forum held its 9th session behind closed doors.",
    ],
)
def test_a_body_after_a_phrase_of_time_holds_its_own_numbered_meeting(catalogue, text):
    """The body a sentence opens with, a phrase of time before it, holds "its" numbered session: no series the
    article's other bodies (INTERPOL, Europol) would let the context guess."""
    text = "La coopération avec Interpol et Europol a été évoquée par les délégués européens. " + text
    (event,) = [e for e in detect(catalogue, text, published="2031-03-05") if e.ordinal == 9]
    assert event.series_name is None or "INTERPOL" not in event.series_name
    assert event.candidate_key


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a ouvert mardi à Niamey la troisième édition du Forum de Niamey sur la sécurité au Sahel.",
        "The third edition of the Niamey Forum on Security in the Sahel opened on Tuesday in Niamey.",
    ],
)
def test_an_edition_of_a_citys_forum_is_the_forum_in_every_language(catalogue, text):
    """ "the third edition of the X Forum on Security" is the city's forum, keyed as "le Forum de X sur la
    sécurité" is, not a body named "edition of the …"."""
    (event,) = detect(catalogue, text, published="2031-03-05")
    assert (event.ordinal, event.candidate_key) == (3, "year:forum niamey")
    assert "edition" not in event.name.lower()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tunis – La 13e réunion des ministres de l'Intérieur des pays voisins du Soudan s'est tenue lundi.", "fr"),
        ("Cairo hosted on Monday the 13th meeting of interior ministers of Sudan's neighbouring countries.", "en"),
        ("احتضنت القاهرة اليوم أعمال الاجتماع الثالث عشر لوزراء داخلية دول جوار السودان.", "ar"),
    ],
)
def test_a_meeting_of_one_countrys_neighbours_is_one_series_in_every_language(catalogue, text, language):
    """The ministers of the countries around one country meet as a group: keyed by that country and the
    portfolio, named in English, whatever the language."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-03-05"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (13, "neighbours SD interior")
    assert event.name == "13th Meeting of Interior Ministers of Sudan's Neighbouring Countries"


def test_officials_holding_their_numbered_meeting_leave_its_series_to_the_articles_context(catalogue):
    """ "Les chefs de police africains ont ouvert … leur 8e assemblée générale, sous l'égide d'AFRIPOL": the
    officials are no body of their own, the context names the series (only a body named as such, "le
    Comité de pilotage de X", holds its meeting before the context is asked)."""
    text = "Les chefs de police africains ont ouvert lundi à Alger leur 8e assemblée générale, sous l'égide d'AFRIPOL."
    (event,) = detect(catalogue, text, published="2031-10-14")
    assert (event.series_name, event.ordinal) == ("AFRIPOL General Assembly", 8)


def test_an_edition_of_a_city_forum_is_the_forums_whatever_series_the_context_guesses(catalogue):
    """The forum is named after "édition du", with its capital: Interpol named elsewhere in the article
    does not make it an INTERPOL conference."""
    text = (
        "Les délégués ont pris part mardi, à Niamey, aux travaux de la cinquième édition du Forum de Niamey sur "
        "la sécurité au Sahel.\n\nUn panel a porté sur l'échange d'informations via les outils d'Interpol."
    )
    (event,) = detect(catalogue, text, "2031-03")
    assert (event.ordinal, event.candidate_key, event.city) == (5, "year:forum niamey", "Niamey")
    assert event.candidate_name_en == "Niamey Sahel Security Forum"


def test_the_edition_of_a_year_of_the_forum_the_article_numbers_is_that_forums(catalogue):
    text = (
        "La cinquième édition du Forum de Niamey sur la sécurité s'est ouverte mardi. Le panel a évoqué les "
        "outils d'Interpol.\n\nLors de l'édition 2030 du forum, les pays voisins avaient plaidé pour un réseau."
    )
    events = detect(catalogue, text, "2031-03")
    assert [(e.ordinal, e.candidate_key) for e in events] == [(5, "year:forum niamey"), (None, "year:forum niamey")]
    assert events[1].name.endswith("2030") and events[1].city is None  # the city is not written with it


def test_a_city_forum_is_held_in_its_city_and_its_region_is_in_its_english_name(catalogue):
    text = (
        "La troisième édition du Forum de Nicosie sur la sécurité en Méditerranée s'est achevée mercredi 21 mai "
        "dans la ville andalouse."
    )
    (event,) = detect(catalogue, text, "2031-05-22")
    assert (event.ordinal, event.city, event.candidate_name_en) == (
        3,
        "Nicosia",
        "Nicosia Mediterranean Security Forum",
    )


def test_an_arabic_edition_of_a_year_named_forum_is_not_part_of_its_name(catalogue):
    text = (
        "اختتمت في صلالة أعمال النسخة الثانية من منتدى صلالة لأمن الحدود 2031، الذي انطلق أمس.\n\n"
        "وقال المسؤول إن توصيات النسخة الأولى التي احتضنتها صلالة في 2030 أسهمت في توحيد النماذج."
    )
    events = detect_events(text, "ar", published=PartialDate.parse("2031-01-21"), catalogue=catalogue)
    assert {e.candidate_key for e in events} == {"meeting:concepts at-salalah border security"}
    assert sorted(e.ordinal for e in events) == [1, 2]
    assert all("النسخة" not in e.name for e in events)


def test_a_numbered_meeting_of_a_working_group_is_the_groups_not_a_series_of_the_context(catalogue):
    """ "فريق العمل" (a working group) is a body of its own; "فريق" alone is also a general's rank."""
    text = (
        "اختتمت اليوم أعمال الاجتماع السابع لفريق العمل المتوسطي للتعاون الجمركي، بمشاركة خبراء من الأمانة "
        "العامة لمجلس وزراء الداخلية العرب."
    )
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert event.ordinal == 7 and event.candidate_key is not None
    assert "فريق العمل" in event.candidate_body


def test_who_meets_named_before_the_organisation_is_not_one_of_its_series(catalogue):
    """ "Police chiefs of the GCC states held their 51st meeting", "GCC police chiefs held their 51st meeting",
    "قادة الشرطة بدول مجلس التعاون … اجتماعهم الحادي والخمسين": the chiefs' meeting, keyed by its concepts and
    the organisation as "الاجتماع الثاني والخمسون لقادة الشرطة بدول مجلس التعاون" is (another organisation's
    police chiefs meet apart); the Council's ministers' meeting stays the catalogue's."""
    key = "session:concepts head police of Gulf Cooperation Council"
    for chiefs in (
        "Police chiefs of the Gulf Cooperation Council states held their 51st meeting in Muscat on Tuesday.",
        "GCC police chiefs held their 51st meeting in Muscat on Tuesday.",
    ):
        (event,) = detect_events(chiefs, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
        assert (event.ordinal, event.candidate_key, event.city) == (51, key, "Muscat")
    arabic = "عقد قادة الشرطة بدول مجلس التعاون لدول الخليج العربية اجتماعهم الحادي والخمسين في مسقط."
    (event,) = detect_events(arabic, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (51, key, "Muscat")
    arabic = "وتقرر أن يعقد الاجتماع الثاني والخمسون لقادة الشرطة بدول مجلس التعاون لدول الخليج العربية في الدوحة."
    (same,) = detect_events(arabic, "ar", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert (same.ordinal, same.candidate_key) == (52, key)
    ministers = "Interior ministers of the Gulf Cooperation Council states held their 51st meeting in Muscat."
    (theirs,) = detect_events(ministers, "en", published=PartialDate.parse("2031-05-14"), catalogue=catalogue)
    assert theirs.candidate_key == "" and "Interior Ministers" in theirs.series_name


def test_a_numbered_citys_meeting_named_after_its_noun_is_its_own_whatever_the_context(catalogue):
    """ "la 14e Conférence de Vienne sur la sécurité" names no body, but is the city's meeting (keyed as its
    editions named otherwise are), not the series the article's European police chiefs make the context guess."""
    text = (
        "Vienne – Les chefs de police européens étaient nombreux à la 14e Conférence de Vienne sur la sécurité, "
        "ouverte jeudi 6 mars 2031 en présence du secrétaire général d'Interpol."
    )
    (event,) = detect(catalogue, text)
    assert (event.ordinal, event.candidate_key, event.candidate_name_en) == (
        14,
        "year:conference vienna",
        "Vienna Security Conference",
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "اختتم مؤتمر فيينا للأمن في دورته الرابعة عشرة أعماله، وحضره وزراء داخلية دول مجلس التعاون "
            "لدول الخليج العربية.",
            "ar",
        ),
        (
            "Gulf interior ministers attended the Vienna Security Conference, in its 14th edition, which closed "
            "on Friday.",
            "en",
        ),
    ],
)
def test_its_numbered_session_after_a_citys_meeting_is_that_meetings(catalogue, text, language):
    """ "مؤتمر فيينا للأمن في دورته الرابعة عشرة": "its" 14th session is the city's conference named right
    before, not a meeting of the Gulf ministers the sentence names after it."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-03-08"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (14, "year:conference vienna")


def test_an_edition_of_a_forum_named_by_a_generic_word_is_the_citys_forum_the_article_names(catalogue):
    """ "la 5e édition du Forum international" in a headline names no series of its own ("international" is
    any forum's word): the edition is the city's forum the lead names whole, one event keyed by its city."""
    text = (
        "Sécurité : ouverture à Lomé de la 5e édition du Forum international\n\n"
        "Lomé, 12 mars 2031 – La cinquième édition du Forum international de Lomé sur la sécurité s'est "
        "ouverte ce lundi."
    )
    (event,) = detect(catalogue, text, "2031-03-12")
    assert (event.ordinal, event.candidate_key) == (5, "year:forum lome")


def test_an_arabic_edition_called_tabaa_of_a_citys_forum_on_security(catalogue):
    """ "الطبعة الثالثة لمنتدى X الدولي حول الأمن": "الطبعة" is the Maghreb's word for an edition, "حول" (about)
    introduces the forum's theme, and "الأمن" is security: the city's forum, keyed as in every language."""
    text = "وعرض المدير خلاصات الطبعة الثالثة لمنتدى نيامي الدولي حول الأمن في الساحل، المنعقد في جانفي الماضي."
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-10-16"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key, event.city) == (3, "year:forum niamey", "Niamey")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The police shared its experience at the Third International Conference on Combating Cybercrime held "
            "by the Naif Arab University for Security Sciences (NAUSS) in Riyadh.",
            "en",
        ),
        ("L'université a ouvert la 3e Conférence internationale sur la lutte contre la cybercriminalité.", "fr"),
        ("افتتحت الجامعة مؤتمرها الدولي الثالث لمكافحة الجرائم السيبرانية بمشاركة 60 دولة.", "ar"),
    ],
)
def test_a_conference_on_combating_cybercrime_is_one_series_in_every_language(catalogue, text, language):
    """ "Cybercrime" says in one word what "الجرائم السيبرانية" says in two; the acronym after "held by" is the
    organiser's, not the conference's name; a meeting noun with its possessive is named with the article."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-04-22"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (3, "conference:concepts counter cyber")
    assert not event.series_name.startswith("مؤتمرها")


def test_a_cybercrime_conference_is_not_the_anti_narcotics_series_the_context_names(catalogue):
    """The article names the interior ministers' council (whose series include a conference on drugs): a
    conference on combating cybercrime is none of them."""
    text = (
        "افتتحت الجامعة مؤتمرها الدولي الثالث لمكافحة الجرائم السيبرانية بمشاركة 60 دولة. وشارك الأمين العام "
        "المساعد لمجلس وزراء الداخلية العرب في الجلسة الافتتاحية."
    )
    (event,) = detect_events(text, "ar", published=PartialDate.parse("2031-04-22"), catalogue=catalogue)
    assert event.candidate_key == "conference:concepts counter cyber"


@pytest.mark.django_db
def test_a_forums_numbered_edition_goes_by_its_year(tmp_path):
    """ "La 16e édition du Forum de Sfax sur la sécurité", opened in January 2031: the "Sfax Security Forum
    2031", as the catalogue's forums are named, its number kept as its ordinal (another article's "Sfax
    Security Forum 2031" is the same event)."""
    (tmp_path / "a.txt").write_text(
        " date 2031-01-30\nLa 16e édition du Forum de Sfax sur la sécurité s'est ouverte vendredi 30 janvier 2031 "
        "à Sfax.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        " date 2031-02-02\nThe Sfax Security Forum 2031 closed in Sfax on Saturday with a call for drone rules.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert list(Event.objects.filter(name__contains="Sfax").values_list("name", "ordinal")) == [
        ("Sfax Security Forum 2031", 16)
    ]


def test_a_day_after_on_is_no_theme_of_the_meetings_name(catalogue):
    """ "closed the second Nouadhibou Maritime Security Forum on Wednesday": the forum, not a forum "on
    Wednesday"; its key is the one its name alone gives ("… Forum on Migrant Smuggling" keeps its theme)."""
    text = "Officials closed the second Nouadhibou Maritime Security Forum on Wednesday in Nouadhibou."
    (event,) = detect_events(text, "en", published=PartialDate.parse("2031-10-08"), catalogue=catalogue)
    assert event.name == "2nd Nouadhibou Maritime Security Forum"
    alone = "Officials closed the second Nouadhibou Maritime Security Forum in Nouadhibou."
    (same,) = detect_events(alone, "en", published=PartialDate.parse("2031-10-08"), catalogue=catalogue)
    assert same.candidate_key == event.candidate_key


@pytest.mark.parametrize(
    "text",
    [
        "La 9e conférence arabe des chefs des services des garde-côtes s'est ouverte à Tunis.",
        "La 9e conférence arabe des chefs des garde-côtes s'est ouverte à Tunis.",
        "انطلقت بتونس أشغال المؤتمر العربي التاسع لرؤساء أجهزة خفر السواحل.",
        "انطلقت بتونس أشغال المؤتمر العربي التاسع لقادة خفر السواحل.",
    ],
)
def test_the_heads_of_a_fields_agencies_are_that_fields_heads(catalogue, text):
    """ "chefs des services des garde-côtes", "chefs des garde-côtes", "رؤساء أجهزة خفر السواحل", "قادة خفر السواحل":
    one conference, keyed without the agencies (a word each language may leave out)."""
    language = "ar" if text[0] > "z" else "fr"
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-03-04"), catalogue=catalogue)
    assert (event.ordinal, event.candidate_key) == (9, "conference:concepts coast guard head")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The 24th meeting of the commanders of coast guard and border guard services in the Gulf Cooperation "
            "Council (GCC) states concluded today in Manama.",
            "en",
        ),
        (
            "انطلقت في المنامة أعمال الاجتماع الرابع والعشرين لقادة خفر السواحل وحرس الحدود "
            "بدول مجلس التعاون لدول الخليج العربية.",
            "ar",
        ),
    ],
)
def test_who_meets_then_their_organisation_after_the_body_is_one_key(catalogue, text, language):
    """The organisation named after who meets ("… services in the Gulf Cooperation Council (GCC) states", its
    acronym no body's; "… بدول مجلس التعاون لدول الخليج العربية", its name running past the body's end) keys the
    meeting with them, the same in both languages."""
    (event,) = detect_events(text, language, published=PartialDate.parse("2031-02-12"), catalogue=catalogue)
    assert event.candidate_key == "session:concepts border coast guard head of Gulf Cooperation Council"
