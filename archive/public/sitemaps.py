"""/sitemap.xml: an index of one sitemap per kind of page (Django splits each at 50,000 URLs)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.public import selectors
from events.models import Event


class StaticSitemap(Sitemap):
    def items(self):
        return [
            "public:home",
            "public:article_list",
            "public:event_list",
            "public:person_list",
            "public:organization_list",
        ]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(Sitemap):
    limit = 5000

    def items(self):
        return selectors.public_articles().only("id", "title", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class EventSitemap(Sitemap):
    def items(self):
        return Event.objects.public().order_by("pk").only("id", "name")


class PersonSitemap(Sitemap):
    limit = 5000

    def items(self):
        return selectors.public_persons().order_by("pk").only("id", "name")


class OrganizationSitemap(Sitemap):
    limit = 5000

    def items(self):
        return selectors.public_organizations().order_by("pk").only("id", "name")


SITEMAPS = {
    "pages": StaticSitemap,
    "articles": ArticleSitemap,
    "events": EventSitemap,
    "persons": PersonSitemap,
    "organizations": OrganizationSitemap,
}
