//! Loading the rules in `patterns/*.toml`, compiling them, and checking their examples.
//!
//! A rule is a list of regexes sharing one id. The file syntax is described in
//! `patterns/README.md`; the two rewrites that happen here are the `{VAR}` substitution and
//! "a plain space means any whitespace", so a phrase written once matches however the PDF
//! broke its lines.
//!
//! A file recorded in `patterns/examples-checked.txt` (its examples passed in the test
//! suite) is only parsed here, its regexes compiled on first use; any other file is compiled
//! at once and its examples run, as [`crate::rulefiles`] explains.

use std::collections::{BTreeMap, HashMap};

use regex::Captures;
use serde::Deserialize;

use crate::RuleError;
use crate::rulefiles::{CommonRegexes, LazyFinders, Stamp, has_capture_groups, is_common};

/// The rule files, embedded so the binary carries its rules.
pub(crate) const FILES: &[(&str, &str)] = &[
    (
        "action_plan.toml",
        include_str!("../../../patterns/action_plan.toml"),
    ),
    (
        "decision.toml",
        include_str!("../../../patterns/decision.toml"),
    ),
    (
        "danmarkskort.toml",
        include_str!("../../../patterns/danmarkskort.toml"),
    ),
    ("header.toml", include_str!("../../../patterns/header.toml")),
    ("items.toml", include_str!("../../../patterns/items.toml")),
];

/// The fingerprints of the files in [`FILES`] whose examples passed.
pub(crate) const STAMP: &str = include_str!("../../../patterns/examples-checked.txt");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    vars: BTreeMap<String, String>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    rationale: String,
    patterns: Vec<String>,
    #[serde(default, rename = "match")]
    must_match: Vec<String>,
    #[serde(default)]
    no_match: Vec<String>,
}

/// One compiled rule.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) id: String,
    /// Why the rule exists; kept so tooling can show it next to evidence.
    #[allow(dead_code)]
    pub(crate) rationale: String,
    /// Raw pattern text before compilation, for the literal prefilter.
    pub(crate) raw: Vec<String>,
    /// The patterns for [`Rule::captures`]; for a rule without capture groups also compiled
    /// only if they are asked for.
    regexes: CommonRegexes,
    /// For a rule whose patterns have no capture groups, the same patterns as forward-only
    /// DFAs, for [`Rule::find_all`] and [`Rule::is_match`] ([`crate::rulefiles::Finder`]).
    finders: Option<LazyFinders>,
    pub(crate) must_match: Vec<String>,
    pub(crate) no_match: Vec<String>,
}

/// A match: byte offsets into the searched text; start <= end.
pub(crate) type Hit = (usize, usize);

impl Rule {
    /// Every match of every pattern, left-boundary checked, sorted by start.
    ///
    /// A match that begins with a letter or digit must not be preceded by one: this is the
    /// word boundary Unicode `\b` would give, checked once per candidate instead of at every
    /// position of the search.
    pub(crate) fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        if let Some(finders) = &self.finders {
            let common = is_common(text);
            for f in finders.iter() {
                find_each(text, &mut out, |at| f.find_at(text, at, common));
            }
            out.sort_unstable();
            return out;
        }
        for re in self.regexes.for_text(text) {
            let mut at = 0;
            while at <= text.len() {
                let Some(m) = re.find_at(text, at) else { break };
                if left_ok(text, m.start()) {
                    out.push((m.start(), m.end()));
                    at = if m.end() > m.start() {
                        m.end()
                    } else {
                        next_char(text, m.end())
                    };
                } else {
                    at = next_char(text, m.start());
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Compiles the patterns now (they are otherwise compiled on first use).
    pub(crate) fn compile(&self) {
        match &self.finders {
            Some(f) => {
                let _compiled: &[crate::rulefiles::Finder] = f;
            }
            None => {
                let _compiled: &[regex::Regex] = self.regexes.common();
            }
        }
    }

    /// Whether any pattern matches.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        !self.find_all(text).is_empty()
    }

    /// Every boundary-checked match with its capture groups, in pattern order then position.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Vec<Captures<'t>> {
        let mut out = Vec::new();
        for re in self.regexes.for_text(text) {
            let mut at = 0;
            while at <= text.len() {
                let Some(c) = re.captures_at(text, at) else {
                    break;
                };
                let m = c.get(0).expect("group 0 always participates");
                if left_ok(text, m.start()) {
                    at = if m.end() > m.start() {
                        m.end()
                    } else {
                        next_char(text, m.end())
                    };
                    out.push(c);
                } else {
                    at = next_char(text, m.start());
                }
            }
        }
        out.sort_by_key(|c| c.get(0).map(|m| m.start()));
        out
    }

    /// The first match (by position; of two at one position, the earlier pattern's) with its
    /// captures: the first of [`Rule::captures`]. Each pattern's first match is found without
    /// its groups, and only the winner's groups are taken (a capture search costs many times
    /// a search for where the match lies).
    pub(crate) fn first_captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let res = self.regexes.for_text(text);
        // (start, pattern, where its search began)
        let mut best: Option<(usize, usize, usize)> = None;
        for (i, re) in res.iter().enumerate() {
            // A match at the very start is beaten by no later pattern's.
            if best.is_some_and(|b| b.0 == 0) {
                break;
            }
            let mut at = 0;
            while at <= text.len() {
                let Some(m) = re.find_at(text, at) else { break };
                if best.is_some_and(|b| m.start() >= b.0) {
                    break;
                }
                if left_ok(text, m.start()) {
                    best = Some((m.start(), i, at));
                    break;
                }
                at = next_char(text, m.start());
            }
        }
        let (_, i, at) = best?;
        res[i].captures_at(text, at)
    }

    /// Runs the rule's own examples; the first that fails is an error.
    pub(crate) fn check_examples(&self) -> Result<(), RuleError> {
        for ex in &self.must_match {
            if !self.is_match(ex) {
                return Err(RuleError::Example {
                    id: self.id.clone(),
                    example: ex.clone(),
                    expected_match: true,
                });
            }
        }
        for ex in &self.no_match {
            if self.is_match(ex) {
                return Err(RuleError::Example {
                    id: self.id.clone(),
                    example: ex.clone(),
                    expected_match: false,
                });
            }
        }
        Ok(())
    }
}

/// Every left-boundary-checked match that `find_at` gives from offset 0 on, pushed onto
/// `out` (the loop of [`Rule::find_all`]).
fn find_each(
    text: &str,
    out: &mut Vec<Hit>,
    mut find_at: impl FnMut(usize) -> Option<(usize, usize)>,
) {
    let mut at = 0;
    while at <= text.len() {
        let Some((s, e)) = find_at(at) else { break };
        if left_ok(text, s) {
            out.push((s, e));
            at = if e > s { e } else { next_char(text, e) };
        } else {
            at = next_char(text, s);
        }
    }
}

fn left_ok(text: &str, start: usize) -> bool {
    let starts_word = text[start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    !starts_word
        || text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(at + 1, |c| at + c.len_utf8())
}

/// All rules by id.
pub(crate) struct RuleSet {
    rules: HashMap<String, Rule>,
}

impl RuleSet {
    /// Parses every embedded file; compiles and checks the examples of those not in the
    /// stamp.
    pub(crate) fn load() -> Result<RuleSet, RuleError> {
        RuleSet::load_from(FILES, Stamp::new(STAMP))
    }

    fn load_from(files: &[(&str, &str)], stamp: Stamp) -> Result<RuleSet, RuleError> {
        let mut rules = HashMap::new();
        for (name, src) in files {
            let checked = stamp.covers(name, src);
            for rule in parse_file(name, src, checked)? {
                if !checked {
                    rule.check_examples()?;
                }
                if rules.contains_key(&rule.id) {
                    return Err(RuleError::Duplicate(rule.id));
                }
                rules.insert(rule.id.clone(), rule);
            }
        }
        Ok(RuleSet { rules })
    }

    /// Takes a rule out of the set; every rule the matcher needs is taken exactly once.
    pub(crate) fn take(&mut self, id: &str) -> Result<Rule, RuleError> {
        self.rules
            .remove(id)
            .ok_or_else(|| RuleError::Missing(id.to_string()))
    }

    /// Ids of rules left untaken (a rule file defining a rule nothing uses is a mistake).
    pub(crate) fn leftover(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.rules.keys().cloned().collect();
        ids.sort();
        ids
    }
}

/// The rules of one file; `checked`: its examples passed, so its patterns compile and may
/// wait until they are used.
fn parse_file(name: &str, src: &str, checked: bool) -> Result<Vec<Rule>, RuleError> {
    let spec: FileSpec = toml::from_str(src).map_err(|e| RuleError::File {
        file: name.to_string(),
        message: e.to_string(),
    })?;
    let mut out = Vec::new();
    for r in spec.rule {
        let mut sources = Vec::new();
        for p in &r.patterns {
            let expanded = expand_vars(p, &spec.vars).map_err(|var| RuleError::UnknownVar {
                id: r.id.clone(),
                var,
            })?;
            sources.push(spaces_to_whitespace(&expanded));
        }
        let finders = (!sources.iter().any(|s| has_capture_groups(s)))
            .then(|| LazyFinders::new(sources.clone()));
        let regexes = CommonRegexes::new(sources);
        if !checked {
            let err = |(i, e): (usize, regex::Error)| RuleError::Regex {
                id: r.id.clone(),
                pattern: r.patterns[i].clone(),
                message: e.to_string(),
            };
            regexes.compile_now().map_err(err)?;
            if let Some(f) = &finders {
                f.compile_now().map_err(err)?;
            }
        }
        out.push(Rule {
            id: r.id,
            rationale: r.rationale,
            raw: r.patterns,
            regexes,
            finders,
            must_match: r.must_match,
            no_match: r.no_match,
        });
    }
    Ok(out)
}

/// Replaces `{NAME}` (upper-case letters and `_`) by the variable's text. Regex repetition
/// braces hold digits, so they never look like a variable.
fn expand_vars(p: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(p.len());
    let mut rest = p;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || *b == b'_')
            .count();
        // `\p{L}` and `\P{L}` are Unicode classes, not variables.
        let class = out.ends_with("\\p") || out.ends_with("\\P");
        if !class && name_len > 0 && after.as_bytes().get(name_len) == Some(&b'}') {
            let name = &after[..name_len];
            let value = vars.get(name).ok_or_else(|| name.to_string())?;
            out.push_str(value);
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A plain space becomes `\s+` (or `\s*` before `?`/`*`), outside character classes and
/// not when escaped.
fn spaces_to_whitespace(p: &str) -> String {
    let mut out = String::with_capacity(p.len() * 2);
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A ']' right after '[' or '[^' is a literal.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap_or('^'));
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap_or(']'));
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            ' ' if !in_class => match chars.peek() {
                Some('?') | Some('*') => {
                    chars.next();
                    out.push_str(r"\s*");
                }
                _ => out.push_str(r"\s+"),
            },
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_example_holds() {
        let set = RuleSet::load().unwrap();
        let mut failures = Vec::new();
        let mut n = 0;
        for rule in set.rules.values() {
            for ex in &rule.must_match {
                n += 1;
                if !rule.is_match(ex) {
                    failures.push(format!("{}: should match {ex:?}", rule.id));
                }
            }
            for ex in &rule.no_match {
                n += 1;
                if rule.is_match(ex) {
                    failures.push(format!("{}: should not match {ex:?}", rule.id));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(n > 100, "only {n} examples");
    }

    /// Every pattern compiles (files in the stamp are only compiled when used).
    #[test]
    fn every_pattern_compiles() {
        for (name, src) in FILES {
            for rule in parse_file(name, src, true).unwrap() {
                let r = rule.regexes.compile_now();
                assert!(r.is_ok(), "{}: {:?}", rule.id, r.err());
            }
        }
    }

    /// `patterns/examples-checked.txt` records exactly the files whose examples pass: the
    /// start-up of every run skips their examples on its word. Rewritten with
    /// `TILSYN_BLESS=1` once the other tests here pass.
    #[test]
    fn the_examples_checked_stamp_is_current() {
        let fresh = Stamp::render(FILES);
        if fresh == STAMP {
            return;
        }
        if std::env::var_os("TILSYN_BLESS").is_some() {
            for (name, src) in FILES {
                for rule in parse_file(name, src, false).unwrap() {
                    rule.check_examples().unwrap();
                }
            }
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../patterns/examples-checked.txt"
            );
            std::fs::write(path, fresh).unwrap();
            return;
        }
        panic!(
            "patterns/examples-checked.txt is out of date (a rule file changed), so every run \
             checks the examples at start-up; once the examples pass, record them with \
             `TILSYN_BLESS=1 cargo test -p tilsyn-matcher the_examples_checked_stamp`"
        );
    }

    #[test]
    fn an_edited_rule_file_that_fails_its_examples_is_refused() {
        let edited = FILES[0]
            .1
            .replacen("patterns = [", "patterns = [\".\", ", 1);
        let mut files = FILES.to_vec();
        files[0].1 = &edited;
        let err = RuleSet::load_from(&files, Stamp::new(STAMP)).err();
        assert!(
            matches!(
                err,
                Some(RuleError::Example {
                    expected_match: false,
                    ..
                })
            ),
            "{err:?}"
        );
        // The same file, as checked, loads without running anything.
        assert!(RuleSet::load_from(FILES, Stamp::new(STAMP)).is_ok());
    }

    #[test]
    fn an_edited_rule_file_with_a_bad_pattern_is_refused_at_load() {
        let edited = FILES[0]
            .1
            .replacen("patterns = [", "patterns = [\"(\", ", 1);
        let mut files = FILES.to_vec();
        files[0].1 = &edited;
        let err = RuleSet::load_from(&files, Stamp::new(STAMP)).err();
        assert!(matches!(err, Some(RuleError::Regex { .. })), "{err:?}");
    }

    #[test]
    fn every_rule_has_examples_of_both_kinds() {
        let set = RuleSet::load().unwrap();
        for rule in set.rules.values() {
            assert!(!rule.must_match.is_empty(), "{} has no positive", rule.id);
            assert!(!rule.no_match.is_empty(), "{} has no negative", rule.id);
        }
    }

    /// The capture-group test that picks the engine agrees with the regex crate, and every
    /// rule found by a forward-only DFA finds what the regex crate finds, on its examples
    /// and on a text that holds all of them.
    #[test]
    fn finders_find_what_the_regex_crate_finds() {
        let set = RuleSet::load().unwrap();
        let mut all = String::new();
        for rule in set.rules.values() {
            for ex in rule.must_match.iter().chain(&rule.no_match) {
                all.push_str(ex);
                all.push_str(" \n");
            }
        }
        // The same with a character outside the common ones in every word gap.
        let uncommon = all.replace(' ', " \u{3b1} ");
        assert!(!is_common(&uncommon));
        let spans = |c: &regex::Captures| -> Vec<Option<(usize, usize)>> {
            c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect()
        };
        let mut finders = 0;
        for rule in set.rules.values() {
            let grouped = rule.regexes.full().iter().any(|re| re.captures_len() > 1);
            assert_eq!(grouped, rule.finders.is_none(), "{}", rule.id);
            let texts: Vec<&str> = rule
                .must_match
                .iter()
                .chain(&rule.no_match)
                .map(String::as_str)
                .chain([all.as_str(), "", "æ", uncommon.as_str()])
                .collect();
            let full = rule.regexes.full();
            for (re, cut) in full.iter().zip(rule.regexes.common()) {
                for &t in texts.iter().filter(|t| is_common(t)) {
                    let want: Vec<_> = re.captures_iter(t).map(|c| spans(&c)).collect();
                    let got: Vec<_> = cut.captures_iter(t).map(|c| spans(&c)).collect();
                    assert_eq!(got, want, "{} in {t:?}", rule.id);
                }
            }
            let Some(f) = &rule.finders else { continue };
            finders += 1;
            for (re, f) in full.iter().zip(f.iter()) {
                for &t in &texts {
                    let mut at = 0;
                    while at <= t.len() {
                        let want = re.find_at(t, at).map(|m| (m.start(), m.end()));
                        let got = f.find_at(t, at, is_common(t));
                        assert_eq!(got, want, "{} at {at} in {t:?}", rule.id);
                        let Some((s, _)) = want else { break };
                        at = next_char(t, s);
                    }
                }
            }
        }
        assert!(finders > 20, "only {finders} rules without groups");
    }

    #[test]
    fn first_captures_is_the_first_of_all_captures() {
        let set = RuleSet::load().unwrap();
        let mut all = String::new();
        for rule in set.rules.values() {
            for ex in rule.must_match.iter().chain(&rule.no_match) {
                all.push_str(ex);
                all.push_str(" \n");
            }
        }
        let spans = |c: Option<regex::Captures>| -> Option<Vec<Option<(usize, usize)>>> {
            c.map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
        };
        for rule in set.rules.values() {
            let texts = rule
                .must_match
                .iter()
                .chain(&rule.no_match)
                .map(String::as_str);
            for t in texts.chain([all.as_str(), "", " "]) {
                let want = spans(rule.captures(t).into_iter().next());
                assert_eq!(spans(rule.first_captures(t)), want, "{} in {t:?}", rule.id);
            }
        }
    }

    #[test]
    fn capture_groups_are_told_from_other_groups() {
        use crate::rulefiles::has_capture_groups as g;
        assert!(g("a(b)"));
        assert!(g("(?P<n>x)"));
        assert!(g("(?<n>x)"));
        assert!(!g("(?:a|b)"));
        assert!(!g("(?i:a)"));
        assert!(!g(r"\(a\)"));
        assert!(!g("[(]a"));
        assert!(!g("[^(]a"));
        assert!(!g("[]()]"));
        assert!(g("[a](b)"));
    }

    #[test]
    fn spaces_become_whitespace_outside_classes() {
        assert_eq!(spaces_to_whitespace("a b"), r"a\s+b");
        assert_eq!(spaces_to_whitespace("a ?b"), r"a\s*b");
        assert_eq!(spaces_to_whitespace("[^ ]x"), "[^ ]x");
        assert_eq!(spaces_to_whitespace(r"a\ b"), r"a\ b");
    }

    #[test]
    fn vars_expand_and_quantifiers_stay() {
        let mut vars = BTreeMap::new();
        vars.insert("PLAN".to_string(), "plan".to_string());
        assert_eq!(expand_vars("x{0,3}{PLAN}", &vars).unwrap(), "x{0,3}plan");
        assert_eq!(expand_vars("{NOPE}", &vars), Err("NOPE".to_string()));
        assert_eq!(expand_vars(r"\p{L}\P{L}", &vars).unwrap(), r"\p{L}\P{L}");
    }

    #[test]
    fn a_phrase_matches_across_a_line_break() {
        let set = RuleSet::load().unwrap();
        let rule = &set.rules["action_plan.no_need"];
        assert!(
            rule.is_match("Byrådet finder ikke\nanledning til at udarbejde en\nhandlingsplan.")
        );
    }

    #[test]
    fn matches_start_at_a_word_boundary() {
        let set = RuleSet::load().unwrap();
        let rule = &set.rules["danmarkskort.subject"];
        assert!(rule.find_all("naturdanmarkskortet").is_empty());
        assert_eq!(rule.find_all("Ét Danmarkskort").len(), 1);
    }
}
