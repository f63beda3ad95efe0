//! Integration tests: the public API on whole texts.

/// Helpers shared by the test modules.
mod util;

// What DESIGN.md says a careful reader marks in the seed article.
mod seed;

// Properties of `analyze` on arbitrary text (proptest): no panic, spans on UTF-16 boundaries.
mod properties;

// The `claimlens` command as a user runs it: the JSONL contract, errors, HTML, `show`.
mod cli;
