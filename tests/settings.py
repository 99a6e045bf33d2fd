"""Settings for the test suite: the project's settings with a throwaway key and index."""
import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("VAR_DIR", tempfile.mkdtemp(prefix="cable-archive-tests-"))

from archive.settings import *  # noqa: E402,F403

SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A database file, not memory, so the tests' worker processes can open it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}  # noqa: F405
# Any other database (DATABASE_URL, e.g. `make test-postgres`) gets Django's own test
# database beside the one named; tests/dburl.py gives worker processes its URL.
# A drain_index process would open the development database, not the test one.
INGEST_INDEX_IN_BACKGROUND = False
