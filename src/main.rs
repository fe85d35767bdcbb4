//! Parse arguments, run, map the outcome to the documented exit code.

use std::process::ExitCode;

use stigg_cli::cli::run;
use stigg_cli::output::{Format, Printer};

/// A file-size limit (`ulimit -f`) must make writes fail with EFBIG — reported, rolled back,
/// exit 74 — instead of killing the process with SIGXFSZ and no message.
#[cfg(target_os = "linux")]
fn ignore_file_size_signal() {
    const SIGXFSZ: i32 = 25;
    const SIG_IGN: usize = 1;
    unsafe extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    // SAFETY: installing SIG_IGN for one signal, before any thread is started.
    unsafe {
        signal(SIGXFSZ, SIG_IGN);
    }
}

#[cfg(not(target_os = "linux"))]
fn ignore_file_size_signal() {}

fn main() -> ExitCode {
    ignore_file_size_signal();
    let cli = match stigg_cli::cli::parse(std::env::args_os().collect()) {
        Ok(c) => c,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let json = cli.global.json
        || cli
            .global
            .format
            .as_deref()
            .is_some_and(|f| f.eq_ignore_ascii_case("json"));
    let printer = Printer::new(
        if json { Format::Json } else { Format::Table },
        cli.global.quiet,
        cli.global.color,
    );
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.code == "BrokenPipe" => ExitCode::SUCCESS,
        // An answer carried by the exit code alone (`catalog diff` with changes pending).
        Err(e) if e.message.is_empty() => ExitCode::from(e.kind.exit_code()),
        Err(e) => {
            printer.error(&e);
            ExitCode::from(e.kind.exit_code())
        }
    }
}
