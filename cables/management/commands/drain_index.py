from django.core.management.base import BaseCommand

from cables.signals import drain


class Command(BaseCommand):
    help = "Apply search index updates still queued (after a crash or an engine outage)."

    def handle(self, *args, **options):
        self.stdout.write(f"{drain()} documents updated")
