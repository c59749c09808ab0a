//! The provided article (RTL, Le Drian in Moscow): its four head lines are facts.

use newsclean::filters::facts;
use newsclean::{from_fn, Article, FactKind, Pipeline, Reason};

const RTL: &str = include_str!("../examples/data/rtl-le-drian-moscou.txt");

fn check(a: &Article) {
    assert_eq!(a.reading_time.declared_secs, Some(60));
    assert_eq!(a.media_durations_secs, [108]);
    assert_eq!(a.credits, ["AFP"]);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(
        a.captions[0].text,
        "Jean-Yves Le Drian à l'ambassade française de Moscou, le 21 décembre 2015"
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("AFP"));
    // Estimated from the three body paragraphs at the French rate (204 wpm): about a minute.
    let words: usize = a.paragraphs.iter().map(|p| facts::count_words(p)).sum();
    assert!((200..=260).contains(&words), "{words} words");
    assert_eq!(
        a.reading_time.estimated_secs,
        facts::EstimatedReadingTime::default().seconds(words, newsclean::Language::French)
    );
    let fact = |text: &str| {
        a.removed()
            .iter()
            .find(|r| r.text.starts_with(text))
            .map(|r| r.reason.clone())
    };
    assert_eq!(
        fact("- 01m48s"),
        Some(Reason::Fact(FactKind::MediaDuration))
    );
    assert_eq!(
        fact("1 min de lecture"),
        Some(Reason::Fact(FactKind::ReadingTime))
    );
    assert_eq!(
        fact("Jean-Yves Le Drian à l'ambassade"),
        Some(Reason::Fact(FactKind::Caption))
    );
    assert_eq!(fact("Crédit : AFP"), Some(Reason::Fact(FactKind::Credit)));
    // No byline or date on this page: none is made up.
    assert!(a.bylines.is_empty());
    assert_eq!(a.published, None);
    assert!(a.paragraphs.iter().all(|p| !p.starts_with("Crédit")));
}

#[test]
fn standard_pipeline() {
    check(&Pipeline::french().clean_text(RTL).unwrap());
}

/// The order of the standard pipeline with an article-region step before the fact filters,
/// standing in for the region filter: lines before the first run of running text are
/// removed as `BeforeArticle`, lines after the last one as `AfterArticle`. The fact filters
/// must relabel the head lines as facts.
#[test]
fn with_a_region_step_before_the_facts() {
    let region = from_fn("region-stand-in", |doc| {
        let long: Vec<usize> = doc
            .body()
            .filter(|(b, _)| b.features.words >= 25)
            .map(|(b, _)| b.id)
            .collect();
        let (Some(&first), Some(&last)) = (long.first(), long.last()) else {
            return Ok(());
        };
        let n = doc.blocks().len();
        for id in 0..first {
            doc.remove(id, Reason::BeforeArticle);
        }
        for id in last + 1..n {
            doc.remove(id, Reason::AfterArticle);
        }
        doc.set_region(first..last + 1);
        Ok(())
    });
    let mut b = Pipeline::builder()
        .language(newsclean::Language::French)
        .add(newsclean::filters::LineRules::standard())
        .add(region);
    for f in facts::standard() {
        b = b.add_shared(f);
    }
    let a = b.build().unwrap().clean_text(RTL).unwrap();
    check(&a);
    assert_eq!(a.paragraphs.len(), 3);
}
