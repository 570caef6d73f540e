"""Fixtures for the API tests: clients for an anonymous reader, an editor (token holding the
admin's change permissions) and an authenticated user who is not an editor."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def api():
    return APIClient()


def _client_for(user: User) -> APIClient:
    client = APIClient()
    token = Token.objects.create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("editor", password="x")
    user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=["archive", "events", "people"]))
    return user


@pytest.fixture
def editor_api(editor) -> APIClient:
    return _client_for(editor)


@pytest.fixture
def reader_api(db) -> APIClient:
    return _client_for(User.objects.create_user("reader", password="x"))
