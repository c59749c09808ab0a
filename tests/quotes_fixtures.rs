//! The quote filter on articles written for the tests in the manner of real ones
//! (`tests/quotes/*.txt`), annotated in `tests/quotes/*.jsonl`: one line per expected quote
//! (`text`, acceptable `speaker`s) or per expected mention (`mention`, optional `kind`).

use newsclean::{filters::Quotes, Pipeline};
use serde_json::Value;

fn check(name: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/quotes/");
    let text = std::fs::read_to_string(format!("{dir}{name}.txt")).unwrap();
    let gold = std::fs::read_to_string(format!("{dir}{name}.jsonl")).unwrap();
    let p = Pipeline::builder().add(Quotes::default()).build().unwrap();
    let a = p.clean_text(&text).unwrap();
    let mut want_quotes = 0;
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).unwrap();
        if let Some(m) = g["mention"].as_str() {
            let found = a.mentions.iter().find(|x| x.text == m);
            let found =
                found.unwrap_or_else(|| panic!("{name}: mention {m:?} missing: {:?}", a.mentions));
            if let Some(k) = g["kind"].as_str() {
                let kind = serde_json::to_value(found.kind).unwrap();
                assert_eq!(kind.as_str(), Some(k), "{name}: kind of {m:?}");
            }
            assert!(
                a.quotes.iter().all(|q| q.text != m),
                "{name}: {m:?} is not speech"
            );
            continue;
        }
        want_quotes += 1;
        let t = g["text"].as_str().unwrap();
        let q = a
            .quotes
            .iter()
            .find(|q| q.text == t)
            .unwrap_or_else(|| panic!("{name}: quote {t:?} missing; found {:#?}", a.quotes));
        if !t.contains("\n\n") {
            assert_eq!(&a.text[q.start..q.end], t, "{name}: span of {t:?}");
        }
        let best = q
            .speaker_resolved
            .clone()
            .or(q.speaker.clone())
            .unwrap_or_default();
        let ok = g["speaker"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .any(|s| best.contains(s) || s.contains(best.as_str()) && !best.is_empty());
        assert!(
            ok,
            "{name}: speaker of {t:?} is {best:?}, want {}",
            g["speaker"]
        );
    }
    assert_eq!(a.quotes.len(), want_quotes, "{name}: {:#?}", a.quotes);
}

#[test]
fn french_municipal_campaign() {
    check("municipales");
}

#[test]
fn english_transfer_story() {
    check("transfer");
}
