//! `annotate --jsonl`: a streaming filter. Lines `{"id", "text"}` in, one line
//! `{"id", ...analysis}` out per input line, in the same order. Lines are read in
//! bounded batches, so memory stays bounded however long the stream, and each batch
//! is analysed on `jobs` threads. A bad line gives an error line and the run goes on.

use serde::Deserialize;
use serde_json::Value;
use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Lines per thread in one batch.
const LINES_PER_JOB: usize = 64;
/// A batch ends early once it holds this many bytes of input.
const BATCH_BYTES: usize = 32 << 20;

/// One input record; other fields (labels, meta) are ignored.
#[derive(Deserialize)]
struct Record {
    id: Option<Value>,
    text: Option<Value>,
}

/// What the run saw, for the summary on standard error.
#[derive(Default, Debug)]
pub struct Counts {
    pub lines: usize,
    pub errors: usize,
}

/// Reads `input` to the end, writing one output line per non-blank input line.
pub fn run(input: impl BufRead, mut output: impl Write, jobs: usize) -> std::io::Result<Counts> {
    let mut input = input;
    let mut counts = Counts::default();
    let mut line_no = 0usize;
    loop {
        // Read one batch: (line number, bytes) of non-blank lines.
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0;
        let mut eof = false;
        while batch.len() < jobs * LINES_PER_JOB && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += line.len();
            batch.push((line_no, line));
        }
        let results = analyse_batch(&batch, jobs);
        for out in &results {
            counts.lines += 1;
            counts.errors += usize::from(out.is_error);
            output.write_all(out.json.as_bytes())?;
            output.write_all(b"\n")?;
        }
        if eof {
            break;
        }
    }
    output.flush()?;
    Ok(counts)
}

struct Output {
    json: String,
    is_error: bool,
}

/// Analyses the batch on up to `jobs` threads; results in input order.
fn analyse_batch(batch: &[(usize, Vec<u8>)], jobs: usize) -> Vec<Output> {
    let jobs = jobs.min(batch.len());
    if jobs <= 1 {
        return batch.iter().map(|(n, line)| one_line(*n, line)).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Output>>> = batch.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((n, line)) = batch.get(i) else { break };
                let out = one_line(*n, line);
                *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(out);
            });
        }
    });
    slots.into_iter().map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()).expect("every slot filled")).collect()
}

/// The output line for input line number `n`.
fn one_line(n: usize, line: &[u8]) -> Output {
    let line = match std::str::from_utf8(line) {
        Ok(l) => l,
        Err(e) => {
            return error(&Key::Line(n), &format!("line {n}: not valid UTF-8 at byte {} of the line", e.valid_up_to()))
        }
    };
    let not_a_record = |e: &dyn std::fmt::Display| {
        error(&Key::Line(n), &format!("line {n}: not a JSON object with \"id\" and \"text\": {e}"))
    };
    // serde reads a struct from an array too (`[1, "text"]` as id and text): only an object is a record.
    if !line.trim_start().starts_with('{') {
        return not_a_record(&"it does not open with {");
    }
    let record: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return not_a_record(&e),
    };
    let key = match &record.id {
        Some(id) => Key::Id(id),
        None => Key::Line(n),
    };
    let text = match &record.text {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Null) | None => return error(&key, &format!("line {n}: no \"text\" field")),
        Some(_) => return error(&key, &format!("line {n}: \"text\" is not a string")),
    };
    let analysis = serde_json::to_string(&claimlens::analyze(text)).expect("an analysis always serialises");
    // `{"schema":…}` becomes `{"id":…,"schema":…}`: the key goes first.
    let mut json = String::with_capacity(analysis.len() + 32);
    json.push('{');
    json.push_str(&key.json_member());
    json.push(',');
    json.push_str(&analysis[1..]);
    Output { json, is_error: false }
}

/// How an output line names its input line: by id, or by line number when it has none.
enum Key<'a> {
    Id(&'a Value),
    Line(usize),
}

impl Key<'_> {
    fn json_member(&self) -> String {
        match self {
            Key::Id(id) => format!("\"id\":{id}"),
            Key::Line(n) => format!("\"line\":{n}"),
        }
    }
}

fn error(key: &Key, message: &str) -> Output {
    let json = format!("{{{},\"error\":{}}}", key.json_member(), Value::String(message.to_string()));
    Output { json, is_error: true }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(input: &str, jobs: usize) -> Vec<Value> {
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out, jobs).unwrap();
        String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                for jobs in [1, 3] {
                    let got: Vec<String> = run_str($input, jobs)
                        .iter()
                        .map(|v| match (v.get("id"), v.get("line"), v.get("error")) {
                            (_, _, Some(e)) => format!(
                                "{} error {}",
                                v.get("id").or(v.get("line")).unwrap(),
                                e.as_str().unwrap().split(':').next().unwrap()
                            ),
                            (Some(id), _, None) => format!("{id} ok {}", v["sentences"].as_array().unwrap().len()),
                            (None, Some(n), None) => {
                                format!("line {n} ok {}", v["sentences"].as_array().unwrap().len())
                            }
                            _ => panic!("no key in {v}"),
                        })
                        .collect();
                    let want: &[&str] = $want;
                    assert_eq!(got, want, "jobs {jobs}");
                }
            }
        };
    }

    t!(
        two_lines,
        "{\"id\":1,\"text\":\"It rained. We left.\"}\n{\"id\":\"b\",\"text\":\"C.\"}\n",
        &["1 ok 2", "\"b\" ok 1"]
    );
    t!(blank_lines_skipped, "\n{\"id\":1,\"text\":\"A.\"}\n  \n\n{\"id\":2,\"text\":\"\"}", &["1 ok 1", "2 ok 0"]);
    t!(
        bad_json_gives_line_number,
        "{\"id\":1,\"text\":\"A.\"}\nnot json\n{\"id\":3,\"text\":\"C.\"}\n",
        &["1 ok 1", "2 error line 2", "3 ok 1"]
    );
    t!(missing_text_keeps_id, "{\"id\":7}\n", &["7 error line 1"]);
    t!(text_not_a_string, "{\"id\":7,\"text\":3}\n", &["7 error line 1"]);
    t!(no_id_uses_line_number, "\n{\"text\":\"A.\"}\n", &["line 2 ok 1"]);
    t!(
        an_array_is_no_record,
        "[1,\"A.\"]\n\"A.\"\n{\"id\":3,\"text\":\"C.\"}\n",
        &["1 error line 1", "2 error line 2", "3 ok 1"]
    );

    #[test]
    fn order_kept_across_batches() {
        let n = 3 * LINES_PER_JOB * 2 + 5;
        let input: String =
            (0..n).map(|i| format!("{{\"id\":{i},\"text\":\"{}\"}}\n", "Word. ".repeat(i % 7))).collect();
        let got = run_str(&input, 2);
        let ids: Vec<u64> = got.iter().map(|v| v["id"].as_u64().unwrap()).collect();
        assert_eq!(ids, (0..n as u64).collect::<Vec<_>>());
        assert!(got.iter().enumerate().all(|(i, v)| v["sentences"].as_array().unwrap().len() == i % 7));
    }

    #[test]
    fn invalid_utf8_bytes_are_an_error_line() {
        let mut out = Vec::new();
        let counts = run(&b"{\"id\":1,\"text\":\"a\xff\"}\n{\"id\":2,\"text\":\"ok.\"}\n"[..], &mut out, 1).unwrap();
        let lines: Vec<Value> =
            String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["line"], 1);
        assert!(lines[0]["error"].as_str().unwrap().contains("UTF-8"), "{}", lines[0]);
        assert_eq!(lines[1]["id"], 2);
        assert_eq!((counts.lines, counts.errors), (2, 1));
    }
}
