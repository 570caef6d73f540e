"""Admin for the archive: sources, import runs, articles and the evidence of their links.

What the importer derived (raw text, hash, origin, the evidence of a link) is shown read-only;
what editors decide (status, title, a link's decision) is editable. Publishing goes through
archive.services. Every list page costs the same number of queries whatever its length: related
rows are selected with the list, counts computed in it, and long text columns left out of it.
"""

import datetime as dt
import json

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import connections
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import ngettext

from archive import ingest_report
from archive.importer.pipeline import ImportOptions
from archive.importer.queued import run_progress
from archive.models import (
    Article,
    ArticleEvent,
    ArticleOrganization,
    ArticlePerson,
    FileReport,
    ImportRun,
    Link,
    Source,
)
from archive.search.service import text_condition
from archive.services import (
    ARTICLE_METADATA,
    article_update,
    articles_import_upload,
    articles_publish,
    articles_set_status,
    articles_unpublish,
    identity_decision_merge,
    identity_decision_split,
    import_runs_close_abandoned,
    link_add,
    links_confirm,
    links_reject,
)
from archive.uploads import UploadError
from events.models import Event, EventSeries
from people.admin import IdentityDecisionAdmin, changelist_link
from people.curation.admin import CuratedAdmin, FoldedSearchMixin
from people.curation.forms import PartialDateField
from people.linked import count_of
from people.models import Organization, Person, Review

# Shown read-only wherever a link is: how the extraction found it.
EVIDENCE_FIELDS = ["surface", "sentence_display", "how_display"]

# What the progress endpoint reads of a run (never its long JSON columns).
_PROGRESS_FIELDS = ("status", "started_at", "finished_at", "files_total", "arguments", "created", "updated")
_PROGRESS_FIELDS += ("unchanged", "failed")
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


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (Django's documented way): cleaned to a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        label="Files", help_text="Article files (.txt, .jsonl, .json, .csv) or .zip archives of them; several at once."
    )
    publish = forms.BooleanField(required=False, help_text="Publish the new articles (default: drafts to review).")
    extract = forms.BooleanField(required=False, initial=True, help_text="Find persons, organizations and events.")
    source = forms.CharField(
        required=False, max_length=200, help_text="Source of every article (else what the files say)."
    )
    language = forms.ChoiceField(
        required=False,
        choices=[("", "detect"), ("fr", "French"), ("ar", "Arabic"), ("en", "English"), ("es", "Spanish")],
    )

    def options(self) -> ImportOptions:
        data = self.cleaned_data
        return ImportOptions(
            publish=data["publish"],
            extract=data["extract"],
            source=data["source"] or None,
            language=data["language"] or None,
            workers=1,
        )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {seconds:02d} s"
    return f"{seconds} s"


@admin.register(ImportRun)
class ImportRunAdmin(ListDefersMixin, admin.ModelAdmin):
    """A record of what one run of the import did: read-only. Editors start one by uploading files
    (the upload page); a queued run's page shows its progress, live with JavaScript."""

    list_display = [
        "__str__",
        "status",
        "started_at",
        "finished_at",
        "duration",
        "created",
        "updated",
        "unchanged",
        "failed",
        "article_count",
    ]
    list_filter = ["status", FailedFilter]
    list_defer = ("arguments", "errors", "updated_articles")
    date_hierarchy = "started_at"
    fieldsets = [
        ("Progress", {"fields": ["progress_display"]}),
        (None, {"fields": ["status", ("started_at", "finished_at", "duration"), "arguments_display"]}),
        ("Process", {"classes": ["collapse"], "fields": [("host", "pid", "process_started"), "progressed_at"]}),
        ("Articles", {"fields": [("created", "updated", "unchanged", "failed"), "article_count"]}),
        ("Ingest report", {"fields": ["report_display"]}),
        ("Failed files", {"fields": ["errors_display"]}),
        ("Updated articles", {"fields": ["updated_articles_display"]}),
    ]
    readonly_fields = [
        "progress_display",
        "status",
        "started_at",
        "finished_at",
        "duration",
        "host",
        "pid",
        "process_started",
        "progressed_at",
        "arguments_display",
        "created",
        "updated",
        "unchanged",
        "failed",
        "article_count",
        "errors_display",
        "updated_articles_display",
        "report_display",
    ]

    class Media:
        js = ["archive/import_progress.js"]

    def get_urls(self):
        own = [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="archive_importrun_upload"),
            path(
                "<int:pk>/progress/",
                self.admin_site.admin_view(self.progress_view),
                name="archive_importrun_progress",
            ),
            path(
                "<int:pk>/report.csv",
                self.admin_site.admin_view(self.report_csv_view),
                name="archive_importrun_report_csv",
            ),
        ]
        return own + super().get_urls()

    def has_upload_permission(self, request) -> bool:
        return request.user.has_perm("archive.add_importrun")

    def upload_view(self, request):
        """Upload files or zips and start their import (thin: archive.services.articles_import_upload)."""
        if not self.has_upload_permission(request):
            raise PermissionDenied
        form = ImportUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                run = articles_import_upload(files=form.cleaned_data["files"], options=form.options(), by=request.user)
            except UploadError as exc:
                form.add_error("files", str(exc))
            else:
                state = "importing" if run.status == ImportRun.Status.RUNNING else f"import {run.status}"
                self.message_user(request, f"{run}: {run.files_total} file(s) uploaded, {state}.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:archive_importrun_change", args=[run.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Upload files to import",
            "form": form,
            "max_upload": _megabytes(settings.IMPORT_UPLOAD_MAX_BYTES),
            "max_zip": _megabytes(settings.IMPORT_ZIP_MAX_BYTES),
            "max_members": f"{settings.IMPORT_ZIP_MAX_MEMBERS:,}",
        }
        return TemplateResponse(request, "admin/archive/importrun/upload.html", context)

    def progress_view(self, request, pk: int):
        """The run's progress as JSON, polled by the run's page (archive/static/archive/import_progress.js)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun.objects.only(*_PROGRESS_FIELDS), pk=pk)
        return JsonResponse(run_progress(run).as_dict())

    @admin.display(description="progress")
    def progress_display(self, obj):
        progress = run_progress(obj)
        return render_to_string(
            "admin/archive/importrun/progress.html",
            {
                "p": progress,
                "eta": _duration(progress.eta_seconds or 0),
                "url": reverse("admin:archive_importrun_progress", args=[obj.pk]),
            },
        )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=count_of(Article.objects.all(), "import_run"))

    def changelist_view(self, request, extra_context=None):
        # A run killed by SIGKILL could not close its record: the list shows it as it is.
        import_runs_close_abandoned()
        extra = {"can_upload": self.has_upload_permission(request), **(extra_context or {})}
        return super().changelist_view(request, extra_context=extra)

    def report_csv_view(self, request, pk):
        """The run's ingest report as CSV (`archive.ingest_report`), streamed."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun.objects.only("pk"), pk=pk)
        response = StreamingHttpResponse(
            ingest_report.csv_lines(ingest_report.run_reports(run).iterator()), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="import-run-{run.pk}-report.csv"'
        return response

    @admin.display(description="per-file report")
    def report_display(self, obj):
        counts = ingest_report.summary(obj)
        if not counts["outcome"]:
            if obj.status == ImportRun.Status.RUNNING:  # a queued run reports each batch as it ends
                return "no file reported yet: each batch adds its files' report when it ends"
            return "no per-file report (run made before reports were kept)"
        report_list = reverse("admin:archive_filereport_changelist")

        def links(kind: str, parameter: str, values: dict) -> str:
            return format_html_join(
                ", ",
                '<a href="{}?{}">{}</a>: {}',
                (
                    (report_list, urlencode({"run__id__exact": obj.pk, parameter: key}), key or "none", n)
                    for key, n in values.items()
                ),
            )

        return format_html(
            '<p><a href="{}?run__id__exact={}">every file</a> · <a href="{}">download CSV</a></p>'
            "<p>outcome: {}</p><p>warnings: {}</p><p>date from: {}</p><p>language: {}</p>",
            report_list,
            obj.pk,
            reverse("admin:archive_importrun_report_csv", args=[obj.pk]),
            links("outcome", "outcome__exact", counts["outcome"]),
            links("warning", "warning", counts["warnings"]) or "none",
            links("date", "date_source__exact", {k if k != "none" else "": n for k, n in counts["date"].items()}),
            links("language", "language__exact", counts["language"]),
        )

    def has_add_permission(self, request):
        return False  # runs are made by imports: editors start one on the upload page

    def has_change_permission(self, request, obj=None):
        # A run is a record: viewable and deletable, never edited.
        return False

    @admin.display(description="duration")
    def duration(self, obj):
        if obj.finished_at is None:
            return "not finished"
        return _duration((obj.finished_at - obj.started_at).total_seconds())

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


# Ingest reports


class WarningFilter(admin.SimpleListFilter):
    title = "warning"
    parameter_name = "warning"

    def lookups(self, request, model_admin):
        return FileReport.Warning.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(warnings__contains=f",{self.value()},")
        return queryset


@admin.register(FileReport)
class FileReportAdmin(admin.ModelAdmin):
    """Per-file ingest report: what the import made of each file, read-only (written by the import)."""

    list_display = [
        "origin",
        "outcome",
        "encoding",
        "language_display",
        "date_display",
        "headline",
        "noise",
        "entities",
        "warnings_display",
    ]
    list_filter = [
        ("run", RecentImportRunFilter),
        WarningFilter,
        "outcome",
        "language",
        "date_source",
        "title_source",
        "encoding",
    ]
    list_select_related = ["run"]
    search_fields = ["origin"]
    list_per_page = 100
    readonly_fields = [f.name for f in FileReport._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="language", ordering="language")
    def language_display(self, obj):
        if not obj.language:
            return "–"
        if obj.language_confidence is None:
            return obj.language
        return f"{obj.language} ({obj.language_confidence:.2f})"

    @admin.display(description="date · from", ordering="date_source")
    def date_display(self, obj):
        return f"{obj.date_found} · {obj.date_source}" if obj.date_found else "–"

    @admin.display(description="headline", ordering="title_source")
    def headline(self, obj):
        return obj.title_source or "–"

    @admin.display(description="noise removed", ordering="noise_chars")
    def noise(self, obj):
        if not obj.noise_rules:
            return "–"
        rules = ", ".join(rule for rule, (_lines, _chars) in sorted(obj.noise_rules.items(), key=lambda r: -r[1][1]))
        return f"{obj.noise_chars} ch. ({rules})"

    @admin.display(description="pers./org./ev.")
    def entities(self, obj):
        return f"{obj.persons} / {obj.organizations} / {obj.events}"

    @admin.display(description="warnings or error")
    def warnings_display(self, obj):
        text = ", ".join(code.replace("_", " ") for code in obj.warning_codes) or obj.error or "–"
        return text if len(text) <= 40 else text[:39] + "…"


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


class EvidenceDisplayMixin:
    """The evidence columns: the sentence with the name marked, and how the link was found in one
    short column (method and confidence), so the sentence gets the width."""

    @admin.display(description="sentence")
    def sentence_display(self, obj):
        return evidence_html(obj.sentence, obj.surface)

    @admin.display(description="found by", ordering="confidence")
    def how_display(self, obj):
        if obj.pk is None:
            return "–"
        return format_html('<span class="how">{}<br>{}</span>', obj.get_method_display(), f"{obj.confidence:.2f}")


class LinkInline(EvidenceDisplayMixin, admin.TabularInline):
    form = LinkInlineForm
    extra = 0
    ordering = ["start", "id"]
    readonly_fields = EVIDENCE_FIELDS
    classes = ["evidence-inline"]

    def get_formset(self, request, obj=None, **kwargs):
        kwargs["form"] = type("EditorLinkForm", (self.form,), {"editor": request.user})
        return super().get_formset(request, obj, **kwargs)


# In an article's page the surface is marked in the sentence: the column is left out there.
INLINE_EVIDENCE = ["sentence_display", "how_display"]


class ArticlePersonInline(LinkInline):
    model = ArticlePerson
    fields = ["person", "role", "affiliation", *INLINE_EVIDENCE, "decision"]
    autocomplete_fields = ["person", "affiliation"]


class ArticleOrganizationInline(LinkInline):
    model = ArticleOrganization
    fields = ["organization", *INLINE_EVIDENCE, "decision"]
    autocomplete_fields = ["organization"]


class ArticleEventInline(LinkInline):
    model = ArticleEvent
    fields = ["event", "relation", *INLINE_EVIDENCE, "decision"]
    autocomplete_fields = ["event"]


class LinkAdmin(EvidenceDisplayMixin, ListDefersMixin, CuratedAdmin):
    """The links of one kind across articles: where editors review evidence in bulk."""

    list_filter = ["decision", "method"]
    list_editable = ["decision"]
    list_defer = ("article__body", "article__raw_text")
    raw_id_fields = ["article"]
    show_full_result_count = False
    actions = ["confirm_links", "reject_links"]

    @admin.action(description="Confirm selected links (the evidence holds)", permissions=["change"])
    def confirm_links(self, request, queryset):
        self.message_user(request, f"{links_confirm(links=queryset, by=request.user)} link(s) confirmed.")

    @admin.action(description="Reject selected links (out of public view)", permissions=["change"])
    def reject_links(self, request, queryset):
        self.message_user(request, f"{links_reject(links=queryset, by=request.user)} link(s) rejected.")

    @admin.display(description="article", ordering="article__published")
    def article_display(self, obj):
        title = obj.article.title if len(obj.article.title) <= 70 else obj.article.title[:67] + "…"
        url = reverse("admin:archive_article_change", args=[obj.article_id])
        return format_html('<a href="{}" dir="auto">{}</a>', url, title)

    def get_readonly_fields(self, request, obj=None):
        # The evidence of a found link is the extraction's; an editor adding one by hand writes it.
        if obj is None:
            return []
        return ["surface", "start", "end", "sentence", "method", "confidence"]


@admin.register(ArticlePerson)
class ArticlePersonAdmin(FoldedSearchMixin, LinkAdmin):
    list_display = ["article_display", "person", "role", "sentence_display", "how_display", "decision"]
    list_select_related = ["article", "person", "affiliation"]
    related_search_keys = ("person__search_key", "article__search_key")
    plain_search_fields = ("surface", "role")
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
class ArticleOrganizationAdmin(FoldedSearchMixin, LinkAdmin):
    list_display = ["article_display", "organization", "sentence_display", "how_display", "decision"]
    list_filter = [*LinkAdmin.list_filter, "organization__kind"]
    list_select_related = ["article", "organization"]
    related_search_keys = ("organization__search_key", "article__search_key")
    plain_search_fields = ("surface",)
    autocomplete_fields = ["organization"]
    fields = ["article", "organization", ("surface", "start", "end"), "sentence", ("method", "confidence"), "decision"]


@admin.register(ArticleEvent)
class ArticleEventAdmin(FoldedSearchMixin, LinkAdmin):
    list_display = ["article_display", "event", "relation", "sentence_display", "how_display", "decision"]
    list_filter = [*LinkAdmin.list_filter, "relation", "event__series"]
    list_select_related = ["article", "event"]
    related_search_keys = ("event__search_key", "article__search_key")
    plain_search_fields = ("surface",)
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


class EntityArticleFilter(admin.SimpleListFilter):
    """Articles naming one entity: by id (the links from an entity's page) or by a name typed in
    the sidebar, folded like every search ("hammouchi" finds all his spellings). Links an editor
    rejected do not count. The sidebar never lists entities (there are tens of thousands)."""

    template = "admin/archive/entity_filter.html"
    entity_model: type = Person
    links_model: type = ArticlePerson
    pointer = "person"  # the link field pointing at the entity

    def lookups(self, request, model_admin):
        value = self.value()
        if value and value.isdigit():
            entity = self.entity_model.objects.filter(pk=value).first()
            return [(value, str(entity) if entity else f"#{value} (gone)")]
        return [(value, f"named like “{value}”")] if value else []

    def has_output(self):
        return True

    def entities(self):
        value = self.value()
        if value.isdigit():
            return self.entity_model.objects.filter(pk=value)
        return self.entity_model.objects.search(value)

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        links = self.links_model.objects.kept().filter(
            article=OuterRef("pk"), **{f"{self.pointer}__in": self.entities().values("pk")}
        )
        return queryset.filter(Exists(links))

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All",
            "parameter_name": self.parameter_name,
            "value": self.value() or "",
            "hidden": [(k, v) for k, v in changelist.get_filters_params().items() if k != self.parameter_name],
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": True,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class PersonArticleFilter(EntityArticleFilter):
    title = "person"
    parameter_name = "person"


class OrganizationArticleFilter(EntityArticleFilter):
    title = "organization"
    parameter_name = "organization"
    entity_model = Organization
    links_model = ArticleOrganization
    pointer = "organization"


class EventArticleFilter(EntityArticleFilter):
    title = "event"
    parameter_name = "event"
    entity_model = Event
    links_model = ArticleEvent
    pointer = "event"


class SeriesArticleFilter(EntityArticleFilter):
    title = "event series"
    parameter_name = "series"
    entity_model = EventSeries
    links_model = ArticleEvent
    pointer = "event__series"


class ReviewStateFilter(admin.SimpleListFilter):
    """Where an article stands in review: does it name candidates, or links nobody checked?"""

    title = "review state"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("candidates", "names a candidate person or organization"),
            ("unreviewed", "has links not reviewed"),
            ("reviewed", "every link reviewed"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "candidates":
            persons = ArticlePerson.objects.kept().filter(article=OuterRef("pk"), person__review=Review.CANDIDATE)
            orgs = ArticleOrganization.objects.kept().filter(
                article=OuterRef("pk"), organization__review=Review.CANDIDATE
            )
            return queryset.filter(Exists(persons) | Exists(orgs))
        unreviewed = [
            Exists(model.objects.filter(article=OuterRef("pk"), decision=Link.Decision.NONE))
            for model in (ArticlePerson, ArticleOrganization, ArticleEvent)
        ]
        condition = unreviewed[0] | unreviewed[1] | unreviewed[2]
        if value == "unreviewed":
            return queryset.filter(condition)
        if value == "reviewed":
            return queryset.exclude(condition)
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    """The languages the importer knows, listed without reading the table (a DISTINCT over
    100,000 articles on every page was the list's slowest query)."""

    title = "language"
    parameter_name = "language"
    CHOICES = [("fr", "French"), ("ar", "Arabic"), ("en", "English"), ("es", "Spanish")]

    def lookups(self, request, model_admin):
        return self.CHOICES

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


class PublishedYearFilter(admin.SimpleListFilter):
    """Articles of one year of publication, newest year first. The years run from the oldest to
    the newest date (two index lookups), where a date hierarchy would read every article's date
    on every page."""

    title = "year published"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        dated = Article.objects.filter(published__isnull=False).order_by()
        first = dated.order_by("published").values_list("published", flat=True).first()
        last = dated.order_by("-published").values_list("published", flat=True).first()
        if first is None:
            return []
        return [(str(year), str(year)) for year in range(last.year, first.year - 1, -1)]

    def queryset(self, request, queryset):
        value = self.value()
        if not value or not value.isdigit():
            return queryset
        year = int(value)
        return queryset.filter(published__gte=dt.date(year, 1, 1), published__lt=dt.date(year + 1, 1, 1))


class ArticleForm(forms.ModelForm):
    published_text = PartialDateField(label="Published")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("published_text", self.instance.published_date)

    def save(self, commit=True):
        article = super().save(commit=False)
        value = self.cleaned_data.get("published_text")
        article.published, article.published_precision = value.to_stored() if value else (None, "")
        if commit:
            article.save()
        return article


@admin.register(Article)
class ArticleAdmin(FoldedSearchMixin, ListDefersMixin, CuratedAdmin):
    """Articles: the list filtered by entity and review state, publishing in bulk; on an
    article's page the entities and their evidence first, the texts after, folded away."""

    form = ArticleForm
    change_form_template = "admin/archive/article/change_form.html"
    list_display = ["title_display", "language", "published_display", "source", "status", "created_at"]
    list_filter = [
        "status",
        ReviewStateFilter,
        PersonArticleFilter,
        OrganizationArticleFilter,
        EventArticleFilter,
        SeriesArticleFilter,
        PublishedYearFilter,
        LanguageFilter,
        "source",
        "title_derived",
        ("import_run", RecentImportRunFilter),
    ]
    list_select_related = ["source"]
    list_defer = ("body", "raw_text")
    plain_search_fields = ("origin", "url")
    show_full_result_count = False
    search_help_text = "Titles, texts, origins and URLs; commas separate alternatives."
    autocomplete_fields = ["source"]
    # The texts are the import's: the raw text is never edited and the body is derived from it
    # (re-extraction reads it again), so both are shown, not edited; `title_derived` follows the title.
    readonly_fields = [
        "title_derived",
        "body_display",
        "raw_text_display",
        "origin",
        "import_run",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {"fields": ["title", ("status", "title_derived"), ("language", "source", "published_text"), "url"]},
        ),
        ("Cleaned text", {"classes": ["collapse"], "fields": ["body_display"]}),
        (
            "Raw text",
            {
                "classes": ["collapse"],
                "description": "The input exactly as read, for comparison with the cleaned text above.",
                "fields": ["raw_text_display"],
            },
        ),
        (
            "Provenance",
            {"classes": ["collapse"], "fields": ["origin", "import_run", "content_hash", ("created_at", "updated_at")]},
        ),
    ]
    inlines = [ArticlePersonInline, ArticleOrganizationInline, ArticleEventInline]
    actions = ["publish", "unpublish"]

    def search_condition(self, term, queryset):
        """The article's text as the public search reads it (stems, accents, Arabic letter forms),
        so that an editor finds an article by a word of its body, not only of its title."""
        return text_condition(term, vendor=connections[queryset.db].vendor)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 24, "cols": 100, "dir": "auto"})
        elif db_field.name == "title":
            kwargs["widget"] = forms.TextInput(attrs={"dir": "auto", "class": "vLargeTextField title-input"})
        elif db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="title", ordering="title")
    def title_display(self, obj):
        return format_html('<span dir="auto">{}</span>', obj.title)

    def has_add_permission(self, request):
        # Articles come from the import, which sets their origin, raw text and hash.
        return False

    @admin.display(description="published", ordering="published")
    def published_display(self, obj):
        return obj.published_date or "–"

    def save_model(self, request, obj, form, change):
        """An edit is the services' `article_update` (metadata) and `articles_set_status` (publishing),
        as in the API: one implementation of each write. Adding an article by hand keeps the form's save."""
        if not change:
            return super().save_model(request, obj, form, change)
        stored = Article.objects.get(pk=obj.pk)
        changes = {name: getattr(obj, name) for name in ARTICLE_METADATA if getattr(obj, name) != getattr(stored, name)}
        if changes:
            article_update(article=stored, changes=changes, by=request.user)
        if obj.status != stored.status:
            articles_set_status(articles=Article.objects.filter(pk=obj.pk), status=obj.status, by=request.user)

    @admin.display(description="cleaned text")
    def body_display(self, obj):
        return format_html('<pre dir="auto" style="{}">{}</pre>', PRE_STYLE, obj.body)

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


# The importer's identity decisions are listed by people/admin.py; undoing one moves article
# links, which only the archive knows, so the archive gives that admin its two services.
IdentityDecisionAdmin.split_service = staticmethod(identity_decision_split)
IdentityDecisionAdmin.merge_service = staticmethod(identity_decision_merge)
