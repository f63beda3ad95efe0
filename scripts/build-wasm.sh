#!/usr/bin/env bash
# Builds the wasm core for the extension: extension/pkg/claimlens.js (+ _bg.wasm),
# wasm-bindgen's `--target web` glue, shrunk with binaryen's wasm-opt from npm
# (Debian's binaryen corrupts wasm-bindgen output). Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh wasm node

out=extension/pkg
# The wasm-release profile (Cargo.toml) trades a little speed for size.
cargo build --profile wasm-release --target wasm32-unknown-unknown --lib --quiet
wasm=target/wasm32-unknown-unknown/wasm-release/claimlens.wasm
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$wasm"
npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/claimlens_bg.wasm" -o "$out/claimlens_bg.wasm"
raw=$(wc -c < "$out/claimlens_bg.wasm")
gz=$(gzip -9 -c "$out/claimlens_bg.wasm" | wc -c)
echo "build-wasm: $out/claimlens_bg.wasm $((raw / 1024)) KB raw, $((gz / 1024)) KB gzipped (target <= 250 KB gzipped)"
