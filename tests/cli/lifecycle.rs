//! Customer and subscription stories end to end, with a frozen clock (spec 30).

use crate::helpers::TestEnv;
use serde_json::Value;

/// The starter catalog and a frozen clock at 2026-01-01.
pub fn env() -> TestEnv {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2026-01-01T00:00:00Z"]);
    t
}

pub fn subs(t: &TestEnv, customer: &str) -> Vec<Value> {
    t.json(&["subscription", "list", "--customer", customer])
        .as_array()
        .unwrap()
        .clone()
}

pub fn statuses(t: &TestEnv, customer: &str) -> Vec<String> {
    subs(t, customer)
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["planId"].as_str().unwrap(),
                s["status"].as_str().unwrap()
            )
        })
        .collect()
}

pub fn check(t: &TestEnv, args: &[&str]) -> (i32, Value) {
    let mut a = vec!["entitlement", "check"];
    a.extend_from_slice(args);
    a.push("--json");
    let o = t.run(&a);
    (
        o.code,
        serde_json::from_str(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}{}", o.stdout, o.stderr)),
    )
}

#[test]
fn customer_without_plan_gets_the_start_plan_and_checks_answer() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--name",
        "Acme",
        "--email",
        "ops@acme.test",
        "--metadata",
        "tier=gold",
    ]);
    assert_eq!(statuses(&t, "acme"), vec!["free ACTIVE"]);
    let (code, v) = check(&t, &["acme", "seats"]);
    assert_eq!(code, 0);
    insta::assert_json_snapshot!("check_seats_free", v);
    let (code, v) = check(&t, &["acme", "sso"]);
    assert_eq!(code, 1);
    assert_eq!(
        v["accessDeniedReason"],
        "NoFeatureEntitlementInSubscription"
    );
    // Number without meter: requested usage against the limit.
    assert_eq!(
        check(&t, &["acme", "projects", "--requested-usage", "3"]).0,
        0
    );
    assert_eq!(
        check(&t, &["acme", "projects", "--requested-usage", "4"]).1["accessDeniedReason"],
        "RequestedUsageExceedingLimit"
    );
    // Enum values.
    assert_eq!(
        check(&t, &["acme", "region", "--requested-values", "us"]).0,
        0
    );
    assert_eq!(
        check(&t, &["acme", "region", "--requested-values", "us,eu"]).1["accessDeniedReason"],
        "RequestedValuesMismatch"
    );
    // Unknown customer / feature are denials with a reason, not errors.
    assert_eq!(
        check(&t, &["nobody", "seats"]).1["accessDeniedReason"],
        "CustomerNotFound"
    );
    assert_eq!(
        check(&t, &["acme", "ghost"]).1["accessDeniedReason"],
        "FeatureNotFound"
    );
    insta::assert_snapshot!(
        "entitlement_list_free",
        t.ok(&["entitlement", "list", "acme"])
    );
    insta::assert_snapshot!(
        "check_table",
        t.run(&["entitlement", "check", "acme", "api-calls"]).stdout
    );
}

#[test]
fn trial_then_cancel_at_end_then_downgrade_to_free() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(s["status"], "IN_TRIAL");
    assert_eq!(s["trialEndDate"], "2026-01-15T00:00:00Z");
    let id = s["subscriptionId"].as_str().unwrap().to_string();
    assert_eq!(statuses(&t, "acme"), vec!["free CANCELED", "pro IN_TRIAL"]);
    assert_eq!(check(&t, &["acme", "sso"]).0, 0);
    let c = t.json(&["subscription", "cancel", &id, "--at", "end-of-period"]);
    assert_eq!(c["endDate"], "2026-01-15T00:00:00Z");
    assert_eq!(c["status"], "IN_TRIAL");
    // A trial can't be cancelled after its end.
    t.fails(
        &[
            "subscription",
            "cancel",
            &id,
            "--at",
            "2026-02-01T00:00:00Z",
        ],
        1,
    );
    let out = t.ok(&["clock", "advance", "20d"]);
    insta::assert_snapshot!("clock_advance_trial_cancel", out);
    assert_eq!(
        statuses(&t, "acme"),
        vec!["free CANCELED", "pro CANCELED", "free ACTIVE"]
    );
    assert_eq!(check(&t, &["acme", "sso"]).0, 1);
    let e = t.fails(&["subscription", "cancel", &id], 1);
    assert!(e.contains("already canceled"), "{e}");
    // Events carry the instant each transition happened, and the scheduler as actor.
    let ev = t.ok(&["events", "list", "--entity", &id, "--json"]);
    let ev: Value = serde_json::from_str(&ev).unwrap();
    let last = ev.as_array().unwrap().last().unwrap();
    assert_eq!(last["type"], "subscription.canceled");
    assert_eq!(last["occurredAt"], "2026-01-15T00:00:00Z");
    assert_eq!(last["actor"], "SCHEDULER");
}

#[test]
fn trial_with_cancel_on_end_expires_and_downgrades() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "annually",
    ]);
    t.ok(&["clock", "advance", "14d"]);
    assert_eq!(
        statuses(&t, "acme"),
        vec!["free CANCELED", "pro EXPIRED", "free ACTIVE"]
    );
    let pro = &subs(&t, "acme")[1];
    assert_eq!(pro["cancelReason"], "TrialEnded");
    // The event shows the subscription as the trial's end left it.
    let ev = t.json(&["events", "list", "--type", "subscription.trial_expired"]);
    let p = &ev[0]["payload"];
    assert_eq!(
        (&p["status"], &p["endDate"], &p["cancelReason"]),
        (&pro["status"], &pro["endDate"], &pro["cancelReason"]),
        "{p}"
    );
    // One trial per product: a second pro subscription starts without one.
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["trialEndDate"], Value::Null);
}

#[test]
fn trial_converts_to_paid_and_periods_follow_the_anchor() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let s = &subs(&t, "acme")[0];
    assert_eq!(s["status"], "IN_TRIAL");
    let id = s["subscriptionId"].as_str().unwrap().to_string();
    t.ok(&["clock", "set", "2026-01-31T12:00:00Z"]);
    let s = t.json(&["subscription", "show", &id]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["billingCycleAnchor"], "2026-01-15T00:00:00Z");
    assert_eq!(s["currentBillingPeriodStart"], "2026-01-15T00:00:00Z");
    assert_eq!(s["currentBillingPeriodEnd"], "2026-02-15T00:00:00Z");
    let kinds = t.ok(&["events", "list", "--type", "subscription.trial_converted"]);
    assert!(kinds.contains(&id), "{kinds}");
    let ev = t.json(&["events", "list", "--type", "subscription.trial_converted"]);
    assert_eq!(ev[0]["payload"]["reason"], "TRIAL_ENDED");
    t.ok(&["clock", "advance", "1mo"]);
    let s = t.json(&["subscription", "show", &id]);
    assert_eq!(s["currentBillingPeriodStart"], "2026-02-15T00:00:00Z");
    assert_eq!(s["currentBillingPeriodEnd"], "2026-03-15T00:00:00Z");
}

/// Paying for another plan during a trial ends the trial subscription when the trial ends —
/// a change a replica must hear of (`subscription.updated`), as it hears of a future-dated
/// plan change's; the new subscription waits for that end.
#[test]
fn a_plan_bought_during_a_trial_logs_the_trials_new_end() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let trial = subs(&t, "acme")[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let s = t.json(&["subscription", "show", &trial]);
    assert_eq!(s["endDate"], "2026-01-15T00:00:00Z");
    let ev = t.json(&[
        "events",
        "list",
        "--type",
        "subscription.updated",
        "--entity",
        &trial,
    ]);
    let ev = ev.as_array().unwrap();
    assert_eq!(ev.len(), 1, "{ev:?}");
    assert_eq!(ev[0]["payload"]["endDate"], "2026-01-15T00:00:00Z");
    assert_eq!(
        ev[0]["payload"]["endsForPlanChangeAt"],
        "2026-01-15T00:00:00Z"
    );
    assert_eq!(ev[0]["occurredAt"], "2026-01-05T00:00:00Z");
    // At the trial's end the paid plan takes over: the trial converted, for that reason.
    t.ok(&["clock", "set", "2026-01-16T00:00:00Z"]);
    let ev = t.json(&[
        "events",
        "list",
        "--type",
        "subscription.trial_converted",
        "--entity",
        &trial,
    ]);
    assert_eq!(
        ev[0]["payload"]["reason"], "PAID_SUBSCRIPTION_PROVISIONED",
        "{ev}"
    );
    assert_eq!(ev[0]["payload"]["status"], "CANCELED", "{ev}");
}

/// A paid plan bought during a trial with a `--start` after the trial's end: the trial ends as
/// its plan says and the customer is never left without a subscription — `pro`'s trial
/// (`onEnd: cancel`) expires and the free plan fills the gap until the new start; `basic`'s
/// (convert to paid) converts and stays live until then. A `--start` before the trial's end
/// converts the trial then (it was moved to the trial's end without a word).
#[test]
fn a_plan_bought_during_a_trial_to_start_after_it_leaves_no_gap() {
    let t = env();
    for c in ["ex", "cv", "early"] {
        t.ok(&["customer", "create", c]);
    }
    let sub = |id: &str, c: &str, plan: &str, start: Option<&str>| {
        let mut a = vec![
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            c,
            "--plan",
            plan,
            "--billing-period",
            "monthly",
        ];
        if let Some(s) = start {
            a.extend(["--start", s]);
        }
        if plan == "basic" && start.is_none() {
            a.push("--trial");
        }
        t.ok(&a);
    };
    sub("ex-trial", "ex", "pro", None);
    sub("ex-next", "ex", "basic", Some("2026-01-25T00:00:00Z"));
    sub("cv-trial", "cv", "basic", None);
    sub("cv-next", "cv", "pro", Some("2026-03-01T00:00:00Z"));
    sub("early-trial", "early", "pro", None);
    sub("early-next", "early", "basic", Some("2026-01-05T00:00:00Z"));
    assert_eq!(
        t.json(&["subscription", "show", "ex-trial"])["endDate"],
        "2026-01-25T00:00:00Z"
    );
    assert_eq!(
        t.json(&["subscription", "show", "early-next"])["startDate"],
        "2026-01-05T00:00:00Z"
    );
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    assert_eq!(
        statuses(&t, "ex"),
        [
            "basic NOT_STARTED",
            "pro EXPIRED",
            "free CANCELED",
            "free ACTIVE"
        ]
    );
    let (code, c) = check(&t, &["ex", "projects"]);
    assert_eq!((code, &c["hasAccess"]), (0, &Value::Bool(true)), "{c}");
    let s = t.json(&["subscription", "show", "cv-trial"]);
    assert_eq!(s["status"], "ACTIVE", "{s}");
    assert_eq!(s["endDate"], "2026-03-01T00:00:00Z", "{s}");
    let s = t.json(&["subscription", "show", "early-trial"]);
    assert_eq!(
        (&s["status"], &s["cancelReason"], &s["endDate"]),
        (
            &Value::from("CANCELED"),
            &Value::from("TrialConverted"),
            &Value::from("2026-01-05T00:00:00Z")
        ),
        "{s}"
    );
    t.ok(&["clock", "set", "2026-03-02T00:00:00Z"]);
    let live = |c: &str| {
        subs(&t, c)
            .into_iter()
            .filter(|s| s["status"] == "ACTIVE")
            .map(|s| s["subscriptionId"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(live("ex"), ["ex-next"]);
    assert_eq!(live("cv"), ["cv-next"]);
    assert_eq!(live("early"), ["early-next"]);
}

/// Bought with `--schedule immediate` during a trial, the paid plan converts the trial now: it
/// ends `TrialConverted` with `subscription.trial_converted` (PAID_SUBSCRIPTION_PROVISIONED) —
/// it ended as a plan change (`UpgradeOrDowngrade`, no conversion logged).
#[test]
fn a_plan_bought_at_once_during_a_trial_converts_it() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    let trial = subs(&t, "acme")[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["clock", "set", "2026-01-05T00:00:00Z"]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--schedule",
        "immediate",
    ]);
    let s = t.json(&["subscription", "show", &trial]);
    assert_eq!(
        (s["status"].as_str(), s["cancelReason"].as_str()),
        (Some("CANCELED"), Some("TrialConverted"))
    );
    let ev = t.json(&[
        "events",
        "list",
        "--type",
        "subscription.trial_converted",
        "--entity",
        &trial,
    ]);
    assert_eq!(ev.as_array().unwrap().len(), 1, "{ev}");
    assert_eq!(ev[0]["payload"]["reason"], "PAID_SUBSCRIPTION_PROVISIONED");
    assert_eq!(ev[0]["occurredAt"], "2026-01-05T00:00:00Z");
    let paid = subs(&t, "acme")
        .into_iter()
        .find(|x| x["planId"] == "pro")
        .unwrap();
    assert_eq!(paid["status"], "ACTIVE");
}

/// A customer paying for the product is past trying it: a change to a plan with a trial starts
/// that plan paid now (the paid time it leaves is credited), not a trial that ends the paid
/// subscription and may end in nothing; `--trial` still asks for one. A customer on the free
/// plan still gets the trial.
#[test]
fn a_paying_customer_changing_plans_starts_paid_not_on_a_trial() {
    let t = env();
    t.ok(&["customer", "create", "payer"]);
    let mk = |id: &str, c: &str, plan: &str, extra: &[&str]| {
        let mut a = vec![
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            c,
            "--plan",
            plan,
            "--billing-period",
            "annually",
        ];
        a.extend_from_slice(extra);
        t.json(&a)
    };
    mk("b1", "payer", "basic", &["--skip-trial"]);
    t.ok(&["clock", "set", "2026-01-20T00:00:00Z"]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "payer",
        "--plan",
        "pro",
        "--billing-period",
        "annually",
    ]);
    let p1 = mk("p1", "payer", "pro", &[]);
    assert_eq!(p1["status"], "ACTIVE", "{p1}");
    assert_eq!(p1["trialEndDate"], Value::Null);
    // The change is priced as the upgrade it is: the unused basic time is credited.
    assert_eq!(est["proration"]["credit"], "255.95", "{est}"); // 270 × 0.947945
    assert_eq!(
        t.json(&["subscription", "show", "b1"])["cancelReason"],
        "UpgradeOrDowngrade"
    );
    // Asked for explicitly, a trial is still given.
    t.ok(&["customer", "create", "payer2"]);
    mk("b2", "payer2", "basic", &["--skip-trial"]);
    let p2 = mk("p2", "payer2", "pro", &["--trial"]);
    assert_eq!(p2["status"], "IN_TRIAL", "{p2}");
    // On the free plan: the trial as the plan says.
    t.ok(&["customer", "create", "freebie"]);
    let f = mk("p3", "freebie", "pro", &[]);
    assert_eq!(f["status"], "IN_TRIAL", "{f}");
}

/// A downgrade scheduled for the period's end keeps the billing cycle, as a change applied now
/// does: a cycle anchored on Jan 31 steps to Feb 29 and then Mar 31 — re-anchored at the
/// clamped Feb 29, it billed (and granted recurring credits) on the 29th from then on. The
/// change's estimate prices the period it will bill.
#[test]
fn a_downgrade_at_a_clamped_period_end_keeps_the_month_end_cycle() {
    let mut t = TestEnv::with_starter();
    t.now = None;
    t.ok(&["clock", "set", "2028-01-31T10:00:00Z"]);
    t.ok(&["customer", "create", "d1"]);
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "d1pro",
        "--customer",
        "d1",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let est = t.json(&[
        "subscription",
        "estimate",
        "--customer",
        "d1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    assert!(
        est.to_string().contains("2028-03-31T10:00:00Z"),
        "the estimate bills until Mar 31: {est}"
    );
    t.ok(&[
        "subscription",
        "create",
        "--id",
        "d1basic",
        "--customer",
        "d1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    t.ok(&["clock", "set", "2028-03-01T00:00:00Z"]);
    let s = t.json(&["subscription", "show", "d1basic"]);
    assert_eq!(
        (
            &s["startDate"],
            &s["billingCycleAnchor"],
            &s["currentBillingPeriodEnd"]
        ),
        (
            &Value::from("2028-02-29T10:00:00Z"),
            &Value::from("2028-01-31T10:00:00Z"),
            &Value::from("2028-03-31T10:00:00Z")
        ),
        "{s}"
    );
    let grants = t.json(&["credit", "grants", "d1"]);
    let last = grants.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["expiresAt"], "2028-03-31T10:00:00Z", "{grants}");
    t.ok(&["clock", "set", "2028-04-01T00:00:00Z"]);
    let s = t.json(&["subscription", "show", "d1basic"]);
    assert_eq!(s["currentBillingPeriodEnd"], "2028-04-30T10:00:00Z", "{s}");
}

#[test]
fn upgrade_is_immediate_and_downgrade_waits_for_the_period_end() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    let basic = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let basic_id = basic["subscriptionId"].as_str().unwrap().to_string();
    assert_eq!(basic["currentBillingPeriodEnd"], "2026-02-01T00:00:00Z");
    t.ok(&["clock", "advance", "10d"]);
    // Upgrade mid-period: the old subscription ends now, the new one starts now (on pro's trial
    // only when asked for: the customer is paying for basic).
    let pro = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--trial",
    ]);
    assert_eq!(pro["startDate"], "2026-01-11T00:00:00Z");
    let old = t.json(&["subscription", "show", &basic_id]);
    assert_eq!(old["status"], "CANCELED");
    assert_eq!(old["cancelReason"], "UpgradeOrDowngrade");
    let pro_id = pro["subscriptionId"].as_str().unwrap().to_string();
    // Pro had no trial left? It has one (first pro trial): convert it by advancing past it.
    t.ok(&["clock", "advance", "15d"]);
    assert_eq!(
        t.json(&["subscription", "show", &pro_id])["status"],
        "EXPIRED"
    );
    // Start again on pro (no trial left), then downgrade to basic: scheduled.
    let pro2 = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
    ]);
    let pro2_id = pro2["subscriptionId"].as_str().unwrap().to_string();
    let end = pro2["currentBillingPeriodEnd"]
        .as_str()
        .unwrap()
        .to_string();
    let o = t.run(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("scheduled for"), "{}", o.stderr);
    let sched = t.ok(&["subscription", "schedule", "list", &pro2_id]);
    insta::assert_snapshot!("schedule_list_downgrade", sched);
    // A later change replaces the pending one (not a queue).
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "annually",
    ]);
    let p = t.json(&["subscription", "show", &pro2_id]);
    assert_eq!(p["scheduledUpdates"].as_array().unwrap().len(), 1);
    assert_eq!(
        p["scheduledUpdates"][0]["scheduleVariables"]["billingPeriod"],
        "ANNUALLY"
    );
    assert_eq!(
        check(&t, &["acme", "sso"]).0,
        0,
        "still on pro until the period ends"
    );
    t.ok(&["clock", "set", &end]);
    assert_eq!(
        t.json(&["subscription", "show", &pro2_id])["status"],
        "CANCELED"
    );
    let live: Vec<String> = statuses(&t, "acme")
        .into_iter()
        .filter(|s| s.ends_with("ACTIVE"))
        .collect();
    assert_eq!(live, vec!["basic ACTIVE"]);
    assert_eq!(check(&t, &["acme", "sso"]).0, 1);
}

#[test]
fn immediate_downgrade_and_schedule_cancel() {
    let t = env();
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
        "--skip-trial",
    ]);
    let pro_id = subs(&t, "acme")[1]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
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
    t.ok(&["subscription", "schedule", "cancel", &pro_id]);
    t.fails(&["subscription", "schedule", "cancel", &pro_id], 1);
    // A scheduled cancellation replaces a pending downgrade.
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
    let c = t.json(&["subscription", "cancel", &pro_id, "--at", "end-of-period"]);
    assert_eq!(c["scheduledUpdates"].as_array().unwrap().len(), 0);
    t.ok(&["subscription", "uncancel", &pro_id]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--schedule",
        "immediate",
        "--skip-trial",
    ]);
    let live: Vec<String> = statuses(&t, "acme")
        .into_iter()
        .filter(|s| s.ends_with("ACTIVE"))
        .collect();
    assert_eq!(live, vec!["basic ACTIVE"]);
}

#[test]
fn cancel_at_period_end_then_uncancel() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let id = s["subscriptionId"].as_str().unwrap().to_string();
    let c = t.json(&["subscription", "cancel", &id, "--reason", "too expensive"]);
    assert_eq!(c["status"], "ACTIVE");
    assert_eq!(c["endDate"], "2026-02-01T00:00:00Z");
    assert_eq!(c["cancellationNote"], "too expensive");
    assert!(
        t.ok(&["subscription", "schedule", "list", &id])
            .contains("Cancellation")
    );
    let u = t.json(&["subscription", "uncancel", &id]);
    assert_eq!(u["endDate"], Value::Null);
    t.fails(&["subscription", "uncancel", &id], 1);
    t.ok(&["clock", "advance", "45d"]);
    let s = t.json(&["subscription", "show", &id]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["currentBillingPeriodStart"], "2026-02-01T00:00:00Z");
    // Revoke cuts access now though the subscription runs to its end.
    t.ok(&["subscription", "cancel", &id, "--revoke-entitlements"]);
    let (code, v) = check(&t, &["acme", "storage-gb"]);
    assert_eq!(code, 1);
    assert_eq!(v["accessDeniedReason"], "Revoked");
    // Immediate cancel applies the end setup: back to free.
    t.ok(&["subscription", "cancel", &id, "--at", "immediate"]);
    let live: Vec<String> = statuses(&t, "acme")
        .into_iter()
        .filter(|s| s.ends_with("ACTIVE"))
        .collect();
    assert_eq!(live, vec!["free ACTIVE"]);
}

#[test]
fn publish_v2_new_customers_vs_all_customers() {
    let t = env();
    t.ok(&["customer", "create", "a"]);
    t.ok(&["customer", "create", "b"]);
    let text = std::fs::read_to_string(t.path().join("saas-starter.yaml")).unwrap();
    t.write(
        "v2.yaml",
        &text.replace("seats: { limit: 2 }", "seats: { limit: 3 }"),
    );
    t.ok(&["catalog", "apply", "v2.yaml"]);
    // new-customers: a keeps v1; a new customer gets v2.
    assert_eq!(subs(&t, "a")[0]["planVersion"], 1);
    t.ok(&["customer", "create", "c"]);
    assert_eq!(subs(&t, "c")[0]["planVersion"], 2);
    assert_eq!(check(&t, &["a", "seats"]).1["usageLimit"], "2");
    assert_eq!(check(&t, &["c", "seats"]).1["usageLimit"], "3");
    // subscription migrate moves one; already latest is refused.
    let a_id = subs(&t, "a")[0]["subscriptionId"]
        .as_str()
        .unwrap()
        .to_string();
    t.ok(&["subscription", "migrate", &a_id]);
    assert_eq!(check(&t, &["a", "seats"]).1["usageLimit"], "3");
    t.fails(&["subscription", "migrate", &a_id], 1);
    // all-customers: every live subscription moves.
    t.write(
        "v3.yaml",
        &text.replace("seats: { limit: 2 }", "seats: { limit: 4 }"),
    );
    t.ok(&["catalog", "apply", "v3.yaml", "--migrate", "all-customers"]);
    for c in ["a", "b", "c"] {
        assert_eq!(subs(&t, c)[0]["planVersion"], 3, "{c}");
        assert_eq!(check(&t, &[c, "seats"]).1["usageLimit"], "4");
    }
}

#[test]
fn addon_quantity_multiplies_its_limit_and_rules_hold() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--quantity",
        "seats=10",
        "--addon",
        "extra-storage=3",
    ]);
    let id = s["subscriptionId"].as_str().unwrap().to_string();
    // storage: pro 500 + 3 × 100.
    assert_eq!(check(&t, &["acme", "storage-gb"]).1["usageLimit"], "800");
    // seats: the purchased per-unit quantity is the limit.
    assert_eq!(check(&t, &["acme", "seats"]).1["usageLimit"], "10");
    t.ok(&["subscription", "update", &id, "--addon", "extra-seats=2"]);
    assert_eq!(check(&t, &["acme", "seats"]).1["usageLimit"], "20");
    t.ok(&[
        "subscription",
        "update",
        &id,
        "--remove-addon",
        "extra-seats",
        "--quantity",
        "seats=12",
    ]);
    assert_eq!(check(&t, &["acme", "seats"]).1["usageLimit"], "12");
    let e = t.fails(
        &["subscription", "update", &id, "--addon", "extra-storage=11"],
        1,
    );
    assert!(e.contains("is not between 1 and 10"), "{e}");
    // The import files' `ID:N` form is a usage error that says how to write it.
    let e = t.fails(
        &["subscription", "update", &id, "--addon", "extra-storage:3"],
        2,
    );
    assert!(e.contains("`extra-storage=3`"), "{e}");
    t.fails(
        &["subscription", "update", &id, "--quantity", "seats=501"],
        1,
    );
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--addon",
            "priority-support",
        ],
        1,
    );
    assert!(e.contains("not compatible"), "{e}");
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
        ],
        2,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
            "--billing-period",
            "monthly",
        ],
        1,
    );
}

#[test]
fn promotion_beats_the_plan_and_expires() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    assert_eq!(check(&t, &["acme", "sso"]).0, 1);
    let p = t.json(&["entitlement", "grant", "acme", "sso", "--period", "1mo"]);
    assert_eq!(p["endDate"], "2026-02-01T00:00:00Z");
    assert_eq!(check(&t, &["acme", "sso"]).0, 0);
    t.ok(&[
        "entitlement",
        "grant",
        "acme",
        "seats",
        "--unlimited",
        "--period",
        "1w",
    ]);
    let (_, v) = check(&t, &["acme", "seats"]);
    assert_eq!(v["hasUnlimitedUsage"], true);
    assert_eq!(v["sources"].as_array().unwrap().len(), 2);
    insta::assert_snapshot!("promotions", t.ok(&["entitlement", "promotions", "acme"]));
    let out = t.ok(&["clock", "advance", "10d"]);
    assert!(out.contains("promotion of seats for acme expired"), "{out}");
    assert_eq!(check(&t, &["acme", "seats"]).1["usageLimit"], "2");
    // A revoke ends it now: its endDate says so (it kept the end it would have had).
    let r = t.json(&["entitlement", "revoke", "acme", "sso"]);
    assert_eq!(
        (
            r["endDate"].as_str(),
            r["status"].as_str(),
            r["endReason"].as_str()
        ),
        (
            Some("2026-01-11T00:00:00Z"),
            Some("Expired"),
            Some("Revoked")
        )
    );
    assert_eq!(check(&t, &["acme", "sso"]).0, 1);
    t.fails(&["entitlement", "revoke", "acme", "sso"], 3);
    t.fails(
        &[
            "entitlement",
            "grant",
            "acme",
            "sso",
            "--limit",
            "5",
            "--period",
            "1w",
        ],
        2,
    );
    t.fails(
        &["entitlement", "grant", "acme", "ghost", "--period", "1w"],
        3,
    );
}

#[test]
fn resource_scoped_subscriptions_and_checks() {
    let t = env();
    t.write(
        "multi.yaml",
        "features:\n  - { id: deploys, type: number, meter: incremental }\nproducts:\n  - id: hosting\n    multipleSubscriptions: true\n    plans:\n      - { id: site-free, entitlements: { deploys: { limit: 10 } } }\n      - id: site-pro\n        prices: [{ model: flat, monthly: 20, currency: USD }]\n        entitlements: { deploys: { unlimited: true } }\n",
    );
    t.ok(&["catalog", "apply", "multi.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "site-free",
        ],
        2,
    );
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "site-free",
        "--resource",
        "blog",
    ]);
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "site-pro",
        "--resource",
        "shop",
    ]);
    assert_eq!(
        check(&t, &["acme", "deploys", "--resource", "blog"]).1["usageLimit"],
        "10"
    );
    assert_eq!(
        check(&t, &["acme", "deploys", "--resource", "shop"]).1["hasUnlimitedUsage"],
        true
    );
    assert_eq!(
        check(&t, &["acme", "deploys", "--resource", "nope"]).1["accessDeniedReason"],
        "CustomerResourceNotFound"
    );
    // Customer-level subscriptions (the app's free plan) are seen from every resource.
    assert_eq!(check(&t, &["acme", "seats", "--resource", "blog"]).0, 0);
    // A customer-level check does not see resource subscriptions.
    assert_eq!(
        check(&t, &["acme", "deploys"]).1["accessDeniedReason"],
        "NoFeatureEntitlementInSubscription"
    );
    assert_eq!(
        t.json(&["subscription", "list", "--resource", "shop"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn archived_customer_is_denied_and_keeps_no_pii() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--name",
        "Acme",
        "--email",
        "a@acme.test",
    ]);
    t.ok(&["customer", "archive", "acme"]);
    assert_eq!(
        check(&t, &["acme", "seats"]).1["accessDeniedReason"],
        "CustomerIsArchived"
    );
    let c = t.json(&["customer", "show", "acme"]);
    assert_eq!(c["name"], Value::Null);
    assert_eq!(c["email"], Value::Null);
    assert_eq!(statuses(&t, "acme"), vec!["free CANCELED"]);
    assert_eq!(subs(&t, "acme")[0]["cancelReason"], "CustomerArchived");
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "free",
        ],
        1,
    );
    assert!(!t.ok(&["customer", "list"]).contains("acme"));
    assert!(t.ok(&["customer", "list", "--archived"]).contains("acme"));
    t.ok(&["customer", "unarchive", "acme"]);
    assert_eq!(
        check(&t, &["acme", "seats"]).1["accessDeniedReason"],
        "NoActiveSubscription"
    );
    // A promotion of another feature is no subscription: still the first reason that applies.
    t.ok(&["entitlement", "grant", "acme", "sso", "--period", "1mo"]);
    assert_eq!(
        check(&t, &["acme", "seats"]).1["accessDeniedReason"],
        "NoActiveSubscription"
    );
    assert_eq!(check(&t, &["acme", "sso"]).0, 0);
    t.fails(&["customer", "create", "acme"], 4);
}

#[test]
fn customer_and_subscription_verbs_snapshot_and_errors() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--name",
        "Acme",
        "--email",
        "ops@acme.test",
        "--billing-id",
        "cus_123",
        "--coupon",
        "launch20",
    ]);
    t.ok(&["customer", "create", "globex", "--name", "Globex"]);
    insta::assert_snapshot!("customer_list", t.ok(&["customer", "list"]));
    insta::assert_snapshot!("customer_show", t.ok(&["customer", "show", "acme"]));
    assert_eq!(
        t.json(&["customer", "list", "--search", "GLOB"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let u = t.json(&[
        "customer",
        "update",
        "acme",
        "--metadata",
        "tier=gold",
        "--remove-coupon",
    ]);
    assert_eq!(u["metadata"]["tier"], "gold");
    assert_eq!(u["couponId"], Value::Null);
    insta::assert_snapshot!("subscription_list", t.ok(&["subscription", "list"]));
    let token = t.ok(&["customer", "token", "acme"]);
    assert!(
        token.starts_with("HMAC-SHA256 acme:")
            && token.trim().len() == "HMAC-SHA256 acme:".len() + 64,
        "{token}"
    );
    assert_eq!(
        t.json(&["customer", "token", "acme"])["token"],
        token.trim()
    );
    t.ok(&["env", "rotate-signing-secret"]);
    assert_ne!(t.ok(&["customer", "token", "acme"]), token);
    t.fails(&["customer", "token", "nope"], 3);
    t.fails(&["customer", "create", "bad id"], 2);
    t.fails(&["customer", "create", "x", "--email", "nope"], 2);
    t.fails(&["customer", "show", "nope"], 3);
    t.fails(&["customer", "update", "nope", "--name", "x"], 3);
    t.fails(&["customer", "update", "acme"], 2);
    t.fails(&["customer", "archive", "nope"], 3);
    t.fails(&["customer", "create", "x", "--coupon", "nope"], 3);
    t.fails(&["customer", "create", "x", "--plan", "nope"], 3);
    t.fails(&["subscription", "show", "sub_nope"], 3);
    t.fails(&["subscription", "cancel", "sub_nope"], 3);
    t.fails(
        &[
            "subscription",
            "update",
            "sub_nope",
            "--quantity",
            "seats=1",
        ],
        3,
    );
    t.fails(&["subscription", "migrate", "sub_nope"], 3);
    t.fails(&["subscription", "schedule", "list", "sub_nope"], 3);
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "nope",
            "--plan",
            "pro",
        ],
        3,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "extra-seats",
        ],
        3,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
            "--billing-period",
            "weekly",
        ],
        2,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
            "--quantity",
            "seats",
        ],
        2,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "pro",
            "--start",
            "tomorrow",
        ],
        2,
    );
    t.fails(&["entitlement", "list", "nope"], 3);
    t.fails(&["entitlement", "promotions", "nope"], 3);
    t.fails(
        &[
            "entitlement",
            "check",
            "acme",
            "seats",
            "--requested-usage",
            "NaN",
        ],
        2,
    );
    // Archived plans take no new subscriptions.
    t.ok(&["plan", "archive", "enterprise"]);
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "globex",
            "--plan",
            "enterprise",
        ],
        1,
    );
}

#[test]
fn future_start_is_not_started_until_then() {
    let t = env();
    t.ok(&["customer", "create", "acme"]);
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
        "--start",
        "2026-02-01T00:00:00Z",
    ]);
    assert_eq!(s["status"], "NOT_STARTED");
    let id = s["subscriptionId"].as_str().unwrap().to_string();
    assert_eq!(check(&t, &["acme", "storage-gb"]).0, 1);
    t.ok(&["clock", "advance", "31d"]);
    let s = t.json(&["subscription", "show", &id]);
    assert_eq!(s["status"], "ACTIVE");
    assert_eq!(s["currentBillingPeriodEnd"], "2026-03-01T00:00:00Z");
    assert_eq!(check(&t, &["acme", "storage-gb"]).0, 0);
}

#[test]
fn addon_dependencies_and_compatibility_are_enforced() {
    let t = env();
    t.write(
        "deps.yaml",
        "features:\n  - { id: sso, type: boolean }\n  - { id: saml, type: boolean }\nproducts:\n  - id: app\n    plans:\n      - id: team\n        compatibleAddons: [sso-pack, saml-pack]\n        prices: [{ model: flat, monthly: 10, currency: USD }]\n    addons:\n      - { id: sso-pack, entitlements: { sso: {} }, prices: [{ model: flat, monthly: 5, currency: USD }] }\n      - { id: saml-pack, dependsOn: [sso-pack], entitlements: { saml: {} }, prices: [{ model: flat, monthly: 5, currency: USD }] }\n",
    );
    t.ok(&["catalog", "apply", "deps.yaml"]);
    t.ok(&["customer", "create", "acme"]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "team",
            "--addon",
            "saml-pack",
        ],
        1,
    );
    assert!(e.contains("requires add-on 'sso-pack'"), "{e}");
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "team",
            "--addon",
            "sso-pack",
            "--addon",
            "sso-pack",
        ],
        2,
    );
    t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "acme",
            "--plan",
            "team",
            "--addon",
            "sso-pack=2",
        ],
        1,
    );
    t.ok(&[
        "subscription",
        "create",
        "--customer",
        "acme",
        "--plan",
        "team",
        "--addon",
        "sso-pack",
        "--addon",
        "saml-pack",
    ]);
    assert_eq!(check(&t, &["acme", "saml"]).0, 0);
}

/// An archived feature takes no new promotions, as an archived plan takes no new subscriptions;
/// one granted before it was archived stays until it ends.
#[test]
fn an_archived_feature_takes_no_new_promotions() {
    let t = env();
    t.ok(&["feature", "create", "beta", "--type", "boolean"]);
    t.ok(&["customer", "create", "acme"]);
    t.ok(&["entitlement", "grant", "acme", "beta", "--period", "1mo"]);
    t.ok(&["feature", "archive", "beta"]);
    assert_eq!(check(&t, &["acme", "beta"]).0, 0);
    t.ok(&["customer", "create", "globex"]);
    let e = t.fails(
        &["entitlement", "grant", "globex", "beta", "--period", "1mo"],
        1,
    );
    assert!(
        e.contains("EntityIsArchivedError") || e.contains("archived"),
        "{e}"
    );
    t.ok(&["feature", "unarchive", "beta"]);
    t.ok(&["entitlement", "grant", "globex", "beta", "--period", "1mo"]);
}

/// A request flag the feature's type does not read is said to be ignored, not dropped
/// silently; the answer is the same.
#[test]
fn a_request_flag_the_feature_does_not_read_is_said_to_be_ignored() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "acme",
        "--plan",
        "pro",
        "--skip-trial",
        "--billing-period",
        "monthly",
    ]);
    let o = t.run(&[
        "entitlement",
        "check",
        "acme",
        "sso",
        "--requested-usage",
        "5",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("--requested-usage applies to number features"),
        "{}",
        o.stderr
    );
    let o = t.run(&[
        "entitlement",
        "check",
        "acme",
        "seats",
        "--requested-values",
        "us",
    ]);
    assert!(
        o.stderr
            .contains("--requested-values applies to enum features"),
        "{}",
        o.stderr
    );
    let o = t.run(&[
        "entitlement",
        "check",
        "acme",
        "region",
        "--requested-values",
        "us",
    ]);
    assert_eq!((o.code, o.stderr.as_str()), (0, ""));
}

/// Trials are for paid plans: `--trial-end` (or `--trial`) on a free or custom plan is refused,
/// and an import row's `trialEndDate` on one is a bad row — the trial was dropped silently.
#[test]
fn a_trial_on_a_plan_without_prices_is_refused_not_dropped() {
    let t = env();
    t.ok(&["customer", "import", &{
        t.write("c.csv", "customerId\nf1\nf2\n");
        "c.csv".to_string()
    }]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "f1",
            "--plan",
            "free",
            "--trial-end",
            "2026-01-10T00:00:00Z",
        ],
        2,
    );
    assert!(e.contains("trials are for paid and custom plans"), "{e}");
    // A custom plan takes a trial (as Stigg's): it is IN_TRIAL until then.
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "f2",
        "--plan",
        "enterprise",
        "--trial-end",
        "2026-01-10T00:00:00Z",
    ]);
    assert_eq!(
        (s["status"].as_str(), s["trialEndDate"].as_str()),
        (Some("IN_TRIAL"), Some("2026-01-10T00:00:00Z"))
    );
    t.ok(&["clock", "set", "2026-01-11T00:00:00Z"]);
    let s = t.json(&[
        "subscription",
        "show",
        s["subscriptionId"].as_str().unwrap(),
    ]);
    assert_eq!(s["status"], "ACTIVE", "{s}");
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "f1",
            "--plan",
            "free",
            "--trial",
        ],
        2,
    );
    assert!(
        e.contains("trials are for paid and custom plans") && !e.contains("--trial-end T"),
        "{e}"
    );
    t.write(
        "s.csv",
        "subscriptionId,customerId,planId,trialEndDate\nx6,f2,free,2026-01-10T00:00:00Z\n",
    );
    let e = t.fails(&["subscription", "import", "s.csv"], 65);
    assert!(
        e.contains("s.csv:2") && e.contains("trials are for paid and custom plans"),
        "{e}"
    );
    assert!(subs(&t, "f1").is_empty());
}

/// A trial asked for on a plan change that is scheduled (a downgrade at the period's end) is
/// refused, not dropped (the scheduled change carries none), and a free plan's trial is refused
/// whether the change is now or scheduled.
#[test]
fn a_scheduled_change_takes_no_trial_it_would_drop() {
    let t = env();
    t.ok(&[
        "customer",
        "create",
        "b1",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "b1",
            "--plan",
            "free",
            "--trial-end",
            "2026-01-20T00:00:00Z",
        ],
        2,
    );
    assert!(e.contains("trials are for paid and custom plans"), "{e}");
    t.ok(&[
        "customer",
        "create",
        "b5",
        "--plan",
        "pro",
        "--billing-period",
        "monthly",
        "--skip-trial",
    ]);
    let e = t.fails(
        &[
            "subscription",
            "create",
            "--customer",
            "b5",
            "--plan",
            "basic",
            "--billing-period",
            "monthly",
            "--trial-end",
            "2026-03-20T00:00:00Z",
        ],
        2,
    );
    assert!(
        e.contains("is scheduled for") && e.contains("--schedule immediate"),
        "{e}"
    );
    let s = t.json(&[
        "subscription",
        "create",
        "--customer",
        "b5",
        "--plan",
        "basic",
        "--billing-period",
        "monthly",
        "--trial-end",
        "2026-03-20T00:00:00Z",
        "--schedule",
        "immediate",
    ]);
    assert_eq!(s["status"], "IN_TRIAL");
}

/// A start trial of a plan offered monthly and annually needs a billing period: `customer
/// create --billing-period` gives it without `--plan` (the hint said to pass it, and clap then
/// asked for --plan).
#[test]
fn a_start_trial_takes_the_billing_period_asked_for() {
    let t = crate::helpers::TestEnv::new();
    t.write(
        "c.yaml",
        "products:\n  - id: app\n    startSetup: { trialPlan: gold }\n    plans:\n      - id: gold\n        trial: { days: 7 }\n        prices: [{ model: flat, currency: USD, monthly: 10, annually: 100 }]\n",
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    let e = t.fails(&["customer", "create", "u1"], 2);
    assert!(e.contains("--billing-period"), "{e}");
    t.ok(&["customer", "create", "u2", "--billing-period", "annually"]);
    let s = &subs(&t, "u2")[0];
    assert_eq!(
        (
            s["planId"].as_str(),
            s["status"].as_str(),
            s["billingPeriod"].as_str()
        ),
        (Some("gold"), Some("IN_TRIAL"), Some("ANNUALLY"))
    );
    // Given to the trial plans that offer it; another product's keeps its own; none taking it
    // is refused (it was ignored, or refused by a plan offered monthly only).
    let t = crate::helpers::TestEnv::new();
    t.write(
        "c.yaml",
        "products:\n  - id: app\n    startSetup: { trialPlan: gold }\n    plans:\n      - id: gold\n        trial: { days: 7 }\n        prices: [{ model: flat, currency: USD, monthly: 10, annually: 100 }]\n  - id: tool\n    startSetup: { trialPlan: tm }\n    plans:\n      - id: tm\n        trial: { days: 7 }\n        prices: [{ model: flat, currency: USD, monthly: 5 }]\n  - id: free-only\n    startSetup: { freePlan: f }\n    plans:\n      - { id: f, pricing: free }\n",
    );
    t.ok(&["catalog", "apply", "c.yaml"]);
    t.ok(&["customer", "create", "u3", "--billing-period", "annually"]);
    let periods: Vec<(String, String)> = subs(&t, "u3")
        .iter()
        .map(|s| {
            (
                s["planId"].as_str().unwrap().to_string(),
                s["billingPeriod"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        periods.contains(&("gold".into(), "ANNUALLY".into())),
        "{periods:?}"
    );
    assert!(
        periods.contains(&("tm".into(), "MONTHLY".into())),
        "{periods:?}"
    );
    let t2 = crate::helpers::TestEnv::new();
    t2.write("f.yaml", "products:\n  - id: p\n    startSetup: { freePlan: f }\n    plans:\n      - { id: f, pricing: free }\n");
    t2.ok(&["catalog", "apply", "f.yaml"]);
    let e = t2.fails(
        &["customer", "create", "u4", "--billing-period", "monthly"],
        2,
    );
    assert!(e.contains("no plan the customer starts on"), "{e}");
    assert_eq!(t2.sql("SELECT COUNT(*) FROM customers"), "0");
}

/// A custom plan's subscription that ends (cancelled now or at its end) ends into the
/// product's end setup like a paid one: the customer was left with no subscription.
#[test]
fn a_cancelled_custom_plan_downgrades_to_free() {
    let t = env();
    t.ok(&["customer", "create", "c1"]);
    t.ok(&["customer", "create", "c2"]);
    for (c, id) in [("c1", "e1"), ("c2", "e2")] {
        t.ok(&[
            "subscription",
            "create",
            "--id",
            id,
            "--customer",
            c,
            "--plan",
            "enterprise",
        ]);
    }
    t.ok(&["clock", "set", "2026-01-01T01:00:00Z"]);
    t.ok(&["subscription", "cancel", "e1", "--at", "immediate"]);
    t.ok(&[
        "subscription",
        "cancel",
        "e2",
        "--at",
        "2026-01-05T00:00:00Z",
    ]);
    t.ok(&["clock", "set", "2026-01-06T00:00:00Z"]);
    for c in ["c1", "c2"] {
        let live: Vec<String> = subs(&t, c)
            .iter()
            .filter(|s| s["status"] == "ACTIVE")
            .map(|s| s["planId"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(live, ["free"], "{c}");
        let (code, _) = check(&t, &[c, "projects"]);
        assert_eq!(code, 0, "{c}");
    }
}
