//! An import burns exactly what the same rows sent one by one burn, and logs the same credit
//! events: regressions from the black-box attack on the rewritten burn path (session 7).

use crate::helpers::TestEnv;
use serde_json::Value;

const CATALOG: &str = r#"
features:
  - { id: fx, type: metered }
  - { id: gen, type: metered }
  - { id: img, type: metered }
  - { id: tok, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: SUM, field: tokens } } }
currencies: [{ id: c1, name: C1 }, { id: c2, name: C2 }]
products:
  - id: main
    startSetup: { freePlan: p }
    plans:
      - id: p
        pricing: free
        entitlements: { fx: { unlimited: true }, gen: { unlimited: true }, img: { unlimited: true }, tok: { unlimited: true } }
        prices:
          - { model: credits, feature: fx, currency: c1, formula: "a - 1" }
          - { model: credits, feature: tok, currency: c1, formula: "a - 1" }
          - { model: credits, feature: gen, currency: c1, rate: 3 }
          - { model: credits, feature: img, currency: c2, rate: 1 }
"#;

/// An environment with the catalog above and customer `m`, at 2026-01-10.
fn env() -> TestEnv {
    env_with(CATALOG)
}

fn env_with(catalog: &str) -> TestEnv {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.write("cat.yaml", catalog);
    t.ok(&["catalog", "apply", f.to_str().unwrap(), "--yes"]);
    t.ok(&["customer", "create", "m"]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t
}

fn grant(t: &TestEnv, currency: &str, amount: &str) {
    t.ok(&[
        "credit",
        "grant",
        "m",
        "--currency",
        currency,
        "--amount",
        amount,
    ]);
}

/// `credit auto-recharge set` for `m` in c1: below 5, back up to `target` at `price` a credit.
fn recharge<'a>(target: &'a str, price: &'a str) -> Vec<&'a str> {
    vec![
        "credit",
        "auto-recharge",
        "set",
        "m",
        "--currency",
        "c1",
        "--threshold",
        "5",
        "--target",
        target,
        "--price-per-credit",
        price,
    ]
}

fn balance(t: &TestEnv, currency: &str) -> String {
    t.json(&["credit", "balance", "m", "--currency", currency])[0]["currentBalance"]
        .as_str()
        .unwrap()
        .to_string()
}

fn usage(t: &TestEnv, feature: &str) -> String {
    let v = t.json(&["usage", "show", "m"]);
    v.as_array()
        .unwrap()
        .iter()
        .find(|f| f["featureId"] == feature)
        .map(|f| f["currentUsage"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

#[test]
fn rows_that_add_no_usage_never_ask_the_formula_in_an_import_either() {
    let (single, bulk) = (env(), env());
    for t in [&single, &bulk] {
        grant(t, "c1", "100");
    }
    // fx burns `a - 1`: lowering it with a = 0 (the formula would be -1) or by a negative
    // delta without `a` (the formula cannot be worked out) adds no usage, so burns nothing.
    let r = |args: &[&str]| single.ok(&[&["usage", "report", "m", "fx"], args].concat());
    r(&[
        "10",
        "--set",
        "--at",
        "2026-01-02T00:00:00Z",
        "--dimension",
        "a=5",
        "--idempotency-key",
        "k1",
    ]);
    r(&[
        "4",
        "--set",
        "--at",
        "2026-01-03T00:00:00Z",
        "--dimension",
        "a=0",
        "--idempotency-key",
        "k2",
    ]);
    r(&[
        "--at",
        "2026-01-04T00:00:00Z",
        "--idempotency-key",
        "k3",
        "--",
        "-1",
    ]);
    // tok (a SUM of `tokens`) burns `a - 1` too: an event taking the sum down adds nothing.
    let e = |key: &str, dims: &[&str]| {
        let mut a = vec!["event", "report", "m", "api", "--idempotency-key", key];
        for d in dims {
            a.extend(["--dimension", d]);
        }
        single.ok(&a)
    };
    e("e1", &["tokens=5", "a=3"]);
    e("e2", &["tokens=-3"]);
    bulk.write(
        "rows.csv",
        "customerId,featureId,value,timestamp,idempotencyKey,updateBehavior,dimensions.a\n\
         m,fx,10,2026-01-02T00:00:00Z,k1,SET,5\n\
         m,fx,4,2026-01-03T00:00:00Z,k2,SET,0\n\
         m,fx,-1,2026-01-04T00:00:00Z,k3,DELTA,\n",
    );
    bulk.write(
        "events.csv",
        "customerId,eventName,idempotencyKey,dimensions.tokens,dimensions.a\n\
         m,api,e1,5,3\n\
         m,api,e2,-3,\n",
    );
    bulk.ok(&["usage", "import", "rows.csv"]);
    bulk.ok(&["usage", "import", "events.csv"]);
    for f in ["fx", "tok"] {
        assert_eq!(usage(&single, f), usage(&bulk, f), "{f}");
    }
    assert_eq!(usage(&bulk, "fx"), "3");
    assert_eq!(usage(&bulk, "tok"), "2");
    // 4 (fx at a = 5) + 2 (tok at a = 3) burned.
    assert_eq!(balance(&single, "c1"), "94");
    assert_eq!(balance(&bulk, "c1"), "94");
    // A row that does add usage still has its formula asked, and is refused when it fails.
    bulk.write(
        "bad.csv",
        "customerId,featureId,value,idempotencyKey,dimensions.a\nm,fx,1,k4,\n",
    );
    let err = bulk.fails(&["usage", "import", "bad.csv"], 65);
    assert!(err.contains("bad.csv:2") && err.contains("'a'"), "{err}");
    for t in [&single, &bulk] {
        t.ok(&["credit", "verify"]);
    }
}

/// The payloads of every credit event, in the order logged.
fn credit_events(t: &TestEnv) -> Vec<Value> {
    let all = t.json(&["events", "list"]);
    let credit = |e: &&Value| {
        let ty = e["type"].as_str().unwrap();
        ty.starts_with("credit.") || ty.starts_with("automatic_recharge.")
    };
    let n = all.as_array().unwrap().iter().filter(credit).count();
    // (Stored payloads: without the envelope.)
    let stored = t.events("", "");
    all.as_array()
        .unwrap()
        .iter()
        .zip(stored)
        .filter(|(e, _)| credit(e))
        .map(|(_, p)| p)
        .take(n)
        .collect()
}

/// The credit events, without the ids the two environments give out differently.
fn comparable(t: &TestEnv) -> Vec<Value> {
    let mut v = credit_events(t);
    for e in &mut v {
        if let Some(o) = e.as_object_mut() {
            o.remove("grantId");
        }
    }
    v
}

#[test]
fn an_import_logs_recharges_and_their_grants_as_single_reports_do() {
    let (single, bulk) = (env(), env());
    for t in [&single, &bulk] {
        grant(t, "c1", "10");
        t.ok(&[&recharge("20", "1:USD")[..], &["--monthly-limit", "40:USD"]].concat());
    }
    // gen burns 3 a unit: each of these takes the balance under 5, until the third recharge
    // would pass 40 USD this month and recharging disables itself.
    let units = ["2", "5", "4", "6", "5", "1"];
    let mut csv = String::from("customerId,featureId,value,idempotencyKey\n");
    for (i, u) in units.iter().enumerate() {
        let key = format!("k{i}");
        single.ok(&["usage", "report", "m", "gen", u, "--idempotency-key", &key]);
        csv.push_str(&format!("m,gen,{u},{key}\n"));
    }
    bulk.write("rows.csv", &csv);
    bulk.ok(&["usage", "import", "rows.csv"]);
    let (a, b) = (comparable(&single), comparable(&bulk));
    assert_eq!(a, b);
    // A recharge grant's `credit.grant.created` shows it as it was made, not as the import
    // left it; and the disabling shows `enabled: false` (an import's credit events are whole).
    let created: Vec<&Value> = b
        .iter()
        .filter(|e| e["source"] == "auto-recharge" && e["status"] == "ACTIVE")
        .collect();
    assert!(!created.is_empty(), "{b:?}");
    assert!(
        created.iter().all(|e| e["consumedAmount"] == "0"),
        "{created:?}"
    );
    assert!(
        b.iter()
            .any(|e| e["enabled"] == false && e["disabledReason"] == "MonthlySpendLimitExceeded"),
        "{b:?}"
    );
    assert_eq!(balance(&single, "c1"), balance(&bulk, "c1"));
    for t in [&single, &bulk] {
        t.ok(&["credit", "verify"]);
    }
}

#[test]
fn an_import_writes_a_customers_entries_in_the_order_single_reports_would() {
    let (single, bulk) = (env(), env());
    for t in [&single, &bulk] {
        grant(t, "c1", "100");
        grant(t, "c2", "100");
    }
    // Two pools, taken in turn: c1, c2, c1, c2, c1.
    let rows = [
        ("gen", "1"),
        ("img", "2"),
        ("gen", "3"),
        ("img", "1"),
        ("gen", "2"),
    ];
    let mut csv = String::from("customerId,featureId,value,idempotencyKey\n");
    for (i, (f, u)) in rows.iter().enumerate() {
        let key = format!("k{i}");
        single.ok(&["usage", "report", "m", f, u, "--idempotency-key", &key]);
        csv.push_str(&format!("m,{f},{u},{key}\n"));
    }
    bulk.write("rows.csv", &csv);
    bulk.ok(&["usage", "import", "rows.csv"]);
    let ledger = |t: &TestEnv| -> Vec<(String, String, String, String)> {
        let v = t.json(&["credit", "ledger", "m"]);
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                (s("currencyId"), s("type"), s("amount"), s("balanceAfter"))
            })
            .collect()
    };
    let (a, b) = (ledger(&single), ledger(&bulk));
    assert_eq!(a, b);
    let consumed: Vec<&str> = b
        .iter()
        .filter(|e| e.1 == "CREDITS_CONSUMED")
        .map(|e| e.0.as_str())
        .collect();
    assert_eq!(consumed, ["c1", "c2", "c1", "c2", "c1"]);
}

#[test]
fn credits_a_rate_burns_are_held_to_12_places_in_reports_and_imports_alike() {
    let catalog = CATALOG.replace(
        "currency: c2, rate: 1 }",
        "currency: c2, rate: 0.000000000001 }",
    );
    let (single, bulk) = (env_with(&catalog), env_with(&catalog));
    for t in [&single, &bulk] {
        grant(t, "c2", "1");
    }
    // 0.5 × 1e-12 = 5e-13: held to 12 places, half away from zero.
    let v = single.json(&[
        "usage",
        "report",
        "m",
        "img",
        "0.5",
        "--idempotency-key",
        "a",
    ]);
    assert_eq!(v["credit"]["consumed"], "0.000000000001");
    bulk.write(
        "rows.csv",
        "customerId,featureId,value,idempotencyKey\nm,img,0.5,a\n",
    );
    bulk.ok(&["usage", "import", "rows.csv"]);
    for t in [&single, &bulk] {
        assert_eq!(balance(t, "c2"), "0.999999999999");
        // What is left can be consumed exactly.
        t.ok(&[
            "credit",
            "consume",
            "m",
            "--currency",
            "c2",
            "--amount",
            "0.999999999999",
            "--idempotency-key",
            "rest",
        ]);
        t.ok(&["credit", "verify"]);
    }
}

#[test]
fn an_automatic_recharge_that_could_not_be_priced_is_refused_when_set() {
    let t = env();
    let e = t.fails(&recharge("79228162514264337593543950335", "1000:USD"), 2);
    assert!(e.contains("--price-per-credit"), "{e}");
    // Nothing was set: usage is recorded as before.
    t.ok(&["usage", "report", "m", "gen", "2"]);
    t.ok(&["credit", "verify"]);
}

#[test]
fn credits_a_pool_cannot_take_stop_an_import_naming_the_line() {
    let t = env();
    // gen burns 3 a unit: 6e28 into overdraft, then 3e28 more would pass the largest decimal.
    t.write(
        "rows.csv",
        "customerId,featureId,value,idempotencyKey\n\
         m,gen,20000000000000000000000000000,k1\n\
         m,gen,10000000000000000000000000000,k2\n\
         m,img,1,k3\n",
    );
    for extra in [&[][..], &["--skip-invalid", "--rejects", "rej.csv"][..]] {
        let e = t.fails(&[&["usage", "import", "rows.csv"], extra].concat(), 1);
        assert!(
            e.contains("rows.csv:3") && e.contains("decimal range"),
            "{e}"
        );
    }
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), "0");
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_ledger"), "0");
    // A single report of the same row is refused alike (AmountTooLarge, exit 1).
    t.ok(&[
        "usage",
        "report",
        "m",
        "gen",
        "20000000000000000000000000000",
    ]);
    let e = t.fails(
        &[
            "usage",
            "report",
            "m",
            "gen",
            "10000000000000000000000000000",
        ],
        1,
    );
    assert!(
        e.contains("decimal range") || e.contains("AmountTooLarge"),
        "{e}"
    );
    t.ok(&["credit", "verify"]);
}

#[test]
fn a_unique_meter_asks_its_formula_only_for_values_new_to_the_window() {
    let catalog = CATALOG
        .replace(
            "  - { id: img, type: metered }\n",
            "  - { id: img, type: metered }\n  - { id: mau, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: UNIQUE, field: user } } }\n",
        )
        .replace(
            "tok: { unlimited: true } }",
            "tok: { unlimited: true }, mau: { unlimited: true } }",
        )
        .replace(
            "          - { model: credits, feature: gen, currency: c1, rate: 3 }\n",
            "          - { model: credits, feature: gen, currency: c1, rate: 3 }\n          - { model: credits, feature: mau, currency: c2, formula: \"a - 1\" }\n",
        );
    let (single, bulk) = (env_with(&catalog), env_with(&catalog));
    for t in [&single, &bulk] {
        grant(t, "c2", "100");
    }
    // u1 is new (burns 4); u1 again is not (its formula, -1, is not asked); u2 is new and its
    // formula cannot be worked out (no `a`): refused.
    let rows = [("e1", "u1", "5"), ("e2", "u1", "0"), ("e3", "u2", "")];
    let mut csv =
        String::from("customerId,eventName,idempotencyKey,dimensions.user,dimensions.a\n");
    let mut codes = vec![];
    for (key, user, a) in rows {
        let mut args = vec!["event", "report", "m", "login", "--idempotency-key", key];
        let (u, d) = (format!("user={user}"), format!("a={a}"));
        args.extend(["--dimension", &u]);
        if !a.is_empty() {
            args.extend(["--dimension", &d]);
        }
        codes.push(single.run(&args).code);
        csv.push_str(&format!("m,login,{key},{user},{a}\n"));
    }
    assert_eq!(codes, [0, 0, 2]);
    bulk.write("events.csv", &csv);
    bulk.ok(&[
        "usage",
        "import",
        "events.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    let rej = std::fs::read_to_string(bulk.path().join("rej.csv")).unwrap();
    assert_eq!(rej.lines().count(), 2, "{rej}");
    assert!(rej.contains("e3"), "{rej}");
    assert_eq!(usage(&single, "mau"), "1");
    assert_eq!(usage(&bulk, "mau"), "1");
    assert_eq!(balance(&single, "c2"), "96");
    assert_eq!(balance(&bulk, "c2"), "96");
    for t in [&single, &bulk] {
        t.ok(&["credit", "verify"]);
    }
}

#[test]
fn a_grant_by_hand_that_would_leave_the_totals_unreadable_is_refused() {
    let t = env();
    let big = "50000000000000000000000000000";
    grant(&t, "c1", big);
    t.ok(&[
        "credit",
        "consume",
        "m",
        "--currency",
        "c1",
        "--amount",
        big,
        "--idempotency-key",
        "k1",
    ]);
    // Granted 5e28 more would make the total granted 1e29: past what a decimal holds.
    let e = t.fails(
        &["credit", "grant", "m", "--currency", "c1", "--amount", big],
        1,
    );
    assert!(e.contains("decimal range"), "{e}");
    let b = t.json(&["credit", "balance", "m", "--currency", "c1"]);
    assert_eq!(b[0]["totalGranted"], big);
    assert_eq!(b[0]["currentBalance"], "0");
    t.ok(&["credit", "verify"]);
}

#[test]
fn burning_imports_reports_and_consumptions_at_once_on_the_real_clock_lose_nothing() {
    let mut t = TestEnv::new();
    t.now = None;
    let f = t.write("cat.yaml", CATALOG);
    t.ok(&["catalog", "apply", f.to_str().unwrap(), "--yes"]);
    t.ok(&["customer", "create", "m"]);
    grant(&t, "c1", "1000");
    for w in 0..2 {
        let mut csv = String::from("customerId,featureId,value,idempotencyKey\n");
        for i in 0..50 {
            csv.push_str(&format!("m,gen,1,imp{w}-{i}\n"));
        }
        t.write(&format!("rows{w}.csv"), &csv);
    }
    std::thread::scope(|scope| {
        for w in 0..8 {
            let t = &t;
            scope.spawn(move || {
                let runs: Vec<Vec<String>> = match w {
                    // gen burns 3 a unit: 2 imports of 50 units.
                    0 | 1 => vec![vec![
                        "usage".into(),
                        "import".into(),
                        format!("rows{w}.csv"),
                    ]],
                    // 3 writers × 5 reports of 1 unit.
                    2..=4 => (0..5)
                        .map(|i| {
                            ["usage", "report", "m", "gen", "1", "--idempotency-key"]
                                .iter()
                                .map(|s| s.to_string())
                                .chain([format!("r{w}-{i}")])
                                .collect()
                        })
                        .collect(),
                    // 3 writers × 5 consumptions of 2.
                    _ => (0..5)
                        .map(|i| {
                            [
                                "credit",
                                "consume",
                                "m",
                                "--currency",
                                "c1",
                                "--amount",
                                "2",
                            ]
                            .iter()
                            .map(|s| s.to_string())
                            .chain(["--idempotency-key".into(), format!("c{w}-{i}")])
                            .collect()
                        })
                        .collect(),
                };
                for args in runs {
                    let a: Vec<&str> = args.iter().map(String::as_str).collect();
                    let out = t.run(&a);
                    assert_eq!(out.code, 0, "{a:?}: {}", out.stderr);
                }
            });
        }
    });
    // 2 × 50 × 3 + 3 × 5 × 3 + 3 × 5 × 2 = 375 consumed.
    let b = t.json(&["credit", "balance", "m", "--currency", "c1"]);
    assert_eq!(b[0]["totalConsumed"], "375");
    assert_eq!(b[0]["currentBalance"], "625");
    assert_eq!(usage(&t, "gen"), "115");
    t.ok(&["credit", "verify"]);
}

#[test]
fn a_truncated_or_doubled_burning_file_burns_nothing_or_once() {
    let t = env();
    grant(&t, "c1", "100");
    let entries = |t: &TestEnv| t.sql("SELECT COUNT(*) FROM credit_ledger");
    // Cut off in the middle of its last row: refused with its line, nothing burned.
    t.write(
        "cut.csv",
        "customerId,featureId,value,idempotencyKey\nm,gen,1,k1\nm,gen,2,k2\nm,ge",
    );
    let e = t.fails(&["usage", "import", "cut.csv"], 65);
    assert!(e.contains("cut.csv:4"), "{e}");
    assert_eq!(entries(&t), "1");
    // Every row twice: the copies are duplicates and burn nothing more.
    t.write(
        "twice.csv",
        "customerId,featureId,value,idempotencyKey\nm,gen,1,k1\nm,gen,2,k2\nm,gen,1,k1\nm,gen,2,k2\n",
    );
    let v = t.json(&["usage", "import", "twice.csv"]);
    assert_eq!(v["duplicates"], 2);
    assert_eq!(balance(&t, "c1"), "91");
    t.ok(&["usage", "import", "twice.csv"]);
    assert_eq!(balance(&t, "c1"), "91");
    t.ok(&["credit", "verify"]);
}

#[test]
fn an_event_whose_credits_are_out_of_range_is_refused_as_a_row_in_reports_and_imports_alike() {
    let catalog = CATALOG
        .replace(
            "  - { id: img, type: metered }\n",
            "  - { id: img, type: metered }\n  - { id: big, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: SUM, field: v } } }\n",
        )
        .replace(
            "tok: { unlimited: true } }",
            "tok: { unlimited: true }, big: { unlimited: true } }",
        )
        .replace(
            "          - { model: credits, feature: img, currency: c2, rate: 1 }\n",
            "          - { model: credits, feature: img, currency: c2, rate: 1 }\n          - { model: credits, feature: big, currency: c2, rate: \"0.333333333333\" }\n",
        );
    let (single, bulk) = (env_with(&catalog), env_with(&catalog));
    for t in [&single, &bulk] {
        grant(t, "c2", "100");
    }
    // (1e28 + 1) × 0.333333333333 needs 40 digits: no decimal holds it exactly.
    let rows = [
        ("e1", "3"),
        ("e2", "10000000000000000000000000001"),
        ("e3", "6"),
    ];
    let mut csv = String::from("customerId,eventName,idempotencyKey,dimensions.v\n");
    let mut codes = vec![];
    for (key, v) in rows {
        let d = format!("v={v}");
        let out = single.run(&[
            "event",
            "report",
            "m",
            "e",
            "--idempotency-key",
            key,
            "--dimension",
            &d,
        ]);
        if key == "e2" {
            assert!(
                out.stderr
                    .contains("feature 'big' burns c2: the credits burned are out of range"),
                "{}",
                out.stderr
            );
        }
        codes.push(out.code);
        csv.push_str(&format!("m,e,{key},{v}\n"));
    }
    assert_eq!(codes, [0, 2, 0]);
    bulk.write("events.csv", &csv);
    // All or nothing: the row is refused with its line, nothing is stored.
    let out = bulk.run(&["usage", "import", "events.csv"]);
    assert_ne!(out.code, 0);
    assert_ne!(
        out.code, 1,
        "a refused row, not a failed command: {}",
        out.stderr
    );
    assert!(out.stderr.contains("events.csv:3"), "{}", out.stderr);
    assert_eq!(usage(&bulk, "big"), "0");
    assert_eq!(balance(&bulk, "c2"), "100");
    // Skipped, it is the one row rejected; the others burn as single reports do.
    bulk.ok(&[
        "usage",
        "import",
        "events.csv",
        "--skip-invalid",
        "--rejects",
        "rej.csv",
    ]);
    let rej = std::fs::read_to_string(bulk.path().join("rej.csv")).unwrap();
    assert_eq!(rej.lines().count(), 2, "{rej}");
    assert!(rej.contains("e2"), "{rej}");
    assert_eq!(usage(&single, "big"), usage(&bulk, "big"));
    assert_eq!(balance(&single, "c2"), balance(&bulk, "c2"));
    assert_eq!(balance(&bulk, "c2"), "97.000000000003");
    for t in [&single, &bulk] {
        t.ok(&["credit", "verify"]);
    }
}

#[test]
fn an_automatic_recharge_costs_whole_minor_units_in_reports_and_imports_alike() {
    let (single, bulk) = (env(), env());
    for t in [&single, &bulk] {
        grant(t, "c1", "10");
        t.ok(&recharge("80.123456789012", "0.0001234:USD"));
    }
    // gen burns 3 a unit: 2 units take the balance to 4, under 5: 76.123456789012 credits at
    // 0.0001234 USD cost 0.0093936345677640808 USD, paid as 0.01.
    single.ok(&["usage", "report", "m", "gen", "2", "--idempotency-key", "k"]);
    bulk.write(
        "rows.csv",
        "customerId,featureId,value,idempotencyKey\nm,gen,2,k\n",
    );
    bulk.ok(&["usage", "import", "rows.csv"]);
    for t in [&single, &bulk] {
        let grants = t.json(&["credit", "grants", "m", "--currency", "c1"]);
        let paid: Vec<&Value> = grants
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["grantId"] != grants[0]["grantId"] && g["cost"]["amount"].is_string())
            .collect();
        assert_eq!(paid.len(), 1, "{grants}");
        assert_eq!(paid[0]["cost"]["amount"], "0.01", "{grants}");
        let events = credit_events(t);
        let attempt = events
            .iter()
            .find(|e| e["cost"]["amount"].is_string())
            .unwrap_or_else(|| panic!("{events:?}"));
        assert_eq!(attempt["cost"]["amount"], "0.01", "{attempt}");
        t.ok(&["credit", "verify"]);
    }
    assert_eq!(comparable(&single), comparable(&bulk));
}

#[test]
fn automatic_recharges_under_8_writers_on_the_real_clock_cost_whole_cents_and_lose_nothing() {
    let mut t = TestEnv::new();
    t.now = None;
    let f = t.write("cat.yaml", CATALOG);
    t.ok(&["catalog", "apply", f.to_str().unwrap(), "--yes"]);
    t.ok(&["customer", "create", "m"]);
    grant(&t, "c1", "10");
    t.ok(&recharge("20.333", "0.0101:USD"));
    std::thread::scope(|scope| {
        for w in 0..8 {
            let t = &t;
            scope.spawn(move || {
                for i in 0..5 {
                    let key = format!("r{w}-{i}");
                    let out = t.run(&[
                        "usage",
                        "report",
                        "m",
                        "gen",
                        "1",
                        "--idempotency-key",
                        &key,
                    ]);
                    assert_eq!(out.code, 0, "{}", out.stderr);
                }
            });
        }
    });
    // 40 reports burn 3 each.
    let b = t.json(&["credit", "balance", "m", "--currency", "c1"]);
    let dec = |v: &Value| {
        v.as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap()
    };
    assert_eq!(
        dec(&b[0]["totalConsumed"]),
        rust_decimal::Decimal::from(120)
    );
    let grants = t.json(&["credit", "grants", "m", "--currency", "c1"]);
    let recharges: Vec<&Value> = grants
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["source"] == "auto-recharge")
        .collect();
    assert!(!recharges.is_empty(), "{grants}");
    let mut granted = rust_decimal::Decimal::from(10);
    for g in &recharges {
        let cost: rust_decimal::Decimal = g["cost"]["amount"].as_str().unwrap().parse().unwrap();
        assert!(cost.scale() <= 2, "{g}");
        granted += g["amount"]
            .as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap();
    }
    let balance: rust_decimal::Decimal = b[0]["currentBalance"].as_str().unwrap().parse().unwrap();
    assert_eq!(balance, granted - rust_decimal::Decimal::from(120));
    // Every attempt logged a cost in whole cents too.
    let attempts: Vec<Value> = credit_events(&t)
        .into_iter()
        .filter(|e| e["status"] == "SUCCESS")
        .collect();
    assert_eq!(attempts.len(), recharges.len());
    for a in &attempts {
        let cost: rust_decimal::Decimal = a["cost"]["amount"].as_str().unwrap().parse().unwrap();
        assert!(cost.scale() <= 2, "{a}");
    }
    t.ok(&["credit", "verify"]);
}

/// A table says what a report or an event burned, as `--json` does.
#[test]
fn tables_say_what_a_report_or_an_event_burned() {
    let t = env();
    grant(&t, "c1", "100");
    let out = t.ok(&["usage", "report", "m", "gen", "2"]);
    assert!(out.contains("creditsConsumed  6 c1"), "{out}");
    assert!(out.contains("creditBalance    94"), "{out}");
    let out = t.ok(&[
        "event",
        "report",
        "m",
        "go",
        "--dimension",
        "tokens=5",
        "--dimension",
        "a=3",
        "--idempotency-key",
        "e1",
    ]);
    assert!(out.contains("tok = 5 (burned 2 c1, balance 92)"), "{out}");
}

/// The ledger of `m` without the entry ids (numbered differently in two environments) and
/// actors (`IMPORT` for an import's).
fn ledger_without_ids(t: &TestEnv, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["credit", "ledger", "m"];
    args.extend_from_slice(extra);
    let v = t.json(&args);
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let mut e = e.clone();
            e.as_object_mut().unwrap().remove("entryId");
            e.as_object_mut().unwrap().remove("actor");
            e
        })
        .collect()
}

/// A bulk write stores runs of alike entries as one row each (`credit_ledger_runs`): they read
/// back — in `credit ledger` with its filters, `credit verify`, the `credit_entries` view and
/// a retried report's answer — exactly as the rows single reports write.
#[test]
fn an_imports_ledger_runs_read_back_as_the_rows_single_reports_write() {
    let (single, bulk) = (env(), env());
    for t in [&single, &bulk] {
        grant(t, "c1", "40");
        grant(t, "c1", "1000");
        grant(t, "c2", "100");
    }
    // 30 burns of c1 (spilling from the first grant into the second), 2 of c2, 20 of c1.
    // Usage a minute apart the day before, sent in two halves: the second an hour later (an
    // entry is stamped when it is written).
    let header = "customerId,featureId,value,timestamp,idempotencyKey\n";
    let mut csv = String::from(header);
    for i in 0..52 {
        if i == 26 {
            bulk.write("rows.csv", &csv);
            bulk.ok(&["usage", "import", "rows.csv"]);
            csv = String::from(header);
            for t in [&single, &bulk] {
                t.ok(&["clock", "set", "2026-01-10T01:00:00Z"]);
            }
        }
        let (f, u) = match i {
            30 | 31 => ("img", "2"),
            _ if i % 3 == 0 => ("gen", "1.5"),
            _ => ("gen", "1"),
        };
        let key = format!("k{i}");
        let at = format!("2026-01-09T12:{i:02}:00Z");
        single.ok(&[
            "usage",
            "report",
            "m",
            f,
            u,
            "--at",
            &at,
            "--idempotency-key",
            &key,
        ]);
        csv.push_str(&format!("m,{f},{u},{at},{key}\n"));
    }
    bulk.write("rows.csv", &csv);
    bulk.ok(&["usage", "import", "rows.csv"]);
    // One by one, only the report that spilled from one grant into the next wrote two
    // entries at once: a run of 2.
    assert_eq!(
        single.sql("SELECT group_concat(last_seq - first_seq + 1) FROM credit_ledger_runs"),
        "2"
    );
    // The 26 burns of c1 of the first file (the spill into the second grant is one more
    // entry); in the second, 4 burns of c1, the two of c2 and the 20 of c1 after them.
    assert_eq!(
        bulk.sql(
            "SELECT group_concat(last_seq - first_seq + 1, ' ') FROM
             (SELECT * FROM credit_ledger_runs ORDER BY first_seq)"
        ),
        "27 4 2 20"
    );
    for extra in [
        &[][..],
        &["--currency", "c1"],
        &["--type", "CREDITS_CONSUMED"],
        &["--currency", "c2", "--type", "CREDITS_CONSUMED"],
        &[
            "--from",
            "2026-01-10T00:30:00Z",
            "--to",
            "2026-01-10T02:00:00Z",
        ],
        &["--currency", "c1", "--to", "2026-01-10T00:30:00Z"],
    ] {
        let a = ledger_without_ids(&single, extra);
        assert!(!a.is_empty(), "{extra:?}");
        assert_eq!(a, ledger_without_ids(&bulk, extra), "{extra:?}");
    }
    let all = bulk.json(&["credit", "ledger", "m"]);
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entryId"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(ids, sorted, "entry ids unique and in order");
    assert_eq!(
        bulk.sql("SELECT COUNT(*) FROM credit_entries"),
        ids.len().to_string()
    );
    assert_eq!(
        bulk.sql(
            "SELECT group_concat(amount, ' ') FROM (SELECT amount FROM credit_entries
             WHERE type = 'CREDITS_CONSUMED' AND currency_id = 'c2' ORDER BY seq)"
        ),
        "-2 -2"
    );
    for c in ["c1", "c2"] {
        assert_eq!(balance(&single, c), balance(&bulk, c));
    }
    bulk.ok(&["credit", "verify"]);
    // A report retried answers what it burned, read from its run.
    let retry = [
        "usage",
        "report",
        "m",
        "gen",
        "1.5",
        "--at",
        "2026-01-09T12:12:00Z",
        "--idempotency-key",
        "k12",
        "--json",
    ];
    let answer = |t: &TestEnv| {
        let mut v: Value = serde_json::from_str(&t.ok(&retry)).unwrap();
        v.as_object_mut().unwrap().remove("usageRecordId");
        v["credit"].clone()
    };
    assert_eq!(answer(&single), answer(&bulk));
    assert_eq!(answer(&bulk)["consumed"], "4.5");
    // Runs are append-only, like the rows.
    let conn = rusqlite::Connection::open(bulk.path().join("home/development.db")).unwrap();
    assert!(
        conn.execute("UPDATE credit_ledger_runs SET entries = '[]'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM credit_ledger_runs", []).is_err());
    // Nor can REPLACE rewrite an entry (it deletes without a DELETE trigger), or an insert take
    // a number a run holds.
    assert!(
        conn.execute(
            "INSERT OR REPLACE INTO credit_ledger_runs SELECT first_seq, last_seq, pool, at, type,
                 feature_id, actor, replace(entries, '\"-3\"', '\"-2\"')
             FROM credit_ledger_runs ORDER BY first_seq LIMIT 1",
            [],
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "INSERT OR REPLACE INTO credit_ledger SELECT seq, pool, at, grant_seq, type, '-100',
                 balance_after, feature_id, record, idempotency_key, actor
             FROM credit_ledger ORDER BY seq LIMIT 1",
            [],
        )
        .is_err()
    );
    let inside = "INSERT INTO credit_ledger(seq, pool, at, grant_seq, type, amount, balance_after,
             feature_id, record, idempotency_key, actor)
         SELECT first_seq + 1, pool, at, 1, 2, '0', '0', 'gen', NULL, NULL, 3
         FROM credit_ledger_runs ORDER BY first_seq LIMIT 1";
    assert!(conn.execute(inside, []).is_err());
    assert!(
        conn.execute(
            "INSERT INTO credit_ledger_runs SELECT last_seq, last_seq + 1, pool, at, type,
                 feature_id, actor, '[[0,1,\"0\",\"0\",null],[0,1,\"0\",\"0\",null]]'
             FROM credit_ledger_runs ORDER BY first_seq LIMIT 1",
            [],
        )
        .is_err()
    );
    bulk.ok(&["credit", "verify"]);
    // Written around the triggers, a number stored twice is a violation `credit verify` names.
    conn.execute_batch("DROP TRIGGER credit_ledger_numbers")
        .unwrap();
    conn.execute(inside, []).unwrap();
    let out = bulk.exits(&["credit", "verify"], 70);
    assert!(out.contains("stored twice"), "{out}");
    // A run that is not what the writer writes is damage, named.
    conn.execute(
        "INSERT INTO credit_ledger_runs(first_seq, last_seq, pool, at, type, feature_id, actor, entries)
         VALUES (999999, 1000001, 1, 0, 2, 'gen', 3, '[[1, 2, \"-1\", \"5\", null]]')",
        [],
    )
    .unwrap();
    let err = bulk.fails(&["credit", "verify"], 78);
    assert!(
        err.contains("DatabaseDamaged") || err.contains("damaged"),
        "{err}"
    );
    conn.execute(
        "INSERT INTO credit_ledger_runs(first_seq, last_seq, pool, at, type, feature_id, actor, entries)
         VALUES (2000000, 2000000, 1, 0, 2, 'gen', 3, '[[1, 2, \"-1\"]]')",
        [],
    )
    .unwrap();
    let err = bulk.fails(&["credit", "ledger", "m"], 78);
    assert!(err.contains("damaged"), "{err}");
}

/// Entries one command writes at different instants (expiries caught up at once) keep their
/// own instants, in `credit ledger` and the `credit_entries` view.
#[test]
fn expiries_caught_up_at_once_keep_their_instants() {
    let t = env();
    for (amount, expires) in [
        ("5", "2026-01-11T00:00:00Z"),
        ("6", "2026-01-12T00:00:00Z"),
        ("7", "2026-01-13T06:30:00Z"),
    ] {
        t.ok(&[
            "credit",
            "grant",
            "m",
            "--currency",
            "c1",
            "--amount",
            amount,
            "--expires-at",
            expires,
        ]);
    }
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    let v = t.json(&["credit", "ledger", "m", "--type", "CREDITS_EXPIRED"]);
    let got: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["at"].as_str().unwrap().to_string(),
                e["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2026-01-11T00:00:00Z".to_string(), "-5".to_string()),
            ("2026-01-12T00:00:00Z".to_string(), "-6".to_string()),
            ("2026-01-13T06:30:00Z".to_string(), "-7".to_string()),
        ]
    );
    assert_eq!(
        t.sql(
            "SELECT group_concat(at, ' ') FROM (SELECT at FROM credit_entries
             WHERE type = 'CREDITS_EXPIRED' ORDER BY seq)"
        ),
        "1768089600000000 1768176000000000 1768285800000000"
    );
    t.ok(&["credit", "verify"]);
}

/// A retried report answers what the report did: the balance after the automatic recharge
/// its consumption set off (the recharge's entries name the report's record), and for a report
/// that burned nothing, the currency and balance with 0 consumed.
#[test]
fn a_retried_report_answers_the_recharge_it_set_off_and_a_burn_of_nothing() {
    let t = env();
    grant(&t, "c1", "10");
    t.ok(&recharge("60", "0.01:USD"));
    let report = |value: &str, key: &str| -> Value {
        let out = t.ok(&[
            "usage",
            "report",
            "m",
            "gen",
            "--idempotency-key",
            key,
            "--json",
            "--",
            value,
        ]);
        let v: Value = serde_json::from_str(&out).unwrap();
        v["credit"].clone()
    };
    // 2 units × 3 credits take 10 to 4, below 5: recharged back up to 60.
    let first = report("2", "k1");
    assert_eq!(first["currentBalance"], "60", "{first}");
    assert_eq!(first["consumed"], "6", "{first}");
    assert_eq!(report("2", "k1"), first);
    let recharged = t.json(&["credit", "ledger", "m", "--type", "CREDITS_GRANTED"]);
    let last = recharged.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["amount"], "56", "{last}");
    assert_eq!(last["usageRecordId"], "usage:1", "{last}");
    // A negative delta burns nothing; its retry says so too.
    let nothing = report("-1", "k2");
    assert_eq!(
        nothing,
        serde_json::json!({ "consumed": "0", "currencyId": "c1", "currentBalance": "60" })
    );
    assert_eq!(report("-1", "k2"), nothing);
    t.ok(&["credit", "verify"]);
}
