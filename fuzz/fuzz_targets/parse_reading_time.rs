//! `parse_reading_time` and `find_reading_time`: no panic; the range found lies on char
//! boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::{find_reading_time, parse_reading_time};

fuzz_target!(|text: &str| {
    let _ = parse_reading_time(text);
    if let Some((r, _)) = find_reading_time(text) {
        assert!(r.start <= r.end && r.end <= text.len(), "range {r:?} outside {}", text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
});
