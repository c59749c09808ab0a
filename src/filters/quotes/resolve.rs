//! Who « il », « elle », « le ministre » or « la jeune femme » is: person mentions found in the
//! text (names, with gender, role words and whether they stand as a subject), and the rules
//! that pick the antecedent of a speaker.

use std::ops::Range;

use once_cell::sync::Lazy;

use super::text::{
    ceil_boundary, floor_boundary, is_alnum, is_cap, is_det, is_title, is_upper, low, low_is,
    lower, surf, tokenize, with_low, with_lower, word_list, Shapes, Tok, WordMap, WordSet, DETS,
};

/// Common first names with their gender (F = feminine, M = masculine), kept as data. Only a
/// hint: a name not listed is still a name.
const FIRST_NAMES: &str = "
M: Jean Pierre Paul Jacques Michel François Emmanuel Édouard Edouard Nicolas Laurent Olivier
M: Antoine Thomas Alexandre Julien Philippe Alain Bernard Bruno Christophe Daniel David Éric Eric
M: Frédéric Gérald Gabriel Guillaume Henri Hugo Louis Lucas Marc Mathieu Matthieu Maxime Patrick
M: Richard Robert Sébastien Stéphane Thierry Vincent Yves Yannick Xavier Benoît Arnaud Damien
M: Didier Fabien Gilles Gérard Hervé Jérôme Joël Karim Mohamed Ahmed Rachid Manuel Marcel Raphaël
M: Romain Samuel Simon Sylvain Théo Victor Vladimir Sergueï Donald Joe Barack Boris Roman Andrej
M: Jan Miloš Elon Olaf Viktor Recep Benyamin Volodymyr Ali Omar Youssef Antonio Carlos José Juan
M: Luis Marco Mario John James Michael William Charles George Peter Mark Andrew Steve Tom Bill
M: Kevin Alexis Adrien Baptiste Bastien Cédric Clément Florian Grégory Jérémy Jonathan Ludovic
M: Mickaël Quentin Rémi Thibault Tristan Valentin Yann Franck Denis René Roger Georges André Serge
M: Christian Jordan Yves Gaël Lionel Hubert Arnaud Bertrand Cyril Emmanuel Fabrice Francis Luc
M: Mathias Nathan Noël Pascal Rodolphe Sacha Teddy Tony Xavier Kylian Zinédine Jiří Jaroslav Adam
M: Alexandre Alexandr Dmitri Igor Ivan Mikhaïl Sergei Anatoli Evgueni Andreï Hassan Hamid Mehdi
F: Marie Anne Sophie Isabelle Catherine Nathalie Christine Sylvie Martine Françoise Valérie
F: Sandrine Céline Julie Laura Léa Claire Chloé Emma Élisabeth Elisabeth Brigitte Ségolène Marine
F: Marion Rachida Najat Agnès Aurélie Audrey Caroline Cécile Charlotte Christiane Corinne Delphine
F: Élise Emmanuelle Florence Hélène Jeanne Karine Laurence Louise Lucie Manon Margaux Marianne
F: Marielle Marlène Mathilde Michèle Monique Muriel Nadia Nadine Pascale Patricia Pauline Rose
F: Sarah Sabine Stéphanie Virginie Véronique Yasmine Zineb Fatima Amélie Anaïs Ana Angela Hillary
F: Kamala Ursula Giorgia Theresa Jacinda Greta Mary Elizabeth Jennifer Jessica Susan Nancy
F: Amandine Pénélope Roselyne Gabrielle Sofia Olga Irina Natalia Maria Elena Nadège Myriam Laure
F: Axelle Clémentine Alexandra Élodie Elodie Émilie Emilie Nicole Danielle Josiane Odile Ginette
F: Aurore Béatrice Carole Chantal Clara Diane Eva Fanny Gisèle Inès Jacqueline Juliette Léna
F: Lina Lisa Maud Mélanie Nina Océane Yvonne Zoé Annie Sonia Alice Anna Barbara Ingrid Olivia
F: Ségolène Sylvie Laetitia Lætitia Leïla Amina Aïcha Samia Souad Hanane Khadija Pasiphae
";

/// First names as written in the data (« Jean ») and in lower case, with their gender.
static NAMES: Lazy<WordMap<String, bool>> = Lazy::new(|| {
    let mut m = WordMap::default();
    for line in FIRST_NAMES.lines() {
        let Some((g, names)) = line.split_once(':') else {
            continue;
        };
        let fem = g.trim() == "F";
        for n in names.split_whitespace() {
            m.insert(n.to_owned(), fem);
            m.insert(n.to_lowercase(), fem);
        }
    }
    m
});

/// The filter of the [`NAMES`] keys: most words are told apart from the names without hashing
/// them.
static NAME_SHAPES: Lazy<Shapes> = Lazy::new(|| Shapes::new(NAMES.keys().map(String::as_str)));

fn name_gender(w: &str) -> Option<bool> {
    // Only a word with a capital after its first letter needs lower-casing (« JEAN »). (Bytes
    // first: ASCII lower case after an ASCII first letter has none.)
    name_gender_with(
        w,
        w.bytes()
            .skip(1)
            .any(|b| b.is_ascii_uppercase() || b >= 0x80),
    )
}

/// [`name_gender`], given whether a byte of `w` after the first is an ASCII capital or
/// non-ASCII.
#[inline]
fn name_gender_with(w: &str, odd: bool) -> Option<bool> {
    if NAME_SHAPES.may_hold(w) {
        if let Some(g) = NAMES.get(w) {
            return Some(*g);
        }
    }
    if odd && w.chars().skip(1).any(is_upper) {
        if w.is_ascii() && !NAME_SHAPES.may_hold_lower_ascii(w) {
            return None;
        }
        return NAMES.get(&*lower(w)).copied();
    }
    None
}

/// Gender of a first name (true = feminine); compound names by their first part.
pub(crate) fn first_name_gender(w: &str) -> Option<bool> {
    name_gender(w).or_else(|| {
        let dash = w.bytes().position(|b| b == b'-')?;
        name_gender(w.get(..dash)?)
    })
}

/// A person named in the text.
#[derive(Debug, Clone)]
pub(crate) struct Person<'a> {
    pub para: usize,
    pub at: usize,
    /// The name as written, borrowed from the text it was found in.
    pub name: &'a str,
    /// true = feminine.
    pub gender: Option<bool>,
    /// Lower-case words around the name that say what the person is (ministre, étudiante …),
    /// separated by spaces.
    pub roles: String,
    /// The name stands as the subject of its clause.
    pub subject: bool,
    /// Words in the name, length of the first one, offset of the last one.
    nwords: usize,
    first_len: usize,
    last_at: usize,
}

const CAP_JUNK: &[&str] = &[
    "pour",
    "selon",
    "dans",
    "en",
    "au",
    "aux",
    "à",
    "a",
    "avec",
    "sur",
    "par",
    "mais",
    "et",
    "il",
    "elle",
    "ils",
    "elles",
    "depuis",
    "après",
    "avant",
    "lors",
    "sous",
    "chez",
    "on",
    "nous",
    "vous",
    "je",
    "c'",
    "d'",
    "qu'",
    "s'",
    "si",
    "quand",
    "alors",
    "ainsi",
    "comme",
    "car",
    "or",
    "donc",
    "puis",
    "enfin",
    "même",
    "face",
    "malgré",
    "outre",
    "parmi",
    "entre",
    "vers",
    "dès",
    "voilà",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "début",
    "fin",
    "mi",
    "sur",
    "non",
    "oui",
    "crédit",
    "crédits",
    "photo",
    "photos",
    "the",
    "in",
    "on",
    "at",
    "of",
    "and",
    "but",
    "he",
    "she",
    "they",
    "sans",
    "cela",
    "ceci",
    "ici",
    "là",
    "aussi",
    "pourtant",
    "cependant",
    "chargé",
    "chargée",
    "ancien",
    "ancienne",
    "proche",
    "membre",
    "loué",
    "louée",
    "venu",
    "venue",
    "fait",
    "posée",
    "posé",
    "premier",
    "première",
    "propriété",
    "mme",
    "m",
    "as",
    "here",
    "what",
    "if",
    "now",
    "one",
    "will",
    "don't",
    "when",
    "then",
    "there",
    "this",
    "that",
    "it",
    "we",
    "you",
    "my",
    "our",
    "his",
    "her",
    "their",
    "so",
    "yes",
    "no",
    "why",
    "how",
    "who",
    "i",
    "for",
    "from",
    "with",
    "by",
    "to",
    "after",
    "before",
    "while",
    "is",
    "are",
    "was",
    "were",
    "do",
    "does",
    "did",
    "can",
    "could",
    "would",
    "should",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "senator",
    "governor",
    "judge",
    "prime",
    "chief",
];

static CAP_JUNK_SET: Lazy<WordSet<&'static str>> = Lazy::new(|| CAP_JUNK.iter().copied().collect());

word_list!(
    /// First words of capitalised runs that name no one.
    fn non_person, NON_PERSON = [
        "saint", "sainte", "assemblée", "parti", "union", "conseil", "ministère", "université",
        "forum", "château", "hôpital", "république", "service", "code", "haute", "autorité",
        "agence", "commission", "cour", "tribunal", "parquet", "fonds", "banque", "nations",
        "organisation", "front", "rassemblement", "europe", "moyen", "nord", "sud", "est", "ouest",
        "grande", "etats", "états", "actes", "journal", "institut", "centre", "fédération",
        "comité", "mouvement", "groupe", "société", "association", "office", "palais", "musée",
        "conférence", "sénat", "élysée", "matignon", "ligue", "coupe", "place", "rue", "avenue",
        "boulevard", "gare", "aéroport", "lycée", "collège", "école", "plos", "misinformation",
        "covid", "sars", "afp", "reuters", "twitter", "facebook", "whatsapp", "instagram",
        "google",
    ]
);

/// The filter of [`non_person`].
static NON_PERSON_SHAPES: Lazy<Shapes> = Lazy::new(|| Shapes::new(NON_PERSON.iter().copied()));

/// The filter of [`CAP_JUNK`] and the determiners ([`is_det`]).
static JUNK_SHAPES: Lazy<Shapes> = Lazy::new(|| Shapes::new(CAP_JUNK.iter().chain(DETS).copied()));

word_list!(
    /// Particles inside names (« de », « van », « ben »).
    fn particle, PARTICLES = [
        "de", "d'", "du", "des", "le", "la", "van", "von", "der", "den", "ben", "bin", "el", "al",
        "da", "di", "dos", "del",
    ]
);

/// Prepositions before a place name.
fn place_prep(w: &str) -> bool {
    matches!(
        w,
        "à" | "en" | "au" | "aux" | "de" | "d'" | "du" | "vers" | "depuis" | "sur"
    )
}

/// Words that end the look back from a name to its clause start.
fn chain_stop(w: &str) -> bool {
    matches!(
        w,
        "que"
            | "qu'"
            | "qui"
            | "dont"
            | "où"
            | "pour"
            | "selon"
            | "par"
            | "avec"
            | "à"
            | "au"
            | "aux"
            | "dans"
            | "sur"
            | "en"
            | "chez"
            | "contre"
            | "entre"
            | "comme"
            | "si"
            | "quand"
            | "lorsque"
            | "lorsqu'"
            | "vers"
            | "sans"
            | "après"
            | "avant"
            | "lors"
            | "envers"
            | "devant"
            | "face"
    )
}

fn acronym(s: &str) -> bool {
    let mut n = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n >= 2
}

fn name_token(text: &str, t: &Tok) -> bool {
    let s = surf(text, t);
    if !t.word {
        return false;
    }
    // The usual name, « Dupont »: an ASCII capital, then a small letter (so no acronym).
    if let [a, b, ..] = s.as_bytes() {
        if a.is_ascii_uppercase() && b.is_ascii_lowercase() {
            return true;
        }
    }
    is_cap(s) && s.chars().nth(1).is_some() && !acronym(s)
}

/// Person mentions in one text (a paragraph or a speaker phrase). `skip` are byte ranges to
/// leave out (the quotes themselves), sorted.
///
/// Only capitalised word starts are looked at, with a cheap test (a title, two capitalised
/// words in a row, a known first name …) before the words around them are tokenized, so that
/// the cost stays a few instructions per byte of text.
#[cfg(test)]
pub(crate) fn persons_in<'a>(text: &'a str, para: usize, skip: &[Range<usize>]) -> Vec<Person<'a>> {
    let mut out = Vec::new();
    persons_into(
        text,
        para,
        skip,
        true,
        usize::MAX,
        &mut TokCache::default(),
        &mut out,
    );
    out
}

/// The tokens of one paragraph, tokenized once, forward and on demand, so that the windows
/// around the capitalised words of [`persons_in`] are slices of it rather than new token lists.
#[derive(Debug, Default)]
pub(crate) struct TokCache {
    /// Tokens of `text[start..done]`, in order.
    toks: Vec<Tok>,
    start: usize,
    /// Where tokenizing stopped: 0, the end of the text or a white space character, so that
    /// tokenizing on from there gives the tokens of the whole text.
    done: usize,
    /// The window when it cannot be a slice of `toks`.
    spare: Vec<Tok>,
}

impl TokCache {
    fn reset(&mut self) {
        self.toks.clear();
        self.start = 0;
        self.done = 0;
    }

    /// The tokens of `text[lo..hi]`, the same as `tokenize(text, lo..hi)`.
    fn window(&mut self, text: &str, lo: usize, hi: usize) -> &[Tok] {
        let at_space = |k: usize| {
            k >= text.len()
                || text
                    .get(k..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_whitespace)
        };
        // A window that ends inside a word cuts it: tokenize it on its own.
        if lo > hi || !at_space(hi) {
            return self.fallback(text, lo, hi);
        }
        let lo_clean = lo == 0 || at_space(lo);
        if lo_clean && lo > self.done {
            // Nothing before `lo` is needed again (windows only move forward).
            self.toks.clear();
            self.start = lo;
            self.done = lo;
        }
        if lo < self.start {
            return self.fallback(text, lo, hi);
        }
        if hi > self.done {
            super::text::tokenize_into(text, self.done..hi, &mut self.toks);
            self.done = hi;
        }
        let a = self.toks.partition_point(|t| t.s < lo);
        // (Every token starts before `done`: a window to it takes them all, the usual case.)
        let b = if hi == self.done {
            self.toks.len()
        } else {
            self.toks.partition_point(|t| t.s < hi)
        };
        // A window starting inside the text must start on a token of the whole text.
        if !lo_clean && self.toks.get(a).is_none_or(|t| t.s != lo) {
            return self.fallback(text, lo, hi);
        }
        self.toks.get(a..b).unwrap_or(&[])
    }

    fn fallback(&mut self, text: &str, lo: usize, hi: usize) -> &[Tok] {
        self.spare.clear();
        super::text::tokenize_into(text, lo..hi, &mut self.spare);
        &self.spare
    }
}

/// [`persons_in`] with a reusable token cache, appending to `out`; the search ends at the
/// first name start at or after `until` (every mention starting before it is found).
pub(crate) fn persons_into<'a>(
    text: &'a str,
    para: usize,
    skip: &[Range<usize>],
    with_roles: bool,
    until: usize,
    cache: &mut TokCache,
    out: &mut Vec<Person<'a>>,
) {
    cache.reset();
    let bytes = text.as_bytes();
    let mut si = 0;
    let mut i = 0;
    let mut prev_alnum = false;
    while i < bytes.len() {
        // A run of ASCII bytes that cannot start a name (no capital, no hyphen): only whether
        // its last byte is alphanumeric matters.
        let run = i;
        // Eight bytes at a time while none is non-ASCII, a capital or a hyphen.
        while let Some(x) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map(u64::from_le_bytes)
        {
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGH: u64 = 0x8080_8080_8080_8080;
            let y = x & !HIGH;
            let upper = (y + ONES * (0x80 - b'A' as u64)) & !(y + ONES * (0x80 - b'[' as u64));
            let h = y ^ (ONES * b'-' as u64);
            let hyphen = h.wrapping_sub(ONES) & !h;
            let stop = (x | upper | hyphen) & HIGH;
            if stop != 0 {
                // To the first byte that is one of them. (The hyphen test can flag a byte after
                // a hyphen wrongly, by its borrow, but never one before: the lowest flag is
                // right.)
                i += stop.trailing_zeros() as usize / 8;
                break;
            }
            i += 8;
        }
        while let Some(&b) = bytes.get(i) {
            if b >= 0x80 || b.is_ascii_uppercase() || b == b'-' {
                break;
            }
            i += 1;
        }
        if i > run {
            prev_alnum = bytes[i - 1].is_ascii_alphanumeric();
            if i >= bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        if b < 0x80 {
            let was = prev_alnum;
            prev_alnum = b.is_ascii_alphanumeric()
                || (b == b'-'
                    && was
                    && bytes
                        .get(i + 1)
                        .is_some_and(|n| n.is_ascii_alphanumeric() || *n >= 0xC0));
            if !b.is_ascii_uppercase() || was {
                i += 1;
                continue;
            }
        } else {
            // The commonest non-ASCII characters of French text, none of them a capital: a
            // small accented letter (C3 A0–BF but ÷), a no-break space (C2 A0), and ’, the
            // thin spaces and the dashes (E2 80 xx: U+2000–U+203F, not alphanumeric).
            match (b, bytes.get(i + 1).copied().unwrap_or(0)) {
                (0xC3, n @ 0xA0..=0xBF) => {
                    prev_alnum = n != 0xB7;
                    i += 2;
                    continue;
                }
                (0xC2, 0xA0) => {
                    prev_alnum = false;
                    i += 2;
                    continue;
                }
                (0xE2, 0x80) if i + 2 < bytes.len() => {
                    prev_alnum = false;
                    i += 3;
                    continue;
                }
                _ => {}
            }
            let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                i += 1;
                continue;
            };
            let was = prev_alnum;
            prev_alnum = is_alnum(c);
            if !is_upper(c) || was {
                i += c.len_utf8();
                continue;
            }
        }
        if i >= until {
            break;
        }
        while si < skip.len() && skip[si].end <= i {
            si += 1;
        }
        if si < skip.len() && skip[si].start <= i {
            i = skip[si].end.max(i + 1);
            prev_alnum = false;
            continue;
        }
        let word = scan_word(text, i);
        let word_end = word.end;
        if !worth_a_look(text, i, &word) {
            i = word_end;
            prev_alnum = true;
            continue;
        }
        // The words around: back to the clause and sentence start, forward over the name and
        // an apposition.
        let hi = window_end(text, word_end);
        let lo = window_start(text, i);
        let toks = cache.window(text, lo, hi);
        // Tokens are in order: a binary search finds the one at `i`.
        let ci = toks.partition_point(|t| t.s < i);
        let Some(ci) = toks.get(ci).filter(|t| t.s == i).map(|_| ci) else {
            i = word_end;
            prev_alnum = true;
            continue;
        };
        let (person, next) = person_at(text, toks, ci, lo == 0, with_roles);
        if let Some(mut p) = person {
            p.para = para;
            out.push(p);
        }
        let resume = toks
            .get(next.saturating_sub(1))
            .map_or(word_end, |t| t.e.max(word_end));
        i = resume.max(i + 1);
        prev_alnum = true;
    }
}

/// A word read by [`scan_word`]: its end, and what [`first_name_gender`] asks of its bytes.
struct Word {
    end: usize,
    /// A byte after the first is an ASCII capital or non-ASCII.
    odd: bool,
    /// The word holds a hyphen.
    dash: bool,
}

/// [`word_end`], and on the way the facts of [`Word`].
#[inline]
fn scan_word(text: &str, i: usize) -> Word {
    let bytes = text.as_bytes();
    let none = Word {
        end: i,
        odd: false,
        dash: false,
    };
    // The first character: a letter or digit, else there is no word.
    let mut k = match bytes.get(i) {
        Some(&b) if super::text::ascii_alnum(b) => i + 1,
        Some(&b) if b >= 0x80 => match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if is_alnum(c) => i + c.len_utf8(),
            _ => return none,
        },
        _ => return none,
    };
    let mut odd = false;
    let mut dash = false;
    // The ASCII letters and digits after the first character, ANDed: of them, only the
    // capitals have bit 0x20 clear.
    let mut all = 0xFF;
    loop {
        while let Some(&b) = bytes.get(k).filter(|&&b| super::text::ascii_alnum(b)) {
            all &= b;
            k += 1;
        }
        match bytes.get(k) {
            Some(&b'-') => {
                let next_alnum = text
                    .get(k + 1..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_alnum);
                if !next_alnum {
                    break;
                }
                dash = true;
                k += 1;
            }
            Some(&b) if b >= 0x80 => match text.get(k..).and_then(|r| r.chars().next()) {
                Some(c) if is_alnum(c) => {
                    odd = true;
                    k += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    Word {
        end: k,
        odd: odd || all & 0x20 == 0,
        dash,
    }
}

/// End of the word starting at `i` (letters, digits, inner hyphens).
fn word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut k = i;
    while k < bytes.len() {
        let b = bytes[k];
        if super::text::ascii_alnum(b) {
            k += 1;
            continue;
        }
        if b == b'-' {
            let next_alnum = text
                .get(k + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(is_alnum);
            if k > i && next_alnum {
                k += 1;
                continue;
            }
            break;
        }
        if b >= 0x80 {
            match text.get(k..).and_then(|r| r.chars().next()) {
                Some(c) if is_alnum(c) => {
                    k += c.len_utf8();
                    continue;
                }
                _ => break,
            }
        }
        break;
    }
    k
}

/// Start of the next word after `i` (skipping spaces and one apostrophe-free punctuation run).
fn next_word(text: &str, i: usize) -> Option<(usize, usize)> {
    // Skip white space: ASCII by bytes, the rest (no-break spaces …) by characters.
    let bytes = text.as_bytes();
    let mut s = i;
    let c = loop {
        match *bytes.get(s)? {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => s += 1,
            b if b < 0x80 => break char::from(b),
            _ => {
                let c = text.get(s..)?.chars().next()?;
                if !c.is_whitespace() {
                    break c;
                }
                s += c.len_utf8();
            }
        }
    };
    if !c.is_alphanumeric() {
        return None;
    }
    Some((s, word_end(text, s)))
}

/// The titles of [`is_title`], in lower case.
const TITLES: [&str; 11] = [
    "m", "mme", "mlle", "me", "dr", "pr", "mm", "mr", "mrs", "ms", "mgr",
];

/// Whether the lower-case form of `w` is a title: all titles are ASCII without k or ', and
/// nothing else lower-cases to their letters, so this is an ASCII comparison without case.
fn title_word(w: &str) -> bool {
    !title_of(w).is_empty()
}

/// The title `w` is, in lower case (see [`title_word`]), or "".
#[inline]
fn title_of(w: &str) -> &'static str {
    // Every title is one to four bytes long and starts with m, d or p.
    if w.len() > 4
        || !matches!(
            w.as_bytes().first(),
            Some(b'm' | b'M' | b'd' | b'D' | b'p' | b'P')
        )
    {
        return "";
    }
    TITLES
        .iter()
        .copied()
        .find(|t| w.len() == t.len() && w.eq_ignore_ascii_case(t))
        .unwrap_or("")
}

/// A cheap test: can a person's name start at `i` (the word `text[i..e]`)?
// In line: it runs for every capitalised word (out of line, the call cost 0.4 M
// instructions of `prof2 text dev 1`).
#[inline]
fn worth_a_look(text: &str, i: usize, word: &Word) -> bool {
    let e = word.end;
    let w = text.get(i..e).unwrap_or("");
    if title_word(w) {
        return true;
    }
    // (`first_name_gender`, with what the word's scan found.)
    let known = if word.dash {
        first_name_gender(w)
    } else {
        name_gender_with(w, word.odd)
    };
    if known.is_some() {
        return true;
    }
    // The next word: capitalised, or a particle / initial followed by a capitalised word.
    let after = text.get(e..).unwrap_or("");
    if after.starts_with('*') {
        return true;
    }
    let age = after.strip_prefix(',').is_some_and(|r| {
        let r = r.trim_start();
        let d = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        d > 0 && r[d..].trim_start().starts_with("ans")
    });
    if age {
        return true;
    }
    let mut at = e;
    if after.starts_with('.') {
        at += 1;
    }
    if let Some((s2, e2)) = next_word(text, at) {
        let w2 = text.get(s2..e2).unwrap_or("");
        // (A small ASCII letter or digit is no capital: the usual case, without decoding.)
        if w2
            .as_bytes()
            .first()
            .is_some_and(|&b| !(b.is_ascii_lowercase() || b.is_ascii_digit()))
            && is_cap(w2)
        {
            return true;
        }
        let apos = matches!(
            text.as_bytes().get(e2..),
            Some([b'\'', ..]) | Some([0xE2, 0x80, 0x99, ..])
        );
        if particle(w2) || apos {
            let e3 = if apos {
                e2 + text
                    .get(e2..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
            } else {
                e2
            };
            if let Some((s3, e3)) = next_word(text, e3) {
                return text.get(s3..e3).is_some_and(is_cap);
            }
        }
    }
    // « avec Dupont »: the word before. (ASCII spaces by bytes; other white space the slow way.)
    let bytes = text.as_bytes();
    let mut k = i.min(bytes.len());
    while k > 0 && matches!(bytes[k - 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
        k -= 1;
    }
    if k > 0 && bytes[k - 1] >= 0x80 {
        let before = text.get(..i).unwrap_or("").trim_end();
        return before.ends_with("avec") || before.ends_with("Avec");
    }
    matches!(
        bytes.get(k.saturating_sub(4)..k),
        Some(b"avec") | Some(b"Avec")
    )
}

const BACK: usize = 120;
const AHEAD: usize = 110;

fn window_start(text: &str, i: usize) -> usize {
    if i <= BACK {
        return 0;
    }
    let lo = floor_boundary(text, i - BACK);
    // Start at a word boundary.
    text.get(lo..i)
        .and_then(|r| r.find(char::is_whitespace))
        .map_or(i, |k| lo + k)
}

fn window_end(text: &str, e: usize) -> usize {
    let hi = ceil_boundary(text, e.saturating_add(AHEAD));
    if hi >= text.len() {
        return text.len();
    }
    text.get(..hi)
        .and_then(|r| r.rfind(char::is_whitespace))
        .filter(|&k| k > e)
        .unwrap_or(hi)
}

/// The person whose name may start at token `i` of `toks`, and the token to go on from.
/// `at_start`: the first token starts the paragraph.
/// `with_roles`: collect the role words (else [`Person::roles`] stays empty).
// Out of line so that profiles show the cost of the person test apart.
#[inline(never)]
fn person_at<'a>(
    text: &'a str,
    toks: &[Tok],
    i: usize,
    at_start: bool,
    with_roles: bool,
) -> (Option<Person<'a>>, usize) {
    let para = 0;
    let run_start = i;
    // Title « M. », « Mme ».
    let mut gender = None;
    let mut titled = false;
    let mut a = i;
    // The title, lower-cased (« M », « Mme » …), if the word is one.
    // (All titles are ASCII and no other character lower-cases to one of their letters, so
    // an ASCII comparison without case is the comparison of the lower-case forms.)
    let tw = title_of(surf(text, &toks[a]));
    if is_title(tw)
        && toks
            .get(a + 1)
            .is_some_and(|t| !t.word && surf(text, t) == ".")
        || (tw == "mme" || tw == "mlle")
    {
        if toks.get(a + 1).is_some_and(|t| surf(text, t) == ".") {
            a += 2;
        } else {
            a += 1;
        }
        if toks.get(a).is_some_and(|t| name_token(text, t)) {
            titled = true;
            gender = Some(tw != "m" && tw != "mm" && tw != "mr");
        } else {
            return (None, i + 1);
        }
    }
    if !toks.get(a).is_some_and(|t| name_token(text, t)) {
        return (None, i + 1);
    }
    let mut b = a;
    // How many tokens of the run are name tokens (the others are initials and particles).
    let mut names: usize = 0;
    while b < toks.len() {
        if name_token(text, &toks[b]) {
            names += 1;
            b += 1;
            continue;
        }
        // An initial: « Robert M. Danin ».
        // (One character: at most four bytes.)
        let initial = toks[b].e - toks[b].s <= 4
            && surf(text, &toks[b]).chars().nth(1).is_none()
            && !surf(text, &toks[b]).is_empty()
            && is_cap(surf(text, &toks[b]))
            && toks.get(b + 1).is_some_and(|t| surf(text, t) == ".")
            && toks.get(b + 2).is_some_and(|t| name_token(text, t));
        if b > a && initial {
            b += 2;
            continue;
        }
        // (The particles are ASCII words of at most three bytes without a k, and only ’ (for
        // ') and ASCII letters lower-case to their characters: a word of more than four bytes
        // is none.)
        if b > a
            && toks[b].e - toks[b].s <= 4
            && with_low(text, &toks[b], particle)
            && toks.get(b + 1).is_some_and(|t| name_token(text, t))
        {
            b += 1;
            continue;
        }
        break;
    }
    let next = b.max(i + 1);
    // Leading capitalised function words.
    let mut s = a;
    let mut org = false;
    while s < b {
        let sw = surf(text, &toks[s]);
        // Most names are ASCII and neither: the filter says so without lower-casing them.
        let (det, junk) = if sw.is_ascii() && !JUNK_SHAPES.may_hold_lower_ascii(sw) {
            (false, false)
        } else {
            with_lower(sw, |w| (is_det(w), CAP_JUNK_SET.contains(w)))
        };
        if det && !titled {
            org = true;
            break;
        }
        if junk && !titled {
            s += 1;
            continue;
        }
        break;
    }
    if org || s >= b {
        return (None, next);
    }
    // « la Santé Roman Prymula »: a first name later in the run starts the name.
    // (The gender of the first name is kept: it is asked again below.)
    let mut known = first_name_gender(surf(text, &toks[s]));
    if known.is_none() {
        if let Some((k, g)) = (s + 1..b.saturating_sub(1))
            .find_map(|k| first_name_gender(surf(text, &toks[k])).map(|g| (k, g)))
        {
            s = k;
            known = Some(g);
        }
    }
    let first = surf(text, &toks[s]);
    // The name tokens from `s` on: those of the run but the ones before `s`.
    let caps = names.saturating_sub((a..s).filter(|&k| name_token(text, &toks[k])).count());
    // The word before the run: a preposition of place, « avec ».
    let (place, after_avec) = match run_start.checked_sub(1).and_then(|k| toks.get(k)) {
        Some(t) => with_low(text, t, |w| (place_prep(w), w == "avec")),
        None => (false, false),
    };
    let after_star = text
        .get(toks[b - 1].e..)
        .is_some_and(|r| r.starts_with('*'));
    let age = toks.get(b).is_some_and(|t| surf(text, t) == ",")
        && toks
            .get(b + 1)
            .is_some_and(|t| surf(text, t).chars().all(|c| c.is_ascii_digit()))
        && toks.get(b + 2).is_some_and(|t| low_is(text, t, "ans"));
    let person = titled
        || (caps >= 2
            && !(if first.is_ascii() && !NON_PERSON_SHAPES.may_hold_lower_ascii(first) {
                false
            } else {
                with_lower(first, non_person)
            })
            && (known.is_some() || !place))
        || (caps == 1 && !place && (known.is_some() || after_avec || after_star || age));
    if !person {
        return (None, next);
    }
    if gender.is_none() {
        gender = known;
    }
    // Look back: the chain of words since the clause start.
    let mut k = run_start;
    let mut roles = String::with_capacity(if with_roles { 96 } else { 0 });
    let mut subject = false;
    let mut steps = 0;
    loop {
        if k == 0 {
            subject = at_start;
            break;
        }
        let t = &toks[k - 1];
        if !t.word {
            let (sub, dot) = with_low(text, t, |w| {
                (
                    matches!(w, "," | ":" | ";" | "." | "!" | "?" | "–" | "—"),
                    w == ".",
                )
            });
            subject = sub;
            if dot && k >= 2 && with_low(text, &toks[k - 2], is_title) {
                k -= 1;
                continue;
            }
            break;
        }
        let stop = with_low(text, t, |w| {
            if steps >= 8 {
                return true;
            }
            // (The words below are seven bytes long at most.)
            if w.len() <= 7 {
                if chain_stop(w)
                    || matches!(
                        w,
                        "il" | "elle" | "ils" | "elles" | "on" | "nous" | "vous" | "je"
                    )
                {
                    return true;
                }
                if gender.is_none() && matches!(w, "la" | "une") {
                    gender = Some(true);
                }
                if gender.is_none() && matches!(w, "le" | "un") {
                    gender = Some(false);
                }
            }
            if with_roles {
                push_role(&mut roles, w);
            }
            false
        });
        if stop {
            break;
        }
        k -= 1;
        steps += 1;
    }
    // Words earlier in the sentence (« nommée ministre de la Culture, Françoise Nyssen »).
    let mut k2 = k;
    let mut extra = 0;
    while with_roles && k2 > 0 && extra < 12 {
        let t = &toks[k2 - 1];
        if t.word {
            push_role_low(&mut roles, surf(text, t));
        } else if matches!(surf(text, t), "." | "!" | "?") {
            break;
        }
        k2 -= 1;
        extra += 1;
    }
    // Apposition: « X, professeur d'histoire, ».
    if toks.get(b).is_some_and(|t| surf(text, t) == ",") {
        let mut k = b + 1;
        let mut first_app = true;
        while let Some(t) = toks.get(k) {
            if !t.word || k > b + 9 {
                break;
            }
            with_low(text, t, |w| {
                if first_app
                    && gender.is_none()
                    && (w.ends_with("ée")
                        || w.ends_with("ante")
                        || w.ends_with("trice")
                        || w == "la"
                        || w == "une")
                {
                    gender = Some(true);
                }
                if with_roles {
                    push_role(&mut roles, w);
                }
            });
            first_app = false;
            if !with_roles {
                // Only the first word of the apposition matters then (its gender).
                break;
            }
            k += 1;
        }
    }
    let name = text.get(toks[s].s..toks[b - 1].e).unwrap_or("");
    let mut words = name.split_whitespace();
    let first_len = words.next().map_or(0, str::len);
    let mut nwords = usize::from(first_len > 0);
    let mut last_at = 0;
    for w in words {
        nwords += 1;
        last_at = w.as_ptr() as usize - name.as_ptr() as usize;
    }
    let person = Person {
        para,
        at: toks[s].s,
        name,
        gender,
        roles,
        subject,
        nwords,
        first_len,
        last_at,
    };
    (Some(person), next)
}

/// [`push_role`] of the lower-case form of `w` (as [`lower`] gives it), without a copy.
fn push_role_low(roles: &mut String, w: &str) {
    if !w.is_ascii() {
        return push_role(roles, &lower(w));
    }
    if !roles.is_empty() {
        roles.push(' ');
    }
    roles.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
}

fn push_role(roles: &mut String, w: &str) {
    if !roles.is_empty() {
        roles.push(' ');
    }
    roles.push_str(w);
}

impl Person<'_> {
    /// Whether `w` is one of the role words.
    pub(crate) fn has_role(&self, w: &str) -> bool {
        let r = self.roles.as_bytes();
        !w.is_empty()
            && self.roles.match_indices(w).any(|(k, _)| {
                (k == 0 || r[k - 1] == b' ') && r.get(k + w.len()).is_none_or(|&b| b == b' ')
            })
    }

    /// Words in the name.
    pub(crate) fn word_count(&self) -> usize {
        self.nwords
    }

    /// The last word of the name.
    pub(crate) fn last_word(&self) -> &str {
        self.name.get(self.last_at..).unwrap_or("")
    }
}

/// Gives every mention the role words of all mentions of the same surname.
pub(crate) fn share_roles(persons: &mut [Person<'_>]) {
    // Group the mentions by surname; a surname named once has nothing to share (its roles
    // without repeats are never longer than its own).
    let mut group_of: WordMap<&str, usize> = WordMap::default();
    let mut group: Vec<usize> = Vec::with_capacity(persons.len());
    let mut sizes: Vec<usize> = Vec::new();
    for p in persons.iter() {
        let key = p.name.split_whitespace().last().unwrap_or("");
        let next = sizes.len();
        let g = *group_of.entry(key).or_insert(next);
        if g == next {
            sizes.push(0);
        }
        sizes[g] += 1;
        group.push(g);
    }
    if sizes.iter().all(|&n| n < 2) {
        return;
    }
    // The members of each shared group, in order.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); sizes.len()];
    for (i, &g) in group.iter().enumerate() {
        if sizes[g] > 1 {
            members[g].push(i);
        }
    }
    let mut seen: WordSet<&str> = WordSet::default();
    let mut merged: Vec<Option<String>> = vec![None; sizes.len()];
    for (g, m) in members.iter().enumerate() {
        if m.is_empty() {
            continue;
        }
        seen.clear();
        let mut roles = String::new();
        for &i in m {
            for r in persons[i].roles.split(' ').filter(|r| !r.is_empty()) {
                if seen.insert(r) {
                    push_role(&mut roles, r);
                }
            }
        }
        merged[g] = Some(roles);
    }
    drop(seen);
    for (p, &g) in persons.iter_mut().zip(&group) {
        if let Some(r) = merged[g].as_ref().filter(|r| r.len() > p.roles.len()) {
            p.roles = r.clone();
        }
    }
}

/// The person named in a speaker phrase (« la ministre des Sports Laura Flessel » → « Laura
/// Flessel »), if any.
pub(crate) fn name_in(phrase: &str) -> Option<Person<'_>> {
    name_in_with(phrase, &mut TokCache::default())
}

/// [`name_in`] with a reusable token cache.
pub(crate) fn name_in_with<'a>(phrase: &'a str, cache: &mut TokCache) -> Option<Person<'a>> {
    // Without role words: only the name and the gender are read. The last mention is kept.
    let mut out = Vec::new();
    persons_into(phrase, 0, &[], false, usize::MAX, cache, &mut out);
    out.pop()
}

/// Gender and number a pronoun or description asks for: (feminine?, plural).
pub(crate) fn pronoun_gender(w: &str) -> Option<(Option<bool>, bool)> {
    match w {
        "il" | "lui" | "he" | "him" => Some((Some(false), false)),
        "elle" | "she" | "her" => Some((Some(true), false)),
        "ils" | "elles" | "eux" | "they" | "on" | "nous" | "vous" | "je" => Some((None, true)),
        _ => None,
    }
}

const ADJ: &[&str] = &[
    "jeune",
    "nouveau",
    "nouvelle",
    "premier",
    "première",
    "ancien",
    "ancienne",
    "haut",
    "vieux",
    "vieille",
    "même",
    "principal",
    "principale",
    "futur",
    "future",
];

const GENERIC: &[&str] = &[
    "femme",
    "homme",
    "fille",
    "garçon",
    "ministre",
    "président",
    "présidente",
    "élu",
    "élue",
    "député",
    "députée",
    "maire",
    "sénateur",
    "sénatrice",
    "haut-commissaire",
    "chercheur",
    "chercheuse",
    "professeur",
    "professeure",
    "étudiant",
    "étudiante",
    "enseignant",
    "enseignante",
    "militant",
    "militante",
    "secrétaire",
    "porte-parole",
    "chef",
    "patron",
    "patronne",
    "directeur",
    "directrice",
    "candidat",
    "candidate",
    "dirigeant",
    "dirigeante",
    "épidémiologiste",
    "médecin",
    "chancelier",
    "chancelière",
    "souverain",
    "souveraine",
    "commissaire",
    "parlementaire",
    "élue",
    "entraîneur",
    "sélectionneur",
    "quadragénaire",
    "trentenaire",
    "septuagénaire",
    "sexagénaire",
    "quinquagénaire",
    "octogénaire",
    "écrivain",
    "écrivaine",
    "auteur",
    "autrice",
    "romancier",
    "romancière",
    "artiste",
    "chanteur",
    "chanteuse",
    "acteur",
    "actrice",
    "joueur",
    "joueuse",
    "attaquant",
    "sportif",
    "sportive",
    "spécialiste",
    "scientifique",
    "économiste",
    "sociologue",
    "historien",
    "historienne",
    "politologue",
    "président-directeur",
    "pdg",
    "fondateur",
    "fondatrice",
    "co-fondateur",
    "syndicaliste",
    "responsable",
    "avocat",
    "avocate",
    "procureur",
    "procureure",
    "juge",
    "policier",
    "policière",
    "infirmier",
    "infirmière",
    "conseiller",
    "conseillère",
    "adjoint",
    "adjointe",
    "expert",
    "experte",
    "agriculteur",
    "agricultrice",
    "entrepreneur",
    "entrepreneuse",
    "ambassadeur",
    "ambassadrice",
    "diplomate",
    "ministre-présidente",
    "édile",
    "magistrat",
    "magistrate",
    "eurodéputé",
    "eurodéputée",
];

/// A definite description that may stand for a named person: (head noun, feminine?).
pub(crate) fn description(phrase: &str) -> Option<(String, Option<bool>)> {
    // The first token lower-cases to « la », « le » or « l' », so it starts with l or L (no
    // other character lower-cases to l) after what the tokenizer skips (white space and *):
    // a name is told without tokenizing it.
    if !phrase
        .trim_start_matches(|c: char| c.is_whitespace() || c == '*')
        .starts_with(['l', 'L'])
    {
        return None;
    }
    let toks = tokenize(phrase, 0..phrase.len());
    let first = low(phrase, toks.first()?);
    let fem = match &*first {
        "la" => Some(true),
        "le" => Some(false),
        "l'" => None,
        _ => return None,
    };
    if toks[1..]
        .iter()
        .any(|t| name_token(phrase, t) && !matches!(&*low(phrase, t), "président" | "premier"))
    {
        // « le ministre de la Santé » keeps its capitalised complement; a capitalised word
        // right after the determiner is a name (« Le Monde »).
        if toks.get(1).is_some_and(|t| name_token(phrase, t)) {
            return None;
        }
    }
    let head = toks[1..]
        .iter()
        .map(|t| low(phrase, t))
        .find(|w| !ADJ.contains(&&**w))?;
    Some((head.into_owned(), fem))
}

/// Gender of a role noun whose feminine is marked (« l'élue », « la présidente »).
pub(crate) fn head_gender(head: &str) -> Option<bool> {
    let masc = head.strip_suffix('e')?;
    GENERIC.contains(&masc).then_some(true)
}

/// Whether a description's head noun is one that usually refers back to a named person.
pub(crate) fn generic_head(head: &str) -> bool {
    GENERIC.contains(&head)
}

/// A name's longer form seen earlier (« M. Caldwell » → « Éric Alan Caldwell », « Marie-Pierre »
/// → « Marie-Pierre Dausse »).
/// `persons` are in text order: the nearest (last) one that fits wins.
pub(crate) fn expand(name: &str, persons: &[Person<'_>]) -> Option<String> {
    let mut words = name
        .split_whitespace()
        .filter(|w| !title_word(w.trim_end_matches('.')));
    let firstw = words.next()?;
    let (last, n) = match words.next() {
        None => (firstw, 1),
        Some(w) => {
            if words.next().is_some() {
                return None;
            }
            (w, 2)
        }
    };
    persons
        .iter()
        .rev()
        .find(|p| {
            p.nwords > n
                && (p.name.get(p.last_at..) == Some(last)
                    || (n == 1 && p.name.get(..p.first_len) == Some(firstw)))
        })
        .map(|p| p.name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_people_with_gender_and_subject() {
        let t = "Devant ses étudiants, Marie-Pierre Dausse, professeur d'histoire, parle. Il frappe à coups de casque Boris Faure. Le Monde écrit. M. Caldwell répond.";
        let ps = persons_in(t, 0, &[]);
        let names: Vec<&str> = ps.iter().map(|p| p.name).collect();
        assert_eq!(names, ["Marie-Pierre Dausse", "Boris Faure", "Caldwell"]);
        assert_eq!(ps[0].gender, Some(true));
        assert!(ps[0].subject);
        assert!(!ps[1].subject);
        assert_eq!(ps[2].gender, Some(false));
        assert!(ps[0].has_role("professeur"));
    }

    #[test]
    fn scan_word_is_word_end_with_the_name_test_facts() {
        let texts = [
            "Jean-Pierre Raffarin, l'ÉTAT et JEAN dit-il « Ségolène » ÉLISABETH Borne-",
            "x-Y -Zoé MacDonald A-b ÀÉ-à 3D-42 naïve--Marie São Paulo’s ÖZIL ß÷× İstanbul",
            "Marie-\u{301}a Ana-\u{A0}B Olaf- É-É-é McKINSEY Ω-Σ Привет-Мир 東京-x",
        ];
        for t in texts {
            for i in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
                let w = scan_word(t, i);
                assert_eq!(w.end, word_end(t, i), "{t:?} at {i}");
                let word = &t[i..w.end];
                assert_eq!(w.dash, word.contains('-'), "{word:?}");
                // (Characters after the first: unlike `name_gender`'s bytes, a first letter of
                // two bytes does not count, which changes no answer.)
                let odd = word
                    .chars()
                    .skip(1)
                    .any(|c| c.is_ascii_uppercase() || !c.is_ascii());
                assert_eq!(w.odd, odd, "{word:?}");
                if !w.dash {
                    assert_eq!(name_gender_with(word, w.odd), first_name_gender(word));
                }
            }
        }
    }

    #[test]
    fn names_found_wherever_they_fall_in_the_eight_byte_reads() {
        let t =
            "dit-il a-t-elle Jean-Luc Mélenchon, député, et à l'Élysée x-Marie Curie avec Dupont.";
        let base: Vec<(usize, &str)> = persons_in(t, 0, &[])
            .iter()
            .map(|p| (p.at, p.name))
            .collect();
        assert_eq!(
            base.iter().map(|p| p.1).collect::<Vec<_>>(),
            ["Jean-Luc Mélenchon", "Dupont"]
        );
        for pad in [
            "",
            "a",
            "ab-",
            "abc é",
            "x-y-z-w",
            "ééé",
            "abcdefghijklmn",
            "ab\u{A0}cd",
        ] {
            for n in 0..10 {
                let pre = format!("{} ", pad.repeat(n));
                let text = format!("{pre}{t}");
                let got: Vec<(usize, &str)> = persons_in(&text, 0, &[])
                    .iter()
                    .map(|p| (p.at - pre.len(), p.name))
                    .collect();
                assert_eq!(got, base, "{text:?}");
            }
        }
    }

    #[test]
    fn particles_are_short_ascii_words() {
        for w in PARTICLES {
            assert!(w.is_ascii() && w.len() <= 3 && !w.contains('k'), "{w}");
            assert!(particle(w), "{w}");
        }
    }

    #[test]
    fn titles_are_the_title_words() {
        for t in TITLES {
            assert!(is_title(t), "{t}");
            assert!(!t.contains(['k', '\'']), "{t}");
        }
        for w in ["M", "Mme", "MLLE", "Dr", "mgr"] {
            assert!(title_word(w) && is_title(&lower(w)), "{w}");
        }
        for w in ["Ma", "Mmé", "M’", "D"] {
            assert!(!title_word(w) && !is_title(&lower(w)), "{w}");
        }
        for w in ["mme", "mlle", "m", "mgr"] {
            assert!(TITLES.contains(&w), "{w}");
        }
    }

    #[test]
    fn descriptions_and_expansion() {
        assert_eq!(
            description("la jeune femme"),
            Some(("femme".into(), Some(true)))
        );
        assert_eq!(
            description("le ministre de la Santé"),
            Some(("ministre".into(), Some(false)))
        );
        assert_eq!(description("Le Monde"), None);
        // Told by the first character, or after white space and *, as the tokenizer reads.
        assert_eq!(description(" *\u{A0}L’élue"), Some(("élue".into(), None)));
        assert_eq!(
            description("LA PRÉSIDENTE"),
            Some(("présidente".into(), Some(true)))
        );
        assert_eq!(description("Jean Le Drian"), None);
        assert_eq!(description("« la ministre »"), None);
        assert_eq!(description("Ł la ministre"), None);
        let ps = persons_in("Éric Alan Caldwell parle.", 0, &[]);
        assert_eq!(
            expand("M. Caldwell", &ps).as_deref(),
            Some("Éric Alan Caldwell")
        );
    }
}
