//! The html5ever driver: an rcdom tree, without tokenising the text the walk drops unread.
//!
//! Inline scripts and style sheets are about two fifths of the bytes of the real pages of the
//! DEV corpus (scripts a quarter, styles a sixth), and the walk drops them unread (`script`, `style`, `noscript`, `iframe` are not displayed; only
//! JSON-LD scripts are read, by the metadata collector). html5ever would still tokenise every
//! byte of them into character tokens and append them to text nodes of the tree.
//!
//! The parser decides: it is html5ever's own tree builder that puts the tokeniser in the
//! script-data or raw-text state after such a start tag, wherever the tag is (in the head, in
//! a table, not in SVG, not where the tree builder ignores it). At that moment, and only then,
//! the remaining input is advanced to the element's end tag, found with the tokeniser's own
//! rules for that state (the script-data escape states included, so that `<!-- <script>`
//! inside a script does not end it early), and the tokeniser goes on from the end tag. The
//! tree is the one html5ever builds from the whole page, but for the text of those elements.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, TokenizerResult};
use markup5ever_rcdom::{Handle, RcDom};

/// Parses `html` into an rcdom tree whose unread raw-text elements (see the module
/// documentation) are empty.
pub(crate) fn parse(html: &str) -> RcDom {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let sink = Skipper {
        builder: TreeBuilder::new(RcDom::default(), TreeBuilderOpts::default()),
        input: &input,
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    // `feed` stops at each script end tag and `<meta charset>` (for a browser to run the script
    // or change the decoder); neither matters here.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink
}

/// Whether a `<script type>` holds JSON-LD (the only script text the crate reads).
pub(crate) fn is_json_ld(script_type: &str) -> bool {
    script_type
        .trim()
        .eq_ignore_ascii_case("application/ld+json")
}

/// The tree builder, and the input it reads, so that the text of an unread element can be
/// skipped once the builder has chosen the raw state for it.
struct Skipper<'q> {
    builder: TreeBuilder<Handle, RcDom>,
    input: &'q BufferQueue,
}

/// What ends the text of an element whose contents are skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ends {
    /// `</script>`, by the script-data rules.
    Script,
    /// `</name>`, by the raw-text rules.
    RawText(&'static [u8]),
}

/// The start tags whose contents the walk never reads, with the state html5ever must have
/// chosen for them for the skip to apply.
#[inline]
fn unread(tag: &Tag) -> Option<Ends> {
    if tag.kind != TagKind::StartTag {
        return None;
    }
    match tag.name {
        local_name!("script") => {
            let json_ld = tag
                .attrs
                .iter()
                .any(|a| a.name.local == local_name!("type") && is_json_ld(&a.value));
            (!json_ld).then_some(Ends::Script)
        }
        local_name!("style") => Some(Ends::RawText(b"style")),
        local_name!("noscript") => Some(Ends::RawText(b"noscript")),
        local_name!("iframe") => Some(Ends::RawText(b"iframe")),
        _ => None,
    }
}

impl TokenSink for Skipper<'_> {
    type Handle = Handle;

    // Inlined into the tokeniser's call: out of line, the token and the result were copied
    // once more, each read back whole right after it was written in parts (perf showed the
    // processor waiting there, a percent and a half of a typical page).
    #[inline(always)]
    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        let ends = match &token {
            Token::TagToken(tag) => unread(tag),
            _ => None,
        };
        let result = self.builder.process_token(token, line_number);
        let applies = matches!(
            (ends, &result),
            (
                Some(Ends::Script),
                TokenSinkResult::RawData(RawKind::ScriptData)
            ) | (
                Some(Ends::RawText(_)),
                TokenSinkResult::RawData(RawKind::Rawtext)
            )
        );
        if let (true, Some(ends)) = (applies, ends) {
            self.skip(ends);
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl Skipper<'_> {
    /// Advances the input to the end tag of the element just started. The tokeniser has read
    /// the start tag up to its `>` and nothing more, so the front of the input is the start of
    /// the element's text. Only the front chunk is searched: when the end is not in it and it
    /// is not the last one (never the case for [`parse`], which queues the page as one chunk),
    /// nothing is skipped.
    fn skip(&self, ends: Ends) {
        let Some(mut chunk) = self.input.peek_front_chunk_mut() else {
            return;
        };
        let bytes = chunk.as_bytes();
        let len = bytes.len();
        let end = match ends {
            Ends::Script => script_data_end(bytes),
            Ends::RawText(name) => raw_text_end(bytes, name),
        };
        match end.map(u32::try_from) {
            // `end` is at the `<` of the end tag: the chunk is not left empty (the tokeniser
            // expects no empty chunk in the queue). A chunk's length fits in `u32`.
            Some(Ok(end)) => {
                if (end as usize) < len {
                    chunk.pop_front(end);
                }
            }
            Some(Err(_)) => {}
            // No end tag: the text runs to the end of the input, if this chunk is the last.
            None => {
                drop(chunk);
                if let Some(last) = self.input.pop_front() {
                    if !self.input.is_empty() {
                        self.input.push_front(last);
                    }
                }
            }
        }
    }
}

/// HTML white space as the tokeniser sees it after newline normalisation, and the two other
/// characters that end a tag name.
fn ends_tag_name(b: Option<&u8>) -> bool {
    matches!(
        b,
        Some(b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>')
    )
}

/// Whether `</name` followed by white space, `/` or `>` starts at `lt`: the "appropriate end
/// tag" of the raw-text and script-data states (ASCII letters, compared case-insensitively).
fn end_tag_at(text: &[u8], lt: usize, name: &[u8]) -> bool {
    let start = lt + 2;
    text.get(lt + 1) == Some(&b'/')
        && text
            .get(start..start + name.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
        && ends_tag_name(text.get(start + name.len()))
}

/// Byte offset of the end tag `</name` that ends raw text (`style`, `noscript`, `iframe`), or
/// `None` when the text runs to the end.
fn raw_text_end(text: &[u8], name: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'<', text).find(|&lt| end_tag_at(text, lt, name))
}

/// Byte offset of the `</script` that ends script data, or `None` when it runs to the end. The
/// states of the HTML tokeniser (script data, escaped after `<!--`, double-escaped after a
/// `<script` inside the escaped text), on bytes: every character they test is ASCII.
fn script_data_end(text: &[u8]) -> Option<usize> {
    const NAME: &[u8] = b"script";
    let mut state = State::Data;
    let mut i = 0;
    loop {
        match state {
            State::Data => {
                let lt = i + memchr::memchr(b'<', text.get(i..)?)?;
                if end_tag_at(text, lt, NAME) {
                    return Some(lt);
                }
                if text.get(lt + 1..lt + 4) == Some(b"!--") {
                    // `<!--` leaves the tokeniser in the escaped dash-dash state.
                    (state, i) = escaped_dash_dash(text, lt + 4);
                } else {
                    i = lt + 1;
                }
            }
            State::Escaped => {
                let at = i + memchr::memchr2(b'-', b'<', text.get(i..)?)?;
                if text.get(at) == Some(&b'-') {
                    if text.get(at + 1) == Some(&b'-') {
                        (state, i) = escaped_dash_dash(text, at + 2);
                    } else {
                        // Escaped dash: anything but `-` and `<` goes back to escaped.
                        i = at + 1;
                    }
                    continue;
                }
                // `<` in the escaped text.
                if end_tag_at(text, at, NAME) {
                    return Some(at);
                }
                match text.get(at + 1) {
                    Some(b) if b.is_ascii_alphabetic() => {
                        // Double escape start: `<script` followed by white space, `/` or `>`.
                        let (switch, next) = script_word(text, at + 1);
                        if switch {
                            state = State::DoubleEscaped;
                        }
                        i = next;
                    }
                    _ => i = at + 1,
                }
            }
            State::DoubleEscaped => {
                let at = i + memchr::memchr2(b'-', b'<', text.get(i..)?)?;
                if text.get(at) == Some(&b'-') {
                    if text.get(at + 1) == Some(&b'-') {
                        // Dash dash: more dashes stay, `>` ends the escape, `<` is handled
                        // below, anything else goes back to double-escaped.
                        let mut j = at + 2;
                        while text.get(j) == Some(&b'-') {
                            j += 1;
                        }
                        if text.get(j) == Some(&b'>') {
                            state = State::Data;
                            i = j + 1;
                        } else {
                            i = j;
                        }
                    } else {
                        i = at + 1;
                    }
                    continue;
                }
                // `<` in double-escaped text: only `</script` + end character leaves it.
                if text.get(at + 1) == Some(&b'/') {
                    let (switch, next) = script_word(text, at + 2);
                    if switch {
                        state = State::Escaped;
                    }
                    i = next;
                } else {
                    i = at + 1;
                }
            }
        }
    }
}

/// The double-escape start and end states, from the letters at `from` (after `<` or `</`): the
/// state switches when they spell `script` and white space, `/` or `>` follows (which is read);
/// otherwise the escaped text goes on where the letters end. Returns whether the state
/// switches, and where to go on.
fn script_word(text: &[u8], from: usize) -> (bool, usize) {
    let len = text.get(from..).map_or(0, |s| {
        s.iter().take_while(|b| b.is_ascii_alphabetic()).count()
    });
    let past = from + len;
    if ends_tag_name(text.get(past)) {
        let is_script = text
            .get(from..past)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"script"));
        (is_script, past + 1)
    } else {
        (false, past)
    }
}

/// The states of script data that [`script_data_end`] tells apart.
#[derive(Clone, Copy)]
enum State {
    /// Script data.
    Data,
    /// After `<!--`.
    Escaped,
    /// After `<script` inside escaped text.
    DoubleEscaped,
}

/// The escaped dash-dash state at `from` (just after `--`): further dashes stay in it, `>`
/// goes back to script data, anything else to the escaped state (a `<` is read there).
/// Returns the state and where to go on.
fn escaped_dash_dash(text: &[u8], from: usize) -> (State, usize) {
    let mut j = from;
    while text.get(j) == Some(&b'-') {
        j += 1;
    }
    if text.get(j) == Some(&b'>') {
        (State::Data, j + 1)
    } else {
        (State::Escaped, j)
    }
}

/// The skipping parser compared with html5ever's own driver (for the tests and the
/// `html_raw_text` fuzz target).
#[cfg(any(test, fuzzing))]
pub(crate) mod check {
    use super::*;
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{NodeData, SerializableHandle};

    /// html5ever's own driver.
    fn reference(html: &str) -> RcDom {
        html5ever::parse_document(RcDom::default(), html5ever::ParseOpts::default()).one(html)
    }

    /// The tree serialised, with the text of unread elements dropped; `kept` counts the nodes
    /// that were left in unread elements.
    fn serialise(dom: &RcDom, kept: &mut usize) -> String {
        let mut stack = vec![dom.document.clone()];
        while let Some(h) = stack.pop() {
            if let NodeData::Element { name, attrs, .. } = &h.data {
                let unread = name.ns == html5ever::ns!(html)
                    && match name.local {
                        local_name!("script") => !attrs
                            .borrow()
                            .iter()
                            .any(|a| a.name.local == local_name!("type") && is_json_ld(&a.value)),
                        local_name!("style") | local_name!("noscript") | local_name!("iframe") => {
                            true
                        }
                        _ => false,
                    };
                if unread {
                    *kept += h.children.borrow().len();
                    h.children.borrow_mut().clear();
                }
            }
            stack.extend(h.children.borrow().iter().cloned());
        }
        let mut out = Vec::new();
        let handle = SerializableHandle::from(dom.document.clone());
        html5ever::serialize(&mut out, &handle, Default::default()).ok();
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Parses `html` both ways: the trees must be the same but for the text of unread
    /// elements, and the skipping parser must have left none. Returns the serialised tree.
    pub(crate) fn same_tree(html: &str) -> Result<String, String> {
        let (mut skipped, mut full) = (0, 0);
        let ours = serialise(&parse(html), &mut skipped);
        let theirs = serialise(&reference(html), &mut full);
        if ours != theirs {
            return Err(format!(
                "trees differ for {html:?}:\nskipping: {ours}\nhtml5ever: {theirs}"
            ));
        }
        if skipped != 0 {
            return Err(format!("text left in an unread element: {html:?}"));
        }
        Ok(ours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same_tree(html: &str) -> String {
        match check::same_tree(html) {
            Ok(tree) => tree,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn scripts_and_styles_are_skipped_and_the_rest_is_html5evers_tree() {
        let page = "<html><head><title>Le <b>titre</b></title><style>p{color:red}</style>\
            <script>var a = 1 < 2 && \"</p>\";</script>\
            <script type=\" Application/LD+JSON \">{\"@type\":\"NewsArticle\"}</script></head>\
            <body><p>Avant</p><noscript><img src=x></noscript><iframe>repli</iframe><p>Après</p></body></html>";
        let tree = same_tree(page);
        assert!(
            tree.contains("<p>Avant</p>") && tree.contains("<p>Après</p>"),
            "{tree}"
        );
        assert!(
            tree.contains("<title>Le &lt;b&gt;titre&lt;/b&gt;</title>"),
            "{tree}"
        );
        assert!(
            tree.contains(r#"{"@type":"NewsArticle"}"#),
            "JSON-LD is read: {tree}"
        );
        assert!(
            !tree.contains("color:red") && !tree.contains("1 < 2"),
            "{tree}"
        );
    }

    #[test]
    fn script_data_ends_where_the_tokeniser_says() {
        for html in [
            // End tags: case, white space, `/`, and look-alikes that do not end it.
            "<script>a</SCRIPT >b",
            "<script>a</script/>b",
            "<script>a</script\n>b",
            "<script>a</script\r\n>b",
            "<script>a</script\t>b",
            "<script>a</scripts>b</script>c",
            "<script>a</scr<p>x</p></script>c",
            "<script>a</script",
            "<script>a</",
            "<script>unclosed <p>everything after is script",
            // Escaped and double-escaped text.
            "<script><!-- <script> </script> --></script><p>after</p>",
            "<script><!--</script><p>after</p>",
            "<script><!-- a --></script><p>after</p>",
            "<script><!--><p>x</p></script><p>after</p>",
            "<script><!---><p>x</p></script><p>after</p>",
            "<script><!-- <script>a</script> b --> c</script><p>after</p>",
            "<script><!-- <SCRIPT/> </SCRIPT\t> --></script>d",
            "<script><!-- <scripts> </script> --></script>d",
            "<script><!-- <script> --> </script> e</script>f",
            "<script><!-- a --> <script> </script> b</script>c",
            "<script><!-- <script>-- -</script>--></script>g",
            "<script><!-- - -- <a <script>x</scripty> </script ></script>h",
            "<script>if (a<!--b) c--> d</script>e",
            "<script>\0nul\r\ncr</script>f",
            // Raw text.
            "<style>a</style >b",
            "<style>a</stylex></style>b",
            "<style><!-- </style> --></style>b",
            "<style>a</style",
            "<noscript><p>x</p></noscript>y",
            "<iframe><p>x</iframe>y",
            // Where the tree builder does not use the raw states.
            "<svg><script>var a = \"<p>x</p>\";</script></svg><p>after</p>",
            "<svg><style>.a{}</style><desc><p>x</p></desc></svg><p>y</p>",
            "<math><style>x<b>y</b></style></math>z",
            "<select><style>p{}</style><option>x</select>y",
            "<select><script>s</script><option>x</select>y",
            "<table><style>td{}</style><script>t</script><tr><td>x</table>",
            "<textarea><script>x</script></textarea>y",
            "<title><style>x</style></title>y",
            "<!-- <script> --><p>x</p>",
            "<a title=\"<script>\">x</a><p>y</p>",
            "<plaintext><script>x</script>",
            "</html><script>x</script><p>y</p>",
            "<template><script>x</script><style>y</style></template>z",
            "<frameset><noframes><script>x</script></noframes></frameset>",
            "",
            "<script>",
            "<style>",
        ] {
            same_tree(html);
        }
    }

    #[test]
    fn the_scanners_find_the_end_tag() {
        assert_eq!(script_data_end(b"a<b</script>"), Some(3));
        assert_eq!(script_data_end(b"<!--</script>"), Some(4));
        assert_eq!(
            script_data_end(b"<!--<script></script>--></script>"),
            Some(24)
        );
        assert_eq!(script_data_end(b"<!--<script></script>"), None);
        assert_eq!(script_data_end(b"</script"), None);
        assert_eq!(raw_text_end(b"x</STYLE>", b"style"), Some(1));
        assert_eq!(raw_text_end(b"x</styles></style/", b"style"), Some(10));
        assert_eq!(raw_text_end(b"x</style", b"style"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        /// Pages made of the pieces that steer the tokeniser's raw states.
        #[test]
        fn any_mix_of_raw_text_markup_parses_like_html5ever(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "<script>", "</script>", "<SCRIPT type=module>", "</script ", "<script/>",
                    "<!--", "-->", "--", "-", "<", ">", "/", "<!", "</", "script", " ",
                    "\n", "\r", "<style>", "</style>", "<noscript>", "</noscript>", "<iframe>",
                    "</iframe>", "<svg>", "</svg>", "<math>", "<p>", "</p>", "<select>",
                    "</select>", "<table>", "<td>", "<textarea>", "</textarea>", "<title>",
                    "<template>", "</template>", "x", "é", "\"", "'", "<a href='",
                    "<script type=application/ld+json>", "\0",
                ]),
                0..40,
            )
        ) {
            same_tree(&pieces.concat());
        }
    }
}
