//! `subscription create|update|cancel|uncancel|migrate|list|show|schedule`

use clap::{Args, Subcommand};

use crate::app::App;
use crate::clock::{self, parse_instant_arg};
use crate::domain::customers::{is_no_value, text_value};
use crate::domain::subscriptions::{BillingPeriod, ScheduleStatus, Subscription};
use crate::error::{Error, Result};
use crate::ops::subscriptions::{
    self as ops, CancelAt, CreateOutcome, CreateRequest, Schedule, TrialChoice, UpdateRequest,
};
use crate::output::views::{ListView, ObjectView, PricingView};
use crate::store::subscriptions as repo;

#[derive(Subcommand, Debug)]
pub enum SubscriptionCommand {
    /// Subscribe a customer to a plan; on a single-subscription product this changes the plan
    /// (upgrade now, downgrade at period end unless --schedule says otherwise)
    ///
    /// Example: stigg-cli subscription create --customer acme --plan pro --billing-period monthly --addon extra-seats=2 --quantity seats=10
    Create(Box<CreateArgs>),
    /// Change add-ons, quantities, billing period, coupon or trial end
    ///
    /// Example: stigg-cli subscription update sub_0000000001abcdef --addon extra-seats=3 --quantity seats=12
    Update(Box<UpdateArgs>),
    /// Cancel now, at the period end or at an instant
    ///
    /// Example: stigg-cli subscription cancel sub_0000000001abcdef --at end-of-period
    Cancel(CancelArgs),
    /// Clear a scheduled cancellation
    ///
    /// Example: stigg-cli subscription uncancel sub_0000000001abcdef
    Uncancel(IdArg),
    /// Move to the plan's latest version
    ///
    /// Example: stigg-cli subscription migrate sub_0000000001abcdef --at end-of-period
    Migrate(MigrateArgs),
    /// List subscriptions
    ///
    /// Example: stigg-cli subscription list --customer acme --status active
    List(ListArgs),
    /// Show one subscription
    ///
    /// Example: stigg-cli subscription show sub_0000000001abcdef --json
    Show(IdArg),
    /// Price a new subscription or a plan change (--customer, --plan and the create flags), or
    /// a change of a live one (its id and the update flags): lines, discount, total, proration
    ///
    /// Nothing is written: the change runs as `create`/`update` would run it, then is rolled
    /// back; applied at the same instant, the change records the same amounts in its event.
    ///
    /// Example: stigg-cli subscription estimate --customer acme --plan pro --billing-period monthly --quantity seats=10 --usage api-calls=250000
    Estimate(Box<EstimateArgs>),
    /// The invoice a live subscription's current period closes with: the next period's
    /// in-advance charges, this period's usage and overage from recorded usage, discount and
    /// minimum spend
    ///
    /// Example: stigg-cli subscription invoice-preview sub_0000000001abcdef
    InvoicePreview(IdArg),
    /// Scheduled changes of a subscription: list, cancel
    #[command(subcommand)]
    Schedule(ScheduleCommand),
    /// Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines
    ///
    /// Example: stigg-cli subscription import subscriptions.csv --skip-invalid --rejects bad.csv
    Import(super::customer::ImportArgs),
    /// Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is
    ///
    /// Example: stigg-cli subscription export -o subscriptions.csv
    Export(super::customer::ExportArgs),
}

#[derive(Subcommand, Debug)]
pub enum ScheduleCommand {
    /// List a subscription's scheduled changes (and a scheduled cancellation)
    ///
    /// Example: stigg-cli subscription schedule list sub_0000000001abcdef --all
    List(ScheduleListArgs),
    /// Cancel a subscription's pending scheduled changes (they stay listed as Canceled)
    ///
    /// Example: stigg-cli subscription schedule cancel sub_0000000001abcdef
    Cancel(IdArg),
}

#[derive(Args, Debug)]
pub struct ScheduleListArgs {
    /// Subscription id (sub_…)
    pub id: String,
    /// Also list executed (Done) and superseded or dropped (Canceled) changes
    #[arg(long)]
    pub all: bool,
}

#[derive(Args, Debug)]
pub struct IdArg {
    /// Subscription id (sub_…)
    pub id: String,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Customer to subscribe (customer id)
    #[arg(long)]
    pub customer: String,
    /// Plan to subscribe to (plan id; its latest published version)
    #[arg(long)]
    pub plan: String,
    /// Choose the subscription id (default: generated sub_…)
    #[arg(long)]
    pub id: Option<String>,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
    /// Billing period [default: the one the plan offers; required when it offers both]
    #[arg(long, value_parser = crate::cli::one_of(&["monthly", "annually"]), ignore_case = true)]
    pub billing_period: Option<String>,
    /// Add-on to buy: ADDON[=QTY] (quantity 1 by default), repeatable
    #[arg(long = "addon")]
    pub addons: Vec<String>,
    /// Purchased quantity for a per-unit price: FEATURE=N, repeatable
    #[arg(long = "quantity")]
    pub quantities: Vec<String>,
    /// Start instant (RFC 3339); defaults to now
    #[arg(long)]
    pub start: Option<String>,
    /// Fixed term: the subscription expires at this instant (RFC 3339)
    #[arg(long)]
    pub end: Option<String>,
    /// Start a trial even if the customer trialed this product before
    #[arg(long, conflicts_with = "skip_trial")]
    pub trial: bool,
    /// Start without the plan's trial
    #[arg(long)]
    pub skip_trial: bool,
    /// End the trial at this instant (RFC 3339) instead of after the plan's trial length
    #[arg(long, conflicts_with = "skip_trial")]
    pub trial_end: Option<String>,
    /// Coupon id for this subscription (overrides the customer's coupon)
    #[arg(long)]
    pub coupon: Option<String>,
    /// ISO 3166 country for localised prices (kept for the subscription's life)
    #[arg(long)]
    pub country: Option<String>,
    /// When a plan change takes effect [default: upgrades now, downgrades at the period end]
    #[arg(long, value_enum)]
    pub schedule: Option<Schedule>,
    /// Metadata entry KEY=VALUE, repeatable
    #[arg(long = "metadata", value_name = "K=V")]
    pub metadata: Vec<String>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// Subscription id (sub_…)
    pub id: String,
    /// Add an add-on or set its quantity: ADDON[=QTY] (quantity 1 by default), repeatable
    #[arg(long = "addon")]
    pub addons: Vec<String>,
    /// Remove this add-on (add-on id), repeatable
    #[arg(long = "remove-addon")]
    pub remove_addons: Vec<String>,
    /// FEATURE=N, repeatable: set the purchased quantity of a per-unit price
    #[arg(long = "quantity")]
    pub quantities: Vec<String>,
    /// Switch the billing period
    #[arg(long, value_parser = crate::cli::one_of(&["monthly", "annually"]), ignore_case = true)]
    pub billing_period: Option<String>,
    /// Apply this coupon (coupon id)
    #[arg(long, conflicts_with = "remove_coupon")]
    pub coupon: Option<String>,
    /// Remove the subscription's coupon
    #[arg(long)]
    pub remove_coupon: bool,
    /// Move the end of the current trial to this instant (RFC 3339)
    #[arg(long)]
    pub trial_end: Option<String>,
    /// When add-on, quantity and billing-period changes take effect [default: immediate]
    #[arg(long, value_enum)]
    pub schedule: Option<Schedule>,
}

#[derive(Args, Debug)]
pub struct EstimateArgs {
    /// Subscription id (sub_…): estimate a change of it with the update flags
    pub id: Option<String>,
    /// Customer of a new subscription or plan change (customer id)
    #[arg(long, required_unless_present = "id", conflicts_with = "id")]
    pub customer: Option<String>,
    /// Plan of a new subscription or plan change (plan id)
    #[arg(long, required_unless_present = "id", conflicts_with = "id")]
    pub plan: Option<String>,
    /// The subscription id `create` would be given (priced the same)
    #[arg(long = "id", value_name = "ID", conflicts_with = "id")]
    pub new_id: Option<String>,
    /// Resource id, for products with one subscription per resource
    #[arg(long, conflicts_with = "id")]
    pub resource: Option<String>,
    /// Billing period [default: with ID, the subscription's; with --plan, the one the plan offers (required when it offers both, as for `create`)]
    #[arg(long, value_parser = crate::cli::one_of(&["monthly", "annually"]), ignore_case = true)]
    pub billing_period: Option<String>,
    /// Add-on: ADDON[=QTY] (quantity 1 by default), repeatable
    #[arg(long = "addon")]
    pub addons: Vec<String>,
    /// Remove this add-on of the subscription (add-on id), repeatable
    #[arg(long = "remove-addon", requires = "id")]
    pub remove_addons: Vec<String>,
    /// Purchased quantity for a per-unit price: FEATURE=N, repeatable
    #[arg(long = "quantity")]
    pub quantities: Vec<String>,
    /// Start instant of a new subscription (RFC 3339); defaults to now
    #[arg(long, conflicts_with = "id")]
    pub start: Option<String>,
    /// Fixed term of a new subscription: it expires at this instant (RFC 3339)
    #[arg(long, conflicts_with = "id")]
    pub end: Option<String>,
    /// End the trial at this instant (RFC 3339): a new subscription's custom trial, or the
    /// current trial's new end
    #[arg(long)]
    pub trial_end: Option<String>,
    /// Metadata entry KEY=VALUE of a new subscription, repeatable (not priced)
    #[arg(long = "metadata", value_name = "K=V", conflicts_with = "id")]
    pub metadata: Vec<String>,
    /// Start a trial even if the customer trialed this product before
    #[arg(long, conflicts_with_all = ["skip_trial", "id"])]
    pub trial: bool,
    /// Start without the plan's trial
    #[arg(long, conflicts_with = "id")]
    pub skip_trial: bool,
    /// Coupon id (archived coupons are estimated, with a warning)
    #[arg(long, conflicts_with = "remove_coupon")]
    pub coupon: Option<String>,
    /// Remove the subscription's coupon
    #[arg(long, requires = "id")]
    pub remove_coupon: bool,
    /// ISO 3166 country for localised prices
    #[arg(long, conflicts_with = "id")]
    pub country: Option<String>,
    /// When the change takes effect [default: as `create`/`update` decide]
    #[arg(long, value_enum)]
    pub schedule: Option<Schedule>,
    /// Projected usage FEATURE=N for a new subscription's first period, repeatable
    #[arg(long = "usage", value_name = "FEATURE=N", conflicts_with = "id")]
    pub usage: Vec<String>,
}

#[derive(Args, Debug)]
pub struct CancelArgs {
    /// Subscription id (sub_…)
    pub id: String,
    /// immediate, end-of-period or an RFC 3339 instant (default: the product's setting)
    #[arg(long)]
    pub at: Option<String>,
    /// Cut access now even if the subscription runs to its end
    #[arg(long)]
    pub revoke_entitlements: bool,
    /// Free-text note recorded with the cancellation
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Args, Debug)]
pub struct MigrateArgs {
    /// Subscription id (sub_…)
    pub id: String,
    /// When: immediate, or end-of-period (the end of the current billing period); also
    /// spelled --schedule, as `subscription create` and `update` spell it
    #[arg(
        long,
        visible_alias = "schedule",
        value_enum,
        default_value = "immediate"
    )]
    pub at: Schedule,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only subscriptions of this customer (customer id)
    #[arg(long)]
    pub customer: Option<String>,
    /// Only subscriptions to this plan (plan id)
    #[arg(long)]
    pub plan: Option<String>,
    /// not-started, in-trial, active, payment-pending, canceled, expired (ACTIVE etc. too)
    #[arg(long, value_parser = parse_status)]
    pub status: Option<crate::domain::subscriptions::SubStatus>,
    /// Only subscriptions for this resource id
    #[arg(long)]
    pub resource: Option<String>,
}

fn parse_status(s: &str) -> std::result::Result<crate::domain::subscriptions::SubStatus, String> {
    use crate::domain::subscriptions::SubStatus;
    SubStatus::from_kebab(&s.to_ascii_lowercase().replace('_', "-"))
        .ok_or_else(|| format!("'{s}' is not one of {}", SubStatus::all_kebab().join(", ")))
}

pub fn period_arg(s: Option<&str>) -> Option<BillingPeriod> {
    s.and_then(BillingPeriod::from_kebab)
}

/// `KEY=N` flags; a key given twice is refused (never "the last one wins").
fn pairs(flag: &str, items: &[String], default: Option<u32>) -> Result<Vec<(String, u32)>> {
    let out: Vec<(String, u32)> = items
        .iter()
        .map(|i| {
            let (k, v) = match i.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (i.as_str(), None),
            };
            let n = match (v, default) {
                (Some(v), _) => crate::domain::subscriptions::parse_quantity(v)
                    .map_err(|e| Error::usage(format!("invalid {flag} '{i}': {e}")))?,
                // `ID:N` is how import files write a quantity: on the command line it would be
                // read as an id with a colon, and answered "not found". Said instead (an id
                // that really ends in `:digits` is written `ID=1`).
                (None, Some(_))
                    if i.rsplit_once(':').is_some_and(|(_, n)| {
                        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                    }) =>
                {
                    let (id, n) = i.rsplit_once(':').unwrap_or((i, ""));
                    return Err(Error::usage(format!(
                        "invalid {flag} '{i}': write ID=N (`{id}={n}`)"
                    )));
                }
                (None, Some(d)) => d,
                (None, None) => {
                    return Err(Error::usage(format!("invalid {flag} '{i}': write KEY=N")));
                }
            };
            let k = k.trim();
            // (An id no record can have is a bad value, not "not found".)
            crate::domain::slug::check_slug(k)
                .map_err(|m| Error::usage(format!("invalid {flag} '{i}': {m}")))?;
            Ok((k.to_string(), n))
        })
        .collect::<Result<_>>()?;
    if let Some((k, _)) = crate::domain::first_repeat(&out, |(k, _)| k.clone()) {
        return Err(Error::usage(format!("{flag} '{k}' is given twice")));
    }
    Ok(out)
}

pub fn parse_addons(items: &[String]) -> Result<Vec<(String, u32)>> {
    pairs("--addon", items, Some(1))
}

pub fn parse_quantities(items: &[String]) -> Result<Vec<(String, u32)>> {
    pairs("--quantity", items, None)
}

fn opt_instant(flag: &str, s: &Option<String>) -> Result<Option<clock::Instant>> {
    s.as_deref().map(|v| parse_instant_arg(flag, v)).transpose()
}

pub fn print_sub(app: &App, s: &Subscription) -> Result<()> {
    let serde_json::Value::Object(m) = ops::view(s) else {
        return Err(Error::internal("subscription view"));
    };
    app.printer.print(&ObjectView(m))
}

fn row(s: &serde_json::Value) -> Vec<String> {
    let g = |k: &str| match &s[k] {
        serde_json::Value::String(x) => x.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    vec![
        g("subscriptionId"),
        g("customerId"),
        g("resourceId"),
        format!("{} v{}", g("planId"), g("planVersion")),
        g("status"),
        g("billingPeriod"),
        g("startDate"),
        g("endDate"),
    ]
}

pub fn run(app: &App, cmd: SubscriptionCommand, asked: Option<super::Asked>) -> Result<()> {
    match cmd {
        SubscriptionCommand::Create(a) => {
            if let Some(r) = &a.resource {
                super::check_id_arg("resource", r)?;
            }
            let req = CreateRequest {
                customer_id: a.customer.clone(),
                plan_id: a.plan.clone(),
                subscription_id: a.id.clone(),
                resource_id: a.resource.clone(),
                billing_period: period_arg(a.billing_period.as_deref()),
                addons: parse_addons(&a.addons)?,
                quantities: parse_quantities(&a.quantities)?,
                start: opt_instant("--start", &a.start)?,
                end: opt_instant("--end", &a.end)?,
                trial: if a.trial {
                    TrialChoice::Force
                } else if a.skip_trial {
                    TrialChoice::Skip
                } else {
                    TrialChoice::Default
                },
                trial_end: opt_instant("--trial-end", &a.trial_end)?,
                coupon: a.coupon.as_deref().and_then(text_value),
                country: a.country.clone(),
                schedule: a.schedule,
                metadata: super::customer::parse_kv("--metadata", &a.metadata)?,
                import: false,
                scheduled_cancellation: false,
                recorded: Default::default(),
            };
            if let Some(c) = &req.country {
                crate::domain::money::check_country(c).map_err(Error::usage)?;
            }
            let out = app.session()?.write(false, |tx| ops::create(tx, &req))?;
            match out {
                CreateOutcome::Created {
                    subscription,
                    replaced,
                } => {
                    app.printer.status(&match replaced {
                        Some(old) => format!(
                            "created {} on plan '{}' (replaces {old})",
                            subscription.subscription_id, subscription.plan_id
                        ),
                        None => format!(
                            "created {} on plan '{}'",
                            subscription.subscription_id, subscription.plan_id
                        ),
                    });
                    let fresh = app
                        .session()?
                        .read(|c| repo::require(c, &subscription.subscription_id))?;
                    print_sub(app, &fresh)
                }
                CreateOutcome::Scheduled { subscription, at } => {
                    app.printer.status(&format!(
                        "plan change of {} to '{}' scheduled for {}",
                        subscription.subscription_id,
                        a.plan,
                        clock::fmt(&at)
                    ));
                    print_sub(app, &subscription)
                }
            }
        }
        SubscriptionCommand::Update(a) => {
            let req = update_request(&Changes {
                addons: &a.addons,
                remove_addons: &a.remove_addons,
                quantities: &a.quantities,
                billing_period: a.billing_period.as_deref(),
                coupon: a.coupon.as_deref(),
                remove_coupon: a.remove_coupon,
                trial_end: &a.trial_end,
                schedule: a.schedule,
            })?;
            let (s, at) = app
                .session()?
                .write(false, |tx| ops::update(tx, &a.id, &req))?;
            if let Some(at) = at {
                app.printer.status(&format!(
                    "update of {} scheduled for {}",
                    a.id,
                    clock::fmt(&at)
                ));
            }
            print_sub(app, &s)
        }
        SubscriptionCommand::Cancel(a) => {
            use crate::domain::catalog::CancellationTime;
            // Stigg's END_OF_BILLING_PERIOD / IMMEDIATE are accepted too.
            let at = match a.at.as_deref() {
                None => None,
                Some(t) => Some(match CancellationTime::parse(t) {
                    Some(CancellationTime::Immediate) => CancelAt::Immediate,
                    Some(CancellationTime::EndOfPeriod) => CancelAt::EndOfPeriod,
                    None => CancelAt::At(parse_instant_arg("--at", t)?),
                }),
            };
            // (Every cancellation asks: one without `--at` may end the subscription now — a
            // free plan has no period to wait for.)
            let mut session = app.session()?;
            app.confirm_in_production(&session, &format!("cancel subscription '{}'", a.id))?;
            let s = session.write(false, |tx| {
                ops::cancel(tx, &a.id, at, a.revoke_entitlements, a.reason.clone())
            })?;
            app.printer
                .status(&match (s.status.is_ended(), s.end_date) {
                    (true, _) => format!("canceled {}", a.id),
                    (false, Some(e)) => format!("{} ends at {}", a.id, clock::fmt(&e)),
                    _ => format!("{} updated", a.id),
                });
            print_sub(app, &s)
        }
        SubscriptionCommand::Uncancel(a) => {
            let (s, was_ending) = app.session()?.write(false, |tx| ops::uncancel(tx, &a.id))?;
            let after = match s.end_date {
                Some(e) => format!("it ends at {} as its term said", clock::fmt(&e)),
                None => "it renews as before".to_string(),
            };
            app.printer.status(&format!(
                "uncanceled {}: the cancellation scheduled for {} is cleared and {after}; scheduled changes the cancellation replaced are not restored",
                a.id,
                was_ending.map(|t| clock::fmt(&t)).unwrap_or_default()
            ));
            print_sub(app, &s)
        }
        SubscriptionCommand::Migrate(a) => {
            let (s, at) = app
                .session()?
                .write(false, |tx| ops::migrate(tx, &a.id, a.at))?;
            if let Some(at) = at {
                app.printer.status(&format!(
                    "migration of {} scheduled for {}",
                    a.id,
                    clock::fmt(&at)
                ));
            }
            print_sub(app, &s)
        }
        SubscriptionCommand::List(a) => {
            // (A filter no record can match — not an id — is a bad value, not an empty list.)
            for (what, id) in [
                ("customer", &a.customer),
                ("plan", &a.plan),
                ("resource", &a.resource),
            ] {
                if let Some(id) = id {
                    super::check_id_arg(what, id)?;
                }
            }
            let filter = repo::Filter {
                customer: a.customer,
                plan: a.plan,
                status: a.status.map(|s| s.wire().to_string()),
                resource: a.resource,
            };
            // Streamed: an environment may hold millions of subscriptions.
            let mut out = app.printer.list_stream(
                &[
                    "id",
                    "customer",
                    "resource",
                    "plan",
                    "status",
                    "billingPeriod",
                    "startDate",
                    "endDate",
                ],
                row,
            );
            app.session()?
                .read(|c| repo::each(c, &filter, |s| out.push(&ops::view(&s))))?;
            out.finish()
        }
        SubscriptionCommand::Show(a) => {
            let s = app.session()?.read(|c| repo::require(c, &a.id))?;
            print_sub(app, &s)
        }
        SubscriptionCommand::Schedule(ScheduleCommand::List(a)) => {
            let s = app.session()?.read(|c| repo::require(c, &a.id))?;
            let mut items: Vec<serde_json::Value> = s
                .scheduled_updates
                .iter()
                .filter(|u| a.all || u.is_pending())
                .map(|u| ops::schedule_view(&s, u))
                .collect();
            if s.scheduled_cancellation().is_some() {
                // Stigg keeps a scheduled cancellation in `cancellationDate`, not among the
                // scheduled updates; this list shows it too, as its own type.
                items.push(serde_json::json!({
                    "subscriptionScheduleType": ops::SCHEDULED_CANCELLATION,
                    "scheduleStatus": ScheduleStatus::Scheduled.wire(),
                    "scheduledExecutionTime": s.end_date.map(|e| clock::fmt(&e)),
                    "targetPackage": null,
                    "scheduleVariables": null,
                    "createdAt": null,
                    "resolvedAt": null,
                }));
            }
            app.printer.print(&ListView {
                items,
                headers: &[
                    "scheduledExecutionTime",
                    "type",
                    "status",
                    "target",
                    "change",
                ],
                row: |u: &serde_json::Value| {
                    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
                    let target = &u["targetPackage"];
                    vec![
                        text(&u["scheduledExecutionTime"]),
                        text(&u["subscriptionScheduleType"]),
                        text(&u["scheduleStatus"]),
                        match (target["planId"].as_str(), target["versionNumber"].as_u64()) {
                            (Some(p), Some(v)) => format!("{p} v{v}"),
                            _ => String::new(),
                        },
                        match &u["scheduleVariables"] {
                            serde_json::Value::Null => String::new(),
                            v => v.to_string(),
                        },
                    ]
                },
            })
        }
        SubscriptionCommand::Estimate(a) => estimate(app, &a),
        SubscriptionCommand::InvoicePreview(a) => {
            let now = app.session()?.now;
            let v = app.session()?.read(|c| {
                let s = repo::require(c, &a.id)?;
                crate::ops::pricing::invoice_preview(c, &s, now)
            })?;
            app.printer.print(&PricingView(v))
        }
        SubscriptionCommand::Import(a) => super::customer::import(app, a, "subscriptions"),
        SubscriptionCommand::Export(a) => super::customer::export(app, a, "subscriptions", asked),
        SubscriptionCommand::Schedule(ScheduleCommand::Cancel(a)) => {
            let (s, n) = app
                .session()?
                .write(false, |tx| ops::cancel_schedule(tx, &a.id))?;
            app.printer
                .status(&format!("dropped {n} scheduled change(s) of {}", a.id));
            print_sub(app, &s)
        }
    }
}

/// `--usage FEATURE=N`: exact decimals, each feature once.
fn parse_usage(
    items: &[String],
) -> Result<std::collections::BTreeMap<String, rust_decimal::Decimal>> {
    let mut out = std::collections::BTreeMap::new();
    for i in items {
        let Some((k, v)) = i.split_once('=') else {
            return Err(Error::usage(format!(
                "invalid --usage '{i}': write FEATURE=N"
            )));
        };
        let n = crate::domain::decimal::parse_decimal(v)
            .map_err(|m| Error::usage(format!("invalid --usage '{i}': {m}")))?;
        if n.is_sign_negative() {
            return Err(Error::usage(format!(
                "invalid --usage '{i}': usage can't be negative"
            )));
        }
        if out.insert(k.trim().to_string(), n).is_some() {
            return Err(Error::usage(format!(
                "--usage '{}' is given twice",
                k.trim()
            )));
        }
    }
    Ok(out)
}

/// What `subscription update` and `estimate <ID>` are asked to change, as typed.
struct Changes<'a> {
    addons: &'a [String],
    remove_addons: &'a [String],
    quantities: &'a [String],
    billing_period: Option<&'a str>,
    coupon: Option<&'a str>,
    remove_coupon: bool,
    trial_end: &'a Option<String>,
    schedule: Option<crate::ops::subscriptions::Schedule>,
}

/// The change of a live subscription `update` makes and `estimate <ID>` prices (one request,
/// built once): at least one change named, and no add-on both set and removed.
fn update_request(c: &Changes<'_>) -> Result<UpdateRequest> {
    for r in c.remove_addons {
        super::check_id_arg("add-on", r)?;
    }
    let req = UpdateRequest {
        addons: parse_addons(c.addons)?,
        remove_addons: c.remove_addons.to_vec(),
        quantities: parse_quantities(c.quantities)?,
        billing_period: period_arg(c.billing_period),
        // `--coupon ""` removes it, as on `customer update`.
        coupon: c.coupon.and_then(text_value),
        remove_coupon: c.remove_coupon || c.coupon.is_some_and(is_no_value),
        trial_end: opt_instant("--trial-end", c.trial_end)?,
        schedule: c.schedule,
        ..Default::default()
    };
    if let Some(id) = req
        .remove_addons
        .iter()
        .find(|r| req.addons.iter().any(|a| &a.0 == *r))
    {
        return Err(Error::new(
            crate::error::ErrorKind::Usage,
            "ArgumentConflict",
            format!("--addon {id} and --remove-addon {id} ask for two things: name one"),
        ));
    }
    if req.addons.is_empty()
        && req.remove_addons.is_empty()
        && req.quantities.is_empty()
        && req.billing_period.is_none()
        && req.coupon.is_none()
        && !req.remove_coupon
        && req.trial_end.is_none()
    {
        return Err(Error::usage("nothing to change: no change was named").hint(
            "name what changes: --addon, --remove-addon, --quantity, --billing-period, --coupon, --remove-coupon or --trial-end",
        ));
    }
    Ok(req)
}

fn estimate(app: &App, a: &EstimateArgs) -> Result<()> {
    let usage = parse_usage(&a.usage)?;
    let mut session = app.session()?;
    let pricing = match &a.id {
        Some(id) => {
            let req = update_request(&Changes {
                addons: &a.addons,
                remove_addons: &a.remove_addons,
                quantities: &a.quantities,
                billing_period: a.billing_period.as_deref(),
                coupon: a.coupon.as_deref(),
                remove_coupon: a.remove_coupon,
                trial_end: &a.trial_end,
                schedule: a.schedule,
            })?;
            session.write(true, |tx| {
                tx.quoting.estimating = true;
                ops::update(tx, id, &req)?;
                Ok(tx.quoting.last.take())
            })?
        }
        None => {
            let req = CreateRequest {
                customer_id: a.customer.clone().unwrap_or_default(),
                plan_id: a.plan.clone().unwrap_or_default(),
                subscription_id: a.new_id.clone(),
                resource_id: a.resource.clone(),
                billing_period: period_arg(a.billing_period.as_deref()),
                addons: parse_addons(&a.addons)?,
                quantities: parse_quantities(&a.quantities)?,
                start: opt_instant("--start", &a.start)?,
                end: opt_instant("--end", &a.end)?,
                trial_end: opt_instant("--trial-end", &a.trial_end)?,
                metadata: super::customer::parse_kv("--metadata", &a.metadata)?,
                trial: if a.trial {
                    TrialChoice::Force
                } else if a.skip_trial {
                    TrialChoice::Skip
                } else {
                    TrialChoice::Default
                },
                coupon: a.coupon.as_deref().and_then(text_value),
                country: a.country.clone(),
                schedule: a.schedule,
                ..Default::default()
            };
            if let Some(c) = &req.country {
                crate::domain::money::check_country(c).map_err(Error::usage)?;
            }
            session.write(true, |tx| {
                for f in usage.keys() {
                    let known = crate::store::catalog::get_simple::<crate::domain::catalog::Feature>(
                        &tx.sql,
                        crate::domain::catalog::EntityKind::Feature,
                        f,
                    )?;
                    match known {
                        None => {
                            return Err(Error::not_found(
                                "FeatureNotFound",
                                format!("--usage '{f}': no feature has this id"),
                            ));
                        }
                        // A feature that exists but has no usage is a bad value, not a miss.
                        Some((feature, _)) if !feature.is_metered() => {
                            return Err(Error::usage(format!(
                                "--usage '{f}': feature '{f}' is not metered ({}): it has no usage to price",
                                feature.feature_type.wire()
                            )));
                        }
                        Some(_) => {}
                    }
                }
                tx.quoting.estimating = true;
                tx.quoting.usage = usage.clone();
                ops::create(tx, &req)?;
                Ok(tx.quoting.last.take())
            })?
        }
    };
    let v = pricing.ok_or_else(|| {
        Error::usage("nothing to change: the request leaves the subscription as it is")
            .hint("name what changes: --addon, --remove-addon, --quantity, --billing-period, --coupon or --remove-coupon")
    })?;
    app.printer.print(&PricingView(v))
}
