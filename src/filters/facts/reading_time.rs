//! Declared reading time: [`parse_reading_time`], [`find_reading_time`].
//!
//! Forms read, French and English: "1 min de lecture", "Lecture : 3 min", "Temps de Lecture
//! 4 min.", "Temps de lecture : 4 minutes", "Durée de lecture : 5 mn", "Lecture 5 mn",
//! "⏱ 2 min", "3 minutes de lecture", "3 min read", "3-minute read", "Reading time: 4
//! minutes", "Read time 4 min", and any of these glued to a byline or a date line. A label
//! with no value ("Temps de lecture :", filled by JavaScript on the page) is recognised as a
//! reading-time line whose value is unknown, never 0.

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::filters::gate::Gated;

/// The patterns below hold `\b`, which keeps the lazy DFA off French lines: they are
/// [`Gated`] (the same matches, found from where the pattern without `\b` finds one).
const UNIT: &str =
    r"(?P<u>minutes?|mins?\.?|mn\.?|min\.?|m|secondes?|seconds?|secs?\.?|s|heures?|hours?|h)";

static LABEL_FIRST: Lazy<Gated> = Lazy::new(|| {
    Gated::new(&format!(
        r"(?i)(?:\b(?:temps|dur[ée]e)\s+(?:de\s+|d['’])?lecture|\blecture|\breading\s+time|\bread(?:ing)?\s+time|\btime\s+to\s+read|\bestimated\s+reading\s+time|⏱\u{{fe0f}}?)(?:\s+estim[ée]e?)?\s*[:：]?\s*(?:(?:environ|env\.|about|approx\.?|~|≈|moins\s+d['’]une?|less\s+than)\s*)?(?P<n>\d{{1,3}})\s*{UNIT}(?:\b|\s|$)\.?"
    ))
});

static VALUE_FIRST: Lazy<Gated> = Lazy::new(|| {
    Gated::new(&format!(
        r"(?i)\b(?P<n>\d{{1,3}})\s*[-‑]?\s*{UNIT}\.?\s+(?:de\s+lecture|d['’]une\s+lecture|[àa]\s+lire|lues?\b|read(?:ing)?\b|to\s+read)"
    ))
});

static EMPTY_LABEL: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b(?:temps|dur[ée]e)\s+(?:de\s+|d['’])lecture\s*[:：]?\s*(?:[-–—|•·]|$)|\breading\s+time\s*[:：]?\s*$",
    )
});

/// Listening, not reading: "Écouter cet article 5 min", "Listen 4 min".
/// A word every reading-time form holds: a cheap test before the full patterns.
/// Whether `text` holds "lectur", "read", "lire", "lue" (in any case) or "⏱": every form
/// holds one. One pass over the bytes, each compared only with the words that can start with
/// it (none of these letters has a non-ASCII case variant).
fn has_keyword(text: &str) -> bool {
    let b = text.as_bytes();
    let at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b'l' => at(i, b"lectur") || at(i, b"lire") || at(i, b"lue"),
        b'r' => at(i, b"read"),
        // "⏱" is 0xE2 0x8F 0xB1 (0xC2 | 0x20 is 0xE2 too).
        0xE2 => at(i, "⏱".as_bytes()),
        _ => false,
    })
}

static LISTEN: Lazy<Gated> = Lazy::new(|| {
    Gated::new(r"(?i)\b(?:[ée]couter|r[ée][ée]couter|listen|audio|podcast|vid[ée]o)\b")
});

/// The value in seconds of a match of [`LABEL_FIRST`] or [`VALUE_FIRST`], read from the
/// matched text rather than from capture groups (finding the match is all the lazy DFA
/// does; the groups would cost a run of the backtracker over it):
///
/// * the number (`n`) is the first run of digits: nothing before it in either pattern is a
///   digit, and `\d{1,3}` takes the whole run (the pattern wants a space, a dash or a unit
///   letter after it);
/// * the unit (`u`) starts at the first character after the number and the spaces and dash
///   that follow it; only that character is read ("s…" seconds, "h…" hours, minutes
///   otherwise).
fn seconds(m: &str) -> Option<u32> {
    let at = m.find(|c: char| c.is_numeric())?;
    let from_number = m.get(at..)?;
    let is_after_number = |c: char| c.is_whitespace() || c == '-' || c == '‑' || c.is_alphabetic();
    let number_len = from_number
        .find(is_after_number)
        .unwrap_or(from_number.len());
    let n: u32 = from_number.get(..number_len)?.parse().ok()?;
    let unit = from_number
        .get(number_len..)?
        .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '‑')
        .chars()
        .next()?;
    let u = unit.to_lowercase().next()?;
    let secs = if u == 's' {
        n
    } else if u == 'h' {
        n.checked_mul(3600)?
    } else {
        n.checked_mul(60)?
    };
    // 0 is not a reading time; neither is more than three hours.
    (1..=3 * 3600).contains(&secs).then_some(secs)
}

/// Finds a declared reading time in `text`: the byte range it covers, and its value in
/// seconds (`None` for a label with no value). `None` when the text declares none.
///
/// ```
/// use newsclean::filters::facts::find_reading_time;
/// let t = "Par E. NURDIN - 05:01 - Temps de lecture : 4 min";
/// let (range, secs) = find_reading_time(t).unwrap();
/// assert_eq!(&t[range], "Temps de lecture : 4 min");
/// assert_eq!(secs, Some(240));
/// ```
pub fn find_reading_time(text: &str) -> Option<(Range<usize>, Option<u32>)> {
    if !has_keyword(text) || LISTEN.is_match(text) {
        return None;
    }
    let a = LABEL_FIRST.find(text);
    let b = VALUE_FIRST.find(text);
    let m = match (a, b) {
        (Some(a), Some(b)) => {
            if b.start() < a.start() {
                b
            } else {
                a
            }
        }
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => {
            let m = EMPTY_LABEL.find(text)?;
            let s = m.as_str();
            let end = m.start() + s.trim_end_matches(['-', '–', '—', '|', '•', '·']).len();
            return Some((m.start()..end, None));
        }
    };
    let secs = seconds(m.as_str())?;
    let end = m.start() + m.as_str().trim_end().len();
    Some((m.start()..end, Some(secs)))
}

/// The declared reading time of `text` in seconds, or `None` when it declares none (or
/// declares it with no value).
///
/// ```
/// use newsclean::filters::facts::parse_reading_time;
/// assert_eq!(parse_reading_time("1 min de lecture"), Some(60));
/// assert_eq!(parse_reading_time("Reading time: 4 minutes"), Some(240));
/// assert_eq!(parse_reading_time("Temps de lecture :"), None);
/// ```
pub fn parse_reading_time(text: &str) -> Option<u32> {
    find_reading_time(text).and_then(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Captures;

    /// The gated patterns find what the patterns themselves find.
    #[test]
    fn gated_patterns_match_as_the_patterns() {
        let hand = "Temps de lecture : 4 min\nLecture 3 min.\n5 min de lecture\nREADING TIME 2 MIN\n\
            Écouter cet article 5 min\nécoutez\nTemps de lecture :\nreading time\n\
            Durée de lecture\u{a0}: 12\u{a0}minutes\n⏱ 3 min\n10-min read\nvidéos 3 min de lecture\n\
            Par E. NURDIN - 05:01 - Temps de lecture : 4 min\nla lecturette 4 minutes";
        let mut matched = 0;
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            for g in [&*LABEL_FIRST, &*VALUE_FIRST, &*EMPTY_LABEL, &*LISTEN] {
                let range = |c: Option<Captures<'_>>| c.and_then(|c| c.get(0)).map(|m| m.range());
                let want = range(g.regex().captures(line));
                matched += usize::from(want.is_some());
                assert_eq!(range(g.captures(line)), want, "{line:?}");
                assert_eq!(g.is_match(line), want.is_some(), "{line:?}");
            }
        }
        assert!(matched >= 12, "{matched}");
    }

    #[test]
    fn keyword_test_is_the_pattern() {
        let re = regex::Regex::new(r"(?i)lectur|read|lire|lue|⏱").unwrap();
        for t in [
            "",
            "l",
            "LECTURE",
            "Lecture",
            "lectu",
            "READ",
            "rea",
            "Lire",
            "LUE",
            "lu",
            "⏱",
            "⏱\u{fe0f} 3 min",
            "\u{2022} x",
            "© r",
            "Temps de lecture : 3 min",
            "bread",
            "Éclire",
            "3 min read",
        ] {
            assert_eq!(has_keyword(t), re.is_match(t), "{t:?}");
        }
    }

    #[test]
    fn forms() {
        let table: &[(&str, Option<u32>)] = &[
            ("1 min de lecture", Some(60)),
            ("Lecture : 3 min", Some(180)),
            ("Lecture\u{a0}: 3\u{a0}min", Some(180)),
            ("Temps de lecture : 4 minutes", Some(240)),
            ("Temps de Lecture 4 min.", Some(240)),
            ("Lecture 5 mn", Some(300)),
            ("Durée de lecture : 6 min", Some(360)),
            ("⏱ 2 min", Some(120)),
            ("3 minutes de lecture", Some(180)),
            ("Temps de lecture estimé : 7 min", Some(420)),
            ("Lecture : environ 8 min", Some(480)),
            ("3 min read", Some(180)),
            ("8 min lues", Some(480)),
            ("3-minute read", Some(180)),
            ("12 min. read", Some(720)),
            ("Reading time: 4 minutes", Some(240)),
            ("Read time: 5 min", Some(300)),
            ("Estimated reading time: 9 minutes", Some(540)),
            ("30 secondes de lecture", Some(30)),
            ("Le 21/12/2015 à 18h30 · 2 min de lecture", Some(120)),
            ("Par Jean Dupont | Lecture 3 min", Some(180)),
            // Malformed or not a reading time.
            ("Temps de lecture :", None),
            ("Temps de lecture : 0 min", None),
            ("Lecture : min", None),
            ("Temps de lecture : 999 h", None),
            ("Écouter cet article 5 min", None),
            ("5 min", None),
            ("01:48", None),
            ("Il a lu 3 livres en un an.", None),
            ("", None),
        ];
        for (text, want) in table {
            assert_eq!(parse_reading_time(text), *want, "{text:?}");
        }
    }

    #[test]
    fn empty_label_is_a_reading_time_line_with_no_value() {
        assert_eq!(
            find_reading_time("Temps de lecture :").map(|x| x.1),
            Some(None)
        );
        let t = "Par E.\u{a0}NURDIN - 05:01 - Temps de lecture :";
        let (r, v) = find_reading_time(t).unwrap();
        assert_eq!(v, None);
        assert_eq!(&t[r], "Temps de lecture :");
        assert_eq!(find_reading_time("Lecture : min"), None);
    }
}
