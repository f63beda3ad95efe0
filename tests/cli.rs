//! The built `claimlens` binary, run as a user or a pipeline runs it.

use crate::util::slice16;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `claimlens ARGS` with `stdin` piped in.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run claimlens");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let mut input = String::new();
    for i in 0..300 {
        if i == 150 {
            input.push_str("{\"id\": 150, \"text\": \n"); // broken JSON: no id recoverable
        } else if i == 151 {
            input.push_str("{\"id\": \"no-text\"}\n\n"); // blank line after it is skipped
        } else {
            input.push_str(
                &serde_json::json!({"id": i, "text": format!("Item {i} could matter. “Yes,” he said.")}).to_string(),
            );
            input.push('\n');
        }
    }
    for jobs in ["1", "2", "4"] {
        let o = run(&["annotate", "--jsonl", "--jobs", jobs], input.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let lines = json_lines(&o);
        assert_eq!(lines.len(), 300, "jobs {jobs}");
        for (i, v) in lines.iter().enumerate() {
            match i {
                150 => {
                    assert_eq!(v["line"], 151, "the bad line is named by its line number: {v}");
                    assert!(v["error"].is_string() && v.get("id").is_none(), "{v}");
                }
                151 => {
                    assert_eq!(v["id"], "no-text");
                    assert!(v["error"].as_str().unwrap().contains("text"), "{v}");
                }
                _ => {
                    assert_eq!(v["id"], i, "jobs {jobs}: out of order");
                    assert_eq!(v["schema"], 1);
                    assert!(v["hedges"].as_array().unwrap().iter().any(|h| h["text"] == "could"), "{v}");
                }
            }
        }
        assert!(stderr(&o).contains("2 of 300 lines"), "{}", stderr(&o));
    }
}

#[test]
fn jsonl_id_comes_first_and_keeps_its_type() {
    let o = run(
        &["annotate", "--jsonl"],
        b"{\"id\":\"a-1\",\"text\":\"Hi.\",\"labels\":{}}\n{\"id\":{\"k\":[1]},\"text\":\"\"}\n",
    );
    let out = stdout(&o);
    assert!(out.starts_with("{\"id\":\"a-1\",\"schema\":1,"), "{out}");
    assert_eq!(json_lines(&o)[1]["id"], serde_json::json!({"k": [1]}));
}

#[test]
fn invalid_utf8_names_the_byte() {
    let o = run(&["annotate"], b"fine line\nbad \xff here\n");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("not valid UTF-8") && err.contains("offset 14") && err.contains("line 2"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn unreadable_file_is_named() {
    let o = run(&["annotate", "/no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/file.txt"), "{}", stderr(&o));
    let o = run(&["show", "/no/such/page.html", "--html"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/no/such/page.html"), "{}", stderr(&o));
}

#[test]
fn empty_input_is_an_empty_analysis() {
    let o = run(&["annotate"], b"");
    assert!(o.status.success());
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"schema": 1, "sentences": [], "quotes": [], "attributions": [], "hedges": [], "claims": []})
    );
    let o = run(&["annotate", "--jsonl"], b"");
    assert!(o.status.success() && o.stdout.is_empty());
}

#[test]
fn usage_errors_exit_2_and_help_and_version_work() {
    assert_eq!(run(&["annotate", "--jsonl", "--pretty"], b"").status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    let help = run(&["--help"], b"");
    assert!(help.status.success() && stdout(&help).contains("annotate") && stdout(&help).contains("show"));
    let version = run(&["--version"], b"");
    assert_eq!(stdout(&version).trim(), format!("claimlens {}", env!("CARGO_PKG_VERSION")));
}

const PAGE: &str = r#"<!doctype html><html><head><title>Title only</title><script>var said = "could";</script></head>
<body><nav><a href="/">Home</a> could</nav><header>Site header might</header>
<article><h1>Talks</h1><p>Officials said the talks &ldquo;went well.&rdquo;</p>
<blockquote><p>We may return.</p></blockquote><p>It could rain.</p>
<noscript>Enable JS perhaps</noscript><template><p>hidden may</p></template></article>
<aside>Related: may</aside><footer>Footer might</footer><form><label>Search might</label></form></body></html>"#;

#[test]
fn html_analyses_visible_article_text_only() {
    let o = run(&["annotate", "--html", "--pretty"], PAGE.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Blocks apart by a blank line, as the extension joins its runs.
    let text = "Talks\n\nOfficials said the talks “went well.”\n\nWe may return.\n\nIt could rain.";
    let slice = |s: &Value| slice16(text, s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
    let sentences: Vec<String> = v["sentences"].as_array().unwrap().iter().map(slice).collect();
    assert_eq!(sentences, ["Talks", "Officials said the talks “went well.”", "We may return.", "It could rain."]);
    let hedges: Vec<String> =
        v["hedges"].as_array().unwrap().iter().map(|h| h["text"].as_str().unwrap().to_string()).collect();
    assert!(hedges.iter().any(|h| h == "could"), "{hedges:?}");
    assert!(!hedges.iter().any(|h| h == "might" || h == "perhaps"), "a hedge from page chrome: {hedges:?}");
    let block = v["quotes"].as_array().unwrap().iter().find(|q| q["kind"] == "block").expect("the blockquote");
    assert_eq!(slice(block), "We may return.");
}

#[test]
fn html_leaves_out_what_the_pages_style_hides_its_saved_sheets_too() {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-sheets-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("page_files")).unwrap();
    std::fs::write(dir.join("page_files/site.css"), ".promo { display: none }").unwrap();
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        "<head><link rel=stylesheet href=page_files/site.css><style>.sr { position: absolute; width: 1px; height: 1px; \
         overflow: hidden; clip: rect(0 0 0 0) }</style></head><body><article><p>It could rain.</p>\
         <p class=sr>Screen readers might hear this.</p><p class=promo>Prices may double.</p></article></body>",
    )
    .unwrap();
    let hedges = |o: &Output| -> Vec<String> {
        assert!(o.status.success(), "{}", stderr(o));
        let v: Value = serde_json::from_str(&stdout(o)).unwrap();
        v["hedges"].as_array().unwrap().iter().map(|h| h["text"].as_str().unwrap().to_string()).collect()
    };
    let path = page.to_str().unwrap();
    assert_eq!(hedges(&run(&["annotate", "--html", path], b"")), ["could"], "from the file, beside its sheet");
    let html = std::fs::read(&page).unwrap();
    assert_eq!(
        hedges(&run(&["annotate", "--html", "-"], &html)),
        ["could", "may"],
        "from standard input: no sheet beside it"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn show_plain_marks_and_explains() {
    let o = run(&["show", "-"], "“We will win,” Vance said. It could rain.\n".as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\x1b'), "no colour when stdout is not a terminal: {out:?}");
    let text = out.lines().next().unwrap();
    assert!(text.contains("[Q “We will win,”] Vance said.") && text.contains("It {H could} rain."), "{out}");
    assert!(out.contains("Legend: [Q quote]  {H hedge}  <U unverified claim"), "{out}");
    assert!(out.contains("\"could\" (epistemic)"), "{out}");
}

#[test]
fn show_colour_on_request_and_html() {
    let o = run(&["show", "--color", "always", "-"], b"It could rain.");
    assert!(stdout(&o).contains("\x1b[1;35mcould\x1b[0m"), "{:?}", stdout(&o));
    let o = run(&["show", "--html", "-"], PAGE.as_bytes());
    let out = stdout(&o);
    assert!(out.starts_with("Talks\n") && out.contains("{H could} rain.") && !out.contains("Footer"), "{out}");
}

#[test]
fn html_reads_the_main_content_unless_asked_for_the_whole_page() {
    let story = "<p>The minister said the plan would cut costs by a third over the next ten years.</p>".repeat(8);
    let page = format!("<html><body><div class=rail><p>Sponsored: this gadget may be the best you ever buy.</p></div><article><h1>Plan</h1>{story}</article></body></html>");
    let text_of = |args: &[&str]| {
        let o = run(args, page.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let main = text_of(&["show", "--html", "-"]);
    assert!(main.starts_with("Plan\n") && !main.contains("Sponsored"), "{main}");
    let whole = text_of(&["show", "--html", "--whole-page", "-"]);
    assert!(whole.starts_with("Sponsored: this gadget {H may} be") && whole.contains("Plan\n"), "{whole}");
    let o = run(&["annotate", "--whole-page", "-"], page.as_bytes());
    assert!(!o.status.success() && stderr(&o).contains("--html"), "--whole-page needs --html: {}", stderr(&o));
}

#[test]
fn html_prints_the_root_it_reads_and_its_text() {
    let story = "<p>The minister said the plan would cut costs by a third over the next ten years.</p>".repeat(8);
    let page = format!(
        "<html><body><article class=teaser><p>Another story.</p></article><div><article id=story class='main wide'>\
         <h1>Plan</h1>{story}</article></div><aside><p>Related: a story that may interest you very much.</p></aside></body></html>"
    );
    let printed = |args: &[&str]| {
        let o = run(args, page.as_bytes());
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    // The second <article> of the page, as `document.getElementsByTagName('article')[1]` names it.
    assert_eq!(printed(&["annotate", "--html", "--print-root", "-"]), "article 1 #story .main .wide\n");
    assert_eq!(printed(&["annotate", "--html", "--whole-page", "--print-root", "-"]), "#document\n");
    let text = printed(&["annotate", "--html", "--print-text", "-"]);
    assert!(
        text.starts_with("Plan\n\nThe minister said") && !text.contains("Another") && !text.contains("Related"),
        "{text}"
    );
    assert!(!text.contains("\"schema\""), "the text, not the analysis: {text}");
    for bad in [&["annotate", "--print-root", "-"][..], &["annotate", "--html", "--print-text", "--pretty", "-"]] {
        let o = run(bad, page.as_bytes());
        assert_eq!(o.status.code(), Some(2), "{bad:?} is a usage error: {}", stderr(&o));
    }
}
