//! Pricing (spec 60): estimates of new subscriptions and changes (one code path with the
//! change: the event records the estimate's amounts), proration, scheduled downgrades, blocks,
//! coupons over time, minimum spend, invoice previews, `report mrr` and `catalog diff --impact`.

use crate::helpers::TestEnv;
use serde_json::Value;

const CATALOG: &str = r#"features:
  - { id: seats, type: number, meter: fluctuating }
  - { id: calls, type: number, meter: incremental }
coupons:
  - { id: half3, name: Half for 3 months, percentOff: 50, durationMonths: 3 }
  - id: ten
    name: Ten off
    amountsOff: [{ amount: "10.00", currency: USD }]
  - { id: old, name: Old, percentOff: 10 }
products:
  - id: p
    startSetup: { freePlan: free }
    plans:
      - id: free
        pricing: free
        entitlements:
          calls: { limit: 100, reset: month }
      - id: basic
        pricing: paid
        compatibleAddons: [boost]
        entitlements:
          seats: { limit: 1 }
          calls: { limit: 1000, reset: month, soft: true }
        prices:
          - model: flat
            monthly: 30
            currency: USD
            countries: [{ country: DK, currency: DKK, monthly: 200 }]
          - model: per-unit
            feature: seats
            monthly: 40
            currency: USD
            blockSize: 5
            min: 1
            max: 100
            countries: [{ country: DK, currency: DKK, monthly: 250 }]
          - { model: overage, feature: calls, unitPrice: "0.01", currency: USD }
      - id: pro
        pricing: paid
        entitlements:
          calls: { limit: 10000, reset: month }
        prices:
          - model: flat
            monthly: 90
            currency: USD
            countries: [{ country: DK, currency: DKK, monthly: 600 }]
          - { model: minimum, monthly: 120, currency: USD }
    addons:
      - id: boost
        pricing: paid
        maxQuantity: 5
        entitlements:
          calls: { limit: 500, reset: month }
        prices:
          - { model: flat, monthly: 15, currency: USD }
"#;

fn env() -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.write("pricing.yaml", CATALOG);
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t
}

fn live(t: &TestEnv, customer: &str) -> String {
    let v = t.json(&[
        "subscription",
        "list",
        "--customer",
        customer,
        "--status",
        "active",
    ]);
    v[0]["subscriptionId"].as_str().unwrap().to_string()
}

/// The `pricing` of the last `subscription.created` / `.updated` event.
fn last_pricing(t: &TestEnv, ty: &str) -> Value {
    let v = t.json(&["events", "list", "--type", ty]);
    let last = v.as_array().unwrap().last().unwrap().clone();
    last["payload"]["pricing"].clone()
}

fn amounts(v: &Value) -> (String, String, String) {
    let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
    (s("subTotal"), s("discount"), s("total"))
}

#[test]
fn new_subscription_estimate_then_create_records_the_same_amounts() {
    let t = env();
    t.ok(&["customer", "create", "c1"]);
    // 3 seats in blocks of 5: one block.
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
    ]);
    assert_eq!(
        amounts(&est),
        ("70.00".into(), "0.00".into(), "70.00".into())
    );
    let types: Vec<&str> = est["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["BaseCharge", "PerUnitCharge"]);
    assert_eq!(est["lines"][1]["quantity"], "1");
    assert_eq!(est["billingPeriod"], "MONTHLY");
    assert_eq!(est["proration"], Value::Null);
    // Nothing was written by the estimate.
    assert!(
        t.json(&[
            "subscription",
            "list",
            "--customer",
            "c1",
            "--plan",
            "basic"
        ])
        .as_array()
        .unwrap()
        .is_empty()
    );
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
    ]);
    assert_eq!(last_pricing(&t, "subscription.created"), est);
}

#[test]
fn upgrade_mid_period_is_prorated_to_the_second_and_matches_the_change() {
    let t = env();
    t.ok(&["customer", "create", "c2"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c2",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
    ]);
    // Half of January's 31 days left.
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c2",
        "--plan",
        "pro",
    ]);
    let p = &est["proration"];
    // basic pays 70 a month: 35 unused; pro pays its 120 minimum: 60 for the rest.
    assert_eq!(
        (
            p["credit"].as_str(),
            p["debit"].as_str(),
            p["netAmount"].as_str()
        ),
        (Some("35.00"), Some("60.00"), Some("25.00"))
    );
    assert_eq!(est["total"], "25.00");
    assert_eq!(est["recurring"]["total"], "120.00");
    assert_eq!(est["isPlanDowngrade"], false);
    assert_eq!(est["scheduled"], false);
    assert_eq!(est["lines"].as_array().unwrap().len(), 2);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c2",
        "--plan",
        "pro",
    ]);
    assert_eq!(last_pricing(&t, "subscription.created"), est);
    // The billing cycle is kept: the new plan's period ends when the old one would have.
    let s = t.json(&["subscription", "show", &live(&t, "c2")]);
    assert_eq!(s["currentBillingPeriodEnd"], "2026-02-01T00:00:00Z");
}

#[test]
fn downgrade_is_scheduled_without_proration() {
    let t = env();
    t.ok(&["customer", "create", "c3"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c3",
        "--plan",
        "pro",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c3",
        "--plan",
        "basic",
        "--quantity",
        "seats=2",
    ]);
    assert_eq!(est["scheduled"], true);
    assert_eq!(est["isPlanDowngrade"], true);
    assert_eq!(est["proration"], Value::Null);
    assert_eq!(est["effectiveAt"], "2026-02-01T00:00:00Z");
    assert_eq!(est["total"], "70.00");
    // The table says it as the JSON does: not a charge now.
    let table = t.ok(&[
        "subscription",
        "estimate",
        "--customer",
        "c3",
        "--plan",
        "basic",
        "--quantity",
        "seats=2",
    ]);
    assert!(
        table.contains("takes effect at 2026-02-01T00:00:00Z (a downgrade)"),
        "{table}"
    );
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c3",
        "--plan",
        "basic",
        "--quantity",
        "seats=2",
    ]);
    assert_eq!(last_pricing(&t, "subscription.updated"), est);
    // When it executes at the period end, the new subscription's event records the same.
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    assert_eq!(last_pricing(&t, "subscription.created"), est);
}

#[test]
fn quantity_increase_prorates_the_extra_block() {
    let t = env();
    t.ok(&["customer", "create", "c4"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c4",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
    ]);
    let id = live(&t, "c4");
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    // 3 → 8 seats: 1 → 2 blocks of 5, 70 → 110 a month.
    let est = t.json(&["subscription", "estimate", &id, "--quantity", "seats=8"]);
    let p = &est["proration"];
    assert_eq!(
        (
            p["credit"].as_str(),
            p["debit"].as_str(),
            p["netAmount"].as_str()
        ),
        (Some("35.00"), Some("55.00"), Some("20.00"))
    );
    assert_eq!(est["recurring"]["total"], "110.00");
    t.ok(&["subscription", "update", &id, "--quantity", "seats=8"]);
    assert_eq!(last_pricing(&t, "subscription.updated"), est);
    // Scheduled for the period end: recorded when scheduled and again when applied.
    let sched = t.json(&[
        "subscription",
        "estimate",
        &id,
        "--quantity",
        "seats=12",
        "--schedule",
        "end-of-period",
    ]);
    assert_eq!(sched["scheduled"], true);
    assert_eq!(sched["effectiveAt"], "2026-02-01T00:00:00Z");
    assert_eq!(sched["total"], "150.00");
    t.ok(&[
        "subscription",
        "update",
        &id,
        "--quantity",
        "seats=12",
        "--schedule",
        "end-of-period",
    ]);
    assert_eq!(last_pricing(&t, "subscription.updated"), sched);
    t.ok(&["subscription", "schedule", "cancel", &id]);
    // Fewer seats is a downgrade with a credit carried.
    let est = t.json(&["subscription", "estimate", &id, "--quantity", "seats=1"]);
    assert_eq!(est["isPlanDowngrade"], true);
    assert_eq!(est["proration"]["netAmount"], "-20.00");
    assert_eq!(est["total"], "0.00");
}

#[test]
fn coupon_applies_for_its_months_then_stops() {
    let t = env();
    t.ok(&["customer", "create", "c5"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c5",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--coupon",
        "half3",
    ]);
    assert_eq!(
        amounts(&est),
        ("70.00".into(), "35.00".into(), "35.00".into())
    );
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c5",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--coupon",
        "half3",
    ]);
    // Applied 2026-01-01 for 3 months: March's period is discounted, April's is not.
    let mrr = |at: &str| {
        t.json(&["report", "mrr", "--at", at])[0]["mrr"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(mrr("2026-03-15T00:00:00Z"), "35.00");
    assert_eq!(mrr("2026-04-15T00:00:00Z"), "70.00");
    t.ok(&["clock", "set", "2026-04-02T00:00:00Z"]);
    let inv = t.json(&["subscription", "invoice-preview", &live(&t, "c5")]);
    assert_eq!(
        amounts(&inv),
        ("70.00".into(), "0.00".into(), "70.00".into())
    );
    assert!(
        inv["warnings"][0].as_str().unwrap().contains("ran out"),
        "{inv}"
    );
}

#[test]
fn fixed_coupon_never_takes_the_total_below_zero_and_customer_coupon_is_overridden() {
    let t = env();
    t.ok(&["customer", "create", "c6", "--coupon", "ten"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c6",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
    ]);
    assert_eq!(
        amounts(&est),
        ("70.00".into(), "10.00".into(), "60.00".into())
    );
    // The subscription's own coupon overrides the customer's (they don't stack).
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c6",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--coupon",
        "half3",
    ]);
    assert_eq!(est["discount"], "35.00");
}

#[test]
fn archived_coupon_is_estimated_with_a_warning_but_not_applied() {
    let t = env();
    t.ok(&["customer", "create", "c7"]);
    t.ok(&["coupon", "archive", "old"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c7",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--coupon",
        "old",
    ]);
    assert_eq!(est["discount"], "7.00");
    assert!(
        est["warnings"][0].as_str().unwrap().contains("archived"),
        "{est}"
    );
    let err = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "c7",
            "--plan",
            "basic",
            "--quantity",
            "seats=3",
            "--coupon",
            "old",
        ],
        1,
    );
    assert!(
        err.contains("ArchivedCouponCantBeApplied") || err.contains("archived"),
        "{err}"
    );
    // A subscription that holds it since before the archive may restate it (no change).
    t.ok(&["coupon", "unarchive", "old"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s7",
        "--customer",
        "c7",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=3",
        "--coupon",
        "old",
    ]);
    t.ok(&["coupon", "archive", "old"]);
    t.ok(&["subscription", "update", "s7", "--coupon", "old"]);
    assert_eq!(t.json(&["subscription", "show", "s7"])["couponId"], "old");
}

#[test]
fn minimum_spend_tops_up_and_projected_usage_is_priced() {
    let t = env();
    t.ok(&["customer", "create", "c8"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c8",
        "--plan",
        "pro",
    ]);
    let last = est["lines"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["type"], "MinimumSpendAdjustment");
    assert_eq!(last["amount"], "30.00");
    assert_eq!(est["total"], "120.00");
    // Projected usage beyond basic's 1000 calls is charged as overage (0.01 each).
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c8",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--usage",
        "calls=1250",
    ]);
    let over = est["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["type"] == "OverageCharge")
        .unwrap()
        .clone();
    assert_eq!(
        (over["quantity"].as_str(), over["amount"].as_str()),
        (Some("250"), Some("2.50"))
    );
    assert_eq!(est["total"], "72.50");
}

#[test]
fn invoice_preview_charges_recorded_overage() {
    let t = env();
    t.ok(&["customer", "create", "c9"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c9",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--addon",
        "boost",
    ]);
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    // 1000 calls from basic + 500 from boost: 1800 is 300 over.
    t.ok(&["usage", "report", "c9", "calls", "1800"]);
    let inv = t.json(&["subscription", "invoice-preview", &live(&t, "c9")]);
    let types: Vec<&str> = inv["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        [
            "BaseCharge",
            "PerUnitCharge",
            "AddonCharge",
            "OverageCharge"
        ]
    );
    assert_eq!(inv["total"], "88.00");
    assert_eq!(inv["effectiveAt"], "2026-02-01T00:00:00Z");
}

#[test]
fn impact_of_a_price_rise_is_count_times_difference() {
    let t = env();
    for c in ["a1", "a2", "a3"] {
        t.ok(&["customer", "create", c]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "basic",
            "--quantity",
            "seats=3",
        ]);
    }
    t.ok(&["customer", "create", "b1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "b1",
        "--plan",
        "pro",
    ]);
    let raised = CATALOG.replacen("monthly: 30\n", "monthly: \"33.33\"\n", 1);
    let f = t.write("raised.yaml", &raised);
    let out = t.exits(
        &["catalog", "diff", f.to_str().unwrap(), "--impact", "--json"],
        1,
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["total"]["subscriptions"], 4);
    assert_eq!(v["total"]["mrrBefore"], "330.00");
    assert_eq!(v["total"]["delta"], "9.99");
    let basic = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["planId"] == "basic")
        .unwrap()
        .clone();
    assert_eq!(
        (
            basic["mrrBefore"].as_str(),
            basic["mrrAfter"].as_str(),
            basic["delta"].as_str()
        ),
        (Some("210.00"), Some("219.99"), Some("9.99"))
    );
    assert_eq!(v["customers"].as_array().unwrap().len(), 3);
    assert_eq!(v["customers"][0]["delta"], "3.33");
    // Nothing was applied, and `report mrr` agrees with the "before".
    assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "330.00");
    let same = t.write("same.yaml", CATALOG);
    let out = t.exits(
        &[
            "catalog",
            "diff",
            same.to_str().unwrap(),
            "--impact",
            "--json",
        ],
        0,
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"]["delta"], "0.00");
}

#[test]
fn report_subscriptions_counts_by_plan_and_status() {
    let t = env();
    t.ok(&["customer", "create", "r1"]);
    t.ok(&["customer", "create", "r2"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "r2",
        "--plan",
        "basic",
        "--quantity",
        "seats=1",
    ]);
    let v = t.json(&["report", "subscriptions"]);
    let rows: Vec<(String, String, i64)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["planId"].as_str().unwrap().into(),
                r["status"].as_str().unwrap().into(),
                r["subscriptions"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("basic".into(), "ACTIVE".into(), 1),
            ("free".into(), "ACTIVE".into(), 1),
            ("free".into(), "CANCELED".into(), 1)
        ]
    );
}

#[test]
fn country_variant_is_chosen_and_kept_across_a_plan_change() {
    let t = env();
    t.ok(&["customer", "create", "dk"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "dk",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--country",
        "DK",
    ]);
    assert_eq!(est["currency"], "DKK");
    assert_eq!(est["total"], "450.00");
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "dk",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--country",
        "DK",
    ]);
    // Sweden has no variant: the default price.
    t.ok(&["customer", "create", "se"]);
    let se = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "se",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--country",
        "SE",
    ]);
    assert_eq!(
        (se["currency"].as_str(), se["total"].as_str()),
        (Some("USD"), Some("70.00"))
    );
    // A plan change without --country keeps Denmark: pro in DKK, prorated in DKK.
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    let up = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "dk",
        "--plan",
        "pro",
    ]);
    assert_eq!(up["currency"], "DKK");
    assert_eq!(up["proration"]["credit"], "225.00");
    assert_eq!(up["proration"]["debit"], "300.00");
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "dk",
        "--plan",
        "pro",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", &live(&t, "dk")])["country"],
        "DK"
    );
}

#[test]
fn estimate_refuses_what_it_cannot_price_and_shows_warnings_in_tables() {
    let t = env();
    t.ok(&["customer", "create", "w1"]);
    let err = t.fails(
        &[
            "subscription",
            "estimate",
            "--customer",
            "w1",
            "--plan",
            "basic",
            "--quantity",
            "seats=3",
            "--usage",
            "nope=5",
        ],
        3,
    );
    assert!(err.contains("nope"), "{err}");
    let err = t.fails(
        &[
            "subscription",
            "estimate",
            "--customer",
            "w1",
            "--plan",
            "basic",
            "--quantity",
            "seats=3",
            "--usage",
            "calls=1e5",
        ],
        2,
    );
    assert!(err.contains("1e5"), "{err}");
    t.fails(
        &[
            "subscription",
            "estimate",
            "--customer",
            "ghost",
            "--plan",
            "basic",
        ],
        3,
    );
    t.fails(
        &[
            "subscription",
            "estimate",
            "sub_missing",
            "--quantity",
            "seats=2",
        ],
        3,
    );
    // A fixed coupon with no amount in DKK: priced without it, and the table says why.
    let out = t.ok(&[
        "subscription",
        "estimate",
        "--customer",
        "w1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--country",
        "DK",
        "--coupon",
        "ten",
    ]);
    assert!(
        out.contains("warning") && out.contains("no amount in DKK"),
        "{out}"
    );
    // Nothing any estimate did was kept.
    assert_eq!(
        t.json(&["events", "list", "--type", "subscription.created"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn sums_past_a_decimal_are_refused_not_a_crash() {
    let t = env();
    for c in ["o1", "o2", "o3"] {
        t.ok(&["customer", "create", c]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "basic",
            "--quantity",
            "seats=1",
        ]);
        t.ok(&[
            "usage",
            "report",
            c,
            "calls",
            "79228162514264337593543950335",
        ]);
    }
    // One subscription's charges past a decimal leave it out of a report, with a warning; the
    // report of the others stands (and an unchanged file is still "nothing would change").
    t.ok(&["customer", "create", "fine"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "fine",
        "--plan",
        "basic",
        "--quantity",
        "seats=1",
    ]);
    let o = t.run(&["report", "mrr", "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("3 subscription(s) left out") && o.stderr.contains("of customer 'o1'"),
        "{}",
        o.stderr
    );
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        (&v[0]["subscriptions"], &v[0]["mrr"]),
        (&Value::from(1), &Value::from("70.00")),
        "{v}"
    );
    let same = t.write("same.yaml", CATALOG);
    let o = t.run(&["catalog", "diff", same.to_str().unwrap(), "--impact"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("3 subscription(s) left out"),
        "{}",
        o.stderr
    );
    t.ok(&["customer", "create", "o4"]);
    t.fails(
        &[
            "subscription",
            "estimate",
            "--customer",
            "o4",
            "--plan",
            "basic",
            "--usage",
            "calls=79228162514264337593543950335",
        ],
        1,
    );
}

#[test]
fn a_change_during_the_trial_charges_nothing_now() {
    let t = env();
    let trial = CATALOG.replacen("      - id: basic\n        pricing: paid\n", "      - id: basic\n        pricing: paid\n        trial: { days: 14, onEnd: convert-to-paid }\n", 1);
    let f = t.write("trial.yaml", &trial);
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["customer", "create", "tr"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "tr",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--id",
        "tb",
    ]);
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    let est = t.json(&["subscription", "estimate", "tb", "--quantity", "seats=8"]);
    assert_eq!(est["proration"], Value::Null);
    assert_eq!(est["billingPeriodRange"]["start"], "2026-01-15T00:00:00Z");
    assert!(
        est["warnings"][0].as_str().unwrap().contains("trial"),
        "{est}"
    );
    t.ok(&["subscription", "update", "tb", "--quantity", "seats=8"]);
    assert_eq!(last_pricing(&t, "subscription.updated"), est);
}

#[test]
fn a_coupon_applied_mid_period_discounts_from_the_next_period() {
    let t = env();
    t.ok(&["customer", "create", "m1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "m1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--id",
        "mb",
    ]);
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    // January's price was set when it began: the coupon changes nothing in it.
    let est = t.json(&["subscription", "estimate", "mb", "--coupon", "half3"]);
    assert_eq!(est["proration"]["credit"], "35.00");
    assert_eq!(est["proration"]["debit"], "35.00");
    t.ok(&["subscription", "update", "mb", "--coupon", "half3"]);
    // January was charged before the coupon; February, March and April are discounted.
    let mrr = |at: &str| {
        t.json(&["report", "mrr", "--at", at])[0]["mrr"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(mrr("2026-01-20T00:00:00Z"), "70.00");
    assert_eq!(mrr("2026-02-10T00:00:00Z"), "35.00");
    assert_eq!(mrr("2026-04-10T00:00:00Z"), "35.00");
    assert_eq!(mrr("2026-05-10T00:00:00Z"), "70.00");
}

#[test]
fn a_request_that_changes_nothing_records_nothing() {
    let t = env();
    t.ok(&["customer", "create", "n1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "n1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--id",
        "nb",
    ]);
    let events = || t.json(&["events", "list"]).as_array().unwrap().len();
    let before = events();
    // No change named at all is a usage error (as for `estimate`); one that restates the
    // subscription is a no-op — and so is its estimate (nothing to charge, a warning).
    t.fails(&["subscription", "update", "nb"], 2);
    t.fails(&["subscription", "estimate", "nb"], 2);
    t.ok(&["subscription", "update", "nb", "--quantity", "seats=3"]);
    let e = t.json(&["subscription", "estimate", "nb", "--quantity", "seats=3"]);
    assert_eq!(e["total"], "0.00", "{e}");
    assert!(e["warnings"].to_string().contains("nothing changes"), "{e}");
    assert_eq!(events(), before);
}

#[test]
fn report_features_counts_customers_granted_and_using() {
    let t = env();
    t.ok(&["customer", "create", "f1"]); // free: calls
    t.ok(&["customer", "create", "f2"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "f2",
        "--plan",
        "basic",
        "--quantity",
        "seats=1",
    ]);
    t.ok(&["usage", "report", "f2", "calls", "5"]);
    t.ok(&["usage", "report", "f1", "calls", "0"]);
    let v = t.json(&["report", "features"]);
    let row = |id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|r| r["featureId"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        (
            row("calls")["customersGranted"].as_i64(),
            row("calls")["customersUsing"].as_i64()
        ),
        (Some(2), Some(1))
    );
    assert_eq!(
        (
            row("seats")["customersGranted"].as_i64(),
            row("seats")["customersUsing"].as_i64()
        ),
        (Some(1), Some(0))
    );
}

#[test]
fn mrr_of_annual_and_monthly_subscriptions_together_is_exact() {
    let t = crate::lifecycle::env(); // the starter catalog
    for (c, period, seats) in [
        ("y1", "annually", "1"),
        ("m1", "monthly", "10"),
        ("y2", "annually", "1"),
    ] {
        t.ok(&["customer", "create", c]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "pro",
            "--billing-period",
            period,
            "--quantity",
            &format!("seats={seats}"),
            "--skip-trial",
        ]);
    }
    // 2 × (490 + 100) / 12 + (49 + 100) = 98.33… + 149 = 247.33
    let v = t.json(&["report", "mrr"]);
    assert_eq!(v[0]["mrr"], "247.33");
    let pricier = t.write(
        "pricier.yaml",
        &std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml"),
        )
        .unwrap()
        .replace(
            r#"monthly: "49.00", annually: "490.00""#,
            r#"monthly: "59.00", annually: "590.00""#,
        ),
    );
    let out = t.exits(
        &[
            "catalog",
            "diff",
            pricier.to_str().unwrap(),
            "--impact",
            "--json",
        ],
        1,
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    // +10 a month on the monthly one, +100 a year (8.333…) on each annual one.
    assert_eq!(v["total"]["mrrBefore"], "247.33");
    assert_eq!(v["total"]["mrrAfter"], "274.00");
}

#[test]
fn scheduled_changes_are_priced_in_the_invoice_preview_and_future_mrr() {
    let t = env();
    t.ok(&["customer", "create", "s1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "s1",
        "--plan",
        "basic",
        "--quantity",
        "seats=8",
        "--id",
        "sp",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "update",
        "sp",
        "--quantity",
        "seats=3",
        "--schedule",
        "end-of-period",
    ]);
    let inv = t.json(&["subscription", "invoice-preview", "sp"]);
    // February: 30 + one block of 5 seats at 40.
    assert_eq!(inv["total"], "70.00");
    assert!(inv["warnings"].to_string().contains("scheduled"), "{inv}");
    assert_eq!(
        t.json(&["report", "mrr", "--at", "2026-02-15T00:00:00Z"])[0]["mrr"],
        "70.00"
    );
    assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "110.00");
}

/// The invoice a period closes with holds the minimum spend of the plan its next period is on:
/// pro (a 120 minimum) downgraded to basic at the period end invoices basic's 70, as the
/// downgrade then records (it topped basic up to pro's 120, dated with the closing period).
#[test]
fn an_invoice_takes_the_minimum_spend_of_the_next_period_plan() {
    let t = env();
    t.ok(&["customer", "create", "m1"]);
    let create = |plan: &str, id: &str| {
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "m1",
            "--plan",
            plan,
            "--id",
            id,
        ])
    };
    create("pro", "mp");
    let inv = t.json(&["subscription", "invoice-preview", "mp"]);
    assert_eq!(inv["total"], "120.00", "{inv}");
    let adj = &inv["lines"][1];
    assert_eq!(adj["type"], "MinimumSpendAdjustment", "{inv}");
    assert_eq!(adj["period"]["start"], "2026-02-01T00:00:00Z", "{inv}");
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    create("basic", "mb"); // a downgrade: scheduled for the period end
    let inv = t.json(&["subscription", "invoice-preview", "mp"]);
    assert_eq!(inv["total"], "70.00", "{inv}");
    assert!(
        !inv["lines"].to_string().contains("MinimumSpendAdjustment"),
        "{inv}"
    );
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    let p = last_pricing(&t, "subscription.created");
    assert_eq!(p["total"], "70.00", "{p}");
}

/// A trial whose plan ends trials with `cancel` has no next period to invoice.
#[test]
fn a_trial_that_ends_with_cancel_invoices_nothing() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "t",
        "--customer",
        "c",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let inv = t.json(&["subscription", "invoice-preview", "t"]);
    assert_eq!(inv["total"], "0.00", "{inv}");
    assert!(inv["warnings"].to_string().contains("trial ends"), "{inv}");
    // Nothing recurs after it either (it showed the plan's price).
    assert_eq!(inv["recurring"]["total"], "0.00", "{inv}");
    // Nor after a subscription whose cancellation ends it at the period's end.
    t.ok(&["customer", "create", "d"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "e",
        "--customer",
        "d",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&["subscription", "cancel", "e", "--at", "end-of-period"]);
    let inv = t.json(&["subscription", "invoice-preview", "e"]);
    assert_eq!(inv["recurring"]["total"], "0.00", "{inv}");
    assert!(inv["warnings"].to_string().contains("ends at"), "{inv}");
    let out = t.ok(&["clock", "advance", "15d"]);
    assert!(out.contains("expired (TrialEnded)"), "{out}");
}

/// A migration never leaves a subscription in a state its new version refuses: a version
/// that drops the subscription's add-on, its billing period or its per-unit price is refused
/// for `--migrate all-customers` (nothing published), for `subscription migrate`, and a
/// scheduled migration that meets such a version is skipped when it falls due.
#[test]
fn a_migration_never_leaves_a_subscription_its_version_refuses() {
    let t = env();
    t.ok(&["customer", "create", "m1"]);
    t.ok(&["customer", "create", "m2"]);
    for (c, id, extra) in [("m1", "s1", "--addon"), ("m2", "s2", "--quantity")] {
        let v = if extra == "--addon" {
            "boost=1"
        } else {
            "seats=3"
        };
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "basic",
            "--id",
            id,
            extra,
            v,
        ]);
    }
    let versions = |t: &TestEnv| {
        ["s1", "s2"].map(|id| t.json(&["subscription", "show", id])["planVersion"].clone())
    };
    let seats = "          - model: per-unit\n            feature: seats\n            monthly: 40\n            currency: USD\n            blockSize: 5\n            min: 1\n            max: 100\n            countries: [{ country: DK, currency: DKK, monthly: 250 }]\n";
    assert!(CATALOG.contains(seats));
    let cases = [
        (
            "no-addon.yaml",
            CATALOG.replace("        compatibleAddons: [boost]\n", ""),
            "IncompatibleSubscriptionAddon",
            "add-on 'boost'",
        ),
        (
            "annual.yaml",
            CATALOG.replace(
                "            monthly: 30\n            currency: USD\n            countries: [{ country: DK, currency: DKK, monthly: 200 }]",
                "            annually: 300\n            currency: USD",
            )
            .replace(seats, ""),
            "InvalidArgumentError",
            "not offered monthly",
        ),
        (
            "no-seats.yaml",
            CATALOG.replace(seats, ""),
            "FeatureNotPricedPerUnit",
            "no per-unit price for 'seats'",
        ),
    ];
    for (file, text, code, says) in &cases {
        let f = t.write(file, text);
        let out = t.run(&[
            "--json",
            "catalog",
            "apply",
            f.to_str().unwrap(),
            "--migrate",
            "all-customers",
        ]);
        assert_eq!(out.code, 1, "{file}: {}", out.stderr);
        let e: Value = serde_json::from_str(&out.stderr).unwrap();
        assert_eq!(e["error"]["code"], *code, "{file}: {e}");
        let msg = e["error"]["message"].as_str().unwrap();
        assert!(
            msg.contains(says) && msg.contains("nothing was published"),
            "{msg}"
        );
        assert_eq!(versions(&t), [Value::from(1), Value::from(1)], "{file}");
        assert_eq!(t.json(&["plan", "show", "basic"])["versionNumber"], 1);
    }
    // A migration scheduled while the latest version could take it...
    let cheaper = CATALOG.replacen("monthly: 30", "monthly: 31", 1);
    let f = t.write("v2.yaml", &cheaper);
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["subscription", "migrate", "s1", "--at", "end-of-period"]);
    // ...then a version published for new customers that drops s1's add-on: it can't be
    // migrated to now, and the scheduled migration is skipped when it falls due.
    let f = t.write("no-addon.yaml", &cases[0].1);
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    let e = t.fails(&["subscription", "migrate", "s1"], 1);
    assert!(e.contains("can't move to plan 'basic' v3"), "{e}");
    t.ok(&["subscription", "migrate", "s2"]); // no add-on: it moves
    assert_eq!(versions(&t), [Value::from(1), Value::from(3)]);
    let out = t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    assert!(out.contains("scheduled migration skipped"), "{out}");
    let s1 = t.json(&["subscription", "show", "s1"]);
    assert_eq!(s1["planVersion"], 1, "{s1}");
    let sched = t.ok(&["subscription", "schedule", "list", "s1", "--all"]);
    assert!(sched.contains("MigrateToLatest  Canceled"), "{sched}");
}

#[test]
fn report_features_counts_only_the_current_window() {
    let t = env();
    t.ok(&["customer", "create", "p1"]);
    t.ok(&[
        "entitlement",
        "grant",
        "p1",
        "calls",
        "--limit",
        "10",
        "--period",
        "lifetime",
    ]);
    t.ok(&["usage", "report", "p1", "calls", "3"]);
    let using = |t: &TestEnv| {
        t.json(&["report", "features"])
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["featureId"] == "calls")
            .unwrap()["customersUsing"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(using(&t), 1);
    t.ok(&["clock", "set", "2026-01-03T00:00:00Z"]);
    t.ok(&["entitlement", "revoke", "p1", "calls"]);
    // February: the free plan's monthly window holds nothing yet.
    t.ok(&["clock", "set", "2026-02-03T00:00:00Z"]);
    let check = t.run(&["entitlement", "check", "p1", "calls", "--json"]);
    let v: Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(v["currentUsage"], "0");
    assert_eq!(using(&t), 0);
}

#[test]
fn estimate_takes_the_create_flags() {
    let t = env();
    t.ok(&["customer", "create", "e1"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "e1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--id",
        "e1-basic",
        "--trial-end",
        "2026-01-10T00:00:00Z",
        "--end",
        "2026-06-01T00:00:00Z",
        "--metadata",
        "k=v",
    ]);
    assert_eq!(est["billingPeriodRange"]["start"], "2026-01-10T00:00:00Z");
    assert!(est["warnings"].to_string().contains("trial"), "{est}");
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "e1",
        "--plan",
        "basic",
        "--quantity",
        "seats=3",
        "--id",
        "e1-basic",
    ]);
    // The id is taken now: the estimate refuses it as create would.
    t.fails(
        &[
            "subscription",
            "estimate",
            "--customer",
            "e1",
            "--plan",
            "pro",
            "--id",
            "e1-basic",
        ],
        4,
    );
}

#[test]
fn prices_stay_within_what_a_charge_can_carry() {
    let t = env();
    // A price no period's charges could sum is refused at apply, with its place.
    for (what, with) in [
        ("monthly: 30\n", "monthly: 10000000000000000\n"),
        ("unitPrice: \"0.01\"", "unitPrice: \"1000000000000001\""),
        ("amount: \"10.00\"", "amount: \"99999999999999999\""),
    ] {
        assert!(CATALOG.contains(what), "{what}");
        let f = t.write("huge.yaml", &CATALOG.replacen(what, with, 1));
        let e = t.fails(&["catalog", "apply", f.to_str().unwrap()], 65);
        assert!(e.contains("larger than a price may be"), "{with}: {e}");
    }
    // So is a recurring grant no pool could keep renewing.
    let starter = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml"),
    )
    .unwrap();
    let what = "ai-credits: { amount: 100, cadence: month, perUnitOf: seats }";
    assert!(starter.contains(what));
    let f = t.write(
        "huge-credits.yaml",
        &starter.replacen(what, "ai-credits: { amount: 79228162514264337593543950335, cadence: month, perUnitOf: seats }", 1),
    );
    let e = t.fails(&["catalog", "validate", f.to_str().unwrap()], 65);
    assert!(e.contains("more than a grant may be"), "{e}");
    // An annual-only add-on on a monthly subscription: a twelfth, kept to 12 places.
    let f = t.write(
        "yearly.yaml",
        &CATALOG.replace(
            "          - { model: flat, monthly: 15, currency: USD }",
            "          - { model: flat, annually: 100, currency: USD }",
        ),
    );
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["customer", "create", "c1"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--quantity",
        "seats=1",
        "--addon",
        "boost=3",
    ]);
    let line = est["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["type"] == "AddonCharge")
        .unwrap_or_else(|| panic!("{est}"));
    assert_eq!(line["unitPrice"], "8.333333333333", "{est}");
    assert_eq!(line["amount"], "25.00", "{est}");
}

#[test]
fn an_impact_says_when_nothing_is_billed_and_what_could_not_move() {
    let t = env();
    let raised = CATALOG.replacen("monthly: 30\n", "monthly: 31\n", 1);
    let f = t.write("raised.yaml", &raised);
    // Nothing billed: no row in no currency.
    let out = t.exits(&["catalog", "diff", f.to_str().unwrap(), "--impact"], 1);
    assert_eq!(out.trim(), "(none)");
    // A subscription the new version refuses (its add-on no longer compatible) is warned about.
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--quantity",
        "seats=1",
        "--addon",
        "boost",
    ]);
    let o = t.run(&["catalog", "diff", f.to_str().unwrap(), "--impact"]);
    assert_eq!(o.code, 1);
    assert!(!o.stderr.contains("can't move"), "{}", o.stderr);
    let dropped = raised.replacen("        compatibleAddons: [boost]\n", "", 1);
    assert_ne!(dropped, raised);
    let f = t.write("dropped.yaml", &dropped);
    let o = t.run(&["catalog", "diff", f.to_str().unwrap(), "--impact"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("1 live subscription(s) can't move")
            && o.stderr.contains("add-on 'boost' is not compatible"),
        "{}",
        o.stderr
    );
}

#[test]
fn usage_given_to_an_estimate_is_named_for_what_it_is() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "z1"]);
    let est = |usage: &str| {
        t.run(&[
            "subscription",
            "estimate",
            "--customer",
            "z1",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--quantity",
            "seats=1",
            "--usage",
            usage,
            "--json",
        ])
    };
    // A feature that exists without usage is a bad value (2), a missing one not found (3).
    let o = est("sso=5");
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("not metered"), "{}", o.stderr);
    assert_eq!(est("ghost=5").code, 3);
    // Usage the plan prices in credits is said to burn credits, not to cost nothing.
    let o = est("ai-completions=100");
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    let w = v["warnings"].to_string();
    assert!(w.contains("priced in credits ('ai-credits')"), "{w}");
    assert!(!w.contains("not priced"), "{w}");
}

#[test]
fn an_invoice_takes_off_the_credit_a_downgrade_carried_to_it() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=10",
        "--skip-trial",
    ]);
    t.ok(&["clock", "advance", "10d"]);
    t.ok(&["subscription", "update", "s1", "--quantity", "seats=2"]);
    let inv = t.json(&["subscription", "invoice-preview", "s1"]);
    let lines: Vec<(String, String)> = inv["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["type"].as_str().unwrap().to_string(),
                l["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("BaseCharge".to_string(), "49.00".to_string()),
            ("PerUnitCharge".into(), "20.00".into()),
            ("Proration".into(), "-54.20".into())
        ],
        "{inv}"
    );
    assert_eq!(
        (&inv["subTotal"], &inv["total"]),
        (&Value::from("69.00"), &Value::from("14.80")),
        "{inv}"
    );
    // An upgrade's positive net was charged when made: it carries nothing (79.00 − 54.20).
    t.ok(&["subscription", "update", "s1", "--quantity", "seats=3"]);
    let inv = t.json(&["subscription", "invoice-preview", "s1"]);
    assert_eq!(inv["total"], "24.80", "{inv}");
    // The next period's invoice owes nothing to this period's changes.
    t.ok(&["clock", "advance", "1mo"]);
    let inv = t.json(&["subscription", "invoice-preview", "s1"]);
    assert_eq!(inv["total"], "79.00", "{inv}");
}

#[test]
fn a_report_whose_sum_would_overflow_leaves_out_the_row_that_would() {
    let t = env();
    for c in ["p1", "p2"] {
        t.ok(&["customer", "create", c]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "basic",
            "--quantity",
            "seats=1",
        ]);
        // 5e28 calls over the limit at 0.01: 5e26 USD each — each fits, both do not.
        t.ok(&[
            "usage",
            "report",
            c,
            "calls",
            "50000000000000000000000000000",
        ]);
    }
    let o = t.run(&["report", "mrr", "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("1 subscription(s) left out"),
        "{}",
        o.stderr
    );
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v[0]["subscriptions"], 1, "{v}");
    let same = t.write("same.yaml", CATALOG);
    let o = t.run(&["catalog", "diff", same.to_str().unwrap(), "--impact"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("1 subscription(s) left out"),
        "{}",
        o.stderr
    );
}

#[test]
fn a_plan_change_downgrade_carries_its_credit_to_the_new_subscriptions_invoice() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=10",
    ]);
    // A seat downgrade on s1, then a plan change to basic: both credits reach s2's invoice.
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&["subscription", "update", "s1", "--quantity", "seats=6"]);
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=1",
        "--schedule",
        "immediate",
    ]);
    let mut credits = rust_decimal::Decimal::ZERO;
    for ty in ["subscription.created", "subscription.updated"] {
        for e in t
            .json(&["events", "list", "--type", ty])
            .as_array()
            .unwrap()
        {
            let net = &e["payload"]["pricing"]["proration"]["netAmount"];
            if let Some(n) = net.as_str() {
                let n: rust_decimal::Decimal = n.parse().unwrap();
                if n < rust_decimal::Decimal::ZERO {
                    credits -= n;
                }
            }
        }
    }
    assert!(credits > rust_decimal::Decimal::ZERO);
    let inv = t.json(&["subscription", "invoice-preview", "s2"]);
    let line = inv["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["type"] == "Proration")
        .unwrap_or_else(|| panic!("{inv}"))["amount"]
        .clone();
    assert_eq!(
        line.as_str().map(str::to_string),
        Some((-credits).to_string()),
        "{inv}"
    );
}

#[test]
fn a_new_billing_cycle_takes_off_the_credit_the_old_one_carried() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=10",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&["subscription", "update", "s1", "--quantity", "seats=2"]);
    let ev = t.json(&["events", "list", "--type", "subscription.updated"]);
    let credit = ev.as_array().unwrap().iter().rev().find_map(|e| {
        e["payload"]["pricing"]["proration"]["netAmount"]
            .as_str()
            .map(str::to_string)
    });
    let credit: rust_decimal::Decimal = credit.unwrap().parse().unwrap();
    assert!(credit < rust_decimal::Decimal::ZERO);
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "s1",
        "--billing-period",
        "annually",
    ]);
    let net: rust_decimal::Decimal = est["proration"]["netAmount"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let total: rust_decimal::Decimal = est["total"].as_str().unwrap().parse().unwrap();
    assert_eq!(total, net + credit, "{est}");
    // The change records the same, and the new cycle's invoice does not take it again.
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "annually",
    ]);
    let inv = t.json(&["subscription", "invoice-preview", "s1"]);
    assert!(
        !inv["lines"].to_string().contains("credit carried"),
        "{inv}"
    );
}

#[test]
fn a_change_into_a_trial_credits_the_paid_time_it_leaves_and_what_was_carried() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=20",
    ]);
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=5",
        "--schedule",
        "immediate",
    ]);
    t.ok(&["clock", "set", "2026-01-21T00:00:00Z"]);
    // Into pro's trial (asked for: the customer is paying for basic): nothing due now, basic's
    // unused time credited all the same.
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s3",
        "--customer",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=1",
        "--schedule",
        "immediate",
        "--trial",
    ]);
    let mut credits = rust_decimal::Decimal::ZERO;
    for e in t
        .json(&["events", "list", "--type", "subscription.created"])
        .as_array()
        .unwrap()
    {
        if let Some(n) = e["payload"]["pricing"]["proration"]["netAmount"].as_str() {
            let n: rust_decimal::Decimal = n.parse().unwrap();
            if n < rust_decimal::Decimal::ZERO {
                credits -= n;
            }
        }
    }
    let s3 = t.json(&["subscription", "show", "s3"]);
    assert_eq!(s3["status"], "IN_TRIAL", "{s3}");
    let inv = t.json(&["subscription", "invoice-preview", "s3"]);
    let line = inv["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["type"] == "Proration")
        .unwrap_or_else(|| panic!("{inv}"))["amount"]
        .clone();
    assert_eq!(
        line.as_str().map(str::to_string),
        Some((-credits).to_string()),
        "{inv}"
    );
}

/// `report mrr --at` a past instant prices the billing period in force then: a change of the
/// billing period alone is kept as what the subscription was before it (it priced the period
/// the subscription has now, at every instant).
#[test]
fn mrr_at_a_past_instant_prices_the_billing_period_then() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.catalog("saas-starter.yaml");
    t.ok(&["catalog", "apply", &f]);
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let mrr = |at: Option<&str>| {
        let mut a = vec!["report", "mrr"];
        a.extend(at.map(|at| ["--at", at]).iter().flatten());
        t.json(&a)[0]["mrr"].as_str().unwrap().to_string()
    };
    let monthly = mrr(None);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "annually",
    ]);
    let annual = mrr(None);
    assert_ne!(monthly, annual);
    assert_eq!(mrr(Some("2026-01-05T00:00:00Z")), monthly);
    // And back: the annual stretch stays annual.
    t.ok(&["clock", "set", "2026-01-12T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(mrr(Some("2026-01-05T00:00:00Z")), monthly);
    assert_eq!(mrr(Some("2026-01-11T00:00:00Z")), annual);
    assert_eq!(mrr(None), monthly);
}

/// Upgrade or downgrade is decided in what the customer pays: a DK subscription compares the
/// plans' DKK prices (here in the opposite order to their USD ones), not the default currency.
#[test]
fn a_country_subscription_compares_plans_in_its_own_prices() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.write(
        "dk.yaml",
        r#"products:
  - id: p
    plans:
      - id: a
        pricing: paid
        prices:
          - { model: flat, monthly: 100, currency: USD, countries: [{ country: DK, currency: DKK, monthly: 700 }] }
      - id: c
        pricing: paid
        prices:
          - { model: flat, monthly: 50, currency: USD, countries: [{ country: DK, currency: DKK, monthly: 2000 }] }
"#,
    );
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    for (c, country) in [("dk", Some("DK")), ("us", None)] {
        t.ok(&["customer", "create", c]);
        let mut a = vec![
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "a",
            "--billing-period",
            "monthly",
        ];
        a.extend(country.map(|k| ["--country", k]).iter().flatten());
        t.ok(&a);
    }
    t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
    let est = |c: &str| {
        t.json(&[
            "subscription",
            "estimate",
            "--customer",
            c,
            "--plan",
            "c",
            "--billing-period",
            "monthly",
        ])
    };
    // 700 → 2,000 DKK: an upgrade, now; 100 → 50 USD: a downgrade, at the period's end.
    let dk = est("dk");
    assert_eq!(dk["isPlanDowngrade"], false, "{dk}");
    let us = est("us");
    assert_eq!(us["isPlanDowngrade"], true, "{us}");
}

/// A country subscription is charged in one currency: a price of the plan's list whose
/// country price is in another (no variant for the country, or one in another currency) is not
/// on its bills, and every bill says so rather than dropping the charge silently.
#[test]
fn a_price_without_the_countrys_variant_is_said_to_be_left_off() {
    let t = TestEnv::new();
    let f = t.write(
        "z.yaml",
        r#"features: [{ id: seats, type: number, meter: fluctuating }]
products:
  - id: p
    plans:
      - id: z
        name: Z
        prices:
          - { model: flat, monthly: "60.00", currency: USD }
          - { model: per-unit, feature: seats, monthly: 1, currency: USD, countries: [{ country: DK, currency: DKK, monthly: 100 }] }
"#,
    );
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["customer", "create", "g"]);
    let args = [
        "--customer",
        "g",
        "--plan",
        "z",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=10",
        "--country",
        "DK",
    ];
    let mut est = vec!["subscription", "estimate"];
    est.extend(args);
    let e = t.json(&est);
    assert_eq!(e["currency"], "USD", "{e}");
    let said = "Z's per-unit price for 'seats' is priced in DKK for DK (no variant in USD): it is not on this bill";
    assert!(e["warnings"].to_string().contains(said), "{e}");
    let mut create = vec!["subscription", "create", "--id", "s1"];
    create.extend(args);
    t.ok(&create);
    let inv = t.json(&["subscription", "invoice-preview", "s1"]);
    assert!(inv["warnings"].to_string().contains(said), "{inv}");
    // Without a country nothing is left off.
    t.ok(&["customer", "create", "h"]);
    let e = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "h",
        "--plan",
        "z",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=10",
    ]);
    assert_eq!(e["warnings"], serde_json::json!([]), "{e}");
}

/// `report mrr --at` a later instant leaves out a trial that its plan ends at the trial's end
/// (`onEnd: cancel`): it will have expired by then (it was billed as converted), as the
/// what-if at that `--now` says.
#[test]
fn future_mrr_leaves_out_trials_that_lapse() {
    let t = TestEnv::with_starter();
    t.ok(&[
        "customer",
        "create",
        "m1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let s = &t.json(&["subscription", "list", "--customer", "m1"])[0];
    assert_eq!(s["status"], "IN_TRIAL");
    let later = t.json(&["report", "mrr", "--at", "2026-01-20T00:00:00Z"]);
    let what_if = t.json(&["--now", "2026-01-20T00:00:00Z", "report", "mrr"]);
    assert_eq!(later, what_if);
    assert_eq!(later, serde_json::json!([]), "{later}");
    // Before the trial ends it is not billed either.
    assert_eq!(
        t.json(&["report", "mrr", "--at", "2026-01-10T00:00:00Z"]),
        serde_json::json!([])
    );
}

/// Amounts in two currencies are never compared as numbers, and a package priced in none of
/// the bill's currency is said to be left off it.
#[test]
fn currencies_are_never_mixed_silently() {
    let mut t = TestEnv::new();
    t.write(
        "cur.yaml",
        r#"
features: [{ id: st, type: number }]
products:
  - id: p
    plans:
      - id: usd
        compatibleAddons: [eur-addon]
        prices: [{ model: flat, monthly: "10.00", currency: USD }]
      - id: yen
        prices: [{ model: flat, monthly: 1001, currency: JPY }]
      - id: bhd
        prices: [{ model: flat, monthly: "10.005", currency: BHD }]
      - id: usd70
        prices: [{ model: flat, monthly: 70, currency: USD }]
      - id: xof
        prices: [{ model: flat, monthly: 5000, currency: XOF }]
    addons:
      - id: eur-addon
        entitlements: { st: { limit: 1 } }
        prices: [{ model: flat, monthly: "3.00", currency: EUR }]
"#,
    );
    t.ok(&["catalog", "apply", "cur.yaml"]);
    t.ok(&["customer", "create", "c"]);
    // An add-on priced in EUR on a USD bill: not charged, and said.
    let e = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "c",
        "--plan",
        "usd",
        "--addon",
        "eur-addon",
    ]);
    assert_eq!(e["total"], "10.00", "{e}");
    assert!(
        e["warnings"]
            .to_string()
            .contains("eur-addon is priced in EUR"),
        "{e}"
    );
    // From 70 USD to 1001 JPY or to 10.005 BHD: no currency in common, neither an upgrade nor
    // a downgrade (1001 > 70 and 10.005 < 70 decided it): both apply now.
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s",
        "--customer",
        "c",
        "--plan",
        "usd70",
    ]);
    t.now = Some("2026-01-10T00:00:00Z".into());
    for plan in ["yen", "bhd"] {
        let e = t.json(&[
            "subscription",
            "estimate",
            "--customer",
            "c",
            "--plan",
            plan,
        ]);
        assert_eq!(e["isPlanDowngrade"], false, "{plan}: {e}");
        assert_eq!(e["scheduled"], false, "{plan}: {e}");
    }
}

/// A price the catalog allows, times a quantity it allows, is priced: the line's exact amount
/// may have more significant digits than a decimal holds (12 decimals × 4 billion seats), and
/// is rounded once to minor units — it was refused as `AmountTooLarge` at the estimate and at
/// the create.
#[test]
fn a_line_with_more_digits_than_a_decimal_holds_is_rounded_not_refused() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.write(
        "huge.yaml",
        r#"
features:
  - { id: seats, type: number, meter: fluctuating }
products:
  - id: h
    plans:
      - id: huge
        prices:
          - { model: per-unit, feature: seats, monthly: "1000000000000000", annually: "999999999999999.999999999999", currency: USD }
      - id: yen
        prices:
          - { model: per-unit, feature: seats, monthly: "999999999999999.999999999999", currency: JPY }
"#,
    );
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["customer", "create", "c"]);
    let est = |plan: &str, period: &str, seats: &str| {
        t.json(&[
            "subscription",
            "estimate",
            "--customer",
            "c",
            "--plan",
            plan,
            "--billing-period",
            period,
            "--quantity",
            seats,
        ])
    };
    // 99999 × 999999999999999.999999999999 = 99998999999999999999.999999900001
    let e = est("huge", "annually", "seats=99999");
    assert_eq!(e["total"], "99999000000000000000.00", "{e}");
    // 4294967295 × the same = 4294967294999999999999999.995705032705: rounded up.
    let e = est("huge", "annually", "seats=4294967295");
    assert_eq!(
        e["lines"][0]["amount"], "4294967295000000000000000.00",
        "{e}"
    );
    let e = est("yen", "monthly", "seats=4294967295");
    assert_eq!(e["total"], "4294967295000000000000000", "{e}");
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c",
        "--plan",
        "huge",
        "--billing-period",
        "annually",
        "--quantity",
        "seats=4294967295",
    ]);
    let mrr = t.ok(&["report", "mrr"]);
    assert!(mrr.contains("357913941250000000000000.00"), "{mrr}");
}

/// `estimate <ID>` of a request restating the subscription answers as `update` does (a no-op,
/// exit 0): nothing charged or credited now, what recurs as it is, and a warning — it was exit
/// 2. A paid plan bought at once during a trial (`--schedule immediate`) is a downgrade by the
/// lifecycle's rule (inheritance first) as when it waits for the trial's end.
#[test]
fn a_restating_estimate_is_a_no_op_and_a_downgrade_is_one_however_scheduled() {
    let t = env();
    t.ok(&["customer", "create", "a"]);
    let id = {
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "a",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--skip-trial",
        ]);
        live(&t, "a")
    };
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    let seats = t.json(&["subscription", "show", &id])["quantities"].clone();
    let mut args = vec!["subscription", "estimate", id.as_str()];
    let q = seats
        .as_array()
        .and_then(|q| q.first())
        .map(|q| format!("{}={}", q["featureId"].as_str().unwrap(), q["quantity"]));
    match &q {
        Some(q) => args.extend(["--quantity", q.as_str()]),
        None => args.extend(["--billing-period", "monthly"]),
    }
    let e = t.json(&args);
    assert_eq!(e["total"], e["subTotal"], "{e}");
    assert!(e["lines"].as_array().unwrap().is_empty(), "{e}");
    assert!(e["proration"].is_null(), "{e}");
    assert!(e["warnings"].to_string().contains("nothing changes"), "{e}");
    assert_ne!(e["recurring"]["total"], "0.00", "{e}");
    // The starter's pro (in its trial) to basic, its parent: a downgrade either way.
    let s = TestEnv::with_starter();
    s.ok(&["customer", "create", "tc"]);
    s.ok(&[
        "subscription",
        "create",
        "--customer",
        "tc",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let to_basic = [
        "subscription",
        "estimate",
        "--customer",
        "tc",
        "--plan",
        "basic",
    ];
    for schedule in [&[][..], &["--schedule", "immediate"][..]] {
        let mut a = to_basic.to_vec();
        a.extend(["--billing-period", "monthly"]);
        a.extend(schedule);
        let e = s.json(&a);
        assert_eq!(e["isPlanDowngrade"], true, "{schedule:?}: {e}");
    }
}

/// Buying the quantity a per-unit price counts when none is bought (its `min`, else 1) is no
/// change: the estimate says nothing changes (no ±proration), the update writes nothing. A
/// different quantity still is a change.
#[test]
fn restating_the_quantity_counted_when_none_is_bought_changes_nothing() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.ok(&["customer", "create", "c"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--id",
        "sb",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "sb"])["quantities"],
        serde_json::json!([])
    );
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    // basic prices seats per unit with `min: 1`.
    let e = t.json(&["subscription", "estimate", "sb", "--quantity", "seats=1"]);
    assert!(e["lines"].as_array().unwrap().is_empty(), "{e}");
    assert!(e["proration"].is_null(), "{e}");
    assert!(e["warnings"].to_string().contains("nothing changes"), "{e}");
    let events = t.sql("SELECT COUNT(*) FROM events");
    t.ok(&["subscription", "update", "sb", "--quantity", "seats=1"]);
    assert_eq!(t.sql("SELECT COUNT(*) FROM events"), events);
    let s = t.json(&["subscription", "show", "sb"]);
    assert_eq!(s["quantities"], serde_json::json!([]));
    assert_eq!(s["updatedAt"], "2026-01-01T00:00:00Z");
    // So is an import row restating it: unchanged.
    let f = t.write(
        "q.csv",
        "subscriptionId,customerId,planId,billingPeriod,quantities\nsb,c,basic,MONTHLY,seats:1\n",
    );
    let r = t.json(&["subscription", "import", f.to_str().unwrap()]);
    assert_eq!(
        (r["updated"].as_u64(), r["unchanged"].as_u64()),
        (Some(0), Some(1)),
        "{r}"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM events"), events);
    // Two seats are a change, priced and written.
    let e = t.json(&["subscription", "estimate", "sb", "--quantity", "seats=2"]);
    assert!(!e["lines"].as_array().unwrap().is_empty(), "{e}");
    t.ok(&["subscription", "update", "sb", "--quantity", "seats=2"]);
    assert_eq!(
        t.json(&["subscription", "show", "sb"])["quantities"],
        serde_json::json!([{ "featureId": "seats", "quantity": 2 }])
    );
}

/// A change scheduled for the period end keeps the subscription's coupon and country: another
/// `--coupon` or `--country` on it is refused — in the estimate and the change alike — instead
/// of being dropped without a word (the estimate, the recorded pricing and the new subscription
/// went on without the discount or the country's prices). Restating the ones it has is fine.
#[test]
fn a_scheduled_change_refuses_a_coupon_or_country_it_would_drop() {
    let t = env();
    t.ok(&["customer", "create", "c"]);
    let base = ["--customer", "c", "--billing-period", "monthly"];
    t.ok(&[
        &["subscription", "create", "--plan", "pro", "--coupon", "old"][..],
        &base,
    ]
    .concat());
    t.ok(&["clock", "set", "2026-01-16T00:00:00Z"]);
    let before = t.sql("SELECT COUNT(*), SUM(length(body)) FROM subscriptions");
    // pro (90) → basic (30 + 40 a seat) is a downgrade: scheduled for Feb 1.
    let to_basic = [&["--plan", "basic", "--quantity", "seats=1"][..], &base].concat();
    for extra in [["--coupon", "half3"], ["--country", "DK"]] {
        for verb in ["estimate", "create"] {
            let args = [&["subscription", verb][..], &to_basic, &extra].concat();
            let e = t.fails(&args, 2);
            assert!(e.contains("scheduled for 2026-02-01T00:00:00Z"), "{e}");
            assert!(e.contains(extra[0]), "{e}");
        }
    }
    assert_eq!(
        t.sql("SELECT COUNT(*), SUM(length(body)) FROM subscriptions"),
        before
    );
    let args = [
        &["subscription", "create"][..],
        &to_basic,
        &["--coupon", "old"],
    ]
    .concat();
    t.ok(&args);
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    let s = t.json(&[
        "subscription",
        "list",
        "--customer",
        "c",
        "--status",
        "active",
    ]);
    assert_eq!(s[0]["planId"], "basic", "{s}");
    assert_eq!(s[0]["couponId"], "old", "{s}");
}

/// A period's price is set at its start, its coupon included: a coupon removed or replaced
/// during the period — the subscription's, or its customer's where it has none — leaves the rest
/// of it priced with the one it began with: a later change's proration credits and charges with
/// it, and `report mrr` counts it, until the next period (it was priced without the discount:
/// 1.33 more in the example below).
#[test]
fn a_coupon_removed_mid_period_still_prices_the_rest_of_that_period() {
    // (Whose coupon, the change on Jan 10, mrr from Feb 1.)
    for (customer_coupon, change, then) in [
        (
            false,
            &["subscription", "update", "s", "--remove-coupon"][..],
            "70.00",
        ),
        (
            false,
            &["subscription", "update", "s", "--coupon", "ten"],
            "60.00",
        ),
        (
            true,
            &["customer", "update", "c", "--remove-coupon"],
            "70.00",
        ),
    ] {
        let t = env();
        let coupon = ["--coupon", "half3"];
        let customer = [&["customer", "create", "c"][..], &coupon].concat();
        t.ok(if customer_coupon {
            &customer
        } else {
            &customer[..3]
        });
        let create = [
            "subscription",
            "create",
            "--id",
            "s",
            "--plan",
            "basic",
            "--customer",
            "c",
            "--billing-period",
            "monthly",
            "--quantity",
            "seats=5",
        ];
        t.ok(&[&create[..], if customer_coupon { &[] } else { &coupon[..] }].concat());
        // 30 + 40 = 70, half off: 35.00 a month.
        let mrr = |t: &TestEnv| t.json(&["report", "mrr"])[0]["mrr"].clone();
        assert_eq!(mrr(&t), "35.00");
        t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
        t.ok(change);
        assert_eq!(mrr(&t), "35.00", "{change:?}");
        // Jan 17 of Jan 1–Feb 1: 15/31 of the period left; seats 5 → 10 (70 → 110).
        t.ok(&["clock", "set", "2026-01-17T00:00:00Z"]);
        let est = t.json(&["subscription", "estimate", "s", "--quantity", "seats=10"]);
        let p = &est["proration"];
        // 35 × 15/31 = 16.94, 55 × 15/31 = 26.61 (half of 110).
        assert_eq!(
            (p["credit"].as_str(), p["debit"].as_str()),
            (Some("16.94"), Some("26.61")),
            "{change:?}: {est}"
        );
        // From the next period on, the coupon as it is now.
        t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
        assert_eq!(mrr(&t), then, "{change:?}");
    }
}

const COUPON_CATALOG: &str = r#"coupons:
  - { id: p10, percentOff: 10 }
  - { id: p50, percentOff: 50 }
products:
  - id: app
    plans:
      - id: mo
        pricing: paid
        prices:
          - { model: flat, monthly: "100.00", annually: "1000.00", currency: USD }
      - id: big
        pricing: paid
        prices:
          - { model: flat, monthly: "300.00", currency: USD }
"#;

fn coupon_env() -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.write("coupons.yaml", COUPON_CATALOG);
    t.ok(&["catalog", "apply", f.to_str().unwrap()]);
    t.ok(&["customer", "create", "c"]);
    t
}

/// The period's coupon kept after a mid-period removal prices only that period: a billing
/// period change that starts a new cycle is priced without it (the new year got the old
/// month's 10 %), and a plan change that keeps the cycle prices the rest of the period with it,
/// in `report mrr` and in a later change's credit (which credited more than was charged).
#[test]
fn the_periods_coupon_stays_with_its_period() {
    let mrr = |t: &TestEnv| t.json(&["report", "mrr"])[0]["mrr"].clone();
    let sub = |plan: &str| {
        [
            "subscription",
            "create",
            "--customer",
            "c",
            "--billing-period",
            "monthly",
            "--plan",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([plan.to_string()])
        .collect::<Vec<_>>()
    };
    let run = |t: &TestEnv, args: &[String]| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        t.json(&a)
    };
    // A new cycle (monthly → annually on Jan 21): 1000.00 without the coupon.
    let t = coupon_env();
    let mut first = sub("mo");
    first.extend(["--id".into(), "s".into(), "--coupon".into(), "p10".into()]);
    run(&t, &first);
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    t.ok(&["subscription", "update", "s", "--remove-coupon"]);
    t.ok(&["clock", "set", "2026-01-21T00:00:00Z"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "s",
        "--billing-period",
        "annually",
    ]);
    let p = &est["proration"];
    // Credit: 90 × 11/31 = 31.94.
    assert_eq!(
        (p["credit"].as_str(), p["debit"].as_str()),
        (Some("31.94"), Some("1000.00")),
        "{est}"
    );
    t.ok(&[
        "subscription",
        "update",
        "s",
        "--billing-period",
        "annually",
    ]);
    assert_eq!(mrr(&t), "83.33");

    // A plan change keeping the cycle (mo → big on Jan 21), then back on Jan 26.
    let t = coupon_env();
    run(&t, &first);
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    t.ok(&["subscription", "update", "s", "--remove-coupon"]);
    t.ok(&["clock", "set", "2026-01-21T00:00:00Z"]);
    run(&t, &sub("big"));
    assert_eq!(mrr(&t), "270.00");
    t.ok(&["clock", "set", "2026-01-26T00:00:00Z"]);
    let mut back = sub("mo");
    back.extend(["--schedule".into(), "immediate".into()]);
    back[1] = "estimate".into();
    let est = run(&t, &back);
    let p = &est["proration"];
    // 270 × 6/31 = 52.26 credited, 90 × 6/31 = 17.42 charged.
    assert_eq!(
        (p["credit"].as_str(), p["debit"].as_str()),
        (Some("52.26"), Some("17.42")),
        "{est}"
    );
    // From Feb 1: no coupon.
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    assert_eq!(mrr(&t), "300.00");
}

/// A plan change keeps the subscription's coupon, counted from when it was applied — so an
/// exported subscription may carry a `couponAppliedAt` before its start, and imports again
/// (it was refused: "outside the start to now").
#[test]
fn a_coupon_kept_by_a_plan_change_exports_and_imports() {
    let t = coupon_env();
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c",
        "--plan",
        "big",
        "--billing-period",
        "monthly",
        "--coupon",
        "p10",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    // A downgrade, scheduled for Feb 1, restating the coupon.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c",
        "--plan",
        "mo",
        "--billing-period",
        "monthly",
        "--coupon",
        "p10",
    ]);
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    let live = t.json(&[
        "subscription",
        "list",
        "--customer",
        "c",
        "--status",
        "active",
    ]);
    assert_eq!(live[0]["planId"], "mo", "{live}");
    assert_eq!(live[0]["couponId"], "p10", "{live}");
    assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "90.00");
    t.ok(&["subscription", "export", "-o", "subs.csv"]);
    t.ok(&["customer", "export", "-o", "cust.csv"]);
    t.ok(&["env", "create", "tgt"]);
    let f = t.path().join("coupons.yaml");
    let tgt = |args: &[&str]| {
        let mut a = vec!["-e", "tgt", "--now", "2026-02-02T00:00:00Z"];
        a.extend_from_slice(args);
        t.ok(&a)
    };
    tgt(&["catalog", "apply", f.to_str().unwrap()]);
    tgt(&["customer", "import", "cust.csv"]);
    tgt(&["subscription", "import", "subs.csv"]);
    let mrr = t.json(&[
        "-e",
        "tgt",
        "--now",
        "2026-02-02T00:00:00Z",
        "report",
        "mrr",
    ]);
    assert_eq!(mrr[0]["mrr"], "90.00", "{mrr}");
}

/// An immediate plan change keeps the coupon too, as a scheduled one does (it was dropped).
#[test]
fn an_immediate_plan_change_keeps_the_coupon() {
    let t = coupon_env();
    let base = [
        "subscription",
        "create",
        "--customer",
        "c",
        "--billing-period",
        "monthly",
    ];
    t.ok(&[&base[..], &["--plan", "mo", "--coupon", "p10"]].concat());
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    let s = t.json(&[&base[..], &["--plan", "big"]].concat());
    assert_eq!(s["couponId"], "p10", "{s}");
    assert_eq!(s["couponAppliedAt"], "2026-01-01T00:00:00Z", "{s}");
    assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "270.00");
}

/// A plan change that brings another coupon mid-period keeps the one the period began with for
/// the rest of it (the replaced subscription's, or its customer's): `report mrr` and a later
/// change's proration priced the period with no discount at all.
#[test]
fn a_plan_change_bringing_a_coupon_keeps_the_periods_coupon() {
    for customer_coupon in [false, true] {
        let t = coupon_env();
        if customer_coupon {
            t.ok(&["customer", "update", "c", "--coupon", "p10"]);
        }
        let base = [
            "subscription",
            "create",
            "--customer",
            "c",
            "--billing-period",
            "monthly",
        ];
        let coupon: &[&str] = if customer_coupon {
            &[]
        } else {
            &["--coupon", "p10"]
        };
        t.ok(&[&base[..], &["--plan", "mo"], coupon].concat());
        t.ok(&["clock", "set", "2026-01-16T12:00:00Z"]);
        t.ok(&[&base[..], &["--plan", "big", "--coupon", "p50"]].concat());
        assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "270.00");
        t.ok(&["clock", "set", "2026-01-24T00:00:00Z"]);
        let est = t.json(
            &[&base[..], &["--plan", "mo", "--schedule", "immediate"]].concat()[..]
                .iter()
                .map(|a| if *a == "create" { "estimate" } else { a })
                .collect::<Vec<_>>(),
        );
        let p = &est["proration"];
        // 8/31 of the period left: 270 × 8/31 = 69.68 credited, 90 × 8/31 = 23.23 charged.
        assert_eq!(
            (p["credit"].as_str(), p["debit"].as_str()),
            (Some("69.68"), Some("23.23")),
            "{est}"
        );
        // From Feb 1: big at half price.
        t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
        assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "150.00");
    }
}
