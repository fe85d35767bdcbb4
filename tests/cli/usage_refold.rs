//! Spec 40: when the winning entitlement's reset settings change (plan change, migration, a
//! promotion starting or ending), current usage is recomputed from the stored records for the
//! new window — whichever way the records arrive (single reports, raw events, late records,
//! imports), and `usage recalculate` and `usage history` agree with what was maintained.

use crate::helpers::TestEnv;
use crate::lifecycle::check;

const CATALOG: &str = r#"
features:
  - id: calls
    type: number
    meter: incremental
  - id: mau
    type: number
    meter: incremental
    eventMeter:
      filters: []
      aggregation: { function: UNIQUE, field: user }
products:
  - id: app
    usageResetOnChange: never
    plans:
      - id: daily
        pricing: free
        entitlements:
          calls: { limit: 100, reset: day }
          mau: { limit: 10, reset: day }
      - id: monthly
        pricing: free
        entitlements:
          calls: { limit: 1000, reset: month }
          mau: { limit: 50, reset: month }
  - id: fresh
    usageResetOnChange: always
    plans:
      - id: fresh-daily
        pricing: free
        entitlements:
          calls: { limit: 100, reset: day }
      - id: fresh-monthly
        pricing: free
        entitlements:
          calls: { limit: 1000, reset: month }
      - id: fresh-week
        pricing: free
        entitlements:
          calls: { limit: 1000, reset: { period: week, anchor: every-monday } }
      - id: fresh-calendar
        pricing: free
        entitlements:
          calls: { limit: 1000, reset: { period: month, anchor: start-of-month } }
  - id: billed
    usageResetOnChange: billing-period-change
    plans:
      - id: billed-month
        pricing: paid
        entitlements:
          calls: { limit: 1000, reset: month }
        prices:
          - { model: flat, monthly: "10.00", annually: "100.00", currency: USD }
"#;

fn env() -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.write("refold.yaml", CATALOG);
    t.ok(&["catalog", "apply", "refold.yaml"]);
    t
}

fn usage(t: &TestEnv, customer: &str, feature: &str) -> (String, String) {
    let (_, v) = check(t, &[customer, feature]);
    (
        v["currentUsage"].as_str().unwrap_or_default().to_string(),
        v["usagePeriodStart"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

/// When each `entitlement.usage_exceeded` was logged, in log order, space-separated ('' for
/// none).
fn signal_times(t: &TestEnv) -> String {
    t.sql(
        "SELECT COALESCE(group_concat(occurred_at, ' '), '') FROM events
         WHERE type = 'entitlement.usage_exceeded'",
    )
}

fn recalculation_changes(t: &TestEnv) -> serde_json::Value {
    t.json(&["usage", "recalculate"])
}

#[test]
fn a_plan_change_to_another_period_recounts_the_new_window_from_the_records() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&["clock", "set", "2026-01-05T12:00:00Z"]);
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "5",
        "--at",
        "2026-01-03T10:00:00Z",
    ]);
    t.ok(&["usage", "report", "acme", "calls", "7"]);
    for (key, user, at) in [
        ("k1", "u1", "2026-01-03T10:00:00Z"),
        ("k2", "u2", "2026-01-05T11:00:00Z"),
        ("k3", "u1", "2026-01-05T11:30:00Z"),
    ] {
        t.ok(&[
            "event",
            "report",
            "acme",
            "login",
            "--idempotency-key",
            key,
            "--dimension",
            &format!("user={user}"),
            "--at",
            at,
        ]);
    }
    // Under the daily plan: today's window only.
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("7".into(), "2026-01-05T00:00:00Z".into())
    );
    assert_eq!(usage(&t, "acme", "mau").0, "2");
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "monthly",
        "--schedule",
        "immediate",
    ]);
    // The month window (its anchor carried over) counts everything recorded in its span.
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("12".into(), "2026-01-01T00:00:00Z".into())
    );
    assert_eq!(usage(&t, "acme", "mau").0, "2", "u1 twice is one user");
    // Late records from before the change land in their own day window and in the month.
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "3",
        "--at",
        "2026-01-04T10:00:00Z",
    ]);
    t.ok(&[
        "event",
        "report",
        "acme",
        "login",
        "--idempotency-key",
        "k4",
        "--dimension",
        "user=u3",
        "--at",
        "2026-01-04T10:00:00Z",
    ]);
    assert_eq!(usage(&t, "acme", "calls").0, "15");
    assert_eq!(usage(&t, "acme", "mau").0, "3");
    // And so do imported ones (reported usage and raw events).
    t.write("u.csv", "customerId,featureId,value,timestamp,idempotencyKey\nacme,calls,4,2026-01-02T10:00:00Z,i1\n");
    t.write("e.csv", "customerId,eventName,timestamp,idempotencyKey,dimensions.user\nacme,login,2026-01-02T10:00:00Z,i2,u9\nacme,login,2026-01-05T11:45:00Z,i3,u2\n");
    t.ok(&["usage", "import", "u.csv"]);
    t.ok(&["usage", "import", "e.csv"]);
    assert_eq!(usage(&t, "acme", "calls").0, "19");
    assert_eq!(usage(&t, "acme", "mau").0, "4");
    // A late `--set` sets its own (day) window only: the month keeps what the others count.
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "1",
        "--set",
        "--at",
        "2026-01-04T11:00:00Z",
    ]);
    assert_eq!(usage(&t, "acme", "calls").0, "19");
    // The day windows keep their own history.
    let h = t.json(&[
        "usage",
        "history",
        "acme",
        "calls",
        "--from",
        "2026-01-01T00:00:00Z",
        "--to",
        "2026-01-06T00:00:00Z",
        "--bucket",
        "day",
    ]);
    let values: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["0", "4", "5", "1", "19"], "{h}");
    // A rebuild reproduces every maintained window.
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

#[test]
fn the_same_period_is_not_counted_twice_and_a_reset_on_change_starts_from_zero() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "monthly"]);
    t.ok(&["customer", "create", "beta", "--plan", "fresh-daily"]);
    t.ok(&["clock", "set", "2026-01-05T12:00:00Z"]);
    for c in ["acme", "beta"] {
        t.ok(&[
            "usage",
            "report",
            c,
            "calls",
            "5",
            "--at",
            "2026-01-05T11:00:00Z",
        ]);
    }
    // monthly → daily → monthly: the month window is the one it was, counted once.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "daily",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("5".into(), "2026-01-05T00:00:00Z".into())
    );
    t.ok(&["usage", "report", "acme", "calls", "1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "monthly",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("6".into(), "2026-01-01T00:00:00Z".into())
    );
    // A product that resets usage on a change opens its windows at the change: nothing of
    // before is carried.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "beta",
        "--plan",
        "fresh-monthly",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(
        usage(&t, "beta", "calls"),
        ("0".into(), "2026-01-05T12:00:00Z".into())
    );
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

#[test]
fn a_window_a_coming_change_arranges_counts_records_before_it_happens() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "monthly"]);
    t.ok(&["clock", "set", "2026-01-03T00:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "5"]);
    // A daily promotion until the 10th wins over the plan's month for a while.
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "calls",
        "--limit",
        "5000",
        "--reset",
        "day",
        "--until",
        "2026-01-10T00:00:00Z",
    ]);
    t.ok(&["clock", "set", "2026-01-06T10:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "7"]);
    t.ok(&[
        "event",
        "report",
        "acme",
        "login",
        "--idempotency-key",
        "k1",
        "--dimension",
        "user=u1",
    ]);
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("7".into(), "2026-01-06T00:00:00Z".into())
    );
    // When the promotion ends (a time-driven transition), the plan's month window counts what
    // was recorded in its span, the promotion's days included.
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("12".into(), "2026-01-01T00:00:00Z".into())
    );
    assert_eq!(usage(&t, "acme", "mau").0, "1");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// A promotion that has ended (expired or revoked) still granted while it ran: usage recorded
/// then stays in its windows, in the history, in a rebuild, and for late records.
#[test]
fn an_ended_promotion_still_arranges_the_usage_recorded_while_it_ran() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&["clock", "set", "2026-01-03T06:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "3"]);
    t.ok(&["clock", "set", "2026-01-03T12:00:00Z"]);
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "calls",
        "--limit",
        "5000",
        "--reset",
        "month",
        "--until",
        "2026-01-13T12:00:00Z",
    ]);
    t.ok(&["clock", "set", "2026-01-03T13:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "7"]);
    t.ok(&["clock", "set", "2026-01-05T13:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "1"]);
    let history = |t: &TestEnv| {
        t.json(&[
            "usage",
            "history",
            "acme",
            "calls",
            "--from",
            "2026-01-03T00:00:00Z",
            "--to",
            "2026-01-06T00:00:00Z",
            "--bucket",
            "day",
        ])
    };
    let during = history(&t);
    assert_eq!(during[2]["value"], "8", "{during}");
    // The promotion expires; the days it ran read the same.
    t.ok(&["clock", "set", "2026-01-14T00:00:00Z"]);
    assert_eq!(history(&t), during);
    // A late record from its time counts in its window.
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "2",
        "--at",
        "2026-01-04T10:00:00Z",
    ]);
    assert_eq!(history(&t)[2]["value"], "10");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// A database written before windows were keyed by start and end (schema 3) opens, migrates
/// and keeps every value; rebuilding changes nothing.
#[test]
fn windows_of_schema_3_migrate_with_their_values() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "monthly"]);
    t.ok(&["clock", "set", "2026-01-05T12:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "5"]);
    t.ok(&[
        "event",
        "report",
        "acme",
        "login",
        "--idempotency-key",
        "k1",
        "--dimension",
        "user=u1",
    ]);
    let before = t.sql(
        "SELECT customer_id, feature_id, window_start, value FROM usage_windows ORDER BY 1, 2, 3",
    );
    // Back to the schema-3 tables, as that release left them.
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE w3 (customer_id TEXT NOT NULL, resource_id TEXT NOT NULL, feature_id TEXT NOT NULL,
             window_start INTEGER NOT NULL, window_end INTEGER, value TEXT NOT NULL,
             exceeded INTEGER NOT NULL DEFAULT 0, event_count INTEGER NOT NULL DEFAULT 0,
             sum TEXT NOT NULL DEFAULT '0', min TEXT, max TEXT, distinct_count INTEGER NOT NULL DEFAULT 0,
             PRIMARY KEY (customer_id, resource_id, feature_id, window_start)) STRICT, WITHOUT ROWID;
         INSERT INTO w3 SELECT customer_id, resource_id, feature_id, window_start,
             NULLIF(window_end, 9223372036854775807), value, exceeded, event_count, sum, min, max, distinct_count
             FROM usage_windows;
         CREATE TABLE d3 (customer_id TEXT NOT NULL, resource_id TEXT NOT NULL, feature_id TEXT NOT NULL,
             window_start INTEGER NOT NULL, value TEXT NOT NULL,
             PRIMARY KEY (customer_id, resource_id, feature_id, window_start, value)) STRICT, WITHOUT ROWID;
         INSERT INTO d3 SELECT customer_id, resource_id, feature_id, window_start, value FROM usage_distinct;
         DROP TABLE usage_windows; DROP TABLE usage_distinct;
         DROP VIEW credit_entries; DROP VIEW credit_ledger_all; DROP TABLE credit_ledger_runs;
         DROP TRIGGER credit_ledger_numbers; DROP TRIGGER events_numbers;
         DROP TRIGGER package_versions_keep_key; DROP TRIGGER package_versions_keep_own_key; DROP TABLE credit_requests; DROP TABLE credit_ledger;
         DROP TABLE credit_pools; DROP TABLE credit_grants;
         DROP INDEX subscriptions_credit_due; ALTER TABLE subscriptions DROP COLUMN credit_due;
         DROP TABLE credit_auto_recharge;
         ALTER TABLE w3 RENAME TO usage_windows; ALTER TABLE d3 RENAME TO usage_distinct;
         UPDATE usage_windows SET value = '999' WHERE feature_id = 'calls';
         DROP TABLE event_batches;
         PRAGMA user_version = 3;
         COMMIT;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(usage(&t, "acme", "calls").0, "5");
    assert_eq!(t.sql("PRAGMA user_version"), "12");
    // The rebuild the migration asked for was done by that first command.
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM meta WHERE key = 'usage_rebuild'"),
        "0"
    );
    assert_eq!(
        t.sql("SELECT customer_id, feature_id, window_start, value FROM usage_windows ORDER BY 1, 2, 3"),
        before
    );
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM usage_distinct WHERE window_end < 9223372036854775807"),
        "1"
    );
    // The distinct value migrated with its window: the same user again is no new user.
    t.ok(&[
        "event",
        "report",
        "acme",
        "login",
        "--idempotency-key",
        "k2",
        "--dimension",
        "user=u1",
    ]);
    assert_eq!(usage(&t, "acme", "mau").0, "1");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// A new window may start where an old one did (a calendar week and the day of its Monday):
/// they are different windows, and a change that resets usage takes nothing from the old one.
#[test]
fn a_window_starting_where_an_old_one_did_is_another_window() {
    let t = env();
    t.ok(&["customer", "create", "beta", "--plan", "fresh-daily"]);
    // 2026-01-05 is a Monday.
    t.ok(&["clock", "set", "2026-01-05T06:00:00Z"]);
    t.ok(&["usage", "report", "beta", "calls", "5"]);
    t.ok(&["clock", "set", "2026-01-06T12:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "beta",
        "--plan",
        "fresh-week",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(
        usage(&t, "beta", "calls"),
        ("0".into(), "2026-01-05T00:00:00Z".into())
    );
    t.ok(&["usage", "report", "beta", "calls", "10"]);
    t.ok(&[
        "usage",
        "report",
        "beta",
        "calls",
        "4",
        "--at",
        "2026-01-05T08:00:00Z",
    ]);
    assert_eq!(usage(&t, "beta", "calls").0, "10");
    // The Monday's day window keeps its own value.
    assert_eq!(
        t.sql("SELECT value FROM usage_windows WHERE customer_id = 'beta' ORDER BY window_start, window_end"),
        "9\n10"
    );
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// An imported late row that takes a window a later change arranges over its limit is
/// signalled as a single report would signal it: once for its own window, once for that one.
#[test]
fn an_imported_late_row_signals_the_windows_it_takes_over_their_limits() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&["clock", "set", "2026-01-05T12:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "monthly",
        "--schedule",
        "immediate",
    ]);
    t.ok(&["clock", "set", "2026-01-06T12:00:00Z"]);
    t.write(
        "late.csv",
        "customerId,featureId,value,timestamp,idempotencyKey\nacme,calls,2000,2026-01-03T00:00:00Z,k1\n",
    );
    t.ok(&["usage", "import", "late.csv"]);
    assert_eq!(usage(&t, "acme", "calls").0, "2000");
    let exceeded = t.sql(
        "SELECT group_concat(json_extract(payload, '$.usageLimit') || '@' || json_extract(payload, '$.usagePeriodStart'), ' ')
         FROM events WHERE type = 'entitlement.usage_exceeded'",
    );
    assert_eq!(
        exceeded,
        "100@2026-01-03T00:00:00Z 1000@2026-01-01T00:00:00Z"
    );
    // Importing it again changes nothing and signals nothing more.
    t.ok(&["usage", "import", "late.csv"]);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'"),
        "2"
    );
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// A reset on change opens a new window at the change even where the new settings' window
/// has the very bounds of the old one (a month from the 1st, then a calendar month): it counts
/// from the change.
#[test]
fn a_reset_on_change_counts_from_the_change_whatever_the_bounds() {
    let t = env();
    t.ok(&["customer", "create", "beta", "--plan", "fresh-monthly"]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&["usage", "report", "beta", "calls", "9"]);
    t.ok(&["clock", "set", "2026-01-10T06:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "beta",
        "--plan",
        "fresh-calendar",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(
        usage(&t, "beta", "calls"),
        ("0".into(), "2026-01-01T00:00:00Z".into())
    );
    t.ok(&[
        "usage",
        "report",
        "beta",
        "calls",
        "2",
        "--at",
        "2026-01-10T03:00:00Z",
    ]);
    t.ok(&["usage", "report", "beta", "calls", "1"]);
    assert_eq!(usage(&t, "beta", "calls").0, "1");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
    // The next calendar month is whole.
    t.ok(&["clock", "set", "2026-02-03T00:00:00Z"]);
    assert_eq!(
        usage(&t, "beta", "calls"),
        ("0".into(), "2026-02-01T00:00:00Z".into())
    );
}

/// A change made in place (a migration to a new version) keeps what the subscription granted
/// before: usage recorded then stays in the old version's windows (history, late records) and
/// counts in the new version's window too.
#[test]
fn a_migration_keeps_the_windows_of_the_version_before_it() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&["clock", "set", "2026-02-03T15:45:00Z"]);
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "4",
        "--at",
        "2026-02-03T10:00:00Z",
    ]);
    t.ok(&["plan", "draft", "daily"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "daily",
        "calls",
        "--limit",
        "20",
        "--reset",
        "week",
        "--reset-anchor",
        "every-wednesday",
    ]);
    t.ok(&["plan", "publish", "daily", "--migrate", "all-customers"]);
    // Wednesday 2026-01-28 .. 2026-02-04: the day's 4 is in it.
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("4".into(), "2026-01-28T00:00:00Z".into())
    );
    // A late record from before the migration: its day window (version 1, limit 100) and the
    // week (version 2, limit 20).
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "25",
        "--at",
        "2026-02-02T12:00:00Z",
    ]);
    assert_eq!(usage(&t, "acme", "calls").0, "29");
    let h = t.json(&[
        "usage",
        "history",
        "acme",
        "calls",
        "--from",
        "2026-02-02T00:00:00Z",
        "--to",
        "2026-02-03T12:00:00Z",
        "--bucket",
        "day",
    ]);
    let points: Vec<(&str, &str)> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["value"].as_str().unwrap(),
                p["usagePeriodStart"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        points,
        [
            ("25", "2026-02-02T00:00:00Z"),
            ("4", "2026-02-03T00:00:00Z")
        ],
        "{h}"
    );
    let exceeded = t.sql(
        "SELECT group_concat(json_extract(payload, '$.usageLimit'), ' ') FROM events WHERE type = 'entitlement.usage_exceeded'",
    );
    assert_eq!(exceeded, "20");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// `usageResetOnChange: billing-period-change` resets usage when `subscription update` changes
/// the billing period (Stigg's usage cutoff on an update); what was recorded before stays in
/// its window.
#[test]
fn a_billing_period_update_resets_usage_where_the_product_says_so() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "billed-month",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "5"]);
    t.ok(&["clock", "set", "2026-01-10T06:00:00Z"]);
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "annually",
    ]);
    assert_eq!(
        usage(&t, "acme", "calls"),
        ("0".into(), "2026-01-10T06:00:00Z".into())
    );
    t.ok(&["usage", "report", "acme", "calls", "2"]);
    t.ok(&[
        "usage",
        "report",
        "acme",
        "calls",
        "1",
        "--at",
        "2026-01-05T00:00:00Z",
    ]);
    assert_eq!(usage(&t, "acme", "calls").0, "2");
    let h = t.json(&[
        "usage",
        "history",
        "acme",
        "calls",
        "--from",
        "2026-01-10T00:00:00Z",
        "--to",
        "2026-01-10T01:00:00Z",
        "--bucket",
        "hour",
    ]);
    assert_eq!(h[0]["value"], "6", "{h}");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// A window is signalled once, however often recounts take it away and bring it back (here:
/// migrations back and forth at one instant).
#[test]
fn a_window_that_comes_back_is_not_signalled_again() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&["clock", "set", "2026-02-01T10:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "16"]);
    t.ok(&["clock", "set", "2026-02-02T10:00:00Z"]);
    t.ok(&["usage", "report", "acme", "calls", "16"]);
    t.ok(&["clock", "set", "2026-02-03T15:45:00Z"]);
    for (limit, reset) in [
        ("30", "week"),
        ("100", "day"),
        ("30", "week"),
        ("100", "day"),
        ("30", "week"),
    ] {
        t.ok(&["plan", "draft", "daily"]);
        t.ok(&[
            "plan",
            "entitlement",
            "set",
            "daily",
            "calls",
            "--limit",
            limit,
            "--reset",
            reset,
        ]);
        t.ok(&["plan", "publish", "daily", "--migrate", "all-customers"]);
    }
    assert_eq!(usage(&t, "acme", "calls").0, "32");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'"),
        "1"
    );
    // A report into it later does not signal it again either.
    t.ok(&["usage", "report", "acme", "calls", "1"]);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'"),
        "1"
    );
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

/// Raw events stored before their customer existed count as soon as a command gives the
/// customer entitlements covering them (here: an import of a backdated subscription).
#[test]
fn events_stored_before_their_customer_count_once_it_is_subscribed() {
    let t = env();
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    for (key, user) in [("k1", "u1"), ("k2", "u2")] {
        t.ok(&[
            "event",
            "report",
            "newc",
            "login",
            "--idempotency-key",
            key,
            "--dimension",
            &format!("user={user}"),
            "--at",
            "2026-01-02T00:00:00Z",
        ]);
    }
    t.write("c.csv", "customerId\nnewc\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,startDate\ns1,newc,monthly,2026-01-01T00:00:00Z\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    assert_eq!(usage(&t, "newc", "mau").0, "2");
    assert_eq!(recalculation_changes(&t), serde_json::json!([]));
}

const MONTH_THEN_DAY: &str = r#"
features:
  - {id: r, type: number, meter: incremental}
  - {id: ev, type: number, meter: incremental, eventMeter: {aggregation: {function: COUNT}}}
products:
  - id: prod
    plans:
      - {id: p1, pricing: free, entitlements: {r: {limit: 10, reset: month}, ev: {limit: 10, reset: month}}}
      - {id: p2, pricing: free, entitlements: {r: {limit: 10, reset: day}, ev: {limit: 10, reset: day}}}
"#;

/// A clock-set environment at `at` with MONTH_THEN_DAY applied and customer `c` on `plan`.
fn month_then_day(at: &str, plan: &str) -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t.write("c.yaml", MONTH_THEN_DAY);
    t.ok(&["--now", at, "clock", "set", at]);
    t.ok(&["catalog", "apply", "c.yaml"]);
    t.ok(&["customer", "create", "c", "--plan", plan]);
    t
}

/// An import's rows in one window of the plan before a change reuse what the first of them
/// found about windows the next plan arranges: a later row inside the next plan's first window
/// (its day began before the change) went uncounted there until `usage recalculate` — when
/// an earlier row of the same month had been imported first. Imports, single reports and the
/// recount agree, whatever the rows' order.
#[test]
fn import_rows_before_a_change_count_in_the_window_the_change_arranges() {
    // Before the change (monthly), the change's day before it, after it.
    let times = [
        "2024-03-04T14:47:21Z",
        "2024-03-10T06:15:01Z",
        "2024-03-09T23:59:59Z",
        "2024-03-10T00:00:00Z",
        "2024-03-10T08:00:00Z",
        "2024-03-02T00:00:00Z",
    ];
    let setup = || {
        let t = month_then_day("2024-03-01T00:00:00Z", "p1");
        t.ok(&["clock", "set", "2024-03-10T07:30:00Z"]);
        t.ok(&["subscription", "create", "--customer", "c", "--plan", "p2"]);
        t.ok(&["clock", "set", "2024-03-10T12:00:00Z"]);
        t
    };
    for n in 2..=times.len() {
        let rows = &times[..n];
        let (a, b) = (setup(), setup());
        let mut reports = String::from("customerId,featureId,value,timestamp,idempotencyKey\n");
        let mut events = String::from("customerId,eventName,timestamp,idempotencyKey\n");
        for (i, at) in rows.iter().enumerate() {
            reports.push_str(&format!("c,r,{},{at},k{i}\n", i + 1));
            events.push_str(&format!("c,x,{at},e{i}\n"));
            b.ok(&[
                "usage",
                "report",
                "c",
                "r",
                &(i + 1).to_string(),
                "--at",
                at,
            ]);
            b.ok(&[
                "event",
                "report",
                "c",
                "x",
                "--idempotency-key",
                &format!("e{i}"),
                "--at",
                at,
            ]);
        }
        a.write("r.csv", &reports);
        a.write("e.csv", &events);
        a.ok(&["usage", "import", "r.csv"]);
        a.ok(&["usage", "import", "e.csv"]);
        for f in ["r", "ev"] {
            let (_, x) = check(&a, &["c", f]);
            let (_, y) = check(&b, &["c", f]);
            assert_eq!(x["currentUsage"], y["currentUsage"], "{f}, {n} rows");
        }
        for t in [&a, &b] {
            let o = t.run(&["usage", "recalculate"]);
            assert!(
                o.stderr.contains(" 0 changed"),
                "{n} rows: {}{}",
                o.stdout,
                o.stderr
            );
        }
    }
}

/// A recount merging windows whose sum is past what a decimal holds keeps what it can hold:
/// the record that does not fit is not counted there (as a raw event's sum), the others are —
/// it dropped them all (the window fell to 0 at the first overflow).
#[test]
fn a_recount_past_the_decimal_range_keeps_what_the_window_holds() {
    let t = month_then_day("2024-03-01T00:00:00Z", "p2");
    t.ok(&["clock", "set", "2024-03-03T00:00:00Z"]);
    t.ok(&[
        "usage",
        "report",
        "c",
        "r",
        "50000000000000000000000000000",
        "--at",
        "2024-03-01T01:00:00Z",
    ]);
    t.ok(&[
        "usage",
        "report",
        "c",
        "r",
        "30000000000000000000000000000",
        "--at",
        "2024-03-02T01:00:00Z",
    ]);
    t.ok(&["usage", "report", "c", "r", "7"]);
    t.ok(&["subscription", "create", "--customer", "c", "--plan", "p1"]);
    let (_, v) = check(&t, &["c", "r"]);
    assert_eq!(v["currentUsage"], "50000000000000000000000000007");
    let o = t.run(&["usage", "recalculate"]);
    assert!(o.stderr.contains(" 0 changed"), "{}{}", o.stdout, o.stderr);
}

/// A bucket's reset marker does not depend on where the range starts: the first bucket is
/// marked by the window it steps from (it was never marked), and a customer's first
/// subscription starts counting without a reset.
#[test]
fn history_marks_a_bucket_the_same_whatever_the_range() {
    let t = month_then_day("2024-01-31T10:00:00Z", "p1");
    t.ok(&["usage", "report", "c", "r", "3"]);
    t.ok(&["clock", "set", "2024-03-05T00:00:00Z"]);
    let marks = |from: &str, bucket: &str| -> Vec<(String, Option<String>)> {
        t.json(&[
            "usage", "history", "c", "r", "--from", from, "--bucket", bucket,
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["timestamp"].as_str().unwrap().to_string(),
                p["marker"].as_str().map(String::from),
            )
        })
        .collect()
    };
    let whole = marks("2024-01-01T00:00:00Z", "month");
    assert_eq!(
        whole,
        [
            ("2024-01-01T00:00:00Z".to_string(), None),
            (
                "2024-02-01T00:00:00Z".to_string(),
                Some("PERIODIC_RESET".to_string())
            ),
            // (The month from Jan 31 10:00 ends Feb 29 10:00 — inside February's bucket —
            // and the next one counts through March's.)
            ("2024-03-01T00:00:00Z".to_string(), None),
        ]
    );
    assert_eq!(marks("2024-02-01T00:00:00Z", "month"), whole[1..]);
    assert_eq!(marks("2024-03-01T00:00:00Z", "month"), whole[2..]);
    let days = marks("2024-02-27T00:00:00Z", "day");
    assert_eq!(marks("2024-02-29T00:00:00Z", "day"), days[2..]);
    assert_eq!(days[2].1.as_deref(), Some("PERIODIC_RESET"), "{days:?}");
}

/// An import's delta counts in the windows a later change arranges as it arrives, as a single
/// report's does: a later row of the file counting there sees it, and is refused where the
/// report would be (the import accepted a row `usage report` refuses: the window it read had
/// not counted the earlier rows carried into it).
#[test]
fn an_import_refuses_what_single_reports_refuse_in_carried_windows() {
    let setup = || {
        let t = month_then_day("2024-03-01T00:00:00Z", "p2"); // daily
        t.ok(&["clock", "set", "2024-03-10T07:30:00Z"]);
        t.ok(&["subscription", "create", "--customer", "c", "--plan", "p1"]); // monthly from here
        t.ok(&["clock", "set", "2024-03-20T00:00:00Z"]);
        t
    };
    let rows = [
        ("1", "2024-03-11T00:00:00Z", false),
        ("13", "2024-03-09T21:00:00Z", true),
        ("-2", "2024-03-09T05:00:00Z", false),
        ("-1", "2024-03-12T00:00:00Z", false),
    ];
    let single = setup();
    let mut codes = Vec::new();
    for (v, at, set) in rows {
        let mut a = vec!["usage", "report", "c", "r", v, "--at", at];
        if set {
            a.push("--set");
        }
        codes.push(single.run(&a).code);
    }
    // The -2 dated in the old plan's day (which holds 13) also counts in the month the change
    // arranges, which holds 1: refused there (it was cut off at zero, silently); the -1 after
    // it then fits.
    assert_eq!(codes, [0, 0, 1, 0]);
    let mut csv =
        String::from("customerId,featureId,value,timestamp,idempotencyKey,updateBehavior\n");
    for (i, (v, at, set)) in rows.iter().enumerate() {
        csv.push_str(&format!(
            "c,r,{v},{at},k{i},{}\n",
            if *set { "SET" } else { "" }
        ));
    }
    let import = setup();
    import.write("v.csv", &csv);
    let e = import.fails(&["usage", "import", "v.csv"], 65);
    assert!(
        e.contains("v.csv:4") && e.contains("below zero") && e.contains("later change arranges"),
        "{e}"
    );
    assert!(!e.contains("v.csv:5"), "{e}");
    assert_eq!(import.sql("SELECT COUNT(*) FROM usage_reports"), "0");
    import.ok(&[
        "usage",
        "import",
        "v.csv",
        "--skip-invalid",
        "--rejects",
        "bad.csv",
    ]);
    assert_eq!(
        check(&import, &["c", "r"]).1["currentUsage"],
        check(&single, &["c", "r"]).1["currentUsage"]
    );
    for t in [&single, &import] {
        let o = t.run(&["usage", "recalculate"]);
        assert!(o.stderr.contains(" 0 changed"), "{}{}", o.stdout, o.stderr);
    }
}

/// A limit a catch-up step's plan change takes usage over is signalled with the step's
/// instant, not the command's (it was stamped weeks after the window it named had ended). It
/// is logged when the command ends, after the later steps' events: a recount reads every raw
/// event, once per command, not once per step.
#[test]
fn a_recount_by_a_catch_up_step_is_signalled_at_the_steps_instant() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-15T00:00:00Z"]);
    t.write(
        "w.yaml",
        r#"
features:
  - { id: calls, type: number, meter: incremental }
products:
  - id: app
    usageResetOnChange: never
    plans:
      - id: daily
        pricing: free
        entitlements:
          calls: { limit: 5, reset: day }
      - id: calendar
        pricing: free
        entitlements:
          calls: { limit: 10, reset: { period: month, anchor: start-of-month } }
"#,
    );
    t.ok(&["catalog", "apply", "w.yaml"]);
    t.ok(&["customer", "create", "acme", "--plan", "daily"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "calendar",
        "--start",
        "2026-02-15T00:00:00Z",
    ]);
    t.ok(&["clock", "set", "2026-02-03T12:00:00Z"]);
    for d in ["01", "02", "03"] {
        let at = format!("2026-02-{d}T06:00:00Z");
        t.ok(&["usage", "report", "acme", "calls", "4", "--at", &at]);
    }
    let signals = "SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'";
    assert_eq!(t.sql(signals), "0");
    t.ok(&["clock", "set", "2026-03-20T00:00:00Z"]);
    assert_eq!(t.sql(signals), "1");
    let at = t.sql("SELECT occurred_at FROM events WHERE type = 'entitlement.usage_exceeded'");
    assert!(at.starts_with("2026-02-15T00:00:00"), "{at}");
    let actor = t.sql("SELECT actor FROM events WHERE type = 'entitlement.usage_exceeded'");
    assert_eq!(actor, "SCHEDULER");
}

/// A window that a promotion with its own reset sets aside is judged by its limit only when it
/// is in force again: usage carried into it while the promotion runs signals nothing then (a
/// false "usage exceeded" with the promotion's more generous limit in force), and signals at
/// the promotion's end — or never, if the promotion outlives it. Single reports and imports
/// alike.
#[test]
fn a_window_set_aside_by_a_promotion_is_signalled_when_it_is_in_force_again() {
    for import in [false, true] {
        for until in ["2026-01-10T00:00:00Z", "2026-03-10T00:00:00Z"] {
            let mut t = TestEnv::with_starter();
            t.now = None;
            t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
            t.ok(&["customer", "create", "acme"]); // free: exports 5 a calendar month
            t.ok(&["usage", "report", "acme", "exports", "4"]);
            t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
            t.ok(&[
                "entitlement",
                "grant",
                "acme",
                "exports",
                "--limit",
                "10",
                "--reset",
                "day",
                "--until",
                until,
            ]);
            if import {
                t.write(
                    "u.csv",
                    "customerId,featureId,value,idempotencyKey\nacme,exports,6,k1\n",
                );
                t.ok(&["usage", "import", "u.csv"]);
            } else {
                t.ok(&["usage", "report", "acme", "exports", "6"]);
            }
            let signals = || signal_times(&t);
            // 6 of the promotion's 10 today: nothing is over the limit in force.
            assert_eq!(signals(), "", "import {import}, until {until}");
            t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
            if until.starts_with("2026-01-10") {
                // The plan's month is in force again from the 10th, 10 over its 5.
                assert!(
                    signals().starts_with("2026-01-10T00:00:00"),
                    "import {import}: {}",
                    signals()
                );
            } else {
                assert_eq!(signals(), "", "import {import}, until {until}");
            }
            assert_eq!(
                t.json(&["usage", "recalculate"]),
                serde_json::json!([]),
                "import {import}, until {until}"
            );
        }
    }
}

/// A cumulative count (no reset) is set aside alike while a promotion with a reset wins: no
/// signal then, one when the plan's count is in force again.
#[test]
fn a_cumulative_count_set_aside_by_a_promotion_is_signalled_when_it_is_in_force_again() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.write(
        "c.yaml",
        r#"
features:
  - { id: calls, type: number, meter: incremental }
  - { id: seats, type: number, meter: fluctuating }
products:
  - id: app
    plans:
      - id: p
        pricing: free
        entitlements:
          calls: { limit: 5 }
          seats: { limit: 2 }
"#,
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    t.ok(&["customer", "create", "acme", "--plan", "p"]);
    t.ok(&["usage", "report", "acme", "calls", "4"]);
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "calls",
        "--limit",
        "10",
        "--reset",
        "day",
        "--until",
        "2026-01-10T00:00:00Z",
    ]);
    t.ok(&["usage", "report", "acme", "calls", "6"]);
    let signals = || signal_times(&t);
    assert_eq!(signals(), "");
    // A level is one window whatever wins: over its limit, signalled at once.
    t.ok(&["usage", "report", "acme", "seats", "3", "--set"]);
    assert_eq!(signals().split(' ').count(), 1);
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    let s = signals();
    let all: Vec<&str> = s.split(' ').collect();
    assert_eq!(all.len(), 2, "{s}");
    assert!(all[1].starts_with("2026-01-10T00:00:00"), "{s}");
    assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
}

/// A window is judged by its limit once it is in force with the usage that takes it over: a
/// late record into a window that was in force at its instant is signalled as it arrives
/// (single report or import), even while a promotion now sets the window aside — once, not
/// again at the promotion's end weeks after the window ended.
#[test]
fn a_window_is_judged_once_it_is_in_force_with_the_usage() {
    let signals = signal_times;
    let start = || {
        let mut t = TestEnv::with_starter();
        t.now = None;
        t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
        t.ok(&["customer", "create", "a"]); // free: exports 5 a calendar month
        t
    };
    for import in [false, true] {
        let t = start();
        t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
        t.ok(&[
            "entitlement",
            "grant",
            "a",
            "exports",
            "--limit",
            "10",
            "--reset",
            "day",
            "--until",
            "2026-02-20T00:00:00Z",
        ]);
        t.ok(&["clock", "set", "2026-01-25T00:00:00Z"]);
        if import {
            t.write(
                "u.csv",
                "customerId,featureId,value,timestamp,idempotencyKey\na,exports,7,2026-01-10T00:00:00Z,k\n",
            );
            t.ok(&["usage", "import", "u.csv"]);
        } else {
            t.ok(&[
                "usage",
                "report",
                "a",
                "exports",
                "7",
                "--at",
                "2026-01-10T00:00:00Z",
            ]);
        }
        // On the 10th the plan's month was in force, and 7 is over its 5: said as it arrives.
        assert!(
            signals(&t).starts_with("2026-01-25T00:00:00"),
            "import {import}: {}",
            signals(&t)
        );
        t.ok(&["clock", "set", "2026-03-01T00:00:00Z"]);
        assert_eq!(signals(&t).split(' ').count(), 1, "import {import}");
        assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
    }
    let t = start();
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    let grant = |until: &str| {
        t.ok(&[
            "entitlement",
            "grant",
            "a",
            "exports",
            "--limit",
            "10",
            "--reset",
            "day",
            "--until",
            until,
        ]);
    };
    grant("2026-01-20T00:00:00Z");
    t.ok(&["usage", "report", "a", "exports", "7"]);
    assert_eq!(signals(&t), "");
    // Granted again, the promotion starts anew on the 10th (it replaces the record): the 7 of
    // the 5th then counts under the plan's month, in force that day — over its 5, signalled by
    // the grant that made it so; and only once, though the new promotion outlives the month.
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    grant("2026-02-10T00:00:00Z");
    assert!(
        signals(&t).starts_with("2026-01-10T00:00:00"),
        "{}",
        signals(&t)
    );
    t.ok(&["clock", "set", "2026-03-01T00:00:00Z"]);
    assert_eq!(signals(&t).split(' ').count(), 1);
    assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
}

/// A level is the state now: a promotion that ends lowers its limit below the level, and the
/// recount its end makes signals it then (it waited for the next report).
#[test]
fn a_level_over_the_limit_a_promotions_end_restores_is_signalled_then() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.ok(&["customer", "create", "c1"]); // free: 2 seats
    t.ok(&[
        "entitlement",
        "grant",
        "c1",
        "seats",
        "--limit",
        "10",
        "--until",
        "2026-01-20T00:00:00Z",
    ]);
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    t.ok(&["usage", "report", "c1", "seats", "5", "--set"]);
    let signals = || {
        t.sql(
            "SELECT COALESCE(group_concat(occurred_at || '/' || json_extract(payload, '$.usageLimit'), ' '), '')
             FROM events WHERE type = 'entitlement.usage_exceeded'",
        )
    };
    assert_eq!(signals(), "");
    t.ok(&["clock", "set", "2026-01-25T00:00:00Z"]);
    let s = signals();
    assert!(
        s.starts_with("2026-01-20T00:00:00") && s.ends_with("/2"),
        "{s}"
    );
    assert_eq!(s.split(' ').count(), 1, "{s}");
    assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
}

/// A promotion's end that a report's own catch-up reaches is judged before the report: the
/// plan's month over its limit is signalled at the promotion's end by the scheduler, with the
/// usage it had then — not by the report, with its own.
#[test]
fn a_promotions_end_caught_up_by_a_report_is_signalled_at_its_end() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.ok(&["customer", "create", "c1"]); // free: exports 5 a calendar month
    t.ok(&["clock", "set", "2026-01-02T00:00:00Z"]);
    t.ok(&[
        "entitlement",
        "grant",
        "c1",
        "exports",
        "--limit",
        "30",
        "--reset",
        "day",
        "--until",
        "2026-01-06T00:00:00Z",
    ]);
    t.ok(&["usage", "report", "c1", "exports", "25"]);
    assert_eq!(signal_times(&t), "");
    t.ok(&[
        "--now",
        "2026-01-08T00:00:00Z",
        "usage",
        "report",
        "c1",
        "exports",
        "1",
    ]);
    let got = t.sql(
        "SELECT occurred_at || ' ' || actor || ' ' || json_extract(payload, '$.currentUsage')
         FROM events WHERE type = 'entitlement.usage_exceeded'",
    );
    assert_eq!(got, "2026-01-06T00:00:00.000000Z SCHEDULER 25");
}

/// A late report of a level is judged by the limit in force now, not the one at its instant:
/// no signal when the level is under the limit now (over the old one), a signal when it is over
/// the limit now (under the old one) — single reports and imports alike.
#[test]
fn a_late_level_report_is_judged_by_the_limit_in_force_now() {
    for import in [false, true] {
        for (first, then, over) in [("p3", "p8", false), ("p8", "p3", true)] {
            let mut t = TestEnv::new();
            t.now = None;
            t.ok(&["clock", "set", "2027-01-01T00:00:00Z"]);
            t.write(
                "l.yaml",
                r#"
features:
  - { id: lvl, type: number, meter: fluctuating }
products:
  - id: app
    plans:
      - { id: p3, pricing: free, entitlements: { lvl: { limit: 3 } } }
      - { id: p8, pricing: free, entitlements: { lvl: { limit: 8 } } }
"#,
            );
            t.ok(&["catalog", "apply", "l.yaml"]);
            t.ok(&["customer", "create", "c1", "--plan", first]);
            t.ok(&["clock", "set", "2027-01-03T00:00:00Z"]);
            t.ok(&["subscription", "create", "--customer", "c1", "--plan", then]);
            t.ok(&["clock", "set", "2027-01-04T00:00:00Z"]);
            t.ok(&["usage", "report", "c1", "lvl", "2"]);
            if import {
                t.write(
                    "u.csv",
                    "customerId,featureId,value,timestamp,idempotencyKey\nc1,lvl,4,2027-01-02T12:00:00Z,k\n",
                );
                t.ok(&["usage", "import", "u.csv"]);
            } else {
                t.ok(&[
                    "usage",
                    "report",
                    "c1",
                    "lvl",
                    "4",
                    "--at",
                    "2027-01-02T12:00:00Z",
                ]);
            }
            // The level is 6 now: over 3, under 8.
            let s = signal_times(&t);
            assert_eq!(
                !s.is_empty(),
                over,
                "import {import}, {first} then {then}: {s}"
            );
        }
    }
}

/// An import judges each row by the limit in force at its instant, as single reports do, when
/// what wins changes inside one window: a late row under the old, higher limit, then a row under
/// the new, lower one — signalled (the import judged both by the first row's limit).
#[test]
fn an_import_judges_each_row_by_the_limit_at_its_instant_inside_one_window() {
    let mut events = Vec::new();
    for import in [false, true] {
        let mut t = TestEnv::new();
        t.now = None;
        t.ok(&["clock", "set", "2027-01-01T00:00:00Z"]);
        t.write(
            "m.yaml",
            r#"
features:
  - { id: calls, type: number, meter: incremental }
products:
  - id: app
    usageResetOnChange: never
    plans:
      - id: m20
        pricing: free
        entitlements:
          calls: { limit: 20, reset: { period: month, anchor: start-of-month } }
      - id: m10
        pricing: free
        entitlements:
          calls: { limit: 10, reset: { period: month, anchor: start-of-month } }
"#,
        );
        t.ok(&["catalog", "apply", "m.yaml"]);
        t.ok(&["customer", "create", "c1", "--plan", "m20"]);
        t.ok(&["clock", "set", "2027-01-02T00:00:00Z"]);
        t.ok(&["usage", "report", "c1", "calls", "15"]);
        t.ok(&["clock", "set", "2027-01-10T00:00:00Z"]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "c1",
            "--plan",
            "m10",
        ]);
        t.ok(&["clock", "set", "2027-01-11T00:00:00Z"]);
        if import {
            t.write(
                "u.csv",
                "customerId,featureId,value,timestamp,idempotencyKey\n\
                 c1,calls,1,2027-01-05T00:00:00Z,k1\nc1,calls,1,,k2\n",
            );
            t.ok(&["usage", "import", "u.csv"]);
        } else {
            t.ok(&[
                "usage",
                "report",
                "c1",
                "calls",
                "1",
                "--at",
                "2027-01-05T00:00:00Z",
            ]);
            t.ok(&["usage", "report", "c1", "calls", "1"]);
        }
        events.push(t.sql(
            "SELECT group_concat(occurred_at || ' ' || json_extract(payload, '$.usageLimit') || ' ' || json_extract(payload, '$.currentUsage'), '; ')
             FROM events WHERE type = 'entitlement.usage_exceeded'",
        ));
    }
    assert_eq!(events[0], "2027-01-11T00:00:00.000000Z 10 17");
    assert_eq!(events[1], events[0]);
}

/// Raw events imported fold into the windows a later change arranges row by row, as single
/// `event report`s do: a crossing there is signalled at the row that makes it, with the value
/// the window had then (the import judged without the late row: a value the window never had).
#[test]
fn imported_events_carried_into_a_later_window_cross_as_single_reports_do() {
    let mut got = Vec::new();
    for import in [false, true] {
        let mut t = TestEnv::new();
        t.now = None;
        t.ok(&["clock", "set", "2027-01-01T00:00:00Z"]);
        t.write(
            "e.yaml",
            r#"
features:
  - id: evsum
    type: number
    meter: incremental
    eventMeter:
      filters: [{ conditions: [{ field: eventName, operation: EQUALS, value: sum }] }]
      aggregation: { function: SUM, field: n }
products:
  - id: app
    usageResetOnChange: never
    plans:
      - { id: daily, pricing: free, entitlements: { evsum: { limit: 10, reset: day } } }
      - { id: monthly, pricing: free, entitlements: { evsum: { limit: 20, reset: month } } }
"#,
        );
        t.ok(&["catalog", "apply", "e.yaml"]);
        t.ok(&["customer", "create", "c1", "--plan", "daily"]);
        t.ok(&["clock", "set", "2027-01-03T12:00:00Z"]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "c1",
            "--plan",
            "monthly",
        ]);
        t.ok(&["clock", "set", "2027-01-05T00:00:00Z"]);
        let rows = [
            ("a", "2027-01-02T01:00:00Z", "9"),
            ("b", "2027-01-04T01:00:00Z", "9"),
            ("c", "2027-01-04T02:00:00Z", "9"),
            ("d", "2027-01-04T03:00:00Z", "5"),
        ];
        if import {
            let mut csv =
                String::from("customerId,eventName,timestamp,idempotencyKey,dimensions.n\n");
            for (k, at, n) in rows {
                csv.push_str(&format!("c1,sum,{at},{k},{n}\n"));
            }
            t.write("e.csv", &csv);
            t.ok(&["usage", "import", "e.csv"]);
        } else {
            for (k, at, n) in rows {
                let dim = format!("n={n}");
                t.ok(&[
                    "event",
                    "report",
                    "c1",
                    "sum",
                    "--idempotency-key",
                    k,
                    "--at",
                    at,
                    "--dimension",
                    &dim,
                ]);
            }
        }
        got.push(t.sql(
            "SELECT group_concat(json_extract(payload, '$.usagePeriodStart') || ' ' || json_extract(payload, '$.currentUsage'), '; ')
             FROM events WHERE type = 'entitlement.usage_exceeded'",
        ));
        assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
    }
    assert_eq!(got[0], "2027-01-01T00:00:00Z 27");
    assert_eq!(got[1], got[0]);
}

/// A window met as a row's own (the plan's month, in force at the file's first row) is not
/// judged by later rows that a promotion's window holds while the promotion is the one in
/// force: the import signalled the plan's month at once, with the usage then (and, marked
/// signalled, never at the promotion's end); single reports signal the promotion's day now and
/// the plan's month at the promotion's end, with all of it. Reported usage and raw events alike.
#[test]
fn an_import_waits_for_the_promotions_end_to_judge_the_plans_window() {
    let catalog = r#"
features:
  - { id: calls, type: number, meter: incremental }
  - id: hits
    type: number
    meter: incremental
    eventMeter: { filters: [], aggregation: { function: SUM, field: n } }
products:
  - id: p
    plans:
      - id: small
        pricing: free
        entitlements:
          calls: { limit: 10, reset: month }
          hits: { limit: 10, reset: month }
"#;
    let rows = [
        ("k1", "2024-01-01T05:00:00Z", "2"),
        ("k2", "2024-01-02T05:00:00Z", "6"),
        ("k3", "2024-01-02T06:00:00Z", "6"),
        ("k4", "2024-01-03T06:00:00Z", "1"),
    ];
    let mut got = Vec::new();
    for (feature, import) in [
        ("calls", false),
        ("calls", true),
        ("hits", false),
        ("hits", true),
    ] {
        let mut t = TestEnv::new();
        t.now = None;
        t.ok(&["clock", "set", "2024-01-01T00:00:00Z"]);
        t.write("p.yaml", catalog);
        t.ok(&["catalog", "apply", "p.yaml"]);
        t.ok(&["customer", "create", "c", "--plan", "small"]);
        t.ok(&["clock", "set", "2024-01-02T00:00:00Z"]);
        t.ok(&[
            "entitlement",
            "grant",
            "c",
            feature,
            "--limit",
            "11",
            "--reset",
            "day",
            "--until",
            "2024-01-05T00:00:00Z",
        ]);
        t.ok(&["clock", "set", "2024-01-04T00:00:00Z"]);
        let events = feature == "hits";
        if import {
            let mut csv = if events {
                String::from("customerId,eventName,timestamp,idempotencyKey,dimensions.n\n")
            } else {
                String::from("customerId,featureId,value,timestamp,idempotencyKey\n")
            };
            for (k, at, n) in rows {
                if events {
                    csv.push_str(&format!("c,hit,{at},{k},{n}\n"));
                } else {
                    csv.push_str(&format!("c,calls,{n},{at},{k}\n"));
                }
            }
            t.write("u.csv", &csv);
            t.ok(&["usage", "import", "u.csv"]);
        } else {
            for (k, at, n) in rows {
                if events {
                    let dim = format!("n={n}");
                    t.ok(&[
                        "event",
                        "report",
                        "c",
                        "hit",
                        "--idempotency-key",
                        k,
                        "--at",
                        at,
                        "--dimension",
                        &dim,
                    ]);
                } else {
                    t.ok(&[
                        "usage",
                        "report",
                        "c",
                        "calls",
                        n,
                        "--at",
                        at,
                        "--idempotency-key",
                        k,
                    ]);
                }
            }
        }
        let signals = |t: &TestEnv| {
            t.sql(
                "SELECT group_concat(occurred_at || ' ' || json_extract(payload, '$.usagePeriodStart') || ' ' || json_extract(payload, '$.currentUsage'), '; ')
                 FROM events WHERE type = 'entitlement.usage_exceeded'",
            )
        };
        let now = signals(&t);
        t.ok(&["clock", "set", "2024-01-10T00:00:00Z"]);
        got.push((feature, import, now, signals(&t)));
        assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
    }
    for (feature, import, now, later) in &got {
        assert_eq!(
            now, "2024-01-04T00:00:00.000000Z 2024-01-02T00:00:00Z 12",
            "{feature} import={import}"
        );
        assert_eq!(
            later,
            "2024-01-04T00:00:00.000000Z 2024-01-02T00:00:00Z 12; 2024-01-05T00:00:00.000000Z 2024-01-01T00:00:00Z 15",
            "{feature} import={import}"
        );
    }
}
