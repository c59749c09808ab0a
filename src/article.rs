//! The result users consume: [`Article`], and the fact types filters record on the way
//! ([`Facts`], [`Quote`], [`Mention`], [`Caption`], [`ReadingTime`]).

use crate::document::{BlockId, Document, Removed};
use crate::lang::Language;
use crate::InputNote;

/// Where a quote sits in the document while the pipeline runs: from byte `start` of block
/// `block` to byte `end` of block `end_block` (the same block unless the quote runs over
/// several paragraphs). Turned into offsets in [`Article::text`] when the article is assembled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    /// The block where the quoted text starts.
    pub block: BlockId,
    /// Byte offset of the first quoted character in that block's text.
    pub start: usize,
    /// The block where the quoted text ends.
    pub end_block: BlockId,
    /// Byte offset one past the last quoted character in `end_block`'s text.
    pub end: usize,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The speaker as written near the quote ("Jean-Yves Le Drian", "il", "le ministre").
    pub speaker: Option<String>,
    /// The named person a pronoun or description refers to, when the text says.
    pub speaker_resolved: Option<String>,
    /// The words that introduce the quote ("a fait savoir", "selon", ":").
    pub cue: Option<String>,
    /// Byte offset of `text` in [`Article::text`].
    pub start: usize,
    /// Byte offset one past the end of `text` in [`Article::text`].
    pub end: usize,
    /// The quote is a fragment woven into the writer's sentence.
    pub partial: bool,
}

impl Quote {
    /// A quote of `text` with nothing else known yet.
    pub fn new(text: impl Into<String>) -> Self {
        Quote {
            text: text.into(),
            ..Quote::default()
        }
    }
}

/// A quote found by a filter, with where it sits in the document.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct QuoteFact {
    /// Where the quoted text is.
    pub anchor: Anchor,
    /// The quote (its `start`/`end` are filled in when the article is assembled).
    pub quote: Quote,
}

impl QuoteFact {
    /// A quote at `anchor`.
    pub fn new(anchor: Anchor, quote: Quote) -> Self {
        QuoteFact { anchor, quote }
    }
}

/// What a pair of quotation marks that is not speech holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "lowercase")
)]
#[non_exhaustive]
pub enum MentionKind {
    /// The name of a work, programme, newsletter, event, law …
    Title,
    /// A word or phrase mentioned rather than said.
    Term,
    /// A nickname or label for a person or group.
    Nickname,
    /// Text printed on an object or a user interface ("cliquez sur “Autoriser”").
    Ui,
    /// Other non-speech marks (irony, distance).
    Other,
}

/// Words between quotation marks that are not speech.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mention {
    /// The words, without the marks.
    pub text: String,
    /// What they are.
    pub kind: MentionKind,
}

impl Mention {
    /// A mention of `text` of kind `kind`.
    pub fn new(text: impl Into<String>, kind: MentionKind) -> Self {
        Mention {
            text: text.into(),
            kind,
        }
    }
}

/// A photo caption and its credit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Caption {
    /// The caption text, without its credit.
    pub text: String,
    /// The normalised credit ("AFP", "Jean Dupont / AFP"), if one was found.
    pub credit: Option<String>,
}

impl Caption {
    /// A caption.
    pub fn new(text: impl Into<String>, credit: Option<String>) -> Self {
        Caption {
            text: text.into(),
            credit,
        }
    }
}

/// Declared and estimated reading time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReadingTime {
    /// What the page says ("1 min de lecture" → 60), if it says.
    pub declared_secs: Option<u32>,
    /// Estimated from the clean body's word count and the language's silent-reading rate.
    pub estimated_secs: u32,
}

/// Facts that filters record while the pipeline runs. Each field becomes the [`Article`] field
/// of the same name.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Facts {
    /// The article title.
    pub title: Option<String>,
    /// Direct quotations.
    pub quotes: Vec<QuoteFact>,
    /// Quotation marks that are not speech.
    pub mentions: Vec<Mention>,
    /// Declared reading time in seconds.
    pub declared_reading_secs: Option<u32>,
    /// Estimated reading time in seconds (set by the reading-time filter).
    pub estimated_reading_secs: Option<u32>,
    /// Video and audio durations in seconds, in page order.
    pub media_durations_secs: Vec<u32>,
    /// Captions with their credits.
    pub captions: Vec<Caption>,
    /// Normalised credit strings, in page order, without repeats.
    pub credits: Vec<String>,
    /// Names that sign the article.
    pub bylines: Vec<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Last update, ISO 8601.
    pub updated: Option<String>,
    /// Datelines at the head of the body ("PARIS (AFP)").
    pub datelines: Vec<String>,
}

/// A clean article: the body, the facts found around it, and every block that was removed
/// with the reason why.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Article {
    /// The language the pipeline ran with.
    pub language: Language,
    /// The title, when found.
    pub title: Option<String>,
    /// Body paragraphs, in order, with the page's characters unchanged.
    pub paragraphs: Vec<String>,
    /// The paragraphs joined by `"\n\n"`.
    pub text: String,
    /// Direct quotations, with offsets into `text`.
    pub quotes: Vec<Quote>,
    /// Quotation marks that are not speech.
    pub mentions: Vec<Mention>,
    /// Declared and estimated reading time.
    pub reading_time: ReadingTime,
    /// Video and audio durations in seconds.
    pub media_durations_secs: Vec<u32>,
    /// Captions with their credits.
    pub captions: Vec<Caption>,
    /// Credits, normalised.
    pub credits: Vec<String>,
    /// Names that sign the article.
    pub bylines: Vec<String>,
    /// Publication date, ISO 8601.
    pub published: Option<String>,
    /// Last update, ISO 8601.
    pub updated: Option<String>,
    /// Datelines found at the head of the body.
    pub datelines: Vec<String>,
    /// Every block or part of a block taken out of the body, in input order, with its reason.
    pub removed: Vec<Removed>,
    /// Notes about how the input was read.
    pub notes: Vec<InputNote>,
}

/// Sorts removal records by block, then by position inside the block, keeping the order of
/// records with the same place (a stable sort). The records are large and come in a few runs
/// (one or more per filter): their keys are sorted, then each record is moved once, along the
/// cycles of the permutation.
fn in_input_order(removed: &mut [Removed]) {
    if removed.is_sorted_by_key(|r| (r.block, r.span.start)) {
        return;
    }
    // (block, start, index): the index breaks ties as the input order does.
    let mut keys: Vec<(BlockId, usize, usize)> = removed
        .iter()
        .enumerate()
        .map(|(i, r)| (r.block, r.span.start, i))
        .collect();
    // A stable sort finds the runs the filters left.
    keys.sort();
    // `from[k]`: where the record that goes to place `k` is now.
    let mut from: Vec<usize> = keys.into_iter().map(|(_, _, i)| i).collect();
    for start in 0..from.len() {
        let mut k = start;
        while let Some(&src) = from.get(k) {
            if src == usize::MAX {
                break;
            }
            from[k] = usize::MAX;
            if src == start {
                break;
            }
            removed.swap(k, src);
            k = src;
        }
    }
}

impl Article {
    /// Assembles the article from a document the filters have run over.
    pub fn from_document(doc: Document) -> Article {
        let (buf, blocks, mut removed, facts, language, notes) = doc.into_parts();
        // Offsets of each body block in the joined text.
        let mut offset_of: Vec<Option<usize>> = vec![None; blocks.len()];
        // The joined text's length and the paragraph count, known before any copy.
        let (count, bytes) = blocks
            .iter()
            .filter(|b| !b.is_removed())
            .fold((0usize, 0usize), |(n, len), b| {
                (n + 1, len + b.text_range().len())
            });
        let mut paragraphs = Vec::with_capacity(count);
        let mut text = String::with_capacity(bytes + 2 * count.saturating_sub(1));
        for b in blocks.iter().filter(|b| !b.is_removed()) {
            let t = buf.get(b.text_range()).unwrap_or("");
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            offset_of[b.id] = Some(text.len());
            text.push_str(t);
            paragraphs.push(t.to_owned());
        }
        let quotes = facts
            .quotes
            .into_iter()
            .filter_map(|qf| {
                let s = offset_of.get(qf.anchor.block).copied().flatten()? + qf.anchor.start;
                let e = offset_of.get(qf.anchor.end_block).copied().flatten()? + qf.anchor.end;
                if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e)
                {
                    return None;
                }
                let mut q = qf.quote;
                q.start = s;
                q.end = e;
                Some(q)
            })
            .collect();
        // Removal records in input order: by block, then by position inside the block.
        in_input_order(&mut removed);
        Article {
            language,
            title: facts.title,
            paragraphs,
            text,
            quotes,
            mentions: facts.mentions,
            reading_time: ReadingTime {
                declared_secs: facts.declared_reading_secs,
                estimated_secs: facts.estimated_reading_secs.unwrap_or(0),
            },
            media_durations_secs: facts.media_durations_secs,
            captions: facts.captions,
            credits: facts.credits,
            bylines: facts.bylines,
            published: facts.published,
            updated: facts.updated,
            datelines: facts.datelines,
            removed,
            notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Reason, Span};

    fn record(i: usize, block: usize, start: usize) -> Removed {
        Removed {
            text: format!("record {i}"),
            reason: Reason::Duplicate,
            filter: "test".into(),
            block,
            span: Span::new(start, start + 1),
        }
    }

    /// The records come out as a stable sort by (block, start) puts them, whatever the runs
    /// and ties of the input.
    #[test]
    fn removal_records_in_input_order_as_a_stable_sort() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for round in 0..300 {
            let n = next(40);
            let runs = 1 + next(5);
            let mut v = Vec::new();
            for r in 0..runs {
                let mut block = next(10);
                for _ in 0..n / runs + usize::from(r == 0) * (n % runs) {
                    // Ascending runs, as the filters append them, with ties.
                    block += next(3);
                    v.push(record(v.len(), block, next(2) * 10));
                }
            }
            let mut expected = v.clone();
            expected.sort_by_key(|r| (r.block, r.span.start));
            in_input_order(&mut v);
            let got: Vec<&str> = v.iter().map(|r| r.text.as_str()).collect();
            let want: Vec<&str> = expected.iter().map(|r| r.text.as_str()).collect();
            assert_eq!(got, want, "round {round}");
        }
    }
}
