//! Imperative catalog verbs: happy paths and the guard rules, table and JSON.

use crate::helpers::TestEnv;

#[test]
fn feature_verbs() {
    let t = TestEnv::new();
    insta::assert_snapshot!(
        "feature_create",
        t.ok(&[
            "feature",
            "create",
            "api-calls",
            "--type",
            "metered",
            "--units",
            "call,calls",
            "--name",
            "API calls"
        ])
    );
    t.ok(&[
        "feature", "create", "region", "--type", "enum", "--values", "us,eu",
    ]);
    t.ok(&["feature", "create", "sso", "--type", "boolean"]);
    let mau = t.json(&[
        "feature",
        "create",
        "mau",
        "--type",
        "metered",
        "--event-name",
        "user.active",
        "--aggregation",
        "UNIQUE:userId",
    ]);
    assert_eq!(mau["eventMeter"]["aggregation"], "UNIQUE");
    assert_eq!(mau["eventMeter"]["aggregationField"], "userId");
    let e = t.fails(
        &[
            "feature",
            "create",
            "bad-meter",
            "--type",
            "metered",
            "--event-name",
            "x",
            "--aggregation",
            "SUM",
        ],
        2,
    );
    assert!(e.contains("SUM needs a `field`"), "{e}");
    t.fails(
        &[
            "feature",
            "create",
            "bad-meter",
            "--type",
            "boolean",
            "--event-name",
            "x",
        ],
        2,
    );
    insta::assert_snapshot!("feature_list", t.ok(&["feature", "list"]));
    insta::assert_snapshot!(
        "feature_show_json",
        t.ok(&["feature", "show", "region", "--json"])
    );
    let j = t.json(&["feature", "update", "sso", "--name", "Single sign-on"]);
    assert_eq!(j["displayName"], "Single sign-on");
    assert_eq!(
        t.json(&["feature", "archive", "sso"])["featureStatus"],
        "ARCHIVED"
    );
    assert!(!t.ok(&["feature", "list"]).contains("sso"));
    assert!(t.ok(&["feature", "list", "--archived"]).contains("sso"));
    assert_eq!(
        t.json(&["feature", "unarchive", "sso"])["featureStatus"],
        "ACTIVE"
    );
    // Errors.
    let e = t.fails(&["feature", "create", "sso", "--type", "boolean"], 4);
    insta::assert_snapshot!("feature_duplicate", e);
    let e = t.fails(&["feature", "show", "ghost"], 3);
    insta::assert_snapshot!("feature_not_found", e);
    let e = t.fails(&["feature", "show", "ghost", "--json"], 3);
    assert_eq!(
        e.trim(),
        r#"{"error":{"code":"FeatureNotFound","message":"feature 'ghost' not found","hints":["list them with `stigg-cli feature list`"]}}"#
    );
    t.fails(&["feature", "create", "-bad", "--type", "boolean"], 2);
    t.fails(&["feature", "create", "x", "--type", "widget"], 2);
    let e = t.fails(&["feature", "create", "e", "--type", "enum"], 2);
    assert!(e.contains("needs at least one value"), "{e}");
    t.fails(&["feature", "update", "sso"], 2);
}

#[test]
fn feature_in_use_cannot_be_archived() {
    let t = TestEnv::with_starter();
    let e = t.fails(&["feature", "archive", "sso"], 1);
    insta::assert_snapshot!("feature_archive_in_use", e);
}

/// A feature only an older version grants — to grandfathered subscriptions, through a plan or
/// an add-on — is still in use; once they move to versions without it, it can be archived.
#[test]
fn a_feature_grandfathered_subscriptions_keep_cannot_be_archived() {
    let t = TestEnv::new();
    let v1 = r#"
features:
  - { id: sso, type: boolean }
  - { id: audit, type: boolean }
  - { id: seats, type: number, meter: fluctuating }
products:
  - id: app
    plans:
      - id: pro
        pricing: free
        compatibleAddons: [compliance]
        entitlements:
          sso: {}
          seats: { limit: 5 }
    addons:
      - id: compliance
        pricing: free
        entitlements:
          audit: {}
"#;
    let v2 = v1
        .replace("          sso: {}\n", "")
        .replace("          audit: {}\n", "          seats: { limit: 1 }\n");
    t.write("v1.yaml", v1);
    t.write("v2.yaml", &v2);
    t.ok(&["catalog", "apply", "v1.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--addon",
        "compliance",
    ]);
    t.ok(&["catalog", "apply", "v2.yaml"]);
    for (feature, by) in [("sso", "plan 'pro' v1"), ("audit", "addon 'compliance' v1")] {
        let e = t.fails(&["feature", "archive", feature], 1);
        assert!(
            e.contains("CannotArchiveFeatureError") || e.contains("granted to live subscriptions"),
            "{e}"
        );
        assert!(e.contains(by), "{feature}: {e}");
    }
    for f in ["sso", "audit"] {
        assert_eq!(t.json(&["feature", "show", f])["featureStatus"], "ACTIVE");
    }
    let subs = t.json(&["subscription", "list", "--customer", "acme"]);
    let id = subs[0]["subscriptionId"].as_str().unwrap().to_string();
    t.ok(&["subscription", "migrate", &id]);
    t.ok(&["feature", "archive", "sso"]);
    // The add-on's old version is still on the subscription.
    t.fails(&["feature", "archive", "audit"], 1);
    t.ok(&[
        "subscription",
        "update",
        &id,
        "--remove-addon",
        "compliance",
    ]);
    t.ok(&["feature", "archive", "audit"]);
}

#[test]
fn currency_and_coupon_verbs() {
    let t = TestEnv::new();
    t.ok(&[
        "currency",
        "create",
        "ai-tokens",
        "--name",
        "AI tokens",
        "--units",
        "token,tokens",
        "--symbol",
        "T",
    ]);
    insta::assert_snapshot!("currency_list", t.ok(&["currency", "list"]));
    assert_eq!(
        t.json(&["currency", "update", "ai-tokens", "--symbol", "AT"])["symbol"],
        "AT"
    );
    t.ok(&["currency", "show", "ai-tokens"]);
    t.ok(&["currency", "archive", "ai-tokens"]);
    t.ok(&["currency", "unarchive", "ai-tokens"]);
    t.fails(&["currency", "show", "nope"], 3);

    t.ok(&[
        "coupon",
        "create",
        "launch20",
        "--percent-off",
        "20",
        "--duration-months",
        "3",
    ]);
    t.ok(&[
        "coupon",
        "create",
        "ten-off",
        "--amount-off",
        "10:USD,9:eur",
        "--name",
        "Ten off",
    ]);
    insta::assert_snapshot!("coupon_list", t.ok(&["coupon", "list"]));
    insta::assert_snapshot!(
        "coupon_show_json",
        t.ok(&["coupon", "show", "ten-off", "--json"])
    );
    assert_eq!(
        t.json(&["coupon", "update", "launch20", "--name", "Launch"])["name"],
        "Launch"
    );
    assert_eq!(
        t.json(&["coupon", "archive", "launch20"])["status"],
        "ARCHIVED"
    );
    let e = t.fails(&["coupon", "create", "big", "--percent-off", "120"], 2);
    assert!(
        e.contains("percentOff must be greater than 0 and at most 100"),
        "{e}"
    );
    let e = t.fails(&["coupon", "create", "yen", "--amount-off", "10.5:JPY"], 2);
    assert!(
        e.contains("finer than the currency's 0 decimal places"),
        "{e}"
    );
    t.fails(&["coupon", "create", "x", "--amount-off", "ten"], 2);
    t.fails(&["coupon", "create", "x"], 2);
    // There is no flag to change a discount: immutable by construction.
    t.fails(&["coupon", "update", "launch20", "--percent-off", "30"], 2);
}

#[test]
fn product_verbs() {
    let t = TestEnv::new();
    t.ok(&[
        "product",
        "create",
        "app",
        "--name",
        "Acme App",
        "--multiple-subscriptions",
    ]);
    insta::assert_snapshot!("product_show", t.ok(&["product", "show", "app"]));
    t.ok(&["product", "list"]);
    let e = t.fails(
        &["product", "update", "app", "--start-free-plan", "ghost"],
        3,
    );
    assert!(e.contains("plan 'ghost' does not exist"), "{e}");
    t.ok(&["product", "archive", "app"]);
    t.ok(&["product", "unarchive", "app"]);
    let j = t.json(&[
        "product",
        "update",
        "app",
        "--default-cancellation",
        "immediate",
        "--single-subscription",
    ]);
    assert_eq!(j["defaultCancellation"], "IMMEDIATE");
    assert_eq!(j["multipleSubscriptions"], false);
}

#[test]
fn product_with_live_plans_cannot_be_archived() {
    let t = TestEnv::with_starter();
    let e = t.fails(&["product", "archive", "app"], 1);
    assert!(
        e.contains("CannotArchiveProductError") || e.contains("still has plans"),
        "{e}"
    );
}

/// Credit entitlements are inherited as entitlements are (the nearest parent's per currency,
/// marked), and shown so: basic's subscribers get free's monthly credits.
#[test]
fn plan_show_lists_inherited_credit_entitlements() {
    let t = TestEnv::with_starter();
    let basic = t.json(&["plan", "show", "basic"]);
    assert_eq!(
        basic["creditEntitlements"],
        serde_json::json!([{"currencyId": "ai-credits", "amount": "100", "cadence": "MONTH",
            "perUnitOf": null, "inheritedFrom": "free"}])
    );
    let table = t.ok(&["plan", "show", "basic"]);
    assert!(
        table.contains("ai-credits: 100 per month (from free)"),
        "{table}"
    );
    // A plan's own entitlement for a currency is its own (pro: per seat).
    let pro = t.json(&["plan", "show", "pro"]);
    assert_eq!(pro["creditEntitlements"][0]["perUnitOf"], "seats", "{pro}");
    let table = t.ok(&["plan", "show", "pro"]);
    assert!(
        table.contains("ai-credits: 100 per month per unit of seats\n"),
        "{table}"
    );
    assert!(
        pro["creditEntitlements"][0].get("inheritedFrom").is_none(),
        "{pro}"
    );
}

#[test]
fn plan_lifecycle_draft_publish_new_version() {
    let t = TestEnv::new();
    t.ok(&["product", "create", "app"]);
    t.ok(&[
        "feature",
        "create",
        "seats",
        "--type",
        "number",
        "--meter",
        "fluctuating",
    ]);
    t.ok(&["feature", "create", "api-calls", "--type", "metered"]);
    t.ok(&["feature", "create", "sso", "--type", "boolean"]);
    t.ok(&["currency", "create", "credits"]);
    t.ok(&[
        "plan",
        "create",
        "free",
        "--product",
        "app",
        "--name",
        "Free",
    ]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "free",
        "seats",
        "--limit",
        "1",
    ]);
    t.ok(&["plan", "publish", "free"]);
    t.ok(&[
        "plan",
        "create",
        "pro",
        "--product",
        "app",
        "--pricing",
        "paid",
        "--parent",
        "free",
        "--trial-days",
        "14",
        "--trial-end",
        "cancel",
    ]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "pro",
        "api-calls",
        "--limit",
        "100000",
        "--reset",
        "month",
        "--reset-anchor",
        "start-of-month",
        "--soft",
    ]);
    t.ok(&["plan", "entitlement", "set", "pro", "sso"]);
    t.ok(&["plan", "entitlement", "remove", "pro", "sso"]);
    t.fails(&["plan", "entitlement", "remove", "pro", "sso"], 3);
    // Paid without a price can't be published.
    let e = t.fails(&["plan", "publish", "pro"], 1);
    assert!(e.contains("a paid package needs at least one price"), "{e}");
    t.ok(&[
        "plan",
        "price",
        "set",
        "pro",
        "--model",
        "flat",
        "--currency",
        "usd",
        "--monthly",
        "49",
        "--annually",
        "490",
    ]);
    t.ok(&[
        "plan",
        "price",
        "set",
        "pro",
        "--model",
        "usage",
        "--currency",
        "USD",
        "--feature",
        "api-calls",
        "--tiers-mode",
        "graduated",
        "--tier",
        "1000:0",
        "--tier",
        "inf:0.001",
    ]);
    t.ok(&[
        "plan",
        "price",
        "set",
        "pro",
        "--model",
        "credits",
        "--currency",
        "credits",
        "--feature",
        "api-calls",
        "--formula",
        "ceil(bytes / 1024)",
    ]);
    t.ok(&[
        "plan", "credits", "set", "pro", "credits", "--amount", "1000",
    ]);
    insta::assert_snapshot!("plan_price_list", t.ok(&["plan", "price", "list", "pro"]));
    insta::assert_snapshot!(
        "plan_entitlement_list",
        t.ok(&["plan", "entitlement", "list", "pro"])
    );
    insta::assert_snapshot!("plan_publish", t.ok(&["plan", "publish", "pro"]));
    // Published versions are immutable.
    let e = t.fails(&["plan", "entitlement", "set", "pro", "sso"], 1);
    insta::assert_snapshot!("plan_edit_published", e);
    t.ok(&["plan", "draft", "pro"]);
    t.fails(&["plan", "draft", "pro"], 4);
    t.ok(&["plan", "entitlement", "set", "pro", "sso"]);
    t.ok(&["plan", "discard-draft", "pro"]);
    t.fails(&["plan", "discard-draft", "pro"], 1);
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&["plan", "entitlement", "set", "pro", "sso"]);
    t.ok(&["plan", "publish", "pro", "--migrate", "all-customers"]);
    insta::assert_snapshot!("plan_versions", t.ok(&["plan", "versions", "pro"]));
    insta::assert_snapshot!("plan_show_v2", t.ok(&["plan", "show", "pro"]));
    let v1 = t.json(&["plan", "show", "pro", "--version", "1"]);
    assert!(
        !v1["entitlements"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["featureId"] == "sso")
    );
    t.fails(&["plan", "show", "pro", "--version", "9"], 3);
    insta::assert_snapshot!(
        "plan_list",
        t.ok(&["plan", "list", "--status", "published"])
    );
    insta::assert_snapshot!("plan_show_json", t.ok(&["plan", "show", "pro", "--json"]));
}

#[test]
fn plan_rules() {
    let t = TestEnv::with_starter();
    // Start and downgrade plans can't be archived.
    let e = t.fails(&["plan", "archive", "free"], 1);
    insta::assert_snapshot!("plan_archive_start_plan", e);
    t.ok(&["plan", "archive", "enterprise"]);
    assert_eq!(
        t.json(&["plan", "show", "enterprise"])["status"],
        "ARCHIVED"
    );
    t.ok(&["plan", "unarchive", "enterprise"]);
    // A child can't be published before its parent.
    t.ok(&["plan", "create", "base", "--product", "app"]);
    t.ok(&[
        "plan",
        "create",
        "child",
        "--product",
        "app",
        "--parent",
        "base",
    ]);
    let e = t.fails(&["plan", "publish", "child"], 1);
    assert!(
        e.contains("its parent 'base' has no published version"),
        "{e}"
    );
    // Behavior is for add-ons; bad reset anchors and limits on booleans are flag errors.
    t.fails(
        &[
            "plan",
            "entitlement",
            "set",
            "base",
            "seats",
            "--limit",
            "1",
            "--behavior",
            "override",
        ],
        2,
    );
    let e = t.fails(
        &[
            "plan",
            "entitlement",
            "set",
            "base",
            "api-calls",
            "--limit",
            "5",
            "--reset",
            "week",
            "--reset-anchor",
            "start-of-month",
        ],
        2,
    );
    assert!(e.contains("does not fit a week reset"), "{e}");
    let e = t.fails(
        &["plan", "entitlement", "set", "base", "sso", "--limit", "5"],
        2,
    );
    assert!(e.contains("a boolean feature takes no limit"), "{e}");
    // An unknown feature is not found (3), like any unknown name.
    let e = t.fails(&["plan", "entitlement", "set", "base", "ghost"], 3);
    assert!(e.contains("feature 'ghost' does not exist"), "{e}");
    t.fails(&["plan", "addons", "set", "base", "ghost-pack"], 3);
    t.fails(&["plan", "create", "pro", "--product", "app"], 4);
    t.fails(&["plan", "create", "x", "--product", "ghost"], 3);
    t.fails(&["plan", "show", "extra-seats"], 3);
    t.fails(&["plan", "show", "nope"], 3);
    // Cycles are caught on edit.
    let e = t.fails(&["plan", "update", "base", "--parent", "child"], 2);
    assert!(e.contains("parent cycle"), "{e}");
}

#[test]
fn addon_verbs() {
    let t = TestEnv::with_starter();
    t.ok(&[
        "addon",
        "create",
        "sso-pack",
        "--product",
        "app",
        "--pricing",
        "paid",
        "--max-quantity",
        "3",
        "--depends-on",
        "extra-seats",
    ]);
    t.ok(&[
        "addon",
        "entitlement",
        "set",
        "sso-pack",
        "seats",
        "--limit",
        "10",
        "--behavior",
        "override",
    ]);
    t.ok(&[
        "addon",
        "price",
        "set",
        "sso-pack",
        "--model",
        "flat",
        "--currency",
        "USD",
        "--monthly",
        "5",
        "--annually",
        "50",
    ]);
    t.ok(&["addon", "publish", "sso-pack"]);
    insta::assert_snapshot!("addon_show", t.ok(&["addon", "show", "sso-pack"]));
    insta::assert_snapshot!("addon_list", t.ok(&["addon", "list"]));
    t.ok(&["addon", "versions", "sso-pack"]);
    t.ok(&["addon", "draft", "sso-pack"]);
    t.ok(&["addon", "update", "sso-pack", "--max-quantity", "5"]);
    t.ok(&["addon", "publish", "sso-pack"]);
    assert_eq!(t.json(&["addon", "show", "sso-pack"])["maxQuantity"], 5);
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&["plan", "addons", "set", "pro", "extra-seats", "sso-pack"]);
    let e = t.fails(&["plan", "addons", "set", "pro", "free"], 2);
    assert!(e.contains("'free' is a plan"), "{e}");
    t.ok(&["addon", "archive", "sso-pack"]);
    t.fails(&["addon", "show", "pro"], 3);
}

#[test]
fn events_record_every_catalog_change() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&["plan", "publish", "pro"]);
    insta::assert_snapshot!(
        "events_list_published",
        t.ok(&["events", "list", "--type", "plan.published"])
    );
    let all = t.ok(&["events", "export"]);
    // 13 simple entities created, 7 packages created and published, then a draft (an update
    // showing the draft) and the publish of version 2 (published, and Stigg's `plan.updated`:
    // a new version was published).
    assert_eq!(all.lines().count(), 13 + 7 * 2 + 3);
    let pro: Vec<serde_json::Value> = all
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["planId"] == "pro" && e["type"] != "plan.created")
        .collect();
    let seen: Vec<(String, String, u64)> = pro
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["status"].as_str().unwrap_or("").to_string(),
                e["versionNumber"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("plan.published".into(), "PUBLISHED".into(), 1),
            ("plan.updated".into(), "DRAFT".into(), 2),
            ("plan.published".into(), "PUBLISHED".into(), 2),
            ("plan.updated".into(), "PUBLISHED".into(), 2),
        ],
        "{pro:?}"
    );
    let first: serde_json::Value = serde_json::from_str(all.lines().next().unwrap()).unwrap();
    assert_eq!(first["type"], "feature.created");
    assert_eq!(first["environment"], "development");
    assert_eq!(first["timestamp"], "2026-01-01T00:00:00Z");
    let id = first["messageId"].as_str().unwrap().to_string();
    assert!(id.starts_with("evt_"));
    let rest = t.ok(&["events", "export", "--after", &id]);
    assert_eq!(rest.lines().count(), all.lines().count() - 1);
    t.fails(&["events", "list", "--type", "nope"], 2);
    t.fails(&["events", "export", "--after", "evt_nope"], 3);
}

/// One error path per verb (unknown ids, bad values), with the documented exit code.
#[test]
fn every_verb_has_an_error_path() {
    let t = TestEnv::with_starter();
    let cases: &[(&[&str], i32)] = &[
        (&["product", "create", "app"], 4),
        (&["product", "show", "nope"], 3),
        (&["product", "update", "nope", "--name", "x"], 3),
        (&["product", "archive", "nope"], 3),
        (&["product", "unarchive", "nope"], 3),
        (&["feature", "update", "nope", "--name", "x"], 3),
        (&["feature", "archive", "nope"], 3),
        (&["feature", "unarchive", "nope"], 3),
        (&["currency", "create", "ai-credits"], 4),
        (&["currency", "update", "nope", "--name", "x"], 3),
        (&["currency", "archive", "nope"], 3),
        (&["currency", "unarchive", "nope"], 3),
        (&["coupon", "create", "launch20", "--percent-off", "5"], 4),
        (&["coupon", "show", "nope"], 3),
        (&["coupon", "update", "nope", "--name", "x"], 3),
        (&["coupon", "archive", "nope"], 3),
        (&["coupon", "unarchive", "nope"], 3),
        (&["plan", "update", "nope", "--name", "x"], 3),
        (&["plan", "entitlement", "list", "nope"], 3),
        (&["plan", "price", "list", "nope"], 3),
        (
            &[
                "plan",
                "price",
                "set",
                "pro",
                "--model",
                "flat",
                "--currency",
                "USD",
                "--monthly",
                "1",
            ],
            1,
        ),
        (&["plan", "price", "remove", "nope", "--model", "flat"], 3),
        (
            &[
                "plan",
                "credits",
                "set",
                "nope",
                "ai-credits",
                "--amount",
                "1",
            ],
            3,
        ),
        (&["plan", "credits", "remove", "nope", "ai-credits"], 3),
        (&["plan", "addons", "set", "nope"], 3),
        (&["plan", "publish", "pro"], 1),
        (&["plan", "draft", "nope"], 3),
        (&["plan", "discard-draft", "nope"], 3),
        (&["plan", "versions", "nope"], 3),
        (&["plan", "archive", "nope"], 3),
        (&["plan", "unarchive", "nope"], 3),
        (&["plan", "list", "--status", "weird"], 2),
        (&["addon", "create", "extra-seats", "--product", "app"], 4),
        (&["addon", "update", "nope", "--max-quantity", "2"], 3),
        (
            &[
                "addon",
                "entitlement",
                "set",
                "nope",
                "seats",
                "--limit",
                "1",
            ],
            3,
        ),
        (
            &[
                "addon",
                "price",
                "set",
                "nope",
                "--model",
                "flat",
                "--currency",
                "USD",
                "--monthly",
                "1",
            ],
            3,
        ),
        (
            &[
                "addon",
                "credits",
                "set",
                "nope",
                "ai-credits",
                "--amount",
                "1",
            ],
            3,
        ),
        (&["addon", "publish", "nope"], 3),
        (&["addon", "draft", "nope"], 3),
        (&["addon", "discard-draft", "nope"], 3),
        (&["addon", "list", "--status", "weird"], 2),
        (&["addon", "versions", "nope"], 3),
        (&["addon", "archive", "nope"], 3),
        (&["addon", "unarchive", "nope"], 3),
        (&["catalog", "diff", "nope.yaml"], 66),
        (
            &["catalog", "export", "--output", "/nonexistent-dir/x.yaml"],
            74,
        ),
        (&["env", "show", "--env", "nope"], 3),
        (
            &["env", "promote", "--from", "development", "--to", "nope"],
            3,
        ),
        (&["clock", "show", "--env", "nope"], 3),
        (&["events", "list", "--since", "yesterday"], 2),
        (&["completions", "tcsh"], 2),
        (&["quickstart", "--catalog", "nope.yaml"], 66),
    ];
    for (args, code) in cases {
        let o = t.run(args);
        assert_eq!(
            o.code, *code,
            "{args:?}: expected {code}, got {}\n{}",
            o.code, o.stderr
        );
        assert!(
            o.stderr.starts_with("error:") || *code == 2,
            "{args:?}: {}",
            o.stderr
        );
        assert!(!o.stderr.contains("panicked"), "{args:?}: {}", o.stderr);
    }
}

#[test]
fn quickstart_applies_the_starter_catalog_once() {
    let t = TestEnv::new();
    let o = t.run(&["quickstart"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    insta::assert_snapshot!("quickstart", o.stdout);
    let again = t.ok(&["quickstart"]);
    assert!(
        again.contains("No changes: the environment already matches (20 unchanged)."),
        "{again}"
    );
    assert!(
        again.contains("customer 'acme' on plan 'pro' (IN_TRIAL"),
        "{again}"
    );
    // The default environment's clock was never moved.
    assert_eq!(
        t.json(&["clock", "show"])["frozenAt"],
        serde_json::Value::Null
    );
}

#[test]
fn prices_are_per_model_feature_and_currency_and_setting_one_keeps_the_others() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "draft", "basic"]);
    // Setting a EUR flat price keeps the USD one.
    t.ok(&[
        "plan",
        "price",
        "set",
        "basic",
        "--model",
        "flat",
        "--currency",
        "EUR",
        "--monthly",
        "18.00",
        "--annually",
        "180.00",
    ]);
    let prices = |t: &TestEnv| -> Vec<String> {
        t.json(&["plan", "price", "list", "basic"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["feature"].is_null())
            .map(|p| {
                format!(
                    "{} {} {} {}",
                    p["currency"].as_str().unwrap(),
                    p["billingModel"].as_str().unwrap(),
                    p["monthly"].as_str().unwrap_or("-"),
                    p["annually"].as_str().unwrap_or("-")
                )
            })
            .collect()
    };
    let v = prices(&t);
    assert!(v.iter().any(|p| p.starts_with("USD")), "{v:?}");
    assert!(v.iter().any(|p| p.starts_with("EUR")), "{v:?}");
    // Re-setting only the monthly amount keeps the annual one.
    t.ok(&[
        "plan",
        "price",
        "set",
        "basic",
        "--model",
        "flat",
        "--currency",
        "USD",
        "--monthly",
        "21.00",
    ]);
    let v = prices(&t);
    assert!(
        v.contains(&"USD FLAT_FEE 21.00 190.00".to_string()),
        "{v:?}"
    );
    // Publishing needs a whole price list per currency: EUR lacks the per-seat price.
    let o = t.run(&["plan", "publish", "basic"]);
    assert_ne!(o.code, 0);
    assert!(
        o.stderr.contains("EUR has no per-unit price for 'seats'"),
        "{}",
        o.stderr
    );
    t.ok(&[
        "plan",
        "price",
        "set",
        "basic",
        "--model",
        "per-unit",
        "--feature",
        "seats",
        "--currency",
        "EUR",
        "--monthly",
        "7",
        "--annually",
        "70",
        "--min",
        "1",
        "--max",
        "50",
    ]);
    t.ok(&["plan", "publish", "basic"]);
    // Removing needs --currency when several match.
    t.ok(&["plan", "draft", "basic"]);
    let e = t.fails(&["plan", "price", "remove", "basic", "--model", "flat"], 2);
    assert!(e.contains("--currency"), "{e}");
    t.ok(&[
        "plan",
        "price",
        "remove",
        "basic",
        "--model",
        "flat",
        "--currency",
        "EUR",
    ]);
    let v = prices(&t);
    assert!(!v.iter().any(|p| p.starts_with("EUR")), "{v:?}");
}

#[test]
fn a_never_published_package_can_be_deleted_and_its_id_reused() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "create", "experiment", "--product", "app"]);
    // Its draft is its only version: archive and discard-draft cannot remove it ...
    let e = t.fails(&["plan", "discard-draft", "experiment"], 1);
    assert!(e.contains("plan delete experiment"), "{e}");
    // ... delete can.
    t.ok(&["plan", "delete", "experiment"]);
    t.fails(&["plan", "show", "experiment"], 3);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'plan.deleted'"),
        "1"
    );
    t.ok(&["plan", "create", "experiment", "--product", "app"]);
    // A published package is archived, never deleted.
    let e = t.fails(&["plan", "delete", "pro"], 1);
    assert!(e.contains("archive"), "{e}");
    // A draft referring to it keeps it.
    t.ok(&["addon", "create", "new-pack", "--product", "app"]);
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&[
        "plan",
        "addons",
        "set",
        "pro",
        "extra-seats",
        "priority-support",
        "extra-storage",
        "new-pack",
    ]);
    let e = t.fails(&["addon", "delete", "new-pack"], 1);
    assert!(e.contains("pro"), "{e}");
    t.fails(&["plan", "delete", "ghost"], 3);
}

/// An add-on version a pending scheduled change keeps still grants its features (the change
/// takes it on later); a subscription not started yet starts on the latest plan version, so
/// the older one it was made on grants nothing.
#[test]
fn scheduled_changes_keep_features_in_use_and_not_started_ones_do_not() {
    let t = TestEnv::new();
    let v1 = r#"
features:
  - { id: keep, type: boolean }
  - { id: old, type: boolean }
  - { id: gone, type: boolean }
products:
  - id: p
    plans:
      - id: solo
        pricing: paid
        compatibleAddons: [boost]
        entitlements: { keep: {}, gone: {} }
        prices: [{ model: flat, monthly: "10.00", currency: USD }]
    addons:
      - id: boost
        pricing: paid
        entitlements: { old: {} }
        prices: [{ model: flat, monthly: "5.00", currency: USD }]
"#;
    let v2 = v1
        .replace("entitlements: { old: {} }", "entitlements: { keep: {} }")
        .replace(
            "entitlements: { keep: {}, gone: {} }",
            "entitlements: { keep: {} }",
        );
    t.write("v1.yaml", v1);
    t.write("v2.yaml", &v2);
    t.ok(&["catalog", "apply", "v1.yaml"]);
    t.ok(&["customer", "create", "cu"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "cu",
        "--plan",
        "solo",
        "--billing-period",
        "monthly",
    ]);
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--addon",
        "boost=1",
        "--schedule",
        "end-of-period",
    ]);
    t.ok(&["customer", "create", "later"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "later",
        "--plan",
        "solo",
        "--billing-period",
        "monthly",
        "--start",
        "2026-03-01T00:00:00Z",
    ]);
    t.ok(&["catalog", "apply", "v2.yaml"]);
    let e = t.fails(&["feature", "archive", "old"], 1);
    assert!(e.contains("addon 'boost' v1"), "{e}");
    // `gone`: only s1's current plan version (v1) grants it; the not-started subscription will
    // start on v2.
    let e = t.fails(&["feature", "archive", "gone"], 1);
    assert!(e.contains("plan 'solo' v1"), "{e}");
    t.ok(&["subscription", "migrate", "s1"]);
    t.ok(&["feature", "archive", "gone"]);
}

/// A version drafted or published on an archived plan is warned of: it is offered to no new
/// subscription (`plan show` says ARCHIVED while `versions` says PUBLISHED).
#[test]
fn a_version_of_an_archived_plan_is_warned_of() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "archive", "enterprise"]);
    for args in [
        ["plan", "draft", "enterprise"],
        ["plan", "publish", "enterprise"],
    ] {
        let o = t.run(&args);
        assert_eq!(o.code, 0, "{}", o.stderr);
        assert!(o.stderr.contains("is archived"), "{}", o.stderr);
    }
}
