//! Subscriptions: the record, its statuses, what falls due when, and the price comparison that
//! tells an upgrade from a downgrade.

use chrono::Duration;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::clock::Instant;
use crate::domain::catalog::{
    PackageBody, Price, PriceAmounts, PriceModel, PricingType, TiersMode, str_enum,
};
use crate::domain::decimal::{sat_add, sat_mul};
use crate::domain::pricing::localised;

str_enum!(SubStatus {
    NotStarted = "NOT_STARTED" / "not-started",
    InTrial = "IN_TRIAL" / "in-trial",
    Active = "ACTIVE" / "active",
    PaymentPending = "PAYMENT_PENDING" / "payment-pending",
    Canceled = "CANCELED" / "canceled",
    Expired = "EXPIRED" / "expired",
});
str_enum!(BillingPeriod { Monthly = "MONTHLY" / "monthly", Annually = "ANNUALLY" / "annually" });
// Stigg's SubscriptionScheduleStatus (the values a local engine produces).
str_enum!(ScheduleStatus {
    Scheduled = "Scheduled" / "scheduled",
    Done = "Done" / "done",
    Canceled = "Canceled" / "canceled",
});
// Stigg's SubscriptionScheduleType (the kinds of change this engine schedules).
str_enum!(ScheduleType {
    Downgrade = "Downgrade" / "downgrade",
    Plan = "Plan" / "plan",
    BillingPeriod = "BillingPeriod" / "billing-period",
    Addon = "Addon" / "addon",
    UnitAmount = "UnitAmount" / "unit-amount",
    MigrateToLatest = "MigrateToLatest" / "migrate-to-latest",
});

// str_enum! cannot mark a `#[default]` variant.
#[allow(clippy::derivable_impls)]
impl Default for ScheduleStatus {
    /// Records written before statuses were kept held pending changes only.
    fn default() -> Self {
        ScheduleStatus::Scheduled
    }
}

impl BillingPeriod {
    pub fn months(self) -> u32 {
        match self {
            BillingPeriod::Monthly => 1,
            BillingPeriod::Annually => 12,
        }
    }
}

impl SubStatus {
    pub fn is_live(self) -> bool {
        matches!(self, SubStatus::Active | SubStatus::InTrial)
    }
    pub fn is_ended(self) -> bool {
        matches!(self, SubStatus::Canceled | SubStatus::Expired)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubAddon {
    pub addon_id: String,
    pub version: u32,
    pub quantity: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeatureQuantity {
    pub feature_id: String,
    pub quantity: u32,
}

/// A change waiting for its instant (downgrade at period end, scheduled migration …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum ScheduledChange {
    #[serde(rename = "PLAN_CHANGE", rename_all = "camelCase")]
    PlanChange {
        plan_id: String,
        plan_version: u32,
        billing_period: Option<BillingPeriod>,
        addons: Vec<SubAddon>,
        quantities: Vec<FeatureQuantity>,
        /// The id asked for with `--id`, given to the subscription the change creates.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        subscription_id: Option<String>,
    },
    #[serde(rename = "MIGRATION", rename_all = "camelCase")]
    Migrate { plan_version: u32 },
    #[serde(rename = "UPDATE", rename_all = "camelCase")]
    Update {
        billing_period: Option<BillingPeriod>,
        addons: Vec<SubAddon>,
        quantities: Vec<FeatureQuantity>,
    },
}

/// `s` and the subscriptions it replaced by plan changes, `s` first: those in `all` (the
/// customer's) of the same resource and product that ended at the instant it (or one of them)
/// started — every one, also those that lasted no time at all (several changes at one
/// instant).
pub fn replaced_chain<'a>(all: &'a [Subscription], s: &'a Subscription) -> Vec<&'a Subscription> {
    let mut out = vec![s];
    let mut instants = vec![s.start_date];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(at) = instants.pop() {
        if !seen.insert(at) || out.len() >= 256 {
            continue;
        }
        for o in all {
            if o.product_id == s.product_id
                && o.resource_id == s.resource_id
                && o.end_date == Some(at)
                && o.start_date <= at
                && !out.iter().any(|x| x.subscription_id == o.subscription_id)
            {
                out.push(o);
                instants.push(o.start_date);
            }
        }
    }
    out
}

/// A scheduled change and what became of it: executed (`Done`) and superseded or dropped
/// (`Canceled`) ones stay on the record as its history; only `Scheduled` ones fall due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduledUpdate {
    pub scheduled_at: Instant,
    pub change: ScheduledChange,
    pub created_at: Instant,
    #[serde(default)]
    pub status: ScheduleStatus,
    /// Stigg's kind of the change; `None` on records written before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<ScheduleType>,
    /// When it was executed or canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<Instant>,
}

impl ScheduledUpdate {
    pub fn new(
        at: Instant,
        change: ScheduledChange,
        schedule_type: ScheduleType,
        now: Instant,
    ) -> Self {
        ScheduledUpdate {
            scheduled_at: at,
            change,
            created_at: now,
            status: ScheduleStatus::Scheduled,
            schedule_type: Some(schedule_type),
            resolved_at: None,
        }
    }

    pub fn is_pending(&self) -> bool {
        self.status == ScheduleStatus::Scheduled
    }

    /// Stigg's type of the change. Records written before the type was kept are pending ones
    /// (executed and superseded changes were dropped then): an update's type follows from what
    /// it changes on `s`.
    pub fn schedule_type(&self, s: &Subscription) -> ScheduleType {
        if let Some(t) = self.schedule_type {
            return t;
        }
        match &self.change {
            ScheduledChange::PlanChange { .. } => ScheduleType::Downgrade,
            ScheduledChange::Migrate { .. } => ScheduleType::MigrateToLatest,
            ScheduledChange::Update {
                billing_period,
                addons,
                quantities,
            } => update_type(s, *billing_period, addons, quantities),
        }
    }
}

/// The kind of a configuration update on `s`: billing period first, then add-ons, then unit
/// quantities (one scheduled entry carries the whole target configuration).
pub fn update_type(
    s: &Subscription,
    billing_period: Option<BillingPeriod>,
    addons: &[SubAddon],
    _quantities: &[FeatureQuantity],
) -> ScheduleType {
    if billing_period != s.billing_period {
        ScheduleType::BillingPeriod
    } else if addons != s.addons.as_slice() {
        ScheduleType::Addon
    } else {
        ScheduleType::UnitAmount
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub subscription_id: String,
    pub customer_id: String,
    pub resource_id: Option<String>,
    pub product_id: String,
    pub plan_id: String,
    pub plan_version: u32,
    pub pricing_type: PricingType,
    pub status: SubStatus,
    pub billing_period: Option<BillingPeriod>,
    pub start_date: Instant,
    pub end_date: Option<Instant>,
    pub trial_end_date: Option<Instant>,
    pub cancellation_date: Option<Instant>,
    pub cancel_reason: Option<String>,
    /// Free text given with `subscription cancel --reason`.
    #[serde(default)]
    pub cancellation_note: Option<String>,
    pub billing_cycle_anchor: Instant,
    pub current_billing_period_start: Option<Instant>,
    pub current_billing_period_end: Option<Instant>,
    #[serde(default)]
    pub addons: Vec<SubAddon>,
    #[serde(default)]
    pub quantities: Vec<FeatureQuantity>,
    pub coupon_id: Option<String>,
    /// When the coupon was applied (its `durationMonths` count from then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_applied_at: Option<Instant>,
    pub country: Option<String>,
    #[serde(default)]
    pub scheduled_updates: Vec<ScheduledUpdate>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
    /// Access was cut (`cancel --revoke-entitlements`) though the subscription runs on.
    #[serde(default)]
    pub entitlements_revoked: bool,
    /// When access was cut (`cancel --revoke-entitlements`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements_revoked_at: Option<Instant>,
    #[serde(default)]
    pub trial_ends_soon_notified: bool,
    pub created_at: Instant,
    pub updated_at: Instant,
    /// While a successor waits to start (a future-dated plan change, a trial converting), the
    /// end this subscription had before the handover, restored if the successor never starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prior_end: Option<PriorEnd>,
    /// Where usage windows step from when it is not the start: a plan change carries the
    /// predecessor's anchor over unless the product resets usage on a change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_anchor: Option<Instant>,
    /// What it granted before changes made in place (a migration to a new version, an update
    /// of its purchases or billing period), oldest first: usage recorded then is arranged by
    /// what it granted then.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<Segment>,
    /// The coupon the current billing period was priced with, when an update replaced or
    /// removed it during the period: a period's price is set at its start, so the rest of the
    /// period (a later change's proration, `report mrr`) is priced with it until `until`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_coupon: Option<PeriodCoupon>,
}

/// The coupon that applied to a subscription as a billing period began — its own, else its
/// customer's (none: no coupon).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PeriodCoupon {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_at: Option<Instant>,
    /// The end of the period it prices.
    pub until: Instant,
}

/// What a subscription granted until `until`, before a change made in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub until: Instant,
    pub plan_version: u32,
    #[serde(default)]
    pub addons: Vec<SubAddon>,
    #[serde(default)]
    pub quantities: Vec<FeatureQuantity>,
    #[serde(default)]
    pub billing_period: Option<BillingPeriod>,
    #[serde(default)]
    pub usage_anchor: Option<Instant>,
}

/// The cancel reason of a subscription that ends at its fixed term (`--end`).
pub const TERM_REASON: &str = "Expired";

impl PriorEnd {
    /// Whether the end kept aside is a fixed term (a cancellation replaced it).
    pub fn is_term(&self) -> bool {
        self.cancel_reason.as_deref() == Some(TERM_REASON)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriorEnd {
    pub end_date: Option<Instant>,
    pub cancellation_date: Option<Instant>,
    pub cancel_reason: Option<String>,
}

impl Subscription {
    /// The subscription as it granted at `t`: the segment in force then (its version,
    /// purchases, billing period and usage anchor), or as it is.
    pub fn as_of(&self, t: Instant) -> std::borrow::Cow<'_, Subscription> {
        match self.segments.iter().find(|g| t < g.until) {
            None => std::borrow::Cow::Borrowed(self),
            Some(g) => {
                let mut s = self.clone();
                s.plan_version = g.plan_version;
                s.addons = g.addons.clone();
                s.quantities = g.quantities.clone();
                s.billing_period = g.billing_period;
                s.usage_anchor = g.usage_anchor;
                std::borrow::Cow::Owned(s)
            }
        }
    }

    /// Records what `old` (this subscription before a change made in place at `at`) granted,
    /// when the change alters it.
    pub fn keep_segment(&mut self, old: &Subscription, at: Instant) {
        let granted = |s: &Subscription| {
            (
                s.plan_version,
                s.addons.clone(),
                s.quantities.clone(),
                s.billing_period,
                s.usage_anchor,
            )
        };
        if old.start_date < at && old.plan_id == self.plan_id && granted(old) != granted(self) {
            self.segments = old.segments.clone();
            // A second change at the same instant: what was in force before it is already kept.
            if self.segments.last().is_some_and(|g| g.until >= at) {
                return;
            }
            self.segments.push(Segment {
                until: at,
                plan_version: old.plan_version,
                addons: old.addons.clone(),
                quantities: old.quantities.clone(),
                billing_period: old.billing_period,
                usage_anchor: old.usage_anchor,
            });
        }
    }

    /// Before the coupon that applies to it (`applies`: its own or its customer's, with when it
    /// was applied) changes at `now`: that coupon is kept for the rest of the current billing
    /// period (the first change of a period keeps it; a period over by `now`, or none, keeps
    /// nothing). Whether it changed anything.
    pub fn keep_period_coupon(&mut self, now: Instant, applies: Option<(String, Instant)>) -> bool {
        if self.period_coupon.as_ref().is_some_and(|p| now < p.until) {
            return false;
        }
        let kept = match (
            self.current_billing_period_start,
            self.current_billing_period_end,
        ) {
            (Some(start), Some(end)) if start < now && now < end => {
                let (coupon_id, applied_at) = applies.unzip();
                Some(PeriodCoupon {
                    coupon_id,
                    applied_at,
                    until: end,
                })
            }
            _ => None,
        };
        let changed = kept != self.period_coupon;
        self.period_coupon = kept;
        changed
    }

    /// The instant usage windows (subscription-start anchored) step from.
    pub fn usage_anchor(&self) -> Instant {
        self.usage_anchor.unwrap_or(self.start_date)
    }

    /// The usage anchor a successor (plan change) takes, by the product's usage-reset rule:
    /// never → carried over; always → its own start; on a billing-period change → carried when
    /// the billing period stays.
    pub fn usage_anchor_for_successor(
        &self,
        rule: crate::domain::catalog::UsageReset,
        next_period: Option<BillingPeriod>,
    ) -> Option<Instant> {
        use crate::domain::catalog::UsageReset;
        match rule {
            UsageReset::Never => Some(self.usage_anchor()),
            UsageReset::Always => None,
            UsageReset::BillingPeriodChange => {
                (self.billing_period == next_period).then(|| self.usage_anchor())
            }
        }
    }

    /// The instants it occupies in its scope: [start, end), open-ended without an end. Only
    /// live and not-yet-started subscriptions occupy time.
    pub fn occupies(&self) -> Option<(Instant, Option<Instant>)> {
        (self.is_live() || self.status == SubStatus::NotStarted)
            .then_some((self.start_date, self.end_date))
    }

    /// Whether two subscriptions of one scope would be live at the same instant.
    pub fn overlaps(&self, other: &Subscription) -> bool {
        let (Some((a0, a1)), Some((b0, b1))) = (self.occupies(), other.occupies()) else {
            return false;
        };
        a1.is_none_or(|e| b0 < e) && b1.is_none_or(|e| a0 < e)
    }
}

/// Notice sent this long before a trial ends.
pub fn trial_notice() -> Duration {
    Duration::days(7)
}

impl Subscription {
    pub fn is_live(&self) -> bool {
        self.status.is_live()
    }

    /// The fixed term (`--end`, reason `Expired`): its end while that is the end, else the one a
    /// scheduled cancellation replaced (kept aside for `uncancel`).
    pub fn fixed_term(&self) -> Option<Instant> {
        if self.cancel_reason.as_deref() == Some(TERM_REASON) {
            return self.end_date;
        }
        self.prior_end
            .as_ref()
            .filter(|p| p.is_term())
            .and_then(|p| p.end_date)
    }

    /// The end of a cancellation the customer scheduled (`subscription cancel --at`: reason
    /// `ScheduledCancellation`, liftable with `uncancel`), while the subscription is live.
    pub fn scheduled_cancellation(&self) -> Option<Instant> {
        (self.is_live() && self.cancel_reason.as_deref() == Some("ScheduledCancellation"))
            .then_some(self.end_date)
            .flatten()
    }

    /// Stigg's `effectiveEndDate`: when the subscription stops granting — the instant access
    /// was cut (`--revoke-entitlements`), else its end (ended or scheduled).
    pub fn effective_end_date(&self) -> Option<Instant> {
        match (self.entitlements_revoked, self.entitlements_revoked_at) {
            (true, Some(at)) => Some(at),
            _ => self.end_date,
        }
    }

    /// Stigg's `wasInTrial`: the subscription had a trial that is over (converted, expired or
    /// canceled).
    pub fn was_in_trial(&self) -> bool {
        self.trial_end_date.is_some()
            && !matches!(self.status, SubStatus::InTrial | SubStatus::NotStarted)
    }

    pub fn grants(&self) -> bool {
        self.is_live() && !self.entitlements_revoked
    }

    pub fn quantity_of(&self, feature: &str) -> Option<u32> {
        self.quantities
            .iter()
            .find(|q| q.feature_id == feature)
            .map(|q| q.quantity)
    }

    /// Every instant the record holds, named (for the store's range check).
    pub fn instants(&self) -> Vec<(&'static str, Instant)> {
        let mut out = vec![
            ("startDate", self.start_date),
            ("billingCycleAnchor", self.billing_cycle_anchor),
        ];
        let optional = [
            ("endDate", self.end_date),
            ("trialEndDate", self.trial_end_date),
            ("cancellationDate", self.cancellation_date),
            (
                "currentBillingPeriodStart",
                self.current_billing_period_start,
            ),
            ("currentBillingPeriodEnd", self.current_billing_period_end),
        ];
        out.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        out.extend(
            self.scheduled_updates
                .iter()
                .map(|u| ("scheduledUpdates.scheduledAt", u.scheduled_at)),
        );
        out
    }

    /// The earliest time-driven transition still pending, if any.
    pub fn next_due(&self) -> Option<Instant> {
        let mut due: Vec<Instant> = Vec::new();
        match self.status {
            SubStatus::NotStarted => due.push(self.start_date),
            SubStatus::InTrial => {
                if let Some(te) = self.trial_end_date {
                    due.push(te);
                    let notice = te - trial_notice();
                    if !self.trial_ends_soon_notified && notice > self.start_date {
                        due.push(notice);
                    }
                }
            }
            SubStatus::Active | SubStatus::PaymentPending => {
                if let Some(end) = self.current_billing_period_end {
                    due.push(end);
                }
            }
            SubStatus::Canceled | SubStatus::Expired => return None,
        }
        if let Some(end) = self.end_date {
            due.push(end);
        }
        due.extend(
            self.scheduled_updates
                .iter()
                .filter(|u| u.is_pending())
                .map(|u| u.scheduled_at),
        );
        due.into_iter().min()
    }

    /// Scheduled changes still waiting for their instant.
    pub fn pending_updates(&self) -> impl Iterator<Item = &ScheduledUpdate> {
        self.scheduled_updates.iter().filter(|u| u.is_pending())
    }

    /// The plan and add-on versions this subscription grants from, now or through a pending
    /// scheduled change: (package id, version). Nothing once it has ended; a subscription not
    /// started yet names its add-ons but not its plan version (it starts on the latest).
    pub fn versions_in_use(&self) -> Vec<(&str, u32)> {
        if self.status.is_ended() {
            return vec![];
        }
        let mut out = Vec::new();
        if self.status != SubStatus::NotStarted {
            out.push((self.plan_id.as_str(), self.plan_version));
        }
        out.extend(self.addons.iter().map(|a| (a.addon_id.as_str(), a.version)));
        for u in self.pending_updates() {
            match &u.change {
                ScheduledChange::PlanChange {
                    plan_id,
                    plan_version,
                    addons,
                    ..
                } => {
                    out.push((plan_id.as_str(), *plan_version));
                    out.extend(addons.iter().map(|a| (a.addon_id.as_str(), a.version)));
                }
                ScheduledChange::Update { addons, .. } => {
                    out.extend(addons.iter().map(|a| (a.addon_id.as_str(), a.version)));
                }
                ScheduledChange::Migrate { plan_version } => {
                    out.push((self.plan_id.as_str(), *plan_version));
                }
            }
        }
        out
    }

    /// The add-on sets of the pending scheduled changes that carry one (updates, plan changes).
    pub fn pending_addon_sets(&self) -> impl Iterator<Item = &Vec<SubAddon>> {
        self.pending_updates().filter_map(|u| match &u.change {
            ScheduledChange::Update { addons, .. } | ScheduledChange::PlanChange { addons, .. } => {
                Some(addons)
            }
            ScheduledChange::Migrate { .. } => None,
        })
    }

    /// The same, to change (an add-on migration moves the versions they pinned).
    pub fn pending_addon_sets_mut(&mut self) -> impl Iterator<Item = &mut Vec<SubAddon>> {
        self.scheduled_updates
            .iter_mut()
            .filter(|u| u.is_pending())
            .filter_map(|u| match &mut u.change {
                ScheduledChange::Update { addons, .. }
                | ScheduledChange::PlanChange { addons, .. } => Some(addons),
                ScheduledChange::Migrate { .. } => None,
            })
    }

    /// Marks every pending scheduled change (those `which` selects) canceled at `at`; they stay
    /// on the record as history. Returns how many there were.
    pub fn cancel_pending_where(
        &mut self,
        at: Instant,
        which: impl Fn(&ScheduledChange) -> bool,
    ) -> usize {
        let mut n = 0;
        for u in &mut self.scheduled_updates {
            if u.is_pending() && which(&u.change) {
                u.status = ScheduleStatus::Canceled;
                u.resolved_at = Some(at);
                n += 1;
            }
        }
        n
    }

    /// Marks every pending scheduled change canceled at `at` (superseded or dropped).
    pub fn cancel_pending(&mut self, at: Instant) -> usize {
        self.cancel_pending_where(at, |_| true)
    }

    /// Keeps the end it has now (a fixed term, or none) as its prior end, so that calling off
    /// the end it is given next (`uncancel`) restores it.
    pub fn remember_end(&mut self) {
        self.prior_end = Some(PriorEnd {
            end_date: self.end_date,
            cancellation_date: self.cancellation_date,
            cancel_reason: self.cancel_reason.clone(),
        });
    }

    /// Ends at `end` for a successor that takes over then (`reason`: `TrialConverted`,
    /// `UpgradeOrDowngrade`), its prior end kept and its pending changes canceled at `now`; a
    /// future-dated plan change also dates its cancellation then (`cancellation`).
    pub fn hand_over(&mut self, end: Instant, reason: &str, cancellation: bool, now: Instant) {
        self.remember_end();
        self.end_date = Some(end);
        if cancellation {
            self.cancellation_date = Some(end);
        }
        self.cancel_reason = Some(reason.into());
        self.cancel_pending(now);
    }
}

/// Price of `quantity` units under tiers (bounds inclusive; see 60-pricing).
pub fn tiered_amount(
    mode: TiersMode,
    tiers: &[crate::domain::catalog::Tier],
    quantity: Decimal,
) -> Decimal {
    let mut total = Decimal::ZERO;
    let mut lower = Decimal::ZERO;
    match mode {
        TiersMode::Graduated => {
            for (i, t) in tiers.iter().enumerate() {
                let entered = i == 0 || quantity > lower;
                if !entered {
                    break;
                }
                total = sat_add(total, t.flat_price.unwrap_or_default());
                let upper = t.up_to.unwrap_or(Decimal::MAX);
                let units = quantity.min(upper) - lower;
                if units > Decimal::ZERO {
                    total = sat_add(total, sat_mul(units, t.unit_price.unwrap_or_default()));
                }
                lower = upper;
            }
        }
        TiersMode::Volume => {
            let tier = tiers
                .iter()
                .find(|t| t.up_to.is_none_or(|u| quantity <= u))
                .or(tiers.last());
            if let Some(t) = tier {
                total = sat_add(
                    sat_mul(quantity, t.unit_price.unwrap_or_default()),
                    t.flat_price.unwrap_or_default(),
                );
            }
        }
    }
    total
}

/// One period's in-advance amount of a price (flat or per-unit, its amounts `a`: the default
/// or a country's) for a billing period.
fn period_amount(
    price: &Price,
    a: &PriceAmounts,
    period: BillingPeriod,
    quantity: Decimal,
) -> Option<Decimal> {
    let (own, other, factor) = match period {
        BillingPeriod::Monthly => (a.monthly, a.annually, Decimal::ONE / Decimal::from(12)),
        BillingPeriod::Annually => (a.annually, a.monthly, Decimal::from(12)),
    };
    let unit = own.or(other.map(|o| sat_mul(o, factor)));
    match price.model {
        PriceModel::Flat => unit,
        PriceModel::PerUnit => {
            let blocks = match price.block_size {
                Some(b) if b > Decimal::ZERO => (quantity / b).ceil(),
                _ => quantity,
            };
            match (a.tiers_mode, a.tiers.is_empty()) {
                (Some(mode), false) => Some(tiered_amount(mode, &a.tiers, blocks)),
                _ => unit.map(|u| sat_mul(u, blocks)),
            }
        }
        _ => None,
    }
}

/// The currency two configurations are compared in: the currency the customer's country is
/// charged in (its localised prices) when both plans charge it there, else the first money
/// currency both plans price in (a package may be priced in several), else each plan's own
/// first.
pub fn comparison_currency(
    a: &PackageBody,
    b: &PackageBody,
    country: Option<&str>,
) -> Option<String> {
    let money = |p: &PackageBody| -> std::collections::BTreeSet<String> {
        p.prices
            .iter()
            .filter(|x| x.model != PriceModel::Credits)
            .map(|x| x.currency.clone())
            .collect()
    };
    let local = |p: &PackageBody| {
        p.prices
            .iter()
            .find(|x| x.model != PriceModel::Credits)
            .map(|x| localised(x, country).0.to_string())
    };
    match (country, local(a), local(b)) {
        (Some(_), Some(x), Some(y)) if x == y => Some(x),
        _ => money(a).intersection(&money(b)).next().cloned(),
    }
}

/// A price's amounts in `currency`: its country variant's when that is in it (what the
/// customer pays), else its default amounts when those are.
fn amounts_in<'p>(p: &'p Price, country: Option<&str>, currency: &str) -> Option<&'p PriceAmounts> {
    let (cur, a) = localised(p, country);
    if cur == currency {
        Some(a)
    } else if p.currency == currency {
        Some(&p.amounts)
    } else {
        None
    }
}

/// What a configuration costs per month in advance (flat + per-unit + add-ons), coupons
/// excluded: the measure that tells an upgrade from a downgrade. (Each price counts in
/// `country`'s variant when it has one in the currency compared: the amounts the customer pays.)
pub fn monthly_recurring(
    plan: &PackageBody,
    period: Option<BillingPeriod>,
    quantities: &[FeatureQuantity],
    addons: &[(&PackageBody, u32)],
    currency: Option<&str>,
    country: Option<&str>,
) -> Decimal {
    // Without a common currency, each side counts its first currency only (never a sum of
    // amounts in different currencies). A price counts in the country's variant when that is
    // in the currency compared, else in its default amounts when those are.
    let own_first = |b: &PackageBody| {
        b.prices
            .iter()
            .find(|x| x.model != PriceModel::Credits)
            .map(|x| localised(x, country).0.to_string())
    };
    let wanted = |b: &PackageBody| match currency {
        Some(c) => Some(c.to_string()),
        None => own_first(b),
    };
    let plan_currency = wanted(plan);
    let period = period.unwrap_or(BillingPeriod::Monthly);
    let per_month = |amount: Decimal| match period {
        BillingPeriod::Monthly => amount,
        BillingPeriod::Annually => amount / Decimal::from(12),
    };
    let qty = |p: &Price| {
        let f = p.feature.as_deref().unwrap_or("");
        quantities
            .iter()
            .find(|q| q.feature_id == f)
            .map(|q| Decimal::from(q.quantity))
            .or(p.min)
            .unwrap_or(Decimal::ONE)
    };
    let mut total = Decimal::ZERO;
    for p in plan
        .prices
        .iter()
        .filter(|p| p.model != PriceModel::Credits)
    {
        if let Some(a) = plan_currency
            .as_deref()
            .and_then(|c| amounts_in(p, country, c))
            .and_then(|a| period_amount(p, a, period, qty(p)))
        {
            total = sat_add(total, per_month(a));
        }
    }
    for (body, n) in addons {
        let addon_currency = wanted(body);
        for p in body
            .prices
            .iter()
            .filter(|p| p.model != PriceModel::Credits)
        {
            if let Some(a) = addon_currency
                .as_deref()
                .and_then(|c| amounts_in(p, country, c))
                .and_then(|a| period_amount(p, a, period, Decimal::ONE))
            {
                total = sat_add(total, sat_mul(per_month(a), Decimal::from(*n)));
            }
        }
    }
    total
}

/// Upgrade, downgrade or neither, comparing monthly-normalised recurring prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Upgrade,
    Downgrade,
    Same,
}

/// Between unrelated plans: free < paid < custom (a custom-priced plan ranks above every priced
/// plan); two paid plans compare their monthly-normalised recurring price; two free or two
/// custom plans are neither.
pub fn classify(
    old_pricing: PricingType,
    old: Decimal,
    new_pricing: PricingType,
    new: Decimal,
) -> ChangeKind {
    let rank = |p: PricingType| match p {
        PricingType::Free => 0,
        PricingType::Paid => 1,
        PricingType::Custom => 2,
    };
    let by = |o: std::cmp::Ordering| match o {
        std::cmp::Ordering::Greater => ChangeKind::Upgrade,
        std::cmp::Ordering::Less => ChangeKind::Downgrade,
        std::cmp::Ordering::Equal => ChangeKind::Same,
    };
    match rank(new_pricing).cmp(&rank(old_pricing)) {
        std::cmp::Ordering::Equal if new_pricing == PricingType::Paid => by(new.cmp(&old)),
        std::cmp::Ordering::Equal => ChangeKind::Same,
        other => by(other),
    }
}

/// A plan change's direction as Stigg decides it: inheritance first — moving to a plan that
/// inherits (directly or further up) from the current one is an upgrade, to one of its
/// ancestors a downgrade — and only between unrelated plans [`classify`].
pub struct PlanSide<'a> {
    pub plan_id: &'a str,
    /// Parent, grandparent, … of the plan.
    pub ancestors: &'a [String],
    pub pricing: PricingType,
    /// Monthly-normalised recurring price (for paid-vs-paid only).
    pub price: Decimal,
}

pub fn change_direction(old: &PlanSide<'_>, new: &PlanSide<'_>) -> ChangeKind {
    if new.ancestors.iter().any(|a| a == old.plan_id) {
        return ChangeKind::Upgrade;
    }
    if old.ancestors.iter().any(|a| a == new.plan_id) {
        return ChangeKind::Downgrade;
    }
    classify(old.pricing, old.price, new.pricing, new.price)
}

/// `id:n;id:n` (the `addons` and `quantities` import columns). Ids may contain `:` (the slug
/// charset allows it) and never `;`, so each pair splits at its LAST `:`; the quantity is a
/// whole number. An id named twice is an error, not "the last one wins".
pub fn parse_pair_list(s: &str) -> Result<Vec<(String, u32)>, String> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for p in s.split(';').filter(|p| !p.trim().is_empty()) {
        let (id, n) = p
            .rsplit_once(':')
            .ok_or_else(|| format!("'{p}' is not id:quantity"))?;
        let id = id.trim();
        if id.is_empty() {
            return Err(format!("'{p}' has no id"));
        }
        let n = parse_quantity(n).map_err(|e| format!("'{p}': {e}"))?;
        if out.iter().any(|(x, _)| x == id) {
            return Err(format!("'{id}' is listed twice"));
        }
        out.push((id.to_string(), n));
    }
    Ok(out)
}

/// A quantity (seats, add-ons): a whole number from 0 to `u32::MAX`, the error saying which
/// part of that the text missed.
/// The quantity a per-unit price counts when none is bought: its `min`, else 1 (prices and
/// entitlements alike).
pub fn unbought_quantity(price: &Price) -> Decimal {
    price.min.unwrap_or(Decimal::ONE)
}

/// Whether two lists of quantities bought come to the same on a plan: a feature none is bought
/// of counts what its per-unit price counts then ([`unbought_quantity`]), so restating that
/// quantity changes nothing.
pub fn same_quantities(plan: &PackageBody, a: &[FeatureQuantity], b: &[FeatureQuantity]) -> bool {
    let in_effect = |list: &[FeatureQuantity], f: &str| -> Option<Decimal> {
        list.iter()
            .find(|q| q.feature_id == f)
            .map(|q| Decimal::from(q.quantity))
            .or_else(|| {
                plan.prices
                    .iter()
                    .find(|p| p.model == PriceModel::PerUnit && p.feature.as_deref() == Some(f))
                    .map(unbought_quantity)
            })
    };
    a.iter()
        .chain(b)
        .all(|q| in_effect(a, &q.feature_id) == in_effect(b, &q.feature_id))
}

pub fn parse_quantity(v: &str) -> Result<u32, String> {
    let v = v.trim();
    // (`-0` is zero, as a decimal's `-0` is.)
    if let Some(d) = v.strip_prefix('-')
        && !d.is_empty()
        && d.bytes().all(|b| b == b'0')
    {
        return Ok(0);
    }
    v.parse::<u32>().map_err(|_| {
        let digits = v.strip_prefix('-').unwrap_or(v);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if v.starts_with('-') {
                "the quantity cannot be negative".to_string()
            } else {
                format!("the quantity is too large (at most {})", u32::MAX)
            }
        } else {
            "the quantity must be a whole number".to_string()
        }
    })
}

/// The inverse of [`parse_pair_list`].
pub fn format_pair_list(pairs: &[(String, u32)]) -> String {
    pairs
        .iter()
        .map(|(id, n)| format!("{id}:{n}"))
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::Tier;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn tiers() -> Vec<Tier> {
        vec![
            Tier {
                up_to: Some(d("10")),
                unit_price: Some(d("1")),
                flat_price: Some(d("5")),
            },
            Tier {
                up_to: Some(d("20")),
                unit_price: Some(d("0.5")),
                flat_price: Some(d("2")),
            },
            Tier {
                up_to: None,
                unit_price: Some(d("0.1")),
                flat_price: None,
            },
        ]
    }

    fn sub(version: u32) -> Subscription {
        serde_json::from_value(serde_json::json!({
            "subscriptionId": "s", "customerId": "c", "productId": "p", "planId": "x",
            "planVersion": version, "pricingType": "FREE", "status": "ACTIVE",
            "startDate": "2026-01-01T00:00:00Z", "billingCycleAnchor": "2026-01-01T00:00:00Z",
            "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"
        }))
        .unwrap()
    }

    #[test]
    fn changes_in_place_keep_what_was_granted_before_them() {
        let t = |s: &str| crate::clock::parse_instant(s).unwrap();
        let v1 = sub(1);
        let mut v2 = sub(2);
        v2.keep_segment(&v1, t("2026-02-01T00:00:00Z"));
        let mut v3 = sub(3);
        v3.segments = v2.segments.clone();
        v3.keep_segment(&v2, t("2026-03-01T00:00:00Z"));
        let at = |s: &str| v3.as_of(t(s)).plan_version;
        assert_eq!(
            (
                at("2026-01-15T00:00:00Z"),
                at("2026-02-15T00:00:00Z"),
                at("2026-03-15T00:00:00Z")
            ),
            (1, 2, 3)
        );
        // A second change at the same instant keeps what was in force before the first.
        let mut v4 = sub(4);
        v4.keep_segment(&v3, t("2026-03-01T00:00:00Z"));
        assert_eq!(v4.as_of(t("2026-02-15T00:00:00Z")).plan_version, 2);
        assert_eq!(v4.as_of(t("2026-03-15T00:00:00Z")).plan_version, 4);
        // Nothing granted differently, or not started yet: nothing kept.
        let mut same = sub(1);
        same.keep_segment(&v1, t("2026-02-01T00:00:00Z"));
        assert!(same.segments.is_empty());
    }

    #[test]
    fn a_replaced_chain_follows_every_change_back_also_those_at_one_instant() {
        let t = |s: &str| crate::clock::parse_instant(s).unwrap();
        let mk = |id: &str, from: &str, to: Option<&str>, product: &str| {
            let mut x = sub(1);
            x.subscription_id = id.into();
            x.product_id = product.into();
            x.start_date = t(from);
            x.end_date = to.map(t);
            x
        };
        let (jan, feb) = ("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
        let all = vec![
            mk("a", jan, Some(feb), "p"),
            mk("b", feb, Some(feb), "p"), // lasted no time
            mk("c", feb, Some(feb), "p"), // nor this one
            mk("other", jan, Some(feb), "q"),
            mk("d", feb, None, "p"),
        ];
        let ids: Vec<&str> = replaced_chain(&all, &all[4])
            .iter()
            .map(|x| x.subscription_id.as_str())
            .collect();
        assert_eq!(ids, ["d", "a", "b", "c"]);
        assert_eq!(replaced_chain(&all, &all[0]).len(), 1);
    }

    #[test]
    fn graduated_and_volume_tiers() {
        // 25 units graduated: 10×1 + 5 (flat) + 10×0.5 + 2 (flat) + 5×0.1 = 22.5
        assert_eq!(
            tiered_amount(TiersMode::Graduated, &tiers(), d("25")),
            d("22.5")
        );
        // Boundary is inclusive: 10 units stay in tier 1.
        assert_eq!(
            tiered_amount(TiersMode::Graduated, &tiers(), d("10")),
            d("15")
        );
        assert_eq!(tiered_amount(TiersMode::Volume, &tiers(), d("10")), d("15"));
        assert_eq!(
            tiered_amount(TiersMode::Volume, &tiers(), d("25")),
            d("2.5")
        );
        // Zero falls in the first tier: its flat price is charged.
        assert_eq!(
            tiered_amount(TiersMode::Graduated, &tiers(), d("0")),
            d("5")
        );
        assert_eq!(tiered_amount(TiersMode::Volume, &tiers(), d("0")), d("5"));
    }

    #[test]
    fn free_to_paid_is_an_upgrade_and_prices_decide_otherwise() {
        assert_eq!(
            classify(PricingType::Free, d("0"), PricingType::Paid, d("0")),
            ChangeKind::Upgrade
        );
        assert_eq!(
            classify(PricingType::Paid, d("49"), PricingType::Paid, d("19")),
            ChangeKind::Downgrade
        );
        assert_eq!(
            classify(PricingType::Paid, d("19"), PricingType::Paid, d("49")),
            ChangeKind::Upgrade
        );
        assert_eq!(
            classify(PricingType::Paid, d("19"), PricingType::Paid, d("19")),
            ChangeKind::Same
        );
    }

    #[test]
    fn pair_lists_round_trip_ids_with_colons_dots_and_dashes() {
        use super::{format_pair_list, parse_pair_list};
        let pairs = vec![
            ("addon:x".to_string(), 2),
            ("a.b-c".to_string(), 1),
            ("ns:v1.2:seat".to_string(), 30),
            ("9".to_string(), 0),
        ];
        assert_eq!(parse_pair_list(&format_pair_list(&pairs)).unwrap(), pairs);
        assert_eq!(parse_pair_list("").unwrap(), vec![]);
        assert!(
            parse_pair_list("seats:2;seats:30")
                .unwrap_err()
                .contains("twice")
        );
        assert!(parse_pair_list("seats").is_err());
        assert!(parse_pair_list(":3").is_err());
        assert!(parse_pair_list("seats:-1").is_err());
        assert!(parse_pair_list("a:b").is_err());
    }

    #[test]
    fn a_quantity_error_says_what_the_text_missed() {
        assert_eq!(parse_quantity(" 30 "), Ok(30));
        assert_eq!(parse_quantity("4294967295"), Ok(u32::MAX));
        let e = |v: &str| parse_quantity(v).unwrap_err();
        assert_eq!(e("-1"), "the quantity cannot be negative");
        assert_eq!(parse_quantity("-0"), Ok(0));
        assert_eq!(parse_quantity(" -000 "), Ok(0));
        assert!(e("4294967296").contains("too large"), "{}", e("4294967296"));
        for v in ["", "-", "1.5", "x", "1e3", "- 1"] {
            assert_eq!(e(v), "the quantity must be a whole number", "{v:?}");
        }
        assert_eq!(
            parse_pair_list("seats:-2").unwrap_err(),
            "'seats:-2': the quantity cannot be negative"
        );
    }
}
