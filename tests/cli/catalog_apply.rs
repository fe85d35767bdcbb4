//! `catalog apply|diff|validate|export`: idempotence, versions, round trips and YAML errors.

use crate::helpers::TestEnv;

#[test]
fn apply_starter_catalog_then_again_is_a_no_op() {
    let t = TestEnv::new();
    let f = t.catalog("saas-starter.yaml");
    insta::assert_snapshot!("apply_starter_first", t.ok(&["catalog", "apply", &f]));
    insta::assert_snapshot!("apply_starter_second", t.ok(&["catalog", "apply", &f]));
    let j = t.json(&["catalog", "apply", &f]);
    assert_eq!(j["changed"], false);
    assert_eq!(j["unchanged"], 20);
}

#[test]
fn dry_run_and_diff_write_nothing() {
    let t = TestEnv::new();
    let f = t.catalog("saas-starter.yaml");
    // A dry run that would change something answers 1, like diff.
    let out = t.exits(&["catalog", "apply", &f, "--dry-run"], 1);
    assert!(out.contains("Would apply 20 changes"), "{out}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM features"), "0");
    assert_eq!(t.sql("SELECT COUNT(*) FROM events"), "0");
    // diff: exit 1 while something would change, 0 once applied.
    let o = t.run(&["catalog", "diff", &f]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stderr, "");
    t.ok(&["catalog", "apply", &f]);
    t.ok(&["catalog", "diff", &f]);
    // A file the apply would refuse by a rule is not "changes pending": diff and dry run say
    // it is bad input (65) with the rule's code; the apply itself answers the rule's no (1).
    let text = std::fs::read_to_string(t.path().join(&f)).unwrap();
    t.write(
        "bad.yaml",
        &text.replace("percentOff: 20", "percentOff: 25"),
    );
    for args in [
        &["catalog", "diff", "bad.yaml"][..],
        &["catalog", "diff", "bad.yaml", "--impact"],
        &["catalog", "apply", "bad.yaml", "--dry-run"],
    ] {
        let e = t.fails(args, 65);
        assert!(
            e.contains("immutable") && e.contains("would refuse"),
            "{args:?}: {e}"
        );
    }
    let e = t.fails(&["catalog", "apply", "bad.yaml"], 1);
    assert!(e.contains("immutable"), "{e}");
    // So does a promotion's dry run into an environment whose coupon differs.
    t.ok(&["env", "create", "sb"]);
    t.ok(&["-e", "sb", "catalog", "apply", "bad.yaml"]);
    let e = t.fails(
        &[
            "env",
            "promote",
            "--from",
            "development",
            "--to",
            "sb",
            "--dry-run",
        ],
        65,
    );
    assert!(e.contains("immutable") && e.contains("would refuse"), "{e}");
    t.fails(
        &["env", "promote", "--from", "development", "--to", "sb"],
        1,
    );
    // A refusal of the clock is about the environment, not the file: still exit 1.
    let e = t.fails(
        &[
            "--now",
            "2000-01-01T00:00:00Z",
            "catalog",
            "diff",
            "bad.yaml",
        ],
        1,
    );
    assert!(e.contains("earlier than the time"), "{e}");
}

#[test]
fn export_round_trips_and_applies_as_a_no_op() {
    let t = TestEnv::with_starter();
    let f = t.catalog("ai-credits.yaml");
    t.ok(&["catalog", "apply", &f]);
    let exported = t.ok(&["catalog", "export"]);
    insta::assert_snapshot!("export_starter_and_ai", exported);
    t.write("exported.yaml", &exported);
    let again = t.ok(&["catalog", "apply", "exported.yaml"]);
    assert!(again.starts_with("No changes"), "{again}");
    // -o FILE on export writes the file.
    t.ok(&["catalog", "export", "-o", "out.yaml"]);
    assert_eq!(
        std::fs::read_to_string(t.path().join("out.yaml")).unwrap(),
        exported
    );
    // A fresh environment fed the export exports the same text.
    t.ok(&["env", "create", "copy"]);
    t.ok(&["-e", "copy", "catalog", "apply", "exported.yaml"]);
    assert_eq!(t.ok(&["-e", "copy", "catalog", "export"]), exported);
}

#[test]
fn changed_package_gets_a_new_version_and_old_versions_stay() {
    let t = TestEnv::with_starter();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    let changed = text.replace("seats: { limit: 25 }", "seats: { limit: 30 }");
    assert_ne!(text, changed);
    t.write("v2.yaml", &changed);
    let out = t.ok(&["catalog", "apply", "v2.yaml", "--migrate", "all-customers"]);
    insta::assert_snapshot!("apply_new_version", out);
    let versions = t.ok(&["plan", "versions", "pro"]);
    assert!(
        versions.contains("v1") && versions.contains("v2") && versions.contains("ALL_CUSTOMERS"),
        "{versions}"
    );
    let v1 = t.json(&["plan", "show", "pro", "--version", "1"]);
    let seats = |v: &serde_json::Value| {
        v["entitlements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["featureId"] == "seats")
            .unwrap()["usageLimit"]
            .clone()
    };
    assert_eq!(seats(&v1), "25");
    let latest = t.json(&["plan", "show", "pro"]);
    assert_eq!(latest["versionNumber"], 2);
    assert_eq!(seats(&latest), "30");
    // The published v2 and the published event are recorded.
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM events WHERE type = 'plan.published' AND entity_id = 'pro'"),
        "2"
    );
    // Same file again: nothing.
    assert!(
        t.ok(&["catalog", "apply", "v2.yaml"])
            .starts_with("No changes")
    );
}

#[test]
fn archive_missing_archives_what_the_files_do_not_declare() {
    let t = TestEnv::with_starter();
    let only_features = "features:\n  - { id: sso, name: Single sign-on, type: boolean }\n";
    t.write("small.yaml", only_features);
    let out = t.exits(
        &[
            "catalog",
            "apply",
            "small.yaml",
            "--archive-missing",
            "--dry-run",
        ],
        1,
    );
    assert!(out.contains("- plan free: archive"), "{out}");
    assert!(out.contains("- product app: archive"), "{out}");
    assert!(!out.contains("feature sso: archive"), "{out}");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM packages WHERE archived_at IS NOT NULL"),
        "0"
    );
}

#[test]
fn drafts_in_yaml_are_kept_as_drafts_and_exported_as_such() {
    let t = TestEnv::with_starter();
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    let with_draft = text.replace(
        "    addons:\n      - id: extra-seats",
        "      - id: team\n        draft: true\n        name: Team (coming soon)\n        pricing: paid\n        prices:\n          - { model: flat, monthly: 29, currency: USD }\n    addons:\n      - id: extra-seats",
    );
    t.write("draft.yaml", &with_draft);
    let out = t.ok(&["catalog", "apply", "draft.yaml"]);
    assert!(out.contains("+ plan team: create draft v1"), "{out}");
    let show = t.json(&["plan", "show", "team"]);
    assert_eq!(show["status"], "DRAFT");
    let exported = t.ok(&["catalog", "export"]);
    assert!(exported.contains("draft: true"), "{exported}");
    t.write("exported.yaml", &exported);
    assert!(
        t.ok(&["catalog", "apply", "exported.yaml"])
            .starts_with("No changes")
    );
}

#[test]
fn open_draft_blocks_a_changed_publication_with_conflict() {
    let t = TestEnv::with_starter();
    t.ok(&["plan", "draft", "pro"]);
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    t.write(
        "v2.yaml",
        &text.replace("seats: { limit: 25 }", "seats: { limit: 30 }"),
    );
    let err = t.fails(&["catalog", "apply", "v2.yaml"], 4);
    insta::assert_snapshot!("apply_draft_conflict", err);
}

#[test]
fn immutable_fields_are_refused_by_apply() {
    let t = TestEnv::with_starter();
    t.write("type.yaml", "features:\n  - { id: sso, type: number }\n");
    let err = t.fails(&["catalog", "apply", "type.yaml"], 1);
    assert!(err.contains("type is fixed at creation"), "{err}");
    t.write(
        "coupon.yaml",
        "coupons:\n  - { id: launch20, name: Launch 20%, percentOff: 25, durationMonths: 3 }\n",
    );
    let err = t.fails(&["catalog", "apply", "coupon.yaml", "--json"], 1);
    assert!(
        err.contains("\"code\":\"CouponDiscountCannotBeChanged\""),
        "{err}"
    );
}

const BAD: &str = r#"features:
  - id: sso
    type: boolean
    nmae: SSO
  - id: seats
    type: number
    meter: fluctuating
  - id: region
    type: enum
    values: [us, eu]
  - id: calls
    type: [number]
products:
  - id: app
    startSetup: { freePlan: nope }
    plans:
      - id: free
        pricing: free
        parent: pro
        entitlements:
          seats: { limit: "1,5" }
          ghost: {}
          region: { values: [mars] }
      - id: pro
        parent: free
        pricing: paid
        prices:
          - { model: flat, monthly: "49.001", currency: USD }
          - { model: credits, feature: seats, currency: nope, formula: "2 * (a + " }
          - model: usage
            feature: seats
            currency: USD
            tiers: [{ upTo: 10, unitPrice: 1 }, { upTo: 5, unitPrice: 2 }]
"#;

#[test]
fn every_yaml_problem_is_reported_with_its_location_and_nothing_is_written() {
    let t = TestEnv::new();
    t.write("bad.yaml", BAD);
    let err = t.fails(&["catalog", "validate", "bad.yaml"], 65);
    insta::assert_snapshot!("validate_bad", err);
    let err2 = t.fails(&["catalog", "apply", "bad.yaml"], 65);
    assert_eq!(err, err2);
    assert_eq!(t.sql("SELECT COUNT(*) FROM features"), "0");
}

#[test]
fn yaml_error_classes_each_exit_65() {
    let t = TestEnv::new();
    let cases = [
        (
            "dup.yaml",
            "features:\n  - id: a\n    type: boolean\n    type: number\n",
            "dup.yaml:4:5: duplicate key 'type'",
        ),
        ("syntax.yaml", "features: [ { id: a\n", "syntax.yaml:"),
        (
            "nan.yaml",
            "features:\n  - { id: n, type: number }\nproducts:\n  - id: p\n    plans:\n      - id: x\n        entitlements: { n: { limit: NaN } }\n",
            "'NaN' is not a decimal number",
        ),
        (
            "exp.yaml",
            "features:\n  - { id: n, type: number }\nproducts:\n  - id: p\n    plans:\n      - id: x\n        entitlements: { n: { limit: 1e999 } }\n",
            "exp.yaml:7:",
        ),
        (
            "dash.yaml",
            "features:\n  - { id: n, type: number }\nproducts:\n  - id: p\n    plans:\n      - id: x\n        entitlements: { n: { limit: '--' } }\n",
            "'--' is not a decimal number",
        ),
        (
            "formula.yaml",
            "currencies: [{ id: c }]\nfeatures:\n  - { id: m, type: metered }\nproducts:\n  - id: p\n    plans:\n      - id: x\n        prices: [{ model: credits, feature: m, currency: c, formula: 'sqrt(a)' }]\n",
            "formula.yaml:8:71: formula: unknown function 'sqrt'",
        ),
        (
            "cycle.yaml",
            "products:\n  - id: p\n    addons:\n      - { id: a, dependsOn: [b] }\n      - { id: b, dependsOn: [a] }\n",
            "dependency cycle: a -> b -> a",
        ),
        (
            "top.yaml",
            "plans: []\n",
            "unknown key 'plans' in the catalog file",
        ),
        ("list.yaml", "features: 3\n", "features must be a list"),
    ];
    for (name, text, expect) in cases {
        t.write(name, text);
        let err = t.fails(&["catalog", "validate", name], 65);
        assert!(
            err.contains(expect),
            "{name}: expected `{expect}` in:\n{err}"
        );
    }
}

#[test]
fn entity_declared_in_two_files_is_an_error() {
    let t = TestEnv::new();
    t.write("cat/a.yaml", "features:\n  - { id: sso, type: boolean }\n");
    t.write("cat/b.yaml", "features:\n  - { id: sso, type: boolean }\n");
    let err = t.fails(&["catalog", "validate", "cat"], 65);
    assert!(
        err.contains("cat/b.yaml:2:5: feature 'sso' is also declared at cat/a.yaml:2:5"),
        "{err}"
    );
    // The same file given twice (another spelling too) is one problem, not one per entity.
    let err = t.fails(&["catalog", "validate", "cat/a.yaml", "cat/./a.yaml"], 65);
    assert!(
        err.contains("cat/./a.yaml:1:1: the same file as cat/a.yaml, given twice"),
        "{err}"
    );
    assert!(!err.contains("also declared"), "{err}");
    // A directory named like a catalog file is not one.
    std::fs::create_dir_all(t.path().join("cat2/sub.yaml")).unwrap();
    t.write("cat2/x.yaml", "features:\n  - { id: x, type: boolean }\n");
    t.ok(&["catalog", "validate", "cat2"]);
}

#[test]
fn validate_needs_no_database_and_checks_files_alone() {
    let t = TestEnv::new();
    let f = t.catalog("ai-credits.yaml");
    let out = t.ok(&["catalog", "validate", &f]);
    insta::assert_snapshot!("validate_ai_credits", out);
    assert!(
        !t.path().join("home").exists(),
        "validate created a database"
    );
    // Files alone: a plan referencing a feature only the environment has is dangling.
    t.write(
        "ref.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: x, entitlements: { sso: {} } }\n",
    );
    let err = t.fails(&["catalog", "validate", "ref.yaml"], 65);
    assert!(
        err.contains("ref.yaml:4:34: feature 'sso' does not exist"),
        "{err}"
    );
}

#[test]
fn missing_input_file_is_66() {
    let t = TestEnv::new();
    let err = t.fails(&["catalog", "apply", "nope.yaml"], 66);
    assert!(err.contains("cannot read nope.yaml: no such file"), "{err}");
}

/// An entity archived or unarchived by a file, its content the same, is one change: counted
/// once (it was also counted unchanged), for features and packages alike, and with
/// `--archive-missing`.
#[test]
fn archiving_by_file_counts_each_entity_once() {
    let t = TestEnv::new();
    let f = t.catalog("saas-starter.yaml");
    t.ok(&["catalog", "apply", &f]);
    let text = std::fs::read_to_string(t.path().join(&f)).unwrap();
    let archived = text
        .replacen(
            "  - { id: launch20,",
            "  - { archived: true, id: launch20,",
            1,
        )
        .replacen(
            "      - id: priority-support\n",
            "      - id: priority-support\n        archived: true\n",
            1,
        );
    assert_ne!(archived, text);
    let a = t.write("archived.yaml", &archived);
    let a = a.to_str().unwrap();
    // (A dry run that would change something exits 1.)
    let count = |args: &[&str]| {
        let mut a = args.to_vec();
        a.push("--json");
        let o = t.run(&a);
        assert!(o.code == 0 || o.code == 1, "{}", o.stderr);
        let j: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
        (
            j["changes"].as_array().unwrap().len(),
            j["unchanged"].as_u64().unwrap(),
        )
    };
    assert_eq!(count(&["catalog", "apply", a, "--dry-run"]), (2, 18));
    assert_eq!(count(&["catalog", "apply", a]), (2, 18));
    assert_eq!(count(&["catalog", "apply", &f]), (2, 18)); // unarchive both
    // --archive-missing: what the file leaves out is archived and was never counted.
    let fewer = t.write("fewer.yaml", "features:\n  - { id: sso, type: boolean }\n");
    let (changes, unchanged) = count(&[
        "catalog",
        "apply",
        fewer.to_str().unwrap(),
        "--archive-missing",
        "--dry-run",
    ]);
    assert_eq!(unchanged, 0);
    assert!(changes > 0);
}

/// An archived feature takes no new use: a new version (by file or by the plan verbs) that
/// entitles, prices or counts seats by it is refused, naming where; an archived plan keeps it.
#[test]
fn an_archived_feature_goes_into_no_new_version() {
    let t = TestEnv::new();
    let one = t.write(
        "one.yaml",
        "features:\n  - { id: beta, type: boolean }\n  - { id: gamma, type: boolean }\nproducts:\n  - id: p\n    plans:\n      - { id: x, pricing: free, entitlements: { gamma: {} } }\n",
    );
    t.ok(&["catalog", "apply", one.to_str().unwrap()]);
    t.ok(&["feature", "archive", "beta"]);
    let two = t.write(
        "two.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: x, pricing: free, entitlements: { gamma: {}, beta: {} } }\n",
    );
    let o = t.run(&["catalog", "apply", two.to_str().unwrap()]);
    assert_ne!(o.code, 0, "{}", o.stdout);
    assert!(
        o.stderr.contains("two.yaml:4:") && o.stderr.contains("feature 'beta' is archived"),
        "{}",
        o.stderr
    );
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM package_versions WHERE package_id = 'x'"),
        "1"
    );
    t.ok(&["plan", "draft", "x"]);
    let o = t.run(&["plan", "entitlement", "set", "x", "beta"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr.contains("feature 'beta' is archived"),
        "{}",
        o.stderr
    );
    t.ok(&["plan", "discard-draft", "x"]);
    // Unarchived, it may be used again.
    t.ok(&["feature", "unarchive", "beta"]);
    t.ok(&["catalog", "apply", two.to_str().unwrap()]);
}

/// A draft may be incomplete (a paid plan without a price yet): a catalog export holding one
/// applies back, into the same environment (no changes) and a fresh one; publishing it is
/// still refused until it is complete.
#[test]
fn an_export_with_an_incomplete_draft_applies_back() {
    let t = TestEnv::new();
    let f = t.catalog("saas-starter.yaml");
    t.ok(&["catalog", "apply", &f]);
    t.ok(&[
        "plan",
        "create",
        "dpaid",
        "--product",
        "app",
        "--pricing",
        "paid",
    ]);
    t.ok(&["catalog", "export", "-o", "e.yaml"]);
    t.ok(&["catalog", "diff", "e.yaml"]);
    t.ok(&["env", "create", "copy"]);
    t.ok(&["-e", "copy", "catalog", "apply", "e.yaml"]);
    assert_eq!(
        t.ok(&["-e", "copy", "catalog", "export"]),
        t.ok(&["catalog", "export"])
    );
    let e = t.fails(&["plan", "publish", "dpaid"], 1);
    assert!(e.contains("needs at least one price"), "{e}");
}
