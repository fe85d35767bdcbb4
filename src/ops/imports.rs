//! Bulk import and export of customers and subscriptions (CSV, `{"customers":[…]}` JSON, JSON
//! lines). Imports are upserts by id, in file order, all-or-nothing unless `--skip-invalid`.
//! A rejected row leaves no trace: rows are checked before they write, and a row that fails
//! after writing makes the whole import run again with a savepoint per row (see [`each_row`]).

use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};

use crate::clock;
use crate::domain::customers::Customer;
use crate::domain::subscriptions::{BillingPeriod, Subscription};
use crate::error::{Error, ErrorKind, Result};
use crate::io::rows::{Rejected, Row, RowFormat, Rows};
use crate::ops::subscriptions::{self as subs, CreateRequest, TrialChoice, UpdateRequest};
use crate::ops::{catchup, customers as customer_ops};
use crate::store::{Tx, customers as customer_repo, events, subscriptions as sub_repo};

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub file: String,
    pub rows: usize,
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rows whose `updatedAt` is older than the stored record's: the newer one wins.
    pub skipped: usize,
    pub rejected: usize,
    pub dry_run: bool,
}

enum Outcome {
    Inserted,
    Updated,
    Unchanged,
    Skipped,
}

/// What a pass over the rows found.
pub enum Pass {
    Done(ImportReport, Rejected),
    /// A row failed after it had written something: without a savepoint that cannot be undone
    /// alone, so the caller rolls the transaction back and runs again with `careful` set.
    Retry,
    /// An id came again with a newer `updatedAt` after an older row of it had been applied: the
    /// caller rolls back and runs again with these ids' newest stamps, so that only the newest
    /// row of each is applied (the older count as skipped) — as when the newer comes first.
    /// (An older row applied first would have left what it did — credits its quantities
    /// granted, its creation time, its events.)
    Reorder(Newest),
}

/// Ids that come more than once with different `updatedAt`s, and the newest of each.
pub type Newest = std::collections::HashMap<Box<str>, clock::Instant, foldhash::fast::RandomState>;

/// How a pass runs: with a savepoint per row (`careful`), and knowing which row of a repeated
/// id is the newest (`newest`, from a pass that found one after an older one).
#[derive(Clone, Copy, Default)]
pub struct PassMode<'a> {
    pub careful: bool,
    pub newest: Option<&'a Newest>,
}

/// Runs `f` for every row; returns the report and the rejected rows. A row that could not be
/// read (its `problem`) is rejected without running `f`.
///
/// Rows check everything they can before they write, so nearly every bad row fails before any
/// write. A savepoint per row would cost a copy of every page a row touches (most of an
/// import's time), so the first pass runs without one and watches the connection's change
/// count instead: a row that fails after writing ends the pass with [`Pass::Retry`], and the
/// caller runs the import again in a fresh transaction with `careful` set — a savepoint per row.
fn each_row(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
    id_column: &str,
    catch_up: bool,
    mode: PassMode<'_>,
    mut f: impl FnMut(&mut Tx<'_>, &Row) -> Result<Outcome>,
) -> Result<Pass> {
    let careful = mode.careful;
    // Set once a newer row of an id follows an older one in a pass that does not know the
    // newest: the rest of the file is only read for its ids' stamps (see `Pass::Reorder`).
    let mut reorder = false;
    let mut report = ImportReport {
        file: file.to_string(),
        rows: rows.len(),
        ..Default::default()
    };
    let mut rejected = Vec::new();
    // The line each id was first met on, and its `updatedAt`: a later row with the same id is
    // rejected unless both rows carry `updatedAt` and they differ (then the newer wins, as
    // against the stored record); otherwise the last one would win, and running the file again
    // would flip the record back and forth.
    // (The `updatedAt`s of further rows are kept only for ids met more than once.)
    type Seen = (u64, Option<clock::Instant>, Vec<clock::Instant>);
    let mut seen: std::collections::HashMap<Box<str>, Seen, foldhash::fast::RandomState> =
        std::collections::HashMap::with_capacity_and_hasher(rows.len(), Default::default());
    std::thread::scope(|scope| {
        let mut ahead = rows.read_ahead(scope);
        while let Some(row) = ahead.next() {
            // The input could not be read again (or changed): a storage-like error, the whole
            // import stops.
            let row = row?;
            if let Some(p) = &row.problem {
                let p = p.clone();
                rejected.push((row, p));
                continue;
            }
            // A bad `updatedAt` is the row's own error, reported when it runs.
            let updated = instant(&row, "updatedAt").ok().flatten();
            if let Some(id) = field(&row, id_column) {
                // (One look-up: most ids are new, and their key is made anyway.)
                match seen.entry(id.into()) {
                    std::collections::hash_map::Entry::Occupied(mut o) => {
                        let (first, was, more) = o.get_mut();
                        match (updated, *was) {
                            (Some(u), Some(w)) if u != w && !more.contains(&u) => {
                                // Newer than a row of the id already applied (or skipped as
                                // older than the stored record: the same run again decides
                                // by the newest alone).
                                if mode.newest.is_none() && (u > w || more.iter().any(|m| u > *m)) {
                                    reorder = true;
                                }
                                more.push(u)
                            }
                            _ => {
                                let why = format!(
                                    "{id_column} '{id}' is also on line {first}: one row per id (or give each row its own updatedAt: the newer one wins)"
                                );
                                rejected.push((row, why));
                                continue;
                            }
                        }
                    }
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert((row.line, updated, Vec::new()));
                    }
                }
                if reorder {
                    ahead.done(row);
                    continue;
                }
                // Not the newest row of an id the file repeats: skipped, as an older row is
                // against the stored record.
                if let Some(n) = mode.newest.and_then(|m| m.get(id))
                    && updated.is_some_and(|u| u != *n)
                {
                    report.skipped += 1;
                    ahead.done(row);
                    continue;
                }
            } else if reorder {
                ahead.done(row);
                continue;
            }
            if careful {
                // Nothing waits to be stored across the savepoint: a rollback to it drops the
                // row's events with the rest of what it wrote.
                events::flush(tx)?;
                tx.sql.prepare_cached("SAVEPOINT import_row")?.execute([])?;
            }
            let before = tx.sql.total_changes();
            let ids = tx.ids.mark();
            let events_at = events::mark(tx);
            // What the row writes is stamped with its own `updatedAt` (when it has one), and so are
            // the events that show it.
            tx.stamp = updated;
            tx.take_due();
            let res = f(tx, &row).and_then(|o| subs::flush_entitlements(tx).map(|()| o));
            tx.stamp = None;
            let res = res.and_then(|o| {
                // What this row made due (a trial end in the past, say) happens before the next row.
                // (A customer row makes nothing due: customers imports skip the look. A row that
                // wrote no step due by now — most rows — has nothing to catch up: the previous
                // catch-up left nothing due.)
                let now = tx.now;
                if catch_up && tx.take_due().is_some_and(|d| d <= now) {
                    catchup::run(tx, now)?;
                }
                Ok(o)
            });
            match res {
                Ok(o) => {
                    if careful {
                        tx.sql.prepare_cached("RELEASE import_row")?.execute([])?;
                    }
                    match o {
                        Outcome::Inserted => report.inserted += 1,
                        Outcome::Updated => report.updated += 1,
                        Outcome::Unchanged => report.unchanged += 1,
                        Outcome::Skipped => report.skipped += 1,
                    }
                    ahead.done(row);
                }
                Err(e)
                    if matches!(
                        e.kind,
                        ErrorKind::Internal
                            | ErrorKind::IoErr
                            | ErrorKind::Busy
                            | ErrorKind::Config
                    ) =>
                {
                    // Storage errors stop the import; the whole transaction rolls back.
                    return Err(e);
                }
                Err(e) => {
                    subs::forget_entitlements(tx);
                    if careful {
                        tx.sql
                            .prepare_cached("ROLLBACK TO import_row")?
                            .execute([])?;
                        tx.sql.prepare_cached("RELEASE import_row")?.execute([])?;
                        tx.ids.reset_to(ids);
                        events::reset(tx, events_at);
                    } else if tx.sql.total_changes() != before || events::mark(tx) != events_at {
                        // (An event waiting to be stored in a batch is a write too.)
                        return Ok(Pass::Retry);
                    }
                    let reason = e.message.lines().next().unwrap_or("").to_string();
                    rejected.push((row, reason));
                }
            }
        }
        if reorder {
            let newest: Newest = seen
                .into_iter()
                .filter(|(_, (_, _, more))| !more.is_empty())
                .filter_map(|(id, (_, first, more))| {
                    Some((id, more.into_iter().chain(first).max()?))
                })
                .collect();
            return Ok(Pass::Reorder(newest));
        }
        report.rejected = rejected.len();
        Ok(Pass::Done(report, rejected))
    })
}

/// All-or-nothing: any rejected row fails the whole import (exit 65) listing every bad row.
pub fn fail_on_rejects(rows: &Rows, file: &str, rejected: &[(Row, String)]) -> Result<()> {
    if rejected.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "{} of {} rows are invalid; nothing was imported",
        rejected.len(),
        rows.len()
    );
    // The first 50 (a file of 100,000 bad rows is not printed whole).
    for (row, reason) in rejected.iter().take(50) {
        msg.push_str(&format!("\n  {file}:{}: {reason}", row.at()));
    }
    if rejected.len() > 50 {
        msg.push_str(&format!("\n  … and {} more", rejected.len() - 50));
    }
    Err(Error::new(ErrorKind::DataErr, "InvalidInput", msg)
        .hint("fix the rows, or import the good ones with --skip-invalid --rejects FILE"))
}

/// A column as the row gives it: absent (leave the field as it is), empty (clear it, where the
/// column allows that) or a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell<'a> {
    Absent,
    Empty,
    Value(&'a str),
}

fn cell<'a>(row: &'a Row, k: &str) -> Cell<'a> {
    match row.fields.get(k) {
        None => Cell::Absent,
        Some(None) => Cell::Empty,
        Some(Some(v)) => Cell::Value(v.as_str()),
    }
}

/// The value of a column, treating an empty cell like an absent one.
fn field<'a>(row: &'a Row, k: &str) -> Option<&'a str> {
    match cell(row, k) {
        Cell::Value(v) => Some(v),
        _ => None,
    }
}

/// Applies a clearable optional column to the field it sets.
fn apply_cell(target: &mut Option<String>, c: Cell<'_>) {
    match c {
        Cell::Absent => {}
        Cell::Empty => *target = None,
        Cell::Value(v) => *target = Some(v.to_string()),
    }
}

fn instant(row: &Row, k: &str) -> Result<Option<clock::Instant>> {
    field(row, k)
        .map(|s| clock::parse_instant(s).map_err(|m| Error::data(format!("{k}: {m}"))))
        .transpose()
}

/// A record's `createdAt`/`updatedAt`: when it was made or last changed in the source, so
/// never later than the import's clock (an update stamped in the future would take effect
/// then: entitlements and credits would lag what is stored until that day).
fn stamp(tx: &Tx<'_>, row: &Row, k: &str) -> Result<Option<clock::Instant>> {
    let t = instant(row, k)?;
    if let Some(t) = t
        && t > tx.now
    {
        return Err(Error::data(format!(
            "{k} {} is later than the import's clock ({}): a record cannot have changed in the future",
            clock::fmt(&t),
            clock::fmt(&tx.now)
        ))
        .hint("fix the source's clock, or import with --now set to a later time"));
    }
    Ok(t)
}

const CUSTOMER_FIELDS: &[&str] = &[
    "customerId",
    "name",
    "email",
    "billingId",
    "couponId",
    "createdAt",
    "updatedAt",
    "couponAppliedAt",
];

/// A row's `updatedAt` against the stored record's: an older row is skipped (the newer one
/// wins); a row without one always applies.
fn is_older(row_updated: Option<clock::Instant>, stored: clock::Instant) -> bool {
    row_updated.is_some_and(|u| u < stored)
}

/// Every field is a known column, `metadata.<key>`, or (JSON `"metadata": null`) `metadata`.
/// `reason` — the column a rejects file adds — is ignored, so a fixed rejects file re-imports
/// as it is.
fn check_columns(row: &Row, known: &[&str]) -> Result<()> {
    for k in row.fields.keys() {
        if known.contains(&k) || k == "metadata" || k == "reason" {
            continue;
        }
        match k.strip_prefix("metadata.") {
            Some("") => return Err(Error::data("a metadata key is empty")),
            Some(_) => {}
            None => {
                let what = match row.raw {
                    crate::io::rows::RawRow::Json(..) => "field",
                    _ => "column",
                };
                return Err(Error::data(format!("unknown {what} '{k}'")));
            }
        }
    }
    Ok(())
}

/// The row's metadata columns applied to `old`: `"metadata": null` clears every key first,
/// an empty `metadata.<key>` removes that key, a value sets it, absent keys stay.
fn merged_metadata(row: &Row, old: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut m = if cell(row, "metadata") == Cell::Empty {
        BTreeMap::new()
    } else {
        old.clone()
    };
    for (k, v) in row.fields.iter() {
        if let Some(key) = k.strip_prefix("metadata.") {
            match v {
                Some(v) => m.insert(key.to_string(), v.clone()),
                None => m.remove(key),
            };
        }
    }
    m
}

/// The customer a row describes: the stored one (if any) with the row's columns applied.
/// The customer a row describes (over `old`, the stored one); `applied`: the row's
/// `couponAppliedAt`, read once by the caller.
fn customer_of(
    row: &Row,
    old: Option<&Customer>,
    applied: Option<clock::Instant>,
) -> Result<Customer> {
    check_columns(row, CUSTOMER_FIELDS)?;
    let id = field(row, "customerId").ok_or_else(|| Error::data("customerId is required"))?;
    let mut c = old.cloned().unwrap_or_else(|| Customer {
        customer_id: id.to_string(),
        ..Default::default()
    });
    apply_cell(&mut c.name, cell(row, "name"));
    apply_cell(&mut c.email, cell(row, "email"));
    apply_cell(&mut c.billing_id, cell(row, "billingId"));
    apply_cell(&mut c.coupon_id, cell(row, "couponId"));
    if let Some(t) = applied {
        c.coupon_applied_at = Some(t);
    }
    if c.coupon_id.is_none() {
        c.coupon_applied_at = None;
    }
    c.metadata = merged_metadata(row, &c.metadata);
    Ok(c)
}

pub fn import_customers(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
    mode: PassMode<'_>,
) -> Result<Pass> {
    each_row(tx, rows, file, "customerId", false, mode, |tx, row| {
        let id = field(row, "customerId").ok_or_else(|| Error::data("customerId is required"))?;
        let created_at = stamp(tx, row, "createdAt")?;
        let updated_at = stamp(tx, row, "updatedAt")?;
        // (When the coupon was applied must fall in the record's life: from its creation —
        // the row's `createdAt`, the stored one, or the instant a new record gets — to its last
        // change.)
        let applied = instant(row, "couponAppliedAt")?;
        let now = tx.now;
        let check_applied = |created: clock::Instant| -> Result<()> {
            let ceiling = updated_at.unwrap_or(now).min(now);
            match applied {
                Some(a) if a < created || a > ceiling => Err(Error::data(format!(
                    "couponAppliedAt {} is outside the record's life ({} .. {})",
                    clock::fmt(&a),
                    clock::fmt(&created),
                    clock::fmt(&ceiling)
                ))),
                _ => Ok(()),
            }
        };
        let new_created = created_at.unwrap_or(tx.now.min(updated_at.unwrap_or(tx.now)));
        if let (Some(c), Some(u)) = (created_at, updated_at)
            && u < c
        {
            return Err(Error::data(format!(
                "updatedAt {} is before createdAt {}: a record is changed after it is created",
                clock::fmt(&u),
                clock::fmt(&c)
            )));
        }
        // Most rows of an import are new customers: a row that is valid as one (and names no
        // coupon, which is checked otherwise on an update) is stored at once, and looked up
        // only when its id turns out to be taken. (Invalid as a new customer, it may still be
        // a valid update of the stored one.)
        if let Ok(c) = customer_of(row, None, applied)
            && c.coupon_id.is_none()
            && applied.is_none()
            && customer_ops::validate(&c).is_ok()
            && customer_ops::import_new(tx, &c, created_at)?
        {
            return Ok(Outcome::Inserted);
        }
        match customer_repo::get(&tx.sql, id)? {
            None => {
                let c = customer_of(row, None, applied)?;
                check_applied(new_created)?;
                if !customer_ops::import_new(tx, &c, created_at)? {
                    return Err(Error::internal(format!(
                        "customer '{id}' was not found, then its id was taken"
                    )));
                }
                Ok(Outcome::Inserted)
            }
            Some((old, meta)) => {
                if is_older(updated_at, clock::from_store(&meta.updated_at)?) {
                    return Ok(Outcome::Skipped);
                }
                check_applied(clock::from_store(&meta.created_at)?)?;
                let c = customer_of(row, Some(&old), applied)?;
                if c == old {
                    // Nothing else to change, but a newer `updatedAt` is kept (an older row
                    // read later must still lose to it): a change, logged as one.
                    if let Some(u) = updated_at
                        && u > clock::from_store(&meta.updated_at)?
                    {
                        customer_ops::restamp(tx, id, u)?;
                        return Ok(Outcome::Updated);
                    }
                    return Ok(Outcome::Unchanged);
                }
                if let Some(coupon) = &c.coupon_id
                    && old.coupon_id.as_ref() != Some(coupon)
                {
                    // (Recorded as it is elsewhere: an archived coupon is no refusal.)
                    customer_ops::coupon_exists(tx, coupon)?;
                }
                customer_ops::update_recorded(tx, &c, applied)?;
                if let Some(u) = updated_at {
                    customer_repo::set_updated_at(tx, id, u)?;
                }
                Ok(Outcome::Updated)
            }
        }
    })
}

/// `addons` / `quantities` cells: `id:n;id:n`. Ids may contain `:` themselves (the slug
/// charset allows it), so each pair splits at its last `:`; an id named twice is an error.
fn parse_pairs(k: &str, s: Option<&str>) -> Result<Vec<(String, u32)>> {
    crate::domain::subscriptions::parse_pair_list(s.unwrap_or(""))
        .map_err(|m| Error::data(format!("{k}: {m}")))
}

const SUB_FIELDS: &[&str] = &[
    "subscriptionId",
    "customerId",
    "planId",
    "billingPeriod",
    "startDate",
    "endDate",
    "resourceId",
    "addons",
    "quantities",
    "couponId",
    "trialEndDate",
    "updatedAt",
    "country",
    "cancellationDate",
    "entitlementsRevoked",
    "billingCycleAnchor",
    "couponAppliedAt",
    "usageAnchor",
];

/// Keeps the source's `updatedAt` on an imported subscription.
/// A row that changes nothing of subscription `id` but its `updatedAt`: a newer stamp is kept
/// and logged (an update); an equal one leaves it unchanged.
fn restamped(
    tx: &mut Tx<'_>,
    id: &str,
    updated_at: Option<clock::Instant>,
    stored: clock::Instant,
) -> Result<Outcome> {
    match updated_at {
        Some(u) if u > stored => {
            subs::restamp(tx, id, u)?;
            Ok(Outcome::Updated)
        }
        _ => Ok(Outcome::Unchanged),
    }
}

fn stamp_updated(tx: &mut Tx<'_>, id: &str, at: Option<clock::Instant>) -> Result<()> {
    if let Some(u) = at {
        let mut s = sub_repo::require(&tx.sql, id)?;
        s.updated_at = u;
        sub_repo::save(tx, &mut s)?;
    }
    Ok(())
}

fn period_of(row: &Row) -> Result<Option<BillingPeriod>> {
    match field(row, "billingPeriod") {
        None => Ok(None),
        Some(p) => BillingPeriod::from_kebab(&p.to_ascii_lowercase())
            .map(Some)
            .ok_or_else(|| Error::data(format!("billingPeriod '{p}' is not MONTHLY or ANNUALLY"))),
    }
}

/// A new subscription from a row: every column it needs must be there.
fn request_of(
    row: &Row,
    id: &str,
    (end, scheduled_cancellation): (Option<clock::Instant>, bool),
) -> Result<CreateRequest> {
    let req_field = |k: &str| {
        field(row, k)
            .map(str::to_string)
            .ok_or_else(|| Error::data(format!("{k} is required")))
    };
    let trial_end = instant(row, "trialEndDate")?;
    let country = field(row, "country").map(str::to_string);
    if let Some(c) = &country {
        crate::domain::money::check_country(c).map_err(Error::data)?;
    }
    Ok(CreateRequest {
        customer_id: req_field("customerId")?,
        plan_id: req_field("planId")?,
        subscription_id: Some(id.to_string()),
        resource_id: field(row, "resourceId").map(str::to_string),
        billing_period: period_of(row)?,
        addons: parse_pairs("addons", field(row, "addons"))?,
        quantities: parse_pairs("quantities", field(row, "quantities"))?,
        start: instant(row, "startDate")?,
        end,
        trial: if trial_end.is_some() {
            TrialChoice::Force
        } else {
            TrialChoice::Skip
        },
        trial_end,
        coupon: field(row, "couponId").map(str::to_string),
        country,
        schedule: None,
        metadata: merged_metadata(row, &BTreeMap::new()),
        import: true,
        scheduled_cancellation,
        recorded: recorded_of(row)?,
    })
}

/// What the row records that no request derives (see `subs::Recorded`).
fn recorded_of(row: &Row) -> Result<subs::Recorded> {
    Ok(subs::Recorded {
        billing_cycle_anchor: instant(row, "billingCycleAnchor")?,
        coupon_applied_at: instant(row, "couponAppliedAt")?,
        usage_anchor: instant(row, "usageAnchor")?,
    })
}

/// What a row records must be possible for the subscription it describes. Billing steps from
/// where it began — its start, or its trial's end — and, once that has come, from an instant
/// reached since (a billing-period change moves it): not started yet, or in a trial, it is
/// exactly there. A coupon is applied from the start on, by now once started (not started yet:
/// at its start, as one given with it is).
fn check_recorded(
    r: &subs::Recorded,
    start: clock::Instant,
    trial_end: Option<clock::Instant>,
    now: clock::Instant,
    billed: bool,
) -> Result<()> {
    let bad = |m: String| Err(Error::data(m));
    let began = trial_end.unwrap_or(start);
    if let Some(a) = r.billing_cycle_anchor {
        if began > now && a != began {
            return bad(format!(
                "billingCycleAnchor {} is not {} (the {}): billing steps from there until then",
                clock::fmt(&a),
                clock::fmt(&began),
                if trial_end.is_some() {
                    "trial's end"
                } else {
                    "start"
                }
            ));
        }
        // Before the start is a cycle kept from the subscription it replaced (a change between
        // paid plans of one billing period keeps the billing cycle): it bills on those dates.
        // After a trial, billing steps from its end on; one without a billing period (free,
        // custom) has no cycle to keep.
        if began <= now && (a > now || (a < began && (trial_end.is_some() || !billed))) {
            return bad(format!(
                "billingCycleAnchor {} is outside {} .. {} (from the {} to now)",
                clock::fmt(&a),
                clock::fmt(&began),
                clock::fmt(&now),
                if trial_end.is_some() {
                    "trial's end"
                } else {
                    "start"
                }
            ));
        }
    }
    // Usage windows step from the start, from an earlier subscription's anchor a plan change
    // kept, or from the instant a change reset them (`usageResetOnChange`) since the start:
    // never from later than now (nor, not started yet, than the start).
    let latest = start.max(now);
    if let Some(u) = r.usage_anchor
        && u > latest
    {
        return bad(format!(
            "usageAnchor {} is after {} ({}): usage windows step from the start, an earlier subscription's anchor that a plan change kept, or the instant a change reset them",
            clock::fmt(&u),
            clock::fmt(&latest),
            if start > now { "the start" } else { "now" }
        ));
    }
    // A coupon is applied at the start, by an update since, or before the start: a plan change
    // keeps the coupon of the subscription it replaces, counted from when that was applied.
    if let Some(c) = r.coupon_applied_at {
        let latest = start.max(now);
        if start > now && c > start {
            return bad(format!(
                "couponAppliedAt {} is after the start {}: a subscription not started yet has its coupon from its start (or from before it, kept by a plan change)",
                clock::fmt(&c),
                clock::fmt(&start)
            ));
        }
        if c > latest {
            return bad(format!(
                "couponAppliedAt {} is after now ({})",
                clock::fmt(&c),
                clock::fmt(&now)
            ));
        }
    }
    Ok(())
}

/// A row's end and whether it is a scheduled cancellation (`cancellationDate`, which an export
/// writes for a live subscription with one) rather than a fixed term (`endDate` alone), and
/// the fixed term a scheduled cancellation replaced (`endDate` after `cancellationDate`: an
/// export writes both, so that `subscription uncancel` after a move brings the term back).
fn end_of(row: &Row) -> Result<Ends> {
    let (end, cancel) = (instant(row, "endDate")?, instant(row, "cancellationDate")?);
    match (end, cancel) {
        (Some(e), Some(c)) if c > e => Err(Error::data(format!(
            "cancellationDate {} is after endDate {}: a fixed term ends the subscription then, and a cancellation after it would extend it (give one, both equal, or the cancellation before the term)",
            clock::fmt(&c),
            clock::fmt(&e)
        ))),
        (Some(e), Some(c)) if c < e => Ok(Ends {
            end: Some(c),
            scheduled: true,
            term: Some(e),
        }),
        (e, Some(c)) => Ok(Ends {
            end: e.or(Some(c)),
            scheduled: true,
            term: None,
        }),
        (e, None) => Ok(Ends {
            end: e,
            scheduled: false,
            term: None,
        }),
    }
}

/// What a row says of a subscription's end (see [`end_of`]).
#[derive(Debug, Clone, Copy)]
struct Ends {
    end: Option<clock::Instant>,
    /// `end` is a scheduled cancellation.
    scheduled: bool,
    /// The fixed term the scheduled cancellation replaced.
    term: Option<clock::Instant>,
}

/// `entitlementsRevoked` (true/false; an empty cell is false — what an export writes for a
/// subscription not revoked, so a move lifts a revocation lifted at the source — and an absent
/// column leaves it as it is), which needs a scheduled cancellation: access cut until the end
/// (`subscription cancel --revoke-entitlements`).
fn revoked_of(row: &Row) -> Result<Option<bool>> {
    let v = match cell(row, "entitlementsRevoked") {
        Cell::Absent => return Ok(None),
        Cell::Empty => return Ok(Some(false)),
        Cell::Value(v) => v,
    };
    let b = match v.to_ascii_lowercase().as_str() {
        "true" => true,
        "false" => false,
        _ => {
            return Err(Error::data(format!(
                "entitlementsRevoked '{v}' is not true or false"
            )));
        }
    };
    Ok(Some(b))
}

/// A revocation needs a scheduled cancellation: access is cut until it ends the subscription.
fn revoke_needs_cancellation(revoke: Option<bool>, scheduled: bool) -> Result<()> {
    if revoke == Some(true) && !scheduled {
        return Err(Error::data(
            "entitlementsRevoked needs a cancellationDate: access is revoked until a scheduled cancellation ends the subscription",
        ));
    }
    Ok(())
}

/// Import errors are data errors of the row (exit 65 when all-or-nothing).
fn as_row_error(e: Error) -> Error {
    match e.kind {
        ErrorKind::Internal | ErrorKind::IoErr | ErrorKind::Busy | ErrorKind::Config => e,
        _ => Error {
            kind: ErrorKind::DataErr,
            ..e
        },
    }
}

/// The columns that name what a subscription is (customer, plan, resource, start) must match
/// the stored subscription when they are given; an absent one is not compared.
fn check_identity(row: &Row, old: &Subscription) -> Result<()> {
    let id = &old.subscription_id;
    let differs = |k: &str, stored: Option<&str>| match cell(row, k) {
        Cell::Absent => false,
        Cell::Empty => stored.is_some() && (k == "resourceId" || k == "country"),
        Cell::Value(v) => stored != Some(v),
    };
    let start = instant(row, "startDate")?;
    let shown = |v: Option<&str>| {
        v.map_or("none".to_string(), |v| {
            format!("'{}'", crate::output::escape::visible(v))
        })
    };
    let stored_start = clock::fmt(&old.start_date);
    let fields = [
        ("customerId", Some(old.customer_id.as_str())),
        ("planId", Some(old.plan_id.as_str())),
        ("resourceId", old.resource_id.as_deref()),
        ("country", old.country.as_deref()),
    ];
    let wrong = fields
        .into_iter()
        .find(|(k, stored)| differs(k, *stored))
        .map(|(k, stored)| (k, shown(stored)))
        .or_else(|| {
            start
                .is_some_and(|s| s != old.start_date)
                .then(|| ("startDate", stored_start.clone()))
        });
    if let Some((k, stored)) = wrong {
        return Err(Error::data(format!(
            "{k}: subscription '{id}' exists with {k} {stored}; an existing subscription's customer, plan, resource, country and start are not changed by an import (change plans with `subscription create`)"
        )));
    }
    Ok(())
}

/// The change a row makes to a stored subscription: only the columns it has.
fn update_of(row: &Row, old: &Subscription) -> Result<UpdateRequest> {
    let mut upd = UpdateRequest {
        import: true,
        ..Default::default()
    };
    let old_addons: BTreeMap<&str, u32> = old
        .addons
        .iter()
        .map(|a| (a.addon_id.as_str(), a.quantity))
        .collect();
    if cell(row, "addons") != Cell::Absent {
        let wanted = parse_pairs("addons", field(row, "addons"))?;
        upd.remove_addons = old_addons
            .keys()
            .filter(|a| !wanted.iter().any(|(x, _)| x == *a))
            .map(|a| a.to_string())
            .collect();
        upd.addons = wanted
            .into_iter()
            .filter(|(a, q)| old_addons.get(a.as_str()) != Some(q))
            .collect();
    }
    if cell(row, "quantities") != Cell::Absent {
        let wanted = parse_pairs("quantities", field(row, "quantities"))?;
        upd.remove_quantities = old
            .quantities
            .iter()
            .filter(|q| !wanted.iter().any(|(x, _)| *x == q.feature_id))
            .map(|q| q.feature_id.clone())
            .collect();
        upd.quantities = wanted
            .into_iter()
            .filter(|(f, n)| {
                !old.quantities
                    .iter()
                    .any(|q| &q.feature_id == f && q.quantity == *n)
            })
            .collect();
    }
    match cell(row, "couponId") {
        Cell::Absent => {}
        Cell::Empty => upd.remove_coupon = old.coupon_id.is_some(),
        Cell::Value(c) => {
            if old.coupon_id.as_deref() != Some(c) {
                upd.coupon = Some(c.to_string());
            }
        }
    }
    if let Some(p) = period_of(row)?
        && old.billing_period != Some(p)
    {
        upd.billing_period = Some(p);
    }
    if let Some(te) = instant(row, "trialEndDate")?
        && old.trial_end_date != Some(te)
    {
        upd.trial_end = Some(te);
    }
    let metadata = merged_metadata(row, &old.metadata);
    if metadata != old.metadata {
        upd.metadata = Some(metadata);
    }
    upd.recorded = recorded_of(row)?;
    Ok(upd)
}

fn is_noop(u: &UpdateRequest) -> bool {
    u.addons.is_empty()
        && u.remove_addons.is_empty()
        && u.quantities.is_empty()
        && u.remove_quantities.is_empty()
        && u.coupon.is_none()
        && !u.remove_coupon
        && u.billing_period.is_none()
        && u.trial_end.is_none()
        && u.metadata.is_none()
}

pub fn import_subscriptions(
    tx: &mut Tx<'_>,
    rows: &Rows,
    file: &str,
    mode: PassMode<'_>,
) -> Result<Pass> {
    each_row(tx, rows, file, "subscriptionId", true, mode, |tx, row| {
        check_columns(row, SUB_FIELDS)?;
        let id = field(row, "subscriptionId")
            .ok_or_else(|| Error::data("subscriptionId is required"))?
            .to_string();
        let updated_at = stamp(tx, row, "updatedAt")?;
        let Ends {
            end,
            scheduled,
            term,
        } = end_of(row)?;
        let revoke = revoked_of(row)?;
        // `endDate` without `cancellationDate`: a fixed term (on a stored subscription too).
        let row_term = end.filter(|_| !scheduled);
        let Some(old) = sub_repo::get(&tx.sql, &id)? else {
            revoke_needs_cancellation(revoke, scheduled)?;
            // A cancellation still to come that replaced a fixed term: the subscription
            // is made with its term, and the cancellation scheduled on it (the term is
            // kept aside, as `subscription cancel` keeps it). One already past ended it.
            let (end_made, scheduled_made, then_cancel) = match (term, end) {
                (Some(t), Some(c)) if c > tx.now => (Some(t), false, Some(c)),
                _ => (end, scheduled, None),
            };
            let req = request_of(row, &id, (end_made, scheduled_made))?;
            check_recorded(
                &req.recorded,
                req.start.unwrap_or(tx.now),
                req.trial_end,
                tx.now,
                req.billing_period.is_some(),
            )?;
            // (A cancellation of a subscription not started yet ends it at once: none is
            // scheduled, nor revoked, on one.)
            if revoke == Some(true) && req.start.is_some_and(|s| s > tx.now) {
                return Err(Error::data(
                    "entitlementsRevoked on a subscription that has not started: only a live subscription's access is revoked until its scheduled cancellation",
                ));
            }
            subs::create(tx, &req).map_err(as_row_error)?;
            // Access revoked until the scheduled end (history is not revoked again).
            let revoked = end.filter(|e| revoke == Some(true) && *e > tx.now);
            if let Some(e) = then_cancel.or(revoked) {
                subs::cancel(
                    tx,
                    &id,
                    Some(subs::CancelAt::At(e)),
                    revoke == Some(true),
                    None,
                )
                .map_err(as_row_error)?;
            }
            stamp_updated(tx, &id, updated_at)?;
            return Ok(Outcome::Inserted);
        };
        if is_older(updated_at, old.updated_at) {
            return Ok(Outcome::Skipped);
        }
        check_identity(row, &old)?;
        let upd = update_of(row, &old)?;
        check_recorded(
            &upd.recorded,
            old.start_date,
            // (The row's, when it changes it: `update_of` read it.)
            upd.trial_end.or(old.trial_end_date),
            tx.now,
            upd.billing_period.or(old.billing_period).is_some(),
        )?;
        // (What the row records and the subscription does not: an update too.)
        let recorded_differs = upd.recorded.differs(&old);
        // A revocation changed on a scheduled cancellation the row does not restate is
        // changed on the one the subscription has.
        let revoke_changes = revoke.is_some_and(|r| r != old.entitlements_revoked);
        let scheduled_end = old.scheduled_cancellation();
        revoke_needs_cancellation(revoke, scheduled || scheduled_end.is_some())?;
        // (A term the subscription already has — as its end, or kept aside behind a
        // cancellation that comes first — is no change.)
        let end = end
            .or(scheduled_end.filter(|_| revoke_changes))
            .filter(|e| {
                let held = old.end_date == Some(*e)
                    || row_term == Some(*e) && old.fixed_term() == Some(*e);
                !held || revoke_changes
            });
        if is_noop(&upd) && !recorded_differs && end.is_none() {
            // A newer `updatedAt` is kept even when nothing else changes (see customers).
            return restamped(tx, &id, updated_at, old.updated_at);
        }
        if !is_noop(&upd) || recorded_differs {
            let (after, when) = subs::update(tx, &id, &upd).map_err(as_row_error)?;
            // What the update found to change nothing (a quantity restated as the price
            // counts it when none is bought) is no update either.
            if after == old && when.is_none() && end.is_none() {
                return restamped(tx, &id, updated_at, old.updated_at);
            }
        }
        if let Some(e) = end {
            if row_term == Some(e) {
                let s = subs::set_term(tx, &id, e).map_err(as_row_error)?;
                // A revocation the row changes, on the cancellation that stays the end.
                if revoke_changes && let Some(c) = s.scheduled_cancellation() {
                    let revoke = revoke.unwrap_or(false);
                    subs::cancel(tx, &id, Some(subs::CancelAt::At(c)), revoke, None)
                        .map_err(as_row_error)?;
                }
            } else {
                let revoke = revoke.unwrap_or(false);
                subs::cancel(tx, &id, Some(subs::CancelAt::At(e)), revoke, None)
                    .map_err(as_row_error)?;
            }
        }
        stamp_updated(tx, &id, updated_at)?;
        Ok(Outcome::Updated)
    })
}

// ---- export ----------------------------------------------------------------------------------

pub fn export_customers(
    conn: &rusqlite::Connection,
    format: RowFormat,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    // When the coupon was applied (its duration counts from then; not derivable).
    let applied = |c: &Customer| {
        c.coupon_applied_at
            .filter(|_| c.coupon_id.is_some())
            .map(|t| clock::fmt(&t))
    };
    let stamp = |s: &str| {
        clock::from_store(s)
            .map(|t| clock::fmt(&t))
            .unwrap_or_default()
    };
    if format != RowFormat::Csv {
        let mut w = crate::io::rows::RowWriter::json(out, format, "customers")?;
        customer_repo::each(conn, false, |c, m| {
            let mut o = Map::new();
            o.insert("customerId".into(), json!(c.customer_id));
            o.insert("name".into(), json!(c.name));
            o.insert("email".into(), json!(c.email));
            o.insert("billingId".into(), json!(c.billing_id));
            o.insert("couponId".into(), json!(c.coupon_id));
            o.insert("createdAt".into(), json!(stamp(&m.created_at)));
            o.insert("updatedAt".into(), json!(stamp(&m.updated_at)));
            o.insert("couponAppliedAt".into(), json!(applied(&c)));
            o.insert("metadata".into(), json!(c.metadata));
            w.item(o)
        })?;
        return w.end();
    }
    // The metadata columns are every key some customer has: a first pass finds them.
    let mut keys: BTreeSet<String> = BTreeSet::new();
    customer_repo::each(conn, false, |c, _| {
        keys.extend(c.metadata.into_keys());
        Ok(())
    })?;
    let mut header: Vec<String> = CUSTOMER_FIELDS.iter().map(|s| s.to_string()).collect();
    header.extend(keys.iter().map(|k| format!("metadata.{k}")));
    let mut w = crate::io::rows::RowWriter::csv(out, &header)?;
    customer_repo::each(conn, false, |c, m| {
        let coupon_applied = applied(&c).unwrap_or_default();
        let mut r = vec![
            c.customer_id,
            c.name.unwrap_or_default(),
            c.email.unwrap_or_default(),
            c.billing_id.unwrap_or_default(),
            c.coupon_id.unwrap_or_default(),
            stamp(&m.created_at),
            stamp(&m.updated_at),
            coupon_applied,
        ];
        r.extend(
            keys.iter()
                .map(|k| c.metadata.get(k).cloned().unwrap_or_default()),
        );
        w.record(&r)
    })?;
    w.end()
}

/// The subscriptions `f` selects, customer by customer, each customer's newest first (latest
/// start, then latest made): a successor waiting to start comes before the subscription it
/// takes over from, as an import wants consecutive subscriptions — into an environment whose
/// clock is past the hand-over, the older one's end, in the past, would otherwise hand its
/// customer to the free plan before the successor's row is read. (One customer's are held.)
fn newest_first(
    conn: &rusqlite::Connection,
    f: &sub_repo::Filter,
    mut g: impl FnMut(Subscription) -> Result<()>,
) -> Result<()> {
    let mut held: Vec<Subscription> = Vec::new();
    let mut flush = |held: &mut Vec<Subscription>| -> Result<()> {
        held.sort_by(|a, b| {
            (b.start_date, b.created_at, &b.subscription_id).cmp(&(
                a.start_date,
                a.created_at,
                &a.subscription_id,
            ))
        });
        held.drain(..).try_for_each(&mut g)
    };
    sub_repo::each(conn, f, |s| {
        if held.first().is_some_and(|h| h.customer_id != s.customer_id) {
            flush(&mut held)?;
        }
        held.push(s);
        Ok(())
    })?;
    flush(&mut held)
}

/// Live and not-yet-started subscriptions: the current state, which re-imports as is, written
/// one at a time to `out`. The changes scheduled on them are not part of it: the value
/// returned warns of those (how many subscriptions, the first named), so an export never drops
/// them silently.
pub fn export_subscriptions(
    conn: &rusqlite::Connection,
    format: RowFormat,
    out: &mut dyn std::io::Write,
) -> Result<Vec<String>> {
    let all = sub_repo::Filter::default();
    let mut pending: (usize, Option<String>) = (0, None);
    // Subscriptions on a plan or add-on version older than the published one (grandfathered):
    // `catalog export` carries published versions only.
    let mut older: (usize, Option<String>) = (0, None);
    let mut published: BTreeMap<String, Option<u32>> = BTreeMap::new();
    let mut is_older = |id: &str, version: u32| -> Result<bool> {
        if !published.contains_key(id) {
            let v = crate::store::catalog::latest_published_version(conn, id)?;
            published.insert(id.to_string(), v);
        }
        Ok(published[id].is_some_and(|p| version < p))
    };
    // Subscriptions ending when a successor starts (a future-dated plan change, a plan bought
    // during a trial): the export writes their end as a fixed term.
    let mut handover: (usize, Option<String>) = (0, None);
    let mut keep = |s: &Subscription| -> Result<bool> {
        if s.status.is_ended() {
            return Ok(false);
        }
        if s.scheduled_updates.iter().any(|u| u.is_pending()) {
            pending.0 += 1;
            pending.1.get_or_insert_with(|| s.subscription_id.clone());
        }
        if s.end_date.is_some()
            && matches!(
                s.cancel_reason.as_deref(),
                Some("UpgradeOrDowngrade" | "TrialConverted")
            )
        {
            handover.0 += 1;
            handover.1.get_or_insert_with(|| s.subscription_id.clone());
        }
        let mut old = is_older(&s.plan_id, s.plan_version)?;
        for a in &s.addons {
            old |= is_older(&a.addon_id, a.version)?;
        }
        if old {
            older.0 += 1;
            older.1.get_or_insert_with(|| s.subscription_id.clone());
        }
        Ok(true)
    };
    if format != RowFormat::Csv {
        let mut w = crate::io::rows::RowWriter::json(out, format, "subscriptions")?;
        newest_first(conn, &all, |s| {
            if keep(&s)? {
                w.item(subscription_item(&s))?;
            }
            Ok(())
        })?;
        w.end()?;
    } else {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        sub_repo::each(conn, &all, |s| {
            if !s.status.is_ended() {
                keys.extend(s.metadata.into_keys());
            }
            Ok(())
        })?;
        let mut header: Vec<String> = SUB_FIELDS.iter().map(|s| s.to_string()).collect();
        header.extend(keys.iter().map(|k| format!("metadata.{k}")));
        let mut w = crate::io::rows::RowWriter::csv(out, &header)?;
        newest_first(conn, &all, |s| {
            if keep(&s)? {
                w.record(&subscription_record(&s, &keys))?;
            }
            Ok(())
        })?;
        w.end()?;
    }
    let mut warnings = Vec::new();
    if let Some(first) = pending.1 {
        warnings.push(format!(
            "{} subscription(s) have scheduled changes that an export does not carry (first: \
             '{first}'; see `subscription schedule list {first}`): after an import, schedule them again",
            pending.0,
        ));
    }
    if let Some(first) = handover.1 {
        warnings.push(format!(
            "{} subscription(s) end when a subscription waiting to start takes over (first: '{first}'): the export writes that end as a fixed term, so after an import they end EXPIRED, not CANCELED (the successor still starts then)",
            handover.0,
        ));
    }
    if let Some(first) = older.1 {
        warnings.push(format!(
            "{} subscription(s) are on a plan or add-on version older than the published one \
             (first: '{first}'): the export names plans, not versions, and `catalog export` \
             carries the published versions only, so an import elsewhere puts them on those",
            older.0,
        ));
    }
    Ok(warnings)
}

fn subscription_item(s: &Subscription) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("subscriptionId".into(), json!(s.subscription_id));
    o.insert("customerId".into(), json!(s.customer_id));
    o.insert("planId".into(), json!(s.plan_id));
    o.insert(
        "billingPeriod".into(),
        json!(s.billing_period.map(|p| p.wire())),
    );
    o.insert("startDate".into(), json!(clock::fmt(&s.start_date)));
    o.insert(
        "endDate".into(),
        json!(exported_end(s).map(|t| clock::fmt(&t))),
    );
    o.insert("resourceId".into(), json!(s.resource_id));
    o.insert(
        "addons".into(),
        json!(
            s.addons
                .iter()
                .map(|a| json!({"addonId": a.addon_id, "quantity": a.quantity}))
                .collect::<Vec<_>>()
        ),
    );
    o.insert(
        "quantities".into(),
        json!(
            s.quantities
                .iter()
                .map(|q| json!({"featureId": q.feature_id, "quantity": q.quantity}))
                .collect::<Vec<_>>()
        ),
    );
    o.insert("couponId".into(), json!(s.coupon_id));
    o.insert(
        "trialEndDate".into(),
        json!(s.trial_end_date.map(|t| clock::fmt(&t))),
    );
    o.insert("updatedAt".into(), json!(clock::fmt(&s.updated_at)));
    o.insert("country".into(), json!(s.country));
    o.insert(
        "cancellationDate".into(),
        // Written so that the import schedules the cancellation (it ends CANCELED, can be
        // lifted, may revoke access) rather than a fixed term.
        json!(s.scheduled_cancellation().map(|t| clock::fmt(&t))),
    );
    o.insert(
        "entitlementsRevoked".into(),
        json!(s.scheduled_cancellation().is_some() && s.entitlements_revoked),
    );
    // (Moved by a billing-period change or a trial's end: not derived from the dates above.)
    o.insert(
        "billingCycleAnchor".into(),
        json!(clock::fmt(&s.billing_cycle_anchor)),
    );
    o.insert(
        "couponAppliedAt".into(),
        json!(
            s.coupon_applied_at
                .filter(|_| s.coupon_id.is_some())
                .map(|t| clock::fmt(&t))
        ),
    );
    o.insert(
        "usageAnchor".into(),
        json!(kept_usage_anchor(s).map(|t| clock::fmt(&t))),
    );
    o.insert("metadata".into(), json!(s.metadata));
    o
}

/// The anchor of a subscription's usage windows when it is not its start (a plan change kept
/// an earlier subscription's, or a change reset them since): what an export writes as
/// `usageAnchor`.
fn kept_usage_anchor(s: &Subscription) -> Option<clock::Instant> {
    s.usage_anchor.filter(|a| *a != s.start_date)
}

/// The `endDate` an export writes: the subscription's end, or the fixed term a scheduled
/// cancellation (`cancellationDate`) replaced, which the import keeps aside again.
fn exported_end(s: &Subscription) -> Option<clock::Instant> {
    match (s.scheduled_cancellation(), s.fixed_term()) {
        (Some(c), Some(t)) if t > c => Some(t),
        _ => s.end_date,
    }
}

fn subscription_record(s: &Subscription, keys: &BTreeSet<String>) -> Vec<String> {
    let fmt = |t: &Option<clock::Instant>| t.map(|t| clock::fmt(&t)).unwrap_or_default();
    let pairs_s = |v: Vec<(String, u32)>| crate::domain::subscriptions::format_pair_list(&v);
    let mut r = vec![
        s.subscription_id.clone(),
        s.customer_id.clone(),
        s.plan_id.clone(),
        s.billing_period
            .map(|p| p.wire().to_string())
            .unwrap_or_default(),
        clock::fmt(&s.start_date),
        fmt(&exported_end(s)),
        s.resource_id.clone().unwrap_or_default(),
        pairs_s(
            s.addons
                .iter()
                .map(|a| (a.addon_id.clone(), a.quantity))
                .collect(),
        ),
        pairs_s(
            s.quantities
                .iter()
                .map(|q| (q.feature_id.clone(), q.quantity))
                .collect(),
        ),
        s.coupon_id.clone().unwrap_or_default(),
        fmt(&s.trial_end_date),
        clock::fmt(&s.updated_at),
        s.country.clone().unwrap_or_default(),
        fmt(&s.scheduled_cancellation()),
        if s.scheduled_cancellation().is_some() && s.entitlements_revoked {
            "true".into()
        } else {
            String::new()
        },
        clock::fmt(&s.billing_cycle_anchor),
        fmt(&s.coupon_applied_at.filter(|_| s.coupon_id.is_some())),
        fmt(&kept_usage_anchor(s)),
    ];
    r.extend(
        keys.iter()
            .map(|k| s.metadata.get(k).cloned().unwrap_or_default()),
    );
    r
}

/// Column names are checked against this for CSV headers before any row runs.
pub fn check_header(rows: &Rows, file: &str, known: &[&str], required: &[&str]) -> Result<()> {
    if rows.format != crate::io::rows::RowFormat::Csv {
        return Ok(());
    }
    let set: BTreeMap<&str, ()> = rows.header.iter().map(|h| (h.as_str(), ())).collect();
    for h in &rows.header {
        if h == "metadata." {
            return Err(Error::data(format!(
                "{file}:1: column 'metadata.' names no key"
            )));
        }
        // `reason` is what a rejects file adds: a fixed rejects file re-imports as it is.
        if !known.contains(&h.as_str()) && !h.starts_with("metadata.") && h != "reason" {
            return Err(Error::data(format!(
                "{file}:1: unknown column '{h}' (known: {})",
                known.join(", ")
            )));
        }
    }
    for r in required {
        if !set.contains_key(r) {
            return Err(Error::data(format!("{file}:1: missing column '{r}'")));
        }
    }
    Ok(())
}

pub const CUSTOMER_HEADER: &[&str] = CUSTOMER_FIELDS;
pub const SUBSCRIPTION_HEADER: &[&str] = SUB_FIELDS;
