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
fn run(input: &str) -> Result<Value, newsclean::Error> {
    let pipeline = Pipeline::builder().add(Quotes::default()).build()?;
    let mut doc = Document::from_text(input);
    pipeline.process(&mut doc)?;
    // Byte offset in the input → code-point offset, in one pass over sorted offsets.
    let cp = |byte: usize| input.get(..byte).map_or(0, |s| s.chars().count());
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
            "start": cp(start),
            "end": cp(end),
            "partial": q.partial,
        }));
    }
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
