//! Stigg's wire names (issue 7): JSON prints Stigg's enum values and field names, YAML takes
//! both spellings, and databases written by earlier releases (older spellings in stored bodies)
//! still load.

use crate::helpers::TestEnv;

/// A catalog in the friendly spellings.
const FRIENDLY: &str = r#"
features:
  - { id: seats, type: number, meter: fluctuating }
  - { id: calls, type: number, meter: incremental }
  - { id: exports, type: number, meter: incremental }
currencies:
  - { id: tokens, name: Tokens }
products:
  - id: app
    startSetup: { trialPlan: pro }
    endSetup: { downgradeTo: free }
    defaultCancellation: end-of-period
    downgradeAt: immediate
    usageResetOnChange: always
    plans:
      - id: free
        pricing: free
        entitlements:
          calls: { limit: 100, reset: { period: month, anchor: start-of-month } }
          exports: { limit: 3, reset: { period: week, anchor: every-monday } }
      - id: pro
        pricing: paid
        trial: { days: 7, onEnd: cancel }
        compatibleAddons: [more-calls]
        entitlements:
          calls: { limit: 1000, reset: { period: month, anchor: subscription-start } }
          exports: { limit: 10, reset: month }
        prices:
          - { model: flat, monthly: 10, currency: USD }
          - { model: per-unit, feature: seats, monthly: 2, currency: USD }
          - { model: usage, feature: calls, unitPrice: "0.01", currency: USD }
          - { model: overage, feature: exports, unitPrice: "0.5", currency: USD }
          - { model: credits, feature: calls, rate: 2, currency: tokens }
    addons:
      - id: more-calls
        pricing: paid
        entitlements:
          calls: { limit: 500, behavior: override }
          seats: { limit: 5, behavior: increment }
        prices:
          - { model: flat, monthly: 5, currency: USD }
"#;

/// The same catalog in Stigg's wire spellings.
const WIRE: &str = r#"
features:
  - { id: seats, type: NUMBER, meter: Fluctuating }
  - { id: calls, type: NUMBER, meter: Incremental }
  - { id: exports, type: NUMBER, meter: Incremental }
currencies:
  - { id: tokens, name: Tokens }
products:
  - id: app
    startSetup: { type: TRIAL_PERIOD, planId: pro }
    endSetup: { type: DOWNGRADE_TO_FREE, planId: free }
    defaultCancellation: END_OF_BILLING_PERIOD
    downgradeAt: IMMEDIATE
    usageResetOnChange: ALWAYS_RESET
    plans:
      - id: free
        pricing: FREE
        entitlements:
          calls: { limit: 100, reset: { period: MONTH, anchor: StartOfTheMonth } }
          exports: { limit: 3, reset: { period: WEEK, anchor: EveryMonday } }
      - id: pro
        pricing: PAID
        trial: { days: 7, onEnd: CANCEL_SUBSCRIPTION }
        compatibleAddons: [more-calls]
        entitlements:
          calls: { limit: 1000, reset: { period: MONTH, anchor: SubscriptionStart } }
          exports: { limit: 10, reset: MONTH }
        prices:
          - { model: FLAT_FEE, monthly: 10, currency: USD }
          - { model: PER_UNIT, feature: seats, monthly: 2, currency: USD }
          - { model: USAGE_BASED, feature: calls, unitPrice: "0.01", currency: USD }
          - { model: overage, feature: exports, unitPrice: "0.5", currency: USD }
          - { model: CREDIT_BASED, feature: calls, rate: 2, currency: tokens }
    addons:
      - id: more-calls
        pricing: PAID
        entitlements:
          calls: { limit: 500, behavior: Override }
          seats: { limit: 5, behavior: Increment }
        prices:
          - { model: FLAT_FEE, monthly: 5, currency: USD }
"#;

fn applied() -> TestEnv {
    let t = TestEnv::new();
    t.write("friendly.yaml", FRIENDLY);
    t.write("wire.yaml", WIRE);
    t.ok(&["catalog", "apply", "friendly.yaml"]);
    t
}

#[test]
fn yaml_takes_the_friendly_and_stiggs_spellings_alike() {
    let t = applied();
    // The wire-spelled file describes the same catalog: nothing to change.
    t.exits(&["catalog", "diff", "wire.yaml"], 0);
    // And on its own it applies to the same content as the friendly one.
    let u = TestEnv::new();
    u.write("wire.yaml", WIRE);
    u.ok(&["catalog", "apply", "wire.yaml"]);
    assert_eq!(
        t.ok(&["catalog", "export"]),
        u.ok(&["catalog", "export"]),
        "exports differ"
    );
    // The export keeps the friendly spellings.
    let export = u.ok(&["catalog", "export"]);
    for friendly in [
        "behavior: override",
        "model: credits",
        "anchor: start-of-month",
        "usageResetOnChange: always",
    ] {
        assert!(export.contains(friendly), "{friendly}:\n{export}");
    }
    // A value in neither spelling is refused, listing the friendly ones.
    u.write(
        "bad.yaml",
        &WIRE.replace("behavior: Override", "behavior: Replace"),
    );
    let err = u.fails(&["catalog", "validate", "bad.yaml"], 65);
    assert!(
        err.contains("behavior 'Replace' is not one of: increment, override"),
        "{err}"
    );
    // Stigg's {type, planId} setups: a type that needs a plan, or one that takes none.
    for (from, to, message) in [
        (
            "{ type: TRIAL_PERIOD, planId: pro }",
            "{ type: TRIAL_PERIOD }",
            "startSetup TRIAL_PERIOD needs a `planId`",
        ),
        (
            "{ type: TRIAL_PERIOD, planId: pro }",
            "{ type: PLAN_SELECTION, planId: pro }",
            "startSetup PLAN_SELECTION takes no `planId`",
        ),
        (
            "{ type: DOWNGRADE_TO_FREE, planId: free }",
            "{ type: CANCEL, planId: free }",
            "endSetup type 'CANCEL' is not one of: CANCEL_SUBSCRIPTION, DOWNGRADE_TO_FREE",
        ),
        (
            "{ type: DOWNGRADE_TO_FREE, planId: free }",
            "{ type: DOWNGRADE_TO_FREE, planId: free, downgradeTo: free }",
            "endSetup takes {type, planId} or downgradeTo, not both",
        ),
    ] {
        u.write("bad.yaml", &WIRE.replace(from, to));
        let err = u.fails(&["catalog", "validate", "bad.yaml"], 65);
        assert!(err.contains(message), "{to}: {err}");
    }
    // Without a type, the setups are plan selection and cancel.
    u.write(
        "plain.yaml",
        &WIRE
            .replace(
                "{ type: TRIAL_PERIOD, planId: pro }",
                "{ type: PLAN_SELECTION }",
            )
            .replace(
                "{ type: DOWNGRADE_TO_FREE, planId: free }",
                "{ type: CANCEL_SUBSCRIPTION }",
            ),
    );
    u.ok(&["catalog", "apply", "plain.yaml"]);
    let p = u.json(&["product", "show", "app"]);
    assert_eq!(
        p["startSetup"],
        serde_json::json!({"type": "PLAN_SELECTION"})
    );
    assert_eq!(
        p["endSetup"],
        serde_json::json!({"type": "CANCEL_SUBSCRIPTION"})
    );
}

#[test]
fn catalog_apply_names_entity_types_as_stigg() {
    let t = TestEnv::new();
    t.write("friendly.yaml", FRIENDLY);
    let plan = t.json(&["catalog", "apply", "friendly.yaml"]);
    let types: std::collections::BTreeSet<&str> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["entityType"].as_str().unwrap())
        .collect();
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        ["ADDON", "CUSTOM_CURRENCY", "FEATURE", "PLAN", "PRODUCT"],
        "{plan:#}"
    );
    // Text and tables keep the nouns.
    t.write("more.yaml", "coupons:\n  - { id: c10, percentOff: 10 }\n");
    let text = t.ok(&["catalog", "apply", "more.yaml"]);
    assert!(text.contains("coupon c10"), "{text}");
}

#[test]
fn package_json_prints_stiggs_values() {
    let t = applied();
    let pro = t.json(&["plan", "show", "pro"]);
    let models: Vec<&str> = pro["prices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["billingModel"].as_str().unwrap())
        .collect();
    assert_eq!(
        models,
        ["FLAT_FEE", "PER_UNIT", "USAGE_BASED", "CREDIT_BASED"],
        "{pro:#}"
    );
    // The overage price is a usage-based price listed apart, as Stigg does.
    let overage = pro["overagePrices"].as_array().unwrap();
    assert_eq!(overage.len(), 1, "{pro:#}");
    assert_eq!(overage[0]["billingModel"], "USAGE_BASED");
    assert_eq!(overage[0]["feature"], "exports");
    assert_eq!(overage[0]["unitPrice"], "0.5");
    assert!(pro["prices"][0].get("model").is_none());
    // A plan's own entitlement is Increment (never null); reset anchors as Stigg's config.
    let calls = &pro["entitlements"][0];
    assert_eq!(calls["featureId"], "calls");
    assert_eq!(calls["behavior"], "Increment");
    assert_eq!(
        calls["resetPeriodConfiguration"],
        serde_json::json!({"monthlyAccordingTo": "SubscriptionStart"})
    );
    let free = t.json(&["plan", "show", "free"]);
    let by_feature = |v: &serde_json::Value, f: &str| {
        v["entitlements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["featureId"] == f)
            .cloned()
            .unwrap()
    };
    assert_eq!(
        by_feature(&free, "calls")["resetPeriodConfiguration"],
        serde_json::json!({"monthlyAccordingTo": "StartOfTheMonth"})
    );
    assert_eq!(
        by_feature(&free, "exports")["resetPeriodConfiguration"],
        serde_json::json!({"weeklyAccordingTo": "EveryMonday"})
    );
    let addon = t.json(&["addon", "show", "more-calls"]);
    assert_eq!(by_feature(&addon, "calls")["behavior"], "Override");
    assert_eq!(by_feature(&addon, "seats")["behavior"], "Increment");
    // `price list` lists every price, overages flagged.
    let list = t.json(&["plan", "price", "list", "pro"]);
    let flagged: Vec<bool> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["isOverage"].as_bool().unwrap())
        .collect();
    assert_eq!(flagged.iter().filter(|o| **o).count(), 1, "{list:#}");
}

#[test]
fn product_json_prints_stiggs_setup_and_status_values() {
    let t = applied();
    let p = t.json(&["product", "show", "app"]);
    assert_eq!(
        p["startSetup"],
        serde_json::json!({"type": "TRIAL_PERIOD", "planId": "pro"})
    );
    assert_eq!(
        p["endSetup"],
        serde_json::json!({"type": "DOWNGRADE_TO_FREE", "planId": "free"})
    );
    assert_eq!(p["defaultCancellation"], "END_OF_BILLING_PERIOD");
    assert_eq!(p["downgradeAt"], "IMMEDIATE");
    assert_eq!(p["usageResetOnChange"], "ALWAYS_RESET");
    assert_eq!(p["status"], "PUBLISHED");
    t.write(
        "plain.yaml",
        "products:\n  - id: other\n    usageResetOnChange: billing-period-change\n",
    );
    t.ok(&["catalog", "apply", "plain.yaml"]);
    let o = t.json(&["product", "show", "other"]);
    assert_eq!(
        o["startSetup"],
        serde_json::json!({"type": "PLAN_SELECTION"})
    );
    assert_eq!(
        o["endSetup"],
        serde_json::json!({"type": "CANCEL_SUBSCRIPTION"})
    );
    assert_eq!(o["usageResetOnChange"], "BILLING_PERIOD_CHANGE");
    t.ok(&["product", "archive", "other", "--yes"]);
    assert_eq!(t.json(&["product", "show", "other"])["status"], "ARCHIVED");
}

/// Rewrites stored bodies the way the previous release wrote them. Published versions are
/// protected by a trigger, lifted for the edit and put back as it was.
fn store_old_spellings(t: &TestEnv, replacements: &[(&str, &str)]) {
    let conn =
        rusqlite::Connection::open(t.path().join("home/development.db")).expect("open database");
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'package_versions_immutable'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch("DROP TRIGGER package_versions_immutable")
        .unwrap();
    for (new, old) in replacements {
        for table in ["package_versions", "products", "subscriptions"] {
            conn.execute(
                &format!("UPDATE {table} SET body = replace(body, ?1, ?2)"),
                [new, old],
            )
            .unwrap();
        }
    }
    conn.execute_batch(&trigger).unwrap();
}

#[test]
fn databases_with_the_previous_spellings_still_load() {
    let t = applied();
    let before_plan = t.ok(&["plan", "show", "pro", "--json"]);
    let before_addon = t.ok(&["addon", "show", "more-calls", "--json"]);
    let before_product = t.ok(&["product", "show", "app", "--json"]);
    store_old_spellings(
        &t,
        &[
            ("\"Increment\"", "\"INCREMENT\""),
            ("\"Override\"", "\"OVERRIDE\""),
            ("\"CREDIT_BASED\"", "\"CREDITS\""),
            ("\"ALWAYS_RESET\"", "\"ALWAYS\""),
        ],
    );
    // The raw rows now hold the old names …
    assert!(t.sql("SELECT count(*) FROM package_versions WHERE body LIKE '%\"OVERRIDE\"%'") != "0");
    assert!(t.sql("SELECT count(*) FROM package_versions WHERE body LIKE '%\"CREDITS\"%'") != "0");
    assert_eq!(
        t.sql("SELECT count(*) FROM products WHERE body LIKE '%\"ALWAYS\"%'"),
        "1"
    );
    // … and read back as the same values, printed with Stigg's names.
    assert_eq!(t.ok(&["plan", "show", "pro", "--json"]), before_plan);
    assert_eq!(
        t.ok(&["addon", "show", "more-calls", "--json"]),
        before_addon
    );
    assert_eq!(t.ok(&["product", "show", "app", "--json"]), before_product);
    // Content compares equal: applying the same catalog changes nothing.
    t.exits(&["catalog", "diff", "friendly.yaml"], 0);
    t.exits(&["catalog", "diff", "wire.yaml"], 0);
    // Subscriptions and checks work on those versions.
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--addon",
        "more-calls",
        "--skip-trial",
    ]);
    // `calls` burns tokens under pro (a hard entitlement): with none yet, access waits for
    // credits.
    let denied = t.run(&["entitlement", "check", "acme", "calls", "--json"]);
    assert!(
        denied.stdout.contains("InsufficientCredits"),
        "{}",
        denied.stdout
    );
    t.ok(&[
        "credit",
        "grant",
        "acme",
        "--currency",
        "tokens",
        "--amount",
        "10",
    ]);
    t.ok(&["entitlement", "check", "acme", "calls"]);
    t.ok(&["entitlement", "check", "acme", "seats"]);
}

// ---- scheduled updates ----------------------------------------------------------------------

fn schedules(t: &TestEnv, id: &str, all: bool) -> Vec<String> {
    let mut args = vec!["subscription", "schedule", "list", id];
    if all {
        args.push("--all");
    }
    t.json(&args)
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            format!(
                "{} {} {}",
                u["subscriptionScheduleType"].as_str().unwrap(),
                u["scheduleStatus"].as_str().unwrap(),
                u["scheduledExecutionTime"].as_str().unwrap()
            )
        })
        .collect()
}

/// acme on pro (monthly, no trial) since 2026-01-01, on a frozen clock.
fn on_pro() -> (TestEnv, String) {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "acme"]);
    let s = t.json(&[
        "subscription",
        "create",
        "--id",
        "acme-pro",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    (t, s["subscriptionId"].as_str().unwrap().to_string())
}

fn downgrade_to_basic(t: &TestEnv, period: &str) {
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        period,
    ]);
}

#[test]
fn scheduled_updates_have_stiggs_shape_and_keep_their_history() {
    let (t, id) = on_pro();
    downgrade_to_basic(&t, "monthly");
    let s = t.json(&["subscription", "show", &id]);
    let u = &s["scheduledUpdates"][0];
    assert_eq!(u["subscriptionScheduleType"], "Downgrade", "{s:#}");
    assert_eq!(u["scheduleStatus"], "Scheduled");
    assert_eq!(u["scheduledExecutionTime"], "2026-02-01T00:00:00Z");
    assert_eq!(
        u["targetPackage"],
        serde_json::json!({"planId": "basic", "versionNumber": 1})
    );
    assert_eq!(u["scheduleVariables"]["billingPeriod"], "MONTHLY");
    // A later change supersedes it: the first stays listed as Canceled.
    downgrade_to_basic(&t, "annually");
    assert_eq!(
        schedules(&t, &id, false),
        ["Downgrade Scheduled 2026-02-01T00:00:00Z"]
    );
    assert_eq!(
        schedules(&t, &id, true),
        [
            "Downgrade Canceled 2026-02-01T00:00:00Z",
            "Downgrade Scheduled 2026-02-01T00:00:00Z"
        ]
    );
    assert_eq!(
        t.json(&["subscription", "show", &id])["scheduledUpdates"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "the subscription lists pending updates only"
    );
    // Executed: Done, with the version it resolved to; pending none.
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    assert_eq!(t.json(&["subscription", "show", &id])["status"], "CANCELED");
    assert!(schedules(&t, &id, false).is_empty());
    assert_eq!(
        schedules(&t, &id, true),
        [
            "Downgrade Canceled 2026-02-01T00:00:00Z",
            "Downgrade Done 2026-02-01T00:00:00Z"
        ]
    );
    let table = t.ok(&["subscription", "schedule", "list", &id, "--all"]);
    assert!(table.contains("Done"), "{table}");
    assert!(table.contains("basic v1"), "{table}");
}

#[test]
fn dropped_schedules_become_canceled() {
    let (t, id) = on_pro();
    // `schedule cancel`.
    downgrade_to_basic(&t, "monthly");
    t.ok(&["subscription", "schedule", "cancel", &id]);
    let err = t.fails(&["subscription", "schedule", "cancel", &id], 1);
    assert!(err.contains("no scheduled changes"), "{err}");
    assert_eq!(
        schedules(&t, &id, true),
        ["Downgrade Canceled 2026-02-01T00:00:00Z"]
    );
    // Updates scheduled for the period end, by what they change.
    for (flag, value, kind) in [
        ("--billing-period", "annually", "BillingPeriod"),
        ("--addon", "extra-seats=2", "Addon"),
        ("--quantity", "seats=3", "UnitAmount"),
    ] {
        t.ok(&[
            "subscription",
            "update",
            &id,
            flag,
            value,
            "--schedule",
            "end-of-period",
        ]);
        assert_eq!(
            schedules(&t, &id, false),
            [format!("{kind} Scheduled 2026-02-01T00:00:00Z")]
        );
    }
    // An immediate update drops the pending one.
    t.ok(&["subscription", "update", &id, "--addon", "extra-storage=1"]);
    assert!(schedules(&t, &id, false).is_empty());
    // So does a cancellation (Stigg's SubscriptionCancellationTime spelling works too).
    downgrade_to_basic(&t, "monthly");
    t.ok(&[
        "subscription",
        "cancel",
        &id,
        "--at",
        "END_OF_BILLING_PERIOD",
    ]);
    let all = schedules(&t, &id, true);
    assert_eq!(
        all.iter().filter(|s| s.contains(" Canceled ")).count(),
        5,
        "{all:?}"
    );
    // The scheduled cancellation is listed with its own type (not one of Stigg's: Stigg keeps
    // it in cancellationDate).
    assert_eq!(
        schedules(&t, &id, false),
        ["Cancellation Scheduled 2026-02-01T00:00:00Z"]
    );
}

#[test]
fn migrations_are_migrate_to_latest_and_an_immediate_one_cancels_the_pending_one() {
    let (t, id) = on_pro();
    let new_version = |t: &TestEnv, limit: &str, migrate: &str| {
        t.ok(&["plan", "draft", "pro"]);
        t.ok(&[
            "plan",
            "entitlement",
            "set",
            "pro",
            "projects",
            "--limit",
            limit,
        ]);
        t.ok(&["plan", "publish", "pro", "--migrate", migrate]);
    };
    new_version(&t, "900", "new-customers");
    t.ok(&["subscription", "migrate", &id, "--at", "end-of-period"]);
    assert_eq!(
        schedules(&t, &id, false),
        ["MigrateToLatest Scheduled 2026-02-01T00:00:00Z"]
    );
    new_version(&t, "950", "all-customers");
    assert_eq!(t.json(&["subscription", "show", &id])["planVersion"], 3);
    assert_eq!(
        schedules(&t, &id, true),
        ["MigrateToLatest Canceled 2026-02-01T00:00:00Z"]
    );
    // A scheduled migration that runs is Done, at the version it moved to.
    new_version(&t, "990", "new-customers");
    t.ok(&["subscription", "migrate", &id, "--at", "end-of-period"]);
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    let done = t.json(&["subscription", "schedule", "list", &id, "--all"]);
    let last = done.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["scheduleStatus"], "Done", "{done:#}");
    assert_eq!(
        last["targetPackage"],
        serde_json::json!({"planId": "pro", "versionNumber": 4})
    );
}

#[test]
fn schedules_stored_by_the_previous_release_load_and_run() {
    let (t, id) = on_pro();
    downgrade_to_basic(&t, "monthly");
    // The previous release stored neither a status nor a type.
    store_old_spellings(
        &t,
        &[(
            ",\"status\":\"Scheduled\",\"scheduleType\":\"Downgrade\"",
            "",
        )],
    );
    let body = t.sql(&format!("SELECT body FROM subscriptions WHERE id = '{id}'"));
    assert!(
        body.contains("\"scheduledUpdates\":[{\"scheduledAt\""),
        "{body}"
    );
    assert!(!body.contains("scheduleType"), "{body}");
    assert_eq!(
        schedules(&t, &id, false),
        ["Downgrade Scheduled 2026-02-01T00:00:00Z"]
    );
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    assert_eq!(
        schedules(&t, &id, true),
        ["Downgrade Done 2026-02-01T00:00:00Z"]
    );
}

// ---- events ---------------------------------------------------------------------------------

fn events(t: &TestEnv, ty: &str) -> Vec<serde_json::Value> {
    t.json(&["events", "list", "--type", ty])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn events_name_entity_types_and_actors_as_stigg() {
    let (t, id) = on_pro();
    let created = events(&t, "subscription.created");
    let last = created.last().unwrap();
    assert_eq!(last["entityType"], "SUBSCRIPTION");
    assert_eq!(last["entityId"], id.as_str());
    assert_eq!(last["actor"], "USER");
    assert_eq!(events(&t, "customer.created")[0]["entityType"], "CUSTOMER");
    assert_eq!(events(&t, "plan.published")[0]["entityType"], "PLAN");
    assert_eq!(events(&t, "addon.published")[0]["entityType"], "ADDON");
    assert_eq!(events(&t, "product.created")[0]["entityType"], "PRODUCT");
    assert_eq!(events(&t, "feature.created")[0]["entityType"], "FEATURE");
    assert_eq!(
        events(&t, "currency.created")[0]["entityType"],
        "CUSTOM_CURRENCY"
    );
    assert_eq!(events(&t, "coupon.created")[0]["entityType"], "COUPON");
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "audit-log",
        "--period",
        "1w",
    ]);
    let promo = &events(&t, "promotionalEntitlement.granted")[0];
    assert_eq!(promo["entityType"], "PROMOTIONAL_ENTITLEMENT");
    assert_eq!(promo["entityId"], "acme");
    // The scheduler (catch-up step) and a migrating publish.
    downgrade_to_basic(&t, "monthly");
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    let canceled = events(&t, "subscription.canceled");
    assert_eq!(canceled.last().unwrap()["actor"], "SCHEDULER");
    let basic = t.json(&[
        "subscription",
        "list",
        "--customer",
        "acme",
        "--status",
        "active",
    ]);
    let basic_id = basic[0]["subscriptionId"].as_str().unwrap().to_string();
    t.ok(&["plan", "draft", "basic"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "basic",
        "projects",
        "--limit",
        "21",
    ]);
    t.ok(&["plan", "publish", "basic", "--migrate", "all-customers"]);
    let migrated = t.json(&["events", "list", "--entity", &basic_id]);
    let last = migrated.as_array().unwrap().last().unwrap();
    assert_eq!(last["type"], "subscription.updated");
    assert_eq!(last["actor"], "MIGRATION");
    // Imports.
    t.write("c.csv", "customerId,name\nglobex,Globex\n");
    t.ok(&["customer", "import", "c.csv"]);
    let imported = events(&t, "customer.created");
    assert_eq!(imported.last().unwrap()["actor"], "IMPORT");
}

#[test]
fn entitlements_updated_carries_the_customers_entitlements() {
    let (t, _id) = on_pro();
    let ev = events(&t, "entitlements.updated");
    let last = ev.last().unwrap();
    assert_eq!(last["entityType"], "ENTITLEMENT");
    assert_eq!(last["entityId"], "acme");
    let p = &last["payload"];
    assert_eq!(p["customer"]["id"], "acme");
    assert_eq!(p["resource"], serde_json::Value::Null);
    assert_eq!(p["entitlementsUpdatedAt"], "2026-01-01T00:00:00Z");
    assert_eq!(p["actor"], "USER");
    let ents = p["entitlements"].as_array().unwrap();
    let sso = ents.iter().find(|e| e["featureId"] == "sso").unwrap();
    assert_eq!(sso["hasAccess"], true);
    // The same entitlements `entitlement list` prints at that instant.
    let list = t.json(&["entitlement", "list", "acme"]);
    assert_eq!(
        ents.iter().map(|e| &e["featureId"]).collect::<Vec<_>>(),
        list.as_array()
            .unwrap()
            .iter()
            .map(|e| &e["featureId"])
            .collect::<Vec<_>>()
    );
}

#[test]
fn events_recorded_by_the_previous_release_print_stiggs_names() {
    let t = TestEnv::new();
    t.ok(&["feature", "create", "sso", "--type", "boolean"]);
    let conn =
        rusqlite::Connection::open(t.path().join("home/development.db")).expect("open database");
    conn.execute(
        "INSERT INTO events(event_id, type, occurred_at, entity_type, entity_id, actor, payload)
         VALUES ('evt_old1', 'customer.created', '2025-12-31T00:00:00.000000Z', 'customer', 'acme', 'cli', '{}'),
                ('evt_old2', 'subscription.canceled', '2025-12-31T00:00:00.000000Z', 'subscription', 's1', 'scheduler', '{}')",
        [],
    )
    .unwrap();
    let all = t.json(&["events", "list"]);
    let old: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["eventId"].as_str().unwrap().starts_with("evt_old"))
        .map(|e| format!("{} {}", e["entityType"], e["actor"]))
        .collect();
    assert_eq!(
        old,
        ["\"CUSTOMER\" \"USER\"", "\"SUBSCRIPTION\" \"SCHEDULER\""]
    );
}

// ---- entitlement checks and promotions --------------------------------------------------------

#[test]
fn entitlement_check_adds_stiggs_fields() {
    let (t, id) = on_pro();
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    let v = t.json(&["entitlement", "check", "acme", "exports"]);
    assert_eq!(v["isUnlimited"], false);
    assert_eq!(v["hasUnlimitedUsage"], false, "kept next to Stigg's name");
    // free's exports reset monthly at the start of the month: anchored at the calendar month.
    assert_eq!(v["usagePeriodAnchor"], "2026-01-01T00:00:00Z", "{v:#}");
    assert_eq!(v["validUntil"], serde_json::Value::Null);
    assert_eq!(v["entitlementUpdatedAt"], "2026-01-01T00:00:00Z");
    assert_eq!(v["requestedValues"], serde_json::json!([]));
    let calls = t.json(&["entitlement", "check", "acme", "api-calls"]);
    assert_eq!(
        calls["usagePeriodAnchor"], "2026-01-01T00:00:00Z",
        "subscription-start: the subscription's start"
    );
    let projects = t.json(&["entitlement", "check", "acme", "projects"]);
    assert_eq!(projects["isUnlimited"], true);
    assert_eq!(projects["usagePeriodAnchor"], serde_json::Value::Null);
    let o = t.run(&[
        "entitlement",
        "check",
        "acme",
        "region",
        "--requested-values",
        "apac,eu",
        "--json",
    ]);
    let region: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(region["requestedValues"], serde_json::json!(["apac", "eu"]));
    assert_eq!(region["accessDeniedReason"], "RequestedValuesMismatch");
    // A scheduled cancellation ends the grant: validUntil; the change is entitlementUpdatedAt.
    t.ok(&["subscription", "cancel", &id, "--at", "end-of-period"]);
    let sso = t.json(&["entitlement", "check", "acme", "sso"]);
    assert_eq!(sso["validUntil"], "2026-02-01T00:00:00Z", "{sso:#}");
    assert_eq!(sso["entitlementUpdatedAt"], "2026-01-10T00:00:00Z");
    // Denials carry the fields too.
    let o = t.run(&["entitlement", "check", "nobody", "sso", "--json"]);
    let denied: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(denied["isUnlimited"], false);
    assert_eq!(denied["validUntil"], serde_json::Value::Null);
}

#[test]
fn promotions_have_stiggs_status_period_and_fields() {
    let (t, _id) = on_pro();
    for (feature, period) in [
        ("audit-log", "1w"),
        ("exports", "1mo"),
        ("storage-gb", "6mo"),
        ("seats", "1y"),
        ("projects", "lifetime"),
    ] {
        let mut args = vec!["entitlement", "grant", "acme", feature, "--period", period];
        if feature != "audit-log" {
            args.push("--unlimited");
        }
        t.ok(&args);
    }
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "api-calls",
        "--until",
        "2026-01-20T00:00:00Z",
        "--limit",
        "5",
        "--reset",
        "month",
    ]);
    let list = t.json(&["entitlement", "promotions", "acme"]);
    let got: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {} {} {} {}",
                p["featureId"].as_str().unwrap(),
                p["period"].as_str().unwrap(),
                p["status"].as_str().unwrap(),
                p["startDate"].as_str().unwrap(),
                p["isVisible"]
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "api-calls CUSTOM Active 2026-01-01T00:00:00Z true",
            "audit-log ONE_WEEK Active 2026-01-01T00:00:00Z true",
            "exports ONE_MONTH Active 2026-01-01T00:00:00Z true",
            "projects LIFETIME Active 2026-01-01T00:00:00Z true",
            "seats ONE_YEAR Active 2026-01-01T00:00:00Z true",
            "storage-gb SIX_MONTH Active 2026-01-01T00:00:00Z true",
        ]
    );
    assert_eq!(
        list[0]["resetPeriodConfiguration"],
        serde_json::json!({"monthlyAccordingTo": "SubscriptionStart"})
    );
    // Ended: Expired, with the reason.
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    let revoked = t.json(&["entitlement", "revoke", "acme", "exports"]);
    assert_eq!(revoked["status"], "Expired");
    assert_eq!(revoked["endReason"], "Revoked");
    let list = t.json(&["entitlement", "promotions", "acme"]);
    let audit = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["featureId"] == "audit-log")
        .unwrap();
    assert_eq!(audit["status"], "Expired");
    assert_eq!(audit["endReason"], "Expired");
    let expired = events(&t, "promotionalEntitlement.expired");
    assert_eq!(expired[0]["payload"]["status"], "Expired");
}

// ---- customers, subscriptions, imports --------------------------------------------------------

#[test]
fn customer_and_subscription_json_add_stiggs_fields() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "acme"]);
    let c = t.json(&["customer", "show", "acme"]);
    assert_eq!(c["hasActiveSubscription"], true, "the free start plan");
    assert_eq!(c["trialedPlans"], serde_json::json!([]));
    let trial = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(trial["status"], "IN_TRIAL");
    assert_eq!(trial["wasInTrial"], false, "still in it");
    assert_eq!(trial["effectiveEndDate"], serde_json::Value::Null);
    let c = t.json(&["customer", "show", "acme"]);
    assert_eq!(
        c["trialedPlans"],
        serde_json::json!([{"productId": "app", "planId": "pro"}])
    );
    let id = trial["subscriptionId"].as_str().unwrap().to_string();
    // pro's trial ends by canceling: afterwards the subscription was in trial.
    t.ok(&["clock", "advance", "15d"]);
    let ended = t.json(&["subscription", "show", &id]);
    assert_eq!(ended["status"], "EXPIRED");
    assert_eq!(ended["wasInTrial"], true);
    assert_eq!(ended["effectiveEndDate"], ended["endDate"]);
    // A revoked scheduled cancellation: the effective end is when access was cut.
    let basic = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let bid = basic["subscriptionId"].as_str().unwrap().to_string();
    let c = t.json(&[
        "subscription",
        "cancel",
        &bid,
        "--at",
        "end-of-period",
        "--revoke-entitlements",
    ]);
    assert_eq!(c["endDate"], "2026-02-16T00:00:00Z", "{c:#}");
    assert_eq!(c["effectiveEndDate"], "2026-01-16T00:00:00Z");
    assert!(c.get("entitlementsRevokedAt").is_none());
    t.ok(&["subscription", "uncancel", &bid]);
    let u = t.json(&["subscription", "show", &bid]);
    assert_eq!(u["effectiveEndDate"], serde_json::Value::Null);
    t.ok(&["customer", "create", "nobody", "--name", "N"]);
    t.ok(&["subscription", "cancel", &bid, "--at", "immediate"]);
    // Canceling the paid plan downgrades to the free plan: still an active subscription.
    assert_eq!(
        t.json(&["customer", "show", "acme"])["hasActiveSubscription"],
        true
    );
    let list = t.json(&["customer", "list"]);
    let active = |id: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["customerId"] == id)
            .unwrap()["hasActiveSubscription"]
            .clone()
    };
    assert_eq!(active("acme"), true);
    assert_eq!(active("nobody"), true, "the product's free start plan");
}

#[test]
fn imports_take_updated_at_newer_wins_older_is_skipped() {
    let t = TestEnv::with_starter();
    t.write(
        "c1.csv",
        "customerId,name,updatedAt\nacme,Acme v2,2026-01-01T00:00:00Z\nglobex,Globex,\n",
    );
    t.ok(&["customer", "import", "c1.csv"]);
    // The source's updatedAt is kept.
    assert_eq!(
        t.json(&["customer", "show", "acme"])["updatedAt"],
        "2026-01-01T00:00:00Z"
    );
    t.write(
        "c2.csv",
        "customerId,name,updatedAt\nacme,Acme v1,2025-12-01T00:00:00Z\nglobex,Globex Inc,2026-01-01T00:00:00Z\n",
    );
    let o = t.run(&["customer", "import", "c2.csv", "--json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let r: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(r["skipped"], 1, "{r:#}");
    assert_eq!(r["updated"], 1, "{r:#}");
    assert!(
        o.stderr.contains("1 skipped (older updatedAt)"),
        "{}",
        o.stderr
    );
    assert_eq!(t.json(&["customer", "show", "acme"])["name"], "Acme v2");
    assert_eq!(
        t.json(&["customer", "show", "globex"])["name"],
        "Globex Inc"
    );
    // Export writes updatedAt; re-importing the export changes nothing and skips nothing.
    t.ok(&["customer", "export", "-o", "all.csv"]);
    let text = std::fs::read_to_string(t.path().join("all.csv")).unwrap();
    assert!(
        text.starts_with("customerId,name,email,billingId,couponId,createdAt,updatedAt"),
        "{text}"
    );
    let again: serde_json::Value =
        serde_json::from_str(&t.ok(&["customer", "import", "all.csv", "--json"])).unwrap();
    assert_eq!(again["unchanged"], 2, "{again:#}");
    assert_eq!(again["skipped"], 0);

    // Subscriptions.
    t.write(
        "s1.csv",
        "subscriptionId,customerId,planId,couponId,updatedAt\ns1,acme,free,,2025-12-01T00:00:00Z\n",
    );
    t.ok(&["subscription", "import", "s1.csv"]);
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["updatedAt"],
        "2025-12-01T00:00:00Z"
    );
    t.write(
        "s2.csv",
        "subscriptionId,customerId,planId,couponId,updatedAt\ns1,acme,free,launch20,2025-06-01T00:00:00Z\n",
    );
    let r: serde_json::Value =
        serde_json::from_str(&t.ok(&["subscription", "import", "s2.csv", "--json"])).unwrap();
    assert_eq!(r["skipped"], 1, "{r:#}");
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["couponId"],
        serde_json::Value::Null
    );
    t.write(
        "s3.csv",
        "subscriptionId,customerId,planId,couponId,updatedAt\ns1,acme,free,launch20,2025-12-15T00:00:00Z\n",
    );
    let r: serde_json::Value =
        serde_json::from_str(&t.ok(&["subscription", "import", "s3.csv", "--json"])).unwrap();
    assert_eq!(r["updated"], 1, "{r:#}");
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(s["couponId"], "launch20");
    assert_eq!(s["updatedAt"], "2025-12-15T00:00:00Z");
}
