"""Load the starter event series and their known sessions (events/knowledge/series.json)."""

from django.db import migrations


def load(apps, schema_editor):
    from events.knowledge_base import series_load

    series_load(
        series_model=apps.get_model("events", "EventSeries"),
        event_model=apps.get_model("events", "Event"),
        organization_model=apps.get_model("people", "Organization"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("people", "0002_load_knowledge_base"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
