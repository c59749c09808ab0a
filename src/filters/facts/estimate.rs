//! Estimated reading time: [`EstimatedReadingTime`], [`count_words`].
//!
//! The estimate is the clean body's word count divided by a silent-reading rate for the
//! document's language, in words per minute:
//!
//! * **English: 238 wpm.** Brysbaert, M. (2019). *How many words do we read per minute? A
//!   review and meta-analysis of reading rate.* Journal of Memory and Language, 109, 104047.
//!   The meta-analysis of 190 studies gives 238 wpm for silent reading of English non-fiction
//!   by adults (260 wpm for fiction).
//! * **French: 204 wpm.** The English figure scaled by the French/English ratio of reading
//!   rates measured on the same standardised texts across languages (IReST: Trauzettel-Klosinski,
//!   S. & Dietz, K. (2012). *Standardized assessment of reading performance: the new
//!   International Reading Speed Texts IReST.* Investigative Ophthalmology & Visual Science,
//!   53(9), 5452–5461: 195 wpm in French and 228 wpm in English): 238 × 195 / 228 ≈ 204.
//!   French words are longer on average, hence fewer per minute. This is a derived figure, not
//!   a direct measure of French silent reading; set your own with
//!   [`EstimatedReadingTime::rate`].
//! * Other languages: the English rate, unless set.
//!
//! Words are runs of non-space characters holding at least one letter or digit, the unit
//! reading-rate studies count ("l'homme" and "aujourd'hui" are one word each; a lone "–" or
//! "«" is none).

use crate::document::Document;
use crate::error::BoxError;
use crate::filters::quotes::text::is_alnum;
use crate::lang::Language;
use crate::pipeline::Filter;

/// Silent-reading rate for English non-fiction (Brysbaert 2019), words per minute.
pub const ENGLISH_WPM: u32 = 238;
/// Silent-reading rate used for French, words per minute (see the module docs).
pub const FRENCH_WPM: u32 = 204;

/// Words in `text`: runs of non-space characters that hold a letter or a digit.
///
/// ```
/// use newsclean::filters::facts::count_words;
/// assert_eq!(count_words("L'État a dit « non » – aujourd'hui."), 5);
/// ```
pub fn count_words(text: &str) -> usize {
    // Runs of non-white-space characters (as `split_whitespace` cuts them) that hold an
    // alphanumeric character, counted at their first alphanumeric character. Two states: in
    // a counted word (`IN_WORD`) or not (0). Out of a word, a byte below 0xC0 and the state
    // give the next state and whether a word starts, from a table; a continuation byte of a
    // multi-byte character changes nothing; a character is classed at its lead byte, decoded
    // there. In a word, only white space changes the state: the bytes that cannot start any
    // are skipped eight at a time (`next_stop`).
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut state = 0usize;
    let mut i = 0;
    loop {
        if state == IN_WORD {
            i = next_stop(bytes, i);
            // The common case at a stop: a space, then the next word's first letter.
            if let Some(&[b' ', n]) = bytes.get(i..i + 2) {
                if n.is_ascii_alphanumeric() {
                    words += 1;
                    i += 2;
                    continue;
                }
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        if b < 0xC0 {
            let e = STEP[(state | usize::from(b)) & 0x1FF];
            words += usize::from(e & 1);
            state = usize::from(e) & IN_WORD;
            i += 1;
            continue;
        }
        // `i` is a character boundary: the byte leads a character.
        let c = text
            .get(i..)
            .and_then(|r| r.chars().next())
            .unwrap_or('\u{fffd}');
        i += c.len_utf8();
        if c.is_whitespace() {
            state = 0;
        } else if state == 0 && is_alnum(c) {
            // In a word, anything but white space leaves the state as it is.
            words += 1;
            state = IN_WORD;
        }
    }
    words
}

/// The first byte at or after `i` that may end a word: a byte up to 0x20 (the ASCII white
/// space, and control characters), or the lead byte of a character that may be white space
/// (every lead byte from 0xC0 but 0xC3, which leads only letters and × ÷). Eight bytes at a
/// time: the lowest flagged byte of each test is exact (borrows only move upwards).
fn next_stop(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(arr) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(arr);
        // Bytes below 0x21.
        let low = x.wrapping_sub(LO * 0x21) & !x & HI;
        // Lead bytes of two- to four-byte characters (top two bits set), but 0xC3.
        let t = x ^ (LO * 0xC3);
        let is_c3 = !(((t & !HI).wrapping_add(!HI)) | t) & HI;
        let lead = x & (x << 1) & HI & !is_c3;
        let stop = low | lead;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b <= 0x20 || (b >= 0xC0 && b != 0xC3) {
            return i;
        }
        i += 1;
    }
    i
}

/// [`count_words`]' state inside a word already counted (a bit above every byte value).
const IN_WORD: usize = 0x100;

/// [`count_words`]' step on a byte below 0xC0, at `state | byte`: the next state, plus 1 when
/// a word starts. White space as `char::is_whitespace` has it ends a word; a letter or a digit
/// starts one when none is counted; anything else (punctuation, continuation bytes) leaves
/// the state as it is.
static STEP: [u16; 0x200] = {
    let mut t = [0u16; 0x200];
    let mut i = 0;
    while i < 0x200 {
        let state = (i & IN_WORD) as u16;
        let c = (i & 0xFF) as u8;
        t[i] = if matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            0
        } else if c.is_ascii_alphanumeric() {
            IN_WORD as u16 | (state == 0) as u16
        } else {
            state
        };
        i += 1;
    }
    t
};

/// Sets [`Facts::estimated_reading_secs`](crate::Facts) from the body's word count and the
/// language's reading rate (rounded to the nearest second). Runs after every filter that
/// removes blocks, so that only the clean body counts.
///
/// ```
/// use newsclean::{filters::facts::EstimatedReadingTime, Language, Pipeline};
/// let p = Pipeline::builder()
///     .add(EstimatedReadingTime::default().rate(Language::French, 120))
///     .language(Language::French)
///     .build()?;
/// let a = p.clean_text("un deux trois quatre cinq six")?;
/// assert_eq!(a.reading_time.estimated_secs, 3);
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EstimatedReadingTime {
    french_wpm: u32,
    english_wpm: u32,
    other_wpm: u32,
}

impl Default for EstimatedReadingTime {
    fn default() -> Self {
        EstimatedReadingTime {
            french_wpm: FRENCH_WPM,
            english_wpm: ENGLISH_WPM,
            other_wpm: ENGLISH_WPM,
        }
    }
}

impl EstimatedReadingTime {
    /// Sets the reading rate, in words per minute, for `language` ([`Language::Unknown`] sets
    /// the rate for every language without one). A rate of 0 is read as 1.
    pub fn rate(mut self, language: Language, wpm: u32) -> Self {
        let wpm = wpm.max(1);
        match language {
            Language::French => self.french_wpm = wpm,
            Language::English => self.english_wpm = wpm,
            _ => self.other_wpm = wpm,
        }
        self
    }

    /// The rate used for `language`, in words per minute.
    pub fn rate_for(&self, language: Language) -> u32 {
        match language {
            Language::French => self.french_wpm,
            Language::English => self.english_wpm,
            _ => self.other_wpm,
        }
    }

    /// The estimate in seconds for `words` words in `language`.
    pub fn seconds(&self, words: usize, language: Language) -> u32 {
        let wpm = u64::from(self.rate_for(language).max(1));
        let secs = (words as u64 * 60 + wpm / 2) / wpm;
        u32::try_from(secs).unwrap_or(u32::MAX)
    }
}

impl Filter for EstimatedReadingTime {
    fn name(&self) -> &str {
        "estimated-reading-time"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        // Lines the language guess read whole were counted then.
        let words: usize = doc
            .body()
            .map(|(b, t)| {
                b.sample_words
                    .and_then(|c| c.line_tokens)
                    .map_or_else(|| count_words(t), |n| n as usize)
            })
            .sum();
        let secs = self.seconds(words, doc.language());
        doc.facts_mut().estimated_reading_secs = Some(secs);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count_words` against its definition on pseudo-random mixes of ASCII, letters with
    /// accents, white space of every kind, punctuation and CJK.
    #[test]
    fn count_words_matches_its_definition() {
        let alphabet: Vec<char> = "ab Z9 \t\n\r\x0b\x0c\x01-'’.,«»éÉàç×÷\u{a0}\u{202f}\u{2003}\u{3000}\u{85}\u{1680}\u{2028}日½²–—…ſK"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: String = (0..len)
                .map(|k| {
                    let r = seed.rotate_left(k as u32 * 5) ^ (k as u64).wrapping_mul(0x9e37_79b9);
                    alphabet[(r % alphabet.len() as u64) as usize]
                })
                .collect();
            let want = text
                .split_whitespace()
                .filter(|w| w.chars().any(is_alnum))
                .count();
            assert_eq!(count_words(&text), want, "{text:?}");
        }
    }

    #[test]
    fn rates_and_rounding() {
        let e = EstimatedReadingTime::default();
        assert_eq!(e.seconds(238, Language::English), 60);
        assert_eq!(e.seconds(204, Language::French), 60);
        assert_eq!(e.seconds(0, Language::French), 0);
        assert_eq!(e.seconds(1, Language::English), 0);
        assert_eq!(e.seconds(2, Language::English), 1);
        let e = e.rate(Language::Unknown, 0);
        assert_eq!(e.rate_for(Language::Unknown), 1);
        assert_eq!(e.seconds(1, Language::Unknown), 60);
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("– « » …"), 0);
        assert_eq!(count_words("1\u{a0}min de lecture"), 4);
        for t in [
            "L'État a dit « non » – aujourd'hui.",
            " \t\x0B\x0C\r\n\u{85}a\u{2028}b\u{3000}c\u{1c}d ",
            "½ ² x² — ... 12 ١٢ -a- ’’x",
            "é-é «\u{a0}oui\u{a0}» ,\u{202f}; l’été x\u{2003}y «z» – 3\u{a0}000 €",
            "»a «b ..« \u{a0}\u{a0}é\u{85}é ? ! -- — —x x— 日本語 テスト",
        ] {
            let want = t
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(count_words(t), want, "{t:?}");
        }
    }
}
