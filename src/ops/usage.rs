//! Reported usage (`usage report`, `usage show`) and the window every value is counted in.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

use crate::clock::{self, Instant};
use crate::domain::catalog::{Entitlement, EntityKind, Feature, Limit, MeterType};
use crate::domain::entitlements as ent;
use crate::domain::periods;
use crate::domain::usage::{UpdateBehavior, apply_report};
use crate::error::{Error, ErrorKind, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::store::usage::{self as repo, Report, WindowKey, WindowValue};
use crate::store::{Tx, catalog as catalog_repo, customers as customer_repo, events, meta};

/// The window a value at `t` counts in, from the entitlement that wins at `t` (spec 40):
/// - a reset: the window of its period and anchor containing `t`, stepped from the winning
///   source's start;
/// - no reset: cumulative since the winning source started;
/// - a fluctuating feature: a level, no window;
/// - no entitlement: cumulative since ever (usage is recorded, the check is the gate).
pub fn window_key(
    customer: &str,
    resource: Option<&str>,
    feature: &Feature,
    winner: Option<(&Entitlement, Instant)>,
    t: Instant,
) -> WindowKey {
    let (_, start, end) = window_bounds(feature, winner, t);
    WindowKey {
        customer_id: customer.to_string(),
        resource_id: resource.unwrap_or("").to_string(),
        feature_id: feature.id.clone(),
        start,
        end,
    }
}

/// The bounds of the window a value at `t` counts in (see [`window_key`]): the start it is shown
/// with, the start it counts from, and its end. They differ for a calendar window (start of
/// month, every-<weekday>) that the subscription's usage anchor falls inside: it counts from the
/// anchor — a product that resets usage on a change opens a new window there, never the old one
/// again — but is shown whole, as `entitlement check` shows it.
fn window_bounds(
    feature: &Feature,
    winner: Option<(&Entitlement, Instant)>,
    t: Instant,
) -> (Instant, Instant, Option<Instant>) {
    let epoch = chrono::DateTime::UNIX_EPOCH;
    // Usage before the winning subscription started counts for no subscription (spec 40).
    let winner = winner.filter(|(_, started)| t >= *started);
    match (feature.meter_type, winner) {
        (MeterType::Fluctuating, _) | (_, None) => (epoch, epoch, None),
        (_, Some((e, started))) => match &e.reset {
            Some(r) => {
                let (s, end) = periods::usage_window(r.period, &r.anchor, started, t);
                // A window the calendar ends first (December 9999) runs to its end: no instant
                // after it exists, so it is an open one (and an end is never shown past it).
                let end = clock::within_calendar(end);
                (s, s.max(started), end)
            }
            None => (started, started, None),
        },
    }
}

/// Whether the value at `t` counts in a window that resets (a period of the winning
/// entitlement's reset), even one the calendar ends first (December 9999: no end shown).
pub fn periodic(feature: &Feature, winner: Option<(&Entitlement, Instant)>, t: Instant) -> bool {
    feature.meter_type != MeterType::Fluctuating
        && winner.is_some_and(|(e, started)| t >= started && e.reset.is_some())
}

/// `usagePeriodStart` of the window a value at `t` counts in: its whole period (see
/// [`window_bounds`]); None for a window that never resets (cumulative, a level, uncounted).
pub fn shown_start(
    feature: &Feature,
    winner: Option<(&Entitlement, Instant)>,
    t: Instant,
) -> Option<String> {
    let (shown, _, _) = window_bounds(feature, winner, t);
    periodic(feature, winner, t).then(|| clock::fmt(&shown))
}

/// The value counted in a window (zero when nothing was reported).
pub fn current(conn: &rusqlite::Connection, k: &WindowKey) -> Result<Decimal> {
    // (Printed without the scale sums keep: 0.5 + 0.5 is 1, not 1.0.)
    Ok(repo::window(conn, k)?
        .map(|w| w.value.normalize())
        .unwrap_or(Decimal::ZERO))
}

/// The winning entitlement of `feature` at `t`, with its source's start.
fn winning(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    feature: &str,
    t: Instant,
) -> Result<Winner> {
    Ok(winning_and_later(conn, customer, resource, feature, t)?.0)
}

/// A winning entitlement with the instant its windows step from.
type Winner = Option<(Entitlement, Instant)>;

/// Whether window `k` is in force — what wins arranges it — at some instant from `from` (the
/// usage that takes it over its limit) until `until` (now), within its bounds. Usage counts in
/// a window that another entitlement sets aside (a promotion with its own reset over a plan's
/// month; records carried into a window a later change arranges) all the same, but its limit
/// is judged — and signalled — only once the window is in force with that usage: at the
/// promotion's end, or never if the promotion outlives it. A late record into a window that
/// was in force then is judged as it arrives; a level is one window, whatever wins.
pub fn in_force_between(
    conn: &rusqlite::Connection,
    k: &WindowKey,
    feature: &Feature,
    from: Instant,
    until: Instant,
) -> Result<bool> {
    let lo = from.max(k.start);
    let hi = match k.end {
        Some(e) => until.min(e - chrono::Duration::microseconds(1)),
        None => until,
    };
    if lo > hi {
        return Ok(false);
    }
    let resource = Some(k.resource_id.as_str()).filter(|r| !r.is_empty());
    let arranges = |win: &Winner, t: Instant| {
        let w = window_key(
            &k.customer_id,
            resource,
            feature,
            win.as_ref().map(|(e, s)| (e, *s)),
            t,
        );
        w.start == k.start && w.end == k.end
    };
    let (win, later) = winning_and_later(conn, &k.customer_id, resource, &feature.id, lo)?;
    if arranges(&win, lo) {
        return Ok(true);
    }
    for b in later.into_iter().take_while(|b| *b <= hi) {
        if arranges(&winning(conn, &k.customer_id, resource, &feature.id, b)?, b) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The winning entitlement of `feature` at `t`, with the later instants at which what is
/// gathered for the customer changes (subscription starts and ends, promotions).
fn winning_and_later(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    feature: &str,
    t: Instant,
) -> Result<(Winner, Vec<Instant>)> {
    let g = crate::ops::entitlements::gather(conn, t, customer, resource)?;
    let merged = ent::merge(&g.sources);
    Ok((
        winner_in(&g, &merged, feature),
        later_than(&g.boundaries, t),
    ))
}

/// The winning entitlement of `feature` among what was gathered (`merged` from it).
fn winner_in(
    g: &crate::ops::entitlements::Gathered,
    merged: &BTreeMap<String, ent::Effective>,
    feature: &str,
) -> Winner {
    merged
        .get(feature)
        .map(|e| (e.entitlement.clone(), g.sources[e.winner].usage_anchor))
}

/// The instants of `boundaries` after `t`, in order, each once.
fn later_than(boundaries: &[Instant], t: Instant) -> Vec<Instant> {
    let mut later: Vec<Instant> = boundaries.iter().copied().filter(|b| *b > t).collect();
    later.sort();
    later.dedup();
    later
}

/// What a window is judged by when a record at `at` changes it: the winner then — but a level
/// is the state now, judged by the limit in force now (a late report's instant may have had
/// another).
fn judged_by(
    conn: &rusqlite::Connection,
    feature: &Feature,
    customer: &str,
    resource: Option<&str>,
    (win, at): (&Winner, Instant),
    now: Instant,
) -> Result<Winner> {
    if feature.meter_type == MeterType::Fluctuating && at < now {
        return winning(conn, customer, resource, &feature.id, now);
    }
    Ok(win.clone())
}

/// A window a record also counts in, with the entitlement that arranges it.
pub type Carry = (WindowKey, Entitlement);

/// Raw events were stored that count nowhere yet (see `meta::ORPHAN_EVENTS`).
pub fn note_orphans(tx: &Tx<'_>) -> Result<()> {
    meta::set(&tx.sql, meta::ORPHAN_EVENTS, "1")
}

/// After a migration that changed how windows are arranged (see `meta::USAGE_REBUILD`): every
/// window is rebuilt from the records, once.
pub fn rebuild_if_pending(tx: &mut Tx<'_>) -> Result<()> {
    if meta::get(&tx.sql, meta::USAGE_REBUILD)?.is_none() {
        return Ok(());
    }
    rebuild(tx, None)?;
    meta::delete(&tx.sql, meta::USAGE_REBUILD)
}

/// Whether [`rebuild_if_pending`] has work (a read then takes the write path).
pub fn rebuild_pending(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(meta::get(conn, meta::USAGE_REBUILD)?.is_some())
}

/// The windows a record at `t` counts in besides its own (`own`): spec 40 — "when the winning
/// entitlement's reset settings change (plan change, migration), current usage is recomputed
/// from the stored records for the new window". For every later instant `b` at which what wins
/// can change, the window of `b`'s winner that contains `b` counts every record in its span,
/// those taken before the change included; a record at `t` inside such a window (and not in it
/// already as its own) counts there too. Its own window keeps it as well: that is the history
/// of the settings it was taken under. A change that resets usage (a new anchor at the change)
/// opens a window after `t`, which takes nothing from before. Levels have no windows.
///
/// One rule for every path — a single report or event, an import (through a refold), a
/// recalculation and `usage history` — so a rebuild reproduces what was maintained.
pub fn carry_windows(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    feature: &Feature,
    t: Instant,
    own: &WindowKey,
    later: &[Instant],
) -> Result<Vec<Carry>> {
    carry_windows_with(
        |b| winning(conn, customer, resource, &feature.id, b),
        customer,
        resource,
        feature,
        t,
        own,
        later,
    )
}

/// [`carry_windows`] with what wins at an instant looked up by `win`.
fn carry_windows_with(
    mut win: impl FnMut(Instant) -> Result<Winner>,
    customer: &str,
    resource: Option<&str>,
    feature: &Feature,
    t: Instant,
    own: &WindowKey,
    later: &[Instant],
) -> Result<Vec<Carry>> {
    let mut out: Vec<Carry> = Vec::new();
    if feature.meter_type == MeterType::Fluctuating {
        return Ok(out);
    }
    for b in later {
        let Some((e, anchor)) = win(*b)? else {
            continue;
        };
        let k = window_key(customer, resource, feature, Some((&e, anchor)), *b);
        let holds = k.start <= t && t >= anchor && k.end.is_none_or(|end| t < end);
        let same = |x: &WindowKey| x.start == k.start && x.end == k.end;
        if holds && !same(own) && !out.iter().any(|(x, _)| same(x)) {
            out.push((k, e));
        }
    }
    Ok(out)
}

/// [`carry_windows`] of a record at `t` whose own window is `own`, looking up the later
/// changes itself.
pub fn carry_windows_from(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    feature: &Feature,
    t: Instant,
    own: &WindowKey,
) -> Result<Vec<Carry>> {
    let (_, later) = winning_and_later(conn, customer, resource, &feature.id, t)?;
    carry_windows(conn, customer, resource, feature, t, own, &later)
}

/// Folds a reported value into a window it is carried into (see [`carry_windows`]), signalled
/// when it crosses the window's limit. A negative delta that window cannot take is refused, as
/// in the record's own window (only a recount, which cannot refuse, stops it at zero).
fn carry_report(
    tx: &mut Tx<'_>,
    at: Instant,
    (k, e): &Carry,
    feature: &Feature,
    v: Decimal,
    how: UpdateBehavior,
) -> Result<()> {
    let before = repo::window(&tx.sql, k)?.unwrap_or_default();
    let value = apply_report(before.value, v, how).map_err(|m| {
        Error::rejected(
            "UsageMeasurementDiffOutOfRangeError",
            format!("{m} in the window from {} that a later change arranges (it counts this record too)", clock::fmt(&k.start)),
        )
    })?;
    let state = before.state.clone();
    store_window(tx, k, feature, Some(e), &before, value, state, Some(at))
}

/// Folds an event's contribution into a window it is carried into: as a rebuild folds it (a
/// sum past the largest decimal keeps the value it had).
fn carry_event(
    tx: &mut Tx<'_>,
    at: Instant,
    (k, e): &Carry,
    feature: &Feature,
    meter: &crate::domain::catalog::EventMeter,
    c: &crate::domain::usage::Contribution,
) -> Result<()> {
    let before = repo::window(&tx.sql, k)?.unwrap_or_default();
    let new_distinct = match c {
        crate::domain::usage::Contribution::Distinct(v) => repo::add_distinct(tx, k, v)?,
        _ => false,
    };
    let mut state = before.state.clone();
    let _ = state.add(c, new_distinct);
    let value = state.value(meter.aggregation);
    store_window(tx, k, feature, Some(e), &before, value, state, Some(at))
}

pub struct ReportRequest {
    pub customer: String,
    pub feature: String,
    pub resource: Option<String>,
    pub value: Decimal,
    pub behavior: UpdateBehavior,
    pub at: Option<Instant>,
    pub dimensions: BTreeMap<String, String>,
    pub idempotency_key: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportView {
    pub customer_id: String,
    pub feature_id: String,
    pub resource_id: Option<String>,
    pub value: Decimal,
    pub update_behavior: &'static str,
    pub timestamp: String,
    pub current_usage: Decimal,
    pub usage_period_start: Option<String>,
    pub usage_period_end: Option<String>,
    pub duplicate: bool,
    /// What the report burned, when the customer's plan prices the feature in credits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<crate::ops::credits::UsageCredit>,
    /// Printed on stderr, not part of the object.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

fn view(
    req: &ReportRequest,
    at: Instant,
    (k, shown): (&WindowKey, Option<String>),
    usage: Decimal,
    dup: bool,
) -> ReportView {
    ReportView {
        customer_id: req.customer.clone(),
        feature_id: req.feature.clone(),
        resource_id: req.resource.clone(),
        value: req.value,
        update_behavior: behavior_name(req.behavior),
        timestamp: clock::fmt(&at),
        current_usage: usage,
        usage_period_start: shown,
        usage_period_end: k.end.map(|e| clock::fmt(&e)),
        duplicate: dup,
        credit: None,
        warnings: Vec::new(),
    }
}

/// What a window's value shows: usage at an instant no entitlement covers (no subscription,
/// one not started yet, a plan without the feature) is stored and counts for no subscription,
/// so it shows as 0 — what `entitlement check` and `usage show` say — not as the running total
/// of such records.
fn counted(win: Option<&(Entitlement, Instant)>, t: Instant, value: Decimal) -> Decimal {
    if covered(win, t) {
        // (Printed without the scale sums keep: 0.5 + 0.5 is 1, not 1.0.)
        value.normalize()
    } else {
        Decimal::ZERO
    }
}

/// Whether an entitlement covers `t` (its subscription started by then; see `window_bounds`).
fn covered(win: Option<&(Entitlement, Instant)>, t: Instant) -> bool {
    win.is_some_and(|(_, started)| t >= *started)
}

/// Said of usage (`what`: "usage", "event") no entitlement covers at `at`.
fn uncounted_warning(what: &str, customer: &str, feature: &str, at: Instant) -> String {
    format!(
        "customer '{customer}' has no entitlement to '{feature}' at {} (no live subscription grants it then): \
         the {what} is stored and counts for no subscription then (a later subscription whose \
         usage windows reach back over that instant counts it)",
        clock::fmt(&at)
    )
}

pub fn behavior_name(b: UpdateBehavior) -> &'static str {
    match b {
        UpdateBehavior::Delta => "DELTA",
        UpdateBehavior::Set => "SET",
    }
}

/// `usage report`: records one measurement and updates its window, in the command's
/// transaction. A repeated idempotency key with the same payload is a duplicate (nothing
/// written, the original answer); with another payload, a conflict (exit 4).
pub fn report(tx: &mut Tx<'_>, req: &ReportRequest) -> Result<ReportView> {
    let now = tx.now;
    let meta = customer_repo::require_meta(&tx.sql, &req.customer)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{}' is archived", req.customer),
        ));
    }
    let (feature, _) =
        catalog_repo::require_simple::<Feature>(&tx.sql, EntityKind::Feature, &req.feature)?;
    if feature.event_meter.is_some() {
        return Err(Error::rejected(
            "CannotReportUsageForEntitlementWithMeterError",
            format!(
                "feature '{}' is metered from raw events; report events for it instead",
                feature.id
            ),
        ));
    }
    if !feature.is_metered() {
        return Err(Error::rejected(
            "MeteringNotAvailableForFeatureType",
            format!("feature '{}' is not metered", feature.id),
        ));
    }
    let at = req.at.unwrap_or(now);
    if at > now {
        return Err(Error::usage(format!(
            "--at {} is in the future (now is {})",
            clock::fmt(&at),
            clock::fmt(&now)
        )));
    }
    let resource = req.resource.as_deref();
    let dims = (!req.dimensions.is_empty())
        .then(|| serde_json::to_string(&req.dimensions))
        .transpose()?;
    if let Some(key) = &req.idempotency_key {
        check_text("idempotency key", key)
            .map_err(|m| Error::usage(format!("--idempotency-key: {m}")))?;
    }
    if let Some(key) = &req.idempotency_key
        && let Some((prev_id, prev)) = repo::by_key(
            &tx.sql,
            &req.customer,
            resource.unwrap_or(""),
            &feature.id,
            key,
        )?
    {
        let same = prev.value == req.value
            && prev.behavior == behavior_name(req.behavior)
            && prev.dimensions == dims
            && req.at.is_none_or(|a| a == prev.at);
        if !same {
            return Err(Error::new(
                ErrorKind::Conflict,
                "IdempotencyKeyReused",
                format!(
                    "idempotency key '{key}' was used for another measurement ({} {} at {})",
                    prev.behavior,
                    prev.value,
                    clock::fmt(&prev.at)
                ),
            ));
        }
        let w = winning(&tx.sql, &req.customer, resource, &feature.id, prev.at)?;
        let k = window_key(
            &req.customer,
            resource,
            &feature,
            w.as_ref().map(|(e, s)| (e, *s)),
            prev.at,
        );
        // The original answer: the window's value right after that record (its reports up to
        // it, folded in the order taken), and what it burned.
        let mut held = Decimal::ZERO;
        for (value, set) in repo::reports_upto(&k, &tx.sql, prev_id)? {
            let how = if set {
                UpdateBehavior::Set
            } else {
                UpdateBehavior::Delta
            };
            held = apply_report(held, value, how).unwrap_or(held);
        }
        let usage = counted(w.as_ref(), prev.at, held);
        let shown = shown_start(&feature, w.as_ref().map(|(e, s)| (e, *s)), prev.at);
        let mut v = view(req, prev.at, (&k, shown), usage, true);
        v.credit = match crate::store::credits::burned_by_record(&tx.sql, prev_id, None)? {
            Some((consumed, currency_id, current_balance)) => {
                Some(crate::ops::credits::UsageCredit {
                    consumed: consumed.normalize(),
                    currency_id,
                    // As the first answer printed it (stored sums keep their scale).
                    current_balance: current_balance.normalize(),
                })
            }
            // A report of a feature priced in credits that burned nothing (it added no usage)
            // answered so, with the pool's balance: it answers so again, the balance now (no
            // entry of its own marks the balance then).
            None => match crate::ops::credits::credit_price(
                &tx.sql,
                &req.customer,
                resource,
                &feature.id,
                prev.at,
            )? {
                Some(price) => Some(credit_now(
                    &tx.sql,
                    &req.customer,
                    resource,
                    Decimal::ZERO,
                    price.currency,
                )?),
                None => None,
            },
        };
        if !covered(w.as_ref(), prev.at) {
            v.warnings.push(uncounted_warning(
                "usage",
                &req.customer,
                &req.feature,
                prev.at,
            ));
        }
        return Ok(v);
    }
    if let Some(r) = resource {
        crate::domain::slug::check_slug(r)
            .map_err(|m| Error::usage(format!("invalid resource id: {m}")))?;
        require_resource(&tx.sql, &req.customer, r)?;
    }
    let (win, later) = winning_and_later(&tx.sql, &req.customer, resource, &feature.id, at)?;
    let k = window_key(
        &req.customer,
        resource,
        &feature,
        win.as_ref().map(|(e, s)| (e, *s)),
        at,
    );
    let before = repo::window(&tx.sql, &k)?.unwrap_or_default();
    let value = apply_report(before.value, req.value, req.behavior)
        .map_err(|m| Error::rejected("UsageMeasurementDiffOutOfRangeError", m))?;
    repo::insert_report(
        tx,
        &Report {
            customer_id: req.customer.clone(),
            resource_id: resource.unwrap_or("").to_string(),
            feature_id: feature.id.clone(),
            at,
            value: req.value,
            behavior: behavior_name(req.behavior),
            dimensions: dims,
            idempotency_key: req.idempotency_key.clone(),
        },
    )?;
    let record = tx.sql.last_insert_rowid();
    // Logged before what the report causes (credits burned, a limit crossed).
    events::append_at(
        tx,
        &NewEvent {
            event_type: EventType::MeasurementReported,
            entity_type: EventEntityType::Measurement,
            entity_id: req.customer.clone(),
            // When the usage happened (`--at`; the envelope's `timestamp` is when it was
            // reported), the window it counts in, its dimensions.
            entity: json!({
                "customerId": req.customer,
                "resourceId": req.resource,
                "featureId": feature.id,
                "value": req.value.to_string(),
                "updateBehavior": behavior_name(req.behavior),
                "usageTimestamp": clock::fmt(&at),
                "currentUsage": counted(win.as_ref(), at, value).to_string(),
                "usagePeriodStart": shown_start(&feature, win.as_ref().map(|(e, s)| (e, *s)), at),
                "usagePeriodEnd": k.end.map(|e| clock::fmt(&e)),
                "dimensions": (!req.dimensions.is_empty()).then_some(&req.dimensions),
                "idempotencyKey": req.idempotency_key,
            }),
        },
        now,
    )?;
    // A feature the plan prices in credits burns them for what the report adds.
    let credit = crate::ops::credits::burn_for_usage(
        tx,
        &req.customer,
        resource,
        &feature.id,
        crate::ops::credits::units_added(before.value, value),
        &req.dimensions,
        at,
        Some(record),
    )?;
    let state = before.state.clone();
    let judge = judged_by(
        &tx.sql,
        &feature,
        &req.customer,
        resource,
        (&win, at),
        tx.now,
    )?;
    store_window(
        tx,
        &k,
        &feature,
        judge.as_ref().map(|(e, _)| e),
        &before,
        value,
        state,
        None,
    )?;
    // A `--set` sets its own window only: carried into a window a later change arranges, it
    // would wipe what the other records there count.
    if req.behavior != UpdateBehavior::Set {
        for carry in carry_windows(&tx.sql, &req.customer, resource, &feature, at, &k, &later)? {
            carry_report(tx, at, &carry, &feature, req.value, req.behavior)?;
        }
    }
    let shown = shown_start(&feature, win.as_ref().map(|(e, s)| (e, *s)), at);
    let mut v = view(
        req,
        at,
        (&k, shown),
        counted(win.as_ref(), at, value),
        false,
    );
    v.credit = credit;
    if !covered(win.as_ref(), at) {
        v.warnings
            .push(uncounted_warning("usage", &req.customer, &req.feature, at));
    }
    Ok(v)
}

/// Stores a window's new value and state, with its over-the-limit flag (see
/// [`signal_exceeded`]).
/// `carried`: the instant of a record carried into the window (one a later change arranges),
/// None for the record's own window (in force at its instant).
#[allow(clippy::too_many_arguments)]
fn store_window(
    tx: &mut Tx<'_>,
    k: &WindowKey,
    feature: &Feature,
    winner: Option<&Entitlement>,
    before: &WindowValue,
    value: Decimal,
    state: crate::domain::usage::Window,
    carried: Option<Instant>,
) -> Result<()> {
    let exceeded = signal_exceeded(tx, k, feature, winner, before, value, carried)?;
    repo::set_window(
        tx,
        k,
        &WindowValue {
            value,
            exceeded,
            state,
        },
    )
}

/// Over the limit: `entitlement.usage_exceeded` is logged once per window (a level that drops
/// back under and crosses again is signalled again). Returns the window's new flag.
fn signal_exceeded(
    tx: &mut Tx<'_>,
    k: &WindowKey,
    feature: &Feature,
    winner: Option<&Entitlement>,
    before: &WindowValue,
    value: Decimal,
    carried: Option<Instant>,
) -> Result<bool> {
    let limit = limit_of(winner);
    let crossed = limit.is_some_and(|l| value > l);
    if crossed && !before.exceeded {
        // A window carried into is judged once it is in force with this usage: at the change
        // that brings it back, not before (see `in_force_between`).
        if let Some(at) = carried
            && !in_force_between(&tx.sql, k, feature, at, tx.event_time())?
        {
            return Ok(false);
        }
        if feature.meter_type == MeterType::Fluctuating || !already_signalled(&tx.sql, k)? {
            let now = tx.event_time();
            events::append_at(tx, &exceeded_event(k, limit, value), now)?;
        }
        return Ok(true);
    }
    Ok(before.exceeded && (crossed || feature.meter_type != MeterType::Fluctuating))
}

pub struct EventRequest {
    pub customer: String,
    pub event_name: String,
    pub resource: Option<String>,
    pub idempotency_key: String,
    pub at: Option<Instant>,
    pub dimensions: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MeteredView {
    pub feature_id: String,
    pub current_usage: Decimal,
    pub usage_period_start: Option<String>,
    pub usage_period_end: Option<String>,
    /// What the event burned, when the customer's plan prices the feature in credits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<crate::ops::credits::UsageCredit>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventView {
    pub customer_id: String,
    pub event_name: String,
    pub resource_id: Option<String>,
    pub idempotency_key: String,
    pub timestamp: String,
    pub dimensions: BTreeMap<String, String>,
    pub duplicate: bool,
    /// The features whose meters matched, with their usage after the event.
    pub features: Vec<MeteredView>,
    /// Why a matching meter took nothing from the event (a missing or non-numeric field).
    pub warnings: Vec<String>,
}

/// The ids an event carries: customer and resource are ids (as everywhere), the event name and
/// idempotency key free text without control characters, at most 256 characters.
pub fn check_event_ids(
    customer: &str,
    resource: Option<&str>,
    name: &str,
    key: &str,
) -> std::result::Result<(), String> {
    crate::domain::slug::check_slug(customer).map_err(|m| format!("customer id: {m}"))?;
    if let Some(r) = resource {
        crate::domain::slug::check_slug(r).map_err(|m| format!("resource id: {m}"))?;
    }
    check_event_text(name, key)
}

/// The event name and idempotency key: free text without control characters, at most 256
/// characters (an import row's ids are checked with its other columns).
pub fn check_event_text(name: &str, key: &str) -> std::result::Result<(), String> {
    check_text("event name", name)?;
    check_text("idempotency key", key)
}

/// Free text as ids take it (an event name, an idempotency key): not blank, no control
/// characters, at most 256 characters.
pub fn check_text(what: &str, v: &str) -> std::result::Result<(), String> {
    if v.trim().is_empty() {
        return Err(format!("the {what} is empty"));
    }
    if v.chars().any(char::is_control) {
        return Err(format!("the {what} holds a control character"));
    }
    if v.chars().count() > 256 {
        return Err(format!("the {what} is longer than 256 characters"));
    }
    Ok(())
}

/// Usage is reported against a resource a subscription has taken: a made-up one would open a
/// fresh quota.
pub fn require_resource(conn: &rusqlite::Connection, customer: &str, r: &str) -> Result<()> {
    if customer_repo::resource_exists(conn, customer, r)? {
        Ok(())
    } else {
        Err(crate::store::missing(
            "resource",
            r,
            Error::not_found(
                "CustomerResourceNotFound",
                format!("customer '{customer}' has no resource '{r}'"),
            ),
        ))
    }
}

/// `event report`: stores a raw event (de-duplicated on customer, resource, event name and
/// key) and folds it into every metered feature whose meter matches. Events of customers not
/// provisioned yet are stored and match nothing until then.
pub fn report_event(tx: &mut Tx<'_>, req: &EventRequest) -> Result<EventView> {
    let now = tx.now;
    let at = req.at.unwrap_or(now);
    if at > now {
        return Err(Error::usage(format!(
            "--at {} is in the future (now is {})",
            clock::fmt(&at),
            clock::fmt(&now)
        )));
    }
    check_event_ids(
        &req.customer,
        req.resource.as_deref(),
        &req.event_name,
        &req.idempotency_key,
    )
    .map_err(Error::usage)?;
    let resource = req.resource.as_deref();
    let dims = (!req.dimensions.is_empty())
        .then(|| serde_json::to_string(&req.dimensions))
        .transpose()?;
    let mut out = EventView {
        customer_id: req.customer.clone(),
        event_name: req.event_name.clone(),
        resource_id: req.resource.clone(),
        idempotency_key: req.idempotency_key.clone(),
        timestamp: clock::fmt(&at),
        dimensions: req.dimensions.clone(),
        duplicate: false,
        features: vec![],
        warnings: vec![],
    };
    if let Some((prev_id, prev)) = repo::raw_event_id_by_key(
        &tx.sql,
        &req.customer,
        resource.unwrap_or(""),
        &req.event_name,
        &req.idempotency_key,
    )? {
        if prev.dimensions != dims || req.at.is_some_and(|a| a != prev.at) {
            return Err(Error::new(
                ErrorKind::Conflict,
                "IdempotencyKeyReused",
                format!(
                    "idempotency key '{}' was used for another '{}' event (at {})",
                    req.idempotency_key,
                    req.event_name,
                    clock::fmt(&prev.at)
                ),
            ));
        }
        out.duplicate = true;
        out.timestamp = clock::fmt(&prev.at);
        out.features = duplicate_features(tx, req, prev_id, prev.at)?;
        return Ok(out);
    }
    repo::insert_raw_event(
        tx,
        &repo::RawEvent {
            customer_id: req.customer.clone(),
            resource_id: resource.unwrap_or("").to_string(),
            event_name: req.event_name.clone(),
            idempotency_key: req.idempotency_key.clone(),
            at,
            dimensions: dims,
        },
    )?;
    let record = tx.sql.last_insert_rowid();
    let Some((_, stamps)) = customer_repo::get(&tx.sql, &req.customer)? else {
        out.warnings.push(format!(
            "customer '{}' does not exist yet: the event is stored and counts once the customer is created",
            req.customer
        ));
        note_orphans(tx)?;
        return Ok(out);
    };
    if stamps.archived_at.is_some() {
        out.warnings.push(format!(
            "customer '{}' is archived: the event is stored and counts nowhere",
            req.customer
        ));
        return Ok(out);
    }
    // Like an event of a customer not provisioned yet, one of a resource no subscription has
    // taken yet is kept and counts nowhere (a made-up resource never opens a fresh quota);
    // `usage recalculate` picks it up once the resource exists.
    if let Some(r) = resource
        && !customer_repo::resource_exists(&tx.sql, &req.customer, r)?
    {
        out.warnings.push(format!(
            "customer '{}' has no resource '{r}' yet: the event is stored and counts nowhere",
            req.customer
        ));
        note_orphans(tx)?;
        return Ok(out);
    }
    let features: Vec<Feature> =
        catalog_repo::load_simple::<Feature>(&tx.sql, EntityKind::Feature)?
            .into_values()
            .map(|(f, _)| f)
            .filter(|f| f.event_meter.is_some())
            .collect();
    let mut g = None;
    for feature in &features {
        let Some(meter) = &feature.event_meter else {
            continue;
        };
        if !crate::domain::usage::matches(meter, &req.event_name, &req.dimensions) {
            continue;
        }
        let c = crate::domain::usage::contribution(meter, &req.dimensions);
        if let crate::domain::usage::Contribution::Nothing(why) = c {
            out.warnings.push(format!("{}: {why}", feature.id));
            continue;
        }
        // Sources at the event's instant, gathered once for every matching meter.
        let gathered = match &mut g {
            Some(x) => x,
            None => g.insert({
                let gathered =
                    crate::ops::entitlements::gather(&tx.sql, at, &req.customer, resource)?;
                let merged = ent::merge(&gathered.sources);
                (gathered, merged)
            }),
        };
        let winner = winner_in(&gathered.0, &gathered.1, &feature.id);
        let k = window_key(
            &req.customer,
            resource,
            feature,
            winner.as_ref().map(|(e, s)| (e, *s)),
            at,
        );
        let before = repo::window(&tx.sql, &k)?.unwrap_or_default();
        let new_distinct = match &c {
            crate::domain::usage::Contribution::Distinct(v) => repo::add_distinct(tx, &k, v)?,
            _ => false,
        };
        let mut state = before.state.clone();
        state
            .add(&c, new_distinct)
            .map_err(|m| Error::rejected("UsageMeasurementDiffOutOfRangeError", m))?;
        let value = state.value(meter.aggregation);
        let judge = judged_by(
            &tx.sql,
            feature,
            &req.customer,
            resource,
            (&winner, at),
            tx.now,
        )?;
        store_window(
            tx,
            &k,
            feature,
            judge.as_ref().map(|(e, _)| e),
            &before,
            value,
            state,
            None,
        )?;
        let later = later_than(&gathered.0.boundaries, at);
        for carry in carry_windows(&tx.sql, &req.customer, resource, feature, at, &k, &later)? {
            carry_event(tx, at, &carry, feature, meter, &c)?;
        }
        let credit = crate::ops::credits::burn_for_usage(
            tx,
            &req.customer,
            resource,
            &feature.id,
            crate::ops::credits::units_added(before.value, value),
            &req.dimensions,
            at,
            Some(-record),
        )?;
        // As for reported usage: an event no entitlement covers is stored and counts for no
        // subscription (0, with a warning), whatever the uncounted records add up to.
        if !covered(winner.as_ref(), at) {
            out.warnings
                .push(uncounted_warning("event", &req.customer, &feature.id, at));
        }
        out.features.push(MeteredView {
            credit,
            feature_id: feature.id.clone(),
            current_usage: counted(winner.as_ref(), at, value),
            usage_period_start: shown_start(feature, winner.as_ref().map(|(e, s)| (e, *s)), at),
            usage_period_end: k.end.map(|e| clock::fmt(&e)),
        });
    }
    Ok(out)
}

/// What a repeated `event report` answers: the features the stored event counts toward, with
/// the usage of the window it fell in as it is now, and the credits it burned there. (Its
/// window right after it would mean folding every event before it: raw events are not kept
/// by customer.) Nothing for an event that counts nowhere (customer not provisioned or
/// archived, resource not taken).
fn duplicate_features(
    tx: &Tx<'_>,
    req: &EventRequest,
    record: i64,
    at: Instant,
) -> Result<Vec<MeteredView>> {
    let resource = req.resource.as_deref();
    let known = customer_repo::get(&tx.sql, &req.customer)?
        .is_some_and(|(_, m)| m.archived_at.is_none())
        && resource.is_none_or(|r| {
            customer_repo::resource_exists(&tx.sql, &req.customer, r).unwrap_or(false)
        });
    if !known {
        return Ok(vec![]);
    }
    let gathered = crate::ops::entitlements::gather(&tx.sql, at, &req.customer, resource)?;
    let merged = ent::merge(&gathered.sources);
    let mut out = Vec::new();
    for (feature, _) in
        catalog_repo::load_simple::<Feature>(&tx.sql, EntityKind::Feature)?.into_values()
    {
        let Some(meter) = &feature.event_meter else {
            continue;
        };
        if !crate::domain::usage::matches(meter, &req.event_name, &req.dimensions)
            || matches!(
                crate::domain::usage::contribution(meter, &req.dimensions),
                crate::domain::usage::Contribution::Nothing(_)
            )
        {
            continue;
        }
        let winner = winner_in(&gathered, &merged, &feature.id);
        let win = winner.as_ref().map(|(e, s)| (e, *s));
        let k = window_key(&req.customer, resource, &feature, win, at);
        let value = repo::window(&tx.sql, &k)?.unwrap_or_default().value;
        // What it burned then, and the pool's balance now (as the usage shown is now's).
        let credit =
            match crate::store::credits::burned_by_record(&tx.sql, -record, Some(&feature.id))? {
                Some((consumed, currency_id, _)) => Some(credit_now(
                    &tx.sql,
                    &req.customer,
                    resource,
                    consumed,
                    currency_id,
                )?),
                None => None,
            };
        out.push(MeteredView {
            credit,
            feature_id: feature.id.clone(),
            current_usage: counted(winner.as_ref(), at, value),
            usage_period_start: shown_start(&feature, win, at),
            usage_period_end: k.end.map(|e| clock::fmt(&e)),
        });
    }
    Ok(out)
}

/// A repeated report's credits: what it burned, with the balance of its pool now (as the first
/// answer printed them: stored sums keep their scale).
fn credit_now(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    consumed: Decimal,
    currency_id: String,
) -> Result<crate::ops::credits::UsageCredit> {
    let key = crate::store::credits::PoolKey {
        customer_id: customer.to_string(),
        currency_id: currency_id.clone(),
        resource_id: resource.unwrap_or("").to_string(),
    };
    Ok(crate::ops::credits::UsageCredit {
        consumed: consumed.normalize(),
        current_balance: crate::store::credits::balance(conn, &key)?.normalize(),
        currency_id,
    })
}

/// `usage show`: the current value of every metered feature the customer has.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageRow {
    pub feature_id: String,
    pub current_usage: Decimal,
    pub usage_limit: Option<Decimal>,
    pub usage_period_start: Option<String>,
    pub usage_period_end: Option<String>,
}

pub fn show(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    resource: Option<&str>,
) -> Result<Vec<UsageRow>> {
    customer_repo::require_meta(conn, customer)?;
    // (A made-up resource would show the customer level's usage as its own.)
    if let Some(r) = resource {
        require_resource(conn, customer, r)?;
    }
    let g = crate::ops::entitlements::gather(conn, now, customer, resource)?;
    let merged = ent::merge(&g.sources);
    let mut out = Vec::new();
    for (fid, eff) in &merged {
        let Some((feature, _)) =
            catalog_repo::get_simple::<Feature>(conn, EntityKind::Feature, fid)?
        else {
            continue;
        };
        if !feature.is_metered() {
            continue;
        }
        let started = g.sources[eff.winner].usage_anchor;
        let k = window_key(
            customer,
            resource,
            &feature,
            Some((&eff.entitlement, started)),
            now,
        );
        out.push(UsageRow {
            feature_id: fid.clone(),
            current_usage: current(conn, &k)?,
            usage_limit: match eff.entitlement.limit {
                Limit::Limited(l) => Some(l),
                _ => None,
            },
            usage_period_start: shown_start(&feature, Some((&eff.entitlement, started)), now),
            usage_period_end: k.end.map(|e| clock::fmt(&e)),
        });
    }
    Ok(out)
}

/// What `usage recalculate` found: windows rebuilt from the stored records, and every one whose
/// value differs from what was stored (none, unless entitlements changed since or events
/// arrived before their customer existed).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recalculated {
    pub reports: usize,
    pub events: usize,
    pub windows: usize,
    pub changed: Vec<ChangedWindow>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangedWindow {
    pub customer_id: String,
    pub resource_id: Option<String>,
    pub feature_id: String,
    pub window_start: String,
    /// None for a window without an end (a level, a cumulative count).
    pub window_end: Option<String>,
    pub before: Option<Decimal>,
    pub after: Option<Decimal>,
}

/// `usage recalculate`: rebuilds the per-window values of one customer (or all) from the
/// append-only records, in the order they were recorded, with the entitlements as they are now.
/// No events are logged again; over-limit flags are recomputed.
pub fn recalculate(tx: &mut Tx<'_>, customer: Option<&str>) -> Result<Recalculated> {
    if let Some(c) = customer {
        customer_repo::require_meta(&tx.sql, c)?;
    }
    let scope = customer.map(|c| std::collections::BTreeSet::from([c.to_string()]));
    Ok(rebuild(tx, scope.as_ref())?.0)
}

/// After a command that changed what some customers are entitled to over time (a plan change,
/// a migration, a subscription starting or ending, a promotion) or imported usage that windows
/// arranged by a later change take (see [`carry_windows`]): their windows are rebuilt from the
/// records, so the current window of new settings counts what was recorded in its span
/// (spec 40). Customers without usage have nothing to rebuild.
pub fn refold_marked(tx: &mut Tx<'_>) -> Result<()> {
    let marked = std::mem::take(&mut *tx.refold.borrow_mut());
    let always = std::mem::take(&mut *tx.refold_always.borrow_mut());
    if marked.is_empty() {
        return Ok(());
    }
    // Customers with usage; and, where raw events were stored before their customer (or
    // resource) existed, every customer whose entitlements changed: theirs may be among them;
    // and those marked to be recounted whatever they hold (an unarchived customer).
    let orphans = meta::get(&tx.sql, meta::ORPHAN_EVENTS)?.is_some();
    if !orphans && always.is_empty() && !repo::any_windows(&tx.sql, None)? {
        return Ok(());
    }
    let mut scope = std::collections::BTreeSet::new();
    for c in marked.keys() {
        if orphans || always.contains(c) || repo::any_windows(&tx.sql, Some(c))? {
            scope.insert(c.clone());
        }
    }
    if scope.is_empty() {
        return Ok(());
    }
    let flagged = |tx: &Tx<'_>| -> Result<std::collections::BTreeSet<WindowId>> {
        let mut out = std::collections::BTreeSet::new();
        for c in &scope {
            for (k, _) in repo::exceeded_windows(&tx.sql, Some(c))? {
                out.insert(window_ident(&k));
            }
        }
        Ok(out)
    };
    let before = flagged(tx)?;
    let (_, limits) = rebuild(tx, Some(&scope))?;
    // A window the recount takes over its limit is signalled, as a report taking it there
    // would be (once per window), stamped with the instant of the change that recounted it: a
    // catch-up step's (the last, when several recounted the customer), else the command's.
    // (Recounted once, when the command ends: a recount reads every raw event, and a catch-up
    // over months may pass thousands of steps.)
    let now = tx.now;
    for c in &scope {
        // An archived customer has no entitlements: nothing to exceed.
        if customer_repo::require_meta(&tx.sql, c).is_ok_and(|m| m.archived_at.is_some()) {
            continue;
        }
        for (k, value) in repo::exceeded_windows(&tx.sql, Some(c))? {
            if before.contains(&window_ident(&k)) {
                continue;
            }
            let level =
                catalog_repo::get_simple::<Feature>(&tx.sql, EntityKind::Feature, &k.feature_id)?
                    .is_some_and(|(f, _)| f.meter_type == MeterType::Fluctuating);
            if !level && already_signalled(&tx.sql, &k)? {
                continue;
            }
            let limit = limits.get(&window_ident(&k)).copied().flatten();
            // As the change that took it over (a migration's, say).
            let (by, when) = marked[c];
            let actor = std::mem::replace(&mut tx.actor, by);
            let written =
                events::append_at(tx, &exceeded_event(&k, limit, value), when.unwrap_or(now));
            tx.actor = actor;
            written?;
        }
    }
    Ok(())
}

/// A window among all: customer, resource, feature, start and end.
type WindowId = (String, String, String, i64, Option<i64>);

fn window_ident(k: &WindowKey) -> WindowId {
    (
        k.customer_id.clone(),
        k.resource_id.clone(),
        k.feature_id.clone(),
        repo::micros(&k.start),
        k.end.as_ref().map(repo::micros),
    )
}

/// Whether `entitlement.usage_exceeded` was already logged for this window (one with an end:
/// levels and cumulative counts are judged by their flag alone). A window's flag can be lost
/// when a recount rearranges windows and the window comes back; the log remembers.
pub fn already_signalled(conn: &rusqlite::Connection, k: &WindowKey) -> Result<bool> {
    let Some(end) = k.end else {
        return Ok(false);
    };
    let key = (
        k.resource_id.clone(),
        k.feature_id.clone(),
        clock::fmt(&k.start),
        clock::fmt(&end),
    );
    Ok(events::exceeded_signalled(conn, &k.customer_id)?.contains(&key))
}

/// `entitlement.usage_exceeded`: a window's usage went past its limit (spec 40, 70).
pub fn exceeded_event(k: &WindowKey, limit: Option<Decimal>, value: Decimal) -> NewEvent {
    NewEvent {
        event_type: EventType::EntitlementUsageExceeded,
        entity_type: EventEntityType::Entitlement,
        entity_id: k.customer_id.clone(),
        entity: json!({
            "customerId": k.customer_id,
            "resourceId": (!k.resource_id.is_empty()).then_some(&k.resource_id),
            "featureId": k.feature_id,
            "usageLimit": limit.map(|l| l.to_string()),
            "currentUsage": value.normalize().to_string(),
            "usagePeriodStart": k.end.map(|_| clock::fmt(&k.start)),
            "usagePeriodEnd": k.end.map(|e| clock::fmt(&e)),
        }),
    }
}

fn limit_of(e: Option<&Entitlement>) -> Option<Decimal> {
    e.and_then(|e| match e.limit {
        Limit::Limited(l) => Some(l),
        _ => None,
    })
}

/// What wins for one (customer, resource) over a span of time in which nothing gathered
/// changes: [from, until).
struct Spell {
    from: Option<Instant>,
    until: Option<Instant>,
    winners: BTreeMap<String, (Entitlement, Instant)>,
    /// Every instant at which what is gathered changes, in order.
    boundaries: Vec<Instant>,
}

/// Spells per (customer, resource), so a rebuild or a history gathers entitlements once per
/// span of time rather than once per record (and once per later change for each).
#[derive(Default)]
struct Spells(BTreeMap<(String, String), Vec<Spell>>);

impl Spells {
    fn at(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        t: Instant,
    ) -> Result<&Spell> {
        let key = (customer.to_string(), resource.unwrap_or("").to_string());
        let covers = |s: &Spell| s.from.is_none_or(|f| f <= t) && s.until.is_none_or(|u| t < u);
        let list = self.0.entry(key).or_default();
        let i = match list.iter().position(covers) {
            Some(i) => i,
            None => {
                let g = crate::ops::entitlements::gather(conn, t, customer, resource)?;
                let winners = ent::merge(&g.sources)
                    .into_iter()
                    .map(|(f, e)| {
                        let anchor = g.sources[e.winner].usage_anchor;
                        (f, (e.entitlement, anchor))
                    })
                    .collect();
                let mut boundaries = g.boundaries;
                boundaries.sort();
                boundaries.dedup();
                list.push(Spell {
                    from: boundaries.iter().rfind(|b| **b <= t).copied(),
                    until: boundaries.iter().find(|b| **b > t).copied(),
                    winners,
                    boundaries,
                });
                list.len() - 1
            }
        };
        Ok(&list[i])
    }

    fn winner(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &str,
        t: Instant,
    ) -> Result<Winner> {
        Ok(self
            .at(conn, customer, resource, t)?
            .winners
            .get(feature)
            .cloned())
    }

    /// What wins at `t`, and the window it arranges there.
    fn window_at(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &Feature,
        t: Instant,
    ) -> Result<(Winner, WindowKey)> {
        let win = self.winner(conn, customer, resource, &feature.id, t)?;
        let k = window_key(
            customer,
            resource,
            feature,
            win.as_ref().map(|(e, s)| (e, *s)),
            t,
        );
        Ok((win, k))
    }

    /// The windows a record at `t` counts in: its own (arranged by what wins at `t`) and those
    /// it is carried into ([`carry_windows`]), each with the entitlement that arranges it.
    fn record_windows(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &Feature,
        t: Instant,
    ) -> Result<Vec<(WindowKey, Option<Entitlement>)>> {
        let spell = self.at(conn, customer, resource, t)?;
        let win = spell.winners.get(&feature.id).cloned();
        let later = later_than(&spell.boundaries, t);
        let own = window_key(
            customer,
            resource,
            feature,
            win.as_ref().map(|(e, s)| (e, *s)),
            t,
        );
        let carried = carry_windows_with(
            |b| self.winner(conn, customer, resource, &feature.id, b),
            customer,
            resource,
            feature,
            t,
            &own,
            &later,
        )?;
        let mut out = vec![(own, win.map(|(e, _)| e))];
        out.extend(carried.into_iter().map(|(k, e)| (k, Some(e))));
        Ok(out)
    }
}

/// Rebuilds the windows of the customers in `scope` (all when None) from their records.
/// Also returns the limit each rebuilt window was judged by.
fn rebuild(
    tx: &mut Tx<'_>,
    scope: Option<&std::collections::BTreeSet<String>>,
) -> Result<(Recalculated, BTreeMap<WindowId, Option<Decimal>>)> {
    let mut limits: BTreeMap<WindowId, Option<Decimal>> = BTreeMap::new();
    let mut spells = Spells::default();
    let customers: Vec<Option<&str>> = match scope {
        None => vec![None],
        Some(set) => set.iter().map(|c| Some(c.as_str())).collect(),
    };
    let in_scope = |c: &str| scope.is_none_or(|set| set.contains(c));
    let mut before = WindowValues::new();
    for c in &customers {
        before.extend(window_values(&tx.sql, *c)?);
        repo::clear_aggregates(tx, *c)?;
    }
    let features: BTreeMap<String, Feature> =
        catalog_repo::load_simple::<Feature>(&tx.sql, EntityKind::Feature)?
            .into_iter()
            .map(|(id, (f, _))| (id, f))
            .collect();
    // Whether a (customer, resource) counts: the customer provisioned and not archived, the
    // resource taken by a subscription. Asked once per pair, not per event.
    let mut counts: BTreeMap<(String, String), bool> = BTreeMap::new();
    let mut known = |tx: &Tx<'_>, c: &str, r: &str| -> Result<bool> {
        if let Some(k) = counts.get(&(c.to_string(), r.to_string())) {
            return Ok(*k);
        }
        let k = customer_repo::get(&tx.sql, c)?.is_some_and(|(_, m)| m.archived_at.is_none())
            && (r.is_empty() || customer_repo::resource_exists(&tx.sql, c, r)?);
        counts.insert((c.to_string(), r.to_string()), k);
        Ok(k)
    };
    // One customer's rows in recorded order (the order of their ids) is what matters; rows of
    // different customers never share a window. One record held at a time.
    let txr: &Tx<'_> = tx;
    // The latest record instant of each window, and whether its last fold left it over its
    // limit: over it, a window counts as exceeded only if it has been in force with that usage
    // by the recount's instant (asked once per window over its limit, after the folds; see
    // `in_force_between`).
    let mut latest: BTreeMap<WindowId, (WindowKey, Instant, bool)> = BTreeMap::new();
    let mut note = |k: &WindowKey, t: Instant, over: bool| {
        let e = latest
            .entry(window_ident(k))
            .or_insert_with(|| (k.clone(), t, over));
        e.1 = e.1.max(t);
        e.2 = over;
    };
    let mut reports = 0usize;
    for c in &customers {
        repo::each_report(&txr.sql, *c, |r| {
            reports += 1;
            let Some(feature) = features.get(&r.feature_id) else {
                return Ok(());
            };
            let resource = Some(r.resource_id.as_str()).filter(|x| !x.is_empty());
            let how = if r.behavior == "SET" {
                UpdateBehavior::Set
            } else {
                UpdateBehavior::Delta
            };
            let mut windows =
                spells.record_windows(&txr.sql, &r.customer_id, resource, feature, r.at)?;
            if how == UpdateBehavior::Set {
                windows.truncate(1);
            }
            for (k, e) in windows {
                let mut w = repo::window(&txr.sql, &k)?.unwrap_or_default();
                // A window arranged differently than when the record was taken may not fit a
                // negative delta any more: it stops at zero rather than failing the rebuild.
                w.value = crate::domain::usage::fold_report(w.value, r.value, how);
                w.exceeded = over(e.as_ref(), w.value);
                note(&k, r.at, w.exceeded);
                repo::set_window(txr, &k, &w)?;
                limits.insert(window_ident(&k), limit_of(e.as_ref()));
            }
            Ok(())
        })?;
    }
    // One pass over the stored events, whatever the scope (they are not indexed by customer:
    // that would slow every import down).
    let only = match customers.as_slice() {
        [one] => *one,
        _ => None,
    };
    let mut counted = 0usize;
    repo::each_event_in_order(&txr.sql, only, |e| {
        if !in_scope(&e.customer_id) {
            return Ok(());
        }
        counted += 1;
        if !known(txr, &e.customer_id, &e.resource_id)? {
            return Ok(());
        }
        let dims: BTreeMap<String, String> = e
            .dimensions
            .as_deref()
            .and_then(|d| serde_json::from_str(d).ok())
            .unwrap_or_default();
        let resource = Some(e.resource_id.as_str()).filter(|x| !x.is_empty());
        for feature in features.values() {
            let Some(meter) = &feature.event_meter else {
                continue;
            };
            if !crate::domain::usage::matches(meter, &e.event_name, &dims) {
                continue;
            }
            let c = crate::domain::usage::contribution(meter, &dims);
            if matches!(c, crate::domain::usage::Contribution::Nothing(_)) {
                continue;
            }
            for (k, win) in
                spells.record_windows(&txr.sql, &e.customer_id, resource, feature, e.at)?
            {
                let mut w = repo::window(&txr.sql, &k)?.unwrap_or_default();
                let new_distinct = match &c {
                    crate::domain::usage::Contribution::Distinct(v) => {
                        repo::add_distinct(txr, &k, v)?
                    }
                    _ => false,
                };
                // Accepted once, an event never fails a rebuild: a sum it would push past the
                // largest decimal (windows merged differently) keeps the value it had.
                let _ = w.state.add(&c, new_distinct);
                w.value = w.state.value(meter.aggregation);
                w.exceeded = over(win.as_ref(), w.value);
                note(&k, e.at, w.exceeded);
                repo::set_window(txr, &k, &w)?;
                limits.insert(window_ident(&k), limit_of(win.as_ref()));
            }
        }
        Ok(())
    })?;
    let until = tx.event_time();
    for (k, t, exceeded) in latest.into_values() {
        let Some(feature) = features.get(&k.feature_id) else {
            continue;
        };
        let level = feature.meter_type == MeterType::Fluctuating;
        // (A window its folds left under its limit stays so: not read again.)
        if !exceeded && !level {
            continue;
        }
        let Some(mut w) = repo::window(&tx.sql, &k)? else {
            continue;
        };
        // A level is the state now: judged by the limit in force now (a promotion that ended
        // lowered it below the level: over it, signalled by the recount the end makes).
        if level {
            let resource = Some(k.resource_id.as_str()).filter(|r| !r.is_empty());
            let win = winning(&tx.sql, &k.customer_id, resource, &feature.id, until)?;
            let over_now = over(win.as_ref().map(|(e, _)| e), w.value);
            limits.insert(window_ident(&k), limit_of(win.as_ref().map(|(e, _)| e)));
            if over_now != w.exceeded {
                w.exceeded = over_now;
                repo::set_window(tx, &k, &w)?;
            }
            continue;
        }
        if w.exceeded && !in_force_between(&tx.sql, &k, feature, t, until)? {
            w.exceeded = false;
            repo::set_window(tx, &k, &w)?;
        }
    }
    let mut after = WindowValues::new();
    for c in &customers {
        after.extend(window_values(&tx.sql, *c)?);
    }
    let mut changed = Vec::new();
    for key in before
        .keys()
        .chain(after.keys())
        .collect::<std::collections::BTreeSet<_>>()
    {
        let (b, a) = (before.get(key).copied(), after.get(key).copied());
        if b != a {
            changed.push(ChangedWindow {
                customer_id: key.0.clone(),
                resource_id: Some(key.1.clone()).filter(|r| !r.is_empty()),
                feature_id: key.2.clone(),
                window_start: repo::from_micros(key.3)
                    .map(|t| clock::fmt(&t))
                    .unwrap_or_default(),
                window_end: key
                    .4
                    .and_then(|e| repo::from_micros(e).ok())
                    .map(|t| clock::fmt(&t)),
                before: b,
                after: a,
            });
        }
    }
    Ok((
        Recalculated {
            reports,
            events: counted,
            windows: after.len(),
            changed,
        },
        limits,
    ))
}

/// Every stored window's value, by (customer, resource, feature, start): what `recalculate`
/// compares before and after.
type WindowValues = BTreeMap<(String, String, String, i64, Option<i64>), Decimal>;

fn window_values(conn: &rusqlite::Connection, customer: Option<&str>) -> Result<WindowValues> {
    Ok(repo::windows(conn, customer)?
        .into_iter()
        .map(|(k, v)| {
            let (start, end) = (repo::micros(&k.start), k.end.as_ref().map(repo::micros));
            ((k.customer_id, k.resource_id, k.feature_id, start, end), v)
        })
        .collect())
}

fn over(winner: Option<&Entitlement>, value: Decimal) -> bool {
    winner.is_some_and(|e| matches!(e.limit, Limit::Limited(l) if value > l))
}

/// A window's identity among one customer's windows of a feature: its start and end.
fn window_id(k: &WindowKey) -> (i64, Option<i64>) {
    (repo::micros(&k.start), k.end.as_ref().map(repo::micros))
}

/// One point of `usage history`: the window's value at the end of a bucket.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPoint {
    pub timestamp: String,
    /// The `--group-by` dimension's value (absent without grouping).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub value: Decimal,
    pub usage_period_start: Option<String>,
    /// A window started inside this bucket (Stigg's `isResetPoint`).
    pub is_reset_point: bool,
    /// Stigg's UsageMarkerType for a reset point.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marker: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Hour,
    Day,
    Month,
}

fn bucket_end(b: Bucket, t: Instant) -> Instant {
    use chrono::{Datelike, TimeZone, Timelike};
    let utc = chrono::Utc;
    let start = match b {
        Bucket::Hour => utc
            .with_ymd_and_hms(t.year(), t.month(), t.day(), t.hour(), 0, 0)
            .single(),
        Bucket::Day => utc
            .with_ymd_and_hms(t.year(), t.month(), t.day(), 0, 0, 0)
            .single(),
        Bucket::Month => utc
            .with_ymd_and_hms(t.year(), t.month(), 1, 0, 0, 0)
            .single(),
    }
    .unwrap_or(t);
    match b {
        Bucket::Hour => start + chrono::Duration::hours(1),
        Bucket::Day => start + chrono::Duration::days(1),
        Bucket::Month => clock::add_months_from_anchor(start, 1).unwrap_or(start),
    }
}

/// One window as `usage history` replays it.
#[derive(Default)]
struct HistoryWindow {
    value: Decimal,
    /// Events: the meter's state and the distinct values seen.
    state: crate::domain::usage::Window,
    distinct: std::collections::BTreeSet<String>,
    /// Reports so far, by their place in the recorded order.
    reports: BTreeMap<usize, (Decimal, UpdateBehavior)>,
}

impl HistoryWindow {
    /// Folds a report in. In recorded order (the usual case) it applies to the value; a report
    /// taken after ones with later timestamps makes the window refold in recorded order.
    /// `share`: the window is one group's share of a window (`--group-by`), which a negative
    /// delta may take below zero — the window's own value never goes there, a group's share of
    /// it may (the shares add up to the window's value).
    fn report(&mut self, seq: usize, v: Decimal, how: UpdateBehavior, share: bool) {
        let fold = |acc: Decimal, v: Decimal, how: UpdateBehavior| match how {
            UpdateBehavior::Delta if share => {
                crate::domain::decimal::exact_add(acc, v).unwrap_or(acc)
            }
            UpdateBehavior::Set if share => v,
            _ => crate::domain::usage::fold_report(acc, v, how),
        };
        let in_order = self
            .reports
            .keys()
            .next_back()
            .is_none_or(|last| *last < seq);
        self.reports.insert(seq, (v, how));
        if in_order {
            self.value = fold(self.value, v, how);
        } else {
            self.value = self
                .reports
                .values()
                .fold(Decimal::ZERO, |acc, (v, how)| fold(acc, *v, *how));
        }
    }
}

/// `usage history`: per bucket in [from, to), the value of the window in force at the bucket's
/// end, replayed from the stored records (reported usage or raw events through the feature's
/// meter), optionally one series per value of a dimension. A history is a report: it reads the
/// records of the period, unlike a check.
#[allow(clippy::too_many_arguments)]
pub fn history(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    feature_id: &str,
    resource: Option<&str>,
    from: Instant,
    to: Instant,
    bucket: Bucket,
    group_by: Option<&str>,
) -> Result<Vec<HistoryPoint>> {
    customer_repo::require_meta(conn, customer)?;
    if let Some(r) = resource {
        require_resource(conn, customer, r)?;
    }
    let (feature, _) =
        catalog_repo::require_simple::<Feature>(conn, EntityKind::Feature, feature_id)?;
    if !feature.is_metered() {
        return Err(Error::rejected(
            "MeteringNotAvailableForFeatureType",
            format!("feature '{feature_id}' is not metered: it has no usage"),
        ));
    }
    if to <= from {
        return Err(Error::usage("--to must be after --from"));
    }
    // Up to and including now: `--to` after now takes the records made at now (no later one
    // is known); a `--to` at or before now is exclusive, as it stays once now has moved on — a
    // history of a past period does not change with the clock. (Without `--to`, the history
    // runs to just after now: it includes what was recorded at now.)
    let to = if to > now {
        now + chrono::Duration::microseconds(1)
    } else {
        to
    };
    // The records: (instant, group, what it does), in recorded order. A report carries its
    // place in that order: a window's value folds its reports in the order they were taken (as
    // the maintained value does), whatever their timestamps.
    enum Step {
        Report(Decimal, UpdateBehavior, usize),
        Event(crate::domain::usage::Contribution),
    }
    let res = resource.unwrap_or("");
    let mut steps: Vec<(Instant, Option<String>, Step)> = Vec::new();
    let group_of = |dims: &Option<String>| -> Option<String> {
        let g = group_by?;
        let m: BTreeMap<String, String> = dims
            .as_deref()
            .and_then(|d| serde_json::from_str(d).ok())
            .unwrap_or_default();
        Some(m.get(g).cloned().unwrap_or_default())
    };
    match &feature.event_meter {
        None => {
            for (seq, r) in repo::reports(conn, Some(customer))?.into_iter().enumerate() {
                if r.feature_id == feature.id && r.resource_id == res && r.at < to {
                    let how = if r.behavior == "SET" {
                        UpdateBehavior::Set
                    } else {
                        UpdateBehavior::Delta
                    };
                    steps.push((
                        r.at,
                        group_of(&r.dimensions),
                        Step::Report(r.value, how, seq),
                    ));
                }
            }
        }
        Some(meter) => {
            for e in repo::events_in_order(conn, Some(customer))? {
                let dims: BTreeMap<String, String> = e
                    .dimensions
                    .as_deref()
                    .and_then(|d| serde_json::from_str(d).ok())
                    .unwrap_or_default();
                if e.resource_id == res
                    && e.at < to
                    && crate::domain::usage::matches(meter, &e.event_name, &dims)
                {
                    let c = crate::domain::usage::contribution(meter, &dims);
                    steps.push((e.at, group_of(&e.dimensions), Step::Event(c)));
                }
            }
        }
    }
    steps.sort_by_key(|(at, _, _)| *at);
    let groups: Vec<Option<String>> = if group_by.is_some() {
        let mut g: Vec<Option<String>> = steps.iter().map(|(_, g, _)| g.clone()).collect();
        g.sort();
        g.dedup();
        g
    } else {
        vec![None]
    };
    let mut out = Vec::new();
    let mut spells = Spells::default();
    for group in groups {
        let mut windows: BTreeMap<(i64, Option<i64>), HistoryWindow> = BTreeMap::new();
        let mut next = 0usize;
        let mut t = from;
        #[allow(clippy::type_complexity)]
        let mut last_window: Option<(
            (i64, Option<i64>),
            Option<(Option<crate::domain::catalog::Reset>, Instant)>,
        )> = None;
        // The window in force just before the range: the first bucket is marked by what it
        // steps from, as it is when the range starts earlier (the same bucket said a reset or
        // not depending on `--from`).
        if let Some(before) = from.checked_sub_signed(chrono::Duration::microseconds(1)) {
            let (win, k) = spells.window_at(conn, customer, resource, &feature, before)?;
            last_window = Some((
                window_id(&k),
                win.as_ref().map(|(e, a)| (e.reset.clone(), *a)),
            ));
        }
        while t < to {
            let end = bucket_end(bucket, t).min(to);
            let point_at = end - chrono::Duration::microseconds(1);
            while next < steps.len() && steps[next].0 < end {
                let (at, g, step) = &steps[next];
                next += 1;
                // A report setting the value (`--set`) sets the whole window, whatever its
                // dimensions: in the other groups' series, what they had given it is gone then
                // (their shares are 0 from that report on), so the series still add up to the
                // window's value.
                let sets_window = matches!(step, Step::Report(_, UpdateBehavior::Set, _));
                if *g != group && !sets_window {
                    continue;
                }
                // Its own window and those a later change arranges (see `carry_windows`).
                let mut counted_in =
                    spells.record_windows(conn, customer, resource, &feature, *at)?;
                if sets_window {
                    counted_in.truncate(1);
                }
                let share = group.is_some();
                for (k, _) in counted_in {
                    let entry = windows.entry(window_id(&k)).or_default();
                    match step {
                        Step::Report(_, how, seq) if *g != group => {
                            entry.report(*seq, Decimal::ZERO, *how, share)
                        }
                        Step::Report(v, how, seq) => entry.report(*seq, *v, *how, share),
                        Step::Event(c) => {
                            let new = match c {
                                crate::domain::usage::Contribution::Distinct(v) => {
                                    entry.distinct.insert(v.clone())
                                }
                                _ => false,
                            };
                            let _ = entry.state.add(c, new);
                            if let Some(m) = &feature.event_meter {
                                entry.value = entry.state.value(m.aggregation);
                            }
                        }
                    }
                }
            }
            let (win, k) = spells.window_at(conn, customer, resource, &feature, point_at)?;
            let value = counted(
                win.as_ref(),
                point_at,
                windows
                    .get(&window_id(&k))
                    .map(|w| w.value)
                    .unwrap_or(Decimal::ZERO),
            );
            // What the window steps from: the winning entitlement's reset and its anchor. A
            // new window on the same basis is the period rolling over (PERIODIC_RESET); on
            // another, a subscription change reset it (SUBSCRIPTION_CHANGE_RESET: a plan
            // change that resets usage or alters the reset settings).
            let basis = win.as_ref().map(|(e, a)| (e.reset.clone(), *a));
            // (From no entitlement — before the customer's first subscription — nothing is
            // reset: counting starts.)
            let moved = last_window
                .as_ref()
                .is_some_and(|(w, b)| b.is_some() && *w != window_id(&k));
            let changed = last_window.as_ref().is_some_and(|(_, b)| *b != basis);
            let marker = if !moved {
                None
            } else if changed {
                Some("SUBSCRIPTION_CHANGE_RESET")
            } else if periodic(&feature, win.as_ref().map(|(e, s)| (e, *s)), point_at) {
                Some("PERIODIC_RESET")
            } else {
                None
            };
            let reset = marker.is_some();
            last_window = Some((window_id(&k), basis));
            out.push(HistoryPoint {
                timestamp: clock::fmt(&t),
                group: group.clone(),
                value: value.normalize(),
                usage_period_start: shown_start(
                    &feature,
                    win.as_ref().map(|(e, s)| (e, *s)),
                    point_at,
                ),
                is_reset_point: reset,
                marker,
            });
            t = end;
        }
    }
    Ok(out)
}
