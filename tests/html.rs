//! HTML input and DOM main-content extraction, on pages written for these tests
//! (`tests/fixtures/html/`) and on inputs generated here.
//!
//! Two tests are `#[ignore]`d because they are slow in debug builds (html5ever's tree builder
//! is quadratic in the depth of nested `<div>`s; a 20 MB page takes a while unoptimised). Run
//! them with `cargo test --release --test html -- --ignored`.

use newsclean::{
    BlockKind, Document, Error, FactKind, InputNote, Language, Limits, Pipeline, Reason,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture_str(name: &str) -> String {
    String::from_utf8(fixture(name)).expect("fixture is UTF-8")
}

fn removed_with<'a>(a: &'a newsclean::Article, text: &str) -> Option<&'a Reason> {
    a.removed()
        .iter()
        .find(|r| r.text.contains(text))
        .map(|r| r.reason)
}

#[test]
fn each_removal_reason_on_a_french_article() {
    let a = Pipeline::default()
        .clean_html(&fixture_str("article_fr.html"))
        .expect("cleans");
    assert_eq!(a.language, Language::French);
    // The article, in order, with its characters (NBSP kept).
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("Après trois heures de débat"));
    assert!(a.paragraphs[0].contains("4\u{a0}%"));
    assert!(a.paragraphs[1].contains("«\u{a0}responsable"));
    assert!(a.paragraphs[3].starts_with("Le vote a été acquis"));
    // Every reason the DOM filter gives.
    assert_eq!(
        removed_with(&a, "Le conseil municipal adopte"),
        Some(&Reason::Fact(FactKind::Title))
    );
    assert_eq!(
        removed_with(&a, "Partager sur Facebook"),
        Some(&Reason::Markup("share".into()))
    );
    assert_eq!(
        removed_with(&a, "Politique"),
        Some(&Reason::Markup("nav".into()))
    );
    assert_eq!(
        removed_with(&a, "Accueil"),
        Some(&Reason::Markup("breadcrumb".into()))
    );
    assert_eq!(
        removed_with(&a, "Le budget 2024 en cinq chiffres"),
        Some(&Reason::Markup("related".into()))
    );
    assert_eq!(removed_with(&a, "Mots-clés"), Some(&Reason::AfterArticle));
    assert_eq!(
        removed_with(&a, "La Gazette du Val"),
        Some(&Reason::LinkDensity)
    );
    assert_eq!(
        removed_with(&a, "Un texte de la colonne de droite"),
        Some(&Reason::Markup("sidebar".into()))
    );
    assert_eq!(
        removed_with(&a, "© 2025"),
        Some(&Reason::Markup("footer".into()))
    );
    // Facts from the metadata.
    assert_eq!(
        a.title.as_deref(),
        Some("Le conseil municipal adopte le budget 2025")
    );
    assert_eq!(a.bylines, ["Claire Martin"]);
    assert_eq!(a.published.as_deref(), Some("2025-01-14T18:30:00+01:00"));
}

#[test]
fn positional_reasons_before_and_after_the_article() {
    let page = r#"<html><body>
      <div><span>Édition du soir</span></div>
      <div>
        <p>Les pompiers sont intervenus tôt ce matin dans un entrepôt de la zone industrielle, où un incendie s'était déclaré vers quatre heures.</p>
        <p>Aucun blessé n'est à déplorer, mais le bâtiment est entièrement détruit, a indiqué la préfecture dans un communiqué publié en fin de matinée.</p>
        <p>Une enquête a été ouverte pour déterminer l'origine du sinistre, qui pourrait être électrique selon les premiers éléments recueillis sur place.</p>
      </div>
      <div><span>Lire la suite</span></div>
      <div><p>Le maire s'est rendu sur les lieux dans l'après-midi et a promis une aide aux entreprises voisines, privées d'électricité depuis le matin.</p></div>
      <div><span>Publicité ici</span></div>
    </body></html>"#;
    let a = Pipeline::french().clean_html(page).expect("cleans");
    // The last paragraph sits in a container of its own after a label: running text right
    // after the article joins it, the label between them goes.
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    assert_eq!(
        removed_with(&a, "Lire la suite"),
        Some(&Reason::LowTextDensity)
    );
    assert_eq!(
        removed_with(&a, "Édition du soir"),
        Some(&Reason::BeforeArticle)
    );
    assert_eq!(
        removed_with(&a, "Publicité ici"),
        Some(&Reason::AfterArticle)
    );
}

#[test]
fn nothing_is_lost() {
    let html = fixture_str("article_fr.html");
    let doc = Document::from_html(&html, &Limits::default()).expect("parses");
    let blocks = doc.blocks().len();
    let a = Pipeline::default().clean_html(&html).expect("cleans");
    let mut ids: Vec<_> = a.removed().iter().map(|r| r.block).collect();
    ids.dedup();
    assert_eq!(a.paragraphs.len() + ids.len(), blocks);
}

#[test]
fn windows_1252_without_a_declaration() {
    let bytes = fixture("windows1252_no_charset.html");
    assert!(std::str::from_utf8(&bytes).is_err());
    let a = Pipeline::default()
        .clean_html_bytes(&bytes)
        .expect("cleans");
    assert_eq!(
        a.notes,
        [InputNote::Decoded {
            encoding: "windows-1252".into(),
            source: "fallback".into()
        }]
    );
    assert_eq!(a.title.as_deref(), Some("Un article en latin-1"));
    assert!(a.paragraphs[0].starts_with("L’été dernier, les élèves de l’école"));
    assert!(a.paragraphs[0].contains("l’église – un lieu"));
    assert!(a.paragraphs[1].starts_with("« Ça m’a plu »"));
}

#[test]
fn a_declared_charset_is_honoured() {
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body><p>Prix : 5 ".to_vec();
    page.push(0xA4); // the euro sign in latin-9
    page.extend_from_slice(b"</p></body></html>");
    let doc = Document::from_html_bytes(&page, &Limits::default()).expect("parses");
    assert_eq!(doc.text_of(0), "Prix : 5 €");
    assert_eq!(
        doc.notes()[0],
        InputNote::Decoded {
            encoding: "ISO-8859-15".into(),
            source: "meta".into()
        }
    );
}

#[test]
fn json_ld_article_body_is_the_only_good_evidence() {
    let a = Pipeline::default()
        .clean_html(&fixture_str("jsonld_only.html"))
        .expect("cleans");
    assert_eq!(a.paragraphs.len(), 2, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("Die Stadt will bis zum Jahr 2027"));
    assert!(a.paragraphs[1].ends_with("an der Hauptstraße und am Bahnhof."));
    assert!(removed_with(&a, "Im Kino läuft").is_some());
    assert_eq!(a.bylines, ["Jonas Weber"]);
    assert_eq!(a.published.as_deref(), Some("2024-05-02T08:00:00+02:00"));
    assert_eq!(a.updated.as_deref(), Some("2024-05-02T10:15:00+02:00"));
}

#[test]
fn json_ld_article_body_of_a_page_drawn_by_scripts() {
    let page = r#"<html><head><script type="application/ld+json">
      {"@type":"BlogPosting","headline":"Notes de voyage","articleBody":"Nous sommes arrivés à Lisbonne un matin de brouillard, après une longue nuit de train depuis Madrid, fatigués mais heureux de voir enfin le fleuve.\nLa ville se découvre à pied, de colline en colline, et chaque rue offre une vue nouvelle sur les toits et sur l'eau, jusqu'au soir."}
    </script></head><body><div id="app">Chargement…</div><footer>© Blog</footer></body></html>"#;
    let a = Pipeline::default().clean_html(page).expect("cleans");
    assert_eq!(a.paragraphs.len(), 2, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("Nous sommes arrivés à Lisbonne"));
    assert_eq!(
        removed_with(&a, "Chargement"),
        Some(&Reason::Markup("outside-json-ld-articlebody".into()))
    );
    assert_eq!(a.title.as_deref(), Some("Notes de voyage"));
}

#[test]
fn text_split_across_nested_inline_elements() {
    let doc =
        Document::from_html(&fixture_str("inline_split.html"), &Limits::default()).expect("parses");
    let texts: Vec<&str> = doc.blocks().iter().map(|b| doc.text(b)).collect();
    assert_eq!(
        texts,
        [
            "Le ministre a dit\u{a0}: «\u{202f}non\u{202f}». Puis il est parti.",
            "Première ligne\nDeuxième ligne",
            "Nouveau paragraphe après deux sauts.",
            "  code   aligné\n    garde ses espaces",
            "L’été & l’hiver — “guillemets” et 'apostrophes' restent tels quels.",
        ]
    );
    assert_eq!(doc.blocks()[3].kind, BlockKind::Preformatted);
    let first = doc.blocks()[0].html.as_ref().expect("html info");
    assert_eq!(doc.tag_path(0).as_deref(), Some("html>body>article>p"));
    // "dit" is the only link text: 3 characters of 56.
    assert!(first.link_density > 0.04 && first.link_density < 0.07);
}

#[test]
fn a_german_page_without_rule_tables() {
    let page = r#"<!DOCTYPE html><html lang="de"><head><title>Hochwasser am Rhein - Rheinbote</title></head><body>
      <nav class="menu"><a href="/">Start</a><a href="/region">Region</a><a href="/sport">Sport</a></nav>
      <div class="content"><h1>Hochwasser am Rhein</h1>
        <p>Nach tagelangem Regen ist der Pegel des Rheins am Wochenende auf über sieben Meter gestiegen, die Schifffahrt wurde eingestellt.</p>
        <p>Die Feuerwehr sicherte in der Altstadt mehrere Keller mit Sandsäcken, verletzt wurde nach Angaben der Polizei niemand.</p>
        <div class="social-share"><a href="/x">Teilen</a><a href="/x">Twittern</a></div>
      </div>
      <div id="comments"><p>Schon wieder! Wann baut die Stadt endlich eine ordentliche Schutzmauer für die Anwohner der Altstadt?</p></div>
      <footer>Impressum · Datenschutz</footer></body></html>"#;
    let a = Pipeline::default().clean_html(page).expect("cleans");
    assert_eq!(a.paragraphs.len(), 2, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("Nach tagelangem Regen"));
    assert_eq!(
        removed_with(&a, "Schon wieder!"),
        Some(&Reason::Markup("comments".into()))
    );
    assert_eq!(
        removed_with(&a, "Teilen"),
        Some(&Reason::Markup("social".into()))
    );
    assert_eq!(a.title.as_deref(), Some("Hochwasser am Rhein"));
}

#[test]
fn empty_and_blank_inputs() {
    for input in ["", "   \n\t", "<html></html>", "<!-- nothing -->"] {
        let a = Pipeline::default().clean_html(input).expect("no error");
        assert!(a.paragraphs.is_empty(), "{input:?}");
    }
    let a = Pipeline::default().clean_html_bytes(b"").expect("no error");
    assert!(a.paragraphs.is_empty());
}

#[test]
fn bytes_that_are_not_html() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0u32..4000).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    match Pipeline::default().clean_html_bytes(&png) {
        Err(Error::NotHtml(msg)) => assert!(msg.contains("binary"), "{msg}"),
        other => panic!("expected NotHtml, got {other:?}"),
    }
    // Text decoded from binary data: one replacement character in five is refused; accented
    // letters (two bytes each) and a stray one are not, and only the first 4096 characters
    // are looked at.
    let garbage = "ab\u{FFFD}cd".repeat(100);
    assert!(matches!(
        Pipeline::default().clean_html(&garbage),
        Err(Error::NotHtml(_))
    ));
    let french = format!(
        "<p>Été à Noël, déjà\u{FFFD}</p>{}",
        "<p>Ça égaré.</p>".repeat(400)
    );
    assert!(Pipeline::default().clean_html(&french).is_ok());
    let late = format!("<p>{}</p>{garbage}", "é".repeat(5000));
    assert!(Pipeline::default().clean_html(&late).is_ok());
    // Characters, not bytes, are counted: 3000 two-byte letters leave room for the garbage.
    let within = format!("<p>{}</p>{garbage}{garbage}{garbage}", "é".repeat(3000));
    assert!(matches!(
        Pipeline::default().clean_html(&within),
        Err(Error::NotHtml(_))
    ));
    // Plain text is not refused: it is laid out as a paragraph.
    let a = Pipeline::default()
        .clean_html("Juste une phrase, sans balise, qui reste lisible telle quelle.")
        .expect("cleans");
    assert_eq!(
        a.paragraphs,
        ["Juste une phrase, sans balise, qui reste lisible telle quelle."]
    );
}

fn nested(tag: &str, n: usize) -> String {
    let mut s = String::with_capacity(n * (2 * tag.len() + 5) + 64);
    for _ in 0..n {
        s.push('<');
        s.push_str(tag);
        s.push('>');
    }
    s.push_str("Le texte tout au fond de la page, sous cent mille éléments.");
    for _ in 0..n {
        s.push_str("</");
        s.push_str(tag);
        s.push('>');
    }
    s
}

#[test]
fn hundred_thousand_nested_elements_walk_and_drop_without_recursion() {
    // Inline elements nest without html5ever's quadratic scope checks: the DOM really is
    // 100 000 deep, and the walk and the drop must not overflow the stack.
    let mut limits = Limits::default();
    limits.max_depth = 200_000;
    let doc = Document::from_html(&nested("span", 100_000), &limits).expect("parses");
    assert_eq!(doc.blocks().len(), 1);
    assert!(doc.text_of(0).starts_with("Le texte tout au fond"));
    let a = Pipeline::default()
        .to_builder()
        .limits(limits)
        .build()
        .expect("builds")
        .clean_html(&nested("span", 100_000))
        .expect("cleans");
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn the_depth_check_is_not_fooled_by_tags_in_comments_and_scripts() {
    let mut limits = Limits::default();
    limits.max_depth = 200;
    // Closing tags inside comments and scripts close nothing: the page is 300 levels deep.
    let mut deep = String::new();
    for _ in 0..300 {
        deep.push_str("<div><!-- </div></div> --><script>s = '</div></div>';</script>");
    }
    deep.push_str("<p>Au fond.</p>");
    assert!(matches!(
        Document::from_html(&deep, &limits),
        Err(Error::TooDeep { .. })
    ));
    // Many tags, and many `<` in scripts, on a flat page: it passes.
    let mut flat = String::new();
    for i in 0..400 {
        flat.push_str(&format!(
            "<p>Paragraphe {i}.</p><script>if (a<b && c<d) {{}}</script><br>"
        ));
    }
    let doc = Document::from_html(&flat, &limits).expect("a flat page is not too deep");
    assert_eq!(doc.blocks().len(), 400);
}

#[test]
fn deep_block_nesting_over_the_limit_is_a_clear_error() {
    match Pipeline::default().clean_html(&nested("div", 100_000)) {
        Err(Error::TooDeep { depth, limit }) => {
            assert_eq!(limit, Limits::default().max_depth);
            assert!(depth > limit);
        }
        other => panic!("expected TooDeep, got {other:?}"),
    }
    let mut limits = Limits::default();
    limits.max_depth = 50;
    let err = Document::from_html(&nested("div", 60), &limits).expect_err("too deep");
    assert!(
        err.to_string().contains("raise `Limits::max_depth`"),
        "{err}"
    );
    // Unclosed paragraphs and list items do not count as nesting.
    let sloppy = "<p>un<p>deux".repeat(100);
    assert!(Document::from_html(&sloppy, &limits).is_ok());
}

/// html5ever's tree builder scans its stack of open elements on each `<div>`: this page takes
/// from half a minute to a few minutes even in release builds, which is why the default
/// `max_depth` is 10 000. It checks that the walk and the drop survive such a tree.
#[test]
#[ignore = "slow (quadratic in html5ever): run with --release -- --ignored"]
fn hundred_thousand_nested_divs_with_a_raised_limit() {
    let mut limits = Limits::default();
    limits.max_depth = 200_000;
    let doc = Document::from_html(&nested("div", 100_000), &limits).expect("parses");
    assert_eq!(doc.blocks().len(), 1);
}

#[test]
fn too_many_nodes_is_a_clear_error() {
    let mut limits = Limits::default();
    limits.max_dom_nodes = 100;
    let page = "<p>un paragraphe</p>".repeat(200);
    match Document::from_html(&page, &limits) {
        Err(Error::TooManyNodes { limit }) => assert_eq!(limit, 100),
        other => panic!("expected TooManyNodes, got {other:?}"),
    }
}

fn big_page(target: usize) -> String {
    let mut s = String::from("<html><body><nav><a href='/'>Accueil</a></nav><article>");
    let mut i = 0;
    while s.len() < target {
        s.push_str(&format!(
            "<p>Paragraphe {i} : les élus ont débattu longuement du projet, puis ils ont voté, \
             à une large majorité, un texte amendé en séance.</p>\n"
        ));
        if i % 50 == 0 {
            s.push_str("<ul class='related'><li><a href='/x'>Un lien</a></li><li><a href='/y'>Un autre lien</a></li></ul>\n");
        }
        i += 1;
    }
    s.push_str("</article><footer>© 2025</footer></body></html>");
    s
}

#[test]
fn a_one_megabyte_page() {
    let page = big_page(1 << 20);
    let a = Pipeline::french().clean_html(&page).expect("cleans");
    assert!(a.paragraphs.len() > 5_000);
    assert!(a.paragraphs.iter().all(|p| p.starts_with("Paragraphe ")));
}

#[test]
#[ignore = "slow in debug builds: run with --release -- --ignored"]
fn a_twenty_megabyte_page() {
    let page = big_page(20 << 20);
    let a = Pipeline::french().clean_html(&page).expect("cleans");
    assert!(a.paragraphs.len() > 100_000);
    assert!(a.paragraphs.iter().all(|p| p.starts_with("Paragraphe ")));
    assert!(a.removed().iter().any(|r| r.text == "Un autre lien"));
}

#[test]
fn a_megabyte_of_links_stays_fast_enough_to_finish() {
    // One huge link list: linear passes only (this would time out if a pass were quadratic).
    let mut page = String::from("<html><body><ul>");
    while page.len() < 1 << 20 {
        page.push_str("<li><a href='/article'>Un titre d'article en lien</a></li>");
    }
    page.push_str("</ul></body></html>");
    let a = Pipeline::default().clean_html(&page).expect("cleans");
    assert!(a.paragraphs.is_empty());
    assert!(a.removed().iter().all(|r| *r.reason == Reason::LinkDensity));
}

#[test]
fn truncated_and_mangled_pages_never_panic() {
    let pipeline = Pipeline::default();
    for name in ["article_fr.html", "jsonld_only.html", "inline_split.html"] {
        let bytes = fixture(name);
        for cut in (0..bytes.len()).step_by(41) {
            // Cut anywhere, even inside a UTF-8 sequence or a tag.
            let _ = pipeline.clean_html_bytes(&bytes[..cut]);
            let mut mangled = bytes.clone();
            if let Some(b) = mangled.get_mut(cut) {
                *b ^= 0xA5;
            }
            let _ = pipeline.clean_html_bytes(&mangled);
        }
    }
}

#[test]
fn repeated_class_tokens_keep_their_case_folded_form_and_verdict() {
    // The walk classifies each distinct token once per page: later copies, in any case, must
    // get the same lower-case form and the same verdict as the first.
    let page = r#"<div class="Story-Body"><p class="Share-Row">Un.</p><p class="share-row">Deux.</p>
        <p class="SHARE-ROW x">Trois.</p><p class="story-body">Quatre.</p></div>"#;
    let doc = Document::from_html(page, &Limits::default()).expect("parses");
    assert_eq!(doc.html_tokens(0), ["story-body", "share-row"]);
    assert_eq!(doc.html_tokens(1), ["story-body", "share-row"]);
    assert_eq!(doc.html_tokens(2), ["story-body", "share-row", "x"]);
    assert_eq!(doc.html_tokens(3), ["story-body", "story-body"]);
    // And the verdict: a share row inside the article goes, whatever the case of its class.
    let para = "Le conseil municipal a adopté mardi soir, après plus de trois heures de débat, \
                le budget de la ville pour l'année prochaine, en hausse de quatre pour cent.";
    let page = format!(
        r#"<article><p>{para}</p><div class="share"><a href="/a">Partager sur X</a></div>
        <p>{para} Encore.</p><div class="SHARE"><a href="/b">Partager par courriel</a></div>
        <p>{para} Enfin.</p></article>"#
    );
    let a = Pipeline::default().clean_html(&page).expect("cleans");
    assert_eq!(a.paragraphs.len(), 3, "{:?}", a.paragraphs);
    for t in ["Partager sur X", "Partager par courriel"] {
        assert_eq!(
            removed_with(&a, t),
            Some(&Reason::Markup("share".into())),
            "{t}"
        );
    }
}
