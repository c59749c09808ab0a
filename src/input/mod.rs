//! Input readers: a page becomes a [`Document`](crate::Document) of blocks.

mod decode;
pub mod html;
mod metadata;
pub(crate) mod parse;
pub mod text;

/// Whether `bytes` look like an HTML page rather than a text dump: after an optional BOM and
/// white space the input starts with `<`, and its first 4 KiB hold a `<!doctype`, `<html`,
/// `<head` or `<body` tag or at least five tags of any kind. Used by "auto" modes.
///
/// ```
/// use newsclean::input::looks_like_html;
/// assert!(looks_like_html(b"<!DOCTYPE html><html><body><p>Bonjour</p></body></html>"));
/// assert!(!looks_like_html("Bienvenue sur RTL\nJe crée mon compte".as_bytes()));
/// assert!(!looks_like_html(b"<3 this article"));
/// ```
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    if head.first() != Some(&b'<') {
        return false;
    }
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if has(b"<!doctype") || has(b"<html") || has(b"<head") || has(b"<body") {
        return true;
    }
    let tags = lower
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
        .count();
    tags >= 5
}
