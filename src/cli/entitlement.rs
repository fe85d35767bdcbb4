//! `entitlement check|list|grant|revoke|promotions`

use clap::{Args, Subcommand};

use super::{parse_non_negative_arg, split_list};
use crate::app::App;
use crate::domain::catalog::{ANCHOR_SUBSCRIPTION_START, Entitlement, Limit, Reset, ResetPeriod};
use crate::error::{Error, ErrorKind, Result};
use crate::ops::entitlements::{self as ops, CheckRequest, CheckView, PromoLength};
use crate::output::views::ListView;
use crate::output::{Tabular, View};

#[derive(Subcommand, Debug)]
pub enum EntitlementCommand {
    /// May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)
    ///
    /// Example: stigg-cli entitlement check acme api-calls --requested-usage 10
    Check(CheckArgs),
    /// Every feature the customer has, with limits and usage
    ///
    /// Example: stigg-cli entitlement list acme
    List(ListArgs),
    /// Give a customer a feature for a period, independent of subscriptions
    ///
    /// Example: stigg-cli entitlement grant acme sso --period 1mo
    Grant(GrantArgs),
    /// End a promotional entitlement now
    ///
    /// Example: stigg-cli entitlement revoke acme sso
    Revoke(RevokeArgs),
    /// List a customer's promotional entitlements
    ///
    /// Example: stigg-cli entitlement promotions acme
    Promotions(CustomerArg),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Customer id
    pub customer: String,
    /// Feature id
    pub feature: String,
    /// Usage about to be added (decimal); denied when it would pass a hard limit
    #[arg(long, default_value = "0", allow_negative_numbers = true)]
    pub requested_usage: String,
    /// Enum values needed: a,b (or repeat the flag)
    #[arg(long)]
    pub requested_values: Vec<String>,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Customer id
    pub customer: String,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
}

#[derive(Args, Debug)]
pub struct CustomerArg {
    /// Customer id
    pub customer: String,
}

#[derive(Args, Debug)]
pub struct RevokeArgs {
    /// Customer id
    pub customer: String,
    /// Feature id
    pub feature: String,
}

#[derive(Args, Debug)]
pub struct GrantArgs {
    /// Customer id
    pub customer: String,
    /// Feature id
    pub feature: String,
    /// 1w, 1mo, 6mo, 1y or lifetime
    #[arg(long, value_parser = crate::cli::one_of(&["1w", "1mo", "6mo", "1y", "lifetime"]), ignore_case = true, conflicts_with = "until")]
    pub period: Option<String>,
    /// Until this instant (RFC 3339)
    #[arg(long)]
    pub until: Option<String>,
    /// Usage limit (decimal)
    #[arg(long, conflicts_with = "unlimited", allow_negative_numbers = true)]
    pub limit: Option<String>,
    /// No usage limit
    #[arg(long)]
    pub unlimited: bool,
    /// Over-limit use is allowed and tracked
    #[arg(long)]
    pub soft: bool,
    /// Usage window: usage resets every period of this length
    #[arg(long, value_parser = crate::cli::one_of(&["hour", "day", "week", "month", "year"]), ignore_case = true)]
    pub reset: Option<String>,
    /// Allowed enum values: a,b
    #[arg(long)]
    pub values: Vec<String>,
}

impl View for CheckView {
    fn tabular(&self) -> Tabular {
        let limit = if self.has_unlimited_usage {
            "unlimited".to_string()
        } else {
            self.usage_limit.map(|l| l.to_string()).unwrap_or_default()
        };
        let mut pairs = vec![
            ("customerId", self.customer_id.clone()),
            ("featureId", self.feature_id.clone()),
            ("hasAccess", self.has_access.to_string()),
        ];
        if let Some(r) = &self.resource_id {
            pairs.push(("resourceId", r.clone()));
        }
        if let Some(r) = self.access_denied_reason {
            pairs.push(("accessDeniedReason", format!("{r:?}")));
        }
        if self.is_granted {
            pairs.push(("usageLimit", limit));
            if self.has_soft_limit {
                pairs.push(("hasSoftLimit", "true".into()));
            }
            if self.meter_type.is_some_and(|m| m != "None") {
                pairs.push(("currentUsage", self.current_usage.to_string()));
            }
            if !self.enum_values.is_empty() {
                pairs.push(("enumValues", self.enum_values.join(", ")));
            }
            if let Some(p) = crate::output::usage_period(
                self.usage_period_start.as_ref(),
                self.usage_period_end.as_ref(),
            ) {
                pairs.push(("usagePeriod", p));
            }
            let sources: Vec<String> = self
                .sources
                .iter()
                .map(|s| {
                    let value = if s.has_unlimited_usage {
                        Some("unlimited".to_string())
                    } else {
                        s.usage_limit.map(|l| l.to_string())
                    };
                    format!(
                        "{}{}{}",
                        if s.is_winner { "*" } else { "" },
                        source_label(s),
                        value.map(|v| format!(" ({v})")).unwrap_or_default()
                    )
                })
                .collect();
            pairs.push(("sources", sources.join(", ")));
        }
        Tabular::fields(pairs)
    }
}

/// `PLAN pro`, `ADDON extra-storage ×2`, `PROMOTIONAL audit-log`.
fn source_label(s: &crate::ops::entitlements::SourceView) -> String {
    let qty = match (s.source.source_type, s.quantity) {
        ("ADDON", Some(q)) => format!(" ×{q}"),
        _ => String::new(),
    };
    format!("{} {}{qty}", s.source.source_type, s.source.id)
}

fn entitlement_row(v: &CheckView) -> Vec<String> {
    let limit = if v.has_unlimited_usage {
        "unlimited".to_string()
    } else if let Some(l) = v.usage_limit {
        l.to_string()
    } else if !v.enum_values.is_empty() {
        v.enum_values.join(", ")
    } else {
        "granted".to_string()
    };
    vec![
        v.feature_id.clone(),
        v.feature_type.unwrap_or("").to_string(),
        limit,
        if v.meter_type.is_some_and(|m| m != "None") {
            v.current_usage.to_string()
        } else {
            String::new()
        },
        v.reset_period.unwrap_or("").to_string(),
        v.next_reset_date.clone().unwrap_or_default(),
        v.sources
            .iter()
            .filter(|s| s.is_winner)
            .map(source_label)
            .collect::<Vec<_>>()
            .join(" + "),
    ]
}

pub fn run(app: &App, cmd: EntitlementCommand) -> Result<()> {
    match cmd {
        EntitlementCommand::Check(a) => {
            let req = CheckRequest {
                customer: a.customer,
                feature: a.feature,
                resource: a.resource,
                requested_usage: parse_non_negative_arg("--requested-usage", &a.requested_usage)?
                    .normalize(),
                requested_values: split_list(&a.requested_values),
            };
            let mut s = app.session()?;
            let now = s.now;
            let v = s.read_for(&req.customer, |c| ops::check(c, now, &req))?;
            app.printer.print(&v)?;
            // A flag the feature's type does not read is said to be ignored (not silently).
            let ignored = match v.feature_type {
                Some(t) if t != "ENUM" && !req.requested_values.is_empty() => {
                    Some(("--requested-values", "enum features"))
                }
                Some(t) if t != "NUMBER" && !req.requested_usage.is_zero() => {
                    Some(("--requested-usage", "number features"))
                }
                _ => None,
            };
            if let Some((flag, applies)) = ignored {
                app.printer.warn(&format!(
                    "{flag} applies to {applies}; '{}' is {}: it was not counted",
                    v.feature_id,
                    v.feature_type.unwrap_or_default().to_lowercase()
                ));
            }
            if v.has_access {
                Ok(())
            } else {
                // The answer is in the exit code (1) and the output; nothing more on stderr.
                Err(Error::new(ErrorKind::Rejected, "AccessDeniedError", ""))
            }
        }
        EntitlementCommand::List(a) => {
            let mut s = app.session()?;
            let now = s.now;
            let items = s.read_for(&a.customer, |c| {
                ops::list(c, now, &a.customer, a.resource.as_deref())
            })?;
            app.printer.print(&ListView {
                items,
                headers: &[
                    "feature",
                    "type",
                    "limit",
                    "usage",
                    "reset",
                    "nextReset",
                    "source",
                ],
                row: entitlement_row,
            })
        }
        EntitlementCommand::Grant(a) => {
            let length = match (&a.period, &a.until) {
                (_, Some(u)) => PromoLength::Until(crate::clock::parse_instant_arg("--until", u)?),
                (Some(p), None) if p == "lifetime" => PromoLength::Lifetime,
                (Some(p), None) => {
                    PromoLength::Span(crate::clock::parse_span(p).map_err(Error::usage)?)
                }
                (None, None) => return Err(Error::usage("pass --period or --until")),
            };
            let e = Entitlement {
                limit: match (&a.limit, a.unlimited) {
                    (Some(l), _) => Limit::Limited(parse_non_negative_arg("--limit", l)?),
                    (None, true) => Limit::Unlimited,
                    (None, false) => Limit::None,
                },
                soft: a.soft,
                reset: a
                    .reset
                    .as_deref()
                    .and_then(ResetPeriod::from_kebab)
                    .map(|period| Reset {
                        period,
                        anchor: ANCHOR_SUBSCRIPTION_START.to_string(),
                    }),
                values: split_list(&a.values),
                behavior: None,
            };
            let p = app.session()?.write(false, |tx| {
                ops::grant(tx, &a.customer, &a.feature, e, length)
            })?;
            let serde_json::Value::Object(m) = ops::promotion_view(&p) else {
                return Err(Error::internal("promotion view"));
            };
            app.printer.print(&crate::output::views::ObjectView(m))
        }
        EntitlementCommand::Revoke(a) => {
            let mut s = app.session()?;
            app.confirm_in_production(
                &s,
                &format!("revoke '{}' from customer '{}'", a.feature, a.customer),
            )?;
            let p = s.write(false, |tx| ops::revoke(tx, &a.customer, &a.feature))?;
            let serde_json::Value::Object(m) = ops::promotion_view(&p) else {
                return Err(Error::internal("promotion view"));
            };
            app.printer.print(&crate::output::views::ObjectView(m))
        }
        EntitlementCommand::Promotions(a) => {
            let items: Vec<serde_json::Value> = app.session()?.read(|c| {
                crate::store::customers::require_meta(c, &a.customer)?;
                Ok(crate::store::customers::promotions(c, &a.customer)?
                    .iter()
                    .map(ops::promotion_view)
                    .collect())
            })?;
            app.printer.print(&ListView {
                items,
                headers: &["feature", "limit", "status", "grantedAt", "endDate"],
                row: |p: &serde_json::Value| {
                    let values: Vec<&str> = p["enumValues"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|v| v.as_str())
                        .collect();
                    let limit = if p["hasUnlimitedUsage"] == true {
                        "unlimited".to_string()
                    } else if !values.is_empty() {
                        // An enum promotion grants its values.
                        values.join(", ")
                    } else {
                        p["usageLimit"].as_str().unwrap_or("granted").to_string()
                    };
                    vec![
                        p["featureId"].as_str().unwrap_or("").into(),
                        limit,
                        p["status"].as_str().unwrap_or("").into(),
                        p["grantedAt"].as_str().unwrap_or("").into(),
                        p["endDate"].as_str().unwrap_or("").into(),
                    ]
                },
            })
        }
    }
}
