# Small Steps: the two commands that matter are `make run` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck layers unit gui e2e system-deps clean bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Install what the app needs and start it in the tray.
run:
	scripts/install-system-deps.sh run
	$(MAKE) $(STAMP)
	$(BIN)/smallsteps

system-deps:
	scripts/install-system-deps.sh test

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest tests/unit

gui: $(STAMP)
	$(BIN)/pytest tests/gui

e2e: $(STAMP)
	$(BIN)/pytest tests/e2e

## Install everything the tests need, then run every check and every test.
test: system-deps
	$(MAKE) $(STAMP)
	$(MAKE) lint typecheck layers
	$(BIN)/pytest

## Whole-program benchmarks against a bare PySide6 tray program and the peers, in a real
## headless session (about 15 minutes); rewrites benchmarks/README.md's results and chart.
bench: $(STAMP)
	scripts/install-system-deps.sh test
	benchmarks/install_peers.sh
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build *.egg-info desktop/*.egg-info test-artifacts
