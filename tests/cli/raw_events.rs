//! Raw usage events and event meters (spec 40): filters, aggregations, windows, duplicates.

use crate::helpers::TestEnv;
use crate::lifecycle::{check, env};
use serde_json::Value;

fn event(t: &TestEnv, args: &[&str]) -> Value {
    let mut a = vec!["event", "report"];
    a.extend_from_slice(args);
    t.json(&a)
}

const METERS: &str = r#"
features:
  - id: tokens
    type: number
    meter: incremental
    eventMeter:
      filters:
        - conditions:
            - { field: eventName, operation: EQUALS, value: completion }
            - { field: status, operation: LESS_THAN, value: "300" }
        - conditions:
            - { field: eventName, operation: STARTS_WITH, value: "batch." }
      aggregation: { function: SUM, field: tokens }
  - id: mau
    type: number
    meter: incremental
    eventMeter:
      filters: []
      aggregation: { function: UNIQUE, field: user }
  - id: latency
    type: number
    meter: incremental
    eventMeter:
      filters: [{ conditions: [{ field: eventName, operation: EQUALS, value: completion }] }]
      aggregation: { function: AVG, field: ms }
products:
  - id: ai
    startSetup: { freePlan: starter }
    plans:
      - id: starter
        pricing: free
        entitlements:
          tokens: { limit: 1000, reset: month }
          mau: { limit: 2, reset: { period: month, anchor: start-of-month } }
          latency: { limit: 100000, reset: day }
"#;

pub fn meters_env() -> TestEnv {
    let t = env();
    t.write("meters.yaml", METERS);
    t.ok(&["catalog", "apply", "meters.yaml"]);
    t.ok(&["customer", "create", "acme", "--plan", "starter"]);
    t
}

fn usage(t: &TestEnv, feature: &str) -> Value {
    check(t, &["acme", feature]).1["currentUsage"].clone()
}

#[test]
fn meters_filter_and_aggregate_each_event_exactly() {
    let t = meters_env();
    event(
        &t,
        &[
            "acme",
            "completion",
            "--idempotency-key",
            "e1",
            "--dimension",
            "tokens=120.5",
            "--dimension",
            "status=200",
            "--dimension",
            "user=u1",
            "--dimension",
            "ms=40",
        ],
    );
    // status 500 fails the first filter; the second filter does not match the name.
    event(
        &t,
        &[
            "acme",
            "completion",
            "--idempotency-key",
            "e2",
            "--dimension",
            "tokens=999",
            "--dimension",
            "status=500",
            "--dimension",
            "user=u2",
            "--dimension",
            "ms=60",
        ],
    );
    // batch.* matches through the second filter (OR).
    event(
        &t,
        &[
            "acme",
            "batch.run",
            "--idempotency-key",
            "e3",
            "--dimension",
            "tokens=10",
            "--dimension",
            "user=u1",
        ],
    );
    assert_eq!(usage(&t, "tokens"), "130.5");
    // UNIQUE: u1 twice counts once.
    assert_eq!(usage(&t, "mau"), "2");
    // AVG of 40 and 60.
    assert_eq!(usage(&t, "latency"), "50");
    // A non-numeric field: kept, counted nowhere for SUM, warned.
    let o = t.run(&[
        "event",
        "report",
        "acme",
        "completion",
        "--idempotency-key",
        "e4",
        "--dimension",
        "tokens=lots",
        "--dimension",
        "status=200",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("not a number"), "{}", o.stderr);
    assert_eq!(usage(&t, "tokens"), "130.5");
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "4");
}

#[test]
fn duplicates_count_once_and_a_reused_key_with_another_payload_is_a_conflict() {
    let t = meters_env();
    let a = [
        "acme",
        "batch.x",
        "--idempotency-key",
        "k",
        "--dimension",
        "tokens=5",
    ];
    assert_eq!(event(&t, &a)["duplicate"], false);
    let again = event(&t, &a);
    assert_eq!(again["duplicate"], true);
    assert_eq!(usage(&t, "tokens"), "5");
    // A duplicate answers the features the event counts toward (not none), with their usage
    // as it is now.
    let shown = |v: &Value| -> Vec<(String, String)> {
        v["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["featureId"].as_str().unwrap().to_string(),
                    f["currentUsage"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(shown(&again), [("tokens".to_string(), "5".to_string())]);
    event(
        &t,
        &[
            "acme",
            "batch.y",
            "--idempotency-key",
            "k2",
            "--dimension",
            "tokens=2",
        ],
    );
    assert_eq!(
        shown(&event(&t, &a)),
        [("tokens".to_string(), "7".to_string())]
    );
    t.fails(
        &[
            "event",
            "report",
            "acme",
            "batch.x",
            "--idempotency-key",
            "k",
            "--dimension",
            "tokens=6",
        ],
        4,
    );
    // The same key under another event name is another event (5 + 2 so far).
    event(
        &t,
        &[
            "acme",
            "batch.y",
            "--idempotency-key",
            "k",
            "--dimension",
            "tokens=1",
        ],
    );
    assert_eq!(usage(&t, "tokens"), "8");
    // A key is required.
    t.fails(&["event", "report", "acme", "batch.x"], 2);
}

#[test]
fn unique_counts_per_window_and_late_events_land_in_their_own_window() {
    let t = meters_env();
    t.ok(&["clock", "set", "2026-01-31T23:00:00Z"]);
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "a",
            "--dimension",
            "user=u1",
        ],
    );
    t.ok(&["clock", "set", "2026-02-01T01:00:00Z"]);
    // Same user, next calendar month: counted again there.
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "b",
            "--dimension",
            "user=u1",
        ],
    );
    assert_eq!(usage(&t, "mau"), "1");
    // A late event of January lands in January.
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "c",
            "--dimension",
            "user=u9",
            "--at",
            "2026-01-15T00:00:00Z",
        ],
    );
    assert_eq!(usage(&t, "mau"), "1");
    assert_eq!(
        t.sql("SELECT value FROM usage_windows WHERE feature_id = 'mau' ORDER BY window_start"),
        "2\n1"
    );
    // Over the limit (2 distinct users): the check denies, the signal is logged once.
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "d",
            "--dimension",
            "user=u2",
        ],
    );
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "e",
            "--dimension",
            "user=u3",
        ],
    );
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "f",
            "--dimension",
            "user=u4",
        ],
    );
    assert_eq!(check(&t, &["acme", "mau"]).0, 1);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'"),
        "1"
    );
}

#[test]
fn events_of_unknown_customers_are_kept_and_listed() {
    let t = meters_env();
    event(
        &t,
        &[
            "ghost",
            "batch.x",
            "--idempotency-key",
            "g1",
            "--dimension",
            "tokens=5",
        ],
    );
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM raw_events WHERE customer_id = 'ghost'"),
        "1"
    );
    let list = t.json(&["event", "list", "--customer", "ghost"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["dimensions"]["tokens"], "5");
    // Reporting usage directly for a feature with an event meter is refused.
    t.fails(&["usage", "report", "acme", "tokens", "1"], 1);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    assert!(conn.execute("DELETE FROM raw_events", []).is_err());
}

#[test]
fn recalculate_reproduces_the_aggregates_and_picks_up_late_customers() {
    let t = meters_env();
    event(
        &t,
        &[
            "acme",
            "completion",
            "--idempotency-key",
            "e1",
            "--dimension",
            "tokens=7.25",
            "--dimension",
            "status=200",
            "--dimension",
            "user=u1",
            "--dimension",
            "ms=10",
        ],
    );
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "e2",
            "--dimension",
            "user=u2",
        ],
    );
    event(
        &t,
        &[
            "acme",
            "login",
            "--idempotency-key",
            "e3",
            "--dimension",
            "user=u2",
        ],
    );
    t.ok(&["customer", "create", "plain", "--plan", "free"]);
    t.ok(&["usage", "report", "plain", "exports", "3"]);
    t.ok(&["usage", "report", "plain", "exports", "1", "--set"]);
    t.ok(&["usage", "report", "plain", "seats", "2"]);
    let before = t.sql("SELECT * FROM usage_windows ORDER BY 1, 2, 3, 4");
    let r = t.json(&["usage", "recalculate"]);
    assert_eq!(r, serde_json::json!([]), "nothing changes");
    assert_eq!(
        t.sql("SELECT * FROM usage_windows ORDER BY 1, 2, 3, 4"),
        before
    );
    // Events of a customer provisioned later are picked up when it is (its subscription
    // starting recounts it), and a recalculation agrees.
    event(
        &t,
        &[
            "late",
            "batch.x",
            "--idempotency-key",
            "l1",
            "--dimension",
            "tokens=4",
        ],
    );
    t.ok(&["customer", "create", "late", "--plan", "starter"]);
    assert_eq!(check(&t, &["late", "tokens"]).1["currentUsage"], "4");
    let r = t.json(&["usage", "recalculate", "late"]);
    assert_eq!(r, serde_json::json!([]));
    t.fails(&["usage", "recalculate", "ghost"], 3);
}

#[test]
fn a_hash_collision_never_loses_or_merges_an_event() {
    let t = meters_env();
    // Occupy the hash slot of (acme, '', batch.x, k1) with another identity, as a collision would.
    let h = stigg_cli::store::usage::event_hash("acme", "", "batch.x", "k1");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "INSERT INTO raw_events(key_hash, customer_id, resource_id, event_name, idempotency_key, at, recorded_at)
         VALUES (?1, 'someone', '', 'other', 'zz', 0, 0)",
        [h],
    )
    .unwrap();
    drop(conn);
    let first = event(
        &t,
        &[
            "acme",
            "batch.x",
            "--idempotency-key",
            "k1",
            "--dimension",
            "tokens=3",
        ],
    );
    assert_eq!(first["duplicate"], false);
    let again = event(
        &t,
        &[
            "acme",
            "batch.x",
            "--idempotency-key",
            "k1",
            "--dimension",
            "tokens=3",
        ],
    );
    assert_eq!(again["duplicate"], true);
    t.write(
        "ev.csv",
        "customerId,eventName,timestamp,idempotencyKey,dimensions.tokens\nacme,batch.x,,k1,3\nacme,batch.x,,k2,4\n",
    );
    let r = t.json(&["usage", "import", "ev.csv"]);
    assert_eq!(
        (r["inserted"].as_u64(), r["duplicates"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(usage(&t, "tokens"), "7");
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "3");
}

/// A repeat of a stored event is a duplicate in an import as in `event report`, even when
/// counting it again would pass the largest decimal (it was rejected for the window's sum).
#[test]
fn a_repeated_event_past_the_decimal_range_is_a_duplicate_in_an_import() {
    let t = meters_env();
    let v = "39614081257132168796771975168"; // twice is past the largest decimal
    let row = format!("acme,completion,,k1,{v},200\n");
    t.write(
        "e.csv",
        &format!("customerId,eventName,timestamp,idempotencyKey,dimensions.tokens,dimensions.status\n{row}{row}"),
    );
    let r = t.json(&["usage", "import", "e.csv"]);
    assert_eq!(
        (
            r["inserted"].as_u64(),
            r["duplicates"].as_u64(),
            r["rejected"].as_u64()
        ),
        (Some(1), Some(1), Some(0)),
        "{r}"
    );
    // From an earlier run too.
    t.write(
        "f.csv",
        &format!("customerId,eventName,timestamp,idempotencyKey,dimensions.tokens,dimensions.status\n{row}"),
    );
    let r = t.json(&["usage", "import", "f.csv"]);
    assert_eq!(r["duplicates"].as_u64(), Some(1), "{r}");
    // Another payload under the key is still refused.
    t.write(
        "g.csv",
        "customerId,eventName,timestamp,idempotencyKey,dimensions.tokens,dimensions.status\nacme,completion,,k1,1,200\n",
    );
    let e = t.fails(&["usage", "import", "g.csv"], 65);
    assert!(e.contains("IdempotencyKeyReused"), "{e}");
}

/// An empty or blank dimension value is no dimension, whichever way the event arrives: `event
/// report --dimension user=` stored `""` (a UNIQUE meter counted it, and a repeat with an extra
/// blank dimension was refused as another payload) while the import's empty cell — or JSON
/// `""` — stores none.
#[test]
fn a_blank_dimension_is_none_from_the_command_line_as_from_an_import() {
    let mut got = Vec::new();
    for how in ["single", "csv", "jsonl"] {
        let mut t = TestEnv::new();
        t.now = None;
        t.ok(&["clock", "set", "2024-01-01T00:00:00Z"]);
        t.write(
            "m.yaml",
            r#"
features:
  - id: mau
    type: number
    meter: incremental
    eventMeter: { filters: [], aggregation: { function: UNIQUE, field: user } }
products:
  - id: p
    plans:
      - { id: small, pricing: free, entitlements: { mau: { limit: 3, reset: month } } }
"#,
        );
        t.ok(&["catalog", "apply", "m.yaml"]);
        t.ok(&["customer", "create", "c", "--plan", "small"]);
        t.ok(&["clock", "set", "2024-01-01T02:00:00Z"]);
        match how {
            "single" => {
                for (k, d) in [("e1", "user="), ("e2", "user= ")] {
                    t.ok(&[
                        "event",
                        "report",
                        "c",
                        "login",
                        "--idempotency-key",
                        k,
                        "--at",
                        "2024-01-01T01:00:00Z",
                        "--dimension",
                        d,
                    ]);
                }
                // The same event with one more blank dimension is the same event.
                let v = t.json(&[
                    "event",
                    "report",
                    "c",
                    "login",
                    "--idempotency-key",
                    "e1",
                    "--at",
                    "2024-01-01T01:00:00Z",
                    "--dimension",
                    "user=",
                    "--dimension",
                    "z=",
                ]);
                assert_eq!(v["duplicate"], true, "{v}");
            }
            "csv" => {
                t.write(
                    "e.csv",
                    "customerId,eventName,timestamp,idempotencyKey,dimensions.user\n\
                     c,login,2024-01-01T01:00:00Z,e1,\nc,login,2024-01-01T01:00:00Z,e2, \n",
                );
                t.ok(&["usage", "import", "e.csv"]);
            }
            _ => {
                t.write(
                    "e.jsonl",
                    "{\"customerId\":\"c\",\"eventName\":\"login\",\"timestamp\":\"2024-01-01T01:00:00Z\",\"idempotencyKey\":\"e1\",\"dimensions\":{\"user\":\"\"}}\n\
                     {\"customerId\":\"c\",\"eventName\":\"login\",\"timestamp\":\"2024-01-01T01:00:00Z\",\"idempotencyKey\":\"e2\",\"dimensions\":{\"user\":\" \"}}\n",
                );
                t.ok(&["usage", "import", "e.jsonl", "--kind", "events"]);
            }
        }
        let (_, v) = crate::lifecycle::check(&t, &["c", "mau"]);
        got.push((how, v["currentUsage"].clone()));
    }
    for (how, usage) in &got {
        assert_eq!(usage, "0", "{how}");
    }
}

/// Archiving and unarchiving a customer leave its windows as `usage recalculate` rebuilds them:
/// unarchived, its records count again (its windows stayed cleared, and a check after a new
/// subscription showed 0); archived, records kept while it had no subscription count nowhere
/// (that window stayed).
#[test]
fn archive_and_unarchive_leave_windows_as_a_recount_would() {
    let no_changes = |t: &TestEnv| {
        let v = t.json(&["usage", "recalculate"]);
        assert_eq!(v, serde_json::json!([]), "{v}");
    };
    let start = |t: &mut TestEnv| {
        t.now = None;
        t.ok(&["clock", "set", "2028-01-31T00:00:00Z"]);
        let f = t.catalog("saas-starter.yaml");
        t.ok(&["catalog", "apply", &f]);
        t.ok(&["customer", "create", "c1"]);
    };
    // Events while subscribed, then archive + unarchive.
    let mut t = TestEnv::new();
    start(&mut t);
    t.ok(&[
        "event",
        "report",
        "c1",
        "api.request",
        "--idempotency-key",
        "k1",
    ]);
    t.ok(&["clock", "advance", "1h"]);
    t.ok(&["-y", "customer", "archive", "c1"]);
    no_changes(&t);
    t.ok(&["-y", "customer", "unarchive", "c1"]);
    no_changes(&t);
    // The same at the event's instant, then a new subscription: the check counts it.
    let mut t = TestEnv::new();
    start(&mut t);
    t.ok(&["clock", "advance", "1h"]);
    t.ok(&[
        "event",
        "report",
        "c1",
        "api.request",
        "--idempotency-key",
        "k1",
    ]);
    t.ok(&["-y", "customer", "archive", "c1"]);
    t.ok(&["-y", "customer", "unarchive", "c1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "free",
    ]);
    let (_, v) = check(&t, &["c1", "api-calls"]);
    assert_eq!(v["currentUsage"], "1", "{v}");
    no_changes(&t);
    // Events kept while it had no subscription, then archive.
    let mut t = TestEnv::new();
    start(&mut t);
    let free = t.json(&["subscription", "list", "--customer", "c1"])[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["subscription", "cancel", &free, "--at", "immediate"]);
    t.ok(&["clock", "advance", "1h"]);
    t.ok(&[
        "event",
        "report",
        "c1",
        "api.request",
        "--idempotency-key",
        "k5",
    ]);
    t.ok(&["-y", "customer", "archive", "c1"]);
    no_changes(&t);
    t.ok(&["-y", "customer", "unarchive", "c1"]);
    no_changes(&t);
}
