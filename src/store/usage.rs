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

fn decimal(v: &str) -> Result<Decimal> {
    crate::domain::decimal::parse_decimal(v)
        .map_err(|_| Error::damaged(format!("stored usage value '{v}' is not a decimal")))
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowValue {
    pub value: Decimal,
    pub exceeded: bool,
}

pub fn window(conn: &Connection, k: &WindowKey) -> Result<Option<WindowValue>> {
    let row: Option<(String, i64)> = conn
        .prepare_cached(
            "SELECT value, exceeded FROM usage_windows
             WHERE customer_id = ?1 AND resource_id = ?2 AND feature_id = ?3 AND window_start = ?4",
        )?
        .query_row(
            params![k.customer_id, k.resource_id, k.feature_id, micros(&k.start)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    row.map(|(v, e)| {
        Ok(WindowValue {
            value: decimal(&v)?,
            exceeded: e != 0,
        })
    })
    .transpose()
}

pub fn set_window(tx: &Tx<'_>, k: &WindowKey, v: &WindowValue) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT INTO usage_windows(customer_id, resource_id, feature_id, window_start, window_end, value, exceeded)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(customer_id, resource_id, feature_id, window_start)
             DO UPDATE SET value = excluded.value, exceeded = excluded.exceeded, window_end = excluded.window_end",
        )?
        .execute(params![
            k.customer_id,
            k.resource_id,
            k.feature_id,
            micros(&k.start),
            k.end.as_ref().map(micros),
            v.value.to_string(),
            v.exceeded as i64,
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
pub fn by_key(
    conn: &Connection,
    customer: &str,
    resource: &str,
    feature: &str,
    key: &str,
) -> Result<Option<Report>> {
    let row: Option<(i64, String, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT at, value, behavior, dimensions FROM usage_reports
             WHERE customer_id = ?1 AND resource_id = ?2 AND feature_id = ?3 AND idempotency_key = ?4",
        )?
        .query_row(params![customer, resource, feature, key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    row.map(|(at, value, behavior, dimensions)| {
        Ok(Report {
            customer_id: customer.to_string(),
            resource_id: resource.to_string(),
            feature_id: feature.to_string(),
            at: from_micros(at)?,
            value: decimal(&value)?,
            behavior: if behavior == "SET" { "SET" } else { "DELTA" },
            dimensions,
            idempotency_key: Some(key.to_string()),
        })
    })
    .transpose()
}
