//! The crate's filters, one module each. [`standard`] lists the default pipeline.

use std::sync::Arc;

use crate::pipeline::Filter;

pub mod dom;
pub mod duplicates;
pub mod facts;
mod gate;
pub mod quotes;
pub mod region;
pub mod rules;
pub mod template;
pub mod title;

pub use dom::{DomContent, TextOnly};
pub use duplicates::Duplicates;
pub use quotes::Quotes;
pub use region::BodyRegion;
pub use rules::{LineRules, Rule};
pub use template::Template;
pub use title::TextTitle;

/// The standard filters, in the order the default pipeline runs them:
///
/// 0. [`DomContent`] (`dom-content`, HTML pages only): the article's element chosen from DOM
///    evidence (structured data, Readability-style scores, class/id tokens, link density);
///    chrome inside it removed.
/// 1. [`LineRules`] (`line-rules`): the rule tables (neutral, then French or English) for
///    prompts, banners, labels, teasers, footers and leaked code, each with its own reason.
/// 2. [`Duplicates`] (`duplicates`, text dumps only: on HTML pages the DOM evidence already
///    removed repeated chrome, and repeats left inside the article are the author's): a short
///    line printed more than once is chrome (menus, share rows, repeated titles) even when no
///    rule knows its words.
/// 3. [`BodyRegion`] (`body-region`, text dumps only): the article is the best contiguous run
///    of running text; lines before and after it go, and teaser standfirsts inside it.
/// 4. [`TextTitle`] (`text-title`, text dumps only): the headline-shaped line of the head
///    just before that region becomes the title fact.
/// 5. The fact filters of [`facts::standard`]: reading time, media durations, credits and
///    captions, bylines, dates, datelines, and the estimated reading time.
/// 6. [`Quotes`] (`quotes`): direct quotations with speaker and cue, and the marks that are
///    not speech (titles, terms, nicknames, labels) as mentions.
///
/// Rules run first so that a line gets the most telling reason ("welcome banner" rather than
/// "repeated"); the region filter runs after both and reads their removals as interruptions
/// (cheap inside an article) or, for comment, tag and footer lines, as the end of one.
pub fn standard() -> Vec<Arc<dyn Filter>> {
    let mut v: Vec<Arc<dyn Filter>> = vec![
        Arc::new(DomContent),
        Arc::new(LineRules::standard()),
        Arc::new(TextOnly(Duplicates)),
        Arc::new(BodyRegion),
        Arc::new(TextTitle),
    ];
    v.extend(facts::standard());
    v.push(Arc::new(Quotes::default()));
    v
}

/// The lines of the project's own text fixtures (the provided article and the text dumps of
/// `tests/cases`), for the tests that check that a cheap test in front of a pattern never turns
/// away a line the pattern accepts.
#[cfg(test)]
pub(crate) fn fixture_lines() -> impl Iterator<Item = &'static str> {
    [
        include_str!("../../examples/data/rtl-le-drian-moscou.txt"),
        include_str!("../../tests/cases/fr-politique-dump/input.txt"),
        include_str!("../../tests/cases/en-world-dump/input.txt"),
        include_str!("../../tests/cases/fr-regional-dump/input.txt"),
        include_str!("../../tests/cases/fr-quotes-dump/input.txt"),
    ]
    .into_iter()
    .flat_map(str::lines)
}
