# The project's commands. Each target first installs what it needs (scripts/setup.sh:
# quick when everything is there). CI runs `make test` (.ci/run).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)

E2E := $(wildcard tests/e2e/*.test.mjs)
WASM_TEST := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --test wasm
JOBS ?= $(shell nproc)
BENCH_FILE ?= ../shared/eval/news.bbc.jsonl

.PHONY: test extension demo eval bench setup

## test: the Rust tests, the wasm binding in Node, the extension's lint and browser tests.
test:
	scripts/setup.sh wasm rustfmt node $(if $(E2E),browsers)
	cargo fmt --check
	cargo test
	@if [ -f extension/manifest.json ] || [ -n "$(E2E)" ]; then $(MAKE) --no-print-directory extension; fi
	@if [ -f extension/manifest.json ]; then npx --no-install web-ext lint --source-dir extension --no-input; fi
	$(WASM_TEST)
	$(if $(E2E),node --test $(E2E))

## extension: the wasm core into extension/pkg, then the browser packages in dist/.
extension:
	scripts/build-wasm.sh
	@if [ -f scripts/package-extension.mjs ]; then node scripts/package-extension.mjs; fi

## demo: the extension on the seed page in Chromium, or the seed article in the terminal.
demo:
ifneq ($(wildcard scripts/demo.mjs),)
	scripts/setup.sh browsers
	$(MAKE) --no-print-directory extension
	node scripts/demo.mjs
else
	cargo run --quiet --release -- show demo/seed-article.txt
endif

## eval: quality on the development sets; writes docs/QUALITY.md.
eval:
	cargo build --release --quiet
	python3 scripts/eval.py

## bench: speed natively and as wasm in Node, beside write-good and sbd; the wasm's size;
## the extension's time to ready and longest task on the largest saved pages.
bench:
	scripts/setup.sh wasm node browsers
	CLAIMLENS_BENCH_FILE=$(abspath $(BENCH_FILE)) cargo run --release --quiet --example throughput
	cargo test --release --quiet --lib speed_on_news -- --ignored --nocapture --test-threads 1 2>&1 | grep "MB/s"
	cargo build --release --quiet
	bench/jsonl.sh target/release/claimlens $(BENCH_FILE) 1 $(JOBS)
	scripts/build-wasm.sh
	CLAIMLENS_BENCH_FILE=$(abspath $(BENCH_FILE)) node bench/wasm.mjs
	@if [ -f scripts/package-extension.mjs ]; then node scripts/package-extension.mjs; fi
	node bench/pages.mjs

## setup: install everything every target needs.
setup:
	scripts/setup.sh
