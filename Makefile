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

.PHONY: setup spacy model run chat test unit lint typecheck validate stories bench clean browser

setup: .venv/.installed

.venv/.installed: requirements.lock scripts/setup.sh
	scripts/setup.sh

spacy: $(SPACY_META)
$(SPACY_META): bot/nlu/spacy_model.py | .venv/.installed
	$(PY) -m bot.nlu.spacy_model

model: $(MODEL)
$(MODEL): $(TRAIN_INPUTS) | .venv/.installed
	$(PY) -m rasa train --config config.yml --domain domain.yml --data data --out models \
		--fixed-model-name frontdoor --augmentation 0
	@touch $(MODEL)

run: setup $(MODEL)
	$(PY) -m bot run

chat: setup
	$(PY) -m bot chat

validate: setup
	$(PY) -m rasa data validate --config config.yml --domain domain.yml --data data

lint: setup
	$(PY) -m ruff check bot actions tests bench
	$(PY) -m ruff format --check bot actions tests bench

typecheck: setup
	$(PY) -m mypy

# Rasa test stories: the trained model's NLU and dialogue predictions on whole conversations.
stories: setup $(MODEL)
	$(PY) -m rasa test core --model $(MODEL) --stories tests/stories --out var/results/stories \
		--fail-on-prediction-errors --no-plot

unit: setup
	$(PY) -m pytest tests/unit -q

# Headless Chromium (Debian package, when missing) and axe-core (npm, into var/) for tests/e2e/browser.
browser:
	scripts/install_browser.sh

test: setup $(MODEL) validate lint typecheck stories browser
	$(PY) -m pytest

# The measurements in the README: quality (NLU, safety, FixMyStreet), serving latency, location latency.
# Figures are printed and saved as JSON under bench/results/<date>/ (not committed).
BENCH_OUT := bench/results/$(shell date +%Y-%m-%d)
bench: setup $(MODEL)
	mkdir -p $(BENCH_OUT)
	$(PY) -m bench.quality | tee $(BENCH_OUT)/quality.json
	$(PY) -m bench.serving --messages 200 | tee $(BENCH_OUT)/serving.json
	$(PY) -m bench.location_latency --rounds 5 | tee $(BENCH_OUT)/location.json

clean:
	rm -rf models var .pytest_cache .mypy_cache .ruff_cache
