#!/usr/bin/env bash
# Installs what the Makefile's targets need, only what is missing, so a second run takes
# a second. Usage: scripts/setup.sh [wasm] [node] [browsers] ... (no argument: all).
#   wasm      rustup's wasm32 target and wasm-bindgen-cli at the version Cargo.lock pins
#   rustfmt   rustup's rustfmt, which `make test` checks the layout with
#   node      npm ci (binaryen's wasm-opt, web-ext, write-good, sbd, browser drivers)
#   browsers  Debian's chromium + chromium-driver + firefox-esr, and geckodriver
# wasm-pack and `playwright install` download from places this project cannot reach;
# Debian's binaryen corrupts wasm-bindgen output. Hence the choices below.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { echo "setup: $*" >&2; }

wasm() {
    if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
        say "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
    local want
    want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
    [ -n "$want" ] || { say "no wasm-bindgen in Cargo.lock"; exit 1; }
    local have=""
    command -v wasm-bindgen >/dev/null 2>&1 && have=$(wasm-bindgen --version | awk '{print $2}')
    if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
        say "installing wasm-bindgen-cli $want (was: ${have:-none}); about 2 minutes"
        cargo install wasm-bindgen-cli --version "$want" --force
    fi
}

rustfmt() {
    if ! cargo fmt --version >/dev/null 2>&1; then
        say "adding rustfmt"
        rustup component add rustfmt
    fi
}

node() {
    # npm ci only when package-lock.json changed since the last install.
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        say "npm ci"
        npm ci --no-audit --no-fund --loglevel=error
        touch node_modules/.package-lock.json
    fi
}

APT_UPDATED=""
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "apt-get install ${missing[*]}"
    if [ -z "$APT_UPDATED" ]; then
        apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

browsers() {
    # fonts-liberation is only a Recommends of chromium: without a font, text has no boxes
    # to hit-test or screenshot.
    apt_install chromium chromium-driver firefox-esr fonts-liberation
    # firefox.test.mjs opens the popup by its moz-extension:// address, which geckodriver
    # allows from 0.36 on (--allow-system-access): an older one is replaced.
    # `|| true`: with pipefail a missing geckodriver (exit 127) would end the script here.
    local version
    version=$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }') || true
    if ! printf '0.36.0\n%s\n' "$version" | sort -V -C; then
        say "installing geckodriver${version:+ (replacing $version)}; about 2 minutes"
        cargo install geckodriver
    fi
}

[ $# -gt 0 ] || set -- wasm rustfmt node browsers
for part in "$@"; do
    case "$part" in
        wasm | rustfmt | node | browsers) "$part" ;;
        *) say "unknown part '$part' (want: wasm rustfmt node browsers)"; exit 2 ;;
    esac
done
