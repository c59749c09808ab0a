//! Repeated lines: the same text twice on a page is chrome (menus printed for desktop and
//! mobile, "Partager" rows, newsletter boxes, titles repeated by a sticky header).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::{Block, BlockId, Document, Reason};
use crate::error::BoxError;
use crate::pipeline::Filter;

/// Removes every copy of a line that appears more than once (compared after trimming, case
/// kept), with [`Reason::Duplicate`].
///
/// Two kinds of repeated line are treated with care:
/// * a **paragraph** (long running text ending like a sentence) printed twice is left to the
///   other filters: chrome repeats short lines, while a repeated paragraph is as often the
///   article's own (a pull quote, a recap) as a standfirst shown twice, and the region filter
///   drops a copy that sits in the page head;
/// * a **separator** made of punctuation only ("* * *", "—") can be a legitimate scene break
///   and is left alone.
///
/// The text reader has already compared each line with the lines before it (it hashes them
/// to share their features): when every candidate line still has the text it was read with,
/// the filter counts the copies of each text from that, without reading the lines again.
/// Otherwise each candidate line is hashed once (a multiply-rotate hash over 8-byte words,
/// with a fixed key, so runs are reproducible); lines that can never be removed (paragraphs,
/// separators, lines longer than 2 000 bytes) are not hashed at all. One pass over the blocks
/// plus a table or a hash map: linear in the size of the page.
///
/// ```
/// use newsclean::{filters::Duplicates, Document, Filter, Reason};
/// let mut doc = Document::from_text("Partager\nLe conseil municipal a voté le budget.\nPartager");
/// Duplicates.apply(&mut doc)?;
/// assert_eq!(doc.body().count(), 1);
/// assert_eq!(doc.removed().get(0).map(|r| r.reason), Some(&Reason::Duplicate));
/// # Ok::<(), newsclean::BoxError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Duplicates;

/// Shortest paragraph (in words) that is never taken for chrome.
const PARAGRAPH_WORDS: usize = 12;

/// Longer lines are not compared: chrome that repeats is short, and hashing a huge line for
/// nothing would cost more than the rest of the filter.
pub(crate) const MAX_BYTES: usize = 2000;

/// A 64-bit multiply-rotate hash of a byte string (the scheme of rustc's `FxHash`), eight bytes
/// at a time.
pub(crate) fn line_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let step = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = step(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = step(h, tail_word(bytes, rest));
    }
    h
}

/// The last 1 to 7 bytes `rest` of `bytes` as one word that tells apart any two `rest` of
/// the same length, read with a few loads rather than a copy of a variable length.
fn tail_word(bytes: &[u8], rest: &[u8]) -> u64 {
    let n = rest.len();
    if let Some(last) = bytes.last_chunk::<8>() {
        // The eight last bytes, the ones already read shifted out.
        u64::from_le_bytes(*last) >> (8 * (8 - n.min(8)))
    } else if let (Some(lo), Some(hi)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        // 4 to 7 bytes: the first four and the last four (overlapping).
        u64::from(u32::from_le_bytes(*lo)) | (u64::from(u32::from_le_bytes(*hi)) << 32)
    } else {
        // 1 to 3 bytes: the first, the middle and the last.
        let at = |i: usize| u64::from(rest.get(i).copied().unwrap_or(0));
        at(0) | (at(n / 2) << 8) | (at(n.saturating_sub(1)) << 16)
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = line_hash(bytes);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Filter for Duplicates {
    fn name(&self) -> &str {
        "duplicates"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let gone = by_first_copy(doc).unwrap_or_else(|| by_hash(doc));
        doc.reserve_removed(gone.len());
        for id in gone {
            doc.remove(id, Reason::Duplicate);
        }
        Ok(())
    }
}

/// Whether the line can be taken for repeated chrome (see [`Duplicates`]).
fn candidate(b: &Block, text: &str) -> bool {
    let f = &b.features;
    let paragraph = f.words >= PARAGRAPH_WORDS && f.ends_sentence;
    !(paragraph || (f.letters == 0 && f.digits == 0) || text.len() > MAX_BYTES)
}

/// The candidate lines that are repeated, from the text reader's [`Block::first_copy`] (no
/// line is read again); `None` when a candidate line has none (its text changed, or the
/// document was not read from a text dump).
fn by_first_copy(doc: &Document) -> Option<Vec<BlockId>> {
    // For each first copy: how many candidate lines have its text (0, 1, or 2 for more).
    let mut copies = vec![0u8; doc.blocks().len()];
    let mut candidates: Vec<(BlockId, BlockId)> = Vec::with_capacity(doc.blocks().len().min(4096));
    for (b, text) in doc.body() {
        if !candidate(b, text) {
            continue;
        }
        let first = b.first_copy()?;
        let n = copies.get_mut(first)?;
        *n = (*n + 1).min(2);
        candidates.push((b.id, first));
    }
    Some(
        candidates
            .into_iter()
            .filter(|&(_, first)| copies.get(first) == Some(&2))
            .map(|(id, _)| id)
            .collect(),
    )
}

/// The candidate lines that are repeated, found by hashing each one.
fn by_hash(doc: &Document) -> Vec<BlockId> {
    // For each hash: a slot with the first block that has it, and whether a second copy
    // of that block's text was seen.
    // Sized once for the body's lines (at most; capped for huge pages): no rehash.
    let lines = doc.blocks().len().min(4096);
    let mut seen: HashMap<u64, usize, BuildHasherDefault<PreHashed>> =
        HashMap::with_capacity_and_hasher(lines, Default::default());
    let mut slots: Vec<(usize, bool)> = Vec::with_capacity(lines);
    // Each candidate line, with its slot when its text is that of the slot's first block
    // (equal hashes of different texts are not copies).
    let mut candidates: Vec<(usize, Option<usize>)> = Vec::with_capacity(lines);
    for (b, text) in doc.body() {
        if !candidate(b, text) {
            continue;
        }
        let h = line_hash(text.as_bytes());
        let slot = *seen.entry(h).or_insert_with(|| {
            slots.push((b.id, false));
            slots.len() - 1
        });
        let Some((first, repeated)) = slots.get_mut(slot) else {
            continue;
        };
        let same = *first == b.id || doc.text_of(*first) == text;
        if same && *first != b.id {
            *repeated = true;
        }
        candidates.push((b.id, same.then_some(slot)));
    }
    candidates
        .into_iter()
        .filter(|&(_, slot)| slot.and_then(|s| slots.get(s)).is_some_and(|&(_, r)| r))
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(doc: &Document) -> Vec<String> {
        doc.body().map(|(_, t)| t.to_owned()).collect()
    }

    #[test]
    fn both_copies_of_chrome_go() {
        let mut doc = Document::from_text(
            "Bienvenue sur Radio Exemple\nPolitique\nLe maire a présenté lundi son projet de budget pour l'année prochaine.\nBienvenue sur Radio Exemple\nPolitique",
        );
        Duplicates.apply(&mut doc).ok();
        assert_eq!(
            body(&doc),
            ["Le maire a présenté lundi son projet de budget pour l'année prochaine."]
        );
        assert_eq!(doc.removed().len(), 4);
        assert!(doc.removed().iter().all(|r| *r.reason == Reason::Duplicate));
        // Removal records are in input order.
        let blocks: Vec<_> = doc.removed().iter().map(|r| r.block).collect();
        assert_eq!(blocks, [0, 1, 3, 4]);
    }

    #[test]
    fn a_repeated_paragraph_and_separators_stay() {
        let chapo = "Le ministre de l'Intérieur a annoncé mardi un plan de recrutement de policiers dans les quartiers nord de la ville.";
        let text = format!("{chapo}\n* * *\nLa suite de l'article.\n* * *\n{chapo}");
        let mut doc = Document::from_text(&text);
        Duplicates.apply(&mut doc).ok();
        assert_eq!(
            body(&doc),
            [chapo, "* * *", "La suite de l'article.", "* * *", chapo]
        );
        assert!(doc.removed().is_empty());
    }

    #[test]
    fn the_hash_reads_every_byte() {
        assert_ne!(line_hash(b"Partager sur X"), line_hash(b"Partager sur Y"));
        assert_ne!(line_hash(b"abcdefgh1"), line_hash(b"abcdefgh2"));
        assert_ne!(line_hash(b"abc"), line_hash(b"abc\0"));
        assert_eq!(line_hash(b"Menu"), line_hash(b"Menu"));
        // Every tail length, with and without a whole word before it: changing any one byte
        // changes the hash.
        let text = b"Partager sur les reseaux";
        for len in 1..text.len() {
            let line = &text[..len];
            for i in 0..len {
                let mut other = line.to_vec();
                other[i] ^= 1;
                assert_ne!(line_hash(line), line_hash(&other), "{len} {i}");
            }
        }
    }

    #[test]
    fn the_reader_s_copies_and_the_hashes_find_the_same_lines() {
        let text = "Menu\nPartager\nLe maire a présenté lundi son projet de budget pour l'année prochaine.\nPartager\nMenu\nContact\nMenu\n* * *\n* * *";
        let doc = Document::from_text(text);
        assert_eq!(by_first_copy(&doc), Some(by_hash(&doc)));
        assert_eq!(by_hash(&doc), [0, 1, 3, 4, 6]);
        // A line whose text changed has no first copy: the lines are hashed again.
        let mut doc = Document::from_text("Lire aussi Partager\nPartager\nUne ligne.");
        doc.strip_prefix(0, 11, Reason::Teaser);
        assert_eq!(by_first_copy(&doc), None);
        Duplicates.apply(&mut doc).ok();
        assert_eq!(body(&doc), ["Une ligne."]);
    }

    #[test]
    fn case_counts_and_unique_lines_stay() {
        let mut doc = Document::from_text("Partager\npartager\nUne ligne.");
        Duplicates.apply(&mut doc).ok();
        assert_eq!(doc.body().count(), 3);
    }
}
