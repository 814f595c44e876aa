//! The matcher's memory: the resident set of this process after loading the rules, after
//! compiling them all, after matching FILE on one thread, and after matching it again on
//! two more threads (each thread keeps caches of its own).
//!
//!     target/release/examples/memory FILE
//!
//! FILE is as for `throughput`: documents separated by 0x1D, pages by form feeds.
fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM"))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: memory FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 text");
    let docs: Vec<Vec<&str>> = text
        .split('\x1d')
        .filter(|d| !d.trim().is_empty())
        .map(|d| {
            let mut pages: Vec<&str> = d.split('\x0c').collect();
            if pages.last().is_some_and(|p| p.trim().is_empty()) {
                pages.pop();
            }
            pages
        })
        .collect();
    println!("text read: {}", rss());
    let matcher = tilsyn_matcher::Matcher::new().expect("rules compile");
    println!("rules loaded: {}", rss());
    matcher.compile_all();
    println!("rules compiled: {}", rss());
    let run = |k: usize, step: usize| -> usize {
        docs.iter()
            .skip(k)
            .step_by(step)
            .map(|p| matcher.analyse(p).danmarkskort.len())
            .sum()
    };
    let n = run(0, 1);
    println!("matched on one thread ({n} danmarkskort items): {}", rss());
    std::thread::scope(|s| {
        for k in 0..2 {
            s.spawn(move || run(k, 2));
        }
    });
    println!("matched on two more threads: {}", rss());
}
