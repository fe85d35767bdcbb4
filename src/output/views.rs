//! Serialise-only wire structs (Stigg's camelCase names), separate from the domain types.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use super::{Tabular, View, cell};
use crate::domain::catalog::changes::{Action, ChangePlan};
use crate::domain::catalog::*;
use crate::store::catalog::{Meta, PackageRow, VersionRow};

/// Stigg's CouponStatus / CustomCurrencyStatus (ACTIVE | ARCHIVED); features print the same
/// (Stigg's FeatureStatus has no archived value).
pub fn archived_status(meta: &Meta) -> &'static str {
    if meta.archived_at.is_some() {
        "ARCHIVED"
    } else {
        "ACTIVE"
    }
}

/// Stigg's PackageStatus of a package version: DRAFT | PUBLISHED, ARCHIVED once the package is.
pub fn package_status(package_archived: bool, version_status: &str) -> &'static str {
    if package_archived {
        "ARCHIVED"
    } else if version_status == "DRAFT" {
        "DRAFT"
    } else {
        "PUBLISHED"
    }
}

/// Stigg's CouponType.
pub fn coupon_type(d: &Discount) -> &'static str {
    match d {
        Discount::Percentage { .. } => "PERCENTAGE",
        Discount::Fixed { .. } => "FIXED",
    }
}

/// Stigg's TrialPeriodUnits and the trial's length in them.
pub fn trial_units(l: TrialLength) -> (u32, &'static str) {
    match l {
        TrialLength::Days(n) => (n, "DAY"),
        TrialLength::Months(n) => (n, "MONTH"),
    }
}

/// Stigg's ProductStatus: PUBLISHED | ARCHIVED.
pub fn product_status(meta: &Meta) -> &'static str {
    if meta.archived_at.is_some() {
        "ARCHIVED"
    } else {
        "PUBLISHED"
    }
}

/// Stigg's SubscriptionStartSetup of a product.
pub fn start_setup_type(s: &Option<StartSetup>) -> &'static str {
    match s {
        Some(StartSetup::FreePlan(_)) => "FREE_PLAN",
        Some(StartSetup::TrialPlan(_)) => "TRIAL_PERIOD",
        None => "PLAN_SELECTION",
    }
}

/// Stigg's SubscriptionEndSetup of a product.
pub fn end_setup_type(downgrade_plan: &Option<String>) -> &'static str {
    match downgrade_plan {
        Some(_) => "DOWNGRADE_TO_FREE",
        None => "CANCEL_SUBSCRIPTION",
    }
}

fn instant(s: &str) -> String {
    crate::clock::from_store(s)
        .map(|t| crate::clock::fmt(&t))
        .unwrap_or_else(|_| s.to_string())
}

fn opt_instant(s: &Option<String>) -> Option<String> {
    s.as_deref().map(instant)
}

fn units_text(u: &Option<Units>) -> String {
    u.as_ref()
        .map(|u| format!("{}/{}", u.singular, u.plural))
        .unwrap_or_default()
}

/// A list of views printed as one table / JSON array.
#[derive(Serialize)]
#[serde(transparent)]
pub struct ListView<T: Serialize> {
    pub items: Vec<T>,
    #[serde(skip)]
    pub headers: &'static [&'static str],
    #[serde(skip)]
    pub row: fn(&T) -> Vec<String>,
}

impl<T: Serialize> View for ListView<T> {
    fn tabular(&self) -> Tabular {
        let mut t = Tabular::new(self.headers);
        for i in &self.items {
            t.row((self.row)(i));
        }
        t
    }
}

// ---- features ----------------------------------------------------------------------------

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct FeatureView {
    pub feature_id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub feature_type: &'static str,
    pub meter_type: &'static str,
    pub feature_units: Option<String>,
    pub feature_units_plural: Option<String>,
    pub enum_configuration: Vec<EnumValue>,
    pub event_meter: Option<EventMeter>,
    pub unit_transformation: Option<UnitTransformation>,
    pub feature_status: &'static str,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

impl FeatureView {
    pub fn new(f: &Feature, meta: &Meta) -> Self {
        FeatureView {
            feature_id: f.id.clone(),
            display_name: f.name.clone(),
            description: f.description.clone(),
            feature_type: f.feature_type.wire(),
            meter_type: f.meter_type.wire(),
            feature_units: f.units.as_ref().map(|u| u.singular.clone()),
            feature_units_plural: f.units.as_ref().map(|u| u.plural.clone()),
            enum_configuration: f.enum_values.clone(),
            event_meter: f.event_meter.clone(),
            unit_transformation: f.unit_transformation.clone(),
            feature_status: archived_status(meta),
            created_at: instant(&meta.created_at),
            updated_at: instant(&meta.updated_at),
            archived_at: opt_instant(&meta.archived_at),
        }
    }

    pub fn row(&self) -> Vec<String> {
        vec![
            self.feature_id.clone(),
            self.display_name.clone(),
            self.feature_type.to_string(),
            self.meter_type.to_string(),
            self.feature_status.to_string(),
        ]
    }
    pub const HEADERS: &'static [&'static str] = &["id", "name", "type", "meter", "status"];
}

impl View for FeatureView {
    fn tabular(&self) -> Tabular {
        let values: Vec<&str> = self
            .enum_configuration
            .iter()
            .map(|v| v.value.as_str())
            .collect();
        let mut pairs = vec![
            ("featureId", self.feature_id.clone()),
            ("displayName", self.display_name.clone()),
            ("description", cell(&self.description)),
            ("featureType", self.feature_type.to_string()),
            ("meterType", self.meter_type.to_string()),
            (
                "units",
                format!(
                    "{}{}",
                    cell(&self.feature_units),
                    self.feature_units_plural
                        .as_ref()
                        .map(|p| format!("/{p}"))
                        .unwrap_or_default()
                ),
            ),
            ("values", values.join(", ")),
            ("status", self.feature_status.to_string()),
            ("createdAt", self.created_at.clone()),
            ("updatedAt", self.updated_at.clone()),
        ];
        if let Some(m) = &self.event_meter {
            pairs.push(("eventMeter", serde_json::to_string(m).unwrap_or_default()));
        }
        if let Some(u) = &self.unit_transformation {
            pairs.push((
                "unitTransformation",
                serde_json::to_string(u).unwrap_or_default(),
            ));
        }
        Tabular::fields(pairs)
    }
}

// ---- currencies ---------------------------------------------------------------------------

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyView {
    pub currency_id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub units: Option<Units>,
    pub symbol: Option<String>,
    pub status: &'static str,
    pub created_at: String,
    pub updated_at: String,
}

impl CurrencyView {
    pub fn new(c: &Currency, meta: &Meta) -> Self {
        CurrencyView {
            currency_id: c.id.clone(),
            display_name: c.name.clone(),
            description: c.description.clone(),
            units: c.units.clone(),
            symbol: c.symbol.clone(),
            status: archived_status(meta),
            created_at: instant(&meta.created_at),
            updated_at: instant(&meta.updated_at),
        }
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            self.currency_id.clone(),
            self.display_name.clone(),
            units_text(&self.units),
            cell(&self.symbol),
            self.status.to_string(),
        ]
    }
    pub const HEADERS: &'static [&'static str] = &["id", "name", "units", "symbol", "status"];
}

impl View for CurrencyView {
    fn tabular(&self) -> Tabular {
        Tabular::fields(vec![
            ("currencyId", self.currency_id.clone()),
            ("displayName", self.display_name.clone()),
            ("description", cell(&self.description)),
            ("units", units_text(&self.units)),
            ("symbol", cell(&self.symbol)),
            ("status", self.status.to_string()),
            ("createdAt", self.created_at.clone()),
        ])
    }
}

// ---- coupons ------------------------------------------------------------------------------

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct CouponView {
    pub coupon_id: String,
    pub name: String,
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub discount_type: &'static str,
    pub percent_off: Option<Decimal>,
    pub amounts_off: Vec<Money>,
    pub duration_in_months: Option<u32>,
    pub status: &'static str,
    pub created_at: String,
    pub updated_at: String,
}

impl CouponView {
    pub fn new(c: &Coupon, meta: &Meta) -> Self {
        let t = coupon_type(&c.discount);
        let (pct, amounts) = match &c.discount {
            Discount::Percentage { percent_off } => (Some(*percent_off), vec![]),
            Discount::Fixed { amounts_off } => (None, amounts_off.clone()),
        };
        CouponView {
            coupon_id: c.id.clone(),
            name: c.name.clone(),
            description: c.description.clone(),
            discount_type: t,
            percent_off: pct,
            amounts_off: amounts,
            duration_in_months: c.duration_months,
            status: archived_status(meta),
            created_at: instant(&meta.created_at),
            updated_at: instant(&meta.updated_at),
        }
    }
    fn discount_text(&self) -> String {
        match self.percent_off {
            Some(p) => format!("{p}%"),
            None => self
                .amounts_off
                .iter()
                .map(|m| format!("{} {}", m.amount, m.currency))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            self.coupon_id.clone(),
            self.name.clone(),
            self.discount_text(),
            self.duration_in_months
                .map(|m| format!("{m} months"))
                .unwrap_or_else(|| "forever".into()),
            self.status.to_string(),
        ]
    }
    pub const HEADERS: &'static [&'static str] = &["id", "name", "discount", "duration", "status"];
}

impl View for CouponView {
    fn tabular(&self) -> Tabular {
        let r = self.row();
        Tabular::fields(vec![
            ("couponId", r[0].clone()),
            ("name", r[1].clone()),
            ("description", cell(&self.description)),
            ("type", self.discount_type.to_string()),
            ("discount", r[2].clone()),
            ("duration", r[3].clone()),
            ("status", r[4].clone()),
            ("createdAt", self.created_at.clone()),
        ])
    }
}

// ---- products -----------------------------------------------------------------------------

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ProductView {
    pub product_id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub multiple_subscriptions: bool,
    pub start_setup: Value,
    pub end_setup: Value,
    pub default_cancellation: &'static str,
    /// Stigg's ScheduleStrategy of a downgrade.
    pub downgrade_at: &'static str,
    pub usage_reset_on_change: &'static str,
    pub status: &'static str,
    pub created_at: String,
    pub updated_at: String,
}

impl ProductView {
    pub fn new(p: &Product, meta: &Meta) -> Self {
        let start_type = start_setup_type(&p.start_setup);
        let start = match &p.start_setup {
            Some(StartSetup::FreePlan(x) | StartSetup::TrialPlan(x)) => {
                serde_json::json!({"type": start_type, "planId": x})
            }
            None => serde_json::json!({"type": start_type}),
        };
        let end_type = end_setup_type(&p.downgrade_plan);
        let end = match &p.downgrade_plan {
            Some(x) => serde_json::json!({"type": end_type, "planId": x}),
            None => serde_json::json!({"type": end_type}),
        };
        ProductView {
            product_id: p.id.clone(),
            display_name: p.name.clone(),
            description: p.description.clone(),
            multiple_subscriptions: p.multiple_subscriptions,
            start_setup: start,
            end_setup: end,
            default_cancellation: p.default_cancellation.wire(),
            downgrade_at: p.downgrade_at.wire(),
            usage_reset_on_change: p.usage_reset_on_change.wire(),
            status: product_status(meta),
            created_at: instant(&meta.created_at),
            updated_at: instant(&meta.updated_at),
        }
    }
    fn setup_text(v: &Value) -> String {
        let t = v["type"].as_str().unwrap_or("");
        match v["planId"].as_str() {
            Some(p) => format!("{t} {p}"),
            None => t.to_string(),
        }
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            self.product_id.clone(),
            self.display_name.clone(),
            self.multiple_subscriptions.to_string(),
            Self::setup_text(&self.start_setup),
            Self::setup_text(&self.end_setup),
            self.status.to_string(),
        ]
    }
    pub const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "multipleSubscriptions",
        "startSetup",
        "endSetup",
        "status",
    ];
}

impl View for ProductView {
    fn tabular(&self) -> Tabular {
        Tabular::fields(vec![
            ("productId", self.product_id.clone()),
            ("displayName", self.display_name.clone()),
            ("description", cell(&self.description)),
            (
                "multipleSubscriptions",
                self.multiple_subscriptions.to_string(),
            ),
            ("startSetup", Self::setup_text(&self.start_setup)),
            ("endSetup", Self::setup_text(&self.end_setup)),
            ("defaultCancellation", self.default_cancellation.to_string()),
            ("downgradeAt", self.downgrade_at.to_string()),
            ("usageResetOnChange", self.usage_reset_on_change.to_string()),
            ("status", self.status.to_string()),
            ("createdAt", self.created_at.clone()),
        ])
    }
}

// ---- packages -----------------------------------------------------------------------------

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct EntitlementView {
    pub feature_id: String,
    pub usage_limit: Option<Decimal>,
    pub has_unlimited_usage: bool,
    pub has_soft_limit: bool,
    pub reset_period: Option<&'static str>,
    /// Stigg's `{monthlyAccordingTo | weeklyAccordingTo | yearlyAccordingTo: …}`.
    pub reset_period_configuration: Option<Value>,
    pub enum_values: Vec<String>,
    /// Stigg's EntitlementBehavior; a plan's own entitlements are `Increment`.
    pub behavior: &'static str,
    /// Set when the entitlement comes from the parent plan.
    pub inherited_from: Option<String>,
    /// The anchor as written in YAML (for tables).
    #[serde(skip)]
    pub reset_anchor: Option<String>,
    /// The behavior an add-on entitlement sets (for tables; plans show none).
    #[serde(skip)]
    pub behavior_set: Option<&'static str>,
}

impl EntitlementView {
    pub fn new(fid: &str, e: &Entitlement, inherited_from: Option<String>) -> Self {
        EntitlementView {
            feature_id: fid.to_string(),
            usage_limit: match e.limit {
                Limit::Limited(l) => Some(l),
                _ => None,
            },
            has_unlimited_usage: e.limit == Limit::Unlimited,
            has_soft_limit: e.soft,
            reset_period: e.reset.as_ref().map(|r| r.period.wire()),
            reset_period_configuration: e
                .reset
                .as_ref()
                .and_then(reset_period_configuration)
                .map(|(k, v)| serde_json::json!({ k: v })),
            enum_values: e.values.clone(),
            behavior: e.behavior.unwrap_or(AddonBehavior::Increment).wire(),
            inherited_from,
            reset_anchor: e.reset.as_ref().map(|r| r.anchor.clone()),
            behavior_set: e.behavior.map(|b| b.kebab()),
        }
    }
    pub fn limit_text(&self) -> String {
        if self.has_unlimited_usage {
            "unlimited".into()
        } else if let Some(l) = self.usage_limit {
            l.to_string()
        } else if !self.enum_values.is_empty() {
            self.enum_values.join(", ")
        } else {
            "granted".into()
        }
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            self.feature_id.clone(),
            self.limit_text(),
            if self.has_soft_limit {
                "soft".into()
            } else {
                String::new()
            },
            self.reset_period
                .map(|p| match self.reset_anchor.as_deref() {
                    Some(a) if a != ANCHOR_SUBSCRIPTION_START => format!("{p} ({a})"),
                    _ => p.to_string(),
                })
                .unwrap_or_default(),
            self.behavior_set.unwrap_or("").to_string(),
            cell(&self.inherited_from),
        ]
    }
    pub const HEADERS: &'static [&'static str] = &[
        "feature",
        "limit",
        "soft",
        "reset",
        "behavior",
        "inheritedFrom",
    ];
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct PackageView {
    #[serde(skip)]
    pub kind: PackageKind,
    #[serde(skip)]
    pub id: String,
    /// `planId` for plans, `addonId` for add-ons (Stigg's names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    pub product_id: String,
    pub display_name: String,
    pub description: Option<String>,
    pub version_number: u32,
    pub status: &'static str,
    pub is_latest: bool,
    pub pricing_type: &'static str,
    pub parent_plan_id: Option<String>,
    pub parent_version: Option<u32>,
    pub default_trial_config: Option<Value>,
    pub compatible_addon_ids: Vec<String>,
    pub max_quantity: Option<u32>,
    pub dependencies: Vec<String>,
    pub entitlements: Vec<EntitlementView>,
    pub credit_entitlements: Vec<Value>,
    /// Every price but overages (Stigg's `prices`).
    pub prices: Vec<PriceView>,
    /// Usage-based prices beyond the entitlement (Stigg's `overagePrices`).
    pub overage_prices: Vec<PriceView>,
    /// Every price as stored, for tables and `price list`.
    #[serde(skip)]
    pub all_prices: Vec<Price>,
    pub has_draft: bool,
    pub migration: Option<String>,
    pub created_at: String,
    pub published_at: Option<String>,
    pub archived_at: Option<String>,
}

impl PackageView {
    /// `inherited`: what the parent chain contributes (each with its source plan).
    pub fn new(
        row: &PackageRow,
        v: &VersionRow,
        inherited: crate::ops::packages::Inherited,
    ) -> Self {
        let b = &v.body;
        let latest = row.published.as_ref().map(|p| p.version);
        let mut ents: Vec<EntitlementView> = b
            .entitlements
            .iter()
            .map(|(f, e)| EntitlementView::new(f, e, None))
            .collect();
        for (f, src, e) in inherited.entitlements {
            if !b.entitlements.contains_key(&f) {
                ents.push(EntitlementView::new(&f, &e, Some(src)));
            }
        }
        ents.sort_by(|a, b| a.feature_id.cmp(&b.feature_id));
        let status = package_status(row.meta.archived_at.is_some(), &v.status);
        PackageView {
            kind: row.kind,
            id: row.id.clone(),
            plan_id: (row.kind == PackageKind::Plan).then(|| row.id.clone()),
            addon_id: (row.kind == PackageKind::Addon).then(|| row.id.clone()),
            product_id: row.product_id.clone(),
            display_name: b.name.clone(),
            description: b.description.clone(),
            version_number: v.version,
            status,
            is_latest: latest == Some(v.version),
            pricing_type: b.pricing_type.wire(),
            parent_plan_id: b.parent.clone(),
            parent_version: v.parent_version,
            default_trial_config: b.trial.as_ref().map(|t| {
                let (duration, units) = trial_units(t.length);
                serde_json::json!({"duration": duration, "units": units, "trialEndBehavior": t.on_end.wire()})
            }),
            compatible_addon_ids: b.compatible_addons.clone(),
            max_quantity: b.max_quantity,
            dependencies: b.depends_on.clone(),
            entitlements: ents,
            // Its own per currency, else the nearest parent's (as subscriptions are granted),
            // that one marked `inheritedFrom` as inherited entitlements are.
            credit_entitlements: {
                let credit = |c: &String,
                              e: &crate::domain::catalog::CreditEntitlement,
                              from: Option<&String>| {
                    let mut v = serde_json::json!({"currencyId": c, "amount": e.amount, "cadence": e.cadence.wire(), "perUnitOf": e.per_unit_of});
                    if let Some(from) = from {
                        v["inheritedFrom"] = serde_json::json!(from);
                    }
                    v
                };
                let mut all: Vec<(String, Value)> = b
                    .credits
                    .iter()
                    .map(|(c, e)| (c.clone(), credit(c, e, None)))
                    .collect();
                for (c, src, e) in &inherited.credits {
                    if !b.credits.contains_key(c) {
                        all.push((c.clone(), credit(c, e, Some(src))));
                    }
                }
                all.sort_by(|a, b| a.0.cmp(&b.0));
                all.into_iter().map(|(_, v)| v).collect()
            },
            prices: b
                .prices
                .iter()
                .filter(|p| p.model != PriceModel::Overage)
                .map(PriceView::new)
                .collect(),
            overage_prices: b
                .prices
                .iter()
                .filter(|p| p.model == PriceModel::Overage)
                .map(PriceView::new)
                .collect(),
            all_prices: b.prices.clone(),
            has_draft: row.draft.is_some(),
            migration: v.migration.clone(),
            created_at: instant(&v.created_at),
            published_at: opt_instant(&v.published_at),
            archived_at: opt_instant(&row.meta.archived_at),
        }
    }

    pub fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.product_id.clone(),
            self.display_name.clone(),
            self.pricing_type.to_string(),
            format!("v{}", self.version_number),
            self.status.to_string(),
            if self.has_draft {
                "yes".into()
            } else {
                String::new()
            },
        ]
    }
    pub const HEADERS: &'static [&'static str] = &[
        "id", "product", "name", "pricing", "version", "status", "draft",
    ];
}

/// Stigg's BillingModel of a price: an overage is a usage-based price (listed apart, in
/// `overagePrices`).
pub fn billing_model(m: PriceModel) -> &'static str {
    match m {
        PriceModel::Overage => PriceModel::Usage.wire(),
        other => other.wire(),
    }
}

/// A price as JSON prints it: Stigg's `billingModel`; our one-price-per-(model, feature,
/// currency) shape with both billing periods' amounts; decimals as strings.
#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct PriceView {
    pub billing_model: &'static str,
    pub currency: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    #[serde(flatten)]
    pub amounts: PriceAmounts,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_size: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<CountryPrice>,
}

impl PriceView {
    pub fn new(p: &Price) -> Self {
        PriceView {
            billing_model: billing_model(p.model),
            currency: p.currency.clone(),
            feature: p.feature.clone(),
            amounts: p.amounts.clone(),
            min: p.min,
            max: p.max,
            block_size: p.block_size,
            rate: p.rate,
            formula: p.formula.clone(),
            countries: p.countries.clone(),
        }
    }
}

/// One row of `plan price list`: the price, and whether it is an overage price (which `plan
/// show` lists under `overagePrices`).
#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct PriceListItem {
    #[serde(flatten)]
    pub price: PriceView,
    pub is_overage: bool,
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub model: &'static str,
}

impl PriceListItem {
    pub fn new(p: &Price) -> Self {
        PriceListItem {
            price: PriceView::new(p),
            is_overage: p.model == PriceModel::Overage,
            text: price_text(p),
            model: p.model.kebab(),
        }
    }
}

pub fn price_text(p: &Price) -> String {
    let mut parts = vec![p.model.kebab().to_string()];
    if let Some(f) = &p.feature {
        parts.push(f.clone());
    }
    let a = &p.amounts;
    if let Some(m) = a.monthly {
        parts.push(format!("{m} {}/month", p.currency));
    }
    if let Some(y) = a.annually {
        parts.push(format!("{y} {}/year", p.currency));
    }
    if let Some(u) = a.unit_price {
        parts.push(format!("{u} {}/unit", p.currency));
    }
    if let Some(t) = a.tiers_mode {
        parts.push(format!(
            "{} tiers ({}) {}",
            t.kebab(),
            a.tiers.len(),
            p.currency
        ));
    }
    if let Some(r) = p.rate {
        parts.push(format!("{r} {} per unit", p.currency));
    }
    if let Some(f) = &p.formula {
        parts.push(format!("{} = {f}", p.currency));
    }
    if !p.countries.is_empty() {
        let cs: Vec<&str> = p.countries.iter().map(|c| c.country.as_str()).collect();
        parts.push(format!("countries {}", cs.join(",")));
    }
    parts.join(" ")
}

impl View for PackageView {
    fn tabular(&self) -> Tabular {
        let mut pairs = vec![
            ("id", self.id.clone()),
            ("product", self.product_id.clone()),
            ("name", self.display_name.clone()),
            (
                "version",
                format!(
                    "v{}{}",
                    self.version_number,
                    if self.is_latest { " (latest)" } else { "" }
                ),
            ),
            ("status", self.status.to_string()),
            ("pricing", self.pricing_type.to_string()),
        ];
        if let Some(p) = &self.parent_plan_id {
            pairs.push((
                "parent",
                format!(
                    "{p}{}",
                    self.parent_version
                        .map(|v| format!(" v{v}"))
                        .unwrap_or_default()
                ),
            ));
        }
        if let Some(t) = &self.default_trial_config {
            let units = if t["units"] == "DAY" {
                "days"
            } else {
                "months"
            };
            let end = if t["trialEndBehavior"] == "CANCEL_SUBSCRIPTION" {
                "cancel"
            } else {
                "convert-to-paid"
            };
            pairs.push(("trial", format!("{} {units}, then {end}", t["duration"])));
        }
        if !self.compatible_addon_ids.is_empty() {
            pairs.push(("compatibleAddons", self.compatible_addon_ids.join(", ")));
        }
        if let Some(q) = self.max_quantity {
            pairs.push(("maxQuantity", q.to_string()));
        }
        if !self.dependencies.is_empty() {
            pairs.push(("dependsOn", self.dependencies.join(", ")));
        }
        for e in &self.entitlements {
            let r = e.row();
            let extra: Vec<&String> = r[2..].iter().filter(|s| !s.is_empty()).collect();
            let extra = if extra.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    extra
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            pairs.push((
                "entitlement",
                format!("{}: {}{}", e.feature_id, r[1], extra),
            ));
        }
        for c in &self.credit_entitlements {
            pairs.push((
                "credits",
                format!(
                    "{}: {} per {}{}{}",
                    c["currencyId"].as_str().unwrap_or(""),
                    c["amount"].as_str().unwrap_or(""),
                    c["cadence"].as_str().unwrap_or("").to_lowercase(),
                    c["perUnitOf"]
                        .as_str()
                        .map(|f| format!(" per unit of {f}"))
                        .unwrap_or_default(),
                    c["inheritedFrom"]
                        .as_str()
                        .map(|p| format!(" (from {p})"))
                        .unwrap_or_default()
                ),
            ));
        }
        for p in &self.all_prices {
            pairs.push(("price", price_text(p)));
        }
        if self.has_draft && self.status != "DRAFT" {
            pairs.push(("draft", "open".into()));
        }
        Tabular::fields(pairs)
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionSummary {
    pub version_number: u32,
    pub status: String,
    pub created_at: String,
    pub published_at: Option<String>,
    pub parent_version: Option<u32>,
    pub migration: Option<String>,
}

impl VersionSummary {
    pub fn new(v: &VersionRow) -> Self {
        VersionSummary {
            version_number: v.version,
            status: v.status.clone(),
            created_at: instant(&v.created_at),
            published_at: opt_instant(&v.published_at),
            parent_version: v.parent_version,
            migration: v.migration.clone(),
        }
    }
    pub fn row(&self) -> Vec<String> {
        vec![
            format!("v{}", self.version_number),
            self.status.clone(),
            self.created_at.clone(),
            cell(&self.published_at),
            cell(&self.migration),
        ]
    }
    pub const HEADERS: &'static [&'static str] =
        &["version", "status", "createdAt", "publishedAt", "migration"];
}

// ---- catalog apply ------------------------------------------------------------------------

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeView {
    pub action: &'static str,
    /// Stigg's EventEntityType of the entity (`PLAN`, `CUSTOM_CURRENCY`, …).
    pub entity_type: &'static str,
    /// The noun the text and table show (`plan`, `currency`, …).
    #[serde(skip)]
    pub noun: &'static str,
    pub id: String,
    pub version: Option<u32>,
    pub fields: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangePlanView {
    pub dry_run: bool,
    pub changed: bool,
    pub changes: Vec<ChangeView>,
    pub unchanged: usize,
    pub migrate: &'static str,
    pub notes: Vec<String>,
}

impl ChangePlanView {
    pub fn new(plan: &ChangePlan, dry_run: bool, migrate: &'static str) -> Self {
        ChangePlanView {
            dry_run,
            changed: !plan.changes.is_empty(),
            changes: plan
                .changes
                .iter()
                .map(|c| ChangeView {
                    action: c.action.as_str(),
                    entity_type: crate::events::EventEntityType::of_kind(c.kind).wire(),
                    noun: c.kind.noun(),
                    id: c.id.clone(),
                    version: c.version,
                    fields: c.fields.clone(),
                })
                .collect(),
            unchanged: plan.unchanged,
            migrate,
            notes: plan.notes.clone(),
        }
    }
}

impl View for ChangePlanView {
    fn tabular(&self) -> Tabular {
        let mut t = Tabular::new(&["action", "type", "id", "version", "fields"]);
        for c in &self.changes {
            t.row(vec![
                c.action.to_string(),
                c.noun.to_string(),
                c.id.clone(),
                c.version.map(|v| format!("v{v}")).unwrap_or_default(),
                c.fields.join(", "),
            ]);
        }
        t
    }

    fn text(&self) -> Option<String> {
        let mut s = String::new();
        if self.changes.is_empty() {
            s.push_str(&format!(
                "No changes: the environment already matches ({} unchanged).\n",
                self.unchanged
            ));
        } else {
            for c in &self.changes {
                let action = Action::parse(c.action);
                let sym = action.map(|a| a.symbol()).unwrap_or("?");
                let what = match (c.action, c.version) {
                    ("create", Some(v)) => format!("create (publish v{v})"),
                    ("new-version", Some(v)) => format!("new version v{v}"),
                    ("create-draft", Some(v)) => format!("create draft v{v}"),
                    ("update-draft", Some(v)) => format!("update draft v{v}"),
                    (a, _) => a.to_string(),
                };
                let fields = if c.fields.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", c.fields.join(", "))
                };
                s.push_str(&format!("{sym} {} {}: {what}{fields}\n", c.noun, c.id));
            }
            let n = self.changes.len();
            s.push_str(&format!(
                "{} {n} change{}, {} unchanged{}.\n",
                if self.dry_run {
                    "Would apply"
                } else {
                    "Applied"
                },
                if n == 1 { "" } else { "s" },
                self.unchanged,
                if self.migrate == "ALL_CUSTOMERS"
                    && self.changes.iter().any(|c| c.action == "new-version")
                {
                    "; live subscriptions move to the new versions"
                } else {
                    ""
                }
            ));
        }
        for n in &self.notes {
            s.push_str(&format!("note: {n}\n"));
        }
        Some(s)
    }
}

impl Action {
    pub fn parse(s: &str) -> Option<Action> {
        [
            Action::Create,
            Action::Update,
            Action::NewVersion,
            Action::CreateDraft,
            Action::UpdateDraft,
            Action::Archive,
            Action::Unarchive,
        ]
        .into_iter()
        .find(|a| a.as_str() == s)
    }
}

/// A free-form result: fields for a table, the same as a JSON object.
#[derive(Serialize)]
#[serde(transparent)]
pub struct ObjectView(pub serde_json::Map<String, Value>);

impl View for ObjectView {
    fn tabular(&self) -> Tabular {
        Tabular::fields(
            self.0
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        Value::String(s) => s.clone(),
                        Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (k.as_str(), text)
                })
                .collect(),
        )
    }
}

/// Builds an [`ObjectView`] from key/value pairs.
#[macro_export]
macro_rules! object_view {
    ($($k:literal : $v:expr),* $(,)?) => {{
        let mut m = serde_json::Map::new();
        $( m.insert($k.to_string(), serde_json::json!($v)); )*
        $crate::output::views::ObjectView(m)
    }};
}

/// A JSON object printed as it is (JSON, YAML) or as a field/value table: for views whose fields
/// are already what the JSON says.
#[derive(Serialize)]
#[serde(transparent)]
pub struct JsonView(pub serde_json::Value);

impl View for JsonView {
    fn tabular(&self) -> Tabular {
        let fields = match &self.0 {
            serde_json::Value::Object(m) => m
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Object(o)
                            if o.contains_key("amount") && o.contains_key("currency") =>
                        {
                            format!(
                                "{} {}",
                                o["amount"].as_str().unwrap_or_default(),
                                o["currency"].as_str().unwrap_or_default()
                            )
                        }
                        other => other.to_string(),
                    };
                    (k.as_str(), text)
                })
                .collect(),
            other => vec![("value", other.to_string())],
        };
        Tabular::fields(fields)
    }
}

/// An estimate or invoice preview (spec 60): JSON as it is; as a table, one row per line,
/// then the totals.
#[derive(Serialize)]
#[serde(transparent)]
pub struct PricingView(pub serde_json::Value);

impl View for PricingView {
    fn tabular(&self) -> Tabular {
        let v = &self.0;
        let text = |x: &Value| match x {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let mut t = Tabular::new(&["type", "description", "quantity", "amount"]);
        for l in v["lines"].as_array().into_iter().flatten() {
            t.row(vec![
                text(&l["type"]),
                text(&l["description"]),
                text(&l["quantity"]),
                text(&l["amount"]),
            ]);
        }
        let cur = text(&v["currency"]);
        let mut total = |label: &str, x: &Value| {
            t.row(vec![
                String::new(),
                label.to_string(),
                String::new(),
                format!("{} {cur}", text(x)),
            ])
        };
        total("subtotal", &v["subTotal"]);
        total("discount", &v["discount"]);
        total("total", &v["total"]);
        if !v["proration"].is_null() {
            total("proration: credit", &v["proration"]["credit"]);
            total("proration: debit", &v["proration"]["debit"]);
            total("proration: net", &v["proration"]["netAmount"]);
        }
        if !v["recurring"].is_null() {
            total("recurring per period", &v["recurring"]["total"]);
        }
        // What the JSON says of when (a table read as "charged now" must not be).
        let mut note = |kind: &str, what: String| {
            t.row(vec![kind.into(), what, String::new(), String::new()]);
        };
        if let Some(r) = v["billingPeriodRange"].as_object() {
            note(
                "period",
                format!("{} to {}", text(&r["start"]), text(&r["end"])),
            );
        }
        if v["scheduled"] == true {
            let down = if v["isPlanDowngrade"] == true {
                " (a downgrade)"
            } else {
                ""
            };
            note(
                "scheduled",
                format!(
                    "takes effect at {}{down}: nothing is charged before",
                    text(&v["effectiveAt"])
                ),
            );
        }
        for w in v["warnings"].as_array().into_iter().flatten() {
            t.row(vec![
                "warning".into(),
                text(w),
                String::new(),
                String::new(),
            ]);
        }
        t
    }

    fn text(&self) -> Option<String> {
        None
    }
}

/// `report mrr`: per currency, a row per plan and a total row.
#[derive(Serialize)]
#[serde(transparent)]
pub struct MrrView(pub serde_json::Value);

impl View for MrrView {
    fn tabular(&self) -> Tabular {
        let mut t = Tabular::new(&["currency", "plan", "subscriptions", "mrr"]);
        let s = |v: &Value| match v {
            Value::String(x) => x.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        for c in self.0.as_array().into_iter().flatten() {
            for p in c["plans"].as_array().into_iter().flatten() {
                t.row(vec![
                    s(&c["currency"]),
                    s(&p["planId"]),
                    s(&p["subscriptions"]),
                    s(&p["mrr"]),
                ]);
            }
            t.row(vec![
                s(&c["currency"]),
                "(total)".into(),
                s(&c["subscriptions"]),
                s(&c["mrr"]),
            ]);
        }
        t
    }
}

/// `catalog diff --impact`: per currency, the total, each plan and the subscriptions whose bill
/// changes most.
#[derive(Serialize)]
#[serde(transparent)]
pub struct ImpactView(pub serde_json::Value);

impl View for ImpactView {
    fn tabular(&self) -> Tabular {
        let mut t = Tabular::new(&[
            "currency",
            "scope",
            "id",
            "subscriptions",
            "mrrBefore",
            "mrrAfter",
            "delta",
        ]);
        let s = |v: &Value| match v {
            Value::String(x) => x.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        let list = match &self.0 {
            Value::Array(a) => a.clone(),
            other => vec![other.clone()],
        };
        // No billed subscription: an impact in no currency, nothing to tabulate ("(none)").
        for c in list.iter().filter(|c| !c["currency"].is_null()) {
            let cur = s(&c["currency"]);
            for p in c["plans"].as_array().into_iter().flatten() {
                t.row(vec![
                    cur.clone(),
                    "plan".into(),
                    s(&p["planId"]),
                    s(&p["subscriptions"]),
                    s(&p["mrrBefore"]),
                    s(&p["mrrAfter"]),
                    s(&p["delta"]),
                ]);
            }
            let tot = &c["total"];
            t.row(vec![
                cur.clone(),
                "total".into(),
                String::new(),
                s(&tot["subscriptions"]),
                s(&tot["mrrBefore"]),
                s(&tot["mrrAfter"]),
                s(&tot["delta"]),
            ]);
            for x in c["customers"].as_array().into_iter().flatten() {
                t.row(vec![
                    cur.clone(),
                    format!("customer {}", s(&x["customerId"])),
                    s(&x["subscriptionId"]),
                    "1".into(),
                    s(&x["before"]),
                    s(&x["after"]),
                    s(&x["delta"]),
                ]);
            }
        }
        t
    }
}
