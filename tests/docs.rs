//! The documentation in the repository stays true: `docs/report-fields.md` names
//! exactly the fields a real `report.json` has, and `scripts/check-html.sh` says when
//! it cannot run (issue 12, item 16).

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::samples;

/// Every field path of `v`, as the page writes them (`documents[].items[].title`).
fn paths(v: &serde_json::Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, child) in map {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.insert(p.clone());
                paths(child, &p, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items.iter().filter(|i| i.is_object()) {
                paths(item, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

/// The fields the page documents (first column of its tables), and which of them it
/// marks optional.
fn documented() -> (BTreeSet<String>, BTreeSet<String>) {
    let page = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-fields.md"),
    )
    .unwrap();
    let mut all = BTreeSet::new();
    let mut optional = BTreeSet::new();
    for line in page.lines() {
        let Some(rest) = line.strip_prefix("| `") else {
            continue;
        };
        let Some((field, what)) = rest.split_once("` |") else {
            continue;
        };
        all.insert(field.to_string());
        if what.trim_start().starts_with("*optional") {
            optional.insert(field.to_string());
        }
    }
    (all, optional)
}

#[test]
fn report_fields_page_names_every_field_of_a_real_report_and_no_other() {
    let dir = tempfile::tempdir().unwrap();
    // The samples, plus what brings out the optional fields: a file filed under
    // another municipality, and a second run with a warning (a future map year).
    let input = dir.path().join("in");
    let copy = std::process::Command::new("cp")
        .arg("-r")
        .arg(samples())
        .arg(&input)
        .status()
        .unwrap();
    assert!(copy.success());
    std::fs::create_dir_all(input.join("751-aarhus")).unwrap();
    std::fs::copy(
        samples().join("101-koebenhavn/referat-borgerrepraesentationen-2022-12-08.pdf"),
        input.join("751-aarhus/fra-koebenhavn.pdf"),
    )
    .unwrap();
    let mut real = BTreeSet::new();
    paths(
        &crate::util::scan(&input, &dir.path().join("a"), 2022, &[]),
        "",
        &mut real,
    );
    paths(
        &crate::util::scan(&input, &dir.path().join("b"), 2100, &[]),
        "",
        &mut real,
    );

    let (all, optional) = documented();
    let undocumented: Vec<_> = real.difference(&all).collect();
    assert!(
        undocumented.is_empty(),
        "fields of report.json missing from docs/report-fields.md: {undocumented:#?}"
    );
    let gone: Vec<_> = all
        .difference(&real)
        .filter(|f| !optional.contains(*f))
        .collect();
    assert!(
        gone.is_empty(),
        "docs/report-fields.md names fields a real report does not have (mark them *optional* \
         if they are left out when empty): {gone:#?}"
    );
}

#[test]
fn check_html_says_it_cannot_run_without_chromium_and_root_instead_of_calling_apt() {
    let dir = tempfile::tempdir().unwrap();
    use std::os::unix::fs::PermissionsExt;
    // Readable by the unprivileged user the script runs as.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let html = dir.path().join("report.html");
    std::fs::write(&html, "<html></html>").unwrap();
    // A PATH with `id` and nothing else: no chromium, no apt-get, no sudo.
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let id = ["/usr/bin/id", "/bin/id"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("id");
    std::os::unix::fs::symlink(id, bin.join("id")).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check-html.sh");
    let mut cmd = if running_as_root() {
        // As root, run the script as nobody.
        // By its full path: the PATH given below is the script's, and Command
        // looks the program up in it.
        let mut c = std::process::Command::new("/usr/bin/setpriv");
        c.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "/bin/bash",
        ]);
        c
    } else {
        std::process::Command::new("/bin/bash")
    };
    let out = cmd
        .arg(&script)
        .arg(&html)
        .env("PATH", &bin)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("cannot run"), "{err}");
    assert!(
        !err.contains("apt-get update") && !err.contains("E: "),
        "{err}"
    );
}

/// Whether the tests run as root (CI does), from `id -u`.
fn running_as_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
