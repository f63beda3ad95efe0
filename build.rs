//! Compiles in the word lists of `src/lexicon/` without what only people and tests read:
//! comment lines (each list's header, saying where its entries come from) and, in
//! `hedges.txt`, the two example columns that a test runs. The headers and examples were
//! about a third of the wasm's gzipped data. `src/lexicon.rs`'s `list!` reads the result.
//! The claims model keeps the header lines that are data (`# threshold:`, `# scale:`, …),
//! and its n-grams go in groups of one weight, each under a `# weight:` line, not each with
//! its own: 2.3 KB less gzipped wasm (src/claims.rs's `Model::parse` reads both forms), each
//! group's n-grams front-coded on one line (`group_by_weight`).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/lexicon");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    for entry in fs::read_dir("src/lexicon").expect("src/lexicon exists") {
        let path = entry.expect("a readable directory entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).filter(|n| n.ends_with(".txt")) else { continue };
        let text = fs::read_to_string(&path).expect("word lists are UTF-8");
        let mut slim = strip(name, &text);
        if name == "claims_model.txt" {
            slim = group_by_weight(&slim);
        }
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

/// The model with its n-gram lines (`n-gram<TAB>weight`, not `@feature` ones) grouped by
/// weight: `# weight: -2.5` and then one line of the n-grams of that weight, in order, each after
/// a capital letter for the bytes it shares with the one before (`A` none, `B` one, …; n-grams
/// are lower case). Against a line each: 0.6 KB less gzipped data, 0.27 KB less wasm with the code
/// that reads it. The weights stay as written, and each n-gram is in the file once, so the model
/// read is the same.
fn group_by_weight(model: &str) -> String {
    let mut groups: std::collections::BTreeMap<(i64, &str), Vec<&str>> = Default::default();
    let mut out = String::with_capacity(model.len());
    for line in model.lines() {
        match line.split_once('\t') {
            Some((gram, weight)) if !line.starts_with(['#', '@']) => {
                assert!(!gram.is_empty() && !gram.contains(|c: char| c.is_ascii_uppercase()), "n-gram {gram:?}");
                // Ordered by value (the text only breaks ties), so neighbouring groups share more.
                let value = weight.trim().parse::<f64>().expect("model weights are numbers");
                groups.entry(((value * 1e6).round() as i64, weight.trim())).or_default().push(gram);
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    for ((_, weight), mut grams) in groups {
        grams.sort_unstable();
        out.push_str("# weight: ");
        out.push_str(weight);
        out.push('\n');
        let mut before = "";
        for gram in grams {
            let mut shared = before.bytes().zip(gram.bytes()).take_while(|(a, b)| a == b).count().min(25);
            while !gram.is_char_boundary(shared) {
                shared -= 1;
            }
            out.push(char::from(b'A' + shared as u8));
            out.push_str(&gram[shared..]);
            before = gram;
        }
        out.push('\n');
    }
    out
}
