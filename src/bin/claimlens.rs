//! The `claimlens` command. (Skeleton: `annotate [--jsonl] [--pretty] [FILE|-]`.)

use std::io::{BufRead, Read, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("annotate") {
        eprintln!("usage: claimlens annotate [--jsonl] [--pretty] [FILE|-]");
        std::process::exit(2);
    }
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let pretty = args.iter().any(|a| a == "--pretty");
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if jsonl {
        for line in stdin.lock().lines() {
            let line = line.expect("read stdin");
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
            let text = v["text"].as_str().unwrap_or("");
            let mut a = serde_json::to_value(claimlens::analyze(text)).unwrap();
            a.as_object_mut().unwrap().insert("id".into(), v["id"].clone());
            writeln!(out, "{}", a).unwrap();
        }
    } else {
        let mut text = String::new();
        stdin.lock().read_to_string(&mut text).expect("read stdin");
        let a = claimlens::analyze(&text);
        let s = if pretty { serde_json::to_string_pretty(&a) } else { serde_json::to_string(&a) };
        writeln!(out, "{}", s.unwrap()).unwrap();
    }
}
