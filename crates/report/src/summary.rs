//! The short plain-text summary printed on standard output.

use std::fmt::Write as _;

use crate::{Outcome, Report};

/// A short plain-text summary: outcome counts and file counts, for standard
/// output after a scan.
pub fn summary_text(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let total = report.municipalities.len();
    let _ = writeln!(
        out,
        "danmarkskort {}: {total} municipalities",
        report.map_year
    );
    for o in Outcome::ALL {
        let n = match o {
            Outcome::Ok => s.ok,
            Outcome::NoPosition => s.no_position,
            Outcome::Late => s.late,
            Outcome::CommitteeOnly => s.committee_only,
            Outcome::NotFound => s.not_found,
        };
        let _ = writeln!(out, "  {:<16}{n:>4}", o.as_str());
    }
    let review = report
        .municipalities
        .iter()
        .filter(|m| !m.review.is_empty())
        .count();
    let _ = writeln!(out, "  {:<16}{review:>4}", "to review");
    let f = &report.files;
    let _ = writeln!(
        out,
        "files: {} ok, {} error, {} skipped",
        f.ok, f.error, f.skipped
    );
    let mut run = Vec::new();
    if let Some(e) = report.run.elapsed {
        run.push(format!("{:.1} s", e.as_secs_f64()));
    }
    if let Some(j) = report.run.jobs {
        run.push(format!("{j} jobs"));
    }
    if !run.is_empty() {
        let _ = writeln!(out, "run: {}", run.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RunInfo, build_report};

    #[test]
    fn lists_every_outcome_and_the_files() {
        let run = RunInfo {
            jobs: Some(2),
            ..Default::default()
        };
        let text = summary_text(&build_report(2022, vec![], run));
        assert!(text.contains("not_found         98"), "{text}");
        for o in Outcome::ALL {
            assert!(text.contains(o.as_str()), "{text}");
        }
        assert!(text.contains("files: 0 ok, 0 error, 0 skipped"), "{text}");
        assert!(text.contains("2 jobs"), "{text}");
    }
}
