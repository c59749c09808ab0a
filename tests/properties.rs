//! Conservation and robustness, checked on random and adversarial text.
//!
//! Conservation: every non-empty input line ends up in the body or in `removed` (facts
//! included), in order, with none of its text lost.

use newsclean::{Document, Pipeline};
use proptest::prelude::*;

/// Checks that every block's text is fully accounted for: the pieces cut from it (removal
/// records) and what is left in the body, put in input order, rebuild the line.
fn assert_conserved(input: &str, pipeline: &Pipeline) {
    let mut doc = Document::from_text(input);
    let lines: Vec<&str> = input
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(doc.blocks().len(), lines.len());
    pipeline
        .process(&mut doc)
        .expect("the standard pipeline does not fail");
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    for (block, line) in doc.blocks().iter().zip(&lines) {
        let mut pieces: Vec<(usize, &str)> = doc
            .removed()
            .iter()
            .filter(|r| r.block == block.id)
            .map(|r| (r.span.start, r.text))
            .collect();
        if !block.is_removed() {
            pieces.push((block.span.start, doc.text(block)));
        }
        assert!(!pieces.is_empty(), "block {} vanished: {line:?}", block.id);
        pieces.sort_by_key(|p| p.0);
        let rebuilt: String = pieces.iter().map(|p| squash(p.1)).collect();
        assert_eq!(rebuilt, squash(line), "block {} lost text", block.id);
        // Body text of a text dump is a verbatim slice of the input.
        if !block.is_removed() {
            assert_eq!(&input[block.span.range()], doc.text(block));
        }
    }
    // The article lists removals in input order.
    let article = pipeline
        .run(Document::from_text(input))
        .expect("no failure");
    let starts: Vec<usize> = article.removed().iter().map(|r| r.span.start).collect();
    assert!(
        starts.windows(2).all(|w| w[0] <= w[1]),
        "removed out of order"
    );
    for q in &article.quotes {
        assert!(q.start <= q.end && q.end <= article.text.len());
        assert!(article.text.is_char_boundary(q.start) && article.text.is_char_boundary(q.end));
    }
}

/// Lines in the manner of a French news dump: chrome, head facts and body.
const LINES: &[&str] = &[
    "Menu",
    "Politique",
    "Se connecter",
    "Je m'abonne à la newsletter « Infos »",
    "Bienvenue sur RTL",
    "- 01m48s",
    "1 min de lecture",
    "Crédit : AFP",
    "Par Jean Dupont",
    "Publié le 21/12/2015 à 18h30",
    "À lire aussi : Le budget adopté en commission",
    "Partager sur Facebook",
    "Publicité",
    "Il vous reste 57,09 % de cet article à lire. La suite est réservée aux abonnés.",
    "Les deux ministres de la Défense ont convenu lundi d'un rapprochement entre les services de renseignement.",
    "« Nous avons convenu de renforcer nos échanges », a ainsi fait savoir le ministre à la presse.",
    "Selon l'entourage du ministre, « l'objectif commun reste d'éradiquer Daech ».",
    "The minister said on Monday that both countries would share more intelligence.",
    "© 2024 Tous droits réservés",
    "10 commentaires",
    "« non fermé et très long",
];

fn dump() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(LINES).prop_map(str::to_owned),
            1 => "\\PC{0,80}",
            1 => "[ \u{a0}\u{202f}\t«»“”\"'’a-zé.,:;!?0-9-]{0,60}",
        ],
        0..40,
    )
    .prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_line_is_kept_somewhere(input in dump()) {
        assert_conserved(&input, &Pipeline::default());
        assert_conserved(&input, &Pipeline::english());
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let a = Pipeline::default().clean_text_bytes(&bytes).expect("text input never fails");
        let conserved: usize = a.paragraphs.len() + a.removed().len();
        let lines = String::from_utf8_lossy(&bytes).split('\n').filter(|l| !l.trim().is_empty()).count();
        prop_assert!(conserved >= lines);
    }
}

#[test]
fn control_characters_and_lone_combining_marks() {
    let input =
        "\u{0}\u{1}\u{7f}\n\u{301}\u{301}\u{301}\n\u{202e}texte inversé\u{202c}\n\r\r\n\u{feff}";
    assert_conserved(input, &Pipeline::default());
}

#[test]
fn a_long_line_and_many_short_lines() {
    // Completion and conservation only; the criterion size sweep (benches/) shows the cost
    // grows linearly.
    let long = "mot ".repeat(50 << 18); // 50 MiB
    let a = Pipeline::default().clean_text(&long).expect("no failure");
    assert_eq!(a.paragraphs.len() + a.removed().len(), 1);
    let many = "a\n".repeat(1_000_000);
    let a = Pipeline::default().clean_text(&many).expect("no failure");
    assert_eq!(a.paragraphs.len() + a.removed().len(), 1_000_000);
}
