# Two commands for everyone: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test axe install lint format messages translations bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install -q -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Compile every interface catalogue (project locale/ and each app's locale/, .po -> .mo) with Babel,
# so no system gettext is needed.
translations: install
	@for po in $$(find . -path ./$(VENV) -prune -o -path '*/LC_MESSAGES/django.po' -print); do \
		$(BIN)/pybabel -q compile -i $$po -o $${po%.po}.mo -D django || exit 1; \
	done

run: install translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py dev_superuser --port $(PORT)
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The suite runs in TEST_WORKERS processes (pytest-xdist), each with its own test database; a
# module stays in one process (its session fixtures, such as the fault tests' server, start once).
# Browser journeys run apart: they share one live server and commit to its database.
TEST_WORKERS ?= 2
test: install translations axe
	$(BIN)/python -m pytest -m "not browser" -n $(TEST_WORKERS) --dist loadfile
	$(BIN)/python -m pytest -m browser

# axe-core for the accessibility checks, when Node is here (without it those checks skip).
axe:
	@if command -v npm >/dev/null && [ ! tests/browser/node_modules/.package-lock.json -nt tests/browser/package-lock.json ]; then \
		npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error; \
	fi

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the .po files from the code and templates (needs GNU gettext, an editor's tool only): the
# project catalogue (templates/, home/, r4blp/) in locale/, then each app's own catalogue from inside it.
LANGS := -l es -l fr -l pt -l ar
APPS_WITH_CATALOGUE := regions events forms
MAKEMESSAGES := PYTHONPATH=$(CURDIR) DJANGO_SETTINGS_MODULE=r4blp.settings.dev $(CURDIR)/$(BIN)/django-admin makemessages $(LANGS) --no-obsolete
messages: install
	$(MAKEMESSAGES) --ignore='$(VENV)/*' --ignore='bench/*' --ignore='tests/*' --ignore='staticfiles/*' \
		$(foreach app,$(APPS_WITH_CATALOGUE),--ignore='$(app)/*')
	@for app in $(APPS_WITH_CATALOGUE); do \
		(cd $$app && mkdir -p locale && $(MAKEMESSAGES)) || exit 1; \
	done

bench: install translations
	$(BIN)/python bench/run.py

# With the demo running (`make run` in another terminal): the README's screenshots, in docs/screenshots/.
screenshots: install
	$(BIN)/python docs/screenshots/take.py http://127.0.0.1:$(PORT)

clean:
	rm -rf $(VENV) staticfiles
