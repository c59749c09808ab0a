//! Non-speech marks: titles, terms, nicknames, UI labels and the rest, told apart by the
//! words right before the marks (« la newsletter « Infos » », « cliquez sur “Autoriser” »,
//! « le terme « alliance » », « mis en examen pour « … » »).

use crate::article::MentionKind;

use super::text::word_count;

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

/// What the last words before a mark say about it, if they settle the question (a strong
/// signal that wins over a cue earlier in the sentence). `before` are lower-case words,
/// nearest last.
pub(crate) fn introducer(before: &[String], quote: &str) -> Option<MentionKind> {
    let upper = quote
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let last = before.last().map(String::as_str)?;
    let prev = before
        .len()
        .checked_sub(2)
        .and_then(|i| before.get(i))
        .map(String::as_str);
    if last == "(" {
        return Some(MentionKind::Title);
    }
    // mis en examen pour « … », plainte pour « … », soupçons de « … »
    if last == "pour" {
        return Some(MentionKind::Term);
    }
    if (last == "de" || last == "d'") && prev.is_some_and(|p| LEGAL_BEFORE_DE.contains(&p)) {
        return Some(MentionKind::Term);
    }
    let near = |list: &[&str], n: usize| {
        before
            .iter()
            .rev()
            .take(n)
            .any(|w| list.contains(&w.as_str()))
    };
    // « le terme « … » », « le thème du « … » », « l'expression de « … » »
    let skip_de = if matches!(last, "de" | "du" | "d'" | "des" | "of" | "la" | "le" | "l'") {
        prev
    } else {
        Some(last)
    };
    if let Some(w) = skip_de {
        if TERM_NOUNS.contains(&w) {
            return Some(MentionKind::Term);
        }
        if UI_NOUNS.contains(&w) {
            return Some(MentionKind::Ui);
        }
        if NICK_NOUNS.contains(&w) {
            return Some(MentionKind::Nickname);
        }
        if TITLE_NOUNS.contains(&w) && upper {
            return Some(MentionKind::Title);
        }
    }
    if near(UI_NOUNS, 3) && near(&["cliquez", "cliquer", "click"], 3) {
        return Some(MentionKind::Ui);
    }
    if near(NEAR_TITLE, 6) && upper {
        return Some(MentionKind::Title);
    }
    None
}

/// A naming construction right before the marks: « le dispositif dit « … » », « l'opération
/// baptisée « … » », « surnommé « … » », « appelé « … » », « qualifié de « … » ». The marks
/// then hold a name or a term, not speech, unless an agent follows (« qualifié de « … » par
/// X »: `agent`). `before` are lower-case tokens, nearest last; `det_first` says the word two
/// places before the mark starts the sentence (« Le ministre dit « … » » is speech).
pub(crate) fn naming(
    before: &[String],
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
            .map_or("", String::as_str)
    };
    let (last, prev, prev2) = (at(1), at(2), at(3));
    // « sur les pancartes, on pouvait lire « … » »: words written on a sign.
    if matches!(
        last,
        "lire" | "read" | "inscrit" | "inscrits" | "écrit" | "written"
    ) && before.iter().any(|w| UI_NOUNS.contains(&w.as_str()))
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
    let short = word_count(quote) <= 6 && !quote.trim_end().ends_with(['.', '!', '?', '…']);
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
    if last == "dit" && short && noun && det && !det_first {
        return Some(MentionKind::Term);
    }
    None
}

/// The kind of a non-speech mark. `before` as in [`introducer`]; `next_cap` says the mark is
/// followed by a capitalised name (« le député « constructif » Thierry Solère »).
pub(crate) fn kind_of(before: &[String], quote: &str, next_cap: bool) -> MentionKind {
    if let Some(k) = introducer(before, quote) {
        return k;
    }
    let words = word_count(quote);
    let last = before.last().map(String::as_str).unwrap_or("");
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
