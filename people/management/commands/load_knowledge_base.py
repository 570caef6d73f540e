"""Load (again) the starter knowledge base of organizations into the database.

The data migration loads people/knowledge/organizations.json once, when the database is
created. The file keeps growing: this command merges it into the Organization table again —
new organizations are created, known ones gain the new names, and nothing an editor added
(aliases, labels, parents) is removed. It only calls people.services.knowledge_base_load.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from people.knowledge_base import KnowledgeBaseError
from people.services import knowledge_base_load


class Command(BaseCommand):
    help = "Merge the organizations of the knowledge base file into the database (never removes anything)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            type=Path,
            default=None,
            help="Knowledge base JSON file (default: people/knowledge/organizations.json).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Do the whole load in a transaction and roll it back; report what would change.",
        )

    def handle(self, *args, path: Path | None, dry_run: bool, verbosity: int, **options) -> None:
        try:
            counts = knowledge_base_load(path=path, dry_run=dry_run)
        except KnowledgeBaseError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            prefix = "Dry run, nothing saved: " if dry_run else ""
            self.stdout.write(
                self.style.SUCCESS(
                    f"{prefix}{counts['total']} organizations in the knowledge base: {counts['created']} created, "
                    f"{counts['updated']} updated, {counts['unchanged']} unchanged; "
                    f"{counts['parents_set']} parents set."
                )
            )
