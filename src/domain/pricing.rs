//! What a subscription costs: the charge lines of one billing period for every price model,
//! coupons, the minimum-spend adjustment, proration, and the monthly-normalised recurring
//! amount. Pure: the catalog bodies, quantities, usage and instants come in as values.
//!
//! Rounding happens in one place: each line is rounded to the currency's minor unit, half away
//! from zero, when it is made; every total is a sum of rounded lines (spec 00-overview).

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::clock::Instant;
use crate::domain::catalog::{
    Coupon, Discount, Limit, PackageBody, Price, PriceAmounts, PriceModel, Tier, TiersMode,
};
use crate::domain::subscriptions::{BillingPeriod, FeatureQuantity};

crate::domain::catalog::str_enum!(LineType {
    BaseCharge = "BaseCharge" / "base-charge",
    PerUnitCharge = "PerUnitCharge" / "per-unit-charge",
    TierCharge = "TierCharge" / "tier-charge",
    UsageCharge = "UsageCharge" / "usage-charge",
    OverageCharge = "OverageCharge" / "overage-charge",
    AddonCharge = "AddonCharge" / "addon-charge",
    MinimumSpendAdjustment = "MinimumSpendAdjustment" / "minimum-spend-adjustment",
    Proration = "Proration" / "proration",
});

/// A period `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: Instant,
    pub end: Instant,
}

/// One line of an estimate or invoice, its amount rounded to the currency's minor unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub line_type: LineType,
    pub description: String,
    pub feature_id: Option<String>,
    pub addon_id: Option<String>,
    pub quantity: Option<Decimal>,
    pub unit_price: Option<Decimal>,
    pub amount: Decimal,
    pub period: Option<Span>,
}

/// Why an amount could not be worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge;

type R<T> = Result<T, TooLarge>;

/// Sums and products of money stay exact: one a decimal could only hold rounded is refused.
fn add(a: Decimal, b: Decimal) -> R<Decimal> {
    crate::domain::decimal::exact_add(a, b).ok_or(TooLarge)
}

fn mul(a: Decimal, b: Decimal) -> R<Decimal> {
    crate::domain::decimal::exact_mul(a, b).ok_or(TooLarge)
}

/// `q × unit + flat` rounded to `currency`'s minor units: exactly, even where the unrounded
/// amount has more significant digits than a decimal holds (a price with 12 decimals × billions
/// of seats) — rounded once, never refused for its digits, only past the range.
pub fn money_amount(q: Decimal, unit: Decimal, flat: Decimal, currency: &str) -> R<Decimal> {
    if let Ok(exact) = mul(q, unit).and_then(|p| add(p, flat)) {
        return round_money(exact, currency);
    }
    let dp = crate::domain::money::minor_units(currency).unwrap_or(2);
    crate::domain::wide::mul_add_round(q, unit, flat, dp).ok_or(TooLarge)
}

/// A product that is rounded anyway (a share of a period, a percentage): only its range is
/// checked.
fn mul_share(a: Decimal, b: Decimal) -> R<Decimal> {
    a.checked_mul(b).ok_or(TooLarge)
}

fn sum(v: impl IntoIterator<Item = Decimal>) -> R<Decimal> {
    v.into_iter().try_fold(Decimal::ZERO, add)
}

/// `-x`, never `-0`.
pub fn neg(x: Decimal) -> Decimal {
    if x.is_zero() {
        Decimal::new(0, x.scale())
    } else {
        -x
    }
}

/// Zero with the currency's places (`0.00`).
pub fn zero_money(currency: &str) -> Decimal {
    Decimal::new(0, crate::domain::money::minor_units(currency).unwrap_or(2))
}

/// Rounds to the currency's minor unit (2 for unknown codes), half away from zero, and holds
/// it with exactly those places (`49.00`, never `-0.00`). An amount too large to carry its
/// minor unit is refused, never printed short of it.
pub fn round_money(amount: Decimal, currency: &str) -> R<Decimal> {
    let dp = crate::domain::money::minor_units(currency).unwrap_or(2);
    let r = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let mut r = if r.is_zero() { Decimal::ZERO } else { r };
    r.rescale(dp);
    if r.scale() != dp
        || r != amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
    {
        return Err(TooLarge);
    }
    Ok(r)
}

/// A package priced in a subscription: its id, its version body and how many of it.
#[derive(Debug, Clone, Copy)]
pub struct Package<'a> {
    pub id: &'a str,
    pub body: &'a PackageBody,
    pub quantity: u32,
}

/// A subscription's configuration as far as its price goes.
#[derive(Debug, Clone)]
pub struct Config<'a> {
    pub plan: Package<'a>,
    pub addons: Vec<Package<'a>>,
    pub quantities: &'a [FeatureQuantity],
    /// None: a free or custom plan, which has no billing period and is not charged.
    pub period: Option<BillingPeriod>,
    pub country: Option<&'a str>,
}

/// A price's amounts in the subscription's country: the country's variant, else the default.
pub fn localised<'p>(p: &'p Price, country: Option<&str>) -> (&'p str, &'p PriceAmounts) {
    match country.and_then(|c| p.countries.iter().find(|v| v.country == c)) {
        Some(v) => (v.currency.as_str(), &v.amounts),
        None => (p.currency.as_str(), &p.amounts),
    }
}

fn money_prices<'a>(
    body: &'a PackageBody,
    country: Option<&'a str>,
) -> impl Iterator<Item = (&'a Price, &'a str, &'a PriceAmounts)> {
    body.prices
        .iter()
        .filter(|p| p.model != PriceModel::Credits)
        .map(move |p| {
            let (c, a) = localised(p, country);
            (p, c, a)
        })
}

impl Config<'_> {
    /// The currency the subscription is charged in: that of the plan's first money price (in
    /// the catalog's canonical order, after country variants), else of its first add-on's.
    /// None when nothing is priced in money.
    pub fn currency(&self) -> Option<String> {
        std::iter::once(&self.plan)
            .chain(&self.addons)
            .flat_map(|p| money_prices(p.body, self.country))
            .map(|(_, c, _)| c.to_string())
            .next()
    }

    /// What a subscription in a country is not charged for: the prices of a package's price
    /// list (its first money price's currency) with no variant for the country in `currency`,
    /// which its bills leave off — said, so a catalog that gave some prices a country variant
    /// and not others does not drop a charge silently.
    /// A package none of whose money prices is in `currency` (an add-on priced in EUR on a
    /// USD bill) is said whole.
    pub fn left_out(&self, currency: &str) -> Vec<String> {
        let mut out = Vec::new();
        for pkg in std::iter::once(&self.plan).chain(&self.addons) {
            let elsewhere: std::collections::BTreeSet<&str> = money_prices(pkg.body, self.country)
                .map(|(_, cur, _)| cur)
                .collect();
            if !elsewhere.is_empty() && !elsewhere.contains(currency) {
                let listed: Vec<&str> = elsewhere.into_iter().collect();
                let place = self
                    .country
                    .map(|c| format!(" for {c}"))
                    .unwrap_or_default();
                out.push(format!(
                    "{} is priced in {}{place} (nothing in {currency}): it is not on this bill",
                    pkg.body.name,
                    listed.join(", ")
                ));
                continue;
            }
            let Some(country) = self.country else {
                continue;
            };
            let home = pkg
                .body
                .prices
                .iter()
                .find(|p| p.model != PriceModel::Credits)
                .map(|p| p.currency.as_str());
            for (p, cur, _) in money_prices(pkg.body, self.country) {
                if Some(p.currency.as_str()) == home && cur != currency {
                    let f = p
                        .feature
                        .as_deref()
                        .map(|f| format!(" for '{f}'"))
                        .unwrap_or_default();
                    out.push(format!(
                        "{}'s {} price{f} is priced in {cur} for {country} (no variant in {currency}): it is not on this bill",
                        pkg.body.name,
                        p.model.kebab()
                    ));
                }
            }
        }
        out
    }

    /// Whether anything is charged: a paid plan with a billing period.
    pub fn charged(&self) -> bool {
        self.period.is_some()
            && self.plan.body.pricing_type == crate::domain::catalog::PricingType::Paid
    }

    fn quantity_of(&self, p: &Price) -> Decimal {
        let f = p.feature.as_deref().unwrap_or("");
        self.quantities
            .iter()
            .find(|q| q.feature_id == f)
            .map(|q| Decimal::from(q.quantity))
            .unwrap_or_else(|| crate::domain::subscriptions::unbought_quantity(p))
    }
}

/// A flat or per-unit amount for a billing period: the period's own, else the other period's
/// converted (an annual amount is twelve monthly ones; a twelfth is kept to the 12 places every
/// unit price keeps, rounded half to even: 100 a year is 8.333333333333 a month).
fn period_price(a: &PriceAmounts, period: BillingPeriod) -> R<Option<Decimal>> {
    Ok(match period {
        BillingPeriod::Monthly => match (a.monthly, a.annually) {
            (Some(m), _) => Some(m),
            (None, Some(y)) => Some(
                y.checked_div(Decimal::from(12))
                    .ok_or(TooLarge)?
                    .round_dp_with_strategy(
                        crate::domain::decimal::MAX_SCALE,
                        rust_decimal::RoundingStrategy::MidpointNearestEven,
                    ),
            ),
            _ => None,
        },
        BillingPeriod::Annually => match (a.annually, a.monthly) {
            (Some(y), _) => Some(y),
            (None, Some(m)) => Some(mul(m, Decimal::from(12))?),
            _ => None,
        },
    })
}

/// `n` rounded up to whole blocks of `block_size` (the number of blocks), checked exactly.
fn blocks(n: Decimal, block_size: Option<Decimal>) -> R<Decimal> {
    match block_size {
        Some(b) if b > Decimal::ZERO => {
            let c = n.checked_div(b).ok_or(TooLarge)?.ceil();
            // The division may have been rounded: the count must cover n, one fewer must not.
            let covers = mul(c, b)? >= n;
            let one_less = c - Decimal::ONE;
            let tight = one_less < Decimal::ZERO || mul(one_less, b)? < n;
            if covers && tight {
                Ok(c)
            } else {
                Err(TooLarge)
            }
        }
        _ => Ok(n),
    }
}

/// The unrounded parts of a tiered amount: (tier number, units in it, unit price, flat price).
/// Bounds are inclusive: tier k covers (upTo_{k−1}, upTo_k]. Graduated: each unit by the tier
/// it falls in, plus the flat price of every tier entered; volume: every unit by the tier the
/// total falls in, plus its flat price. Zero falls in the first tier.
pub fn tier_parts(
    mode: TiersMode,
    tiers: &[Tier],
    quantity: Decimal,
) -> Vec<(usize, Decimal, Decimal, Decimal)> {
    let mut out = Vec::new();
    match mode {
        TiersMode::Graduated => {
            let mut lower = Decimal::ZERO;
            for (i, t) in tiers.iter().enumerate() {
                if i > 0 && quantity <= lower {
                    break;
                }
                let upper = t.up_to.unwrap_or(Decimal::MAX);
                let units = (quantity.min(upper) - lower).max(Decimal::ZERO);
                out.push((
                    i + 1,
                    units,
                    t.unit_price.unwrap_or_default(),
                    t.flat_price.unwrap_or_default(),
                ));
                lower = upper;
            }
        }
        TiersMode::Volume => {
            let found = tiers
                .iter()
                .position(|t| t.up_to.is_none_or(|u| quantity <= u))
                .or(tiers.len().checked_sub(1));
            if let Some(i) = found {
                let t = &tiers[i];
                out.push((
                    i + 1,
                    quantity,
                    t.unit_price.unwrap_or_default(),
                    t.flat_price.unwrap_or_default(),
                ));
            }
        }
    }
    out
}

/// The exact (unrounded) amount of a tiered price for `quantity`.
pub fn tiered_amount(mode: TiersMode, tiers: &[Tier], quantity: Decimal) -> R<Decimal> {
    let parts = tier_parts(mode, tiers, quantity);
    let mut total = Decimal::ZERO;
    for (_, units, unit, flat) in parts {
        total = add(total, add(mul(units, unit)?, flat)?)?;
    }
    Ok(total)
}

/// Lines of a tiered price: one per tier entered, each rounded.
#[allow(clippy::too_many_arguments)]
fn tier_lines(
    out: &mut Vec<Line>,
    mode: TiersMode,
    tiers: &[Tier],
    quantity: Decimal,
    what: &str,
    feature: Option<&str>,
    currency: &str,
    period: Span,
) -> R<()> {
    for (n, units, unit, flat) in tier_parts(mode, tiers, quantity) {
        let amount = money_amount(units, unit, flat, currency)?;
        let flat_note = if flat.is_zero() {
            String::new()
        } else {
            format!(" + {flat} flat")
        };
        out.push(Line {
            line_type: LineType::TierCharge,
            description: format!(
                "{what}: tier {n} ({} mode), {units} × {unit}{flat_note}",
                mode.kebab()
            ),
            feature_id: feature.map(str::to_string),
            addon_id: None,
            quantity: Some(units),
            unit_price: Some(unit),
            amount,
            period: Some(period),
        });
    }
    Ok(())
}

/// Lines of a price over a counted quantity — `count` = (units, blocks, block size) — priced
/// by its tiers (one line per tier entered), else at `unit` a block.
#[allow(clippy::too_many_arguments)]
fn counted_lines(
    out: &mut Vec<Line>,
    line_type: LineType,
    (feature, label): (&str, &str),
    count: (Decimal, Decimal, Option<Decimal>),
    a: &PriceAmounts,
    unit: Option<Decimal>,
    currency: &str,
    span: Span,
) -> R<()> {
    let (q, n, block) = count;
    let what = match block {
        Some(b) if b > Decimal::ONE => format!("{label}: {q} in {n} block(s) of {b}"),
        _ => format!("{label}: {q}"),
    };
    match (a.tiers_mode, a.tiers.is_empty()) {
        (Some(mode), false) => {
            tier_lines(out, mode, &a.tiers, n, &what, Some(feature), currency, span)
        }
        _ => {
            if let Some(unit) = unit {
                out.push(Line {
                    line_type,
                    description: format!("{what} × {unit}"),
                    feature_id: Some(feature.to_string()),
                    addon_id: None,
                    quantity: Some(n),
                    unit_price: Some(unit),
                    amount: money_amount(n, unit, Decimal::ZERO, currency)?,
                    period: Some(span),
                });
            }
            Ok(())
        }
    }
}

/// The charges billed in advance for one billing period `span` in `currency`: flat (base)
/// charges, per-unit charges (quantity rounded up to whole blocks, tiers per block count), and
/// add-ons (their prices × add-on quantity). Usage, overage, minimum and credit prices are not
/// in-advance charges.
pub fn advance_lines(c: &Config<'_>, currency: &str, span: Span) -> R<Vec<Line>> {
    let mut out = Vec::new();
    let Some(period) = c.period.filter(|_| c.charged()) else {
        return Ok(out);
    };
    for (p, cur, a) in money_prices(c.plan.body, c.country) {
        if cur != currency {
            continue;
        }
        match p.model {
            PriceModel::Flat => {
                if let Some(amount) = period_price(a, period)? {
                    out.push(Line {
                        line_type: LineType::BaseCharge,
                        description: format!("{} ({})", c.plan.body.name, period.kebab()),
                        feature_id: None,
                        addon_id: None,
                        quantity: Some(Decimal::ONE),
                        unit_price: Some(amount),
                        amount: round_money(amount, currency)?,
                        period: Some(span),
                    });
                }
            }
            PriceModel::PerUnit => {
                let feature = p.feature.as_deref().unwrap_or("");
                let q = c.quantity_of(p);
                let n = blocks(q, p.block_size)?;
                let unit = period_price(a, period)?;
                counted_lines(
                    &mut out,
                    LineType::PerUnitCharge,
                    (feature, feature),
                    (q, n, p.block_size),
                    a,
                    unit,
                    currency,
                    span,
                )?;
            }
            _ => {}
        }
    }
    for addon in &c.addons {
        for (p, cur, a) in money_prices(addon.body, c.country) {
            if cur != currency || !matches!(p.model, PriceModel::Flat | PriceModel::PerUnit) {
                continue;
            }
            let one = match (a.tiers_mode, a.tiers.is_empty()) {
                (Some(mode), false) => Some(tiered_amount(
                    mode,
                    &a.tiers,
                    blocks(Decimal::ONE, p.block_size)?,
                )?),
                _ => period_price(a, period)?,
            };
            if let Some(unit) = one {
                let q = Decimal::from(addon.quantity);
                out.push(Line {
                    line_type: LineType::AddonCharge,
                    description: format!("{} × {q} ({})", addon.body.name, period.kebab()),
                    feature_id: None,
                    addon_id: Some(addon.id.to_string()),
                    quantity: Some(q),
                    unit_price: Some(unit),
                    amount: money_amount(q, unit, Decimal::ZERO, currency)?,
                    period: Some(span),
                });
            }
        }
    }
    Ok(out)
}

/// The charges billed in arrears for usage in `span`: usage prices over the units used
/// (blocks, tiers), and overage prices over the units beyond the entitlement's limit
/// (`limits`: the subscription's limit per feature). `usage` is the units per feature.
pub fn usage_lines(
    c: &Config<'_>,
    currency: &str,
    span: Span,
    usage: &BTreeMap<String, Decimal>,
    limits: &BTreeMap<String, Limit>,
) -> R<Vec<Line>> {
    let mut out = Vec::new();
    let Some(period) = c.period.filter(|_| c.charged()) else {
        return Ok(out);
    };
    for (p, cur, a) in money_prices(c.plan.body, c.country) {
        if cur != currency || !matches!(p.model, PriceModel::Usage | PriceModel::Overage) {
            continue;
        }
        let feature = p.feature.as_deref().unwrap_or("");
        let used = usage
            .get(feature)
            .copied()
            .unwrap_or_default()
            .max(Decimal::ZERO);
        let units = if p.model == PriceModel::Overage {
            match limits.get(feature) {
                Some(Limit::Limited(l)) => (used - *l).max(Decimal::ZERO),
                // Unlimited (or no limit to pass): nothing is over.
                _ => Decimal::ZERO,
            }
        } else {
            used
        };
        let n = blocks(units, p.block_size)?;
        let (line_type, label) = if p.model == PriceModel::Overage {
            (LineType::OverageCharge, format!("{feature} overage"))
        } else {
            (LineType::UsageCharge, format!("{feature} usage"))
        };
        let unit = match a.unit_price {
            Some(u) => Some(u),
            None => match period {
                BillingPeriod::Monthly => a.monthly,
                BillingPeriod::Annually => a.annually,
            },
        };
        counted_lines(
            &mut out,
            line_type,
            (feature, &label),
            (units, n, p.block_size),
            a,
            unit,
            currency,
            span,
        )?;
    }
    // Nothing used (and no flat fee for it): no line.
    out.retain(|l| !(l.amount.is_zero() && l.quantity.is_none_or(|q| q.is_zero())));
    Ok(out)
}

/// The plan's minimum spend per period in `currency`, if it has one.
pub fn minimum_spend(c: &Config<'_>, currency: &str) -> R<Option<Decimal>> {
    let Some(period) = c.period.filter(|_| c.charged()) else {
        return Ok(None);
    };
    for (p, cur, a) in money_prices(c.plan.body, c.country) {
        if cur == currency && p.model == PriceModel::Minimum {
            return period_price(a, period)?
                .map(|m| round_money(m, currency))
                .transpose();
        }
    }
    Ok(None)
}

/// A coupon on a subscription or customer, and when it was applied.
#[derive(Debug, Clone)]
pub struct AppliedCoupon<'a> {
    pub coupon: &'a Coupon,
    pub applied_at: Instant,
    /// Archived coupons are estimated (with a warning) but can't be newly applied.
    pub archived: bool,
}

impl AppliedCoupon<'_> {
    /// Whether the discount applies to charges of a period starting at `t`: within the first
    /// `durationMonths` months after it was applied (always, without a duration).
    pub fn active_at(&self, t: Instant) -> bool {
        if t < self.applied_at {
            return false;
        }
        match self.coupon.duration_months {
            None => true,
            Some(n) => crate::clock::add_months_from_anchor(self.applied_at, n)
                .is_none_or(|until| t < until),
        }
    }

    /// When the discount stops applying (None: forever).
    pub fn ends_at(&self) -> Option<Instant> {
        self.coupon
            .duration_months
            .and_then(|n| crate::clock::add_months_from_anchor(self.applied_at, n))
    }
}

/// A priced period: lines, their subtotal, the discount, the total.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bill {
    pub lines: Vec<Line>,
    pub sub_total: Decimal,
    pub discount: Decimal,
    pub total: Decimal,
    pub warnings: Vec<String>,
}

/// Totals `charges` (rounded lines): the coupon's discount on their subtotal (when active for
/// a period starting at `period_start`; never more than the subtotal), then the minimum-spend
/// adjustment bringing the total after discount up to `minimum`. Totals never go below zero.
pub fn bill(
    charges: Vec<Line>,
    currency: &str,
    coupon: Option<&AppliedCoupon<'_>>,
    minimum: Option<Decimal>,
    period_start: Instant,
    span: Option<Span>,
) -> R<Bill> {
    let mut b = Bill {
        sub_total: sum(charges.iter().map(|l| l.amount))?,
        lines: charges,
        ..Bill::default()
    };
    if let Some(cp) = coupon {
        let name = &cp.coupon.id;
        if cp.archived {
            b.warnings.push(format!(
                "coupon '{name}' is archived: it is estimated here, but can't be newly applied"
            ));
        }
        if period_start < cp.applied_at {
            b.warnings.push(format!(
                "coupon '{name}' was applied at {}, after these charges: no discount on them",
                crate::clock::fmt(&cp.applied_at)
            ));
        } else if !cp.active_at(period_start) {
            b.warnings.push(format!(
                "coupon '{name}' ran out after {} month(s): no discount on the period from {}",
                cp.coupon.duration_months.unwrap_or_default(),
                crate::clock::fmt(&period_start)
            ));
        } else {
            let off = match &cp.coupon.discount {
                Discount::Percentage { percent_off } => Some(round_money(
                    mul_share(b.sub_total, *percent_off)?
                        .checked_div(Decimal::ONE_HUNDRED)
                        .ok_or(TooLarge)?,
                    currency,
                )?),
                Discount::Fixed { amounts_off } => {
                    let found = amounts_off.iter().find(|m| m.currency == currency);
                    if found.is_none() {
                        b.warnings.push(format!(
                            "coupon '{name}' has no amount in {currency}: it does not apply"
                        ));
                    }
                    found.map(|m| round_money(m.amount, currency)).transpose()?
                }
            };
            b.discount = off.unwrap_or_default().min(b.sub_total).max(Decimal::ZERO);
        }
    }
    let after = add(b.sub_total, neg(b.discount))?;
    if let Some(min) = minimum
        && after < min
    {
        let adj = add(min, neg(after))?;
        b.lines.push(Line {
            line_type: LineType::MinimumSpendAdjustment,
            description: format!("minimum spend of {min} {currency}"),
            feature_id: None,
            addon_id: None,
            quantity: None,
            unit_price: None,
            amount: adj,
            period: span,
        });
        b.total = min;
    } else {
        b.total = after;
    }
    b.total = b.total.max(Decimal::ZERO);
    b.sub_total = round_money(b.sub_total, currency)?;
    b.discount = round_money(b.discount, currency)?;
    b.total = round_money(b.total, currency)?;
    Ok(b)
}

/// The share of `span` left at `at`, in seconds: (end − at) / (end − start), clamped to
/// [0, 1].
pub fn remaining_share(span: Span, at: Instant) -> Decimal {
    let whole = (span.end - span.start).num_seconds();
    if whole <= 0 || at >= span.end {
        return Decimal::ZERO;
    }
    if at <= span.start {
        return Decimal::ONE;
    }
    let left = (span.end - at).num_seconds();
    Decimal::from(left) / Decimal::from(whole)
}

/// `amount` × the share of `span` left at `at` ([`remaining_share`]), multiplied out before it
/// is divided: the share itself is often no finite decimal (186 s of 2,678,400), and held to 28
/// digits it would move a product that is exactly half a cent (72 × 186 / 2,678,400 = 0.005)
/// just below the half, so it would round down.
fn prorated(amount: Decimal, span: Span, at: Instant) -> R<Decimal> {
    let whole = (span.end - span.start).num_seconds();
    if whole <= 0 || at >= span.end {
        return Ok(Decimal::ZERO);
    }
    if at <= span.start {
        return Ok(amount);
    }
    let left = Decimal::from((span.end - at).num_seconds());
    match amount.checked_mul(left) {
        Some(p) => p.checked_div(Decimal::from(whole)).ok_or(TooLarge),
        // (Past the decimal range multiplied out: an amount that large has no half cents to
        // lose at 28 digits.)
        None => mul_share(amount, remaining_share(span, at)),
    }
}

/// Proration of a change at `at`: a credit for the unused share of what the old configuration
/// paid for its period, a debit for the share of the new configuration's period left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proration {
    pub date: Instant,
    pub credit: Decimal,
    pub debit: Decimal,
    pub net: Decimal,
}

pub fn prorate(
    at: Instant,
    old: Option<(Decimal, Span)>,
    new: Option<(Decimal, Span)>,
    currency: &str,
) -> R<Proration> {
    let share = |x: Option<(Decimal, Span)>| -> R<Decimal> {
        Ok(match x {
            Some((amount, span)) => round_money(prorated(amount, span, at)?, currency)?,
            None => round_money(Decimal::ZERO, currency)?,
        })
    };
    let (credit, debit) = (share(old)?, share(new)?);
    Ok(Proration {
        date: at,
        credit,
        debit,
        net: round_money(add(debit, neg(credit))?, currency)?,
    })
}

/// Lines as JSON (spec 60: `type, description, featureId|addonId, quantity, unitPrice,
/// amount, period`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
    #[serde(rename = "type")]
    pub line_type: &'static str,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addon_id: Option<String>,
    pub quantity: Option<Decimal>,
    pub unit_price: Option<Decimal>,
    pub amount: Decimal,
    pub period: Option<PeriodView>,
}

/// A line's period, `start` then `end`.
#[derive(Debug, Clone, Serialize)]
pub struct PeriodView {
    pub start: String,
    pub end: String,
}

impl From<&Line> for LineView {
    fn from(l: &Line) -> Self {
        LineView {
            line_type: l.line_type.wire(),
            description: l.description.clone(),
            feature_id: l.feature_id.clone(),
            addon_id: l.addon_id.clone(),
            quantity: l.quantity.map(|q| q.normalize()),
            unit_price: l.unit_price.map(|u| u.normalize()),
            amount: l.amount,
            period: l.period.map(|s| PeriodView {
                start: crate::clock::fmt(&s.start),
                end: crate::clock::fmt(&s.end),
            }),
        }
    }
}

/// What a command prices as it runs (carried by its transaction): `subscription estimate`
/// runs the real change and rolls it back, reading the pricing the change worked out.
#[derive(Debug, Clone, Default)]
pub struct Quoting {
    /// An estimate: archived coupons are priced (with a warning) instead of refused.
    pub estimating: bool,
    /// Usage projected for a new subscription's first period (`--usage FEATURE=N`).
    pub usage: BTreeMap<String, Decimal>,
    /// The pricing of the last subscription change made.
    pub last: Option<serde_json::Value>,
    /// Pricing waiting for the `subscription.created` / `subscription.updated` event of the
    /// subscription it prices.
    pub for_event: Option<(String, serde_json::Value)>,
}

#[cfg(test)]
mod tests;
