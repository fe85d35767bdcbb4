//! Whole-catalog validation: every problem, not just the first. `world` is everything that can be
//! referenced (files alone for `catalog validate`, environment + files for `apply`); problems
//! are reported only for the entities in `scope`.

use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::domain::{formula, money, slug};

pub fn package_path(p: &PackageDef, draft: bool) -> String {
    let base = entity_path(EntityKind::of_package(p.kind), &p.id);
    if draft { format!("{base}@draft") } else { base }
}

/// `a` or `an` before `word` ("an enum feature", "an overage price").
fn article(word: &str) -> String {
    // ("a usage price": u sounds as a consonant in every word this names.)
    if word.starts_with(['a', 'e', 'i', 'o']) {
        format!("an {word}")
    } else {
        format!("a {word}")
    }
}

pub fn validate(world: &Catalog, scope: &BTreeSet<(EntityKind, String)>) -> Vec<Problem> {
    let mut v = Validator {
        world,
        out: Vec::new(),
    };
    let in_scope = |k: EntityKind, id: &String| scope.contains(&(k, id.clone()));
    for f in world
        .features
        .values()
        .filter(|f| in_scope(EntityKind::Feature, &f.id))
    {
        v.feature(f);
    }
    for c in world
        .currencies
        .values()
        .filter(|c| in_scope(EntityKind::Currency, &c.id))
    {
        v.id_and_name(&entity_path(EntityKind::Currency, &c.id), &c.id, &c.name);
    }
    for c in world
        .coupons
        .values()
        .filter(|c| in_scope(EntityKind::Coupon, &c.id))
    {
        v.coupon(c);
    }
    for p in world
        .products
        .values()
        .filter(|p| in_scope(EntityKind::Product, &p.id))
    {
        v.product(p);
    }
    for (draft, map) in [(false, &world.packages), (true, &world.drafts)] {
        for p in map.values() {
            let kind = EntityKind::of_package(p.kind);
            if in_scope(kind, &p.id) {
                v.package(p, &package_path(p, draft));
                // A package never published is deleted, not archived (Stigg's
                // DraftPlanCantBeArchived / DraftAddonCantBeArchived, as `plan archive`
                // refuses it): archived, it exported as a live draft.
                if draft && !world.packages.contains_key(&p.id) && world.is_archived(kind, &p.id) {
                    let code = if p.kind == PackageKind::Plan {
                        "DraftPlanCantBeArchived"
                    } else {
                        "DraftAddonCantBeArchived"
                    };
                    v.err(
                        format!("{}/archived", entity_path(kind, &p.id)),
                        format!(
                            "{} '{}' was never published: it cannot be archived ({code}); delete it instead",
                            kind.noun(),
                            p.id
                        ),
                    );
                }
            }
        }
    }
    v.cycles(scope);
    let mut out = v.out;
    // Drafts may be incomplete (a paid plan without a price yet): what only publication needs
    // — a complete price list — is checked when they are published, so a catalog export with
    // such a draft applies back.
    out.retain(|p| {
        !(p.path.contains("@draft")
            && (p.path.ends_with("/pricing") || p.path.ends_with("/prices")))
    });
    out.sort();
    out.dedup();
    out
}

struct Validator<'a> {
    world: &'a Catalog,
    out: Vec<Problem>,
}

impl Validator<'_> {
    fn err(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.out.push(Problem::new(path, msg));
    }

    fn id_and_name(&mut self, path: &str, id: &str, name: &str) {
        if let Err(m) = slug::check_slug(id) {
            self.err(format!("{path}/id"), m);
        }
        if name.trim().is_empty() {
            self.err(format!("{path}/name"), "name must not be empty");
        }
    }

    fn feature(&mut self, f: &Feature) {
        let path = entity_path(EntityKind::Feature, &f.id);
        self.id_and_name(&path, &f.id, &f.name);
        if f.feature_type != FeatureType::Number {
            if f.meter_type != MeterType::None {
                self.err(
                    format!("{path}/meter"),
                    "only number features can be metered",
                );
            }
            if f.units.is_some() {
                self.err(format!("{path}/units"), "only number features have units");
            }
        }
        // (A one-word `units` makes the plural by adding `s`: a blank word would be `s`.)
        if let Some(u) = &f.units
            && (u.singular.trim().is_empty() || u.plural.trim().is_empty())
        {
            self.err(
                format!("{path}/units"),
                "units must not be empty or blank (`[seat, seats]`, or one word)",
            );
        }
        match f.feature_type {
            FeatureType::Enum => {
                if f.enum_values.is_empty() {
                    self.err(
                        format!("{path}/values"),
                        "an enum feature needs at least one value",
                    );
                }
                let mut seen = BTreeSet::new();
                for ev in &f.enum_values {
                    if ev.value.trim().is_empty() {
                        self.err(format!("{path}/values"), "enum values must not be empty");
                    } else if !seen.insert(ev.value.as_str()) {
                        self.err(
                            format!("{path}/values"),
                            format!("enum value '{}' is listed twice", ev.value),
                        );
                    }
                }
            }
            _ if !f.enum_values.is_empty() => {
                self.err(format!("{path}/values"), "only enum features have values");
            }
            _ => {}
        }
        if let Some(m) = &f.event_meter {
            let mp = format!("{path}/eventMeter");
            if f.meter_type != MeterType::Incremental {
                self.err(mp.clone(), "an eventMeter needs `meter: incremental`");
            }
            match (m.aggregation, &m.aggregation_field) {
                (Aggregation::Count, Some(_)) => {
                    self.err(format!("{mp}/aggregation"), "COUNT takes no field")
                }
                (Aggregation::Count, None) => {}
                (a, None) => self.err(
                    format!("{mp}/aggregation"),
                    format!("{} needs a `field` (the dimension to aggregate)", a.wire()),
                ),
                (_, Some(_)) => {}
            }
            for (i, filter) in m.filters.iter().enumerate() {
                if filter.conditions.is_empty() {
                    self.err(
                        format!("{mp}/filters/{i}"),
                        "a filter needs at least one condition",
                    );
                }
                for (j, c) in filter.conditions.iter().enumerate() {
                    self.condition(&format!("{mp}/filters/{i}/conditions/{j}"), c);
                }
            }
        }
        if let Some(t) = &f.unit_transformation {
            if !f.is_metered() {
                self.err(
                    format!("{path}/unitTransformation"),
                    "only metered features take a unitTransformation",
                );
            }
            if t.divide <= Decimal::ZERO {
                self.err(
                    format!("{path}/unitTransformation/divide"),
                    "divide must be greater than zero",
                );
            }
        }
    }

    fn condition(&mut self, path: &str, c: &Condition) {
        if c.field.trim().is_empty() {
            self.err(format!("{path}/field"), "field must not be empty");
        }
        match c.operation {
            ConditionOp::In => {
                if c.values.is_empty() {
                    self.err(
                        format!("{path}/values"),
                        "IN needs a non-empty `values` list",
                    );
                }
                if c.value.is_some() {
                    self.err(format!("{path}/value"), "IN takes `values`, not `value`");
                }
            }
            ConditionOp::IsNull | ConditionOp::IsNotNull => {
                if c.value.is_some() || !c.values.is_empty() {
                    self.err(
                        format!("{path}/value"),
                        format!("{} takes no value", c.operation.wire()),
                    );
                }
            }
            op => {
                if !c.values.is_empty() {
                    self.err(
                        format!("{path}/values"),
                        format!("{} takes `value`, not `values`", op.wire()),
                    );
                }
                match &c.value {
                    None => self.err(
                        format!("{path}/value"),
                        format!("{} needs a `value`", op.wire()),
                    ),
                    Some(val) if op.is_numeric() => {
                        if let Err(m) = crate::domain::decimal::parse_decimal(val) {
                            self.err(
                                format!("{path}/value"),
                                format!("{} compares numbers: {m}", op.wire()),
                            );
                        }
                    }
                    Some(_) => {}
                }
            }
        }
    }

    fn coupon(&mut self, c: &Coupon) {
        let path = entity_path(EntityKind::Coupon, &c.id);
        self.id_and_name(&path, &c.id, &c.name);
        match &c.discount {
            Discount::Percentage { percent_off } => {
                if *percent_off <= Decimal::ZERO || *percent_off > Decimal::ONE_HUNDRED {
                    self.err(
                        format!("{path}/percentOff"),
                        "percentOff must be greater than 0 and at most 100",
                    );
                }
            }
            Discount::Fixed { amounts_off } => {
                if amounts_off.is_empty() {
                    self.err(
                        format!("{path}/amountsOff"),
                        "a fixed coupon needs at least one amount",
                    );
                }
                let mut seen = BTreeSet::new();
                for m in amounts_off {
                    let mp = format!("{path}/amountsOff/@{}", m.currency);
                    self.money(&mp, &m.currency, m.amount, true);
                    if !seen.insert(m.currency.as_str()) {
                        self.err(mp, format!("currency {} is listed twice", m.currency));
                    }
                }
            }
        }
        if c.duration_months == Some(0) {
            self.err(
                format!("{path}/durationMonths"),
                "durationMonths must be at least 1 (omit it for forever)",
            );
        }
    }

    /// A price amount no sum of charges could carry is refused here, not at the first estimate.
    fn at_most_largest_price(&mut self, path: String, amount: Decimal) {
        if amount.abs() > largest_price() {
            self.err(
                path,
                format!("{amount} is larger than a price may be (at most 1000000000000000)"),
            );
        }
    }

    /// An amount charged as is: known currency, positive, no finer than the minor unit.
    fn money(&mut self, path: &str, currency: &str, amount: Decimal, positive: bool) {
        self.at_most_largest_price(path.to_string(), amount);
        match money::check_currency(currency) {
            Err(m) => self.err(path, m),
            Ok(minor) => {
                if amount.scale() > minor && amount.normalize().scale() > minor {
                    self.err(path, format!("{amount} {currency} is finer than the currency's {minor} decimal places"));
                }
            }
        }
        if amount.is_sign_negative() || (positive && amount.is_zero()) {
            self.err(
                path,
                format!(
                    "amount {amount} must be {}",
                    if positive {
                        "greater than zero"
                    } else {
                        "zero or more"
                    }
                ),
            );
        }
    }

    fn product(&mut self, p: &Product) {
        let path = entity_path(EntityKind::Product, &p.id);
        self.id_and_name(&path, &p.id, &p.name);
        match &p.start_setup {
            Some(StartSetup::FreePlan(plan)) => self.product_plan(
                &format!("{path}/startSetup/freePlan"),
                p,
                plan,
                Some(PricingType::Free),
            ),
            Some(StartSetup::TrialPlan(plan)) => {
                let sp = format!("{path}/startSetup/trialPlan");
                self.product_plan(&sp, p, plan, Some(PricingType::Paid));
                if let Some(def) = self.world.package(plan)
                    && def.kind == PackageKind::Plan
                    && def.body.trial.is_none()
                {
                    self.err(sp, format!("plan '{plan}' has no trial configured"));
                }
            }
            None => {}
        }
        if let Some(plan) = &p.downgrade_plan {
            self.product_plan(
                &format!("{path}/endSetup/downgradeTo"),
                p,
                plan,
                Some(PricingType::Free),
            );
        }
    }

    fn product_plan(
        &mut self,
        path: &str,
        product: &Product,
        plan: &str,
        pricing: Option<PricingType>,
    ) {
        match self.world.package(plan) {
            Some(def) if def.kind == PackageKind::Plan => {
                if def.product_id != product.id {
                    self.err(
                        path,
                        format!(
                            "plan '{plan}' belongs to product '{}', not '{}'",
                            def.product_id, product.id
                        ),
                    );
                }
                if let Some(want) = pricing
                    && def.body.pricing_type != want
                {
                    self.err(
                        path,
                        format!(
                            "plan '{plan}' must be {} (it is {})",
                            want.kebab(),
                            def.body.pricing_type.kebab()
                        ),
                    );
                }
                // An archived product starts and ends nobody's subscription: its setup may name
                // archived plans (an archived catalog exports and re-applies as it is).
                if self.world.is_archived(EntityKind::Plan, plan)
                    && !self.world.is_archived(EntityKind::Product, &product.id)
                {
                    self.err(path, format!("plan '{plan}' is archived"));
                }
                // Customers are started or ended on it: a draft never published has nothing
                // to subscribe to (a subscription ending into it stopped every later command).
                if !self.world.packages.contains_key(plan)
                    && !self.world.is_archived(EntityKind::Product, &product.id)
                {
                    self.err(
                        path,
                        format!("plan '{plan}' has no published version (customers are started or ended on it): publish it first"),
                    );
                }
            }
            Some(_) => self.err(path, format!("'{plan}' is an add-on, not a plan")),
            None => self.out.push(Problem {
                missing_reference: true,
                ..Problem::new(path, format!("plan '{plan}' does not exist"))
            }),
        }
    }

    fn reference(&mut self, path: &str, kind: EntityKind, id: &str) -> bool {
        let exists = match kind {
            EntityKind::Feature => self.world.features.contains_key(id),
            EntityKind::Currency => self.world.currencies.contains_key(id),
            EntityKind::Coupon => self.world.coupons.contains_key(id),
            EntityKind::Product => self.world.products.contains_key(id),
            EntityKind::Plan => self.world.package_kind(id) == Some(PackageKind::Plan),
            EntityKind::Addon => self.world.package_kind(id) == Some(PackageKind::Addon),
        };
        if !exists {
            let other = match kind {
                EntityKind::Plan if self.world.package_kind(id).is_some() => {
                    " ('{id}' is an add-on)"
                }
                EntityKind::Addon if self.world.package_kind(id).is_some() => " ('{id}' is a plan)",
                _ => "",
            };
            self.out.push(Problem {
                // A name of the wrong kind exists: a usage mistake, not a missing entity.
                missing_reference: other.is_empty(),
                ..Problem::new(
                    path,
                    format!(
                        "{} '{id}' does not exist{}",
                        kind.noun(),
                        other.replace("{id}", id)
                    ),
                )
            });
            return false;
        }
        // Archived entities stay referable: versions that used them keep working, and an
        // export of such a catalog must apply cleanly.
        true
    }

    fn package(&mut self, p: &PackageDef, path: &str) {
        let b = &p.body;
        self.id_and_name(path, &p.id, &b.name);
        self.reference(
            &format!("{path}/product"),
            EntityKind::Product,
            &p.product_id,
        );
        let same_product =
            |w: &Catalog, id: &str| w.package(id).is_none_or(|d| d.product_id == p.product_id);
        if let Some(parent) = &b.parent {
            let pp = format!("{path}/parent");
            if parent == &p.id {
                self.err(pp, "a plan cannot be its own parent");
            } else if self.reference(&pp, EntityKind::Plan, parent)
                && !same_product(self.world, parent)
            {
                self.err(pp, format!("parent '{parent}' belongs to another product"));
            }
        }
        if let Some(t) = &b.trial {
            let tp = format!("{path}/trial");
            // (Stigg: trials on paid and custom plans.)
            if b.pricing_type == PricingType::Free {
                self.err(
                    tp.clone(),
                    "a free plan has no trial (trials are for paid and custom plans)",
                );
            }
            let (n, max) = match t.length {
                TrialLength::Days(n) => (n, 730),
                TrialLength::Months(n) => (n, 24),
            };
            if n == 0 || n > max {
                self.err(tp, format!("trial length must be between 1 and {max}"));
            }
        }
        for a in &b.compatible_addons {
            let ap = format!("{path}/compatibleAddons");
            if self.reference(&ap, EntityKind::Addon, a) && !same_product(self.world, a) {
                self.err(ap, format!("add-on '{a}' belongs to another product"));
            }
        }
        if b.max_quantity == Some(0) {
            self.err(
                format!("{path}/maxQuantity"),
                "maxQuantity must be at least 1",
            );
        }
        for d in &b.depends_on {
            let dp = format!("{path}/dependsOn");
            if d == &p.id {
                self.err(dp, "an add-on cannot depend on itself");
            } else if self.reference(&dp, EntityKind::Addon, d) && !same_product(self.world, d) {
                self.err(dp, format!("add-on '{d}' belongs to another product"));
            }
        }
        for (fid, e) in &b.entitlements {
            self.entitlement(&format!("{path}/entitlements/{fid}"), p, fid, e);
        }
        // An archived feature takes no new use (as an archived plan takes no new subscription):
        // a live package may not entitle, price or count seats by one. (Archiving one is
        // refused while a published package uses it: only new versions can bring it in.)
        if !self
            .world
            .is_archived(EntityKind::of_package(p.kind), &p.id)
        {
            let used = b
                .entitlements
                .keys()
                .map(|f| (format!("{path}/entitlements/{f}"), f))
                .chain(b.prices.iter().filter_map(|pr| {
                    pr.feature
                        .as_ref()
                        .map(|f| (format!("{path}/prices/{f}"), f))
                }))
                .chain(b.credits.iter().filter_map(|(cid, c)| {
                    c.per_unit_of
                        .as_ref()
                        .map(|f| (format!("{path}/credits/{cid}/perUnitOf"), f))
                }));
            let archived: Vec<(String, String)> = used
                .filter(|(_, f)| self.world.is_archived(EntityKind::Feature, f))
                .map(|(at, f)| (at, f.clone()))
                .collect();
            for (at, f) in archived {
                self.err(
                    at,
                    format!("feature '{f}' is archived: unarchive it first (an archived feature takes no new use)"),
                );
            }
        }
        for (cid, c) in &b.credits {
            let cp = format!("{path}/credits/{cid}");
            self.reference(&cp, EntityKind::Currency, cid);
            if c.amount <= Decimal::ZERO {
                self.err(format!("{cp}/amount"), "amount must be greater than zero");
            }
            // Granted every period (× seats): bounded as prices are, so a pool's totals
            // stay inside a decimal for as long as the subscription renews.
            if c.amount > largest_price() {
                self.err(
                    format!("{cp}/amount"),
                    format!(
                        "{} credits a period is more than a grant may be (at most 1000000000000000)",
                        c.amount
                    ),
                );
            }
            if let Some(f) = &c.per_unit_of {
                let fp = format!("{cp}/perUnitOf");
                if self.reference(&fp, EntityKind::Feature, f)
                    && self.world.features[f].feature_type != FeatureType::Number
                {
                    self.err(
                        fp,
                        format!("perUnitOf needs a number feature; '{f}' is not one"),
                    );
                }
            }
        }
        self.prices(p, path);
    }

    fn entitlement(&mut self, path: &str, p: &PackageDef, fid: &str, e: &Entitlement) {
        if !self.reference(path, EntityKind::Feature, fid) {
            return;
        }
        let f = &self.world.features[fid];
        let kind = f.feature_type;
        if p.kind == PackageKind::Plan && e.behavior.is_some() {
            self.err(
                format!("{path}/behavior"),
                "behavior applies to add-on entitlements only",
            );
        }
        if let Limit::Limited(n) = e.limit
            && n.is_sign_negative()
        {
            self.err(format!("{path}/limit"), "limit must not be negative");
        }
        match kind {
            FeatureType::Boolean | FeatureType::Enum => {
                if e.limit != Limit::None {
                    self.err(
                        format!("{path}/limit"),
                        format!("{} feature takes no limit", article(kind.kebab())),
                    );
                }
            }
            FeatureType::Number => {
                if e.limit == Limit::None {
                    self.err(
                        path,
                        format!("number feature '{fid}' needs `limit: N` or `unlimited: true`"),
                    );
                }
            }
        }
        if e.soft && !f.is_metered() {
            self.err(
                format!("{path}/soft"),
                "soft limits apply to metered features only",
            );
        }
        if kind == FeatureType::Enum {
            if e.values.is_empty() {
                self.err(
                    format!("{path}/values"),
                    format!("enum feature '{fid}' needs `values`"),
                );
            }
            for val in &e.values {
                if !f.enum_values.iter().any(|ev| &ev.value == val) {
                    self.err(
                        format!("{path}/values"),
                        format!("'{val}' is not a value of feature '{fid}'"),
                    );
                }
            }
        } else if !e.values.is_empty() {
            self.err(
                format!("{path}/values"),
                "values apply to enum features only",
            );
        }
        if let Some(r) = &e.reset {
            let rp = format!("{path}/reset");
            if f.meter_type != MeterType::Incremental || f.feature_type != FeatureType::Number {
                self.err(
                    rp.clone(),
                    "reset applies to incremental metered features only",
                );
            }
            let anchor_ok = match r.anchor.as_str() {
                ANCHOR_SUBSCRIPTION_START => true,
                ANCHOR_START_OF_MONTH => r.period == ResetPeriod::Month,
                a => a
                    .strip_prefix("every-")
                    .is_some_and(|d| WEEKDAYS.contains(&d) && r.period == ResetPeriod::Week),
            };
            // An anchor no reset takes is unknown; a known one may not fit this reset.
            let known = [ANCHOR_SUBSCRIPTION_START, ANCHOR_START_OF_MONTH]
                .contains(&r.anchor.as_str())
                || r.anchor
                    .strip_prefix("every-")
                    .is_some_and(|d| WEEKDAYS.contains(&d));
            if !known {
                self.err(rp, format!(
                    "unknown anchor '{}' (subscription-start; start-of-month for month; every-<weekday> for week, e.g. every-monday)",
                    r.anchor
                ));
            } else if !anchor_ok {
                self.err(rp, format!(
                    "anchor '{}' does not fit a {} reset (subscription-start; start-of-month for month; every-<weekday> for week)",
                    r.anchor, r.period.kebab()
                ));
            }
        }
    }

    fn prices(&mut self, p: &PackageDef, path: &str) {
        let b = &p.body;
        let mut keys = BTreeSet::new();
        // Per money currency: which (model, feature) it prices, and the periods of the
        // recurring ones. A package may be priced in several currencies; each must be a
        // complete price list, offered for the same billing periods.
        type Periods<'a> = BTreeMap<(&'a str, Option<&'a str>), Option<(bool, bool)>>;
        let mut per_currency: BTreeMap<&str, Periods<'_>> = BTreeMap::new();
        for (i, price) in b.prices.iter().enumerate() {
            let pp = format!("{path}/prices/{i}");
            if !keys.insert(price.key()) {
                self.err(
                    pp.clone(),
                    format!(
                        "a second {} price{} in {}; one per model, feature and currency",
                        price.model.kebab(),
                        price
                            .feature
                            .as_deref()
                            .map(|f| format!(" for '{f}'"))
                            .unwrap_or_default(),
                        price.currency
                    ),
                );
            }
            if price.model != PriceModel::Credits {
                let recurring = matches!(
                    price.model,
                    PriceModel::Flat | PriceModel::PerUnit | PriceModel::Minimum
                ) && price.amounts.tiers.is_empty();
                per_currency
                    .entry(price.currency.as_str())
                    .or_default()
                    .insert(
                        (price.model.kebab(), price.feature.as_deref()),
                        recurring.then_some((
                            price.amounts.monthly.is_some(),
                            price.amounts.annually.is_some(),
                        )),
                    );
            }
            self.price(&pp, p, price);
        }
        let all_priced: BTreeSet<(&str, Option<&str>)> = per_currency
            .values()
            .flat_map(|m| m.keys().copied())
            .collect();
        let recurring = || per_currency.values().flat_map(|m| m.values().flatten());
        let offers_monthly = recurring().any(|p| p.0);
        let offers_annually = recurring().any(|p| p.1);
        let several = per_currency.len() > 1;
        for (currency, periods) in &per_currency {
            let label = |model: &str, feature: Option<&str>| {
                let f = feature.map(|f| format!(" for '{f}'")).unwrap_or_default();
                if several {
                    format!("the {currency} {model} price{f}")
                } else {
                    format!("the {model} price{f}")
                }
            };
            if several {
                for (model, feature) in all_priced.difference(&periods.keys().copied().collect()) {
                    self.err(
                        format!("{path}/prices"),
                        format!(
                            "{currency} has no {model} price{} while another currency has one; each currency needs the whole price list",
                            feature.map(|f| format!(" for '{f}'")).unwrap_or_default()
                        ),
                    );
                }
            }
            for ((model, feature), (m, a)) in periods.iter().filter_map(|(k, v)| v.map(|v| (k, v)))
            {
                if offers_monthly && !m {
                    self.err(
                        format!("{path}/prices"),
                        format!(
                            "{} has no monthly amount but the package is offered monthly",
                            label(model, *feature)
                        ),
                    );
                }
                if offers_annually && !a {
                    self.err(
                        format!("{path}/prices"),
                        format!(
                            "{} has no annually amount but the package is offered annually",
                            label(model, *feature)
                        ),
                    );
                }
            }
        }
        let has_money = b.prices.iter().any(|p| p.model != PriceModel::Credits);
        match b.pricing_type {
            PricingType::Paid if !has_money => self.err(
                format!("{path}/pricing"),
                "a paid package needs at least one price",
            ),
            PricingType::Free | PricingType::Custom if has_money => self.err(
                format!("{path}/pricing"),
                format!(
                    "a {} package takes no money prices (credit prices are allowed)",
                    b.pricing_type.kebab()
                ),
            ),
            _ => {}
        }
    }

    fn price(&mut self, pp: &str, p: &PackageDef, price: &Price) {
        let a = &price.amounts;
        let model = price.model;
        let needs_feature = !matches!(model, PriceModel::Flat | PriceModel::Minimum);
        match (&price.feature, needs_feature) {
            (None, true) => self.err(
                pp,
                format!("{} price needs a `feature`", article(model.kebab())),
            ),
            (Some(_), false) => self.err(
                format!("{pp}/feature"),
                format!("{} price takes no feature", article(model.kebab())),
            ),
            (Some(f), true) => {
                if self.reference(&format!("{pp}/feature"), EntityKind::Feature, f) {
                    let feat = &self.world.features[f];
                    let ok = match model {
                        PriceModel::PerUnit => feat.feature_type == FeatureType::Number,
                        _ => feat.is_metered(),
                    };
                    if !ok {
                        self.err(
                            format!("{pp}/feature"),
                            format!(
                                "{} price needs a {} feature; '{f}' is not one",
                                article(model.kebab()),
                                if model == PriceModel::PerUnit {
                                    "number"
                                } else {
                                    "metered"
                                }
                            ),
                        );
                    }
                }
            }
            (None, false) => {}
        }
        if model == PriceModel::Credits {
            self.reference(
                &format!("{pp}/currency"),
                EntityKind::Currency,
                &price.currency,
            );
            match (&price.rate, &price.formula) {
                (Some(r), None) => {
                    if *r <= Decimal::ZERO {
                        self.err(format!("{pp}/rate"), "rate must be greater than zero");
                    }
                    self.at_most_largest_price(format!("{pp}/rate"), *r);
                }
                (None, Some(f)) => {
                    if let Err(e) = formula::parse(f) {
                        self.err(
                            format!("{pp}/formula"),
                            format!("column {}: {}", e.column, e.message),
                        );
                    }
                }
                _ => self.err(
                    pp,
                    "a credits price needs exactly one of `rate` or `formula`",
                ),
            }
            if *a != PriceAmounts::default()
                || !price.countries.is_empty()
                || price.block_size.is_some()
            {
                self.err(
                    pp,
                    "a credits price takes only feature, currency and rate or formula",
                );
            }
            return;
        }
        if price.rate.is_some() || price.formula.is_some() {
            self.err(pp, "rate and formula belong to credits prices");
        }
        // Usage is billed as the plan counts it, in the windows of the plan's own entitlement:
        // a usage price on a feature neither the plan nor a parent grants would bill usage the
        // engine counts for no subscription (and `entitlement check` refuses the feature).
        if model == PriceModel::Usage
            && p.kind == PackageKind::Plan
            && let Some(f) = &price.feature
            && self.world.features.contains_key(f)
            && self.chain_limit(p, f).is_none()
        {
            self.err(
                format!("{pp}/feature"),
                format!(
                    "a usage price bills the usage the plan counts: neither plan '{}' nor its parents grant '{f}' (add it to the plan's entitlements)",
                    p.id
                ),
            );
        }
        // An overage is charged beyond a plan's limit (spec 60): without one (from the plan or
        // the nearest parent that grants the feature) it would charge nothing, ever.
        if model == PriceModel::Overage
            && p.kind == PackageKind::Plan
            && let Some(f) = &price.feature
            && self.world.features.contains_key(f)
        {
            match self.chain_limit(p, f) {
                Some(Limit::Limited(_)) => {}
                Some(_) => self.err(
                    format!("{pp}/feature"),
                    format!(
                        "an overage price needs a limit on '{f}'; plan '{}' grants it unlimited",
                        p.id
                    ),
                ),
                None => self.err(
                    format!("{pp}/feature"),
                    format!(
                        "an overage price needs a limit on '{f}'; neither plan '{}' nor its parents grant it",
                        p.id
                    ),
                ),
            }
        }
        self.amounts(pp, price, &price.currency, a);
        for c in &price.countries {
            let cp = format!("{pp}/countries/@{}", c.country);
            if let Err(m) = money::check_country(&c.country) {
                self.err(format!("{cp}/country"), m);
            }
            self.amounts(&cp, price, &c.currency, &c.amounts);
        }
        let whole = |d: Decimal| d.is_integer() && d > Decimal::ZERO;
        if let Some(bs) = price.block_size {
            if !whole(bs) {
                self.err(
                    format!("{pp}/blockSize"),
                    "blockSize must be a whole number greater than zero",
                );
            }
            if !matches!(
                model,
                PriceModel::PerUnit | PriceModel::Usage | PriceModel::Overage
            ) {
                self.err(
                    format!("{pp}/blockSize"),
                    "blockSize applies to per-unit, usage and overage prices",
                );
            }
        }
        if price.min.is_some() || price.max.is_some() {
            if model != PriceModel::PerUnit {
                self.err(pp, "min and max apply to per-unit prices");
            }
            for (k, v) in [("min", price.min), ("max", price.max)] {
                if let Some(v) = v
                    && (!v.is_integer() || v.is_sign_negative())
                {
                    self.err(format!("{pp}/{k}"), format!("{k} must be a whole number"));
                }
            }
            if let (Some(lo), Some(hi)) = (price.min, price.max)
                && lo > hi
            {
                self.err(
                    format!("{pp}/min"),
                    format!("min {lo} is greater than max {hi}"),
                );
            }
        }
        let _ = p;
    }

    fn amounts(&mut self, pp: &str, price: &Price, currency: &str, a: &PriceAmounts) {
        let model = price.model;
        let minor = match money::check_currency(currency) {
            Ok(m) => m,
            Err(m) => {
                self.err(format!("{pp}/currency"), m);
                return;
            }
        };
        let period_amount = |v: &mut Self, k: &str, d: Option<Decimal>| {
            if let Some(d) = d {
                v.at_most_largest_price(format!("{pp}/{k}"), d);
                if d.is_sign_negative() {
                    v.err(format!("{pp}/{k}"), format!("{k} must not be negative"));
                }
                if matches!(model, PriceModel::Flat | PriceModel::Minimum)
                    && d.normalize().scale() > minor
                {
                    v.err(
                        format!("{pp}/{k}"),
                        format!(
                            "{d} {currency} is finer than the currency's {minor} decimal places"
                        ),
                    );
                }
            }
        };
        period_amount(self, "monthly", a.monthly);
        period_amount(self, "annually", a.annually);
        period_amount(self, "unitPrice", a.unit_price);
        let has_period = a.monthly.is_some() || a.annually.is_some();
        let has_tiers = !a.tiers.is_empty();
        match model {
            PriceModel::Flat | PriceModel::Minimum => {
                if !has_period {
                    self.err(
                        pp,
                        format!(
                            "{} price needs `monthly` and/or `annually`",
                            article(model.kebab())
                        ),
                    );
                }
                if a.unit_price.is_some() || has_tiers {
                    self.err(
                        pp,
                        format!(
                            "{} price takes no unitPrice or tiers",
                            article(model.kebab())
                        ),
                    );
                }
            }
            PriceModel::PerUnit => {
                if has_period == has_tiers || a.unit_price.is_some() {
                    self.err(
                        pp,
                        "a per-unit price needs either `monthly`/`annually` per unit or `tiers`",
                    );
                }
            }
            PriceModel::Usage | PriceModel::Overage => {
                let ways = [a.unit_price.is_some(), has_period, has_tiers]
                    .iter()
                    .filter(|b| **b)
                    .count();
                if ways != 1 {
                    self.err(pp, format!("{} price needs exactly one of `unitPrice`, `monthly`/`annually` or `tiers`", article(model.kebab())));
                }
                if model == PriceModel::Overage && has_tiers {
                    self.err(
                        format!("{pp}/tiers"),
                        "overage prices take a unitPrice, not tiers",
                    );
                }
            }
            PriceModel::Credits => {}
        }
        match (a.tiers_mode, has_tiers) {
            (Some(_), false) => self.err(format!("{pp}/tiersMode"), "tiersMode needs `tiers`"),
            (None, true) => self.err(
                format!("{pp}/tiersMode"),
                "tiers need `tiersMode: graduated` or `volume`",
            ),
            _ => {}
        }
        let mut prev: Option<Decimal> = None;
        for (i, t) in a.tiers.iter().enumerate() {
            let tp = format!("{pp}/tiers/{i}");
            let last = i + 1 == a.tiers.len();
            match (t.up_to, last) {
                (Some(_), true) => self.err(
                    tp.clone(),
                    "the last tier must have no `upTo` (it covers everything above the one before)",
                ),
                (None, false) => self.err(tp.clone(), "every tier but the last needs `upTo`"),
                (Some(u), false) => {
                    // Seats and blocks are counted whole: a bound between two counts would bill
                    // fractions of a seat (10.5 seats in one tier, 0.5 in the next).
                    if model == PriceModel::PerUnit && !u.fract().is_zero() {
                        self.err(
                            format!("{tp}/upTo"),
                            "a per-unit price counts whole units: upTo must be a whole number",
                        );
                    }
                    if u <= prev.unwrap_or(Decimal::ZERO) && !(prev.is_none() && u.is_zero()) {
                        self.err(
                            format!("{tp}/upTo"),
                            "upTo values must increase from tier to tier",
                        );
                    }
                    prev = Some(u);
                }
                (None, true) => {}
            }
            if t.unit_price.is_none() && t.flat_price.is_none() {
                self.err(tp.clone(), "a tier needs `unitPrice` and/or `flatPrice`");
            }
            for (k, v) in [("unitPrice", t.unit_price), ("flatPrice", t.flat_price)] {
                if let Some(d) = v {
                    self.at_most_largest_price(format!("{tp}/{k}"), d);
                }
                if v.is_some_and(|d| d.is_sign_negative()) {
                    self.err(format!("{tp}/{k}"), format!("{k} must not be negative"));
                }
            }
            if let Some(fp) = t.flat_price
                && fp.normalize().scale() > minor
            {
                self.err(
                    format!("{tp}/flatPrice"),
                    format!("{fp} {currency} is finer than the currency's {minor} decimal places"),
                );
            }
        }
        let _ = price;
    }

    /// The limit on `feature` a plan grants: its own entitlement's, else the nearest parent's
    /// that has one (None: none in the chain).
    fn chain_limit(&self, p: &PackageDef, feature: &str) -> Option<Limit> {
        let mut cur = Some(p);
        // (A parent cycle is reported elsewhere: the walk stops at a repeat.)
        let mut seen: Vec<&str> = Vec::new();
        while let Some(d) = cur {
            if let Some(e) = d.body.entitlements.get(feature) {
                return Some(e.limit);
            }
            if seen.contains(&d.id.as_str()) {
                return None;
            }
            seen.push(&d.id);
            cur = d
                .body
                .parent
                .as_deref()
                .and_then(|id| self.world.package(id));
        }
        None
    }

    /// Parent chains and add-on dependencies must not loop.
    fn cycles(&mut self, scope: &BTreeSet<(EntityKind, String)>) {
        let all: BTreeMap<&str, &PackageDef> = self
            .world
            .drafts
            .iter()
            .chain(self.world.packages.iter())
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        for (id, p) in &all {
            if !scope.contains(&(EntityKind::of_package(p.kind), id.to_string())) {
                continue;
            }
            let path = entity_path(EntityKind::of_package(p.kind), id);
            // Parent chain.
            let mut seen = vec![id.to_string()];
            let mut cur = p.body.parent.clone();
            while let Some(next) = cur {
                if next == *id {
                    seen.push(next);
                    self.err(
                        format!("{path}/parent"),
                        format!("parent cycle: {}", seen.join(" -> ")),
                    );
                    break;
                }
                if seen.contains(&next) {
                    break;
                }
                seen.push(next.clone());
                cur = all.get(next.as_str()).and_then(|d| d.body.parent.clone());
            }
            // dependsOn graph (depth-first from this add-on).
            let mut stack: Vec<(String, Vec<String>)> = p
                .body
                .depends_on
                .iter()
                .map(|d| (d.clone(), vec![id.to_string(), d.clone()]))
                .collect();
            let mut visited = BTreeSet::new();
            while let Some((node, trail)) = stack.pop() {
                if node == *id {
                    self.err(
                        format!("{path}/dependsOn"),
                        format!("dependency cycle: {}", trail.join(" -> ")),
                    );
                    break;
                }
                if !visited.insert(node.clone()) {
                    continue;
                }
                if let Some(d) = all.get(node.as_str()) {
                    for next in &d.body.depends_on {
                        let mut t = trail.clone();
                        t.push(next.clone());
                        stack.push((next.clone(), t));
                    }
                }
            }
        }
    }
}

/// The largest price amount a catalog may hold (10^15 in any currency): room left for
/// quantities, twelve decimals and a period's sum of charges inside a decimal's 28 digits.
fn largest_price() -> Decimal {
    Decimal::from(1_000_000_000_000_000u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn messages_name_kinds_with_their_article() {
        assert_eq!(article("enum"), "an enum");
        assert_eq!(article("overage"), "an overage");
        assert_eq!(article("usage"), "a usage");
        assert_eq!(article("per-unit"), "a per-unit");
    }

    fn world() -> Catalog {
        let mut c = Catalog::default();
        c.products.insert("app".into(), Product::new("app"));
        for (id, t, m) in [
            ("seats", FeatureType::Number, MeterType::Fluctuating),
            ("calls", FeatureType::Number, MeterType::Incremental),
            ("sso", FeatureType::Boolean, MeterType::None),
        ] {
            c.features.insert(
                id.into(),
                Feature {
                    id: id.into(),
                    name: id.into(),
                    description: None,
                    feature_type: t,
                    meter_type: m,
                    units: None,
                    enum_values: vec![],
                    event_meter: None,
                    unit_transformation: None,
                },
            );
        }
        c
    }

    fn plan(body: PackageBody) -> PackageDef {
        PackageDef {
            kind: PackageKind::Plan,
            id: "p".into(),
            product_id: "app".into(),
            body,
        }
    }

    fn problems(c: &Catalog) -> Vec<String> {
        validate(c, &c.declared())
            .into_iter()
            .map(|p| format!("{}: {}", p.path, p.message))
            .collect()
    }

    fn flat(monthly: Option<&str>, annually: Option<&str>) -> Price {
        let mut p = Price::new(PriceModel::Flat, "USD");
        p.amounts.monthly = monthly.map(|m| m.parse().unwrap());
        p.amounts.annually = annually.map(|m| m.parse().unwrap());
        p
    }

    #[test]
    fn a_complete_paid_plan_is_valid() {
        let mut c = world();
        let mut b = PackageBody::new(PackageKind::Plan, "P", PricingType::Paid);
        b.prices.push(flat(Some("10.00"), Some("100")));
        b.entitlements.insert(
            "seats".into(),
            Entitlement {
                limit: Limit::Limited(Decimal::from(5)),
                soft: false,
                reset: None,
                values: vec![],
                behavior: None,
            },
        );
        c.packages.insert("p".into(), plan(b));
        assert_eq!(problems(&c), Vec::<String>::new());
    }

    #[test]
    fn prices_must_agree_on_periods_currency_and_precision() {
        let mut c = world();
        let mut b = PackageBody::new(PackageKind::Plan, "P", PricingType::Paid);
        b.prices.push(flat(Some("10.001"), None));
        let mut per_unit = Price::new(PriceModel::PerUnit, "EUR");
        per_unit.feature = Some("seats".into());
        per_unit.amounts.annually = Some(Decimal::from(100));
        b.prices.push(per_unit);
        c.packages.insert("p".into(), plan(b));
        let p = problems(&c);
        assert!(
            p.iter()
                .any(|m| m.contains("finer than the currency's 2 decimal places")),
            "{p:?}"
        );
        assert!(
            p.iter().any(|m| m.contains("EUR has no flat price")),
            "{p:?}"
        );
        assert!(p.iter().any(|m| m.contains("no annually amount")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("no monthly amount")), "{p:?}");
    }

    #[test]
    fn free_and_paid_pricing_types_are_checked() {
        let mut c = world();
        let mut b = PackageBody::new(PackageKind::Plan, "P", PricingType::Free);
        b.prices.push(flat(Some("1"), None));
        c.packages.insert("p".into(), plan(b));
        assert!(problems(&c).iter().any(|m| m.ends_with(
            "/pricing: a free package takes no money prices (credit prices are allowed)"
        )));
        let mut c = world();
        c.packages.insert(
            "p".into(),
            plan(PackageBody::new(PackageKind::Plan, "P", PricingType::Paid)),
        );
        assert!(
            problems(&c)
                .iter()
                .any(|m| m.contains("a paid package needs at least one price"))
        );
    }

    #[test]
    fn tiers_and_entitlement_shapes() {
        let mut c = world();
        let mut b = PackageBody::new(PackageKind::Plan, "P", PricingType::Paid);
        let mut usage = Price::new(PriceModel::Usage, "USD");
        usage.feature = Some("seats".into());
        usage.amounts.tiers_mode = Some(TiersMode::Volume);
        usage.amounts.tiers = vec![
            Tier {
                up_to: Some(Decimal::from(10)),
                unit_price: Some(Decimal::ONE),
                flat_price: None,
            },
            Tier {
                up_to: Some(Decimal::from(5)),
                unit_price: None,
                flat_price: None,
            },
            Tier {
                up_to: None,
                unit_price: Some(Decimal::ONE),
                flat_price: None,
            },
        ];
        b.prices.push(usage);
        b.entitlements.insert(
            "sso".into(),
            Entitlement {
                limit: Limit::Unlimited,
                soft: true,
                reset: None,
                values: vec![],
                behavior: None,
            },
        );
        b.entitlements.insert(
            "calls".into(),
            Entitlement {
                limit: Limit::None,
                soft: false,
                reset: Some(Reset {
                    period: ResetPeriod::Day,
                    anchor: "every-monday".into(),
                }),
                values: vec![],
                behavior: None,
            },
        );
        c.packages.insert("p".into(), plan(b));
        let p = problems(&c);
        for want in [
            "upTo values must increase",
            "a tier needs `unitPrice` and/or `flatPrice`",
            "a boolean feature takes no limit",
            "soft limits apply to metered features only",
            "needs `limit: N` or `unlimited: true`",
            "anchor 'every-monday' does not fit a day reset",
        ] {
            assert!(p.iter().any(|m| m.contains(want)), "missing {want}: {p:?}");
        }
    }
}
