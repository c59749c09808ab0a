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

use std::io::Write;
use std::process::ExitCode;

use newsclean::{filters::Quotes, Pipeline};

#[path = "common/quotes_json.rs"]
mod quotes_json;
use quotes_json::quotes_json;

fn run(input: &str) -> Result<serde_json::Value, newsclean::Error> {
    let pipeline = Pipeline::builder().add(Quotes::default()).build()?;
    quotes_json(&pipeline, input)
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
            // A closed pipe (`| head`) ends the output quietly.
            let _ = writeln!(std::io::stdout(), "{v}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
