//! Whole-line rule tables: a pattern and a reason each, compiled once into a `RegexSet`.
//!
//! The tables are data: one row per shape of chrome line (pattern, reason, longest line the
//! rule may remove). Patterns describe shapes — a label alone on its line, a label followed by a
//! price or a count, a prompt verb with its object — rather than the wording of one site. They
//! are case-insensitive, and accent-insensitive where pages differ ("A lire aussi" / "À lire
//! aussi"), and they accept both `'` and `’` and any Unicode space (U+00A0, U+202F) where a
//! space can be.
//!
//! Besides whole-line rules, [`LineRules`] knows two context shapes:
//! * a teaser label glued to the start of a line ("À lire aussi : &lt;headline&gt;"): the whole line
//!   goes when it is short; when the headline runs into body text with no space ("…reloguéesLe
//!   ministre"), only the label and headline are cut with [`Document::strip_prefix`];
//! * a teaser label alone on its line takes the next line with it when that line is
//!   headline-shaped (short, not a sentence).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;
use regex::{Regex, RegexSet, RegexSetBuilder};

use crate::document::{Document, Reason};
use crate::error::BoxError;
use crate::filters::duplicates::{line_hash, PreHashed};
use crate::lang::Language;
use crate::pipeline::Filter;

/// One rule: a regular expression tried on a block's text, and the reason to give when it
/// matches. Blocks longer than `max_chars` are left alone, so that a short chrome pattern never
/// removes a paragraph that merely contains the words.
#[derive(Debug, Clone)]
pub struct Rule {
    pattern: String,
    reason: Reason,
    max_chars: usize,
}

impl Rule {
    /// A rule. The pattern uses the [`regex`] syntax; write `(?i)` for case-insensitive matching
    /// and `^…$` to match a whole block. Fails when the pattern does not compile.
    pub fn new(pattern: &str, reason: Reason) -> Result<Rule, regex::Error> {
        Regex::new(pattern)?;
        Ok(Rule::unchecked(pattern.to_owned(), reason))
    }

    /// A built-in rule, whose pattern is not compiled on its own: the tests check that every
    /// built-in pattern compiles (`every_built_in_pattern_compiles`), and compiling each of
    /// them once more, only to throw it away, took a quarter of a first page's time.
    fn unchecked(pattern: String, reason: Reason) -> Rule {
        Rule {
            pattern,
            reason,
            max_chars: usize::MAX,
        }
    }

    /// Only blocks of at most `n` characters can match.
    pub fn max_chars(mut self, n: usize) -> Self {
        self.max_chars = n;
        self
    }

    /// The pattern.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The reason given.
    pub fn reason(&self) -> &Reason {
        &self.reason
    }
}

/// Lines of more characters than this are matched against the rules that allow them only.
const SHORT_LINE: usize = 100;
/// Lines of more characters than this are matched against an even smaller set.
const LONG_LINE: usize = 300;

/// Longest line (in bytes) whose table look-up is remembered for the rest of the page.
const MEMO_BYTES: usize = 200;

/// A `RegexSet` over some of a table's rules, with the index of each in the table.
#[derive(Debug, Clone)]
struct Set {
    set: RegexSet,
    index: Vec<usize>,
}

impl Set {
    fn new(rules: &[Rule], keep: impl Fn(&Rule) -> bool) -> Set {
        let index: Vec<usize> = (0..rules.len())
            .filter(|&i| rules.get(i).is_some_and(&keep))
            .collect();
        // Patterns were checked (the user's in `Rule::new`, the built-in ones by the tests); a
        // set of valid patterns only fails past the size limit, and then no rule matches
        // rather than the program stopping.
        // The lazy DFA of a set of case-insensitive Unicode patterns is large: give it room so
        // that its cache is not cleared and rebuilt on every page.
        let set = RegexSetBuilder::new(
            index
                .iter()
                .filter_map(|&i| rules.get(i))
                .map(|r| r.pattern.as_str()),
        )
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|_| RegexSet::empty());
        Set { set, index }
    }
}

/// A compiled table of rules.
///
/// Most bytes of a page are in long lines, which only a few rules may remove: long lines are
/// matched against smaller sets of those rules, so that the automaton has fewer
/// patterns to follow over the most bytes. Lines longer than every rule's `max_chars` are not
/// matched at all.
#[derive(Debug, Clone)]
struct Table {
    rules: Vec<Rule>,
    /// Every rule, for lines of at most [`SHORT_LINE`] characters.
    short: Set,
    /// The rules that allow lines longer than [`SHORT_LINE`].
    mid: Set,
    /// The rules that allow lines longer than [`LONG_LINE`].
    long: Set,
    /// The longest `max_chars` of the table: longer blocks are not even matched.
    longest: usize,
}

impl Table {
    fn new(rules: Vec<Rule>) -> Table {
        let short = Set::new(&rules, |_| true);
        let mid = Set::new(&rules, |r| r.max_chars > SHORT_LINE);
        let long = Set::new(&rules, |r| r.max_chars > LONG_LINE);
        let longest = rules.iter().map(|r| r.max_chars).max().unwrap_or(0);
        Table {
            rules,
            short,
            mid,
            long,
            longest,
        }
    }

    fn first_match(&self, text: &str, chars: usize) -> Option<&Rule> {
        if chars > self.longest {
            return None;
        }
        let set = if chars <= SHORT_LINE {
            &self.short
        } else if chars <= LONG_LINE {
            &self.mid
        } else {
            &self.long
        };
        // Most lines match nothing: a plain yes/no search is cheaper than listing matches.
        if !set.set.is_match(text) {
            return None;
        }
        set.set
            .matches(text)
            .iter()
            .filter_map(|i| set.index.get(i))
            .filter_map(|&i| self.rules.get(i))
            .find(|r| chars <= r.max_chars)
    }
}

/// Builds a built-in table. A Unicode word boundary `\b` would make the whole `RegexSet` fall
/// back to its slowest engine on non-ASCII text, so in the built-in patterns it is written as
/// "start, end or a non-word character", which answers the same for a yes/no match.
fn table(rows: &[(&str, Reason, usize)]) -> Table {
    Table::new(
        rows.iter()
            .map(|(p, r, n)| {
                let p = p.replace(r"(?-u:\b)", r"\b").replace(r"\b", r"(?:^|$|\W)");
                Rule::unchecked(p, r.clone()).max_chars(*n)
            })
            .collect(),
    )
}

/// Social networks and messaging apps: names, not words of a language.
const SOCIAL: &str = r"(?:facebook|twitter|x|instagram|linkedin|whats?app|pinterest|youtube|tiktok|snapchat|flipboard|messenger|telegram|reddit|e-?mail|mail|rss|threads|bluesky|mastodon|tumblr|xing|viber|google\+?|pocket|copy|print|sms)";

/// Rules for any language: shapes that do not depend on words, and loanwords that pages in
/// every language use (newsletter, cookies, login, the names of social networks).
fn neutral_rows() -> Vec<(String, Reason, usize)> {
    let social_row = format!(r"(?i)^(?:{SOCIAL}[\s|/·•,:;\-]*)+$");
    let social_glued = format!(
        r"(?i)^(?:(?:share|partager|teilen|compartir)?\s*(?:on|sur|auf|en)?\s*{SOCIAL}){{2,}}$"
    );
    let mut rows: Vec<(String, Reason, usize)> = vec![
        // Leaked code and templates.
        (
            r"\{\{.*\}\}|^\s*\(?function\s*\([^)]*\)\s*\{|^\s*(?:window|document)\.\w+|^\s*<(?:script|style|div|span|iframe|img|a|p|!--|!doctype)(?:\s[^>]*)?>"
                .into(),
            Reason::Widget,
            5000,
        ),
        (r"^[\s\[\]{}();,.:=<>/\\|-]*[{}][\s\[\]{}();,.:=<>/\\|-]*$".into(), Reason::Widget, 40),
        // Copyright and rights lines.
        (
            r"(?i)^\W{0,3}(?:©|\(c\)\s|copyright\b)|©\s*(?:\d{4}|[A-Z][\w.\- ]+\s+\d{4})|(?:19|20)\d{2}\s*(?:-|–)\s*(?:19|20)\d{2}\s*©"
                .into(),
            Reason::Footer,
            300,
        ),
        // Social rows: names alone, or glued.
        (social_row, Reason::Share, 200),
        (social_glued, Reason::Share, 200),
        // Newsletter, cookie and login loanwords on short lines.
        (r"(?i)\bnewsletters?\b".into(), Reason::Newsletter, 80),
        (
            r"(?i)^(?:log\s*-?in|log\s*-?out|sign\s*-?in|sign\s*-?up|login\s*/\s*register|register)$"
                .into(),
            Reason::Account,
            20,
        ),
        (r"(?i)\bcookies?\b".into(), Reason::Cookie, 30),
        // Bare controls and symbols.
        (
            r"(?i)^(?:ok|x|×|✕|✖|☰|≡|menu|«|»|‹|›|<|>|←|→|↑|\^|top|\+|-|–|—|\.{3}|…|\|)$".into(),
            Reason::Navigation,
            3,
        ),
        (r"(?i)^(?:menu|ok|home|rss|podcasts?|videos?|vidéos?)$".into(), Reason::Navigation, 10),
        // A bare web address or e-mail address on its own line.
        (
            r"(?i)^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+\.[\w.]+$".into(),
            Reason::Navigation,
            200,
        ),
        // Advertising labels used in many languages.
        (r"(?i)^(?:ads?|advert(?:isement)?|anzeige|werbung|publicidad|pubblicità|publicité|pub|sponsored|sponsoris[ée]d?|promo)\s*:?$".into(), Reason::Advertising, 20),
    ];
    rows.push((r"^\d{1,3}\s*/\s*\d{1,3}$".into(), Reason::Navigation, 10));
    rows
}

/// Labels of other European languages (German, Spanish, Italian, Portuguese, Dutch) for the
/// same kinds of chrome, so that pages without a table of their own still lose the obvious
/// lines. Whole short lines only. Pages in French or English have their own tables: these
/// rows are not in them.
fn other_language_rows() -> Vec<(String, Reason, usize)> {
    [
            (
                r"(?i)^(?:teilen|drucken|versenden|artikel teilen|jetzt teilen|compartir|imprimir|enviar|condividi|stampa|partilhar|delen|printen)\s*:?$",
                Reason::Share,
                30,
            ),
            (
                r"(?i)^(?:lesen sie (?:auch|mehr)|mehr (?:zum thema|dazu|lesen|artikel)|weiterlesen|weitere artikel|(?:das )?könnte sie (?:auch )?interessieren|beliebte artikel|meistgelesen|artikel zum thema|verwandte artikel|ähnliche artikel|leer (?:también|más)|lea también|vea también|notas relacionadas|art[íi]culos relacionados|noticias relacionadas|lo más (?:leído|visto)|te puede interesar|leggi anche|potrebbe interessarti|articoli correlati|leia (?:também|mais)|veja também|notícias relacionadas|lees ook|meer lezen|gerelateerde artikelen)\s*[:»·.\-–—>]*.*$",
                Reason::Teaser,
                100,
            ),
            (
                r"(?i)^(?:\d+\s+)?(?:kommentare?|kommentieren(?: sie hier)?|kommentar schreiben|antworten|comentarios?|comentar(?: este artículo)?|deja un comentario|commenti|lascia un commento|comentários?|deixe um comentário|reacties?|reageer)\s*:?$|erforderliche felder|benachrichtige mich|los campos obligatorios|i campi obbligatori",
                Reason::Comments,
                120,
            ),
            (
                r"(?i)^(?:impressum|datenschutz(?:erklärung)?|kontakt|agb|nutzungsbedingungen|barrierefreiheit|aviso legal|política de privacidad|privacidad|contacto|términos y condiciones|note legali|contatti|privacy|política de privacidade|contato|colofon)\s*[|·•]?$|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados",
                Reason::Footer,
                120,
            ),
            (
                r"(?i)^(?:anmelden|abmelden|registrieren|jetzt registrieren|einloggen|ausloggen|mein konto|iniciar sesión|registrarse|mi cuenta|accedi|registrati|entrar|cadastre-se|inloggen|registreren)\s*$",
                Reason::Account,
                30,
            ),
            (
                r"(?i)^(?:abonnieren|jetzt abonnieren|suscr[íi]bete|suscribirse|abbonati|assine|abonneer)(?:$|\W).*",
                Reason::Subscription,
                60,
            ),
            (
                r"(?i)^(?:startseite|suche|zurück|weiter|inicio|buscar|volver|siguiente|anterior|cerca|indietro|pesquisar|voltar|zoeken|terug|nach oben|zum inhalt springen|ir al contenido)\s*$",
                Reason::Navigation,
                30,
            ),
        ]
        .iter()
        .map(|(p, r, n)| (p.to_string(), r.clone(), *n))
        .collect()
}

/// The neutral rules, then `rows`: one set, so that a line is matched once; the neutral rules
/// come first and win when both match.
fn with_neutral(rows: &[(&str, Reason, usize)]) -> Table {
    let neutral = neutral_rows();
    let all: Vec<(&str, Reason, usize)> = neutral
        .iter()
        .map(|(p, r, n)| (p.as_str(), r.clone(), *n))
        .chain(rows.iter().cloned())
        .collect();
    table(&all)
}

/// The neutral rules and the labels of other European languages, for pages in other
/// languages.
static NEUTRAL: Lazy<Table> = Lazy::new(|| {
    let other = other_language_rows();
    let rows: Vec<(&str, Reason, usize)> = other
        .iter()
        .map(|(p, r, n)| (p.as_str(), r.clone(), *n))
        .collect();
    with_neutral(&rows)
});

/// French rules.
static FRENCH: Lazy<Table> = Lazy::new(|| {
    with_neutral(&[
        // 1.2 Newsletter prompts.
        (
            r"(?i)\b(?:newsletters?|lettres? d['’]info(?:rmation)?s?|la lettre\b)",
            Reason::Newsletter,
            160,
        ),
        (
            r"(?i)newsletters?.*(?:conformément|données|désinscri|désabonn|adresse|e-?mail)|(?:adresse|e-?mail).*(?:newsletters?|lettres? d['’]info)",
            Reason::Newsletter,
            700,
        ),
        (
            r"(?i)^(?:votre (?:adresse )?e-?mail|adresse e-?mail|e-?mail|entrez votre (?:adresse )?e-?mail.*|saisissez votre (?:adresse )?e-?mail.*|votre inscription a (?:bien )?été (?:prise en compte|enregistrée).*|merci (?:pour|de) votre inscription.*|inscrivez-vous.*|je m['’]inscris|valider|envoyer|s['’]inscrire)\s*[.!:]?$",
            Reason::Newsletter,
            120,
        ),
        // 1.5 Notification and welcome banners.
        (
            r"(?i)notifications?.*(?:navigateur|autoris|activ|recevoir|recevez|alertes?)|(?:navigateur|autoris|activ|recevoir|recevez).*notif[a-z]*\b",
            Reason::Notification,
            500,
        ),
        (
            r"(?i)^(?:activer|désactiver|gérer) (?:les |mes )?(?:notifications|alertes)|^(?:recevoir|créer) (?:une|des|les) alertes?|^(?:plus tard|pas maintenant|non merci|oui,? je (?:veux|souhaite).*)$",
            Reason::Notification,
            80,
        ),
        (
            r"(?i)^bienvenue\s+(?:sur|chez|à|a|dans)\s",
            Reason::Welcome,
            80,
        ),
        // 1.3 Account and login prompts.
        (
            r"(?i)^(?:(?:je crée mon compte|cr[ée]er (?:un|mon|votre) compte|création de compte|se connecter|connectez-vous|je me connecte|me connecter|mon compte|mon espace(?: perso(?:nnel)?)?|s['’]identifier|identifiez-vous|se déconnecter|déconnexion|connexion|inscription|s['’]inscrire(?: gratuitement)?|m['’]inscrire|mes (?:newsletters|commentaires|favoris|articles|sélections|alertes|informations|abonnements)|mot de passe oublié.*|espace abonnés?)[\s|/·•,:.!?]*)+$",
            Reason::Account,
            90,
        ),
        (
            r"(?i)déjà (?:un compte|inscrit|abonné|client|membre)|vous possédez déjà un compte|(?:pas encore|vous n['’]avez pas de) (?:de )?compte",
            Reason::Account,
            160,
        ),
        (
            r"(?i)^rejoignez\b.*\b(?:communauté|compte)\b|^pour (?:sauvegarder|ajouter|enregistrer|retrouver|lire|commenter|suivre|accéder|réagir|poster)\b.*\b(?:connecter|connectez|identifiez|identifier|compte|abonnez|abonner|inscri)",
            Reason::Account,
            250,
        ),
        // 1.4 Subscription offers and paywall notices.
        (
            r"(?i)^(?:s['’]abonner|je m['’]abonne|abonnez-vous|abonnement|offre (?:spéciale|d['’]abonnement|numérique|découverte)|soutenez(?:-nous| la rédaction| notre journalisme)?|découvrir (?:les|nos) offres.*|voir les offres|nos offres|je soutiens|faire un don)\b[^.?!]*[.!]?$",
            Reason::Subscription,
            90,
        ),
        (
            r"(?i)\d+(?:[,.]\d+)?\s*€\s*(?:/|par)\s*mois|\bdès\s+\d+(?:[,.]\d+)?\s*€|\d+\s+mois\s+pour\s+\d+(?:[,.]\d+)?\s*€|(?:abonn|offre)\w*.*\d+(?:[,.]\d+)?\s*€",
            Reason::Subscription,
            160,
        ),
        (
            r"(?i)(?:article|contenu) réservé (?:aux|à nos) (?:abonnés|membres)|^(?:réservé aux abonnés|exclusif abonnés|abonnés|premium|contenu premium|édition abonnés|(?:lettre )?exclusive? abonnés.*)$",
            Reason::Paywall,
            300,
        ),
        (
            r"(?i)il vous reste \d+(?:[.,]\d+)?\s*%\s*de (?:cet\s+|l['’])article|la suite (?:de cet article )?est réservée|lecture restreinte|votre abonnement n['’]autorise pas|sur un (?:seul|autre) appareil|continuer à lire ici|offres? multi-?comptes?|vous avez (?:atteint|lu|consulté|encore|\d+)[^.]*\barticles?\b|pour lire la suite|pour accéder (?:à|au|en illimité)|cet article est réservé|(?:articles?|contenus?) gratuits?|débloquer (?:cet\s+|l['’])article",
            Reason::Paywall,
            400,
        ),
        // 1.5 Cookies and consent.
        (
            r"(?i)^(?:gestion|gérer|param[ée]tr|modifier|politique|accepter|refuser|info|choix|dépôt|usage)\w*\b.*\bcookies?\b|^cookies?\b",
            Reason::Cookie,
            60,
        ),
        (
            // A banner speaks to the reader about the site: cookies or trackers together with
            // "nous utilisons", "ce site", "en poursuivant", "vous acceptez" …
            r"(?i)\b(?:cookies?|traceurs|publicité personnalisée|consentement)\b.*\b(?:nous utilisons|ce site|notre site|en poursuivant|vous acceptez|acceptez|nos partenaires|paramétrer|vos choix|refuser)|\b(?:nous utilisons|ce site|notre site|en poursuivant|vous acceptez|nos partenaires|vous avez choisi de refuser)\b.*\b(?:cookies?|traceurs|publicité personnalisée|consentement)\b",
            Reason::Cookie,
            800,
        ),
        (
            r"(?i)^(?:tout accepter|tout refuser|accepter(?: et (?:fermer|continuer))?|refuser|continuer sans accepter|personnaliser(?: mes choix)?|j['’]accepte|je refuse|ou refuser et s['’]abonner|en savoir plus et (?:paramétrer|personnaliser))\s*[.!→>]?$",
            Reason::Cookie,
            60,
        ),
        // 1.6 Teaser and related-content labels (a label alone, or with a short headline).
        (
            r"(?i)^(?:[aà]\s+(?:lire|voir|découvrir|écouter|regarder|réécouter|revoir)(?:\s+(?:aussi|également|absolument|sur\s+\S+))?|(?:lire|voir|écouter)\s+(?:aussi|également|plus)|sur le même (?:sujet|thème)|dans la même rubrique|les (?:plus|\d+) (?:lus|partagés|commentés|populaires|consultés|vus)|(?:articles? )?les plus (?:lus|populaires)|derni[èe]res? (?:news|actualités?|publications|infos?|minute|vidéos|articles)(?:\s+sur\b.*)?|en continu|à la une|sommaire|(?:articles?|sujets?|contenus?) (?:liés|similaires|associés|recommandés|correspondants)|(?:nos|d['’]autres|plus d['’]|encore plus d['’]) ?(?:articles|contenus|actualités?|vidéos|podcasts)(?: (?:liés|recommandés|sur\b.*))?|sélectionnés? pour vous|recommandés? pour vous|vous aimerez (?:aussi|peut-être).*|vous pourriez (?:aussi )?aimer.*|ces articles pourraient vous intéresser|toute l['’]actualité.*|voir plus|voir tout|voir toutes? les.*|tous les articles.*|toutes les vidéos.*|lire la suite|en savoir plus|en lecture|suivant|précédent|article suivant|article précédent|en images|en vidéo|pour approfondir|nos dossiers|(?:l['’])?essentiel(?: \S+)?|l['’]actu(?:alité)?(?: \S+)?|la sélection(?: de la rédaction)?|à ne pas manquer|ne manquez pas|populaires?|tendances?|les incontournables|dossiers?)\s*[:»·.\-–—]?$",
            Reason::Teaser,
            60,
        ),
        // 1.7 Advertising.
        (
            r"(?i)^(?:publicité|passer la publicité|pub|annonces?|contenus? sponsorisés?|sponsorisé|article sponsorisé|publi-?(?:rédactionnel|reportage|communiqué)|contenu partenaire|partenaires?|en partenariat avec\b.*|codes? promos?\b.*|bons plans?)\s*:?$",
            Reason::Advertising,
            80,
        ),
        // 1.8 Share and article tools.
        (
            r"(?i)^(?:partager|partagez|partage|envoyer(?: par e-?mail| à un ami| l['’]article)?|copier(?: le lien)?|lien copié.*|imprimer(?: l['’]article| cet article)?|(?:partager|partagez|publier) (?:sur|cet article|par|via|l['’]article|sur :).*|mettre en favori|ajouter (?:à|aux) (?:vos|mes|mes) (?:sélections|favoris)|sauvegarder(?: cet article| l['’]article).*|enregistrer(?: cet article| l['’]article)?|lire dans l['’]app.*|suivez-nous.*|nous suivre.*|s['’]abonner (?:à la page|aux flux|au flux|à notre chaîne).*|embed|code embed.*|écouter(?: cet article| l['’]article)?|offrir(?: l['’]article| cet article)?|partager discussion|favoris?|(?:taille du )?texte|a\+|a-|commenter|réagir)\s*:?$",
            Reason::Share,
            80,
        ),
        // 1.9 Comments.
        (
            r"(?i)^(?:\d+\s+(?:commentaires?|réactions?)|(?:lire|voir|afficher) (?:les |tous les )?(?:\d+ )?(?:commentaires?|réactions?)|(?:poster|laisser|écrire|ajouter|rédiger) (?:un|votre) (?:commentaire|avis)|(?:commentaires?|réactions?|vos réactions|tous les commentaires|charte des commentaires|signaler(?: un abus| ce commentaire| un contenu)?|répondre|modérer|réagissez|qui êtes-vous ?\??|votre (?:nom|pseudo|commentaire|message)|nom|pseudo|site web|poster|publier)\s*\*?\s*:?)$",
            Reason::Comments,
            80,
        ),
        (
            r"(?i)vous devez (?:être )?(?:vous )?(?:abonn|connect|identifi|inscri|enregistr).*(?:poster|publier|réagir|commenter|laisser)|(?:les )?champs (?:obligatoires|requis) sont|laissez simplement des lignes vides|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|commentaires? (?:sont )?(?:modérés|fermés)",
            Reason::Comments,
            300,
        ),
        // 1.10 Tags.
        (
            r"(?i)^(?:mots?[- ]clés?|tags?|thèmes?|thématiques?|sujets?(?: associés| liés| abordés)?|autour de|à propos de|sur les mêmes sujets|catégories?|rubriques?|classé dans|lire plus sur)\s*:?(?:\s+\S.*)?$",
            Reason::Tags,
            140,
        ),
        // 1.11 Footer and legal lines.
        (
            r"(?i)^(?:mentions légales|cgu|cgv|cgvu|conditions générales.*|politique de confidentialité|confidentialité|vie privée|données personnelles|protection des données|plan du site|nous contacter|contactez-nous|contact|qui sommes-nous\s*\??|à propos|archives?|charte\b.*|accessibilité.*|aide|faq|recrutement|nous rejoindre|flux rss|annonces légales|presse|espace presse|kiosque|boutique|services?|newsletters?|abonnements?|la rédaction|l['’]équipe|publicité|annonceurs?|tous droits réservés.*|droits réservés.*)\s*[|·•]?$",
            Reason::Footer,
            60,
        ),
        (
            r"(?i)tous droits (?:de reproduction )?réservés|reproduction interdite|sont soumis à la protection",
            Reason::Footer,
            400,
        ),
        // 1.1 Navigation, skip links and bare controls.
        (
            r"(?i)^(?:menu|fermer|fermer le menu|ouvrir le menu|rechercher|recherche|retour|accueil|aller (?:au|à la) (?:contenu|navigation|menu).*|accéder (?:au|aux|à la) .*|passer (?:au|à la) .*|haut de page|retour en haut.*|remonter|toutes les rubriques|rubriques|rechercher sur le site|édition(?:s)? .*|changer d['’]édition|se déplacer.*|navigation|fil d['’]ariane|plus|moins|voir|afficher|masquer|ouvrir|lire|écouter|regarder|en direct|direct|live|replay|podcasts?|vidéos?|jeux|météo.*|horoscope)$",
            Reason::Navigation,
            50,
        ),
        // 1.12 App prompts and widgets.
        (
            r"(?i)^(?:notre application|nos applications|applications?(?: mobiles?)?|télécharge[rz] (?:l['’]|notre )app.*|disponible sur (?:l['’]app store|google play).*|prévisions? météo.*|avec l['’]application\b.*)$|(?:télécharg|suivez|disponible|retrouvez)\w*.*\bl['’]appli(?:cation)?\b",
            Reason::Widget,
            200,
        ),
    ])
});

/// English rules.
static ENGLISH: Lazy<Table> = Lazy::new(|| {
    with_neutral(&[
        (
            r"(?i)\bnewsletters?\b|^(?:sign up|subscribe) (?:for|to) (?:our|the)\b",
            Reason::Newsletter,
            160,
        ),
        (
            r"(?i)newsletters?.*(?:privacy|unsubscribe|e-?mail|inbox)|(?:e-?mail|inbox).*newsletters?|^(?:your |enter your |email address|e-?mail)(?:e-?mail)?(?: address)?\s*[.:]?$|^thanks? (?:you )?for (?:signing up|subscribing).*",
            Reason::Newsletter,
            600,
        ),
        (
            r"(?i)notifications?.*(?:browser|allow|enable|turn on)|(?:browser|allow|enable|turn on).*notifications?|^(?:not now|maybe later|no thanks)$",
            Reason::Notification,
            200,
        ),
        (r"(?i)^welcome (?:to|back)\b", Reason::Welcome, 80),
        (
            r"(?i)^(?:(?:sign in|sign up|log in|log out|sign out|create (?:an|your|a free) account|my account|register|join now|join|my profile|forgot (?:your )?password\??)[\s|/·•,:.!?]*)+$|already (?:have an account|a subscriber|registered)|don['’]t have an account",
            Reason::Account,
            120,
        ),
        (
            r"(?i)^(?:subscribe(?: now| today)?|subscriptions?|become a (?:member|subscriber)|support (?:us|our journalism|independent journalism)|donate|get (?:unlimited|full) access.*|start your (?:free )?trial.*|subscribers? only|premium|exclusive)\b[^.?!]*[.!]?$|\$\d+(?:\.\d\d)?\s*(?:/|per|a)\s*(?:month|week|year)",
            Reason::Subscription,
            120,
        ),
        (
            r"(?i)subscribers? only|this (?:article|content) is (?:for|reserved for|available to) (?:subscribers|members)|you have \w+ (?:free )?articles? (?:left|remaining)|to continue reading|to read the full (?:article|story)|already a subscriber|unlock (?:this|the) (?:article|story)",
            Reason::Paywall,
            400,
        ),
        (
            r"(?i)^(?:manage|accept|reject|settings|preferences|policy|use of)\w*\b.*\bcookies?\b|^cookies?\b|^your privacy choices|^do not sell my",
            Reason::Cookie,
            60,
        ),
        (
            // A banner speaks to the reader about the site.
            r"(?i)\bcookies?\b.*\b(?:we use|this (?:web)?site|our (?:web)?site|by continuing|by using|you (?:agree|accept|consent)|our partners|opted|your (?:choices|preferences|consent))|\b(?:we use|this (?:web)?site|our (?:web)?site|by continuing|by using|our partners|you have opted)\b.*\bcookies?\b",
            Reason::Cookie,
            800,
        ),
        (
            r"(?i)^(?:accept(?: all)?|reject(?: all)?|agree|i agree|manage (?:options|preferences|settings)|customi[sz]e)$",
            Reason::Cookie,
            40,
        ),
        (
            r"(?i)^(?:read more|read next|more (?:from|on|about|stories|news|articles|in)\b.*|related(?: (?:articles|stories|content|topics|coverage|posts|news))?|see also|you (?:may|might) (?:also )?(?:like|be interested in|enjoy).*|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|top stories|latest(?: news| stories| articles| videos)?|editor['’]s picks|don['’]t miss|popular (?:now|stories|articles)|what to read next|up next|next|previous|next (?:article|story|post)|previous (?:article|story|post)|continue reading|keep reading|view (?:all|more)|see (?:all|more)|show more|load more|more|also on\b.*|in (?:other|related) news|further reading)\s*[:»·.\-–—>]*$",
            Reason::Teaser,
            60,
        ),
        (
            r"(?i)^(?:advertisement|sponsored(?: content| by\b.*)?|paid (?:content|post|partner)|partner content|promoted(?: by\b.*)?|ad|ads|supported by|presented by\b.*)\s*:?$",
            Reason::Advertising,
            80,
        ),
        (
            r"(?i)^(?:share(?: this| on| via| by| the)?\b.*|tweet|pin it|email this|print(?: this)?(?: article| page| story)?|copy link|link copied|save(?: for later| article| story)?|bookmark|follow us.*|follow on\b.*|gift (?:this )?article|listen(?: to this article)?|comment|comments?|text size|a\+|a-)\s*:?$",
            Reason::Share,
            60,
        ),
        (
            r"(?i)^(?:\d+\s+(?:comments?|responses?|replies)|(?:view|show|read|see) (?:all )?(?:\d+ )?comments?|(?:leave|post|add|write) a (?:comment|reply)|comments?|reply|report(?: abuse| comment)?|join the (?:discussion|conversation)|your (?:name|email|comment)|name|website|commenting (?:policy|guidelines)|community guidelines|cancel reply)\s*\*?\s*:?$|required fields are marked|^(?:there (?:are|is) )?\d+\s+(?:comments?|responses?|replies|thoughts)\b.*|your email address will not be published|comments? (?:are|is) closed|you must be logged in to",
            Reason::Comments,
            200,
        ),
        (
            r"(?i)^click to (?:share|email|print|tweet)\b.*|^like this:?$",
            Reason::Share,
            100,
        ),
        (
            r"(?i)^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on)\s*:?(?:\s+\S.*)?$",
            Reason::Tags,
            140,
        ),
        (
            r"(?i)^(?:privacy(?: policy| notice| settings)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|about(?: us)?|contact(?: us)?|careers|jobs|advertise(?: with us)?|site ?map|accessibility(?: statement)?|help|faq|press|imprint|legal(?: notice)?|corrections|archives?|rss(?: feeds?)?|all rights reserved.*)\s*[|·•]?$|all rights reserved",
            Reason::Footer,
            200,
        ),
        (
            r"(?i)^(?:skip to (?:main )?(?:content|navigation|footer).*|jump to.*|back to top|menu|close|search|open menu|close menu|home|sections|main menu|toggle navigation|navigation)$",
            Reason::Navigation,
            50,
        ),
        (
            r"(?i)^(?:download (?:the|our) app.*|get the app.*|our apps?|apps?|available on (?:the app store|google play).*|weather.*)$",
            Reason::Widget,
            80,
        ),
    ])
});

/// A teaser label at the start of a line, with what follows it on the same line.
static TEASER_PREFIX: Lazy<Option<Regex>> = Lazy::new(|| {
    Regex::new(
        r"(?i)^(?:[aà]\s+(?:lire|voir|découvrir|écouter)\s+(?:aussi|également)|(?:lire|voir)\s+(?:aussi|également)|sur le même (?:sujet|thème)|read more|see also|related|also read|read also)(?:\s+sur\s+\S+)?\s*(?:[:»·.|\-–—>]\s*)?",
    )
    .ok()
});

/// What a teaser label at the start of a line makes of it.
#[derive(Debug, Clone, Copy)]
enum TeaserLabel {
    /// No label (or one that opens a sentence): the rule tables decide.
    None,
    /// The label alone: the line goes, and the next one if it is headline-shaped.
    Alone,
    /// The label and its headline run into body text: that many bytes are cut.
    Glued(usize),
    /// The label and its headline: the line goes.
    Line,
}

fn teaser_label(text: &str, chars: usize) -> TeaserLabel {
    let Some(m) = TEASER_PREFIX
        .as_ref()
        .filter(|_| may_start_teaser(text))
        .and_then(|r| r.find(text))
    else {
        return TeaserLabel::None;
    };
    let rest = text.get(m.end()..).unwrap_or("");
    // "Lire aussi le rapport …" is a sentence, not a label.
    let sentence = rest.chars().next().is_some_and(|c| c.is_lowercase());
    if sentence {
        TeaserLabel::None
    } else if rest.trim().is_empty() {
        TeaserLabel::Alone
    } else if let Some(j) = glued_junction(rest) {
        TeaserLabel::Glued(m.end() + j)
    } else if chars <= 250 {
        TeaserLabel::Line
    } else {
        TeaserLabel::None
    }
}

/// Whether `text` starts with two letters that can begin [`TEASER_PREFIX`] ("à ", "li",
/// "vo", "su", "re", "se", "al"): most lines, "Le …" and "La …" among them, are answered
/// without the regex.
fn may_start_teaser(text: &str) -> bool {
    let b = text.as_bytes();
    let second = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
    match b.first().map(u8::to_ascii_lowercase) {
        // "a" or "à" then white space: anything but an ASCII letter (a no-break space is
        // two bytes).
        Some(b'a') => !second(1).is_ascii_lowercase() || second(1) == b'l',
        Some(0xC3) if matches!(b.get(1), Some(0xA0 | 0x80)) => !second(2).is_ascii_lowercase(),
        Some(b'l') => second(1) == b'i',
        Some(b'v') => second(1) == b'o',
        Some(b's') => matches!(second(1), b'u' | b'e'),
        Some(b'r') => second(1) == b'e',
        _ => false,
    }
}

/// Where a glued teaser headline runs into body text: a lower-case letter (or closing
/// punctuation) directly followed by an upper-case letter, e.g. "relogéesLe ministre". Returns
/// the byte offset of the upper-case letter.
fn glued_junction(text: &str) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            let closes = p.is_lowercase() || matches!(p, '.' | '!' | '?' | '»' | '"' | '”' | ')');
            if closes && c.is_uppercase() && i >= 12 {
                return Some(i);
            }
        }
        prev = Some(c);
    }
    None
}

/// A headline: short, not ending like a sentence (or ending with a question or an ellipsis).
fn headline_shaped(text: &str, chars: usize, words: usize, ends_sentence: bool) -> bool {
    chars <= 200
        && words >= 2
        && (!ends_sentence || text.ends_with('?') || text.ends_with('…') || text.ends_with("..."))
}

/// Removes blocks that match a rule table: the language-neutral table, then the table of the
/// document's language, then the user's own rules. Also cuts teaser labels glued to the start of
/// a line (see the module documentation).
///
/// ```
/// use newsclean::{filters::{LineRules, Rule}, Pipeline, Reason};
/// let rules = LineRules::standard()
///     .with_rule(Rule::new(r"^Gagnez un séjour", Reason::Custom("site promo".into()))?);
/// let p = Pipeline::french().to_builder().replace("line-rules", rules).build()?;
/// let a = p.clean_text("Gagnez un séjour à Rome\nLe texte de l'article.")?;
/// assert_eq!(a.removed().get(0).map(|r| r.reason), Some(&Reason::Custom("site promo".into())));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct LineRules {
    extra: Option<Table>,
}

impl LineRules {
    /// The built-in tables.
    pub fn standard() -> Self {
        LineRules::default()
    }

    /// Adds a rule of the user's, tried after the built-in ones.
    pub fn with_rule(mut self, rule: Rule) -> Self {
        let mut rules = self.extra.take().map(|t| t.rules).unwrap_or_default();
        rules.push(rule);
        self.extra = Some(Table::new(rules));
        self
    }
}

enum Edit {
    Remove(usize, Reason),
    Strip(usize, usize),
}

impl Filter for LineRules {
    fn name(&self) -> &str {
        "line-rules"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let table: &Table = match doc.language() {
            Language::French => &FRENCH,
            Language::English => &ENGLISH,
            _ => &NEUTRAL,
        };
        let mut edits = Vec::new();
        type Found<'r> = (TeaserLabel, Option<&'r Rule>);
        // Menus and share rows print the same lines many times: a line is looked at once per
        // page (what is decided here depends on the text alone). Lines the text reader found
        // to be copies of an earlier line share that line's slot in `by_copy`; other short
        // lines (HTML blocks, a text changed by a filter) are remembered by hash in `memo`,
        // sized at its first entry for the page's lines (capped for huge pages): no rehash
        // while it fills, and no table at all on a text dump whose lines all have a first copy.
        let mut by_copy: Vec<Option<Found<'_>>> = vec![None; doc.blocks().len()];
        let mut memo: HashMap<u64, (&str, Found<'_>), BuildHasherDefault<PreHashed>> =
            HashMap::default();
        let memo_size = doc.blocks().len().min(4096);
        // Set when the previous body line was a teaser label alone.
        let mut after_label = false;
        for (b, text) in doc.body() {
            let f = &b.features;
            let chars = f.chars;
            let label_before = std::mem::take(&mut after_label);
            let look = || {
                let teaser = teaser_label(text, chars);
                let rule = match teaser {
                    TeaserLabel::None => table
                        .first_match(text, chars)
                        .or_else(|| self.extra.as_ref().and_then(|t| t.first_match(text, chars))),
                    _ => None,
                };
                (teaser, rule)
            };
            let (teaser, rule) = if let Some(slot) = b.first_copy().and_then(|f| by_copy.get_mut(f))
            {
                *slot.get_or_insert_with(look)
            } else if text.len() <= MEMO_BYTES {
                let h = line_hash(text.as_bytes());
                match memo.get(&h) {
                    Some(&(t, found)) if t == text => found,
                    _ => {
                        let found = look();
                        if memo.capacity() == 0 {
                            memo.reserve(memo_size);
                        }
                        memo.entry(h).or_insert((text, found));
                        found
                    }
                }
            } else {
                look()
            };
            match teaser {
                TeaserLabel::Alone => {
                    after_label = true;
                    edits.push(Edit::Remove(b.id, Reason::Teaser));
                    continue;
                }
                TeaserLabel::Glued(len) => {
                    edits.push(Edit::Strip(b.id, len));
                    continue;
                }
                TeaserLabel::Line => {
                    edits.push(Edit::Remove(b.id, Reason::Teaser));
                    continue;
                }
                TeaserLabel::None => {}
            }
            if let Some(r) = rule {
                if r.reason == Reason::Teaser && chars <= 60 {
                    after_label = true;
                }
                edits.push(Edit::Remove(b.id, r.reason.clone()));
            } else if label_before && headline_shaped(text, chars, f.words, f.ends_sentence) {
                edits.push(Edit::Remove(b.id, Reason::Teaser));
            }
        }
        doc.reserve_removed(edits.len());
        for e in edits {
            match e {
                Edit::Remove(id, reason) => {
                    doc.remove(id, reason);
                }
                Edit::Strip(id, len) => {
                    doc.strip_prefix(id, len, Reason::Teaser);
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;

    fn run(lang: Language, text: &str) -> Document {
        let mut doc = Document::from_text(text);
        doc.set_language(lang);
        LineRules::standard().apply(&mut doc).ok();
        doc
    }

    fn reason_of(doc: &Document, line: &str) -> Option<Reason> {
        doc.removed()
            .iter()
            .find(|r| r.text == line)
            .map(|r| r.reason.clone())
    }

    #[test]
    fn french_prompts_are_removed_with_their_reason() {
        let page = "Je m'abonne à la newsletter « Sport »\n\
            Bienvenue sur Radio Exemple\n\
            Ne manquez rien de l'actualité en activant les notifications sur votre navigateur\n\
            Créer un compte\n\
            S’abonner dès 1\u{a0}€\n\
            Il vous reste 57,09\u{a0}% de cet article à lire.\n\
            Paramétrer les cookies\n\
            A lire aussi\n\
            Passer la publicité\n\
            12 commentaires\n\
            Mentions légales\n\
            © 2024 Le Journal - Tous droits réservés\n\
            Aller au contenu principal\n\
            {{ctrl.content.status === 'published' ? 'x' : 'y'}}\n\
            Le maire a annoncé lundi que les travaux de la place centrale commenceront au printemps prochain.";
        let doc = run(Language::French, page);
        let want = [
            ("Je m'abonne à la newsletter « Sport »", Reason::Newsletter),
            ("Bienvenue sur Radio Exemple", Reason::Welcome),
            (
                "Ne manquez rien de l'actualité en activant les notifications sur votre navigateur",
                Reason::Notification,
            ),
            ("Créer un compte", Reason::Account),
            ("S’abonner dès 1\u{a0}€", Reason::Subscription),
            (
                "Il vous reste 57,09\u{a0}% de cet article à lire.",
                Reason::Paywall,
            ),
            ("Paramétrer les cookies", Reason::Cookie),
            ("A lire aussi", Reason::Teaser),
            ("Passer la publicité", Reason::Advertising),
            ("12 commentaires", Reason::Comments),
            ("Mentions légales", Reason::Footer),
            ("© 2024 Le Journal - Tous droits réservés", Reason::Footer),
            ("Aller au contenu principal", Reason::Navigation),
        ];
        for (line, reason) in want {
            assert_eq!(reason_of(&doc, line), Some(reason), "{line}");
        }
        assert_eq!(
            reason_of(&doc, "{{ctrl.content.status === 'published' ? 'x' : 'y'}}"),
            Some(Reason::Widget)
        );
        let body: Vec<_> = doc.body().map(|(_, t)| t).collect();
        assert_eq!(body.len(), 1);
        assert!(body[0].starts_with("Le maire"));
    }

    #[test]
    fn teaser_label_takes_the_next_headline_but_not_a_sentence() {
        let doc = run(
            Language::French,
            "À lire aussi :\nLa réforme des retraites adoptée au Sénat\nLe gouvernement a confirmé mardi le calendrier de la réforme, malgré l'opposition.",
        );
        assert_eq!(
            reason_of(&doc, "La réforme des retraites adoptée au Sénat"),
            Some(Reason::Teaser)
        );
        assert_eq!(doc.body().count(), 1);
    }

    #[test]
    fn glued_teaser_is_cut_off_the_body_text() {
        let line = "À lire aussi Incendie à Lyon : trois familles relogéesLe maire a réuni les habitants mardi soir pour leur présenter le plan de reconstruction du quartier, qui doit durer deux ans.";
        let doc = run(Language::French, line);
        let body: Vec<_> = doc.body().map(|(_, t)| t.to_owned()).collect();
        assert_eq!(body.len(), 1);
        assert!(body[0].starts_with("Le maire a réuni"));
        assert_eq!(
            reason_of(
                &doc,
                "À lire aussi Incendie à Lyon : trois familles relogées"
            ),
            Some(Reason::Teaser)
        );
    }

    #[test]
    fn long_body_lines_that_mention_the_words_stay() {
        let line = "La newsletter du syndicat, envoyée chaque semaine aux adhérents, appelait déjà à la grève depuis le mois de mars, selon plusieurs délégués qui ont témoigné sous couvert d'anonymat auprès de notre journal.";
        let doc = run(Language::French, line);
        assert_eq!(doc.body().count(), 1);
        let short = "Les cookies de Noël de sa grand-mère ont fait sa réputation.";
        assert_eq!(run(Language::French, short).body().count(), 1);
        let about = "Les régies publicitaires déposent des cookies sur les ordinateurs des internautes pour suivre leur navigation d'un site à l'autre, a expliqué mardi la présidente de la Commission.";
        assert_eq!(run(Language::French, about).body().count(), 1);
        let banner = "En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour vous proposer des contenus adaptés à vos centres d’intérêt.";
        assert_eq!(run(Language::French, banner).body().count(), 0);
        let code = "La fonction s'écrit function(x) en JavaScript, a précisé l'enseignant devant sa classe.";
        assert_eq!(run(Language::French, code).body().count(), 1);
    }

    #[test]
    fn english_and_neutral_rules() {
        let page = "Skip to main content\nSign in\nRead more\nAdvertisement\nFacebook Twitter WhatsApp\n\
            Share on Facebook\n3 comments\nPrivacy Policy\nWe use cookies to improve your experience on our site.\n\
            The council voted on Tuesday to extend the scheme for another two years, officials said.";
        let doc = run(Language::English, page);
        assert_eq!(doc.body().count(), 1);
        assert_eq!(reason_of(&doc, "Sign in"), Some(Reason::Account));
        assert_eq!(
            reason_of(&doc, "Facebook Twitter WhatsApp"),
            Some(Reason::Share)
        );
        // Neutral rules alone on a German page.
        let de = run(
            Language::Unknown,
            "Newsletter abonnieren\nFacebookTwitterWhatsApp\n© 2020 Beispiel Verlag\nLesen Sie auch:\nTeilen\nImpressum\n3 Kommentare\nDer Stadtrat hat am Dienstag beschlossen, das Programm um zwei Jahre zu verlängern.",
        );
        assert_eq!(de.body().count(), 1);
    }

    /// Labels of other European languages are for pages without a table of their own: a
    /// French or English page keeps a German word it prints (the other filters judge it),
    /// which keeps the French and English automata smaller.
    #[test]
    fn other_languages_labels_only_where_no_table_exists() {
        let lines = "Impressum\nWeiterlesen\nSuche";
        let de = run(Language::Unknown, lines);
        assert_eq!(de.body().count(), 0);
        assert_eq!(reason_of(&de, "Impressum"), Some(Reason::Footer));
        for lang in [Language::French, Language::English] {
            assert_eq!(run(lang, lines).body().count(), 3, "{lang:?}");
        }
        // The neutral shapes stay in every table.
        assert_eq!(
            reason_of(&run(Language::French, "12 / 40"), "12 / 40"),
            Some(Reason::Navigation)
        );
    }

    #[test]
    fn every_built_in_pattern_compiles() {
        for (name, t) in [
            ("French", &*FRENCH),
            ("English", &*ENGLISH),
            ("neutral", &*NEUTRAL),
        ] {
            assert!(t.rules.len() >= 10, "{name}: {} rules", t.rules.len());
            for r in &t.rules {
                if let Err(e) = Regex::new(r.pattern()) {
                    panic!("{name} table: {:?} does not compile: {e}", r.pattern());
                }
            }
            // A set that failed to build would be empty and remove nothing.
            for set in [&t.short, &t.mid, &t.long] {
                assert_eq!(set.set.len(), set.index.len(), "{name} table");
            }
            assert_eq!(t.short.set.len(), t.rules.len(), "{name} table");
            assert!(!t.long.index.is_empty(), "{name} table");
        }
    }

    #[test]
    fn user_rules_run_after_the_tables() {
        let p = Pipeline::french()
            .to_builder()
            .replace(
                "line-rules",
                LineRules::standard().with_rule(
                    Rule::new(r"^Offre du jour", Reason::Custom("promo".into()))
                        .map(|r| r.max_chars(40))
                        .unwrap_or_else(|e| panic!("{e}")),
                ),
            )
            .build();
        let a = p
            .and_then(|p| {
                p.clean_text(
                    "Offre du jour\nLe texte de l'article est ici, assez long pour rester.",
                )
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(a
            .removed()
            .iter()
            .any(|r| *r.reason == Reason::Custom("promo".into())));
    }

    /// The two-letter check in front of the teaser-label pattern never hides a match of it.
    #[test]
    fn teaser_start_check_never_hides_a_label() {
        let labels = "À lire aussi\nA\u{a0}lire aussi : le budget\nà  voir également\nLire aussi\n\
            LIRE AUSSI\nÀ LIRE AUSSI\nVoir aussi\nSur le même sujet\nSUR LE MÊME THÈME\n\
            Read more\nSee also\nRelated\nAlso read\nRead also\nREAD MORE »";
        let mut hidden = 0;
        let mut labelled = 0;
        for line in labels.lines().chain(crate::filters::fixture_lines()) {
            let regex = TEASER_PREFIX.as_ref().is_some_and(|r| r.is_match(line));
            if regex {
                labelled += 1;
                assert!(may_start_teaser(line), "{line}");
            } else if !may_start_teaser(line) {
                hidden += 1;
            }
        }
        assert!(labelled >= 15, "{labelled}");
        // Lines such as "Le …", "La …", "Il …" are answered without the regex.
        assert!(hidden >= 20, "{hidden}");
    }
}
