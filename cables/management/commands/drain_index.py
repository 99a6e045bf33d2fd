from django.core.management.base import BaseCommand

from cables.signals import drain


class Command(BaseCommand):
    help = "Apply search index updates still queued (after a crash or an engine outage)."

    def add_arguments(self, parser):
        parser.add_argument("--bulk", action="store_true", help="Write a new segment without merging (used by a bulk ingest).")

    def handle(self, *args, bulk=False, **options):
        self.stdout.write(f"{drain(bulk=bulk)} documents updated")
