//! Input readers: a page becomes a [`Document`](crate::Document) of blocks.

pub mod html;
pub mod text;
