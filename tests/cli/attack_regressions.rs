//! Regressions from attacking the hardened binary from the outside (README and --help only):
//! each test is one class of defect that was found, with variants.

use crate::helpers::TestEnv;
use crate::lifecycle::{env, statuses};
use serde_json::Value;

fn live(t: &TestEnv, customer: &str) -> Vec<String> {
    statuses(t, customer)
        .into_iter()
        .filter(|s| s.ends_with(" ACTIVE") || s.ends_with(" IN_TRIAL"))
        .collect()
}

fn sub(t: &TestEnv, args: &[&str]) -> String {
    let mut a = vec![
        "subscription",
        "create",
        "--skip-trial",
        "--billing-period",
        "monthly",
    ];
    a.extend_from_slice(args);
    t.json(&a)["subscriptionId"].as_str().unwrap().to_string()
}

#[test]
fn no_output_file_ever_replaces_a_database() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "a"]);
    t.ok(&["env", "create", "other"]);
    let db = t.path().join("home/development.db");
    let other = t.path().join("home/other.db");
    let before = std::fs::read(&db).unwrap().len();
    for target in [&db, &other] {
        let p = target.to_str().unwrap();
        for args in [
            vec!["customer", "export", "-o", p],
            vec!["subscription", "export", "-o", p],
            vec!["events", "export", "-o", p],
            vec!["catalog", "export", "-o", p],
        ] {
            let e = t.fails(&args, 2);
            assert!(e.contains("SQLite database"), "{args:?}: {e}");
        }
    }
    t.write("bad.csv", "customerId\nnot valid\n");
    let e = t.fails(
        &[
            "customer",
            "import",
            "bad.csv",
            "--skip-invalid",
            "--rejects",
            db.to_str().unwrap(),
        ],
        2,
    );
    assert!(e.contains("SQLite database"), "{e}");
    // The companion files of a database too.
    let wal = format!("{}-wal", db.display());
    t.fails(&["customer", "export", "-o", &wal], 2);
    assert!(std::fs::read(&db).unwrap().len() >= before);
    t.ok(&["customer", "list"]);
    t.ok(&["-e", "other", "customer", "list"]);
    // `-o -` is stdout.
    assert!(
        t.ok(&["customer", "export", "-o", "-"])
            .starts_with("customerId")
    );
}

#[test]
fn no_sequence_of_commands_leaves_two_live_subscriptions_on_one_product() {
    // Moving the end of a subscription past the start of its pending successor.
    let t = env();
    t.ok(&["customer", "create", "c", "--plan", "free"]);
    let basic = sub(&t, &["--customer", "c", "--plan", "basic"]);
    sub(
        &t,
        &[
            "--id",
            "c-pro",
            "--customer",
            "c",
            "--plan",
            "pro",
            "--start",
            "2026-01-10T00:00:00Z",
        ],
    );
    let e = t.fails(
        &[
            "subscription",
            "cancel",
            &basic,
            "--at",
            "2026-03-01T00:00:00Z",
        ],
        1,
    );
    assert!(e.contains("same time"), "{e}");
    t.fails(
        &["subscription", "cancel", &basic, "--at", "end-of-period"],
        1,
    );
    t.fails(&["subscription", "uncancel", &basic], 1);
    t.write(
        "ends.csv",
        &format!("subscriptionId,endDate\n{basic},2028-06-01T00:00:00Z\n"),
    );
    t.fails(&["subscription", "import", "ends.csv"], 65);
    t.ok(&["clock", "advance", "15d"]);
    assert_eq!(live(&t, "c"), vec!["pro ACTIVE"]);

    // Imports of future starts that would overlap each other or a pending one.
    let t = env();
    t.write("c.csv", "customerId\ng\nh\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate\n\
         g-pro,g,pro,MONTHLY,2026-05-01T00:00:00Z\n\
         g-basic,g,basic,MONTHLY,2026-05-03T00:00:00Z\n\
         h-pro,h,pro,MONTHLY,2026-06-01T00:00:00Z\n",
    );
    let e = t.fails(&["subscription", "import", "s.csv"], 65);
    assert!(e.contains("s.csv:3"), "{e}");
    t.ok(&[
        "subscription",
        "import",
        "s.csv",
        "--skip-invalid",
        "--rejects",
        "r.csv",
    ]);
    t.write(
        "s2.csv",
        "subscriptionId,customerId,planId,billingPeriod\nh-basic,h,basic,MONTHLY\n",
    );
    t.fails(&["subscription", "import", "s2.csv"], 65);
    t.ok(&["clock", "set", "2026-06-05T00:00:00Z"]);
    for c in ["g", "h"] {
        assert_eq!(live(&t, c).len(), 1, "{c}: {:?}", live(&t, c));
    }
}

#[test]
fn pending_subscriptions_follow_an_all_customers_publish() {
    let t = env();
    t.ok(&["customer", "create", "e", "--plan", "free"]);
    sub(&t, &["--customer", "e", "--plan", "basic"]);
    sub(
        &t,
        &[
            "--id",
            "e-pro",
            "--customer",
            "e",
            "--plan",
            "pro",
            "--start",
            "2026-01-10T00:00:00Z",
        ],
    );
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&["plan", "update", "pro", "--name", "Pro 2"]);
    t.ok(&["plan", "publish", "pro", "--migrate", "all-customers"]);
    t.ok(&["clock", "advance", "20d"]);
    let s = t.json(&["subscription", "show", "e-pro"]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["planVersion"], 2);
}

#[test]
fn cancelling_a_pending_successor_brings_back_the_customers_own_cancellation() {
    let t = env();
    t.ok(&["customer", "create", "n1", "--plan", "free"]);
    let basic = sub(&t, &["--customer", "n1", "--plan", "basic"]);
    t.ok(&["subscription", "cancel", &basic, "--at", "end-of-period"]);
    sub(
        &t,
        &[
            "--id",
            "n1-pro",
            "--customer",
            "n1",
            "--plan",
            "pro",
            "--start",
            "2026-01-10T00:00:00Z",
        ],
    );
    t.ok(&["subscription", "cancel", "n1-pro"]);
    let b = t.json(&["subscription", "show", &basic]);
    assert_eq!(b["endDate"], "2026-02-01T00:00:00Z", "{b}");
    assert_eq!(b["cancelReason"], "ScheduledCancellation");
    t.ok(&["clock", "advance", "40d"]);
    assert_eq!(
        t.json(&["subscription", "show", &basic])["status"],
        "CANCELED"
    );
}

#[test]
fn json_numbers_in_imported_fields_keep_their_text() {
    let t = TestEnv::with_starter();
    t.write(
        "d.jsonl",
        "{\"customerId\":\"j18\",\"name\":12345678901234567890.123456789,\"billingId\":1e3,\"metadata\":{\"seats\":10.50}}\n{\"customerId\":\"j17\",\"name\":12.50}\n",
    );
    t.ok(&["customer", "import", "d.jsonl"]);
    let c = t.json(&["customer", "show", "j18"]);
    assert_eq!(c["name"], "12345678901234567890.123456789");
    assert_eq!(c["billingId"], "1e3");
    assert_eq!(c["metadata"]["seats"], "10.50");
    assert_eq!(t.json(&["customer", "show", "j17"])["name"], "12.50");
    // An unknown key next to the list is refused, not dropped.
    t.write("x.json", "{\"customers\": [], \"extra\": 1}");
    let e = t.fails(&["customer", "import", "x.json"], 65);
    assert!(e.contains("unknown key 'extra'"), "{e}");
}

#[test]
fn an_export_round_trips_into_a_new_environment_on_the_system_clock() {
    let mut a = TestEnv::new();
    a.now = Some("2025-06-01T00:00:00Z".into());
    let f = a.catalog("saas-starter.yaml");
    a.ok(&["catalog", "apply", &f]);
    a.ok(&["customer", "create", "acme", "--name", "Acme"]);
    a.ok(&[
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
    a.ok(&["catalog", "export", "-o", "catalog.json"]);
    a.ok(&["customer", "export", "-o", "customers.csv"]);
    a.ok(&["subscription", "export", "-o", "subscriptions.csv"]);
    let mut b = TestEnv::new();
    b.now = None;
    for f in ["catalog.json", "customers.csv", "subscriptions.csv"] {
        std::fs::copy(a.path().join(f), b.path().join(f)).unwrap();
    }
    b.ok(&["catalog", "apply", "catalog.json"]);
    b.ok(&["customer", "import", "customers.csv"]);
    b.ok(&["subscription", "import", "subscriptions.csv"]);
    let s = b.json(&["subscription", "show", "acme-pro"]);
    assert_eq!(s["startDate"], "2025-06-01T00:00:00Z");
    assert_eq!(s["status"], "ACTIVE");
    // Renewed up to now, with no drift from the anchor.
    assert!(
        s["currentBillingPeriodStart"]
            .as_str()
            .unwrap()
            .ends_with("-01T00:00:00Z")
    );
}

#[test]
fn a_damaged_file_is_exit_78_and_never_fails_open() {
    let cases: &[(&str, &[&str])] = &[
        (
            "DELETE FROM meta WHERE key = 'signing_secret'",
            &["customer", "token", "acme"],
        ),
        (
            "UPDATE meta SET value = '' WHERE key = 'signing_secret'",
            &["customer", "token", "acme"],
        ),
        (
            "UPDATE meta SET value = 'zz' WHERE key = 'signing_secret'",
            &["customer", "token", "acme"],
        ),
        (
            "DELETE FROM meta WHERE key = 'env_type'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE meta SET value = 'production' WHERE key = 'env_type'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE meta SET value = 'PRODUCTION ' WHERE key = 'env_type'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE meta SET value = 'abc' WHERE key = 'id_seq'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE meta SET value = '-5' WHERE key = 'id_seq'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE meta SET value = '99999999999999999999999' WHERE key = 'id_seq'",
            &["customer", "create", "zz"],
        ),
        (
            "UPDATE customers SET created_at = 'x'",
            &["customer", "list"],
        ),
        (
            "DELETE FROM meta WHERE key = 'processed_until'",
            &["customer", "create", "zz"],
        ),
        // A subscription naming a plan version the catalog does not hold (the sqlite3 shell
        // leaves foreign keys off) was answered as
        // granting nothing (hasAccess false, exit 1).
        (
            "PRAGMA foreign_keys = OFF; UPDATE subscriptions SET plan_version = 7",
            &["entitlement", "check", "acme", "seats"],
        ),
        (
            "PRAGMA foreign_keys = OFF; UPDATE subscriptions SET plan_version = 7",
            &["entitlement", "list", "acme"],
        ),
        ("PRAGMA user_version = 0", &["customer", "list"]),
        ("PRAGMA user_version = 1", &["customer", "list"]),
        ("PRAGMA user_version = -1", &["customer", "list"]),
        ("PRAGMA user_version = 3", &["customer", "list"]),
    ];
    for (sql, cmd) in cases {
        let t = TestEnv::with_starter();
        t.ok(&["customer", "create", "acme", "--plan", "free"]);
        let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        let e = t.fails(cmd, 78);
        assert!(e.contains("damaged"), "{sql}: {e}");
        // Said in a few lines (a failed migration quoted the whole schema).
        assert!(e.lines().count() < 6, "{sql}: {e}");
    }
}

#[test]
fn an_archived_catalog_exports_and_re_applies() {
    let t = TestEnv::new();
    let f = t.catalog("saas-starter.yaml");
    t.ok(&["catalog", "apply", &f]);
    t.write("e.yaml", "{}\n");
    t.ok(&["catalog", "apply", "--yes", "--archive-missing", "e.yaml"]);
    t.ok(&["catalog", "export", "-o", "cat.yaml"]);
    t.ok(&["catalog", "diff", "cat.yaml"]);
}

#[test]
fn computed_instants_near_the_end_of_the_range() {
    let t = env();
    t.ok(&["customer", "create", "far", "--plan", "free"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "far",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--skip-trial",
            "--start",
            "9999-12-31T00:00:00Z",
        ],
        1,
    );
    assert!(e.contains("outside the supported range"), "{e}");
    let e = t.fails(
        &[
            "entitlement",
            "grant",
            "far",
            "sso",
            "--period",
            "1y",
            "--now",
            "9999-06-01T00:00:00Z",
        ],
        1,
    );
    assert!(
        e.contains("InstantOutOfRange") || e.contains("supported range"),
        "{e}"
    );
}

#[test]
fn exports_follow_the_file_name_and_refuse_what_they_cannot_write() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "a", "--name", "A"]);
    t.ok(&["customer", "export", "-o", "c.jsonl"]);
    let text = std::fs::read_to_string(t.path().join("c.jsonl")).unwrap();
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["customerId"], "a");
    t.ok(&["customer", "import", "c.jsonl"]);
    t.ok(&["catalog", "export", "-o", "cat.json"]);
    let cat = std::fs::read_to_string(t.path().join("cat.json")).unwrap();
    assert!(cat.starts_with('{'), "{cat}");
    t.fails(&["customer", "export", "--format", "table"], 2);
    t.fails(&["events", "export", "--format", "table"], 2);
    // An import dry run that would change something answers 1.
    t.write("new.csv", "customerId\nb\n");
    t.exits(&["customer", "import", "new.csv", "--dry-run"], 1);
    t.ok(&["customer", "import", "c.jsonl", "--dry-run"]);
}

#[test]
fn unknown_names_given_to_commands_are_not_found() {
    let t = TestEnv::with_starter();
    t.fails(&["product", "update", "app", "--downgrade-to", "ghost"], 3);
    t.ok(&["customer", "create", "a", "--plan", "free"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "a",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--quantity",
            "ghost=1",
        ],
        3,
    );
    assert!(e.contains("feature 'ghost'"), "{e}");
    // A negative quantity is named as such (it said "must be a whole number").
    for (q, says) in [
        ("seats=-1", "cannot be negative"),
        ("seats=1.5", "must be a whole number"),
        ("seats=99999999999", "too large"),
    ] {
        let e = t.fails(
            &[
                "subscription",
                "create",
                "--customer",
                "a",
                "--plan",
                "basic",
                "--billing-period",
                "monthly",
                "--quantity",
                q,
            ],
            2,
        );
        assert!(e.contains(says), "{q}: {e}");
    }
}

#[test]
fn a_tiny_file_size_limit_is_an_io_error() {
    let t = TestEnv::with_starter();
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let o = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("ulimit -f 10; exec {bin} customer list"))
        .current_dir(t.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("STIGG_HOME", "home")
        .env("STIGG_NOW", "2026-01-01T00:00:00Z")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(74), "{err}");
}

// ---- second round ------------------------------------------------------------------------

#[test]
fn a_restored_cancellation_already_past_takes_effect_now_never_backdated() {
    let t = env();
    t.ok(&["customer", "create", "c1", "--plan", "free"]);
    let p1 = sub(&t, &["--customer", "c1", "--plan", "pro", "--id", "p1"]);
    t.ok(&[
        "subscription",
        "cancel",
        &p1,
        "--at",
        "2026-02-10T00:00:00Z",
    ]);
    sub(
        &t,
        &[
            "--customer",
            "c1",
            "--plan",
            "basic",
            "--start",
            "2026-03-01T00:00:00Z",
            "--id",
            "b1",
        ],
    );
    t.ok(&["clock", "advance", "50d"]); // 2026-02-20
    t.ok(&["subscription", "cancel", "b1"]);
    let p = t.json(&["subscription", "show", "p1"]);
    assert_eq!(p["status"], "CANCELED", "{p}");
    assert_eq!(p["endDate"], "2026-02-20T00:00:00Z", "{p}");
    // The free plan starts now, not in the past; event times never go back in commit order.
    let free = t
        .json(&[
            "subscription",
            "list",
            "--customer",
            "c1",
            "--status",
            "active",
        ])
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(free.len(), 1);
    assert_eq!(free[0]["startDate"], "2026-02-20T00:00:00Z");
    let stamps = t.sql("SELECT occurred_at FROM events ORDER BY seq");
    let v: Vec<&str> = stamps.lines().collect();
    let mut sorted = v.clone();
    sorted.sort();
    assert_eq!(v, sorted);
}

#[test]
fn an_export_with_a_pending_plan_change_moves_to_a_new_environment() {
    let t = env();
    t.ok(&["customer", "create", "c1", "--plan", "free"]);
    sub(&t, &["--customer", "c1", "--plan", "pro", "--id", "p1"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "enterprise",
        "--start",
        "2026-08-01T00:00:00Z",
        "--id",
        "e1",
    ]);
    t.ok(&["clock", "advance", "5mo"]);
    t.ok(&["catalog", "export", "-o", "cat.yaml"]);
    t.ok(&["customer", "export", "-o", "cust.jsonl"]);
    t.ok(&["subscription", "export", "-o", "subs.csv"]);
    let mut b = TestEnv::new();
    b.now = Some("2026-07-01T00:00:00Z".into());
    for f in ["cat.yaml", "cust.jsonl", "subs.csv"] {
        std::fs::copy(t.path().join(f), b.path().join(f)).unwrap();
    }
    b.ok(&["catalog", "apply", "cat.yaml"]);
    b.ok(&["customer", "import", "cust.jsonl"]);
    b.ok(&["subscription", "import", "subs.csv"]);
    assert_eq!(
        b.json(&["subscription", "show", "e1"])["status"],
        "NOT_STARTED"
    );
    assert_eq!(b.json(&["subscription", "show", "p1"])["status"], "ACTIVE");
    b.now = Some("2026-08-15T00:00:00Z".into());
    b.ok(&["customer", "list"]);
    assert_eq!(live(&b, "c1"), vec!["enterprise ACTIVE"]);
}

#[test]
fn the_free_plan_fills_the_gap_before_a_pending_plan_starts() {
    let t = env();
    t.ok(&["customer", "create", "c2", "--plan", "free"]);
    sub(&t, &["--customer", "c2", "--plan", "pro", "--id", "p2"]);
    sub(
        &t,
        &[
            "--customer",
            "c2",
            "--plan",
            "basic",
            "--start",
            "2026-03-01T00:00:00Z",
            "--id",
            "b2",
        ],
    );
    t.ok(&["subscription", "cancel", "p2", "--at", "immediate"]);
    assert_eq!(live(&t, "c2"), vec!["free ACTIVE"]);
    let p = t.json(&["subscription", "show", "p2"]);
    assert_eq!(p["cancellationDate"], p["endDate"], "{p}");
    t.ok(&["clock", "advance", "2mo"]);
    assert_eq!(live(&t, "c2"), vec!["basic ACTIVE"]);
    // A paid plan waiting for a trial's end: the trial end cannot move.
    let t = env();
    t.ok(&["customer", "create", "c3", "--plan", "free"]);
    let trial = t.json(&[
        "subscription",
        "create",
        "--customer",
        "c3",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let tid = trial["subscriptionId"].as_str().unwrap().to_string();
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c3",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    t.fails(
        &[
            "subscription",
            "update",
            &tid,
            "--trial-end",
            "2026-01-05T00:00:00Z",
        ],
        1,
    );
}

#[test]
fn a_scheduled_downgrade_keeps_the_customers_cancellation_and_chosen_id() {
    let t = env();
    t.ok(&["customer", "create", "c1", "--plan", "free"]);
    sub(&t, &["--customer", "c1", "--plan", "pro", "--id", "p1"]);
    t.ok(&[
        "subscription",
        "cancel",
        "p1",
        "--at",
        "2026-03-15T00:00:00Z",
    ]);
    sub(&t, &["--customer", "c1", "--plan", "basic", "--id", "b1"]);
    t.ok(&["clock", "advance", "40d"]);
    let b = t.json(&["subscription", "show", "b1"]);
    assert_eq!(b["status"], "ACTIVE");
    assert_eq!(b["endDate"], "2026-03-15T00:00:00Z", "{b}");
    t.ok(&["clock", "advance", "60d"]);
    assert_eq!(
        t.json(&["subscription", "show", "b1"])["status"],
        "CANCELED"
    );
}

#[test]
fn a_future_start_begins_on_the_latest_version() {
    let t = env();
    t.ok(&["customer", "create", "c2", "--plan", "free"]);
    sub(&t, &["--customer", "c2", "--plan", "basic"]);
    sub(
        &t,
        &[
            "--customer",
            "c2",
            "--plan",
            "pro",
            "--start",
            "2026-03-01T00:00:00Z",
            "--id",
            "p2",
        ],
    );
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "pro",
        "projects",
        "--limit",
        "99",
    ]);
    t.ok(&["plan", "publish", "pro", "--migrate", "new-customers"]);
    t.ok(&["clock", "advance", "3mo"]);
    assert_eq!(t.json(&["subscription", "show", "p2"])["planVersion"], 2);
}

#[test]
fn damaged_sequences_and_schedules_are_caught() {
    for sql in [
        "DELETE FROM meta WHERE key = 'id_seq'",
        "UPDATE meta SET value = '3' WHERE key = 'id_seq'",
        "UPDATE subscriptions SET next_due = 'soon' WHERE next_due IS NOT NULL",
    ] {
        let t = TestEnv::with_starter();
        t.ok(&["customer", "create", "c1", "--plan", "free"]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "c1",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
        ]);
        let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        let e = t.fails(&["customer", "create", "c9"], 78);
        assert!(e.contains("damaged"), "{sql}: {e}");
    }
}

#[cfg(unix)]
#[test]
fn exports_keep_the_files_permissions_and_new_ones_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "a", "--email", "a@example.test"]);
    t.write("secret.csv", "old\n");
    let p = t.path().join("secret.csv");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
    t.ok(&["customer", "export", "-o", "secret.csv"]);
    assert_eq!(
        std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o640
    );
    t.ok(&["customer", "export", "-o", "new.csv"]);
    let m = std::fs::metadata(t.path().join("new.csv"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(m & 0o777, 0o600);
}

#[test]
fn export_file_names_and_formats_must_agree() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "a"]);
    t.fails(&["events", "export", "-o", "e.csv"], 2);
    t.ok(&["events", "export", "-o", "e.jsonl"]);
    // `--format json` (or a .json name) writes one JSON document of the same payloads, never
    // JSON lines in its place.
    let lines = std::fs::read_to_string(t.path().join("e.jsonl")).unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(&t.ok(&["events", "export", "--json"])).unwrap();
    assert_eq!(doc.as_array().unwrap().len(), lines.lines().count());
    assert_eq!(
        doc[0],
        serde_json::from_str::<serde_json::Value>(lines.lines().next().unwrap()).unwrap()
    );
    t.ok(&["events", "export", "-o", "e.json"]);
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(t.path().join("e.json")).unwrap()).unwrap();
    assert_eq!(file, doc);
    t.fails(
        &["events", "export", "--format", "json", "-o", "e2.jsonl"],
        2,
    );
    // STIGG_FORMAT is the default output format, not a flag: an export's file name still
    // decides, and a format an export cannot write is no refusal.
    for (fmt, args) in [
        ("csv", &["customer", "export", "-o", "c.json"][..]),
        ("table", &["customer", "export"][..]),
        ("yaml", &["events", "export"][..]),
        ("json", &["catalog", "export", "-o", "c.yaml"][..]),
    ] {
        let o = t.command(args).env("STIGG_FORMAT", fmt).output().unwrap();
        assert!(
            o.status.success(),
            "{fmt} {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let o = t
        .command(&["customer", "list"])
        .env("STIGG_FORMAT", "json")
        .output()
        .unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&o.stdout).is_ok());
    // A flag makes the variable irrelevant, even one that names no format.
    for (args, code) in [
        (&["customer", "list", "--json"][..], 0),
        (&["customer", "list"][..], 2),
    ] {
        let o = t
            .command(args)
            .env("STIGG_FORMAT", "bogus")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(code), "{args:?}");
    }
    t.fails(&["catalog", "export", "-o", "c.jsonl"], 2);
    t.fails(&["catalog", "export", "-o", "c.csv"], 2);
    t.ok(&["catalog", "export", "-o", "c.yml"]);
    t.fails(
        &["customer", "export", "--format", "json", "-o", "x.csv"],
        2,
    );
    t.ok(&["customer", "export", "--format", "jsonl", "-o", "x.out"]);
    let text = std::fs::read_to_string(t.path().join("x.out")).unwrap();
    assert!(text.starts_with("{\"customerId\""), "{text}");
}

#[test]
fn refusals_name_what_was_wrong() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c"]);
    let e = t.fails(
        &[
            "entitlement",
            "grant",
            "c",
            "region",
            "--values",
            "eu,mars",
            "--period",
            "1w",
        ],
        2,
    );
    assert!(
        e.contains("no value 'mars'") && e.contains("us, eu, apac"),
        "{e}"
    );
    t.ok(&["customer", "archive", "c", "--yes"]);
    let e = t.fails(&["customer", "create", "c"], 4);
    assert!(
        e.contains("(archived)")
            && e.contains("customer unarchive")
            && !e.contains("customer update"),
        "{e}"
    );
}

/// An add-on the subscription has stays on its version (grandfathered) through updates of other
/// things: a catalog that since capped it lower or archived it never blocks a seat change.
#[test]
fn a_grandfathered_add_on_never_blocks_an_unrelated_update() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s",
        "--customer",
        "c",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--addon",
        "extra-storage=3",
    ]);
    let cat = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml"),
    )
    .unwrap();
    assert!(cat.contains("maxQuantity: 10"));
    t.write(
        "max2.yaml",
        &cat.replace("maxQuantity: 10", "maxQuantity: 2"),
    );
    t.ok(&["catalog", "apply", "max2.yaml"]);
    t.ok(&["subscription", "update", "s", "--quantity", "seats=2"]);
    // Its own version's bounds still hold for a change of its quantity.
    t.ok(&["subscription", "update", "s", "--addon", "extra-storage=4"]);
    t.fails(
        &["subscription", "update", "s", "--addon", "extra-storage=11"],
        1,
    );
    let s = t.json(&["subscription", "show", "s"]);
    assert_eq!(
        (&s["addons"][0]["version"], &s["addons"][0]["quantity"]),
        (&serde_json::Value::from(1), &serde_json::Value::from(4)),
        "{s}"
    );
    // A new subscription takes the latest version and its bounds.
    t.ok(&["customer", "create", "d"]);
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "d",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--skip-trial",
            "--addon",
            "extra-storage=3",
        ],
        1,
    );
}

/// `--migrate all-customers` on an add-on moves every live subscription holding it (it moved
/// none while saying so), refuses whole when one can't move, and `--impact` agrees.
#[test]
fn an_add_on_publish_for_all_customers_moves_its_subscriptions() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "a1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "a1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--addon",
        "extra-storage=3",
    ]);
    let cat = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml"),
    )
    .unwrap();
    let old = "{ model: flat, monthly: 15, annually: 150, currency: USD }";
    assert!(cat.contains(old));
    let pricier = cat.replace(
        old,
        "{ model: flat, monthly: 25, annually: 250, currency: USD }",
    );
    t.write("pricier.yaml", &pricier);
    let mrr = |t: &TestEnv| {
        t.json(&["report", "mrr"])[0]["mrr"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let before = mrr(&t);
    // A cap below the subscription's quantity: refused whole, nothing published.
    t.write(
        "capped.yaml",
        &pricier.replace("maxQuantity: 10", "maxQuantity: 2"),
    );
    let o = t.run(&["catalog", "diff", "capped.yaml", "--impact"]);
    assert!(
        o.stderr.contains("can't move to add-on 'extra-storage'"),
        "{}",
        o.stderr
    );
    // A subscription in trial (not billed) is warned about too: the migration would take it.
    t.ok(&["customer", "create", "a2"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "a2",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--addon",
        "extra-storage=5",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "s2"])["status"],
        "IN_TRIAL"
    );
    let o = t.run(&["catalog", "diff", "capped.yaml", "--impact"]);
    assert!(
        o.stderr.contains("2 live subscription(s) can't move"),
        "{}",
        o.stderr
    );
    t.ok(&["subscription", "cancel", "s2", "--at", "immediate"]);
    let e = t.fails(
        &[
            "catalog",
            "apply",
            "capped.yaml",
            "--migrate",
            "all-customers",
        ],
        1,
    );
    assert!(
        e.contains("nothing was published") && e.contains("maxQuantity 2"),
        "{e}"
    );
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["addons"][0]["version"],
        1
    );
    // The price rise: the subscription moves, and its MRR with it.
    t.ok(&[
        "catalog",
        "apply",
        "pricier.yaml",
        "--migrate",
        "all-customers",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["addons"][0]["version"],
        2
    );
    let after = mrr(&t);
    let d: rust_decimal::Decimal = after.parse::<rust_decimal::Decimal>().unwrap()
        - before.parse::<rust_decimal::Decimal>().unwrap();
    assert_eq!(d.to_string(), "30.00", "{before} -> {after}");
    let ev = t.json(&["events", "list", "--type", "subscription.updated"]);
    assert!(ev.to_string().contains("migratedAddon"), "{ev}");
}

/// Uncancelling a subscription whose entitlements were revoked gives back the recurring credits
/// the revocation voided (the rest of the period's share), and later top-ups count right.
#[test]
fn uncancel_gives_back_the_credits_a_revocation_voided() {
    let t = crate::lifecycle::env();
    t.ok(&["customer", "create", "c"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s",
        "--customer",
        "c",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=5",
    ]);
    let bal = |t: &TestEnv| {
        t.json(&["credit", "balance", "c", "--currency", "ai-credits"])[0]["currentBalance"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let start = bal(&t);
    t.ok(&[
        "credit",
        "consume",
        "c",
        "--currency",
        "ai-credits",
        "--amount",
        "30",
        "--idempotency-key",
        "k",
    ]);
    t.ok(&[
        "subscription",
        "cancel",
        "s",
        "--at",
        "end-of-period",
        "--revoke-entitlements",
    ]);
    t.ok(&["subscription", "uncancel", "s"]);
    let d = |a: &str, b: &str| {
        (a.parse::<rust_decimal::Decimal>().unwrap() - b.parse::<rust_decimal::Decimal>().unwrap())
            .normalize()
            .to_string()
    };
    // Back to what it had before the revocation.
    assert_eq!(d(&start, &bal(&t)), "30");
    // A sixth seat adds exactly one seat's share (100 credits), not more, not nothing.
    let before = bal(&t);
    t.ok(&["subscription", "update", "s", "--quantity", "seats=6"]);
    assert_eq!(d(&bal(&t), &before), "100");
    let v = t.run(&["credit", "verify"]);
    assert_eq!(v.code, 0, "{}", v.stderr);
}

/// A feature a live plan inherits through the parent version it pinned is in use: archiving it
/// is refused, directly and by `catalog apply --archive-missing`.
#[test]
fn a_feature_inherited_through_a_pinned_parent_cannot_be_archived() {
    let t = crate::lifecycle::env();
    t.ok(&["plan", "draft", "free"]);
    t.ok(&["plan", "entitlement", "remove", "free", "exports"]);
    t.ok(&["plan", "publish", "free"]);
    let e = t.fails(&["feature", "archive", "exports"], 1);
    assert!(
        e.contains("CannotArchiveFeatureError")
            || e.contains("inherited by published plan(s): basic"),
        "{e}"
    );
    assert!(e.contains("basic"), "{e}");
    let f = t.json(&["feature", "show", "exports"]);
    assert!(f["archivedAt"].is_null(), "{f}");
    // The same through a catalog file that no longer declares it.
    t.ok(&["catalog", "export", "-o", "now.json"]);
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(t.path().join("now.json")).unwrap()).unwrap();
    let features = doc["features"].as_array_mut().unwrap();
    let n = features.len();
    features.retain(|f| f["id"] != "exports");
    assert_eq!(features.len(), n - 1);
    t.write("without.json", &doc.to_string());
    let e = t.fails(
        &[
            "catalog",
            "apply",
            "without.json",
            "--archive-missing",
            "--yes",
        ],
        1,
    );
    assert!(e.contains("inherited by published plan(s)"), "{e}");
    let f = t.json(&["feature", "show", "exports"]);
    assert!(f["archivedAt"].is_null(), "{f}");
}

/// An add-on migration moves the versions pending scheduled changes pinned too (executed later,
/// they took the subscription back to the old version), and checks their quantities.
#[test]
fn an_add_on_migration_reaches_pending_scheduled_changes() {
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
        "--addon",
        "extra-storage=2",
    ]);
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--quantity",
        "seats=4",
        "--schedule",
        "end-of-period",
    ]);
    let cat = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml"),
    )
    .unwrap();
    let old = "{ model: flat, monthly: 15, annually: 150, currency: USD }";
    t.write(
        "p17.yaml",
        &cat.replace(
            old,
            "{ model: flat, monthly: 17, annually: 170, currency: USD }",
        ),
    );
    t.ok(&["catalog", "apply", "p17.yaml", "--migrate", "all-customers"]);
    t.ok(&["clock", "advance", "1mo"]);
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(s["addons"][0]["version"], 2, "{s}");
    assert_eq!(s["quantities"][0]["quantity"], 4, "{s}");
    // A pending change whose quantity the new version refuses: nothing is published.
    t.ok(&[
        "subscription",
        "update",
        "s1",
        "--addon",
        "extra-storage=8",
        "--schedule",
        "end-of-period",
    ]);
    t.write(
        "cap3.yaml",
        &cat.replace(
            old,
            "{ model: flat, monthly: 19, annually: 190, currency: USD }",
        )
        .replace("maxQuantity: 10", "maxQuantity: 3"),
    );
    // One that holds the add-on only in a pending change counts too, in the impact as in the
    // apply.
    t.ok(&["customer", "create", "c2"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "c2",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&[
        "subscription",
        "update",
        "s2",
        "--addon",
        "extra-storage=5",
        "--schedule",
        "end-of-period",
    ]);
    let o = t.run(&["catalog", "diff", "cap3.yaml", "--impact"]);
    assert!(
        o.stderr.contains("2 live subscription(s) can't move"),
        "{}",
        o.stderr
    );
    let e = t.fails(
        &[
            "catalog",
            "apply",
            "cap3.yaml",
            "--migrate",
            "all-customers",
        ],
        1,
    );
    assert!(
        e.contains("a scheduled change's") && e.contains("maxQuantity 3"),
        "{e}"
    );
}

/// `quickstart` makes its scratch environment anew each run — but never replaces one of that
/// name it did not make (a PRODUCTION one with a customer was wiped without a word); and on a
/// PRODUCTION environment it asks first, as every write there does.
#[test]
fn quickstart_never_replaces_an_environment_it_did_not_make() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "quickstart-clock", "--type", "production"]);
    t.ok(&["-e", "quickstart-clock", "customer", "create", "vip"]);
    let e = t.fails(&["quickstart"], 4);
    assert!(e.contains("not made by the quickstart"), "{e}");
    t.ok(&["-e", "quickstart-clock", "customer", "show", "vip"]);
    // Nothing of the quickstart was written either.
    t.fails(&["customer", "show", "acme"], 3);
    t.ok(&["-y", "env", "delete", "quickstart-clock"]);
    t.ok(&["quickstart"]);
    t.ok(&["quickstart"]); // its own scratch environment is made anew
    t.ok(&["env", "create", "prod", "--type", "production"]);
    let e = t.fails(&["-e", "prod", "quickstart"], 2);
    assert!(e.contains("confirmation needed"), "{e}");
    t.ok(&["-e", "prod", "-y", "quickstart"]);
}

/// A catalog verb is checked against everything that refers to what it changes: publishing the
/// product's start free plan as paid (new customers were subscribed to a paid plan), a trial
/// start plan without its trial, or removing an enum value published plans grant — each left
/// an environment whose `catalog export` no `apply` takes. Refused, nothing written.
#[test]
fn a_verb_that_breaks_what_refers_to_it_is_refused() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "draft", "free"]);
    t.ok(&["plan", "update", "free", "--pricing", "paid"]);
    t.ok(&[
        "plan",
        "price",
        "set",
        "free",
        "--model",
        "flat",
        "--currency",
        "USD",
        "--monthly",
        "5",
    ]);
    let e = t.fails(&["plan", "publish", "free"], 1);
    assert!(e.contains("freePlan: plan 'free' must be free"), "{e}");
    t.ok(&["plan", "discard-draft", "free"]);
    let e = t.fails(&["feature", "update", "region", "--values", "eu,apac"], 2);
    assert!(e.contains("'us' is not a value of feature 'region'"), "{e}");
    t.ok(&["product", "update", "app", "--start-trial-plan", "pro"]);
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&["plan", "update", "pro", "--no-trial"]);
    let e = t.fails(&["plan", "publish", "pro"], 1);
    assert!(e.contains("has no trial configured"), "{e}");
    // What the environment holds still exports to a file `apply` takes.
    t.ok(&["catalog", "export", "-o", "x.yaml"]);
    t.ok(&["catalog", "diff", "x.yaml"]);
}

/// After `currency archive` of a currency published plans grant (allowed: they keep granting),
/// the export moves the environment: applied to a fresh one (or promoted) it was refused — the
/// plans' versions counted as new uses of an archived currency. A new use of a currency the
/// environment already holds archived is still refused.
#[test]
fn an_archived_currency_in_use_moves_with_its_catalog() {
    let t = TestEnv::with_starter();
    t.ok(&["currency", "archive", "ai-credits"]);
    let exported = t.ok(&["catalog", "export"]);
    t.write("x.yaml", &exported);
    t.ok(&["env", "create", "moved"]);
    t.ok(&["-e", "moved", "catalog", "apply", "x.yaml"]);
    assert_eq!(t.ok(&["-e", "moved", "catalog", "export"]), exported);
    t.ok(&["env", "create", "promoted"]);
    t.ok(&[
        "env",
        "promote",
        "--from",
        "development",
        "--to",
        "promoted",
    ]);
    // A new version granting it where it is archived already: refused.
    let more = exported.replacen("amount: \"100\"", "amount: \"150\"", 1);
    assert_ne!(more, exported);
    t.write("more.yaml", &more);
    let e = t.fails(&["-e", "moved", "catalog", "apply", "more.yaml"], 1);
    assert!(e.contains("is archived"), "{e}");
}

/// A repeated `--country` or `--values` entry is refused (exit 2), never "the last one wins" or
/// kept twice; catalog messages name an enum feature and an overage price with "an".
#[test]
fn repeated_list_flags_are_refused_and_messages_read_right() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "draft", "pro"]);
    let e = t.fails(
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
            "49",
            "--annually",
            "490",
            "--country",
            "DK:DKK:5",
            "--country",
            "DK:DKK:6",
        ],
        2,
    );
    assert!(e.contains("--country DK is given twice"), "{e}");
    let e = t.fails(
        &[
            "plan",
            "entitlement",
            "set",
            "pro",
            "region",
            "--values",
            "us,us",
        ],
        2,
    );
    assert!(e.contains("given twice"), "{e}");
    let e = t.fails(
        &[
            "plan",
            "entitlement",
            "set",
            "pro",
            "region",
            "--limit",
            "3",
        ],
        2,
    );
    assert!(!e.contains("a enum"), "{e}");
}

/// A coupon made by the verb keeps its amounts in currency order, as `catalog apply` keeps
/// them: its export and the export of that export are the same bytes (USD, EUR as given were
/// kept in that order, and a move reordered them).
#[test]
fn a_coupon_made_by_the_verb_exports_as_one_made_by_a_file() {
    let t = TestEnv::new();
    t.ok(&[
        "coupon",
        "create",
        "c10",
        "--name",
        "C",
        "--amount-off",
        "10:USD,9:EUR",
    ]);
    let first = t.ok(&["catalog", "export"]);
    assert!(
        first.find("EUR").unwrap() < first.find("USD").unwrap(),
        "{first}"
    );
    t.write("x.yaml", &first);
    t.ok(&["env", "create", "b"]);
    t.ok(&["-e", "b", "catalog", "apply", "x.yaml"]);
    assert_eq!(t.ok(&["-e", "b", "catalog", "export"]), first);
}

/// An enum value still granted to a live subscription through an older version, or by a
/// promotion, is not removed by `feature update --values` (checks handed out a value the
/// feature no longer had); once nothing grants it, it goes.
#[test]
fn an_enum_value_in_use_is_not_removed() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "p1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "p1e",
        "--customer",
        "p1",
        "--plan",
        "enterprise",
    ]);
    t.ok(&["plan", "draft", "enterprise"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "enterprise",
        "region",
        "--values",
        "us,eu",
    ]);
    t.ok(&["plan", "publish", "enterprise"]);
    let e = t.fails(&["feature", "update", "region", "--values", "us,eu"], 1);
    assert!(e.contains("'enterprise' v1 grants 'apac'"), "{e}");
    t.ok(&["subscription", "migrate", "p1e"]);
    t.ok(&["customer", "create", "p2"]);
    t.ok(&[
        "entitlement",
        "grant",
        "p2",
        "region",
        "--values",
        "apac",
        "--period",
        "1mo",
    ]);
    let e = t.fails(&["feature", "update", "region", "--values", "us,eu"], 1);
    assert!(
        e.contains("a promotion of customer 'p2' grants 'apac'"),
        "{e}"
    );
    t.ok(&["entitlement", "revoke", "p2", "region"]);
    t.ok(&["feature", "update", "region", "--values", "us,eu"]);
    let (_, v) = crate::lifecycle::check(&t, &["p1", "region"]);
    assert!(!v.to_string().contains("apac"), "{v}");
}
