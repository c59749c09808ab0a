//! Cleans a corpus in parallel: files, folders (recursively), `.gz`, and WARC archives.
//!
//! ```text
//! cargo run --release --example batch -- [--jobs N] [--mode auto|html|text]
//!     [--max-bytes N] [--no-progress] INPUT... > out.jsonl
//! ```
//!
//! Inputs: `.html`, `.htm`, `.txt`, the `.gz` of those, and WARC files (`.warc`, `.warc.gz`,
//! as CC-NEWS ships them: each HTML response record is a page, its `WARC-Target-URI` the
//! `source`). Folders are walked recursively; files named on the command line are always read.
//!
//! Output: one JSON object per page on stdout, the `clean` contract plus `source`, in the
//! order pages finish. A page that fails (unreadable, over `--max-bytes` after decompression,
//! refused by a limit) is an error line on stderr and the run goes on. A progress bar with
//! pages/s is drawn on stderr when it is a terminal; a summary line ends the run. Ctrl-C stops
//! reading, lets the pages in flight finish, and leaves only complete lines.

#[path = "common/input.rs"]
mod input;
#[path = "common/json.rs"]
mod json;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use input::{FileKind, Mode, PageInput};
use newsclean::{Limits, Pipeline};
use rayon::iter::{ParallelBridge, ParallelIterator};

const USAGE: &str = "usage: batch [--jobs N] [--mode auto|html|text] [--max-bytes N] [--no-progress] INPUT... > out.jsonl";

struct Opts {
    jobs: usize,
    mode: Mode,
    max_bytes: usize,
    progress: bool,
    inputs: Vec<PathBuf>,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        mode: Mode::Auto,
        max_bytes: Limits::default().max_input_bytes,
        progress: true,
        inputs: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--jobs" | "-j" => {
                o.jobs = value("--jobs")?
                    .parse()
                    .map_err(|_| "--jobs takes a number".to_string())?;
                o.jobs = o.jobs.max(1);
            }
            "--mode" => {
                let v = value("--mode")?;
                o.mode = Mode::parse(&v).ok_or(format!("unknown mode {v:?}"))?;
            }
            "--max-bytes" => {
                o.max_bytes = value("--max-bytes")?
                    .parse()
                    .map_err(|_| "--max-bytes takes a number".to_string())?;
            }
            "--no-progress" => o.progress = false,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
            _ => o.inputs.push(PathBuf::from(a)),
        }
    }
    if o.inputs.is_empty() {
        return Err("no INPUT given".into());
    }
    Ok(o)
}

static STOP: AtomicBool = AtomicBool::new(false);

#[derive(Default)]
struct Stats {
    pages: AtomicU64,
    bytes: AtomicU64,
    errors: AtomicU64,
    skipped: AtomicU64,
}

/// What the walking thread hands to the pool.
enum Work {
    /// A page file: read (and decompressed) by the worker that cleans it.
    File(std::path::PathBuf),
    /// A page already read, from a WARC archive.
    Page(PageInput),
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("batch: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = ctrlc::set_handler(|| STOP.store(true, Ordering::SeqCst)) {
        eprintln!("batch: cannot install the Ctrl-C handler: {e}");
    }
    let mut limits = Limits::default();
    limits.max_input_bytes = opts.max_bytes;
    let pipeline = match Pipeline::default().to_builder().limits(limits).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("batch: {e}");
            return ExitCode::FAILURE;
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("batch: {e}");
            return ExitCode::FAILURE;
        }
    };

    let pb = if opts.progress {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::hidden()
    };
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} pages ({per_sec}) {msg}")
    {
        pb.set_style(style);
    }
    pb.enable_steady_tick(Duration::from_millis(200));

    let stats = Stats::default();
    let (files, walk_errors) = input::collect_inputs(&opts.inputs);
    for e in &walk_errors {
        eprintln!("error: {e}");
    }
    stats
        .errors
        .fetch_add(walk_errors.len() as u64, Ordering::Relaxed);

    let out = Mutex::new(BufWriter::with_capacity(1 << 20, io::stdout()));
    let start = Instant::now();
    let report_error = |source: &str, msg: &dyn std::fmt::Display| {
        stats.errors.fetch_add(1, Ordering::Relaxed);
        pb.suspend(|| eprintln!("error: {source}: {msg}"));
    };

    // One thread walks the inputs: a file is handed to the pool, which reads, decompresses and
    // cleans it; a WARC archive is one stream, read on this thread into pages for the pool.
    let (tx, rx) = mpsc::sync_channel::<Work>(4 * opts.jobs);
    std::thread::scope(|s| {
        let max = opts.max_bytes;
        let skipped = &stats.skipped;
        let report = &report_error;
        s.spawn(move || {
            for path in files {
                if STOP.load(Ordering::SeqCst) {
                    break;
                }
                if input::file_kind(&path).0 == FileKind::Warc {
                    let r = input::for_each_warc_page(&path, max, |page| {
                        !STOP.load(Ordering::SeqCst) && tx.send(Work::Page(page)).is_ok()
                    });
                    match r {
                        Ok(n) => {
                            skipped.fetch_add(n as u64, Ordering::Relaxed);
                        }
                        Err(e) => report(&path.display().to_string(), &e),
                    }
                } else if tx.send(Work::File(path)).is_err() {
                    break;
                }
            }
        });
        pool.install(|| {
            rx.into_iter().par_bridge().for_each(|work| {
                if STOP.load(Ordering::SeqCst) {
                    return;
                }
                let page = match work {
                    Work::File(path) => input::read_file(&path, opts.max_bytes),
                    Work::Page(page) => page,
                };
                let bytes = match page.bytes {
                    Ok(b) => b,
                    Err(e) => return report_error(&page.source, &e),
                };
                let html = match (opts.mode, page.html) {
                    (Mode::Html, _) => true,
                    (Mode::Text, _) => false,
                    (Mode::Auto, Some(h)) => h,
                    (Mode::Auto, None) => input::looks_like_html(&bytes),
                };
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    if html {
                        pipeline.clean_html_bytes(&bytes)
                    } else {
                        pipeline.clean_text_bytes(&bytes)
                    }
                }));
                let article = match result {
                    Ok(Ok(a)) => a,
                    Ok(Err(e)) => return report_error(&page.source, &e),
                    Err(_) => {
                        return report_error(&page.source, &"panicked (a bug: please report it)")
                    }
                };
                let mut line = match serde_json::to_string(&json::article_json_with_source(
                    &article,
                    &page.source,
                )) {
                    Ok(l) => l,
                    Err(e) => return report_error(&page.source, &e),
                };
                line.push('\n');
                let written = out
                    .lock()
                    .map_err(|_| io::Error::other("poisoned"))
                    .and_then(|mut o| o.write_all(line.as_bytes()));
                if let Err(e) = written {
                    // stdout closed (e.g. piped into `head`): stop cleanly.
                    pb.suspend(|| eprintln!("batch: cannot write output: {e}"));
                    STOP.store(true, Ordering::SeqCst);
                    return;
                }
                let n = stats.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed)
                    + bytes.len() as u64;
                stats.pages.fetch_add(1, Ordering::Relaxed);
                pb.inc(1);
                pb.set_message(format!("{:.1} MB", n as f64 / 1e6));
            });
        });
    });
    let flushed = out.lock().map(|mut o| o.flush());
    pb.finish_and_clear();
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let pages = stats.pages.load(Ordering::Relaxed);
    let bytes = stats.bytes.load(Ordering::Relaxed);
    let errors = stats.errors.load(Ordering::Relaxed);
    eprintln!(
        "{}pages: {pages}, bytes: {bytes}, errors: {errors}, skipped records: {}, jobs: {}, time: {secs:.2} s, throughput: {:.1} MB/s, {:.0} pages/s",
        if STOP.load(Ordering::SeqCst) { "interrupted; " } else { "" },
        stats.skipped.load(Ordering::Relaxed),
        opts.jobs,
        bytes as f64 / 1e6 / secs,
        pages as f64 / secs,
    );
    if !matches!(flushed, Ok(Ok(()))) {
        return ExitCode::FAILURE;
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
