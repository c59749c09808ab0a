//! Fact extraction scores on the dev corpus: precision and recall per fact type, on the text
//! dumps (`<id>.txt`) and on the HTML pages (`<id>.html.gz`, a page that fails to clean counts
//! as a page with no facts).
//!
//! Gold:
//! * bylines: the `moz-*` pages' `metadata.byline` in `manifest.jsonl` (readability's expected
//!   byline), overridden by `facts_gold.jsonl` where that file gives a `bylines` field;
//! * credits, declared reading time, publication date, bylines of other pages:
//!   `facts_gold.jsonl` beside this file, one JSON object per page, written by reading the
//!   pages' text dumps and HTML by hand (see the file's first line). A page listed there with
//!   an empty list / `null` says "the article has none", so a fact found there is a false
//!   positive.
//!
//! Counting (per fact type, summed over pages): a predicted value that matches a gold value is
//! a TP, one that does not is an FP, a gold value not predicted is an FN. Only pages that have
//! gold for the fact type are scored; facts found on other pages are counted apart
//! ("unjudged").

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::Path;

use newsclean::{Article, Pipeline};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    pages: usize,
    unjudged: usize,
}

impl Score {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

#[derive(Default, Clone)]
struct Gold {
    bylines: Option<Vec<String>>,
    credits: Option<Vec<String>>,
    reading_secs: Option<Option<u64>>,
    published: Option<Option<String>>,
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn load_gold(dev_dir: &Path) -> HashMap<String, Gold> {
    let mut gold: HashMap<String, Gold> = HashMap::new();
    if let Ok(m) = fs::read_to_string(dev_dir.join("manifest.jsonl")) {
        for line in m.lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let Some(id) = v["id"].as_str() else { continue };
            if let Some(b) = v["metadata"]["byline"].as_str() {
                gold.entry(id.to_owned()).or_default().bylines = Some(vec![b.to_owned()]);
            }
        }
    }
    let own = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/evaluate/facts_gold.jsonl");
    if let Ok(m) = fs::read_to_string(own) {
        for line in m.lines() {
            let Ok(v) = serde_json::from_str::<Value>(line) else {
                continue;
            };
            let Some(id) = v["id"].as_str() else { continue };
            let g = gold.entry(id.to_owned()).or_default();
            let list = |x: &Value| {
                x.as_array().map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect::<Vec<_>>()
                })
            };
            if let Some(b) = list(&v["bylines"]) {
                g.bylines = Some(b);
            }
            if let Some(c) = list(&v["credits"]) {
                g.credits = Some(c);
            }
            if v.get("reading_secs").is_some() {
                g.reading_secs = Some(v["reading_secs"].as_u64());
            }
            if v.get("published").is_some() {
                g.published = Some(v["published"].as_str().map(str::to_owned));
            }
        }
    }
    gold
}

/// Scores a list of predicted strings against gold strings: a prediction matches a gold value
/// when one contains the other once white space and case are normalised.
fn score_list(s: &mut Score, pred: &[String], gold: Option<&Vec<String>>, what: &str, id: &str) {
    let Some(gold) = gold else {
        if !pred.is_empty() {
            s.unjudged += 1;
        }
        return;
    };
    s.pages += 1;
    let gold_n: Vec<String> = gold.iter().map(|g| norm(g)).collect();
    let mut hit = vec![false; gold_n.len()];
    for p in pred {
        let p = norm(p);
        match gold_n
            .iter()
            .position(|g| !p.is_empty() && (g.contains(&p) || p.contains(g.as_str())))
        {
            Some(i) => {
                s.tp += 1;
                hit[i] = true;
            }
            None => {
                s.fp += 1;
                if std::env::var_os("NEWSCLEAN_FACTS_VERBOSE").is_some() {
                    println!("  FP {what} {id}: {p:?} (gold {gold:?})");
                }
            }
        }
    }
    // Bylines from the manifest are one string holding every name: it is found when any
    // predicted name is in it.
    let missed = hit.iter().filter(|h| !**h).count();
    if missed > 0 && std::env::var_os("NEWSCLEAN_FACTS_VERBOSE").is_some() {
        println!("  MISS {what} {id}: {pred:?} (gold {gold:?})");
    }
    s.fn_ += missed;
}

fn score_value<T: PartialEq + std::fmt::Debug>(
    s: &mut Score,
    pred: Option<T>,
    gold: Option<Option<T>>,
    what: &str,
    id: &str,
) {
    let Some(gold) = gold else {
        if pred.is_some() {
            s.unjudged += 1;
        }
        return;
    };
    s.pages += 1;
    if pred != gold && std::env::var_os("NEWSCLEAN_FACTS_VERBOSE").is_some() {
        println!("  MISS {what} {id}: {pred:?} (gold {gold:?})");
    }
    match (pred, gold) {
        (Some(p), Some(g)) if p == g => s.tp += 1,
        (Some(_), Some(_)) => {
            s.fp += 1;
            s.fn_ += 1;
        }
        (Some(_), None) => s.fp += 1,
        (None, Some(_)) => s.fn_ += 1,
        (None, None) => {}
    }
}

#[derive(Default)]
struct Track {
    bylines: Score,
    credits: Score,
    reading: Score,
    published: Score,
    errors: usize,
    pages: usize,
    captions: usize,
    durations: usize,
    datelines: usize,
    updated: usize,
}

fn score(t: &mut Track, a: Option<&Article>, g: Option<&Gold>, id: &str) {
    t.pages += 1;
    let empty = Vec::new();
    let g = g.cloned().unwrap_or_default();
    let (bylines, credits, reading, published) = match a {
        Some(a) => (
            a.bylines.clone(),
            a.credits.clone(),
            a.reading_time.declared_secs.map(u64::from),
            a.published
                .as_ref()
                .map(|p| p.get(..10).unwrap_or(p).to_owned()),
        ),
        None => {
            t.errors += 1;
            (empty.clone(), empty, None, None)
        }
    };
    if let Some(a) = a {
        t.captions += a.captions.len();
        t.durations += a.media_durations_secs.len();
        t.datelines += a.datelines.len();
        t.updated += usize::from(a.updated.is_some());
    }
    if std::env::var_os("NEWSCLEAN_FACTS_LIST").is_some()
        && (!bylines.is_empty() || !credits.is_empty() || reading.is_some() || published.is_some())
    {
        println!("  {id}: bylines {bylines:?} credits {credits:?} reading {reading:?} published {published:?}");
    }
    score_list(&mut t.bylines, &bylines, g.bylines.as_ref(), "byline", id);
    score_list(&mut t.credits, &credits, g.credits.as_ref(), "credit", id);
    score_value(&mut t.reading, reading, g.reading_secs, "reading", id);
    score_value(&mut t.published, published, g.published, "published", id);
}

fn print(name: &str, t: &Track) {
    println!(
        "facts [{name}] {} pages, {} errors (counted as no facts)",
        t.pages, t.errors
    );
    println!(
        "  {:<16} {:>6} {:>6} {:>5} {:>5} {:>5} {:>6} {:>9}",
        "fact", "P", "R", "TP", "FP", "FN", "pages", "unjudged"
    );
    for (n, s) in [
        ("bylines", &t.bylines),
        ("credits", &t.credits),
        ("reading time", &t.reading),
        ("published date", &t.published),
    ] {
        println!(
            "  {:<16} {:>6.3} {:>6.3} {:>5} {:>5} {:>5} {:>6} {:>9}",
            n,
            s.p(),
            s.r(),
            s.tp,
            s.fp,
            s.fn_,
            s.pages,
            s.unjudged
        );
    }
    println!(
        "  found, not scored: {} captions, {} media durations, {} datelines, {} update dates",
        t.captions, t.durations, t.datelines, t.updated
    );
}

/// Runs the default pipeline over the dev corpus and prints precision and recall per fact
/// type for the text and the HTML track. Set `NEWSCLEAN_FACTS_VERBOSE=1` to list the errors, and
/// `NEWSCLEAN_FACTS_LIST=1` to list every page's facts.
pub fn report(dev_dir: &Path) {
    let gold = load_gold(dev_dir);
    let pipeline = Pipeline::default();
    let mut ids: Vec<String> = match fs::read_to_string(dev_dir.join("manifest.jsonl")) {
        Ok(m) => m
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| v["id"].as_str().map(str::to_owned))
            .collect(),
        Err(e) => {
            println!("facts: cannot read {}: {e}", dev_dir.display());
            return;
        }
    };
    ids.sort();
    let mut text = Track::default();
    let mut html = Track::default();
    for id in &ids {
        let g = gold.get(id);
        let a = fs::read(dev_dir.join(format!("{id}.txt")))
            .ok()
            .and_then(|b| pipeline.clean_text_bytes(&b).ok());
        score(&mut text, a.as_ref(), g, &format!("text {id}"));
        let a = fs::read(dev_dir.join(format!("{id}.html.gz")))
            .ok()
            .and_then(|gz| {
                let mut bytes = Vec::new();
                flate2::read::GzDecoder::new(&gz[..])
                    .read_to_end(&mut bytes)
                    .ok()?;
                Some(bytes)
            })
            .and_then(|b| pipeline.clean_html_bytes(&b).ok());
        score(&mut html, a.as_ref(), g, &format!("html {id}"));
    }
    print("text", &text);
    print("html", &html);
}
