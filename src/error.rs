//! The crate's error type.

use std::fmt;

/// A boxed error returned by a [`Filter`](crate::Filter), so that filters written in other crates
/// can fail with their own error types.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong while cleaning a page.
///
/// Each message says what was hit and what the caller can do about it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    #[error(
        "input is {size} bytes, over the limit of {limit} bytes; raise `Limits::max_input_bytes` \
         or split the input"
    )]
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The HTML document has more element and text nodes than
    /// [`Limits::max_dom_nodes`](crate::Limits::max_dom_nodes).
    #[error(
        "the HTML document has more than {limit} nodes; raise `Limits::max_dom_nodes` if the page is genuine"
    )]
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },
    /// The HTML document nests elements deeper than
    /// [`Limits::max_depth`](crate::Limits::max_depth).
    #[error(
        "the HTML document nests elements {depth} levels deep, over the limit of {limit}; \
         raise `Limits::max_depth` if the page is genuine"
    )]
    TooDeep {
        /// The depth reached.
        depth: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input does not look like HTML at all (used by `--mode auto` style callers and by
    /// [`Pipeline::clean_html`](crate::Pipeline::clean_html) when no element could be found).
    #[error("the input is not HTML: {0}; clean it as text with `clean_text` instead")]
    NotHtml(String),
    /// A [`PipelineBuilder`](crate::PipelineBuilder) was asked to insert next to, remove or
    /// replace a filter that is not in the pipeline.
    #[error("no filter named `{name}` in the pipeline (it has: {})", known.join(", "))]
    UnknownFilter {
        /// The name asked for.
        name: String,
        /// The names the pipeline has.
        known: Vec<String>,
    },
    /// The operation is not available in this build.
    #[error("{0}")]
    Unsupported(&'static str),
    /// A filter failed. The pipeline stops and names the filter.
    #[error("filter `{name}` failed: {source}")]
    Filter {
        /// The failing filter's [`name`](crate::Filter::name).
        name: String,
        /// What the filter reported.
        #[source]
        source: BoxError,
    },
}

/// A note about how the input was read, kept in the [`Article`](crate::Article) so that nothing
/// that changed the input goes unrecorded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum InputNote {
    /// Bytes that were not valid in the detected encoding were replaced by U+FFFD.
    LossyDecoding {
        /// The encoding used to decode the bytes (`"UTF-8"`, `"windows-1252"` …).
        encoding: String,
        /// How many invalid sequences were replaced.
        replaced: usize,
    },
    /// The bytes were decoded from an encoding other than UTF-8.
    Decoded {
        /// The encoding used.
        encoding: String,
        /// Where it came from: `"bom"`, `"meta"`, `"fallback"`.
        source: String,
    },
}

impl fmt::Display for InputNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputNote::LossyDecoding { encoding, replaced } => write!(
                f,
                "{replaced} invalid {encoding} sequence(s) replaced by U+FFFD"
            ),
            InputNote::Decoded { encoding, source } => {
                write!(f, "decoded as {encoding} (from {source})")
            }
        }
    }
}
