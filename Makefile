# The two commands a new machine needs: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[dev]'
	# Bytecode, as a regular install has: with PYTHONDONTWRITEBYTECODE set, an editable install
	# would compile every module again in every run (about 50 ms of each `ivp validate`).
	$(BIN)/python -m compileall -q ivp_cli
	touch $(STAMP)

# The whole pipeline on a copy of plans/ (never plans/ itself), with invented figures from the local
# stand-in server, marked as test data in every output: fetch, record, validate, status, reports.
demo: $(STAMP)
	$(BIN)/ivp validate plans/
	$(BIN)/python -m demo --plans plans --work build/demo --out out

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy --strict ivp_cli tests bench

test: lint typecheck
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/validate.py
	$(BIN)/python bench/fetch.py
	$(BIN)/python bench/report.py

clean:
	rm -rf $(VENV) out build dist .pytest_cache .mypy_cache .ruff_cache
