//! Automatic recharge (per customer and currency, of the customer-level pool): when a
//! consumption takes the balance below `threshold`, a PAID grant brings it back to `target`
//! (cost = credits × price per credit), unless that would pass the calendar month's spend
//! limit — then recharging disables itself. `credit auto-recharge set|show|disable`.

use super::*;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Recharge {
    pub threshold: Decimal,
    pub target: Decimal,
    #[serde(default)]
    pub price_per_credit: Option<Money>,
    #[serde(default)]
    pub monthly_limit: Option<Money>,
    /// `1mo` or `1y`: how long recharged credits last (none: they do not expire).
    #[serde(default)]
    pub expiration: Option<String>,
    pub enabled: bool,
    #[serde(default)]
    pub disabled_reason: Option<String>,
}

impl Recharge {
    pub fn expires_from(&self, t: Instant) -> Option<Instant> {
        let months = match self.expiration.as_deref() {
            Some("1mo") => 1,
            Some("1y") => 12,
            _ => return None,
        };
        clock::add_months_from_anchor(t, months)
    }

    /// As `credit auto-recharge show` prints it (and the configuration event carries it).
    pub fn view(&self, customer: &str, currency: &str) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        v["customerId"] = json!(customer);
        v["currencyId"] = json!(currency);
        // Stigg's GrantExpirationPeriod (the flag keeps its short `1mo` / `1y`).
        if let serde_json::Value::Object(m) = &mut v {
            m.shift_remove("expiration");
        }
        v["grantExpirationPeriod"] = json!(match self.expiration.as_deref() {
            Some("1mo") => Some("OneMonth"),
            Some("1y") => Some("OneYear"),
            _ => None,
        });
        v
    }
}

fn month_start(t: Instant) -> Instant {
    use chrono::{Datelike, TimeZone};
    chrono::Utc
        .with_ymd_and_hms(t.year(), t.month(), 1, 0, 0, 0)
        .single()
        .unwrap_or(t)
}

fn get(conn: &rusqlite::Connection, customer: &str, currency: &str) -> Result<Option<Recharge>> {
    use rusqlite::OptionalExtension;
    let body: Option<String> = conn
        .prepare_cached(
            "SELECT body FROM credit_auto_recharge WHERE customer_id = ?1 AND currency_id = ?2",
        )?
        .query_row([customer, currency], |r| r.get(0))
        .optional()?;
    body.map(|b| {
        serde_json::from_str(&b).map_err(|e| {
            Error::damaged(format!(
                "the automatic recharge of {customer}/{currency} is unreadable ({e})"
            ))
        })
    })
    .transpose()
}

/// The recharge settings of a pool (customer-level pools only) and what recharges cost in the
/// calendar month of `now` (in the limit's currency).
pub(super) fn load(
    conn: &rusqlite::Connection,
    key: &PoolKey,
    now: Instant,
) -> Result<(Option<Recharge>, Decimal)> {
    if !key.resource_id.is_empty() {
        return Ok((None, Decimal::ZERO));
    }
    let Some(r) = get(conn, &key.customer_id, &key.currency_id)? else {
        return Ok((None, Decimal::ZERO));
    };
    let mut spent = Decimal::ZERO;
    if let Some(limit) = &r.monthly_limit {
        let from = month_start(now);
        for (g, info) in repo::all(conn, Some(&key.customer_id), Some(&key.currency_id))? {
            if info.source == "auto-recharge"
                && g.created_at >= from
                && info.cost_currency.as_deref() == Some(limit.currency.as_str())
            {
                spent = super::plus(spent, info.cost_amount)?;
            }
        }
    }
    Ok((Some(r), spent))
}

pub(super) fn save(tx: &Tx<'_>, customer: &str, currency: &str, r: &Recharge) -> Result<()> {
    tx.sql
        .prepare_cached(
            "INSERT OR REPLACE INTO credit_auto_recharge(customer_id, currency_id, body, updated_at)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(rusqlite::params![
            customer,
            currency,
            serde_json::to_string(r)?,
            crate::store::usage::micros(&tx.now)
        ])?;
    Ok(())
}

fn changed(tx: &mut Tx<'_>, customer: &str, currency: &str, r: &Recharge) -> Result<()> {
    save(tx, customer, currency, r)?;
    events::append(
        tx,
        &NewEvent {
            event_type: EventType::AutoRechargeConfigChanged,
            entity_type: EventEntityType::Credit,
            entity_id: customer.to_string(),
            entity: r.view(customer, currency),
        },
    )?;
    Ok(())
}

/// `credit auto-recharge set`: validated, stored enabled, logged.
pub fn set_recharge(
    tx: &mut Tx<'_>,
    customer: &str,
    currency: &str,
    r: Recharge,
) -> Result<serde_json::Value> {
    require_customer(tx, customer)?;
    require_live_currency(&tx.sql, currency, "automatic recharges")?;
    if r.threshold < Decimal::ZERO {
        return Err(Error::usage("--threshold must not be negative"));
    }
    if r.target <= r.threshold {
        return Err(Error::usage(
            "--target must be above --threshold (a recharge brings the balance back to the target)",
        ));
    }
    for (flag, m) in [
        ("--price-per-credit", &r.price_per_credit),
        ("--monthly-limit", &r.monthly_limit),
    ] {
        if let Some(m) = m {
            crate::domain::money::check_currency(&m.currency).map_err(Error::usage)?;
            if m.amount < Decimal::ZERO {
                return Err(Error::usage(format!("{flag} must not be negative")));
            }
        }
    }
    // A limit is money paid: whole minor units (a price per credit may be finer).
    if let Some(l) = &r.monthly_limit {
        check_money("--monthly-limit", l)?;
    }
    if let (Some(p), Some(l)) = (&r.price_per_credit, &r.monthly_limit)
        && p.currency != l.currency
    {
        return Err(Error::usage(format!(
            "--monthly-limit is in {} but credits are priced in {}",
            l.currency, p.currency
        )));
    }
    // A recharge to the target from zero must be priceable, or every consumption that calls
    // for one would fail.
    if let Some(p) = &r.price_per_credit
        && crate::domain::pricing::money_amount(r.target, p.amount, Decimal::ZERO, &p.currency)
            .is_err()
    {
        return Err(Error::usage(
            "--target × --price-per-credit is past the largest amount a decimal holds",
        ));
    }
    if r.monthly_limit.is_some() && r.price_per_credit.is_none() {
        return Err(Error::usage(
            "--monthly-limit needs --price-per-credit (the limit is on what recharges cost)",
        ));
    }
    if let Some(e) = &r.expiration
        && e != "1mo"
        && e != "1y"
    {
        return Err(Error::usage("--expiration is 1mo or 1y"));
    }
    let r = Recharge {
        enabled: true,
        disabled_reason: None,
        ..r
    };
    // Set again as it is — the same amounts, however spelled (`100` and `100.0`): nothing
    // changes, nothing is logged (as a promotion granted again as it is logs nothing).
    let stored = get(&tx.sql, customer, currency)?;
    if let Some(s) = stored.filter(|s| *s == r) {
        return Ok(s.view(customer, currency));
    }
    changed(tx, customer, currency, &r)?;
    Ok(r.view(customer, currency))
}

pub fn show_recharge(
    conn: &rusqlite::Connection,
    customer: &str,
    currency: &str,
) -> Result<serde_json::Value> {
    customer_repo::require_meta(conn, customer)?;
    require_currency(conn, currency)?;
    get(conn, customer, currency)?
        .map(|r| r.view(customer, currency))
        .ok_or_else(|| {
            Error::not_found(
                "AutomaticRechargeNotFound",
                format!("customer '{customer}' has no automatic recharge of '{currency}'"),
            )
            .hint("set one up with `stigg-cli credit auto-recharge set`")
        })
}

pub fn disable_recharge(
    tx: &mut Tx<'_>,
    customer: &str,
    currency: &str,
) -> Result<serde_json::Value> {
    let mut r = match get(&tx.sql, customer, currency)? {
        Some(r) => r,
        None => {
            show_recharge(&tx.sql, customer, currency)?;
            return Err(Error::internal("no automatic recharge"));
        }
    };
    if r.enabled {
        r.enabled = false;
        r.disabled_reason = Some("DisabledByUser".into());
        changed(tx, customer, currency, &r)?;
    }
    Ok(r.view(customer, currency))
}
