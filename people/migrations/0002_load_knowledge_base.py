"""Load the starter knowledge base of organizations (people/knowledge/organizations.json).

The loader runs on the historical Organization model and only touches fields that exist
since 0001. It merges and never removes, so running it again (``manage.py
load_knowledge_base``) after the file grows is safe; unapplying leaves the rows in place,
since articles may link to them by then.
"""

from django.db import migrations


def load_knowledge_base(apps, schema_editor):
    from people.knowledge_base import knowledge_base_upsert, read_knowledge_base

    organization = apps.get_model("people", "Organization")
    knowledge_base_upsert(
        records=read_knowledge_base(), organization_model=organization, using=schema_editor.connection.alias
    )


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]

    operations = [migrations.RunPython(load_knowledge_base, migrations.RunPython.noop)]
