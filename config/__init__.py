# The Celery application is loaded with Django, so that tasks queued by the site and the
# commands use its configuration (broker, queue, eager mode).
from config.celery import app as celery_app

__all__ = ["celery_app"]
