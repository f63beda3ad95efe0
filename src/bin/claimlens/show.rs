//! `show`: the text for a person. Quotes, hedges and unverified claims are marked in
//! colour on a terminal, or with plain markers ([Q …], {H …}, <U …>) otherwise; then a
//! legend, and for each marked sentence why it was marked.

use claimlens::{Analysis, ClaimStatus, Cue, Mention, Stance};
use std::fmt::Write;

/// What a mark means, and how it looks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Category {
    Quote,
    Hedge,
    Unverified,
}

impl Category {
    const ALL: [Category; 3] = [Category::Quote, Category::Hedge, Category::Unverified];

    fn open(self) -> &'static str {
        match self {
            Category::Quote => "[Q ",
            Category::Hedge => "{H ",
            Category::Unverified => "<U ",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Category::Quote => "]",
            Category::Hedge => "}",
            Category::Unverified => ">",
        }
    }

    /// SGR parameters: quotes cyan, hedges bold magenta, unverified claims underlined.
    fn sgr(self) -> &'static str {
        match self {
            Category::Quote => "36",
            Category::Hedge => "1;35",
            Category::Unverified => "4",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Category::Quote => "quote",
            Category::Hedge => "hedge",
            Category::Unverified => "unverified claim (no source, or a vague one)",
        }
    }
}

/// Renders `text` and its analysis (UTF-16 offsets) for reading.
pub fn render(text: &str, a: &Analysis, colour: bool) -> String {
    let units = Units::new(text);
    let mut marks: Vec<(usize, usize, Category)> = Vec::new();
    marks.extend(a.quotes.iter().map(|q| (q.start, q.end, Category::Quote)));
    marks.extend(a.hedges.iter().map(|h| (h.start, h.end, Category::Hedge)));
    marks.extend(
        a.claims.iter().filter(|c| c.status != ClaimStatus::Attributed).map(|c| (c.start, c.end, Category::Unverified)),
    );
    let marks: Vec<(usize, usize, Category)> =
        marks.into_iter().map(|(s, e, c)| (units.byte(s), units.byte(e), c)).filter(|(s, e, _)| s < e).collect();

    let mut out = if colour { coloured(text, &marks) } else { plain(text, &marks) };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    legend(&mut out, colour);
    reasons(&mut out, text, &units, a, colour);
    out
}

/// Plain markers around each mark; an outer mark opens before and closes after an inner one.
fn plain(text: &str, marks: &[(usize, usize, Category)]) -> String {
    // (position, closes first, then by length so nesting comes out right)
    let mut events: Vec<(usize, u8, isize, &str)> = Vec::new();
    for &(s, e, c) in marks {
        let len = (e - s) as isize;
        events.push((s, 1, -len, c.open()));
        events.push((e, 0, len, c.close()));
    }
    events.sort();
    let mut out = String::with_capacity(text.len() + events.len() * 3);
    let mut at = 0;
    for (pos, _, _, marker) in events {
        out.push_str(&text[at..pos]);
        out.push_str(marker);
        at = pos;
    }
    out.push_str(&text[at..]);
    out
}

/// ANSI colours: each stretch gets the style of every mark over it.
fn coloured(text: &str, marks: &[(usize, usize, Category)]) -> String {
    let mut cuts: Vec<usize> = marks.iter().flat_map(|&(s, e, _)| [s, e]).chain([0, text.len()]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let styles: Vec<&str> = Category::ALL
            .iter()
            .filter(|c| marks.iter().any(|&(ms, me, mc)| mc == **c && ms <= s && e <= me))
            .map(|c| c.sgr())
            .collect();
        if styles.is_empty() {
            out.push_str(&text[s..e]);
        } else {
            // Reset before each line break so a mark never colours the terminal's margin.
            for (i, line) in text[s..e].split('\n').enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                if !line.is_empty() {
                    let _ = write!(out, "\x1b[{}m{line}\x1b[0m", styles.join(";"));
                }
            }
        }
    }
    out
}

fn legend(out: &mut String, colour: bool) {
    out.push_str("Legend: ");
    for (i, c) in Category::ALL.iter().enumerate() {
        if i > 0 {
            out.push_str("  ");
        }
        if colour {
            let _ = write!(out, "\x1b[{}m{}\x1b[0m", c.sgr(), c.name());
        } else {
            let _ = write!(out, "{}{}{}", c.open(), c.name(), c.close());
        }
    }
    out.push_str("\n\n");
}

/// For each sentence with a finding: what was found there and why.
fn reasons(out: &mut String, text: &str, units: &Units, a: &Analysis, colour: bool) {
    let mut notes: Vec<Vec<String>> = vec![Vec::new(); a.sentences.len() + 1];
    let sentence_of = |start: usize| {
        let i = a.sentences.partition_point(|s| s.start <= start);
        match i.checked_sub(1) {
            Some(i) if start < a.sentences[i].end.max(a.sentences[i].start + 1) => i,
            _ => a.sentences.len(), // outside every sentence
        }
    };
    let slice = |s: usize, e: usize| units.slice(text, s, e);
    for q in &a.quotes {
        let mut note = format!("quote ({}) {}", lower(&q.kind), snippet(slice(q.start, q.end), 50));
        match &q.speaker {
            Some(m) => {
                let _ = write!(note, "; speaker: {}", mention(m));
            }
            None => note.push_str("; no speaker found"),
        }
        if let Some(c) = &q.cue {
            let _ = write!(note, "; {}", cue(c));
        }
        notes[sentence_of(q.start)].push(note);
    }
    for at in &a.attributions {
        let mut note = format!("{} source: ", if at.vague { "vague" } else { "named" });
        match &at.source {
            Some(m) => note.push_str(&mention(m)),
            None => note.push_str("(not found)"),
        }
        if let Some(c) = &at.cue {
            let _ = write!(note, "; {}", cue(c));
        }
        notes[sentence_of(at.start)].push(note);
    }
    let mut hedges: Vec<Vec<String>> = vec![Vec::new(); notes.len()];
    for h in &a.hedges {
        hedges[sentence_of(h.start)].push(format!("\"{}\" ({})", h.text, lower(&h.kind)));
    }
    for (i, hs) in hedges.into_iter().enumerate().filter(|(_, h)| !h.is_empty()) {
        notes[i].push(format!("hedges: {}", hs.join(", ")));
    }
    for c in &a.claims {
        let mut note = format!("claim, {}, check-worthiness {:.2}", lower(&c.status), c.score);
        if !c.reasons.is_empty() {
            let _ = write!(note, ": {}", c.reasons.join(", "));
        }
        notes[sentence_of(c.start)].push(note);
    }
    if notes.iter().all(Vec::is_empty) {
        out.push_str("Nothing marked.\n");
        return;
    }
    out.push_str("Why each sentence was marked:\n");
    for (i, list) in notes.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
        let head = match a.sentences.get(i) {
            Some(s) => format!("{:>3}. {}", i + 1, snippet(slice(s.start, s.end), 70)),
            None => "     (outside any sentence)".to_string(),
        };
        if colour {
            let _ = writeln!(out, "\x1b[1m{head}\x1b[0m");
        } else {
            let _ = writeln!(out, "{head}");
        }
        for note in list {
            let _ = writeln!(out, "       - {note}");
        }
    }
}

fn mention(m: &Mention) -> String {
    match &m.resolved {
        Some(r) if r != &m.text => format!("{} (= {r})", m.text),
        _ => m.text.clone(),
    }
}

fn cue(c: &Cue) -> String {
    let stance = match c.stance {
        Stance::Neutral => "neutral",
        Stance::Factive => "factive: presents it as true",
        Stance::Distancing => "distancing: keeps it at arm's length",
    };
    format!("cue \"{}\" ({stance})", c.text)
}

/// The serialised (lower-case) name of an enum value.
fn lower<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The first `max` characters of `s` on one line, with … when cut.
fn snippet(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}

/// UTF-16 code unit → byte offset in one text; an offset inside a surrogate pair maps
/// to the start of its character, one past the end to the text's length.
struct Units {
    bytes: Vec<usize>,
}

impl Units {
    fn new(text: &str) -> Self {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            bytes.extend(std::iter::repeat(i).take(c.len_utf16()));
        }
        bytes.push(text.len());
        Units { bytes }
    }

    fn byte(&self, unit: usize) -> usize {
        self.bytes.get(unit).copied().unwrap_or(*self.bytes.last().unwrap_or(&0))
    }

    fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        let (s, e) = (self.byte(start), self.byte(end));
        text.get(s..e.max(s)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $text:expr, $marks:expr, $want:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let marks: Vec<(usize, usize, Category)> = $marks;
                assert_eq!(plain(text, &marks), $want);
            }
        };
    }

    use Category::*;
    t!(none, "Plain text.", vec![], "Plain text.");
    t!(one_hedge, "It could rain.", vec![(3, 8, Hedge)], "It {H could} rain.");
    t!(
        nested,
        "“It could,” he said.",
        vec![(0, 24, Unverified), (0, 15, Quote), (6, 11, Hedge)],
        "<U [Q “It {H could},”] he said.>"
    );
    t!(touching, "ab", vec![(0, 1, Hedge), (1, 2, Quote)], "{H a}[Q b]");

    #[test]
    fn units_map_emoji_and_cjk() {
        let text = "a😀b北";
        let u = Units::new(text);
        assert_eq!((u.byte(0), u.byte(1), u.byte(2), u.byte(3), u.byte(4), u.byte(5)), (0, 1, 1, 5, 6, 9));
        assert_eq!(u.slice(text, 1, 3), "😀");
        assert_eq!(u.byte(99), 9);
    }

    #[test]
    fn colour_resets_at_line_breaks() {
        let out = coloured("ab\ncd", &[(0, 5, Quote)]);
        assert_eq!(out, "\x1b[36mab\x1b[0m\n\x1b[36mcd\x1b[0m");
    }

    #[test]
    fn snippet_cuts_on_characters() {
        assert_eq!(snippet("北京 说\n 好", 3), "北京 …");
        assert_eq!(snippet("short", 10), "short");
    }
}
