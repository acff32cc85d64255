# 催收应对顾问 — two commands: `make run` serves the site, `make test` runs every test.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Local development: DEBUG on, SQLite in the checkout, keys derived from the dev secret.
DEV := DEBUG=1

.PHONY: install run test lint format migrations-check bench clean

$(STAMP): pyproject.toml
	@PYBIN=$$(bin/find-python) || exit 1; \
	  echo "Using $$PYBIN ($$($$PYBIN --version))"; \
	  [ -x $(PY) ] || $$PYBIN -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -e . --group dev
	@touch $(STAMP)

install: $(STAMP)

staticfiles/staticfiles.json: $(STAMP) $(shell find static -type f 2>/dev/null)
	$(DEV) $(PY) manage.py collectstatic --noinput --verbosity 0

run: install staticfiles/staticfiles.json
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py runserver 127.0.0.1:8000

test: install staticfiles/staticfiles.json
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(DEV) $(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: install
	$(DEV) $(PY) manage.py makemigrations --check --dry-run

bench: install staticfiles/staticfiles.json
	@for f in bench/bench_*.py; do echo "== $$f"; $(DEV) $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
