//! Input readers: a page becomes a [`Document`](crate::Document) of blocks.

mod decode;
pub mod html;
mod metadata;
pub mod text;
