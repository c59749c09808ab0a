//! A filter that does nothing, documented step by step: copy this file to start your own.

use crate::document::Document;
use crate::error::BoxError;
use crate::pipeline::Filter;

/// Does nothing. Copy it to write a filter of your own:
///
/// 1. Give it a stable kebab-case [`name`](Filter::name): it is recorded with every removal.
/// 2. Say in [`applies_to`](Filter::applies_to) when it has nothing to do (a French-only rule
///    on English text), so the pipeline can skip it.
/// 3. In [`apply`](Filter::apply), read blocks with [`Document::body`], then remove them with
///    [`Document::remove`] and a [`Reason`](crate::Reason), cut a glued part with
///    [`Document::strip_prefix`], or record facts with [`Document::facts_mut`]. Collect ids
///    first, then edit: the borrow checker wants it, and it keeps one pass over the blocks.
/// 4. Keep the cost linear in the number of blocks; compile regular expressions once
///    (`once_cell::sync::Lazy`).
///
/// ```
/// use newsclean::{filters::Template, Pipeline};
/// let p = Pipeline::builder().add(Template).build()?;
/// assert_eq!(p.clean_text("une ligne")?.paragraphs, ["une ligne"]);
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Template;

impl Filter for Template {
    fn name(&self) -> &str {
        "template"
    }

    fn applies_to(&self, _doc: &Document) -> bool {
        true
    }

    fn apply(&self, _doc: &mut Document) -> Result<(), BoxError> {
        Ok(())
    }
}
