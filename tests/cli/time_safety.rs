//! Time and concurrency on the real clock: writers racing each other and a fresh home, what-if
//! reads, the production `--now` guard, and instants outside the storable range.

use crate::helpers::TestEnv;
use std::process::{Child, Stdio};

/// A test environment on the system clock (no STIGG_NOW).
fn system_clock() -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t
}

fn spawn(t: &TestEnv, args: &[&str]) -> Child {
    t.command(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn stigg-cli")
}

/// Waits for every child; returns (exit code, stderr) of each.
fn finish(children: Vec<Child>) -> Vec<(i32, String)> {
    children
        .into_iter()
        .map(|c| {
            let o = c.wait_with_output().unwrap();
            (
                o.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        })
        .collect()
}

#[test]
fn eight_writers_on_the_system_clock_all_succeed_on_a_fresh_home() {
    for round in 0..3 {
        let t = system_clock();
        // Fresh home: the first use of the default environment races too. Half are readers.
        let ids: Vec<String> = (0..8).map(|i| format!("c{i}")).collect();
        let children: Vec<Child> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                if i % 4 == 3 {
                    spawn(&t, &["customer", "list"])
                } else {
                    spawn(&t, &["customer", "create", id])
                }
            })
            .collect();
        for (code, err) in finish(children) {
            assert_eq!(code, 0, "round {round}: {err}");
        }
        assert_eq!(
            t.sql("SELECT COUNT(*) FROM customers"),
            "6",
            "round {round}"
        );
        // The processed mark is the latest commit; created-at stamps never run backwards in
        // commit order (event sequence).
        let stamps = t.sql("SELECT occurred_at FROM events ORDER BY seq");
        let v: Vec<&str> = stamps.lines().collect();
        let mut sorted = v.clone();
        sorted.sort();
        assert_eq!(v, sorted, "event times go backwards in commit order");
    }
}

#[test]
fn concurrent_env_create_has_exactly_one_winner_and_readers_wait() {
    for round in 0..4 {
        let t = system_clock();
        std::fs::create_dir_all(t.path().join("home")).unwrap();
        let children = vec![
            spawn(&t, &["env", "create", "x", "--type", "production"]),
            spawn(&t, &["env", "create", "x", "--type", "development"]),
            spawn(&t, &["env", "create", "x", "--type", "sandbox"]),
        ];
        let results = finish(children);
        let winners: Vec<usize> = (0..3).filter(|i| results[*i].0 == 0).collect();
        assert_eq!(winners.len(), 1, "round {round}: {results:?}");
        for (i, (code, err)) in results.iter().enumerate() {
            if !winners.contains(&i) {
                assert_eq!(*code, 4, "round {round}: {err}");
                assert!(err.contains("already exists"), "{err}");
            }
        }
        let stored = t.json(&["-e", "x", "env", "show"]);
        let expected = ["PRODUCTION", "DEVELOPMENT", "SANDBOX"][winners[0]];
        assert_eq!(stored["environmentType"], expected, "round {round}");
        // Never a half-made file: no creation leftovers.
        let leftovers: Vec<_> = std::fs::read_dir(t.path().join("home"))
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".creating"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

#[test]
fn a_file_that_is_not_ours_is_never_called_removable() {
    let t = TestEnv::new();
    t.write("empty.db", "");
    let e = t.fails(&["--db", "empty.db", "customer", "list"], 78);
    assert!(!e.contains("remove"), "the hint invites deleting data: {e}");
}

#[test]
fn a_read_at_a_future_now_is_a_what_if_and_commits_nothing() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let before = t.event_count();
    // 20 days later the pro trial (14 days, cancel on end) is over.
    let o = t.run(&[
        "--now",
        "2026-01-21T00:00:00Z",
        "entitlement",
        "check",
        "acme",
        "sso",
    ]);
    assert_eq!(o.code, 1, "trial over: no sso. {}", o.stderr);
    assert!(o.stderr.contains("what-if"), "{}", o.stderr);
    assert!(o.stderr.contains("rolled back"), "{}", o.stderr);
    assert_eq!(t.event_count(), before);
    assert_eq!(
        t.sql("SELECT value FROM meta WHERE key = 'processed_until'"),
        "2026-01-01T00:00:00.000000Z"
    );
    assert_eq!(
        t.sql("SELECT status FROM subscriptions WHERE plan_id = 'pro'"),
        "IN_TRIAL"
    );
    // The same list read at a future instant, in JSON: still nothing committed.
    t.ok(&[
        "--now",
        "2026-02-01T00:00:00Z",
        "subscription",
        "list",
        "--json",
    ]);
    assert_eq!(t.event_count(), before);
    // Writes at the original time still work: the future was never committed.
    t.ok(&["customer", "create", "later"]);
    // --quiet silences the note, not the answer.
    let o = t.run(&[
        "-q",
        "--now",
        "2026-01-21T00:00:00Z",
        "entitlement",
        "check",
        "acme",
        "sso",
    ]);
    assert!(o.stderr.is_empty(), "{}", o.stderr);
    // A write at that instant does commit the catch-up.
    t.ok(&[
        "--now",
        "2026-01-21T00:00:00Z",
        "customer",
        "create",
        "after",
    ]);
    assert_eq!(
        t.sql("SELECT status FROM subscriptions WHERE plan_id = 'pro'"),
        "EXPIRED"
    );
}

#[test]
fn production_refuses_writes_at_a_future_now_but_answers_what_if_reads() {
    let t = system_clock();
    t.ok(&["env", "create", "prod", "--type", "production"]);
    let f = t.catalog("saas-starter.yaml");
    t.ok(&["-e", "prod", "catalog", "apply", &f, "--yes"]);
    t.ok(&["-e", "prod", "customer", "create", "acme"]);
    let e = t.fails(
        &[
            "-e",
            "prod",
            "--now",
            "2099-01-01T00:00:00Z",
            "customer",
            "create",
            "typo",
        ],
        1,
    );
    assert!(e.contains("ahead of the system clock"), "{e}");
    assert!(e.contains("2099-01-01T00:00:00Z"), "{e}");
    // STIGG_NOW is just as explicit.
    let o = t
        .command(&["-e", "prod", "customer", "create", "typo2"])
        .env("STIGG_NOW", "2099-01-01T00:00:00Z")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    // Reads may look ahead (rolled back), and a past --now write is fine.
    t.ok(&[
        "-e",
        "prod",
        "--now",
        "2099-01-01T00:00:00Z",
        "entitlement",
        "list",
        "acme",
    ]);
    let mark = t.sql_env(
        "prod",
        "SELECT value FROM meta WHERE key = 'processed_until'",
    );
    assert!(mark.starts_with("2026"), "{mark}");
    t.ok(&["-e", "prod", "customer", "create", "fine"]);
}

#[test]
fn bad_instants_are_refused_with_clear_codes() {
    let t = TestEnv::with_starter();
    let e = t.fails(&["--now", "", "customer", "list"], 2);
    assert!(e.contains("empty"), "{e}");
    let o = t
        .command(&["customer", "list"])
        .env("STIGG_NOW", "")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    // In UTC this is year 10000.
    t.fails(
        &["--now", "9999-12-31T23:00:00-02:00", "customer", "list"],
        2,
    );
    // A clock advance past 9999-12-31 (on the frozen clock, so no STIGG_NOW from here on).
    t.ok(&["clock", "set", "9999-12-01T00:00:00Z"]);
    let mut t = t;
    t.now = None;
    let e = t.fails(&["clock", "advance", "2mo"], 2);
    assert!(!e.contains("panicked") && !e.contains("bug"), "{e}");
    // A subscription whose first period would end in year 10000.
    t.ok(&["customer", "create", "late"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "late",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--skip-trial",
        ],
        1,
    );
    assert!(e.contains("outside the supported range"), "{e}");
    // A renewal landing in year 10000 during the catch-up of a clock advance.
    let mut t = TestEnv::with_starter();
    t.ok(&["clock", "set", "9999-11-15T00:00:00Z"]);
    t.now = None;
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
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
    let e = t.fails(&["clock", "advance", "1mo"], 1);
    assert!(e.contains("outside the supported range"), "{e}");
    // Nothing moved.
    assert_eq!(
        t.sql("SELECT value FROM meta WHERE key = 'processed_until'"),
        "9999-11-15T00:00:00.000000Z"
    );
}

#[test]
fn garbage_stored_in_the_file_is_damage_not_a_bug() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "UPDATE meta SET value = 'yesterday-ish' WHERE key = 'processed_until'",
        [],
    )
    .unwrap();
    drop(conn);
    let e = t.fails(&["customer", "create", "x"], 78);
    assert!(e.contains("damaged"), "{e}");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "UPDATE meta SET value = '2026-01-01T00:00:00.000000Z' WHERE key = 'processed_until'",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE subscriptions SET body = json_set(body, '$.startDate', 'not a date')",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE subscriptions SET next_due = 'garbage' WHERE next_due IS NOT NULL",
        [],
    )
    .unwrap();
    drop(conn);
    let e = t.fails(&["subscription", "list"], 78);
    assert!(e.contains("damaged"), "{e}");
    let e = t.fails(&["entitlement", "list", "acme"], 78);
    assert!(e.contains("damaged"), "{e}");
}

/// Subscription changes (which price themselves), estimates (which run a change and roll it
/// back) and revenue reports, eight at once on the system clock: every change lands once with
/// its pricing, no estimate leaves anything behind, and the report adds up.
#[test]
fn eight_pricing_writers_and_estimates_at_once_on_the_system_clock() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    for i in 0..4 {
        let (c, s) = (format!("c{i}"), format!("s{i}"));
        t.ok(&["customer", "create", &c]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            &c,
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--quantity",
            "seats=2",
            "--skip-trial",
            "--id",
            &s,
        ]);
    }
    let before = t.event_count();
    let children: Vec<Child> = (0..8)
        .map(|i| match i {
            0..=3 => spawn(
                &t,
                &[
                    "subscription",
                    "update",
                    &format!("s{i}"),
                    "--quantity",
                    "seats=5",
                ],
            ),
            4 | 5 => spawn(
                &t,
                &["subscription", "estimate", "s0", "--quantity", "seats=9"],
            ),
            _ => spawn(&t, &["report", "mrr"]),
        })
        .collect();
    for (code, err) in finish(children) {
        assert_eq!(code, 0, "{err}");
    }
    // The four updates and nothing from the estimates: each update logs subscription.updated
    // and entitlements.updated.
    let after = t.event_count();
    assert_eq!(after - before, 8);
    let updated = t.json(&["events", "list", "--type", "subscription.updated"]);
    let priced: Vec<&serde_json::Value> = updated
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["payload"]["pricing"]["recurring"]["total"] == "59.00")
        .collect();
    assert_eq!(priced.len(), 4);
    // 4 × (19 + 5 × 8) a month.
    assert_eq!(t.json(&["report", "mrr"])[0]["mrr"], "236.00");
}
