//! Language guess from stopword counts.

use std::fmt;

use once_cell::sync::Lazy;

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
    "après", "au", "aussi", "aux", "avait", "avant", "avec", "ce", "ces", "cette", "comme", "dans",
    "de", "depuis", "des", "dont", "du", "déjà", "elle", "elles", "entre", "est", "et", "fait",
    "ils", "la", "le", "les", "leur", "leurs", "lors", "mais", "même", "ne", "nous", "ont", "ou",
    "où", "par", "pas", "plus", "pour", "que", "qui", "sa", "sans", "selon", "ses", "son", "sont",
    "sous", "sur", "tous", "tout", "très", "un", "une", "vous", "était", "été",
];

/// Frequent English function words that are rare in French.
const ENGLISH: &[&str] = &[
    "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can",
    "could", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it",
    "its", "more", "not", "of", "on", "or", "our", "over", "said", "she", "should", "than", "that",
    "the", "their", "them", "there", "these", "they", "this", "those", "to", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "you",
];

/// A word of at most 8 bytes packed into an integer, so that look-ups compare integers.
fn pack(w: &str) -> u64 {
    w.bytes().fold(0u64, |acc, b| (acc << 8) | u64::from(b))
}

static FRENCH_PACKED: Lazy<Vec<u64>> = Lazy::new(|| packed(FRENCH));
static ENGLISH_PACKED: Lazy<Vec<u64>> = Lazy::new(|| packed(ENGLISH));

fn packed(words: &[&str]) -> Vec<u64> {
    let mut v: Vec<u64> = words.iter().map(|w| pack(w)).collect();
    v.sort_unstable();
    v
}

/// Longest stopword, in bytes: longer words are skipped without a look-up.
const MAX_STOPWORD_BYTES: usize = 6;

/// Counts French and English stopwords in `text`. Words are runs of letters, compared
/// lower-cased; an apostrophe ends a word, so "l'État" counts "l" (not a stopword) and "état".
pub fn stopword_counts(text: &str) -> (usize, usize) {
    let mut fr = 0;
    let mut en = 0;
    let mut lower = String::with_capacity(16);
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > MAX_STOPWORD_BYTES {
            continue;
        }
        let w = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            word
        };
        let key = pack(w);
        if FRENCH_PACKED.binary_search(&key).is_ok() {
            fr += 1;
        } else if ENGLISH_PACKED.binary_search(&key).is_ok() {
            en += 1;
        }
    }
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
        // A block is a sample: a few thousand bytes of it say as much as the whole.
        let mut cut = t.len().min(8192);
        while !t.is_char_boundary(cut) {
            cut -= 1;
        }
        let t = &t[..cut];
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

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn tables_are_short_enough_to_pack() {
        for t in [FRENCH, ENGLISH] {
            assert!(t.iter().all(|w| w.len() <= MAX_STOPWORD_BYTES));
        }
    }
}
