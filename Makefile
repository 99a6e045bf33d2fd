# Cable Archive: `make run` serves the archive, `make test` runs every test.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# The local server runs in debug mode with a development key; production sets
# SECRET_KEY, DEBUG=0 and ALLOWED_HOSTS in the environment instead.
RUN_ENV := DEBUG=$${DEBUG:-1}

.PHONY: run test install install-dev migrate load index admin eval check-deploy browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(RUN_ENV) $(MANAGE) migrate --noinput -v0

# The seed folder is one site's scrape with no header lines, so its publication is
# given here, as an editor would for a batch from one site.
load: migrate
	$(RUN_ENV) $(MANAGE) ingest fixtures/cables
	$(RUN_ENV) $(MANAGE) ingest fixtures/seeds --source "Business Standard"

index: load
	$(RUN_ENV) $(MANAGE) update_index --remove -v0

run: index
	@echo
	@echo "Cable Archive on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/ — create a login with 'make admin')"
	@echo
	$(RUN_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

admin: migrate
	$(RUN_ENV) $(MANAGE) createsuperuser

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: sudo apt-get install chromium"; fi; }

test: install-dev browser
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python -m cables.extraction.scoring fixtures/seeds fixtures/gold/seeds.json

check-deploy: install
	DEBUG=0 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') ALLOWED_HOSTS=archive.example.org \
	  $(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf var
