//! Monthly-normalised recurring revenue: `report mrr`, `report subscriptions` and the pricing
//! impact of a catalog change (`catalog diff --impact`).
//!
//! A subscription's MRR at `t` is what its billing period containing `t` charges — in-advance
//! charges, plus usage and overage charges of the usage counted so far in the feature's
//! current window, after its coupon and topped up to the minimum spend — divided by the
//! months of its billing period (an annual amount / 12). Trials, free and custom plans count
//! zero. Sums are exact; figures are rounded to the currency's minor unit when printed.

use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};

use crate::clock::Instant;
use crate::domain::catalog::{Entitlement, EntityKind, Feature, PricingType};
use crate::domain::pricing::{self as rules, round_money};
use crate::domain::subscriptions::Subscription;
use crate::error::Result;
use crate::ops::pricing::{self, CouponAt, Priced, period_at, too_large};
use crate::store::{catalog as catalog_repo, subscriptions as sub_repo};

/// Prices many subscriptions, reading each catalog version, feature and entitlement set once.
pub struct Revenue<'c> {
    conn: &'c rusqlite::Connection,
    pub at: Instant,
    features: HashMap<String, Option<Feature>>,
    grants: HashMap<String, BTreeMap<String, Entitlement>>,
    metered: HashMap<(String, u32), Vec<String>>,
}

/// Whether `s` is billed at `t`: started, not ended, out of any trial, on a paid plan.
/// Whether `s`, in trial, ends with its trial by `t` (its plan version's trial `onEnd` is
/// `cancel`), rather than converting.
fn lapses_by(conn: &rusqlite::Connection, s: &Subscription, t: Instant) -> Result<bool> {
    if s.status != crate::domain::subscriptions::SubStatus::InTrial
        || s.trial_end_date.is_none_or(|te| te > t)
    {
        return Ok(false);
    }
    Ok(
        catalog_repo::require_version(conn, &s.plan_id, s.plan_version)?
            .body
            .trial_end()
            == crate::domain::catalog::TrialEnd::Cancel,
    )
}

pub fn billed_at(s: &Subscription, t: Instant) -> bool {
    s.start_date <= t
        && s.end_date.is_none_or(|e| t < e)
        && s.trial_end_date.is_none_or(|te| te <= t)
        && s.pricing_type == PricingType::Paid
        && s.billing_period.is_some()
}

impl<'c> Revenue<'c> {
    pub fn new(conn: &'c rusqlite::Connection, at: Instant) -> Self {
        Revenue {
            conn,
            at,
            features: HashMap::new(),
            grants: HashMap::new(),
            metered: HashMap::new(),
        }
    }

    fn entitlements(&mut self, s: &Subscription) -> Result<&BTreeMap<String, Entitlement>> {
        let key = crate::ops::entitlements::grant_key(s);
        if !self.grants.contains_key(&key) {
            let e = crate::ops::entitlements::subscription_entitlements(self.conn, s)?;
            self.grants.insert(key.clone(), e);
        }
        Ok(&self.grants[&key])
    }

    fn feature(&mut self, id: &str) -> Result<Option<Feature>> {
        if !self.features.contains_key(id) {
            let f = catalog_repo::get_simple::<Feature>(self.conn, EntityKind::Feature, id)?
                .map(|(f, _)| f);
            self.features.insert(id.to_string(), f);
        }
        Ok(self.features[id].clone())
    }

    /// Usage of each of `features` recorded for `s` at the report's instant.
    fn usage(
        &mut self,
        s: &Subscription,
        features: &[String],
    ) -> Result<BTreeMap<String, Decimal>> {
        let mut known = Vec::new();
        for f in features {
            if let Some(feature) = self.feature(f)? {
                known.push(feature);
            }
        }
        let (conn, at) = (self.conn, self.at);
        let ents = self.entitlements(s)?;
        let mut out = BTreeMap::new();
        for f in known {
            let u = pricing::recorded_usage(conn, s, ents, &f, at)?;
            out.insert(f.id, u);
        }
        Ok(out)
    }

    /// The features a plan version prices by usage, read once per version.
    fn metered(&mut self, s: &Subscription) -> Result<Vec<String>> {
        let key = (s.plan_id.clone(), s.plan_version);
        if !self.metered.contains_key(&key) {
            let body = pricing::metered_features(
                &catalog_repo::require_version(self.conn, &s.plan_id, s.plan_version)?.body,
            );
            self.metered.insert(key.clone(), body);
        }
        Ok(self.metered[&key].clone())
    }

    /// MRR of `priced` (a subscription as it is, or with other versions of its packages),
    /// with `usage` (units per feature recorded for it; see [`Revenue::usage`]), held × 12.
    /// None when it is not charged.
    pub fn mrr(
        &mut self,
        priced: &Subscription,
        usage: &BTreeMap<String, Decimal>,
        coupon: Option<&CouponAt>,
    ) -> Result<Option<(String, Decimal)>> {
        if !billed_at(priced, self.at) {
            return Ok(None);
        }
        let p = Priced::of(self.conn, priced)?;
        let config = p.config();
        let (Some(cur), Some(span), true) = (
            config.currency(),
            period_at(priced, self.at),
            config.charged(),
        ) else {
            return Ok(None);
        };
        let limits = self
            .entitlements(priced)?
            .iter()
            .map(|(f, e)| (f.clone(), e.limit))
            .collect();
        let bill = pricing::period_bill(&p, coupon, &cur, span, usage, &limits)?;
        // Twelve times the monthly figure: an annual total as it is, a monthly one × 12. Sums
        // of these stay exact (an annual amount / 12 often would not); divided at print.
        let months = priced.billing_period.map_or(1, |p| p.months());
        let yearly = crate::domain::decimal::exact_mul(bill.total, Decimal::from(12 / months))
            .ok_or_else(|| too_large(rules::TooLarge))?;
        Ok(Some((cur, yearly)))
    }
}

/// One subscription's MRR before and after a change (both 0 when it is not charged), each
/// held × 12 (see [`Revenue::mrr`]).
#[derive(Debug, Clone)]
pub struct Row {
    pub currency: String,
    pub plan_id: String,
    pub customer_id: String,
    pub subscription_id: String,
    pub before: Decimal,
    pub after: Decimal,
}

/// Another version of a subscription's packages to price it at (None: unchanged).
pub type Swap<'a> = &'a dyn Fn(&Subscription) -> Option<Subscription>;

/// Subscriptions left out of a report: their charges are past what a decimal holds (usage of
/// 10^28 units, say). One such subscription never sinks the report of every other.
#[derive(Debug, Default)]
pub struct LeftOut {
    pub count: usize,
    /// The first, as "'sub' of customer 'c'".
    pub first: Option<String>,
}

impl LeftOut {
    pub fn warning(&self) -> Option<String> {
        self.first.as_ref().map(|f| {
            format!(
                "{} subscription(s) left out: their charges, or the report's sum with them, are past what a decimal holds with the currency's minor unit (first: {f})",
                self.count
            )
        })
    }
}

/// Every subscription billed at `at`, priced as it is and as `swap` would have it (another
/// version of its plan and add-ons; None = unchanged). Without a swap, `after` = `before`.
/// Those whose charges (or the report's sum with them) pass a decimal are left out.
pub fn rows(
    conn: &rusqlite::Connection,
    at: Instant,
    swap: Option<Swap<'_>>,
) -> Result<(Vec<Row>, LeftOut)> {
    let mut left_out = LeftOut::default();
    // Each catalog version is read once, not once per subscription.
    let _memo = catalog_repo::memo();
    let mut rev = Revenue::new(conn, at);
    let mut out = Vec::new();
    // One subscription held at a time (an environment may hold millions).
    sub_repo::each(conn, &sub_repo::Filter::default(), |s| {
        // As it was then (changes made since are segments), or as its scheduled changes will
        // have made it.
        let s = crate::ops::subscriptions::projected(conn, &s.as_of(at), at)?;
        // A trial whose plan cancels at its end (`onEnd: cancel`) and that ends by `at` is not
        // billed then: it will have expired (it was counted as converted).
        if lapses_by(conn, &s, at)? {
            return Ok(());
        }
        let live_after = swap.and_then(|f| f(&s));
        if !billed_at(&s, at) && !live_after.as_ref().is_some_and(|n| billed_at(n, at)) {
            return Ok(());
        }
        let coupon = pricing::coupon_pricing(conn, &s, period_at(&s, at))?;
        // The usage recorded for it, read once for both prices.
        let mut metered = rev.metered(&s)?;
        if let Some(n) = &live_after {
            metered.extend(rev.metered(n)?);
        }
        metered.sort();
        metered.dedup();
        let usage = rev.usage(&s, &metered)?;
        let priced = rev.mrr(&s, &usage, coupon.as_ref()).and_then(|before| {
            let after = match &live_after {
                Some(n) => rev.mrr(n, &usage, coupon.as_ref())?,
                None => before.clone(),
            };
            Ok((before, after))
        });
        let (before, after) = match priced {
            Ok(x) => x,
            Err(e) if e.code == "AmountTooLarge" => {
                left_out.count += 1;
                left_out.first.get_or_insert_with(|| {
                    format!("'{}' of customer '{}'", s.subscription_id, s.customer_id)
                });
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let row = |currency: &str, before: Decimal, after: Decimal| Row {
            currency: currency.to_string(),
            plan_id: s.plan_id.clone(),
            customer_id: s.customer_id.clone(),
            subscription_id: s.subscription_id.clone(),
            before,
            after,
        };
        match (before, after) {
            (None, None) => {}
            (Some((c, b)), None) => out.push(row(&c, b, Decimal::ZERO)),
            (None, Some((c, a))) => out.push(row(&c, Decimal::ZERO, a)),
            (Some((cb, b)), Some((ca, a))) if cb == ca => out.push(row(&cb, b, a)),
            (Some((cb, b)), Some((ca, a))) => {
                out.push(row(&cb, b, Decimal::ZERO));
                out.push(row(&ca, Decimal::ZERO, a));
            }
        }
        Ok(())
    })?;
    // Every report sums its rows per currency: a row that would take a sum (before or after)
    // past what a decimal holds, or past what prints with the currency's minor unit, is left
    // out too — the rows admitted always sum and print.
    let mut sums: BTreeMap<String, (Decimal, Decimal)> = BTreeMap::new();
    let mut admitted = Vec::with_capacity(out.len());
    for r in out {
        let (b, a) = sums.get(&r.currency).copied().unwrap_or_default();
        let exact = crate::domain::decimal::exact_add;
        let next = exact(b, r.before)
            .zip(exact(a, r.after))
            .filter(|(nb, na)| money(*nb, &r.currency).is_ok() && money(*na, &r.currency).is_ok());
        match next {
            Some(n) => {
                sums.insert(r.currency.clone(), n);
                admitted.push(r);
            }
            None => {
                left_out.count += 1;
                left_out.first.get_or_insert_with(|| {
                    format!("'{}' of customer '{}'", r.subscription_id, r.customer_id)
                });
            }
        }
    }
    Ok((admitted, left_out))
}

#[derive(Default)]
struct Sum {
    subscriptions: u64,
    before: Decimal,
    after: Decimal,
}

impl Sum {
    /// Sums stay exact: one past what a decimal holds is refused, never wrapped or rounded.
    fn add(&mut self, r: &Row) -> Result<()> {
        let exact = crate::domain::decimal::exact_add;
        self.subscriptions += 1;
        self.before = exact(self.before, r.before).ok_or_else(|| too_large(rules::TooLarge))?;
        self.after = exact(self.after, r.after).ok_or_else(|| too_large(rules::TooLarge))?;
        Ok(())
    }
}

/// A monthly figure for printing, from twelve times it: divided by 12 and rounded (refused
/// when too large to carry the minor unit).
fn money(x12: Decimal, currency: &str) -> Result<Decimal> {
    let x = x12
        .checked_div(Decimal::from(12))
        .ok_or_else(|| too_large(rules::TooLarge))?;
    round_money(x, currency).map_err(too_large)
}

/// `after − before` as printed: the difference of the rounded figures, so what a reader
/// subtracts is what the delta says.
fn delta(before: Decimal, after: Decimal, currency: &str) -> Result<Decimal> {
    let (b, a) = (money(before, currency)?, money(after, currency)?);
    let d = crate::domain::decimal::exact_sub(a, b).ok_or_else(|| too_large(rules::TooLarge))?;
    round_money(d, currency).map_err(too_large)
}

/// `report mrr` JSON: one object per currency, `{currency, at, subscriptions, mrr, plans:
/// [{planId, subscriptions, mrr}]}`.
pub fn mrr_json(rows: &[Row], at: Instant) -> Result<Value> {
    let mut by: BTreeMap<&str, (Sum, BTreeMap<&str, Sum>)> = BTreeMap::new();
    for r in rows {
        let (total, plans) = by.entry(&r.currency).or_default();
        total.add(r)?;
        plans.entry(&r.plan_id).or_default().add(r)?;
    }
    let mut out = Vec::new();
    for (cur, (total, plans)) in &by {
        let mut list = Vec::new();
        for (p, s) in plans {
            list.push(json!({
                "planId": p,
                "subscriptions": s.subscriptions,
                "mrr": money(s.before, cur)?,
            }));
        }
        out.push(json!({
            "currency": cur,
            "at": crate::clock::fmt(&at),
            "subscriptions": total.subscriptions,
            "mrr": money(total.before, cur)?,
            "plans": list,
        }));
    }
    Ok(Value::Array(out))
}

/// `catalog diff --impact` JSON (issue #8 / spec 60): per currency `{currency, total:
/// {subscriptions, mrrBefore, mrrAfter, delta}, plans: [{planId, …}], customers: [{customerId,
/// subscriptionId, before, after, delta}]}` — the `top` subscriptions whose (rounded) bill
/// changes most. One object when there is one currency (or none), else an array of them.
pub fn impact_json(rows: &[Row], top: usize) -> Result<Value> {
    let mut by: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for r in rows {
        by.entry(&r.currency).or_default().push(r);
    }
    let four = |s: &Sum, cur: &str| -> Result<Value> {
        Ok(json!({
            "subscriptions": s.subscriptions,
            "mrrBefore": money(s.before, cur)?,
            "mrrAfter": money(s.after, cur)?,
            "delta": delta(s.before, s.after, cur)?,
        }))
    };
    let mut out: Vec<Value> = Vec::new();
    for (cur, rs) in &by {
        let mut total = Sum::default();
        let mut plans: BTreeMap<&str, Sum> = BTreeMap::new();
        let mut changed = Vec::new();
        for r in rs {
            total.add(r)?;
            plans.entry(&r.plan_id).or_default().add(r)?;
            let d = delta(r.before, r.after, cur)?;
            if !d.is_zero() {
                changed.push((d, *r));
            }
        }
        changed.sort_by(|(a, x), (b, y)| {
            b.abs()
                .cmp(&a.abs())
                .then_with(|| x.customer_id.cmp(&y.customer_id))
                .then_with(|| x.subscription_id.cmp(&y.subscription_id))
        });
        let mut plan_list = Vec::new();
        for (p, s) in &plans {
            let mut x = json!({"planId": p});
            if let (Value::Object(m), Value::Object(f)) = (&mut x, four(s, cur)?) {
                m.extend(f);
            }
            plan_list.push(x);
        }
        let mut customers = Vec::new();
        for (d, r) in changed.into_iter().take(top) {
            customers.push(json!({
                "customerId": r.customer_id,
                "subscriptionId": r.subscription_id,
                "before": money(r.before, cur)?,
                "after": money(r.after, cur)?,
                "delta": d,
            }));
        }
        out.push(json!({
            "currency": cur,
            "total": four(&total, cur)?,
            "plans": plan_list,
            "customers": customers,
        }));
    }
    Ok(match out.len() {
        0 => json!({
            "currency": null,
            "total": {"subscriptions": 0, "mrrBefore": "0", "mrrAfter": "0", "delta": "0"},
            "plans": [],
            "customers": [],
        }),
        1 => out.remove(0),
        _ => Value::Array(out),
    })
}

/// `report subscriptions`: subscriptions by plan and status, `[{planId, status, subscriptions}]`.
pub fn by_plan_and_status(conn: &rusqlite::Connection) -> Result<Value> {
    let mut stmt = conn.prepare_cached(
        "SELECT plan_id, status, COUNT(*) FROM subscriptions GROUP BY plan_id, status
         ORDER BY plan_id, status",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(json!({
            "planId": r.get::<_, String>(0)?,
            "status": r.get::<_, String>(1)?,
            "subscriptions": r.get::<_, i64>(2)?,
        }))
    })?;
    Ok(Value::Array(rows.collect::<rusqlite::Result<_>>()?))
}

/// `report features` (adoption): per feature, how many customers a live subscription or an
/// active promotion grants it to, and how many have used it in their current window (usage
/// above zero). `[{featureId, featureType, customersGranted, customersUsing}]`.
pub fn feature_adoption(conn: &rusqlite::Connection, now: Instant) -> Result<Value> {
    use std::collections::BTreeSet;
    let features = catalog_repo::load_simple::<Feature>(conn, EntityKind::Feature)?;
    let mut granted: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let _memo = catalog_repo::memo();
    let mut cache: HashMap<String, Vec<String>> = HashMap::new();
    sub_repo::each(conn, &sub_repo::Filter::default(), |s| {
        if !s.is_live() || s.entitlements_revoked || s.start_date > now {
            return Ok(());
        }
        let key = crate::ops::entitlements::grant_key(&s);
        if !cache.contains_key(&key) {
            let ents = crate::ops::entitlements::subscription_entitlements(conn, &s)?;
            cache.insert(key.clone(), ents.into_keys().collect());
        }
        for f in &cache[&key] {
            granted
                .entry(f.clone())
                .or_default()
                .insert(s.customer_id.clone());
        }
        Ok(())
    })?;
    let mut stmt = conn
        .prepare_cached("SELECT customer_id, feature_id FROM promotions WHERE ended_at IS NULL")?;
    let promos = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for p in promos {
        let (c, f) = p?;
        granted.entry(f).or_default().insert(c);
    }
    // Candidates: a window holding usage that spans now. Each is confirmed by what a check
    // answers now (a window of an entitlement that no longer wins is not the current one).
    let at = crate::store::usage::micros(&now);
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT customer_id, resource_id, feature_id FROM usage_windows
         WHERE window_start <= ?1 AND window_end > ?1
           AND value NOT LIKE '-%' AND value NOT IN ('0', '0.0')
         ORDER BY 1, 2, 3",
    )?;
    let candidates: Vec<(String, String, String)> = stmt
        .query_map([at], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut users: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (customer, resource, feature) in candidates {
        let req = crate::ops::entitlements::CheckRequest {
            customer: customer.clone(),
            feature: feature.clone(),
            resource: Some(resource).filter(|r| !r.is_empty()),
            requested_usage: Decimal::ZERO,
            requested_values: vec![],
        };
        let v = crate::ops::entitlements::check(conn, now, &req)?;
        if v.current_usage > Decimal::ZERO {
            users.entry(feature).or_default().insert(customer);
        }
    }
    let using: BTreeMap<String, usize> = users.into_iter().map(|(f, c)| (f, c.len())).collect();
    let mut out = Vec::new();
    for (id, (f, meta)) in &features {
        if meta.archived_at.is_some() {
            continue;
        }
        out.push(json!({
            "featureId": id,
            "featureType": f.feature_type.wire(),
            "customersGranted": granted.get(id).map_or(0, |s| s.len()),
            "customersUsing": using.get(id).copied().unwrap_or(0),
        }));
    }
    Ok(Value::Array(out))
}
