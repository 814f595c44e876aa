//! Danish matching rules (in progress).
