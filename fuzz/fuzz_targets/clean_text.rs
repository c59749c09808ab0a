//! `clean_text` and `clean_text_bytes` on any bytes: no panic; quote offsets on char
//! boundaries inside `text`; `text` is the paragraphs joined; every non-empty input line is in
//! the body or in `removed`, in order; the `&str` and `&[u8]` paths agree on valid UTF-8.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsclean::Pipeline;

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let Ok(a) = PIPELINE.clean_text_bytes(data) else {
        return;
    };
    let decoded = String::from_utf8_lossy(data);
    if let Err(e) = invariants::common(&a).and_then(|_| invariants::conservation_text(&decoded, &a)) {
        panic!("invariant broken: {e}");
    }
    if let Ok(s) = std::str::from_utf8(data) {
        match newsclean::clean_text(s) {
            Ok(b) => assert_eq!(a.paragraphs, b.paragraphs, "&str and &[u8] paths disagree"),
            Err(e) => panic!("clean_text failed where clean_text_bytes did not: {e}"),
        }
    }
});
