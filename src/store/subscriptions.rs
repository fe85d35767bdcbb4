//! Subscriptions: indexed columns (id, customer, resource, product, plan, status, stamps, next
//! due) plus a JSON body with the rest of the record (see [`body`] and `parse_row`).

use rusqlite::{Connection, OptionalExtension, params};

use super::Tx;
use crate::clock::{self, Instant};
use crate::domain::subscriptions::Subscription;
use crate::error::{Error, Result};

pub fn not_found(id: &str) -> Error {
    super::missing(
        "subscription",
        id,
        Error::not_found(
            "SubscriptionNotFound",
            format!("subscription '{id}' not found"),
        )
        .hint("list them with `stigg-cli subscription list`"),
    )
}

/// A computed date past 9999-12-31 (a renewal, an end) is refused, never stored.
fn check_range(s: &Subscription) -> Result<()> {
    for (field, t) in s.instants() {
        // (The label is made only for the refusal: every write checks every instant.)
        if !clock::storable(&t) {
            clock::check_storable(&format!("subscription '{}' {field}", s.subscription_id), &t)?;
        }
    }
    Ok(())
}

/// One scope (customer, resource, product) never has two subscriptions live at the same instant,
/// counting those not started yet: checked on every write of a subscription, whatever the
/// command (create, cancel, uncancel, import), so no sequence of commands can produce an overlap.
fn check_overlap(tx: &Tx<'_>, s: &Subscription) -> Result<()> {
    if s.occupies().is_none() || !has_other(&tx.sql, &s.customer_id, &s.subscription_id)? {
        return Ok(());
    }
    for other in for_customer(&tx.sql, &s.customer_id)? {
        if other.subscription_id != s.subscription_id
            && other.product_id == s.product_id
            && other.resource_id == s.resource_id
            && s.overlaps(&other)
        {
            let span = |x: &Subscription| {
                format!(
                    "{} .. {}",
                    clock::fmt(&x.start_date),
                    x.end_date
                        .map(|e| clock::fmt(&e))
                        .unwrap_or_else(|| "(no end)".into())
                )
            };
            return Err(Error::rejected(
                "SubscriptionsOverlap",
                format!(
                    "subscription '{}' ({}, {}) would be live at the same time as '{}' ({}, {}) on product '{}'",
                    s.subscription_id,
                    s.plan_id,
                    span(s),
                    other.subscription_id,
                    other.plan_id,
                    span(&other),
                    s.product_id
                ),
            )
            .hint("a customer has one subscription per product (and resource) at a time: end or cancel the other one first"));
        }
    }
    Ok(())
}

/// Whether the two versions of a subscription grant differently over time (what a usage
/// window is arranged by): its dates, status, plan, purchases, revocation or usage anchor —
/// or are priced differently (its billing period: `report mrr --at` a past instant prices the
/// one in force then). Renewals and notes do not.
fn grants_differ(a: &Subscription, b: &Subscription) -> bool {
    (
        &a.plan_id,
        a.plan_version,
        a.status,
        a.start_date,
        a.end_date,
        &a.resource_id,
        a.entitlements_revoked,
        a.usage_anchor,
        a.billing_period,
    ) != (
        &b.plan_id,
        b.plan_version,
        b.status,
        b.start_date,
        b.end_date,
        &b.resource_id,
        b.entitlements_revoked,
        b.usage_anchor,
        b.billing_period,
    ) || a.addons != b.addons
        || a.quantities != b.quantities
}

/// A subscription's stored body: the record's fields but those its row's columns hold (id,
/// customer, resource, product, plan and version, status, stamps — read back from them, see
/// `parse_row`), each only when it carries a value (not null, empty or false), serialized
/// straight from the record (an import stores thousands; the JSON-value detour was a tenth of
/// its time).
pub fn body(s: &Subscription) -> Result<String> {
    serialize(s, false)
}

/// The whole record as [`super::lean_body`] writes it (the columns' fields too): what an
/// import's event shows. `the_direct_body_is_the_lean_body` holds them equal.
pub fn full_body(s: &Subscription) -> Result<String> {
    serialize(s, true)
}

fn serialize(s: &Subscription, columns: bool) -> Result<String> {
    use crate::domain::subscriptions::{
        FeatureQuantity, PriorEnd, ScheduledUpdate, Segment, SubAddon,
    };
    fn no(b: &bool) -> bool {
        !*b
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Lean<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        subscription_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        customer_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        resource_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        product_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        plan_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        plan_version: Option<u32>,
        pricing_type: &'a crate::domain::catalog::PricingType,
        #[serde(skip_serializing_if = "Option::is_none")]
        status: Option<&'a crate::domain::subscriptions::SubStatus>,
        #[serde(skip_serializing_if = "Option::is_none")]
        billing_period: Option<&'a crate::domain::subscriptions::BillingPeriod>,
        start_date: clock::Iso<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        end_date: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        trial_end_date: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cancellation_date: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cancel_reason: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cancellation_note: Option<&'a str>,
        billing_cycle_anchor: clock::Iso<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        current_billing_period_start: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        current_billing_period_end: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        addons: &'a [SubAddon],
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        quantities: &'a [FeatureQuantity],
        #[serde(skip_serializing_if = "Option::is_none")]
        coupon_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        coupon_applied_at: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        country: Option<&'a str>,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        scheduled_updates: &'a [ScheduledUpdate],
        #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
        metadata: &'a std::collections::BTreeMap<String, String>,
        #[serde(skip_serializing_if = "no")]
        entitlements_revoked: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        entitlements_revoked_at: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "no")]
        trial_ends_soon_notified: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        created_at: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        updated_at: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        prior_end: Option<&'a PriorEnd>,
        #[serde(skip_serializing_if = "Option::is_none")]
        usage_anchor: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        segments: &'a [Segment],
        #[serde(skip_serializing_if = "Option::is_none")]
        period_coupon: Option<&'a crate::domain::subscriptions::PeriodCoupon>,
    }
    fn col(columns: bool, v: &str) -> Option<&str> {
        columns.then_some(v)
    }
    Ok(serde_json::to_string(&Lean {
        subscription_id: col(columns, &s.subscription_id),
        customer_id: col(columns, &s.customer_id),
        resource_id: s.resource_id.as_deref().filter(|_| columns),
        product_id: col(columns, &s.product_id),
        plan_id: col(columns, &s.plan_id),
        plan_version: columns.then_some(s.plan_version),
        pricing_type: &s.pricing_type,
        status: columns.then_some(&s.status),
        billing_period: s.billing_period.as_ref(),
        start_date: clock::Iso(&s.start_date),
        end_date: s.end_date.as_ref().map(clock::Iso),
        trial_end_date: s.trial_end_date.as_ref().map(clock::Iso),
        cancellation_date: s.cancellation_date.as_ref().map(clock::Iso),
        cancel_reason: s.cancel_reason.as_deref(),
        cancellation_note: s.cancellation_note.as_deref(),
        billing_cycle_anchor: clock::Iso(&s.billing_cycle_anchor),
        current_billing_period_start: s.current_billing_period_start.as_ref().map(clock::Iso),
        current_billing_period_end: s.current_billing_period_end.as_ref().map(clock::Iso),
        addons: &s.addons,
        quantities: &s.quantities,
        coupon_id: s.coupon_id.as_deref(),
        coupon_applied_at: s.coupon_applied_at.as_ref().map(clock::Iso),
        country: s.country.as_deref(),
        scheduled_updates: &s.scheduled_updates,
        metadata: &s.metadata,
        entitlements_revoked: s.entitlements_revoked,
        entitlements_revoked_at: s.entitlements_revoked_at.as_ref().map(clock::Iso),
        trial_ends_soon_notified: s.trial_ends_soon_notified,
        created_at: columns.then_some(clock::Iso(&s.created_at)),
        updated_at: columns.then_some(clock::Iso(&s.updated_at)),
        prior_end: s.prior_end.as_ref(),
        usage_anchor: s.usage_anchor.as_ref().map(clock::Iso),
        segments: &s.segments,
        period_coupon: s.period_coupon.as_ref(),
    })?)
}

/// Stores a new subscription. `alone`: the caller found the customer without any other
/// subscription in this transaction, before writing any (nothing can overlap it: the look is
/// not made twice).
pub fn insert(tx: &Tx<'_>, s: &Subscription, alone: bool) -> Result<()> {
    check_range(s)?;
    if !alone {
        check_overlap(tx, s)?;
    }
    tx.mark_refold(&s.customer_id);
    tx.note_due(s.next_due());
    tx.sql.prepare_cached("INSERT INTO subscriptions(id, customer_id, resource_id, product_id, plan_id, plan_version, status, body,
                                   next_due, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?.execute(
        params![
            s.subscription_id,
            s.customer_id,
            s.resource_id,
            s.product_id,
            s.plan_id,
            s.plan_version,
            s.status.wire(),
            body(s)?,
            s.next_due().as_ref().map(clock::store_fmt),
            clock::store_fmt(&s.created_at),
            clock::store_fmt(&s.updated_at),
        ],
    )?;
    Ok(())
}

/// Stores `s` in place of its record; `s` then holds what was stored (its `updatedAt` never
/// goes back: see below), so that the event showing it shows the record.
pub fn save(tx: &Tx<'_>, s: &mut Subscription) -> Result<()> {
    check_range(s)?;
    check_overlap(tx, s)?;
    let old = get(&tx.sql, &s.subscription_id)?;
    let mut kept: Option<Subscription> = None;
    if old.as_ref().is_none_or(|old| grants_differ(old, s)) {
        tx.mark_refold(&s.customer_id);
        // A change made in place keeps what the subscription granted before it, for the usage
        // recorded then (see `Subscription::as_of`).
        if let Some(old) = &old {
            let mut next = s.clone();
            next.keep_segment(old, s.updated_at);
            kept = Some(next);
        }
    }
    // A record's `updatedAt` never goes back: a step processed at a past instant (the trial of
    // an imported row converting, its renewals since) changes it then, but the newer stamp it
    // already has stays — else an older import row would win against it.
    if let Some(old) = &old
        && old.updated_at > s.updated_at
    {
        kept.get_or_insert_with(|| s.clone()).updated_at = old.updated_at;
    }
    let stamped = kept.as_ref().map_or(s.updated_at, |k| k.updated_at);
    let out = save_as(tx, kept.as_ref().unwrap_or(s));
    s.updated_at = stamped;
    out
}

fn save_as(tx: &Tx<'_>, s: &Subscription) -> Result<()> {
    tx.note_due(s.next_due());
    tx.sql.prepare_cached("UPDATE subscriptions SET plan_id = ?2, plan_version = ?3, status = ?4, body = ?5, next_due = ?6,
                updated_at = ?7, resource_id = ?8
         WHERE id = ?1")?.execute(
        params![
            s.subscription_id,
            s.plan_id,
            s.plan_version,
            s.status.wire(),
            body(s)?,
            s.next_due().as_ref().map(clock::store_fmt),
            clock::store_fmt(&s.updated_at),
            s.resource_id,
        ],
    )?;
    Ok(())
}

/// The columns a record is read from: its body, then those holding the fields a body written
/// since schema 10 leaves out.
const COLUMNS: &str = "body, id, customer_id, resource_id, product_id, plan_id, plan_version, status, created_at, updated_at";

/// A stored record: its body with the fields its columns hold. A body written before schema
/// 10 holds them itself (it starts with its id): it is read as it is, and must agree with the
/// columns (what lists and checks select by) — a row edited to disagree is damage, never read
/// one way here and another there (and never rewritten into the other).
fn parse_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Subscription>> {
    let body: String = r.get(0)?;
    let text = |i: usize| -> rusqlite::Result<String> { r.get::<_, String>(i) };
    let (id, customer, resource): (String, String, Option<String>) =
        (text(1)?, text(2)?, r.get(3)?);
    let (product, plan, version, status) = (text(4)?, text(5)?, r.get::<_, i64>(6)?, text(7)?);
    let (created, updated) = (text(8)?, text(9)?);
    let unreadable = |why: String| {
        Error::damaged(format!(
            "subscription '{id}' has an unreadable record ({why})"
        ))
    };
    // A JSON error's position is in the text read, not in the stored body: left out.
    let json_error = |e: serde_json::Error| {
        let m = e.to_string();
        unreadable(
            m.rsplit_once(" at line ")
                .map_or(m.clone(), |(m, _)| m.to_string()),
        )
    };
    let stored_instant = |what: &str, v: &str| {
        clock::from_store(v).map_err(|_| unreadable(format!("its {what} is '{v}'")))
    };
    Ok((|| {
        if body.starts_with("{\"subscriptionId\"") {
            let s: Subscription = serde_json::from_str(&body).map_err(json_error)?;
            let disagree = [
                ("id", s.subscription_id == id),
                ("customer", s.customer_id == customer),
                ("resource", s.resource_id == resource),
                ("product", s.product_id == product),
                ("plan", s.plan_id == plan),
                ("plan version", i64::from(s.plan_version) == version),
                ("status", s.status.wire() == status),
                (
                    "createdAt",
                    s.created_at == stored_instant("createdAt", &created)?,
                ),
            ]
            .into_iter()
            .find(|(_, same)| !same);
            if let Some((field, _)) = disagree {
                return Err(Error::damaged(format!(
                    "subscription '{id}': its record and its row disagree on its {field}"
                )));
            }
            return Ok(s);
        }
        let json = |v: &str| serde_json::to_string(v).map_err(json_error);
        let stamp = |what: &str, v: &str| -> Result<String> {
            json(&clock::fmt(&stored_instant(what, v)?))
        };
        let Some(rest) = body.strip_prefix('{') else {
            return Err(unreadable("its body is not a JSON object".into()));
        };
        let mut full = String::with_capacity(body.len() + 200);
        full.push_str("{\"subscriptionId\":");
        full.push_str(&json(&id)?);
        full.push_str(",\"customerId\":");
        full.push_str(&json(&customer)?);
        if let Some(r) = &resource {
            full.push_str(",\"resourceId\":");
            full.push_str(&json(r)?);
        }
        full.push_str(",\"productId\":");
        full.push_str(&json(&product)?);
        full.push_str(",\"planId\":");
        full.push_str(&json(&plan)?);
        full.push_str(",\"planVersion\":");
        full.push_str(&version.to_string());
        full.push_str(",\"status\":");
        full.push_str(&json(&status)?);
        full.push_str(",\"createdAt\":");
        full.push_str(&stamp("createdAt", &created)?);
        full.push_str(",\"updatedAt\":");
        full.push_str(&stamp("updatedAt", &updated)?);
        if rest != "}" {
            full.push(',');
        }
        full.push_str(rest);
        serde_json::from_str(&full).map_err(json_error)
    })())
}

/// Runs `sql` (selecting [`COLUMNS`] first) and reads each row's record.
fn records(
    conn: &Connection,
    sql: &str,
    p: impl rusqlite::Params,
    mut g: impl FnMut(Subscription) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(p)?;
    while let Some(r) = rows.next()? {
        g(parse_row(r)??)?;
    }
    Ok(())
}

fn collect(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Vec<Subscription>> {
    super::held(|f| records(conn, sql, p, f))
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<Subscription>> {
    static SQL: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("SELECT {COLUMNS} FROM subscriptions WHERE id = ?1"));
    Ok(collect(conn, &SQL, [id])?.into_iter().next())
}

pub fn require(conn: &Connection, id: &str) -> Result<Subscription> {
    get(conn, id)?.ok_or_else(|| not_found(id))
}

/// Whether the customer has a subscription other than `except` (an index probe: most
/// subscriptions written are a customer's only one, and need not read the others).
pub fn has_other(conn: &Connection, customer: &str, except: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM subscriptions WHERE customer_id = ?1 AND id <> ?2)",
        )?
        .query_row(params![customer, except], |r| r.get::<_, bool>(0))?)
}

pub fn for_customer(conn: &Connection, customer: &str) -> Result<Vec<Subscription>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subscriptions WHERE customer_id = ?1 ORDER BY created_at, id"
        )
    });
    collect(conn, &SQL, [customer])
}

#[derive(Default)]
pub struct Filter {
    pub customer: Option<String>,
    pub plan: Option<String>,
    pub status: Option<String>,
    pub resource: Option<String>,
}

pub fn list(conn: &Connection, f: &Filter) -> Result<Vec<Subscription>> {
    super::held(|visit| each(conn, f, visit))
}

/// [`list`], one subscription at a time (an export holds none but the one it writes).
pub fn each(
    conn: &Connection,
    f: &Filter,
    mut g: impl FnMut(Subscription) -> Result<()>,
) -> Result<()> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subscriptions
             WHERE (?1 IS NULL OR customer_id = ?1) AND (?2 IS NULL OR plan_id = ?2)
               AND (?3 IS NULL OR status = ?3) AND (?4 IS NULL OR resource_id = ?4)
             ORDER BY customer_id, created_at, id"
        )
    });
    records(
        conn,
        &SQL,
        params![f.customer, f.plan, f.status, f.resource],
        &mut g,
    )
}

/// Live and not-yet-started subscriptions on a plan (for `publish --migrate all-customers`).
pub fn live_on_plan(conn: &Connection, plan: &str) -> Result<Vec<Subscription>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "SELECT {COLUMNS} FROM subscriptions WHERE plan_id = ?1
               AND status IN ('ACTIVE', 'IN_TRIAL', 'NOT_STARTED') ORDER BY id"
        )
    });
    collect(conn, &SQL, [plan])
}

pub fn next_due(conn: &Connection, until: Instant) -> Result<Option<Instant>> {
    // Stored instants start with a digit: anything sorting outside that range would never fall
    // due (a subscription silently stuck). Two index probes find one.
    let stray: Option<String> = conn
        .prepare_cached(
            "SELECT next_due FROM subscriptions WHERE next_due IS NOT NULL
               AND (next_due < '0' OR next_due >= ':') LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?;
    if let Some(v) = stray {
        return Err(Error::damaged(format!(
            "a subscription's next transition time is '{v}'"
        )));
    }
    let v: Option<String> = conn
        .prepare_cached(
            "SELECT MIN(next_due) FROM subscriptions WHERE next_due IS NOT NULL AND next_due <= ?1",
        )?
        .query_row([clock::store_fmt(&until)], |r| r.get(0))?;
    v.as_deref().map(clock::from_store).transpose()
}

/// Whether one of `customer`'s subscriptions has a transition due by `until`.
pub fn due_for(conn: &Connection, until: Instant, customer: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM subscriptions WHERE customer_id = ?1
               AND next_due IS NOT NULL AND next_due <= ?2 LIMIT 1",
        )?
        .query_row(params![customer, clock::store_fmt(&until)], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn due_at(conn: &Connection, at: Instant) -> Result<Vec<Subscription>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!("SELECT {COLUMNS} FROM subscriptions WHERE next_due = ?1 ORDER BY created_at, id")
    });
    collect(conn, &SQL, [clock::store_fmt(&at)])
}

pub fn trial_used(conn: &Connection, customer: &str, product: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM trial_history WHERE customer_id = ?1 AND product_id = ?2")?
        .query_row(params![customer, product], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The plans a customer has trialed: (product, plan), one per product (a trial is once per
/// customer and product), in product order.
pub fn trialed_plans(conn: &Connection, customer: &str) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.product_id, s.plan_id FROM trial_history t
         JOIN subscriptions s ON s.id = t.subscription_id
         WHERE t.customer_id = ?1 ORDER BY t.product_id",
    )?;
    let rows = stmt.query_map([customer], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn record_trial(tx: &Tx<'_>, customer: &str, product: &str, subscription: &str) -> Result<()> {
    tx.sql.prepare_cached("INSERT OR IGNORE INTO trial_history(customer_id, product_id, subscription_id, started_at) VALUES (?1, ?2, ?3, ?4)")?.execute(
        params![customer, product, subscription, clock::store_fmt(&tx.now)],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body serialized straight from a subscription is the lean body of its JSON value,
    /// whichever fields are set.
    #[test]
    fn the_direct_body_is_the_lean_body() {
        let minimal: Subscription = serde_json::from_value(serde_json::json!({
            "subscriptionId": "s\"1", "customerId": "c", "productId": "p", "planId": "x",
            "planVersion": 0, "pricingType": "FREE", "status": "ACTIVE",
            "startDate": "2026-01-01T00:00:00Z", "billingCycleAnchor": "2026-01-01T00:00:00Z",
            "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00.123456Z"
        }))
        .unwrap();
        let full: Subscription = serde_json::from_value(serde_json::json!({
            "subscriptionId": "s", "customerId": "c\u{1}", "resourceId": "r", "productId": "p",
            "planId": "x", "planVersion": 3, "pricingType": "PAID", "status": "IN_TRIAL",
            "billingPeriod": "ANNUALLY", "startDate": "2026-01-01T00:00:00Z",
            "endDate": "2027-01-01T00:00:00Z", "trialEndDate": "2026-01-15T00:00:00.5Z",
            "cancellationDate": "2026-12-01T00:00:00Z", "cancelReason": "",
            "cancellationNote": "é\n", "billingCycleAnchor": "2026-01-15T00:00:00Z",
            "currentBillingPeriodStart": "2026-01-01T00:00:00Z",
            "currentBillingPeriodEnd": "2026-01-15T00:00:00Z",
            "addons": [{"addonId": "a", "quantity": 2, "version": 1}],
            "quantities": [{"featureId": "seats", "quantity": 5}],
            "couponId": "k", "couponAppliedAt": "2026-01-01T00:00:00Z", "country": "DE",
            "scheduledUpdates": [{
                "scheduledAt": "2026-02-01T00:00:00Z",
                "change": {"type": "UPDATE", "billingPeriod": "MONTHLY", "addons": [], "quantities": []},
                "createdAt": "2026-01-01T00:00:00Z"
            }],
            "metadata": {"k": "v", "": ""},
            "entitlementsRevoked": true, "entitlementsRevokedAt": "2026-01-02T00:00:00Z",
            "trialEndsSoonNotified": true,
            "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-03T00:00:00Z",
            "priorEnd": {"endDate": null, "cancellationDate": null, "cancelReason": null},
            "usageAnchor": "2025-12-01T00:00:00Z",
            "segments": [{"until": "2026-01-02T00:00:00Z", "planVersion": 2}]
        }))
        .unwrap();
        for s in [minimal, full] {
            assert_eq!(full_body(&s).unwrap(), crate::store::lean_body(&s).unwrap());
        }
    }
}

#[cfg(test)]
mod read_tests {
    use super::*;

    /// A `subscriptions` table holding `rows` (a record and the body stored for it).
    fn table(rows: &[(&Subscription, String)]) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE subscriptions (id TEXT PRIMARY KEY, customer_id TEXT, resource_id TEXT,
                 product_id TEXT, plan_id TEXT, plan_version INTEGER, status TEXT, body TEXT,
                 next_due TEXT, created_at TEXT, updated_at TEXT);",
        )
        .unwrap();
        for (s, text) in rows {
            conn.execute(
                "INSERT INTO subscriptions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?10)",
                params![
                    s.subscription_id,
                    s.customer_id,
                    s.resource_id,
                    s.product_id,
                    s.plan_id,
                    s.plan_version,
                    s.status.wire(),
                    text,
                    clock::store_fmt(&s.created_at),
                    clock::store_fmt(&s.updated_at),
                ],
            )
            .unwrap();
        }
        conn
    }

    /// A record stored with its lean body reads back whole from its columns; one stored with a
    /// body of before schema 10 (the fields in it) reads as it is.
    #[test]
    fn a_lean_body_reads_back_whole_from_its_columns() {
        let base: Subscription = serde_json::from_value(serde_json::json!({
            "subscriptionId": "s\"1", "customerId": "c\u{e9}", "productId": "p", "planId": "x",
            "planVersion": 7, "pricingType": "FREE", "status": "IN_TRIAL",
            "startDate": "2026-01-01T00:00:00Z", "billingCycleAnchor": "2026-01-01T00:00:00Z",
            "trialEndDate": "2026-01-15T00:00:00.25Z",
            "createdAt": "2026-01-01T00:00:00.000001Z", "updatedAt": "2026-01-02T03:04:05Z"
        }))
        .unwrap();
        let mut with_resource = base.clone();
        with_resource.subscription_id = "s2".into();
        with_resource.resource_id = Some("r 1".into());
        with_resource.metadata = [("k".to_string(), "v".to_string())].into();
        let mut old = base.clone();
        old.subscription_id = "s3".into();
        let rows = [
            (&base, body(&base).unwrap()),
            (&with_resource, body(&with_resource).unwrap()),
            (&old, full_body(&old).unwrap()),
        ];
        let conn = table(&rows);
        for (s, _) in &rows {
            assert!(!body(s).unwrap().contains("\"subscriptionId\""));
            assert_eq!(get(&conn, &s.subscription_id).unwrap().as_ref(), Some(*s));
        }
        assert_eq!(for_customer(&conn, "c\u{e9}").unwrap().len(), 3);
        // Damage, named: an old record and its row disagreeing, a body missing what every
        // record has, a stamp column that is not an instant.
        for (edit, says) in [
            (
                "UPDATE subscriptions SET customer_id = 'other' WHERE id = 's3'",
                "disagree on its customer",
            ),
            (
                "UPDATE subscriptions SET status = 'CANCELED' WHERE id = 's3'",
                "disagree on its status",
            ),
            (
                "UPDATE subscriptions SET body = '{}' WHERE id = 's3'",
                "unreadable record",
            ),
            (
                "UPDATE subscriptions SET body = '{}' WHERE id = 's2'",
                "unreadable record (missing field",
            ),
            (
                "UPDATE subscriptions SET created_at = 'garbage' WHERE id = 's2'",
                "unreadable record",
            ),
            (
                "UPDATE subscriptions SET body = '[1]' WHERE id = 's2'",
                "not a JSON object",
            ),
        ] {
            let conn = table(&rows[1..]);
            conn.execute_batch(edit).unwrap();
            let id = if edit.contains("'s3'") { "s3" } else { "s2" };
            let e = get(&conn, id).unwrap_err();
            assert_eq!(e.code, "DatabaseDamaged", "{edit}: {}", e.message);
            assert!(
                e.message.contains(&format!("subscription '{id}'")),
                "{edit}: {}",
                e.message
            );
            assert!(e.message.contains(says), "{edit}: {}", e.message);
            assert!(!e.message.contains("column"), "{edit}: {}", e.message);
        }
    }
}
