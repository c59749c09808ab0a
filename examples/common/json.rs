//! The `clean` JSON contract, in one place for the `clean` and `batch` examples.
//!
//! Include it with `#[path = "common/json.rs"] mod json;` (from `examples/`).
#![allow(dead_code)]

use newsclean::Article;
use serde_json::{json, Map, Value};

/// The article as the JSON contract: exactly the keys `language`, `title`, `paragraphs`,
/// `text`, `quotes`, `mentions`, `reading_time`, `media_durations_secs`, `captions`,
/// `credits`, `bylines`, `published`, `updated`, `removed` (each removed block as
/// `{"text", "reason"}` with the reason's machine code).
pub fn article_json(a: &Article) -> Value {
    let removed: Vec<Value> = a
        .removed
        .iter()
        .map(|r| json!({ "text": r.text, "reason": r.reason.code() }))
        .collect();
    json!({
        "language": a.language.code(),
        "title": a.title,
        "paragraphs": a.paragraphs,
        "text": a.text,
        "quotes": a.quotes,
        "mentions": a.mentions,
        "reading_time": a.reading_time,
        "media_durations_secs": a.media_durations_secs,
        "captions": a.captions,
        "credits": a.credits,
        "bylines": a.bylines,
        "published": a.published,
        "updated": a.updated,
        "removed": removed,
    })
}

/// [`article_json`] with a `source` field added (a file path or a WARC target URI).
pub fn article_json_with_source(a: &Article, source: &str) -> Value {
    let mut v = article_json(a);
    if let Value::Object(m) = &mut v {
        m.insert("source".into(), Value::String(source.to_owned()));
    }
    v
}

/// The contract's keys, in the order the contract lists them.
pub const KEYS: [&str; 14] = [
    "language",
    "title",
    "paragraphs",
    "text",
    "quotes",
    "mentions",
    "reading_time",
    "media_durations_secs",
    "captions",
    "credits",
    "bylines",
    "published",
    "updated",
    "removed",
];

/// An error line for a page that failed: `{"source": …, "error": …}`.
pub fn error_json(source: &str, error: &str) -> Value {
    let mut m = Map::new();
    m.insert("source".into(), Value::String(source.to_owned()));
    m.insert("error".into(), Value::String(error.to_owned()));
    Value::Object(m)
}
