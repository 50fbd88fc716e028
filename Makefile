# The two commands of the README: `make run` and `make test`. Both set up everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

# Local configuration, if any (see .env.example).
-include .env
export $(shell sed -n 's/^\([A-Z_][A-Z0-9_]*\)=.*/\1/p' .env 2>/dev/null)

# Local defaults: debug stays off (the site runs as in production) but on plain http on this machine.
DJANGO_ALLOWED_HOSTS ?= 127.0.0.1,localhost,[::1]
DJANGO_HTTPS ?= 0
DJANGO_SERVE_MEDIA ?= 1
# The address links, feeds and mails name: this machine's, where `make run` serves the site.
DJANGO_SITE_URL ?= http://$(HOST):$(PORT)
ifeq ($(strip $(DJANGO_SECRET_KEY)),)
DJANGO_SECRET_KEY := $(shell mkdir -p var && { test -s var/secret_key || $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key; } && cat var/secret_key)
endif
export DJANGO_ALLOWED_HOSTS DJANGO_HTTPS DJANGO_SERVE_MEDIA DJANGO_SECRET_KEY DJANGO_SITE_URL

.PHONY: run test dev setup messages lint format clean help bench mutants backup restore soak proxy-check debian-tools

help:
	@echo "make run       set up and serve the site on http://$(HOST):$(PORT)/"
	@echo "make test      set up, lint and run the tests"
	@echo "make dev       Django's development server with debug on"
	@echo "make messages  regenerate the message catalogues in locale/"
	@echo "make bench     requests per second, latency and memory of the main pages"
	@echo "make mutants   mutation testing: how many deliberate bugs the tests catch"
	@echo "make backup    one archive of the database and the uploads in var/backups/ (path printed last)"
	@echo "make restore FILE=…  put a backup back (asks first; ARGS=--yes for scripts)"
	@echo "make soak      load with a database outage in the middle: errors, 503s and recovery time"
	@echo "make proxy-check  nginx (deploy/nginx.conf) in front: slow clients, pages while the site is down"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) compilecatalogues
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) load_city_content
	$(MANAGE) createinitialrevisions --comment "Fassung von vor der Versionsgeschichte." -v0

run: setup
	GUNICORN_BIND=$(HOST):$(PORT) $(BIN)/gunicorn --config gunicorn.conf.py arnsberg_site.wsgi

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

dev: setup
	DJANGO_DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

# Needs GNU gettext (xgettext, msgen). English msgids; the English catalogue starts as a copy.
messages: $(VENV)/.installed
	$(MANAGE) makemessages --locale de --locale en --locale sw --locale ro --no-location --no-obsolete --no-wrap \
		--ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'var/*' --ignore 'media/*' --ignore 'tests/*'
	msgen --no-wrap --output-file locale/en/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf staticfiles .pytest_cache .ruff_cache mutants
	find locale -name '*.mo' -delete

# Debian's wrk, nginx and Chromium for bench and proxy-check, installed when missing (as root, like .ci/run).
DEBIAN_TOOLS := wrk nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static chromium fonts-dejavu-core
debian-tools:
	@command -v wrk >/dev/null && command -v nginx >/dev/null && command -v chromium >/dev/null || \
		{ DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEBIAN_TOOLS) >/dev/null || \
		  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEBIAN_TOOLS) >/dev/null; }; }

# The main pages under load with wrk, warm and cold, beside the static file and through nginx (figures).
bench: setup debian-tools
	$(BIN)/python scripts/bench.py

# Mutation testing (mutmut, configured in pyproject.toml): changes the models, views, notice logic and
# date formatting one small bug at a time and counts the bugs the tests catch. A figure to watch, not a
# gate; about 20 minutes on 2 cores. It starts afresh: mutmut's cache does not notice changed tests.
# One worker: the mutants share one kept test database (test_mutants), apart from `make test`'s.
mutants: setup
	rm -rf mutants
	$(BIN)/mutmut run --max-children 1 || true
	$(BIN)/python scripts/mutation_score.py

# The whole site in one archive (operations/backups.py); the path is the last line printed.
backup: $(VENV)/.installed
	@$(MANAGE) backup

restore: $(VENV)/.installed
	@test -n "$(FILE)" || { echo "Which backup? make restore FILE=var/backups/arnsberg-….tar"; exit 2; }
	$(MANAGE) restore "$(FILE)" $(ARGS)

# Load on the main pages with the database stopped, then frozen, in the middle (scripts/soak.py).
soak: setup
	$(BIN)/python scripts/soak.py $(if $(SOAK_SECONDS),--seconds $(SOAK_SECONDS))

# Debian's nginx with deploy/nginx.conf in front of gunicorn, on loopback (scripts/proxy_check.py).
proxy-check: setup debian-tools
	$(BIN)/python scripts/proxy_check.py
