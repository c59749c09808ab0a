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
pub(crate) const FRENCH: &[&str] = &[
    "après", "au", "aussi", "aux", "avait", "avant", "avec", "ce", "ces", "cette", "comme", "dans",
    "de", "depuis", "des", "dont", "du", "déjà", "elle", "elles", "entre", "est", "et", "fait",
    "ils", "la", "le", "les", "leur", "leurs", "lors", "mais", "même", "ne", "nous", "ont", "ou",
    "où", "par", "pas", "plus", "pour", "que", "qui", "sa", "sans", "selon", "ses", "son", "sont",
    "sous", "sur", "tous", "tout", "très", "un", "une", "vous", "était", "été",
];

/// Frequent English function words that are rare in French.
pub(crate) const ENGLISH: &[&str] = &[
    "about", "after", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can",
    "could", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it",
    "its", "more", "not", "of", "on", "or", "our", "over", "said", "she", "should", "than", "that",
    "the", "their", "them", "there", "these", "they", "this", "those", "to", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "you",
];

/// A set of short words (at most 8 bytes each, lower case), each with a few flag bits, looked
/// up by packing the word's bytes into an integer: one multiply and usually one probe per word,
/// no allocation. The table has a fixed number of slots ([`TABLE_SLOTS`]), so that a probe
/// needs no bounds check; the crate's tables are built at compile time.
#[derive(Debug, Clone)]
pub(crate) struct WordTable {
    /// Packed words; 0 marks an empty slot (a packed word is never 0: UTF-8 has no NUL in a
    /// word).
    keys: [u64; TABLE_SLOTS],
    flags: [u8; TABLE_SLOTS],
}

/// Slots of a [`WordTable`]: a power of two, at least four times the words of any table the
/// crate builds (at most [`TABLE_SLOTS`] / 4 words are kept).
const TABLE_SLOTS: usize = 1 << TABLE_BITS;
/// See [`TABLE_SLOTS`].
const TABLE_BITS: u32 = 11;

/// For each byte: the lower-case form of an ASCII letter, 0 for any other ASCII byte, and
/// [`NON_ASCII`] for the bytes of a longer UTF-8 sequence.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            b
        } else if b.is_ascii_uppercase() {
            b + 32
        } else if b >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        i += 1;
    }
    t
};

/// See [`BYTE_CLASS`].
const NON_ASCII: u8 = 0xFF;

/// The first slot of a [`WordTable`] to probe for `key` (below [`TABLE_SLOTS`]).
#[inline]
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - TABLE_BITS)) as usize
}

/// Longest word a [`WordTable`] holds, in bytes.
const MAX_WORD_BYTES: usize = 8;

impl WordTable {
    /// A table of the words of each list, with the list's flag bits (or-ed together for a word
    /// in several lists). Words longer than 8 bytes are left out.
    pub(crate) const fn new(lists: &[(&[&str], u8)]) -> WordTable {
        let mut t = WordTable {
            keys: [0; TABLE_SLOTS],
            flags: [0; TABLE_SLOTS],
        };
        let mut used = 0usize;
        let mut l = 0;
        while l < lists.len() {
            let (list, flag) = lists[l];
            l += 1;
            let mut j = 0;
            while j < list.len() {
                let w = list[j].as_bytes();
                j += 1;
                if w.is_empty() || w.len() > MAX_WORD_BYTES {
                    continue;
                }
                // The lists are lower case (a test checks it); ASCII capitals are lowered.
                let mut key = 0u64;
                let mut k = 0;
                while k < w.len() {
                    key = (key << 8) | w[k].to_ascii_lowercase() as u64;
                    k += 1;
                }
                let mut i = slot(key);
                while t.keys[i] != 0 && t.keys[i] != key {
                    i = (i + 1) & (TABLE_SLOTS - 1);
                }
                if t.keys[i] == 0 {
                    // The table stays at most a quarter full: probes stay short.
                    if used >= TABLE_SLOTS / 4 {
                        continue;
                    }
                    used += 1;
                }
                t.keys[i] = key;
                t.flags[i] |= flag;
            }
        }
        t
    }

    #[inline]
    fn get(&self, key: u64) -> u8 {
        let mut i = slot(key);
        loop {
            match self.keys.get(i) {
                Some(&k) if k == key => return self.flags.get(i).copied().unwrap_or(0),
                Some(&0) | None => return 0,
                Some(_) => i = (i + 1) & (TABLE_SLOTS - 1),
            }
        }
    }

    /// Calls `hit` with the flags of every word of `text` found in the table. Words are runs
    /// of alphabetic characters, compared lower-cased; an apostrophe, a digit or any other
    /// character ends a word. The scan stops as soon as `hit` returns `false`.
    ///
    /// ASCII letters are read eight at a time (see [`ascii_letters`]), wherever they are in a
    /// word; a word longer than the table's words is only read to its end. The accented
    /// letters of Latin-1 and the punctuation of U+2000–U+206F (’, –, …, U+202F) are decoded
    /// by hand, other characters with the standard library.
    pub(crate) fn scan(&self, text: &str, hit: impl FnMut(u8) -> bool) {
        self.scan_counting::<false>(text, hit);
    }

    /// [`scan`](Self::scan) that also counts, when `TOKENS`, the words of `text` as
    /// [`count_words`](crate::filters::facts::count_words) has them (runs of non-white-space
    /// characters that hold a letter or a digit), and returns that count (0 otherwise). The
    /// count is only whole when the scan is not stopped.
    #[inline(always)]
    pub(crate) fn scan_counting<const TOKENS: bool>(
        &self,
        text: &str,
        mut hit: impl FnMut(u8) -> bool,
    ) -> usize {
        let bytes = text.as_bytes();
        let mut key = 0u64;
        let mut len = 0usize;
        let mut i = 0usize;
        // The token count, and whether the scan is out of a counted token (at the start, or
        // after white space): the next letter or digit starts one.
        let mut tokens = 0usize;
        let mut out = true;
        // A character of the kind `k` (see [`Kind`]) for the token count.
        let mut token = |k: Kind, out: &mut bool| {
            if TOKENS {
                match k {
                    Kind::Space => *out = true,
                    Kind::Alnum => {
                        tokens += usize::from(*out);
                        *out = false;
                    }
                    Kind::Other => {}
                }
            }
        };
        while let Some(&b) = bytes.get(i) {
            let class = BYTE_CLASS[usize::from(b)];
            if class != 0 && class != NON_ASCII {
                // An ASCII letter: it and the ASCII letters after it, up to eight at once.
                token(Kind::Alnum, &mut out);
                let (k, lower) = ascii_letters(eight_bytes(bytes, i));
                if len + k <= MAX_WORD_BYTES {
                    // The letters' bytes, first byte highest, after those of the word so far
                    // (`k` is below 8 unless the word starts here).
                    let packed = lower.swap_bytes() >> (64 - 8 * k);
                    key = if len == 0 {
                        packed
                    } else {
                        (key << (8 * k)) | packed
                    };
                }
                len += k;
                i += k;
                // The word ends on an ASCII byte that is not a letter: look it up and skip
                // that byte. Otherwise (eight letters, a non-ASCII byte, the end of the text)
                // the next round goes on.
                if k < 8 {
                    if let Some(&n) = bytes.get(i) {
                        if n < 0x80 {
                            token(ascii_kind(n), &mut out);
                            if len <= MAX_WORD_BYTES {
                                let f = self.get(key);
                                if f != 0 && !hit(f) {
                                    return tokens;
                                }
                            }
                            key = 0;
                            len = 0;
                            i += 1;
                        }
                    }
                }
                continue;
            }
            i += 1;
            if class == NON_ASCII {
                let next = bytes.get(i).copied().unwrap_or(0);
                let letter = match b {
                    // U+00C0–U+00FF: letters but × and ÷; capitals are 0x20 below.
                    0xC3 => {
                        i += 1;
                        if next == 0x97 || next == 0xB7 {
                            None
                        } else {
                            token(Kind::Alnum, &mut out);
                            if next < 0x9F {
                                Some((0xC3u64 << 8) | u64::from(next + 0x20))
                            } else {
                                Some((0xC3u64 << 8) | u64::from(next))
                            }
                        }
                    }
                    // U+0080–U+00BF: no-break space, « », ª º µ (taken as non-letters).
                    0xC2 => {
                        i += 1;
                        token(latin1_kind(next), &mut out);
                        None
                    }
                    // U+2000–U+207F: spaces, dashes, quotes, ellipsis.
                    0xE2 if matches!(next, 0x80 | 0x81) => {
                        if TOKENS {
                            let third = bytes.get(i + 1).copied().unwrap_or(0);
                            token(punctuation_kind(next, third), &mut out);
                        }
                        i += 2;
                        None
                    }
                    _ => {
                        // `i - 1` is on a character boundary: continuation bytes are skipped.
                        let c = text
                            .get(i - 1..)
                            .and_then(|t| t.chars().next())
                            .unwrap_or('\u{fffd}');
                        i += c.len_utf8() - 1;
                        if c.is_alphabetic() {
                            token(Kind::Alnum, &mut out);
                            let (k, n) = lower_key(c);
                            // Shifting by 32 at once is fine on a u64; the length says the
                            // rest.
                            key = (key << (8 * n)) | k;
                            len += n;
                            continue;
                        }
                        if TOKENS {
                            token(
                                if c.is_whitespace() {
                                    Kind::Space
                                } else if c.is_numeric() {
                                    Kind::Alnum
                                } else {
                                    Kind::Other
                                },
                                &mut out,
                            );
                        }
                        None
                    }
                };
                if let Some(k) = letter {
                    key = (key << 16) | k;
                    len += 2;
                    continue;
                }
            } else {
                token(ascii_kind(b), &mut out);
            }
            // The end of a word.
            if len > 0 && len <= MAX_WORD_BYTES {
                let f = self.get(key);
                if f != 0 && !hit(f) {
                    return tokens;
                }
            }
            key = 0;
            len = 0;
        }
        if len > 0 && len <= MAX_WORD_BYTES {
            let f = self.get(key);
            if f != 0 {
                hit(f);
            }
        }
        tokens
    }
}

/// What a character is to the token count of [`WordTable::scan_counting`].
#[derive(Clone, Copy)]
enum Kind {
    /// White space: ends a token.
    Space,
    /// A letter or a digit: starts a token when out of one.
    Alnum,
    /// Anything else: changes nothing.
    Other,
}

/// [`Kind`] of an ASCII byte that is not a letter.
#[inline]
fn ascii_kind(b: u8) -> Kind {
    match ASCII_KIND[usize::from(b)] {
        1 => Kind::Space,
        2 => Kind::Alnum,
        _ => Kind::Other,
    }
}

/// For each byte, its [`Kind`] as [`ascii_kind`] gives it to an ASCII byte: 1 for white space,
/// 2 for a digit, 0 for anything else.
static ASCII_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = match b {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => 1,
            b'0'..=b'9' => 2,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// [`Kind`] of U+0080–U+00BF from the second byte of its UTF-8 form (`0xC2`, `n`).
fn latin1_kind(n: u8) -> Kind {
    match n {
        // U+0085 (next line), U+00A0 (no-break space).
        0x85 | 0xA0 => Kind::Space,
        // ª ² ³ µ ¹ º ¼ ½ ¾.
        0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE => Kind::Alnum,
        _ => Kind::Other,
    }
}

/// [`Kind`] of U+2000–U+207F from the second and third bytes of its UTF-8 form (`0xE2`,
/// `second`, `third`).
fn punctuation_kind(second: u8, third: u8) -> Kind {
    match (second, third) {
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F.
        (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F) => Kind::Space,
        // ⁰ ⁱ ⁴–⁹ ⁿ.
        (0x81, 0xB0 | 0xB1 | 0xB4..=0xB9 | 0xBF) => Kind::Alnum,
        _ => Kind::Other,
    }
}

/// The eight bytes of `bytes` from `i` as a little-endian word, with zeros (not letters) past
/// the end.
fn eight_bytes(bytes: &[u8], i: usize) -> u64 {
    match bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(w) => u64::from_le_bytes(*w),
        None => {
            let mut w = [0u8; 8];
            let rest = bytes.get(i..).unwrap_or(&[]);
            w.iter_mut().zip(rest).for_each(|(d, s)| *d = *s);
            u64::from_le_bytes(w)
        }
    }
}

/// How many of the eight bytes of `x` (little-endian: the first byte lowest) in a row from the
/// first are ASCII letters, and `x` with those lower-cased (the other bytes are garbage: the
/// caller shifts them out).
fn ascii_letters(x: u64) -> (usize, u64) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // ASCII letters are the bytes whose lower-case form (bit 0x20 set) is in a..=z. Each byte
    // below 0x80 plus at most 0x1F stays below 0x100: no carry crosses into the next byte.
    let y = x | (LO * 0x20);
    let t = y & !HI;
    let at_least_a = t.wrapping_add(LO * (0x80 - u64::from(b'a'))) & HI;
    let past_z = t.wrapping_add(LO * (0x80 - u64::from(b'z') - 1)) & HI;
    let letter = at_least_a & !past_z & !y & HI;
    ((!letter & HI).trailing_zeros() as usize / 8, y)
}

/// Flag of a French stopword in [`STOPWORDS`].
pub(crate) const FR: u8 = 1;
/// Flag of an English stopword in [`STOPWORDS`].
pub(crate) const EN: u8 = 2;

/// The French and English stopwords.
static STOPWORDS: WordTable = WordTable::new(&[(FRENCH, FR), (ENGLISH, EN)]);

/// Counts French and English stopwords in `text`. Words are runs of letters, compared
/// lower-cased; an apostrophe ends a word, so "l'État" counts "l" (not a stopword) and "état".
pub fn stopword_counts(text: &str) -> (usize, usize) {
    let mut fr = 0;
    let mut en = 0;
    STOPWORDS.scan(text, |f| {
        count_stopword(f, &mut fr, &mut en);
        true
    });
    (fr, en)
}

/// Adds a hit of [`STOPWORDS`] with flags `f` to the French or the English count.
fn count_stopword(f: u8, fr: &mut usize, en: &mut usize) {
    if f & FR != 0 {
        *fr += 1;
    } else if f & EN != 0 {
        *en += 1;
    }
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
    let mut guess = Guess::default();
    for (b, t) in doc.body().filter(|(b, _)| Guess::reads(b)) {
        guess.read(b, t, false);
        if guess.is_done() {
            break;
        }
    }
    guess.language()
}

/// [`detect_document_language`], keeping on each line of a text dump that it reads the
/// function-word counts of the line's sample for [`crate::filters::BodyRegion`]: the sample is
/// the start of the line, which the guess reads anyway, so the region filter does not read it
/// again.
pub(crate) fn detect_document_language_keeping_samples(doc: &mut crate::Document) -> Language {
    if doc.source_kind() != crate::document::SourceKind::Text {
        return detect_document_language(doc);
    }
    let mut guess = Guess::default();
    // The blocks in order, as `body` has them, each line's counts kept as soon as they are
    // read.
    for id in 0..doc.blocks().len() {
        let kept = match doc.block(id) {
            Some(b) if !b.is_removed() && Guess::reads(b) => guess.read(b, doc.text(b), true),
            _ => continue,
        };
        if let Some(c) = kept {
            doc.set_sample_words(id, c);
        }
        if guess.is_done() {
            break;
        }
    }
    guess.language()
}

/// The French, English and neutral function words of the sample of a line that the region
/// filter reads (see `filters::region::sample_counts`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct SampleCounts {
    /// French stopwords.
    pub(crate) fr: u32,
    /// English stopwords (not also French).
    pub(crate) en: u32,
    /// Neutral function words.
    pub(crate) neutral: u32,
    /// Words of the sample as [`count_words`](crate::filters::facts::count_words) counts
    /// them.
    pub(crate) tokens: u32,
    /// The words of the whole line as `count_words` counts them, when the language guess
    /// read it all.
    pub(crate) line_tokens: Option<u32>,
}

/// The counts of [`detect_document_language`] so far.
#[derive(Default)]
struct Guess {
    fr: usize,
    en: usize,
    words: usize,
    seen: usize,
}

impl Guess {
    /// Whether the guess reads block `b` (running text, not a menu or a button).
    fn reads(b: &crate::document::Block) -> bool {
        b.features.words >= 8
    }

    /// Reads block `b`, whose text is `t` (a block that it [`reads`](Self::reads)). With
    /// `samples`, the line's region sample is read with the region's table and its counts
    /// are returned.
    fn read(&mut self, b: &crate::document::Block, t: &str, samples: bool) -> Option<SampleCounts> {
        use crate::filters::region;
        // A block is a sample: a few thousand bytes of it say as much as the whole.
        let mut cut = t.len().min(8192);
        while !t.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &t[..cut];
        let sample = if samples { region::sample(t) } else { "" };
        let mut kept = None;
        // The region's sample ends at the end of the line or before a space: its words and
        // those of the rest of the head are the words of the head.
        let (f, e) = if samples
            && !sample.is_empty()
            && (sample.len() == t.len() || t.as_bytes().get(sample.len()) == Some(&b' '))
        {
            let mut c = region::sample_counts(sample);
            let (f, e, tokens) = head.get(sample.len()..).map_or((0, 0, 0), |rest| {
                let (mut f, mut e) = (0, 0);
                // The rest starts with a space: out of a token, as a scan of its own starts.
                let tokens = STOPWORDS.scan_counting::<true>(rest, |flags| {
                    count_stopword(flags, &mut f, &mut e);
                    true
                });
                (f, e, tokens)
            });
            if head.len() == t.len() {
                c.line_tokens = u32::try_from(c.tokens as usize + tokens).ok();
            }
            kept = Some(c);
            (f + c.fr as usize, e + c.en as usize)
        } else {
            stopword_counts(head)
        };
        self.fr += f;
        self.en += e;
        self.words += b.features.words;
        self.seen += head.len();
        kept
    }

    /// Whether enough text has been read.
    fn is_done(&self) -> bool {
        self.seen > 200_000
    }

    /// The guess from what was read.
    fn language(&self) -> Language {
        // In French or English running text about a third of the words are stopwords; a
        // German or Spanish page only shares a few short words ("in", "an", "de") with the
        // lists.
        if (self.fr.max(self.en) as f32) < 0.2 * self.words as f32 {
            return Language::Unknown;
        }
        decide(self.fr, self.en)
    }
}

/// A non-ASCII letter lower-cased (its first lower-case character) as the bytes of its UTF-8
/// form packed into a word-table key, and their number.
#[inline]
fn lower_key(c: char) -> (u64, usize) {
    let lower = if c.is_uppercase() {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    };
    let mut buf = [0u8; 4];
    let k = lower
        .encode_utf8(&mut buf)
        .bytes()
        .fold(0u64, |acc, x| (acc << 8) | u64::from(x));
    (k, lower.len_utf8())
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
    fn the_guess_reads_the_same_words_through_the_region_sample() {
        for line in crate::filters::region::tests::real_looking_lines() {
            let doc = crate::Document::from_text(&line);
            let mut kept = doc.clone();
            assert_eq!(
                detect_document_language_keeping_samples(&mut kept),
                detect_document_language(&doc),
                "{line:?}"
            );
            // The block's text: the line, trimmed.
            let line = doc.text_of(0);
            let sample = crate::filters::region::sample(line);
            let (fr, en) = stopword_counts(line);
            match kept.blocks().first().and_then(|b| b.sample_words) {
                Some(c) => {
                    let (f, e) = stopword_counts(&line[sample.len()..]);
                    assert_eq!((fr, en), (c.fr as usize + f, c.en as usize + e), "{line:?}");
                    assert_eq!(c.fr, crate::filters::region::sample_counts(sample).fr);
                    assert_eq!(
                        c.neutral,
                        crate::filters::region::sample_counts(sample).neutral
                    );
                    // The guess read the whole line: its word count is `count_words`'.
                    assert_eq!(
                        c.line_tokens.map(|n| n as usize),
                        Some(crate::filters::facts::count_words(line)),
                        "{line:?}"
                    );
                }
                None => assert!(
                    doc.blocks().first().is_none_or(|b| b.features.words < 8)
                        || !line[sample.len()..].starts_with(' '),
                    "{line:?}"
                ),
            }
        }
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
    fn words_read_eight_bytes_at_a_time_end_where_they_should() {
        // Upper case, a letter past the ASCII run ("theé"), a word of eight letters or more
        // and a word at the very end, on both sides of the eight-byte window.
        let (fr, en) =
            stopword_counts("THE the The theé aboutxyz aboutxyzw about, AVEC déjà selon");
        assert_eq!((fr, en), (3, 4));
        assert_eq!(stopword_counts("dans"), (1, 0));
        assert_eq!(stopword_counts("xx, the;and:of"), (0, 3));
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

    /// The scan as it was before ASCII letters were read eight at a time anywhere in a word.
    /// Calls `hit` with the flags of every word of `text` found in the table. Words are runs
    /// of alphabetic characters, compared lower-cased; an apostrophe, a digit or any other
    /// character ends a word. The scan stops as soon as `hit` returns `false`.
    ///
    /// ASCII letters cost a table look-up each; the accented letters of Latin-1 and the
    /// punctuation of U+2000–U+206F (’, –, …, U+202F) are decoded by hand, other characters
    /// with the standard library.
    fn scan_before(t: &WordTable, text: &str, mut hit: impl FnMut(u8) -> bool) {
        let bytes = text.as_bytes();
        let mut key = 0u64;
        let mut len = 0usize;
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            // At the start of a word, up to eight ASCII letters at once (see
            // [`ascii_letters`]): a word that ends on an ASCII byte within them is looked up
            // without going through its bytes one by one.
            if len == 0 {
                if let Some((k, lower)) = bytes
                    .get(i..)
                    .and_then(<[u8]>::first_chunk::<8>)
                    .map(|w| ascii_letters(u64::from_le_bytes(*w)))
                    .filter(|&(k, _)| k > 0)
                {
                    // The word's bytes, first byte highest, as the one-by-one path packs them;
                    // the bytes after it are shifted out.
                    key = lower.swap_bytes() >> (64 - 8 * k);
                    len = k;
                    i += k;
                    match bytes.get(i) {
                        // The word ends on an ASCII byte that is not a letter: look it up and
                        // skip that byte (the one-by-one path would do the same).
                        Some(&n) if n < 0x80 && k < 8 => {
                            let f = t.get(key);
                            if f != 0 && !hit(f) {
                                return;
                            }
                            key = 0;
                            len = 0;
                            i += 1;
                        }
                        // Eight letters, the end of the text or a non-ASCII byte: on one by
                        // one.
                        _ => {}
                    }
                    continue;
                }
            }
            let class = BYTE_CLASS[usize::from(b)];
            if class != 0 && class != NON_ASCII {
                key = (key << 8) | u64::from(class);
                len += 1;
                i += 1;
                continue;
            }
            i += 1;
            if class == NON_ASCII {
                let next = bytes.get(i).copied().unwrap_or(0);
                let letter = match b {
                    // U+00C0–U+00FF: letters but × and ÷; capitals are 0x20 below.
                    0xC3 => {
                        i += 1;
                        if next == 0x97 || next == 0xB7 {
                            None
                        } else if next < 0x9F {
                            Some((0xC3u64 << 8) | u64::from(next + 0x20))
                        } else {
                            Some((0xC3u64 << 8) | u64::from(next))
                        }
                    }
                    // U+0080–U+00BF: no-break space, « », ª º µ (taken as non-letters).
                    0xC2 => {
                        i += 1;
                        None
                    }
                    // U+2000–U+206F: spaces, dashes, quotes, ellipsis.
                    0xE2 if matches!(next, 0x80 | 0x81) => {
                        i += 2;
                        None
                    }
                    _ => {
                        // `i - 1` is on a character boundary: continuation bytes are skipped.
                        let c = text
                            .get(i - 1..)
                            .and_then(|t| t.chars().next())
                            .unwrap_or('\u{fffd}');
                        i += c.len_utf8() - 1;
                        if c.is_alphabetic() {
                            let (k, n) = lower_key(c);
                            // Shifting by 32 at once is fine on a u64; the length says the
                            // rest.
                            key = (key << (8 * n)) | k;
                            len += n;
                            continue;
                        }
                        None
                    }
                };
                if let Some(k) = letter {
                    key = (key << 16) | k;
                    len += 2;
                    continue;
                }
            }
            // The end of a word.
            if len > 0 && len <= MAX_WORD_BYTES {
                let f = t.get(key);
                if f != 0 && !hit(f) {
                    return;
                }
            }
            key = 0;
            len = 0;
        }
        if len > 0 && len <= MAX_WORD_BYTES {
            let f = t.get(key);
            if f != 0 {
                hit(f);
            }
        }
    }

    #[test]
    fn scan_finds_the_words_it_found_before() {
        let t = WordTable::new(&[(FRENCH, FR), (ENGLISH, EN), (&["abcdefgh", "ab", "zz"], 4)]);
        let mut lines = crate::filters::region::tests::real_looking_lines();
        lines.extend(
            [
                "abcdefgh abcdefghi ABCDEFGH, xabcdefgh abcdefgh",
                "ab",
                "zz.",
                "éab abé ab’ab «ab» abcdefgh",
                "théâtre the theatre abcdefghabcdefgh ab",
                "x",
                "",
            ]
            .map(str::to_owned),
        );
        for line in &lines {
            for cut in [usize::MAX, 3, 11] {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let (mut na, mut nb) = (0, 0);
                t.scan(line, |f| {
                    a.push(f);
                    na += 1;
                    na < cut
                });
                scan_before(&t, line, |f| {
                    b.push(f);
                    nb += 1;
                    nb < cut
                });
                assert_eq!(a, b, "{line:?}");
            }
        }
    }

    /// The word count of [`WordTable::scan_counting`] is `count_words`', on lines in the
    /// manner of a page and on every character of the ranges decoded by hand, between
    /// letters, digits, spaces and punctuation.
    #[test]
    fn scan_counts_words_as_count_words_does() {
        use crate::filters::facts::count_words;
        let t = WordTable::new(&[(FRENCH, FR), (ENGLISH, EN)]);
        let mut lines = crate::filters::region::tests::real_looking_lines();
        let hand = ('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{207F}');
        for c in hand.chain("日Ωж\u{3000}\u{1680}\u{FEFF}½".chars()) {
            for (a, b) in [("a", "a"), (" ", " "), ("1", "-"), ("’", "é"), ("", "")] {
                lines.push(format!("{a}{c}{b}"));
                lines.push(format!("x {a}{c}{c}{b} yz"));
            }
        }
        for line in &lines {
            let n = t.scan_counting::<true>(line, |_| true);
            assert_eq!(n, count_words(line), "{line:?}");
        }
    }

    #[test]
    fn tables_are_lower_case() {
        for w in FRENCH.iter().chain(ENGLISH) {
            assert_eq!(w.to_lowercase(), *w);
        }
    }

    #[test]
    fn tables_are_short_enough_to_pack() {
        for t in [FRENCH, ENGLISH] {
            assert!(t.iter().all(|w| w.len() <= MAX_WORD_BYTES));
        }
    }

    #[test]
    fn scan_lowercases_accents_and_stops_at_apostrophes() {
        let t = WordTable::new(&[(&["où", "été", "une", "der"], 1), (&["der", "the"], 2)]);
        let mut hits = Vec::new();
        t.scan("Où a-t-il ÉTÉ vu d’une DER THE theme 12une", |f| {
            hits.push(f);
            true
        });
        assert_eq!(hits, [1, 1, 1, 3, 2, 1]);
        // Non-breaking spaces, dashes, « » end words; letters of Latin-1 and other scripts do
        // not.
        hits.clear();
        t.scan(
            "une\u{a0}une\u{202f}une–une«une»ÿune Ωune日une",
            |f| {
                hits.push(f);
                true
            },
        );
        assert_eq!(hits, [1, 1, 1, 1, 1]);
        // The scan stops when asked to.
        let mut n = 0;
        t.scan("une une une une", |_| {
            n += 1;
            n < 2
        });
        assert_eq!(n, 2);
    }
}
