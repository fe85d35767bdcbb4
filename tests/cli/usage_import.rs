//! `usage import`: streamed, one transaction, duplicates counted, bad rows all-or-nothing or
//! rejected one by one; the values equal what single reports would have made.

use crate::lifecycle::{check, env};
use std::process::Stdio;

fn events_csv(prefix: &str, n: usize) -> String {
    let mut s = String::from("customerId,eventName,timestamp,idempotencyKey,dimensions.status\n");
    for i in 0..n {
        s.push_str(&format!("acme,api.request,,{prefix}{i},200\n"));
    }
    s
}

#[test]
fn events_import_counts_duplicates_and_is_all_or_nothing() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let mut csv = events_csv("k", 5);
    csv.push_str("acme,api.request,,k0,200\n"); // a duplicate inside the file
    t.write("ev.csv", &csv);
    let r = t.json(&["usage", "import", "ev.csv"]);
    assert_eq!(
        (r["inserted"].as_u64(), r["duplicates"].as_u64()),
        (Some(5), Some(1))
    );
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "5");
    // Across runs: all duplicates, nothing counted twice.
    let r = t.json(&["usage", "import", "ev.csv"]);
    assert_eq!(r["duplicates"].as_u64(), Some(6));
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "5");
    // One bad row: nothing of the file is written (exit 65, the line named).
    t.write(
        "bad.csv",
        "customerId,eventName,timestamp,idempotencyKey\nacme,api.request,,n1\nacme,api.request,2026-01-01T00:00:00,n2\nacme,api.request,,\n",
    );
    let e = t.fails(&["usage", "import", "bad.csv"], 65);
    assert!(e.contains("bad.csv:3: timestamp"), "{e}");
    assert!(e.contains("bad.csv:4: idempotencyKey is required"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "5");
    // --skip-invalid imports the good rows and writes the bad ones with their reason.
    t.ok(&[
        "usage",
        "import",
        "bad.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    let rej = std::fs::read_to_string(t.path().join("rej.csv")).unwrap();
    assert!(
        rej.starts_with("customerId,eventName,timestamp,idempotencyKey,reason\n"),
        "{rej}"
    );
    assert_eq!(rej.lines().count(), 3, "{rej}");
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "6");
    // The rejects file may not be the input; a dry run changes nothing and answers 1.
    t.fails(
        &[
            "usage",
            "import",
            "bad.csv",
            "--skip-invalid",
            "--rejects",
            "bad.csv",
        ],
        2,
    );
    t.write("more.csv", &events_csv("m", 2));
    t.exits(&["usage", "import", "more.csv", "--dry-run"], 1);
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "6");
    // One summary event per import, not one per row.
    assert_eq!(t.events("usage.imported", "").len(), 3);
}

#[test]
fn reported_usage_imports_from_json_lines_and_equals_a_recalculation() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write(
        "u.jsonl",
        "{\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":2.5}\n\
         {\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":\"1\",\"idempotencyKey\":\"x\"}\n\
         \n\
         {\"customerId\":\"acme\",\"featureId\":\"seats\",\"value\":3,\"updateBehavior\":\"SET\",\"dimensions\":{\"team\":\"a\"}}\n",
    );
    t.fails(&["usage", "import", "u.jsonl"], 2); // JSON lines need --kind
    let r = t.json(&["usage", "import", "u.jsonl", "--kind", "usage"]);
    assert_eq!(r["inserted"].as_u64(), Some(3));
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "3.5");
    assert_eq!(check(&t, &["acme", "seats"]).1["currentUsage"], "3");
    let before = t.sql("SELECT * FROM usage_windows ORDER BY 1, 2, 3, 4");
    assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
    assert_eq!(
        t.sql("SELECT * FROM usage_windows ORDER BY 1, 2, 3, 4"),
        before
    );
    // Below zero in the file: the row is refused, not the rest.
    t.write(
        "neg.jsonl",
        "{\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":\"-9\"}\n",
    );
    let e = t.fails(&["usage", "import", "neg.jsonl", "--kind", "usage"], 65);
    assert!(e.contains("below zero"), "{e}");
}

#[test]
fn two_imports_at_once_add_up() {
    let mut t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.now = None;
    t.ok(&["clock", "unfreeze"]);
    t.write("a.csv", &events_csv("a", 800));
    t.write("b.csv", &events_csv("b", 800));
    let spawn = |f: &str| {
        t.command(&["-q", "usage", "import", f])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn("a.csv"), spawn("b.csv"));
    for c in [a, b] {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "1600");
    let (_, v) = check(&t, &["acme", "api-calls"]);
    assert_eq!(v["currentUsage"], "1600");
}

#[test]
fn kill_9_during_a_usage_import_leaves_all_or_nothing_and_a_rerun_completes_it() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write("big.csv", &events_csv("z", 150_000));
    let mut child = t
        .command(&["-q", "usage", "import", "big.csv"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    let _ = child.kill();
    let _ = child.wait();
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM raw_events", [], |r| r.get(0))
        .unwrap();
    assert!(n == 0 || n == 150_000, "partial import: {n} events");
    drop(conn);
    let r = t.json(&["usage", "import", "big.csv"]);
    assert_eq!(
        r["inserted"].as_u64().unwrap() + r["duplicates"].as_u64().unwrap(),
        150_000
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "150000");
    assert_eq!(
        check(&t, &["acme", "api-calls"]).1["currentUsage"],
        "150000"
    );
}

/// The file is read on a second thread: a fatal read error (bytes that are not UTF-8) far into
/// it, and a stop after too many bad rows, both end the import with nothing written and the
/// line named; the rows before them in the same batch are not half-applied.
#[test]
fn a_fatal_row_deep_in_the_file_or_too_many_bad_rows_write_nothing() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let mut bytes = events_csv("u", 5000).into_bytes();
    bytes.extend_from_slice(b"acme,api.request,,bad\xff\xfe,200\n");
    bytes.extend_from_slice(events_csv("v", 10).split_once('\n').unwrap().1.as_bytes());
    std::fs::write(t.path().join("utf.csv"), &bytes).unwrap();
    let e = t.fails(&["usage", "import", "utf.csv"], 65);
    assert!(
        e.contains("utf.csv:5002:22: not UTF-8 text (byte 0xFF)"),
        "{e}"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "0");
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_windows"), "0");

    let mut csv = String::from("customerId,eventName,timestamp,idempotencyKey\n");
    for i in 0..5000 {
        csv.push_str(&format!("acme,api.request,2026-13-01T00:00:00Z,b{i}\n"));
    }
    t.write("many.csv", &csv);
    let e = t.fails(&["usage", "import", "many.csv"], 65);
    assert!(e.contains("5000 of 5000 rows are invalid"), "{e}");
    assert!(e.contains("many.csv:2: timestamp"), "{e}");
    assert!(e.contains("… and 4950 more"), "{e}");
    // With --skip-invalid every row is read and rejected; good rows around them count.
    csv.push_str("acme,api.request,,good1\n");
    t.write("many.csv", &csv);
    let r = t.json(&[
        "usage",
        "import",
        "many.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (
            r["rows"].as_u64(),
            r["inserted"].as_u64(),
            r["rejected"].as_u64()
        ),
        (Some(5001), Some(1), Some(5000))
    );
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "1");
}

/// A row that cannot be read says where in its line: the column of a stray quote, a JSON
/// syntax error or a quote that never closes (counted from the record's first line).
#[test]
fn unreadable_rows_name_their_line_and_column() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write(
        "u.csv",
        "customerId,featureId,value,timestamp,idempotencyKey\n\
         acme,exports,1,,\"k\"1\n\
         acme,exports,1,,\"two\nlines\"x\n\
         acme,exports,abc,,k3\n",
    );
    let e = t.fails(&["usage", "import", "u.csv"], 65);
    assert!(e.contains("u.csv:2:20: '1' after the closing quote"), "{e}");
    assert!(e.contains("u.csv:4:7: 'x' after the closing quote"), "{e}");
    assert!(e.contains("u.csv:5: value: 'abc'"), "{e}");
    t.write(
        "u.jsonl",
        "{\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":1,}\n\
         {\"customerId\":\"acme\" \"featureId\":\"exports\"}\n",
    );
    let e = t.fails(&["usage", "import", "u.jsonl", "--kind", "usage"], 65);
    assert!(e.contains("u.jsonl:1:54: not JSON: trailing comma"), "{e}");
    assert!(e.contains("u.jsonl:2:22: not JSON"), "{e}");
    t.write(
        "open.csv",
        "customerId,featureId,value,timestamp,idempotencyKey\nacme,exports,1,,k1\nacme,\"exports,1,,k2\n",
    );
    let e = t.fails(&["usage", "import", "open.csv"], 65);
    assert!(
        e.contains("open.csv:3:6: a quote opened here is never closed"),
        "{e}"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), "0");
}

/// Dimension names are trimmed as other column names are (`dimensions. a` is `dimensions.a`):
/// one written both ways is named twice, and a JSON key with blanks is the same dimension.
#[test]
fn dimension_names_are_trimmed_like_other_columns() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write(
        "twice.csv",
        "customerId,featureId,value,dimensions.a,dimensions. a\nacme,exports,1,x,y\n",
    );
    let e = t.fails(&["usage", "import", "twice.csv"], 65);
    assert!(e.contains("'dimensions.a' is named twice"), "{e}");
    t.write(
        "d.csv",
        "customerId,featureId,value,idempotencyKey,dimensions. kind \nacme,exports,1,k1,pdf\n",
    );
    t.ok(&["usage", "import", "d.csv"]);
    t.write(
        "d.jsonl",
        "{\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":1,\"idempotencyKey\":\"k2\",\"dimensions\":{\" kind\":\"csv\"}}\n",
    );
    t.ok(&["usage", "import", "d.jsonl", "--kind", "usage"]);
    assert_eq!(
        t.sql("SELECT group_concat(dimensions, ' ') FROM usage_reports ORDER BY id"),
        r#"{"kind":"pdf"} {"kind":"csv"}"#
    );
}

/// A UTF-16 file is refused as what it is, by every reader of rows.
#[test]
fn a_utf16_file_is_refused_as_utf16_by_every_import() {
    let t = env();
    let mut bytes = vec![0xFF, 0xFE];
    for u in "customerId,featureId,value\nacme,exports,1\n".encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(t.path().join("u16.csv"), &bytes).unwrap();
    for verb in [
        &["usage", "import", "u16.csv"][..],
        &["customer", "import", "u16.csv"][..],
        &["subscription", "import", "u16.csv"][..],
        &["catalog", "validate", "u16.csv"][..],
    ] {
        let e = t.fails(verb, 65);
        assert!(
            e.contains("u16.csv:1:1: the file is UTF-16 text"),
            "{verb:?}: {e}"
        );
    }
}

/// A JSON-lines rejects file imported again as it is keeps each row's reason: a row that did
/// not parse is written as `{"line", "text", "reason"}`, which was then rejected for its
/// "unknown column 'line'" (the reason lost) — for usage and for customer imports alike.
#[test]
fn a_json_rejects_file_of_a_rejects_file_reads_alike() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write(
        "u.jsonl",
        "{\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":1,\"value\":2,\"idempotencyKey\":\"j1\"}\n\
         not json\n\
         [1, 2]\n\
         {\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":\"x\",\"idempotencyKey\":\"j2\"}\n\
         {\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":1,\"idempotencyKey\":\"j3\"}\n\
         {\"customerId\":\"acme\",\"featureId\":\"exports\",\"value\":1,\"idempotencyKey\":\"j5\",\"dimensions\":{\"n\":{\"x\":1}}}\n",
    );
    let import = |file: &str, rejects: &str| {
        t.ok(&[
            "usage",
            "import",
            file,
            "--kind",
            "usage",
            "--skip-invalid",
            "--rejects",
            rejects,
        ]);
        std::fs::read_to_string(t.path().join(rejects)).unwrap()
    };
    let first = import("u.jsonl", "r1.jsonl");
    assert_eq!(first.lines().count(), 5, "{first}");
    assert!(first.contains("duplicate key 'value'"), "{first}");
    // A row that parsed as an object is repeated with its reason, whatever was wrong in it (a
    // nested dimension was written as a row that did not parse).
    let nested = first.lines().last().unwrap();
    assert!(
        nested.starts_with("{\"customerId\":\"acme\"") && nested.contains("\"reason\":"),
        "{nested}"
    );
    let second = import("r1.jsonl", "r2.jsonl");
    assert!(!second.contains("unknown column"), "{second}");
    let reasons = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["reason"].as_str().unwrap().to_string()
            })
            .collect()
    };
    assert_eq!(reasons(&second), reasons(&first));
    assert_eq!(import("r2.jsonl", "r3.jsonl"), second);
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "1");

    t.write(
        "c.jsonl",
        "{\"customerId\":\"a1\",\"name\":\"A\",\"name\":\"B\"}\n{\"customerId\":\"a2\"}\n",
    );
    t.ok(&[
        "customer",
        "import",
        "c.jsonl",
        "--skip-invalid",
        "--rejects",
        "c1.jsonl",
    ]);
    t.ok(&[
        "customer",
        "import",
        "c1.jsonl",
        "--skip-invalid",
        "--rejects",
        "c2.jsonl",
    ]);
    let (c1, c2) = (
        std::fs::read_to_string(t.path().join("c1.jsonl")).unwrap(),
        std::fs::read_to_string(t.path().join("c2.jsonl")).unwrap(),
    );
    assert!(!c2.contains("unknown column"), "{c2}");
    assert_eq!(reasons(&c2), reasons(&c1));
}

/// A CSV rejects file imported again as it is keeps each row's reason and text: a row that
/// could not be split into the header's columns is written with empty cells and its text in
/// `reason`, and was then rejected for its empty `customerId` (the row's text lost).
#[test]
fn a_csv_rejects_file_of_a_rejects_file_reads_alike() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.write(
        "u.csv",
        "customerId,featureId,value,idempotencyKey\n\
         acme,exports,1,k1,extra\n\
         acme,exports,x,k2\n\
         acme,exports,1,k3\n",
    );
    let import = |file: &str, rejects: &str| {
        t.ok(&[
            "usage",
            "import",
            file,
            "--skip-invalid",
            "--rejects",
            rejects,
        ]);
        std::fs::read_to_string(t.path().join(rejects)).unwrap()
    };
    let first = import("u.csv", "r1.csv");
    assert!(
        first.contains("the row was: acme,exports,1,k1,extra"),
        "{first}"
    );
    let second = import("r1.csv", "r2.csv");
    assert_eq!(second, first);
    t.write("c.csv", "customerId,name\na1,A,extra\na2,B\n");
    t.ok(&[
        "customer",
        "import",
        "c.csv",
        "--skip-invalid",
        "--rejects",
        "c1.csv",
    ]);
    t.ok(&[
        "customer",
        "import",
        "c1.csv",
        "--skip-invalid",
        "--rejects",
        "c2.csv",
    ]);
    let (c1, c2) = (
        std::fs::read_to_string(t.path().join("c1.csv")).unwrap(),
        std::fs::read_to_string(t.path().join("c2.csv")).unwrap(),
    );
    assert!(c1.contains("the row was: a1,A,extra"), "{c1}");
    assert_eq!(c2, c1);
}
