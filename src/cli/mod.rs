//! Argument definitions (clap) and dispatch. One module per noun; no SQL and no rules here.

pub mod catalog;
pub mod clock;
pub mod completions;
pub mod coupon;
pub mod credit;
pub mod currency;
pub mod customer;
pub mod entitlement;
pub mod env;
pub mod event;
pub mod events;
pub mod feature;
pub mod package;
pub mod product;
pub mod quickstart;
pub mod report;
pub mod simple;
pub mod subscription;
pub mod usage;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

use crate::app::{self, App};
use crate::error::{Error, Result};
use crate::output::{ColorChoice, Format, Printer};

const ABOUT: &str = "Offline pricing-and-packaging engine: catalog, customers, subscriptions, \
entitlements, usage and credits in one SQLite file per environment.";

#[derive(Parser, Debug)]
#[command(name = "stigg-cli", version, about = ABOUT)]
#[command(after_help = "Start with `stigg-cli quickstart`, then `stigg-cli <noun> --help`.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Command,
}

/// Accepted in any position; listed under their own heading after each verb's own options.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalOpts {
    /// Environment name (one SQLite file under the home directory)
    #[arg(short = 'e', long, env = "STIGG_ENV", hide_env_values = true, global = true, default_value = app::DEFAULT_ENV)]
    pub env: String,
    /// Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]
    #[arg(
        long,
        env = "STIGG_HOME",
        hide_env_values = true,
        global = true,
        value_name = "DIR"
    )]
    pub home: Option<PathBuf>,
    /// Use this database file directly instead of <home>/<env>.db
    #[arg(
        long,
        env = "STIGG_DB",
        hide_env_values = true,
        global = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,
    /// The current instant (RFC 3339 with offset); overrides the environment's clock
    #[arg(
        long,
        env = "STIGG_NOW",
        hide_env_values = true,
        global = true,
        value_name = "RFC3339"
    )]
    pub now: Option<String>,
    /// Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)
    #[arg(short = 'o', long = "format", global = true, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Same as --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Print only results (no status lines on stderr)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Confirm destructive commands without asking
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Colour on stderr: auto (terminal and no NO_COLOR), always, never
    #[arg(long, global = true, value_enum, default_value = "auto")]
    pub color: ColorChoice,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up the default environment with the starter catalog and show what it holds
    ///
    /// Example: stigg-cli quickstart
    Quickstart(quickstart::QuickstartArgs),
    /// Environments: one SQLite file each
    #[command(subcommand)]
    Env(env::EnvCommand),
    /// The environment's frozen test clock
    #[command(subcommand)]
    Clock(clock::ClockCommand),
    /// Catalog as code: apply, diff, validate and export YAML
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// Products: groups of plans and add-ons with their lifecycle setup
    #[command(subcommand)]
    Product(product::ProductCommand),
    /// Features: boolean, number (optionally metered) and enum capabilities
    #[command(subcommand)]
    Feature(feature::FeatureCommand),
    /// Credit currencies ("credit types")
    #[command(subcommand)]
    Currency(currency::CurrencyCommand),
    /// Coupons: percentage or fixed discounts
    #[command(subcommand)]
    Coupon(coupon::CouponCommand),
    /// Plans: versioned packages of entitlements and prices
    #[command(subcommand)]
    Plan(package::PlanCommand),
    /// Add-ons: versioned packages bought on top of a plan
    #[command(subcommand)]
    Addon(package::AddonCommand),
    /// Customers: provision, update, archive
    #[command(subcommand)]
    Customer(customer::CustomerCommand),
    /// Subscriptions: create, change plan, cancel, migrate, schedules
    #[command(subcommand)]
    Subscription(subscription::SubscriptionCommand),
    /// Entitlement checks and promotional entitlements
    #[command(subcommand)]
    Entitlement(entitlement::EntitlementCommand),
    /// Usage of metered features: report, show, import, history, recalculate
    #[command(subcommand)]
    Usage(usage::UsageCommand),
    /// Raw usage events: report, list (metered by the features' event meters)
    #[command(subcommand)]
    Event(event::EventCommand),
    /// Credits: grants, consumption, balance, the ledger and its invariants
    #[command(subcommand)]
    Credit(credit::CreditCommand),
    /// The event log: audit trail and export feed
    #[command(subcommand)]
    Events(events::EventsCommand),
    /// Reports: recurring revenue, subscriptions by plan and status, feature adoption
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Print a shell completion script
    ///
    /// Example: stigg-cli completions bash > /etc/bash_completion.d/stigg-cli
    Completions(completions::CompletionsArgs),
}

/// `entitlement check` is the hot path of application back ends. Building clap's whole command
/// tree costs more than the check itself, so that one verb is first tried with a parser that
/// knows only it (and the global options); anything else, `--help` included, takes the full one.
#[derive(Parser, Debug)]
#[command(name = "stigg-cli")]
struct CheckOnly {
    #[command(flatten)]
    global: GlobalOpts,
    #[command(subcommand)]
    top: CheckTop,
}

#[derive(Subcommand, Debug)]
enum CheckTop {
    #[command(subcommand)]
    Entitlement(CheckVerb),
}

#[derive(Subcommand, Debug)]
enum CheckVerb {
    Check(entitlement::CheckArgs),
}

/// Nouns whose `export` verb writes a file.
const EXPORTING_NOUNS: &[&str] = &["catalog", "customer", "subscription", "events"];
/// Global options that take a value (to skip over them when looking for the verb).
const VALUED_GLOBALS: &[&str] = &[
    "-e", "--env", "--home", "--db", "--now", "-o", "--format", "--color",
];
const FORMAT_NAMES: &[&str] = &["table", "json", "jsonl", "yaml", "csv"];

/// Is this an `… export` command line? (noun, then `export`, global options in between.)
fn is_export_line(args: &[String]) -> bool {
    args.iter().enumerate().any(|(i, a)| {
        if !EXPORTING_NOUNS.contains(&a.as_str()) {
            return false;
        }
        let mut j = i + 1;
        while let Some(x) = args.get(j) {
            if !x.starts_with('-') {
                return x == "export";
            }
            j += if VALUED_GLOBALS.contains(&x.as_str()) {
                2
            } else {
                1
            };
        }
        false
    })
}

/// On verbs that write a file, `-o FILE` names the file (spec 10) and `--format` the format:
/// `customer export --format csv -o customers.csv`. `-o` with a format name (`-o json`) keeps
/// meaning the format, as on every other verb.
fn rewrite_export_output(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let text: Option<Vec<String>> = args.iter().map(|a| a.to_str().map(String::from)).collect();
    let Some(text) = text else { return args };
    if !is_export_line(&text) {
        return args;
    }
    let mut out = Vec::with_capacity(text.len());
    // `--output` belongs to the verb: it goes after it, wherever `-o` was written.
    let mut outputs = Vec::new();
    let mut it = text.into_iter().peekable();
    let mut after_dashdash = false;
    while let Some(a) = it.next() {
        if after_dashdash {
            out.push(a);
            continue;
        }
        if a == "--" {
            after_dashdash = true;
            out.append(&mut outputs);
            out.push(a);
            continue;
        }
        let value = if a == "-o" {
            match it.next() {
                Some(v) => Some(v),
                None => {
                    out.push(a);
                    continue;
                }
            }
        } else {
            a.strip_prefix("-o")
                .filter(|_| !a.starts_with("--"))
                .map(|v| v.strip_prefix('=').unwrap_or(v).to_string())
        };
        match value {
            Some(v) if FORMAT_NAMES.contains(&v.to_ascii_lowercase().as_str()) => {
                out.push(format!("--format={v}"));
            }
            Some(v) => outputs.push(format!("--output={v}")),
            None => out.push(a),
        }
    }
    out.append(&mut outputs);
    out.into_iter().map(Into::into).collect()
}

/// Parses `args` (program name first): the check fast path, else the full parser.
pub fn parse(args: Vec<std::ffi::OsString>) -> std::result::Result<Cli, clap::Error> {
    let args = rewrite_export_output(args);
    let maybe_check = args.iter().any(|a| a == "check")
        && !args
            .iter()
            .any(|a| a == "-h" || a == "--help" || a == "help" || a == "-V" || a == "--version");
    use clap::{CommandFactory, FromArgMatches};
    if maybe_check
        && let Ok(m) = CheckOnly::command().try_get_matches_from(&args)
        && let Ok(mut c) = CheckOnly::from_arg_matches(&m)
    {
        one_location(&mut c.global, &m)?;
        let CheckTop::Entitlement(CheckVerb::Check(a)) = c.top;
        return Ok(Cli {
            global: c.global,
            command: Command::Entitlement(entitlement::EntitlementCommand::Check(a)),
        });
    }
    parse_full(args)
}

/// The full parser (every verb), with the rule on where the environment is.
fn parse_full(args: Vec<std::ffi::OsString>) -> std::result::Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let m = Cli::command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&m)?;
    one_location(&mut cli.global, &m)?;
    Ok(cli)
}

/// Where `id` was given: the deepest subcommand's source (a global option may follow any verb).
fn source_of(m: &clap::ArgMatches, id: &str) -> Option<clap::parser::ValueSource> {
    let mut source = m.value_source(id);
    let mut at = m;
    while let Some((_, sub)) = at.subcommand() {
        if let Some(s) = sub.value_source(id) {
            source = Some(s);
        }
        at = sub;
    }
    source
}

/// `-e/--env` names an environment under the home and `--db` a database file: both on one
/// command line is refused (one of them would be ignored: a write could land in the other
/// file). A flag beats a variable: `-e NAME` with STIGG_DB set uses NAME, as `--db PATH`
/// with STIGG_ENV set uses PATH.
fn one_location(g: &mut GlobalOpts, m: &clap::ArgMatches) -> std::result::Result<(), clap::Error> {
    use clap::parser::ValueSource::CommandLine;
    if source_of(m, "env") != Some(CommandLine) {
        return Ok(());
    }
    match source_of(m, "db") {
        Some(CommandLine) => Err(clap::Error::raw(
            clap::error::ErrorKind::ArgumentConflict,
            "-e/--env and --db both say where the environment is: pass one (--db PATH uses that file, -e NAME the file NAME.db under the home)\n",
        )),
        _ => {
            g.db = None;
            Ok(())
        }
    }
}

pub struct Resolved {
    pub app: App,
    /// The format the user asked for (`--format`/`-o`/`--json`/STIGG_FORMAT), if any: export
    /// verbs honour it or refuse it.
    pub asked_format: Option<Asked>,
}

/// A format asked for on the command line, as export verbs see it (`jsonl` apart from `json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Table,
    Json,
    JsonLines,
    Yaml,
    Csv,
}

impl Asked {
    fn name(self) -> &'static str {
        match self {
            Asked::Table => "table",
            Asked::Json => "json",
            Asked::JsonLines => "jsonl",
            Asked::Yaml => "yaml",
            Asked::Csv => "csv",
        }
    }
}

/// The format an export writes: the one asked for, else the file name's (`.csv`, `.json`,
/// `.jsonl`/`.ndjson`, `.yaml`/`.yml`), else the verb's default. A format the verb cannot
/// write, or a file name that says another format than the one asked, is refused — never a
/// silent substitute.
pub fn export_format(
    verb: &str,
    asked: Option<Asked>,
    path: Option<&std::path::Path>,
    supported: &[Asked],
) -> Result<Asked> {
    let by_name = path
        .filter(|p| p.as_os_str() != "-")
        .and_then(|p| p.extension())
        .and_then(
            |e| match e.to_string_lossy().to_ascii_lowercase().as_str() {
                "csv" => Some(Asked::Csv),
                "json" => Some(Asked::Json),
                "jsonl" | "ndjson" => Some(Asked::JsonLines),
                "yaml" | "yml" => Some(Asked::Yaml),
                _ => None,
            },
        );
    let names = || {
        supported
            .iter()
            .map(|a| a.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let chosen = match (asked, by_name) {
        (Some(a), Some(n)) if a != n => {
            return Err(Error::usage(format!(
                "{verb}: --format {} does not match the file name {}",
                a.name(),
                path.map(|p| p.display().to_string()).unwrap_or_default()
            ))
            .hint("give the file a matching extension, or drop --format"));
        }
        (Some(a), _) => a,
        (None, Some(n)) => n,
        (None, None) => supported[0],
    };
    if !supported.contains(&chosen) {
        return Err(
            Error::usage(format!("{verb} cannot write {}", chosen.name()))
                .hint(format!("it writes {}", names())),
        );
    }
    Ok(chosen)
}

/// `STIGG_FORMAT`, when set: the default output format, read only where no flag decides.
pub fn default_format_setting() -> Option<String> {
    std::env::var("STIGG_FORMAT").ok().filter(|f| !f.is_empty())
}

/// Turns the global options into an [`App`].
pub fn resolve(cli: &Cli) -> Result<Resolved> {
    let g = &cli.global;
    let parse = |f: &str, whose: &str| -> Result<Asked> {
        Ok(match f.to_ascii_lowercase().as_str() {
            "table" => Asked::Table,
            "json" => Asked::Json,
            // JSON lines: what `events export` writes, and exports of customers/subscriptions.
            "jsonl" => Asked::JsonLines,
            "yaml" => Asked::Yaml,
            "csv" => Asked::Csv,
            other => {
                return Err(Error::usage(format!("invalid {whose} '{other}'"))
                    .hint("use table, json, jsonl, yaml or csv"));
            }
        })
    };
    // What the command line asks for (an export's file name gives way to it only when asked);
    // STIGG_FORMAT is the default output format, not a demand: an export without a flag still
    // takes its format from the file name.
    let mut asked_format = g
        .format
        .as_deref()
        .map(|f| parse(f, "--format"))
        .transpose()?;
    if g.json {
        asked_format = Some(Asked::Json);
    }
    // (Read only when no flag decides: a flag makes the variable irrelevant.)
    let default_format = match default_format_setting() {
        Some(f) if asked_format.is_none() => Some(parse(&f, "STIGG_FORMAT")?),
        _ => None,
    };
    let format = match asked_format.or(default_format) {
        None | Some(Asked::Table) => Format::Table,
        Some(Asked::Json) => Format::Json,
        Some(Asked::JsonLines) => Format::JsonLines,
        Some(Asked::Yaml) => Format::Yaml,
        Some(Asked::Csv) => Format::Csv,
    };
    let printer = Printer::new(format, g.quiet, g.color);
    let home = match &g.home {
        Some(h) => h.clone(),
        None => app::default_home()?,
    };
    let now_flag = g
        .now
        .as_deref()
        .map(|s| {
            if s.trim().is_empty() {
                Err(Error::usage("--now (or STIGG_NOW) is empty")
                    .hint("give an RFC 3339 instant with an offset, e.g. 2026-01-31T12:00:00Z, or unset STIGG_NOW"))
            } else {
                crate::clock::parse_instant_arg("--now", s)
            }
        })
        .transpose()?;
    let id_seed = match std::env::var("STIGG_ID_SEED") {
        Ok(s) if !s.is_empty() => Some(s.parse::<u64>().map_err(|_| {
            Error::usage(format!("STIGG_ID_SEED must be a whole number, got '{s}'"))
        })?),
        _ => None,
    };
    Ok(Resolved {
        app: App {
            printer,
            home,
            env: g.env.clone(),
            db: g.db.clone(),
            now_flag,
            id_seed,
            yes: g.yes,
        },
        asked_format,
    })
}

pub fn run(cli: Cli) -> Result<()> {
    let r = resolve(&cli)?;
    let app = &r.app;
    match cli.command {
        Command::Quickstart(a) => quickstart::run(app, a),
        Command::Env(c) => env::run(app, c),
        Command::Clock(c) => clock::run(app, c),
        Command::Catalog(c) => catalog::run(app, c, r.asked_format),
        Command::Product(c) => product::run(app, c),
        Command::Feature(c) => feature::run(app, c),
        Command::Currency(c) => currency::run(app, c),
        Command::Coupon(c) => coupon::run(app, c),
        Command::Plan(c) => package::run_plan(app, c),
        Command::Addon(c) => package::run_addon(app, c),
        Command::Customer(c) => customer::run(app, c, r.asked_format),
        Command::Subscription(c) => subscription::run(app, c, r.asked_format),
        Command::Entitlement(c) => entitlement::run(app, c),
        Command::Usage(c) => usage::run(app, c),
        Command::Event(c) => event::run(app, c),
        Command::Credit(c) => credit::run(app, c),
        Command::Report(c) => report::run(app, c),
        Command::Events(c) => events::run(app, c, r.asked_format),
        Command::Completions(a) => completions::run(app, a),
    }
}

/// Splits `a,b,c` lists given once or repeated.
/// A flag taking one of `values`, in any case (Stigg spells its enums in capitals: `PAID`,
/// `MONTHLY`): the value is passed on in lower case. Used with `ignore_case = true`.
pub fn one_of(
    values: &'static [&'static str],
) -> impl clap::builder::TypedValueParser<Value = String> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(values).map(|s| s.to_ascii_lowercase())
}

pub fn split_list(values: &[String]) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Warns about an import's rejected rows (`at`, reason): the first 20, then how many more
/// (the rejects file, when there is one, has them all).
pub fn warn_rejected<'a>(
    app: &App,
    file: &str,
    rejected: impl ExactSizeIterator<Item = (String, &'a str)>,
    rejects: Option<&std::path::Path>,
) {
    let total = rejected.len();
    for (at, reason) in rejected.take(20) {
        app.printer.warn(&format!(
            "{file}:{at}: {}",
            crate::output::escape::visible(reason)
        ));
    }
    if total > 20 {
        let where_ = rejects
            .map(|p| format!(" (all in {})", p.display()))
            .unwrap_or_default();
        app.printer
            .warn(&format!("… and {} more rejected rows{where_}", total - 20));
    }
}

/// An export written as `produce` makes it, never held whole: to `path` atomically (see
/// [`crate::io::write_atomic_with`]), or to stdout (no path, or `-o -`).
pub fn stream_export<T>(
    app: &App,
    path: Option<&std::path::Path>,
    produce: impl FnOnce(&mut dyn std::io::Write) -> Result<T>,
) -> Result<T> {
    match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => {
            let made = crate::io::write_atomic_with(p, produce)?;
            app.printer.status(&format!("wrote {}", p.display()));
            Ok(made)
        }
        None => crate::io::atomic::write_stream(
            std::path::Path::new("standard output"),
            std::io::stdout().lock(),
            produce,
        ),
    }
}

/// Writes an export: atomically to `path` (temporary file + rename), or to stdout.
pub fn write_export(app: &App, path: Option<&std::path::Path>, text: &str) -> Result<()> {
    // `-o -` is stdout, as for most tools.
    let path = path.filter(|p| p.as_os_str() != "-");
    match path {
        Some(p) => {
            crate::io::write_atomic(p, text.as_bytes())?;
            app.printer.status(&format!("wrote {}", p.display()));
            Ok(())
        }
        None => app.printer.write_stdout(text),
    }
}

pub fn parse_decimal_arg(flag: &str, s: &str) -> Result<rust_decimal::Decimal> {
    crate::domain::decimal::parse_decimal(s)
        .map_err(|m| Error::usage(format!("invalid {flag}: {m}")))
}

/// A decimal flag that may not be negative (limits, requested usage).
pub fn parse_non_negative_arg(flag: &str, s: &str) -> Result<rust_decimal::Decimal> {
    crate::domain::decimal::parse_non_negative(s)
        .map_err(|m| Error::usage(format!("invalid {flag}: {m}")))
}

pub fn check_id_arg(what: &str, id: &str) -> Result<()> {
    crate::store::valid_id(what, id)
}

/// `singular[,plural]`
pub fn parse_units(s: &str) -> crate::domain::catalog::Units {
    let mut parts = s.splitn(2, ',').map(|p| p.trim().to_string());
    let singular = parts.next().unwrap_or_default();
    let plural = parts
        .next()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| format!("{singular}s"));
    crate::domain::catalog::Units { singular, plural }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_check_fast_path_parses_like_the_full_parser() {
        for line in [
            "stigg-cli entitlement check acme seats --requested-usage 3 --json",
            "stigg-cli -e prod --now 2026-01-01T00:00:00Z entitlement check acme region --requested-values us,eu --resource r1",
            "stigg-cli entitlement check acme seats -o yaml -q",
        ] {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            let fast = super::parse(args.clone()).unwrap();
            let full = super::parse_full(args).unwrap();
            assert_eq!(format!("{fast:?}"), format!("{full:?}"));
        }
        // Not a check: the full parser answers (and reports errors).
        assert!(
            super::parse(vec![
                "stigg-cli".into(),
                "entitlement".into(),
                "check".into()
            ])
            .is_err()
        );
        assert!(super::parse(vec!["stigg-cli".into(), "plan".into(), "list".into()]).is_ok());
    }
}
