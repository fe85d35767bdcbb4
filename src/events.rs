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
    Credit = "CREDIT" / "credit",
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

/// The envelope of a payload, in front of the entity's own fields.
pub const ENVELOPE: [&str; 4] = ["type", "messageId", "timestamp", "environment"];

/// What is stored of an event's payload: the entity's fields (a value that is not an object is
/// kept under `data`), without the envelope. A lean payload (the per-row events of customer and
/// subscription imports) leaves out fields that are null, empty (`[]`, `{}`) or false (replicas
/// read the entity itself).
/// Whether a field carries something: not null, false, `[]` or `{}` (what lean payloads and
/// stored record bodies leave out; they read back as their defaults).
pub fn carries(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

pub fn stored_fields(ev: &NewEvent, lean_fields: bool) -> String {
    /// The kept fields, serialized straight from the entity (no copy of the map).
    struct Kept<'a>(&'a Map<String, Value>, bool);
    impl Serialize for Kept<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(
                self.0
                    .iter()
                    .filter(|(k, v)| !ENVELOPE.contains(&k.as_str()) && (!self.1 || carries(v))),
            )
        }
    }
    let text = match &ev.entity {
        Value::Object(fields) => serde_json::to_string(&Kept(fields, lean_fields)),
        other => serde_json::to_string(&serde_json::json!({ "data": other })),
    };
    // Serializing a JSON value cannot fail.
    text.unwrap_or_default()
}

/// The payload a reader sees: the envelope, then the stored fields (a stored envelope field,
/// as rows of earlier releases have, gives way to the row's own).
pub fn with_envelope(
    event_type: &str,
    event_id: &str,
    timestamp: &str,
    environment: &str,
    stored: &str,
) -> crate::error::Result<String> {
    let fields: Map<String, Value> = serde_json::from_str(stored).map_err(|e| {
        crate::error::Error::damaged(format!("event {event_id} has an unreadable payload ({e})"))
    })?;
    let mut map = Map::new();
    map.insert("type".into(), Value::from(event_type));
    map.insert("messageId".into(), Value::from(event_id));
    map.insert("timestamp".into(), Value::from(timestamp));
    map.insert("environment".into(), Value::from(environment));
    for (k, v) in fields {
        map.entry(k).or_insert(v);
    }
    Ok(serde_json::to_string(&map)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_is_stored_once_and_rows_of_earlier_releases_read_the_same() {
        let ev = NewEvent {
            event_type: EventType::CustomerCreated,
            entity_type: EventEntityType::Customer,
            entity_id: "c1".into(),
            entity: serde_json::json!({"customerId": "c1", "name": null, "tags": [], "vip": false}),
        };
        let stored = stored_fields(&ev, false);
        assert!(!stored.contains("messageId"), "{stored}");
        let read = with_envelope(
            "customer.created",
            "evt_1",
            "2026-01-01T00:00:00Z",
            "prod",
            &stored,
        )
        .unwrap();
        let old = r#"{"type":"customer.created","messageId":"evt_1","timestamp":"2026-01-01T00:00:00Z","environment":"prod","customerId":"c1","name":null,"tags":[],"vip":false}"#;
        let old_read = with_envelope(
            "customer.created",
            "evt_1",
            "2026-01-01T00:00:00Z",
            "prod",
            old,
        )
        .unwrap();
        assert_eq!(read, old_read);
        assert!(
            read.starts_with(r#"{"type":"customer.created","messageId":"evt_1""#),
            "{read}"
        );
        // An import's events leave out what carries nothing.
        assert_eq!(stored_fields(&ev, true), r#"{"customerId":"c1"}"#);
    }

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
