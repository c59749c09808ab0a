//! The crate's filters, one module each. [`standard`] lists the default pipeline.

use std::sync::Arc;

use crate::pipeline::Filter;

pub mod dom;
pub mod duplicates;
pub mod region;
pub mod rules;
pub mod template;
pub mod title;

pub use dom::{DomContent, TextOnly};
pub use duplicates::Duplicates;
pub use region::BodyRegion;
pub use rules::{LineRules, Rule};
pub use template::Template;
pub use title::TextTitle;

/// The standard filters, in the order the default pipeline runs them:
///
/// 0. [`DomContent`] (`dom-content`, HTML pages only): the article's element chosen from DOM
///    evidence (structured data, Readability-style scores, class/id tokens, link density);
///    chrome inside it removed.
/// 1. [`Duplicates`] (`duplicates`): a line printed twice is chrome (menus, share rows,
///    repeated titles); a repeated paragraph keeps its first copy.
/// 2. [`LineRules`] (`line-rules`): the rule tables (neutral, then French or English) for
///    prompts, banners, labels, teasers, footers and leaked code.
/// 3. [`BodyRegion`] (`body-region`, text dumps only): the article is the best contiguous run
///    of running text; lines before and after it go, and teaser standfirsts inside it.
/// 4. [`TextTitle`] (`text-title`, text dumps only): the headline-shaped line of the head
///    just before that region becomes the title fact.
///
/// Duplicates and rules run first so that the region filter sees their removals as cheap
/// interruptions rather than as text.
pub fn standard() -> Vec<Arc<dyn Filter>> {
    vec![
        Arc::new(DomContent),
        // On HTML pages the DOM evidence already removed repeated chrome; repeats left inside
        // the article are the author's (a refrain, a dialogue).
        Arc::new(TextOnly(Duplicates)),
        Arc::new(LineRules::standard()),
        Arc::new(BodyRegion),
        Arc::new(TextTitle),
    ]
}
