//! The [`Filter`] trait and the [`Pipeline`] that runs filters in order.

use std::fmt;
use std::sync::Arc;

use crate::article::Article;
use crate::document::Document;
use crate::error::{BoxError, Error};
use crate::lang::{detect_document_language_keeping_samples, Language};

/// One step of a pipeline: it reads the document and edits it — removes blocks (always with a
/// [`Reason`](crate::Reason)), records facts, or normalises text.
///
/// The trait is object-safe, so filters written in other crates plug in unchanged:
///
/// ```
/// use newsclean::{BoxError, Document, Filter, Pipeline, Reason};
///
/// /// Drops lines that shout.
/// struct NoShouting;
///
/// impl Filter for NoShouting {
///     fn name(&self) -> &str { "no-shouting" }
///     fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
///         let loud: Vec<_> = doc
///             .body()
///             .filter(|(b, _)| b.features.letters > 10 && b.features.upper_ratio() > 0.9)
///             .map(|(b, _)| b.id)
///             .collect();
///         for id in loud {
///             doc.remove(id, Reason::Custom("shouting".into()));
///         }
///         Ok(())
///     }
/// }
///
/// let pipeline = Pipeline::french().to_builder().add(NoShouting).build()?;
/// let article = pipeline.clean_text("CLIQUEZ ICI POUR GAGNER\nLe ministre a parlé longuement devant les députés réunis à Paris.")?;
/// assert_eq!(article.paragraphs.len(), 1);
/// # Ok::<(), newsclean::Error>(())
/// ```
pub trait Filter: Send + Sync {
    /// A short, stable name (kebab-case), recorded with every removal and used by the builder
    /// to remove or replace the filter.
    fn name(&self) -> &str;

    /// Whether the filter has anything to do on this document (e.g. a French-only filter skips
    /// English text). Defaults to `true`.
    fn applies_to(&self, _doc: &Document) -> bool {
        true
    }

    /// Runs the filter.
    fn apply(&self, doc: &mut Document) -> Result<(), BoxError>;
}

/// A filter made from a closure (see [`from_fn`]).
pub struct FnFilter<F> {
    name: String,
    f: F,
}

impl<F> fmt::Debug for FnFilter<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnFilter")
            .field("name", &self.name)
            .finish()
    }
}

impl<F> Filter for FnFilter<F>
where
    F: Fn(&mut Document) -> Result<(), BoxError> + Send + Sync,
{
    fn name(&self) -> &str {
        &self.name
    }
    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        (self.f)(doc)
    }
}

/// Makes a filter from a closure.
///
/// ```
/// use newsclean::{from_fn, Pipeline, Reason};
/// let drop_promos = from_fn("drop-promos", |doc| {
///     let ids: Vec<_> = doc.body().filter(|(_, t)| t.starts_with("PROMO")).map(|(b, _)| b.id).collect();
///     for id in ids { doc.remove(id, Reason::Advertising); }
///     Ok(())
/// });
/// let p = Pipeline::builder().add(drop_promos).build()?;
/// let a = p.clean_text("PROMO -50 %\nUn paragraphe.")?;
/// assert_eq!(a.paragraphs, ["Un paragraphe."]);
/// assert_eq!(a.removed().get(0).map(|r| r.reason), Some(&Reason::Advertising));
/// # Ok::<(), newsclean::Error>(())
/// ```
pub fn from_fn<F>(name: impl Into<String>, f: F) -> FnFilter<F>
where
    F: Fn(&mut Document) -> Result<(), BoxError> + Send + Sync,
{
    FnFilter {
        name: name.into(),
        f,
    }
}

/// Limits on untrusted input. Hitting one is an [`Error`], never a panic or a hang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes. Default: 256 MiB.
    pub max_input_bytes: usize,
    /// Most DOM nodes accepted in an HTML page. Default: 5 000 000.
    pub max_dom_nodes: usize,
    /// Deepest element nesting accepted in an HTML page. Default: 10 000 (real pages stay
    /// under a few hundred; browsers cap layout depth far lower). Checked by a cheap scan of the
    /// markup before the page is parsed, because html5ever's tree builder takes time
    /// quadratic in the depth of nested block elements: 10 000 nested `<div>` parse in about
    /// 0.3 s, 100 000 in about half a minute. Raise it only for trusted input.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 256 << 20,
            max_dom_nodes: 5_000_000,
            max_depth: 10_000,
        }
    }
}

impl Limits {
    /// Checks an input's size against [`max_input_bytes`](Self::max_input_bytes).
    pub fn check_input(&self, size: usize) -> Result<(), Error> {
        if size > self.max_input_bytes {
            Err(Error::InputTooLarge {
                size,
                limit: self.max_input_bytes,
            })
        } else {
            Ok(())
        }
    }
}

/// An ordered list of filters, immutable once built, cheap to clone and share across threads.
///
/// ```
/// use newsclean::{Language, Pipeline};
/// let p = Pipeline::default();
/// let a = p.clean_text("Menu\nLes deux ministres de la Défense ont convenu d'un rapprochement entre leurs services de renseignement dans le cadre de la lutte contre l'État islamique.")?;
/// assert_eq!(a.language, Language::French);
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Clone)]
pub struct Pipeline {
    filters: Vec<Arc<dyn Filter>>,
    /// Each filter's name, made once: the removals of every page share it.
    names: Vec<Arc<str>>,
    language: Option<Language>,
    limits: Limits,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pipeline")
            .field("filters", &self.filter_names())
            .field("language", &self.language)
            .field("limits", &self.limits)
            .finish()
    }
}

impl Default for Pipeline {
    /// The standard filters, with the language detected from each document's text.
    fn default() -> Self {
        Pipeline::new(crate::filters::standard(), None, Limits::default())
    }
}

impl Pipeline {
    fn new(filters: Vec<Arc<dyn Filter>>, language: Option<Language>, limits: Limits) -> Self {
        let names = filters.iter().map(|f| Arc::from(f.name())).collect();
        Pipeline {
            filters,
            names,
            language,
            limits,
        }
    }

    /// The standard filters with French rules, whatever the text looks like.
    pub fn french() -> Self {
        Pipeline {
            language: Some(Language::French),
            ..Pipeline::default()
        }
    }

    /// The standard filters with English rules, whatever the text looks like.
    pub fn english() -> Self {
        Pipeline {
            language: Some(Language::English),
            ..Pipeline::default()
        }
    }

    /// An empty builder (no filters, language detected).
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            filters: Vec::new(),
            language: None,
            limits: Limits::default(),
            unknown: Vec::new(),
        }
    }

    /// A builder that starts from this pipeline's filters and settings.
    pub fn to_builder(&self) -> PipelineBuilder {
        PipelineBuilder {
            filters: self.filters.clone(),
            language: self.language,
            limits: self.limits,
            unknown: Vec::new(),
        }
    }

    /// The names of the filters, in order.
    pub fn filter_names(&self) -> Vec<&str> {
        self.filters.iter().map(|f| f.name()).collect()
    }

    /// The language fixed for this pipeline, or `None` when it is detected per document.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// The limits on input.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Cleans a scraped text dump: one block per non-empty line.
    pub fn clean_text(&self, text: &str) -> Result<Article, Error> {
        self.limits.check_input(text.len())?;
        self.run(Document::from_text(text))
    }

    /// Cleans a scraped text dump given as bytes: invalid UTF-8 is replaced by U+FFFD and the
    /// article's [`notes`](Article::notes) say so.
    pub fn clean_text_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.limits.check_input(bytes.len())?;
        self.run(Document::from_text_bytes(bytes))
    }

    /// Cleans an HTML page.
    pub fn clean_html(&self, html: &str) -> Result<Article, Error> {
        self.limits.check_input(html.len())?;
        self.run(Document::from_html(html, &self.limits)?)
    }

    /// Cleans an HTML page given as bytes, decoded from its BOM, its `<meta charset>`, or as
    /// windows-1252 when it is not valid UTF-8.
    pub fn clean_html_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.limits.check_input(bytes.len())?;
        self.run(Document::from_html_bytes(bytes, &self.limits)?)
    }

    /// Runs the filters over `doc` and assembles the article.
    pub fn run(&self, mut doc: Document) -> Result<Article, Error> {
        self.process(&mut doc)?;
        Ok(Article::from_document(doc))
    }

    /// Runs the filters over `doc` in place, leaving it for inspection.
    pub fn process(&self, doc: &mut Document) -> Result<(), Error> {
        let lang = match self.language {
            Some(l) => l,
            None => match detect_document_language_keeping_samples(doc) {
                Language::Unknown => doc.language(),
                l => l,
            },
        };
        doc.set_language(lang);
        for (f, name) in self.filters.iter().zip(&self.names) {
            if !f.applies_to(doc) {
                continue;
            }
            doc.set_current_filter_shared(name);
            f.apply(doc).map_err(|source| Error::Filter {
                name: f.name().to_owned(),
                source,
            })?;
        }
        doc.set_current_filter_shared(&PIPELINE_FILTER);
        Ok(())
    }
}

/// The filter name of removals made after the filters ran (by the caller of
/// [`Pipeline::process`]).
static PIPELINE_FILTER: once_cell::sync::Lazy<Arc<str>> =
    once_cell::sync::Lazy::new(|| Arc::from("pipeline"));

/// Builds a [`Pipeline`]: add, insert, remove or replace filters by name.
pub struct PipelineBuilder {
    filters: Vec<Arc<dyn Filter>>,
    language: Option<Language>,
    limits: Limits,
    unknown: Vec<String>,
}

impl fmt::Debug for PipelineBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.filters.iter().map(|f| f.name()).collect();
        f.debug_struct("PipelineBuilder")
            .field("filters", &names)
            .field("language", &self.language)
            .finish()
    }
}

impl PipelineBuilder {
    fn position(&mut self, name: &str) -> Option<usize> {
        let pos = self.filters.iter().position(|f| f.name() == name);
        if pos.is_none() {
            self.unknown.push(name.to_owned());
        }
        pos
    }

    /// Appends a filter.
    #[allow(clippy::should_implement_trait)] // a builder step, not arithmetic
    pub fn add(mut self, filter: impl Filter + 'static) -> Self {
        self.filters.push(Arc::new(filter));
        self
    }

    /// Appends a filter that is already shared.
    pub fn add_shared(mut self, filter: Arc<dyn Filter>) -> Self {
        self.filters.push(filter);
        self
    }

    /// Inserts a filter just before the filter named `name`.
    pub fn insert_before(mut self, name: &str, filter: impl Filter + 'static) -> Self {
        if let Some(i) = self.position(name) {
            self.filters.insert(i, Arc::new(filter));
        }
        self
    }

    /// Inserts a filter just after the filter named `name`.
    pub fn insert_after(mut self, name: &str, filter: impl Filter + 'static) -> Self {
        if let Some(i) = self.position(name) {
            self.filters.insert(i + 1, Arc::new(filter));
        }
        self
    }

    /// Removes the filter named `name`.
    pub fn remove(mut self, name: &str) -> Self {
        if let Some(i) = self.position(name) {
            self.filters.remove(i);
        }
        self
    }

    /// Replaces the filter named `name`.
    pub fn replace(mut self, name: &str, filter: impl Filter + 'static) -> Self {
        if let Some(i) = self.position(name) {
            self.filters[i] = Arc::new(filter);
        }
        self
    }

    /// Fixes the language instead of detecting it per document.
    pub fn language(mut self, language: Language) -> Self {
        self.language = Some(language);
        self
    }

    /// Detects the language per document (the default).
    pub fn detect_language(mut self) -> Self {
        self.language = None;
        self
    }

    /// Sets the limits on input.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Builds the pipeline. Fails when a filter named in `insert_*`, `remove` or `replace` was
    /// not in the pipeline, so that a typo does not silently leave a filter in place.
    pub fn build(self) -> Result<Pipeline, Error> {
        if let Some(name) = self.unknown.into_iter().next() {
            let known = self.filters.iter().map(|f| f.name().to_owned()).collect();
            return Err(Error::UnknownFilter { name, known });
        }
        Ok(Pipeline::new(self.filters, self.language, self.limits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone + fmt::Debug>() {}

    #[test]
    fn pipeline_is_send_sync_clone_debug() {
        assert_send_sync::<Pipeline>();
    }

    /// Every removal names its filter; the name is made once per pipeline, not per page.
    #[test]
    fn removals_share_their_filter_name_across_pages() {
        let p = Pipeline::french()
            .to_builder()
            .insert_before(
                "line-rules",
                from_fn("drop-shouting", |doc| {
                    let loud: Vec<_> = doc
                        .body()
                        .filter(|(_, t)| t.chars().all(|c| !c.is_lowercase()))
                        .map(|(b, _)| b.id)
                        .collect();
                    for id in loud {
                        doc.remove(id, crate::Reason::Custom("shouting".into()));
                    }
                    Ok(())
                }),
            )
            .build()
            .unwrap();
        let page = "Partager\nLe conseil municipal a adopté lundi soir le budget de la ville après un long débat.\nCLIQUEZ ICI";
        let (a, b) = (p.clean_text(page).unwrap(), p.clean_text(page).unwrap());
        for name in ["line-rules", "drop-shouting"] {
            let of = |art: &crate::Article| {
                art.removed()
                    .iter()
                    .find(|r| r.filter == name)
                    .map(|r| r.filter.as_ptr())
                    .unwrap_or_else(|| panic!("no removal by {name}: {:?}", art.removed()))
            };
            assert!(std::ptr::eq(of(&a), of(&b)), "{name}");
        }
    }

    #[test]
    fn unknown_filter_names_fail_the_build() {
        let err = Pipeline::default()
            .to_builder()
            .remove("no-such-filter")
            .build();
        let msg = err.map(|_| ()).unwrap_err().to_string();
        assert!(msg.contains("no-such-filter"), "{msg}");
    }

    #[test]
    fn filter_errors_name_the_filter() {
        let p = Pipeline::builder()
            .add(from_fn("broken", |_| Err("site table missing".into())))
            .build()
            .map_err(|e| e.to_string());
        let err = p.and_then(|p| p.clean_text("x").map_err(|e| e.to_string()));
        assert_eq!(
            err.unwrap_err(),
            "filter `broken` failed: site table missing"
        );
    }
}
