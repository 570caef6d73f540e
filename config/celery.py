"""The Celery application: `celery -A config worker` runs the import's batches (archive/tasks.py).

Its settings are Django's, those named CELERY_* (config/settings.py): the broker comes from
CELERY_BROKER_URL (RabbitMQ in production); without one, tasks run eagerly in the process that
queues them, so the SQLite default needs no broker and no worker.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("config")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# The current app is per thread: without this, a request served by another thread (runserver,
# gunicorn --threads, the test live server) would queue through Celery's unconfigured fallback app.
app.set_default()
