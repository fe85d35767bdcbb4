//! Every enum value the binary prints in JSON is one of Stigg's values for that enum
//! (`fixtures/stigg-graphql-enums.md`, an unedited copy of the extract from Stigg's GraphQL
//! schema), or one of our own additions listed below with the reason. Error codes likewise:
//! every code the sources can emit is in Stigg's `ErrorCode` list or in [`OWN_CODES`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use stigg_cli::domain::catalog::*;
use stigg_cli::domain::entitlements::DenyReason;
use stigg_cli::domain::subscriptions::*;
use stigg_cli::events::{EventActor, EventEntityType};
use stigg_cli::store::catalog::Meta;
use stigg_cli::store::customers::Promotion;

/// Values we print that Stigg's enum lacks: (Stigg enum, value, reason).
const OWN_VALUES: &[(&str, &str, &str)] = &[
    (
        "CreditGrantStatus",
        "DEPLETED",
        "spec 50-credits names it: a grant whose credits are all consumed (Stigg keeps such a \
         grant ACTIVE with a zero balance)",
    ),
    (
        "FeatureStatus",
        "ARCHIVED",
        "Stigg's FeatureStatus (ACTIVE, NEW, SUSPENDED) has no archived state; an archived \
         feature prints ARCHIVED, as archived coupons, currencies and products do",
    ),
    (
        "SubscriptionScheduleType",
        "Cancellation",
        "`subscription schedule list` shows a scheduled cancellation next to the scheduled \
         updates; Stigg keeps it in cancellationDate, and it is never in scheduledUpdates",
    ),
];

/// Enums of our own (no Stigg enum has the concept): (field, values, reason).
const OWN_ENUMS: &[(&str, &[&str], &str)] = &[
    (
        "entitlement check sources[].type",
        &["PLAN", "ADDON", "PROMOTIONAL"],
        "Stigg's check result names no source; ours lists each contributing source",
    ),
    (
        "catalog apply changes[].action",
        &[
            "create",
            "update",
            "new-version",
            "create-draft",
            "update-draft",
            "archive",
            "unarchive",
        ],
        "the change plan of catalog-as-code has no Stigg counterpart",
    ),
];

/// Error codes we emit that Stigg's ErrorCode lacks, each with the reason.
const OWN_CODES: &[(&str, &str)] = &[
    (
        "AutomaticRechargeNotFound",
        "`credit auto-recharge show|disable` of a customer and currency that never had one set \
         up (Stigg has no named code for it)",
    ),
    (
        "RetryCarefully",
        "never shown: an import pass whose row failed after writing asks to run again with a savepoint per row",
    ),
    (
        "IdempotencyKeyReused",
        "an idempotency key reused with another payload (Stigg answers it as a conflict with no named code)",
    ),
    (
        "NoOpenDraft",
        "discard-draft without a draft (Stigg's NoDraftOfferFound is about offers, not packages)",
    ),
    (
        "DatabaseFileProtected",
        "an output file would replace a SQLite database (local files; Stigg has none)",
    ),
    (
        "SubscriptionsOverlap",
        "two subscriptions of one scope live at one instant (Stigg has no code for this check)",
    ),
    (
        "Aborted",
        "a confirmation prompt was declined (a CLI has prompts)",
    ),
    (
        "ArgumentConflict",
        "command-line parsing (Stigg has an API, not a CLI)",
    ),
    ("MissingArgument", "command-line parsing"),
    ("MissingCommand", "command-line parsing"),
    ("UnknownArgument", "command-line parsing"),
    ("UnknownCommand", "command-line parsing"),
    (
        "BrokenPipe",
        "the reader of stdout went away (`| head`); exits 0, never printed",
    ),
    (
        "ChangesPending",
        "`catalog diff` answers by exit code 1; never printed",
    ),
    (
        "ClockNotAllowedInProduction",
        "the environment test clock is local",
    ),
    (
        "ClockWentBackwards",
        "local processed-time mark; Stigg's clock is its server's",
    ),
    (
        "FutureNowOnProduction",
        "`--now` ahead of the system clock on production",
    ),
    ("InstantOutOfRange", "a computed date past 9999-12-31"),
    (
        "StartBeforeProcessedTime",
        "history before the processed-time mark is never rewritten",
    ),
    (
        "CouponDiscountCannotBeChanged",
        "Stigg has no code for this catalog guard",
    ),
    (
        "FeatureTypeCannotBeChanged",
        "Stigg has no code for this catalog guard",
    ),
    (
        "FeatureMeterTypeCannotBeChanged",
        "Stigg has no code for this catalog guard",
    ),
    (
        "PackageProductCannotBeChanged",
        "catalog as code moving a package to another product",
    ),
    (
        "CreditEntitlementNotFound",
        "removing a credit entitlement the draft does not have",
    ),
    (
        "CustomerIsArchived",
        "Stigg's AccessDeniedReason for the same state; its ErrorCode list has none",
    ),
    (
        "EntitlementNotFound",
        "Stigg's AccessDeniedReason name; removing an entitlement the draft does not have",
    ),
    (
        "EntityNotFound",
        "a missing reference whose kind is unknown (fallback)",
    ),
    (
        "EnvironmentAlreadyExists",
        "environments are local files (Stigg's EnvironmentMissing is about an API key)",
    ),
    ("EnvironmentNotFound", "environments are local files"),
    (
        "EventNotFound",
        "`--after` names an event the local log does not have",
    ),
    (
        "DraftCannotBeDiscarded",
        "a never-published package's draft is its only version",
    ),
    (
        "FeatureNotPricedPerUnit",
        "`--quantity` for a feature without a per-unit price",
    ),
    (
        "InvalidCatalog",
        "a catalog file's content (exit 65, file:line:column)",
    ),
    (
        "InvalidInput",
        "an import or input file's content (exit 65, file:line:column)",
    ),
    (
        "PackageInUse",
        "deleting an add-on another add-on depends on (Stigg names only the plan cases)",
    ),
    (
        "PackageNotPublishable",
        "publish-time validation of a draft, with every problem",
    ),
    (
        "PackageVersionNotFound",
        "`--version N` of a package that has no such version",
    ),
    (
        "QuantityNotFound",
        "removing a unit quantity the subscription does not have",
    ),
    (
        "ResourceNotSupported",
        "`--resource` on a product without multiple subscriptions",
    ),
    (
        "SubscriptionAlreadyExists",
        "a second live subscription to the same plan or product scope (Stigg updates instead)",
    ),
    (
        "DatabaseBusy",
        "local SQLite file: locked beyond the timeout (exit 75)",
    ),
    (
        "DatabaseDamaged",
        "local SQLite file: a stored value does not parse",
    ),
    ("DatabaseReadOnly", "local SQLite file on a read-only mount"),
    ("DiskFull", "local storage"),
    ("IoError", "local storage"),
    ("NotAStiggDatabase", "local storage: a foreign file"),
    ("SchemaTooNew", "local storage: written by a newer binary"),
    ("UnusableDatabasePath", "local storage"),
    ("UnusableHome", "local storage"),
    (
        "InputNotReadable",
        "an input file is missing or unreadable (exit 66)",
    ),
    ("OutputError", "writing output or an export file (exit 74)"),
];

/// CamelCase literals in the sources that are neither codes nor enum values.
const NOT_CODES: &[&str] = &[
    "NaN",
    // Why an automatic recharge is disabled (`credit auto-recharge show`'s disabledReason).
    "MonthlySpendLimitExceeded",
    "DisabledByUser",
    // Estimate line types (spec 60-pricing-estimates names them; Stigg has no such enum).
    "BaseCharge",
    "PerUnitCharge",
    "TierCharge",
    "UsageCharge",
    "OverageCharge",
    "AddonCharge",
    "MinimumSpendAdjustment",
    "Proration",
];

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `- **Name**: `A`, `B`  — description` lines of the fixture.
fn stigg_enums() -> BTreeMap<String, BTreeSet<String>> {
    let text =
        std::fs::read_to_string(manifest().join("tests/cli/fixtures/stigg-graphql-enums.md"))
            .unwrap();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("- **") else {
            continue;
        };
        let (name, values) = rest.split_once("**:").unwrap();
        let values = values.split(" — ").next().unwrap();
        let set: BTreeSet<String> = values
            .split(',')
            .map(|v| v.trim().trim_matches('`').to_string())
            .filter(|v| !v.is_empty())
            .collect();
        out.insert(name.to_string(), set);
    }
    assert!(out.len() > 100, "the fixture did not parse");
    out
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn meta(archived: bool) -> Meta {
    Meta {
        created_at: String::new(),
        updated_at: String::new(),
        archived_at: archived.then(String::new),
    }
}

fn deny_reasons() -> Vec<String> {
    use DenyReason::*;
    let all = [
        CustomerNotFound,
        CustomerIsArchived,
        CustomerResourceNotFound,
        FeatureNotFound,
        NoActiveSubscription,
        NoFeatureEntitlementInSubscription,
        Revoked,
        RequestedUsageExceedingLimit,
        RequestedValuesMismatch,
        InsufficientCredits,
    ];
    // A variant added later fails to compile here, so it cannot be missed.
    for r in all {
        match r {
            CustomerNotFound
            | CustomerIsArchived
            | CustomerResourceNotFound
            | FeatureNotFound
            | NoActiveSubscription
            | NoFeatureEntitlementInSubscription
            | Revoked
            | RequestedUsageExceedingLimit
            | RequestedValuesMismatch
            | InsufficientCredits => {}
        }
    }
    all.iter()
        .map(|r| {
            serde_json::to_value(r)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

fn promotions() -> Vec<Promotion> {
    let start = stigg_cli::clock::parse_instant("2026-01-31T10:00:00Z").unwrap();
    let mut ends: Vec<Option<stigg_cli::clock::Instant>> = vec![None];
    for span in ["1w", "1mo", "6mo", "1y", "3d"] {
        let s = stigg_cli::clock::parse_span(span).unwrap();
        ends.push(stigg_cli::clock::add_span(start, s));
    }
    let mut out = Vec::new();
    for end in ends {
        for ended in [false, true] {
            out.push(Promotion {
                customer_id: "c".into(),
                feature_id: "f".into(),
                entitlement: Entitlement {
                    limit: Limit::None,
                    soft: false,
                    reset: None,
                    values: vec![],
                    behavior: None,
                },
                granted_at: start,
                expires_at: end,
                ended_at: ended.then_some(start),
                end_reason: ended.then(|| "Revoked".to_string()),
            });
        }
    }
    out
}

/// Every enum the binary prints in JSON: (Stigg's enum, the values we can print).
fn printed() -> Vec<(&'static str, Vec<String>)> {
    use stigg_cli::ops::entitlements::{promotion_period, promotion_status};
    use stigg_cli::output::views::*;
    let mut anchors: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut kw = vec![
        ANCHOR_SUBSCRIPTION_START.to_string(),
        ANCHOR_START_OF_MONTH.to_string(),
    ];
    kw.extend(WEEKDAYS.iter().map(|d| format!("every-{d}")));
    for period in ResetPeriod::ALL {
        for a in &kw {
            let r = Reset {
                period: *period,
                anchor: a.clone(),
            };
            // Only the anchors validation lets through for the period.
            let valid = a == ANCHOR_SUBSCRIPTION_START
                || (a == ANCHOR_START_OF_MONTH && *period == ResetPeriod::Month)
                || (a.starts_with("every-") && *period == ResetPeriod::Week);
            if let (true, Some((key, value))) = (valid, reset_period_configuration(&r)) {
                anchors.entry(key).or_default().push(value);
            }
        }
    }
    let promos = promotions();
    vec![
        ("FeatureType", strs(FeatureType::all_wire())),
        ("MeterType", strs(MeterType::all_wire())),
        ("PricingType", strs(PricingType::all_wire())),
        ("EntitlementResetPeriod", strs(ResetPeriod::all_wire())),
        ("CreditCadence", strs(Cadence::all_wire())),
        ("TrialEndBehavior", strs(TrialEnd::all_wire())),
        ("EntitlementBehavior", strs(AddonBehavior::all_wire())),
        (
            "SubscriptionCancellationTime",
            strs(CancellationTime::all_wire()),
        ),
        ("ScheduleStrategy", strs(DowngradeAt::all_wire())),
        (
            "SubscriptionUpdateUsageCutoffBehavior",
            strs(UsageReset::all_wire()),
        ),
        (
            "BillingModel",
            PriceModel::ALL
                .iter()
                .map(|m| billing_model(*m).to_string())
                .collect(),
        ),
        ("TiersMode", strs(TiersMode::all_wire())),
        ("AggregationFunction", strs(Aggregation::all_wire())),
        ("ConditionOperation", strs(ConditionOp::all_wire())),
        ("UnitTransformationRound", strs(Rounding::all_wire())),
        ("SubscriptionStatus", strs(SubStatus::all_wire())),
        ("BillingPeriod", strs(BillingPeriod::all_wire())),
        (
            "SubscriptionScheduleStatus",
            strs(ScheduleStatus::all_wire()),
        ),
        ("SubscriptionScheduleType", {
            let mut v = strs(ScheduleType::all_wire());
            v.push(stigg_cli::ops::subscriptions::SCHEDULED_CANCELLATION.to_string());
            v
        }),
        ("EventEntityType", strs(EventEntityType::all_wire())),
        ("EventActor", strs(EventActor::all_wire())),
        (
            "PublishMigrationType",
            <stigg_cli::ops::packages::Migrate as clap::ValueEnum>::value_variants()
                .iter()
                .map(|m| m.wire().to_string())
                .collect(),
        ),
        (
            "EnvironmentType",
            <stigg_cli::cli::env::EnvType as clap::ValueEnum>::value_variants()
                .iter()
                .map(|m| m.wire().to_string())
                .collect(),
        ),
        (
            "ProductStatus",
            strs(&[product_status(&meta(false)), product_status(&meta(true))]),
        ),
        (
            "PackageStatus",
            strs(&[
                package_status(false, "DRAFT"),
                package_status(false, "PUBLISHED"),
                package_status(true, "PUBLISHED"),
            ]),
        ),
        (
            "CouponStatus",
            strs(&[archived_status(&meta(false)), archived_status(&meta(true))]),
        ),
        (
            "CustomCurrencyStatus",
            strs(&[archived_status(&meta(false)), archived_status(&meta(true))]),
        ),
        (
            "FeatureStatus",
            strs(&[archived_status(&meta(false)), archived_status(&meta(true))]),
        ),
        (
            "CouponType",
            strs(&[
                coupon_type(&Discount::Percentage {
                    percent_off: 1.into(),
                }),
                coupon_type(&Discount::Fixed {
                    amounts_off: vec![],
                }),
            ]),
        ),
        (
            "TrialPeriodUnits",
            strs(&[
                trial_units(TrialLength::Days(1)).1,
                trial_units(TrialLength::Months(1)).1,
            ]),
        ),
        (
            "SubscriptionStartSetup",
            strs(&[
                start_setup_type(&None),
                start_setup_type(&Some(StartSetup::FreePlan("f".into()))),
                start_setup_type(&Some(StartSetup::TrialPlan("p".into()))),
            ]),
        ),
        (
            "SubscriptionEndSetup",
            strs(&[end_setup_type(&None), end_setup_type(&Some("f".into()))]),
        ),
        (
            "MonthlyAccordingTo",
            anchors.remove("monthlyAccordingTo").unwrap(),
        ),
        (
            "WeeklyAccordingTo",
            anchors.remove("weeklyAccordingTo").unwrap(),
        ),
        (
            "YearlyAccordingTo",
            anchors.remove("yearlyAccordingTo").unwrap(),
        ),
        ("AccessDeniedReason", deny_reasons()),
        (
            "PromotionalEntitlementStatus",
            promos
                .iter()
                .map(|p| promotion_status(p).to_string())
                .collect(),
        ),
        (
            "PromotionalEntitlementPeriod",
            promos
                .iter()
                .map(|p| promotion_period(p).to_string())
                .collect(),
        ),
        (
            "SubscriptionCancelReason",
            // Set as literals in ops/subscriptions.rs; a new one is caught by the source scan.
            strs(&[
                "UpgradeOrDowngrade",
                "TrialConverted",
                "TrialEnded",
                "Expired",
                "Immediate",
                "ScheduledCancellation",
                "CustomerArchived",
            ]),
        ),
        (
            "CreditGrantType",
            strs(stigg_cli::domain::credits::GrantType::all_wire()),
        ),
        (
            "CreditGrantStatus",
            strs(stigg_cli::domain::credits::GrantStatus::all_wire()),
        ),
        (
            "CreditLedgerEventType",
            strs(stigg_cli::domain::credits::EntryType::all_wire()),
        ),
    ]
}

#[test]
fn every_printed_enum_value_is_stiggs_or_listed_as_our_own() {
    let stigg = stigg_enums();
    let mut problems = Vec::new();
    let mut used_own = BTreeSet::new();
    for (name, values) in printed() {
        let Some(allowed) = stigg.get(name) else {
            problems.push(format!("{name}: not an enum in the Stigg extract"));
            continue;
        };
        for v in values {
            if allowed.contains(&v) {
                continue;
            }
            match OWN_VALUES.iter().find(|(e, x, _)| *e == name && *x == v) {
                Some((_, _, reason)) if !reason.is_empty() => {
                    used_own.insert((name, v));
                }
                _ => problems.push(format!(
                    "{name}: '{v}' is not one of Stigg's values ({})",
                    allowed.iter().cloned().collect::<Vec<_>>().join(", ")
                )),
            }
        }
    }
    for (e, v, _) in OWN_VALUES {
        if stigg.get(*e).is_some_and(|s| s.contains(*v)) {
            problems.push(format!("{e}: '{v}' is Stigg's; drop it from OWN_VALUES"));
        } else if !used_own.contains(&(*e, v.to_string())) {
            problems.push(format!("{e}: '{v}' is listed as ours but never printed"));
        }
    }
    for (field, values, reason) in OWN_ENUMS {
        assert!(!reason.is_empty() && !values.is_empty(), "{field}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A string literal right after one of these is an error code.
const CODE_SITES: &[&str] = &[
    "Error::new(",
    "Self::new(",
    "RuleViolation::new(",
    "Error::rejected(",
    "Error::not_found(",
    "Error::conflict(",
    "Error::config(",
    "rule(",
    "code: ",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The literal a code site passes (skipping whitespace and an `ErrorKind::X,` argument).
fn literal_after(text: &str) -> Option<String> {
    let mut t = text.trim_start();
    if let Some(rest) = t.strip_prefix("ErrorKind::") {
        t = rest.split_once(',')?.1.trim_start();
    }
    let rest = t.strip_prefix('"')?;
    let end = rest.find('"')?;
    let lit = &rest[..end];
    lit.chars()
        .all(|c| c.is_ascii_alphanumeric())
        .then(|| lit.to_string())
}

/// (literals at code sites, every CamelCase literal) in `src/`.
fn scan_sources() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut files = Vec::new();
    rust_files(&manifest().join("src"), &mut files);
    let (mut at_sites, mut camel) = (BTreeSet::new(), BTreeSet::new());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for site in CODE_SITES {
            for (i, _) in text.match_indices(site) {
                if let Some(lit) = literal_after(&text[i + site.len()..]) {
                    at_sites.insert(lit);
                }
            }
        }
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let word: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let closed = rest[word.len()..].starts_with('"');
            let uppers = word.chars().filter(|c| c.is_ascii_uppercase()).count();
            let lowers = word.chars().filter(|c| c.is_ascii_lowercase()).count();
            if closed
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && uppers >= 2
                && lowers > 0
            {
                camel.insert(word);
            }
        }
    }
    (at_sites, camel)
}

#[test]
fn every_error_code_is_stiggs_or_listed_as_our_own() {
    let stigg = stigg_enums();
    let codes = &stigg["ErrorCode"];
    let own: BTreeMap<&str, &str> = OWN_CODES.iter().copied().collect();
    let (at_sites, camel) = scan_sources();
    let mut problems = Vec::new();
    for c in &at_sites {
        if !codes.contains(c) && !own.contains_key(c.as_str()) {
            problems.push(format!(
                "error code '{c}' is not in Stigg's ErrorCode list: use Stigg's name for the \
                 concept, or add it to OWN_CODES with the reason"
            ));
        }
    }
    // Codes chosen in a `match` or an `if` are caught here: every CamelCase literal is a code
    // (Stigg's or ours), a value of one of Stigg's enums, or listed as not a code.
    let any_stigg_value: BTreeSet<&String> = stigg.values().flatten().collect();
    let own_values: BTreeSet<&str> = OWN_VALUES.iter().map(|(_, v, _)| *v).collect();
    for c in &camel {
        let known = codes.contains(c)
            || own.contains_key(c.as_str())
            || any_stigg_value.contains(c)
            || own_values.contains(c.as_str())
            || NOT_CODES.contains(&c.as_str());
        if !known {
            problems.push(format!(
                "'{c}' in src/ is neither one of Stigg's names nor listed: if it is an error \
                 code, use Stigg's name or add it to OWN_CODES with the reason"
            ));
        }
    }
    for (c, reason) in OWN_CODES {
        if codes.contains(*c) {
            problems.push(format!("'{c}' is Stigg's: drop it from OWN_CODES"));
        }
        if reason.is_empty() {
            problems.push(format!("'{c}' has no reason"));
        }
        if !at_sites.contains(*c) && !camel.contains(*c) {
            problems.push(format!("'{c}' is listed in OWN_CODES but never emitted"));
        }
    }
    // The codes the issue names are Stigg's exactly.
    for c in [
        "EditAllowedOnDraftPackageOnlyError",
        "AddonQuantityExceedsLimitError",
        "AddonDependencyMissingError",
        "ProductNotFoundError",
        "PromotionalEntitlementNotFoundError",
        "SubscriptionAlreadyOnLatestPlanError",
        "IncompatibleSubscriptionAddon",
        "InvalidQuantity",
    ] {
        if !at_sites.contains(c) && !camel.contains(c) {
            problems.push(format!("'{c}' is not emitted"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
