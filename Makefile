# The two commands of the README's quick start.
PYTHON ?= python3

.PHONY: run test lint bench

run:  ## install what the app needs, then start it on http://localhost:8501
	$(PYTHON) -m pip install -q -r requirements.txt
	$(PYTHON) -m streamlit run app.py

test:  ## install the test tools, then lint, type-check and run every test (browser tests need Chromium)
	$(PYTHON) -m pip install -q -r requirements-dev.txt
	$(PYTHON) -m ruff check .
	$(PYTHON) -m mypy
	$(PYTHON) -m pytest

bench:  ## print the benchmark figures recorded in benchmarks/RESULTS.md
	$(PYTHON) benchmarks/routes.py
