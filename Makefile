# 催收应对顾问 — two commands: `make run` serves the site, `make test` runs every test.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Local development: DEBUG on, SQLite in the checkout, keys derived from the dev secret.
DEV := DEBUG=1

.PHONY: install run test test-pg lint format migrations-check bench eval lighthouse lock system-packages clean

# Installs exactly what requirements-dev.txt pins, each file checked against its hash (`make lock`
# writes it from pyproject.toml and requirements-dev.in). The site runs from this checkout.
$(STAMP): requirements-dev.txt
	@PYBIN=$$(bin/find-python) || exit 1; \
	  echo "Using $$PYBIN ($$($$PYBIN --version))"; \
	  [ -x $(PY) ] || $$PYBIN -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(PY) -m pip install --quiet --require-hashes --no-deps -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP)

# Re-pin every dependency (after changing pyproject.toml or requirements-dev.in).
lock: install
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links -o requirements.txt pyproject.toml
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links -o requirements-dev.txt pyproject.toml requirements-dev.in

# Chromium, CJK fonts, PostgreSQL, wrk: installed when root, else the exact command is printed.
system-packages:
	@bin/system-packages

staticfiles/staticfiles.json: $(STAMP) $(shell find static $(wildcard */static) -type f 2>/dev/null)
	$(DEV) $(PY) manage.py collectstatic --noinput --verbosity 0

run: install staticfiles/staticfiles.json
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py runserver 127.0.0.1:8000

test: system-packages install staticfiles/staticfiles.json
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(DEV) $(VENV)/bin/pytest

# The same suite on PostgreSQL, browser journeys deselected. Without DATABASE_URL it starts a
# throwaway cluster itself (bin/with-postgres needs Debian's `postgresql`).
test-pg: system-packages install staticfiles/staticfiles.json
	@if [ -z "$$DATABASE_URL" ]; then exec bin/with-postgres -- $(MAKE) --no-print-directory test-pg; fi; \
	  echo "== pytest on PostgreSQL, browser journeys deselected"; \
	  $(DEV) $(VENV)/bin/pytest -m "not browser"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: install
	$(DEV) $(PY) manage.py makemigrations --check --dry-run

# Every bench/bench_*.py (each bounded to ~15-60 s); their output is kept in bench/results/*.log
# and merged by bench_load.py into bench/results/latest.{json,md} and the README's Performance.
bench: system-packages install staticfiles/staticfiles.json
	@mkdir -p bench/results
	@for f in bench/bench_*.py; do echo "== $$f"; log=bench/results/$$(basename $$f .py).log; \
	  $(DEV) $(PY) $$f >$$log 2>&1; status=$$?; cat $$log; [ $$status = 0 ] || exit 1; done
	$(PY) bench/bench_load.py --report

# The verdict on the real-message corpus (tests/corpus/), dev and test side by side, in three modes;
# the table is also written into the README. One process, a few seconds.
eval: install
	$(DEV) $(PY) tools/eval_corpus.py --readme

# Lighthouse scores (mobile) for home, a step, a case page and a print page. Not part of `make
# test`: it installs npm's lighthouse into var/lighthouse (git-ignored) on first use.
lighthouse: install staticfiles/staticfiles.json
	$(PY) tools/lighthouse.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
