//! `tilsyn-corpus samples --out DIR` writes the sample corpus (see the library docs).

use anyhow::{Context, bail};
use std::path::PathBuf;

const USAGE: &str = "usage: tilsyn-corpus samples [--out DIR]";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        bail!("{USAGE}")
    };
    match cmd.as_str() {
        "samples" => {
            let mut out = PathBuf::from("corpus-samples");
            let mut rest = args[1..].iter();
            while let Some(a) = rest.next() {
                match a.as_str() {
                    "--out" => out = rest.next().context(USAGE)?.into(),
                    other => bail!("unknown argument {other}\n{USAGE}"),
                }
            }
            let n = tilsyn_corpus::samples::write_samples(&out)
                .with_context(|| format!("writing samples to {}", out.display()))?;
            eprintln!("wrote {n} files to {}", out.display());
            Ok(())
        }
        other => bail!("unknown command {other}\n{USAGE}"),
    }
}
