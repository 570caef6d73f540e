"""Admin for persons and organizations: the names editors curate and the importer matches on.

This app knows nothing of articles (apps depend one way: people ← events ← archive), so the
article counts are added to these pages by archive/admin.py. Confirming is done through
people.services, like everywhere else.
"""

from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from people.linked import ARTICLE_LINKS, links_through
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


class NamesDisplayMixin:
    """List columns for anything with labels per language and aliases (entities, series)."""

    @admin.display(description="labels")
    def labels_display(self, obj):
        return labels_html(obj)

    @admin.display(description="aliases")
    def aliases_display(self, obj):
        return aliases_text(obj.aliases)


class ArticleCountMixin:
    """An "articles" column: how many articles name the entity (links an editor rejected left
    out), computed in the list query by the entity's queryset (people.linked), linked to the list
    of those links."""

    article_links_via = ARTICLE_LINKS
    article_count_distinct = False  # count distinct articles rather than links

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_article_count(via=self.article_links_via, distinct_articles=self.article_count_distinct)
        )

    def get_list_display(self, request):
        return [*super().get_list_display(request), "article_count"]

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        links, pointer = links_through(self.model, self.article_links_via)
        url = f"admin:{links._meta.app_label}_{links._meta.model_name}_changelist"
        return changelist_link(
            url, obj.article_count, **{f"{pointer}__id__exact": obj.pk, **links.objects.kept_params()}
        )


class NamedEntityAdmin(ArticleCountMixin, NamesDisplayMixin, admin.ModelAdmin):
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
