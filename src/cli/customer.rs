//! `customer create|update|show|list|archive|unarchive`

use clap::{Args, Subcommand};
use std::collections::BTreeMap;

use crate::app::App;
use crate::domain::customers::text_value;
use crate::error::{Error, Result};
use crate::ops::customers as ops;
use crate::ops::subscriptions::CreateRequest;
use crate::output::views::ObjectView;
use crate::store::customers as repo;

#[derive(Subcommand, Debug)]
pub enum CustomerCommand {
    /// Provision a customer; with --plan also subscribe, else the products' start setup applies
    ///
    /// Example: stigg-cli customer create acme --name "Acme Inc" --email billing@acme.test --plan pro --billing-period monthly
    Create(CreateArgs),
    /// Change a customer's name, email, billing id, coupon or metadata
    ///
    /// Example: stigg-cli customer update acme --metadata tier=gold
    Update(UpdateArgs),
    /// Show a customer with its subscriptions
    ///
    /// Example: stigg-cli customer show acme --json
    Show(IdArg),
    /// List customers
    ///
    /// Example: stigg-cli customer list --search acme
    List(ListArgs),
    /// Soft delete: clears name and email, ends live subscriptions, checks deny
    ///
    /// Example: stigg-cli customer archive acme
    Archive(IdArg),
    /// Make an archived customer visible again (cleared fields stay cleared)
    ///
    /// Example: stigg-cli customer unarchive acme
    Unarchive(IdArg),
    /// Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)
    ///
    /// Example: stigg-cli customer import customers.csv --dry-run
    Import(ImportArgs),
    /// Write customers as CSV (default), JSON or JSON lines, in the shape import reads
    ///
    /// Example: stigg-cli customer export -o customers.csv
    Export(ExportArgs),
    /// Print the signed customer token a front end passes to prove which customer it acts for
    ///
    /// Example: stigg-cli customer token acme
    Token(IdArg),
}

#[derive(Args, Debug)]
pub struct IdArg {
    /// Customer id
    pub id: String,
}

#[derive(Args, Debug, Default)]
pub struct Fields {
    /// Display name (blank is none; on update "" clears it)
    #[arg(long)]
    pub name: Option<String>,
    /// Email address (on update: "" clears it)
    #[arg(long)]
    pub email: Option<String>,
    /// Id of the customer in the billing system (blank is none; on update "" clears it)
    #[arg(long)]
    pub billing_id: Option<String>,
    /// Customer-level coupon (on update: "" removes it, as --remove-coupon does)
    #[arg(long)]
    pub coupon: Option<String>,
    /// Metadata entry KEY=VALUE, repeatable (on update an empty value removes the key)
    #[arg(long = "metadata", value_name = "K=V")]
    pub metadata: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Id of the new customer (letters, digits, `.` `_` `:` `-`)
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
    /// Subscribe to this plan right away
    #[arg(long)]
    pub plan: Option<String>,
    /// Billing period of the --plan subscription (without --plan: of the start setup's trial
    /// plans that offer it, for a plan offered monthly and annually)
    #[arg(long, value_parser = crate::cli::one_of(&["monthly", "annually"]), ignore_case = true)]
    pub billing_period: Option<String>,
    /// Add-on for the --plan subscription: ADDON[=QTY] (quantity 1 by default), repeatable
    #[arg(long = "addon", requires = "plan")]
    pub addons: Vec<String>,
    /// Purchased quantity for a per-unit price of --plan: FEATURE=N, repeatable
    #[arg(long = "quantity", requires = "plan")]
    pub quantities: Vec<String>,
    /// Subscribe to --plan without its trial
    #[arg(long, requires = "plan")]
    pub skip_trial: bool,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Customer id
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
    /// Remove the customer-level coupon
    #[arg(long, conflicts_with = "coupon")]
    pub remove_coupon: bool,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file: .csv, .json (the noun's document — {"customers":[…]} or
    /// {"subscriptions":[…]} — or a bare list) or .jsonl/.ndjson (one object per line); any
    /// other name (a pipe, .txt) is read by what it holds
    pub file: std::path::PathBuf,
    /// Check and report without writing (exit 1 when the import would change something, 0 when not)
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows; write the bad ones, with a reason, to --rejects
    #[arg(long, requires = "rejects")]
    pub skip_invalid: bool,
    /// Write the rejected rows here, each with its reason (needs --skip-invalid)
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<std::path::PathBuf>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to this file instead of stdout (`-o FILE` works too; `-` is stdout); the name
    /// picks the format (.csv, .json, .jsonl) unless --format csv|json|jsonl says it; CSV
    /// otherwise
    #[arg(long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// `customer import` / `subscription import`.
pub fn import(app: &App, a: ImportArgs, collection: &str) -> Result<()> {
    use crate::ops::imports;
    if let Some(rejects) = &a.rejects {
        // Before anything is read or written: a rejects file that would overwrite the input,
        // or that can't be written, must not surface after the import committed.
        if crate::io::same_file(&a.file, rejects) {
            return Err(Error::usage(format!(
                "--rejects {} is the input file; name another file",
                rejects.display()
            )));
        }
        crate::io::check_writable(rejects)?;
        crate::io::check_rejects_format(&a.file, rejects)?;
    }
    let rows = crate::io::rows::read(&a.file, collection)?;
    let file = a.file.display().to_string();
    let (known, required): (&[&str], &[&str]) = if collection == "customers" {
        (imports::CUSTOMER_HEADER, &["customerId"])
    } else {
        (imports::SUBSCRIPTION_HEADER, &["subscriptionId"])
    };
    imports::check_header(&rows, &file, known, required)?;
    let skip = a.skip_invalid;
    // The first pass has no savepoint per row; if a row fails after writing, the transaction
    // is rolled back and the import runs again with one (see `imports::each_row`). A pass that
    // met a newer row of an id after an older one runs again knowing each repeated id's newest
    // row (`Pass::Reorder`).
    let mut outcome = None;
    let (mut careful, mut newest) = (false, None::<imports::Newest>);
    // At most a reorder and a careful pass after the first.
    for _ in 0..3 {
        let mut reordered = None;
        let pass = app.session()?.write(a.dry_run, |tx| {
            tx.actor = crate::events::EventActor::Import;
            // The catalog is read once for the whole file, not once per row.
            let _memo = crate::store::catalog::memo();
            let mode = imports::PassMode {
                careful,
                newest: newest.as_ref(),
            };
            let pass = if collection == "customers" {
                imports::import_customers(tx, &rows, &file, mode)?
            } else {
                imports::import_subscriptions(tx, &rows, &file, mode)?
            };
            let (mut report, rejected) = match pass {
                imports::Pass::Done(report, rejected) => (report, rejected),
                imports::Pass::Reorder(n) => {
                    reordered = Some(n);
                    return Err(Error::retry());
                }
                imports::Pass::Retry => return Err(Error::retry()),
            };
            if !skip {
                imports::fail_on_rejects(&rows, &file, &rejected)?;
            }
            // Written inside the transaction (if they can't be, nothing is imported), put in
            // place once it committed.
            let staged = match &a.rejects {
                Some(path) => {
                    let text = crate::io::rows::rejects_text(&rows, &rejected);
                    crate::io::stage_rejects(path, text.as_bytes())?
                }
                None => None,
            };
            report.dry_run = a.dry_run;
            Ok((report, rejected, staged))
        });
        match pass {
            Err(e) if e.is_retry() => match reordered.take() {
                Some(n) if newest.is_none() => newest = Some(n),
                None if !careful => careful = true,
                _ => break,
            },
            other => {
                outcome = Some(other?);
                break;
            }
        }
    }
    let Some((report, rejected, staged)) = outcome else {
        return Err(Error::internal(
            "an import pass asked to run again after its last way of running",
        ));
    };
    crate::io::publish_rejects(staged)?;
    super::warn_rejected(
        app,
        &file,
        rejected
            .iter()
            .map(|(row, reason)| (row.at(), reason.as_str())),
        a.rejects.as_deref(),
    );
    let r = &report;
    app.printer.status(&format!(
        "{}{} rows: {} inserted, {} updated, {} unchanged, {}{} rejected",
        if r.dry_run { "dry run: " } else { "" },
        r.rows,
        r.inserted,
        r.updated,
        r.unchanged,
        if r.skipped > 0 {
            format!("{} skipped (older updatedAt), ", r.skipped)
        } else {
            String::new()
        },
        r.rejected
    ));
    let serde_json::Value::Object(m) = serde_json::to_value(r)? else {
        return Err(Error::internal("report"));
    };
    app.printer.print(&ObjectView(m))?;
    // Like every dry run: 1 when the import would change something.
    super::catalog::changes_pending(r.dry_run && r.inserted + r.updated > 0)
}

/// `customer export` / `subscription export`.
pub fn export(
    app: &App,
    a: ExportArgs,
    collection: &str,
    asked: Option<super::Asked>,
) -> Result<()> {
    use super::Asked;
    use crate::io::rows::RowFormat;
    let path = a.output;
    let format = match super::export_format(
        &format!("{} export", &collection[..collection.len() - 1]),
        asked,
        path.as_deref(),
        &[Asked::Csv, Asked::Json, Asked::JsonLines],
    )? {
        Asked::Json => RowFormat::Json,
        Asked::JsonLines => RowFormat::JsonLines,
        _ => RowFormat::Csv,
    };
    let mut session = app.session()?;
    let warnings = super::stream_export(app, path.as_deref(), |w| {
        session.read(|c| {
            if collection == "customers" {
                crate::ops::imports::export_customers(c, format, w)?;
                // Promotions are no customer field: a move leaves them behind, said.
                let (n, customers, first) = crate::store::customers::live_promotions(c)?;
                Ok(first
                    .map(|first| {
                        vec![format!(
                            "{n} promotional entitlement(s) of {customers} customer(s) (first: '{first}') are not exported: grant them again after a move (`entitlement promotions CUSTOMER` lists them)"
                        )]
                    })
                    .unwrap_or_default())
            } else {
                crate::ops::imports::export_subscriptions(c, format, w)
            }
        })
    })?;
    for w in warnings {
        app.printer.warn(&w);
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Text found in the id, name, email, billing id or a metadata value (case-insensitive, literal)
    #[arg(long)]
    pub search: Option<String>,
    /// Include archived customers
    #[arg(long)]
    pub archived: bool,
}

pub fn parse_kv(flag: &str, items: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for i in items {
        let (k, v) = i
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("invalid {flag} '{i}': write KEY=VALUE")))?;
        if k.trim().is_empty() {
            return Err(Error::usage(format!("invalid {flag} '{i}': empty key")));
        }
        if out.insert(k.trim().to_string(), v.to_string()).is_some() {
            return Err(Error::usage(format!(
                "{flag} '{}' is given twice",
                k.trim()
            )));
        }
    }
    Ok(out)
}

pub fn show(app: &App, id: &str) -> Result<()> {
    let mut s = app.session()?;
    let v = s.read(|c| {
        let (cust, meta) = repo::require(c, id)?;
        let mut v = ops::view(c, &cust, &meta)?;
        let subs: Vec<serde_json::Value> = crate::store::subscriptions::for_customer(c, id)?
            .iter()
            .map(|s| serde_json::json!({"subscriptionId": s.subscription_id, "planId": s.plan_id, "status": s.status.wire()}))
            .collect();
        v["subscriptions"] = serde_json::Value::Array(subs);
        Ok(v)
    })?;
    let serde_json::Value::Object(m) = v else {
        return Err(Error::internal("customer view"));
    };
    app.printer.print(&ObjectView(m))
}

pub fn run(app: &App, cmd: CustomerCommand, asked: Option<super::Asked>) -> Result<()> {
    match cmd {
        CustomerCommand::Create(a) => {
            let c = crate::domain::customers::Customer {
                customer_id: a.id.clone(),
                name: a.fields.name.as_deref().and_then(text_value),
                email: a.fields.email.as_deref().and_then(text_value),
                billing_id: a.fields.billing_id.as_deref().and_then(text_value),
                coupon_id: a.fields.coupon.as_deref().and_then(text_value),
                coupon_applied_at: None,
                metadata: parse_kv("--metadata", &a.fields.metadata)?,
            };
            let plan = match &a.plan {
                Some(p) => Some(CreateRequest {
                    plan_id: p.clone(),
                    billing_period: super::subscription::period_arg(a.billing_period.as_deref()),
                    addons: super::subscription::parse_addons(&a.addons)?,
                    quantities: super::subscription::parse_quantities(&a.quantities)?,
                    trial: if a.skip_trial {
                        crate::ops::subscriptions::TrialChoice::Skip
                    } else {
                        Default::default()
                    },
                    ..Default::default()
                }),
                // (The start setup's subscriptions, in this billing period.)
                None => a.billing_period.as_deref().map(|_| CreateRequest {
                    billing_period: super::subscription::period_arg(a.billing_period.as_deref()),
                    ..Default::default()
                }),
            };
            let made = app
                .session()?
                .write(false, |tx| ops::create(tx, &c, plan))?;
            app.printer.status(&format!(
                "created customer '{}'{}",
                a.id,
                if made.is_empty() {
                    String::new()
                } else {
                    format!(" with subscription(s) {}", made.join(", "))
                }
            ));
            show(app, &a.id)
        }
        CustomerCommand::Update(a) => {
            let f = &a.fields;
            if f.name.is_none()
                && f.email.is_none()
                && f.billing_id.is_none()
                && f.coupon.is_none()
                && f.metadata.is_empty()
                && !a.remove_coupon
            {
                return Err(Error::usage("nothing to update")
                    .hint("see `stigg-cli customer update --help`"));
            }
            let md = parse_kv("--metadata", &f.metadata)?;
            app.session()?.write(false, |tx| {
                let (mut c, _) = repo::require(&tx.sql, &a.id)?;
                // `""` (or blank) clears a field, as an import's empty cell does.
                if let Some(n) = &f.name {
                    c.name = text_value(n);
                }
                if let Some(e) = &f.email {
                    c.email = text_value(e);
                }
                if let Some(b) = &f.billing_id {
                    c.billing_id = text_value(b);
                }
                if let Some(cp) = &f.coupon {
                    c.coupon_id = text_value(cp);
                    if let Some(cp) = &c.coupon_id {
                        ops::check_coupon(tx, cp)?;
                    }
                }
                if a.remove_coupon {
                    c.coupon_id = None;
                }
                for (k, v) in &md {
                    if crate::domain::customers::is_no_value(v) {
                        c.metadata.remove(k);
                    } else {
                        c.metadata.insert(k.clone(), v.clone());
                    }
                }
                ops::update(tx, &c)
            })?;
            show(app, &a.id)
        }
        CustomerCommand::Show(a) => show(app, &a.id),
        CustomerCommand::Import(a) => import(app, a, "customers"),
        CustomerCommand::Export(a) => export(app, a, "customers", asked),
        CustomerCommand::List(a) => {
            let mut s = app.session()?;
            // Streamed: an environment may hold millions of customers.
            let mut out = app.printer.list_stream(
                &["id", "name", "email", "createdAt", "archivedAt"],
                |v: &serde_json::Value| {
                    ["customerId", "name", "email", "createdAt", "archivedAt"]
                        .iter()
                        .map(|k| v[*k].as_str().unwrap_or("").to_string())
                        .collect()
                },
            );
            s.read(|c| {
                repo::each(c, a.archived, |cust, m| {
                    // The search is literal text in the documented fields (see `matches_search`).
                    match a.search.as_deref() {
                        Some(q) if !cust.matches_search(q) => Ok(()),
                        _ => out.push(&ops::view(c, &cust, &m)?),
                    }
                })
            })?;
            out.finish()
        }
        CustomerCommand::Archive(a) => {
            let mut s = app.session()?;
            app.confirm_in_production(
                &s,
                &format!("archive customer '{}' (ends its subscriptions)", a.id),
            )?;
            let changed = s.write(false, |tx| ops::archive(tx, &a.id))?;
            app.printer.status(&if changed {
                format!("archived customer '{}'", a.id)
            } else {
                format!("customer '{}' was already archived", a.id)
            });
            show(app, &a.id)
        }
        CustomerCommand::Token(a) => {
            let token = app.session()?.read(|c| {
                repo::require(c, &a.id)?;
                let secret = crate::store::meta::signing_secret(c)?;
                Ok(crate::domain::token::customer_token(&secret, &a.id))
            })?;
            let mut m = serde_json::Map::new();
            m.insert("customerId".into(), a.id.clone().into());
            m.insert("token".into(), token.clone().into());
            if app.printer.format == crate::output::Format::Table {
                return app.printer.write_stdout(&format!("{token}\n"));
            }
            app.printer.print(&ObjectView(m))
        }
        CustomerCommand::Unarchive(a) => {
            app.session()?
                .write(false, |tx| ops::unarchive(tx, &a.id))?;
            show(app, &a.id)
        }
    }
}
