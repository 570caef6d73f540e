"""Candidate series keyed by their body's name now list the name's skeletons in alphabetical order
(events.detection.candidates.body_key), so that "chefs de police du Sahel" and "Sahel Police Chiefs"
are one series. Keys stored before are rewritten the same way; where two stored series now share a
key, the older keeps it and the other keeps its old key (an editor merges them in the admin)."""

import re

from django.db import migrations

_NAME_KEY = re.compile(r"^(?P<kind>[^:]+):name:(?P<words>.+)$")


def sort_keys(apps, schema_editor):
    EventSeries = apps.get_model("events", "EventSeries")
    taken = set(EventSeries.objects.exclude(import_key=None).values_list("import_key", flat=True))
    changed = []
    for series in EventSeries.objects.exclude(import_key=None).order_by("pk").only("pk", "import_key"):
        match = _NAME_KEY.match(series.import_key)
        if match is None or match["words"].startswith("concepts "):
            continue
        key = f"{match['kind']}:name:{' '.join(sorted(match['words'].split()))}"
        if key == series.import_key or key in taken:
            continue
        taken.discard(series.import_key)
        taken.add(key)
        series.import_key = key
        changed.append(series)
    EventSeries.objects.bulk_update(changed, ["import_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("events", "0007_series_import_key")]

    operations = [migrations.RunPython(sort_keys, migrations.RunPython.noop)]
