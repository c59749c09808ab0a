//! The removal log: [`Removals`] and [`Removed`].
//!
//! A page loses hundreds of blocks to the filters (a menu of 400 links is 400 removals), and
//! the log keeps every one. A record holds no string of its own: its text is a range of the
//! document's text buffer, which only ever grows, and its filter is an index into the names of
//! the filters that ran on the document. Reading the log borrows both: [`Removals`] is a view of
//! the log, and each [`Removed`] a view of one record.

use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;
use std::sync::Arc;

use super::{BlockId, Reason, Span};

/// One record of the log, as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Record {
    /// The removed text: a range of the document's text buffer.
    pub(crate) text: Range<usize>,
    pub(crate) reason: Reason,
    /// Index in [`Log::filters`].
    pub(crate) filter: u32,
    pub(crate) block: BlockId,
    pub(crate) span: Span,
}

/// The name at index `i` of a log's filter names ("" for an index past them).
pub(crate) fn filter_name(filters: &[Arc<str>], i: u32) -> &str {
    filters.get(i as usize).map_or("", |f| f.as_ref())
}

/// The records and the names of the filters that ran (each name once).
#[derive(Debug, Clone, Default)]
pub(crate) struct Log {
    pub(crate) records: Vec<Record>,
    pub(crate) filters: Vec<Arc<str>>,
}

impl Log {
    /// The index of `name` in the filter names, added if it is not there. Filters are found by
    /// pointer: a pipeline makes each filter's name once and hands the same one to every page.
    pub(crate) fn filter_index(&mut self, name: &Arc<str>) -> u32 {
        let i = match self.filters.iter().rposition(|f| Arc::ptr_eq(f, name)) {
            Some(i) => i,
            None => {
                self.filters.push(Arc::clone(name));
                self.filters.len() - 1
            }
        };
        // Past 2^32 names (never, in practice) a record reads an empty filter name.
        u32::try_from(i).unwrap_or(u32::MAX)
    }

    /// A view of the log over `buf`, the text buffer its ranges point into.
    pub(crate) fn view<'a>(&'a self, buf: &'a str) -> Removals<'a> {
        Removals {
            buf,
            records: &self.records,
            filters: &self.filters,
        }
    }
}

/// Everything a document or an article lost from its body, in order: a view of the removal
/// log ([`Document::removed`](crate::Document::removed),
/// [`Article::removed`](crate::Article::removed)). It is `Copy` and iterates over
/// [`Removed`] views.
///
/// ```
/// let article = newsclean::clean_text(
///     "Les deux ministres ont convenu d'un rapprochement entre les services de renseignement.\nPartager",
/// )?;
/// let removed = article.removed();
/// assert_eq!(removed.len(), 1);
/// let share = removed.get(0).expect("one removal");
/// assert_eq!(share.text, "Partager");
/// assert_eq!(share.reason.code(), "share");
/// for r in removed {
///     println!("{} removed {:?}: {}", r.filter, r.text, r.reason);
/// }
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Removals<'a> {
    buf: &'a str,
    records: &'a [Record],
    filters: &'a [Arc<str>],
}

impl<'a> Removals<'a> {
    /// How many removals.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether nothing was removed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The `i`-th removal.
    pub fn get(&self, i: usize) -> Option<Removed<'a>> {
        self.records.get(i).map(|r| self.removed(r))
    }

    /// The removals in order.
    pub fn iter(&self) -> RemovalsIter<'a> {
        RemovalsIter {
            log: *self,
            records: self.records.iter(),
        }
    }

    fn removed(&self, r: &'a Record) -> Removed<'a> {
        Removed {
            text: self.buf.get(r.text.clone()).unwrap_or(""),
            reason: &r.reason,
            filter: filter_name(self.filters, r.filter),
            block: r.block,
            span: r.span,
        }
    }
}

impl fmt::Debug for Removals<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Two logs are equal when they list the same removals (text, reason, filter, block, span).
impl PartialEq for Removals<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Removals<'_> {}

impl<'a> IntoIterator for Removals<'a> {
    type Item = Removed<'a>;
    type IntoIter = RemovalsIter<'a>;
    fn into_iter(self) -> RemovalsIter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &Removals<'a> {
    type Item = Removed<'a>;
    type IntoIter = RemovalsIter<'a>;
    fn into_iter(self) -> RemovalsIter<'a> {
        self.iter()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Removals<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// The removals of a [`Removals`] log, in order.
#[derive(Clone)]
pub struct RemovalsIter<'a> {
    log: Removals<'a>,
    records: std::slice::Iter<'a, Record>,
}

impl<'a> Iterator for RemovalsIter<'a> {
    type Item = Removed<'a>;
    fn next(&mut self) -> Option<Removed<'a>> {
        self.records.next().map(|r| self.log.removed(r))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.records.size_hint()
    }
}

impl DoubleEndedIterator for RemovalsIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.records.next_back().map(|r| self.log.removed(r))
    }
}

impl ExactSizeIterator for RemovalsIter<'_> {}
impl FusedIterator for RemovalsIter<'_> {}

impl fmt::Debug for RemovalsIter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RemovalsIter")
            .field("remaining", &self.records.len())
            .finish()
    }
}

/// A block, or part of one, taken out of the body, with why and by whom: one entry of
/// [`Removals`], borrowed from the document or article it belongs to (copy what you keep:
/// `r.text.to_owned()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Removed<'a> {
    /// The text that was removed.
    pub text: &'a str,
    /// Why.
    pub reason: &'a Reason,
    /// The [`name`](crate::Filter::name) of the filter that removed it.
    pub filter: &'a str,
    /// The block it came from.
    pub block: BlockId,
    /// Where it was in the input.
    pub span: Span,
}

/// An owned removal log and the buffer its ranges point into, for a result that outlives its
/// document ([`Article`](crate::Article)).
#[derive(Clone, Default)]
pub(crate) struct OwnedLog {
    pub(crate) buf: String,
    pub(crate) log: Log,
}

impl OwnedLog {
    pub(crate) fn view(&self) -> Removals<'_> {
        self.log.view(&self.buf)
    }
}

impl fmt::Debug for OwnedLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.view().fmt(f)
    }
}

impl PartialEq for OwnedLog {
    fn eq(&self, other: &Self) -> bool {
        self.view() == other.view()
    }
}

impl Eq for OwnedLog {}

#[cfg(feature = "serde")]
impl serde::Serialize for OwnedLog {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.view().serialize(s)
    }
}
