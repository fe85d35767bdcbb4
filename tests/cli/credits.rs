//! Credits (spec 50): grants, burn order, overdraft and settlement, expiry, voids, idempotency,
//! the ledger and `credit verify`.

use crate::helpers::TestEnv;
use crate::lifecycle::env;
use serde_json::Value;

/// A currency no plan grants (the starter catalog's free plan grants `ai-credits` every month).
const C: &str = "gold";

fn grant(t: &TestEnv, extra: &[&str]) -> Value {
    let mut a = vec!["credit", "grant", "acme", "--currency", C];
    a.extend_from_slice(extra);
    t.json(&a)
}

fn consume(t: &TestEnv, amount: &str, key: &str) -> Value {
    t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        C,
        "--amount",
        amount,
        "--idempotency-key",
        key,
    ])
}

/// (grant id, amount) of each line a consumption burned.
fn burned(v: &Value) -> Vec<(String, String)> {
    v["consumedFrom"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["grantId"].as_str().unwrap().to_string(),
                b["amount"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn id(v: &Value) -> String {
    v["grantId"].as_str().unwrap().to_string()
}

fn balance(t: &TestEnv) -> Value {
    t.json(&["credit", "balance", "acme", "--currency", C])[0].clone()
}

fn verified(t: &TestEnv) {
    let out = t.run(&["credit", "verify"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
}

fn customer(t: &TestEnv) {
    t.ok(&["currency", "create", C]);
    t.ok(&["customer", "create", "acme"]);
}

#[test]
fn burn_order_breaks_ties_one_rule_at_a_time() {
    let t = env();
    customer(&t);
    // Created in the reverse of the order they must burn in.
    let created_second = id(&grant(&t, &["--amount", "1"]));
    let created_first_effective_later = {
        t.ok(&["clock", "advance", "1h"]);
        id(&grant(&t, &["--amount", "1"]))
    };
    let paid_no_expiry = id(&grant(&t, &["--amount", "1", "--priority", "10"]));
    let promo_no_expiry = id(&grant(&t, &["--amount", "1", "--type", "promotional"]));
    let later_expiry = id(&grant(
        &t,
        &["--amount", "1", "--expires-at", "2026-03-01T00:00:00Z"],
    ));
    let sooner_expiry = id(&grant(
        &t,
        &["--amount", "1", "--expires-at", "2026-02-01T00:00:00Z"],
    ));
    let top_priority = id(&grant(&t, &["--amount", "1", "--priority", "1"]));
    let v = consume(&t, "7", "all");
    let order: Vec<String> = burned(&v).into_iter().map(|(g, _)| g).collect();
    assert_eq!(
        order,
        [
            top_priority,    // 1. priority
            sooner_expiry,   // 2. expiry ascending
            later_expiry,    //    (no expiry last)
            promo_no_expiry, // 3. promotional before paid
            created_second,  // 4. effective date ascending (the first two were effective earlier)
            created_first_effective_later,
            paid_no_expiry, // 5. creation order among equals
        ]
    );
    let _ = &v;
    verified(&t);
}

#[test]
fn a_consumption_spills_over_three_grants_with_one_entry_each() {
    let t = env();
    customer(&t);
    let a = id(&grant(&t, &["--amount", "10", "--priority", "1"]));
    let b = id(&grant(&t, &["--amount", "10", "--priority", "2"]));
    let c = id(&grant(&t, &["--amount", "10", "--priority", "3"]));
    let v = consume(&t, "25.5", "k");
    assert_eq!(
        burned(&v),
        [
            (a.clone(), "10".into()),
            (b.clone(), "10".into()),
            (c.clone(), "5.5".into())
        ]
    );
    assert_eq!(v["currentBalance"], "4.5");
    let consumed = t.sql("SELECT COUNT(*) FROM credit_entries WHERE type = 'CREDITS_CONSUMED'");
    assert_eq!(consumed, "3");
    let depleted = t.json(&["credit", "grants", "acme", "--status", "depleted"]);
    assert_eq!(depleted.as_array().unwrap().len(), 2);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'credit.grant.depleted'"),
        "2"
    );
    verified(&t);
}

#[test]
fn overdraft_then_a_partial_and_a_full_settlement() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "10"]);
    let v = consume(&t, "25", "over");
    assert_eq!(v["currentBalance"], "-15");
    assert_eq!(v["overdraft"], "15");
    let lines = burned(&v);
    assert_eq!(lines.len(), 2);
    assert_eq!(v["consumedFrom"][1]["grantType"], "OVERDRAFT");
    let overdraft = lines[1].0.clone();
    // Partial: the new 5 all go to the deficit.
    let p = grant(&t, &["--amount", "5"]);
    assert_eq!(p["status"], "DEPLETED");
    assert_eq!(p["consumedAmount"], "5");
    let b = balance(&t);
    assert_eq!(
        (b["currentBalance"].as_str(), b["overdraft"].as_str()),
        (Some("-10"), Some("10"))
    );
    // Full: the overdraft is VOIDED, the rest stays on the new grant.
    let f = grant(&t, &["--amount", "30"]);
    assert_eq!(f["remainingAmount"], "20");
    let b = balance(&t);
    assert_eq!(b["currentBalance"], "20");
    assert_eq!(b["overdraft"], "0");
    assert_eq!(b["totalGranted"], "45");
    assert_eq!(b["totalConsumed"], "25");
    let od = t.json(&["credit", "grants", "acme", "--status", "voided"]);
    assert_eq!(od[0]["grantId"], overdraft.as_str());
    // One TRANSFER_SOURCE on the overdraft and one TRANSFER_TARGET on each settling grant.
    let types = t.sql(
        "SELECT group_concat(type || ':' || amount, ' ') FROM \
         (SELECT * FROM credit_entries WHERE type LIKE '%TRANSFER%' ORDER BY seq)",
    );
    assert_eq!(
        types,
        "CREDITS_CONSUMPTION_TRANSFER_SOURCE:5 CREDITS_CONSUMPTION_TRANSFER_TARGET:-5 \
         CREDITS_CONSUMPTION_TRANSFER_SOURCE:10 CREDITS_CONSUMPTION_TRANSFER_TARGET:-10"
    );
    // The overdraft can't be voided.
    let e = t.fails(&["credit", "void", &overdraft, "--json"], 1);
    assert!(e.contains("CreditGrantCannotBeVoided"), "{e}");
    verified(&t);
}

#[test]
fn scheduled_grants_take_effect_and_expire_with_the_clock() {
    let t = env();
    customer(&t);
    let s = grant(
        &t,
        &[
            "--amount",
            "40",
            "--effective-at",
            "2026-01-05T00:00:00Z",
            "--expires-at",
            "2026-01-10T00:00:00Z",
        ],
    );
    assert_eq!(s["status"], "SCHEDULED");
    assert_eq!(balance(&t)["currentBalance"], "0");
    // Not usable yet: a consumption goes into overdraft.
    consume(&t, "5", "early");
    t.ok(&["clock", "set", "2026-01-06T00:00:00Z"]);
    let b = balance(&t);
    // It took effect and settled the 5 first.
    assert_eq!(b["currentBalance"], "35");
    assert_eq!(b["overdraft"], "0");
    consume(&t, "10", "mid");
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    let b = balance(&t);
    assert_eq!(b["currentBalance"], "0");
    assert_eq!(b["totalExpired"], "25");
    let g = &t.json(&["credit", "grants", "acme", "--currency", C])[0];
    assert_eq!(g["status"], "EXPIRED");
    assert_eq!(g["expiredAmount"], "25");
    let ledger = t.json(&[
        "credit",
        "ledger",
        "acme",
        "--currency",
        C,
        "--type",
        "expired",
    ]);
    assert_eq!(ledger.as_array().unwrap().len(), 1);
    assert_eq!(ledger[0]["at"], "2026-01-10T00:00:00Z");
    assert_eq!(ledger[0]["amount"], "-25");
    assert_eq!(ledger[0]["actor"], "SCHEDULER");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'credit.grant.expired'"),
        "1"
    );
    verified(&t);
}

#[test]
fn voids_write_off_the_rest_once() {
    let t = env();
    customer(&t);
    let g = id(&grant(&t, &["--amount", "10", "--cost", "5:USD"]));
    consume(&t, "4", "k");
    let v = t.json(&["credit", "void", &g]);
    assert_eq!(v["status"], "VOIDED");
    assert_eq!(v["voidedAmount"], "6");
    assert_eq!(v["consumedAmount"], "4");
    let e = t.fails(&["credit", "void", &g, "--json"], 1);
    assert!(e.contains("CreditGrantAlreadyVoided"), "{e}");
    let e = t.fails(&["credit", "void", "grant_nope", "--json"], 3);
    assert!(e.contains("CreditGrantNotFound"), "{e}");
    // A scheduled grant voided before it takes effect never counts.
    let s = id(&grant(
        &t,
        &["--amount", "7", "--effective-at", "2026-02-01T00:00:00Z"],
    ));
    t.ok(&["credit", "void", &s]);
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    let b = balance(&t);
    assert_eq!(b["currentBalance"], "0");
    assert_eq!(b["totalVoided"], "6");
    verified(&t);
}

#[test]
fn idempotency_keys_make_retries_safe() {
    let t = env();
    customer(&t);
    let g1 = grant(&t, &["--amount", "10", "--idempotency-key", "g1"]);
    let g2 = grant(&t, &["--amount", "10", "--idempotency-key", "g1"]);
    assert_eq!(g1["grantId"], g2["grantId"]);
    assert_eq!(g1["duplicate"], false, "one shape, as consume's: {g1}");
    assert_eq!(g2["duplicate"], true);
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "11",
            "--idempotency-key",
            "g1",
            "--json",
        ],
        4,
    );
    assert!(e.contains("IdempotencyKeyReused"), "{e}");
    let first = consume(&t, "3", "c1");
    let again = consume(&t, "3", "c1");
    assert_eq!(again["duplicate"], true);
    assert_eq!(first["consumedFrom"], again["consumedFrom"]);
    t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            C,
            "--amount",
            "4",
            "--idempotency-key",
            "c1",
        ],
        4,
    );
    assert_eq!(balance(&t)["currentBalance"], "7");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM credit_entries WHERE currency_id = 'gold'"),
        "2"
    );
    verified(&t);
}

#[test]
fn bad_requests_name_the_problem_and_write_nothing() {
    let t = env();
    customer(&t);
    let g = |args: &[&str], code: i32| {
        let mut a = vec!["credit", "grant", "acme", "--currency", C];
        a.extend_from_slice(args);
        t.fails(&a, code)
    };
    assert!(g(&["--amount", "0"], 2).contains("greater than 0"));
    assert!(g(&["--amount", "-5"], 2).contains("greater than 0"));
    assert!(g(&["--amount", "1e3"], 2).contains("not a decimal"));
    assert!(
        g(
            &["--amount", "5", "--type", "promotional", "--cost", "1:USD"],
            2
        )
        .contains("promotional")
    );
    assert!(g(&["--amount", "5", "--cost", "1:XXX"], 2).contains("ISO-4217"));
    assert!(g(&["--amount", "5", "--priority", "-1"], 2).contains("--priority"));
    assert!(
        g(
            &["--amount", "5", "--effective-at", "2025-12-31T00:00:00Z"],
            2
        )
        .contains("in the past")
    );
    let e = g(
        &[
            "--amount",
            "5",
            "--expires-at",
            "2026-01-01T00:00:00Z",
            "--json",
        ],
        2,
    );
    assert!(e.contains("ExpireAtMustBeLaterThanEffectiveAtError"), "{e}");
    assert!(
        g(&["--amount", "5", "--resource", "nope", "--json"], 3)
            .contains("CustomerResourceNotFound")
    );
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            "silver",
            "--amount",
            "5",
            "--json",
        ],
        3,
    );
    assert!(e.contains("CustomCurrencyNotFound"), "{e}");
    // Every read that names a currency the catalog lacks says so (exit 3), none answers "(none)".
    for args in [
        &["balance", "acme"][..],
        &["ledger", "acme"],
        &["grants", "acme"],
        &["revenue", "--customer", "acme"],
    ] {
        let e = t.fails(
            &[&["credit"], args, &["--currency", "silver", "--json"]].concat(),
            3,
        );
        let verb = args[0];
        assert!(e.contains("CustomCurrencyNotFound"), "{verb}: {e}");
    }
    let e = t.fails(
        &[
            "credit",
            "grant",
            "ghost",
            "--currency",
            C,
            "--amount",
            "5",
            "--json",
        ],
        3,
    );
    assert!(e.contains("CustomerNotFound"), "{e}");
    t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            C,
            "--amount",
            "5",
            "--idempotency-key",
            " ",
        ],
        2,
    );
    t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            C,
            "--amount",
            "0",
            "--idempotency-key",
            "k",
        ],
        2,
    );
    t.fails(&["credit", "ledger", "acme", "--type", "stolen"], 2);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM credit_grants WHERE currency_id = 'gold'"),
        "0"
    );
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM credit_entries WHERE currency_id = 'gold'"),
        "0"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_requests"), "0");
}

#[test]
fn the_ledger_is_append_only_and_verify_finds_tampering() {
    let t = env();
    customer(&t);
    let g = id(&grant(&t, &["--amount", "10"]));
    consume(&t, "4", "k");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    assert!(
        conn.execute("UPDATE credit_ledger SET amount = '0'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM credit_ledger", []).is_err());
    verified(&t);
    // A grant edited behind the ledger's back.
    conn.execute(
        "UPDATE credit_grants SET consumed = '3' WHERE id = ?1",
        [&g],
    )
    .unwrap();
    drop(conn);
    let e = t.fails(&["credit", "verify"], 70);
    assert!(e.contains(&g), "{e}");
    assert!(
        e.contains("invariant 2") && e.contains("invariant 4"),
        "{e}"
    );
    // The violations are on stdout too, one row each, in every format (JSON and CSV printed
    // nothing).
    let json = t.exits(&["credit", "verify", "--json"], 70);
    let rows: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert!(
        rows.iter()
            .any(|r| r["invariant"] == 4 && r["id"] == g.as_str()),
        "{json}"
    );
    assert!(rows.iter().any(|r| r["invariant"] == 2), "{json}");
    let csv = t.exits(&["credit", "verify", "--format", "csv"], 70);
    assert!(
        csv.starts_with("invariant,customerId,currencyId,resourceId,id,problem\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), rows.len() + 1, "{csv}");
    assert!(t.exits(&["credit", "verify"], 70).contains(&g));
}

#[test]
fn balance_signals_fire_once_per_crossing() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "100"]);
    let count = |ty: &str| t.sql(&format!("SELECT COUNT(*) FROM events WHERE type = '{ty}'"));
    consume(&t, "70", "a"); // 30 left: above 20 %
    assert_eq!(count("credit.balance.low"), "0");
    consume(&t, "15", "b"); // 15 left: crosses 20 %
    assert_eq!(count("credit.balance.low"), "1");
    consume(&t, "5", "c"); // still below: no new signal
    assert_eq!(count("credit.balance.low"), "1");
    consume(&t, "10", "d"); // reaches 0
    assert_eq!(count("credit.balance.depleted"), "1");
    consume(&t, "1", "e"); // below 0 already
    assert_eq!(count("credit.balance.depleted"), "1");
    let p = t.sql("SELECT payload FROM events WHERE type = 'credit.balance.low'");
    assert!(p.contains("\"currentBalance\":\"15\""), "{p}");
    // (20 % of 100 prints as the amounts do, not with the share's scale: "20", not "20.00".)
    assert!(p.contains("\"threshold\":\"20\""), "{p}");
    let created =
        t.sql("SELECT DISTINCT entity_type FROM events WHERE type = 'credit.grant.created'");
    assert_eq!(created, "CREDIT");
}

/// A consumption from above the low threshold straight to zero or below crosses both: `low`
/// then `depleted`, each once; a grant lifts the balance and the next crossing signals again.
#[test]
fn a_consumption_straight_to_zero_signals_low_then_depleted() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "100"]);
    let signals = || {
        t.sql("SELECT group_concat(type, ' ') FROM (SELECT type FROM events WHERE type LIKE 'credit.balance.%' ORDER BY seq)")
    };
    consume(&t, "100", "a"); // 100 → 0
    assert_eq!(signals(), "credit.balance.low credit.balance.depleted");
    consume(&t, "5", "b"); // already below both
    assert_eq!(signals(), "credit.balance.low credit.balance.depleted");
    grant(&t, &["--amount", "100"]); // settles the 5 owed: 95
    consume(&t, "120", "c"); // 95 → -25
    assert_eq!(
        signals(),
        "credit.balance.low credit.balance.depleted credit.balance.low credit.balance.depleted"
    );
    verified(&t);
}

#[test]
fn the_ledger_exports_as_csv_and_filters_by_time() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "10"]);
    t.ok(&["clock", "advance", "1d"]);
    consume(&t, "2", "k");
    let csv = t.ok(&[
        "credit",
        "ledger",
        "acme",
        "--currency",
        C,
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[0].starts_with("entryId,at,pool,customerId,currencyId"),
        "{csv}"
    );
    assert!(
        lines[0].ends_with("balanceAfter,featureId,usageRecordId,idempotencyKey,actor"),
        "every field of an entry (spec 50) is a column: {csv}"
    );
    assert!(lines[2].contains("CREDITS_CONSUMED,-2,8,,,k,USER"), "{csv}");
    let later = t.json(&[
        "credit",
        "ledger",
        "acme",
        "--currency",
        C,
        "--from",
        "2026-01-01T12:00:00Z",
    ]);
    assert_eq!(later.as_array().unwrap().len(), 1);
    assert_eq!(later[0]["pool"]["customerId"], "acme");
    assert_eq!(later[0]["pool"]["currencyId"], C);
    let earlier = t.json(&[
        "credit",
        "ledger",
        "acme",
        "--currency",
        C,
        "--to",
        "2026-01-01T12:00:00Z",
    ]);
    assert_eq!(earlier[0]["type"], "CREDITS_GRANTED");
}

#[test]
fn concurrent_grants_and_consumptions_on_the_real_clock_lose_nothing() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    customer(&t);
    std::thread::scope(|scope| {
        for w in 0..8 {
            let t = &t;
            scope.spawn(move || {
                for i in 0..10 {
                    let (verb, amount, key) = if w % 2 == 0 {
                        ("grant", "3", format!("g{w}-{i}"))
                    } else {
                        ("consume", "2", format!("c{w}-{i}"))
                    };
                    let args = [
                        "credit",
                        verb,
                        "acme",
                        "--currency",
                        C,
                        "--amount",
                        amount,
                        "--idempotency-key",
                        &key,
                    ];
                    let out = t.run(&args);
                    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
                }
            });
        }
    });
    let b = balance(&t);
    // 4 writers × 10 grants × 3 − 4 writers × 10 consumptions × 2.
    assert_eq!(b["totalGranted"], "120");
    assert_eq!(b["totalConsumed"], "80");
    assert_eq!(b["currentBalance"], "40");
    verified(&t);
}

// ---- recurring credits -----------------------------------------------------------------------

const SEATS_CATALOG: &str = r#"
features:
  - { id: members, name: Members, type: number }
currencies:
  - { id: tokens, name: Tokens }
products:
  - id: team
    name: Team
    plans:
      - id: team
        name: Team
        pricing: paid
        entitlements:
          members: { limit: 100 }
        credits:
          tokens: { amount: 1000, cadence: month, perUnitOf: members }
        prices:
          - { model: per-unit, feature: members, monthly: 10, currency: USD }
        compatibleAddons: [pack]
    addons:
      - id: pack
        name: Token pack
        pricing: paid
        maxQuantity: 5
        credits:
          tokens: { amount: 500, cadence: month }
        prices:
          - { model: flat, monthly: 5, currency: USD }
"#;

fn tokens(t: &TestEnv) -> Value {
    t.json(&["credit", "balance", "acme", "--currency", "tokens"])[0].clone()
}

#[test]
fn plans_grant_credits_every_period_and_expire_them_at_its_end() {
    let t = env();
    t.ok(&["customer", "create", "acme"]); // free plan: 100 ai-credits a month
    let g = t.json(&["credit", "grants", "acme", "--currency", "ai-credits"]);
    assert_eq!(g.as_array().unwrap().len(), 1);
    assert_eq!(g[0]["grantType"], "RECURRING");
    assert_eq!(g[0]["amount"], "100");
    assert_eq!(g[0]["source"], "plan");
    assert_eq!(g[0]["expiresAt"], "2026-02-01T00:00:00Z");
    t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-credits",
        "--amount",
        "30",
        "--idempotency-key",
        "k",
    ]);
    t.ok(&["clock", "set", "2026-02-10T00:00:00Z"]);
    let g = t.json(&["credit", "grants", "acme", "--currency", "ai-credits"]);
    assert_eq!(g[0]["status"], "EXPIRED");
    assert_eq!(g[0]["expiredAmount"], "70");
    assert_eq!(g[1]["status"], "ACTIVE");
    assert_eq!(g[1]["effectiveAt"], "2026-02-01T00:00:00Z");
    assert_eq!(g[1]["expiresAt"], "2026-03-01T00:00:00Z");
    // A long jump grants only the period the clock lands in: the months nobody could use
    // grant nothing.
    t.ok(&["clock", "set", "2027-06-15T00:00:00Z"]);
    let g = t.json(&["credit", "grants", "acme", "--currency", "ai-credits"]);
    assert_eq!(g.as_array().unwrap().len(), 3);
    assert_eq!(g[2]["effectiveAt"], "2027-06-01T00:00:00Z");
    let b = &t.json(&["credit", "balance", "acme", "--currency", "ai-credits"])[0];
    assert_eq!(b["currentBalance"], "100");
    verified(&t);
}

#[test]
fn seats_and_add_ons_multiply_credits_and_buying_more_grants_the_difference_at_once() {
    let t = env();
    t.write("team.yaml", SEATS_CATALOG);
    t.ok(&["catalog", "apply", "team.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "team",
        "--quantity",
        "members=5",
        "--addon",
        "pack=2",
        "--billing-period",
        "monthly",
    ]);
    // 5 seats × 1,000 + 2 packs × 500.
    assert_eq!(tokens(&t)["totalGranted"], "6000");
    let sub = t
        .json(&["subscription", "list", "--customer", "acme"])
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["planId"] == "team")
        .unwrap()["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["clock", "advance", "3d"]);
    // A sixth seat mid-period grants its full 1,000 at once (not prorated).
    t.ok(&["subscription", "update", &sub, "--quantity", "members=6"]);
    assert_eq!(tokens(&t)["totalGranted"], "7000");
    // Seats removed are not clawed back.
    t.ok(&["subscription", "update", &sub, "--quantity", "members=2"]);
    assert_eq!(tokens(&t)["totalGranted"], "7000");
    // The next period grants what the subscription holds then: 2 × 1,000 + 2 × 500.
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    let b = tokens(&t);
    assert_eq!(b["currentBalance"], "3000");
    assert_eq!(b["totalExpired"], "7000");
    verified(&t);
}

/// The plan's recurring credits and the add-ons' are granted apart (`source` `plan` /
/// `addon`), each topped up on its own — but never past the period's whole share, so a grant
/// of both shares made before they were apart (source `plan`) is not given twice.
#[test]
fn add_on_credits_are_granted_apart_from_the_plans() {
    let t = env();
    t.write("team.yaml", SEATS_CATALOG);
    t.ok(&["catalog", "apply", "team.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    let sub = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "team",
        "--quantity",
        "members=5",
        "--addon",
        "pack=2",
        "--billing-period",
        "monthly",
    ])["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    let grants = |t: &TestEnv| -> Vec<(String, String)> {
        t.json(&["credit", "grants", "acme", "--currency", "tokens"])
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["amount"].as_str().unwrap().to_string(),
                    t.sql(&format!(
                        "SELECT source FROM credit_grants WHERE id = '{}'",
                        g["grantId"].as_str().unwrap()
                    )),
                )
            })
            .collect()
    };
    let pair = |a: &str, s: &str| (a.to_string(), s.to_string());
    assert_eq!(grants(&t), [pair("5000", "plan"), pair("1000", "addon")]);
    let names = t.sql("SELECT group_concat(name, ' | ') FROM credit_grants ORDER BY seq");
    assert!(names.contains("month add-on credits of team"), "{names}");
    // A third pack mid-period: its share, as an add-on's.
    t.ok(&["clock", "advance", "3d"]);
    t.ok(&["subscription", "update", &sub, "--addon", "pack=3"]);
    assert_eq!(
        grants(&t),
        [
            pair("5000", "plan"),
            pair("1000", "addon"),
            pair("500", "addon")
        ]
    );
    // As an environment written before the shares were apart holds them: one `plan` grant
    // of both. A fourth pack tops the period up to its whole share, once.
    t.sql("UPDATE credit_grants SET source = 'plan' WHERE source = 'addon'");
    t.ok(&["subscription", "update", &sub, "--addon", "pack=4"]);
    assert_eq!(tokens(&t)["totalGranted"], "7000");
    assert_eq!(grants(&t).last().unwrap(), &pair("500", "addon"));
    // The next period grants each share on its own.
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    let now: Vec<_> = grants(&t).into_iter().skip(4).collect();
    assert_eq!(now, [pair("5000", "plan"), pair("2000", "addon")]);
    verified(&t);
}

const LADDER_CATALOG: &str = r#"
currencies:
  - { id: tokens, name: Tokens }
products:
  - id: app
    name: App
    plans:
      - id: free
        name: Free
        pricing: free
        credits:
          tokens: { amount: 100, cadence: month }
      - id: small
        name: Small
        pricing: paid
        credits:
          tokens: { amount: 100, cadence: month }
        prices:
          - { model: flat, monthly: 10, currency: USD }
      - id: big
        name: Big
        pricing: paid
        credits:
          tokens: { amount: 100, cadence: month }
        prices:
          - { model: flat, monthly: 20, currency: USD }
"#;

/// (effectiveAt, expiresAt, amount) of the customer's tokens grants, oldest first.
fn token_grants(t: &TestEnv) -> Vec<(String, String, String)> {
    t.json(&["credit", "grants", "acme", "--currency", "tokens"])
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            let s = |k: &str| g[k].as_str().unwrap_or("").to_string();
            (s("effectiveAt"), s("expiresAt"), s("amount"))
        })
        .collect()
}

/// A plan change never leaves the customer without the new plan's credits for part of a
/// period: one that keeps the billing cycle keeps the credit periods; another tops up when
/// the old plan's grant it counted as given expires.
#[test]
fn a_plan_change_leaves_no_days_without_credits() {
    let t = env();
    t.write("ladder.yaml", LADDER_CATALOG);
    t.ok(&["catalog", "apply", "ladder.yaml"]);
    let g = |a: &str, b: &str, n: &str| (a.to_string(), b.to_string(), n.to_string());
    // Paid to paid, one billing period: the billing cycle (from Jan 1) is kept, and so are the
    // credit periods.
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "small",
        "--billing-period",
        "monthly",
    ]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    let sub = t.json(&["subscription", "list", "--customer", "acme"])[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "big",
        "--billing-period",
        "monthly",
    ]);
    let small = t.json(&["subscription", "show", &sub]);
    assert_eq!(small["status"], "CANCELED", "{small}");
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    assert_eq!(
        token_grants(&t),
        [
            g("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "100"),
            g("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "100"),
        ]
    );
    assert_eq!(tokens(&t)["currentBalance"], "100");
    verified(&t);

    // Free (no billing period) to paid on Jan 10: the paid plan's periods start then; the
    // free plan's grant counts until it expires on Feb 1, and the rest of the paid plan's
    // first period is granted then.
    let t = env();
    t.write("ladder.yaml", LADDER_CATALOG);
    t.ok(&["catalog", "apply", "ladder.yaml"]);
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "small",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(
        token_grants(&t).len(),
        1,
        "the free plan's grant counts as given"
    );
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    assert_eq!(tokens(&t)["currentBalance"], "100");
    t.ok(&["clock", "set", "2026-02-10T00:00:00Z"]);
    assert_eq!(
        token_grants(&t),
        [
            g("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "100"),
            g("2026-02-01T00:00:00Z", "2026-02-10T00:00:00Z", "100"),
            g("2026-02-10T00:00:00Z", "2026-03-10T00:00:00Z", "100"),
        ]
    );
    verified(&t);
}

const CADENCES_CATALOG: &str = r#"
features:
  - { id: seats, name: Seats, type: number, meter: fluctuating }
currencies:
  - { id: tokens, name: Tokens }
products:
  - id: app
    name: App
    startSetup: { freePlan: free }
    endSetup: { downgradeTo: free }
    plans:
      - id: free
        name: Free
        pricing: free
        credits:
          tokens: { amount: 100, cadence: month }
      - id: pro
        name: Pro
        pricing: paid
        compatibleAddons: [pack]
        entitlements:
          seats: { limit: 100 }
        credits:
          tokens: { amount: 100, cadence: month, perUnitOf: seats }
        prices:
          - { model: flat, monthly: 50, currency: USD }
          - { model: per-unit, feature: seats, monthly: 10, currency: USD }
      - id: yearly
        name: Yearly
        pricing: paid
        compatibleAddons: [pack, yearpack]
        credits:
          tokens: { amount: 12000, cadence: year }
        prices:
          - { model: flat, annually: 1000, currency: USD }
    addons:
      - id: pack
        name: Pack
        pricing: paid
        maxQuantity: 5
        credits:
          tokens: { amount: 1000, cadence: month }
        prices:
          - { model: flat, monthly: 5, annually: 50, currency: USD }
      - id: yearpack
        name: Year pack
        pricing: paid
        maxQuantity: 3
        credits:
          tokens: { amount: 500, cadence: year }
        prices:
          - { model: flat, annually: 20, currency: USD }
"#;

/// What a replaced subscription granted and is still live counts as given once, across the
/// new subscription's monthly and yearly shares (it was counted once per cadence: the yearly
/// add-ons' share went missing until the old grants expired).
#[test]
fn replaced_grants_count_once_across_a_subscriptions_cadences() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=1",
        "--addon",
        "pack=1",
    ]);
    assert_eq!(tokens(&t)["currentBalance"], "1100");
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "yearly",
        "--addon",
        "pack=1",
        "--addon",
        "yearpack=2",
    ]);
    // 12,000 + 1,000 + 2 × 500 a period: the old 100 and 1,000 still live count once.
    assert_eq!(tokens(&t)["currentBalance"], "14000");
    verified(&t);
}

/// A revocation takes back what it voided, not what was consumed: a subscription made again
/// in the period tops up only what the revoked one had not used.
#[test]
fn a_revoked_subscriptions_consumed_credits_still_count_as_given() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=2",
        "--addon",
        "pack=1",
    ]);
    let sub = t.json(&["subscription", "list", "--customer", "acme"])[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    t.ok(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "tokens",
        "--amount",
        "600",
        "--idempotency-key",
        "k1",
    ]);
    t.ok(&[
        "subscription",
        "cancel",
        &sub,
        "--at",
        "immediate",
        "--revoke-entitlements",
    ]);
    // The free plan's 100 is covered by what the period already gave.
    assert_eq!(tokens(&t)["currentBalance"], "0");
    t.ok(&["clock", "set", "2026-01-06T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=2",
        "--addon",
        "pack=1",
    ]);
    // 1,200 a period, 600 of it used: 600 more, not 1,200.
    let b = tokens(&t);
    assert_eq!(b["currentBalance"], "600", "{b}");
    assert_eq!(b["totalGranted"], "1800", "{b}");
    verified(&t);
}

/// A cancel and a new subscription later in the period count what the ended one granted and
/// is still live, as a plan change does: the free plan's share cannot be collected hourly.
#[test]
fn cancelling_and_subscribing_again_never_farms_recurring_credits() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
    t.ok(&["customer", "create", "acme"]); // free: 100 a month
    for _ in 0..3 {
        let live = t.json(&["subscription", "list", "--customer", "acme"]);
        let id = live
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["status"] == "ACTIVE")
            .unwrap()["subscriptionId"]
            .as_str()
            .unwrap()
            .to_string();
        t.ok(&["subscription", "cancel", &id, "--at", "immediate"]);
        t.ok(&["clock", "advance", "1h"]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "free",
        ]);
    }
    assert_eq!(tokens(&t)["currentBalance"], "100");
    // A paid plan a day later tops up to its share: 1 seat × 100 + a pack's 1,000.
    t.ok(&["clock", "advance", "1d"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--quantity",
        "seats=1",
        "--addon",
        "pack=1",
    ]);
    assert_eq!(tokens(&t)["currentBalance"], "1100");
    verified(&t);
}

/// A cancellation scheduled again without `--revoke-entitlements` replaces the one that
/// revoked: what the revocation voided comes back, and later periods grant again.
#[test]
fn a_cancellation_without_revoke_after_one_with_gives_the_credits_back() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
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
        "--quantity",
        "seats=2",
        "--id",
        "sb",
    ]);
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    let at = ["--at", "2026-06-01T00:00:00Z"];
    t.ok(&[
        &["subscription", "cancel", "sb", "--revoke-entitlements"][..],
        &at,
    ]
    .concat());
    // (The free plan's 100, from before the change, is not the subscription's to void.)
    assert_eq!(tokens(&t)["currentBalance"], "100");
    t.ok(&["clock", "set", "2026-01-06T00:00:00Z"]);
    let v = t.json(&[&["subscription", "cancel", "sb"][..], &at].concat());
    assert_eq!(v["entitlementsRevoked"], false, "{v}");
    assert_eq!(tokens(&t)["currentBalance"], "200");
    // Later periods grant again, until the end.
    t.ok(&["clock", "set", "2026-03-10T00:00:00Z"]);
    assert_eq!(tokens(&t)["currentBalance"], "200");
    verified(&t);
}

/// What a revocation voided comes back whole when the entitlements do, even after seats were
/// removed in the period (they are not clawed back, so the give-back is not capped at the
/// share the subscription has now) — and only once, however often it is revoked and restored.
#[test]
fn restored_entitlements_give_back_what_the_void_took_after_seats_were_removed() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
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
        "--quantity",
        "seats=5",
        "--id",
        "sb",
    ]);
    let before = tokens(&t)["currentBalance"].clone();
    t.ok(&["subscription", "update", "sb", "--quantity", "seats=2"]);
    assert_eq!(tokens(&t)["currentBalance"], before);
    for _ in 0..2 {
        t.ok(&[
            "subscription",
            "cancel",
            "sb",
            "--at",
            "2026-06-01T00:00:00Z",
            "--revoke-entitlements",
        ]);
        assert_ne!(tokens(&t)["currentBalance"], before);
        t.ok(&["subscription", "uncancel", "sb"]);
        assert_eq!(tokens(&t)["currentBalance"], before);
    }
    // Restored by a cancellation scheduled again without the revocation, too.
    t.ok(&[
        "subscription",
        "cancel",
        "sb",
        "--at",
        "2026-06-01T00:00:00Z",
        "--revoke-entitlements",
    ]);
    t.ok(&[
        "subscription",
        "cancel",
        "sb",
        "--at",
        "2026-06-01T00:00:00Z",
    ]);
    assert_eq!(tokens(&t)["currentBalance"], before);
    // The next period grants the share of 2 seats.
    verified(&t);
}

#[test]
fn an_ended_subscription_stops_granting_and_a_revoke_voids_the_current_grant() {
    let t = env();
    t.write("team.yaml", SEATS_CATALOG);
    t.ok(&["catalog", "apply", "team.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&["customer", "create", "globex"]);
    let sub_of = |c: &str| {
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            c,
            "--plan",
            "team",
            "--quantity",
            "members=1",
            "--billing-period",
            "monthly",
            "--json",
        ]);
        t.json(&["subscription", "list", "--customer", c])
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["planId"] == "team")
            .unwrap()["subscriptionId"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let a = sub_of("acme");
    let g = sub_of("globex");
    // Ends at the period end: this period's credits stay, none after.
    t.ok(&["subscription", "cancel", &a, "--at", "2026-02-01T00:00:00Z"]);
    // Revoked now: the current grant is voided.
    t.ok(&[
        "subscription",
        "cancel",
        &g,
        "--at",
        "2026-02-01T00:00:00Z",
        "--revoke-entitlements",
    ]);
    let gb = &t.json(&["credit", "balance", "globex", "--currency", "tokens"])[0];
    assert_eq!(gb["currentBalance"], "0");
    assert_eq!(gb["totalVoided"], "1000");
    assert_eq!(tokens(&t)["currentBalance"], "1000");
    t.ok(&["clock", "set", "2026-03-15T00:00:00Z"]);
    let b = tokens(&t);
    assert_eq!(b["totalGranted"], "1000");
    assert_eq!(b["currentBalance"], "0");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM subscriptions WHERE id = 'x' AND credit_due IS NOT NULL"),
        "0"
    );
    verified(&t);
}

// ---- consumption by usage --------------------------------------------------------------------

fn ai_env() -> TestEnv {
    let t = env();
    let f = t.catalog("ai-credits.yaml");
    t.ok(&["catalog", "apply", &f]);
    t.ok(&["customer", "create", "acme"]); // starter: 10,000 ai-tokens a month
    t
}

fn ai_balance(t: &TestEnv) -> Value {
    t.json(&["credit", "balance", "acme", "--currency", "ai-tokens"])[0].clone()
}

fn completion(t: &TestEnv, key: &str, dims: &[&str]) -> crate::helpers::Out {
    let mut a = vec![
        "event",
        "report",
        "acme",
        "llm.completion",
        "--idempotency-key",
        key,
    ];
    for d in dims {
        a.push("--dimension");
        a.push(d);
    }
    a.push("--json");
    t.run(&a)
}

#[test]
fn reported_usage_burns_its_rate_per_unit_added() {
    let t = ai_env();
    let v = t.json(&[
        "usage",
        "report",
        "acme",
        "image-renders",
        "3",
        "--idempotency-key",
        "r1",
    ]);
    assert_eq!(v["credit"]["consumed"], "120"); // 3 × 40
    assert_eq!(v["credit"]["currencyId"], "ai-tokens");
    assert_eq!(v["credit"]["currentBalance"], "9880");
    // A retry burns nothing more.
    let again = t.json(&[
        "usage",
        "report",
        "acme",
        "image-renders",
        "3",
        "--idempotency-key",
        "r1",
    ]);
    assert_eq!(again["duplicate"], true);
    // A negative delta gives nothing back; a --set burns what it adds.
    let v = t.json(&["usage", "report", "acme", "image-renders", "-1"]);
    assert_eq!(v["credit"]["consumed"], "0");
    let v = t.json(&["usage", "report", "acme", "image-renders", "5", "--set"]);
    assert_eq!(v["credit"]["consumed"], "120"); // 2 → 5
    assert_eq!(ai_balance(&t)["currentBalance"], "9760");
    let ledger = t.json(&[
        "credit",
        "ledger",
        "acme",
        "--currency",
        "ai-tokens",
        "--type",
        "consumed",
    ]);
    assert_eq!(ledger.as_array().unwrap().len(), 2);
    assert_eq!(ledger[0]["featureId"], "image-renders");
    assert!(
        ledger[0]["usageRecordId"]
            .as_str()
            .unwrap()
            .starts_with("usage:")
    );
    // A feature not priced in credits burns nothing and says nothing about credits.
    let o = t.run(&[
        "event",
        "report",
        "acme",
        "user.login",
        "--idempotency-key",
        "u1",
        "--dimension",
        "userId=ann",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["features"][0]["featureId"], "active-users");
    assert!(v["features"][0].get("credit").is_none(), "{v}");
    verified(&t);
}

#[test]
fn raw_events_burn_by_formula_and_a_missing_dimension_refuses_the_event() {
    let t = ai_env();
    let o = completion(
        &t,
        "e1",
        &["model=small", "input_tokens=100", "output_tokens=10"],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    let f = &v["features"][0];
    assert_eq!(f["featureId"], "completions");
    assert_eq!(f["credit"]["consumed"], "350"); // 2.5 × 100 + 10 × 10
    assert_eq!(ai_balance(&t)["currentBalance"], "9650");
    // A missing dimension: refused, nothing stored.
    let o = completion(&t, "e2", &["model=small", "input_tokens=100"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("output_tokens"), "{}", o.stderr);
    assert_eq!(t.sql("SELECT COUNT(*) FROM raw_events"), "1");
    // The same event again is a duplicate and burns nothing; it answers what it burned.
    let o = completion(
        &t,
        "e1",
        &["model=small", "input_tokens=100", "output_tokens=10"],
    );
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["duplicate"], true);
    assert_eq!(v["features"][0]["featureId"], "completions");
    assert_eq!(v["features"][0]["credit"]["consumed"], "350");
    assert_eq!(v["features"][0]["credit"]["currentBalance"], "9650");
    assert_eq!(ai_balance(&t)["currentBalance"], "9650");
    // Its balance is the pool's now, as its usage is the window's now.
    let o = completion(
        &t,
        "e3",
        &["model=small", "input_tokens=10", "output_tokens=1"],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let o = completion(
        &t,
        "e1",
        &["model=small", "input_tokens=100", "output_tokens=10"],
    );
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["features"][0]["credit"]["consumed"], "350");
    assert_eq!(
        v["features"][0]["credit"]["currentBalance"],
        ai_balance(&t)["currentBalance"]
    );
    assert_ne!(v["features"][0]["credit"]["currentBalance"], "9650");
    verified(&t);
}

#[test]
fn an_import_burns_exactly_what_single_reports_burn() {
    let single = ai_env();
    let bulk = ai_env();
    let mut csv = String::from(
        "customerId,eventName,idempotencyKey,dimensions.model,dimensions.input_tokens,dimensions.output_tokens\n",
    );
    for i in 0..40 {
        let (inp, out) = (100 + i * 37, 5 + i * 11);
        csv.push_str(&format!("acme,llm.completion,k{i},small,{inp},{out}\n"));
        let o = completion(
            &single,
            &format!("k{i}"),
            &[
                "model=small",
                &format!("input_tokens={inp}"),
                &format!("output_tokens={out}"),
            ],
        );
        assert_eq!(o.code, 0, "{}", o.stderr);
    }
    // A row whose formula fails is rejected with its line, and the rest is not imported.
    let mut bad = csv.clone();
    bad.push_str("acme,llm.completion,k-bad,small,,3\n");
    bulk.write("bad.csv", &bad);
    let e = bulk.fails(&["usage", "import", "bad.csv"], 65);
    assert!(
        e.contains("bad.csv:42") && e.contains("input_tokens"),
        "{e}"
    );
    assert_eq!(bulk.sql("SELECT COUNT(*) FROM raw_events"), "0");
    bulk.write("events.csv", &csv);
    bulk.ok(&["usage", "import", "events.csv"]);
    let (a, b) = (ai_balance(&single), ai_balance(&bulk));
    assert_eq!(a["currentBalance"], b["currentBalance"]);
    assert_eq!(a["totalConsumed"], b["totalConsumed"]);
    let amounts = |t: &TestEnv| {
        t.sql(
            "SELECT group_concat(amount, ' ') FROM \
             (SELECT * FROM credit_entries WHERE type = 'CREDITS_CONSUMED' ORDER BY seq)",
        )
    };
    assert_eq!(amounts(&single), amounts(&bulk));
    verified(&bulk);
    // Imported again: duplicates, nothing burned.
    bulk.ok(&["usage", "import", "events.csv"]);
    assert_eq!(ai_balance(&bulk)["currentBalance"], b["currentBalance"]);
}

#[test]
fn a_hard_credit_entitlement_denies_at_zero_but_usage_is_still_recorded() {
    let t = ai_env();
    t.json(&["usage", "report", "acme", "image-renders", "2"]); // 80
    t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-tokens",
        "--amount",
        "9920",
        "--idempotency-key",
        "drain",
    ]);
    let o = t.run(&["entitlement", "check", "acme", "image-renders", "--json"]);
    let c: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(c["hasAccess"], false);
    assert_eq!(c["accessDeniedReason"], "InsufficientCredits");
    // Usage that arrives anyway is recorded, in overdraft.
    let v = t.json(&["usage", "report", "acme", "image-renders", "1"]);
    assert_eq!(v["currentUsage"], "3");
    assert_eq!(v["credit"]["currentBalance"], "-40");
    assert_eq!(ai_balance(&t)["overdraft"], "40");
    // A soft entitlement is not denied (the builder plan's active-users is soft, but not
    // priced); a grant brings access back.
    t.json(&[
        "credit",
        "grant",
        "acme",
        "--currency",
        "ai-tokens",
        "--amount",
        "100",
    ]);
    let c = t.json(&["entitlement", "check", "acme", "image-renders"]);
    assert_eq!(c["hasAccess"], true);
    verified(&t);
}

#[test]
fn revenue_on_a_worked_example() {
    let t = env();
    customer(&t);
    grant(
        &t,
        &[
            "--amount",
            "1000",
            "--cost",
            "100:USD",
            "--expires-at",
            "2026-02-01T00:00:00Z",
        ],
    );
    grant(
        &t,
        &[
            "--amount",
            "500",
            "--type",
            "promotional",
            "--priority",
            "1",
        ],
    );
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    consume(&t, "700", "a"); // 500 promotional, 200 of the USD grant
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    grant(&t, &["--amount", "300", "--cost", "60:EUR"]);
    t.ok(&["clock", "set", "2026-01-25T00:00:00Z"]);
    consume(&t, "600", "b"); // the USD grant expires first: 600 more of it
    t.ok(&["clock", "set", "2026-02-10T00:00:00Z"]); // 200 USD-grant credits expired on Feb 1
    consume(&t, "50", "c"); // from the EUR grant
    let rev = |from: &str, to: &str| {
        t.json(&[
            "credit",
            "revenue",
            "--from",
            from,
            "--to",
            to,
            "--currency",
            C,
        ])
    };
    let jan = rev("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    assert_eq!(jan[0]["costCurrency"], "EUR");
    assert_eq!(
        (
            &jan[0]["deferred"],
            &jan[0]["recognized"],
            &jan[0]["breakage"]
        ),
        (&Value::from("60"), &Value::from("0"), &Value::from("0"))
    );
    assert_eq!(jan[1]["costCurrency"], "USD");
    assert_eq!(
        (
            &jan[1]["deferred"],
            &jan[1]["recognized"],
            &jan[1]["breakage"]
        ),
        (&Value::from("20"), &Value::from("80"), &Value::from("0"))
    );
    let feb = rev("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z");
    assert_eq!(
        (&feb[0]["deferred"], &feb[0]["recognized"]),
        (&Value::from("50"), &Value::from("10"))
    );
    assert_eq!(
        (
            &feb[1]["deferred"],
            &feb[1]["recognized"],
            &feb[1]["breakage"]
        ),
        (&Value::from("0"), &Value::from("0"), &Value::from("20"))
    );
    t.fails(
        &[
            "credit",
            "revenue",
            "--from",
            "2026-02-01T00:00:00Z",
            "--to",
            "2026-01-01T00:00:00Z",
        ],
        2,
    );
}

/// A grant's figures are a division (cost ÷ amount × credits), so they are rounded already:
/// their sums round at the 28th digit instead of refusing the report (it exited 1 with
/// `AmountTooLarge` for 100 × 2 ÷ 3 + 1 × 6 ÷ 7).
#[test]
fn revenue_sums_figures_that_do_not_divide_evenly() {
    let t = env();
    customer(&t);
    let g = id(&grant(&t, &["--amount", "3", "--cost", "100:USD"]));
    consume(&t, "2", "k1");
    t.ok(&["credit", "void", &g]);
    grant(&t, &["--amount", "7", "--cost", "1:USD"]);
    consume(&t, "6", "k2");
    for args in [vec![], vec!["--customer", "acme"]] {
        let mut a = vec!["credit", "revenue", "--currency", C];
        a.extend(args);
        let r = t.json(&a);
        assert_eq!(r[0]["costCurrency"], "USD");
        // 200/3 + 6/7 = 67.523809…, 1/7 = 0.142857…, shown to 6 places.
        assert_eq!(r[0]["recognized"], "67.52381", "{r}");
        assert_eq!(r[0]["deferred"], "0.142857", "{r}");
        assert_eq!(r[0]["breakage"], "0", "{r}");
    }
    // Thirds of two grants that add up to a whole: 2 × 100/3 + 1 × 100/3 shows as 100.
    let t = env();
    customer(&t);
    let g = id(&grant(&t, &["--amount", "3", "--cost", "100:USD"]));
    consume(&t, "2", "k1");
    t.ok(&["credit", "void", &g]);
    grant(&t, &["--amount", "3", "--cost", "100:USD"]);
    consume(&t, "1", "k2");
    let r = t.json(&["credit", "revenue", "--currency", C]);
    assert_eq!(r[0]["recognized"], "100", "{r}");
    assert_eq!(r[0]["deferred"], "66.666667", "{r}");
    verified(&t);
}

/// A large grant's figures: cost × credits overflows a decimal (1e14 × 1e15) though the figure
/// is no larger than the cost — the report exited 1 (`AmountTooLarge`) for every customer.
#[test]
fn revenue_of_a_grant_whose_cost_times_amount_is_past_the_range() {
    let t = env();
    customer(&t);
    grant(
        &t,
        &[
            "--amount",
            "999999999999999",
            "--cost",
            "100000000000000:USD",
        ],
    );
    consume(&t, "333333333333333", "k1");
    let r = t.json(&["credit", "revenue", "--currency", C]);
    assert_eq!(r[0]["costCurrency"], "USD");
    // A third of 1e14 recognized, two thirds deferred (to 6 places).
    assert_eq!(r[0]["recognized"], "33333333333333.333333", "{r}");
    assert_eq!(r[0]["deferred"], "66666666666666.666667", "{r}");
    verified(&t);
}

/// Periods that follow one another add up to the period they cover, to the last place shown:
/// a credit of a 3-for-100 grant recognized in each of three months shows as 33.333333,
/// 33.333334 and 33.333333 (each period is the rounded total up to its end less the rounded
/// total up to its start), not as three 33.333333 that lose a millionth.
#[test]
fn revenue_of_adjacent_periods_adds_up_to_the_whole() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "3", "--cost", "100:USD"]);
    grant(
        &t,
        &["--amount", "7", "--cost", "1:USD", "--priority", "20"],
    );
    let months = [
        "2026-01-01T00:00:00Z",
        "2026-02-01T00:00:00Z",
        "2026-03-01T00:00:00Z",
        "2026-04-01T00:00:00Z",
        "2026-05-01T00:00:00Z",
    ];
    for (i, m) in [
        "2026-01-15T00:00:00Z",
        "2026-02-15T00:00:00Z",
        "2026-03-15T00:00:00Z",
        "2026-04-15T00:00:00Z",
    ]
    .iter()
    .enumerate()
    {
        t.ok(&["clock", "set", m]);
        consume(&t, "1", &format!("k{i}"));
    }
    let rev = |from: &str, to: &str| {
        let r = t.json(&[
            "credit",
            "revenue",
            "--from",
            from,
            "--to",
            to,
            "--currency",
            C,
        ]);
        r[0]["recognized"].as_str().unwrap().to_string()
    };
    let each: Vec<String> = months.windows(2).map(|w| rev(w[0], w[1])).collect();
    // The fourth month burns the first credit of 7-for-1.
    assert_eq!(each, ["33.333333", "33.333334", "33.333333", "0.142857"]);
    assert_eq!(rev(months[0], months[4]), "100.142857");
    assert_eq!(rev(months[1], months[3]), "66.666667");
    let whole = t.json(&["credit", "revenue", "--currency", C]);
    assert_eq!(whole[0]["recognized"], "100.142857", "{whole}");
    // Four places past the minor unit of the cost's currency: JPY has none.
    t.ok(&["currency", "create", "tok", "--name", "Tok"]);
    t.ok(&[
        "credit",
        "grant",
        "acme",
        "--currency",
        "tok",
        "--amount",
        "7",
        "--cost",
        "1000:JPY",
    ]);
    t.ok(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "tok",
        "--amount",
        "1",
        "--idempotency-key",
        "j",
    ]);
    let r = t.json(&["credit", "revenue", "--currency", "tok"]);
    assert_eq!(
        (&r[0]["recognized"], &r[0]["deferred"]),
        (&Value::from("142.8571"), &Value::from("857.1429")),
        "{r}"
    );
    verified(&t);
}

/// The events the catch-up step writes happened at its transition's instant, whatever the
/// command's now: a month of recurring credits expiring and the next one granted on Feb 1
/// are logged on Feb 1 (they said Feb 15, the day the clock was advanced to), and the
/// event log stays in time order over a catch-up that passes many periods.
#[test]
fn catch_up_events_carry_the_instant_their_step_happened() {
    let t = env();
    t.ok(&["customer", "create", "a"]); // free: 100 ai-credits a month
    t.ok(&["clock", "advance", "45d"]);
    let ev = t.json(&["events", "list"]);
    let ev = ev.as_array().unwrap();
    let at = |ty: &str| -> Vec<&str> {
        ev.iter()
            .filter(|e| e["type"] == ty)
            .map(|e| e["occurredAt"].as_str().unwrap())
            .collect()
    };
    assert_eq!(at("credit.grant.expired"), ["2026-02-01T00:00:00Z"]);
    assert_eq!(
        at("credit.grant.created"),
        ["2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"]
    );
    let grants = t.json(&["credit", "grants", "a"]);
    assert_eq!(grants[1]["createdAt"], "2026-02-01T00:00:00Z", "{grants}");
    // Two years pass at once: only the period the clock lands in grants (and says so).
    let out = t.ok(&["clock", "advance", "800d"]);
    assert_eq!(
        out.matches("recurring credits of a renewed").count(),
        1,
        "{out}"
    );
    let ev = t.json(&["events", "list"]);
    let times: Vec<&str> = ev
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["occurredAt"].as_str().unwrap())
        .collect();
    assert!(times.len() > 20, "{}", times.len());
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    verified(&t);
}

// ---- automatic recharge ----------------------------------------------------------------------

fn count(t: &TestEnv, ty: &str) -> String {
    t.sql(&format!("SELECT COUNT(*) FROM events WHERE type = '{ty}'"))
}

#[test]
fn automatic_recharge_tops_up_until_the_monthly_limit_disables_it() {
    let t = env();
    customer(&t);
    let set = [
        "credit",
        "auto-recharge",
        "set",
        "acme",
        "--currency",
        C,
        "--threshold",
        "20",
        "--target",
        "100",
        "--price-per-credit",
        "0.5:USD",
        "--monthly-limit",
        "100:USD",
    ];
    let v = t.json(&set);
    assert_eq!(v["enabled"], true);
    assert_eq!(count(&t, "automatic_recharge.configuration.changed"), "1");
    let first = grant(&t, &["--amount", "50"]);
    let v = consume(&t, "40", "a"); // 10 left: 90 credits for 45 USD
    // The consumption's own lines only: not the recharge's grant that followed it.
    assert_eq!(
        burned(&v),
        [(
            first["grantId"].as_str().unwrap().to_string(),
            "40".to_string()
        )]
    );
    let b = balance(&t);
    assert_eq!(b["currentBalance"], "100");
    let g = t.json(&["credit", "grants", "acme", "--currency", C]);
    assert_eq!(g[1]["source"], "auto-recharge");
    assert_eq!(g[1]["amount"], "90");
    assert_eq!(g[1]["cost"]["amount"], "45.00");
    consume(&t, "85", "b"); // 15 left: 85 credits for 42.5 USD (87.5 this month)
    assert_eq!(balance(&t)["currentBalance"], "100");
    consume(&t, "90", "c"); // 10 left: 45 USD more would pass 100 USD
    assert_eq!(balance(&t)["currentBalance"], "10");
    let shown = t.json(&["credit", "auto-recharge", "show", "acme", "--currency", C]);
    assert_eq!(shown["enabled"], false);
    assert_eq!(shown["disabledReason"], "MonthlySpendLimitExceeded");
    assert_eq!(count(&t, "automatic_recharge.operation.attempted"), "3");
    let failed = t.sql(
        "SELECT COUNT(*) FROM events WHERE type = 'automatic_recharge.operation.attempted' AND payload LIKE '%FAILED%'",
    );
    assert_eq!(failed, "1");
    assert_eq!(count(&t, "automatic_recharge.configuration.changed"), "2");
    // Disabled: nothing more is recharged.
    consume(&t, "5", "d");
    assert_eq!(balance(&t)["currentBalance"], "5");
    // Next month, set again: it recharges again.
    t.ok(&["clock", "set", "2026-02-01T00:00:00Z"]);
    t.json(&set);
    consume(&t, "1", "e");
    assert_eq!(balance(&t)["currentBalance"], "100");
    let rev = t.json(&["credit", "revenue", "--currency", C]);
    assert_eq!(rev[0]["costCurrency"], "USD");
    let disabled = t.json(&[
        "credit",
        "auto-recharge",
        "disable",
        "acme",
        "--currency",
        C,
    ]);
    assert_eq!(disabled["enabled"], false);
    assert_eq!(disabled["disabledReason"], "DisabledByUser");
    verified(&t);
}

#[test]
fn automatic_recharge_settings_are_checked() {
    let t = env();
    customer(&t);
    let set = |extra: &[&str]| {
        let mut a = vec!["credit", "auto-recharge", "set", "acme", "--currency", C];
        a.extend_from_slice(extra);
        t.fails(&a, 2)
    };
    assert!(set(&["--threshold", "100", "--target", "100"]).contains("above --threshold"));
    assert!(set(&["--threshold", "-1", "--target", "100"]).contains("negative"));
    assert!(
        set(&[
            "--threshold",
            "1",
            "--target",
            "10",
            "--monthly-limit",
            "5:USD"
        ])
        .contains("--price-per-credit")
    );
    assert!(
        set(&[
            "--threshold",
            "1",
            "--target",
            "10",
            "--monthly-limit",
            "5:USD",
            "--price-per-credit",
            "1:EUR"
        ])
        .contains("EUR")
    );
    let e = t.fails(
        &[
            "credit",
            "auto-recharge",
            "show",
            "acme",
            "--currency",
            C,
            "--json",
        ],
        3,
    );
    assert!(e.contains("AutomaticRechargeNotFound"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_auto_recharge"), "0");
}

#[test]
fn an_import_recharges_as_single_reports_do() {
    let run = |bulk: bool| {
        let t = ai_env();
        t.ok(&[
            "credit",
            "auto-recharge",
            "set",
            "acme",
            "--currency",
            "ai-tokens",
            "--threshold",
            "1000",
            "--target",
            "5000",
            "--price-per-credit",
            "0.001:USD",
        ]);
        let mut csv = String::from("customerId,featureId,value\n");
        for i in 0..30 {
            let n = (7 + i * 3).to_string();
            csv.push_str(&format!("acme,image-renders,{n}\n"));
            if !bulk {
                t.json(&["usage", "report", "acme", "image-renders", &n]);
            }
        }
        if bulk {
            t.write("u.csv", &csv);
            t.ok(&["usage", "import", "u.csv"]);
        }
        verified(&t);
        (
            ai_balance(&t),
            t.sql("SELECT group_concat(type || ':' || amount, ' ') FROM (SELECT * FROM credit_entries ORDER BY seq)"),
        )
    };
    let (single, bulk) = (run(false), run(true));
    assert_eq!(single.0, bulk.0);
    assert_eq!(single.1, bulk.1);
    assert!(
        single.1.matches("CREDITS_GRANTED").count() > 2,
        "{}",
        single.1
    );
}

#[test]
fn kill_9_during_a_burning_import_leaves_all_or_nothing_and_verify_passes() {
    let t = ai_env();
    let mut csv = String::from("customerId,featureId,value,timestamp,idempotencyKey\n");
    for i in 0..60_000 {
        csv.push_str(&format!("acme,image-renders,1,,r{i}\n"));
    }
    t.write("big.csv", &csv);
    let mut child = t
        .command(&["-q", "usage", "import", "big.csv"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM usage_reports", [], |r| r.get(0))
        .unwrap();
    assert!(n == 0 || n == 60_000, "partial import: {n} rows");
    drop(conn);
    verified(&t);
    // A re-run completes it, with nothing burned twice.
    t.ok(&["usage", "import", "big.csv"]);
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), "60000");
    let b = ai_balance(&t);
    assert_eq!(b["totalConsumed"], "2400000"); // 60,000 × 40
    assert_eq!(b["currentBalance"], "-2390000");
    verified(&t);
}

// ---- found by the black-box attack round -----------------------------------------------------

#[test]
fn sums_that_a_decimal_could_only_hold_rounded_are_refused() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "100000000000000000000"]);
    // 1e20 + 1e-12 needs 33 significant digits: refused rather than rounded.
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "0.000000000001",
            "--json",
        ],
        1,
    );
    assert!(e.contains("AmountTooLarge"), "{e}");
    let e = t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            C,
            "--amount",
            "0.000000000001",
            "--idempotency-key",
            "x",
            "--json",
        ],
        1,
    );
    assert!(e.contains("AmountTooLarge"), "{e}");
    // (Said as what it is: the balance is in range, the result needs too many digits.)
    assert!(e.contains("more than 28 significant digits"), "{e}");
    assert_eq!(balance(&t)["currentBalance"], "100000000000000000000");
    verified(&t);
}

/// A grant settling a deficit near the maximum writes GRANTED (+x), TRANSFER_SOURCE (+x) and
/// TRANSFER_TARGET (−x): two large amounts of one sign first, but a net (and running balances)
/// a decimal holds. It settles; only what really leaves the range is refused.
#[test]
fn a_grant_settling_a_deficit_near_the_maximum_settles() {
    const MAX: &str = "79228162514264337593543950335";
    let t = env();
    customer(&t);
    consume(&t, MAX, "all");
    grant(&t, &["--amount", "1"]);
    let g = grant(&t, &["--amount", "79228162514264337593543950334"]);
    assert_eq!(g["status"], "DEPLETED", "{g}");
    let b = balance(&t);
    assert_eq!(b["currentBalance"], "0", "{b}");
    assert_eq!(b["overdraft"], "0", "{b}");
    assert_eq!(b["totalGranted"], MAX, "{b}");
    // One more credit of history would pass the maximum: refused, nothing written.
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "1",
            "--json",
        ],
        1,
    );
    assert!(e.contains("AmountTooLarge"), "{e}");
    verified(&t);
}

#[test]
fn an_immediate_cancel_with_revoke_voids_the_current_recurring_grant() {
    let t = env();
    t.write("team.yaml", SEATS_CATALOG);
    t.ok(&["catalog", "apply", "team.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "s1",
        "--customer",
        "acme",
        "--plan",
        "team",
        "--quantity",
        "members=1",
        "--billing-period",
        "monthly",
    ]);
    t.ok(&["clock", "advance", "3d"]);
    let v = t.json(&[
        "subscription",
        "cancel",
        "s1",
        "--at",
        "immediate",
        "--revoke-entitlements",
    ]);
    assert_eq!(v["entitlementsRevoked"], true);
    let b = tokens(&t);
    assert_eq!(b["totalVoided"], "1000");
    assert_eq!(b["currentBalance"], "0");
    verified(&t);
}

#[test]
fn formula_burns_are_held_to_twelve_places_and_keys_and_money_are_checked() {
    let t = ai_env();
    let o = completion(
        &t,
        "e1",
        &[
            "model=small",
            "input_tokens=0.000000000001",
            "output_tokens=0",
        ],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // 2.5 × 1e-12 = 2.5e-12, held as 0.000000000003 (half away from zero).
    assert_eq!(ai_balance(&t)["currentBalance"], "9999.999999999997");
    let long = "k".repeat(257);
    t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            "ai-tokens",
            "--amount",
            "1",
            "--idempotency-key",
            &long,
        ],
        2,
    );
    t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            "ai-tokens",
            "--amount",
            "1",
            "--idempotency-key",
            "a\u{1}b",
        ],
        2,
    );
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            "ai-tokens",
            "--amount",
            "1",
            "--cost",
            "10.001:USD",
        ],
        2,
    );
    assert!(e.contains("smallest unit"), "{e}");
    t.fails(
        &[
            "credit",
            "ledger",
            "acme",
            "--from",
            "2030-01-01T00:00:00Z",
            "--to",
            "2020-01-01T00:00:00Z",
        ],
        2,
    );
    // The same amount spelled another way is the same request.
    t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-tokens",
        "--amount",
        "10",
        "--idempotency-key",
        "same",
    ]);
    let again = t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-tokens",
        "--amount",
        "10.0",
        "--idempotency-key",
        "same",
    ]);
    assert_eq!(again["duplicate"], true);
    verified(&t);
}

#[test]
fn a_credit_period_the_calendar_ends_first_ends_with_it() {
    let t = env();
    t.ok(&["clock", "set", "9999-12-15T00:00:00Z"]);
    t.ok(&["customer", "create", "acme"]);
    let g = t.json(&["credit", "grants", "acme", "--currency", "ai-credits"]);
    assert_eq!(g[0]["expiresAt"], "9999-12-31T23:59:59.999999Z");
    verified(&t);
}

#[test]
fn the_low_balance_share_is_the_environments_to_set() {
    let t = env();
    customer(&t);
    assert_eq!(
        t.json(&["credit", "low-balance"])["lowBalancePercent"],
        "20"
    );
    t.fails(&["credit", "low-balance", "--percent", "0"], 2);
    t.fails(&["credit", "low-balance", "--percent", "100"], 2);
    assert_eq!(
        t.json(&["credit", "low-balance", "--percent", "50"])["lowBalancePercent"],
        "50"
    );
    grant(&t, &["--amount", "100"]);
    consume(&t, "40", "a"); // 60 left: above 50 %
    assert_eq!(count(&t, "credit.balance.low"), "0");
    consume(&t, "15", "b"); // 45 left: below 50 %
    assert_eq!(count(&t, "credit.balance.low"), "1");
    let p = t.sql("SELECT payload FROM events WHERE type = 'credit.balance.low'");
    assert!(p.contains("\"threshold\":\"50"), "{p}");
}

/// A schema-6 ledger (clustered by pool, balances read from the last entry) moves to the
/// write-ordered ledger of schema 7 with every entry and each pool's balance.
#[test]
fn a_schema_6_ledger_migrates_with_its_entries_and_balances() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "10"]);
    consume(&t, "3", "k1");
    consume(&t, "9", "k2"); // into overdraft
    grant(&t, &["--amount", "5"]); // settles it
    let ledger = t.json(&["credit", "ledger", "acme"]);
    let before = balance(&t);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    renewals_back_to_schema_11(&conn);
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE l6 (pool INTEGER NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL,
             grant_seq INTEGER NOT NULL, type INTEGER NOT NULL CHECK (type BETWEEN 1 AND 7),
             amount TEXT NOT NULL, balance_after TEXT NOT NULL, feature_id TEXT, record INTEGER,
             idempotency_key TEXT, actor INTEGER NOT NULL, PRIMARY KEY (pool, seq)) STRICT, WITHOUT ROWID;
         INSERT INTO l6 SELECT pool, seq, at, grant_seq, type, amount, balance_after, feature_id,
             record, idempotency_key, actor FROM credit_ledger;
         DROP VIEW credit_entries; DROP VIEW credit_ledger_all; DROP TABLE credit_ledger_runs;
         DROP TRIGGER credit_ledger_numbers; DROP TRIGGER events_numbers;
         DROP TRIGGER package_versions_keep_key; DROP TRIGGER package_versions_keep_own_key;
         DROP TRIGGER credit_ledger_append_only_u; DROP TRIGGER credit_ledger_append_only_d;
         DROP INDEX credit_ledger_keys; DROP TABLE credit_ledger;
         ALTER TABLE l6 RENAME TO credit_ledger;
         CREATE TRIGGER credit_ledger_append_only_u BEFORE UPDATE ON credit_ledger
             BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
         CREATE TRIGGER credit_ledger_append_only_d BEFORE DELETE ON credit_ledger
             BEGIN SELECT RAISE(ABORT, 'the credit ledger is append-only'); END;
         CREATE VIEW credit_entries AS SELECT l.seq FROM credit_ledger l;
         ALTER TABLE credit_pools DROP COLUMN balance;
         DROP TABLE event_batches;
         PRAGMA user_version = 6;
         COMMIT;",
    )
    .unwrap();
    drop(conn);
    assert_eq!(t.json(&["credit", "ledger", "acme"]), ledger);
    assert_eq!(balance(&t), before);
    assert_eq!(t.sql("PRAGMA user_version"), "12");
    verified(&t);
    // And it keeps working: a new entry goes on the end, the balance follows.
    consume(&t, "1", "k3");
    assert_eq!(balance(&t)["currentBalance"], "2");
    verified(&t);
}

/// Rewrites the grants table as schema 7 had it (keyed by id, numbered by a second unique index,
/// type and status checked by `IN` lists) and marks the file schema 7.
/// Schema 12 moved each subscription's next credit period into its row: a renewal recorded
/// in schema 11's table is carried over (and still renews), and a read-only look at an older
/// file finds it where that file keeps it.
#[test]
fn schema_11_renewals_migrate_into_their_subscriptions_and_still_renew() {
    let t = env();
    t.write("app.yaml", CADENCES_CATALOG);
    t.ok(&["catalog", "apply", "app.yaml"]);
    t.ok(&["customer", "create", "acme"]); // free: 100 a month
    assert_eq!(tokens(&t)["totalGranted"], "100");
    let due = t.sql("SELECT credit_due FROM subscriptions WHERE credit_due IS NOT NULL");
    assert!(!due.is_empty(), "the free subscription renews its credits");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    renewals_back_to_schema_11(&conn);
    drop(conn);
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_renewals"), "1");
    // The first command upgrades the file: the renewal is the subscription's again.
    t.ok(&["customer", "list"]);
    assert_eq!(t.sql("PRAGMA user_version"), "12");
    assert_eq!(
        t.sql("SELECT credit_due FROM subscriptions WHERE credit_due IS NOT NULL"),
        due
    );
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'credit_renewals'"),
        "0"
    );
    t.ok(&["clock", "advance", "32d"]);
    let b = tokens(&t);
    assert_eq!(b["totalGranted"], "200", "{b}");
    verified(&t);
}

/// Renewals as schema 11 kept them: a table of their own (what schema 12 moved into the
/// subscriptions), carried back.
pub fn renewals_back_to_schema_11(conn: &rusqlite::Connection) {
    conn.execute_batch(
        "BEGIN;
         CREATE TABLE credit_renewals (subscription_id TEXT PRIMARY KEY, customer_id TEXT NOT NULL,
             resource_id TEXT NOT NULL, due_at INTEGER NOT NULL) STRICT;
         CREATE INDEX credit_renewals_due ON credit_renewals(due_at);
         INSERT INTO credit_renewals SELECT id, customer_id, COALESCE(resource_id, ''), credit_due
             FROM subscriptions WHERE credit_due IS NOT NULL;
         DROP INDEX subscriptions_credit_due;
         ALTER TABLE subscriptions DROP COLUMN credit_due;
         PRAGMA user_version = 11;
         COMMIT;",
    )
    .unwrap();
}

pub fn grants_back_to_schema_7(conn: &rusqlite::Connection) {
    renewals_back_to_schema_11(conn);
    let columns = "id, seq, customer_id, currency_id, resource_id, grant_type, status, amount, \
        consumed, expired, voided, granted, cost_amount, cost_currency, priority, effective_at, \
        expires_at, due_at, source, subscription_id, name, comment, created_at";
    conn.execute_batch(&format!(
        "BEGIN;
         CREATE TABLE g7 (id TEXT PRIMARY KEY, seq INTEGER NOT NULL,
             customer_id TEXT NOT NULL REFERENCES customers(id),
             currency_id TEXT NOT NULL REFERENCES currencies(id), resource_id TEXT NOT NULL,
             grant_type TEXT NOT NULL CHECK (grant_type IN ('PAID', 'PROMOTIONAL', 'RECURRING', 'OVERDRAFT')),
             status TEXT NOT NULL CHECK (status IN ('SCHEDULED', 'ACTIVE', 'DEPLETED', 'EXPIRED', 'VOIDED')),
             amount TEXT NOT NULL, consumed TEXT NOT NULL, expired TEXT NOT NULL, voided TEXT NOT NULL,
             granted INTEGER NOT NULL, cost_amount TEXT NOT NULL, cost_currency TEXT,
             priority INTEGER NOT NULL, effective_at INTEGER NOT NULL, expires_at INTEGER,
             due_at INTEGER, source TEXT NOT NULL, subscription_id TEXT, name TEXT, comment TEXT,
             created_at INTEGER NOT NULL) STRICT;
         INSERT INTO g7({columns}) SELECT {columns} FROM credit_grants;
         DROP VIEW credit_entries; DROP VIEW credit_ledger_all; DROP TABLE credit_ledger_runs;
         DROP TRIGGER credit_ledger_numbers; DROP TRIGGER events_numbers;
         DROP TRIGGER package_versions_keep_key; DROP TRIGGER package_versions_keep_own_key; DROP TABLE credit_grants;
         ALTER TABLE g7 RENAME TO credit_grants;
         CREATE INDEX credit_grants_pool ON credit_grants(customer_id, currency_id, resource_id, status);
         CREATE INDEX credit_grants_due ON credit_grants(due_at) WHERE due_at IS NOT NULL;
         CREATE INDEX credit_grants_recurring ON credit_grants(subscription_id, currency_id)
             WHERE subscription_id IS NOT NULL;
         CREATE UNIQUE INDEX credit_grants_seq ON credit_grants(seq);
         CREATE VIEW credit_entries AS SELECT l.seq FROM credit_ledger l;
         DROP TABLE event_batches;
         PRAGMA user_version = 7;
         COMMIT;"
    ))
    .unwrap();
}

/// Schema-7 grants (keyed by id, numbered by a second unique index, type and status checked
/// by `IN` lists) move to schema 8 (keyed by number) with every grant as it was; the checks
/// still refuse what is not a type or status.
#[test]
fn schema_7_grants_migrate_with_every_grant_and_their_checks() {
    let t = env();
    customer(&t);
    let first = id(&grant(&t, &["--amount", "10", "--priority", "3"]));
    grant(
        &t,
        &["--amount", "4", "--expires-at", "2026-02-01T00:00:00Z"],
    );
    consume(&t, "12", "k1");
    let grants = t.json(&["credit", "grants", "acme", "--currency", C]);
    let ledger = t.json(&["credit", "ledger", "acme"]);
    let before = balance(&t);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    grants_back_to_schema_7(&conn);
    drop(conn);
    assert_eq!(
        t.json(&["credit", "grants", "acme", "--currency", C]),
        grants
    );
    assert_eq!(t.json(&["credit", "ledger", "acme"]), ledger);
    assert_eq!(balance(&t), before);
    assert_eq!(t.sql("PRAGMA user_version"), "12");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM sqlite_master WHERE name = 'credit_grants_seq'"),
        "0"
    );
    verified(&t);
    // It keeps working: grants are numbered on, the ledger view names them.
    let third = id(&grant(&t, &["--amount", "5"]));
    assert!(third > first, "{third} after {first}");
    consume(&t, "10", "k2"); // the 2 left, the new 5, then overdraft
    assert_eq!(
        t.sql(&format!(
            "SELECT COUNT(*) FROM credit_entries WHERE grant_id = '{third}'"
        )),
        "2"
    );
    verified(&t);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    for bad in [
        "UPDATE credit_grants SET status = 'active'",
        "UPDATE credit_grants SET grant_type = 'GIFT'",
    ] {
        let e = conn.execute(bad, []).unwrap_err().to_string();
        assert!(e.contains("CHECK constraint failed"), "{bad}: {e}");
    }
}

/// `credit verify` reports a pool whose recorded balance disagrees with its ledger.
#[test]
fn verify_checks_the_balance_recorded_on_the_pool() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "10"]);
    verified(&t);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute("UPDATE credit_pools SET balance = '11'", [])
        .unwrap();
    drop(conn);
    let out = t.run(&["credit", "verify"]);
    assert_eq!(out.code, 70, "{}", out.stdout);
    assert!(
        out.stdout.contains("records a balance of 11")
            || out.stderr.contains("records a balance of 11"),
        "{}{}",
        out.stdout,
        out.stderr
    );
}

/// Under one idempotency key only the amounts compare by value: a name (or resource, or
/// dimension) that merely looks like the same number is another request.
#[test]
fn idempotency_compares_amounts_by_value_and_everything_else_as_written() {
    let t = env();
    customer(&t);
    grant(
        &t,
        &["--amount", "10", "--name", "007", "--idempotency-key", "g1"],
    );
    let same = grant(
        &t,
        &[
            "--amount",
            "10.0",
            "--name",
            "007",
            "--idempotency-key",
            "g1",
        ],
    );
    assert_eq!(same["amount"], "10");
    t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "10",
            "--name",
            "7",
            "--idempotency-key",
            "g1",
        ],
        4,
    );
    verified(&t);
}

/// The recharge's expiry prints as Stigg's GrantExpirationPeriod.
#[test]
fn auto_recharge_expiry_prints_stiggs_period_names() {
    let t = env();
    customer(&t);
    t.ok(&[
        "credit",
        "auto-recharge",
        "set",
        "acme",
        "--currency",
        C,
        "--threshold",
        "10",
        "--target",
        "100",
        "--expiration",
        "1mo",
    ]);
    let v = t.json(&["credit", "auto-recharge", "show", "acme", "--currency", C]);
    assert_eq!(v["grantExpirationPeriod"], "OneMonth");
    assert!(v.get("expiration").is_none(), "{v}");
    // Set again as it is: no change logged; a real change is.
    let set = |target: &str| {
        t.ok(&[
            "credit",
            "auto-recharge",
            "set",
            "acme",
            "--currency",
            C,
            "--threshold",
            "10",
            "--target",
            target,
            "--expiration",
            "1mo",
        ])
    };
    let changes = || {
        t.events("automatic_recharge.configuration.changed", "")
            .len()
    };
    assert_eq!(changes(), 1);
    set("100");
    set("100.0");
    assert_eq!(changes(), 1);
    set("200");
    assert_eq!(changes(), 2);
}

/// A plan change tops the period's recurring credits up to the new plan's share: switching back
/// and forth never hands out another share (it did, one per switch).
#[test]
fn switching_plans_back_and_forth_never_farms_recurring_credits() {
    let t = env();
    t.ok(&["customer", "create", "f"]); // free: 100 ai-credits a month
    let granted = |t: &TestEnv| {
        t.json(&["credit", "balance", "f", "--currency", "ai-credits"])[0]["totalGranted"]
            .as_str()
            .unwrap()
            .parse::<rust_decimal::Decimal>()
            .unwrap()
            .normalize()
            .to_string()
    };
    assert_eq!(granted(&t), "100");
    for (i, (plan, extra)) in [
        (
            "pro",
            vec![
                "--billing-period",
                "monthly",
                "--skip-trial",
                "--quantity",
                "seats=1",
            ],
        ),
        ("free", vec![]),
        (
            "pro",
            vec![
                "--billing-period",
                "monthly",
                "--skip-trial",
                "--quantity",
                "seats=1",
            ],
        ),
        ("free", vec![]),
    ]
    .into_iter()
    .enumerate()
    {
        t.ok(&["clock", "advance", "1h"]);
        let id = format!("x{i}");
        let mut a = vec![
            "subscription",
            "create",
            "--id",
            &id,
            "--customer",
            "f",
            "--plan",
            plan,
            "--schedule",
            "immediate",
        ];
        a.extend(extra);
        t.ok(&a);
        assert_eq!(granted(&t), "100", "after switching to {plan}");
    }
    // Switches at one instant (a frozen clock, or two writes in one microsecond) alike.
    for (i, plan) in ["pro", "free", "pro", "free"].into_iter().enumerate() {
        let id = format!("y{i}");
        let mut a = vec![
            "subscription",
            "create",
            "--id",
            &id,
            "--customer",
            "f",
            "--plan",
            plan,
            "--schedule",
            "immediate",
        ];
        if plan == "pro" {
            a.extend([
                "--billing-period",
                "monthly",
                "--skip-trial",
                "--quantity",
                "seats=3",
            ]);
        }
        t.ok(&a);
    }
    assert_eq!(
        granted(&t),
        "300",
        "free's 100, then pro's 3 seats topped up once"
    );
    // An upgrade to a larger share tops up to it.
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "big",
        "--customer",
        "f",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=5",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(granted(&t), "500");
    verified(&t);
}

/// The AI catalog's token pack can be bought on Builder, and grants its tokens × quantity.
#[test]
fn the_ai_catalogs_token_pack_is_for_sale_on_builder() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let f = t.catalog("ai-credits.yaml");
    t.ok(&["catalog", "apply", &f]);
    t.ok(&["customer", "create", "a"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "a",
        "--plan",
        "builder",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--addon",
        "token-pack=2",
    ]);
    let b = t.json(&["credit", "balance", "a", "--currency", "ai-tokens"]);
    let granted: rust_decimal::Decimal = b[0]["totalGranted"].as_str().unwrap().parse().unwrap();
    // Builder's 500,000 (the starter's 10,000 counts toward it) + 2 × 1,000,000.
    assert_eq!(granted.normalize().to_string(), "2500000", "{b}");
}

/// A request record deleted behind the ledger's back is found by `credit verify` (invariant 5)
/// before its key is used again — applied again, it would consume a second time.
#[test]
fn verify_finds_an_idempotency_key_without_its_request() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "100", "--idempotency-key", "g1"]);
    consume(&t, "7", "c1");
    verified(&t);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "DELETE FROM credit_requests WHERE idempotency_key = 'c1'",
        [],
    )
    .unwrap();
    drop(conn);
    let e = t.fails(&["credit", "verify"], 70);
    assert!(e.contains("invariant 5") && e.contains("'c1'"), "{e}");
    assert!(!e.contains("'g1'"), "{e}");
}

/// The grant events of one grant, in log order: (type, status shown).
fn grant_events(t: &TestEnv, grant: &str) -> Vec<(String, String)> {
    t.json(&["events", "list", "--entity", grant])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["type"].as_str().unwrap().to_string(),
                e["payload"]["status"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// A grant used up at once by the overdraft it settles is logged created (as granted: ACTIVE,
/// nothing consumed), then depleted — a replica met the depletion of a grant it had not seen
/// yet. The same for a scheduled grant taking effect and for a recurring grant renewed into a
/// deficit.
#[test]
fn a_grant_is_logged_created_before_the_overdraft_depletes_it() {
    let t = env();
    customer(&t);
    consume(&t, "100", "o1");
    let g = id(&grant(&t, &["--amount", "40"]));
    assert_eq!(
        grant_events(&t, &g),
        [
            ("credit.grant.created".to_string(), "ACTIVE".to_string()),
            ("credit.grant.depleted".to_string(), "DEPLETED".to_string())
        ]
    );
    let created = &t.json(&["events", "list", "--entity", &g])[0]["payload"];
    assert_eq!(created["consumedAmount"], "0");
    assert_eq!(created["remainingAmount"], "40");
    let s = id(&grant(
        &t,
        &["--amount", "20", "--effective-at", "2026-01-05T00:00:00Z"],
    ));
    t.ok(&["clock", "set", "2026-01-06T00:00:00Z"]);
    assert_eq!(
        grant_events(&t, &s),
        [
            ("credit.grant.created".to_string(), "SCHEDULED".to_string()),
            ("credit.grant.updated".to_string(), "ACTIVE".to_string()),
            ("credit.grant.depleted".to_string(), "DEPLETED".to_string())
        ]
    );
    // Recurring: the free plan's 100 ai-credits a month, overdrawn by 500 before February.
    t.ok(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-credits",
        "--amount",
        "600",
        "--idempotency-key",
        "big",
    ]);
    t.ok(&["clock", "set", "2026-02-02T00:00:00Z"]);
    let renewed = t.json(&[
        "credit",
        "grants",
        "acme",
        "--currency",
        "ai-credits",
        "--status",
        "depleted",
    ]);
    let r = renewed
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["effectiveAt"] == "2026-02-01T00:00:00Z")
        .expect("the February grant, used up by the deficit");
    assert_eq!(
        grant_events(&t, r["grantId"].as_str().unwrap()),
        [
            ("credit.grant.created".to_string(), "ACTIVE".to_string()),
            ("credit.grant.depleted".to_string(), "DEPLETED".to_string())
        ]
    );
    verified(&t);
}

/// A grant's request compares by what it asks for: the default priority given or not, a start
/// "now" given as the instant or not, are one request; a retry after the start or expiry it
/// asked for has passed gets its answer (it was refused as a start in the past / an expiry
/// before the start).
#[test]
fn a_grant_retry_is_the_same_request_whatever_defaults_it_spells_out() {
    let t = env();
    customer(&t);
    let first = grant(&t, &["--amount", "5", "--idempotency-key", "g1"]);
    for extra in [
        &["--priority", "10"][..],
        &["--effective-at", "2026-01-01T00:00:00Z"],
        &["--type", "paid", "--priority", "10"],
    ] {
        let mut a = vec!["--amount", "5", "--idempotency-key", "g1"];
        a.extend_from_slice(extra);
        let v = grant(&t, &a);
        assert_eq!(
            (v["grantId"].clone(), v["duplicate"].clone()),
            (first["grantId"].clone(), Value::Bool(true)),
            "{extra:?}"
        );
    }
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "5",
            "--idempotency-key",
            "g1",
            "--priority",
            "9",
        ],
        4,
    );
    assert!(
        e.contains("IdempotencyKeyReused") || e.contains("another credit request"),
        "{e}"
    );
    // Explicit now, retried a day later with the same words; a scheduled grant retried after
    // it took effect; a grant retried after it expired.
    let now = grant(
        &t,
        &[
            "--amount",
            "1",
            "--effective-at",
            "2026-01-01T00:00:00Z",
            "--idempotency-key",
            "g2",
        ],
    );
    let sched = grant(
        &t,
        &[
            "--amount",
            "2",
            "--effective-at",
            "2026-01-03T00:00:00Z",
            "--idempotency-key",
            "g3",
        ],
    );
    let brief = grant(
        &t,
        &[
            "--amount",
            "3",
            "--expires-at",
            "2026-01-02T00:00:00Z",
            "--idempotency-key",
            "g4",
        ],
    );
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    for (was, args) in [
        (
            &now,
            vec![
                "--amount",
                "1",
                "--effective-at",
                "2026-01-01T00:00:00Z",
                "--idempotency-key",
                "g2",
            ],
        ),
        (
            &sched,
            vec![
                "--amount",
                "2",
                "--effective-at",
                "2026-01-03T00:00:00Z",
                "--idempotency-key",
                "g3",
            ],
        ),
        (
            &brief,
            vec![
                "--amount",
                "3",
                "--expires-at",
                "2026-01-02T00:00:00Z",
                "--idempotency-key",
                "g4",
            ],
        ),
    ] {
        let v = grant(&t, &args);
        assert_eq!(v["grantId"], was["grantId"], "{args:?}");
        assert_eq!(v["duplicate"], true);
    }
    // Without a key, a start in the past is still refused.
    t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "1",
            "--effective-at",
            "2026-01-03T00:00:00Z",
        ],
        2,
    );
    assert_eq!(
        t.json(&["credit", "grants", "acme", "--currency", C])
            .as_array()
            .unwrap()
            .len(),
        4
    );
    verified(&t);
    // A cost of 0 spelled out is no cost (what a promotional grant has).
    let promo = grant(
        &t,
        &[
            "--amount",
            "4",
            "--type",
            "promotional",
            "--idempotency-key",
            "g5",
        ],
    );
    let again = grant(
        &t,
        &[
            "--amount",
            "4",
            "--type",
            "promotional",
            "--cost",
            "0:USD",
            "--idempotency-key",
            "g5",
        ],
    );
    assert_eq!(
        (again["grantId"].clone(), again["duplicate"].clone()),
        (promo["grantId"].clone(), Value::Bool(true))
    );
    // A past start other than the one the grant took is another request.
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "1",
            "--effective-at",
            "2026-01-04T00:00:00Z",
            "--idempotency-key",
            "g2",
        ],
        4,
    );
    assert!(e.contains("took effect at 2026-01-01T00:00:00Z"), "{e}");
}

/// `credit revenue --to` past now gives the figures as of now and says so (it reported credits
/// as deferred at an instant after they expire, and no breakage); a `--from` past now is
/// refused; `--now` at that time is the forecast.
#[test]
fn revenue_is_known_up_to_now() {
    let t = env();
    customer(&t);
    grant(
        &t,
        &[
            "--amount",
            "10",
            "--cost",
            "10:USD",
            "--expires-at",
            "2026-06-01T00:00:00Z",
        ],
    );
    let o = t.run(&[
        "credit",
        "revenue",
        "--to",
        "2026-07-01T00:00:00Z",
        "--format",
        "csv",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    // (The JSON record's fields: `to` is the figures' end, just past now.)
    assert!(
        o.stdout
            .starts_with("costCurrency,from,to,deferred,recognized,breakage\nUSD,,"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.ends_with(",10,0,0\n"), "{}", o.stdout);
    assert!(
        o.stderr.contains("is after now: the figures are as of now"),
        "{}",
        o.stderr
    );
    let e = t.fails(
        &[
            "credit",
            "revenue",
            "--from",
            "2026-06-01T00:00:00Z",
            "--to",
            "2026-07-01T00:00:00Z",
        ],
        2,
    );
    assert!(
        e.contains("--from 2026-06-01T00:00:00Z is after now"),
        "{e}"
    );
    // The forecast: asked at that time, the credits have expired (breakage), nothing written.
    let o = t.run(&[
        "--now",
        "2026-07-01T00:00:00Z",
        "credit",
        "revenue",
        "--from",
        "2026-06-01T00:00:00Z",
        "--format",
        "csv",
    ]);
    assert!(
        o.stdout.starts_with(
            "costCurrency,from,to,deferred,recognized,breakage\nUSD,2026-06-01T00:00:00Z,"
        ) && o.stdout.ends_with(",0,0,10\n"),
        "{}{}",
        o.stdout,
        o.stderr
    );
    assert_eq!(
        t.json(&["clock", "show"])["processedUntil"],
        "2026-01-01T00:00:00Z"
    );
}

/// An archived currency takes no new grants or automatic recharges (EntityIsArchivedError, as
/// an archived feature takes no promotion); what its grants hold is still consumed, a retried
/// grant made before still gets its answer, and unarchiving lifts it.
#[test]
fn an_archived_currency_is_sold_and_given_no_more() {
    let t = env();
    customer(&t);
    let before = grant(&t, &["--amount", "10", "--idempotency-key", "g1"]);
    t.ok(&["currency", "archive", C]);
    let e = t.fails(
        &[
            "credit",
            "grant",
            "acme",
            "--currency",
            C,
            "--amount",
            "5",
            "--json",
        ],
        1,
    );
    assert!(e.contains("EntityIsArchivedError"), "{e}");
    let again = grant(&t, &["--amount", "10", "--idempotency-key", "g1"]);
    assert_eq!(
        (again["grantId"].clone(), again["duplicate"].clone()),
        (before["grantId"].clone(), Value::Bool(true))
    );
    let e = t.fails(
        &[
            "credit",
            "auto-recharge",
            "set",
            "acme",
            "--currency",
            C,
            "--threshold",
            "1",
            "--target",
            "5",
            "--price-per-credit",
            "1:USD",
        ],
        1,
    );
    assert!(e.contains("is archived"), "{e}");
    assert_eq!(consume(&t, "4", "c1")["currentBalance"], "6");
    assert_eq!(
        t.json(&["credit", "grants", "acme", "--currency", C])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    t.ok(&["currency", "unarchive", C]);
    grant(&t, &["--amount", "5"]);
    verified(&t);
}

/// Worked-out credit figures print without the scale of the amounts they come from (a balance
/// of `-5.000000000000` beside an overdraft of `5`).
#[test]
fn balances_print_without_the_scale_of_their_amounts() {
    let t = env();
    customer(&t);
    grant(&t, &["--amount", "50.0"]);
    let v = consume(&t, "55.000000000000", "k");
    assert_eq!(
        (v["currentBalance"].as_str(), v["overdraft"].as_str()),
        (Some("-5"), Some("5"))
    );
    assert_eq!(v["consumedFrom"][0]["amount"], "50");
    let b = balance(&t);
    assert_eq!(
        (
            b["currentBalance"].as_str(),
            b["totalGranted"].as_str(),
            b["totalConsumed"].as_str()
        ),
        (Some("-5"), Some("50"), Some("55"))
    );
    let g = &t.json(&["credit", "grants", "acme", "--currency", C])[0];
    assert_eq!(
        (g["consumedAmount"].as_str(), g["remainingAmount"].as_str()),
        (Some("50"), Some("0"))
    );
    // The ledger too (its balances kept the scale of the sum).
    let l = t.json(&["credit", "ledger", "acme", "--currency", C]);
    let last = l.as_array().unwrap().last().unwrap();
    assert_eq!(
        (last["amount"].as_str(), last["balanceAfter"].as_str()),
        (Some("-5"), Some("-5")),
        "{l}"
    );
    verified(&t);
}

/// An overdraft is a grant like any in the log: created when a consumption opens it, voided
/// when a grant settles it; the settling grant's created event (as granted) is followed by
/// what settling left of it.
#[test]
fn an_overdraft_and_its_settlement_are_in_the_log() {
    let t = crate::lifecycle::env();
    t.ok(&[
        "customer",
        "create",
        "x",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    t.ok(&[
        "credit",
        "consume",
        "x",
        "--currency",
        "ai-credits",
        "--amount",
        "150",
        "--idempotency-key",
        "q1",
    ]);
    t.ok(&[
        "credit",
        "grant",
        "x",
        "--currency",
        "ai-credits",
        "--amount",
        "80",
    ]);
    let seen: Vec<String> = t
        .json(&["events", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"].as_str().unwrap().starts_with("credit.grant"))
        .map(|e| {
            let p = &e["payload"];
            format!(
                "{} {} {} {}",
                e["type"].as_str().unwrap(),
                p["grantType"].as_str().unwrap(),
                p["status"].as_str().unwrap(),
                p["remainingAmount"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            "credit.grant.created RECURRING ACTIVE 100",
            "credit.grant.depleted RECURRING DEPLETED 0",
            "credit.grant.created OVERDRAFT ACTIVE -50",
            "credit.grant.created PAID ACTIVE 80",
            "credit.grant.updated PAID ACTIVE 30",
            "credit.grant.voided OVERDRAFT VOIDED 0",
        ]
    );
}

/// A revocation voids the revoked subscription's own recurring grants only: the free plan's
/// grant that the paid plan's first period counted as given stays the free plan's (README,
/// "Recurring"), so nothing is voided when it covered the whole share — and `credit verify`
/// holds.
#[test]
fn a_revocation_leaves_an_earlier_plans_grant_counted_as_given() {
    let t = env();
    t.ok(&["customer", "create", "x"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "px",
        "--customer",
        "x",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let before = t.json(&["credit", "grants", "x"]);
    t.ok(&[
        "subscription",
        "cancel",
        "px",
        "--at",
        "end-of-period",
        "--revoke-entitlements",
    ]);
    let after = t.json(&["credit", "grants", "x"]);
    let statuses = |v: &Value| -> Vec<(String, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["name"].as_str().unwrap_or_default().to_string(),
                    g["status"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert!(
        statuses(&after)
            .iter()
            .any(|(n, s)| n.contains("of free") && s == "ACTIVE"),
        "{after}"
    );
    assert!(
        !statuses(&after).iter().any(|(n, _)| n.contains("of pro")),
        "{after}"
    );
    assert_eq!(statuses(&before), statuses(&after));
    verified(&t);
}

/// A retried report (same key) answers with the balance as the first answer printed it: a
/// stored sum of amounts with a scale (2.5 burned) printed `9955.0` on the retry, `9955` the
/// first time. `credit consume` prints its amount as the ledger does (`1.50` is 1.5), and enum
/// flags take Stigg's capitals (`--status DEPLETED`, `--billing-period MONTHLY`).
#[test]
fn retried_reports_and_consumptions_print_amounts_as_the_first_answer() {
    let t = ai_env();
    let dims = ["model=small", "input_tokens=1", "output_tokens=0"];
    let first = completion(&t, "a1", &dims);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let once = completion(&t, "a2", &dims);
    let again = completion(&t, "a2", &dims);
    let (once, again): (Value, Value) = (
        serde_json::from_str(&once.stdout).unwrap(),
        serde_json::from_str(&again.stdout).unwrap(),
    );
    let balance = |v: &Value| {
        v.to_string()
            .split("currentBalance")
            .nth(1)
            .map(str::to_string)
    };
    assert!(balance(&once).is_some(), "{once}");
    assert_eq!(balance(&once), balance(&again), "{once}\n{again}");
    let u = [
        "usage",
        "report",
        "acme",
        "image-renders",
        "1",
        "--idempotency-key",
        "u1",
        "--json",
    ];
    let once = t.json(&u[..7]);
    let again = t.json(&u[..7]);
    assert_eq!(once["credit"], again["credit"]);
    assert!(
        !again["credit"]["currentBalance"]
            .as_str()
            .unwrap()
            .contains('.'),
        "{again}"
    );
    let c = t.json(&[
        "credit",
        "consume",
        "acme",
        "--currency",
        "ai-tokens",
        "--amount",
        "1.50",
        "--idempotency-key",
        "k1",
    ]);
    assert_eq!(c["amount"], "1.5", "{c}");
    t.ok(&["credit", "grants", "acme", "--status", "DEPLETED"]);
    t.ok(&["credit", "grants", "acme", "--status", "Active"]);
}

/// Credits burned at a rate whose product with the usage has more significant digits than a
/// decimal holds are rounded once to 12 places (as every burn is held), by a single report and
/// by an import alike — they were refused as "out of range" though far inside it.
#[test]
fn a_rate_product_with_too_many_digits_is_rounded_once_not_refused() {
    let mut got = Vec::new();
    for import in [false, true] {
        let t = env();
        t.write(
            "r.yaml",
            r#"
features:
  - { id: calls, type: number, meter: incremental }
currencies:
  - { id: tok, name: Tokens }
products:
  - id: p
    plans:
      - id: f
        pricing: free
        entitlements:
          calls: { limit: 100000000000000, reset: month }
        prices:
          - { model: credits, feature: calls, currency: tok, rate: 0.333333333333 }
"#,
        );
        t.ok(&["catalog", "apply", "r.yaml"]);
        t.ok(&["customer", "create", "c", "--plan", "f"]);
        let units = "1234567890.123456789012";
        if import {
            t.write(
                "u.csv",
                &format!("customerId,featureId,value,idempotencyKey\nc,calls,{units},k1\n"),
            );
            t.ok(&["usage", "import", "u.csv"]);
        } else {
            let v = t.json(&[
                "usage",
                "report",
                "c",
                "calls",
                units,
                "--idempotency-key",
                "k1",
            ]);
            assert_eq!(v["credit"]["consumed"], "411522630.040740740374", "{v}");
        }
        let b = t.json(&["credit", "balance", "c", "--currency", "tok"]);
        got.push(b[0]["currentBalance"].clone());
        t.ok(&["credit", "verify"]);
    }
    assert_eq!(got[0], "-411522630.040740740374");
    assert_eq!(got[0], got[1]);
}

/// A grant's stored next step (`due_at`) edited by hand is damage: one that says an earlier
/// step than its state (an expiry months early, dated before the grant) is refused by the
/// catch-up every command runs (exit 78, nothing written), one lost (NULL: credits that would
/// never expire) is reported by `credit verify`; a stored balance in a notation this tool never
/// writes (`1e5`) is damage, not copied into the ledger.
#[test]
fn hand_edited_grant_steps_and_balances_are_damage() {
    let t = env();
    customer(&t);
    grant(
        &t,
        &["--amount", "500", "--expires-at", "2026-06-01T00:00:00Z"],
    );
    let events = t.event_count();
    let entries = t.sql("SELECT COUNT(*) FROM credit_entries");
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    conn.execute(
        "UPDATE credit_grants SET due_at = -5 WHERE amount = '500'",
        [],
    )
    .unwrap();
    let e = t.fails(&["credit", "balance", "acme"], 78);
    assert!(
        e.contains("is stored as due at") && e.contains("2026-06-01"),
        "{e}"
    );
    assert_eq!(t.event_count(), events);
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_entries"), entries);
    conn.execute(
        "UPDATE credit_grants SET due_at = NULL WHERE amount = '500'",
        [],
    )
    .unwrap();
    let out = t.run(&["credit", "verify"]);
    assert_eq!(out.code, 70, "{}", out.stdout);
    assert!(
        out.stdout.contains("its next step is stored as none") && out.stdout.contains("2026-06-01"),
        "{}",
        out.stdout
    );
    conn.execute(
        "UPDATE credit_grants SET due_at = expires_at WHERE amount = '500'",
        [],
    )
    .unwrap();
    verified(&t);
    conn.execute("UPDATE credit_pools SET balance = '1e5'", [])
        .unwrap();
    drop(conn);
    let e = t.fails(
        &[
            "credit",
            "consume",
            "acme",
            "--currency",
            C,
            "--amount",
            "1",
            "--idempotency-key",
            "k1",
        ],
        78,
    );
    assert!(e.contains("'1e5' is not a decimal"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM credit_entries"), entries);
}
