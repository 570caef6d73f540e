"""Admin for persons and organizations: the names editors curate and the importer matches on.

This app imports nothing of the archive (people ← events ← archive): the article counts come
from the entities' querysets (people.linked), through the reverse relations the archive's links
give them. Confirming is done through people.services, like everywhere else.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode

from people.curation.admin import CuratedAdmin, FoldedSearchMixin, MergeActionMixin, report
from people.curation.forms import CountryField, LinesField
from people.curation.merging import MergeError
from people.linked import ARTICLE_LINKS, links_through
from people.models import IdentityDecision, Organization, OrganizationIdentityDecision, Person, Review
from people.services import (
    EDITABLE_NAMES,
    entities_confirm,
    entities_reject,
    entity_names_update,
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


class NamesDisplayMixin:
    """List columns for anything with labels per language and aliases (entities, series)."""

    @admin.display(description="labels")
    def labels_display(self, obj):
        return labels_html(obj)

    @admin.display(description="aliases")
    def aliases_display(self, obj):
        return aliases_text(obj.aliases)


class NamesThroughServicesMixin:
    """A record's form (person, organization, event series, event) saves its names (canonical
    name, labels, aliases) through `entity_names_update` and a confirmation or rejection through
    `entities_confirm` / `entities_reject`: the functions the API and the review queue call, so a
    form save is recorded as they record it (the same operation and history rows, undone the same
    way) and a rejection takes the links out of public view as it does everywhere. The form's
    other fields (country, dates, parent…) are saved by the form, in the same operation."""

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        changed = set(form.changed_data)
        model = type(obj)
        names = {field: form.cleaned_data[field] for field in EDITABLE_NAMES if field in changed}
        if names:
            # The stored row, as the API passes it: the form already put the new names on `obj`.
            stored = model._base_manager.get(pk=obj.pk)
            entity_names_update(entity=stored, changes=names, by=request.user)
            for field in names:  # as the service stored them (aliases without a copy of the name)
                setattr(obj, field, getattr(stored, field))
        review = form.cleaned_data.get("review") if "review" in changed else None
        decide = {Review.CONFIRMED: entities_confirm, Review.REJECTED: entities_reject}.get(review)
        if decide is not None:
            decide(entities=model.objects.filter(pk=obj.pk), by=request.user)
            changed.discard("review")
        if changed - set(names):
            super().save_model(request, obj, form, change)


class NamedEntityForm(forms.ModelForm):
    """Aliases one per line; Arabic label typed right to left."""

    aliases = LinesField(required=False, help_text="Every other form of the name, one per line, any script.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "label_ar" in self.fields:
            self.fields["label_ar"].widget.attrs.update({"dir": "rtl", "lang": "ar"})


class OrganizationForm(NamedEntityForm):
    country = CountryField(help_text="The country of a national body; none for an international one.")


class ArticleCountMixin:
    """An "articles naming it" column and panel: how many articles name the entity (links an
    editor rejected left out), counted in the list query by the entity's queryset
    (people.linked), through the reverse relations the archive's links give it: this app imports
    nothing of the archive."""

    article_links_via = ARTICLE_LINKS  # from the entity to the links that name it
    article_count_distinct = False  # count distinct articles rather than links
    article_filter = ""  # the parameter of the article list's filter by this kind of entity
    ARTICLES_SHOWN = 30

    def _links(self):
        links, pointer = links_through(self.model, self.article_links_via)
        return links, pointer, links._meta.get_field("article").related_model

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_article_count(via=self.article_links_via, distinct_articles=self.article_count_distinct)
        )

    def get_list_display(self, request):
        return [*super().get_list_display(request), "article_count"]

    @admin.display(description="articles naming it", ordering="article_count")
    def article_count(self, obj):
        article = self._links()[2]._meta
        url = f"admin:{article.app_label}_{article.model_name}_changelist"
        return changelist_link(url, obj.article_count, **{self.article_filter: obj.pk})

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None:
            fieldsets.insert(1, ("Articles", {"fields": ["articles_display"]}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "articles_display"]

    @admin.display(description="articles naming it")
    def articles_display(self, obj):
        """The latest articles naming the entity (rejected links left out), titles linked, and the
        way to all of them in the article list, where they are published in bulk."""
        links, pointer, article_model = self._links()
        opts = article_model._meta
        article_ids = links.objects.kept().filter(**{pointer: obj.pk}).values("article_id")
        articles = list(
            article_model.objects.filter(pk__in=article_ids)
            .only("pk", "title", "status", "published", "published_precision", "language")
            .order_by("-published", "-pk")[: self.ARTICLES_SHOWN + 1]
        )
        total = article_model.objects.filter(pk__in=article_ids).count()
        items = format_html_join(
            "",
            '<li><a href="{}" dir="auto">{}</a> <span class="quiet">{} · {} · {}</span></li>',
            (
                (
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[a.pk]),
                    a.title,
                    a.published_date or "no date",
                    a.language,
                    a.get_status_display(),
                )
                for a in articles[: self.ARTICLES_SHOWN]
            ),
        )
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        url += "?" + urlencode({self.article_filter: obj.pk})
        return format_html(
            '<p><a class="button" href="{}">All {} article(s) in the article list (to publish them)</a></p>'
            '<ul class="entity-articles">{}</ul>{}',
            url,
            total,
            items,
            "…" if total > self.ARTICLES_SHOWN else "",
        )


class NamedEntityAdmin(
    NamesThroughServicesMixin, ArticleCountMixin, FoldedSearchMixin, MergeActionMixin, NamesDisplayMixin, CuratedAdmin
):
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
    article_filter = "person"
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
    article_filter = "organization"
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


# Identity decisions of the importer. Undoing one moves article links, which this app does not
# know: archive/admin.py sets `split_service` and `merge_service` (archive.services).


class IdentityDecisionAdmin(admin.ModelAdmin):
    """Why the importer joined or kept apart two spellings: read-only, undone by the actions."""

    entity_field = "person"
    list_display = ["spelling", "outcome", "score", "entity_display", "matched", "origin", "created_at", "undone_at"]
    list_filter = ["outcome", ("undone_at", admin.EmptyFieldListFilter)]
    search_fields = ["spelling", "origin"]
    show_full_result_count = False
    actions = ["split_same", "merge_new"]
    split_service = None  # set by archive/admin.py: identity_decision_split
    merge_service = None  # set by archive/admin.py: identity_decision_merge

    def get_list_select_related(self, request):
        return [self.entity_field, "matched"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="record")
    def entity_display(self, obj):
        return getattr(obj, self.entity_field)

    def _run(self, request, queryset, service, verb):
        done = None
        for decision in queryset[:50]:
            try:
                done = service(decision=decision, by=request.user)
            except MergeError as error:
                self.message_user(request, f"“{decision.spelling}”: {error}", messages.ERROR)
        if done is not None:
            self.message_user(request, f"{verb}; each is one operation in the editorial history (undoable).")

    @admin.action(description="Split: the spelling is another record (undo a “same”)", permissions=["view"])
    def split_same(self, request, queryset):
        if not request.user.has_perm(f"people.change_{self.entity_field}"):
            raise PermissionDenied
        self._run(request, queryset, self.split_service, "Spellings taken out to new records")

    @admin.action(description="Merge: the new record is the one compared with", permissions=["view"])
    def merge_new(self, request, queryset):
        if not request.user.has_perm(f"people.change_{self.entity_field}"):
            raise PermissionDenied
        self._run(request, queryset, self.merge_service, "Records merged")


admin.site.register(IdentityDecision, IdentityDecisionAdmin)


@admin.register(OrganizationIdentityDecision)
class OrganizationIdentityDecisionAdmin(IdentityDecisionAdmin):
    entity_field = "organization"
