//! The body region of a text dump: the article is one contiguous run of lines with short
//! interruptions; everything before it is header chrome, everything after it footer chrome.

use std::collections::HashSet;

use once_cell::sync::Lazy;

use crate::document::{Block, Document, Reason, SourceKind};
use crate::error::BoxError;
use crate::lang::{stopword_counts, Language};
use crate::pipeline::Filter;

/// Frequent function words of German, Spanish, Italian, Portuguese and Dutch, plus the most
/// frequent French and English ones: for pages in a language without its own table, running
/// text still shows a high share of such short words, while menus and headlines do not.
static NEUTRAL_STOPWORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    [
        // German
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
        "sich", "des", "auf", "für", "im", "dem", "auch", "es", "an", "als", "werden", "wird",
        "wie", "sie", "er", "ich", "wir", "sind", "bei", "oder", "nach", "aus", "noch", "um", "so",
        "wenn", "nur", "kann", "über", "hat", "haben", "zum", "zur", "vor", "durch", "einer",
        "eines", "einem", "war", "dass", "daß", "aber", "sein", "seine", "ihre", "ihr", "uns",
        "man", "mehr", "schon", "sehr", "diese", "dieser", "wurde", "können", "hier",
        // Spanish
        "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para",
        "es", "se", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "este",
        "esta", "fue", "ha", "son", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta",
        "hay", "donde", "han", "desde", "todo", "nos", "durante", // Italian
        "il", "di", "che", "e", "per", "non", "della", "sono", "si", "da", "è", "dei", "gli",
        "alla", "nel", "anche", "più", // Portuguese
        "o", "a", "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "com", "não", "mais",
        "mas", "foi", "ao", // Dutch
        "het", "een", "van", "dat", "op", "te", "zijn", "met", "voor", "niet", "er", "aan", "ook",
        "bij", // French
        "les", "des", "du", "et", "est", "dans", "pour", "qui", "sur", "au", "aux", "par", "avec",
        "ne", "pas", "plus", "ce", "cette", "sa", "ses", "leur", "nous", "vous", "ils", "elle",
        "ou", "où", "été", "était", // English
        "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "are",
        "be", "this", "by", "at", "from", "or", "an", "have", "has", "had", "not", "they", "which",
        "their", "were", "been", "will", "would",
    ]
    .into_iter()
    .collect()
});

/// Function words of `text` from the neutral list.
fn neutral_function_words(text: &str) -> usize {
    let mut hits = 0;
    let mut word = String::new();
    let mut flush = |w: &mut String| {
        if !w.is_empty() && w.len() <= 8 && NEUTRAL_STOPWORDS.contains(w.as_str()) {
            hits += 1;
        }
        w.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            if word.len() < 16 {
                word.extend(c.to_lowercase());
            }
        } else {
            flush(&mut word);
        }
    }
    flush(&mut word);
    hits
}

/// Function words of `text`: for French and English the crate's stopword lists
/// ([`stopword_counts`]), or the neutral list if it finds more (a page whose language was
/// guessed wrong, or a quotation in another language); for other languages the neutral list.
fn function_words(text: &str, lang: Language) -> usize {
    let neutral = neutral_function_words(text);
    match lang {
        Language::French => stopword_counts(text).0.max(neutral),
        Language::English => stopword_counts(text).1.max(neutral),
        _ => neutral,
    }
}

/// How a line reads, from the features and the share of function words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    /// Running text: its value is about its length.
    Good(f32),
    /// Not running text: menus, headlines, labels, teaser standfirsts.
    Bad,
}

/// Lines longer than this count as this long (a single huge legal paragraph must not pull the
/// region towards the footer on its own).
const VALUE_CAP: f32 = 1200.0;
/// Penalty of the first line of a run of non-text lines; the k-th line of the run costs k
/// times this, up to [`RUN_CAP`] times: a lone subheading is cheap, a menu is very expensive.
const BAD_STEP: f32 = 10.0;
/// See [`BAD_STEP`].
const RUN_CAP: f32 = 6.0;
/// Share of the run of non-text lines that survives one line of running text.
const RUN_DECAY: f32 = 0.5;
/// Cost of a line already removed by an earlier filter (a newsletter box inside the body).
const REMOVED_COST: f32 = 10.0;
/// Cost of a line removed as the start of a comment section, tags or footer.
const SECTION_END_COST: f32 = 400.0;
/// A region worth less than this is not trusted: the page is left as it is.
const MIN_REGION: f32 = 80.0;

/// Commas and sentence stops followed by a space: running text has several.
fn sentence_marks(text: &str) -> usize {
    let b = text.as_bytes();
    b.windows(2)
        .filter(|w| matches!(w[0], b',' | b'.' | b';') && w[1] == b' ')
        .count()
}

/// Ends like a teaser standfirst in a related list.
fn teaser_end(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('…') || t.ends_with("...") || t.ends_with("[…]") || t.ends_with("(…)")
}

fn classify(block: &Block, text: &str, lang: Language) -> Class {
    let f = &block.features;
    if f.words < 4 || teaser_end(text) {
        return Class::Bad;
    }
    let hits = function_words(text, lang);
    let density = hits as f32 / f.words as f32;
    let chars = (f.chars as f32).min(VALUE_CAP);
    // A line made mostly of digits, or shouting, is not prose.
    if f.letters * 2 < f.chars || (f.letters > 20 && f.upper_ratio() > 0.6) {
        return Class::Bad;
    }
    let prose = density >= 0.18;
    if prose && f.ends_sentence && f.words >= 6 {
        Class::Good(chars)
    } else if prose && f.words >= 15 {
        Class::Good(0.7 * chars)
    } else if f.words >= 25 && (f.ends_sentence || sentence_marks(text) >= 2) {
        // Long running text in a language no list knows (or no language at all).
        Class::Good(0.6 * chars)
    } else if f.ends_sentence && f.words >= 10 && density >= 0.08 {
        Class::Good(0.3 * chars)
    } else {
        Class::Bad
    }
}

/// Finds the article in a text dump and removes what lies outside it.
///
/// Each line gets a score: running text (enough words, a share of function words typical of
/// prose, sentence punctuation) scores its length; other lines cost more the longer the run of
/// such lines is (a lone subheading costs little, a menu or a related-articles list a lot);
/// lines already removed by an earlier filter cost a little. The region is the contiguous run
/// of lines with the highest total (maximum-sum subarray, one linear pass). Lines before it are
/// removed with [`Reason::BeforeArticle`], lines after it with [`Reason::AfterArticle`], and
/// inside it teaser-shaped lines (a headline ending with "…") with [`Reason::Teaser`]. The
/// region is recorded with [`Document::set_region`] for later filters.
///
/// The share of function words uses the document's language (French or English stopwords) and,
/// for other languages, a neutral list of function words of several European languages. When
/// no run of running text is found (a tiny or odd page), nothing is removed.
///
/// Runs on text dumps only; HTML documents have their own evidence.
///
/// ```
/// use newsclean::{filters::BodyRegion, Document, Filter, Language, Reason};
/// let page = "Accueil\nPolitique\nÉconomie\nSport\nCulture\nLe conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après trois heures de débat.\nLes élus de l'opposition ont dénoncé une hausse des impôts locaux, que le maire a jugée indispensable.\nMentions légales\nContact\nPlan du site\nCGU";
/// let mut doc = Document::from_text(page);
/// doc.set_language(Language::French);
/// BodyRegion.apply(&mut doc)?;
/// assert_eq!(doc.body().count(), 2);
/// assert_eq!(doc.removed()[0].reason, Reason::BeforeArticle);
/// # Ok::<(), newsclean::BoxError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct BodyRegion;

impl Filter for BodyRegion {
    fn name(&self) -> &str {
        "body-region"
    }

    fn applies_to(&self, doc: &Document) -> bool {
        doc.source_kind() == SourceKind::Text
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let lang = doc.language();
        let n = doc.blocks().len();
        if n == 0 {
            return Ok(());
        }
        let mut classes = Vec::with_capacity(n);
        let mut scores = Vec::with_capacity(n);
        let mut run = 0f32;
        for b in doc.blocks() {
            if let Some(idx) = b.removal() {
                let reason = doc.removed().get(idx).map(|r| &r.reason);
                let cost = match reason {
                    // Comment sections, tags and footers end an article; they are rarely
                    // inside one.
                    Some(Reason::Comments | Reason::Tags | Reason::Footer) => SECTION_END_COST,
                    _ => REMOVED_COST,
                };
                classes.push(None);
                scores.push(-cost);
                continue;
            }
            let c = classify(b, doc.text(b), lang);
            let s = match c {
                Class::Good(v) => {
                    // One paragraph does not wipe out a long run of chrome: a related list
                    // alternates headlines and standfirsts, a body does not.
                    run = (run * RUN_DECAY).floor();
                    v
                }
                Class::Bad => {
                    run = (run + 1.0).min(RUN_CAP);
                    -BAD_STEP * run
                }
            };
            classes.push(Some(c));
            scores.push(s);
        }
        // Maximum-sum subarray (Kadane).
        let (mut best, mut best_range) = (f32::MIN, 0..0);
        let (mut cur, mut cur_start) = (0f32, 0usize);
        for (i, &s) in scores.iter().enumerate() {
            if cur <= 0.0 {
                cur = s;
                cur_start = i;
            } else {
                cur += s;
            }
            if cur > best {
                best = cur;
                best_range = cur_start..i + 1;
            }
        }
        if best < MIN_REGION {
            return Ok(());
        }
        doc.set_region(best_range.clone());
        let mut edits = Vec::new();
        for (b, text) in doc.body() {
            let id = b.id;
            if id < best_range.start {
                edits.push((id, Reason::BeforeArticle));
            } else if id >= best_range.end {
                edits.push((id, Reason::AfterArticle));
            } else if classes.get(id) == Some(&Some(Class::Bad))
                && teaser_end(text)
                && b.features.chars <= 300
            {
                edits.push((id, Reason::Teaser));
            }
        }
        for (id, reason) in edits {
            doc.remove(id, reason);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(lang: Language, text: &str) -> Document {
        let mut doc = Document::from_text(text);
        doc.set_language(lang);
        BodyRegion.apply(&mut doc).ok();
        doc
    }

    fn body(doc: &Document) -> Vec<String> {
        doc.body().map(|(_, t)| t.to_owned()).collect()
    }

    const P1: &str = "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après plus de trois heures de débat dans une salle comble.";
    const P2: &str = "Les élus de l'opposition ont dénoncé une hausse des impôts locaux, que le maire a jugée indispensable pour financer la rénovation des écoles.";
    const P3: &str = "Le vote définitif est prévu le mois prochain, après l'avis de la chambre régionale des comptes.";

    #[test]
    fn menu_head_and_related_list_fall_outside() {
        let page = format!(
            "Aller au contenu\nActualités\nPolitique\nÉconomie\nSport\nCulture\nMétéo\n\
             Budget : la ville adopte un plan d'économies\nPar Jeanne Martin\nPublié le 3 mars 2024 à 10h12\n\
             {P1}\nLes travaux\n{P2}\n{P3}\n\
             Sur le même thème\nUn nouveau stade pour 2026\nLes commerçants inquiets face aux travaux\n\
             Plan du site\nMentions légales\nContact"
        );
        let doc = run(Language::French, &page);
        assert_eq!(body(&doc), [P1, "Les travaux", P2, P3]);
        let reasons: Vec<_> = doc.removed().iter().map(|r| r.reason.clone()).collect();
        assert_eq!(
            reasons
                .iter()
                .filter(|r| **r == Reason::BeforeArticle)
                .count(),
            10
        );
        assert_eq!(
            reasons
                .iter()
                .filter(|r| **r == Reason::AfterArticle)
                .count(),
            6
        );
        assert!(doc.region().is_some_and(|r| r == (10..14)));
    }

    #[test]
    fn teaser_standfirst_inside_the_body_goes() {
        let teaser = "Inondations : les habitants de la vallée racontent la nuit où tout a basculé et comment ils…";
        let page = format!("{P1}\n{teaser}\n{P2}\n{P3}");
        let doc = run(Language::French, &page);
        assert_eq!(body(&doc), [P1, P2, P3]);
        assert_eq!(doc.removed()[0].reason, Reason::Teaser);
    }

    #[test]
    fn german_page_uses_the_neutral_function_words() {
        let d1 = "Der Stadtrat hat am Dienstag beschlossen, das Programm für die Sanierung der Schulen um zwei weitere Jahre zu verlängern.";
        let d2 = "Die Opposition kritisierte die Entscheidung, weil die Kosten für die Stadt nach ihrer Meinung viel zu hoch sind.";
        let page = format!("Startseite\nPolitik\nWirtschaft\nSport\nKultur\nRegional\n{d1}\n{d2}\nImpressum\nDatenschutz\nKontakt\nAGB");
        let doc = run(Language::Unknown, &page);
        assert_eq!(body(&doc), [d1, d2]);
    }

    #[test]
    fn a_page_without_running_text_is_left_alone() {
        let doc = run(Language::French, "Accueil\nPolitique\nSport\nContact");
        assert_eq!(doc.body().count(), 4);
        assert!(doc.region().is_none());
    }

    #[test]
    fn html_documents_are_not_touched() {
        let mut doc = Document::new(SourceKind::Html);
        assert!(!BodyRegion.applies_to(&doc));
        doc.set_language(Language::French);
    }
}
