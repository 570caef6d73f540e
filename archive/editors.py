"""The "Editors" group: exactly the permissions curation needs, nothing more.

Editors review and curate: they see everything of the archive, change entities, events,
articles and links (a change covers confirm, reject, merge, split and publish, all through the
services), add links by hand, upload files to import (`add_importrun`: the upload page), and
undo editorial operations. They delete nothing directly (a merge deletes the merged records
itself, recorded and undoable), never edit import runs or sources, and are not superusers.
Made by archive/migrations/0007_editors_group.py (0016 added the upload, 0019 the runs'
per-file ingest reports, which the run's page links to).
"""

from __future__ import annotations

EDITORS = "Editors"

EDITOR_PERMISSIONS = {
    "people": [
        "view_person",
        "change_person",
        "view_organization",
        "change_organization",
        "view_identitydecision",
        "view_organizationidentitydecision",
    ],
    "events": ["view_eventseries", "change_eventseries", "view_event", "change_event"],
    "archive": [
        "view_source",
        "view_importrun",
        "add_importrun",
        "view_filereport",
        "view_article",
        "change_article",
        "view_articleperson",
        "add_articleperson",
        "change_articleperson",
        "view_articleorganization",
        "add_articleorganization",
        "change_articleorganization",
        "view_articleevent",
        "add_articleevent",
        "change_articleevent",
    ],
    "curation": ["view_operation", "undo_operation"],
}


def grant_editors(group_model, permission_model, *, leave_out: frozenset[tuple[str, str]] = frozenset()):
    """Create (or reset) the group with exactly EDITOR_PERMISSIONS; works on the migration's
    historical models and on the real ones. Raises if a permission does not exist. `leave_out`:
    (app, codename) of models a migration comes before (it cannot grant what is not made yet)."""
    wanted = {(app, codename) for app, codenames in EDITOR_PERMISSIONS.items() for codename in codenames}
    wanted -= leave_out
    found = [
        p
        for p in permission_model.objects.filter(content_type__app_label__in=EDITOR_PERMISSIONS).select_related(
            "content_type"
        )
        if (p.content_type.app_label, p.codename) in wanted
    ]
    missing = wanted - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise RuntimeError(f"permissions missing for the {EDITORS} group: {sorted(missing)}")
    group, _ = group_model.objects.get_or_create(name=EDITORS)
    group.permissions.set(found)
    return group
