//! Shared by the benches: the html5ever + rcdom floor and the pipelines under test.
#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use newsclean::{Limits, Pipeline};

/// Parses `html` into an rcdom and nothing else: the floor every HTML pipeline sits on.
pub fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), html5ever::ParseOpts::default()).one(html)
}

/// Parses, then walks every node iteratively and adds up the text bytes: what the cheapest
/// possible extractor over an rcdom has to do.
pub fn parse_and_walk(html: &str) -> usize {
    let dom = parse(html);
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    let mut bytes = 0;
    while let Some(n) = stack.pop() {
        if let NodeData::Text { contents } = &n.data {
            bytes += contents.borrow().len();
        }
        stack.extend(n.children.borrow().iter().rev().cloned());
    }
    bytes
}

/// Limits raised so that the 100 MB sweep pages are accepted (a 100 MB page has ~7 M nodes).
pub fn sweep_limits() -> Limits {
    let mut l = Limits::default();
    l.max_dom_nodes = usize::MAX;
    l.max_input_bytes = 512 << 20;
    l
}

/// The default pipeline with the sweep limits.
pub fn sweep_pipeline() -> Pipeline {
    Pipeline::default()
        .to_builder()
        .limits(sweep_limits())
        .build()
        .expect("no unknown filter names")
}

/// Whether the HTML path is implemented in this build (it lands with the HTML issue).
pub fn html_available() -> bool {
    match Pipeline::default().clean_html("<p>Un paragraphe de test.</p>") {
        Err(newsclean::Error::Unsupported(_)) => {
            eprintln!(
                "note: HTML input not implemented in this build; HTML pipeline benches skipped"
            );
            false
        }
        _ => true,
    }
}
