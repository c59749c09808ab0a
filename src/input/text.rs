//! Scraped text dump → one block per non-empty line.

use crate::document::{BlockId, BlockKind, Document, Features, SourceKind, Span};
use crate::filters::duplicates::{line_hash, PreHashed};
use crate::InputNote;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Longest line (in bytes) compared with the lines before it (the longest line the duplicate
/// filter compares): its features are remembered for its copies.
const MEMO_BYTES: usize = crate::filters::duplicates::MAX_BYTES;

impl Document {
    /// Reads a scraped text dump: one [`BlockKind::Line`] block per non-empty line, its span
    /// the exact bytes of the line in `text` with surrounding white space (and a `\r` before
    /// the `\n`) left out. Cost: one copy of the input and one pass over it.
    ///
    /// ```
    /// use newsclean::Document;
    /// let doc = Document::from_text("Titre\n\n  Premier paragraphe.\r\n");
    /// let spans: Vec<_> = doc.blocks().iter().map(|b| b.span.range()).collect();
    /// assert_eq!(spans, [0..5, 9..28]);
    /// assert_eq!(doc.text_of(1), "Premier paragraphe.");
    /// ```
    pub fn from_text(text: &str) -> Document {
        let mut doc = Document::with_buffer(SourceKind::Text, text.to_owned());
        let buf = doc.buffer();
        let bytes = buf.as_bytes();
        // Room for every line at once (a count of line ends costs less than a list that
        // grows), but not for more lines than a text of lines of 16 bytes has: blank lines take
        // no room in the end, and a text of blank lines must not reserve much.
        let line_ends = memchr::memchr_iter(b'\n', bytes).count();
        let mut ranges = Vec::with_capacity((line_ends + 1).min(bytes.len() / 16 + 1));
        let mut start = 0;
        // One search for line ends over the whole text (not one per line), and the end of
        // the text after the last one.
        for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
            // Lines are cut at '\n', an ASCII byte: always on character boundaries.
            let line = buf.get(start..end).unwrap_or("");
            let (lead, trimmed) = if plain_ends(line.as_bytes()) {
                (0, line)
            } else {
                let trimmed_start = line.trim_start();
                (line.len() - trimmed_start.len(), trimmed_start.trim_end())
            };
            if !trimmed.is_empty() {
                let s = start + lead;
                ranges.push(s..s + trimmed.len());
            }
            start = end + 1;
        }
        doc.reserve_blocks(ranges.len());
        // Menus, share rows and footers print the same short lines again and again: their
        // features are computed once per distinct line, and each line learns the first line
        // with its text (its [`Block::first_copy`](crate::document::Block), which the
        // duplicate filter reads instead of hashing the lines again).
        let mut seen: HashMap<u64, BlockId, BuildHasherDefault<PreHashed>> =
            HashMap::with_capacity_and_hasher(ranges.len().min(4096), Default::default());
        for r in ranges {
            let span = Span::new(r.start, r.end);
            let id = doc.blocks().len();
            let line = doc.buffer().get(r.clone()).unwrap_or("");
            let (features, first) = if line.len() <= MEMO_BYTES {
                // One probe of the map per line: the entry is read, or filled when it is new.
                match seen.entry(line_hash(line.as_bytes())) {
                    Entry::Occupied(e) => match doc.blocks().get(*e.get()) {
                        Some(b) if doc.text(b) == line => (b.features, Some(b.id)),
                        // Another line with the same hash: the first one keeps the entry.
                        _ => (Features::of(line), None),
                    },
                    Entry::Vacant(e) => {
                        e.insert(id);
                        (Features::of(line), Some(id))
                    }
                }
            } else {
                (Features::of(line), None)
            };
            doc.push_block_with_features(BlockKind::Line, r, span, None, features, first);
        }
        doc
    }

    /// Reads a scraped text dump given as bytes. Invalid UTF-8 is replaced by U+FFFD and an
    /// [`InputNote::LossyDecoding`] records how many sequences were replaced; spans then refer
    /// to the decoded text.
    pub fn from_text_bytes(bytes: &[u8]) -> Document {
        let mut replaced = 0;
        let mut decoded = String::new();
        for chunk in bytes.utf8_chunks() {
            decoded.push_str(chunk.valid());
            if !chunk.invalid().is_empty() {
                decoded.push('\u{FFFD}');
                replaced += 1;
            }
        }
        let mut doc = Document::from_text(&decoded);
        if replaced > 0 {
            doc.add_note(InputNote::LossyDecoding {
                encoding: "UTF-8".into(),
                replaced,
            });
        }
        doc
    }
}

/// Whether `line` neither starts nor ends with white space, read from its first and last bytes
/// (most lines: no trimming to do). A visible ASCII character, or a letter of U+00C0–U+00FF
/// (`0xC3` and one more byte) at the end, are not white space; neither is a character whose
/// first byte is `0xC3` or more other than `0xE1`–`0xE3` (white space outside ASCII is
/// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000). An
/// empty line, or any other first or last character, is left to the standard trim.
fn plain_ends(line: &[u8]) -> bool {
    let starts = match line.first() {
        Some(&b) => b.is_ascii_graphic() || (b >= 0xC3 && !matches!(b, 0xE1..=0xE3)),
        None => false,
    };
    let ends = match line {
        [.., b] if b.is_ascii_graphic() => true,
        [.., 0xC3, b] => (0x80..=0xBF).contains(b),
        _ => false,
    };
    starts && ends
}

#[cfg(test)]
mod tests {
    use crate::Document;

    #[test]
    fn spans_point_into_the_input() {
        let input = "  - 01m48s\n1 min de lecture\u{a0}\n\n\nCrédit : AFP";
        let doc = Document::from_text(input);
        for b in doc.blocks() {
            assert_eq!(&input[b.span.range()], doc.text(b));
        }
        assert_eq!(doc.blocks().len(), 3);
        assert_eq!(doc.text_of(1), "1 min de lecture");
    }

    #[test]
    fn lines_are_trimmed_of_unicode_white_space_only() {
        let input = "Actualité\n\u{a0}Genève\u{a0}\nÉnergie Lyon\n\u{2003}Été\u{202f}\n\u{3000}«\u{a0}Oui\u{a0}»\u{3000}\n–\n\u{85}x\u{85}\nà\n";
        let doc = Document::from_text(input);
        let lines: Vec<&str> = doc.blocks().iter().map(|b| doc.text(b)).collect();
        let expected: Vec<&str> = input
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, expected);
        assert_eq!(lines[1], "Genève");
        for b in doc.blocks() {
            assert_eq!(&input[b.span.range()], doc.text(b));
        }
    }

    #[test]
    fn lossy_bytes_are_recorded() {
        let doc = Document::from_text_bytes(b"Caf\xe9 cr\xe8me\nok");
        assert_eq!(doc.text_of(0), "Caf\u{FFFD} cr\u{FFFD}me");
        assert_eq!(doc.notes().len(), 1);
        assert!(doc.notes()[0].to_string().contains("2 invalid UTF-8"));
    }

    #[test]
    fn empty_and_blank_inputs_have_no_blocks() {
        assert!(Document::from_text("").blocks().is_empty());
        assert!(Document::from_text("\n \r\n\t\n").blocks().is_empty());
    }
}
