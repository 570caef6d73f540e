"""Who may do what: anyone reads; writing needs a token (or an admin session) of a user who
holds the view's editor permission, the same Django permission the admin asks for."""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS, BasePermission


class EditorWritesOnly(BasePermission):
    message = "Writing needs an editor account: a user holding the permission to change this resource."

    def has_permission(self, request, view) -> bool:
        if request.method in SAFE_METHODS:
            return True
        if not hasattr(view, request.method.lower()):
            return True  # no such operation here: let the view answer 405, not 401

        permission = getattr(view, "editor_permission", None)
        user = request.user
        return bool(permission and user and user.is_authenticated and user.has_perm(permission))


def is_editor(user, permission: str = "archive.change_article") -> bool:
    """Editors also read what the public does not see (draft articles)."""
    return bool(user and user.is_authenticated and user.has_perm(permission))
