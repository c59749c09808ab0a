//! The batch example's JSON lines keep the `clean` contract.

#[path = "../examples/common/json.rs"]
mod json;

#[test]
fn batch_lines_carry_every_contract_key_and_the_source() {
    let a = newsclean::clean_text(include_str!("../examples/data/rtl-le-drian-moscou.txt"))
        .unwrap_or_else(|e| panic!("{e}"));
    let v = json::article_json_with_source(&a, "examples/data/rtl-le-drian-moscou.txt");
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"));
    for k in json::KEYS {
        assert!(obj.contains_key(k), "missing {k}");
    }
    assert_eq!(obj["source"], "examples/data/rtl-le-drian-moscou.txt");
    assert_eq!(obj["language"], "fr");
    assert_eq!(obj["text"], a.text.as_str());
    let removed = obj["removed"]
        .as_array()
        .unwrap_or_else(|| panic!("removed"));
    assert_eq!(removed.len(), a.removed().len());
    // One entry, whole: its keys, in order, and values that point back into the input.
    let input = include_str!("../examples/data/rtl-le-drian-moscou.txt");
    let start = input
        .find("Je crée mon compte")
        .unwrap_or_else(|| panic!("fixture"));
    let entry = removed
        .iter()
        .find(|r| r["text"] == "Je crée mon compte")
        .unwrap_or_else(|| panic!("no removal of the account prompt: {v}"));
    let block = a
        .removed()
        .iter()
        .find(|r| r.text == "Je crée mon compte")
        .map(|r| r.block)
        .unwrap_or_else(|| panic!("no record"));
    assert_eq!(
        serde_json::to_string(entry).unwrap_or_default(),
        format!(
            r#"{{"text":"Je crée mon compte","reason":"account","filter":"line-rules","block":{block},"span":{{"start":{start},"end":{}}}}}"#,
            start + "Je crée mon compte".len()
        )
    );
    let rt = &obj["reading_time"];
    assert!(rt["estimated_secs"].is_u64(), "{rt}");
}
