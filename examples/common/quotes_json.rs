//! The quote scorer's JSON for a text, shared by the `quotes` and `evaluate` examples.
//!
//! Include it with `#[path = "common/quotes_json.rs"] mod quotes_json;` (from `examples/`).

use newsclean::{Document, Pipeline};
use serde_json::{json, Value};

/// Turns the byte offsets `start`/`end` of every quote into code-point offsets, in one pass.
pub fn to_code_points(input: &str, quotes: &mut [Value]) {
    let mut offsets: Vec<(usize, usize, &'static str)> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        for key in ["start", "end"] {
            offsets.push((q[key].as_u64().unwrap_or(0) as usize, i, key));
        }
    }
    offsets.sort_unstable();
    let mut chars = 0;
    let mut pos = 0;
    for (byte, i, key) in offsets {
        if let Some(s) = input.get(pos..byte) {
            chars += s.chars().count();
            pos = byte;
        }
        quotes[i][key] = json!(chars);
    }
}

/// Quotes and mentions of `input` found by `pipeline`, as the scorer's JSON: `start`/`end` are
/// code-point offsets into `input`, and `speaker` is the resolved name when there is one.
pub fn quotes_json(pipeline: &Pipeline, input: &str) -> Result<Value, newsclean::Error> {
    let mut doc = Document::from_text(input);
    pipeline.process(&mut doc)?;
    let mut quotes = Vec::new();
    for qf in &doc.facts().quotes {
        let a = qf.anchor;
        let (Some(b0), Some(b1)) = (doc.block(a.block), doc.block(a.end_block)) else {
            continue;
        };
        let q = &qf.quote;
        quotes.push(json!({
            "text": q.text,
            "speaker": q.speaker_resolved.clone().or_else(|| q.speaker.clone()),
            "speaker_as_written": q.speaker,
            "speaker_resolved": q.speaker_resolved,
            "cue": q.cue,
            "start": b0.span.start + a.start,
            "end": b1.span.start + a.end,
            "partial": q.partial,
        }));
    }
    to_code_points(input, &mut quotes);
    let mentions: Vec<Value> = doc
        .facts()
        .mentions
        .iter()
        .map(|m| json!({"text": m.text, "kind": m.kind}))
        .collect();
    Ok(json!({"quotes": quotes, "mentions": mentions}))
}
