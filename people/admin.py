"""Admin for persons and organizations: the names editors curate and the importer matches on.

This app knows nothing of articles (apps depend one way: people ← events ← archive), so the
article counts are added to these pages by archive/admin.py. Confirming is done through
people.services, like everywhere else.
"""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from people.models import Organization, Person
from people.services import entities_confirm

ALIASES_SHOWN = 5


def labels_html(entity) -> str:
    """The labels per language on one line; <bdi> keeps Arabic from reordering its neighbours."""
    return format_html_join(" · ", "{}: <bdi>{}</bdi>", entity.labels.items()) or "–"


def aliases_text(aliases: list | None) -> str:
    aliases = [str(alias) for alias in aliases or []]
    shown = ", ".join(aliases[:ALIASES_SHOWN])
    more = len(aliases) - ALIASES_SHOWN
    return f"{shown} (+{more})" if more > 0 else shown or "–"


def changelist_link(url_name: str, text, **params) -> str:
    """A link to an admin list filtered by `params`."""
    return format_html('<a href="{}?{}">{}</a>', reverse(url_name), urlencode(params), text)


def count_of(rows: QuerySet, pointer: str, counted: str = "pk", *, distinct: bool = False) -> Coalesce:
    """How many of `rows` point at the outer row through `pointer`, as a correlated subquery.

    Only the rows of the page get counted, each through the index on `pointer`; a Count() over
    the reverse relation would instead join and group the whole related table (the article links)
    on every page, and in the paginator's count query too.
    """
    counts = (
        rows.filter(**{pointer: OuterRef("pk")})
        .order_by()
        .values(pointer)
        .annotate(n=Count(counted, distinct=distinct))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


class NamesDisplayMixin:
    """List columns for anything with labels per language and aliases (entities, series)."""

    @admin.display(description="labels")
    def labels_display(self, obj):
        return labels_html(obj)

    @admin.display(description="aliases")
    def aliases_display(self, obj):
        return aliases_text(obj.aliases)


class NamedEntityAdmin(NamesDisplayMixin, admin.ModelAdmin):
    """What the person and organization admins share."""

    list_filter = ["review"]
    # aliases__icontains searches the JSON text: fine for Latin forms; on SQLite non-ASCII forms
    # are stored escaped, so Arabic aliases are only found on PostgreSQL.
    search_fields = ["name", "label_fr", "label_ar", "label_en", "aliases"]
    readonly_fields = ["created_at", "updated_at"]
    raw_id_fields = ["similar_to"]
    actions = ["mark_confirmed"]

    @admin.display(description="similar to", ordering="-similarity")
    def similar_display(self, obj):
        """The importer's suggestion that this candidate is a known entity under another spelling."""
        if not obj.similar_to_id:
            return "–"
        return f"{obj.similar_to} ({obj.similarity:.0f})"

    @admin.action(description="Mark selected as confirmed")
    def mark_confirmed(self, request, queryset):
        changed = entities_confirm(entities=queryset, by=request.user)
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        self.message_user(request, f"{changed} {name} marked confirmed.", messages.SUCCESS)


@admin.register(Person)
class PersonAdmin(NamedEntityAdmin):
    list_display = ["name", "labels_display", "aliases_display", "review", "similar_display"]
    list_select_related = ["similar_to"]
    fieldsets = [
        (None, {"fields": ["name", ("label_fr", "label_ar", "label_en"), "aliases", "review"]}),
        ("Suggestion", {"fields": [("similar_to", "similarity")]}),
        ("History", {"fields": [("created_at", "updated_at")]}),
    ]


@admin.register(Organization)
class OrganizationAdmin(NamedEntityAdmin):
    list_display = [
        "name",
        "acronym",
        "kind",
        "country",
        "parent",
        "labels_display",
        "aliases_display",
        "review",
        "similar_display",
    ]
    list_filter = ["review", "kind", "country"]
    list_select_related = ["parent", "similar_to"]
    search_fields = [*NamedEntityAdmin.search_fields, "acronym"]
    autocomplete_fields = ["parent"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    ("acronym", "kind", "country"),
                    "parent",
                    ("label_fr", "label_ar", "label_en"),
                    "aliases",
                    "review",
                ]
            },
        ),
        ("Suggestion", {"fields": [("similar_to", "similarity")]}),
        ("History", {"fields": [("created_at", "updated_at")]}),
    ]
