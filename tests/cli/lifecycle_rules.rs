//! Plan-change rules that keep history and access intact (spec 30): future-dated changes,
//! backdated starts, superseded schedules, pending subscriptions cancelled.

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
        "--billing-period",
        "monthly",
        "--skip-trial",
    ];
    a.extend_from_slice(extra);
    t.json(&a)
}

fn id(v: &Value) -> String {
    v["subscriptionId"].as_str().unwrap().to_string()
}

/// The starter catalog with basic's storage limit changed: a new basic version.
fn publish_basic_storage(t: &TestEnv, limit: u32, migrate: &[&str]) {
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    let name = format!("basic-{limit}.yaml");
    t.write(
        &name,
        &text.replace(
            "storage-gb: { limit: 50 }",
            &format!("storage-gb: {{ limit: {limit} }}"),
        ),
    );
    let mut a = vec!["catalog", "apply", name.as_str()];
    a.extend_from_slice(migrate);
    t.ok(&a);
}

fn storage_limit(t: &TestEnv, customer: &str) -> Value {
    check(t, &[customer, "storage-gb"]).1["usageLimit"].clone()
}

#[test]
fn a_future_dated_plan_change_keeps_the_current_subscription_live_until_then() {
    for (from, to) in [("basic", "pro"), ("pro", "basic")] {
        let t = env();
        t.ok(&["customer", "create", "acme", "--plan", "free"]);
        let cur = create(&t, "acme", from, &[]);
        let next = create(&t, "acme", to, &["--start", "2026-01-20T00:00:00Z"]);
        assert_eq!(next["status"], "NOT_STARTED", "{from}->{to}");
        let cur_now = t.json(&["subscription", "show", &id(&cur)]);
        assert_eq!(cur_now["status"], "ACTIVE", "{from}->{to}: {cur_now}");
        assert_eq!(cur_now["endDate"], "2026-01-20T00:00:00Z");
        // Access is the current plan's until the start.
        let (code, _) = check(&t, &["acme", "sso"]);
        assert_eq!(code, if from == "pro" { 0 } else { 1 }, "{from}->{to}");
        // An export says that it writes this end as a fixed term (it did so silently).
        let o = t.run(&["subscription", "export", "-o", "s.csv"]);
        assert!(
            o.stderr
                .contains("end when a subscription waiting to start takes over"),
            "{}",
            o.stderr
        );
        t.ok(&["clock", "advance", "19d"]);
        let old = t.json(&["subscription", "show", &id(&cur)]);
        assert_eq!(old["status"], "CANCELED");
        assert_eq!(old["cancelReason"], "UpgradeOrDowngrade");
        assert_eq!(
            t.json(&["subscription", "show", &id(&next)])["status"],
            "ACTIVE"
        );
        // Exactly one live subscription: no free plan slipped in between.
        let live: Vec<String> = statuses(&t, "acme")
            .into_iter()
            .filter(|s| s.ends_with("ACTIVE") || s.ends_with("IN_TRIAL"))
            .collect();
        assert_eq!(live, vec![format!("{to} ACTIVE")], "{from}->{to}");
        let (code, _) = check(&t, &["acme", "sso"]);
        assert_eq!(code, if to == "pro" { 0 } else { 1 }, "{from}->{to}");
    }
}

#[test]
fn a_pending_successor_cancelled_or_superseded_leaves_the_current_one_running() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let cur = create(&t, "acme", "basic", &[]);
    let next = create(&t, "acme", "pro", &["--start", "2026-01-20T00:00:00Z"]);
    t.ok(&["subscription", "cancel", &id(&next)]);
    let n = t.json(&["subscription", "show", &id(&next)]);
    assert_eq!(n["status"], "CANCELED");
    // Never earlier than its start.
    assert_eq!(n["endDate"], "2026-01-20T00:00:00Z");
    let c = t.json(&["subscription", "show", &id(&cur)]);
    assert_eq!(c["endDate"], Value::Null, "{c}");
    t.ok(&["clock", "advance", "40d"]);
    assert_eq!(
        t.json(&["subscription", "show", &id(&cur)])["status"],
        "ACTIVE"
    );
    // A later change replaces a pending one: a second future change, then an immediate one.
    let a = create(&t, "acme", "pro", &["--start", "2026-03-01T00:00:00Z"]);
    let b = create(&t, "acme", "pro", &["--start", "2026-03-05T00:00:00Z"]);
    assert_eq!(
        t.json(&["subscription", "show", &id(&a)])["status"],
        "CANCELED"
    );
    assert_eq!(
        t.json(&["subscription", "show", &id(&cur)])["endDate"],
        "2026-03-05T00:00:00Z"
    );
    t.ok(&["clock", "advance", "30d"]);
    let live: Vec<String> = statuses(&t, "acme")
        .into_iter()
        .filter(|s| s.ends_with("ACTIVE"))
        .collect();
    assert_eq!(live, vec!["pro ACTIVE"]);
    assert_eq!(
        t.json(&["subscription", "show", &id(&b)])["status"],
        "ACTIVE"
    );
}

#[test]
fn cancelling_a_not_started_subscription_never_ends_before_it_starts() {
    let t = env();
    t.ok(&["customer", "create", "solo"]);
    let s = create(&t, "solo", "basic", &["--start", "2026-02-01T00:00:00Z"]);
    let c = t.json(&["subscription", "cancel", &id(&s), "--at", "immediate"]);
    assert_eq!(c["status"], "CANCELED");
    assert!(
        c["endDate"].as_str().unwrap() >= c["startDate"].as_str().unwrap(),
        "{c}"
    );
    for row in subs(&t, "solo") {
        if let (Some(s), Some(e)) = (row["startDate"].as_str(), row["endDate"].as_str()) {
            assert!(e >= s, "{row}");
        }
    }
}

#[test]
fn a_start_before_the_processed_time_is_refused() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&["clock", "advance", "10d"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--start",
            "2026-01-05T00:00:00Z",
        ],
        1,
    );
    assert!(e.contains("2026-01-05T00:00:00Z"), "{e}");
    assert!(e.contains("2026-01-11T00:00:00Z"), "{e}");
    assert_eq!(statuses(&t, "acme"), vec!["free ACTIVE"]);
    // Imports follow the same rule, row by row.
    t.write(
        "subs.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate\n\
         s-old,acme,basic,MONTHLY,2025-06-01T00:00:00Z\n",
    );
    let e = t.fails(&["subscription", "import", "subs.csv"], 65);
    assert!(e.contains("subs.csv:2"), "{e}");
    assert!(e.contains("already processed"), "{e}");
    // At or after the mark is fine (the environment had not processed that instant yet).
    let mut later = TestEnv::with_starter();
    later.now = Some("2026-01-10T00:00:00Z".into());
    later.ok(&["customer", "create", "x"]);
    later.now = Some("2026-01-20T00:00:00Z".into());
    let s = later.json(&[
        "subscription",
        "create",
        "--customer",
        "x",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--start",
        "2026-01-15T00:00:00Z",
    ]);
    assert_eq!(s["startDate"], "2026-01-15T00:00:00Z");
}

#[test]
fn scheduled_migrations_resolve_the_latest_version_and_are_superseded() {
    // 1. Scheduled, then an ALL_CUSTOMERS publish: the pending migration is dropped, and the
    //    period end never moves the subscription back.
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let s = create(&t, "acme", "basic", &[]);
    publish_basic_storage(&t, 60, &[]);
    t.ok(&["subscription", "migrate", &id(&s), "--at", "end-of-period"]);
    publish_basic_storage(&t, 70, &["--migrate", "all-customers"]);
    let now = t.json(&["subscription", "show", &id(&s)]);
    assert_eq!(now["planVersion"], 3);
    assert_eq!(now["scheduledUpdates"], serde_json::json!([]), "{now}");
    t.ok(&["clock", "advance", "40d"]);
    assert_eq!(t.json(&["subscription", "show", &id(&s)])["planVersion"], 3);
    assert_eq!(storage_limit(&t, "acme"), "70");

    // 2. Scheduled, then an immediate migration: nothing left pending.
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let s = create(&t, "acme", "basic", &[]);
    publish_basic_storage(&t, 60, &[]);
    t.ok(&["subscription", "migrate", &id(&s), "--at", "end-of-period"]);
    t.ok(&["subscription", "migrate", &id(&s)]);
    assert_eq!(
        t.json(&["subscription", "show", &id(&s)])["scheduledUpdates"],
        serde_json::json!([])
    );

    // 3. Scheduled to v2, v3 published for new customers meanwhile: the period end lands on v3.
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let s = create(&t, "acme", "basic", &[]);
    publish_basic_storage(&t, 60, &[]);
    // (`--schedule`, as `subscription create` and `update` spell it, is `--at`.)
    t.ok(&[
        "subscription",
        "migrate",
        &id(&s),
        "--schedule",
        "end-of-period",
    ]);
    publish_basic_storage(&t, 70, &[]);
    t.ok(&["clock", "advance", "40d"]);
    assert_eq!(t.json(&["subscription", "show", &id(&s)])["planVersion"], 3);
    assert_eq!(storage_limit(&t, "acme"), "70");

    // 4. A scheduled downgrade executes on the target plan's latest version.
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    create(&t, "acme", "pro", &[]);
    create(&t, "acme", "basic", &[]); // downgrade: scheduled for the period end
    publish_basic_storage(&t, 80, &[]);
    t.ok(&["clock", "advance", "40d"]);
    let live: Vec<Value> = subs(&t, "acme")
        .into_iter()
        .filter(|s| s["status"] == "ACTIVE")
        .collect();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0]["planId"], "basic");
    assert_eq!(live[0]["planVersion"], 2);
    assert_eq!(storage_limit(&t, "acme"), "80");
}

#[test]
fn an_immediate_update_replaces_a_pending_scheduled_one() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let s = create(&t, "acme", "pro", &["--quantity", "seats=5"]);
    t.ok(&[
        "subscription",
        "update",
        &id(&s),
        "--quantity",
        "seats=3",
        "--schedule",
        "end-of-period",
    ]);
    t.ok(&["subscription", "update", &id(&s), "--quantity", "seats=8"]);
    let v = t.json(&["subscription", "show", &id(&s)]);
    assert_eq!(v["scheduledUpdates"], serde_json::json!([]), "{v}");
    t.ok(&["clock", "advance", "40d"]);
    let v = t.json(&["subscription", "show", &id(&s)]);
    assert_eq!(v["quantities"][0]["quantity"], 8, "{v}");
}

#[test]
fn uncancel_says_what_it_did() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let s = create(&t, "acme", "basic", &[]);
    t.ok(&["subscription", "cancel", &id(&s), "--at", "end-of-period"]);
    let o = t.run(&["subscription", "uncancel", &id(&s)]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("uncanceled"), "{}", o.stderr);
    assert!(o.stderr.contains("2026-02-01T00:00:00Z"), "{}", o.stderr);
    assert!(o.stderr.contains("not restored"), "{}", o.stderr);
    assert!(o.stdout.contains(&id(&s)), "{}", o.stdout);
}

/// A product's start or end plan must have a published version: a never-published draft was
/// accepted, and a subscription ending into it made the catch-up fail — every later command,
/// reads and the hint's own fix included. An environment that already names one (an older
/// release) hands over to nothing; a plan a product names cannot be deleted.
#[test]
fn a_start_or_end_plan_is_a_published_one_and_an_old_draft_one_wedges_nothing() {
    let mut t = TestEnv::new();
    t.now = None;
    t.write(
        "w.yaml",
        "products:\n  - id: app\n    endSetup: { downgradeTo: free }\n    plans:\n      - { id: free, pricing: free, draft: true }\n      - { id: paid, pricing: paid, prices: [{ model: flat, monthly: 10, currency: USD }] }\n",
    );
    let e = t.fails(
        &[
            "--now",
            "2026-03-01T00:00:00Z",
            "catalog",
            "apply",
            "w.yaml",
        ],
        65,
    );
    assert!(
        e.contains("w.yaml:3:") && e.contains("has no published version"),
        "{e}"
    );
    t.write(
        "w.yaml",
        "products:\n  - id: app\n    plans:\n      - { id: free, pricing: free, draft: true }\n      - { id: paid, pricing: paid, prices: [{ model: flat, monthly: 10, currency: USD }] }\n",
    );
    t.ok(&[
        "--now",
        "2026-03-01T00:00:00Z",
        "catalog",
        "apply",
        "w.yaml",
    ]);
    for flag in ["--downgrade-to", "--start-free-plan"] {
        let o = t.run(&[
            "--now",
            "2026-03-01T00:00:00Z",
            "product",
            "update",
            "app",
            flag,
            "free",
        ]);
        assert_ne!(o.code, 0);
        assert!(
            o.stderr.contains("has no published version"),
            "{}",
            o.stderr
        );
    }
    // An older environment's product naming the draft: the end hands over to nothing.
    let body = t.sql("SELECT body FROM products WHERE id = 'app'");
    let mut v: Value = serde_json::from_str(&body).unwrap();
    v["downgradePlan"] = Value::from("free");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "UPDATE products SET body = ?1 WHERE id = 'app'",
        [v.to_string()],
    )
    .unwrap();
    drop(conn);
    let e = t.fails(
        &["--now", "2026-03-01T00:00:00Z", "plan", "delete", "free"],
        1,
    );
    assert!(e.contains("product app"), "{e}");
    t.ok(&[
        "--now",
        "2026-03-01T00:00:00Z",
        "customer",
        "create",
        "acme",
        "--plan",
        "paid",
    ]);
    let sid =
        t.json(&["--now", "2026-03-01T00:00:00Z", "subscription", "list"])[0]["subscriptionId"]
            .as_str()
            .unwrap()
            .to_string();
    t.ok(&[
        "--now",
        "2026-03-01T00:00:00Z",
        "subscription",
        "cancel",
        &sid,
        "--at",
        "end-of-period",
    ]);
    t.ok(&["--now", "2026-04-02T00:00:00Z", "feature", "list"]);
    let (code, c) = crate::lifecycle::check(&t, &["--now", "2026-04-02T00:00:00Z", "acme", "x"]);
    assert_eq!(code, 1, "{c}");
    assert_eq!(
        t.json(&["--now", "2026-04-02T00:00:00Z", "subscription", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// Calling off a cancellation gives back the fixed term (`--end`) it had replaced: the
/// subscription ends then, not never.
#[test]
fn uncancel_gives_back_a_fixed_term() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "u1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "ft",
        "--customer",
        "u1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--end",
        "2026-06-01T00:00:00Z",
    ]);
    t.ok(&[
        "subscription",
        "cancel",
        "ft",
        "--at",
        "2026-03-01T00:00:00Z",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "ft"])["endDate"],
        "2026-03-01T00:00:00Z"
    );
    t.ok(&["subscription", "uncancel", "ft"]);
    let s = t.json(&["subscription", "show", "ft"]);
    assert_eq!(s["endDate"], "2026-06-01T00:00:00Z", "{s}");
    // A cancellation at or after the term would give it more time: refused.
    let e = t.fails(
        &[
            "subscription",
            "cancel",
            "ft",
            "--at",
            "2026-07-01T00:00:00Z",
        ],
        1,
    );
    assert!(e.contains("its fixed term"), "{e}");
    // Each change of its end is an entitlements.updated (`validUntil` moves).
    let count = || {
        t.json(&["events", "list", "--type", "entitlements.updated"])
            .as_array()
            .unwrap()
            .len()
    };
    let before = count();
    t.ok(&[
        "subscription",
        "cancel",
        "ft",
        "--at",
        "2026-04-01T00:00:00Z",
    ]);
    assert_eq!(count(), before + 1);
    t.ok(&["subscription", "uncancel", "ft"]);
    t.ok(&["clock", "advance", "6mo"]);
    let s = t.json(&["subscription", "show", "ft"]);
    assert_eq!(s["status"], "EXPIRED", "{s}");
    assert_eq!(s["endDate"], "2026-06-01T00:00:00Z", "{s}");
}

/// An update names what changes, once: no change at all, or an add-on both set and removed,
/// is a usage error — for `update` and `estimate` alike.
#[test]
fn an_update_names_one_change_at_least_and_never_two_of_one_add_on() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=3",
        "--addon",
        "extra-seats=2",
        "--skip-trial",
        "--id",
        "s1",
    ]);
    for verb in ["update", "estimate"] {
        let e = t.fails(&["subscription", verb, "s1"], 2);
        assert!(e.contains("nothing to change"), "{verb}: {e}");
        let e = t.fails(
            &[
                "subscription",
                verb,
                "s1",
                "--addon",
                "extra-seats=1",
                "--remove-addon",
                "extra-seats",
            ],
            2,
        );
        assert!(e.contains("ask for two things"), "{verb}: {e}");
    }
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(s["addons"][0]["quantity"], 2, "{s}");
}
