# Cable Archive: `make run` serves the archive, `make test` runs every test.
PYTHON ?= python3
CABLES ?= 1295
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# `make run` serves the production configuration over plain HTTP on this machine
# through gunicorn (archive/gunicorn.conf.py), with a random key kept in .env
# (created once, never committed).

.PHONY: run test lint test-postgres install install-dev lock check-lock migrate load index admin eval check-deploy .env browser checkers postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# requirements.txt and requirements-dev.txt are locks: every package, its exact version
# and its hashes, compiled from requirements.in and requirements-dev.in by `make lock`.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

UV_VERSION := 0.13.9
LOCK := $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11
lock: | $(BIN)/python
	$(BIN)/pip install -q uv==$(UV_VERSION)
	$(LOCK) requirements.in -o requirements.txt
	$(LOCK) requirements-dev.in -o requirements-dev.txt

# `pip install -r requirements.txt` alone, in a new virtualenv with the pip that
# comes with Python (not upgraded), must give a working app: migrate and check.
# Once per change of the lock; pip's cache keeps the downloads.
$(VENV)/.lock-checked: requirements.txt | $(BIN)/python
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	  $(PYTHON) -m venv "$$tmp/venv"; \
	  echo "fresh virtualenv: $$("$$tmp/venv/bin/pip" --version | cut -d' ' -f1-2), pip install -r requirements.txt"; \
	  "$$tmp/venv/bin/pip" install -q -r requirements.txt; \
	  DEBUG=1 VAR_DIR="$$tmp/var" "$$tmp/venv/bin/python" manage.py migrate --noinput -v0; \
	  DEBUG=1 VAR_DIR="$$tmp/var" "$$tmp/venv/bin/python" manage.py check
	touch $@

check-lock: $(VENV)/.lock-checked

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

.env:
	printf 'SECRET_KEY=%s\nDEBUG=0\nHTTPS=0\n' "$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" > $@

migrate: install .env
	$(MANAGE) migrate --noinput -v0

# The seed folder is one site's scrape with no header lines, so its publication is
# given here, as an editor would for a batch from one site.
load: migrate
	$(MANAGE) ingest fixtures/cables
	$(MANAGE) ingest fixtures/seeds --source "Business Standard"

index: load
	$(MANAGE) update_index --remove -v0

run: index
	$(MANAGE) collectstatic --noinput -v0
	@echo
	@echo "Cable Archive on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/ — create a login with 'make admin')"
	@echo
	PORT=$(PORT) $(BIN)/gunicorn -c archive/gunicorn.conf.py

admin: migrate
	$(MANAGE) createsuperuser

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: sudo apt-get install chromium"; fi; }

# axe-core and the Nu HTML checker (vnu-jar, run by Java 17+) for the accessibility tests,
# at the versions package-lock.json pins. --ignore-scripts: vnu-jar's install script
# would fetch a Java runtime; Debian's is used instead.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

checkers: node_modules/.installed
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
	  else echo "java is missing: sudo apt-get install openjdk-17-jre-headless"; fi; }

# One linter for the whole tree (configured in pyproject.toml), then every test.
lint: install-dev
	$(BIN)/ruff check .

test: install-dev browser checkers check-lock lint
	$(BIN)/python -m pytest

# Debian's PostgreSQL server for `make test-postgres`, which starts a throwaway cluster
# of its own (bin/with-postgres) and removes it afterwards.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL is missing: sudo apt-get install postgresql"; exit 1; fi; }

# The whole suite again, on PostgreSQL instead of SQLite.
test-postgres: install-dev browser checkers postgres
	bin/with-postgres $(BIN)/python -m pytest

eval: install
	$(BIN)/python -m cables.extraction.scoring fixtures/seeds fixtures/gold/seeds.json

# Synthetic corpus of N articles: ingest, index and search timings, memory, index size.
bench: install-dev
	$(BIN)/python bench/run.py --n $(N)
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/cable_library.py --cables $(CABLES)

# Production settings on the embedded database, then with a PostgreSQL URL (no server needed).
check-deploy: install
	DEBUG=0 HTTPS=1 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') ALLOWED_HOSTS=archive.example.org \
	  $(MANAGE) check --deploy --fail-level WARNING
	DEBUG=0 HTTPS=1 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') ALLOWED_HOSTS=archive.example.org \
	  DATABASE_URL='postgres://archive:secret@db.example.org:5432/archive?sslmode=verify-full&conn_max_age=60&conn_health_checks=true' \
	  $(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf var node_modules test-results
