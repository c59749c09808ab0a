//! Language guess from stopword counts.

use std::fmt;

/// The languages the crate has rule tables for. Other languages are [`Language::Unknown`] and
/// get the language-neutral rules only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Language {
    /// French.
    French,
    /// English.
    English,
    /// Anything else, or too little text to tell.
    #[default]
    Unknown,
}

impl Language {
    /// ISO 639-1 code, or `"und"` for [`Language::Unknown`].
    pub fn code(&self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::English => "en",
            Language::Unknown => "und",
        }
    }

    /// Parses `"fr"`, `"fr-FR"`, `"en"`, `"en_GB"` … (case-insensitive); anything else is
    /// [`Language::Unknown`].
    pub fn from_code(code: &str) -> Language {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" | "fra" | "fre" => Language::French,
            "en" | "eng" => Language::English,
            _ => Language::Unknown,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Frequent French function words that are rare in English.
const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "dans", "pour", "que", "qui",
    "sur", "au", "aux", "par", "avec", "ne", "pas", "plus", "ce", "cette", "ces", "son", "sa",
    "ses", "leur", "leurs", "nous", "vous", "ils", "elle", "elles", "mais", "ou", "où", "été",
    "sont", "était", "avait", "aussi", "comme", "entre", "après", "avant", "depuis", "sans",
    "sous", "lors", "dont", "très", "tout", "tous", "même", "selon", "déjà", "ont", "fait",
];

/// Frequent English function words that are rare in French.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are",
    "be", "this", "by", "at", "from", "or", "an", "have", "has", "had", "not", "but", "they",
    "which", "their", "were", "been", "will", "would", "there", "what", "about", "who", "when",
    "more", "can", "its", "than", "into", "also", "after", "said", "we", "you", "he", "she", "his",
    "her", "our", "them", "these", "those", "could", "should", "over",
];

fn is_french_stopword(w: &str) -> bool {
    FRENCH.contains(&w)
}

fn is_english_stopword(w: &str) -> bool {
    ENGLISH.contains(&w)
}

/// Counts French and English stopwords in `text`. Words are lower-cased runs of letters;
/// an apostrophe ends a word, so "l'État" counts "l" (not a stopword) and "état".
pub fn stopword_counts(text: &str) -> (usize, usize) {
    let mut fr = 0;
    let mut en = 0;
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        // No stopword is longer than 6 bytes: longer words skip the look-ups.
        if !word.is_empty() && word.len() <= 6 {
            if is_french_stopword(word) {
                fr += 1;
            }
            if is_english_stopword(word) {
                en += 1;
            }
        }
        word.clear();
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
    (fr, en)
}

/// Guesses the language of `text` from stopword counts: French or English when one of them has
/// at least 8 hits and twice the other's count, [`Language::Unknown`] otherwise.
///
/// ```
/// use newsclean::{detect_language, Language};
/// assert_eq!(detect_language("Les deux ministres de la Défense ont convenu d'un rapprochement entre les services."), Language::French);
/// assert_eq!(detect_language("The two ministers said that they would share more of their intelligence with the others."), Language::English);
/// assert_eq!(detect_language("Die beiden Minister haben sich auf eine engere Zusammenarbeit geeinigt."), Language::Unknown);
/// ```
pub fn detect_language(text: &str) -> Language {
    let (fr, en) = stopword_counts(text);
    decide(fr, en)
}

pub(crate) fn decide(fr: usize, en: usize) -> Language {
    let min = 5;
    if fr >= min && fr >= 2 * en {
        Language::French
    } else if en >= min && en >= 2 * fr {
        Language::English
    } else {
        Language::Unknown
    }
}

/// Guesses the language of a document from its longer blocks (lines of running text weigh the
/// most; menus and buttons carry few stopwords). Looks at up to about 200 000 characters.
pub fn detect_document_language(doc: &crate::Document) -> Language {
    let mut fr = 0;
    let mut en = 0;
    let mut words = 0;
    let mut seen = 0usize;
    for (b, t) in doc.body() {
        if b.features.words < 8 {
            continue;
        }
        let (f, e) = stopword_counts(t);
        fr += f;
        en += e;
        words += b.features.words;
        seen += t.len();
        if seen > 200_000 {
            break;
        }
    }
    // In French or English running text about a third of the words are stopwords; a German
    // or Spanish page only shares a few short words ("in", "an", "de") with the lists.
    if (fr.max(en) as f32) < 0.2 * words as f32 {
        return Language::Unknown;
    }
    decide(fr, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_fit_the_length_shortcut() {
        assert!(FRENCH.iter().chain(ENGLISH).all(|w| w.len() <= 6));
    }

    #[test]
    fn codes_round_trip() {
        assert_eq!(Language::from_code("fr-FR"), Language::French);
        assert_eq!(Language::from_code("EN_gb"), Language::English);
        assert_eq!(Language::from_code("de"), Language::Unknown);
        assert_eq!(Language::French.code(), "fr");
    }

    #[test]
    fn german_page_is_not_taken_for_english() {
        let doc = crate::Document::from_text(
            "Um Strom zu sparen, geht der weltweit größte Teilchenbeschleuniger in die Winterpause, die so lange dauert wie nie.\n\
             Auch in diesem Jahr soll die Betriebszeit gekürzt werden, was wenig Energie verbraucht als an anderen Orten.\n\
             Die Forscher in Genf und in Hamburg arbeiten an Plänen, was in der Branche an Bedeutung gewinnt.",
        );
        assert_eq!(detect_document_language(&doc), Language::Unknown);
        let en = crate::Document::from_text(
            "The two ministers said that they would share more of their intelligence with the others in the coming months.",
        );
        assert_eq!(detect_document_language(&en), Language::English);
    }

    #[test]
    fn stopwords_ignore_case_and_apostrophes() {
        let (fr, en) = stopword_counts("Les services de renseignement français et russe, l'État");
        assert_eq!(fr, 3);
        assert_eq!(en, 0);
    }
}
