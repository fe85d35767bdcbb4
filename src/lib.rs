//! stigg-cli: an offline pricing-and-packaging engine. The binary is a thin shell over this
//! library: `cli` parses, `ops` runs commands over `store` (SQL) and `domain` (pure rules),
//! `io` reads and writes files, `output` renders.

/// `eprintln!` that never panics: a closed or full stderr (`cmd 2>&1 | true`) must not turn a
/// command that did its work into a crash; the outcome is the exit code.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

/// `eprint!` that never panics (see `say!`).
macro_rules! say_inline {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let mut e = std::io::stderr();
        let _ = write!(e, $($t)*);
        let _ = e.flush();
    }};
}

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
