//! Stigg's rules for plan-change direction, per-unit limits and add-ons (spec 30, issue #5).

use crate::helpers::TestEnv;
use crate::lifecycle::{check, env, statuses, subs};
use serde_json::Value;

fn create(t: &TestEnv, customer: &str, plan: &str, extra: &[&str]) -> Value {
    let mut a = vec![
        "subscription",
        "create",
        "--customer",
        customer,
        "--plan",
        plan,
        "--skip-trial",
    ];
    a.extend_from_slice(extra);
    t.json(&a)
}

fn live(t: &TestEnv, customer: &str) -> Vec<String> {
    statuses(t, customer)
        .into_iter()
        .filter(|s| s.ends_with(" ACTIVE"))
        .collect()
}

#[test]
fn inheritance_decides_direction_before_price() {
    // pro → enterprise: enterprise inherits from pro (custom price): an upgrade, now.
    let t = env();
    t.ok(&["customer", "create", "a", "--plan", "free"]);
    create(&t, "a", "pro", &["--billing-period", "monthly"]);
    create(&t, "a", "enterprise", &[]);
    assert_eq!(live(&t, "a"), vec!["enterprise ACTIVE"]);
    // enterprise → pro: pro is an ancestor: a downgrade; enterprise (custom) has no billing
    // period to wait for, so it applies now.
    let t = env();
    t.ok(&["customer", "create", "b", "--plan", "free"]);
    create(&t, "b", "enterprise", &[]);
    create(&t, "b", "pro", &["--billing-period", "monthly"]);
    assert_eq!(live(&t, "b"), vec!["pro ACTIVE"]);

    // A cheaper child is still an upgrade: a child of pro priced below pro.
    let t = env();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    let lite = text.replace(
        "      - id: enterprise\n",
        "      - id: pro-lite\n        name: Pro lite\n        parent: pro\n        pricing: paid\n        prices:\n          - { model: flat, monthly: \"5.00\", annually: \"50.00\", currency: USD }\n          - { model: per-unit, feature: seats, monthly: 1, annually: 10, currency: USD, min: 1, max: 500 }\n\n      - id: enterprise\n",
    );
    t.write("lite.yaml", &lite);
    t.ok(&["catalog", "apply", "lite.yaml"]);
    t.ok(&["customer", "create", "c", "--plan", "free"]);
    create(&t, "c", "pro", &["--billing-period", "monthly"]);
    create(&t, "c", "pro-lite", &["--billing-period", "monthly"]);
    assert_eq!(live(&t, "c"), vec!["pro-lite ACTIVE"], "immediate upgrade");
    // ... and going back up the chain is a downgrade even though pro costs more.
    create(&t, "c", "pro", &["--billing-period", "monthly"]);
    assert_eq!(
        live(&t, "c"),
        vec!["pro-lite ACTIVE"],
        "scheduled downgrade"
    );

    // Unrelated plans compare prices; the product can make downgrades immediate.
    let t = env();
    t.ok(&["product", "update", "app", "--downgrade-at", "immediate"]);
    t.ok(&["customer", "create", "d", "--plan", "free"]);
    create(&t, "d", "pro", &["--billing-period", "monthly"]);
    create(&t, "d", "basic", &["--billing-period", "monthly"]);
    assert_eq!(live(&t, "d"), vec!["basic ACTIVE"], "downgradeAt immediate");
    // --schedule overrides the product per command.
    create(&t, "d", "free", &["--schedule", "end-of-period"]);
    assert_eq!(live(&t, "d"), vec!["basic ACTIVE"]);
}

#[test]
fn a_per_unit_quantity_is_the_limit_in_units_whatever_the_block_size() {
    let t = env();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    t.write(
        "blocks.yaml",
        &text.replace(
            "{ model: per-unit, feature: seats, monthly: 8, annually: 80, currency: USD, min: 1, max: 50 }",
            "{ model: per-unit, feature: seats, monthly: 8, annually: 80, currency: USD, min: 1, max: 50, blockSize: 5 }",
        ),
    );
    t.ok(&["catalog", "apply", "blocks.yaml"]);
    t.ok(&["customer", "create", "a", "--plan", "free"]);
    create(
        &t,
        "a",
        "basic",
        &["--billing-period", "monthly", "--quantity", "seats=3"],
    );
    let (_, v) = check(&t, &["a", "seats"]);
    assert_eq!(v["usageLimit"], "3", "{v}");
}

#[test]
fn addons_increment_and_override_with_quantities_and_are_listed_as_sources() {
    let t = env();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    // Two add-ons on api-calls (pro: 100000 a month, soft, reset at subscription start):
    // an override to 150000 and an increment of 1000, each bought twice.
    let addons = "\n      - id: calls-override\n        name: Calls override\n        pricing: paid\n        maxQuantity: 5\n        entitlements:\n          api-calls: { limit: 150000, behavior: override }\n        prices:\n          - { model: flat, monthly: 10, annually: 100, currency: USD }\n      - id: calls-boost\n        name: Calls boost\n        pricing: paid\n        maxQuantity: 5\n        entitlements:\n          api-calls: { limit: 1000, behavior: increment }\n        prices:\n          - { model: flat, monthly: 1, annually: 10, currency: USD }\n";
    let with = text
        .replace(
            "compatibleAddons: [extra-seats, priority-support, extra-storage]",
            "compatibleAddons: [extra-seats, priority-support, extra-storage, calls-override, calls-boost]",
        )
        .replace("    addons:\n", &format!("    addons:{addons}"));
    t.write("addons.yaml", &with);
    t.ok(&["catalog", "apply", "addons.yaml"]);
    t.ok(&["customer", "create", "a", "--plan", "free"]);
    create(
        &t,
        "a",
        "pro",
        &[
            "--billing-period",
            "monthly",
            "--addon",
            "calls-override=2",
            "--addon",
            "calls-boost=2",
        ],
    );
    let (_, v) = check(&t, &["a", "api-calls"]);
    // Override 150000 × 2 replaces 100000; the increment adds 1000 × 2.
    assert_eq!(v["usageLimit"], "302000", "{v}");
    // The plan's reset settings stay (the add-ons set none).
    assert_eq!(v["resetPeriod"], "MONTH", "{v}");
    assert!(v["usagePeriodStart"].is_string(), "{v}");
    let sources = v["sources"].as_array().unwrap();
    let kinds: Vec<String> = sources
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {}",
                s["type"].as_str().unwrap(),
                s["id"].as_str().unwrap(),
                s["quantity"],
                s["usageLimit"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            "PLAN pro null 100000",
            "ADDON calls-boost 2 2000",
            "ADDON calls-override 2 300000",
        ],
        "{v}"
    );
    // The plan part of storage-gb next to extra-storage: 500 + 2 × 100, each visible.
    let s = subs(&t, "a");
    let id = s.iter().find(|x| x["status"] == "ACTIVE").unwrap()["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["subscription", "update", &id, "--addon", "extra-storage=2"]);
    let (_, v) = check(&t, &["a", "storage-gb"]);
    assert_eq!(v["usageLimit"], "700");
    let limits: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["usageLimit"].as_str().unwrap())
        .collect();
    assert_eq!(limits, vec!["500", "200"]);
}

#[test]
fn a_scheduled_migration_and_a_scheduled_update_both_run() {
    for order in [["migrate", "update"], ["update", "migrate"]] {
        let t = env();
        t.ok(&["customer", "create", "c", "--plan", "free"]);
        create(
            &t,
            "c",
            "basic",
            &[
                "--billing-period",
                "monthly",
                "--quantity",
                "seats=2",
                "--id",
                "b",
            ],
        );
        let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
        t.write(
            "v2.yaml",
            &text.replace("projects: { limit: 20 }", "projects: { limit: 21 }"),
        );
        t.ok(&["catalog", "apply", "v2.yaml"]);
        for step in order {
            if step == "migrate" {
                t.ok(&["subscription", "migrate", "b", "--at", "end-of-period"]);
            } else {
                t.ok(&[
                    "subscription",
                    "update",
                    "b",
                    "--quantity",
                    "seats=4",
                    "--schedule",
                    "end-of-period",
                ]);
            }
        }
        t.ok(&["clock", "advance", "1mo"]);
        let s = t.json(&["subscription", "show", "b"]);
        assert_eq!(s["planVersion"], 2, "{order:?}: {s}");
        assert_eq!(s["quantities"][0]["quantity"], 4, "{order:?}: {s}");
        // A second update of the same kind still replaces the first.
        t.ok(&[
            "subscription",
            "update",
            "b",
            "--quantity",
            "seats=6",
            "--schedule",
            "end-of-period",
        ]);
        t.ok(&[
            "subscription",
            "update",
            "b",
            "--quantity",
            "seats=7",
            "--schedule",
            "end-of-period",
        ]);
        let all = t.json(&["subscription", "schedule", "list", "b", "--all"]);
        let statuses: Vec<String> = all
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["scheduleStatus"].as_str().unwrap_or("").to_string())
            .collect();
        assert!(statuses.contains(&"Canceled".to_string()), "{all}");
    }
}

#[test]
fn only_the_parts_that_count_are_flagged_winners() {
    let t = env();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    let addons = "\n      - id: ov-a\n        name: A\n        pricing: paid\n        maxQuantity: 5\n        entitlements:\n          storage-gb: { limit: 300, behavior: override }\n        prices:\n          - { model: flat, monthly: 1, annually: 10, currency: USD }\n      - id: ov-b\n        name: B\n        pricing: paid\n        maxQuantity: 5\n        entitlements:\n          storage-gb: { limit: 200, behavior: Override }\n        prices:\n          - { model: flat, monthly: 1, annually: 10, currency: USD }\n";
    let with = text
        .replace(
            "compatibleAddons: [extra-seats, priority-support, extra-storage]",
            "compatibleAddons: [extra-seats, priority-support, extra-storage, ov-a, ov-b]",
        )
        .replace("    addons:\n", &format!("    addons:{addons}"))
        .replace(
            "    usageResetOnChange: never\n",
            "    usageResetOnChange: NEVER_RESET\n    downgradeAt: END_OF_BILLING_PERIOD\n",
        );
    t.write("ov.yaml", &with);
    t.ok(&["catalog", "apply", "ov.yaml"]);
    t.ok(&["customer", "create", "c", "--plan", "free"]);
    create(
        &t,
        "c",
        "pro",
        &[
            "--billing-period",
            "monthly",
            "--addon",
            "ov-a=1",
            "--addon",
            "ov-b=2",
            "--addon",
            "extra-storage=1",
        ],
    );
    let (_, v) = check(&t, &["c", "storage-gb"]);
    // The largest override (ov-b: 2 × 200) replaces pro's 500; extra-storage adds 100.
    assert_eq!(v["usageLimit"], "500", "{v}");
    let flags: Vec<String> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {}", s["id"].as_str().unwrap(), s["isWinner"]))
        .collect();
    assert_eq!(
        flags,
        vec!["pro false", "extra-storage true", "ov-a false", "ov-b true"],
        "{v}"
    );
}

#[test]
fn free_plans_take_no_billing_period_and_codes_are_stiggs() {
    let t = env();
    t.ok(&["customer", "create", "c"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "c",
            "--plan",
            "enterprise",
            "--billing-period",
            "monthly",
            "--json",
        ],
        2,
    );
    assert!(e.contains("no billing period"), "{e}");
    let s = subs(&t, "c");
    let id = s[0]["subscriptionId"].as_str().unwrap().to_string();
    let e = t.fails(
        &[
            "subscription",
            "cancel",
            &id,
            "--at",
            "2025-06-01T00:00:00Z",
            "--json",
        ],
        2,
    );
    assert!(e.contains("InvalidCancellationDate"), "{e}");
    let e = t.fails(&["plan", "publish", "pro", "--json"], 1);
    assert!(e.contains("PackageAlreadyPublished"), "{e}");
}

/// An enum's answer is the union of its sources' values: each source granting values is
/// marked `isWinner` and shows its `enumValues` (the promotion granting the value asked for
/// was not marked, and no source said what it granted).
#[test]
fn every_source_of_an_enum_union_is_shown_with_its_values() {
    let t = crate::helpers::TestEnv::new();
    t.write(
        "r.yaml",
        "features:\n  - { id: region, type: enum, values: [us, eu, apac] }\nproducts:\n  - id: app\n    startSetup: { freePlan: free }\n    plans:\n      - { id: free, pricing: free, entitlements: { region: { values: [us] } } }\n",
    );
    t.ok(&["catalog", "apply", "r.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "region",
        "--values",
        "apac",
        "--period",
        "1w",
    ]);
    let (code, c) = crate::lifecycle::check(&t, &["acme", "region", "--requested-values", "apac"]);
    assert_eq!(code, 0, "{c}");
    let sources: Vec<(String, bool, serde_json::Value)> = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["type"].as_str().unwrap().to_string(),
                s["isWinner"].as_bool().unwrap(),
                s["enumValues"].clone(),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("PLAN".to_string(), true, serde_json::json!(["us"])),
            ("PROMOTIONAL".to_string(), true, serde_json::json!(["apac"]))
        ],
        "{c}"
    );
}
