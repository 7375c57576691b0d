# Set-up and everyday commands. Needs only Python 3.11+ with venv and pip.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## demo: install kg, build the seed example's graph into ./kg-store and show what it found
demo: $(STAMP)
	$(BIN)/kg build $(SEED) --list
	$(BIN)/kg stats
	$(BIN)/kg validate

## test: install the test extras and run the whole suite
test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) kg-store *.egg-info .pytest_cache
