//! Writes the example letter of every template as `.docx` into a folder:
//! `cargo run -p tilsyn-letters --example example_letters -- OUT_DIR`.
//! `scripts/letters-pdf.sh` converts them to PDF for `docs/letters/`.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Deserialize;
use tilsyn_letters::{LetterConfig, LetterInput, Reaction, Templates, draft, to_docx};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    submit_minutes_by: Option<NaiveDate>,
    input: LetterInput,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: example_letters OUT_DIR")?,
    );
    std::fs::create_dir_all(&out)?;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../templates/letters/examples");
    let templates = Templates::load()?;
    for reaction in Reaction::ALL {
        let text = std::fs::read_to_string(dir.join(format!("{reaction}.input.toml")))?;
        let ex: Example = toml::from_str(&text)?;
        let config = LetterConfig {
            submit_minutes_by: ex.submit_minutes_by,
            ..LetterConfig::default()
        };
        let letter = draft(&templates, &ex.input, &config)?;
        let path = out.join(format!("{reaction}.docx"));
        std::fs::write(&path, to_docx(&letter, reaction.as_str())?)?;
        println!("{}", path.display());
    }
    Ok(())
}
