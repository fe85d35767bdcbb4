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

mod burn;
mod recharge;
mod recurring;
mod reports;

pub use burn::*;
pub use recharge::*;
pub use recurring::*;
pub use reports::*;

/// Below this share of the granted amount in force, a consumption signals `credit.balance.low`
/// (unless the environment sets another: `credit low-balance --percent P`).
/// Grant ids are `grant_…` (spec 00-overview); ledger entries are `led_…`.
pub const GRANT_PREFIX: &str = "grant";

pub const LOW_BALANCE_SHARE: Decimal = Decimal::from_parts(20, 0, 0, false, 2);

/// The environment's low-balance share (a fraction: 0.2 for 20 %).
pub fn low_balance_share(conn: &rusqlite::Connection) -> Result<Decimal> {
    match crate::store::meta::get(conn, crate::store::meta::CREDIT_LOW_PERCENT)? {
        None => Ok(LOW_BALANCE_SHARE),
        Some(v) => v
            .parse::<Decimal>()
            .ok()
            .filter(|p| *p > Decimal::ZERO && *p < Decimal::ONE_HUNDRED)
            .map(|p| p / Decimal::ONE_HUNDRED)
            .ok_or_else(|| Error::damaged(format!("the low-balance percent is '{v}'"))),
    }
}

/// `credit low-balance --percent P`: 0 < P < 100.
pub fn set_low_balance(tx: &mut Tx<'_>, percent: Decimal) -> Result<Decimal> {
    if percent <= Decimal::ZERO || percent >= Decimal::ONE_HUNDRED {
        return Err(Error::usage("--percent is above 0 and below 100"));
    }
    let p = percent.normalize();
    crate::store::meta::set(
        &tx.sql,
        crate::store::meta::CREDIT_LOW_PERCENT,
        &p.to_string(),
    )?;
    Ok(p)
}

/// `a + b` exactly, or `AmountTooLarge` (never a panic, never a rounded sum).
pub(crate) fn plus(a: Decimal, b: Decimal) -> Result<Decimal> {
    crate::domain::decimal::exact_add(a, b).ok_or_else(|| too_large(PoolError::OutOfRange))
}

/// [`too_large`] naming the pool whose amount it is: a renewal or expiry the catch-up step
/// reaches refuses every command until it is dealt with, so the refusal must say where.
fn too_large_in(e: PoolError, key: &PoolKey) -> Error {
    match e {
        PoolError::OutOfRange => Error::rejected(
            "AmountTooLarge",
            format!(
                "a credit amount of currency '{}' for customer '{}'{} {EXACT}",
                key.currency_id,
                key.customer_id,
                if key.resource_id.is_empty() {
                    String::new()
                } else {
                    format!(" (resource '{}')", key.resource_id)
                }
            ),
        ),
        e => too_large(e),
    }
}

/// Why an exact sum is refused: past the range, or needing more digits than a decimal holds
/// (1e20 less 0.000000000001 is in range, but needs 33 significant digits).
const EXACT: &str = "cannot be held exactly: it would be past the decimal range (±79228162514264337593543950335) or need more than 28 significant digits";

fn too_large(e: PoolError) -> Error {
    match e {
        PoolError::OutOfRange => {
            Error::rejected("AmountTooLarge", format!("a credit amount {EXACT}"))
        }
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
        // (Without the scale it was written with, as the figures beside it.)
        amount: g.amount.normalize(),
        consumed_amount: g.consumed.normalize(),
        expired_amount: g.expired.normalize(),
        voided_amount: g.voided.normalize(),
        remaining_amount: if g.grant_type == GrantType::Overdraft {
            Decimal::ZERO - g.consumed
        } else {
            g.remaining()
        }
        .normalize(),
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
    let meta = customer_repo::require_meta(&tx.sql, id)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{id}' is archived"),
        ));
    }
    Ok(())
}

/// A currency the catalog holds (not found, exit 3, otherwise).
pub fn require_currency(conn: &rusqlite::Connection, id: &str) -> Result<()> {
    catalog_repo::require_simple::<Currency>(conn, EntityKind::Currency, id).map(|_| ())
}

/// A currency new credits may be sold or given in: held and not archived. (What an archived
/// currency's grants hold is still consumed, and plans granting it keep granting it, as an
/// archived plan's subscriptions go on.)
pub fn require_live_currency(conn: &rusqlite::Connection, id: &str, what: &str) -> Result<()> {
    if currency_archived(conn, id)? {
        return Err(archived_currency(id, what));
    }
    Ok(())
}

/// Whether a currency the catalog holds (not found, exit 3, otherwise) is archived.
fn currency_archived(conn: &rusqlite::Connection, id: &str) -> Result<bool> {
    let (_, meta) = catalog_repo::require_simple::<Currency>(conn, EntityKind::Currency, id)?;
    Ok(meta.archived_at.is_some())
}

fn archived_currency(id: &str, what: &str) -> Error {
    Error::rejected(
        "EntityIsArchivedError",
        format!("currency '{id}' is archived: no new {what}"),
    )
    .hint(format!(
        "unarchive it first: `stigg-cli currency unarchive {id}`"
    ))
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

/// An idempotency key: as for usage, at most 256 characters and no control characters.
fn check_key(key: &str) -> Result<()> {
    crate::ops::usage::check_text("idempotency key", key).map_err(Error::usage)
}

/// Money paid is in whole minor units of its currency (cents for USD).
pub(crate) fn check_money(flag: &str, m: &Money) -> Result<()> {
    let units = crate::domain::money::check_currency(&m.currency).map_err(Error::usage)?;
    if m.amount.normalize().scale() > units {
        return Err(Error::usage(format!(
            "{flag} {} {} is finer than the currency's smallest unit",
            m.amount, m.currency
        )));
    }
    Ok(())
}

/// A request as compared under its idempotency key: its amounts (`amount`, `cost.amount`)
/// normalized, so `10` and `10.0` are the same request; every other field (a resource, a name,
/// a dimension) compares as written.
fn canonical<T: Serialize>(req: &T) -> Result<String> {
    fn norm(v: &mut serde_json::Value) {
        if let serde_json::Value::Object(o) = v {
            for (k, f) in o.iter_mut() {
                match f {
                    serde_json::Value::String(s) if k == "amount" => {
                        if let Ok(d) = crate::domain::decimal::parse_decimal(s) {
                            *s = d.normalize().to_string();
                        }
                    }
                    serde_json::Value::Object(_) => norm(f),
                    _ => {}
                }
            }
        }
    }
    let mut v = serde_json::to_value(req)?;
    norm(&mut v);
    Ok(serde_json::to_string(&v)?)
}

/// The stored answer to a request made before with the same idempotency key, or exit 4 when
/// the key was used for another request. `also`: another form the same request may have been
/// stored in.
fn earlier<T: serde::de::DeserializeOwned>(
    tx: &Tx<'_>,
    customer: &str,
    key: Option<&str>,
    request: &str,
    also: &[String],
) -> Result<Option<T>> {
    let Some(key) = key else { return Ok(None) };
    match repo::request(&tx.sql, customer, key)? {
        None => Ok(None),
        Some((req, result)) if req == request || also.contains(&req) => {
            Ok(Some(serde_json::from_str(&result)?))
        }
        Some(_) => Err(Error::new(
            ErrorKind::Conflict,
            "IdempotencyKeyReused",
            format!("idempotency key '{key}' was used for another credit request of '{customer}'"),
        )),
    }
}

/// Saves what an operation did to a pool: the grants it touched (inserted when new), its ledger
/// entries, the event `lead` of the grant the operation was about (its creation, taking effect,
/// expiry or void), then the events of grants used up — a replica meets a grant's creation
/// before its depletion. Returns the balance after. `stored`: how many of the pool's grants
/// were loaded from the store (a pool only appends grants, so the rest were made by the
/// operation) — which grants are new is known, not looked up.
fn commit(
    tx: &mut Tx<'_>,
    (pool, stored): (&Pool, usize),
    infos: &mut BTreeMap<String, GrantInfo>,
    key: &PoolKey,
    out: &Outcome,
    ctx: &EntryContext,
    lead: Option<(&str, EventType)>,
) -> Result<Decimal> {
    for id in &out.touched {
        let Some(i) = pool.grants.iter().position(|g| &g.grant_id == id) else {
            continue;
        };
        let g = &pool.grants[i];
        if i < stored {
            repo::save_state(tx, g)?;
        } else {
            let info = infos.get(id).ok_or_else(|| {
                Error::internal(format!("grant '{id}' is new but its source is unknown"))
            })?;
            repo::insert(tx, g, info)?;
        }
    }
    let seq_of = |id: &str| pool.grants.iter().find(|g| g.grant_id == id).map(|g| g.seq);
    let after = repo::append(tx, key, &out.entries, ctx, seq_of)?;
    // An overdraft the operation opened is a grant like any: its creation is logged (before
    // the grant that settles it, which a consumption never makes).
    for g in pool.grants.iter().skip(stored) {
        if g.grant_type == GrantType::Overdraft && out.touched.contains(&g.grant_id) {
            grant_event(tx, pool, infos, &g.grant_id, EventType::CreditGrantCreated)?;
        }
    }
    if let Some((id, ty)) = lead {
        // A grant that took effect shows itself as it did: granted, before it settled an
        // overdraft (its depletion, if that used it up, follows; what the settlement left of
        // it, else, is an update).
        match (&out.as_granted, infos.get(id)) {
            (Some(g), Some(info)) if g.grant_id == id => {
                grant_event_of(tx, g, info, ty)?;
                let now = pool.grants.iter().find(|x| x.grant_id == id);
                if let Some(now) = now.filter(|x| *x != g && !out.depleted.contains(&x.grant_id)) {
                    grant_event_of(tx, now, info, EventType::CreditGrantUpdated)?;
                }
            }
            _ => grant_event(tx, pool, infos, id, ty)?,
        }
    }
    // An overdraft a grant settled whole is voided: logged.
    for g in pool.grants.iter().take(stored) {
        if g.grant_type == GrantType::Overdraft
            && g.status == GrantStatus::Voided
            && out.touched.contains(&g.grant_id)
        {
            grant_event(tx, pool, infos, &g.grant_id, EventType::CreditGrantVoided)?;
        }
    }
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
    grant_event_of(tx, g, info, ty)
}

/// Logs a grant event showing `g` as given.
fn grant_event_of(tx: &mut Tx<'_>, g: &Grant, info: &GrantInfo, ty: EventType) -> Result<()> {
    let v = grant_view(g, info);
    events::append_entity(tx, ty, EventEntityType::Credit, &g.grant_id, &v)?;
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
    if let Some(k) = &req.idempotency_key {
        check_key(k)?;
    }
    if let Some(c) = &req.cost {
        check_money("--cost", c)?;
    }
    require_customer(tx, &req.customer)?;
    // (Read once: it must exist for any answer; archived, it refuses only a new grant.)
    let archived = currency_archived(&tx.sql, &req.currency)?;
    // Compared as what it asks for: the default priority given or not, a start at once given as
    // now or not, are the same request. (Asked before the checks against the clock: a retry
    // after the start or expiry it asked for has passed gets its answer, not a refusal.)
    let same = GrantRequest {
        priority: req.priority.filter(|p| *p != DEFAULT_PRIORITY),
        effective_at: req.effective_at.filter(|e| *e != now),
        // (A cost of 0 is no cost: what a promotional grant always has.)
        cost: req.cost.clone().filter(|c| !c.amount.is_zero()),
        ..req.clone()
    };
    let request = canonical(&same)?;
    // Other forms the same request may have been stored in: a start given as the instant it
    // then was, retried later (stored as "at once"); a cost of 0 spelled out (stored as given
    // before it counted as none).
    let mut also = Vec::new();
    if req.effective_at.is_some_and(|e| e < now) {
        also.push(canonical(&GrantRequest {
            effective_at: None,
            ..same.clone()
        })?);
    }
    if req.cost.as_ref().is_some_and(|c| c.amount.is_zero()) {
        also.push(canonical(&GrantRequest {
            cost: req.cost.clone(),
            ..same.clone()
        })?);
    }
    if let Some(mut v) = earlier::<GrantView>(
        tx,
        &req.customer,
        req.idempotency_key.as_deref(),
        &request,
        &also,
    )? {
        // A past start given is the one the grant took ("at once" then), not another instant.
        if let Some(e) = req.effective_at.filter(|e| *e < now)
            && clock::fmt(&e) != v.effective_at
        {
            return Err(Error::new(
                ErrorKind::Conflict,
                "IdempotencyKeyReused",
                format!(
                    "idempotency key '{}' was used for a grant that took effect at {}, not {}",
                    req.idempotency_key.as_deref().unwrap_or_default(),
                    v.effective_at,
                    clock::fmt(&e)
                ),
            ));
        }
        // The grant as it is now, marked as the answer to a repeated request.
        if let Some((g, info)) = repo::get(&tx.sql, &v.grant_id)? {
            v = grant_view(&g, &info);
        }
        v.duplicate = Some(true);
        return Ok(v);
    }
    if archived {
        return Err(archived_currency(&req.currency, "grants"));
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
    totals_held(tx, &req.customer, &req.currency)?;
    let (g, info) = repo::get(&tx.sql, &id)?
        .ok_or_else(|| Error::internal(format!("grant '{id}' was not stored")))?;
    let mut v = grant_view(&g, &info);
    if let Some(k) = &req.idempotency_key {
        repo::save_request(tx, &req.customer, k, &request, &serde_json::to_string(&v)?)?;
    }
    // Always said, as `credit consume` says it: a script reads one shape.
    v.duplicate = Some(false);
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
    let mut g = Grant::fresh(
        tx.ids.next_id(&tx.sql, GRANT_PREFIX)?,
        repo::last_seq(&tx.sql)? + 1,
        grant_type,
        amount,
        tx.event_time(),
    );
    g.priority = priority;
    g.effective_at = effective_at;
    g.expires_at = expires_at;
    Ok(g)
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
    let stored = pool.grants.len();
    let id = g.grant_id.clone();
    infos.insert(id.clone(), info);
    let out = pool.add_grant(g, at).map_err(|e| too_large_in(e, &key))?;
    // The new grant is inserted before its entries and before the overdraft it settles.
    commit(
        tx,
        (&pool, stored),
        &mut infos,
        &key,
        &out,
        ctx,
        Some((&id, EventType::CreditGrantCreated)),
    )?;
    Ok(id)
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
    check_key(&req.idempotency_key)?;
    require_customer(tx, &req.customer)?;
    require_currency(&tx.sql, &req.currency)?;
    let request = canonical(req)?;
    if let Some(mut v) =
        earlier::<ConsumeView>(tx, &req.customer, Some(&req.idempotency_key), &request, &[])?
    {
        v.duplicate = true;
        return Ok(v);
    }
    let key = pool_key(tx, &req.customer, &req.currency, req.resource.as_deref())?;
    let ctx = EntryContext {
        idempotency_key: Some(req.idempotency_key.clone()),
        ..Default::default()
    };
    let burn = burn_now(tx, &key, req.amount, &ctx)?;
    let v = ConsumeView {
        customer_id: req.customer.clone(),
        currency_id: req.currency.clone(),
        resource_id: req.resource.clone(),
        // As the ledger and `consumedFrom` print it (`1.50` is 1.5).
        amount: req.amount.normalize(),
        // (Without the scale of the amounts summed, as `credit balance` prints them.)
        current_balance: burn.after.normalize(),
        consumed_from: burn
            .lines
            .into_iter()
            .map(|l| Burned {
                amount: l.amount.normalize(),
                ..l
            })
            .collect(),
        overdraft: burn.deficit.normalize(),
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

/// `credit.balance.low` / `credit.balance.depleted` of a pool.
fn balance_event(
    tx: &mut Tx<'_>,
    key: &PoolKey,
    ty: EventType,
    after: Decimal,
    granted: Decimal,
    share: Decimal,
) -> Result<()> {
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
                // (Without the scale the share adds: 20 % of 500 is "100", as amounts print.)
                "threshold": granted.checked_mul(share).map(|t| t.normalize()),
            }),
        },
    )?;
    Ok(())
}

// ---- void ------------------------------------------------------------------------------------

pub fn void(tx: &mut Tx<'_>, id: &str) -> Result<GrantView> {
    let now = tx.now;
    let (g, _) = repo::get(&tx.sql, id)?.ok_or_else(|| {
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
    void_at(tx, id, now)?;
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
    let stored = pool.grants.len();
    let out = pool
        .write_off(id, true, at)
        .map_err(|e| too_large_in(e, &key))?;
    commit_step(
        tx,
        (&pool, stored),
        &mut infos,
        &key,
        &out,
        id,
        EventType::CreditGrantVoided,
    )
}

/// Stores what a void or a time-driven step of grant `id` changed, and logs `ty` for it.
fn commit_step(
    tx: &mut Tx<'_>,
    pool: (&Pool, usize),
    infos: &mut BTreeMap<String, GrantInfo>,
    key: &PoolKey,
    out: &Outcome,
    id: &str,
    ty: EventType,
) -> Result<()> {
    commit(
        tx,
        pool,
        infos,
        key,
        out,
        &EntryContext::default(),
        Some((id, ty)),
    )?;
    Ok(())
}

// ---- time-driven steps -----------------------------------------------------------------------

/// Scheduled grants taking effect and active grants expiring, as the catch-up step reaches them.
pub struct CreditSchedule;

impl DueSource for CreditSchedule {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>> {
        repo::next_due(conn, until)
    }

    fn due_for(&self, conn: &rusqlite::Connection, until: Instant, customer: &str) -> Result<bool> {
        repo::due_for(conn, until, customer)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut done = Vec::new();
        for (g, info) in repo::due(&tx.sql, at)? {
            let key = info.pool.clone();
            let (mut pool, mut infos) = load(tx, &key)?;
            let stored = pool.grants.len();
            let (out, ty, what) = if g.status == GrantStatus::Scheduled {
                (
                    pool.activate(&g.grant_id, at)
                        .map_err(|e| too_large_in(e, &key))?,
                    EventType::CreditGrantUpdated,
                    "took effect",
                )
            } else {
                (
                    pool.write_off(&g.grant_id, false, at)
                        .map_err(|e| too_large_in(e, &key))?,
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
            commit_step(tx, (&pool, stored), &mut infos, &key, &out, &g.grant_id, ty)?;
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
    customer_repo::require_meta(conn, customer)?;
    if let Some(c) = currency {
        require_currency(conn, c)?;
    }
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

impl BalanceView {
    fn empty(customer: &str, currency: &str, resource: &str) -> Self {
        BalanceView {
            customer_id: customer.to_string(),
            currency_id: currency.to_string(),
            resource_id: Some(resource.to_string()).filter(|r| !r.is_empty()),
            current_balance: Decimal::ZERO,
            total_granted: Decimal::ZERO,
            total_consumed: Decimal::ZERO,
            total_expired: Decimal::ZERO,
            total_voided: Decimal::ZERO,
            overdraft: Decimal::ZERO,
        }
    }
}

/// A grant by hand that would leave the pool's history totals (what `credit balance` adds up:
/// granted, consumed, expired, voided) past what a decimal holds exactly is refused
/// (`AmountTooLarge`): the balance must stay readable. (Consumptions, usage and imports do not
/// ask: it reads every grant of the customer, and they are the hot paths.)
fn totals_held(tx: &Tx<'_>, customer: &str, currency: &str) -> Result<()> {
    balance(&tx.sql, customer, Some(currency)).map(|_| ())
}

/// One line per pool of the customer (per currency, and per resource for resource pools).
/// A currency asked for that the customer has no grant of shows zeros.
pub fn balance(
    conn: &rusqlite::Connection,
    customer: &str,
    currency: Option<&str>,
) -> Result<Vec<BalanceView>> {
    customer_repo::require_meta(conn, customer)?;
    if let Some(c) = currency {
        require_currency(conn, c)?;
    }
    let mut out: BTreeMap<(String, String), BalanceView> = BTreeMap::new();
    for (g, info) in repo::for_customer(conn, customer, currency)? {
        let k = (info.pool.currency_id.clone(), info.pool.resource_id.clone());
        let b = out.entry(k).or_insert_with(|| {
            BalanceView::empty(customer, &info.pool.currency_id, &info.pool.resource_id)
        });
        let sum = |a: Decimal, b: Decimal| {
            crate::domain::decimal::exact_add(a, b)
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
        use crate::domain::decimal::exact_sub;
        b.current_balance = exact_sub(b.total_granted, b.total_consumed)
            .and_then(|v| exact_sub(v, b.total_expired))
            .and_then(|v| exact_sub(v, b.total_voided))
            .ok_or_else(|| too_large(PoolError::OutOfRange))?;
        // Printed without the scale of the amounts summed (`-5`, not `-5.000000000000`).
        for v in [
            &mut b.current_balance,
            &mut b.total_granted,
            &mut b.total_consumed,
            &mut b.total_expired,
            &mut b.total_voided,
            &mut b.overdraft,
        ] {
            *v = v.normalize();
        }
    }
    if let Some(c) = currency
        && out.is_empty()
    {
        out.insert(
            (c.to_string(), String::new()),
            BalanceView::empty(customer, c, ""),
        );
    }
    Ok(out.into_values().collect())
}
