//! Ingest (in progress).
