# Front Door. The two commands: `make run` (set up, train if needed, start everything) and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONHASHSEED := 0

MODEL := models/frontdoor.tar.gz
SPACY_META := models/spacy/en_frontdoor/meta.json
# The model is retrained only when one of these changed (make compares file times).
TRAIN_INPUTS := $(shell find data -name '*.yml') domain.yml config.yml $(SPACY_META)

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)$$/  \1\t\2/' | expand -t 16

.PHONY: help peer setup spacy model run cluster cluster-deps postgres chat test unit lint typecheck validate stories bench clean browser

setup: .venv/.installed  ## Python 3.10 venv with the locked dependencies

.venv/.installed: requirements.lock requirements-models.lock scripts/setup.sh
	scripts/setup.sh

spacy: $(SPACY_META)  ## build the spaCy pipeline in code (no download)
$(SPACY_META): bot/rasa/nlu/spacy_model.py | .venv/.installed
	$(PY) -m bot.rasa.nlu.spacy_model

model: $(MODEL)  ## train the model (only when data, domain or config changed)
# The model is dated when training started, so an input edited while it trained still counts as newer.
$(MODEL): $(TRAIN_INPUTS) | .venv/.installed
	started=$$(date +%s) && $(PY) -m bench.train --config config.yml --out models --name frontdoor \
		&& touch -d "@$$started" $(MODEL)

run: setup $(MODEL)  ## set up everything and start Redis, the action server and the Rasa server
	$(PY) -m bot run

# Several servers behind HAProxy sharing Redis (SERVERS=2 by default; SENTINEL=1 for a Sentinel group).
cluster: setup $(MODEL) cluster-deps  ## several servers behind HAProxy sharing Redis (SERVERS=n, SENTINEL=1)
	$(PY) -m bot cluster --servers $(or $(SERVERS),2) $(if $(SENTINEL),--sentinel)

# PostgreSQL from Debian's packages (the insight store's tests run against a real one).
postgres:  ## install Debian's PostgreSQL when missing (insight store tests)
	scripts/install_postgres.sh

# HAProxy from Debian's packages (installed when missing; needs root, as in CI).
cluster-deps:  ## install HAProxy and docker-compose when missing
	scripts/install_cluster.sh

chat: setup  ## chat in the terminal with the running server
	$(PY) -m bot chat

validate: setup  ## rasa data validate
	$(PY) -m rasa data validate --config config.yml --domain domain.yml --data data

lint: setup  ## ruff check and format check
	$(PY) -m ruff check bot actions tests bench
	$(PY) -m ruff format --check bot actions tests bench

typecheck: setup  ## mypy
	$(PY) -m mypy

# Rasa test stories: the trained model's NLU and dialogue predictions on whole conversations.
stories: setup $(MODEL)  ## Rasa test stories on the trained model
	$(PY) -m rasa test core --model $(MODEL) --stories tests/stories --out var/results/stories \
		--fail-on-prediction-errors --no-plot

unit: setup  ## the unit tests only (no stack)
	$(PY) -m pytest tests/unit -q

# Headless Chromium (Debian package, when missing) and axe-core (npm, into var/) for tests/e2e/browser.
browser:  ## install Chromium and axe-core when missing
	scripts/install_browser.sh

test: setup $(MODEL) validate lint typecheck stories browser cluster-deps postgres  ## set up as needed and run every test (what .ci/run runs)
	$(PY) -m pytest

# The benchmark's peer: stock Rasa (`rasa init`'s pipeline and policies) trained on our data and domain, once.
# With its default 100 epochs this takes about 35-45 minutes on 2 cores; `make bench PEER_EPOCHS=10` trains a
# quicker, under-trained peer instead (the report says which was used). Stock Rasa's policies need a rule per
# intent, so the peer is trained on data/nlu plus rules written from domain.yml (bench/peer/rules.py).
PEER_EPOCHS ?=
PEER_MODEL := models/peer/stock$(if $(PEER_EPOCHS),-e$(PEER_EPOCHS)).tar.gz
PEER_RULES := var/peer/rules.yml
peer: $(PEER_MODEL)  ## train the stock-Rasa peer for the benchmark (PEER_EPOCHS=n for a quick one)
$(PEER_MODEL): $(TRAIN_INPUTS) bench/peer/config.yml bench/peer/rules.py | .venv/.installed
	$(PY) -m bench.peer.rules $(PEER_RULES)
	$(PY) -m bench.train --config bench/peer/config.yml --out models/peer --data data/nlu $(PEER_RULES) \
		--name $(basename $(basename $(notdir $(PEER_MODEL)))) --fresh-cache $(if $(PEER_EPOCHS),--epochs $(PEER_EPOCHS))
	@touch $(PEER_MODEL)

# Every measurement for Front Door and the stock-Rasa peer, side by side: bench/results/<date>/report.md with
# PNG plots and raw JSON (not committed). Prints the headline table. About 20 minutes once the models exist.
bench: setup $(MODEL) $(PEER_MODEL) browser cluster-deps  ## every measurement, Front Door and the stock-Rasa peer side by side
	$(PY) -m bench.run --peer-model $(PEER_MODEL)
	$(PY) -m bench.location_latency --rounds 5 | tee bench/results/$(shell date +%Y-%m-%d)/location.json
	$(PY) -m bench.console_latency --lookups 60 | tee bench/results/$(shell date +%Y-%m-%d)/console.json
	$(PY) -m bench.cluster_load | tee bench/results/$(shell date +%Y-%m-%d)/cluster.json

clean:  ## remove models, var/ and caches
	rm -rf models var .pytest_cache .mypy_cache .ruff_cache
