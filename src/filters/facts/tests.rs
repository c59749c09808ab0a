//! Filter tests on documents written in the manner of real pages.

use super::*;
use crate::document::Span;
use crate::pipeline::Pipeline;
use crate::{Language, SourceKind};

fn pipeline() -> Pipeline {
    let mut b = Pipeline::builder().language(Language::French);
    for f in standard() {
        b = b.add_shared(f);
    }
    b.build().unwrap_or_else(|_| unreachable!())
}

const BODY: &str = "Les deux ministres de la Défense ont convenu lundi d'un rapprochement entre leurs services de renseignement dans le cadre de la lutte contre le terrorisme en Syrie.";
const BODY2: &str = "Le ministre a ensuite rencontré des militaires français stationnés dans la région, avant de regagner Paris dans la soirée, selon son entourage qui a confirmé la visite.";

fn doc_with_region(
    lines: &[&str],
    region: std::ops::Range<usize>,
    before: &[(usize, Reason)],
) -> Document {
    let mut d = Document::new(SourceKind::Text);
    for l in lines {
        d.push_block(BlockKind::Line, l, Span::default(), None);
    }
    for (id, r) in before {
        d.remove(*id, r.clone());
    }
    d.set_region(region);
    d
}

#[test]
fn head_facts_with_a_region() {
    let lines = [
        "Accueil",                                                        // 0 navigation
        "Défense : Paris et Moscou se rapprochent",                       // 1 title
        "Par Jean Dupont et Marie Durand",                                // 2
        "Publié le 21/12/2015 à 18h30, mis à jour le 22/12/2015 à 09h00", // 3
        "3 min de lecture",                                               // 4
        "Partager",                                                       // 5 share (skipped)
        "Le ministre à Moscou, le 21 décembre 2015",                      // 6 caption
        "Crédit : AFP",                                                   // 7 credit
        BODY,                                                             // 8
        BODY2,                                                            // 9
        "Par Paul Martin", // 10 teaser author after the article
    ];
    let mut d = doc_with_region(
        &lines,
        8..10,
        &[
            (0, Reason::Navigation),
            (1, Reason::BeforeArticle),
            (2, Reason::BeforeArticle),
            (3, Reason::BeforeArticle),
            (4, Reason::BeforeArticle),
            (5, Reason::Share),
            (6, Reason::BeforeArticle),
            (7, Reason::BeforeArticle),
            (10, Reason::Teaser),
        ],
    );
    pipeline().process(&mut d).unwrap();
    let f = d.facts();
    assert_eq!(f.bylines, ["Jean Dupont", "Marie Durand"]);
    assert_eq!(f.published.as_deref(), Some("2015-12-21T18:30:00"));
    assert_eq!(f.updated.as_deref(), Some("2015-12-22T09:00:00"));
    assert_eq!(f.declared_reading_secs, Some(180));
    assert_eq!(f.credits, ["AFP"]);
    assert_eq!(
        f.captions,
        [Caption::new(
            "Le ministre à Moscou, le 21 décembre 2015",
            Some("AFP".into())
        )]
    );
    let reason = |id: usize| {
        d.block(id)
            .and_then(|b| b.removal())
            .and_then(|i| d.removed().get(i).map(|r| r.reason.clone()))
    };
    assert_eq!(reason(2), Some(Reason::Fact(FactKind::Byline)));
    assert_eq!(reason(3), Some(Reason::Fact(FactKind::Date)));
    assert_eq!(reason(4), Some(Reason::Fact(FactKind::ReadingTime)));
    assert_eq!(reason(6), Some(Reason::Fact(FactKind::Caption)));
    assert_eq!(reason(7), Some(Reason::Fact(FactKind::Credit)));
    // Chrome stays chrome; the title is not a fact of these filters.
    assert_eq!(reason(5), Some(Reason::Share));
    assert_eq!(reason(10), Some(Reason::Teaser));
    assert_eq!(reason(1), Some(Reason::BeforeArticle));
    assert!(f.estimated_reading_secs.is_some_and(|s| s > 0));
}

#[test]
fn comment_headers_and_related_bylines_are_not_the_article_s() {
    let lines = [
        BODY,                                          // 0
        BODY2,                                         // 1
        "Lire aussi",                                  // 2 teaser
        "Par Paul Martin",                             // 3 teaser author
        "Commentaires",                                // 4
        "Par Toto75, le mercredi 15 mai 2019 à 08h07", // 5 comment header
    ];
    let mut d = doc_with_region(
        &lines,
        0..2,
        &[
            (2, Reason::Teaser),
            (3, Reason::AfterArticle),
            (4, Reason::Comments),
            (5, Reason::AfterArticle),
        ],
    );
    pipeline().process(&mut d).unwrap();
    assert!(d.facts().bylines.is_empty(), "{:?}", d.facts().bylines);
    assert_eq!(d.facts().published, None);
}

#[test]
fn signature_at_the_end_and_bare_name_with_date() {
    let mut d = doc_with_region(&[BODY, BODY2, "Par Jacques Munier"], 0..3, &[]);
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Jacques Munier"]);
    assert_eq!(d.body().count(), 2);

    let mut d = doc_with_region(
        &["Emmanuelle Ducros", "15 Mai 2019 à 06h00", BODY, BODY2],
        2..4,
        &[(0, Reason::BeforeArticle), (1, Reason::BeforeArticle)],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Emmanuelle Ducros"]);
    assert_eq!(d.facts().published.as_deref(), Some("2019-05-15T06:00:00"));
}

#[test]
fn metadata_wins_for_dates_and_bylines() {
    let mut d = doc_with_region(&["Par Jean Dupont", "le 3 mars 2021", BODY], 2..3, &[]);
    d.facts_mut().bylines = vec!["Jean Martin".into()];
    d.facts_mut().published = Some("2021-03-03T10:00:00+01:00".into());
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Jean Martin"]);
    assert_eq!(
        d.facts().published.as_deref(),
        Some("2021-03-03T10:00:00+01:00")
    );
    // The lines still leave the body as facts.
    assert_eq!(d.body().count(), 1);
    // A site's domain in the author metadata gives way to the printed byline.
    let mut d = doc_with_region(&["Par Jean Dupont", "le 3 mars 2021", BODY], 2..3, &[]);
    d.facts_mut().bylines = vec!["mesopinions.com".into()];
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Jean Dupont"]);
}

#[test]
fn durations_need_context_when_ambiguous() {
    let mut d = doc_with_region(&["- 01m48s", "05:01", BODY, BODY2], 2..4, &[]);
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().media_durations_secs, [108]);
    let mut d = doc_with_region(
        &["Réécouter Le Journal des idées", "5 min", BODY, BODY2],
        2..4,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().media_durations_secs, [300]);
}

#[test]
fn glued_caption_credit_and_dateline() {
    let mut d = doc_with_region(
        &[
            "Le président à Paris, le 12\u{a0}juillet\u{a0}2023. BERTRAND GUAY / AFP",
            "PARIS (AFP) - Les deux ministres de la Défense ont convenu lundi d'un rapprochement entre leurs services de renseignement.",
            BODY2,
        ],
        0..3,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    let f = d.facts();
    assert_eq!(f.credits, ["BERTRAND GUAY / AFP"]);
    assert_eq!(
        f.captions[0].text,
        "Le président à Paris, le 12\u{a0}juillet\u{a0}2023."
    );
    assert_eq!(f.datelines, ["PARIS (AFP)"]);
    // The dateline stays in the text by default.
    assert!(d
        .body()
        .next()
        .is_some_and(|(_, t)| t.starts_with("PARIS (AFP) -")));
    assert_eq!(f.published, None, "a caption's date is not the article's");
}

#[test]
fn no_region_falls_back_to_the_first_lines() {
    let a = pipeline()
        .clean_text(&format!(
            "Par Jean Dupont\nle 3 mars 2021 à 10h00\n{BODY}\n{BODY2}\nPar Paul Martin"
        ))
        .unwrap();
    assert_eq!(a.bylines, ["Jean Dupont"]);
    assert_eq!(a.published.as_deref(), Some("2021-03-03T10:00:00"));
}

#[test]
fn bylines_inside_segmented_lines_and_label_lines() {
    let table: &[(&str, Option<&[&str]>)] = &[
        ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", Some(&["Loïc Le Clerc"])),
        (
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup)",
            Some(&["Martin Untersinger", "Damien Leloup"]),
        ),
        ("Par Jean Dupont — 24 novembre 2017 à 18:42", Some(&["Jean Dupont"])),
        (
            "By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT",
            Some(&["Alissa Wilkinson"]),
        ),
        (
            "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
            Some(&["AFP"]),
        ),
        ("Politique | Économie | Culture | Sport", None),
        ("Un titre | Par ailleurs le gouvernement a dit non", None),
    ];
    for (text, want) in table {
        let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(byline_in_line(text), want, "{text}");
    }
    let mut d = doc_with_region(
        &[
            "Un titre",
            "Auteur",
            "Uriel Gadessaud",
            "Date",
            "2 mars 2020",
            BODY,
            BODY2,
        ],
        5..7,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Uriel Gadessaud"]);
    assert_eq!(d.facts().published.as_deref(), Some("2020-03-02"));
    let mut d = doc_with_region(
        &[
            "Auteur :",
            "Auteur(s) :",
            "Les Membres du Choeur de Radio France",
            BODY,
            BODY2,
        ],
        3..5,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Les Membres du Choeur de Radio France"]);
}

#[test]
fn name_and_date_on_one_line() {
    let mut d = doc_with_region(
        &["Marie Merlet | lundi 9 décembre 2019 à 09h08", BODY, BODY2],
        1..3,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Marie Merlet"]);
    assert_eq!(d.facts().published.as_deref(), Some("2019-12-09T09:08:00"));
    assert_eq!(d.body().count(), 2);
}

#[test]
fn lists_of_sources_are_not_credits() {
    let mut d = doc_with_region(
        &[
            BODY,
            "Un autre titre sur la Syrie et la Russie",
            "Reuters",
            "Encore un titre sur la Défense",
            "AP",
            BODY2,
        ],
        0..6,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert!(d.facts().credits.is_empty(), "{:?}", d.facts().credits);
}

#[test]
fn date_ranges_are_not_publication_dates() {
    let mut d = doc_with_region(&["21 Feb 2007 - 23 Mar 2021", BODY, BODY2], 1..3, &[]);
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().published, None);
    let mut d = doc_with_region(
        &[
            "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
            BODY,
            BODY2,
        ],
        1..3,
        &[],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["AFP"]);
    assert_eq!(d.facts().published.as_deref(), Some("2015-04-30T07:19:00"));
    assert_eq!(d.facts().updated.as_deref(), Some("2015-04-30T07:38:00"));
}

#[test]
fn an_agency_after_the_last_paragraph_signs() {
    let mut d = doc_with_region(&[BODY, BODY2, "AFP"], 0..3, &[]);
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["AFP"]);
    assert!(d.facts().captions.is_empty(), "{:?}", d.facts().captions);
    assert_eq!(d.body().count(), 2);
}

#[test]
fn html_figcaptions_are_captions() {
    let mut d = Document::new(SourceKind::Html);
    d.push_block(BlockKind::Heading(1), "Un titre", Span::default(), None);
    d.push_block(
        BlockKind::Caption,
        "Le ministre à Moscou, le 21 décembre 2015. Jean Dupont / AFP",
        Span::default(),
        None,
    );
    d.push_block(
        BlockKind::Caption,
        "Une vue de la place Rouge",
        Span::default(),
        None,
    );
    d.push_block(BlockKind::Paragraph, BODY, Span::default(), None);
    d.push_block(BlockKind::Paragraph, BODY2, Span::default(), None);
    d.set_region(0..5);
    pipeline().process(&mut d).unwrap();
    let f = d.facts();
    assert_eq!(
        f.captions,
        [
            Caption::new(
                "Le ministre à Moscou, le 21 décembre 2015.",
                Some("Jean Dupont / AFP".into())
            ),
            Caption::new("Une vue de la place Rouge", None),
        ]
    );
    assert_eq!(f.credits, ["Jean Dupont / AFP"]);
    assert_eq!(d.body().count(), 3);
}

#[test]
fn a_one_paragraph_region_has_its_head_after_it() {
    let mut d = doc_with_region(
        &[
            "Un titre sur la Guinée",
            BODY,
            "Auteur : Kossivi Tiassou",
            "Date 23.05.2011",
            "Imprimer cette page",
        ],
        1..2,
        &[
            (2, Reason::AfterArticle),
            (3, Reason::AfterArticle),
            (4, Reason::Share),
        ],
    );
    pipeline().process(&mut d).unwrap();
    assert_eq!(d.facts().bylines, ["Kossivi Tiassou"]);
    assert_eq!(d.facts().published.as_deref(), Some("2011-05-23"));
}

#[test]
fn a_copyright_sign_under_a_photo_is_a_credit_not_a_footer() {
    let mut d = doc_with_region(
        &[
            "Par Jean Dupont",
            "Le ministre à Moscou, le 21 décembre 2015",
            "© AFP",
            BODY,
            BODY2,
            "© 2024 Le Journal - Tous droits réservés",
        ],
        3..5,
        &[
            (0, Reason::BeforeArticle),
            (1, Reason::BeforeArticle),
            (2, Reason::Footer),
            (5, Reason::Footer),
        ],
    );
    pipeline().process(&mut d).unwrap();
    let f = d.facts();
    assert_eq!(f.bylines, ["Jean Dupont"]);
    assert_eq!(f.credits, ["AFP"]);
    assert_eq!(f.captions[0].credit.as_deref(), Some("AFP"));
    let reason = |id: usize| {
        d.block(id)
            .and_then(|b| b.removal())
            .and_then(|i| d.removed().get(i).map(|r| r.reason.clone()))
    };
    assert_eq!(reason(2), Some(Reason::Fact(FactKind::Credit)));
    assert_eq!(reason(5), Some(Reason::Footer));
}

#[test]
fn metadata_author_values_that_are_names() {
    use super::metadata_name;
    let table: &[(&str, Option<&str>, Option<&str>)] = &[
        ("Jean Dupont", None, Some("Jean Dupont")),
        ("By Jean Dupont", None, Some("Jean Dupont")),
        ("Par Anne-Sophie Le Gall", None, Some("Anne-Sophie Le Gall")),
        ("AFP", None, Some("AFP")),
        ("肖春芳", None, Some("肖春芳")),
        (
            "Organization for Transformative Works",
            None,
            Some("Organization for Transformative Works"),
        ),
        ("Marie Curie (mcurie)", None, Some("Marie Curie")),
        (
            "Anne Dupont, Paul Martin",
            None,
            Some("Anne Dupont, Paul Martin"),
        ),
        // Not names: placeholders, phrases, catalogue order, URLs, handles, domains, the site.
        ("FAIL", None, None),
        ("Meta name author", None, None),
        ("Kooman, F.", None, None),
        ("Dupont, Jean", None, None),
        ("https://example.org/jean", None, None),
        ("@jdupont", None, None),
        ("lemonde.fr", None, None),
        ("Deutsche Welle (www.dw.com)", None, None),
        ("Le Journal du Soir", Some("Le Journal du Soir"), None),
        ("", None, None),
    ];
    for (value, site, want) in table {
        assert_eq!(metadata_name(value, *site).as_deref(), *want, "{value}");
    }
}

#[test]
fn stop_words_in_markup_reasons() {
    for (t, stops) in [
        ("nav", true),
        ("site-menu", true),
        ("article-comments", true),
        ("related-links", true),
        ("page-footer", true),
        ("teaser-list", true),
        ("outside-article", false),
        ("canvas", false),
        ("menthe", false),
        ("", false),
        ("mena", false),
        ("é-navé", true),
    ] {
        let old = ["nav", "menu", "comment", "related", "footer", "teaser"]
            .iter()
            .any(|k| t.contains(k));
        assert_eq!(has_stop_word(t), stops, "{t}");
        assert_eq!(old, stops, "{t}");
    }
}

#[test]
fn segment_marks_are_found_by_bytes() {
    let old = |t: &str| t.contains(['|', '•', '·']) || t.contains(" — ") || t.contains(" – ");
    for t in [
        "Par Jean Dupont | 21 décembre 2015",
        "Par Jean Dupont • AFP",
        "Par Jean Dupont · AFP",
        "Par Jean Dupont — AFP",
        "Par Jean Dupont – AFP",
        "Par Jean Dupont—AFP",
        "Par Jean Dupont –AFP",
        "– AFP",
        "AFP —",
        "« Élise » a dit… “oui” ’ ‘ ½ é",
        "",
    ] {
        assert_eq!(super::has_segment_mark(t), old(t), "{t:?}");
    }
}

/// The scope the fact filters share is kept while takes cannot move it, dropped when one can,
/// and always equal to the scope computed afresh.
#[test]
fn shared_scope_follows_the_document() {
    let lines = [
        "Accueil",                           // 0 navigation
        "Par Jean Dupont",                   // 1
        "Publié le 21/12/2015 à 18h30",      // 2
        BODY,                                // 3
        "Un homme devant le Kremlin, lundi", // 4
        BODY2,                               // 5
        "© AFP",                             // 6 footer
    ];
    let mut d = doc_with_region(
        &lines,
        1..6,
        &[(0, Reason::Navigation), (6, Reason::Footer)],
    );
    let first = shared_scope(&mut d);
    assert_eq!(*first, scope(&d));
    // A short body line taken as a fact: the scope cannot move, the kept one is reused.
    take_fact(&mut d, 1, FactKind::Byline);
    let again = shared_scope(&mut d);
    assert!(Arc::ptr_eq(&first, &again));
    assert_eq!(*again, scope(&d));
    // The region's last body line: the tail moves, the scope is computed again.
    take_fact(&mut d, 5, FactKind::Caption);
    let moved = shared_scope(&mut d);
    assert!(!Arc::ptr_eq(&first, &moved));
    assert_eq!(*moved, scope(&d));
    assert_ne!(*moved, *first);
    // A footer credit relabelled as a fact: the tail's stop goes, the scope is computed again.
    take_fact(&mut d, 6, FactKind::Credit);
    let relabelled = shared_scope(&mut d);
    assert!(!Arc::ptr_eq(&moved, &relabelled));
    assert_eq!(*relabelled, scope(&d));
    // A change made outside the fact filters: the key sees it.
    d.remove(4, Reason::Advertising);
    let removed = shared_scope(&mut d);
    assert!(!Arc::ptr_eq(&relabelled, &removed));
    assert_eq!(*removed, scope(&d));
}

/// [`longer_than`] counts characters, not bytes, past its byte shortcut.
#[test]
fn longer_than_counts_characters() {
    assert!(!longer_than("", 0));
    assert!(longer_than("a", 0));
    assert!(!longer_than("abc", 3));
    assert!(longer_than("abcd", 3));
    // Four bytes, two characters.
    assert!(!longer_than("éé", 3));
    assert!(!longer_than("éé", 2));
    assert!(longer_than("ééé", 2));
    assert!(!longer_than(&"é".repeat(120), 120));
    assert!(longer_than(&"é".repeat(121), 120));
    // The count that it stands for, on texts of every length around the limit.
    for k in 0..12 {
        for t in ["a".repeat(k), "é".repeat(k), "aé".repeat(k), "€a".repeat(k)] {
            for n in 0..14 {
                assert_eq!(longer_than(&t, n), t.chars().count() > n, "{t:?} {n}");
            }
        }
    }
}
