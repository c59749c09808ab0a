//! `clean_html` and `clean_html_bytes` on any bytes: no panic (nor stack overflow); an `Ok`
//! article keeps its invariants (quote offsets on char boundaries inside `text`, `text` is the
//! paragraphs joined, removal records in input order).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsclean::Pipeline;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fn check(r: Result<newsclean::Article, newsclean::Error>) {
    if let Ok(a) = r {
        if let Err(e) = invariants::common(&a) {
            panic!("invariant broken: {e}");
        }
        let removed: Vec<_> = a.removed().iter().collect();
        if removed.windows(2).any(|w| w[0].block > w[1].block) {
            panic!("removed records out of input order");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(PIPELINE.clean_html_bytes(data));
    if let Ok(s) = std::str::from_utf8(data) {
        check(newsclean::clean_html(s));
    }
});
