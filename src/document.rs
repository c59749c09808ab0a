//! The document model: [`Document`], [`Block`], [`Span`], [`Reason`], and the removal log ([`Removals`], [`Removed`]).
//!
//! A document is the page cut into blocks. Filters never delete a block: they mark it removed
//! with a [`Reason`] (the pipeline keeps the log), so block ids stay stable and every block of
//! the input ends up either in the article body or in [`Document::removed`].

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

mod removals;

pub(crate) use removals::{Log, OwnedLog, Record};
pub use removals::{Removals, RemovalsIter, Removed};

use crate::article::Facts;
use crate::lang::Language;
use crate::InputNote;

/// Index of a block in [`Document::blocks`]. Stable for the life of the document.
pub type BlockId = usize;

/// A byte range in the original input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// As a `Range`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// What kind of unit of text a block is, as a reader sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum BlockKind {
    /// One line of a scraped text dump (its role is not known from the input).
    Line,
    /// A paragraph (`<p>`, or a `<div>` with direct text).
    Paragraph,
    /// A heading, with its level 1–6.
    Heading(u8),
    /// A list item (`<li>`, `<dt>`, `<dd>`).
    ListItem,
    /// A block quotation.
    BlockQuote,
    /// A figure caption.
    Caption,
    /// A table cell.
    TableCell,
    /// Preformatted text.
    Preformatted,
    /// Anything else.
    Other,
}

/// What the input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum SourceKind {
    /// A scraped text dump, one block per line.
    Text,
    /// An HTML page.
    Html,
}

/// Cheap features of a block's text, computed once when the block is made.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct Features {
    /// Characters (Unicode scalar values).
    pub chars: usize,
    /// Words: maximal runs of alphanumeric characters (an apostrophe splits "l'homme" in two).
    pub words: usize,
    /// Alphabetic characters.
    pub letters: usize,
    /// Upper-case letters.
    pub uppercase: usize,
    /// Decimal digits.
    pub digits: usize,
    /// The first alphabetic character is upper-case.
    pub starts_upper: bool,
    /// The text ends with sentence punctuation (`.`, `!`, `?`, `…`, `:`, `»`, `"` after one of them).
    pub ends_sentence: bool,
}

impl Features {
    /// Computes the features of `text` in one pass (ASCII text eight bytes at a time).
    pub fn of(text: &str) -> Features {
        let mut f = Features::default();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut prev = 0u64;
        // The counters of a character are added at once: its class is a word with one bit in
        // each lane that counts (see [`pack`]). Lanes hold 15 bits, so they are emptied at
        // least every 2^15 - 1 bytes.
        while i < bytes.len() {
            let chunk = bytes
                .get(..bytes.len().min(i + LANE as usize))
                .unwrap_or(bytes);
            let mut lanes = 0u64;
            let mut words = 0usize;
            while let Some(&b) = chunk.get(i) {
                // Up to eight ASCII bytes at once (most of a page's text): the ASCII bytes that
                // start the next eight, counted word-wise. One or two ASCII bytes before a
                // longer character cost less one by one.
                let ascii = chunk
                    .get(i..)
                    .and_then(<[u8]>::first_chunk::<8>)
                    .map(|w| u64::from_le_bytes(*w))
                    .map(|x| (x, (x & HIGH_BITS).trailing_zeros() / 8))
                    .filter(|&(_, k)| k > 2);
                if let Some((x, k)) = ascii {
                    let c = AsciiCounts::of(x, k, prev >> 63 != 0);
                    lanes = lanes.wrapping_add(
                        u64::from(k) | (c.letters << 15) | (c.uppercase << 30) | (c.digits << 45),
                    );
                    words += c.word_starts as usize;
                    prev = u64::from(c.ends_alnum) << 63;
                    i += k as usize;
                    continue;
                }
                let p = if b < 0x80 {
                    i += 1;
                    ASCII_PACK[usize::from(b)]
                } else {
                    let next = bytes.get(i + 1).copied();
                    pack(if let (0xC3, Some(n)) = (b, next) {
                        // U+00C0–U+00FF, the accented letters of French: letters but × and ÷,
                        // capitals below U+00DF.
                        i += 2;
                        latin1_class(n)
                    } else if let (0xC2, Some(n)) = (b, next) {
                        // U+0080–U+00BF: no-break space, « », ° …; a few letters and
                        // numbers.
                        i += 2;
                        latin1_symbol_class(n)
                    } else if let (0xE2, Some(0x80)) = (b, next) {
                        // U+2000–U+203F: spaces, dashes, quotes, ellipsis; no letter or digit.
                        i += 3;
                        0
                    } else {
                        // `i` is on a character boundary: it only ever moves by whole characters.
                        let c = text
                            .get(i..)
                            .and_then(|t| t.chars().next())
                            .unwrap_or('\u{fffd}');
                        i += c.len_utf8();
                        unicode_class(c)
                    })
                };
                // The alphanumeric flag is the top bit: the wrapping add sheds it, and a word
                // starts where it is set and was not on the previous character.
                lanes = lanes.wrapping_add(p);
                words += ((p & !prev) >> 63) as usize;
                prev = p;
            }
            f.chars += (lanes & LANE) as usize;
            f.letters += ((lanes >> 15) & LANE) as usize;
            f.uppercase += ((lanes >> 30) & LANE) as usize;
            f.digits += ((lanes >> 45) & LANE) as usize;
            f.words += words;
        }
        // Most lines start with an ASCII letter and end on a visible ASCII character that
        // is not trimmed: no character to decode then.
        f.starts_upper = f.uppercase > 0
            && match bytes.first() {
                Some(b) if b.is_ascii_alphabetic() => b.is_ascii_uppercase(),
                // The first letter, read without the Unicode tables when it is in ASCII or
                // Latin-1 (« À …, « Élysée … »).
                _ => text
                    .chars()
                    .find_map(|c| {
                        let class = match u32::from(c) {
                            0..=0x7F => ASCII_CLASS.get(c as usize).copied().unwrap_or(0),
                            n @ 0x80..=0xBF => latin1_symbol_class((n & 0xFF) as u8),
                            n @ 0xC0..=0xFF => latin1_class((n - 0x40) as u8),
                            _ => unicode_class(c),
                        };
                        (class & ALPHA != 0).then_some(class & UPPER != 0)
                    })
                    .unwrap_or(false),
            };
        f.ends_sentence = match bytes.last() {
            Some(&b) if b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b')') => {
                matches!(b, b'.' | b'!' | b'?' | b':' | b';')
            }
            _ => {
                let trimmed = text.trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '»' | '"' | '”' | '’' | '\'' | ')')
                });
                trimmed.ends_with(['.', '!', '?', '…', ':', ';'])
            }
        };
        f
    }

    /// Share of upper-case letters among letters (0 when there are none).
    pub fn upper_ratio(&self) -> f32 {
        if self.letters == 0 {
            0.0
        } else {
            self.uppercase as f32 / self.letters as f32
        }
    }
}

const ALNUM: u8 = 1;
const ALPHA: u8 = 2;
const UPPER: u8 = 4;
const DIGIT: u8 = 8;

/// Class of a character outside ASCII.
fn unicode_class(c: char) -> u8 {
    if c.is_alphabetic() {
        if c.is_uppercase() {
            ALNUM | ALPHA | UPPER
        } else {
            ALNUM | ALPHA
        }
    } else if c.is_numeric() {
        ALNUM
    } else {
        0
    }
}

/// Class of U+0080–U+00BF from the second byte of its UTF-8 form (`0xC2`, `n`): the
/// letters ª µ º (lower-case) and the numbers ² ³ ¹ ¼ ½ ¾; the rest is neither.
fn latin1_symbol_class(n: u8) -> u8 {
    match n {
        0xAA | 0xB5 | 0xBA => ALNUM | ALPHA,
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE => ALNUM,
        _ => 0,
    }
}

/// Class of U+00C0–U+00FF from the second byte of its UTF-8 form (`0xC3`, `n`).
fn latin1_class(n: u8) -> u8 {
    match n {
        0x97 | 0xB7 => 0,
        ..=0x9E => ALNUM | ALPHA | UPPER,
        _ => ALNUM | ALPHA,
    }
}

/// The high bit of each byte of a word.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `b` in each byte of a word.
const fn each_byte(b: u8) -> u64 {
    (b as u64) * 0x0101_0101_0101_0101
}

/// What [`Features::of`] counts in up to eight ASCII bytes, read as one word (SWAR: no byte of an
/// ASCII word has its high bit set, so adding at most 0x80 to each byte never carries into the
/// next one, and the high bit of each sum says whether the byte reached the bound).
struct AsciiCounts {
    letters: u64,
    uppercase: u64,
    digits: u64,
    word_starts: u32,
    ends_alnum: bool,
}

impl AsciiCounts {
    /// The counts of the first `k` bytes (1 to 8) of `x`, which are ASCII.
    fn of(x: u64, k: u32, after_alnum: bool) -> AsciiCounts {
        // The bytes past the first `k` become NUL, which counts as nothing.
        let x = x & (u64::MAX >> (64 - 8 * k.clamp(1, 8)));
        // High bit of each byte set when the byte is at least `c`.
        let at_least = |c: u8| x.wrapping_add(each_byte(0x80 - c)) & HIGH_BITS;
        let upper = at_least(b'A') & !at_least(b'Z' + 1);
        let lower = at_least(b'a') & !at_least(b'z' + 1);
        let digit = at_least(b'0') & !at_least(b'9' + 1);
        let alpha = upper | lower;
        let alnum = alpha | digit;
        // A word starts at an alphanumeric byte whose previous byte is not one.
        let before = (alnum << 8) | if after_alnum { 0x80 } else { 0 };
        // How many bytes have their high bit set: one multiply adds the bytes' bits up in the
        // top byte (no `popcnt` on the baseline x86-64 target).
        let count = |m: u64| (m >> 7).wrapping_mul(each_byte(1)) >> 56;
        AsciiCounts {
            letters: count(alpha),
            uppercase: count(upper),
            digits: count(digit),
            word_starts: count(alnum & !before) as u32,
            ends_alnum: (alnum >> (8 * k.clamp(1, 8) - 1)) & 1 != 0,
        }
    }
}

/// One lane of the packed counters of [`Features::of`].
const LANE: u64 = (1 << 15) - 1;

/// A character class as packed counters: characters in bit 0, letters in bit 15, upper-case
/// letters in bit 30, digits in bit 45, and the alphanumeric flag in bit 63.
const fn pack(class: u8) -> u64 {
    let mut p = 1u64;
    if class & ALPHA != 0 {
        p |= 1 << 15;
    }
    if class & UPPER != 0 {
        p |= 1 << 30;
    }
    if class & DIGIT != 0 {
        p |= 1 << 45;
    }
    if class & ALNUM != 0 {
        p |= 1 << 63;
    }
    p
}

/// [`ASCII_CLASS`] packed (see [`pack`]).
static ASCII_PACK: [u64; 128] = {
    let mut t = [0u64; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = pack(ASCII_CLASS[b]);
        b += 1;
    }
    t
};

/// Character classes of the ASCII bytes, for [`Features::of`].
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | ALPHA | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | ALPHA
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// What the HTML segmenter knows about a block's element. Absent on text-dump blocks.
///
/// It is small and holds no strings: the element's tag path and class/id tokens are read from
/// the page's element table on demand, with [`Document::tag_path`] and
/// [`Document::html_tokens`], so that a page of thousands of blocks does not allocate them for
/// every block.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct HtmlInfo {
    /// Share of the block's characters that sit inside `<a>` elements.
    pub link_density: f32,
    /// Depth of the element in the DOM.
    pub depth: usize,
    /// Index of the block's element in the page's element table (document order), for
    /// filters that weigh DOM evidence.
    pub node: usize,
    /// The block's text is in the page's structured data (JSON-LD `articleBody`).
    pub structured: bool,
    /// The block was made from the JSON-LD `articleBody`, not from an element: the page
    /// showed almost none of its article in its markup (it draws it with scripts).
    pub from_json_ld: bool,
}

/// One unit of text as a reader sees it: a line of a dump, a paragraph, a heading, a caption …
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Block {
    /// Its index in [`Document::blocks`].
    pub id: BlockId,
    /// What kind of block it is.
    pub kind: BlockKind,
    /// Where it came from: for a text dump, the exact bytes of its text in the input; for HTML,
    /// the bytes of the element's text in the input as far as the parser reports them.
    pub span: Span,
    /// Features of the text, computed once.
    pub features: Features,
    /// DOM evidence, for blocks that come from HTML.
    pub html: Option<HtmlInfo>,
    text: Range<usize>,
    removed: Option<usize>,
    /// Function-word counts of the block's sample, kept by the language guess for the region
    /// filter (see [`crate::filters::region`]); `None` until computed, and again whenever the
    /// text changes.
    pub(crate) sample_words: Option<crate::lang::SampleCounts>,
    /// See [`Block::first_copy`]; [`NO_COPY`] for none. A `u32`: it sits in the padding after
    /// `kind`, so a block is no larger for it.
    first_copy: u32,
}

/// [`Block::first_copy`] unknown.
const NO_COPY: u32 = u32::MAX;

impl Block {
    /// Whether the block has been removed from the body.
    pub fn is_removed(&self) -> bool {
        self.removed.is_some()
    }
    /// Index in [`Document::removed`] of the record that removed this block, if any.
    pub fn removal(&self) -> Option<usize> {
        self.removed
    }
    pub(crate) fn text_range(&self) -> Range<usize> {
        self.text.clone()
    }
    /// The first block of the document whose text is the same as this block's, as the text
    /// reader compared them (the block itself when no earlier block has its text): blocks with
    /// the same `first_copy` have the same text, and blocks with the same text have the same
    /// `first_copy` when both have one. `None` when the reader did not compare the block's text
    /// (HTML blocks, long lines, a hash shared by two different texts) and once the text
    /// changed.
    pub(crate) fn first_copy(&self) -> Option<BlockId> {
        (self.first_copy != NO_COPY).then_some(self.first_copy as BlockId)
    }
}

/// Kinds of fact that a block can be turned into (see [`Reason::Fact`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum FactKind {
    /// The title.
    Title,
    /// A declared reading time ("1 min de lecture").
    ReadingTime,
    /// A video or audio duration ("- 01m48s").
    MediaDuration,
    /// A photo caption.
    Caption,
    /// A credit line ("Crédit : AFP").
    Credit,
    /// A byline ("Par Jean Dupont").
    Byline,
    /// A publication or update date line.
    Date,
    /// A dateline ("PARIS (AFP) -").
    Dateline,
}

impl FactKind {
    /// Short machine-readable name, e.g. `reading_time`.
    pub fn code(&self) -> &'static str {
        match self {
            FactKind::Title => "title",
            FactKind::ReadingTime => "reading_time",
            FactKind::MediaDuration => "media_duration",
            FactKind::Caption => "caption",
            FactKind::Credit => "credit",
            FactKind::Byline => "byline",
            FactKind::Date => "date",
            FactKind::Dateline => "dateline",
        }
    }
}

/// Why a block (or part of one) left the body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Menus, skip links, bare controls ("Menu", "Rechercher").
    Navigation,
    /// Breadcrumb trail or section kicker above the title.
    Breadcrumb,
    /// Newsletter sign-up prompt.
    Newsletter,
    /// Browser-notification or alert prompt.
    Notification,
    /// Account, login or sign-up prompt.
    Account,
    /// Subscription offer.
    Subscription,
    /// Paywall badge or truncation notice.
    Paywall,
    /// Site welcome banner ("Bienvenue sur …").
    Welcome,
    /// Cookie or consent text.
    Cookie,
    /// "Lire aussi" / "Read more" teaser, related or most-read list.
    Teaser,
    /// Share, social or article-tool row.
    Share,
    /// Advertising label or sponsored content.
    Advertising,
    /// Comment section: counters, forms, comment headers and bodies.
    Comments,
    /// Tags and topic lists.
    Tags,
    /// Footer, copyright and legal lines.
    Footer,
    /// App prompts, widgets (weather, "today" date), leaked code.
    Widget,
    /// The same text appears more than once on the page.
    Duplicate,
    /// Before the article starts (header chrome) by position.
    BeforeArticle,
    /// After the article ends (footer chrome) by position.
    AfterArticle,
    /// DOM evidence: a class or id token such as `nav`, `comment`, `share`.
    Markup(Cow<'static, str>),
    /// DOM evidence: mostly link text.
    LinkDensity,
    /// Too short, too few stopwords or too far from the main text to be body (jusText-style).
    LowTextDensity,
    /// Turned into a fact of the article (kept in the facts, not lost).
    Fact(FactKind),
    /// A rule of the user's, with its own label.
    Custom(Cow<'static, str>),
}

impl Reason {
    /// Short machine-readable name used in the JSON output, e.g. `newsletter`, `fact:caption`,
    /// `markup:comment`, `custom:my-label`.
    pub fn code(&self) -> Cow<'static, str> {
        let s: &'static str = match self {
            Reason::Navigation => "navigation",
            Reason::Breadcrumb => "breadcrumb",
            Reason::Newsletter => "newsletter",
            Reason::Notification => "notification",
            Reason::Account => "account",
            Reason::Subscription => "subscription",
            Reason::Paywall => "paywall",
            Reason::Welcome => "welcome",
            Reason::Cookie => "cookie",
            Reason::Teaser => "teaser",
            Reason::Share => "share",
            Reason::Advertising => "advertising",
            Reason::Comments => "comments",
            Reason::Tags => "tags",
            Reason::Footer => "footer",
            Reason::Widget => "widget",
            Reason::Duplicate => "duplicate",
            Reason::BeforeArticle => "before-article",
            Reason::AfterArticle => "after-article",
            Reason::LinkDensity => "link-density",
            Reason::LowTextDensity => "low-text-density",
            Reason::Markup(t) => return Cow::Owned(format!("markup:{t}")),
            Reason::Fact(k) => return Cow::Owned(format!("fact:{}", k.code())),
            Reason::Custom(t) => return Cow::Owned(format!("custom:{t}")),
        };
        Cow::Borrowed(s)
    }

    /// Whether this removal turned the block into a fact rather than discarding it.
    pub fn is_fact(&self) -> bool {
        matches!(self, Reason::Fact(_))
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Reason::Navigation => "navigation or menu",
            Reason::Breadcrumb => "breadcrumb or section kicker",
            Reason::Newsletter => "newsletter prompt",
            Reason::Notification => "notification prompt",
            Reason::Account => "account or login prompt",
            Reason::Subscription => "subscription offer",
            Reason::Paywall => "paywall notice",
            Reason::Welcome => "site welcome banner",
            Reason::Cookie => "cookie or consent text",
            Reason::Teaser => "related-content teaser",
            Reason::Share => "share or social row",
            Reason::Advertising => "advertising",
            Reason::Comments => "comment section",
            Reason::Tags => "tags or topics",
            Reason::Footer => "footer or legal line",
            Reason::Widget => "widget, app prompt or leaked code",
            Reason::Duplicate => "repeated on the page",
            Reason::BeforeArticle => "before the article",
            Reason::AfterArticle => "after the article",
            Reason::LinkDensity => "mostly links",
            Reason::LowTextDensity => "too little running text",
            Reason::Markup(t) => return write!(f, "page chrome (markup: {t})"),
            Reason::Fact(k) => return write!(f, "fact: {}", k.code().replace('_', " ")),
            Reason::Custom(t) => return write!(f, "{t}"),
        };
        f.write_str(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

/// The filter name of removals made while a document is read, before any filter runs.
static INPUT_FILTER: once_cell::sync::Lazy<Arc<str>> =
    once_cell::sync::Lazy::new(|| Arc::from("input"));

/// A page cut into blocks, with what the filters have found so far.
#[derive(Clone)]
pub struct Document {
    source: SourceKind,
    buf: String,
    blocks: Vec<Block>,
    removed: Log,
    facts: Facts,
    language: Language,
    notes: Vec<InputNote>,
    region: Option<Range<BlockId>>,
    /// Index in the log's filter names of the filter now running.
    current_filter: u32,
    html_tree: Option<Box<crate::input::html::HtmlTree>>,
    /// Changes that leave the lengths of `blocks`, `removed` and `buf` as they were (a removal
    /// relabelled as a fact, a text replaced): with those lengths and the region, whether the
    /// blocks changed ([`Document::edits`]).
    edits: u64,
    /// The fact filters' search scope, shared between them and kept with the state it was
    /// computed on (not part of the document's meaning).
    pub(crate) fact_scope: crate::filters::facts::ScopeCache,
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("source", &self.source)
            .field("blocks", &self.blocks)
            .field("removed", &self.removed())
            .field("facts", &self.facts)
            .field("language", &self.language)
            .field("notes", &self.notes)
            .field("region", &self.region)
            .field("current_filter", &self.current_filter())
            .finish_non_exhaustive()
    }
}

impl Document {
    /// An empty document of the given kind. Fill it with
    /// [`push_block`](Self::push_block), or use the input readers
    /// ([`Document::from_text`], [`Document::from_html`]).
    pub fn new(source: SourceKind) -> Self {
        Document {
            source,
            buf: String::new(),
            blocks: Vec::new(),
            removed: Log {
                records: Vec::new(),
                filters: vec![Arc::clone(&INPUT_FILTER)],
            },
            facts: Facts::default(),
            language: Language::Unknown,
            notes: Vec::new(),
            region: None,
            current_filter: 0,
            html_tree: None,
            edits: 0,
            fact_scope: Default::default(),
        }
    }

    /// Appends a block whose text is `text`. Returns its id.
    pub fn push_block(
        &mut self,
        kind: BlockKind,
        text: &str,
        span: Span,
        html: Option<HtmlInfo>,
    ) -> BlockId {
        let start = self.buf.len();
        self.buf.push_str(text);
        self.push_block_range(kind, start..self.buf.len(), span, html)
    }

    /// Makes room for `n` more blocks (readers that know how many blocks they will push).
    pub(crate) fn reserve_blocks(&mut self, n: usize) {
        self.blocks.reserve(n);
    }

    /// Makes room for `n` more removal records (filters that know how many blocks they will
    /// remove).
    pub(crate) fn reserve_removed(&mut self, n: usize) {
        self.removed.records.reserve(n);
    }

    pub(crate) fn push_block_range(
        &mut self,
        kind: BlockKind,
        text: Range<usize>,
        span: Span,
        html: Option<HtmlInfo>,
    ) -> BlockId {
        let features = Features::of(&self.buf[text.clone()]);
        self.push_block_with_features(kind, text, span, html, features, None)
    }

    /// [`push_block_range`](Self::push_block_range) with the features of the text already
    /// computed (by a reader that met the same text before): they must be
    /// `Features::of(&buffer[text])`; and with the [`Block::first_copy`] the reader found.
    pub(crate) fn push_block_with_features(
        &mut self,
        kind: BlockKind,
        text: Range<usize>,
        span: Span,
        html: Option<HtmlInfo>,
        features: Features,
        first_copy: Option<BlockId>,
    ) -> BlockId {
        let id = self.blocks.len();
        let first_copy = first_copy
            .and_then(|f| u32::try_from(f).ok())
            .unwrap_or(NO_COPY);
        self.blocks.push(Block {
            id,
            kind,
            span,
            features,
            html,
            text,
            removed: None,
            sample_words: None,
            first_copy,
        });
        id
    }

    /// Builds a document whose text buffer is `buf` itself (used by the text reader, which
    /// makes blocks that are slices of the input without copying them).
    pub(crate) fn with_buffer(source: SourceKind, buf: String) -> Self {
        let mut d = Document::new(source);
        d.buf = buf;
        d
    }

    /// How many changes left the lengths of the blocks, the removals and the text buffer as
    /// they were; see the `edits` field.
    pub(crate) fn edits(&self) -> u64 {
        self.edits
    }

    /// The page's element table (HTML documents only).
    pub(crate) fn html_tree(&self) -> Option<&crate::input::html::HtmlTree> {
        self.html_tree.as_deref()
    }

    pub(crate) fn set_html_tree(&mut self, tree: crate::input::html::HtmlTree) {
        self.html_tree = Some(Box::new(tree));
    }

    /// Keeps the function-word counts of block `id`'s sample (see [`Block`]).
    pub(crate) fn set_sample_words(&mut self, id: BlockId, counts: crate::lang::SampleCounts) {
        if let Some(b) = self.blocks.get_mut(id) {
            b.sample_words = Some(counts);
        }
    }

    pub(crate) fn html_info_mut(&mut self, id: BlockId) -> Option<&mut HtmlInfo> {
        self.blocks.get_mut(id)?.html.as_mut()
    }

    pub(crate) fn buffer(&self) -> &str {
        &self.buf
    }

    /// What the input was.
    pub fn source_kind(&self) -> SourceKind {
        self.source
    }

    /// All blocks, removed or not, in input order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// One block.
    pub fn block(&self, id: BlockId) -> Option<&Block> {
        self.blocks.get(id)
    }

    /// The current text of a block.
    pub fn text(&self, block: &Block) -> &str {
        self.buf.get(block.text.clone()).unwrap_or("")
    }

    /// The current text of the block `id` (empty if there is no such block).
    pub fn text_of(&self, id: BlockId) -> &str {
        self.blocks.get(id).map_or("", |b| self.text(b))
    }

    /// The tag path of an HTML block's element: lower-case tag names from the root down,
    /// joined by `>`, at most the sixteen nearest levels after a leading `…` when the element
    /// is deeper (`"html>body>article>p"`). `"script[ld+json]"` for blocks made from the JSON-LD
    /// `articleBody`; `None` for text-dump blocks and unknown ids.
    ///
    /// ```
    /// use newsclean::{Document, Limits};
    /// let doc = Document::from_html("<article><p>Un paragraphe.</p></article>", &Limits::default())?;
    /// assert_eq!(doc.tag_path(0).as_deref(), Some("html>body>article>p"));
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn tag_path(&self, id: BlockId) -> Option<String> {
        let info = self.blocks.get(id)?.html?;
        if info.from_json_ld {
            return Some("script[ld+json]".to_owned());
        }
        Some(self.html_tree()?.tag_path(info.node as u32))
    }

    /// The lower-case class and id tokens of an HTML block's element and of its five nearest
    /// ancestors, the outermost first (`["story", "story-body"]`). `["articlebody"]` for blocks
    /// made from the JSON-LD `articleBody`; empty for text-dump blocks and unknown ids.
    ///
    /// ```
    /// use newsclean::{Document, Limits};
    /// let page = r#"<div id="Main" class="story"><p class="lead">Un paragraphe.</p></div>"#;
    /// let doc = Document::from_html(page, &Limits::default())?;
    /// assert_eq!(doc.html_tokens(0), ["story", "main", "lead"]);
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn html_tokens(&self, id: BlockId) -> Vec<&str> {
        let Some(info) = self.blocks.get(id).and_then(|b| b.html) else {
            return Vec::new();
        };
        if info.from_json_ld {
            return vec!["articlebody"];
        }
        self.html_tree()
            .map_or_else(Vec::new, |t| t.tokens_near(info.node as u32))
    }

    /// Blocks still in the body, in order, with their text.
    pub fn body(&self) -> impl Iterator<Item = (&Block, &str)> + '_ {
        self.blocks
            .iter()
            .filter(|b| b.removed.is_none())
            .map(move |b| (b, self.text(b)))
    }

    /// Ids of the blocks still in the body, in order.
    pub fn body_ids(&self) -> Vec<BlockId> {
        self.body().map(|(b, _)| b.id).collect()
    }

    /// Everything removed so far, in the order of removal.
    pub fn removed(&self) -> Removals<'_> {
        self.removed.view(&self.buf)
    }

    /// The language the pipeline runs with (detected or fixed).
    pub fn language(&self) -> Language {
        self.language
    }

    /// Sets the language (the pipeline does it before the first filter).
    pub fn set_language(&mut self, language: Language) {
        self.language = language;
    }

    /// Notes about how the input was read (lossy decoding …).
    pub fn notes(&self) -> &[InputNote] {
        &self.notes
    }

    /// Adds a note about the input.
    pub fn add_note(&mut self, note: InputNote) {
        self.notes.push(note);
    }

    /// Facts found so far.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Facts found so far, to add to them.
    pub fn facts_mut(&mut self) -> &mut Facts {
        &mut self.facts
    }

    /// The run of blocks that an earlier filter found to hold the article (first to last block,
    /// removed blocks included), if one has.
    pub fn region(&self) -> Option<Range<BlockId>> {
        self.region.clone()
    }

    /// Records the run of blocks that holds the article, for later filters to use.
    pub fn set_region(&mut self, region: Range<BlockId>) {
        let end = region.end.min(self.blocks.len());
        self.region = Some(region.start.min(end)..end);
    }

    /// The name of the filter now running (recorded with each removal).
    pub fn current_filter(&self) -> &str {
        removals::filter_name(&self.removed.filters, self.current_filter)
    }

    /// Records later removals under `name`, shared with the caller: a filter's name is not
    /// copied for every page.
    pub(crate) fn set_current_filter_shared(&mut self, name: &Arc<str>) {
        self.current_filter = self.removed.filter_index(name);
    }

    /// Removes block `id` from the body with `reason`. Returns `false` (and changes nothing)
    /// when the block does not exist or is already removed: the first reason wins.
    pub fn remove(&mut self, id: BlockId, reason: Reason) -> bool {
        let Some(block) = self.blocks.get(id) else {
            return false;
        };
        if block.removed.is_some() {
            return false;
        }
        let text = block.text.clone();
        let span = block.span;
        let idx = self.removed.records.len();
        self.removed.records.push(Record {
            text,
            reason,
            filter: self.current_filter,
            block: id,
            span,
        });
        self.blocks[id].removed = Some(idx);
        true
    }

    /// Takes block `id` out of the body as a fact of kind `kind`. If the block was already
    /// removed as chrome, its removal record is relabelled: a fact wins over a boilerplate
    /// reason, since nothing is lost that way. Returns `false` when there is no such block.
    pub fn take_as_fact(&mut self, id: BlockId, kind: FactKind) -> bool {
        let Some(block) = self.blocks.get(id) else {
            return false;
        };
        match block.removed {
            Some(idx) => {
                let filter = self.current_filter;
                if let Some(r) = self.removed.records.get_mut(idx) {
                    if !r.reason.is_fact() {
                        r.reason = Reason::Fact(kind);
                        r.filter = filter;
                        self.edits += 1;
                    }
                }
                true
            }
            None => self.remove(id, Reason::Fact(kind)),
        }
    }

    /// Cuts the first `len` bytes of block `id`'s text (a glued teaser, a kicker, a credit …)
    /// into a removal record with `reason`; the rest of the block stays. `len` is moved down to
    /// a character boundary. Leading white space left on the block is trimmed. Returns `false`
    /// when nothing was cut.
    pub fn strip_prefix(&mut self, id: BlockId, len: usize, reason: Reason) -> bool {
        self.strip(id, len, true, reason)
    }

    /// Cuts the last `len` bytes of block `id`'s text into a removal record (see
    /// [`strip_prefix`](Self::strip_prefix)).
    pub fn strip_suffix(&mut self, id: BlockId, len: usize, reason: Reason) -> bool {
        self.strip(id, len, false, reason)
    }

    fn strip(&mut self, id: BlockId, len: usize, prefix: bool, reason: Reason) -> bool {
        let Some(block) = self.blocks.get(id) else {
            return false;
        };
        if block.removed.is_some() || len == 0 {
            return false;
        }
        let text = self.buf.get(block.text.clone()).unwrap_or("");
        if len >= text.len() {
            return self.remove(id, reason);
        }
        let mut cut = if prefix { len } else { text.len() - len };
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = text.split_at(cut);
        let (gone, kept) = if prefix { (head, tail) } else { (tail, head) };
        let gone_trimmed = gone.trim();
        if gone_trimmed.is_empty() {
            return false;
        }
        let kept_trimmed = if prefix {
            kept.trim_start()
        } else {
            kept.trim_end()
        };
        if kept_trimmed.is_empty() {
            return self.remove(id, reason);
        }
        // Offsets of the kept text inside the block text.
        let kept_start = if prefix {
            text.len() - kept_trimmed.len()
        } else {
            0
        };
        let kept_end = kept_start + kept_trimmed.len();
        let gone_off = gone.as_ptr() as usize - text.as_ptr() as usize
            + (gone.len() - gone.trim_start().len());
        let verbatim = self.source == SourceKind::Text;
        let block = &mut self.blocks[id];
        let base = block.text.start;
        let gone_text = base + gone_off..base + gone_off + gone_trimmed.len();
        let old_span = block.span;
        let gone_span = if verbatim {
            Span::new(
                old_span.start + gone_off,
                old_span.start + gone_off + gone_trimmed.len(),
            )
        } else {
            old_span
        };
        if verbatim {
            block.span = Span::new(old_span.start + kept_start, old_span.start + kept_end);
        }
        block.text = base + kept_start..base + kept_end;
        let features = Features::of(&self.buf[base + kept_start..base + kept_end]);
        self.blocks[id].features = features;
        self.blocks[id].sample_words = None;
        self.blocks[id].first_copy = NO_COPY;
        self.removed.records.push(Record {
            text: gone_text,
            reason,
            filter: self.current_filter,
            block: id,
            span: gone_span,
        });
        true
    }

    /// Replaces the text of block `id` (for normalising filters such as a typography filter).
    /// The span is left as it was. Returns `false` when there is no such block.
    pub fn replace_text(&mut self, id: BlockId, text: &str) -> bool {
        if id >= self.blocks.len() {
            return false;
        }
        let start = self.buf.len();
        self.buf.push_str(text);
        self.edits += 1;
        let features = Features::of(text);
        let block = &mut self.blocks[id];
        block.text = start..start + text.len();
        block.features = features;
        block.sample_words = None;
        block.first_copy = NO_COPY;
        true
    }

    /// Changes the kind of block `id` (a line found to be a heading, a caption …).
    pub fn set_kind(&mut self, id: BlockId, kind: BlockKind) {
        if let Some(b) = self.blocks.get_mut(id) {
            b.kind = kind;
        }
    }

    pub(crate) fn into_parts(self) -> (String, Vec<Block>, Log, Facts, Language, Vec<InputNote>) {
        (
            self.buf,
            self.blocks,
            self.removed,
            self.facts,
            self.language,
            self.notes,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_and_end_of_a_line_with_and_without_decoding() {
        let cases = [
            ("Bonjour.", true, true),
            ("bonjour)", false, false),
            ("Il a dit : « Oui. »", true, true),
            ("« Oui », a-t-il dit.)", true, true),
            ("1 Paris", true, false),
            ("12 34", false, false),
            ("Élysée :", true, true),
            ("état\u{a0};", false, true),
            ("Fin\t", true, false),
            ("Suite…", true, true),
            ("x'", false, false),
        ];
        for (text, upper, ends) in cases {
            let f = Features::of(text);
            assert_eq!((f.starts_upper, f.ends_sentence), (upper, ends), "{text:?}");
        }
    }

    fn doc(lines: &[&str]) -> Document {
        let mut d = Document::new(SourceKind::Html);
        for l in lines {
            d.push_block(BlockKind::Paragraph, l, Span::default(), None);
        }
        d
    }

    #[test]
    fn first_reason_wins_and_fact_relabels() {
        let mut d = doc(&["Crédit : AFP", "Body text."]);
        let (region, credits): (Arc<str>, Arc<str>) = (Arc::from("region"), Arc::from("credits"));
        d.set_current_filter_shared(&region);
        assert!(d.remove(0, Reason::BeforeArticle));
        assert!(!d.remove(0, Reason::Footer));
        assert_eq!(
            d.removed().get(0).map(|r| r.reason),
            Some(&Reason::BeforeArticle)
        );
        assert_eq!(d.removed().get(0).map(|r| r.filter), Some("region"));
        d.set_current_filter_shared(&credits);
        assert!(d.take_as_fact(0, FactKind::Credit));
        // The fact wins, and the record now names the filter that took it.
        assert_eq!(
            d.removed().get(0).map(|r| (r.reason, r.filter)),
            Some((&Reason::Fact(FactKind::Credit), "credits"))
        );
        assert_eq!(d.removed().len(), 1);
        assert_eq!(d.body().count(), 1);
    }

    #[test]
    fn strip_prefix_keeps_the_rest() {
        let mut d = doc(&["À lire aussi Un titre. Le corps commence ici."]);
        let n = "À lire aussi Un titre.".len();
        assert!(d.strip_prefix(0, n, Reason::Teaser));
        assert_eq!(d.text_of(0), "Le corps commence ici.");
        assert_eq!(
            d.removed().get(0).map(|r| r.text),
            Some("À lire aussi Un titre.")
        );
        // A length inside a multi-byte character is moved to a boundary, never panics.
        assert!(d.strip_suffix(0, 1000, Reason::Footer));
        assert!(d.block(0).is_some_and(|b| b.is_removed()));
    }

    #[test]
    fn removal_records_keep_their_text_and_filter_through_later_edits() {
        let mut d = doc(&["Partager", "Crédit : AFP Le ministre a parlé.", "Fin."]);
        let rules: Arc<str> = Arc::from("line-rules");
        let credits: Arc<str> = Arc::from("credits");
        d.set_current_filter_shared(&rules);
        assert!(d.remove(0, Reason::Share));
        d.set_current_filter_shared(&credits);
        assert!(d.strip_prefix(1, "Crédit : AFP".len(), Reason::Fact(FactKind::Credit)));
        // The block's text is replaced after the cut: the record still reads what was cut.
        assert!(d.replace_text(1, "Le ministre a parlé lundi."));
        d.set_current_filter_shared(&rules);
        assert!(d.remove(2, Reason::Footer));
        let got: Vec<(&str, &str, Reason)> = d
            .removed()
            .iter()
            .map(|r| (r.text, r.filter, r.reason.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("Partager", "line-rules", Reason::Share),
                ("Crédit : AFP", "credits", Reason::Fact(FactKind::Credit)),
                ("Fin.", "line-rules", Reason::Footer),
            ]
        );
        // Each filter's name is kept once, not per removal.
        assert_eq!(d.removed.filters.len(), 3);
        // The article lists them in input order, with the same text, out of one string.
        d.remove(1, Reason::Footer);
        let a = crate::Article::from_document(d);
        let texts: Vec<&str> = a.removed().iter().map(|r| r.text).collect();
        assert_eq!(
            texts,
            [
                "Partager",
                "Crédit : AFP",
                "Le ministre a parlé lundi.",
                "Fin."
            ]
        );
        assert_eq!(a.removed().len(), 4);
        assert_eq!(a.removed().iter().next_back().map(|r| r.block), Some(2));
        // Articles compare their logs by what they list, not by how the text is stored.
        let same = |texts: &[&str]| {
            let mut d = doc(texts);
            d.remove(0, Reason::Share);
            crate::Article::from_document(d)
        };
        assert_eq!(same(&["Partager", "Corps."]), same(&["Partager", "Corps."]));
        assert_ne!(same(&["Partager", "Corps."]), same(&["Imprimer", "Corps."]));
    }

    #[test]
    fn pieces_cut_from_one_html_block_are_listed_in_text_order() {
        // On HTML a cut piece keeps its block's span: the order inside the block comes from
        // where the piece's text lies, whatever order the cuts were made in.
        let mut d = Document::new(SourceKind::Html);
        d.push_block(
            BlockKind::Paragraph,
            "AAAA le corps du texte ZZZZ",
            Span::new(10, 40),
            None,
        );
        assert!(d.strip_suffix(0, 4, Reason::Footer));
        assert!(d.strip_prefix(0, 4, Reason::Teaser));
        let a = crate::Article::from_document(d);
        let got: Vec<&str> = a.removed().iter().map(|r| r.text).collect();
        assert_eq!(got, ["AAAA", "ZZZZ"]);
        assert_eq!(a.paragraphs, ["le corps du texte"]);
    }

    #[test]
    fn latin1_classes_are_those_of_the_unicode_tables() {
        for n in 0x80u32..=0xFF {
            let Some(c) = char::from_u32(n) else {
                continue;
            };
            let mut utf8 = [0u8; 2];
            c.encode_utf8(&mut utf8);
            let class = if n < 0xC0 {
                latin1_symbol_class(utf8[1])
            } else {
                latin1_class(utf8[1])
            };
            assert_eq!(class, unicode_class(c), "{c:?}");
        }
        // The first letter decides, wherever it is.
        for (text, upper) in [
            ("« Élysée »", true),
            ("« élysée »", false),
            ("\u{a0}ª Oui", false),
            ("² Été", true),
            ("— Жizn", true),
            ("12 été 2", false),
        ] {
            assert_eq!(Features::of(text).starts_upper, upper, "{text:?}");
        }
    }

    #[test]
    fn features_count_words_and_case() {
        let f = Features::of("L'État a dit « non ».");
        assert_eq!(f.words, 5);
        assert!(f.starts_upper);
        assert!(f.ends_sentence);
        assert_eq!(Features::of("- 01m48s").digits, 4);
    }

    #[test]
    fn features_of_a_long_line_add_up() {
        // Far past the 32 767 bytes after which the packed counters are emptied, with words
        // and two-byte letters across every such boundary.
        let unit = "Été 42 a";
        let n = 20_000;
        let f = Features::of(&unit.repeat(n));
        assert_eq!(f.chars, 8 * n);
        // Three words a unit, but "aÉté" joins the last word of a unit to the first of the
        // next one.
        assert_eq!(f.words, 2 * n + 1);
        assert_eq!(f.letters, 4 * n);
        assert_eq!(f.uppercase, n);
        assert_eq!(f.digits, 2 * n);
        let g = Features::of(&"Été 42 a".repeat(2));
        assert_eq!(
            (g.chars, g.words, g.letters, g.uppercase, g.digits),
            (16, 5, 8, 2, 4)
        );
    }

    #[test]
    fn features_agree_with_their_definition_on_random_text() {
        // Eight-byte ASCII runs are counted word-wise, the rest character by character: mixes
        // of both, cut anywhere, must count as the definitions say.
        // With every character of U+00C0–U+00FF (× and ÷ among them, which are not letters)
        // and others of two, three and four bytes (ſ and the Kelvin sign K among them).
        let alphabet: Vec<char> = "aZ9 .,'-\n\t_é’É«»\u{a0}Ωж日1xyzQabcdefghIJKLM 0123456789"
            .chars()
            .chain('\u{C0}'..='\u{FF}')
            .chain("ªµº²¼ĀœŒſK€😀".chars())
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..10_000 {
            let len = (next() % 80) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let f = Features::of(&text);
            let mut words = 0;
            let mut prev = false;
            for c in text.chars() {
                let a = c.is_alphanumeric();
                words += usize::from(a && !prev);
                prev = a;
            }
            assert_eq!(f.chars, text.chars().count(), "{text:?}");
            assert_eq!(f.words, words, "{text:?}");
            assert_eq!(
                f.letters,
                text.chars().filter(|c| c.is_alphabetic()).count()
            );
            assert_eq!(
                f.uppercase,
                text.chars()
                    .filter(|c| c.is_alphabetic() && c.is_uppercase())
                    .count()
            );
            assert_eq!(f.digits, text.chars().filter(char::is_ascii_digit).count());
        }
    }

    #[test]
    fn latin1_and_punctuation_shortcuts_agree_with_unicode() {
        let chars = ('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{206F}');
        for c in chars {
            let f = Features::of(&format!("a{c}a"));
            let alnum = c.is_alphanumeric();
            assert_eq!(f.words, if alnum { 1 } else { 2 }, "{c:?}");
            assert_eq!(f.letters, 2 + usize::from(c.is_alphabetic()), "{c:?}");
            assert_eq!(f.uppercase, usize::from(c.is_uppercase()), "{c:?}");
            assert_eq!(f.chars, 3, "{c:?}");
        }
    }
}
