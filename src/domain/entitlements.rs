//! Effective entitlements and the access decision (spec 30, "Effective entitlements").
//! Pure: the caller gathers the sources (subscriptions with their package versions, promotions)
//! and the current usage; this module merges and decides.

use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

use crate::clock::Instant;
use crate::domain::catalog::{
    AddonBehavior, Entitlement, Feature, FeatureType, Limit, PackageBody, PriceModel,
};
use crate::domain::decimal::{sat_add, sat_mul};
use crate::domain::subscriptions::FeatureQuantity;

/// Where an entitlement comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceRef {
    #[serde(rename = "type")]
    pub source_type: &'static str,
    pub id: String,
    pub subscription_id: Option<String>,
    pub version: Option<u32>,
}

/// One source's entitlements, already resolved (parent chain, quantities, add-ons).
#[derive(Debug, Clone)]
pub struct Source {
    pub source: SourceRef,
    pub started_at: Instant,
    /// Where its usage windows step from (the start, or an anchor carried over a plan change).
    pub usage_anchor: Instant,
    pub entitlements: BTreeMap<String, Entitlement>,
    /// Per feature, how a subscription's value is made up: the plan's own part, then one part
    /// per add-on that touches the feature (empty for promotions).
    pub parts: BTreeMap<String, Vec<Part>>,
    /// The features its plan version prices in credits, and the credit currency each burns.
    pub credit_prices: BTreeMap<String, String>,
}

/// A plan's or an add-on's contribution to a subscription's entitlement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// None = the plan (own + inherited + purchased quantity); Some = this add-on.
    pub addon: Option<AddonPart>,
    /// The contribution: the plan's value, or the add-on's value × its quantity.
    pub entitlement: Entitlement,
    /// Whether it counts in the combined value: a plan value replaced by an override, or an
    /// override smaller than another, does not.
    pub counts: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddonPart {
    pub addon_id: String,
    pub version: u32,
    pub quantity: u32,
    pub behavior: AddonBehavior,
}

/// An add-on bought on a subscription, with its package version body.
pub struct BoughtAddon<'a> {
    pub addon_id: &'a str,
    pub version: u32,
    pub quantity: u32,
    pub body: &'a PackageBody,
}

fn sum(a: Limit, b: Limit) -> Limit {
    match (a, b) {
        (Limit::Unlimited, _) | (_, Limit::Unlimited) => Limit::Unlimited,
        (Limit::Limited(x), Limit::Limited(y)) => Limit::Limited(sat_add(x, y)),
        (Limit::Limited(x), Limit::None) | (Limit::None, Limit::Limited(x)) => Limit::Limited(x),
        (Limit::None, Limit::None) => Limit::None,
    }
}

fn union(into: &mut Vec<String>, more: &[String]) {
    for v in more {
        if !into.contains(v) {
            into.push(v.clone());
        }
    }
    into.sort();
}

/// A plan version's entitlements with its parent chain (child first; the child wins), then
/// per-unit quantities as limits (in units: `blockSize` only decides what is charged), then
/// add-ons (Stigg's rules, spec 30):
/// - an add-on's value counts once per instance bought (value × quantity);
/// - `Override` add-ons replace the plan's value — several overrides: the largest wins — and
///   keep the plan's reset settings unless the add-on sets its own;
/// - `Increment` add-ons then add to it (unlimited wins, enum values are a union, a boolean is
///   granted), so an override and an increment on one feature both count.
///
/// Returns the combined entitlements and, per feature, the parts they are made of.
pub fn subscription_entitlements(
    chain: &[&PackageBody],
    quantities: &[FeatureQuantity],
    addons: &[BoughtAddon<'_>],
) -> (BTreeMap<String, Entitlement>, BTreeMap<String, Vec<Part>>) {
    let mut out: BTreeMap<String, Entitlement> = BTreeMap::new();
    for body in chain {
        for (f, e) in &body.entitlements {
            out.entry(f.clone()).or_insert_with(|| Entitlement {
                behavior: None,
                ..e.clone()
            });
        }
    }
    if let Some(plan) = chain.first() {
        for p in plan
            .prices
            .iter()
            .filter(|p| p.model == PriceModel::PerUnit)
        {
            let Some(f) = &p.feature else { continue };
            let units = quantities
                .iter()
                .find(|q| &q.feature_id == f)
                .map(|q| Decimal::from(q.quantity))
                .unwrap_or_else(|| crate::domain::subscriptions::unbought_quantity(p));
            let e = out.entry(f.clone()).or_insert_with(|| Entitlement {
                limit: Limit::Limited(units),
                soft: false,
                reset: None,
                values: vec![],
                behavior: None,
            });
            e.limit = Limit::Limited(units);
        }
    }
    let mut parts: BTreeMap<String, Vec<Part>> = out
        .iter()
        .map(|(f, e)| {
            (
                f.clone(),
                vec![Part {
                    addon: None,
                    entitlement: e.clone(),
                    counts: true,
                }],
            )
        })
        .collect();
    // Each add-on's contribution per feature: value × quantity.
    let mut overrides: BTreeMap<String, Vec<Entitlement>> = BTreeMap::new();
    let mut increments: BTreeMap<String, Vec<Entitlement>> = BTreeMap::new();
    for a in addons {
        for (f, ae) in &a.body.entitlements {
            let behavior = ae.behavior.unwrap_or(AddonBehavior::Increment);
            let contribution = Entitlement {
                limit: match ae.limit {
                    Limit::Limited(l) => Limit::Limited(sat_mul(l, Decimal::from(a.quantity))),
                    other => other,
                },
                behavior: None,
                ..ae.clone()
            };
            parts.entry(f.clone()).or_default().push(Part {
                addon: Some(AddonPart {
                    addon_id: a.addon_id.to_string(),
                    version: a.version,
                    quantity: a.quantity,
                    behavior,
                }),
                entitlement: contribution.clone(),
                counts: true,
            });
            match behavior {
                AddonBehavior::Override => {
                    overrides.entry(f.clone()).or_default().push(contribution)
                }
                AddonBehavior::Increment => {
                    increments.entry(f.clone()).or_default().push(contribution)
                }
            }
        }
    }
    for (f, list) in overrides {
        // The winner: the largest; of equals, a soft one (as across sources), then the first.
        // It alone counts (no longer the plan's own limit), and brings its soft flag and reset
        // settings (a losing override's reset was taken when the winner set none); enum values
        // are the union of them all.
        let key = |o: &Entitlement| (rank(&o.limit), o.soft);
        let mut w = 0;
        for (k, o) in list.iter().enumerate().skip(1) {
            if key(o) > key(&list[w]) {
                w = k;
            }
        }
        if let Some(ps) = parts.get_mut(&f) {
            // (The override parts are in the same order as `list`.)
            let mut k = 0;
            for p in ps.iter_mut() {
                match &p.addon {
                    None => p.counts = false,
                    Some(a) if a.behavior == AddonBehavior::Override => {
                        p.counts = k == w;
                        k += 1;
                    }
                    Some(_) => {}
                }
            }
        }
        let mut best = list[w].clone();
        for o in &list {
            union(&mut best.values, &o.values);
        }
        match out.get_mut(&f) {
            Some(e) => {
                e.limit = best.limit;
                e.values = best.values;
                // Its soft flag with it: the override replaces the limit, hard or soft.
                e.soft = best.soft;
                // The plan's reset settings stay unless the add-on sets its own.
                if best.reset.is_some() {
                    e.reset = best.reset;
                }
            }
            None => {
                out.insert(f, best);
            }
        }
    }
    for (f, list) in increments {
        for inc in list {
            match out.get_mut(&f) {
                Some(e) => {
                    e.limit = sum(e.limit, inc.limit);
                    union(&mut e.values, &inc.values);
                    e.soft |= inc.soft;
                    if e.reset.is_none() {
                        e.reset = inc.reset.clone();
                    }
                }
                None => {
                    out.insert(f.clone(), inc);
                }
            }
        }
    }
    (out, parts)
}

/// The merged entitlement of one feature across sources.
#[derive(Debug, Clone)]
pub struct Effective {
    pub entitlement: Entitlement,
    /// Index into the sources given to [`merge`] of the winning source.
    pub winner: usize,
    /// Every contributing source (index, its own entitlement).
    pub contributors: Vec<(usize, Entitlement)>,
}

fn rank(l: &Limit) -> (u8, Decimal) {
    match l {
        Limit::Unlimited => (2, Decimal::ZERO),
        Limit::Limited(n) => (1, *n),
        Limit::None => (0, Decimal::ZERO),
    }
}

/// Most generous across sources: unlimited beats any limit, else the highest limit; enum values
/// are the union; the winner's soft flag and reset apply (tie: soft, then earliest started).
pub fn merge(sources: &[Source]) -> BTreeMap<String, Effective> {
    let mut out: BTreeMap<String, Effective> = BTreeMap::new();
    for (i, s) in sources.iter().enumerate() {
        for (f, e) in &s.entitlements {
            match out.get_mut(f) {
                None => {
                    out.insert(
                        f.clone(),
                        Effective {
                            entitlement: e.clone(),
                            winner: i,
                            contributors: vec![(i, e.clone())],
                        },
                    );
                }
                Some(eff) => {
                    eff.contributors.push((i, e.clone()));
                    let cur = &sources[eff.winner];
                    let better = match rank(&e.limit).cmp(&rank(&eff.entitlement.limit)) {
                        std::cmp::Ordering::Greater => true,
                        std::cmp::Ordering::Less => false,
                        std::cmp::Ordering::Equal => {
                            (e.soft && !eff.entitlement.soft)
                                || (e.soft == eff.entitlement.soft && s.started_at < cur.started_at)
                        }
                    };
                    let mut values = eff.entitlement.values.clone();
                    for v in &e.values {
                        if !values.contains(v) {
                            values.push(v.clone());
                        }
                    }
                    values.sort();
                    if better {
                        eff.entitlement = e.clone();
                        eff.winner = i;
                    }
                    eff.entitlement.values = values;
                }
            }
        }
    }
    out
}

/// Why access is denied (Stigg's names), in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DenyReason {
    CustomerNotFound,
    CustomerIsArchived,
    CustomerResourceNotFound,
    FeatureNotFound,
    NoActiveSubscription,
    NoFeatureEntitlementInSubscription,
    Revoked,
    RequestedUsageExceedingLimit,
    RequestedValuesMismatch,
    InsufficientCredits,
}

/// The access decision for a feature that exists and a customer with live sources.
pub fn decide(
    feature: &Feature,
    effective: Option<&Effective>,
    revoked_had_it: bool,
    current_usage: Decimal,
    requested_usage: Decimal,
    requested_values: &[String],
) -> Option<DenyReason> {
    let Some(eff) = effective else {
        return Some(if revoked_had_it {
            DenyReason::Revoked
        } else {
            DenyReason::NoFeatureEntitlementInSubscription
        });
    };
    let e = &eff.entitlement;
    match feature.feature_type {
        FeatureType::Boolean => None,
        FeatureType::Enum => {
            if requested_values.iter().all(|v| e.values.contains(v)) {
                None
            } else {
                Some(DenyReason::RequestedValuesMismatch)
            }
        }
        FeatureType::Number => {
            let within = |limit: Decimal, used: Decimal| sat_add(used, requested_usage) <= limit;
            let ok = match e.limit {
                Limit::Unlimited => true,
                Limit::Limited(l) if feature.is_metered() => e.soft || within(l, current_usage),
                Limit::Limited(l) => within(l, Decimal::ZERO),
                Limit::None => true,
            };
            if ok {
                None
            } else {
                Some(DenyReason::RequestedUsageExceedingLimit)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_instant;
    use crate::domain::catalog::{MeterType, PackageKind, PricingType};

    fn ent(limit: Limit) -> Entitlement {
        Entitlement {
            limit,
            soft: false,
            reset: None,
            values: vec![],
            behavior: None,
        }
    }

    fn src(id: &str, at: &str, ents: &[(&str, Entitlement)]) -> Source {
        Source {
            credit_prices: BTreeMap::new(),
            source: SourceRef {
                source_type: "PLAN",
                id: id.into(),
                subscription_id: None,
                version: Some(1),
            },
            started_at: parse_instant(at).unwrap(),
            usage_anchor: parse_instant(at).unwrap(),
            entitlements: ents
                .iter()
                .map(|(f, e)| (f.to_string(), e.clone()))
                .collect(),
            parts: BTreeMap::new(),
        }
    }

    fn n(v: i64) -> Limit {
        Limit::Limited(Decimal::from(v))
    }

    #[test]
    fn parent_chain_quantities_and_addons() {
        let mut parent = PackageBody::new(PackageKind::Plan, "free", PricingType::Free);
        parent.entitlements.insert("seats".into(), ent(n(1)));
        parent.entitlements.insert("calls".into(), ent(n(100)));
        let mut child = PackageBody::new(PackageKind::Plan, "pro", PricingType::Paid);
        child.entitlements.insert("calls".into(), ent(n(1000)));
        let mut addon = PackageBody::new(PackageKind::Addon, "more", PricingType::Paid);
        addon.entitlements.insert(
            "calls".into(),
            Entitlement {
                behavior: Some(AddonBehavior::Increment),
                ..ent(n(50))
            },
        );
        addon.entitlements.insert(
            "seats".into(),
            Entitlement {
                behavior: Some(AddonBehavior::Override),
                ..ent(n(7))
            },
        );
        let (out, parts) = subscription_entitlements(
            &[&child, &parent],
            &[],
            &[BoughtAddon {
                addon_id: "more",
                version: 1,
                quantity: 3,
                body: &addon,
            }],
        );
        assert_eq!(out["calls"].limit, n(1150));
        // An override counts once per instance too (Stigg: value × instances).
        assert_eq!(out["seats"].limit, n(21));
        assert_eq!(parts["calls"].len(), 2);
        assert_eq!(parts["calls"][1].entitlement.limit, n(150));
    }

    /// Several overrides: the largest wins with its own soft flag and reset settings (or the
    /// plan's) — a smaller one's reset was taken when the winner set none, whatever the order.
    #[test]
    fn the_winning_override_brings_its_reset_not_a_loser() {
        use crate::domain::catalog::{Reset, ResetPeriod};
        let reset = |period| {
            Some(Reset {
                period,
                anchor: crate::domain::catalog::ANCHOR_SUBSCRIPTION_START.into(),
            })
        };
        let mut plan = PackageBody::new(PackageKind::Plan, "pro", PricingType::Free);
        plan.entitlements.insert(
            "calls".into(),
            Entitlement {
                reset: reset(ResetPeriod::Month),
                ..ent(n(100))
            },
        );
        let over = |limit, r: Option<Reset>, soft| {
            let mut b = PackageBody::new(PackageKind::Addon, "x", PricingType::Paid);
            b.entitlements.insert(
                "calls".into(),
                Entitlement {
                    behavior: Some(AddonBehavior::Override),
                    reset: r,
                    soft,
                    ..ent(n(limit))
                },
            );
            b
        };
        let (big, small) = (
            over(60, None, false),
            over(50, reset(ResetPeriod::Day), true),
        );
        for order in [[&big, &small], [&small, &big]] {
            let bought: Vec<BoughtAddon<'_>> = order
                .iter()
                .map(|b| BoughtAddon {
                    addon_id: "x",
                    version: 1,
                    quantity: 1,
                    body: b,
                })
                .collect();
            let (out, _) = subscription_entitlements(&[&plan], &[], &bought);
            assert_eq!(out["calls"].limit, n(60));
            assert_eq!(out["calls"].reset, reset(ResetPeriod::Month));
            assert!(!out["calls"].soft);
        }
        // The winner's soft flag replaces the plan's: a hard override of a soft plan limit is
        // hard (the answer said soft while its winning source said hard).
        plan.entitlements.get_mut("calls").unwrap().soft = true;
        let bought = [BoughtAddon {
            addon_id: "x",
            version: 1,
            quantity: 1,
            body: &big,
        }];
        let (out, _) = subscription_entitlements(&[&plan], &[], &bought);
        assert!(!out["calls"].soft);
        // Equal overrides: the soft one wins whatever the order (it was the first bought).
        let (hard, soft) = (over(60, None, false), over(60, None, true));
        for order in [[&hard, &soft], [&soft, &hard]] {
            let bought: Vec<BoughtAddon<'_>> = order
                .iter()
                .map(|b| BoughtAddon {
                    addon_id: "x",
                    version: 1,
                    quantity: 1,
                    body: b,
                })
                .collect();
            let (out, parts) = subscription_entitlements(&[&plan], &[], &bought);
            assert!(out["calls"].soft);
            let counted: Vec<bool> = parts["calls"].iter().map(|p| p.counts).collect();
            let soft_at = if std::ptr::eq(order[0], &soft) { 1 } else { 2 };
            assert!(
                counted[soft_at] && counted.iter().filter(|c| **c).count() == 1,
                "{counted:?}"
            );
        }
    }

    #[test]
    fn most_generous_wins_with_soft_and_age_as_tie_breaks() {
        let a = src("a", "2026-01-01T00:00:00Z", &[("x", ent(n(10)))]);
        let b = src(
            "b",
            "2026-02-01T00:00:00Z",
            &[
                ("x", ent(n(20))),
                (
                    "y",
                    Entitlement {
                        soft: true,
                        ..ent(n(5))
                    },
                ),
            ],
        );
        let c = src(
            "c",
            "2025-01-01T00:00:00Z",
            &[("y", ent(n(5))), ("x", ent(Limit::Unlimited))],
        );
        let m = merge(&[a, b, c]);
        assert_eq!(m["x"].entitlement.limit, Limit::Unlimited);
        assert_eq!(m["x"].winner, 2);
        assert_eq!(m["y"].winner, 1, "soft wins a tie");
        assert_eq!(m["x"].contributors.len(), 3);
    }

    #[test]
    fn decisions() {
        let metered = Feature {
            id: "calls".into(),
            name: "calls".into(),
            description: None,
            feature_type: FeatureType::Number,
            meter_type: MeterType::Incremental,
            units: None,
            enum_values: vec![],
            event_meter: None,
            unit_transformation: None,
        };
        let m = merge(&[src("p", "2026-01-01T00:00:00Z", &[("calls", ent(n(10)))])]);
        let d = |used: i64, req: i64| {
            decide(
                &metered,
                m.get("calls"),
                false,
                Decimal::from(used),
                Decimal::from(req),
                &[],
            )
        };
        assert_eq!(d(9, 1), None);
        assert_eq!(d(10, 1), Some(DenyReason::RequestedUsageExceedingLimit));
        assert_eq!(
            decide(&metered, None, false, Decimal::ZERO, Decimal::ZERO, &[]),
            Some(DenyReason::NoFeatureEntitlementInSubscription)
        );
        assert_eq!(
            decide(&metered, None, true, Decimal::ZERO, Decimal::ZERO, &[]),
            Some(DenyReason::Revoked)
        );
    }
}
