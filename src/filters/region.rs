//! The body region of a text dump: the article is one contiguous run of lines with short
//! interruptions; everything before it is header chrome, everything after it footer chrome.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{Block, Document, Reason, SourceKind};
use crate::error::BoxError;
use crate::lang::{Language, SampleCounts, WordTable, EN, ENGLISH, FR, FRENCH};
use crate::pipeline::Filter;

/// Frequent function words of German, Spanish, Italian, Portuguese and Dutch, plus the most
/// frequent French and English ones: for pages in a language without its own table, running
/// text still shows a high share of such short words, while menus and headlines do not.
const NEUTRAL_STOPWORDS: &[&str] = &[
    // German
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich",
    "des", "auf", "für", "im", "dem", "auch", "es", "an", "als", "werden", "wird", "wie", "sie",
    "er", "ich", "wir", "sind", "bei", "oder", "nach", "aus", "noch", "um", "so", "wenn", "nur",
    "kann", "über", "hat", "haben", "zum", "zur", "vor", "durch", "einer", "eines", "einem", "war",
    "dass", "daß", "aber", "sein", "seine", "ihre", "ihr", "uns", "man", "mehr", "schon", "sehr",
    "diese", "dieser", "wurde", "können", "hier", // Spanish
    "el", "la", "los", "las", "de", "del", "y", "en", "que", "un", "una", "por", "con", "para",
    "es", "se", "no", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "este", "esta",
    "fue", "ha", "son", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay",
    "donde", "han", "desde", "todo", "nos", "durante", // Italian
    "il", "di", "che", "e", "per", "non", "della", "sono", "si", "da", "è", "dei", "gli", "alla",
    "nel", "anche", "più", // Portuguese
    "o", "a", "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "com", "não", "mais", "mas",
    "foi", "ao", // Dutch
    "het", "een", "van", "dat", "op", "te", "zijn", "met", "voor", "niet", "er", "aan", "ook",
    "bij", // French
    "les", "des", "du", "et", "est", "dans", "pour", "qui", "sur", "au", "aux", "par", "avec",
    "ne", "pas", "plus", "ce", "cette", "sa", "ses", "leur", "nous", "vous", "ils", "elle", "ou",
    "où", "été", "était", // English
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "are", "be",
    "this", "by", "at", "from", "or", "an", "have", "has", "had", "not", "they", "which", "their",
    "were", "been", "will", "would",
];

/// Flag of a word of [`NEUTRAL_STOPWORDS`] in [`FUNCTION_WORDS`].
const NEUTRAL: u8 = 4;

/// The neutral list and the crate's French and English stopwords, in one table.
static FUNCTION_WORDS: WordTable =
    WordTable::new(&[(FRENCH, FR), (ENGLISH, EN), (NEUTRAL_STOPWORDS, NEUTRAL)]);

/// Function words of `text`: for French and English the crate's stopword lists
/// ([`crate::stopword_counts`]), or the neutral list if it finds more (a page whose language
/// was guessed wrong, or a quotation in another language); for other languages the neutral
/// list. One pass over the text, one table look-up per short word.
///
/// Only the share of function words matters: a line longer than [`SAMPLE_BYTES`] is read up to
/// the last space before that length (see [`sample`]), and the count scaled to the whole line.
/// Only thresholds of the share matter, so the scan stops once the count reaches `enough` (and
/// returns at least `enough`).
fn function_words(text: &str, lang: Language, enough: usize) -> usize {
    let sample = sample(text);
    let (mut neutral, mut fr, mut en) = (0usize, 0usize, 0usize);
    // Scaled to the whole line: `hits * text.len() / sample.len() >= enough`.
    let target = enough.saturating_mul(sample.len());
    FUNCTION_WORDS.scan(sample, |f| {
        neutral += usize::from(f & NEUTRAL != 0);
        if f & FR != 0 {
            fr += 1;
        } else if f & EN != 0 {
            en += 1;
        }
        count(lang, neutral, fr, en).saturating_mul(text.len()) < target
    });
    scale(count(lang, neutral, fr, en), text.len(), sample.len())
}

/// [`function_words`] from the full counts of the sample of `text` (as [`sample_counts`]
/// gives them), without reading the text again; `None` when the counts cannot tell (an empty
/// sample or target).
///
/// The scan of [`function_words`] adds at most one to the count at each hit and stops at the
/// first count `c` with `c * text.len() >= target`: that is the least such `c`, if the full
/// count reaches it, and the full count otherwise.
fn function_words_from(
    counts: SampleCounts,
    text: &str,
    lang: Language,
    enough: usize,
) -> Option<usize> {
    let sample_len = sample(text).len();
    let target = enough.saturating_mul(sample_len);
    if target == 0 || text.is_empty() {
        return None;
    }
    let full = count(
        lang,
        counts.neutral as usize,
        counts.fr as usize,
        counts.en as usize,
    );
    let least = target.div_ceil(text.len());
    Some(scale(full.min(least), text.len(), sample_len))
}

/// The count of [`function_words`] for `lang` from the three counts.
fn count(lang: Language, neutral: usize, fr: usize, en: usize) -> usize {
    match lang {
        Language::French => fr.max(neutral),
        Language::English => en.max(neutral),
        _ => neutral,
    }
}

/// `hits` in a sample of `sample_len` bytes scaled to a line of `text_len` bytes.
fn scale(hits: usize, text_len: usize, sample_len: usize) -> usize {
    if sample_len == text_len || sample_len == 0 {
        hits
    } else {
        hits * text_len / sample_len
    }
}

/// The part of a line that [`function_words`] reads: the whole line up to [`SAMPLE_BYTES`],
/// or the part before the last space within that length (the first [`SAMPLE_BYTES`] bytes,
/// cut at a character boundary, when there is no space).
pub(crate) fn sample(text: &str) -> &str {
    if text.len() > SAMPLE_BYTES {
        let mut cut = SAMPLE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = text.get(..cut).unwrap_or(text);
        head.rfind(' ').and_then(|i| head.get(..i)).unwrap_or(head)
    } else {
        text
    }
}

/// French, English and neutral function words of `sample`, all of them (the language guess
/// keeps them for [`BodyRegion`]: see [`function_words_from`]).
pub(crate) fn sample_counts(sample: &str) -> SampleCounts {
    let mut c = SampleCounts::default();
    let tokens = FUNCTION_WORDS.scan_counting::<true>(sample, |f| {
        c.neutral += u32::from(f & NEUTRAL != 0);
        if f & FR != 0 {
            c.fr += 1;
        } else if f & EN != 0 {
            c.en += 1;
        }
        true
    });
    c.tokens = u32::try_from(tokens).unwrap_or(u32::MAX);
    c
}

/// See [`function_words`].
const SAMPLE_BYTES: usize = 256;

/// How a line reads, from the features and the share of function words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    /// Running text: its value is about its length.
    Good(f32),
    /// Not running text: menus, headlines, labels, teaser standfirsts.
    Bad,
    /// Short text that reads like a phrase (function words, a lower-case start or a final
    /// stop): a list item or a short sentence. Costs little itself, but a run of non-text
    /// lines goes on through it.
    Short,
}

/// Lines longer than this count as this long (a single huge legal paragraph must not pull the
/// region towards the footer on its own).
const VALUE_CAP: f32 = 1200.0;
/// Penalty of the first line of a run of non-text lines; the k-th line of the run costs k
/// times this, up to [`RUN_CAP`] times: a lone subheading is cheap, a menu is very expensive.
const BAD_STEP: f32 = 10.0;
/// See [`BAD_STEP`].
const RUN_CAP: f32 = 6.0;
/// Cost of a short phrase-like line (see `Class::Short`).
const SHORT_COST: f32 = 5.0;
/// Share of the run of non-text lines that survives one line of running text.
const RUN_DECAY: f32 = 0.5;
/// Cost of a line already removed by an earlier filter (a newsletter box inside the body).
const REMOVED_COST: f32 = 10.0;
/// Cost of a line removed as the start of a comment section, tags or footer.
const SECTION_END_COST: f32 = 400.0;
/// Lines in a gap (not running text) that may end the article, see `trim_tail`.
const GAP_MIN: usize = 3;
/// Running text after such a gap, as a share of the running text before it, under which
/// the region is cut at the gap.
const TAIL_RATIO: f32 = 0.25;
/// A region worth less than this is not trusted: the page is left as it is.
const MIN_REGION: f32 = 80.0;

/// Whether `text` has at least `n` commas or sentence stops followed by a space: running text
/// has several. Stops reading at the `n`-th.
fn has_sentence_marks(text: &str, n: usize) -> bool {
    let b = text.as_bytes();
    let mut found = 0;
    for w in b.windows(2) {
        if w[1] == b' ' && matches!(w[0], b',' | b'.' | b';') {
            found += 1;
            if found >= n {
                return true;
            }
        }
    }
    found >= n
}

/// A clock time starting a headline on the same line ("14:44 Accusations de viols …"): the
/// shape of a "latest news" list or a ticker in the sidebar. A clock time alone on its line is
/// not enough (live blogs put one above each entry of their body).
static TICKER: Lazy<Option<Regex>> =
    Lazy::new(|| Regex::new(r"^\d{1,2}(?::|h|H)\d{2}\s+[\p{Lu}\d«\x22“]").ok());
/// A clock time alone on its line.
static CLOCK: Lazy<Option<Regex>> = Lazy::new(|| Regex::new(r"^\d{1,2}(?::|h|H)\d{2}$").ok());
/// Extra cost of a clock time alone.
const CLOCK_COST: f32 = 60.0;
/// Extra cost of a ticker line.
const TICKER_COST: f32 = 200.0;

/// Share of function words from which a line reads as prose.
const PROSE_DENSITY: f32 = 0.18;

/// Longest teaser standfirst.
const TEASER_MAX: usize = 300;

/// Ends like a teaser standfirst in a related list.
fn teaser_end(text: &str) -> bool {
    let t = text.trim_end();
    // The last byte says which ending can match: "…" ends with 0xA6.
    match t.as_bytes().last() {
        Some(0xA6) => t.ends_with('…'),
        Some(b'.') => t.ends_with("..."),
        Some(b']') => t.ends_with("[…]"),
        Some(b')') => t.ends_with("(…)"),
        _ => false,
    }
}

/// Extra cost of a ticker-shaped line (0 for other lines).
fn ticker_cost(text: &str) -> f32 {
    // Both shapes start with a digit: most lines are answered without a regex.
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        0.0
    } else if TICKER.as_ref().is_some_and(|r| r.is_match(text)) {
        TICKER_COST
    } else if CLOCK.as_ref().is_some_and(|r| r.is_match(text)) {
        CLOCK_COST
    } else {
        0.0
    }
}

/// How the line `text` of `block` reads, and its [`ticker_cost`].
fn classify(block: &Block, text: &str, lang: Language) -> (Class, f32) {
    let ticker = ticker_cost(text);
    (classify_with(block, text, lang, ticker), ticker)
}

/// [`classify`] given the line's ticker cost.
fn classify_with(block: &Block, text: &str, lang: Language, ticker: f32) -> Class {
    let f = &block.features;
    if f.chars <= 160 && ticker > 0.0 {
        return Class::Bad;
    }
    // A teaser standfirst ends with "…"; a long paragraph cut by a paywall does too, and
    // stays.
    let teaser = teaser_end(text);
    if teaser && f.chars <= TEASER_MAX {
        return Class::Bad;
    }
    if f.words < 4 {
        let phrase = f.words >= 2 && (!f.starts_upper || f.ends_sentence) && f.letters > 0;
        return if phrase { Class::Short } else { Class::Bad };
    }
    // A line made mostly of digits, or shouting, is not prose.
    if f.letters * 2 < f.chars || (f.letters > 20 && f.upper_ratio() > 0.6) {
        return Class::Bad;
    }
    let enough = ceil(f.words as f32 * PROSE_DENSITY);
    let hits = block
        .sample_words
        .and_then(|c| function_words_from(c, text, lang, enough))
        .unwrap_or_else(|| function_words(text, lang, enough));
    let density = hits as f32 / f.words as f32;
    let chars = (f.chars as f32).min(VALUE_CAP);
    let prose = density >= PROSE_DENSITY;
    if prose && f.ends_sentence && f.words >= 6 {
        Class::Good(chars)
    } else if prose && f.words >= 15 {
        Class::Good(0.7 * chars)
    } else if f.words >= 25 && (f.ends_sentence || has_sentence_marks(text, 2)) {
        // Long running text in a language no list knows (or no language at all).
        Class::Good(0.6 * chars)
    } else if f.ends_sentence && f.words >= 10 && density >= 0.08 {
        Class::Good(0.3 * chars)
    } else if !teaser && (density >= 0.15 || !f.starts_upper || f.ends_sentence) {
        Class::Short
    } else {
        Class::Bad
    }
}

/// `x.ceil() as usize` for a non-negative `x` below 2^24 (a word count times a share),
/// without a call into the maths library.
fn ceil(x: f32) -> usize {
    let t = x as usize;
    if (t as f32) < x {
        t + 1
    } else {
        t
    }
}

/// Cuts the region at the first long gap (a run of lines that are not running text) after
/// which little running text follows: an author bio, a disclaimer or a related standfirst that
/// the region swallowed past the end of the article.
fn trim_tail(classes: &[Option<Class>], region: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let value = |i: usize| match classes.get(i) {
        Some(Some(Class::Good(v))) => *v,
        _ => 0.0,
    };
    let total: f32 = region.clone().map(value).sum();
    let mut before = 0.0;
    let mut gap = 0usize;
    let mut gap_start = region.start;
    for i in region.clone() {
        let v = value(i);
        if v > 0.0 {
            if gap >= GAP_MIN && before > 0.0 && (total - before) < TAIL_RATIO * before {
                return region.start..gap_start;
            }
            gap = 0;
            before += v;
        } else {
            if gap == 0 {
                gap_start = i;
            }
            gap += 1;
        }
    }
    region
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
/// assert_eq!(doc.removed().get(0).map(|r| r.reason), Some(&Reason::BeforeArticle));
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
                let record = doc.removed().get(idx);
                let cost = match record {
                    // Comment sections, tags and footers end an article; they are rarely
                    // inside one. A "©" line may be a photo credit inside the article.
                    Some(r)
                        if matches!(r.reason, Reason::Comments | Reason::Tags)
                            || (*r.reason == Reason::Footer && !r.text.contains('©')) =>
                    {
                        SECTION_END_COST
                    }
                    _ => REMOVED_COST,
                };
                classes.push(None);
                scores.push(-cost);
                continue;
            }
            let (c, ticker) = classify(b, doc.text(b), lang);
            let s = match c {
                Class::Good(v) => {
                    // One paragraph does not wipe out a long run of chrome: a related list
                    // alternates headlines and standfirsts, a body does not.
                    run = (run * RUN_DECAY).floor();
                    v
                }
                Class::Short => {
                    run = (run + 1.0).min(RUN_CAP);
                    -SHORT_COST
                }
                Class::Bad => {
                    run = (run + 1.0).min(RUN_CAP);
                    -BAD_STEP * run - ticker
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
        let best_range = trim_tail(&classes, best_range);
        doc.set_region(best_range.clone());
        // Each body line is judged, then removed, in order (no list of the removals first).
        for id in 0..n {
            let reason = match doc.block(id) {
                Some(b) if !b.is_removed() => {
                    if id < best_range.start {
                        Reason::BeforeArticle
                    } else if id >= best_range.end {
                        Reason::AfterArticle
                    } else if classes.get(id) == Some(&Some(Class::Bad))
                        && teaser_end(doc.text(b))
                        && b.features.chars <= TEASER_MAX
                    {
                        Reason::Teaser
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            doc.remove(id, reason);
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
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
    fn neutral_words_fit_the_length_shortcut() {
        assert!(NEUTRAL_STOPWORDS.iter().all(|w| w.len() <= 8));
        assert_eq!(
            function_words("Der Hund und DIE Katze", Language::Unknown, usize::MAX),
            3
        );
        // French: the larger of the French count and the neutral count.
        assert_eq!(
            function_words("Il est dans la maison", Language::French, usize::MAX),
            4
        );
        // Stops once enough are found.
        assert_eq!(
            function_words("Il est dans la maison", Language::French, 2),
            2
        );
    }

    #[test]
    fn the_fixed_size_table_keeps_every_function_word() {
        assert!(NEUTRAL_STOPWORDS.iter().all(|w| w.to_lowercase() == *w));
        for (list, flag) in [(FRENCH, FR), (ENGLISH, EN), (NEUTRAL_STOPWORDS, NEUTRAL)] {
            for w in list {
                let mut hits = Vec::new();
                FUNCTION_WORDS.scan(w, |f| {
                    hits.push(f);
                    true
                });
                assert!(hits.len() == 1 && hits[0] & flag != 0, "{w:?} {hits:?}");
            }
        }
    }

    #[test]
    fn ceil_without_libm_is_ceil() {
        for w in 0..200_000u32 {
            let x = w as f32 * PROSE_DENSITY;
            assert_eq!(ceil(x), x.ceil() as usize, "{w}");
        }
        assert_eq!(ceil(2.0), 2);
        assert_eq!(ceil(2.5), 3);
        assert!(has_sentence_marks("a, b. c", 2) && !has_sentence_marks("a, b.c", 2));
        assert!(teaser_end("Titre…") && teaser_end("Titre [...]...") && teaser_end("Titre (…) "));
        assert!(!teaser_end("Titre.") && !teaser_end("Titre") && !teaser_end(""));
    }

    /// Lines in the manner of a page: French, English and German running text, menus,
    /// numbers, quotes and no-break spaces, some longer than the sample.
    pub(crate) fn real_looking_lines() -> Vec<String> {
        let words: Vec<&str> = "Le la les de des du et est dans pour qui sur au aux par avec ne pas plus \
            ce cette sa ses leur nous vous ils elle ou où été était conseil municipal a voté mardi \
            soir budget ville l'année prochaine, après trois heures débat. « Oui », a-t-il dit\u{a0}: \
            The the and of to in is that for it with was on are be this by at from or an have has \
            had not they which their were been will would said government minister’s statement \
            der die das und ist nicht ein eine zu den von mit sich Stadtrat hat beschlossen \
            2024 12h30 – — … ÉTAT Élysée déjà très même sous-préfecture aujourd'hui 3\u{a0}000 € \
            x Ωmega 日本 renseignement internationales développement \u{202f}; l’État THE AND"
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut lines = Vec::new();
        for _ in 0..4000 {
            let n = 1 + (next() % 90) as usize;
            let mut line = String::new();
            for k in 0..n {
                if k > 0 {
                    line.push(if next() % 17 == 0 { '\u{a0}' } else { ' ' });
                }
                line.push_str(words[(next() % words.len() as u64) as usize]);
            }
            lines.push(line);
        }
        // One word longer than the sample, and a sample that ends inside a word.
        lines.push("é".repeat(200));
        lines.push(format!("{} et la", "a".repeat(300)));
        lines.push(format!("le {}", "b".repeat(300)));
        lines
    }

    #[test]
    fn counts_kept_by_the_language_guess_give_the_same_share() {
        for line in real_looking_lines() {
            let words = crate::document::Features::of(&line).words;
            let c = sample_counts(sample(&line));
            for lang in [Language::French, Language::English, Language::Unknown] {
                for enough in [
                    1,
                    2,
                    3,
                    (words as f32 * PROSE_DENSITY).ceil() as usize,
                    words,
                    usize::MAX,
                ] {
                    let want = function_words(&line, lang, enough);
                    if let Some(got) = function_words_from(c, &line, lang, enough) {
                        assert_eq!(got, want, "{lang:?} {enough} {line:?}");
                    }
                }
            }
        }
    }

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
        assert_eq!(
            doc.removed().get(0).map(|r| r.reason),
            Some(&Reason::Teaser)
        );
    }

    #[test]
    fn a_long_paragraph_cut_by_a_paywall_stays() {
        let cut = format!("{P2} Le maire a répondu que la hausse resterait limitée et que les familles les plus modestes seraient exonérées, mais plusieurs élus de sa propre majorité ont demandé un vote séparé sur ce point, ce qui…");
        assert!(cut.chars().count() > TEASER_MAX);
        let page = format!("Accueil\nPolitique\nSport\nCulture\n{P1}\n{cut}\nPour lire la suite\nCréer un compte\nMentions légales\nContact");
        let doc = run(Language::French, &page);
        assert_eq!(body(&doc), [P1, cut.as_str()]);
    }

    #[test]
    fn a_ticker_after_the_body_stays_out_but_a_live_blog_stays_whole() {
        let ticker_item = "Un incendie a détruit un entrepôt de la zone industrielle dans la nuit, sans faire de victime selon les pompiers, qui sont restés sur place jusqu'au matin pour surveiller les lieux.";
        let page = format!(
            "Accueil\nPolitique\nSport\n{P1}\n{P2}\n{P3}\nEn continu\n\
             14:44 Grève à la SNCF : le trafic perturbé jeudi\n14:32 Un nouveau maire à Lyon\n14:10\nFaits divers\n{ticker_item}\n\
             13:54 La météo se dégrade dans l'Ouest\n13:43 Budget : le Sénat adopte le texte\n13:24\nSanté\n{ticker_item} Le préfet a ouvert une enquête.\nMentions légales"
        );
        let doc = run(Language::French, &page);
        assert_eq!(body(&doc), [P1, P2, P3]);
        // Live blog: a clock time above each entry, entries are the body.
        let blog = format!(
            "Accueil\nPolitique\n14h30\n{P1}\n14h10\n{P2}\n13h55\n{P3}\nMentions légales\nContact"
        );
        let doc = run(Language::French, &blog);
        assert_eq!(body(&doc), [P1, "14h10", P2, "13h55", P3]);
    }

    #[test]
    fn an_author_bio_after_the_signature_is_cut_off() {
        let bio = "Jeanne Martin est journaliste au service politique depuis 2015, après avoir couvert la vie locale pendant dix ans.";
        let page = format!("Accueil\nPolitique\n{P1}\n{P2}\n{P3}\n{P1} {P2}\nPar Jeanne Martin\nPartager\nÀ propos de l'auteur\n{bio}\nContact");
        let doc = run(Language::French, &page);
        assert_eq!(body(&doc).len(), 4);
        assert!(!body(&doc).iter().any(|p| p == bio));
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
