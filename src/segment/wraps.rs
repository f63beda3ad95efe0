//! Soft wraps: which single line breaks sit inside running text.
//!
//! Plain text is often hard-wrapped (e-mail, `.txt` articles, terminal input at 70–80
//! columns), so a line break alone does not end a sentence. A blank line always does, and
//! so does a break before a list item. Other breaks are judged a paragraph (the lines between
//! blank lines) at a time, the first time the pass meets one:
//!
//! - **Wrapped paragraphs**: lines filled to a common width (30–120 columns, at least two
//!   lines full to within an eighth of it, some line starting in lower case). A break there is
//!   soft when the next line's first word would not have fitted on the line (the wrapper
//!   moved it down), or when a long line runs on in lower case; a short line ends a block
//!   (a headline, a signature, a list item without a bullet).
//! - **Other paragraphs** (the extension's `<br>`s, pasted text with ragged lines): a break is
//!   soft only when the line stops mid-clause — no terminal punctuation or colon, and the next
//!   line goes on in lower case (unless the line itself began in lower case, as list items
//!   and keywords do) or the line ends on a word no sentence ends on (`the`, `of`, `and`).
//!
//! A soft break is white space to the rest of the segmenter: `the U.S.⏎Government` stays one
//! sentence, `he left.⏎She stayed` is still two.

use std::ops::Range;

/// Decided breaks, one paragraph at a time. Queries come in ascending order.
#[derive(Default)]
pub(super) struct Wraps {
    /// Breaks before this offset are decided (the end of the paragraph judged last).
    decided_to: usize,
    /// The soft breaks of that paragraph: byte offsets of their first byte, ascending.
    soft: Vec<usize>,
}

/// A non-blank line of a paragraph.
struct Line {
    /// Byte range of its text, leading and trailing white space left out.
    text: Range<usize>,
    /// Its width in characters, indentation included.
    width: usize,
    /// Offset of the line break after it (or the end of the text).
    brk: usize,
}

/// Breaks the segmenter stops at; U+2029 is a paragraph separator, a block break anywhere.
pub(super) fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Length in bytes of the line break at `at` (`\r\n` is one break); 0 if none is there.
pub(super) fn break_len(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    if rest.starts_with("\r\n") {
        return 2;
    }
    rest.chars().next().filter(|&c| is_line_break(c)).map_or(0, char::len_utf8)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

impl Wraps {
    /// Whether the line break at byte `at` is a soft wrap inside running text.
    pub(super) fn is_soft(&mut self, text: &str, at: usize) -> bool {
        let len = break_len(text, at);
        if len == 0 || text[at..].starts_with('\u{2029}') {
            return false;
        }
        // A blank line, or a break at the very start or end, is a block break: no need to
        // look at the paragraph (this is every break of ordinary news text).
        let after = &text[at + len..];
        if after.trim_start_matches(is_space).chars().next().is_none_or(is_line_break) {
            return false;
        }
        if text[..at].trim_end_matches(is_space).chars().next_back().is_none_or(is_line_break) {
            return false;
        }
        if at >= self.decided_to {
            self.decide(text, at);
        }
        self.soft.binary_search(&at).is_ok()
    }

    /// Finds the paragraph holding the break at `at` and judges all its breaks.
    fn decide(&mut self, text: &str, at: usize) {
        self.soft.clear();
        let mut para: Vec<Line> = Vec::new();
        let mut pos = self.decided_to;
        loop {
            let rest = &text[pos..];
            let brk = pos + rest.find(is_line_break).unwrap_or(rest.len());
            let line = &text[pos..brk];
            let trimmed = line.trim();
            let separator = text[brk..].starts_with('\u{2029}');
            if !trimmed.is_empty() {
                let lead = line.len() - line.trim_start().len();
                let end = pos + line.trim_end().len();
                let width = text[pos..end].chars().count();
                para.push(Line { text: pos + lead..end, width, brk });
            }
            let last = brk == text.len();
            if trimmed.is_empty() || separator || last {
                if para.last().is_some_and(|l| l.brk >= at) || last {
                    break;
                }
                para.clear();
            }
            pos = brk + break_len(text, brk).max(1);
        }
        self.decided_to = para.last().map_or(text.len(), |l| l.brk).max(at + 1).min(text.len());
        // `decided_to` is only compared with, never sliced at: no char-boundary concern.
        self.judge(text, &para);
    }

    fn judge(&mut self, text: &str, para: &[Line]) {
        let line = |l: &Line| &text[l.text.clone()];
        let first_word = |l: &Line| line(l).split_whitespace().next().map_or(0, |w| w.chars().count());
        let width = para.iter().map(|l| l.width).max().unwrap_or(0);
        let near_full = width - width / 8;
        let full = para.windows(2).filter(|p| p[0].width + 1 + first_word(&p[1]) > near_full).count();
        let lower = para.windows(2).filter(|p| starts_lower(line(&p[1]))).count();
        let wrapped = (30..=120).contains(&width) && full >= 2 && lower >= 1;

        let mut block_starts_lower = para.first().is_some_and(|l| starts_lower(line(l)));
        for p in para.windows(2) {
            let (a, b) = (line(&p[0]), line(&p[1]));
            let mid_clause = !ends_clause(a);
            let soft = !starts_list_item(b)
                && if wrapped {
                    p[0].width + 1 + first_word(&p[1]) > near_full
                        || mid_clause && starts_lower(b) && p[0].width * 3 >= width * 2
                        || ends_on_function_word(a)
                } else {
                    mid_clause && !a.ends_with(':') && (starts_lower(b) && !block_starts_lower || ends_on_function_word(a))
                };
            if soft {
                self.soft.push(p[0].brk);
            } else {
                block_starts_lower = starts_lower(b);
            }
        }
    }
}

/// The first letter, past opening quotes and brackets, is lower case.
fn starts_lower(line: &str) -> bool {
    line.trim_start_matches(['"', '\'', '“', '‘', '«', '(', '[']).chars().next().is_some_and(char::is_lowercase)
}

/// The line ends a sentence or clause: terminal punctuation, possibly inside closing marks.
fn ends_clause(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .ends_with(['.', '!', '?', '…', ';', '。', '！', '？'])
}

/// Words a sentence or headline does not end on: the line breaks mid-phrase.
fn ends_on_function_word(line: &str) -> bool {
    const WORDS: [&str; 22] = [
        "a", "an", "the", "of", "to", "and", "but", "or", "nor", "for", "with", "from", "by", "at", "into", "onto", "than",
        "its", "their", "our", "my", "your",
    ];
    WORDS.contains(&line.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
}

/// A bullet (`- `, `• `) or an enumerator (`1.`, `2)`, `a)`, `(iv)`) opens the line.
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('•' | '◦' | '‣' | '⁃' | '▪' | '·' | '►') => return true,
        Some('-' | '*' | '–' | '—' | '>' | '+') => return chars.next().is_none_or(char::is_whitespace),
        _ => {}
    }
    let body = line.strip_prefix('(').unwrap_or(line);
    let label = body.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(body.len());
    let (head, tail) = body.split_at(label);
    // One capital letter needs a bracket: `J. K. Rowling` may open a wrapped line.
    let short = match head.len() {
        1 => head.bytes().all(|b| !b.is_ascii_uppercase()) || tail.starts_with(')'),
        2 | 3 => head.bytes().all(|b| b.is_ascii_digit()) || head.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')),
        _ => false,
    };
    short && (tail.starts_with(". ") || tail.starts_with(')') || tail == ".")
}
