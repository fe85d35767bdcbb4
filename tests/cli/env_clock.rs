//! Environments and the clock.

use crate::helpers::TestEnv;

#[test]
fn env_verbs() {
    let t = TestEnv::new();
    insta::assert_snapshot!(
        "env_create",
        t.ok(&["env", "create", "staging", "--type", "sandbox"])
    );
    t.ok(&["env", "create", "prod", "--type", "production"]);
    t.ok(&["feature", "list"]); // first use creates the default environment
    insta::assert_snapshot!("env_list", t.ok(&["env", "list"]));
    insta::assert_snapshot!("env_show", t.ok(&["-e", "staging", "env", "show"]));
    let e = t.fails(&["env", "create", "staging"], 4);
    assert!(e.contains("already exists"), "{e}");
    let e = t.fails(&["-e", "qa", "feature", "list"], 3);
    insta::assert_snapshot!("env_unknown", e);
    // Deleting needs confirmation; stdin is not a terminal here.
    let e = t.fails(&["env", "delete", "staging"], 2);
    assert!(e.contains("pass --yes"), "{e}");
    t.ok(&["env", "delete", "staging", "--yes"]);
    assert!(!t.path().join("home/staging.db").exists());
    t.fails(&["env", "delete", "staging", "--yes"], 3);
    t.fails(&["env", "create", "bad name"], 2);
    t.ok(&["env", "rotate-signing-secret"]);
}

#[test]
fn promote_copies_the_catalog_only() {
    let t = TestEnv::with_starter();
    t.ok(&["env", "create", "prod", "--type", "production"]);
    let dry = t.exits(
        &[
            "env",
            "promote",
            "--from",
            "development",
            "--to",
            "prod",
            "--dry-run",
        ],
        1,
    );
    assert!(dry.contains("Would apply 20 changes"), "{dry}");
    assert!(t.ok(&["-e", "prod", "plan", "list"]).contains("(none)"));
    // Production asks for confirmation.
    t.fails(
        &["env", "promote", "--from", "development", "--to", "prod"],
        2,
    );
    t.ok(&[
        "env",
        "promote",
        "--from",
        "development",
        "--to",
        "prod",
        "--yes",
    ]);
    assert_eq!(
        t.ok(&["-e", "prod", "catalog", "export"]),
        t.ok(&["catalog", "export"])
    );
    let again = t.ok(&[
        "env",
        "promote",
        "--from",
        "development",
        "--to",
        "prod",
        "--yes",
    ]);
    assert!(again.starts_with("No changes"), "{again}");
    t.fails(&["env", "promote", "--from", "nope", "--to", "prod"], 3);
}

#[test]
fn clock_freezes_advances_and_refuses_going_back() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-03-01T09:00:00Z"]);
    insta::assert_snapshot!("clock_show_frozen", t.ok(&["clock", "show"]));
    let j = t.json(&["clock", "advance", "1mo"]);
    assert_eq!(j["now"], "2026-04-01T09:00:00Z");
    assert_eq!(
        t.json(&["clock", "advance", "36h"])["now"],
        "2026-04-02T21:00:00Z"
    );
    // Writes use the frozen clock.
    t.ok(&["feature", "create", "sso", "--type", "boolean"]);
    assert_eq!(
        t.json(&["feature", "show", "sso"])["createdAt"],
        "2026-04-02T21:00:00Z"
    );
    // A write earlier than what was processed is refused, naming both instants.
    let e = t.fails(
        &[
            "--now",
            "2026-01-01T00:00:00Z",
            "feature",
            "create",
            "x",
            "--type",
            "boolean",
        ],
        1,
    );
    insta::assert_snapshot!("clock_backwards", e);
    // Reads may look back.
    t.ok(&["--now", "2026-01-01T00:00:00Z", "feature", "list"]);
    let e = t.fails(&["clock", "set", "2026-01-01T00:00:00Z"], 1);
    assert!(
        e.contains("clock set 2026-01-01T00:00:00Z: the environment has already processed")
            && !e.contains("--now"),
        "the refusal speaks of the command given: {e}"
    );
    t.fails(&["clock", "advance", "0d"], 2);
    t.fails(&["clock", "advance", "3 weeks"], 2);
    t.fails(&["clock", "set", "2026-05-01T00:00:00"], 2);
    // A --now given to unfreeze is said to be ignored (it goes back to the system clock).
    let o = t.run(&["--now", "2026-01-01T00:00:00Z", "clock", "unfreeze"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("is ignored here"), "{}", o.stderr);
    let j = t.json(&["clock", "unfreeze"]);
    assert_eq!(j["frozen"], false);
    assert_eq!(t.json(&["clock", "show"])["source"], "system");
}

#[test]
fn production_refuses_the_test_clock_and_confirms_changes() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "prod", "--type", "production"]);
    let e = t.fails(&["-e", "prod", "clock", "advance", "1d"], 1);
    assert!(e.contains("PRODUCTION"), "{e}");
    let f = t.catalog("saas-starter.yaml");
    t.fails(&["-e", "prod", "catalog", "apply", &f], 2);
    t.exits(&["-e", "prod", "catalog", "apply", &f, "--dry-run"], 1);
    t.ok(&["-e", "prod", "catalog", "apply", &f, "--yes"]);
    t.fails(&["-e", "prod", "plan", "archive", "enterprise"], 2);
    // Every destructive verb asks first (without a terminal: --yes), and nothing is changed.
    t.ok(&["-e", "prod", "customer", "create", "c"]);
    t.ok(&[
        "-e",
        "prod",
        "entitlement",
        "grant",
        "c",
        "sso",
        "--period",
        "lifetime",
    ]);
    let grant = t.json(&[
        "-e",
        "prod",
        "credit",
        "grant",
        "c",
        "--currency",
        "ai-credits",
        "--amount",
        "5",
    ]);
    let grant = grant["grantId"].as_str().unwrap().to_string();
    let subs = t.json(&["-e", "prod", "subscription", "list", "--customer", "c"]);
    let sub = subs[0]["subscriptionId"].as_str().unwrap().to_string();
    t.ok(&["-e", "prod", "plan", "draft", "pro"]);
    for args in [
        vec!["credit", "void", grant.as_str()],
        vec!["entitlement", "revoke", "c", "sso"],
        // (On the free plan, the product's default cancellation ends it now.)
        vec!["subscription", "cancel", sub.as_str()],
        vec!["plan", "discard-draft", "pro"],
        vec!["env", "rotate-signing-secret"],
    ] {
        let mut a = vec!["-e", "prod"];
        a.extend(args.iter().copied());
        let e = t.fails(&a, 2);
        assert!(e.contains("confirmation needed"), "{a:?}: {e}");
        a.push("--yes");
        t.ok(&a);
    }
}

#[test]
fn now_must_carry_a_zone() {
    let t = TestEnv::new();
    let e = t.fails(&["--now", "2026-01-01T00:00:00", "feature", "list"], 2);
    assert!(e.contains("has no time zone"), "{e}");
    let e = t.fails(&["--now", "soon", "feature", "list"], 2);
    assert!(e.contains("not an RFC 3339 instant"), "{e}");
}

#[test]
fn output_formats() {
    let t = TestEnv::with_starter();
    insta::assert_snapshot!("feature_list_csv", t.ok(&["feature", "list", "-o", "csv"]));
    insta::assert_snapshot!(
        "coupon_show_yaml",
        t.ok(&["coupon", "show", "launch20", "--format", "yaml"])
    );
    let e = t.fails(&["feature", "list", "-o", "xml"], 2);
    assert!(e.contains("invalid --format 'xml'"), "{e}");
    // JSON lines: a list one compact item per line (streamed or not), one object one line,
    // errors as with --json (it printed the pretty JSON document in their place).
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&t.ok(&["feature", "list", "--json"])).unwrap();
    for args in [
        &["feature", "list", "--format", "jsonl"][..],
        &["events", "list", "-o", "jsonl"],
        &["plan", "list", "--format=JSONL"],
    ] {
        let out = t.ok(args);
        assert!(!out.is_empty() && out.ends_with('\n'), "{args:?}");
        for line in out.lines() {
            assert!(
                serde_json::from_str::<serde_json::Value>(line)
                    .unwrap()
                    .is_object(),
                "{args:?}: {line}"
            );
        }
    }
    let lines = t.ok(&["feature", "list", "--format", "jsonl"]);
    let parsed: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(parsed, list);
    let one = t.ok(&["coupon", "show", "launch20", "--format", "jsonl"]);
    assert_eq!(one.lines().count(), 1, "{one}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&one).unwrap(),
        t.json(&["coupon", "show", "launch20"])
    );
    let e = t.fails(&["coupon", "show", "nope", "--format", "jsonl"], 3);
    assert!(
        e.starts_with("{\"error\":{\"code\":\"CouponNotFound\""),
        "{e}"
    );
    assert_eq!(t.ok(&["customer", "list", "--format", "jsonl"]), "");
}

/// `--now T clock set T` (the README's form) commits the transitions due by T: it says nothing
/// of a what-if answer rolled back (its check of the processed mark had read ahead at T).
#[test]
fn clock_set_at_its_own_now_commits_without_a_what_if_note() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let o = t.run(&[
        "--now",
        "2026-03-01T00:00:00Z",
        "clock",
        "set",
        "2026-03-01T00:00:00Z",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("what-if"), "{}", o.stderr);
    assert_eq!(
        t.json(&["clock", "show"])["processedUntil"],
        "2026-03-01T00:00:00Z"
    );
    // A read at a later --now is still a what-if, and says so.
    let o = t.run(&["--now", "2026-05-01T00:00:00Z", "subscription", "list"]);
    assert!(o.stderr.contains("what-if"), "{}", o.stderr);
}

/// An environment name is at most 248 characters: its file's write-ahead log `NAME.db-wal`
/// must be a valid file name (a longer name made a file that could never be written); `env
/// list` on a home that is not a directory says so (exit 78) rather than listing nothing.
#[test]
fn environment_names_fit_their_files_and_an_unusable_home_is_said() {
    let t = TestEnv::new();
    let longest = "e".repeat(248);
    t.ok(&["env", "create", &longest]);
    t.ok(&["-e", &longest, "customer", "create", "c1"]);
    let e = t.fails(&["env", "create", &"e".repeat(249)], 2);
    assert!(e.contains("at most 248"), "{e}");
    t.write("not-a-dir", "x");
    let o = t.run(&["--home", "not-a-dir", "env", "list"]);
    assert_eq!(o.code, 78, "{}{}", o.stdout, o.stderr);
    let o = t.run(&["--home", "nowhere-yet", "env", "list"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
}

/// `-e NAME` and `--db PATH` on one command line is a usage error (one of them was ignored: a
/// write landed in the other file); a flag beats a variable either way, so `-e NAME` with
/// STIGG_DB set writes NAME and `--db PATH` with STIGG_ENV set writes PATH.
#[test]
fn an_environment_is_named_one_way() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "prod"]);
    for args in [
        &["-e", "prod", "--db", "x.db", "customer", "create", "c1"][..],
        &["customer", "create", "c1", "--db=x.db", "--env=prod"],
        &["--db", "x.db", "entitlement", "check", "c1", "f", "-eprod"],
    ] {
        let e = t.fails(args, 2);
        assert!(e.contains("-e/--env and --db"), "{args:?}: {e}");
    }
    let o = t.run(&["--json", "-e", "prod", "--db", "x.db", "customer", "list"]);
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("\"ArgumentConflict\""), "{}", o.stderr);
    assert!(!t.path().join("x.db").exists());
    assert!(
        t.json(&["-e", "prod", "customer", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    let mut c = t.command(&["-e", "prod", "customer", "create", "in-prod"]);
    c.env("STIGG_DB", "x.db");
    assert!(c.status().unwrap().success());
    assert!(!t.path().join("x.db").exists(), "STIGG_DB beat -e");
    let mut c = t.command(&["--db", "y.db", "customer", "create", "in-y"]);
    c.env("STIGG_ENV", "prod");
    assert!(c.status().unwrap().success());
    let ids = |args: &[&str]| t.ok(args);
    assert!(ids(&["-e", "prod", "customer", "list"]).contains("in-prod"));
    assert!(!ids(&["-e", "prod", "customer", "list"]).contains("in-y"));
    assert!(ids(&["--db", "y.db", "customer", "list"]).contains("in-y"));
    // Completions read the environment the line names the same way.
    let mut c = t.command(&["__complete", "customers", "--", "-e", "prod"]);
    c.env("STIGG_DB", "y.db");
    let out = String::from_utf8(c.output().unwrap().stdout).unwrap();
    assert!(out.contains("in-prod") && !out.contains("in-y"), "{out}");
    // Both typed: the line is refused, so nothing completes.
    let o = t.run(&[
        "__complete",
        "customers",
        "--",
        "-e",
        "prod",
        "--db",
        "y.db",
        "customer",
        "show",
    ]);
    assert_eq!((o.code, o.stdout.as_str()), (0, ""));
}

/// Concurrent `clock advance`s each step from where the one before left the frozen clock (it
/// was read before the write lock: advances were lost, or refused as going backwards).
#[test]
fn concurrent_clock_advances_all_count() {
    let mut t = TestEnv::new();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    let kids: Vec<_> = (0..8)
        .map(|_| {
            t.command(&["clock", "advance", "1d"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for k in kids {
        let o = k.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(t.json(&["clock", "show"])["now"], "2026-01-09T00:00:00Z");
    // `from` is where the advance stepped from; an explicit --now steps from it.
    let j = t.json(&["clock", "advance", "1h"]);
    assert_eq!(
        (j["from"].as_str(), j["now"].as_str()),
        (Some("2026-01-09T00:00:00Z"), Some("2026-01-09T01:00:00Z"))
    );
    let j = t.json(&["--now", "2026-02-01T00:00:00Z", "clock", "advance", "1d"]);
    assert_eq!(j["now"], "2026-02-02T00:00:00Z");
}

/// `events export` is the replica feed, the committed log: at a `--now` whose transitions are
/// not processed yet it is refused (it printed the what-if's events, which never exist and
/// whose ids later events get).
#[test]
fn events_export_never_writes_a_what_if() {
    let t = TestEnv::with_starter();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let e = t.fails(&["--now", "2026-06-01T00:00:00Z", "events", "export"], 2);
    assert!(e.contains("committed log"), "{e}");
    let e = t.fails(&["--now", "2026-06-01T00:00:00Z", "events", "list"], 2);
    assert!(e.contains("committed log"), "{e}");
    let all = t.ok(&["events", "export"]);
    assert!(!all.is_empty());
    // Nothing due by then: a plain read.
    assert_eq!(
        t.ok(&["--now", "2026-01-02T00:00:00Z", "events", "export"]),
        all
    );
}

/// `env list` names a `.db` file that is no usable environment with `environmentType` null and
/// the reason in `unusable` (it printed "unusable: …" as the type, not an EnvironmentType).
#[test]
fn env_list_keeps_the_type_field_to_stiggs_values() {
    let t = TestEnv::new();
    t.ok(&["env", "create", "prod", "--type", "production"]);
    t.write("home/foreign.db", "not a database");
    let list = t.json(&["env", "list"]);
    let row = |n: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(row("prod")["environmentType"], "PRODUCTION");
    assert!(row("prod").get("unusable").is_none());
    assert_eq!(row("foreign")["environmentType"], serde_json::Value::Null);
    assert_eq!(row("foreign")["unusable"], "NotAStiggDatabase");
    // A damaged processed mark: every command exits 78, and the list says so.
    t.ok(&["env", "create", "dmg"]);
    t.ok(&["-e", "dmg", "customer", "create", "c"]);
    let conn = rusqlite::Connection::open(t.path().join("home/dmg.db")).unwrap();
    conn.execute(
        "UPDATE meta SET value = 'x' WHERE key = 'processed_until'",
        [],
    )
    .unwrap();
    drop(conn);
    t.fails(&["-e", "dmg", "customer", "list"], 78);
    let list = t.json(&["env", "list"]);
    let dmg = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "dmg")
        .unwrap();
    assert_eq!(dmg["unusable"], "DatabaseDamaged", "{dmg}");
    assert!(
        t.ok(&["env", "list"])
            .contains("unusable: NotAStiggDatabase")
    );
}

/// `env list` is in name order (file names sorted `a-b.db` before `a.db`).
#[test]
fn env_list_is_in_name_order() {
    let t = TestEnv::new();
    for e in ["ab", "a_b", "a-b", "a"] {
        t.ok(&["env", "create", e]);
    }
    let list = t.json(&["env", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a", "a-b", "a_b", "ab"]);
}

/// `clock show` tells `--now` from `STIGG_NOW` (both were `flag`).
#[test]
fn clock_show_names_where_now_came_from() {
    let mut t = TestEnv::new();
    t.now = Some("2026-01-01T00:00:00Z".into());
    t.ok(&["env", "create", "development"]);
    assert_eq!(t.json(&["clock", "show"])["source"], "env");
    let flag = t.json(&["--now", "2026-01-02T00:00:00Z", "clock", "show"]);
    assert_eq!(flag["source"], "flag");
    let flag = t.json(&["--now=2026-01-02T00:00:00Z", "clock", "show"]);
    assert_eq!(flag["source"], "flag");
    t.now = None;
    assert_eq!(t.json(&["clock", "show"])["source"], "system");
    t.ok(&["clock", "set", "2026-01-03T00:00:00Z"]);
    assert_eq!(t.json(&["clock", "show"])["source"], "frozen");
}
