//! The title of a text dump: the headline-shaped line of the article head.

use once_cell::sync::Lazy;

use crate::document::{Block, BlockId, Document, FactKind, Reason, SourceKind};
use crate::error::BoxError;
use crate::filters::facts::split_caption_credit;
use crate::filters::gate::Gated;
use crate::pipeline::Filter;

/// How many lines before the body the head may span.
const HEAD_WINDOW: usize = 16;

/// Finds the title of a scraped text dump and records it in [`Facts::title`](crate::Facts):
/// among the lines of the article head (just before the body a region filter found), the
/// headline-shaped one — 4 to 30 words, an upper-case start, no final full stop, no date,
/// byline or credit in it — that the standfirst, a byline or the body follows. The line
/// leaves the body as a [`FactKind::Title`] fact. HTML pages get their title from markup, so
/// this filter only runs on text dumps, and only when no title is known yet.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextTitle;

/// Dates, times, bylines, credits and links: what a headline does not hold. One pattern per
/// branch, so that only the branches whose gate matches are run in full.
const NOT_A_TITLE: [&str; 8] = [
    r"^(par|by|von|publié|mis à jour|modifié|updated|published|crédits?|photo)\b",
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    r"\b\d{1,2}(er)?\s+(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\p{L}*\.?\s+\d{4}",
    r"\b\d{1,2}[h:]\d{2}\b",
    r"©",
    r"\b(AFP|Reuters|AP|Getty Images)\s*$",
    r"/\s*[A-Z]{2,}\s*$",
    r"\bhttps?://",
];

/// All the branches of [`NOT_A_TITLE`] at once, to rule most lines out in one pass.
static NOT_A_TITLE_ANY: Lazy<Gated> =
    Lazy::new(|| Gated::new(&format!("(?i){}", NOT_A_TITLE.join("|"))));

static NOT_A_TITLE_EACH: Lazy<Vec<Gated>> = Lazy::new(|| {
    NOT_A_TITLE
        .iter()
        .map(|p| Gated::new(&format!("(?i){p}")))
        .collect()
});

fn not_a_title(text: &str) -> bool {
    NOT_A_TITLE_ANY.may_match(text) && NOT_A_TITLE_EACH.iter().any(|g| g.is_match(text))
}

fn headline_shaped(b: &Block, text: &str) -> bool {
    let f = &b.features;
    (4..=30).contains(&f.words)
        && (20..=220).contains(&f.chars)
        && f.starts_upper
        && !text.trim_end().ends_with(['.', ':', '…', ','])
        && f.upper_ratio() < 0.6
        && !not_a_title(text)
        && split_caption_credit(text).is_none()
}

/// A line that reads as running text: the standfirst or the first paragraph.
fn prose(b: &Block) -> bool {
    b.features.words >= 12 && b.features.ends_sentence
}

impl Filter for TextTitle {
    fn name(&self) -> &str {
        "text-title"
    }

    fn applies_to(&self, doc: &Document) -> bool {
        doc.source_kind() == SourceKind::Text && doc.facts().title.is_none()
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let Some(region) = doc.region() else {
            return Ok(());
        };
        let start = region.start;
        let from = start.saturating_sub(HEAD_WINDOW);
        let blocks = doc.blocks();
        let mut best: Option<(i32, BlockId)> = None;
        // The head, and the region's first line: a region that starts at the headline (the
        // standfirst right under it reads as prose) still has its title first.
        let first_body = (start..region.end.min(blocks.len())).find(|&i| !blocks[i].is_removed());
        let head = from..start.min(blocks.len());
        for id in head.chain(first_body) {
            let b = &blocks[id];
            if !positional(doc, b) {
                continue;
            }
            let text = doc.text(b);
            if !headline_shaped(b, text) {
                continue;
            }
            // What follows: the standfirst or the body makes a headline; a list of short
            // lines (a menu, a teaser list) does not.
            let next = blocks[id + 1..]
                .iter()
                .find(|n| !n.is_removed() || id < start);
            let mut score = 0;
            if next.is_some_and(prose) {
                score += 3;
            }
            if next.is_some_and(|n| n.features.words <= 8 && not_a_title(doc.text(n))) {
                score += 2; // a byline or date line under the headline
            }
            if b.features.words >= 6 {
                score += 1;
            }
            if score >= 2 && best.is_none_or(|(s, _)| score >= s) {
                best = Some((score, id));
            }
        }
        if let Some((_, id)) = best {
            let title = doc.text_of(id).to_owned();
            doc.take_as_fact(id, FactKind::Title);
            doc.facts_mut().title = Some(title);
        }
        Ok(())
    }
}

/// A head line may become the title only if it is still in the body or was removed for its
/// position alone, not as identified chrome (a teaser headline, a menu entry).
fn positional(doc: &Document, b: &Block) -> bool {
    match b.removal().and_then(|i| doc.removed().get(i)) {
        None => true,
        Some(r) => matches!(
            r.reason,
            Reason::BeforeArticle | Reason::Duplicate | Reason::LowTextDensity
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;

    fn run(lines: &str, body_start: usize) -> Document {
        let mut doc = Document::from_text(lines);
        let n = doc.blocks().len();
        doc.set_region(body_start..n);
        for id in 0..body_start {
            doc.remove(id, Reason::BeforeArticle);
        }
        let p = Pipeline::builder().add(TextTitle).build().expect("builds");
        p.process(&mut doc).expect("runs");
        doc
    }

    #[test]
    fn headline_before_standfirst_and_byline() {
        let doc = run(
            "Politique\nBudget 2027 : le gouvernement renonce à la hausse de la taxe sur les billets d'avion\nSous la pression des députés de sa propre majorité, l'exécutif a retiré mercredi soir l'amendement.\nPar Claire Vasseur\nPublié le 12 novembre 2026 à 19h42\nIl aura suffi d'une soirée de tractations pour que le gouvernement fasse marche arrière, mercredi soir.",
            5,
        );
        assert_eq!(
            doc.facts().title.as_deref(),
            Some("Budget 2027 : le gouvernement renonce à la hausse de la taxe sur les billets d'avion")
        );
        assert_eq!(
            doc.removed().get(1).map(|r| r.reason),
            Some(&Reason::Fact(FactKind::Title))
        );
    }

    #[test]
    fn a_region_that_starts_at_the_headline() {
        let doc = run(
            "Menu\nBudget : le gouvernement renonce à la hausse de la taxe sur les billets d'avion\nSous la pression des députés de sa propre majorité, l'exécutif a retiré mercredi soir l'amendement.\nIl aura suffi d'une soirée de tractations pour que le gouvernement fasse marche arrière, mercredi soir.",
            1,
        );
        assert!(doc
            .facts()
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Budget :")));
        let body: Vec<_> = doc.body().map(|(_, t)| t).collect();
        assert_eq!(
            body.len(),
            2,
            "the headline left the body, the standfirst stayed"
        );
        assert!(body[0].starts_with("Sous la pression"));
    }

    #[test]
    fn a_day_without_a_year_can_be_in_a_headline() {
        let doc = run(
            "Réforme du bac : les syndicats d'enseignants appellent à la grève le 9 décembre\nLes principales organisations du second degré dénoncent un calendrier intenable et réclament un report.\nLa ministre a défendu mercredi une réforme qu'elle juge indispensable pour redonner du sens au diplôme.",
            1,
        );
        assert!(doc
            .facts()
            .title
            .as_deref()
            .is_some_and(|t| t.ends_with("le 9 décembre")));
    }

    #[test]
    fn a_caption_with_a_glued_credit_is_not_a_title() {
        let doc = run(
            "Des manifestants devant le ministère de l'agriculture à Paris. STEPHANE DUPRÉ / AFP\nLes agriculteurs ont de nouveau manifesté mardi devant le ministère pour réclamer des aides d'urgence.",
            1,
        );
        assert_eq!(doc.facts().title, None);
    }

    #[test]
    fn captions_dates_and_credits_are_not_titles() {
        let doc = run(
            "- 01m48s\n1 min de lecture\nJean-Yves Le Drian à l'ambassade française de Moscou, le 21 décembre 2015\nCrédit : AFP\nJean-Yves Le Drian et son homologue russe ne s'étaient plus rencontrés depuis deux ans, a-t-on appris lundi.",
            4,
        );
        assert_eq!(doc.facts().title, None);
    }
}
