"""Writes on articles and their links that the admin, the API and the commands share.

Keyword-only, atomic, each one recorded editorial operation (`curation.history.operation`):
a bulk publish leaves a history row per article, and `curation.services.operation_undo`
takes it back.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import ngettext

from archive.models import Article, ArticleOrganization, ArticlePerson, Link
from curation.history import operation, update_traced
from curation.models import Operation
from people.models import Organization, Person

# The link model of each kind of entity, and its field pointing at the entity.
LINKS_OF = {Person: (ArticlePerson, "person"), Organization: (ArticleOrganization, "organization")}


def articles_set_status(*, articles: QuerySet[Article], status: str, by=None) -> int:
    """Publish or unpublish articles; returns how many changed. One operation, a history row per
    article (undo unpublishes exactly those that this published)."""
    if status not in Article.Status.values:
        raise ValueError(f"unknown status {status!r}")
    rows = list(articles.exclude(status=status).order_by("pk"))
    if not rows:
        return 0
    verb = "published" if status == Article.Status.PUBLISHED else "unpublished"
    summary = ngettext("%(verb)s %(count)d article", "%(verb)s %(count)d articles", len(rows)) % {
        "verb": verb,
        "count": len(rows),
    }
    with operation(kind=Operation.Kind.PUBLISH, summary=summary, by=by):
        now = timezone.now()
        for article in rows:
            article.status, article.updated_at = status, now
        update_traced(rows, ["status", "updated_at"])
    return len(rows)


def articles_publish(*, articles: QuerySet[Article], by=None) -> int:
    return articles_set_status(articles=articles, status=Article.Status.PUBLISHED, by=by)


def articles_unpublish(*, articles: QuerySet[Article], by=None) -> int:
    return articles_set_status(articles=articles, status=Article.Status.DRAFT, by=by)


def _links_decide(links: Iterable[Link], decision: str, by) -> int:
    rows = [link for link in links if link.decision != decision]
    if not rows:
        return 0
    kind_name = type(rows[0])._meta.verbose_name
    verb = "confirmed" if decision == Link.Decision.CONFIRMED else "rejected"
    with operation(kind=Operation.Kind.LINK, summary=f"{verb} {len(rows)} {kind_name}(s): {rows[0]}", by=by):
        for link in rows:
            link.decision = decision
        update_traced(rows, ["decision"])
    return len(rows)


def links_confirm(*, links: QuerySet[Link] | Iterable[Link], by=None) -> int:
    """Confirm article–entity links (of one kind): the evidence holds; re-extraction keeps them."""
    return _links_decide(list(links), Link.Decision.CONFIRMED, by)


def links_reject(*, links: QuerySet[Link] | Iterable[Link], by=None) -> int:
    """Reject article–entity links (of one kind): out of public view, and re-extraction never
    recreates them."""
    return _links_decide(list(links), Link.Decision.REJECTED, by)


def links_reject_for_entities(*, model: type, pks: list[int]) -> int:
    """Within the rejecting operation: every link to rejected persons or organizations goes out
    of public view too (receiver of people.signals.entities_rejected)."""
    link_model, field = LINKS_OF[model]
    rows = list(link_model.objects.filter(**{f"{field}__in": pks}).exclude(decision=Link.Decision.REJECTED))
    for link in rows:
        link.decision = Link.Decision.REJECTED
    return update_traced(rows, ["decision"])
