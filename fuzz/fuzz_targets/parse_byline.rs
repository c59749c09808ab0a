//! `parse_byline` and `parse_name_line`: no panic; the byte length returned lies on a char
//! boundary inside the text; names are non-empty.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::{parse_byline, parse_name_line};

fuzz_target!(|text: &str| {
    if let Some((names, len)) = parse_byline(text) {
        assert!(len <= text.len() && text.is_char_boundary(len), "bad length {len}");
        assert!(names.iter().all(|n| !n.trim().is_empty()), "empty name in {names:?}");
    }
    if let Some((name, len)) = parse_name_line(text) {
        assert!(len <= text.len() && text.is_char_boundary(len), "bad length {len}");
        assert!(!name.trim().is_empty());
    }
});
