//! Generates the sample corpus of Danish municipal minutes that tilsyn's tests and
//! benchmarks read: PDFs in several publishing styles, HTML pages, and the broken and odd
//! files a bulk download really contains.
//!
//! The pipeline is a document model ([`model::Meeting`], parsed from the texts in
//! `data/`) rendered by a writer ([`pdf::write_pdf`], [`html::write_html`]); the odd files
//! come from [`broken`]. [`national`] composes a national year of long minutes from the
//! same texts, for benchmarks. [`samples::samples`] lists the sample corpus with the expected
//! reading of each file, and [`samples::write_samples`] writes it, byte-identical on
//! every run.
//!
//! ```no_run
//! let out = std::path::Path::new("corpus-samples");
//! tilsyn_corpus::samples::write_samples(out).unwrap();
//! ```
#![deny(missing_docs)]

pub mod broken;
pub mod html;
pub mod layout;
pub mod metrics;
pub mod model;
pub mod national;
pub mod pdf;
pub mod samples;
pub mod spot;
pub mod standard;
