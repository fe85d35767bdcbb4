//! `credit grant|consume|void|grants|balance|ledger|verify`

use clap::{Args, Subcommand};

use super::customer::parse_kv;
use super::parse_decimal_arg;
use crate::app::App;
use crate::clock::parse_instant_arg;
use crate::domain::credits::{EntryType, GrantStatus, GrantType};
use crate::error::{Error, ErrorKind, Result};
use crate::ops::credits::{self as ops, BalanceView, ConsumeView, GrantView};
use crate::output::views::ListView;
use crate::output::{Tabular, View};
use crate::store::credits::{LedgerFilter, LedgerRow};

#[derive(Subcommand, Debug)]
pub enum CreditCommand {
    /// Grant credits to a customer (paid or promotional; now or at --effective-at)
    ///
    /// Example: stigg-cli credit grant acme --currency ai-tokens --amount 1000 --cost 10:USD
    Grant(GrantArgs),
    /// Burn credits: in burn order, one ledger entry per grant touched; what no grant covers
    /// goes into the pool's overdraft
    ///
    /// Example: stigg-cli credit consume acme --currency ai-tokens --amount 120 --idempotency-key req-7
    Consume(ConsumeArgs),
    /// Void a grant: what it has left is written off now (consumed credits stay consumed)
    ///
    /// Example: stigg-cli credit void grant_0000000042x4k2m9
    Void(VoidArgs),
    /// A customer's grants, oldest first
    ///
    /// Example: stigg-cli credit grants acme --currency ai-tokens --status active
    Grants(GrantsArgs),
    /// A customer's balance per currency (and per resource pool)
    ///
    /// Example: stigg-cli credit balance acme
    Balance(BalanceArgs),
    /// A customer's ledger entries, in the order they were written (table, json, csv)
    ///
    /// Example: stigg-cli credit ledger acme --format csv > ledger.csv
    Ledger(LedgerArgs),
    /// Revenue of credits sold, per currency of cost: deferred (held at --to), recognized
    /// (consumed in the period) and breakage (expired in the period)
    ///
    /// Example: stigg-cli credit revenue --from 2026-01-01T00:00:00Z --to 2026-02-01T00:00:00Z
    Revenue(RevenueArgs),
    /// Automatic recharge of a customer's credits: set, show, disable
    #[command(subcommand)]
    AutoRecharge(RechargeCommand),
    /// The environment's low-balance signal: `credit.balance.low` when a consumption takes a
    /// balance below this share of the granted amount in force (default 20 %)
    ///
    /// Example: stigg-cli credit low-balance --percent 10
    LowBalance(LowBalanceArgs),
    /// Recompute every pool from its ledger and check the credit invariants (exit 70 naming
    /// the offending ids on any violation)
    ///
    /// Example: stigg-cli credit verify
    Verify,
}

#[derive(Args, Debug)]
pub struct GrantArgs {
    /// Customer id
    pub customer: String,
    /// Credit currency id
    #[arg(long)]
    pub currency: String,
    /// Credits granted (decimal, > 0)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// paid or promotional
    #[arg(long = "type", value_parser = crate::cli::one_of(&["paid", "promotional"]), ignore_case = true, default_value = "paid")]
    pub grant_type: String,
    /// Money paid for the whole grant, AMOUNT:CUR (paid grants only)
    #[arg(long, allow_hyphen_values = true)]
    pub cost: Option<String>,
    /// Lower burns first [default: 10]
    #[arg(long, allow_hyphen_values = true)]
    pub priority: Option<i64>,
    /// When the credits become usable (RFC 3339, now or later) [default: now]
    #[arg(long)]
    pub effective_at: Option<String>,
    /// When what is left expires (RFC 3339, after --effective-at)
    #[arg(long)]
    pub expires_at: Option<String>,
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// Free-text comment
    #[arg(long)]
    pub comment: Option<String>,
    /// Resource id: the grant goes to that resource's pool
    #[arg(long)]
    pub resource: Option<String>,
    /// Makes retries safe: the same key and request is a duplicate, another request exit 4
    #[arg(long)]
    pub idempotency_key: Option<String>,
}

#[derive(Args, Debug)]
pub struct ConsumeArgs {
    /// Customer id
    pub customer: String,
    /// Credit currency id
    #[arg(long)]
    pub currency: String,
    /// Credits to burn (decimal, > 0)
    #[arg(long, allow_hyphen_values = true)]
    pub amount: String,
    /// Required: the same key and request is a duplicate, another request exit 4
    #[arg(long)]
    pub idempotency_key: String,
    /// Resource id: burn from that resource's pool
    #[arg(long)]
    pub resource: Option<String>,
    /// A dimension recorded with the consumption, KEY=VALUE (repeat the flag)
    #[arg(long = "dimension")]
    pub dimensions: Vec<String>,
}

#[derive(Args, Debug)]
pub struct VoidArgs {
    /// Grant id
    pub grant_id: String,
}

#[derive(Args, Debug)]
pub struct GrantsArgs {
    /// Customer id
    pub customer: String,
    /// Only this credit currency
    #[arg(long)]
    pub currency: Option<String>,
    /// Only grants in this status
    #[arg(long, value_parser = crate::cli::one_of(&["scheduled", "active", "depleted", "expired", "voided"]), ignore_case = true)]
    pub status: Option<String>,
}

#[derive(Args, Debug)]
pub struct BalanceArgs {
    /// Customer id
    pub customer: String,
    /// Only this credit currency
    #[arg(long)]
    pub currency: Option<String>,
}

#[derive(Args, Debug)]
pub struct LedgerArgs {
    /// Customer id
    pub customer: String,
    /// Only this credit currency
    #[arg(long)]
    pub currency: Option<String>,
    /// Only entries of this type (CREDITS_CONSUMED or consumed, …)
    #[arg(long = "type")]
    pub entry_type: Option<String>,
    /// Entries at or after this instant (RFC 3339)
    #[arg(long)]
    pub from: Option<String>,
    /// Entries before this instant (RFC 3339)
    #[arg(long)]
    pub to: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum RechargeCommand {
    /// When a consumption takes the balance below --threshold, grant PAID credits back up to
    /// --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month
    ///
    /// Example: stigg-cli credit auto-recharge set acme --currency ai-credits --threshold 100 --target 1000 --price-per-credit 0.01:USD --monthly-limit 50:USD
    Set(RechargeSetArgs),
    /// Show a customer's automatic recharge of a currency
    ///
    /// Example: stigg-cli credit auto-recharge show acme --currency ai-credits
    Show(RechargeArgs),
    /// Stop recharging automatically
    ///
    /// Example: stigg-cli credit auto-recharge disable acme --currency ai-credits
    Disable(RechargeArgs),
}

#[derive(Args, Debug)]
pub struct RechargeArgs {
    /// Customer id
    pub customer: String,
    /// Credit currency id
    #[arg(long)]
    pub currency: String,
}

#[derive(Args, Debug)]
pub struct RechargeSetArgs {
    /// Customer id
    pub customer: String,
    /// Credit currency id
    #[arg(long)]
    pub currency: String,
    /// Recharge when a consumption takes the balance below this
    #[arg(long, allow_hyphen_values = true)]
    pub threshold: String,
    /// The balance a recharge brings back (above --threshold)
    #[arg(long, allow_hyphen_values = true)]
    pub target: String,
    /// What recharges may cost in a calendar month, AMOUNT:CUR (past it, recharging disables
    /// itself)
    #[arg(long, allow_hyphen_values = true)]
    pub monthly_limit: Option<String>,
    /// Price of one credit, AMOUNT:CUR
    #[arg(long, allow_hyphen_values = true)]
    pub price_per_credit: Option<String>,
    /// How long recharged credits last: 1mo or 1y [default: they do not expire]
    #[arg(long, value_parser = crate::cli::one_of(&["1mo", "1y"]), ignore_case = true)]
    pub expiration: Option<String>,
}

fn one_amount(flag: &str, v: &Option<String>) -> Result<Option<crate::domain::catalog::Money>> {
    match v {
        None => Ok(None),
        Some(c) => {
            let mut v = super::coupon::parse_amounts(flag, c)?;
            if v.len() != 1 {
                return Err(Error::usage(format!(
                    "{flag} is one AMOUNT:CUR, e.g. 10:USD"
                )));
            }
            Ok(v.pop())
        }
    }
}

#[derive(Args, Debug)]
pub struct LowBalanceArgs {
    /// Set the share, in percent (above 0, below 100); without it, show it
    #[arg(long)]
    pub percent: Option<String>,
}

#[derive(Args, Debug)]
pub struct RevenueArgs {
    /// Start of the period (RFC 3339) [default: the beginning]
    #[arg(long)]
    pub from: Option<String>,
    /// End of the period, exclusive (RFC 3339) [default: now]
    #[arg(long)]
    pub to: Option<String>,
    /// Only this credit currency
    #[arg(long)]
    pub currency: Option<String>,
    /// Only this customer
    #[arg(long)]
    pub customer: Option<String>,
}

impl View for GrantView {
    fn tabular(&self) -> Tabular {
        Tabular::fields(vec![
            ("grantId", self.grant_id.clone()),
            ("customerId", self.customer_id.clone()),
            ("currencyId", self.currency_id.clone()),
            ("resourceId", self.resource_id.clone().unwrap_or_default()),
            ("grantType", self.grant_type.wire().into()),
            ("status", self.status.wire().into()),
            ("amount", self.amount.to_string()),
            ("consumedAmount", self.consumed_amount.to_string()),
            ("remainingAmount", self.remaining_amount.to_string()),
            (
                "cost",
                self.cost
                    .as_ref()
                    .map(|c| format!("{} {}", c.amount, c.currency))
                    .unwrap_or_default(),
            ),
            ("priority", self.priority.to_string()),
            ("effectiveAt", self.effective_at.clone()),
            ("expiresAt", self.expires_at.clone().unwrap_or_default()),
        ])
    }
}

impl View for ConsumeView {
    fn tabular(&self) -> Tabular {
        let burned: Vec<String> = self
            .consumed_from
            .iter()
            .map(|b| format!("{} {}", b.grant_id, b.amount))
            .collect();
        Tabular::fields(vec![
            ("customerId", self.customer_id.clone()),
            ("currencyId", self.currency_id.clone()),
            ("amount", self.amount.to_string()),
            ("consumedFrom", burned.join(", ")),
            ("currentBalance", self.current_balance.to_string()),
            ("overdraft", self.overdraft.to_string()),
            ("duplicate", self.duplicate.to_string()),
        ])
    }
}

fn instant(flag: &str, v: &Option<String>) -> Result<Option<crate::clock::Instant>> {
    v.as_deref().map(|t| parse_instant_arg(flag, t)).transpose()
}

pub fn run(app: &App, cmd: CreditCommand) -> Result<()> {
    match cmd {
        CreditCommand::Grant(a) => {
            let cost = one_amount("--cost", &a.cost)?;
            let req = ops::GrantRequest {
                customer: a.customer,
                currency: a.currency,
                amount: parse_decimal_arg("--amount", &a.amount)?,
                grant_type: GrantType::from_kebab(&a.grant_type).unwrap_or(GrantType::Paid),
                cost,
                priority: a.priority,
                effective_at: instant("--effective-at", &a.effective_at)?,
                expires_at: instant("--expires-at", &a.expires_at)?,
                // (Blank is no value, as for customers: a retry without it is the same.)
                name: a.name.filter(|v| !v.trim().is_empty()),
                comment: a.comment.filter(|v| !v.trim().is_empty()),
                resource: a.resource,
                idempotency_key: a.idempotency_key,
            };
            let v = app.session()?.write(false, |tx| ops::grant(tx, &req))?;
            if v.duplicate == Some(true) {
                app.printer
                    .status("duplicate: this idempotency key was already used; nothing changed");
            }
            app.printer.print(&v)
        }
        CreditCommand::Consume(a) => {
            let req = ops::ConsumeRequest {
                customer: a.customer,
                currency: a.currency,
                amount: parse_decimal_arg("--amount", &a.amount)?,
                resource: a.resource,
                dimensions: crate::domain::customers::metadata_values(&parse_kv(
                    "--dimension",
                    &a.dimensions,
                )?),
                idempotency_key: a.idempotency_key,
            };
            let v = app.session()?.write(false, |tx| ops::consume(tx, &req))?;
            if v.duplicate {
                app.printer
                    .status("duplicate: this idempotency key was already used; nothing changed");
            }
            app.printer.print(&v)
        }
        CreditCommand::Void(a) => {
            let mut s = app.session()?;
            app.confirm_in_production(&s, &format!("void credit grant '{}'", a.grant_id))?;
            let v = s.write(false, |tx| ops::void(tx, &a.grant_id))?;
            app.printer.print(&v)
        }
        CreditCommand::Grants(a) => {
            let status = a.status.as_deref().and_then(GrantStatus::from_kebab);
            let items = app
                .session()?
                .read(|c| ops::grants(c, &a.customer, a.currency.as_deref(), status))?;
            app.printer.print(&ListView {
                items,
                headers: &[
                    "grantId",
                    "currency",
                    "type",
                    "status",
                    "amount",
                    "remaining",
                    "priority",
                    "effectiveAt",
                    "expiresAt",
                ],
                row: |g: &GrantView| {
                    vec![
                        g.grant_id.clone(),
                        g.currency_id.clone(),
                        g.grant_type.wire().into(),
                        g.status.wire().into(),
                        g.amount.to_string(),
                        g.remaining_amount.to_string(),
                        g.priority.to_string(),
                        g.effective_at.clone(),
                        g.expires_at.clone().unwrap_or_default(),
                    ]
                },
            })
        }
        CreditCommand::Balance(a) => {
            let items = app.session()?.read_for(&a.customer, |c| {
                ops::balance(c, &a.customer, a.currency.as_deref())
            })?;
            app.printer.print(&ListView {
                items,
                headers: &[
                    "currency",
                    "resource",
                    "balance",
                    "granted",
                    "consumed",
                    "expired",
                    "voided",
                    "overdraft",
                ],
                row: |b: &BalanceView| {
                    vec![
                        b.currency_id.clone(),
                        b.resource_id.clone().unwrap_or_default(),
                        b.current_balance.to_string(),
                        b.total_granted.to_string(),
                        b.total_consumed.to_string(),
                        b.total_expired.to_string(),
                        b.total_voided.to_string(),
                        b.overdraft.to_string(),
                    ]
                },
            })
        }
        CreditCommand::Ledger(a) => {
            let entry_type = match &a.entry_type {
                None => None,
                Some(t) => Some(
                    EntryType::parse(t)
                        .ok_or_else(|| {
                            Error::usage(format!(
                                "--type '{t}' is not one of {}",
                                EntryType::all_wire().join(", ")
                            ))
                        })?
                        .wire()
                        .to_string(),
                ),
            };
            let f = LedgerFilter {
                customer_id: Some(a.customer.clone()),
                currency_id: a.currency,
                resource_id: None,
                entry_type,
                from: instant("--from", &a.from)?,
                to: instant("--to", &a.to)?,
            };
            if let (Some(from), Some(to)) = (f.from, f.to)
                && from >= to
            {
                return Err(Error::usage("--from must be before --to"));
            }
            // Streamed: one customer's ledger may hold millions of entries.
            let mut out = app.printer.list_stream(
                &[
                    "entryId",
                    "at",
                    "currency",
                    "resource",
                    "grantId",
                    "type",
                    "amount",
                    "balanceAfter",
                    "featureId",
                    "usageRecordId",
                    "idempotencyKey",
                    "actor",
                ],
                |e: &LedgerRow| {
                    vec![
                        e.entry_id.clone(),
                        e.at.clone(),
                        e.currency_id.clone(),
                        e.resource_id.clone().unwrap_or_default(),
                        e.grant_id.clone(),
                        e.entry_type.clone(),
                        e.amount.to_string(),
                        e.balance_after.to_string(),
                        e.feature_id.clone().unwrap_or_default(),
                        e.usage_record_id.clone().unwrap_or_default(),
                        e.idempotency_key.clone().unwrap_or_default(),
                        e.actor.clone(),
                    ]
                },
            );
            app.session()?.read(|c| {
                crate::store::customers::require_meta(c, &a.customer)?;
                if let Some(cur) = &f.currency_id {
                    crate::ops::credits::require_currency(c, cur)?;
                }
                crate::store::credits::ledger_in_order(c, &f, |r| out.push(&r))
            })?;
            out.finish()
        }
        CreditCommand::AutoRecharge(c) => {
            let v = match c {
                RechargeCommand::Set(a) => {
                    let r = ops::Recharge {
                        threshold: parse_decimal_arg("--threshold", &a.threshold)?,
                        target: parse_decimal_arg("--target", &a.target)?,
                        price_per_credit: one_amount("--price-per-credit", &a.price_per_credit)?,
                        monthly_limit: one_amount("--monthly-limit", &a.monthly_limit)?,
                        expiration: a.expiration,
                        enabled: true,
                        disabled_reason: None,
                    };
                    app.session()?.write(false, |tx| {
                        ops::set_recharge(tx, &a.customer, &a.currency, r)
                    })?
                }
                RechargeCommand::Show(a) => app
                    .session()?
                    .read(|c| ops::show_recharge(c, &a.customer, &a.currency))?,
                RechargeCommand::Disable(a) => app.session()?.write(false, |tx| {
                    ops::disable_recharge(tx, &a.customer, &a.currency)
                })?,
            };
            app.printer.print(&crate::output::views::JsonView(v))
        }
        CreditCommand::LowBalance(a) => {
            let percent = match &a.percent {
                Some(p) => {
                    let p = parse_decimal_arg("--percent", p)?;
                    app.session()?
                        .write(false, |tx| ops::set_low_balance(tx, p))?
                }
                None => {
                    app.session()?.read(ops::low_balance_share)?
                        * rust_decimal::Decimal::ONE_HUNDRED
                }
            };
            app.printer.print(&crate::output::views::JsonView(
                serde_json::json!({ "lowBalancePercent": percent.normalize() }),
            ))
        }
        CreditCommand::Revenue(a) => {
            let from = instant("--from", &a.from)?;
            let to = instant("--to", &a.to)?;
            if let (Some(f), Some(t)) = (from, to)
                && f >= t
            {
                return Err(Error::usage("--from must be before --to"));
            }
            let mut s = app.session()?;
            // By default up to now, now included; a later `--to` (the month to date) stops at
            // now, and says so: what happens later (an expiry, a consumption) is not known
            // yet — the figures would hold as deferred credits that will have expired. A
            // forecast is a what-if at a later `--now`.
            let end = s.now + chrono::Duration::microseconds(1);
            let to = match to {
                Some(t) if t > end => {
                    app.printer.warn(&format!(
                        "--to {} is after now: the figures are as of now ({}); for a forecast, ask at that time (`--now {}`, a what-if)",
                        crate::clock::fmt(&t),
                        crate::clock::fmt(&s.now),
                        crate::clock::fmt(&t)
                    ));
                    end
                }
                Some(t) => t,
                None => end,
            };
            if let Some(f) = from
                && f >= to
            {
                return Err(Error::usage(format!(
                    "--from {} is after now ({}): no revenue is known there yet",
                    crate::clock::fmt(&f),
                    crate::clock::fmt(&s.now)
                )));
            }
            let items = s.read(|c| {
                ops::revenue(c, from, to, a.currency.as_deref(), a.customer.as_deref())
            })?;
            app.printer.print(&ListView {
                items,
                headers: &["costCurrency", "deferred", "recognized", "breakage"],
                row: |r: &ops::RevenueView| {
                    vec![
                        r.cost_currency.clone(),
                        r.deferred.to_string(),
                        r.recognized.to_string(),
                        r.breakage.to_string(),
                    ]
                },
            })
        }
        CreditCommand::Verify => {
            let r = app.session()?.read(ops::verify)?;
            // The violations, one row each, on stdout in every format (a script reads them
            // there); the exit code and stderr say that there are any.
            let rows = ListView {
                items: r.violations.clone(),
                headers: &["invariant", "customer", "currency", "id", "problem"],
                row: |v: &ops::Violation| {
                    vec![
                        v.invariant.to_string(),
                        v.customer_id.clone(),
                        match &v.resource_id {
                            Some(res) => format!("{}/{res}", v.currency_id),
                            None => v.currency_id.clone(),
                        },
                        v.id.clone().unwrap_or_default(),
                        v.problem.clone(),
                    ]
                },
            };
            if r.violations.is_empty() {
                app.printer.status(&format!(
                    "{} pool(s), {} grant(s), {} ledger entr(ies), {} request(s): every invariant holds",
                    r.pools, r.grants, r.entries, r.requests
                ));
                return app.printer.print(&rows);
            }
            app.printer.print(&rows)?;
            let mut msg = format!("{} credit invariant violation(s):", r.violations.len());
            for v in &r.violations {
                msg.push_str(&format!(
                    "\n  invariant {}: {}/{}{} {}: {}",
                    v.invariant,
                    v.customer_id,
                    v.currency_id,
                    v.resource_id
                        .as_deref()
                        .map(|r| format!("/{r}"))
                        .unwrap_or_default(),
                    v.id.as_deref().unwrap_or("(pool)"),
                    v.problem
                ));
            }
            Err(Error::new(ErrorKind::Internal, "IntegrityViolation", msg))
        }
    }
}
