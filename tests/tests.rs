//! Integration tests: they drive the real `tilsyn` binary over folders in
//! temporary directories and read what it wrote.

#[macro_use]
mod util;

mod cli;
mod corpus;
mod extract;
mod hostile;
