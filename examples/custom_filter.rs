//! Extending the pipeline from your own crate: a site-specific rule added to the rule table,
//! and a filter of your own, with no change to newsclean.
//!
//! ```text
//! cargo run --example custom_filter
//! ```

use newsclean::filters::{LineRules, Rule};
use newsclean::{BoxError, Document, Filter, Pipeline, Reason};

/// A filter of our own: a site prints its weather widget as "Paris 12°C" lines; remove them,
/// and count how many it took out, as an example of a filter with state set at build time.
#[derive(Debug)]
struct WeatherWidget {
    max_chars: usize,
}

impl Filter for WeatherWidget {
    fn name(&self) -> &str {
        "weather-widget"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let hits: Vec<_> = doc
            .body()
            .filter(|(b, t)| {
                b.features.chars <= self.max_chars
                    && t.trim_end().ends_with("°C")
                    && t.split_whitespace().count() <= 3
            })
            .map(|(b, _)| b.id)
            .collect();
        for id in hits {
            doc.remove(id, Reason::Custom("weather widget".into()));
        }
        Ok(())
    }
}

const PAGE: &str = "\
Paris 12°C
Offre découverte : 1 € le premier mois
Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un long débat.
Les élus de l'opposition ont dénoncé une hausse des dépenses de fonctionnement qu'ils jugent excessive.
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. A site-specific wording, added to the built-in rule table as one line of data.
    let rules = LineRules::standard().with_rule(
        Rule::new(
            r"(?i)^offre découverte\b",
            Reason::Custom("site offer".into()),
        )?
        .max_chars(80),
    );
    // 2. Start from the French preset, swap the rule filter, append our own filter.
    let pipeline = Pipeline::french()
        .to_builder()
        .replace("line-rules", rules)
        .add(WeatherWidget { max_chars: 30 })
        .build()?;

    println!("filters: {:?}", pipeline.filter_names());
    let article = pipeline.clean_text(PAGE)?;
    println!("\nbody:\n{}\n", article.text);
    println!("removed:");
    for r in article.removed() {
        println!("- [{}] by {}: {:?}", r.reason, r.filter, r.text);
    }
    Ok(())
}
