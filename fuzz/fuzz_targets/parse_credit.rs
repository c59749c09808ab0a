//! `parse_credit` and `split_caption_credit`: no panic; a credit is non-empty text; the
//! caption length lies on a char boundary inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::{parse_credit, split_caption_credit};

fuzz_target!(|text: &str| {
    if let Some(c) = parse_credit(text) {
        assert!(!c.trim().is_empty(), "empty credit from {text:?}");
    }
    if let Some((len, c)) = split_caption_credit(text) {
        assert!(len <= text.len() && text.is_char_boundary(len), "bad caption length {len}");
        assert!(!c.trim().is_empty(), "empty credit from {text:?}");
    }
});
