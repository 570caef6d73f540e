"""schema.org descriptions of the detail pages (NewsArticle, Event, Person, Organization), as
plain dicts: the template writes them as JSON-LD."""

from __future__ import annotations

from archive.models import Article
from events.models import Event
from people.models import Organization, Person


def _names(entity) -> list[str]:
    return [n for n in entity.all_names() if n != entity.name]


def news_article(article: Article, url: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "inLanguage": article.language,
        "url": url,
        "mentions": [{"@type": "Person", "name": link.person.name} for link in article.person_links.all()]
        + [{"@type": "Organization", "name": link.organization.name} for link in article.organization_links.all()],
        "about": [{"@type": "Event", "name": link.event.name} for link in article.event_links.all()],
    }
    if article.published_date:
        data["datePublished"] = article.published_date.isoformat()
    if article.source:
        data["publisher"] = {"@type": "Organization", "name": article.source.name}
    if article.url.startswith(("http://", "https://")):
        data["isBasedOn"] = article.url
    return data


def event(event: Event, url: str) -> dict:
    data = {"@context": "https://schema.org", "@type": "Event", "name": event.name, "url": url}
    if event.start_date:
        data["startDate"] = event.start_date.isoformat()
    if event.end_date:
        data["endDate"] = event.end_date.isoformat()
    if event.city or event.country:
        data["location"] = {
            "@type": "Place",
            "name": event.city or event.country,
            "address": {"@type": "PostalAddress", "addressLocality": event.city, "addressCountry": event.country},
        }
    if event.series and event.series.organization:
        data["organizer"] = {"@type": "Organization", "name": event.series.organization.name}
    return data


def person(person: Person, url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
        "alternateName": _names(person),
        "url": url,
    }


def organization(organization: Organization, url: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organization.name,
        "alternateName": _names(organization),
        "url": url,
    }
    if organization.acronym:
        data["alternateName"].append(organization.acronym)
    return data
