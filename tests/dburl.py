"""The database the suite runs on, as a DATABASE_URL for the processes tests start."""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlencode

from django.db import connections

SCHEMES = {"sqlite3": "sqlite", "postgresql": "postgres"}


def database_url(alias: str = "default", name: str | None = None) -> str:
    """A URL that django-environ reads back into this connection's settings (its test database)."""
    settings = connections[alias].settings_dict
    scheme = SCHEMES[settings["ENGINE"].rsplit(".", 1)[-1]]
    name = name or settings["NAME"]
    if scheme == "sqlite":
        return f"sqlite:///{name}"
    user = quote(settings.get("USER") or "", safe="")
    password = quote(settings.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else f"{user}@" if user else ""
    options = dict(settings.get("OPTIONS") or {})
    host = settings.get("HOST") or ""
    if host.startswith("/"):  # a Unix socket folder goes in the query
        options["host"], host = host, ""
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    query = urlencode({k: v for k, v in options.items() if isinstance(v, (str, int))})
    return f"{scheme}://{credentials}{host}{port}/{quote(name, safe='')}" + (f"?{query}" if query else "")


@contextmanager
def scratch_database(folder: Path, alias: str = "default"):
    """An empty database of the suite's kind for processes that migrate their own; removed after."""
    connection = connections[alias]
    if connection.vendor == "sqlite":
        yield database_url(alias, name=str(folder / f"scratch-{uuid.uuid4().hex[:8]}.sqlite3"))
        return
    name = f"{connection.settings_dict['NAME']}_scratch_{uuid.uuid4().hex[:8]}"
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(alias, name=name)
    finally:
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
