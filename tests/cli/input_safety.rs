//! Input files that are subtly wrong are refused at their line (exit 65, nothing written);
//! `--skip-invalid` rejects a malformed row and goes on; the rejects file is checked first.

use crate::helpers::TestEnv;

fn count(t: &TestEnv) -> String {
    t.sql("SELECT COUNT(*) FROM customers")
}

#[test]
fn malformed_csv_is_refused_at_its_line() {
    let t = TestEnv::with_starter();
    for (name, text, want) in [
        // An unterminated quote would swallow every later row into one cell.
        (
            "unterminated.csv",
            "customerId,name\nc1,a\nc2,\"b\nc3,c\nc4,d\n",
            "unterminated.csv:3:4: unterminated quoted cell",
        ),
        (
            "after-quote.csv",
            "customerId,name\nc1,a\n\"c3\"x,y\n",
            "after-quote.csv:3:5: 'x' after the closing quote",
        ),
        (
            "stray-quote.csv",
            "customerId,name\nc1,a\nc\"2,b\n",
            "stray-quote.csv:3:2: a quote inside an unquoted cell",
        ),
        (
            "bare-cr.csv",
            "customerId,name\nc1,a\rc2,b\n",
            "bare-cr.csv:2:5: a carriage return",
        ),
        (
            "dup-column.csv",
            "customerId,name,email,name\nc1,a,,b\n",
            "dup-column.csv:1: column 'name' appears twice (columns 2 and 4)",
        ),
        (
            "dup-trimmed.csv",
            "customerId, name,name \nc1,a,b\n",
            "dup-trimmed.csv:1: column 'name' appears twice",
        ),
        (
            "empty-name.csv",
            "customerId,,name\nc1,x,y\n",
            "empty-name.csv:1: column 2 has no name",
        ),
        ("empty.csv", "", "empty.csv:1: the file is empty"),
        ("blank.csv", "\n\r\n", "blank.csv:1: the file is empty"),
        ("spaces.csv", "  \t\n \n", "spaces.csv:1: the file is empty"),
        (
            "blank-header.csv",
            "   \ncustomerId\nc1\n",
            "blank-header.csv:1: the header line is blank",
        ),
        (
            "ragged.csv",
            "customerId,name\nc1,a\nc2\n",
            "ragged.csv:3: expected 2 columns, found 1",
        ),
    ] {
        t.write(name, text);
        let e = t.fails(&["customer", "import", name], 65);
        assert!(e.contains(want), "{name}: {e}");
        assert_eq!(count(&t), "0", "{name}");
    }
    // The streaming reader of `usage import` says the same.
    for (name, want) in [
        ("spaces.csv", "spaces.csv:1: the file is empty"),
        (
            "blank-header.csv",
            "blank-header.csv:1: the header line is blank",
        ),
    ] {
        let e = t.fails(&["usage", "import", name], 65);
        assert!(e.contains(want), "usage import {name}: {e}");
    }
    // A quoted cell may hold commas, quotes and line breaks; CRLF ends a record; blank lines
    // are skipped; a header-only file is zero rows.
    t.write(
        "good.csv",
        "customerId,name\r\nc1,\"A, \"\"B\"\"\r\nC\"\r\n\r\nc2,x\r\n",
    );
    t.ok(&["customer", "import", "good.csv"]);
    assert_eq!(t.json(&["customer", "show", "c1"])["name"], "A, \"B\"\r\nC");
    t.write("header.csv", "customerId,name\n");
    assert_eq!(t.json(&["customer", "import", "header.csv"])["rows"], 0);
}

#[test]
fn repeated_json_keys_are_refused_at_any_depth() {
    let t = TestEnv::with_starter();
    for (name, text, want) in [
        (
            "top.json",
            "{\"customers\": [{\"customerId\": \"a\", \"name\": \"x\", \"name\": \"y\"}]}",
            "top.json:1:54: duplicate key 'name'",
        ),
        (
            "nested.json",
            "{\"customers\": [{\"customerId\": \"a\", \"metadata\": {\"k\": \"1\",\n\"k\": \"2\"}}]}",
            "nested.json:2:3: duplicate key 'k'",
        ),
        (
            "deep.jsonl",
            "{\"customerId\": \"a\", \"metadata\": {\"k\": \"1\", \"k\": \"2\"}}\n",
            "deep.jsonl:1:46: duplicate key 'k'",
        ),
        (
            "collection.json",
            "{\"customers\": [{\"customerId\": \"a\"}],\n \"customers\": [{\"customerId\": \"b\"}]}",
            "collection.json:2:",
        ),
    ] {
        t.write(name, text);
        let e = t.fails(&["customer", "import", name], 65);
        assert!(e.contains(want), "{name}: {e}");
        assert!(e.contains("duplicate key"), "{name}: {e}");
        assert_eq!(count(&t), "0", "{name}");
    }
}

#[test]
fn json_rows_in_multi_line_documents_are_reported_at_their_lines() {
    let t = TestEnv::with_starter();
    let doc = "{\n\n\n  \"customers\": [\n    {\n      \"customerId\": \"ok1\",\n      \"metadata\": {\"k\": \"[x]\"}\n    },\n    {\"customerId\": \"ok2\", \"name\": \"a \\\"quoted\\\" ] name\"}, {\"customerId\":\n      \"bad 1\"},\n\n    {\n      \"customerId\": \"ok3\"\n    },\n    {\n      \"customerId\": \"c4\",\n      \"email\": \"nope\"\n    }\n  ]\n}\n";
    t.write("multi.json", doc);
    let e = t.fails(&["customer", "import", "multi.json"], 65);
    assert!(e.contains("2 of 5 rows are invalid"), "{e}");
    assert!(e.contains("multi.json:9: invalid customer id"), "{e}");
    assert!(
        e.contains("multi.json:15: email: 'nope' is not an email"),
        "{e}"
    );
    // A top-level list works the same.
    t.write(
        "list.json",
        "[\n  {\"customerId\": \"a\"},\n\n  {\"customerId\": \"b b\"}\n]",
    );
    let e = t.fails(&["customer", "import", "list.json"], 65);
    assert!(e.contains("list.json:4: invalid customer id"), "{e}");
}

#[test]
fn a_byte_order_mark_is_accepted_in_every_format() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "\u{feff}customerId,name\nbom-csv,A\n");
    t.write(
        "c.json",
        "\u{feff}{\"customers\": [{\"customerId\": \"bom-json\"}]}",
    );
    t.write("c.jsonl", "\u{feff}{\"customerId\": \"bom-jsonl\"}\n");
    for f in ["c.csv", "c.json", "c.jsonl"] {
        assert_eq!(t.json(&["customer", "import", f])["inserted"], 1, "{f}");
    }
    let cat = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    t.write("bom.yaml", &format!("\u{feff}{cat}"));
    t.ok(&["catalog", "validate", "bom.yaml"]);
}

#[test]
fn invalid_utf8_is_located_by_line_and_column() {
    let t = TestEnv::with_starter();
    let mut bytes = b"customerId,name\nc1,ok\nc2,b\xC3\xA9a".to_vec();
    bytes.extend_from_slice(b"d\xFFx\n");
    std::fs::write(t.path().join("latin.csv"), &bytes).unwrap();
    let e = t.fails(&["customer", "import", "latin.csv"], 65);
    assert!(
        e.contains("latin.csv:3:8: not UTF-8 text (byte 0xFF)"),
        "{e}"
    );
    std::fs::write(t.path().join("bad.yaml"), b"features:\n  - id: \xE9t\xE9\n").unwrap();
    let e = t.fails(&["catalog", "validate", "bad.yaml"], 65);
    assert!(e.contains("bad.yaml:2:9: not UTF-8"), "{e}");
}

#[test]
fn skip_invalid_rejects_malformed_rows_and_goes_on() {
    let t = TestEnv::with_starter();
    t.write(
        "c.jsonl",
        "{\"customerId\": \"a\"}\nthis is not json\n{\"customerId\": \"b\", \"x\": [}\n{\"customerId\": \"c\"}\n[1]\n{\"customerId\": \"d\"}\n",
    );
    let r = t.json(&[
        "customer",
        "import",
        "c.jsonl",
        "--skip-invalid",
        "--rejects",
        "rej.jsonl",
    ]);
    assert_eq!(
        (r["inserted"].as_u64(), r["rejected"].as_u64()),
        (Some(3), Some(3))
    );
    let rej = std::fs::read_to_string(t.path().join("rej.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = rej
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["text"], "this is not json");
    assert_eq!(lines[0]["line"], 2);
    assert!(lines[0]["reason"].as_str().unwrap().starts_with("not JSON"));
    assert_eq!(
        lines[2]["text"], "[1]",
        "a row that is not an object: its text as written"
    );

    t.write(
        "c.csv",
        "customerId,name\ne,E\nf\ng,G,extra\n\"h\"x,H\ni,I\n",
    );
    let r = t.json(&[
        "customer",
        "import",
        "c.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (r["inserted"].as_u64(), r["rejected"].as_u64()),
        (Some(2), Some(3))
    );
    insta::assert_snapshot!(std::fs::read_to_string(t.path().join("rej.csv")).unwrap(), @r#"
    customerId,name,reason
    ,,"expected 2 columns, found 1; the row was: f"
    ,,"expected 2 columns, found 3; the row was: g,G,extra"
    ,,"'x' after the closing quote of a cell (quote the whole cell and double any quote inside it); the row was: ""h""x,H"
    "#);
    // Without --skip-invalid the same file is refused as a whole.
    t.fails(&["customer", "import", "c.csv"], 65);
}

#[test]
fn the_rejects_file_is_checked_before_anything_is_written() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId,email\nok,a@b.co\nbad,nope\n");
    // Not writable (no such directory): exit 74 and nothing imported.
    let e = t.fails(
        &[
            "customer",
            "import",
            "c.csv",
            "--skip-invalid",
            "--rejects",
            "missing/rej.csv",
        ],
        74,
    );
    assert!(e.contains("missing/rej.csv"), "{e}");
    assert_eq!(count(&t), "0");
    // The input file itself, however it is spelled: refused, the input untouched.
    std::fs::create_dir(t.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(t.path().join("c.csv"), t.path().join("link.csv")).unwrap();
    std::fs::hard_link(t.path().join("c.csv"), t.path().join("hard.csv")).unwrap();
    for rejects in ["c.csv", "./c.csv", "sub/../c.csv", "link.csv", "hard.csv"] {
        let e = t.fails(
            &[
                "customer",
                "import",
                "c.csv",
                "--skip-invalid",
                "--rejects",
                rejects,
            ],
            2,
        );
        assert!(e.contains("is the input file"), "{rejects}: {e}");
    }
    assert_eq!(
        std::fs::read_to_string(t.path().join("c.csv")).unwrap(),
        "customerId,email\nok,a@b.co\nbad,nope\n"
    );
    assert_eq!(count(&t), "0");
    // A directory as the rejects file.
    t.fails(
        &[
            "customer",
            "import",
            "c.csv",
            "--skip-invalid",
            "--rejects",
            "sub",
        ],
        74,
    );
    assert_eq!(count(&t), "0");
    t.ok(&[
        "customer",
        "import",
        "c.csv",
        "--skip-invalid",
        "--rejects",
        "sub/rej.csv",
    ]);
    assert_eq!(count(&t), "1");
}

#[test]
fn a_fixed_rejects_file_re_imports_as_it_is_and_archived_coupons_are_recorded() {
    let t = TestEnv::with_starter();
    t.write(
        "c.csv",
        "customerId,name,couponId\nok1,One,\nbad one,Two,\nok2,Three,ghost\n",
    );
    t.ok(&[
        "customer",
        "import",
        "c.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    let rej = std::fs::read_to_string(t.path().join("rej.csv")).unwrap();
    assert!(rej.starts_with("customerId,name,couponId,reason"), "{rej}");
    // Fix the rows, keep the reason column: it re-imports.
    let fixed = rej.replace("bad one", "bad-one").replace("ghost", "");
    t.write("fixed.csv", &fixed);
    let r = t.json(&["customer", "import", "fixed.csv"]);
    assert_eq!(r["inserted"], 2, "{r}");
    // An archived coupon is refused by `customer create`, and recorded by an import (a
    // customer moved from where it was applied before it was archived); a coupon that does
    // not exist is refused by both.
    t.ok(&["coupon", "archive", "launch20"]);
    let e = t.fails(&["customer", "create", "new0", "--coupon", "launch20"], 1);
    assert!(e.contains("archived"), "{e}");
    t.write("arch.csv", "customerId,couponId\nnew1,launch20\n");
    t.ok(&["customer", "import", "arch.csv"]);
    assert_eq!(
        t.json(&["customer", "show", "new1"])["couponId"],
        "launch20"
    );
    t.write("ghost.csv", "customerId,couponId\nnew2,ghost\n");
    t.fails(&["customer", "import", "ghost.csv"], 65);
}

/// `--rejects /dev/stdout` (or `/dev/fd/N`) and `export -o /dev/stdout` write through the
/// descriptor: a file the shell appends stdout to keeps what it had (a rename over it, or
/// reopening it with truncation, would lose the operator's log).
#[cfg(unix)]
#[test]
fn writing_to_dev_stdout_appends_to_a_redirected_file() {
    let t = TestEnv::with_starter();
    t.write("in.csv", "customerId,email\np11,bad\np12,\n");
    let log = t.path().join("out.txt");
    std::fs::write(&log, "line before\n").unwrap();
    let append =
        || std::process::Stdio::from(std::fs::OpenOptions::new().append(true).open(&log).unwrap());
    let st = t
        .command(&[
            "customer",
            "import",
            "in.csv",
            "--skip-invalid",
            "--rejects",
            "/dev/stdout",
        ])
        .stdout(append())
        .status()
        .unwrap();
    assert!(st.success());
    let st = t
        .command(&["customer", "export", "-o", "/dev/stdout"])
        .stdout(append())
        .status()
        .unwrap();
    assert!(st.success());
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.starts_with("line before\n"), "{text}");
    assert!(text.contains("p11,bad,"), "the rejects: {text}");
    assert!(text.contains("rows"), "the summary after them: {text}");
    assert!(text.contains("\np12,"), "the export: {text}");
}

/// An id twice in one file: without `updatedAt` the later row is rejected (the last one would
/// win, and every run of the file would flip the record); with it, the newer row wins and a
/// second run changes nothing.
#[test]
fn an_id_twice_in_one_file_is_rejected_unless_updated_at_decides() {
    let t = TestEnv::with_starter();
    t.write("d.csv", "customerId,name\ng1,Good One\ng2,Two\ng1,Dup\n");
    let e = t.fails(&["customer", "import", "d.csv"], 65);
    assert!(
        e.contains("d.csv:4: customerId 'g1' is also on line 2"),
        "{e}"
    );
    assert_eq!(count(&t), "0");
    let args = [
        "customer",
        "import",
        "d.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ];
    let r = t.json(&args);
    assert_eq!(
        (r["inserted"].as_u64(), r["rejected"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(t.json(&["customer", "show", "g1"])["name"], "Good One");
    let r = t.json(&args);
    assert_eq!(
        (r["unchanged"].as_u64(), r["updated"].as_u64()),
        (Some(2), Some(0))
    );
    // With updatedAt, the newer row wins, in the file as against the store.
    t.write(
        "u.csv",
        "customerId,name,updatedAt\nh1,New,2025-12-05T00:00:00Z\nh1,Old,2025-12-02T00:00:00Z\n",
    );
    let r = t.json(&["customer", "import", "u.csv"]);
    assert_eq!(
        (r["inserted"].as_u64(), r["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(t.json(&["customer", "show", "h1"])["name"], "New");
    let r = t.json(&["customer", "import", "u.csv"]);
    assert_eq!(
        (r["unchanged"].as_u64(), r["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    // Rows that tie on updatedAt, or where only one carries it, do not decide: the later one is
    // a bad row, whatever the order.
    for (name, text) in [
        (
            "tie.csv",
            "customerId,name,updatedAt\nt1,A,2025-06-01T00:00:00Z\nt1,B,2025-06-01T00:00:00Z\n",
        ),
        (
            "mix.csv",
            "customerId,name,updatedAt\nt2,NoTs,\nt2,WithTs,2025-06-01T00:00:00Z\n",
        ),
        (
            "mix2.csv",
            "customerId,name,updatedAt\nt3,WithTs,2025-06-01T00:00:00Z\nt3,NoTs,\n",
        ),
        (
            "three.csv",
            "customerId,name,updatedAt\nt4,A,2025-06-01T00:00:00Z\nt4,B,2025-06-02T00:00:00Z\nt4,C,2025-06-02T00:00:00Z\n",
        ),
    ] {
        t.write(name, text);
        let e = t.fails(&["customer", "import", name], 65);
        assert!(e.contains("is also on line 2"), "{name}: {e}");
    }
    // Subscriptions alike.
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod\ns1,g1,basic,MONTHLY\ns1,g2,basic,MONTHLY\n",
    );
    let e = t.fails(&["subscription", "import", "s.csv"], 65);
    assert!(
        e.contains("s.csv:3: subscriptionId 's1' is also on line 2"),
        "{e}"
    );
    // With --skip-invalid, 20 rejected rows are warned about, then a count.
    let mut many = String::from("customerId,email\n");
    for i in 0..25 {
        many.push_str(&format!("m{i},not-an-email\n"));
    }
    t.write("many.csv", &many);
    let o = t.run(&[
        "customer",
        "import",
        "many.csv",
        "--skip-invalid",
        "--rejects",
        "m.csv",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(
        o.stderr.matches("warning: many.csv:").count(),
        20,
        "{}",
        o.stderr
    );
    assert!(
        o.stderr
            .contains("… and 5 more rejected rows (all in m.csv)"),
        "{}",
        o.stderr
    );
}

/// Exports are streamed (never held whole): a write that fails part-way is the error reported,
/// with the file's name, and a file written through a rename never appears half-written.
#[cfg(unix)]
#[test]
fn a_streamed_export_that_cannot_be_written_fails_cleanly() {
    let t = TestEnv::with_starter();
    let mut csv = String::from("customerId,name\n");
    for i in 0..3000 {
        csv.push_str(&format!("c{i},Customer number {i}\n"));
    }
    t.write("c.csv", &csv);
    t.ok(&["customer", "import", "c.csv"]);
    if std::path::Path::new("/dev/full").exists() {
        let e = t.fails(&["customer", "export", "-o", "/dev/full"], 74);
        assert!(e.contains("cannot write /dev/full: no space left"), "{e}");
    }
    t.ok(&["customer", "export", "-o", "whole.csv"]);
    let whole = std::fs::read_to_string(t.path().join("whole.csv")).unwrap();
    assert_eq!(whole.lines().count(), 3001);
    // Under a file size limit (100 KiB) below the export's size (~170 KiB).
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg("ulimit -f 100 && exec \"$0\" customer export -o cut.csv")
        .arg(env!("CARGO_BIN_EXE_stigg-cli"))
        .current_dir(t.path())
        .env_clear();
    for (k, v) in t.command(&[]).get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    let o = c.output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(74), "{err}");
    assert!(
        err.contains("cannot write cut.csv: file too large"),
        "{err}"
    );
    assert!(!t.path().join("cut.csv").exists());
    let temporaries = std::fs::read_dir(t.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    assert_eq!(temporaries, 0);
}

/// `export -o /dev/stdout | head -1`: the reader going away is a quiet end, as on stdout.
#[cfg(unix)]
#[test]
fn an_export_through_dev_stdout_to_a_closed_pipe_ends_quietly() {
    use std::io::BufRead;
    let t = TestEnv::with_starter();
    let mut csv = String::from("customerId,name\n");
    for i in 0..20000 {
        csv.push_str(&format!("c{i},Customer number {i}\n"));
    }
    t.write("c.csv", &csv);
    t.ok(&["customer", "import", "c.csv"]);
    for out in ["/dev/stdout", "-"] {
        let mut child = t
            .command(&["customer", "export", "-o", out])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with("customerId,"), "{first}");
        let o = child.wait_with_output().unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{out}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&o.stderr), "", "{out}");
    }
}

/// A blank name or billing id is no value on create and update, as an import's blank cell is
/// (stored as given, an export re-imported cleared it: not a no-op); other values are kept as
/// given, as an import keeps them;
/// `customer update --coupon ""` removes the coupon, as `--name ""` clears the name.
#[test]
fn blank_customer_fields_are_no_value_so_exports_reimport_unchanged() {
    let t = TestEnv::with_starter();
    t.ok(&[
        "customer",
        "create",
        "bl1",
        "--name",
        "  ",
        "--billing-id",
        " ",
        "--coupon",
        " ",
    ]);
    t.ok(&[
        "customer",
        "create",
        "bl2",
        "--name",
        "  Acme  ",
        "--billing-id",
        "cus_9",
    ]);
    let c = t.json(&["customer", "show", "bl1"]);
    assert_eq!(
        (&c["name"], &c["billingId"], &c["couponId"]),
        (
            &serde_json::Value::Null,
            &serde_json::Value::Null,
            &serde_json::Value::Null
        ),
        "{c}"
    );
    // Anything else is kept as given, as an import keeps it.
    let c = t.json(&["customer", "show", "bl2"]);
    assert_eq!(
        (&c["name"], &c["billingId"]),
        (&"  Acme  ".into(), &"cus_9".into())
    );
    t.ok(&["customer", "export", "-o", "c.csv"]);
    let r = t.json(&["customer", "import", "c.csv"]);
    assert_eq!(
        (r["unchanged"].as_u64(), r["updated"].as_u64()),
        (Some(2), Some(0)),
        "{r}"
    );
    t.ok(&["customer", "update", "bl2", "--coupon", "launch20"]);
    assert_eq!(t.json(&["customer", "show", "bl2"])["couponId"], "launch20");
    // So does `subscription update --coupon ""`; a blank one on create is none.
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "bl2",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--coupon",
        "launch20",
    ]);
    t.ok(&["subscription", "update", "s2", "--coupon", ""]);
    assert_eq!(
        t.json(&["subscription", "show", "s2"])["couponId"],
        serde_json::Value::Null
    );
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "bl1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--coupon",
        "  ",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["couponId"],
        serde_json::Value::Null
    );
    t.ok(&["customer", "update", "bl2", "--coupon", "", "--name", " "]);
    let c = t.json(&["customer", "show", "bl2"]);
    assert_eq!(
        (&c["couponId"], &c["name"]),
        (&serde_json::Value::Null, &serde_json::Value::Null),
        "{c}"
    );
}
