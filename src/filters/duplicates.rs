//! Repeated lines: the same text twice on a page is chrome (menus printed for desktop and
//! mobile, "Partager" rows, newsletter boxes, titles repeated by a sticky header).

use std::collections::HashMap;

use crate::document::{Document, Reason};
use crate::error::BoxError;
use crate::pipeline::Filter;

/// Removes every copy of a line that appears more than once (compared after trimming, case
/// kept), with [`Reason::Duplicate`].
///
/// Two kinds of repeated line are treated with care:
/// * a **paragraph** (long running text ending like a sentence) printed twice is left to the
///   other filters: chrome repeats short lines, while a repeated paragraph is as often the
///   article's own (a pull quote, a recap) as a standfirst shown twice, and the region filter
///   drops a copy that sits in the page head;
/// * a **separator** made of punctuation only ("* * *", "—") can be a legitimate scene break
///   and is left alone.
///
/// One pass over the blocks plus a hash map: linear in the size of the page.
///
/// ```
/// use newsclean::{filters::Duplicates, Document, Filter, Reason};
/// let mut doc = Document::from_text("Partager\nLe conseil municipal a voté le budget.\nPartager");
/// Duplicates.apply(&mut doc)?;
/// assert_eq!(doc.body().count(), 1);
/// assert_eq!(doc.removed()[0].reason, Reason::Duplicate);
/// # Ok::<(), newsclean::BoxError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Duplicates;

/// Shortest paragraph (in words) that is never taken for chrome.
const PARAGRAPH_WORDS: usize = 12;

impl Filter for Duplicates {
    fn name(&self) -> &str {
        "duplicates"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        // How many times each text occurs.
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for (b, text) in doc.body() {
            if b.features.letters == 0 && b.features.digits == 0 {
                continue;
            }
            *seen.entry(text).or_default() += 1;
        }
        let mut gone = Vec::new();
        for (b, text) in doc.body() {
            let paragraph = b.features.words >= PARAGRAPH_WORDS && b.features.ends_sentence;
            if !paragraph && seen.get(text).is_some_and(|&n| n > 1) {
                gone.push(b.id);
            }
        }
        for id in gone {
            doc.remove(id, Reason::Duplicate);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(doc: &Document) -> Vec<String> {
        doc.body().map(|(_, t)| t.to_owned()).collect()
    }

    #[test]
    fn both_copies_of_chrome_go() {
        let mut doc = Document::from_text(
            "Bienvenue sur Radio Exemple\nPolitique\nLe maire a présenté lundi son projet de budget pour l'année prochaine.\nBienvenue sur Radio Exemple\nPolitique",
        );
        Duplicates.apply(&mut doc).ok();
        assert_eq!(
            body(&doc),
            ["Le maire a présenté lundi son projet de budget pour l'année prochaine."]
        );
        assert_eq!(doc.removed().len(), 4);
        assert!(doc.removed().iter().all(|r| r.reason == Reason::Duplicate));
        // Removal records are in input order.
        let blocks: Vec<_> = doc.removed().iter().map(|r| r.block).collect();
        assert_eq!(blocks, [0, 1, 3, 4]);
    }

    #[test]
    fn a_repeated_paragraph_and_separators_stay() {
        let chapo = "Le ministre de l'Intérieur a annoncé mardi un plan de recrutement de policiers dans les quartiers nord de la ville.";
        let text = format!("{chapo}\n* * *\nLa suite de l'article.\n* * *\n{chapo}");
        let mut doc = Document::from_text(&text);
        Duplicates.apply(&mut doc).ok();
        assert_eq!(
            body(&doc),
            [chapo, "* * *", "La suite de l'article.", "* * *", chapo]
        );
        assert!(doc.removed().is_empty());
    }

    #[test]
    fn case_counts_and_unique_lines_stay() {
        let mut doc = Document::from_text("Partager\npartager\nUne ligne.");
        Duplicates.apply(&mut doc).ok();
        assert_eq!(doc.body().count(), 3);
    }
}
