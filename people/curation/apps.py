from django.apps import AppConfig


class CurationConfig(AppConfig):
    name = "people.curation"
    label = "curation"
    verbose_name = "editorial history"

    def ready(self):
        from people.curation import history  # noqa: F401  (connects the signal that tags history rows)
