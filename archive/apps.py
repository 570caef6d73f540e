from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "archive"

    def ready(self):
        from archive.search import signals
        from people.curation.signals import operation_recorded
        from people.signals import entities_rejected

        signals.connect()
        entities_rejected.connect(_reject_links, dispatch_uid="archive.reject_links_of_rejected_entities")
        operation_recorded.connect(_recount_mentions, dispatch_uid="archive.recount_mentions")


def _reject_links(sender, model, pks, **kwargs):
    from archive.services import links_reject_for_entities

    links_reject_for_entities(model=model, pks=pks)


def _recount_mentions(sender, operation, **kwargs):
    from archive.coverage import mention_counts_refresh_after

    mention_counts_refresh_after(operation)
