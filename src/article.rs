//! The result users consume: [`Article`], and the fact types filters record on the way
//! ([`Facts`], [`Quote`], [`Mention`], [`Caption`], [`ReadingTime`]).

use crate::document::{BlockId, Document, OwnedLog, Removals};
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
    /// Every block or part of a block taken out of the body, in input order, with its reason:
    /// read it with [`Article::removed`]. (A record holds no copy of its own: the log keeps the
    /// removed text once.)
    removed: OwnedLog,
    /// Notes about how the input was read.
    pub notes: Vec<InputNote>,
}

impl Article {
    /// Assembles the article from a document the filters have run over.
    pub fn from_document(doc: Document) -> Article {
        let (buf, blocks, mut log, facts, language, notes) = doc.into_parts();
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
        // Removal records in input order: by block, then by position inside the block (the
        // span on a text dump; on HTML, where a cut piece has its block's span, where its text
        // lies in the block). Their text is copied out of the document's buffer into one
        // string, so that the article does not keep the whole input alive for the removed part
        // of it.
        log.records
            .sort_by_key(|r| (r.block, r.span.start, r.text.start));
        let removed_bytes = log.records.iter().map(|r| r.text.len()).sum();
        let mut removed_text = String::with_capacity(removed_bytes);
        for r in &mut log.records {
            let start = removed_text.len();
            removed_text.push_str(buf.get(r.text.clone()).unwrap_or(""));
            r.text = start..removed_text.len();
        }
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
            removed: OwnedLog {
                buf: removed_text,
                log,
            },
            notes,
        }
    }

    /// Every block or part of a block taken out of the body, in input order, with its reason
    /// and the filter that removed it.
    pub fn removed(&self) -> Removals<'_> {
        self.removed.view()
    }

    /// Drops the removal log (and the removed text it holds), for a user who keeps many
    /// articles and does not need to know what was removed. `removed()` is empty afterwards.
    pub fn clear_removed(&mut self) {
        self.removed = OwnedLog::default();
    }
}
