//! Whole-line rule tables: a pattern and a reason each, compiled once into a `RegexSet`.

use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};

use crate::document::{Document, Reason};
use crate::error::BoxError;
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
        Ok(Rule {
            pattern: pattern.to_owned(),
            reason,
            max_chars: usize::MAX,
        })
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

/// A compiled table of rules.
#[derive(Debug, Clone)]
struct Table {
    rules: Vec<Rule>,
    set: RegexSet,
}

impl Table {
    fn new(rules: Vec<Rule>) -> Table {
        // Patterns were checked in `Rule::new`; a set of valid patterns only fails past the
        // size limit, and then no rule matches rather than the program stopping.
        let set = RegexSet::new(rules.iter().map(|r| r.pattern.as_str()))
            .unwrap_or_else(|_| RegexSet::empty());
        Table { rules, set }
    }

    fn first_match(&self, text: &str, chars: usize) -> Option<&Rule> {
        self.set
            .matches(text)
            .iter()
            .map(|i| &self.rules[i])
            .find(|r| chars <= r.max_chars)
    }
}

fn table(rows: &[(&str, Reason, usize)]) -> Table {
    Table::new(
        rows.iter()
            .filter_map(|(p, r, n)| Rule::new(p, r.clone()).ok().map(|r| r.max_chars(*n)))
            .collect(),
    )
}

/// Rules for any language: shapes that do not depend on words.
static NEUTRAL: Lazy<Table> = Lazy::new(|| {
    table(&[
        (r"\{\{|\}\}|function\s*\(|=>\s*\{", Reason::Widget, 2000),
        (r"^©|(?i)^copyright\b", Reason::Footer, 200),
    ])
});

/// French rules.
static FRENCH: Lazy<Table> = Lazy::new(|| {
    table(&[
        (
            r"(?i)\b(newsletters?|lettre d['’]information)\b",
            Reason::Newsletter,
            120,
        ),
        (
            r"(?i)\bnotifications?\b.*\bnavigateur\b|(?i)\bautoriser\b.*\bnotifications?\b",
            Reason::Notification,
            400,
        ),
        (r"(?i)^bienvenue (sur|chez|à)\b", Reason::Welcome, 60),
        (
            r"(?i)^(je crée mon compte|créer un compte|se connecter|mon compte|je me connecte)$",
            Reason::Account,
            40,
        ),
        (
            r"(?i)^rejoignez\b.*\b(communauté|compte)\b",
            Reason::Account,
            200,
        ),
    ])
});

/// English rules.
static ENGLISH: Lazy<Table> = Lazy::new(|| {
    table(&[
        (r"(?i)\bnewsletters?\b", Reason::Newsletter, 120),
        (
            r"(?i)^(sign in|sign up|log in|create an account|my account)$",
            Reason::Account,
            40,
        ),
    ])
});

/// Removes blocks that match a rule table: the language-neutral table, then the table of the
/// document's language, then the user's own rules.
///
/// ```
/// use newsclean::{filters::{LineRules, Rule}, Pipeline, Reason};
/// let rules = LineRules::standard()
///     .with_rule(Rule::new(r"^Offre spéciale", Reason::Custom("site promo".into()))?);
/// let p = Pipeline::french().to_builder().replace("line-rules", rules).build()?;
/// let a = p.clean_text("Offre spéciale : -50 %\nLe texte de l'article.")?;
/// assert_eq!(a.removed[0].reason, Reason::Custom("site promo".into()));
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

impl Filter for LineRules {
    fn name(&self) -> &str {
        "line-rules"
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let lang: &Table = match doc.language() {
            Language::French => &FRENCH,
            Language::English => &ENGLISH,
            _ => &NEUTRAL,
        };
        let mut hits = Vec::new();
        for (b, text) in doc.body() {
            let chars = b.features.chars;
            let rule = NEUTRAL
                .first_match(text, chars)
                .or_else(|| lang.first_match(text, chars))
                .or_else(|| self.extra.as_ref().and_then(|t| t.first_match(text, chars)));
            if let Some(r) = rule {
                hits.push((b.id, r.reason.clone()));
            }
        }
        for (id, reason) in hits {
            doc.remove(id, reason);
        }
        Ok(())
    }
}
