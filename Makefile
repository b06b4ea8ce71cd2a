# chidao — two commands on a fresh machine:
#   make run    create .venv, install, ingest the bundled samples into SQLite, serve the web app
#   make test   create .venv, install with the test extras, run the test suite
# (system packages: see .ci/run — PostgreSQL, tesseract-ocr-vie, chromium.)

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export CHIDAO_DB ?= sqlite:///$(CURDIR)/var/chidao.db
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test install install-test serve lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e '.[test]'
	@touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# `make run` keeps originals (PDF page images) and evidence files beside its database in var/
run: export CHIDAO_FILES_DIR ?= $(CURDIR)/var/files
run: export CHIDAO_EVIDENCE_DIR ?= $(CURDIR)/var/evidence
run: install
	@mkdir -p var
	$(BIN)/chidao db upgrade
	$(BIN)/chidao ingest samples/
	$(BIN)/chidao users demo --host $(HOST) --port $(PORT)
	@echo "chidao is serving at http://$(HOST):$(PORT)/"
	$(BIN)/chidao serve --host $(HOST) --port $(PORT)

test: install-test
	bash .ci/with-pg $(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check ingest nlp models store web cli bench tests
	$(BIN)/lint-imports

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var artifacts .pytest_cache
