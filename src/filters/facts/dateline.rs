//! Datelines at the head of a wire story: [`parse_dateline`].
//!
//! Forms read: "PARIS (AFP) -", "Moscou (AFP) –", "WASHINGTON (Reuters) —",
//! "Paris, 21 déc. 2015 (AFP) -", "SAINT-DENIS (AFP) - ", "LONDRES -" (a city in capitals and
//! a dash), and "Londres - " (a capitalised place and a dash) when the caller knows the story
//! is wire copy.

use once_cell::sync::Lazy;
use regex::Regex;

/// `City[, date] (Agency) -`.
static WITH_AGENCY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{L}'’.\- ]{1,40}?)(?:\s*,\s*[^()\n]{1,40}?)?\s*\((?P<ag>[\p{L}. /\-]{2,30})\)\s*[-–—:]\s*")
        .unwrap_or_else(super::bad_pattern)
});

/// `CITY -` in capitals.
static CAPS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Lu}'’.\- ]{1,30}?)\s+[-–—]\s+\p{Lu}")
        .unwrap_or_else(super::bad_pattern)
});

/// `City -` (1–3 capitalised words).
static PLACE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?P<place>\p{Lu}[\p{Ll}'’\-]+(?:[ \-](?:\p{Lu}[\p{Ll}'’\-]+|sur|sous|en|de|la|le|les|du)){0,3})\s+[-–—]\s+\p{Lu}")
        .unwrap_or_else(super::bad_pattern)
});

/// The dateline at the head of `text`: the dateline as printed without its trailing dash
/// ("PARIS (AFP)"), and the byte length of the prefix it takes (dash and space included).
/// `wire`: the article is known to be agency copy, so a plain "Londres - " counts too.
///
/// ```
/// use newsclean::filters::facts::parse_dateline;
/// let t = "PARIS (AFP) - Le gouvernement a annoncé lundi …";
/// let (d, len) = parse_dateline(t, false).unwrap();
/// assert_eq!(d, "PARIS (AFP)");
/// assert_eq!(&t[len..], "Le gouvernement a annoncé lundi …");
/// ```
pub fn parse_dateline(text: &str, wire: bool) -> Option<(String, usize)> {
    // Every form fits in the first 200 bytes: the patterns need not see the paragraph.
    let cut = (200..=text.len().min(203))
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let text = text.get(..cut).unwrap_or(text);
    // Every pattern opens with `^\p{Lu}`, and a letter of that category is an upper-case
    // character for `char::is_uppercase` (the Uppercase property holds all of Lu): a text
    // that opens otherwise (most paragraphs open with a capital, but quotes, digits and
    // dashes do not) runs no pattern.
    let mut chars = text.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    // Cheap tests first: the agency form needs a closing parenthesis followed by a dash or
    // a colon (see `may_close_agency`), the others a dash between spaces.
    if let Some(c) = may_close_agency(text)
        .then(|| WITH_AGENCY.captures(text))
        .flatten()
    {
        let ag = c.name("ag")?.as_str();
        let known = super::credit::parse_credit(ag).is_some()
            || ag
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let place_ok = c.name("place").is_some_and(|p| {
            p.as_str()
                .split([' ', '-'])
                .filter(|w| !w.is_empty())
                .all(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(
                            w,
                            "de" | "la"
                                | "le"
                                | "les"
                                | "sur"
                                | "sous"
                                | "en"
                                | "du"
                                | "des"
                                | "upon"
                                | "on"
                        )
                })
        });
        if known && place_ok {
            let m = c.get(0)?;
            let d = m
                .as_str()
                .trim_end()
                .trim_end_matches(['-', '–', '—', ':'])
                .trim_end();
            return Some((d.to_owned(), m.end()));
        }
    }
    if !has_spaced_dash(text) {
        return None;
    }
    // [`CAPS`] reads a second character of `[\p{Lu}'’.\- ]` (its place takes at least two),
    // [`PLACE`] one of `[\p{Ll}'’\-]`: a text whose second character is neither runs neither.
    let second = chars.next();
    let caps_may = second.is_some_and(may_follow_in_caps);
    let place_may = wire && second.is_some_and(may_follow_in_place);
    let c = caps_may
        .then(|| CAPS.captures(text))
        .flatten()
        .filter(|c| {
            c.name("place")
                .is_some_and(|p| p.as_str().chars().filter(|c| c.is_alphabetic()).count() >= 3)
        })
        .or_else(|| {
            if place_may {
                PLACE.captures(text)
            } else {
                None
            }
        })?;
    let place = c.name("place")?;
    let rest = &text[place.end()..];
    let dash = rest.find(['-', '–', '—'])?;
    let after = &rest[dash..];
    let dash_len = after.chars().next()?.len_utf8();
    let ws = after[dash_len..].len() - after[dash_len..].trim_start().len();
    Some((
        place.as_str().trim().to_owned(),
        place.end() + dash + dash_len + ws,
    ))
}

/// Whether `c` may be the second character of a [`CAPS`] match (`[\p{Lu}'’.\- ]`: Lu is
/// part of the Uppercase property that `char::is_uppercase` reads).
fn may_follow_in_caps(c: char) -> bool {
    c.is_uppercase() || matches!(c, '\'' | '’' | '.' | '-' | ' ')
}

/// Whether `c` may be the second character of a [`PLACE`] match (`[\p{Ll}'’\-]`: Ll is
/// part of the Lowercase property that `char::is_lowercase` reads).
fn may_follow_in_place(c: char) -> bool {
    c.is_lowercase() || matches!(c, '\'' | '’' | '-')
}

/// Whether `text` holds a ')' followed by white space (any amount) and then '-', '–', '—'
/// or ':': [`WITH_AGENCY`] matches `\)\s*[-–—:]` after the agency, so a text without it
/// has no match (`char::is_whitespace` is the White_Space property, as `\s` is).
fn may_close_agency(text: &str) -> bool {
    memchr::memchr_iter(b')', text.as_bytes()).any(|i| {
        text.get(i + 1..)
            .is_some_and(|r| r.trim_start().starts_with(['-', '–', '—', ':']))
    })
}

/// Whether `text` holds a dash with white space on both sides (`\s+[-–—]\s+`): the dashes
/// found by their bytes (memchr), the characters around each decoded.
fn has_spaced_dash(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'-', 0xE2, b).any(|i| {
        let len = match b.get(i..i + 3) {
            _ if b.get(i) == Some(&b'-') => 1,
            // U+2013 '–', U+2014 '—'.
            Some([0xE2, 0x80, 0x93 | 0x94]) => 3,
            _ => return false,
        };
        let before = text.get(..i).and_then(|t| t.chars().next_back());
        let after = text.get(i + len..).and_then(|t| t.chars().next());
        before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_dash_byte_scan_is_the_char_scan() {
        fn by_chars(text: &str) -> bool {
            let mut prev_space = false;
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if prev_space
                    && matches!(c, '-' | '–' | '—')
                    && chars.peek().is_some_and(|n| n.is_whitespace())
                {
                    return true;
                }
                prev_space = c.is_whitespace();
            }
            false
        }
        for t in [
            "",
            "-",
            " - ",
            "a - b",
            "a -b",
            "a- b",
            "PARIS – Le",
            "PARIS\u{a0}—\u{a0}Le",
            "x\u{202f}–\u{2003}y",
            "x —y",
            "x—y",
            "é - é",
            "’ – ’",
            "a-b - c",
            "– a",
            "a –",
            "a\t-\nb",
            "x \u{2012} y",
        ] {
            assert_eq!(has_spaced_dash(t), by_chars(t), "{t:?}");
        }
    }

    /// The character tests in front of the patterns never hide a match of them.
    #[test]
    fn gates_never_hide_a_match() {
        let hand = "PARIS (AFP) - Le\nMoscou (AFP) – Les\nWASHINGTON (Reuters) — The\n\
            SAINT-DENIS (AFP) - Un\nParis, 21 déc. 2015 (AFP) - Le\nLONDRES - Manchester\n\
            Londres - Manchester\nÉVRY (AFP)\u{a0}-\u{a0}Un\nL'HAY-LES-ROSES - Un\n\
            L’Haÿ-les-Roses - Un\nO'Brien - The\nA. B. - C\nNew York (AP) : The\n\
            Rio de Janeiro (AFP)\u{202f}—\u{202f}Le\nΑΘΗΝΑ (AFP) - Η\nİZMIR (AFP) - Un\n\
            ǅemal (AFP) - Un\nÀ Paris (AFP) - Le\nPARIS (AFP)-Le\nPARIS (AFP):Le\n\
            Il a dit (AFP) - non\n(AFP) - Le\n« PARIS - Le\nSaint-Étienne - Le\n\
            Aix-en-Provence – La\nRio de Janeiro - Le\nNEW YORK - The\nBÉZIERS — Un\n\
            Évry-Courcouronnes - Une\nÅland - Le\nOSLO - Le";
        let mut seen = [0usize; 3];
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            let mut chars = line.chars();
            let first = chars.next().is_some_and(char::is_uppercase);
            let second = chars.next();
            if WITH_AGENCY.is_match(line) {
                seen[0] += 1;
                assert!(first && may_close_agency(line), "{line}");
            }
            if CAPS.is_match(line) {
                seen[1] += 1;
                assert!(first && second.is_some_and(may_follow_in_caps), "{line}");
            }
            if PLACE.is_match(line) {
                seen[2] += 1;
                assert!(first && second.is_some_and(may_follow_in_place), "{line}");
            }
        }
        assert!(seen.iter().all(|&n| n >= 6), "{seen:?}");
    }

    #[test]
    fn forms() {
        let table: &[(&str, bool, Option<&str>)] = &[
            (
                "PARIS (AFP) - Le gouvernement a annoncé",
                false,
                Some("PARIS (AFP)"),
            ),
            (
                "Moscou (AFP) – Les deux ministres",
                false,
                Some("Moscou (AFP)"),
            ),
            (
                "WASHINGTON (Reuters) — The president said",
                false,
                Some("WASHINGTON (Reuters)"),
            ),
            (
                "SAINT-DENIS (AFP) - Un incendie",
                false,
                Some("SAINT-DENIS (AFP)"),
            ),
            (
                "Paris, 21 déc. 2015 (AFP) - Le texte",
                false,
                Some("Paris, 21 déc. 2015 (AFP)"),
            ),
            ("LONDRES - Manchester United a raté", false, Some("LONDRES")),
            ("Londres - Manchester United a raté", true, Some("Londres")),
            ("Londres - Manchester United a raté", false, None),
            // Not datelines.
            ("Emmanuel Macron (LREM) a dit", false, None),
            ("Le ministre - qui était là - a dit", true, None),
            ("Il a dit (AFP) - non", false, None),
            ("", false, None),
        ];
        for (text, wire, want) in table {
            let got = parse_dateline(text, *wire);
            assert_eq!(got.as_ref().map(|x| x.0.as_str()), *want, "{text:?}");
            if let Some((_, len)) = got {
                assert!(text.is_char_boundary(len));
                assert!(text[len..].starts_with(char::is_uppercase), "{text:?}");
            }
        }
    }
}
