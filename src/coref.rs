//! Who "he", "she" or "the minister" stands for: the nearest earlier named person that
//! fits. People are found in one pass over the text: title + name runs ("Vice President
//! J.D. Vance"), two- or three-word capitalised names that are not places or
//! organisations, and later surname-only mentions of a person already seen ("Vance").
//! Each person keeps its longest name and a cheap gender guess (titles, the next pronoun).

use crate::lexicon::entries;
use crate::np::{self, Gap, FEMALE, MALE, ROLE};
use crate::text::{words, Word};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

fn not_people() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| entries(include_str!("lexicon/not_people.txt")).collect())
}

fn not_person_word(w: &str) -> bool {
    w.len() <= 24 && not_people().contains(w.to_ascii_lowercase().as_str())
}

/// One person: the longest name seen and gender votes (male minus female).
#[derive(Debug, Default)]
struct Person {
    name: (usize, usize),
    gender: i32,
}

/// A mention of a person in the text.
#[derive(Debug, Clone, Copy)]
struct Seen {
    /// One past the mention's last byte.
    end: usize,
    /// Byte span of its titles ("Vice President"), when it has any.
    title: Option<(usize, usize)>,
    person: usize,
}

/// The people of one text, for resolving pronouns and role nouns.
#[derive(Debug, Default)]
pub(crate) struct People {
    persons: Vec<Person>,
    seen: Vec<Seen>,
}

impl People {
    /// Finds the people named in `text`.
    pub(crate) fn new(text: &str) -> People {
        let ws = words(text, 0..text.len());
        let mut people = People::default();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut i = 0;
        while i < ws.len() {
            if !np::is_caps(text, ws[i]) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < ws.len() && np::gap(text, &ws, j) == Gap::Space && np::is_caps(text, ws[j + 1]) && j - i < 6 {
                j += 1;
            }
            people.run(text, &ws, i, j, &mut by_key);
            i = j + 1;
        }
        people
    }

    /// Records the capitalised run `ws[i..=j]` if it names a person.
    fn run(&mut self, text: &str, ws: &[Word], i: usize, j: usize, by_key: &mut HashMap<String, usize>) {
        let word = |k: usize| &text[ws[k].start..ws[k].end];
        let last_title = (i..=j).rev().find(|&k| np::class(word(k)) & ROLE != 0);
        let name_from = last_title.map_or(i, |t| t + 1);
        // Skip sentence-initial function words ("But", "The") in front of a name.
        let mut name_from = name_from;
        while name_from <= j && np::class(word(name_from)) & (np::STOP | np::DET | np::SUBJ | np::AUX | np::PREP | np::TIME) != 0 {
            name_from += 1;
        }
        if name_from > j || (name_from..=j).any(|k| not_person_word(word(k))) {
            return;
        }
        let surname = word(j).trim_end_matches("’s").trim_end_matches("'s");
        let key = surname.to_lowercase();
        let n = j + 1 - name_from;
        let known = by_key.get(&key).copied();
        if last_title.is_none() && known.is_none() && !(2..=3).contains(&n) {
            return;
        }
        let person = *by_key.entry(key).or_insert_with(|| {
            self.persons.push(Person::default());
            self.persons.len() - 1
        });
        let p = &mut self.persons[person];
        let (ns, ne) = (ws[name_from].start, ws[j].end - (word(j).len() - surname.len()));
        if ne - ns > p.name.1 - p.name.0 {
            p.name = (ns, ne);
        }
        if let Some(t) = last_title {
            let c = np::class(word(t));
            p.gender += i32::from(c & MALE != 0) * 3 - i32::from(c & FEMALE != 0) * 3;
        }
        p.gender += next_pronoun(text, ws, j);
        let title = last_title.map(|t| (ws[i].start, ws[t].end));
        self.seen.push(Seen { end: ws[j].end, title, person });
    }

    /// The person a pronoun at byte `at` stands for: the nearest earlier one whose gender
    /// fits ("he" → not clearly female). `None` for other pronouns.
    pub(crate) fn pronoun(&self, text: &str, at: usize, pronoun: &str) -> Option<String> {
        let want: i32 = match pronoun.to_ascii_lowercase().as_str() {
            "he" | "him" | "his" => 1,
            "she" | "her" => -1,
            _ => return None,
        };
        let upto = self.seen.partition_point(|s| s.end <= at);
        self.seen[..upto]
            .iter()
            .rev()
            .take(40)
            .map(|s| &self.persons[s.person])
            .find(|p| p.gender * want >= 0)
            .and_then(|p| text.get(p.name.0..p.name.1))
            .map(str::to_string)
    }

    /// The person a role noun at byte `at` stands for ("the Vice President" → the person
    /// last introduced as "Vice President …").
    pub(crate) fn role(&self, text: &str, at: usize, role: &str) -> Option<String> {
        let role = strip_determiner(role);
        if role.is_empty() || np::class(role.rsplit(' ').next().unwrap_or(role)) & ROLE == 0 {
            return None;
        }
        let upto = self.seen.partition_point(|s| s.end <= at);
        self.seen[..upto]
            .iter()
            .rev()
            .filter_map(|s| Some((s, text.get(s.title?.0..s.title?.1)?)))
            .find(|(_, title)| ends_with_role(title, role))
            .and_then(|(s, _)| text.get(self.persons[s.person].name.0..self.persons[s.person].name.1))
            .map(str::to_string)
    }
}

fn strip_determiner(s: &str) -> &str {
    let s = s.trim();
    for d in ["the ", "The ", "a ", "A ", "this ", "This "] {
        if let Some(r) = s.strip_prefix(d) {
            return r.trim();
        }
    }
    s
}

/// "U.S. Vice President" ends with the role "vice president"; "Vice President" does not
/// end with "president" in the sense of the role (a vice president is not the president).
fn ends_with_role(title: &str, role: &str) -> bool {
    let tl = title.to_ascii_lowercase();
    let rl = role.to_ascii_lowercase();
    let Some(before) = tl.strip_suffix(rl.as_str()) else { return false };
    if !(before.is_empty() || before.ends_with(' ')) {
        return false;
    }
    let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
    !matches!(prev, "vice" | "deputy" | "assistant" | "under" | "lieutenant" | "prime")
}

/// +1 when the next third-person pronoun after word `j` (within a few words, same
/// sentence) is "he/his/him", −1 when "she/her".
fn next_pronoun(text: &str, ws: &[Word], j: usize) -> i32 {
    for k in j + 1..(j + 12).min(ws.len()) {
        if text.get(ws[k - 1].end..ws[k].start).is_some_and(|g| g.contains(['.', '\n', '?', '!'])) {
            return 0;
        }
        match &text[ws[k].start..ws[k].end] {
            "he" | "his" | "him" | "He" | "His" => return 1,
            "she" | "her" | "She" | "Her" => return -1,
            _ => {}
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! t {
        ($name:ident, $text:expr, $kind:ident($word:expr), $want:expr) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let at = text.rfind($word).unwrap();
                let p = People::new(text);
                assert_eq!(p.$kind(text, at, $word).as_deref(), $want, "{p:?}");
            }
        };
    }

    t!(he_is_last_man, "Vice President J.D. Vance spoke. Later he left.", pronoun("he"), Some("J.D. Vance"));
    t!(longest_name_wins, "J.D. Vance spoke. Vance said it. Then he left.", pronoun("he"), Some("J.D. Vance"));
    t!(she_skips_a_man, "Hillary Clinton said her plan works. Mr. Trump disagreed. Then she left.", pronoun("she"), Some("Hillary Clinton"));
    t!(he_skips_a_woman, "Donald Trump spoke. Mrs. Clinton answered. Then he left.", pronoun("he"), Some("Donald Trump"));
    t!(places_are_not_people, "Ted Cruz spoke in South Carolina. Then he left.", pronoun("he"), Some("Ted Cruz"));
    t!(they_is_not_resolved, "Ted Cruz spoke. Then they left.", pronoun("they"), None);
    t!(role_vice_president, "U.S. Vice President J.D. Vance spoke. The Vice President left.", role("The Vice President"), Some("J.D. Vance"));
    t!(role_minister, "Foreign Minister Sergey Lavrov spoke. The minister left.", role("The minister"), Some("Sergey Lavrov"));
    t!(president_is_not_vice_president, "Vice President Joe Biden spoke. The president left.", role("The president"), None);
    t!(unknown_role, "Ted Cruz spoke. The spokesman left.", role("The spokesman"), None);
}
