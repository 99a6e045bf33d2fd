import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cables.extraction.text import parse_date
from cables.ingest import ingest_paths


class Command(BaseCommand):
    help = "Ingest news reports (.txt, .html) and original cables from files or folders."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders to ingest.")
        parser.add_argument("--source", help="Publication name for files that do not give one.")
        parser.add_argument("--published", help="Publication date (YYYY-MM-DD) for files that do not give one.")
        parser.add_argument("--dry-run", action="store_true", help="Extract and report, write nothing.")
        parser.add_argument("--format", choices=["text", "json"], default="text", help="Output format.")
        parser.add_argument("--index-every", type=int, default=200, metavar="N",
                            help="Index in a background process after every N files (default 200).")
        parser.add_argument("--max-mb", type=float, metavar="MB",
                            help=f"Refuse files larger than this (default {settings.INGEST_MAX_BYTES / 2**20:g}, from INGEST_MAX_MB).")

    def handle(self, *args, paths, source=None, published=None, dry_run=False, format="text", index_every=200, max_mb=None, **options):
        if index_every < 1:
            raise CommandError("--index-every must be at least 1")
        if max_mb is not None and not max_mb > 0:
            raise CommandError("--max-mb must be more than 0")
        published_date = parse_date(published) if published else None
        if published and published_date is None:
            raise CommandError(f"--published {published!r} is not a date")
        show_progress = format == "text" and sys.stderr.isatty()
        progress = (lambda files: tqdm(files, desc="Ingesting", unit="file")) if show_progress else None
        result = ingest_paths(
            paths, source=source, published=published_date, dry_run=dry_run, progress=progress,
            index_every=index_every if settings.INGEST_INDEX_IN_BACKGROUND and not dry_run else None,
            max_bytes=int(max_mb * 2**20) if max_mb is not None else None,
        )
        if format == "json":
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        else:
            for error in result.errors:
                self.stderr.write(f"{error['file']}: {error['error']}")
            for note in result.notes:
                self.stderr.write(f"{note['file']}: {note['note']}")
            if not dry_run:
                self.stdout.write(", ".join(f"{n} {k}" for k, n in result.counts.items()))
            else:
                self.stdout.write(f"{len(result.reports)} reports and {len(result.cables)} cables read, nothing written")
        if result.errors:
            sys.exit(1)
