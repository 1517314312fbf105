# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test bench models system-deps clean help

help:
	@echo "make demo   - set up .venv, crawl the bundled sample site, analyse it, write a digest"
	@echo "make test   - set up .venv and run the whole test suite"
	@echo "make bench  - run the benchmarks in bench/ and print their figures"
	@echo "make models - retrain the shipped NER, summariser and tone models (slow)"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

# Debian packages that tests drive for real: headless Chromium and redis-server.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: $(STAMP)
	$(BIN)/python tests/site/demo.py

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

SUMM_DATA ?= ../shared/data/summ
SENTIMENT_DATA ?= ../shared/data/sentiment

models: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,train]'
	$(BIN)/python -m pantau.nlp.ner.train all
	$(BIN)/python -m pantau.nlp.summarizer.train --data $(SUMM_DATA) --exclude tests/data/summ/indosum_sample_ids.txt
	$(BIN)/python -m pantau.nlp.tone.train --data $(SENTIMENT_DATA)

clean:
	rm -rf $(VENV) demo build *.egg-info
