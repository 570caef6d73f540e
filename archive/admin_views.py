"""Admin pages for the editors' daily work: the review queue and the dashboard.

Thin views: reads from archive.review, writes through the services (people.services,
archive.services), each write answered with a message carrying its Undo button. Both pages live
under /admin/ and require a staff login with the change permission on persons.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from archive import review
from archive.admin import evidence_html
from archive.services import import_runs_close_abandoned, links_confirm, links_reject
from events.services import event_attach_alias, series_attach_alias
from people.curation.admin import report
from people.curation.merging import MergeError
from people.models import Review
from people.services import (
    entities_confirm,
    entities_reject,
    entity_attach_alias,
    suggestion_accept,
    suggestion_dismiss,
)

PER_PAGE = 12
# The queue's tabs: key, label, and the `review.Waiting` count shown in its badge.
TABS = [
    ("persons", _("Candidate persons"), "candidate_persons"),
    ("organizations", _("Candidate organizations"), "candidate_organizations"),
    ("series", _("Candidate series"), "candidate_series"),
    ("events", _("Candidate events"), "candidate_events"),
    ("person-links", _("Unsure person links"), "persons_links_to_check"),
    ("organization-links", _("Unsure organization links"), "organizations_links_to_check"),
    ("event-links", _("Unsure event links"), "events_links_to_check"),
]
# "Alias of…": the merge service that makes a candidate another name of a known record.
ATTACH = {
    "persons": entity_attach_alias,
    "organizations": entity_attach_alias,
    "series": series_attach_alias,
    "events": event_attach_alias,
}


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _context(request, **extra):
    return {**admin.site.each_context(request), **extra}


@permission_required("people.change_person", raise_exception=True)
def review_queue(request):
    """Candidates (most frequent, then newest, first) with their evidence, or unsure links."""
    tab = request.GET.get("tab", "persons")
    if tab not in {key for key, *_ in TABS}:
        tab = "persons"
    kind = tab.split("-")[0] + ("s" if tab.endswith("links") else "")
    if tab.endswith("links"):
        paginator = Paginator(review.links_to_check(kind), PER_PAGE * 2)
        page = paginator.get_page(request.GET.get("page"))
        rows, candidates = list(page.object_list), []
    else:
        paginator = Paginator(review.candidates(kind), PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
        candidates, rows = review.with_evidence(kind, list(page.object_list)), []
    for link in [*rows, *(link for c in candidates for link in c.evidence)]:
        link.evidence_html = evidence_html(link.sentence, link.surface)
    for c in candidates:
        c.change_url = change_url(c.entity)
        c.similar_url = change_url(c.entity.similar_to) if getattr(c.entity, "similar_to", None) else ""
    waiting = review.waiting()
    context = _context(
        request,
        title=_("Review queue"),
        tabs=[(key, label, getattr(waiting, count)) for key, label, count in TABS],
        tab=tab,
        kind=kind,
        page=page,
        candidates=candidates,
        links=rows,
        entity_field=review.KINDS[kind][2].split("__")[-1],
        entity_name=review.KINDS[kind][0]._meta.verbose_name,
        waiting=waiting,
        low_confidence=review.LOW_CONFIDENCE,
    )
    return TemplateResponse(request, "admin/archive/review_queue.html", context)


def _back(request) -> HttpResponseRedirect:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("archive_review_queue")
    return HttpResponseRedirect(target)


@require_POST
@permission_required("people.change_person", raise_exception=True)
def review_act(request):
    """One action of the queue: confirm, reject, alias, accept or dismiss a suggestion, or a
    decision on links. Answers with a message (and its Undo) and returns to the queue."""
    action = request.POST.get("action", "")
    kind = request.POST.get("kind", "")
    if kind not in review.KINDS:
        return HttpResponseBadRequest("unknown kind")
    model, links_model, _ = review.KINDS[kind]
    if action in ("link-confirm", "link-reject"):
        ids = request.POST.getlist("link")
        links = links_model.objects.filter(pk__in=ids)
        decide = links_confirm if action == "link-confirm" else links_reject
        count = decide(links=links, by=request.user)
        messages.success(request, f"{count} link(s) {'confirmed' if action == 'link-confirm' else 'rejected'}.")
        return _back(request)
    entity = get_object_or_404(model, pk=request.POST.get("pk"))
    try:
        if action == "confirm":
            entities_confirm(entities=model.objects.filter(pk=entity.pk), by=request.user)
            _report_last(request, f"“{entity}” confirmed.")
        elif action == "reject":
            entities_reject(entities=model.objects.filter(pk=entity.pk), by=request.user)
            _report_last(request, f"“{entity}” rejected; its links are out of public view.")
        elif action == "accept":
            known = entity.similar_to
            op = suggestion_accept(entity=entity, by=request.user)
            report(request, op, f"“{entity}” is now an alias of “{known}”; its links moved there.")
        elif action == "dismiss":
            other = entity.similar_to
            op = suggestion_dismiss(entity=entity, by=request.user)
            report(request, op, f"“{entity}” is not “{other}”: suggestion dismissed.")
        elif action == "alias":
            return _alias(request, model, entity)
        else:
            return HttpResponseBadRequest("unknown action")
    except MergeError as error:
        messages.error(request, f"Nothing done: {error}")
    return _back(request)


def _report_last(request, text: str) -> None:
    from people.curation.models import Operation

    op = Operation.objects.filter(by=request.user).order_by("-pk").first()
    if op is not None:
        report(request, op, text)
    else:
        messages.info(request, text)


def _alias(request, model, entity):
    """Attach `entity` as an alias of the known record the editor named: at once when the name
    designates one record, else a short page to choose among those it may designate."""
    target_pk = request.POST.get("target")
    if target_pk:
        known = get_object_or_404(model, pk=target_pk)
    else:
        query = request.POST.get("q", "").strip()
        matches = list(
            model.objects.search(query).exclude(pk=entity.pk).exclude(review=Review.REJECTED).order_by("-review")[:10]
        )
        if not query or not matches:
            messages.error(request, f"No {model._meta.verbose_name} named like “{query}”: nothing done.")
            return _back(request)
        if len(matches) > 1:
            context = _context(
                request,
                title=f"“{entity}” is another name of…",
                entity=entity,
                matches=matches,
                query=query,
                kind=request.POST.get("kind"),
                next=request.POST.get("next", ""),
            )
            return TemplateResponse(request, "admin/archive/review_alias_choice.html", context)
        known = matches[0]
    op = ATTACH[request.POST.get("kind")](candidate=entity, known=known, by=request.user)
    report(request, op, f"“{entity}” is now an alias of “{known}”; its links moved there.")
    return _back(request)


@permission_required("people.view_person", raise_exception=True)
def dashboard(request):
    """What the last imports brought and what waits for review."""
    import_runs_close_abandoned()  # a run killed by SIGKILL is shown as abandoned, not running
    context = _context(
        request,
        title="Editorial dashboard",
        runs=review.recent_imports(),
        waiting=review.waiting(),
        operations=review.recent_operations(),
        low_confidence=review.LOW_CONFIDENCE,
    )
    return TemplateResponse(request, "admin/archive/dashboard.html", context)
