//! What a re-import changes: absent columns leave fields alone, empty cells clear only where
//! documented; add-on/quantity pairs round-trip for every valid id; repeated pairs are refused.

use crate::helpers::TestEnv;

fn customer(t: &TestEnv, id: &str) -> serde_json::Value {
    t.json(&["customer", "show", id])
}

const FULL: &str = "customerId,name,email,billingId,metadata.tier,metadata.region\n\
acme,Acme,ops@acme.test,cus_1,gold,eu\n";

#[test]
fn absent_customer_columns_are_left_unchanged_in_csv() {
    let t = TestEnv::with_starter();
    t.write("full.csv", FULL);
    t.ok(&["customer", "import", "full.csv"]);
    // Only email: name, billing id and metadata stay.
    t.write("email.csv", "customerId,email\nacme,new@acme.test\n");
    assert_eq!(t.json(&["customer", "import", "email.csv"])["updated"], 1);
    let c = customer(&t, "acme");
    assert_eq!(
        (&c["name"], &c["email"], &c["billingId"]),
        (&"Acme".into(), &"new@acme.test".into(), &"cus_1".into())
    );
    assert_eq!(
        c["metadata"],
        serde_json::json!({"tier": "gold", "region": "eu"})
    );
    // One metadata column: the other key stays; re-running is a no-op.
    t.write("tier.csv", "customerId,metadata.tier\nacme,platinum\n");
    t.ok(&["customer", "import", "tier.csv"]);
    assert_eq!(t.json(&["customer", "import", "tier.csv"])["unchanged"], 1);
    assert_eq!(
        customer(&t, "acme")["metadata"],
        serde_json::json!({"tier": "platinum", "region": "eu"})
    );
    // Empty cells in present columns clear: name, billing id, one metadata key.
    t.write(
        "clear.csv",
        "customerId,name,billingId,metadata.region\nacme,, ,\n",
    );
    t.ok(&["customer", "import", "clear.csv"]);
    let c = customer(&t, "acme");
    assert_eq!(
        (&c["name"], &c["billingId"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );
    assert_eq!(c["email"], "new@acme.test");
    assert_eq!(c["metadata"], serde_json::json!({"tier": "platinum"}));
}

#[test]
fn absent_keys_keep_and_null_clears_in_json_and_json_lines() {
    let t = TestEnv::with_starter();
    t.write("full.csv", FULL);
    t.ok(&["customer", "import", "full.csv"]);
    t.write(
        "c.json",
        "{\"customers\": [{\"customerId\": \"acme\", \"email\": \"j@acme.test\", \"metadata\": {\"tier\": null}}]}",
    );
    t.ok(&["customer", "import", "c.json"]);
    let c = customer(&t, "acme");
    assert_eq!(
        (&c["name"], &c["billingId"]),
        (&"Acme".into(), &"cus_1".into())
    );
    assert_eq!(c["email"], "j@acme.test");
    assert_eq!(c["metadata"], serde_json::json!({"region": "eu"}));
    // JSON lines: null clears a field; `"metadata": null` clears every key.
    t.write(
        "c.jsonl",
        "{\"customerId\": \"acme\", \"billingId\": null, \"metadata\": null}\n",
    );
    t.ok(&["customer", "import", "c.jsonl"]);
    let c = customer(&t, "acme");
    assert_eq!(c["billingId"], serde_json::Value::Null);
    assert_eq!(c["name"], "Acme");
    assert_eq!(c["metadata"], serde_json::json!({}));
    // A nested object where a string belongs is an error, not its JSON text.
    t.write(
        "bad.jsonl",
        "{\"customerId\": \"acme\", \"name\": {\"x\": 1}}\n",
    );
    let e = t.fails(&["customer", "import", "bad.jsonl"], 65);
    assert!(e.contains("bad.jsonl:1: 'name' must be a string"), "{e}");
}

fn subs_env() -> TestEnv {
    let t = TestEnv::with_starter();
    t.write("c.csv", "customerId\nacme\n");
    t.ok(&["customer", "import", "c.csv"]);
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,billingPeriod,addons,quantities,couponId,metadata.crm\n\
s1,acme,pro,MONTHLY,extra-seats:2;extra-storage:1,seats:10,launch20,x1\n",
    );
    t.ok(&["subscription", "import", "s.csv"]);
    t
}

fn addons(s: &serde_json::Value) -> Vec<(String, u64)> {
    s["addons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["addonId"].as_str().unwrap().to_string(),
                a["quantity"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn absent_subscription_columns_keep_addons_coupon_and_metadata() {
    let t = subs_env();
    t.write("q.csv", "subscriptionId,quantities\ns1,seats:12\n");
    assert_eq!(t.json(&["subscription", "import", "q.csv"])["updated"], 1);
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(
        addons(&s),
        vec![("extra-seats".into(), 2), ("extra-storage".into(), 1)]
    );
    assert_eq!(s["couponId"], "launch20");
    assert_eq!(s["quantities"][0]["quantity"], 12);
    assert_eq!(s["metadata"]["crm"], "x1");
    // JSON: a missing key leaves it, an empty list or null clears it.
    t.write(
        "s.json",
        "{\"subscriptions\": [{\"subscriptionId\": \"s1\", \"addons\": [{\"addonId\": \"extra-seats\", \"quantity\": 3}], \"metadata\": {\"crm\": \"x2\"}}]}",
    );
    t.ok(&["subscription", "import", "s.json"]);
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(addons(&s), vec![("extra-seats".into(), 3)]);
    assert_eq!(s["couponId"], "launch20");
    assert_eq!(s["metadata"]["crm"], "x2");
    t.write(
        "s.jsonl",
        "{\"subscriptionId\": \"s1\", \"addons\": [], \"couponId\": null}\n",
    );
    t.ok(&["subscription", "import", "s.jsonl"]);
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(addons(&s), vec![]);
    assert_eq!(s["couponId"], serde_json::Value::Null);
    assert_eq!(s["quantities"][0]["quantity"], 12);
    // CSV: empty cells clear add-ons, quantities and the coupon.
    t.write(
        "back.csv",
        "subscriptionId,addons,couponId\ns1,extra-storage:2,launch20\n",
    );
    t.ok(&["subscription", "import", "back.csv"]);
    t.write(
        "clear.csv",
        "subscriptionId,addons,quantities,couponId\ns1,,,\n",
    );
    t.ok(&["subscription", "import", "clear.csv"]);
    let s = t.json(&["subscription", "show", "s1"]);
    assert_eq!(addons(&s), vec![]);
    assert_eq!(s["quantities"], serde_json::json!([]));
    assert_eq!(s["couponId"], serde_json::Value::Null);
    // Identity columns, when given, must match.
    t.write("other.csv", "subscriptionId,planId\ns1,basic\n");
    let e = t.fails(&["subscription", "import", "other.csv"], 65);
    assert!(
        e.contains("other.csv:2: planId: subscription 's1' exists with planId 'pro'"),
        "{e}"
    );
    // Each identity field is named, with what is stored.
    t.write(
        "who.csv",
        "subscriptionId,customerId
s1,C1
",
    );
    let e = t.fails(&["subscription", "import", "who.csv"], 65);
    assert!(
        e.contains("who.csv:2: customerId: subscription 's1' exists with customerId"),
        "{e}"
    );
    t.write(
        "when.csv",
        "subscriptionId,startDate
s1,2020-01-01T00:00:00Z
",
    );
    let e = t.fails(&["subscription", "import", "when.csv"], 65);
    assert!(
        e.contains("startDate: subscription 's1' exists with startDate 20"),
        "{e}"
    );
    // A JSON row's unknown key is a field.
    t.write("k.jsonl", "{\"subscriptionId\": \"s1\", \"bogus\": 1}\n");
    let e = t.fails(&["subscription", "import", "k.jsonl"], 65);
    assert!(e.contains("unknown field 'bogus'"), "{e}");
}

#[test]
fn repeated_pairs_are_refused_in_flags_and_columns() {
    let t = subs_env();
    t.ok(&["customer", "create", "globex"]);
    for args in [
        &[
            "customer",
            "create",
            "initech",
            "--metadata",
            "k=1",
            "--metadata",
            "k=2",
        ][..],
        &[
            "customer",
            "update",
            "acme",
            "--metadata",
            "k=1",
            "--metadata",
            " k=2",
        ][..],
        &[
            "subscription",
            "create",
            "--customer",
            "globex",
            "--plan",
            "free",
            "--metadata",
            "a=1",
            "--metadata",
            "a=1",
        ][..],
        &[
            "subscription",
            "create",
            "--customer",
            "globex",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--quantity",
            "seats=2",
            "--quantity",
            "seats=30",
        ][..],
        &[
            "subscription",
            "create",
            "--customer",
            "globex",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--addon",
            "extra-seats=2",
            "--addon",
            "extra-seats",
        ][..],
        &[
            "subscription",
            "update",
            "s1",
            "--quantity",
            "seats=2",
            "--quantity",
            "seats=3",
        ][..],
        &[
            "subscription",
            "update",
            "s1",
            "--addon",
            "extra-seats=1",
            "--addon",
            "extra-seats=2",
        ][..],
        &[
            "customer",
            "create",
            "initech",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
            "--quantity",
            "seats=2",
            "--quantity",
            "seats=5",
        ][..],
    ] {
        let e = t.fails(args, 2);
        assert!(e.contains("twice"), "{args:?}: {e}");
    }
    assert_eq!(
        t.json(&["subscription", "show", "s1"])["quantities"][0]["quantity"],
        10
    );
    for (name, text) in [
        ("q.csv", "subscriptionId,quantities\ns1,seats:2;seats:30\n"),
        (
            "a.csv",
            "subscriptionId,addons\ns1,extra-seats:1;extra-seats:2\n",
        ),
        (
            "q.json",
            "[{\"subscriptionId\": \"s1\", \"quantities\": [{\"featureId\": \"seats\", \"quantity\": 2}, {\"featureId\": \"seats\", \"quantity\": 3}]}]",
        ),
    ] {
        t.write(name, text);
        let e = t.fails(&["subscription", "import", name], 65);
        assert!(e.contains("listed twice"), "{name}: {e}");
    }
}

const ODD_IDS: &str = r#"
features:
  - { id: "ns:seats", type: number, meter: fluctuating }
  - { id: "a.b-c", type: boolean }
products:
  - id: app
    plans:
      - id: "plan:v1.2"
        pricing: paid
        compatibleAddons: ["addon:x", "x.y-z:2"]
        prices:
          - { model: flat, monthly: 10, currency: USD }
          - { model: per-unit, feature: "ns:seats", monthly: 1, currency: USD }
    addons:
      - { id: "addon:x", pricing: paid, maxQuantity: 5, entitlements: { "a.b-c": {} }, prices: [{ model: flat, monthly: 1, currency: USD }] }
      - { id: "x.y-z:2", pricing: paid, maxQuantity: 5, prices: [{ model: flat, monthly: 1, currency: USD }] }
"#;

#[test]
fn ids_with_colons_dots_and_dashes_round_trip_through_export() {
    let t = TestEnv::new();
    t.write("odd.yaml", ODD_IDS);
    t.ok(&["catalog", "apply", "odd.yaml"]);
    t.ok(&["customer", "create", "c:1.a-b"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "c:1.a-b",
        "--plan",
        "plan:v1.2",
        "--id",
        "sub:1",
        "--addon",
        "addon:x=2",
        "--addon",
        "x.y-z:2=3",
        "--quantity",
        "ns:seats=4",
    ]);
    let csv = t.ok(&["subscription", "export"]);
    assert!(csv.contains("addon:x:2;x.y-z:2:3,ns:seats:4"), "{csv}");
    t.ok(&["customer", "export", "-o", "c.csv"]);
    t.ok(&["subscription", "export", "-o", "s.csv"]);
    t.ok(&["subscription", "export", "-o", "s.json"]);
    // Re-importing the export is a no-op, CSV and JSON.
    assert_eq!(t.json(&["subscription", "import", "s.csv"])["unchanged"], 1);
    assert_eq!(
        t.json(&["subscription", "import", "s.json"])["unchanged"],
        1
    );
    // And into a fresh environment it gives the same export.
    t.ok(&["env", "create", "copy"]);
    t.ok(&["-e", "copy", "catalog", "apply", "odd.yaml"]);
    t.ok(&["-e", "copy", "customer", "import", "c.csv"]);
    t.ok(&["-e", "copy", "subscription", "import", "s.csv"]);
    assert_eq!(t.ok(&["-e", "copy", "subscription", "export"]), csv);
    let s = t.json(&["-e", "copy", "subscription", "show", "sub:1"]);
    assert_eq!(
        addons(&s),
        vec![("addon:x".into(), 2), ("x.y-z:2".into(), 3)]
    );
}
