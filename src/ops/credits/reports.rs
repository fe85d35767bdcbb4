//! `credit revenue` and `credit verify`.

use super::*;

// ---- revenue ---------------------------------------------------------------------------------

/// Revenue of credits sold, per currency of cost: `deferred` = what the credits still held at
/// `to` cost; `recognized` = what the credits consumed in [from, to) cost (consumption moved
/// from an overdraft onto a paid grant counts when it moves); `breakage` = what the credits
/// that expired in [from, to) cost. Each grant's credits are worth its cost ÷ its amount;
/// promotional grants (and grants without a cost) count nothing.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RevenueView {
    pub cost_currency: String,
    pub from: Option<String>,
    pub to: String,
    pub deferred: Decimal,
    pub recognized: Decimal,
    pub breakage: Decimal,
}

pub fn revenue(
    conn: &rusqlite::Connection,
    from: Option<Instant>,
    to: Instant,
    currency: Option<&str>,
    customer: Option<&str>,
) -> Result<Vec<RevenueView>> {
    use crate::domain::credits::EntryType as T;
    if let Some(c) = customer {
        customer_repo::require_meta(conn, c)?;
    }
    if let Some(c) = currency {
        require_currency(conn, c)?;
    }
    let grants: BTreeMap<String, (Grant, GrantInfo)> = repo::all(conn, customer, currency)?
        .into_iter()
        .filter(|(g, i)| {
            matches!(g.grant_type, GrantType::Paid | GrantType::Recurring)
                && i.cost_currency.is_some()
                && !g.amount.is_zero()
        })
        .map(|(g, i)| (g.grant_id.clone(), (g, i)))
        .collect();
    // Entries before `to` only (the statement filters them, not this loop).
    let f = crate::store::credits::LedgerFilter {
        customer_id: customer.map(str::to_string),
        currency_id: currency.map(str::to_string),
        to: Some(to),
        ..Default::default()
    };
    // Per grant: credits held at `to`, and consumed and expired before `from` and before `to`.
    #[derive(Default)]
    struct Held {
        credits: Decimal,
        consumed: [Decimal; 2],
        expired: [Decimal; 2],
    }
    let mut held: BTreeMap<&str, Held> = BTreeMap::new();
    // One entry held at a time (the ledger of a large import holds millions).
    repo::ledger_in_order(conn, &f, |e| {
        let Some((g, _)) = grants.get(&e.grant_id) else {
            return Ok(());
        };
        let at = clock::parse_instant(&e.at).map_err(Error::damaged)?;
        if at >= to {
            return Ok(());
        }
        // 0: before `from` (nothing when there is none), 1: before `to`.
        let before_from = from.is_some_and(|f| at < f);
        let h = held.entry(g.grant_id.as_str()).or_default();
        h.credits = plus(h.credits, e.amount)?;
        let sum = match T::parse(&e.entry_type) {
            Some(T::Consumed | T::TransferTarget) => &mut h.consumed,
            Some(T::Expired) => &mut h.expired,
            _ => return Ok(()),
        };
        if before_from {
            sum[0] = plus(sum[0], -e.amount)?;
        }
        sum[1] = plus(sum[1], -e.amount)?;
        Ok(())
    })?;
    // Per currency of cost: deferred, and recognized and breakage before `from` and `to`.
    let mut out: BTreeMap<String, (RevenueView, [Decimal; 2], [Decimal; 2])> = BTreeMap::new();
    for (id, h) in held {
        let Some((g, info)) = grants.get(id) else {
            continue;
        };
        let Some(cur) = &info.cost_currency else {
            continue;
        };
        // Cost × credits ÷ amount; when the product is past the range (a cost of 1e14 for
        // 1e15 credits), cost × (credits ÷ amount): the share is at most 1 in size, so the
        // figure is never larger than the cost (held to 28 significant digits either way).
        let worth = |x: Decimal| -> Result<Decimal> {
            info.cost_amount
                .checked_mul(x)
                .and_then(|v| v.checked_div(g.amount))
                .or_else(|| {
                    x.checked_div(g.amount)
                        .and_then(|share| info.cost_amount.checked_mul(share))
                })
                .ok_or_else(|| too_large(PoolError::OutOfRange))
        };
        let (v, recognized, breakage) = out.entry(cur.clone()).or_insert_with(|| {
            let v = RevenueView {
                cost_currency: cur.clone(),
                from: from.as_ref().map(clock::fmt),
                to: clock::fmt(&to),
                deferred: Decimal::ZERO,
                recognized: Decimal::ZERO,
                breakage: Decimal::ZERO,
            };
            (v, [Decimal::ZERO; 2], [Decimal::ZERO; 2])
        });
        v.deferred = money_plus(v.deferred, worth(h.credits)?)?;
        for i in 0..2 {
            recognized[i] = money_plus(recognized[i], worth(h.consumed[i])?)?;
            breakage[i] = money_plus(breakage[i], worth(h.expired[i])?)?;
        }
    }
    let places = |c: &str| crate::domain::money::minor_units(c).unwrap_or(2) + 4;
    out.into_values()
        .map(|(mut v, recognized, breakage)| {
            // Shown to four places past the currency's minor unit (sums are exact before). A
            // period's figure is the rounded total up to its end less the rounded total up to
            // its start, so that adjacent periods add up to the period they cover, to the last
            // place shown.
            let p = places(&v.cost_currency);
            let period = |s: [Decimal; 2]| -> Result<Decimal> {
                s[1].round_dp(p)
                    .checked_sub(s[0].round_dp(p))
                    .map(|d| d.normalize())
                    .ok_or_else(|| too_large(PoolError::OutOfRange))
            };
            v.deferred = v.deferred.round_dp(p).normalize();
            v.recognized = period(recognized)?;
            v.breakage = period(breakage)?;
            Ok(v)
        })
        .collect()
}

/// A sum of money figures. A grant's figures are a division (cost ÷ amount × credits): already
/// held to 28 significant digits, so their sum is too (rounded at the 28th digit, far below the
/// four places past the minor unit that are shown); only a sum past what a decimal holds is
/// refused. (An exact sum would refuse `100 × 2 ÷ 3` + `1 × 6 ÷ 7`.)
fn money_plus(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_add(b)
        .ok_or_else(|| too_large(PoolError::OutOfRange))
}

// ---- verify ----------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Violation {
    pub invariant: u8,
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
    /// The grant or ledger entry at fault, when one is.
    pub id: Option<String>,
    pub problem: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
    pub pools: usize,
    pub grants: usize,
    pub entries: usize,
    pub requests: usize,
    pub violations: Vec<Violation>,
}

/// Recomputes every pool from its ledger and checks the five invariants of spec 50-credits.
pub fn verify(conn: &rusqlite::Connection) -> Result<VerifyReport> {
    let mut r = VerifyReport {
        pools: 0,
        grants: 0,
        entries: 0,
        requests: 0,
        violations: Vec::new(),
    };
    let keys = repo::pools(conn, None)?;
    let recorded = repo::recorded_balances(conn)?;
    let dues = repo::stored_dues(conn)?;
    // One pool at a time: its grants, and its entries as the ledger gives them pool by pool.
    let mut check = |key: &PoolKey,
                     rows: Vec<(repo::LedgerRow, crate::domain::credits::Entry)>|
     -> Result<()> {
        r.pools += 1;
        let mut flag = |n: u8, id: Option<&str>, problem: String| {
            r.violations.push(Violation {
                invariant: n,
                customer_id: key.customer_id.clone(),
                currency_id: key.currency_id.clone(),
                resource_id: Some(key.resource_id.clone()).filter(|r| !r.is_empty()),
                id: id.map(str::to_string),
                problem,
            })
        };
        let (pool, _) = repo::load_pool(conn, key, true)?;
        r.grants += pool.grants.len();
        r.entries += rows.len();
        // 1. every grant.
        for g in &pool.grants {
            if let Some(p) = grant_problem(g) {
                flag(1, Some(&g.grant_id), p);
            }
            // Its next time-driven step as stored is the one its state says (taking effect
            // while SCHEDULED, expiring while ACTIVE, none after): a step lost or moved would
            // leave credits live past their expiry, or expire them early.
            let stored = dues.get(&g.grant_id).copied().flatten();
            if stored != repo::due_at(g) {
                let shown = |v: Option<i64>| {
                    v.and_then(|m| crate::store::usage::from_micros(m).ok())
                        .map_or("none".to_string(), |t| clock::fmt(&t))
                };
                flag(
                    4,
                    Some(&g.grant_id),
                    format!(
                        "its next step is stored as {}, its state ({}) says {}",
                        shown(stored),
                        g.status.wire(),
                        shown(repo::due_at(g))
                    ),
                );
            }
        }
        // 2. the balance: every entry's balance-after is the running sum, and the last one is
        // Σ remaining − deficit.
        let mut running = Decimal::ZERO;
        for (row, e) in &rows {
            running = match crate::domain::decimal::exact_add(running, e.amount) {
                Some(v) => v,
                None => {
                    flag(
                        2,
                        Some(&row.entry_id),
                        "the running balance is out of range or inexact".into(),
                    );
                    break;
                }
            };
            if row.balance_after != running {
                flag(
                    2,
                    Some(&row.entry_id),
                    format!(
                        "balance after is {}, the entries sum to {running}",
                        row.balance_after
                    ),
                );
            }
        }
        // The balance recorded on the pool is what its last entry says.
        if let Some(b) = recorded.get(key)
            && b.parse::<Decimal>().ok() != Some(running)
        {
            flag(
                2,
                None,
                format!("the pool records a balance of {b}, its ledger says {running}"),
            );
        }
        if Some(running) != pool.exact_balance() {
            flag(
                2,
                None,
                format!(
                    "the ledger sums to {running}, the grants hold {}",
                    pool.balance()
                ),
            );
        }
        // 3. credits move only by GRANTED, EXPIRED, VOIDED: consumption entries take, the
        // transfers of a settlement cancel out.
        use crate::domain::credits::EntryType as T;
        let mut transfers = Decimal::ZERO;
        for (row, e) in &rows {
            let wrong_sign = match e.entry_type {
                T::Granted => e.amount <= Decimal::ZERO,
                T::Consumed | T::Expired | T::Voided | T::TransferTarget => {
                    e.amount > Decimal::ZERO
                }
                T::TransferSource => e.amount < Decimal::ZERO,
                T::Updated => false,
            };
            if wrong_sign {
                flag(
                    3,
                    Some(&row.entry_id),
                    format!("{} entry of {}", row.entry_type, e.amount),
                );
            }
            if matches!(e.entry_type, T::TransferSource | T::TransferTarget) {
                transfers = plus(transfers, e.amount)?;
            }
        }
        if !transfers.is_zero() {
            flag(
                3,
                None,
                format!("settlement transfers sum to {transfers}, not 0"),
            );
        }
        // 4. replaying the ledger from empty gives the stored states.
        let plain: Vec<_> = rows.iter().map(|(_, e)| e.clone()).collect();
        match replay(&pool.grants, &plain) {
            Err(p) => flag(4, None, p),
            Ok((replayed, _)) => {
                for (a, b) in replayed.grants.iter().zip(&pool.grants) {
                    if a != b {
                        flag(
                            4,
                            Some(&b.grant_id),
                            format!(
                                "stored {} consumed {} expired {} voided {}; the ledger says {} consumed {} expired {} voided {}",
                                b.status.wire(),
                                b.consumed,
                                b.expired,
                                b.voided,
                                a.status.wire(),
                                a.consumed,
                                a.expired,
                                a.voided
                            ),
                        );
                    }
                }
            }
        }
        Ok(())
    };
    let mut next = 0;
    repo::entries_by_pool(conn, |key, rows| {
        // Pools with grants and no entries come in their place.
        while next < keys.len() && keys[next] < key {
            check(&keys[next], Vec::new())?;
            next += 1;
        }
        if next < keys.len() && keys[next] == key {
            next += 1;
        }
        check(&key, rows)
    })?;
    for key in &keys[next..] {
        check(key, Vec::new())?;
    }
    // Entries of no pool (every entry belongs to one).
    let mut lost: i64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM credit_ledger WHERE pool NOT IN (SELECT id FROM credit_pools)",
        )?
        .query_row([], |r| r.get(0))?;
    if crate::store::ledger_runs::has_runs(conn)? {
        lost += crate::store::ledger_runs::entries_of_no_pool(conn)?;
    }
    // Every entry has a number of its own.
    if crate::store::ledger_runs::has_runs(conn)?
        && let Some(seq) = crate::store::ledger_runs::number_stored_twice(conn)?
    {
        r.violations.push(Violation {
            invariant: 2,
            customer_id: String::new(),
            currency_id: String::new(),
            resource_id: None,
            id: Some(crate::ids::derived_id("led", seq.max(0) as u64)),
            problem: format!(
                "ledger entry '{}' is stored twice",
                crate::ids::derived_id("led", seq.max(0) as u64)
            ),
        });
    }
    if lost > 0 {
        r.violations.push(Violation {
            invariant: 2,
            customer_id: String::new(),
            currency_id: String::new(),
            resource_id: None,
            id: None,
            problem: format!("{lost} ledger entr(ies) name no pool"),
        });
    }
    // 3 and 5. each consumption stored under an idempotency key was applied exactly once, for
    // exactly its amount.
    let mut stmt = conn.prepare_cached(
        "SELECT customer_id, idempotency_key, request FROM credit_requests ORDER BY 1, 2",
    )?;
    let reqs: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (customer, key, request) in reqs {
        r.requests += 1;
        let v: serde_json::Value = serde_json::from_str(&request).unwrap_or_default();
        let Some(amount) = v
            .get("amount")
            .and_then(|a| a.as_str())
            .and_then(|a| a.parse::<Decimal>().ok())
        else {
            continue;
        };
        let is_consume = v.get("dimensions").is_some();
        // (Entries with a key are rows, never in a run.)
        let mut stmt = conn.prepare_cached(
            "SELECT CASE l.type WHEN 1 THEN 'CREDITS_GRANTED' WHEN 2 THEN 'CREDITS_CONSUMED'
                 ELSE '' END, l.amount
             FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
             WHERE p.customer_id = ?1 AND l.idempotency_key = ?2",
        )?;
        let entries: Vec<(String, String)> = stmt
            .query_map([&customer, &key], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut consumed = Decimal::ZERO;
        for (t, a) in &entries {
            if t == "CREDITS_CONSUMED"
                && let Ok(a) = a.parse::<Decimal>()
            {
                consumed = plus(consumed, a)?;
            }
        }
        let granted = entries
            .iter()
            .filter(|(t, _)| t == "CREDITS_GRANTED")
            .count();
        let wrong = if is_consume {
            // (`0 - x`, not `-x`: a negated zero prints `-0`.)
            (consumed != -amount)
                .then(|| format!("consumed {} of {amount}", Decimal::ZERO - consumed))
        } else {
            (granted > 1).then(|| format!("granted {granted} times"))
        };
        if let Some(problem) = wrong {
            r.violations.push(Violation {
                invariant: if is_consume { 3 } else { 5 },
                customer_id: customer.clone(),
                currency_id: v["currency"].as_str().unwrap_or("").to_string(),
                resource_id: v["resource"].as_str().map(str::to_string),
                id: Some(key.clone()),
                problem: format!("request '{key}': {problem}"),
            });
        }
    }
    // 5. every idempotency key the ledger carries has its request recorded: without it, the
    // key applied again would grant or consume a second time. (Entries with a key are rows,
    // never in a run.)
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT p.customer_id, p.currency_id, l.idempotency_key
         FROM credit_ledger l JOIN credit_pools p ON p.id = l.pool
         WHERE l.idempotency_key IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM credit_requests q
                           WHERE q.customer_id = p.customer_id
                             AND q.idempotency_key = l.idempotency_key)
         ORDER BY 1, 3",
    )?;
    let orphans: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (customer, currency, key) in orphans {
        r.violations.push(Violation {
            invariant: 5,
            customer_id: customer,
            currency_id: currency,
            resource_id: None,
            id: Some(key.clone()),
            problem: format!(
                "idempotency key '{key}' has ledger entries but no recorded request: applied again, it would apply twice"
            ),
        });
    }
    Ok(r)
}
