//! Adversarial inputs on the text path and in the batch reader: each completes, within the
//! limits, without panic, with a clear `Ok` or a clear `Err`. The HTML cases are in
//! `tests/adversarial_html.rs`.
//!
//! Inputs are generated in the tests. The largest cases are `#[ignore]`d because a debug build
//! takes too long on them; run them with `cargo test --release --test adversarial -- --ignored`.

#[path = "../examples/common/input.rs"]
mod input;
#[path = "common/invariants.rs"]
mod invariants;

use newsclean::{Error, InputNote, Limits, Pipeline};

fn check(input: &str) -> newsclean::Article {
    let a = match newsclean::clean_text(input) {
        Ok(a) => a,
        Err(e) => panic!("clean_text failed: {e}"),
    };
    if let Err(e) = invariants::common(&a).and_then(|_| invariants::conservation_text(input, &a)) {
        panic!("invariant broken: {e}");
    }
    a
}

fn para(i: usize) -> String {
    format!(
        "Le conseil municipal a adopté le budget numéro {i} après un long débat avec l’opposition."
    )
}

#[test]
fn a_million_short_lines() {
    let mut s = String::with_capacity(12 << 20);
    for i in 0..1_000_000 {
        s.push_str(["Oui.", "Non.", "Menu", "a", "Lire aussi"][i % 5]);
        s.push('\n');
    }
    let a = check(&s);
    assert_eq!(a.paragraphs.len() + a.removed().len(), 1_000_000);
}

#[test]
#[ignore = "50 MB in a debug build is slow: run with --release -- --ignored"]
fn a_50_mb_line() {
    let p = para(1);
    let mut s = String::with_capacity(51 << 20);
    while s.len() < 50 << 20 {
        s.push_str(&p);
        s.push(' ');
    }
    let a = check(&s);
    assert_eq!(a.paragraphs.len() + a.removed().len(), 1);
}

#[test]
fn a_1_mb_line() {
    let p = para(2);
    let mut s = String::with_capacity(2 << 20);
    while s.len() < 1 << 20 {
        s.push_str(&p);
        s.push(' ');
    }
    let a = check(&s);
    assert_eq!(a.paragraphs.len() + a.removed().len(), 1);
}

#[test]
fn ten_thousand_unclosed_guillemets() {
    // On one line, and one per line between real paragraphs.
    let mut s = "«\u{a0}".repeat(10_000);
    s.push('\n');
    for i in 0..10_000 {
        s.push_str(&format!("«\u{a0}Il a dit {i}\n"));
        if i % 100 == 0 {
            s.push_str(&para(i));
            s.push('\n');
        }
    }
    let a = check(&s);
    // Every line is accounted for (checked above); the body is whatever the filters judge it.
    let lines = s.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(a.paragraphs.len() + a.removed().len() >= lines);
}

#[test]
fn invalid_utf8_and_nul_bytes() {
    let mut bytes = Vec::new();
    for i in 0..5_000u32 {
        bytes.extend_from_slice(para(i as usize).as_bytes());
        bytes.extend_from_slice(&[0, 0xff, 0xfe, b'\n', 0xc3, b'\n', 0xe2, 0x80, b'\0', b'\n']);
        bytes.push((i % 256) as u8);
    }
    let a = Pipeline::default()
        .clean_text_bytes(&bytes)
        .unwrap_or_else(|e| panic!("clean_text_bytes failed: {e}"));
    assert!(a
        .notes
        .iter()
        .any(|n| matches!(n, InputNote::LossyDecoding { replaced, .. } if *replaced > 0)));
    invariants::common(&a).unwrap_or_else(|e| panic!("{e}"));
    // Conservation against the decoded text.
    let decoded = String::from_utf8_lossy(&bytes);
    invariants::conservation_text(&decoded, &a).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn control_characters_and_lone_combining_marks() {
    let mut s = String::new();
    for i in 0..5_000 {
        s.push_str("\u{301}\u{308}\u{200b}\u{feff}\u{7}\u{1b}[31m\r\u{85}\u{2028}");
        s.push_str(&para(i));
        s.push_str("\u{202e}\u{0}\n");
    }
    check(&s);
}

#[test]
fn a_page_of_only_script_as_text() {
    let mut s = String::new();
    for i in 0..20_000 {
        s.push_str(&format!(
            "window.dataLayer.push({{\"event\":\"pv\",\"id\":{i}}});if(a<b&&c>d){{x()}}\n"
        ));
    }
    check(&s);
}

#[test]
fn input_over_the_limit_is_a_clear_error() {
    let mut limits = Limits::default();
    limits.max_input_bytes = 1_000;
    let p = Pipeline::default()
        .to_builder()
        .limits(limits)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let s = para(0).repeat(20);
    match p.clean_text(&s) {
        Err(Error::InputTooLarge { size, limit }) => {
            assert_eq!((size, limit), (s.len(), 1_000));
        }
        other => panic!("expected InputTooLarge, got {other:?}"),
    }
    let msg = p
        .clean_text_bytes(s.as_bytes())
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(msg.contains("max_input_bytes"), "{msg}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes)
        .and_then(|_| enc.finish())
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_gzip_bomb_is_refused_past_the_byte_limit() {
    // 16 MB of zeros compress to ~70 KB; the limit is 1 MB.
    let bomb = gzip(&vec![0u8; 16 << 20]);
    let dir = std::env::temp_dir().join(format!("newsclean-bomb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("bomb.txt.gz");
    std::fs::write(&path, &bomb).unwrap_or_else(|e| panic!("{e}"));
    let page = input::read_file(&path, 1 << 20);
    let _ = std::fs::remove_dir_all(&dir);
    match page.bytes {
        Err(input::ReadError::TooLarge { limit }) => assert_eq!(limit, 1 << 20),
        other => panic!("expected TooLarge, got {:?}", other.map(|b| b.len())),
    }
    // Under the limit, the same reader inflates the page.
    let ok = input::read_limited(
        flate2::read::GzDecoder::new(&gzip(b"Bonjour.\n")[..]),
        1 << 20,
    );
    assert_eq!(ok.ok().as_deref(), Some(&b"Bonjour.\n"[..]));
}

fn warc_record(kind: &str, uri: &str, payload: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-12T14:05:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype={kind}\r\n\
         Content-Length: {}\r\n\r\n",
        uri.len(),
        payload.len()
    )
    .into_bytes();
    r.extend_from_slice(payload);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn warc_html_responses_are_pages_and_a_bomb_record_is_refused() {
    let html = b"<html><body><p>Le conseil municipal a adopt\xc3\xa9 le budget.</p></body></html>";
    let mut w = warc_record("request", "https://ex.fr/a", b"GET /a HTTP/1.1\r\n\r\n");
    let mut resp = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
    resp.extend_from_slice(html);
    w.extend(warc_record("response", "https://ex.fr/a", &resp));
    let mut gz =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    gz.extend(gzip(&vec![b' '; 4 << 20]));
    w.extend(warc_record("response", "https://ex.fr/bomb", &gz));
    w.extend(warc_record(
        "response",
        "https://ex.fr/logo.png",
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
    ));
    let mut pages = Vec::new();
    let skipped = input::for_each_warc_page_in(&w[..], 1 << 20, &mut |p| {
        pages.push(p);
        true
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(skipped, 2, "the request and the PNG are skipped");
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].source, "https://ex.fr/a");
    assert_eq!(pages[0].bytes.as_deref().ok(), Some(&html[..]));
    assert_eq!(pages[1].source, "https://ex.fr/bomb");
    assert!(matches!(
        pages[1].bytes,
        Err(input::ReadError::TooLarge { .. })
    ));
}

#[test]
fn the_provided_article_keeps_its_invariants() {
    check(include_str!("../examples/data/rtl-le-drian-moscou.txt"));
}

#[test]
fn the_invariant_checks_catch_a_lost_line_and_a_bad_offset() {
    let input = include_str!("../examples/data/rtl-le-drian-moscou.txt");
    let a = check(input);
    let mut lost = a.clone();
    lost.paragraphs.remove(0);
    assert!(invariants::conservation_text(input, &lost).is_err());
    let mut dropped: Vec<_> = a.removed().iter().collect();
    dropped.pop();
    assert!(invariants::conservation_text_of(input, &a.paragraphs, &dropped).is_err());
    let mut bad = a.clone();
    let mut q = newsclean::Quote::new("x");
    q.start = 1;
    q.end = bad.text.len() + 1;
    bad.quotes.push(q);
    assert!(invariants::quotes_in_text(&bad).is_err());
}
