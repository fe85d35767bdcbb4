//! Consumption by usage: credit prices, the credits a record burns, and the in-memory burner
//! single reports and bulk imports share.

use super::*;

// ---- consumption by usage --------------------------------------------------------------------

/// A `credits` price: the feature burns `rate` credits of `currency` per unit, or what
/// `formula` gives over the usage's dimensions.
#[derive(Debug, Clone, PartialEq)]
pub struct CreditPrice {
    pub currency: String,
    pub rate: Option<Decimal>,
    pub formula: Option<String>,
    /// The formula parsed once (a bulk import evaluates it for every record).
    pub expr: Option<std::sync::Arc<crate::domain::formula::Expr>>,
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
                expr: p
                    .formula
                    .as_deref()
                    .and_then(|f| crate::domain::formula::parse(f).ok())
                    .map(std::sync::Arc::new),
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
    /// Forgets a customer's subscriptions (a bulk import keeps what it needs per customer
    /// itself, and must not hold every customer's subscriptions at once).
    pub fn forget(&mut self, customer: &str) {
        self.subs.remove(customer);
    }

    pub fn price(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &str,
        at: Instant,
    ) -> Result<Option<CreditPrice>> {
        Ok(self.price_span(conn, customer, resource, feature, at)?.0)
    }

    /// The price at `at`, and the span `[lo, hi)` around `at` in which the customer's
    /// subscriptions (and so the price) stay as they are (None: unbounded).
    pub fn price_span(
        &mut self,
        conn: &rusqlite::Connection,
        customer: &str,
        resource: Option<&str>,
        feature: &str,
        at: Instant,
    ) -> Result<(Option<CreditPrice>, Option<Instant>, Option<Instant>)> {
        if !self.subs.contains_key(customer) {
            let list = crate::store::subscriptions::for_customer(conn, customer)?;
            self.subs.insert(customer.to_string(), list);
        }
        let (mut lo, mut hi): (Option<Instant>, Option<Instant>) = (None, None);
        let mut found = Vec::new();
        for s in self.subs.get(customer).into_iter().flatten() {
            if s.resource_id.is_some() && s.resource_id.as_deref() != resource {
                continue;
            }
            let marks = std::iter::once(s.start_date)
                .chain(s.end_date)
                .chain(s.segments.iter().map(|g| g.until));
            for m in marks {
                if m <= at {
                    lo = Some(lo.map_or(m, |l: Instant| l.max(m)));
                } else {
                    hi = Some(hi.map_or(m, |h: Instant| h.min(m)));
                }
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
                return Ok((Some(p.clone()), lo, hi));
            }
        }
        Ok((None, lo, hi))
    }
}

/// Consumption held in memory: pools loaded once, burned in burn order (one entry per grant
/// touched per consumption), automatic recharges made as consumptions call for them, and
/// everything written once at the end. A single report or `credit consume` burns through it as
/// a bulk import does, so the two cannot differ.
#[derive(Default)]
pub struct Burner {
    pub prices: Prices,
    /// The pools touched, in the order first touched, and where each is.
    pools: Vec<(PoolKey, Held)>,
    index: std::collections::HashMap<PoolKey, usize, foldhash::fast::RandomState>,
    /// Grants made in memory (overdrafts, recharges), numbered when flushed.
    made: usize,
    /// The ids the grants made in memory were given.
    names: BTreeMap<String, String>,
    /// The ledger entries waiting to be written, in the order made.
    entries: Vec<HeldEntry>,
    /// The features and keys they name.
    held: Names,
    /// Pools with more than entries to write (grants made here, events, recharge settings).
    visit: Vec<usize>,
    /// Each customer's number (in order of first sight): a flush writes entries customer by
    /// customer.
    customers: std::collections::HashMap<String, u32, foldhash::fast::RandomState>,
    /// The environment's low-balance share, read once.
    low_share: Option<Decimal>,
    /// The parts of the consumption being burned (reused).
    parts: Vec<crate::domain::credits::Part>,
}

struct Held {
    pool: Pool,
    /// What grants made here are (loaded grants' are read back when an event needs them).
    infos: BTreeMap<String, GrantInfo>,
    /// In `visit`.
    listed: bool,
    /// The customer's number (see `Burner::customers`).
    customer: u32,
    /// What the grants' state was as loaded (or last written): those that differ are saved.
    loaded: Vec<GrantState>,
    /// The pool's number (None: not stored yet) and its balance as last written.
    pool_id: Option<i64>,
    written: Decimal,
    /// Entries were written since the pool's balance was last recorded.
    balance_unsaved: bool,
    /// The amount granted in force at an instant (the low-balance base) and the low-balance
    /// threshold it makes, until a grant is added.
    granted: Option<(Instant, Decimal, Decimal)>,
    /// The pool's balance after the last consumption, until a grant is added.
    balance: Option<Decimal>,
    /// The grant that burned first at an instant, until a grant is added or renamed (see
    /// [`Pool::burn_after`]).
    first: Option<(Instant, usize)>,
    events: Vec<Pending>,
    /// Boxed: most pools have none, and thousands are held at once.
    recharge: Option<Box<super::recharge::Recharge>>,
    recharge_changed: bool,
    /// What automatic recharges cost this calendar month, in the limit's currency.
    spent: Decimal,
}

/// A ledger entry waiting to be written: its pool and grant by place (a grant made here is
/// named only when written). A bulk import holds 131,072 of them between flushes: kept small
/// (64 bytes) — the feature and idempotency key by number in the burner's lists, the record
/// without an `Option`'s room.
struct HeldEntry {
    /// The grant's number when the entry was made (a grant made here is numbered only when
    /// written): a flush then reads no grant of the thousands of pools.
    grant_seq: i64,
    /// The usage record that burned, or [`NO_RECORD`].
    record: i64,
    amount: Decimal,
    at: Instant,
    pool: u32,
    /// The pool's customer's number (a flush writes customer by customer): kept here, so that
    /// ordering a flush reads no pool.
    customer: u32,
    grant: u32,
    /// Its idempotency key's place in `Burner::keys`, or [`NO_KEY`].
    key: u32,
    /// Its feature's place in `Burner::features`, or [`NO_FEATURE`].
    feature: u16,
    entry_type: crate::domain::credits::EntryType,
}

/// No usage record (records are numbered from 1 up, raw events from −1 down).
const NO_RECORD: i64 = i64::MIN;
const NO_KEY: u32 = u32::MAX;
const NO_FEATURE: u16 = u16::MAX;

/// An entry's context as held: (feature, record, key) by number.
#[derive(Clone, Copy)]
struct HeldTie {
    feature: u16,
    record: i64,
    key: u32,
}

/// The features and idempotency keys the held entries name, each once.
#[derive(Default)]
struct Names {
    features: Vec<std::sync::Arc<str>>,
    keys: Vec<String>,
}

impl Names {
    /// `ctx` by number (a feature seen before is found among the few held).
    fn hold(&mut self, ctx: &EntryContext) -> Result<HeldTie> {
        let feature = match &ctx.feature_id {
            None => NO_FEATURE,
            Some(f) => match self
                .features
                .iter()
                .position(|h| std::sync::Arc::ptr_eq(h, f) || **h == **f)
            {
                Some(i) => i as u16,
                None if self.features.len() < NO_FEATURE as usize => {
                    self.features.push(f.clone());
                    (self.features.len() - 1) as u16
                }
                None => return Err(Error::internal("too many features held".to_string())),
            },
        };
        let key = match &ctx.idempotency_key {
            None => NO_KEY,
            Some(k) if self.keys.len() < NO_KEY as usize => {
                self.keys.push(k.clone());
                (self.keys.len() - 1) as u32
            }
            Some(_) => return Err(Error::internal("too many keys held".to_string())),
        };
        let record = match ctx.record {
            Some(NO_RECORD) => {
                return Err(Error::internal(
                    "a usage record numbered i64::MIN".to_string(),
                ));
            }
            Some(r) => r,
            None => NO_RECORD,
        };
        Ok(HeldTie {
            feature,
            record,
            key,
        })
    }

    /// A held entry's context, borrowed for writing.
    fn tie(&self, e: &HeldEntry) -> repo::Tie<'_> {
        repo::Tie {
            feature: self.features.get(e.feature as usize).map(|f| &**f),
            record: (e.record != NO_RECORD).then_some(e.record),
            key: self.keys.get(e.key as usize).map(String::as_str),
        }
    }
}

/// The places of the entries customer by customer, each customer's in the order made
/// (counted into place: one pass to count, one to place). The entries are not moved: a flush
/// holds them once (it writes every 131,072), and reads them in this order with the next few
/// hinted to the cache (see [`Burner::write`]).
fn by_customer(entries: &[HeldEntry]) -> Vec<u32> {
    let top = entries
        .iter()
        .map(|e| e.customer as usize)
        .max()
        .unwrap_or(0);
    let mut starts = vec![0u32; top + 2];
    for e in entries {
        starts[e.customer as usize + 1] += 1;
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut order = vec![0u32; entries.len()];
    for (j, e) in entries.iter().enumerate() {
        let at = &mut starts[e.customer as usize];
        order[*at as usize] = j as u32;
        *at += 1;
    }
    order
}

/// The part of a grant that consumption changes.
type GrantState = (GrantStatus, Decimal, Decimal, Decimal, bool);

fn state(g: &Grant) -> GrantState {
    (g.status, g.consumed, g.expired, g.voided, g.granted)
}

/// An event to log once the ids of grants made in memory are known.
enum Pending {
    /// A grant event, with the grant as it was when the event happened.
    Grant(EventType, Box<Grant>),
    Balance(EventType, Decimal, Decimal),
    Recharge(EventType, serde_json::Value),
}

const PENDING: &str = "pending-grant-";

/// Was the grant made in memory (not stored yet)?
fn made_here(g: &Grant) -> bool {
    g.seq >= PENDING_SEQ
}
/// Above any stored grant's number.
const PENDING_SEQ: i64 = 1 << 60;

/// A grant made in memory (an overdraft, a recharge), named when written; `made` counts them.
fn pending_grant(made: &mut usize, grant_type: GrantType, amount: Decimal, now: Instant) -> Grant {
    *made += 1;
    // Numbered when written (after every grant stored): until then, after them and in the
    // order made, so the burn order's "created" tie-break never depends on when the burner
    // writes.
    Grant::fresh(
        format!("{PENDING}{made}"),
        PENDING_SEQ + *made as i64,
        grant_type,
        amount,
        now,
    )
}

impl Burner {
    /// The pool's place in `pools`, loaded on first use.
    fn held(&mut self, conn: &rusqlite::Connection, now: Instant, key: &PoolKey) -> Result<usize> {
        if let Some(i) = self.index.get(key) {
            return Ok(*i);
        }
        if self.low_share.is_none() {
            self.low_share = Some(low_balance_share(conn)?);
        }
        // What the loaded grants are besides their state is read back only for the few that
        // need an event: held for each of thousands of pools, it would weigh.
        let mut pool = repo::load_states(conn, key)?;
        // Thousands of pools are held at once: none keeps room it does not use.
        pool.grants.shrink_to_fit();
        let (pool_id, written) = match repo::pool_row(conn, key)? {
            Some((id, balance)) => (Some(id), balance),
            None => (None, Decimal::ZERO),
        };
        let infos = BTreeMap::new();
        let (recharge, spent) = super::recharge::load(conn, key, now)?;
        let next = self.customers.len() as u32;
        let customer = *self
            .customers
            .entry(key.customer_id.clone())
            .or_insert(next);
        let loaded = pool.grants.iter().map(state).collect();
        self.pools.push((
            key.clone(),
            Held {
                pool,
                infos,
                listed: false,
                customer,
                loaded,
                pool_id,
                written,
                balance_unsaved: false,
                granted: None,
                balance: None,
                first: None,
                events: Vec::new(),
                recharge: recharge.map(Box::new),
                recharge_changed: false,
                spent,
            },
        ));
        self.index.insert(key.clone(), self.pools.len() - 1);
        Ok(self.pools.len() - 1)
    }

    fn pending_grant(&mut self, grant_type: GrantType, amount: Decimal, now: Instant) -> Grant {
        pending_grant(&mut self.made, grant_type, amount, now)
    }

    /// Burns `amount` (> 0) from a pool at `now`, in memory; returns this consumption's entries
    /// (grants made in memory carry provisional ids until [`Burner::finish`] names them).
    pub fn burn(
        &mut self,
        conn: &rusqlite::Connection,
        now: Instant,
        key: &PoolKey,
        amount: Decimal,
        ctx: EntryContext,
    ) -> Result<Vec<crate::domain::credits::Entry>> {
        let at = self.held(conn, now, key)?;
        let from = self.entries.len();
        self.burn_in(at, now, amount, ctx)?;
        // The consumption's own entries come first (an automatic recharge's follow).
        let h = &self.pools[at].1;
        Ok(self.entries[from..from + self.parts.len()]
            .iter()
            .map(|e| crate::domain::credits::Entry {
                grant_id: h.pool.grants[e.grant as usize].grant_id.clone(),
                entry_type: e.entry_type,
                amount: e.amount,
                at: e.at,
            })
            .collect())
    }

    /// The place of a pool (loaded on first use), for [`Burner::burn_in`].
    pub fn pool(
        &mut self,
        conn: &rusqlite::Connection,
        now: Instant,
        key: &PoolKey,
    ) -> Result<usize> {
        self.held(conn, now, key)
    }

    /// [`Burner::burn`] of the pool at `at` (from [`Burner::pool`]), its entries held. Nothing
    /// is allocated and no id touched unless a grant is depleted or made: a bulk import burns a
    /// million times.
    pub fn burn_in(
        &mut self,
        at: usize,
        now: Instant,
        amount: Decimal,
        ctx: EntryContext,
    ) -> Result<()> {
        // (An automatic recharge this consumption sets off names its usage record too.)
        let record = ctx.record;
        let tie = self.held.hold(&ctx)?;
        let Burner {
            pools,
            made,
            parts,
            entries,
            visit,
            low_share,
            ..
        } = self;
        let (key, h) = &mut pools[at];
        let known = match h.balance {
            Some(b) => Some(b),
            None => h.pool.exact_balance(),
        };
        let before = known.unwrap_or_default();
        parts.clear();
        let made_before = *made;
        let after = h
            .pool
            .burn_after(
                amount,
                now,
                || {
                    Some(pending_grant(
                        made,
                        GrantType::Overdraft,
                        Decimal::ZERO,
                        now,
                    ))
                },
                parts,
                &mut h.first,
                known,
            )
            .map_err(|e| too_large_in(e, key))?;
        h.balance = Some(after);
        for p in parts.iter() {
            let g = &h.pool.grants[p.grant];
            if g.status == GrantStatus::Depleted {
                h.events.push(Pending::Grant(
                    EventType::CreditGrantDepleted,
                    Box::new(g.clone()),
                ));
            }
            entries.push(HeldEntry {
                pool: at as u32,
                customer: h.customer,
                grant: p.grant as u32,
                grant_seq: g.seq,
                entry_type: crate::domain::credits::EntryType::Consumed,
                amount: -p.taken,
                at: now,
                record: tie.record,
                key: tie.key,
                feature: tie.feature,
            });
        }
        // An overdraft this consumption opened is a grant like any: its creation is logged
        // (what it took then; the grants used up before it come first).
        if *made > made_before
            && let Some(g) = h
                .pool
                .grants
                .iter()
                .rev()
                .find(|g| g.grant_type == GrantType::Overdraft)
        {
            h.events.push(Pending::Grant(
                EventType::CreditGrantCreated,
                Box::new(g.clone()),
            ));
        }
        // `credit.balance.low` when the consumption takes the balance below 20 % of the
        // granted amount in force, `credit.balance.depleted` when it takes it to zero or below:
        // once per crossing. One that crosses both (from above the threshold straight to zero
        // or below) logs both, low first: a receiver that listens only for `low` still hears.
        // What is granted in force changes only when a grant is added (an automatic recharge)
        // or ends (not within one command's instant): worked out once per pool and instant.
        let (granted, threshold) = match h.granted {
            Some((t, g, low)) if t == now => (g, low),
            _ => {
                let g = h.pool.granted_in_force(now);
                let low = g * low_share.unwrap_or(LOW_BALANCE_SHARE);
                h.granted = Some((now, g, low));
                (g, low)
            }
        };
        if granted > Decimal::ZERO && before >= threshold && after < threshold {
            h.events.push(Pending::Balance(
                EventType::CreditBalanceLow,
                after,
                granted,
            ));
        }
        if before > Decimal::ZERO && after <= Decimal::ZERO {
            h.events.push(Pending::Balance(
                EventType::CreditBalanceDepleted,
                after,
                granted,
            ));
        }
        if (!h.events.is_empty() || *made != made_before) && !h.listed {
            h.listed = true;
            visit.push(at);
        }
        if h.recharge.is_some() {
            self.recharge(at, after, now, record)?;
        }
        Ok(())
    }

    /// An automatic recharge, when the consumption took the customer-level balance below the
    /// threshold: a PAID grant back up to the target, unless it would pass the calendar month's
    /// spend limit — then recharging is disabled. Every attempt is logged. Its entries name the
    /// usage record whose consumption set it off (`record`), if any: a retried report answers
    /// the balance after them, as the report did.
    fn recharge(
        &mut self,
        at: usize,
        after: Decimal,
        now: Instant,
        record: Option<i64>,
    ) -> Result<()> {
        let (key, h) = &self.pools[at];
        let key = key.clone();
        let Some(r) = h
            .recharge
            .clone()
            .filter(|r| r.enabled && after < r.threshold)
        else {
            return Ok(());
        };
        let spent = h.spent;
        let credits = plus(r.target, -after)?;
        let cost = match &r.price_per_credit {
            // Money paid is in whole minor units of its currency: the exact product, rounded
            // once half away from zero, held with those places (`16.00`, as `--cost` is).
            Some(p) => Some(Money {
                amount: crate::domain::pricing::money_amount(
                    credits,
                    p.amount,
                    Decimal::ZERO,
                    &p.currency,
                )
                .map_err(|_| too_large_in(PoolError::OutOfRange, &key))?,
                currency: p.currency.clone(),
            }),
            None => None,
        };
        let would_spend = plus(spent, cost.as_ref().map(|c| c.amount).unwrap_or_default())?;
        let over_limit = r
            .monthly_limit
            .as_ref()
            .is_some_and(|l| would_spend > l.amount);
        let attempt = |status: &str, grant: Option<&str>, reason: Option<&str>| {
            json!({
                "customerId": key.customer_id,
                "currencyId": key.currency_id,
                "status": status,
                "creditsAmount": credits,
                "cost": cost,
                "grantId": grant,
                "reason": reason,
                "balanceBefore": after,
                "monthlySpent": spent,
            })
        };
        self.mark(at);
        if over_limit {
            let ev = attempt("FAILED", None, Some("MonthlySpendLimitExceeded"));
            let h = &mut self.pools[at].1;
            let mut r = r;
            r.enabled = false;
            r.disabled_reason = Some("MonthlySpendLimitExceeded".into());
            h.events
                .push(Pending::Recharge(EventType::AutoRechargeAttempted, ev));
            h.events.push(Pending::Recharge(
                EventType::AutoRechargeConfigChanged,
                r.view(&key.customer_id, &key.currency_id),
            ));
            h.recharge = Some(r);
            h.recharge_changed = true;
            return Ok(());
        }
        let mut g = self.pending_grant(GrantType::Paid, credits, now);
        g.expires_at = r.expires_from(now);
        let id = g.grant_id.clone();
        let ev = attempt("SUCCESS", Some(&id), None);
        let h = &mut self.pools[at].1;
        h.infos.insert(
            id.clone(),
            GrantInfo {
                pool: key.clone(),
                cost_amount: cost.as_ref().map(|c| c.amount).unwrap_or_default(),
                cost_currency: cost.as_ref().map(|c| c.currency.clone()),
                source: "auto-recharge".into(),
                subscription_id: None,
                name: Some("automatic recharge".into()),
                comment: None,
            },
        );
        let out = h
            .pool
            .add_grant(g, now)
            .map_err(|e| too_large_in(e, &key))?;
        h.granted = None;
        h.balance = None;
        h.first = None;
        note(
            &mut self.entries,
            (at, h.customer),
            &h.pool,
            &out,
            HeldTie {
                feature: NO_FEATURE,
                record: record.unwrap_or(NO_RECORD),
                key: NO_KEY,
            },
        )?;
        h.spent = plus(h.spent, cost.map(|c| c.amount).unwrap_or_default())?;
        // Each event shows the grant as it is when the event happens (a bulk import writes
        // them later, after more burns).
        let snapshot = |pool: &Pool, id: &str| {
            pool.grants
                .iter()
                .find(|g| g.grant_id == id)
                .map(|g| Box::new(g.clone()))
        };
        // (Created as granted, before it settled an overdraft: its depletion follows.)
        let created = match &out.as_granted {
            Some(g) if g.grant_id == id => Some(Box::new(g.clone())),
            _ => snapshot(&h.pool, &id),
        };
        if let Some(g) = created {
            // What settling the overdraft left of it, when it is not used up: an update.
            let settled = snapshot(&h.pool, &id)
                .filter(|now| **now != *g && !out.depleted.contains(&now.grant_id));
            h.events
                .push(Pending::Grant(EventType::CreditGrantCreated, g));
            if let Some(now) = settled {
                h.events
                    .push(Pending::Grant(EventType::CreditGrantUpdated, now));
            }
        }
        // An overdraft it settled whole is voided.
        for g in &h.pool.grants {
            if g.grant_type == GrantType::Overdraft
                && g.status == GrantStatus::Voided
                && out.touched.contains(&g.grant_id)
            {
                h.events.push(Pending::Grant(
                    EventType::CreditGrantVoided,
                    Box::new(g.clone()),
                ));
            }
        }
        for d in &out.depleted {
            if let Some(g) = snapshot(&h.pool, d) {
                h.events
                    .push(Pending::Grant(EventType::CreditGrantDepleted, g));
            }
        }
        h.events
            .push(Pending::Recharge(EventType::AutoRechargeAttempted, ev));
        Ok(())
    }

    /// Hints the cache to read what a burn reads of the pool at `place` (its held state).
    pub fn hint_pool(&self, place: usize) {
        if let Some(p) = self.pools.get(place) {
            crate::ops::prefetch::value(&p.1);
        }
    }

    /// Hints the cache to read the grants of the pool at `place` (its held state read).
    pub fn hint_grants(&self, place: usize) {
        if let Some((_, h)) = self.pools.get(place) {
            crate::ops::prefetch::slice(&h.pool.grants, 4);
        }
    }

    /// The currency of the pool at `place`.
    pub fn currency_of(&self, place: usize) -> &str {
        self.pools
            .get(place)
            .map_or("", |(key, _)| key.currency_id.as_str())
    }

    /// Makes room for `n` entries held at once (kept from flush to flush).
    pub fn reserve_entries(&mut self, n: usize) {
        self.entries
            .reserve_exact(n.saturating_sub(self.entries.len()));
    }

    /// Entries held in memory, not yet written.
    pub fn held_entries(&self) -> usize {
        self.entries.len()
    }

    /// Lists pool `at` for a visit at the next write.
    fn mark(&mut self, at: usize) {
        let h = &mut self.pools[at].1;
        if !h.listed {
            h.listed = true;
            self.visit.push(at);
        }
    }

    /// Writes what was burned so far: the grants changed and made, the ledger entries in the
    /// order they were made, the recharge settings that changed, and the events; the pools
    /// stay loaded for what comes next. (A bulk import flushes every few thousand entries, so
    /// its memory stays bounded.)
    pub fn flush(&mut self, tx: &mut Tx<'_>) -> Result<()> {
        self.write(tx, false)
    }

    fn write(&mut self, tx: &mut Tx<'_>, last: bool) -> Result<()> {
        // The pools with more than entries to write: the grants made in them are named and
        // stored first (their entries name them by number), in the order of the pools' numbers.
        let mut visit = if last {
            // Every pool: grants changed before an earlier flush are saved now.
            (0..self.pools.len()).collect()
        } else {
            std::mem::take(&mut self.visit)
        };
        self.visit.clear();
        for &i in &visit {
            let (key, h) = &mut self.pools[i];
            h.listed = false;
            if h.pool_id.is_none() && (!h.events.is_empty() || h.pool.grants.iter().any(made_here))
            {
                h.pool_id = Some(repo::ensure_pool(tx, key)?);
            }
        }
        visit.sort_by_key(|&i| (self.pools[i].1.pool_id.unwrap_or(i64::MAX), i));
        for &i in &visit {
            let (key, h) = &mut self.pools[i];
            // Renamed grants sort by their new numbers.
            if h.pool.grants.iter().any(made_here) {
                h.first = None;
            }
            for g in h.pool.grants.iter_mut().filter(|g| made_here(g)) {
                let id = tx.ids.next_id(&tx.sql, GRANT_PREFIX)?;
                g.seq = repo::last_seq(&tx.sql)? + 1;
                self.names.insert(g.grant_id.clone(), id.clone());
                if let Some(info) = h.infos.remove(&g.grant_id) {
                    h.infos.insert(id.clone(), info);
                }
                g.grant_id = id;
                // Inserted now, so that the next one numbers after it.
                let info = h
                    .infos
                    .entry(g.grant_id.clone())
                    .or_insert_with(|| GrantInfo::overdraft(key));
                repo::insert(tx, g, info)?;
            }
            // Those made here were inserted as they are, and are compared from now on.
            if !last {
                let known = h.loaded.len();
                h.loaded.extend(h.pool.grants.iter().skip(known).map(state));
            }
        }
        // The entries, customer by customer (each customer's in the order made, as one command
        // at a time would write them): each an append at the end of the ledger (it is kept in
        // write order), with its pool's balance after it. A customer's entries side by side keep
        // what reads the ledger by pool (`credit verify`) on few pages.
        let entries = std::mem::take(&mut self.entries);
        let order = by_customer(&entries);
        let pools = &mut self.pools;
        let held = &self.held;
        // Read in customer order, each entry a wait on memory but for the hint a few ahead.
        const AHEAD: usize = 8;
        let lines = order.iter().enumerate().map(|(k, &j)| {
            if let Some(&next) = order.get(k + AHEAD) {
                crate::ops::prefetch::value(&entries[next as usize]);
            }
            let e = &entries[j as usize];
            let h = &mut pools[e.pool as usize].1;
            let pool = h.pool_id.ok_or_else(|| {
                Error::internal("a ledger entry for a pool that is not stored".to_string())
            })?;
            h.written = repo::balance_after(h.written, e.amount)?;
            h.balance_unsaved = true;
            Ok((
                pool,
                h.written,
                repo::Line {
                    grant_seq: if e.grant_seq >= PENDING_SEQ {
                        h.pool.grants[e.grant as usize].seq
                    } else {
                        e.grant_seq
                    },
                    entry_type: e.entry_type,
                    amount: e.amount,
                    at: e.at,
                    ctx: held.tie(e),
                },
            ))
        });
        repo::append_lines(tx, lines)?;
        // The room is kept for the next flush's entries; the keys they named are let go.
        let mut entries = entries;
        entries.clear();
        self.entries = entries;
        self.held.keys.clear();
        // The grants loaded that changed are saved once, at the end: the whole import is one
        // transaction, so nothing sees them in between. In the order of their numbers: the
        // table's pages are then visited once each.
        if last {
            let mut changed: Vec<(i64, usize, usize)> = Vec::new();
            for &i in &visit {
                let h = &self.pools[i].1;
                for (k, (g, was)) in h.pool.grants.iter().zip(&h.loaded).enumerate() {
                    if state(g) != *was {
                        changed.push((g.seq, i, k));
                    }
                }
            }
            changed.sort_unstable();
            for (_, i, k) in changed {
                repo::save_state(tx, &self.pools[i].1.pool.grants[k])?;
            }
        }
        for i in visit {
            let (key, h) = &mut self.pools[i];
            let names = &self.names;
            let rename = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
            // So is the pool's balance (not once per batch of entries). (What was loaded is
            // not brought up to date: the burner ends here.)
            if last
                && h.balance_unsaved
                && let Some(pool) = h.pool_id
            {
                repo::save_balance(tx, pool, h.written)?;
                h.balance_unsaved = false;
            }
            if h.recharge_changed
                && let Some(r) = &h.recharge
            {
                super::recharge::save(tx, &key.customer_id, &key.currency_id, r)?;
                h.recharge_changed = false;
            }
            for ev in std::mem::take(&mut h.events) {
                match ev {
                    Pending::Grant(ty, mut g) => {
                        let id = rename(&g.grant_id);
                        g.grant_id = id.clone();
                        // A loaded grant's info is read back for its event, not kept: held for
                        // each of thousands of pools, it would weigh.
                        if let Some(info) = h.infos.get(&id) {
                            grant_event_of(tx, &g, info, ty)?;
                        } else if let Some(info) = repo::info_by_seq(&tx.sql, g.seq)? {
                            grant_event_of(tx, &g, &info, ty)?;
                        }
                    }
                    Pending::Balance(ty, after, granted) => balance_event(
                        tx,
                        key,
                        ty,
                        after,
                        granted,
                        self.low_share.unwrap_or(LOW_BALANCE_SHARE),
                    )?,
                    Pending::Recharge(ty, mut v) => {
                        if let Some(g) = v.get("grantId").and_then(|g| g.as_str()) {
                            v["grantId"] = json!(rename(&g.to_string()));
                        }
                        events::append(
                            tx,
                            &NewEvent {
                                event_type: ty,
                                entity_type: EventEntityType::Credit,
                                entity_id: key.customer_id.clone(),
                                entity: v,
                            },
                        )?;
                    }
                }
            }
        }
        Ok(())
    }

    /// [`Burner::flush`], then the ids the grants made in memory were given.
    pub fn finish(mut self, tx: &mut Tx<'_>) -> Result<BTreeMap<String, String>> {
        self.write(tx, true)?;
        Ok(self.names)
    }
}

/// Holds an operation's entries (by grant id) for pool `at`.
fn note(
    entries: &mut Vec<HeldEntry>,
    (at, customer): (usize, u32),
    pool: &Pool,
    out: &Outcome,
    tie: HeldTie,
) -> Result<()> {
    for e in &out.entries {
        // Every entry names a grant of the pool (grants are never removed from it).
        let grant = pool
            .grants
            .iter()
            .position(|g| g.grant_id == e.grant_id)
            .ok_or_else(|| {
                Error::internal(format!("a ledger entry names grant '{}'", e.grant_id))
            })?;
        entries.push(HeldEntry {
            pool: at as u32,
            customer,
            grant: grant as u32,
            grant_seq: pool.grants[grant].seq,
            entry_type: e.entry_type,
            amount: e.amount,
            at: e.at,
            record: tie.record,
            key: tie.key,
            feature: tie.feature,
        });
    }
    Ok(())
}

/// What a usage record burned, as `usage report` and `event report` print it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UsageCredit {
    pub consumed: Decimal,
    pub currency_id: String,
    pub current_balance: Decimal,
}

/// Credits are held to 12 places: what a usage record burns (a formula's result, a rate × the
/// units) with finer digits is rounded half away from zero — the one place credits are
/// rounded; usage itself is kept exact.
pub fn held_credits(v: Decimal) -> Decimal {
    if v.scale() <= crate::domain::decimal::MAX_SCALE {
        return v;
    }
    v.round_dp_with_strategy(
        crate::domain::decimal::MAX_SCALE,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    )
}

/// `rate` × `units` credits, held to 12 places (see [`held_credits`]) without trailing zeros
/// (2.5 × 4 burns `10`, as a formula's result is written, not `10.0`). A product with more
/// significant digits than a decimal holds (0.333333333333 × 1234567890.123456789) is rounded
/// once, on wider integers, to those 12 places; None when even that is past what a decimal
/// holds.
pub fn rate_credits(rate: Decimal, units: Decimal) -> Option<Decimal> {
    match crate::domain::decimal::exact_mul(rate, units) {
        Some(v) => Some(held_credits(v).normalize()),
        None => crate::domain::wide::mul_add_round(
            rate,
            units,
            Decimal::ZERO,
            crate::domain::decimal::MAX_SCALE,
        )
        .map(|v| v.normalize()),
    }
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
            let parsed;
            let e = match &price.expr {
                Some(e) => e.as_ref(),
                None => {
                    parsed = crate::domain::formula::parse(f)
                        .map_err(|e| format!("column {}: {}", e.column, e.message))?;
                    &parsed
                }
            };
            Ok(held_credits(crate::domain::formula::eval(e, dims)?).normalize())
        }
        (None, Some(r)) => rate_credits(r, units).ok_or_else(|| OUT_OF_RANGE.to_string()),
        (None, None) => Ok(Decimal::ZERO),
    }
}

/// Why a usage record's credits are refused when `rate` × units is past what a decimal holds
/// exactly.
pub const OUT_OF_RANGE: &str = "the credits burned are out of range";

/// What a usage record added to its window's value (`before` → `value`): 0 when it added
/// nothing; None when the increase is past what a decimal holds (a MIN/MAX level going from
/// near the lowest value to near the highest).
pub fn units_added(before: Decimal, value: Decimal) -> Option<Decimal> {
    if value <= before {
        Some(Decimal::ZERO)
    } else {
        value.checked_sub(before)
    }
}

/// Burns what a usage record of `feature` costs in credits, when the customer's plan prices it
/// in credits; the ledger entries name the feature and the record. Burned at the command's
/// `now` (late usage burns when it is recorded). None when the feature is not priced in
/// credits. `units`: see [`units_added`] (an increase out of range burns by formula — which
/// reads the record, not the increase — and is refused by rate).
#[allow(clippy::too_many_arguments)]
pub fn burn_for_usage(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    feature: &str,
    units: Option<Decimal>,
    dims: &BTreeMap<String, String>,
    at: Instant,
    record: Option<i64>,
) -> Result<Option<UsageCredit>> {
    let Some(price) = credit_price(&tx.sql, customer, resource, feature, at)? else {
        return Ok(None);
    };
    let units = match units {
        Some(u) => Ok(u),
        // (Any increase: the formula's result does not depend on its size.)
        None if price.formula.is_some() => Ok(Decimal::ONE),
        None => Err(OUT_OF_RANGE.to_string()),
    };
    let credits = units
        .and_then(|u| credits_for(&price, u, dims))
        .map_err(|m| {
            let how = if price.formula.is_some() {
                " by formula"
            } else {
                ""
            };
            Error::usage(format!(
                "feature '{feature}' burns {}{how}: {m}",
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
            current_balance: repo::balance(&tx.sql, &key)?.normalize(),
        }));
    }
    let ctx = EntryContext {
        feature_id: Some(std::sync::Arc::from(feature)),
        record,
        idempotency_key: None,
    };
    let after = burn_now(tx, &key, credits, &ctx)?.after;
    Ok(Some(UsageCredit {
        consumed: credits,
        currency_id: price.currency,
        current_balance: after.normalize(),
    }))
}

/// Burns `amount` from a pool at the command's `now` (overdraft for what no grant covers, an
/// automatic recharge when one is set up), writes it all, and returns the balance after and
/// this consumption's entries.
pub(super) fn burn_now(
    tx: &mut Tx<'_>,
    key: &PoolKey,
    amount: Decimal,
    ctx: &EntryContext,
) -> Result<Burn> {
    let mut b = Burner::default();
    let now = tx.now;
    let entries = b.burn(&tx.sql, now, key, amount, ctx.clone())?;
    // What the consumption did, from the pool in memory (no read-back).
    let at = b.held(&tx.sql, now, key)?;
    let pool = &b.pools[at].1.pool;
    let (after, deficit) = (pool.balance(), pool.deficit());
    let mut lines: Vec<Burned> = entries
        .iter()
        .map(|e| Burned {
            grant_id: e.grant_id.clone(),
            grant_type: pool
                .grants
                .iter()
                .find(|g| g.grant_id == e.grant_id)
                .map_or(GrantType::Overdraft, |g| g.grant_type),
            amount: -e.amount,
        })
        .collect();
    let names = b.finish(tx)?;
    for l in &mut lines {
        if let Some(n) = names.get(&l.grant_id) {
            l.grant_id = n.clone();
        }
    }
    Ok(Burn {
        after,
        deficit,
        lines,
    })
}

/// What one consumption did: the balance and overdraft after it, and the grants it burned.
pub(super) struct Burn {
    pub after: Decimal,
    pub deficit: Decimal,
    pub lines: Vec<Burned>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A rate's credits are written without trailing zeros, and held to 12 places.
    #[test]
    fn rate_credits_are_written_without_trailing_zeros() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let text = |r: &str, u: &str| rate_credits(d(r), d(u)).unwrap().to_string();
        assert_eq!(text("2.5", "4"), "10");
        assert_eq!(text("1", "22.49999975"), "22.49999975");
        assert_eq!(text("0.1", "3.0"), "0.3");
        assert_eq!(text("0.0000001", "0.0000001"), "0");
        // 0.333333333333 × 1234567890.123456789012 = 411522630.040740740373958847736996: more
        // digits than a decimal holds, rounded once to 12 places (it was refused).
        assert_eq!(
            text("0.333333333333", "1234567890.123456789012"),
            "411522630.040740740374"
        );
    }

    /// A grant event serialized straight to its stored text (`events::append_entity`) stores
    /// exactly what the JSON-value path stores: same fields, same order, nothing left out.
    #[test]
    fn grant_event_text_is_the_stored_fields_of_its_value() {
        let at = crate::clock::parse_instant("2026-01-01T00:00:00Z").unwrap();
        let mut g = Grant::fresh(
            "grant_1".into(),
            7,
            GrantType::Paid,
            Decimal::new(1050, 1),
            at,
        );
        let bare = (
            g.clone(),
            GrantInfo::overdraft(&PoolKey {
                customer_id: "c".into(),
                currency_id: "cr".into(),
                resource_id: String::new(),
            }),
        );
        g.expires_at = Some(at + chrono::Duration::days(30));
        g.consumed = Decimal::new(25, 1);
        let full = GrantInfo {
            pool: PoolKey {
                customer_id: "c\"1".into(),
                currency_id: "cr".into(),
                resource_id: "site-1".into(),
            },
            cost_amount: Decimal::new(999, 2),
            cost_currency: Some("USD".into()),
            source: "auto-recharge".into(),
            subscription_id: Some("sub_1".into()),
            name: Some("n".into()),
            comment: Some("é \n".into()),
        };
        for (g, info) in [bare, (g, full)] {
            let view = super::super::grant_view(&g, &info);
            let ev = crate::events::NewEvent {
                event_type: EventType::CreditGrantDepleted,
                entity_type: crate::events::EventEntityType::Credit,
                entity_id: g.grant_id.clone(),
                entity: serde_json::to_value(&view).unwrap(),
            };
            let stored = crate::events::stored_fields(&ev, false);
            assert_eq!(serde_json::to_string(&view).unwrap(), stored);
            assert!(
                !crate::events::ENVELOPE
                    .iter()
                    .any(|k| ev.entity.get(*k).is_some())
            );
        }
    }

    proptest! {
        /// A bulk import holds 131,072 entries at a time: each stays at 64 bytes.
        #[test]
        fn a_held_entry_is_64_bytes(_x in 0u8..1) {
            prop_assert_eq!(std::mem::size_of::<HeldEntry>(), 64);
        }

        /// A flush writes customer by customer, each customer's entries in the order made.
        #[test]
        fn by_customer_groups_and_keeps_the_order_made(
            customers in proptest::collection::vec(0u32..2_000, 0..3_000)
        ) {
            let now = crate::clock::parse_instant("2026-01-01T00:00:00Z").unwrap();
            let entries = customers
                .iter()
                .enumerate()
                .map(|(i, &c)| HeldEntry {
                    pool: c,
                    customer: c,
                    grant: 0,
                    grant_seq: i as i64,
                    entry_type: crate::domain::credits::EntryType::Consumed,
                    amount: Decimal::ONE,
                    at: now,
                    record: NO_RECORD,
                    key: NO_KEY,
                    feature: NO_FEATURE,
                })
                .collect();
            let entries: Vec<HeldEntry> = entries;
            let order = by_customer(&entries);
            let got: Vec<(u32, i64)> = order
                .iter()
                .map(|&j| (entries[j as usize].customer, entries[j as usize].grant_seq))
                .collect();
            let mut want: Vec<(u32, i64)> =
                customers.iter().enumerate().map(|(i, &c)| (c, i as i64)).collect();
            want.sort();
            prop_assert_eq!(got, want);
        }
    }
}
