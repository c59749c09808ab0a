//! Size sweep: one page of 1, 10 and 100 MB through the text pipeline, the HTML parse floor and
//! the HTML pipeline. Linear cost shows as a flat throughput (MB/s) across sizes.
//!
//! Run: `cargo bench --bench sweep` (about a minute and a half; 100 MB inputs take ~2 GB of
//! memory on the HTML path). A subset: `cargo bench --bench sweep -- text/` or `-- 10MB`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};

mod common;
#[path = "gen/mod.rs"]
mod gen;

const SIZES: [(usize, &str); 3] = [(1 << 20, "1MB"), (10 << 20, "10MB"), (100 << 20, "100MB")];

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10)
}

fn text(c: &mut Criterion) {
    let p = common::sweep_pipeline();
    let mut g = c.benchmark_group("sweep_text");
    g.sampling_mode(SamplingMode::Flat);
    for (size, label) in SIZES {
        let t = gen::text_of_size(11, size);
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_function(label, |b| b.iter(|| p.clean_text(black_box(&t))));
    }
    g.finish();
}

fn html(c: &mut Criterion) {
    let html_ok = common::html_available();
    let p = common::sweep_pipeline();
    let mut g = c.benchmark_group("sweep_html");
    g.sampling_mode(SamplingMode::Flat);
    for (size, label) in SIZES {
        let h = gen::html_of_size(11, size);
        g.throughput(Throughput::Bytes(h.len() as u64));
        g.bench_function(format!("parse/{label}"), |b| {
            b.iter(|| common::parse(black_box(&h)))
        });
        if html_ok {
            g.bench_function(format!("pipeline/{label}"), |b| {
                b.iter(|| p.clean_html(black_box(&h)))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = config();
    targets = text, html
}
criterion_main!(benches);
