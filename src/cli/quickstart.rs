//! `quickstart` — the tour: applies the starter catalog to the environment, provisions a
//! customer on a trial and shows its entitlements; then, in a scratch environment with a frozen
//! clock (so the real one is never moved), lives through a trial end and a downgrade.

use clap::Args;
use rust_decimal::Decimal;
use serde::Serialize;
use std::path::PathBuf;

use crate::app::App;
use crate::clock;
use crate::error::Result;
use crate::ops::catalog::{ApplyOptions, apply};
use crate::ops::entitlements::{self as ent, CheckRequest};
use crate::ops::packages::Migrate;
use crate::ops::subscriptions::{self as subs, CreateRequest};
use crate::output::views::ChangePlanView;
use crate::output::{Tabular, View, render_table};
use crate::store::OpenMode;

/// The starter catalog is compiled in, so the quickstart works from any directory.
pub const SAAS_STARTER: &str = include_str!("../../catalogs/saas-starter.yaml");
const CUSTOMER: &str = "acme";
const SCRATCH_ENV: &str = "quickstart-clock";

#[derive(Args, Debug)]
pub struct QuickstartArgs {
    /// Apply this catalog instead of the built-in catalogs/saas-starter.yaml
    #[arg(long)]
    pub catalog: Option<PathBuf>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Summary {
    environment: String,
    database: String,
    catalog: ChangePlanView,
    customer_id: String,
    subscription: serde_json::Value,
    entitlements: Vec<ent::CheckView>,
    credits: Vec<crate::ops::credits::BalanceView>,
    ledger: Vec<crate::store::credits::LedgerRow>,
    time_travel_environment: String,
    time_travel: Vec<String>,
}

impl View for Summary {
    fn tabular(&self) -> Tabular {
        Tabular::fields(vec![
            ("environment", self.environment.clone()),
            ("customerId", self.customer_id.clone()),
        ])
    }

    fn text(&self) -> Option<String> {
        let mut s = format!(
            "== 1. catalog applied to environment '{}' ({})\n",
            self.environment, self.database
        );
        s.push_str(&self.catalog.text().unwrap_or_default());
        let sub = &self.subscription;
        s.push_str(&format!(
            "\n== 2. customer '{}' on plan '{}' ({}, trial until {})\n",
            self.customer_id,
            sub["planId"].as_str().unwrap_or(""),
            sub["status"].as_str().unwrap_or(""),
            sub["trialEndDate"].as_str().unwrap_or("-"),
        ));
        let mut t = Tabular::new(&["feature", "access", "used", "limit", "resets"]);
        for e in &self.entitlements {
            let limit = if e.has_unlimited_usage {
                "unlimited".to_string()
            } else if let Some(l) = e.usage_limit {
                format!("{l}{}", if e.has_soft_limit { " (soft)" } else { "" })
            } else if !e.enum_values.is_empty() {
                e.enum_values.join(", ")
            } else {
                String::new()
            };
            t.row(vec![
                e.feature_id.clone(),
                if e.has_access {
                    "yes".into()
                } else {
                    "no".into()
                },
                if e.meter_type.is_some_and(|m| m != "None") {
                    e.current_usage.to_string()
                } else {
                    String::new()
                },
                limit,
                e.reset_period.unwrap_or("").to_lowercase(),
            ]);
        }
        s.push_str(&render_table(&t));
        for b in &self.credits {
            s.push_str(&format!(
                "\n== 3. credits: {} {} left ({} granted, {} consumed)\n",
                b.current_balance, b.currency_id, b.total_granted, b.total_consumed
            ));
            let mut t = Tabular::new(&["at", "grant", "type", "amount", "balance", "feature"]);
            for e in self
                .ledger
                .iter()
                .filter(|e| e.currency_id == b.currency_id)
            {
                t.row(vec![
                    e.at.clone(),
                    e.grant_id.clone(),
                    e.entry_type.clone(),
                    e.amount.to_string(),
                    e.balance_after.to_string(),
                    e.feature_id.clone().unwrap_or_default(),
                ]);
            }
            s.push_str(&render_table(&t));
        }
        s.push_str(&format!(
            "\n== {}. time travel in scratch environment '{}' (frozen clock)\n",
            if self.credits.is_empty() { 3 } else { 4 },
            self.time_travel_environment
        ));
        for line in &self.time_travel {
            s.push_str(line);
            s.push('\n');
        }
        s.push_str(&format!(
            "\nnext: `stigg-cli entitlement check {} sso`, `stigg-cli plan show pro`, `stigg-cli -e {} events list`\n",
            self.customer_id, self.time_travel_environment
        ));
        Some(s)
    }
}

fn checks(
    app_now: clock::Instant,
    conn: &rusqlite::Connection,
    customer: &str,
) -> Result<Vec<ent::CheckView>> {
    let mut out = Vec::new();
    for f in [
        "sso",
        "seats",
        "api-calls",
        "exports",
        "region",
        "ai-completions",
    ] {
        let req = CheckRequest {
            customer: customer.into(),
            feature: f.into(),
            resource: None,
            requested_usage: Decimal::ZERO,
            requested_values: vec![],
        };
        out.push(ent::check(conn, app_now, &req)?);
    }
    Ok(out)
}

/// The scratch environment's app: quiet, confirmed (it is made anew), its own clock.
fn scratch_app(app: &App) -> App {
    App {
        env: SCRATCH_ENV.into(),
        db: None,
        printer: crate::output::Printer::new(
            app.printer.format,
            true,
            crate::output::ColorChoice::Never,
        ),
        home: app.home.clone(),
        now_flag: None,
        id_seed: app.id_seed,
        yes: true,
    }
}

/// An existing scratch environment may be replaced only when the quickstart made it (see
/// `store::meta::quickstart_made`).
fn check_scratch(path: &std::path::Path) -> Result<()> {
    if !path.exists() || crate::store::meta::quickstart_made(path, CUSTOMER) {
        return Ok(());
    }
    Err(crate::error::Error::conflict(
        "EnvironmentAlreadyExists",
        format!(
            "environment '{SCRATCH_ENV}' exists and was not made by the quickstart ({}): it is not replaced",
            path.display()
        ),
    )
    .hint(format!(
        "the quickstart makes '{SCRATCH_ENV}' anew each run: delete it (`stigg-cli env delete {SCRATCH_ENV}`) or give its data another environment"
    )))
}

pub fn run(app: &App, a: QuickstartArgs) -> Result<()> {
    let files = match &a.catalog {
        Some(p) => crate::io::load_catalog_files(std::slice::from_ref(p))?,
        None => super::catalog::decode_text(SAAS_STARTER, "catalogs/saas-starter.yaml")?,
    };
    let opts = ApplyOptions {
        archive_missing: false,
        migrate: Migrate::NewCustomers,
    };

    // The scratch environment is made anew below: one of that name the quickstart did not make
    // is never replaced — refused before anything is written.
    let scratch = scratch_app(app);
    check_scratch(&scratch.db_path())?;

    // 1 + 2: the selected environment, at its own `now`.
    let mut s = app.session()?;
    app.confirm_in_production(
        &s,
        &format!("apply the catalog, create customer '{CUSTOMER}' and report its usage"),
    )?;
    let database = s.store.path.display().to_string();
    // One transaction: the catalog and the customer land together or not at all.
    let (plan, subscription) = s.write(false, |tx| {
        let plan = apply(tx, &files, &opts)?;
        if crate::store::customers::get(&tx.sql, CUSTOMER)?.is_none() {
            let c = crate::domain::customers::Customer {
                customer_id: CUSTOMER.into(),
                name: Some("Acme Inc".into()),
                email: Some("billing@acme.test".into()),
                ..Default::default()
            };
            crate::ops::customers::create(tx, &c, None)?;
            let req = CreateRequest {
                customer_id: CUSTOMER.into(),
                plan_id: "pro".into(),
                billing_period: Some(crate::domain::subscriptions::BillingPeriod::Monthly),
                quantities: vec![("seats".into(), 5)],
                ..Default::default()
            };
            subs::create(tx, &req)?;
            // Usage: three API requests (raw events, metered by api-calls' event meter) and two
            // report exports (reported usage), idempotent like any application's would be.
            if files.catalog.features.contains_key("api-calls") {
                for i in 1..=3 {
                    crate::ops::usage::report_event(
                        tx,
                        &crate::ops::usage::EventRequest {
                            customer: CUSTOMER.into(),
                            event_name: "api.request".into(),
                            resource: None,
                            idempotency_key: format!("quickstart-request-{i}"),
                            at: None,
                            dimensions: Default::default(),
                        },
                    )?;
                }
            }
            if files.catalog.features.contains_key("exports") {
                crate::ops::usage::report(
                    tx,
                    &crate::ops::usage::ReportRequest {
                        customer: CUSTOMER.into(),
                        feature: "exports".into(),
                        resource: None,
                        value: Decimal::from(2),
                        behavior: crate::domain::usage::UpdateBehavior::Delta,
                        at: None,
                        dimensions: Default::default(),
                        idempotency_key: Some("quickstart-exports".into()),
                    },
                )?;
            }
            // Credits: pro grants 100 ai-credits per seat every month; completions burn 2 each;
            // a promotional top-up burns first when it expires first.
            if files.catalog.features.contains_key("ai-completions")
                && files.catalog.currencies.contains_key("ai-credits")
            {
                crate::ops::credits::grant(
                    tx,
                    &crate::ops::credits::GrantRequest {
                        customer: CUSTOMER.into(),
                        currency: "ai-credits".into(),
                        amount: Decimal::from(200),
                        grant_type: crate::domain::credits::GrantType::Promotional,
                        cost: None,
                        priority: None,
                        effective_at: None,
                        expires_at: clock::add_months_from_anchor(tx.now, 1),
                        name: Some("welcome credits".into()),
                        comment: None,
                        resource: None,
                        idempotency_key: Some("quickstart-welcome-credits".into()),
                    },
                )?;
                crate::ops::usage::report(
                    tx,
                    &crate::ops::usage::ReportRequest {
                        customer: CUSTOMER.into(),
                        feature: "ai-completions".into(),
                        resource: None,
                        value: Decimal::from(12),
                        behavior: crate::domain::usage::UpdateBehavior::Delta,
                        at: None,
                        dimensions: Default::default(),
                        idempotency_key: Some("quickstart-completions".into()),
                    },
                )?;
            }
        }
        let all = crate::store::subscriptions::for_customer(&tx.sql, CUSTOMER)?;
        let live = all
            .iter()
            .rev()
            .find(|s| s.is_live())
            .or(all.last())
            .cloned();
        Ok((plan, live.map(|s| subs::view(&s)).unwrap_or_default()))
    })?;
    let now = s.now;
    let entitlements = s.read(|c| checks(now, c, CUSTOMER))?;
    let (credits, ledger) = s.read(|c| {
        let filter = crate::store::credits::LedgerFilter {
            customer_id: Some(CUSTOMER.into()),
            ..Default::default()
        };
        Ok((
            crate::ops::credits::balance(c, CUSTOMER, None)?,
            crate::store::credits::ledger(c, &filter)?,
        ))
    })?;

    // 3: a scratch environment whose clock we may move: trial end, then a scheduled downgrade.
    let path = scratch.db_path();
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let (mut t, _) = scratch.session_with(OpenMode::CreateIfMissing, "SANDBOX")?;
    let mut lines = Vec::new();
    let start =
        clock::parse_instant("2026-01-01T00:00:00Z").map_err(crate::error::Error::internal)?;
    t.pin_now(start);
    t.write(false, |tx| {
        apply(tx, &files, &opts)?;
        let c = crate::domain::customers::Customer {
            customer_id: CUSTOMER.into(),
            ..Default::default()
        };
        crate::ops::customers::create(tx, &c, None)?;
        subs::create(
            tx,
            &CreateRequest {
                customer_id: CUSTOMER.into(),
                plan_id: "basic".into(),
                billing_period: Some(crate::domain::subscriptions::BillingPeriod::Monthly),
                ..Default::default()
            },
        )?;
        crate::store::meta::set(&tx.sql, crate::store::meta::QUICKSTART_SCRATCH, "1")?;
        crate::store::meta::set_instant(&tx.sql, crate::store::meta::FROZEN_AT, &start)
    })?;
    lines.push(format!(
        "{}  customer {CUSTOMER} starts a 14-day trial of basic",
        clock::fmt(&start)
    ));
    let advance =
        |t: &mut crate::app::Session, to: clock::Instant, lines: &mut Vec<String>| -> Result<()> {
            t.pin_now(to);
            t.write(false, |tx| {
                crate::store::meta::set_instant(&tx.sql, crate::store::meta::FROZEN_AT, &to)
            })?;
            for tr in &t.transitions {
                lines.push(format!("{}  {}", clock::fmt(&tr.at), tr.description));
            }
            Ok(())
        };
    let after_trial =
        clock::parse_instant("2026-01-20T00:00:00Z").map_err(crate::error::Error::internal)?;
    advance(&mut t, after_trial, &mut lines)?;
    // What an upgrade would cost now: the change itself, run and rolled back.
    let est = t.write(true, |tx| {
        tx.quoting.estimating = true;
        subs::create(
            tx,
            &CreateRequest {
                customer_id: CUSTOMER.into(),
                plan_id: "pro".into(),
                billing_period: Some(crate::domain::subscriptions::BillingPeriod::Monthly),
                ..Default::default()
            },
        )?;
        Ok(tx.quoting.last.take())
    })?;
    if let Some(e) = est {
        let v = |x: &serde_json::Value| x.as_str().unwrap_or("").to_string();
        lines.push(format!(
            "{}  estimate: basic → pro now costs {} {} ({} back for unused basic, {} for pro to the period end), then {} a month",
            clock::fmt(&after_trial),
            v(&e["total"]),
            v(&e["currency"]),
            v(&e["proration"]["credit"]),
            v(&e["proration"]["debit"]),
            v(&e["recurring"]["total"]),
        ));
    }
    t.write(false, |tx| {
        subs::create(
            tx,
            &CreateRequest {
                customer_id: CUSTOMER.into(),
                plan_id: "free".into(),
                ..Default::default()
            },
        )?;
        Ok(())
    })?;
    lines.push(format!(
        "{}  customer {CUSTOMER} asks to move to free: scheduled for the period end",
        clock::fmt(&after_trial)
    ));
    // Through the first renewal (basic's monthly credits renew with the month), then past the
    // downgrade: one jump to March would skip February's credits (a period the clock passed
    // whole is not granted after the fact).
    for at in ["2026-02-02T00:00:00Z", "2026-03-01T00:00:00Z"] {
        let to = clock::parse_instant(at).map_err(crate::error::Error::internal)?;
        advance(&mut t, to, &mut lines)?;
    }

    let summary = Summary {
        environment: app.env.clone(),
        database,
        catalog: ChangePlanView::new(&plan, false, Migrate::NewCustomers.wire()),
        customer_id: CUSTOMER.into(),
        subscription,
        entitlements,
        credits,
        ledger,
        time_travel_environment: SCRATCH_ENV.into(),
        time_travel: lines,
    };
    app.printer.print(&summary)
}
