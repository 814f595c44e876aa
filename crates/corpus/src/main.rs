//! `tilsyn-corpus samples --out DIR` writes the sample corpus; `tilsyn-corpus national
//! --out DIR …` a national year of long minutes for benchmarks (see the library docs).

use anyhow::{Context, bail};
use std::path::PathBuf;
use tilsyn_corpus::national::{NationalConfig, write_national};

const USAGE: &str = "usage: tilsyn-corpus samples [--out DIR]
       tilsyn-corpus national --out DIR [--municipalities 98] [--meetings 11] [--pages 20..200] [--seed 1] [--html-share 0.1]";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        bail!("{USAGE}")
    };
    let mut out: Option<PathBuf> = None;
    let mut cfg = NationalConfig::default();
    let mut rest = args[1..].iter();
    while let Some(a) = rest.next() {
        let mut value = || rest.next().context(USAGE);
        match (cmd.as_str(), a.as_str()) {
            (_, "--out") => out = Some(value()?.into()),
            ("national", "--municipalities") => {
                cfg.municipalities = value()?.parse().context("--municipalities N")?;
                if !(1..=98).contains(&cfg.municipalities) {
                    bail!("--municipalities must be 1..=98");
                }
            }
            ("national", "--meetings") => {
                cfg.meetings = value()?.parse().context("--meetings N")?;
                if !(1..=40).contains(&cfg.meetings) {
                    bail!("--meetings must be 1..=40");
                }
            }
            ("national", "--pages") => {
                let v = value()?;
                let (lo, hi) = v.split_once("..").unwrap_or((v, v));
                let lo: usize = lo.parse().context("--pages MIN..MAX")?;
                let hi: usize = hi
                    .trim_start_matches('=')
                    .parse()
                    .context("--pages MIN..MAX")?;
                if lo == 0 || hi < lo || hi > 5000 {
                    bail!("--pages needs 1 <= MIN <= MAX <= 5000");
                }
                cfg.pages = (lo, hi);
            }
            ("national", "--seed") => cfg.seed = value()?.parse().context("--seed N")?,
            ("national", "--html-share") => {
                cfg.html_share = value()?.parse().context("--html-share 0..1")?;
                if !(0.0..=1.0).contains(&cfg.html_share) {
                    bail!("--html-share must be between 0 and 1");
                }
            }
            (_, other) => bail!("unknown argument {other}\n{USAGE}"),
        }
    }
    match cmd.as_str() {
        "samples" => {
            let out = out.unwrap_or_else(|| PathBuf::from("corpus-samples"));
            let n = tilsyn_corpus::samples::write_samples(&out)
                .with_context(|| format!("writing samples to {}", out.display()))?;
            eprintln!("wrote {n} files to {}", out.display());
            Ok(())
        }
        "national" => {
            let out = out.context(USAGE)?;
            let start = std::time::Instant::now();
            let s = write_national(&out, &cfg)
                .with_context(|| format!("writing the national corpus to {}", out.display()))?;
            eprintln!(
                "wrote {} files ({} PDFs, {} pages, {:.1} MB) to {} in {:.1} s",
                s.files,
                s.pdfs,
                s.pages,
                s.bytes as f64 / 1e6,
                out.display(),
                start.elapsed().as_secs_f64()
            );
            Ok(())
        }
        other => bail!("unknown command {other}\n{USAGE}"),
    }
}
