"""Atom feeds: the latest published articles, and the latest about one event, person or
organization."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from archive.public import selectors
from events.models import Event

ITEMS = 30


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Security cooperation archive: latest articles")
    subtitle = _("Articles in French, Arabic and English on international security cooperation.")

    def link(self):
        return "/articles/"

    def items(self):
        return selectors.public_articles().select_related("source")[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.body[:400]

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return dt.datetime.combine(item.published, dt.time(), tzinfo=dt.UTC) if item.published else None

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.source.name if item.source else None


class _AboutFeed(LatestArticlesFeed):
    """The latest articles linked to one object."""

    def link(self, obj):
        return obj.get_absolute_url()

    def title(self, obj):
        return str(obj)

    def subtitle(self, obj):
        return _("Latest articles about %(name)s") % {"name": obj}


class EventFeed(_AboutFeed):
    def get_object(self, request, pk):
        return get_object_or_404(Event.objects.public(), pk=pk)

    def items(self, obj):
        ids = selectors.kept_event_links().filter(event=obj).values("article_id")
        return selectors.public_articles().filter(id__in=ids).select_related("source")[:ITEMS]


class PersonFeed(_AboutFeed):
    def get_object(self, request, pk):
        return get_object_or_404(selectors.public_persons(), pk=pk)

    def items(self, obj):
        ids = selectors.kept_person_links().filter(person=obj).values("article_id")
        return selectors.public_articles().filter(id__in=ids).select_related("source")[:ITEMS]


class OrganizationFeed(_AboutFeed):
    def get_object(self, request, pk):
        return get_object_or_404(selectors.public_organizations(), pk=pk)

    def items(self, obj):
        ids = selectors.kept_organization_links().filter(organization=obj).values("article_id")
        return selectors.public_articles().filter(id__in=ids).select_related("source")[:ITEMS]
