"""Editors may read the per-file ingest reports (FileReport) that an import run's page links to."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from archive.editors import grant_editors

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    grant_editors(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


class Migration(migrations.Migration):
    dependencies = [("archive", "0018_article_language_story")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
