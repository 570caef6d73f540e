"""The editorial history in the admin, and the pieces every curated model's admin shares.

- `OperationAdmin`: who did what and when, for the whole site, each operation with the values
  it changed and an Undo button (`people.curation.services.operation_undo`).
- `CuratedAdmin`: the base of the entity, article and link admins: the per-object history page
  (simple-history's values of every version, each row's operation with its Undo, and the bulk
  changes whose ids hold the object), form saves recorded as one operation each (with the state
  before, so they can be undone), search through the folded search key.
- `MergeActionMixin`: "Merge selected…" on a list: choose the survivor on one page, confirm.
"""

from __future__ import annotations

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from people.curation.history import UndoError, ensure_baseline, is_traced, operation, traced_models
from people.curation.merging import MergeError
from people.curation.models import BulkChange, Operation
from people.curation.search import folded_condition
from people.curation.services import operation_undo


def undo_button(request, op: Operation, label: str = "Undo") -> str:
    """A one-click Undo form for a message or a page (POST, with the CSRF token)."""
    url = reverse("admin:curation_operation_undo", args=[op.pk])
    return format_html(
        '<form method="post" action="{}" class="undo-form">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}"><input type="hidden" name="next" value="{}">'
        '<button type="submit" class="button undo-button">{}</button></form>',
        url,
        get_token(request),
        request.get_full_path(),
        label,
    )


def report(request, op: Operation, text: str, level=messages.SUCCESS) -> None:
    """A message saying what was done, with its Undo button."""
    messages.add_message(request, level, format_html("{} {}", text, undo_button(request, op)))


class FoldedSearchMixin:
    """The admin search box goes through the model's folded search key (`.search(q)`), plus exact
    substring search on the fields in `plain_search_fields` (origins, URLs). Terms separated by
    commas are alternatives: "hammouchi, hamouchi, حموشي" lists every spelling at once, ready to
    be merged."""

    search_fields = ["search_key"]  # shows the box and enables autocomplete; the work is below
    plain_search_fields: tuple[str, ...] = ()
    # Related rows searched by their own key: ("series__search_key",) finds events by series names.
    related_search_keys: tuple[str, ...] = ()

    def get_search_results(self, request, queryset, search_term):
        terms = [t.strip() for t in (search_term or "").split(",") if t.strip()]
        if not terms:
            return queryset, False
        keys = [*self.related_search_keys]
        if any(f.name == "search_key" for f in self.model._meta.concrete_fields):
            keys.insert(0, "search_key")
        condition = Q(pk__in=[])
        for term in terms:
            for key in keys:
                condition |= folded_condition(term, key)
            for field in self.plain_search_fields:
                condition |= Q(**{f"{field}__icontains": term})
            if (more := self.search_condition(term, queryset)) is not None:
                condition |= more
        return queryset.filter(condition), False

    def search_condition(self, term: str, queryset) -> Q | None:
        """What else a term matches, beyond the keys and fields above (the articles' full text)."""
        return None


class CuratedAdmin(SimpleHistoryAdmin):
    """Form saves and deletes recorded as one undoable operation each, by the editor; the object's
    History page shows every change that touched it, its own rows and the bulk actions, each with
    its operation and Undo. Going back is an Undo of an operation: simple-history's "revert to
    this version" form, which would write outside any operation, is read-only here."""

    object_history_template = "admin/curation/object_history.html"
    object_history_list_template = "admin/curation/object_history_list.html"
    # The newest bulk changes shown on a History page; the editorial history lists them all.
    BULK_CHANGES_SHOWN = 50

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # Each row's operation (its link and Undo) read with the rows, not a query per row.
        return super().get_history_queryset(request, history_manager, pk_name, object_id).select_related("operation")

    def history_view(self, request, object_id, extra_context=None):
        bulk_changes = self.bulk_changes_of(unquote(object_id))
        context = {
            "bulk_changes": bulk_changes,
            "bulk_changes_capped": len(bulk_changes) >= self.BULK_CHANGES_SHOWN,
            "can_undo": request.user.has_perm("curation.undo_operation"),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def bulk_changes_of(self, object_id) -> list[BulkChange]:
        """The set-based changes (a bulk publish) whose ids hold this object, newest first, with
        their operation and its author: one query whatever their number and size (the lists of
        ids are matched in the database and not read), the values shown by their labels."""
        try:
            pk = int(object_id)
        except (TypeError, ValueError):
            return []
        changes = list(
            BulkChange.objects.touching(self.model, pk)
            .select_related("operation__by")
            .defer("ids")
            .order_by("-operation_id", "-id")[: self.BULK_CHANGES_SHOWN]
        )
        for change in changes:
            try:
                choices = dict(self.model._meta.get_field(change.field).flatchoices)
            except FieldDoesNotExist:  # a field since removed: its stored values as they are
                choices = {}
            change.before_display = choices.get(change.before, _short(change.before))
            change.after_display = choices.get(change.after, _short(change.after))
        return changes

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied("Go back through the Undo of the operation, on the History page.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method != "POST" or not is_traced(self.model):
            return super().changeform_view(request, object_id, form_url, extra_context)
        opts = self.model._meta
        what = f"{opts.verbose_name} #{object_id}" if object_id else f"new {opts.verbose_name}"
        # One operation per form save, named by the services the save calls (entity_names_update…)
        # and by the form's own writes below, in that order.
        with operation(kind=Operation.Kind.EDIT, summary=f"edited {what}", by=request.user, framing=True):
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change and not form.has_changed():
            return  # sent back unchanged: nothing to write, no empty operation in the history
        verb = "edited" if change else "added"
        with operation(kind=Operation.Kind.EDIT, summary=f"{verb} {obj._meta.verbose_name} “{obj}”", by=request.user):
            if change:
                ensure_baseline(type(obj), [obj.pk])
            super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        model = formset.model
        if not is_traced(model) or not formset.has_changed():
            return super().save_formset(request, form, formset, change)
        summary = f"edited the {model._meta.verbose_name_plural} of “{form.instance}”"
        with operation(kind=Operation.Kind.EDIT, summary=summary, by=request.user):
            ensure_baseline(model, [f.instance.pk for f in formset.initial_forms if f.instance.pk])
            super().save_formset(request, form, formset, change)

    def delete_model(self, request, obj):
        with operation(kind=Operation.Kind.EDIT, summary=f"deleted {obj._meta.verbose_name} “{obj}”", by=request.user):
            ensure_baseline(type(obj), [obj.pk])
            super().delete_model(request, obj)


class MergeActionMixin:
    """A "Merge selected…" action: a page to choose the survivor, then the model's merge service.

    Subclasses set `merge_service`, a function (survivor=, others=, by=) -> Operation."""

    merge_service = None
    merge_template = "admin/curation/merge_confirm.html"

    @admin.action(description="Merge selected… (choose the one to keep)", permissions=["change"])
    def merge_selected(self, request, queryset):
        rows = list(queryset[:50])
        if len(rows) < 2:
            self.message_user(request, "Select two or more records to merge.", messages.WARNING)
            return None
        if request.POST.get("survivor"):
            survivor = next((r for r in rows if str(r.pk) == request.POST["survivor"]), None)
            if survivor is None:
                self.message_user(request, "Choose the record to keep among those selected.", messages.ERROR)
                return None
            others = [r for r in rows if r.pk != survivor.pk]
            try:
                op = self.merge_service(survivor=survivor, others=others, by=request.user)
            except MergeError as error:
                self.message_user(request, f"Not merged: {error}", messages.ERROR)
                return None
            report(request, op, f"Merged {len(others)} into “{survivor}”; their names are now its aliases.")
            opts = self.model._meta
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[survivor.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {len(rows)} {self.model._meta.verbose_name_plural}",
            "opts": self.model._meta,
            "rows": [(row, self.merge_summary(row)) for row in rows],
            "suggested": self.merge_default(rows),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action": "merge_selected",
        }
        return TemplateResponse(request, self.merge_template, context)

    def merge_summary(self, row) -> str:
        """What the merge page shows of each record: its names, and how many articles name it
        where the list counts them (the archive adds `article_count` to the entity lists)."""
        names = row.all_names() if hasattr(row, "all_names") else [str(row)]
        text = " · ".join(names[:6])
        count = getattr(row, "article_count", None)
        return f"{text} — {count} article{'s' if count != 1 else ''}" if count is not None else text

    def merge_default(self, rows):
        """The record proposed as survivor: a confirmed one, else the one most articles name,
        else the longest name (a full name rather than an initial)."""
        confirmed = [r for r in rows if getattr(r, "review", "") == "confirmed"]
        return max(confirmed or rows, key=lambda r: (getattr(r, "article_count", 0), len(str(r)), -r.pk))


@admin.register(Operation)
class OperationAdmin(admin.ModelAdmin):
    """The site's editorial history: every operation, newest first, with its values and Undo."""

    list_display = ["at", "by", "kind", "summary", "rows", "undone_display"]
    list_display_links = ["at", "summary"]  # the summary is what editors look for and click
    list_filter = ["kind", ("by", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["by", "undone_by"]
    search_fields = ["summary"]
    date_hierarchy = "at"
    show_full_result_count = False
    readonly_fields = ["at", "by", "kind", "summary", "rows", "undone_display", "changes_display"]
    fields = [("at", "by", "kind"), "summary", ("rows", "undone_display"), "changes_display"]
    # The Undo button stands above the fields, outside the page's form: a form inside the change
    # form would be dropped by the browser, its button then posting the change form instead.
    change_form_template = "admin/curation/operation/change_form.html"
    ROWS_SHOWN = 200

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("<int:pk>/undo/", self.admin_site.admin_view(self.undo_view), name="curation_operation_undo"),
            *super().get_urls(),
        ]

    def undo_view(self, request, pk):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:curation_operation_change", args=[pk]))
        if not request.user.has_perm("curation.undo_operation"):
            raise PermissionDenied
        op = get_object_or_404(Operation, pk=pk)
        try:
            undo = operation_undo(operation=op, by=request.user)
        except UndoError as error:
            self.message_user(request, f"Not undone: {error}", messages.ERROR)
        else:
            report(request, undo, f"Undone: {op.summary}.", messages.SUCCESS)
        target = request.POST.get("next") or reverse("admin:curation_operation_changelist")
        if not target.startswith("/"):
            target = reverse("admin:curation_operation_changelist")
        return HttpResponseRedirect(target)

    @admin.display(description="undone")
    def undone_display(self, obj):
        if obj.undone_by_id:
            url = reverse("admin:curation_operation_change", args=[obj.undone_by_id])
            return format_html('<a href="{}">by #{}</a>', url, obj.undone_by_id)
        return "–"

    @admin.display(description="what changed")
    def changes_display(self, obj):
        """Every row the operation wrote, field by field: value before → value after."""
        blocks = []
        for model in traced_models():
            history_model = model.history.model
            rows = list(history_model.objects.filter(operation=obj).order_by("history_id")[: self.ROWS_SHOWN])
            if not rows:
                continue
            previous = _previous_rows(history_model, rows)
            names = _related_names(model, rows, previous.values())
            items = []
            for row in rows:
                before = previous.get(row.history_id)
                if row.history_type == "-":
                    change = "deleted"
                elif before is None:
                    change = "created"
                else:
                    delta = row.diff_against(before)
                    change = format_html_join(
                        "; ",
                        "<b>{}</b>: <bdi>{}</bdi> → <bdi>{}</bdi>",
                        (
                            (
                                c.field,
                                _short(_named(names, c.field, c.old)),
                                _short(_named(names, c.field, c.new)),
                            )
                            for c in delta.changes
                            if c.field != "updated_at"
                        ),
                    )
                items.append((model._meta.verbose_name, row.id, str(row.instance)[:80], change or "no change"))
            blocks.append(
                format_html(
                    "<h3>{} ({})</h3><ul class='operation-changes'>{}</ul>",
                    model._meta.verbose_name_plural,
                    len(rows),
                    format_html_join("", "<li>{} #{} <bdi>{}</bdi>: {}</li>", items),
                )
            )
        for bulk in obj.bulk_changes.all():
            model = apps.get_model(bulk.model)
            shown = ", ".join(f"#{pk}" for pk in bulk.ids[:20]) + (" …" if len(bulk.ids) > 20 else "")
            blocks.append(
                format_html(
                    "<h3>{} ({}, one set-based change)</h3><p><b>{}</b>: {} → {} on {}</p>",
                    model._meta.verbose_name_plural,
                    len(bulk.ids),
                    bulk.field,
                    _short(bulk.before),
                    _short(bulk.after),
                    shown,
                )
            )
        return format_html_join("", "{}", ((b,) for b in blocks)) or "nothing recorded"


def _previous_rows(history_model, rows) -> dict[int, object]:
    """For each history row, the row of the same object just before it (one query)."""
    ids = {row.id for row in rows}
    last = max(row.history_id for row in rows)
    by_object: dict[int, list] = {}
    for row in history_model.objects.filter(id__in=ids, history_id__lt=last).order_by("history_id"):
        by_object.setdefault(row.id, []).append(row)
    result = {}
    for row in rows:
        earlier = [r for r in by_object.get(row.id, []) if r.history_id < row.history_id]
        result[row.history_id] = earlier[-1] if earlier else None
    return result


def _related_names(model, *row_groups) -> dict[tuple[str, object], str]:
    """(field, pk) → the related record's name, for the foreign keys of the rows shown: one query
    per foreign key, so that a change reads "person: A. Hammouchi → Abdellatif Hammouchi"."""
    rows = [row for group in row_groups for row in group if row is not None]
    names: dict[tuple[str, object], str] = {}
    for field in model._meta.concrete_fields:
        if not field.is_relation:
            continue
        pks = {getattr(row, field.attname) for row in rows} - {None}
        if not pks:
            continue
        found = {obj.pk: str(obj) for obj in field.related_model._base_manager.filter(pk__in=pks)}
        for pk in pks:
            # The name isolated (FSI … PDI): an Arabic name does not turn its "(#8)" into "(8#)".
            names[(field.name, pk)] = f"\u2068{found[pk]}\u2069 (#{pk})" if pk in found else f"#{pk} (deleted)"
    return names


def _named(names: dict, field: str, value):
    """The related record's name for a foreign key's value; any other value as it is (a list of
    aliases is no key of `names`: it cannot be hashed)."""
    if isinstance(value, list | dict):
        return value
    return names.get((field, value), value)


def _short(value) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value if value not in (None, "") else "–")
    return text if len(text) <= 120 else text[:117] + "…"
