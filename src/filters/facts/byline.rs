//! Bylines: [`parse_byline`], [`parse_name_line`].
//!
//! Forms read: "Par Jean Dupont", "Par\u{a0}Denis Loctier", "Par J. Dupont et M. Durand",
//! "Par A, B et C", "Par AFP", "Par Le Figaro et AFP", "Jean Dupont, avec AFP",
//! "Le Monde with AFP", "By Jane Doe", "By Jane Doe and John Roe", "Written by …", and a
//! byline glued to a date, a time or a reading time ("Par E. NURDIN - 05:01 - Temps de
//! lecture :", "Par Nicolas Gutierrez C. le 14.09.2020 à 11h46", "Marie Merlet | lundi 9
//! décembre 2019 à 09h08", "By Dan Goodin - Dec 14, 2016"). Names are returned with their
//! white space collapsed; an agency that signs is kept as a name.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::filters::gate::Gated;

/// "Par", "By", "Written by", "Texte :", "Reportage :", "Propos recueillis par".
static PREFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:[|•·\-–—]\s*)?(?:par|by|written\s+by|posted\s+by|publi[ée]\s+par|reported\s+by|story\s+by|words\s+by|texte\s*[:：]|textes\s*[:：]|reportage\s*[:：]|auteur\s*[:：]|auteurs\s*[:：]|author\s*[:：]|propos\s+recueillis\s+par)(?:\s+|\s*[:：]\s*)")
        .unwrap_or_else(super::bad_pattern)
});

/// Whether `text` starts with a byline label ("Par", "By", "Auteur :" …).
pub(crate) fn has_prefix(text: &str) -> bool {
    let t = text.trim_start();
    may_open_prefix(t) && PREFIX.is_match(t)
}

/// Whether [`PREFIX`] can match `t` by its first character: a separator of
/// `[|•·\-–—]`, or the first letter of one of its words (par, by, written, posted, publié,
/// reported, story, words, texte, reportage, auteur, author, propos) in either case, or 'ſ',
/// the one non-ASCII character that `(?i)` folds to one of these letters (to 's'). Most
/// lines open otherwise, and run no pattern.
fn may_open_prefix(t: &str) -> bool {
    match t.chars().next() {
        Some('|' | '•' | '·' | '-' | '–' | '—' | 'ſ') => true,
        Some(c) => matches!(
            c.to_ascii_lowercase(),
            'p' | 'b' | 'w' | 'r' | 's' | 't' | 'a'
        ),
        None => false,
    }
}

/// What ends the names: separators, dates, labels, credits. The branch with word boundaries
/// is apart ([`STOP_WORDS`]): the lazy DFA runs the rest on any text; see [`stop_at`].
static STOP: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)\s*[|•·@]|\s[-–—]\s|\s[-–—]$|\s+(?:le|on|the)\s+(?:\d|1er|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\s+(?:at|à)\s+\d|\s*\d|\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d|\s*[(\[]?(?:photo|cr[ée]dit)")
        .unwrap_or_else(super::bad_pattern)
});

/// Date labels and reading times that end the names.
static STOP_WORDS: Lazy<Gated> = Lazy::new(|| {
    Gated::new(
        r"(?i)\s*\b(?:publi[ée]|mis\s+à\s+jour|mise\s+à\s+jour|modifi[ée]|actualis[ée]|updated|published|posted|il\s+y\s+a|temps\s+de\s+lecture|lecture\s*:|reading\s+time)\b",
    )
});

/// Where the names of `t` end: the start of the leftmost match of [`STOP`] or [`STOP_WORDS`]
/// (what one pattern with both as branches would find: a leftmost match starts at the
/// earliest start of its branches' leftmost matches).
fn stop_at(t: &str) -> Option<usize> {
    let plain = STOP.find(t).map(|m| m.start());
    let words = STOP_WORDS.find(t).map(|m| m.start());
    match (plain, words) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Between names: ",", " et ", " and ", " & ", " avec ", " with ", parentheses.
/// " avec " / " with " anywhere: what an unlabelled byline needs.
static AVEC: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\s(?:avec|with)\s").unwrap_or_else(super::bad_pattern));

/// Whether `t` holds "avec" or "with" in ASCII letters of any case: every match of [`AVEC`]
/// does, as no other character folds to one of these eight letters under `(?i)` (the
/// non-ASCII characters that fold to ASCII ones are 'K' KELVIN SIGN to 'k' and 'ſ' to 's').
/// A byte search for 'v' / 'w' (memchr) instead of the pattern over every head line.
fn may_hold_avec(t: &str) -> bool {
    let b = t.as_bytes();
    let at = |i: usize, word: &[u8]| {
        b.get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    memchr::memchr2_iter(b'v', b'V', b).any(|i| i > 0 && at(i - 1, b"avec"))
        || memchr::memchr2_iter(b'w', b'W', b).any(|i| at(i, b"with"))
}

static SPLIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)\s*,\s*(?:et\s+|and\s+|avec\s+|with\s+)?|\s+(?:et|and|&|avec|with)\s+|\s*[()]\s*",
    )
    .unwrap_or_else(super::bad_pattern)
});

const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "van", "von", "der", "den", "da", "di", "dos", "do",
    "el", "al", "ben", "bin", "y", "e", "del", "della", "ter", "zu", "of",
];

/// Degrees and suffixes that follow a name after a comma: not names.
const SUFFIXES: &[&str] = &[
    "ma", "md", "phd", "ph.d.", "msc", "mba", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
];

/// Words that show the line is a sentence or a label, not a name.
const NOT_NAMES: &[&str] = &[
    "ailleurs",
    "exemple",
    "conséquent",
    "contre",
    "rapport",
    "défaut",
    "default",
    "email",
    "e-mail",
    "mail",
    "catégorie",
    "category",
    "thème",
    "date",
    "ordre",
    "popularité",
    "pertinence",
    "tag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "january",
    "february",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "today",
    "tomorrow",
    "yesterday",
];

/// Whether `name` looks like a person's or an organisation's name: 1–7 words, each capitalised,
/// an initial ("J.", "J.-P."), or a particle; no digits; at most 60 characters.
pub(crate) fn name_ok(name: &str) -> bool {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 60 || n.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if n.contains([
        '!', '?', ';', ':', '«', '»', '"', '“', '”', '/', '@', '=', '{', '}',
    ]) {
        return false;
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return false;
    }
    let mut capitalised = 0;
    // The last word lower-cased, for the test after the loop.
    let mut last = String::new();
    for w in &words {
        let lw = w.to_lowercase();
        if NOT_NAMES.contains(&lw.trim_end_matches(['.', ','])) {
            return false;
        }
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            capitalised += 1;
        } else if PARTICLES.contains(&lw.as_str())
            || lw.starts_with("d'")
            || lw.starts_with("d’")
            || lw.starts_with("l'")
            || lw.starts_with("l’")
        {
        } else {
            return false;
        }
        last = lw;
    }
    // A name does not end with a function word ("Letters To The").
    if words.len() > 1
        && (PARTICLES.contains(&last.as_str())
            || ["the", "to", "and", "et", "a"].contains(&last.as_str()))
    {
        return false;
    }
    capitalised >= 1
}

fn clean_name(s: &str) -> String {
    let name = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| matches!(c, ',' | '-' | '–' | '—' | '|' | '(' | ')'))
        .trim()
        .to_owned();
    // A sentence's full stop, not an initial's: "Posted by Alon Zakai." → "Alon Zakai".
    match name.strip_suffix('.') {
        Some(rest)
            if rest
                .split_whitespace()
                .last()
                .is_some_and(|w| w.chars().count() > 2) =>
        {
            rest.to_owned()
        }
        _ => name,
    }
}

/// Words that start a job title after a name ("Jean Dupont, envoyé spécial", "Evan Halper
/// Staff Writer", "Daniel Kahn Gillmor, Senior Staff Technologist"): the names end there.
const TITLE_WORDS: &[&str] = &[
    "staff",
    "senior",
    "editor",
    "writer",
    "reporter",
    "correspondent",
    "columnist",
    "contributor",
    "contributing",
    "technologist",
    "producer",
    "director",
    "professor",
    "chief",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "envoyé",
    "envoyée",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "rédaction",
    "service",
    "photographe",
    "photographer",
    "special",
    "spécial",
    "spéciale",
    "associate",
    "deputy",
    "national",
    "international",
    "political",
    "politique",
    "economics",
    "sports",
    "science",
    "health",
];

fn cut_title(name: &str) -> &str {
    let mut end = name.len();
    for (i, w) in name.split_whitespace().enumerate() {
        let lw = w.to_lowercase();
        if TITLE_WORDS.contains(&lw.trim_end_matches([',', '.'])) {
            if i == 0 {
                return "";
            }
            // Only a determiner before it: the role is the signature itself, a collective
            // one ("La Rédaction", "The Editors"), not a title after a name.
            let before = name.split_whitespace().take(i);
            if before
                .map(str::to_lowercase)
                .all(|d| matches!(d.as_str(), "la" | "le" | "les" | "l'" | "l’" | "the"))
            {
                return name.trim();
            }
            end = name.find(w).unwrap_or(name.len());
            break;
        }
    }
    name.get(..end).unwrap_or(name).trim()
}

fn split_names(list: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for part in SPLIT.split(list) {
        let trimmed = part.trim();
        if trimmed.is_empty() {
            continue;
        }
        // A role in parentheses: "(reporting)", "(photos)".
        if !trimmed.chars().any(char::is_uppercase)
            && trimmed.split_whitespace().count() <= 2
            && !out.is_empty()
            && !trimmed.starts_with("avec")
            && !trimmed.starts_with("with")
            && !trimmed.starts_with("et ")
            && !trimmed.starts_with("and ")
        {
            continue;
        }
        // An apposition after the names: "By Alex Heath, a deputy editor …".
        let lower = trimmed.to_lowercase();
        let joins = ["avec ", "with ", "et ", "and "]
            .iter()
            .any(|j| lower.starts_with(j));
        if !out.is_empty()
            && !joins
            && trimmed.starts_with(char::is_lowercase)
            && trimmed.split_whitespace().count() > 2
        {
            break;
        }
        let cut = cut_title(part);
        if cut.is_empty() && !out.is_empty() {
            // A job title after the names: the rest of the line describes them.
            break;
        }
        let part = if cut.is_empty() { part } else { cut };
        let titled = cut.len() < part.trim().len();
        let mut name = clean_name(part);
        // The name lower-cased, again only when a lead word is cut off it.
        let mut lower = name.to_lowercase();
        for lead in ["avec ", "with ", "et ", "and "] {
            if lower.starts_with(lead) {
                name = name.get(lead.len()..).unwrap_or("").trim().to_owned();
                lower = name.to_lowercase();
            }
        }
        if name.is_empty() {
            continue;
        }
        if SUFFIXES.contains(&lower.as_str()) {
            continue;
        }
        if !name_ok(&name) {
            return None;
        }
        if !out.contains(&name) {
            out.push(name);
        }
        if titled {
            break;
        }
    }
    (!out.is_empty() && out.len() <= 8).then_some(out)
}

/// The names of a byline line that starts with a byline label ("Par", "By", "Texte :" …),
/// or that names people and an agency ("Jean Dupont, avec AFP", "Le Monde with AFP").
/// Returns the names and the byte length of the byline part (what follows may be a date or
/// a reading time). `None` when the line is not a byline.
///
/// ```
/// use newsclean::filters::facts::parse_byline;
/// assert_eq!(parse_byline("Par J. Dupont et M. Durand").unwrap().0, ["J. Dupont", "M. Durand"]);
/// assert_eq!(parse_byline("Par ailleurs, le ministre a dit non."), None);
/// ```
pub fn parse_byline(text: &str) -> Option<(Vec<String>, usize)> {
    let t = text.trim_end();
    if super::longer_than(t, 200) {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    let t = t.trim_start();
    let (start, with_agency_only) = match may_open_prefix(t).then(|| PREFIX.find(t)).flatten() {
        Some(m) => (m.end(), false),
        // No label: only "<names>, avec|with <agency>" signs (a cheap test first).
        None if may_hold_avec(t) && AVEC.is_match(t) => (0, true),
        None => return None,
    };
    let rest = &t[start..];
    let end = stop_at(rest).unwrap_or(rest.len());
    let names_part = rest[..end].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if with_agency_only {
        // No label: only "<names>, avec|with <agency>" signs.
        let lower = names_part.to_lowercase();
        let idx = lower.rfind(" avec ").or_else(|| lower.rfind(" with "))?;
        let tail = names_part.get(idx + 6..)?.trim();
        if super::credit::parse_credit(tail).is_none() || tail.contains('/') {
            return None;
        }
    }
    let names = split_names(names_part)?;
    Some((names, lead + start + names_part.len()))
}

/// A line that is only a name ("Emmanuelle Ducros") or a name and a separator before a date
/// ("Marie Merlet | lundi 9 décembre 2019"): 2–4 capitalised words. Such a line is a byline
/// only next to a date line, which the filter checks. Returns the name and its byte length.
pub fn parse_name_line(text: &str) -> Option<(String, usize)> {
    let t = text.trim();
    // A name and a date line fit in far less: a longer line is a paragraph.
    if t.len() > 300 {
        return None;
    }
    let end = stop_at(t).unwrap_or(t.len());
    // `clean_name` joins the words of its text and trims characters off the ends: it never
    // has more words than its text. A text of one word (a menu item, a heading) has fewer
    // than the two a name line needs, and is not copied.
    t[..end].split_whitespace().nth(1)?;
    let name = clean_name(&t[..end]);
    let words = name.split_whitespace().count();
    if !(2..=4).contains(&words) || !name_ok(&name) {
        return None;
    }
    // Every word capitalised (no particle-only or lower-case words on a bare line), and the
    // line is not a title in capitals with a full stop.
    if name.ends_with('.') && name.split_whitespace().last().is_none_or(|w| w.len() > 3) {
        return None;
    }
    if name
        .split_whitespace()
        .any(|w| NOT_BARE.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    // `end` is measured in the trimmed line: add back the white space it started with.
    let lead = text.len() - text.trim_start().len();
    Some((name, lead + end))
}

/// Words that do not occur in a person's name standing alone on a line (site and section
/// names, weekdays).
const NOT_BARE: &[&str] = &[
    "this",
    "the",
    "my",
    "our",
    "your",
    "blog",
    "news",
    "staff",
    "team",
    "lyrics",
    "home",
    "about",
    "contact",
    "archives",
    "archive",
    "category",
    "tags",
    "comments",
    "menu",
    "search",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "accueil",
    "actualités",
    "actualité",
    "politique",
    "société",
    "sport",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_line_length_counts_leading_space() {
        let line = "  Emmanuelle Ducros | lundi 9 décembre 2019";
        let (name, len) = parse_name_line(line).expect("a name line");
        assert_eq!(name, "Emmanuelle Ducros");
        assert_eq!(&line[..len], "  Emmanuelle Ducros");
    }

    /// The byte test in front of [`AVEC`] never hides a match of it.
    #[test]
    fn avec_gate_never_hides_a_match() {
        let hand = "Jean Dupont, avec AFP\nLe Monde with AFP\nX AVEC Y\nx\u{a0}With\u{202f}y\n\
            a\tAvEc\u{2003}b\nPar Marie Durand avec Reuters\nBy Jane Roe with AP\nLe Monde withAFP\navecAFP\nsans rien\nWITH\n vec \n avex \n wit h ";
        let mut seen = 0;
        let mut hidden = 0;
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            if AVEC.is_match(line) {
                seen += 1;
                assert!(may_hold_avec(line), "{line}");
            } else if !may_hold_avec(line) {
                hidden += 1;
            }
        }
        assert!(seen >= 8, "{seen}");
        assert!(hidden >= 50, "{hidden}");
    }

    /// The first-character test in front of [`PREFIX`] never hides a label.
    #[test]
    fn prefix_gate_never_hides_a_label() {
        let hand = "Par Jean\nPAR JEAN\nBy Jane\nbY x\nWritten by X\nPosted  by X\nPublié par X\n\
            PUBLIÉ PAR X\nReported by X\nStory by X\nWords by X\nTexte : X\nTextes: X\n\
            Reportage : X\nAuteur : X\nAuteurs\u{a0}: X\nAuthor: X\nPropos recueillis par X\n\
            | Par X\n• By X\n· Par X\n- Par X\n– Par X\n— Par X\nſtory by X\nTexteſ : X\n\
            Par\u{a0}X\nPar:X\nLe texte\nIl a dit\nÉcrit par X\n« Par X";
        let mut labelled = 0;
        let mut hidden = 0;
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            let t = line.trim_start();
            if PREFIX.is_match(t) {
                labelled += 1;
                assert!(may_open_prefix(t), "{line:?}");
            } else if !may_open_prefix(t) {
                hidden += 1;
            }
        }
        assert!(labelled >= 25, "{labelled}");
        assert!(hidden >= 50, "{hidden}");
    }

    /// The word count in front of `clean_name` never turns away a name line: `clean_name`
    /// has at most the words of its text.
    #[test]
    fn clean_name_never_adds_words() {
        let hand = "Jean Dupont\n- Jean\nJean -\nJean-Pierre\n( Jean )\nJ.\nJean.\n\
            Jean\u{a0}Dupont\nJean\u{202f}Dupont.\n—\n| Marie Merlet |\nA.B.\n , \n";
        for line in hand.lines().chain(crate::filters::fixture_lines()) {
            let words = line.split_whitespace().count();
            assert!(
                clean_name(line).split_whitespace().count() <= words,
                "{line:?}"
            );
        }
        assert_eq!(
            parse_name_line("Jean Dupont").map(|(n, _)| n).as_deref(),
            Some("Jean Dupont")
        );
        assert_eq!(parse_name_line("Accueil"), None);
    }

    #[test]
    fn bylines() {
        let table: &[(&str, Option<&[&str]>)] = &[
            ("Par Jean Dupont", Some(&["Jean Dupont"])),
            ("Par La Rédaction avec AFP", Some(&["La Rédaction", "AFP"])),
            ("By The Editors", Some(&["The Editors"])),
            ("Par\u{a0}Denis Loctier", Some(&["Denis Loctier"])),
            ("par Bertrand Bissuel", Some(&["Bertrand Bissuel"])),
            (
                "Par J. Dupont et M. Durand",
                Some(&["J. Dupont", "M. Durand"]),
            ),
            (
                "Par Anne Martin, Paul Petit et Marie Durand",
                Some(&["Anne Martin", "Paul Petit", "Marie Durand"]),
            ),
            ("Par AFP", Some(&["AFP"])),
            ("Par Les Echos", Some(&["Les Echos"])),
            ("Par Le Figaro et AFP", Some(&["Le Figaro", "AFP"])),
            ("Jean Dupont, avec AFP", Some(&["Jean Dupont", "AFP"])),
            ("Le Monde with AFP", Some(&["Le Monde", "AFP"])),
            ("By Jane Doe", Some(&["Jane Doe"])),
            ("By Jane Doe and John Roe", Some(&["Jane Doe", "John Roe"])),
            ("Written by Rob Ewaschuk", Some(&["Rob Ewaschuk"])),
            ("Posted by Andrew Zonenberg at 12:55 AM", Some(&["Andrew Zonenberg"])),
            ("Posted by Alon Zakai.", Some(&["Alon Zakai"])),
            (
                "Par E.\u{a0}NURDIN - 05:01 - Temps de lecture :",
                Some(&["E. NURDIN"]),
            ),
            (
                "Par Nicolas Gutierrez C. le 14.09.2020 à 11h46",
                Some(&["Nicolas Gutierrez C."]),
            ),
            (
                "By Dan Goodin - Dec 14, 2016 4:29 pm UTC",
                Some(&["Dan Goodin"]),
            ),
            ("by Lucas Nolan22 Dec 2016651", Some(&["Lucas Nolan"])),
            (
                "By GILLIAN MOHNEY March 11, 2015 3:46 PM",
                Some(&["GILLIAN MOHNEY"]),
            ),
            ("By Brenda  Goodman, MA", Some(&["Brenda Goodman"])),
            (
                "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)",
                Some(&["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
            ),
            (
                "Par Jean-Pierre de La Fontaine",
                Some(&["Jean-Pierre de La Fontaine"]),
            ),
            ("Texte : Claire Dubois", Some(&["Claire Dubois"])),
            (
                "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
                Some(&["Daniel Kahn Gillmor"]),
            ),
            ("By Evan Halper Staff Writer", Some(&["Evan Halper"])),
            (
                "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)",
                Some(&["Eleanor Ainge Roy", "Adrian Malloch"]),
            ),
            (
                "By Alex Heath, a deputy editor and author of the Command Line newsletter.",
                Some(&["Alex Heath"]),
            ),
            ("Par Jean Dupont, envoyé spécial à Moscou", Some(&["Jean Dupont"])),
            (
                "Par Jean Dupont | Publié le 3 mars 2021",
                Some(&["Jean Dupont"]),
            ),
            // Not bylines.
            ("Par ailleurs, le ministre a dit non.", None),
            ("By Monday, the government said it would decide.", None),
            ("Par conséquent", None),
            ("By the way, this is a sentence.", None),
            ("Par 3 voix contre 2", None),
            ("Par", None),
            ("Jean Dupont", None),
            ("Le ministre, avec ses conseillers, est arrivé", None),
            ("Trier par date", None),
            ("By Letters To The Editor |", None),
            ("", None),
        ];
        for (text, want) in table {
            let got = parse_byline(text).map(|x| x.0);
            let want = want.map(|w| w.iter().map(|s| s.to_string()).collect::<Vec<_>>());
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn name_lines() {
        let table: &[(&str, Option<&str>)] = &[
            ("Emmanuelle Ducros", Some("Emmanuelle Ducros")),
            (
                "Marie Merlet | lundi 9 décembre 2019 à 09h08",
                Some("Marie Merlet"),
            ),
            ("Politique", None),
            ("Les deux ministres se sont vus", None),
            ("Voir plus de vidéos sur le sujet", None),
            ("Jean-Yves Le Drian à l'ambassade française de Moscou", None),
        ];
        for (text, want) in table {
            assert_eq!(
                parse_name_line(text).map(|x| x.0).as_deref(),
                *want,
                "{text:?}"
            );
        }
    }
}
