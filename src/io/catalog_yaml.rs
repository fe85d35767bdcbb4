//! Catalog YAML (the shape of spec 20-catalog): decoding into a [`Catalog`] with the location
//! of every entity and field, and encoding a catalog back into the same shape for export.

use rust_decimal::Decimal;
use serde_json::{Map, Value as J, json};
use std::collections::BTreeMap;

use super::yaml::{self, Diags, Loc, Node};
use crate::domain::catalog::*;

/// A decoded file: the catalog it declares and where each logical path sits in the file.
#[derive(Debug, Default)]
pub struct Decoded {
    pub catalog: Catalog,
    pub locs: BTreeMap<String, Loc>,
    /// The text holds no YAML document at all (nothing, blanks, comments, a lone `null`).
    pub empty: bool,
}

impl Decoded {
    /// The location for a validation problem's path: the path itself, else its nearest parent.
    pub fn locate(&self, path: &str) -> Loc {
        let mut p = path;
        loop {
            if let Some(l) = self.locs.get(p) {
                return *l;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return Loc { line: 1, column: 1 },
            }
        }
    }
}

pub fn decode(src: &str, d: &mut Diags) -> Decoded {
    let mut out = Decoded::default();
    let root = match yaml::parse(src) {
        Ok(n) => n,
        Err((loc, msg)) => {
            d.err(loc, msg);
            return out;
        }
    };
    yaml::duplicate_keys(&root, d);
    out.empty = root.value == yaml::Value::Null;
    let Some(mut top) = yaml::map(d, &root, "the catalog file") else {
        return out;
    };
    let mut dec = Decoder { d, out: &mut out };
    if let Some(n) = top.take("features") {
        for f in yaml::seq(dec.d, n, "features") {
            dec.feature(f);
        }
    }
    if let Some(n) = top.take("currencies") {
        for c in yaml::seq(dec.d, n, "currencies") {
            dec.currency(c);
        }
    }
    if let Some(n) = top.take("coupons") {
        for c in yaml::seq(dec.d, n, "coupons") {
            dec.coupon(c);
        }
    }
    if let Some(n) = top.take("products") {
        for p in yaml::seq(dec.d, n, "products") {
            dec.product(p);
        }
    }
    top.finish(
        d,
        "the catalog file",
        &["features", "currencies", "coupons", "products"],
    );
    out
}

struct Decoder<'a> {
    d: &'a mut Diags,
    out: &'a mut Decoded,
}

const FEATURE_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "type",
    "meter",
    "units",
    "values",
    "eventMeter",
    "unitTransformation",
    "archived",
];
const CURRENCY_KEYS: &[&str] = &["id", "name", "description", "units", "symbol", "archived"];
const COUPON_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "percentOff",
    "amountsOff",
    "durationMonths",
    "archived",
];
const PRODUCT_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "multipleSubscriptions",
    "startSetup",
    "endSetup",
    "defaultCancellation",
    "downgradeAt",
    "usageResetOnChange",
    "plans",
    "addons",
    "archived",
];
const PLAN_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "pricing",
    "parent",
    "trial",
    "compatibleAddons",
    "entitlements",
    "credits",
    "prices",
    "draft",
    "archived",
];
const ADDON_KEYS: &[&str] = &[
    "id",
    "name",
    "description",
    "pricing",
    "maxQuantity",
    "dependsOn",
    "entitlements",
    "credits",
    "prices",
    "draft",
    "archived",
];
const PRICE_KEYS: &[&str] = &[
    "model",
    "currency",
    "feature",
    "monthly",
    "annually",
    "unitPrice",
    "tiersMode",
    "tiers",
    "min",
    "max",
    "blockSize",
    "rate",
    "formula",
    "countries",
];

impl Decoder<'_> {
    fn loc(&mut self, path: &str, n: &Node) {
        self.out.locs.insert(path.to_string(), n.loc);
    }

    /// Reads `id`, registers the entity's location, and reports a repeated id.
    fn id(
        &mut self,
        m: &mut yaml::MapReader<'_>,
        kind: EntityKind,
        what: &str,
        n: &Node,
    ) -> Option<String> {
        let Some(idn) = m.take("id") else {
            self.d.err(n.loc, format!("{what} needs an `id`"));
            return None;
        };
        let id = yaml::string(self.d, idn, &format!("{what} id"))?;
        if let Err(msg) = crate::domain::slug::check_slug(&id) {
            self.d.err(idn.loc, msg);
        }
        let _ = kind;
        Some(id)
    }

    fn name(&mut self, m: &mut yaml::MapReader<'_>, id: &str) -> String {
        m.take("name")
            .and_then(|n| yaml::string(self.d, n, "name"))
            .unwrap_or_else(|| id.to_string())
    }

    fn opt_string(&mut self, m: &mut yaml::MapReader<'_>, key: &str) -> Option<String> {
        m.take(key).and_then(|n| yaml::string(self.d, n, key))
    }

    fn archived(&mut self, m: &mut yaml::MapReader<'_>, kind: EntityKind, id: &str) {
        if let Some(n) = m.take("archived")
            && yaml::boolean(self.d, n, "archived") == Some(true)
        {
            self.loc(&format!("{}/archived", entity_path(kind, id)), n);
            self.out.catalog.archived.insert((kind, id.to_string()));
        }
    }

    /// Adds a declared entity to its map, reporting an id declared twice in the file.
    fn insert<T>(
        &mut self,
        kind: EntityKind,
        n: &Node,
        slot: fn(&mut Catalog) -> &mut BTreeMap<String, T>,
        id: String,
        value: T,
    ) {
        let exists = slot(&mut self.out.catalog).contains_key(&id);
        if !self.duplicate(kind, &id, n, exists) {
            slot(&mut self.out.catalog).insert(id, value);
        }
    }

    fn duplicate(&mut self, kind: EntityKind, id: &str, n: &Node, exists: bool) -> bool {
        if exists {
            self.d
                .err(n.loc, format!("{} '{id}' is declared twice", kind.noun()));
        }
        exists
    }

    fn units(&mut self, n: &Node) -> Option<Units> {
        match &n.value {
            yaml::Value::Seq(_) => {
                let list = yaml::string_list(self.d, n, "units");
                match list.as_slice() {
                    [s] => Some(Units {
                        singular: s.clone(),
                        plural: format!("{s}s"),
                    }),
                    [s, p] => Some(Units {
                        singular: s.clone(),
                        plural: p.clone(),
                    }),
                    _ => {
                        self.d
                            .err(n.loc, "units must be [singular] or [singular, plural]");
                        None
                    }
                }
            }
            yaml::Value::Map(_) => {
                let mut m = yaml::map(self.d, n, "units")?;
                let s = m
                    .take("singular")
                    .and_then(|x| yaml::string(self.d, x, "singular"));
                let p = m
                    .take("plural")
                    .and_then(|x| yaml::string(self.d, x, "plural"));
                m.finish(self.d, "units", &["singular", "plural"]);
                let s = s?;
                Some(Units {
                    plural: p.unwrap_or_else(|| format!("{s}s")),
                    singular: s,
                })
            }
            _ => yaml::string(self.d, n, "units").map(|s| Units {
                plural: format!("{s}s"),
                singular: s,
            }),
        }
    }

    fn feature(&mut self, n: &Node) {
        let Some(mut m) = yaml::map(self.d, n, "a feature") else {
            return;
        };
        let Some(id) = self.id(&mut m, EntityKind::Feature, "a feature", n) else {
            m.rest();
            return;
        };
        let path = entity_path(EntityKind::Feature, &id);
        self.loc(&path, n);
        let name = self.name(&mut m, &id);
        let description = self.opt_string(&mut m, "description");
        let mut feature_type = FeatureType::Boolean;
        let mut meter_type = MeterType::None;
        match m.take("type") {
            Some(t) => {
                self.loc(&format!("{path}/type"), t);
                match yaml::word(self.d, t, "type", &["boolean", "number", "enum", "metered"]) {
                    Some("metered") => {
                        feature_type = FeatureType::Number;
                        meter_type = MeterType::Incremental;
                    }
                    Some(w) => {
                        feature_type = FeatureType::from_kebab(w).unwrap_or(FeatureType::Boolean)
                    }
                    None => {}
                }
            }
            None => self.d.err(
                n.loc,
                format!("feature '{id}' needs a `type` (boolean, number, enum)"),
            ),
        }
        if let Some(mn) = m.take("meter") {
            self.loc(&format!("{path}/meter"), mn);
            if let Some(w) = yaml::choice(
                self.d,
                mn,
                "meter",
                MeterType::all_kebab(),
                MeterType::parse,
            ) {
                // (`metered` is a number with a meter: `meter` says which, not that there is none.)
                if w == MeterType::None && meter_type == MeterType::Incremental {
                    self.d.err(
                        mn.loc,
                        format!("feature '{id}' is `type: metered`: `meter: none` contradicts it (use `type: number` for an unmetered number)"),
                    );
                }
                meter_type = w;
            }
        }
        let units = m.take("units").and_then(|u| {
            self.loc(&format!("{path}/units"), u);
            self.units(u)
        });
        let mut enum_values = Vec::new();
        if let Some(vn) = m.take("values") {
            self.loc(&format!("{path}/values"), vn);
            for item in yaml::seq(self.d, vn, "values") {
                if let yaml::Value::Map(_) = item.value {
                    let Some(mut vm) = yaml::map(self.d, item, "an enum value") else {
                        continue;
                    };
                    let value = vm
                        .take("value")
                        .and_then(|x| yaml::string(self.d, x, "value"));
                    let display = vm
                        .take("name")
                        .and_then(|x| yaml::string(self.d, x, "name"));
                    vm.finish(self.d, "an enum value", &["value", "name"]);
                    match value {
                        Some(value) => enum_values.push(EnumValue {
                            value,
                            display_name: display,
                        }),
                        None => self.d.err(item.loc, "an enum value needs `value`"),
                    }
                } else if let Some(v) = yaml::string(self.d, item, "an enum value") {
                    enum_values.push(EnumValue {
                        value: v,
                        display_name: None,
                    });
                }
            }
        }
        let event_meter = m
            .take("eventMeter")
            .and_then(|em| self.event_meter(em, &format!("{path}/eventMeter")));
        let unit_transformation = m.take("unitTransformation").and_then(|ut| {
            self.loc(&format!("{path}/unitTransformation"), ut);
            let mut um = yaml::map(self.d, ut, "unitTransformation")?;
            let divide = um.take("divide").and_then(|x| {
                self.loc(&format!("{path}/unitTransformation/divide"), x);
                yaml::decimal(self.d, x, "divide")
            });
            let round = match um.take("round") {
                Some(x) => yaml::choice(self.d, x, "round", Rounding::all_kebab(), Rounding::parse),
                None => Some(Rounding::Up),
            };
            um.finish(self.d, "unitTransformation", &["divide", "round"]);
            if divide.is_none() {
                self.d.err(ut.loc, "unitTransformation needs `divide`");
            }
            Some(UnitTransformation {
                divide: divide?,
                round: round?,
            })
        });
        self.archived(&mut m, EntityKind::Feature, &id);
        m.finish(self.d, "a feature", FEATURE_KEYS);
        let f = Feature {
            id: id.clone(),
            name,
            description,
            feature_type,
            meter_type,
            units,
            enum_values,
            event_meter,
            unit_transformation,
        };
        self.insert(EntityKind::Feature, n, |c| &mut c.features, id, f);
    }

    fn event_meter(&mut self, n: &Node, path: &str) -> Option<EventMeter> {
        self.loc(path, n);
        let mut m = yaml::map(self.d, n, "eventMeter")?;
        let mut filters = Vec::new();
        if let Some(fl) = m.take("filters") {
            for (i, f) in yaml::seq(self.d, fl, "filters").into_iter().enumerate() {
                let fpath = format!("{path}/filters/{i}");
                self.loc(&fpath, f);
                let Some(mut fm) = yaml::map(self.d, f, "a filter") else {
                    continue;
                };
                let mut conditions = Vec::new();
                if let Some(cs) = fm.take("conditions") {
                    for (j, c) in yaml::seq(self.d, cs, "conditions").into_iter().enumerate() {
                        let cpath = format!("{fpath}/conditions/{j}");
                        self.loc(&cpath, c);
                        if let Some(cond) = self.condition(c, &cpath) {
                            conditions.push(cond);
                        }
                    }
                }
                fm.finish(self.d, "a filter", &["conditions"]);
                filters.push(MeterFilter { conditions });
            }
        }
        let mut aggregation = None;
        let mut aggregation_field = None;
        match m.take("aggregation") {
            Some(a) => {
                self.loc(&format!("{path}/aggregation"), a);
                if let Some(mut am) = yaml::map(self.d, a, "aggregation") {
                    match am.take("function") {
                        Some(f) => {
                            aggregation = yaml::choice(
                                self.d,
                                f,
                                "function",
                                Aggregation::all_kebab(),
                                Aggregation::parse,
                            )
                        }
                        None => self.d.err(
                            a.loc,
                            "aggregation needs a `function` (COUNT, SUM, MIN, MAX, AVG, UNIQUE)",
                        ),
                    }
                    aggregation_field = am
                        .take("field")
                        .and_then(|x| yaml::string(self.d, x, "field"));
                    am.finish(self.d, "aggregation", &["function", "field"]);
                }
            }
            None => self.d.err(n.loc, "eventMeter needs an `aggregation`"),
        }
        m.finish(self.d, "eventMeter", &["filters", "aggregation"]);
        Some(EventMeter {
            filters,
            aggregation: aggregation?,
            aggregation_field,
        })
    }

    fn condition(&mut self, n: &Node, path: &str) -> Option<Condition> {
        let mut m = yaml::map(self.d, n, "a condition")?;
        let field = m
            .take("field")
            .and_then(|x| yaml::string(self.d, x, "field"));
        let operation = m.take("operation").and_then(|x| {
            yaml::choice(
                self.d,
                x,
                "operation",
                ConditionOp::all_kebab(),
                ConditionOp::parse,
            )
        });
        let value = m.take("value").and_then(|x| {
            self.loc(&format!("{path}/value"), x);
            yaml::string(self.d, x, "value")
        });
        let values = m
            .take("values")
            .map(|x| yaml::unique_string_list(self.d, x, "values"))
            .unwrap_or_default();
        m.finish(
            self.d,
            "a condition",
            &["field", "operation", "value", "values"],
        );
        if field.is_none() || operation.is_none() {
            self.d
                .err(n.loc, "a condition needs `field` and `operation`");
        }
        Some(Condition {
            field: field?,
            operation: operation?,
            value,
            values,
        })
    }

    fn currency(&mut self, n: &Node) {
        let Some(mut m) = yaml::map(self.d, n, "a currency") else {
            return;
        };
        let Some(id) = self.id(&mut m, EntityKind::Currency, "a currency", n) else {
            m.rest();
            return;
        };
        self.loc(&entity_path(EntityKind::Currency, &id), n);
        let name = self.name(&mut m, &id);
        let description = self.opt_string(&mut m, "description");
        let units = m.take("units").and_then(|u| self.units(u));
        let symbol = self.opt_string(&mut m, "symbol");
        self.archived(&mut m, EntityKind::Currency, &id);
        m.finish(self.d, "a currency", CURRENCY_KEYS);
        let c = Currency {
            id: id.clone(),
            name,
            description,
            units,
            symbol,
        };
        self.insert(EntityKind::Currency, n, |c| &mut c.currencies, id, c);
    }

    fn coupon(&mut self, n: &Node) {
        let Some(mut m) = yaml::map(self.d, n, "a coupon") else {
            return;
        };
        let Some(id) = self.id(&mut m, EntityKind::Coupon, "a coupon", n) else {
            m.rest();
            return;
        };
        let path = entity_path(EntityKind::Coupon, &id);
        self.loc(&path, n);
        let name = self.name(&mut m, &id);
        let description = self.opt_string(&mut m, "description");
        let pct = m.take("percentOff");
        let fixed = m.take("amountsOff");
        let discount = match (pct, fixed) {
            (Some(p), None) => {
                self.loc(&format!("{path}/percentOff"), p);
                yaml::decimal(self.d, p, "percentOff")
                    .map(|percent_off| Discount::Percentage { percent_off })
            }
            (None, Some(f)) => {
                self.loc(&format!("{path}/amountsOff"), f);
                let mut amounts = Vec::new();
                match &f.value {
                    yaml::Value::Map(_) => {
                        if let Some(mut am) = yaml::map(self.d, f, "amountsOff") {
                            for (cur, _, v) in am.rest() {
                                self.loc(&format!("{path}/amountsOff/@{cur}"), v);
                                if let Some(a) = yaml::decimal(self.d, v, "amount") {
                                    amounts.push(Money {
                                        amount: a,
                                        currency: cur,
                                    });
                                }
                            }
                        }
                    }
                    _ => {
                        for item in yaml::seq(self.d, f, "amountsOff") {
                            let Some(mut im) = yaml::map(self.d, item, "an amount") else {
                                continue;
                            };
                            let a = im
                                .take("amount")
                                .and_then(|x| yaml::decimal(self.d, x, "amount"));
                            let c = im
                                .take("currency")
                                .and_then(|x| yaml::string(self.d, x, "currency"));
                            im.finish(self.d, "an amount", &["amount", "currency"]);
                            match (a, c) {
                                (Some(amount), Some(currency)) => {
                                    self.loc(&format!("{path}/amountsOff/@{currency}"), item);
                                    amounts.push(Money { amount, currency })
                                }
                                _ => self
                                    .d
                                    .err(item.loc, "an amount needs `amount` and `currency`"),
                            }
                        }
                    }
                }
                // One per currency: compared by content, in currency order (a file listing
                // them in another order restates the same discount).
                amounts.sort_by(|a, b| a.currency.cmp(&b.currency));
                Some(Discount::Fixed {
                    amounts_off: amounts,
                })
            }
            (Some(_), Some(_)) => {
                self.d.err(
                    n.loc,
                    format!("coupon '{id}': give either percentOff or amountsOff, not both"),
                );
                None
            }
            (None, None) => {
                self.d.err(
                    n.loc,
                    format!("coupon '{id}' needs percentOff or amountsOff"),
                );
                None
            }
        };
        let duration_months = m.take("durationMonths").and_then(|x| {
            self.loc(&format!("{path}/durationMonths"), x);
            yaml::uint(self.d, x, "durationMonths")
        });
        self.archived(&mut m, EntityKind::Coupon, &id);
        m.finish(self.d, "a coupon", COUPON_KEYS);
        let Some(discount) = discount else { return };
        let c = Coupon {
            id: id.clone(),
            name,
            description,
            discount,
            duration_months,
        };
        self.insert(EntityKind::Coupon, n, |c| &mut c.coupons, id, c);
    }

    fn product(&mut self, n: &Node) {
        let Some(mut m) = yaml::map(self.d, n, "a product") else {
            return;
        };
        let Some(id) = self.id(&mut m, EntityKind::Product, "a product", n) else {
            m.rest();
            return;
        };
        let path = entity_path(EntityKind::Product, &id);
        self.loc(&path, n);
        let mut p = Product::new(&id);
        p.name = self.name(&mut m, &id);
        p.description = self.opt_string(&mut m, "description");
        if let Some(x) = m.take("multipleSubscriptions") {
            p.multiple_subscriptions =
                yaml::boolean(self.d, x, "multipleSubscriptions").unwrap_or(false);
        }
        if let Some(x) = m.take("startSetup") {
            self.loc(&format!("{path}/startSetup"), x);
            if let Some(mut sm) = yaml::map(self.d, x, "startSetup") {
                let mut free = sm.take("freePlan");
                let mut trial = sm.take("trialPlan");
                // Stigg's shape, as `product show --json` prints it: {type, planId}.
                let kind = sm.take("type");
                let plan = sm.take("planId");
                if let Some(k) = kind {
                    let types = ["PLAN_SELECTION", "FREE_PLAN", "TRIAL_PERIOD"];
                    match yaml::choice(self.d, k, "startSetup type", &types, |v| {
                        types.into_iter().find(|x| x.eq_ignore_ascii_case(v))
                    }) {
                        _ if free.is_some() || trial.is_some() => self.d.err(
                            k.loc,
                            "startSetup takes {type, planId} or freePlan / trialPlan, not both",
                        ),
                        Some(t @ ("FREE_PLAN" | "TRIAL_PERIOD")) if plan.is_none() => self
                            .d
                            .err(k.loc, format!("startSetup {t} needs a `planId`")),
                        Some("FREE_PLAN") => free = plan,
                        Some("TRIAL_PERIOD") => trial = plan,
                        Some(_) if plan.is_some() => self
                            .d
                            .err(k.loc, "startSetup PLAN_SELECTION takes no `planId`"),
                        _ => {}
                    }
                } else if let Some(pn) = plan {
                    self.d
                        .err(pn.loc, "startSetup: `planId` goes with a `type`");
                }
                if let Some(f) = free {
                    self.loc(&format!("{path}/startSetup/freePlan"), f);
                    p.start_setup = yaml::string(self.d, f, "freePlan").map(StartSetup::FreePlan);
                }
                if let Some(t) = trial {
                    self.loc(&format!("{path}/startSetup/trialPlan"), t);
                    if free.is_some() {
                        self.d
                            .err(t.loc, "startSetup takes freePlan or trialPlan, not both");
                    } else {
                        p.start_setup =
                            yaml::string(self.d, t, "trialPlan").map(StartSetup::TrialPlan);
                    }
                }
                sm.finish(
                    self.d,
                    "startSetup",
                    &["freePlan", "trialPlan", "type", "planId"],
                );
            }
        }
        if let Some(x) = m.take("endSetup") {
            self.loc(&format!("{path}/endSetup"), x);
            if let Some(mut em) = yaml::map(self.d, x, "endSetup") {
                let mut down = em.take("downgradeTo");
                // Stigg's shape, as `product show --json` prints it: {type, planId}.
                let kind = em.take("type");
                let plan = em.take("planId");
                if let Some(k) = kind {
                    let types = ["CANCEL_SUBSCRIPTION", "DOWNGRADE_TO_FREE"];
                    match yaml::choice(self.d, k, "endSetup type", &types, |v| {
                        types.into_iter().find(|x| x.eq_ignore_ascii_case(v))
                    }) {
                        _ if down.is_some() => self.d.err(
                            k.loc,
                            "endSetup takes {type, planId} or downgradeTo, not both",
                        ),
                        Some("DOWNGRADE_TO_FREE") if plan.is_none() => self
                            .d
                            .err(k.loc, "endSetup DOWNGRADE_TO_FREE needs a `planId`"),
                        Some("DOWNGRADE_TO_FREE") => down = plan,
                        Some(_) if plan.is_some() => self
                            .d
                            .err(k.loc, "endSetup CANCEL_SUBSCRIPTION takes no `planId`"),
                        _ => {}
                    }
                } else if let Some(pn) = plan {
                    self.d.err(pn.loc, "endSetup: `planId` goes with a `type`");
                }
                if let Some(dn) = down {
                    self.loc(&format!("{path}/endSetup/downgradeTo"), dn);
                    p.downgrade_plan = yaml::string(self.d, dn, "downgradeTo");
                }
                em.finish(self.d, "endSetup", &["downgradeTo", "type", "planId"]);
            }
        }
        if let Some(x) = m.take("defaultCancellation")
            && let Some(w) = yaml::choice(
                self.d,
                x,
                "defaultCancellation",
                CancellationTime::all_kebab(),
                CancellationTime::parse,
            )
        {
            p.default_cancellation = w;
        }
        if let Some(x) = m.take("downgradeAt")
            && let Some(w) = yaml::choice(
                self.d,
                x,
                "downgradeAt",
                DowngradeAt::all_kebab(),
                DowngradeAt::parse,
            )
        {
            p.downgrade_at = w;
        }
        if let Some(x) = m.take("usageResetOnChange")
            && let Some(w) = yaml::choice(
                self.d,
                x,
                "usageResetOnChange",
                UsageReset::all_kebab(),
                UsageReset::parse,
            )
        {
            p.usage_reset_on_change = w;
        }
        if let Some(x) = m.take("plans") {
            for pn in yaml::seq(self.d, x, "plans") {
                self.package(pn, PackageKind::Plan, &id);
            }
        }
        if let Some(x) = m.take("addons") {
            for an in yaml::seq(self.d, x, "addons") {
                self.package(an, PackageKind::Addon, &id);
            }
        }
        self.archived(&mut m, EntityKind::Product, &id);
        m.finish(self.d, "a product", PRODUCT_KEYS);
        self.insert(EntityKind::Product, n, |c| &mut c.products, id, p);
    }

    fn package(&mut self, n: &Node, kind: PackageKind, product_id: &str) {
        let what = if kind == PackageKind::Plan {
            "a plan"
        } else {
            "an add-on"
        };
        let ek = EntityKind::of_package(kind);
        let Some(mut m) = yaml::map(self.d, n, what) else {
            return;
        };
        let Some(id) = self.id(&mut m, ek, what, n) else {
            m.rest();
            return;
        };
        let draft = m
            .take("draft")
            .and_then(|x| yaml::boolean(self.d, x, "draft"))
            .unwrap_or(false);
        let base = entity_path(ek, &id);
        let path = if draft { format!("{base}@draft") } else { base };
        self.loc(&path, n);
        let name = self.name(&mut m, &id);
        let mut body = PackageBody::new(kind, &name, PricingType::Free);
        body.description = self.opt_string(&mut m, "description");
        let pricing = m.take("pricing").and_then(|x| {
            self.loc(&format!("{path}/pricing"), x);
            yaml::choice(
                self.d,
                x,
                "pricing",
                PricingType::all_kebab(),
                PricingType::parse,
            )
        });
        if kind == PackageKind::Plan {
            if let Some(x) = m.take("parent") {
                self.loc(&format!("{path}/parent"), x);
                body.parent = yaml::string(self.d, x, "parent");
            }
            if let Some(x) = m.take("trial") {
                self.loc(&format!("{path}/trial"), x);
                body.trial = self.trial(x);
            }
            if let Some(x) = m.take("compatibleAddons") {
                self.loc(&format!("{path}/compatibleAddons"), x);
                body.compatible_addons = yaml::unique_string_list(self.d, x, "compatibleAddons");
            }
        } else {
            if let Some(x) = m.take("maxQuantity") {
                self.loc(&format!("{path}/maxQuantity"), x);
                body.max_quantity = yaml::uint(self.d, x, "maxQuantity");
            }
            if let Some(x) = m.take("dependsOn") {
                self.loc(&format!("{path}/dependsOn"), x);
                body.depends_on = yaml::unique_string_list(self.d, x, "dependsOn");
            }
        }
        if let Some(x) = m.take("entitlements") {
            self.loc(&format!("{path}/entitlements"), x);
            if let Some(mut em) = yaml::map(self.d, x, "entitlements") {
                for (fid, kn, v) in em.rest() {
                    let epath = format!("{path}/entitlements/{fid}");
                    self.loc(&epath, kn);
                    if let Some(e) = self.entitlement(v, kind, &epath) {
                        body.entitlements.insert(fid, e);
                    }
                }
            }
        }
        if let Some(x) = m.take("credits") {
            self.loc(&format!("{path}/credits"), x);
            if let Some(mut cm) = yaml::map(self.d, x, "credits") {
                for (cid, kn, v) in cm.rest() {
                    let cpath = format!("{path}/credits/{cid}");
                    self.loc(&cpath, kn);
                    if let Some(c) = self.credit(v, &cpath) {
                        body.credits.insert(cid, c);
                    }
                }
            }
        }
        if let Some(x) = m.take("prices") {
            self.loc(&format!("{path}/prices"), x);
            for (i, pn) in yaml::seq(self.d, x, "prices").into_iter().enumerate() {
                if let Some(p) = self.price(pn, &format!("{path}/prices/{i}")) {
                    body.prices.push(p);
                }
            }
        }
        body.pricing_type = pricing.unwrap_or(
            if body.prices.iter().any(|p| p.model != PriceModel::Credits) {
                PricingType::Paid
            } else {
                PricingType::Free
            },
        );
        self.archived(&mut m, ek, &id);
        m.finish(
            self.d,
            what,
            if kind == PackageKind::Plan {
                PLAN_KEYS
            } else {
                ADDON_KEYS
            },
        );
        let before: Vec<String> = body.prices.iter().map(price_ident).collect();
        body.normalize();
        self.renumber_prices(&path, &before, &body.prices);
        let def = PackageDef {
            kind,
            id: id.clone(),
            product_id: product_id.to_string(),
            body,
        };
        let cat = &mut self.out.catalog;
        let taken = if draft {
            cat.drafts.contains_key(&id)
        } else {
            cat.packages.contains_key(&id)
        };
        let other_kind = cat.package(&id).is_some_and(|p| p.kind != kind);
        if other_kind {
            self.d.err(
                n.loc,
                format!("'{id}' is declared both as a plan and as an add-on"),
            );
        } else if !self.duplicate(ek, &id, n, taken) {
            if draft {
                self.out.catalog.drafts.insert(id, def);
            } else {
                self.out.catalog.packages.insert(id, def);
            }
        }
    }

    /// `normalize` sorts prices; move the recorded locations to the new indexes.
    fn renumber_prices(&mut self, path: &str, before: &[String], after: &[Price]) {
        let mut used = vec![false; before.len()];
        let mut moves = Vec::new();
        for (j, p) in after.iter().enumerate() {
            let ident = price_ident(p);
            if let Some(i) = (0..before.len()).find(|&i| !used[i] && before[i] == ident) {
                used[i] = true;
                moves.push((i, j));
            }
        }
        let prefix = format!("{path}/prices/");
        let old: Vec<(String, Loc)> = self
            .out
            .locs
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix))
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for (k, _) in &old {
            self.out.locs.remove(k);
        }
        for (k, v) in old {
            let rest = &k[prefix.len()..];
            let (idx, tail) = rest
                .split_once('/')
                .map(|(a, b)| (a, format!("/{b}")))
                .unwrap_or((rest, String::new()));
            let Ok(i) = idx.parse::<usize>() else {
                continue;
            };
            if let Some((_, j)) = moves.iter().find(|(from, _)| *from == i) {
                self.out.locs.insert(format!("{prefix}{j}{tail}"), v);
            }
        }
    }

    fn trial(&mut self, n: &Node) -> Option<Trial> {
        let mut m = yaml::map(self.d, n, "trial")?;
        let days = m.take("days").and_then(|x| yaml::uint(self.d, x, "days"));
        let months = m
            .take("months")
            .and_then(|x| yaml::uint(self.d, x, "months"));
        let on_end = match m.take("onEnd") {
            Some(x) => yaml::choice(self.d, x, "onEnd", TrialEnd::all_kebab(), TrialEnd::parse),
            None => Some(TrialEnd::ConvertToPaid),
        };
        m.finish(self.d, "trial", &["days", "months", "onEnd"]);
        let length = match (days, months) {
            (Some(d), None) => TrialLength::Days(d),
            (None, Some(mo)) => TrialLength::Months(mo),
            _ => {
                self.d
                    .err(n.loc, "trial needs exactly one of `days` or `months`");
                return None;
            }
        };
        Some(Trial {
            length,
            on_end: on_end?,
        })
    }

    fn entitlement(&mut self, n: &Node, kind: PackageKind, path: &str) -> Option<Entitlement> {
        let mut e = Entitlement {
            limit: Limit::None,
            soft: false,
            reset: None,
            values: Vec::new(),
            behavior: (kind == PackageKind::Addon).then_some(AddonBehavior::Increment),
        };
        if let yaml::Value::Bool(true) = n.value {
            return Some(e);
        }
        let mut m = yaml::map(self.d, n, "an entitlement")?;
        let limit = m.take("limit").and_then(|x| {
            self.loc(&format!("{path}/limit"), x);
            yaml::decimal(self.d, x, "limit")
        });
        let unlimited = m
            .take("unlimited")
            .and_then(|x| yaml::boolean(self.d, x, "unlimited"))
            .unwrap_or(false);
        e.limit = match (limit, unlimited) {
            (Some(_), true) => {
                self.d
                    .err(m.loc, "give `limit` or `unlimited: true`, not both");
                Limit::Unlimited
            }
            (Some(l), false) => Limit::Limited(l),
            (None, true) => Limit::Unlimited,
            (None, false) => Limit::None,
        };
        if let Some(x) = m.take("soft") {
            self.loc(&format!("{path}/soft"), x);
            e.soft = yaml::boolean(self.d, x, "soft").unwrap_or(false);
        }
        if let Some(x) = m.take("reset") {
            self.loc(&format!("{path}/reset"), x);
            e.reset = self.reset(x);
        }
        if let Some(x) = m.take("values") {
            self.loc(&format!("{path}/values"), x);
            e.values = yaml::unique_string_list(self.d, x, "values");
        }
        if let Some(x) = m.take("behavior") {
            self.loc(&format!("{path}/behavior"), x);
            if kind == PackageKind::Plan {
                self.d
                    .err(x.loc, "behavior applies to add-on entitlements only");
            } else {
                e.behavior = yaml::choice(
                    self.d,
                    x,
                    "behavior",
                    AddonBehavior::all_kebab(),
                    AddonBehavior::parse,
                );
            }
        }
        let mut known = vec!["limit", "unlimited", "soft", "reset", "values"];
        if kind == PackageKind::Addon {
            known.push("behavior");
        }
        m.finish(self.d, "an entitlement", &known);
        Some(e)
    }

    fn reset(&mut self, n: &Node) -> Option<Reset> {
        let (period, anchor) = match &n.value {
            yaml::Value::Map(_) => {
                let mut m = yaml::map(self.d, n, "reset")?;
                let p = m
                    .take("period")
                    .and_then(|x| yaml::word(self.d, x, "period", ResetPeriod::all_kebab()));
                let a = m
                    .take("anchor")
                    .and_then(|x| yaml::string(self.d, x, "anchor"));
                m.finish(self.d, "reset", &["period", "anchor"]);
                if p.is_none() {
                    self.d.err(
                        n.loc,
                        "reset needs a `period` (hour, day, week, month, year)",
                    );
                }
                (p?, a)
            }
            _ => (
                yaml::word(self.d, n, "reset", ResetPeriod::all_kebab())?,
                None,
            ),
        };
        Some(Reset {
            period: ResetPeriod::from_kebab(period)?,
            anchor: anchor
                .map(|a| anchor_from_any(&a))
                .unwrap_or_else(|| ANCHOR_SUBSCRIPTION_START.to_string()),
        })
    }

    fn credit(&mut self, n: &Node, path: &str) -> Option<CreditEntitlement> {
        let mut m = yaml::map(self.d, n, "a credit entitlement")?;
        let amount = m.take("amount").and_then(|x| {
            self.loc(&format!("{path}/amount"), x);
            yaml::decimal(self.d, x, "amount")
        });
        let cadence = match m.take("cadence") {
            Some(x) => yaml::choice(self.d, x, "cadence", Cadence::all_kebab(), Cadence::parse),
            None => Some(Cadence::Month),
        };
        let per_unit_of = m.take("perUnitOf").and_then(|x| {
            self.loc(&format!("{path}/perUnitOf"), x);
            yaml::string(self.d, x, "perUnitOf")
        });
        m.finish(
            self.d,
            "a credit entitlement",
            &["amount", "cadence", "perUnitOf"],
        );
        if amount.is_none() {
            self.d.err(n.loc, "a credit entitlement needs `amount`");
        }
        Some(CreditEntitlement {
            amount: amount?,
            cadence: cadence?,
            per_unit_of,
        })
    }

    fn amounts(&mut self, m: &mut yaml::MapReader<'_>, path: &str) -> PriceAmounts {
        let mut a = PriceAmounts::default();
        let mut dec = |this: &mut Self, key: &str| {
            m.take(key).and_then(|x| {
                this.loc(&format!("{path}/{key}"), x);
                yaml::decimal(this.d, x, key)
            })
        };
        a.monthly = dec(self, "monthly");
        a.annually = dec(self, "annually");
        a.unit_price = dec(self, "unitPrice");
        if let Some(x) = m.take("tiersMode") {
            self.loc(&format!("{path}/tiersMode"), x);
            a.tiers_mode = yaml::choice(
                self.d,
                x,
                "tiersMode",
                TiersMode::all_kebab(),
                TiersMode::parse,
            );
        }
        if let Some(x) = m.take("tiers") {
            self.loc(&format!("{path}/tiers"), x);
            for (i, t) in yaml::seq(self.d, x, "tiers").into_iter().enumerate() {
                let tpath = format!("{path}/tiers/{i}");
                self.loc(&tpath, t);
                let Some(mut tm) = yaml::map(self.d, t, "a tier") else {
                    continue;
                };
                let mut get = |this: &mut Self, key: &str| {
                    tm.take(key).and_then(|v| {
                        this.loc(&format!("{tpath}/{key}"), v);
                        yaml::decimal(this.d, v, key)
                    })
                };
                let up_to = get(self, "upTo");
                let unit_price = get(self, "unitPrice");
                let flat_price = get(self, "flatPrice");
                tm.finish(self.d, "a tier", &["upTo", "unitPrice", "flatPrice"]);
                a.tiers.push(Tier {
                    up_to,
                    unit_price,
                    flat_price,
                });
            }
        }
        a
    }

    fn price(&mut self, n: &Node, path: &str) -> Option<Price> {
        self.loc(path, n);
        let mut m = yaml::map(self.d, n, "a price")?;
        let model = match m.take("model") {
            Some(x) => {
                self.loc(&format!("{path}/model"), x);
                yaml::choice(
                    self.d,
                    x,
                    "model",
                    PriceModel::all_kebab(),
                    PriceModel::parse,
                )
            }
            None => {
                self.d.err(
                    n.loc,
                    format!(
                        "a price needs a `model` ({})",
                        PriceModel::all_kebab().join(", ")
                    ),
                );
                None
            }
        };
        let currency = match m.take("currency") {
            Some(x) => {
                self.loc(&format!("{path}/currency"), x);
                yaml::string(self.d, x, "currency")
            }
            None => {
                self.d.err(n.loc, "a price needs a `currency`");
                None
            }
        };
        let feature = m.take("feature").and_then(|x| {
            self.loc(&format!("{path}/feature"), x);
            yaml::string(self.d, x, "feature")
        });
        let amounts = self.amounts(&mut m, path);
        let mut dec = |this: &mut Self, key: &str| {
            m.take(key).and_then(|x| {
                this.loc(&format!("{path}/{key}"), x);
                yaml::decimal(this.d, x, key)
            })
        };
        let min = dec(self, "min");
        let max = dec(self, "max");
        let block_size = dec(self, "blockSize");
        let rate = dec(self, "rate");
        let formula = m.take("formula").and_then(|x| {
            // Columns reported inside the formula are relative to its first character.
            let mut loc = x.loc;
            if x.quoted {
                loc.column += 1;
            }
            self.out.locs.insert(format!("{path}/formula"), loc);
            yaml::string(self.d, x, "formula")
        });
        let mut countries = Vec::new();
        if let Some(x) = m.take("countries") {
            let mut seen = std::collections::BTreeSet::new();
            for (i, c) in yaml::seq(self.d, x, "countries").into_iter().enumerate() {
                let Some(mut cm) = yaml::map(self.d, c, "a country price") else {
                    continue;
                };
                let country_node = cm.take("country");
                let country = country_node.and_then(|v| yaml::string(self.d, v, "country"));
                let repeated = country
                    .as_ref()
                    .is_some_and(|cc| !seen.insert(cc.to_ascii_uppercase()));
                // Located by its country (the variants are kept in country order, not the
                // file's): a problem is reported on its own line. (A repeat keeps its place in
                // the list: the first one's problems stay on the first one's line.)
                let cpath = match &country {
                    Some(cc) if !repeated => format!("{path}/countries/@{cc}"),
                    _ => format!("{path}/countries/{i}"),
                };
                self.loc(&cpath, c);
                if let Some(v) = country_node {
                    self.loc(&format!("{cpath}/country"), v);
                }
                if let Some(cc) = country.as_ref().filter(|_| repeated) {
                    self.d.err(
                        c.loc,
                        format!(
                            "country {cc} is listed twice in this price (one variant per country)"
                        ),
                    );
                }
                let cur = cm.take("currency").and_then(|v| {
                    self.loc(&format!("{cpath}/currency"), v);
                    yaml::string(self.d, v, "currency")
                });
                let amounts = self.amounts(&mut cm, &cpath);
                cm.finish(
                    self.d,
                    "a country price",
                    &[
                        "country",
                        "currency",
                        "monthly",
                        "annually",
                        "unitPrice",
                        "tiersMode",
                        "tiers",
                    ],
                );
                match (country, cur) {
                    // (A repeat is refused above: its own problems are not checked against
                    // another variant's place.)
                    (Some(_), Some(_)) if repeated => {}
                    (Some(country), Some(currency)) => countries.push(CountryPrice {
                        country,
                        currency,
                        amounts,
                    }),
                    _ => self
                        .d
                        .err(c.loc, "a country price needs `country` and `currency`"),
                }
            }
        }
        m.finish(self.d, "a price", PRICE_KEYS);
        Some(Price {
            model: model?,
            currency: currency?,
            feature,
            amounts,
            min,
            max,
            block_size,
            rate,
            formula,
            countries,
        })
    }
}

/// Maps validation problems onto file locations; formula errors point inside the formula.
pub fn locate_problem(decoded: &Decoded, p: &Problem) -> (Loc, String) {
    let mut loc = decoded.locate(&p.path);
    let mut msg = p.message.clone();
    if p.path.ends_with("/formula")
        && let Some(rest) = msg.strip_prefix("column ")
        && let Some((n, tail)) = rest.split_once(": ")
        && let Ok(col) = n.parse::<u64>()
    {
        loc.column += col - 1;
        msg = format!("formula: {tail}");
    }
    (loc, msg)
}

fn price_ident(p: &Price) -> String {
    format!(
        "{}|{}|{}",
        p.model.wire(),
        p.feature.as_deref().unwrap_or(""),
        p.currency
    )
}

// ---- encoding (export) ------------------------------------------------------------------------

fn dec(d: &Decimal) -> J {
    J::String(d.to_string())
}

fn put(m: &mut Map<String, J>, k: &str, v: Option<J>) {
    if let Some(v) = v {
        m.insert(k.to_string(), v);
    }
}

fn units_json(u: &Option<Units>) -> Option<J> {
    u.as_ref().map(|u| json!([u.singular, u.plural]))
}

/// The catalog as YAML in the shape `decode` reads; `decode(encode(c)) == c`.
pub fn encode(cat: &Catalog) -> String {
    let root = encode_value(cat);
    let header =
        "# stigg-cli catalog export: `stigg-cli catalog apply` of this file changes nothing.\n";
    let body = match &root {
        J::Object(m) if m.is_empty() => "{}\n".to_string(),
        v => yaml::to_string(v).unwrap_or_default(),
    };
    format!("{header}{body}")
}

/// The catalog as JSON, same shape as the YAML (JSON is YAML: `catalog apply` reads it back).
/// Decimals are strings, as everywhere in JSON output.
pub fn encode_json(cat: &Catalog) -> String {
    let mut s = serde_json::to_string_pretty(&encode_value(cat)).unwrap_or_default();
    s.push('\n');
    s
}

fn encode_value(cat: &Catalog) -> J {
    let mut root = Map::new();
    let archived = |m: &mut Map<String, J>, k: EntityKind, id: &str| {
        if cat.is_archived(k, id) {
            m.insert("archived".into(), J::Bool(true));
        }
    };
    let features: Vec<J> = cat
        .features
        .values()
        .map(|f| {
            let mut m = Map::new();
            m.insert("id".into(), json!(f.id));
            m.insert("name".into(), json!(f.name));
            put(
                &mut m,
                "description",
                f.description.as_ref().map(|d| json!(d)),
            );
            m.insert("type".into(), json!(f.feature_type.kebab()));
            if f.meter_type != MeterType::None {
                m.insert("meter".into(), json!(f.meter_type.kebab()));
            }
            put(&mut m, "units", units_json(&f.units));
            if !f.enum_values.is_empty() {
                let vals: Vec<J> = f
                    .enum_values
                    .iter()
                    .map(|v| match &v.display_name {
                        Some(n) => json!({"value": v.value, "name": n}),
                        None => json!(v.value),
                    })
                    .collect();
                m.insert("values".into(), J::Array(vals));
            }
            if let Some(em) = &f.event_meter {
                let filters: Vec<J> = em
                    .filters
                    .iter()
                    .map(|fl| {
                        let conds: Vec<J> = fl
                            .conditions
                            .iter()
                            .map(|c| {
                                let mut cm = Map::new();
                                cm.insert("field".into(), json!(c.field));
                                cm.insert("operation".into(), json!(c.operation.wire()));
                                put(&mut cm, "value", c.value.as_ref().map(|v| json!(v)));
                                if !c.values.is_empty() {
                                    cm.insert("values".into(), json!(c.values));
                                }
                                J::Object(cm)
                            })
                            .collect();
                        json!({"conditions": conds})
                    })
                    .collect();
                let mut agg = Map::new();
                agg.insert("function".into(), json!(em.aggregation.wire()));
                put(
                    &mut agg,
                    "field",
                    em.aggregation_field.as_ref().map(|f| json!(f)),
                );
                m.insert(
                    "eventMeter".into(),
                    json!({"filters": filters, "aggregation": agg}),
                );
            }
            if let Some(t) = &f.unit_transformation {
                m.insert(
                    "unitTransformation".into(),
                    json!({"divide": dec(&t.divide), "round": t.round.kebab()}),
                );
            }
            archived(&mut m, EntityKind::Feature, &f.id);
            J::Object(m)
        })
        .collect();
    let currencies: Vec<J> = cat
        .currencies
        .values()
        .map(|c| {
            let mut m = Map::new();
            m.insert("id".into(), json!(c.id));
            m.insert("name".into(), json!(c.name));
            put(
                &mut m,
                "description",
                c.description.as_ref().map(|d| json!(d)),
            );
            put(&mut m, "units", units_json(&c.units));
            put(&mut m, "symbol", c.symbol.as_ref().map(|d| json!(d)));
            archived(&mut m, EntityKind::Currency, &c.id);
            J::Object(m)
        })
        .collect();
    let coupons: Vec<J> = cat
        .coupons
        .values()
        .map(|c| {
            let mut m = Map::new();
            m.insert("id".into(), json!(c.id));
            m.insert("name".into(), json!(c.name));
            put(
                &mut m,
                "description",
                c.description.as_ref().map(|d| json!(d)),
            );
            match &c.discount {
                Discount::Percentage { percent_off } => {
                    m.insert("percentOff".into(), dec(percent_off));
                }
                Discount::Fixed { amounts_off } => {
                    let a: Vec<J> = amounts_off
                        .iter()
                        .map(|x| json!({"amount": dec(&x.amount), "currency": x.currency}))
                        .collect();
                    m.insert("amountsOff".into(), J::Array(a));
                }
            }
            put(
                &mut m,
                "durationMonths",
                c.duration_months.map(|d| json!(d)),
            );
            archived(&mut m, EntityKind::Coupon, &c.id);
            J::Object(m)
        })
        .collect();
    let products: Vec<J> = cat
        .products
        .values()
        .map(|p| {
            let mut m = Map::new();
            m.insert("id".into(), json!(p.id));
            m.insert("name".into(), json!(p.name));
            put(
                &mut m,
                "description",
                p.description.as_ref().map(|d| json!(d)),
            );
            if p.multiple_subscriptions {
                m.insert("multipleSubscriptions".into(), J::Bool(true));
            }
            match &p.start_setup {
                Some(StartSetup::FreePlan(x)) => {
                    m.insert("startSetup".into(), json!({"freePlan": x}));
                }
                Some(StartSetup::TrialPlan(x)) => {
                    m.insert("startSetup".into(), json!({"trialPlan": x}));
                }
                None => {}
            }
            put(
                &mut m,
                "endSetup",
                p.downgrade_plan.as_ref().map(|x| json!({"downgradeTo": x})),
            );
            if p.default_cancellation != CancellationTime::EndOfPeriod {
                m.insert(
                    "defaultCancellation".into(),
                    json!(p.default_cancellation.kebab()),
                );
            }
            if p.downgrade_at != DowngradeAt::EndOfPeriod {
                m.insert("downgradeAt".into(), json!(p.downgrade_at.kebab()));
            }
            if p.usage_reset_on_change != UsageReset::Never {
                m.insert(
                    "usageResetOnChange".into(),
                    json!(p.usage_reset_on_change.kebab()),
                );
            }
            for (key, kind) in [("plans", PackageKind::Plan), ("addons", PackageKind::Addon)] {
                let mut list = Vec::new();
                for (draft, map) in [(false, &cat.packages), (true, &cat.drafts)] {
                    for d in map
                        .values()
                        .filter(|d| d.product_id == p.id && d.kind == kind)
                    {
                        list.push(package_json(cat, d, draft));
                    }
                }
                if !list.is_empty() {
                    m.insert(key.into(), J::Array(list));
                }
            }
            archived(&mut m, EntityKind::Product, &p.id);
            J::Object(m)
        })
        .collect();
    for (k, v) in [
        ("features", features),
        ("currencies", currencies),
        ("coupons", coupons),
        ("products", products),
    ] {
        if !v.is_empty() {
            root.insert(k.into(), J::Array(v));
        }
    }
    J::Object(root)
}

fn amounts_json(m: &mut Map<String, J>, a: &PriceAmounts) {
    put(m, "monthly", a.monthly.as_ref().map(dec));
    put(m, "annually", a.annually.as_ref().map(dec));
    put(m, "unitPrice", a.unit_price.as_ref().map(dec));
    put(m, "tiersMode", a.tiers_mode.map(|t| json!(t.kebab())));
    if !a.tiers.is_empty() {
        let tiers: Vec<J> = a
            .tiers
            .iter()
            .map(|t| {
                let mut tm = Map::new();
                put(&mut tm, "upTo", t.up_to.as_ref().map(dec));
                put(&mut tm, "unitPrice", t.unit_price.as_ref().map(dec));
                put(&mut tm, "flatPrice", t.flat_price.as_ref().map(dec));
                J::Object(tm)
            })
            .collect();
        m.insert("tiers".into(), J::Array(tiers));
    }
}

fn package_json(cat: &Catalog, d: &PackageDef, draft: bool) -> J {
    let b = &d.body;
    let mut m = Map::new();
    m.insert("id".into(), json!(d.id));
    if draft {
        m.insert("draft".into(), J::Bool(true));
    }
    m.insert("name".into(), json!(b.name));
    put(
        &mut m,
        "description",
        b.description.as_ref().map(|x| json!(x)),
    );
    m.insert("pricing".into(), json!(b.pricing_type.kebab()));
    put(&mut m, "parent", b.parent.as_ref().map(|x| json!(x)));
    if let Some(t) = &b.trial {
        let mut tm = Map::new();
        match t.length {
            TrialLength::Days(n) => tm.insert("days".into(), json!(n)),
            TrialLength::Months(n) => tm.insert("months".into(), json!(n)),
        };
        tm.insert("onEnd".into(), json!(t.on_end.kebab()));
        m.insert("trial".into(), J::Object(tm));
    }
    if !b.compatible_addons.is_empty() {
        m.insert("compatibleAddons".into(), json!(b.compatible_addons));
    }
    if d.kind == PackageKind::Addon {
        put(&mut m, "maxQuantity", b.max_quantity.map(|x| json!(x)));
    }
    if !b.depends_on.is_empty() {
        m.insert("dependsOn".into(), json!(b.depends_on));
    }
    if !b.entitlements.is_empty() {
        let mut em = Map::new();
        for (fid, e) in &b.entitlements {
            let mut x = Map::new();
            match e.limit {
                Limit::Limited(l) => {
                    x.insert("limit".into(), dec(&l));
                }
                Limit::Unlimited => {
                    x.insert("unlimited".into(), J::Bool(true));
                }
                Limit::None => {}
            }
            if e.soft {
                x.insert("soft".into(), J::Bool(true));
            }
            if let Some(r) = &e.reset {
                if r.anchor == ANCHOR_SUBSCRIPTION_START {
                    x.insert("reset".into(), json!(r.period.kebab()));
                } else {
                    x.insert(
                        "reset".into(),
                        json!({"period": r.period.kebab(), "anchor": r.anchor}),
                    );
                }
            }
            if !e.values.is_empty() {
                x.insert("values".into(), json!(e.values));
            }
            if let Some(bh) = e.behavior
                && bh != AddonBehavior::Increment
            {
                x.insert("behavior".into(), json!(bh.kebab()));
            }
            em.insert(fid.clone(), J::Object(x));
        }
        m.insert("entitlements".into(), J::Object(em));
    }
    if !b.credits.is_empty() {
        let mut cm = Map::new();
        for (cid, c) in &b.credits {
            let mut x = Map::new();
            x.insert("amount".into(), dec(&c.amount));
            x.insert("cadence".into(), json!(c.cadence.kebab()));
            put(
                &mut x,
                "perUnitOf",
                c.per_unit_of.as_ref().map(|f| json!(f)),
            );
            cm.insert(cid.clone(), J::Object(x));
        }
        m.insert("credits".into(), J::Object(cm));
    }
    if !b.prices.is_empty() {
        let prices: Vec<J> = b
            .prices
            .iter()
            .map(|p| {
                let mut x = Map::new();
                x.insert("model".into(), json!(p.model.kebab()));
                x.insert("currency".into(), json!(p.currency));
                put(&mut x, "feature", p.feature.as_ref().map(|f| json!(f)));
                amounts_json(&mut x, &p.amounts);
                put(&mut x, "min", p.min.as_ref().map(dec));
                put(&mut x, "max", p.max.as_ref().map(dec));
                put(&mut x, "blockSize", p.block_size.as_ref().map(dec));
                put(&mut x, "rate", p.rate.as_ref().map(dec));
                put(&mut x, "formula", p.formula.as_ref().map(|f| json!(f)));
                if !p.countries.is_empty() {
                    let cs: Vec<J> = p
                        .countries
                        .iter()
                        .map(|c| {
                            let mut cm = Map::new();
                            cm.insert("country".into(), json!(c.country));
                            cm.insert("currency".into(), json!(c.currency));
                            amounts_json(&mut cm, &c.amounts);
                            J::Object(cm)
                        })
                        .collect();
                    x.insert("countries".into(), J::Array(cs));
                }
                J::Object(x)
            })
            .collect();
        m.insert("prices".into(), J::Array(prices));
    }
    archived(cat, &mut m, EntityKind::of_package(d.kind), &d.id, draft);
    J::Object(m)
}

fn archived(cat: &Catalog, m: &mut Map<String, J>, k: EntityKind, id: &str, draft: bool) {
    if !draft && cat.is_archived(k, id) {
        m.insert("archived".into(), J::Bool(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STARTER: &str = include_str!("../../catalogs/saas-starter.yaml");
    const AI: &str = include_str!("../../catalogs/ai-credits.yaml");

    #[test]
    fn encode_then_decode_is_identity() {
        for src in [STARTER, AI] {
            let mut d = Diags::default();
            let cat = decode(src, &mut d).catalog;
            assert!(d.is_empty(), "{:?}", d.render("x"));
            let text = encode(&cat);
            let mut d2 = Diags::default();
            let back = decode(&text, &mut d2).catalog;
            assert!(d2.is_empty(), "{:?}\n{text}", d2.render("export"));
            assert_eq!(back, cat);
        }
    }

    /// Fuzz-style: thousands of deterministic mutations of real catalogs (bytes deleted,
    /// duplicated, replaced) must never panic the decoder, the validator or the formula parser.
    #[test]
    fn mutated_catalogs_never_panic() {
        let mut seed: u64 = 0x5EED;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let noise = [
            ":",
            "-",
            "[",
            "{",
            "}",
            "]",
            "'",
            "\"",
            "&a",
            "*a",
            "!!",
            "\n",
            "  ",
            "1e999",
            "NaN",
            "~",
            "#",
            "\t",
            "é",
            "0.0000000000001",
        ];
        for src in [STARTER, AI] {
            let bytes = src.as_bytes();
            for _ in 0..600 {
                let mut s = bytes.to_vec();
                for _ in 0..(1 + next() % 4) {
                    let at = (next() as usize) % s.len().max(1);
                    match next() % 3 {
                        0 => {
                            let n = (next() as usize % 20).min(s.len() - at);
                            s.drain(at..at + n);
                        }
                        1 => {
                            let ins = noise[next() as usize % noise.len()].as_bytes();
                            s.splice(at..at, ins.iter().copied());
                        }
                        _ => {
                            let n = (next() as usize % 40).min(s.len() - at);
                            let dup: Vec<u8> = s[at..at + n].to_vec();
                            s.splice(at..at, dup);
                        }
                    }
                }
                let text = String::from_utf8_lossy(&s);
                let mut d = Diags::default();
                let decoded = decode(&text, &mut d);
                let _ = crate::domain::catalog::validate::validate(
                    &decoded.catalog,
                    &decoded.catalog.declared(),
                );
                let _ = d.render("fuzz.yaml");
            }
        }
    }
}
