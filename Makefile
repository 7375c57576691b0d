# Set-up and everyday commands. Needs only Python 3.11+ with venv and pip.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := tests/corpus/seed/lavrov-rubio-2025-09-24.txt

.PHONY: demo test bench install clean chromium

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

## test: install the test extras (and Debian's chromium for the browser tests) and run the whole suite
test: $(STAMP) chromium
	$(BIN)/python -m pytest

## chromium: the headless browser of the browser tests, from Debian's packages when missing
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests (apt-get)"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo "sudo -n"); \
	  { $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; } \
	  || echo "WARNING: chromium could not be installed: the browser tests will be SKIPPED"; }

## bench: throughput and memory of extraction, building and views (figures, not a test)
bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/aliases.py
	$(BIN)/python bench/build.py
	$(BIN)/python bench/views.py
	$(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) kg-store *.egg-info .pytest_cache
