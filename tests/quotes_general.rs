//! The quote filter on constructions the DEV corpus has few or none of: a long apposition after
//! « selon » / « pour » / « d'après », a pronoun that takes up the previous speaker, naming
//! participles (« dit », « baptisé », « qualifié de ») before the marks, « X estime que « … » »,
//! an incise with a complement, English attribution, « » without spaces.

use newsclean::{filters::Quotes, Article, Pipeline};

fn run(text: &str) -> Article {
    let p = Pipeline::builder()
        .add(Quotes::default())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    p.clean_text(text).unwrap_or_else(|e| panic!("{e}"))
}

fn quote<'a>(a: &'a Article, head: &str) -> &'a newsclean::Quote {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(head))
        .unwrap_or_else(|| panic!("no quote « {head} … » in {:#?}", a.quotes))
}

#[test]
fn selon_with_a_long_apposition() {
    let a = run("Hôpitaux : la grève s'étend\n\nLes urgences de la ville ferment la nuit depuis lundi.\n\nSelon Marc Lefort, infirmier de nuit dans un service d'urgences de Bobigny depuis douze ans, « les équipes ne tiennent plus qu'à un fil ».\n\nD'après Nadia Benali, cheffe de service à l'hôpital intercommunal, « la situation est intenable ».");
    let q = quote(&a, "les équipes ne tiennent");
    assert_eq!(q.speaker.as_deref(), Some("Marc Lefort"));
    assert_eq!(q.cue.as_deref(), Some("selon"));
    let q = quote(&a, "la situation est intenable");
    assert_eq!(q.speaker.as_deref(), Some("Nadia Benali"));
    assert_eq!(q.cue.as_deref(), Some("d'après"));
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
}

#[test]
fn selon_then_a_clause_is_not_an_apposition() {
    // The long look-back only accepts commas around an apposition, not a whole clause.
    let a = run("Budget : le débat continue\n\nLe vote a lieu jeudi au conseil municipal.\n\nSelon lui, le projet coûtera bien plus cher que prévu et les élus de la majorité devront admettre un « dérapage ».");
    assert!(
        a.quotes.iter().all(|q| q.speaker.as_deref() != Some("lui")),
        "{:#?}",
        a.quotes
    );
}

#[test]
fn pronoun_takes_up_the_previous_speaker() {
    let a = run("Retraites : la ministre tient bon\n\nCatherine Lemaire, ministre du Travail, a reçu les syndicats lundi. La réunion a duré quatre heures.\n\nSophie Renaud, secrétaire générale d'un syndicat, est sortie déçue. « Rien n'a bougé », a déploré la syndicaliste.\n\nLa ministre a répondu dans la soirée : « Nous avons entendu les inquiétudes. »\n\n« Nous avons déjà reporté une fois, a-t-elle ajouté. Les salariés ont besoin de visibilité. »");
    let q = quote(&a, "Rien n'a bougé");
    assert_eq!(q.speaker_resolved.as_deref(), Some("Sophie Renaud"));
    let q = quote(&a, "Nous avons entendu");
    assert_eq!(q.speaker.as_deref(), Some("La ministre"));
    assert_eq!(q.speaker_resolved.as_deref(), Some("Catherine Lemaire"));
    let q = quote(&a, "Nous avons déjà reporté");
    assert_eq!(q.speaker.as_deref(), Some("elle"));
    assert_eq!(q.speaker_resolved.as_deref(), Some("Catherine Lemaire"));
}

#[test]
fn someone_named_since_the_previous_quote_wins() {
    let a = run("Usine : l'inquiétude monte\n\n« Nous voulons des garanties », a lancé Paul Girard, délégué syndical.\n\nMarie Caron, ouvrière depuis vingt ans, a pris la parole ensuite. « On nous promet tout et rien, a-t-elle regretté. »");
    let q = quote(&a, "On nous promet");
    assert_eq!(q.speaker_resolved.as_deref(), Some("Marie Caron"));
}

#[test]
fn naming_participles_introduce_terms_not_speech() {
    let a = run("Soignants : la colère\n\nLes soignants dénoncent la suppression du dispositif dit « renfort d'été » et du protocole appelé « plan blanc allégé ». L'opération, baptisée « Hiver serein », commence lundi. Le chef de service, surnommé « le Pompier », a été muté. Le plan était qualifié d'« ambitieux ».");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    let texts: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "renfort d'été",
            "plan blanc allégé",
            "Hiver serein",
            "le Pompier",
            "ambitieux"
        ]
    );
}

#[test]
fn naming_participle_with_an_agent_is_speech() {
    let a = run("Soignants : la colère\n\nLes soignants ont manifesté mardi.\n\nUne mesure qualifiée de « rustine » par Paul Girard, délégué syndical.");
    let q = quote(&a, "rustine");
    assert_eq!(q.speaker.as_deref(), Some("Paul Girard"));
    assert!(q.partial);
}

#[test]
fn a_verb_dit_at_the_sentence_start_is_still_speech() {
    let a = run("Transports : le maire répond\n\nLes bus seront gratuits le samedi.\n\nLe maire dit « non » aux critiques de l'opposition.");
    // « non » here is said by the mayor: not reported as a term.
    let q = quote(&a, "non");
    assert_eq!(q.speaker.as_deref(), Some("Le maire"));
    assert_eq!(q.cue.as_deref(), Some("dit"));
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
}

#[test]
fn estime_que_and_incise_with_a_complement() {
    let a = run("Éducation : la réforme contestée\n\nLe directeur de l'académie estime que «les budgets sont sous-dimensionnés depuis des années».\n\n« Les enseignants sont épuisés », a-t-il expliqué à l'AFP.");
    let q = quote(&a, "les budgets");
    assert_eq!(q.speaker.as_deref(), Some("Le directeur de l'académie"));
    assert_eq!(q.cue.as_deref(), Some("estime"));
    assert!(q.partial);
    let q = quote(&a, "Les enseignants sont épuisés");
    assert_eq!(q.speaker.as_deref(), Some("il"));
    assert_eq!(q.cue.as_deref(), Some("a expliqué"));
}

#[test]
fn english_attribution() {
    let a = run("Nurses strike in Boston\n\n\"We are not going to give up,\" said John Carter, a nurse from Boston. According to Mary Smith, \"the situation is getting worse every day.\"");
    let q = quote(&a, "We are not going");
    assert_eq!(q.speaker.as_deref(), Some("John Carter"));
    assert_eq!(q.cue.as_deref(), Some("said"));
    let q = quote(&a, "the situation is getting");
    assert_eq!(q.speaker.as_deref(), Some("Mary Smith"));
    assert_eq!(q.cue.as_deref(), Some("according to"));
}

#[test]
fn quote_over_two_paragraphs() {
    let a = run("Procès : la défense plaide\n\nL'avocate de la famille, Claire Dubois, a plaidé pendant deux heures. Elle a conclu :\n\n« Cette famille attend depuis six ans une réponse de la justice.\n\n« Elle ne demande pas de vengeance, elle demande la vérité. »");
    let q = quote(&a, "Cette famille attend");
    assert!(q.text.ends_with("elle demande la vérité."), "{}", q.text);
}

#[test]
fn english_quote_over_paragraphs_with_an_apposed_name() {
    let a = run("Nurses walk out\n\nHundreds of nurses walked off the job on Monday.\n\n“We have been patient for two years.\n\n“Now we need action,” the union president, Maria Gomez, told the crowd.");
    let q = quote(&a, "We have been patient");
    assert!(q.text.ends_with("Now we need action,"), "{}", q.text);
    assert_eq!(q.speaker.as_deref(), Some("Maria Gomez"));
    assert_eq!(q.cue.as_deref(), Some("told"));
}

#[test]
fn words_read_on_signs_are_labels() {
    let a = run("Agriculture : les éleveurs bloquent l'autoroute\n\nLes agriculteurs ont bloqué l'A7 dès l'aube.\n\nSur les banderoles, on pouvait lire « Pas de paysans, pas d'assiettes ».");
    assert!(a.quotes.is_empty(), "{:#?}", a.quotes);
    assert_eq!(a.mentions.len(), 1);
    assert_eq!(a.mentions[0].kind, newsclean::MentionKind::Ui);
}

#[test]
fn a_title_after_its_noun_stays_a_title_before_a_clause() {
    let a = run("Climat : la COP s'achève\n\nLes négociations ont duré deux semaines.\n\nInvitée de l'émission « Quotidien », la militante Léa Fontaine a repris le slogan « Pas de nature, pas de futur ».\n\nInterrogé par Le Monde, Pierre Lambert a déclaré : « Nous sommes déçus mais pas résignés. »");
    assert_eq!(a.quotes.len(), 1, "{:#?}", a.quotes);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Pierre Lambert"));
    let texts: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["Quotidien", "Pas de nature, pas de futur"]);
}
