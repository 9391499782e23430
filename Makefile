# anjuan — the two commands of the README do ALL set-up on a fresh Debian machine with Python 3.11:
#   make run    venv + install + start the reviewer workspace (anjuan ui) on http://127.0.0.1:8501
#   make test   venv + install + lint + layer contract + the test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt
APT_PKGS := fonts-noto-cjk fonts-wqy-zenhei poppler-utils chromium libreoffice-writer-nogui postgresql
SAMPLE ?= samples/dossiers/mk-0001-text-clean/dossier
UI_PORT ?= 8501
export ORT_DISABLE_TELEMETRY := 1

.PHONY: run test setup apt lint extract-sample

apt: $(APT_STAMP)
$(APT_STAMP): Makefile
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "apt: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@mkdir -p $(VENV) && touch $(APT_STAMP)

setup: $(STAMP)
$(STAMP): pyproject.toml $(APT_STAMP)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	@touch $(STAMP)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# The database tests run on SQLite and on a throwaway PostgreSQL server (tests/pg.py starts one on 127.0.0.1 for the
# run, as the postgres user when we are root); ANJUAN_REQUIRE_PG=1 makes a missing server a failure, not a skip.
test: setup lint
	ANJUAN_REQUIRE_PG=1 $(VENV)/bin/pytest

run: setup
	$(VENV)/bin/anjuan ui --port $(UI_PORT)

extract-sample: setup
	$(VENV)/bin/anjuan extract $(SAMPLE) --format md
