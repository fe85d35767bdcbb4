//! Reported usage: append-only records and the per-window values checks read (one row each).

use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;

use super::Tx;
use crate::clock::Instant;
use crate::error::{Error, Result};

/// Instants are stored as microseconds since the epoch: compact, and ordered as numbers.
pub fn micros(t: &Instant) -> i64 {
    t.timestamp_micros()
}

pub fn from_micros(v: i64) -> Result<Instant> {
    chrono::DateTime::from_timestamp_micros(v)
        .ok_or_else(|| Error::damaged(format!("stored instant {v} is out of range")))
}

/// A stored value: anything a decimal wrote reads back (input rules, such as the number of
/// digits after the point, apply where values come in, not here).
fn decimal(v: &str) -> Result<Decimal> {
    stored_decimal(v, "usage value")
}

/// A decimal as stored (`what` names it in the damage report).
pub(crate) fn stored_decimal(v: &str, what: &str) -> Result<Decimal> {
    // Written as a decimal writes itself: plain notation. Anything else (`1e5`, which the
    // reader would take as 100000; blanks) was not written by this tool.
    let plain = v
        .bytes()
        .next()
        .is_some_and(|b| b == b'-' || b.is_ascii_digit())
        && crate::domain::decimal::is_plain_number(v)
        && v.trim() == v;
    plain
        .then(|| <Decimal as std::str::FromStr>::from_str(v).ok())
        .flatten()
        .ok_or_else(|| Error::damaged(format!("stored {what} '{v}' is not a decimal")))
}

/// `sql` for one customer (`customer_id = ?1`, through the key's index) or for all (`?1` is
/// then NULL). Two statements, not one `(?1 IS NULL OR customer_id = ?1)`: that one can use no
/// index, and a rebuild of thousands of customers scanned the whole table for each.
fn scoped(sql: &str, customer: Option<&str>) -> String {
    sql.replace(
        "{customer}",
        if customer.is_some() {
            "customer_id = ?1"
        } else {
            "?1 IS NULL"
        },
    )
}

/// The stored end of a window without one (a level, a cumulative count).
const NO_END: i64 = i64::MAX;

fn end_of(k: &WindowKey) -> i64 {
    k.end.as_ref().map_or(NO_END, micros)
}

/// A window's key as its columns are bound: customer, resource, feature, start, end.
fn key_columns(k: &WindowKey) -> (&str, &str, &str, i64, i64) {
    (
        &k.customer_id,
        &k.resource_id,
        &k.feature_id,
        micros(&k.start),
        end_of(k),
    )
}

/// Where a value is counted: the customer (and resource) and feature, and the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowKey {
    pub customer_id: String,
    /// Empty for the customer level.
    pub resource_id: String,
    pub feature_id: String,
    pub start: Instant,
    pub end: Option<Instant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WindowValue {
    pub value: Decimal,
    pub exceeded: bool,
    /// Raw-event meters' running state (zero for reported usage).
    pub state: crate::domain::usage::Window,
}

pub fn window(conn: &Connection, k: &WindowKey) -> Result<Option<WindowValue>> {
    type Row = (
        String,
        i64,
        i64,
        String,
        Option<String>,
        Option<String>,
        i64,
    );
    let row: Option<Row> = conn
        .prepare_cached(
            "SELECT value, exceeded, event_count, sum, min, max, distinct_count FROM usage_windows
             WHERE customer_id = ?1 AND resource_id = ?2 AND feature_id = ?3 AND window_start = ?4
               AND window_end = ?5",
        )?
        .query_row(key_columns(k), |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .optional()?;
    row.map(|(v, e, count, sum, min, max, distinct)| {
        Ok(WindowValue {
            value: decimal(&v)?,
            exceeded: e != 0,
            state: crate::domain::usage::Window {
                count: count.max(0) as u64,
                sum: decimal(&sum)?,
                min: min.as_deref().map(decimal).transpose()?,
                max: max.as_deref().map(decimal).transpose()?,
                distinct: distinct.max(0) as u64,
            },
        })
    })
    .transpose()
}

pub fn set_window(tx: &Tx<'_>, k: &WindowKey, v: &WindowValue) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT INTO usage_windows(customer_id, resource_id, feature_id, window_start, window_end,
                                       value, exceeded, event_count, sum, min, max, distinct_count)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT(customer_id, resource_id, feature_id, window_start, window_end)
             DO UPDATE SET value = excluded.value, exceeded = excluded.exceeded,
                           event_count = excluded.event_count,
                           sum = excluded.sum, min = excluded.min, max = excluded.max,
                           distinct_count = excluded.distinct_count",
        )?
        .execute(params![
            k.customer_id,
            k.resource_id,
            k.feature_id,
            micros(&k.start),
            end_of(k),
            v.value.to_string(),
            v.exceeded as i64,
            v.state.count as i64,
            v.state.sum.to_string(),
            v.state.min.map(|x| x.to_string()),
            v.state.max.map(|x| x.to_string()),
            v.state.distinct as i64,
        ])?;
    Ok(())
}

/// One reported measurement as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub customer_id: String,
    pub resource_id: String,
    pub feature_id: String,
    pub at: Instant,
    pub value: Decimal,
    /// `DELTA` or `SET`.
    pub behavior: &'static str,
    /// A JSON object, or None.
    pub dimensions: Option<String>,
    pub idempotency_key: Option<String>,
}

pub fn insert_report(tx: &Tx<'_>, r: &Report) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT INTO usage_reports(customer_id, resource_id, feature_id, at, value, behavior,
                                       dimensions, idempotency_key, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            r.customer_id,
            r.resource_id,
            r.feature_id,
            micros(&r.at),
            r.value.to_string(),
            r.behavior,
            r.dimensions,
            r.idempotency_key,
            micros(&tx.now),
        ])?;
    Ok(())
}

/// The report recorded under an idempotency key, if any.
/// The record a key names, with its id.
pub fn by_key(
    conn: &Connection,
    customer: &str,
    resource: &str,
    feature: &str,
    key: &str,
) -> Result<Option<(i64, Report)>> {
    let row: Option<(i64, String, String, Option<String>, i64)> = conn
        .prepare_cached(
            "SELECT at, value, behavior, dimensions, id FROM usage_reports
             WHERE customer_id = ?1 AND resource_id = ?2 AND feature_id = ?3 AND idempotency_key = ?4",
        )?
        .query_row(params![customer, resource, feature, key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    row.map(|(at, value, behavior, dimensions, id)| {
        Ok((
            id,
            Report {
                customer_id: customer.to_string(),
                resource_id: resource.to_string(),
                feature_id: feature.to_string(),
                at: from_micros(at)?,
                value: decimal(&value)?,
                behavior: if behavior == "SET" { "SET" } else { "DELTA" },
                dimensions,
                idempotency_key: Some(key.to_string()),
            },
        ))
    })
    .transpose()
}

/// The reports of one window up to and including record `upto`, in the order taken: (value,
/// whether it is a SET). What the window held right after that record is their fold.
pub fn reports_upto(k: &WindowKey, conn: &Connection, upto: i64) -> Result<Vec<(Decimal, bool)>> {
    let end = k.end.as_ref().map(micros).unwrap_or(i64::MAX);
    let mut st = conn.prepare_cached(
        "SELECT value, behavior FROM usage_reports
         WHERE customer_id = ?1 AND resource_id = ?2 AND feature_id = ?3 AND at >= ?4 AND at < ?5
           AND id <= ?6 ORDER BY id",
    )?;
    let rows = st.query_map(
        params![
            k.customer_id,
            k.resource_id,
            k.feature_id,
            micros(&k.start),
            end,
            upto
        ],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)? == "SET")),
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (v, set) = r?;
        out.push((decimal(&v)?, set));
    }
    Ok(out)
}

/// Records a distinct value of a UNIQUE meter in a window; true when it is new there.
pub fn add_distinct(tx: &Tx<'_>, k: &WindowKey, value: &str) -> Result<bool> {
    let n = tx
        .sql
        .prepare_cached(
            "INSERT OR IGNORE INTO usage_distinct(customer_id, resource_id, feature_id, window_start,
                                                  window_end, value)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(with_value(k, value))?;
    Ok(n == 1)
}

/// A window's key and a distinct value, as bound to `?1`…`?6`.
fn with_value<'a>(
    k: &'a WindowKey,
    value: &'a str,
) -> (&'a str, &'a str, &'a str, i64, i64, &'a str) {
    let (c, r, f, s, e) = key_columns(k);
    (c, r, f, s, e, value)
}

/// Whether a UNIQUE meter's window has seen `value` already (read only: [`add_distinct`]
/// records it).
pub fn has_distinct(tx: &Tx<'_>, k: &WindowKey, value: &str) -> Result<bool> {
    Ok(tx
        .sql
        .prepare_cached(
            "SELECT 1 FROM usage_distinct WHERE customer_id = ?1 AND resource_id = ?2
             AND feature_id = ?3 AND window_start = ?4 AND window_end = ?5 AND value = ?6",
        )?
        .query_row(with_value(k, value), |_| Ok(()))
        .optional()?
        .is_some())
}

/// A raw usage event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEvent {
    pub customer_id: String,
    pub resource_id: String,
    pub event_name: String,
    pub idempotency_key: String,
    pub at: Instant,
    /// A JSON object of string values, or None.
    pub dimensions: Option<String>,
}

/// FNV-1a (64 bits) of the identity of a raw event: stable across releases and platforms (it
/// is stored), with a separator no id can contain.
pub fn event_hash(customer: &str, resource: &str, name: &str, key: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [customer, resource, name, key] {
        for b in part.bytes().chain(std::iter::once(0xff)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h as i64
}

/// The event stored under its identity, if any: its hash slot, then the next ones while they
/// hold other identities (open addressing; a collision is astronomically rare).
pub fn raw_event_by_key(
    conn: &Connection,
    customer: &str,
    resource: &str,
    name: &str,
    key: &str,
) -> Result<Option<RawEvent>> {
    Ok(raw_event_id_by_key(conn, customer, resource, name, key)?.map(|(_, e)| e))
}

/// [`raw_event_by_key`], with the event's record number.
pub fn raw_event_id_by_key(
    conn: &Connection,
    customer: &str,
    resource: &str,
    name: &str,
    key: &str,
) -> Result<Option<(i64, RawEvent)>> {
    let mut h = event_hash(customer, resource, name, key);
    loop {
        match slot(conn, h)? {
            None => return Ok(None),
            Some((id, e))
                if e.customer_id == customer
                    && e.resource_id == resource
                    && e.event_name == name
                    && e.idempotency_key == key =>
            {
                return Ok(Some((id, e)));
            }
            Some(_) => h = h.wrapping_add(1),
        }
    }
}

/// A raw event's columns as read (`SELECT customer_id, resource_id, event_name,
/// idempotency_key, at, dimensions`), before its instant is checked.
type RawEventRow = (String, String, String, String, i64, Option<String>);

fn raw_event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawEventRow> {
    raw_event_row_at(r, 0)
}

/// The columns from `at` on.
fn raw_event_row_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<RawEventRow> {
    Ok((
        r.get(at)?,
        r.get(at + 1)?,
        r.get(at + 2)?,
        r.get(at + 3)?,
        r.get(at + 4)?,
        r.get(at + 5)?,
    ))
}

fn raw_event(
    (customer_id, resource_id, event_name, idempotency_key, at, dimensions): RawEventRow,
) -> Result<RawEvent> {
    Ok(RawEvent {
        customer_id,
        resource_id,
        event_name,
        idempotency_key,
        at: from_micros(at)?,
        dimensions,
    })
}

fn slot(conn: &Connection, h: i64) -> Result<Option<(i64, RawEvent)>> {
    let row = conn
        .prepare_cached(
            "SELECT id, customer_id, resource_id, event_name, idempotency_key, at, dimensions
             FROM raw_events WHERE key_hash = ?1",
        )?
        .query_row(params![h], |r| {
            Ok((r.get::<_, i64>(0)?, raw_event_row_at(r, 1)?))
        })
        .optional()?;
    row.map(|(id, e)| Ok((id, raw_event(e)?))).transpose()
}

/// Stores a raw event unless its identity is taken; true when it was new. The common case is
/// one INSERT; only a taken hash is looked at.
pub fn insert_raw_event_if_new(tx: &Tx<'_>, e: &RawEvent) -> Result<bool> {
    let h = event_hash(
        &e.customer_id,
        &e.resource_id,
        &e.event_name,
        &e.idempotency_key,
    );
    insert_raw_event_hashed(tx, e, h)
}

/// As `insert_raw_event_if_new`, with the event's `event_hash` computed by the caller (a bulk
/// import hashes on its reading thread).
pub fn insert_raw_event_hashed(tx: &Tx<'_>, e: &RawEvent, mut h: i64) -> Result<bool> {
    loop {
        if insert_at(tx, h, e)? {
            return Ok(true);
        }
        match slot(&tx.sql, h)? {
            Some((_, x))
                if x.customer_id == e.customer_id
                    && x.resource_id == e.resource_id
                    && x.event_name == e.event_name
                    && x.idempotency_key == e.idempotency_key =>
            {
                return Ok(false);
            }
            _ => h = h.wrapping_add(1),
        }
    }
}

fn insert_at(tx: &Tx<'_>, h: i64, e: &RawEvent) -> Result<bool> {
    let n = tx
        .sql
        .prepare_cached(
            "INSERT OR IGNORE INTO raw_events(key_hash, customer_id, resource_id, event_name,
                                              idempotency_key, at, dimensions, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            h,
            e.customer_id,
            e.resource_id,
            e.event_name,
            e.idempotency_key,
            micros(&e.at),
            e.dimensions,
            micros(&tx.now),
        ])?;
    Ok(n == 1)
}

/// Stores a raw event known to be new (its identity was looked up first).
pub fn insert_raw_event(tx: &Tx<'_>, e: &RawEvent) -> Result<()> {
    insert_raw_event_if_new(tx, e)?;
    Ok(())
}

pub struct EventFilter {
    pub customer: Option<String>,
    pub name: Option<String>,
    pub from: Option<Instant>,
    pub to: Option<Instant>,
    pub limit: u32,
}

/// Raw events, oldest first.
pub fn raw_events(conn: &Connection, f: &EventFilter) -> Result<Vec<RawEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, resource_id, event_name, idempotency_key, at, dimensions FROM raw_events
         WHERE (?1 IS NULL OR customer_id = ?1) AND (?2 IS NULL OR event_name = ?2)
           AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR at < ?4)
         ORDER BY at, id LIMIT ?5",
    )?;
    let rows = stmt.query_map(
        params![
            f.customer,
            f.name,
            f.from.as_ref().map(micros),
            f.to.as_ref().map(micros),
            f.limit
        ],
        raw_event_row,
    )?;
    rows.map(|r| raw_event(r?)).collect()
}

/// Every window's key and value, for one customer or all (for `usage recalculate`).
pub fn windows(conn: &Connection, customer: Option<&str>) -> Result<Vec<(WindowKey, Decimal)>> {
    windows_where(conn, customer, false)
}

/// The windows flagged over their limit, for one customer or all.
pub fn exceeded_windows(
    conn: &Connection,
    customer: Option<&str>,
) -> Result<Vec<(WindowKey, Decimal)>> {
    windows_where(conn, customer, true)
}

fn windows_where(
    conn: &Connection,
    customer: Option<&str>,
    exceeded_only: bool,
) -> Result<Vec<(WindowKey, Decimal)>> {
    let mut stmt = conn.prepare_cached(&scoped(
        "SELECT customer_id, resource_id, feature_id, window_start, window_end, value
         FROM usage_windows WHERE {customer} AND (NOT ?2 OR exceeded = 1)
         ORDER BY customer_id, resource_id, feature_id, window_start, window_end",
        customer,
    ))?;
    let rows = stmt.query_map(params![customer, exceeded_only], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    rows.map(|r| {
        let (customer_id, resource_id, feature_id, start, end, value) = r?;
        Ok((
            WindowKey {
                customer_id,
                resource_id,
                feature_id,
                start: from_micros(start)?,
                end: (end != NO_END).then(|| from_micros(end)).transpose()?,
            },
            decimal(&value)?,
        ))
    })
    .collect()
}

/// Whether any window is stored (for one customer, or at all).
pub fn any_windows(conn: &Connection, customer: Option<&str>) -> Result<bool> {
    Ok(conn
        .prepare_cached(&scoped(
            "SELECT EXISTS(SELECT 1 FROM usage_windows WHERE {customer})",
            customer,
        ))?
        .query_row(params![customer], |r| r.get(0))?)
}

/// Drops the aggregates (never the records) of one customer or all, before a rebuild.
pub fn clear_aggregates(tx: &Tx<'_>, customer: Option<&str>) -> Result<()> {
    tx.sql
        .prepare_cached(&scoped(
            "DELETE FROM usage_windows WHERE {customer}",
            customer,
        ))?
        .execute(params![customer])?;
    tx.sql
        .prepare_cached(&scoped(
            "DELETE FROM usage_distinct WHERE {customer}",
            customer,
        ))?
        .execute(params![customer])?;
    Ok(())
}

/// Reported usage records in the order they were recorded.
pub fn reports(conn: &Connection, customer: Option<&str>) -> Result<Vec<Report>> {
    super::held(|f| each_report(conn, customer, f))
}

/// [`reports`], one at a time (a rebuild of millions of records holds none but the one it
/// folds).
pub fn each_report(
    conn: &Connection,
    customer: Option<&str>,
    mut f: impl FnMut(Report) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(&scoped(
        "SELECT customer_id, resource_id, feature_id, at, value, behavior, dimensions, idempotency_key
         FROM usage_reports WHERE {customer} ORDER BY id",
        customer,
    ))?;
    let rows = stmt.query_map(params![customer], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<String>>(6)?,
            r.get::<_, Option<String>>(7)?,
        ))
    })?;
    for r in rows {
        let (customer_id, resource_id, feature_id, at, value, behavior, dimensions, key) = r?;
        f(Report {
            customer_id,
            resource_id,
            feature_id,
            at: from_micros(at)?,
            value: decimal(&value)?,
            behavior: if behavior == "SET" { "SET" } else { "DELTA" },
            dimensions,
            idempotency_key: key,
        })?;
    }
    Ok(())
}

/// Raw events in the order they were recorded.
pub fn events_in_order(conn: &Connection, customer: Option<&str>) -> Result<Vec<RawEvent>> {
    super::held(|f| each_event_in_order(conn, customer, f))
}

/// [`events_in_order`], one at a time (a rebuild of millions of events holds none but the one
/// it folds).
pub fn each_event_in_order(
    conn: &Connection,
    customer: Option<&str>,
    mut f: impl FnMut(RawEvent) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, resource_id, event_name, idempotency_key, at, dimensions
         FROM raw_events WHERE (?1 IS NULL OR customer_id = ?1) ORDER BY id",
    )?;
    let rows = stmt.query_map(params![customer], raw_event_row)?;
    for r in rows {
        f(raw_event(r?)?)?;
    }
    Ok(())
}
