from django.apps import AppConfig


class PublicConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "archive.public"
    label = "public"
    verbose_name = "public site"
