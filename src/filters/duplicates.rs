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
/// * a **paragraph** (long running text ending like a sentence) printed twice is usually the
///   standfirst or a caption shown twice: the first copy stays, the later ones go;
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

/// Shortest paragraph (in words) whose first copy is kept.
const PARAGRAPH_WORDS: usize = 12;

impl Filter for Duplicates {
    fn name(&self) -> &str {
        "duplicates"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        // text -> ids of the blocks with that text, in order.
        let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
        for (b, text) in doc.body() {
            if b.features.letters == 0 && b.features.digits == 0 {
                continue;
            }
            seen.entry(text).or_default().push(b.id);
        }
        let mut gone = Vec::new();
        for ids in seen.values() {
            if ids.len() < 2 {
                continue;
            }
            let paragraph = ids
                .first()
                .and_then(|&id| doc.block(id))
                .is_some_and(|b| b.features.words >= PARAGRAPH_WORDS && b.features.ends_sentence);
            let skip = usize::from(paragraph);
            gone.extend(ids.iter().skip(skip).copied());
        }
        gone.sort_unstable();
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
    fn a_repeated_paragraph_keeps_its_first_copy_and_separators_stay() {
        let chapo = "Le ministre de l'Intérieur a annoncé mardi un plan de recrutement de policiers dans les quartiers nord de la ville.";
        let text = format!("{chapo}\n* * *\nLa suite de l'article.\n* * *\n{chapo}");
        let mut doc = Document::from_text(&text);
        Duplicates.apply(&mut doc).ok();
        assert_eq!(
            body(&doc),
            [chapo, "* * *", "La suite de l'article.", "* * *"]
        );
        assert_eq!(doc.removed().len(), 1);
        assert_eq!(doc.removed()[0].block, 4);
    }

    #[test]
    fn case_counts_and_unique_lines_stay() {
        let mut doc = Document::from_text("Partager\npartager\nUne ligne.");
        Duplicates.apply(&mut doc).ok();
        assert_eq!(doc.body().count(), 3);
    }
}
