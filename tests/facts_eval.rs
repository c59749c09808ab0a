//! Runs the fact scores of `examples/evaluate/facts.rs` on the dev corpus when
//! `NEWSCLEAN_DEV_DIR` points at it (`cargo test --release --test facts_eval -- --ignored
//! --nocapture`). The `evaluate` example runs the same report with every other score.

#[path = "../examples/evaluate/facts.rs"]
mod facts;

#[test]
#[ignore = "needs the dev corpus: set NEWSCLEAN_DEV_DIR"]
fn dev_corpus_report() {
    let Some(dir) = std::env::var_os("NEWSCLEAN_DEV_DIR") else {
        return;
    };
    facts::report(std::path::Path::new(&dir));
}
