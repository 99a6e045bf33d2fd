"""Loading many cables at once: one commit for a run of cable files, each file still whole or nothing.

A cable page costs little to read but hundreds of index rows to write (its shingles),
and on SQLite a commit of that many scattered index pages costs as much as reading
the page: a bulk load of the cablegate release spent most of its time committing.
Consecutive cable files are therefore written in one transaction, each in a savepoint
of its own (a file that fails rolls back alone, and is reported as before), and
committed every CABLES_PER_COMMIT files or SECONDS_PER_COMMIT seconds, whichever
comes first, and before anything else (a report) is written. The search-index queue
rows are written in the same transaction, so the index never misses a committed
cable; it only learns of a group of them at once.
"""
from __future__ import annotations

import time
from contextlib import contextmanager

from django.db import connection, transaction

from .linking import quote_hashes_held

CABLES_PER_COMMIT = 200
# SQLite's page cache for the connection while cables load, in KiB: the shingle
# index's pages are written in random order, and the default 2 MB cache keeps
# re-reading them (a quarter of the insert time).
SQLITE_CACHE_KIB = 64 * 1024
# Other writers (a curator's save) wait for a commit: never hold the lock long.
SECONDS_PER_COMMIT = 2.0


class CableGroup:
    """The open transaction of a run of cable files, if any."""

    def __init__(self, size: int = CABLES_PER_COMMIT, seconds: float = SECONDS_PER_COMMIT) -> None:
        self.size, self.seconds = size, seconds
        self._atomic = None
        self._count = 0
        self._since = 0.0

    def open(self) -> None:
        """Before writing a cable: join the open group, or start one."""
        if self._atomic is None:
            if connection.vendor == "sqlite":
                with connection.cursor() as cursor:
                    cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            self._held = quote_hashes_held()
            self._held.__enter__()
            self._count, self._since = 0, time.monotonic()

    def written(self) -> None:
        """A cable file was written (or failed alone): commit when the group is full."""
        self._count += 1
        if self._count >= self.size or time.monotonic() - self._since >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self._atomic is not None:
            atomic, self._atomic = self._atomic, None
            self._held.__exit__(None, None, None)
            atomic.__exit__(None, None, None)


@contextmanager
def cable_groups(size: int = CABLES_PER_COMMIT, seconds: float = SECONDS_PER_COMMIT):
    """Group consecutive cable files into commits for the duration of an ingest run.

    What is open is committed at the end, and also when the run stops early (Ctrl-C):
    a group holds only whole files, since a file that failed rolled back to its own
    savepoint (and a transaction Django marked for rollback is rolled back instead).
    """
    group = CableGroup(size, seconds)
    try:
        yield group
    finally:
        group.commit()
