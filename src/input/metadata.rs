//! Page metadata → facts: the title (`<h1>`, `og:title`, `<title>` without the site name),
//! `<meta>` and Open Graph tags, JSON-LD (`headline`, `author`, `datePublished`,
//! `dateModified`, `articleBody`, image `caption` and credit), and `<html lang>`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use html5ever::{local_name, Attribute, LocalName};
use markup5ever_rcdom::Handle;
use serde_json::Value;

use crate::article::Caption;
use crate::document::{BlockKind, Document, HtmlInfo, Span};
use crate::filters::duplicates::PreHashed;
use crate::input::html::{collapse, subtree_text, HtmlTree};
use crate::lang::Language;

/// What the walk gathers for the metadata step.
#[derive(Debug, Default)]
pub(crate) struct MetaCollector {
    lang: Option<String>,
    title: Option<String>,
    /// `<meta>` key (name, property or itemprop, lower-cased) and content, in page order.
    metas: Vec<(String, String)>,
    /// JSON-LD script texts.
    json_ld: Vec<String>,
    /// Text of the first `<h1>`.
    pub h1: Option<String>,
}

/// The `<meta>` keys worth keeping.
const META_KEYS: &[&str] = &[
    "og:title",
    "twitter:title",
    "og:site_name",
    "application-name",
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "article:published_time",
    "article:modified_time",
    "og:updated_time",
    "datepublished",
    "datemodified",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "og:image:alt",
];

impl MetaCollector {
    /// Looks at one element of the page (called for every element, so it returns fast: the
    /// few elements that carry metadata are read out of line).
    #[inline]
    pub fn element(&mut self, tag: &LocalName, attrs: &[Attribute], h: &Handle) {
        if matches!(
            *tag,
            local_name!("html")
                | local_name!("title")
                | local_name!("meta")
                | local_name!("script")
                | local_name!("time")
        ) {
            self.read_element(tag, attrs, h);
        }
    }

    #[inline(never)]
    fn read_element(&mut self, tag: &LocalName, attrs: &[Attribute], h: &Handle) {
        match *tag {
            local_name!("html") => {
                if self.lang.is_none() {
                    self.lang = get(attrs, "lang").map(str::to_owned);
                }
            }
            local_name!("title") => {
                if self.title.is_none() {
                    let t = subtree_text(h);
                    let t = collapse(&t);
                    if !t.is_empty() {
                        self.title = Some(t.into_owned());
                    }
                }
            }
            local_name!("meta") => {
                let key = get(attrs, "property")
                    .or_else(|| get(attrs, "name"))
                    .or_else(|| get(attrs, "itemprop"));
                let content = get(attrs, "content");
                if let (Some(k), Some(c)) = (key, content) {
                    // `property` may list several keys ("dc:creator twitter:site_name");
                    // Dublin Core is written "dc:" as well as "dc.".
                    for k in k.split_whitespace().take(4) {
                        let k = k.to_ascii_lowercase().replacen("dc:", "dc.", 1);
                        if META_KEYS.contains(&k.as_str()) && self.metas.len() < 200 {
                            let c = collapse(c);
                            if !c.is_empty() {
                                self.metas.push((k, c.into_owned()));
                            }
                        }
                    }
                }
            }
            local_name!("script") => {
                if get(attrs, "type").is_some_and(crate::input::parse::is_json_ld)
                    && self.json_ld.len() < 50
                {
                    self.json_ld.push(subtree_text(h));
                }
            }
            local_name!("time") => {
                if let (Some(p), Some(d)) = (get(attrs, "itemprop"), get(attrs, "datetime")) {
                    let p = p.trim().to_ascii_lowercase();
                    if p == "datepublished" || p == "datemodified" {
                        self.metas.push((p, d.trim().to_owned()));
                    }
                }
            }
            _ => {}
        }
    }

    fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn get<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|a| &*a.name.local == name)
        .map(|a| &*a.value)
}

/// What the JSON-LD of the page says about its article.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    body: Option<String>,
    captions: Vec<Caption>,
    credits: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "Review",
    "WebPage",
];

fn type_rank(v: &Value) -> Option<usize> {
    let t = v.get("@type")?;
    let names: Vec<&str> = match t {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    names
        .iter()
        .filter_map(|n| ARTICLE_TYPES.iter().position(|t| t == n))
        .min()
}

fn names_of(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            let s = collapse(s);
            if !s.is_empty() && !s.starts_with("http") && s.len() < 120 {
                out.push(s.into_owned());
            }
        }
        Value::Array(a) => a.iter().take(20).for_each(|x| names_of(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name") {
                names_of(n, out);
            }
        }
        _ => {}
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => {
            let s = collapse(s);
            (!s.is_empty()).then(|| s.into_owned())
        }
        Value::Array(a) => str_of(a.first()),
        _ => None,
    }
}

fn read_json_ld(scripts: &[String]) -> JsonLd {
    let mut out = JsonLd::default();
    let mut best: Option<(usize, Value)> = None;
    for s in scripts {
        // Some pages wrap the JSON in HTML comments or CDATA markers.
        let s = s
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim_start_matches("//<![CDATA[")
            .trim_end_matches("//]]>")
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>");
        let Ok(v) = serde_json::from_str::<Value>(s) else {
            continue;
        };
        // Walk arrays and @graph without recursion.
        let mut stack = vec![v];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 1000 {
                break;
            }
            match v {
                Value::Array(a) => stack.extend(a),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    let v = Value::Object(o);
                    if let Some(r) = type_rank(&v) {
                        let better = best.as_ref().is_none_or(|(br, bv)| {
                            r < *br
                                || (r == *br
                                    && bv.get("articleBody").is_none()
                                    && v.get("articleBody").is_some())
                        });
                        if better {
                            best = Some((r, v));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let Some((_, v)) = best else { return out };
    out.headline = str_of(v.get("headline")).or_else(|| str_of(v.get("name")));
    if let Some(a) = v.get("author") {
        names_of(a, &mut out.authors);
    }
    out.published = str_of(v.get("datePublished")).and_then(|d| iso_date(&d));
    out.modified = str_of(v.get("dateModified")).and_then(|d| iso_date(&d));
    out.body = v
        .get("articleBody")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(img) = v.get("image") {
        let imgs: Vec<&Value> = match img {
            Value::Array(a) => a.iter().take(10).collect(),
            o => vec![o],
        };
        for i in imgs {
            let mut credit = str_of(i.get("creditText"));
            if credit.is_none() {
                let mut names = Vec::new();
                if let Some(c) = i.get("copyrightHolder").or_else(|| i.get("author")) {
                    names_of(c, &mut names);
                }
                credit = names.into_iter().next();
            }
            if let Some(c) = &credit {
                if !out.credits.contains(c) {
                    out.credits.push(c.clone());
                }
            }
            if let Some(cap) = str_of(i.get("caption")).or_else(|| str_of(i.get("description"))) {
                out.captions.push(Caption::new(cap, credit));
            }
        }
    }
    out
}

/// A date as ISO 8601: `2019-12-09 09:08:21+01:00` (RFC 3339's space) becomes
/// `2019-12-09T09:08:21+01:00`; anything that does not start with `YYYY-MM-DD` is refused.
fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    if !is_iso_date(s) {
        return None;
    }
    let b = s.as_bytes();
    if b.len() > 11 && b[10] == b' ' && b[11].is_ascii_digit() {
        Some(format!("{}T{}", &s[..10], &s[11..]))
    } else {
        Some(s.to_owned())
    }
}

/// `YYYY-MM-DD…`.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// `<title>` without the site name: the longest part between separators, unless a part is the
/// declared site name.
fn clean_title(title: &str, site: Option<&str>) -> String {
    for sep in TITLE_SEPARATORS {
        if title.contains(sep) {
            let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
            let kept: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| site.is_none_or(|s| !p.eq_ignore_ascii_case(s)))
                .collect();
            if kept.len() == 1 {
                return kept[0].to_owned();
            }
            if let Some(best) = kept.iter().max_by_key(|p| p.chars().count()) {
                return (*best).to_owned();
            }
        }
    }
    title.to_owned()
}

/// Whether one of the separator-delimited parts of `<title>` is `h1` (a short headline next to
/// a longer site name: "Un titre - Le Journal").
fn title_has_part(title: &str, h1: &str) -> bool {
    TITLE_SEPARATORS
        .iter()
        .any(|sep| title.contains(sep) && title.split(sep).any(|p| same(p.trim(), h1)))
}

fn same(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty()
        && (a == b || (a.len() > 20 && b.starts_with(&a)) || (b.len() > 20 && a.starts_with(&b)))
}

/// What [`shingles`] does with a byte: an ASCII letter or digit gives its lower case (its own
/// code point), any other ASCII byte 0 (it ends a word), and a byte of a multi-byte character
/// [`NOT_ASCII`] (the character is read whole).
const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c >= 0x80 {
            t[b] = NOT_ASCII;
        } else if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// [`BYTE_CLASS`] of the bytes of multi-byte characters (no ASCII letter or digit is 1).
const NOT_ASCII: u8 = 1;

/// Word 4-gram hashes of `text` (lower-cased alphanumeric words).
///
/// Words are hashed with 64-bit FNV-1a over their lower-cased characters and four word hashes
/// are mixed into one: no hasher state per word, no allocation. The shingles are compared as
/// sets of 64-bit values, where a collision is rarer than one in 10^15 pairs.
fn shingles(text: &str, mut f: impl FnMut(u64)) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    // The last four word hashes, oldest first, and how many words were seen (up to 4).
    let mut window: [u64; 4] = [0; 4];
    let mut n = 0usize;
    let mut end_word = |h: u64, n: &mut usize, window: &mut [u64; 4]| {
        *window = [window[1], window[2], window[3], h];
        if *n < 3 {
            *n += 1;
            return;
        }
        let mut s = OFFSET;
        for &w in window.iter() {
            s = (s ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            s ^= s >> 29;
        }
        f(s);
    };
    // ASCII bytes are read as they are (a table gives the lower case of letters and digits),
    // and so are the Latin-1 letters and the general punctuation of French text (’ « » – …);
    // other characters are decoded where they start.
    let bytes = text.as_bytes();
    let mut h = OFFSET;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = BYTE_CLASS[b as usize];
        if c > NOT_ASCII {
            // A run of ASCII letters and digits, read in a loop of its own.
            h = (h ^ u64::from(c)).wrapping_mul(PRIME);
            in_word = true;
            i += 1;
            while let Some(&b) = bytes.get(i) {
                let c = BYTE_CLASS[usize::from(b)];
                if c <= NOT_ASCII {
                    break;
                }
                h = (h ^ u64::from(c)).wrapping_mul(PRIME);
                i += 1;
            }
            continue;
        }
        if c == 0 {
            if in_word {
                end_word(h, &mut n, &mut window);
                h = OFFSET;
                in_word = false;
            }
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let (alnum, len) = match b {
            // U+00C0–U+00FF: letters but × and ÷; capitals are 0x20 below their small letter.
            0xC3 if next != 0x97 && next != 0xB7 => {
                let c = 0xC0 + u32::from(next & 0x3F);
                let lower = if c < 0xDF { c + 0x20 } else { c };
                h = (h ^ u64::from(lower)).wrapping_mul(PRIME);
                (true, 2)
            }
            // No-break space, « and »; U+2000–U+206F: spaces, dashes, quotes, ellipsis.
            0xC2 if matches!(next, 0xA0 | 0xAB | 0xBB) => (false, 2),
            0xE2 if next == 0x80
                || (next == 0x81 && bytes.get(i + 2).is_some_and(|&c| c < 0xB0)) =>
            {
                (false, 3)
            }
            _ => {
                let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
                let alnum = c.is_alphanumeric();
                if alnum {
                    for l in c.to_lowercase() {
                        h = (h ^ u64::from(u32::from(l))).wrapping_mul(PRIME);
                    }
                }
                (alnum, c.len_utf8().max(1))
            }
        };
        if alnum {
            in_word = true;
        } else if in_word {
            end_word(h, &mut n, &mut window);
            h = OFFSET;
            in_word = false;
        }
        i += len;
    }
    if in_word {
        end_word(h, &mut n, &mut window);
    }
}

/// Fills the facts and the structured-data evidence from what the walk gathered.
pub(crate) fn apply(meta: MetaCollector, doc: &mut Document, tree: &mut HtmlTree) {
    if let Some(l) = meta.lang.as_deref().map(Language::from_code) {
        if l != Language::Unknown {
            doc.set_language(l);
        }
    }
    let ld = read_json_ld(&meta.json_ld);
    let site = meta
        .meta("og:site_name")
        .or_else(|| meta.meta("application-name"));
    let og = meta
        .meta("og:title")
        .or_else(|| meta.meta("twitter:title"))
        .map(|t| clean_title(t, site));
    let cleaned = meta.title.as_deref().map(|t| clean_title(t, site));
    let h1 = meta.h1.as_deref();
    let title = match h1 {
        Some(h)
            if [og.as_deref(), ld.headline.as_deref(), cleaned.as_deref()]
                .iter()
                .flatten()
                .any(|t| same(h, t))
                || meta.title.as_deref().is_some_and(|t| title_has_part(t, h)) =>
        {
            Some(h.to_owned())
        }
        _ => og
            .or(ld.headline.clone())
            .or(cleaned)
            .or_else(|| h1.map(str::to_owned)),
    };
    let facts = doc.facts_mut();
    if facts.title.is_none() {
        facts.title = title;
    }
    // Author values that are not names (a placeholder, a URL, the site's name, a catalogue's
    // "Last, First") are dropped; the next source, or the byline printed on the page, fills in.
    let mut authors: Vec<String> = ld
        .authors
        .iter()
        .filter_map(|a| crate::filters::facts::metadata_name(a, site))
        .collect();
    if authors.is_empty() {
        for key in [
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "parsely-author",
            "sailthru.author",
        ] {
            for (k, v) in &meta.metas {
                if k == key {
                    if let Some(v) = crate::filters::facts::metadata_name(v, site) {
                        if !authors.contains(&v) {
                            authors.push(v);
                        }
                    }
                }
            }
            if !authors.is_empty() {
                break;
            }
        }
    }
    for a in authors {
        if !facts.bylines.contains(&a) {
            facts.bylines.push(a);
        }
    }
    let published = ld.published.or_else(|| {
        [
            "article:published_time",
            "datepublished",
            "dc.date.issued",
            "dc.date",
            "pubdate",
            "publishdate",
            "date",
        ]
        .iter()
        .find_map(|k| meta.meta(k).and_then(iso_date))
    });
    let updated = ld.modified.or_else(|| {
        ["article:modified_time", "datemodified", "og:updated_time"]
            .iter()
            .find_map(|k| meta.meta(k).and_then(iso_date))
    });
    if facts.published.is_none() {
        facts.published = published;
    }
    if facts.updated.is_none() {
        facts.updated = updated;
    }
    facts.captions.extend(ld.captions);
    for c in ld.credits {
        if !facts.credits.contains(&c) {
            facts.credits.push(c);
        }
    }
    if let Some(body) = ld.body {
        structured_body(doc, tree, &body);
    }
}

/// Marks the blocks whose text is in the JSON-LD `articleBody` and records how much of it the
/// page shows. When the page shows almost none of it (the body is drawn by scripts), the
/// `articleBody` paragraphs become blocks of their own, at the end of the document.
fn structured_body(doc: &mut Document, tree: &mut HtmlTree, body: &str) {
    if body.chars().count() < 200 {
        return;
    }
    // The body's shingles, each with whether it was seen in a block.
    // Shingles are hashes already: the map uses them as they are. A word takes six bytes or
    // so in French or English prose: sized for that, the map is not grown shingle by shingle.
    let mut found: HashMap<u64, bool, BuildHasherDefault<PreHashed>> =
        HashMap::with_capacity_and_hasher(body.len() / 5, Default::default());
    shingles(body, |h| {
        found.insert(h, false);
    });
    if found.is_empty() {
        return;
    }
    let mut marks = Vec::new();
    for b in doc.blocks() {
        // A block of fewer than four words has no 4-gram (`Features::words` counts the same
        // alphanumeric runs as `shingles`): menus and link lists are skipped unread.
        if b.features.words < 4 {
            continue;
        }
        let mut all = 0usize;
        let mut hit = 0usize;
        shingles(doc.text(b), |h| {
            all += 1;
            if let Some(seen) = found.get_mut(&h) {
                hit += 1;
                *seen = true;
            }
        });
        if all > 0 && hit * 2 >= all {
            marks.push(b.id);
        }
    }
    let coverage = found.values().filter(|&&f| f).count() as f32 / found.len() as f32;
    tree.structured_coverage = Some(coverage);
    for id in marks {
        if let Some(info) = doc.html_info_mut(id) {
            info.structured = true;
        }
    }
    if coverage < 0.2 {
        let mut offset = doc.blocks().last().map_or(0, |b| b.span.end + 1);
        for para in body.split(['\n', '\r']) {
            let p = collapse(para);
            if p.is_empty() {
                continue;
            }
            let span = Span::new(offset, offset + p.len());
            offset += p.len() + 1;
            let info = HtmlInfo {
                link_density: 0.0,
                depth: 0,
                node: 0,
                structured: true,
                from_json_ld: true,
            };
            doc.push_block(BlockKind::Paragraph, &p, span, Some(info));
        }
        tree.structured_coverage = Some(1.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `shingles` as it was written first, one `char` at a time.
    fn shingles_by_char(text: &str) -> Vec<u64> {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let mut words = Vec::new();
        let mut h = OFFSET;
        let mut in_word = false;
        for c in text.chars() {
            if c.is_alphanumeric() {
                in_word = true;
                for l in c.to_lowercase() {
                    h = (h ^ u64::from(u32::from(l))).wrapping_mul(PRIME);
                }
            } else if in_word {
                words.push(h);
                h = OFFSET;
                in_word = false;
            }
        }
        if in_word {
            words.push(h);
        }
        words
            .windows(4)
            .map(|w| {
                w.iter().fold(OFFSET, |s, &x| {
                    let s = (s ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                    s ^ (s >> 29)
                })
            })
            .collect()
    }

    #[test]
    fn shingles_read_bytes_as_the_characters_say() {
        for text in [
            "Le Drian a ainsi fait savoir : « Nous sommes prêts » (AFP), à Moscou.",
            "ÉTAT D’URGENCE À L’ÎLE-DE-FRANCE — 12\u{a0}000 ÉLÈVES, İstanbul ǅ ß ﬁ 東京 …",
            "×÷ ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ «x» ª µ º ² ¼ ‰ ⁰ ⁱ ⁿ ⁄ x",
            "one two three",
            "one two three four five",
            "",
            "   ,,, ",
        ] {
            let mut got = Vec::new();
            shingles(text, |h| got.push(h));
            assert_eq!(got, shingles_by_char(text), "{text}");
        }
        let mut n = 0;
        shingles("un deux trois quatre cinq", |_| n += 1);
        assert_eq!(n, 2);
    }

    #[test]
    fn title_loses_the_site_name() {
        assert_eq!(
            clean_title("Le Drian à Moscou | RTL", Some("RTL")),
            "Le Drian à Moscou"
        );
        assert_eq!(
            clean_title("Un titre assez long pour gagner - Le Site", None),
            "Un titre assez long pour gagner"
        );
    }

    #[test]
    fn dates_become_iso_8601() {
        assert_eq!(
            iso_date("2019-12-09 09:08:21+01:00").as_deref(),
            Some("2019-12-09T09:08:21+01:00")
        );
        assert_eq!(iso_date(" 2024-03-01 ").as_deref(), Some("2024-03-01"));
        assert_eq!(iso_date("9 décembre 2019"), None);
    }

    #[test]
    fn json_ld_in_cdata_markers() {
        let ld = read_json_ld(&[
            "\n  <![CDATA[\n  {\"@type\":\"NewsArticle\",\"datePublished\":\"2015-10-15T02:19:15.607Z\"}\n  ]]>\n"
                .to_owned(),
        ]);
        assert_eq!(ld.published.as_deref(), Some("2015-10-15T02:19:15.607Z"));
    }

    #[test]
    fn json_ld_graph_and_authors() {
        let s = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
            {"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Anne Dupont"},"Paul Martin"],
             "datePublished":"2024-03-01T10:00:00+01:00","image":{"@type":"ImageObject","caption":"Une photo","creditText":"AFP"}}]}"#;
        let ld = read_json_ld(&[s.to_owned()]);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.authors, ["Anne Dupont", "Paul Martin"]);
        assert_eq!(ld.published.as_deref(), Some("2024-03-01T10:00:00+01:00"));
        assert_eq!(ld.captions[0].credit.as_deref(), Some("AFP"));
    }
}

#[cfg(test)]
mod title_part_tests {
    use super::title_has_part;

    #[test]
    fn a_short_headline_beside_a_longer_site_name() {
        assert!(title_has_part("Un titre - Le Journal", "Un titre"));
        assert!(title_has_part("Le Journal | Un titre", "Un titre"));
        assert!(!title_has_part("Un titre", "Un titre"));
        assert!(!title_has_part("Autre chose - Le Journal", "Un titre"));
    }
}
