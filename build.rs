//! Compiles in the word lists of `src/lexicon/` without what only people and tests read:
//! comment lines (each list's header, saying where its entries come from) and, in
//! `hedges.txt`, the two example columns that a test runs. The headers and examples were
//! about a third of the wasm's gzipped data. `src/lexicon.rs`'s `list!` reads the result.
//! The claims model keeps the header lines that are data (`# threshold:`, `# scale:`, …).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/lexicon");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for entry in fs::read_dir("src/lexicon").expect("src/lexicon exists") {
        let path = entry.expect("a readable directory entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).filter(|n| n.ends_with(".txt")) else { continue };
        let text = fs::read_to_string(&path).expect("word lists are UTF-8");
        let slim = strip(name, &text);
        fs::write(out.join(name), slim).expect("OUT_DIR is writable");
    }
}

/// The header lines of the claims model that src/claims.rs reads.
const MODEL_KEYS: &[&str] = &["# format:", "# threshold:", "# scale:", "# ngrams:", "# assertion prior:"];

/// The list's entry lines only; for hedges.txt, only the three columns the analysis reads;
/// for the claims model, its weights and the header lines it is read with.
fn strip(name: &str, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let keep = |l: &str| {
        let comment = l.trim_start().starts_with('#');
        !l.trim().is_empty() && (!comment || name == "claims_model.txt" && MODEL_KEYS.iter().any(|k| l.starts_with(k)))
    };
    for line in text.lines().filter(|l| keep(l)) {
        if name == "hedges.txt" {
            let cols: Vec<&str> = line.split(" | ").collect();
            out.push_str(&cols[..cols.len().min(3)].join(" | "));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}
