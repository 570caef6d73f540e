"""The article search service: folding, query syntax, entity names, snippets, capped counts.

Runs on the configured database: PostgreSQL's full-text search or the SQLite fallback, with the
same expectations wherever both can meet them.
"""

import datetime as dt

import pytest
from django.db import connection

from archive.models import Article, ArticleSearch
from archive.search import service
from archive.search.analysis import article_text, parse_query, search_document, tokens
from archive.search.indexing import article_document
from archive.search.service import search_articles
from tests.factories import make_article, make_article_person, make_person

PUBLISHED = Article.Status.PUBLISHED
postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="ranking needs PostgreSQL")


# analysis (no database)


def test_query_is_folded_with_operators_kept():
    parsed = parse_query('Sécurité "Conseil des ministres" -Police or الأمن')
    assert parsed.websearch == 'securite "conseil ministres" -police or الامن'
    assert parsed.alternatives == [["securite", "conseil ministres"], ["الامن"]]
    assert parsed.excluded == ["police"]


def test_query_of_function_words_or_exclusions_only_is_empty():
    assert not parse_query("de la des")
    assert not parse_query("-interpol")
    assert not parse_query("   ")


def test_hyphenated_word_becomes_a_phrase():
    assert parse_query("anti-terrorisme").websearch == '"anti terrorisme"'


def test_document_drops_function_words_of_its_language_and_folds():
    assert search_document("La Sûreté nationale et l'INTERPOL", "fr") == "surete nationale interpol"
    assert search_document("وزراء الداخلية في الرباط", "ar") == "وزرا الداخليه الرباط"


def test_stored_document_and_snippet_tokens_agree(sample_corpus):
    """Snippets map the database's fragments back through `tokens`: the same words, in order."""
    for path in sorted(sample_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for language in ("fr", "ar", "en"):
            assert search_document(text, language) == " ".join(t.word for t in tokens(text, language))


def test_article_document_is_the_document_of_title_and_body_together(sample_corpus):
    """The import folds title and body apart (the body's words are shared with its signature):
    the same document as their `article_text`, at the seam too (a diacritic, a hyphen, a tatweel)."""
    pairs = [("الأمنُ", "ـالوطني"), ("Sûreté-", "-nationale"), ("", "La Police"), ("INTERPOL", ""), ("a_", "_b")]
    for path in sorted(sample_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        pairs.append(tuple(text.split("\n", 1)) if "\n" in text else (text, text))
    for title, body in pairs:
        for language in ("fr", "ar", "en"):
            assert article_document(title, body, language) == search_document(article_text(title, body), language)


def test_tokens_point_at_the_original_spelling():
    text = "Réunion à Rabat: الأمنُ الوطني"
    words = tokens(text, "fr")
    assert [text[t.start : t.end] for t in words] == ["Réunion", "Rabat", "الأمنُ", "الوطني"]


# the service (database)


@pytest.fixture
def corpus(db):
    articles = {
        "fr": make_article(
            title="La sécurité des grands événements",
            body="Les experts du Conseil des ministres arabes de l'Intérieur ont examiné la coopération policière.",
            language="fr",
            status=PUBLISHED,
        ),
        "ar": make_article(
            title="اجتماع حول الأمن",
            body="ناقش مجلس وزراء الداخلية العرب تعزيز التعاون الأمني بين الأجهزة.",
            language="ar",
            status=PUBLISHED,
        ),
        "en": make_article(
            title="Police chiefs meet",
            body="Police cooperation against organized crime was discussed with Interpol.",
            language="en",
            status=PUBLISHED,
        ),
        "draft": make_article(
            title="Brouillon sur la sécurité", body="Texte non publié.", language="fr", status=Article.Status.DRAFT
        ),
    }
    return articles


def _ids(results):
    return {hit.article.pk for hit in results.hits}


@pytest.mark.django_db
def test_accents_and_case_do_not_matter(corpus):
    assert _ids(search_articles(q="SECURITE")) == {corpus["fr"].pk}
    assert _ids(search_articles(q="sécurité")) == {corpus["fr"].pk}


@pytest.mark.django_db
def test_arabic_hamza_and_ta_marbuta_do_not_matter(corpus):
    assert corpus["ar"].pk in _ids(search_articles(q="الامن"))
    assert corpus["ar"].pk in _ids(search_articles(q="الداخليه"))


@pytest.mark.django_db
def test_drafts_are_never_found(corpus):
    assert corpus["draft"].pk not in _ids(search_articles(q="sécurité"))


@pytest.mark.django_db
def test_phrase_and_exclusion(corpus):
    assert _ids(search_articles(q='"conseil des ministres"')) == {corpus["fr"].pk}
    assert _ids(search_articles(q='"ministres conseil"')) == set()
    assert _ids(search_articles(q="police -interpol")) == set()
    assert _ids(search_articles(q="police")) == {corpus["en"].pk}


@pytest.mark.django_db
def test_or_between_alternatives(corpus):
    assert _ids(search_articles(q="interpol or sécurité")) == {corpus["en"].pk, corpus["fr"].pk}


@pytest.mark.django_db
def test_snippet_marks_matches_in_original_spelling(corpus):
    hit = search_articles(q="securite").hits[0]
    assert "<mark>sécurité</mark>" in hit.snippet


@pytest.mark.django_db
def test_snippet_escapes_markup(db):
    make_article(title="Alerte", body="Le texte cite <script>alert('x')</script> et la sécurité.", status=PUBLISHED)
    snippet = search_articles(q="alerte").hits[0].snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet


@pytest.mark.django_db
def test_entity_name_in_another_script_finds_linked_articles(corpus):
    person = make_person(name="Abdellatif Hammouchi", label_ar="عبد اللطيف الحموشي", aliases=["Hammouchi"])
    make_article_person(article=corpus["ar"], person=person, surface="الحموشي")
    results = search_articles(q="Hammouchi")
    assert _ids(results) == {corpus["ar"].pk}
    assert results.entities.persons == [person]
    assert _ids(search_articles(q="الحموشي")) == {corpus["ar"].pk}


@pytest.mark.django_db
def test_rejected_link_does_not_count(corpus):
    person = make_person(name="Abdellatif Hammouchi", aliases=["Hammouchi"])
    make_article_person(article=corpus["ar"], person=person, decision="rejected")
    assert _ids(search_articles(q="Hammouchi")) == set()


@pytest.mark.django_db
def test_queryset_narrows_the_search(corpus):
    only_arabic = Article.objects.published().filter(language="ar")
    assert _ids(search_articles(q="interpol or الامن", queryset=only_arabic)) == {corpus["ar"].pk}


@pytest.mark.django_db
def test_search_rows_follow_edits(corpus):
    article = corpus["en"]
    article.body = "Now about maritime piracy."
    article.save()
    assert ArticleSearch.objects.get(article=article).document.endswith("maritime piracy")
    assert article.pk in _ids(search_articles(q="piracy"))


@pytest.mark.django_db
def test_import_indexes_in_bulk(sample_corpus):
    from archive.importer.pipeline import ImportOptions, import_paths

    import_paths([sample_corpus], options=ImportOptions(publish=True, extract=False))
    assert ArticleSearch.objects.count() == Article.objects.count() > 0
    assert search_articles(q="interpol").count > 0


@pytest.mark.django_db
def test_count_is_capped_and_paging_stops_at_the_ranked_window(db, monkeypatch):
    monkeypatch.setattr(service, "COUNT_CAP", 5)
    monkeypatch.setattr(service, "RANK_WINDOW", 4)
    for _ in range(8):
        make_article(title="Coopération policière", body="Coopération.", language="fr", status=PUBLISHED)
    results = search_articles(q="coopération", limit=3)
    assert results.count == 5 and results.count_capped
    if connection.vendor == "postgresql":
        assert results.ranked_within == 4
        assert len(search_articles(q="coopération", offset=3, limit=3).hits) == 1
    assert len(results.hits) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("cap", [1000, 5])  # every match ranked; over the cap, the newest ranked
def test_query_count_does_not_grow_with_matches(db, django_assert_max_num_queries, monkeypatch, cap):
    monkeypatch.setattr(service, "COUNT_CAP", cap)
    person = make_person(name="Karim Bennis")
    for n in range(30):
        article = make_article(title="Coopération policière", body="Coopération.", language="fr", status=PUBLISHED)
        if n % 2:
            make_article_person(article=article, person=person)
    # persons, organizations, the capped counts with the walk when over the cap (one message on
    # PostgreSQL), every match when under it (one message), the page with its snippets
    for q in ("coopération", "Karim Bennis", "coopération or Karim Bennis"):
        with django_assert_max_num_queries(5):
            results = search_articles(q=q, limit=20)
        assert len(results.hits) == (20 if q != "Karim Bennis" else 15)
        assert results.count_capped == (cap == 5)


@postgres_only
@pytest.mark.django_db
def test_ranking_prefers_the_article_about_the_words(db):
    passing = make_article(
        title="Sport", body="Football. " * 20 + "Un mot sur la cybercriminalité.", language="fr", status=PUBLISHED
    )
    about = make_article(
        title="Cybercriminalité", body="La cybercriminalité progresse; la cybercriminalité inquiète.", status=PUBLISHED
    )
    hits = search_articles(q="cybercriminalité").hits
    assert [h.article.pk for h in hits] == [about.pk, passing.pk]
    assert hits[0].rank > hits[1].rank


# fewer configurations per query


def test_a_query_is_read_by_the_stemmers_of_its_scripts_and_simple_for_the_rest():
    latin, arabic = service.config_groups(["cooperation"]), service.config_groups(["التعاون"])
    assert latin == [
        ("french", frozenset({"french"})),
        ("english", frozenset({"english"})),
        ("spanish", frozenset({"spanish"})),
        ("simple", None),
    ]
    assert arabic == [("arabic", frozenset({"arabic"})), ("simple", None)]
    assert service.config_groups(["41217"]) == [("simple", None)]  # digits: one reading for every article
    assert [c for c, _ in service.config_groups(["interpol", "الامن"])] == [
        "french",
        "english",
        "arabic",
        "spanish",
        "simple",
    ]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="PostgreSQL's stemmers")
@pytest.mark.django_db
def test_stemmers_read_words_of_another_script_as_simple_does(sample_corpus):
    """What config_groups rests on, checked on PostgreSQL's own stemmers and the sample corpus:
    the Latin-script stemmers (and their stopword lists) leave words without a Latin letter as
    `simple` reads them, the Arabic stemmer words without an Arabic letter."""
    from text.script import is_arabic

    words = {
        w
        for path in sample_corpus.glob("*.txt")
        for w in search_document(path.read_text(errors="replace"), "fr").split()
    }
    arabic = sorted(w for w in words if any(is_arabic(c) for c in w))
    other = sorted(w for w in words if not any(is_arabic(c) for c in w))
    assert len(arabic) > 50 and len(other) > 50
    with connection.cursor() as cursor:
        for config, foreign in (("french", arabic), ("english", arabic), ("spanish", arabic), ("arabic", other)):
            cursor.execute(
                "SELECT w FROM unnest(%s::text[]) w WHERE to_tsvector(%s::regconfig, w) <> to_tsvector('simple', w)",
                [foreign, config],
            )
            assert cursor.fetchall() == [], config


@pytest.mark.django_db
def test_words_of_another_script_are_found_in_every_language(db):
    """An Arabic article quoting a Latin name, a French one quoting Arabic words: each query is
    read once for the articles of its script's languages and once with `simple` for the rest."""
    arabic = make_article(
        title="اجتماع أمني", body="شارك ممثل Interpol في الاجتماع حول الأمن.", language="ar", status=PUBLISHED
    )
    french = make_article(
        title="Coopération",
        body="La devise « التعاون الأمني » figurait sur la banderole.",
        language="fr",
        status=PUBLISHED,
    )
    english = make_article(
        title="Cooperation", body="Police cooperation with Interpol.", language="en", status=PUBLISHED
    )
    assert _ids(search_articles(q="interpol")) == {arabic.pk, english.pk}
    assert french.pk in _ids(search_articles(q="التعاون"))
    assert _ids(search_articles(q="coopération")) == {french.pk, english.pk}
    # The French article has "الأمني" as written; on PostgreSQL the Arabic stemmer also finds
    # "الأمن" in the Arabic article (SQLite matches word starts, no stems).
    stems = connection.vendor == "postgresql"
    assert _ids(search_articles(q="الأمني")) == ({arabic.pk, french.pk} if stems else {french.pk})


# named entities


@pytest.mark.django_db
def test_articles_linked_to_a_named_person_count_and_come_first(db, monkeypatch):
    monkeypatch.setattr(service, "COUNT_CAP", 4)
    monkeypatch.setattr(service, "RANK_WINDOW", 3)
    person = make_person(name="Abdellatif Hammouchi", aliases=["Hammouchi"])
    linked = []
    for day in range(1, 7):
        article = make_article(
            title=f"Réunion {day}",
            body="Le directeur a présidé la réunion.",
            published=dt.date(2024, 1, day),
            status=PUBLISHED,
        )
        make_article_person(article=article, person=person, surface="le directeur")
        linked.append(article)
    said = make_article(title="Hammouchi cité", body="Hammouchi.", published=dt.date(2023, 1, 1), status=PUBLISHED)
    results = search_articles(q="Hammouchi")
    assert results.count == 4 and results.count_capped
    if connection.vendor == "postgresql":
        assert results.ranked_within == 3
        assert _ids(results) == {a.pk for a in linked[-3:]}  # the newest three matches
    few = search_articles(q="Hammouchi", queryset=Article.objects.published().filter(published__year=2023))
    assert _ids(few) == {said.pk} and few.count == 1 and not few.count_capped
    linked_too = make_article(
        title="Hammouchi à Rabat", body="Hammouchi.", published=dt.date(2024, 2, 1), status=PUBLISHED
    )
    make_article_person(article=linked_too, person=person, surface="Hammouchi")
    hits = search_articles(q="Hammouchi").hits
    assert hits[0].article.pk == linked_too.pk  # says the name and is linked: first


# the walk down the newest matches (over the cap)


def _search_row_dates() -> dict[int, dt.date | None]:
    return dict(ArticleSearch.objects.values_list("article_id", "published"))


@postgres_only
@pytest.mark.django_db
def test_the_search_row_keeps_its_article_date_whatever_writes_it(db):
    """The walk orders the search rows by their copy of the date: written with the row, moved by
    the database on every change of the article's date (an editor's edit, a bulk update as the
    import and an undo make, a plain UPDATE)."""
    from archive.services import article_update
    from people.curation.models import Operation
    from people.curation.services import operation_undo

    article = make_article(published=dt.date(2020, 5, 1), status=PUBLISHED)
    undated = make_article(published=None, published_precision="", status=PUBLISHED)
    assert _search_row_dates() == {article.pk: dt.date(2020, 5, 1), undated.pk: None}
    article_update(article=article, changes={"published": dt.date(2021, 6, 1)})
    assert _search_row_dates()[article.pk] == dt.date(2021, 6, 1)
    operation_undo(operation=Operation.objects.latest("pk"))  # a bulk restore, no save()
    assert _search_row_dates()[article.pk] == dt.date(2020, 5, 1)
    Article.objects.filter(pk=undated.pk).update(published=dt.date(2019, 1, 1))
    Article.objects.filter(pk=article.pk).update(published=None)
    assert _search_row_dates() == {article.pk: None, undated.pk: dt.date(2019, 1, 1)}


@postgres_only
@pytest.mark.django_db
def test_over_the_cap_the_newest_matches_are_ranked_undated_last(db, monkeypatch):
    monkeypatch.setattr(service, "COUNT_CAP", 3)
    monkeypatch.setattr(service, "RANK_WINDOW", 4)
    dated = [
        make_article(title="Coopération", body="Coopération.", published=dt.date(2024, 1, day), status=PUBLISHED)
        for day in (3, 1, 2)
    ]
    undated = [
        make_article(title="Coopération", body="Coopération.", published=None, published_precision="", status=PUBLISHED)
        for _ in range(2)
    ]
    make_article(title="Sport", body="Football.", published=dt.date(2024, 2, 1), status=PUBLISHED)
    results = search_articles(q="coopération")
    assert results.count_capped and results.ranked_within == 4
    # Every dated match, then the newest undated one (by id): the undated come last.
    assert _ids(results) == {*(a.pk for a in dated), undated[-1].pk}
    for article in dated:  # more dated matches than the window: the undated are not reached
        make_article(title="Coopération", body="Coopération.", published=article.published, status=PUBLISHED)
    assert not _ids(search_articles(q="coopération")) & {a.pk for a in undated}


@postgres_only
@pytest.mark.django_db
def test_over_the_cap_a_date_range_walks_within_it(db, monkeypatch):
    """A caller's date range bounds the walk (the planner may take the articles' index there):
    the newest matches inside the range, none outside it."""
    monkeypatch.setattr(service, "COUNT_CAP", 2)
    monkeypatch.setattr(service, "RANK_WINDOW", 2)
    inside = [
        make_article(title="Police", body="Police.", published=dt.date(2015, 3, day), status=PUBLISHED)
        for day in (1, 2, 3, 4)
    ]
    for year in (2014, 2016):
        make_article(title="Police", body="Police.", published=dt.date(year, 3, 1), status=PUBLISHED)
    in_2015 = Article.objects.published().filter(published__year=2015)
    results = search_articles(q="police", queryset=in_2015)
    assert results.count_capped and results.ranked_within == 2
    assert _ids(results) == {inside[-1].pk, inside[-2].pk}
