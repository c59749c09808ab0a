//! Photo credits and captions: [`parse_credit`], [`split_caption_credit`], [`AGENCIES`].
//!
//! Forms read: "Crédit : AFP", "Crédits photo : Bestimage", "Crédit photo : KB / Bondy Blog",
//! "© AFP", "©\u{a0}Kak", "Photo : Jean Dupont / AFP", "Photo iStock", "AFP / Archives",
//! "REUTERS/Kevin Lamarque", "afp.com/Michael Regan", "Nathan Alliard / Photononstop / AFP",
//! "(Photo by John Smith/Getty Images)", "AP Photo/Evan Vucci", "Getty Images", "DR", and
//! a credit glued to the end of a caption ("…, le 12 juillet 2023. BERTRAND GUAY / AFP",
//! "…• Crédits : Getty", "… (Photo : X / AFP)").
//!
//! A credit is normalised: labels ("©", "Crédit(s) (photo) :", "Photo :", "Photo by") are
//! dropped, known agencies get their canonical spelling from [`AGENCIES`], photographers'
//! names stay as written, qualifiers that name no source ("Archives", "Illustration", "File")
//! are dropped, and the remaining parts are joined with " / " in page order.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use super::longer_than;
use crate::filters::gate::Gated;

/// Photo agencies and sources: the canonical name, then the spellings seen on pages
/// (compared case-insensitively, after folding "." and "-" to spaces). Data, not code: add a
/// row to teach the crate a new agency.
pub const AGENCIES: &[(&str, &[&str])] = &[
    (
        "AFP",
        &[
            "afp",
            "agence france presse",
            "agence france-presse",
            "afp photo",
            "afp com",
            "afp.com",
        ],
    ),
    ("Reuters", &["reuters", "reuters photo", "thomson reuters"]),
    (
        "AP",
        &[
            "ap",
            "ap photo",
            "associated press",
            "the associated press",
            "ap images",
        ],
    ),
    (
        "Getty Images",
        &["getty images", "getty", "getty images via afp"],
    ),
    ("MaxPPP", &["maxppp", "max ppp", "maxpp"]),
    ("Sipa", &["sipa", "sipa press", "sipapress", "sipa usa"]),
    (
        "Abaca",
        &["abaca", "abacapress", "abaca press", "abacapress com"],
    ),
    ("EPA", &["epa", "epa efe", "epa images"]),
    ("EFE", &["efe"]),
    ("Hans Lucas", &["hans lucas"]),
    ("Bestimage", &["bestimage", "best image"]),
    ("Photononstop", &["photononstop"]),
    (
        "iStock",
        &["istock", "istockphoto", "photo istock", "istock photo"],
    ),
    ("Shutterstock", &["shutterstock"]),
    ("dpa", &["dpa", "deutsche presse agentur"]),
    (
        "picture alliance",
        &["picture alliance", "picture-alliance"],
    ),
    ("Xinhua", &["xinhua"]),
    ("ANP", &["anp"]),
    ("ANSA", &["ansa"]),
    ("Belga", &["belga"]),
    ("Keystone", &["keystone", "keystone ats", "keystone sda"]),
    ("Anadolu", &["anadolu", "anadolu agency", "anadolu ajansi"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Yonhap", &["yonhap"]),
    ("TASS", &["tass", "itar tass"]),
    ("Sputnik", &["sputnik", "ria novosti"]),
    ("PA", &["pa", "pa images", "pa wire", "press association"]),
    ("AAP", &["aap"]),
    ("Bloomberg", &["bloomberg", "bloomberg via getty images"]),
    ("NurPhoto", &["nurphoto"]),
    ("SOPA Images", &["sopa images", "sopa"]),
    (
        "ZUMA Press",
        &["zuma", "zuma press", "zuma wire", "zumapress"],
    ),
    ("Alamy", &["alamy", "alamy stock photo"]),
    ("Leemage", &["leemage"]),
    ("Divergence", &["divergence", "divergence images"]),
    ("Andia", &["andia", "andia fr"]),
    ("Panoramic", &["panoramic"]),
    ("Icon Sport", &["icon sport", "iconsport"]),
    ("Presse Sports", &["presse sports"]),
    ("Starface", &["starface"]),
    ("Wikimedia Commons", &["wikimedia commons", "wikimedia"]),
    ("Unsplash", &["unsplash"]),
    ("Pixabay", &["pixabay"]),
    ("Flickr", &["flickr"]),
    ("MAP", &["map", "maghreb arabe presse"]),
    ("APS", &["aps", "algérie presse service"]),
    ("TAP", &["tap", "tunis afrique presse"]),
    ("ATS", &["ats"]),
    ("Belga Image", &["belga image"]),
    ("Le Parisien", &["le parisien"]),
    ("Ouest-France", &["ouest france"]),
    ("Wostok Press", &["wostok press", "wostok"]),
    ("Hollandse Hoogte", &["hollandse hoogte"]),
    ("NASA", &["nasa"]),
];

/// Whether `name` is a known agency or photo source (any spelling of [`AGENCIES`]).
pub(crate) fn is_agency(name: &str) -> bool {
    agency(name).is_some()
}

/// Sources that are also names of websites, projects or newsrooms: alone on a line without
/// a credit label they are more often a link than a credit.
const NEEDS_LABEL: &[&str] = &[
    "Wikimedia Commons",
    "Flickr",
    "Unsplash",
    "Pixabay",
    "NASA",
    "Le Parisien",
    "Ouest-France",
    "Bloomberg",
    "Sputnik",
    "TASS",
];

/// Whether a normalised credit is a single source that needs a label to count.
pub(crate) fn needs_label(credit: &str) -> bool {
    NEEDS_LABEL.contains(&credit)
}

/// Whether a credit line says it is one ("Crédit :", "©", "Photo :", "Photo by" …).
pub(crate) fn is_labelled(text: &str) -> bool {
    let t = text.trim();
    LABEL.is_match(t) || t.starts_with("(") && LABEL.is_match(t.trim_start_matches('('))
}

/// Agency names that a page may print inside a word-like credit with no label; shorter
/// spellings ("AP", "PA", "MAP") only count when they stand alone as a segment in capitals.
fn agency(segment: &str) -> Option<&'static str> {
    let seg = segment.trim();
    // No spelling is longer than this: a longer segment is not an agency (and costs nothing).
    if seg.is_empty() || seg.len() > MAX_SPELLING {
        return None;
    }
    let key = fold(seg);
    let canon = *AGENCY_INDEX.get(key.as_str())?;
    if key.len() <= 3 && seg.chars().any(char::is_lowercase) {
        // "Map", "Tap", "ats" in running text are words, not agencies.
        return None;
    }
    Some(canon)
}

/// Longest spelling of [`AGENCIES`] in bytes, with room for doubled separators.
const MAX_SPELLING: usize = 48;

/// Every spelling of [`AGENCIES`], folded once, to its canonical name.
static AGENCY_INDEX: Lazy<HashMap<String, &'static str>> = Lazy::new(|| {
    let mut m = HashMap::new();
    for (canon, spellings) in AGENCIES {
        for s in *spellings {
            m.entry(fold(s)).or_insert(*canon);
        }
    }
    m
});

/// Any spelling of [`AGENCIES`] in a text, in any case, its words separated by any run of the
/// separators [`fold`] reads, with no letter or digit right before or after it: a text where
/// this finds nothing has no part that [`agency`] knows (such a part folds to a spelling, so
/// holds it in this form, and the credit's delimiters and trimmed characters around a part
/// are never letters or digits). Without `\b`, so the lazy DFA runs it.
static AGENCY_ANYWHERE: Lazy<Regex> = Lazy::new(|| {
    let mut spellings: Vec<&String> = AGENCY_INDEX.keys().collect();
    spellings.sort();
    let alternation: Vec<String> = spellings
        .iter()
        .map(|s| {
            s.split(' ')
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"[\s._\-]+")
        })
        .collect();
    let edge = r"[^\p{Alphabetic}\p{N}]";
    Regex::new(&format!(
        "(?i)(?:^|{edge})(?:{})(?:$|{edge})",
        alternation.join("|")
    ))
    .unwrap_or_else(super::bad_pattern)
});

/// Lower-cases and joins the words of `s` with single spaces ('.', '-', '_' separate words).
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '.' || c == '-' || c == '_') {
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Qualifiers that say what kind of picture it is, not whose: dropped from the credit.
fn is_qualifier(segment: &str) -> bool {
    if segment.len() > 40 {
        return false;
    }
    matches!(
        fold(segment).as_str(),
        "archives"
            | "archive"
            | "illustration"
            | "photo d'illustration"
            | "photo d’illustration"
            | "image d'illustration"
            | "image d’illustration"
            | "file"
            | "file photo"
            | "photo"
            | "photos"
            | "pool"
            | "via"
    )
}

/// A credit label, its value after it: "Crédit : ", "Crédits photo :", "©", "Photo :",
/// "Photo by", "Image :", "Source :". With `by`, the pattern has its "Photo by" branch (the
/// whole label); without it, the rest, in the same order (see [`Label`]).
fn label_pattern(by: bool) -> String {
    const COLON: &str = r"(?:cr[ée]dits?|credits?)(?:\s+(?:photos?|images?|vid[ée]o|illustrations?))?\s*[:：]|(?:photos?|images?|illustrations?|source|pictures?)\s*[:：]";
    const BY: &str =
        r"|(?:photo\s+illustration|illustration|photo|picture|image|vid[ée]o)\s+(?:by|de|par)\b";
    const SIGN: &str = r"©|\(c\)|copyright\s+";
    let by = if by { BY } else { "" };
    format!(r"(?i)^(?:[•·|\-–—]\s*)?(?:{COLON}{by}|{SIGN})\s*")
}

/// The credit label pattern ([`label_pattern`]), run so that the lazy DFA does the work on
/// most lines: its one `\b` (in the branch "Photo by" / "Illustration de" / "Vidéo par") keeps
/// the lazy DFA off any line with an accent ("Crédit : AFP").
///
/// * `whole` is the pattern, [`Gated`]: its gate (the pattern without `\b`) rules out most
///   lines in one DFA search;
/// * `plain` is the pattern without the "Photo by" branch, with no `\b`. Anchored at the
///   start, that branch and the others never both match one text (the words they share,
///   "photo", "image", "illustration", "picture", "vidéo", are followed by a ':' in the
///   others and by spaces and a word in it; the other branches start with other letters),
///   so where `plain` matches, the pattern's match is `plain`'s; elsewhere `whole` runs.
struct Label {
    whole: Gated,
    plain: Regex,
}

static LABEL: Lazy<Label> = Lazy::new(|| Label {
    whole: Gated::new(&label_pattern(true)),
    plain: Regex::new(&label_pattern(false)).unwrap_or_else(super::bad_pattern),
});

impl Label {
    /// Same as `find` with the whole label pattern.
    fn find<'t>(&self, t: &'t str) -> Option<regex::Match<'t>> {
        if !self.whole.may_match(t) {
            return None;
        }
        self.plain.find(t).or_else(|| self.whole.find(t))
    }

    /// Same as `is_match` with the whole label pattern.
    fn is_match(&self, t: &str) -> bool {
        self.whole.may_match(t) && (self.plain.is_match(t) || self.whole.is_match(t))
    }
}

/// Whether [`LABEL`] can match `t` by its first character: a separator, "©", "(", or a
/// letter its words start with in any case ("ſ" folds to "s"). Most lines start otherwise.
fn may_open_label(t: &str) -> bool {
    match t.chars().next() {
        Some('•' | '·' | '|' | '-' | '–' | '—' | '©' | '(' | 'ſ') => true,
        Some(c) => matches!(c.to_ascii_lowercase(), 'c' | 'p' | 'i' | 's' | 'v'),
        None => false,
    }
}

/// "Photo iStock", "Photo AFP": the word Photo before a known agency.
static PHOTO_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:photo|photos|foto|fotos|image|illustration)\s+")
        .unwrap_or_else(super::bad_pattern)
});

/// Footer copyright, not a photo credit: a year, "tous droits réservés", "all rights …".
static FOOTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\b(?:19|20)\d\d\b|droits\s+r[ée]serv|all\s+rights|rights\s+reserved|\bcopyright\b|mentions\s+l[ée]gales|https?://|www\.")
        .unwrap_or_else(super::bad_pattern)
});

/// One segment of a credit: a name or an agency, a few words, no sentence punctuation.
fn segment_ok(seg: &str, labelled: bool) -> bool {
    let s = seg.trim();
    if s.is_empty() || longer_than(s, 40) {
        return false;
    }
    let words = s.split_whitespace().count();
    if words > 5 {
        return false;
    }
    if s.contains(['!', '?', ';', '«', '»', '"', '“', '”', ':']) {
        return false;
    }
    // Sentence-like: ends with a period after a long lower-case word.
    if s.ends_with('.') && !s.ends_with(". ") {
        let last = s
            .trim_end_matches('.')
            .split_whitespace()
            .last()
            .unwrap_or("");
        if last.chars().count() > 3 && last.chars().all(|c| c.is_lowercase()) {
            return false;
        }
    }
    // Every word starts with an upper-case letter or a digit, or is a short particle; after a
    // label, one lower-case word may qualify a name ("Archives du Gouvernement tchèque").
    let mut lower_left = usize::from(labelled && words >= 3);
    s.split_whitespace().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() || first.is_ascii_digit() {
            return true;
        }
        let lw = w.to_lowercase();
        matches!(
            lw.as_str(),
            "de" | "du"
                | "des"
                | "la"
                | "le"
                | "van"
                | "von"
                | "der"
                | "den"
                | "da"
                | "di"
                | "d'"
                | "el"
                | "al"
                | "ben"
                | "bin"
                | "y"
                | "and"
                | "et"
                | "&"
                | "via"
        ) || lw.starts_with("d'")
            || lw.starts_with("d’")
            || agency(w).is_some()
            || (w.contains('.') && w.len() > 4)
            || (lower_left > 0 && {
                lower_left -= 1;
                true
            })
    })
}

/// Splits a credit value into parts: "/", "|", "-" between spaces, ",", " via ", " for ".
fn split_parts(value: &str, labelled: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    // After a label, ". " before an agency separates too ("Photo Prakash Mathema. AFP"); an
    // initial ("Kevin C. Cox") does not.
    let mut pieces: Vec<&str> = Vec::new();
    for x in value.split(['/', '|', '•']) {
        match x.rsplit_once(". ") {
            Some((a, b)) if labelled && agency(b).is_some() => {
                pieces.push(a);
                pieces.push(b);
            }
            _ => pieces.push(x),
        }
    }
    for a in pieces {
        for b in a.split(" - ") {
            for c in b.split(" – ") {
                for d in c.split(", ") {
                    for e in d.split(" via ") {
                        for f in e.split(" for ") {
                            let t = f.trim().trim_matches(|c: char| c == '(' || c == ')');
                            if !t.trim().is_empty() {
                                parts.push(t.trim());
                            }
                        }
                    }
                }
            }
        }
    }
    parts
}

/// Normalises the parts of a credit value. `labelled`: the page said it is a credit, so any
/// name-like parts pass; otherwise a known agency must be among the parts.
fn normalise(value: &str, labelled: bool) -> Option<String> {
    let value = value
        .trim()
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']', '.', ','])
        .trim();
    if value.is_empty() || longer_than(value, 100) {
        return None;
    }
    // Without a label, a part must be a known agency: no spelling anywhere, no credit. Most
    // short lines of a page (menus, headings) stop here, before any part is split or folded.
    if !labelled && !AGENCY_ANYWHERE.is_match(value) {
        return None;
    }
    if FOOTER.is_match(value) {
        return None;
    }
    // "afp.com/Michael Regan".
    let value = value
        .replace("afp.com/", "AFP/")
        .replace("AFP.com/", "AFP/");
    let parts = split_parts(&value, labelled);
    if parts.is_empty() || parts.len() > 5 {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut has_agency = false;
    for p in parts {
        let p = p.strip_prefix("via ").unwrap_or(p).trim();
        if is_qualifier(p) {
            continue;
        }
        let p = PHOTO_WORD.replace(p, "");
        let p = p.trim();
        if is_qualifier(p) {
            continue;
        }
        if let Some(a) = agency(p) {
            has_agency = true;
            if !out.iter().any(|x| x == a) {
                out.push(a.to_owned());
            }
            continue;
        }
        // "AP Photo/Evan Vucci" already split; "John Smith for The Guardian" split above.
        if !segment_ok(p, labelled) {
            return None;
        }
        out.push(p.to_owned());
    }
    if out.is_empty() {
        return None;
    }
    if !labelled && !has_agency {
        return None;
    }
    Some(out.join(" / "))
}

/// A cheap test that a line may hold a credit: a label, a "©", a "/", parentheses, or a short
/// line (an agency's name alone).
pub(crate) fn may_hold_credit(text: &str) -> bool {
    let t = text.trim();
    let b = t.as_bytes();
    if t.len() <= 40
        || memchr::memchr3(b'/', b'(', b'|', b).is_some()
        || memchr::memchr_iter(0xC2, b).any(|i| b.get(i + 1) == Some(&0xA9))
        || t.ends_with(" DR")
        || t.ends_with(" D.R.")
    {
        return true;
    }
    // The first 400 characters: the whole line when it has no more bytes than that.
    let head = if t.len() <= 400 {
        t
    } else {
        t.char_indices()
            .nth(400)
            .and_then(|(i, _)| t.get(..i))
            .unwrap_or(t)
    };
    CREDIT_WORD.is_match(head)
}

/// Words that a long line holding a credit carries.
static CREDIT_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)cr[ée]dit|photo|image|foto|source|getty|afp|reuters")
        .unwrap_or_else(super::bad_pattern)
});

/// The normalised credit of a line that is a credit line, or `None` when the line is
/// something else (a caption, a sentence, a footer copyright line).
///
/// ```
/// use newsclean::filters::facts::parse_credit;
/// assert_eq!(parse_credit("Crédit : AFP").as_deref(), Some("AFP"));
/// assert_eq!(parse_credit("REUTERS/Kevin Lamarque").as_deref(), Some("Reuters / Kevin Lamarque"));
/// assert_eq!(parse_credit("© 2019 BONDY BLOG TOUS DROITS RESERVES"), None);
/// ```
pub fn parse_credit(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || longer_than(t, 120) {
        return None;
    }
    if let Some(m) = may_open_label(t).then(|| LABEL.find(t)).flatten() {
        let rest = &t[m.end()..];
        if rest.trim().eq_ignore_ascii_case("dr") {
            return Some("DR".to_owned());
        }
        return normalise(rest, true);
    }
    {
        let mut rest = t;
        while let Some(r) = rest
            .strip_prefix("Credits ")
            .or_else(|| rest.strip_prefix("Credit "))
        {
            rest = r.trim_start();
        }
        if rest.len() < t.len() && rest.starts_with(char::is_uppercase) {
            return match LABEL.find(rest) {
                Some(m) => normalise(&rest[m.end()..], true),
                None => normalise(rest, true),
            };
        }
    }
    if t == "DR" || t.eq_ignore_ascii_case("droits réservés") {
        return Some("DR".to_owned());
    }
    // "(Photo by X/Getty Images)" as a whole line.
    let inner = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t);
    if inner.len() != t.len() {
        return parse_credit(inner);
    }
    normalise(t, false)
}

/// Splits a caption from a credit glued to its end. Returns the length in bytes of the
/// caption part (trimmed) and the normalised credit.
///
/// ```
/// use newsclean::filters::facts::split_caption_credit;
/// let t = "Jean Jaurès à l'Assemblée, par Jean Veber• Crédits : Getty";
/// let (len, credit) = split_caption_credit(t).unwrap();
/// assert_eq!(&t[..len], "Jean Jaurès à l'Assemblée, par Jean Veber");
/// assert_eq!(credit, "Getty Images");
/// ```
pub fn split_caption_credit(text: &str) -> Option<(usize, String)> {
    // Every form keeps a caption of at least ten characters and a credit of at least one
    // after it (a label, a parenthesis or a space between them): a line of fewer than
    // eleven characters, so of fewer than eleven bytes, has none. Menu items stop here.
    if text.trim_end().len() < MIN_CAPTION_WITH_CREDIT {
        return None;
    }
    split_any_caption_credit(text)
}

/// [`split_caption_credit`] without its length test.
fn split_any_caption_credit(text: &str) -> Option<(usize, String)> {
    let t = text.trim_end();
    if longer_than(t, 400) {
        return None;
    }
    // 0. "…in 2023.CreditCredit Jeon Heon-Kyun/EPA": an English "Credit" label glued to the
    //    caption's last sentence (HTML spans joined without a space).
    //    The match ends the line within 200 bytes: the pattern only sees them.
    let from = (t.len().saturating_sub(200)..t.len())
        .find(|&i| t.is_char_boundary(i))
        .unwrap_or(0);
    let end_part = t.get(from..).unwrap_or("");
    if let Some((p_end, rest)) = credit_glued(end_part) {
        let cap = t.get(..from + p_end).unwrap_or("");
        if cap.chars().count() >= 10 {
            if let Some(credit) = normalise(rest, true) {
                return Some((cap.len(), credit));
            }
        }
    }
    // 1. A labelled credit after a separator or a sentence end.
    if let Some(m) = has_glued_keyword(t)
        .then(|| GLUED_LABEL.captures(t).and_then(|c| c.name("lab")))
        .flatten()
    {
        let cap = t[..m.start()].trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '-' | '–' | '—' | '|' | '•' | '·' | '(' | '[' | '/' | ',')
        });
        let credit = parse_credit(&t[m.start()..])?;
        if cap.chars().count() >= 10 {
            return Some((cap.len(), credit));
        }
        return None;
    }
    // 2. "DR" (droits réservés) at the end: "… «Braguino» DR".
    if let Some(cap) = t.strip_suffix(" DR").or_else(|| t.strip_suffix(" D.R.")) {
        let cap = cap.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '/')
        });
        if cap.chars().count() >= 10 {
            return Some((cap.len(), "DR".to_owned()));
        }
    }
    // 3. A credit in parentheses at the end: "(Photo by X/Getty Images)", "(AFP)".
    if t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = &t[open + 1..t.len() - 1];
            let cap = t[..open].trim_end();
            if cap.chars().count() >= 10 && inner.chars().count() <= 80 {
                // "(Photo Prakash Mathema. AFP)": the word Photo labels it, without a colon.
                let labelled = inner
                    .strip_prefix("Photo ")
                    .or_else(|| inner.strip_prefix("photo "))
                    .or_else(|| inner.strip_prefix("Photos "))
                    .and_then(|r| normalise(r, true));
                if let Some(c) = labelled.or_else(|| parse_credit(inner)) {
                    return Some((cap.len(), c));
                }
            }
        }
    }
    // 4. Unlabelled "NAME / AGENCY" after the caption's last sentence or a dash: the last
    //    space or no-break space within 80 bytes of the end that such a mark precedes.
    //    The bytes that start a space (' ', and 0xC2 of U+00A0) are found by `memrchr2`,
    //    from the end, as the loop over every byte found them.
    let b = t.as_bytes();
    let from = t.len().saturating_sub(80);
    let cut = memchr::memrchr2_iter(b' ', 0xC2, b.get(from..).unwrap_or(&[]))
        .map(|j| from + j)
        .find(|&i| {
            let space = match b.get(i) {
                Some(b' ') => true,
                Some(0xC2) => b.get(i + 1) == Some(&0xA0),
                _ => false,
            };
            space && mark_before(t, i)
        })?;
    let tail = t[cut..].trim();
    if !tail.contains('/') && agency(tail).is_none() {
        return None;
    }
    let credit = parse_credit(tail)?;
    let cap = t[..cut]
        .trim_end()
        .trim_end_matches(['-', '–', '—', '|'])
        .trim_end();
    (cap.chars().count() >= 10).then_some((cap.len(), credit))
}

/// Whether the text before byte `i` of `t`, white space trimmed off its end, ends with a
/// sentence end or a dash ('.', '-', '–', '—', '|', '»', ')'). Most often the byte just before
/// is an ASCII character that is not white space: then it is that last character, read
/// without trimming or decoding.
fn mark_before(t: &str, i: usize) -> bool {
    const MARKS: [char; 7] = ['.', '-', '–', '—', '|', '»', ')'];
    match i.checked_sub(1).and_then(|p| t.as_bytes().get(p)) {
        Some(&c) if c.is_ascii() && !c.is_ascii_whitespace() && c != 0x0B => {
            matches!(c, b'.' | b'-' | b'|' | b')')
        }
        _ => t.get(..i).unwrap_or("").trim_end().ends_with(MARKS),
    }
}

/// The fewest characters a caption with a glued credit holds: a caption of ten characters
/// (every form of [`split_caption_credit`] asks for as many) and one of the credit.
const MIN_CAPTION_WITH_CREDIT: usize = 11;

/// The credit glued to the end of `text` by an English "Credit" label after a sentence's
/// end ("….CreditCredit Jeon Heon-Kyun/EPA"): where the sentence mark ends and the credit.
/// [`CREDIT_GLUED`] runs only when a "Credit" follows such a mark and white space (where any
/// match of it starts), which few lines hold.
fn credit_glued(text: &str) -> Option<(usize, &str)> {
    // `contains` first: the standard library's vectorised search, quicker than the iterator.
    let candidate = text.contains("Credit")
        && text.match_indices("Credit").any(|(c, _)| {
            text.get(..c)
                .and_then(|b| b.trim_end().chars().next_back())
                .is_some_and(|m| matches!(m, '.' | '!' | '?' | '»' | '”' | ')'))
        });
    if !candidate {
        return None;
    }
    let caps = CREDIT_GLUED.captures(text)?;
    Some((caps.name("p")?.end(), caps.name("rest")?.as_str()))
}

static CREDIT_GLUED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?P<p>[.!?»”)])\s*(?:Credits?\s*){1,2}:?\s*(?P<rest>\p{Lu}[^\n]{1,100})$")
        .unwrap_or_else(super::bad_pattern)
});

/// The label words of [`GLUED_LABEL`] without their context, a cheap test before it: whether
/// `t` holds "crédit" / "credit", "photo", "image" (in any case), "©" or "(c)". One pass over
/// the bytes, each compared only with the words that can start with it.
fn has_glued_keyword(t: &str) -> bool {
    let b = t.as_bytes();
    let at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    (0..b.len()).any(|i| match b[i] | 0x20 {
        b'c' => {
            at(i + 1, b"r")
                && (at(i + 2, b"edit")
                    || (at(i + 2, "é".as_bytes()) || at(i + 2, "É".as_bytes()))
                        && at(i + 4, b"dit"))
        }
        b'p' => at(i, b"photo"),
        b'i' => at(i, b"image"),
        // "(c)"; '(' | 0x20 is '('.
        b'(' => at(i, b"(c)"),
        // "©" is 0xC2 0xA9; 0xC2 | 0x20 is 0xE2.
        0xE2 => b[i] == 0xC2 && b.get(i + 1) == Some(&0xA9),
        _ => false,
    })
}

/// A credit label glued to a caption. Its one word boundary ("photo by\b") keeps the lazy DFA
/// off a French line: [`Gated`] runs the pattern without it first, which on most lines that
/// hold a label word ("photo" in a sentence) finds nothing.
static GLUED_LABEL: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)(?:[•·|\-–—(\[]\s*|[.!?»]\s+|\s)(?P<lab>(?:cr[ée]dits?|credits?)(?:\s+(?:photos?|images?))?\s*[:：]|(?:photo|image)\s*[:：]|photo\s+by\b|©|\(c\))",
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The two parts of [`Label`] find what the one pattern found.
    #[test]
    fn label_parts_match_as_the_pattern() {
        let whole = Regex::new(&label_pattern(true)).unwrap();
        let mut matched = 0;
        for t in [
            "Crédit : AFP",
            "CRÉDITS PHOTO\u{a0}: Jean Dupont",
            "- Photo : Reuters",
            "• photos: X / Y",
            "Photo by Evan Vucci",
            "photo  de l'AFP",
            "Photo par Jean",
            "photo bye",
            "Photo by",
            "photo by_x",
            "photo byé",
            "photo de\u{301}",
            "Photo Illustration by Ann",
            "Illustration de Marie",
            "Illustrations : Marie",
            "Picture by AP",
            "Vidéo par France 24",
            "VIDEO BY Staff",
            "vidéo pare-brise",
            "Image : Getty",
            "Source : INSEE",
            "ſource : INSEE",
            "© AFP",
            "(c) Reuters",
            "Copyright Getty",
            "Photographie de",
            "Le ministre",
            "",
        ] {
            let want = whole.find(t).map(|m| m.range());
            matched += usize::from(want.is_some());
            assert_eq!(LABEL.find(t).map(|m| m.range()), want, "{t:?}");
            assert_eq!(LABEL.is_match(t), want.is_some(), "{t:?}");
        }
        assert!(matched >= 20, "{matched}");
    }

    #[test]
    fn credit_lines() {
        let table: &[(&str, Option<&str>)] = &[
            ("Crédit : AFP", Some("AFP")),
            ("Crédit\u{a0}: AFP", Some("AFP")),
            ("Crédits photo : Bestimage", Some("Bestimage")),
            ("Crédits photos : Bestimage", Some("Bestimage")),
            ("Crédit photo : KB / Bondy Blog", Some("KB / Bondy Blog")),
            ("• Crédits : Getty", Some("Getty Images")),
            ("© AFP", Some("AFP")),
            ("©\u{a0}Kak", Some("Kak")),
            ("© Kak", Some("Kak")),
            ("Photo : Jean Dupont / AFP", Some("Jean Dupont / AFP")),
            ("Photo: Jane Doe / Reuters", Some("Jane Doe / Reuters")),
            ("Photo iStock", Some("iStock")),
            ("Getty Images", Some("Getty Images")),
            ("AFP / Archives", Some("AFP")),
            ("AFP/Archives", Some("AFP")),
            ("REUTERS/Kevin Lamarque", Some("Reuters / Kevin Lamarque")),
            ("afp.com/Michael Regan", Some("AFP / Michael Regan")),
            (
                "Nathan Alliard / Photononstop / AFP",
                Some("Nathan Alliard / Photononstop / AFP"),
            ),
            ("HANDOUT / AFP", Some("HANDOUT / AFP")),
            ("BERTRAND GUAY / AFP", Some("BERTRAND GUAY / AFP")),
            (
                "(Photo by John Smith/Getty Images)",
                Some("John Smith / Getty Images"),
            ),
            ("AP Photo/Evan Vucci", Some("AP / Evan Vucci")),
            (
                "Credit Photo Illustration by Andrew B. Myers for The New York Times",
                Some("Andrew B. Myers / The New York Times"),
            ),
            ("Photo d'illustration / MaxPPP", Some("MaxPPP")),
            ("LP/Jean Dupont", None),
            ("Crédit photo : LP/Jean Dupont", Some("LP / Jean Dupont")),
            ("DR", Some("DR")),
            ("Crédit : DR", Some("DR")),
            ("ABACAPRESS.COM", Some("Abaca")),
            ("SIPA", Some("Sipa")),
            ("Sipa Press", Some("Sipa")),
            (
                "Credit Kevin Frayer/Getty Images",
                Some("Kevin Frayer / Getty Images"),
            ),
            (
                "Credit Credit Jeon Heon-Kyun/EPA, via Shutterstock",
                Some("Jeon Heon-Kyun / EPA / Shutterstock"),
            ),
            ("Photo: ČTK/Vít Šimánek", Some("ČTK / Vít Šimánek")),
            (
                "picture alliance / Xinhua News Agency | Ju Peng",
                Some("picture alliance / Xinhua News Agency / Ju Peng"),
            ),
            (
                "Un centre de données. Foto Sergey Rraikin via Unsplash",
                None,
            ),
            // Not credits.
            ("© 2019 BONDY BLOG TOUS DROITS RESERVES", None),
            ("Copyright © euronews 2026", None),
            ("© L'Express", Some("L'Express")),
            ("Tous droits réservés - Les Echos 2024", None),
            ("Crédit : ", None),
            ("Photo : le ministre à Paris", None),
            (
                "Crédit immobilier : les taux remontent en flèche cette semaine",
                None,
            ),
            (
                "Le ministre a parlé à l'AFP / Reuters hier soir devant la presse.",
                None,
            ),
            ("Politique", None),
            ("AP", Some("AP")),
            ("Map", None),
            ("", None),
        ];
        for (text, want) in table {
            assert_eq!(parse_credit(text).as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn agency_gate_finds_every_spelling() {
        for (canon, spellings) in AGENCIES {
            for s in spellings.iter().chain([canon]) {
                for v in [s.to_string(), s.to_uppercase(), format!("Photo {s}.")] {
                    assert!(agency(s).is_none() || AGENCY_ANYWHERE.is_match(&v), "{v:?}");
                }
            }
        }
        for v in [
            "AGENCE-FRANCE\u{a0} PRESSE",
            "x / Abaca_Press.com",
            "Algérie Presse Service",
        ] {
            assert!(AGENCY_ANYWHERE.is_match(v), "{v:?}");
        }
        for v in ["Politique internationale", "Après Paris", "MAPS", "Mapa"] {
            assert!(!AGENCY_ANYWHERE.is_match(v), "{v:?}");
        }
    }

    #[test]
    fn glued_keyword_test_is_the_pattern() {
        let re = Regex::new(r"(?i)cr[ée]dit|photo|image|©|\(c\)").unwrap();
        for t in [
            "",
            "c",
            "cr",
            "Crédit",
            "CRÉDIT",
            "crÉdit",
            "credits",
            "CREDIT",
            "cred it",
            "crèdit",
            "xphotoy",
            "PHOTO",
            "Phot",
            "imagE",
            "imag",
            "©",
            "\u{a9}x",
            "(c)",
            "(C)",
            "( c)",
            "(c",
            "Le ministre à Paris",
            "’©’",
            "é©",
            "\u{8}c)",
            "crédi",
            "pho",
            "ÉCRÉDIT",
        ] {
            assert_eq!(has_glued_keyword(t), re.is_match(t), "{t:?}");
        }
    }

    #[test]
    fn glued_credit_search_is_the_pattern() {
        let re =
            Regex::new(r"(?P<p>[.!?»”)])\s*(?:Credits?\s*){1,2}:?\s*(?P<rest>\p{Lu}[^\n]{1,100})$")
                .unwrap();
        let long = format!("A caption. Credit {}", "X".repeat(120));
        let edge = format!("A caption. Credit Credit {}", "X".repeat(95));
        let edge2 = format!("A caption. Credit Credit {}", "X".repeat(100));
        let edge3 = format!("A caption. Credit Credit x{}", "X".repeat(100));
        for t in [
            "United Nations peacekeepers in Sudan on Monday.CreditCredit Jeon Heon-Kyun/EPA",
            "A caption. Credit: Jane Doe for The New York Times",
            "A caption.\u{a0}Credits Jane Doe",
            "A caption. Credit Credit Credit Jane Doe",
            "A caption. Credit jane doe. Credit Jane Doe",
            "A caption! Credit\nJane. Credit Jane",
            "Credit Jane Doe",
            "A caption) CreditsSmith",
            "A caption” Credit Éric Dupont",
            "A caption. Credit cards. Credit X",
            "no mark Credit Jane",
            "A caption. Credit J",
            long.as_str(),
            edge.as_str(),
            edge2.as_str(),
            edge3.as_str(),
            "",
        ] {
            let want = re
                .captures(t)
                .map(|c| (c.name("p").unwrap().end(), c.name("rest").unwrap().as_str()));
            assert_eq!(credit_glued(t), want, "{t:?}");
        }
    }

    #[test]
    fn glued_credits() {
        let table: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Jean Jaurès à l'Assemblée, par Jean Veber• Crédits : Getty",
                Some(("Jean Jaurès à l'Assemblée, par Jean Veber", "Getty Images")),
            ),
            (
                "Le président à Paris, le 12\u{a0}juillet\u{a0}2023. BERTRAND GUAY / AFP",
                Some((
                    "Le président à Paris, le 12\u{a0}juillet\u{a0}2023.",
                    "BERTRAND GUAY / AFP",
                )),
            ),
            (
                "Des secouristes à Dnipro en Ukraine. HANDOUT / AFP",
                Some(("Des secouristes à Dnipro en Ukraine.", "HANDOUT / AFP")),
            ),
            (
                "The president in Washington (Photo by John Smith/Getty Images)",
                Some(("The president in Washington", "John Smith / Getty Images")),
            ),
            (
                "Le ministre à Moscou - Crédit photo : Jean Dupont / AFP",
                Some(("Le ministre à Moscou", "Jean Dupont / AFP")),
            ),
            (
                "Le ministre à Moscou. © Jean Dupont / MaxPPP",
                Some(("Le ministre à Moscou.", "Jean Dupont / MaxPPP")),
            ),
            // Not glued credits.
            (
                "Le ministre a rencontré son homologue à Moscou lundi.",
                None,
            ),
            (
                "Il a été interrogé par l'AFP (Agence France-Presse) hier soir sur le sujet",
                None,
            ),
            ("Un texte - avec un tiret / et une barre oblique", None),
        ];
        for (text, want) in table {
            let got = split_caption_credit(text);
            let got = got
                .as_ref()
                .map(|(n, c)| (text.get(..*n).unwrap_or(""), c.as_str()));
            assert_eq!(got, *want, "{text:?}");
        }
    }

    /// The byte test of `mark_before` answers as trimming and reading the last character.
    #[test]
    fn mark_before_is_the_trimmed_last_character() {
        let hand = "a. b\na .b\nx - y\nx – y\nx — y\nx | y\n« x » y\n(x) y\nx.\u{a0} y\n\
            x.\u{202f}\u{a0} y\nx\u{b} y\nx\t y\né y\n y\nx,y z\nx.\u{85} y\n\u{1c} y";
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            for i in (0..=line.len()).filter(|&i| line.is_char_boundary(i)) {
                let slow = line
                    .get(..i)
                    .unwrap_or("")
                    .trim_end()
                    .ends_with(['.', '-', '–', '—', '|', '»', ')']);
                assert_eq!(mark_before(line, i), slow, "{line:?} {i}");
            }
        }
    }

    /// The length test in front of [`split_caption_credit`] never hides a glued credit: no
    /// line shorter than [`MIN_CAPTION_WITH_CREDIT`] bytes has one, over the fixtures' lines
    /// and every short ending of hand-written captions with credits.
    #[test]
    fn length_test_never_hides_a_glued_credit() {
        let hand = [
            "Une photo.CreditCredit AFP",
            "Abcdefghij.Credit AB",
            "Abcdefghij© AFP",
            "Abcdefghij - Crédit : AFP",
            "Abcdefghij DR",
            "Abcdefghij D.R.",
            "Abcdefghij (AFP)",
            "Abcdefghij. X/Y",
            "Abcdefghij. AFP",
            "Abcdéfghij. AFP",
            "Le port. © Kak",
            "A b c d e f. AP",
            "La place, photo by Jane Roe/AP",
            "La place, photo byJane",
            "Vue de Paris (photo : AFP)",
            "Vue de Paris • Crédits photos : Getty",
            "Vue de Paris. Image\u{a0}: X",
        ];
        let mut short = 0;
        let mut found = 0;
        for line in hand
            .iter()
            .flat_map(|h| h.char_indices().map(move |(i, _)| &h[i..]))
            .chain(hand.iter().copied())
            .chain(crate::filters::fixture_lines())
        {
            let got = split_any_caption_credit(line);
            found += usize::from(got.is_some());
            if line.trim_end().len() < MIN_CAPTION_WITH_CREDIT {
                short += 1;
                assert_eq!(got, None, "{line:?}");
            }
            assert_eq!(split_caption_credit(line), got, "{line:?}");
            let lab =
                |c: Option<regex::Captures<'_>>| c.and_then(|c| c.name("lab")).map(|m| m.range());
            assert_eq!(
                lab(GLUED_LABEL.captures(line)),
                lab(GLUED_LABEL.regex().captures(line)),
                "{line:?}"
            );
        }
        assert!(found >= 8, "{found}");
        assert!(short >= 50, "{short}");
    }
}
