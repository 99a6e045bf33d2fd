import sys

from django.core.management.base import BaseCommand

from cables.index_check import find_drift, repair
from cables.models import PendingIndexUpdate


class Command(BaseCommand):
    help = ("Report every difference between the database and the search index, and index updates still queued; "
            "--repair fixes them. Exit 1 when anything differed or stays queued (even once repaired).")

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="Update missing and stale documents, remove extra ones.")

    def handle(self, *args, **options):
        drift = find_drift()
        for kind in ("missing", "stale", "extra"):
            for model, pk in getattr(drift, kind):
                self.stdout.write(f"{kind}: {model} {pk}")
        queued = PendingIndexUpdate.objects.count()
        if queued:
            self.stdout.write(f"queued: {queued} index updates not yet applied")
        if not drift and not queued:
            self.stdout.write("index matches the database")
            return
        counts = ", ".join(f"{len(getattr(drift, k))} {k}" for k in ("missing", "stale", "extra"))
        if options["repair"]:
            result = repair(drift)
            self.stdout.write(f"repaired: {counts}")
            if result.queued:
                self.stdout.write(f"still queued: {result.queued} documents (see the log for the reason)")
        else:
            self.stdout.write(f"drift: {counts}")
        sys.exit(1)
