//! Entitlement checks and lists, and promotional entitlements (grant, revoke, expiry).

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

use crate::clock::{self, Instant, Span};
use crate::domain::catalog::*;
use crate::domain::entitlements::{self as ent, DenyReason, Source, SourceRef};
use crate::domain::subscriptions::Subscription;
use crate::error::{Error, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::ops::catchup::{DueSource, Transition};
use crate::store::catalog as catalog_repo;
use crate::store::customers::{self as customer_repo, Promotion};
use crate::store::{Tx, events, subscriptions as sub_repo};

/// A plan version's body followed by its parents' (pinned versions), child first.
pub fn plan_chain(
    conn: &rusqlite::Connection,
    plan: &str,
    version: u32,
) -> Result<Vec<std::rc::Rc<PackageBody>>> {
    let mut out = Vec::new();
    let mut next = Some((plan.to_string(), Some(version)));
    while let Some((id, v)) = next.take() {
        if out.len() > 64 {
            break;
        }
        // (A version named — by the subscription or a child version — must be there.)
        let row = match v {
            Some(n) => catalog_repo::require_version(conn, &id, n)?,
            None => match catalog_repo::latest_published_version(conn, &id)? {
                Some(n) => catalog_repo::require_version(conn, &id, n)?,
                None => break,
            },
        };
        next = row.body.parent.clone().map(|p| (p, row.parent_version));
        out.push(row.body);
    }
    Ok(out)
}

/// What a subscription grants, memoised by what decides it (plan version, quantities, add-ons
/// bought): a bulk import gathers thousands of customers on a handful of plans, and reads and
/// parses each catalog version once instead of once per customer.
type Grants = (
    BTreeMap<String, Entitlement>,
    BTreeMap<String, Vec<ent::Part>>,
    BTreeMap<String, String>,
);

#[derive(Default)]
pub struct GrantCache(std::collections::HashMap<String, Grants>);

fn subscription_grants(conn: &rusqlite::Connection, s: &Subscription) -> Result<Grants> {
    let chain = plan_chain(conn, &s.plan_id, s.plan_version)?;
    let mut addons = Vec::new();
    for a in &s.addons {
        let v = catalog_repo::require_version(conn, &a.addon_id, a.version)?;
        addons.push((a, v.body));
    }
    let chain_refs: Vec<&PackageBody> = chain.iter().map(|b| &**b).collect();
    let bought: Vec<ent::BoughtAddon<'_>> = addons
        .iter()
        .map(|(a, body)| ent::BoughtAddon {
            addon_id: &a.addon_id,
            version: a.version,
            quantity: a.quantity,
            body,
        })
        .collect();
    let (entitlements, parts) = ent::subscription_entitlements(&chain_refs, &s.quantities, &bought);
    // What the plan version prices in credits: its own price for a feature, else the nearest
    // parent's (as consumption finds it).
    let mut credit_prices = BTreeMap::new();
    for body in &chain {
        for p in &body.prices {
            if p.model == crate::domain::catalog::PriceModel::Credits
                && let Some(f) = &p.feature
            {
                credit_prices
                    .entry(f.clone())
                    .or_insert_with(|| p.currency.clone());
            }
        }
    }
    Ok((entitlements, parts, credit_prices))
}

/// The limit of each feature a subscription's plan version, add-ons and quantities grant
/// (pricing: overage is what goes beyond it).
pub fn subscription_limits(
    conn: &rusqlite::Connection,
    s: &Subscription,
) -> Result<BTreeMap<String, crate::domain::catalog::Limit>> {
    Ok(subscription_entitlements(conn, s)?
        .into_iter()
        .map(|(f, e)| (f, e.limit))
        .collect())
}

/// Each feature's entitlement as a subscription's plan version, add-ons and quantities grant
/// it (no promotions, no other subscriptions).
pub fn subscription_entitlements(
    conn: &rusqlite::Connection,
    s: &Subscription,
) -> Result<BTreeMap<String, Entitlement>> {
    Ok(subscription_grants(conn, s)?.0)
}

/// What decides what a subscription grants: its plan version, quantities and add-ons bought.
pub fn grant_key(s: &Subscription) -> String {
    let mut key = format!("{}\u{0}{}", s.plan_id, s.plan_version);
    for q in &s.quantities {
        key.push_str(&format!("\u{0}q{}={}", q.feature_id, q.quantity));
    }
    for a in &s.addons {
        key.push_str(&format!(
            "\u{0}a{}@{}x{}",
            a.addon_id, a.version, a.quantity
        ));
    }
    key
}

fn subscription_source(
    conn: &rusqlite::Connection,
    s: &Subscription,
    cache: Option<&mut GrantCache>,
) -> Result<Source> {
    // A single check has nothing to reuse: no key is built and nothing is copied.
    let (entitlements, parts, credit_prices) = match cache {
        None => subscription_grants(conn, s)?,
        Some(cache) => {
            let key = grant_key(s);
            match cache.0.get(&key) {
                Some(g) => g.clone(),
                None => {
                    let g = subscription_grants(conn, s)?;
                    cache.0.insert(key, g.clone());
                    g
                }
            }
        }
    };
    Ok(Source {
        source: SourceRef {
            source_type: "PLAN",
            id: s.plan_id.clone(),
            subscription_id: Some(s.subscription_id.clone()),
            version: Some(s.plan_version),
        },
        started_at: s.start_date,
        usage_anchor: s.usage_anchor(),
        entitlements,
        parts,
        credit_prices,
    })
}

/// Everything that grants in scope: live subscriptions (a resource sees its own plus the
/// customer-level ones) and active promotions; revoked subscriptions separately.
pub struct Gathered {
    pub sources: Vec<Source>,
    pub revoked: Vec<Source>,
    /// Every instant at which what is gathered can change (subscription starts and ends,
    /// promotion grants and ends): between two of them the answer is the same at any instant.
    pub boundaries: Vec<Instant>,
}

pub fn gather(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    resource: Option<&str>,
) -> Result<Gathered> {
    gather_with(conn, now, customer, resource, None)
}

/// `gather`, reusing what earlier calls worked out for the same plan versions.
pub fn gather_cached(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    resource: Option<&str>,
    cache: &mut GrantCache,
) -> Result<Gathered> {
    gather_with(conn, now, customer, resource, Some(cache))
}

fn gather_with(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    resource: Option<&str>,
    mut cache: Option<&mut GrantCache>,
) -> Result<Gathered> {
    let mut sources = Vec::new();
    let mut revoked = Vec::new();
    let mut boundaries = Vec::new();
    for s in sub_repo::for_customer(conn, customer)? {
        let in_scope = s.resource_id.is_none() || s.resource_id.as_deref() == resource;
        if in_scope {
            boundaries.push(s.start_date);
            boundaries.extend(s.end_date);
            boundaries.extend(s.segments.iter().map(|g| g.until));
        }
        // What it granted at `now` (before a change made in place since, what it granted then).
        let s = s.as_of(now);
        // The subscriptions that were live at `now` (usually the present; an earlier instant
        // for usage recorded late): started, and not yet ended then.
        let live_then = s.status != crate::domain::subscriptions::SubStatus::NotStarted
            && s.start_date <= now
            && s.end_date.is_none_or(|e| now < e)
            && (s.is_live() || s.end_date.is_some());
        if !in_scope || !live_then {
            continue;
        }
        let src = subscription_source(conn, &s, cache.as_deref_mut())?;
        if s.entitlements_revoked {
            revoked.push(src)
        } else {
            sources.push(src)
        }
    }
    for p in customer_repo::promotions(conn, customer)? {
        boundaries.push(p.granted_at);
        boundaries.extend(p.expires_at);
        boundaries.extend(p.ended_at);
        if p.granted_at_instant(now) {
            sources.push(Source {
                source: SourceRef {
                    source_type: "PROMOTIONAL",
                    id: p.feature_id.clone(),
                    subscription_id: None,
                    version: None,
                },
                started_at: p.granted_at,
                usage_anchor: p.granted_at,
                entitlements: BTreeMap::from([(p.feature_id.clone(), p.entitlement.clone())]),
                parts: BTreeMap::new(),
                credit_prices: BTreeMap::new(),
            });
        }
    }
    Ok(Gathered {
        sources,
        revoked,
        boundaries,
    })
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    #[serde(flatten)]
    pub source: SourceRef,
    /// ADDON sources: which add-on, how many bought, and how it combines with the plan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub behavior: Option<&'static str>,
    pub usage_limit: Option<Decimal>,
    pub has_unlimited_usage: bool,
    pub has_soft_limit: bool,
    /// Enum features: the values this source grants (the answer is their union).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<String>,
    pub is_winner: bool,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct CheckView {
    pub customer_id: String,
    pub feature_id: String,
    pub resource_id: Option<String>,
    pub has_access: bool,
    pub is_granted: bool,
    pub access_denied_reason: Option<DenyReason>,
    pub feature_type: Option<&'static str>,
    pub meter_type: Option<&'static str>,
    pub usage_limit: Option<Decimal>,
    pub has_unlimited_usage: bool,
    pub has_soft_limit: bool,
    pub current_usage: Decimal,
    pub requested_usage: Decimal,
    pub enum_values: Vec<String>,
    pub reset_period: Option<&'static str>,
    pub usage_period_start: Option<String>,
    pub usage_period_end: Option<String>,
    pub next_reset_date: Option<String>,
    pub sources: Vec<SourceView>,
    /// Stigg's name for `hasUnlimitedUsage` (both are printed).
    pub is_unlimited: bool,
    /// The instant the usage windows are counted from (the winning source's start, or the
    /// calendar boundary of a start-of-month / every-<weekday> reset).
    pub usage_period_anchor: Option<String>,
    /// When the winning grant ends (a subscription's scheduled end, a promotion's end); null
    /// while it runs on.
    pub valid_until: Option<String>,
    /// When the effective entitlement last changed (the latest change to a contributing
    /// subscription, or grant of a contributing promotion).
    pub entitlement_updated_at: Option<String>,
    pub requested_values: Vec<String>,
}

pub struct CheckRequest {
    pub customer: String,
    pub feature: String,
    pub resource: Option<String>,
    pub requested_usage: Decimal,
    pub requested_values: Vec<String>,
}

fn denied(req: &CheckRequest, reason: DenyReason, feature: Option<&Feature>) -> CheckView {
    CheckView {
        customer_id: req.customer.clone(),
        feature_id: req.feature.clone(),
        resource_id: req.resource.clone(),
        has_access: false,
        is_granted: false,
        access_denied_reason: Some(reason),
        feature_type: feature.map(|f| f.feature_type.wire()),
        meter_type: feature.map(|f| f.meter_type.wire()),
        usage_limit: None,
        has_unlimited_usage: false,
        has_soft_limit: false,
        current_usage: Decimal::ZERO,
        requested_usage: req.requested_usage,
        enum_values: vec![],
        reset_period: None,
        usage_period_start: None,
        usage_period_end: None,
        next_reset_date: None,
        sources: vec![],
        is_unlimited: false,
        usage_period_anchor: None,
        valid_until: None,
        entitlement_updated_at: None,
        requested_values: req.requested_values.clone(),
    }
}

pub fn check(conn: &rusqlite::Connection, now: Instant, req: &CheckRequest) -> Result<CheckView> {
    // An id no record can have is a bad value (exit 2), not an answer: a well-formed one that
    // is not stored is answered (`CustomerNotFound`, `FeatureNotFound`, …) as Stigg answers.
    crate::store::valid_id("customer", &req.customer)?;
    crate::store::valid_id("feature", &req.feature)?;
    if let Some(r) = &req.resource {
        crate::store::valid_id("resource", r)?;
    }
    let Some((_, meta)) = customer_repo::get(conn, &req.customer)? else {
        return Ok(denied(req, DenyReason::CustomerNotFound, None));
    };
    if meta.archived_at.is_some() {
        return Ok(denied(req, DenyReason::CustomerIsArchived, None));
    }
    if let Some(r) = &req.resource
        && !customer_repo::resource_exists(conn, &req.customer, r)?
    {
        return Ok(denied(req, DenyReason::CustomerResourceNotFound, None));
    }
    let Some((feature, _)) =
        catalog_repo::get_simple::<Feature>(conn, EntityKind::Feature, &req.feature)?
    else {
        return Ok(denied(req, DenyReason::FeatureNotFound, None));
    };
    let g = gather(conn, now, &req.customer, req.resource.as_deref())?;
    let merged = ent::merge(&g.sources);
    // No live subscription (promotions of other features aside): the first reason that
    // applies is that one, not a missing entitlement.
    let subscribed = g.sources.iter().any(|s| s.source.subscription_id.is_some());
    if g.revoked.is_empty() && !subscribed && !merged.contains_key(&feature.id) {
        return Ok(denied(
            req,
            DenyReason::NoActiveSubscription,
            Some(&feature),
        ));
    }
    decide_view(conn, now, req, &feature, &g, &merged)
}

/// The decision and its view, from sources already gathered and merged.
fn decide_view(
    conn: &rusqlite::Connection,
    now: Instant,
    req: &CheckRequest,
    feature: &Feature,
    g: &Gathered,
    merged: &BTreeMap<String, ent::Effective>,
) -> Result<CheckView> {
    let eff = merged.get(&feature.id);
    let revoked_had_it = g
        .revoked
        .iter()
        .any(|s| s.entitlements.contains_key(&feature.id));
    // The window the winning entitlement says, as usage is counted in it (a check reads one
    // row); a calendar window opened inside its period counts from the opening.
    let winner = eff.map(|e| (&e.entitlement, g.sources[e.winner].usage_anchor));
    let key =
        crate::ops::usage::window_key(&req.customer, req.resource.as_deref(), feature, winner, now);
    // The period shown is the calendar one (a subscription that started on the 20th of a
    // start-of-month plan is in the period from the 1st), though counting begins at the anchor.
    let (window, reset) = match eff.and_then(|e| e.entitlement.reset.as_ref().map(|r| (e, r))) {
        Some((e, r)) => (
            Some(crate::domain::periods::usage_window(
                r.period,
                &r.anchor,
                g.sources[e.winner].usage_anchor,
                now,
            )),
            Some(r.period),
        ),
        None => (None, None),
    };
    let usage = if feature.is_metered() {
        crate::ops::usage::current(conn, &key)?
    } else {
        Decimal::ZERO
    };
    let mut reason = ent::decide(
        feature,
        eff,
        revoked_had_it,
        usage,
        req.requested_usage,
        &req.requested_values,
    );
    // A feature the plan prices in credits, under a hard entitlement: no access once the
    // balance is spent (usage that arrives anyway is still recorded, in overdraft).
    if reason.is_none()
        && feature.is_metered()
        && let Some(e) = eff
        && !e.entitlement.soft
        && let Some(currency) = g
            .sources
            .iter()
            .find_map(|s| s.credit_prices.get(&feature.id))
        && crate::store::credits::balance(
            conn,
            &crate::store::credits::PoolKey {
                customer_id: req.customer.clone(),
                currency_id: currency.clone(),
                resource_id: req.resource.clone().unwrap_or_default(),
            },
        )? <= Decimal::ZERO
    {
        reason = Some(DenyReason::InsufficientCredits);
    }
    let mut v = denied(req, DenyReason::CustomerNotFound, Some(feature));
    v.access_denied_reason = reason;
    v.has_access = reason.is_none();
    v.current_usage = usage.normalize();
    if let Some(e) = eff {
        v.is_granted = true;
        v.usage_limit = match e.entitlement.limit {
            Limit::Limited(l) => Some(l),
            _ => None,
        };
        v.has_unlimited_usage = e.entitlement.limit == Limit::Unlimited;
        v.has_soft_limit = e.entitlement.soft;
        v.enum_values = e.entitlement.values.clone();
        v.reset_period = reset.map(|r| r.wire());
        if let Some((s, end)) = window {
            v.usage_period_start = Some(clock::fmt(&s));
            // A window the calendar ends first (December 9999) has no end or reset in it.
            let end = clock::within_calendar(end);
            v.usage_period_end = end.as_ref().map(clock::fmt);
            v.next_reset_date = end.as_ref().map(clock::fmt);
        }
        v.sources = e
            .contributors
            .iter()
            // An enum's answer is the union of every source's values: each one granting
            // values makes it (the promotion granting the value asked for was not marked).
            .flat_map(|(i, own)| {
                let makes = *i == e.winner
                    || (feature.feature_type == FeatureType::Enum && !own.values.is_empty());
                source_views(&g.sources[*i], &feature.id, own, makes)
            })
            .collect();
    }
    if let Some(e) = eff {
        let winner = &g.sources[e.winner];
        v.is_unlimited = v.has_unlimited_usage;
        v.usage_period_anchor = match (&e.entitlement.reset, window) {
            (Some(r), Some((start, _))) if r.anchor != ANCHOR_SUBSCRIPTION_START => {
                Some(clock::fmt(&start))
            }
            (Some(_), _) => Some(clock::fmt(&winner.usage_anchor)),
            (None, _) => None,
        };
        let (valid_until, _) = source_times(conn, &req.customer, &feature.id, &winner.source)?;
        v.valid_until = valid_until.map(|t| clock::fmt(&t));
        let mut updated: Option<Instant> = None;
        for (i, _) in &e.contributors {
            let (_, at) = source_times(conn, &req.customer, &feature.id, &g.sources[*i].source)?;
            updated = updated.max(at);
        }
        v.entitlement_updated_at = updated.map(|t| clock::fmt(&t));
    }
    Ok(v)
}

/// A contributing source as listed in `sources`: a subscription as its plan part plus one
/// `ADDON` entry per add-on touching the feature (each flagged with its subscription's win), a
/// promotion as itself.
fn source_views(src: &Source, feature: &str, own: &Entitlement, winner: bool) -> Vec<SourceView> {
    let view = |source: SourceRef,
                e: &Entitlement,
                addon: Option<&ent::AddonPart>,
                counts: bool| SourceView {
        source,
        addon_id: addon.map(|a| a.addon_id.clone()),
        quantity: addon.map(|a| a.quantity),
        behavior: addon.map(|a| a.behavior.wire()),
        usage_limit: match e.limit {
            Limit::Limited(l) => Some(l),
            _ => None,
        },
        has_unlimited_usage: e.limit == Limit::Unlimited,
        has_soft_limit: e.soft,
        enum_values: e.values.clone(),
        // A part wins with its subscription, when it counts in the combined value.
        is_winner: winner && counts,
    };
    match src.parts.get(feature) {
        None => vec![view(src.source.clone(), own, None, true)],
        Some(parts) => parts
            .iter()
            .map(|p| match &p.addon {
                None => view(src.source.clone(), &p.entitlement, None, p.counts),
                Some(a) => view(
                    SourceRef {
                        source_type: "ADDON",
                        id: a.addon_id.clone(),
                        subscription_id: src.source.subscription_id.clone(),
                        version: Some(a.version),
                    },
                    &p.entitlement,
                    Some(a),
                    p.counts,
                ),
            })
            .collect(),
    }
}

/// A source's end (when its grant stops, if scheduled) and when it last changed.
fn source_times(
    conn: &rusqlite::Connection,
    customer: &str,
    feature: &str,
    source: &SourceRef,
) -> Result<(Option<Instant>, Option<Instant>)> {
    if let Some(id) = &source.subscription_id {
        return Ok(match sub_repo::get(conn, id)? {
            Some(s) => (s.end_date, Some(s.updated_at)),
            None => (None, None),
        });
    }
    Ok(customer_repo::promotions(conn, customer)?
        .into_iter()
        .find(|p| p.feature_id == feature && p.ended_at.is_none())
        .map(|p| (p.expires_at, Some(p.granted_at)))
        .unwrap_or((None, None)))
}

/// Every feature the customer has in scope, with its decision at requested usage 0.
pub fn list(
    conn: &rusqlite::Connection,
    now: Instant,
    customer: &str,
    resource: Option<&str>,
) -> Result<Vec<CheckView>> {
    let meta = customer_repo::require_meta(conn, customer)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{customer}' is archived"),
        ));
    }
    if let Some(r) = resource {
        crate::ops::usage::require_resource(conn, customer, r)?;
    }
    let g = gather(conn, now, customer, resource)?;
    let merged = ent::merge(&g.sources);
    let mut out = Vec::new();
    for f in merged.keys() {
        let req = CheckRequest {
            customer: customer.to_string(),
            feature: f.clone(),
            resource: resource.map(str::to_string),
            requested_usage: Decimal::ZERO,
            requested_values: vec![],
        };
        // Sources are gathered and merged once for the whole list.
        if let Some((feature, _)) =
            catalog_repo::get_simple::<Feature>(conn, EntityKind::Feature, f)?
        {
            out.push(decide_view(conn, now, &req, &feature, &g, &merged)?);
        }
    }
    Ok(out)
}

// ---- promotional entitlements ----------------------------------------------------------------

pub enum PromoLength {
    Span(Span),
    Lifetime,
    Until(Instant),
}

/// Stigg's PromotionalEntitlementStatus: `Active` while it grants, `Expired` once ended
/// (`endReason` says whether it ran out or was revoked: Stigg deletes a revoked promotion).
pub fn promotion_status(p: &Promotion) -> &'static str {
    if p.ended_at.is_some() {
        "Expired"
    } else {
        "Active"
    }
}

/// Stigg's PromotionalEntitlementPeriod of a grant: the preset its length matches (`ONE_WEEK`,
/// `ONE_MONTH`, `SIX_MONTH`, `ONE_YEAR`), `LIFETIME` without an end, else `CUSTOM`.
pub fn promotion_period(p: &Promotion) -> &'static str {
    let Some(end) = p.expires_at else {
        return "LIFETIME";
    };
    let presets = [
        (Span::Seconds(7 * 86_400), "ONE_WEEK"),
        (Span::Months(1), "ONE_MONTH"),
        (Span::Months(6), "SIX_MONTH"),
        (Span::Months(12), "ONE_YEAR"),
    ];
    presets
        .into_iter()
        .find(|(span, _)| clock::add_span(p.granted_at, *span) == Some(end))
        .map(|(_, name)| name)
        .unwrap_or("CUSTOM")
}

fn promo_json(p: &Promotion) -> serde_json::Value {
    json!({
        "customerId": p.customer_id,
        "featureId": p.feature_id,
        "usageLimit": match p.entitlement.limit { Limit::Limited(l) => Some(l), _ => None },
        "hasUnlimitedUsage": p.entitlement.limit == Limit::Unlimited,
        "hasSoftLimit": p.entitlement.soft,
        "resetPeriod": p.entitlement.reset.as_ref().map(|r| r.period.wire()),
        "resetPeriodConfiguration": p
            .entitlement
            .reset
            .as_ref()
            .and_then(reset_period_configuration)
            .map(|(k, v)| json!({ k: v })),
        "enumValues": p.entitlement.values,
        "grantedAt": clock::fmt(&p.granted_at),
        "startDate": clock::fmt(&p.granted_at),
        // When it ended (a revoke ends it then), else when it will.
        "endDate": p.ended_at.or(p.expires_at).map(|e| clock::fmt(&e)),
        "period": promotion_period(p),
        "isVisible": true,
        "status": promotion_status(p),
        "endReason": p.end_reason,
    })
}

pub fn promotion_view(p: &Promotion) -> serde_json::Value {
    promo_json(p)
}

fn emit(tx: &mut Tx<'_>, t: EventType, p: &Promotion, at: Instant) -> Result<()> {
    events::append_at(
        tx,
        &NewEvent {
            event_type: t,
            entity_type: EventEntityType::PromotionalEntitlement,
            entity_id: p.customer_id.clone(),
            entity: promo_json(p),
        },
        at,
    )?;
    crate::ops::subscriptions::entitlements_changed(tx, &p.customer_id, None, at)
}

pub fn grant(
    tx: &mut Tx<'_>,
    customer: &str,
    feature_id: &str,
    e: Entitlement,
    length: PromoLength,
) -> Result<Promotion> {
    let now = tx.now;
    let meta = customer_repo::require_meta(&tx.sql, customer)?;
    if meta.archived_at.is_some() {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{customer}' is archived"),
        ));
    }
    let (feature, fmeta) =
        catalog_repo::require_simple::<Feature>(&tx.sql, EntityKind::Feature, feature_id)?;
    // As an archived plan, add-on or coupon: no new use (a promotion granted before stays).
    if fmeta.archived_at.is_some() {
        return Err(Error::rejected(
            "EntityIsArchivedError",
            format!("feature '{feature_id}' is archived: no new promotions"),
        )
        .hint(format!("`stigg-cli feature unarchive {feature_id}` first")));
    }
    check_promo_shape(&feature, &e)?;
    // Enum values are a set: one given twice is a mistake, said (as a repeated id is).
    if let Some(v) = crate::domain::first_repeat(&e.values, String::clone) {
        return Err(Error::usage(format!("--values lists '{v}' twice")));
    }
    let expires_at = match length {
        PromoLength::Lifetime => None,
        PromoLength::Span(s) => {
            Some(clock::add_span(now, s).ok_or_else(|| {
                Error::rejected(
                    "InstantOutOfRange",
                    "the promotion would end after 9999-12-31, outside the supported range; nothing was changed",
                )
            })?)
        }
        PromoLength::Until(t) => {
            if t <= now {
                return Err(Error::usage(format!(
                    "--until {} is not in the future",
                    clock::fmt(&t)
                )));
            }
            Some(t)
        }
    };
    let active = customer_repo::promotions(&tx.sql, customer)?
        .into_iter()
        .find(|p| p.feature_id == feature_id && p.is_active(now));
    // Restated as it is (same grant, same end): nothing changes, nothing is logged.
    if let Some(a) = active
        .as_ref()
        .filter(|a| a.entitlement == e && a.expires_at == expires_at)
    {
        return Ok(a.clone());
    }
    let replacing = active.is_some();
    let p = Promotion {
        customer_id: customer.to_string(),
        feature_id: feature_id.to_string(),
        entitlement: e,
        granted_at: now,
        expires_at,
        ended_at: None,
        end_reason: None,
    };
    customer_repo::upsert_promotion(tx, &p)?;
    emit(
        tx,
        if replacing {
            EventType::PromotionalEntitlementUpdated
        } else {
            EventType::PromotionalEntitlementGranted
        },
        &p,
        now,
    )?;
    Ok(p)
}

fn check_promo_shape(f: &Feature, e: &Entitlement) -> Result<()> {
    let bad = |m: String| Err(Error::usage(m));
    match f.feature_type {
        FeatureType::Boolean if e.limit != Limit::None || !e.values.is_empty() => bad(format!(
            "'{}' is a boolean feature: no limit or values",
            f.id
        )),
        FeatureType::Number if e.limit == Limit::None => bad(format!(
            "'{}' is a number feature: pass --limit N or --unlimited",
            f.id
        )),
        FeatureType::Enum
            if e.values.is_empty()
                || e.values
                    .iter()
                    .any(|v| !f.enum_values.iter().any(|x| &x.value == v)) =>
        {
            let allowed = f
                .enum_values
                .iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let unknown: Vec<&str> = e
                .values
                .iter()
                .filter(|v| !f.enum_values.iter().any(|x| &x.value == *v))
                .map(String::as_str)
                .collect();
            bad(if unknown.is_empty() {
                format!(
                    "'{}' is an enum feature: pass --values from {allowed}",
                    f.id
                )
            } else {
                format!(
                    "'{}' has no value '{}': --values takes {allowed}",
                    f.id,
                    unknown.join("', '")
                )
            })
        }
        _ if e.reset.is_some() && !(f.is_metered() && f.meter_type == MeterType::Incremental) => {
            bad("--reset applies to incremental metered features".into())
        }
        _ if e.soft && !f.is_metered() => bad("--soft applies to metered features".into()),
        _ => Ok(()),
    }
}

pub fn revoke(tx: &mut Tx<'_>, customer: &str, feature_id: &str) -> Result<Promotion> {
    let now = tx.now;
    crate::store::valid_id("feature", feature_id)?;
    // As a grant: an archived customer's promotions stay as they are until it is unarchived.
    if customer_repo::require_meta(&tx.sql, customer)?
        .archived_at
        .is_some()
    {
        return Err(Error::rejected(
            "CustomerIsArchived",
            format!("customer '{customer}' is archived"),
        ));
    }
    let Some(mut p) = customer_repo::promotions(&tx.sql, customer)?
        .into_iter()
        .find(|p| p.feature_id == feature_id && p.is_active(now))
    else {
        return Err(Error::not_found(
            "PromotionalEntitlementNotFoundError",
            format!("customer '{customer}' has no active promotion for '{feature_id}'"),
        ));
    };
    customer_repo::end_promotion(tx, customer, feature_id, now, "Revoked")?;
    p.ended_at = Some(now);
    p.end_reason = Some("Revoked".into());
    emit(tx, EventType::PromotionalEntitlementRevoked, &p, now)?;
    Ok(p)
}

pub struct PromotionExpiry;

impl DueSource for PromotionExpiry {
    fn next_due(&self, conn: &rusqlite::Connection, until: Instant) -> Result<Option<Instant>> {
        customer_repo::next_promotion_expiry(conn, until)
    }

    fn due_for(&self, conn: &rusqlite::Connection, until: Instant, customer: &str) -> Result<bool> {
        customer_repo::promotion_expiry_due_for(conn, until, customer)
    }

    fn process(&self, tx: &mut Tx<'_>, at: Instant) -> Result<Vec<Transition>> {
        let mut out = Vec::new();
        for mut p in customer_repo::promotions_expiring_at(&tx.sql, at)? {
            customer_repo::end_promotion(tx, &p.customer_id, &p.feature_id, at, "Expired")?;
            p.ended_at = Some(at);
            p.end_reason = Some("Expired".into());
            emit(tx, EventType::PromotionalEntitlementExpired, &p, at)?;
            out.push(Transition {
                at,
                kind: "promotionalEntitlement.expired",
                entity_id: p.customer_id.clone(),
                description: format!(
                    "promotion of {} for {} expired",
                    p.feature_id, p.customer_id
                ),
            });
        }
        Ok(out)
    }
}
