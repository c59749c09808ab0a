//! Bytes → text for HTML pages: BOM, then a declared charset in the first 1024 bytes, then UTF-8
//! when the bytes are valid UTF-8, then windows-1252 (the web's de-facto latin-1).
//!
//! Decoding itself is `encoding_rs`; this module only decides which encoding to use.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::InputNote;

/// How far into the page the charset declaration is looked for (the HTML standard's prescan
/// looks at the first 1024 bytes).
const PRESCAN: usize = 1024;

/// Decodes `bytes` and says how (notes are empty for clean UTF-8).
pub(crate) fn decode_html(bytes: &[u8]) -> (Cow<'_, str>, Vec<InputNote>) {
    let mut notes = Vec::new();
    let (encoding, source, body) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        (enc, "bom", bytes.get(bom_len..).unwrap_or(&[]))
    } else {
        let declared = prescan_charset(bytes);
        let valid_utf8 = std::str::from_utf8(bytes).is_ok();
        match declared {
            // A page declared latin-1 but saved as UTF-8 later is common; valid multi-byte
            // UTF-8 is very unlikely to be meant as windows-1252, so the bytes win.
            Some(enc) if enc != UTF_8 && valid_utf8 && !bytes.is_ascii() => {
                (UTF_8, "content", bytes)
            }
            Some(enc) => (enc, "meta", bytes),
            None if valid_utf8 => (UTF_8, "content", bytes),
            None => (WINDOWS_1252, "fallback", bytes),
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if encoding != UTF_8 {
        notes.push(InputNote::Decoded {
            encoding: encoding.name().to_owned(),
            source: source.to_owned(),
        });
    }
    if had_errors {
        notes.push(InputNote::LossyDecoding {
            encoding: encoding.name().to_owned(),
            replaced: text.matches('\u{FFFD}').count(),
        });
    }
    (text, notes)
}

/// Finds `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">` in the
/// first [`PRESCAN`] bytes. UTF-16 labels mean UTF-8 here (as in browsers: a page that
/// declares UTF-16 in ASCII bytes is not UTF-16).
fn prescan_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN.min(bytes.len()))?;
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i + 5;
        let end = find(&lower[start..], b">").map_or(lower.len(), |j| start + j);
        let tag = &lower[start..end];
        if let Some(k) = find(tag, b"charset") {
            let mut rest = &tag[k + 7..];
            rest = trim_start(rest);
            if let Some(r) = rest.strip_prefix(b"=") {
                let r = trim_start(r);
                let r = r
                    .strip_prefix(b"\"")
                    .or_else(|| r.strip_prefix(b"'"))
                    .unwrap_or(r);
                let len = r
                    .iter()
                    .position(|c| !(c.is_ascii_alphanumeric() || b"-_.:".contains(c)))
                    .unwrap_or(r.len());
                if let Some(enc) = Encoding::for_label(&r[..len]) {
                    let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        UTF_8
                    } else if enc == encoding_rs::X_USER_DEFINED {
                        WINDOWS_1252
                    } else {
                        enc
                    };
                    return Some(enc);
                }
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let (t, notes) = decode_html(b"\xEF\xBB\xBF<p>caf\xC3\xA9</p>");
        assert_eq!(t, "<p>café</p>");
        assert!(notes.is_empty());
        let (t, notes) = decode_html(b"\xFF\xFE<\x00p\x00>\x00");
        assert_eq!(t, "<p>");
        assert_eq!(notes[0].to_string(), "decoded as UTF-16LE (from bom)");
    }

    #[test]
    fn meta_charset_and_http_equiv() {
        let (t, n) = decode_html(b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>");
        assert_eq!(t, "<meta charset=\"iso-8859-1\"><p>café</p>");
        assert_eq!(n[0].to_string(), "decoded as windows-1252 (from meta)");
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\"><p>\xa4</p>";
        let (t, _) = decode_html(page);
        assert!(t.ends_with("<p>€</p>"), "{t}");
    }

    #[test]
    fn fallback_is_windows_1252() {
        let (t, n) = decode_html(b"<p>L\x92\xe9t\xe9 \x96 d\xe9j\xe0</p>");
        assert_eq!(t, "<p>L’été – déjà</p>");
        assert_eq!(n[0].to_string(), "decoded as windows-1252 (from fallback)");
    }

    #[test]
    fn valid_utf8_beats_a_stale_latin1_label() {
        let (t, _) = decode_html("<meta charset=latin1><p>été</p>".as_bytes());
        assert!(t.ends_with("<p>été</p>"));
    }
}
