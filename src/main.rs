//! Parse arguments, run, map the outcome to the documented exit code.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use stigg_cli::cli::run;
use stigg_cli::error::{Error, ErrorKind};
use stigg_cli::output::{ColorChoice, Format, Printer};

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
    let args: Vec<OsString> = std::env::args_os().collect();
    // Shell completion scripts ask for the ids of the current environment; this never goes
    // through the parser (nor opens a database that does not exist).
    if args.get(1).is_some_and(|a| a == "__complete") {
        stigg_cli::cli::completions::complete_ids(&args[2..]);
        return ExitCode::SUCCESS;
    }
    let cli = match stigg_cli::cli::parse(args.clone()) {
        Ok(c) => c,
        Err(e) => return parse_failure(&e, json_requested(&args)),
    };
    // (STIGG_FORMAT is the default when no flag says otherwise.)
    let json = cli.global.json
        || cli
            .global
            .format
            .clone()
            .or_else(stigg_cli::cli::default_format_setting)
            .is_some_and(|f| f.eq_ignore_ascii_case("json") || f.eq_ignore_ascii_case("jsonl"));
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
        Err(mut e) => {
            // (Only an answer that could not be written comes after the commit.)
            if e.code == "OutputError" && stigg_cli::store::committed() {
                e.message.push_str(
                    "; the command's changes were committed before this error (running it again may repeat them)",
                );
            }
            printer.error(&e);
            ExitCode::from(e.kind.exit_code())
        }
    }
}

/// `--help`/`--version` print to stdout and succeed (exit 74 when that write fails); usage
/// errors exit 2, as the documented JSON error when JSON output was asked for.
fn parse_failure(e: &clap::Error, json: bool) -> ExitCode {
    let format = if json { Format::Json } else { Format::Table };
    let printer = Printer::new(format, false, ColorChoice::Auto);
    if !e.use_stderr() {
        let written = e.print().and_then(|()| std::io::stdout().flush());
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(w) if w.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(w) => {
                let err = Error::new(
                    ErrorKind::IoErr,
                    "OutputError",
                    format!("cannot write output: {w}"),
                );
                printer.error(&err);
                ExitCode::from(err.kind.exit_code())
            }
        };
    }
    if json {
        printer.error(&usage_error(e));
    } else {
        let _ = e.print();
    }
    ExitCode::from(ErrorKind::Usage.exit_code())
}

/// Whether the (unparsable) command line or STIGG_FORMAT asks for JSON output: `--json`,
/// `--format json`, `--format=json`, `-o json`, `-ojson`, `-o=json` (before any `--`).
fn json_requested(args: &[OsString]) -> bool {
    let mut format: Option<String> = None;
    let mut json_flag = false;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(w) = words.next() {
        let w = w.as_ref();
        if w == "--" {
            break;
        }
        if w == "--json" {
            json_flag = true;
        } else if w == "--format" {
            format = words.next().map(|v| v.into_owned());
        } else if let Some(v) = w.strip_prefix("--format=") {
            format = Some(v.to_string());
        } else if let Some(cluster) = w.strip_prefix('-').filter(|c| !c.starts_with('-')) {
            // Short options may be bundled (`-qo json`); `o` takes the rest or the next word.
            if let Some(i) = cluster.find('o') {
                let rest = &cluster[i + 1..];
                let rest = rest.strip_prefix('=').unwrap_or(rest);
                format = if rest.is_empty() {
                    words.next().map(|v| v.into_owned())
                } else {
                    Some(rest.to_string())
                };
            }
        }
    }
    let format = format.or_else(stigg_cli::cli::default_format_setting);
    json_flag
        || format.is_some_and(|f| f.eq_ignore_ascii_case("json") || f.eq_ignore_ascii_case("jsonl"))
}

/// A parser error as the project's error: the first line is the message; clap's tips, the
/// possible values and the usage line become hints.
fn usage_error(e: &clap::Error) -> Error {
    use clap::error::ErrorKind as K;
    let code = match e.kind() {
        K::UnknownArgument => "UnknownArgument",
        K::InvalidSubcommand => "UnknownCommand",
        K::MissingRequiredArgument => "MissingArgument",
        K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand => "MissingCommand",
        K::ArgumentConflict => "ArgumentConflict",
        _ => "InvalidArgumentError",
    };
    let text = e.render().to_string();
    let mut lines = text.lines().map(str::trim_end).peekable();
    let mut message = String::new();
    let mut hints = Vec::new();
    if matches!(e.kind(), K::DisplayHelpOnMissingArgumentOrSubcommand) {
        // clap prints the whole help here; keep its usage line only.
        message = "a subcommand is required".to_string();
    } else if let Some(first) = lines.next() {
        message = first.strip_prefix("error: ").unwrap_or(first).to_string();
        // A message can continue on indented lines (e.g. the list of missing arguments).
        let mut sep = " ";
        while let Some(l) = lines.peek() {
            let t = l.trim();
            if !l.starts_with("  ") || t.starts_with("tip:") || t.starts_with('[') {
                break;
            }
            message.push_str(sep);
            message.push_str(t);
            sep = ", ";
            lines.next();
        }
    }
    let help_only = matches!(e.kind(), K::DisplayHelpOnMissingArgumentOrSubcommand);
    while let Some(l) = lines.next() {
        let t = l.trim();
        if help_only && !l.starts_with("Usage: ") {
            continue;
        }
        if let Some(tip) = t.strip_prefix("tip: ") {
            hints.push(tip.to_string());
        } else if let Some(values) = t.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            hints.push(values.to_string());
        } else if let Some(usage) = l.strip_prefix("Usage: ") {
            hints.push(format!("usage: {}", usage.trim()));
            // Alternative usages follow on indented lines.
            while let Some(more) = lines.peek().filter(|m| m.starts_with("  ")) {
                hints.push(format!("usage: {}", more.trim()));
                lines.next();
            }
        } else if let Some(more) = t.strip_prefix("For more information, ") {
            hints.push(more.trim_end_matches('.').to_string());
        }
    }
    if help_only {
        hints.push("try '--help' for the list of subcommands".to_string());
    }
    let mut err = Error::new(ErrorKind::Usage, code, message);
    err.hints = hints;
    err
}
