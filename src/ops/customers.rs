//! Customers: provision (with a plan, or the products' start setup), update, archive.

use serde_json::{Value, json};

use crate::clock;
use crate::domain::catalog::{EntityKind, Product, StartSetup};
use crate::domain::customers::{Customer, check_email};
use crate::domain::subscriptions::SubStatus;
use crate::error::{Error, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::ops::subscriptions::{self as subs, CreateOutcome, CreateRequest, TrialChoice};
use crate::store::catalog::{self as catalog_repo, Meta};
use crate::store::{Tx, customers as repo, events, subscriptions as sub_repo};

/// The customer as `customer show --json` prints it, with Stigg's `hasActiveSubscription` (a
/// live — active or trial — subscription) and `trialedPlans` (`[{productId, planId}]`).
pub fn view(conn: &rusqlite::Connection, c: &Customer, meta: &Meta) -> Result<Value> {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    let subs = sub_repo::for_customer(conn, &c.customer_id)?;
    v["hasActiveSubscription"] = json!(subs.iter().any(|s| s.is_live()));
    v["trialedPlans"] = Value::Array(
        sub_repo::trialed_plans(conn, &c.customer_id)?
            .into_iter()
            .map(|(product, plan)| json!({"productId": product, "planId": plan}))
            .collect(),
    );
    stamp_view(&mut v, meta);
    Ok(v)
}

/// A customer view's `createdAt`, `updatedAt` and `archivedAt`.
fn stamp_view(v: &mut Value, meta: &Meta) {
    let t = |s: &str| {
        clock::from_store(s)
            .map(|t| clock::fmt(&t))
            .unwrap_or_else(|_| s.to_string())
    };
    v["createdAt"] = json!(t(&meta.created_at));
    v["updatedAt"] = json!(t(&meta.updated_at));
    v["archivedAt"] = json!(meta.archived_at.as_deref().map(t));
}

fn emit(tx: &mut Tx<'_>, t: EventType, id: &str) -> Result<()> {
    let (c, meta) = repo::require(&tx.sql, id)?;
    events::append(
        tx,
        &NewEvent {
            event_type: t,
            entity_type: EventEntityType::Customer,
            entity_id: id.to_string(),
            entity: view(&tx.sql, &c, &meta)?,
        },
    )?;
    Ok(())
}

pub fn validate(c: &Customer) -> Result<()> {
    crate::domain::slug::check_slug(&c.customer_id)
        .map_err(|m| Error::usage(format!("invalid customer id: {m}")))?;
    if let Some(e) = &c.email {
        check_email(e).map_err(Error::usage)?;
    }
    Ok(())
}

/// Creates the customer; with `plan` subscribes to it, otherwise applies every product's start
/// setup (free plan or trial). Returns the subscriptions made.
pub fn create(tx: &mut Tx<'_>, c: &Customer, plan: Option<CreateRequest>) -> Result<Vec<String>> {
    validate(c)?;
    if let Some((_, stamps)) = repo::get(&tx.sql, &c.customer_id)? {
        let archived = stamps.archived_at.is_some();
        return Err(Error::conflict(
            "DuplicatedEntityNotAllowed",
            format!(
                "customer '{}' already exists{}",
                c.customer_id,
                if archived { " (archived)" } else { "" }
            ),
        )
        .hint(if archived {
            "ids are unique forever, archived ones included; `customer unarchive` brings it back"
        } else {
            "ids are unique forever; use `customer update`"
        }));
    }
    if let Some(coupon) = &c.coupon_id {
        check_coupon(tx, coupon)?;
    }
    let c = &Customer {
        coupon_applied_at: c.coupon_id.as_ref().map(|_| tx.now),
        metadata: crate::domain::customers::metadata_values(&c.metadata),
        ..c.clone()
    };
    repo::insert(tx, c)?;
    emit(tx, EventType::CustomerCreated, &c.customer_id)?;
    let mut made = Vec::new();
    let mut record = |o: CreateOutcome| match o {
        CreateOutcome::Created { subscription, .. }
        | CreateOutcome::Scheduled { subscription, .. } => made.push(subscription.subscription_id),
    };
    match plan {
        Some(req) if !req.plan_id.is_empty() => record(subs::create(
            tx,
            &CreateRequest {
                customer_id: c.customer_id.clone(),
                ..req
            },
        )?),
        // No plan named: the products' start setup, with the billing period asked for (a
        // start trial of a plan offered monthly and annually needs one).
        start => {
            let period = start.and_then(|r| r.billing_period);
            let mut period_taken = period.is_none();
            for (product, meta) in
                catalog_repo::load_simple::<Product>(&tx.sql, EntityKind::Product)?.into_values()
            {
                if meta.archived_at.is_some() || product.multiple_subscriptions {
                    continue;
                }
                let (plan_id, trial, billing_period) = match &product.start_setup {
                    Some(StartSetup::FreePlan(p)) => (p.clone(), TrialChoice::Skip, None),
                    Some(StartSetup::TrialPlan(p)) => {
                        // (Given to the trial plans that offer it; another keeps its own.)
                        let offered = match period {
                            Some(bp) => subs::offers_period(tx, p, bp)?,
                            None => false,
                        };
                        period_taken |= offered;
                        (p.clone(), TrialChoice::Default, period.filter(|_| offered))
                    }
                    None => continue,
                };
                let req = CreateRequest {
                    customer_id: c.customer_id.clone(),
                    plan_id,
                    trial,
                    billing_period,
                    ..Default::default()
                };
                record(subs::create(tx, &req)?);
            }
            // A billing period no start plan takes is a mistake, not ignored.
            if !period_taken {
                return Err(Error::usage(
                    "--billing-period: no plan the customer starts on (the products' start setup) is offered in it",
                )
                .hint("name the plan with --plan, or drop --billing-period"));
            }
        }
    }
    Ok(made)
}

/// A coupon a customer record names exists.
pub fn coupon_exists(tx: &Tx<'_>, coupon: &str) -> Result<crate::store::catalog::Meta> {
    let (_, meta) = catalog_repo::require_simple::<crate::domain::catalog::Coupon>(
        &tx.sql,
        EntityKind::Coupon,
        coupon,
    )?;
    Ok(meta)
}

/// A coupon being newly applied to a customer exists and is not archived.
pub fn check_coupon(tx: &Tx<'_>, coupon: &str) -> Result<()> {
    let meta = coupon_exists(tx, coupon)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "ArchivedCouponCantBeApplied",
            format!("coupon '{coupon}' is archived and can't be newly applied"),
        ));
    }
    Ok(())
}

/// Bulk import: the customer only (no start setup), keeping `createdAt` and `updatedAt` from
/// the source. Written with its stamps in one statement, and its event built from what is known
/// (a new customer has no subscriptions and no trials): no read-back per row. False, with
/// nothing written, when the id is taken (the caller updates it instead).
pub fn import_new(
    tx: &mut Tx<'_>,
    c: &Customer,
    created_at: Option<clock::Instant>,
) -> Result<bool> {
    validate(c)?;
    if let Some(coupon) = &c.coupon_id {
        // Recorded as it is elsewhere, where it was applied before it was archived: an archived
        // coupon is no refusal here (it must exist).
        coupon_exists(tx, coupon)?;
    }
    // The row's own `updatedAt` when it has one (see `Tx::stamp`); a record first met with an
    // earlier `updatedAt` existed by then: created no later than it.
    let updated = tx.updated_stamp();
    let created = created_at.unwrap_or(tx.now.min(updated));
    // (When the source says when its coupon was applied, that: its duration counts from then.)
    let c = &Customer {
        coupon_applied_at: c
            .coupon_id
            .as_ref()
            .map(|_| c.coupon_applied_at.unwrap_or(created)),
        ..c.clone()
    };
    let body = repo::body(c)?;
    if !repo::insert_stamped(tx, c, &body, created, updated)? {
        return Ok(false);
    }
    events::append_stored(
        tx,
        EventType::CustomerCreated,
        EventEntityType::Customer,
        &c.customer_id,
        &created_payload(&body, created, updated),
    )?;
    Ok(true)
}

/// The stored payload of an imported customer's `customer.created`: its view (see [`view`]) as
/// the event log keeps it — the stored body's fields (a new customer's `hasActiveSubscription`
/// false and `trialedPlans` empty, and `archivedAt` null, are left out as every lean payload
/// leaves them), then its stamps.
fn created_payload(body: &str, created: clock::Instant, updated: clock::Instant) -> String {
    let fields = body.strip_suffix('}').unwrap_or(body);
    // (Written piece by piece: once per row of a bulk import.)
    let mut out = String::with_capacity(fields.len() + 80);
    out.push_str(fields);
    out.push_str(",\"createdAt\":\"");
    clock::push_fmt(&mut out, &created);
    out.push_str("\",\"updatedAt\":\"");
    clock::push_fmt(&mut out, &updated);
    out.push_str("\"}");
    out
}

/// An import row that changes nothing but carries a newer `updatedAt`: the stamp is kept (an
/// older row read later must lose to it) and, being a change of the record, logged as one.
pub fn restamp(tx: &mut Tx<'_>, id: &str, at: clock::Instant) -> Result<()> {
    repo::set_updated_at(tx, id, at)?;
    emit(tx, EventType::CustomerUpdated, id)
}

pub fn update(tx: &mut Tx<'_>, c: &Customer) -> Result<bool> {
    update_recorded(tx, c, None)
}

/// [`update`], with when the coupon was applied as a source recorded it (an import).
pub fn update_recorded(
    tx: &mut Tx<'_>,
    c: &Customer,
    coupon_applied_at: Option<clock::Instant>,
) -> Result<bool> {
    validate(c)?;
    let (old, meta) = repo::require(&tx.sql, &c.customer_id)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{}' is archived", c.customer_id),
        ));
    }
    // A coupon counts its duration from when it was applied: a new one from now.
    let c = &Customer {
        coupon_applied_at: match &c.coupon_id {
            None => None,
            Some(_) if coupon_applied_at.is_some() => coupon_applied_at,
            Some(id) if old.coupon_id.as_ref() == Some(id) => old.coupon_applied_at,
            Some(_) => Some(tx.now),
        },
        ..c.clone()
    };
    if &old == c {
        return Ok(false);
    }
    // The customer's coupon prices its subscriptions that have none of their own: the current
    // billing period of each keeps the one it began with (a period's price is set at its start).
    if (&old.coupon_id, old.coupon_applied_at) != (&c.coupon_id, c.coupon_applied_at) {
        for mut s in sub_repo::for_customer(&tx.sql, &c.customer_id)? {
            if !s.is_live() || s.coupon_id.is_some() {
                continue;
            }
            if crate::ops::pricing::keep_period_coupon(&tx.sql, &mut s, tx.now)? {
                sub_repo::save(tx, &mut s)?;
            }
        }
    }
    repo::update(tx, c)?;
    emit(tx, EventType::CustomerUpdated, &c.customer_id)?;
    Ok(true)
}

/// Soft delete: PII cleared, live subscriptions end (CustomerArchived).
pub fn archive(tx: &mut Tx<'_>, id: &str) -> Result<bool> {
    let now = tx.now;
    let (mut c, meta) = repo::require(&tx.sql, id)?;
    if meta.archived_at.is_some() {
        return Ok(false);
    }
    for s in sub_repo::for_customer(&tx.sql, id)? {
        if s.is_live() || s.status == SubStatus::NotStarted {
            subs::end_for_archive(tx, s, now)?;
        }
    }
    c.name = None;
    c.email = None;
    repo::update(tx, &c)?;
    repo::set_archived(tx, id, Some(now))?;
    emit(tx, EventType::CustomerDeleted, id)?;
    // An archived customer has no entitlements (its promotions stay, unused until unarchived),
    // and its records count nowhere: its windows are rebuilt as `usage recalculate` would (it
    // left those of records kept while it had no subscription).
    subs::note_entitlements(tx, id, None, now)?;
    tx.mark_refold(id);
    Ok(true)
}

pub fn unarchive(tx: &mut Tx<'_>, id: &str) -> Result<bool> {
    let (_, meta) = repo::require(&tx.sql, id)?;
    if meta.archived_at.is_none() {
        return Ok(false);
    }
    repo::set_archived(tx, id, None)?;
    emit(tx, EventType::CustomerUpdated, id)?;
    let now = tx.now;
    subs::note_entitlements(tx, id, None, now)?;
    // Its records count again: its windows are rebuilt from them, as `usage recalculate` would
    // (the archive's rebuild had cleared them, and they stayed empty).
    tx.mark_refold_always(id);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An imported customer's payload, built from its body, is the lean view as
    /// `customer.created` stored it when built from the view.
    #[test]
    fn the_imported_payload_is_the_stored_lean_view() {
        let created = clock::parse_instant("2025-03-04T05:06:07Z").unwrap();
        let updated = clock::parse_instant("2026-01-02T03:04:05.25Z").unwrap();
        let cases = [
            Customer {
                customer_id: "c1".into(),
                ..Default::default()
            },
            Customer {
                customer_id: "c2".into(),
                name: Some("N \"q\"".into()),
                email: Some("a@b.co".into()),
                billing_id: Some("b".into()),
                coupon_id: Some("launch".into()),
                coupon_applied_at: Some(created),
                metadata: [("tier".to_string(), "gold".to_string())].into(),
            },
        ];
        for c in cases {
            let meta = Meta {
                created_at: clock::store_fmt(&created),
                updated_at: clock::store_fmt(&updated),
                archived_at: None,
            };
            let mut v = serde_json::to_value(&c).unwrap();
            v["hasActiveSubscription"] = json!(false);
            v["trialedPlans"] = json!([]);
            stamp_view(&mut v, &meta);
            let ev = NewEvent {
                event_type: EventType::CustomerCreated,
                entity_type: EventEntityType::Customer,
                entity_id: c.customer_id.clone(),
                entity: v,
            };
            let body = repo::body(&c).unwrap();
            assert_eq!(
                created_payload(&body, created, updated),
                crate::events::stored_fields(&ev, true)
            );
        }
    }
}
