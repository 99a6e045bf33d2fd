import sys

from django.core.management.base import BaseCommand

from cables.index_check import find_drift, repair
from cables.signals import _single_writer


class Command(BaseCommand):
    help = "Report every difference between the database and the search index; --repair fixes them. Exit 1 on drift."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true", help="Update missing and stale documents, remove extra ones.")

    def handle(self, *args, **options):
        drift = find_drift()
        for kind in ("missing", "stale", "extra"):
            for model, pk in getattr(drift, kind):
                self.stdout.write(f"{kind}: {model} {pk}")
        if not drift:
            self.stdout.write("index matches the database")
            return
        counts = ", ".join(f"{len(getattr(drift, k))} {k}" for k in ("missing", "stale", "extra"))
        if options["repair"]:
            with _single_writer():
                repair(drift)
            self.stdout.write(f"repaired: {counts}")
        else:
            self.stdout.write(f"drift: {counts}")
        sys.exit(1)
