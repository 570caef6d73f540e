"""Deployment settings: `check --deploy` clean in production, no start without a secret key,
security headers on every page, and admin login attempts rate-limited (django-axes)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory, override_settings

from config.security import client_ip

ROOT = Path(__file__).resolve().parent.parent


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_has_no_warning_in_production():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="archive.example",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = _manage("check", DEBUG="0", ALLOWED_HOSTS="archive.example")
    assert result.returncode != 0
    assert "SECRET_KEY is not set and DEBUG is off" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_pages_carry_security_headers(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_admin_login_is_locked_after_repeated_failures(client, django_user_model, settings):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password-123")
    url = "/admin/login/?next=/admin/"
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error
    response = client.post(url, {"username": "editor", "password": "wrong"})
    assert response.status_code == 429  # the last failure allowed locks the pair out
    # Locked out now: even the right password is refused, with 429 Too Many Requests.
    response = client.post(url, {"username": "editor", "password": "right-password-123"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_success_before_the_limit_resets_the_count(client, django_user_model, settings):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "right-password-123")
    url = "/admin/login/?next=/admin/"
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {"username": "editor", "password": "wrong"})
    response = client.post(url, {"username": "editor", "password": "right-password-123"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_client_address_behind_a_proxy_is_the_hop_the_proxy_added():
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    with override_settings(BEHIND_PROXY=True):
        assert client_ip(request) == "203.0.113.9"
    with override_settings(BEHIND_PROXY=False):
        assert client_ip(request) == "10.0.0.1"
