//! Catalog YAML as input: repeated keys (also when only equal as scalars), anchors and
//! aliases, alias bombs, several documents, empty files; every problem reported at once.

use crate::helpers::TestEnv;

#[test]
fn every_problem_is_reported_together_with_a_duplicate_key() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "features:\n  - id: x\n    type: boolean\n    type: number\n    bogus: 1\n  - id: y\n    type: [1]\nproducts:\n  - id: p\n    plans:\n      - id: pl\n        entitlements:\n          10: {}\n          \"10\": {limit: 5}\n          x: {}\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    insta::assert_snapshot!(e, @r#"
    error: the catalog has 5 problems; nothing was written
      c.yaml:4:5: duplicate key 'type' (first at line 3, column 5)
      c.yaml:5:5: unknown key 'bogus' in a feature (known keys: id, name, description, type, meter, units, values, eventMeter, unitTransformation, archived)
      c.yaml:7:11: type must be a string, found a list
      c.yaml:13:11: feature '10' does not exist
      c.yaml:14:11: duplicate key "10": the same key as 10 at line 13, column 11
    "#);
    // The same through apply and diff, and nothing is written.
    t.fails(&["catalog", "apply", "c.yaml"], 65);
    t.fails(&["catalog", "diff", "c.yaml"], 65);
    t.write(
        "b.yaml",
        "features:\n  - {id: t, type: boolean, true: 1, \"true\": 2}\n",
    );
    let e = t.fails(&["catalog", "validate", "b.yaml"], 65);
    assert!(
        e.contains("b.yaml:2:37: duplicate key \"true\": the same key as true"),
        "{e}"
    );
}

#[test]
fn anchors_and_aliases_are_expanded() {
    let t = TestEnv::new();
    t.write(
        "a.yaml",
        "features:\n  - id: seats\n    type: number\n    units: &u [seat, seats]\n  - id: users\n    type: number\n    units: *u\nproducts:\n  - id: app\n    plans:\n      - &base\n        id: basic\n        entitlements:\n          seats: &e {limit: 5}\n          users: *e\n      - <<: *base\n        id: pro\n",
    );
    t.ok(&["catalog", "apply", "a.yaml"]);
    let pro = t.json(&["plan", "entitlement", "list", "pro"]);
    let text = pro.to_string();
    assert!(
        text.contains("\"users\"") && text.contains("\"5\""),
        "{text}"
    );
    // Applying it again changes nothing.
    let out = t.run(&["catalog", "diff", "a.yaml"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}

#[test]
fn an_alias_bomb_is_refused_cleanly() {
    let t = TestEnv::new();
    let mut bomb = String::from(
        "features:\n  - id: lol\n    type: enum\n    values: &a [l, o, l, l, o, l, l, o, l]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let mut prev = "a".to_string();
    bomb.push_str("x-bomb:\n");
    for n in names {
        bomb.push_str(&format!(
            "  {n}: &{n} [{}]\n",
            vec![format!("*{prev}"); 10].join(", ")
        ));
        prev = n.to_string();
    }
    t.write("bomb.yaml", &bomb);
    let started = std::time::Instant::now();
    let e = t.fails(&["catalog", "validate", "bomb.yaml"], 65);
    assert!(e.contains("anchors and aliases"), "{e}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn several_documents_get_a_clear_message() {
    let t = TestEnv::new();
    t.write(
        "m.yaml",
        "features:\n  - {id: a, type: boolean}\n---\nfeatures:\n  - {id: b, type: boolean}\n",
    );
    let e = t.fails(&["catalog", "validate", "m.yaml"], 65);
    assert!(e.contains("m.yaml:"), "{e}");
    assert!(e.contains("second YAML document"), "{e}");
    assert!(!e.contains("from_str"), "{e}");
}

#[test]
fn an_empty_catalog_is_refused_and_archiving_everything_needs_yes() {
    let t = TestEnv::with_starter();
    for (name, text) in [
        ("zero.yaml", ""),
        ("blank.yaml", "\n  \n"),
        ("comments.yaml", "# nothing yet\n\n# really\n"),
        ("null.yaml", "---\n~\n"),
    ] {
        t.write(name, text);
        for verb in ["apply", "diff", "validate"] {
            let mut args = vec!["catalog", verb, name];
            if verb != "validate" {
                args.push("--archive-missing");
            }
            let e = t.fails(&args, 65);
            assert!(
                e.contains(&format!("{name}:1:1: the file is empty")),
                "{verb} {name}: {e}"
            );
        }
    }
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM packages WHERE archived_at IS NOT NULL"),
        "0"
    );
    // A file that explicitly declares nothing archives everything only with --yes.
    t.write("none.yaml", "features: []\n");
    let e = t.fails(&["catalog", "apply", "none.yaml", "--archive-missing"], 2);
    assert!(e.contains("archives the whole catalog"), "{e}");
    assert!(e.contains("--yes"), "{e}");
    assert_eq!(
        t.sql("SELECT COUNT(*) FROM packages WHERE archived_at IS NOT NULL"),
        "0"
    );
    let out = t.run(&[
        "catalog",
        "apply",
        "none.yaml",
        "--archive-missing",
        "--dry-run",
    ]);
    assert!(out.stdout.contains("archive"), "{}", out.stdout);
    t.ok(&[
        "catalog",
        "apply",
        "none.yaml",
        "--archive-missing",
        "--yes",
    ]);
    assert_ne!(
        t.sql("SELECT COUNT(*) FROM packages WHERE archived_at IS NOT NULL"),
        "0"
    );
}

#[test]
fn a_file_nested_too_deep_says_so_not_alias_bomb() {
    let t = TestEnv::new();
    for (name, text) in [
        (
            "maps.yaml",
            format!("features: {}1{}", "{a: ".repeat(2000), "}".repeat(2000)),
        ),
        (
            "lists.yaml",
            format!("features: {}{}", "[".repeat(2000), "]".repeat(2000)),
        ),
        (
            "blocks.yaml",
            format!(
                "features:\n{}",
                (1..300)
                    .map(|i| format!("{}- \n", "  ".repeat(i)))
                    .collect::<String>()
            ),
        ),
    ] {
        t.write(name, &text);
        let e = t.fails(&["catalog", "validate", name], 65);
        assert!(e.contains("nests lists and maps deeper"), "{name}: {e}");
        assert!(!e.contains("alias"), "{name}: {e}");
    }
}

#[test]
fn a_number_too_long_for_any_reader_is_out_of_range() {
    let t = TestEnv::new();
    for digits in [40, 310, 5000] {
        t.write(
            "n.yaml",
            &format!(
                "features:\n  - {{ id: f, name: F, type: number, meter: incremental }}\nproducts:\n  - id: p\n    plans:\n      - id: x\n        entitlements:\n          f: {{ limit: {} }}\n",
                "9".repeat(digits)
            ),
        );
        let e = t.fails(&["catalog", "validate", "n.yaml"], 65);
        assert!(
            e.contains("n.yaml:8:") && e.contains("out of range"),
            "{digits}: {e}"
        );
        assert!(!e.contains("policy") && e.len() < 400, "{digits}: {e}");
    }
}

/// A number no float holds (`.nan`, `-.inf`, `1e400`) is refused at its field, with the file's
/// other problems: it does not end the read and hide them.
#[test]
fn a_non_finite_number_hides_no_other_problem() {
    let t = TestEnv::new();
    t.write(
        "h.yaml",
        "features: [{id: hf, type: metered}]\nproducts:\n  - id: hp\n    plans:\n      - {id: a, pricing: free, entitlements: {hf: {limit: -5}}}\n      - {id: c, pricing: free, entitlements: {hf: {limit: .nan}}}\n      - {id: d, pricing: free, entitlements: {hf: {limit: 1e400}}}\n      - {id: e, pricing: free, entitlements: {hf: {limit: -.inf}}}\n",
    );
    let e = t.fails(&["catalog", "validate", "h.yaml"], 65);
    for want in [
        "h.yaml:5:59: limit must not be negative",
        "h.yaml:6:59: limit: '.nan' is not a decimal number",
        "h.yaml:7:59: limit: '1e400' is not a decimal number",
        "h.yaml:8:59: limit: '-.inf' is not a decimal number",
    ] {
        assert!(e.contains(want), "{want}: {e}");
    }
}

/// `type: metered` is a number with a meter: `meter: none` beside it contradicts it (it was
/// taken as an unmetered number); another meter kind says which meter.
#[test]
fn a_metered_feature_without_a_meter_is_a_contradiction() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "features:\n  - { id: x, type: metered, meter: none }\n  - { id: y, type: metered, meter: fluctuating }\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    assert!(e.contains("c.yaml:2:") && e.contains("contradicts"), "{e}");
    assert_eq!(e.matches("contradicts").count(), 1, "{e}");
    t.write(
        "c.yaml",
        "features:\n  - { id: y, type: metered, meter: fluctuating }\n  - { id: z, type: metered, unitTransformation: { divide: 1000, round: up } }\n",
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    assert_eq!(
        t.json(&["feature", "show", "y"])["meterType"],
        "Fluctuating"
    );
    // The table shows the transformation (only JSON did).
    let table = t.ok(&["feature", "show", "z"]);
    assert!(
        table.contains("unitTransformation") && table.contains("\"1000\""),
        "{table}"
    );
}

/// A plan or add-on never published is deleted, not archived: `archived: true` on a draft-only
/// package is refused at its line (it was applied, then exported as a live draft — the export
/// no longer applied unchanged — while `plan archive` refuses the same).
#[test]
fn a_package_never_published_cannot_be_archived_by_file() {
    let t = TestEnv::new();
    t.write(
        "da.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: a, draft: true, archived: true }\n    addons:\n      - { id: x, draft: true, archived: true }\n",
    );
    let e = t.fails(&["catalog", "apply", "da.yaml"], 65);
    assert!(
        e.contains("da.yaml:4:") && e.contains("DraftPlanCantBeArchived"),
        "{e}"
    );
    assert!(
        e.contains("da.yaml:6:") && e.contains("DraftAddonCantBeArchived"),
        "{e}"
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM packages"), "0");
}

/// A published plan offers only add-ons that can be bought: one whose compatible add-on was
/// never published is refused (Stigg's PlanCannotBePublishWhenCompatibleAddonIsDraft) — by
/// `catalog apply` and by `plan publish` — rather than failing every subscription asking
/// for the add-on.
#[test]
fn a_plan_is_published_only_with_add_ons_that_can_be_bought() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: pl, pricing: free, compatibleAddons: [x] }\n    addons:\n      - { id: x, draft: true, pricing: free }\n",
    );
    let o = t.run(&["catalog", "apply", "c.yaml"]);
    assert_ne!(o.code, 0);
    assert!(
        o.stderr
            .contains("PlanCannotBePublishWhenCompatibleAddonIsDraft")
            || o.stderr
                .contains("compatible add-on 'x' has no published version"),
        "{}",
        o.stderr
    );
    assert_eq!(t.sql("SELECT COUNT(*) FROM packages"), "0");
    // Drafts both: applied; publishing the plan first is refused, the add-on first then works.
    t.write(
        "c.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: pl, pricing: free, draft: true, compatibleAddons: [x] }\n    addons:\n      - { id: x, draft: true, pricing: free }\n",
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    let e = t.fails(&["plan", "publish", "pl", "--json"], 1);
    assert!(
        e.contains("PlanCannotBePublishWhenCompatibleAddonIsDraft"),
        "{e}"
    );
    t.ok(&["addon", "publish", "x"]);
    t.ok(&["plan", "publish", "pl"]);
}

/// Country variants and a coupon's amounts are located by their own line (problems were put
/// on another variant's line — the variants are kept in country order — and every amount on
/// the first one's); a country listed twice in one price is refused (the second was ignored).
#[test]
fn variants_and_amounts_are_reported_on_their_own_lines() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "products:\n  - id: p\n    plans:\n      - id: pl\n        prices:\n          - model: flat\n            monthly: 10\n            currency: USD\n            countries:\n              - { country: SE, currency: SEK, monthly: 70 }\n              - { country: DK, currency: DKK, monthly: \"70.001\" }\ncoupons:\n  - id: c1\n    amountsOff:\n      - { amount: 5, currency: USD }\n      - { amount: \"0.001\", currency: EUR }\n      - { amount: 1, currency: usd }\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    assert!(e.contains("c.yaml:11:") && e.contains("70.001 DKK"), "{e}");
    assert!(e.contains("c.yaml:16:") && e.contains("0.001 EUR"), "{e}");
    assert!(e.contains("c.yaml:17:") && e.contains("'usd'"), "{e}");
    t.write(
        "d.yaml",
        "products:\n  - id: p\n    plans:\n      - id: pl\n        prices:\n          - model: flat\n            monthly: 10\n            currency: USD\n            countries:\n              - { country: DK, currency: DKK, monthly: 70 }\n              - { country: DK, currency: EUR, monthly: 9 }\n",
    );
    let e = t.fails(&["catalog", "validate", "d.yaml"], 65);
    assert!(
        e.contains("d.yaml:11:") && e.contains("country DK is listed twice"),
        "{e}"
    );
}

/// A coupon's discount is immutable: restated as `20.00` beside a name change it is not listed
/// as changed, and the stored `20` is kept (it said "update (discount, name)" and rewrote it).
#[test]
fn a_coupons_discount_restated_with_another_scale_is_unchanged() {
    let t = TestEnv::new();
    t.write(
        "c1.yaml",
        "coupons:\n  - { id: c, name: A, percentOff: 20 }\n",
    );
    t.write(
        "c2.yaml",
        "coupons:\n  - { id: c, name: B, percentOff: 20.00 }\n",
    );
    t.ok(&["catalog", "apply", "c1.yaml"]);
    let o = t.run(&["catalog", "apply", "c2.yaml"]);
    assert!(
        o.stdout.contains("update (name)"),
        "{}{}",
        o.stdout,
        o.stderr
    );
    let c = t.json(&["coupon", "show", "c"]);
    assert_eq!(
        (c["name"].as_str(), c["percentOff"].as_str()),
        (Some("B"), Some("20"))
    );
}

/// A directory contributes its JSON catalog files too (a `catalog export --format json` file
/// is a catalog: it was skipped silently, and a directory of them "held no .yaml files").
#[test]
fn a_directory_of_catalog_files_includes_json() {
    let t = TestEnv::new();
    t.write("d/x.yml", "features:\n  - { id: a, type: boolean }\n");
    t.write(
        "d/j.json",
        "{\"features\":[{\"id\":\"b\",\"type\":\"boolean\"}]}",
    );
    t.ok(&["catalog", "apply", "d"]);
    assert_eq!(t.sql("SELECT group_concat(id) FROM features"), "a,b");
    t.write(
        "e/only.json",
        "{\"features\":[{\"id\":\"c\",\"type\":\"boolean\"}]}",
    );
    t.ok(&["catalog", "validate", "e"]);
    // Extensions in capitals are catalogs too (skipped silently).
    t.write(
        "u/A.JSON",
        "{\"features\":[{\"id\":\"u\",\"type\":\"boolean\"}]}",
    );
    t.write("u/B.YML", "features:\n  - { id: v, type: wrong }\n");
    let e = t.fails(&["catalog", "validate", "u"], 65);
    assert!(e.contains("B.YML"), "{e}");
    std::fs::create_dir_all(t.path().join("empty")).unwrap();
    let e = t.fails(&["catalog", "validate", "empty"], 66);
    assert!(e.contains("holds no .yaml, .yml or .json files"), "{e}");
}

/// A rule the apply would refuse by is reported where its entity is in the files (`catalog
/// diff` exits 65 with "every problem as file:line:column", which these lacked).
#[test]
fn rule_refusals_name_the_line_of_their_entity() {
    let t = TestEnv::new();
    t.write(
        "f1.yaml",
        "features:\n  - { id: sso, type: boolean }\n  - { id: m, type: metered }\n",
    );
    t.write(
        "f2.yaml",
        "features:\n  - { id: sso, type: number }\n  - { id: m, type: number, meter: fluctuating }\n",
    );
    t.ok(&["catalog", "apply", "f1.yaml"]);
    let e = t.fails(&["catalog", "diff", "f2.yaml"], 65);
    assert!(e.contains("f2.yaml:2:5: feature 'sso' is boolean"), "{e}");
    assert!(
        e.contains("f2.yaml:3:5: feature 'm' has meter incremental"),
        "{e}"
    );
    let e = t.fails(&["catalog", "apply", "f2.yaml", "--json"], 1);
    assert!(
        e.contains("FeatureTypeCannotBeChanged") || e.contains("f2.yaml:"),
        "{e}"
    );
}

/// Trials are for paid and custom plans (Stigg's rule): a custom plan's trial is accepted, a
/// free plan's refused at its line.
#[test]
fn custom_plans_take_trials_free_plans_do_not() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "products:\n  - id: p\n    plans:\n      - { id: ent, pricing: custom, trial: { days: 14 } }\n      - { id: f, pricing: free, trial: { days: 14 } }\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    assert!(
        e.contains("c.yaml:5:") && e.contains("a free plan has no trial"),
        "{e}"
    );
    assert!(!e.contains("c.yaml:4:"), "{e}");
}

/// An id listed twice in `compatibleAddons`, `dependsOn` or an entitlement's `values` is
/// refused at the repeat's line, as enum values listed twice are (they were dropped silently).
#[test]
fn a_list_entry_repeated_is_refused_at_its_line() {
    let t = TestEnv::new();
    t.write(
        "c.yaml",
        "features:\n  - { id: r, type: enum, values: [a, b] }\nproducts:\n  - id: p\n    plans:\n      - id: pl\n        pricing: free\n        compatibleAddons:\n          - x\n          - x\n        entitlements: { r: { values: [a, a] } }\n    addons:\n      - { id: x, pricing: free }\n      - id: y\n        pricing: free\n        dependsOn: [x, x]\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    assert!(
        e.contains("c.yaml:10:") && e.contains("'x' is listed twice in compatibleAddons"),
        "{e}"
    );
    assert!(
        e.contains("c.yaml:11:") && e.contains("'a' is listed twice in values"),
        "{e}"
    );
    assert!(
        e.contains("c.yaml:16:") && e.contains("'x' is listed twice in dependsOn"),
        "{e}"
    );
    // A meter condition's IN values too.
    t.write(
        "m.yaml",
        "features:\n  - id: f\n    type: number\n    meter: incremental\n    eventMeter:\n      filters:\n        - conditions:\n            - { field: region, operation: IN, values: [a, b, a] }\n      aggregation: { function: COUNT }\n",
    );
    let e = t.fails(&["catalog", "validate", "m.yaml"], 65);
    assert!(
        e.contains("m.yaml:8:") && e.contains("'a' is listed twice"),
        "{e}"
    );
}

/// An archived currency takes no new use: a new plan version granting or pricing credits in
/// it is refused (`catalog apply`, `plan publish`), as an archived feature's; published
/// versions keep theirs, and unarchiving it in the same file lets the version through.
#[test]
fn a_new_version_grants_no_credits_in_an_archived_currency() {
    let t = TestEnv::new();
    let cat = |plan_credits: &str, archived: bool| {
        format!(
            "currencies:\n  - {{ id: cr{} }}\nproducts:\n  - id: p\n    plans:\n      - id: pl\n        pricing: free\n{plan_credits}",
            if archived { ", archived: true" } else { "" }
        )
    };
    t.write("a.yaml", &cat("", false));
    t.ok(&["catalog", "apply", "a.yaml"]);
    t.ok(&["currency", "archive", "cr"]);
    let grants = "        credits: { cr: { amount: 5, cadence: month } }\n";
    t.write("b.yaml", &cat(grants, true));
    let o = t.run(&["catalog", "apply", "b.yaml", "--json"]);
    assert_ne!(o.code, 0);
    assert!(o.stderr.contains("EntityIsArchivedError"), "{}", o.stderr);
    assert!(
        o.stderr.contains("currency 'cr' is archived"),
        "{}",
        o.stderr
    );
    // By hand: a draft, then publish.
    t.ok(&[
        "plan",
        "create",
        "pl2",
        "--product",
        "p",
        "--pricing",
        "free",
    ]);
    let o = t.run(&["plan", "credits", "set", "pl2", "cr", "--amount", "5"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let e = t.fails(&["plan", "publish", "pl2", "--json"], 1);
    assert!(e.contains("EntityIsArchivedError"), "{e}");
    // Unarchived in the same file: through.
    t.write("c.yaml", &cat(grants, false));
    t.ok(&["catalog", "apply", "c.yaml"]);
}

/// A fixed coupon's amounts are one per currency: listed in another order they are the same
/// discount (it was refused as a change, CouponDiscountCannotBeChanged).
#[test]
fn a_coupons_amounts_in_another_order_are_the_same_discount() {
    let t = TestEnv::new();
    t.write("a.yaml", "coupons:\n  - { id: c2, amountsOff: [ { amount: 10, currency: USD }, { amount: 5, currency: EUR } ] }\n");
    t.write("b.yaml", "coupons:\n  - { id: c2, amountsOff: [ { amount: 5, currency: EUR }, { amount: 10, currency: USD } ] }\n");
    t.ok(&["catalog", "apply", "a.yaml"]);
    let o = t.run(&["catalog", "diff", "b.yaml"]);
    assert_eq!(o.code, 0, "{}{}", o.stdout, o.stderr);
    t.write("c.yaml", "coupons:\n  - { id: c2, name: Renamed, amountsOff: [ { amount: 5, currency: EUR }, { amount: 10, currency: USD } ] }\n");
    let o = t.run(&["catalog", "apply", "c.yaml"]);
    assert!(
        o.code == 0 && o.stdout.contains("update (name)"),
        "{}{}",
        o.stdout,
        o.stderr
    );
    t.write("d.yaml", "coupons:\n  - { id: c2, amountsOff: [ { amount: 6, currency: EUR }, { amount: 10, currency: USD } ] }\n");
    t.fails(&["catalog", "diff", "d.yaml"], 65);
}

/// A per-unit price's tier bounds are whole numbers (seats and blocks are counted whole): a
/// bound of 10.5 billed half a seat in each of two tiers. A usage price may have fractional
/// bounds (usage can be fractional).
#[test]
fn a_per_unit_tier_bound_must_be_whole() {
    let t = TestEnv::new();
    let catalog = |model: &str| {
        format!(
            r#"
features:
  - {{ id: seats, type: number, meter: fluctuating }}
products:
  - id: h
    plans:
      - id: p
        entitlements:
          seats: {{ limit: 100 }}
        prices:
          - model: {model}
            feature: seats
            currency: USD
            tiersMode: graduated
            tiers:
              - {{ upTo: 10.5, unitPrice: 2 }}
              - {{ unitPrice: 3 }}
"#
        )
    };
    t.write("per-unit.yaml", &catalog("per-unit"));
    let e = t.fails(&["catalog", "validate", "per-unit.yaml"], 65);
    assert!(
        e.contains("per-unit.yaml:16:25") && e.contains("upTo must be a whole number"),
        "{e}"
    );
    t.write(
        "usage.yaml",
        &catalog("usage").replace("fluctuating", "incremental"),
    );
    t.ok(&["catalog", "validate", "usage.yaml"]);
}

/// An overage is charged beyond a plan's limit: an overage price on a feature the plan (or the
/// nearest parent granting it) gives no limit would charge nothing, ever — refused, naming
/// the line. A parent's limit serves; an unlimited grant does not.
#[test]
fn an_overage_price_needs_a_limit_from_the_plan_or_its_parents() {
    let t = TestEnv::new();
    let catalog = |pro_exports: &str| {
        format!(
            r#"
features:
  - {{ id: exports, type: number, meter: incremental }}
  - {{ id: other, type: number, meter: incremental }}
products:
  - id: app
    plans:
      - id: base
        pricing: paid
        entitlements:
          exports: {{ limit: 5, reset: month }}
        prices:
          - {{ model: flat, monthly: 1, currency: USD }}
      - id: pro
        parent: base
        pricing: paid
        entitlements: {{ {pro_exports} }}
        prices:
          - {{ model: flat, monthly: 2, currency: USD }}
          - {{ model: overage, feature: exports, unitPrice: "0.5", currency: USD }}
      - id: solo
        pricing: paid
        prices:
          - {{ model: flat, monthly: 3, currency: USD }}
          - {{ model: overage, feature: other, unitPrice: "0.5", currency: USD }}
"#
        )
    };
    // The parent's limit serves pro; solo grants `other` nowhere.
    let f = t.write("a.yaml", &catalog(""));
    let err = t.fails(&["catalog", "validate", f.to_str().unwrap()], 65);
    assert!(
        err.contains("a.yaml:25:40:")
            && err.contains("neither plan 'solo' nor its parents grant it"),
        "{err}"
    );
    assert!(!err.contains("'pro'"), "{err}");
    // Unlimited in pro itself (the child wins): refused too.
    let f = t.write("b.yaml", &catalog("exports: { unlimited: true }"));
    let err = t.fails(&["catalog", "validate", f.to_str().unwrap()], 65);
    assert!(err.contains("plan 'pro' grants it unlimited"), "{err}");
}

/// A usage price bills the usage the plan counts, so the plan (or a parent) must grant its
/// feature — else usage the engine counts for no subscription would be billed; units are never
/// blank (a one-word blank unit made the plural `s`). Nothing is written.
#[test]
fn a_usage_price_needs_its_feature_granted_and_units_are_never_blank() {
    let t = TestEnv::new();
    t.write(
        "u.yaml",
        r#"features:
  - { id: gb, type: metered }
  - { id: a, type: number, units: "" }
  - { id: b, type: number, units: ["  ", calls] }
products:
  - id: u
    plans:
      - id: base
        pricing: paid
        entitlements:
          gb: { limit: 10 }
        prices:
          - { model: flat, monthly: "5", currency: USD }
      - id: up
        pricing: paid
        prices:
          - { model: flat, monthly: "5", currency: USD }
          - { model: usage, feature: gb, currency: USD, unitPrice: "0.25" }
      - id: child
        parent: base
        pricing: paid
        prices:
          - { model: usage, feature: gb, currency: USD, unitPrice: "0.25" }
"#,
    );
    let e = t.fails(&["catalog", "apply", "u.yaml"], 65);
    assert!(
        e.contains("neither plan 'up' nor its parents grant 'gb'"),
        "{e}"
    );
    assert!(!e.contains("plan 'child'"), "{e}");
    assert!(
        e.contains("u.yaml:3:") && e.contains("units must not be empty"),
        "{e}"
    );
    assert!(e.contains("u.yaml:4:"), "{e}");
    assert!(e.contains("3 problems"), "{e}");
    assert_eq!(t.sql("SELECT COUNT(*) FROM features"), "0");
    // A whole number past the range is said to be so (it said "must be a whole number").
    t.write(
        "c.yaml",
        "coupons:\n  - { id: c, percentOff: 10, durationMonths: 4294967296 }\n",
    );
    let e = t.fails(&["catalog", "validate", "c.yaml"], 65);
    assert!(e.contains("must be at most 4294967295"), "{e}");
}
