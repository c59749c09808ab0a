//! The extraction metrics of `corpus/README.md`: snippets (trafilatura's benchmark) and 4-gram
//! shingles over `\w+` tokens (the article-extraction-benchmark metric).

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::Value;

/// One page of the manifest.
pub struct Page {
    id: String,
    french: bool,
    gold: Gold,
}

enum Gold {
    Snippets {
        with: Vec<String>,
        without: Vec<String>,
    },
    Body(String),
}

pub fn load_manifest(dir: &Path) -> Result<Vec<Page>, String> {
    let text = fs::read_to_string(dir.join("manifest.jsonl")).map_err(|e| e.to_string())?;
    let mut pages = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        let gold = match v["gold"]["type"].as_str() {
            Some("snippets") => Gold::Snippets {
                with: strings(&v["gold"]["with"]),
                without: strings(&v["gold"]["without"]),
            },
            Some("body") => Gold::Body(v["gold"]["text"].as_str().unwrap_or("").to_owned()),
            _ => continue,
        };
        pages.push(Page {
            id: v["id"].as_str().unwrap_or("").to_owned(),
            french: v["is_french"].as_bool().unwrap_or(false),
            gold,
        });
    }
    Ok(pages)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Track {
    Text,
    Html,
}

impl Track {
    fn name(self) -> &'static str {
        match self {
            Track::Text => "text",
            Track::Html => "html",
        }
    }
}

#[derive(Default, Clone, Copy)]
struct SnippetCounts {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}

impl SnippetCounts {
    fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

#[derive(Default)]
struct BodyScores {
    p: Vec<f64>,
    r: Vec<f64>,
    exact: usize,
    pages: usize,
}

impl BodyScores {
    fn p(&self) -> f64 {
        mean(&self.p)
    }
    fn r(&self) -> f64 {
        mean(&self.r)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

fn normalize_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

static WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"\w+").expect("static regex"));

fn tokens(s: &str) -> Vec<&str> {
    WORD.find_iter(s).map(|m| m.as_str()).collect()
}

fn shingles<'a>(toks: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    if toks.len() < 4 {
        *m.entry(toks.to_vec()).or_insert(0) += 1;
        return m;
    }
    for w in toks.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

fn read_input(dir: &Path, id: &str, track: Track) -> std::io::Result<Vec<u8>> {
    match track {
        Track::Text => fs::read(dir.join(format!("{id}.txt"))),
        Track::Html => {
            let raw = fs::read(dir.join(format!("{id}.html.gz")))?;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out)?;
            Ok(out)
        }
    }
}

/// Scores one track; prints the table and returns the figures by key (`text.snippet` …).
pub fn run_track(dir: &Path, pages: &[Page], track: Track) -> Vec<(String, f64)> {
    let pipeline = newsclean::Pipeline::default();
    let mut snip = [SnippetCounts::default(); 2]; // [all, french]
    let mut body = [BodyScores::default(), BodyScores::default()];
    let mut errors = Vec::new();
    let mut elapsed = Duration::ZERO;
    let mut bytes = 0usize;
    for page in pages {
        let input = match read_input(dir, &page.id, track) {
            Ok(b) => b,
            Err(e) => {
                errors.push(format!("{}: {e}", page.id));
                continue;
            }
        };
        bytes += input.len();
        let t = Instant::now();
        let result = match track {
            Track::Text => pipeline.clean_text_bytes(&input),
            Track::Html => pipeline.clean_html_bytes(&input),
        };
        elapsed += t.elapsed();
        let output = match result {
            Ok(a) => a.text,
            Err(e) => {
                errors.push(format!("{}: {e}", page.id));
                String::new()
            }
        };
        let slots: &[usize] = if page.french { &[0, 1] } else { &[0] };
        match &page.gold {
            Gold::Snippets { with, without } => {
                let out = normalize_ws(&output);
                for &i in slots {
                    for s in with {
                        if out.contains(&normalize_ws(s)) {
                            snip[i].tp += 1;
                        } else {
                            snip[i].fn_ += 1;
                        }
                    }
                    for s in without {
                        if out.contains(&normalize_ws(s)) {
                            snip[i].fp += 1;
                        } else {
                            snip[i].tn += 1;
                        }
                    }
                }
            }
            Gold::Body(gold) => {
                let (pt, gt) = (tokens(&output), tokens(gold));
                let (ps, gs) = (shingles(&pt), shingles(&gt));
                let tp: usize = ps
                    .iter()
                    .map(|(k, n)| (*n).min(gs.get(k).copied().unwrap_or(0)))
                    .sum();
                let npred: usize = ps.values().sum();
                let ngold: usize = gs.values().sum();
                for &i in slots {
                    let b = &mut body[i];
                    b.pages += 1;
                    if npred > 0 {
                        b.p.push(tp as f64 / npred as f64);
                    }
                    if ngold > 0 {
                        b.r.push(tp as f64 / ngold as f64);
                    }
                    if pt == gt {
                        b.exact += 1;
                    }
                }
            }
        }
    }
    let name = track.name();
    println!(
        "\n== {name} track ({} pages, {} errors) ==",
        pages.len(),
        errors.len()
    );
    for e in errors.iter().take(5) {
        println!("   error: {e}");
    }
    println!(
        "{:<34} {:>19}   {:>19}   {:>13}",
        "", "snippet P / R / F1", "body P / R / F1", "FR F1 (s; b)"
    );
    println!(
        "{:<34} {:.3} / {:.3} / {:.3}   {:.3} / {:.3} / {:.3}   {:.3}; {:.3}",
        format!("newsclean ({name})"),
        snip[0].p(),
        snip[0].r(),
        snip[0].f1(),
        body[0].p(),
        body[0].r(),
        body[0].f1(),
        snip[1].f1(),
        body[1].f1()
    );
    for (sys, s, b, fr) in reference(track) {
        println!("{sys:<34} {s:>19}   {b:>19}   {fr:>13}");
    }
    let secs = elapsed.as_secs_f64().max(1e-9);
    println!(
        "throughput: {:.0} pages/s, {:.1} MB/s ({:.1} MB in {:.2} s, one thread, extraction only)",
        pages.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
        bytes as f64 / 1e6,
        secs
    );
    println!(
        "body exact-match accuracy: {}/{} pages; snippet accuracy: {:.3}",
        body[0].exact,
        body[0].pages,
        ratio(
            snip[0].tp + snip[0].tn,
            snip[0].tp + snip[0].tn + snip[0].fp + snip[0].fn_
        )
    );
    vec![
        (format!("{name}.snippet"), snip[0].f1()),
        (format!("{name}.body"), body[0].f1()),
        (format!("{name}.fr.snippet"), snip[1].f1()),
        (format!("{name}.fr.body"), body[1].f1()),
        (format!("{name}.snippet.p"), snip[0].p()),
        (format!("{name}.snippet.r"), snip[0].r()),
        (format!("{name}.body.p"), body[0].p()),
        (format!("{name}.body.r"), body[0].r()),
    ]
}

/// Reference figures from `corpus/README.md`.
fn reference(track: Track) -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    match track {
        Track::Text => vec![
            (
                "input unchanged (floor)",
                ".522 / .997 / .685",
                ".698 / .984 / .817",
                ".667; .692",
            ),
            (
                "jusText on the dump",
                ".646 / .881 / .745",
                ".839 / .824 / .832",
                ".761; .803",
            ),
        ],
        Track::Html => vec![
            (
                "trafilatura 2.3.1",
                ".877 / .955 / .915",
                ".936 / .921 / .928",
                ".927; .999",
            ),
            (
                "trafilatura favor_precision",
                ".897 / .926 / .911",
                ".953 / .901 / .926",
                ".961; .997",
            ),
            (
                "readability-lxml 0.9",
                ".865 / .875 / .870",
                ".976 / .955 / .965",
                ".805; .994",
            ),
            (
                "resiliparse 2.0.1",
                ".716 / .988 / .830",
                ".887 / .953 / .919",
                ".822; .962",
            ),
            (
                "jusText 3.0.2",
                ".836 / .861 / .848",
                ".915 / .772 / .837",
                ".889; .860",
            ),
            (
                "html-text (floor)",
                ".522 / .997 / .685",
                ".698 / .984 / .817",
                ".667; .692",
            ),
        ],
    }
}
