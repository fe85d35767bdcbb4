//! Reported usage (spec 40): deltas and sets, idempotency, windows, limits and their signals.

use crate::helpers::TestEnv;
use crate::lifecycle::{check, env};
use serde_json::Value;

fn report(t: &TestEnv, args: &[&str]) -> Value {
    let mut a = vec!["usage", "report"];
    a.extend_from_slice(args);
    t.json(&a)
}

#[test]
fn deltas_sets_and_their_refusals() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    assert_eq!(report(&t, &["acme", "exports", "2"])["currentUsage"], "2");
    assert_eq!(
        report(&t, &["acme", "exports", "1.5"])["currentUsage"],
        "3.5"
    );
    assert_eq!(
        report(&t, &["acme", "exports", "-0.5"])["currentUsage"],
        "3"
    );
    assert_eq!(
        report(&t, &["acme", "exports", "1", "--set"])["currentUsage"],
        "1"
    );
    // Below zero: refused, nothing written.
    let before = t.sql("SELECT COUNT(*) FROM usage_reports");
    let e = t.fails(&["usage", "report", "acme", "exports", "-2"], 1);
    assert!(e.contains("below zero"), "{e}");
    t.fails(&["usage", "report", "acme", "exports", "-1", "--set"], 1);
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), before);
    // A feature metered from raw events, an unmetered one, unknown names, bad values.
    let e = t.fails(&["usage", "report", "acme", "api-calls", "1", "--json"], 1);
    assert!(
        e.contains("CannotReportUsageForEntitlementWithMeterError"),
        "{e}"
    );
    t.fails(&["usage", "report", "acme", "projects", "1"], 1);
    t.fails(&["usage", "report", "ghost", "exports", "1"], 3);
    t.fails(&["usage", "report", "acme", "ghost", "1"], 3);
    for bad in ["1,5", "NaN", "1e999", "--", "abc"] {
        t.fails(&["usage", "report", "acme", "exports", bad], 2);
    }
    t.fails(
        &[
            "usage",
            "report",
            "acme",
            "exports",
            "1",
            "--at",
            "2026-06-01T00:00:00Z",
        ],
        2,
    );
    t.fails(
        &[
            "usage",
            "report",
            "acme",
            "exports",
            "1",
            "--at",
            "2026-01-01T00:00:00",
        ],
        2,
    );
}

#[test]
fn an_idempotency_key_makes_retries_safe() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    let first = report(&t, &["acme", "exports", "2", "--idempotency-key", "k1"]);
    assert_eq!(first["duplicate"], false);
    let again = report(&t, &["acme", "exports", "2", "--idempotency-key", "k1"]);
    assert_eq!(again["duplicate"], true);
    assert_eq!(again["currentUsage"], "2");
    let e = t.fails(
        &[
            "usage",
            "report",
            "acme",
            "exports",
            "3",
            "--idempotency-key",
            "k1",
            "--json",
        ],
        4,
    );
    assert!(e.contains("IdempotencyKeyReused"), "{e}");
    t.fails(
        &[
            "usage",
            "report",
            "acme",
            "exports",
            "2",
            "--idempotency-key",
            "k1",
            "--dimension",
            "region=eu",
        ],
        4,
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM usage_reports"), "1");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'measurement.reported'"),
        "1"
    );
}

#[test]
fn usage_counts_in_its_window_and_resets_with_it() {
    // free: exports 5 a month, reset at the start of the month (calendar months).
    let t = env();
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "exports", "4"]);
    let (code, v) = check(&t, &["acme", "exports"]);
    assert_eq!(code, 0);
    assert_eq!(v["currentUsage"], "4");
    assert_eq!(v["usagePeriodStart"], "2026-01-01T00:00:00Z");
    assert_eq!(v["usagePeriodEnd"], "2026-02-01T00:00:00Z");
    // Requested usage decides against a hard limit.
    assert_eq!(
        check(&t, &["acme", "exports", "--requested-usage", "1"]).0,
        0
    );
    let (code, v) = check(&t, &["acme", "exports", "--requested-usage", "2"]);
    assert_eq!(code, 1);
    assert_eq!(v["accessDeniedReason"], "RequestedUsageExceedingLimit");
    // Next month: a new window.
    t.ok(&["clock", "set", "2026-02-03T00:00:00Z"]);
    let (_, v) = check(&t, &["acme", "exports"]);
    assert_eq!(v["currentUsage"], "0");
    // A late report lands in its own (past) window, not the current one.
    report(
        &t,
        &["acme", "exports", "1", "--at", "2026-01-25T00:00:00Z"],
    );
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "0");
    assert_eq!(
        t.sql("SELECT value FROM usage_windows WHERE feature_id = 'exports' ORDER BY window_start"),
        "5"
    );
}

#[test]
fn crossing_the_limit_is_signalled_once_per_window_and_soft_limits_let_it_pass() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "exports", "6"]);
    report(&t, &["acme", "exports", "1"]);
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'entitlement.usage_exceeded'"),
        "1"
    );
    let payload = t.sql("SELECT payload FROM events WHERE type = 'entitlement.usage_exceeded'");
    let p: Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(p["usageLimit"], "5");
    assert_eq!(p["currentUsage"], "6");
    assert_eq!(check(&t, &["acme", "exports"]).0, 1);
    // Reporting is never refused for being over the limit; the check is the gate. A soft limit
    // (pro's ai-completions) lets it pass.
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    report(&t, &["acme", "ai-completions", "6000"]);
    let (code, v) = check(&t, &["acme", "ai-completions"]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["hasSoftLimit"], true);
    assert_eq!(v["currentUsage"], "6000");
}

#[test]
fn fluctuating_features_are_levels() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "seats", "2"]);
    report(&t, &["acme", "seats", "1"]);
    report(&t, &["acme", "seats", "-2"]);
    let (_, v) = check(&t, &["acme", "seats"]);
    assert_eq!(v["currentUsage"], "1");
    assert_eq!(v["usagePeriodStart"], Value::Null);
    report(&t, &["acme", "seats", "2", "--set"]);
    t.ok(&["clock", "advance", "3mo"]);
    assert_eq!(check(&t, &["acme", "seats"]).1["currentUsage"], "2");
    // usage show lists every metered feature with its usage.
    let rows = t.json(&["usage", "show", "acme"]);
    let seats = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["featureId"] == "seats")
        .unwrap()
        .clone();
    assert_eq!(seats["currentUsage"], "2");
}

#[test]
fn a_what_if_check_sees_the_next_window_without_committing() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "exports", "3"]);
    let o = t.run(&[
        "--now",
        "2026-03-05T00:00:00Z",
        "entitlement",
        "check",
        "acme",
        "exports",
        "--json",
    ]);
    let v: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["currentUsage"], "0");
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "3");
}

#[test]
fn usage_records_are_append_only() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "exports", "3"]);
    let conn = rusqlite::Connection::open(t.path().join("home/development.db")).unwrap();
    assert!(
        conn.execute("UPDATE usage_reports SET value = '0'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM usage_reports", []).is_err());
}

#[test]
fn history_shows_each_bucket_with_resets_and_groups() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(&t, &["acme", "exports", "2", "--dimension", "kind=pdf"]);
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    report(&t, &["acme", "exports", "1", "--dimension", "kind=csv"]);
    t.ok(&["clock", "set", "2026-02-03T00:00:00Z"]);
    report(&t, &["acme", "exports", "4", "--dimension", "kind=pdf"]);
    let h = t.json(&[
        "usage",
        "history",
        "acme",
        "exports",
        "--from",
        "2026-01-01T00:00:00Z",
        "--bucket",
        "month",
    ]);
    let points: Vec<(String, String, bool)> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["timestamp"].as_str().unwrap().to_string(),
                p["value"].as_str().unwrap().to_string(),
                p["isResetPoint"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        points,
        vec![
            ("2026-01-01T00:00:00Z".into(), "3".into(), false),
            ("2026-02-01T00:00:00Z".into(), "4".into(), true),
        ]
    );
    let g = t.json(&[
        "usage",
        "history",
        "acme",
        "exports",
        "--from",
        "2026-01-01T00:00:00Z",
        "--bucket",
        "month",
        "--group-by",
        "kind",
    ]);
    let pdf: Vec<&str> = g
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["group"] == "pdf")
        .map(|p| p["value"].as_str().unwrap())
        .collect();
    assert_eq!(pdf, vec!["2", "4"]);
    // The key is trimmed, as `--dimension` trims it; an empty one is refused.
    let history = |key: &str| {
        vec![
            "usage".to_string(),
            "history".into(),
            "acme".into(),
            "exports".into(),
            "--from".into(),
            "2026-01-01T00:00:00Z".into(),
            "--bucket".into(),
            "month".into(),
            "--group-by".into(),
            key.into(),
        ]
    };
    let args = history(" kind ");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(t.json(&args), g);
    let args = history(" ");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let e = t.fails(&args, 2);
    assert!(e.contains("--group-by"), "{e}");
    // A key no record has (a typo) is answered, with a warning.
    let args = history("knid");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = t.run(&args);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("no record of the period has dimension 'knid'"),
        "{}",
        o.stderr
    );
    let args = history("kind");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert!(!t.run(&args).stderr.contains("no record"));
    t.fails(
        &[
            "usage",
            "history",
            "acme",
            "exports",
            "--from",
            "2020-01-01T00:00:00Z",
            "--bucket",
            "hour",
        ],
        2,
    );
}

/// `--group-by` series are each group's share of the window: they add up to its value at every
/// point — a `--set` in one group sets the whole window (the other groups' shares are 0 from
/// then on) and a negative delta shows in its own group's series (not clamped at 0).
#[test]
fn grouped_history_shares_add_up_to_the_window() {
    let t = env();
    t.ok(&["clock", "set", "2026-01-20T04:00:00Z"]);
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    for args in [
        &["acme", "exports", "3", "--dimension", "region=eu"][..],
        &["acme", "exports", "4", "--dimension", "region=us"],
        &["acme", "exports", "5"],
        &["acme", "exports", "2", "--set", "--dimension", "region=eu"],
        &["acme", "exports", "-1", "--dimension", "region=us"],
        &["acme", "exports", "10"],
    ] {
        report(&t, args);
    }
    t.ok(&[
        "usage",
        "report",
        "acme",
        "exports",
        "--dimension",
        "region=jp",
        "--",
        "-4",
    ]);
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "7");
    let history = |group: bool| {
        let mut a = vec![
            "usage",
            "history",
            "acme",
            "exports",
            "--from",
            "2026-01-20T04:00:00Z",
            "--bucket",
            "hour",
        ];
        if group {
            a.extend(["--group-by", "region"]);
        }
        let mut v: Vec<(String, String)> = t
            .json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["group"].as_str().unwrap_or("-").to_string(),
                    p["value"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(history(false), vec![("-".into(), "7".into())]);
    let shares = history(true);
    assert_eq!(
        shares,
        vec![
            ("".into(), "10".into()),
            ("eu".into(), "2".into()),
            ("jp".into(), "-4".into()),
            ("us".into(), "-1".into()),
        ]
    );
}

#[test]
fn usage_before_the_subscription_started_counts_for_no_subscription() {
    let t = env();
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    report(
        &t,
        &["acme", "exports", "2", "--at", "2026-01-05T00:00:00Z"],
    );
    report(&t, &["acme", "exports", "1"]);
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "1");
    t.write(
        "ev.csv",
        "customerId,eventName,timestamp,idempotencyKey\nacme,api.request,2026-01-02T00:00:00Z,early\nacme,api.request,,now\n",
    );
    t.ok(&["usage", "import", "ev.csv"]);
    assert_eq!(check(&t, &["acme", "api-calls"]).1["currentUsage"], "1");
    assert_eq!(t.json(&["usage", "recalculate"]), serde_json::json!([]));
}

#[test]
fn a_plan_change_carries_usage_over_unless_the_product_resets_it() {
    for (rule, want) in [("never", "10"), ("always", "0")] {
        let t = env();
        t.ok(&["product", "update", "app", "--usage-reset-on-change", rule]);
        t.ok(&["customer", "create", "acme", "--plan", "free"]);
        t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
        // ai-completions: monthly windows from the subscription's start (Jan 1).
        report(&t, &["acme", "ai-completions", "10"]);
        t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
        t.ok(&[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--skip-trial",
        ]);
        let (_, v) = check(&t, &["acme", "ai-completions"]);
        assert_eq!(v["currentUsage"], want, "{rule}: {v}");
        if rule == "never" {
            assert_eq!(v["usagePeriodStart"], "2026-01-01T00:00:00Z", "{v}");
        } else {
            assert_eq!(v["usagePeriodStart"], "2026-01-10T00:00:00Z", "{v}");
        }
        assert_eq!(
            t.json(&["usage", "recalculate"]),
            serde_json::json!([]),
            "{rule}"
        );
        // History marks the change's reset as a subscription change, the period's rollover
        // (Feb 1 with the carried windows, Feb 10 with the new ones) as periodic.
        t.ok(&["clock", "set", "2026-02-15T00:00:00Z"]);
        let h = t.json(&[
            "usage",
            "history",
            "acme",
            "ai-completions",
            "--from",
            "2026-01-01T00:00:00Z",
            "--bucket",
            "day",
        ]);
        let marks: Vec<(String, String)> = h
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["isResetPoint"] == true)
            .map(|p| {
                (
                    p["timestamp"].as_str().unwrap()[..10].to_string(),
                    p["marker"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let m = |d: &str, k: &str| (d.to_string(), k.to_string());
        if rule == "never" {
            assert_eq!(marks, [m("2026-02-01", "PERIODIC_RESET")], "{rule}");
        } else {
            assert_eq!(
                marks,
                [
                    m("2026-01-10", "SUBSCRIPTION_CHANGE_RESET"),
                    m("2026-02-10", "PERIODIC_RESET")
                ],
                "{rule}"
            );
        }
    }
}

/// A subscription that starts midway through a start-of-month period counts usage from its
/// start, but every output shows the period whole, as `entitlement check` does.
#[test]
fn a_period_opened_midway_is_shown_whole_by_reports_checks_show_and_history() {
    let t = env();
    t.ok(&["clock", "set", "2026-01-10T00:00:00Z"]);
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
    ]);
    let r = report(&t, &["acme", "exports", "3"]);
    let (_, c) = check(&t, &["acme", "exports"]);
    assert_eq!(c["usagePeriodStart"], "2026-01-01T00:00:00Z", "{c}");
    assert_eq!(r["usagePeriodStart"], c["usagePeriodStart"], "{r}");
    assert_eq!(r["usagePeriodEnd"], c["usagePeriodEnd"], "{r}");
    assert_eq!(r["currentUsage"], "3");
    // A repeated report (a duplicate) answers alike.
    t.ok(&[
        "usage",
        "report",
        "acme",
        "exports",
        "1",
        "--idempotency-key",
        "k",
    ]);
    let d = report(&t, &["acme", "exports", "1", "--idempotency-key", "k"]);
    assert_eq!(d["duplicate"], true);
    assert_eq!(d["usagePeriodStart"], c["usagePeriodStart"], "{d}");
    let show = t.json(&["usage", "show", "acme"]);
    let row = show
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["featureId"] == "exports")
        .unwrap();
    assert_eq!(row["usagePeriodStart"], c["usagePeriodStart"], "{row}");
    let history = t.json(&["usage", "history", "acme", "exports"]);
    let last = history.as_array().unwrap().last().unwrap();
    assert_eq!(last["usagePeriodStart"], c["usagePeriodStart"], "{last}");
    // Usage before the subscription started counts for none (and shows no period).
    let early = report(
        &t,
        &["acme", "exports", "2", "--at", "2026-01-05T00:00:00Z"],
    );
    assert_eq!(early["usagePeriodStart"], Value::Null, "{early}");
    let (_, c) = check(&t, &["acme", "exports"]);
    assert_eq!(c["currentUsage"], "4", "{c}");
}

/// Usage at an instant no entitlement covers (a customer without a subscription, a time before
/// the subscription started) is stored and counts for none: the report says so and shows 0,
/// as `entitlement check`, `usage show` and the history's bucket holding now do (the report
/// answered the running total of such records, and the history showed it).
#[test]
fn usage_no_entitlement_covers_is_stored_shown_as_zero_and_warned_about() {
    let t = env(); // 2026-01-01
    t.write("c.csv", "customerId,name\nbare,Bare\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.ok(&["clock", "set", "2026-01-01T12:00:00Z"]);
    for v in ["3", "4"] {
        let out = t.run(&["--json", "usage", "report", "bare", "exports", v]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains("counts for no subscription"),
            "{}",
            out.stderr
        );
        let r: Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(r["currentUsage"], "0", "{r}");
    }
    let h = t.json(&[
        "usage",
        "history",
        "bare",
        "exports",
        "--bucket",
        "hour",
        "--from",
        "2026-01-01T10:00:00Z",
    ]);
    let last = h.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["value"], "0", "{h}");
    assert_eq!(check(&t, &["bare", "exports"]).1["currentUsage"], "0");
    // A raw event no entitlement covers: the same (it answered the running total, unwarned).
    for key in ["e1", "e2"] {
        let r = t.json(&[
            "event",
            "report",
            "bare",
            "api.request",
            "--idempotency-key",
            key,
        ]);
        let f = r["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["featureId"] == "api-calls")
            .unwrap_or_else(|| panic!("{r}"))
            .clone();
        assert_eq!(f["currentUsage"], "0", "{r}");
        assert!(
            r["warnings"]
                .to_string()
                .contains("counts for no subscription"),
            "{r}"
        );
    }
    // Before the subscription started: the same.
    t.ok(&["customer", "create", "acme"]); // free, from 12:00
    let out = t.run(&[
        "--json",
        "usage",
        "report",
        "acme",
        "exports",
        "4",
        "--at",
        "2026-01-01T11:00:00Z",
    ]);
    assert!(
        out.stderr.contains("counts for no subscription"),
        "{}",
        out.stderr
    );
    let r: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(r["currentUsage"], "0", "{r}");
    let r = report(&t, &["acme", "exports", "1"]);
    assert_eq!(r["currentUsage"], "1", "{r}");
    let out = t.run(&["usage", "report", "acme", "exports", "1"]);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
    assert_eq!(check(&t, &["acme", "exports"]).1["currentUsage"], "2");
}

/// An explicit `--to T` of `usage history` excludes what was recorded at `T` whether or not `T`
/// is now: the same question asked later gives the same answer (a `--to` equal to now included
/// it, and the answer changed once the clock moved on). Without `--to`, what was recorded at
/// now is in.
#[test]
fn history_to_an_instant_is_the_same_before_and_after_the_clock_passes_it() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&["clock", "set", "2026-01-01T05:30:00Z"]);
    t.ok(&["usage", "report", "acme", "exports", "3"]);
    let at = |to: Option<&str>| {
        let mut a = vec![
            "usage",
            "history",
            "acme",
            "exports",
            "--from",
            "2026-01-01T05:00:00Z",
            "--bucket",
            "hour",
        ];
        if let Some(to) = to {
            a.extend(["--to", to]);
        }
        let v = t.json(&a);
        v.as_array().unwrap().last().unwrap()["value"].clone()
    };
    assert_eq!(at(None), "3");
    let now = at(Some("2026-01-01T05:30:00Z"));
    t.ok(&["clock", "set", "2026-01-01T08:00:00Z"]);
    let later = at(Some("2026-01-01T05:30:00Z"));
    assert_eq!(now, later);
    assert_eq!(at(Some("2026-01-01T05:30:00.000001Z")), "3");
}

/// Summed usage prints without the scale the sum keeps, as credits do: 0.5 + 0.5 is `1`, not
/// `1.0` — in the report's answer, checks, `usage show`, history and the crossing's event.
#[test]
fn summed_usage_prints_without_trailing_zeros() {
    let t = env();
    t.ok(&["customer", "create", "acme", "--plan", "free"]);
    t.ok(&["usage", "report", "acme", "exports", "0.5"]);
    let v = t.json(&["usage", "report", "acme", "exports", "0.50"]);
    assert_eq!(v["currentUsage"], "1", "{v}");
    let (_, c) = check(&t, &["acme", "exports"]);
    assert_eq!(c["currentUsage"], "1", "{c}");
    let limit: rust_decimal::Decimal = c["usageLimit"].as_str().unwrap().parse().unwrap();
    let over = format!("{}.000", limit);
    let v = t.json(&["usage", "report", "acme", "exports", &over]);
    let usage = v["currentUsage"].as_str().unwrap();
    assert!(!usage.ends_with(".0") && !usage.contains(".000"), "{v}");
    let shown = t.ok(&["usage", "show", "acme"]);
    assert!(!shown.contains(".000"), "{shown}");
    let h = t.json(&["usage", "history", "acme", "exports"]);
    assert!(!h.to_string().contains(".000\""), "{h}");
    let ev = t.sql(
        "SELECT json_extract(payload, '$.currentUsage') FROM events
         WHERE type = 'entitlement.usage_exceeded'",
    );
    assert_eq!(ev, usage, "{ev}");
}
