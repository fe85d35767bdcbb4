//! `usage report|show` — reported ("calculated") usage of metered features.

use clap::{Args, Subcommand};

use super::customer::parse_kv;
use super::parse_decimal_arg;
use crate::app::App;
use crate::clock::{self, parse_instant_arg};
use crate::domain::usage::UpdateBehavior;
use crate::error::Result;
use crate::ops::usage::{self as ops, ReportRequest, ReportView, UsageRow};
use crate::output::views::ListView;
use crate::output::{Tabular, View};

#[derive(Subcommand, Debug)]
pub enum UsageCommand {
    /// Report usage of a metered feature: a delta (default, may be negative) or, with --set, the
    /// new value of its current window
    ///
    /// Example: stigg-cli usage report acme exports 3 --idempotency-key req-42
    Report(ReportArgs),
    /// Current usage of every metered feature a customer has
    ///
    /// Example: stigg-cli usage show acme
    Show(ShowArgs),
    /// Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction
    ///
    /// Example: stigg-cli usage import events.csv --skip-invalid --rejects bad.csv
    Import(ImportArgs),
    /// Usage over time: per bucket, the value of the window in force, reset points marked
    ///
    /// Example: stigg-cli usage history acme exports --from 2026-01-01T00:00:00Z --bucket day
    History(HistoryArgs),
    /// Rebuild usage values from the stored records (all customers, or one) and list every
    /// window whose value changed
    ///
    /// Example: stigg-cli usage recalculate acme
    Recalculate(RecalculateArgs),
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file: .csv (header customerId,featureId,value,… or customerId,eventName,…) or .jsonl
    pub file: std::path::PathBuf,
    /// What the rows are (default: from the CSV header; required for JSON lines)
    #[arg(long, value_parser = crate::cli::one_of(&["usage", "events"]), ignore_case = true)]
    pub kind: Option<String>,
    /// Check and report without writing (exit 1 when the import would change something, 0 when not)
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows; write the bad ones, with a reason, to --rejects
    #[arg(long, requires = "rejects")]
    pub skip_invalid: bool,
    /// Where --skip-invalid writes the rejected rows (not the input file)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<std::path::PathBuf>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// Customer id
    pub customer: String,
    /// Metered feature id
    pub feature: String,
    /// From this instant (RFC 3339); default 30 days before now
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this instant (RFC 3339); default now
    #[arg(long)]
    pub to: Option<String>,
    /// Bucket size
    #[arg(long, value_parser = crate::cli::one_of(&["hour", "day", "month"]), ignore_case = true, default_value = "day")]
    pub bucket: String,
    /// One series per value of this dimension
    #[arg(long, value_name = "DIMENSION")]
    pub group_by: Option<String>,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
}

#[derive(Args, Debug)]
pub struct RecalculateArgs {
    /// Only this customer (default: every customer)
    pub customer: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Customer id
    pub customer: String,
    /// Metered feature id (one without an event meter)
    pub feature: String,
    /// The amount (decimal; negative allowed for a delta)
    #[arg(allow_negative_numbers = true)]
    pub value: String,
    /// Replace the window's value instead of adding to it
    #[arg(long)]
    pub set: bool,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
    /// When the usage happened (RFC 3339, not in the future); default now. It counts in the
    /// window containing that instant
    #[arg(long)]
    pub at: Option<String>,
    /// A dimension of the measurement, KEY=VALUE (repeat the flag)
    #[arg(long = "dimension")]
    pub dimensions: Vec<String>,
    /// Makes retries safe: the same key and payload is a duplicate, another payload exit 4
    #[arg(long)]
    pub idempotency_key: Option<String>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// Customer id
    pub customer: String,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
}

impl View for ReportView {
    fn tabular(&self) -> Tabular {
        let mut pairs = vec![
            ("customerId", self.customer_id.clone()),
            ("featureId", self.feature_id.clone()),
            ("currentUsage", self.current_usage.to_string()),
            (
                "usagePeriod",
                crate::output::usage_period(
                    self.usage_period_start.as_ref(),
                    self.usage_period_end.as_ref(),
                )
                .unwrap_or_default(),
            ),
            ("duplicate", self.duplicate.to_string()),
        ];
        // What it burned, when the plan prices the feature in credits (as `--json` says).
        if let Some(c) = &self.credit {
            pairs.push((
                "creditsConsumed",
                format!("{} {}", c.consumed, c.currency_id),
            ));
            pairs.push(("creditBalance", c.current_balance.to_string()));
        }
        Tabular::fields(pairs)
    }
}

pub fn run(app: &App, cmd: UsageCommand) -> Result<()> {
    match cmd {
        UsageCommand::Report(a) => {
            let req = ReportRequest {
                customer: a.customer,
                feature: a.feature,
                resource: a.resource,
                // (Printed and stored without trailing zeros, as credits are: `3.10` is 3.1.)
                value: parse_decimal_arg("value", &a.value)?.normalize(),
                behavior: if a.set {
                    UpdateBehavior::Set
                } else {
                    UpdateBehavior::Delta
                },
                at: a
                    .at
                    .as_deref()
                    .map(|t| parse_instant_arg("--at", t))
                    .transpose()?,
                dimensions: crate::domain::customers::metadata_values(&parse_kv(
                    "--dimension",
                    &a.dimensions,
                )?),
                idempotency_key: a.idempotency_key,
            };
            let v = app.session()?.write(false, |tx| ops::report(tx, &req))?;
            if v.duplicate {
                app.printer.status(
                    "duplicate: this idempotency key was already reported; nothing changed",
                );
            }
            for w in &v.warnings {
                app.printer.warn(w);
            }
            app.printer.print(&v)
        }
        UsageCommand::Import(a) => import(app, a),
        UsageCommand::History(a) => {
            let mut s = app.session()?;
            let now = s.now;
            let to =
                a.to.as_deref()
                    .map(|t| parse_instant_arg("--to", t))
                    .transpose()?
                    .unwrap_or_else(|| {
                        // (Within the calendar: at its last microsecond there is no next one.)
                        (now + chrono::Duration::microseconds(1)).min(clock::max_instant())
                    });
            // Usage after now is not known yet: the buckets stop at now, and a later `--to`
            // is told so (as `credit revenue` tells it), not cut silently.
            if to > now + chrono::Duration::microseconds(1) {
                app.printer.warn(&format!(
                    "--to {} is after now: the history stops at now ({}); usage reported later is not known yet",
                    clock::fmt(&to),
                    clock::fmt(&now)
                ));
            }
            let from = match a.from.as_deref() {
                Some(t) => parse_instant_arg("--from", t)?,
                // The last 30 days, or as many as the calendar has.
                None => (to.min(now) - chrono::Duration::days(30)).max(clock::min_instant()),
            };
            let bucket = match a.bucket.as_str() {
                "hour" => ops::Bucket::Hour,
                "month" => ops::Bucket::Month,
                _ => ops::Bucket::Day,
            };
            // Buckets are bounded so a typo can't ask for millions of points.
            let span_hours = (to - from).num_hours();
            if bucket == ops::Bucket::Hour && span_hours > 24 * 62 {
                return Err(crate::error::Error::usage(
                    "--bucket hour covers at most 62 days; use --bucket day",
                ));
            }
            if bucket == ops::Bucket::Day && span_hours > 24 * 3700 {
                return Err(crate::error::Error::usage(
                    "--bucket day covers at most about 10 years; use --bucket month",
                ));
            }
            // A dimension key, trimmed as `--dimension` and an import's header trim it.
            let group_by = match a.group_by.as_deref().map(str::trim) {
                Some("") => {
                    return Err(crate::error::Error::usage(
                        "--group-by names a dimension key: it is empty",
                    ));
                }
                g => g,
            };
            let points = s.read(|c| {
                ops::history(
                    c,
                    now,
                    &a.customer,
                    &a.feature,
                    a.resource.as_deref(),
                    from,
                    to,
                    bucket,
                    group_by,
                )
            })?;
            // (A key no record of the period has is likely a typo: every value is in `""`.)
            if let Some(key) = group_by
                && !points.is_empty()
                && points
                    .iter()
                    .all(|p| p.group.as_deref().is_none_or(str::is_empty))
                && points.iter().any(|p| !p.value.is_zero())
            {
                app.printer.warn(&format!(
                    "no record of the period has dimension '{key}': every value is in the group \"\""
                ));
            }
            app.printer.print(&ListView {
                items: points,
                headers: &["timestamp", "group", "value", "window", "reset"],
                row: |p: &ops::HistoryPoint| {
                    vec![
                        p.timestamp.clone(),
                        p.group.clone().unwrap_or_default(),
                        p.value.to_string(),
                        p.usage_period_start.clone().unwrap_or_default(),
                        if p.is_reset_point {
                            "reset".into()
                        } else {
                            String::new()
                        },
                    ]
                },
            })
        }
        UsageCommand::Recalculate(a) => {
            let r = app
                .session()?
                .write(false, |tx| ops::recalculate(tx, a.customer.as_deref()))?;
            app.printer.status(&format!(
                "rebuilt {} window(s) from {} report(s) and {} event(s); {} changed",
                r.windows,
                r.reports,
                r.events,
                r.changed.len()
            ));
            app.printer.print(&ListView {
                items: r.changed,
                headers: &[
                    "customer",
                    "feature",
                    "windowStart",
                    "windowEnd",
                    "before",
                    "after",
                ],
                row: |c: &ops::ChangedWindow| {
                    vec![
                        c.customer_id.clone(),
                        c.feature_id.clone(),
                        c.window_start.clone(),
                        c.window_end.clone().unwrap_or_default(),
                        c.before.map(|v| v.to_string()).unwrap_or_default(),
                        c.after.map(|v| v.to_string()).unwrap_or_default(),
                    ]
                },
            })
        }
        UsageCommand::Show(a) => {
            let mut s = app.session()?;
            let now = s.now;
            let rows = s.read_for(&a.customer, |c| {
                ops::show(c, now, &a.customer, a.resource.as_deref())
            })?;
            app.printer.print(&ListView {
                items: rows,
                headers: &["feature", "usage", "limit", "period"],
                row: |r: &UsageRow| {
                    vec![
                        r.feature_id.clone(),
                        r.current_usage.to_string(),
                        r.usage_limit.map(|l| l.to_string()).unwrap_or_default(),
                        crate::output::usage_period(
                            r.usage_period_start.as_ref(),
                            r.usage_period_end.as_ref(),
                        )
                        .unwrap_or_default(),
                    ]
                },
            })
        }
    }
}

fn import(app: &App, a: ImportArgs) -> Result<()> {
    use crate::error::{Error, ErrorKind};
    use crate::ops::usage_import::{Importer, Kind, detect_kind};
    let started = std::time::Instant::now();
    let file = a.file.display().to_string();
    if let Some(r) = &a.rejects {
        if crate::io::atomic::same_file(r, &a.file) {
            return Err(Error::usage("--rejects may not be the input file"));
        }
        crate::io::check_writable(r)?;
        crate::io::check_rejects_format(&a.file, r)?;
    }
    let stream = crate::io::stream::RowStream::open(&a.file)?;
    let asked = a.kind.as_deref().map(|k| {
        if k == "events" {
            Kind::Events
        } else {
            Kind::Usage
        }
    });
    let kind = detect_kind(asked, &stream, &file)?;
    crate::ops::usage_import::check_header(kind, &stream, &file)?;
    let (format, header) = (stream.format, stream.header.clone());
    let skip = a.skip_invalid;
    let mut staged = None;
    let (report, rejected) = app.session()?.write(a.dry_run, |tx| {
        tx.actor = crate::events::EventActor::Import;
        let mut imp = Importer::new(tx, kind, &file)?;
        // All-or-nothing keeps the first rejected rows for the message (every one is counted).
        imp.keep_rejected = if skip { usize::MAX } else { 50 };
        // Progress on a terminal (stderr), never in a pipe or with --quiet.
        let progress = !app.printer.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr());
        // The stream moves to the import's reading thread.
        imp.run(tx, stream, |imp| {
            if progress && imp.report.rows % 100_000 == 0 {
                say_inline!(
                    "\r{} rows, {} inserted, {} duplicates, {} rejected…",
                    imp.report.rows, imp.report.inserted, imp.report.duplicates, imp.report.rejected
                );
            }
            true
        })?;
        if progress && imp.report.rows >= 100_000 {
            say!();
        }
        if !skip && !imp.rejected.is_empty() {
            let n = imp.report.rejected;
            // Said as the other imports say it.
            let mut msg = format!(
                "{n} of {} rows are invalid; nothing was imported",
                imp.report.rows
            );
            for r in imp.rejected.iter().take(50) {
                msg.push_str(&format!("\n  {file}:{}: {}", r.at(), crate::output::escape::visible(&r.reason)));
            }
            if n > 50 {
                msg.push_str(&format!("\n  … and {} more", n - 50));
            }
            return Err(Error::new(ErrorKind::DataErr, "InvalidInput", msg)
                .hint("fix the rows, or import the good ones with --skip-invalid --rejects FILE"));
        }
        let (mut report, rejected) = imp.finish(tx, started)?;
        report.dry_run = a.dry_run;
        if let Some(path) = &a.rejects {
            let mut text = String::new();
            for r in &rejected {
                match format {
                    // A record of the header's width is repeated with its reason; anything
                    // else goes as text in the reason, under empty cells (the file stays CSV
                    // that imports again once fixed).
                    crate::io::stream::StreamFormat::Csv => {
                        let cells: Vec<String> = if r.well_formed {
                            match crate::io::csv_strict::Reader::new(&r.text).next() {
                                Some(Ok(crate::io::csv_strict::Item::Record { cells, .. })) => cells,
                                _ => vec![String::new(); header.len()],
                            }
                        } else {
                            vec![String::new(); header.len()]
                        };
                        let reason = if r.well_formed {
                            r.reason.clone()
                        } else {
                            format!("{}; the row was: {}", r.reason, r.text)
                        };
                        let cells = crate::io::rejects::put_reason(cells, &header, reason);
                        crate::io::csv_strict::write_record(&mut text, &cells);
                    }
                    // An object gets its reason added (its numbers keep their text); anything
                    // else is kept as text with its line.
                    crate::io::stream::StreamFormat::JsonLines => {
                        let with_reason = r
                            .well_formed
                            .then(|| crate::io::rejects::object_with_reason(r.text.trim(), &r.reason))
                            .flatten();
                        match with_reason {
                            Some(t) => {
                                text.push_str(&t);
                                text.push('\n');
                            }
                            _ => {
                                text.push_str(&serde_json::json!({"line": r.line, "text": r.text, "reason": r.reason}).to_string());
                                text.push('\n');
                            }
                        }
                    }
                }
            }
            if format == crate::io::stream::StreamFormat::Csv {
                let cols = crate::io::rejects::header_with_reason(&header);
                let mut head = String::new();
                crate::io::csv_strict::write_record(&mut head, &cols);
                text = head + &text;
            }
            // Put in place once the import committed (see `stage_rejects`).
            staged = crate::io::stage_rejects(path, text.as_bytes())?;
        }
        Ok((report, rejected))
    })?;
    crate::io::publish_rejects(staged)?;
    super::warn_rejected(
        app,
        &file,
        rejected.iter().map(|r| (r.at(), r.reason.as_str())),
        a.rejects.as_deref(),
    );
    if report.no_entitlement > 0 {
        app.printer.warn(&format!(
            "{} row(s) fall at an instant no live subscription grants their feature: stored, counted for no subscription then (a later subscription whose usage windows reach back over that instant counts them)",
            report.no_entitlement
        ));
    }
    if report.without_value > 0 {
        app.printer.warn(&format!(
            "{} event(s) match a meter whose aggregation field they lack or hold as no number: stored, adding nothing to it",
            report.without_value
        ));
    }
    if report.uncounted > 0 {
        app.printer.warn(&format!(
            "{} event(s) are for customers or resources that do not exist (or archived customers): stored, counted nowhere until they exist and `usage recalculate` runs",
            report.uncounted
        ));
    }
    app.printer.status(&format!(
        "{}{} rows: {} inserted, {} duplicates, {} rejected in {} ms ({} rows/s)",
        if report.dry_run { "dry run: " } else { "" },
        report.rows,
        report.inserted,
        report.duplicates,
        report.rejected,
        report.elapsed_ms,
        report.rows_per_second
    ));
    let serde_json::Value::Object(m) = serde_json::to_value(&report)? else {
        return Err(Error::internal("report"));
    };
    app.printer.print(&crate::output::views::ObjectView(m))?;
    super::catalog::changes_pending(report.dry_run && report.inserted > 0)
}
