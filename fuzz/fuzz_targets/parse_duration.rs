//! `parse_duration`: no panic, no overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::parse_duration;

fuzz_target!(|text: &str| {
    let _ = parse_duration(text);
});
