//! The catalog: features, credit currencies, coupons, products and versioned packages.

pub mod changes;
pub mod model;
pub mod rules;
pub mod validate;

pub use model::*;

use std::collections::{BTreeMap, BTreeSet};

/// The kinds of catalog entity; also the namespaces of their slugs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Feature,
    Currency,
    Coupon,
    Product,
    Plan,
    Addon,
}

impl EntityKind {
    pub fn noun(self) -> &'static str {
        match self {
            EntityKind::Feature => "feature",
            EntityKind::Currency => "currency",
            EntityKind::Coupon => "coupon",
            EntityKind::Product => "product",
            EntityKind::Plan => "plan",
            EntityKind::Addon => "addon",
        }
    }

    pub fn not_found_code(self) -> &'static str {
        match self {
            EntityKind::Feature => "FeatureNotFound",
            EntityKind::Currency => "CustomCurrencyNotFound",
            EntityKind::Coupon => "CouponNotFound",
            EntityKind::Product => "ProductNotFoundError",
            EntityKind::Plan => "PlanNotFound",
            EntityKind::Addon => "AddonNotFound",
        }
    }

    pub fn of_package(kind: PackageKind) -> Self {
        match kind {
            PackageKind::Plan => EntityKind::Plan,
            PackageKind::Addon => EntityKind::Addon,
        }
    }
}

/// A whole catalog as values: what the files declare, or what an environment holds (latest
/// published versions in `packages`, open drafts in `drafts`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub features: BTreeMap<String, Feature>,
    pub currencies: BTreeMap<String, Currency>,
    pub coupons: BTreeMap<String, Coupon>,
    pub products: BTreeMap<String, Product>,
    pub packages: BTreeMap<String, PackageDef>,
    pub drafts: BTreeMap<String, PackageDef>,
    pub archived: BTreeSet<(EntityKind, String)>,
}

impl Catalog {
    pub fn is_archived(&self, kind: EntityKind, id: &str) -> bool {
        self.archived.contains(&(kind, id.to_string()))
    }

    /// The package (published, or draft when never published) with this id.
    pub fn package(&self, id: &str) -> Option<&PackageDef> {
        self.packages.get(id).or_else(|| self.drafts.get(id))
    }

    pub fn package_kind(&self, id: &str) -> Option<PackageKind> {
        self.package(id).map(|p| p.kind)
    }

    /// Every entity declared, as (kind, id); used to scope validation to what a file declares.
    pub fn declared(&self) -> BTreeSet<(EntityKind, String)> {
        let mut out = BTreeSet::new();
        out.extend(
            self.features
                .keys()
                .map(|k| (EntityKind::Feature, k.clone())),
        );
        out.extend(
            self.currencies
                .keys()
                .map(|k| (EntityKind::Currency, k.clone())),
        );
        out.extend(self.coupons.keys().map(|k| (EntityKind::Coupon, k.clone())));
        out.extend(
            self.products
                .keys()
                .map(|k| (EntityKind::Product, k.clone())),
        );
        for p in self.packages.values().chain(self.drafts.values()) {
            out.insert((EntityKind::of_package(p.kind), p.id.clone()));
        }
        out
    }

    /// `self` overlaid with everything `other` declares (other wins).
    pub fn overlay(&self, other: &Catalog) -> Catalog {
        let mut out = self.clone();
        out.features.extend(other.features.clone());
        out.currencies.extend(other.currencies.clone());
        out.coupons.extend(other.coupons.clone());
        out.products.extend(other.products.clone());
        out.packages.extend(other.packages.clone());
        out.drafts.extend(other.drafts.clone());
        for key in other.declared() {
            out.archived.remove(&key);
        }
        out.archived.extend(other.archived.iter().cloned());
        out
    }
}

/// A problem found in a catalog, addressed by a logical path such as
/// `plan:pro/entitlements/api-calls/limit`; the YAML layer maps paths to file:line:column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// A reference to an entity that does not exist (a command naming it exits 3, not 2).
    pub missing_reference: bool,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
            missing_reference: false,
        }
    }
}

/// Path of an entity: `feature:seats`, `plan:pro`.
pub fn entity_path(kind: EntityKind, id: &str) -> String {
    format!("{}:{id}", kind.noun())
}
