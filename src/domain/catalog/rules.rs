//! Guard rules that compare a change with what the environment already holds. Shared by
//! `catalog apply` and the imperative verbs, so both refuse the same things with the same code.

use super::*;

/// A refused change: Stigg-style code name plus message and an optional hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleViolation {
    pub code: &'static str,
    pub message: String,
    pub hint: Option<String>,
    /// The entity of the catalog files it is about (`kind:id`): where it is reported.
    pub entity: Option<String>,
}

impl RuleViolation {
    fn new(code: &'static str, message: String) -> Self {
        RuleViolation {
            code,
            message,
            hint: None,
            entity: None,
        }
    }

    /// Said of entity `id` of `kind` (its place in the files locates it).
    pub fn at(mut self, kind: EntityKind, id: &str) -> Self {
        self.entity = Some(crate::domain::catalog::entity_path(kind, id));
        self
    }
    fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }
}

pub fn check_feature_change(old: &Feature, new: &Feature) -> Result<(), RuleViolation> {
    if old.feature_type != new.feature_type {
        return Err(RuleViolation::new(
            "FeatureTypeCannotBeChanged",
            format!(
                "feature '{}' is {}; its type is fixed at creation (cannot become {})",
                old.id,
                old.feature_type.kebab(),
                new.feature_type.kebab()
            ),
        )
        .hint("create a new feature with another id"));
    }
    if old.meter_type != new.meter_type {
        return Err(RuleViolation::new(
            "FeatureMeterTypeCannotBeChanged",
            format!(
                "feature '{}' has meter {}; the meter type is fixed at creation",
                old.id,
                old.meter_type.kebab()
            ),
        ));
    }
    Ok(())
}

pub fn check_coupon_change(old: &Coupon, new: &Coupon) -> Result<(), RuleViolation> {
    if old.discount != new.discount || old.duration_months != new.duration_months {
        return Err(RuleViolation::new(
            "CouponDiscountCannotBeChanged",
            format!(
                "coupon '{}': discount and duration are immutable after creation",
                old.id
            ),
        )
        .hint("archive it and create a coupon with a new id"));
    }
    Ok(())
}

pub fn check_package_identity(old: &PackageDef, new: &PackageDef) -> Result<(), RuleViolation> {
    if old.kind != new.kind {
        return Err(RuleViolation::new(
            "DuplicatedEntityNotAllowed",
            format!(
                "'{}' is already an {} of this environment; ids are unique across plans and add-ons",
                old.id,
                old.kind.kebab()
            ),
        ));
    }
    if old.product_id != new.product_id {
        return Err(RuleViolation::new(
            "PackageProductCannotBeChanged",
            format!(
                "{} '{}' belongs to product '{}'; it cannot move to '{}'",
                old.kind.kebab(),
                old.id,
                old.product_id,
                new.product_id
            ),
        ));
    }
    Ok(())
}

/// Whether a package body uses a feature: an entitlement, a price or a per-unit credit grant.
pub fn uses_feature(body: &PackageBody, id: &str) -> bool {
    body.entitlements.contains_key(id)
        || body
            .prices
            .iter()
            .any(|pr| pr.feature.as_deref() == Some(id))
        || body
            .credits
            .values()
            .any(|c| c.per_unit_of.as_deref() == Some(id))
}

/// Can this entity be archived given the rest of the catalog (as it will be)?
pub fn check_archive(cat: &Catalog, kind: EntityKind, id: &str) -> Result<(), RuleViolation> {
    let live_packages = || {
        cat.packages
            .values()
            .filter(|p| !cat.is_archived(EntityKind::of_package(p.kind), &p.id))
    };
    match kind {
        EntityKind::Feature => {
            let users: Vec<&str> = live_packages()
                .filter(|p| uses_feature(&p.body, id))
                .map(|p| p.id.as_str())
                .collect();
            if !users.is_empty() {
                return Err(RuleViolation::new(
                    "CannotArchiveFeatureError",
                    format!(
                        "feature '{id}' is used by published package(s): {}",
                        users.join(", ")
                    ),
                )
                .hint("publish versions of those packages without it, or archive them first"));
            }
        }
        EntityKind::Plan => {
            for product in cat
                .products
                .values()
                .filter(|p| !cat.is_archived(EntityKind::Product, &p.id))
            {
                let start = match &product.start_setup {
                    Some(StartSetup::FreePlan(p) | StartSetup::TrialPlan(p)) => Some(p),
                    None => None,
                };
                if start.is_some_and(|p| p == id) {
                    return Err(RuleViolation::new(
                        "PlanIsUsedAsDefaultStartPlan",
                        format!("plan '{id}' is the start plan of product '{}'", product.id),
                    )
                    .hint("change the product's startSetup first"));
                }
                if product.downgrade_plan.as_deref() == Some(id) {
                    return Err(RuleViolation::new(
                        "PlanIsUsedAsDowngradePlan",
                        format!(
                            "plan '{id}' is the downgrade plan of product '{}'",
                            product.id
                        ),
                    )
                    .hint("change the product's endSetup first"));
                }
            }
        }
        EntityKind::Product => {
            let packages: Vec<&str> = live_packages()
                .filter(|p| p.product_id == id)
                .map(|p| p.id.as_str())
                .collect();
            if !packages.is_empty() {
                return Err(RuleViolation::new(
                    "CannotArchiveProductError",
                    format!(
                        "product '{id}' still has plans or add-ons that are not archived: {}",
                        packages.join(", ")
                    ),
                )
                .hint("archive them first"));
            }
        }
        EntityKind::Addon | EntityKind::Coupon | EntityKind::Currency => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(id: &str, t: FeatureType) -> Feature {
        Feature {
            id: id.into(),
            name: id.into(),
            description: None,
            feature_type: t,
            meter_type: MeterType::None,
            units: None,
            enum_values: vec![],
            event_meter: None,
            unit_transformation: None,
        }
    }

    #[test]
    fn feature_type_is_fixed() {
        let a = feature("x", FeatureType::Boolean);
        let b = feature("x", FeatureType::Number);
        assert_eq!(
            check_feature_change(&a, &b).unwrap_err().code,
            "FeatureTypeCannotBeChanged"
        );
        assert!(check_feature_change(&a, &a).is_ok());
    }

    #[test]
    fn start_plan_and_used_feature_cannot_be_archived() {
        let mut cat = Catalog::default();
        cat.features
            .insert("sso".into(), feature("sso", FeatureType::Boolean));
        let mut product = Product::new("app");
        product.start_setup = Some(StartSetup::FreePlan("free".into()));
        cat.products.insert("app".into(), product);
        let mut body = PackageBody::new(PackageKind::Plan, "Free", PricingType::Free);
        body.entitlements.insert(
            "sso".into(),
            Entitlement {
                limit: Limit::None,
                soft: false,
                reset: None,
                values: vec![],
                behavior: None,
            },
        );
        cat.packages.insert(
            "free".into(),
            PackageDef {
                kind: PackageKind::Plan,
                id: "free".into(),
                product_id: "app".into(),
                body,
            },
        );
        assert_eq!(
            check_archive(&cat, EntityKind::Plan, "free")
                .unwrap_err()
                .code,
            "PlanIsUsedAsDefaultStartPlan"
        );
        assert_eq!(
            check_archive(&cat, EntityKind::Feature, "sso")
                .unwrap_err()
                .code,
            "CannotArchiveFeatureError"
        );
        assert_eq!(
            check_archive(&cat, EntityKind::Product, "app")
                .unwrap_err()
                .code,
            "CannotArchiveProductError"
        );
        cat.archived.insert((EntityKind::Plan, "free".into()));
        assert!(check_archive(&cat, EntityKind::Feature, "sso").is_ok());
    }
}
