//! Peak heap per input byte, for the text and HTML paths, through a tracking global allocator.
//!
//! ```text
//! cargo run --release --example memory            # the whole table
//! cargo run --release --example memory -- 10MB    # one size only (1MB, 10MB, 100MB, page)
//! ```
//!
//! Each measurement runs in a child process of its own (the allocator's high-water mark
//! cannot be reset), on pages from the benchmark generator (`benches/gen`). For each path it
//! prints the peak heap while cleaning, over and above the input already in memory, divided by
//! the input's size; and, for reference, the same for parsing the HTML into an rcdom alone.

#[path = "../benches/gen/mod.rs"]
mod gen;

use std::alloc::System;
use std::hint::black_box;
use std::process::Command;

use cap::Cap;
use html5ever::tendril::TendrilSink;
use newsclean::{Limits, Pipeline};

#[global_allocator]
static ALLOC: Cap<System> = Cap::new(System, usize::MAX);

const SIZES: [(&str, usize); 4] = [
    ("page", 0),
    ("1MB", 1 << 20),
    ("10MB", 10 << 20),
    ("100MB", 100 << 20),
];
const PATHS: [&str; 3] = ["text", "rcdom", "html"];

fn input(path: &str, size: usize) -> String {
    match (path, size) {
        ("text", 0) => gen::typical_text(5),
        ("text", n) => gen::text_of_size(5, n),
        (_, 0) => gen::typical_html(5),
        (_, n) => gen::html_of_size(5, n),
    }
}

/// In the child: measures one path on the page in `file` and prints
/// `input_bytes peak_extra outcome`.
fn child(path: &str, file: &str) {
    let mut limits = Limits::default();
    limits.max_dom_nodes = usize::MAX;
    limits.max_input_bytes = usize::MAX;
    let p = match Pipeline::default().to_builder().limits(limits).build() {
        Ok(p) => p,
        Err(e) => return println!("0 0 {e}"),
    };
    // Warm up: compile the lazily built regexes and rule tables, a one-off cost per process.
    // Pages of other seeds also grow the regex engines' lazy DFA caches (bounded per regex and
    // thread, kept from page to page), so that the figure is the steady state of a long batch
    // run rather than the first page's share of those caches.
    for seed in 95..100 {
        let warm = gen::Page::generate(seed, gen::Spec::typical());
        let _ = p.clean_text(&warm.text());
        let _ = p.clean_html(&warm.html());
    }
    // Read from a file the parent wrote, so that the generator's own peak is not counted.
    let page = match std::fs::read_to_string(file) {
        Ok(p) => p,
        Err(e) => return println!("0 0 {e}"),
    };
    // The allocator's high-water mark only grows, and the warm-up may have set it above what
    // this page needs. Ballast, reserved but never touched, lifts the allocated count up to
    // the mark, so that any new peak is the mark plus what cleaning allocates.
    let ballast: Vec<u8> =
        Vec::with_capacity(ALLOC.max_allocated().saturating_sub(ALLOC.allocated()));
    let before = ALLOC.allocated();
    let outcome = match path {
        "text" => p.clean_text(black_box(&page)).map(|a| a.paragraphs.len()),
        "rcdom" => {
            let dom = html5ever::parse_document(
                markup5ever_rcdom::RcDom::default(),
                html5ever::ParseOpts::default(),
            )
            .one(black_box(page.as_str()));
            Ok(black_box(dom).document.children.borrow().len())
        }
        _ => p.clean_html(black_box(&page)).map(|a| a.paragraphs.len()),
    };
    let extra = ALLOC.max_allocated().saturating_sub(before);
    drop(black_box(ballast));
    match outcome {
        Ok(_) => println!("{} {} ok", page.len(), extra),
        Err(e) => println!(
            "{} {} {}",
            page.len(),
            extra,
            e.to_string().replace('\n', " ")
        ),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        let path = args.get(1).map(String::as_str).unwrap_or("text");
        let file = args.get(2).map(String::as_str).unwrap_or("");
        return child(path, file);
    }
    let only = args.first();
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => return eprintln!("memory: {e}"),
    };
    println!(
        "{:<6} {:<6} {:>12} {:>14} {:>10}",
        "path", "size", "input bytes", "peak heap", "per byte"
    );
    for (label, size) in SIZES {
        if only.is_some_and(|o| o != label) {
            continue;
        }
        let dir = std::env::temp_dir();
        let html_file = dir.join(format!("newsclean-memory-{}.html", std::process::id()));
        let text_file = dir.join(format!("newsclean-memory-{}.txt", std::process::id()));
        if let Err(e) = std::fs::write(&html_file, input("html", size))
            .and_then(|_| std::fs::write(&text_file, input("text", size)))
        {
            return eprintln!("memory: cannot write the inputs: {e}");
        }
        for path in PATHS {
            let file = if path == "text" {
                &text_file
            } else {
                &html_file
            };
            let out = Command::new(&exe)
                .arg("--child")
                .arg(path)
                .arg(file)
                .output();
            let text = match out {
                Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
                Err(e) => format!("0 0 {e}"),
            };
            let mut it = text.trim().splitn(3, ' ');
            let len: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
            let peak: f64 = it.next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
            let outcome = it.next().unwrap_or("no output");
            if outcome != "ok" {
                println!(
                    "{path:<6} {label:<6} {len:>12} {:>14} {:>10}  ({outcome})",
                    "-", "-"
                );
                continue;
            }
            println!(
                "{path:<6} {label:<6} {len:>12} {peak:>14} {:>9.2}×",
                peak / len.max(1.0)
            );
        }
        let _ = std::fs::remove_file(&html_file);
        let _ = std::fs::remove_file(&text_file);
    }
    println!("peak heap: the most bytes allocated at once while cleaning, over the input itself.");
}
