//! Customers, their resources, and promotional entitlements.

use rusqlite::{Connection, OptionalExtension, params};

use super::Tx;
use crate::clock::{self, Instant};
use crate::domain::catalog::Entitlement;
use crate::domain::customers::Customer;
use crate::error::{Error, Result};
use crate::store::catalog::Meta;

pub fn not_found(id: &str) -> Error {
    super::missing(
        "customer",
        id,
        Error::not_found("CustomerNotFound", format!("customer '{id}' not found"))
            .hint("list them with `stigg-cli customer list`"),
    )
}

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, Meta)> {
    Ok((r.get(0)?, Meta::from_row(r, 1)?))
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<(Customer, Meta)>> {
    let raw = conn
        .prepare_cached(
            "SELECT body, created_at, updated_at, archived_at FROM customers WHERE id = ?1",
        )?
        .query_row([id], row)
        .optional()?;
    raw.map(|(b, m)| Ok((serde_json::from_str(&b)?, m)))
        .transpose()
}

/// What making a subscription needs of its customer, in one look-up: the name and email its
/// events show, whether it is archived, and whether it has any subscription yet (a
/// customer's first subscription — the common row of an import — reads nothing more).
#[derive(Debug, Clone)]
pub struct Subscriber {
    pub customer_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub archived: bool,
    pub subscribed: bool,
}

/// [`Subscriber`] of customer `id`, or CustomerNotFound.
pub fn require_subscriber(conn: &Connection, id: &str) -> Result<Subscriber> {
    #[derive(serde::Deserialize)]
    struct Named {
        name: Option<String>,
        email: Option<String>,
    }
    let raw = conn
        .prepare_cached(
            "SELECT body, archived_at IS NOT NULL,
                    EXISTS(SELECT 1 FROM subscriptions WHERE customer_id = ?1)
             FROM customers WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, bool>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })
        .optional()?;
    let (body, archived, subscribed) = raw.ok_or_else(|| not_found(id))?;
    let Named { name, email } = serde_json::from_str(&body)?;
    Ok(Subscriber {
        customer_id: id.to_string(),
        name,
        email,
        archived,
        subscribed,
    })
}

pub fn require(conn: &Connection, id: &str) -> Result<(Customer, Meta)> {
    get(conn, id)?.ok_or_else(|| not_found(id))
}

/// A customer's stamps and archive mark, without reading its record (for the commands that
/// only ask whether it exists and is live: one index probe, no JSON parsed).
pub fn require_meta(conn: &Connection, id: &str) -> Result<Meta> {
    conn.prepare_cached("SELECT created_at, updated_at, archived_at FROM customers WHERE id = ?1")?
        .query_row([id], |r| Meta::from_row(r, 0))
        .optional()?
        .ok_or_else(|| not_found(id))
}

pub fn list(
    conn: &Connection,
    search: Option<&str>,
    archived: bool,
) -> Result<Vec<(Customer, Meta)>> {
    // The search is literal text in the documented fields (not a LIKE pattern over the stored
    // JSON, where `null` or `_` would match everything), so it is matched here, not in SQL.
    let mut out = Vec::new();
    each(conn, archived, |c, m| {
        if search.is_none_or(|s| c.matches_search(s)) {
            out.push((c, m));
        }
        Ok(())
    })?;
    Ok(out)
}

/// Every customer (archived ones too with `archived`) in id order, one at a time: an export
/// holds none but the one it writes.
pub fn each(
    conn: &Connection,
    archived: bool,
    mut f: impl FnMut(Customer, Meta) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, created_at, updated_at, archived_at FROM customers
         WHERE (?1 OR archived_at IS NULL)
         ORDER BY id",
    )?;
    let rows = stmt.query_map(params![archived], row)?;
    for r in rows {
        let (b, m) = r?;
        f(serde_json::from_str(&b)?, m)?;
    }
    Ok(())
}

/// A customer's stored body: [`super::lean_body`] (fields that are null or empty left out),
/// serialized straight from the customer (an import stores thousands).
pub fn body(c: &Customer) -> Result<String> {
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Lean<'a> {
        customer_id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        email: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        billing_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        coupon_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        coupon_applied_at: Option<clock::Iso<'a>>,
        #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
        metadata: &'a std::collections::BTreeMap<String, String>,
    }
    Ok(serde_json::to_string(&Lean {
        customer_id: &c.customer_id,
        name: c.name.as_deref(),
        email: c.email.as_deref(),
        billing_id: c.billing_id.as_deref(),
        coupon_id: c.coupon_id.as_deref(),
        coupon_applied_at: c.coupon_applied_at.as_ref().map(clock::Iso),
        metadata: &c.metadata,
    })?)
}

pub fn insert(tx: &Tx<'_>, c: &Customer) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT INTO customers(id, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        )?
        .execute(params![c.customer_id, body(c)?, clock::store_fmt(&tx.now)])?;
    Ok(())
}

/// A new customer with its own stamps (imports keep the source's) and its stored body; false
/// (and nothing written) when the id is taken.
pub fn insert_stamped(
    tx: &Tx<'_>,
    c: &Customer,
    body: &str,
    created: Instant,
    updated: Instant,
) -> Result<bool> {
    let n = tx
        .sql
        .prepare_cached(
            "INSERT INTO customers(id, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO NOTHING",
        )?
        .execute(params![
            c.customer_id,
            body,
            clock::store_fmt(&created),
            clock::store_fmt(&updated)
        ])?;
    Ok(n == 1)
}

pub fn update(tx: &Tx<'_>, c: &Customer) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE customers SET body = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![
            c.customer_id,
            body(c)?,
            clock::store_fmt(&tx.updated_stamp())
        ])?;
    Ok(())
}

pub fn set_created_at(tx: &Tx<'_>, id: &str, at: Instant) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE customers SET created_at = ?2 WHERE id = ?1")?
        .execute(params![id, clock::store_fmt(&at)])?;
    Ok(())
}

/// Imports keep the source's `updatedAt` (so that a later import can tell newer from older).
pub fn set_updated_at(tx: &Tx<'_>, id: &str, at: Instant) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE customers SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, clock::store_fmt(&at)])?;
    Ok(())
}

pub fn set_archived(tx: &Tx<'_>, id: &str, at: Option<Instant>) -> Result<()> {
    tx.sql
        .prepare_cached("UPDATE customers SET archived_at = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![
            id,
            at.as_ref().map(clock::store_fmt),
            clock::store_fmt(&tx.now)
        ])?;
    Ok(())
}

/// Resources are created implicitly on first use.
pub fn ensure_resource(tx: &Tx<'_>, customer: &str, resource: &str) -> Result<()> {
    tx.resourceless.borrow_mut().remove(customer);
    tx.sql.prepare_cached("INSERT OR IGNORE INTO customer_resources(customer_id, resource_id, created_at) VALUES (?1, ?2, ?3)")?.execute(
        params![customer, resource, clock::store_fmt(&tx.now)],
    )?;
    Ok(())
}

pub fn resource_exists(conn: &Connection, customer: &str, resource: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM customer_resources WHERE customer_id = ?1 AND resource_id = ?2",
        )?
        .query_row(params![customer, resource], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Promotions in force among live customers: how many, of how many customers, the first of
/// them by id (what a customer export leaves behind).
pub fn live_promotions(conn: &Connection) -> Result<(i64, i64, Option<String>)> {
    Ok(conn
        .prepare_cached(
            "SELECT COUNT(*), COUNT(DISTINCT p.customer_id), MIN(p.customer_id)
             FROM promotions p JOIN customers c ON c.id = p.customer_id
             WHERE p.ended_at IS NULL AND c.archived_at IS NULL",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
}

/// The customer's resources, in id order.
pub fn resources(conn: &Connection, customer: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT resource_id FROM customer_resources WHERE customer_id = ?1 ORDER BY resource_id",
    )?;
    let rows = stmt.query_map([customer], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A promotional entitlement as stored.
#[derive(Debug, Clone)]
pub struct Promotion {
    pub customer_id: String,
    pub feature_id: String,
    pub entitlement: Entitlement,
    pub granted_at: Instant,
    pub expires_at: Option<Instant>,
    pub ended_at: Option<Instant>,
    pub end_reason: Option<String>,
}

impl Promotion {
    pub fn is_active(&self, now: Instant) -> bool {
        self.ended_at.is_none() && self.granted_at <= now && self.expires_at.is_none_or(|e| now < e)
    }

    /// Whether it granted at `t`, which may be in the past: a promotion that has ended since
    /// (expired, revoked) still granted before it ended, so usage recorded then (late records,
    /// a rebuild, `usage history`) counts under it.
    pub fn granted_at_instant(&self, t: Instant) -> bool {
        self.granted_at <= t
            && self.ended_at.is_none_or(|e| t < e)
            && self.expires_at.is_none_or(|e| t < e)
    }
}

type PromoRaw = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn promo_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PromoRaw> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

fn promo(raw: PromoRaw) -> Result<Promotion> {
    let (customer_id, feature_id, body, granted, expires, ended, reason) = raw;
    Ok(Promotion {
        customer_id,
        feature_id,
        entitlement: serde_json::from_str(&body)?,
        granted_at: clock::from_store(&granted)?,
        expires_at: expires.as_deref().map(clock::from_store).transpose()?,
        ended_at: ended.as_deref().map(clock::from_store).transpose()?,
        end_reason: reason,
    })
}

const PROMO_COLS: &str =
    "customer_id, feature_id, body, granted_at, expires_at, ended_at, end_reason";

pub fn promotions(conn: &Connection, customer: &str) -> Result<Vec<Promotion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PROMO_COLS} FROM promotions WHERE customer_id = ?1 ORDER BY feature_id"
    ))?;
    let rows = stmt.query_map([customer], promo_row)?;
    rows.map(|r| promo(r?)).collect()
}

pub fn upsert_promotion(tx: &Tx<'_>, p: &Promotion) -> Result<()> {
    tx.mark_refold(&p.customer_id);
    tx.note_due(p.expires_at);
    tx.sql.prepare_cached("INSERT INTO promotions(customer_id, feature_id, body, granted_at, expires_at, ended_at, end_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL)
         ON CONFLICT(customer_id, feature_id) DO UPDATE SET body = excluded.body,
            granted_at = excluded.granted_at, expires_at = excluded.expires_at, ended_at = NULL, end_reason = NULL")?.execute(
        params![
            p.customer_id,
            p.feature_id,
            serde_json::to_string(&p.entitlement)?,
            clock::store_fmt(&p.granted_at),
            p.expires_at.as_ref().map(clock::store_fmt),
        ],
    )?;
    Ok(())
}

pub fn end_promotion(
    tx: &Tx<'_>,
    customer: &str,
    feature: &str,
    at: Instant,
    reason: &str,
) -> Result<()> {
    tx.mark_refold(customer);
    tx.sql.prepare_cached("UPDATE promotions SET ended_at = ?3, end_reason = ?4 WHERE customer_id = ?1 AND feature_id = ?2")?.execute(
        params![customer, feature, clock::store_fmt(&at), reason],
    )?;
    Ok(())
}

/// Earliest expiry of an active promotion at or before `until`.
pub fn next_promotion_expiry(conn: &Connection, until: Instant) -> Result<Option<Instant>> {
    let v: Option<String> = conn.prepare_cached("SELECT MIN(expires_at) FROM promotions WHERE ended_at IS NULL AND expires_at IS NOT NULL AND expires_at <= ?1")?.query_row(
        [clock::store_fmt(&until)],
        |r| r.get(0),
    )?;
    v.as_deref().map(clock::from_store).transpose()
}

/// Whether one of `customer`'s promotions expires by `until` (not yet ended).
pub fn promotion_expiry_due_for(conn: &Connection, until: Instant, customer: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM promotions WHERE customer_id = ?1 AND ended_at IS NULL
               AND expires_at IS NOT NULL AND expires_at <= ?2 LIMIT 1",
        )?
        .query_row(params![customer, clock::store_fmt(&until)], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Every customer's promotion of `feature` that has not ended, by customer.
pub fn live_promotions_of(conn: &Connection, feature: &str) -> Result<Vec<Promotion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PROMO_COLS} FROM promotions WHERE feature_id = ?1 AND ended_at IS NULL ORDER BY customer_id"
    ))?;
    let rows = stmt.query_map([feature], promo_row)?;
    rows.map(|r| promo(r?)).collect()
}

pub fn promotions_expiring_at(conn: &Connection, at: Instant) -> Result<Vec<Promotion>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {PROMO_COLS} FROM promotions WHERE ended_at IS NULL AND expires_at = ?1 ORDER BY customer_id, feature_id"
    ))?;
    let rows = stmt.query_map([clock::store_fmt(&at)], promo_row)?;
    rows.map(|r| promo(r?)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body serialized straight from a customer is the lean body of its JSON value.
    #[test]
    fn the_direct_body_is_the_lean_body() {
        let at = crate::clock::parse_instant("2026-01-02T03:04:05.5Z").unwrap();
        let full = Customer {
            customer_id: "c\"1".into(),
            name: Some(String::new()),
            email: Some("a@b.co".into()),
            billing_id: Some("b\u{1}".into()),
            coupon_id: Some("launch".into()),
            coupon_applied_at: Some(at),
            metadata: [
                ("k".to_string(), "v".to_string()),
                ("é".into(), "\n".into()),
            ]
            .into(),
        };
        let cases = [
            Customer {
                customer_id: "c".into(),
                ..Default::default()
            },
            Customer {
                metadata: Default::default(),
                coupon_applied_at: None,
                ..full.clone()
            },
            full,
        ];
        for c in cases {
            assert_eq!(body(&c).unwrap(), crate::store::lean_body(&c).unwrap());
        }
    }
}
