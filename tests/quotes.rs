//! The quote filter on the provided article.

use newsclean::{filters::Quotes, MentionKind, Pipeline};

const ARTICLE: &str = include_str!("../examples/data/rtl-le-drian-moscou.txt");

fn check_three(a: &newsclean::Article) {
    assert_eq!(a.quotes.len(), 3, "{:#?}", a.quotes);
    let want = [
        (
            "Nous avons convenu",
            "et la localisation",
            "Jean-Yves Le Drian",
            "a fait savoir",
            true,
        ),
        (
            "Cette rencontre fait suite",
            "qui nous ont été données",
            "Jean-Yves Le Drian",
            "avait déclaré",
            false,
        ),
        (
            "Nous n'avons pas forcément",
            "éradiquer Daech",
            "un membre de l'entourage du ministre français",
            "a résumé",
            false,
        ),
    ];
    for (q, (head, tail, speaker, cue, partial)) in a.quotes.iter().zip(want) {
        assert!(
            q.text.starts_with(head) && q.text.ends_with(tail),
            "{}",
            q.text
        );
        assert_eq!(&a.text[q.start..q.end], q.text);
        assert_eq!(q.speaker.as_deref(), Some(speaker));
        assert_eq!(q.cue.as_deref(), Some(cue));
        assert_eq!(q.partial, partial, "{}", q.text);
    }
}

#[test]
fn the_three_body_paragraphs_give_three_quotes() {
    let body: Vec<&str> = ARTICLE
        .lines()
        .filter(|l| {
            l.contains("Le Drian") && l.len() > 200 || l.starts_with("C'est dans cette optique")
        })
        .collect();
    assert_eq!(body.len(), 3);
    let p = Pipeline::builder().add(Quotes::default()).build().unwrap();
    let a = p.clean_text(&body.join("\n")).unwrap();
    check_three(&a);
    assert!(a.mentions.is_empty());
}

#[test]
fn the_full_article_gives_three_quotes_and_two_mentions() {
    let p = Pipeline::builder().add(Quotes::default()).build().unwrap();
    let a = p.clean_text(ARTICLE).unwrap();
    check_three(&a);
    let m: Vec<(&str, MentionKind)> = a
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.kind))
        .collect();
    assert_eq!(
        m,
        [
            ("Infos", MentionKind::Title),
            ("Autoriser", MentionKind::Ui)
        ]
    );
}

#[test]
fn the_standard_pipeline_runs_the_filter() {
    let a = Pipeline::french().clean_text(ARTICLE).unwrap();
    assert_eq!(a.quotes.len(), 3);
    assert!(a
        .quotes
        .iter()
        .all(|q| a.text.get(q.start..q.end) == Some(q.text.as_str())));
}
