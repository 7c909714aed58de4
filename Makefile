# Two entry points that work on a fresh machine with only Python and make.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= demo.db

.PHONY: demo test lint typecheck bench score clean

$(BIN)/rasd: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

demo: $(BIN)/rasd
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/rasd --db $(DB) demo examples/seeds

test: $(BIN)/rasd
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "slow or not slow"

lint: $(BIN)/rasd
	$(BIN)/ruff check src tests scripts

typecheck: $(BIN)/rasd
	$(BIN)/mypy

# Needs the shared data folder: make bench DATA=path/to/shared/data
bench: $(BIN)/rasd
	$(BIN)/python scripts/benchmark.py --data $(DATA)

# Needs the shared evaluation folder: make score SHARED=path/to/shared
score: $(BIN)/rasd
	$(BIN)/python scripts/score_seeds.py --shared $(SHARED) --set all

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache
