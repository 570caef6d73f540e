"""Admin for persons and organizations: the names editors curate and the importer matches on.

List pages compute their article counts in the list query, so a page costs the same number of
queries whatever its length. Confirming is done through people.services, like everywhere else.
"""

from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from archive.models import ArticleOrganization, ArticlePerson, Link
from people.models import Organization, Person
from people.services import entities_confirm

ALIASES_SHOWN = 5

# The links LinkQuerySet.kept() keeps, as a value of decision__in: not reviewed, or confirmed.
NOT_REJECTED = f",{Link.Decision.CONFIRMED}"


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


class NamedEntityAdmin(admin.ModelAdmin):
    """What the person and organization admins share."""

    #: The model of this entity's article links, the field of a link that points at the entity,
    #: and the admin list of those links with the lookup that filters it by entity.
    links_model: type[Link]
    links_pointer = ""
    links_changelist = ""
    links_lookup = ""

    list_filter = ["review"]
    # aliases__icontains searches the JSON text: fine for Latin forms; on SQLite non-ASCII forms
    # are stored escaped, so Arabic aliases are only found on PostgreSQL.
    search_fields = ["name", "label_fr", "label_ar", "label_en", "aliases"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["mark_confirmed"]

    def get_queryset(self, request):
        # One link per article and entity: counting links counts articles. A link an editor
        # rejected does not count: the article does not name the entity after all.
        links = self.links_model.objects.kept()
        return super().get_queryset(request).annotate(article_count=count_of(links, self.links_pointer))

    @admin.display(description="labels")
    def labels_display(self, obj):
        return labels_html(obj)

    @admin.display(description="aliases")
    def aliases_display(self, obj):
        return aliases_text(obj.aliases)

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        # The same links the count counts: not rejected.
        params = {self.links_lookup: obj.pk, "decision__in": NOT_REJECTED}
        return changelist_link(self.links_changelist, obj.article_count, **params)

    @admin.action(description="Mark selected as confirmed")
    def mark_confirmed(self, request, queryset):
        changed = entities_confirm(entities=queryset)
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        self.message_user(request, f"{changed} {name} marked confirmed.", messages.SUCCESS)


@admin.register(Person)
class PersonAdmin(NamedEntityAdmin):
    links_model = ArticlePerson
    links_pointer = "person"
    links_changelist = "admin:archive_articleperson_changelist"
    links_lookup = "person__id__exact"

    list_display = ["name", "labels_display", "aliases_display", "review", "article_count"]
    fieldsets = [
        (None, {"fields": ["name", ("label_fr", "label_ar", "label_en"), "aliases", "review"]}),
        ("History", {"fields": [("created_at", "updated_at")]}),
    ]


@admin.register(Organization)
class OrganizationAdmin(NamedEntityAdmin):
    links_model = ArticleOrganization
    links_pointer = "organization"
    links_changelist = "admin:archive_articleorganization_changelist"
    links_lookup = "organization__id__exact"

    list_display = [
        "name",
        "acronym",
        "kind",
        "country",
        "parent",
        "labels_display",
        "aliases_display",
        "review",
        "article_count",
    ]
    list_filter = ["review", "kind", "country"]
    list_select_related = ["parent"]
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
        ("History", {"fields": [("created_at", "updated_at")]}),
    ]
