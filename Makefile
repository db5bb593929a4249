# Two commands: `make run` serves the app, `make test` runs every test. Both set up .venv first.
VENV ?= .venv
PY := $(VENV)/bin/python
# Tests, benchmarks and `make weights` read the shared data folder beside the checkout; `make run`
# does not: it uses PLAYGROUND_DATA_DIR if you set it, else ./data (see README).
SHARED_DATA := $(abspath ../shared/data)
BENCHES := $(filter-out __init__ streamlit_client oracles classroom_browser baseline,$(basename $(notdir $(wildcard bench/*.py))))

REPLICAS ?= 2
# The suite runs in this many worker processes (pytest-xdist), each test file on one worker, so a file's
# shared fixtures (a server, the notebooks run in kernels) are built once. TEST_WORKERS=0: one process.
TEST_WORKERS ?= 2
PORT ?= 8500
CLASS ?=

.PHONY: run serve-class test lint format bench weights choose-recipe clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.app: requirements.txt | $(PY)
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $(VENV)/.app $@

run: $(VENV)/.app
	$(PY) -m streamlit run app.py

# A classroom: REPLICAS Streamlit servers behind HAProxy on PORT (needs Debian's haproxy package);
# CLASS=<code> turns on class mode (learners join with the code and a name; PLAYGROUND_TEACHER_KEY opens the teacher's view)
serve-class: $(VENV)/.app
	PLAYGROUND_CLASS="$(CLASS)" $(PY) -m scripts.serve_class --replicas $(REPLICAS) --port $(PORT)

test bench weights choose-recipe: export PLAYGROUND_DATA_DIR ?= $(SHARED_DATA)

test: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m mypy

format: $(VENV)/.dev
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

weights: $(VENV)/.dev
	$(PY) -m scripts.pretrain_mnist

# The MNIST recipes' settings, chosen on held-out training images (scripts/choose_mnist_recipe.py)
choose-recipe: $(VENV)/.dev
	$(PY) -m scripts.choose_mnist_recipe

bench: $(VENV)/.dev
	for name in $(BENCHES); do $(PY) -m bench.$$name || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache test-artifacts
