# Portal Kooperacji: two commands for a newcomer, `make run` and `make test` (`make test-quick` for a local loop).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve backup restore test test-quick install install-dev migrate messages static demo makemessages lint format check-deploy clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

var:
	mkdir -p var/media

migrate: install var
	$(MANAGE) migrate --noinput

messages: install
	$(MANAGE) compilemessages --ignore=.venv -v0

static: install var
	$(MANAGE) collectstatic --noinput -v0

demo: migrate
	$(MANAGE) load_demo --if-empty

## Installs, migrates, compiles messages, collects static, loads the demo when empty, serves :8000.
run: messages static demo
	@echo ""
	@echo "Portal Kooperacji: http://$(HOST):$(PORT)/  admin: http://$(HOST):$(PORT)/admin/ (user 'admin';"
	@echo "the password was printed once when the demo was loaded, or is DEMO_ADMIN_PASSWORD)."
	@echo "Forgot it? $(MANAGE) changepassword admin"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# The production settings with local stand-ins for what a server's environment holds; any of them
# may be set in the environment instead (DATABASE_URL, REDIS_URL…). Open http://localhost:$(PORT)/:
# browsers send the secure session cookie to localhost over plain HTTP.
SERVE_ENV = DJANGO_SETTINGS_MODULE=portal.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat var/serve-secret-key)}" \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-localhost,127.0.0.1}" \
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://localhost:$(PORT)}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}"

## Serves the production configuration locally: gunicorn (deploy/gunicorn.conf.py), whitenoise, SQLite under var/ or DATABASE_URL.
serve: install var
	test -s var/serve-secret-key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > var/serve-secret-key
	$(SERVE_ENV) $(MANAGE) migrate --noinput
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v0
	$(SERVE_ENV) $(MANAGE) load_demo --if-empty
	$(SERVE_ENV) $(BIN)/gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application --bind $(HOST):$(PORT)

BACKUP_DIR ?= var/backups

## Writes the database and media files to $(BACKUP_DIR)/portal-<date>.tar.gz (settings from the environment).
backup: install
	$(MANAGE) backup --output-dir $(BACKUP_DIR)

## Restores an archive of `make backup`: make restore ARCHIVE=var/backups/portal-….tar.gz (asks first; RESTORE_ARGS=--noinput does not).
restore: install
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=var/backups/portal-<date>.tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)" $(RESTORE_ARGS)

# pytest-xdist processes for `make test` (a number, or auto: one per CPU); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto

## Runs the whole suite (SQLite by default; DATABASE_URL selects another database), one process per CPU.
test: install-dev
	$(MANAGE) compilemessages --ignore=.venv -v0
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

## The local loop: the suite without the browser and production tests (those run in `make test` and CI).
test-quick: install-dev
	$(MANAGE) compilemessages --ignore=.venv -v0
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not browser and not production" $(PYTEST_ARGS)

## Regenerates the gettext catalogues from the code and templates.
makemessages: install
	$(MANAGE) makemessages -l pl -l en -l uk --ignore=.venv --ignore=tests --ignore=var --no-obsolete

## Style, imports inside functions (ruff) and the layers between the apps (import-linter, pyproject.toml).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-deploy: install
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=ci-dummy-secret-key-$$(date +%s)-not-used-anywhere-else-at-all \
	ALLOWED_HOSTS=portal.example.org WAGTAILADMIN_BASE_URL=https://portal.example.org \
	$(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var
