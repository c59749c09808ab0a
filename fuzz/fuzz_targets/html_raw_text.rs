//! The crate's html5ever driver skips the text of scripts, style sheets, `noscript` and
//! `iframe` once the tree builder has chosen the raw-text state for them: on any UTF-8 input,
//! its tree must be html5ever's own but for that text (`src/input/parse.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(html) = std::str::from_utf8(data) {
        if let Err(e) = newsclean::fuzzing::raw_text_skip_matches_html5ever(html) {
            panic!("{e}");
        }
    }
});
