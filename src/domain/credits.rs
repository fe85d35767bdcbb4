//! Credit pools: grants, burn order, overdraft and its settlement, expiry and voids — pure
//! rules over one pool held in memory. Every operation returns the ledger entries it makes; the
//! store appends them and saves the grants it changed.
//!
//! Signs: an entry's amount is what it adds to the pool's balance. GRANTED is +amount (written
//! when the grant takes effect), CONSUMED −taken, EXPIRED and VOIDED −remainder. Settling an
//! overdraft moves consumption from the overdraft grant (TRANSFER_SOURCE, +x) to the new grant
//! (TRANSFER_TARGET, −x): the pair sums to zero. So the balance is always the sum of the pool's
//! entries, and equals Σ remaining of the effective grants − the overdraft deficit.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::clock::Instant;
use crate::domain::catalog::str_enum;

str_enum!(GrantType { Paid = "PAID" / "paid", Promotional = "PROMOTIONAL" / "promotional", Recurring = "RECURRING" / "recurring", Overdraft = "OVERDRAFT" / "overdraft" });
str_enum!(GrantStatus { Scheduled = "SCHEDULED" / "scheduled", Active = "ACTIVE" / "active", Depleted = "DEPLETED" / "depleted", Expired = "EXPIRED" / "expired", Voided = "VOIDED" / "voided" });
str_enum!(EntryType {
    Granted = "CREDITS_GRANTED" / "granted",
    Consumed = "CREDITS_CONSUMED" / "consumed",
    Expired = "CREDITS_EXPIRED" / "expired",
    Voided = "CREDITS_VOIDED" / "voided",
    Updated = "CREDITS_UPDATED" / "updated",
    TransferSource = "CREDITS_CONSUMPTION_TRANSFER_SOURCE" / "transfer-source",
    TransferTarget = "CREDITS_CONSUMPTION_TRANSFER_TARGET" / "transfer-target",
});

/// Priority of a grant given none: the same for every type, so that by default the
/// soonest-expiring credits burn first.
pub const DEFAULT_PRIORITY: i64 = 10;

/// One grant (block) of a pool. `seq` is its creation order in the environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub grant_id: String,
    pub seq: i64,
    pub grant_type: GrantType,
    pub status: GrantStatus,
    pub amount: Decimal,
    pub consumed: Decimal,
    pub expired: Decimal,
    pub voided: Decimal,
    /// Its GRANTED entry is written (it took effect): a grant voided while still scheduled
    /// never counts in the balance.
    pub granted: bool,
    pub priority: i64,
    pub effective_at: Instant,
    pub expires_at: Option<Instant>,
    pub created_at: Instant,
}

impl Grant {
    /// A grant not yet in any pool (SCHEDULED until added), nothing consumed, of the default
    /// priority, in effect from `at` and without expiry.
    pub fn fresh(
        grant_id: String,
        seq: i64,
        grant_type: GrantType,
        amount: Decimal,
        at: Instant,
    ) -> Grant {
        Grant {
            grant_id,
            seq,
            grant_type,
            status: GrantStatus::Scheduled,
            amount,
            consumed: Decimal::ZERO,
            expired: Decimal::ZERO,
            voided: Decimal::ZERO,
            granted: false,
            priority: DEFAULT_PRIORITY,
            effective_at: at,
            expires_at: None,
            created_at: at,
        }
    }

    /// amount − consumed − expired − voided (for the overdraft grant: minus its deficit).
    pub fn remaining(&self) -> Decimal {
        // Most grants have nothing expired or voided: taking away a plain zero leaves a
        // difference but zero as it was (a property test in `decimal` holds it), and a bulk
        // burn asks millions of times.
        if crate::domain::decimal::is_plain_zero(self.expired)
            && crate::domain::decimal::is_plain_zero(self.voided)
        {
            let r = self.amount - self.consumed;
            if !r.is_zero() {
                return r;
            }
        }
        self.amount - self.consumed - self.expired - self.voided
    }

    /// Has it taken effect (its GRANTED entry written)? Scheduled grants have not; a grant
    /// voided before it took effect never does.
    pub fn took_effect(&self) -> bool {
        self.granted
    }

    /// Can consumption at `t` burn it?
    pub fn usable_at(&self, t: Instant) -> bool {
        self.grant_type != GrantType::Overdraft
            && self.status == GrantStatus::Active
            && self.effective_at <= t
            && self.expires_at.is_none_or(|e| t < e)
            && self.remaining() > Decimal::ZERO
    }

    /// The burn-order key: priority, then expiry (none last), promotional before paid
    /// (recurring counts as paid), effective date, creation order, id.
    fn burn_key(&self) -> (i64, bool, Option<Instant>, u8, Instant, i64, &str) {
        (
            self.priority,
            self.expires_at.is_none(),
            self.expires_at,
            u8::from(self.grant_type != GrantType::Promotional),
            self.effective_at,
            self.seq,
            self.grant_id.as_str(),
        )
    }
}

/// A ledger entry a pool operation makes (the store numbers it and adds the balance after it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub grant_id: String,
    pub entry_type: EntryType,
    pub amount: Decimal,
    pub at: Instant,
}

/// What a change did besides its entries: grants that reached zero and the statuses changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub entries: Vec<Entry>,
    /// Grants whose state changed (ids), in the order they changed.
    pub touched: Vec<String>,
    /// Grants that became DEPLETED.
    pub depleted: Vec<String>,
    /// The grant that took effect, as it did: its credits granted, before they settled any
    /// overdraft (what its `created`/`took effect` event shows, ahead of its depletion).
    pub as_granted: Option<Grant>,
}

impl Outcome {
    fn touch(&mut self, id: &str) {
        if !self.touched.iter().any(|t| t == id) {
            self.touched.push(id.to_string());
        }
    }
}

/// One part of a consumption: the grant burned, by its place in the pool, and the credits it
/// gave (> 0; the ledger entry's amount is the negation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub grant: usize,
    pub taken: Decimal,
}

/// Why a pool operation could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolError {
    /// A sum out of the decimal range.
    OutOfRange,
    /// A consumption needs a new overdraft grant and none was given.
    NoOverdraftGrant,
}

/// Sums stay exact: one that a decimal could only hold rounded is refused, as one out of range.
fn add(a: Decimal, b: Decimal) -> Result<Decimal, PoolError> {
    crate::domain::decimal::exact_add(a, b).ok_or(PoolError::OutOfRange)
}

fn sub(a: Decimal, b: Decimal) -> Result<Decimal, PoolError> {
    crate::domain::decimal::exact_sub(a, b).ok_or(PoolError::OutOfRange)
}

/// One pool (customer, currency, resource): every grant it ever had.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Pool {
    pub grants: Vec<Grant>,
}

impl Pool {
    fn index(&self, id: &str) -> Option<usize> {
        self.grants.iter().position(|g| g.grant_id == id)
    }

    /// The open overdraft grant (at most one: a settled one is VOIDED).
    fn overdraft(&self) -> Option<usize> {
        self.grants
            .iter()
            .position(|g| g.grant_type == GrantType::Overdraft && g.status == GrantStatus::Active)
    }

    /// The outstanding overdraft: consumption no grant covered yet.
    pub fn deficit(&self) -> Decimal {
        self.overdraft()
            .map(|i| self.grants[i].consumed)
            .unwrap_or_default()
    }

    /// Σ remaining of the grants in effect − the deficit (= Σ of the pool's entries).
    pub fn balance(&self) -> Decimal {
        self.exact_balance().unwrap_or_default()
    }

    /// The balance, when it is exact (every operation checks that it stays so).
    pub fn exact_balance(&self) -> Option<Decimal> {
        let held = crate::domain::decimal::exact_sum(
            self.grants
                .iter()
                .filter(|g| g.grant_type != GrantType::Overdraft && g.took_effect())
                .map(Grant::remaining),
        )?;
        crate::domain::decimal::exact_sub(held, self.deficit())
    }

    /// An operation that left the balance inexact (a sum a decimal could only hold rounded) is
    /// refused.
    fn exact(&self, out: Outcome) -> Result<Outcome, PoolError> {
        self.exact_balance().ok_or(PoolError::OutOfRange)?;
        crate::domain::decimal::exact_net(out.entries.iter().map(|e| e.amount))
            .ok_or(PoolError::OutOfRange)?;
        Ok(out)
    }

    /// Σ amount of the grants usable or used up at `t` (the base of the low-balance signal).
    pub fn granted_in_force(&self, t: Instant) -> Decimal {
        self.grants
            .iter()
            .filter(|g| {
                g.grant_type != GrantType::Overdraft
                    && matches!(g.status, GrantStatus::Active | GrantStatus::Depleted)
                    && g.effective_at <= t
                    && g.expires_at.is_none_or(|e| t < e)
            })
            .map(|g| g.amount)
            .fold(Decimal::ZERO, crate::domain::decimal::sat_add)
    }

    /// The usable grants at `t`, in burn order.
    pub fn burn_order(&self, t: Instant) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.grants.len())
            .filter(|&i| self.grants[i].usable_at(t))
            .collect();
        v.sort_by(|&a, &b| self.grants[a].burn_key().cmp(&self.grants[b].burn_key()));
        v
    }

    /// Adds a grant. One already in effect (`effective_at ≤ t`) is ACTIVE at once: its GRANTED
    /// entry, then it settles the overdraft as far as it can. A later one is SCHEDULED.
    pub fn add_grant(&mut self, mut g: Grant, t: Instant) -> Result<Outcome, PoolError> {
        let mut out = Outcome::default();
        let effective = g.effective_at <= t;
        g.status = if effective {
            GrantStatus::Active
        } else {
            GrantStatus::Scheduled
        };
        let id = g.grant_id.clone();
        self.grants.push(g);
        out.touch(&id);
        if effective {
            self.take_effect(&id, t, &mut out)?;
        }
        self.exact(out)
    }

    /// A SCHEDULED grant whose time has come (`effective_at ≤ t`) becomes ACTIVE.
    pub fn activate(&mut self, id: &str, t: Instant) -> Result<Outcome, PoolError> {
        let mut out = Outcome::default();
        if let Some(i) = self.index(id)
            && self.grants[i].status == GrantStatus::Scheduled
            && self.grants[i].effective_at <= t
        {
            self.grants[i].status = GrantStatus::Active;
            out.touch(id);
            self.take_effect(id, self.grants[i].effective_at, &mut out)?;
        }
        self.exact(out)
    }

    fn take_effect(&mut self, id: &str, at: Instant, out: &mut Outcome) -> Result<(), PoolError> {
        let Some(i) = self.index(id) else {
            return Ok(());
        };
        self.grants[i].granted = true;
        out.as_granted = Some(self.grants[i].clone());
        out.entries.push(Entry {
            grant_id: id.to_string(),
            entry_type: EntryType::Granted,
            amount: self.grants[i].amount,
            at,
        });
        // The new credits settle the deficit first.
        if let Some(o) = self.overdraft() {
            let x = self.grants[o].consumed.min(self.grants[i].remaining());
            if x > Decimal::ZERO {
                let oid = self.grants[o].grant_id.clone();
                self.grants[o].consumed = sub(self.grants[o].consumed, x)?;
                self.grants[i].consumed = add(self.grants[i].consumed, x)?;
                out.entries.push(Entry {
                    grant_id: oid.clone(),
                    entry_type: EntryType::TransferSource,
                    amount: x,
                    at,
                });
                out.entries.push(Entry {
                    grant_id: id.to_string(),
                    entry_type: EntryType::TransferTarget,
                    amount: -x,
                    at,
                });
                out.touch(&oid);
                if self.grants[o].consumed.is_zero() {
                    self.grants[o].status = GrantStatus::Voided;
                }
                if self.grants[i].remaining().is_zero() {
                    self.grants[i].status = GrantStatus::Depleted;
                    out.depleted.push(id.to_string());
                }
            }
        }
        Ok(())
    }

    /// The usable grant at `t` that burns first (None: the usable grants are used up). One
    /// pass, nothing allocated: a bulk import burns a million times.
    fn first_to_burn(&self, t: Instant) -> Option<usize> {
        let mut first: Option<usize> = None;
        for (i, g) in self.grants.iter().enumerate() {
            if g.usable_at(t) && first.is_none_or(|f| g.burn_key() < self.grants[f].burn_key()) {
                first = Some(i);
            }
        }
        first
    }

    /// Burns `amount` (> 0) at `t` in burn order, one part per grant touched (pushed on
    /// `parts`); what no grant covers goes on the open overdraft grant, or on a new one
    /// `overdraft` gives (None: [`PoolError::NoOverdraftGrant`]). A grant burned to zero becomes
    /// DEPLETED. Returns the balance after, exact.
    pub fn burn(
        &mut self,
        amount: Decimal,
        t: Instant,
        overdraft: impl FnOnce() -> Option<Grant>,
        parts: &mut Vec<Part>,
    ) -> Result<Decimal, PoolError> {
        self.burn_after(amount, t, overdraft, parts, &mut None, None)
    }

    /// [`Pool::burn`], told which grant burned first at an instant last time (`first`, kept up
    /// to date here): while nothing but burns at that instant changed the pool, it is still
    /// first until it is used up, so a run of burns does not look for it each time. Whoever
    /// changes the pool otherwise (adds a grant, expires one) resets it to None.
    ///
    /// `before`, when the caller knows it, is the pool's exact balance before the burn: the
    /// balance after is then `before − amount` (the burn moves exactly `amount` from what the
    /// grants hold to the deficit), not a sum over every grant again.
    pub fn burn_after(
        &mut self,
        amount: Decimal,
        t: Instant,
        overdraft: impl FnOnce() -> Option<Grant>,
        parts: &mut Vec<Part>,
        first: &mut Option<(Instant, usize)>,
        before: Option<Decimal>,
    ) -> Result<Decimal, PoolError> {
        let mut left = amount;
        // The parts' sum, so that one a decimal could only hold rounded is refused.
        let mut sum = Decimal::ZERO;
        while left > Decimal::ZERO {
            let found = match *first {
                Some((at, i)) if at == t => Some(i),
                _ => self.first_to_burn(t),
            };
            let Some(i) = found else {
                *first = None;
                break;
            };
            let g = &mut self.grants[i];
            let remaining = g.remaining();
            if remaining > left {
                // The common case: the first grant covers the rest and stays usable.
                g.consumed = add(g.consumed, left)?;
                *first = Some((t, i));
                parts.push(Part {
                    grant: i,
                    taken: left,
                });
                left = Decimal::ZERO;
                break;
            }
            let take = remaining;
            g.consumed = add(g.consumed, take)?;
            left = sub(left, take)?;
            sum = add(sum, take)?;
            if g.remaining().is_zero() {
                g.status = GrantStatus::Depleted;
                *first = None;
            } else {
                *first = Some((t, i));
            }
            parts.push(Part {
                grant: i,
                taken: take,
            });
        }
        if left > Decimal::ZERO {
            let o = match self.overdraft() {
                Some(o) => o,
                None => {
                    let mut g = overdraft().ok_or(PoolError::NoOverdraftGrant)?;
                    g.grant_type = GrantType::Overdraft;
                    g.status = GrantStatus::Active;
                    g.amount = Decimal::ZERO;
                    self.grants.push(g);
                    self.grants.len() - 1
                }
            };
            let g = &mut self.grants[o];
            g.consumed = add(g.consumed, left)?;
            add(sum, left)?;
            parts.push(Part {
                grant: o,
                taken: left,
            });
        }
        match before {
            Some(b) => crate::domain::decimal::exact_add(b, -amount).ok_or(PoolError::OutOfRange),
            None => self.exact_balance().ok_or(PoolError::OutOfRange),
        }
    }

    /// [`Pool::burn`], with the entries by grant id: what no grant covers goes on the overdraft
    /// grant — `overdraft`, a fresh grant, when the pool has none open.
    pub fn consume(
        &mut self,
        amount: Decimal,
        t: Instant,
        overdraft: Option<Grant>,
    ) -> Result<Outcome, PoolError> {
        let mut parts = Vec::new();
        self.burn(amount, t, || overdraft, &mut parts)?;
        let mut out = Outcome::default();
        for p in parts {
            let g = &self.grants[p.grant];
            out.entries.push(Entry {
                grant_id: g.grant_id.clone(),
                entry_type: EntryType::Consumed,
                amount: -p.taken,
                at: t,
            });
            if g.status == GrantStatus::Depleted {
                out.depleted.push(g.grant_id.clone());
            }
            out.touch(&g.grant_id);
        }
        Ok(out)
    }

    /// Writes off what a grant has left (EXPIRED at its expiry, VOIDED by `credit void`).
    /// A grant voided before it took effect is voided whole, with a zero entry (it never
    /// counted in the balance).
    pub fn write_off(&mut self, id: &str, void: bool, t: Instant) -> Result<Outcome, PoolError> {
        let mut out = Outcome::default();
        let Some(i) = self.index(id) else {
            return Ok(out);
        };
        let g = &mut self.grants[i];
        let took_effect = g.took_effect();
        let rest = g.remaining();
        let (status, entry_type) = if void {
            (GrantStatus::Voided, EntryType::Voided)
        } else {
            (GrantStatus::Expired, EntryType::Expired)
        };
        if void {
            g.voided = add(g.voided, rest)?;
        } else {
            g.expired = add(g.expired, rest)?;
        }
        g.status = status;
        out.entries.push(Entry {
            grant_id: id.to_string(),
            entry_type,
            amount: if took_effect { -rest } else { Decimal::ZERO },
            at: t,
        });
        out.touch(id);
        self.exact(out)
    }

    /// Expiries due at or before `t`: (instant, grant id), earliest first. A grant used up
    /// before it expires has nothing to write off and stays DEPLETED.
    pub fn expiries_due(&self, t: Instant) -> Vec<(Instant, String)> {
        let mut v: Vec<(Instant, String)> = self
            .grants
            .iter()
            .filter(|g| {
                g.grant_type != GrantType::Overdraft
                    && g.status == GrantStatus::Active
                    && g.expires_at.is_some_and(|e| e <= t)
            })
            .filter_map(|g| g.expires_at.map(|e| (e, g.grant_id.clone())))
            .collect();
        v.sort();
        v
    }
}

/// Replays a pool's ledger from empty: the grants' consumed/expired/voided amounts, their
/// statuses and the balance, as the entries say them. `static_grants` gives each grant's fixed
/// attributes (amount, type, dates); the rest starts at zero. Used by `credit verify`
/// (invariant 4).
pub fn replay(static_grants: &[Grant], entries: &[Entry]) -> Result<(Pool, Decimal), String> {
    let mut pool = Pool {
        grants: static_grants
            .iter()
            .map(|g| Grant {
                consumed: Decimal::ZERO,
                expired: Decimal::ZERO,
                voided: Decimal::ZERO,
                granted: false,
                ..g.clone()
            })
            .collect(),
    };
    let mut balance = Decimal::ZERO;
    for e in entries {
        let i = pool
            .index(&e.grant_id)
            .ok_or_else(|| format!("an entry names grant '{}', which is not stored", e.grant_id))?;
        let g = &mut pool.grants[i];
        let amt = e.amount;
        let over = || format!("grant '{}': a sum is out of range or inexact", e.grant_id);
        use crate::domain::decimal::{exact_add, exact_sub};
        match e.entry_type {
            EntryType::Granted => g.granted = true,
            EntryType::Updated => {}
            EntryType::Consumed | EntryType::TransferTarget | EntryType::TransferSource => {
                g.consumed = exact_sub(g.consumed, amt).ok_or_else(over)?
            }
            EntryType::Expired => g.expired = exact_sub(g.expired, amt).ok_or_else(over)?,
            EntryType::Voided => {
                if !g.granted {
                    // Voided before it took effect: the whole amount.
                    g.voided = g.amount;
                } else {
                    g.voided = exact_sub(g.voided, amt).ok_or_else(over)?;
                }
            }
        }
        balance = exact_add(balance, amt).ok_or_else(over)?;
    }
    for g in &mut pool.grants {
        let has = |ty: EntryType| {
            entries
                .iter()
                .any(|e| e.grant_id == g.grant_id && e.entry_type == ty)
        };
        g.status = if g.grant_type == GrantType::Overdraft {
            if g.consumed.is_zero() {
                GrantStatus::Voided
            } else {
                GrantStatus::Active
            }
        } else if has(EntryType::Voided) {
            GrantStatus::Voided
        } else if has(EntryType::Expired) {
            GrantStatus::Expired
        } else if !has(EntryType::Granted) {
            GrantStatus::Scheduled
        } else if g.remaining().is_zero() {
            GrantStatus::Depleted
        } else {
            GrantStatus::Active
        };
    }
    Ok((pool, balance))
}

/// The invariant every grant holds (1): 0 ≤ consumed ≤ amount (the overdraft grant excepted),
/// expired, voided ≥ 0 and remaining ≥ 0. Returns what is wrong, if anything.
pub fn grant_problem(g: &Grant) -> Option<String> {
    let neg = |d: Decimal| d < Decimal::ZERO;
    if g.grant_type == GrantType::Overdraft {
        if neg(g.consumed) || !g.amount.is_zero() {
            return Some(format!(
                "overdraft grant '{}' has amount {} and deficit {}",
                g.grant_id, g.amount, g.consumed
            ));
        }
        return None;
    }
    if neg(g.consumed) || g.consumed > g.amount || neg(g.expired) || neg(g.voided) {
        return Some(format!(
            "grant '{}': consumed {}, expired {}, voided {} of {}",
            g.grant_id, g.consumed, g.expired, g.voided, g.amount
        ));
    }
    if neg(g.remaining()) {
        return Some(format!(
            "grant '{}': remaining {} is below zero",
            g.grant_id,
            g.remaining()
        ));
    }
    None
}

/// The cadence period of a recurring credit entitlement containing `t`: `[start, end)`, stepped
/// from the subscription's start by whole months (month-end days clamp from the anchor, as
/// usage windows do). None before the anchor; a period the calendar ends first ends with it.
pub fn cadence_period(
    anchor: Instant,
    cadence: crate::domain::catalog::Cadence,
    t: Instant,
) -> Option<(Instant, Instant)> {
    use crate::clock::{add_months_from_anchor, month_index};
    if t < anchor {
        return None;
    }
    let step: i64 = match cadence {
        crate::domain::catalog::Cadence::Month => 1,
        crate::domain::catalog::Cadence::Year => 12,
    };
    let at = |n: i64| add_months_from_anchor(anchor, u32::try_from(n).ok()?);
    let mut n = month_index(anchor, t).max(0) / step * step;
    // The calendar estimate is at most one step off either way.
    while n > 0 && at(n)? > t {
        n -= step;
    }
    let end = |n: i64| at(n).unwrap_or_else(crate::clock::max_instant);
    while end(n + step) <= t && at(n + step).is_some() {
        n += step;
    }
    Some((at(n)?, end(n + step)))
}

/// What a subscription's credit entitlements grant per cadence period, per (currency,
/// cadence): the plan's (its own for a currency, else the nearest parent's) plus every
/// add-on's × its quantity; an entitlement `perUnitOf` a feature is × that feature's quantity
/// on the subscription (1 when it has none). The plan's share and the add-ons' are apart
/// (`source` `plan` or `addon`: finance tells them apart), the plan's first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecurringCredit {
    pub currency: String,
    pub cadence: crate::domain::catalog::Cadence,
    pub amount: Decimal,
    /// `plan` or `addon` (every add-on's of the currency and cadence together).
    pub source: &'static str,
}

pub fn recurring_credits(
    chain: &[&crate::domain::catalog::PackageBody],
    quantities: &[crate::domain::subscriptions::FeatureQuantity],
    addons: &[(u32, &crate::domain::catalog::PackageBody)],
) -> Result<Vec<RecurringCredit>, PoolError> {
    use crate::domain::catalog::CreditEntitlement;
    let units = |c: &CreditEntitlement| -> Decimal {
        match &c.per_unit_of {
            None => Decimal::ONE,
            Some(f) => quantities
                .iter()
                .find(|q| &q.feature_id == f)
                .map(|q| Decimal::from(q.quantity))
                .unwrap_or(Decimal::ONE),
        }
    };
    let mut out: Vec<RecurringCredit> = Vec::new();
    let mut add = |currency: &str, c: &CreditEntitlement, times: Decimal, source| {
        let amount = c
            .amount
            .checked_mul(units(c))
            .and_then(|a| a.checked_mul(times))
            .ok_or(PoolError::OutOfRange)?;
        match out
            .iter_mut()
            .find(|r| r.currency == currency && r.cadence == c.cadence && r.source == source)
        {
            Some(r) => r.amount = add(r.amount, amount)?,
            None => out.push(RecurringCredit {
                currency: currency.to_string(),
                cadence: c.cadence,
                amount,
                source,
            }),
        }
        Ok::<(), PoolError>(())
    };
    let mut seen = std::collections::BTreeSet::new();
    for body in chain {
        for (currency, c) in &body.credits {
            if seen.insert(currency.clone()) {
                add(currency, c, Decimal::ONE, "plan")?;
            }
        }
    }
    for (qty, body) in addons {
        for (currency, c) in &body.credits {
            add(currency, c, Decimal::from(*qty), "addon")?;
        }
    }
    out.retain(|r| r.amount > Decimal::ZERO);
    Ok(out)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Cost {
    pub amount: Decimal,
    pub currency: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;

    fn t(day: u32) -> Instant {
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + chrono::Duration::days(i64::from(day))
    }

    fn grant(id: &str, seq: i64, ty: GrantType, amount: i64) -> Grant {
        Grant {
            grant_id: id.into(),
            seq,
            grant_type: ty,
            status: GrantStatus::Scheduled,
            amount: Decimal::from(amount),
            consumed: Decimal::ZERO,
            expired: Decimal::ZERO,
            voided: Decimal::ZERO,
            granted: false,
            priority: DEFAULT_PRIORITY,
            effective_at: t(1),
            expires_at: None,
            created_at: t(1),
        }
    }

    fn od(seq: i64) -> Option<Grant> {
        Some(grant(&format!("od{seq}"), seq, GrantType::Overdraft, 0))
    }

    fn consumed_by(out: &Outcome) -> Vec<(String, i64)> {
        out.entries
            .iter()
            .map(|e| {
                (
                    e.grant_id.clone(),
                    i64::try_from(e.amount.trunc().mantissa()).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn burn_order_tie_breaks_one_by_one() {
        let mut p = Pool::default();
        let mut a = grant("a", 1, GrantType::Paid, 10);
        a.priority = 5; // 1. priority wins over everything
        let mut b = grant("b", 2, GrantType::Paid, 10);
        b.expires_at = Some(t(20)); // 2. sooner expiry
        let mut c = grant("c", 3, GrantType::Paid, 10);
        c.expires_at = Some(t(25));
        let d = grant("d", 4, GrantType::Promotional, 10); // 3. promo before paid (no expiry)
        let e = grant("e", 5, GrantType::Recurring, 10); // recurring counts as paid
        let mut f = grant("f", 6, GrantType::Paid, 10);
        f.effective_at = t(1); // 4./5. same date: created order, e before f
        for g in [f, e, d, c, b, a] {
            p.add_grant(g, t(2)).unwrap();
        }
        let order: Vec<&str> = p
            .burn_order(t(2))
            .into_iter()
            .map(|i| p.grants[i].grant_id.as_str())
            .collect();
        assert_eq!(order, ["a", "b", "c", "d", "e", "f"]);
        let mut g = grant("g", 7, GrantType::Paid, 10);
        g.effective_at = t(1);
        let mut h = grant("h", 0, GrantType::Paid, 10);
        h.effective_at = t(2); // later effective date burns later despite earlier seq
        let mut q = Pool::default();
        q.add_grant(h, t(3)).unwrap();
        q.add_grant(g, t(3)).unwrap();
        let first = &q.grants[q.burn_order(t(3))[0]].grant_id;
        assert_eq!(first, "g");
    }

    #[test]
    fn a_consumption_spills_over_three_grants_with_one_entry_each() {
        let mut p = Pool::default();
        for (i, id) in ["x", "y", "z"].iter().enumerate() {
            p.add_grant(grant(id, i as i64, GrantType::Paid, 10), t(1))
                .unwrap();
        }
        let out = p.consume(Decimal::from(25), t(2), od(9)).unwrap();
        assert_eq!(
            consumed_by(&out),
            [("x".into(), -10), ("y".into(), -10), ("z".into(), -5)]
        );
        assert_eq!(out.depleted, ["x", "y"]);
        assert_eq!(p.balance(), Decimal::from(5));
    }

    #[test]
    fn overdraft_then_partial_then_full_settlement() {
        let mut p = Pool::default();
        p.add_grant(grant("a", 1, GrantType::Paid, 10), t(1))
            .unwrap();
        let out = p.consume(Decimal::from(25), t(2), od(2)).unwrap();
        assert_eq!(consumed_by(&out), [("a".into(), -10), ("od2".into(), -15)]);
        assert_eq!(p.balance(), Decimal::from(-15));
        // A partial settlement: all 5 go to the deficit.
        let out = p
            .add_grant(grant("b", 3, GrantType::Paid, 5), t(3))
            .unwrap();
        assert_eq!(
            consumed_by(&out),
            [("b".into(), 5), ("od2".into(), 5), ("b".into(), -5)]
        );
        assert_eq!(out.depleted, ["b"]);
        assert_eq!(p.balance(), Decimal::from(-10));
        // A full settlement: the overdraft is VOIDED, the rest stays on the new grant.
        p.add_grant(grant("c", 4, GrantType::Paid, 30), t(4))
            .unwrap();
        assert_eq!(p.balance(), Decimal::from(20));
        assert_eq!(p.deficit(), Decimal::ZERO);
        let o = p.grants.iter().find(|g| g.grant_id == "od2").unwrap();
        assert_eq!(o.status, GrantStatus::Voided);
        // A later shortfall opens a new overdraft grant.
        p.consume(Decimal::from(21), t(5), od(5)).unwrap();
        assert_eq!(p.deficit(), Decimal::ONE);
        assert_eq!(
            p.grants
                .iter()
                .filter(|g| g.grant_type == GrantType::Overdraft)
                .count(),
            2
        );
    }

    #[test]
    fn expiry_writes_off_the_remainder_and_a_void_of_a_scheduled_grant_voids_it_whole() {
        let mut p = Pool::default();
        let mut a = grant("a", 1, GrantType::Paid, 10);
        a.expires_at = Some(t(10));
        p.add_grant(a, t(1)).unwrap();
        p.consume(Decimal::from(4), t(2), od(3)).unwrap();
        assert_eq!(p.expiries_due(t(9)), []);
        assert_eq!(p.expiries_due(t(10)), [(t(10), "a".to_string())]);
        let out = p.write_off("a", false, t(10)).unwrap();
        assert_eq!(consumed_by(&out), [("a".into(), -6)]);
        assert_eq!(p.balance(), Decimal::ZERO);
        let mut s = grant("s", 4, GrantType::Promotional, 7);
        s.effective_at = t(20);
        p.add_grant(s, t(11)).unwrap();
        assert_eq!(p.grants[1].status, GrantStatus::Scheduled);
        let out = p.write_off("s", true, t(12)).unwrap();
        assert_eq!(consumed_by(&out), [("s".into(), 0)]);
        assert_eq!(p.grants[1].voided, Decimal::from(7));
        assert_eq!(p.balance(), Decimal::ZERO);
    }

    #[test]
    fn cadence_periods_step_from_the_anchor_and_clamp_month_ends() {
        use crate::domain::catalog::Cadence;
        let anchor = Utc.with_ymd_and_hms(2026, 1, 31, 12, 0, 0).unwrap();
        let at = |m: u32, d: u32| Utc.with_ymd_and_hms(2026, m, d, 12, 0, 0).unwrap();
        assert_eq!(cadence_period(anchor, Cadence::Month, at(1, 30)), None);
        assert_eq!(
            cadence_period(anchor, Cadence::Month, anchor),
            Some((anchor, at(2, 28)))
        );
        assert_eq!(
            cadence_period(anchor, Cadence::Month, at(2, 28)),
            Some((at(2, 28), at(3, 31)))
        );
        assert_eq!(
            cadence_period(anchor, Cadence::Month, at(3, 30)),
            Some((at(2, 28), at(3, 31)))
        );
        let y = cadence_period(anchor, Cadence::Year, at(12, 31)).unwrap();
        assert_eq!(y.0, anchor);
        assert_eq!(y.1, Utc.with_ymd_and_hms(2027, 1, 31, 12, 0, 0).unwrap());
        // Every instant is in exactly one period, and periods are contiguous.
        let mut t = anchor;
        let (mut s, mut e) = cadence_period(anchor, Cadence::Month, t).unwrap();
        for _ in 0..400 {
            t += chrono::Duration::hours(23);
            let (s2, e2) = cadence_period(anchor, Cadence::Month, t).unwrap();
            assert!(s2 <= t && t < e2);
            if s2 != s {
                assert_eq!(s2, e, "periods are contiguous");
            }
            (s, e) = (s2, e2);
        }
    }

    #[derive(Debug, Clone)]
    enum Op {
        Grant {
            ty: u8,
            amount: u32,
            priority: i64,
            starts_in: u32,
            lasts: Option<u32>,
        },
        Consume(u32),
        Void(usize),
        Advance(u32),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (
                0u8..3,
                1u32..500,
                0i64..4,
                0u32..3,
                proptest::option::of(1u32..6)
            )
                .prop_map(|(ty, amount, priority, starts_in, lasts)| Op::Grant {
                    ty,
                    amount,
                    priority,
                    starts_in,
                    lasts
                }),
            (1u32..700).prop_map(Op::Consume),
            (0usize..20).prop_map(Op::Void),
            (1u32..4).prop_map(Op::Advance),
        ]
    }

    /// Runs the time-driven steps due up to `now` (activations and expiries, in time order).
    fn catch_up(p: &mut Pool, now: Instant, log: &mut Vec<Entry>) {
        loop {
            let act = p
                .grants
                .iter()
                .filter(|g| g.status == GrantStatus::Scheduled && g.effective_at <= now)
                .map(|g| (g.effective_at, g.grant_id.clone()))
                .min();
            let exp = p.expiries_due(now).into_iter().next();
            let out = match (act, exp) {
                (Some(a), Some(e)) if e.0 < a.0 => p.write_off(&e.1, false, e.0),
                (Some(a), _) => p.activate(&a.1, a.0),
                (None, Some(e)) => p.write_off(&e.1, false, e.0),
                (None, None) => break,
            };
            log.extend(out.unwrap().entries);
        }
    }

    proptest! {
        /// Random grants (mixed types, priorities, effective dates, expiries), consumptions,
        /// voids and clock advances keep every invariant, and replaying the ledger from empty
        /// gives the stored grant states and balance.
        #[test]
        fn random_sequences_keep_the_invariants(ops in proptest::collection::vec(op(), 1..60)) {
            let mut p = Pool::default();
            let mut log: Vec<Entry> = Vec::new();
            let mut day = 1u32;
            let mut seq = 0i64;
            // The same pool burned through `burn_after`, keeping the grant that burned first
            // across consumptions (reset when anything else changes the pool).
            let mut q = Pool::default();
            let mut first = None;
            for o in ops {
                let now = t(day);
                catch_up(&mut p, now, &mut log);
                if q.grants != p.grants {
                    q = p.clone();
                    first = None;
                }
                let before = p.balance();
                match o {
                    Op::Grant { ty, amount, priority, starts_in, lasts } => {
                        seq += 1;
                        let mut g = grant(&format!("g{seq}"), seq, [GrantType::Paid, GrantType::Promotional, GrantType::Recurring][ty as usize], i64::from(amount));
                        g.priority = priority;
                        g.effective_at = t(day + starts_in);
                        g.expires_at = lasts.map(|l| t(day + starts_in + l));
                        g.created_at = now;
                        let out = p.add_grant(g, now).unwrap();
                        let granted: Decimal = out.entries.iter().map(|e| e.amount).sum();
                        prop_assert_eq!(p.balance() - before, granted);
                        log.extend(out.entries);
                    }
                    Op::Consume(n) => {
                        seq += 1;
                        // The burn takes first the grant first in burn order.
                        prop_assert_eq!(p.first_to_burn(now), p.burn_order(now).first().copied());
                        let out = p.consume(Decimal::from(n), now, od(seq)).unwrap();
                        let mut parts = Vec::new();
                        let known = q.exact_balance();
                        let after = q.burn_after(Decimal::from(n), now, || od(seq), &mut parts, &mut first, known).unwrap();
                        prop_assert_eq!(&q, &p);
                        prop_assert_eq!(after, p.balance());
                        prop_assert_eq!(parts.len(), out.entries.len());
                        let sum: Decimal = out.entries.iter().map(|e| e.amount).sum();
                        // 3. a consumption's entries sum to exactly the consumed amount.
                        prop_assert_eq!(sum, -Decimal::from(n));
                        prop_assert_eq!(p.balance(), before - Decimal::from(n));
                        log.extend(out.entries);
                    }
                    Op::Void(k) => {
                        let ids: Vec<String> = p.grants.iter()
                            .filter(|g| g.grant_type != GrantType::Overdraft && matches!(g.status, GrantStatus::Active | GrantStatus::Scheduled | GrantStatus::Depleted))
                            .map(|g| g.grant_id.clone()).collect();
                        if let Some(id) = ids.get(k % ids.len().max(1)) {
                            let out = p.write_off(id, true, now).unwrap();
                            log.extend(out.entries);
                        }
                    }
                    Op::Advance(d) => day += d,
                }
                // 1. every grant; 2. the balance is the sum of the entries.
                for g in &p.grants {
                    prop_assert!(grant_problem(g).is_none(), "{:?}", grant_problem(g));
                }
                let total: Decimal = log.iter().map(|e| e.amount).sum();
                prop_assert_eq!(p.balance(), total);
                // 4. replay from empty.
                let (replayed, balance) = replay(&p.grants, &log).unwrap();
                prop_assert_eq!(&replayed, &p);
                prop_assert_eq!(balance, p.balance());
            }
        }
    }
}
