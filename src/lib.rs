//! stigg-cli: an offline pricing-and-packaging engine. The binary is a thin shell over this
//! library: `cli` parses, `ops` runs commands over `store` (SQL) and `domain` (pure rules),
//! `io` reads and writes files, `output` renders.

pub mod app;
pub mod cli;
pub mod clock;
pub mod domain;
pub mod error;
pub mod events;
pub mod ids;
pub mod io;
pub mod ops;
pub mod output;
pub mod store;
