//! Scores newsclean on the extraction DEV corpus with the corpus's own metrics.
//!
//! ```text
//! cargo run --release --example evaluate -- ../shared/corpus/dev [--track text|html|all]
//!     [--floor text.snippet=0.80] [--floor html.body=0.95] …
//! ```
//!
//! Prints, for the text track (input `<id>.txt`) and the HTML track (input `<id>.html.gz`),
//! snippet and body precision / recall / F1 for all pages and for the French pages, next to
//! the reference figures of `corpus/README.md`, and the single-thread throughput. With
//! `--floor TRACK.METRIC=VALUE` (metrics: `snippet`, `body`, `fr.snippet`, `fr.body`; and `quotes.f1`, `quotes.speaker`,
//! `quotes.nonspeech_ok`), exits
//! with status 1 when a figure falls under its floor, so CI catches regressions.

mod extraction;
mod facts;
mod quotes;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: evaluate DEV_DIR [--track text|html|all] [--floor TRACK.METRIC=VALUE]...\n\
         DEV_DIR is the corpus folder holding manifest.jsonl (e.g. ../shared/corpus/dev)"
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut dir: Option<PathBuf> = None;
    let mut track = String::from("all");
    let mut floors: Vec<(String, f64)> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--track" => match args.next() {
                Some(t) if ["text", "html", "all"].contains(&t.as_str()) => track = t,
                _ => return usage(),
            },
            "--floor" => {
                let Some(spec) = args.next() else {
                    return usage();
                };
                let Some((k, v)) = spec.split_once('=') else {
                    return usage();
                };
                let Ok(v) = v.parse::<f64>() else {
                    return usage();
                };
                floors.push((k.to_owned(), v));
            }
            "-h" | "--help" => return usage(),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return usage(),
        }
    }
    let Some(dir) = dir else {
        return usage();
    };
    if !dir.join("manifest.jsonl").is_file() {
        eprintln!(
            "evaluate: no corpus at {} (expected {}); nothing to score. \
             The DEV corpus lives in ../shared/corpus/dev beside the project.",
            dir.display(),
            dir.join("manifest.jsonl").display()
        );
        return ExitCode::SUCCESS;
    }
    let pages = match extraction::load_manifest(&dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("evaluate: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let mut figures = Vec::new();
    if track == "text" || track == "all" {
        figures.extend(extraction::run_track(&dir, &pages, extraction::Track::Text));
    }
    if track == "html" || track == "all" {
        figures.extend(extraction::run_track(&dir, &pages, extraction::Track::Html));
    }
    figures.extend(report_extras(&dir));
    check_floors(&figures, &floors)
}

/// Sections contributed by the quote and fact evaluations.
fn report_extras(dir: &Path) -> Vec<(String, f64)> {
    facts::report(dir);
    quotes::report(dir)
}

fn check_floors(figures: &[(String, f64)], floors: &[(String, f64)]) -> ExitCode {
    let mut failed = false;
    for (key, floor) in floors {
        match figures.iter().find(|(k, _)| k == key) {
            Some((_, v)) if v >= floor => println!("floor ok   {key} = {v:.3} ≥ {floor:.3}"),
            Some((_, v)) => {
                println!("floor FAIL {key} = {v:.3} < {floor:.3}");
                failed = true;
            }
            None => {
                println!("floor FAIL {key}: no such figure (was its track run?)");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
