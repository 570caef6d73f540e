"""The editorial services: each writes what it says, records one operation with the values of
every row it touched, and can be undone to the exact state before."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from archive.models import Article, ArticlePerson, Link
from archive.services import articles_publish, links_confirm, links_reject
from events.models import Event, EventSeries
from events.services import event_merge, series_merge
from people.curation.history import UndoError
from people.curation.merging import MergeError
from people.curation.models import Operation
from people.curation.services import operation_undo
from people.models import Organization, Person, Review
from people.services import (
    entities_confirm,
    entities_reject,
    entity_attach_alias,
    entity_unmerge,
    organization_merge,
    person_merge,
    person_split,
    suggestion_accept,
    suggestion_dismiss,
)
from tests.factories import (
    make_article,
    make_article_event,
    make_article_organization,
    make_article_person,
    make_event,
    make_event_series,
    make_organization,
    make_person,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x")


def snapshot() -> dict:
    """Counts and names of everything a merge touches, to compare before and after."""
    return {
        "persons": sorted(Person.objects.values_list("name", "review")),
        "aliases": {p.name: sorted(p.aliases) for p in Person.objects.all()},
        "links": sorted(ArticlePerson.objects.values_list("article_id", "person__name", "surface", "decision")),
        "affiliations": sorted(ArticlePerson.objects.values_list("pk", "affiliation__name")),
        "organizations": sorted(Organization.objects.values_list("name", "acronym")),
    }


def five_spellings():
    """One man, five records in two scripts; articles naming two of them at once."""
    names = ["Abdellatif Hammouchi", "Abdellatif Hamouchi", "Abdelatif Hammouchi", "A. Hammouchi", "عبد اللطيف حموشي"]
    persons = [make_person(name=name, aliases=[], label_fr="") for name in names]
    shared = make_article()
    for person in persons:
        make_article_person(person=person, surface=person.name)
    make_article_person(article=shared, person=persons[0], surface=names[0])
    make_article_person(article=shared, person=persons[1], surface=names[1], decision=Link.Decision.CONFIRMED)
    return persons


def test_merge_then_undo_gives_back_exactly_the_state_before(editor):
    persons = five_spellings()
    bystander = make_person(name="Khalid Zerouali", similar_to=persons[2], similarity=91.0)
    before = snapshot()

    op = person_merge(survivor=persons[0], others=persons[1:], by=editor)

    survivor = Person.objects.get(pk=persons[0].pk)
    assert Person.objects.filter(pk__in=[p.pk for p in persons[1:]]).count() == 0
    assert set(survivor.aliases) == {p.name for p in persons[1:]}
    # 5 own links + 2 in the shared article, collapsed to 1
    assert survivor.article_links.count() == 6
    assert ArticlePerson.objects.count() == 6
    assert Person.objects.get(pk=bystander.pk).similar_to_id == survivor.pk
    assert op.kind == Operation.Kind.MERGE and op.by == editor and op.rows > 0
    assert Person.objects.search("hamouchi").get() == survivor
    assert Person.objects.search("حموشي").get() == survivor

    entity_unmerge(merge=op, by=editor)

    assert snapshot() == before
    assert Person.objects.get(pk=bystander.pk).similar_to_id == persons[2].pk
    op.refresh_from_db()
    assert op.undone_by is not None
    with pytest.raises(UndoError, match="already undone"):
        operation_undo(operation=op, by=editor)


def test_undo_of_the_undo_merges_again(editor):
    persons = five_spellings()
    op = person_merge(survivor=persons[0], others=persons[1:3], by=editor)
    after_merge = snapshot()
    undo = operation_undo(operation=op, by=editor)
    operation_undo(operation=undo, by=editor)
    assert snapshot() == after_merge


def test_undo_is_refused_when_a_later_operation_changed_the_rows(editor):
    persons = five_spellings()
    op = person_merge(survivor=persons[0], others=persons[1:3], by=editor)
    entities_reject(entities=Person.objects.filter(pk=persons[0].pk), by=editor)
    with pytest.raises(UndoError, match="changed since"):
        operation_undo(operation=op, by=editor)


def test_merge_refuses_a_survivor_among_the_others():
    person = make_person()
    with pytest.raises(MergeError):
        person_merge(survivor=person, others=[person])


def test_reject_takes_the_entity_and_its_links_out_of_view_and_undo_brings_them_back(editor):
    person = make_person(name="Rédaction Barlamane")
    links = [make_article_person(person=person) for _ in range(3)]
    assert entities_reject(entities=Person.objects.filter(pk=person.pk), by=editor) == 1
    person.refresh_from_db()
    assert person.review == Review.REJECTED
    assert not Person.objects.public().filter(pk=person.pk).exists()
    assert ArticlePerson.objects.kept().filter(person=person).count() == 0
    operation_undo(operation=Operation.objects.get(kind=Operation.Kind.REJECT), by=editor)
    person.refresh_from_db()
    assert person.review == Review.CANDIDATE
    assert ArticlePerson.objects.kept().filter(person=person).count() == len(links)


def test_confirm_records_who_and_can_be_undone(editor):
    person = make_person(review=Review.CANDIDATE)
    assert entities_confirm(entities=Person.objects.all(), by=editor) == 1
    record = person.history.filter(operation__isnull=False).get()
    assert record.review == Review.CONFIRMED and record.history_user == editor
    # The state before the first traced change was kept as a baseline: undo has a "before".
    operation_undo(operation=record.operation, by=editor)
    person.refresh_from_db()
    assert person.review == Review.CANDIDATE


def test_attach_as_alias_moves_links_and_names(editor):
    known = make_organization(name="Direction générale de la Sûreté nationale", acronym="DGSN", aliases=[])
    candidate = make_organization(name="Sûreté nationale marocaine", acronym="", aliases=["الأمن الوطني"])
    link = make_article_organization(organization=candidate)
    entity_attach_alias(candidate=candidate, known=known, by=editor)
    known.refresh_from_db()
    assert {"Sûreté nationale marocaine", "الأمن الوطني"} <= set(known.aliases)
    link.refresh_from_db()
    assert link.organization_id == known.pk
    assert not Organization.objects.filter(pk=candidate.pk).exists()
    assert known in Organization.objects.search("surete nationale marocaine")
    assert known in Organization.objects.search("الامن الوطني")


def test_suggestion_accept_and_dismiss(editor):
    known = make_person(name="Mohamed Dkhissi", aliases=[])
    spelled = make_person(name="Mohamed Dkhisi", aliases=[], similar_to=known, similarity=93.0)
    other = make_person(name="Mohamed Dkhili", aliases=[], similar_to=known, similarity=86.0)
    make_article_person(person=spelled)
    suggestion_accept(entity=spelled, by=editor)
    assert not Person.objects.filter(pk=spelled.pk).exists()
    assert "Mohamed Dkhisi" in Person.objects.get(pk=known.pk).aliases
    assert known.article_links.count() == 1
    suggestion_dismiss(entity=other, by=editor)
    other.refresh_from_db()
    assert other.similar_to is None and other.similarity is None
    with pytest.raises(MergeError, match="no suggestion"):
        suggestion_accept(entity=other, by=editor)


def test_split_takes_chosen_links_out_to_a_new_person(editor):
    person = make_person(name="Mohamed Ali", aliases=[])
    kept = make_article_person(person=person, surface="Mohamed Ali")
    taken = [make_article_person(person=person, surface="M. Ali (boxer)") for _ in range(2)]
    new = person_split(person=person, links=taken, name="Mohamed Ali (athlete)", by=editor)
    assert set(new.article_links.values_list("pk", flat=True)) == {link.pk for link in taken}
    assert list(person.article_links.values_list("pk", flat=True)) == [kept.pk]
    assert new.aliases == ["M. Ali (boxer)"]
    operation_undo(operation=Operation.objects.get(kind=Operation.Kind.SPLIT), by=editor)
    assert not Person.objects.filter(pk=new.pk).exists()
    assert person.article_links.count() == 3


def test_organization_merge_moves_affiliations_and_children(editor):
    survivor = make_organization(name="INTERPOL", acronym="INTERPOL", aliases=[])
    other = make_organization(name="Organisation internationale de police criminelle", acronym="OIPC", aliases=[])
    child = make_organization(name="Bureau central national Rabat", parent=other)
    link = make_article_person(affiliation=other)
    organization_merge(survivor=survivor, others=[other], by=editor)
    child.refresh_from_db()
    link.refresh_from_db()
    assert child.parent_id == survivor.pk
    assert link.affiliation_id == survivor.pk


def test_series_merge_moves_sessions_and_refuses_clashing_ordinals(editor):
    survivor = make_event_series(name="Test General Assembly", aliases=[])
    other = make_event_series(name="Assemblée générale de test", aliases=[])
    session = make_event(series=other, ordinal=92)
    series_merge(survivor=survivor, others=[other], by=editor)
    session.refresh_from_db()
    assert session.series_id == survivor.pk
    assert "Assemblée générale de test" in EventSeries.objects.get(pk=survivor.pk).aliases
    assert survivor in EventSeries.objects.search("assemblee generale de test")

    third = make_event_series(name="General Assembly of Test")
    make_event(series=third, ordinal=92)
    with pytest.raises(MergeError, match="merge those first"):
        series_merge(survivor=survivor, others=[third], by=editor)
    assert EventSeries.objects.filter(pk=third.pk).exists()  # nothing half-done


def test_event_merge_takes_the_number_and_collapses_links(editor):
    series = make_event_series()
    numbered = make_event(series=series, ordinal=47, name="47th session", city="")
    loose = make_event(name="session du Conseil des ministres arabes de l'Intérieur", city="Tunis", country="TN")
    article = make_article()
    make_article_event(article=article, event=numbered)
    make_article_event(article=article, event=loose)
    event_merge(survivor=loose, others=[numbered], by=editor)
    loose.refresh_from_db()
    assert (loose.series_id, loose.ordinal, loose.city) == (series.pk, 47, "Tunis")
    assert loose.aliases == ["47th session"]
    assert loose.article_links.count() == 1
    operation_undo(operation=Operation.objects.get(kind=Operation.Kind.MERGE), by=editor)
    numbered.refresh_from_db()
    loose.refresh_from_db()
    assert (numbered.series_id, numbered.ordinal) == (series.pk, 47)
    assert loose.ordinal is None and Event.objects.filter(pk__in=[loose.pk, numbered.pk]).count() == 2


def test_publish_by_event_and_undo(editor):
    event = make_event()
    about = [make_article_event(event=event).article for _ in range(3)]
    elsewhere = make_article()
    articles = Article.objects.filter(event_links__event=event)
    assert articles_publish(articles=articles, by=editor) == 3
    assert set(Article.objects.published().values_list("pk", flat=True)) == {a.pk for a in about}
    op = Operation.objects.get(kind=Operation.Kind.PUBLISH)
    assert op.rows == 3  # one bulk change over three articles
    assert op.bulk_changes.get().ids == sorted(a.pk for a in about)
    operation_undo(operation=op, by=editor)
    assert not Article.objects.published().exists()
    elsewhere.refresh_from_db()
    assert elsewhere.status == Article.Status.DRAFT


def test_links_confirm_and_reject(editor):
    links = [make_article_person() for _ in range(2)]
    assert links_confirm(links=ArticlePerson.objects.filter(pk=links[0].pk), by=editor) == 1
    assert links_reject(links=ArticlePerson.objects.filter(pk=links[1].pk), by=editor) == 1
    assert sorted(ArticlePerson.objects.values_list("decision", flat=True)) == ["confirmed", "rejected"]


def test_a_rejected_entity_stays_rejected_on_re_extraction(sample_corpus, editor):
    from django.core.management import call_command

    call_command("import_articles", str(sample_corpus), verbosity=0)
    person = Person.objects.filter(article_links__isnull=False).distinct().first()
    assert person is not None
    entities_reject(entities=Person.objects.filter(pk=person.pk), by=editor)
    ArticlePerson.objects.filter(person=person).delete()  # as if the links were never reviewed
    call_command("extract_entities", "--all", verbosity=0)
    person.refresh_from_db()
    assert person.review == Review.REJECTED
    assert Person.objects.filter(name=person.name).count() == 1  # not created again as a candidate
    links = ArticlePerson.objects.filter(person=person)
    assert links.exists()
    assert set(links.values_list("decision", flat=True)) == {Link.Decision.REJECTED}


def test_a_rejected_event_stays_rejected_on_re_extraction(sample_corpus, editor):
    from django.core.management import call_command

    from archive.models import ArticleEvent

    call_command("import_articles", str(sample_corpus), verbosity=0)
    event = Event.objects.filter(article_links__isnull=False).distinct().first()
    assert event is not None and event.review == Review.CANDIDATE  # the importer's events wait for review
    entities_reject(entities=Event.objects.filter(pk=event.pk), by=editor)
    ArticleEvent.objects.filter(event=event).delete()  # as if the links were never reviewed
    call_command("extract_entities", "--all", verbosity=0)
    event.refresh_from_db()
    assert event.review == Review.REJECTED
    links = ArticleEvent.objects.filter(event=event)
    assert links.exists()
    assert set(links.values_list("decision", flat=True)) == {Link.Decision.REJECTED}


def test_merge_moves_identity_decisions_and_undo_moves_them_back(editor):
    from people.models import IdentityDecision

    survivor, other = make_person(name="Karim Belhadjoub"), make_person(name="Karim Belhadjoube")
    decision = IdentityDecision.objects.create(
        person=other, matched=survivor, spelling="Karim Belhadjoube", outcome="suggestion", score=0.7
    )
    op = person_merge(survivor=survivor, others=[other], by=editor)
    decision.refresh_from_db()
    assert decision.person_id == survivor.pk
    entity_unmerge(merge=op, by=editor)
    decision.refresh_from_db()
    assert (decision.person_id, decision.matched_id) == (other.pk, survivor.pk)


def test_an_importers_same_decision_is_split_and_a_suggestion_merged(editor):
    from archive.services import identity_decision_merge, identity_decision_split
    from people.models import IdentityDecision

    known = make_person(name="Karim Belhadj", aliases=["Karim Belhadjoub"])
    wrong = make_article_person(person=known, surface="Karim Belhadjoub")
    right = make_article_person(person=known, surface="Karim Belhadj")
    same = IdentityDecision.objects.create(
        person=known,
        matched=known,
        spelling="Karim Belhadjoub",
        outcome="same",
        score=0.8,
        article_id=wrong.article_id,
    )
    new = identity_decision_split(decision=same, by=editor)
    wrong.refresh_from_db()
    right.refresh_from_db()
    known.refresh_from_db()
    same.refresh_from_db()
    assert (wrong.person_id, right.person_id) == (new.pk, known.pk)
    assert new.name == "Karim Belhadjoub" and "Karim Belhadjoub" not in known.aliases
    assert same.undone_at is not None and same.undone_by == editor

    candidate = make_person(name="Karim Belhadje", aliases=[])
    suggestion = IdentityDecision.objects.create(
        person=candidate, matched=known, spelling="Karim Belhadje", outcome="suggestion", score=0.7
    )
    identity_decision_merge(decision=suggestion, by=editor)
    assert not Person.objects.filter(pk=candidate.pk).exists()
    assert "Karim Belhadje" in Person.objects.get(pk=known.pk).aliases
    with pytest.raises(MergeError, match="already undone"):
        identity_decision_split(decision=same, by=editor)


def _articles(count: int) -> list[Article]:
    """Many articles at once (bulk_create), as the importer writes them: no history yet."""
    rows = [
        Article(
            title=f"Bulk {n}",
            raw_text=f"Bulk {n}",
            body=f"Bulk {n}",
            language="fr",
            origin=f"bulk/{n}.txt",
            content_hash=f"bulk-{n}",
        )
        for n in range(count)
    ]
    return Article.objects.bulk_create(rows)


def test_a_bulk_publish_is_set_based_and_one_record(editor, django_assert_max_num_queries, monkeypatch):
    from people.curation import history
    from people.curation.models import BulkChange

    monkeypatch.setattr(history, "BULK_BATCH", 100)
    rows = _articles(1000)
    already = rows[:10]
    Article.objects.filter(pk__in=[a.pk for a in already]).update(status=Article.Status.PUBLISHED)
    # The ids, ten UPDATEs of 100 ids, the operation, its one record and its row count (a query
    # per traced model): 27, never a query per article (that would be 990 at least); then the
    # pages' counts recounted whole (archive/coverage.py: a check, two statements per kind of
    # entity and two for the years, in a savepoint): 11 more.
    with django_assert_max_num_queries(41):
        assert articles_publish(articles=Article.objects.all(), by=editor) == 990
    assert Article.objects.published().count() == 1000
    assert Article.history.count() == 0  # no history row per article
    op = Operation.objects.get(kind=Operation.Kind.PUBLISH)
    change = BulkChange.objects.get()
    assert (change.operation, change.field, change.before, change.after) == (op, "status", "draft", "published")
    assert len(change.ids) == 990 and op.rows == 990
    # The checks (a query per traced model), ten UPDATEs back, the undo and its record; the recount.
    with django_assert_max_num_queries(56):
        operation_undo(operation=op, by=editor)
    # Exactly those it published are drafts again; those published before stay published.
    assert set(Article.objects.published().values_list("pk", flat=True)) == {a.pk for a in already}
    redo = Operation.objects.get(kind=Operation.Kind.UNDO)
    operation_undo(operation=redo, by=editor)
    assert Article.objects.published().count() == 1000


def test_bulk_changes_touching_an_id_match_whole_ids_only():
    from people.curation.models import BulkChange

    op = Operation.objects.create(kind=Operation.Kind.PUBLISH, summary="published 3 articles")
    change = BulkChange.objects.create(
        operation=op, model="archive.article", field="status", before="draft", after="published", ids=[11, 21, 110]
    )
    BulkChange.objects.create(operation=op, model="people.person", field="review", before="a", after="b", ids=[1])
    assert list(BulkChange.objects.touching(Article, 11)) == [change]
    assert list(BulkChange.objects.touching(Article, 110)) == [change]
    assert not BulkChange.objects.touching(Article, 1).exists()  # a digit of 11, 21, 110; a person's id
    assert not BulkChange.objects.touching(Article, 10).exists()


def test_undo_of_a_bulk_publish_is_refused_after_a_later_edit(editor):
    from archive.services import article_update

    rows = _articles(3)
    articles_publish(articles=Article.objects.all(), by=editor)
    article_update(article=Article.objects.get(pk=rows[1].pk), changes={"title": "Edited"}, by=editor)
    with pytest.raises(UndoError, match=f"#{rows[1].pk} was changed since"):
        operation_undo(operation=Operation.objects.get(kind=Operation.Kind.PUBLISH), by=editor)
    assert Article.objects.published().count() == 3


def test_undoing_an_edit_made_after_a_bulk_publish_keeps_the_article_published(editor):
    from archive.services import article_update

    [article] = _articles(1)
    article_update(article=article, changes={"title": "First edit"}, by=editor)  # history: draft
    articles_publish(articles=Article.objects.all(), by=editor)
    edit = article_update(article=Article.objects.get(pk=article.pk), changes={"title": "Second edit"}, by=editor)
    assert edit.title == "Second edit"
    operation_undo(operation=Operation.objects.filter(kind=Operation.Kind.EDIT).latest("pk"), by=editor)
    article.refresh_from_db()
    assert (article.title, article.status) == ("First edit", Article.Status.PUBLISHED)


def test_the_catalogues_sessions_are_confirmed_and_wait_for_no_review():
    # Loaded by the data migrations: every known session of the catalogue, none a candidate.
    assert Event.objects.exists()
    assert not Event.objects.candidates().exists()
    assert not EventSeries.objects.candidates().exists()
