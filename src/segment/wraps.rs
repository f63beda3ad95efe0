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
//!   (a headline, a signature, a list item without a bullet). A paragraph of two lines
//!   shows no width of its own: it is judged at the width of the document's wrapped ones.
//! - **Other paragraphs** (the extension's `<br>`s, pasted text with ragged lines): a break is
//!   soft only when the line stops mid-clause — no terminal punctuation or colon, and the next
//!   line goes on in lower case (unless the line itself began in lower case, as list items
//!   and keywords do, or is a title-case headline, or the next is a byline `by Ann Lee`) or
//!   the line ends on a word no sentence ends on (`the`, `of`, `and`).
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
    /// The width the document's wrapped paragraphs share, found on first need.
    doc_width: Option<Option<usize>>,
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
        // look at the paragraph (this is every break of ordinary news text). Most are a "\n\n" or
        // the text's end, read off the next byte with nothing decoded or trimmed.
        if matches!(text.as_bytes().get(at + len), None | Some(b'\n' | b'\r')) {
            return false;
        }
        let after = &text[at + len..];
        if after.trim_start_matches(is_space).chars().next().map_or(true, is_line_break) {
            return false;
        }
        if text[..at].trim_end_matches(is_space).chars().next_back().map_or(true, is_line_break) {
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
        let mut pos = self.decided_to;
        let para = loop {
            let (para, next) = paragraph(text, pos);
            match next {
                Some(next) if !para.last().is_some_and(|l| l.brk >= at) => pos = next,
                _ => break para,
            }
        };
        // Past the break at `at` (whole characters: `decided_to` is where the next scan starts).
        self.decided_to = para.last().map_or(text.len(), |l| l.brk).max(at + break_len(text, at).max(1));
        let width = wrap_width(text, &para).or_else(|| {
            // A paragraph of two lines shows no width of its own: the document's may do.
            let widest = para.iter().map(|l| l.width).max().unwrap_or(0);
            self.document_width(text).filter(|&w| widest <= w)
        });
        self.judge(text, &para, width);
    }

    /// The width the document is wrapped at, found once from all its short-lined
    /// paragraphs together: an article of two-line paragraphs shows it only as a whole.
    fn document_width(&mut self, text: &str) -> Option<usize> {
        *self.doc_width.get_or_insert_with(|| {
            let mut lines = Vec::new();
            let mut pos = 0;
            loop {
                let (para, next) = paragraph(text, pos);
                if para.iter().all(|l| l.width <= MAX_WIDTH) {
                    lines.extend(para);
                    lines.push(Line { text: 0..0, width: 0, brk: 0 }); // keeps paragraphs apart
                }
                match next {
                    Some(next) => pos = next,
                    None => break,
                }
            }
            wrap_width(text, &lines)
        })
    }

    /// Marks the soft breaks of `para`, wrapped at `width` or not wrapped (`None`).
    fn judge(&mut self, text: &str, para: &[Line], width: Option<usize>) {
        let line = |l: &Line| &text[l.text.clone()];
        // A dash or number opening a line marks a list item, unless the line before is full
        // and no other line of the paragraph opens with one: then the wrapper moved a dash
        // (`- the highest since 1971`) or a sentence's last number (`at the age of⏎27.`) down.
        let list_lines = para.iter().filter(|l| starts_list_item(line(l))).count();
        let mut block_starts_lower = para.first().is_some_and(|l| starts_lower(line(l)));
        for p in para.windows(2) {
            let (a, b) = (line(&p[0]), line(&p[1]));
            let mid_clause = !ends_clause(a);
            let soft = match width {
                Some(width) => {
                    let full = p[0].width + 1 + first_word(b) > near_full(width);
                    (!starts_list_item(b) || full && list_lines == 1 && !starts_with_bullet(b))
                        && (full
                            || mid_clause && starts_lower(b) && p[0].width * 3 >= width * 2
                            || ends_on_function_word(a))
                }
                None => {
                    // A headline in title case then a byline or a lower-case line: two blocks.
                    let goes_on = starts_lower(b) && !block_starts_lower && !is_title_case(a) && !is_byline(b);
                    !starts_list_item(b)
                        && mid_clause
                        && !a.ends_with(':')
                        && !code_line(a)
                        && (goes_on || ends_on_function_word(a))
                }
            };
            if soft {
                self.soft.push(p[0].brk);
            } else {
                block_starts_lower = starts_lower(b);
            }
        }
    }
}

/// The paragraph at or after `pos` (blank lines skipped): its lines, and where the next
/// one may start (`None` at the end of the text).
fn paragraph(text: &str, mut pos: usize) -> (Vec<Line>, Option<usize>) {
    let mut para = Vec::new();
    if !text.is_char_boundary(pos) {
        return (para, None);
    }
    loop {
        let brk = next_break(text, pos);
        let line = &text[pos..brk];
        let blank = line.trim().is_empty();
        if !blank {
            let lead = line.len() - line.trim_start().len();
            let end = pos + line.trim_end().len();
            let width = text[pos..end].chars().count();
            para.push(Line { text: pos + lead..end, width, brk });
        }
        if brk == text.len() {
            return (para, None);
        }
        let next = brk + break_len(text, brk);
        if blank && !para.is_empty() || text[brk..].starts_with('\u{2029}') {
            return (para, Some(next));
        }
        pos = next;
    }
}

/// Offset of the first line break at or after `from`, or the end of the text: a byte scan
/// for `\n`, `\r` and the lead bytes of NEL, U+2028 and U+2029.
fn next_break(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(k) = bytes[i..].iter().position(|&b| matches!(b, b'\n' | b'\r' | 0xC2 | 0xE2)) {
        if break_len(text, i + k) > 0 {
            return i + k;
        }
        i += k + 1;
    }
    text.len()
}

/// Wrapped text is at most this wide; a longer line is a paragraph on one line.
const MAX_WIDTH: usize = 120;

/// The width `lines` are wrapped at, if they are: 30–120 columns, at least two lines (and
/// half of those followed by another) full to within an eighth of the widest, and
/// some line going on in lower case (a list of headlines of like length is not wrapped).
/// An empty line stands between paragraphs.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let width = lines.iter().map(|l| l.width).max()?;
    let line = |l: &Line| &text[l.text.clone()];
    let (mut full, mut lower, mut prose) = (0, 0, 0);
    for p in lines.windows(2).filter(|p| p[0].width > 0 && p[1].width > 0) {
        let next = line(&p[1]);
        full += usize::from(p[0].width + 1 + first_word(next) > near_full(width));
        lower += usize::from(starts_lower(next));
        // Short list items after their introduction do not count against the evidence.
        prose += usize::from(!starts_list_item(next));
    }
    ((30..=MAX_WIDTH).contains(&width) && full >= 2 && full * 2 >= prose && lower >= 1).then_some(width)
}

/// A line this wide is full: the next word would not have fitted (an optimal-fit wrapper
/// like `fmt` leaves lines somewhat short of the width).
fn near_full(width: usize) -> usize {
    width - width / 8
}

fn first_word(line: &str) -> usize {
    line.split_whitespace().next().map_or(0, |w| w.chars().count())
}

/// A bullet symbol, never a wrapped word.
fn starts_with_bullet(line: &str) -> bool {
    line.starts_with(BULLETS)
}

const BULLETS: [char; 7] = ['•', '◦', '‣', '⁃', '▪', '·', '►'];

/// The first letter, past opening quotes and brackets, is lower case.
fn starts_lower(line: &str) -> bool {
    line.trim_start_matches(['"', '\'', '“', '‘', '«', '(', '[']).chars().next().is_some_and(char::is_lowercase)
}

/// The line ends a sentence or clause: terminal punctuation, possibly inside closing marks.
fn ends_clause(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']).ends_with(['.', '!', '?', '…', ';', '。', '！', '？'])
}

/// `int main() {`, `$ wasmer run hello.wasm`, `// add.c`: a line of a code block (a page's
/// `<pre>`), opening a block or a shell command or comment, whose break is a line's end.
fn code_line(line: &str) -> bool {
    line.ends_with('{') || line.starts_with("$ ") || line.starts_with("// ")
}

/// `Tech Industry`, `This Post Is Locked`: every word of four letters or more capitalised,
/// and at least two of them.
fn is_title_case(line: &str) -> bool {
    let mut long = line.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    let mut n = 0;
    long.all(|w| {
        n += 1;
        w.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with(char::is_uppercase)
    }) && n >= 2
}

/// `by Ellie Hall`: a byline under a headline.
fn is_byline(line: &str) -> bool {
    line.strip_prefix("by ").is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// Words a sentence or headline does not end on: the line breaks mid-phrase.
fn ends_on_function_word(line: &str) -> bool {
    const WORDS: [&str; 22] = [
        "a", "an", "the", "of", "to", "and", "but", "or", "nor", "for", "with", "from", "by", "at", "into", "onto",
        "than", "its", "their", "our", "my", "your",
    ];
    WORDS.contains(&line.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
}

/// A bullet (`- `, `• `) or an enumerator (`1.`, `2)`, `a)`, `(iv)`) opens the line.
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => return true,
        Some('-' | '*' | '–' | '—' | '>' | '+') => return chars.next().map_or(true, char::is_whitespace),
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
