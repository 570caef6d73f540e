"""Admin for persons and organizations: the names editors curate and the importer matches on.

This app knows nothing of articles (apps depend one way: people ← events ← archive), so the
article counts are added to these pages by archive/admin.py. Confirming is done through
people.services, like everywhere else.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from people.curation.admin import CuratedAdmin, FoldedSearchMixin, MergeActionMixin, report
from people.curation.forms import CountryField, LinesField
from people.curation.merging import MergeError
from people.models import IdentityDecision, Organization, OrganizationIdentityDecision, Person
from people.services import (
    entities_confirm,
    entities_reject,
    organization_merge,
    person_merge,
    suggestion_accept,
    suggestion_dismiss,
)

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


class NamedEntityForm(forms.ModelForm):
    """Aliases one per line; Arabic label typed right to left."""

    aliases = LinesField(required=False, help_text="Every other form of the name, one per line, any script.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "label_ar" in self.fields:
            self.fields["label_ar"].widget.attrs.update({"dir": "rtl", "lang": "ar"})


class OrganizationForm(NamedEntityForm):
    country = CountryField(help_text="The country of a national body; none for an international one.")


class NamedEntityAdmin(FoldedSearchMixin, MergeActionMixin, NamesDisplayMixin, CuratedAdmin):
    """What the person and organization admins share: search through the folded names (any
    script, accents and Arabic article forgiven), review actions and merge through the services."""

    form = NamedEntityForm
    list_filter = ["review"]
    readonly_fields = ["created_at", "updated_at", "similarity"]
    autocomplete_fields = ["similar_to"]
    actions = ["mark_confirmed", "mark_rejected", "merge_selected", "accept_suggestions", "dismiss_suggestions"]
    show_full_result_count = False
    list_per_page = 50

    @admin.display(description="similar to", ordering="-similarity")
    def similar_display(self, obj):
        """The importer's suggestion that this candidate is a known entity under another spelling."""
        if not obj.similar_to_id:
            return "–"
        return f"{obj.similar_to} ({obj.similarity or 0:.0f})"

    def _count(self, changed: int) -> str:
        opts = self.model._meta
        return f"{changed} {opts.verbose_name if changed == 1 else opts.verbose_name_plural}"

    @admin.action(description="Confirm selected", permissions=["change"])
    def mark_confirmed(self, request, queryset):
        changed = entities_confirm(entities=queryset, by=request.user)
        self.message_user(request, f"{self._count(changed)} marked confirmed.", messages.SUCCESS)

    @admin.action(description="Reject selected (not a real person/body; hides their links)", permissions=["change"])
    def mark_rejected(self, request, queryset):
        changed = entities_reject(entities=queryset, by=request.user)
        self.message_user(
            request, f"{self._count(changed)} rejected; their links are out of public view.", messages.SUCCESS
        )

    @admin.action(description="Accept the “similar to” suggestion of selected (merge into it)", permissions=["change"])
    def accept_suggestions(self, request, queryset):
        done = 0
        for entity in queryset.filter(similar_to__isnull=False)[:100]:
            try:
                op = suggestion_accept(entity=entity, by=request.user)
            except MergeError as error:
                self.message_user(request, f"“{entity}”: {error}", messages.ERROR)
                continue
            done += 1
        if done == 1:
            report(request, op, f"“{entity}” merged into the suggested record.")
        elif done:
            self.message_user(request, f"{self._count(done)} merged into their suggestions.", messages.SUCCESS)

    @admin.action(description="Dismiss the “similar to” suggestion of selected", permissions=["change"])
    def dismiss_suggestions(self, request, queryset):
        done = 0
        for entity in queryset.filter(similar_to__isnull=False)[:100]:
            suggestion_dismiss(entity=entity, by=request.user)
            done += 1
        self.message_user(request, f"{done} suggestion(s) dismissed.", messages.SUCCESS)


class IdentityDecisionInline(admin.TabularInline):
    """The importer's automatic decisions about this record's names: why a spelling was linked
    here. A wrong "same" is split from the review pages (archive), which know the articles."""

    model = IdentityDecision
    fk_name = "person"
    extra = 0
    can_delete = False
    fields = ["spelling", "outcome", "score", "matched", "reasons_display", "origin", "created_at", "undone_at"]
    readonly_fields = fields
    show_change_link = False
    classes = ["collapse"]
    verbose_name_plural = "identity decisions of the importer"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="reasons")
    def reasons_display(self, obj):
        return format_html_join(
            "; ", "{} ({:+.2f})", ((r.get("detail") or r.get("evidence", "?"), r.get("weight", 0)) for r in obj.reasons)
        )


class OrganizationIdentityDecisionInline(IdentityDecisionInline):
    model = OrganizationIdentityDecision
    fk_name = "organization"


@admin.register(Person)
class PersonAdmin(NamedEntityAdmin):
    list_display = ["name", "labels_display", "aliases_display", "review", "similar_display"]
    list_select_related = ["similar_to"]
    merge_service = staticmethod(person_merge)
    inlines = [IdentityDecisionInline]
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
    autocomplete_fields = ["parent", "similar_to"]
    form = OrganizationForm
    merge_service = staticmethod(organization_merge)
    inlines = [OrganizationIdentityDecisionInline]
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
