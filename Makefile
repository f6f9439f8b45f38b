# Two commands for everyone: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test install lint format messages translations bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install -q -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Compile the interface translations (.po -> .mo) with Babel, so no system gettext is needed.
translations: install
	@for po in $$(find home regions events forms locale -name 'django.po' -path '*LC_MESSAGES*' 2>/dev/null); do \
		$(BIN)/pybabel compile -i $$po -o $${po%.po}.mo -D django -q || exit 1; \
	done

run: install translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py dev_superuser --port $(PORT)
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install translations
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Refresh the .po files from the code and templates (needs GNU gettext, an editor's tool only).
messages:
	$(BIN)/python manage.py makemessages -l es -l fr -l pt -l ar --ignore=.venv --ignore=bench --no-obsolete

bench: install translations
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) staticfiles
