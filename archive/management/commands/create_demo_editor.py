"""Create the demo editor account, for `make demo` only.

It refuses to run when DEBUG is off: a known password has no place in production.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

USERNAME = "editor"
PASSWORD = "demo-editor-2026"


class Command(BaseCommand):
    help = "Create (or reset) the demo editor account. Development only: refuses when DEBUG is off."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_demo_editor is for the demo only and refuses to run with DEBUG off.")
        user, _ = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_staff = True
        user.is_superuser = False
        user.set_password(PASSWORD)
        user.save()
        # The permissions of the Editors group (archive/migrations/0004_editors_group.py), no more.
        user.user_permissions.clear()
        user.groups.set([Group.objects.get(name="Editors")])
        self.stdout.write(self.style.SUCCESS(f"Demo editor login: {USERNAME} / {PASSWORD}"))
