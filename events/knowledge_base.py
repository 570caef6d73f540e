"""The starter knowledge base of event series (events/knowledge/series.json) and its loading.

Each series comes with its names in three languages and the sessions known as public fact
(ordinal, year, city), which become Event rows: a reference without an ordinal ("the
assembly held in Glasgow in 2024") can then be resolved to its session. Loading is an
idempotent upsert by canonical name that merges aliases and only fills what is blank, so
an editor's corrections survive a reload. The data migration and the management command
call the same function, passing historical models in the migration's case.
"""

from __future__ import annotations

import json
from pathlib import Path

from events.naming import event_name
from text.partial_date import PartialDate

SERIES_FILE = Path(__file__).resolve().parent / "knowledge" / "series.json"
LABEL_FIELDS = ("label_fr", "label_ar", "label_en")


def read_series(path: Path | None = None) -> list[dict]:
    return json.loads((path or SERIES_FILE).read_text(encoding="utf-8"))


def series_load(*, entries: list[dict] | None = None, series_model=None, event_model=None, organization_model=None):
    """Upsert the series and their known sessions; returns counts of what was created."""
    if series_model is None:
        from events.models import Event, EventSeries
        from people.models import Organization

        series_model, event_model, organization_model = EventSeries, Event, Organization
    entries = read_series() if entries is None else entries
    orgs = dict(organization_model.objects.values_list("name", "id"))
    existing = {s.name: s for s in series_model.objects.filter(name__in=[e["name"] for e in entries])}
    created, changed = [], []
    for entry in entries:
        series = existing.get(entry["name"])
        is_new = series is None
        if is_new:
            series = series_model(name=entry["name"], aliases=[])
        dirty = is_new
        for label in LABEL_FIELDS:
            if entry.get(label) and not getattr(series, label):
                setattr(series, label, entry[label])
                dirty = True
        missing = [a for a in entry.get("aliases", []) if a not in (series.aliases or [])]
        if missing:
            series.aliases = [*(series.aliases or []), *missing]
            dirty = True
        if entry.get("event_name_template") and not series.event_name_template:
            series.event_name_template = entry["event_name_template"]
            dirty = True
        org_id = orgs.get(entry.get("organization") or "")
        if org_id and not series.organization_id:
            series.organization_id = org_id
            dirty = True
        if is_new:
            created.append(series)
        elif dirty:
            changed.append(series)
    series_model.objects.bulk_create(created)
    if changed:
        series_model.objects.bulk_update(
            changed, ["label_fr", "label_ar", "label_en", "aliases", "event_name_template", "organization"]
        )
    events_created = _load_editions(entries, series_model, event_model)
    return {"series_created": len(created), "series_updated": len(changed), "events_created": events_created}


def _load_editions(entries: list[dict], series_model, event_model) -> int:
    series_by_name = {s.name: s for s in series_model.objects.filter(name__in=[e["name"] for e in entries])}
    known = set(event_model.objects.filter(series__in=series_by_name.values()).values_list("series_id", "ordinal"))
    new = []
    for entry in entries:
        series = series_by_name[entry["name"]]
        for edition in entry.get("editions", []):
            ordinal = edition.get("ordinal")
            if ordinal is None or (series.pk, ordinal) in known:
                continue
            start = PartialDate.parse(edition.get("start")) or (
                PartialDate(edition["year"]) if edition.get("year") else None
            )
            end = PartialDate.parse(edition.get("end"))
            new.append(
                event_model(
                    series=series,
                    ordinal=ordinal,
                    name=event_name(series.event_name_template, series.name, ordinal, edition.get("year")),
                    city=edition.get("city") or "",
                    country=edition.get("country") or "",
                    start=start.first_day() if start else None,
                    start_precision=start.precision if start else "",
                    end=end.first_day() if end else None,
                    end_precision=end.precision if end else "",
                )
            )
            known.add((series.pk, ordinal))
    event_model.objects.bulk_create(new)
    return len(new)


def catalogue_entries(*, path: Path | None = None) -> list[dict]:
    """The series as the event detector's catalogue wants them: the knowledge-base file's
    entries, completed with what editors added in the database (names of a series, new
    series, sessions as editions). Read once per run."""
    from events.models import Event, EventSeries

    entries = {entry["name"]: dict(entry) for entry in read_series(path)}
    for series in EventSeries.objects.select_related("organization"):
        entry = entries.setdefault(
            series.name,
            {
                "name": series.name,
                "event_name_template": series.event_name_template,
                "organization": series.organization.name if series.organization else None,
                "aliases": [],
                "editions": [],
            },
        )
        for label in LABEL_FIELDS:
            entry[label] = entry.get(label) or getattr(series, label)
        entry["aliases"] = list(dict.fromkeys([*(entry.get("aliases") or []), *(series.aliases or [])]))
        entry["_series_id"] = series.pk
    by_id = {entry["_series_id"]: entry for entry in entries.values() if "_series_id" in entry}
    for event in Event.objects.filter(series_id__in=by_id, ordinal__isnull=False):
        entry = by_id[event.series_id]
        editions = entry.setdefault("editions", [])
        if any(e.get("ordinal") == event.ordinal for e in editions):
            continue
        start, end = event.start_date, event.end_date
        editions.append(
            {
                "ordinal": event.ordinal,
                "year": start.year if start else None,
                "city": event.city or None,
                "country": event.country or None,
                "start": str(start) if start else None,
                "end": str(end) if end else None,
            }
        )
    for entry in entries.values():
        entry.pop("_series_id", None)
    return list(entries.values())
