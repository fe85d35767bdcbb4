//! `credit grant|consume|void|grants|balance|ledger|verify` and the time-driven steps of grants
//! (taking effect, expiring). Each operation loads one pool, lets the domain change it
//! (`domain::credits`), saves the grants it touched, appends its ledger entries and logs its
//! events — all in the command's transaction.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::BTreeMap;

use crate::clock::{self, Instant};
use crate::domain::catalog::{Currency, EntityKind, Money};
use crate::domain::credits::{
    DEFAULT_PRIORITY, Grant, GrantStatus, GrantType, Outcome, Pool, PoolError, grant_problem,
    replay,
};
use crate::error::{Error, ErrorKind, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::ops::catchup::{DueSource, Transition};
use crate::store::credits::{self as repo, EntryContext, GrantInfo, PoolKey};
use crate::store::{Tx, catalog as catalog_repo, customers as customer_repo, events};

/// Below this share of the granted amount in force, a consumption signals `credit.balance.low`.
pub const LOW_BALANCE_SHARE: Decimal = Decimal::from_parts(20, 0, 0, false, 2);

fn too_large(e: PoolError) -> Error {
    match e {
        PoolError::OutOfRange => Error::rejected(
            "AmountTooLarge",
            "a credit amount is out of the decimal range",
        ),
        PoolError::NoOverdraftGrant => Error::internal("a consumption found no overdraft grant"),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct GrantView {
    pub grant_id: String,
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
    pub name: Option<String>,
    pub grant_type: GrantType,
    pub status: GrantStatus,
    pub amount: Decimal,
    pub consumed_amount: Decimal,
    pub expired_amount: Decimal,
    pub voided_amount: Decimal,
    pub remaining_amount: Decimal,
    pub cost: Option<Money>,
    /// cost ÷ amount, to 12 places.
    pub cost_basis: Decimal,
    pub priority: i64,
    pub effective_at: String,
    pub expires_at: Option<String>,
    pub created_at: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<bool>,
}

pub fn grant_view(g: &Grant, info: &GrantInfo) -> GrantView {
    let basis = if g.amount.is_zero() {
        Decimal::ZERO
    } else {
        info.cost_amount
            .checked_div(g.amount)
            .unwrap_or_default()
            .round_dp(crate::domain::decimal::MAX_SCALE)
            .normalize()
    };
    GrantView {
        grant_id: g.grant_id.clone(),
        customer_id: info.pool.customer_id.clone(),
        currency_id: info.pool.currency_id.clone(),
        resource_id: Some(info.pool.resource_id.clone()).filter(|r| !r.is_empty()),
        name: info.name.clone(),
        grant_type: g.grant_type,
        status: g.status,
        amount: g.amount,
        consumed_amount: g.consumed,
        expired_amount: g.expired,
        voided_amount: g.voided,
        remaining_amount: if g.grant_type == GrantType::Overdraft {
            Decimal::ZERO - g.consumed
        } else {
            g.remaining()
        },
        cost: info.cost_currency.as_ref().map(|c| Money {
            amount: info.cost_amount,
            currency: c.clone(),
        }),
        cost_basis: basis,
        priority: g.priority,
        effective_at: clock::fmt(&g.effective_at),
        expires_at: g.expires_at.as_ref().map(clock::fmt),
        created_at: clock::fmt(&g.created_at),
        source: info.source.clone(),
        comment: info.comment.clone(),
        duplicate: None,
    }
}

/// The customer exists and is not archived.
fn require_customer(tx: &Tx<'_>, id: &str) -> Result<()> {
    let (_, meta) = customer_repo::require(&tx.sql, id)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{id}' is archived"),
        ));
    }
    Ok(())
}

fn require_currency(conn: &rusqlite::Connection, id: &str) -> Result<()> {
    catalog_repo::get_simple::<Currency>(conn, EntityKind::Currency, id)?
        .map(|_| ())
        .ok_or_else(|| {
            Error::not_found(
                "CustomCurrencyNotFound",
                format!("credit currency '{id}' not found"),
            )
            .hint("list them with `stigg-cli currency list`")
        })
}

fn pool_key(
    tx: &Tx<'_>,
    customer: &str,
    currency: &str,
    resource: Option<&str>,
) -> Result<PoolKey> {
    if let Some(r) = resource {
        crate::domain::slug::check_slug(r)
            .map_err(|m| Error::usage(format!("invalid resource id: {m}")))?;
        crate::ops::usage::require_resource(&tx.sql, customer, r)?;
    }
    Ok(PoolKey {
        customer_id: customer.to_string(),
        currency_id: currency.to_string(),
        resource_id: resource.unwrap_or("").to_string(),
    })
}

/// The stored answer to a request made before with the same idempotency key, or exit 4 when
/// the key was used for another request.
fn earlier<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    customer: &str,
    key: Option<&str>,
    request: &str,
) -> Result<Option<T>> {
    let Some(key) = key else { return Ok(None) };
    match repo::request(&tx.sql, customer, key)? {
        None => Ok(None),
        Some((req, result)) if req == request => Ok(Some(serde_json::from_str(&result)?)),
        Some(_) => Err(Error::new(
            ErrorKind::Conflict,
            "IdempotencyKeyReused",
            format!("idempotency key '{key}' was used for another credit request of '{customer}'"),
        )),
    }
}

/// Saves what an operation did to a pool: the grants it touched (inserted when new), its ledger
/// entries, and the events of grants used up. Returns the balance after.
fn commit(
    tx: &mut Tx<'_>,
    pool: &Pool,
    infos: &mut BTreeMap<String, GrantInfo>,
    key: &PoolKey,
    out: &Outcome,
    ctx: &EntryContext,
) -> Result<Decimal> {
    for id in &out.touched {
        let Some(g) = pool.grants.iter().find(|g| &g.grant_id == id) else {
            continue;
        };
        if repo::get(&tx.sql, id)?.is_some() {
            repo::save_state(tx, g)?;
        } else {
            let info = infos.entry(id.clone()).or_insert_with(|| GrantInfo {
                pool: key.clone(),
                cost_amount: Decimal::ZERO,
                cost_currency: None,
                source: "overdraft".into(),
                subscription_id: None,
                name: None,
                comment: None,
            });
            repo::insert(tx, g, info)?;
        }
    }
    let after = repo::append(tx, key, &out.entries, ctx)?;
    for id in &out.depleted {
        grant_event(tx, pool, infos, id, EventType::CreditGrantDepleted)?;
    }
    Ok(after)
}

fn grant_event(
    tx: &mut Tx<'_>,
    pool: &Pool,
    infos: &BTreeMap<String, GrantInfo>,
    id: &str,
    ty: EventType,
) -> Result<()> {
    let (Some(g), Some(info)) = (pool.grants.iter().find(|g| g.grant_id == id), infos.get(id))
    else {
        return Ok(());
    };
    let v = grant_view(g, info);
    events::append(
        tx,
        &NewEvent {
            event_type: ty,
            entity_type: EventEntityType::Credit,
            entity_id: id.to_string(),
            entity: serde_json::to_value(&v)?,
        },
    )?;
    Ok(())
}

fn load(tx: &Tx<'_>, key: &PoolKey) -> Result<(Pool, BTreeMap<String, GrantInfo>)> {
    let (pool, infos) = repo::load_pool(&tx.sql, key, false)?;
    let infos = pool
        .grants
        .iter()
        .map(|g| g.grant_id.clone())
        .zip(infos)
        .collect();
    Ok((pool, infos))
}

// ---- grant -----------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GrantRequest {
    pub customer: String,
    pub currency: String,
    pub amount: Decimal,
    pub grant_type: GrantType,
    pub cost: Option<Money>,
    pub priority: Option<i64>,
    pub effective_at: Option<Instant>,
    pub expires_at: Option<Instant>,
    pub name: Option<String>,
    pub comment: Option<String>,
    pub resource: Option<String>,
    #[serde(skip)]
    pub idempotency_key: Option<String>,
}

pub fn grant(tx: &mut Tx<'_>, req: &GrantRequest) -> Result<GrantView> {
    let now = tx.now;
    if req.amount <= Decimal::ZERO {
        return Err(Error::usage("--amount must be greater than 0"));
    }
    if !matches!(req.grant_type, GrantType::Paid | GrantType::Promotional) {
        return Err(Error::usage("--type is paid or promotional"));
    }
    if let Some(c) = &req.cost {
        if c.amount < Decimal::ZERO {
            return Err(Error::usage("--cost must not be negative"));
        }
        if req.grant_type == GrantType::Promotional && !c.amount.is_zero() {
            return Err(Error::usage(
                "a promotional grant costs nothing; drop --cost",
            ));
        }
        crate::domain::money::check_currency(&c.currency).map_err(Error::usage)?;
    }
    if req.priority.is_some_and(|p| p < 0) {
        return Err(Error::usage(
            "--priority must be 0 or more (lower burns first)",
        ));
    }
    let effective_at = req.effective_at.unwrap_or(now);
    if effective_at < now {
        return Err(Error::usage(format!(
            "--effective-at {} is in the past (now is {}); a grant takes effect now or later",
            clock::fmt(&effective_at),
            clock::fmt(&now)
        )));
    }
    if let Some(e) = req.expires_at {
        clock::check_storable("--expires-at", &e)?;
        if e <= effective_at {
            return Err(Error::new(
                ErrorKind::Usage,
                "ExpireAtMustBeLaterThanEffectiveAtError",
                format!(
                    "--expires-at {} must be after the grant takes effect ({})",
                    clock::fmt(&e),
                    clock::fmt(&effective_at)
                ),
            ));
        }
    }
    clock::check_storable("--effective-at", &effective_at)?;
    require_customer(tx, &req.customer)?;
    require_currency(&tx.sql, &req.currency)?;
    let request = serde_json::to_string(req)?;
    if let Some(mut v) =
        earlier::<GrantView>(tx, &req.customer, req.idempotency_key.as_deref(), &request)?
    {
        // The grant as it is now, marked as the answer to a repeated request.
        if let Some((g, info)) = repo::get(&tx.sql, &v.grant_id)? {
            v = grant_view(&g, &info);
        }
        v.duplicate = Some(true);
        return Ok(v);
    }
    let key = pool_key(tx, &req.customer, &req.currency, req.resource.as_deref())?;
    let g = new_grant(
        tx,
        req.grant_type,
        req.amount,
        req.priority.unwrap_or(DEFAULT_PRIORITY),
        effective_at,
        req.expires_at,
    )?;
    let info = GrantInfo {
        pool: key.clone(),
        cost_amount: req.cost.as_ref().map(|c| c.amount).unwrap_or_default(),
        cost_currency: req.cost.as_ref().map(|c| c.currency.clone()),
        source: "manual".into(),
        subscription_id: None,
        name: req.name.clone(),
        comment: req.comment.clone(),
    };
    let ctx = EntryContext {
        idempotency_key: req.idempotency_key.clone(),
        ..Default::default()
    };
    let id = add_grant(tx, g, info, now, &ctx)?;
    let (g, info) = repo::get(&tx.sql, &id)?
        .ok_or_else(|| Error::internal(format!("grant '{id}' was not stored")))?;
    let v = grant_view(&g, &info);
    if let Some(k) = &req.idempotency_key {
        repo::save_request(tx, &req.customer, k, &request, &serde_json::to_string(&v)?)?;
    }
    Ok(v)
}

/// A grant not yet in any pool, numbered.
fn new_grant(
    tx: &mut Tx<'_>,
    grant_type: GrantType,
    amount: Decimal,
    priority: i64,
    effective_at: Instant,
    expires_at: Option<Instant>,
) -> Result<Grant> {
    Ok(Grant {
        grant_id: tx.ids.next_id(&tx.sql, "cgr")?,
        seq: repo::last_seq(&tx.sql)? + 1,
        grant_type,
        status: GrantStatus::Scheduled,
        amount,
        consumed: Decimal::ZERO,
        expired: Decimal::ZERO,
        voided: Decimal::ZERO,
        granted: false,
        priority,
        effective_at,
        expires_at,
        created_at: tx.now,
    })
}

/// Adds a grant to its pool at `at`: stored, its GRANTED entry (when it is in effect) and the
/// settlement of an overdraft, `credit.grant.created`. Returns its id.
fn add_grant(
    tx: &mut Tx<'_>,
    g: Grant,
    info: GrantInfo,
    at: Instant,
    ctx: &EntryContext,
) -> Result<String> {
    let key = info.pool.clone();
    let (mut pool, mut infos) = load(tx, &key)?;
    let id = g.grant_id.clone();
    infos.insert(id.clone(), info);
    let out = pool.add_grant(g, at).map_err(too_large)?;
    // The new grant is inserted before its entries and before the overdraft it settles.
    commit(tx, &pool, &mut infos, &key, &out, ctx)?;
    grant_event(tx, &pool, &infos, &id, EventType::CreditGrantCreated)?;
    Ok(id)
}

// ---- recurring credits -----------------------------------------------------------------------

/// Brings the recurring credits of the subscriptions of (customer, resource) in line with what
/// they grant at `at`: for each credit entitlement, the grants of the cadence period containing
/// `at` add up to at least its amount (a start, a renewal, an add-on or seats bought mid-period
/// grant the difference at once; nothing is clawed back when they go). Periods wholly before
/// the command's `now` are skipped (see below). A subscription whose
/// entitlements were revoked has its current recurring grants voided; one that is not live
/// grants nothing more. Each subscription's next period start is kept for the catch-up step.
pub fn reconcile_recurring(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
) -> Result<()> {
    use crate::domain::credits::{cadence_period, recurring_credits};
    let scope = resource.unwrap_or("");
    for s in crate::store::subscriptions::for_customer(&tx.sql, customer)? {
        if s.resource_id.as_deref() != resource {
            continue;
        }
        let id = s.subscription_id.clone();
        if s.entitlements_revoked && s.entitlements_revoked_at.is_some_and(|r| r <= at) {
            for (g, _) in repo::recurring(&tx.sql, &id, None)? {
                if matches!(g.status, GrantStatus::Active | GrantStatus::Scheduled)
                    && g.expires_at.is_some_and(|e| at < e)
                {
                    void_at(tx, &g.grant_id, at)?;
                }
            }
            repo::set_renewal(tx, &id, customer, scope, None)?;
            continue;
        }
        let live = s.is_live() && s.start_date <= at && s.end_date.is_none_or(|e| at < e);
        if !live {
            repo::set_renewal(tx, &id, customer, scope, None)?;
            continue;
        }
        let s = s.as_of(at);
        let chain = crate::ops::entitlements::plan_chain(&tx.sql, &s.plan_id, s.plan_version)?;
        let mut addon_bodies = Vec::new();
        for a in &s.addons {
            if let Some(v) = catalog_repo::get_version(&tx.sql, &a.addon_id, a.version)? {
                addon_bodies.push((a.quantity, v.body));
            }
        }
        let chain_refs: Vec<_> = chain.iter().collect();
        let addon_refs: Vec<_> = addon_bodies.iter().map(|(q, b)| (*q, b)).collect();
        let wants =
            recurring_credits(&chain_refs, &s.quantities, &addon_refs).map_err(too_large)?;
        let mut next: Option<Instant> = None;
        for w in wants {
            let Some((start, end)) = cadence_period(s.start_date, w.cadence, at) else {
                continue;
            };
            if end <= tx.now {
                // A period that began and ended while no command ran (the catch-up step
                // passing it): nothing could use its credits, so it grants none — the next
                // step is the period the command's now is in.
                let current = cadence_period(s.start_date, w.cadence, tx.now).map(|p| p.0);
                let next_start = current.filter(|c| *c > at).unwrap_or(end);
                next = Some(next.map_or(next_start, |n: Instant| n.min(next_start)));
                continue;
            }
            let granted: Decimal = repo::recurring(&tx.sql, &id, Some(&w.currency))?
                .iter()
                .filter(|(g, _)| g.effective_at >= start && g.expires_at == Some(end))
                .map(|(g, _)| g.amount)
                .sum();
            if w.amount > granted {
                let g = new_grant(
                    tx,
                    GrantType::Recurring,
                    w.amount - granted,
                    DEFAULT_PRIORITY,
                    at,
                    Some(end),
                )?;
                let info = GrantInfo {
                    pool: PoolKey {
                        customer_id: customer.to_string(),
                        currency_id: w.currency.clone(),
                        resource_id: scope.to_string(),
                    },
                    cost_amount: Decimal::ZERO,
                    cost_currency: None,
                    source: w.source.to_string(),
                    subscription_id: Some(id.clone()),
                    name: Some(format!(
                        "{} credits of {} ({})",
                        w.cadence.kebab(),
                        s.plan_id,
                        id
                    )),
                    comment: None,
                };
                add_grant(tx, g, info, at, &EntryContext::default())?;
            }
            next = Some(next.map_or(end, |n: Instant| n.min(end)));
        }
        repo::set_renewal(tx, &id, customer, scope, next)?;
    }
    Ok(())
}

/// The next cadence periods of subscriptions with credit entitlements, as the catch-up step
/// reaches them.
pub struct CreditRenewal;

impl DueSource for CreditRenewal {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>> {
        repo::next_renewal(conn, until)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut done = Vec::new();
        for (customer, resource) in repo::renewals_due(&tx.sql, at)? {
            let resource = Some(resource.as_str()).filter(|r| !r.is_empty());
            reconcile_recurring(tx, &customer, resource, at)?;
            done.push(Transition {
                at,
                kind: "credit",
                entity_id: customer.clone(),
                description: format!("recurring credits of {customer} renewed"),
            });
        }
        // Whatever reconciling did, nothing stays due at `at`: each renewal moved on or went.
        tx.sql
            .prepare_cached("DELETE FROM credit_renewals WHERE due_at <= ?1")?
            .execute([crate::store::usage::micros(&at)])?;
        Ok(done)
    }
}

// ---- consumption by usage --------------------------------------------------------------------

/// A `credits` price: the feature burns `rate` credits of `currency` per unit, or what
/// `formula` gives over the usage's dimensions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditPrice {
    pub currency: String,
    pub rate: Option<Decimal>,
    pub formula: Option<String>,
}

/// The `credits` price of `feature` in a plan version: its own, else the nearest parent's.
pub fn price_in_plan(
    conn: &rusqlite::Connection,
    plan: &str,
    version: u32,
    feature: &str,
) -> Result<Option<CreditPrice>> {
    for body in crate::ops::entitlements::plan_chain(conn, plan, version)? {
        if let Some(p) = body.prices.iter().find(|p| {
            p.model == crate::domain::catalog::PriceModel::Credits
                && p.feature.as_deref() == Some(feature)
        }) {
            return Ok(Some(CreditPrice {
                currency: p.currency.clone(),
                rate: p.rate,
                formula: p.formula.clone(),
            }));
        }
    }
    Ok(None)
}

/// The `credits` price of `feature` for a customer (in scope of `resource`) at `at`: the one
/// of the plan version of the first subscription live then that prices it.
pub fn credit_price(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    feature: &str,
    at: Instant,
) -> Result<Option<CreditPrice>> {
    Prices::default().price(conn, customer, resource, feature, at)
}

/// Credit prices looked up once per customer and plan version (a usage import asks for every
/// row).
#[derive(Default)]
pub struct Prices {
    subs: std::collections::HashMap<String, Vec<crate::domain::subscriptions::Subscription>>,
    plans: std::collections::HashMap<(String, u32, String), Option<CreditPrice>>,
}

impl Prices {
    pub fn price(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &str,
        at: Instant,
    ) -> Result<Option<CreditPrice>> {
        if !self.subs.contains_key(customer) {
            let list = crate::store::subscriptions::for_customer(conn, customer)?;
            self.subs.insert(customer.to_string(), list);
        }
        let mut found = Vec::new();
        for s in self.subs.get(customer).into_iter().flatten() {
            if s.resource_id.is_some() && s.resource_id.as_deref() != resource {
                continue;
            }
            let s = s.as_of(at);
            let live_then = s.status != crate::domain::subscriptions::SubStatus::NotStarted
                && s.start_date <= at
                && s.end_date.is_none_or(|e| at < e)
                && (s.is_live() || s.end_date.is_some())
                && !s.entitlements_revoked;
            if live_then {
                found.push((s.plan_id.clone(), s.plan_version));
            }
        }
        for (plan, version) in found {
            let k = (plan, version, feature.to_string());
            if !self.plans.contains_key(&k) {
                let p = price_in_plan(conn, &k.0, k.1, feature)?;
                self.plans.insert(k.clone(), p);
            }
            if let Some(Some(p)) = self.plans.get(&k) {
                return Ok(Some(p.clone()));
            }
        }
        Ok(None)
    }
}

/// Consumption by a bulk import: pools held in memory while the rows burn them (in burn order,
/// one entry per grant touched per record, as single reports burn), written once at the end.
#[derive(Default)]
pub struct Burner {
    pub prices: Prices,
    pools: BTreeMap<PoolKey, Held>,
    /// Overdraft grants opened during the import, numbered at the end.
    opened: usize,
}

struct Held {
    pool: Pool,
    infos: BTreeMap<String, GrantInfo>,
    before: Decimal,
    entries: Vec<(crate::domain::credits::Entry, EntryContext)>,
    touched: Vec<String>,
    depleted: Vec<String>,
}

const PENDING: &str = "pending-overdraft-";

impl Burner {
    /// Burns `amount` (> 0) from a pool, in memory.
    pub fn burn(
        &mut self,
        conn: &rusqlite::Connection,
        now: Instant,
        key: &PoolKey,
        amount: Decimal,
        ctx: EntryContext,
    ) -> Result<()> {
        if !self.pools.contains_key(key) {
            let (pool, infos) = repo::load_pool(conn, key, false)?;
            let infos = pool
                .grants
                .iter()
                .map(|g| g.grant_id.clone())
                .zip(infos)
                .collect();
            let before = pool.balance();
            self.pools.insert(
                key.clone(),
                Held {
                    pool,
                    infos,
                    before,
                    entries: Vec::new(),
                    touched: Vec::new(),
                    depleted: Vec::new(),
                },
            );
        }
        let Some(h) = self.pools.get_mut(key) else {
            return Ok(());
        };
        let overdraft = if h.pool.needs_new_overdraft(amount, now) {
            self.opened += 1;
            Some(Grant {
                grant_id: format!("{PENDING}{}", self.opened),
                seq: 0,
                grant_type: GrantType::Overdraft,
                status: GrantStatus::Active,
                amount: Decimal::ZERO,
                consumed: Decimal::ZERO,
                expired: Decimal::ZERO,
                voided: Decimal::ZERO,
                granted: false,
                priority: DEFAULT_PRIORITY,
                effective_at: now,
                expires_at: None,
                created_at: now,
            })
        } else {
            None
        };
        let out = h.pool.consume(amount, now, overdraft).map_err(too_large)?;
        for id in out.touched {
            if !h.touched.contains(&id) {
                h.touched.push(id);
            }
        }
        h.depleted.extend(out.depleted);
        h.entries
            .extend(out.entries.into_iter().map(|e| (e, ctx.clone())));
        Ok(())
    }

    /// Writes what the rows burned: the grants they touched, the overdrafts they opened, the
    /// ledger entries in the order the rows burned, `credit.grant.depleted` and the balance
    /// signals (one per pool and crossing over the whole import).
    pub fn finish(self, tx: &mut Tx<'_>) -> Result<()> {
        for (key, mut h) in self.pools {
            // The overdrafts opened get their ids and creation order now.
            let mut names = BTreeMap::new();
            for g in h.pool.grants.iter_mut() {
                if g.grant_id.starts_with(PENDING) {
                    let id = tx.ids.next_id(&tx.sql, "cgr")?;
                    names.insert(g.grant_id.clone(), id.clone());
                    g.grant_id = id;
                    g.seq = repo::last_seq(&tx.sql)? + 1 + names.len() as i64;
                }
            }
            let rename = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
            let out = Outcome {
                entries: Vec::new(),
                touched: h.touched.iter().map(rename).collect(),
                depleted: h.depleted.iter().map(rename).collect(),
            };
            let mut infos = h.infos;
            commit(
                tx,
                &h.pool,
                &mut infos,
                &key,
                &out,
                &EntryContext::default(),
            )?;
            let mut after = h.before;
            for (mut e, ctx) in h.entries {
                e.grant_id = rename(&e.grant_id);
                after = repo::append(tx, &key, std::slice::from_ref(&e), &ctx)?;
            }
            balance_signals(tx, &h.pool, &key, h.before, after)?;
        }
        Ok(())
    }
}

/// What a usage record burned, as `usage report` and `event report` print it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UsageCredit {
    pub consumed: Decimal,
    pub currency_id: String,
    pub current_balance: Decimal,
}

/// The credits one usage record burns under `price`: `rate` × `units`, or the formula over
/// `dims` (once per record). Usage that adds nothing (`units` ≤ 0: a negative delta, a level
/// going down) burns nothing and gives nothing back.
pub fn credits_for(
    price: &CreditPrice,
    units: Decimal,
    dims: &BTreeMap<String, String>,
) -> std::result::Result<Decimal, String> {
    if units <= Decimal::ZERO {
        return Ok(Decimal::ZERO);
    }
    match (&price.formula, price.rate) {
        (Some(f), _) => {
            let e = crate::domain::formula::parse(f)
                .map_err(|e| format!("column {}: {}", e.column, e.message))?;
            crate::domain::formula::eval(&e, dims)
        }
        (None, Some(r)) => r
            .checked_mul(units)
            .ok_or_else(|| "the credits burned are out of range".to_string()),
        (None, None) => Ok(Decimal::ZERO),
    }
}

/// Burns what a usage record of `feature` costs in credits, when the customer's plan prices it
/// in credits; the ledger entries name the feature and the record. Burned at the command's
/// `now` (late usage burns when it is recorded). None when the feature is not priced in
/// credits.
#[allow(clippy::too_many_arguments)]
pub fn burn_for_usage(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    feature: &str,
    units: Decimal,
    dims: &BTreeMap<String, String>,
    at: Instant,
    record: Option<String>,
) -> Result<Option<UsageCredit>> {
    let Some(price) = credit_price(&tx.sql, customer, resource, feature, at)? else {
        return Ok(None);
    };
    let credits = credits_for(&price, units, dims).map_err(|m| {
        Error::usage(format!(
            "feature '{feature}' burns {} by formula: {m}",
            price.currency
        ))
    })?;
    let key = PoolKey {
        customer_id: customer.to_string(),
        currency_id: price.currency.clone(),
        resource_id: resource.unwrap_or("").to_string(),
    };
    if credits.is_zero() {
        return Ok(Some(UsageCredit {
            consumed: credits,
            currency_id: price.currency,
            current_balance: repo::balance(&tx.sql, &key)?,
        }));
    }
    let ctx = EntryContext {
        feature_id: Some(feature.to_string()),
        usage_record_id: record,
        idempotency_key: None,
    };
    let after = burn(tx, &key, credits, &ctx)?;
    Ok(Some(UsageCredit {
        consumed: credits,
        currency_id: price.currency,
        current_balance: after,
    }))
}

/// Burns `amount` from a pool at the command's `now` (overdraft for what no grant covers),
/// with the balance signals. Returns the balance after, and the pool and outcome.
fn burn_outcome(
    tx: &mut Tx<'_>,
    key: &PoolKey,
    amount: Decimal,
    ctx: &EntryContext,
) -> Result<(Decimal, Pool, Outcome)> {
    let now = tx.now;
    let (mut pool, mut infos) = load(tx, key)?;
    let before = pool.balance();
    let overdraft = if pool.needs_new_overdraft(amount, now) {
        Some(new_grant(
            tx,
            GrantType::Overdraft,
            Decimal::ZERO,
            DEFAULT_PRIORITY,
            now,
            None,
        )?)
    } else {
        None
    };
    let out = pool.consume(amount, now, overdraft).map_err(too_large)?;
    let after = commit(tx, &pool, &mut infos, key, &out, ctx)?;
    balance_signals(tx, &pool, key, before, after)?;
    Ok((after, pool, out))
}

fn burn(tx: &mut Tx<'_>, key: &PoolKey, amount: Decimal, ctx: &EntryContext) -> Result<Decimal> {
    Ok(burn_outcome(tx, key, amount, ctx)?.0)
}

/// A hard credit entitlement denies access at balance ≤ 0: the balance of the pool the
/// feature burns from (the plan version `plan@version` prices it in credits), or None when it
/// is not priced in credits.
pub fn balance_for_feature(
    conn: &rusqlite::Connection,
    customer: &str,
    resource: Option<&str>,
    plan: &str,
    version: u32,
    feature: &str,
) -> Result<Option<Decimal>> {
    let Some(price) = price_in_plan(conn, plan, version, feature)? else {
        return Ok(None);
    };
    let key = PoolKey {
        customer_id: customer.to_string(),
        currency_id: price.currency,
        resource_id: resource.unwrap_or("").to_string(),
    };
    Ok(Some(repo::balance(conn, &key)?))
}

// ---- consume ---------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsumeRequest {
    pub customer: String,
    pub currency: String,
    pub amount: Decimal,
    pub resource: Option<String>,
    pub dimensions: BTreeMap<String, String>,
    #[serde(skip)]
    pub idempotency_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Burned {
    pub grant_id: String,
    pub grant_type: GrantType,
    pub amount: Decimal,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsumeView {
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
    pub amount: Decimal,
    pub current_balance: Decimal,
    /// One line per grant the consumption burned, in burn order (the overdraft last).
    pub consumed_from: Vec<Burned>,
    pub overdraft: Decimal,
    pub duplicate: bool,
}

pub fn consume(tx: &mut Tx<'_>, req: &ConsumeRequest) -> Result<ConsumeView> {
    if req.amount <= Decimal::ZERO {
        return Err(Error::usage("--amount must be greater than 0"));
    }
    if req.idempotency_key.trim().is_empty() {
        return Err(Error::usage("--idempotency-key is empty"));
    }
    require_customer(tx, &req.customer)?;
    require_currency(&tx.sql, &req.currency)?;
    let request = serde_json::to_string(req)?;
    if let Some(mut v) =
        earlier::<ConsumeView>(tx, &req.customer, Some(&req.idempotency_key), &request)?
    {
        v.duplicate = true;
        return Ok(v);
    }
    let key = pool_key(tx, &req.customer, &req.currency, req.resource.as_deref())?;
    let ctx = EntryContext {
        idempotency_key: Some(req.idempotency_key.clone()),
        ..Default::default()
    };
    let (after, pool, out) = burn_outcome(tx, &key, req.amount, &ctx)?;
    let v = ConsumeView {
        customer_id: req.customer.clone(),
        currency_id: req.currency.clone(),
        resource_id: req.resource.clone(),
        amount: req.amount,
        current_balance: after,
        consumed_from: out
            .entries
            .iter()
            .map(|e| Burned {
                grant_id: e.grant_id.clone(),
                grant_type: pool
                    .grants
                    .iter()
                    .find(|g| g.grant_id == e.grant_id)
                    .map(|g| g.grant_type)
                    .unwrap_or(GrantType::Overdraft),
                amount: -e.amount,
            })
            .collect(),
        overdraft: pool.deficit(),
        duplicate: false,
    };
    repo::save_request(
        tx,
        &req.customer,
        &req.idempotency_key,
        &request,
        &serde_json::to_string(&v)?,
    )?;
    Ok(v)
}

/// `credit.balance.low` when a consumption takes the balance below 20 % of the granted amount
/// in force, `credit.balance.depleted` when it takes it to zero or below: once per crossing.
fn balance_signals(
    tx: &mut Tx<'_>,
    pool: &Pool,
    key: &PoolKey,
    before: Decimal,
    after: Decimal,
) -> Result<()> {
    let granted = pool.granted_in_force(tx.now);
    let threshold = granted * LOW_BALANCE_SHARE;
    let signal = |tx: &mut Tx<'_>, ty: EventType| {
        events::append(
            tx,
            &NewEvent {
                event_type: ty,
                entity_type: EventEntityType::Credit,
                entity_id: key.customer_id.clone(),
                entity: json!({
                    "customerId": key.customer_id,
                    "currencyId": key.currency_id,
                    "resourceId": Some(&key.resource_id).filter(|r| !r.is_empty()),
                    "currentBalance": after,
                    "grantedAmount": granted,
                    "threshold": threshold,
                }),
            },
        )
    };
    if granted > Decimal::ZERO && before >= threshold && after < threshold && after > Decimal::ZERO
    {
        signal(tx, EventType::CreditBalanceLow)?;
    }
    if before > Decimal::ZERO && after <= Decimal::ZERO {
        signal(tx, EventType::CreditBalanceDepleted)?;
    }
    Ok(())
}

// ---- void ------------------------------------------------------------------------------------

pub fn void(tx: &mut Tx<'_>, id: &str) -> Result<GrantView> {
    let now = tx.now;
    let (g, info) = repo::get(&tx.sql, id)?.ok_or_else(|| {
        Error::not_found(
            "CreditGrantNotFound",
            format!("credit grant '{id}' not found"),
        )
        .hint("list a customer's grants with `stigg-cli credit grants CUSTOMER`")
    })?;
    match (g.grant_type, g.status) {
        (GrantType::Overdraft, _) => {
            return Err(Error::rejected(
                "CreditGrantCannotBeVoided",
                format!("'{id}' is the pool's overdraft: a later grant settles it"),
            ));
        }
        (_, GrantStatus::Voided) => {
            return Err(Error::rejected(
                "CreditGrantAlreadyVoided",
                format!("credit grant '{id}' is already voided"),
            ));
        }
        (_, GrantStatus::Expired) => {
            return Err(Error::rejected(
                "CreditGrantCannotBeVoided",
                format!("credit grant '{id}' has expired"),
            ));
        }
        _ => {}
    }
    let key = info.pool.clone();
    let (mut pool, mut infos) = load(tx, &key)?;
    let out = pool.write_off(id, true, now).map_err(too_large)?;
    commit(tx, &pool, &mut infos, &key, &out, &EntryContext::default())?;
    grant_event(tx, &pool, &infos, id, EventType::CreditGrantVoided)?;
    let (g, info) =
        repo::get(&tx.sql, id)?.ok_or_else(|| Error::internal(format!("grant '{id}' vanished")))?;
    Ok(grant_view(&g, &info))
}

/// Writes off what a grant has left at `at` (VOIDED) and logs `credit.grant.voided`.
fn void_at(tx: &mut Tx<'_>, id: &str, at: Instant) -> Result<()> {
    let Some((_, info)) = repo::get(&tx.sql, id)? else {
        return Ok(());
    };
    let key = info.pool.clone();
    let (mut pool, mut infos) = load(tx, &key)?;
    let out = pool.write_off(id, true, at).map_err(too_large)?;
    commit(tx, &pool, &mut infos, &key, &out, &EntryContext::default())?;
    grant_event(tx, &pool, &infos, id, EventType::CreditGrantVoided)
}

// ---- time-driven steps -----------------------------------------------------------------------

/// Scheduled grants taking effect and active grants expiring, as the catch-up step reaches them.
pub struct CreditSchedule;

impl DueSource for CreditSchedule {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>> {
        repo::next_due(conn, until)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut done = Vec::new();
        for (g, info) in repo::due(&tx.sql, at)? {
            let key = info.pool.clone();
            let (mut pool, mut infos) = load(tx, &key)?;
            let (out, ty, what) = if g.status == GrantStatus::Scheduled {
                (
                    pool.activate(&g.grant_id, at).map_err(too_large)?,
                    EventType::CreditGrantUpdated,
                    "took effect",
                )
            } else {
                (
                    pool.write_off(&g.grant_id, false, at).map_err(too_large)?,
                    EventType::CreditGrantExpired,
                    "expired",
                )
            };
            if out.touched.is_empty() {
                return Err(Error::internal(format!(
                    "credit grant '{}' is due at {} but nothing is due",
                    g.grant_id,
                    clock::fmt(&at)
                )));
            }
            commit(tx, &pool, &mut infos, &key, &out, &EntryContext::default())?;
            grant_event(tx, &pool, &infos, &g.grant_id, ty)?;
            done.push(Transition {
                at,
                kind: "credit",
                entity_id: g.grant_id.clone(),
                description: format!(
                    "credit grant {} ({} {} of {}) {what}",
                    g.grant_id, g.amount, key.currency_id, key.customer_id
                ),
            });
        }
        Ok(done)
    }
}

// ---- reads -----------------------------------------------------------------------------------

pub fn grants(
    conn: &rusqlite::Connection,
    customer: &str,
    currency: Option<&str>,
    status: Option<GrantStatus>,
) -> Result<Vec<GrantView>> {
    customer_repo::require(conn, customer)?;
    Ok(repo::for_customer(conn, customer, currency)?
        .iter()
        .filter(|(g, _)| status.is_none_or(|s| g.status == s))
        .map(|(g, i)| grant_view(g, i))
        .collect())
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BalanceView {
    pub customer_id: String,
    pub currency_id: String,
    pub resource_id: Option<String>,
    pub current_balance: Decimal,
    pub total_granted: Decimal,
    pub total_consumed: Decimal,
    pub total_expired: Decimal,
    pub total_voided: Decimal,
    pub overdraft: Decimal,
}

/// One line per pool of the customer (per currency, and per resource for resource pools).
/// A currency asked for that the customer has no grant of shows zeros.
pub fn balance(
    conn: &rusqlite::Connection,
    customer: &str,
    currency: Option<&str>,
) -> Result<Vec<BalanceView>> {
    customer_repo::require(conn, customer)?;
    if let Some(c) = currency {
        require_currency(conn, c)?;
    }
    let mut out: BTreeMap<(String, String), BalanceView> = BTreeMap::new();
    for (g, info) in repo::for_customer(conn, customer, currency)? {
        let k = (info.pool.currency_id.clone(), info.pool.resource_id.clone());
        let b = out.entry(k).or_insert_with(|| BalanceView {
            customer_id: customer.to_string(),
            currency_id: info.pool.currency_id.clone(),
            resource_id: Some(info.pool.resource_id.clone()).filter(|r| !r.is_empty()),
            current_balance: Decimal::ZERO,
            total_granted: Decimal::ZERO,
            total_consumed: Decimal::ZERO,
            total_expired: Decimal::ZERO,
            total_voided: Decimal::ZERO,
            overdraft: Decimal::ZERO,
        });
        let sum = |a: Decimal, b: Decimal| {
            a.checked_add(b)
                .ok_or(PoolError::OutOfRange)
                .map_err(too_large)
        };
        if g.grant_type == GrantType::Overdraft {
            if g.status == GrantStatus::Active {
                b.overdraft = sum(b.overdraft, g.consumed)?;
                b.total_consumed = sum(b.total_consumed, g.consumed)?;
            }
        } else if g.took_effect() {
            b.total_granted = sum(b.total_granted, g.amount)?;
            b.total_consumed = sum(b.total_consumed, g.consumed)?;
            b.total_expired = sum(b.total_expired, g.expired)?;
            b.total_voided = sum(b.total_voided, g.voided)?;
        }
    }
    for b in out.values_mut() {
        b.current_balance = b.total_granted - b.total_consumed - b.total_expired - b.total_voided;
    }
    if let Some(c) = currency
        && out.is_empty()
    {
        out.insert(
            (c.to_string(), String::new()),
            BalanceView {
                customer_id: customer.to_string(),
                currency_id: c.to_string(),
                resource_id: None,
                current_balance: Decimal::ZERO,
                total_granted: Decimal::ZERO,
                total_consumed: Decimal::ZERO,
                total_expired: Decimal::ZERO,
                total_voided: Decimal::ZERO,
                overdraft: Decimal::ZERO,
            },
        );
    }
    Ok(out.into_values().collect())
}

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
        customer_repo::require(conn, c)?;
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
    let f = crate::store::credits::LedgerFilter {
        customer_id: customer.map(str::to_string),
        currency_id: currency.map(str::to_string),
        ..Default::default()
    };
    // Per grant: credits held at `to`, consumed and expired within the period.
    let mut held: BTreeMap<&str, (Decimal, Decimal, Decimal)> = BTreeMap::new();
    for e in repo::ledger(conn, &f)? {
        let Some((g, _)) = grants.get(&e.grant_id) else {
            continue;
        };
        let at = clock::parse_instant(&e.at).map_err(Error::damaged)?;
        if at >= to {
            continue;
        }
        let in_period = from.is_none_or(|f| at >= f);
        let h = held.entry(g.grant_id.as_str()).or_default();
        h.0 += e.amount;
        let ty = T::parse(&e.entry_type);
        if in_period && matches!(ty, Some(T::Consumed | T::TransferTarget)) {
            h.1 -= e.amount;
        }
        if in_period && ty == Some(T::Expired) {
            h.2 -= e.amount;
        }
    }
    let mut out: BTreeMap<String, RevenueView> = BTreeMap::new();
    for (id, (credits, consumed, expired)) in held {
        let Some((g, info)) = grants.get(id) else {
            continue;
        };
        let Some(cur) = &info.cost_currency else {
            continue;
        };
        let worth = |x: Decimal| -> Result<Decimal> {
            info.cost_amount
                .checked_mul(x)
                .and_then(|v| v.checked_div(g.amount))
                .ok_or_else(|| too_large(PoolError::OutOfRange))
        };
        let v = out.entry(cur.clone()).or_insert_with(|| RevenueView {
            cost_currency: cur.clone(),
            from: from.as_ref().map(clock::fmt),
            to: clock::fmt(&to),
            deferred: Decimal::ZERO,
            recognized: Decimal::ZERO,
            breakage: Decimal::ZERO,
        });
        v.deferred += worth(credits)?;
        v.recognized += worth(consumed)?;
        v.breakage += worth(expired)?;
    }
    let places = |c: &str| crate::domain::money::minor_units(c).unwrap_or(2).max(2) + 4;
    Ok(out
        .into_values()
        .map(|mut v| {
            // Shown to four places past the currency's minor unit (sums are exact before).
            let p = places(&v.cost_currency);
            v.deferred = v.deferred.round_dp(p).normalize();
            v.recognized = v.recognized.round_dp(p).normalize();
            v.breakage = v.breakage.round_dp(p).normalize();
            v
        })
        .collect())
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
    for key in repo::pools(conn, None)? {
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
        let (pool, _) = repo::load_pool(conn, &key, true)?;
        let rows = repo::entries(conn, &key)?;
        r.grants += pool.grants.len();
        r.entries += rows.len();
        // 1. every grant.
        for g in &pool.grants {
            if let Some(p) = grant_problem(g) {
                flag(1, Some(&g.grant_id), p);
            }
        }
        // 2. the balance: every entry's balance-after is the running sum, and the last one is
        // Σ remaining − deficit.
        let mut running = Decimal::ZERO;
        for (row, e) in &rows {
            running += e.amount;
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
        if running != pool.balance() {
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
                transfers += e.amount;
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
        let mut stmt = conn.prepare_cached(
            "SELECT type, amount FROM credit_ledger WHERE customer_id = ?1 AND idempotency_key = ?2",
        )?;
        let entries: Vec<(String, String)> = stmt
            .query_map([&customer, &key], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let consumed: Decimal = entries
            .iter()
            .filter(|(t, _)| t == "CREDITS_CONSUMED")
            .filter_map(|(_, a)| a.parse::<Decimal>().ok())
            .sum();
        let granted = entries
            .iter()
            .filter(|(t, _)| t == "CREDITS_GRANTED")
            .count();
        let wrong = if is_consume {
            (consumed != -amount).then(|| format!("consumed {} of {amount}", -consumed))
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
    Ok(r)
}
