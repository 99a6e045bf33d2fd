"""Reports uploaded in the admin ("Import reports"), ingested by the same code as
`manage.py ingest`: each file is written to a private temporary folder under its own
name (the archive knows a changed report by its file name), then ingest_paths reads it."""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import get_valid_filename

from .ingest import CREATED, FAILED, INGESTIBLE_SUFFIXES, UNCHANGED, UPDATED, ingest_paths
from .models import Article

logger = logging.getLogger(__name__)
MAX_UPLOAD_BYTES = 5 * 1024 * 1024  # per file; a long report with its HTML page is well under 1 MB
MAX_UPLOAD_FILES = 100  # Django's DATA_UPLOAD_MAX_NUMBER_FILES


@dataclass
class FileOutcome:
    name: str
    outcome: str  # created, updated, unchanged or failed
    reason: str = ""
    article: Article | None = None


def ingest_uploads(files, *, source: str | None = None, published=None) -> list[FileOutcome]:
    """One outcome per uploaded file, in the order given; a bad file never stops the others."""
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="cable-archive-upload-") as folder:
        for n, upload in enumerate(files):
            name = Path(upload.name or "").name
            safe = get_valid_filename(name) if name.strip(". ") else ""
            if not safe or Path(safe).suffix.lower() not in INGESTIBLE_SUFFIXES:
                outcomes.append(FileOutcome(name or "(no name)", FAILED, "not a .txt or .html file"))
                continue
            if upload.size > MAX_UPLOAD_BYTES:
                outcomes.append(FileOutcome(name, FAILED, f"larger than the {MAX_UPLOAD_BYTES // (1024 * 1024)} MB limit"))
                continue
            # A folder per file: two uploads of the same name never overwrite each other.
            path = Path(folder) / str(n) / safe
            path.parent.mkdir()
            with path.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            try:
                result = ingest_paths([path], source=source or None, published=published)
            except Exception:  # each file is one transaction: nothing of it was written
                logger.exception("Import of %s failed", name)
                outcomes.append(FileOutcome(name, FAILED, "an unexpected error while reading it (logged); nothing was written"))
                continue
            outcome = next((k for k in (CREATED, UPDATED, UNCHANGED, FAILED) if result.counts[k]), FAILED)
            reason = "; ".join(e["error"] for e in result.errors)
            article = Article.objects.filter(source_file=safe).first() if outcome in (CREATED, UPDATED, UNCHANGED) else None
            outcomes.append(FileOutcome(name, outcome, reason, article))
    return outcomes
