# Portal Kooperacji: two commands for a newcomer, `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev migrate messages static demo makemessages lint format check-deploy clean

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

## Runs the whole suite (SQLite by default; DATABASE_URL selects another database).
test: install-dev
	$(MANAGE) compilemessages --ignore=.venv -v0
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest $(PYTEST_ARGS)

## Regenerates the gettext catalogues from the code and templates.
makemessages: install
	$(MANAGE) makemessages -l pl -l en -l uk --ignore=.venv --ignore=tests --ignore=var --no-obsolete

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-deploy: install
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=ci-dummy-secret-key-$$(date +%s)-not-used-anywhere-else-at-all \
	ALLOWED_HOSTS=portal.example.org WAGTAILADMIN_BASE_URL=https://portal.example.org \
	$(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var
