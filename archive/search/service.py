"""The one article search: the public site and the REST API both call `search_articles`.

PostgreSQL: each article has a stored `tsvector` (`ArticleSearch.vector`, GIN-indexed) built
with the configuration of its language from its folded document (see `analysis`); the query is
folded the same way and read with `websearch_to_tsquery` ("phrases", -excluded, or). Matches are
ranked with `ts_rank_cd` and get snippets from `ts_headline`, shown in the original spelling.

Fewer configurations per query: a stemmer changes only the words of its own script (the
French, English and Spanish ones Latin words, the Arabic one Arabic words) and reads any other
word as the `simple` configuration does. So the query is read once per configuration of a
language whose script its words are written in, and once with `simple` for the articles of
every other configuration (`config_groups`): an Arabic query is two readings, not five; a number
one, against every article.

Big result sets: ranking every match of a common word costs hundreds of milliseconds at
100,000 articles. So the search first counts matches up to a cap (`COUNT_CAP`); under it,
every match is ranked; over it, only the newest `RANK_WINDOW` matches are ranked and the
result says so (`SearchResults.ranked_within`), for the reader to narrow the search. The count
also chooses the plan: over the cap, matches are dense, and the newest ones are found by walking
the search rows newest first (each holds a copy of its article's date) and testing each one's
vector, reading an article only when it matches (the planner is told not to sort, since it
underestimates words that come together, as a person's first and last names do, and would
otherwise collect and sort thousands of matches); under it, the GIN index finds them all.

Entities: when the query is the name of a known person or organization, in any script and any
spelling the folding forgives, the articles linked to it are found too, even where the text
spells it differently (the Arabic articles about "Hammouchi"). They are a second stream, read
from the link tables (a range of `person_link_recent` for a rare name, a walk probing each
article's links for a common one), not an OR of the text condition: an OR of two tables leaves
no index to either and read every article (1.6 s for a name in eight articles).

Round trips: the entity look-up (2 queries), the capped counts with the walk over the cap (1),
the ranked streams under it (1: one message holding the planner settings and both statements),
the page with its snippets (1). Over the cap, undated articles are walked in one more only when
the dated matches do not fill the ranked window.

SQLite (the development default): the same folding, every query word matched as the start of a
document word, newest first; no ranking.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections
from django.db.models import BooleanField, Case, F, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils.safestring import SafeString

from archive.models import Article, ArticleOrganization, ArticlePerson, Link
from archive.search import snippets
from archive.search.analysis import ParsedQuery, article_text, name_phrase, parse_query, tokens
from archive.search.entities import NamedEntities, entities_named
from archive.search.indexing import CONFIGS, FALLBACK_CONFIG
from text.script import is_arabic

COUNT_CAP = 1000
RANK_WINDOW = 200  # 10 pages of 20: the walk down the newest matches stays within the search budget
ARABIC_CONFIGS = frozenset({"arabic"})  # the stemmers of Arabic script; the others stem Latin script
# ts_rank_cd's normalization 1: divide by 1 + log(document length), so long articles do not
# win by length alone.
RANK_NORMALIZATION = 1
MAX_NAME_FORMS = 12  # of the named entities, marked in snippets
ENTITY_BOOST = 1.0  # an article linked to the named entity comes before one that merely says the words
NEWEST = (F("published").desc(nulls_last=True), F("id").desc())  # served by the article_newest_first index
ROW = ("id", "published", "language")


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
    - `with_snippets`: False skips the snippets (the API's list without excerpts).
    """
    parsed = parse_query(q)
    results = SearchResults(query=parsed, offset=max(offset, 0), limit=min(max(limit, 1), 100))
    if not parsed:
        return results
    base = queryset if queryset is not None else Article.objects.published()
    results.entities = entities_named(parsed.names)
    if connections[base.db].vendor != "postgresql":
        _search_fallback(parsed, base, results, with_snippets)
        return results
    groups = config_groups(_words(parsed))
    text = _text_condition(parsed.websearch, groups)
    rows, capped = _matches(base, text, results.entities, _rank(parsed.websearch, groups))
    matches = sorted(rows.items(), key=_newest_first)
    if not capped and len(matches) > COUNT_CAP:  # the text and the links each under the cap, together over it
        capped = True
    results.count, results.count_capped = (COUNT_CAP, True) if capped else (len(matches), False)
    start, stop = results.offset, results.offset + results.limit
    if capped:
        matches = matches[:RANK_WINDOW]
        results.ranked_within = RANK_WINDOW
        stop = min(stop, RANK_WINDOW)
    results.languages = dict(Counter(row[1] for _, row in matches).most_common())
    ranked = sorted(
        matches, key=lambda item: (-(item[1][2] + (ENTITY_BOOST if item[1][3] else 0.0)), _newest_first(item))
    )
    chosen = ranked[start:stop] if start < stop else []
    page = _page(base, [pk for pk, _ in chosen], parsed, results.entities, groups, with_snippets)
    for pk, row in chosen:
        if pk in page:
            article, headline = page[pk]
            article.rank = row[2] + (ENTITY_BOOST if row[3] else 0.0)
            snippet = _snippet(article, parsed, headline) if with_snippets else SafeString("")
            results.hits.append(SearchHit(article, snippet, article.rank))
    return results


def _newest_first(item) -> tuple:
    pk, (published, *_rest) = item
    return (published is None, -(published.toordinal() if published else 0), -pk)


# Reading the query --------------------------------------------------------------------------------


def config_groups(words: Iterable[str]) -> list[tuple[str, frozenset[str] | None]]:
    """How to read a query of these (folded) words: (configuration, the configurations of the
    articles read with it; None for every configuration not listed before). A stemmer changes
    only words of its own script and reads the others as `simple` does (tests/test_search.py
    checks it on PostgreSQL's stemmers), so only the configurations of the scripts the words are
    written in read the query with their own stemmer; every other article is matched against
    the query read by `simple`. Digits are no script's: "41217" is one reading for all articles."""
    letters = {c for word in words for c in word if c.isalpha()}
    arabic = any(is_arabic(c) for c in letters)
    latin = any(not is_arabic(c) for c in letters)
    stemmed = [c for c in dict.fromkeys(CONFIGS.values()) if (arabic if c in ARABIC_CONFIGS else latin)]
    return [*((config, frozenset({config})) for config in stemmed), (FALLBACK_CONFIG, None)]


def _words(parsed: ParsedQuery) -> list[str]:
    return [*parsed.terms, *parsed.excluded]


def _read_with(groups, text: str) -> list[tuple[Q, SearchQuery]]:
    """(which articles, the query as read for them) for each group."""
    listed = [config for config, _ in groups if config != FALLBACK_CONFIG]
    pairs = []
    for config, configs in groups:
        which = Q(search__config=config) if configs else ~Q(search__config__in=listed) if listed else Q()
        pairs.append((which, SearchQuery(text, config=config, search_type="websearch")))
    return pairs


def _text_condition(text: str, groups) -> Q:
    """Each article against the query as its configuration reads it: one GIN scan per group."""
    condition = Q()
    for which, query in _read_with(groups, text):
        condition |= which & Q(search__vector=query)
    return condition


def _by_config(text: str, groups):
    """The query as each article's configuration reads it, as one expression (for the rank and
    the headline: a CASE of constants, each read once per statement)."""
    pairs = _read_with(groups, text)
    if len(pairs) == 1:
        return pairs[0][1]
    *listed, (_, others) = pairs
    return Case(*(When(which, then=query) for which, query in listed), default=others)


def _rank(text: str, groups):
    return SearchRank(
        F("search__vector"), _by_config(text, groups), normalization=Value(RANK_NORMALIZATION), cover_density=True
    )


# Finding and ranking ------------------------------------------------------------------------------


def _link_tables(entities: NamedEntities) -> list[tuple[type, str, list[int]]]:
    return [
        (model, column, ids)
        for model, column, ids in (
            (ArticlePerson, "person_id", entities.person_ids),
            (ArticleOrganization, "organization_id", entities.organization_ids),
        )
        if ids
    ]


def _linked_set(base: QuerySet, entities: NamedEntities) -> QuerySet | None:
    """The articles of `base` with a standing link to one of the named entities, as a set (a
    range of `person_link_recent` for a rare name); None when the query names none."""
    links = [
        model.objects.kept().filter(**{f"{column}__in": ids}).values("article_id")
        for model, column, ids in _link_tables(entities)
    ]
    if not links:
        return None
    return base.filter(pk__in=links[0] if len(links) == 1 else links[0].union(links[1], all=True))


def _linked_probe(entities: NamedEntities) -> Q | None:
    """Whether an article has a standing link to one of the named entities, asked of each
    article a walk reads: the article's few links through the link table's article index. The
    OFFSET 0 keeps PostgreSQL from turning the EXISTS into a hash of every link of the entities
    (38,000 rows for 50 homonyms, read before the walk's first row, twice)."""
    probes = [
        RawSQL(
            f"EXISTS (SELECT 1 FROM {model._meta.db_table} l WHERE l.article_id = {Article._meta.db_table}.id "
            f"AND l.{column} = ANY(%s) AND l.decision <> %s OFFSET 0)",
            [ids, Link.Decision.REJECTED],
            output_field=BooleanField(),
        )
        for model, column, ids in _link_tables(entities)
    ]
    condition = None
    for probe in probes:
        condition = Q(probe) if condition is None else condition | Q(probe)
    return condition


def _sql(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, list(params)


def _matches(base: QuerySet, text: Q, entities: NamedEntities, rank) -> tuple[dict[int, list], bool]:
    """The matches to rank, by id: [published, language, text rank, linked to a named entity],
    and whether there are more than COUNT_CAP. Over the cap, the newest RANK_WINDOW matches;
    else every match.

    The capped count picks the plan, inside one statement: the walk down the newest matches
    (each article tested against the text, then, when it does not match, probed for a link to a
    named entity; ranked in the same pass) runs only when the count of the text matches or of
    the linked articles, up to COUNT_CAP + 1 each, passes the cap (the statement's one row of
    counts gates the walk: the second count is not run when the first passes). So a common word
    costs one round trip. The walk is planned with sorting discouraged: over the cap, matches
    are dense and the walk tests a few hundred articles, where the planner, misled by words that
    come together (a person's first and last names, a phrase), would collect every match
    through the GIN index and sort them (55 ms for a person's name).

    The walk goes down the search rows in the articles' order (`ArticleSearch.published`, a copy
    of the article's date, and the index of migration 0020): an article is read only when its
    text matches, where reading each article and then its search row cost two visits per article
    tested (about 2,070 for 'police', in 9 % of the articles). The equality of the date with its
    copy lets the planner take the articles' own index instead when the caller bounds the dates
    (the range then starts and ends the walk). It leaves out the undated articles, which come
    last: they are walked in a second message only when the dated matches do not fill the
    window.

    Under the cap, a second message reads every text match through the GIN index, ranked, and
    every linked article through the link index: an OR of the two would leave no index to either
    and read every article (1.6 s for a name in eight articles)."""
    texts = base.filter(text)
    linked = _linked_set(base, entities)
    probe = _linked_probe(entities)
    walk = base.filter(text | probe) if probe is not None else texts
    boost = Case(When(probe, then=Value(True)), default=Value(False)) if probe is not None else Value(False)
    walk = walk.annotate(rank=rank, linked=boost).values_list(*ROW, "rank", "linked").order_by(*NEWEST)
    dated_sql, dated_params = _sql(walk.filter(_GATE_PASSED, search__published=F("published"))[:RANK_WINDOW])
    gates, gate_params = [], []
    for matching in (texts, linked):
        if matching is not None:
            count, params = _sql(matching.order_by().values("pk")[: COUNT_CAP + 1])
            gates.append(f"(SELECT COUNT(*) FROM ({count}) counted) > {COUNT_CAP}")
            gate_params += params
    (walked,) = _run(
        base.db,
        [
            (
                f"SELECT gate.passed, walk.* FROM (SELECT {' OR '.join(gates)} AS passed OFFSET 0) gate "
                f"LEFT JOIN LATERAL ({dated_sql}) walk ON true",
                [*gate_params, *dated_params],
            )
        ],
        _WALK_SETTINGS,
    )
    if walked[0][0]:
        rows = [row[1:] for row in walked if row[1] is not None]
        if len(rows) < RANK_WINDOW:
            undated = walk.filter(published__isnull=True)[: RANK_WINDOW - len(rows)]
            rows += _run(base.db, [_sql(undated)], _WALK_SETTINGS)[0]
        return {pk: [published, language, rank, linked] for pk, published, language, rank, linked in rows}, True
    streams = [_sql(texts.annotate(rank=rank).values_list(*ROW, "rank").order_by()[: COUNT_CAP + 1])]
    if linked is not None:
        streams.append(_sql(linked.values_list(*ROW).order_by()[: COUNT_CAP + 1]))
    found = _run(base.db, streams)
    rows = {pk: [published, language, rank, False] for pk, published, language, rank in found[0]}
    for pk, published, language in found[1] if linked is not None else ():
        # An article only linked has no text rank: it would be among the text matches otherwise.
        rows.setdefault(pk, [published, language, 0.0, False])[3] = True
    return rows, False


# The walk runs inside the statement of the counts, as a lateral subquery of their one row: its
# condition on the row's `passed` is a one-time filter, so under the cap it is never run. The
# row is kept a subquery of its own (OFFSET 0): pulled up, its counts were run twice, once for
# the filter and once for the column. One statement planned without the undated part: 0.6 ms
# of planning against 0.9 with it (a UNION ALL), and one compilation less.
_GATE_PASSED = RawSQL("gate.passed", (), output_field=BooleanField())
# The walk's plans: no sort (see _matches), no sequential scan. The capped count's alternative to
# the GIN bitmap was a sequential scan of the search table until 1,001 matches, read through a
# ring buffer (1,890 pages from the OS each time for 'police', against 936 kept pages through
# the bitmap), and as long as the whole table when the planner misjudges a word's frequency.
_WALK_SETTINGS = (
    "SET LOCAL enable_sort = off; SET LOCAL enable_seqscan = off",
    "SET LOCAL enable_sort TO DEFAULT; SET LOCAL enable_seqscan TO DEFAULT",
)


# Around each of the search's statements: no parallel workers (the statements read a few thousand
# rows at most, and starting workers cost more: 25 ms against 8 for a capped count under load),
# no JIT compilation (a walk's cost estimate passes jit_above_cost, and compiling takes longer
# than the walk). SET LOCAL, then back to the session's values: inside a caller's transaction
# the settings do not outlive the search.
_BEFORE = "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off"
_AFTER = "SET LOCAL max_parallel_workers_per_gather TO DEFAULT; SET LOCAL jit TO DEFAULT"


def _run(alias: str, statements: list[tuple[str, list]], settings: tuple[str, str] = ("", "")) -> list[list[tuple]]:
    """Run the statements with the search's planner settings (and `settings`: what to set, then
    how to reset it) in one message (one round trip: psycopg's client-side binding, Django's
    default, sends them as one query string, which PostgreSQL runs as one transaction) and
    return the rows of those that give rows."""
    connection = connections[alias]
    before, after = (f"{_BEFORE}; {settings[0]}", f"{settings[1]}; {_AFTER}") if settings[0] else (_BEFORE, _AFTER)
    sql = "; ".join([before, *(statement for statement, _ in statements), after])
    with connection.cursor() as cursor:
        cursor.execute(sql, [p for _, params in statements for p in params])
        found = []
        while True:
            if cursor.description is not None:
                found.append(cursor.fetchall())
            if not cursor.nextset():
                return found


def _page(
    base: QuerySet, ids: list[int], parsed: ParsedQuery, entities: NamedEntities, groups, with_snippets: bool
) -> dict[int, tuple[Article, tuple[str, str] | None]]:
    """The page's articles and, with snippets, `ts_headline` of each on its folded document: one
    query, for the page only (the headline of every ranked match would cost more than the
    search). The raw text is never shown in a list of hits (the body gives the snippet)."""
    if not ids:
        return {}
    articles = base.order_by().defer("raw_text", "search_key").filter(pk__in=ids)
    if not with_snippets:
        return {article.pk: (article, None) for article in articles}
    text, names = _headline_text(parsed, entities)
    headline = SearchHeadline(
        "search__document",
        _by_config(text, config_groups([*_words(parsed), *names]) if names else groups),
        config=F("search__config"),
        **snippets.HEADLINE_OPTIONS,
    )
    articles = articles.annotate(search_document=F("search__document"), headline=headline)
    return {article.pk: (article, (article.search_document, article.headline or "")) for article in articles}


def _headline_text(parsed: ParsedQuery, entities: NamedEntities) -> tuple[str, list[str]]:
    """What the snippets mark: the query's words, and the names of the entities it named, so that
    an Arabic article found through "Hammouchi" shows "الحموشي" marked (read by the Arabic
    stemmer: the names' scripts count in choosing the configurations). Also the names' phrases."""
    phrases = [
        phrase
        for entity in [*entities.persons, *entities.organizations]
        for phrase in map(name_phrase, entity.search_key.split("\n")[:MAX_NAME_FORMS])
        if phrase
    ]
    # At most MAX_NAME_FORMS in all: a query naming 50 homonyms would otherwise hand
    # ts_headline a query of hundreds of phrases, seconds of work for 20 snippets.
    names = list(dict.fromkeys(phrases))[:MAX_NAME_FORMS]
    return " or ".join([parsed.websearch, *names]), names


def _snippet(article: Article, parsed: ParsedQuery, headline: tuple[str, str] | None) -> SafeString:
    text = article_text(article.title, article.body)
    if headline is not None:
        words = tokens(text, article.language, limit=snippets.headline_reach(headline[1], headline[0]))
        fragments = snippets.fragments_from_headline(headline[1], headline[0], words)
    else:
        words = tokens(text, article.language)
        fragments = snippets.fragments_by_prefix(words, parsed.terms)
    return snippets.render(text, words, fragments)


# SQLite ----------------------------------------------------------------------------------------


def text_condition(q: str, *, vendor: str) -> Q | None:
    """Articles whose title or text match `q` as the search reads it (websearch syntax, stems,
    accents and Arabic letter forms optional), as a filter, unranked: for a list that has its own
    order, such as the admin's. None when `q` has no word to search for."""
    parsed = parse_query(q)
    if not parsed:
        return None
    if vendor != "postgresql":
        return _fallback_text_condition(parsed)
    return _text_condition(parsed.websearch, config_groups(_words(parsed)))


def _fallback_text_condition(parsed: ParsedQuery) -> Q:
    """Without PostgreSQL: every word of a group starts a word of the document; any group; no
    excluded word."""

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


def _search_fallback(parsed: ParsedQuery, base: QuerySet, results: SearchResults, with_snippets: bool) -> None:
    """Every word of a group starts a word of the document; any group; no excluded word; the
    articles linked to a named entity too; newest first, unranked."""

    condition = _fallback_text_condition(parsed)
    if results.entities.person_ids:
        condition |= Q(
            pk__in=ArticlePerson.objects.kept().filter(person_id__in=results.entities.person_ids).values("article_id")
        )
    if results.entities.organization_ids:
        condition |= Q(
            pk__in=ArticleOrganization.objects.kept()
            .filter(organization_id__in=results.entities.organization_ids)
            .values("article_id")
        )
    matching = base.filter(condition)
    count = matching.order_by()[: COUNT_CAP + 1].count()
    results.count, results.count_capped = (COUNT_CAP, True) if count > COUNT_CAP else (count, False)
    start, stop = results.offset, results.offset + results.limit
    for article in matching.order_by(*NEWEST)[start:stop]:
        snippet = _snippet(article, results.query, None) if with_snippets else SafeString("")
        results.hits.append(SearchHit(article, snippet, None))
