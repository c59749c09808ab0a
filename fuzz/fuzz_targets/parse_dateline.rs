//! `parse_dateline`, agency copy or not: no panic; the prefix length lies on a char boundary
//! inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::parse_dateline;

fuzz_target!(|text: &str| {
    for wire in [false, true] {
        if let Some((d, len)) = parse_dateline(text, wire) {
            assert!(len <= text.len() && text.is_char_boundary(len), "bad length {len}");
            assert!(!d.trim().is_empty());
        }
    }
});
