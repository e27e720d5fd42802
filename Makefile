# The two commands of the README's quick start. Both make and use a project
# virtual environment in .venv, because a fresh Debian or Ubuntu system Python
# refuses `pip install` (PEP 668, "externally-managed-environment").
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# pytest-xdist workers for `make test`. With --dist loadgroup the browser tests are two units of work, desktop width
# and the rest, each run whole by one worker with its own server (see work_unit in tests/conftest.py), while the
# other tests are shared out one by one. PYTEST_WORKERS=auto on a
# bigger machine, PYTEST_WORKERS=0 to run everything in one process.
PYTEST_WORKERS ?= 2

.PHONY: run test lint bench venv

# A stamp per requirements file: pip runs again only when the file (or constraints.txt) changes. Every install
# takes its exact versions from constraints.txt.
$(VENV)/bin/python:
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "Python's venv module is missing. On Debian or Ubuntu: sudo apt-get install -y python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-installed: requirements.txt constraints.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt constraints.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
	@touch $@ $(VENV)/.run-installed

venv: $(VENV)/.dev-installed  ## the project environment with everything the tests need

run: $(VENV)/.run-installed  ## install what the app needs into .venv, then start it on http://localhost:8501
	$(PY) -m streamlit run app.py

# mypy is one process for about 25 s on a fresh clone, so it checks the types while pytest runs rather than before
# it, keeping both cores busy; its report follows the tests', and either one failing fails `make test`.
test: $(VENV)/.dev-installed  ## install the test tools into .venv, then lint, type-check and run every test (browser tests need Chromium)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	@report=$$(mktemp); \
	echo "$(PY) -m mypy > $$report  (runs alongside pytest; its report is printed after the tests)"; \
	$(PY) -m mypy > "$$report" 2>&1 & mypy=$$!; \
	echo "$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup"; \
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup; tests=$$?; \
	wait $$mypy; types=$$?; \
	echo "mypy:"; cat "$$report"; rm -f "$$report"; \
	[ $$tests -eq 0 ] && [ $$types -eq 0 ]

bench: $(VENV)/.run-installed  ## print the benchmark figures recorded in benchmarks/RESULTS.md
	$(PY) benchmarks/routes.py
