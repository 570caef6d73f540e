"""The "Editors" group: exactly the permissions curation needs, nothing more.

Editors review and curate: they see everything of the archive, change entities, events,
articles and links (a change covers confirm, reject, merge, split and publish, all through the
services), add links by hand, and undo editorial operations. They delete nothing directly (a
merge deletes the merged records itself, recorded and undoable), never edit import runs or
sources, and are not superusers.
"""

from django.db import migrations

EDITOR_PERMISSIONS = {
    "people": ["view_person", "change_person", "view_organization", "change_organization",
               "view_identitydecision", "view_organizationidentitydecision"],
    "events": ["view_eventseries", "change_eventseries", "view_event", "change_event"],
    "archive": ["view_source", "view_importrun", "view_article", "change_article",
                "view_articleperson", "add_articleperson", "change_articleperson",
                "view_articleorganization", "add_articleorganization", "change_articleorganization",
                "view_articleevent", "add_articleevent", "change_articleevent"],
    "curation": ["view_operation", "undo_operation"],
}


def create_editors(apps, schema_editor):
    # Permissions are made after migrations (post_migrate); make them now to grant them here.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    wanted = [(app, codename) for app, codenames in EDITOR_PERMISSIONS.items() for codename in codenames]
    found = list(Permission.objects.filter(content_type__app_label__in=EDITOR_PERMISSIONS, codename__in=[c for _, c in wanted]))
    found = [p for p in found if (p.content_type.app_label, p.codename) in set(wanted)]
    missing = set(wanted) - {(p.content_type.app_label, p.codename) for p in found}
    if missing:
        raise RuntimeError(f"permissions missing for the Editors group: {sorted(missing)}")
    group.permissions.set(found)


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0006_alter_article_updated_at_and_more"),
        ("curation", "0002_undo_permission"),
        ("people", "0006_identity_decision_history"),
        ("events", "0003_search_keys_history_event_aliases"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
