//! Catalog entities. These structs are the canonical definitions: the store keeps them as JSON
//! (decimals as strings), `catalog apply` compares them by value, and `catalog export` writes them.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $wire:literal / $kebab:literal $(| $old:literal)*),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $wire $(, alias = $old)*)] $variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Stigg's wire name (`BOOLEAN`, `MONTHLY`, …), used in JSON and in stored bodies.
            pub fn wire(self) -> &'static str { match self { $($name::$variant => $wire),+ } }
            /// The lower-case form used in YAML and on the command line.
            pub fn kebab(self) -> &'static str { match self { $($name::$variant => $kebab),+ } }
            /// Names an earlier release stored for this value (still read, never written).
            pub fn legacy(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($old),*]),+ }
            }
            pub fn all_kebab() -> &'static [&'static str] { &[$($kebab),+] }
            pub fn all_wire() -> &'static [&'static str] { &[$($wire),+] }
            pub fn from_kebab(s: &str) -> Option<Self> {
                match s { $($kebab => Some($name::$variant),)+ _ => None }
            }
            /// Any accepted spelling, ignoring case: the friendly (YAML/CLI) one, Stigg's wire
            /// name, or a name an earlier release stored.
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| {
                    v.kebab().eq_ignore_ascii_case(s)
                        || v.wire().eq_ignore_ascii_case(s)
                        || v.legacy().iter().any(|o| o.eq_ignore_ascii_case(s))
                })
            }
        }
    };
}
pub(crate) use str_enum;

str_enum!(FeatureType { Boolean = "BOOLEAN" / "boolean", Number = "NUMBER" / "number", Enum = "ENUM" / "enum" });
str_enum!(MeterType { None = "None" / "none", Incremental = "Incremental" / "incremental", Fluctuating = "Fluctuating" / "fluctuating" });
str_enum!(PricingType { Free = "FREE" / "free", Paid = "PAID" / "paid", Custom = "CUSTOM" / "custom" });
str_enum!(ResetPeriod { Hour = "HOUR" / "hour", Day = "DAY" / "day", Week = "WEEK" / "week", Month = "MONTH" / "month", Year = "YEAR" / "year" });
str_enum!(Cadence { Month = "MONTH" / "month", Year = "YEAR" / "year" });
str_enum!(TrialEnd { ConvertToPaid = "CONVERT_TO_PAID" / "convert-to-paid", Cancel = "CANCEL_SUBSCRIPTION" / "cancel" });
// Stigg's EntitlementBehavior; releases before 0.2 stored INCREMENT / OVERRIDE.
str_enum!(AddonBehavior { Increment = "Increment" / "increment" | "INCREMENT", Override = "Override" / "override" | "OVERRIDE" });
str_enum!(CancellationTime { EndOfPeriod = "END_OF_BILLING_PERIOD" / "end-of-period", Immediate = "IMMEDIATE" / "immediate" });
// When a downgrade takes effect (Stigg's ScheduleStrategy).
str_enum!(DowngradeAt { EndOfPeriod = "END_OF_BILLING_PERIOD" / "end-of-period", Immediate = "IMMEDIATE" / "immediate" });

// str_enum! cannot mark a `#[default]` variant.
#[allow(clippy::derivable_impls)]
impl Default for DowngradeAt {
    fn default() -> Self {
        DowngradeAt::EndOfPeriod
    }
}

// Stigg's SubscriptionUpdateUsageCutoffBehavior; earlier releases stored NEVER / ALWAYS.
str_enum!(UsageReset { Never = "NEVER_RESET" / "never" | "NEVER", Always = "ALWAYS_RESET" / "always" | "ALWAYS", BillingPeriodChange = "BILLING_PERIOD_CHANGE" / "billing-period-change" });
// Stigg's BillingModel, plus OVERAGE: a usage-based price beyond the entitlement, stored apart
// from the plain usage price of the same feature and printed as Stigg does (USAGE_BASED, in
// `overagePrices`). Earlier releases stored CREDITS for CREDIT_BASED.
str_enum!(PriceModel { Flat = "FLAT_FEE" / "flat", PerUnit = "PER_UNIT" / "per-unit", Usage = "USAGE_BASED" / "usage", Overage = "OVERAGE" / "overage", Minimum = "MINIMUM_SPEND" / "minimum", Credits = "CREDIT_BASED" / "credits" | "CREDITS" });
str_enum!(TiersMode { Graduated = "GRADUATED" / "graduated", Volume = "VOLUME" / "volume" });
str_enum!(Aggregation { Count = "COUNT" / "COUNT", Sum = "SUM" / "SUM", Min = "MIN" / "MIN", Max = "MAX" / "MAX", Avg = "AVG" / "AVG", Unique = "UNIQUE" / "UNIQUE" });
str_enum!(ConditionOp {
    Equals = "EQUALS" / "EQUALS", NotEquals = "NOT_EQUALS" / "NOT_EQUALS",
    GreaterThan = "GREATER_THAN" / "GREATER_THAN", GreaterThanOrEqual = "GREATER_THAN_OR_EQUAL" / "GREATER_THAN_OR_EQUAL",
    LessThan = "LESS_THAN" / "LESS_THAN", LessThanOrEqual = "LESS_THAN_OR_EQUAL" / "LESS_THAN_OR_EQUAL",
    Contains = "CONTAINS" / "CONTAINS", StartsWith = "STARTS_WITH" / "STARTS_WITH", EndsWith = "ENDS_WITH" / "ENDS_WITH",
    In = "IN" / "IN", IsNull = "IS_NULL" / "IS_NULL", IsNotNull = "IS_NOT_NULL" / "IS_NOT_NULL",
});
str_enum!(Rounding { Up = "UP" / "up", Down = "DOWN" / "down" });
str_enum!(PackageKind { Plan = "PLAN" / "plan", Addon = "ADDON" / "addon" });

impl ConditionOp {
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            ConditionOp::GreaterThan
                | ConditionOp::GreaterThanOrEqual
                | ConditionOp::LessThan
                | ConditionOp::LessThanOrEqual
        )
    }
}

/// Weekly reset anchors are `every-monday` … `every-sunday`.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Units {
    pub singular: String,
    pub plural: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnumValue {
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    pub field: String,
    pub operation: ConditionOp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MeterFilter {
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventMeter {
    pub filters: Vec<MeterFilter>,
    pub aggregation: Aggregation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregation_field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitTransformation {
    pub divide: Decimal,
    pub round: Rounding,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Feature {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub feature_type: FeatureType,
    pub meter_type: MeterType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<Units>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enum_values: Vec<EnumValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_meter: Option<EventMeter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_transformation: Option<UnitTransformation>,
}

impl Feature {
    pub fn is_metered(&self) -> bool {
        self.feature_type == FeatureType::Number && self.meter_type != MeterType::None
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Currency {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<Units>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    pub amount: Decimal,
    pub currency: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Discount {
    #[serde(rename = "PERCENTAGE")]
    Percentage {
        #[serde(rename = "percentOff")]
        percent_off: Decimal,
    },
    #[serde(rename = "FIXED")]
    Fixed {
        #[serde(rename = "amountsOff")]
        amounts_off: Vec<Money>,
    },
}

/// Fixed amounts are one per currency, compared whatever their order (a file listing them in
/// another order, or one stored before they were kept sorted, restates the same discount).
impl PartialEq for Discount {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Discount::Percentage { percent_off: a }, Discount::Percentage { percent_off: b }) => {
                a == b
            }
            (Discount::Fixed { amounts_off: a }, Discount::Fixed { amounts_off: b }) => {
                a.len() == b.len() && a.iter().all(|m| b.contains(m))
            }
            _ => false,
        }
    }
}

impl Eq for Discount {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Coupon {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub discount: Discount,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_months: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StartSetup {
    /// Customers without an explicit plan get this free plan.
    FreePlan(String),
    /// Customers without an explicit plan start a trial of this plan.
    TrialPlan(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub multiple_subscriptions: bool,
    /// None = plan selection: `customer create` without `--plan` subscribes to nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_setup: Option<StartSetup>,
    /// None = cancel; Some(plan) = downgrade to that free plan when a paid subscription ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub downgrade_plan: Option<String>,
    pub default_cancellation: CancellationTime,
    /// When a plan change that is a downgrade takes effect (`--schedule` overrides it).
    #[serde(default)]
    pub downgrade_at: DowngradeAt,
    pub usage_reset_on_change: UsageReset,
}

impl Product {
    pub fn new(id: &str) -> Self {
        Product {
            id: id.to_string(),
            name: id.to_string(),
            description: None,
            multiple_subscriptions: false,
            start_setup: None,
            downgrade_plan: None,
            default_cancellation: CancellationTime::EndOfPeriod,
            downgrade_at: DowngradeAt::EndOfPeriod,
            usage_reset_on_change: UsageReset::Never,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum Limit {
    /// Boolean and enum entitlements carry no limit.
    None,
    Unlimited,
    Limited(Decimal),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reset {
    pub period: ResetPeriod,
    /// `subscription-start` (default), `start-of-month` (monthly) or `every-<weekday>` (weekly).
    pub anchor: String,
}

pub const ANCHOR_SUBSCRIPTION_START: &str = "subscription-start";
pub const ANCHOR_START_OF_MONTH: &str = "start-of-month";

/// A reset anchor in any accepted spelling — ours (`start-of-month`, `every-monday`) or Stigg's
/// `…AccordingTo` value (`StartOfTheMonth`, `EveryMonday`), any case — in the stored form
/// (ours). Anything else is returned as given, for validation to report.
pub fn anchor_from_any(s: &str) -> String {
    let t = s.trim();
    let squash = |x: &str| x.replace(['-', '_'], "").to_ascii_lowercase();
    let k = squash(t);
    if k == "subscriptionstart" {
        return ANCHOR_SUBSCRIPTION_START.to_string();
    }
    if k == "startofthemonth" || k == "startofmonth" {
        return ANCHOR_START_OF_MONTH.to_string();
    }
    if let Some(day) = k.strip_prefix("every")
        && WEEKDAYS.contains(&day)
    {
        return format!("every-{day}");
    }
    t.to_string()
}

/// Stigg's `resetPeriodConfiguration` of a reset: the `…AccordingTo` key of its period and the
/// anchor's value there (`monthlyAccordingTo: StartOfTheMonth`); none for hour and day resets.
pub fn reset_period_configuration(r: &Reset) -> Option<(&'static str, String)> {
    let key = match r.period {
        ResetPeriod::Hour | ResetPeriod::Day => return None,
        ResetPeriod::Week => "weeklyAccordingTo",
        ResetPeriod::Month => "monthlyAccordingTo",
        ResetPeriod::Year => "yearlyAccordingTo",
    };
    let value = match r.anchor.as_str() {
        ANCHOR_START_OF_MONTH => "StartOfTheMonth".to_string(),
        a => match a.strip_prefix("every-") {
            Some(day) => {
                let mut c = day.chars();
                let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or_default();
                format!("Every{first}{}", c.as_str())
            }
            None => "SubscriptionStart".to_string(),
        },
    };
    Some((key, value))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entitlement {
    pub limit: Limit,
    #[serde(default)]
    pub soft: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset: Option<Reset>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// Add-ons only (None on plans).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub behavior: Option<AddonBehavior>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditEntitlement {
    pub amount: Decimal,
    pub cadence: Cadence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_unit_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tier {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flat_price: Option<Decimal>,
}

/// Amounts of one price in one currency (the default, or a country variant).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceAmounts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monthly: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annually: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tiers_mode: Option<TiersMode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryPrice {
    pub country: String,
    pub currency: String,
    #[serde(flatten)]
    pub amounts: PriceAmounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    pub model: PriceModel,
    /// ISO-4217 code, or the credit currency id for `credits`.
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<CountryPrice>,
}

impl Price {
    pub fn new(model: PriceModel, currency: &str) -> Self {
        Price {
            model,
            currency: currency.to_string(),
            feature: None,
            amounts: PriceAmounts::default(),
            min: None,
            max: None,
            block_size: None,
            rate: None,
            formula: None,
            countries: Vec::new(),
        }
    }

    /// Identity of a price inside a package: one price per (model, feature, currency); its
    /// billing-period amounts live inside it.
    pub fn key(&self) -> (PriceModel, Option<&str>, &str) {
        (self.model, self.feature.as_deref(), self.currency.as_str())
    }

    /// Folds `other` (same key) into this price: every field `other` sets replaces this one's,
    /// the rest is kept — setting the monthly amount keeps the annual one; a country variant
    /// replaces the variant of the same country only.
    pub fn merge(&mut self, other: Price) {
        let (mine, new) = (&mut self.amounts, other.amounts);
        mine.monthly = new.monthly.or(mine.monthly);
        mine.annually = new.annually.or(mine.annually);
        mine.unit_price = new.unit_price.or(mine.unit_price);
        if !new.tiers.is_empty() {
            mine.tiers = new.tiers;
            mine.tiers_mode = new.tiers_mode.or(mine.tiers_mode);
        } else if new.tiers_mode.is_some() {
            mine.tiers_mode = new.tiers_mode;
        }
        self.min = other.min.or(self.min);
        self.max = other.max.or(self.max);
        self.block_size = other.block_size.or(self.block_size);
        if other.rate.is_some() {
            self.rate = other.rate;
            self.formula = None;
        } else if other.formula.is_some() {
            self.formula = other.formula;
            self.rate = None;
        }
        for c in other.countries {
            self.countries.retain(|x| x.country != c.country);
            self.countries.push(c);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "unit", content = "count")]
pub enum TrialLength {
    Days(u32),
    Months(u32),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Trial {
    pub length: TrialLength,
    pub on_end: TrialEnd,
}

/// The versioned content of a plan or add-on. Two versions are "the same" when these are equal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PackageBody {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub pricing_type: PricingType,
    // Plan-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial: Option<Trial>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub compatible_addons: Vec<String>,
    // Add-on-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    // Both.
    #[serde(default)]
    pub entitlements: BTreeMap<String, Entitlement>,
    #[serde(default)]
    pub credits: BTreeMap<String, CreditEntitlement>,
    #[serde(default)]
    pub prices: Vec<Price>,
}

impl PackageBody {
    /// What ends a trial on this plan: its own trial setting, else (a custom trial given with
    /// a subscription) converting to paid.
    /// The currencies it grants credits in or prices usage in credits of.
    pub fn credit_currencies(&self) -> impl Iterator<Item = &String> {
        self.credits.keys().chain(
            self.prices
                .iter()
                .filter(|p| p.model == PriceModel::Credits)
                .map(|p| &p.currency),
        )
    }

    pub fn trial_end(&self) -> TrialEnd {
        self.trial
            .as_ref()
            .map_or(TrialEnd::ConvertToPaid, |t| t.on_end)
    }

    pub fn new(kind: PackageKind, name: &str, pricing_type: PricingType) -> Self {
        PackageBody {
            name: name.to_string(),
            description: None,
            pricing_type,
            parent: None,
            trial: None,
            compatible_addons: Vec::new(),
            max_quantity: (kind == PackageKind::Addon).then_some(1),
            depends_on: Vec::new(),
            entitlements: BTreeMap::new(),
            credits: BTreeMap::new(),
            prices: Vec::new(),
        }
    }

    /// Canonical order so that comparisons ignore file order.
    pub fn normalize(&mut self) {
        self.compatible_addons.sort();
        self.compatible_addons.dedup();
        self.depends_on.sort();
        self.depends_on.dedup();
        self.prices.sort_by(|a, b| a.key().cmp(&b.key()));
        for p in &mut self.prices {
            p.countries.sort_by(|a, b| a.country.cmp(&b.country));
        }
        for e in self.entitlements.values_mut() {
            e.values.sort();
            e.values.dedup();
        }
    }
}

/// A plan or add-on as declared: identity plus the versioned body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageDef {
    pub kind: PackageKind,
    pub id: String,
    pub product_id: String,
    pub body: PackageBody,
}
