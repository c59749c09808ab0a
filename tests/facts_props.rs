//! The fact parsers and filters never panic, whatever the text, and keep every block.

use newsclean::filters::facts::{
    find_reading_time, parse_byline, parse_credit, parse_date, parse_date_line, parse_dateline,
    parse_duration, parse_name_line, parse_reading_time, split_caption_credit, Stamp,
};
use newsclean::Pipeline;
use proptest::prelude::*;

/// Text made of the pieces fact lines are made of, so that the parsers go deep.
fn facty() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Par ",
        "By ",
        "Jean",
        "Dupont",
        "et ",
        " avec AFP",
        "Crédit : ",
        "©",
        "Photo : ",
        "/",
        " / ",
        "AFP",
        "Reuters",
        "(",
        ")",
        "le ",
        "21",
        "31",
        "février",
        "déc.",
        "2015",
        "/12/",
        ".09.",
        " à ",
        "18h30",
        "18:30",
        "UTC+1",
        "Publié",
        "Mis à jour",
        " min",
        " de lecture",
        "Lecture : ",
        "01m48s",
        "2'30''",
        "il y a ",
        "heures",
        " - ",
        " | ",
        "•",
        "\u{a0}",
        "\u{202f}",
        "’",
        "é",
        "𝔸",
        "\n",
        "PARIS",
        " (AFP) – ",
        "Durée : ",
        "1er",
        "ago",
        ",",
        ". ",
        "ÉTÉ",
        "Getty Images",
        "9/11/13",
        "Auteur :",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn parsers_never_panic(s in facty(), t in "\\PC{0,80}") {
        for x in [&s, &t] {
            let r = Stamp::date(2015, 12, 22).and_then(|d| d.at(10, 0, 0));
            let _ = parse_date(x, None);
            let _ = parse_date(x, r.as_ref());
            if let Some(l) = parse_date_line(x, r.as_ref()) {
                let _ = l.residual(x);
                for s in [l.published, l.updated].into_iter().flatten() {
                    prop_assert!(newsclean::filters::facts::is_valid_date(s.year, s.month, s.day));
                }
            }
            let _ = parse_reading_time(x);
            if let Some((range, _)) = find_reading_time(x) {
                prop_assert!(x.get(range).is_some());
            }
            let _ = parse_duration(x);
            let _ = parse_credit(x);
            if let Some((len, _)) = split_caption_credit(x) {
                prop_assert!(x.is_char_boundary(len));
            }
            if let Some((_, len)) = parse_byline(x) {
                prop_assert!(x.is_char_boundary(len.min(x.len())));
            }
            if let Some((_, len)) = parse_name_line(x) {
                // The length counts the white space the line starts with: an offset in `x`.
                prop_assert!(x.is_char_boundary(len));
            }
            if let Some((_, len)) = parse_dateline(x, true) {
                prop_assert!(x.is_char_boundary(len));
            }
        }
    }

    #[test]
    fn the_pipeline_keeps_every_block(lines in prop::collection::vec(facty(), 0..12)) {
        let text = lines.join("\n");
        let doc_blocks = newsclean::Document::from_text(&text).blocks().len();
        let a = Pipeline::french().clean_text(&text).unwrap();
        let mut kept: Vec<usize> = a.removed().iter().map(|r| r.block).collect();
        kept.sort_unstable();
        kept.dedup();
        // Every block is in the body or has at least one removal record.
        prop_assert!(a.paragraphs.len() + kept.len() >= doc_blocks);
    }
}
