//! Recurring credits: what subscriptions' credit entitlements grant every cadence period.

use super::*;

// ---- recurring credits -----------------------------------------------------------------------

/// The comment a revocation leaves on the recurring grants it voids.
const REVOKED: &str = "voided: the subscription's entitlements were revoked";
/// [`REVOKED`], once what the void took was given back (a grant of the voided rest, to the
/// period's end) because the entitlements were restored.
const GIVEN_BACK: &str =
    "voided: the subscription's entitlements were revoked; given back when they were restored";

/// Whether a revocation voided this grant (given back since or not).
fn revoked(info: &GrantInfo) -> bool {
    matches!(info.comment.as_deref(), Some(REVOKED | GIVEN_BACK))
}

/// Brings the recurring credits of the subscriptions of (customer, resource) in line with what
/// they grant at `at`: for each credit entitlement, the grants of the cadence period containing
/// `at` add up to at least its amount (a start, a renewal, an add-on or seats bought mid-period
/// grant the difference at once; nothing is clawed back when they go). Periods wholly before
/// the command's `now` are skipped (see below). A subscription whose
/// entitlements were revoked has its current recurring grants voided; one that is not live
/// grants nothing more. Each subscription's next period start is kept for the catch-up step.
/// Returns how many grants it made.
pub fn reconcile_recurring(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
) -> Result<usize> {
    // Read once: each subscription's own grants below, and the ones a plan change replaced.
    let all = crate::store::subscriptions::for_customer(&tx.sql, customer)?;
    reconcile_among(tx, customer, resource, at, &all, None)
}

/// [`reconcile_recurring`] for a customer whose one subscription is `s`, just made: nothing
/// read back, and no grant looked for (none can name a subscription made now).
pub fn reconcile_first(
    tx: &mut Tx<'_>,
    s: &crate::domain::subscriptions::Subscription,
    at: Instant,
) -> Result<usize> {
    reconcile_among(
        tx,
        &s.customer_id,
        s.resource_id.as_deref(),
        at,
        std::slice::from_ref(s),
        Some(&s.subscription_id),
    )
}

/// Reconciles among `all`, the customer's subscriptions; `new` names one made in this command
/// (no grant names it yet).
fn reconcile_among(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
    all: &[crate::domain::subscriptions::Subscription],
    new: Option<&str>,
) -> Result<usize> {
    let mut made = 0;
    use crate::domain::credits::{cadence_period, recurring_credits};
    let scope = resource.unwrap_or("");
    for s in all {
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
                    repo::set_comment(tx, &g.grant_id, REVOKED)?;
                }
            }
            repo::set_renewal(tx, &id, None)?;
            continue;
        }
        let live = s.is_live() && s.start_date <= at && s.end_date.is_none_or(|e| at < e);
        if !live {
            repo::set_renewal(tx, &id, None)?;
            continue;
        }
        let s = s.as_of(at);
        let chain = crate::ops::entitlements::plan_chain(&tx.sql, &s.plan_id, s.plan_version)?;
        // A trial over by `at` whose end is not processed yet (a subscription recorded with a
        // past trial end) grants as its end decides: one that converts to paid goes on (granted
        // now, as it is), one that expires gives nothing after it.
        if s.status == crate::domain::subscriptions::SubStatus::InTrial
            && s.trial_end_date.is_some_and(|te| te <= at)
            && chain
                .first()
                .is_some_and(|p| p.trial_end() == crate::domain::catalog::TrialEnd::Cancel)
        {
            continue;
        }
        let mut addon_bodies = Vec::new();
        for a in &s.addons {
            let v = catalog_repo::require_version(&tx.sql, &a.addon_id, a.version)?;
            addon_bodies.push((a.quantity, v.body));
        }
        let chain_refs: Vec<&crate::domain::catalog::PackageBody> =
            chain.iter().map(|b| &**b).collect();
        let addon_refs: Vec<(u32, &crate::domain::catalog::PackageBody)> =
            addon_bodies.iter().map(|(q, b)| (*q, &**b)).collect();
        let wants =
            recurring_credits(&chain_refs, &s.quantities, &addon_refs).map_err(too_large)?;
        let mut next: Option<Instant> = None;
        // The plan's share and the add-ons' of one currency and cadence share their periods.
        let mut groups: Vec<Vec<crate::domain::credits::RecurringCredit>> = Vec::new();
        for w in wants {
            match groups
                .iter_mut()
                .find(|g| g[0].currency == w.currency && g[0].cadence == w.cadence)
            {
                Some(g) => g.push(w),
                None => groups.push(vec![w]),
            }
        }
        // Monthly shares first: what a replaced subscription's monthly grants still give is
        // counted against the new monthly shares before the yearly ones (see `counted`).
        groups.sort_by_key(|g| g[0].cadence == crate::domain::catalog::Cadence::Year);
        // What the scope's earlier subscriptions granted and is still live, per currency and
        // source, with when those grants expire: read once, and each credit counted once
        // across this subscription's shares (a monthly and a yearly share of one currency must
        // not both count it).
        let replaced = all
            .iter()
            .any(|o| o.product_id == s.product_id && o.status.is_ended());
        let mut counted: Vec<(String, Given, Vec<Instant>)> = Vec::new();
        // Periods step from the subscription's start — or from the billing cycle it kept from
        // the subscription it replaced (a plan change between paid plans of one billing
        // period): the new plan's periods are then the old one's, and its first grant follows
        // the old plan's last without a gap. (A trial's billing anchor is its end, after the
        // start: its periods step from the start.)
        let anchor = s.start_date.min(s.billing_cycle_anchor);
        for group in groups {
            let (currency, cadence) = (group[0].currency.clone(), group[0].cadence);
            let Some((start, end)) = cadence_period(anchor, cadence, at) else {
                continue;
            };
            // A period the calendar ends first (December 9999) ends with the calendar.
            let end = end.min(clock::max_instant());
            if end <= tx.now {
                // A period that began and ended while no command ran (the catch-up step
                // passing it): nothing could use its credits, so it grants none — the next
                // step is the period the command's now is in.
                let current = cadence_period(anchor, cadence, tx.now).map(|p| p.0);
                let next_start = current.filter(|c| *c > at).unwrap_or(end);
                next = Some(next.map_or(next_start, |n: Instant| n.min(next_start)));
                continue;
            }
            // What the period's grants gave, by source — but what a revocation voided was
            // taken back, and is given again once the entitlements are (an uncancel); a void
            // by hand stays.
            let mut given: Given = Vec::new();
            let own = if new == Some(id.as_str()) {
                Vec::new()
            } else {
                repo::recurring(&tx.sql, &id, Some(&currency))?
            };
            // Granted at the step's instant — or, for a step an import made due before the
            // time this environment had already processed (a trial that ended before the
            // clock), at that time: the ledger never gains entries in the past.
            let when = tx.processed_before.filter(|m| *m > at).unwrap_or(at);
            for (g, info) in own {
                if g.effective_at >= start && g.expires_at == Some(end) {
                    let amount = if revoked(&info) {
                        super::plus(g.amount, -g.voided)?
                    } else {
                        g.amount
                    };
                    add_given(&mut given, &info.source, amount)?;
                    // The entitlements are back (the subscription is not revoked here): what
                    // the void took is given back whole — whatever the share is now (seats
                    // removed since are not clawed back) — once.
                    if info.comment.as_deref() == Some(REVOKED) {
                        if g.voided > Decimal::ZERO {
                            let back = new_grant(
                                tx,
                                GrantType::Recurring,
                                g.voided,
                                DEFAULT_PRIORITY,
                                when,
                                Some(end),
                            )?;
                            let back_info = GrantInfo {
                                comment: None,
                                ..info.clone()
                            };
                            add_grant(tx, back, back_info, when, &EntryContext::default())?;
                            add_given(&mut given, &info.source, g.voided)?;
                            made += 1;
                        }
                        repo::set_comment(tx, &g.grant_id, GIVEN_BACK)?;
                    }
                }
            }
            // In the subscription's first period, what the scope's earlier subscriptions (those
            // it replaced by plan changes, and any that ended before it) granted in this
            // currency and is still live counts as given: a plan change, or a cancel and a new
            // subscription, tops up to the new plan's share; it does not hand out a second one
            // (or switching back and forth would farm credits). What a revocation voided was taken
            // back (as above); what was consumed of it, or voided by hand, was given.
            // (Only when the customer has an ended subscription of the product.)
            if start <= s.start_date && replaced {
                if !counted.iter().any(|(c, _, _)| *c == currency) {
                    let mut live: Given = Vec::new();
                    let mut expiries = Vec::new();
                    // Every earlier subscription of the scope, not only those a plan change
                    // replaced at this one's start: a cancel and a new subscription an hour
                    // later must not hand out another share either.
                    for p in all.iter().filter(|o| {
                        o.product_id == s.product_id
                            && o.resource_id == s.resource_id
                            && o.subscription_id != s.subscription_id
                            && o.status.is_ended()
                    }) {
                        for (g, info) in
                            repo::recurring(&tx.sql, &p.subscription_id, Some(&currency))?
                        {
                            if !(g.effective_at <= at && g.expires_at.is_some_and(|e| at < e)) {
                                continue;
                            }
                            let amount = if revoked(&info) {
                                super::plus(g.amount, -g.voided)?
                            } else {
                                g.amount
                            };
                            add_given(&mut live, &info.source, amount)?;
                            expiries.extend(g.expires_at);
                        }
                    }
                    counted.push((currency.clone(), live, expiries));
                }
                let Some((_, pool, expiries)) = counted.iter_mut().find(|(c, _, _)| *c == currency)
                else {
                    continue;
                };
                // Counted until they expire: one that expires before this period ends leaves
                // the period's share to be topped up then.
                for e in expiries.iter().filter(|e| **e < end) {
                    next = Some(next.map_or(*e, |n: Instant| n.min(*e)));
                }
                // Taken from the pool as far as this period's shares need it: each source's
                // own credits first, then any source's for what the whole share still lacks.
                for w in &group {
                    let had = given
                        .iter()
                        .find(|(s, _)| s == w.source)
                        .map_or(Decimal::ZERO, |(_, v)| *v);
                    let need = super::plus(w.amount, -had)?;
                    if let Some((_, left)) = pool.iter_mut().find(|(s, _)| s == w.source) {
                        let take = need.min(*left).max(Decimal::ZERO);
                        *left = super::plus(*left, -take)?;
                        add_given(&mut given, w.source, take)?;
                    }
                }
                let wanted = crate::domain::decimal::exact_sum(group.iter().map(|w| w.amount))
                    .ok_or_else(|| too_large(PoolError::OutOfRange))?;
                for (source, left) in pool.iter_mut() {
                    let had = crate::domain::decimal::exact_sum(given.iter().map(|(_, v)| *v))
                        .ok_or_else(|| too_large(PoolError::OutOfRange))?;
                    let take = super::plus(wanted, -had)?.min(*left).max(Decimal::ZERO);
                    *left = super::plus(*left, -take)?;
                    add_given(&mut given, source, take)?;
                }
            }
            // Each source is topped up to its share, but never past the period's whole share:
            // what one source gave beyond its own (seats since removed; a grant of both shares
            // made before they were apart) covers the others.
            let wanted = crate::domain::decimal::exact_sum(group.iter().map(|w| w.amount))
                .ok_or_else(|| too_large(PoolError::OutOfRange))?;
            let had = crate::domain::decimal::exact_sum(given.iter().map(|(_, v)| *v))
                .ok_or_else(|| too_large(PoolError::OutOfRange))?;
            let mut room = super::plus(wanted, -had)?;
            for w in &group {
                let had = given
                    .iter()
                    .find(|(s, _)| s == w.source)
                    .map_or(Decimal::ZERO, |(_, v)| *v);
                let top_up = super::plus(w.amount, -had)?.min(room);
                if top_up <= Decimal::ZERO {
                    continue;
                }
                room = super::plus(room, -top_up)?;
                let g = new_grant(
                    tx,
                    GrantType::Recurring,
                    top_up,
                    DEFAULT_PRIORITY,
                    when,
                    Some(end),
                )?;
                let info = GrantInfo {
                    pool: PoolKey {
                        customer_id: customer.to_string(),
                        currency_id: currency.clone(),
                        resource_id: scope.to_string(),
                    },
                    cost_amount: Decimal::ZERO,
                    cost_currency: None,
                    source: w.source.to_string(),
                    subscription_id: Some(id.clone()),
                    name: Some(format!(
                        "{} {}credits of {} ({})",
                        cadence.kebab(),
                        if w.source == "addon" { "add-on " } else { "" },
                        s.plan_id,
                        id
                    )),
                    comment: None,
                };
                add_grant(tx, g, info, when, &EntryContext::default())?;
                made += 1;
            }
            next = Some(next.map_or(end, |n: Instant| n.min(end)));
        }
        // (A subscription made in this command has none yet: nothing to remove.)
        if next.is_some() || new != Some(id.as_str()) {
            repo::set_renewal(tx, &id, next)?;
        }
    }
    Ok(made)
}

/// What each source (`plan`, `addon`) gave.
type Given = Vec<(String, Decimal)>;

/// Adds `amount` to what `given` says `source` gave.
fn add_given(given: &mut Given, source: &str, amount: Decimal) -> Result<()> {
    match given.iter_mut().find(|(s, _)| s == source) {
        Some((_, v)) => *v = super::plus(*v, amount)?,
        None => given.push((source.to_string(), amount)),
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

    fn due_for(&self, conn: &rusqlite::Connection, until: Instant, customer: &str) -> Result<bool> {
        repo::renewal_due_for(conn, until, customer)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut done = Vec::new();
        for (customer, resource) in repo::renewals_due(&tx.sql, at)? {
            let resource = Some(resource.as_str()).filter(|r| !r.is_empty());
            // A renewal that granted nothing (the subscription ended, or its period passed
            // while no command ran) is not reported as one.
            if reconcile_recurring(tx, &customer, resource, at)? == 0 {
                continue;
            }
            done.push(Transition {
                at,
                kind: "credit",
                entity_id: customer.clone(),
                description: format!("recurring credits of {customer} renewed"),
            });
        }
        // Whatever reconciling did, nothing stays due at `at`: each renewal moved on or went.
        repo::clear_renewals(tx, at)?;
        Ok(done)
    }
}
