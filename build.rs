//! Compiles in the word lists of `src/lexicon/` without what only people and tests read:
//! comment lines (each list's header, saying where its entries come from) and, in
//! `hedges.txt`, the two example columns that a test runs. The headers and examples were
//! about a third of the wasm's gzipped data. `src/lexicon.rs`'s `list!` reads the result.
//! The claims model keeps the header lines that are data (`# threshold:`, `# scale:`, …),
//! and its n-grams go front-coded on one line, their weights as indexes into a list of the
//! distinct weights (`front_code`; src/claims.rs's `Model::parse` reads both forms). The
//! claims cues go under their tags (`group_by_tag`).

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
            slim = front_code(&slim);
        } else if name == "claims_cues.txt" {
            slim = group_by_tag(&slim);
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

/// The model with its n-gram lines (`n-gram<TAB>weight`, not `@feature` ones) as one run of
/// all its n-grams in order, each after a capital letter for the bytes it shares with the one
/// before (`A` none, `B` one, …; n-grams are lower case), under two header lines: `# weights:`,
/// the weights as written, each once, and `# weight index:`, a character for each n-gram of the
/// run, the place of its weight in that list counted from `!`. Against a run for each weight (the
/// n-grams of one weight share less with each other): 0.67 KB less gzipped data. Each n-gram is
/// in the file once and keeps its weight as written, so the model read is the same.
/// The most distinct weights `front_code` indexes, one printable character each (`!` to `~`);
/// src/claims.rs's `Model::parse` holds as many.
const MAX_WEIGHTS: usize = (b'~' - b'!') as usize + 1;

fn front_code(model: &str) -> String {
    let mut grams = Vec::new();
    let mut out = String::with_capacity(model.len());
    for line in model.lines() {
        match line.split_once('\t') {
            Some((gram, weight)) if !line.starts_with(['#', '@']) => {
                assert!(!gram.is_empty() && !gram.contains(|c: char| c.is_ascii_uppercase()), "n-gram {gram:?}");
                grams.push((gram, weight.trim()));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    grams.sort_unstable();
    assert!(grams.windows(2).all(|w| w[0].0 != w[1].0), "an n-gram of the model is listed twice");
    let mut weights: Vec<&str> = grams.iter().map(|&(_, w)| w).collect();
    weights.sort_unstable();
    weights.dedup();
    // A model retrained with finer weights (train_claims.py's `decimals`) may have more distinct
    // weights than there are index characters: it goes in as written, a line an n-gram (which
    // `Model::parse` reads too), larger but right.
    if weights.len() > MAX_WEIGHTS {
        println!(
            "cargo:warning=claims_model.txt has {} distinct weights, over {MAX_WEIGHTS}: compiled in uncompressed",
            weights.len()
        );
        return model.to_string();
    }
    out.push_str("# weights: ");
    out.push_str(&weights.join(" "));
    out.push_str("\n# weight index: ");
    for &(_, w) in &grams {
        let i = weights.binary_search(&w).expect("every weight is listed");
        out.push(char::from(b'!' + i as u8));
    }
    out.push('\n');
    let mut before = "";
    for &(gram, _) in &grams {
        let mut shared = before.bytes().zip(gram.bytes()).take_while(|(a, b)| a == b).count().min(25);
        while !gram.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(char::from(b'A' + shared as u8));
        out.push_str(&gram[shared..]);
        before = gram;
    }
    out.push('\n');
    out
}

/// The claims cue file (`phrase<TAB>tag` lines) as its tags, each on a line `@tag` and then its
/// phrases, a line each, in order: not the tag again on every line, 0.35 KB less gzipped data.
/// src/claims.rs's `cue_phrases` reads it; it adds each phrase's tag to what it had, in any order.
fn group_by_tag(cues: &str) -> String {
    let mut groups: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for line in cues.lines() {
        let (phrase, tag) = line.split_once('\t').expect("claims cue lines are phrase<TAB>tag");
        let phrase = phrase.trim();
        assert!(!phrase.is_empty() && !phrase.starts_with(['@', '#']), "claims cue {phrase:?}");
        groups.entry(tag.trim()).or_default().push(phrase);
    }
    let mut out = String::with_capacity(cues.len());
    for (tag, mut phrases) in groups {
        phrases.sort_unstable();
        out.push('@');
        out.push_str(tag);
        out.push('\n');
        for phrase in phrases {
            out.push_str(phrase);
            out.push('\n');
        }
    }
    out
}
