//! Invariants every cleaned article must satisfy, shared by the adversarial tests and the fuzz
//! targets (`fuzz/`). Each returns `Err(description)` instead of panicking so that callers
//! choose how to fail.
#![allow(dead_code)]

use newsclean::{Article, Removed};

/// Quote offsets lie on char boundaries inside `text`, and slice to the quote's text.
pub fn quotes_in_text(a: &Article) -> Result<(), String> {
    for q in &a.quotes {
        if q.start > q.end || q.end > a.text.len() {
            return Err(format!(
                "quote {}..{} outside text of {} bytes",
                q.start,
                q.end,
                a.text.len()
            ));
        }
        if !a.text.is_char_boundary(q.start) || !a.text.is_char_boundary(q.end) {
            return Err(format!(
                "quote {}..{} not on char boundaries",
                q.start, q.end
            ));
        }
    }
    Ok(())
}

/// `text` is the paragraphs joined by a blank line.
pub fn text_is_paragraphs(a: &Article) -> Result<(), String> {
    if a.text != a.paragraphs.join("\n\n") {
        return Err("text is not the paragraphs joined by \\n\\n".into());
    }
    Ok(())
}

/// Conservation for a text dump: every non-empty input line (trimmed) is, in input order,
/// either wholly in `removed` (one record of that block with the line's text), or a body
/// paragraph that is the line or a part of it (the rest of the line in `removed` records of
/// the same block). Removal records are in input order.
pub fn conservation_text(input: &str, a: &Article) -> Result<(), String> {
    let removed: Vec<Removed<'_>> = a.removed().iter().collect();
    conservation_text_of(input, &a.paragraphs, &removed)
}

/// [`conservation_text`] on an article's paragraphs and removal records given apart (so that a
/// test can drop one of them).
pub fn conservation_text_of(
    input: &str,
    paragraphs: &[String],
    removed: &[Removed<'_>],
) -> Result<(), String> {
    let lines: Vec<&str> = input
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if removed.windows(2).any(|w| w[0].block > w[1].block) {
        return Err("removed records out of input order".into());
    }
    let mut r = 0; // next removal record
    let mut p = 0; // next paragraph
    for (i, line) in lines.iter().enumerate() {
        let mut removed_len = 0;
        let mut whole = false;
        while let Some(rec) = removed.get(r).filter(|rec| rec.block == i) {
            if rec.text == *line {
                whole = true;
            } else if !line.contains(rec.text) {
                return Err(format!(
                    "removed text {:?} not in its line {i}",
                    clip(rec.text)
                ));
            }
            removed_len += rec.text.len();
            r += 1;
        }
        if whole {
            continue;
        }
        match paragraphs.get(p) {
            Some(para)
                if line.contains(para.as_str()) && para.len() + removed_len <= line.len() =>
            {
                p += 1
            }
            _ if removed_len > 0 && removed_len >= line.trim().len() => {}
            other => {
                return Err(format!(
                    "line {i} {:?} lost: next paragraph is {:?}",
                    clip(line),
                    other.map(|s| clip(s))
                ))
            }
        }
    }
    if r != removed.len() {
        return Err(format!(
            "{} removal records point past the input's lines",
            removed.len() - r
        ));
    }
    if p != paragraphs.len() {
        return Err(format!(
            "{} paragraphs not from any input line",
            paragraphs.len() - p
        ));
    }
    Ok(())
}

/// All the invariants that hold for any input kind.
pub fn common(a: &Article) -> Result<(), String> {
    quotes_in_text(a)?;
    text_is_paragraphs(a)
}

fn clip(s: &str) -> String {
    s.chars().take(60).collect()
}
