//! Per-stage throughput over BBC news text, for `make bench`: ignored tests that print
//! figures and assert nothing (a benchmark is not a test). Release mode, thread CPU time,
//! so a busy machine skews the figure less.

/// The texts of `../shared/eval/news.bbc.jsonl`, or `None` (said on stderr) when absent.
pub(crate) fn news() -> Option<Vec<String>> {
    let Ok(jsonl) = std::fs::read_to_string("../shared/eval/news.bbc.jsonl") else {
        eprintln!("skipped: ../shared/eval/news.bbc.jsonl is absent");
        return None;
    };
    let texts = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_owned))
        .collect();
    Some(texts)
}

/// CPU seconds this thread has used (Linux), if the kernel says.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(stat.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

/// Runs `pass` (one pass over `texts`, returning how many things it found) five times and
/// prints the stage's MB/s.
pub(crate) fn report(stage: &str, texts: &[String], mut pass: impl FnMut() -> usize) {
    const PASSES: usize = 5;
    let bytes: usize = texts.iter().map(String::len).sum();
    let (wall, cpu) = (std::time::Instant::now(), thread_cpu_secs());
    let found: usize = (0..PASSES).map(|_| pass()).sum::<usize>() / PASSES;
    let secs = match (cpu, thread_cpu_secs()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    };
    let mb_s = (PASSES * bytes) as f64 / 1e6 / secs;
    eprintln!("{stage}: {mb_s:.0} MB/s of CPU time over {:.1} MB ({found} found a pass)", bytes as f64 / 1e6);
}
