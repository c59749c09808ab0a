//! Non-speech marks: titles, terms, nicknames, UI labels and the rest, told apart by the
//! words right before the marks (« la newsletter « Infos » », « cliquez sur “Autoriser” »,
//! « le terme « alliance » », « mis en examen pour « … » »).

use crate::article::MentionKind;

use once_cell::sync::Lazy;

use super::text::{word_count, WordMap};

const TITLE_NOUNS: &[&str] = &[
    "newsletter",
    "lettre",
    "émission",
    "programme",
    "livre",
    "ouvrage",
    "roman",
    "essai",
    "film",
    "série",
    "rapport",
    "documentaire",
    "podcast",
    "chanson",
    "album",
    "spectacle",
    "pièce",
    "exposition",
    "festival",
    "opération",
    "plan",
    "loi",
    "projet",
    "atelier",
    "ateliers",
    "magazine",
    "revue",
    "chronique",
    "rubrique",
    "titre",
    "intitulé",
    "intitulée",
    "baptisé",
    "baptisée",
    "nommé",
    "nommée",
    "nommés",
    "rebaptisé",
    "rebaptisée",
    "dossier",
    "campagne",
    "collection",
    "tribune",
    "manifeste",
    "pétition",
    "hashtag",
    "mot-dièse",
    "slogan",
    "devise",
    "label",
    "prix",
    "concours",
    "salon",
    "colloque",
    "conférence",
    "journal",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "site",
    "blog",
    "application",
    "appli",
    "book",
    "show",
    "report",
    "newsletter",
    "novel",
    "song",
];

const NEAR_TITLE: &[&str] = &[
    "rapport",
    "livre",
    "ouvrage",
    "film",
    "série",
    "émission",
    "newsletter",
    "documentaire",
    "podcast",
    "album",
    "chanson",
    "exposition",
    "festival",
    "opération",
];

const TERM_NOUNS: &[&str] = &[
    "terme",
    "termes",
    "mot",
    "mots",
    "expression",
    "expressions",
    "notion",
    "concept",
    "formule",
    "thème",
    "appellation",
    "vocable",
    "néologisme",
    "qualificatif",
    "adjectif",
    "étiquette",
    "idée",
    "principe",
    "fameux",
    "fameuse",
    "dite",
    "dites",
    "term",
    "word",
    "phrase",
    "so-called",
];

const UI_NOUNS: &[&str] = &[
    "cliquez",
    "cliquer",
    "clic",
    "cliquant",
    "bouton",
    "onglet",
    "brassard",
    "panneau",
    "pancarte",
    "mention",
    "inscription",
    "inscrit",
    "inscrite",
    "option",
    "menu",
    "lien",
    "touche",
    "case",
    "écran",
    "affiche",
    "affiches",
    "banderole",
    "banderoles",
    "pancartes",
    "panneaux",
    "t-shirt",
    "t-shirts",
    "tee-shirt",
    "badge",
    "tag",
    "tags",
    "graffiti",
    "slogan",
    "slogans",
    "signs",
    "banner",
    "banners",
    "click",
    "button",
    "tab",
    "sign",
    "label",
];

const NICK_NOUNS: &[&str] = &[
    "surnom",
    "surnommé",
    "surnommée",
    "surnomment",
    "surnommait",
    "alias",
    "sobriquet",
    "nickname",
    "nicknamed",
    "dubbed",
];

const LEGAL_BEFORE_DE: &[&str] = &[
    "soupçon",
    "soupçons",
    "chef",
    "chefs",
    "accusation",
    "accusations",
    "délit",
    "crime",
    "infraction",
    "motif",
    "suspicion",
    "suspicions",
    "soupçonné",
    "soupçonnée",
    "soupçonnés",
    "condamné",
    "condamnée",
    "inculpé",
    "inculpée",
    "prévenu",
    "prévenue",
    "charges",
];

const TITLE: u8 = 1;
const NEAR: u8 = 2;
const TERM: u8 = 4;
const UI: u8 = 8;
const NICK: u8 = 16;
const LEGAL: u8 = 32;

/// For each word of the lists above, the lists it is in (one look-up instead of one scan per
/// list).
static LISTS: Lazy<WordMap<&'static str, u8>> = Lazy::new(|| {
    let mut m: WordMap<&'static str, u8> = WordMap::default();
    for (list, flag) in [
        (TITLE_NOUNS, TITLE),
        (NEAR_TITLE, NEAR),
        (TERM_NOUNS, TERM),
        (UI_NOUNS, UI),
        (NICK_NOUNS, NICK),
        (LEGAL_BEFORE_DE, LEGAL),
    ] {
        for w in list {
            *m.entry(*w).or_default() |= flag;
        }
    }
    m
});

/// Whether `w` is in one of the lists `flags`.
fn listed(w: &str, flags: u8) -> bool {
    LISTS.get(w).is_some_and(|f| f & flags != 0)
}

/// What the last words before a mark say about it, if they settle the question (a strong
/// signal that wins over a cue earlier in the sentence). `before` are lower-case words,
/// nearest last.
pub(crate) fn introducer<S: AsRef<str>>(before: &[S], quote: &str) -> Option<MentionKind> {
    let upper = quote
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let last = before.last().map(AsRef::as_ref)?;
    let prev = before
        .len()
        .checked_sub(2)
        .and_then(|i| before.get(i))
        .map(AsRef::as_ref);
    if last == "(" {
        return Some(MentionKind::Title);
    }
    // mis en examen pour « … », plainte pour « … », soupçons de « … »
    if last == "pour" {
        return Some(MentionKind::Term);
    }
    if (last == "de" || last == "d'") && prev.is_some_and(|p| listed(p, LEGAL)) {
        return Some(MentionKind::Term);
    }
    let near = |flags: u8, n: usize| {
        before
            .iter()
            .rev()
            .take(n)
            .any(|w| listed(w.as_ref(), flags))
    };
    // « le terme « … » », « le thème du « … » », « l'expression de « … » »
    let skip_de = if matches!(last, "de" | "du" | "d'" | "des" | "of" | "la" | "le" | "l'") {
        prev
    } else {
        Some(last)
    };
    if let Some(w) = skip_de {
        // The lists holding the word, in one look-up.
        let f = LISTS.get(w).copied().unwrap_or(0);
        if f & TERM != 0 {
            return Some(MentionKind::Term);
        }
        if f & UI != 0 {
            return Some(MentionKind::Ui);
        }
        if f & NICK != 0 {
            return Some(MentionKind::Nickname);
        }
        if f & TITLE != 0 && upper {
            return Some(MentionKind::Title);
        }
    }
    // (The cheap tests first.)
    if before
        .iter()
        .rev()
        .take(3)
        .any(|w| matches!(w.as_ref(), "cliquez" | "cliquer" | "click"))
        && near(UI, 3)
    {
        return Some(MentionKind::Ui);
    }
    if upper && near(NEAR, 6) {
        return Some(MentionKind::Title);
    }
    None
}

/// A naming construction right before the marks: « le dispositif dit « … » », « l'opération
/// baptisée « … » », « surnommé « … » », « appelé « … » », « qualifié de « … » ». The marks
/// then hold a name or a term, not speech, unless an agent follows (« qualifié de « … » par
/// X »: `agent`). `before` are lower-case tokens, nearest last; `det_first` says the word two
/// places before the mark starts the sentence (« Le ministre dit « … » » is speech).
pub(crate) fn naming<S: AsRef<str>>(
    before: &[S],
    det_first: bool,
    quote: &str,
    agent: bool,
) -> Option<MentionKind> {
    if agent {
        return None;
    }
    let at = |k: usize| {
        before
            .len()
            .checked_sub(k)
            .and_then(|i| before.get(i))
            .map_or("", AsRef::as_ref)
    };
    let (last, prev, prev2) = (at(1), at(2), at(3));
    // « sur les pancartes, on pouvait lire « … » »: words written on a sign.
    if matches!(
        last,
        "lire" | "read" | "inscrit" | "inscrits" | "écrit" | "written"
    ) && before.iter().any(|w| listed(w.as_ref(), UI))
    {
        return Some(MentionKind::Ui);
    }
    let aux = |w: &str| {
        matches!(
            w,
            "a" | "ont" | "avait" | "avaient" | "aura" | "aurait" | "has" | "had" | "have"
        )
    };
    match last {
        "dite" | "dites" | "dits" => return Some(MentionKind::Term),
        "baptisé" | "baptisée" | "baptisés" | "baptisées" | "rebaptisé" | "rebaptisée"
        | "intitulé" | "intitulée" | "intitulés" | "intitulées" | "nommé" | "nommée" | "nommés"
        | "nommées" | "dubbed" | "titled" | "entitled" | "named" => {
            return Some(MentionKind::Title)
        }
        "surnommé" | "surnommée" | "surnommés" | "surnommées" | "nicknamed" => {
            return Some(MentionKind::Nickname)
        }
        "appelé" | "appelée" | "appelés" | "appelées" | "called" if !aux(prev) => {
            return Some(MentionKind::Term)
        }
        "de" | "d'"
            if matches!(prev, "qualifié" | "qualifiée" | "qualifiés" | "qualifiées")
                && !aux(prev2) =>
        {
            return Some(MentionKind::Other)
        }
        _ => {}
    }
    // « le dispositif dit « … » »: a noun after a determiner inside the sentence, and a short
    // quote that is not a sentence.
    let short = || word_count(quote) <= 6 && !quote.trim_end().ends_with(['.', '!', '?', '…']);
    let noun = !prev.is_empty()
        && prev.chars().all(char::is_alphanumeric)
        && prev.chars().next().is_some_and(char::is_lowercase)
        && !super::text::is_pronoun(prev)
        && !aux(prev);
    let det = matches!(
        prev2,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "du"
            | "des"
            | "de"
            | "au"
            | "aux"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
    );
    if last == "dit" && noun && det && !det_first && short() {
        return Some(MentionKind::Term);
    }
    None
}

/// The kind of a non-speech mark. `before` as in [`introducer`]; `next_cap` says the mark is
/// followed by a capitalised name (« le député « constructif » Thierry Solère »).
pub(crate) fn kind_of<S: AsRef<str>>(before: &[S], quote: &str, next_cap: bool) -> MentionKind {
    kind_of_counted(before, quote, word_count(quote), next_cap)
}

/// [`kind_of`] with the number of words of `quote` already counted.
pub(crate) fn kind_of_counted<S: AsRef<str>>(
    before: &[S],
    quote: &str,
    words: usize,
    next_cap: bool,
) -> MentionKind {
    if let Some(k) = introducer(before, quote) {
        return k;
    }
    kind_without_introducer(before, quote, words, next_cap)
}

/// [`kind_of_counted`] when [`introducer`] has already said nothing.
pub(crate) fn kind_without_introducer<S: AsRef<str>>(
    before: &[S],
    quote: &str,
    words: usize,
    next_cap: bool,
) -> MentionKind {
    let last = before.last().map(AsRef::as_ref).unwrap_or("");
    let lower = quote.chars().next().is_some_and(char::is_lowercase);
    if words <= 2 && lower && (next_cap || matches!(last, "les" | "des" | "premiers" | "premières"))
    {
        return MentionKind::Nickname;
    }
    if words <= 5 && quote.chars().next().is_some_and(char::is_uppercase) && words >= 2 {
        return MentionKind::Title;
    }
    if words <= 4 {
        return MentionKind::Term;
    }
    MentionKind::Other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn introducers() {
        let cases: &[(&str, &str, MentionKind)] = &[
            ("je m'abonne à la newsletter", "Infos", MentionKind::Title),
            ("cliquez sur", "Autoriser", MentionKind::Ui),
            ("si le terme", "alliance", MentionKind::Term),
            (
                "mise en examen pour",
                "détournement de fonds publics",
                MentionKind::Term,
            ),
            ("des soupçons de", "fraude fiscale", MentionKind::Term),
            ("un brassard", "police", MentionKind::Ui),
            ("le thème du", "tourisme social", MentionKind::Term),
            ("surnommé", "le Bulldozer", MentionKind::Nickname),
            ("un des premiers", "marcheurs", MentionKind::Nickname),
            (
                "ateliers de formation (",
                "Rédiger un tract",
                MentionKind::Title,
            ),
        ];
        for (before, quote, kind) in cases {
            assert_eq!(
                kind_of(&w(before), quote, false),
                *kind,
                "{before} « {quote} »"
            );
        }
        assert_eq!(introducer(&w("il a déclaré qu'il était"), "oui"), None);
        assert_eq!(
            introducer(&w("il a présenté son programme"), "d'ici juin"),
            None
        );
    }
}
