//! Adversarial HTML pages: each completes, within the limits, without panic (and without
//! overflowing the stack, on the walk or on drop), with a clear `Ok` or a clear `Err`.
//!
//! The largest cases are ignored in debug builds:
//! `cargo test --release --test adversarial_html -- --ignored`.

#[path = "common/invariants.rs"]
mod invariants;

use newsclean::{Article, Error, Limits, Pipeline};

fn pipeline(f: impl FnOnce(&mut Limits)) -> Pipeline {
    let mut limits = Limits::default();
    f(&mut limits);
    Pipeline::default()
        .to_builder()
        .limits(limits)
        .build()
        .unwrap_or_else(|e| panic!("{e}"))
}

fn ok(r: Result<Article, Error>) -> Article {
    let a = r.unwrap_or_else(|e| panic!("expected Ok, got: {e}"));
    invariants::common(&a).unwrap_or_else(|e| panic!("invariant broken: {e}"));
    a
}

const PARA: &str = "Le conseil municipal a adopté le budget après un long débat avec l’opposition, a indiqué la maire de la ville.";

fn nested(depth: usize, open: &str, close: &str) -> String {
    let mut s = String::with_capacity(depth * (open.len() + close.len()) + 200);
    s.push_str("<!DOCTYPE html><html><body>");
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str("<p>");
    s.push_str(PARA);
    s.push_str("</p>");
    for _ in 0..depth {
        s.push_str(close);
    }
    s.push_str("</body></html>");
    s
}

#[test]
fn a_hundred_thousand_nested_divs() {
    let html = nested(100_000, "<div>", "</div>");
    // Default limits: the page is either cleaned or refused as too deep, never a crash.
    match Pipeline::default().clean_html(&html) {
        Ok(a) => {
            ok(Ok(a));
        }
        Err(Error::TooDeep { limit, .. }) => assert_eq!(limit, Limits::default().max_depth),
        Err(e) => panic!("unexpected error: {e}"),
    }
    // Low limit: a clear error that names the limit.
    match pipeline(|l| l.max_depth = 1_000).clean_html(&html) {
        Err(e @ Error::TooDeep { .. }) => assert!(e.to_string().contains("max_depth")),
        other => panic!("expected TooDeep, got {:?}", other.map(|a| a.paragraphs)),
    }
}

#[test]
fn nesting_under_a_raised_limit_is_cleaned() {
    let html = nested(5_000, "<div>", "</div>");
    let a = ok(pipeline(|l| l.max_depth = 1_000_000).clean_html(&html));
    assert!(a.text.contains("adopté le budget"), "{:?}", a.paragraphs);
}

/// html5ever's tree builder scans the stack of open elements for each start tag, so parsing
/// n nested elements costs O(n²): 10 000 levels take ~0.5 s, 40 000 ~10 s, 100 000 about a
/// minute (parse alone, release build). A depth limit that stops the parse early is what keeps
/// such pages cheap; this test checks that the walk and the drop survive the full depth.
#[test]
#[ignore = "a minute in html5ever alone: cargo test --release --test adversarial_html -- --ignored"]
fn a_hundred_thousand_nested_divs_under_a_raised_limit() {
    let html = nested(100_000, "<div>", "</div>");
    let a = ok(pipeline(|l| l.max_depth = 1_000_000).clean_html(&html));
    assert!(a.text.contains("adopté le budget"), "{:?}", a.paragraphs);
}

#[test]
fn ten_thousand_unclosed_inline_elements() {
    // Unclosed <b> and <a> with distinct attributes: the parser's list of active formatting
    // elements is where HTML parsers go quadratic.
    let mut html = String::from("<html><body><p>");
    for i in 0..10_000 {
        html.push_str(&format!("<b class=\"c{i}\"><a href=\"/{i}\">mot{i} "));
    }
    html.push_str("</p><p>");
    html.push_str(PARA);
    html.push_str("</p>");
    let r = Pipeline::default().clean_html(&html);
    if let Err(e) = &r {
        assert!(
            matches!(e, Error::TooDeep { .. } | Error::TooManyNodes { .. }),
            "{e}"
        );
    } else {
        ok(r);
    }
}

#[test]
fn too_many_nodes_is_a_clear_error() {
    let html = format!("<html><body>{}</body></html>", "<p>a</p>".repeat(50_000));
    match pipeline(|l| l.max_dom_nodes = 10_000).clean_html(&html) {
        Err(e @ Error::TooManyNodes { .. }) => assert!(e.to_string().contains("max_dom_nodes")),
        other => panic!(
            "expected TooManyNodes, got {:?}",
            other.map(|a| a.paragraphs.len())
        ),
    }
}

#[test]
fn deeply_nested_tables() {
    let html = nested(2_000, "<table><tr><td>", "</td></tr></table>");
    let a = ok(pipeline(|l| l.max_depth = 1_000_000).clean_html(&html));
    assert!(a.text.contains("adopté le budget"));
    // Unclosed tables, cell after cell.
    let html = format!(
        "<html><body>{}<p>{PARA}</p>",
        "<table><tr><td>x".repeat(5_000)
    );
    let r = Pipeline::default().clean_html(&html);
    if let Err(e) = &r {
        assert!(matches!(e, Error::TooDeep { .. }), "{e}");
    } else {
        ok(r);
    }
}

#[test]
fn a_page_of_only_script() {
    let mut html = String::from("<html><head><script>");
    for i in 0..20_000 {
        html.push_str(&format!(
            "window.dataLayer.push({{\"id\":{i}}});if(a<b&&c>d){{x('</div>')}}\n"
        ));
    }
    html.push_str(
        "</script></head><body><script>var x = '<p>pas du texte</p>';</script></body></html>",
    );
    match Pipeline::default().clean_html(&html) {
        Ok(a) => {
            let a = ok(Ok(a));
            assert!(
                !a.text.contains("dataLayer") && !a.text.contains("pas du texte"),
                "script text leaked into the body: {:?}",
                &a.text.chars().take(200).collect::<String>()
            );
        }
        Err(Error::NotHtml(_)) => {}
        Err(e) => panic!("unexpected error: {e}"),
    }
}

#[test]
fn invalid_utf8_and_nul_bytes() {
    let mut bytes = b"<html><body>".to_vec();
    for i in 0..2_000u32 {
        bytes.extend_from_slice(b"<p>");
        bytes.extend_from_slice(PARA.as_bytes());
        bytes.extend_from_slice(&[
            0,
            0xff,
            0xfe,
            0xc3,
            b' ',
            0xe2,
            0x80,
            b'\0',
            (i % 256) as u8,
        ]);
        bytes.extend_from_slice(b"</p>\0<div\0 class=\"\xff\">\x00</div>");
    }
    let a = ok(Pipeline::default().clean_html_bytes(&bytes));
    assert!(!a.text.contains('\0'), "NUL in the body");
}

#[test]
fn a_one_megabyte_attribute() {
    let value = "x".repeat(1 << 20);
    let html = format!(
        "<html><body><article><p title=\"{value}\" class=\"{value}\">{PARA}</p><p>{PARA}</p></article></body></html>"
    );
    let a = ok(Pipeline::default().clean_html(&html));
    assert!(a.text.contains("adopté le budget"));
    assert!(
        !a.text.contains("xxxxxxxx"),
        "an attribute leaked into the body"
    );
}

#[test]
fn ten_thousand_unclosed_guillemets() {
    let mut html = String::from("<html><body><article>");
    for i in 0..10_000 {
        html.push_str(&format!("<p>«\u{a0}Il a dit {i}</p>"));
        if i % 100 == 0 {
            html.push_str(&format!("<p>{PARA}</p>"));
        }
    }
    html.push_str(&format!(
        "<p>{}</p></article></body></html>",
        "« ".repeat(10_000)
    ));
    ok(Pipeline::default().clean_html(&html));
}

#[test]
fn fifty_thousand_short_paragraphs() {
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        "<p>Oui.</p><p>Non.</p><li>Menu</li><p>a</p><p>Lire aussi</p>".repeat(10_000)
    );
    ok(Pipeline::default().clean_html(&html));
}

#[test]
#[ignore = "slow in a debug build: cargo test --release --test adversarial_html -- --ignored"]
fn a_million_short_paragraphs() {
    let html = format!(
        "<html><body><article>{}</article></body></html>",
        "<p>Oui.</p><p>Non.</p><li>Menu</li><p>a</p><p>Lire aussi</p>".repeat(200_000)
    );
    ok(Pipeline::default().clean_html(&html));
}

#[test]
#[ignore = "slow in a debug build: cargo test --release --test adversarial_html -- --ignored"]
fn a_fifty_megabyte_text_node() {
    let mut html = String::with_capacity(51 << 20);
    html.push_str("<html><body><article><p>");
    while html.len() < 50 << 20 {
        html.push_str(PARA);
        html.push(' ');
    }
    html.push_str("</p></article></body></html>");
    let a = ok(Pipeline::default().clean_html(&html));
    assert!(a.text.len() > 40 << 20 || a.removed().iter().any(|r| r.text.len() > 40 << 20));
}

#[test]
fn empty_and_non_html_inputs() {
    for input in [
        "",
        "   ",
        "\u{feff}",
        "just some words, no markup",
        "\0\0\0",
        "<",
        "<!--",
        "<![CDATA[",
    ] {
        match Pipeline::default().clean_html(input) {
            Ok(a) => {
                ok(Ok(a));
            }
            Err(Error::NotHtml(_)) => {}
            Err(e) => panic!("{input:?}: unexpected error {e}"),
        }
    }
}
