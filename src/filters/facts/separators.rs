//! The separator split of [`leftover_words`](super::leftover_words), by hand.
//!
//! The split was `Regex::split` with
//! `(?i)[\s|•·\-–—,:()\[\]/]+|\b(?:le|on|at|à|par|by|et|and|à\s+jour|date|sur|dernière|derni[èe]re\s+mise|publication|posted|last)\b`
//! (kept in the tests as the reference). Its Unicode `\b` made the lazy DFA give up at the
//! first accented letter, so every line ended in the backtracker. This scan does what the
//! regex's leftmost-first search does, one position after the other: a separator character
//! starts a run that takes all the separator characters after it; otherwise a listed word
//! that starts after a non-word character and ends before one (or at an end) is a match.
//!
//! Case-insensitive as `(?i)` is in the regex crate (simple case folding): an ASCII letter
//! matches its capital, `s` also matches 'ſ' (U+017F), 'à' and 'è' their capitals; no other
//! character folds to a letter of these words (checked over all of Unicode when this was
//! written). `\s` is Unicode `White_Space`, which is what [`char::is_whitespace`] tests.
//!
//! The listed words, in the regex's order (leftmost-first: the first one that matches at a
//! position wins): le, on, at, à, par, by, et, and, à jour, date, sur, dernière,
//! derni[èe]re mise, publication, posted, last; [`separator_word_at`] groups them by first
//! letter, in that order. "à jour" and "dernière mise" can never win ("à" and "dernière"
//! come first and end on a boundary there) but are kept, as in the pattern.

use once_cell::sync::Lazy;
use regex::Regex;

/// Whether `c` is in `[\s|•·\-–—,:()\[\]/]`.
fn is_separator_char(c: char) -> bool {
    if c.is_ascii() {
        // ASCII `\s`: U+0009..U+000D and the space.
        matches!(
            c,
            '\t'..='\r' | ' ' | '|' | '-' | ',' | ':' | '(' | ')' | '[' | ']' | '/'
        )
    } else {
        matches!(c, '•' | '·' | '–' | '—') || c.is_whitespace()
    }
}

/// Unicode `\w` as the regex crate reads it, for characters outside ASCII.
static WORD_CHAR: Lazy<Regex> = Lazy::new(|| Regex::new(r"\w").unwrap_or_else(super::bad_pattern));

/// Whether `c` is a word character for `\b` (Unicode `\w`).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        let mut buf = [0u8; 4];
        WORD_CHAR.is_match(c.encode_utf8(&mut buf))
    }
}

/// Whether text character `c` matches pattern letter `p` (a lower-case letter of a listed word)
/// under `(?i)`.
fn folds_to(c: char, p: char) -> bool {
    c == p
        || match p {
            's' => c == 'S' || c == 'ſ',
            'a'..='z' => c == p.to_ascii_uppercase(),
            'à' => c == 'À',
            'è' => c == 'È',
            _ => false,
        }
}

/// The length of `word` (a space standing for `\s+`) matched at the start of `text`, before a
/// non-word character or the end.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let mut rest = text.char_indices().peekable();
    for p in word.chars() {
        if p == ' ' {
            // `\s+`: at least one, then all of them.
            if !rest.next().is_some_and(|(_, c)| c.is_whitespace()) {
                return None;
            }
            while rest.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
        } else if !rest.next().is_some_and(|(_, c)| folds_to(c, p)) {
            return None;
        }
    }
    match rest.next() {
        None => Some(text.len()),
        Some((i, c)) => (!is_word_char(c)).then_some(i),
    }
}

/// The length of the listed word matched at the start of `text` (the text before it ends on
/// a non-word character), if any. Only the words that start with the first letter of `text`
/// are tried, in the pattern's order (see the module's list). A space stands for `\s+`.
fn separator_word_at(text: &str) -> Option<usize> {
    let candidates: &[&str] = match text.as_bytes().first()?.to_ascii_lowercase() {
        b'l' => &["le", "last"],
        b'o' => &["on"],
        b'a' => &["at", "and"],
        b'p' => &["par", "publication", "posted"],
        b'b' => &["by"],
        b'e' => &["et"],
        b'd' => &["date", "dernière", "dernière mise", "derniere mise"],
        // 'ſ' (0xC5 0xBF) folds to 's'.
        b's' | 0xC5 => &["sur"],
        // 'à', 'À' (0xC3 0xA0, 0xC3 0x80).
        0xC3 => &["à", "à jour"],
        _ => return None,
    };
    candidates.iter().find_map(|w| word_at(text, w))
}

/// The number of parts of `text` that hold an alphanumeric character, when `text` is split
/// on the separators (what `SEPARATORS.split(text).filter(|w| w.chars().any(char::is_alphanumeric)).count()`
/// gave).
///
/// Each separator character ends a part: a run of them makes empty parts in between, which
/// hold nothing and so count for nothing, as the run did. ASCII bytes are read as they are;
/// other characters are decoded.
pub(super) fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut part_has_alnum = false;
    // The character before position `i`, for `\b`.
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let (c, len) = if byte.is_ascii() {
            (char::from(byte), 1)
        } else {
            match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        if is_separator_char(c) {
            count += usize::from(part_has_alnum);
            part_has_alnum = false;
            prev = Some(c);
            i += len;
            continue;
        }
        // A listed word, after a non-word character (`\b`: every listed word starts with a
        // letter). Inside an ASCII word no word is looked for; the word-ness of a character
        // outside ASCII is asked only when a word matches after it.
        let may_start = prev.is_none_or(|p| !p.is_ascii() || !is_word_char(p));
        let word = if may_start {
            text.get(i..)
                .and_then(separator_word_at)
                .filter(|_| prev.is_none_or(|p| !is_word_char(p)))
        } else {
            None
        };
        if let Some(word_len) = word {
            count += usize::from(part_has_alnum);
            part_has_alnum = false;
            i += word_len;
            prev = text.get(..i).and_then(|before| before.chars().next_back());
            continue;
        }
        part_has_alnum |= if byte.is_ascii() {
            byte.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        prev = Some(c);
        i += len;
    }
    count + usize::from(part_has_alnum)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern this module replaces.
    fn reference(text: &str) -> usize {
        static SEPARATORS: Lazy<Regex> = Lazy::new(|| {
            Regex::new(r"(?i)[\s|•·\-–—,:()\[\]/]+|\b(?:le|on|at|à|par|by|et|and|à\s+jour|date|sur|dernière|derni[èe]re\s+mise|publication|posted|last)\b").unwrap()
        });
        SEPARATORS
            .split(text)
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    }

    #[test]
    fn counts_as_the_regex_split_does() {
        for text in [
            "",
            " ",
            "Publié le 21/12/2015 à 18h30",
            "Par Jean Dupont et Marie Durand",
            "LE MONDE | Mis à jour le 3 mars",
            "Dernière mise à jour : 12h",
            "derniere   mise à jour",
            "DERNIERE\u{a0}MISE",
            "dernièremise",
            "Posted on March 3, by staff",
            "ſur la table", // 'ſ' folds to 's'
            "le-monde à\u{202f}Paris",
            "l’le l'et x'le'y",
            "éle élé leé _le le_ 2le le2",
            "À jour, À Paris, à l’heure",
            "«\u{a0}le\u{a0}»",
            "le le le",
            "lele onon",
            "Sur—sur–sur·sur•sur",
            "PUBLICATION : le 3 • LAST updated",
            "date:date/date[date]",
            "and andy sand",
            "café·le ·é",
            "le\u{301} cafe\u{301} le",
            "par\u{200d}",
            "x le\u{2028}y",
        ] {
            assert_eq!(count_words(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn separator_words_go_and_other_words_stay() {
        assert_eq!(count_words("Publié le 21/12/2015 à 18h30"), 5);
        assert_eq!(count_words("Par Jean Dupont et Marie Durand"), 4);
        assert_eq!(count_words("Dernière mise à jour"), 2);
        assert_eq!(count_words("derniere mise à jour"), 1);
        assert_eq!(count_words("x'le'y"), 2);
    }
}
