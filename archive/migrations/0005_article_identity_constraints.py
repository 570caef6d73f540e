# The constraints over the rows 0004 repaired, in their own migration: on PostgreSQL, adding a
# constraint in the transaction that just updated the rows fails with "pending trigger events".

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('archive', '0004_import_safety'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['origin'], name='archive_art_origin_36d863_idx'),
        ),
        migrations.AddIndex(
            model_name='article',
            index=models.Index(fields=['url'], name='archive_art_url_58e8c0_idx'),
        ),
        migrations.AddConstraint(
            model_name='article',
            constraint=models.UniqueConstraint(fields=('origin_root', 'origin'), name='article_unique_origin'),
        ),
        migrations.AddConstraint(
            model_name='article',
            constraint=models.UniqueConstraint(condition=models.Q(('body_hash', ''), _negated=True), fields=('body_hash',), name='article_unique_body_hash'),
        ),
    ]
