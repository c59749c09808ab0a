//! Main-content extraction for HTML pages from DOM evidence.
//!
//! The evidence, strongest first:
//!
//! 1. structured data: blocks whose text is in the page's JSON-LD `articleBody`, or an element
//!    marked `itemprop="articleBody"`;
//! 2. a Readability-style choice of the element that holds the article: each paragraph scores
//!    its ancestors (more for commas and length), scores are weighed by the element's tag,
//!    its class/id tokens (`article`, `content` … up; `comment`, `sidebar` … down) and
//!    `<article>`/`<main>`, and cut by its link density; the best element, raised to a common
//!    ancestor when other strong candidates share one, is kept with the siblings that score
//!    close to it;
//! 3. inside the kept element, subtrees whose tokens or tag mark page chrome (`nav`, `share`,
//!    `related`, `newsletter`, `aside` …), link-dense blocks and link-dense lists go;
//! 4. when no element stands out (a flat page), blocks are classified jusText-style by length,
//!    link density and stopword density, with short blocks between good ones kept.
//!
//! Every removed block gets a reason: [`Reason::Markup`] with the token, [`Reason::LinkDensity`],
//! [`Reason::LowTextDensity`], [`Reason::BeforeArticle`] or [`Reason::AfterArticle`]. The
//! language rule tables of the text path (`line-rules`) run after this filter and catch what is
//! left.

use std::borrow::Cow;

use html5ever::{local_name, LocalName};

use crate::document::{BlockKind, Document, FactKind, Reason, SourceKind};
use crate::error::BoxError;
use crate::input::html::{flag, HtmlTree, NONE};
use crate::pipeline::Filter;

/// Keeps the article of an HTML page and removes the rest, from DOM evidence (see the
/// [module docs](self)). Does nothing on text dumps.
///
/// ```
/// use newsclean::Pipeline;
/// let page = r#"<html><body>
///   <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
///   <article><h1>Un titre</h1>
///     <p>Les deux ministres se sont retrouvés à Moscou, mardi, pour une longue séance de travail.</p>
///     <p>Ils ont parlé de la Syrie, de l'Ukraine et du renseignement, selon leurs entourages.</p>
///     <div class="share-buttons">Partager sur Facebook</div>
///   </article>
///   <footer>© 2024 Le Journal</footer></body></html>"#;
/// let a = Pipeline::french().clean_html(page)?;
/// assert_eq!(a.title.as_deref(), Some("Un titre"));
/// assert_eq!(a.paragraphs.len(), 2);
/// assert!(a.removed().iter().any(|r| r.reason.code() == "markup:share"));
/// # Ok::<(), newsclean::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DomContent;

/// Keywords that stay evidence even on large wrappers.
const ALWAYS_NEGATIVE: &[&str] = &[
    "comment", "comments", "disqus", "footer", "cookie", "consent", "legends",
];

struct Ctx<'a> {
    tree: &'a HtmlTree,
    /// Nearest effective chrome ancestor (self included), per element.
    neg_above: Vec<u32>,
}

impl Ctx<'_> {
    fn link_density(&self, i: u32) -> f32 {
        let n = &self.tree.nodes[i as usize];
        if n.chars == 0 {
            0.0
        } else {
            n.link_chars as f32 / n.chars as f32
        }
    }
}

// Tag names are compared as atoms (one integer comparison each), not as strings.
fn tag_weight(tag: &LocalName) -> f32 {
    match *tag {
        local_name!("div")
        | local_name!("article")
        | local_name!("main")
        | local_name!("section") => 5.0,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => 3.0,
        local_name!("address")
        | local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("dd")
        | local_name!("dt")
        | local_name!("li")
        | local_name!("form") => -3.0,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("th") => -5.0,
        _ => 0.0,
    }
}

/// `<html>` or `<body>`: the scores and climbs stop there.
fn is_root(tag: &LocalName) -> bool {
    matches!(*tag, local_name!("html") | local_name!("body"))
}

impl Filter for DomContent {
    fn name(&self) -> &str {
        "dom-content"
    }

    fn applies_to(&self, doc: &Document) -> bool {
        doc.source_kind() == SourceKind::Html && doc.html_tree().is_some()
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        let decisions = match doc.html_tree() {
            Some(tree) if !tree.nodes.is_empty() => decide(doc, tree),
            _ => return Ok(()),
        };
        // Most blocks of a page go (menus, comment threads, footers): the removal records are
        // sized once.
        doc.reserve_removed(decisions.len());
        for (id, reason) in decisions {
            doc.remove(id, reason);
        }
        Ok(())
    }
}

/// Commas in `text`: `,`, and the full-width comma and ideographic comma of CJK text.
fn commas(text: &str) -> usize {
    let b = text.as_bytes();
    // ASCII commas are counted on the bytes; the two others (U+FF0C `EF BC 8C` and U+3001
    // `E3 80 81`) are looked for only in text that has their lead bytes.
    let ascii = b.iter().filter(|&&c| c == b',').count();
    if memchr::memchr2(0xEF, 0xE3, b).is_none() {
        return ascii;
    }
    ascii
        + text
            .chars()
            .filter(|c| matches!(c, '\u{FF0C}' | '\u{3001}'))
            .count()
}

fn decide(doc: &Document, tree: &HtmlTree) -> Vec<(usize, Reason)> {
    let nodes = &tree.nodes;
    let n = nodes.len();
    let page_chars = nodes[0].chars.max(1) as f32;
    // Effective chrome marks: a keyword on a wrapper that holds most of the page, or on an
    // element that also says it is the article, is not evidence.
    let mut neg_above = vec![NONE; n];
    for i in 0..n {
        let node = &nodes[i];
        let eff = node.negative.is_some_and(|k| {
            if is_root(&node.tag) {
                return false;
            }
            if ALWAYS_NEGATIVE.contains(&k) {
                return node.flags & (flag::ARTICLE | flag::MAIN | flag::BODY_PROP) == 0;
            }
            // A wrapper of much of the page's running text is not chrome, whatever its name.
            let prose = node.chars as f32 >= 0.3 * page_chars
                && node.link_chars as f32 <= 0.25 * node.chars as f32;
            node.flags & (flag::POSITIVE | flag::ARTICLE | flag::MAIN | flag::BODY_PROP) == 0
                && (node.chars as f32) < 0.6 * page_chars
                && !prose
        });
        neg_above[i] = if eff {
            i as u32
        } else if node.parent != NONE {
            neg_above[node.parent as usize]
        } else {
            NONE
        };
    }
    let cx = Ctx { tree, neg_above };

    if !doc.body().any(|(b, _)| b.html.is_some()) {
        return Vec::new();
    }

    // 1. Structured data appended as blocks: keep exactly those.
    let appended = doc
        .body()
        .any(|(b, _)| b.html.as_ref().is_some_and(|h| h.from_json_ld));
    if appended {
        return doc
            .body()
            .filter(|(b, _)| !b.html.as_ref().is_some_and(|h| h.from_json_ld))
            .map(|(b, _)| {
                (
                    b.id,
                    Reason::Markup(Cow::Borrowed("outside-json-ld-articlebody")),
                )
            })
            .collect();
    }

    // 2. Readability-style scores.
    let mut score = vec![f32::NAN; n];
    let init = |i: usize, score: &mut Vec<f32>| {
        if score[i].is_nan() {
            let node = &nodes[i];
            let mut s = tag_weight(&node.tag);
            if node.flags & flag::POSITIVE != 0 {
                s += 25.0;
            }
            if cx.neg_above[i] == i as u32 {
                s -= 25.0;
            }
            if node.flags & flag::ARTICLE != 0 {
                s += 10.0;
            }
            if node.flags & flag::MAIN != 0 {
                s += 5.0;
            }
            score[i] = s;
        }
    };
    let mut structured_blocks = Vec::new();
    for (b, t) in doc.body() {
        let Some(h) = b.html.as_ref() else { continue };
        if h.structured {
            structured_blocks.push(b.id);
        }
        if !matches!(
            b.kind,
            BlockKind::Paragraph
                | BlockKind::Preformatted
                | BlockKind::TableCell
                | BlockKind::BlockQuote
        ) {
            continue;
        }
        let chars = b.features.chars;
        if chars < 25 || h.link_density > 0.5 {
            continue;
        }
        let node = h.node as u32;
        if cx.neg_above[node as usize] != NONE {
            continue;
        }
        let mut s = 1.0 + commas(t) as f32 + (chars as f32 / 100.0).min(3.0);
        if h.structured {
            s *= 3.0;
        }
        // The block's own element when it is a paragraph-like element; its ancestors after.
        let mut cur = nodes[node as usize].parent;
        if !matches!(
            nodes[node as usize].tag,
            local_name!("p") | local_name!("pre") | local_name!("td") | local_name!("blockquote")
        ) {
            cur = node;
        }
        for level in 0..5 {
            if cur == NONE {
                break;
            }
            if is_root(&nodes[cur as usize].tag) {
                break;
            }
            init(cur as usize, &mut score);
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[cur as usize] += s / div;
            cur = nodes[cur as usize].parent;
        }
    }
    for (i, s) in score.iter_mut().enumerate() {
        if !s.is_nan() {
            *s *= 1.0 - cx.link_density(i as u32);
        }
    }
    let mut order: Vec<u32> = (0..n as u32)
        .filter(|&i| !score[i as usize].is_nan())
        .collect();
    order.sort_by(|a, b| score[*b as usize].total_cmp(&score[*a as usize]));

    let mut keep_roots: Vec<u32> = Vec::new();
    // Elements marked `itemprop="articleBody"` (some pages mark each paragraph), outermost
    // only; they count when they hold a real text together.
    let mut prop_roots: Vec<u32> = Vec::new();
    let mut i = 0;
    while i < n {
        if nodes[i].flags & flag::BODY_PROP != 0 && nodes[i].chars > 0 {
            prop_roots.push(i as u32);
            i = (nodes[i].end as usize).max(i + 1);
        } else {
            i += 1;
        }
    }
    let prop_chars: u32 = prop_roots.iter().map(|&r| nodes[r as usize].chars).sum();
    if prop_chars < 200 {
        prop_roots.clear();
    }
    let structured_ok =
        tree.structured_coverage.is_some_and(|c| c >= 0.5) && !structured_blocks.is_empty();

    let mut structured_nodes: Vec<u32> = structured_blocks
        .iter()
        .map(|&id| node_of(doc, id))
        .collect();
    structured_nodes.sort_unstable();
    keep_roots.extend(prop_roots.iter().copied());

    if keep_roots.is_empty() {
        let Some(&top0) = order.first() else {
            return fallback(doc, &cx);
        };
        let mut top = top0;
        let top_score = score[top as usize];
        // Other strong candidates sharing an ancestor with the top one.
        let alts: Vec<u32> = order
            .iter()
            .skip(1)
            .take(4)
            .copied()
            .filter(|&c| {
                score[c as usize] >= 0.75 * top_score
                    && !tree.contains(top, c)
                    && !tree.contains(c, top)
            })
            .collect();
        if alts.len() >= 2 {
            let mut a = nodes[top as usize].parent;
            while a != NONE {
                if is_root(&nodes[a as usize].tag) {
                    break;
                }
                if alts.iter().filter(|&&c| tree.contains(a, c)).count() >= 2 {
                    top = a;
                    break;
                }
                a = nodes[a as usize].parent;
            }
        }
        // Climb while the parent scores better, or holds the same text.
        let mut last = score[top as usize];
        let mut p = nodes[top as usize].parent;
        while p != NONE {
            if is_root(&nodes[p as usize].tag) {
                break;
            }
            if nodes[p as usize].chars == nodes[top as usize].chars {
                // A pure wrapper: it inherits the score.
                let ts = score[top as usize];
                let sp = &mut score[p as usize];
                if sp.is_nan() || *sp < ts {
                    *sp = ts;
                }
                last = last.max(ts);
                top = p;
                p = nodes[p as usize].parent;
                continue;
            }
            let ps = score[p as usize];
            if ps.is_nan() {
                p = nodes[p as usize].parent;
                continue;
            }
            if ps < last / 3.0 {
                break;
            }
            if ps > last {
                top = p;
                break;
            }
            last = ps;
            p = nodes[p as usize].parent;
        }
        // A close ancestor that scores nearly as well holds more of the article (text split
        // over several containers).
        {
            let ts = score[top0 as usize];
            let mut a = nodes[top as usize].parent;
            let mut steps = 0;
            let mut best = None;
            while a != NONE && steps < 4 {
                if is_root(&nodes[a as usize].tag) {
                    break;
                }
                let sa = score[a as usize];
                if !sa.is_nan()
                    && sa >= 0.75 * ts
                    && cx.link_density(a) < 0.25
                    && cx.neg_above[a as usize] == NONE
                {
                    best = Some(a);
                }
                a = nodes[a as usize].parent;
                steps += 1;
            }
            if let Some(b) = best {
                top = b;
            }
        }
        let top_score = if score[top as usize].is_nan() {
            top_score
        } else {
            score[top as usize]
        };
        // Siblings that score close to the top one, or that read as paragraphs.
        let parent = nodes[top as usize].parent;
        if parent == NONE {
            keep_roots.push(top);
        } else {
            let threshold = (top_score * 0.2).max(10.0);
            let top_tokens: Vec<&str> = tree.tokens_of(top).collect();
            let mut c = parent + 1;
            let end = nodes[parent as usize].end;
            while c < end {
                let node = &nodes[c as usize];
                let mut ok = c == top;
                // With structured data that covers the article, a sibling must hold some of
                // its text.
                let allowed = !structured_ok || {
                    // Structured blocks' elements, sorted: is one of them in `c`'s subtree?
                    let k = structured_nodes.partition_point(|&sn| sn < c);
                    structured_nodes
                        .get(k)
                        .is_some_and(|&sn| tree.contains(c, sn))
                };
                if !ok && allowed && cx.neg_above[c as usize] == NONE && node.chars > 0 {
                    let mut s = if score[c as usize].is_nan() {
                        0.0
                    } else {
                        score[c as usize]
                    };
                    if !top_tokens.is_empty() && tree.tokens_of(c).eq(top_tokens.iter().copied()) {
                        s += top_score * 0.2;
                    }
                    let ld = cx.link_density(c);
                    let tag = &node.tag;
                    if s >= threshold {
                        ok = true;
                    } else if *tag == local_name!("p")
                        || (node.blocks == 1 && *tag == local_name!("div"))
                    {
                        ok = (node.chars > 80 && ld < 0.25)
                            || (node.chars <= 80 && node.chars > 20 && ld == 0.0);
                    }
                }
                if ok {
                    keep_roots.push(c);
                }
                c = node.end.max(c + 1);
            }
        }
        // The article split over containers of the same kind elsewhere in the page
        // (`story-body-1` … `story-body-2`): strong candidates that share an article-like class
        // token with the top one join it.
        let top_tokens: Vec<&str> = tree
            .tokens_of(top)
            .filter(|t| crate::input::html::is_positive_token(t))
            .collect();
        if !top_tokens.is_empty() {
            let min = score[top0 as usize] * 0.2;
            for &c in order.iter().take(10) {
                if keep_roots
                    .iter()
                    .any(|&r| tree.contains(r, c) || tree.contains(c, r))
                    || cx.neg_above[c as usize] != NONE
                    || score[c as usize] < min
                    || cx.link_density(c) > 0.25
                {
                    continue;
                }
                if tree.tokens_of(c).any(|t| top_tokens.contains(&t)) {
                    keep_roots.push(c);
                }
            }
        }
    }

    if keep_roots.is_empty() {
        return fallback(doc, &cx);
    }
    let extend = !structured_ok;
    classify(doc, &cx, &keep_roots, extend)
}

fn node_of(doc: &Document, id: usize) -> u32 {
    doc.block(id)
        .and_then(|b| b.html.as_ref())
        .map_or(0, |h| h.node as u32)
}

/// Removes what is outside the kept elements, and chrome inside them.
fn classify(doc: &Document, cx: &Ctx<'_>, roots: &[u32], extend: bool) -> Vec<(usize, Reason)> {
    let tree = cx.tree;
    let nodes = &tree.nodes;
    // The kept elements are disjoint subtrees (each one added is checked against those
    // before it): sorted by start, the one that may hold a node is the last that starts at or
    // before it (a binary search, not a scan of the roots per block).
    let mut sorted_roots = roots.to_vec();
    sorted_roots.sort_unstable();
    sorted_roots.dedup();
    let root_of = |node: u32| {
        let k = sorted_roots.partition_point(|&r| r <= node);
        k.checked_sub(1)
            .and_then(|k| sorted_roots.get(k))
            .copied()
            .filter(|&r| tree.contains(r, node))
    };
    // Link-dense lists and containers inside the kept elements: whole subtrees go.
    let mut first_kept = None;
    let mut last_kept = None;
    let mut verdicts: Vec<(usize, Option<Reason>)> = Vec::new();
    for (b, _) in doc.body() {
        let Some(h) = b.html.as_ref() else { continue };
        let node = h.node as u32;
        let neg = cx.neg_above.get(node as usize).copied().unwrap_or(NONE);
        let reason = match root_of(node) {
            None => Some(outside_reason(cx, node, h.link_density)),
            Some(r) => {
                if neg != NONE && neg > r && !prose_section(cx, neg) {
                    Some(Reason::Markup(Cow::Borrowed(
                        nodes[neg as usize].negative.unwrap_or("chrome"),
                    )))
                } else if h.link_density >= 0.6
                    && b.features.chars < 400
                    && !matches!(b.kind, BlockKind::TableCell | BlockKind::Heading(_))
                {
                    Some(Reason::LinkDensity)
                } else if let Some(list) = link_list(cx, node, r) {
                    let _ = list;
                    Some(Reason::LinkDensity)
                } else {
                    None
                }
            }
        };
        // Text the page's structured data gives as the article body stays, unless chrome
        // evidence says otherwise.
        let reason = match reason {
            Some(Reason::LowTextDensity) if h.structured => None,
            r => r,
        };
        if reason.is_none() {
            first_kept.get_or_insert(b.id);
            last_kept = Some(b.id);
        }
        verdicts.push((b.id, reason));
    }
    let (Some(mut first), Some(mut last)) = (first_kept, last_kept) else {
        return Vec::new();
    };
    // Running text right before or after the kept element (a lead paragraph in its own
    // container, a last paragraph after an inline ad) joins the article: a reader sees one
    // stretch of prose. Only blocks with no chrome evidence, a few short ones skipped.
    let prose = |id: usize, min: usize| {
        doc.block(id).is_some_and(|b| {
            let t = doc
                .text(b)
                .trim_end_matches(['»', '"', '”', '’', '\'', ')', ' ']);
            let ld = b.html.as_ref().map_or(0.0, |h| h.link_density);
            matches!(
                b.kind,
                BlockKind::Paragraph | BlockKind::BlockQuote | BlockKind::TableCell
            ) && b.features.chars >= min
                && ld < 0.2
                && (t.ends_with(['.', '!', '?', '…', ':']) || b.features.chars >= 2 * min)
        })
    };
    for (dir, min) in [(-1i64, 100usize), (1, 150)] {
        if !extend {
            break;
        }
        let anchor = if dir < 0 { first } else { last };
        let Some(start) = verdicts.iter().position(|(i, _)| *i == anchor) else {
            continue;
        };
        let mut i = start as i64 + dir;
        let mut skipped = 0;
        let mut headings: Vec<usize> = Vec::new();
        while i >= 0 && (i as usize) < verdicts.len() && skipped <= 3 {
            let (id, r) = &verdicts[i as usize];
            let id = *id;
            let positional = matches!(r, Some(Reason::LowTextDensity));
            if positional && prose(id, min) {
                verdicts[i as usize].1 = None;
                for &h in &headings {
                    if let Some(v) = verdicts.get_mut(h) {
                        v.1 = None;
                    }
                }
                headings.clear();
                if dir < 0 {
                    first = id;
                } else {
                    last = id;
                }
                skipped = 0;
            } else {
                if positional
                    && dir > 0
                    && doc
                        .block(id)
                        .is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)))
                {
                    headings.push(i as usize);
                }
                skipped += 1;
            }
            i += dir;
        }
    }
    // Trailing short blocks after the last stretch of running text (labels, "Contact:",
    // "Comments closed", photo credits …) go, jusText-style: a short block is kept only
    // between good ones.
    let good = |id: usize| {
        doc.block(id).is_some_and(|b| {
            let t = doc
                .text(b)
                .trim_end_matches(['»', '"', '”', '’', '\'', ')', ' ']);
            b.features.chars >= 70 || (b.features.words >= 4 && t.ends_with(['.', '!', '?', '…']))
        })
    };
    for (id, r) in verdicts.iter_mut().rev() {
        if r.is_some() {
            continue;
        }
        if good(*id) || *id <= first {
            break;
        }
        *r = Some(Reason::LowTextDensity);
    }
    if let Some(l) = verdicts.iter().rev().find(|(_, r)| r.is_none()) {
        last = l.0;
    }
    // The same for leading short blocks (kicker, date, "Photo"), headings excepted: a
    // heading right before the text opens it.
    for (id, r) in verdicts.iter_mut() {
        if r.is_some() {
            continue;
        }
        if good(*id) || *id >= last {
            break;
        }
        if doc
            .block(*id)
            .is_some_and(|b| matches!(b.kind, BlockKind::Heading(2..=6)))
        {
            continue;
        }
        *r = Some(Reason::LowTextDensity);
    }
    if let Some(f) = verdicts.iter().find(|(_, r)| r.is_none()) {
        first = f.0;
    }
    // The title is a fact of the article, not body text.
    if let Some(title) = doc.facts().title.as_deref() {
        if let Some((_, r)) = verdicts.iter_mut().find(|(id, _)| {
            doc.block(*id)
                .is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)) && doc.text(b) == title)
        }) {
            *r = Some(Reason::Fact(FactKind::Title));
        }
    }
    verdicts
        .into_iter()
        .filter_map(|(id, r)| {
            let r = r?;
            Some((
                id,
                match r {
                    Reason::LowTextDensity if id < first => Reason::BeforeArticle,
                    Reason::LowTextDensity if id > last => Reason::AfterArticle,
                    other => other,
                },
            ))
        })
        .collect()
}

/// A section of the article whose name happens to hold a chrome word (`id="sharing-data"`,
/// a heading slug): long running text with few links is not a share bar or a menu. Comment
/// threads and footers stay chrome however long.
fn prose_section(cx: &Ctx<'_>, node: u32) -> bool {
    let n = &cx.tree.nodes[node as usize];
    !n.negative.is_some_and(|k| ALWAYS_NEGATIVE.contains(&k))
        && n.chars >= 500
        && cx.link_density(node) < 0.2
}

/// A link-dense list or container (3 blocks or more, over half link text) between the block's
/// element and the kept element `root`.
fn link_list(cx: &Ctx<'_>, node: u32, root: u32) -> Option<u32> {
    let nodes = &cx.tree.nodes;
    let mut cur = node;
    let mut steps = 0;
    while cur != NONE && cur != root && steps < 6 {
        let n = &nodes[cur as usize];
        if matches!(
            n.tag,
            local_name!("ul")
                | local_name!("ol")
                | local_name!("dl")
                | local_name!("div")
                | local_name!("section")
                | local_name!("aside")
        ) && n.blocks >= 3
            && cx.link_density(cur) > 0.5
        {
            return Some(cur);
        }
        cur = n.parent;
        steps += 1;
    }
    None
}

/// The reason for a block outside the article's element: the chrome token on its way up when
/// there is one, its link density, else its position (settled by the caller).
fn outside_reason(cx: &Ctx<'_>, node: u32, link_density: f32) -> Reason {
    let neg = cx.neg_above.get(node as usize).copied().unwrap_or(NONE);
    if neg != NONE {
        if let Some(k) = cx.tree.nodes[neg as usize].negative {
            return Reason::Markup(Cow::Borrowed(k));
        }
    }
    if link_density >= 0.5 {
        return Reason::LinkDensity;
    }
    Reason::LowTextDensity
}

/// No element stands out: jusText-style classification of the blocks.
fn fallback(doc: &Document, cx: &Ctx<'_>) -> Vec<(usize, Reason)> {
    let mut out = Vec::new();
    for (b, _) in doc.body() {
        let Some(h) = b.html.as_ref() else { continue };
        let node = h.node as u32;
        if cx.neg_above.get(node as usize).copied().unwrap_or(NONE) != NONE {
            out.push((b.id, outside_reason(cx, node, h.link_density)));
        } else if h.link_density >= 0.5 {
            out.push((b.id, Reason::LinkDensity));
        }
    }
    out
}

/// Runs the wrapped filter on text dumps only (its name and behaviour unchanged): for a
/// filter whose evidence the DOM already gives better on HTML pages.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOnly<F>(pub F);

impl<F: Filter> Filter for TextOnly<F> {
    fn name(&self) -> &str {
        self.0.name()
    }

    fn applies_to(&self, doc: &Document) -> bool {
        doc.source_kind() == SourceKind::Text && self.0.applies_to(doc)
    }

    fn apply(&self, doc: &mut Document) -> Result<(), BoxError> {
        self.0.apply(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::commas;

    #[test]
    fn commas_of_every_script_are_counted() {
        assert_eq!(commas("Oui, non, peut-être"), 2);
        assert_eq!(commas("Déjà vu, « fin »"), 1);
        assert_eq!(commas("東京，大阪、京都, Nara"), 3);
        // Lead bytes of the CJK commas in other characters are not commas.
        assert_eq!(commas("ｅｘ ・ 〒 ,"), 1);
        assert_eq!(commas(""), 0);
    }
}
