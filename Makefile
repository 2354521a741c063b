# Two commands matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
MODEL := models/sounding-board.tar.gz
# The end-to-end tests run a copy whose Rasa sessions expire after 6 s: the engine
# keeps each conversation's place in SQL, so nothing may depend on Rasa remembering.
E2E_MODEL := models/sounding-board-e2e.tar.gz
TRAINING := config.yml domain.yml $(wildcard data/nlu/*.yml data/stories/*.yml)

# Rasa phones home unless told not to; TensorFlow is noisy.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore
export SQLALCHEMY_WARN_20 := 0

.PHONY: run test install nlu-crossval bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	@test -x $(BIN)/python || "$$(deploy/find-python.sh)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.0"
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip check
	@touch $@

# Trains only when the model is missing or older than what it is trained from.
$(MODEL): $(VENV)/.installed $(TRAINING)
	$(BIN)/rasa train --fixed-model-name sounding-board --out models --quiet

$(E2E_MODEL): $(MODEL)
	@mkdir -p .test-results
	sed 's/^  session_expiration_time: .*/  session_expiration_time: 0.1/' domain.yml > .test-results/domain-e2e.yml
	$(BIN)/rasa train --domain .test-results/domain-e2e.yml --fixed-model-name sounding-board-e2e \
	  --out models --quiet

run: $(MODEL)
	$(BIN)/python -m bot db upgrade
	$(BIN)/python -m bot load data/consultations
	@# Areas as NHS sub-ICB locations (July 2022); keeps a lookup loaded from ONS's directory.
	$(BIN)/python -m bot areas load --shipped
	$(BIN)/python -m bot users example
	$(BIN)/python -m bot serve

test: $(MODEL) $(E2E_MODEL)
	@# The replica tests put nginx (Debian's package) in front of two Rasa servers.
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || \
	  (apt-get update -qq && apt-get install -y -qq nginx >/dev/null)
	@# The redaction tests rebuild their list of everyday words from Debian's wbritish.
	@test -f /usr/share/dict/british-english || \
	  (apt-get update -qq && apt-get install -y -qq wbritish >/dev/null)
	@# The checks are independent of each other: they run at once, on both cores.
	$(MAKE) --no-print-directory --output-sync=target -j $(words $(CHECKS)) $(CHECKS)
	@echo "pytest: two runs at once, one a core; each prints its report when it ends"
	$(MAKE) --no-print-directory --output-sync=target -j 2 $(PYTEST_RUNS)

# pytest runs as two sessions at once: one session keeps about one core busy (its servers
# mostly wait on it), so two finish in a little over half the time. The end-to-end tests
# (their Rasa servers start once a session) and the commissioner app's go in one, the
# rest in the other (pytest numbers each session's temporary folder).
PYTEST_RUNS := pytest-servers pytest-rest
SERVER_TESTS := tests/e2e tests/commissioner
.PHONY: $(PYTEST_RUNS)
pytest-servers:
	$(BIN)/pytest $(SERVER_TESTS)
pytest-rest:
	$(BIN)/pytest $(addprefix --ignore=,$(SERVER_TESTS))

CHECKS := check-packages check-lint check-types check-data check-stories
.PHONY: $(CHECKS)
check-packages:
	$(BIN)/python -m pip check
check-lint:
	$(BIN)/ruff check bot actions tests bench
check-types:
	$(BIN)/mypy bot actions
check-data:
	$(BIN)/rasa data validate --quiet --fail-on-warnings
check-stories: $(MODEL)
	$(BIN)/rasa test core --stories tests/conversations --model $(MODEL) \
	  --fail-on-prediction-errors --out .test-results/core --quiet

nlu-crossval: $(VENV)/.installed
	$(BIN)/python bench/nlu_crossval.py --seed 2026 --seed 1 --seed 2

bench: $(MODEL)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/safeguarding_eval.py
	$(BIN)/python bench/answers_eval.py

clean:
	rm -rf .test-results models/*.tar.gz

# The browser tests (widget, commissioner app): Debian's Chromium (Playwright drives it)
# and axe-core for the accessibility scans (npm, exact version from package-lock.json).
AXE := node_modules/axe-core/axe.min.js
.PHONY: chromium promtool
test: chromium promtool $(AXE)

chromium:
	@command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

# The alert tests (tests/deploy/test_alerts.py) check and unit-test the Prometheus rules
# with promtool, from Debian's prometheus package.
promtool:
	@command -v promtool >/dev/null || \
	  (apt-get update && apt-get install -y --no-install-recommends prometheus)

$(AXE): package.json package-lock.json
	@command -v npm >/dev/null || (apt-get update && apt-get install -y nodejs npm)
	npm ci --no-audit --no-fund --silent --ignore-scripts
	@touch $@
