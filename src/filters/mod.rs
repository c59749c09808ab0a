//! The crate's filters, one module each. [`standard`] lists the default pipeline.

use std::sync::Arc;

use crate::pipeline::Filter;

pub mod quotes;
pub mod rules;
pub mod template;
pub mod title;

pub use quotes::Quotes;
pub use rules::{LineRules, Rule};
pub use template::Template;
pub use title::TextTitle;

/// The standard filters, in the order the default pipeline runs them.
pub fn standard() -> Vec<Arc<dyn Filter>> {
    vec![Arc::new(LineRules::standard()), Arc::new(Quotes::default())]
}
