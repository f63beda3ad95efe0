//! Native throughput of `analyze`, one thread, over the BBC news texts
//! (`../shared/eval/news.bbc.jsonl`, or the file named by CLAIMLENS_BENCH_FILE).
//! Run by `make bench` as `cargo run --release --example throughput`. Prints; asserts nothing.
//! With CLAIMLENS_BENCH_ONCE set it analyses each text once and stops: a fixed amount of
//! work, for counting instructions under `valgrind --tool=callgrind`.

use std::time::{Duration, Instant};

fn main() {
    let path = std::env::var("CLAIMLENS_BENCH_FILE").unwrap_or_else(|_| "../shared/eval/news.bbc.jsonl".into());
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("bench: {path} not found; skipping the native benchmark");
        return;
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    if std::env::var_os("CLAIMLENS_BENCH_ONCE").is_some() {
        let sentences: usize = texts.iter().map(|t| claimlens::analyze(t).sentences.len()).sum();
        println!("analysed {} texts once ({:.1} MB, {sentences} sentences)", texts.len(), bytes as f64 / 1e6);
        return;
    }
    // One warm-up pass, then whole passes until two seconds have gone by.
    let mut findings = 0usize;
    for t in &texts {
        findings += std::hint::black_box(claimlens::analyze(t)).sentences.len();
    }
    let (mut passes, start, cpu_start) = (0u32, Instant::now(), cpu_seconds());
    while passes == 0 || start.elapsed() < Duration::from_secs(2) {
        for t in &texts {
            std::hint::black_box(claimlens::analyze(std::hint::black_box(t)));
        }
        passes += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 * passes as f64 / 1e6;
    // The machine may be shared: CPU time says what the code costs, wall time what it took.
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => format!(", {:.1} MB/s of CPU time", mb / (b - a)),
        _ => String::new(),
    };
    println!(
        "native analyze, 1 thread: {:.1} MB/s wall{cpu} ({} texts, {:.1} MB, {passes} passes, {findings} sentences a pass; target >= 40 MB/s)",
        mb / secs,
        texts.len(),
        bytes as f64 / 1e6,
    );
}

/// This thread's CPU time so far (Linux: /proc/thread-self/schedstat, in nanoseconds).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(stat.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}
