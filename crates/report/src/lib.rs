//! Outcomes and reports (in progress).
