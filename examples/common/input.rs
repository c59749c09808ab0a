//! Finding and reading pages for the batch example: files and folders, `.gz`, WARC archives,
//! all read through a byte limit so that a gzip bomb is refused, not inflated.
//!
//! Include it with `#[path = "common/input.rs"] mod input;` (from `examples/`).
#![allow(dead_code)]

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

/// How to read a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tell HTML from text by the file name, then by the first bytes.
    Auto,
    /// HTML.
    Html,
    /// Scraped text dump.
    Text,
}

impl Mode {
    /// Parses `auto`, `html` or `text`.
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "auto" => Some(Mode::Auto),
            "html" => Some(Mode::Html),
            "text" => Some(Mode::Text),
            _ => None,
        }
    }
}

/// Why a page could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The (decompressed) page is over the byte limit.
    TooLarge {
        /// The limit in force.
        limit: usize,
    },
    /// An I/O or decompression error.
    Io(io::Error),
    /// A malformed WARC archive.
    Warc(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { limit } => write!(
                f,
                "over the limit of {limit} bytes (after decompression); refused (raise --max-bytes if genuine)"
            ),
            ReadError::Io(e) => write!(f, "read error: {e}"),
            ReadError::Warc(e) => write!(f, "WARC error: {e}"),
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads at most `limit` bytes; more is an error, and at most `limit + 1` bytes are ever
/// produced by the reader (a gzip bomb stops inflating there).
pub fn read_limited<R: Read>(r: R, limit: usize) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(buf)
}

/// What kind of input file a path is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.html`, `.htm` (maybe `.gz`).
    Html,
    /// `.txt` (maybe `.gz`).
    Text,
    /// `.warc` or `.warc.gz`.
    Warc,
    /// Anything else (read when named explicitly, then sniffed).
    Other,
}

/// The kind of `path` and whether it is gzip-compressed.
pub fn file_kind(path: &Path) -> (FileKind, bool) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (stem, gz) = match name.strip_suffix(".gz") {
        Some(s) => (s.to_owned(), true),
        None => (name, false),
    };
    let kind = if stem.ends_with(".html") || stem.ends_with(".htm") {
        FileKind::Html
    } else if stem.ends_with(".txt") {
        FileKind::Text
    } else if stem.ends_with(".warc") {
        FileKind::Warc
    } else {
        FileKind::Other
    };
    (kind, gz)
}

/// Expands files and folders (recursively, sorted) into the input files to read: in folders,
/// only the known kinds; files named explicitly are always read.
pub fn collect_inputs(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut stack = vec![input.clone()];
            while let Some(dir) = stack.pop() {
                let mut entries: Vec<PathBuf> = match std::fs::read_dir(&dir) {
                    Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                    Err(e) => {
                        errors.push(format!("{}: {e}", dir.display()));
                        continue;
                    }
                };
                entries.sort();
                let mut subdirs = Vec::new();
                for p in entries {
                    if p.is_dir() {
                        subdirs.push(p);
                    } else if file_kind(&p).0 != FileKind::Other {
                        files.push(p);
                    }
                }
                // Depth-first, in name order.
                stack.extend(subdirs.into_iter().rev());
            }
        } else {
            files.push(input.clone());
        }
    }
    (files, errors)
}

/// Whether bytes look like HTML: after a BOM and white space, a `<`.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    b.iter()
        .find(|c| !c.is_ascii_whitespace())
        .is_some_and(|&c| c == b'<')
}

/// One page to clean.
#[derive(Debug)]
pub struct PageInput {
    /// A file path or a WARC target URI.
    pub source: String,
    /// Whether to read it as HTML (`Some(true)`), text (`Some(false)`), or sniff (`None`).
    pub html: Option<bool>,
    /// The bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, ReadError>,
}

fn open(path: &Path, gz: bool) -> io::Result<Box<dyn Read + Send>> {
    let f = File::open(path)?;
    Ok(if gz {
        Box::new(MultiGzDecoder::new(BufReader::with_capacity(1 << 16, f)))
    } else {
        Box::new(f)
    })
}

/// Reads one non-WARC file through the byte limit.
pub fn read_file(path: &Path, limit: usize) -> PageInput {
    let (kind, gz) = file_kind(path);
    let html = match kind {
        FileKind::Html => Some(true),
        FileKind::Text => Some(false),
        _ => None,
    };
    let bytes = open(path, gz)
        .map_err(ReadError::Io)
        .and_then(|r| read_limited(r, limit));
    PageInput {
        source: path.display().to_string(),
        html,
        bytes,
    }
}

/// Calls `f` with each HTML response record of a WARC file (plain or gzip), its payload read
/// through the byte limit (the rest of a record over the limit is skipped, not stored).
/// Non-response records and non-HTML responses are skipped and counted. `f` returns `false`
/// to stop early.
pub fn for_each_warc_page(
    path: &Path,
    limit: usize,
    mut f: impl FnMut(PageInput) -> bool,
) -> Result<usize, ReadError> {
    let (_, gz) = file_kind(path);
    let reader = BufReader::with_capacity(1 << 20, open(path, gz)?);
    for_each_warc_page_in(reader, limit, &mut f)
}

/// [`for_each_warc_page`] over any buffered reader of (uncompressed) WARC bytes.
pub fn for_each_warc_page_in<R: BufRead>(
    reader: R,
    limit: usize,
    f: &mut dyn FnMut(PageInput) -> bool,
) -> Result<usize, ReadError> {
    let mut warc = warc::WarcReader::new(reader);
    let mut records = warc.stream_records();
    let mut skipped = 0;
    while let Some(rec) = records.next_item() {
        let rec = rec.map_err(|e| ReadError::Warc(e.to_string()))?;
        if *rec.warc_type() != warc::RecordType::Response {
            skipped += 1;
            continue;
        }
        let source = rec
            .header(warc::WarcHeader::TargetURI)
            .map(|u| u.into_owned())
            .unwrap_or_else(|| rec.warc_id().to_owned());
        // HTTP status line and headers, then the payload; both count against the limit.
        let bytes = if rec.content_length() > limit as u64 + 64 * 1024 {
            Err(ReadError::TooLarge { limit })
        } else {
            read_limited(rec, limit + 64 * 1024)
        };
        let page = match bytes {
            Err(e) => PageInput {
                source,
                html: Some(true),
                bytes: Err(e),
            },
            Ok(raw) => match http_payload(&raw, limit) {
                Payload::Html(b) => PageInput {
                    source,
                    html: Some(true),
                    bytes: b,
                },
                Payload::Skip => {
                    skipped += 1;
                    continue;
                }
            },
        };
        if !f(page) {
            break;
        }
    }
    Ok(skipped)
}

enum Payload {
    Html(Result<Vec<u8>, ReadError>),
    Skip,
}

/// Splits an HTTP response into headers and payload; keeps 2xx HTML responses, inflating a
/// gzip/deflate `Content-Encoding` through the limit.
fn http_payload(raw: &[u8], limit: usize) -> Payload {
    let Some(end) = find(raw, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| find(raw, b"\n\n").map(|i| i + 2))
    else {
        return Payload::Skip;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_lowercase();
    let mut lines = head.lines();
    let status_ok = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .is_some_and(|s| s.starts_with('2'));
    let mut html = false;
    let mut encoding = String::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            match k.trim() {
                "content-type" => html = v.contains("html"),
                "content-encoding" => encoding = v.trim().to_owned(),
                _ => {}
            }
        }
    }
    if !status_ok || !html {
        return Payload::Skip;
    }
    let body = &raw[end..];
    Payload::Html(match encoding.as_str() {
        "gzip" | "x-gzip" => read_limited(MultiGzDecoder::new(body), limit),
        "deflate" => read_limited(flate2::read::ZlibDecoder::new(body), limit),
        _ if body.len() > limit => Err(ReadError::TooLarge { limit }),
        _ => Ok(body.to_vec()),
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
