//! Integration tests: the public API on whole texts.

/// Helpers shared by the test modules.
mod util;

// What DESIGN.md says a careful reader marks in the seed article.
mod seed;
