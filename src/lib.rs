//! # newsclean
//!
//! Turns a raw news page — HTML, or a scraped text dump of the whole page — into a clean
//! article with structured facts: the body paragraphs, direct quotes with their speakers,
//! reading time, media durations, captions and credits, bylines and dates. French news comes
//! first, English second.
//!
//! Every block taken out of the body is kept in [`Article::removed`] with its [`Reason`]:
//! nothing is silently lost.
//!
//! ## Quick start
//!
//! ```
//! let page = "Bienvenue sur RTL\nLes deux ministres de la Défense ont convenu d'un rapprochement entre les services de renseignement français et russe.\nJe crée mon compte";
//! let article = newsclean::clean_text(page)?;
//! assert_eq!(article.paragraphs.len(), 1);
//! for r in article.removed() {
//!     println!("removed {:?}: {}", r.text, r.reason);
//! }
//! # Ok::<(), newsclean::Error>(())
//! ```
//!
//! ## Filters
//!
//! A [`Pipeline`] is an ordered list of [`Filter`]s over a [`Document`] of [`Block`]s.
//! [`Pipeline::default`] detects the language of each page; [`Pipeline::french`] and
//! [`Pipeline::english`] fix it. Build your own with [`Pipeline::builder`] or start from a preset
//! with [`Pipeline::to_builder`], and add, insert, remove or replace filters by name.
//! [`filters::standard`] lists the default filters in order and says what each does;
//! [`filters::Template`] is a filter to copy. A filter removes blocks only through
//! [`Document::remove`] and its siblings, always with a [`Reason`], so the removal log is
//! complete: every block of the input ends up in the body or in [`Article::removed`].
//!
//! ## French defaults
//!
//! French comes first: rule tables, fact parsers ("Publié le 21/12/2015 à 18h30", "1 min de
//! lecture", "Crédit : AFP", "Par J. Dupont et M. Durand") and the quote filter (« » with or
//! without no-break spaces, "a-t-elle ajouté", "selon X") are written for French news, with
//! English equivalents. Patterns accept U+00A0 and U+202F wherever a space can be, and both
//! apostrophes; the body keeps the page's characters.
//!
//! ## Performance
//!
//! Every filter makes one pass over the blocks; rule tables are compiled once into
//! `RegexSet`s; costs grow linearly with the input. The HTML walk frees each DOM node once it
//! has read it, so the peak heap of the HTML path stays near that of the parse alone (under 5×
//! the input from 1 MB up). `benches/` holds criterion benchmarks with throughput in bytes
//! (`cargo bench`); the README gives the measured figures.
//!
//! ## Untrusted input
//!
//! No input makes the crate panic: malformed HTML, invalid UTF-8, NUL bytes, an unclosed «.
//! Sizes are bounded by [`Limits`] (input bytes, DOM nodes, nesting depth), and hitting a limit
//! is an [`Error`] that says which limit and how to raise it. Pipelines are `Send + Sync` and
//! cheap to clone: share one across threads.
//!
//! ## Crate features
//!
//! - `serde`: `serde::Serialize` for [`Article`] and its fact types; that serialisation is the
//!   JSON contract of the `clean` example.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

use once_cell::sync::Lazy;

pub mod article;
pub mod document;
mod error;
pub mod filters;
pub mod input;
mod lang;
mod pipeline;

/// Checks for the fuzz targets (compiled only under `cargo fuzz`, which sets `cfg(fuzzing)`).
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    /// Parses `html` with the crate's html5ever driver, which skips the text of scripts and
    /// style sheets, and with html5ever's own: `Err` tells how the trees differ.
    pub fn raw_text_skip_matches_html5ever(html: &str) -> Result<(), String> {
        crate::input::parse::check::same_tree(html).map(drop)
    }
}

pub use article::{
    Anchor, Article, Caption, Facts, Mention, MentionKind, Quote, QuoteFact, ReadingTime,
};
pub use document::{
    Block, BlockId, BlockKind, Document, FactKind, Features, HtmlInfo, Reason, Removals,
    RemovalsIter, Removed, SourceKind, Span,
};
pub use error::{BoxError, Error, InputNote};
pub use lang::{detect_document_language, detect_language, stopword_counts, Language};
pub use pipeline::{from_fn, Filter, FnFilter, Limits, Pipeline, PipelineBuilder};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

static DEFAULT: Lazy<Pipeline> = Lazy::new(Pipeline::default);

/// Cleans a scraped text dump with the default pipeline (language detected).
pub fn clean_text(text: &str) -> Result<Article, Error> {
    DEFAULT.clean_text(text)
}

/// Cleans an HTML page with the default pipeline (language detected).
pub fn clean_html(html: &str) -> Result<Article, Error> {
    DEFAULT.clean_html(html)
}
