//! Subscriptions: create (or change plan), update, cancel, uncancel, migrate, and the
//! time-driven lifecycle (start, trial end, scheduled changes, cancellation, renewal,
//! downgrade to the free plan) that the catch-up step runs.

use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::collections::BTreeMap;

use crate::clock::{self, Instant};
use crate::domain::catalog::*;
use crate::domain::periods;
use crate::domain::subscriptions::*;
use crate::error::{Error, ErrorKind, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::ops::catchup::{DueSource, Transition};
use crate::store::catalog::{self as catalog_repo, VersionRow};
use crate::store::{NotedSet, Tx, customers as customer_repo, events, subscriptions as repo};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Schedule {
    Immediate,
    EndOfPeriod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrialChoice {
    /// The plan's trial if the customer never trialed this product.
    #[default]
    Default,
    Force,
    Skip,
}

#[derive(Debug, Clone, Default)]
pub struct CreateRequest {
    pub customer_id: String,
    pub plan_id: String,
    pub subscription_id: Option<String>,
    pub resource_id: Option<String>,
    pub billing_period: Option<BillingPeriod>,
    pub addons: Vec<(String, u32)>,
    pub quantities: Vec<(String, u32)>,
    pub start: Option<Instant>,
    pub end: Option<Instant>,
    pub trial: TrialChoice,
    pub trial_end: Option<Instant>,
    pub coupon: Option<String>,
    pub country: Option<String>,
    pub schedule: Option<Schedule>,
    pub metadata: BTreeMap<String, String>,
    /// Bulk import: never a plan change; a live subscription in the way rejects the row.
    pub import: bool,
    /// `end` is a cancellation scheduled for then (`subscription cancel --at`, reason
    /// `ScheduledCancellation`: it ends CANCELED and can be lifted), not a fixed term (`Expired`).
    /// An import recreates what the source recorded.
    pub scheduled_cancellation: bool,
    /// An import: what the source recorded that no request derives.
    pub recorded: Recorded,
}

/// What an import carries over as the source recorded it, where nothing the request says
/// would derive it: the billing cycle's anchor (moved by a billing-period change, a trial
/// conversion) and when the coupon was applied (its `durationMonths` count from then).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recorded {
    pub billing_cycle_anchor: Option<Instant>,
    pub coupon_applied_at: Option<Instant>,
    /// The instant its usage windows step from when it is not its start: an earlier
    /// subscription's a plan change kept (`usageResetOnChange: never`), or the instant a change
    /// reset them (`always`, `billing-period-change`); none: its start.
    pub usage_anchor: Option<Instant>,
}

impl Recorded {
    /// Whether `s` differs from what was recorded.
    pub fn differs(&self, s: &Subscription) -> bool {
        self.billing_cycle_anchor
            .is_some_and(|a| a != s.billing_cycle_anchor && s.status != SubStatus::InTrial)
            || self
                .coupon_applied_at
                .is_some_and(|c| s.coupon_id.is_some() && s.coupon_applied_at != Some(c))
            || self.usage_anchor.is_some_and(|u| u != s.usage_anchor())
    }

    /// Sets what was recorded on `s` (its current period worked out from the anchor at `at`).
    /// A running trial's anchor is its end, which the trial end sets; one that has ended keeps
    /// the recorded anchor when it converts (see the trial-end step).
    fn apply(&self, s: &mut Subscription, at: Instant) {
        if let Some(a) = self.billing_cycle_anchor
            && s.trial_end_date.is_none_or(|te| te <= at)
            && a != s.billing_cycle_anchor
        {
            s.billing_cycle_anchor = a;
            if s.status != SubStatus::NotStarted {
                set_period(s, at.max(s.start_date));
            }
        }
        if let Some(c) = self.coupon_applied_at
            && s.coupon_id.is_some()
        {
            s.coupon_applied_at = Some(c);
        }
        // (Kept as none when it is the start: the subscription's own windows.)
        if let Some(u) = self.usage_anchor
            && u != s.usage_anchor()
        {
            s.usage_anchor = (u != s.start_date).then_some(u);
        }
    }
}

/// What `subscription create` did.
pub enum CreateOutcome {
    Created {
        subscription: Subscription,
        replaced: Option<String>,
    },
    Scheduled {
        subscription: Subscription,
        at: Instant,
    },
}

fn rule(code: &str, msg: impl Into<String>) -> Error {
    Error::rejected(code, msg)
}

/// A published package version by id (latest, or exact).
pub struct PackageAt {
    pub id: String,
    pub product_id: String,
    pub version: VersionRow,
    pub archived: bool,
}

pub fn published_package(
    tx: &Tx<'_>,
    kind: PackageKind,
    id: &str,
    version: Option<u32>,
) -> Result<PackageAt> {
    let row = catalog_repo::require_package(&tx.sql, kind, id)?;
    let v = match version {
        Some(n) => catalog_repo::get_version(&tx.sql, id, n)?,
        None => row.published.clone(),
    };
    let Some(v) = v.filter(|v| v.status == "PUBLISHED") else {
        return Err(rule(
            "UnPublishedPackage",
            format!("{} '{id}' has no published version", kind.kebab()),
        )
        .hint(format!(
            "publish it with `stigg-cli {} publish {id}`",
            kind.kebab()
        )));
    };
    Ok(PackageAt {
        id: id.to_string(),
        product_id: row.product_id.clone(),
        version: v,
        archived: row.meta.archived_at.is_some(),
    })
}

/// Whether plan `plan_id`'s published version is offered in billing period `p` (a customer's
/// start setup gives the period asked for only to the plans that offer it).
pub fn offers_period(tx: &Tx<'_>, plan_id: &str, p: BillingPeriod) -> Result<bool> {
    let plan = published_package(tx, PackageKind::Plan, plan_id, None)?;
    let (m, a) = offered_periods(&plan.version.body);
    Ok(plan.version.body.pricing_type == PricingType::Paid
        && match p {
            BillingPeriod::Monthly => m,
            BillingPeriod::Annually => a,
        })
}

fn offered_periods(body: &PackageBody) -> (bool, bool) {
    let mut m = false;
    let mut a = false;
    for p in body.prices.iter().filter(|p| {
        matches!(
            p.model,
            PriceModel::Flat | PriceModel::PerUnit | PriceModel::Minimum
        )
    }) {
        m |= p.amounts.monthly.is_some() || !p.amounts.tiers.is_empty();
        a |= p.amounts.annually.is_some() || !p.amounts.tiers.is_empty();
    }
    (m, a)
}

fn resolve_period(
    plan_id: &str,
    body: &PackageBody,
    wanted: Option<BillingPeriod>,
) -> Result<Option<BillingPeriod>> {
    if body.pricing_type != PricingType::Paid {
        // Free and custom plans have no billing period: asking for one is a mistake, not
        // something to ignore.
        return match wanted {
            Some(p) => Err(Error::usage(format!(
                "plan '{plan_id}' is {}: it has no billing period (--billing-period {})",
                body.pricing_type.kebab(),
                p.kebab()
            ))),
            None => Ok(None),
        };
    }
    let (m, a) = offered_periods(body);
    match (wanted, m, a) {
        (Some(BillingPeriod::Monthly), true, _) | (Some(BillingPeriod::Annually), _, true) => {
            Ok(wanted)
        }
        (Some(p), _, _) => Err(Error::usage(format!(
            "plan '{plan_id}' is not offered {}",
            p.kebab()
        ))),
        (None, true, true) => Err(Error::usage(format!(
            "plan '{plan_id}' is offered monthly and annually"
        ))
        .hint("pass --billing-period monthly or --billing-period annually")),
        (None, true, false) => Ok(Some(BillingPeriod::Monthly)),
        (None, false, true) => Ok(Some(BillingPeriod::Annually)),
        (None, false, false) => Ok(Some(BillingPeriod::Monthly)),
    }
}

/// Validates add-ons against the plan version and returns them pinned to their versions.
///
/// The add-ons `wanted` on `plan`, each at its latest version — but one the subscription
/// already has (`kept`) stays on its version (grandfathered until a migration moves it), and
/// is checked against that version: with its quantity unchanged it is not checked at all (an
/// update of seats never fails on an add-on the catalog has since archived or capped lower).
fn resolve_addons(
    tx: &Tx<'_>,
    plan: &PackageAt,
    wanted: &[(String, u32)],
    kept: &[SubAddon],
    import: bool,
) -> Result<Vec<SubAddon>> {
    let mut out: Vec<SubAddon> = Vec::new();
    for (id, qty) in wanted {
        if out.iter().any(|a| &a.addon_id == id) {
            return Err(Error::usage(format!("add-on '{id}' is listed twice")));
        }
        let had = kept.iter().find(|k| &k.addon_id == id);
        if let Some(k) = had.filter(|k| k.quantity == *qty) {
            out.push(k.clone());
            continue;
        }
        let addon = published_package(tx, PackageKind::Addon, id, had.map(|k| k.version))?;
        // (An import records subscriptions as they are elsewhere: archived is no refusal.)
        if addon.archived && !import {
            return Err(rule(
                "EntityIsArchivedError",
                format!("add-on '{id}' is archived"),
            ));
        }
        if !plan.version.body.compatible_addons.contains(id) {
            return Err(rule(
                "IncompatibleSubscriptionAddon",
                format!("add-on '{id}' is not compatible with plan '{}'", plan.id),
            )
            .hint(if plan.version.body.compatible_addons.is_empty() {
                format!("plan '{}' takes no add-ons", plan.id)
            } else {
                format!(
                    "compatible add-ons: {}",
                    plan.version.body.compatible_addons.join(", ")
                )
            }));
        }
        let max = addon.version.body.max_quantity.unwrap_or(1);
        if *qty == 0 || *qty > max {
            return Err(rule(
                if *qty == 0 {
                    "InvalidQuantity"
                } else {
                    "AddonQuantityExceedsLimitError"
                },
                if max == 1 && *qty > 1 {
                    format!("add-on '{id}': quantity {qty}, but it is bought once (maxQuantity 1)")
                } else {
                    format!("add-on '{id}': quantity {qty} is not between 1 and {max}")
                },
            ));
        }
        out.push(SubAddon {
            addon_id: id.clone(),
            version: addon.version.version,
            quantity: *qty,
        });
    }
    for a in &out {
        let body = &catalog_repo::require_version(&tx.sql, &a.addon_id, a.version)?.body;
        for dep in &body.depends_on {
            if !out.iter().any(|o| &o.addon_id == dep) {
                return Err(rule(
                    "AddonDependencyMissingError",
                    format!(
                        "add-on '{}' requires add-on '{dep}' on the same subscription",
                        a.addon_id
                    ),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.addon_id.cmp(&b.addon_id));
    Ok(out)
}

fn resolve_quantities(
    tx: &Tx<'_>,
    plan: &PackageAt,
    wanted: &[(String, u32)],
) -> Result<Vec<FeatureQuantity>> {
    no_repeats("quantity of", wanted)?;
    let mut out = Vec::new();
    for (f, q) in wanted {
        if catalog_repo::get_simple::<Feature>(&tx.sql, EntityKind::Feature, f)?.is_none() {
            return Err(Error::not_found(
                "FeatureNotFound",
                format!("feature '{f}' not found"),
            ));
        }
        let Some(price) = plan
            .version
            .body
            .prices
            .iter()
            .find(|p| p.model == PriceModel::PerUnit && p.feature.as_deref() == Some(f))
        else {
            return Err(rule(
                "FeatureNotPricedPerUnit",
                format!("plan '{}' has no per-unit price for '{f}'", plan.id),
            ));
        };
        let qd = Decimal::from(*q);
        if price.min.is_some_and(|m| qd < m) || price.max.is_some_and(|m| qd > m) {
            return Err(rule(
                "InvalidQuantity",
                format!(
                    "quantity {q} of '{f}' is not between {} and {}",
                    price.min.map(|m| m.to_string()).unwrap_or("0".into()),
                    price.max.map(|m| m.to_string()).unwrap_or("∞".into())
                ),
            ));
        }
        out.push(FeatureQuantity {
            feature_id: f.clone(),
            quantity: *q,
        });
    }
    out.sort_by(|a, b| a.feature_id.cmp(&b.feature_id));
    Ok(out)
}

fn check_coupon(tx: &Tx<'_>, id: &str, import: bool) -> Result<()> {
    let (_, meta) = catalog_repo::require_simple::<Coupon>(&tx.sql, EntityKind::Coupon, id)?;
    // An estimate prices an archived coupon (with a warning); applying it is refused — but by
    // an import, which records a subscription as it is elsewhere (where the coupon was applied
    // before it was archived).
    if meta.archived_at.is_some() && !tx.quoting.estimating && !import {
        return Err(rule(
            "ArchivedCouponCantBeApplied",
            format!("coupon '{id}' is archived and can't be newly applied"),
        ));
    }
    Ok(())
}

fn addon_bodies(tx: &Tx<'_>, addons: &[SubAddon]) -> Result<Vec<(std::rc::Rc<PackageBody>, u32)>> {
    addons
        .iter()
        .map(|a| {
            let v = catalog_repo::require_version(&tx.sql, &a.addon_id, a.version)?;
            Ok((v.body, a.quantity))
        })
        .collect()
}

/// Monthly-normalised recurring price of a subscription-like configuration.
fn recurring(
    tx: &Tx<'_>,
    plan: &PackageBody,
    period: Option<BillingPeriod>,
    quantities: &[FeatureQuantity],
    addons: &[SubAddon],
    currency: Option<&str>,
    country: Option<&str>,
) -> Result<Decimal> {
    let bodies = addon_bodies(tx, addons)?;
    let refs: Vec<(&PackageBody, u32)> = bodies.iter().map(|(b, q)| (&**b, *q)).collect();
    Ok(monthly_recurring(
        plan, period, quantities, &refs, currency, country,
    ))
}

fn set_period(s: &mut Subscription, at: Instant) {
    match (s.pricing_type, s.billing_period) {
        (PricingType::Paid, Some(p)) => {
            let (start, end) = periods::billing_period(s.billing_cycle_anchor, p.months(), at);
            s.current_billing_period_start = Some(start);
            // A period reaching past the supported range but cut short by the subscription's
            // own end stops there (no renewal could follow anyway).
            let end = match s.end_date {
                Some(e) if end > clock::max_instant() && e <= clock::max_instant() => e,
                _ => end,
            };
            s.current_billing_period_end = Some(end);
        }
        _ => {
            s.current_billing_period_start = None;
            s.current_billing_period_end = None;
        }
    }
}

/// Subscription JSON as `subscription show --json` prints it.
pub fn view(s: &Subscription) -> Value {
    // Its instants serialize as `clock::fmt` writes them (clock's
    // `serialized_instants_are_formatted_as_fmt_writes_them`).
    let mut v = serde_json::to_value(s).unwrap_or_default();
    if let Value::Object(m) = &mut v {
        m.shift_remove("entitlementsRevokedAt");
        m.insert(
            "effectiveEndDate".into(),
            json!(s.effective_end_date().map(|t| clock::fmt(&t))),
        );
        m.insert("wasInTrial".into(), json!(s.was_in_trial()));
        // Stigg's shape, pending ones only (`subscription schedule list --all` has the history).
        m.insert(
            "scheduledUpdates".into(),
            Value::Array(s.pending_updates().map(|u| schedule_view(s, u)).collect()),
        );
        m.shift_remove("trialEndsSoonNotified");
        m.shift_remove("priorEnd");
        m.shift_remove("usageAnchor");
        m.shift_remove("segments");
    }
    v
}

/// The type `subscription schedule list` gives a scheduled cancellation (not one of Stigg's
/// SubscriptionScheduleType values: Stigg keeps it in `cancellationDate`).
pub const SCHEDULED_CANCELLATION: &str = "Cancellation";

/// A scheduled update as Stigg's `SubscriptionScheduledUpdate`: `subscriptionScheduleType`,
/// `scheduleStatus`, `scheduledExecutionTime`, `targetPackage` (plan changes and migrations)
/// and `scheduleVariables` (what the change sets).
pub fn schedule_view(s: &Subscription, u: &ScheduledUpdate) -> Value {
    let (target, variables) = match &u.change {
        ScheduledChange::PlanChange {
            plan_id,
            plan_version,
            billing_period,
            addons,
            quantities,
            ..
        } => (
            json!({"planId": plan_id, "versionNumber": plan_version}),
            json!({"planId": plan_id, "billingPeriod": billing_period, "addons": addons, "quantities": quantities}),
        ),
        ScheduledChange::Migrate { plan_version } => (
            json!({"planId": s.plan_id, "versionNumber": plan_version}),
            json!({"planId": s.plan_id, "versionNumber": plan_version}),
        ),
        ScheduledChange::Update {
            billing_period,
            addons,
            quantities,
        } => (
            Value::Null,
            json!({"billingPeriod": billing_period, "addons": addons, "quantities": quantities}),
        ),
    };
    json!({
        "subscriptionScheduleType": u.schedule_type(s).wire(),
        "scheduleStatus": u.status.wire(),
        "scheduledExecutionTime": clock::fmt(&u.scheduled_at),
        "targetPackage": target,
        "scheduleVariables": variables,
        "createdAt": clock::fmt(&u.created_at),
        "resolvedAt": u.resolved_at.map(|t| clock::fmt(&t)),
    })
}

fn emit_at(
    tx: &mut Tx<'_>,
    t: EventType,
    s: &Subscription,
    at: Instant,
    extra: Value,
) -> Result<()> {
    let customer = customer_repo::require_subscriber(&tx.sql, &s.customer_id)?;
    emit_for(tx, t, s, &customer, at, extra)
}

/// [`emit_at`] with the subscription's customer as already read.
fn emit_for(
    tx: &mut Tx<'_>,
    t: EventType,
    s: &Subscription,
    customer: &customer_repo::Subscriber,
    at: Instant,
    extra: Value,
) -> Result<()> {
    let plan_name = catalog_repo::require_version(&tx.sql, &s.plan_id, s.plan_version)?
        .body
        .name
        .clone();
    let customer =
        json!({"id": customer.customer_id, "name": customer.name, "email": customer.email});
    let plan = json!({"id": s.plan_id, "name": plan_name, "version": s.plan_version});
    let pricing_waits = tx
        .quoting
        .for_event
        .as_ref()
        .is_some_and(|(id, _)| *id == s.subscription_id);
    // An import's event (lean, see `store::events`) written from the stored body when the view
    // adds nothing the body lacks: no JSON value built per row.
    if events::lean(tx.actor, t)
        && !pricing_waits
        && extra.as_object().is_some_and(|x| x.is_empty())
        && let Some(payload) = import_payload(s, &customer, &plan)?
    {
        events::append_stored_at(
            tx,
            t,
            EventEntityType::Subscription,
            &s.subscription_id,
            &payload,
            at,
        )?;
        return Ok(());
    }
    let mut entity = view(s);
    entity["customer"] = customer;
    entity["plan"] = plan;
    if let (Value::Object(m), Value::Object(x)) = (&mut entity, extra) {
        m.extend(x);
    }
    // The change's pricing, exactly as `subscription estimate` prints it.
    if matches!(
        t,
        EventType::SubscriptionCreated | EventType::SubscriptionUpdated
    ) && tx
        .quoting
        .for_event
        .as_ref()
        .is_some_and(|(id, _)| *id == s.subscription_id)
        && let Some((_, pricing)) = tx.quoting.for_event.take()
    {
        entity["pricing"] = pricing;
    }
    events::append_at(
        tx,
        &NewEvent {
            event_type: t,
            entity_type: EventEntityType::Subscription,
            entity_id: s.subscription_id.clone(),
            entity,
        },
        at,
    )?;
    Ok(())
}

/// The lean payload of an event showing `s` with `customer` and `plan` (the view's fields that
/// carry a value, then those two), written from its stored body — when the view and the body
/// hold the same fields: no scheduled changes, revocation time, handover, usage anchor or
/// segments (the view leaves those out or reshapes them). `None` otherwise.
/// `an_imports_payload_is_the_lean_view` holds it equal to the general path.
fn import_payload(s: &Subscription, customer: &Value, plan: &Value) -> Result<Option<String>> {
    if !s.scheduled_updates.is_empty()
        || s.entitlements_revoked_at.is_some()
        || s.trial_ends_soon_notified
        || s.prior_end.is_some()
        || s.usage_anchor.is_some()
        || !s.segments.is_empty()
    {
        return Ok(None);
    }
    let body = repo::full_body(s)?;
    let Some(fields) = body.strip_suffix('}') else {
        return Ok(None);
    };
    let mut out = String::with_capacity(body.len() + 160);
    out.push_str(fields);
    if let Some(end) = s.effective_end_date() {
        out.push_str(",\"effectiveEndDate\":\"");
        out.push_str(&clock::fmt(&end));
        out.push('"');
    }
    if s.was_in_trial() {
        out.push_str(",\"wasInTrial\":true");
    }
    out.push_str(",\"customer\":");
    out.push_str(&serde_json::to_string(customer)?);
    out.push_str(",\"plan\":");
    out.push_str(&serde_json::to_string(plan)?);
    out.push('}');
    Ok(Some(out))
}

/// `entitlements.updated`: the customer's effective set may have changed. As Stigg's webhook,
/// it carries the customer's entitlements (in scope of the resource) as of `at`, each as
/// `entitlement list --json` prints it.
pub fn entitlements_changed(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
) -> Result<()> {
    // What the subscriptions grant in credits follows what they grant (a start, an add-on or
    // seats bought, a revocation).
    crate::ops::credits::reconcile_recurring(tx, customer, resource, at)?;
    note_entitlements(tx, customer, resource, at)
}

/// Notes that the effective entitlements of `customer` (and `resource`) changed at `at`: its
/// `entitlements.updated` is written by [`flush_entitlements`], once every change made at that
/// instant is made. (A change at another instant writes what is noted first.)
pub fn note_entitlements(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
) -> Result<()> {
    if tx.entitlements_pending.iter().any(|p| p.at != at) {
        flush_entitlements(tx)?;
    }
    if !tx
        .entitlements_pending
        .iter()
        .any(|p| p.is(customer, resource))
    {
        let actor = tx.actor;
        tx.entitlements_pending.push(NotedSet {
            customer: customer.to_string(),
            resource: resource.map(str::to_string),
            at,
            actor,
        });
    }
    Ok(())
}

/// Writes the `entitlements.updated` events noted (see [`note_entitlements`]), each as its
/// actor, in the order noted — but not for a set equal to the one this command last wrote
/// for the customer (a promotion restated, a trial's successor taking over at its end).
pub fn flush_entitlements(tx: &mut Tx<'_>) -> Result<()> {
    let mut pending = std::mem::take(&mut tx.entitlements_pending);
    // A customer-level change (a promotion, a subscription without a resource, an archive)
    // changes the set of each of its resources too: each is written.
    let mut each: Vec<NotedSet> = Vec::new();
    for n in pending.iter().filter(|n| n.resource.is_none()) {
        if tx.resourceless.borrow_mut().remove(&n.customer) {
            continue;
        }
        for r in customer_repo::resources(&tx.sql, &n.customer)? {
            let listed = |p: &NotedSet| p.is(&n.customer, Some(&r));
            if !pending.iter().any(listed) && !each.iter().any(listed) {
                each.push(NotedSet {
                    resource: Some(r),
                    ..n.clone()
                });
            }
        }
    }
    pending.extend(each);
    let actor = tx.actor;
    let out = pending.into_iter().try_for_each(|n| {
        tx.actor = n.actor;
        write_entitlements_updated(tx, &n.customer, n.resource.as_deref(), n.at)
    });
    tx.actor = actor;
    out
}

/// A set this command wrote for an instant earlier than one it had written before (a
/// backdated subscription's trial lapsing in the past, after its creation was logged now) is
/// written again as of now, when it differs then: a replica applying the log in order ends
/// with the set in force, not the past one written last.
pub fn settle_entitlements(tx: &mut Tx<'_>) -> Result<()> {
    let now = tx.now;
    let mut past: Vec<(String, Option<String>)> = tx
        .entitlements_written
        .iter()
        .filter(|(_, (_, _, stale))| *stale)
        .map(|(k, _)| k.clone())
        .collect();
    past.sort();
    for (customer, resource) in past {
        note_entitlements(tx, &customer, resource.as_deref(), now)?;
    }
    flush_entitlements(tx)
}

/// Forgets the notes of changes rolled back (an import's rejected row).
pub fn forget_entitlements(tx: &mut Tx<'_>) {
    tx.entitlements_pending.clear();
}

/// The `entitlements.updated` event of [`entitlements_changed`].
fn write_entitlements_updated(
    tx: &mut Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    at: Instant,
) -> Result<()> {
    // Events written by an import are lean (replicas follow them, but 100,000 rows must not
    // each carry the customer's whole entitlement list): `entitlements` is left out, and a
    // reader asks `entitlement list` when it needs them. Their payload is written straight.
    if events::lean(tx.actor, EventType::EntitlementsUpdated) {
        let payload = lean_entitlements_payload(customer, resource, at, tx.actor)?;
        events::append_stored_at(
            tx,
            EventType::EntitlementsUpdated,
            EventEntityType::Entitlement,
            customer,
            &payload,
            at,
        )?;
        return Ok(());
    }
    let entitlements = match crate::ops::entitlements::list(&tx.sql, at, customer, resource) {
        Ok(list) => Value::Array(
            list.iter()
                .map(|v| serde_json::to_value(v).unwrap_or_default())
                .collect(),
        ),
        // An archived customer (or a resource not yet recorded) has none.
        Err(e) if matches!(e.kind, ErrorKind::Rejected | ErrorKind::NotFound) => json!([]),
        Err(e) => return Err(e),
    };
    let key = (customer.to_string(), resource.map(str::to_string));
    let text = entitlements.to_string();
    let (latest, stale) = match tx.entitlements_written.get(&key) {
        Some((t, _, _)) if *t == text => return Ok(()),
        Some((_, latest, stale)) => ((*latest).max(at), *stale || at < *latest),
        None => (at, false),
    };
    tx.entitlements_written.insert(key, (text, latest, stale));
    events::append_at(
        tx,
        &NewEvent {
            event_type: EventType::EntitlementsUpdated,
            entity_type: EventEntityType::Entitlement,
            entity_id: customer.to_string(),
            entity: entitlements_entity(customer, resource, Some(entitlements), at, tx.actor),
        },
        at,
    )?;
    Ok(())
}

/// The entity of an `entitlements.updated` event.
fn entitlements_entity(
    customer: &str,
    resource: Option<&str>,
    entitlements: Option<Value>,
    at: Instant,
    actor: crate::events::EventActor,
) -> Value {
    let mut entity = json!({
        "customerId": customer,
        "resourceId": resource,
        "customer": {"id": customer},
        "resource": resource.map(|r| json!({"id": r})),
    });
    if let Some(list) = entitlements {
        entity["entitlements"] = list;
    }
    entity["entitlementsUpdatedAt"] = json!(clock::fmt(&at));
    entity["actor"] = json!(actor.wire());
    entity
}

/// [`entitlements_entity`] without its list, as a lean payload stores it (fields without a
/// value left out). `an_imports_payload_is_the_lean_view` holds them equal.
fn lean_entitlements_payload(
    customer: &str,
    resource: Option<&str>,
    at: Instant,
    actor: crate::events::EventActor,
) -> Result<String> {
    #[derive(serde::Serialize)]
    struct Id<'a> {
        id: &'a str,
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Lean<'a> {
        customer_id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        resource_id: Option<&'a str>,
        customer: Id<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        resource: Option<Id<'a>>,
        entitlements_updated_at: String,
        actor: &'a str,
    }
    Ok(serde_json::to_string(&Lean {
        customer_id: customer,
        resource_id: resource,
        customer: Id { id: customer },
        resource: resource.map(|id| Id { id }),
        entitlements_updated_at: clock::fmt(&at),
        actor: actor.wire(),
    })?)
}

/// Live subscriptions of the same (customer, resource, product).
fn live_in_scope(
    tx: &Tx<'_>,
    customer: &str,
    resource: Option<&str>,
    product: &str,
) -> Result<Vec<Subscription>> {
    if !repo::has_other(&tx.sql, customer, "")? {
        return Ok(Vec::new());
    }
    Ok(repo::for_customer(&tx.sql, customer)?
        .into_iter()
        .filter(|s| {
            s.product_id == product
                && s.resource_id.as_deref() == resource
                && (s.is_live() || s.status == SubStatus::NotStarted)
        })
        .collect())
}

pub fn create(tx: &mut Tx<'_>, req: &CreateRequest) -> Result<CreateOutcome> {
    let now = tx.now;
    // Read once: its event shows its name and email.
    let customer = customer_repo::require_subscriber(&tx.sql, &req.customer_id)?;
    if customer.archived {
        return Err(rule(
            "CustomerIsArchived",
            format!("customer '{}' is archived", req.customer_id),
        )
        .hint("unarchive it first"));
    }
    let plan = published_package(tx, PackageKind::Plan, &req.plan_id, None)?;
    // (An import records subscriptions as they are elsewhere: one on a plan archived since
    // keeps working, as a live subscription does.)
    if plan.archived && !req.import {
        return Err(rule(
            "EntityIsArchivedError",
            format!("plan '{}' is archived: no new subscriptions", req.plan_id),
        ));
    }
    let (product, _) =
        catalog_repo::require_simple::<Product>(&tx.sql, EntityKind::Product, &plan.product_id)?;
    match (&req.resource_id, product.multiple_subscriptions) {
        (None, true) => {
            return Err(Error::usage(format!(
                "product '{}' has one subscription per resource",
                product.id
            ))
            .hint("pass --resource R"));
        }
        (Some(_), false) => {
            return Err(rule(
                "ResourceNotSupported",
                format!(
                    "product '{}' does not take resources (multipleSubscriptions is off)",
                    product.id
                ),
            ));
        }
        _ => {}
    }
    let body = &plan.version.body;
    // Trials are for paid and custom plans (as Stigg's): one asked for on a free plan is
    // refused (a `--trial-end` was dropped silently, and an import's `trialEndDate` with it) —
    // whether the subscription starts now or is scheduled.
    if (req.trial == TrialChoice::Force || req.trial_end.is_some())
        && body.pricing_type == PricingType::Free
    {
        return Err(Error::usage(format!(
            "plan '{}' is free: trials are for paid and custom plans (--trial, --trial-end, trialEndDate)",
            plan.id
        )));
    }
    let period = resolve_period(&plan.id, body, req.billing_period)?;
    let addons = resolve_addons(tx, &plan, &req.addons, &[], req.import)?;
    let quantities = resolve_quantities(tx, &plan, &req.quantities)?;
    if let Some(c) = &req.coupon {
        check_coupon(tx, c, req.import)?;
    }
    // The customer's first subscription (the common case of an import): what the steps below
    // would read back about its others is known to be nothing.
    let first = !customer.subscribed;
    if let Some(id) = &req.subscription_id {
        crate::domain::slug::check_slug(id)
            .map_err(|m| Error::usage(format!("invalid subscription id: {m}")))?;
        // (An import asks only for ids it found free in this transaction.)
        if !req.import && repo::get(&tx.sql, id)?.is_some() {
            return Err(Error::conflict(
                "DuplicatedEntityNotAllowed",
                format!("subscription '{id}' already exists"),
            ));
        }
    }
    let start = req.start.unwrap_or(now);
    // History is never rewritten: a start before the processed mark is refused when the scope
    // already has a subscription whose time reaches past that start (a live or pending one, or
    // one that ended after it). A scope without such history — customers imported into a new
    // environment — may receive backdated subscriptions.
    if let Some(mark) = tx.processed_before
        && start < mark
        && !first
    {
        let history = repo::for_customer(&tx.sql, &req.customer_id)?
            .into_iter()
            .find(|s| {
                // Recorded time that the new subscription's own span would reach into.
                s.product_id == product.id
                    && s.resource_id == req.resource_id
                    && s.end_date.is_none_or(|e| e > start)
                    && req.end.is_none_or(|e| s.start_date < e)
            });
        if let Some(h) = history {
            // In an import, the usual cover is the free plan an earlier row's subscription
            // handed its customer to when it ended (before the clock): say so, and how to
            // order the rows (the free subscription is rolled back with the import).
            let why = if req.import && product.downgrade_plan.as_deref() == Some(h.plan_id.as_str())
            {
                format!(
                    " ('{}' is the product's free plan, which took over when an earlier subscription ended: list a customer's consecutive past subscriptions newest first)",
                    h.subscription_id
                )
            } else {
                String::new()
            };
            return Err(rule(
                "StartBeforeProcessedTime",
                format!(
                    "start {} is earlier than the time this environment has already processed ({}), and subscription '{}' already covers that time; history is never rewritten{why}",
                    clock::fmt(&start),
                    clock::fmt(&mark),
                    h.subscription_id
                ),
            )
            .hint("start at or after the processed time; backdating is for customers without subscriptions yet (imports into a new environment)"));
        }
    }
    if let Some(end) = req.end
        && end <= start
    {
        // (An import's scheduled cancellation is its `cancellationDate`.)
        return Err(Error::usage(if req.scheduled_cancellation {
            "the cancellation (cancellationDate) must be after the start"
        } else {
            "the end (--end, endDate) must be after the start"
        }));
    }

    // A newer change supersedes one still waiting to start (not a queue).
    if !req.import && !first {
        for pending in live_in_scope(
            tx,
            &req.customer_id,
            req.resource_id.as_deref(),
            &product.id,
        )?
        .into_iter()
        .filter(|s| s.status == SubStatus::NotStarted)
        {
            supersede_pending(tx, pending)?;
        }
    }
    // A live subscription of the same product makes this a plan change.
    let existing = if first {
        Vec::new()
    } else {
        live_in_scope(
            tx,
            &req.customer_id,
            req.resource_id.as_deref(),
            &product.id,
        )?
    };
    let current = existing
        .iter()
        .find(|s| s.status == SubStatus::Active)
        .or_else(|| existing.iter().find(|s| s.status == SubStatus::InTrial));
    let mut replaced = None;
    // The subscription this one takes over from (a plan change), for its usage anchor.
    let mut predecessor: Option<Subscription> = None;
    let mut start = start;
    let mut converting_trial = false;
    let mut change_kind = None;
    // An import records subscriptions as they are (no plan change): one that would be live at
    // the same time as another is refused by the store's overlap check.
    let current = current.filter(|_| !req.import);
    if let Some(old) = current.cloned() {
        predecessor = Some(old.clone());
        if old.plan_id == req.plan_id {
            return Err(rule(
                "SubscriptionAlreadyExists",
                format!(
                    "customer '{}' already has subscription '{}' on plan '{}'",
                    req.customer_id, old.subscription_id, old.plan_id
                ),
            )
            .hint(format!(
                "change it with `stigg-cli subscription update {}`",
                old.subscription_id
            )));
        }
        let old_body = catalog_repo::require_version(&tx.sql, &old.plan_id, old.plan_version)?.body;
        // Compared in what the customer pays: its country's prices (the one the change keeps).
        let country = req.country.as_deref().or(old.country.as_deref());
        let currency = crate::domain::subscriptions::comparison_currency(&old_body, body, country);
        let old_price = recurring(
            tx,
            &old_body,
            old.billing_period,
            &old.quantities,
            &old.addons,
            currency.as_deref(),
            country,
        )?;
        let new_price = recurring(
            tx,
            body,
            period,
            &quantities,
            &addons,
            currency.as_deref(),
            country,
        )?;
        let ancestors = |plan: &str, version: u32| -> Result<Vec<String>> {
            Ok(
                crate::ops::entitlements::plan_chain(&tx.sql, plan, version)?
                    .into_iter()
                    .filter_map(|b| b.parent.clone())
                    .collect(),
            )
        };
        let (old_up, new_up) = (
            ancestors(&old.plan_id, old.plan_version)?,
            ancestors(&plan.id, plan.version.version)?,
        );
        // Amounts in two currencies are no comparison (1001 JPY is not more than 70 USD): two
        // paid plans sharing no currency are neither an upgrade nor a downgrade — the change
        // applies now, as between equal prices (inheritance still decides first).
        let (old_price, new_price) = if currency.is_none() {
            (Decimal::ZERO, Decimal::ZERO)
        } else {
            (old_price, new_price)
        };
        let kind = crate::domain::subscriptions::change_direction(
            &crate::domain::subscriptions::PlanSide {
                plan_id: &old.plan_id,
                ancestors: &old_up,
                pricing: old.pricing_type,
                price: old_price,
            },
            &crate::domain::subscriptions::PlanSide {
                plan_id: &plan.id,
                ancestors: &new_up,
                pricing: body.pricing_type,
                price: new_price,
            },
        );
        change_kind = Some(kind);
        // A start asked for (`--start`) after the trial's end is a plan change then: the trial
        // ends as its plan says (converted to paid, or expired with the product's end setup
        // filling the gap) and what is live then ends when the new subscription starts.
        let te = old.trial_end_date.unwrap_or(now);
        let asked = req.start.filter(|s| *s > now);
        if old.status == SubStatus::InTrial
            && body.pricing_type == PricingType::Paid
            && req.schedule != Some(Schedule::Immediate)
            && asked.is_none_or(|s| s <= te)
        {
            // Paying during a trial: the paid subscription starts when the trial ends, or at
            // the start asked for before then (the trial converts then).
            let te = asked.unwrap_or(te);
            let mut o = old.clone();
            o.hand_over(te, "TrialConverted", false, now);
            // A replica follows the trial's new end as it follows a future-dated change's.
            save_updated(
                tx,
                &mut o,
                now,
                now,
                json!({"endsForPlanChangeAt": clock::fmt(&te)}),
            )?;
            start = te.max(start);
            converting_trial = true;
        } else if start > now {
            // A plan change at a future start: the current subscription stays live until the
            // new one starts, then ends (no end setup: the successor takes over).
            let mut o = old.clone();
            o.hand_over(start, "UpgradeOrDowngrade", true, now);
            save_updated(
                tx,
                &mut o,
                now,
                now,
                json!({"endsForPlanChangeAt": clock::fmt(&start)}),
            )?;
        } else {
            let immediate = match req.schedule {
                Some(Schedule::Immediate) => true,
                Some(Schedule::EndOfPeriod) => false,
                None => {
                    kind != ChangeKind::Downgrade
                        || product.downgrade_at == crate::domain::catalog::DowngradeAt::Immediate
                }
            };
            // A subscription without a billing period (free, custom) has no period end to wait
            // for: its downgrade applies now.
            let period_end = old
                .current_billing_period_end
                .or(old.trial_end_date)
                .filter(|at| *at > now);
            if !immediate && let Some(at) = period_end {
                // A scheduled change carries no trial: one asked for would be dropped.
                if req.trial == TrialChoice::Force || req.trial_end.is_some() {
                    return Err(Error::usage(format!(
                        "this change is scheduled for {} (the end of the current period): a trial (--trial, --trial-end) is not kept for it",
                        clock::fmt(&at)
                    ))
                    .hint("pass --schedule immediate to start the plan, with its trial, now"));
                }
                // Nor another coupon or country: the scheduled change is the subscription's
                // plan, billing period, add-ons and quantities, and keeps its coupon and country
                // (one asked for was dropped without a word).
                let other_coupon = req
                    .coupon
                    .as_ref()
                    .filter(|c| old.coupon_id.as_ref() != Some(*c));
                let other_country = req
                    .country
                    .as_ref()
                    .filter(|c| old.country.as_ref() != Some(*c));
                let other = match (other_coupon, other_country) {
                    (Some(_), _) => Some(("coupon", "--coupon")),
                    (None, Some(_)) => Some(("country", "--country")),
                    (None, None) => None,
                };
                if let Some((what, flag)) = other {
                    return Err(Error::usage(format!(
                        "this change is scheduled for {} (the end of the current period): it keeps the subscription's {what} — {flag} is not applied to it",
                        clock::fmt(&at),
                    ))
                    .hint("pass --schedule immediate to change the plan now, or change the coupon or country with `subscription update` after the change"));
                }
                let mut o = old.clone();
                let after = as_changed(
                    &o,
                    Some((&plan.id, plan.version.version, body.pricing_type)),
                    period,
                    &addons,
                    &quantities,
                    at,
                );
                let est = crate::ops::pricing::estimate_change(
                    &tx.sql,
                    &o,
                    &after,
                    at,
                    true,
                    kind == ChangeKind::Downgrade,
                )?;
                quote(tx, &o.subscription_id, &est);
                let schedule_type = if kind == ChangeKind::Downgrade {
                    ScheduleType::Downgrade
                } else {
                    ScheduleType::Plan
                };
                schedule_change(
                    tx,
                    &mut o,
                    at,
                    schedule_type,
                    ScheduledChange::PlanChange {
                        plan_id: plan.id.clone(),
                        plan_version: plan.version.version,
                        billing_period: period,
                        addons: addons.clone(),
                        quantities: quantities.clone(),
                        subscription_id: req.subscription_id.clone(),
                    },
                )?;
                return Ok(CreateOutcome::Scheduled {
                    subscription: o,
                    at,
                });
            }
            // Buying a paid plan during a trial converts it, now as at the trial's end (`--schedule
            // immediate` moves when, not what): Stigg's `trial_converted`, reason
            // PAID_SUBSCRIPTION_PROVISIONED, showing the trial as its end leaves it.
            let reason =
                if old.status == SubStatus::InTrial && body.pricing_type == PricingType::Paid {
                    converted_by_purchase(tx, &old, now, now)?;
                    "TrialConverted"
                } else {
                    "UpgradeOrDowngrade"
                };
            end_subscription(tx, old.clone(), now, SubStatus::Canceled, reason, false)?;
            replaced = Some(old.subscription_id.clone());
        }
    }

    // Trial?
    let trial_cfg = body.trial.as_ref();
    // (A customer without subscriptions has trialed nothing: a trial is recorded with its
    // subscription, and subscriptions are never deleted.)
    let eligible = first || !repo::trial_used(&tx.sql, &req.customer_id, &product.id)?;
    // A customer paying for the product (the live paid subscription this change replaces) is
    // past trying it: the plan's own trial is not started (Stigg: no trial after having paid),
    // and the time paid for is credited by the change's proration — a trial in its place would
    // end the paid subscription now and could end in nothing (`onEnd: cancel`). `--trial` /
    // `--trial-end` still ask for one.
    let paying = predecessor
        .as_ref()
        .is_some_and(|p| p.status == SubStatus::Active && p.pricing_type != PricingType::Free);
    let want_trial = match req.trial {
        TrialChoice::Skip => false,
        TrialChoice::Force => true,
        TrialChoice::Default => {
            (trial_cfg.is_some() && !paying || req.trial_end.is_some())
                && eligible
                && !converting_trial
        }
    } && body.pricing_type != PricingType::Free;
    if req.trial == TrialChoice::Force && trial_cfg.is_none() && req.trial_end.is_none() {
        return Err(Error::usage(format!("plan '{}' has no trial", plan.id))
            .hint("pass --trial-end T for a custom trial"));
    }
    let trial_end = if want_trial {
        let te = match (req.trial_end, trial_cfg.map(|t| t.length)) {
            (Some(t), _) => t,
            (None, Some(TrialLength::Days(d))) => start + chrono::Duration::days(d as i64),
            (None, Some(TrialLength::Months(m))) => {
                clock::add_months_from_anchor(start, m).unwrap_or(start)
            }
            (None, None) => start,
        };
        if te <= start {
            return Err(Error::usage(
                "the trial end (--trial-end, trialEndDate) must be after the start",
            ));
        }
        Some(te)
    } else {
        None
    };
    // The coupon the current period began with (the replaced subscription's, or its
    // customer's): a plan change that keeps the billing cycle prices the rest of the period
    // with it, whatever coupon the change brings (it applies only to a period ending then).
    let period_coupon = match &predecessor {
        Some(p) => {
            let mut p = p.clone();
            crate::ops::pricing::keep_period_coupon(&tx.sql, &mut p, now)?;
            p.period_coupon
        }
        None => None,
    };
    // A plan change keeps the subscription's coupon, its duration counted from when it was
    // applied (as a change scheduled for the period end keeps it), unless another is asked.
    let kept_coupon = predecessor.as_ref().filter(|p| {
        p.coupon_id.is_some()
            && req
                .coupon
                .as_ref()
                .is_none_or(|c| p.coupon_id.as_ref() == Some(c))
    });
    let id = match &req.subscription_id {
        Some(i) => i.clone(),
        None => tx.ids.next_id(&tx.sql, "sub")?,
    };
    let status = if start > now {
        SubStatus::NotStarted
    } else if trial_end.is_some() {
        SubStatus::InTrial
    } else {
        SubStatus::Active
    };
    let mut s = Subscription {
        subscription_id: id,
        customer_id: req.customer_id.clone(),
        resource_id: req.resource_id.clone(),
        product_id: product.id.clone(),
        plan_id: plan.id.clone(),
        plan_version: plan.version.version,
        pricing_type: body.pricing_type,
        status,
        billing_period: period,
        start_date: start,
        end_date: req.end,
        trial_end_date: trial_end,
        cancellation_date: req.end.filter(|_| req.scheduled_cancellation),
        cancel_reason: req.end.map(|_| {
            if req.scheduled_cancellation {
                "ScheduledCancellation".to_string()
            } else {
                "Expired".to_string()
            }
        }),
        cancellation_note: None,
        billing_cycle_anchor: trial_end.unwrap_or(start),
        current_billing_period_start: None,
        current_billing_period_end: None,
        addons,
        quantities,
        coupon_id: kept_coupon.map_or(req.coupon.clone(), |p| p.coupon_id.clone()),
        coupon_applied_at: match kept_coupon {
            Some(p) => p.coupon_applied_at.or(Some(p.start_date)),
            None => req.coupon.as_ref().map(|_| start),
        },
        // A plan change keeps the country the customer started with (localised prices).
        country: req
            .country
            .clone()
            .or_else(|| predecessor.as_ref().and_then(|p| p.country.clone())),
        scheduled_updates: vec![],
        metadata: crate::domain::customers::metadata_values(&req.metadata),
        entitlements_revoked: false,
        entitlements_revoked_at: None,
        trial_ends_soon_notified: false,
        created_at: now,
        updated_at: tx.updated_stamp(),
        prior_end: None,
        segments: vec![],
        period_coupon,
        // A plan change carries the usage windows over unless the product resets them.
        usage_anchor: predecessor
            .as_ref()
            .and_then(|p| p.usage_anchor_for_successor(product.usage_reset_on_change, period)),
    };
    // An immediate change between paid configurations of the same billing period keeps the
    // billing cycle: the new plan is charged for the rest of the current period (proration).
    if let (Some(old), Some(_)) = (&predecessor, &replaced)
        && old.status == SubStatus::Active
        && old.pricing_type == PricingType::Paid
        && s.pricing_type == PricingType::Paid
        && old.billing_period == s.billing_period
        && trial_end.is_none()
    {
        s.billing_cycle_anchor = old.billing_cycle_anchor;
    }
    if let Some(te) = trial_end {
        s.current_billing_period_start = Some(start);
        s.current_billing_period_end = Some(te);
        s.trial_ends_soon_notified = te - trial_notice() <= start;
    } else if status != SubStatus::NotStarted {
        set_period(&mut s, now.max(start));
    } else {
        // Not started yet: its first billing period must be storable too, or the environment's
        // clock could never pass its start.
        let mut first = s.clone();
        set_period(&mut first, start);
        if let Some(end) = first.current_billing_period_end {
            clock::check_storable(
                &format!(
                    "subscription '{}' first billing period end",
                    s.subscription_id
                ),
                &end,
            )?;
        }
    }
    req.recorded.apply(&mut s, now);
    // What the replaced subscription was paying for its current period (a free plan, a
    // custom one or a trial pays nothing: the new subscription is priced as new).
    let was_charged = |o: &Subscription| {
        o.status == SubStatus::Active
            && o.pricing_type == PricingType::Paid
            && o.billing_period.is_some()
    };
    // An import records subscriptions as they are: not priced (nothing is being bought now).
    let est = match (&predecessor, &replaced) {
        _ if req.import => None,
        // An immediate plan change: prorated against the subscription it replaces.
        (Some(old), Some(_)) if was_charged(old) => Some(crate::ops::pricing::estimate_change(
            &tx.sql,
            old,
            &s,
            now,
            false,
            change_kind == Some(ChangeKind::Downgrade),
        )?),
        // A plan change at a later start (a trial converting, a future-dated change).
        (Some(old), None) => Some(crate::ops::pricing::estimate_change(
            &tx.sql,
            old,
            &s,
            s.start_date,
            true,
            change_kind == Some(ChangeKind::Downgrade),
        )?),
        _ => {
            let usage = std::mem::take(&mut tx.quoting.usage);
            let mut est = crate::ops::pricing::estimate_new(&tx.sql, &s, now, &usage)?;
            // Priced as new (a trial converted now was not charged), but a plan change is
            // still a downgrade or not by the lifecycle's rule, as when it waits for the
            // trial's end.
            est.is_plan_downgrade = change_kind == Some(ChangeKind::Downgrade);
            Some(est)
        }
    };
    if let Some(mut est) = est {
        if !tx.quoting.usage.is_empty() {
            // Left untaken: this is a change, prorated on in-advance charges.
            est.bill.warnings.push(
                "--usage prices a new subscription's first period; this is a plan change, prorated on in-advance charges: the usage is not priced"
                    .into(),
            );
        }
        quote(tx, &s.subscription_id, &est);
    }
    repo::insert(tx, &s, first)?;
    if let Some(r) = &s.resource_id {
        customer_repo::ensure_resource(tx, &s.customer_id, r)?;
    }
    if trial_end.is_some() {
        repo::record_trial(tx, &s.customer_id, &s.product_id, &s.subscription_id)?;
    }
    emit_for(
        tx,
        EventType::SubscriptionCreated,
        &s,
        &customer,
        now,
        json!({}),
    )?;
    if s.status == SubStatus::InTrial {
        emit_for(
            tx,
            EventType::SubscriptionTrialStarted,
            &s,
            &customer,
            now,
            json!({}),
        )?;
    }
    if first {
        crate::ops::credits::reconcile_first(tx, &s, now)?;
        // (Resources come with subscriptions — `ensure_resource` above is their one writer —
        // so a customer without subscriptions has none.)
        if s.resource_id.is_none() {
            tx.resourceless.borrow_mut().insert(s.customer_id.clone());
        }
        note_entitlements(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    } else {
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    }
    Ok(CreateOutcome::Created {
        subscription: s,
        replaced,
    })
}

/// `s` as it will be at `t` once its pending scheduled changes due by then are made (an
/// update of its purchases or billing period, a plan change — to the plan's latest version,
/// as when it executes — or a migration): what the invoice at a period end and a revenue
/// report for a later instant price.
pub fn projected(
    conn: &rusqlite::Connection,
    s: &Subscription,
    t: Instant,
) -> Result<Subscription> {
    let mut due: Vec<&ScheduledUpdate> = s
        .pending_updates()
        .filter(|u| u.scheduled_at <= t)
        .collect();
    due.sort_by_key(|u| u.scheduled_at);
    let mut cur = s.clone();
    for u in due {
        let at = u.scheduled_at;
        cur = match &u.change {
            ScheduledChange::Update {
                billing_period,
                addons,
                quantities,
            } => as_changed(&cur, None, *billing_period, addons, quantities, at),
            ScheduledChange::PlanChange {
                plan_id,
                plan_version,
                billing_period,
                addons,
                quantities,
                ..
            } => {
                let v = catalog_repo::latest_published_version(conn, plan_id)?
                    .unwrap_or(*plan_version)
                    .max(*plan_version);
                let pricing = catalog_repo::get_version(conn, plan_id, v)?
                    .map(|r| r.body.pricing_type)
                    .unwrap_or(cur.pricing_type);
                as_changed(
                    &cur,
                    Some((plan_id, v, pricing)),
                    *billing_period,
                    addons,
                    quantities,
                    at,
                )
            }
            ScheduledChange::Migrate { plan_version } => {
                let mut n = cur.clone();
                n.plan_version = catalog_repo::latest_published_version(conn, &n.plan_id)?
                    .unwrap_or(*plan_version)
                    .max(*plan_version);
                n
            }
        };
    }
    Ok(cur)
}

/// Whether `new` costs less per month than `old` (quantities and add-ons included, coupons
/// excluded): an update that lowers it is a downgrade.
fn cheaper(tx: &Tx<'_>, old: &Subscription, new: &Subscription) -> Result<bool> {
    let (o, n) = (
        crate::ops::pricing::Priced::of(&tx.sql, old)?,
        crate::ops::pricing::Priced::of(&tx.sql, new)?,
    );
    let country = new.country.as_deref();
    let cur = comparison_currency(&o.plan, &n.plan, country);
    let price = |p: &crate::ops::pricing::Priced, sub: &Subscription| -> Result<Decimal> {
        recurring(
            tx,
            &p.plan,
            sub.billing_period,
            &sub.quantities,
            &sub.addons,
            cur.as_deref(),
            country,
        )
    };
    Ok(price(&n, new)? < price(&o, old)?)
}

/// Records what a change costs: for `subscription estimate` to print, and for the change's
/// `subscription.created` / `subscription.updated` event of `id`.
fn quote(tx: &mut Tx<'_>, id: &str, est: &crate::ops::pricing::Estimate) {
    let v = est.to_json();
    tx.quoting.last = Some(v.clone());
    tx.quoting.for_event = Some((id.to_string(), v));
}

/// `s` as it would be after a change of configuration taking effect at `at` (a scheduled
/// change, priced before it happens).
#[allow(clippy::too_many_arguments)]
fn as_changed(
    s: &Subscription,
    plan: Option<(&str, u32, PricingType)>,
    period: Option<BillingPeriod>,
    addons: &[SubAddon],
    quantities: &[FeatureQuantity],
    at: Instant,
) -> Subscription {
    let mut n = s.clone();
    if let Some((id, version, pricing)) = plan {
        n.plan_id = id.to_string();
        n.plan_version = version;
        n.pricing_type = pricing;
    }
    let period_changed = n.billing_period != period;
    n.billing_period = period;
    n.addons = addons.to_vec();
    n.quantities = quantities.to_vec();
    n.trial_end_date = None;
    if (plan.is_some() || period_changed) && !keeps_cycle(s, n.pricing_type, period, at) {
        n.billing_cycle_anchor = at;
    }
    set_period(&mut n, at);
    n
}

/// Whether a change from `prev` at `at` to a subscription priced `pricing` with `period` keeps
/// `prev`'s billing cycle: between paid plans of one billing period, at a boundary of `prev`'s
/// periods (a change at a period's end). Re-anchored there, a cycle anchored on a month's last
/// day would step from a clamped date (Jan 31 → Feb 29 → the 29th of every month after).
fn keeps_cycle(
    prev: &Subscription,
    pricing: PricingType,
    period: Option<BillingPeriod>,
    at: Instant,
) -> bool {
    let Some(p) = period.filter(|p| Some(*p) == prev.billing_period) else {
        return false;
    };
    prev.pricing_type == PricingType::Paid
        && pricing == PricingType::Paid
        && at >= prev.billing_cycle_anchor
        && periods::billing_period(prev.billing_cycle_anchor, p.months(), at).0 == at
}

/// [`crate::ops::customers::restamp`] for a subscription: only its `updatedAt` moves (to the
/// import row's, which an import's rows stamp with), logged as a change.
pub fn restamp(tx: &mut Tx<'_>, id: &str, at: Instant) -> Result<()> {
    let mut s = repo::require(&tx.sql, id)?;
    let now = tx.now;
    save_updated(tx, &mut s, at, now, json!({}))
}

/// Saves a changed subscription (stamped `updated_at = stamp`) and logs `subscription.updated`
/// as of `at`, with `extra` fields next to the subscription.
fn save_updated(
    tx: &mut Tx<'_>,
    s: &mut Subscription,
    stamp: Instant,
    at: Instant,
    extra: Value,
) -> Result<()> {
    // (An import row's own `updatedAt` wins: see `Tx::stamp`.)
    s.updated_at = tx.stamp.unwrap_or(stamp);
    repo::save(tx, s)?;
    emit_at(tx, EventType::SubscriptionUpdated, s, at, extra)
}

/// Makes `change` the subscription's one pending scheduled change (a later change replaces an
/// earlier one, which stays on the record as `Canceled`: not a queue), due at `at`.
fn schedule_change(
    tx: &mut Tx<'_>,
    s: &mut Subscription,
    at: Instant,
    schedule_type: ScheduleType,
    change: ScheduledChange,
) -> Result<()> {
    let now = tx.now;
    let label = schedule_type.wire();
    // A later change replaces a pending one of its kind (not a queue): a plan change replaces
    // everything pending; an update or a migration replaces a pending one of the same kind and
    // a pending plan change, while a migration (the version) and an update (quantities,
    // add-ons, period) are independent and both run.
    match &change {
        ScheduledChange::PlanChange { .. } => s.cancel_pending(now),
        ScheduledChange::Update { .. } => s.cancel_pending_where(now, |c| {
            matches!(
                c,
                ScheduledChange::Update { .. } | ScheduledChange::PlanChange { .. }
            )
        }),
        ScheduledChange::Migrate { .. } => s.cancel_pending_where(now, |c| {
            matches!(
                c,
                ScheduledChange::Migrate { .. } | ScheduledChange::PlanChange { .. }
            )
        }),
    };
    s.scheduled_updates
        .push(ScheduledUpdate::new(at, change, schedule_type, now));
    s.updated_at = now;
    repo::save(tx, s)?;
    emit_at(
        tx,
        EventType::SubscriptionUpdated,
        s,
        now,
        json!({ "scheduledChange": label }),
    )
}

/// A subscription still waiting to start is replaced by a newer change: it is cancelled
/// (ending at its start) and the subscription it was to replace keeps running.
fn supersede_pending(tx: &mut Tx<'_>, pending: Subscription) -> Result<()> {
    let now = tx.now;
    end_subscription(
        tx,
        pending.clone(),
        now,
        SubStatus::Canceled,
        "UpgradeOrDowngrade",
        false,
    )?;
    restore_predecessor(tx, &pending)?;
    Ok(())
}

/// The live subscription set to end when `pending` starts (a future-dated plan change or a
/// trial converting to a paid plan) keeps running when `pending` will not start after all.
fn restore_predecessor(tx: &mut Tx<'_>, pending: &Subscription) -> Result<()> {
    let now = tx.now;
    for mut p in live_in_scope(
        tx,
        &pending.customer_id,
        pending.resource_id.as_deref(),
        &pending.product_id,
    )? {
        let handing_over = matches!(
            p.cancel_reason.as_deref(),
            Some("UpgradeOrDowngrade" | "TrialConverted")
        );
        if p.is_live() && handing_over && p.end_date == Some(pending.start_date) {
            // The end it had before the handover (a cancellation the customer asked for) comes
            // back; without one it runs on.
            // A restored end already in the past takes effect now: an end is never set before
            // the present (history is not rewritten).
            let prior = p.prior_end.take();
            p.end_date = prior.as_ref().and_then(|x| x.end_date).map(|e| e.max(now));
            p.cancellation_date = prior
                .as_ref()
                .and_then(|x| x.cancellation_date)
                .map(|c| c.max(now));
            p.cancel_reason = prior.and_then(|x| x.cancel_reason);
            save_updated(
                tx,
                &mut p,
                now,
                now,
                json!({"successorCanceled": pending.subscription_id}),
            )?;
        }
    }
    Ok(())
}

/// The record of a subscription ended at `at` (processed at `now`), as [`end_subscription`]
/// stores it.
fn mark_ended(s: &mut Subscription, at: Instant, status: SubStatus, reason: &str, now: Instant) {
    s.status = status;
    // A subscription ended before it started (a pending one cancelled or superseded) ends at
    // its start: the end is never earlier than the start.
    s.end_date = Some(at.max(s.start_date));
    // A cancellation date planned for later (a handover, a scheduled cancellation) is replaced
    // by the instant it really ended.
    s.cancellation_date = Some(s.cancellation_date.filter(|c| *c <= at).unwrap_or(at));
    s.cancel_reason = Some(reason.to_string());
    s.cancel_pending(at);
    s.updated_at = now.max(at);
}

/// Ends a subscription at `at`; `end_setup` applies the product's downgrade-to-free.
fn end_subscription(
    tx: &mut Tx<'_>,
    mut s: Subscription,
    at: Instant,
    status: SubStatus,
    reason: &str,
    end_setup: bool,
) -> Result<Vec<Transition>> {
    let mut out = Vec::new();
    mark_ended(&mut s, at, status, reason, tx.updated_stamp());
    repo::save(tx, &mut s)?;
    let t = if status == SubStatus::Expired {
        EventType::SubscriptionExpired
    } else {
        EventType::SubscriptionCanceled
    };
    emit_at(tx, t, &s, at, json!({}))?;
    out.push(Transition {
        at,
        kind: t.name(),
        entity_id: s.subscription_id.clone(),
        // (Whose subscription ended, as every transition line says.)
        description: describe(&s, &format!("{} ({reason})", status.wire().to_lowercase())),
    });
    entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)?;
    // Any subscription that is not free (paid or custom) ends into the end setup, as Stigg
    // applies it on any non-free cancellation: a custom plan's customer is not left without one.
    if end_setup && s.pricing_type != PricingType::Free {
        out.extend(downgrade_to_free(tx, &s, at)?);
    }
    Ok(out)
}

/// What a subscription that replaces another (plan change, downgrade to free) is made of.
struct Successor {
    plan_id: String,
    plan_version: u32,
    pricing_type: PricingType,
    billing_period: Option<BillingPeriod>,
    addons: Vec<SubAddon>,
    quantities: Vec<FeatureQuantity>,
    coupon_id: Option<String>,
    /// An id asked for (`--id` on a scheduled change); generated when absent or taken.
    id: Option<String>,
    /// An end it starts with, and its reason.
    end: Option<(Instant, &'static str)>,
    /// Its usage anchor (carried over a plan change), or None for its start.
    usage_anchor: Option<Instant>,
    /// A scheduled plan change executing: its event records the change's pricing (as the
    /// estimate of the scheduled change did), with whether it is a downgrade.
    priced_change: Option<bool>,
}

/// Starts the subscription that takes over from `prev` at `at` (same customer, resource,
/// product, country and metadata), with its events.
fn start_successor(
    tx: &mut Tx<'_>,
    prev: &Subscription,
    next: Successor,
    at: Instant,
) -> Result<Subscription> {
    let id = match next
        .id
        .filter(|i| !matches!(repo::get(&tx.sql, i), Ok(Some(_))))
    {
        Some(i) => i,
        None => tx.ids.next_id(&tx.sql, "sub")?,
    };
    let mut s = Subscription {
        subscription_id: id,
        plan_id: next.plan_id,
        plan_version: next.plan_version,
        pricing_type: next.pricing_type,
        status: SubStatus::Active,
        billing_period: next.billing_period,
        start_date: at,
        end_date: next.end.map(|(e, _)| e),
        trial_end_date: None,
        cancellation_date: next.end.map(|(e, _)| e),
        cancel_reason: next.end.map(|(_, r)| r.to_string()),
        cancellation_note: None,
        billing_cycle_anchor: at,
        current_billing_period_start: None,
        current_billing_period_end: None,
        addons: next.addons,
        quantities: next.quantities,
        coupon_id: next.coupon_id,
        scheduled_updates: vec![],
        entitlements_revoked: false,
        entitlements_revoked_at: None,
        trial_ends_soon_notified: false,
        created_at: at,
        updated_at: at,
        prior_end: None,
        segments: vec![],
        period_coupon: None,
        usage_anchor: next.usage_anchor,
        ..prev.clone()
    };
    if keeps_cycle(prev, s.pricing_type, s.billing_period, at) {
        s.billing_cycle_anchor = prev.billing_cycle_anchor;
    }
    set_period(&mut s, at);
    if let Some(is_down) = next.priced_change {
        let est = crate::ops::pricing::estimate_change(&tx.sql, prev, &s, at, true, is_down)?;
        quote(tx, &s.subscription_id, &est);
    }
    repo::insert(tx, &s, false)?;
    emit_at(tx, EventType::SubscriptionCreated, &s, at, json!({}))?;
    entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)?;
    Ok(s)
}

/// `subscription.trial_converted` of a trial a paid subscription bought during it takes over
/// at `at` (Stigg's `reason` PAID_SUBSCRIPTION_PROVISIONED); the event shows the trial as its
/// end leaves it (replaced: CANCELED, `TrialConverted`).
fn converted_by_purchase(
    tx: &mut Tx<'_>,
    trial: &Subscription,
    at: Instant,
    now: Instant,
) -> Result<()> {
    let mut ended = trial.clone();
    mark_ended(&mut ended, at, SubStatus::Canceled, "TrialConverted", now);
    emit_at(
        tx,
        EventType::SubscriptionTrialConverted,
        &ended,
        at,
        json!({"reason": "PAID_SUBSCRIPTION_PROVISIONED"}),
    )
}

/// The product's endSetup: a free subscription starting where the paid one ended.
fn downgrade_to_free(
    tx: &mut Tx<'_>,
    ended: &Subscription,
    at: Instant,
) -> Result<Vec<Transition>> {
    let (product, _) =
        catalog_repo::require_simple::<Product>(&tx.sql, EntityKind::Product, &ended.product_id)?;
    let Some(free) = product.downgrade_plan else {
        return Ok(vec![]);
    };
    let others = live_in_scope(
        tx,
        &ended.customer_id,
        ended.resource_id.as_deref(),
        &product.id,
    )?;
    if others.iter().any(|o| o.is_live()) {
        return Ok(vec![]);
    }
    // A subscription waiting to start takes over then: until it does, the free plan fills the
    // gap (and ends when it starts).
    let gap_end = others
        .iter()
        .filter(|o| o.status == SubStatus::NotStarted && o.start_date > at)
        .map(|o| o.start_date)
        .min();
    if others
        .iter()
        .any(|o| o.status == SubStatus::NotStarted && o.start_date <= at)
    {
        return Ok(vec![]);
    }
    // A downgrade plan with nothing to subscribe to (never published, deleted — the catalog
    // refuses to name one since, but an older environment may) hands over to nothing: the
    // time-driven step must not fail, or every later command would.
    let plan = match published_package(tx, PackageKind::Plan, &free, None) {
        Ok(p) => p,
        Err(e) if matches!(e.kind, ErrorKind::NotFound | ErrorKind::Rejected) => {
            return Ok(vec![]);
        }
        Err(e) => return Err(e),
    };
    let s = start_successor(
        tx,
        ended,
        Successor {
            plan_id: plan.id.clone(),
            plan_version: plan.version.version,
            pricing_type: plan.version.body.pricing_type,
            billing_period: None,
            addons: vec![],
            quantities: vec![],
            coupon_id: None,
            id: None,
            end: gap_end.map(|e| (e, "UpgradeOrDowngrade")),
            // A new journey (after an end), not a plan change: usage starts afresh.
            usage_anchor: None,
            priced_change: None,
        },
        at,
    )?;
    Ok(vec![Transition {
        at,
        kind: "subscription.created",
        entity_id: s.subscription_id.clone(),
        description: format!(
            "customer {} downgraded to {} ({})",
            s.customer_id, s.plan_id, s.subscription_id
        ),
    }])
}

#[derive(Debug, Clone)]
pub enum CancelAt {
    Immediate,
    EndOfPeriod,
    At(Instant),
}

/// A change that needs a live (or pending) subscription, asked of an ended one.
fn already_ended(id: &str, status: SubStatus) -> Error {
    rule(
        "SubscriptionAlreadyCanceledOrExpired",
        format!(
            "subscription '{id}' is already {}",
            status.wire().to_lowercase()
        ),
    )
}

pub fn cancel(
    tx: &mut Tx<'_>,
    id: &str,
    at: Option<CancelAt>,
    revoke: bool,
    note: Option<String>,
) -> Result<Subscription> {
    let now = tx.now;
    let s = repo::require(&tx.sql, id)?;
    if s.status.is_ended() {
        return Err(already_ended(id, s.status));
    }
    let at = match at {
        Some(a) => a,
        None => {
            let (product, _) = catalog_repo::require_simple::<Product>(
                &tx.sql,
                EntityKind::Product,
                &s.product_id,
            )?;
            match product.default_cancellation {
                CancellationTime::Immediate => CancelAt::Immediate,
                CancellationTime::EndOfPeriod => CancelAt::EndOfPeriod,
            }
        }
    };
    let when = match at {
        CancelAt::Immediate => now,
        CancelAt::EndOfPeriod => match s.status {
            SubStatus::InTrial => s.trial_end_date.unwrap_or(now),
            _ => s.current_billing_period_end.unwrap_or(now),
        },
        CancelAt::At(t) => {
            if t < now {
                return Err(Error::new(
                    crate::error::ErrorKind::Usage,
                    "InvalidCancellationDate",
                    format!("the cancellation date {} is in the past", clock::fmt(&t)),
                ));
            }
            t
        }
    };
    if s.status == SubStatus::InTrial && s.trial_end_date.is_some_and(|te| when > te) {
        return Err(rule(
            "InvalidCancellationDate",
            "a trial can only be cancelled immediately or at a date up to its end",
        ));
    }
    // A fixed term (`--end`; kept aside while a cancellation replaces it) ends the
    // subscription anyway: a cancellation at or after it would give it more time.
    if let Some(term) = s.fixed_term().filter(|t| when >= *t) {
        return Err(rule(
            "InvalidCancellationDate",
            format!(
                "subscription '{id}' ends at {} (its fixed term): a cancellation at {} would extend it",
                clock::fmt(&term),
                clock::fmt(&when)
            ),
        )
        .hint("cancel before the term's end (--at immediate or an earlier --at), or let it end"));
    }
    let mut s = s;
    s.cancellation_note = note;
    if s.status == SubStatus::NotStarted {
        // Never started: the subscription it was to replace keeps running.
        let pending = s.clone();
        end_subscription(tx, s, now, SubStatus::Canceled, "Immediate", true)?;
        restore_predecessor(tx, &pending)?;
        return repo::require(&tx.sql, id);
    }
    if when <= now {
        // Ended now with its entitlements revoked: recorded, so what the revocation undoes
        // (its current recurring credits) follows.
        if revoke {
            s.entitlements_revoked = true;
            s.entitlements_revoked_at = Some(now);
        }
        end_subscription(tx, s, now, SubStatus::Canceled, "Immediate", true)?;
        return repo::require(&tx.sql, id);
    }
    // A fixed term (`--end`) a cancellation replaces comes back when it is called off
    // (`uncancel`).
    if s.cancel_reason.as_deref() == Some(crate::domain::subscriptions::TERM_REASON)
        && s.prior_end.is_none()
    {
        s.remember_end();
    }
    s.end_date = Some(when);
    s.cancellation_date = Some(when);
    s.cancel_reason = Some("ScheduledCancellation".into());
    // A cancellation supersedes pending scheduled changes (a downgrade at the same period end).
    s.cancel_pending(now);
    // A new cancellation replaces the one scheduled before, revocation included: one without
    // `--revoke-entitlements` gives back what a revocation took (as `uncancel` does).
    let was_revoked = s.entitlements_revoked;
    s.entitlements_revoked = revoke;
    s.entitlements_revoked_at = revoke.then_some(now);
    save_updated(
        tx,
        &mut s,
        now,
        now,
        json!({"scheduledCancellation": clock::fmt(&when)}),
    )?;
    if revoke || was_revoked {
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    } else {
        // What it grants ends at another time (`validUntil`).
        note_entitlements(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    }
    Ok(s)
}

/// Gives a stored subscription a fixed term ending at `end` (an import row's `endDate` without
/// `cancellationDate`): it ends `Expired` then, as one made with `--end` does — the term it had
/// is replaced (moved earlier or later). A scheduled cancellation that comes first stays the end,
/// the term kept aside for `uncancel` (as a cancellation keeps the term it replaces); one after
/// the term would extend it, and is dropped with its revocation.
pub fn set_term(tx: &mut Tx<'_>, id: &str, end: Instant) -> Result<Subscription> {
    use crate::domain::subscriptions::{PriorEnd, TERM_REASON};
    let now = tx.now;
    let mut s = repo::require(&tx.sql, id)?;
    if s.status.is_ended() {
        return Err(already_ended(id, s.status));
    }
    if end <= now {
        return Err(Error::usage(format!(
            "the end (endDate) {} is in the past (now is {}): a live subscription's term ends later",
            clock::fmt(&end),
            clock::fmt(&now)
        )));
    }
    if end <= s.start_date {
        return Err(Error::usage(
            "the end (--end, endDate) must be after the start",
        ));
    }
    let term = PriorEnd {
        end_date: Some(end),
        cancellation_date: None,
        cancel_reason: Some(TERM_REASON.into()),
    };
    let cancellation = s.scheduled_cancellation();
    let was_revoked = s.entitlements_revoked;
    match cancellation {
        Some(c) if c <= end => s.prior_end = Some(term),
        _ => {
            // (Ending for a successor — a plan change at a later start, a trial converting —
            // is not a term to replace: that change is undone first.)
            if s.end_date.is_some() && cancellation.is_none() && s.fixed_term().is_none() {
                return Err(rule(
                    "InvalidSubscriptionStatus",
                    format!(
                        "subscription '{id}' ends at {} for a change ({}): a fixed term is not set on it",
                        s.end_date.map(|e| clock::fmt(&e)).unwrap_or_default(),
                        s.cancel_reason.as_deref().unwrap_or("")
                    ),
                ));
            }
            s.end_date = term.end_date;
            s.cancellation_date = None;
            s.cancel_reason = term.cancel_reason;
            s.cancellation_note = None;
            s.prior_end = None;
            s.entitlements_revoked = false;
            s.entitlements_revoked_at = None;
        }
    }
    save_updated(tx, &mut s, now, now, json!({}))?;
    if was_revoked && !s.entitlements_revoked {
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    } else {
        // What it grants ends at another time (`validUntil`).
        note_entitlements(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    }
    Ok(s)
}

/// Clears a scheduled cancellation; returns the subscription and the end it no longer has.
/// Scheduled changes the cancellation superseded are not restored.
pub fn uncancel(tx: &mut Tx<'_>, id: &str) -> Result<(Subscription, Option<Instant>)> {
    let mut s = repo::require(&tx.sql, id)?;
    if s.scheduled_cancellation().is_none() {
        return Err(rule(
            "InvalidSubscriptionStatus",
            format!("subscription '{id}' has no scheduled cancellation"),
        ));
    }
    let was_revoked = s.entitlements_revoked;
    let was_ending = s.end_date;
    // The fixed term the cancellation replaced, if any, is the end again.
    let term = s.prior_end.take_if(|p| p.is_term());
    s.end_date = term.as_ref().and_then(|p| p.end_date);
    s.cancellation_date = term.as_ref().and_then(|p| p.cancellation_date);
    s.cancel_reason = term.and_then(|p| p.cancel_reason);
    s.cancellation_note = None;
    s.entitlements_revoked = false;
    s.entitlements_revoked_at = None;
    s.updated_at = tx.updated_stamp();
    repo::save(tx, &mut s)?;
    let now = tx.now;
    emit_at(tx, EventType::SubscriptionUpdated, &s, now, json!({}))?;
    if was_revoked {
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    } else {
        note_entitlements(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    }
    Ok((s, was_ending))
}

pub fn migrate(tx: &mut Tx<'_>, id: &str, at: Schedule) -> Result<(Subscription, Option<Instant>)> {
    let now = tx.now;
    let mut s = repo::require(&tx.sql, id)?;
    if s.status.is_ended() {
        return Err(rule(
            "SubscriptionAlreadyCanceledOrExpired",
            format!("subscription '{id}' has ended"),
        ));
    }
    let latest =
        catalog_repo::latest_published_version(&tx.sql, &s.plan_id)?.unwrap_or(s.plan_version);
    if latest <= s.plan_version {
        return Err(rule(
            "SubscriptionAlreadyOnLatestPlanError",
            format!(
                "subscription '{id}' is already on plan '{}' v{latest}",
                s.plan_id
            ),
        ));
    }
    match at {
        Schedule::Immediate => {
            apply_migration(tx, &mut s, latest, now)?;
            Ok((s, None))
        }
        Schedule::EndOfPeriod => {
            check_migration(tx, &s, latest)?;
            let when = s.current_billing_period_end.unwrap_or(now);
            schedule_change(
                tx,
                &mut s,
                when,
                ScheduleType::MigrateToLatest,
                ScheduledChange::Migrate {
                    plan_version: latest,
                },
            )?;
            Ok((s, Some(when)))
        }
    }
}

/// Refuses to move `s` to `version` of its plan when that version no longer offers what the
/// subscription has: its billing period (or a period at all), an add-on, a per-unit quantity
/// (its price, or the quantity within its min and max). A migration must never leave a
/// subscription that no create or update would accept. The error is the one a create of
/// that configuration gives, with the subscription and version named.
pub fn check_migration(tx: &Tx<'_>, s: &Subscription, version: u32) -> Result<()> {
    let plan = published_package(tx, PackageKind::Plan, &s.plan_id, Some(version))?;
    let body = &plan.version.body;
    let checked = (|| -> Result<()> {
        if resolve_period(&plan.id, body, s.billing_period)? != s.billing_period {
            return Err(Error::usage(format!(
                "plan '{}' is paid and the subscription has no billing period",
                plan.id
            )));
        }
        for a in &s.addons {
            if !body.compatible_addons.contains(&a.addon_id) {
                return Err(rule(
                    "IncompatibleSubscriptionAddon",
                    format!(
                        "add-on '{}' is not compatible with plan '{}'",
                        a.addon_id, plan.id
                    ),
                ));
            }
        }
        let quantities: Vec<(String, u32)> = s
            .quantities
            .iter()
            .map(|q| (q.feature_id.clone(), q.quantity))
            .collect();
        resolve_quantities(tx, &plan, &quantities)?;
        Ok(())
    })();
    checked.map_err(|e| {
        let mut out = rule(
            &e.code,
            format!(
                "subscription '{}' can't move to plan '{}' v{version}: {}",
                s.subscription_id, s.plan_id, e.message
            ),
        );
        out.hints = e.hints;
        out
    })
}

fn apply_migration(tx: &mut Tx<'_>, s: &mut Subscription, version: u32, at: Instant) -> Result<()> {
    check_migration(tx, s, version)?;
    let from = s.plan_version;
    s.plan_version = version;
    // A migration supersedes any migration still pending (it could only move back or stay).
    s.cancel_pending_where(at, |c| matches!(c, ScheduledChange::Migrate { .. }));
    save_updated(
        tx,
        s,
        tx.updated_stamp().max(at),
        at,
        json!({"migratedFromVersion": from}),
    )?;
    entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)
}

/// `plan publish --migrate all-customers`: every live subscription moves to the new version.
/// Its events are recorded with actor `MIGRATION`.
pub fn migrate_all(tx: &mut Tx<'_>, plan_id: &str, version: u32) -> Result<usize> {
    let actor = std::mem::replace(&mut tx.actor, crate::events::EventActor::Migration);
    let out = migrate_all_as_migration(tx, plan_id, version);
    tx.actor = actor;
    out
}

fn migrate_all_as_migration(tx: &mut Tx<'_>, plan_id: &str, version: u32) -> Result<usize> {
    let now = tx.now;
    let subs: Vec<Subscription> = repo::live_on_plan(&tx.sql, plan_id)?
        .into_iter()
        .filter(|s| s.plan_version < version)
        .collect();
    // Every subscription must be able to move before any does: the publish is refused whole,
    // naming the first that can't and how many can't.
    let mut refused: Vec<Error> = Vec::new();
    for s in &subs {
        if let Err(e) = check_migration(tx, s, version) {
            refused.push(e);
        }
    }
    if let Some(first) = refused.first() {
        let mut e = rule(
            &first.code,
            format!(
                "--migrate all-customers: {} of {} live subscriptions can't move to plan \
                 '{plan_id}' v{version}; nothing was published. First: {}",
                refused.len(),
                subs.len(),
                first.message
            ),
        )
        .hint(
            "publish with --migrate new-customers, or change those subscriptions first \
             (`subscription update`)",
        );
        e.hints.extend(first.hints.iter().cloned());
        return Err(e);
    }
    let n = subs.len();
    for mut s in subs {
        apply_migration(tx, &mut s, version, now)?;
    }
    Ok(n)
}

/// Refuses to move `s`'s add-on `addon_id` to `version` when that version would refuse it:
/// its quantity past the version's `maxQuantity`, or an add-on it depends on missing from the
/// subscription.
pub fn check_addon_migration(
    tx: &Tx<'_>,
    s: &Subscription,
    addon_id: &str,
    version: u32,
) -> Result<()> {
    // The add-on set it has now, and those its pending scheduled changes will give it.
    let sets: Vec<(&Vec<SubAddon>, &str)> = std::iter::once((&s.addons, ""))
        .chain(
            s.pending_addon_sets()
                .map(|a| (a, " (a scheduled change's)")),
        )
        .collect();
    if !sets
        .iter()
        .any(|(set, _)| set.iter().any(|a| a.addon_id == addon_id))
    {
        return Ok(());
    }
    let addon = published_package(tx, PackageKind::Addon, addon_id, Some(version))?;
    let body = &addon.version.body;
    let max = body.max_quantity.unwrap_or(1);
    let mut problem = None;
    for (set, whose) in &sets {
        let Some(have) = set.iter().find(|a| a.addon_id == addon_id) else {
            continue;
        };
        problem = if have.quantity > max {
            Some((
                "AddonQuantityExceedsLimitError",
                format!(
                    "its quantity {}{whose} is past the version's maxQuantity {max}",
                    have.quantity
                ),
            ))
        } else {
            body.depends_on
                .iter()
                .find(|d| !set.iter().any(|a| &a.addon_id == *d))
                .map(|d| {
                    (
                        "AddonDependencyMissingError",
                        format!(
                            "the version requires add-on '{d}', which the subscription{whose} lacks"
                        ),
                    )
                })
        };
        if problem.is_some() {
            break;
        }
    }
    match problem {
        Some((code, why)) => Err(rule(
            code,
            format!(
                "subscription '{}' can't move to add-on '{addon_id}' v{version}: {why}",
                s.subscription_id
            ),
        )),
        None => Ok(()),
    }
}

/// `addon publish --migrate all-customers`: every live subscription holding the add-on moves
/// to the new version (checked first, all or none, as plans are), with actor `MIGRATION`.
pub fn migrate_addon_all(tx: &mut Tx<'_>, addon_id: &str, version: u32) -> Result<usize> {
    let actor = std::mem::replace(&mut tx.actor, crate::events::EventActor::Migration);
    let out = (|| -> Result<usize> {
        let at = tx.now;
        // Only those holding the add-on are kept (every subscription is read, one at a time).
        let mut subs: Vec<Subscription> = Vec::new();
        repo::each(&tx.sql, &repo::Filter::default(), |s| {
            let older = |set: &Vec<SubAddon>| {
                set.iter()
                    .any(|a| a.addon_id == addon_id && a.version < version)
            };
            if (s.is_live() || s.status == SubStatus::NotStarted)
                && (older(&s.addons) || s.pending_addon_sets().any(older))
            {
                subs.push(s);
            }
            Ok(())
        })?;
        let refused: Vec<Error> = subs
            .iter()
            .filter_map(|s| check_addon_migration(tx, s, addon_id, version).err())
            .collect();
        if let Some(first) = refused.first() {
            return Err(rule(
                &first.code,
                format!(
                    "--migrate all-customers: {} of {} live subscriptions can't move to add-on \
                     '{addon_id}' v{version}; nothing was published. First: {}",
                    refused.len(),
                    subs.len(),
                    first.message
                ),
            )
            .hint("publish with --migrate new-customers, or change those subscriptions first (`subscription update`)"));
        }
        let n = subs.len();
        for mut s in subs {
            let from = s
                .addons
                .iter()
                .find(|a| a.addon_id == addon_id)
                .map(|a| a.version);
            // Its add-on, and the versions its pending scheduled changes pinned (executed
            // later, they would take it back to the old one).
            for a in s.addons.iter_mut() {
                if a.addon_id == addon_id {
                    a.version = version;
                }
            }
            for set in s.pending_addon_sets_mut() {
                for a in set.iter_mut() {
                    if a.addon_id == addon_id {
                        a.version = version;
                    }
                }
            }
            save_updated(
                tx,
                &mut s,
                at,
                at,
                json!({"migratedAddon": {"addonId": addon_id, "fromVersion": from}}),
            )?;
            entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)?;
        }
        Ok(n)
    })();
    tx.actor = actor;
    out
}

#[derive(Debug, Clone, Default)]
pub struct UpdateRequest {
    pub addons: Vec<(String, u32)>,
    pub remove_addons: Vec<String>,
    pub quantities: Vec<(String, u32)>,
    pub billing_period: Option<BillingPeriod>,
    pub coupon: Option<String>,
    pub remove_coupon: bool,
    pub trial_end: Option<Instant>,
    pub schedule: Option<Schedule>,
    /// Per-unit quantities to drop (imports: the `quantities` column lists the whole set).
    pub remove_quantities: Vec<String>,
    /// The subscription's whole new metadata; `None` leaves it unchanged.
    pub metadata: Option<BTreeMap<String, String>>,
    /// Bulk import: records what the subscription is elsewhere (an archived coupon is no
    /// refusal, as for a new row).
    pub import: bool,
    /// An import: what the source recorded (see [`Recorded`]).
    pub recorded: Recorded,
}

/// An add-on or feature named twice in one request is refused, never silently merged.
fn no_repeats(what: &str, pairs: &[(String, u32)]) -> Result<()> {
    match crate::domain::first_repeat(pairs, |(id, _)| id.clone()) {
        Some((id, _)) => Err(Error::usage(format!("{what} '{id}' is listed twice"))),
        None => Ok(()),
    }
}

/// `current` (id, quantity) pairs with `remove` taken out (each must be there: `missing`
/// names the error) and `set` put in, replacing the same id.
fn edited(
    mut current: Vec<(String, u32)>,
    remove: &[String],
    set: &[(String, u32)],
    missing: impl Fn(&str) -> Error,
) -> Result<Vec<(String, u32)>> {
    for r in remove {
        let before = current.len();
        current.retain(|(x, _)| x != r);
        if current.len() == before {
            return Err(missing(r));
        }
    }
    for (x, n) in set {
        current.retain(|(y, _)| y != x);
        current.push((x.clone(), *n));
    }
    Ok(current)
}

pub fn update(
    tx: &mut Tx<'_>,
    id: &str,
    req: &UpdateRequest,
) -> Result<(Subscription, Option<Instant>)> {
    let now = tx.now;
    let mut s = repo::require(&tx.sql, id)?;
    if s.status.is_ended() {
        return Err(rule(
            "SubscriptionAlreadyCanceledOrExpired",
            format!("subscription '{id}' has ended"),
        ));
    }
    let before = s.clone();
    no_repeats("add-on", &req.addons)?;
    no_repeats("quantity of", &req.quantities)?;
    let plan = published_package(tx, PackageKind::Plan, &s.plan_id, Some(s.plan_version))?;
    let wanted = edited(
        s.addons
            .iter()
            .map(|a| (a.addon_id.clone(), a.quantity))
            .collect(),
        &req.remove_addons,
        &req.addons,
        |r| {
            Error::not_found(
                "AddonNotFound",
                format!("subscription '{id}' has no add-on '{r}'"),
            )
        },
    )?;
    // Add-ons already on the subscription keep their versions.
    let addons = resolve_addons(tx, &plan, &wanted, &s.addons, req.import)?;
    let q = edited(
        s.quantities
            .iter()
            .map(|x| (x.feature_id.clone(), x.quantity))
            .collect(),
        &req.remove_quantities,
        &req.quantities,
        |r| {
            Error::not_found(
                "QuantityNotFound",
                format!("subscription '{id}' has no quantity of '{r}'"),
            )
        },
    )?;
    let quantities = resolve_quantities(tx, &plan, &q)?;
    // Buying what the price counts when nothing is bought (its `min`, else 1) is no change.
    let quantities = if crate::domain::subscriptions::same_quantities(
        &plan.version.body,
        &quantities,
        &s.quantities,
    ) {
        s.quantities.clone()
    } else {
        quantities
    };
    let period = match req.billing_period {
        Some(p) => resolve_period(&plan.id, &plan.version.body, Some(p))?,
        None => s.billing_period,
    };
    // (Restating the coupon the subscription holds applies nothing: an archived one too.)
    if let Some(c) = req
        .coupon
        .as_ref()
        .filter(|c| s.coupon_id.as_ref() != Some(*c))
    {
        check_coupon(tx, c, req.import)?;
    }
    if let Some(te) = req.trial_end {
        if s.status != SubStatus::InTrial {
            return Err(rule(
                "InvalidSubscriptionStatus",
                format!("subscription '{id}' is not in trial"),
            ));
        }
        // A paid plan bought during the trial starts at the trial's end: moving that end
        // would leave a gap or an overlap.
        if s.cancel_reason.as_deref() == Some("TrialConverted") {
            return Err(rule(
                "InvalidSubscriptionStatus",
                format!(
                    "subscription '{id}' converts to a paid subscription at {}; its trial end cannot move",
                    s.end_date.map(|e| clock::fmt(&e)).unwrap_or_default()
                ),
            )
            .hint("cancel the paid subscription waiting to start first"));
        }
        if te <= now {
            return Err(Error::usage(
                "the trial end (--trial-end, trialEndDate) must be in the future",
            ));
        }
        s.trial_end_date = Some(te);
        s.current_billing_period_end = Some(te);
        s.billing_cycle_anchor = te;
        s.trial_ends_soon_notified = te - trial_notice() <= now;
    }
    // The coupon the update sets (none: removed), when it changes it; the period keeps the one
    // it began with.
    let coupon = if req.remove_coupon {
        Some(None)
    } else {
        req.coupon.clone().map(Some)
    };
    if let Some(c) = coupon.filter(|c| *c != s.coupon_id) {
        crate::ops::pricing::keep_period_coupon(&tx.sql, &mut s, now)?;
        s.coupon_applied_at = c.as_ref().map(|_| now);
        s.coupon_id = c;
    }
    if let Some(m) = &req.metadata {
        s.metadata = crate::domain::customers::metadata_values(m);
    }
    let changes_config =
        addons != s.addons || quantities != s.quantities || period != s.billing_period;
    req.recorded.apply(&mut s, now);
    // A request that leaves everything as it is changes nothing: no event, no pricing — but an
    // estimate of it answers (the subscription as it is, nothing to prorate), as the update
    // answers with the subscription.
    if !changes_config && s == before {
        if tx.quoting.estimating {
            let mut est =
                crate::ops::pricing::estimate_change(&tx.sql, &before, &before, now, false, false)?;
            // Nothing to charge or credit now: what recurs is the subscription as it is.
            let zero = Decimal::new(0, est.bill.total.scale());
            est.bill.lines.clear();
            (est.bill.sub_total, est.bill.discount, est.bill.total) = (zero, zero, zero);
            est.proration = None;
            est.bill
                .warnings
                .push("nothing changes: the request leaves the subscription as it is".into());
            quote(tx, &before.subscription_id, &est);
        }
        return Ok((s, None));
    }
    if changes_config && req.schedule == Some(Schedule::EndOfPeriod) {
        let when = s.current_billing_period_end.unwrap_or(now);
        if tx.actor != crate::events::EventActor::Import {
            let after = as_changed(&s, None, period, &addons, &quantities, when);
            let is_down = cheaper(tx, &s, &after)?;
            let est =
                crate::ops::pricing::estimate_change(&tx.sql, &s, &after, when, true, is_down)?;
            quote(tx, &s.subscription_id, &est);
        }
        let schedule_type = update_type(&s, period, &addons, &quantities);
        schedule_change(
            tx,
            &mut s,
            when,
            schedule_type,
            ScheduledChange::Update {
                billing_period: period,
                addons,
                quantities,
            },
        )?;
        return Ok((s, Some(when)));
    }
    let period_changed = period != s.billing_period;
    s.addons = addons;
    s.quantities = quantities;
    s.billing_period = period;
    if changes_config {
        // A later change replaces a pending scheduled one: applied at period end it would
        // silently undo this one.
        s.cancel_pending(now);
    }
    if period_changed && s.status == SubStatus::Active {
        s.billing_cycle_anchor = now;
        set_period(&mut s, now);
        req.recorded.apply(&mut s, now);
    }
    if period_changed {
        reset_usage_on_period_change(tx, &mut s, now)?;
    }
    // An import records subscriptions as they are: not priced.
    if tx.actor != crate::events::EventActor::Import {
        let is_down = cheaper(tx, &before, &s)?;
        let est = crate::ops::pricing::estimate_change(&tx.sql, &before, &s, now, false, is_down)?;
        quote(tx, &s.subscription_id, &est);
    }
    save_updated(tx, &mut s, now, now, json!({}))?;
    if changes_config {
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), now)?;
    }
    Ok((s, None))
}

/// A billing period changed in place: a product whose usage resets on a change
/// (`usageResetOnChange` always or billing-period-change; Stigg's usage cutoff on a
/// subscription update) opens its usage windows at `at` — usage recorded before stays arranged
/// as it was (the subscription keeps a segment of what it granted then).
fn reset_usage_on_period_change(tx: &Tx<'_>, s: &mut Subscription, at: Instant) -> Result<()> {
    let (product, _) =
        catalog_repo::require_simple::<Product>(&tx.sql, EntityKind::Product, &s.product_id)?;
    if product.usage_reset_on_change != crate::domain::catalog::UsageReset::Never {
        s.usage_anchor = Some(at);
    }
    Ok(())
}

/// Cancels pending scheduled changes, which stay on the record as `Canceled` (not a scheduled
/// cancellation: that is `uncancel`).
pub fn cancel_schedule(tx: &mut Tx<'_>, id: &str) -> Result<(Subscription, usize)> {
    let mut s = repo::require(&tx.sql, id)?;
    let n = s.cancel_pending(tx.now);
    if n == 0 {
        return Err(rule(
            "FutureUpdateNotFound",
            format!("subscription '{id}' has no scheduled changes"),
        ));
    }
    s.updated_at = tx.updated_stamp();
    repo::save(tx, &mut s)?;
    let now = tx.now;
    emit_at(tx, EventType::SubscriptionUpdated, &s, now, json!({}))?;
    Ok((s, n))
}

// ---- the time-driven lifecycle ---------------------------------------------------------------

pub struct Lifecycle;

impl DueSource for Lifecycle {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>> {
        repo::next_due(conn, until)
    }

    fn due_for(&self, conn: &rusqlite::Connection, until: Instant, customer: &str) -> Result<bool> {
        repo::due_for(conn, until, customer)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut out = Vec::new();
        for s in repo::due_at(&tx.sql, at)? {
            let id = s.subscription_id.clone();
            out.extend(process_one(tx, s, at)?);
            // Every transition must move the subscription past `at`, or the catch-up would loop.
            if let Some(after) = repo::get(&tx.sql, &id)?
                && after.next_due().is_some_and(|d| d <= at)
            {
                return Err(Error::internal(format!(
                    "subscription '{id}': the transition due at {} did not advance it",
                    clock::fmt(&at)
                )));
            }
        }
        Ok(out)
    }
}

fn describe(s: &Subscription, what: &str) -> String {
    format!(
        "subscription {} ({} {}) {what}",
        s.subscription_id, s.customer_id, s.plan_id
    )
}

fn process_one(tx: &mut Tx<'_>, mut s: Subscription, at: Instant) -> Result<Vec<Transition>> {
    let mut out = Vec::new();
    let tr = |s: &Subscription, kind: &'static str, what: &str| Transition {
        at,
        kind,
        entity_id: s.subscription_id.clone(),
        description: describe(s, what),
    };
    // 1. Start — on the plan's latest published version: a customer starting now is a new
    // customer of that plan (a future-dated plan change resolves the version when it executes).
    if s.status == SubStatus::NotStarted && s.start_date <= at {
        if let Some(latest) = catalog_repo::latest_published_version(&tx.sql, &s.plan_id)?
            && latest > s.plan_version
        {
            s.plan_version = latest;
        }
        s.status = if s.trial_end_date.is_some_and(|te| te > at) {
            SubStatus::InTrial
        } else {
            SubStatus::Active
        };
        if s.status == SubStatus::Active {
            set_period(&mut s, at);
        }
        save_updated(tx, &mut s, at, at, json!({"started": true}))?;
        if s.status == SubStatus::InTrial {
            emit_at(tx, EventType::SubscriptionTrialStarted, &s, at, json!({}))?;
        }
        entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)?;
        out.push(tr(&s, "subscription.started", "started"));
    }
    // 2. Trial-ends-soon notice.
    if s.status == SubStatus::InTrial
        && !s.trial_ends_soon_notified
        && s.trial_end_date.is_some_and(|te| te - trial_notice() <= at)
    {
        s.trial_ends_soon_notified = true;
        repo::save(tx, &mut s)?;
        emit_at(tx, EventType::SubscriptionTrialEndsSoon, &s, at, json!({}))?;
        out.push(tr(
            &s,
            "subscription.trial.ends_soon",
            "trial ends in 7 days",
        ));
    }
    // 3. Scheduled changes.
    // Executed ones stay on the record as `Done` (with the version they resolved to).
    let due: Vec<usize> = (0..s.scheduled_updates.len())
        .filter(|i| {
            let u = &s.scheduled_updates[*i];
            u.is_pending() && u.scheduled_at <= at
        })
        .collect();
    if !due.is_empty() {
        for i in &due {
            let u = &mut s.scheduled_updates[*i];
            u.status = ScheduleStatus::Done;
            u.resolved_at = Some(at);
        }
        for i in due {
            match s.scheduled_updates[i].change.clone() {
                ScheduledChange::Migrate { plan_version } => {
                    // The latest published version when it executes, never an older one.
                    let latest = catalog_repo::latest_published_version(&tx.sql, &s.plan_id)?
                        .unwrap_or(plan_version)
                        .max(plan_version);
                    s.scheduled_updates[i].change = ScheduledChange::Migrate {
                        plan_version: latest,
                    };
                    let blocked = if latest > s.plan_version {
                        check_migration(tx, &s, latest).err()
                    } else {
                        None
                    };
                    if let Some(e) = blocked {
                        // The version published since no longer offers what the subscription
                        // has: it stays where it is, and the schedule says it did not run.
                        s.scheduled_updates[i].status = ScheduleStatus::Canceled;
                        save_updated(tx, &mut s, at, at, json!({}))?;
                        out.push(tr(
                            &s,
                            "subscription.updated",
                            &format!("scheduled migration skipped: {}", e.message),
                        ));
                    } else if latest > s.plan_version {
                        apply_migration(tx, &mut s, latest, at)?;
                        out.push(tr(
                            &s,
                            "subscription.updated",
                            &format!("migrated to v{latest}"),
                        ));
                    } else {
                        save_updated(tx, &mut s, at, at, json!({}))?;
                        out.push(tr(
                            &s,
                            "subscription.updated",
                            &format!(
                                "scheduled migration skipped: already on v{}",
                                s.plan_version
                            ),
                        ));
                    }
                }
                ScheduledChange::Update {
                    billing_period,
                    addons,
                    quantities,
                } => {
                    let before = s.clone();
                    let period_changed = billing_period != s.billing_period;
                    s.billing_period = billing_period;
                    s.addons = addons;
                    s.quantities = quantities;
                    if period_changed {
                        s.billing_cycle_anchor = at;
                        set_period(&mut s, at);
                        reset_usage_on_period_change(tx, &mut s, at)?;
                    }
                    // Its event records the pricing its estimate showed (a scheduled change).
                    let is_down = cheaper(tx, &before, &s)?;
                    let est = crate::ops::pricing::estimate_change(
                        &tx.sql, &before, &s, at, true, is_down,
                    )?;
                    quote(tx, &s.subscription_id, &est);
                    save_updated(tx, &mut s, at, at, json!({}))?;
                    entitlements_changed(tx, &s.customer_id, s.resource_id.as_deref(), at)?;
                    out.push(tr(&s, "subscription.updated", "scheduled update applied"));
                }
                ScheduledChange::PlanChange {
                    plan_id,
                    plan_version,
                    billing_period,
                    addons,
                    quantities,
                    subscription_id,
                } => {
                    // The plan's latest published version when the change executes.
                    let plan_version = catalog_repo::latest_published_version(&tx.sql, &plan_id)?
                        .unwrap_or(plan_version)
                        .max(plan_version);
                    if let ScheduledChange::PlanChange {
                        plan_version: executed,
                        ..
                    } = &mut s.scheduled_updates[i].change
                    {
                        *executed = plan_version;
                    }
                    let is_down =
                        s.scheduled_updates[i].schedule_type(&s) == ScheduleType::Downgrade;
                    let old = s.clone();
                    out.extend(end_subscription(
                        tx,
                        old.clone(),
                        at,
                        SubStatus::Canceled,
                        "UpgradeOrDowngrade",
                        false,
                    )?);
                    let body = catalog_repo::require_version(&tx.sql, &plan_id, plan_version)?.body;
                    let (product, _) = catalog_repo::require_simple::<Product>(
                        &tx.sql,
                        EntityKind::Product,
                        &old.product_id,
                    )?;
                    let usage_anchor = old
                        .usage_anchor_for_successor(product.usage_reset_on_change, billing_period);
                    let n = start_successor(
                        tx,
                        &old,
                        Successor {
                            plan_id: plan_id.clone(),
                            plan_version,
                            pricing_type: body.pricing_type,
                            billing_period,
                            addons,
                            quantities,
                            coupon_id: old.coupon_id.clone(),
                            id: subscription_id,
                            // The customer's own scheduled cancellation outlives the change.
                            end: old
                                .end_date
                                .filter(|e| {
                                    *e > at
                                        && old.cancel_reason.as_deref()
                                            == Some("ScheduledCancellation")
                                })
                                .map(|e| (e, "ScheduledCancellation")),
                            usage_anchor,
                            priced_change: Some(is_down),
                        },
                        at,
                    )?;
                    out.push(tr(
                        &n,
                        "subscription.created",
                        &format!("scheduled change to {plan_id} applied"),
                    ));
                    return Ok(out);
                }
            }
        }
    }
    // 4. End of a fixed term or a scheduled cancellation.
    if s.is_live() && s.end_date.is_some_and(|e| e <= at) {
        let reason = s
            .cancel_reason
            .clone()
            .unwrap_or_else(|| "ScheduledCancellation".into());
        let (status, end_setup) = match reason.as_str() {
            "TrialConverted" => {
                converted_by_purchase(tx, &s, at, tx.updated_stamp())?;
                (SubStatus::Canceled, false)
            }
            "Expired" => (SubStatus::Expired, true),
            // Replaced by a successor starting now (a future-dated plan change).
            "UpgradeOrDowngrade" => (SubStatus::Canceled, false),
            _ => (SubStatus::Canceled, true),
        };
        out.extend(end_subscription(tx, s, at, status, &reason, end_setup)?);
        return Ok(out);
    }
    // 5. Trial end.
    if s.status == SubStatus::InTrial && s.trial_end_date.is_some_and(|te| te <= at) {
        let plan = catalog_repo::require_version(&tx.sql, &s.plan_id, s.plan_version)?;
        match plan.body.trial_end() {
            TrialEnd::ConvertToPaid => {
                s.status = SubStatus::Active;
                // Billing steps from the trial's end (an imported subscription whose trial had
                // ended keeps the later anchor its source moved it to).
                let te = s.trial_end_date.unwrap_or(at);
                if s.billing_cycle_anchor < te {
                    s.billing_cycle_anchor = te;
                }
                set_period(&mut s, at);
                s.updated_at = at;
                repo::save(tx, &mut s)?;
                emit_at(
                    tx,
                    EventType::SubscriptionTrialConverted,
                    &s,
                    at,
                    json!({"reason": "TRIAL_ENDED"}),
                )?;
                out.push(tr(
                    &s,
                    "subscription.trial_converted",
                    "trial converted to paid",
                ));
            }
            TrialEnd::Cancel => {
                // The event shows the subscription as the trial's end leaves it (expired).
                let mut ended = s.clone();
                mark_ended(
                    &mut ended,
                    at,
                    SubStatus::Expired,
                    "TrialEnded",
                    tx.updated_stamp(),
                );
                emit_at(
                    tx,
                    EventType::SubscriptionTrialExpired,
                    &ended,
                    at,
                    json!({}),
                )?;
                out.extend(end_subscription(
                    tx,
                    s,
                    at,
                    SubStatus::Expired,
                    "TrialEnded",
                    true,
                )?);
                return Ok(out);
            }
        }
    }
    // 6. Renewal.
    if s.status == SubStatus::Active && s.current_billing_period_end.is_some_and(|e| e <= at) {
        set_period(&mut s, at);
        save_updated(tx, &mut s, at, at, json!({"renewed": true}))?;
        out.push(tr(
            &s,
            "subscription.renewed",
            &format!(
                "renewed until {}",
                s.current_billing_period_end
                    .map(|e| clock::fmt(&e))
                    .unwrap_or_default()
            ),
        ));
    }
    if out.is_empty() {
        // Nothing matched (a stale index entry): re-save so the index is recomputed.
        repo::save(tx, &mut s)?;
    }
    Ok(out)
}

/// Customer archive: live subscriptions end now, reason CustomerArchived, no downgrade.
pub fn end_for_archive(tx: &mut Tx<'_>, s: Subscription, at: Instant) -> Result<()> {
    end_subscription(tx, s, at, SubStatus::Canceled, "CustomerArchived", false)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An import's event payload written from the stored body is the lean view the general
    /// path stores, for every subscription the fast path takes; the others are declined.
    #[test]
    fn an_imports_payload_is_the_lean_view() {
        let base: Subscription = serde_json::from_value(json!({
            "subscriptionId": "s\"1", "customerId": "c", "productId": "p", "planId": "x",
            "planVersion": 2, "pricingType": "PAID", "status": "ACTIVE",
            "billingPeriod": "MONTHLY", "startDate": "2026-01-01T00:00:00Z",
            "billingCycleAnchor": "2026-01-01T00:00:00Z",
            "currentBillingPeriodStart": "2026-01-01T00:00:00Z",
            "currentBillingPeriodEnd": "2026-02-01T00:00:00Z",
            "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00.5Z"
        }))
        .unwrap();
        let t = |s: &str| clock::parse_instant(s).unwrap();
        let mut ended = base.clone();
        ended.status = SubStatus::Expired;
        ended.end_date = Some(t("2026-03-01T00:00:00Z"));
        ended.trial_end_date = Some(t("2026-01-10T00:00:00Z"));
        ended.cancel_reason = Some("Expired".into());
        ended.resource_id = Some("r".into());
        ended.metadata = [("k".to_string(), "v".to_string())].into();
        ended.addons = vec![SubAddon {
            addon_id: "a".into(),
            version: 1,
            quantity: 2,
        }];
        let mut revoked = base.clone();
        revoked.entitlements_revoked = true;
        let mut trial = base.clone();
        trial.status = SubStatus::InTrial;
        trial.trial_end_date = Some(t("2026-01-15T00:00:00Z"));
        let customer = json!({"id": "c", "name": null, "email": "e@x.io"});
        let plan = json!({"id": "x", "name": "X \u{e9}", "version": 2});
        for s in [base.clone(), ended, revoked, trial] {
            let mut entity = view(&s);
            entity["customer"] = customer.clone();
            entity["plan"] = plan.clone();
            let general = crate::events::stored_fields(
                &NewEvent {
                    event_type: EventType::SubscriptionCreated,
                    entity_type: EventEntityType::Subscription,
                    entity_id: s.subscription_id.clone(),
                    entity,
                },
                true,
            );
            assert_eq!(
                import_payload(&s, &customer, &plan).unwrap().as_deref(),
                Some(general.as_str())
            );
        }
        let mut anchored = base;
        anchored.usage_anchor = Some(t("2025-12-01T00:00:00Z"));
        assert_eq!(import_payload(&anchored, &customer, &plan).unwrap(), None);
        // `entitlements.updated`, with and without a resource.
        let at = t("2026-01-02T03:04:05.5Z");
        let actor = crate::events::EventActor::Import;
        for resource in [None, Some("r\"1")] {
            let general = crate::events::stored_fields(
                &NewEvent {
                    event_type: EventType::EntitlementsUpdated,
                    entity_type: EventEntityType::Entitlement,
                    entity_id: "c".into(),
                    entity: entitlements_entity("c\u{e9}", resource, None, at, actor),
                },
                true,
            );
            assert_eq!(
                lean_entitlements_payload("c\u{e9}", resource, at, actor).unwrap(),
                general
            );
        }
    }
}
