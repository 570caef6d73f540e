"""The archive interchange format (shared/docs/INTERCHANGE.md): one article as a plain dict.

`export_archive` writes it as JSON Lines and the REST API's article detail uses the same
function, so the two never drift apart. Expects articles from `Article.objects.with_entities()`.
"""

from __future__ import annotations

from archive.models import Article, ArticleEvent, ArticleOrganization, ArticlePerson


def _aliases(entity) -> list[str]:
    shown = {entity.name, *entity.labels.values()}
    return [a for a in dict.fromkeys(entity.aliases or []) if a not in shown]


def person_entry(link: ArticlePerson) -> dict:
    person = link.person
    return {
        "id": person.pk,
        "name": person.name,
        "labels": person.labels,
        "aliases": _aliases(person),
        "role": link.role or None,
        **({"roles": link.roles} if len(link.roles or ()) > 1 else {}),  # several stated: all, role first
        "affiliation": link.affiliation.name if link.affiliation_id else None,
        "review": person.review,
        "evidence": _evidence(link),
    }


def organization_entry(link: ArticleOrganization) -> dict:
    org = link.organization
    return {
        "id": org.pk,
        "name": org.name,
        "acronym": org.acronym or None,
        "labels": org.labels,
        "aliases": _aliases(org),
        "review": org.review,
        "evidence": _evidence(link),
    }


def event_entry(link: ArticleEvent) -> dict:
    event = link.event
    series = event.series
    return {
        "id": event.pk,
        "name": event.name,
        "series": None
        if series is None
        else {"id": series.pk, "name": series.name, "labels": series.labels, "aliases": _aliases(series)},
        "ordinal": event.ordinal,
        "city": event.city or None,
        "country": event.country or None,
        "start": str(event.start_date) if event.start_date else None,
        "end": str(event.end_date) if event.end_date else None,
        "relation": link.relation,
        "evidence": _evidence(link),
    }


def _evidence(link) -> dict:
    return {
        "surface": link.surface,
        "sentence": link.sentence,
        "start": link.start,
        "end": link.end,
        "method": link.method,
        "confidence": link.confidence,
    }


def article_entry(article: Article) -> dict:
    return {
        "id": article.pk,
        "origin": article.origin,
        "url": article.url or None,
        "title": article.title,
        "title_derived": article.title_derived,
        "language": article.language,
        "published": str(article.published_date) if article.published_date else None,
        "status": article.status,
        "source": {"id": article.source.pk, "name": article.source.name} if article.source_id else None,
        "body": article.body,
        "persons": [person_entry(link) for link in article.person_links.all()],
        "organizations": [organization_entry(link) for link in article.organization_links.all()],
        "events": [event_entry(link) for link in article.event_links.all()],
    }
