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
    "banderole",
    "t-shirt",
    "tee-shirt",
    "badge",
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
