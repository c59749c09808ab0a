//! The provided article (`examples/data/rtl-le-drian-moscou.txt`) through the default pipeline:
//! what issue 2 says must hold.

use newsclean::{Pipeline, Reason};

const PAGE: &str = include_str!("../examples/data/rtl-le-drian-moscou.txt");

fn lines() -> Vec<&'static str> {
    PAGE.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn body_is_exactly_the_three_article_paragraphs() {
    let article = Pipeline::default().clean_text(PAGE).expect("clean");
    let input = lines();
    let first = input
        .iter()
        .position(|l| l.starts_with("Jean-Yves Le Drian et son homologue"))
        .expect("first paragraph in the input");
    let expected: Vec<&str> = input[first..first + 3].to_vec();
    assert!(expected[2].ends_with("du ministre français."));
    assert_eq!(article.paragraphs, expected);
}

#[test]
fn chrome_lines_are_removed_with_a_reason() {
    let article = Pipeline::default().clean_text(PAGE).expect("clean");
    let reasons = |prefix: &str| -> Vec<Reason> {
        article
            .removed()
            .iter()
            .filter(|r| r.text.starts_with(prefix))
            .map(|r| r.reason.clone())
            .collect()
    };
    let chrome = [
        "Je m'abonne à la newsletter « Infos »",
        "Ne manquez rien de l'actualité",
        "Cliquez sur “Autoriser”",
        "Rejoignez la communauté RTL, RTL2 et Fun Radio",
        "Je crée mon compte",
    ];
    for line in chrome {
        let rs = reasons(line);
        assert_eq!(rs.len(), 1, "{line}: {rs:?}");
        // A reason a person can read, not merely "outside the article".
        assert!(
            !matches!(rs[0], Reason::BeforeArticle | Reason::AfterArticle),
            "{line}: {:?}",
            rs[0]
        );
    }
    assert_eq!(
        reasons("Je m'abonne à la newsletter")[0],
        Reason::Newsletter
    );
    assert_eq!(reasons("Ne manquez rien")[0], Reason::Notification);
    assert_eq!(reasons("Cliquez sur")[0], Reason::Notification);
    assert_eq!(reasons("Rejoignez la communauté")[0], Reason::Account);
    assert_eq!(reasons("Je crée mon compte")[0], Reason::Account);
    let welcome = reasons("Bienvenue sur RTL");
    assert_eq!(welcome.len(), 2);
    assert!(welcome.iter().all(|r| *r == Reason::Welcome));
}

#[test]
fn head_lines_leave_the_body() {
    let article = Pipeline::default().clean_text(PAGE).expect("clean");
    for head in [
        "- 01m48s",
        "1 min de lecture",
        "Jean-Yves Le Drian à l'ambassade française de Moscou, le 21 décembre 2015",
        "Crédit : AFP",
    ] {
        assert!(!article.paragraphs.iter().any(|p| p == head), "{head}");
        assert!(article.removed().iter().any(|r| r.text == head), "{head}");
    }
}

#[test]
fn every_line_ends_in_the_body_or_in_removed() {
    let article = Pipeline::default().clean_text(PAGE).expect("clean");
    assert_eq!(
        article.removed().len() + article.paragraphs.len(),
        lines().len()
    );
    for r in article.removed() {
        assert_eq!(PAGE.get(r.span.range()), Some(r.text));
    }
}
