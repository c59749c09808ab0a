//! Unit tests: one per construction (table-driven), non-speech kinds, robustness.

use super::{analyse, marks, Found2};
use crate::article::MentionKind;

fn run(paras: &[&str]) -> super::Analysis {
    analyse(paras, None)
}

fn one(paras: &[&str]) -> Found2 {
    let a = run(paras);
    assert_eq!(a.quotes.len(), 1, "{:?} in {paras:?}", a.quotes);
    a.quotes[0].clone()
}

#[test]
fn constructions_give_text_speaker_and_cue() {
    // (paragraphs, quote text, speaker as written, resolved, cue)
    type Case<'a> = (
        &'a [&'a str],
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );
    let cases: &[Case] = &[
        // incise, adverb skipped, complement after the speaker
        (&["« Nous avançons », a ainsi fait savoir Jean-Yves Le Drian à la presse."],
         "Nous avançons", Some("Jean-Yves Le Drian"), None, Some("a fait savoir")),
        // incise with « pour sa part » and a plus-que-parfait
        (&["« Rien n'est joué », avait pour sa part déclaré Marie Dupont avant la rencontre."],
         "Rien n'est joué", Some("Marie Dupont"), None, Some("avait déclaré")),
        // complement before the speaker
        (&["« Je reste », a déclaré à cette occasion le maire de Lyon."],
         "Je reste", Some("le maire de Lyon"), None, Some("a déclaré")),
        // inverted pronoun resolved to the last named person
        (&["Sophie Martin, députée du Nord, parle devant la presse. « Je voterai contre », a-t-elle précisé."],
         "Je voterai contre", Some("elle"), Some("Sophie Martin"), Some("a précisé")),
        // présent, inversion
        (&["Paul Girard arrive. « C'est fini », glisse-t-il."],
         "C'est fini", Some("il"), Some("Paul Girard"), Some("glisse")),
        // passé simple
        (&["« Partez », lança Jacques Morel."],
         "Partez", Some("Jacques Morel"), None, Some("lança")),
        // intro with a colon
        (&["Le ministre Bruno Caron a déclaré : « Nous ne céderons pas. »"],
         "Nous ne céderons pas.", Some("Le ministre Bruno Caron"), Some("Bruno Caron"), Some("a déclaré")),
        // selon before
        (&["Selon Anne Vidal, « la réforme est mal née »."],
         "la réforme est mal née", Some("Anne Vidal"), None, Some("selon")),
        // selon after
        (&["« Un bon négociateur », selon un proche du ministre, il sait attendre."],
         "Un bon négociateur", Some("un proche du ministre"), None, Some("selon")),
        // d'après
        (&["D'après Luc Besson, « le film est prêt »."],
         "le film est prêt", Some("Luc Besson"), None, Some("d'après")),
        // X estime que « … »
        (&["Claire Dubois estime que « le compte n'y est pas »."],
         "le compte n'y est pas", Some("Claire Dubois"), None, Some("estime")),
        // inner incise
        (&["Julie Petit est arrivée tôt. « Nous sommes prêts, souligne-t-elle. Le reste suivra. »"],
         "Nous sommes prêts, souligne-t-elle. Le reste suivra.", Some("elle"), Some("Julie Petit"), Some("souligne")),
        // passive « qualifié de … par X »
        (&["Qualifié de « gourou » par un dirigeant du parti, il sourit."],
         "gourou", Some("un dirigeant du parti"), None, Some("qualifié")),
        // peut-on lire dans
        (&["« Une douzaine de cadres sont visés », peut-on lire dans Le Monde."],
         "Une douzaine de cadres sont visés", Some("Le Monde"), None, Some("peut-on lire")),
        // description resolved through its role
        (&["Le ministre de la Santé Roman Novak a parlé.", "« Je ne démissionnerai pas », a répété le ministre."],
         "Je ne démissionnerai pas", Some("le ministre"), Some("Roman Novak"), Some("a répété")),
        // title + surname expanded to the full name
        (&["Éric Alan Caldwell a présenté le bilan.", "« Le bilan est mauvais », a dit M. Caldwell."],
         "Le bilan est mauvais", Some("M. Caldwell"), Some("Éric Alan Caldwell"), Some("a dit")),
        // invariable « dixit »
        (&["« On ne lâchera rien », dixit Sophie Binet."],
         "On ne lâchera rien", Some("Sophie Binet"), None, Some("dixit")),
        // English
        (&["\"We will not give up,\" said John Smith, the party leader."],
         "We will not give up,", Some("John Smith"), None, Some("said")),
        (&["Mary Jones said: \"The plan works.\""],
         "The plan works.", Some("Mary Jones"), None, Some("said")),
        (&["\"It is a good deal,\" she said after the vote."],
         "It is a good deal,", Some("she"), None, Some("said")),
    ];
    for (paras, text, sp, res, cue) in cases {
        let q = one(paras);
        assert_eq!(q.text, *text, "{paras:?}");
        assert_eq!(q.speaker.as_deref(), *sp, "speaker of {paras:?}");
        assert_eq!(q.resolved.as_deref(), *res, "resolved of {paras:?}");
        assert_eq!(q.cue.as_deref(), *cue, "cue of {paras:?}");
    }
}

#[test]
fn free_quote_takes_the_last_speaker() {
    let a = run(&[
        "« Notre règlement n'a pas été respecté », a dit Éric Alan Caldwell. « Il faut savoir en tirer un constat d'échec et changer de cap. »",
    ]);
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(a.quotes[1].speaker, None);
    assert_eq!(a.quotes[1].resolved.as_deref(), Some("Éric Alan Caldwell"));
}

#[test]
fn headline_quote_gets_the_person_in_the_title() {
    let a = analyse(
        &[
            "« Il y a d'abord le poids de la géographie ». Entretien avec François Héran",
            "Le corps de l'article.",
        ],
        Some(0),
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].resolved.as_deref(), Some("François Héran"));
}

#[test]
fn headline_surname_before_a_colon() {
    let a = analyse(
        &[
            "Retraites : Macron : « Nous irons jusqu'au bout »",
            "Emmanuel Macron a parlé mardi devant les maires.",
        ],
        Some(0),
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].resolved.as_deref(), Some("Emmanuel Macron"));
    // A place before the colon is not a speaker.
    let a = analyse(
        &[
            "Népal : « Plus les heures passent, moins on est utiles »",
            "Un reportage.",
        ],
        Some(0),
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker, None);
}

#[test]
fn noun_homographs_and_passives_are_not_cues() {
    for p in [
        "Le dispositif est autorisé par tranche de quatre mois pour les « schémas » suspects.",
        "Deux types d'urgence sont prévus par la loi : d'un côté une « urgence absolue ».",
        "Et d'ailleurs, que veut dire exactement « travailler trop peu » ?",
    ] {
        let a = run(&[p]);
        assert!(a.quotes.is_empty(), "{p}: {:?}", a.quotes);
    }
}

#[test]
fn partial_and_full() {
    let a = run(&["\"Nous avons convenu de renforcer nos échanges\" des groupes, a ainsi fait savoir Jean-Yves Le Drian. \"Cette rencontre fait suite à l'entretien\", avait déclaré Jean-Yves Le Drian."]);
    assert_eq!(a.quotes.len(), 2);
    assert!(a.quotes[0].partial);
    assert!(!a.quotes[1].partial);
}

#[test]
fn non_speech_marks_are_mentions() {
    let cases: &[(&str, MentionKind)] = &[
        ("Je m'abonne à la newsletter « Infos »", MentionKind::Title),
        (
            "Cliquez sur “Autoriser” pour poursuivre votre navigation.",
            MentionKind::Ui,
        ),
        (
            "Si le terme « alliance » a été réfuté, les deux pays avancent.",
            MentionKind::Term,
        ),
        (
            "Elle est mise en examen pour « détournement de fonds publics ».",
            MentionKind::Term,
        ),
        (
            "Il porte un brassard « police » autour du bras.",
            MentionKind::Ui,
        ),
        (
            "Le député « constructif » Thierry Solère a changé de camp.",
            MentionKind::Nickname,
        ),
        (
            "Le thème du « tourisme social » revient souvent.",
            MentionKind::Term,
        ),
    ];
    for (p, kind) in cases {
        let a = run(&[p]);
        assert!(a.quotes.is_empty(), "{p}: {:?}", a.quotes);
        assert_eq!(a.mentions.len(), 1, "{p}");
        assert_eq!(a.mentions[0].kind, *kind, "{p}");
    }
}

#[test]
fn nested_quote_is_a_mention_not_a_quote() {
    let a = run(&[
        "« Il veut créer un \"Agir\" de gauche et rassembler les élus », a expliqué Paul Durand.",
    ]);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.mentions.len(), 1);
    assert_eq!(a.mentions[0].text, "Agir");
}

#[test]
fn multi_paragraph_quotes() {
    // French: each new paragraph reopens with «.
    let a = run(&[
        "« Nous avons tout essayé pour sauver l'usine,",
        "« mais les actionnaires ont décidé autrement. »",
        "Voilà ce qu'a raconté Pierre Lamy.",
    ]);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(
        a.quotes[0].text,
        "Nous avons tout essayé pour sauver l'usine,\n\nmais les actionnaires ont décidé autrement."
    );
    assert_eq!(a.quotes[0].segments.len(), 2);
    // English: an opening mark per paragraph, one closing mark at the end.
    let a = run(&[
        "\"We tried everything to save the plant and its workers.",
        "\"But the shareholders decided otherwise,\" said Peter Lamb.",
    ]);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Peter Lamb"));
    assert_eq!(a.quotes[0].segments.len(), 2);
}

#[test]
fn robustness() {
    // Unclosed « never swallows the following paragraphs.
    let a = run(&[
        "« Nous partons demain, a dit Paul.",
        "Le texte continue ici sans guillemets.",
        "« Oui », répond Anne Roy.",
    ]);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].text, "Oui");
    // Mismatched marks: « … ” is not a pair.
    let pairs = marks::scan(&["« texte ” fin"]);
    assert!(pairs.is_empty());
    // A mark inside a word.
    let pairs = marks::scan(&["Il parle de l'«ouverture» du marché."]);
    assert_eq!(pairs.len(), 1);
    let a = run(&["Il parle de l'«ouverture» du marché."]);
    assert!(a.quotes.is_empty());
    // Thousands of marks in one paragraph, balanced and not: bounded work, no panic.
    let many =
        "« a » ".repeat(5000) + &"« ".repeat(5000) + &"» ".repeat(3000) + &"\" ".repeat(3001);
    let a = run(&[&many, &many]);
    assert!(a.quotes.len() + a.mentions.len() >= 10_000);
    // A carried quote is bounded in paragraphs.
    let paras: Vec<String> = (0..40).map(|i| format!("« paragraphe {i}")).collect();
    let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
    let pairs = marks::scan(&refs);
    assert!(pairs.is_empty());
    // Odd inputs.
    for s in [
        "«",
        "»",
        "\"",
        "“”",
        "« »",
        "«»«»",
        "„x“",
        "‹ a ›",
        "' a '",
        "«\u{a0}x\u{202f}»",
        "a-t-il",
        ", a-t-il",
        "« x », a",
    ] {
        let _ = run(&[s, s]);
    }
}

#[test]
fn no_break_spaces_are_trimmed_from_the_text() {
    let q = one(&["«\u{202f}Nous restons\u{a0}», a affirmé Anne Roy."]);
    assert_eq!(q.text, "Nous restons");
    assert_eq!(q.speaker.as_deref(), Some("Anne Roy"));
}

#[test]
fn pronoun_speakers_are_read_without_case() {
    for (s, want) in [
        ("elle", Some((Some(true), false))),
        ("Elle", Some((Some(true), false))),
        ("ELLES", Some((None, true))),
        ("Il", Some((Some(false), false))),
        ("la ministre", None),
        ("Ellesx", None),
        ("", None),
        ("\u{212A}", None),
        ("Éll", None),
        ("lUi", Some((Some(false), false))),
        ("On", Some((None, true))),
    ] {
        assert_eq!(super::pronoun_of(s), want, "{s}");
        assert_eq!(
            super::pronoun_of(s),
            super::resolve::pronoun_gender(&s.to_lowercase()),
            "{s}"
        );
    }
}

/// Real-looking pages for the tests that compare a fast path with the slow one: the lines of
/// the quote fixtures and of the example article, and paragraphs written for the cases the
/// fast paths cut (people named after the last quote, a headline quote, a surname before a
/// colon, a description speaker), taken in runs of one to six paragraphs, in order and
/// reversed.
fn sample_pages() -> Vec<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for text in [
        include_str!("../../../tests/quotes/municipales.txt"),
        include_str!("../../../tests/quotes/transfer.txt"),
        include_str!("../../../examples/data/rtl-le-drian-moscou.txt"),
    ] {
        lines.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    lines.extend(
        [
            "Retraites : Macron : « Nous irons jusqu'au bout »",
            "Emmanuel Macron a parlé mardi devant les maires, avec Édouard Philippe.",
            "« Il y a d'abord le poids de la géographie ». Entretien avec François Héran",
            "Le ministre de la Santé, Olivier Véran, a répondu. « Nous tiendrons », a-t-il dit, puis M. Véran est parti avec Mme Borne.",
            "Sophie Martin, députée du Nord, parle. « Je voterai contre », a précisé la députée. Jean Dupont, 54 ans, sourit.",
            "« C'est fini », glisse-t-il devant Paul Girard et Marie-Pierre Dausse, professeur d'histoire.",
            "Claire Dubois estime que « le compte n'y est pas ». Anne Vidal et Luc Besson ne disent rien.",
            "Dupont : « Nous ne céderons pas », lance-t-il. Le maire Jacques Morel répond : « Partez. »",
            "« Rien n'est joué », avait déclaré l'élue. Christine Morel, maire de Villeneuve, sourit.",
            "Retraites : Morel : « Nous ne céderons sur rien, jamais »",
            "Le maire Jacques Morel a parlé mardi.",
            "Anne Roy parle avec Sophie Martin. « Je voterai contre ce texte », a précisé la députée.",
            "Sophie Martin, députée du Nord, sourit.",
            "Karim Benali* ne mâche pas ses mots. Selon Boris Faure, « la réforme est mal née ».",
        ]
        .map(str::to_owned),
    );
    let mut pages = Vec::new();
    for len in 1..=6 {
        for start in 0..lines.len().saturating_sub(len - 1) {
            let page: Vec<String> = lines[start..start + len].to_vec();
            let mut rev = page.clone();
            rev.reverse();
            pages.push(page);
            if len > 1 {
                pages.push(rev);
            }
        }
    }
    pages
}

#[test]
fn the_fast_person_search_changes_no_answer() {
    let mut quotes = 0;
    for page in sample_pages() {
        let paras: Vec<&str> = page.iter().map(String::as_str).collect();
        for headline in [None, Some(0)] {
            let fast = super::analyse_with(&paras, headline, true);
            let slow = super::analyse_with(&paras, headline, false);
            quotes += slow.quotes.len();
            assert_eq!(
                format!("{fast:?}"),
                format!("{slow:?}"),
                "{paras:?} {headline:?}"
            );
        }
    }
    assert!(quotes > 1000, "{quotes}");
}

#[test]
fn reusing_the_first_mark_changes_no_pair() {
    let mut pairs = 0;
    let mut pages = sample_pages();
    pages.push(
        [
            "\"Straight\" at the start, then « a » and “b” and „c“ and ‹d›.",
            "« Over two paragraphs",
            "« goes on » here, ‘single’ and 'not' and « nested 'word' here ».",
            "“Curly opens",
            "“and reopens” — done.",
            "L’apostrophe d’abord, puis « la fin ».",
        ]
        .map(str::to_owned)
        .to_vec(),
    );
    for page in pages {
        let paras: Vec<&str> = page.iter().map(String::as_str).collect();
        let fast = marks::scan(&paras);
        assert_eq!(fast, marks::scan_with(&paras, false), "{paras:?}");
        pairs += fast.len();
    }
    assert!(pairs > 1000, "{pairs}");
}

#[test]
fn an_inner_cue_is_found_in_the_tokens_from_the_first_comma() {
    use super::attribution::inner_incise;
    use super::text::tokenize;
    let quotes = [
        "Nous irons, souligne-t-elle. Et vite.",
        "Nous irons jusqu'au bout, a affirmé le ministre de l'Intérieur Gérald Darmanin, sans attendre.",
        "Oui, non, peut-être, dit-il",
        "Le texte, rappelle Marie Dupont, n'est pas prêt. Il faudra, ajoute-t-elle, du temps pour tout le reste de la réforme et bien plus encore.",
        "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v",
        ",, , ,",
        "Sans virgule au début et puis, selon eux, rien",
        "L’État, estime-t-on, doit agir",
        "Rien, explique le maire qui, lui, veut avancer sur ce dossier depuis des mois et des mois sans fin ni trêve",
    ];
    let mut found = 0;
    for q in quotes {
        let Some(c) = q.find(',') else {
            continue;
        };
        let all = inner_incise(q, &tokenize(q, 0..q.len()));
        let from = inner_incise(q, &tokenize(q, c..q.len()));
        assert_eq!(format!("{all:?}"), format!("{from:?}"), "{q}");
        found += usize::from(all.is_some());
    }
    assert!(found >= 4, "{found}");
}
