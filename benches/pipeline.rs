//! Throughput of the whole text pipeline on the provided article.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const RTL: &str = include_str!("../examples/data/rtl-le-drian-moscou.txt");

fn text_pipeline(c: &mut Criterion) {
    let p = newsclean::Pipeline::default();
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(RTL.len() as u64));
    g.bench_function("rtl_article", |b| {
        b.iter(|| p.clean_text(std::hint::black_box(RTL)))
    });
    g.finish();
}

criterion_group!(benches, text_pipeline);
criterion_main!(benches);
