//! CLI tests: one integration binary.
