//! The catch-up step every command runs first: processes everything that fell due up to `now`,
//! in chronological order, inside the command's transaction, idempotently, and moves the
//! environment's processed-time mark forward.
//!
//! Time-driven transitions (trial ends, renewals, scheduled changes, expiries …) plug in as
//! [`DueSource`]s in [`sources`]: subscriptions (start, trial end and notice, scheduled changes,
//! cancellation, renewal, downgrade to free), promotional-entitlement expiry, credit grants
//! taking effect and expiring, and recurring credits renewing.

use crate::clock::Instant;
use crate::error::Result;
use crate::store::{Tx, meta};

/// One processed transition, for `clock advance` output and event timestamps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    pub at: Instant,
    pub kind: &'static str,
    pub entity_id: String,
    pub description: String,
}

/// Something that can fall due. `next_due` returns the earliest pending instant ≤ `until`;
/// `process` handles everything due exactly at that instant and records its events `at` it.
pub trait DueSource {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>>;
    /// Whether anything of `customer`'s is due up to `until` (every transition is one
    /// customer's: a subscription's, a promotion's, a grant's, a renewal's).
    fn due_for(&self, conn: &rusqlite::Connection, until: Instant, customer: &str) -> Result<bool>;
    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>>;
}

/// The registered sources, in tie-break order for transitions due at the same instant.
fn sources() -> Vec<Box<dyn DueSource>> {
    vec![
        Box::new(crate::ops::subscriptions::Lifecycle),
        Box::new(crate::ops::entitlements::PromotionExpiry),
        Box::new(crate::ops::credits::CreditSchedule),
        Box::new(crate::ops::credits::CreditRenewal),
    ]
}

/// Is anything due up to `now`? (A cheap read: one indexed MIN per source.)
pub fn anything_due(conn: &rusqlite::Connection, now: Instant) -> Result<bool> {
    for s in sources() {
        if s.next_due(conn, now)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Is anything of `customer`'s due up to `now`? (Indexed look-ups of that customer's rows.)
pub fn due_for(conn: &rusqlite::Connection, now: Instant, customer: &str) -> Result<bool> {
    for s in sources() {
        if s.due_for(conn, now, customer)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Upper bound on transitions per command, so a corrupt schedule cannot loop forever.
const MAX_STEPS: usize = 1_000_000;

pub fn run(tx: &mut Tx<'_>, now: Instant) -> Result<Vec<Transition>> {
    // What the command noted before is written as its own (its instant may be another).
    crate::ops::subscriptions::flush_entitlements(tx)?;
    let actor = tx.actor;
    tx.actor = crate::events::EventActor::Scheduler;
    let out = run_as_scheduler(tx, now);
    tx.actor = actor;
    out
}

fn run_as_scheduler(tx: &mut Tx<'_>, now: Instant) -> Result<Vec<Transition>> {
    let sources = sources();
    let mut done = Vec::new();
    for _ in 0..MAX_STEPS {
        let mut next: Option<(Instant, usize)> = None;
        for (i, s) in sources.iter().enumerate() {
            if let Some(t) = s.next_due(&tx.sql, now)?
                && next.is_none_or(|(best, _)| t < best)
            {
                next = Some((t, i));
            }
        }
        let Some((at, i)) = next else { break };
        // The events a step writes happened at its instant (the catch-up may pass months).
        tx.step_at = Some(at);
        let step = sources[i]
            .process(tx, at)
            .and_then(|t| crate::ops::subscriptions::flush_entitlements(tx).map(|()| t));
        tx.step_at = None;
        done.extend(step?);
    }
    let mark = meta::get_instant(&tx.sql, meta::PROCESSED_UNTIL)?;
    if mark.is_none_or(|m| m < now) {
        meta::set_instant(&tx.sql, meta::PROCESSED_UNTIL, &now)?;
    }
    Ok(done)
}
