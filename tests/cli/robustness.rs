//! Bad databases, closed pipes and hostile input never panic and give the documented codes.

use crate::helpers::TestEnv;
use std::io::Read;
use std::process::Stdio;

#[test]
fn a_file_that_is_not_a_database_is_refused_with_78() {
    let t = TestEnv::new();
    t.write(
        "junk.db",
        "this is not sqlite at all, just text that is long enough to matter\n",
    );
    let e = t.fails(&["--db", "junk.db", "feature", "list"], 78);
    assert!(e.contains("junk.db"), "{e}");
    t.write("empty.db", "");
    let e = t.fails(&["--db", "empty.db", "feature", "list"], 78);
    assert!(e.contains("not a stigg-cli database"), "{e}");
    // A SQLite database of some other program.
    let conn = rusqlite::Connection::open(t.path().join("other.db")).unwrap();
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(conn);
    let e = t.fails(&["--db", "other.db", "feature", "list"], 78);
    assert!(e.contains("not a stigg-cli database"), "{e}");
    assert_eq!(
        std::fs::metadata(t.path().join("empty.db")).unwrap().len(),
        0,
        "empty file was adopted"
    );
    t.fails(&["--db", ".", "feature", "list"], 78);
}

#[test]
fn a_database_from_a_newer_schema_is_refused_with_78() {
    let t = TestEnv::new();
    t.ok(&["feature", "list"]);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let e = t.fails(&["feature", "list"], 78);
    assert!(
        e.contains("schema version 999, newer than this binary supports"),
        "{e}"
    );
}

#[test]
fn closed_stdout_is_a_quiet_success() {
    let t = TestEnv::new();
    let mut child = t
        .command(&["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut one = [0u8; 1];
    out.read_exact(&mut one).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "exit {status:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn published_versions_and_the_event_log_cannot_be_rewritten() {
    let t = TestEnv::with_starter();
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    assert!(
        conn.execute(
            "UPDATE package_versions SET body = '{}' WHERE package_id = 'pro'",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute("DELETE FROM package_versions WHERE package_id = 'pro'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM events", []).is_err());
    assert!(conn.execute("UPDATE events SET type = 'x'", []).is_err());
    // REPLACE deletes what it replaces without a DELETE trigger: refused by the insert's, and
    // a draft cannot be moved onto a published version's key.
    t.ok(&["plan", "draft", "pro"]);
    assert!(
        conn.execute(
            "UPDATE OR REPLACE package_versions SET version = 1, status = 'PUBLISHED'
             WHERE package_id = 'pro' AND status = 'DRAFT'",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "UPDATE package_versions SET package_id = 'basic' WHERE package_id = 'pro' AND status = 'DRAFT'",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "INSERT OR REPLACE INTO package_versions SELECT package_id, version, status, '{}',
                 parent_version, migration, created_at, published_at
             FROM package_versions WHERE package_id = 'pro'",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "INSERT OR REPLACE INTO events SELECT seq, event_id, 'x', occurred_at, entity_type,
                 entity_id, actor, payload FROM events ORDER BY seq LIMIT 1",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "INSERT OR REPLACE INTO events SELECT seq + 1000000, event_id, 'x', occurred_at,
                 entity_type, entity_id, actor, payload FROM events ORDER BY seq LIMIT 1",
            []
        )
        .is_err()
    );
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn garbage_arguments_never_panic() {
    let t = TestEnv::new();
    for args in [
        vec![
            "plan",
            "price",
            "set",
            "x",
            "--model",
            "flat",
            "--currency",
            "USD",
            "--monthly",
            "1e999",
        ],
        vec![
            "plan",
            "price",
            "set",
            "x",
            "--model",
            "usage",
            "--currency",
            "USD",
            "--tier",
            "::::",
        ],
        vec!["feature", "create", "\u{1b}[31m", "--type", "boolean"],
        vec!["clock", "advance", "99999999999999999999d"],
        vec!["coupon", "create", "c", "--amount-off", ":"],
    ] {
        let o = t.run(&args);
        assert!(
            o.code == 2 || o.code == 3,
            "{args:?}: exit {} {}",
            o.code,
            o.stderr
        );
        assert!(!o.stderr.contains("panicked"), "{args:?}: {}", o.stderr);
    }
}

fn customers_csv(prefix: &str, n: usize) -> String {
    let mut s = String::from("customerId,name,email\n");
    for i in 0..n {
        s.push_str(&format!(
            "{prefix}{i},Customer {i},{prefix}{i}@example.test\n"
        ));
    }
    s
}

#[test]
fn a_read_only_database_refuses_writes_with_78_and_still_reads() {
    let t = TestEnv::new();
    t.ok(&["feature", "list"]);
    let db = t.path().join("home/development.db");
    // Root ignores file modes; the immutable attribute stops it. Skip where chattr is unavailable.
    let ok = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&db)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: chattr +i is not available here");
        return;
    }
    let e = t.fails(&["feature", "create", "x", "--type", "boolean"], 78);
    let _ = std::process::Command::new("chattr")
        .arg("-i")
        .arg(&db)
        .status();
    assert!(e.contains("read-only"), "{e}");
    t.ok(&["feature", "create", "x", "--type", "boolean"]);
}

#[test]
fn disk_full_rolls_the_whole_import_back() {
    let t = TestEnv::new();
    let tiny = t.path().join("tiny");
    std::fs::create_dir_all(&tiny).unwrap();
    let mounted = crate::storage::mount(&["-t", "tmpfs", "-o", "size=300k", "tmpfs"], &tiny);
    if !mounted {
        eprintln!("skipped: cannot mount a small tmpfs here");
        return;
    }
    t.write("many.csv", &customers_csv("c", 4000));
    let o = t.run(&["--db", "tiny/env.db", "customer", "import", "many.csv"]);
    let count = rusqlite::Connection::open(tiny.join("env.db"))
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM customers", [], |r| r.get::<_, i64>(0)));
    let _ = std::process::Command::new("umount").arg(&tiny).status();
    assert_eq!(o.code, 74, "{}", o.stderr);
    assert!(o.stderr.contains("full"), "{}", o.stderr);
    assert!(!o.stderr.contains("panicked"));
    assert_eq!(count.unwrap(), 0, "a partial import was left behind");
}

#[test]
fn two_writers_at_once_both_finish_without_lost_updates() {
    let t = TestEnv::new();
    t.ok(&["feature", "list"]);
    t.write("a.csv", &customers_csv("a", 1500));
    t.write("b.csv", &customers_csv("b", 1500));
    let spawn = |f: &str| {
        t.command(&["-q", "customer", "import", f])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn("a.csv"), spawn("b.csv"));
    for child in [a, b] {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "3000");
    assert_eq!(t.events("customer.created", "").len(), 3000);
}

#[test]
fn kill_9_during_an_import_leaves_all_or_nothing_and_a_rerun_completes_it() {
    let t = TestEnv::new();
    t.ok(&["feature", "list"]);
    t.write("many.csv", &customers_csv("k", 6000));
    let mut child = t
        .command(&["-q", "customer", "import", "many.csv"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
        .unwrap();
    assert!(n == 0 || n == 6000, "partial import: {n} rows");
    drop(conn);
    let r = t.json(&["customer", "import", "many.csv"]);
    assert_eq!(
        r["inserted"].as_u64().unwrap() + r["unchanged"].as_u64().unwrap(),
        6000
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "6000");
}
