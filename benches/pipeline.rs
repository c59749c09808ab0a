//! Throughput of parsing, of the whole HTML and text pipelines, and of each filter alone, on
//! generated news pages (see `benches/gen`) and the provided article.
//!
//! Run all: `cargo bench --bench pipeline`. A subset: `cargo bench --bench pipeline -- parse/`
//! (groups: `parse`, `parse_walk`, `html`, `text`, `filter_text`, `filter_html`, `lang`).
//!
//! Real pages: with `NEWSCLEAN_BENCH_CORPUS` set to a folder of pages (`.html`, `.html.gz` and
//! their `.txt` dumps, e.g. the DEV corpus: `NEWSCLEAN_BENCH_CORPUS=../shared/corpus/dev cargo
//! bench --bench pipeline -- corpus/`), the `corpus` group times one pass over all of them:
//! parsing alone, the HTML pipeline, and the text pipeline on the dumps. Gold files
//! (`*.expected.html*`) are skipped. The pages are read for the run only, never copied.
//! The size sweep is in `benches/sweep.rs`. `python3 benches/summary.py [target/criterion] [FILTER]`
//! prints the last run as a table of MB/s.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsclean::{Document, Language, Limits, Pipeline};

mod common;
#[path = "gen/mod.rs"]
mod gen;

const RTL: &str = include_str!("../examples/data/rtl-le-drian-moscou.txt");

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
}

fn parse(c: &mut Criterion) {
    let pages = gen::corpus();
    let mut g = c.benchmark_group("parse");
    for (name, html, _) in &pages {
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_function(*name, |b| b.iter(|| common::parse(black_box(html))));
    }
    g.finish();
    let mut g = c.benchmark_group("parse_walk");
    for (name, html, _) in &pages {
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| common::parse_and_walk(black_box(html)))
        });
    }
    g.finish();
}

fn html_pipeline(c: &mut Criterion) {
    if !common::html_available() {
        return;
    }
    let p = Pipeline::default();
    let mut g = c.benchmark_group("html");
    for (name, html, _) in &gen::corpus() {
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_function(*name, |b| b.iter(|| p.clean_html(black_box(html))));
    }
    g.finish();
}

fn text_pipeline(c: &mut Criterion) {
    let p = Pipeline::default();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(RTL.len() as u64));
    g.bench_function("rtl_article", |b| b.iter(|| p.clean_text(black_box(RTL))));
    for (name, _, text) in &gen::corpus() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| p.clean_text(black_box(text))));
    }
    g.finish();
}

/// Each standard filter alone, on the document as the filters before it leave it (so that it
/// sees what it sees in the pipeline). `Pipeline::process` edits in place: each iteration gets a
/// fresh clone, made outside the timing.
fn bench_filters(c: &mut Criterion, group: &str, docs: Vec<(&str, u64, Document)>) {
    let filters = newsclean::filters::standard();
    let mut g = c.benchmark_group(group);
    for (i, f) in filters.iter().enumerate() {
        let before = filters[..i]
            .iter()
            .fold(Pipeline::builder(), |b, f| b.add_shared(f.clone()))
            .language(Language::French)
            .build()
            .expect("builds");
        let alone = Pipeline::builder()
            .add_shared(f.clone())
            .language(Language::French)
            .build()
            .expect("builds");
        for (name, bytes, doc) in &docs {
            let mut prepared = doc.clone();
            if before.process(&mut prepared).is_err() {
                continue;
            }
            g.throughput(Throughput::Bytes(*bytes));
            g.bench_function(format!("{}/{name}", f.name()), |b| {
                b.iter_batched(
                    || prepared.clone(),
                    |mut d| {
                        let r = alone.process(&mut d);
                        (d, r)
                    },
                    BatchSize::LargeInput,
                )
            });
        }
    }
    g.finish();
}

fn filters(c: &mut Criterion) {
    let pages = gen::corpus();
    let mut docs = vec![("rtl_article", RTL.len() as u64, Document::from_text(RTL))];
    for (name, _, text) in pages.iter().skip(1) {
        docs.push((*name, text.len() as u64, Document::from_text(text)));
    }
    bench_filters(c, "filter_text", docs);

    let mut docs = Vec::new();
    for (name, html, _) in pages.iter().skip(1) {
        if let Ok(d) = Document::from_html(html, &Limits::default()) {
            docs.push((*name, html.len() as u64, d));
        }
    }
    if !docs.is_empty() {
        bench_filters(c, "filter_html", docs);
    }

    // Language detection, which `Pipeline::default()` runs before the filters.
    let mut g = c.benchmark_group("lang");
    for (name, _, text) in pages.iter().skip(1) {
        let d = Document::from_text(text);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| {
            b.iter(|| newsclean::detect_document_language(black_box(&d)))
        });
    }
    g.finish();
}

/// The pages of the folder named by `NEWSCLEAN_BENCH_CORPUS`: HTML pages (decoded lossily, as
/// the floor needs a `&str`) and text dumps.
fn corpus_pages() -> (Vec<String>, Vec<String>) {
    let (mut html, mut text) = (Vec::new(), Vec::new());
    let Some(dir) = std::env::var_os("NEWSCLEAN_BENCH_CORPUS") else {
        return (html, text);
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.contains(".expected.") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if name.ends_with(".html.gz") || name.ends_with(".htm.gz") {
            let mut out = Vec::new();
            let mut gz = flate2::read::GzDecoder::new(&bytes[..]);
            if std::io::Read::read_to_end(&mut gz, &mut out).is_ok() {
                html.push(String::from_utf8_lossy(&out).into_owned());
            }
        } else if name.ends_with(".html") || name.ends_with(".htm") {
            html.push(String::from_utf8_lossy(&bytes).into_owned());
        } else if name.ends_with(".txt") {
            text.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    (html, text)
}

/// One pass over a folder of real pages (see the module documentation).
fn corpus(c: &mut Criterion) {
    let (html, text) = corpus_pages();
    if html.is_empty() && text.is_empty() {
        return;
    }
    let p = Pipeline::default();
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    let html_bytes: usize = html.iter().map(String::len).sum();
    if html_bytes > 0 {
        g.throughput(Throughput::Bytes(html_bytes as u64));
        g.bench_function("parse", |b| {
            b.iter(|| {
                for h in &html {
                    black_box(common::parse(black_box(h)));
                }
            })
        });
        g.bench_function("html", |b| {
            b.iter(|| {
                for h in &html {
                    let _ = black_box(p.clean_html(black_box(h)));
                }
            })
        });
    }
    let text_bytes: usize = text.iter().map(String::len).sum();
    if text_bytes > 0 {
        g.throughput(Throughput::Bytes(text_bytes as u64));
        g.bench_function("text", |b| {
            b.iter(|| {
                for t in &text {
                    let _ = black_box(p.clean_text(black_box(t)));
                }
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = parse, html_pipeline, text_pipeline, filters, corpus
}
criterion_main!(benches);
