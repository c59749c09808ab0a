//! Video and audio durations: [`parse_duration`].
//!
//! Forms read: "- 01m48s", "01:48", "1:02:03", "1 min 48 s", "1 min 48", "2'30''", "2′30″",
//! "1 h 02 min", "Durée : 3 min", "Durée : 01:48", "(1:48)", "Vidéo 2:30". A line is a
//! duration only when the duration is all it says (a label, a dash or a bullet aside):
//! "à 18:30" and "16h33" are clock times, "0:00" is a player's position, not a duration.

use once_cell::sync::Lazy;
use regex::{Captures, Regex};

/// The whole line: optional label, then one duration, then nothing else.
static WHOLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r#"(?xi)^
        [\s\-–—•·|▶►⏵]*
        (?:(?P<label>dur[ée]e(?:\s+(?:de\s+l['’]|du\s+|de\s+la\s+|de\s+)?(?:audio|vid[ée]o|podcast|[ée]mission|extrait|son))?|duration|length|vid[ée]o|audio|podcast|[ée]couter|r[ée][ée]couter|listen|watch|play)\s*[:：\-–]?\s*)?
        [(\[]?\s*
        (?:
            (?P<h1>\d{1,2}):(?P<m1>[0-5]\d):(?P<s1>[0-5]\d)
          | (?P<m2>\d{1,3}):(?P<s2>[0-5]\d)
          | (?:(?P<h3>\d{1,2})\s*(?:h|hr|hrs|heures?|hours?)\s*)?(?P<m3>\d{1,3})\s*(?:m|mn|min|mins|minutes?)\.?\s*(?:(?P<s3>[0-5]?\d)\s*(?:s|sec|secs|secondes?|seconds?)?\.?)?
          | (?P<h4>\d{1,2})\s*(?:h|hr|hrs|heures?|hours?)
          | (?P<s5>\d{1,3})\s*(?:s|sec|secs|secondes?|seconds?)\.?
          | (?P<m6>\d{1,3})\s*['′’]\s*(?P<s6>[0-5]?\d)\s*(?:''|″|"|’’|′′)?
        )
        \s*[)\]]?\s*$"#,
    )
    .unwrap_or_else(super::bad_pattern)
});

fn n(c: &Captures<'_>, name: &str) -> u32 {
    c.name(name)
        .and_then(|m| m.as_str().parse().ok())
        .unwrap_or(0)
}

/// The duration a line states, in seconds. `None` when the line says something else, or
/// states a zero duration.
///
/// A bare hour form such as "18h" is read as a clock time, not a duration, unless a label
/// ("Durée :") comes before it. Bare minutes ("5 min") are returned: whether they are a
/// media duration depends on the line's neighbours, which the filter checks.
///
/// ```
/// use newsclean::filters::facts::parse_duration;
/// assert_eq!(parse_duration("- 01m48s"), Some(108));
/// assert_eq!(parse_duration("1:02:03"), Some(3723));
/// assert_eq!(parse_duration("à 18:30"), None);
/// ```
pub fn parse_duration(text: &str) -> Option<u32> {
    // Every form holds a number. A number of other digits than ASCII ones reads as zero
    // (below), and a zero duration is none: without an ASCII digit, no pattern is run.
    if text.len() > 80 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // Most lines asked are no duration: a match test first, which allocates nothing (the
    // groups are only read, and their slots allocated, for a line that is one).
    let t = text.trim();
    if !WHOLE.is_match(t) {
        return None;
    }
    let c = WHOLE.captures(t)?;
    let labelled = c.name("label").is_some();
    let secs = if c.name("s1").is_some() {
        n(&c, "h1") * 3600 + n(&c, "m1") * 60 + n(&c, "s1")
    } else if c.name("s2").is_some() {
        n(&c, "m2") * 60 + n(&c, "s2")
    } else if c.name("m3").is_some() {
        n(&c, "h3") * 3600 + n(&c, "m3") * 60 + n(&c, "s3")
    } else if c.name("h4").is_some() {
        if !labelled {
            return None;
        }
        n(&c, "h4") * 3600
    } else if c.name("s5").is_some() {
        n(&c, "s5")
    } else if c.name("s6").is_some() || c.name("m6").is_some() {
        n(&c, "m6") * 60 + n(&c, "s6")
    } else {
        return None;
    };
    (secs > 0 && secs <= 24 * 3600).then_some(secs)
}

/// Whether `text` is a duration written with a colon and nothing else ("01:48"), a form
/// that a clock time shares: the filter wants media context around such a line.
pub(crate) fn is_bare_colon_form(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == ':')
}

/// Whether `text` is bare minutes ("5 min"), which could be a reading time or a duration.
pub(crate) fn is_bare_minutes(text: &str) -> bool {
    let t = text.trim();
    t.chars().next().is_some_and(|c| c.is_ascii_digit())
        && !t.contains(['s', 'S', ':', '\''])
        && t.split_whitespace().count() <= 2
        && t.to_lowercase().contains('m')
        && !t.to_lowercase().contains("min ")
        && t.len() <= 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let table: &[(&str, Option<u32>)] = &[
            ("- 01m48s", Some(108)),
            ("01m48s", Some(108)),
            ("01:48", Some(108)),
            ("1:48", Some(108)),
            ("1:02:03", Some(3723)),
            ("1 min 48 s", Some(108)),
            ("1\u{a0}min\u{a0}48", Some(108)),
            ("1 min 48 sec", Some(108)),
            ("2'30''", Some(150)),
            ("2′30″", Some(150)),
            ("2'30", Some(150)),
            ("Durée : 3 min", Some(180)),
            ("Durée\u{a0}: 01:48", Some(108)),
            ("Durée : 1 h", Some(3600)),
            ("Durée de l'audio 4:22", Some(262)),
            ("Durée de la vidéo : 2:05", Some(125)),
            ("1 h 02 min", Some(3720)),
            ("(1:48)", Some(108)),
            ("Vidéo - 2:30", Some(150)),
            ("• 45 s", Some(45)),
            ("5 min", Some(300)),
            // Not durations.
            ("0:00", None),
            ("00:00", None),
            ("18h", None),
            ("16h33", None),
            ("à 18:30", None),
            ("Publié à 18:30", None),
            ("1 min de lecture", None),
            ("12:75", None),
            ("le 21/12/2015", None),
            ("Lundi", None),
            ("", None),
            // Other digits than ASCII ones read as zero: no duration.
            ("١:٤٨", None),
            ("Durée : ٣ min", None),
        ];
        for (text, want) in table {
            assert_eq!(parse_duration(text), *want, "{text:?}");
        }
    }

    #[test]
    fn ambiguous_shapes() {
        assert!(is_bare_colon_form("01:48"));
        assert!(!is_bare_colon_form("- 01m48s"));
        assert!(is_bare_minutes("5 min"));
        assert!(!is_bare_minutes("1 min 48 s"));
        assert!(!is_bare_minutes("01m48s"));
    }
}
