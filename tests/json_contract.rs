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
    assert!(removed
        .iter()
        .any(|r| r["text"] == "Je crée mon compte" && r["reason"].is_string()));
    let rt = &obj["reading_time"];
    assert!(rt["estimated_secs"].is_u64(), "{rt}");
}
