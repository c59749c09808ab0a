//! HTML page → blocks.
//!
//! The page is parsed by html5ever into a `markup5ever_rcdom` tree (without tokenising the text
//! of scripts, style sheets and other elements the walk drops unread: see `input::parse`),
//! then walked once, in
//! document order, with an explicit stack (no recursion, so 100 000 nested elements are fine;
//! the rcdom tree also drops iteratively). The walk lays text out as a browser would:
//!
//! * block-level elements (`p`, `h1`–`h6`, `li`, `dd`/`dt`, `blockquote`, `figcaption`,
//!   `td`/`th`, `pre`, a `div` or `section` with direct text …) start and end blocks; inline
//!   elements (`a`, `b`, `span` …) join their text into the enclosing block;
//! * `<br>` is a line break inside the block; two in a row end the block (old pages write
//!   paragraphs that way);
//! * runs of HTML white space (space, tab, CR, LF, FF) collapse to one space outside `<pre>`;
//!   entities are decoded by the parser; no-break spaces are kept (they are not collapsible);
//! * `script`, `style`, `noscript`, `template`, `svg`, `iframe`, form controls and hidden
//!   elements (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`)
//!   are dropped.
//!
//! Each block gets an [`HtmlInfo`]: its link density, depth and the element it belongs to (its
//! tag path and class/id tokens: [`Document::tag_path`], [`Document::html_tokens`]). The document also keeps a compact table of the page's elements
//! (`HtmlTree`: parent, subtree extent, tag, evidence flags, text and link characters of the
//! subtree) that the DOM main-content filter (`filters::dom`) reads.
//!
//! ## Spans
//!
//! html5ever does not report byte offsets to the tree, so a block's [`Span`] cannot point at its
//! exact bytes. For HTML, a block's span is instead the range of its text in the *extracted*
//! text of the page: block texts in document order, each followed by one `\n`. It is stable,
//! ordered like the input, and the removal log keeps it, but it does not index the raw HTML.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use html5ever::{local_name, LocalName};
use markup5ever_rcdom::{Handle, NodeData};

use crate::document::{BlockKind, Document, Features, HtmlInfo, SourceKind, Span};
use crate::error::Error;
use crate::filters::duplicates::{line_hash, PreHashed};
use crate::input::decode::decode_html;
use crate::input::metadata::{self, MetaCollector};
use crate::pipeline::Limits;

/// No node (parent of the root).
pub(crate) const NONE: u32 = u32::MAX;

/// Evidence flags of an element (see [`NodeInfo::flags`]).
pub(crate) mod flag {
    /// `<article>`.
    pub const ARTICLE: u16 = 1;
    /// `<main>` or `role="main"`.
    pub const MAIN: u16 = 2;
    /// `itemprop="articleBody"` (or `text`/`reviewBody` in an article item).
    pub const BODY_PROP: u16 = 4;
    /// A class/id token that usually marks the article (`article`, `content`, `post`, `story` …).
    pub const POSITIVE: u16 = 8;
    /// A class/id token or tag that marks page chrome (`nav`, `comment`, `share` …).
    pub const NEGATIVE: u16 = 16;
    /// A `<header>` element or a `header`/`masthead` token.
    pub const HEADER: u16 = 32;
}

/// One element of the page, in document (pre-)order.
#[derive(Debug, Clone)]
pub(crate) struct NodeInfo {
    /// Index of the parent element, or [`NONE`].
    pub parent: u32,
    /// One past the index of the last element of the subtree: `i` is inside this element
    /// when `self_index <= i < end`.
    pub end: u32,
    /// Lower-case tag name.
    pub tag: LocalName,
    /// Evidence flags ([`flag`]).
    pub flags: u16,
    /// The chrome keyword this element's own tokens or tag carry, if any.
    pub negative: Option<&'static str>,
    /// Nearest element (this one included) that carries a chrome keyword, or [`NONE`].
    pub negative_above: u32,
    /// Characters of text in the subtree (blocks only: dropped elements do not count).
    pub chars: u32,
    /// Of which inside links.
    pub link_chars: u32,
    /// Blocks whose element is in the subtree.
    pub blocks: u32,
    /// Commas in the subtree's text (a Readability signal of prose).
    pub commas: u32,
    /// Depth in the element tree (`<html>` is 1).
    pub depth: u32,
    /// Class and id tokens, lower-cased, as a range into [`HtmlTree::tokens`].
    tok: (u32, u32),
}

/// The page's elements, for filters that weigh DOM evidence.
#[derive(Debug, Clone, Default)]
pub(crate) struct HtmlTree {
    /// The elements in document order; index 0 is `<html>`.
    pub nodes: Vec<NodeInfo>,
    /// All class/id tokens, space-separated.
    tokens: String,
    /// Share of the JSON-LD `articleBody` shingles found in the page's blocks, when the page
    /// has an `articleBody`.
    pub structured_coverage: Option<f32>,
}

impl HtmlTree {
    /// Class and id tokens of element `i`.
    pub fn tokens_of(&self, i: u32) -> impl Iterator<Item = &str> {
        let (s, e) = self
            .nodes
            .get(i as usize)
            .map_or((0, 0), |n| (n.tok.0 as usize, n.tok.1 as usize));
        self.tokens
            .get(s..e)
            .unwrap_or("")
            .split(' ')
            .filter(|t| !t.is_empty())
    }

    /// Ancestors of element `i`, the element first, at most `N` of them; and whether the
    /// chain was cut before the root.
    fn chain<const N: usize>(&self, i: u32) -> ([u32; N], usize, bool) {
        let mut chain = [NONE; N];
        let mut len = 0;
        let mut cur = i;
        while cur != NONE && len < N {
            let Some(n) = self.nodes.get(cur as usize) else {
                break;
            };
            chain[len] = cur;
            len += 1;
            cur = n.parent;
        }
        (chain, len, cur != NONE)
    }

    /// Tag path of element `i`: the sixteen nearest levels joined by `>`, after `…` when the
    /// element is deeper.
    pub fn tag_path(&self, i: u32) -> String {
        let (chain, len, cut) = self.chain::<16>(i);
        let mut path = String::new();
        if cut {
            path.push('…');
        }
        for &k in chain[..len].iter().rev() {
            if !path.is_empty() {
                path.push('>');
            }
            path.push_str(&self.nodes[k as usize].tag);
        }
        path
    }

    /// Class and id tokens of element `i` and its five nearest ancestors, outermost first.
    pub fn tokens_near(&self, i: u32) -> Vec<&str> {
        let (chain, len, _) = self.chain::<6>(i);
        chain[..len]
            .iter()
            .rev()
            .flat_map(|&k| self.tokens_of(k))
            .collect()
    }

    /// Whether element `inner` is `outer` or inside it.
    pub fn contains(&self, outer: u32, inner: u32) -> bool {
        self.nodes
            .get(outer as usize)
            .is_some_and(|n| outer <= inner && inner < n.end)
    }
}

impl Document {
    /// Reads an HTML page: one block per unit of text as a browser lays it out (see the
    /// [module docs](crate::input::html)). The title and the page's metadata (`<meta>`, Open
    /// Graph, JSON-LD) go into the [facts](Document::facts); `<html lang>` sets the language
    /// as a hint (the pipeline's detection overrides it when it is confident).
    ///
    /// Fails with [`Error::TooDeep`] or [`Error::TooManyNodes`] when the page exceeds `limits`,
    /// and with [`Error::NotHtml`] when the input is binary data (control characters or
    /// undecodable bytes in more than one character in twenty at its start). An empty or blank
    /// input gives an empty document; text without any tag gives its paragraphs.
    ///
    /// ```
    /// use newsclean::{Document, Limits};
    /// let doc = Document::from_html("<p>Une <b>phrase</b> en&nbsp;deux&#8239;temps.</p><script>x()</script>", &Limits::default())?;
    /// assert_eq!(doc.text_of(0), "Une phrase en\u{a0}deux\u{202f}temps.");
    /// assert_eq!(doc.blocks().len(), 1);
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn from_html(html: &str, limits: &Limits) -> Result<Document, Error> {
        check_not_binary(html)?;
        let tags = start_tag_bound(html.as_bytes());
        check_depth(html, limits, tags)?;
        let dom = crate::input::parse::parse(html);
        // The element table, text buffer and block list grow as the walk needs: sized up front
        // from the start tags or the page's bytes, they raised the peak heap by up to a fifth
        // for a few instructions less.
        segment(&dom.document, limits)
    }

    /// Reads an HTML page given as bytes: decoded from its BOM, else its `<meta charset>` (or
    /// `http-equiv` content type) in the first 1024 bytes, else as UTF-8 when valid, else as
    /// windows-1252. The choice is recorded in the document's [notes](Document::notes) when it
    /// is not plain UTF-8, and so are replaced invalid sequences.
    ///
    /// ```
    /// use newsclean::{Document, Limits};
    /// let doc = Document::from_html_bytes(b"<p>D\xe9j\xe0 l\x92\xe9t\xe9.</p>", &Limits::default())?;
    /// assert_eq!(doc.text_of(0), "Déjà l’été.");
    /// assert_eq!(doc.notes()[0].to_string(), "decoded as windows-1252 (from fallback)");
    /// # Ok::<(), newsclean::Error>(())
    /// ```
    pub fn from_html_bytes(bytes: &[u8], limits: &Limits) -> Result<Document, Error> {
        let (text, notes) = decode_html(bytes);
        let mut doc = Document::from_html(&text, limits)?;
        for n in notes {
            doc.add_note(n);
        }
        Ok(doc)
    }
}

/// Binary data (an image, a PDF, a gzip file) decodes to text full of control characters:
/// refuse it rather than return garbage blocks. Looks at the first 4096 characters.
fn check_not_binary(text: &str) -> Result<(), Error> {
    const HEAD: usize = 4096;
    let bytes = text.as_bytes();
    // The bytes of the first 4096 characters, and how many characters they hold: every byte
    // that does not continue a character starts one (a page's head is mostly ASCII: one byte,
    // one character).
    let (head, seen) = match bytes.get(..HEAD) {
        None => (bytes, bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()),
        Some(h) if h.is_ascii() => (h, HEAD),
        Some(_) => {
            // Sixty-four bytes at a time while they cannot hold the 4097th character, then
            // byte by byte.
            let starts =
                |c: &[u8]| c.iter().map(|&b| u32::from(b & 0xC0 != 0x80)).sum::<u32>() as usize;
            let mut seen = 0usize;
            let mut at = 0usize;
            for chunk in bytes.chunks(64) {
                let k = starts(chunk);
                if seen + k > HEAD {
                    break;
                }
                seen += k;
                at += chunk.len();
            }
            let mut end = bytes.len();
            for (i, &b) in bytes.iter().enumerate().skip(at) {
                if b & 0xC0 != 0x80 {
                    if seen == HEAD {
                        end = i;
                        break;
                    }
                    seen += 1;
                }
            }
            (bytes.get(..end).unwrap_or(bytes), seen)
        }
    };
    // Control characters are ASCII bytes; U+FFFD is `EF BF BD`.
    // Counted without a branch per byte (the sums vectorise, the filters did not).
    let bad = head
        .iter()
        .map(|&c| u32::from(c < b' ') & u32::from(!matches!(c, b'\t' | b'\n' | b'\r' | b'\x0C')))
        .sum::<u32>() as usize
        + memchr::memchr_iter(0xEF, head)
            .filter(|&i| head.get(i + 1..i + 3) == Some(&[0xBF, 0xBD]))
            .count();
    if seen >= 16 && bad * 20 > seen {
        return Err(Error::NotHtml(format!(
            "{bad} of the first {seen} characters are control characters or undecodable bytes \
             (binary data?)"
        )));
    }
    Ok(())
}

/// A cheap pre-pass over the markup that bounds the nesting depth before html5ever builds the
/// tree: its tree builder scans the stack of open elements on many start tags, which makes very
/// deep pages quadratic. Counts start tags minus end tags of elements that nest (void elements
/// and self-closing tags do not); it over-estimates on sloppy pages with unclosed `<p>`/`<li>`
/// only by as many unclosed elements as there are, which real pages keep far under the limit.
///
/// `tags` is [`start_tag_bound`] of the text.
fn check_depth(text: &str, limits: &Limits, tags: usize) -> Result<(), Error> {
    // Every element that nests takes at least three bytes (`<a>`): short pages cannot exceed.
    if text.len() / 3 <= limits.max_depth {
        return Ok(());
    }
    // Nor can a page with fewer start tags than the limit: the scan below only ever opens a
    // level at a `<` followed by a letter or digit, and counting those is a vectorised pass
    // over the bytes, far cheaper than reading the tags.
    if tags <= limits.max_depth {
        return Ok(());
    }
    let html = text.as_bytes();
    let n = html.len();
    let mut depth: usize = 0;
    let mut i = 0;
    // `<` and `>` are ASCII: the byte positions memchr finds are character boundaries.
    while let Some(off) = html.get(i..).and_then(|s| memchr::memchr(b'<', s)) {
        i += off + 1;
        let Some(&c) = html.get(i) else { break };
        if c == b'!' {
            // Comment or doctype: skip to `-->` or `>`.
            if html.get(i..i + 3) == Some(b"!--") {
                i = find_comment_end(text, i + 3);
            }
            continue;
        }
        let closing = c == b'/';
        let name_start = if closing { i + 1 } else { i };
        let name_len = html.get(name_start..).map_or(0, |s| {
            s.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
        });
        if name_len == 0 {
            continue;
        }
        let name_end = name_start + name_len;
        let name = &html[name_start..name_end];
        // The first `>` from the name on (the name holds none): most tags end right there
        // (`<li>`, `</a>`), found without a search.
        let end = if html.get(name_end) == Some(&b'>') {
            name_end
        } else {
            html.get(name_end..)
                .and_then(|s| memchr::memchr(b'>', s))
                .map_or(n, |j| name_end + j)
        };
        let self_closing = end > 0 && html.get(end - 1) == Some(&b'/');
        let class = tag_class(name);
        if class == TagClass::RawText && !closing {
            // Skip the contents of script/style/textarea/title: they hold no tags. Look for
            // `</name` case-insensitively at each `</`.
            i = find_raw_end(text, end, name);
            continue;
        }
        if class != TagClass::Nesting || self_closing {
        } else if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > limits.max_depth {
                return Err(Error::TooDeep {
                    depth,
                    limit: limits.max_depth,
                });
            }
        }
        i = end;
    }
    Ok(())
}

/// Number of `<` bytes followed by an ASCII letter or digit: an upper bound of the number of
/// start tags [`check_depth`] counts (memchr finds the `<`: a tenth of the bytes of a page).
fn start_tag_bound(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'<', bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric))
        .count()
}

/// Byte index just past the `-->` that closes a comment whose text starts at `from` (the end
/// of the text when there is none).
fn find_comment_end(text: &str, from: usize) -> usize {
    let html = text.as_bytes();
    let mut j = from;
    while let Some(k) = html.get(j..).and_then(|s| memchr::memchr(b'>', s)) {
        let gt = j + k;
        if gt >= from + 2 && html.get(gt - 2..gt) == Some(b"--") {
            return gt + 1;
        }
        j = gt + 1;
    }
    html.len()
}

/// Byte index of the `</name` that ends a raw-text element whose contents start at `from`
/// (the end of the text when there is none).
fn find_raw_end(text: &str, from: usize, name: &[u8]) -> usize {
    let html = text.as_bytes();
    let mut j = from;
    while let Some(k) = html.get(j..).and_then(|s| memchr::memchr(b'<', s)) {
        let lt = j + k;
        if html.get(lt + 1) == Some(&b'/')
            && html
                .get(lt + 2..lt + 2 + name.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(name))
        {
            return lt;
        }
        j = lt + 1;
    }
    html.len()
}

/// How an element counts in the depth estimate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TagClass {
    /// It nests: its start tag opens a level, its end tag closes one.
    Nesting,
    /// Void elements (`br`, `img` …) and elements whose end tag may be left out (the parser
    /// closes them itself: `p`, `li` …), so that sloppy pages with unclosed `<p>` pass.
    Flat,
    /// `script`, `style`, `textarea`, `title`, `xmp`, `plaintext`: contents hold no tags.
    RawText,
}

/// A tag name of up to eight bytes as one number: its bytes, little-endian (names are ASCII
/// letters and digits, never 0: different names give different numbers).
const fn tag_key(name: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < name.len() && i < 8 {
        k |= (name[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

macro_rules! tag_keys {
    ($($key:ident = $name:literal),* $(,)?) => {
        $(const $key: u64 = tag_key($name);)*
    };
}

/// The class of a tag name (ASCII letters and digits), compared as one number (a few integer
/// comparisons, for the tens of thousands of tags of a large page).
fn tag_class(name: &[u8]) -> TagClass {
    tag_keys!(
        SCRIPT = b"script",
        STYLE = b"style",
        TEXTAREA = b"textarea",
        TITLE = b"title",
        XMP = b"xmp",
        AREA = b"area",
        BASE = b"base",
        BR = b"br",
        COL = b"col",
        EMBED = b"embed",
        HR = b"hr",
        IMG = b"img",
        INPUT = b"input",
        LINK = b"link",
        META = b"meta",
        PARAM = b"param",
        SOURCE = b"source",
        TRACK = b"track",
        WBR = b"wbr",
        KEYGEN = b"keygen",
        IMAGE = b"image",
        P = b"p",
        LI = b"li",
        DT = b"dt",
        DD = b"dd",
        TR = b"tr",
        TD = b"td",
        TH = b"th",
        OPTION = b"option",
        OPTGROUP = b"optgroup",
        TBODY = b"tbody",
        THEAD = b"thead",
        TFOOT = b"tfoot",
        COLGROUP = b"colgroup",
        CAPTION = b"caption",
        HTML = b"html",
        HEAD = b"head",
        BODY = b"body",
        RB = b"rb",
        RT = b"rt",
        RP = b"rp",
        RTC = b"rtc",
    );
    if name.len() > 8 {
        // The only longer name of the lists.
        return if name.eq_ignore_ascii_case(b"plaintext") {
            TagClass::RawText
        } else {
            TagClass::Nesting
        };
    }
    let mut k = 0u64;
    for (i, &b) in name.iter().enumerate() {
        k |= u64::from(b.to_ascii_lowercase()) << (8 * i);
    }
    match k {
        SCRIPT | STYLE | TEXTAREA | TITLE | XMP => TagClass::RawText,
        // Void elements.
        AREA | BASE | BR | COL | EMBED | HR | IMG | INPUT | LINK | META | PARAM | SOURCE
        | TRACK | WBR | KEYGEN | IMAGE
        // Optional end tags.
        | P | LI | DT | DD | TR | TD | TH | OPTION | OPTGROUP | TBODY | THEAD | TFOOT
        | COLGROUP | CAPTION | HTML | HEAD | BODY | RB | RT | RP | RTC => TagClass::Flat,
        _ => TagClass::Nesting,
    }
}

/// What the walk does with an element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    /// Its text joins the enclosing block.
    Inline,
    /// It starts and ends blocks.
    Block,
    /// Dropped with its subtree.
    None,
}

fn display_of(tag: &LocalName) -> Display {
    match *tag {
        local_name!("script")
        | local_name!("style")
        | local_name!("noscript")
        | local_name!("template")
        | local_name!("svg")
        | local_name!("math")
        | local_name!("iframe")
        | local_name!("object")
        | local_name!("embed")
        | local_name!("canvas")
        | local_name!("input")
        | local_name!("select")
        | local_name!("option")
        | local_name!("optgroup")
        | local_name!("datalist")
        | local_name!("textarea")
        | local_name!("button")
        | local_name!("head")
        | local_name!("title")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("audio")
        | local_name!("video")
        | local_name!("map")
        | local_name!("dialog") => Display::None,
        local_name!("address")
        | local_name!("article")
        | local_name!("aside")
        | local_name!("blockquote")
        | local_name!("body")
        | local_name!("center")
        | local_name!("dd")
        | local_name!("details")
        | local_name!("dir")
        | local_name!("div")
        | local_name!("dl")
        | local_name!("dt")
        | local_name!("fieldset")
        | local_name!("figcaption")
        | local_name!("figure")
        | local_name!("footer")
        | local_name!("form")
        | local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("header")
        | local_name!("hgroup")
        | local_name!("hr")
        | local_name!("html")
        | local_name!("legend")
        | local_name!("li")
        | local_name!("main")
        | local_name!("menu")
        | local_name!("nav")
        | local_name!("ol")
        | local_name!("p")
        | local_name!("pre")
        | local_name!("section")
        | local_name!("summary")
        | local_name!("table")
        | local_name!("caption")
        | local_name!("thead")
        | local_name!("tbody")
        | local_name!("tfoot")
        | local_name!("tr")
        | local_name!("td")
        | local_name!("th")
        | local_name!("ul")
        | local_name!("listing")
        | local_name!("xmp") => Display::Block,
        _ => Display::Inline,
    }
}

fn kind_of(tag: &LocalName) -> BlockKind {
    match *tag {
        local_name!("p")
        | local_name!("div")
        | local_name!("section")
        | local_name!("article")
        | local_name!("main")
        | local_name!("center")
        | local_name!("body") => BlockKind::Paragraph,
        local_name!("h1") => BlockKind::Heading(1),
        local_name!("h2") => BlockKind::Heading(2),
        local_name!("h3") => BlockKind::Heading(3),
        local_name!("h4") => BlockKind::Heading(4),
        local_name!("h5") => BlockKind::Heading(5),
        local_name!("h6") => BlockKind::Heading(6),
        local_name!("li") | local_name!("dt") | local_name!("dd") => BlockKind::ListItem,
        local_name!("blockquote") => BlockKind::BlockQuote,
        local_name!("figcaption") | local_name!("caption") => BlockKind::Caption,
        local_name!("td") | local_name!("th") => BlockKind::TableCell,
        local_name!("pre") | local_name!("listing") | local_name!("xmp") => BlockKind::Preformatted,
        _ => BlockKind::Other,
    }
}

/// Chrome keywords: a class/id token part equal to (or, for the long ones, starting with) one of
/// these marks its element as page chrome. The keyword is the reason given.
const NEGATIVE_EXACT: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "pub",
    "publicite",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "footer",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "share",
    "sharing",
    "gallery",
    "slideshow",
    "carousel",
    "slider",
    "legends",
    "shares",
    "sharebar",
    "sharetools",
    "social",
    "related",
    "promo",
    "newsletter",
    "paywall",
    "sidebar",
    "widget",
    "widgets",
    "sponsor",
    "sponsored",
    "outbrain",
    "taboola",
    "popup",
    "modal",
    "disqus",
    "subscribe",
    "subscription",
    "signup",
    "login",
    "pagination",
    "pager",
    "tags",
    "tagcloud",
    "toolbar",
    "masthead",
    "gdpr",
    "recommended",
    "recommendations",
    "trending",
    "popular",
    "mostread",
    "skip",
    "rss",
    "print",
    "byline",
    "author",
    "meta",
    "dateline",
    "timestamp",
    "caption",
    "credit",
    "copyright",
    "legal",
    "contact",
    "jump",
    "hidden",
];

/// Keywords matched as prefixes of a token part (`comments`, `sharebar`, `navigation` …).
const NEGATIVE_PREFIX: &[&str] = &[
    "comment",
    "footer",
    "sidebar",
    "newsletter",
    "social",
    "related",
    "promo",
    "cookie",
    "advert",
    "breadcrumb",
    "sponsor",
    "widget",
    "paywall",
    "consent",
    "recommend",
    "subscri",
];

/// Keywords that usually mark the article itself.
const POSITIVE: &[&str] = &[
    "article",
    "articlebody",
    "article-body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "story",
    "text",
    "body",
    "blog",
    "chapo",
    "chapeau",
    "lead",
    "prose",
    "rich",
];

/// Keyword lists bucketed by first byte: a token part is compared only with the keywords
/// that start like it (no hashing, few comparisons on the per-element path).
struct Buckets(Vec<Vec<&'static str>>);

impl Buckets {
    fn new(list: &[&'static str]) -> Buckets {
        let mut v = vec![Vec::new(); 256];
        for k in list {
            if let Some(&b) = k.as_bytes().first() {
                v[b as usize].push(*k);
            }
        }
        Buckets(v)
    }

    fn of(&self, part: &[u8]) -> &[&'static str] {
        part.first()
            .and_then(|&b| self.0.get(b as usize))
            .map_or(&[], Vec::as_slice)
    }

    fn exact(&self, part: &[u8]) -> Option<&'static str> {
        self.of(part).iter().find(|k| k.as_bytes() == part).copied()
    }

    fn prefix(&self, part: &[u8]) -> Option<&'static str> {
        self.of(part)
            .iter()
            .find(|k| part.starts_with(k.as_bytes()))
            .copied()
    }
}

static NEGATIVE_BUCKETS: Lazy<Buckets> = Lazy::new(|| Buckets::new(NEGATIVE_EXACT));
static NEGATIVE_PREFIX_BUCKETS: Lazy<Buckets> = Lazy::new(|| Buckets::new(NEGATIVE_PREFIX));
static POSITIVE_BUCKETS: Lazy<Buckets> = Lazy::new(|| Buckets::new(POSITIVE));

fn classify_token(token: &str) -> (Option<&'static str>, bool) {
    let (negative, negative_prefix, positive) = (
        &*NEGATIVE_BUCKETS,
        &*NEGATIVE_PREFIX_BUCKETS,
        &*POSITIVE_BUCKETS,
    );
    let mut neg = None;
    let mut pos = false;
    // The parts are the runs of ASCII letters and digits (any other character, ASCII or not,
    // separates them).
    for part in token.as_bytes().split(|c| !c.is_ascii_alphanumeric()) {
        if part.is_empty() {
            continue;
        }
        neg = negative
            .exact(part)
            .or_else(|| negative_prefix.prefix(part));
        if neg.is_some() {
            // "main-nav", "article-comments": the chrome word wins over a part that sounds
            // positive (the later parts change nothing).
            pos = false;
            break;
        }
        if !pos && positive.exact(part).is_some() {
            pos = true;
        }
    }
    if !pos && positive.exact(token.as_bytes()).is_some() {
        pos = true;
    }
    (neg, pos)
}

/// Whether an inline style hides its element (`display:none`, `visibility:hidden`, written
/// with any case and white space).
fn style_hides(style: &str) -> bool {
    let b = style.as_bytes();
    if !(b.windows(4).any(|w| w.eq_ignore_ascii_case(b"none"))
        || b.windows(6).any(|w| w.eq_ignore_ascii_case(b"hidden")))
    {
        return false;
    }
    // The style without white space, lower-cased. Only ASCII letters can be part of the two
    // declarations: other characters become a byte that matches none (the two whose lower case
    // is ASCII, `İ` and the Kelvin sign, give an `i` followed by a combining dot, and a `k`,
    // which cannot complete either declaration).
    let mut s = Vec::with_capacity(b.len());
    for c in style.chars().filter(|c| !c.is_whitespace()) {
        s.push(if c.is_ascii() {
            c.to_ascii_lowercase() as u8
        } else {
            0xFF
        });
    }
    memchr::memmem::find(&s, b"display:none").is_some()
        || memchr::memmem::find(&s, b"visibility:hidden").is_some()
}

/// HTML white space: space, tab, line feed, form feed, carriage return.
fn is_html_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// The page's text as it is laid out: the blocks' texts in document order (with the white
/// space trimmed before some of them), which becomes the document's text buffer.
struct Layout {
    buf: String,
    /// Where the block being laid out starts in `buf`.
    start: usize,
    pending_space: bool,
    /// Characters laid out inside links.
    link_chars: usize,
}

impl Layout {
    /// Whether the block being laid out has no text yet.
    fn block_is_empty(&self) -> bool {
        self.buf.len() == self.start
    }

    /// Whether the block being laid out ends with a line break.
    fn ends_with_break(&self) -> bool {
        !self.block_is_empty() && self.buf.ends_with('\n')
    }

    #[inline(never)]
    fn push_text(&mut self, text: &str, pre: bool, in_link: bool) {
        if pre {
            // White space is kept as it is; only carriage returns go.
            for run in text.split('\r').filter(|r| !r.is_empty()) {
                self.push_char_run(run, in_link);
            }
            return;
        }
        // HTML white space is ASCII: byte positions around it are character boundaries.
        let b = text.as_bytes();
        let Some(first) = b.iter().position(|&c| !is_html_space(c)) else {
            // Only white space (or nothing).
            if !b.is_empty() {
                self.pending_space = true;
            }
            return;
        };
        let last = b.iter().rposition(|&c| !is_html_space(c)).unwrap_or(first);
        let (Some(t), Some(tb)) = (text.get(first..=last), b.get(first..=last)) else {
            return;
        };
        if (self.pending_space || first > 0) && !self.block_is_empty() && !self.buf.ends_with('\n')
        {
            self.buf.push(' ');
        }
        self.pending_space = last + 1 < b.len();
        // The words are copied whole: `t` as it is when its only white space is single spaces
        // (the common case; the test is branch-free so that it vectorises), else word by word
        // with one space between. The block's characters and commas are counted when it ends.
        // A control character or two spaces in a row (`t` ends with a character that is not
        // white space: its last byte need not be looked at alone).
        let unusual = tb
            .iter()
            .zip(tb.get(1..).unwrap_or_default())
            .fold(0u8, |a, (&x, &y)| {
                a | u8::from(x < b' ') | (u8::from(x == b' ') & u8::from(y == b' '))
            });
        if unusual == 0 {
            self.buf.push_str(t);
            if in_link {
                // Its characters but the spaces, in one pass over the bytes: each character
                // starts with a byte that does not continue one (`10xxxxxx`).
                self.link_chars += tb
                    .iter()
                    .filter(|&&c| (c as i8) >= -0x40 && c != b' ')
                    .count();
            }
        } else {
            self.buf.reserve(t.len());
            for (k, w) in t.split_ascii_whitespace().enumerate() {
                if k > 0 {
                    self.buf.push(' ');
                }
                self.buf.push_str(w);
                if in_link {
                    self.link_chars += w.chars().count();
                }
            }
        }
    }

    /// Appends a run of characters that holds no collapsible white space.
    fn push_char_run(&mut self, run: &str, in_link: bool) {
        if self.pending_space && !self.block_is_empty() && !self.buf.ends_with('\n') {
            self.buf.push(' ');
        }
        self.pending_space = false;
        self.buf.push_str(run);
        if in_link {
            self.link_chars += run.chars().count();
        }
    }

    fn line_break(&mut self) {
        if !self.block_is_empty() {
            self.buf.push('\n');
        }
        self.pending_space = false;
    }
}

struct Walker<'a> {
    /// The blocks laid out so far: kind, text in the layout's buffer, span, HTML evidence and
    /// features of the text.
    blocks: Vec<(BlockKind, std::ops::Range<usize>, Span, HtmlInfo, Features)>,
    tree: HtmlTree,
    layout: Layout,
    /// Stack of block-level elements that hold the text being laid out.
    containers: Vec<u32>,
    meta: MetaCollector,
    limits: &'a Limits,
    extracted: usize,
    h1_seen: bool,
    /// Class/id tokens seen on the page, by hash: where their first copy is in the element
    /// table's tokens, and their verdict.
    token_memo: HashMap<u64, TokenVerdict, BuildHasherDefault<PreHashed>>,
}

/// Range of a token in [`HtmlTree`]'s tokens, its chrome keyword and its flags.
type TokenVerdict = (u32, u32, Option<&'static str>, u16);

impl Walker<'_> {
    /// Classifies one class/id token (see [`classify_token`]) and records it, lower-cased, in
    /// the element table's tokens. Pages repeat the same few hundred tokens on thousands of
    /// elements: each distinct token is classified once per page.
    fn token(&mut self, raw: &str) -> (Option<&'static str>, u16) {
        let h = line_hash(raw.as_bytes());
        let start = self.tree.tokens.len();
        if let Some(&(s, e, neg, flags)) = self.token_memo.get(&h) {
            if let Some(seen) = self.tree.tokens.get(s as usize..e as usize) {
                // The recorded form is lower case: equal ignoring case is equal once lowered
                // (and a token equal to it as it is has no capital to lower).
                if seen == raw {
                    self.tree.tokens.push_str(raw);
                    self.tree.tokens.push(' ');
                    return (neg, flags);
                }
                if seen.eq_ignore_ascii_case(raw) {
                    self.tree.tokens.push_str(&raw.to_ascii_lowercase());
                    self.tree.tokens.push(' ');
                    return (neg, flags);
                }
            }
        }
        let t: Cow<'_, str> = if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        };
        let (neg, pos) = classify_token(&t);
        let mut flags = 0;
        if pos {
            flags |= flag::POSITIVE;
        }
        if t == "header" || t == "masthead" || t.starts_with("site-header") {
            flags |= flag::HEADER;
        }
        self.tree.tokens.push_str(&t);
        let end = self.tree.tokens.len();
        self.tree.tokens.push(' ');
        if let (Ok(s), Ok(e)) = (u32::try_from(start), u32::try_from(end)) {
            self.token_memo.entry(h).or_insert((s, e, neg, flags));
        }
        (neg, flags)
    }

    /// Ends the block being laid out.
    #[inline(always)]
    fn flush(&mut self, caption: bool, heading1: bool) {
        self.layout.pending_space = false;
        if self.layout.block_is_empty() {
            // Nothing laid out (most flushes: an element that starts right after another),
            // told where the walk calls.
            self.layout.link_chars = 0;
            return;
        }
        self.flush_block(caption, heading1);
    }

    /// [`Walker::flush`] of a block with text.
    #[inline(never)]
    fn flush_block(&mut self, caption: bool, heading1: bool) {
        let link_chars = std::mem::take(&mut self.layout.link_chars);
        let start = self.layout.start;
        let node = self.containers.last().copied().unwrap_or(0);
        let pre = matches!(
            self.tree.nodes.get(node as usize).map(|n| &n.tag),
            Some(&local_name!("pre")) | Some(&local_name!("listing")) | Some(&local_name!("xmp"))
        );
        let raw = self.layout.buf.get(start..).unwrap_or("");
        let (lead, text) = if pre {
            let t = raw.trim_start_matches('\n');
            (raw.len() - t.len(), t.trim_end())
        } else {
            // Spaces and line breaks are ASCII: trimmed on the bytes (the positions around
            // them are character boundaries).
            let b = raw.as_bytes();
            let lead = b
                .iter()
                .position(|&c| c != b' ' && c != b'\n')
                .unwrap_or(b.len());
            let end = b
                .iter()
                .rposition(|&c| c != b' ' && c != b'\n')
                .map_or(lead, |i| i + 1);
            (lead, raw.get(lead..end).unwrap_or(""))
        };
        // Text always sits under an element (html5ever puts stray text in `<body>`); a text
        // with no element to hold it is dropped rather than indexed out of bounds.
        if text.is_empty() || self.tree.nodes.get(node as usize).is_none() {
            self.layout.buf.truncate(start);
            return;
        }
        let range = start + lead..start + lead + text.len();
        // The block's features are computed here, where its text was just laid out; their
        // character count is the block's.
        let features = Features::of(text);
        let chars = features.chars;
        // Summed without a branch per byte (the sum vectorises, a filter did not).
        let commas = text.bytes().map(|c| usize::from(c == b',')).sum::<usize>();
        let link_chars = link_chars.min(chars);
        let tree = &mut self.tree;
        let (kind, depth) = {
            let n = &tree.nodes[node as usize];
            let kind = if caption {
                BlockKind::Caption
            } else {
                kind_of(&n.tag)
            };
            (kind, n.depth as usize)
        };
        if heading1 && !self.h1_seen {
            self.h1_seen = true;
            self.meta.h1 = Some(text.to_owned());
        }
        let n = &mut tree.nodes[node as usize];
        n.chars += chars as u32;
        n.link_chars += link_chars as u32;
        n.blocks += 1;
        n.commas += commas as u32;
        let span = Span::new(self.extracted, self.extracted + text.len());
        self.extracted += text.len() + 1;
        let info = HtmlInfo {
            link_density: if chars == 0 {
                0.0
            } else {
                link_chars as f32 / chars as f32
            },
            depth,
            node: node as usize,
            structured: false,
            from_json_ld: false,
        };
        // The white space trimmed after the text goes; the next block starts after it.
        self.layout.buf.truncate(range.end);
        self.layout.start = range.end;
        self.blocks.push((kind, range, span, info, features));
    }
}

/// The attributes the walk reads, found in one pass over the element's attributes (the first
/// of each name in no namespace, as a lookup by name would find).
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    href: Option<&'a str>,
    hidden: Option<&'a str>,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn read(attrs: &'a [html5ever::Attribute]) -> Attrs<'a> {
        let mut r = Attrs::default();
        for a in attrs {
            let slot = match a.name.local {
                local_name!("class") => &mut r.class,
                local_name!("id") => &mut r.id,
                local_name!("role") => &mut r.role,
                local_name!("itemprop") => &mut r.itemprop,
                local_name!("href") => &mut r.href,
                local_name!("hidden") => &mut r.hidden,
                local_name!("aria-hidden") => &mut r.aria_hidden,
                local_name!("style") => &mut r.style,
                _ => continue,
            };
            if slot.is_none() && a.name.ns.is_empty() {
                *slot = Some(&a.value);
            }
        }
        r
    }

    /// `hidden`, `aria-hidden="true"`, or an inline style with `display:none` or
    /// `visibility:hidden`.
    fn hidden(&self) -> bool {
        if self.hidden.is_some() {
            return true;
        }
        if self
            .aria_hidden
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        {
            return true;
        }
        self.style.is_some_and(style_hides)
    }
}

/// What to undo when an element's children have all been visited (besides recording its end
/// and going back up a level): a set of flags in one byte.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Exit(u8);

impl Exit {
    /// It is a block: the text laid out in it is flushed.
    const BLOCK: u8 = 1;
    /// A link.
    const LINK: u8 = 2;
    /// Preformatted text.
    const PRE: u8 = 4;
    /// A figure caption.
    const CAPTION: u8 = 8;
    /// An `<h1>`.
    const HEADING1: u8 = 16;

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

/// An element whose children the walk is visiting: where its children start in the walk's
/// stack of nodes to visit (they have all been visited when the stack is back to that length),
/// its index in the table and what its end undoes. Plain data: pushed as it is, not staged
/// on the frame first (an entry that owned its children's iterator was, and the processor
/// waited on every copy).
#[derive(Clone, Copy)]
struct Open {
    base: usize,
    node: u32,
    exit: Exit,
}

/// Walks the tree under `root` into the document's blocks, consuming it: every node is freed
/// once visited. The text is laid out once, in the buffer that becomes the document's.
fn segment(root: &Handle, limits: &Limits) -> Result<Document, Error> {
    let mut w = Walker {
        blocks: Vec::new(),
        tree: HtmlTree {
            nodes: Vec::new(),
            ..HtmlTree::default()
        },
        layout: Layout {
            buf: String::new(),
            start: 0,
            pending_space: false,
            link_chars: 0,
        },
        containers: Vec::new(),
        meta: MetaCollector::default(),
        limits,
        extracted: 0,
        h1_seen: false,
        // Pages use a few hundred distinct class/id tokens.
        token_memo: HashMap::with_capacity_and_hasher(256, Default::default()),
    };
    // The nodes to visit, next on top: an element's children are moved out of it onto the
    // stack (so that each node is freed once visited), and the elements being visited.
    let mut pending: Vec<Handle> = Vec::with_capacity(256);
    pending.push(root.clone());
    let mut open: Vec<Open> = Vec::with_capacity(64);
    let mut link_depth = 0usize;
    let mut pre_depth = 0usize;
    let mut caption_depth = 0usize;
    let mut seen_nodes = 0usize;
    let mut depth = 0usize;
    loop {
        // Elements whose children have all been visited end, innermost first.
        while let Some(&Open {
            base,
            node,
            exit: x,
        }) = open.last()
        {
            if pending.len() > base {
                break;
            }
            open.pop();
            depth = depth.saturating_sub(1);
            if x.has(Exit::BLOCK) {
                w.flush(caption_depth > 0, x.has(Exit::HEADING1));
                w.containers.pop();
            }
            if x.has(Exit::LINK) {
                link_depth -= 1;
            }
            if x.has(Exit::PRE) {
                pre_depth -= 1;
            }
            if x.has(Exit::CAPTION) {
                caption_depth -= 1;
            }
            let end = w.tree.nodes.len() as u32;
            if let Some(n) = w.tree.nodes.get_mut(node as usize) {
                n.end = end;
            }
        }
        let Some(handle) = pending.pop() else {
            break;
        };
        let parent = open.last().map_or(NONE, |o| o.node);
        seen_nodes += 1;
        if seen_nodes > w.limits.max_dom_nodes {
            return Err(Error::TooManyNodes {
                limit: w.limits.max_dom_nodes,
            });
        }
        match &handle.data {
            NodeData::Document => {
                let mut children = std::mem::take(&mut *handle.children.borrow_mut());
                children.reverse();
                pending.append(&mut children);
            }
            NodeData::Text { contents } => {
                let t = contents.borrow();
                w.layout.push_text(&t, pre_depth > 0, link_depth > 0);
            }
            NodeData::Element { name, attrs, .. } => {
                let tag = &name.local;
                let attrs = attrs.borrow();
                w.meta.element(tag, &attrs, &handle);
                let a = Attrs::read(&attrs);
                let mut display = display_of(tag);
                if !name.ns.is_empty() && name.ns != html5ever::ns!(html) {
                    display = Display::None;
                }
                if display != Display::None && a.hidden() {
                    display = Display::None;
                }
                if *tag == local_name!("br") {
                    if w.layout.ends_with_break() {
                        w.layout.buf.pop();
                        w.flush(caption_depth > 0, false);
                    } else {
                        w.layout.line_break();
                    }
                    continue;
                }
                if display == Display::None {
                    if *tag == local_name!("head") {
                        // The head holds no text, only metadata: its elements are flat.
                        for c in handle.children.borrow().iter() {
                            if let NodeData::Element { name, attrs, .. } = &c.data {
                                w.meta.element(&name.local, &attrs.borrow(), c);
                            }
                        }
                    }
                    continue;
                }
                depth += 1;
                if depth > w.limits.max_depth {
                    return Err(Error::TooDeep {
                        depth,
                        limit: w.limits.max_depth,
                    });
                }
                let block = display == Display::Block;
                let idx = w.tree.nodes.len() as u32;
                // Tokens and evidence.
                let tok_start = w.tree.tokens.len() as u32;
                let mut negative = None;
                let mut flags = 0u16;
                for v in [a.class, a.id].into_iter().flatten() {
                    for t in v.split_ascii_whitespace() {
                        let (neg, tflags) = w.token(t);
                        if negative.is_none() {
                            negative = neg;
                        }
                        flags |= tflags;
                    }
                }
                match *tag {
                    local_name!("article") => flags |= flag::ARTICLE,
                    local_name!("main") => flags |= flag::MAIN,
                    local_name!("nav") => negative = Some("nav"),
                    local_name!("aside") => negative = negative.or(Some("aside")),
                    local_name!("footer") => negative = Some("footer"),
                    local_name!("form") => negative = negative.or(Some("form")),
                    local_name!("header") => flags |= flag::HEADER,
                    _ => {}
                }
                if let Some(role) = a.role {
                    match role.trim().to_ascii_lowercase().as_str() {
                        "main" => flags |= flag::MAIN,
                        "article" => flags |= flag::ARTICLE,
                        "navigation" | "menu" | "menubar" => negative = Some("nav"),
                        "contentinfo" => negative = Some("footer"),
                        "complementary" => negative = negative.or(Some("aside")),
                        "banner" => flags |= flag::HEADER,
                        "dialog" | "alert" | "alertdialog" => negative = Some("dialog"),
                        _ => {}
                    }
                }
                if let Some(p) = a.itemprop {
                    if p.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("articleBody"))
                    {
                        flags |= flag::BODY_PROP;
                    }
                }
                if negative.is_some() {
                    flags |= flag::NEGATIVE;
                }
                let negative_above = if negative.is_some() {
                    idx
                } else if parent == NONE {
                    NONE
                } else {
                    w.tree.nodes[parent as usize].negative_above
                };
                let tok_end = w.tree.tokens.len() as u32;
                w.tree.nodes.push(NodeInfo {
                    parent,
                    end: idx + 1,
                    tag: tag.clone(),
                    flags,
                    negative,
                    negative_above,
                    chars: 0,
                    link_chars: 0,
                    blocks: 0,
                    commas: 0,
                    depth: depth as u32,
                    tok: (tok_start, tok_end),
                });
                if block {
                    // Text laid out so far belongs to the enclosing block.
                    w.flush(caption_depth > 0, false);
                    w.containers.push(idx);
                }
                // A link is an `<a href>` that goes somewhere (not `javascript:`).
                let link = *tag == local_name!("a")
                    && a.href.is_some_and(|h| {
                        !h.trim_start()
                            .get(..11)
                            .is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))
                    });
                let pre = matches!(
                    *tag,
                    local_name!("pre") | local_name!("listing") | local_name!("xmp")
                );
                let caption = matches!(*tag, local_name!("figcaption"));
                if link {
                    link_depth += 1;
                }
                if pre {
                    pre_depth += 1;
                }
                if caption {
                    caption_depth += 1;
                }
                // The walk consumes the tree: the children move into the walk's stack, and each
                // node is freed as soon as it has been visited, so that the DOM shrinks while
                // the document grows (peak memory is the larger of the two, not their sum).
                let mut children = std::mem::take(&mut *handle.children.borrow_mut());
                open.push(Open {
                    base: pending.len(),
                    node: idx,
                    exit: Exit(
                        if block { Exit::BLOCK } else { 0 }
                            | if link { Exit::LINK } else { 0 }
                            | if pre { Exit::PRE } else { 0 }
                            | if caption { Exit::CAPTION } else { 0 }
                            | if *tag == local_name!("h1") {
                                Exit::HEADING1
                            } else {
                                0
                            },
                    ),
                });
                children.reverse();
                pending.append(&mut children);
            }
            _ => {}
        }
    }
    w.flush(false, false);
    // Subtree totals: children come after their parent in document order.
    for i in (1..w.tree.nodes.len()).rev() {
        let (p, chars, links, blocks, commas) = {
            let n = &w.tree.nodes[i];
            (n.parent, n.chars, n.link_chars, n.blocks, n.commas)
        };
        if let Some(pn) = w.tree.nodes.get_mut(p as usize) {
            pn.chars += chars;
            pn.link_chars += links;
            pn.blocks += blocks;
            pn.commas += commas;
        }
    }
    let Walker {
        blocks,
        mut tree,
        meta,
        layout,
        ..
    } = w;
    let mut doc = Document::with_buffer(SourceKind::Html, layout.buf);
    doc.reserve_blocks(blocks.len());
    for (kind, range, span, info, features) in blocks {
        doc.push_block_with_features(kind, range, span, Some(info), features, None);
    }
    metadata::apply(meta, &mut doc, &mut tree);
    doc.set_html_tree(tree);
    Ok(doc)
}

/// Text of an element's subtree, concatenated (used for `<title>` and JSON-LD scripts).
pub(crate) fn subtree_text(h: &Handle) -> String {
    let mut out = String::new();
    let mut stack = vec![h.clone()];
    while let Some(n) = stack.pop() {
        match &n.data {
            NodeData::Text { contents } => out.push_str(&contents.borrow()),
            _ => {
                for c in n.children.borrow().iter().rev() {
                    stack.push(c.clone());
                }
            }
        }
    }
    out
}

/// Collapses HTML white space runs to one space and trims.
pub(crate) fn collapse(s: &str) -> Cow<'_, str> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C'));
    if !t.contains(['\t', '\n', '\r', '\x0C']) && !t.contains("  ") {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether a class/id token marks the article (`story-body`, `article-content`, `post` …)
/// and nothing that sounds like chrome.
pub(crate) fn is_positive_token(token: &str) -> bool {
    let (neg, pos) = classify_token(token);
    neg.is_none() && pos
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    fn texts(html: &str) -> (Document, Vec<String>) {
        let doc = Document::from_html(html, &Limits::default()).expect("parses");
        let t = doc
            .blocks()
            .iter()
            .map(|b| doc.text(b).to_owned())
            .collect();
        (doc, t)
    }

    #[test]
    fn white_space_collapses_whether_a_text_is_copied_whole_or_word_by_word() {
        let (doc, t) = texts(
            "<p>  Une\tphrase \n avec  <a href='/x'>un  lien</a>\r\n</p>\
             <p>Deux mots<br><br>puis\u{a0} la\u{202f}suite</p>\
             <pre>\n\n  a  b\n</pre><p>B,C</p><div>\n   \n</div><p>\u{1}x\u{b}y  </p>",
        );
        assert_eq!(
            t,
            [
                "Une phrase avec un lien",
                "Deux mots",
                "puis\u{a0} la\u{202f}suite",
                "  a  b",
                "B,C",
                "\u{1}x\u{b}y",
            ]
        );
        // Link characters are those of the link's words ("un", "lien"), not the spaces.
        let info = doc.blocks()[0].html.as_ref().expect("html info");
        assert!((info.link_density - 6.0 / 23.0).abs() < 1e-6);
        // Spans index the extracted text: each block's text then one line feed.
        assert_eq!(doc.blocks()[1].span.start, 24);
        assert_eq!(doc.blocks()[2].span.start, 34);
    }

    #[test]
    fn binary_input_is_told_from_its_first_characters_read_as_bytes() {
        // The check as it was written first, one `char` at a time.
        fn by_char(text: &str) -> bool {
            let (mut seen, mut bad) = (0usize, 0usize);
            for c in text.chars().take(4096) {
                seen += 1;
                if (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\x0C')) || c == '\u{FFFD}' {
                    bad += 1;
                }
            }
            !(seen >= 16 && bad * 20 > seen)
        }
        let mut inputs: Vec<String> = vec![
            String::new(),
            "\u{1}\u{2}\u{3}".to_owned(),
            "<p>é</p>\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{b}\u{e}\u{f}".to_owned(),
            "\u{FFFD}".repeat(20),
            format!("{}{}", "a".repeat(19), "\u{1}"),
            format!("{}{}", "a".repeat(18), "\u{1}"),
        ];
        // Around the 4096th character, with characters of one to four bytes before it.
        for fill in ["a", "é", "’", "😀"] {
            for n in [4000usize, 4095, 4096, 4097, 5000] {
                let head = fill.repeat(n);
                inputs.push(format!("{head}{}", "\u{1}".repeat(300)));
                inputs.push(format!("{}{head}", "\u{FFFD}\u{2}".repeat(110)));
                inputs.push(format!("{}{head}", "\u{FFFD}\u{2}".repeat(100)));
            }
        }
        for text in &inputs {
            assert_eq!(check_not_binary(text).is_ok(), by_char(text), "{text:?}");
        }
    }

    #[test]
    fn inline_styles_that_hide() {
        assert!(style_hides("color: red; DISPLAY : None"));
        assert!(style_hides("display:\u{a0}none"));
        assert!(style_hides("Visibility:\n hidden;"));
        assert!(!style_hides("display: block; border: none"));
        // A Cyrillic "е" is not an "e"; a dotted capital I lowers to "i" and a combining dot.
        assert!(!style_hides("display:non\u{435}"));
        assert!(!style_hides("v\u{130}sibility:hidden"));
    }

    #[test]
    fn token_parts_and_the_chrome_word_that_wins() {
        assert_eq!(classify_token("article-body"), (None, true));
        assert_eq!(classify_token("main-nav"), (Some("nav"), false));
        assert_eq!(
            classify_token("article-comments"),
            (Some("comments"), false)
        );
        assert_eq!(classify_token("story\u{e9}share"), (Some("share"), false));
        assert_eq!(classify_token("sidebarwidget"), (Some("sidebar"), false));
        assert_eq!(classify_token("x-1"), (None, false));
    }
}

#[cfg(test)]
mod depth_tests {
    use super::*;
    use proptest::prelude::*;

    // The depth pre-pass as it was before tag names were read as numbers and tags ending
    // right after their name were found without a search.
    fn old_tag_class(name: &[u8]) -> TagClass {
        let mut buf = [0u8; 10];
        let Some(dst) = buf.get_mut(..name.len()) else {
            return TagClass::Nesting;
        };
        dst.copy_from_slice(name);
        dst.make_ascii_lowercase();
        match &*dst {
            b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"plaintext" => {
                TagClass::RawText
            }
            // Void elements.
            b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
            | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"keygen" | b"image"
            // Optional end tags.
            | b"p" | b"li" | b"dt" | b"dd" | b"tr" | b"td" | b"th" | b"option" | b"optgroup"
            | b"tbody" | b"thead" | b"tfoot" | b"colgroup" | b"caption" | b"html" | b"head"
            | b"body" | b"rb" | b"rt" | b"rp" | b"rtc" => TagClass::Flat,
            _ => TagClass::Nesting,
        }
    }

    fn old_check_depth(text: &str, limits: &Limits, tags: usize) -> Result<(), Error> {
        // Every element that nests takes at least three bytes (`<a>`): short pages cannot exceed.
        if text.len() / 3 <= limits.max_depth {
            return Ok(());
        }
        // Nor can a page with fewer start tags than the limit: the scan below only ever opens a
        // level at a `<` followed by a letter or digit, and counting those is a vectorised pass
        // over the bytes, far cheaper than reading the tags.
        if tags <= limits.max_depth {
            return Ok(());
        }
        let html = text.as_bytes();
        let n = html.len();
        let mut depth: usize = 0;
        let mut i = 0;
        // `<` and `>` are ASCII: the byte positions memchr finds are character boundaries.
        while let Some(off) = html.get(i..).and_then(|s| memchr::memchr(b'<', s)) {
            i += off + 1;
            let Some(&c) = html.get(i) else { break };
            if c == b'!' {
                // Comment or doctype: skip to `-->` or `>`.
                if html.get(i..i + 3) == Some(b"!--") {
                    i = find_comment_end(text, i + 3);
                }
                continue;
            }
            let closing = c == b'/';
            let name_start = if closing { i + 1 } else { i };
            let name_len = html.get(name_start..).map_or(0, |s| {
                s.iter().take_while(|c| c.is_ascii_alphanumeric()).count()
            });
            if name_len == 0 {
                continue;
            }
            let name = &html[name_start..name_start + name_len];
            let end = html
                .get(i..)
                .and_then(|s| memchr::memchr(b'>', s))
                .map_or(n, |j| i + j);
            let self_closing = end > 0 && html.get(end - 1) == Some(&b'/');
            let class = old_tag_class(name);
            if class == TagClass::RawText && !closing {
                // Skip the contents of script/style/textarea/title: they hold no tags. Look for
                // `</name` case-insensitively at each `</`.
                i = find_raw_end(text, end, name);
                continue;
            }
            if class != TagClass::Nesting || self_closing {
            } else if closing {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(Error::TooDeep {
                        depth,
                        limit: limits.max_depth,
                    });
                }
            }
            i = end;
        }
        Ok(())
    }

    #[test]
    fn tag_classes_as_numbers() {
        for name in [
            "script",
            "STYLE",
            "TextArea",
            "title",
            "xmp",
            "plaintext",
            "PLAINTEXT",
            "area",
            "br",
            "IMG",
            "keygen",
            "image",
            "p",
            "Li",
            "optgroup",
            "colgroup",
            "caption",
            "html",
            "rtc",
            "a",
            "div",
            "span",
            "blockquote",
            "plaintexts",
            "plaintex",
            "scripts",
            "scrip",
            "x1",
            "h1",
            "table",
            "abcdefghijkl",
            "0",
            "optgroupx",
        ] {
            assert_eq!(
                tag_class(name.as_bytes()),
                old_tag_class(name.as_bytes()),
                "{name}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        /// Markup made of tags, comments, raw text and stray brackets: the same verdict.
        #[test]
        fn the_depth_pre_pass_reads_tags_as_before(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<div>", "</div>", "<DIV class=a>", "<div/>", "<div />", "<p>", "</p>", "<br>",
                    "<li>", "</li>", "<a href='x>y'>", "</a>", "<b>", "</B >", "<!-- <div> -->",
                    "<!--", "-->", "<!doctype html>", "<script>", "</script>", "<script><div></script>",
                    "<textarea>", "</textarea>", "<title>", "<plaintext>", "<xmp>", "</xmp>", "<",
                    ">", "/", "< div>", "</", "<1>", "x", "é", " ", "<span>", "</span", "<table>",
                    "<td>", "<blockquote>", "<img src=a/>", "<section>", "</section>",
                ]),
                0..60,
            ),
            max_depth in 1usize..4,
        ) {
            let html = pieces.concat();
            let limits = Limits { max_depth, ..Limits::default() };
            let tags = start_tag_bound(html.as_bytes());
            let new = check_depth(&html, &limits, tags);
            let old = old_check_depth(&html, &limits, tags);
            prop_assert_eq!(format!("{new:?}"), format!("{old:?}"), "{}", html);
        }
    }
}
