//! The quotation-mark scanner: one pass over the paragraphs, a small stack for nesting,
//! multi-paragraph continuation, and hard bounds so that no input makes it slow or greedy.
//!
//! Pairs found: « … » (with or without no-break spaces), “ … ”, „ … “ / „ … ”, ‹ … ›,
//! ‘ … ’, straight " … " paired within a paragraph, and ' … ' nested in another quote.
//! A French quote continued over paragraphs reopens each new paragraph with « or »; an
//! English one opens each paragraph and closes only in the last. An unclosed mark that is not
//! continued is dropped: it never swallows the rest of the document.

use std::ops::Range;

fn is_mark(c: char, apostrophes: bool) -> bool {
    matches!(c, '«' | '»' | '‹' | '›' | '„' | '“' | '”' | '‘' | '"')
        || (apostrophes && matches!(c, '\'' | '’'))
}

/// The next mark at or after byte `pos` of `para`: « » ‹ › „ “ ” ‘ ", and with `apostrophes`
/// (inside a quote) ' and ’ too. In UTF-8 these are '"', '\'' and the sequences C2 AB, C2 BB
/// and E2 80 xx: a `memchr` for their first bytes, then a look at the bytes after.
#[cfg(test)]
fn next_mark(para: &str, pos: usize, apostrophes: bool) -> Option<(usize, char)> {
    next_mark_with(para, pos, apostrophes, apostrophes)
}

/// [`next_mark`], with ' taken only with `straight` and ’ only with `curly`.
fn next_mark_with(para: &str, pos: usize, straight: bool, curly: bool) -> Option<(usize, char)> {
    let bytes = para.as_bytes();
    let mut i = pos;
    loop {
        let rest = bytes.get(i..)?;
        let mut k = memchr::memchr3(b'"', 0xC2, 0xE2, rest);
        if straight {
            let limit = k.unwrap_or(rest.len());
            if let Some(a) = rest.get(..limit).and_then(|r| memchr::memchr(b'\'', r)) {
                k = Some(a);
            }
        }
        let at = i + k?;
        let c = match bytes.get(at..at + 3).unwrap_or(bytes.get(at..)?) {
            [b'"', ..] => Some('"'),
            [b'\'', ..] => Some('\''),
            [0xC2, 0xAB, ..] => Some('«'),
            [0xC2, 0xBB, ..] => Some('»'),
            [0xE2, 0x80, 0xB9] => Some('‹'),
            [0xE2, 0x80, 0xBA] => Some('›'),
            [0xE2, 0x80, 0x9E] => Some('„'),
            [0xE2, 0x80, 0x9C] => Some('“'),
            [0xE2, 0x80, 0x9D] => Some('”'),
            [0xE2, 0x80, 0x98] => Some('‘'),
            [0xE2, 0x80, 0x99] if curly => Some('’'),
            _ => None,
        };
        if let Some(c) = c {
            debug_assert!(is_mark(c, straight || curly));
            return Some((at, c));
        }
        i = at + 1;
    }
}

/// Deepest nesting kept; deeper marks are ignored.
const MAX_DEPTH: usize = 6;
/// Most paragraphs a quote may run over.
pub(crate) const MAX_PARAGRAPHS: usize = 12;
/// Longest quote, in bytes.
pub(crate) const MAX_BYTES: usize = 12_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    Single,
    Curly,
    Low,
    Straight,
    SingleCurly,
    Apostrophe,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    mark: char,
    para: usize,
    /// Byte offset of the mark.
    at: usize,
    /// The quote started in an earlier paragraph: segments of earlier paragraphs.
    seg_start: usize,
}

/// An open quote carried to the next paragraph: its mark, the text so far, paragraphs so far.
type Carried = (Open, Vec<(usize, Range<usize>)>, usize);

/// A pair of quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    /// The opening and closing marks.
    pub open: char,
    pub close: char,
    /// Paragraph and byte offset of the opening mark.
    pub open_para: usize,
    pub open_at: usize,
    /// Paragraph and byte offset just after the closing mark.
    pub close_para: usize,
    pub close_end: usize,
    /// Byte offset of the closing mark.
    pub close_at: usize,
    /// The quoted text, one range per paragraph, trimmed of white space.
    pub segments: Vec<(usize, Range<usize>)>,
    /// Nested inside another pair.
    pub nested: bool,
}

impl Pair {
    /// The quoted text, paragraphs joined by a blank line.
    pub fn text(&self, paras: &[&str]) -> String {
        let mut out = String::new();
        for (p, r) in &self.segments {
            let t = paras.get(*p).and_then(|s| s.get(r.clone())).unwrap_or("");
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(t);
        }
        out
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn trim_range(s: &str, r: Range<usize>) -> Range<usize> {
    let Some(t) = s.get(r.clone()) else {
        return r.start..r.start;
    };
    let lead = t.len() - t.trim_start_matches(is_space).len();
    let trimmed = t.trim_matches(is_space);
    r.start + lead..r.start + lead + trimmed.len()
}

fn continuation_mark(family: Family, para: &str) -> Option<usize> {
    let t = para.trim_start_matches(is_space);
    let lead = para.len() - t.len();
    let c = t.chars().next()?;
    let ok = match family {
        Family::Guillemet => c == '«' || c == '»',
        Family::Curly => c == '“',
        Family::Low => c == '„',
        Family::Straight => c == '"',
        Family::Single => c == '‹',
        _ => false,
    };
    ok.then(|| lead + c.len_utf8())
}

/// Finds the pairs in `paras` (paragraph texts, in order). Linear in the total length.
pub(crate) fn scan(paras: &[&str]) -> Vec<Pair> {
    scan_with(paras, true)
}

/// [`scan`]; without `reuse_first`, the first mark of a paragraph is searched again by the
/// loop (the slower way, kept to test that reusing it changes no answer).
pub(super) fn scan_with(paras: &[&str], reuse_first: bool) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = Vec::new();
    // The outermost open quote carried over from earlier paragraphs, with its segments.
    let mut carried: Option<Carried> = None;
    // The open marks of the paragraph read: emptied for each paragraph, allocated once.
    let mut stack: Vec<Open> = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        stack.clear();
        let mut segs_before: Vec<(usize, Range<usize>)> = Vec::new();
        let mut carried_paras = 0;
        let mut skip_until = 0;
        let mut carried_live = false;
        if let Some((open, segs, n)) = carried.take() {
            if let Some(after) = continuation_mark(open.family, para) {
                let mut o = open;
                o.seg_start = after;
                stack.push(o);
                carried_live = true;
                segs_before = segs;
                carried_paras = n;
                skip_until = after;
            }
        }
        // The first mark of a paragraph without a carried quote: searched once, to skip the
        // paragraph without one, and used as the first mark of the loop.
        let mut first = None;
        if !carried_live {
            first = next_mark_with(para, 0, false, false);
            if first.is_none() {
                continue;
            }
            if !reuse_first {
                first = None;
            }
        }
        // Jump from mark to mark; apostrophes only count inside a quote, and ’ only where it
        // can close a ‘ (it does nothing elsewhere: it is not looked at).
        let mut pos = skip_until;
        loop {
            // (Without a carried quote the stack is empty at the first mark: no apostrophes,
            // and `skip_until` is 0.)
            let found = match first.take() {
                Some(m) => Some(m),
                None => next_mark_with(
                    para,
                    pos,
                    !stack.is_empty(),
                    stack
                        .last()
                        .is_some_and(|o| o.family == Family::SingleCurly),
                ),
            };
            let Some((i, c)) = found else {
                break;
            };
            pos = i + c.len_utf8();
            let prev = para.get(..i).and_then(|r| r.chars().next_back());
            let next = para.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
            let after = i + c.len_utf8();
            // (Asked only where needed.)
            let opens_like =
                || prev.is_none_or(|p| p.is_whitespace() || "([{«“‘‹—–-/'’\"„".contains(p));
            let closes_like = || next.is_none_or(|n| !n.is_alphanumeric());
            // What the character does here: Some(true) opens, Some(false) closes.
            let (family, role) = match c {
                '«' => (Family::Guillemet, true),
                '»' => (Family::Guillemet, false),
                '‹' => (Family::Single, true),
                '›' => (Family::Single, false),
                '„' => (Family::Low, true),
                '“' => {
                    if stack.last().is_some_and(|o| o.family == Family::Low) {
                        (Family::Low, false)
                    } else {
                        (Family::Curly, true)
                    }
                }
                '”' => {
                    if stack.last().is_some_and(|o| o.family == Family::Low) {
                        (Family::Low, false)
                    } else {
                        (Family::Curly, false)
                    }
                }
                '‘' => (Family::SingleCurly, true),
                '’' => {
                    if stack
                        .last()
                        .is_some_and(|o| o.family == Family::SingleCurly)
                        && closes_like()
                    {
                        (Family::SingleCurly, false)
                    } else {
                        continue;
                    }
                }
                '"' => {
                    let open_on_stack = stack.iter().any(|o| o.family == Family::Straight);
                    if open_on_stack && (closes_like() || !opens_like()) {
                        (Family::Straight, false)
                    } else if opens_like() && next.is_some_and(|n| !n.is_whitespace()) {
                        (Family::Straight, true)
                    } else if open_on_stack {
                        (Family::Straight, false)
                    } else {
                        continue;
                    }
                }
                '\'' => {
                    // Only as a nested quote: « … 'mot' … », never an apostrophe.
                    let in_quote = !stack.is_empty();
                    let on_stack = stack.last().is_some_and(|o| o.family == Family::Apostrophe);
                    if on_stack && closes_like() && prev.is_some_and(|p| !p.is_whitespace()) {
                        (Family::Apostrophe, false)
                    } else if in_quote
                        && !on_stack
                        && prev.is_some_and(char::is_whitespace)
                        && next.is_some_and(char::is_alphanumeric)
                    {
                        (Family::Apostrophe, true)
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            if role {
                if stack.len() < MAX_DEPTH {
                    stack.push(Open {
                        family,
                        mark: c,
                        para: pi,
                        at: i,
                        seg_start: after,
                    });
                }
                continue;
            }
            // A closing mark: the nearest open of its family, inner opens dropped.
            let Some(k) = stack.iter().rposition(|o| o.family == family) else {
                continue;
            };
            let open = stack[k];
            stack.truncate(k);
            let mut segments = if k == 0 && carried_live {
                carried_live = false;
                std::mem::take(&mut segs_before)
            } else {
                Vec::new()
            };
            let r = trim_range(para, open.seg_start..i);
            if !r.is_empty() {
                segments.push((pi, r));
            }
            let (open_para, open_at) = (open.para, open.at);
            if segments.is_empty() {
                continue;
            }
            pairs.push(Pair {
                open: open.mark,
                close: c,
                open_para,
                open_at,
                close_para: pi,
                close_end: after,
                close_at: i,
                segments,
                nested: false,
            });
        }
        // Unclosed marks at the end of the paragraph: keep only the outermost, and only if the
        // next paragraph continues it and the bounds allow.
        if let Some(outer) = stack.first().copied() {
            let r = trim_range(para, outer.seg_start..para.len());
            let mut segs = if carried_live {
                segs_before
            } else {
                Vec::new()
            };
            if !r.is_empty() {
                segs.push((pi, r));
            }
            let bytes: usize = segs.iter().map(|(_, r)| r.len()).sum();
            let n = if carried_live { carried_paras + 1 } else { 1 };
            if n < MAX_PARAGRAPHS && bytes < MAX_BYTES {
                if let Some(next) = paras.get(pi + 1) {
                    if continuation_mark(outer.family, next).is_some() {
                        carried = Some((outer, segs, n));
                    }
                }
            }
        }
    }
    mark_nesting(&mut pairs);
    pairs
}

/// Sorts pairs by position and flags those inside another pair. O(n log n).
fn mark_nesting(pairs: &mut [Pair]) {
    pairs.sort_by_key(|p| {
        (
            p.open_para,
            p.open_at,
            std::cmp::Reverse((p.close_para, p.close_end)),
        )
    });
    let mut outer_end: Option<(usize, usize)> = None;
    for p in pairs.iter_mut() {
        let end = (p.close_para, p.close_end);
        match outer_end {
            Some(e) if end <= e => p.nested = true,
            _ => outer_end = Some(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_mark_finds_what_a_char_search_finds() {
        let reference = |s: &str, pos: usize, ap: bool| {
            s.char_indices().find(|&(i, c)| i >= pos && is_mark(c, ap))
        };
        for s in [
            "",
            "sans rien",
            "l’État a dit « non » et “yes” ; „ja“ ‹ oui › ‘x’ \"y\" 'z'",
            "Il a\u{202F}: «\u{A0}Nous… – voilà\u{A0}» é ’ ",
            "«",
            "\u{2019}\u{201D}",
            "a\u{20AC}b\u{2013}c\u{00A0}d\u{00E9}",
        ] {
            for pos in (0..=s.len()).filter(|&p| s.is_char_boundary(p)) {
                for ap in [false, true] {
                    assert_eq!(
                        next_mark(s, pos, ap),
                        reference(s, pos, ap),
                        "{s:?} {pos} {ap}"
                    );
                }
                // ' and ’ each on their own.
                for (straight, curly) in [(true, false), (false, true)] {
                    let want = s.char_indices().find(|&(i, c)| {
                        i >= pos
                            && (is_mark(c, false) || (straight && c == '\'') || (curly && c == '’'))
                    });
                    assert_eq!(
                        next_mark_with(s, pos, straight, curly),
                        want,
                        "{s:?} {pos} {straight} {curly}"
                    );
                }
            }
        }
    }
}
