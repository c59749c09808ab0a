//! HTML page → blocks. (Segmentation arrives with the HTML issue.)

use crate::document::Document;
use crate::error::Error;
use crate::pipeline::Limits;

impl Document {
    /// Reads an HTML page.
    pub fn from_html(_html: &str, _limits: &Limits) -> Result<Document, Error> {
        Err(Error::Unsupported(
            "HTML input is not implemented yet; clean a text dump with `clean_text`",
        ))
    }

    /// Reads an HTML page given as bytes.
    pub fn from_html_bytes(_bytes: &[u8], _limits: &Limits) -> Result<Document, Error> {
        Err(Error::Unsupported(
            "HTML input is not implemented yet; clean a text dump with `clean_text`",
        ))
    }
}
