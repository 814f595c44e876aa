//! What every rule pack shares besides its file syntax: the stamp that says which rule files
//! had their examples checked, and regexes compiled on first use.
//!
//! Compiling every rule and running every example took most of a run's start-up (about
//! 0.4 s, more than reading a long file), in every run, for files that cannot change after
//! the binary is built: they are embedded. So the examples are checked by the test suite,
//! and a rule file whose examples passed is recorded in its folder's `examples-checked.txt`
//! by its fingerprint. At start-up a file found there is only parsed, and its regexes are
//! compiled when a rule is first used; a file not found there (edited since its examples
//! were last checked) is compiled at once and its examples run, and a failing one is
//! refused as before. The test suite fails while a stamp is out of date, and rewrites it
//! when run with `TILSYN_BLESS=1` after the examples pass.
//!
//! The matcher's rules are built smaller than the regex crate builds a pattern, with the
//! same matches: every class cut down to the characters minutes are written in
//! ([`is_common`]; the whole pattern is built only for a text with others), and a rule
//! without capture groups as forward lazy DFAs alone ([`Finder`]), without the reverse
//! automata and the per-thread PikeVM caches that a `Regex` keeps. Together they took the
//! compiled rules from 87 MB to about 8 MB and their compilation from 3.4 G
//! instructions to 0.65 G; the tests compare every build with the regex crate's.
//!
//! ```
//! use tilsyn_matcher::rulefiles::{Finder, LazyRegexes, Stamp, fingerprint, is_common};
//!
//! let src = "[[rule]]\nid = \"x\"\n";
//! let stamp = format!("{}  x.toml\n", fingerprint(src));
//! assert!(Stamp::new(&stamp).covers("x.toml", src));
//! assert!(!Stamp::new(&stamp).covers("x.toml", "edited"));
//!
//! let res = LazyRegexes::new(vec![r"hand\s+lings\s*plan".to_string()]);
//! assert!(res.compile_now().is_ok());
//! assert!(res[0].is_match("HAND LINGSPLAN"));
//!
//! let text = "Der udarbejdes en handlingsplan.";
//! let f = Finder::new(r"handlings?plan\w*").unwrap();
//! assert_eq!(f.find_at(text, 0, is_common(text)), Some((18, 31)));
//! ```

use std::ops::Deref;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::{Anchored, Input, MatchKind, Span};
use regex_syntax::hir::{
    Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition,
};

/// A rule file's fingerprint: the 64-bit FNV-1a hash of its bytes, in hex. It tells an
/// edited file from the one whose examples were checked; it is no defence against a file
/// made to collide, which nobody would gain from.
pub fn fingerprint(src: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in src.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A folder's `examples-checked.txt`: one line per rule file whose examples passed, its
/// fingerprint, two spaces and its name.
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a>(&'a str);

impl<'a> Stamp<'a> {
    /// The stamp file's text.
    pub fn new(text: &'a str) -> Stamp<'a> {
        Stamp(text)
    }

    /// Whether `file` is recorded with the fingerprint of `src`.
    pub fn covers(&self, file: &str, src: &str) -> bool {
        let print = fingerprint(src);
        self.0.lines().any(|l| {
            l.split_once("  ")
                .is_some_and(|(p, f)| p == print && f.trim_end() == file)
        })
    }

    /// The stamp text recording `files` (name, contents), for the test that rewrites it.
    pub fn render(files: &[(&str, &str)]) -> String {
        let mut out = String::from(
            "# Rule files whose examples passed (cargo test), by fingerprint; see\n\
             # crates/matcher/src/rulefiles.rs. Rewritten by `TILSYN_BLESS=1 cargo test`.\n",
        );
        for (name, src) in files {
            out.push_str(&format!("{}  {name}\n", fingerprint(src)));
        }
        out
    }
}

/// How every rule pattern is compiled, after the `{VAR}` and whitespace rewrites.
pub fn build_regex(source: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(source)
        .case_insensitive(true)
        .size_limit(1 << 24)
        .build()
}

/// Whether a pattern (as the regex crate reads it) has a capture group: an unescaped `(`
/// outside a class not followed by `?`, or a named group `(?P<…>` / `(?<…>`. A rule whose
/// patterns have none is only ever asked where it matches, and is found by a [`Finder`].
pub fn has_capture_groups(source: &str) -> bool {
    let b = source.as_bytes();
    let mut i = 0;
    let mut class = 0usize;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => {
                class += 1;
                // A ']' right after '[' or '[^' is a literal.
                if b.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                if b.get(i + 1) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if class > 0 => class -= 1,
            b'(' if class == 0 => {
                let rest = &b[i + 1..];
                if !rest.starts_with(b"?") || rest.starts_with(b"?P<") || rest.starts_with(b"?<") {
                    return true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe>>;

/// The characters minutes are written in: Latin (with its extended blocks), the general
/// punctuation, currency, letter-like, arrow, mathematical, technical, box, shape and
/// dingbat blocks (dashes, quotes, bullets, "€", "✓"), and the private-use area (bullets of
/// symbol fonts). A text made of these only is "common" ([`is_common`]).
const COMMON: &[(char, char)] = &[
    ('\u{0}', '\u{24F}'),
    ('\u{1E00}', '\u{1EFF}'),
    ('\u{2000}', '\u{2BFF}'),
    ('\u{E000}', '\u{F8FF}'),
];

/// Whether every character of `text` is one of [`COMMON`]. Every character whose first
/// byte is below 0xC9 is (U+0000 to U+023F), and a byte from 0xC9 up always starts a
/// character: so the text is read 32 bytes at a time, and only a character starting with
/// such a byte is looked at.
pub fn is_common(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let end = (i + 32).min(b.len());
        let chunk = &b[i..end];
        if chunk.iter().fold(0, |m, &x| m.max(x)) < 0xC9 {
            i = end;
            continue;
        }
        let p = i + chunk.iter().position(|&x| x >= 0xC9).unwrap_or(0);
        let Some(c) = text[p..].chars().next() else {
            break;
        };
        if !COMMON.iter().any(|&(lo, hi)| lo <= c && c <= hi) {
            return false;
        }
        i = p + c.len_utf8();
    }
    true
}

/// The pattern with every class cut down to [`COMMON`] (`\w`, `\p{L}`, `[^x]`, `.`: the
/// Unicode word class alone is 321 automaton states, its common part a tenth of that). On a
/// text of common characters only it matches exactly where the pattern does, with the same
/// groups: a character of such a text is in a class if and only if it is in the class's
/// common part. Other texts are searched with the pattern itself.
fn narrow(hir: &Hir) -> Hir {
    fn cut(hir: &Hir, common: &ClassUnicode) -> Hir {
        match hir.kind() {
            HirKind::Class(Class::Unicode(c)) => {
                let mut c = c.clone();
                c.intersect(common);
                Hir::class(Class::Unicode(c))
            }
            // Field by field: `..r.clone()` would copy the whole subtree at every level.
            HirKind::Repetition(r) => Hir::repetition(Repetition {
                min: r.min,
                max: r.max,
                greedy: r.greedy,
                sub: Box::new(cut(&r.sub, common)),
            }),
            HirKind::Capture(c) => Hir::capture(Capture {
                index: c.index,
                name: c.name.clone(),
                sub: Box::new(cut(&c.sub, common)),
            }),
            HirKind::Concat(subs) => Hir::concat(subs.iter().map(|h| cut(h, common)).collect()),
            HirKind::Alternation(subs) => {
                Hir::alternation(subs.iter().map(|h| cut(h, common)).collect())
            }
            _ => hir.clone(),
        }
    }
    let common = ClassUnicode::new(
        COMMON
            .iter()
            .map(|&(lo, hi)| ClassUnicodeRange::new(lo, hi)),
    );
    cut(hir, &common)
}

/// The pattern as the regex crate reads it with [`build_regex`] (case-insensitive, Unicode).
fn parse(source: &str) -> Result<Hir, regex::Error> {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(source)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

/// The prefilter of a pattern's prefix literals, as regex-automata's
/// `Prefilter::from_hir_prefix` builds it but with at most 128 literals before they are
/// optimised (instead of 250): extracting them was a sixth of compiling the rules, and 128
/// cost the matching nothing measurable (64 cost it 4 %). Any set
/// the extractor returns is sound (every match starts with one of its literals, or it is
/// infinite and there is no prefilter), so the limit changes how many candidates are tried,
/// never a match.
fn prefilter(hir: &Hir) -> Option<Prefilter> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let mut seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_total(LIMIT_TOTAL)
        .extract(hir);
    seq.optimize_for_prefix_by_preference();
    Prefilter::new(MatchKind::LeftmostFirst, seq.literals()?)
}

const LIMIT_TOTAL: usize = 128;

/// One pattern's forward lazy DFA and the prefilter of its prefix literals.
struct Dfa {
    dfa: DFA,
    pre: Option<Prefilter>,
    caches: CachePool,
}

impl Dfa {
    fn new(hir: &Hir) -> Result<Dfa, regex::Error> {
        let pre = prefilter(hir);
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(1 << 24)),
            )
            .build_from_hir(hir)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let dfa = DFA::builder()
            .configure(DFA::config().prefilter(pre.clone()))
            .build_from_nfa(nfa)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let for_caches = dfa.clone();
        let create: Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe> =
            Box::new(move || for_caches.create_cache());
        Ok(Dfa {
            dfa,
            pre,
            caches: Pool::new(create),
        })
    }

    /// See [`Finder::find_at`]; `None` where the lazy DFA gave up.
    fn find_at(&self, text: &str, at: usize) -> Option<Option<(usize, usize)>> {
        let hay = text.as_bytes();
        let mut cache = self.caches.get();
        let found = self
            .dfa
            .try_search_fwd(&mut cache, &Input::new(hay).range(at..))
            .ok()?;
        let Some(end) = found.map(|m| m.offset()) else {
            return Some(None);
        };
        let mut s = at;
        while s <= end {
            if let Some(pre) = &self.pre {
                match pre.find(hay, Span::from(s..hay.len())) {
                    Some(c) if c.start <= end => s = c.start,
                    _ => break,
                }
            }
            if text.is_char_boundary(s) {
                let anchored = Input::new(hay).range(s..).anchored(Anchored::Yes);
                match self.dfa.try_search_fwd(&mut cache, &anchored) {
                    Ok(Some(m)) if m.offset() > s => return Some(Some((s, m.offset()))),
                    Ok(None) => {}
                    _ => return None,
                }
            }
            s += 1;
        }
        // An anchored search from the match's own start always matches; not reached.
        None
    }
}

/// One pattern compiled to a forward lazy DFA only, for rules that never ask for capture
/// groups: what [`Regex::find_at`] finds, at a fraction of the memory. The regex crate
/// builds for every pattern a reverse automaton as well (to find where a match starts) and,
/// for each thread, caches sized by both and by a PikeVM; for the action-plan rules, whose
/// Unicode `\w` in counted repetitions make automata of 10,000 states, that was most of a
/// run's memory. Here the start of the leftmost-first match is the first position, from
/// where the search began, at which an anchored search of the same DFA matches (at each
/// occurrence of the pattern's prefix literals, where it has them), and its end is that
/// anchored search's: the same match the regex crate reports. The DFA is built from the
/// pattern cut down to the common characters ([`is_common`]); a text with others is
/// searched by the whole pattern's, built when first needed.
pub struct Finder {
    common: Dfa,
    /// Parsed again from `source` when first needed: the whole pattern's syntax tree, with
    /// its Unicode classes, is larger than the cut-down DFA and is rarely used.
    full: OnceLock<Dfa>,
    /// Where this finder cannot answer exactly (a match of no bytes, which the regex crate
    /// moves off a character's middle; a lazy DFA that gave up): the regex crate answers.
    fallback: OnceLock<Regex>,
    source: String,
}

impl std::fmt::Debug for Finder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Finder")
            .field("source", &self.source)
            .finish()
    }
}

impl Finder {
    /// Compiles `source` with the syntax of [`build_regex`] (case-insensitive, Unicode).
    pub fn new(source: &str) -> Result<Finder, regex::Error> {
        Ok(Finder {
            common: Dfa::new(&narrow(&parse(source)?))?,
            full: OnceLock::new(),
            fallback: OnceLock::new(),
            source: source.to_string(),
        })
    }

    fn fallback(&self) -> &Regex {
        self.fallback.get_or_init(|| {
            build_regex(&self.source)
                .unwrap_or_else(|e| panic!("a checked rule pattern does not compile: {e}"))
        })
    }

    /// The leftmost-first match at or after `at`, as `(start, end)` byte offsets: what
    /// `Regex::find_at(text, at)` returns. `common` must be [`is_common`]`(text)` (the
    /// caller asks once for all the patterns it runs over the same text).
    pub fn find_at(&self, text: &str, at: usize, common: bool) -> Option<(usize, usize)> {
        let dfa = if common {
            &self.common
        } else {
            self.full.get_or_init(|| {
                parse(&self.source)
                    .and_then(|hir| Dfa::new(&hir))
                    .unwrap_or_else(|e| panic!("a checked rule pattern does not compile: {e}"))
            })
        };
        match dfa.find_at(text, at) {
            Some(found) => found,
            None => self
                .fallback()
                .find_at(text, at)
                .map(|m| (m.start(), m.end())),
        }
    }
}

/// The patterns of one rule for the regex crate, in two builds compiled when first used:
/// cut down to the common characters ([`is_common`]; smaller automata, for nearly every
/// text) and whole (for the others).
#[derive(Debug)]
pub struct CommonRegexes {
    common: OnceLock<Vec<Regex>>,
    full: LazyRegexes,
}

impl CommonRegexes {
    /// Patterns to compile later, as the regex crate reads them.
    pub fn new(sources: Vec<String>) -> CommonRegexes {
        CommonRegexes {
            common: OnceLock::new(),
            full: LazyRegexes::new(sources),
        }
    }

    /// Compiles the whole patterns now (the check of a rule file not yet checked); the
    /// error names the index of the first pattern that does not compile.
    pub fn compile_now(&self) -> Result<(), (usize, regex::Error)> {
        self.full.compile_now()
    }

    /// The build for `text`.
    pub fn for_text(&self, text: &str) -> &[Regex] {
        if is_common(text) {
            self.common()
        } else {
            &self.full
        }
    }

    /// The build for common texts.
    pub fn common(&self) -> &[Regex] {
        self.common.get_or_init(|| {
            self.full
                .sources
                .iter()
                .map(|s| {
                    let cut = parse(s).map(|h| narrow(&h).to_string());
                    cut.and_then(|c| RegexBuilder::new(&c).size_limit(1 << 24).build())
                        .unwrap_or_else(|e| {
                            panic!("a checked rule pattern does not compile: {s:?}: {e}")
                        })
                })
                .collect()
        })
    }

    /// The build for every text.
    pub fn full(&self) -> &[Regex] {
        &self.full
    }
}

/// The patterns of one rule, compiled the first time they are used (by whichever thread
/// gets there first; the others wait and share the result) with `build`. Dereferences to
/// the compiled patterns. The sources must compile: [`Lazy::compile_now`] says so for a file
/// that was not checked, and the test suite for those that were.
pub struct Lazy<T> {
    sources: Vec<String>,
    built: OnceLock<Vec<T>>,
    build: fn(&str) -> Result<T, regex::Error>,
}

/// The patterns of one rule for the regex crate.
pub type LazyRegexes = Lazy<Regex>;
/// The patterns of one rule as [`Finder`]s.
pub type LazyFinders = Lazy<Finder>;

impl LazyRegexes {
    /// Patterns to compile later, as the regex crate reads them.
    pub fn new(sources: Vec<String>) -> LazyRegexes {
        Lazy::with(sources, build_regex)
    }
}

impl LazyFinders {
    /// Patterns to compile later, as the regex crate reads them.
    pub fn new(sources: Vec<String>) -> LazyFinders {
        Lazy::with(sources, Finder::new)
    }
}

impl<T> Lazy<T> {
    fn with(sources: Vec<String>, build: fn(&str) -> Result<T, regex::Error>) -> Lazy<T> {
        Lazy {
            sources,
            built: OnceLock::new(),
            build,
        }
    }

    /// Compiles now; the error names the index of the first pattern that does not compile.
    pub fn compile_now(&self) -> Result<(), (usize, regex::Error)> {
        if self.built.get().is_some() {
            return Ok(());
        }
        let mut out = Vec::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            out.push((self.build)(s).map_err(|e| (i, e))?);
        }
        let _ = self.built.set(out);
        Ok(())
    }

    /// How many patterns (without compiling them).
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether there are none (without compiling them).
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

impl<T> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lazy")
            .field("sources", &self.sources)
            .field("built", &self.built.get().is_some())
            .finish()
    }
}

impl<T> Deref for Lazy<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.built.get_or_init(|| {
            self.sources
                .iter()
                .map(|s| {
                    (self.build)(s).unwrap_or_else(|e| {
                        panic!("a checked rule pattern does not compile: {s:?}: {e}")
                    })
                })
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_texts_are_told_from_others() {
        let slow = |t: &str| {
            t.chars()
                .all(|c| COMMON.iter().any(|&(lo, hi)| lo <= c && c <= hi))
        };
        let long = "Byrådet godkendte indstillingen – med 5 stemmer. ".repeat(3);
        for t in [
            "",
            "abc",
            "æøå ÆØÅ é ü ß ſ",
            "“citat” • – — … € ✓ \u{F0B7}",
            "\u{24F}",
            "\u{250}",
            "\u{1E9E}",
            "\u{2C00}",
            "α",
            "Ж",
            "中",
            "😀",
            long.as_str(),
            &format!("{long}α"),
            &format!("{long}\u{240}{long}"),
        ] {
            assert_eq!(is_common(t), slow(t), "{t:?}");
        }
    }

    #[test]
    fn fingerprints_tell_files_apart() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_ne!(fingerprint("a"), fingerprint("b"));
    }

    #[test]
    fn a_stamp_covers_only_the_file_it_names() {
        let s = Stamp::render(&[("a.toml", "x"), ("b.toml", "y")]);
        let st = Stamp::new(&s);
        assert!(st.covers("a.toml", "x"));
        assert!(st.covers("b.toml", "y"));
        assert!(!st.covers("a.toml", "y"));
        assert!(!st.covers("c.toml", "x"));
    }

    #[test]
    fn a_bad_pattern_is_reported_by_index() {
        let res = LazyRegexes::new(vec!["ok".into(), "(".into()]);
        assert_eq!(res.compile_now().map_err(|e| e.0), Err(1));
    }
}
