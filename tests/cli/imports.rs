//! Customer and subscription import/export: upserts, all-or-nothing, rejects, round trips.

use crate::helpers::TestEnv;

const CUSTOMERS: &str = "customerId,name,email,billingId,couponId,createdAt,metadata.tier\n\
acme,Acme,ops@acme.test,cus_1,launch20,2025-06-01T00:00:00Z,gold\n\
globex,Globex,,,,,\n\
initech,Initech,bad-email,,,,\n\
umbrella,Umbrella,,,ghost,,\n";

#[test]
fn customer_import_is_all_or_nothing_by_default() {
    let t = TestEnv::with_starter();
    t.write("customers.csv", CUSTOMERS);
    let e = t.fails(&["customer", "import", "customers.csv"], 65);
    insta::assert_snapshot!("customer_import_all_or_nothing", e);
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "0");
    // Dry run with --skip-invalid reports without writing; exit 1: it would change something.
    let out = t.exits(
        &[
            "customer",
            "import",
            "customers.csv",
            "--skip-invalid",
            "--rejects",
            "rej.csv",
            "--dry-run",
            "--json",
        ],
        1,
    );
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (
            r["inserted"].as_u64(),
            r["rejected"].as_u64(),
            r["dryRun"].as_bool()
        ),
        (Some(2), Some(2), Some(true))
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "0");
    let r = t.json(&[
        "customer",
        "import",
        "customers.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (r["inserted"].as_u64(), r["rejected"].as_u64()),
        (Some(2), Some(2))
    );
    insta::assert_snapshot!(
        "customer_import_rejects",
        std::fs::read_to_string(t.path().join("rej.csv")).unwrap()
    );
    // Re-running is a no-op; a changed row is an update.
    let r = t.json(&[
        "customer",
        "import",
        "customers.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (r["inserted"].as_u64(), r["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    t.write("one.csv", "customerId,name\nglobex,Globex Corp\n");
    assert_eq!(t.json(&["customer", "import", "one.csv"])["updated"], 1);
    let c = t.json(&["customer", "show", "acme"]);
    assert_eq!(c["createdAt"], "2025-06-01T00:00:00Z");
    assert_eq!(c["metadata"]["tier"], "gold");
    // No start setup on import: subscriptions come from their own import.
    assert_eq!(t.sql("SELECT COUNT(*) FROM subscriptions"), "0");
}

#[test]
fn json_and_json_lines_report_their_lines() {
    let t = TestEnv::with_starter();
    t.write("c.json", "{\"customers\": [\n  {\"customerId\": \"a\", \"metadata\": {\"k\": \"v\"}},\n  {\"customerId\": \"b b\"}\n]}\n");
    let e = t.fails(&["customer", "import", "c.json"], 65);
    assert!(e.contains("c.json:3: invalid customer id"), "{e}");
    t.write(
        "c.jsonl",
        "{\"customerId\": \"a\"}\n\n{\"customerId\": \"b\", \"email\": \"x\"}\n",
    );
    let e = t.fails(&["customer", "import", "c.jsonl"], 65);
    assert!(
        e.contains("c.jsonl:3: email: 'x' is not an email address"),
        "{e}"
    );
    t.ok(&[
        "customer",
        "import",
        "c.jsonl",
        "--skip-invalid",
        "--rejects",
        "rej.jsonl",
    ]);
    let rej = std::fs::read_to_string(t.path().join("rej.jsonl")).unwrap();
    assert_eq!(
        rej,
        // The row as written (spacing, numbers and all), with its reason.
        "{\"customerId\": \"b\", \"email\": \"x\",\"reason\":\"email: 'x' is not an email address\"}\n"
    );
    t.write("broken.jsonl", "{\"customerId\": \"a\"}\n{nope\n");
    let e = t.fails(&["customer", "import", "broken.jsonl"], 65);
    assert!(e.contains("broken.jsonl:2:2: not JSON"), "{e}");
    t.write("cols.csv", "customerId,nmae\na,b\n");
    let e = t.fails(&["customer", "import", "cols.csv"], 65);
    assert!(e.contains("cols.csv:1: unknown column 'nmae'"), "{e}");
    t.write("ragged.csv", "customerId,name\na,b,c\n");
    let e = t.fails(&["customer", "import", "ragged.csv"], 65);
    assert!(
        e.contains("ragged.csv:2: expected 2 columns, found 3"),
        "{e}"
    );
    t.fails(&["customer", "import", "missing.csv"], 66);
    t.fails(&["customer", "import", "c.jsonl", "--skip-invalid"], 2);
}

#[test]
fn subscription_import_and_round_trip() {
    let t = TestEnv::with_starter();
    t.write(
        "customers.csv",
        "customerId,name\nacme,Acme\nglobex,Globex\ninitech,Initech\n",
    );
    t.ok(&["customer", "import", "customers.csv"]);
    t.write(
        "subs.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,endDate,resourceId,addons,quantities,couponId,trialEndDate\n\
s-acme,acme,pro,MONTHLY,2026-01-01T00:00:00Z,,,extra-seats:2;extra-storage:1,seats:10,launch20,\n\
s-globex,globex,basic,ANNUALLY,,,,,,,2026-01-10T00:00:00Z\n\
s-initech,initech,free,,,,,,,,\n\
s-bad,initech,pro,MONTHLY,,,,,,,\n\
s-ghost,nobody,free,,,,,,,,\n",
    );
    let e = t.fails(&["subscription", "import", "subs.csv"], 65);
    insta::assert_snapshot!("subscription_import_errors", e);
    t.ok(&[
        "subscription",
        "import",
        "subs.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    let acme = t.json(&["subscription", "show", "s-acme"]);
    assert_eq!(acme["status"], "ACTIVE");
    assert_eq!(acme["currentBillingPeriodStart"], "2026-01-01T00:00:00Z");
    assert_eq!(
        t.json(&["subscription", "show", "s-globex"])["status"],
        "IN_TRIAL"
    );
    assert_eq!(
        t.json(&["entitlement", "check", "acme", "seats"])["usageLimit"],
        "20"
    );
    // Upsert: the same file again changes nothing; a quantity change is an update.
    let r = t.json(&[
        "subscription",
        "import",
        "subs.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (r["unchanged"].as_u64(), r["inserted"].as_u64()),
        (Some(3), Some(0))
    );
    t.write("upd.csv", "subscriptionId,customerId,planId,quantities,addons,couponId\ns-acme,acme,pro,seats:12,extra-seats:2;extra-storage:1,launch20\n");
    assert_eq!(t.json(&["subscription", "import", "upd.csv"])["updated"], 1);
    assert_eq!(
        t.json(&["entitlement", "check", "acme", "seats"])["usageLimit"],
        "22"
    );
    // Export → import into a fresh environment → the same export.
    let customers = t.ok(&["customer", "export"]);
    let subs = t.ok(&["subscription", "export"]);
    insta::assert_snapshot!("subscription_export", subs);
    t.ok(&["customer", "export", "-o", "c.json"]);
    t.ok(&["subscription", "export", "--output", "s.json"]);
    t.write("c.csv", &customers);
    t.write("s.csv", &subs);
    t.ok(&["env", "create", "copy"]);
    let f = "saas-starter.yaml";
    t.ok(&["-e", "copy", "catalog", "apply", f]);
    t.ok(&["-e", "copy", "customer", "import", "c.csv"]);
    t.ok(&["-e", "copy", "subscription", "import", "s.csv"]);
    assert_eq!(t.ok(&["-e", "copy", "customer", "export"]), customers);
    assert_eq!(t.ok(&["-e", "copy", "subscription", "export"]), subs);
    // The JSON shape round-trips too.
    t.ok(&["env", "create", "copy2"]);
    t.ok(&["-e", "copy2", "catalog", "apply", f]);
    t.ok(&["-e", "copy2", "customer", "import", "c.json"]);
    t.ok(&["-e", "copy2", "subscription", "import", "s.json"]);
    assert_eq!(t.ok(&["-e", "copy2", "subscription", "export"]), subs);
    // A change scheduled on a subscription is not in the export: it says so.
    let out = t.run(&["subscription", "export"]);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    t.ok(&[
        "subscription",
        "update",
        "s-acme",
        "--quantity",
        "seats=11",
        "--schedule",
        "end-of-period",
    ]);
    let out = t.run(&["subscription", "export", "-o", "later.csv"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stderr.contains(
            "warning: 1 subscription(s) have scheduled changes that an export does not carry \
             (first: 's-acme'"
        ),
        "{}",
        out.stderr
    );
}

/// The `ai-completions` usage window of `customer` in environment `env` at `now` (a `--now=`
/// argument): its start and end.
fn usage_window(
    t: &TestEnv,
    now: &str,
    env: &str,
    customer: &str,
) -> (serde_json::Value, serde_json::Value) {
    let v = t.json(&[
        now,
        "-e",
        env,
        "entitlement",
        "check",
        customer,
        "ai-completions",
    ]);
    (v["usagePeriodStart"].clone(), v["usagePeriodEnd"].clone())
}

/// A plan change that kept its predecessor's usage anchor (`usageResetOnChange: never`) moves
/// with the subscription: the export writes it (`usageAnchor`), the import restores it, and the
/// usage windows in the target are the source's. One after the start is refused.
#[test]
fn a_move_keeps_usage_windows_kept_from_a_predecessor() {
    let t = TestEnv::with_starter();
    let jan5 = "--now=2026-01-05T00:00:00Z";
    t.ok(&[jan5, "customer", "create", "r5"]); // on free from Jan 5
    let jan20 = "--now=2026-01-20T00:00:00Z";
    t.ok(&[
        jan20,
        "subscription",
        "create",
        "--id",
        "rs5",
        "--customer",
        "r5",
        "--plan",
        "pro",
        "--billing-period",
        "annually",
        "--skip-trial",
    ]);
    let feb25 = "--now=2026-02-25T00:00:00Z";
    let window = |env: &str| usage_window(&t, feb25, env, "r5");
    let source = window("development");
    assert_eq!(source.0, "2026-02-05T00:00:00Z", "{source:?}");
    t.ok(&[feb25, "customer", "export", "-o", "c.csv"]);
    let out = t.run(&[feb25, "subscription", "export", "-o", "s.csv"]);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    let csv = std::fs::read_to_string(t.path().join("s.csv")).unwrap();
    assert!(
        csv.lines().next().unwrap().ends_with(",usageAnchor"),
        "{csv}"
    );
    assert!(csv.contains(",2026-01-05T00:00:00Z\n"), "{csv}");
    for (env, file) in [("copy", "s.csv"), ("copy2", "s.json")] {
        if file.ends_with("json") {
            t.ok(&[feb25, "subscription", "export", "-o", file]);
        }
        t.ok(&[feb25, "env", "create", env]);
        t.ok(&[feb25, "-e", env, "catalog", "apply", "saas-starter.yaml"]);
        t.ok(&[feb25, "-e", env, "customer", "import", "c.csv"]);
        t.ok(&[feb25, "-e", env, "subscription", "import", file]);
        assert_eq!(window(env), source, "{env}");
        // Imported again: nothing changes.
        let again = t.json(&[feb25, "-e", env, "subscription", "import", file]);
        assert_eq!(again["unchanged"], 1, "{again}");
    }
    // An anchor after now is no anchor anything could have set.
    t.write(
        "late.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,usageAnchor\n\
         x1,r5,pro,MONTHLY,2026-02-01T00:00:00Z,2026-03-01T00:00:00Z\n",
    );
    t.ok(&[feb25, "env", "create", "late"]);
    t.ok(&[feb25, "-e", "late", "catalog", "apply", "saas-starter.yaml"]);
    t.ok(&[feb25, "-e", "late", "customer", "import", "c.csv"]);
    let out = t.run(&[feb25, "-e", "late", "subscription", "import", "late.csv"]);
    assert_eq!(out.code, 65, "{}", out.stderr);
    assert!(
        out.stderr.contains("late.csv:2")
            && out
                .stderr
                .contains("usageAnchor 2026-03-01T00:00:00Z is after 2026-02-25T00:00:00Z (now)"),
        "{}",
        out.stderr
    );
}

/// A change that reset the usage windows (`usageResetOnChange: always`, a billing-period
/// change) anchors them after the start: the export carries that anchor and it re-imports, into
/// the same environment (unchanged) and into another (the same windows).
#[test]
fn windows_reset_by_a_change_move_with_the_subscription() {
    let t = TestEnv::new();
    let starter = std::fs::read_to_string(t.path().join(t.catalog("saas-starter.yaml"))).unwrap();
    assert!(starter.contains("usageResetOnChange: never"));
    t.write(
        "always.yaml",
        &starter.replace("usageResetOnChange: never", "usageResetOnChange: always"),
    );
    let at = |when: &str| format!("--now=2026-01-{when}");
    t.ok(&[&at("01T00:00:00Z"), "catalog", "apply", "always.yaml"]);
    t.ok(&[&at("05T10:00:00Z"), "customer", "create", "c1"]);
    t.ok(&[
        &at("05T10:00:00Z"),
        "subscription",
        "create",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--id",
        "s1",
    ]);
    let now = at("11T00:00:00Z");
    t.ok(&[
        &at("10T00:00:00Z"),
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "annually",
    ]);
    let window = |env: &str| usage_window(&t, &now, env, "c1");
    let source = window("development");
    assert_eq!(source.0, "2026-01-10T00:00:00Z", "{source:?}");
    t.ok(&[&now, "customer", "export", "-o", "c.csv"]);
    t.ok(&[&now, "subscription", "export", "-o", "s.csv"]);
    let again = t.json(&[&now, "subscription", "import", "s.csv", "--dry-run"]);
    assert_eq!(again["unchanged"], 1, "{again}");
    t.ok(&[&now, "env", "create", "copy"]);
    t.ok(&[&now, "-e", "copy", "catalog", "apply", "always.yaml"]);
    t.ok(&[&now, "-e", "copy", "customer", "import", "c.csv"]);
    t.ok(&[&now, "-e", "copy", "subscription", "import", "s.csv"]);
    assert_eq!(window("copy"), source);
}

/// An export taken before a hand-over (a plan change starting later) imports whether the
/// target's clock is before the hand-over or past it: a customer's subscriptions are written
/// newest first, so the successor is recorded before the one it takes over from.
#[test]
fn a_hand_over_exported_before_it_happens_imports_after_it() {
    let t = TestEnv::with_starter();
    let jan5 = "--now=2026-01-05T10:00:00Z";
    let jan10 = "--now=2026-01-10T00:00:00Z";
    t.ok(&[jan5, "customer", "create", "c1"]);
    let sub = |now: &str, plan: &str, id: &str, start: Option<&str>| {
        let mut a = vec![
            now,
            "subscription",
            "create",
            "--customer",
            "c1",
            "--plan",
            plan,
            "--billing-period",
            "monthly",
            "--skip-trial",
            "--id",
            id,
        ];
        if let Some(s) = start {
            a.extend(["--start", s]);
        }
        t.ok(&a);
    };
    sub(jan5, "basic", "s1", None);
    sub(jan10, "pro", "s2", Some("2026-01-20T00:00:00Z"));
    t.ok(&[jan10, "customer", "export", "-o", "c.csv"]);
    t.ok(&[jan10, "subscription", "export", "-o", "s.csv"]);
    let csv = std::fs::read_to_string(t.path().join("s.csv")).unwrap();
    let ids: Vec<&str> = csv.lines().skip(1).map(|l| &l[..2]).collect();
    assert_eq!(ids, ["s2", "s1"], "{csv}");
    let live = |env: &str| {
        let v = t.json(&[
            "--now=2026-01-26T00:00:00Z",
            "-e",
            env,
            "subscription",
            "list",
            "--customer",
            "c1",
        ]);
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| format!("{} {} {}", s["subscriptionId"], s["planId"], s["status"]))
            .collect::<Vec<_>>()
    };
    for (env, now) in [
        ("before", "--now=2026-01-12T00:00:00Z"),
        ("after", "--now=2026-01-25T00:00:00Z"),
    ] {
        t.ok(&[now, "env", "create", env]);
        t.ok(&[now, "-e", env, "catalog", "apply", "saas-starter.yaml"]);
        t.ok(&[now, "-e", env, "customer", "import", "c.csv"]);
        t.ok(&[now, "-e", env, "subscription", "import", "s.csv"]);
        let got = live(env);
        assert!(
            got.iter().any(|s| s == "\"s2\" \"pro\" \"ACTIVE\"")
                && !got.iter().any(|s| s.contains("\"free\" \"ACTIVE\"")),
            "{env}: {got:?}"
        );
    }
}

/// Imports write lean events (no entitlement list on `entitlements.updated`; `entitlement list`
/// answers), read the catalog once, and an all-or-nothing failure names the first 50 bad rows,
/// not all of them.
#[test]
fn imports_write_lean_events_and_name_the_first_fifty_bad_rows() {
    let t = TestEnv::with_starter();
    let mut c = String::from("customerId\n");
    let mut s = String::from("subscriptionId,customerId,planId,billingPeriod\n");
    for i in 0..60 {
        c.push_str(&format!("c{i}\n"));
        s.push_str(&format!("s{i},c{i},basic,MONTHLY\n"));
    }
    t.write("c.csv", &c);
    t.write("s.csv", &s);
    t.ok(&["customer", "import", "c.csv"]);
    t.ok(&["subscription", "import", "s.csv"]);
    let v = t.events("entitlements.updated", "c7").remove(0);
    assert!(v.get("entitlements").is_none(), "{v}");
    assert_eq!(
        (v["customerId"].as_str(), v["actor"].as_str()),
        (Some("c7"), Some("IMPORT"))
    );
    let list = t.json(&["entitlement", "list", "c7"]);
    assert!(list.to_string().contains("\"seats\""), "{list}");
    // A subscription made by hand still carries the whole list.
    t.ok(&[
        "customer",
        "create",
        "solo",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let payload = t.events("entitlements.updated", "solo")[0].to_string();
    assert!(payload.contains("\"entitlements\":[{"), "{payload}");
    // 60 bad rows: the message lists 50 and counts the rest.
    let bad: String = std::iter::once("subscriptionId,customerId,planId\n".to_string())
        .chain((0..60).map(|i| format!("x{i},nobody-{i},basic\n")))
        .collect();
    t.write("bad.csv", &bad);
    let e = t.fails(&["subscription", "import", "bad.csv"], 65);
    assert!(e.contains("60 of 60 rows are invalid"), "{e}");
    assert!(
        e.contains("bad.csv:51:") && !e.contains("bad.csv:52:"),
        "{e}"
    );
    assert!(e.contains("… and 10 more"), "{e}");
}

/// `updatedAt` orders rows across imports even when a newer row changes nothing: an older row
/// imported after it loses.
#[test]
fn a_newer_unchanged_row_still_outranks_an_older_one() {
    let t = TestEnv::with_starter();
    t.write(
        "a.csv",
        "customerId,name,updatedAt\nc1,A,2025-12-31T12:00:00Z\n",
    );
    t.write(
        "b.csv",
        "customerId,name,updatedAt\nc1,A,2025-12-31T13:00:00Z\n",
    );
    t.write(
        "c.csv",
        "customerId,name,updatedAt\nc1,B,2025-12-31T12:30:00Z\n",
    );
    for f in ["a.csv", "b.csv"] {
        t.ok(&["customer", "import", f]);
    }
    // The created event carries the stamps the customer was stored with.
    let created = t.events("customer.created", "c1");
    assert_eq!(created[0]["updatedAt"], "2025-12-31T12:00:00Z");
    let r = t.json(&["customer", "import", "c.csv"]);
    assert_eq!(r["skipped"].as_u64(), Some(1), "{r}");
    let c = t.json(&["customer", "show", "c1"]);
    assert_eq!(
        (c["name"].as_str(), c["updatedAt"].as_str()),
        (Some("A"), Some("2025-12-31T13:00:00Z")),
        "{c}"
    );
}

/// A row that fails after it has written something (here: its add-on change is applied, then
/// its end date is refused) leaves no trace, and the rows around it still import.
#[test]
fn a_row_that_fails_after_writing_leaves_no_trace() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\nc1\nc2\nc3\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod\ns1,c1,basic,MONTHLY\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    let events_before = t.event_count();
    t.write(
        "u.csv",
        "subscriptionId,customerId,planId,billingPeriod,addons,endDate\n\
         s2,c2,basic,MONTHLY,,\n\
         s1,,,,extra-seats:2,2020-01-01T00:00:00Z\n\
         s3,c3,basic,MONTHLY,,\n",
    );
    // All or nothing: nothing is written.
    let e = t.fails(&["subscription", "import", "u.csv"], 65);
    assert!(e.contains("u.csv:3:") && e.contains("in the past"), "{e}");
    assert_eq!(t.event_count(), events_before);
    // With --skip-invalid the two good rows land and the bad one changes nothing.
    let r = t.json(&[
        "subscription",
        "import",
        "u.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(
        (r["inserted"].as_u64(), r["rejected"].as_u64()),
        (Some(2), Some(1))
    );
    let s1 = t.json(&["subscription", "show", "s1"]);
    assert_eq!(s1["addons"], serde_json::json!([]), "{s1}");
    assert!(t.events("subscription.updated", "s1").is_empty());
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM subscriptions WHERE id IN ('s2', 's3')"),
        "2"
    );
    // Not even an id: the same import without the bad row gives the same event ids.
    let u = TestEnv::with_starter();
    u.write("c.csv", "customerId\nc1\nc2\nc3\n");
    u.ok(&["customer", "import", "c.csv"]);
    u.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod\ns1,c1,basic,MONTHLY\n",
    );
    u.ok(&["subscription", "import", "s.csv"]);
    u.write(
        "u.csv",
        "subscriptionId,customerId,planId,billingPeriod\ns2,c2,basic,MONTHLY\ns3,c3,basic,MONTHLY\n",
    );
    u.ok(&["subscription", "import", "u.csv"]);
    let ids = |e: &TestEnv| {
        e.json(&["events", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["eventId"].to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&t), ids(&u));
}

/// A CSV file cut short inside its last value would read as complete (`…,1087` cut to `…,10`):
/// its last record must end with a line break, in every CSV import.
#[test]
fn a_csv_whose_last_record_has_no_line_break_is_refused_as_cut_short() {
    let t = TestEnv::with_starter();
    t.write("customers.csv", "customerId,name\nacme,Acme\nglobex,Glo");
    let e = t.fails(&["customer", "import", "customers.csv"], 65);
    assert!(
        e.contains("customers.csv:3") && e.contains("was the file cut short?"),
        "{e}"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "0");
    t.ok(&[
        "customer",
        "import",
        "customers.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    assert_eq!(t.sql("SELECT id FROM customers"), "acme");
    let rej = std::fs::read_to_string(t.path().join("rej.csv")).unwrap();
    assert!(rej.contains("globex"), "{rej}");
    // The same file with its line break is whole; a header alone without one is an empty file.
    t.write("customers.csv", "customerId,name\nacme,Acme\nglobex,Glo\n");
    t.ok(&["customer", "import", "customers.csv"]);
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "2");
    t.write("none.csv", "customerId,name");
    t.ok(&["customer", "import", "none.csv"]);

    // The streaming `usage import` alike, for reported usage and raw events.
    t.ok(&["customer", "create", "u"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "u",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    t.write(
        "usage.csv",
        "customerId,featureId,value,idempotencyKey\nu,exports,5,k1\nu,exports,10,k",
    );
    let e = t.fails(&["usage", "import", "usage.csv"], 65);
    assert!(
        e.contains("usage.csv:3") && e.contains("was the file cut short?"),
        "{e}"
    );
    t.write(
        "usage.csv",
        "customerId,featureId,value,idempotencyKey\nu,exports,5,k1\nu,exports,10,k2\n",
    );
    t.ok(&["usage", "import", "usage.csv"]);
}

#[test]
fn a_file_not_named_for_its_format_is_read_by_what_it_holds() {
    let t = TestEnv::with_starter();
    t.write(
        "doc",
        "\u{feff}{\"customers\": [\n  {\"customerId\": \"a1\", \"name\": \"A\"}\n]}\n",
    );
    t.write(
        "lines.txt",
        "{\"customerId\": \"a2\"}\n{\"customerId\": \"a3\"}\n",
    );
    t.write("list", "[{\"customerId\": \"a4\"}]");
    t.write("oneline", "{\"customers\": [{\"customerId\": \"a6\"}]}\n");
    t.write("table", "customerId,name\na5,Five\n");
    for f in ["doc", "lines.txt", "list", "table", "oneline"] {
        t.ok(&["customer", "import", f]);
    }
    assert_eq!(
        t.sql("SELECT group_concat(id) FROM (SELECT id FROM customers ORDER BY 1)"),
        "a1,a2,a3,a4,a5,a6"
    );
    // The streaming reader (usage import) tells JSON lines from CSV the same way.
    t.ok(&["customer", "create", "u1", "--plan", "free"]);
    t.write(
        "usage",
        "{\"customerId\": \"u1\", \"featureId\": \"exports\", \"value\": 2}\n",
    );
    t.ok(&["usage", "import", "usage", "--kind", "usage"]);
    t.write("usage2", "customerId,featureId,value\nu1,exports,3\n");
    t.ok(&["usage", "import", "usage2"]);
    let v = t.json(&["entitlement", "check", "u1", "exports"]);
    assert_eq!(v["currentUsage"], "5");
}

#[test]
fn an_empty_metadata_value_is_no_value_so_exports_reimport_unchanged() {
    let t = TestEnv::with_starter();
    t.ok(&[
        "customer",
        "create",
        "a5",
        "--metadata",
        "k=",
        "--metadata",
        "b= ",
        "--metadata",
        "tier=gold",
    ]);
    assert_eq!(
        t.json(&["customer", "show", "a5"])["metadata"],
        serde_json::json!({"tier": "gold"})
    );
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s5",
        "--customer",
        "a5",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--metadata",
        "k=",
        "--metadata",
        "b= ",
        "--metadata",
        "x=y",
    ]);
    assert_eq!(
        t.json(&["subscription", "show", "s5"])["metadata"],
        serde_json::json!({"x": "y"})
    );
    for (noun, file) in [
        ("customer", "c.jsonl"),
        ("customer", "c.csv"),
        ("subscription", "s.json"),
        ("subscription", "s.csv"),
    ] {
        t.ok(&[noun, "export", "-o", file]);
        let out = t.exits(&[noun, "import", file, "--dry-run"], 0);
        assert!(!out.contains("updated  1"), "{noun} {file}: {out}");
    }
}

#[test]
fn the_rejects_of_a_json_document_are_a_json_document_that_reimports() {
    let t = TestEnv::with_starter();
    t.write(
        "c.json",
        "{\"customers\": [\n  {\"customerId\": \"a\"},\n  {\"customerId\": \"b\", \"email\": \"x\"},\n  {\"customerId\": \"c\", \"email\": \"y\"}\n]}\n",
    );
    t.ok(&[
        "customer",
        "import",
        "c.json",
        "--skip-invalid",
        "--rejects",
        "r.json",
    ]);
    let rej = std::fs::read_to_string(t.path().join("r.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&rej).expect("a JSON document");
    assert_eq!(v.as_array().map(Vec::len), Some(2), "{rej}");
    // Fixed in place, the file re-imports under its own name.
    t.write(
        "r.json",
        &rej.replace("\"x\"", "\"b@x.test\"")
            .replace("\"y\"", "\"c@y.test\""),
    );
    t.ok(&["customer", "import", "r.json"]);
    assert_eq!(t.json(&["customer", "show", "c"])["email"], "c@y.test");
}

#[test]
fn a_one_line_document_with_an_extra_key_is_still_a_document() {
    let t = TestEnv::with_starter();
    t.write(
        "extrakey",
        "{\"customers\":[{\"customerId\":\"k1\"}],\"extra\":1}",
    );
    let e = t.fails(&["customer", "import", "extrakey"], 65);
    assert!(e.contains("unknown key 'extra'"), "{e}");
    // JSON lines whose first row is broken: still JSON lines, the row named at its place.
    t.write(
        "broken",
        "{\"customerId\": \"k2\",, }\n{\"customerId\": \"k3\"}\n",
    );
    let e = t.fails(&["customer", "import", "broken"], 65);
    assert!(e.contains("broken:1:") && e.contains("not JSON"), "{e}");
}

/// An import's per-row events are stored in batches, and read as the rest of the log: in
/// order between the events before and after, through `events list` filters, `--after` any
/// of them (a batch's last, the next one's first) and `events export`; the id sequence is
/// checked against the last of them.
#[test]
fn imported_events_read_as_the_rest_of_the_log() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "before"]);
    let mut csv = String::from("customerId,name,email,metadata.tier\n");
    for i in 0..1100 {
        csv.push_str(&format!("c{i},Name {i},c{i}@x.test,t{}\n", i % 3));
    }
    t.write("c.csv", &csv);
    t.ok(&["customer", "import", "c.csv"]);
    t.ok(&["customer", "create", "after"]);
    assert!(
        t.sql("SELECT COUNT(*) FROM event_batches")
            .parse::<i64>()
            .unwrap()
            >= 3
    );
    let list = |args: &[&str]| -> Vec<serde_json::Value> {
        let mut a = vec!["events", "list"];
        a.extend_from_slice(args);
        t.json(&a).as_array().unwrap().clone()
    };
    let created = list(&["--type", "customer.created"]);
    let ids: Vec<&str> = created
        .iter()
        .map(|e| e["entityId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 1102);
    assert_eq!(
        (ids[0], ids[1], ids[1100], ids[1101]),
        ("before", "c0", "c1099", "after")
    );
    let event_ids: Vec<&str> = created
        .iter()
        .map(|e| e["eventId"].as_str().unwrap())
        .collect();
    assert!(event_ids.windows(2).all(|w| w[0] < w[1]), "{event_ids:?}");
    // A batched payload as every other: envelope, then the customer's fields.
    let one = list(&["--entity", "c700"]);
    assert_eq!(one.len(), 1);
    let p = &one[0]["payload"];
    assert_eq!(p["messageId"], one[0]["eventId"]);
    assert_eq!(
        (p["name"].as_str(), p["metadata"]["tier"].as_str()),
        (Some("Name 700"), Some("t1"))
    );
    assert_eq!(p["type"], "customer.created");
    for k in [0, 1, 512, 513, 1024, 1100] {
        let rest = list(&["--after", event_ids[k], "--type", "customer.created"]);
        let got: Vec<&str> = rest
            .iter()
            .map(|e| e["eventId"].as_str().unwrap())
            .collect();
        assert_eq!(got, event_ids[k + 1..], "after {k}");
        let two = list(&[
            "--after",
            event_ids[k],
            "--limit",
            "2",
            "--type",
            "customer.created",
        ]);
        assert_eq!(two.len(), 2.min(1101 - k), "after {k}");
    }
    let e = t.fails(&["events", "list", "--after", "evt_zzzzzzzzzzzzzzzz"], 3);
    assert!(e.contains("not found"), "{e}");
    // The export is the log, line for line.
    t.ok(&["events", "export", "-o", "all.jsonl"]);
    let lines = std::fs::read_to_string(t.path().join("all.jsonl")).unwrap();
    let all = list(&[]);
    assert_eq!(lines.lines().count(), all.len());
    for (line, e) in lines.lines().zip(&all) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(&v, &e["payload"]);
    }
    assert_eq!(t.event_count() as usize, all.len());
    // The id sequence must stay ahead of the last id given out, a batched one included.
    let u = TestEnv::new();
    u.write("c.csv", "customerId\nx1\nx2\n");
    u.ok(&["customer", "import", "c.csv"]);
    assert_eq!(u.sql("SELECT COUNT(*) FROM events"), "0");
    let seq: u64 = u
        .sql("SELECT value FROM meta WHERE key = 'id_seq'")
        .parse()
        .unwrap();
    let conn = rusqlite::Connection::open(u.path().join("home/development.db")).unwrap();
    conn.execute(
        "UPDATE meta SET value = ?1 WHERE key = 'id_seq'",
        [(seq - 1).to_string()],
    )
    .unwrap();
    drop(conn);
    let e = u.fails(&["customer", "create", "c9"], 78);
    assert!(e.contains("damaged"), "{e}");
}

/// An imported row's `updatedAt` is what its record keeps, and what the events written for it
/// show (a replica applying "newer wins" must see the record's own stamp, not the import's
/// clock).
#[test]
fn imported_events_show_the_rows_updated_at() {
    let t = TestEnv::with_starter();
    t.write(
        "a1.csv",
        "customerId,name,updatedAt\ncu1,A,2025-11-01T00:00:00Z\n",
    );
    t.write(
        "a2.csv",
        "customerId,name,updatedAt\ncu1,B,2025-11-20T00:00:00Z\n",
    );
    t.write(
        "a3.csv",
        "subscriptionId,customerId,planId,billingPeriod,updatedAt\nsu1,cu1,basic,MONTHLY,2025-11-05T00:00:00Z\n",
    );
    t.write(
        "a4.csv",
        "subscriptionId,quantities,updatedAt\nsu1,seats:3,2025-11-10T00:00:00Z\n",
    );
    for f in ["a1.csv", "a2.csv", "a3.csv", "a4.csv"] {
        let noun = if f < "a3" { "customer" } else { "subscription" };
        t.ok(&[noun, "import", f]);
    }
    let stamps = |ty: &str, id: &str| -> Vec<String> {
        t.events(ty, id)
            .iter()
            .map(|p| p["updatedAt"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(stamps("customer.created", "cu1"), ["2025-11-01T00:00:00Z"]);
    assert_eq!(stamps("customer.updated", "cu1"), ["2025-11-20T00:00:00Z"]);
    assert_eq!(
        stamps("subscription.created", "su1"),
        ["2025-11-05T00:00:00Z"]
    );
    assert_eq!(
        stamps("subscription.updated", "su1"),
        ["2025-11-10T00:00:00Z"]
    );
    assert_eq!(
        t.json(&["customer", "show", "cu1"])["updatedAt"],
        "2025-11-20T00:00:00Z"
    );
    assert_eq!(
        t.json(&["subscription", "show", "su1"])["updatedAt"],
        "2025-11-10T00:00:00Z"
    );
}

/// What a row makes due by the import's clock (a subscription that ended in the past) is
/// processed before the next row is imported: its transition's event comes before the next
/// row's, as if each row were its own command. Rows that make nothing due skip the look.
#[test]
fn a_rows_past_transition_happens_before_the_next_row() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ncu1\ncu2\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,endDate\n\
         su1,cu1,basic,MONTHLY,2025-10-01T00:00:00Z,2025-11-01T00:00:00Z\n\
         su2,cu2,basic,MONTHLY,,\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    let log = t.json(&["events", "list", "--limit", "1000"]);
    let order: Vec<String> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["type"].as_str().unwrap().starts_with("subscription.")
                && !e["type"].as_str().unwrap().ends_with("created")
                || e["type"] == "subscription.created"
        })
        .map(|e| {
            format!(
                "{} {}",
                e["type"].as_str().unwrap(),
                e["entityId"].as_str().unwrap()
            )
        })
        .collect();
    let ended = order
        .iter()
        .position(|l| l.ends_with(" su1") && !l.starts_with("subscription.created"))
        .unwrap_or_else(|| panic!("su1 never ended: {order:?}"));
    let next = order
        .iter()
        .position(|l| l == "subscription.created su2")
        .unwrap();
    assert!(ended < next, "{order:?}");
    assert_eq!(
        t.json(&["subscription", "show", "su1"])["status"],
        "EXPIRED"
    );
}

/// A customer's consecutive past subscriptions of one product import newest first; oldest
/// first, the free plan the older one hands its customer to covers the newer one's start, and
/// the refusal says so and how to order them.
#[test]
fn consecutive_past_subscriptions_import_newest_first_and_the_refusal_says_so() {
    let rows = [
        "old,cu1,basic,MONTHLY,2025-01-01T00:00:00Z,2025-06-01T00:00:00Z",
        "new,cu1,basic,MONTHLY,2025-06-01T00:00:00Z,",
    ];
    let head = "subscriptionId,customerId,planId,billingPeriod,startDate,endDate";
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ncu1\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write("s.csv", &format!("{head}\n{}\n{}\n", rows[0], rows[1]));
    let e = t.fails(&["subscription", "import", "s.csv"], 65);
    assert!(
        e.contains("s.csv:3:")
            && e.contains("is the product's free plan")
            && e.contains("newest first"),
        "{e}"
    );
    t.write("s.csv", &format!("{head}\n{}\n{}\n", rows[1], rows[0]));
    t.ok(&["subscription", "import", "s.csv"]);
    assert_eq!(
        t.json(&["subscription", "show", "old"])["status"],
        "EXPIRED"
    );
    assert_eq!(t.json(&["subscription", "show", "new"])["status"], "ACTIVE");
}

/// A record's `createdAt`/`updatedAt` is when it was made or changed in the source: never
/// later than the import's clock (an update stamped in the future would take effect then, its
/// entitlements and credits lagging what is stored). Refused as the row's error, nothing
/// written.
#[test]
fn stamps_later_than_the_imports_clock_are_refused() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ncu1\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,quantities\nsu1,cu1,pro,MONTHLY,seats:2\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    t.write(
        "u.csv",
        "subscriptionId,quantities,updatedAt\nsu1,seats:5,2026-01-02T00:00:00Z\n",
    );
    let err = t.fails(&["subscription", "import", "u.csv"], 65);
    assert!(err.contains("u.csv:2"), "{err}");
    assert!(err.contains("later than the import's clock"), "{err}");
    assert_eq!(
        t.json(&["subscription", "show", "su1"])["quantities"][0]["quantity"],
        2
    );
    for (file, row, why) in [
        (
            "f1.csv",
            "cu2,2030-01-01T00:00:00Z,",
            "later than the import's clock",
        ),
        (
            "f2.csv",
            "cu2,,2026-01-02T00:00:00Z",
            "later than the import's clock",
        ),
    ] {
        t.write(file, &format!("customerId,createdAt,updatedAt\n{row}\n"));
        let err = t.fails(&["customer", "import", file], 65);
        assert!(err.contains(why), "{file}: {err}");
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "1");
    // At the clock itself, and before it: accepted.
    t.write(
        "ok.csv",
        "customerId,createdAt,updatedAt\ncu2,2025-12-01T00:00:00Z,2026-01-01T00:00:00Z\n",
    );
    t.ok(&["customer", "import", "ok.csv"]);
    // A row with only `updatedAt` creates the record then (not later than its own change), so
    // its export re-imports.
    t.write("u2.csv", "customerId,updatedAt\ncu3,2025-12-31T00:00:00Z\n");
    t.ok(&["customer", "import", "u2.csv"]);
    let c = t.json(&["customer", "show", "cu3"]);
    assert_eq!(
        (c["createdAt"].as_str(), c["updatedAt"].as_str()),
        (Some("2025-12-31T00:00:00Z"), Some("2025-12-31T00:00:00Z"))
    );
}

/// A subscription recorded with a trial that ended before the clock (imported, or created
/// backdated) grants credits only as its trial's end decides: one whose trial expired gives
/// none for the period after it; one whose trial converts gives the current period's, when
/// recorded (not backdated by the catch-up).
#[test]
fn a_trial_over_before_the_clock_grants_as_its_end_decides() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ncu1\ncu2\ncu3\ncu4\n");
    t.ok(&["customer", "import", "c.csv"]);
    // (Periods stepped from the 10th: the clock, the 1st, is mid-period.)
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,trialEndDate,quantities\n\
         pro1,cu1,pro,MONTHLY,2025-11-01T00:00:00Z,2025-11-15T00:00:00Z,seats:5\n\
         bas1,cu2,basic,MONTHLY,2025-11-10T00:00:00Z,2025-11-20T00:00:00Z,\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "cu3",
        "--plan",
        "pro",
        "--start",
        "2025-11-01T00:00:00Z",
        "--trial-end",
        "2025-11-15T00:00:00Z",
        "--quantity",
        "seats=3",
        "--id",
        "pro3",
        "--billing-period",
        "monthly",
    ]);
    let granted_by = |customer: &str, sub: &str| -> Vec<String> {
        let v = t.json(&["credit", "grants", customer]);
        v.as_array()
            .unwrap()
            .iter()
            .filter(|g| {
                g["name"]
                    .as_str()
                    .is_some_and(|n| n.contains(&format!("({sub})")))
            })
            .map(|g| g["amount"].to_string())
            .collect()
    };
    assert_eq!(
        t.json(&["subscription", "show", "pro1"])["status"],
        "EXPIRED"
    );
    assert_eq!(granted_by("cu1", "pro1"), Vec::<String>::new());
    assert_eq!(granted_by("cu3", "pro3"), Vec::<String>::new());
    assert_eq!(
        t.json(&["subscription", "show", "bas1"])["status"],
        "ACTIVE"
    );
    assert_eq!(granted_by("cu2", "bas1").len(), 1);
    // Granted as it stands, when recorded: no ledger entry dated before the clock.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "cu4",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--start",
        "2025-11-10T00:00:00Z",
        "--trial-end",
        "2025-11-20T00:00:00Z",
        "--id",
        "bas4",
    ]);
    assert_eq!(granted_by("cu4", "bas4").len(), 1);
    for customer in ["cu1", "cu2", "cu3", "cu4"] {
        let ledger = t.json(&["credit", "ledger", customer]);
        let at: Vec<&str> = ledger
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["at"].as_str().unwrap())
            .collect();
        assert_eq!(at, [crate::helpers::NOW], "{customer}: {ledger:#}");
    }
    t.ok(&["credit", "verify"]);
}

/// A step processed at a past instant (the trial of an imported row converting, its renewals
/// since) never moves the record's `updatedAt` back: an older row read later still loses to the
/// stamp the record was imported with, within the file and in a later import.
#[test]
fn a_past_step_never_rolls_updated_at_back() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ncu1\ncu2\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,trialEndDate,quantities,updatedAt\n\
         x2,cu1,basic,monthly,2025-09-01T00:00:00Z,2025-09-15T00:00:00Z,seats:5,2025-12-20T00:00:00Z\n\
         x2,,,,,,seats:7,2025-12-16T00:00:00Z\n",
    );
    let r = t.json(&["subscription", "import", "s.csv"]);
    assert_eq!(
        (r["inserted"].as_u64(), r["skipped"].as_u64()),
        (Some(1), Some(1)),
        "{r}"
    );
    let s = t.json(&["subscription", "show", "x2"]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["quantities"][0]["quantity"], 5);
    assert_eq!(s["updatedAt"], "2025-12-20T00:00:00Z");
    t.write(
        "u.csv",
        "subscriptionId,quantities,updatedAt\nx2,seats:7,2025-12-18T00:00:00Z\n",
    );
    let r = t.json(&["subscription", "import", "u.csv"]);
    assert_eq!(r["skipped"].as_u64(), Some(1), "{r}");
    // Created backdated by hand: its conversion leaves the creation stamp in place.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "cu2",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--start",
        "2025-10-01T00:00:00Z",
        "--trial-end",
        "2025-10-15T00:00:00Z",
        "--id",
        "y1",
    ]);
    let s = t.json(&["subscription", "show", "y1"]);
    assert!(s["updatedAt"].as_str() >= s["createdAt"].as_str(), "{s}");
}

/// A rejects file imported again and rejected again keeps one `reason` (replaced, not
/// added): the third file reads like the first, for every import and format.
#[test]
fn a_rejects_file_rejected_again_keeps_one_reason() {
    let t = TestEnv::with_starter();
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["customer", "import"],
            "c.csv",
            "customerId,name\nbad id!,X\n",
        ),
        (
            &["customer", "import"],
            "c.jsonl",
            "{\"customerId\": \"bad id!\", \"n\": 1.50}\n",
        ),
        (
            &["usage", "import"],
            "u.csv",
            "customerId,featureId,value,idempotencyKey\nghost!,exports,x,k1\n",
        ),
        (
            &["usage", "import", "--kind", "usage"],
            "u.jsonl",
            "{\"customerId\": \"ghost!\", \"featureId\": \"exports\", \"value\": \"x\", \"idempotencyKey\": \"k1\"}\n",
        ),
    ];
    for (verb, name, text) in cases {
        let ext = name.rsplit('.').next().unwrap();
        t.write(&format!("r0.{ext}"), text);
        for i in 0..3 {
            let (from, to) = (format!("r{i}.{ext}"), format!("r{}.{ext}", i + 1));
            let out = t.run(
                &[
                    verb,
                    &[from.as_str(), "--skip-invalid", "--rejects", to.as_str()],
                ]
                .concat(),
            );
            assert_eq!(out.code, 0, "{verb:?} {from}: {}", out.stderr);
        }
        let last = std::fs::read_to_string(t.path().join(format!("r3.{ext}"))).unwrap();
        assert_eq!(last.matches("reason").count(), 1, "{name}: {last}");
        if ext == "jsonl" {
            let v: serde_json::Value = serde_json::from_str(last.trim()).expect("one object");
            assert!(v["reason"].is_string(), "{last}");
        }
    }
}

/// What a live subscription carries moves with it: its country (its localised prices) and a
/// scheduled cancellation — ending CANCELED, liftable, its access revoked when it was — not a
/// fixed term; exported again, the copy is the same.
#[test]
fn country_and_scheduled_cancellations_survive_a_move() {
    let mut t = TestEnv::new();
    t.now = None;
    let catalog = t.write(
        "dk.yaml",
        r#"features:
  - { id: sso, type: boolean }
products:
  - id: p
    plans:
      - id: pro
        pricing: paid
        entitlements: { sso: {} }
        prices:
          - { model: flat, monthly: 49, currency: USD, countries: [{ country: DK, currency: DKK, monthly: 349 }] }
"#,
    );
    let catalog = catalog.to_str().unwrap().to_string();
    let sub = |e: &str, id: &str, c: &str, extra: &[&str]| {
        let mut a = vec![
            "-e",
            e,
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            c,
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
        ];
        a.extend_from_slice(extra);
        t.ok(&a);
    };
    for e in ["a", "b"] {
        t.ok(&["env", "create", e]);
        t.ok(&["-e", e, "clock", "set", "2026-01-01T00:00:00Z"]);
        t.ok(&["-e", e, "catalog", "apply", &catalog]);
    }
    for c in ["dk", "rv", "sc"] {
        t.ok(&["-e", "a", "customer", "create", c]);
    }
    sub("a", "dk1", "dk", &["--country", "DK"]);
    sub("a", "rv1", "rv", &[]);
    sub("a", "sc1", "sc", &[]);
    t.ok(&[
        "-e",
        "a",
        "subscription",
        "cancel",
        "rv1",
        "--at",
        "end-of-period",
        "--revoke-entitlements",
    ]);
    t.ok(&[
        "-e",
        "a",
        "subscription",
        "cancel",
        "sc1",
        "--at",
        "end-of-period",
    ]);
    for f in ["csv", "json"] {
        let (c, s) = (format!("c.{f}"), format!("s.{f}"));
        t.ok(&["-e", "a", "customer", "export", "-o", &c]);
        t.ok(&["-e", "a", "subscription", "export", "-o", &s]);
        let e = format!("b{f}");
        t.ok(&["env", "create", &e]);
        t.ok(&["-e", &e, "clock", "set", "2026-01-01T00:00:00Z"]);
        t.ok(&["-e", &e, "catalog", "apply", &catalog]);
        t.ok(&["-e", &e, "customer", "import", &c]);
        t.ok(&["-e", &e, "subscription", "import", &s]);
        assert_eq!(
            t.ok(&["-e", &e, "subscription", "export"]),
            t.ok(&["-e", "a", "subscription", "export"])
        );
        let inv = t.json(&["-e", &e, "subscription", "invoice-preview", "dk1"]);
        assert_eq!(inv["currency"], "DKK", "{inv}");
        let o = t.run(&["-e", &e, "entitlement", "check", "rv", "sso"]);
        assert_eq!(o.code, 1, "{}", o.stdout);
        for id in ["rv1", "sc1"] {
            let s = t.json(&["-e", &e, "subscription", "show", id]);
            assert_eq!(
                (&s["cancelReason"], &s["cancellationDate"]),
                (
                    &"ScheduledCancellation".into(),
                    &"2026-02-01T00:00:00Z".into()
                ),
                "{s}"
            );
        }
        t.ok(&["-e", &e, "subscription", "uncancel", "sc1"]);
        // The source lifts the revocation (a cancellation again, without it): a re-sync lifts
        // it too (an empty cell is not revoked), then reads as unchanged.
        if f == "csv" {
            t.ok(&[
                "-e",
                "a",
                "subscription",
                "cancel",
                "rv1",
                "--at",
                "end-of-period",
            ]);
            t.ok(&["-e", "a", "subscription", "export", "-o", "s2.csv"]);
            let r = t.json(&["-e", &e, "subscription", "import", "s2.csv"]);
            assert_eq!(r["updated"], 2, "{r}"); // rv1 lifted, sc1 cancelled again
            assert_eq!(
                t.run(&["-e", &e, "entitlement", "check", "rv", "sso"]).code,
                0
            );
            let r = t.json(&["-e", &e, "subscription", "import", "s2.csv"]);
            assert_eq!(r["unchanged"], 3, "{r}");
            t.ok(&[
                "-e",
                "a",
                "subscription",
                "cancel",
                "rv1",
                "--at",
                "end-of-period",
                "--revoke-entitlements",
            ]);
        }
        t.ok(&["-e", &e, "clock", "set", "2026-02-02T00:00:00Z"]);
        assert_eq!(
            t.json(&["-e", &e, "subscription", "show", "rv1"])["status"],
            "CANCELED"
        );
    }
    // A row whose cancellation and end disagree, or that revokes without a cancellation, is
    // refused at its line.
    t.write(
        "bad.csv",
        "subscriptionId,customerId,planId,billingPeriod,endDate,cancellationDate,entitlementsRevoked,startDate\n\
x1,dk,pro,MONTHLY,2026-02-01T00:00:00Z,2026-03-01T00:00:00Z,,\n\
x2,rv,pro,MONTHLY,,,true,\n\
x3,sc,pro,MONTHLY,,,maybe,\n\
x4,sc,pro,MONTHLY,,2026-04-01T00:00:00Z,true,2026-03-01T00:00:00Z\n",
    );
    t.ok(&["-e", "b", "customer", "import", "c.csv"]);
    let e = t.fails(&["-e", "b", "subscription", "import", "bad.csv"], 65);
    assert!(
        e.contains("bad.csv:2")
            && e.contains(
                "cancellationDate 2026-03-01T00:00:00Z is after endDate 2026-02-01T00:00:00Z"
            )
            && e.contains("bad.csv:3")
            && e.contains("needs a cancellationDate")
            && e.contains("bad.csv:4")
            && e.contains("not true or false")
            && e.contains("bad.csv:5")
            && e.contains("has not started"),
        "{e}"
    );
}

/// A fixed term a scheduled cancellation replaced moves with the subscription: the export
/// writes the term as `endDate` and the cancellation as `cancellationDate`, the import keeps the
/// term aside again, so `uncancel` after the move brings it back (it was lost: the export wrote
/// only the cancellation). JSON and CSV alike; a cancellation already past ends it as before.
#[test]
fn a_term_replaced_by_a_cancellation_survives_a_move() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&["customer", "create", "old", "--plan", "free"]);
    for (id, cust) in [("t1", "acme"), ("t2", "old")] {
        t.ok(&[
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            cust,
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--skip-trial",
            "--end",
            "2026-06-01T00:00:00Z",
        ]);
    }
    t.ok(&[
        "subscription",
        "cancel",
        "t1",
        "--at",
        "2026-03-01T00:00:00Z",
        "--revoke-entitlements",
    ]);
    let subs = t.ok(&["subscription", "export"]);
    let row = subs.lines().find(|l| l.starts_with("t1,")).unwrap();
    assert!(
        row.contains(",2026-06-01T00:00:00Z,") && row.contains(",2026-03-01T00:00:00Z,true,"),
        "{subs}"
    );
    t.ok(&["customer", "export", "-o", "c.csv"]);
    t.write("s.csv", &subs);
    t.ok(&["subscription", "export", "-o", "s.json"]);
    for (env, file) in [("copy", "s.csv"), ("copy2", "s.json")] {
        t.ok(&["env", "create", env]);
        t.ok(&["-e", env, "catalog", "apply", "saas-starter.yaml"]);
        t.ok(&["-e", env, "customer", "import", "c.csv"]);
        t.ok(&["-e", env, "subscription", "import", file]);
        assert_eq!(t.ok(&["-e", env, "subscription", "export"]), subs, "{env}");
        let s = t.json(&["-e", env, "subscription", "show", "t1"]);
        assert_eq!(s["endDate"], "2026-03-01T00:00:00Z", "{s}");
        assert_eq!(s["cancellationDate"], "2026-03-01T00:00:00Z", "{s}");
        // Calling the cancellation off brings the term back, as at the source.
        t.ok(&["-e", env, "subscription", "uncancel", "t1"]);
        let s = t.json(&["-e", env, "subscription", "show", "t1"]);
        assert_eq!(s["endDate"], "2026-06-01T00:00:00Z", "{s}");
        assert!(s["cancellationDate"].is_null(), "{s}");
    }
    // A row whose cancellation, before its term, is already past: it ended canceled then.
    t.write(
        "past.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,endDate,cancellationDate\n\
p1,old,pro,MONTHLY,2025-10-01T00:00:00Z,2026-06-01T00:00:00Z,2025-12-01T00:00:00Z\n",
    );
    t.ok(&["env", "create", "past"]);
    t.ok(&["-e", "past", "catalog", "apply", "saas-starter.yaml"]);
    t.ok(&["-e", "past", "customer", "import", "c.csv"]);
    t.ok(&["-e", "past", "subscription", "import", "past.csv"]);
    let s = t.json(&["-e", "past", "subscription", "show", "p1"]);
    assert_eq!(s["status"], "CANCELED", "{s}");
    assert_eq!(s["endDate"], "2025-12-01T00:00:00Z", "{s}");
}

/// An environment moves with what its catalog has since archived (a plan, an add-on, a
/// customer's coupon: live subscriptions keep working, so the imports record them), and the
/// export warns of subscriptions on older versions, which neither export carries.
#[test]
fn archived_catalog_entries_move_and_older_versions_are_warned_of() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme", "--coupon", "launch20"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--addon",
        "extra-storage=1",
    ]);
    let out = t.run(&["subscription", "export", "-o", "before.csv"]);
    assert!(!out.stderr.contains("older"), "{}", out.stderr);
    // pro v2 (a new limit); s1 stays on v1.
    t.ok(&["plan", "draft", "pro"]);
    t.ok(&[
        "plan",
        "entitlement",
        "set",
        "pro",
        "projects",
        "--limit",
        "7",
    ]);
    t.ok(&["plan", "publish", "pro"]);
    t.ok(&["plan", "archive", "pro"]);
    t.ok(&["addon", "archive", "extra-storage"]);
    t.ok(&["coupon", "archive", "launch20"]);
    t.ok(&["catalog", "export", "-o", "cat.yaml"]);
    t.ok(&["customer", "export", "-o", "c.csv"]);
    let out = t.run(&["subscription", "export", "-o", "s.csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "warning: 1 subscription(s) are on a plan or add-on version older than the published one (first: 's1')"
        ),
        "{}",
        out.stderr
    );
    t.ok(&["env", "create", "copy"]);
    t.ok(&["-e", "copy", "catalog", "apply", "cat.yaml"]);
    t.ok(&["-e", "copy", "customer", "import", "c.csv"]);
    t.ok(&["-e", "copy", "subscription", "import", "s.csv"]);
    let s = t.json(&["-e", "copy", "subscription", "show", "s1"]);
    assert_eq!(
        (&s["planId"], &s["status"]),
        (&"pro".into(), &"ACTIVE".into())
    );
    assert_eq!(
        t.json(&["-e", "copy", "customer", "show", "acme"])["couponId"],
        "launch20"
    );
    // Newly applied outside an import, archived entries are still refused.
    t.ok(&["-e", "copy", "customer", "create", "globex"]);
    t.fails(
        &[
            "-e",
            "copy",
            "subscription",
            "create",
            "--customer",
            "globex",
            "--plan",
            "pro",
        ],
        1,
    );
}

/// `entitlementsRevoked` alone changes the revocation of the cancellation a subscription has
/// scheduled (a row need not restate its `cancellationDate`); without one to revoke until, a
/// `true` is refused at its line.
#[test]
fn a_revocation_changes_without_restating_the_cancellation() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&[
        "subscription",
        "cancel",
        "s1",
        "--at",
        "end-of-period",
        "--revoke-entitlements",
    ]);
    assert_eq!(t.run(&["entitlement", "check", "acme", "sso"]).code, 1);
    for (cell, revoked, code) in [("", false, 0), ("true", true, 1), ("false", false, 0)] {
        t.write(
            "r.csv",
            &format!("subscriptionId,entitlementsRevoked\ns1,{cell}\n"),
        );
        assert_eq!(t.json(&["subscription", "import", "r.csv"])["updated"], 1);
        let s = t.json(&["subscription", "show", "s1"]);
        assert_eq!(s["entitlementsRevoked"], revoked, "{cell}: {s}");
        assert_eq!(s["cancelReason"], "ScheduledCancellation");
        assert_eq!(t.run(&["entitlement", "check", "acme", "sso"]).code, code);
    }
    t.ok(&["subscription", "uncancel", "s1"]);
    t.write("r.csv", "subscriptionId,entitlementsRevoked\ns1,true\n");
    let e = t.fails(&["subscription", "import", "r.csv"], 65);
    assert!(
        e.contains("r.csv:2") && e.contains("needs a cancellationDate"),
        "{e}"
    );
}

/// An import records a coupon archived since on existing records too, as on new ones (a
/// re-sync from where it was applied before it was archived); `update` still refuses it.
#[test]
fn an_import_records_an_archived_coupon_on_existing_records() {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    t.ok(&["coupon", "archive", "welcome-10"]);
    t.write("c.csv", "customerId,couponId\nacme,welcome-10\n");
    assert_eq!(t.json(&["customer", "import", "c.csv"])["updated"], 1);
    t.write("s.csv", "subscriptionId,couponId\ns1,welcome-10\n");
    assert_eq!(t.json(&["subscription", "import", "s.csv"])["updated"], 1);
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["couponId"],
        "welcome-10"
    );
    t.ok(&["subscription", "update", "s1", "--remove-coupon"]);
    t.fails(
        &["subscription", "update", "s1", "--coupon", "welcome-10"],
        1,
    );
}

/// A move carries what no date in the row derives: the billing cycle's anchor (moved by a
/// billing-period change) and when a coupon was applied (its months count from then) — on
/// customers and subscriptions. Both were lost: the target billed on other dates and ran the
/// coupon out, while the two exports matched.
#[test]
fn a_move_keeps_the_billing_anchor_and_when_coupons_were_applied() {
    let mut a = TestEnv::with_starter();
    a.now = Some("2026-01-01T00:00:00Z".into());
    a.ok(&["customer", "create", "c"]);
    a.ok(&["customer", "create", "d"]);
    let sub = |t: &TestEnv, id: &str, customer: &str, extra: &[&str]| {
        let mut args = vec![
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            customer,
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--skip-trial",
            "--quantity",
            "seats=1",
        ];
        args.extend_from_slice(extra);
        t.ok(&args);
    };
    sub(&a, "p", "c", &[]);
    sub(&a, "q", "d", &[]);
    a.now = Some("2026-01-10T00:00:00Z".into());
    a.ok(&[
        "subscription",
        "update",
        "p",
        "--billing-period",
        "annually",
    ]);
    a.now = Some("2026-02-10T00:00:00Z".into());
    a.ok(&["customer", "update", "c", "--coupon", "launch20"]);
    a.ok(&["subscription", "update", "q", "--coupon", "launch20"]);
    a.now = Some("2026-04-15T00:00:00Z".into());
    a.ok(&["customer", "update", "c", "--name", "Renamed"]);
    a.ok(&["customer", "export", "-o", "c.csv"]);
    a.ok(&["subscription", "export", "-o", "s.csv"]);
    let b = moved(&a);
    for t in [&a, &b] {
        let p = t.json(&["subscription", "show", "p"]);
        assert_eq!(
            (
                p["billingCycleAnchor"].as_str(),
                p["currentBillingPeriodEnd"].as_str()
            ),
            (Some("2026-01-10T00:00:00Z"), Some("2027-01-10T00:00:00Z"))
        );
    }
    for id in ["p", "q"] {
        let (x, y) = (
            a.json(&["subscription", "invoice-preview", id]),
            b.json(&["subscription", "invoice-preview", id]),
        );
        assert_eq!(x, y, "{id}");
    }
    assert_eq!(
        a.json(&["subscription", "invoice-preview", "q"])["discount"],
        b.json(&["subscription", "invoice-preview", "q"])["discount"]
    );
    // The exports agree, and a re-import changes nothing.
    b.ok(&["customer", "export", "-o", "c2.csv"]);
    b.ok(&["subscription", "export", "-o", "s2.csv"]);
    for (x, y) in [("c.csv", "c2.csv"), ("s.csv", "s2.csv")] {
        assert_eq!(
            std::fs::read_to_string(a.path().join(x)).unwrap(),
            std::fs::read_to_string(b.path().join(y)).unwrap()
        );
    }
    let again = b.json(&["subscription", "import", "s.csv"]);
    assert_eq!(again["unchanged"], 2, "{again}");
    let again = b.json(&["customer", "import", "c.csv"]);
    assert_eq!(again["unchanged"], 2, "{again}");
}

/// A customer row changed before it was created (`updatedAt` < `createdAt`) is a bad row.
#[test]
fn a_customer_updated_before_it_was_created_is_a_bad_row() {
    let t = TestEnv::new();
    t.write(
        "c.csv",
        "customerId,name,createdAt,updatedAt\nt1,X,2025-06-01T00:00:00Z,2025-01-01T00:00:00Z\nt2,Y,2025-01-01T00:00:00Z,2025-01-01T00:00:00Z\n",
    );
    let e = t.fails(&["customer", "import", "c.csv"], 65);
    assert!(
        e.contains("c.csv:2") && e.contains("is before createdAt"),
        "{e}"
    );
    assert!(!e.contains("c.csv:3"), "{e}");
}

/// What an import row records must be possible: a billing anchor after now on a started
/// subscription, before a trial's end, or other than a running trial's end, and a coupon applied after
/// now, after the row's last change or (a customer's) before the record existed, are bad rows (they were
/// stored: periods outside the subscription's life, coupons applied in the future).
#[test]
fn recorded_anchors_and_coupon_dates_must_be_possible() {
    let mut t = TestEnv::with_starter();
    t.now = Some("2026-01-16T00:00:00Z".into());
    t.write("c.csv", "customerId\nc1\nc2\nc3\nc4\nc5\nc6\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,trialEndDate,couponId,billingCycleAnchor,couponAppliedAt\n\
         s1,c1,basic,MONTHLY,2026-01-05T00:00:00Z,,,2026-01-01T00:00:00Z,\n\
         s2,c2,basic,MONTHLY,2026-01-05T00:00:00Z,,,2026-02-01T00:00:00Z,\n\
         s3,c3,basic,MONTHLY,2026-01-05T00:00:00Z,2026-01-20T00:00:00Z,,2026-01-06T00:00:00Z,\n\
         s4,c4,basic,MONTHLY,2026-01-05T00:00:00Z,,launch20,,2026-03-01T00:00:00Z\n\
         s5,c5,basic,MONTHLY,2026-01-05T00:00:00Z,,launch20,,2026-01-01T00:00:00Z\n\
         s6,c6,basic,MONTHLY,2026-01-05T00:00:00Z,,launch20,2026-01-10T00:00:00Z,2026-01-07T00:00:00Z\n",
    );
    let e = t.fails(&["subscription", "import", "s.csv"], 65);
    // (An anchor before the start, without a trial, is a cycle kept from a replaced
    // subscription — what an upgrade between paid plans of one period records: possible.)
    assert!(!e.contains("s.csv:2:"), "{e}");
    // (Nor is a coupon applied before the start: a plan change keeps the coupon of the
    // subscription it replaces, counted from when that was applied.)
    assert!(!e.contains("s.csv:6:"), "{e}");
    for (line, what) in [
        (3, "billingCycleAnchor 2026-02-01T00:00:00Z is outside"),
        (4, "(the trial's end)"),
        (5, "couponAppliedAt 2026-03-01"),
    ] {
        assert!(
            e.contains(&format!("s.csv:{line}:")) && e.contains(what),
            "{line} {what}: {e}"
        );
    }
    assert!(!e.contains("s.csv:7:"), "{e}");
    t.write(
        "cc.csv",
        "customerId,couponId,createdAt,updatedAt,couponAppliedAt\n\
         d1,launch20,2026-01-02T00:00:00Z,2026-01-10T00:00:00Z,2026-01-12T00:00:00Z\n\
         d2,launch20,2026-01-02T00:00:00Z,2026-01-10T00:00:00Z,2026-01-01T00:00:00Z\n\
         d3,launch20,2026-01-02T00:00:00Z,2026-01-10T00:00:00Z,2026-01-05T00:00:00Z\n",
    );
    let e = t.fails(&["customer", "import", "cc.csv"], 65);
    assert!(
        e.contains("cc.csv:2:") && e.contains("cc.csv:3:") && !e.contains("cc.csv:4:"),
        "{e}"
    );
}

/// Real exports re-import whatever the subscriptions' state: not started yet (its anchor and
/// coupon at its start; a later anchor is refused there), a converted trial whose billing a
/// period change moved (the anchor is kept, not put back to the trial's end), and a customer
/// given a coupon without `createdAt` (applied no earlier than it then exists).
#[test]
fn exports_of_every_state_re_import_with_their_anchors_and_coupons() {
    let mut a = TestEnv::with_starter();
    a.now = Some("2026-01-01T00:00:00Z".into());
    a.ok(&["customer", "create", "c1"]);
    a.ok(&["customer", "create", "c2"]);
    a.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "c1",
        "--plan",
        "basic",
        "--billing-period",
        "annually",
    ]);
    a.now = Some("2026-01-21T00:00:00Z".into());
    a.ok(&[
        "subscription",
        "update",
        "s1",
        "--billing-period",
        "monthly",
    ]);
    a.ok(&[
        "subscription",
        "create",
        "--id",
        "s2",
        "--customer",
        "c2",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--start",
        "2026-04-01T00:00:00Z",
        "--coupon",
        "launch20",
    ]);
    a.ok(&["customer", "export", "-o", "c.csv"]);
    a.ok(&["subscription", "export", "-o", "s.csv"]);
    let b = moved(&a);
    for id in ["s1", "s2"] {
        let (x, y) = (
            a.json(&["subscription", "show", id]),
            b.json(&["subscription", "show", id]),
        );
        for k in [
            "billingCycleAnchor",
            "currentBillingPeriodStart",
            "currentBillingPeriodEnd",
            "status",
        ] {
            assert_eq!(x[k], y[k], "{id} {k}");
        }
    }
    // Re-imported into its own environment too.
    a.ok(&["subscription", "import", "s.csv"]);
    // A not-started subscription's anchor is its start.
    b.write(
        "late.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,billingCycleAnchor\ns9,c1,basic,MONTHLY,2026-04-01T00:00:00Z,2099-05-01T00:00:00Z\n",
    );
    let e = b.fails(&["subscription", "import", "late.csv"], 65);
    assert!(e.contains("late.csv:2") && e.contains("(the start)"), "{e}");
    // A customer row without createdAt: its coupon applied no earlier than it then exists.
    b.write(
        "cc.csv",
        "customerId,couponId,couponAppliedAt\nx,launch20,2026-01-11T00:00:00Z\n",
    );
    let e = b.fails(&["customer", "import", "cc.csv"], 65);
    assert!(
        e.contains("cc.csv:2") && e.contains("outside the record's life"),
        "{e}"
    );
}

/// A fresh starter environment at `a`'s time holding what `a`'s `c.csv` and `s.csv` exports
/// hold, imported (the files are copied beside it).
fn moved(a: &TestEnv) -> TestEnv {
    let mut b = TestEnv::with_starter();
    b.now = a.now.clone();
    for f in ["c.csv", "s.csv"] {
        b.write(f, &std::fs::read_to_string(a.path().join(f)).unwrap());
    }
    b.ok(&["customer", "import", "c.csv"]);
    b.ok(&["subscription", "import", "s.csv"]);
    b
}

/// Rejected rows are written as the input is: a rejects file named for the other format is
/// refused before anything is read or written.
#[test]
fn a_rejects_file_named_for_another_format_is_refused() {
    let t = crate::helpers::TestEnv::with_starter();
    t.write("c.csv", "customerId\nok1\n");
    t.write("u.csv", "customerId,featureId,value\nok1,exports,1\n");
    for args in [
        &[
            "customer",
            "import",
            "c.csv",
            "--skip-invalid",
            "--rejects",
            "bad.json",
        ][..],
        &[
            "usage",
            "import",
            "u.csv",
            "--skip-invalid",
            "--rejects",
            "bad.jsonl",
        ],
    ] {
        let e = t.fails(args, 2);
        assert!(e.contains("written as the input is (CSV)"), "{e}");
    }
    // A name imports read as another format than the rows'.
    t.write("j.jsonl", "{\"customerId\": \"j1\"}\n");
    let e = t.fails(
        &[
            "customer",
            "import",
            "c.csv",
            "--skip-invalid",
            "--rejects",
            "bad.yaml",
        ],
        2,
    );
    assert!(e.contains("written as the input is (CSV)"), "{e}");
    let e = t.fails(
        &[
            "customer",
            "import",
            "j.jsonl",
            "--skip-invalid",
            "--rejects",
            "r.txt",
        ],
        2,
    );
    assert!(e.contains("written as the input is (JSON)"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM customers"), "0");
    assert!(!t.path().join("bad.json").exists());
}

/// A subscription made by an upgrade between paid plans of one billing period keeps the old
/// one's cycle (its anchor is before its start): its export re-imports as is — the import
/// refused its own export (anchor outside start .. now) — and bills on the same dates.
#[test]
fn a_kept_billing_cycle_moves_with_the_subscription() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2028-01-10T00:00:00Z"]);
    t.ok(&["customer", "create", "c1"]);
    let sub = |id: &str, plan: &str| {
        t.ok(&[
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            "c1",
            "--plan",
            plan,
            "--billing-period",
            "monthly",
            "--skip-trial",
        ]);
    };
    sub("b1", "basic");
    t.ok(&["clock", "set", "2028-01-20T00:00:00Z"]);
    sub("p1", "pro");
    let s = t.json(&["subscription", "show", "p1"]);
    assert_eq!(s["billingCycleAnchor"], "2028-01-10T00:00:00Z", "{s}");
    t.ok(&["customer", "export", "-o", "c.csv"]);
    let subs = t.ok(&["subscription", "export"]);
    t.write("s.csv", &subs);
    t.ok(&["env", "create", "moved"]);
    t.ok(&["-e", "moved", "clock", "set", "2028-01-20T00:00:00Z"]);
    t.ok(&["-e", "moved", "catalog", "apply", "saas-starter.yaml"]);
    t.ok(&["-e", "moved", "customer", "import", "c.csv"]);
    t.ok(&["-e", "moved", "subscription", "import", "s.csv"]);
    assert_eq!(t.ok(&["-e", "moved", "subscription", "export"]), subs);
    let m = t.json(&["-e", "moved", "subscription", "show", "p1"]);
    assert_eq!(m["currentBillingPeriodEnd"], "2028-02-10T00:00:00Z", "{m}");
    // A trial's subscription still steps from its end: an anchor before it is refused.
    t.write(
        "bad.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,trialEndDate,billingCycleAnchor\n\
x1,c1,pro,MONTHLY,2027-12-01T00:00:00Z,2027-12-15T00:00:00Z,2027-12-01T00:00:00Z\n",
    );
    t.ok(&["customer", "create", "c2"]);
    let e = t.fails(&["-e", "moved", "subscription", "import", "bad.csv"], 65);
    assert!(e.contains("billingCycleAnchor"), "{e}");
    // Nor has a subscription without a billing period (free, custom): no cycle to keep (its
    // recurring credits followed the anchor).
    t.ok(&["-e", "moved", "customer", "create", "h4", "--plan", "free"]);
    t.ok(&["-y", "-e", "moved", "customer", "archive", "h4"]);
    t.ok(&["-y", "-e", "moved", "customer", "unarchive", "h4"]);
    t.write(
        "free.csv",
        "subscriptionId,customerId,planId,startDate,billingCycleAnchor
h4-s,h4,free,2028-01-20T00:00:00Z,2028-01-01T00:00:00Z
",
    );
    let e = t.fails(&["-e", "moved", "subscription", "import", "free.csv"], 65);
    assert!(
        e.contains("billingCycleAnchor 2028-01-01T00:00:00Z is outside"),
        "{e}"
    );
    // A cancellation before the start is named as such (the message named endDate).
    t.write(
        "early.csv",
        "subscriptionId,customerId,planId,startDate,cancellationDate\nh4-s,h4,free,2028-01-20T00:00:00Z,2028-01-01T00:00:00Z\n",
    );
    let e = t.fails(&["-e", "moved", "subscription", "import", "early.csv"], 65);
    assert!(
        e.contains("the cancellation (cancellationDate) must be after the start"),
        "{e}"
    );
}

/// A file that gives an id twice with different `updatedAt`s applies only the newer row,
/// whichever comes first: an older row applied first would leave what it did (the credits 500
/// seats grant, its creation time, its events). The older counts as skipped.
#[test]
fn only_the_newest_row_of_a_repeated_id_is_applied_in_any_order() {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\ne1\ne2\n");
    t.ok(&["customer", "import", "c.csv"]);
    let older = "2025-12-30T00:00:00Z";
    let newer = "2025-12-31T00:00:00Z";
    for (customer, first, second) in [("e1", older, newer), ("e2", newer, older)] {
        let seats = |at: &str| if at == older { 500 } else { 1 };
        t.write(
            "s.csv",
            &format!(
                "subscriptionId,customerId,planId,billingPeriod,quantities,updatedAt\n\
                 s-{customer},{customer},pro,monthly,seats:{},{first}\n\
                 s-{customer},{customer},pro,monthly,seats:{},{second}\n",
                seats(first),
                seats(second)
            ),
        );
        let r = t.json(&["subscription", "import", "s.csv"]);
        assert_eq!(
            (
                r["inserted"].as_u64(),
                r["updated"].as_u64(),
                r["skipped"].as_u64()
            ),
            (Some(1), Some(0), Some(1)),
            "{customer}: {r}"
        );
        let b = t.json(&["credit", "balance", customer, "--currency", "ai-credits"]);
        assert_eq!(b[0]["currentBalance"], "100", "{customer}: {b}");
        let s = t.json(&["subscription", "show", &format!("s-{customer}")]);
        assert_eq!(s["updatedAt"], newer, "{s}");
        assert_eq!(
            t.events("subscription.updated", &format!("s-{customer}"))
                .len(),
            0
        );
    }
    // Customers too: the newer row's creation time, one event.
    t.write(
        "d.csv",
        &format!("customerId,name,createdAt,updatedAt\nd1,first,{older},{older}\nd1,second,{newer},{newer}\n"),
    );
    let r = t.json(&["customer", "import", "d.csv"]);
    assert_eq!(
        (r["inserted"].as_u64(), r["skipped"].as_u64()),
        (Some(1), Some(1)),
        "{r}"
    );
    let c = t.json(&["customer", "show", "d1"]);
    assert_eq!(
        (c["name"].as_str(), c["createdAt"].as_str()),
        (Some("second"), Some(newer)),
        "{c}"
    );
    assert_eq!(t.events("customer.updated", "d1").len(), 0);
    assert_eq!(t.events("customer.created", "d1").len(), 1);
    t.ok(&["credit", "verify"]);
}

/// A row whose only change is a newer `updatedAt` changes the record: it is counted as
/// updated, logged (a replica follows the newer-wins order too), and a dry run says so (exit 1).
#[test]
fn a_newer_stamp_alone_is_an_update_with_its_event() {
    let t = TestEnv::with_starter();
    t.write(
        "a.csv",
        "customerId,name,updatedAt\nd1,n,2025-12-10T00:00:00Z\n",
    );
    t.ok(&["customer", "import", "a.csv"]);
    t.write(
        "b.csv",
        "customerId,name,updatedAt\nd1,n,2025-12-14T00:00:00Z\n",
    );
    t.exits(&["customer", "import", "b.csv", "--dry-run"], 1);
    let r = t.json(&["customer", "import", "b.csv"]);
    assert_eq!(
        (r["updated"].as_u64(), r["unchanged"].as_u64()),
        (Some(1), Some(0)),
        "{r}"
    );
    let ev = t.events("customer.updated", "d1");
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["updatedAt"], "2025-12-14T00:00:00Z", "{:?}", ev[0]);
    // The same row again: unchanged, nothing logged.
    t.exits(&["customer", "import", "b.csv", "--dry-run"], 0);
    let r = t.json(&["customer", "import", "b.csv"]);
    assert_eq!(r["unchanged"].as_u64(), Some(1), "{r}");
    assert_eq!(t.events("customer.updated", "d1").len(), 1);
    // Subscriptions alike.
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,updatedAt\ns1,d1,basic,monthly,2025-12-20T00:00:00Z\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    t.write(
        "s2.csv",
        "subscriptionId,updatedAt\ns1,2025-12-21T00:00:00Z\n",
    );
    let r = t.json(&["subscription", "import", "s2.csv"]);
    assert_eq!(r["updated"].as_u64(), Some(1), "{r}");
    let ev = t.events("subscription.updated", "s1");
    assert_eq!(ev.len(), 1);
    let r = t.json(&["subscription", "import", "s2.csv"]);
    assert_eq!(r["unchanged"].as_u64(), Some(1), "{r}");
}

/// `endDate` without `cancellationDate` on a stored subscription is a fixed term, as on a new
/// row: it ends `EXPIRED`, may move later or earlier, and never moves a scheduled cancellation
/// that comes first (the term waits behind it; `uncancel` brings it back).
#[test]
fn an_end_date_on_a_stored_subscription_is_a_fixed_term() {
    let mut t = TestEnv::with_starter();
    t.now = Some("2026-01-15T00:00:00Z".into());
    t.write("c.csv", "customerId\ne1\ne2\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,startDate,cancellationDate\n\
         z,e1,basic,monthly,2026-01-01T00:00:00Z,\n\
         y,e2,basic,monthly,2026-01-01T00:00:00Z,2026-01-20T00:00:00Z\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    t.write(
        "e.csv",
        "subscriptionId,endDate\nz,2026-01-25T00:00:00Z\ny,2026-01-25T00:00:00Z\n",
    );
    let r = t.json(&["subscription", "import", "e.csv"]);
    assert_eq!(r["updated"].as_u64(), Some(2), "{r}");
    let z = t.json(&["subscription", "show", "z"]);
    assert_eq!(
        (
            z["endDate"].as_str(),
            z["cancellationDate"].as_str(),
            z["cancelReason"].as_str()
        ),
        (Some("2026-01-25T00:00:00Z"), None, Some("Expired")),
        "{z}"
    );
    // The cancellation that comes first stays the end.
    let y = t.json(&["subscription", "show", "y"]);
    assert_eq!(
        (y["endDate"].as_str(), y["cancellationDate"].as_str()),
        (Some("2026-01-20T00:00:00Z"), Some("2026-01-20T00:00:00Z")),
        "{y}"
    );
    // The same file again changes nothing.
    let r = t.json(&["subscription", "import", "e.csv"]);
    assert_eq!(r["unchanged"].as_u64(), Some(2), "{r}");
    // The term moves later by import.
    t.write("l.csv", "subscriptionId,endDate\nz,2026-01-28T00:00:00Z\n");
    t.ok(&["subscription", "import", "l.csv"]);
    // Calling off y's cancellation brings the term back.
    t.ok(&["subscription", "uncancel", "y"]);
    let y = t.json(&["subscription", "show", "y"]);
    assert_eq!(
        (y["endDate"].as_str(), y["cancelReason"].as_str()),
        (Some("2026-01-25T00:00:00Z"), Some("Expired")),
        "{y}"
    );
    t.ok(&[
        "clock",
        "set",
        "2026-01-29T00:00:00Z",
        "--now",
        "2026-01-29T00:00:00Z",
    ]);
    let list = t.json(&["subscription", "list", "--now", "2026-01-29T00:00:00Z"]);
    for s in list.as_array().unwrap() {
        if s["subscriptionId"] == "z" || s["subscriptionId"] == "y" {
            assert_eq!(s["status"], "EXPIRED", "{s}");
        }
    }
}
