//! Runs the quote filter alone on a clean text file (title line, blank line, body) and prints
//! the quotes and mentions as JSON, in the format of the quote scorer of the DEV corpus:
//!
//! ```sh
//! cargo run --release --example quotes -- FILE
//! ```
//!
//! `start`/`end` are code-point offsets of the quoted text in FILE. `speaker` is the named
//! person when the text resolves a pronoun or a description, the speaker as written otherwise
//! (`speaker_as_written` keeps the surface form).

use std::process::ExitCode;

use newsclean::{filters::Quotes, Document, Pipeline};
use serde_json::{json, Value};

/// Quotes and mentions of `input` as the scorer's JSON.
/// Turns the byte offsets `start`/`end` of every quote into code-point offsets, in one pass.
fn to_code_points(input: &str, quotes: &mut [Value]) {
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

fn run(input: &str) -> Result<Value, newsclean::Error> {
    let pipeline = Pipeline::builder().add(Quotes::default()).build()?;
    let mut doc = Document::from_text(input);
    pipeline.process(&mut doc)?;
    // Byte offsets in the input first; code points at the end, in one pass.
    let mut quotes = Vec::new();
    for qf in &doc.facts().quotes {
        let a = qf.anchor;
        let (Some(b0), Some(b1)) = (doc.block(a.block), doc.block(a.end_block)) else {
            continue;
        };
        let start = b0.span.start + a.start;
        let end = b1.span.start + a.end;
        let q = &qf.quote;
        quotes.push(json!({
            "text": q.text,
            "speaker": q.speaker_resolved.clone().or_else(|| q.speaker.clone()),
            "speaker_as_written": q.speaker,
            "speaker_resolved": q.speaker_resolved,
            "cue": q.cue,
            "start": start,
            "end": end,
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

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: quotes FILE");
        return ExitCode::FAILURE;
    };
    let input = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match run(&input) {
        Ok(v) => {
            println!("{v}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
