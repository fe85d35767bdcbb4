//! Worked examples for every price model, tier boundary, block rounding, coupon, minimum spend
//! and proration rule.

use super::*;
use crate::domain::catalog::{CountryPrice, Money, PackageKind, PricingType};

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn t(s: &str) -> Instant {
    crate::clock::parse_instant(s).unwrap()
}

fn span(a: &str, b: &str) -> Span {
    Span {
        start: t(a),
        end: t(b),
    }
}

fn jan() -> Span {
    span("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")
}

fn price(model: PriceModel, feature: Option<&str>) -> Price {
    let mut p = Price::new(model, "USD");
    p.feature = feature.map(str::to_string);
    p
}

fn plan(prices: Vec<Price>) -> PackageBody {
    let mut b = PackageBody::new(PackageKind::Plan, "Pro", PricingType::Paid);
    b.prices = prices;
    b
}

fn config<'a>(body: &'a PackageBody, q: &'a [FeatureQuantity]) -> Config<'a> {
    Config {
        plan: Package {
            id: "pro",
            body,
            quantity: 1,
        },
        addons: vec![],
        quantities: q,
        period: Some(BillingPeriod::Monthly),
        country: None,
    }
}

fn tiers(spec: &[(Option<&str>, Option<&str>, Option<&str>)]) -> Vec<Tier> {
    spec.iter()
        .map(|(u, p, f)| Tier {
            up_to: u.map(d),
            unit_price: p.map(d),
            flat_price: f.map(d),
        })
        .collect()
}

fn total(lines: &[Line]) -> Decimal {
    lines.iter().map(|l| l.amount).sum()
}

#[test]
fn flat_price_per_period_and_the_other_period_converted() {
    let mut flat = price(PriceModel::Flat, None);
    flat.amounts.monthly = Some(d("49"));
    let body = plan(vec![flat]);
    let c = config(&body, &[]);
    let lines = advance_lines(&c, "USD", jan()).unwrap();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].line_type, LineType::BaseCharge);
    assert_eq!(lines[0].amount.to_string(), "49.00");
    let mut annual = c.clone();
    annual.period = Some(BillingPeriod::Annually);
    assert_eq!(
        total(&advance_lines(&annual, "USD", jan()).unwrap()),
        d("588")
    );
}

#[test]
fn free_and_custom_plans_are_not_charged() {
    let mut flat = price(PriceModel::Flat, None);
    flat.amounts.monthly = Some(d("49"));
    let mut body = plan(vec![flat]);
    body.pricing_type = PricingType::Custom;
    let c = config(&body, &[]);
    assert!(advance_lines(&c, "USD", jan()).unwrap().is_empty());
}

#[test]
fn per_unit_quantity_and_blocks_rounded_up() {
    let mut seats = price(PriceModel::PerUnit, Some("seats"));
    seats.amounts.monthly = Some(d("10"));
    let body = plan(vec![seats.clone()]);
    let q = [FeatureQuantity {
        feature_id: "seats".into(),
        quantity: 12,
    }];
    let lines = advance_lines(&config(&body, &q), "USD", jan()).unwrap();
    assert_eq!(lines[0].line_type, LineType::PerUnitCharge);
    assert_eq!(lines[0].amount, d("120"));
    // 3 units in blocks of 5: one block.
    seats.block_size = Some(d("5"));
    seats.amounts.monthly = Some(d("40"));
    let body = plan(vec![seats]);
    for (n, blocks) in [(3u32, "1"), (5, "1"), (6, "2"), (0, "0")] {
        let q = [FeatureQuantity {
            feature_id: "seats".into(),
            quantity: n,
        }];
        let lines = advance_lines(&config(&body, &q), "USD", jan()).unwrap();
        assert_eq!(lines[0].quantity, Some(d(blocks)), "{n} units");
        assert_eq!(lines[0].amount, d(blocks) * d("40"), "{n} units");
    }
}

#[test]
fn per_unit_without_a_quantity_uses_the_minimum() {
    let mut seats = price(PriceModel::PerUnit, Some("seats"));
    seats.amounts.monthly = Some(d("10"));
    seats.min = Some(d("3"));
    let body = plan(vec![seats]);
    assert_eq!(
        total(&advance_lines(&config(&body, &[]), "USD", jan()).unwrap()),
        d("30")
    );
}

fn graduated() -> Vec<Tier> {
    tiers(&[
        (Some("100000"), Some("0"), None),
        (Some("1000000"), Some("0.001"), None),
        (None, Some("0.0005"), None),
    ])
}

#[test]
fn graduated_tiers_at_and_around_the_bounds() {
    let g = graduated();
    let amount = |q: &str| tiered_amount(TiersMode::Graduated, &g, d(q)).unwrap();
    assert_eq!(amount("0"), d("0"));
    assert_eq!(amount("100000"), d("0")); // exactly at upTo: still tier 1
    assert_eq!(amount("100001"), d("0.001")); // one above
    assert_eq!(amount("1000000"), d("900"));
    assert_eq!(amount("1500000"), d("1150"));
    assert_eq!(amount("100000.5"), d("0.0005")); // fractional
}

#[test]
fn volume_tiers_price_every_unit_by_the_tier_the_total_falls_in() {
    let v = tiers(&[
        (Some("10"), Some("5"), Some("20")),
        (Some("100"), Some("4"), None),
        (None, Some("3"), None),
    ]);
    let amount = |q: &str| tiered_amount(TiersMode::Volume, &v, d(q)).unwrap();
    // Zero falls in the first tier: its flat price is charged.
    assert_eq!(amount("0"), d("20"));
    assert_eq!(amount("10"), d("70"));
    assert_eq!(amount("11"), d("44"));
    assert_eq!(amount("100"), d("400"));
    assert_eq!(amount("101"), d("303"));
    assert_eq!(amount("10.5"), d("42"));
}

#[test]
fn graduated_flat_prices_of_every_tier_entered() {
    let g = tiers(&[
        (Some("10"), Some("1"), Some("5")),
        (None, Some("0.5"), Some("7")),
    ]);
    assert_eq!(
        tiered_amount(TiersMode::Graduated, &g, d("0")).unwrap(),
        d("5")
    );
    assert_eq!(
        tiered_amount(TiersMode::Graduated, &g, d("10")).unwrap(),
        d("15")
    );
    assert_eq!(
        tiered_amount(TiersMode::Graduated, &g, d("12")).unwrap(),
        d("23")
    );
}

#[test]
fn usage_tiers_give_one_line_per_tier_entered() {
    let mut usage = price(PriceModel::Usage, Some("api-calls"));
    usage.amounts.tiers_mode = Some(TiersMode::Graduated);
    usage.amounts.tiers = graduated();
    let body = plan(vec![usage]);
    let used = BTreeMap::from([("api-calls".to_string(), d("1500000"))]);
    let lines = usage_lines(&config(&body, &[]), "USD", jan(), &used, &BTreeMap::new()).unwrap();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.line_type == LineType::TierCharge));
    assert_eq!(total(&lines), d("1150"));
}

#[test]
fn usage_unit_price_and_blocks() {
    let mut usage = price(PriceModel::Usage, Some("gb"));
    usage.amounts.unit_price = Some(d("0.25"));
    usage.block_size = Some(d("10"));
    let body = plan(vec![usage]);
    let used = BTreeMap::from([("gb".to_string(), d("21"))]);
    let lines = usage_lines(&config(&body, &[]), "USD", jan(), &used, &BTreeMap::new()).unwrap();
    assert_eq!(lines[0].line_type, LineType::UsageCharge);
    assert_eq!(lines[0].quantity, Some(d("3")));
    assert_eq!(lines[0].amount, d("0.75"));
}

#[test]
fn overage_counts_units_beyond_the_limit_in_blocks() {
    let mut over = price(PriceModel::Overage, Some("api-calls"));
    over.amounts.unit_price = Some(d("2"));
    over.block_size = Some(d("100"));
    let body = plan(vec![over]);
    let limits = BTreeMap::from([("api-calls".to_string(), Limit::Limited(d("1000")))]);
    for (used, amount) in [
        ("900", "0"),
        ("1000", "0"),
        ("1001", "2"),
        ("1500", "10"),
        ("1501", "12"),
    ] {
        let u = BTreeMap::from([("api-calls".to_string(), d(used))]);
        let lines = usage_lines(&config(&body, &[]), "USD", jan(), &u, &limits).unwrap();
        // Nothing over: no line.
        assert_eq!(total(&lines), d(amount), "{used} used");
        assert!(lines.iter().all(|l| l.line_type == LineType::OverageCharge));
        assert_eq!(lines.is_empty(), amount == "0");
    }
    let unlimited = BTreeMap::from([("api-calls".to_string(), Limit::Unlimited)]);
    let u = BTreeMap::from([("api-calls".to_string(), d("99999"))]);
    let lines = usage_lines(&config(&body, &[]), "USD", jan(), &u, &unlimited).unwrap();
    assert!(lines.is_empty());
}

#[test]
fn credit_prices_are_not_money_lines() {
    let mut credits = price(PriceModel::Credits, Some("api-calls"));
    credits.currency = "tokens".into();
    credits.rate = Some(d("1"));
    let body = plan(vec![credits]);
    let c = config(&body, &[]);
    assert_eq!(c.currency(), None);
    assert!(advance_lines(&c, "tokens", jan()).unwrap().is_empty());
}

#[test]
fn country_variant_with_fallback() {
    let mut flat = price(PriceModel::Flat, None);
    flat.amounts.monthly = Some(d("49"));
    flat.countries = vec![CountryPrice {
        country: "DK".into(),
        currency: "DKK".into(),
        amounts: PriceAmounts {
            monthly: Some(d("349")),
            ..Default::default()
        },
    }];
    let body = plan(vec![flat]);
    let mut c = config(&body, &[]);
    c.country = Some("DK");
    assert_eq!(c.currency().as_deref(), Some("DKK"));
    assert_eq!(total(&advance_lines(&c, "DKK", jan()).unwrap()), d("349"));
    c.country = Some("SE");
    assert_eq!(c.currency().as_deref(), Some("USD"));
    assert_eq!(total(&advance_lines(&c, "USD", jan()).unwrap()), d("49"));
}

#[test]
fn addons_are_charged_per_quantity() {
    let mut flat = price(PriceModel::Flat, None);
    flat.amounts.monthly = Some(d("20"));
    let mut addon = PackageBody::new(PackageKind::Addon, "Extra seats", PricingType::Paid);
    addon.prices = vec![flat];
    let body = plan(vec![]);
    let mut c = config(&body, &[]);
    c.addons = vec![Package {
        id: "extra-seats",
        body: &addon,
        quantity: 3,
    }];
    assert_eq!(c.currency().as_deref(), Some("USD"));
    let lines = advance_lines(&c, "USD", jan()).unwrap();
    assert_eq!(lines[0].line_type, LineType::AddonCharge);
    assert_eq!(lines[0].addon_id.as_deref(), Some("extra-seats"));
    assert_eq!(lines[0].amount, d("60"));
}

fn coupon(discount: Discount, months: Option<u32>) -> Coupon {
    Coupon {
        id: "c".into(),
        name: "C".into(),
        description: None,
        discount,
        duration_months: months,
    }
}

fn line(amount: &str) -> Line {
    Line {
        line_type: LineType::BaseCharge,
        description: String::new(),
        feature_id: None,
        addon_id: None,
        quantity: None,
        unit_price: None,
        amount: d(amount),
        period: None,
    }
}

#[test]
fn percentage_and_fixed_coupons() {
    let now = t("2026-01-01T00:00:00Z");
    let pct = coupon(
        Discount::Percentage {
            percent_off: d("20"),
        },
        None,
    );
    let applied = AppliedCoupon {
        coupon: &pct,
        applied_at: now,
        archived: false,
    };
    let b = bill(vec![line("49")], "USD", Some(&applied), None, now, None).unwrap();
    assert_eq!(
        (b.sub_total, b.discount, b.total),
        (d("49"), d("9.80"), d("39.20"))
    );
    assert_eq!(b.total.to_string(), "39.20");
    let fixed = coupon(
        Discount::Fixed {
            amounts_off: vec![Money {
                amount: d("100"),
                currency: "USD".into(),
            }],
        },
        None,
    );
    let applied = AppliedCoupon {
        coupon: &fixed,
        applied_at: now,
        archived: false,
    };
    // Never below zero.
    let b = bill(vec![line("49")], "USD", Some(&applied), None, now, None).unwrap();
    assert_eq!((b.discount, b.total), (d("49"), d("0")));
    // No amount in the invoice currency: does not apply, and says so.
    let b = bill(vec![line("49")], "EUR", Some(&applied), None, now, None).unwrap();
    assert_eq!(b.discount, d("0"));
    assert!(
        b.warnings[0].contains("no amount in EUR"),
        "{:?}",
        b.warnings
    );
}

#[test]
fn coupon_duration_counts_months_from_when_it_was_applied() {
    let c = coupon(
        Discount::Percentage {
            percent_off: d("50"),
        },
        Some(3),
    );
    let applied = AppliedCoupon {
        coupon: &c,
        applied_at: t("2026-01-15T00:00:00Z"),
        archived: false,
    };
    assert!(applied.active_at(t("2026-04-14T23:59:59Z")));
    assert!(!applied.active_at(t("2026-04-15T00:00:00Z")));
    let b = bill(
        vec![line("10")],
        "USD",
        Some(&applied),
        None,
        t("2026-05-01T00:00:00Z"),
        None,
    )
    .unwrap();
    assert_eq!(b.discount, d("0"));
    assert!(b.warnings[0].contains("ran out"));
}

#[test]
fn a_coupon_applied_mid_period_counts_from_the_next_period_start() {
    // The README's example: applied 2026-02-10 for 3 months.
    let c = coupon(
        Discount::Percentage {
            percent_off: d("20"),
        },
        Some(3),
    );
    let applied = AppliedCoupon {
        coupon: &c,
        applied_at: t("2026-02-10T00:00:00Z"),
        archived: false,
    };
    let active: Vec<bool> = ["02-01", "03-01", "04-01", "05-01", "06-01"]
        .iter()
        .map(|m| applied.active_at(t(&format!("2026-{m}T00:00:00Z"))))
        .collect();
    assert_eq!(active, [false, true, true, true, false]);
}

#[test]
fn minimum_spend_tops_up_after_the_discount() {
    let now = t("2026-01-01T00:00:00Z");
    let b = bill(vec![line("30")], "USD", None, Some(d("50")), now, None).unwrap();
    assert_eq!(b.total, d("50"));
    let adj = b.lines.last().unwrap();
    assert_eq!(adj.line_type, LineType::MinimumSpendAdjustment);
    assert_eq!(adj.amount, d("20"));
    assert_eq!(b.sub_total, d("30"));
    // Above the minimum: no adjustment.
    let b = bill(vec![line("80")], "USD", None, Some(d("50")), now, None).unwrap();
    assert_eq!(b.lines.len(), 1);
    // The discount comes first: 80 − 50 % = 40, topped up to 50.
    let half = coupon(
        Discount::Percentage {
            percent_off: d("50"),
        },
        None,
    );
    let applied = AppliedCoupon {
        coupon: &half,
        applied_at: now,
        archived: false,
    };
    let b = bill(
        vec![line("80")],
        "USD",
        Some(&applied),
        Some(d("50")),
        now,
        None,
    )
    .unwrap();
    assert_eq!((b.discount, b.total), (d("40"), d("50")));
}

#[test]
fn lines_round_half_away_from_zero_to_the_minor_unit() {
    assert_eq!(round_money(d("0.005"), "USD").unwrap(), d("0.01"));
    assert_eq!(round_money(d("-0.005"), "USD").unwrap(), d("-0.01"));
    assert_eq!(round_money(d("0.0049"), "USD").unwrap(), d("0"));
    assert_eq!(round_money(d("10.5"), "JPY").unwrap(), d("11"));
    assert_eq!(round_money(d("1.0005"), "BHD").unwrap(), d("1.001"));
    assert_eq!(round_money(d("49"), "USD").unwrap().to_string(), "49.00");
    assert_eq!(round_money(d("-0.001"), "USD").unwrap().to_string(), "0.00");
}

#[test]
fn proration_at_start_middle_and_last_second() {
    let p = jan(); // 31 days
    let at = |s: &str| prorate(t(s), Some((d("30"), p)), Some((d("60"), p)), "USD").unwrap();
    let start = at("2026-01-01T00:00:00Z");
    assert_eq!(
        (start.credit, start.debit, start.net),
        (d("30"), d("60"), d("30"))
    );
    let mid = at("2026-01-16T12:00:00Z"); // 15.5 of 31 days left: exactly half
    assert_eq!(
        (mid.credit, mid.debit, mid.net),
        (d("15"), d("30"), d("15"))
    );
    let last = at("2026-01-31T23:59:59Z"); // one second of 2,678,400 left
    assert_eq!(
        (last.credit, last.debit, last.net),
        (d("0"), d("0"), d("0"))
    );
    // A downgrade nets a credit.
    let down = prorate(
        t("2026-01-16T12:00:00Z"),
        Some((d("60"), p)),
        Some((d("30"), p)),
        "USD",
    )
    .unwrap();
    assert_eq!(down.net, d("-15"));
}

/// A share that is no finite decimal (186 s of January's 2,678,400) times an amount that makes
/// exactly half a cent rounds up, as half away from zero says; divided first, it fell just
/// below the half.
#[test]
fn proration_of_an_exact_half_cent_rounds_away_from_zero() {
    let p = jan();
    let credit = |at: &str, amount: &str| {
        prorate(t(at), Some((d(amount), p)), None, "USD")
            .unwrap()
            .credit
    };
    assert_eq!(credit("2026-01-31T23:56:54Z", "72"), d("0.01")); // 0.005
    assert_eq!(credit("2026-01-31T23:50:42Z", "72"), d("0.02")); // 0.015
    assert_eq!(credit("2026-01-31T23:50:42Z", "-72"), d("-0.02"));
    assert_eq!(credit("2026-01-31T23:56:54Z", "71.99"), d("0")); // 0.0049993…
    // An amount too large to multiply out first is still prorated.
    let huge = d("10000000000000000000000000"); // 1e25 × 1,339,200 s is past the range
    let half = prorate(t("2026-01-16T12:00:00Z"), Some((huge, p)), None, "USD").unwrap();
    assert_eq!(half.credit, d("5000000000000000000000000"));
}

#[test]
fn proration_of_annual_periods_in_leap_years() {
    // 2028 is a leap year: 366 days; 2028-07-02 leaves exactly 183.
    let y = span("2028-01-01T00:00:00Z", "2029-01-01T00:00:00Z");
    let p = prorate(t("2028-07-02T00:00:00Z"), Some((d("490"), y)), None, "USD").unwrap();
    assert_eq!(p.credit, d("245"));
    // 2027 is not: 2027-07-02 leaves 183 of 365 days.
    let y = span("2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z");
    let p = prorate(t("2027-07-02T00:00:00Z"), Some((d("365"), y)), None, "USD").unwrap();
    assert_eq!(p.credit, d("183"));
    // February of a leap year has 29 days: 14.5 days left of 29 is half.
    let feb = span("2028-02-01T00:00:00Z", "2028-03-01T00:00:00Z");
    let p = prorate(t("2028-02-15T12:00:00Z"), Some((d("10"), feb)), None, "USD").unwrap();
    assert_eq!(p.credit, d("5"));
}

#[test]
fn amounts_too_large_to_carry_their_minor_unit_are_refused_not_rounded() {
    // 28 digits before the point leave no room for cents.
    assert_eq!(
        round_money(d("9999999999999999999999999999"), "USD"),
        Err(TooLarge)
    );
    assert_eq!(
        round_money(d("1980704062856608439838598758.5"), "USD"),
        Err(TooLarge)
    );
    let mut usage = price(PriceModel::Usage, Some("gb"));
    usage.amounts.unit_price = Some(d("0.25"));
    usage.block_size = Some(d("10"));
    let body = plan(vec![usage]);
    let used = BTreeMap::from([("gb".to_string(), d("79228162514264337593543950335"))]);
    assert_eq!(
        usage_lines(&config(&body, &[]), "USD", jan(), &used, &BTreeMap::new()),
        Err(TooLarge)
    );
    let g = graduated();
    assert_eq!(
        tiered_amount(TiersMode::Graduated, &g, d("79228162514264337593543950335")),
        Err(TooLarge)
    );
}

#[test]
fn negated_zero_is_never_minus_zero() {
    assert_eq!(neg(d("0.00")).to_string(), "0.00");
    let p = prorate(
        t("2026-01-31T23:59:59Z"),
        Some((d("1"), jan())),
        Some((d("1"), jan())),
        "USD",
    )
    .unwrap();
    assert_eq!(p.net.to_string(), "0.00");
}

#[test]
fn remaining_share_is_clamped() {
    let p = jan();
    assert_eq!(remaining_share(p, t("2025-12-01T00:00:00Z")), d("1"));
    assert_eq!(remaining_share(p, t("2026-03-01T00:00:00Z")), d("0"));
}
