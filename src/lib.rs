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
//! for r in &article.removed {
//!     println!("removed {:?}: {}", r.text, r.reason);
//! }
//! # Ok::<(), newsclean::Error>(())
//! ```
//!
//! ## The pipeline
//!
//! A [`Pipeline`] is an ordered list of [`Filter`]s. [`Pipeline::default`] detects the
//! language of each page; [`Pipeline::french`] and [`Pipeline::english`] fix it. Build your
//! own with [`Pipeline::builder`] or start from a preset with [`Pipeline::to_builder`], and add,
//! insert, remove or replace filters by name. Pipelines are `Send + Sync` and cheap to clone.
//!
//! ## Untrusted input
//!
//! No input makes the crate panic; sizes are bounded by [`Limits`], and hitting a limit is an
//! [`Error`] that says which limit and how to raise it.

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

pub use article::{
    Anchor, Article, Caption, Facts, Mention, MentionKind, Quote, QuoteFact, ReadingTime,
};
pub use document::{
    Block, BlockId, BlockKind, Document, FactKind, Features, HtmlInfo, Reason, Removed, SourceKind,
    Span,
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
