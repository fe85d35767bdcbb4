//! What the event log tells a replica (spec 70): records and events stamped at the instant
//! they happened, the effective set of entitlements, and the log's outputs.

use crate::lifecycle::{env, subs};
use serde_json::Value;

/// The subscriptions of `customer` whose plan is `plan`, as `subscription list` prints them.
fn sub_of(t: &crate::helpers::TestEnv, customer: &str, plan: &str) -> Value {
    subs(t, customer)
        .into_iter()
        .find(|s| s["planId"] == plan)
        .unwrap()
}

/// Every event of `ty` (their payloads).
fn payloads(t: &crate::helpers::TestEnv, ty: &str) -> Vec<Value> {
    t.json(&["events", "list", "--type", ty])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["payload"].clone())
        .collect()
}

#[test]
fn a_subscription_a_catch_up_ends_is_updated_when_it_ended() {
    let t = env();
    // A trial that lapses (pro: onEnd cancel) 14 days in, seen 60 days in.
    t.ok(&["customer", "create", "a"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "a",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    // A paid subscription cancelled at its period's end, seen a quarter later.
    t.ok(&["customer", "create", "b"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "sb",
        "--customer",
        "b",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&["subscription", "cancel", "sb", "--at", "end-of-period"]);
    t.ok(&["clock", "advance", "60d"]);
    let pro = sub_of(&t, "a", "pro");
    assert_eq!(pro["status"], "EXPIRED");
    assert_eq!(pro["updatedAt"], "2026-01-15T00:00:00Z");
    let basic = sub_of(&t, "b", "basic");
    assert_eq!(basic["status"], "CANCELED");
    assert_eq!(basic["updatedAt"], "2026-02-01T00:00:00Z");
    // Each event shows the record as the step left it, at the step's instant.
    for ty in ["subscription.trial_expired", "subscription.canceled"] {
        let ps = payloads(&t, ty);
        assert!(!ps.is_empty(), "{ty}");
        for p in ps {
            assert_eq!(p["updatedAt"], p["timestamp"], "{ty}: {p}");
        }
    }
}

/// The sizes of the entitlement sets `entitlements.updated` wrote, in order.
fn set_sizes(t: &crate::helpers::TestEnv) -> Vec<usize> {
    payloads(t, "entitlements.updated")
        .iter()
        .map(|p| p["entitlements"].as_array().map_or(usize::MAX, Vec::len))
        .collect()
}

#[test]
fn entitlements_updated_is_written_once_per_change_of_the_effective_set() {
    let t = env();
    t.ok(&["customer", "create", "a"]);
    let start = set_sizes(&t);
    // A plan change ends one subscription and starts another at one instant: one event with
    // the new set, no empty set between.
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
    let after = set_sizes(&t);
    assert_eq!(after.len(), start.len() + 1, "{start:?} → {after:?}");
    assert!(after.iter().all(|n| *n > 0), "{after:?}");
    // A promotion restated as it is changes nothing: no event.
    t.ok(&["entitlement", "grant", "a", "sso", "--period", "lifetime"]);
    let n = t.json(&["events", "list"]).as_array().unwrap().len();
    t.ok(&["entitlement", "grant", "a", "sso", "--period", "lifetime"]);
    assert_eq!(t.json(&["events", "list"]).as_array().unwrap().len(), n);
    // Archived, the customer has none: said; unarchived, what it keeps (the promotion).
    t.ok(&["customer", "archive", "a"]);
    let last = payloads(&t, "entitlements.updated").pop().unwrap();
    assert_eq!(last["entitlements"], serde_json::json!([]), "{last}");
    t.ok(&["customer", "unarchive", "a"]);
    let last = payloads(&t, "entitlements.updated").pop().unwrap();
    let features: Vec<&str> = last["entitlements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["featureId"].as_str().unwrap())
        .collect();
    assert_eq!(features, ["sso"], "{last}");
}

/// `events list` as CSV is the record as JSON has it: entity type and id in their own
/// columns, the payload as a JSON cell.
#[test]
fn events_as_csv_carry_the_whole_record() {
    let t = env();
    t.ok(&["customer", "create", "a", "--name", "A, \"quoted\""]);
    let csv = t.ok(&[
        "events",
        "list",
        "--type",
        "customer.created",
        "--format",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "eventId,type,occurredAt,entityType,entityId,actor,payload"
    );
    let json = t.json(&["events", "list", "--type", "customer.created"]);
    let e = &json[0];
    let row = lines.next().unwrap();
    let head = format!(
        "{},customer.created,{},CUSTOMER,a,USER,",
        e["eventId"].as_str().unwrap(),
        e["occurredAt"].as_str().unwrap()
    );
    assert!(row.starts_with(&head), "{row}");
    // The payload cell, unquoted, is the JSON payload.
    let cell = row[head.len()..].trim_matches('"').replace("\"\"", "\"");
    let payload: serde_json::Value = serde_json::from_str(&cell).unwrap();
    assert_eq!(payload, e["payload"]);
}

/// A report is logged before what it causes: the limit it crosses, the credits it burns.
#[test]
fn a_report_is_logged_before_what_it_causes() {
    let t = env();
    t.ok(&["customer", "create", "a"]);
    // The free plan: 2 seats.
    t.ok(&["usage", "report", "a", "seats", "5"]);
    let types: Vec<String> = t
        .json(&["events", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .filter(|t| t == "measurement.reported" || t == "entitlement.usage_exceeded")
        .collect();
    assert_eq!(
        types,
        ["measurement.reported", "entitlement.usage_exceeded"]
    );
}

/// `measurement.reported` says when the usage happened (a late report's `--at`: the envelope's
/// `timestamp` is when it was reported, which overwrote it), the window it counts in and its
/// dimensions: a replica can tell a late report from a current one.
#[test]
fn a_measurement_says_when_it_happened_its_window_and_dimensions() {
    let mut t = env();
    t.ok(&["customer", "create", "a"]);
    t.now = Some("2026-02-15T00:00:00Z".into());
    t.ok(&[
        "usage",
        "report",
        "a",
        "exports",
        "1",
        "--at",
        "2026-01-20T00:00:00Z",
        "--dimension",
        "region=eu",
    ]);
    let e = t.json(&["events", "list", "--type", "measurement.reported"]);
    let e = &e[0];
    assert_eq!(e["occurredAt"], "2026-02-15T00:00:00Z", "{e}");
    let p = &e["payload"];
    assert_eq!(p["timestamp"], "2026-02-15T00:00:00Z", "{p}");
    assert_eq!(p["usageTimestamp"], "2026-01-20T00:00:00Z", "{p}");
    assert_eq!(p["usagePeriodStart"], "2026-01-01T00:00:00Z", "{p}");
    assert_eq!(p["usagePeriodEnd"], "2026-02-01T00:00:00Z", "{p}");
    assert_eq!(p["dimensions"], serde_json::json!({"region": "eu"}), "{p}");
}

/// An event shows the record as stored: a subscription created with a past end is ended by the
/// catch-up at that instant, and its `updatedAt` (which never goes back) is the one stored.
/// An archived customer exceeds nothing (its set is empty).
#[test]
fn events_show_records_as_stored_and_archived_customers_exceed_nothing() {
    let mut t = env();
    t.now = Some("2026-03-01T00:00:00Z".into());
    t.ok(&["customer", "create", "g1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "g1s",
        "--customer",
        "g1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--start",
        "2026-01-01T00:00:00Z",
        "--end",
        "2026-01-20T00:00:00Z",
    ]);
    let stored = t.json(&["subscription", "show", "g1s"]);
    let expired = payloads(&t, "subscription.expired").pop().unwrap();
    assert_eq!(expired["updatedAt"], stored["updatedAt"], "{expired}");
    t.ok(&["customer", "create", "a"]);
    t.ok(&[
        "entitlement",
        "grant",
        "a",
        "exports",
        "--limit",
        "1",
        "--period",
        "1w",
    ]);
    t.ok(&["usage", "report", "a", "exports", "4"]);
    let crossings = payloads(&t, "entitlement.usage_exceeded").len();
    t.ok(&["customer", "archive", "a"]);
    assert_eq!(payloads(&t, "entitlement.usage_exceeded").len(), crossings);
}

/// A customer-level change (a promotion, archive, unarchive) changes each resource's set too:
/// each resource's feed gets its `entitlements.updated`.
#[test]
fn customer_level_changes_reach_every_resource() {
    let t = crate::helpers::TestEnv::new();
    t.write(
        "c.yaml",
        r#"
features: [{id: calls, type: number, meter: incremental}]
products:
  - id: ws
    multipleSubscriptions: true
    plans:
      - {id: wsb, pricing: paid, entitlements: {calls: {limit: 10}}, prices: [{model: flat, monthly: "5.00", currency: USD}]}
"#,
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    t.ok(&["customer", "create", "a"]);
    for r in ["r1", "r2"] {
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "a",
            "--plan",
            "wsb",
            "--resource",
            r,
            "--billing-period",
            "monthly",
        ]);
    }
    t.ok(&[
        "entitlement",
        "grant",
        "a",
        "calls",
        "--limit",
        "50",
        "--period",
        "1w",
    ]);
    let last_for = |r: &str| {
        payloads(&t, "entitlements.updated")
            .into_iter()
            .rev()
            .find(|p| p["resourceId"] == r)
            .unwrap()
    };
    for r in ["r1", "r2"] {
        let listed = t.json(&["entitlement", "list", "a", "--resource", r]);
        let last = last_for(r);
        assert_eq!(last["entitlements"], listed, "{r}: {last}");
    }
}

/// A backdated subscription whose steps fall in the past (its trial lapsed before now) ends
/// the log with the set in force now, for each resource (the past step's set was written last).
#[test]
fn a_backdated_change_ends_the_log_with_the_set_in_force() {
    let mut t = crate::helpers::TestEnv::new();
    t.now = Some("2026-02-08T00:00:00Z".into());
    t.write(
        "multi.yaml",
        r#"
features:
  - { id: ws-seats, type: number, meter: fluctuating }
  - { id: ws-sso, type: boolean }
products:
  - id: ws
    multipleSubscriptions: true
    plans:
      - { id: ws-free, pricing: free, entitlements: { ws-seats: { limit: 2 } } }
      - id: ws-pro
        parent: ws-free
        pricing: paid
        trial: { days: 7, onEnd: cancel }
        entitlements: { ws-seats: { limit: 10 }, ws-sso: {} }
        prices: [{ model: flat, monthly: "10.00", currency: USD }]
"#,
    );
    let starter = t.catalog("saas-starter.yaml");
    t.ok(&["catalog", "apply", &starter, "multi.yaml"]);
    t.ok(&["customer", "create", "b1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "b1",
        "--plan",
        "ws-pro",
        "--resource",
        "y",
        "--billing-period",
        "monthly",
        "--start",
        "2026-01-20T00:00:00Z",
    ]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "b1",
        "--plan",
        "ws-pro",
        "--resource",
        "x",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--start",
        "2026-01-10T00:00:00Z",
        "--end",
        "2026-02-01T00:00:00Z",
    ]);
    for r in ["x", "y"] {
        let last = payloads(&t, "entitlements.updated")
            .into_iter()
            .rev()
            .find(|p| p["resourceId"] == r)
            .unwrap();
        let listed = t.json(&["entitlement", "list", "b1", "--resource", r]);
        assert_eq!(last["entitlements"], listed, "{r}: {last}");
    }
}

/// A limit a migration lowers below the usage is exceeded by the migration (actor
/// `MIGRATION`, as its other events), not by the user who published.
#[test]
fn a_crossing_a_migration_causes_is_the_migrations() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "c1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&["usage", "report", "c1", "storage-gb", "400", "--set"]);
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "pro",
        "storage-gb",
        "--limit",
        "100",
    ]);
    t.ok(&["plan", "publish", "pro", "--migrate", "all-customers"]);
    let crossings = t.json(&["events", "list", "--type", "entitlement.usage_exceeded"]);
    let last = crossings.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["actor"], "MIGRATION", "{last}");
    // Promoting an environment onto itself is a mistake, said as one.
    let e = t.fails(
        &[
            "env",
            "promote",
            "--from",
            "development",
            "--to",
            "development",
        ],
        2,
    );
    assert!(e.contains("same environment"), "{e}");
}

/// An archived customer's promotions stay as they are (a revoke is refused, as a grant is);
/// enum values given twice are refused; a customer export warns of the promotions it leaves.
#[test]
fn promotions_of_archived_customers_and_exports() {
    let t = env();
    t.ok(&["customer", "create", "g"]);
    let e = t.fails(
        &[
            "entitlement",
            "grant",
            "g",
            "region",
            "--period",
            "1w",
            "--values",
            "eu,eu",
        ],
        2,
    );
    assert!(e.contains("'eu' twice"), "{e}");
    // The table says what an enum promotion grants, as the JSON does.
    t.ok(&[
        "entitlement",
        "grant",
        "g",
        "region",
        "--period",
        "1w",
        "--values",
        "eu,us",
    ]);
    let table = t.ok(&["entitlement", "promotions", "g"]);
    assert!(table.contains("eu, us"), "{table}");
    t.ok(&["entitlement", "grant", "g", "sso", "--period", "lifetime"]);
    let o = t.run(&["customer", "export", "-o", "c.csv"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("2 promotional entitlement(s) of 1 customer(s)"),
        "{}",
        o.stderr
    );
    t.ok(&["customer", "archive", "g"]);
    let e = t.fails(&["entitlement", "revoke", "g", "sso"], 1);
    assert!(e.contains("archived"), "{e}");
    t.ok(&["customer", "unarchive", "g"]);
    assert_eq!(crate::lifecycle::check(&t, &["g", "sso"]).0, 0);
}
