//! The `clean` JSON contract, in one place for the `clean` and `batch` examples.
//!
//! Include it with `#[path = "common/json.rs"] mod json;` (from `examples/`).
#![allow(dead_code)]

use newsclean::Article;
use serde_json::{Map, Value};

/// The article as the JSON contract of the README (the `serde` serialisation of [`Article`]):
/// the contract's keys ([`KEYS`]: `language`, `title`, `paragraphs`, `text`, `quotes`,
/// `mentions`, `reading_time`, `media_durations_secs`, `captions`, `credits`, `bylines`,
/// `published`, `updated`, `removed` with each removed block's `text` and `reason` code), plus
/// the fields the README lists beyond it (`datelines`, `notes`, and each removed block's
/// `filter`, `block` and `span`). The same shape as the `clean` example's output.
pub fn article_json(a: &Article) -> Value {
    serde_json::to_value(a).unwrap_or_else(|e| error_json("", &e.to_string()))
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
