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
//! ```
//! use tilsyn_matcher::rulefiles::{LazyRegexes, Stamp, fingerprint};
//!
//! let src = "[[rule]]\nid = \"x\"\n";
//! let stamp = format!("{}  x.toml\n", fingerprint(src));
//! assert!(Stamp::new(&stamp).covers("x.toml", src));
//! assert!(!Stamp::new(&stamp).covers("x.toml", "edited"));
//!
//! let res = LazyRegexes::new(vec![r"hand\s+lings\s*plan".to_string()]);
//! assert!(res.compile_now().is_ok());
//! assert!(res[0].is_match("HAND LINGSPLAN"));
//! ```

use std::ops::Deref;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::prefilter::Prefilter;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, Span};

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

/// One pattern compiled to a forward lazy DFA only, for rules that never ask for capture
/// groups: what [`Regex::find_at`] finds, at a third of the memory. The regex crate builds
/// for every pattern a reverse automaton as well (to find where a match starts) and, for
/// each thread, caches sized by both and by a PikeVM; for the action-plan rules, whose
/// Unicode `\w` in counted repetitions make automata of 10,000 states, that was most of a
/// run's memory. Here the start of the leftmost-first match is the first position, from
/// where the search began, at which an anchored search of the same DFA matches (at each
/// occurrence of the pattern's prefix literals, where it has them), and its end is that
/// anchored search's: the same match the regex crate reports.
pub struct Finder {
    dfa: DFA,
    pre: Option<Prefilter>,
    caches: CachePool,
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
        let syntax = syntax::Config::new().case_insensitive(true);
        let hir =
            syntax::parse_with(source, &syntax).map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let pre = Prefilter::from_hir_prefix(MatchKind::LeftmostFirst, &hir);
        let nfa = thompson::Compiler::new()
            .syntax(syntax)
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(1 << 24)),
            )
            .build_from_hir(&hir)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let dfa = DFA::builder()
            .configure(DFA::config().prefilter(pre.clone()))
            .build_from_nfa(nfa)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let for_caches = dfa.clone();
        let create: Box<dyn Fn() -> Cache + Send + Sync + UnwindSafe + RefUnwindSafe> =
            Box::new(move || for_caches.create_cache());
        Ok(Finder {
            dfa,
            pre,
            caches: Pool::new(create),
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
    /// `Regex::find_at(text, at)` returns.
    pub fn find_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let hay = text.as_bytes();
        let mut cache = self.caches.get();
        let Ok(found) = self
            .dfa
            .try_search_fwd(&mut cache, &Input::new(hay).range(at..))
        else {
            return self.slow_find_at(text, at);
        };
        let end = found?.offset();
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
                    Ok(Some(m)) if m.offset() > s => return Some((s, m.offset())),
                    Ok(None) => {}
                    _ => return self.slow_find_at(text, at),
                }
            }
            s += 1;
        }
        // An anchored search from the match's own start always matches; not reached.
        self.slow_find_at(text, at)
    }

    fn slow_find_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        self.fallback()
            .find_at(text, at)
            .map(|m| (m.start(), m.end()))
    }
}

/// The patterns of one rule as [`Finder`]s, compiled the first time they are used.
#[derive(Debug)]
pub struct LazyFinders {
    sources: Vec<String>,
    built: OnceLock<Vec<Finder>>,
}

impl LazyFinders {
    /// Patterns to compile later, as the regex crate reads them.
    pub fn new(sources: Vec<String>) -> LazyFinders {
        LazyFinders {
            sources,
            built: OnceLock::new(),
        }
    }

    /// Compiles now; the error names the index of the first pattern that does not compile.
    pub fn compile_now(&self) -> Result<(), (usize, regex::Error)> {
        if self.built.get().is_some() {
            return Ok(());
        }
        let mut out = Vec::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            out.push(Finder::new(s).map_err(|e| (i, e))?);
        }
        let _ = self.built.set(out);
        Ok(())
    }
}

impl Deref for LazyFinders {
    type Target = [Finder];

    fn deref(&self) -> &[Finder] {
        self.built.get_or_init(|| {
            self.sources
                .iter()
                .map(|s| {
                    Finder::new(s).unwrap_or_else(|e| {
                        panic!("a checked rule pattern does not compile: {s:?}: {e}")
                    })
                })
                .collect()
        })
    }
}

/// The patterns of one rule, compiled the first time they are used (by whichever thread
/// gets there first; the others wait and share the result). Dereferences to the compiled
/// regexes. The sources must compile: [`LazyRegexes::compile_now`] says so for a file that
/// was not checked, and the test suite for those that were.
#[derive(Debug)]
pub struct LazyRegexes {
    sources: Vec<String>,
    built: OnceLock<Vec<Regex>>,
}

impl LazyRegexes {
    /// Patterns to compile later, as the regex crate reads them.
    pub fn new(sources: Vec<String>) -> LazyRegexes {
        LazyRegexes {
            sources,
            built: OnceLock::new(),
        }
    }

    /// Compiles now; the error names the index of the first pattern that does not compile.
    pub fn compile_now(&self) -> Result<(), (usize, regex::Error)> {
        if self.built.get().is_some() {
            return Ok(());
        }
        let mut out = Vec::with_capacity(self.sources.len());
        for (i, s) in self.sources.iter().enumerate() {
            out.push(build_regex(s).map_err(|e| (i, e))?);
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

impl Deref for LazyRegexes {
    type Target = [Regex];

    fn deref(&self) -> &[Regex] {
        self.built.get_or_init(|| {
            self.sources
                .iter()
                .map(|s| {
                    build_regex(s).unwrap_or_else(|e| {
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
