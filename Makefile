# Set-up and everyday commands. Needs only Python 3.11+ with venv and pip.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := tests/corpus/seed/lavrov-rubio-2025-09-24.txt

.PHONY: demo test bench install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## demo: install kg, extract the seed readout into ./kg-store and show what it found
demo: $(STAMP)
	$(BIN)/kg build $(SEED) --list
	$(BIN)/kg stats
	$(BIN)/kg validate
	$(BIN)/kg eval tests/corpus/seed --summary

## test: install the test extras and run the whole suite
test: $(STAMP)
	$(BIN)/python -m pytest

## bench: throughput and memory of extraction, building and views (figures, not a test)
bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/aliases.py
	$(BIN)/python bench/build.py
	$(BIN)/python bench/views.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) kg-store *.egg-info .pytest_cache
