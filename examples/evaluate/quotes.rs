//! Quote figures: runs the quote filter alone on every text of the quote gold
//! (`<dev>/quotes/texts/*.txt`), writes one JSON per text into a temporary folder, and runs the
//! gold's own scorer (`python3 score.py --outputs DIR`) on it when python3 is there.

use std::path::{Path, PathBuf};
use std::process::Command;

use newsclean::{filters::Quotes, Pipeline};
use serde_json::Value;

#[path = "../common/quotes_json.rs"]
mod quotes_json;
use quotes_json::quotes_json;

fn python3() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the quote evaluation. `dev_dir` is the DEV corpus folder (holding `quotes/`) or the
/// quote gold folder itself.
/// Returns the figures by key (`quotes.f1`, `quotes.speaker`, `quotes.nonspeech_ok` = 1 − the
/// non-speech FP rate) for `--floor`.
pub fn report(dev_dir: &Path) -> Vec<(String, f64)> {
    let gold: PathBuf = if dev_dir.join("quotes").join("gold.jsonl").is_file() {
        dev_dir.join("quotes")
    } else {
        dev_dir.to_path_buf()
    };
    println!("\n== quotes ({}) ==", gold.display());
    let texts = gold.join("texts");
    let Ok(entries) = std::fs::read_dir(&texts) else {
        println!(
            "quotes: no quote gold at {} (expected texts/ and score.py); skipped",
            gold.display()
        );
        return Vec::new();
    };
    let pipeline = match Pipeline::builder().add(Quotes::default()).build() {
        Ok(p) => p,
        Err(e) => {
            println!("quotes: cannot build the pipeline: {e}");
            return Vec::new();
        }
    };
    let out = std::env::temp_dir().join(format!("newsclean-quotes-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&out) {
        println!("quotes: cannot create {}: {e}", out.display());
        return Vec::new();
    }
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let (mut n, mut nq) = (0, 0);
    for f in &files {
        let Some(id) = f.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let Ok(bytes) = std::fs::read(f) else {
            println!("quotes: cannot read {}", f.display());
            continue;
        };
        let input = String::from_utf8_lossy(&bytes);
        match quotes_json(&pipeline, &input) {
            Ok(v) => {
                nq += v["quotes"].as_array().map_or(0, Vec::len);
                n += 1;
                if let Err(e) = std::fs::write(out.join(format!("{id}.json")), v.to_string()) {
                    println!("quotes: cannot write output for {id}: {e}");
                }
            }
            Err(e) => println!("quotes: {id}: {e}"),
        }
    }
    println!(
        "quotes: {nq} quotes found in {n} texts; outputs in {}",
        out.display()
    );
    let scorer = gold.join("score.py");
    if !scorer.is_file() {
        println!("quotes: no score.py in {}; not scored", gold.display());
        return Vec::new();
    }
    if !python3() {
        println!(
            "quotes: python3 not found; run `python3 {} --outputs {}` to score",
            scorer.display(),
            out.display()
        );
        return Vec::new();
    }
    let mut figures = Vec::new();
    // The scorer runs from the gold folder, so it is named relative to it.
    match Command::new("python3")
        .arg("score.py")
        .arg("--outputs")
        .arg(&out)
        .current_dir(&gold)
        .output()
    {
        Ok(o) => {
            let s = String::from_utf8_lossy(&o.stdout);
            // The summary: the figures that matter, then the full JSON.
            if let Ok(v) = serde_json::from_str::<Value>(&s) {
                for k in [
                    "precision",
                    "recall",
                    "f1",
                    "speaker_accuracy",
                    "resolution_accuracy",
                    "nonspeech_fp_rate",
                ] {
                    println!("quotes: {k:<20} {}", v[k]);
                }
                figures = [("f1", "quotes.f1"), ("speaker_accuracy", "quotes.speaker")]
                    .iter()
                    .filter_map(|(k, name)| v[*k].as_f64().map(|x| (name.to_string(), x)))
                    .collect();
                if let Some(r) = v["nonspeech_fp_rate"].as_f64() {
                    figures.push(("quotes.nonspeech_ok".into(), 1.0 - r));
                }
            }
            println!("{s}");
            if !o.status.success() {
                println!(
                    "quotes: scorer failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
        }
        Err(e) => println!("quotes: cannot run the scorer: {e}"),
    }
    figures
}
