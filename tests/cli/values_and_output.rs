//! Values that are refused (negative limits and usage), searched literally (`customer list
//! --search`), and printed safely (control characters in names).

use crate::helpers::TestEnv;

#[test]
fn negative_limits_and_requested_usage_are_refused_naming_the_flag() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&["plan", "draft", "pro"]);
    for (args, flag) in [
        (
            &[
                "entitlement",
                "grant",
                "acme",
                "seats",
                "--limit",
                "-5",
                "--period",
                "1w",
            ][..],
            "--limit",
        ),
        (
            &[
                "entitlement",
                "grant",
                "acme",
                "seats",
                "--limit=-0.5",
                "--period",
                "1w",
            ][..],
            "--limit",
        ),
        (
            &[
                "entitlement",
                "check",
                "acme",
                "seats",
                "--requested-usage",
                "-1",
            ][..],
            "--requested-usage",
        ),
        (
            &[
                "entitlement",
                "check",
                "acme",
                "api-calls",
                "--requested-usage=-0.001",
            ][..],
            "--requested-usage",
        ),
        (
            &[
                "plan",
                "entitlement",
                "set",
                "pro",
                "seats",
                "--limit",
                "-5",
            ][..],
            "--limit",
        ),
        (
            &[
                "addon",
                "create",
                "x",
                "--product",
                "app",
                "--max-quantity=-1",
            ][..],
            "--max-quantity",
        ),
        (
            &["plan", "create", "y", "--product", "app", "--trial-days=-1"][..],
            "--trial-days",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "acme",
                "--plan",
                "basic",
                "--quantity",
                "seats=-2",
            ][..],
            "--quantity",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "acme",
                "--plan",
                "basic",
                "--addon",
                "extra-seats=-1",
            ][..],
            "--addon",
        ),
    ] {
        let e = t.fails(args, 2);
        assert!(e.contains(flag), "{args:?}: {e}");
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM promotions"), "0");
    // Zero is not negative; `-0` is zero.
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "seats",
        "--limit=-0",
        "--period",
        "1w",
    ]);
    let promos = t.json(&["entitlement", "promotions", "acme"]).to_string();
    assert!(!promos.contains("\"-0\""), "{promos}");
}

fn ids(t: &TestEnv, search: &str) -> Vec<String> {
    t.json(&["customer", "list", "--search", search])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["customerId"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn customer_search_is_literal_text_in_the_documented_fields() {
    let t = TestEnv::with_starter();
    t.write(
        "c.jsonl",
        concat!(
            "{\"customerId\": \"acme\", \"name\": \"Acme 100% Corp\", \"email\": \"ops@acme.test\"}\n",
            "{\"customerId\": \"ab_c\", \"name\": \"Under_score\", \"billingId\": \"cus_XYZ\"}\n",
            "{\"customerId\": \"globex\", \"metadata\": {\"tier\": \"Gold\\\\Plus\"}}\n",
            "{\"customerId\": \"initech\", \"couponId\": \"launch20\"}\n",
        ),
    );
    t.ok(&["customer", "import", "c.jsonl"]);
    let none: Vec<String> = vec![];
    // The stored JSON's keys and nulls are not searchable text; wildcards are literal.
    assert_eq!(ids(&t, "null"), none);
    assert_eq!(ids(&t, "customerId"), none);
    assert_eq!(ids(&t, "c_"), none);
    assert_eq!(ids(&t, "%"), vec!["acme"]);
    assert_eq!(ids(&t, "a%e"), none);
    assert_eq!(ids(&t, "_"), vec!["ab_c"]);
    assert_eq!(ids(&t, "\\"), vec!["globex"]);
    assert_eq!(ids(&t, "tier"), none);
    assert_eq!(ids(&t, "launch"), none);
    // Documented fields, case-insensitive: id, name, email, billing id, metadata values.
    assert_eq!(ids(&t, "ACME"), vec!["acme"]);
    assert_eq!(ids(&t, "100% corp"), vec!["acme"]);
    assert_eq!(ids(&t, "OPS@"), vec!["acme"]);
    assert_eq!(ids(&t, "cus_xyz"), vec!["ab_c"]);
    assert_eq!(ids(&t, "gold\\plus"), vec!["globex"]);
}

#[test]
fn control_characters_are_escaped_in_tables_and_quoted_in_csv() {
    let t = TestEnv::with_starter();
    t.write(
        "c.jsonl",
        "{\"customerId\": \"evil\", \"name\": \"A\\u001b[31mRED\\u0000x\\ny\\u007f\\u0085\\u202e\", \"metadata\": {\"k\": \"\\u001b]0;title\\u0007\"}}\n",
    );
    t.ok(&["customer", "import", "c.jsonl"]);
    for args in [
        &["customer", "show", "evil"][..],
        &["customer", "list"][..],
        &["customer", "list", "--search", "red"][..],
    ] {
        let out = t.ok(args);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n') && !out.contains('\u{202e}'),
            "{args:?}: raw control character in {out:?}"
        );
        assert!(
            out.contains("A\\e[31mRED\\0x\\ny\\x7f\\u{85}\\u{202e}"),
            "{args:?}: {out}"
        );
    }
    // CSV: the cell is quoted (the raw bytes are data, kept exactly).
    let csv = t.ok(&["customer", "list", "-o", "csv"]);
    assert!(
        csv.contains("evil,\"A\u{1b}[31mRED\0x\ny\u{7f}\u{85}\u{202e}\","),
        "{csv:?}"
    );
    let export = t.ok(&["customer", "export"]);
    assert!(export.contains(",\"\u{1b}]0;title\u{7}\"\n"), "{export:?}");
    // JSON escapes them itself.
    let json = t.ok(&["customer", "show", "evil", "--json"]);
    assert!(json.contains("\\u001b[31mRED\\u0000x\\ny"), "{json}");
    // Errors naming such an id (no record can have it: a bad value) are escaped too.
    let e = t.fails(&["customer", "show", "x\u{1b}[2J"], 2);
    assert!(e.contains("'x\\e[2J' is not a valid id"), "{e:?}");
    assert!(!e.contains('\u{1b}'), "{e:?}");
}

#[test]
fn a_huge_value_never_wraps_a_table_row() {
    let t = TestEnv::new();
    let name = "x".repeat(70_000);
    t.write(
        "w.jsonl",
        &format!("{{\"customerId\":\"w\",\"name\":\"{name}\"}}\n"),
    );
    t.ok(&["customer", "import", "w.jsonl"]);
    let out = t.ok(&["customer", "list"]);
    assert_eq!(out.lines().count(), 2, "header and one row");
    assert!(out.contains("65904 more characters"), "{}", &out[..200]);
    // JSON carries it whole.
    let j = t.json(&["customer", "show", "w"]);
    assert_eq!(j["name"].as_str().map(str::len), Some(70_000));
}

/// The listings that stream (events, customers, subscriptions, a credit ledger) print nothing
/// when they fail before their first item — no CSV header, no opening bracket — and a list
/// with no items prints as an empty list did.
#[test]
fn a_streamed_listing_that_fails_prints_nothing() {
    let t = TestEnv::with_starter();
    for (args, code) in [
        (&["credit", "ledger", "ghost"][..], 3),
        (&["events", "list", "--after", "evt_0000000000nothere"], 3),
    ] {
        for format in ["csv", "json", "yaml", "table"] {
            let mut a = vec!["--format", format];
            a.extend_from_slice(args);
            let o = t.run(&a);
            assert_eq!(o.code, code, "{a:?}: {}", o.stderr);
            assert_eq!(o.stdout, "", "{a:?}");
        }
    }
    t.ok(&["customer", "create", "acme"]);
    for (format, empty) in [
        // (An empty list's fields are not known without an item: nothing.)
        ("csv", ""),
        ("json", "[]\n"),
        ("table", "(none)\n"),
    ] {
        assert_eq!(
            t.ok(&[
                "--format",
                format,
                "credit",
                "ledger",
                "acme",
                "--type",
                "CREDITS_EXPIRED",
            ]),
            empty
        );
    }
    assert_eq!(
        t.ok(&["--format", "csv", "subscription", "list", "--plan", "pro"]),
        ""
    );
}

/// `--format csv` of a list has a column for every field any of its records has: the header
/// was the first record's fields, so a field only later records have (a price's tiers, a
/// grant's comment) was dropped from every row.
#[test]
fn csv_columns_are_every_records_fields() {
    let t = TestEnv::with_starter();
    let csv = t.ok(&["plan", "price", "list", "pro", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    for c in ["feature", "tiersMode", "tiers", "unitPrice", "rate"] {
        assert!(header.split(',').any(|h| h == c), "{c}: {csv}");
    }
    let json = t.json(&["plan", "price", "list", "pro"]);
    assert_eq!(csv.lines().count(), json.as_array().unwrap().len() + 1);
    t.ok(&["customer", "create", "c"]);
    t.ok(&[
        "credit",
        "grant",
        "c",
        "--currency",
        "ai-credits",
        "--amount",
        "6",
        "--comment",
        "hello, world",
    ]);
    let csv = t.ok(&["credit", "grants", "c", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with(",comment"), "{csv}");
    assert!(csv.contains("\"hello, world\""), "{csv}");
}
