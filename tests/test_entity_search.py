"""Search that forgives: one folding for keys and queries, the same answers on SQLite and
PostgreSQL, keys kept current by every path that writes names (forms, services, the importer)."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from archive.models import Article
from events.models import Event
from people.models import Organization, Person
from tests.factories import make_article, make_event, make_organization, make_person
from text.search_keys import search_key, search_words


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("Sûreté  NATIONALE", ["surete", "nationale"]),
        ("الإنتربول", ["انتربول"]),
        ("والانتربول", ["انتربول"]),
        ("انتربول", ["انتربول"]),
        ("الدورة ٩٣", ["دوره", "93"]),
        ("Hammouchi-Hammouchi", ["hammouchi"]),
        ("ال", ["ال"]),  # too short to be an article before a word
        ("", []),
    ],
)
def test_search_words_fold_what_spelling_varies_on(query, words):
    assert search_words(query) == words


def test_search_key_holds_every_name_once():
    assert (
        search_key(["Sûreté nationale", "SURETE NATIONALE", "الأمن الوطني", None, ""])
        == "surete nationale\nالامن الوطني"
    )


pytestmark = pytest.mark.django_db


def test_entities_are_found_without_accents_case_or_arabic_article():
    dgsn = make_organization(name="Sûreté nationale", label_ar="الأمن الوطني", aliases=["إدارة الأمن"], acronym="DGSNX")
    interpol = make_organization(name="Zinterpol", label_ar="الإنتربول", aliases=[])
    assert dgsn in Organization.objects.search("surete nationale")
    assert dgsn in Organization.objects.search("ادارة الامن")  # an alias, hamza folded
    assert dgsn in Organization.objects.search("dgsnx")  # the acronym
    assert interpol in Organization.objects.search("انتربول")
    assert interpol not in Organization.objects.search("surete")


def test_keys_follow_edits_through_save_and_bulk_update():
    person = make_person(name="Mohamed Dkhissi", aliases=[])
    person.aliases = ["محمد الدخيسي"]
    person.save()
    assert person in Person.objects.search("الدخيسي")
    person.aliases = ["Dkhissi Mohammed"]
    Person.objects.bulk_update([person], ["aliases"])
    assert person in Person.objects.search("mohammed")
    assert person not in Person.objects.search("الدخيسي")


def test_articles_and_events_are_searchable_by_title_and_name():
    article = make_article(title="Réunion des ministres arabes de l'Intérieur à Tunis")
    event = make_event(name="٤١e session", city="Tunis", aliases=["Conseil des ministres"])
    assert article in Article.objects.search("reunion ministres interieur")
    assert event in Event.objects.search("41e session")
    assert event in Event.objects.search("conseil ministres")


def test_the_importer_writes_keys(sample_corpus):
    call_command("import_articles", str(sample_corpus), verbosity=0)
    assert not Article.objects.filter(search_key="").exists()
    assert not Person.objects.filter(search_key="").exists()
    assert not Organization.objects.filter(search_key="").exists()
    assert Organization.objects.search("انتربول").exists()


def test_refresh_search_keys_rebuilds_keys_after_a_raw_update():
    person = make_person(name="Abdellatif Hammouchi", aliases=[])
    Person.objects.filter(pk=person.pk).update(search_key="")
    call_command("refresh_search_keys", verbosity=0)
    assert person in Person.objects.search("hammouchi")


def test_a_bulk_rename_keeps_the_renamed_rows_searchable():
    first = make_person(name="Abdellatif Hammouchi", aliases=[])
    second = make_person(name="Abdellatif Hammouchi", aliases=["Hamouchi"])
    other = make_person(name="Khalid Zerouali", aliases=[])
    # The filter selects rows by the name the update changes: the rows are chosen before.
    changed = Person.objects.filter(name="Abdellatif Hammouchi").update(name="Mohamed Dkhissi")
    assert changed == 2
    assert set(Person.objects.search("dkhissi")) == {first, second}
    for person in Person.objects.all():  # every key is what the row's names give now
        assert person.search_key == search_key(person.search_names())
    assert Person.objects.search("hamouchi").get() == second  # the untouched alias still counts
    assert other in Person.objects.search("zerouali")


def test_an_update_by_expression_over_names_recomputes_the_keys():
    from django.db.models import Value
    from django.db.models.functions import Concat

    org = make_organization(name="Sûreté nationale", aliases=[])
    Organization.objects.filter(pk=org.pk).update(label_ar=Concat(Value("المديرية العامة"), Value(" للأمن الوطني")))
    assert org in Organization.objects.search("للامن الوطني")


def test_an_update_of_other_fields_leaves_the_key_alone():
    person = make_person(name="Abdellatif Hammouchi", aliases=[])
    key = Person.objects.get(pk=person.pk).search_key
    Person.objects.filter(pk=person.pk).update(similarity=42.0)
    assert Person.objects.get(pk=person.pk).search_key == key


def test_an_article_title_is_not_changed_by_a_set_based_update():
    article = make_article(title="Réunion à Tunis")
    with pytest.raises(ValueError, match="article_update"):
        Article.objects.filter(pk=article.pk).update(title="Autre titre")
    assert Article.objects.get(pk=article.pk).title == "Réunion à Tunis"
