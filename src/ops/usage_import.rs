//! `usage import`: reported usage or raw events from a CSV or JSON lines file of any size, in one
//! transaction. The catalog is read once; customers' entitlements once per customer (and
//! resource); window values are folded in memory and written once at the end; records go in
//! through cached prepared statements. One summary event (`usage.imported`) plus the
//! `entitlement.usage_exceeded` crossings are logged — not an event per row.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

use crate::clock::{self, Instant};
use crate::domain::catalog::{Entitlement, EntityKind, Feature, Limit, MeterType};
use crate::domain::entitlements as ent;
use crate::domain::usage::{Contribution, UpdateBehavior, apply_report, contribution, matches};
use crate::error::{Error, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::io::stream::{Fields, RowStream, StreamRow};
use crate::ops::usage::{behavior_name, window_key};
use crate::store::usage::{self as repo, WindowKey, WindowValue};
use crate::store::{Tx, catalog as catalog_repo, customers as customer_repo, events};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Usage,
    Events,
}

pub const USAGE_COLUMNS: &[&str] = &[
    "customerId",
    "featureId",
    "value",
    "timestamp",
    "idempotencyKey",
    "resourceId",
    "updateBehavior",
];
pub const EVENT_COLUMNS: &[&str] = &[
    "customerId",
    "eventName",
    "timestamp",
    "idempotencyKey",
    "resourceId",
];

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    pub file: String,
    pub kind: &'static str,
    pub rows: u64,
    pub inserted: u64,
    pub duplicates: u64,
    pub rejected: u64,
    pub dry_run: bool,
    pub elapsed_ms: u64,
    pub rows_per_second: u64,
}

/// A rejected row: where, why, and its text (for the rejects file).
pub struct Rejected {
    pub line: u64,
    pub reason: String,
    pub text: String,
}

/// Entitlements of one (customer, resource), computed once per import.
type Winners = BTreeMap<String, (Entitlement, Instant)>;

struct Window {
    key: WindowKey,
    value: WindowValue,
    before: WindowValue,
    limit: Option<Decimal>,
    meter_type: MeterType,
    feature: String,
    /// The feature's index in the importer's catalog (compared instead of its id).
    fidx: usize,
}

pub struct Importer<'a> {
    kind: Kind,
    /// Every feature (read once), by index; `index` finds one by id.
    catalog: std::rc::Rc<Vec<Feature>>,
    index: HashMap<String, usize>,
    /// Indexes of the features metered from raw events.
    metered: Vec<usize>,
    customers: HashMap<String, bool>,
    resources: HashMap<(String, String), bool>,
    winners: HashMap<(String, String), Winners>,
    /// Per customer, the windows this import touched.
    windows: HashMap<String, Vec<Window>>,
    now: Instant,
    pub report: ImportReport,
    pub rejected: Vec<Rejected>,
    _tx: std::marker::PhantomData<&'a ()>,
}

fn field<'f>(f: &'f Fields, k: &str) -> Option<&'f str> {
    f.get(k).filter(|s| !s.trim().is_empty())
}

impl<'a> Importer<'a> {
    /// Reads the catalog once. `kind` comes from `--kind` or the header.
    pub fn new(tx: &Tx<'_>, kind: Kind, file: &str) -> Result<Importer<'a>> {
        let mut all: Vec<Feature> =
            catalog_repo::load_simple::<Feature>(&tx.sql, EntityKind::Feature)?
                .into_values()
                .map(|(f, _)| f)
                .collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        let index = all
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), i))
            .collect();
        let metered = (0..all.len())
            .filter(|i| all[*i].event_meter.is_some())
            .collect();
        let catalog = std::rc::Rc::new(all);
        Ok(Importer {
            kind,
            catalog,
            index,
            metered,
            customers: HashMap::new(),
            resources: HashMap::new(),
            winners: HashMap::new(),
            windows: HashMap::new(),
            now: tx.now,
            report: ImportReport {
                file: file.to_string(),
                kind: match kind {
                    Kind::Usage => "usage",
                    Kind::Events => "events",
                },
                ..Default::default()
            },
            rejected: Vec::new(),
            _tx: std::marker::PhantomData,
        })
    }

    /// Whether the customer's resource exists (cached; "" always does).
    fn resource_known(&mut self, tx: &Tx<'_>, c: &str, r: &str) -> Result<bool> {
        if r.is_empty() {
            return Ok(true);
        }
        let key = (c.to_string(), r.to_string());
        if let Some(k) = self.resources.get(&key) {
            return Ok(*k);
        }
        let k = customer_repo::resource_exists(&tx.sql, c, r)?;
        self.resources.insert(key, k);
        Ok(k)
    }

    fn customer_known(&mut self, tx: &Tx<'_>, c: &str) -> Result<bool> {
        if let Some(k) = self.customers.get(c) {
            return Ok(*k);
        }
        let k = customer_repo::get(&tx.sql, c)?.is_some_and(|(_, m)| m.archived_at.is_none());
        self.customers.insert(c.to_string(), k);
        Ok(k)
    }

    fn winner(
        &mut self,
        tx: &Tx<'_>,
        customer: &str,
        resource: &str,
        feature: &str,
    ) -> Result<Option<(Entitlement, Instant)>> {
        let key = (customer.to_string(), resource.to_string());
        if !self.winners.contains_key(&key) {
            let res = Some(resource).filter(|r| !r.is_empty());
            let g = crate::ops::entitlements::gather(&tx.sql, self.now, customer, res)?;
            let merged = ent::merge(&g.sources);
            let w: Winners = merged
                .into_iter()
                .map(|(f, e)| {
                    let start = g.sources[e.winner].usage_anchor;
                    (f, (e.entitlement, start))
                })
                .collect();
            self.winners.insert(key.clone(), w);
        }
        Ok(self.winners.get(&key).and_then(|w| w.get(feature).cloned()))
    }

    /// The window `at` counts in. Rows mostly hit a window already in hand: it is found by a
    /// scan of the customer's few open windows (no allocation, no period arithmetic); only a
    /// new window computes its bounds and reads its stored value.
    fn window(
        &mut self,
        tx: &Tx<'_>,
        customer: &str,
        resource: &str,
        fidx: usize,
        at: Instant,
    ) -> Result<&mut Window> {
        let same_resource = |w: &Window| {
            w.key.resource_id.len() == resource.len()
                && (resource.is_empty() || w.key.resource_id == resource)
        };
        let hit = self.windows.get(customer).and_then(|list| {
            list.iter().position(|w| {
                w.fidx == fidx
                    && same_resource(w)
                    && w.key.start <= at
                    && w.key.end.is_some_and(|e| at < e)
            })
        });
        if let Some(i) = hit {
            return Ok(&mut self.windows.get_mut(customer).expect("found above")[i]);
        }
        let catalog = std::rc::Rc::clone(&self.catalog);
        let feature = &catalog[fidx];
        let win = self.winner(tx, customer, resource, &feature.id)?;
        let res = Some(resource).filter(|r| !r.is_empty());
        let key = window_key(
            customer,
            res,
            feature,
            win.as_ref().map(|(e, s)| (e, *s)),
            at,
        );
        let list = self.windows.entry(customer.to_string()).or_default();
        // Cumulative windows and levels (no end) are matched by their start.
        let i = match list
            .iter()
            .position(|w| w.fidx == fidx && same_resource(w) && w.key.start == key.start)
        {
            Some(i) => i,
            None => {
                let before = repo::window(&tx.sql, &key)?.unwrap_or_default();
                let limit = win.as_ref().and_then(|(e, _)| match e.limit {
                    Limit::Limited(l) => Some(l),
                    _ => None,
                });
                list.push(Window {
                    key,
                    value: before.clone(),
                    before,
                    limit,
                    meter_type: feature.meter_type,
                    feature: feature.id.clone(),
                    fidx,
                });
                list.len() - 1
            }
        };
        Ok(&mut list[i])
    }

    /// One row: validated, stored (or counted as a duplicate), folded into its windows.
    pub fn row(&mut self, tx: &Tx<'_>, row: StreamRow) -> Result<()> {
        self.report.rows += 1;
        let outcome = match &row.fields {
            Err(e) => Err(e.clone()),
            Ok(f) => match self.kind {
                Kind::Usage => self.usage_row(tx, f),
                Kind::Events => self.event_row(tx, f),
            },
        };
        match outcome {
            Ok(true) => self.report.inserted += 1,
            Ok(false) => self.report.duplicates += 1,
            Err(reason) => {
                self.report.rejected += 1;
                self.rejected.push(Rejected {
                    line: row.line,
                    reason,
                    text: row.text,
                });
            }
        }
        Ok(())
    }

    fn common(
        &self,
        f: &Fields,
        known: &[&str],
    ) -> std::result::Result<(String, String, Instant, BTreeMap<String, String>), String> {
        if let Some(k) = f.iter().map(|(k, _)| k).find(|k| {
            !known.contains(k)
                && k.strip_prefix("dimensions.")
                    .is_none_or(|d| d.trim().is_empty())
                && *k != "reason"
        }) {
            return Err(format!("unknown column '{k}'"));
        }
        let customer = field(f, "customerId")
            .ok_or("customerId is required")?
            .to_string();
        let resource = field(f, "resourceId").unwrap_or("").to_string();
        for id in [&customer, &resource].into_iter().filter(|x| !x.is_empty()) {
            crate::domain::slug::check_slug(id)?;
        }
        let at = match field(f, "timestamp") {
            Some(t) => clock::parse_instant(t).map_err(|m| format!("timestamp: {m}"))?,
            None => self.now,
        };
        if at > self.now {
            return Err(format!("timestamp {} is in the future", clock::fmt(&at)));
        }
        let dims = f
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix("dimensions.")
                    .map(|d| (d.to_string(), v.to_string()))
            })
            .collect();
        Ok((customer, resource, at, dims))
    }

    fn usage_row(&mut self, tx: &Tx<'_>, f: &Fields) -> std::result::Result<bool, String> {
        let (customer, resource, at, dims) = self.common(f, USAGE_COLUMNS)?;
        let fid = field(f, "featureId").ok_or("featureId is required")?;
        let fidx = *self
            .index
            .get(fid)
            .ok_or_else(|| format!("feature '{fid}' not found"))?;
        let catalog = std::rc::Rc::clone(&self.catalog);
        let feature = &catalog[fidx];
        if feature.event_meter.is_some() {
            return Err(format!("feature '{fid}' is metered from raw events"));
        }
        if !feature.is_metered() {
            return Err(format!("feature '{fid}' is not metered"));
        }
        let value =
            crate::domain::decimal::parse_decimal(field(f, "value").ok_or("value is required")?)
                .map_err(|m| format!("value: {m}"))?;
        let how = match field(f, "updateBehavior")
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            None | Some("DELTA") => UpdateBehavior::Delta,
            Some("SET") => UpdateBehavior::Set,
            Some(o) => return Err(format!("updateBehavior '{o}' is not DELTA or SET")),
        };
        if !self.customer_known(tx, &customer).map_err(|e| e.message)? {
            return Err(format!("customer '{customer}' not found"));
        }
        if !self
            .resource_known(tx, &customer, &resource)
            .map_err(|e| e.message)?
        {
            return Err(format!(
                "customer '{customer}' has no resource '{resource}'"
            ));
        }
        let key = field(f, "idempotencyKey").map(str::to_string);
        let dims = (!dims.is_empty()).then(|| serde_json::to_string(&dims).unwrap_or_default());
        if let Some(k) = &key
            && let Some(prev) =
                repo::by_key(&tx.sql, &customer, &resource, fid, k).map_err(|e| e.message)?
        {
            // A duplicate is the same measurement again; another one under the key is refused,
            // as `usage report` refuses it (IdempotencyKeyReused).
            let same = prev.value == value
                && prev.behavior == behavior_name(how)
                && prev.dimensions == dims
                && (field(f, "timestamp").is_none() || prev.at == at);
            if !same {
                return Err(format!(
                    "IdempotencyKeyReused: idempotency key '{k}' was used for another measurement ({} {} at {})",
                    prev.behavior,
                    prev.value,
                    clock::fmt(&prev.at)
                ));
            }
            return Ok(false);
        }
        let w = self
            .window(tx, &customer, &resource, fidx, at)
            .map_err(|e| e.message)?;
        let next = apply_report(w.value.value, value, how)?;
        w.value.value = next;
        repo::insert_report(
            tx,
            &repo::Report {
                customer_id: customer,
                resource_id: resource,
                feature_id: fid.to_string(),
                at,
                value,
                behavior: behavior_name(how),
                dimensions: dims,
                idempotency_key: key,
            },
        )
        .map_err(|e| e.message)?;
        Ok(true)
    }

    fn event_row(&mut self, tx: &Tx<'_>, f: &Fields) -> std::result::Result<bool, String> {
        let (customer, resource, at, dims) = self.common(f, EVENT_COLUMNS)?;
        let name = field(f, "eventName")
            .ok_or("eventName is required")?
            .to_string();
        let key = field(f, "idempotencyKey")
            .ok_or("idempotencyKey is required (raw events always carry one)")?
            .to_string();
        let catalog = std::rc::Rc::clone(&self.catalog);
        let mut parts: Vec<(usize, Contribution)> = Vec::new();
        for i in 0..self.metered.len() {
            let fidx = self.metered[i];
            let Some(meter) = &catalog[fidx].event_meter else {
                continue;
            };
            if !matches(meter, &name, &dims) {
                continue;
            }
            let c = contribution(meter, &dims);
            if !matches!(c, Contribution::Nothing(_)) {
                parts.push((fidx, c));
            }
        }
        crate::ops::usage::check_event_text(&name, &key)?;
        let known = self.customer_known(tx, &customer).map_err(|e| e.message)?
            && self
                .resource_known(tx, &customer, &resource)
                .map_err(|e| e.message)?;
        // A sum the event would push past the largest decimal rejects the row before anything
        // of it is stored.
        if known {
            for (fidx, c) in parts
                .iter()
                .filter(|(_, c)| matches!(c, Contribution::Number(_)))
            {
                let w = self
                    .window(tx, &customer, &resource, *fidx, at)
                    .map_err(|e| e.message)?;
                if !w.value.state.fits(c) {
                    return Err(format!(
                        "feature '{}': usage {} + the event's value is past the largest value",
                        catalog[*fidx].id, w.value.state.sum
                    ));
                }
            }
        }
        let dims_json =
            (!dims.is_empty()).then(|| serde_json::to_string(&dims).unwrap_or_default());
        let ev = repo::RawEvent {
            customer_id: customer,
            resource_id: resource,
            event_name: name,
            idempotency_key: key,
            at,
            dimensions: dims_json,
        };
        // The key's unique index de-duplicates: one statement, no lookup first.
        let new = repo::insert_raw_event_if_new(tx, &ev).map_err(|e| e.message)?;
        if !new {
            let prev = repo::raw_event_by_key(
                &tx.sql,
                &ev.customer_id,
                &ev.resource_id,
                &ev.event_name,
                &ev.idempotency_key,
            )
            .map_err(|e| e.message)?;
            if let Some(prev) = prev
                && (prev.dimensions != ev.dimensions
                    || (field(f, "timestamp").is_some() && prev.at != at))
            {
                return Err(format!(
                    "IdempotencyKeyReused: idempotency key '{}' was used for another '{}' event (at {})",
                    ev.idempotency_key,
                    ev.event_name,
                    clock::fmt(&prev.at)
                ));
            }
            return Ok(false);
        }
        let (customer, resource) = (ev.customer_id, ev.resource_id);
        if !known {
            return Ok(true);
        }
        for (fidx, c) in parts {
            let Some(meter) = &catalog[fidx].event_meter else {
                continue;
            };
            let new_distinct = match &c {
                Contribution::Distinct(v) => {
                    let key = self
                        .window(tx, &customer, &resource, fidx, at)
                        .map_err(|e| e.message)?
                        .key
                        .clone();
                    repo::add_distinct(tx, &key, v).map_err(|e| e.message)?
                }
                _ => false,
            };
            let w = self
                .window(tx, &customer, &resource, fidx, at)
                .map_err(|e| e.message)?;
            w.value
                .state
                .add(&c, new_distinct)
                .map_err(|m| format!("{m} (feature '{}')", catalog[fidx].id))?;
            w.value.value = w.value.state.value(meter.aggregation);
        }
        Ok(true)
    }

    /// Writes every touched window once, logs the limit crossings and the summary event.
    pub fn finish(
        mut self,
        tx: &mut Tx<'_>,
        started: std::time::Instant,
    ) -> Result<(ImportReport, Vec<Rejected>)> {
        let mut touched: Vec<Window> = self.windows.drain().flat_map(|(_, w)| w).collect();
        touched.sort_by(|a, b| {
            (
                &a.key.customer_id,
                &a.key.resource_id,
                &a.key.feature_id,
                a.key.start,
            )
                .cmp(&(
                    &b.key.customer_id,
                    &b.key.resource_id,
                    &b.key.feature_id,
                    b.key.start,
                ))
        });
        let now = tx.now;
        for mut w in touched {
            let crossed = w.limit.is_some_and(|l| w.value.value > l);
            if crossed && !w.before.exceeded {
                events::append_at(
                    tx,
                    &NewEvent {
                        event_type: EventType::EntitlementUsageExceeded,
                        entity_type: EventEntityType::Entitlement,
                        entity_id: w.key.customer_id.clone(),
                        entity: json!({
                            "customerId": w.key.customer_id,
                            "resourceId": (!w.key.resource_id.is_empty()).then_some(&w.key.resource_id),
                            "featureId": w.feature,
                            "usageLimit": w.limit.map(|l| l.to_string()),
                            "currentUsage": w.value.value.to_string(),
                            "usagePeriodStart": w.key.end.map(|_| clock::fmt(&w.key.start)),
                            "usagePeriodEnd": w.key.end.map(|e| clock::fmt(&e)),
                        }),
                    },
                    now,
                )?;
                w.value.exceeded = true;
            } else {
                w.value.exceeded =
                    w.before.exceeded && (crossed || w.meter_type != MeterType::Fluctuating);
            }
            // A window only looked at (its rows rejected or duplicates) is not written.
            if w.value != w.before {
                repo::set_window(tx, &w.key, &w.value)?;
            }
        }
        let elapsed = started.elapsed();
        self.report.elapsed_ms = elapsed.as_millis() as u64;
        self.report.rows_per_second = if elapsed.as_secs_f64() > 0.0 {
            (self.report.rows as f64 / elapsed.as_secs_f64()) as u64
        } else {
            self.report.rows
        };
        events::append_at(
            tx,
            &NewEvent {
                event_type: EventType::UsageImported,
                entity_type: EventEntityType::Import,
                entity_id: self.report.file.clone(),
                entity: json!({
                    "file": self.report.file,
                    "kind": self.report.kind,
                    "rows": self.report.rows,
                    "inserted": self.report.inserted,
                    "duplicates": self.report.duplicates,
                    "rejected": self.report.rejected,
                    "elapsedMs": self.report.elapsed_ms,
                }),
            },
            now,
        )?;
        Ok((self.report, self.rejected))
    }
}

/// A CSV header is checked once, before any row: every column must be one the kind knows or a
/// `dimensions.<key>` with a key, else the whole file fails at its first line.
pub fn check_header(kind: Kind, stream: &RowStream, file: &str) -> Result<()> {
    let known = match kind {
        Kind::Usage => USAGE_COLUMNS,
        Kind::Events => EVENT_COLUMNS,
    };
    for h in &stream.header {
        // `reason` is the rejects file's column: a fixed rejects file re-imports as it is.
        let ok = known.contains(&h.as_str())
            || h == "reason"
            || h.strip_prefix("dimensions.")
                .is_some_and(|d| !d.trim().is_empty());
        if !ok {
            return Err(Error::data(format!(
                "{file}:1: unknown column '{h}' for {} (columns: {}, dimensions.<key>)",
                match kind {
                    Kind::Usage => "reported usage",
                    Kind::Events => "raw events",
                },
                known.join(", ")
            )));
        }
    }
    Ok(())
}

/// Which kind a file holds: `--kind`, else its columns (a CSV header, or the first JSON row).
pub fn detect_kind(asked: Option<Kind>, stream: &RowStream, file: &str) -> Result<Kind> {
    if let Some(k) = asked {
        return Ok(k);
    }
    if stream.header.iter().any(|h| h == "eventName") {
        Ok(Kind::Events)
    } else if stream.header.iter().any(|h| h == "featureId") {
        Ok(Kind::Usage)
    } else if stream.header.is_empty() {
        Err(Error::usage(
            "a JSON lines file needs --kind usage or --kind events",
        ))
    } else {
        Err(Error::data(format!(
            "{file}:1: the header has neither featureId (reported usage) nor eventName (raw events)"
        )))
    }
}
