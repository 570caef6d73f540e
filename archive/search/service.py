"""The one article search: the public site and the REST API both call `search_articles`.

PostgreSQL: each article has a stored `tsvector` (`ArticleSearch.vector`, GIN-indexed) built
with the configuration of its language from its folded document (see `analysis`); the query is
folded the same way and read with `websearch_to_tsquery` ("phrases", -excluded, or), once per
configuration, each against the articles of that configuration. Matches are ranked with
`ts_rank_cd` and get snippets from `ts_headline`, shown in the original spelling.

Big result sets: ranking every match of a common word costs hundreds of milliseconds at
100,000 articles. So the search first counts matches up to a cap (`COUNT_CAP`); under it,
every match is ranked; over it, only the newest `RANK_WINDOW` matches are ranked and the
result says so (`SearchResults.ranked_within`), for the reader to narrow the search.

SQLite (the development default): the same folding, every query word matched as the start of a
document word, newest first; no ranking.

Entities: when the query is the name of a known person or organization, in any script and any
spelling the folding forgives, the articles linked to it are found too, even where the text
spells it differently (the Arabic articles about "Hammouchi").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, transaction
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, QuerySet, Value, When
from django.utils.safestring import SafeString

from archive.models import Article, ArticleOrganization, ArticlePerson, ArticleSearch
from archive.search import snippets
from archive.search.analysis import ParsedQuery, article_text, name_phrase, parse_query, tokens
from archive.search.entities import NamedEntities, entities_named
from archive.search.indexing import CONFIGS, FALLBACK_CONFIG

COUNT_CAP = 1000
RANK_WINDOW = 200  # 10 pages of 20: the walk down the newest matches stays within the search budget
ALL_CONFIGS = (*dict.fromkeys(CONFIGS.values()), FALLBACK_CONFIG)
# ts_rank_cd's normalization 1: divide by 1 + log(document length), so long articles do not
# win by length alone.
RANK_NORMALIZATION = 1
MAX_NAME_FORMS = 12  # of the named entities, marked in snippets
ENTITY_BOOST = 1.0  # an article linked to the named entity comes before one that merely says the words
NEWEST = (F("published").desc(nulls_last=True), F("id").desc())  # served by the article_newest_first index


@dataclass
class SearchHit:
    article: Article
    snippet: SafeString  # HTML: the article's words as written, matches in <mark>; safe to render
    rank: float | None  # None on SQLite and outside the ranked window


@dataclass
class SearchResults:
    """One page of results and what the reader should be told about the rest.

    - `count`: the number of matches, exact up to `COUNT_CAP`; when `count_capped` is true
      there are more than `count` ("more than 1,000 articles");
    - `ranked_within`: None when every match was ranked; else the number of newest matches the
      ranking was limited to (and paging stops there);
    - `entities`: the persons and organizations the query named, whose articles are included.
    """

    query: ParsedQuery
    hits: list[SearchHit] = field(default_factory=list)
    count: int = 0
    count_capped: bool = False
    ranked_within: int | None = None
    entities: NamedEntities = field(default_factory=NamedEntities)
    # Hits per article language among those ranked (all matches when the count is not capped,
    # else the newest RANK_WINDOW): free, from the ranking's own rows. PostgreSQL only.
    languages: dict[str, int] = field(default_factory=dict)
    offset: int = 0
    limit: int = 20

    @property
    def reachable(self) -> int:
        """How many hits paging can reach."""
        return min(self.count, self.ranked_within) if self.ranked_within else self.count


def search_articles(
    *,
    q: str,
    queryset: QuerySet[Article] | None = None,
    offset: int = 0,
    limit: int = 20,
    with_snippets: bool = True,
) -> SearchResults:
    """Search articles for `q`; one page of ranked hits with snippets, and a capped count.

    - `q`: what the reader typed, in websearch syntax: words (all required), "a phrase",
      -excluded, `or` between alternatives; any language and script, accents and Arabic letter
      forms optional. An empty query (or one of function words only) gives no hits.
    - `queryset`: the articles to search among, already filtered (language, source, dates,
      persons...); default `Article.objects.published()`. Callers pass published articles only
      for the public. Its select_related/prefetch_related apply to the hits.
    - `offset`, `limit`: the slice of the ranked results to return (limit ≤ 100).
    - `with_snippets`: False skips the snippet query (the API's list without excerpts).



    """
    parsed = parse_query(q)
    results = SearchResults(query=parsed, offset=max(offset, 0), limit=min(max(limit, 1), 100))
    if not parsed:
        return results
    base = queryset if queryset is not None else Article.objects.published()
    results.entities = entities_named(parsed.names)
    postgres = connection.vendor == "postgresql"
    queries = {config: SearchQuery(parsed.websearch, config=config, search_type="websearch") for config in ALL_CONFIGS}
    matches = _text_condition_postgres(queries) if postgres else _text_condition_fallback(parsed)
    matches |= _entity_condition(results.entities)
    matching = base.filter(matches)

    results.count = matching.order_by()[: COUNT_CAP + 1].count()
    if results.count > COUNT_CAP:
        results.count, results.count_capped = COUNT_CAP, True
    start, stop = results.offset, results.offset + results.limit
    if postgres:
        if results.count_capped:
            results.ranked_within = RANK_WINDOW
            stop = min(stop, RANK_WINDOW)
        window = RANK_WINDOW if results.count_capped else COUNT_CAP
        page = []
        if results.count:  # nothing matched: nothing to rank
            rank = _rank(queries, results.entities)
            page, results.languages = _ranked_page(matching, base, rank, window, start, stop)
    else:
        page = list(matching.order_by(*NEWEST)[start:stop])
    headlines = (
        _headlines(page, _headline_queries(parsed, results.entities)) if (with_snippets and postgres and page) else {}
    )
    for article in page:
        snippet = _snippet(article, parsed, headlines.get(article.pk)) if with_snippets else SafeString("")
        results.hits.append(SearchHit(article, snippet, getattr(article, "rank", None)))
    return results


def _ranked_page(
    matching: QuerySet, base: QuerySet, rank, window: int, start: int, stop: int
) -> tuple[list[Article], dict[str, int]]:
    """The hits `start:stop` by rank among the newest `window` matches (RANK_WINDOW when the
    count is capped, else all of them). Two queries: ids and ranks in one pass down the
    newest-first index (each search vector read once, for the match and the rank), sorted here;
    then the page's articles by id (none when `start:stop` is past the window). Also the ranked
    matches per language."""
    with transaction.atomic(), connection.cursor() as cursor:
        # The walk reads a few thousand rows at most; the planner, seeing a LIMIT over tens of
        # thousands of matches, would start parallel workers, whose start-up alone costs more.
        cursor.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        ranked = matching.annotate(rank=rank).order_by(*NEWEST)
        rows = list(ranked.values_list("id", "rank", "published", "language")[:window])
    languages = dict(Counter(row[3] for row in rows).most_common())
    if start >= stop:
        return [], languages
    rows.sort(key=lambda r: (-r[1], r[2] is None, -(r[2].toordinal() if r[2] else 0), -r[0]))
    ids = [row[0] for row in rows[start:stop]]
    ranks = {row[0]: row[1] for row in rows[start:stop]}
    # The raw text is never shown in a list of hits (the body gives the snippet): not read.
    articles = base.order_by().defer("raw_text", "search_key").in_bulk(ids)
    page = [articles[pk] for pk in ids if pk in articles]
    for article in page:
        article.rank = ranks[article.pk]
    return page, languages


def _text_condition_postgres(queries: dict[str, SearchQuery]) -> Q:
    """Each article against the query read with its own configuration: one GIN scan each."""
    condition = Q()
    for config, query in queries.items():
        condition |= Q(search__config=config, search__vector=query)
    return condition


def _text_condition_fallback(parsed: ParsedQuery) -> Q:
    """SQLite: every word of a group starts a word of the document; any group; no excluded word."""

    def has(term: str) -> Q:
        return Q(search__document__startswith=term) | Q(search__document__contains=" " + term)

    condition = Q()
    for group in parsed.alternatives:
        both = Q()
        for term in group:
            both &= has(term)
        condition |= both
    for term in parsed.excluded:
        condition &= ~has(term)
    return condition


def _entity_condition(entities: NamedEntities) -> Q:
    """Articles with a standing link to one of the named entities: a probe of the link's
    (article, entity) unique index per article read (EXISTS), not a hash of every link of the
    entities, which for a person named in a third of the archive is tens of thousands of rows
    when the walk down the newest articles needs a few hundred."""
    condition = Q()
    if entities.person_ids:
        condition |= Q(
            Exists(ArticlePerson.objects.kept().filter(article_id=OuterRef("pk"), person_id__in=entities.person_ids))
        )
    if entities.organization_ids:
        condition |= Q(
            Exists(
                ArticleOrganization.objects.kept().filter(
                    article_id=OuterRef("pk"), organization_id__in=entities.organization_ids
                )
            )
        )
    return condition


def _rank(queries: dict[str, SearchQuery], entities: NamedEntities):
    text_rank = Case(
        *(
            When(
                search__config=config,
                then=SearchRank(
                    F("search__vector"), query, normalization=Value(RANK_NORMALIZATION), cover_density=True
                ),
            )
            for config, query in queries.items()
        ),
        default=Value(0.0),
        output_field=FloatField(),
    )
    entity = _entity_condition(entities)
    if not entity:
        return text_rank
    return text_rank + Case(When(entity, then=Value(ENTITY_BOOST)), default=Value(0.0), output_field=FloatField())


def _headline_queries(parsed: ParsedQuery, entities: NamedEntities) -> dict[str, SearchQuery]:
    """What the snippets mark: the query's words, and the names of the entities it named, so that
    an Arabic article found through "Hammouchi" shows "الحموشي" marked."""
    phrases = [
        phrase
        for entity in [*entities.persons, *entities.organizations]
        for phrase in map(name_phrase, entity.search_key.split("\n")[:MAX_NAME_FORMS])
        if phrase
    ]
    # At most MAX_NAME_FORMS in all: a query naming 50 homonyms would otherwise hand
    # ts_headline a query of hundreds of phrases, seconds of work for 20 snippets.
    text = " or ".join([parsed.websearch, *list(dict.fromkeys(phrases))[:MAX_NAME_FORMS]])
    return {config: SearchQuery(text, config=config, search_type="websearch") for config in ALL_CONFIGS}


def _headlines(page: list[Article], queries: dict[str, SearchQuery]) -> dict[int, tuple[str, str]]:
    """ts_headline of each hit on its folded document, for the page only (a second query: the
    headline of every ranked match would cost more than the search)."""
    headline = Case(
        *(
            When(config=config, then=SearchHeadline("document", query, config=config, **snippets.HEADLINE_OPTIONS))
            for config, query in queries.items()
        )
    )
    rows = ArticleSearch.objects.filter(article_id__in=[a.pk for a in page]).annotate(headline=headline)
    return {pk: (document, text) for pk, document, text in rows.values_list("article_id", "document", "headline")}


def _snippet(article: Article, parsed: ParsedQuery, headline: tuple[str, str] | None) -> SafeString:
    text = article_text(article.title, article.body)
    if headline is not None:
        words = tokens(text, article.language, limit=snippets.headline_reach(headline[1] or "", headline[0]))
        fragments = snippets.fragments_from_headline(headline[1] or "", headline[0], words)
    else:
        words = tokens(text, article.language)
        fragments = snippets.fragments_by_prefix(words, parsed.terms)
    return snippets.render(text, words, fragments)
