from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "curation"
    verbose_name = "editorial history"

    def ready(self):
        from curation import history  # noqa: F401  (connects the signal that tags history rows)
