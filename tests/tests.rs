//! Integration tests: they drive the real `tilsyn` binary over folders in
//! temporary directories and read what it wrote.

#[macro_use]
mod util;

mod cli;
mod corpus;
mod docs;
mod extract;
mod hostile;
mod hostile_browser;
mod hostile_corpus;
mod hostile_fs;
mod hostile_gen;
mod hostile_kill;
mod hostile_props;
mod letters;
mod national;
mod privacy;
mod producers;
mod review;
mod review_browser;
mod spotcheck;
mod spreadsheets;
mod systems;
mod terminal;
