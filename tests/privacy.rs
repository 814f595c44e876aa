//! No report copies a CPR number or a flagged citizen's name (issue 12, item 15).

use crate::util::{run, samples, tilsyn};

#[test]
fn spot_check_reports_mask_cpr_numbers_and_show_flagged_citizens_as_initials() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // Kolding's council of 26 February 2024 prints a citizen's CPR number, name
    // and diagnosis in an open item.
    let result = run(tilsyn()
        .arg("spot-check")
        .arg(samples().join("spot-check"))
        .args(["--period", "2024H1", "--per-municipality", "9", "--out"])
        .arg(&out));
    assert_eq!(result.status.code(), Some(0), "{result:?}");
    let json = std::fs::read_to_string(out.join("report.json")).unwrap();
    assert!(
        json.contains("spot.cpr_number"),
        "the CPR number is no longer flagged"
    );
    for file in ["report.json", "report.csv", "report.html"] {
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        for secret in ["140372-1137", "Henrik Lund Jessen", "Lund Jessen"] {
            assert!(!text.contains(secret), "{file} shows {secret:?}");
        }
    }
    assert!(
        json.contains("140372-XXXX"),
        "the masked number is not shown"
    );
    assert!(json.contains("H. L. J."), "the initials are not shown");
}
