//! Pricing subscriptions: what a new subscription or a change costs (the estimate, which the
//! change itself records in its event), the next invoice of a live subscription, and the
//! monthly-normalised revenue reports. The rules are in `domain::pricing`; this module finds
//! the catalog versions, coupons and usage they apply to.

use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::clock::{self, Instant};
use crate::domain::catalog::{Coupon, EntityKind, Limit, PackageBody};
use crate::domain::periods;
use crate::domain::pricing::{
    self as rules, AppliedCoupon, Bill, Config, Line, LineType, LineView, Package, Proration, Span,
};
use crate::domain::subscriptions::{BillingPeriod, FeatureQuantity, Subscription};
use crate::error::{Error, Result};
use crate::store::{catalog as catalog_repo, customers as customer_repo};

pub(crate) fn too_large(_: rules::TooLarge) -> Error {
    Error::rejected(
        "AmountTooLarge",
        "an amount is out of the range a decimal holds",
    )
}

/// A subscription's configuration with the catalog bodies it points at.
pub struct Priced {
    pub plan_id: String,
    pub plan: PackageBody,
    pub addons: Vec<(String, PackageBody, u32)>,
    pub quantities: Vec<FeatureQuantity>,
    pub period: Option<BillingPeriod>,
    pub country: Option<String>,
}

impl Priced {
    pub fn of(conn: &rusqlite::Connection, s: &Subscription) -> Result<Priced> {
        let body = |id: &str, v: u32| -> Result<PackageBody> {
            Ok(catalog_repo::require_version(conn, id, v)?
                .body
                .as_ref()
                .clone())
        };
        Ok(Priced {
            plan_id: s.plan_id.clone(),
            plan: body(&s.plan_id, s.plan_version)?,
            addons: s
                .addons
                .iter()
                .map(|a| {
                    Ok((
                        a.addon_id.clone(),
                        body(&a.addon_id, a.version)?,
                        a.quantity,
                    ))
                })
                .collect::<Result<_>>()?,
            quantities: s.quantities.clone(),
            period: s.billing_period,
            country: s.country.clone(),
        })
    }

    pub fn config(&self) -> Config<'_> {
        Config {
            plan: Package {
                id: &self.plan_id,
                body: &self.plan,
                quantity: 1,
            },
            addons: self
                .addons
                .iter()
                .map(|(id, body, q)| Package {
                    id,
                    body,
                    quantity: *q,
                })
                .collect(),
            quantities: &self.quantities,
            period: self.period,
            country: self.country.as_deref(),
        }
    }
}

/// The coupon that applies to a subscription: its own, else its customer's (they don't
/// stack), with when it was applied and whether it is archived.
#[derive(Clone)]
pub struct CouponAt {
    pub coupon: Coupon,
    pub applied_at: Instant,
    pub archived: bool,
}

impl CouponAt {
    pub fn applied(&self) -> AppliedCoupon<'_> {
        AppliedCoupon {
            coupon: &self.coupon,
            applied_at: self.applied_at,
            archived: self.archived,
        }
    }
}

/// The coupon that prices the billing period `span`: the one the subscription had as that
/// period began when an update changed it during the period (the period it keeps it for ends
/// at its `until`; a period that ends elsewhere — a new cycle a change started — is not that
/// one), else [`coupon_of`].
pub fn coupon_pricing(
    conn: &rusqlite::Connection,
    s: &Subscription,
    span: Option<Span>,
) -> Result<Option<CouponAt>> {
    match &s.period_coupon {
        Some(p) if span.is_some_and(|t| t.end == p.until) => match &p.coupon_id {
            Some(id) => coupon_named(conn, id, p.applied_at.unwrap_or(s.start_date)),
            None => Ok(None),
        },
        _ => coupon_of(conn, s),
    }
}

/// Before the coupon that applies to `s` (its own, else its customer's) changes at `now`:
/// keeps the one its current billing period began with (see
/// [`Subscription::keep_period_coupon`]). Whether it changed `s`.
pub fn keep_period_coupon(
    conn: &rusqlite::Connection,
    s: &mut Subscription,
    now: Instant,
) -> Result<bool> {
    let applies = coupon_of(conn, s)?;
    Ok(s.keep_period_coupon(now, applies.map(|c| (c.coupon.id, c.applied_at))))
}

pub fn coupon_of(conn: &rusqlite::Connection, s: &Subscription) -> Result<Option<CouponAt>> {
    let (id, applied_at) = match &s.coupon_id {
        Some(id) => (id.clone(), s.coupon_applied_at.unwrap_or(s.start_date)),
        None => {
            let Some((c, meta)) = customer_repo::get(conn, &s.customer_id)? else {
                return Ok(None);
            };
            let Some(id) = c.coupon_id else {
                return Ok(None);
            };
            let since = c
                .coupon_applied_at
                .or_else(|| clock::parse_instant(&meta.created_at).ok())
                .unwrap_or(s.start_date);
            (id, since)
        }
    };
    coupon_named(conn, &id, applied_at)
}

fn coupon_named(
    conn: &rusqlite::Connection,
    id: &str,
    applied_at: Instant,
) -> Result<Option<CouponAt>> {
    let Some((coupon, meta)) = catalog_repo::get_simple::<Coupon>(conn, EntityKind::Coupon, id)?
    else {
        return Ok(None);
    };
    Ok(Some(CouponAt {
        coupon,
        applied_at,
        archived: meta.archived_at.is_some(),
    }))
}

/// The billing period of `s` that contains `at` (its current one when `at` falls in it).
pub fn period_at(s: &Subscription, at: Instant) -> Option<Span> {
    let p = s.billing_period?;
    if let (Some(start), Some(end)) = (s.current_billing_period_start, s.current_billing_period_end)
        && start <= at
        && at < end
        && s.trial_end_date.is_none_or(|te| te <= start)
    {
        return Some(Span { start, end });
    }
    let (start, end) = periods::billing_period(s.billing_cycle_anchor, p.months(), at);
    Some(Span { start, end })
}

/// What `s` pays in advance per billing period (flat, per-unit, add-ons), after its coupon as
/// it stands for the period `span`, topped up to the plan's minimum spend: the recurring
/// amount proration and the revenue reports work from.
pub fn recurring_bill(
    priced: &Priced,
    coupon: Option<&CouponAt>,
    currency: &str,
    span: Span,
) -> Result<Bill> {
    period_bill(
        priced,
        coupon,
        currency,
        span,
        &BTreeMap::new(),
        &BTreeMap::new(),
    )
}

/// One billing period's bill: in-advance charges, usage and overage charges of `usage` (units
/// per feature; overage beyond `limits`), the coupon as it stands for the period, the minimum
/// spend. What estimates, previews and revenue reports all price a period with.
pub fn period_bill(
    priced: &Priced,
    coupon: Option<&CouponAt>,
    currency: &str,
    span: Span,
    usage: &BTreeMap<String, Decimal>,
    limits: &BTreeMap<String, Limit>,
) -> Result<Bill> {
    let c = priced.config();
    let mut lines = rules::advance_lines(&c, currency, span).map_err(too_large)?;
    if !usage.is_empty() {
        lines.extend(rules::usage_lines(&c, currency, span, usage, limits).map_err(too_large)?);
    }
    let minimum = rules::minimum_spend(&c, currency).map_err(too_large)?;
    let mut bill = rules::bill(
        lines,
        currency,
        coupon.map(CouponAt::applied).as_ref(),
        minimum,
        span.start,
        Some(span),
    )
    .map_err(too_large)?;
    bill.warnings.extend(c.left_out(currency));
    Ok(bill)
}

/// The features a plan version prices by usage (usage and overage prices).
pub fn metered_features(plan: &PackageBody) -> Vec<String> {
    plan.prices
        .iter()
        .filter(|p| {
            matches!(
                p.model,
                crate::domain::catalog::PriceModel::Usage
                    | crate::domain::catalog::PriceModel::Overage
            )
        })
        .filter_map(|p| p.feature.clone())
        .collect()
}

/// Usage of `feature` recorded for `s` at `at`: the value of the window its own entitlement
/// (`ents`, what its plan version, add-ons and quantities grant) puts `at` in.
pub fn recorded_usage(
    conn: &rusqlite::Connection,
    s: &Subscription,
    ents: &BTreeMap<String, crate::domain::catalog::Entitlement>,
    feature: &crate::domain::catalog::Feature,
    at: Instant,
) -> Result<Decimal> {
    let k = crate::ops::usage::window_key(
        &s.customer_id,
        s.resource_id.as_deref(),
        feature,
        ents.get(&feature.id).map(|e| (e, s.usage_anchor())),
        at,
    );
    crate::ops::usage::current(conn, &k)
}

/// An estimate (spec 60), also what `subscription.created` / `subscription.updated` record
/// as `pricing` when the change is made.
pub struct Estimate {
    pub currency: Option<String>,
    pub billing_period: Option<BillingPeriod>,
    pub range: Option<Span>,
    pub bill: Bill,
    pub proration: Option<Proration>,
    pub recurring: Bill,
    pub is_plan_downgrade: bool,
    pub effective_at: Instant,
    pub scheduled: bool,
}

impl Estimate {
    pub fn to_json(&self) -> Value {
        let lines: Vec<LineView> = self.bill.lines.iter().map(LineView::from).collect();
        let mut warnings = self.bill.warnings.clone();
        for w in &self.recurring.warnings {
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
        json!({
            "currency": self.currency,
            "billingPeriod": self.billing_period.map(|p| p.wire()),
            "billingPeriodRange": self.range.map(|r| json!({"start": clock::fmt(&r.start), "end": clock::fmt(&r.end)})),
            "lines": lines,
            "subTotal": self.bill.sub_total,
            "discount": self.bill.discount,
            "total": self.bill.total,
            "proration": self.proration.as_ref().map(|p| json!({
                "prorationDate": clock::fmt(&p.date),
                "credit": p.credit,
                "debit": p.debit,
                "netAmount": p.net,
            })),
            "recurring": {
                "subTotal": self.recurring.sub_total,
                "discount": self.recurring.discount,
                "total": self.recurring.total,
            },
            "isPlanDowngrade": self.is_plan_downgrade,
            "effectiveAt": clock::fmt(&self.effective_at),
            "scheduled": self.scheduled,
            "warnings": warnings,
        })
    }
}

fn zero_bill(currency: Option<&str>) -> Bill {
    let z = rules::zero_money(currency.unwrap_or("USD"));
    Bill {
        sub_total: z,
        discount: z,
        total: z,
        ..Bill::default()
    }
}

/// A new subscription: its first period's in-advance charges (after a trial, the period that
/// follows it), with `usage` projected as usage and overage charges, the discount, the
/// minimum-spend adjustment.
pub fn estimate_new(
    conn: &rusqlite::Connection,
    s: &Subscription,
    now: Instant,
    usage: &BTreeMap<String, Decimal>,
) -> Result<Estimate> {
    let priced = Priced::of(conn, s)?;
    let coupon = coupon_of(conn, s)?;
    let currency = priced.config().currency();
    let first = match s.trial_end_date {
        Some(te) if te > now => te,
        _ => s.start_date.max(now),
    };
    let range = period_at(s, first).filter(|_| priced.config().charged());
    let (bill, recurring) = match (&currency, range) {
        (Some(cur), Some(span)) => {
            let limits = if usage.is_empty() {
                BTreeMap::new()
            } else {
                crate::ops::entitlements::subscription_limits(conn, s)?
            };
            let mut bill = period_bill(&priced, coupon.as_ref(), cur, span, usage, &limits)?;
            let recurring = if usage.is_empty() {
                bill.clone()
            } else {
                recurring_bill(&priced, coupon.as_ref(), cur, span)?
            };
            let metered = metered_features(&priced.plan);
            let in_credits = |f: &str| {
                priced.plan.prices.iter().find(|p| {
                    p.model == crate::domain::catalog::PriceModel::Credits
                        && p.feature.as_deref() == Some(f)
                })
            };
            let unpriced = usage.keys().filter(|f| !metered.contains(f)).map(|f| {
                match in_credits(f) {
                    Some(p) => format!(
                        "usage of '{f}' is priced in credits ('{}') by plan '{}': it burns credits, not money (see `credit balance`)",
                        p.currency, s.plan_id
                    ),
                    None => format!(
                        "usage of '{f}' is not priced by plan '{}': it costs nothing here",
                        s.plan_id
                    ),
                }
            });
            bill.warnings.extend(unpriced);
            if let Some(te) = s.trial_end_date.filter(|te| *te > now) {
                bill.warnings.push(format!(
                    "trial until {}: nothing is charged before then",
                    clock::fmt(&te)
                ));
            }
            (bill, recurring)
        }
        _ => (
            zero_bill(currency.as_deref()),
            zero_bill(currency.as_deref()),
        ),
    };
    Ok(Estimate {
        currency,
        billing_period: s.billing_period,
        range,
        bill,
        proration: None,
        recurring,
        is_plan_downgrade: false,
        effective_at: s.start_date,
        scheduled: s.start_date > now,
    })
}

/// A change from `old` to `new` (a plan change, or an update of quantities, add-ons, billing
/// period or coupon) at `at`. Immediate: proration to the second — a credit for the unused
/// share of what `old` pays per period, a debit for the share of `new`'s period left — as
/// Proration lines. Scheduled (at period end): no proration; the lines are what the first
/// period after the change charges in advance.
pub fn estimate_change(
    conn: &rusqlite::Connection,
    old: &Subscription,
    new: &Subscription,
    at: Instant,
    scheduled: bool,
    is_plan_downgrade: bool,
) -> Result<Estimate> {
    // Nothing due now when the new configuration is still in its trial, or when the old one
    // paid nothing for this period (free, custom, a trial): priced as a new subscription.
    let in_trial = |s: &Subscription| s.trial_end_date.is_some_and(|te| at < te);
    let old_paid = old.pricing_type == crate::domain::catalog::PricingType::Paid
        && old.billing_period.is_some()
        && !in_trial(old);
    if !scheduled && (in_trial(new) || !old_paid) {
        let mut e = estimate_new(conn, new, at, &BTreeMap::new())?;
        e.effective_at = at;
        e.scheduled = false;
        e.is_plan_downgrade = is_plan_downgrade;
        if old_paid {
            // Into a trial: nothing is due now, but the unused paid time of the configuration
            // it leaves is credited, carried to the next invoice, as every change credits it.
            let op = Priced::of(conn, old)?;
            let oc = coupon_pricing(conn, old, period_at(old, at))?;
            if let (Some(cur), Some(span)) = (
                op.config().currency(),
                period_at(old, at).filter(|_| op.config().charged()),
            ) {
                let b = recurring_bill(&op, oc.as_ref(), &cur, span)?;
                let p = rules::prorate(at, Some((b.total, span)), None, &cur).map_err(too_large)?;
                if p.credit > Decimal::ZERO {
                    e.bill.warnings.push(format!(
                        "a credit of {} {cur} for the unused time on {} is carried to the next invoice",
                        p.credit, op.plan.name
                    ));
                    e.proration = Some(p);
                }
            }
        }
        return Ok(e);
    }
    let (op, np) = (Priced::of(conn, old)?, Priced::of(conn, new)?);
    let currency = np.config().currency().or_else(|| op.config().currency());
    let new_span = period_at(new, at).filter(|_| np.config().charged());
    let old_span = period_at(old, at).filter(|_| op.config().charged());
    // (The current period's coupon for the rest of it; the new one from the next on.)
    let oc = coupon_pricing(conn, old, old_span)?;
    let nc = coupon_of(conn, new)?;
    let nc_now = coupon_pricing(conn, new, new_span)?;
    let Some(cur) = currency.clone() else {
        return Ok(Estimate {
            currency,
            billing_period: new.billing_period,
            range: new_span,
            bill: zero_bill(None),
            proration: (!scheduled).then_some(Proration {
                date: at,
                credit: Decimal::ZERO,
                debit: Decimal::ZERO,
                net: Decimal::ZERO,
            }),
            recurring: zero_bill(None),
            is_plan_downgrade,
            effective_at: at,
            scheduled,
        });
    };
    // What the new configuration pays per period from the next full one on (a change made
    // now: the period after the current one; a scheduled change: its first period).
    let recurring = match new_span {
        Some(span) if !scheduled => {
            let months = new.billing_period.map_or(1, |p| p.months());
            let (ns, ne) = periods::billing_period(new.billing_cycle_anchor, months, span.end);
            recurring_bill(&np, nc.as_ref(), &cur, Span { start: ns, end: ne })?
        }
        Some(span) => recurring_bill(&np, nc.as_ref(), &cur, span)?,
        None => zero_bill(Some(&cur)),
    };
    // A period's price is set at its start, its coupon included: the rest of the current
    // period is charged with the coupon that was in force when it began (the new one if it
    // already was, else the old one), never with one applied since.
    let in_force = |c: &Option<CouponAt>, span: Span| {
        c.as_ref()
            .filter(|c| c.applied().active_at(span.start))
            .cloned()
    };
    let debit = match new_span {
        Some(span) if !scheduled => {
            // (A period the change begins — a new billing cycle — is priced as it begins: with
            // the new configuration's coupon.)
            let coupon = if span.start >= at {
                in_force(&nc, span)
            } else {
                in_force(&nc_now, span).or_else(|| in_force(&oc, span))
            };
            Some(recurring_bill(&np, coupon.as_ref(), &cur, span)?.total)
        }
        _ => None,
    };
    if scheduled {
        let mut bill = recurring.clone();
        if new_span.is_none() {
            bill.warnings
                .push("the new configuration is not charged (free or custom plan)".into());
        }
        return Ok(Estimate {
            currency: Some(cur),
            billing_period: new.billing_period,
            range: new_span,
            bill,
            proration: None,
            recurring,
            is_plan_downgrade,
            effective_at: at,
            scheduled: true,
        });
    }
    let mut warnings = Vec::new();
    let old_total = match old_span {
        Some(span) => {
            let old_cur = op.config().currency();
            if old_cur.as_deref() != Some(cur.as_str()) {
                warnings.push(format!(
                    "the current configuration is charged in {}; no credit is computed in {cur}",
                    old_cur.unwrap_or_default()
                ));
                None
            } else {
                let b = recurring_bill(&op, oc.as_ref(), &cur, span)?;
                Some((b.total, span))
            }
        }
        None => None,
    };
    // A subscription still in its trial has paid nothing to credit.
    let old_total = old_total.filter(|_| old.trial_end_date.is_none_or(|te| te <= at));
    let p = rules::prorate(
        at,
        old_total,
        new_span.zip(debit).map(|(s, d)| (d, s)),
        &cur,
    )
    .map_err(too_large)?;
    let mut lines = Vec::new();
    if let Some((_, span)) = old_total {
        lines.push(Line {
            line_type: LineType::Proration,
            description: format!(
                "unused time on {} until {}",
                op.plan.name,
                clock::fmt(&span.end)
            ),
            feature_id: None,
            addon_id: None,
            quantity: Some(rules::remaining_share(span, at).round_dp(6).normalize()),
            unit_price: None,
            amount: rules::neg(p.credit),
            period: Some(Span {
                start: at.max(span.start),
                end: span.end,
            }),
        });
    }
    if let Some(span) = new_span {
        lines.push(Line {
            line_type: LineType::Proration,
            description: format!(
                "remaining time on {} until {}",
                np.plan.name,
                clock::fmt(&span.end)
            ),
            feature_id: None,
            addon_id: None,
            quantity: Some(rules::remaining_share(span, at).round_dp(6).normalize()),
            unit_price: None,
            amount: p.debit,
            period: Some(Span {
                start: at.max(span.start),
                end: span.end,
            }),
        });
    }
    if p.net < Decimal::ZERO {
        warnings.push(format!(
            "a credit of {} {cur} is carried to the next invoice",
            -p.net
        ));
    }
    let zero = rules::zero_money(&cur);
    let mut total = p.net.max(zero);
    // A change that starts a new billing cycle closes the old one now: what earlier changes in
    // the old period carried to its invoice comes off this charge (that invoice never comes).
    if let (Some(os), Some(ns)) = (old_span, new_span)
        && ns.start != os.start
        && at > os.start
    {
        let mut carried = Decimal::ZERO;
        let all = crate::store::subscriptions::for_customer(conn, &old.customer_id)?;
        for p in crate::domain::subscriptions::replaced_chain(&all, old) {
            let c = carried_credit(
                conn,
                &p.subscription_id,
                &cur,
                Span {
                    start: os.start,
                    end: at,
                },
            )?;
            carried = crate::domain::decimal::exact_add(carried, c.credit)
                .ok_or_else(|| too_large(rules::TooLarge))?;
        }
        if carried > Decimal::ZERO {
            lines.push(Line {
                line_type: LineType::Proration,
                description: NETTED.to_string(),
                feature_id: None,
                addon_id: None,
                quantity: None,
                unit_price: None,
                amount: rules::neg(carried),
                period: Some(Span {
                    start: os.start,
                    end: at,
                }),
            });
            let used = carried.min(total);
            total -= used;
            if carried > used {
                warnings.push(format!(
                    "the credit carried is {} {cur} more than this charge: the new cycle's invoices do not carry the rest",
                    carried - used
                ));
            }
        }
    }
    let bill = Bill {
        lines,
        sub_total: p.net,
        discount: zero,
        total,
        warnings,
    };
    Ok(Estimate {
        currency: Some(cur),
        billing_period: new.billing_period,
        range: new_span,
        bill,
        proration: Some(p),
        recurring,
        is_plan_downgrade,
        effective_at: at,
        scheduled: false,
    })
}

/// What the changes made to one subscription within `period` carried to its invoice: the
/// negative net prorations its events recorded, in `currency` (a positive net was charged when
/// the change was made) — a change of plan makes a new subscription, whose
/// `subscription.created` carries the proration of the one it replaced; updates carry their
/// own. `netted_before`: it was created by a change that netted the credits its predecessors
/// had carried (those are spent, never counted again).
struct Carried {
    credit: Decimal,
    netted_before: bool,
}

fn carried_credit(
    conn: &rusqlite::Connection,
    subscription: &str,
    currency: &str,
    period: Span,
) -> Result<Carried> {
    let mut out = Carried {
        credit: Decimal::ZERO,
        netted_before: false,
    };
    for ty in [
        crate::events::EventType::SubscriptionCreated,
        crate::events::EventType::SubscriptionUpdated,
    ] {
        for p in crate::store::events::payloads_of(conn, subscription, ty)? {
            let v: Value = serde_json::from_str(&p)?;
            let pricing = &v["pricing"];
            if ty == crate::events::EventType::SubscriptionCreated
                && pricing["lines"]
                    .as_array()
                    .is_some_and(|ls| ls.iter().any(|l| l["description"] == NETTED))
            {
                out.netted_before = true;
            }
            let (Some(at), Some(net)) = (
                pricing["proration"]["prorationDate"].as_str(),
                pricing["proration"]["netAmount"].as_str(),
            ) else {
                continue;
            };
            if pricing["currency"].as_str() != Some(currency) {
                continue;
            }
            let at = clock::parse_instant(at).map_err(|_| {
                Error::damaged(format!("a stored prorationDate '{at}' does not parse"))
            })?;
            let net: Decimal = net.parse().map_err(|_| {
                Error::damaged(format!("a stored netAmount '{net}' does not parse"))
            })?;
            if at >= period.start && at < period.end && net < Decimal::ZERO {
                out.credit = crate::domain::decimal::exact_add(out.credit, -net)
                    .ok_or_else(|| too_large(rules::TooLarge))?;
            }
        }
    }
    Ok(out)
}

/// The description of the line a cycle-restarting change nets earlier credits with.
const NETTED: &str = "credit carried from the changes made earlier in the closing period";

/// The invoice the current period of `s` closes with (at its end): the next period's
/// in-advance charges (unless the subscription ends then), usage and overage charges of the
/// current period from the usage counted so far, the discount as it stands on the invoice
/// date, and the minimum-spend adjustment. A trial's usage is not charged.
pub fn invoice_preview(
    conn: &rusqlite::Connection,
    s: &Subscription,
    now: Instant,
) -> Result<Value> {
    if !s.is_live() {
        return Err(Error::rejected(
            "InvalidSubscriptionStatus",
            format!(
                "subscription '{}' is {}: it has no next invoice",
                s.subscription_id,
                s.status.wire()
            ),
        ));
    }
    let priced = Priced::of(conn, s)?;
    let coupon = coupon_of(conn, s)?;
    let config = priced.config();
    let currency = config.currency();
    let in_trial = s.trial_end_date.is_some_and(|te| now < te);
    let current = match (s.current_billing_period_start, s.current_billing_period_end) {
        (Some(start), Some(end)) if in_trial => Some(Span { start, end }),
        _ => period_at(s, now),
    };
    let (Some(cur), Some(current), true) = (currency.clone(), current, config.charged()) else {
        let mut bill = zero_bill(currency.as_deref());
        bill.warnings
            .push("a free or custom plan: nothing is invoiced".to_string());
        return Ok(Estimate {
            currency,
            billing_period: s.billing_period,
            range: None,
            recurring: bill.clone(),
            bill,
            proration: None,
            is_plan_downgrade: false,
            effective_at: now,
            scheduled: false,
        }
        .to_json());
    };
    let invoice_at = current.end;
    // A trial whose plan ends trials with `cancel` ends the subscription at the trial end.
    let trial_cancels =
        in_trial && priced.plan.trial_end() == crate::domain::catalog::TrialEnd::Cancel;
    let renews = !trial_cancels && s.end_date.is_none_or(|e| e > invoice_at);
    // The next period as the changes scheduled for the period end will have made it.
    let after = crate::ops::subscriptions::projected(conn, s, invoice_at)?;
    let after_priced = Priced::of(conn, &after)?;
    let after_config = after_priced.config();
    let p = after.billing_period.unwrap_or(BillingPeriod::Monthly);
    let (ns, ne) = periods::billing_period(after.billing_cycle_anchor, p.months(), invoice_at);
    let next = Span { start: ns, end: ne };
    let mut warnings = Vec::new();
    let mut lines = Vec::new();
    if after.plan_id != s.plan_id
        || after.plan_version != s.plan_version
        || after.addons != s.addons
        || after.quantities != s.quantities
        || after.billing_period != s.billing_period
    {
        warnings.push(format!(
            "the change scheduled for {} is priced for the next period",
            clock::fmt(&invoice_at)
        ));
    }
    if renews && after_config.charged() {
        lines.extend(rules::advance_lines(&after_config, &cur, next).map_err(too_large)?);
    } else if renews {
        warnings.push("the next period is not charged (free or custom plan)".to_string());
    } else if trial_cancels {
        warnings.push(format!(
            "the trial ends at {} and the subscription with it (the plan's trials end with \
             cancel): no further period is charged",
            clock::fmt(&invoice_at)
        ));
    } else {
        warnings.push(format!(
            "the subscription ends at {}: no further period is charged",
            clock::fmt(&s.end_date.unwrap_or(invoice_at))
        ));
    }
    if !in_trial {
        let ents = crate::ops::entitlements::subscription_entitlements(conn, s)?;
        let mut usage = BTreeMap::new();
        for f in metered_features(&priced.plan) {
            if let Some((feature, _)) = catalog_repo::get_simple::<crate::domain::catalog::Feature>(
                conn,
                EntityKind::Feature,
                &f,
            )? {
                usage.insert(f, recorded_usage(conn, s, &ents, &feature, now)?);
            }
        }
        let limits = ents.iter().map(|(f, e)| (f.clone(), e.limit)).collect();
        lines.extend(
            rules::usage_lines(&config, &cur, current, &usage, &limits).map_err(too_large)?,
        );
    }
    // The minimum spend is the commitment of the plan the next period is on (of the closing
    // period's plan when there is no next period), and its line is dated with that period.
    let (minimum, minimum_span) = if renews && after_config.charged() {
        (rules::minimum_spend(&after_config, &cur), next)
    } else {
        (rules::minimum_spend(&config, &cur), current)
    };
    let mut bill = rules::bill(
        lines,
        &cur,
        coupon.as_ref().map(CouponAt::applied).as_ref(),
        minimum.map_err(too_large)?,
        invoice_at,
        Some(minimum_span),
    )
    .map_err(too_large)?;
    bill.warnings.extend(warnings);
    bill.warnings.extend(config.left_out(&cur));
    // What the period's changes left as a credit (a downgrade's negative net proration, "carried
    // to the next invoice") comes off this invoice's total, after discount and minimum.
    // The subscription's own changes, and those of the subscriptions it replaced by plan
    // changes (each ended where the next began, same customer, resource and product).
    // A subscription in its trial started a new cycle priced as new (nothing was netted then):
    // what the ones it replaced carried in their last period reaches its first invoice.
    let mut carried = Decimal::ZERO;
    let all = crate::store::subscriptions::for_customer(conn, &s.customer_id)?;
    for p in crate::domain::subscriptions::replaced_chain(&all, s) {
        let window = if in_trial && p.subscription_id != s.subscription_id {
            Span {
                start: p.current_billing_period_start.unwrap_or(p.start_date),
                end: p.end_date.unwrap_or(current.start),
            }
        } else {
            current
        };
        let c = carried_credit(conn, &p.subscription_id, &cur, window)?;
        carried = crate::domain::decimal::exact_add(carried, c.credit)
            .ok_or_else(|| too_large(rules::TooLarge))?;
        // Those before a change that netted them are spent.
        if c.netted_before {
            break;
        }
    }
    if carried > Decimal::ZERO {
        bill.lines.push(crate::domain::pricing::Line {
            line_type: crate::domain::pricing::LineType::Proration,
            description: "credit carried from the changes made this period".to_string(),
            feature_id: None,
            addon_id: None,
            quantity: None,
            unit_price: None,
            amount: -carried,
            period: Some(current),
        });
        let left = carried - bill.total.min(carried);
        bill.total -= carried.min(bill.total);
        if left > Decimal::ZERO {
            bill.warnings.push(format!(
                "the credit carried is {left} {cur} more than this invoice: a preview does not carry the rest further"
            ));
        }
    }
    // What recurs after this invoice: nothing when the subscription ends by then (a scheduled
    // cancellation, a fixed term, a trial that ends with `cancel`).
    let recurring = if renews && after_config.charged() {
        recurring_bill(&after_priced, coupon.as_ref(), &cur, next)?
    } else {
        zero_bill(Some(&cur))
    };
    Ok(Estimate {
        currency: Some(cur),
        billing_period: s.billing_period,
        range: Some(current),
        bill,
        proration: None,
        recurring,
        is_plan_downgrade: false,
        effective_at: invoice_at,
        scheduled: false,
    }
    .to_json())
}
