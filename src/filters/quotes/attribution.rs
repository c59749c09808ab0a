//! Attribution: which construction a quote sits in, its cue and its speaker as written.
//!
//! Constructions, tried in this order: incise after the quote (« … », a ainsi fait savoir X à
//! la presse; "…," said X; « … », peut-on lire dans X; « … », c'est ainsi qu'il a qualifié;
//! « … », selon X), a cue inside the quote (« …, souligne-t-elle. … »), an intro before it
//! (X a déclaré : « … »; X affirme « … »), selon / pour / d'après X, « … » embedded in
//! reported speech (X a déclaré qu'il n'avait « … »; qualifié de « … » par X), a quote in a
//! headline, a free quote whose speaker comes from the context.

use once_cell::sync::Lazy;

use super::cues::{
    is_aux, is_etre, is_modal, may_start_cue, may_start_cue_ascii, FormKind, LEXICON,
};
use super::text::{
    ends_np, is_cap, is_det, is_pronoun, is_title, low, low_is, split_inversion, stops_back, surf,
    with_low, Tok, WordMap,
};

/// How a quote is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pattern {
    Incise,
    InnerIncise,
    Intro,
    Selon,
    Embedded,
    Headline,
    Free,
}

/// A cue found in a token stream.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// First token of the cue (reflexive pronoun or auxiliary included).
    pub first: usize,
    /// One past the last token of the cue.
    pub end: usize,
    /// The cue as written, adverbs and inverted pronoun left out (« a fait savoir »).
    pub text: String,
    /// The inverted subject pronoun (`a-t-il` → `il`).
    pub pronoun: Option<String>,
    /// What the main verb form is.
    pub kind: FormKind,
    /// An auxiliary came first.
    pub aux: bool,
}

const ADVERBS: &[&str] = &[
    "ainsi",
    "pour sa part",
    "pour leur part",
    "de son côté",
    "de leur côté",
    "quant à lui",
    "quant à elle",
    "quant à eux",
    "encore",
    "également",
    "alors",
    "aussi",
    "aussitôt",
    "d' ailleurs",
    "par ailleurs",
    "en outre",
    "notamment",
    "déjà",
    "ensuite",
    "enfin",
    "toutefois",
    "pourtant",
    "cependant",
    "néanmoins",
    "donc",
    "même",
    "bien",
    "plus tard",
    "plus tôt",
    "simplement",
    "seulement",
    "volontiers",
    "encore une fois",
    "hier",
    "lui-même",
    "elle-même",
    "tout de suite",
    "en substance",
    "dans la foulée",
    "à son tour",
    "à leur tour",
    "lui aussi",
    "elle aussi",
    "ne",
    "n'",
    "pas",
    "jamais",
    "plutôt",
    "vite",
    "tout",
    "sobrement",
    "also",
    "then",
    "later",
    "again",
    "once",
    "too",
];

const NOT_ADVERB_MENT: &[&str] = &[
    "gouvernement",
    "parlement",
    "mouvement",
    "département",
    "moment",
    "document",
    "événement",
    "traitement",
    "argument",
    "établissement",
    "jugement",
    "enseignement",
    "financement",
    "logement",
    "changement",
    "développement",
    "engagement",
    "comportement",
    "fonctionnement",
];

/// The adverb phrases split into words, by first word.
static ADVERB_WORDS: Lazy<WordMap<&'static str, Vec<Vec<&'static str>>>> = Lazy::new(|| {
    let mut m: WordMap<&'static str, Vec<Vec<&'static str>>> = WordMap::default();
    for a in ADVERBS {
        let words: Vec<&'static str> = a.split(' ').collect();
        if let Some(first) = words.first() {
            m.entry(*first).or_default().push(words);
        }
    }
    m
});

/// Length in tokens of an adverb phrase at `i` (0 when none).
pub(crate) fn adverb_len(text: &str, toks: &[Tok], i: usize) -> usize {
    let mut best = 0;
    let Some(t0) = toks.get(i).filter(|t| t.word) else {
        return 0;
    };
    if let Some(cands) = with_low(text, t0, |w| ADVERB_WORDS.get(w)) {
        for words in cands {
            if words.len() <= best {
                continue;
            }
            let ok = words.iter().enumerate().skip(1).all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| t.word && low_is(text, t, w))
            });
            if ok {
                best = words.len();
            }
        }
    }
    if best == 0 {
        if let Some(t) = toks.get(i) {
            if t.word
                && !is_cap(surf(text, t))
                && with_low(text, t, |w| {
                    w.chars().count() >= 7
                        && (w.ends_with("ment") || w.ends_with("ly"))
                        && !NOT_ADVERB_MENT.contains(&w)
                })
            {
                best = 1;
            }
        }
    }
    best
}

fn skip_adverbs(text: &str, toks: &[Tok], mut j: usize) -> usize {
    let mut guard = 0;
    loop {
        // A comma-delimited aside: « a, quant à lui, annoncé ».
        let n = adverb_len(text, toks, j);
        if n == 0 || guard > 6 {
            return j;
        }
        j += n;
        guard += 1;
    }
}

/// Matches lexicon forms of `base` (the word at `j`, inversion removed) with the words that
/// must follow it. Returns the end token and the kind.
fn match_form(
    text: &str,
    toks: &[Tok],
    j: usize,
    base: &str,
    kinds: &[FormKind],
    rest_start: usize,
) -> Option<(usize, FormKind, Vec<String>)> {
    // The filter holds every lexicon form: a word it keeps out has none.
    if !may_start_cue(base) {
        return None;
    }
    let forms = LEXICON.forms.get(base)?;
    let mut best: Option<(usize, FormKind, Vec<String>)> = None;
    for f in forms {
        if !kinds.contains(&f.kind) {
            continue;
        }
        let ok = f.rest.iter().enumerate().all(|(k, w)| {
            toks.get(rest_start + k)
                .is_some_and(|t| t.word && low_is(text, t, w))
        });
        if ok
            && best
                .as_ref()
                .is_none_or(|b| f.rest.len() + rest_start > b.0)
        {
            best = Some((rest_start + f.rest.len(), f.kind, f.rest.clone()));
        }
    }
    let _ = j;
    best
}

/// The tokens before a mark at which no cue starts, as a scan found them: one bit for each of
/// the last 64 tokens, so that [`intro_before`] and [`embedded`], which read the same last
/// tokens, ask [`cue_at`] about each only once.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct NoCue(u64);

impl NoCue {
    /// The bit of token `i` of a list of `n`, for the last 64 tokens.
    fn bit(n: usize, i: usize) -> u64 {
        match n.checked_sub(i) {
            Some(d @ 1..=64) => 1 << (d - 1),
            _ => 0,
        }
    }

    /// [`cue_at`], answered at once for a token already found to start none.
    fn cue_at(&mut self, text: &str, toks: &[Tok], i: usize) -> Option<Cue> {
        let bit = Self::bit(toks.len(), i);
        if self.0 & bit != 0 {
            return None;
        }
        let c = cue_at(text, toks, i);
        if c.is_none() {
            self.0 |= bit;
        }
        c
    }
}

/// A cue starting at token `i`.
pub(crate) fn cue_at(text: &str, toks: &[Tok], i: usize) -> Option<Cue> {
    let mut j = i;
    let t0 = toks.get(j)?;
    if !t0.word {
        return None;
    }
    let s0 = surf(text, t0);
    if t0.clean {
        // A word that is its own lower-case form, without an inversion: the filter on it
        // (« s' » and « se » pass it) says whether any cue starts with it.
        if !may_start_cue(s0) && !s0.as_bytes().contains(&b'-') {
            return None;
        }
    } else if s0.is_ascii() && !s0.as_bytes().contains(&b'-') && !may_start_cue_ascii(s0) {
        // A capitalised ASCII word without an inversion: the same filter on its lower-case
        // form says whether to make that form at all.
        return None;
    }
    let w0 = low(text, t0);
    // The reflexive pronoun of « s'est inquiété », « se félicite ».
    let (refl, w) = if w0 == "s'" || w0 == "se" {
        j += 1;
        let t = toks.get(j)?;
        if !t.word {
            return None;
        }
        (Some(w0), low(text, t))
    } else {
        // The same token: lower-cased once.
        (None, w0)
    };
    let refl = refl.as_deref();
    let (base, pron) = split_inversion(&w);
    // Most words are no auxiliary, modal or lexicon form: no cue starts with them.
    if !may_start_cue(base) {
        return None;
    }
    // (The cue's words are put together only once it is found.)
    let etre = is_etre(base);
    if is_aux(base) && (!etre || refl.is_some()) {
        let mut k = skip_adverbs(text, toks, j + 1);
        let tk = toks.get(k)?;
        let pw = low(text, tk);
        // a tenu à préciser, a voulu rappeler
        if matches!(&*pw, "tenu" | "voulu" | "tenté" | "essayé" | "préféré") {
            k += 1;
            let prep = toks
                .get(k)
                .map(|t| low(text, t))
                .filter(|w| matches!(&**w, "à" | "de" | "d'"));
            if prep.is_some() {
                k += 1;
            }
            let inf = toks.get(k)?;
            let iw = low(text, inf);
            let (end, kind, rest) = match_form(text, toks, k, &iw, &[FormKind::Infinitive], k + 1)?;
            let words = [Some(base), Some(&*pw), prep.as_deref(), Some(&*iw)];
            return Some(Cue {
                first: i,
                end,
                text: cue_text(refl, &words, &rest),
                pronoun: pron.map(str::to_owned),
                kind,
                aux: true,
            });
        }
        let (end, _, rest) = match_form(text, toks, k, &pw, &[FormKind::Participle], k + 1)?;
        return Some(Cue {
            first: i,
            end,
            text: cue_text(refl, &[Some(base), Some(&*pw)], &rest),
            pronoun: pron.map(str::to_owned),
            kind: FormKind::Participle,
            aux: true,
        });
    }
    if is_modal(base) && base != "se" && base != "s'" {
        let mut k = j + 1;
        let prep = toks
            .get(k)
            .map(|t| low(text, t))
            .filter(|w| matches!(&**w, "à" | "de" | "d'"));
        if prep.is_some() {
            k += 1;
        }
        let inf = toks.get(k)?;
        let iw = low(text, inf);
        if iw == "dire" && matches!(base, "veut" | "voulait" | "voulu") {
            // « que veut dire … » asks what a word means.
            return None;
        }
        let (end, kind, rest) = match_form(text, toks, k, &iw, &[FormKind::Infinitive], k + 1)?;
        return Some(Cue {
            first: i,
            end,
            text: cue_text(refl, &[Some(base), prep.as_deref(), Some(&*iw)], &rest),
            pronoun: pron.map(str::to_owned),
            kind,
            aux: false,
        });
    }
    let (end, kind, rest) = match_form(
        text,
        toks,
        j,
        base,
        &[FormKind::Finite, FormKind::Gerund, FormKind::Participle],
        j + 1,
    )?;
    if kind != FormKind::Gerund && pron.is_none() && refl.is_none() && j > 0 {
        // « par tranche de », « une note », « la critique »: a noun, not a verb.
        if with_low(text, &toks[j - 1], |pw| {
            is_det(pw)
                || matches!(
                    pw,
                    "à" | "de"
                        | "d'"
                        | "du"
                        | "des"
                        | "au"
                        | "aux"
                        | "par"
                        | "en"
                        | "pour"
                        | "sur"
                        | "dans"
                        | "avec"
                        | "sans"
                        | "of"
                        | "to"
                        | "in"
                        | "for"
                )
        }) {
            return None;
        }
    }
    Some(Cue {
        first: i,
        end,
        text: cue_text(refl, &[Some(base)], &rest),
        pronoun: pron.map(str::to_owned),
        kind,
        aux: false,
    })
}

/// The words of a cue joined by spaces: the reflexive pronoun, the words given, the rest of
/// the lexicon form.
fn cue_text(refl: Option<&str>, words: &[Option<&str>], rest: &[String]) -> String {
    let mut out = String::new();
    let all = refl
        .into_iter()
        .chain(words.iter().copied().flatten())
        .chain(rest.iter().map(String::as_str));
    for (n, w) in all.enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn np_start_ok(text: &str, t: &Tok) -> bool {
    t.word && (is_cap(surf(text, t)) || with_low(text, t, |w| is_det(w) || is_title(w)))
}

/// The speaker phrase after a cue (inverted subject), skipping adverbs and a complement placed
/// before it (« a déclaré à cette occasion le ministre »). Returns the phrase and its end token.
pub(crate) fn np_after(text: &str, toks: &[Tok], j: usize) -> Option<(String, usize)> {
    let mut j = skip_adverbs(text, toks, j);
    let t = toks.get(j)?;
    if !t.word {
        return None;
    }
    if !np_start_ok(text, t) && with_low(text, t, ends_np) {
        // Skip a complement: a preposition, then words, up to a determiner or a name.
        let mut k = j + 1;
        let mut seen_noun = false;
        loop {
            let tk = toks.get(k)?;
            if !tk.word || k > j + 6 {
                return None;
            }
            if seen_noun && np_start_ok(text, tk) {
                break;
            }
            if with_low(text, tk, |wk| {
                !is_det(wk) && !ends_np(wk) && wk != "de" && wk != "d'"
            }) {
                seen_noun = true;
            }
            k += 1;
        }
        j = k;
    }
    let start = j;
    if !np_start_ok(text, toks.get(start)?) {
        return None;
    }
    let mut k = start;
    while k < toks.len() && k - start < 12 {
        let tk = &toks[k];
        if !tk.word {
            if surf(text, tk) == "." && k > start && with_low(text, &toks[k - 1], is_title) {
                k += 1;
                continue;
            }
            break;
        }
        if k > start && with_low(text, tk, ends_np) && !is_cap(surf(text, tk)) {
            break;
        }
        // "…," Larsen added: the name stops at the verb.
        if k > start && !is_cap(surf(text, tk)) && cue_at(text, toks, k).is_some() {
            break;
        }
        k += 1;
    }
    // Trim trailing connectors.
    while k > start
        && with_low(text, &toks[k - 1], |w| {
            matches!(w, "de" | "du" | "des" | "d'" | "la" | "le" | "les" | "l'")
        })
    {
        k -= 1;
    }
    if k <= start {
        return None;
    }
    let s = toks[start].s;
    let e = toks[k - 1].e;
    Some((text.get(s..e)?.to_owned(), k))
}

const CLITICS: &[&str] = &[
    "ne", "n'", "en", "y", "se", "s'", "me", "m'", "te", "t'", "l'", "le", "la", "les", "lui",
    "leur",
];

/// The subject phrase before the verb at token `vi` (« Muriel Pénicaud a déclaré », « la jeune
/// femme s'inquiète », « Marie-Pierre Dausse, professeur d'histoire, défend », « X, qui
/// développe »).
pub(crate) fn np_before(text: &str, toks: &[Tok], vi: usize) -> Option<String> {
    let mut k = vi;
    let mut n = 0;
    while k > 0 && n < 3 && with_low(text, &toks[k - 1], |w| CLITICS.contains(&w)) {
        // « nous le raconte » keeps « nous »; a determiner before a noun is not a clitic, but
        // right before the verb it is.
        k -= 1;
        n += 1;
    }
    if k > 0 && low_is(text, &toks[k - 1], "qui") && k > 1 && surf(text, &toks[k - 2]) == "," {
        k -= 2;
    } else if k > 0 && surf(text, &toks[k - 1]) == "," {
        // An apposition between commas: go to the comma before it.
        let mut c = k - 1;
        let mut found = None;
        while c > 0 && k - c < 12 {
            c -= 1;
            if surf(text, &toks[c]) == "," {
                found = Some(c);
                break;
            }
            if !toks[c].word {
                break;
            }
        }
        k = found?;
    }
    let end = k;
    let mut s = k;
    while s > 0 && end - s < 10 {
        let t = &toks[s - 1];
        if !t.word {
            if surf(text, t) == "." && s >= 2 && with_low(text, &toks[s - 2], is_title) {
                s -= 1;
                continue;
            }
            break;
        }
        let (stop, pronoun) = with_low(text, t, |w| (stops_back(w), is_pronoun(w) && w != "qui"));
        if stop {
            break;
        }
        s -= 1;
        if pronoun {
            break;
        }
    }
    while s < end {
        if is_cap(surf(text, &toks[s]))
            || with_low(text, &toks[s], |w| {
                is_det(w) || is_title(w) || is_pronoun(w)
            })
        {
            break;
        }
        s += 1;
    }
    if s >= end {
        return None;
    }
    // A pronoun subject is the pronoun alone.
    if with_low(text, &toks[end - 1], |w| is_pronoun(w) && w != "qui") {
        return Some(surf(text, &toks[end - 1]).to_owned());
    }
    let st = toks[s].s;
    let en = toks[end - 1].e;
    text.get(st..en).map(str::to_owned)
}

/// `selon X`, `d'après X`, `pour X,`, `according to X` ending the token list (the quote
/// follows). Returns the speaker.
pub(crate) fn selon_before(text: &str, toks: &[Tok]) -> Option<String> {
    let n = toks.len();
    let mut end = n;
    let comma = end > 0 && surf(text, &toks[end - 1]) == ",";
    if comma {
        end -= 1;
    }
    // A long apposition is allowed when commas frame it: « Selon X, professeur d'histoire
    // dans un lycée de Créteil, « … » ».
    let lo = end.saturating_sub(32);
    let mut commas = 0;
    for i in (lo..end).rev() {
        // The word, as one of the four that open the construction (0: none of them). (By the
        // first byte, then compared without lower-casing; punctuation is none of them.)
        let t = &toks[i];
        let w = match text.as_bytes().get(t.s) {
            _ if !t.word => 0,
            Some(b's' | b'S') if low_is(text, t, "selon") => 1,
            Some(b'p' | b'P') if low_is(text, t, "pour") => 2,
            Some(b'd' | b'D') if low_is(text, t, "d'") => 3,
            Some(b'a' | b'A') if low_is(text, t, "according") => 4,
            _ => 0,
        };
        let (ok, skip) = match w {
            _ if i + 14 < end && !(comma && commas == 1) => {
                if w != 0 {
                    return None;
                }
                (false, 0)
            }
            1 => (true, 1),
            2 => (comma, 1),
            3 if toks.get(i + 1).is_some_and(|t| low_is(text, t, "après")) => (true, 2),
            4 if toks.get(i + 1).is_some_and(|t| low_is(text, t, "to")) => (true, 2),
            _ => (false, 0),
        };
        if !ok {
            // A word goes on; punctuation is looked at. (A word is neither « . » nor « , ».)
            if t.word {
                continue;
            }
            let title_dot =
                surf(text, &toks[i]) == "." && i > 0 && with_low(text, &toks[i - 1], is_title);
            if surf(text, &toks[i]) == "," && commas < 2 {
                // An apposition: « Pour Jeanne Lacroix, commerçante, « … » ».
                commas += 1;
                continue;
            }
            if !(toks[i].word || title_dot) {
                return None;
            }
            continue;
        }
        let s = i + skip;
        if s >= end {
            return None;
        }
        if !(np_start_ok(text, &toks[s]) || with_low(text, &toks[s], is_pronoun)) {
            return None;
        }
        let e = (s..end)
            .find(|&k| surf(text, &toks[k]) == ",")
            .unwrap_or(end);
        if e <= s {
            return None;
        }
        if i + 14 < end && (e..end).any(|k| cue_at(text, toks, k).is_some()) {
            // « Selon lui, la réforme … et il faut dire « … » »: a clause, not an apposition.
            return None;
        }
        return text.get(toks[s].s..toks[e - 1].e).map(str::to_owned);
    }
    None
}

/// `, selon X` / `, d'après X` / `, according to X` right after a quote.
pub(crate) fn selon_after(text: &str, toks: &[Tok], j: usize) -> Option<(String, String)> {
    let t = toks.get(j)?;
    let (cue, s) = if low_is(text, t, "selon") {
        ("selon", j + 1)
    } else if low_is(text, t, "d'") && toks.get(j + 1).is_some_and(|t| low_is(text, t, "après")) {
        ("d'après", j + 2)
    } else if low_is(text, t, "according") && toks.get(j + 1).is_some_and(|t| low_is(text, t, "to"))
    {
        ("according to", j + 2)
    } else {
        return None;
    };
    let t = toks.get(s)?;
    if with_low(text, t, is_pronoun) {
        return Some((surf(text, t).to_owned(), cue.to_owned()));
    }
    let (np, _) = np_after(text, toks, s)?;
    Some((np, cue.to_owned()))
}

/// Result of looking after a quote.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub pattern: Pattern,
    /// Words came between the quote and the incise, or before it: a partial quote.
    pub partial: bool,
}

/// An incise after the quote. `toks` are the tokens after the closing mark up to the end of
/// the sentence; `comma_in_quote` says the quote itself ended with , ! ? or ….
pub(crate) fn incise_after(text: &str, toks: &[Tok], comma_in_quote: bool) -> Option<Found> {
    // Words may continue the sentence before the incise comma: « … » des groupes, a dit X.
    let mut j = 0;
    let mut words_between = 0;
    let mut had_comma = comma_in_quote;
    while let Some(t) = toks.get(j) {
        let s = surf(text, t);
        if !t.word {
            if s == "," || s == "–" || s == "—" || s == "-" {
                had_comma = true;
                j += 1;
                break;
            }
            if words_between == 0 && s == ")" {
                j += 1;
                continue;
            }
            return None;
        }
        if words_between == 0 && had_comma {
            break;
        }
        words_between += 1;
        if words_between > 10 {
            return None;
        }
        j += 1;
    }
    let partial = words_between > 0;
    if let Some((sp, cue)) = selon_after(text, toks, j) {
        if had_comma {
            return Some(Found {
                speaker: Some(sp),
                cue: Some(cue),
                pattern: Pattern::Selon,
                partial,
            });
        }
    }
    // « … », c'est ainsi qu'il a qualifié …
    if toks.get(j).is_some_and(|t| low_is(text, t, "c'"))
        && toks.get(j + 1).is_some_and(|t| low_is(text, t, "est"))
    {
        let lim = (j + 10).min(toks.len());
        for k in j + 2..lim {
            if let Some(c) = cue_at(text, toks, k) {
                let sp = c.pronoun.clone().or_else(|| np_before(text, toks, c.first));
                return Some(Found {
                    speaker: sp,
                    cue: Some(c.text),
                    pattern: Pattern::Incise,
                    partial: true,
                });
            }
        }
        return None;
    }
    let cue = cue_at(text, toks, j);
    let Some(cue) = cue else {
        // English order: "…," X said.
        if had_comma && !partial {
            let (np, e) = np_after(text, toks, j).or_else(|| {
                let t = toks.get(j)?;
                with_low(text, t, |w| {
                    matches!(w, "he" | "she" | "they" | "il" | "elle")
                })
                .then(|| (surf(text, t).to_owned(), j + 1))
            })?;
            // "…," the union president, Maria Gomez, told the crowd.
            let (np, e) = if cue_at(text, toks, e).is_none()
                && toks.get(e).is_some_and(|t| surf(text, t) == ",")
            {
                match np_after(text, toks, e + 1) {
                    Some((np2, e2))
                        if is_cap(&np2) && toks.get(e2).is_some_and(|t| surf(text, t) == ",") =>
                    {
                        (np2, e2 + 1)
                    }
                    _ => (np, e),
                }
            } else {
                (np, e)
            };
            let c = cue_at(text, toks, e)?;
            if c.kind == FormKind::Finite || c.aux {
                return Some(Found {
                    speaker: Some(np),
                    cue: Some(c.text),
                    pattern: Pattern::Incise,
                    partial,
                });
            }
        }
        return None;
    };
    if !had_comma && cue.pronoun.is_none() {
        return None;
    }
    if cue.kind == FormKind::Gerund {
        return None;
    }
    let speaker = match cue.pronoun.as_deref() {
        Some("on") => {
            // peut-on lire dans X
            match toks.get(cue.end) {
                Some(t) if low_is(text, t, "dans") || low_is(text, t, "sur") => {
                    np_after(text, toks, cue.end + 1).map(|(s, _)| s)
                }
                _ => None,
            }
        }
        Some(_) => cue.pronoun.clone(),
        None => np_after(text, toks, cue.end).map(|(s, _)| s),
    };
    let cue_text = if cue.pronoun.as_deref() == Some("on") && cue.text.ends_with("lire") {
        cue.text.replace("peut lire", "peut-on lire")
    } else {
        cue.text
    };
    Some(Found {
        speaker,
        cue: Some(cue_text),
        pattern: Pattern::Incise,
        partial,
    })
}

/// A cue inside the quote: « …, souligne-t-elle. … » or « …, rappelle X, … . … ».
pub(crate) fn inner_incise(text: &str, toks: &[Tok]) -> Option<Found> {
    for i in 0..toks.len() {
        if surf(text, &toks[i]) != "," {
            continue;
        }
        let Some(c) = cue_at(text, toks, i + 1) else {
            continue;
        };
        if c.kind == FormKind::Gerund || c.kind == FormKind::Infinitive {
            continue;
        }
        let speaker = if let Some(p) = &c.pronoun {
            if p == "on" {
                continue;
            }
            Some(
                surf(text, &toks[i + 1])
                    .rsplit('-')
                    .next()
                    .unwrap_or(p)
                    .to_owned(),
            )
        } else {
            match np_after(text, toks, c.end) {
                Some((np, _)) if is_cap(&np) || np.split_whitespace().count() > 1 => Some(np),
                _ => continue,
            }
        };
        // The incise ends its sentence soon after.
        let tail_end = (c.end + 16).min(toks.len());
        let ends = toks[c.end..tail_end]
            .iter()
            .any(|t| matches!(surf(text, t), "." | "!" | "?" | "…" | ","));
        if !ends && tail_end < toks.len() {
            continue;
        }
        return Some(Found {
            speaker,
            cue: Some(c.text),
            pattern: Pattern::InnerIncise,
            partial: false,
        });
    }
    None
}

/// An intro before the quote: `toks` run from the sentence start (or the previous quote) to
/// the opening mark.
pub(crate) fn intro_before(text: &str, toks: &[Tok], memo: &mut NoCue) -> Option<Found> {
    let n = toks.len();
    if n == 0 {
        return None;
    }
    let colon = surf(text, &toks[n - 1]) == ":";
    let end = if colon { n - 1 } else { n };
    if colon {
        // The last cue of the clause before the colon.
        let lo = end.saturating_sub(30);
        let mut best: Option<Cue> = None;
        let mut i = lo;
        while i < end {
            if let Some(c) = memo.cue_at(text, toks, i) {
                i = c.end.max(i + 1);
                if c.kind != FormKind::Infinitive && c.kind != FormKind::Gerund {
                    best = Some(c);
                }
                continue;
            }
            i += 1;
        }
        if let Some(c) = best {
            let sp = c
                .pronoun
                .clone()
                .or_else(|| np_before(text, toks, c.first))
                .or_else(|| np_after(text, toks, c.end).map(|(s, _)| s));
            return Some(Found {
                speaker: sp,
                cue: Some(c.text),
                pattern: Pattern::Intro,
                partial: false,
            });
        }
        // « pour lui », « selon elle » inside the clause.
        for i in lo..end {
            let w = if low_is(text, &toks[i], "pour") {
                "pour"
            } else if low_is(text, &toks[i], "selon") {
                "selon"
            } else {
                continue;
            };
            if let Some(t) = toks.get(i + 1) {
                if with_low(text, t, |w2| is_pronoun(w2) && w2 != "qui" && w2 != "on") {
                    return Some(Found {
                        speaker: Some(surf(text, t).to_owned()),
                        cue: Some(w.to_owned()),
                        pattern: Pattern::Selon,
                        partial: false,
                    });
                }
            }
        }
        // A bare name before the colon (headline style: « Macron : « … » »).
        // The run of words right before the colon (« 11:31 Caroline Fourest : »).
        let run = toks[..end].iter().rev().take_while(|t| t.word).count();
        let words = &toks[end - run..end];
        if !words.is_empty()
            && words.len() <= 5
            && words.iter().all(|t| t.word || surf(text, t) == ".")
            && is_cap(surf(text, &words[0]))
            && text
                .get(words[0].s..words[words.len() - 1].e)
                .and_then(super::resolve::name_in)
                .is_some()
        {
            let s = words[0].s;
            let e = words[words.len() - 1].e;
            return Some(Found {
                speaker: text.get(s..e).map(str::to_owned),
                cue: Some(":".into()),
                pattern: Pattern::Intro,
                partial: false,
            });
        }
        return Some(Found {
            speaker: None,
            cue: Some(":".into()),
            pattern: Pattern::Intro,
            partial: false,
        });
    }
    // No colon: the verb right before the mark (« Elle affirme « … » »).
    let lo = end.saturating_sub(4);
    for i in (lo..end).rev() {
        if let Some(c) = memo.cue_at(text, toks, i) {
            if c.end == end && (c.kind == FormKind::Finite || c.aux) {
                let sp = c.pronoun.clone().or_else(|| np_before(text, toks, c.first));
                sp.as_ref()?;
                return Some(Found {
                    speaker: sp,
                    cue: Some(c.text),
                    pattern: Pattern::Intro,
                    partial: false,
                });
            }
        }
    }
    None
}

/// A cue earlier in the sentence that governs a partial quote: « X a déclaré qu'elle n'avait
/// « … » », « qualifié de « … » par X », « estimant que … « … » ». `after` are the tokens after
/// the quote (for a passive « par X »).
pub(crate) fn embedded(
    text: &str,
    toks: &[Tok],
    after_text: &str,
    after: &[Tok],
    memo: &mut NoCue,
) -> Option<(Found, bool)> {
    let n = toks.len();
    let lo = n.saturating_sub(30);
    let mut best: Option<Cue> = None;
    let mut i = lo;
    while i < n {
        if let Some(c) = memo.cue_at(text, toks, i) {
            i = c.end.max(i + 1);
            best = Some(c);
            continue;
        }
        i += 1;
    }
    let c = best?;
    // Passive participle: « qualifié de « … » par X ».
    if c.kind == FormKind::Participle && !c.aux {
        if n - c.end > 3 {
            return None;
        }
        if after.first().is_some_and(|t| low_is(after_text, t, "par")) {
            let sp = np_after(after_text, after, 1).map(|(s, _)| s);
            return Some((
                Found {
                    speaker: sp,
                    cue: Some(c.text),
                    pattern: Pattern::Embedded,
                    partial: true,
                },
                false,
            ));
        }
        return Some((
            Found {
                speaker: None,
                cue: Some(c.text),
                pattern: Pattern::Embedded,
                partial: true,
            },
            true,
        ));
    }
    if c.kind == FormKind::Gerund {
        return Some((
            Found {
                speaker: None,
                cue: Some(c.text),
                pattern: Pattern::Embedded,
                partial: true,
            },
            true,
        ));
    }
    let sp = c.pronoun.clone().or_else(|| np_before(text, toks, c.first));
    let inherit = sp.is_none();
    Some((
        Found {
            speaker: sp,
            cue: Some(c.text),
            pattern: Pattern::Embedded,
            partial: true,
        },
        inherit,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::quotes::text::tokenize;

    #[test]
    fn the_no_cue_memo_gives_the_answers_of_cue_at() {
        // Long enough that the first tokens fall outside the memo's last 64.
        let text = "Le ministre, qui s'est dit inquiet, a-t-il ajouté devant la presse : il a \
                    tenu à préciser que les élus ont déclaré la chose. "
            .repeat(4);
        let toks = tokenize(&text, 0..text.len());
        assert!(toks.len() > 100);
        let mut memo = NoCue::default();
        let mut found = 0;
        for round in 0..2 {
            for i in (0..toks.len() + 2).rev() {
                let want = cue_at(&text, &toks, i).map(|c| (c.first, c.end, c.text));
                let got = memo
                    .cue_at(&text, &toks, i)
                    .map(|c| (c.first, c.end, c.text));
                assert_eq!(got, want, "{round} {i}");
                found += usize::from(want.is_some());
            }
        }
        assert!(found >= 8, "{found}");
    }
}
