//! `parse_date` and `parse_date_line`, with and without a reference date: no panic; every
//! date found prints as ISO 8601 that `Stamp::parse_iso` reads back to the same string.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclean::filters::facts::{parse_date, parse_date_line, Stamp};

fn round_trip(s: &Stamp) {
    let iso = s.to_iso();
    match Stamp::parse_iso(&iso) {
        Some(back) => assert_eq!(back.to_iso(), iso),
        None => panic!("to_iso gave {iso:?}, which parse_iso refuses"),
    }
}

fuzz_target!(|text: &str| {
    let reference = Stamp::date(2015, 12, 22).and_then(|s| s.at(9, 0, 0));
    for r in [None, reference.as_ref()] {
        if let Some(s) = parse_date(text, r) {
            round_trip(&s);
        }
        if let Some(l) = parse_date_line(text, r) {
            for s in l.published.iter().chain(l.updated.iter()) {
                round_trip(s);
            }
        }
    }
    if let Some(s) = Stamp::parse_iso(text) {
        round_trip(&s);
    }
});
