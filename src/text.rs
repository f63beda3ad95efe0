//! Small text helpers the stages share: words with their byte offsets.

use std::ops::Range;

/// A word: a run of letters, digits, apostrophes and hyphens inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
}

impl Word {
    /// The word's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// True when the word starts with an uppercase letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words of `text[range]`, with offsets into `text`. Inner apostrophes, hyphens and
/// periods between letters (“don't”, “long-standing”, “U.S”) stay inside a word.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = slice.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '\u{2011}')
            && start.is_some()
            && it.peek().is_some_and(|&(_, n)| is_word_char(n));
        if joins {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word { start: range.start + s, end: range.start + i });
        }
    }
    if let Some(s) = start {
        out.push(Word { start: range.start + s, end: range.end });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks() {
        let t = "U.S. Vice-President don’t “win”, 3.5%";
        let w: Vec<&str> = words(t, 0..t.len()).iter().map(|w| w.text(t)).collect();
        assert_eq!(w, ["U.S", "Vice-President", "don’t", "win", "3.5"]);
    }
}
