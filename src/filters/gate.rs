//! Regexes with a cheap gate in front.
//!
//! The `regex` crate's lazy DFA cannot run a Unicode word boundary (`\b`) over a haystack
//! that holds non-ASCII bytes (any French text): such searches fall back to the PikeVM, two
//! orders of magnitude slower per byte. A [`Gated`] regex first runs the same pattern with
//! its word boundaries left out — a pattern that matches wherever the original one does
//! (an assertion only ever removes matches), and that the lazy DFA runs — and runs the
//! original only when that gate matches, which on most lines it does not, and then from
//! where the gate's match starts (the `_at` searches see the text before as context).
//! Results are the original pattern's, always.

use std::borrow::Cow;

use regex::{Captures, Regex};

/// A regex and the same pattern without its word-boundary assertions.
#[derive(Debug)]
pub(crate) struct Gated {
    gate: Regex,
    full: Regex,
}

impl Gated {
    /// Compiles `pattern` and its gate. A pattern that fails to compile matches nothing
    /// (debug builds, and so the tests, stop on it instead).
    pub(crate) fn new(pattern: &str) -> Gated {
        let compiled = Regex::new(&without_word_boundaries(pattern))
            .and_then(|gate| Ok((gate, Regex::new(pattern)?)));
        match compiled {
            Ok((gate, full)) => Gated { gate, full },
            Err(e) => {
                debug_assert!(false, "bad pattern: {e}");
                let never = crate::filters::facts::never();
                Gated {
                    gate: never.clone(),
                    full: never,
                }
            }
        }
    }

    /// Whether the gate matches: `false` proves that the original pattern matches nowhere in
    /// `text`; `true` proves nothing.
    pub(crate) fn may_match(&self, text: &str) -> bool {
        self.gate.is_match(text)
    }

    /// Where the pattern's leftmost match can start at the earliest: the gate's leftmost
    /// start (every match of the pattern is a match of the gate, at the same place).
    fn first_start(&self, text: &str) -> Option<usize> {
        self.gate.find(text).map(|m| m.start())
    }

    /// Same as [`Regex::is_match`] on the original pattern.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.first_start(text)
            .is_some_and(|at| self.full.is_match_at(text, at))
    }

    /// Same as [`Regex::find`] on the original pattern.
    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.full.find_at(text, self.first_start(text)?)
    }

    /// Same as [`Regex::captures`] on the original pattern.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        self.full.captures_at(text, self.first_start(text)?)
    }

    /// Same as [`Regex::captures_iter`] on the original pattern.
    ///
    /// Every match of the pattern starts where a match of the gate starts, so each search
    /// of the pattern begins at the next start of the gate (found by the lazy DFA) rather
    /// than where the previous match ended: the slow engine does not walk the text before
    /// it. `captures_at` keeps the text before the start as context for `\b`.
    pub(crate) fn captures_iter<'t>(&self, text: &'t str) -> Vec<Captures<'t>> {
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(g) = self.gate.find_at(text, from) {
            let Some(c) = self.full.captures_at(text, g.start()) else {
                break;
            };
            let Some(m) = c.get(0) else { break };
            if m.is_empty() {
                // Empty matches follow the iterator's own rules: leave them to it.
                return self.full.captures_iter(text).collect();
            }
            from = m.end();
            out.push(c);
        }
        out
    }

    /// Same as [`Regex::replace_all`] on the original pattern.
    pub(crate) fn replace_all<'t, R: regex::Replacer>(
        &self,
        text: &'t str,
        rep: R,
    ) -> Cow<'t, str> {
        if self.gate.is_match(text) {
            self.full.replace_all(text, rep)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// The original pattern.
    #[cfg(test)]
    pub(crate) fn regex(&self) -> &Regex {
        &self.full
    }
}

/// `pattern` with `\b`, `\B` and `\b{…}` taken out (outside character classes, where they
/// are assertions). Escaped backslashes are kept as they are.
fn without_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    let mut class_depth = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push(c);
                    break;
                };
                if class_depth == 0 && matches!(next, 'b' | 'B') {
                    if chars.peek() == Some(&'{') {
                        for c in chars.by_ref() {
                            if c == '}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
                out.push(c);
                out.push(next);
            }
            '[' => {
                class_depth += 1;
                out.push(c);
                // A `]` right after the opening bracket (or after `^`) is a literal.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_are_taken_out_of_the_gate_only() {
        assert_eq!(
            without_word_boundaries(r"(?i)\bvid[ée]o\b|▶"),
            r"(?i)vid[ée]o|▶"
        );
        assert_eq!(without_word_boundaries(r"\\b[\]a]\Bx"), r"\\b[\]a]x");
        assert_eq!(without_word_boundaries(r"\b{start}mot\b{end}"), "mot");
        assert_eq!(without_word_boundaries(r"[]\b]x"), r"[]\b]x");
    }

    #[test]
    fn gated_matches_as_the_pattern_does() {
        let g = Gated::new(r"(?i)\b(?:vidéo|audio)\b");
        for (text, want) in [
            ("Regarder la vidéo", true),
            ("VIDÉO", true),
            ("les vidéos", false),
            ("audiovisuel", false),
            ("Écouter l'audio.", true),
            ("les vidéos, la vidéo et l'audio, puis la VIDÉO", true),
            ("", false),
        ] {
            assert_eq!(g.is_match(text), want, "{text:?}");
            let all = |c: Vec<Captures<'_>>| -> Vec<_> {
                c.iter()
                    .filter_map(|c| c.get(0))
                    .map(|m| m.range())
                    .collect()
            };
            assert_eq!(
                all(g.captures_iter(text)),
                all(g.regex().captures_iter(text).collect()),
                "{text:?}"
            );
            assert_eq!(g.is_match(text), g.regex().is_match(text), "{text:?}");
            assert_eq!(
                g.captures(text).and_then(|c| c.get(0)).map(|m| m.range()),
                g.regex().find(text).map(|m| m.range())
            );
            assert_eq!(
                g.find(text).map(|m| m.range()),
                g.regex().find(text).map(|m| m.range())
            );
        }
    }
}
