//! Command-line cleaner: files or standard input → JSON (the crate's contract) or plain text.
//!
//! ```text
//! cargo run --release --example clean -- [--format json|text] [--mode auto|html|text]
//!                                        [--out-dir DIR] [FILE...]
//! ```
//!
//! With no FILE, reads standard input. With one FILE, prints its result. With several FILEs
//! and `--out-dir`, writes `DIR/<file stem>.json` (or `.txt`) for each, so that a corpus is
//! cleaned in one process; without `--out-dir`, prints one JSON object per line, each with a
//! `source` field. `--mode auto` (the default) tells HTML from text by the input's first bytes.
//! A file that fails is reported on standard error and the others go on; the exit status is
//! then 1.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use newsclean::{input::looks_like_html, Article, Pipeline};

#[path = "common/json.rs"]
mod json;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Text,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Auto,
    Html,
    Text,
}

struct Options {
    format: Format,
    mode: Mode,
    out_dir: Option<PathBuf>,
    files: Vec<PathBuf>,
}

const USAGE: &str =
    "usage: clean [--format json|text] [--mode auto|html|text] [--out-dir DIR] [FILE...]";

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        format: Format::Json,
        mode: Mode::Auto,
        out_dir: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" => {
                o.format = match args.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    other => return Err(format!("--format takes json or text, not {other:?}")),
                }
            }
            "--mode" => {
                o.mode = match args.next().as_deref() {
                    Some("auto") => Mode::Auto,
                    Some("html") => Mode::Html,
                    Some("text") => Mode::Text,
                    other => return Err(format!("--mode takes auto, html or text, not {other:?}")),
                }
            }
            "--out-dir" => match args.next() {
                Some(d) => o.out_dir = Some(PathBuf::from(d)),
                None => return Err("--out-dir takes a folder".into()),
            },
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => o.files.push(PathBuf::from(a)),
        }
    }
    Ok(o)
}

fn clean(pipeline: &Pipeline, mode: Mode, bytes: &[u8]) -> Result<Article, newsclean::Error> {
    let html = match mode {
        Mode::Html => true,
        Mode::Text => false,
        Mode::Auto => looks_like_html(bytes),
    };
    if html {
        pipeline.clean_html_bytes(bytes)
    } else {
        pipeline.clean_text_bytes(bytes)
    }
}

fn render(article: &Article, format: Format, source: Option<&str>, pretty: bool) -> String {
    match format {
        Format::Text => {
            let mut s = article.text.clone();
            s.push('\n');
            s
        }
        Format::Json => {
            let v = match source {
                Some(src) => json::article_json_with_source(article, src),
                None => json::article_json(article),
            };
            let mut s = if pretty {
                serde_json::to_string_pretty(&v)
            } else {
                serde_json::to_string(&v)
            }
            .unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

fn out_path(dir: &Path, file: &Path, format: Format) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".into());
    let ext = match format {
        Format::Json => "json",
        Format::Text => "txt",
    };
    dir.join(format!("{stem}.{ext}"))
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("clean: {msg}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let pipeline = Pipeline::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();

    if opts.files.is_empty() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("clean: cannot read standard input: {e}");
            return ExitCode::from(1);
        }
        return match clean(&pipeline, opts.mode, &bytes) {
            Ok(a) => {
                let _ = out.write_all(render(&a, opts.format, None, true).as_bytes());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("clean: standard input: {e}");
                ExitCode::from(1)
            }
        };
    }

    if let Some(dir) = &opts.out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("clean: cannot create {}: {e}", dir.display());
            return ExitCode::from(1);
        }
    }
    let single = opts.files.len() == 1;
    let mut failed = 0usize;
    for file in &opts.files {
        let result = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|b| clean(&pipeline, opts.mode, &b).map_err(|e| e.to_string()));
        let article = match result {
            Ok(a) => a,
            Err(e) => {
                eprintln!("clean: {}: {e}", file.display());
                failed += 1;
                continue;
            }
        };
        let source = file.to_string_lossy();
        match &opts.out_dir {
            Some(dir) => {
                let path = out_path(dir, file, opts.format);
                let body = render(&article, opts.format, Some(&source), true);
                if let Err(e) = std::fs::write(&path, body) {
                    eprintln!("clean: cannot write {}: {e}", path.display());
                    failed += 1;
                }
            }
            None => {
                let body = render(&article, opts.format, (!single).then_some(&*source), single);
                if out.write_all(body.as_bytes()).is_err() {
                    return ExitCode::from(1);
                }
            }
        }
    }
    if failed > 0 {
        eprintln!("clean: {failed} of {} file(s) failed", opts.files.len());
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
