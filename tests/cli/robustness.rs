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
