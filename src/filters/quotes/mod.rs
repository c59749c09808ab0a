//! Direct quotations and who said them, French first, English too.
//!
//! The [`Quotes`] filter scans the body paragraphs for pairs of quotation marks
//! (see `marks`), decides for each pair whether it is speech or only a title, a term, a
//! nickname or a label (`mentions`), finds the cue and the speaker as written
//! (`attribution`, with the reporting verbs of `cues`), then resolves pronouns and
//! descriptions to the named person they stand for (`resolve`). Quotes go to
//! [`Facts::quotes`](crate::Facts::quotes), the rest to
//! [`Facts::mentions`](crate::Facts::mentions). Body text is never changed.
//!
//! ```
//! use newsclean::{filters::Quotes, Pipeline};
//! let p = Pipeline::builder().add(Quotes::default()).build()?;
//! let a = p.clean_text("Le ministre a parlé.\n« Nous avons convenu d'agir », a ainsi fait savoir Jean-Yves Le Drian à la presse.\nJe m'abonne à la newsletter « Infos »")?;
//! assert_eq!(a.quotes.len(), 1);
//! assert_eq!(a.quotes[0].speaker.as_deref(), Some("Jean-Yves Le Drian"));
//! assert_eq!(a.quotes[0].cue.as_deref(), Some("a fait savoir"));
//! assert_eq!(&a.text[a.quotes[0].start..a.quotes[0].end], "Nous avons convenu d'agir");
//! assert_eq!(a.mentions[0].text, "Infos");
//! # Ok::<(), newsclean::Error>(())
//! ```

mod attribution;
mod cues;
mod marks;
mod mentions;
mod resolve;
pub(crate) mod text;

use std::ops::Range;

use crate::article::{Anchor, Mention, MentionKind, Quote, QuoteFact};
use crate::document::{BlockKind, Document};
use crate::error::BoxError;
use crate::pipeline::Filter;

use attribution::{Found, Pattern};
pub use cues::lexicon_size;
use text::{low, sentence_end, sentence_start, surf, word_count};

/// Finds direct quotations in the body, with speaker, cue and whether they are partial, and
/// records the other quotation marks (titles, terms, nicknames, labels) as mentions.
///
/// It reads body blocks only and changes nothing in them; run it late, once chrome is gone.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quotes {
    _private: (),
}

/// A quote found by [`analyse`], positions in paragraph indices and bytes.
#[derive(Debug, Clone)]
pub(crate) struct Found2 {
    pub segments: Vec<(usize, Range<usize>)>,
    pub text: String,
    pub speaker: Option<String>,
    pub resolved: Option<String>,
    pub cue: Option<String>,
    pub partial: bool,
    /// The construction, kept for debugging and tests.
    #[allow(dead_code)]
    pub pattern: Pattern,
}

/// What the analysis of a run of paragraphs found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Analysis {
    pub quotes: Vec<Found2>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone)]
enum Verdict {
    Speech { f: Found, inherit: bool },
    Mention { kind: MentionKind, strong: bool },
}

/// How many person mentions before a quote are looked at.
const RECENT: usize = 200;

fn clean_speaker(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '—'))
        .to_owned()
}

/// How many words before a mark are read (lower-cased).
const BEFORE_WORDS: usize = 8;

/// The lower-case forms of the last [`BEFORE_WORDS`] tokens, nearest last, on the stack.
struct WordsBefore<'a> {
    words: [&'a str; BEFORE_WORDS],
    n: usize,
}

impl<'a> std::ops::Deref for WordsBefore<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &Self::Target {
        self.words.get(..self.n).unwrap_or(&[])
    }
}

/// The lower-case words before a mark: borrowed from `text` when a token is its own lower-case
/// form, else written into `buf` (cleared first, kept from quote to quote).
fn words_of<'a>(text: &'a str, toks: &[text::Tok], buf: &'a mut String) -> WordsBefore<'a> {
    enum Src<'a> {
        Text(&'a str),
        Buf(usize, usize),
    }
    let lo = toks.len().saturating_sub(BEFORE_WORDS);
    buf.clear();
    let mut srcs: [Src<'a>; BEFORE_WORDS] = std::array::from_fn(|_| Src::Text(""));
    let mut n = 0;
    for (slot, t) in srcs.iter_mut().zip(&toks[lo..]) {
        *slot = if t.clean {
            Src::Text(surf(text, t))
        } else {
            let a = buf.len();
            text::lower_into(surf(text, t), buf);
            Src::Buf(a, buf.len())
        };
        n += 1;
    }
    let buf: &'a String = buf;
    let mut out = WordsBefore {
        words: [""; BEFORE_WORDS],
        n,
    };
    for (w, src) in out.words.iter_mut().zip(&srcs) {
        *w = match *src {
            Src::Text(x) => x,
            Src::Buf(a, b) => buf.get(a..b).unwrap_or(""),
        };
    }
    out
}

/// [`resolve::pronoun_gender`] of the lower-case form of a speaker phrase. (The pronouns are
/// ASCII words of at most five bytes without a k, and only the Kelvin sign lower-cases to an
/// ASCII letter from outside ASCII: a longer phrase is no pronoun.)
fn pronoun_of(s: &str) -> Option<(Option<bool>, bool)> {
    // Lower-cased on the stack: a phrase with a character outside ASCII is no pronoun either
    // (the Kelvin sign lower-cases to « k », which no pronoun holds).
    if s.len() > 5 || !s.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 5];
    let low = buf.get_mut(..s.len())?;
    low.copy_from_slice(s.as_bytes());
    low.make_ascii_lowercase();
    resolve::pronoun_gender(std::str::from_utf8(low).ok()?)
}

/// Where the person search may stop: (paragraph, byte) such that no person mention found at or
/// after it is ever consulted. The speech quotes read the mentions before their opening mark,
/// a quote in the headline those of the two paragraphs after it; the shared role words and
/// the surname before a colon read every mention, and then the search goes on to the end.
fn person_search_end(
    pairs: &[marks::Pair],
    top: &[usize],
    verdicts: &[Verdict],
    headline: Option<usize>,
    with_roles: bool,
) -> (usize, usize) {
    const ALL: (usize, usize) = (usize::MAX, usize::MAX);
    if with_roles {
        return ALL;
    }
    let mut end = (0, 0);
    for (&pi, v) in top.iter().zip(verdicts) {
        let Verdict::Speech { f, .. } = v else {
            continue;
        };
        if f.cue.as_deref() == Some(":") {
            return ALL;
        }
        let p = &pairs[pi];
        let e = if headline == Some(p.open_para) {
            (p.open_para.saturating_add(2), usize::MAX)
        } else {
            (p.open_para, p.open_at)
        };
        end = end.max(e);
    }
    end
}

/// The byte ranges the person search leaves out, one sorted list per paragraph: the slow way
/// of the single list of [`analyse_with`], for the tests.
#[cfg(test)]
fn skips_per_paragraph(
    pairs: &[marks::Pair],
    top: &[usize],
    verdicts: &[Verdict],
    bounds: &[(usize, usize)],
    n: usize,
) -> Vec<Vec<Range<usize>>> {
    let mut skips: Vec<Vec<Range<usize>>> = vec![Vec::new(); n];
    for (ti, &pi) in top.iter().enumerate() {
        let p = &pairs[pi];
        if p.open_para == p.close_para {
            if let Some(v) = skips.get_mut(p.open_para) {
                let end = match &verdicts[ti] {
                    Verdict::Speech { f, .. } if f.pattern == Pattern::Incise => {
                        bounds[ti].1.max(p.close_end)
                    }
                    _ => p.close_end,
                };
                v.push(p.open_at..end);
            }
        } else {
            for (k, r) in &p.segments {
                if let Some(v) = skips.get_mut(*k) {
                    v.push(r.clone());
                }
            }
        }
    }
    for v in &mut skips {
        v.sort_by_key(|r| r.start);
    }
    skips
}

/// Finds quotes and mentions in `paras`; `headline` is the index of a title paragraph.
pub(crate) fn analyse(paras: &[&str], headline: Option<usize>) -> Analysis {
    analyse_with(paras, headline, true)
}

/// [`analyse`]; without `fast`, people are looked for in every paragraph up to the last quote
/// and (in tests) the quotes are left out of that search by lists per paragraph: the slower
/// ways, kept to test that the fast ones change no answer.
fn analyse_with(paras: &[&str], headline: Option<usize>, fast: bool) -> Analysis {
    let mut pairs = marks::scan(paras);
    if pairs.is_empty() {
        return Analysis::default();
    }
    let top: Vec<usize> = (0..pairs.len()).filter(|&i| !pairs[i].nested).collect();
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(top.len());
    // Per top pair: (before_start, after_end) in their paragraphs.
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(top.len());
    // Per top pair: the quoted text and its number of words.
    let mut qtexts: Vec<(String, usize)> = Vec::with_capacity(top.len());
    // Per top pair: the tokens from `before_start` to the opening mark, all in one list (each
    // pair's range of it in `before_ranges`).
    let mut before_toks: Vec<text::Tok> = Vec::new();
    let mut before_ranges: Vec<Range<usize>> = Vec::with_capacity(top.len());
    // The tokens after the closing mark, and those of the quote, for one pair at a time.
    let mut after_buf: Vec<text::Tok> = Vec::new();
    let mut quote_buf: Vec<text::Tok> = Vec::new();
    // The lower-case words before the mark that are not their own lower-case form.
    let mut low_buf = String::new();
    for (ti, &pi) in top.iter().enumerate() {
        let p = &pairs[pi];
        let op = p.open_para;
        let cp = p.close_para;
        let to = paras.get(op).copied().unwrap_or("");
        let tc = paras.get(cp).copied().unwrap_or("");
        let prev_close = ti
            .checked_sub(1)
            .map(|k| &pairs[top[k]])
            .filter(|q| q.close_para == op)
            .map(|q| q.close_end);
        let sent_s = sentence_start(to, p.open_at, 600);
        let before_start = match prev_close {
            Some(c) if c > sent_s && c <= p.open_at => c,
            _ => sent_s.min(p.open_at),
        };
        let same_sentence_as_prev = prev_close.is_some_and(|c| c > sent_s);
        let next_open = top
            .get(ti + 1)
            .map(|&k| &pairs[k])
            .filter(|q| q.open_para == cp)
            .map(|q| q.open_at);
        let mut after_end = sentence_end(tc, p.close_end, 400);
        if let Some(n) = next_open {
            after_end = after_end.min(n).max(p.close_end);
        }
        bounds.push((before_start, after_end));
        let b0 = before_toks.len();
        text::tokenize_into(to, before_start..p.open_at, &mut before_toks);
        before_ranges.push(b0..before_toks.len());
        let before = before_toks.get(b0..).unwrap_or(&[]);
        after_buf.clear();
        text::tokenize_into(tc, p.close_end..after_end, &mut after_buf);
        let after = &after_buf;
        let qtext = p.text(paras);
        let qwords = word_count(&qtext);
        let qtrim = qtext.trim_end();
        let comma_in_quote = qtrim.ends_with([',', '!', '?', '…']);
        let before_words = words_of(to, before, &mut low_buf);
        let in_headline = headline == Some(op);

        let mut verdict = None;
        // The tokens before the mark at which no cue starts, once asked.
        let mut no_cue = attribution::NoCue::default();
        // What the words before the marks say (`mentions::introducer`), once known: it is
        // asked up to three times with the same words.
        let mut intro: Option<Option<MentionKind>> = None;
        let agent = after.first().is_some_and(|t| text::low_is(tc, t, "par"))
            && after.get(1).is_some_and(|t| t.word);
        let det_first = before.len() == 3 && before_start == sent_s;
        if let Some(kind) = mentions::naming(&before_words, det_first, &qtext, agent) {
            verdict = Some(Verdict::Mention { kind, strong: true });
        } else if qwords <= 4 && !comma_in_quote && !agent {
            // « Invitée de l'émission « Quotidien », la militante X a repris … »: a short name
            // right after a title noun is not made speech by the clause that follows.
            let k = mentions::introducer(&before_words, &qtext);
            intro = Some(k);
            if let Some(kind) = k {
                verdict = Some(Verdict::Mention { kind, strong: true });
            }
        }
        if verdict.is_some() {
        } else if let Some(f) = attribution::incise_after(tc, after, comma_in_quote) {
            verdict = Some(Verdict::Speech { f, inherit: false });
        }
        if verdict.is_none() {
            // A cue inside the quote follows a comma: no comma, no need to tokenize it. The
            // tokens before the first comma are never read either (a comma is a token of its
            // own, after which the tokenizer starts afresh): the quote is tokenized from it.
            let first_comma = p.segments.first().and_then(|(k, r)| {
                let q = paras.get(*k).and_then(|t| t.get(r.clone()))?;
                let c = memchr::memchr(b',', q.as_bytes())?;
                Some((*k, r.start + c..r.end))
            });
            if let Some((p0, r0)) = first_comma {
                let seg = paras.get(p0).copied().unwrap_or("");
                quote_buf.clear();
                text::tokenize_into(seg, r0, &mut quote_buf);
                if let Some(f) = attribution::inner_incise(seg, &quote_buf) {
                    verdict = Some(Verdict::Speech { f, inherit: false });
                }
            }
        }
        if verdict.is_none() {
            if let Some(f) = attribution::intro_before(to, before, &mut no_cue) {
                let weak = f.cue.as_deref() == Some(":") && f.speaker.is_none();
                if !(weak && qwords < 4) {
                    verdict = Some(Verdict::Speech { f, inherit: false });
                }
            }
        }
        if verdict.is_none() {
            if let Some(sp) = attribution::selon_before(to, before) {
                verdict = Some(Verdict::Speech {
                    f: Found {
                        speaker: Some(sp),
                        cue: before
                            .iter()
                            .rev()
                            .map(|t| low(to, t))
                            .find(|w| matches!(&**w, "selon" | "pour" | "après" | "to"))
                            .map(|w| match &*w {
                                "après" => "d'après".to_owned(),
                                "to" => "according to".to_owned(),
                                _ => w.into_owned(),
                            }),
                        pattern: Pattern::Selon,
                        partial: false,
                    },
                    inherit: false,
                });
            }
        }
        if verdict.is_none() && in_headline && qwords >= 3 {
            verdict = Some(Verdict::Speech {
                f: Found {
                    speaker: None,
                    cue: None,
                    pattern: Pattern::Headline,
                    partial: false,
                },
                inherit: false,
            });
        }
        if verdict.is_none() {
            let k = *intro.get_or_insert_with(|| mentions::introducer(&before_words, &qtext));
            if let Some(kind) = k {
                verdict = Some(Verdict::Mention { kind, strong: true });
            }
        }
        if verdict.is_none() {
            if let Some((f, inherit)) = attribution::embedded(to, before, tc, after, &mut no_cue) {
                verdict = Some(Verdict::Speech { f, inherit });
            }
        }
        if verdict.is_none() && same_sentence_as_prev {
            let prev_speech = matches!(verdicts.last(), Some(Verdict::Speech { .. }));
            let gap = before.iter().filter(|t| t.word).count();
            if prev_speech && gap <= 12 && qwords <= 12 {
                verdict = Some(Verdict::Speech {
                    f: Found {
                        speaker: None,
                        cue: None,
                        pattern: Pattern::Embedded,
                        partial: true,
                    },
                    inherit: true,
                });
            }
        }
        if verdict.is_none() {
            let starts_upper = qtext.chars().next().is_some_and(char::is_uppercase);
            let multi = p.segments.len() > 1;
            let before_n = before.iter().filter(|t| t.word).count();
            let sentence_like = qtrim.ends_with(['.', '!', '?', '…', ',']) || qwords >= 12;
            // (Counted only when the rest holds.)
            let title_case = || {
                let caps = qtext
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .count();
                caps * 2 > qwords + 1
            };
            let after_speech = same_sentence_as_prev
                || (prev_close.is_some()
                    && matches!(verdicts.last(), Some(Verdict::Speech { .. })));
            let short_ok = qwords >= 3 && qtrim.ends_with(['.', '!', '?', '…']) && after_speech;
            if (qwords >= 6 || short_ok)
                && (starts_upper || multi)
                && before_n <= 3
                && (sentence_like || multi)
                && !title_case()
            {
                verdict = Some(Verdict::Speech {
                    f: Found {
                        speaker: None,
                        cue: None,
                        pattern: Pattern::Free,
                        partial: false,
                    },
                    inherit: false,
                });
            }
        }
        let verdict = verdict.unwrap_or_else(|| {
            let next_cap = after
                .first()
                .is_some_and(|t| t.word && text::is_cap(surf(tc, t)));
            let kind = match intro {
                Some(k) => k.unwrap_or_else(|| {
                    mentions::kind_without_introducer(&before_words, &qtext, qwords, next_cap)
                }),
                None => mentions::kind_of_counted(&before_words, &qtext, qwords, next_cap),
            };
            Verdict::Mention {
                kind,
                strong: false,
            }
        });
        verdicts.push(verdict);
        qtexts.push((qtext, qwords));
    }
    // Coordinated quotes share the incise of the last one: « … », ni « … », écrit X.
    for ti in (0..top.len().saturating_sub(1)).rev() {
        let (a, b) = (&pairs[top[ti]], &pairs[top[ti + 1]]);
        if a.close_para != b.open_para {
            continue;
        }
        let between = paras
            .get(a.close_para)
            .and_then(|t| t.get(a.close_end..b.open_at))
            .unwrap_or("")
            .trim()
            .trim_start_matches(',')
            .trim();
        if !matches!(between, "" | "ni" | "et" | "ou" | "or" | "and") {
            continue;
        }
        if let (Verdict::Mention { strong: false, .. }, Verdict::Speech { f, .. }) =
            (&verdicts[ti], &verdicts[ti + 1])
        {
            if f.pattern == Pattern::Incise {
                let mut f = f.clone();
                f.partial = true;
                verdicts[ti] = Verdict::Speech { f, inherit: false };
            }
        }
    }

    // Person mentions outside the quotes and their incises.
    // (One list for all paragraphs, by paragraph and start: no list per paragraph.)
    let mut skips: Vec<(usize, Range<usize>)> = Vec::with_capacity(top.len());
    for (ti, &pi) in top.iter().enumerate() {
        let p = &pairs[pi];
        if p.open_para == p.close_para {
            if p.open_para < paras.len() {
                let end = match &verdicts[ti] {
                    Verdict::Speech { f, .. } if f.pattern == Pattern::Incise => {
                        bounds[ti].1.max(p.close_end)
                    }
                    _ => p.close_end,
                };
                skips.push((p.open_para, p.open_at..end));
            }
        } else {
            for (k, r) in &p.segments {
                if *k < paras.len() {
                    skips.push((*k, r.clone()));
                }
            }
        }
    }
    // A stable sort: ranges of a paragraph with the same start keep their order.
    skips.sort_by_key(|(k, r)| (*k, r.start));
    let skip_ranges: Vec<Range<usize>> = skips.iter().map(|(_, r)| r.clone()).collect();
    #[cfg(test)]
    let slow_skips =
        (!fast).then(|| skips_per_paragraph(&pairs, &top, &verdicts, &bounds, paras.len()));
    // People are looked for only up to the last quote (and the two paragraphs after a headline).
    // No speech, no one to look for.
    let last_para = top
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| matches!(v, Verdict::Speech { .. }))
        .map(|(&pi, _)| pairs[pi].close_para + 3)
        .max()
        .unwrap_or(0);
    // Role words are read only to resolve a description speaker (« la ministre »): without
    // one, they are neither collected nor shared.
    // Per top pair: the cleaned speaker of a speech quote (made once, moved to the quote),
    // and whether it is a description (`resolve::description`, asked at most once).
    let mut speakers: Vec<Option<String>> = verdicts
        .iter()
        .map(|v| match v {
            Verdict::Speech { f, .. } => f
                .speaker
                .as_deref()
                .map(clean_speaker)
                .filter(|s| !s.is_empty()),
            Verdict::Mention { .. } => None,
        })
        .collect();
    type Desc = Option<(String, Option<bool>)>;
    let descs: Vec<std::cell::OnceCell<Desc>> = vec![Default::default(); top.len()];
    let desc_of = |ti: usize, s: &str| -> Option<&(String, Option<bool>)> {
        descs
            .get(ti)
            .and_then(|c| c.get_or_init(|| resolve::description(s)).as_ref())
    };
    let with_roles = speakers
        .iter()
        .enumerate()
        .any(|(ti, s)| s.as_deref().is_some_and(|s| desc_of(ti, s).is_some()));
    let (stop_para, stop_at) = if fast {
        person_search_end(&pairs, &top, &verdicts, headline, with_roles)
    } else {
        (usize::MAX, usize::MAX)
    };
    let mut persons = Vec::new();
    let mut cache = resolve::TokCache::default();
    for (k, para) in paras
        .iter()
        .enumerate()
        .take(last_para.min(stop_para.saturating_add(1)))
    {
        let a = skips.partition_point(|(j, _)| *j < k);
        let b = skips.partition_point(|(j, _)| *j <= k);
        let sk = skip_ranges.get(a..b).unwrap_or(&[]);
        #[cfg(test)]
        let sk = match &slow_skips {
            Some(v) => v[k].as_slice(),
            None => sk,
        };
        let until = if k == stop_para { stop_at } else { usize::MAX };
        resolve::persons_into(para, k, sk, with_roles, until, &mut cache, &mut persons);
    }
    if with_roles {
        resolve::share_roles(&mut persons);
    }

    let mut out = Analysis::default();
    // History of speech quotes: (para, sentence-linked, resolved name, gender).
    struct Said {
        para: usize,
        /// Paragraph and byte just after the closing mark.
        end: (usize, usize),
        name: Option<String>,
        gender: Option<bool>,
    }
    let mut history: Vec<Said> = Vec::new();
    // Descriptions already resolved (« l'élue » → « Christine Morel »).
    let mut described: std::collections::HashMap<String, String> = Default::default();
    for (ti, &pi) in top.iter().enumerate() {
        // The segments go to the quote found: moved out of the pair (read no more).
        let segments = std::mem::take(&mut pairs[pi].segments);
        let p = &pairs[pi];
        let (qtext, qwords) = qtexts
            .get_mut(ti)
            .map(|(t, n)| (std::mem::take(t), *n))
            .unwrap_or_default();
        match &verdicts[ti] {
            Verdict::Mention { kind, .. } => {
                out.mentions.push(Mention::new(qtext, *kind));
            }
            Verdict::Speech { f, inherit } => {
                let op = p.open_para;
                let pos = (op, p.open_at);
                // The most recent person mentions before the quote, nearest first (bounded, so
                // that the cost stays linear in the number of quotes).
                let idx = persons.partition_point(|x| (x.para, x.at) < pos);
                let recent = &persons[idx.saturating_sub(RECENT)..idx];
                // Nearest first, without copying them.
                let before_owned = recent.iter().rev();
                let speaker = speakers.get_mut(ti).and_then(Option::take);
                let mut resolved: Option<String> = None;
                let mut gender: Option<bool> = None;
                let prev_same_para = history.last().filter(|h| h.para == op);
                let pick = |g: Option<bool>, levels_from: u8| -> Option<(String, Option<bool>)> {
                    let compat =
                        |x: &resolve::Person| g.is_none() || x.gender.is_none() || x.gender == g;
                    let _ = levels_from;
                    // Subjects in this paragraph and the one before.
                    if let Some(x) = before_owned
                        .clone()
                        .filter(|x| x.para + 1 >= op)
                        .find(|x| x.subject && compat(x))
                    {
                        return Some((x.name.to_owned(), x.gender));
                    }
                    let window = |x: &&resolve::Person| x.para + 3 >= op;
                    if g.is_some() {
                        if let Some(x) = before_owned.clone().filter(window).find(|x| x.gender == g)
                        {
                            return Some((x.name.to_owned(), x.gender));
                        }
                    }
                    before_owned
                        .clone()
                        .filter(window)
                        .find(|x| compat(x))
                        .map(|x| (x.name.to_owned(), x.gender))
                };
                match speaker.as_deref() {
                    Some(s) => {
                        if let Some((g, plural)) = pronoun_of(s) {
                            gender = g;
                            if !plural {
                                let compat_h =
                                    |h: &&Said| g.is_none() || h.gender.is_none() || h.gender == g;
                                let prev = prev_same_para.filter(compat_h);
                                // The previous speaker, in this paragraph or the one before,
                                // unless someone else of that gender was named as a subject
                                // since (« … », a dit X. Y s'inquiète. « …, ajoute-t-elle »).
                                let last = history
                                    .last()
                                    .filter(|h| h.name.is_some() && op <= h.para + 1)
                                    .filter(compat_h);
                                let named_since = last.and_then(|h| {
                                    before_owned
                                        .clone()
                                        .take_while(|x| (x.para, x.at) > h.end)
                                        .find(|x| {
                                            x.subject
                                                && (g.is_none()
                                                    || x.gender.is_none()
                                                    || x.gender == g)
                                        })
                                        .map(|x| x.name.to_owned())
                                });
                                if let Some(h) = prev {
                                    resolved = h.name.clone();
                                } else if let Some(n) = named_since {
                                    resolved = Some(n);
                                } else if let Some(h) = last {
                                    resolved = h.name.clone();
                                } else if let Some((n, _)) = pick(g, 2) {
                                    resolved = Some(n);
                                }
                            }
                        } else if let Some(x) = resolve::name_in_with(s, &mut cache) {
                            gender = x.gender;
                            let full = resolve::expand(x.name, recent)
                                .unwrap_or_else(|| x.name.to_owned());
                            if full != s {
                                resolved = Some(full);
                            }
                        } else if let Some((head, g)) = desc_of(ti, s) {
                            let g = g.or_else(|| resolve::head_gender(head));
                            gender = g;
                            let by_role = before_owned
                                .clone()
                                .find(|x| x.has_role(head))
                                .map(|x| x.name.to_owned());
                            if resolve::generic_head(head) && s.split_whitespace().count() <= 3 {
                                if let Some(n) = described.get(&text::to_lowercase(s)) {
                                    resolved = Some(n.clone());
                                } else if let Some(h) = prev_same_para.filter(|h| h.name.is_some())
                                {
                                    resolved = h.name.clone();
                                } else if by_role.is_some() {
                                    resolved = by_role;
                                } else if let Some((n, _)) = pick(g, 2) {
                                    resolved = Some(n);
                                }
                            } else if resolve::generic_head(head) {
                                resolved = by_role;
                            }
                        }
                    }
                    None => {
                        // « Macron : « … » »: a surname before the colon names someone the
                        // text names in full.
                        let colon_name = if f.cue.as_deref() == Some(":") {
                            let to = paras.get(op).copied().unwrap_or("");
                            let bt = before_ranges
                                .get(ti)
                                .and_then(|r| before_toks.get(r.clone()))
                                .unwrap_or(&[]);
                            let n = bt.len();
                            (n >= 2 && surf(to, &bt[n - 1]) == ":" && bt[n - 2].word)
                                .then(|| surf(to, &bt[n - 2]))
                                .filter(|w| text::is_cap(w))
                                .and_then(|w| {
                                    persons
                                        .iter()
                                        .take(RECENT * 10)
                                        .find(|x| x.word_count() > 1 && x.last_word() == w)
                                })
                                .map(|x| x.name.to_owned())
                        } else {
                            None
                        };
                        if colon_name.is_some() {
                            resolved = colon_name;
                        } else if f.pattern == Pattern::Headline || headline == Some(op) {
                            // A person in the headline, else the first one the body names.
                            resolved = persons
                                .iter()
                                .find(|x| x.para == op)
                                .or_else(|| {
                                    persons.iter().find(|x| x.para > op && x.para <= op + 2)
                                })
                                .map(|x| x.name.to_owned());
                        } else if *inherit {
                            resolved = history.last().and_then(|h| h.name.clone());
                        } else if let Some(x) = recent.iter().find(|x| {
                            f.pattern == Pattern::Intro
                                && x.para == op
                                && x.subject
                                && x.at >= bounds[ti].0
                                && x.at < p.open_at
                        }) {
                            // « X, conseiller municipal, ne mâche pas ses mots : « … » »
                            resolved = Some(x.name.to_owned());
                        } else if matches!(f.pattern, Pattern::Free | Pattern::Intro) {
                            resolved = history
                                .iter()
                                .rev()
                                .find(|h| h.para + 8 >= op && h.name.is_some())
                                .and_then(|h| h.name.clone());
                        }
                    }
                }
                if let Some(r) = resolved.take() {
                    let full = resolve::expand(&r, recent).unwrap_or(r);
                    if let Some(s) = speaker.as_deref() {
                        if desc_of(ti, s).is_some() {
                            described.insert(text::to_lowercase(s), full.clone());
                        }
                    }
                    resolved = Some(full);
                }
                let name = resolved.clone().or_else(|| {
                    speaker
                        .as_deref()
                        .filter(|s| pronoun_of(s).is_none())
                        .filter(|s| desc_of(ti, s).is_none())
                        .map(str::to_owned)
                });
                if gender.is_none() {
                    if let Some(n) = &name {
                        gender = before_owned
                            .clone()
                            .find(|x| x.name == n.as_str())
                            .and_then(|x| x.gender);
                    }
                }
                history.push(Said {
                    para: op,
                    end: (p.close_para, p.close_end),
                    name,
                    gender,
                });
                // Partial: words of the writer's sentence around the quote.
                let btoks = before_ranges
                    .get(ti)
                    .and_then(|r| before_toks.get(r.clone()))
                    .unwrap_or(&[]);
                let before_words = btoks.iter().filter(|t| t.word).count();
                let first_lower = qtext.chars().next().is_some_and(char::is_lowercase);
                let ends_punct = qtext.trim_end().ends_with(['.', '!', '?', '…', ',']);
                let partial = f.partial
                    || f.pattern == Pattern::Embedded
                    || (matches!(f.pattern, Pattern::Incise | Pattern::Free) && before_words > 0)
                    || first_lower
                    || (qwords < 4 && !ends_punct);
                out.quotes.push(Found2 {
                    segments,
                    text: qtext,
                    speaker,
                    resolved,
                    cue: f.cue.clone(),
                    partial,
                    pattern: f.pattern,
                });
            }
        }
    }
    // Nested marks are never speech on their own.
    for p in pairs.iter().filter(|p| p.nested) {
        let t = p.text(paras);
        let to = paras.get(p.open_para).copied().unwrap_or("");
        let lo = text::floor_boundary(to, p.open_at.saturating_sub(120));
        quote_buf.clear();
        text::tokenize_into(to, lo..p.open_at, &mut quote_buf);
        let bw = words_of(to, &quote_buf, &mut low_buf);
        let kind = mentions::kind_of(&bw, &t, false);
        out.mentions.push(Mention::new(t, kind));
    }
    out
}

impl Filter for Quotes {
    fn name(&self) -> &str {
        "quotes"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let title = doc.facts().title.as_deref().map(str::trim);
        // At most one entry per block: allocated once.
        let cap = doc.body().size_hint().1.unwrap_or(0);
        let mut ids: Vec<usize> = Vec::with_capacity(cap);
        let mut paras: Vec<&str> = Vec::with_capacity(cap);
        let mut first_kind = None;
        for (b, t) in doc.body() {
            first_kind.get_or_insert(b.kind);
            ids.push(b.id);
            paras.push(t);
        }
        let Some(first) = paras.first() else {
            return Ok(());
        };
        let is_title = matches!(first_kind, Some(BlockKind::Heading(_)))
            || title.is_some_and(|x| x == first.trim())
            || (paras.len() > 1
                && first.len() < 1000
                && first.chars().count() < 250
                && !first.trim_end().ends_with(['.', '!', '?', ':', ';']));
        let headline = is_title.then_some(0);
        let analysis = analyse(&paras, headline);
        let facts = doc.facts_mut();
        for q in analysis.quotes {
            let (Some((p0, r0)), Some((p1, r1))) = (q.segments.first(), q.segments.last()) else {
                continue;
            };
            let (Some(b0), Some(b1)) = (ids.get(*p0), ids.get(*p1)) else {
                continue;
            };
            let anchor = Anchor {
                block: *b0,
                start: r0.start,
                end_block: *b1,
                end: r1.end,
            };
            let mut quote = Quote::new(q.text);
            quote.speaker = q.speaker;
            quote.speaker_resolved = q.resolved;
            quote.cue = q.cue;
            quote.partial = q.partial;
            facts.quotes.push(QuoteFact::new(anchor, quote));
        }
        facts.mentions.extend(analysis.mentions);
        Ok(())
    }
}

#[cfg(test)]
mod tests;
