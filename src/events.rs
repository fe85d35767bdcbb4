//! The event types (Stigg webhook names) in one table, and the payload envelope.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::catalog::{EntityKind, str_enum};

// Stigg's EventEntityType: what an event is about. Releases before these names stored the
// lower-case nouns (the friendly spellings), which still read.
str_enum!(EventEntityType {
    Feature = "FEATURE" / "feature",
    CustomCurrency = "CUSTOM_CURRENCY" / "currency",
    Coupon = "COUPON" / "coupon",
    Product = "PRODUCT" / "product",
    Plan = "PLAN" / "plan",
    Addon = "ADDON" / "addon",
    Customer = "CUSTOMER" / "customer",
    Subscription = "SUBSCRIPTION" / "subscription",
    Entitlement = "ENTITLEMENT" / "entitlement",
    PromotionalEntitlement = "PROMOTIONAL_ENTITLEMENT" / "promotional-entitlement",
    Measurement = "MEASUREMENT" / "measurement",
    Import = "IMPORT" / "import",
});

// Stigg's EventActor: who made the change. `USER` is an operator or script running a command
// (earlier releases stored `cli`); `SCHEDULER` the catch-up step; `IMPORT` a bulk import;
// `MIGRATION` a publish that moves live subscriptions to the new version.
str_enum!(EventActor {
    User = "USER" / "user" | "cli",
    Scheduler = "SCHEDULER" / "scheduler",
    Import = "IMPORT" / "import",
    Migration = "MIGRATION" / "migration",
});

impl EventEntityType {
    pub fn of_kind(kind: EntityKind) -> Self {
        match kind {
            EntityKind::Feature => EventEntityType::Feature,
            EntityKind::Currency => EventEntityType::CustomCurrency,
            EntityKind::Coupon => EventEntityType::Coupon,
            EntityKind::Product => EventEntityType::Product,
            EntityKind::Plan => EventEntityType::Plan,
            EntityKind::Addon => EventEntityType::Addon,
        }
    }
}

/// A stored `entity_type` or `actor` in Stigg's spelling (rows written by earlier releases
/// hold the lower-case forms); anything unknown as stored.
pub fn entity_type_wire(stored: &str) -> String {
    EventEntityType::parse(stored)
        .map(|t| t.wire().to_string())
        .unwrap_or_else(|| stored.to_string())
}

pub fn actor_wire(stored: &str) -> String {
    EventActor::parse(stored)
        .map(|t| t.wire().to_string())
        .unwrap_or_else(|| stored.to_string())
}

macro_rules! event_types {
    ($($variant:ident = $name:literal),+ $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum EventType { $($variant),+ }
        impl EventType {
            pub const ALL: &'static [EventType] = &[$(EventType::$variant),+];
            pub fn name(self) -> &'static str { match self { $(EventType::$variant => $name),+ } }
            pub fn from_name(s: &str) -> Option<Self> { Self::ALL.iter().copied().find(|t| t.name() == s) }
        }
    };
}

event_types! {
    CustomerCreated = "customer.created",
    CustomerUpdated = "customer.updated",
    CustomerDeleted = "customer.deleted",
    SubscriptionCreated = "subscription.created",
    SubscriptionUpdated = "subscription.updated",
    SubscriptionCanceled = "subscription.canceled",
    SubscriptionExpired = "subscription.expired",
    SubscriptionTrialStarted = "subscription.trial_started",
    SubscriptionTrialConverted = "subscription.trial_converted",
    SubscriptionTrialExpired = "subscription.trial_expired",
    SubscriptionTrialEndsSoon = "subscription.trial.ends_soon",
    MeasurementReported = "measurement.reported",
    UsageImported = "usage.imported",
    EntitlementUsageExceeded = "entitlement.usage_exceeded",
    EntitlementsUpdated = "entitlements.updated",
    PromotionalEntitlementGranted = "promotionalEntitlement.granted",
    PromotionalEntitlementUpdated = "promotionalEntitlement.updated",
    PromotionalEntitlementRevoked = "promotionalEntitlement.revoked",
    PromotionalEntitlementExpired = "promotionalEntitlement.expired",
    CreditGrantCreated = "credit.grant.created",
    CreditGrantUpdated = "credit.grant.updated",
    CreditGrantDepleted = "credit.grant.depleted",
    CreditGrantExpired = "credit.grant.expired",
    CreditGrantVoided = "credit.grant.voided",
    CreditBalanceLow = "credit.balance.low",
    CreditBalanceDepleted = "credit.balance.depleted",
    AutoRechargeAttempted = "automatic_recharge.operation.attempted",
    AutoRechargeConfigChanged = "automatic_recharge.configuration.changed",
    PlanCreated = "plan.created",
    PlanUpdated = "plan.updated",
    PlanPublished = "plan.published",
    PlanArchived = "plan.archived",
    PlanDeleted = "plan.deleted",
    AddonCreated = "addon.created",
    AddonUpdated = "addon.updated",
    AddonPublished = "addon.published",
    AddonArchived = "addon.archived",
    AddonDeleted = "addon.deleted",
    FeatureCreated = "feature.created",
    FeatureUpdated = "feature.updated",
    FeatureArchived = "feature.archived",
    CouponCreated = "coupon.created",
    CouponUpdated = "coupon.updated",
    CouponArchived = "coupon.archived",
    ProductCreated = "product.created",
    ProductUpdated = "product.updated",
    ProductArchived = "product.archived",
    CurrencyCreated = "currency.created",
    CurrencyUpdated = "currency.updated",
    CurrencyArchived = "currency.archived",
}

/// An event about to be appended. `entity` is the entity as its `show --json` prints it; the
/// store adds the envelope (`type`, `messageId`, `timestamp`, `environment`).
pub struct NewEvent {
    pub event_type: EventType,
    pub entity_type: EventEntityType,
    pub entity_id: String,
    pub entity: Value,
}

/// Flat payload: envelope fields next to the entity's own fields.
pub fn payload(ev: &NewEvent, event_id: &str, timestamp: &str, environment: &str) -> Value {
    let mut map = Map::new();
    map.insert("type".into(), Value::from(ev.event_type.name()));
    map.insert("messageId".into(), Value::from(event_id));
    map.insert("timestamp".into(), Value::from(timestamp));
    map.insert("environment".into(), Value::from(environment));
    match &ev.entity {
        Value::Object(fields) => {
            for (k, v) in fields {
                map.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        other => {
            map.insert("data".into(), other.clone());
        }
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        let mut names: Vec<&str> = EventType::ALL.iter().map(|t| t.name()).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        assert_eq!(
            EventType::from_name("plan.published"),
            Some(EventType::PlanPublished)
        );
    }
}
