//! Word-level agreement of two extractions of the same files, for `benches/run.sh`.
//!
//!     wordagree OURS_DIR PEER_DIR
//!
//! For every `NAME.txt` in OURS_DIR with a `NAME.txt` in PEER_DIR, both texts are lower
//! cased, every character that is not a letter or a digit becomes a space, and the words
//! are counted as multisets. Agreement is `2·|A∩B| / (|A|+|B|)` summed over all files (the
//! Dice coefficient of the multisets: 100 % when both hold the same words the same number
//! of times, in any order). Also printed: the words each side has most often that the
//! other lacks, which says what the difference is made of (re-joined hyphenations,
//! dropped running headers, lost letters).
use std::collections::HashMap;
use std::path::Path;

fn words(path: &Path) -> HashMap<String, i64> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    let mut out = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *out.entry(w.to_string()).or_insert(0) += 1;
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (ours, peer) = match (args.next(), args.next()) {
        (Some(a), Some(b)) => (a, b),
        _ => {
            eprintln!("usage: wordagree OURS_DIR PEER_DIR");
            std::process::exit(2);
        }
    };
    let mut names: Vec<_> = std::fs::read_dir(&ours)
        .expect("OURS_DIR")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .filter(|n| n.to_string_lossy().ends_with(".txt"))
        .collect();
    names.sort();
    let (mut common, mut total_a, mut total_b, mut files) = (0i64, 0i64, 0i64, 0);
    let mut only_a: HashMap<String, i64> = HashMap::new();
    let mut only_b: HashMap<String, i64> = HashMap::new();
    for name in names {
        let pb = Path::new(&peer).join(&name);
        if !pb.exists() {
            continue;
        }
        files += 1;
        let a = words(&Path::new(&ours).join(&name));
        let b = words(&pb);
        total_a += a.values().sum::<i64>();
        total_b += b.values().sum::<i64>();
        for (w, &n) in &a {
            let m = b.get(w).copied().unwrap_or(0);
            common += n.min(m);
            if n > m {
                *only_a.entry(w.clone()).or_insert(0) += n - m;
            }
        }
        for (w, &m) in &b {
            let n = a.get(w).copied().unwrap_or(0);
            if m > n {
                *only_b.entry(w.clone()).or_insert(0) += m - n;
            }
        }
    }
    let top = |m: &HashMap<String, i64>| {
        let mut v: Vec<_> = m.iter().collect();
        v.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        v.iter()
            .take(8)
            .map(|(w, n)| format!("{w} ({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let agreement = if total_a + total_b == 0 {
        0.0
    } else {
        200.0 * common as f64 / (total_a + total_b) as f64
    };
    println!("files {files}");
    println!("words_ours {total_a}");
    println!("words_peer {total_b}");
    println!("words_common {common}");
    println!("agreement_pct {agreement:.2}");
    println!("only_ours {}", top(&only_a));
    println!("only_peer {}", top(&only_b));
}
