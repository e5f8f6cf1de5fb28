# make run    read the example articles into detente.db and print their readouts
# make test   run the test suite
# make bench  measure throughput on 500 Reuters-21578 articles (docs/benchmarks.md)
# make clean  remove the database, caches and build files (keeps .venv; `make distclean` drops it too)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.detente-installed
DB     := detente.db
ARTICLES := $(sort $(wildcard examples/articles/*.txt))
REUTERS  := ../shared/gold/reuters21578/json-data

.PHONY: run test bench install clean distclean

install: $(STAMP)

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall when pyproject.toml changes, or when this venv was installed from another checkout.
ifneq ($(shell cat $(STAMP) 2>/dev/null),$(CURDIR))
.PHONY: $(STAMP)
endif
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	echo '$(CURDIR)' > $(STAMP)

run: $(STAMP)
	@test -n "$(ARTICLES)" || { echo "make run: no examples/articles/*.txt to read" >&2; exit 1; }
	$(VENV)/bin/detente read $(ARTICLES) --meta-from-sidecar --db $(DB)

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(VENV)/bin/detente bench $(REUTERS) --limit 500

clean:
	rm -rf $(DB) .pytest_cache build dist src/*.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
