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
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

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
