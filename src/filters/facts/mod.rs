//! Article facts: photo credits and captions, bylines, dates, declared reading time, media
//! durations, datelines, and an estimated reading time.
//!
//! Each fact has a parser that works on one line of text and can be called on its own
//! ([`parse_credit`], [`split_caption_credit`], [`parse_byline`], [`parse_date`],
//! [`parse_date_line`], [`parse_reading_time`], [`parse_duration`], [`parse_dateline`]), and a
//! filter that finds the lines where the parser applies and takes them out of the body with
//! [`Reason::Fact`]. [`standard`] lists the filters in the order the default pipeline runs them.
//!
//! ## Where the filters look
//!
//! Position matters: "Par X" in a related-articles list or a comment header is not the
//! article's byline, and a date in a "today" widget is not its date. When an earlier filter
//! has found the article's run of blocks ([`Document::region`]), the filters look at
//!
//! * the **head**: up to 15 lines before the region (stopping at navigation, comments and
//!   footers; skipping other chrome, single teaser lines included, without taking it), and
//!   the region's lines before its first paragraph of running text;
//! * the **inside** of the region (captions, credits, video durations);
//! * the **tail**: the last body line and up to three lines after the region (a signature, a
//!   photo credit at the end), stopping at the first teaser, tag or other chrome that ends
//!   the head.
//!
//! Without a region, the head is the 15 lines before the first paragraph of running text and
//! the inside runs to the last such paragraph. In both cases the short lines right after the
//! first paragraph (a standfirst is often followed by the byline and the date) join the head.
//!
//! Only blocks still in the body, or removed for a positional reason
//! ([`Reason::BeforeArticle`], [`Reason::AfterArticle`], [`Reason::LowTextDensity`],
//! [`Reason::Duplicate`]), are taken as facts; a block removed as a teaser or a comment stays
//! what it is. One exception: a credit-shaped line removed as a footer by its text alone
//! ("© AFP" under a photo) is a credit when it sits in the head or the body.
//!
//! Values already present in [`Facts`](crate::Facts) (from HTML metadata) are kept: bylines
//! and dates are filled only when empty (or, for bylines, when no metadata value is
//! name-shaped: a site's domain as author); credits and captions are added without repeats.
//!
//! ```
//! use newsclean::{filters::facts, Pipeline};
//! let mut b = Pipeline::builder();
//! for f in facts::standard() {
//!     b = b.add_shared(f);
//! }
//! let p = b.build()?;
//! let a = p.clean_text("Par Jean Dupont\nPublié le 21/12/2015 à 18h30\n2 min de lecture\nLe ministre de la Défense a rencontré lundi son homologue russe à Moscou pour parler de la Syrie et du terrorisme.")?;
//! assert_eq!(a.bylines, ["Jean Dupont"]);
//! assert_eq!(a.published.as_deref(), Some("2015-12-21T18:30:00"));
//! assert_eq!(a.reading_time.declared_secs, Some(120));
//! assert_eq!(a.paragraphs.len(), 1);
//! # Ok::<(), newsclean::Error>(())
//! ```

use std::borrow::Cow;
use std::sync::Arc;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::article::Caption;
use crate::document::{BlockId, BlockKind, Document, FactKind, Reason};
use crate::error::BoxError;
use crate::filters::gate::Gated;
use crate::lang::Language;
use crate::pipeline::Filter;

mod byline;
mod credit;
mod date;
mod dateline;
mod duration;
mod estimate;
mod reading_time;
mod separators;

pub use byline::{parse_byline, parse_name_line};
pub use credit::{parse_credit, split_caption_credit, AGENCIES};
pub use date::{is_valid_date, parse_date, parse_date_line, DateLine, Stamp, StampRole};
pub use dateline::parse_dateline;
pub use duration::parse_duration;
pub use estimate::{count_words, EstimatedReadingTime};
pub use reading_time::{find_reading_time, parse_reading_time};

/// What a pattern of this module that fails to compile becomes: a regex that matches
/// nothing. Debug builds (and so the tests) stop on it instead, so a typo cannot slip by.
pub(crate) fn bad_pattern(e: regex::Error) -> Regex {
    debug_assert!(false, "bad pattern: {e}");
    never()
}

pub(crate) fn never() -> Regex {
    // Every pattern of this module is a literal exercised by the unit tests, so this is not
    // reached; it keeps a typo from turning into a panic in a user's program.
    Regex::new("$^").unwrap_or_else(|_| unreachable!())
}

/// An author value from HTML metadata as a byline, or `None` when it is not a person's or an
/// agency's name: a URL, a handle, a domain, the site's own name, a placeholder in capitals
/// ("FAIL"), a phrase with lower-case words, or a "Last, First" entry of a catalogue (its
/// order is the catalogue's, not a byline's). A leading "By " / "Par " goes.
pub(crate) fn metadata_name(value: &str, site: Option<&str>) -> Option<String> {
    let v = value.trim();
    let v = ["By ", "by ", "BY ", "Par ", "par ", "PAR "]
        .iter()
        .find_map(|p| v.strip_prefix(p))
        .unwrap_or(v)
        .trim();
    // "Name (handle)": the name before the parenthesis. A parenthesis holding an address
    // ("Deutsche Welle (www.dw.com)") says the value is a site, and is kept to be refused.
    let v = match v.split_once(" (") {
        Some((name, rest))
            if rest.ends_with(')') && !rest.contains('.') && !name.trim().is_empty() =>
        {
            name.trim()
        }
        _ => v,
    };
    if v.is_empty()
        || v.chars().count() > 80
        || v.contains("http")
        || v.contains("www.")
        || v.starts_with('@')
        || v.split_whitespace().any(is_domain)
        || site.is_some_and(|s| s.trim().eq_ignore_ascii_case(v))
    {
        return None;
    }
    if credit::is_agency(v) {
        return Some(v.to_owned());
    }
    let letters = v.chars().filter(|c| c.is_alphabetic());
    let shouting = v.chars().any(char::is_alphabetic) && letters.clone().all(char::is_uppercase);
    if shouting && !v.contains(char::is_whitespace) {
        return None;
    }
    if v.contains(',') {
        // "Kooman, F.", "Jong, Michiel de": one surname and a first name or initials.
        let parts: Vec<&str> = v.split(',').map(str::trim).collect();
        let catalogue = parts.len() == 2
            && parts
                .iter()
                .any(|p| p.split_whitespace().count() == 1 || p.ends_with('.'));
        let names = parts.iter().all(|p| name_shaped(p));
        return (!catalogue && names).then(|| v.to_owned());
    }
    name_shaped(v).then(|| v.to_owned())
}

/// Whether `s` holds more than `n` characters. A text holds no more characters than bytes:
/// one of at most `n` bytes is not counted; in a longer one, the count stops at the
/// (`n` + 1)th character.
fn longer_than(s: &str, n: usize) -> bool {
    s.len() > n && s.chars().nth(n).is_some()
}

/// "mesopinions.com", "Example.fr": a word ending in a dot and a top-level domain.
fn is_domain(w: &str) -> bool {
    w.rsplit_once('.').is_some_and(|(host, tld)| {
        host.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            && (2..=6).contains(&tld.len())
            && tld.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// A person's or an organisation's name as metadata gives it: the byline parser's name test,
/// or capitalised words (scripts without case count as capitalised) with lower-case function
/// words between them ("Organization for Transformative Works").
fn name_shaped(v: &str) -> bool {
    if byline::name_ok(v) {
        return true;
    }
    let words: Vec<&str> = v.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 7
        || v.chars().any(|c| c.is_ascii_digit())
        || v.contains(['!', '?', ';', ':', '«', '»', '"', '/', '@', '=', '{', '}'])
    {
        return false;
    }
    let last = words.len() - 1;
    words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || (first.is_alphabetic() && !first.is_lowercase())
            || (i > 0
                && i < last
                && [
                    "of", "for", "to", "the", "and", "&", "de", "du", "des", "la", "le", "et",
                ]
                .contains(w))
    })
}

/// The fact filters in the order the default pipeline runs them: credits and captions first
/// (a caption often holds a date), then bylines, dates, declared reading time, media
/// durations, datelines (kept in the text), and the estimated reading time last.
pub fn standard() -> Vec<Arc<dyn Filter>> {
    vec![
        Arc::new(Credits),
        Arc::new(Bylines),
        Arc::new(Dates::default()),
        Arc::new(ReadingTime),
        Arc::new(MediaDurations),
        Arc::new(Datelines::default()),
        Arc::new(EstimatedReadingTime::default()),
    ]
}

// ---------------------------------------------------------------------------------------
// Where to look.

/// Paragraph of running text: where the article head ends.
fn is_running_text(words: usize, chars: usize) -> bool {
    words >= 25 || (words >= 15 && chars >= 120)
}

fn positional(reason: &Reason) -> bool {
    matches!(
        reason,
        Reason::BeforeArticle
            | Reason::AfterArticle
            | Reason::LowTextDensity
            | Reason::Duplicate
            | Reason::Fact(_)
    )
}

fn stops_head(reason: &Reason) -> bool {
    match reason {
        // Tags, breadcrumbs and single teaser lines ("More", "Next story", a "Lire aussi"
        // between the byline and the body) often sit inside the head: skipped, not a stop.
        // Teaser authors stay out through the list-of-bylines check and the page order.
        Reason::Navigation | Reason::Comments | Reason::Footer => true,
        Reason::Markup(t) => has_stop_word(t),
        _ => false,
    }
}

/// Whether a markup reason names navigation, comments, related links, a footer or teasers:
/// one pass over its bytes (this runs for every removed block of a page, for each fact filter),
/// each byte compared only with the keyword that starts with it.
fn has_stop_word(t: &str) -> bool {
    let b = t.as_bytes();
    (0..b.len()).any(|i| {
        let k: &[u8] = match b[i] {
            b'n' => b"nav",
            b'm' => b"menu",
            b'c' => b"comment",
            b'r' => b"related",
            b'f' => b"footer",
            b't' => b"teaser",
            _ => return false,
        };
        b[i..].starts_with(k)
    })
}

/// Whether the line after the body ends the tail: any stop of the head, and teasers and
/// tags (after the body they open related lists).
fn stops_tail(doc: &Document, id: BlockId) -> bool {
    let reason = doc
        .block(id)
        .and_then(|b| b.removal())
        .and_then(|i| doc.removed().get(i))
        .map(|r| r.reason);
    match reason {
        Some(Reason::Teaser | Reason::Tags) => true,
        Some(r) => stops_head(r),
        None => false,
    }
}

/// How a block stands: in the body, removed for a reason that a fact may override, already a
/// fact, or chrome that must stay chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    Body,
    Positional,
    Fact(FactKind),
    /// Removed as a footer line, but credit-shaped: a credit in the head or the body.
    FooterCredit,
    Chrome {
        stops: bool,
    },
}

fn standing(doc: &Document, id: BlockId) -> Standing {
    let Some(b) = doc.block(id) else {
        return Standing::Chrome { stops: true };
    };
    let Some(idx) = b.removal() else {
        return Standing::Body;
    };
    match doc.removed().get(idx).map(|r| r.reason) {
        Some(Reason::Fact(k)) => Standing::Fact(*k),
        Some(r) if positional(r) => Standing::Positional,
        // "© AFP" under a photo matches the footer's copyright rule by its text alone; a
        // credit-shaped line (no year, no "droits réservés") is a credit where position says so.
        Some(Reason::Footer) if parse_credit(doc.text(b)).is_some() => Standing::FooterCredit,
        Some(r) => Standing::Chrome {
            stops: stops_head(r),
        },
        None => Standing::Chrome { stops: true },
    }
}

/// The blocks where facts are looked for.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Scope {
    head: Vec<BlockId>,
    inner: Vec<BlockId>,
    tail: Vec<BlockId>,
    first_paragraph: Option<BlockId>,
}

const HEAD_WINDOW: usize = 15;
const FALLBACK_HEAD: usize = 40;

/// A paragraph of running text: long enough, ending like a sentence (or very long), and not
/// a long byline or date line.
fn running(doc: &Document, id: BlockId) -> bool {
    doc.block(id).is_some_and(|b| {
        let f = &b.features;
        is_running_text(f.words, f.chars)
            && (f.ends_sentence || f.words >= 40)
            && !looks_like_byline(doc.text(b))
    })
}

/// The fact filters' [`Scope`], kept in the [`Document`] between them with the state of the
/// document it was computed on (its [`DocKey`]): the six filters that read it compute it
/// once, unless a change moves it. A fact filter that takes a fact ([`take_fact`]) keeps it
/// when the take cannot move it.
#[derive(Debug, Default, Clone)]
pub(crate) struct ScopeCache(Option<CachedScope>);

#[derive(Debug, Clone)]
struct CachedScope {
    key: DocKey,
    /// The region's last body block (where the tail starts).
    last_body: Option<BlockId>,
    scope: Arc<Scope>,
}

/// What changes whenever a block, a removal, the text buffer or the region changes: blocks
/// are only added, removals only added or relabelled, the buffer only grows, and the
/// document counts relabels and replaced texts ([`Document::edits`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct DocKey {
    blocks: usize,
    removed: usize,
    buffer: usize,
    edits: u64,
    region: Option<std::ops::Range<BlockId>>,
}

fn doc_key(doc: &Document) -> DocKey {
    DocKey {
        blocks: doc.blocks().len(),
        removed: doc.removed().len(),
        buffer: doc.buffer().len(),
        edits: doc.edits(),
        region: doc.region(),
    }
}

/// The scope of `doc`: the one kept in it when the document has not changed since, else
/// computed and kept.
fn shared_scope(doc: &mut Document) -> Arc<Scope> {
    let key = doc_key(doc);
    if let Some(c) = doc.fact_scope.0.as_ref().filter(|c| c.key == key) {
        // Debug builds (every test) check that the kept scope is the one computed afresh.
        debug_assert_eq!(*c.scope, scope(doc), "stale fact scope");
        return Arc::clone(&c.scope);
    }
    let last_body = doc
        .region()
        .and_then(|r| r.rev().find(|&id| standing(doc, id) == Standing::Body));
    let scope = Arc::new(scope(doc));
    doc.fact_scope = ScopeCache(Some(CachedScope {
        key,
        last_body,
        scope: Arc::clone(&scope),
    }));
    scope
}

/// What [`scope`] reads of a block that taking it as a fact can change: whether it is
/// removed and by which record, and that record's reason as far as it matters (a fact, or
/// positional).
#[derive(Debug, PartialEq, Eq)]
struct BlockState {
    removal: Option<usize>,
    fact: bool,
    positional: bool,
}

fn block_state(doc: &Document, id: BlockId) -> BlockState {
    let removal = doc.block(id).and_then(|b| b.removal());
    let reason = removal.and_then(|i| doc.removed().get(i)).map(|r| r.reason);
    BlockState {
        removal,
        fact: reason.is_some_and(Reason::is_fact),
        positional: reason.is_some_and(positional),
    }
}

/// [`Document::take_as_fact`], keeping the shared scope when the take cannot move it. A
/// block removed for a positional reason is usable before and after, and nothing else of
/// the scope reads it. A body line that is not a paragraph of running text, nor the
/// region's last body line, is the same: only those two tests read "in the body". Anything
/// else (a footer credit, whose reason stops the tail) drops the kept scope.
fn take_fact(doc: &mut Document, id: BlockId, kind: FactKind) {
    let kept = doc.fact_scope.0.take().filter(|c| c.key == doc_key(doc));
    let was = block_state(doc, id);
    doc.take_as_fact(id, kind);
    let Some(mut c) = kept else { return };
    let now = block_state(doc, id);
    let same = now == was
        || (!was.fact
            && now.fact
            && match (was.removal, now.removal) {
                (Some(a), Some(b)) => a == b && was.positional,
                (None, Some(_)) => Some(id) != c.last_body && !running(doc, id),
                _ => false,
            });
    if same {
        c.key = doc_key(doc);
        doc.fact_scope = ScopeCache(Some(c));
    }
}

fn scope(doc: &Document) -> Scope {
    let n = doc.blocks().len();
    let mut s = Scope::default();
    let usable = |id: BlockId| {
        matches!(
            standing(doc, id),
            Standing::Body | Standing::Positional | Standing::Fact(_) | Standing::FooterCredit
        )
    };
    match doc.region() {
        Some(r) => {
            // Head: lines before the region, nearest first.
            let mut back = Vec::new();
            let mut id = r.start;
            let mut seen = 0;
            while id > 0 && seen < HEAD_WINDOW {
                id -= 1;
                seen += 1;
                match standing(doc, id) {
                    Standing::Chrome { stops: true } => break,
                    Standing::Chrome { stops: false } => {}
                    _ => back.push(id),
                }
            }
            back.reverse();
            s.head = back;
            // The region: head lines up to the first paragraph, then the inside.
            for id in r.clone() {
                if !usable(id) {
                    continue;
                }
                if s.first_paragraph.is_none() {
                    if standing(doc, id) == Standing::Body && running(doc, id) {
                        s.first_paragraph = Some(id);
                    } else {
                        s.head.push(id);
                    }
                } else {
                    s.inner.push(id);
                }
            }
            standfirst_tail(doc, &mut s);
            // A region of a single paragraph (a standfirst, a short brief): the short lines
            // after it carry the byline and the date as often as the lines before it.
            if s.inner.is_empty() && s.first_paragraph.is_some() {
                let mut moved = 0;
                for id in r.end..n {
                    if moved >= 6 || stops_tail(doc, id) {
                        break;
                    }
                    match standing(doc, id) {
                        Standing::Chrome { stops: true } => break,
                        Standing::Chrome { stops: false } => continue,
                        _ if running(doc, id) => break,
                        _ => {
                            s.head.push(id);
                            moved += 1;
                        }
                    }
                }
            }
            // Tail: the last body line of the region and a few lines after it.
            if let Some(last) = r
                .clone()
                .rev()
                .find(|&id| standing(doc, id) == Standing::Body)
            {
                if Some(last) != s.first_paragraph {
                    s.tail.push(last);
                }
            }
            let mut taken = 0;
            for id in r.end..n {
                if taken >= 3 || stops_tail(doc, id) {
                    break;
                }
                match standing(doc, id) {
                    Standing::Chrome { stops: true } | Standing::FooterCredit => break,
                    Standing::Chrome { stops: false } => continue,
                    _ => {
                        s.tail.push(id);
                        taken += 1;
                    }
                }
            }
        }
        None => {
            // The article starts at the first paragraph of running text that another one
            // follows closely (a cookie notice or a teaser standfirst stands alone).
            let body_running =
                |id: BlockId| standing(doc, id) == Standing::Body && running(doc, id);
            let usable_ids: Vec<BlockId> = (0..n).filter(|&id| usable(id)).collect();
            let start = usable_ids
                .iter()
                .enumerate()
                .find(|&(_, &id)| body_running(id) && (id + 1..id + 4).any(body_running))
                .or_else(|| {
                    usable_ids
                        .iter()
                        .enumerate()
                        .find(|&(_, &id)| body_running(id))
                })
                .map(|(i, _)| i);
            let mut last_running = None;
            for (i, &id) in usable_ids.iter().enumerate() {
                match start {
                    Some(st) if i == st => s.first_paragraph = Some(id),
                    Some(st) if i > st => {
                        if body_running(id) {
                            last_running = Some(id);
                        }
                    }
                    _ => s.head.push(id),
                }
            }
            if s.first_paragraph.is_some() && s.head.len() > HEAD_WINDOW {
                s.head.drain(..s.head.len() - HEAD_WINDOW);
            }
            if let (Some(first), None) = (s.first_paragraph, last_running) {
                s.inner = (first + 1..n.min(first + 7))
                    .filter(|&id| usable(id))
                    .collect();
                standfirst_tail(doc, &mut s);
            }
            if let (Some(first), Some(last)) = (s.first_paragraph, last_running) {
                s.inner = (first + 1..=last).filter(|&id| usable(id)).collect();
                standfirst_tail(doc, &mut s);
                s.tail.push(last);
                s.tail.extend(
                    (last + 1..n.min(last + 4))
                        .take_while(|&id| !stops_tail(doc, id))
                        .filter(|&id| usable(id) && standing(doc, id) != Standing::FooterCredit),
                );
            }
            if s.first_paragraph.is_none() {
                s.head.truncate(FALLBACK_HEAD);
            }
        }
    }
    s
}

/// A cheap test before the full byline parse: only lines that start with a byline label or
/// hold a segment separator can be long byline lines.
fn looks_like_byline(t: &str) -> bool {
    if t.len() > 1000 {
        return false;
    }
    (byline::has_prefix(t) || has_segment_mark(t)) && byline_in_line(t).is_some()
}

/// Whether `t` holds '|', '•' or '·', or a dash '—' / '–' between two spaces. A byte scan
/// (memchr) over the bytes these start with, instead of decoding every character.
fn has_segment_mark(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'|', 0xC2, 0xE2, b).any(|i| match b.get(i) {
        Some(b'|') => true,
        // U+00B7 '·'.
        Some(0xC2) => b.get(i + 1) == Some(&0xB7),
        // U+2022 '•'; U+2013 '–' and U+2014 '—' between spaces.
        _ => match b.get(i + 1..i + 3) {
            Some([0x80, 0xA2]) => true,
            Some([0x80, 0x93 | 0x94]) => {
                i.checked_sub(1).and_then(|p| b.get(p)) == Some(&b' ')
                    && b.get(i + 3) == Some(&b' ')
            }
            _ => false,
        },
    })
}

/// Whether `t` holds '|', '•', '·', '—' or '–' anywhere (a byte scan: '|' and the lead
/// bytes of the others).
fn has_segment_char(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr3_iter(b'|', 0xC2, 0xE2, b).any(|i| match b.get(i) {
        Some(b'|') => true,
        // U+00B7 '·'.
        Some(0xC2) => b.get(i + 1) == Some(&0xB7),
        // U+2022 '•', U+2013 '–', U+2014 '—'.
        _ => matches!(b.get(i + 1..i + 3), Some([0x80, 0xA2 | 0x93 | 0x94])),
    })
}

/// The first paragraph is often a standfirst, with the byline and dates after it: the short
/// lines that follow it, up to the next paragraph of running text (at most six), belong to
/// the head too.
fn standfirst_tail(doc: &Document, s: &mut Scope) {
    let moved = s
        .inner
        .iter()
        .take(6)
        .take_while(|&&id| !(running(doc, id) && standing(doc, id) == Standing::Body))
        .count();
    s.head.extend(s.inner.drain(..moved));
}

/// Whether a block may become a fact now (not already one, not chrome).
fn takeable(doc: &Document, id: BlockId) -> bool {
    matches!(
        standing(doc, id),
        Standing::Body | Standing::Positional | Standing::FooterCredit
    )
}

/// Whether a fact filter may read a block: in the body, positional, or a fact of another
/// kind that a line can share (a byline glued to a date and a reading time).
fn readable(doc: &Document, id: BlockId, shares_with: &[FactKind]) -> bool {
    match standing(doc, id) {
        Standing::Body | Standing::Positional | Standing::FooterCredit => true,
        Standing::Fact(k) => shares_with.contains(&k),
        Standing::Chrome { .. } => false,
    }
}

// ---------------------------------------------------------------------------------------
// What else a line says.

static BARE_TIME: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b[0-2]?\d\s*(?:h|:)\s*[0-5]\d\b|\b[0-2]?\d\s*h\b|\bUTC\s*[+\-]?\d*|\(\s*(?:Paris|heure\s+de\s+Paris|ET|CET|GMT)\s*\)|\b(?:[ECMP][SD]T|CES?T|BST|GMT|ET|PT)\b|\b(?:am|pm|a\.m\.|p\.m\.)(?:\s|$)|@\w+",
    )
});

/// Words left in `text` once dates, times, reading times and separators are taken out.
fn leftover_words(text: &str, dates: Option<&date::DateLine>) -> usize {
    // Parts are borrowed from `text` until a replacement changes them.
    let mut parts: Vec<Cow<'_, str>> = match dates {
        Some(d) => d.residual(text).into_iter().map(Cow::Borrowed).collect(),
        None => vec![Cow::Borrowed(text)],
    };
    for p in parts.iter_mut() {
        if let Some((r, _)) = find_reading_time(p) {
            p.to_mut().replace_range(r, " ");
        }
        let replaced = match BARE_TIME.replace_all(p, " ") {
            Cow::Owned(s) => Some(s),
            Cow::Borrowed(_) => None,
        };
        if let Some(s) = replaced {
            *p = Cow::Owned(s);
        }
    }
    parts.iter().map(|p| separators::count_words(p)).sum()
}

/// Date debris a byline may carry without a full date: "March 18 at 3:57 PM Follow
/// @handle", "1 day ago", "il y a 3 heures".
static DATE_DEBRIS: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|am|pm|follow|suivre|ago|il\s+y\s+a|minutes?|hours?|days?|heures?|jours?|today|yesterday|hier|aujourd['’]hui)\b|\b\d+\b",
    )
});

/// Whether what follows a byline is only dates, times, a reading time or date debris.
fn rest_is_meta(rest: &str) -> bool {
    let dl = parse_date_line(rest, None);
    if leftover_words(rest, dl.as_ref()) == 0 {
        return true;
    }
    let cleaned = DATE_DEBRIS.replace_all(rest, " ");
    leftover_words(&cleaned, None) == 0
}

// ---------------------------------------------------------------------------------------
// Filters.

/// Photo credit lines and captions → [`Facts::credits`](crate::Facts::credits) and
/// [`Facts::captions`](crate::Facts::captions), taken out as [`FactKind::Credit`] and
/// [`FactKind::Caption`].
///
/// A caption is the block its credit belongs to: the line just before a credit line (or just
/// after, when the one before is not caption-shaped), a line that ends with a glued credit,
/// or an HTML `figcaption`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Credits;

fn caption_shaped(doc: &Document, id: BlockId) -> bool {
    let Some(b) = doc.block(id) else { return false };
    let t = doc.text(b);
    let w = b.features.words;
    // Pure tests joined by `&&`: the byte tests first, the parsers after them (the order
    // changes the cost, not the answer).
    (3..=40).contains(&w)
        && b.features.chars <= 250
        && !t.trim_end().ends_with(['?', '!', ':'])
        && !t.trim_start().starts_with('*')
        && !t.contains(['«', '»', '“', '"'])
        && t.matches(". ").count() < 2
        && parse_credit(t).is_none()
        && parse_byline(t).is_none()
        && find_reading_time(t).is_none()
        && parse_duration(t).is_none()
        && parse_date_line(t, None).is_none_or(|d| leftover_words(t, Some(&d)) > 1)
}

/// A bare agency name right after a paragraph of running text ("… sans abri." / "AFP"): the
/// agency signs the article; the byline filter reads it.
fn is_signature(doc: &Document, id: BlockId, credit: &str) -> bool {
    credit::is_agency(credit)
        && !credit.contains(" / ")
        && id
            .checked_sub(1)
            .is_some_and(|p| running(doc, p) && standing(doc, p) == Standing::Body)
}

fn add_credit(doc: &mut Document, credit: &str) {
    let f = doc.facts_mut();
    if !f.credits.iter().any(|c| c == credit) {
        f.credits.push(credit.to_owned());
    }
}

fn add_caption(doc: &mut Document, text: &str, credit: Option<String>) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let f = doc.facts_mut();
    if let Some(c) = f.captions.iter_mut().find(|c| c.text == text) {
        if c.credit.is_none() {
            c.credit = credit;
        }
        return;
    }
    f.captions.push(Caption::new(text, credit));
}

impl Filter for Credits {
    fn name(&self) -> &str {
        "credits"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let mut ids: Vec<BlockId> = s
            .head
            .iter()
            .chain(&s.inner)
            .chain(&s.tail)
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let in_scope = |id: BlockId| ids.binary_search(&id).is_ok();
        // Credit lines, with the caption next to them.
        // Blocks already paired, by id (a flag per block keeps the pass linear).
        let mut used = vec![false; doc.blocks().len()];
        // `may_hold_credit` of the blocks the first pass tested, for the second pass (the
        // texts do not change in between): 0 untested, 1 no, 2 yes.
        let mut may_hold = vec![0u8; doc.blocks().len()];
        for &id in &ids {
            // A credit line holds at most 120 characters (see `parse_credit`): a paragraph is
            // skipped before any test reads it.
            if doc.block(id).is_none_or(|b| b.features.chars > 160) || !takeable(doc, id) {
                continue;
            }
            let may = credit::may_hold_credit(doc.text_of(id));
            if let Some(m) = may_hold.get_mut(id) {
                *m = 1 + u8::from(may);
            }
            if !may {
                continue;
            }
            let Some(credit) = parse_credit(doc.text_of(id)) else {
                continue;
            };
            let labelled = credit::is_labelled(doc.text_of(id));
            if !labelled {
                // "Headline / Reuters / Headline / AP …": a list of sources, not a photo credit.
                let listed = [id.checked_sub(2), Some(id + 2)]
                    .into_iter()
                    .flatten()
                    .any(|n| parse_credit(doc.text_of(n)).is_some());
                if listed || credit::needs_label(&credit) || is_signature(doc, id, &credit) {
                    continue;
                }
            }
            take_fact(doc, id, FactKind::Credit);
            add_credit(doc, &credit);
            if let Some(u) = used.get_mut(id) {
                *u = true;
            }
            let caption = [id.checked_sub(1), Some(id + 1)]
                .into_iter()
                .flatten()
                .find(|&c| {
                    in_scope(c)
                        && takeable(doc, c)
                        && !used.get(c).copied().unwrap_or(true)
                        && (doc.block(c).is_some_and(|b| b.kind == BlockKind::Caption)
                            || (caption_shaped(doc, c)
                                && Some(c) != s.first_paragraph
                                && (labelled || !running(doc, c))))
                });
            if let Some(c) = caption {
                let text = doc.text_of(c).to_owned();
                // A caption may carry a glued credit of its own.
                let (text, own) = match split_caption_credit(&text) {
                    Some((len, cr)) => (text.get(..len).unwrap_or(&text).to_owned(), Some(cr)),
                    None => (text, None),
                };
                take_fact(doc, c, FactKind::Caption);
                if let Some(u) = used.get_mut(c) {
                    *u = true;
                }
                if let Some(own) = &own {
                    add_credit(doc, own);
                }
                add_caption(doc, &text, own.or(Some(credit)));
            }
        }
        // Captions with a glued credit, and HTML captions.
        for &id in &ids {
            if !takeable(doc, id)
                || used.get(id).copied().unwrap_or(true)
                || Some(id) == s.first_paragraph
            {
                continue;
            }
            let Some(b) = doc.block(id) else { continue };
            let is_caption = b.kind == BlockKind::Caption;
            // Three tests that each skip a line that is not a caption, pure, so in any order:
            // the answer the first pass kept, then the length, then running text (a paragraph
            // of running text that ends with "(AFP)" is wire copy, not a caption), then the
            // credit test on a line the first pass did not read.
            let kept = may_hold.get(id).copied().unwrap_or(0);
            if !is_caption && (kept == 1 || b.features.chars > 350 || running(doc, id)) {
                continue;
            }
            if !is_caption && kept == 0 && !credit::may_hold_credit(doc.text_of(id)) {
                continue;
            }
            match split_caption_credit(doc.text_of(id)) {
                Some((len, credit)) => {
                    let text = doc.text_of(id).get(..len).unwrap_or("").to_owned();
                    take_fact(doc, id, FactKind::Caption);
                    add_credit(doc, &credit);
                    add_caption(doc, &text, Some(credit));
                }
                None if is_caption => {
                    let text = doc.text_of(id).to_owned();
                    take_fact(doc, id, FactKind::Caption);
                    add_caption(doc, &text, None);
                }
                None => {}
            }
        }
        Ok(())
    }
}

static BYLINE_LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s*(?:par|by|auteur(?:\(s\)|s|e)?|author(?:s)?|texte|sign[ée])\s*:?\s*$")
        .unwrap_or_else(bad_pattern)
});

static SEGMENT: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\s+[|•·]\s*|\s[—–]\s").unwrap_or_else(bad_pattern));

/// The byline of a line that is a byline, alone or with dates, a reading time or a short
/// label in other segments ("Accueil | Par Loïc Le Clerc | 30 septembre 2018").
fn byline_in_line(t: &str) -> Option<Vec<String>> {
    if let Some((names, len)) = parse_byline(t) {
        if rest_is_meta(t.get(len..).unwrap_or("")) {
            return Some(names);
        }
    }
    if longer_than(t, 250) {
        return None;
    }
    // "AFP 30 avril 2015 à 07:19": an agency that signs, then the date.
    if let Some((head, rest)) = t.trim_start().split_once(char::is_whitespace) {
        if head.chars().all(|c| !c.is_lowercase())
            && credit::is_agency(head)
            && parse_date_line(rest, None).is_some()
            && rest_is_meta(rest)
        {
            return parse_byline(&format!("Par {head}")).map(|(n, _)| n);
        }
    }
    // Every separator of [`SEGMENT`] holds one of its marks: without any, one segment.
    if !has_segment_char(t) {
        return None;
    }
    let segs: Vec<&str> = SEGMENT.split(t).collect();
    if segs.len() < 2 || !segs.iter().any(|s| labelled_seg(s)) {
        return None;
    }
    let mut names = None;
    let mut other_words = 0;
    for seg in &segs {
        let labelled = labelled_seg(seg);
        match parse_byline(seg) {
            Some((n, len))
                if names.is_none() && labelled && rest_is_meta(seg.get(len..).unwrap_or("")) =>
            {
                names = Some(n);
            }
            _ => {
                let dl = parse_date_line(seg, None);
                other_words += leftover_words(seg, dl.as_ref());
            }
        }
    }
    names.filter(|_| other_words <= 3)
}

/// Whether a segment starts with "par " or "by " (any case, a no-break space too).
fn labelled_seg(seg: &str) -> bool {
    let b = seg.trim_start().as_bytes();
    let starts = |p: &[u8]| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts(b"par ") || starts(b"by ") || starts("par\u{a0}".as_bytes())
}

/// Whether other "Par …" lines with other names sit within six lines of `id` (with no
/// paragraph of running text between them): the
/// authors of a list of related articles, not the article's byline.
fn in_a_list_of_bylines(doc: &Document, id: BlockId, names: &[String]) -> bool {
    let before = (id.saturating_sub(6)..id)
        .rev()
        .take_while(|&n| !running(doc, n));
    let after = (id + 1..id + 7).take_while(|&n| !running(doc, n));
    before.chain(after).any(|n| {
        let t = doc.text_of(n).trim_start();
        if !labelled_seg(t) {
            return false;
        }
        parse_byline(t).is_some_and(|(other, _)| other != names)
    })
}

/// Bylines → [`Facts::bylines`](crate::Facts::bylines), taken out as [`FactKind::Byline`].
///
/// The first byline-shaped line of the article head wins ("Par …", "By …", "… avec AFP", or a
/// bare name next to a date line). A signature ("Par Jean Dupont") as the last line of the
/// body counts when the head has none.
#[derive(Debug, Clone, Copy, Default)]
pub struct Bylines;

impl Filter for Bylines {
    fn name(&self) -> &str {
        "bylines"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let mut found: Option<(BlockId, Vec<String>)> = None;
        for &id in &s.head {
            if !readable(doc, id, &[FactKind::Date, FactKind::ReadingTime]) {
                continue;
            }
            let t = doc.text_of(id);
            if let Some(names) = byline_in_line(t) {
                if in_a_list_of_bylines(doc, id, &names) {
                    continue;
                }
                found = Some((id, names));
                break;
            }
        }
        if found.is_none() {
            // A label on its own line ("Auteur", "Par", "By"), the names on the next one.
            for w in s.head.windows(2) {
                let (l, n) = (w[0], w[1]);
                if n != l + 1 || !readable(doc, n, &[FactKind::Date]) {
                    continue;
                }
                if !BYLINE_LABEL.is_match(doc.text_of(l)) || BYLINE_LABEL.is_match(doc.text_of(n)) {
                    continue;
                }
                let t = doc.text_of(n);
                let line = format!("Par {t}");
                let names = parse_byline(&line)
                    .filter(|(_, len)| rest_is_meta(line.get(*len..).unwrap_or("")))
                    .map(|(names, _)| names);
                if let Some(names) = names {
                    if takeable(doc, l) {
                        take_fact(doc, l, FactKind::Byline);
                    }
                    found = Some((n, names));
                    break;
                }
            }
        }
        if found.is_none() {
            // A signature at the end.
            for &id in &s.tail {
                if !readable(doc, id, &[]) {
                    continue;
                }
                let t = doc.text_of(id);
                let labelled = byline::has_prefix(t);
                if let Some((names, len)) = parse_byline(t) {
                    if labelled && rest_is_meta(t.get(len..).unwrap_or("")) {
                        found = Some((id, names));
                        break;
                    }
                }
                // An agency's name alone after the last paragraph: "AFP".
                if let Some(c) = parse_credit(t) {
                    if is_signature(doc, id, &c) && t.trim().chars().count() <= 12 {
                        found = Some((id, vec![c]));
                        break;
                    }
                }
            }
        }
        // Bare names only where common nouns are not capitalised (not German, say).
        let bare_names = matches!(doc.language(), Language::French | Language::English);
        if found.is_none() && bare_names {
            // A bare name with a date on the same line or the next one.
            for (i, &id) in s.head.iter().enumerate() {
                if !readable(doc, id, &[FactKind::Date]) {
                    continue;
                }
                let t = doc.text_of(id);
                let Some((name, len)) = parse_name_line(t) else {
                    continue;
                };
                let rest = t.get(len..).unwrap_or("");
                let dated_here = !rest.trim().is_empty()
                    && (parse_date_line(rest, None).is_some() || date::is_relative(rest))
                    && rest_is_meta(rest);
                let dated_next = rest.trim().is_empty()
                    && s.head
                        .iter()
                        .skip(i + 1)
                        .take(2)
                        .enumerate()
                        .any(|(k, &n)| {
                            if k == 1
                                && s.head.get(i + 1).is_some_and(|&m| {
                                    doc.block(m).is_some_and(|b| b.features.words > 4)
                                })
                            {
                                return false;
                            }
                            let nt = doc.text_of(n);
                            parse_date_line(nt, None).is_some_and(|d| {
                                leftover_words(nt, Some(&d)) == 0
                                    || parse_name_line(nt).is_some_and(|(_, len)| {
                                        rest_is_meta(nt.get(len..).unwrap_or(""))
                                    })
                            })
                        });
                if dated_here || dated_next {
                    found = Some((id, vec![name]));
                    break;
                }
            }
        }
        if let Some((id, names)) = found {
            take_fact(doc, id, FactKind::Byline);
            let f = doc.facts_mut();
            // Metadata wins, unless none of its values is a name ("mesopinions.com",
            // "Deutsche Welle (www.dw.com)"): then the byline printed on the page does.
            if f.bylines.iter().all(|b| !byline::name_ok(b)) {
                f.bylines = names;
            }
        }
        Ok(())
    }
}

/// Publication and update dates → [`Facts::published`](crate::Facts::published) and
/// [`Facts::updated`](crate::Facts::updated) (ISO 8601), taken out as [`FactKind::Date`].
///
/// A date line is a line of the article head that says little besides its dates (labels,
/// times, a byline, a reading time). Dates printed without a year take it from the
/// [`reference`](Dates::reference) time, else from another date of the page; relative dates
/// ("il y a 3 heures") are read only against a reference the user gives.
#[derive(Debug, Clone, Copy, Default)]
pub struct Dates {
    reference: Option<Stamp>,
}

impl Dates {
    /// A date filter that reads relative dates and year-less dates against `reference` (the
    /// time the page was fetched). To use it in the standard pipeline, replace the filter
    /// named `dates`: `Pipeline::default().to_builder().replace("dates", Dates::default().reference(fetched))`.
    ///
    /// ```
    /// use newsclean::filters::facts::{Dates, Stamp};
    /// use newsclean::Pipeline;
    /// let fetched = Stamp::date(2015, 12, 22).and_then(|s| s.at(10, 0, 0)).unwrap();
    /// let p = Pipeline::builder().add(Dates::default().reference(fetched)).build()?;
    /// let a = p.clean_text("Publié il y a 3 heures\nLe ministre de la Défense a rencontré lundi son homologue russe à Moscou pour parler de la Syrie et du terrorisme.")?;
    /// assert_eq!(a.published.as_deref(), Some("2015-12-22T07:00:00"));
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn reference(mut self, reference: Stamp) -> Self {
        self.reference = Some(reference);
        self
    }
}

impl Filter for Dates {
    fn name(&self) -> &str {
        "dates"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let shares = [FactKind::Byline, FactKind::ReadingTime];
        // A year for year-less dates: the user's reference, the metadata date, or the first
        // full date of the head.
        let year_ref = self.reference.or_else(|| {
            doc.facts()
                .published
                .as_deref()
                .and_then(Stamp::parse_iso)
                .or_else(|| {
                    s.head
                        .iter()
                        .filter(|&&id| readable(doc, id, &shares))
                        .find_map(|&id| parse_date(doc.text_of(id), None))
                })
        });
        let slash_day_first = doc.language() != Language::English;
        let mut published = None;
        let mut updated = None;
        let mut lines = Vec::new();
        for &id in &s.head {
            if !readable(doc, id, &shares) {
                continue;
            }
            let t = doc.text_of(id);
            if longer_than(t, 200) {
                continue;
            }
            let dl = date::parse_date_line_with(
                t,
                self.reference.as_ref().or(year_ref.as_ref()),
                self.reference.is_some(),
                slash_day_first,
            );
            let Some(dl) = dl else { continue };
            if dl.ranges_or_lists() {
                continue;
            }
            let mut left = leftover_words(t, Some(&dl));
            if left > 0 {
                let name_len = parse_byline(t)
                    .map(|(_, len)| len)
                    .or_else(|| parse_name_line(t).map(|(_, len)| len))
                    .or_else(|| byline_in_line(t).map(|_| t.len()));
                if let Some(len) = name_len {
                    let rest = t.get(len..).unwrap_or("");
                    let rl = parse_date_line(rest, year_ref.as_ref());
                    left = leftover_words(rest, rl.as_ref());
                }
            }
            if left > 0 {
                continue;
            }
            // After the first date line, only labelled lines ("Mis à jour …") or repeats of
            // the same day: a run of bare dates is a list of related items.
            if !lines.is_empty() && dl.labels == 0 {
                let day = |s: Option<Stamp>| s.map(|s| (s.year, s.month, s.day));
                if day(dl.published) != day(published) {
                    continue;
                }
            }
            if published.is_none() {
                published = dl.published;
            }
            if updated.is_none() {
                updated = dl.updated;
            }
            lines.push(id);
        }
        for id in lines {
            take_fact(doc, id, FactKind::Date);
        }
        let f = doc.facts_mut();
        if f.published.is_none() {
            f.published = published.map(|s| s.to_iso());
        }
        if f.updated.is_none() {
            f.updated = updated.map(|s| s.to_iso());
        }
        Ok(())
    }
}

/// Declared reading time → [`Facts::declared_reading_secs`](crate::Facts), taken out as
/// [`FactKind::ReadingTime`]. A label with no value ("Temps de lecture :") leaves the body
/// too, but the value stays unknown.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadingTime;

impl Filter for ReadingTime {
    fn name(&self) -> &str {
        "reading-time"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let shares = [FactKind::Byline, FactKind::Date];
        let mut value = None;
        let mut lines = Vec::new();
        for &id in s.head.iter().chain(&s.tail) {
            if !readable(doc, id, &shares) {
                continue;
            }
            let t = doc.text_of(id);
            if longer_than(t, 200) {
                continue;
            }
            let Some((r, secs)) = find_reading_time(t) else {
                continue;
            };
            let mut rest = t.to_owned();
            rest.replace_range(r, " ");
            let dl = parse_date_line(&rest, None);
            let left = leftover_words(&rest, dl.as_ref());
            let byline_rest = parse_byline(&rest).map(|(_, len)| rest.get(len..).unwrap_or(""));
            if left > 0 && !byline_rest.is_some_and(rest_is_meta) {
                continue;
            }
            if value.is_none() {
                value = secs;
            }
            lines.push(id);
        }
        for id in lines {
            take_fact(doc, id, FactKind::ReadingTime);
        }
        let f = doc.facts_mut();
        if f.declared_reading_secs.is_none() {
            f.declared_reading_secs = value;
        }
        Ok(())
    }
}

/// Video and audio durations → [`Facts::media_durations_secs`](crate::Facts), taken out as
/// [`FactKind::MediaDuration`]. Shapes a clock time or a reading time share ("01:48",
/// "5 min") count only next to a line about a video or audio.
#[derive(Debug, Clone, Copy, Default)]
pub struct MediaDurations;

static MEDIA_CONTEXT: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\b(?:vid[ée]os?|audio|podcasts?|[ée]couter|r[ée][ée]couter|[ée]mission|replay|regarder|lecture\s+en\s+cours|listen|watch|play|episode|épisode|player)\b|▶|►",
    )
});

impl Filter for MediaDurations {
    fn name(&self) -> &str {
        "media-durations"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let mut ids: Vec<BlockId> = s.head.iter().chain(&s.inner).copied().collect();
        ids.sort_unstable();
        ids.dedup();
        let mut found = Vec::new();
        for &id in &ids {
            if !takeable(doc, id) {
                continue;
            }
            let t = doc.text_of(id);
            let Some(secs) = parse_duration(t) else {
                continue;
            };
            if duration::is_bare_colon_form(t) || duration::is_bare_minutes(t) {
                let near = [id.checked_sub(1), Some(id + 1)]
                    .into_iter()
                    .flatten()
                    .any(|n| MEDIA_CONTEXT.is_match(doc.text_of(n)));
                if !near {
                    continue;
                }
            }
            found.push((id, secs));
        }
        for (id, secs) in found {
            take_fact(doc, id, FactKind::MediaDuration);
            doc.facts_mut().media_durations_secs.push(secs);
        }
        Ok(())
    }
}

/// Datelines at the head of the first paragraph ("PARIS (AFP) -") →
/// [`Facts::datelines`](crate::Facts::datelines). The paragraph keeps its text unless
/// [`strip`](Datelines::strip) is set, and then the dateline is cut off as
/// [`FactKind::Dateline`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Datelines {
    strip: bool,
}

impl Datelines {
    /// Cut the dateline off the paragraph (the default keeps the text as the page has it).
    ///
    /// ```
    /// use newsclean::{filters::facts::Datelines, Pipeline};
    /// let p = Pipeline::builder().add(Datelines::default().strip(true)).build()?;
    /// let a = p.clean_text("PARIS (AFP) - Le gouvernement a annoncé lundi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse de cet été.")?;
    /// assert_eq!(a.datelines, ["PARIS (AFP)"]);
    /// assert!(a.paragraphs[0].starts_with("Le gouvernement"));
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn strip(mut self, strip: bool) -> Self {
        self.strip = strip;
        self
    }
}

/// How many body paragraphs from the first one may open with the dateline.
const DATELINE_PARAGRAPHS: usize = 3;

impl Filter for Datelines {
    fn name(&self) -> &str {
        "datelines"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let s = shared_scope(doc);
        let Some(id) = s.first_paragraph else {
            return Ok(());
        };
        let wire = {
            let f = doc.facts();
            f.credits
                .iter()
                .chain(&f.bylines)
                .any(|c| credit::is_agency(c))
        };
        // The dateline opens the story, which a standfirst or a short lead may precede: look
        // at the first few body paragraphs, and take the first one that opens with it.
        let found = doc
            .body()
            .filter(|(b, _)| b.id >= id)
            .take(DATELINE_PARAGRAPHS)
            .find_map(|(b, t)| parse_dateline(t, wire).map(|d| (b.id, d)));
        let Some((id, (dateline, len))) = found else {
            return Ok(());
        };
        if !doc.facts().datelines.contains(&dateline) {
            doc.facts_mut().datelines.push(dateline);
        }
        if self.strip {
            doc.strip_prefix(id, len, Reason::Fact(FactKind::Dateline));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
