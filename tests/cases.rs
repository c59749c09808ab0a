//! Data-driven cases: each folder of `tests/cases/` holds an input page we wrote ourselves
//! (`input.txt` or `input.html`) and `expected.json`, which says what must hold:
//!
//! - `language`: the detected language code;
//! - `include`: paragraphs that must be in the body, exactly and in this order;
//! - `exclude`: text that must not be a paragraph (and, for strings of 30+ characters, must not
//!   appear anywhere in the body);
//! - `removed`: blocks that must be in `removed`, with the reason code when one is given;
//! - `facts`: fields of the JSON output that must be equal (`title`, `bylines`, `credits` …);
//! - `quotes`: quotes that must be found, by `text` (or `text_prefix`), with a speaker or
//!   resolved speaker among `speaker_any` (compared on word boundaries, case-insensitively, as
//!   the quote scorer does), and `cue` / `partial` when given;
//! - `not_quotes`: marked text that is not speech and must not be returned as a quote.
//!
//! Adding a case is adding a folder.

use std::fs;
use std::path::Path;

use newsclean::{Article, Pipeline};
use serde_json::Value;

fn check_case(dir: &Path, failures: &mut Vec<String>) {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let expected: Value = match fs::read_to_string(dir.join("expected.json"))
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => return failures.push(format!("{name}: expected.json: {e}")),
    };
    let pipeline = Pipeline::default();
    let article: Article = if let Ok(html) = fs::read(dir.join("input.html")) {
        match pipeline.clean_html_bytes(&html) {
            Ok(a) => a,
            Err(e) => return failures.push(format!("{name}: {e}")),
        }
    } else {
        match fs::read(dir.join("input.txt")) {
            Ok(t) => match pipeline.clean_text_bytes(&t) {
                Ok(a) => a,
                Err(e) => return failures.push(format!("{name}: {e}")),
            },
            Err(e) => return failures.push(format!("{name}: no input.txt or input.html: {e}")),
        }
    };
    let mut fail = |msg: String| failures.push(format!("{name}: {msg}"));

    if let Some(lang) = expected["language"].as_str() {
        if article.language.code() != lang {
            fail(format!("language {} instead of {lang}", article.language));
        }
    }
    // `include`: an ordered subsequence of the paragraphs.
    let mut next = 0;
    for want in expected["include"].as_array().into_iter().flatten() {
        let want = want.as_str().unwrap_or_default();
        match article.paragraphs[next..].iter().position(|p| p == want) {
            Some(i) => next += i + 1,
            None if article.paragraphs.iter().any(|p| p == want) => {
                fail(format!("paragraph out of order: {want:?}"))
            }
            None => fail(format!("missing paragraph: {want:?}")),
        }
    }
    for bad in expected["exclude"].as_array().into_iter().flatten() {
        let bad = bad.as_str().unwrap_or_default();
        let found = article.paragraphs.iter().any(|p| p == bad)
            || (bad.chars().count() >= 30 && article.text.contains(bad));
        if found {
            fail(format!("chrome left in the body: {bad:?}"));
        }
    }
    for want in expected["removed"].as_array().into_iter().flatten() {
        let text = want["text"].as_str().unwrap_or_default();
        let reason = want["reason"].as_str();
        let hits: Vec<_> = article
            .removed()
            .iter()
            .filter(|r| r.text == text)
            .collect();
        if hits.is_empty() {
            fail(format!("not in removed: {text:?}"));
        } else if let Some(reason) = reason {
            if !hits.iter().any(|r| r.reason.code() == reason) {
                let got: Vec<_> = hits.iter().map(|r| r.reason.code()).collect();
                fail(format!("{text:?} removed as {got:?}, expected {reason}"));
            }
        }
    }
    for want in expected["quotes"].as_array().into_iter().flatten() {
        let found = article.quotes.iter().find(|q| match want["text"].as_str() {
            Some(t) => q.text == t,
            None => want["text_prefix"]
                .as_str()
                .is_some_and(|p| q.text.starts_with(p)),
        });
        let label = want["text"]
            .as_str()
            .or(want["text_prefix"].as_str())
            .unwrap_or("?");
        let Some(q) = found else {
            fail(format!("quote not found: {label:?}"));
            continue;
        };
        if let Some(any) = want["speaker_any"].as_array() {
            let ok = any.iter().filter_map(Value::as_str).any(|s| {
                [&q.speaker, &q.speaker_resolved]
                    .into_iter()
                    .flatten()
                    .any(|got| same_speaker(got, s))
            });
            if !ok {
                fail(format!(
                    "quote {label:?}: speaker {:?} / {:?}, expected one of {any:?}",
                    q.speaker, q.speaker_resolved
                ));
            }
        }
        if let Some(cue) = want["cue"].as_str() {
            if q.cue.as_deref() != Some(cue) {
                fail(format!(
                    "quote {label:?}: cue {:?}, expected {cue:?}",
                    q.cue
                ));
            }
        }
        if let Some(partial) = want["partial"].as_bool() {
            if q.partial != partial {
                fail(format!("quote {label:?}: partial = {}", q.partial));
            }
        }
    }
    for bad in expected["not_quotes"].as_array().into_iter().flatten() {
        let bad = bad.as_str().unwrap_or_default();
        if article.quotes.iter().any(|q| q.text == bad) {
            fail(format!("not speech, returned as a quote: {bad:?}"));
        }
    }
    if let Some(facts) = expected["facts"].as_object() {
        let json = serde_json::to_value(&article).unwrap_or_default();
        for (key, want) in facts {
            if &json[key] != want {
                fail(format!("fact {key}: got {}, expected {want}", json[key]));
            }
        }
    }
}

/// Speaker match as the quote scorer does it: equal, or one contains the other on word
/// boundaries, ignoring case and apostrophe style.
fn same_speaker(got: &str, want: &str) -> bool {
    let norm = |s: &str| s.to_lowercase().replace('’', "'").trim().to_owned();
    let (g, w) = (norm(got), norm(want));
    let contains = |hay: &str, needle: &str| {
        !needle.is_empty()
            && hay.match_indices(needle).any(|(i, m)| {
                let before = hay[..i].chars().next_back();
                let after = hay[i + m.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
    };
    !g.is_empty() && (g == w || contains(&g, &w) || contains(&w, &g))
}

#[test]
fn cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dirs: Vec<_> = fs::read_dir(&root)
        .expect("tests/cases exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no cases under {}", root.display());
    let mut failures = Vec::new();
    for d in &dirs {
        check_case(d, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} failure(s) in {} case(s):\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}
