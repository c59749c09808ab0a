//! The cue lexicon: reporting verbs kept as data, expanded once into the surface forms news
//! uses (présent, passé simple, imparfait, futur, conditionnel, participles, infinitive), for
//! French and English.
//!
//! Data format, one verb a line (`#` starts a comment):
//! - `déclarer`: a regular first-group verb, all forms generated (with the usual spelling
//!   changes: annonça, interrogea, révèle, achève);
//! - `avertir/2`: a second-group verb (avertit, avertissent, averti …);
//! - `dire = dit disent dit dirent dit disait disant dira`: an irregular verb, given as
//!   présent 3s, présent 3p, passé simple 3s, passé simple 3p, participle, imparfait 3s,
//!   participe présent, futur 3s;
//! - a lemma of several words (`faire savoir = fait …`) conjugates its first word and keeps
//!   the rest (`a fait savoir`, `fait-il savoir`).

use std::collections::HashSet;

use super::text::{Shapes, WordMap};

use once_cell::sync::Lazy;

/// French reporting verbs.
pub(crate) const FRENCH: &str = "
# saying, stating
déclarer
affirmer
dire = dit disent dit dirent dit disait disant dira
redire = redit redisent redit redirent redit redisait redisant redira
assurer
certifier
garantir/2
jurer
promettre = promet promettent promit promirent promis promettait promettant promettra
annoncer
proclamer
clamer
indiquer
préciser
expliquer
expliciter
ajouter
compléter
souligner
insister
marteler = martèle martèlent martela martelèrent martelé martelait martelant martèlera
répéter
réitérer
asséner
rappeler = rappelle rappellent rappela rappelèrent rappelé rappelait rappelant rappellera
se rappeler = rappelle rappellent rappela rappelèrent rappelé rappelait rappelant rappellera
se souvenir = souvient souviennent souvint souvinrent souvenu souvenait souvenant souviendra
évoquer
mentionner
signaler
noter
observer
constater
remarquer
relever
raconter
relater
narrer
décrire = décrit décrivent décrivit décrivirent décrit décrivait décrivant décrira
écrire = écrit écrivent écrivit écrivirent écrit écrivait écrivant écrira
lire = lit lisent lut lurent lu lisait lisant lira
publier
tweeter
twitter
communiquer
informer
témoigner
confier
avouer
admettre = admet admettent admit admirent admis admettait admettant admettra
reconnaître = reconnaît reconnaissent reconnut reconnurent reconnu reconnaissait reconnaissant reconnaîtra
concéder
confesser
convenir = convient conviennent convint convinrent convenu convenait convenant conviendra
révéler
dévoiler
divulguer
détailler
développer
analyser
décrypter
résumer
synthétiser
conclure = conclut concluent conclut conclurent conclu concluait concluant conclura
enchaîner
embrayer
poursuivre = poursuit poursuivent poursuivit poursuivirent poursuivi poursuivait poursuivant poursuivra
reprendre = reprend reprennent reprit reprirent repris reprenait reprenant reprendra
relancer
rebondir/2
renchérir/2
enchérir/2
abonder
# tone, manner
lâcher
glisser
souffler
murmurer
chuchoter
soupirer
sourire = sourit sourient sourit sourirent souri souriait souriant sourira
rire = rit rient rit rirent ri riait riant rira
plaisanter
ironiser
amuser
esclaffer
crier
hurler
exclamer
écrier
scander
tonner
fulminer
pester
râler
grogner
maugréer
grommeler = grommelle grommellent grommela grommelèrent grommelé grommelait grommelant grommellera
bougonner
trancher
tacler
railler
moquer
cingler
brocarder
persifler
lancer
balancer
s'emporter
agacer
énerver
indigner
insurger
offusquer
étonner
désoler
lamenter
plaindre = plaint plaignent plaignit plaignirent plaint plaignait plaignant plaindra
# judging, arguing
estimer
juger
considérer
penser
croire = croit croient crut crurent cru croyait croyant croira
qualifier
évaluer
argumenter
arguer
justifier
plaider
défendre = défend défendent défendit défendirent défendu défendait défendant défendra
soutenir = soutient soutiennent soutint soutinrent soutenu soutenait soutenant soutiendra
maintenir = maintient maintiennent maintint maintinrent maintenu maintenait maintenant maintiendra
prétendre = prétend prétendent prétendit prétendirent prétendu prétendait prétendant prétendra
persister
supposer
suggérer
proposer
recommander
conseiller
préconiser
nuancer
relativiser
tempérer
minimiser
# answering, asking
répondre = répond répondent répondit répondirent répondu répondait répondant répondra
rétorquer
répliquer
riposter
objecter
protester
contester
réfuter
récuser
nier
démentir = dément démentent démentit démentirent démenti démentait démentant démentira
interroger
questionner
demander
interpeller
# urging, wishing, warning
exhorter
appeler = appelle appellent appela appelèrent appelé appelait appelant appellera
inviter
implorer
supplier
réclamer
exiger
revendiquer
souhaiter
espérer
regretter
déplorer
réjouir/2
féliciter
saluer
remercier
applaudir/2
dénoncer
fustiger
condamner
stigmatiser
épingler
pointer
accuser
reprocher
critiquer
blâmer
alarmer
alerter
avertir/2
prévenir = prévient préviennent prévint prévinrent prévenu prévenait prévenant préviendra
inquiéter
craindre = craint craignent craignit craignirent craint craignait craignant craindra
redouter
confirmer
infirmer
corroborer
prédire = prédit prédisent prédit prédirent prédit prédisait prédisant prédira
pronostiquer
commenter
réagir/2
# several words
faire savoir = fait font fit firent fait faisait faisant fera
faire valoir = fait font fit firent fait faisait faisant fera
faire remarquer = fait font fit firent fait faisait faisant fera
faire observer = fait font fit firent fait faisait faisant fera
faire part = fait font fit firent fait faisait faisant fera
mettre en garde = met mettent mit mirent mis mettait mettant mettra
mettre en perspective = met mettent mit mirent mis mettait mettant mettra
mettre en avant = met mettent mit mirent mis mettait mettant mettra
laisser entendre
# invariable
dixit = dixit dixit dixit dixit dixit dixit dixit dixit
défendre son point de vue = défend défendent défendit défendirent défendu défendait défendant défendra
";

/// English reporting verbs: `lemma = present-3s past participle -ing` (past and participle may
/// be the same word).
pub(crate) const ENGLISH: &str = "
say = says said said saying
tell = tells told told telling
add = adds added added adding
explain = explains explained explained explaining
state = states stated stated stating
note = notes noted noted noting
write = writes wrote written writing
ask = asks asked asked asking
reply = replies replied replied replying
answer = answers answered answered answering
argue = argues argued argued arguing
claim = claims claimed claimed claiming
insist = insists insisted insisted insisting
warn = warns warned warned warning
admit = admits admitted admitted admitting
acknowledge = acknowledges acknowledged acknowledged acknowledging
recall = recalls recalled recalled recalling
declare = declares declared declared declaring
announce = announces announced announced announcing
confirm = confirms confirmed confirmed confirming
continue = continues continued continued continuing
conclude = concludes concluded concluded concluding
observe = observes observed observed observing
remark = remarks remarked remarked remarking
comment = comments commented commented commenting
suggest = suggests suggested suggested suggesting
tweet = tweets tweeted tweeted tweeting
post = posts posted posted posting
recount = recounts recounted recounted recounting
whisper = whispers whispered whispered whispering
shout = shouts shouted shouted shouting
joke = jokes joked joked joking
sigh = sighs sighed sighed sighing
agree = agrees agreed agreed agreeing
promise = promises promised promised promising
predict = predicts predicted predicted predicting
describe = describes described described describing
believe = believes believed believed believing
think = thinks thought thought thinking
mutter = mutters muttered muttered muttering
respond = responds responded responded responding
stress = stresses stressed stressed stressing
emphasise = emphasises emphasised emphasised emphasising
emphasize = emphasizes emphasized emphasized emphasizing
";

/// What a cue form is grammatically: it decides which words may come around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormKind {
    /// A conjugated form (présent, passé simple, imparfait …, English past/present).
    Finite,
    /// A past participle (after an auxiliary, or passive: « qualifié de … par X »).
    Participle,
    /// A participe présent / -ing form (« estimant que … »).
    Gerund,
    /// An infinitive (after a modal: « tente d'expliquer »).
    Infinitive,
}

/// One cue form: a first word and the words that must follow it.
#[derive(Debug, Clone)]
pub(crate) struct CueForm {
    /// The words after the first one (`savoir` in `fait savoir`), lower-case.
    pub rest: Vec<String>,
    /// What the first word is.
    pub kind: FormKind,
}

/// The lexicon: first word (lower-case) → the forms that start with it.
pub(crate) struct Lexicon {
    pub forms: WordMap<String, Vec<CueForm>>,
    /// Number of verbs (lemmas) in each language.
    pub french_verbs: usize,
    pub english_verbs: usize,
}

fn push(map: &mut WordMap<String, Vec<CueForm>>, word: &str, rest: &[String], kind: FormKind) {
    let entry = map.entry(word.to_lowercase()).or_default();
    if !entry.iter().any(|f| f.rest == rest && f.kind == kind) {
        entry.push(CueForm {
            rest: rest.to_vec(),
            kind,
        });
    }
}

fn participle_forms(pp: &str) -> Vec<String> {
    if pp.ends_with('s') || pp.ends_with('x') {
        vec![pp.to_owned(), format!("{pp}e"), format!("{pp}es")]
    } else {
        vec![
            pp.to_owned(),
            format!("{pp}e"),
            format!("{pp}s"),
            format!("{pp}es"),
        ]
    }
}

/// Forms of a regular first-group verb `stem` + `er`.
fn first_group(lemma: &str) -> Option<[Vec<String>; 4]> {
    let stem = lemma.strip_suffix("er")?;
    // Spelling changes before a or o: annonça, interrogea.
    let soft = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_owned()
    };
    // é/e + consonants + er → è in the stressed forms: révèle, achève, inquiète.
    let stressed = {
        let chars: Vec<char> = stem.chars().collect();
        let mut out = stem.to_owned();
        if let Some(pos) = chars.iter().rposition(|c| "aeiouyéèêâîôû".contains(*c)) {
            let tail_is_consonants = pos + 1 < chars.len();
            if tail_is_consonants && (chars[pos] == 'é' || (chars[pos] == 'e' && pos > 0)) {
                let mut c2 = chars.clone();
                // "e" only when a single consonant follows (achever, lever), not "ress".
                if chars[pos] == 'é' || chars.len() - pos == 2 {
                    c2[pos] = 'è';
                    out = c2.into_iter().collect();
                }
            }
        }
        out
    };
    let finite = vec![
        format!("{stressed}e"),
        format!("{stressed}ent"),
        format!("{soft}a"),
        format!("{stem}èrent"),
        format!("{soft}ait"),
        format!("{soft}aient"),
        format!("{stressed}era"),
        format!("{stressed}eront"),
        format!("{stressed}erait"),
        format!("{stressed}eraient"),
        format!("{stem}ait"),
    ];
    let participle = participle_forms(&format!("{stem}é"));
    let gerund = vec![format!("{soft}ant")];
    let infinitive = vec![lemma.to_owned()];
    Some([finite, participle, gerund, infinitive])
}

fn second_group(lemma: &str) -> Option<[Vec<String>; 4]> {
    let stem = lemma.strip_suffix("ir")?;
    Some([
        vec![
            format!("{stem}it"),
            format!("{stem}issent"),
            format!("{stem}irent"),
            format!("{stem}issait"),
            format!("{stem}issaient"),
            format!("{stem}ira"),
            format!("{stem}iront"),
            format!("{stem}irait"),
        ],
        participle_forms(&format!("{stem}i")),
        vec![format!("{stem}issant")],
        vec![lemma.to_owned()],
    ])
}

fn irregular(lemma_first: &str, fields: &[&str]) -> Option<[Vec<String>; 4]> {
    if fields.len() != 8 {
        return None;
    }
    let impf = fields[5];
    let fut = fields[7];
    let mut finite: Vec<String> = fields[..4].iter().map(|s| s.to_string()).collect();
    finite.push(impf.to_owned());
    if let Some(s) = impf.strip_suffix("ait") {
        finite.push(format!("{s}aient"));
    }
    finite.push(fut.to_owned());
    if let Some(s) = fut.strip_suffix('a') {
        finite.push(format!("{s}ont"));
        finite.push(format!("{s}ait"));
    }
    Some([
        finite,
        participle_forms(fields[4]),
        vec![fields[6].to_owned()],
        vec![lemma_first.to_owned()],
    ])
}

fn build() -> Lexicon {
    let mut forms = WordMap::default();
    let mut french_verbs = HashSet::new();
    for line in FRENCH.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (lemma, fields) = match line.split_once('=') {
            Some((l, f)) => (l.trim(), Some(f.split_whitespace().collect::<Vec<_>>())),
            None => (line, None),
        };
        let lemma = lemma
            .trim_start_matches("se ")
            .trim_start_matches("s'")
            .trim();
        let (lemma, second) = match lemma.strip_suffix("/2") {
            Some(l) => (l, true),
            None => (lemma, false),
        };
        let mut words = lemma.split_whitespace();
        let Some(first) = words.next() else { continue };
        let rest: Vec<String> = words.map(str::to_owned).collect();
        let sets = match (&fields, second) {
            (Some(f), _) => irregular(first, f),
            (None, true) => second_group(first),
            (None, false) => first_group(first),
        };
        let Some([finite, participle, gerund, infinitive]) = sets else {
            continue;
        };
        french_verbs.insert(lemma.to_owned());
        for (list, kind) in [
            (finite, FormKind::Finite),
            (participle, FormKind::Participle),
            (gerund, FormKind::Gerund),
            (infinitive, FormKind::Infinitive),
        ] {
            for w in list {
                push(&mut forms, &w, &rest, kind);
            }
        }
    }
    let mut english_verbs = 0;
    for line in ENGLISH.lines() {
        let Some((lemma, f)) = line.split_once('=') else {
            continue;
        };
        let f: Vec<&str> = f.split_whitespace().collect();
        if f.len() != 4 {
            continue;
        }
        english_verbs += 1;
        let lemma = lemma.trim();
        // Bare lemmas read as imperatives or infinitives ("Now add …"); only « say » is kept.
        if lemma == "say" {
            push(&mut forms, lemma, &[], FormKind::Finite);
        }
        push(&mut forms, f[0], &[], FormKind::Finite);
        push(&mut forms, f[1], &[], FormKind::Finite);
        push(&mut forms, f[2], &[], FormKind::Participle);
        push(&mut forms, f[3], &[], FormKind::Gerund);
    }
    Lexicon {
        forms,
        french_verbs: french_verbs.len(),
        english_verbs,
    }
}

/// The lexicon, built once.
pub(crate) static LEXICON: Lazy<Lexicon> = Lazy::new(build);

/// Number of French and English reporting verbs in the lexicon.
pub fn lexicon_size() -> (usize, usize) {
    (LEXICON.french_verbs, LEXICON.english_verbs)
}

/// The forms of « avoir » / "to have" among the auxiliaries.
const AVOIR: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent", "has",
    "had", "have",
];

/// The forms of « être » / "to be" among the auxiliaries.
const ETRE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "fut", "was", "were",
];

/// Modal verbs that introduce an infinitive cue, and the reflexive pronouns.
const MODALS: &[&str] = &[
    "tente",
    "tentent",
    "tenté",
    "essaie",
    "essaye",
    "essayé",
    "veut",
    "voulu",
    "voulait",
    "tient",
    "tenu",
    "tenait",
    "peut",
    "pouvait",
    "pourrait",
    "doit",
    "devait",
    "devrait",
    "vient",
    "venait",
    "préfère",
    "préféré",
    "se",
    "s'",
];

/// Auxiliaries and modals that may come before a participle or an infinitive cue.
pub(crate) fn is_aux(w: &str) -> bool {
    is_etre(w) || AVOIR.contains(&w)
}

/// The forms of "être" / "to be" among the auxiliaries (a passive or a copula, not a
/// compound past, unless a participle follows).
pub(crate) fn is_etre(w: &str) -> bool {
    ETRE.contains(&w)
}

/// Modal verbs that introduce an infinitive cue (« tente d'expliquer », « pourrait commenter »).
pub(crate) fn is_modal(w: &str) -> bool {
    MODALS.contains(&w)
}

/// The filter in front of the cue look-ups: every lexicon form, auxiliary and modal.
static CUE_SHAPES: Lazy<Shapes> = Lazy::new(|| {
    Shapes::new(
        LEXICON
            .forms
            .keys()
            .map(String::as_str)
            .chain(AVOIR.iter().copied())
            .chain(ETRE.iter().copied())
            .chain(MODALS.iter().copied()),
    )
});

/// False when `w` is surely neither a lexicon form nor an auxiliary nor a modal (then no cue
/// starts with it); true when it may be one.
pub(crate) fn may_start_cue(w: &str) -> bool {
    CUE_SHAPES.may_hold(w)
}

/// [`may_start_cue`] of the lower-case form of an ASCII word (« Selon »), without making it.
pub(crate) fn may_start_cue_ascii(w: &str) -> bool {
    CUE_SHAPES.may_hold_lower_ascii(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(word: &str, kind: FormKind) -> bool {
        LEXICON
            .forms
            .get(word)
            .is_some_and(|v| v.iter().any(|f| f.kind == kind))
    }

    #[test]
    fn the_cue_filter_lets_every_cue_word_through() {
        for w in LEXICON.forms.keys() {
            assert!(may_start_cue(w), "{w}");
        }
        for w in AVOIR.iter().chain(ETRE).chain(MODALS) {
            assert!(may_start_cue(w), "{w}");
            assert!(is_aux(w) || is_modal(w), "{w}");
        }
        for w in ["Ajoute", "DIT", "A", "Est", "Se"] {
            assert!(may_start_cue_ascii(w), "{w}");
        }
        // And it keeps most other words out.
        let others = [
            "le", "la", "de", "ministre", "Paris", "projet", "jeudi", "pour", "mais",
        ];
        assert!(others.iter().filter(|w| may_start_cue(w)).count() <= 2);
    }

    #[test]
    fn lexicon_is_large_enough() {
        let (fr, en) = lexicon_size();
        assert!(fr >= 150, "{fr} French verbs");
        assert!(en >= 30, "{en} English verbs");
    }

    #[test]
    fn forms_are_generated_with_spelling_changes() {
        for (w, k) in [
            ("déclare", FormKind::Finite),
            ("déclaré", FormKind::Participle),
            ("annonça", FormKind::Finite),
            ("interrogea", FormKind::Finite),
            ("révèle", FormKind::Finite),
            ("relève", FormKind::Finite),
            ("inquiète", FormKind::Finite),
            ("estimant", FormKind::Participle),
            ("avertit", FormKind::Finite),
            ("dit", FormKind::Finite),
            ("dites", FormKind::Participle),
            ("fait", FormKind::Participle),
            ("said", FormKind::Finite),
            ("expliquer", FormKind::Infinitive),
        ] {
            let ok = has(w, k) || (w == "estimant" && has(w, FormKind::Gerund));
            assert!(ok, "{w} {k:?}");
        }
        assert!(!has("déclaree", FormKind::Finite));
        let fait = &LEXICON.forms["fait"];
        assert!(fait.iter().any(|f| f.rest == ["savoir"]));
    }
}
