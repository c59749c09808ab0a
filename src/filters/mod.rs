//! The crate's filters, one module each. [`standard`] lists the default pipeline.

use std::sync::Arc;

use crate::pipeline::Filter;

pub mod dom;
pub mod rules;
pub mod template;

pub use dom::DomContent;
pub use rules::{LineRules, Rule};
pub use template::Template;

/// The standard filters, in the order the default pipeline runs them.
pub fn standard() -> Vec<Arc<dyn Filter>> {
    vec![Arc::new(DomContent), Arc::new(LineRules::standard())]
}
