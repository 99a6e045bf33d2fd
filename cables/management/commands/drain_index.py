import sys

from django.core.management.base import BaseCommand

from cables.signals import drain


class Command(BaseCommand):
    help = "Apply search index updates still queued (after a crash or an engine outage). Exit 1 if any stay queued."

    def add_arguments(self, parser):
        parser.add_argument("--bulk", action="store_true", help="Write a new segment without merging (used by a bulk ingest).")

    def handle(self, *args, bulk=False, **options):
        result = drain(bulk=bulk)
        self.stdout.write(f"{result.written} documents updated")
        for model, pk in sorted(result.failed):
            self.stderr.write(f"cannot index {model} {pk}: skipped, stays queued (see the log for the reason)")
        if result.unwritten:
            self.stderr.write(f"the search engine is unavailable: {len(result.unwritten)} documents stay queued")
        if result.queued:
            sys.exit(1)
