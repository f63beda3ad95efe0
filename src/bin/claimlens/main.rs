//! The `claimlens` command: the analysis of a text, an HTML page or a JSONL corpus,
//! as JSON for programs (`annotate`) or marked up for people (`show`).
//!
//! Native only: for wasm32 (when `cargo test --target wasm32-unknown-unknown` builds
//! every target) this binary is an empty `main`, so its dependencies stay host-only.

#[cfg(not(target_family = "wasm"))]
mod cli;
#[cfg(not(target_family = "wasm"))]
mod html;
#[cfg(not(target_family = "wasm"))]
mod input;
#[cfg(not(target_family = "wasm"))]
mod jsonl;
#[cfg(not(target_family = "wasm"))]
mod main_root;
#[cfg(not(target_family = "wasm"))]
mod show;
#[cfg(not(target_family = "wasm"))]
mod style;

#[cfg(not(target_family = "wasm"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_family = "wasm")]
fn main() {}
