"""Identity at import: one record per person across articles and scripts, each decision recorded."""

import pytest
from django.core.management import call_command

from archive.models import ArticlePerson
from people.models import IdentityDecision, Person

pytestmark = pytest.mark.django_db


def _import(tmp_path, articles: dict[str, str]) -> None:
    root = tmp_path / "news"
    root.mkdir(exist_ok=True)
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    call_command("import_articles", str(root), verbosity=0)


def _persons_of(origin: str) -> list[int]:
    return list(ArticlePerson.objects.filter(article__origin=origin).values_list("person_id", flat=True))


def test_spellings_and_scripts_of_one_person_are_one_record(tmp_path):
    _import(
        tmp_path,
        {
            "1.txt": "Rabat – M. Abdelkrim Ouardighi, directeur de la coopération, a reçu une délégation.\n",
            "2.txt": "Tunis – M. Abdelkarim Wardighi, directeur de la coopération, a pris part à la réunion.\n",
            "3.txt": "الرباط – استقبل السيد عبد الكريم الورديغي، مدير التعاون، وفدا رفيع المستوى.\n",
        },
    )
    ids = {*_persons_of("news/1.txt"), *_persons_of("news/2.txt"), *_persons_of("news/3.txt")}
    assert len(ids) == 1
    person = Person.objects.get(pk=ids.pop())
    assert person.name == "Abdelkrim Ouardighi"  # the first full Latin spelling
    assert person.label_ar == "عبد الكريم الورديغي"
    assert "Abdelkarim Wardighi" in person.all_names()
    decisions = {d.spelling: d for d in IdentityDecision.objects.filter(person=person)}
    assert decisions["Abdelkrim Ouardighi"].outcome == "new"
    assert decisions["Abdelkarim Wardighi"].outcome == "same"
    arabic = decisions["عبد الكريم الورديغي"]
    assert (arabic.outcome, arabic.script, arabic.matched_id) == ("same", "arabic", person.pk)
    assert arabic.origin == "news/3.txt" and arabic.reasons[0]["evidence"] == "name"


def test_an_arabic_record_takes_the_latin_name_when_one_arrives(tmp_path):
    _import(tmp_path, {"1.txt": "الرباط – استقبل السيد يوسف المنصوري، مدير التعاون، وفدا رفيع المستوى.\n"})
    _import(
        tmp_path, {"2.txt": "Rabat – M. Youssef El Mansouri, directeur de la coopération, a reçu une délégation.\n"}
    )
    person = Person.objects.get()
    assert (person.name, person.label_ar, person.label_fr) == (
        "Youssef El Mansouri",
        "يوسف المنصوري",
        "Youssef El Mansouri",
    )
    assert "يوسف المنصوري" in person.all_names()


def test_two_persons_of_one_article_are_never_made_one(tmp_path):
    _import(tmp_path, {"1.txt": "Doha – Le ministre, M. Hamza Al-Qasimi, a reçu une délégation.\n"})
    _import(
        tmp_path,
        {
            "2.txt": "Doha – La délégation comprenait M. Hamza bin Khalid Al-Qasimi, ministre de l'Intérieur, "
            "et M. Hamza bin Rashid Al-Qasimi, directeur de la police, qui ont reçu leurs homologues.\n",
        },
    )
    known = Person.objects.get(name="Hamza Al-Qasimi")
    ids = _persons_of("news/2.txt")
    assert len(ids) == len(set(ids)) == 2  # both names fit the known one: only one may be him
    assert known.pk in ids
    other = IdentityDecision.objects.get(article_id__isnull=False, outcome="new", matched=known)
    assert other.person_id in ids and other.person_id != known.pk
    assert any(r["evidence"] == "same article" for r in other.reasons)


def test_a_near_name_becomes_a_suggestion_not_a_merge(tmp_path):
    _import(tmp_path, {"1.txt": "Rabat – M. Christian Becker, directeur de la coopération, a reçu une délégation.\n"})
    # "Chris" for "Christian": near, not the same by the name alone
    _import(tmp_path, {"2.txt": "الرباط – استقبل السيد كريس بيكر، مدير التعاون، وفدا رفيع المستوى.\n"})
    latin, arabic = Person.objects.get(name="Christian Becker"), Person.objects.get(name="كريس بيكر")
    assert arabic.similar_to == latin
    decision = IdentityDecision.objects.get(person=arabic)
    assert (decision.outcome, decision.matched) == ("suggestion", latin)


def test_an_organization_spelled_apart_is_the_known_body_and_near_names_are_suggested(tmp_path):
    from people.models import Organization

    known = Organization.objects.create(name="Observatoire régional de la criminalité urbaine", review="confirmed")
    resolver_names = [
        "Observatoire regional de la criminalite urbaine",
        "Observatoire régional de la criminalité rurale",
    ]
    from people.similarity import SimilarNames

    similar = SimilarNames([(known.pk, known.name)])
    assert similar.same_spelling(resolver_names[0]).entity_key == known.pk  # accents apart: the same body
    assert similar.same_spelling(resolver_names[1]) is None  # another word: another body
    assert similar.propose(resolver_names[1]).entity_key == known.pk  # ... only suggested


def test_an_editors_split_is_not_redone_by_the_next_import_or_re_extraction(tmp_path):
    from archive.services import identity_decision_split

    _import(
        tmp_path,
        {
            "1.txt": "Rabat – M. Abdelkrim Ouardighi, directeur de la coopération, a reçu une délégation.\n",
            "2.txt": "Tunis – M. Abdelkarim Wardighi, directeur de la coopération, a pris part à la réunion.\n",
        },
    )
    same = IdentityDecision.objects.get(spelling="Abdelkarim Wardighi", outcome="same")
    original = same.person
    split = identity_decision_split(decision=same)
    call_command("extract_entities", "--all", verbosity=0)
    _import(tmp_path, {"3.txt": "Tunis – M. Abdelkarim Wardighi, directeur de la coopération, a signé l'accord.\n"})
    assert _persons_of("news/1.txt") == [original.pk]
    assert _persons_of("news/2.txt") == [split.pk]
    assert _persons_of("news/3.txt") == [split.pk]
    original.refresh_from_db()
    assert "Abdelkarim Wardighi" not in original.all_names()


def test_the_body_named_after_a_name_is_context_that_makes_a_shorter_name_the_same(tmp_path):
    # the second article leaves out the second family name; the body it names after the name
    # (not in the role) is the one the first article's role names
    _import(tmp_path, {"1.txt": "Lyon – Pablo Ortega Vidal, directeur des opérations d'Interpol, a ouvert.\n"})
    _import(tmp_path, {"2.txt": "Madrid – Le commissaire Pablo Ortega, d'Interpol, a présenté le rapport annuel.\n"})
    (first,) = _persons_of("news/1.txt")
    assert _persons_of("news/2.txt") == [first]
    decision = IdentityDecision.objects.get(spelling="Pablo Ortega")
    assert decision.outcome == "same"
    assert {r["evidence"] for r in decision.reasons} >= {"name", "affiliation"}
    link = ArticlePerson.objects.get(article__origin="news/2.txt")
    assert link.role == "commissaire" and link.affiliation.acronym == "INTERPOL"
