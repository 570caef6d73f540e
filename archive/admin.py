"""Admin for the archive: sources, import runs, articles and the evidence of their links.

What the importer derived (raw text, hash, origin, the evidence of a link) is shown read-only;
what editors decide (status, title, a link's decision) is editable. Publishing goes through
archive.services. Every list page costs the same number of queries whatever its length: related
rows are selected with the list, counts computed in it, and long text columns left out of it.
"""

import json

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import ngettext

from archive.models import (
    Article,
    ArticleEvent,
    ArticleOrganization,
    ArticlePerson,
    ImportRun,
    Source,
)
from archive.services import articles_publish, articles_unpublish, link_add
from people.admin import changelist_link
from people.linked import count_of

# Shown read-only wherever a link is: how the extraction found it.
EVIDENCE_FIELDS = ["surface", "sentence_display", "method", "confidence"]

PRE_STYLE = "white-space: pre-wrap; max-height: 40em; overflow: auto; margin: 0"


def evidence_html(sentence: str, surface: str) -> str:
    """The sentence with the matched surface marked; dir=auto keeps Arabic sentences readable."""
    if not sentence:
        return "–"
    before, found, after = sentence.partition(surface) if surface else (sentence, "", "")
    if not found:
        return format_html('<span dir="auto">{}</span>', sentence)
    return format_html('<span dir="auto">{}<mark>{}</mark>{}</span>', before, found, after)


class ListDefersMixin:
    """Leaves long text columns (`list_defer`) out of the list page's query: no column shows them,
    and a page of a hundred articles would otherwise carry a hundred bodies and raw texts."""

    list_defer: tuple[str, ...] = ()

    def get_changelist(self, request, **kwargs):
        base = super().get_changelist(request, **kwargs)
        defer = self.list_defer
        if not defer:
            return base

        class DeferringChangeList(base):
            def get_queryset(self, request, exclude_parameters=None):
                return super().get_queryset(request, exclude_parameters).defer(*defer)

        return DeferringChangeList


# Sources


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "language", "article_count"]
    list_filter = ["language"]
    search_fields = ["name", "domain"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=count_of(Article.objects.all(), "source"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, obj):
        return changelist_link("admin:archive_article_changelist", obj.article_count, source__id__exact=obj.pk)


# Import runs


class FailedFilter(admin.SimpleListFilter):
    title = "outcome"
    parameter_name = "outcome"

    def lookups(self, request, model_admin):
        return [("failures", "with failed files"), ("clean", "without failed files")]

    def queryset(self, request, queryset):
        if self.value() == "failures":
            return queryset.filter(failed__gt=0)
        if self.value() == "clean":
            return queryset.filter(failed=0)
        return queryset


@admin.register(ImportRun)
class ImportRunAdmin(ListDefersMixin, admin.ModelAdmin):
    """A record of what one run of the import did: read-only, made by the import command only."""

    list_display = [
        "__str__",
        "started_at",
        "finished_at",
        "duration",
        "created",
        "updated",
        "unchanged",
        "failed",
        "article_count",
    ]
    list_filter = [FailedFilter]
    list_defer = ("arguments", "errors", "updated_articles")
    date_hierarchy = "started_at"
    fieldsets = [
        (None, {"fields": [("started_at", "finished_at", "duration"), "arguments_display"]}),
        ("Articles", {"fields": [("created", "updated", "unchanged", "failed"), "article_count"]}),
        ("Failed files", {"fields": ["errors_display"]}),
        ("Updated articles", {"fields": ["updated_articles_display"]}),
    ]
    readonly_fields = [
        "started_at",
        "finished_at",
        "duration",
        "arguments_display",
        "created",
        "updated",
        "unchanged",
        "failed",
        "article_count",
        "errors_display",
        "updated_articles_display",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=count_of(Article.objects.all(), "import_run"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        # A run is a record: viewable and deletable, never edited.
        return False

    @admin.display(description="duration")
    def duration(self, obj):
        if obj.finished_at is None:
            return "not finished"
        seconds = round((obj.finished_at - obj.started_at).total_seconds())
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return f"{hours} h {minutes:02d} min"
        if minutes:
            return f"{minutes} min {seconds:02d} s"
        return f"{seconds} s"

    @admin.display(description="articles now from this run", ordering="article_count")
    def article_count(self, obj):
        return changelist_link("admin:archive_article_changelist", obj.article_count, import_run__id__exact=obj.pk)

    @admin.display(description="arguments")
    def arguments_display(self, obj):
        text = json.dumps(obj.arguments, indent=2, ensure_ascii=False, sort_keys=True)
        return format_html('<pre style="{}">{}</pre>', PRE_STYLE, text)

    @admin.display(description="errors")
    def errors_display(self, obj):
        if not obj.errors:
            return "none"
        rows = []
        for entry in obj.errors:
            if isinstance(entry, dict):
                rows.append((entry.get("origin", "?"), entry.get("error", "")))
            else:  # not the documented shape; show it rather than fail
                rows.append(("?", json.dumps(entry, ensure_ascii=False)))
        return format_html(
            '<ol style="margin: 0; padding-left: 1.5em">{}</ol>',
            format_html_join("", '<li><code>{}</code><br><span dir="auto">{}</span></li>', rows),
        )

    @admin.display(description="updated articles")
    def updated_articles_display(self, obj):
        if not obj.updated_articles:
            return "none"
        article_list = reverse("admin:archive_article_changelist")
        return format_html(
            '<ol style="margin: 0; padding-left: 1.5em; max-height: 30em; overflow: auto">{}</ol>',
            format_html_join(
                "",
                '<li><a href="{}?{}"><code>{}</code></a></li>',
                ((article_list, urlencode({"origin": origin}), origin) for origin in obj.updated_articles),
            ),
        )


class RecentImportRunFilter(admin.RelatedFieldListFilter):
    """The latest runs only, without their JSON columns: runs pile up (one per import) and their
    list of updated articles can be long. Older runs link to their articles from their own page."""

    shown = 20

    def field_choices(self, field, request, model_admin):
        runs = ImportRun.objects.only("pk", "started_at").order_by("-started_at")[: self.shown]
        return [(run.pk, str(run)) for run in runs]


# Links from articles to persons, organizations and events


class LinkInlineForm(forms.ModelForm):
    """A link an editor adds by hand is stored by archive.services.link_add (the editor is its
    evidence); `editor` is set per request by LinkInline.get_formset."""

    editor = None

    def save(self, commit=True):
        link = super().save(commit=False)
        if commit and link._state.adding:
            link = link_add(link=link, by=self.editor)
            self._save_m2m()
        elif commit:
            link.save()
            self._save_m2m()
        return link


class LinkInline(admin.TabularInline):
    form = LinkInlineForm

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = type("EditorLinkForm", (self.form,), {"editor": request.user})
        return super().get_formset(request, obj, **kwargs)

    extra = 0
    ordering = ["start", "id"]
    readonly_fields = EVIDENCE_FIELDS

    @admin.display(description="sentence")
    def sentence_display(self, obj):
        return evidence_html(obj.sentence, obj.surface)


class ArticlePersonInline(LinkInline):
    model = ArticlePerson
    fields = ["person", "role", "affiliation", *EVIDENCE_FIELDS, "decision"]
    autocomplete_fields = ["person", "affiliation"]


class ArticleOrganizationInline(LinkInline):
    model = ArticleOrganization
    fields = ["organization", *EVIDENCE_FIELDS, "decision"]
    autocomplete_fields = ["organization"]


class ArticleEventInline(LinkInline):
    model = ArticleEvent
    fields = ["event", "relation", *EVIDENCE_FIELDS, "decision"]
    autocomplete_fields = ["event"]


class LinkAdmin(ListDefersMixin, admin.ModelAdmin):
    """The links of one kind across articles: where editors review evidence in bulk."""

    list_filter = ["decision", "method"]
    list_editable = ["decision"]
    list_defer = ("article__body", "article__raw_text")
    raw_id_fields = ["article"]
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        # The evidence of a found link is the extraction's; an editor adding one by hand writes it.
        if obj is None:
            return []
        return ["surface", "start", "end", "sentence", "method", "confidence"]

    @admin.display(description="sentence")
    def sentence_display(self, obj):
        return evidence_html(obj.sentence, obj.surface)


@admin.register(ArticlePerson)
class ArticlePersonAdmin(LinkAdmin):
    list_display = ["id", "article", "person", "role", "affiliation", *EVIDENCE_FIELDS, "decision"]
    list_select_related = ["article", "person", "affiliation"]
    search_fields = ["surface", "role", "person__name", "article__title"]
    autocomplete_fields = ["person", "affiliation"]
    fields = [
        "article",
        ("person", "role", "affiliation"),
        ("surface", "start", "end"),
        "sentence",
        ("method", "confidence"),
        "decision",
    ]


@admin.register(ArticleOrganization)
class ArticleOrganizationAdmin(LinkAdmin):
    list_display = ["id", "article", "organization", *EVIDENCE_FIELDS, "decision"]
    list_filter = [*LinkAdmin.list_filter, "organization__kind"]
    list_select_related = ["article", "organization"]
    search_fields = ["surface", "organization__name", "organization__acronym", "article__title"]
    autocomplete_fields = ["organization"]
    fields = ["article", "organization", ("surface", "start", "end"), "sentence", ("method", "confidence"), "decision"]


@admin.register(ArticleEvent)
class ArticleEventAdmin(LinkAdmin):
    list_display = ["id", "article", "event", "relation", *EVIDENCE_FIELDS, "decision"]
    list_filter = [*LinkAdmin.list_filter, "relation", "event__series"]
    list_select_related = ["article", "event"]
    search_fields = ["surface", "event__name", "article__title"]
    autocomplete_fields = ["event"]
    fields = [
        "article",
        ("event", "relation"),
        ("surface", "start", "end"),
        "sentence",
        ("method", "confidence"),
        "decision",
    ]


# Articles


@admin.register(Article)
class ArticleAdmin(ListDefersMixin, admin.ModelAdmin):
    list_display = ["title", "language", "published_display", "source", "status", "title_derived", "created_at"]
    list_filter = ["status", "language", "source", "title_derived", ("import_run", RecentImportRunFilter)]
    list_select_related = ["source"]
    list_defer = ("body", "raw_text")
    date_hierarchy = "published"
    search_fields = ["title", "body", "origin", "url"]
    show_full_result_count = False
    autocomplete_fields = ["source"]
    readonly_fields = ["raw_text_display", "origin", "import_run", "content_hash", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "title_derived",
                    "status",
                    ("language", "source"),
                    ("published", "published_precision"),
                    "url",
                ]
            },
        ),
        ("Cleaned text", {"fields": ["body"]}),
        (
            "Raw text",
            {
                "description": "The input exactly as read, for comparison with the cleaned text above.",
                "fields": ["raw_text_display"],
            },
        ),
        ("Provenance", {"fields": ["origin", "import_run", "content_hash", ("created_at", "updated_at")]}),
    ]
    inlines = [ArticlePersonInline, ArticleOrganizationInline, ArticleEventInline]
    actions = ["publish", "unpublish"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 24, "cols": 100, "dir": "auto"})
        elif db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def has_add_permission(self, request):
        # Articles come from the import, which sets their origin, raw text and hash.
        return False

    @admin.display(description="published", ordering="published")
    def published_display(self, obj):
        return obj.published_date or "–"

    @admin.display(description="raw text")
    def raw_text_display(self, obj):
        return format_html('<pre dir="auto" style="{}">{}</pre>', PRE_STYLE, obj.raw_text)

    @admin.action(description="Publish selected articles", permissions=["change"])
    def publish(self, request, queryset):
        changed = articles_publish(articles=queryset, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d article published.", "%(count)d articles published.", changed) % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description="Unpublish selected articles", permissions=["change"])
    def unpublish(self, request, queryset):
        changed = articles_unpublish(articles=queryset, by=request.user)
        self.message_user(
            request,
            ngettext("%(count)d article unpublished.", "%(count)d articles unpublished.", changed) % {"count": changed},
            messages.SUCCESS,
        )
