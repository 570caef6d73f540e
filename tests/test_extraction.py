"""Extraction inside the import and again on demand: links, evidence, cross-language events,
idempotent re-extraction that keeps editors' decisions, and bulk writes."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson, Link
from people.models import Person, Review
from text.partial_date import PartialDate

pytestmark = pytest.mark.django_db

FRENCH = """ date 2031-02-12
Tunis accueille la 48e session du Conseil des ministres arabes de l'Intérieur
Tunis – Les travaux de la 48e session du Conseil des ministres arabes de l'Intérieur se sont ouverts mercredi \
à Tunis, en présence de représentants d'Interpol et de l'Office des Nations unies contre la drogue et le crime.

La délégation marocaine était conduite par M. Karim Bensouda, directeur de la coopération internationale \
au ministère de l'Intérieur. M. Bensouda a plaidé pour un meilleur partage des informations.

Le Conseil a par ailleurs adopté son 14e plan sécuritaire arabe.
"""

ARABIC = """ date 2031-02-12
انطلقت اليوم في تونس أشغال الدورة الثامنة والأربعين لمجلس وزراء الداخلية العرب، بحضور ممثلين عن \
المنظمة الدولية للشرطة الجنائية (الإنتربول).

وترأس الوفد المغربي السيد كريم بنسودة، مدير التعاون الدولي بوزارة الداخلية.
"""


def _import_one(tmp_path, text: str) -> Article:
    """Import one article written as `text` (news/a.txt) and return it."""
    root = tmp_path / "news"
    root.mkdir()
    (root / "a.txt").write_text(text, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    return Article.objects.get(origin="news/a.txt")


@pytest.fixture
def two_articles(tmp_path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (root / "ar.txt").write_text(ARABIC, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)
    return Article.objects.get(origin="news/fr.txt"), Article.objects.get(origin="news/ar.txt")


def test_links_carry_their_evidence(two_articles):
    french, _ = two_articles
    link = ArticlePerson.objects.get(article=french, person__name__icontains="Bensouda")
    assert "coopération internationale" in link.role
    assert link.affiliation is not None and "Interior" in link.affiliation.name
    assert link.method in {"rule", "kb"}
    assert 0 < link.confidence <= 1
    assert "Bensouda" in link.sentence
    assert french.body[link.start : link.end] == link.surface
    orgs = set(french.organization_links.values_list("organization__acronym", flat=True))
    assert {"INTERPOL", "UNODC", "AIMC"} <= orgs


def test_surname_mention_resolves_to_the_full_name(two_articles):
    french, _ = two_articles
    names = list(french.person_links.values_list("person__name", flat=True))
    assert names == ["Karim Bensouda"]
    assert Person.objects.get(name="Karim Bensouda").review == Review.CANDIDATE


def test_same_session_in_two_languages_is_one_event(two_articles):
    french, arabic = two_articles
    french_event = ArticleEvent.objects.get(article=french)
    arabic_event = ArticleEvent.objects.get(article=arabic)
    assert french_event.event_id == arabic_event.event_id
    assert french_event.event.ordinal == 48
    assert french_event.relation == "subject"
    # "son 14e plan sécuritaire" is not an event
    assert ArticleEvent.objects.count() == 2


def test_reextraction_is_idempotent_and_keeps_editor_decisions(two_articles):
    french, _ = two_articles
    before = {
        model: sorted(model.objects.values_list("article_id", f"{field}_id"))
        for model, field in ((ArticlePerson, "person"), (ArticleOrganization, "organization"), (ArticleEvent, "event"))
    }
    rejected = ArticleOrganization.objects.filter(article=french).first()
    rejected.decision = Link.Decision.REJECTED
    rejected.save()
    confirmed = ArticlePerson.objects.get(article=french)
    confirmed.decision = Link.Decision.CONFIRMED
    confirmed.role = "corrected by an editor"
    confirmed.save()

    call_command("extract_entities", "--all", verbosity=0)
    call_command("extract_entities", "--all", verbosity=0)

    after = {
        model: sorted(model.objects.values_list("article_id", f"{field}_id"))
        for model, field in ((ArticlePerson, "person"), (ArticleOrganization, "organization"), (ArticleEvent, "event"))
    }
    assert after == before  # no duplicate, nothing lost
    rejected.refresh_from_db()
    assert rejected.decision == Link.Decision.REJECTED
    assert ArticleOrganization.objects.kept().filter(pk=rejected.pk).count() == 0
    confirmed.refresh_from_db()
    assert confirmed.role == "corrected by an editor"
    assert Person.objects.filter(name="Karim Bensouda").count() == 1


def test_same_new_name_in_many_articles_is_one_candidate(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(3):
        (root / f"{i}.txt").write_text(
            f"Rabat – M. Karim Bensouda, directeur de la coopération, a reçu une délégation (réunion {i}).\n",
            encoding="utf-8",
        )
    call_command("import_articles", str(root), verbosity=0)
    assert Person.objects.filter(name="Karim Bensouda").count() == 1
    assert ArticlePerson.objects.filter(person__name="Karim Bensouda").count() == 3


def test_extraction_queries_do_not_grow_with_articles(tmp_path):
    from archive.importer.synthetic import write_corpus

    small, large = tmp_path / "small", tmp_path / "large"
    write_corpus(small, 5, seed=3)
    write_corpus(large, 50, seed=4)
    call_command("import_articles", str(small), "--no-extract", verbosity=0)
    with CaptureQueriesContext(connection) as few:
        call_command("extract_entities", "--all", verbosity=0)
    Article.objects.all().delete()
    Person.objects.all().delete()  # both runs start from no person: a run that meets known ones does more, once
    call_command("import_articles", str(large), "--no-extract", verbosity=0)
    with CaptureQueriesContext(connection) as many:
        call_command("extract_entities", "--all", verbosity=0)
    assert ArticlePerson.objects.count() > 20
    # A constant number of queries per batch of 500 articles, whatever the number of articles.
    # SQLite's limit of 999 parameters per statement splits bulk INSERTs into chunks there.
    slack = 2 if connection.vendor == "postgresql" else 15
    assert len(many) <= len(few) + slack
    assert len(many) < 50  # fewer queries than articles: nothing is written row by row


def test_export_carries_entities(two_articles, tmp_path):
    out = tmp_path / "export.jsonl"
    call_command("export_archive", "--output", str(out), verbosity=0)
    entries = {json.loads(line)["origin"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    french = entries["news/fr.txt"]
    person = french["persons"][0]
    assert person["name"] == "Karim Bensouda"
    assert person["review"] == "candidate"
    assert "coopération" in person["role"]
    interpol = next(o for o in french["organizations"] if o["acronym"] == "INTERPOL")
    assert interpol["review"] == "confirmed"
    assert interpol["labels"]["ar"]
    event = french["events"][0]
    assert event["ordinal"] == 48
    assert event["series"]["name"] == "Council of Arab Interior Ministers Session"
    assert event["relation"] == "subject"


def test_export_lists_every_stated_role_with_the_role_first(tmp_path):
    """shared/docs/INTERCHANGE.md: where the article states several roles, `roles` lists them all,
    `role` being the first; a courtesy title is no role, and one role alone gives no list."""
    root = tmp_path / "roles"
    root.mkdir()
    (root / "1.txt").write_text(
        "Lyon – Le général-major Karim Lazrak, président de l'Organisation, a ouvert la session. "
        "Le docteur Samir Haddou, conseiller du ministre, a pris la parole.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0, no_progress=True)
    out = tmp_path / "export.jsonl"
    call_command("export_archive", "--output", str(out), verbosity=0)
    persons = {p["name"]: p for p in json.loads(out.read_text(encoding="utf-8"))["persons"]}
    lazrak, haddou = persons["Karim Lazrak"], persons["Samir Haddou"]
    assert lazrak["role"] == "président de l'Organisation"
    assert lazrak["roles"] == ["président de l'Organisation", "général-major"]
    assert haddou["role"] == "conseiller du ministre"
    assert "roles" not in haddou


def test_a_shared_surname_never_links_two_people(tmp_path):
    """'M. Bennani' names Karim Bennani in one article; in another it may be a relative."""
    root = tmp_path / "family"
    root.mkdir()
    (root / "1.txt").write_text(
        "Rabat – M. Karim Bennani, directeur de la coopération, a reçu une délégation. M. Bennani a salué la visite.\n",
        encoding="utf-8",
    )
    (root / "2.txt").write_text(
        "Tunis – M. Youssef Bennani, ambassadeur du Royaume, a pris part à la réunion. M. Bennani a pris la parole.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    karim = Person.objects.get(name="Karim Bennani")
    youssef = Person.objects.get(name="Youssef Bennani")
    assert list(ArticlePerson.objects.filter(article__origin="family/1.txt").values_list("person", flat=True)) == [
        karim.pk
    ]
    assert list(ArticlePerson.objects.filter(article__origin="family/2.txt").values_list("person", flat=True)) == [
        youssef.pk
    ]


def test_an_evidence_sentence_is_not_cut_after_an_abbreviation(tmp_path):
    sentence = "Le directeur général, M. Karim Tazi, a reçu le président d'Interpol à Rabat."
    _import_one(tmp_path, f" date 2031-03-02\nVisite à Rabat\n{sentence} La visite a duré deux jours.\n")
    link = ArticleOrganization.objects.get(organization__acronym="INTERPOL")
    assert link.sentence == sentence


def test_a_link_added_by_an_editor_is_confirmed_with_the_editor_as_evidence(two_articles):
    from archive.services import link_add
    from people.curation.models import Operation

    french, _ = two_articles
    person = Person.objects.create(name="Salma Idrissi")
    link = link_add(link=ArticlePerson(article=french, person=person, role="observatrice"))
    link.refresh_from_db()
    assert (link.method, link.decision, link.surface) == (Link.Method.EDITOR, Link.Decision.CONFIRMED, "Salma Idrissi")
    assert Operation.objects.filter(kind=Operation.Kind.LINK, summary__contains="Salma Idrissi").exists()
    call_command("extract_entities", "--all", verbosity=0)
    assert ArticlePerson.objects.filter(pk=link.pk, decision=Link.Decision.CONFIRMED).exists()


@pytest.mark.django_db
def test_the_extractor_is_pure_and_every_kind_carries_the_same_evidence(django_assert_num_queries):
    from archive.extraction.results import Evidence
    from archive.extraction.run import build_extractor

    extractor = build_extractor()
    title = "Interpol : ouverture de la 48e session du Conseil des ministres arabes de l'intérieur"
    body = (
        "Tunis, 5 mars 2024 – Le général Karim Alaoui, directeur de la police judiciaire, a ouvert la 48e "
        "session du Conseil des ministres arabes de l'intérieur, en présence du secrétaire général d'Interpol."
    )
    with django_assert_num_queries(0):  # no database: what an import's workers run
        result = extractor.extract_article(
            title=title, body=body, title_derived=False, language="fr", published=PartialDate(2024, 3, 5)
        )
    assert result.persons and result.organizations and result.events
    for found in result.found():
        evidence = found.evidence
        assert type(evidence) is Evidence
        if evidence.start is not None:  # offsets point into the body; a headline mention has none
            assert body[evidence.start : evidence.end] == evidence.surface
        assert evidence.method in {"kb", "rule"} and 0 < evidence.confidence <= 1


@pytest.mark.django_db
def test_a_known_ministrys_name_that_goes_on_names_another_ministry():
    from archive.extraction.run import build_extractor

    body = "La délégation s'est rendue au ministère de l'Intérieur et des Cultes, où elle a été reçue par le ministre."
    result = build_extractor().extract_article(
        title="Une visite de travail", body=body, title_derived=False, language="fr", published=None
    )
    surfaces = {o.evidence.surface: o for o in result.organizations}
    assert "ministère de l'Intérieur et des Cultes" in surfaces
    assert "ministère de l'Intérieur" not in surfaces  # the known ministry is not this one


def test_the_outlet_a_page_opens_with_is_its_source_and_one_of_its_bodies(tmp_path):
    # the site's name above its menu: the article's source, and a body it names (the knowledge
    # base's outlet here), with no offsets in the body
    article = _import_one(
        tmp_path, "Hespress\nPolitique | Economie | Société | Monde | Sport | Culture\n" + FRENCH.split("\n", 1)[1]
    )
    assert article.source.name == "Hespress"
    link = ArticleOrganization.objects.get(article=article, organization__name="Hespress")
    assert link.start is None and link.surface == "Hespress"


def test_the_body_that_holds_a_sessions_series_is_one_of_the_articles_organizations(tmp_path):
    # a joint committee (by its English name) and a council outside the catalogue (as written)
    _import_one(
        tmp_path,
        " date 2031-09-27\nLa 5e session du Comité mixte jordano-qatari de sécurité s'est ouverte mardi à Zarqa.\n\n"
        "La 3e session du Conseil des chefs de police du bassin du lac Tchad s'est tenue à Niamey en mai.\n",
    )
    names = set(ArticleOrganization.objects.values_list("organization__name", flat=True))
    assert {"Jordanian-Qatari Joint Security Committee", "Conseil des chefs de police du bassin du lac Tchad"} <= names


def test_a_joint_group_named_before_its_countries_is_one_of_the_articles_organizations(tmp_path):
    """Its head ends its name ("Joint Migration Group"); its standing opens it ("Permanent …"), and its
    English name keeps it, as stated."""
    article = _import_one(
        tmp_path,
        " date 2031-09-27\nSenegalese and Spanish officials met in Dakar on Monday for the 7th meeting of their "
        "Permanent Joint Migration Group.\n",
    )
    (link,) = ArticleOrganization.objects.filter(article=article, organization__name__contains="Group")
    assert link.organization.name == "Senegalese-Spanish Permanent Joint Migration Group"
    assert link.surface == "Permanent Joint Migration Group"


def test_a_source_shaped_as_an_outlets_name_is_one_of_the_articles_bodies(tmp_path):
    article = _import_one(
        tmp_path, "Sahel Policing Watch\nAccueil | Politique | Sécurité | Monde | Sport\n" + FRENCH.split("\n", 1)[1]
    )
    assert article.source.name == "Sahel Policing Watch"
    assert ArticleOrganization.objects.filter(article=article, organization__name="Sahel Policing Watch").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Les ministres ont évoqué la menace de Boko Haram et de l'État islamique dans le bassin du lac Tchad.",
            "fr",
            {"Boko Haram", "Islamic State"},
        ),
        ("وناقش الوزراء تهديد تنظيم داعش وجماعة بوكو حرام في منطقة الساحل.", "ar", {"Islamic State", "Boko Haram"}),
        (
            "Ministers of the Global Coalition to Defeat ISIS met in Oran to discuss ISWAP and AQIM.",
            "en",
            {
                "Global Coalition to Defeat ISIS",
                "Islamic State West Africa Province",
                "Al-Qaeda in the Islamic Maghreb",
            },
        ),
    ],
)
def test_the_armed_groups_security_news_names_are_organizations(body, language, expected):
    """The groups the field's news is about are named bodies (the corpus conventions annotate them), in
    three languages; a coalition named after one of them is itself, not also that group."""
    from archive.extraction.run import build_extractor

    result = build_extractor().extract_article(
        title="Réunion", body=body, title_derived=False, language=language, published=None
    )
    assert {o.name for o in result.organizations} == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Le ministre a transmis la présidence du Dialogue 5+5 à son homologue.", "fr", {"5+5 Dialogue"}),
        ("وتسلم الوزير الرئاسة الدورية لحوار 5+5 من نظيره.", "ar", {"5+5 Dialogue"}),
        (
            "Patrols were stepped up after MINUSMA left northern Mali.",
            "en",
            {"United Nations Multidimensional Integrated Stabilization Mission in Mali"},
        ),
    ],
)
def test_the_western_mediterranean_dialogue_and_the_un_mission_in_mali_are_organizations(body, language, expected):
    """The 5+5 Dialogue, whose presidency ministers hand over, is a body as well as its conferences' name;
    MINUSMA is the UN mission the Sahel's news names."""
    from archive.extraction.run import build_extractor

    result = build_extractor().extract_article(
        title="Réunion", body=body, title_derived=False, language=language, published=None
    )
    assert {o.name for o in result.organizations} == expected


@pytest.mark.django_db
def test_the_public_security_bodies_of_qatar_and_bahrain_by_their_country():
    """ "الأمن العام بدولة قطر", "الأمن العام بمملكة البحرين": two forces named alike, told apart by the
    country written with them."""
    from archive.extraction.run import build_extractor

    body = "وشارك في الاجتماع مدير الأمن العام بدولة قطر ورئيس الأمن العام بمملكة البحرين."
    result = build_extractor().extract_article(
        title="اجتماع", body=body, title_derived=False, language="ar", published=None
    )
    assert {o.name for o in result.organizations} >= {
        "General Directorate of Public Security (Qatar)",
        "Public Security Forces (Bahrain)",
    }


@pytest.mark.django_db
def test_algerian_dailies_cited_in_a_press_review_are_organizations():
    from archive.extraction.run import build_extractor

    body = "El Moudjahid rapporte que les travaux ont été coprésidés par les deux ministres, selon Le Soir d'Algérie."
    result = build_extractor().extract_article(
        title="Revue de presse", body=body, title_derived=False, language="fr", published=None
    )
    assert {o.name for o in result.organizations} >= {"El Moudjahid", "Le Soir d'Algérie"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "La police sud-africaine et la police zambienne ont saisi la drogue.",
            "fr",
            {"South African Police Service", "Zambia Police Service"},
        ),
        ("وشاركت لجنة رؤساء شرطة غرب إفريقيا في الاجتماع.", "ar", {"West African Police Chiefs Committee"}),
        ("The Uganda Police Force hosted the meeting.", "en", {"Uganda Police Force"}),
    ],
)
def test_southern_and_eastern_african_police_services_and_the_regional_committees_arabic_names(
    body, language, expected
):
    from archive.extraction.run import build_extractor

    result = build_extractor().extract_article(
        title="Réunion", body=body, title_derived=False, language=language, published=None
    )
    assert {o.name for o in result.organizations} >= expected


def test_a_known_ministrys_name_said_of_another_country_is_that_countrys_ministry(tmp_path):
    """ "le ministère de l'Intérieur de Slovénie", "Slovenia's Ministry of Interior": the knowledge base's
    Moroccan ministry goes by that name, but the text says whose it is: one record of that country's ministry,
    named as the file names its own, in both languages; the Moroccan one stays for the Moroccan mention."""
    root = tmp_path / "news"
    root.mkdir()
    (root / "fr.txt").write_text(
        " date 2031-06-12\nOrganisée par le ministère de l'Intérieur de Slovénie, la conférence des chefs de police "
        "s'est tenue à Ljubljana. Le ministère de l'Intérieur marocain y était représenté.\n",
        encoding="utf-8",
    )
    (root / "en.txt").write_text(
        " date 2031-06-12\nThe conference, hosted by Slovenia's Ministry of Interior, brought police chiefs to "
        "Ljubljana on Wednesday.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(root), verbosity=0)
    names = {
        origin: set(
            ArticleOrganization.objects.filter(article__origin=origin).values_list("organization__name", flat=True)
        )
        for origin in ("news/fr.txt", "news/en.txt")
    }
    assert {"Ministry of Interior (Slovenia)", "Ministry of Interior (Morocco)"} <= names["news/fr.txt"]
    assert "Ministry of Interior (Slovenia)" in names["news/en.txt"]
    assert "Ministry of Interior (Morocco)" not in names["news/en.txt"]


@pytest.mark.django_db
def test_the_outlets_name_on_the_source_line_is_no_person():
    """The source opens the text read, on its own line: "The Jordan Courier" names the outlet, though
    "Jordan" is a given name; the same words in the body still name whom they name."""
    from archive.extraction.run import build_extractor

    body = "Amman – Interior Minister Nader Al-Khalidi opened the meeting of the anti-narcotics chiefs."
    result = build_extractor().extract_article(
        title="Anti-narcotics chiefs meet in Amman",
        body=body,
        title_derived=False,
        language="en",
        published=None,
        source="The Jordan Courier",
    )
    names = {p.name for p in result.persons}
    assert "Jordan Courier" not in names
    assert "Nader Al-Khalidi" in names


@pytest.mark.django_db
def test_a_news_agency_announces_an_outlet_only_on_its_own_line():
    from archive.extraction.run import build_extractor

    body = "Ministers of the region agreed on joint patrols in Lomé."
    result = build_extractor().extract_article(
        title="Sahel Wire | News Agency", body=body, title_derived=False, language="en", published=None
    )
    assert "Ministers" not in {o.name for o in result.organizations}
