"""The "Editors" group, with exactly the permissions curation needs (see archive/editors.py)."""

from django.db import migrations


def create_editors(apps, schema_editor):
    # Permissions are made after migrations (post_migrate); make them now to grant them here.
    from django.contrib.auth.management import create_permissions

    from archive.editors import grant_editors

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    # FileReport is made by 0013: 0019 grants its view permission.
    grant_editors(
        apps.get_model("auth", "Group"),
        apps.get_model("auth", "Permission"),
        leave_out=frozenset({("archive", "view_filereport")}),
    )


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
