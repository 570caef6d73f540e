"""The one place that reads the environment.

Settings read every variable through these helpers so that defaults (safe for a
developer's machine, never for production) live together and are easy to audit.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_database(name: str, default_sqlite_path: str) -> dict:
    """DATABASE_URL when set (PostgreSQL in production), else the embedded SQLite file."""
    url = os.environ.get(name) or f"sqlite:///{default_sqlite_path}"
    config = dj_database_url.parse(url, conn_max_age=60)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers (the site) work while an import writes.
        config.setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
        config["CONN_MAX_AGE"] = 0
    return config
