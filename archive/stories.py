"""Stories: republished wire copies grouped as one story, and coverage of the same event in other languages.

A story is the first copy the archive received (lowest id); each later near-duplicate points to it
with `Article.story` and is kept whole (its own source, headline, URL, links). Near-duplicates are
found by `text.near_duplicates` (MinHash over 3-word shingles, LSH): at import, by a `StoryDetector`
built once per run from the stored signatures and grown batch by batch, so the work is linear in the
articles imported; over the whole archive, by `recompute_stories` (`manage.py detect_near_duplicates`).

Readers see a story once (`readable`), with its copies (`copies_of`). Coverage of the same event in
other languages on the same days is related, not a copy: `archive.public.selectors.other_language_coverage`
reads it from the event links (within `RELATED_DAYS`), never stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from archive.bulk import insert_rows, update_column
from archive.models import Article, ArticleSignature
from text.near_duplicates import THRESHOLD, NearDuplicateIndex, signature

RELATED_DAYS = 3
CHUNK = 1000  # rows per query and per write when the whole archive is walked
# Copies of one story kept in the index: a new copy is compared with the story and its first copies,
# not with all of them, so a wire story republished a thousand times costs no more per article than
# one republished ten times (each copy is close to the first ones: it is compared with the story).
INDEXED_PER_STORY = 8


class StoryDetector:
    """The near-duplicate index of one import run, built on first use from every stored signature."""

    def __init__(self, threshold: float = THRESHOLD, *, index: NearDuplicateIndex | None = None):
        self.threshold = threshold
        self.index: NearDuplicateIndex | None = index
        self.story_of: dict[int, int] = {}  # article id → its story's id (itself for a story)
        self.indexed: Counter[int] = Counter()  # story id → its articles in the index

    def _build(self) -> NearDuplicateIndex:
        self.index = NearDuplicateIndex(self.threshold)
        rows = ArticleSignature.objects.order_by("article_id").values_list("article_id", "minhash", "article__story_id")
        self.index.add_many(self._remember(rows.iterator(chunk_size=CHUNK)))
        return self.index

    def _remember(self, rows) -> Iterator[tuple[int, bytes]]:
        for article_id, minhash, story_id in rows:
            story = self.story_of[article_id] = story_id or article_id
            if self.indexed[story] < INDEXED_PER_STORY:
                self.indexed[story] += 1
                yield article_id, bytes(minhash)

    def place(self, article_id: int, value: bytes | None) -> int | None:
        """The story of an article with this signature (None: it is a story of its own, or too short
        to compare), indexed for the articles after it."""
        self._forget(article_id)
        story_id = None
        if value is not None:
            story_id = self._story_for(article_id, value)
            story = story_id or article_id
            if self.indexed[story] < INDEXED_PER_STORY:
                self.indexed[story] += 1
                self.index.add(article_id, value)
        self.story_of[article_id] = story_id or article_id
        return story_id

    def _forget(self, article_id: int) -> None:
        """Take an article out of the index (an updated text is placed again), freeing its place
        among its story's indexed copies."""
        if self.index.remove(article_id):
            story = self.story_of.get(article_id, article_id)
            self.indexed[story] -= 1

    def attach(self, articles: list[Article], signatures: dict[tuple[str, str], bytes | None]) -> list[Article]:
        """Store the signatures of just written articles and point each near-duplicate at its story.
        `signatures` are keyed by (origin_root, origin), computed in the workers. Three queries per
        batch whatever its size. Returns the articles whose story changed."""
        if self.index is None:
            self._build()
        ids = [a.pk for a in articles]
        ArticleSignature.objects.filter(article_id__in=ids).delete()  # updated articles: a new text
        rows, changed = [], []
        for article in articles:
            value = signatures.get((article.origin_root, article.origin))
            story_id = self.place(article.pk, value)
            if value is not None:
                rows.append({"article_id": article.pk, "minhash": value})
            if story_id != article.story_id:
                article.story_id = story_id
                changed.append(article)
        insert_rows(ArticleSignature, rows)
        # A story written by a batch that was rolled back since (the import's cold path) is no story.
        stories = {a.story_id for a in changed if a.story_id}
        if stories:
            gone = stories - set(Article.objects.filter(pk__in=stories).values_list("pk", flat=True))
            for article in changed:
                if article.story_id in gone:
                    article.story_id = None
            for key in gone:
                self._forget(key)
        update_column(Article, "story", {a.pk: a.story_id for a in changed})
        return changed

    def _story_for(self, article_id: int, value: bytes) -> int | None:
        for key, _score in self.index.similar(value):
            if key != article_id:
                story = self.story_of.get(key, key)
                return None if story == article_id else story
        return None


@dataclass
class RecomputeReport:
    articles: int = 0
    signed: int = 0
    copies: int = 0
    changed: int = 0


def recompute_stories(*, threshold: float = THRESHOLD) -> RecomputeReport:
    """Recompute every article's signature and story over the whole archive, in id order (the first
    received stays the story), reading and writing `CHUNK` rows at a time: never one huge UPDATE."""
    report = RecomputeReport()
    detector = StoryDetector(threshold, index=NearDuplicateIndex(threshold))
    last = 0
    while True:
        chunk = list(Article.objects.filter(pk__gt=last).order_by("pk").only("pk", "body", "story")[:CHUNK])
        if not chunk:
            break
        last = chunk[-1].pk
        signatures, changed = [], []
        for article in chunk:
            report.articles += 1
            value = signature(article.body)
            story_id = detector.place(article.pk, value)
            if value is not None:
                report.signed += 1
                signatures.append(ArticleSignature(article_id=article.pk, minhash=value))
            report.copies += story_id is not None
            if story_id != article.story_id:
                article.story_id = story_id
                changed.append(article)
        ArticleSignature.objects.filter(article_id__in=[a.pk for a in chunk]).delete()
        ArticleSignature.objects.bulk_create(signatures)
        update_column(Article, "story", {a.pk: a.story_id for a in changed})
        report.changed += len(changed)
    return report


# -- reads ----------------------------------------------------------------------------------------


def readable(articles: QuerySet[Article]) -> QuerySet[Article]:
    """`articles` with each story once: a copy is left out when its story is published (a copy
    of a draft stands for the story until the story is published)."""
    # NOT EXISTS, not a join: the story is looked up only for the few copies, and a list's COUNT
    # stays on the covering index (article_language_story) for the rest.
    published_story = Article.objects.filter(pk=OuterRef("story_id"), status=Article.Status.PUBLISHED)
    return articles.filter(Q(story__isnull=True) | ~Exists(published_story))


def copies_of(article: Article, *, published_only: bool = True) -> list[Article]:
    """The other copies of the article's story (the story itself first when the article is a copy),
    oldest first, with their sources: one query."""
    story_id = article.story_id or article.pk
    members = Article.objects.filter(Q(pk=story_id) | Q(story_id=story_id)).exclude(pk=article.pk)
    if published_only:
        members = members.published()
    return list(members.select_related("source").only(*_SHOWN).order_by("pk"))


_SHOWN = ("pk", "title", "language", "published", "published_precision", "url", "story", "source__name", "status")


def copies_by_story(stories: Iterable[Article]) -> dict[int, list[Article]]:
    """The published copies of each of these stories, in one query: for lists."""
    ids = [a.pk for a in stories]
    found: dict[int, list[Article]] = {pk: [] for pk in ids}
    copies = Article.objects.published().filter(story_id__in=ids).select_related("source").only(*_SHOWN)
    for copy in copies.order_by("pk"):
        found[copy.story_id].append(copy)
    return found
