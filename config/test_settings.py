"""Test settings: the same as production settings, with a fast password hasher."""

from config.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Tests never run collectstatic: WhiteNoise serves nothing from STATIC_ROOT there (the live
# server of browser tests serves the apps' static files itself).
STATIC_ROOT = None

# Tests that exercise throttling set their own low rates; the others never meet a limit.
API_THROTTLE_RATES = {"anon": "100000/minute", "user": "100000/minute"}

# Queued imports run eagerly in tests that call them in process; the tests with real workers
# start `celery -A config worker` processes on the production settings and a queue of their own.
CELERY_TASK_ALWAYS_EAGER = True

# A second alias on the same server, as a replica would be (config/db_router.py); its test
# database is the default one (MIRROR). No router is active unless a test sets DATABASE_ROUTERS.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
