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
use crate::ops::usage::{self as usage_ops, behavior_name, window_key};
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
    /// Raw events stored for a customer or resource that does not exist (yet): kept, counted
    /// nowhere until `usage recalculate` after it exists.
    #[serde(skip_serializing_if = "is_zero")]
    pub uncounted: u64,
    /// Raw events matching a meter whose aggregation field they lack or hold as no number:
    /// kept, adding nothing to that meter (as `event report` warns of each).
    #[serde(skip_serializing_if = "is_zero")]
    pub without_value: u64,
    /// Records of known customers (reported usage, raw events for a meter) at an instant no
    /// subscription grants the feature: stored, counting for no subscription (as `usage report`
    /// and `event report` warn of each).
    #[serde(skip_serializing_if = "is_zero")]
    pub no_entitlement: u64,
    pub dry_run: bool,
    pub elapsed_ms: u64,
    pub rows_per_second: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A rejected row: where, why, and its text (for the rejects file).
pub struct Rejected {
    pub line: u64,
    pub column: Option<u64>,
    pub reason: String,
    pub text: String,
    pub well_formed: bool,
}

impl Rejected {
    /// `line` or `line:column` (where a row that could not be read goes wrong).
    pub fn at(&self) -> String {
        match self.column {
            Some(c) => format!("{}:{c}", self.line),
            None => self.line.to_string(),
        }
    }
}

/// Entitlements of one (customer, resource), computed once per import: by feature id, sorted.
/// (A list, not a map: thousands of customers are held at once, and a map's first node has
/// room for eleven.)
type Winners = Vec<(String, (Entitlement, Instant))>;

/// A feature's winner (entitlement and its source's start) at an instant, with the span
/// (from, until) over which that answer holds.
type WinnerAt = (
    Option<(Entitlement, Instant)>,
    Option<Instant>,
    Option<Instant>,
);

/// A limit crossing to log: the event, its window, and whether the window is a level.
type Crossing = (NewEvent, WindowKey, bool);

/// The winners valid from `from` (inclusive) until `until` (exclusive).
struct Spell {
    from: Option<Instant>,
    until: Option<Instant>,
    winners: Winners,
}

/// A seeded fast hash for the per-row look-ups (customer ids from the file).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

struct Window {
    key: WindowKey,
    value: WindowValue,
    limit: Option<Decimal>,
    meter_type: MeterType,
    /// The feature's index in the catalog (compared instead of its id).
    fidx: usize,
    /// A row was applied to it (only such windows are written).
    dirty: bool,
    /// What is known of `usage::in_force_between(self, from, now)` for rows carried into it:
    /// true for every `from` up to the first instant, false from the second on (a smaller
    /// `from` only widens the span looked at) — asked once, not per row.
    in_force: (Option<Instant>, Option<Instant>),
}

impl Window {
    /// After a row changed the value: a crossing of the limit is signalled as a single report
    /// would signal it (once per window; a level that drops back under and crosses again,
    /// again).
    fn settle(&mut self, crossings: &mut Vec<Crossing>) {
        self.dirty = true;
        let over = self.limit.is_some_and(|l| self.value.value > l);
        if over && !self.value.exceeded {
            self.value.exceeded = true;
            crossings.push((
                usage_ops::exceeded_event(&self.key, self.limit, self.value.value),
                self.key.clone(),
                self.meter_type == MeterType::Fluctuating,
            ));
        } else if !over && self.meter_type == MeterType::Fluctuating {
            self.value.exceeded = false;
        }
    }
}

impl Window {
    /// Whether the window is in force at some instant from `from` until now (see
    /// `usage::in_force_between`, which `ask` answers), from what is known before asking.
    fn in_force_from(&mut self, from: Instant, ask: impl FnOnce() -> Result<bool>) -> Result<bool> {
        match self.in_force {
            (Some(t), _) if from <= t => return Ok(true),
            (_, Some(f)) if from >= f => return Ok(false),
            _ => {}
        }
        let yes = ask()?;
        if yes {
            self.in_force.0 = Some(self.in_force.0.map_or(from, |t| t.max(from)));
        } else {
            self.in_force.1 = Some(self.in_force.1.map_or(from, |f| f.min(from)));
        }
        Ok(yes)
    }

    /// After a record a later change arranges this window to hold changed the value: judged
    /// against the limit as [`Window::settle`] judges when `judged` (the window is in force with
    /// it), else only marked to be written (the recount that reaches its time in force judges it).
    fn carry(&mut self, judged: bool, crossings: &mut Vec<Crossing>) {
        if judged {
            self.settle(crossings);
        } else {
            self.dirty = true;
        }
    }
}

impl Slot {
    /// The window in hand with `key`'s bounds, of feature `fidx` on `resource` (matched by its
    /// start and end, as windows are stored).
    fn find(&self, fidx: usize, resource: &str, key: &WindowKey) -> Option<usize> {
        self.windows.iter().position(|w| {
            w.fidx == fidx
                && w.key.resource_id == resource
                && w.key.start == key.start
                && w.key.end == key.end
        })
    }

    fn spells(&self, resource: &str) -> &[Spell] {
        if resource.is_empty() {
            &self.winners
        } else {
            self.resource_winners
                .get(resource)
                .map_or(&[], Vec::as_slice)
        }
    }

    fn spells_mut(&mut self, resource: &str) -> &mut Vec<Spell> {
        if resource.is_empty() {
            &mut self.winners
        } else {
            self.resource_winners
                .entry(resource.to_string())
                .or_default()
        }
    }
}

/// What the import knows of one customer of the file: whether it exists, its entitlements per
/// resource ("" = customer level), and the windows its rows touched.
struct Slot {
    customer: String,
    known: bool,
    /// Per resource, the entitlements over spans of time in which they do not change (the
    /// present first; a late record gets the ones of its own instant, as a single report).
    /// The customer level's apart: most customers have no resource, and thousands are held at
    /// once (an empty map allocates nothing).
    winners: Vec<Spell>,
    resource_winners: HashMap<String, Vec<Spell>>,
    archived: bool,
    windows: Vec<Window>,
    /// Each window's bounds, side by side with `windows`: scanned per row, so kept small
    /// (one cache line holds a customer's usual few).
    spans: Vec<Span>,
    /// What the customer's features cost in credits, per (feature, resource), over the span of
    /// time it holds: looked up once, not per row.
    credits: Vec<CreditSlot>,
    /// The pool (its place in the burner) the customer's last priced record burned: the rows
    /// ahead hint it to the cache (see `Importer::hint`).
    last_pool: Option<u32>,
}

/// What a record burns: the rate per unit it adds, or the formula's value once (when it adds
/// any usage).
#[derive(Clone, Copy)]
enum Charge {
    PerUnit(Decimal),
    PerRecord(Decimal),
}

impl Charge {
    /// None past the decimal range.
    /// What `units` added (see [`crate::ops::credits::units_added`]: None for an increase
    /// past what a decimal holds) costs; None when that is out of range.
    fn credits(self, units: Option<Decimal>) -> Option<Decimal> {
        if units.is_some_and(|u| u <= Decimal::ZERO) {
            return Some(Decimal::ZERO);
        }
        match self {
            Charge::PerUnit(r) => crate::ops::credits::rate_credits(r, units?),
            Charge::PerRecord(v) => Some(v),
        }
    }
}

struct CreditSlot {
    fidx: usize,
    resource: String,
    lo: Option<Instant>,
    hi: Option<Instant>,
    /// The price, and the pool's place in the burner.
    priced: Option<(crate::ops::credits::CreditPrice, usize)>,
}

#[derive(Clone, Copy)]
struct Span {
    fidx: u32,
    /// The length of the window's resource id (0 = customer level); a match on a resource is
    /// confirmed against the window's key.
    res_len: u32,
    start: i64,
    /// `i64::MAX` for a window without an end (a level, a cumulative count).
    end: i64,
    /// The span of time over which the entitlements that arranged the window hold: a record
    /// outside it (a late one, before a plan change) is arranged by its own instant's.
    lo: i64,
    hi: i64,
    /// From this instant on, a record in the span also falls in a window a later change of
    /// entitlements arranges (`usage::carry_windows`): the customer's windows are rebuilt
    /// once the import is done (`i64::MAX`: never, the usual case).
    carry_lo: i64,
    /// An entitlement wins over the span: its records count for a subscription (else they are
    /// stored and count for none, as a single report warns).
    covered: bool,
}

/// A row read and checked without the database (on the reading thread): all the apply step
/// needs.
pub enum Prepared {
    Usage {
        /// The customer's number in the file (in order of first sight).
        cust: u32,
        report: repo::Report,
        fidx: usize,
        how: UpdateBehavior,
        /// The row gave its timestamp (a duplicate must then match it).
        stamped: bool,
    },
    Event {
        cust: u32,
        event: repo::RawEvent,
        stamped: bool,
        /// `event_hash` of the event's identity.
        hash: i64,
        /// What the event adds to each meter it matches (feature index, contribution).
        parts: Vec<(usize, Contribution)>,
        /// It matches a meter it adds nothing to (the aggregation field missing or no number).
        without_value: bool,
    },
}

/// One row of the file as it reaches the apply step.
pub struct Item {
    pub line: u64,
    pub column: Option<u64>,
    pub text: String,
    /// The row split into the file's columns (a CSV record of the header's width, a JSON
    /// object): a rejects file repeats it as a row; otherwise as text in the reason.
    pub well_formed: bool,
    pub row: std::result::Result<Prepared, String>,
}

/// The catalog part of an import (read once): turns rows into `Prepared` ones. Shared with the
/// reading thread.
pub struct Preparer {
    kind: Kind,
    /// Every feature, sorted by id; `index` finds one by id.
    catalog: Vec<Feature>,
    index: HashMap<String, usize>,
    /// Indexes of the features metered from raw events.
    metered: Vec<usize>,
    now: Instant,
}

fn field<'f>(f: &'f Fields, k: &str) -> Option<&'f str> {
    f.get(k).filter(|s| !s.trim().is_empty())
}

/// Customer, resource ("" = none), instant, whether the row stamped it, and dimensions.
type Common = (String, String, Instant, bool, BTreeMap<String, String>);

/// Numbers the file's customers in order of first sight (on the reading thread, so the apply
/// step finds a customer by index, not by hashing its id).
#[derive(Default)]
pub struct Interner(FastMap<String, u32>);

impl Interner {
    fn number(&mut self, customer: &str) -> u32 {
        if let Some(n) = self.0.get(customer) {
            return *n;
        }
        let n = self.0.len() as u32;
        self.0.insert(customer.to_string(), n);
        n
    }
}

impl Preparer {
    pub fn item(&self, row: StreamRow, names: &mut Interner) -> Item {
        let prepared = match &row.fields {
            Err(e) => Err(e.clone()),
            Ok(f) => match self.kind {
                Kind::Usage => self.usage(f),
                Kind::Events => self.event(f),
            },
        };
        let prepared = prepared.map(|mut p| {
            match &mut p {
                Prepared::Usage { cust, report, .. } => *cust = names.number(&report.customer_id),
                Prepared::Event { cust, event, .. } => *cust = names.number(&event.customer_id),
            }
            p
        });
        Item {
            line: row.line,
            column: row.column,
            well_formed: row.whole,
            text: row.text,
            row: prepared,
        }
    }

    fn common(&self, f: &Fields, known: &[&str]) -> std::result::Result<Common, String> {
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
        for (column, id) in [("customerId", &customer), ("resourceId", &resource)] {
            if !id.is_empty() {
                crate::domain::slug::check_slug(id).map_err(|m| format!("{column}: {m}"))?;
            }
        }
        let stamp = field(f, "timestamp");
        let at = match stamp {
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
        Ok((customer, resource, at, stamp.is_some(), dims))
    }

    fn usage(&self, f: &Fields) -> std::result::Result<Prepared, String> {
        let (customer, resource, at, stamped, dims) = self.common(f, USAGE_COLUMNS)?;
        let fid = field(f, "featureId").ok_or("featureId is required")?;
        let fidx = *self.index.get(fid).ok_or_else(|| {
            // (An id no feature can have is said to be one, as on the command line.)
            match crate::domain::slug::check_slug(fid) {
                Err(m) => format!("featureId: {m}"),
                Ok(()) => format!("feature '{fid}' not found"),
            }
        })?;
        let feature = &self.catalog[fidx];
        if feature.event_meter.is_some() {
            return Err(format!("feature '{fid}' is metered from raw events"));
        }
        if !feature.is_metered() {
            return Err(format!("feature '{fid}' is not metered"));
        }
        let value =
            crate::domain::decimal::parse_decimal(field(f, "value").ok_or("value is required")?)
                .map_err(|m| format!("value: {m}"))?
                // (Stored without trailing zeros, as `usage report` stores it.)
                .normalize();
        let how = match field(f, "updateBehavior")
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            None | Some("DELTA") => UpdateBehavior::Delta,
            Some("SET") => UpdateBehavior::Set,
            Some(o) => return Err(format!("updateBehavior '{o}' is not DELTA or SET")),
        };
        // An empty cell is no key (as every optional column); a present key obeys the rule.
        let key = field(f, "idempotencyKey").map(str::to_string);
        if let Some(k) = &key {
            crate::ops::usage::check_text("idempotency key", k)?;
        }
        Ok(Prepared::Usage {
            cust: 0,
            report: repo::Report {
                customer_id: customer,
                resource_id: resource,
                feature_id: fid.to_string(),
                at,
                value,
                behavior: behavior_name(how),
                dimensions: (!dims.is_empty())
                    .then(|| serde_json::to_string(&dims).unwrap_or_default()),
                idempotency_key: key,
            },
            fidx,
            how,
            stamped,
        })
    }

    fn event(&self, f: &Fields) -> std::result::Result<Prepared, String> {
        let (customer, resource, at, stamped, dims) = self.common(f, EVENT_COLUMNS)?;
        let name = field(f, "eventName")
            .ok_or("eventName is required")?
            .to_string();
        let key = field(f, "idempotencyKey")
            .ok_or("idempotencyKey is required (raw events always carry one)")?
            .to_string();
        crate::ops::usage::check_event_text(&name, &key)?;
        let mut parts: Vec<(usize, Contribution)> = Vec::new();
        let mut without_value = false;
        for &fidx in &self.metered {
            let Some(meter) = &self.catalog[fidx].event_meter else {
                continue;
            };
            if !matches(meter, &name, &dims) {
                continue;
            }
            let c = contribution(meter, &dims);
            if matches!(c, Contribution::Nothing(_)) {
                without_value = true;
            } else {
                parts.push((fidx, c));
            }
        }
        let hash = repo::event_hash(&customer, &resource, &name, &key);
        Ok(Prepared::Event {
            cust: 0,
            event: repo::RawEvent {
                customer_id: customer,
                resource_id: resource,
                event_name: name,
                idempotency_key: key,
                at,
                dimensions: (!dims.is_empty())
                    .then(|| serde_json::to_string(&dims).unwrap_or_default()),
            },
            stamped,
            hash,
            parts,
            without_value,
        })
    }
}

pub struct Importer {
    prep: std::sync::Arc<Preparer>,
    /// Per customer of the file, by its number.
    slots: Vec<Slot>,
    resources: HashMap<(String, String), bool>,
    /// The window of each of a row's meter parts (reused from row to row).
    scratch: Vec<usize>,
    /// What each plan version grants, worked out once.
    grants: crate::ops::entitlements::GrantCache,
    /// A storage error met while applying a row: it stops the import (it is not the row's
    /// fault, and must never become a rejected row).
    fatal: std::cell::RefCell<Option<Error>>,
    /// `entitlement.usage_exceeded` signals, in the order the rows crossed.
    crossings: Vec<Crossing>,
    /// Credits the rows burn (features their customers' plans price in credits).
    burner: crate::ops::credits::Burner,
    /// What each of a row's meter parts charges (reused from row to row).
    charges: Vec<Option<(usize, Charge)>>,
    /// The features' ids, shared by the ledger entries that name them.
    feature_names: Vec<std::sync::Arc<str>>,
    /// Per feature, whether any published plan prices it in credits (the others never look
    /// for a price).
    priced: Vec<bool>,
    pub report: ImportReport,
    pub rejected: Vec<Rejected>,
    /// How many rejected rows to keep (all are counted in `report.rejected`).
    pub keep_rejected: usize,
}

impl Importer {
    /// Reads the catalog once. `kind` comes from `--kind` or the header.
    pub fn new(tx: &Tx<'_>, kind: Kind, file: &str) -> Result<Importer> {
        // A 16 MiB page cache (the default is 2 MiB) holds the raw-event key index of about a
        // million events, so inserting a random key does not read and spill index pages; the
        // import's peak memory stays well under 100 MiB. The process ends with the command.
        tx.sql.pragma_update(None, "cache_size", -16384)?;
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
        let feature_names = all
            .iter()
            .map(|f| std::sync::Arc::from(f.id.as_str()))
            .collect();
        let credit_priced = catalog_repo::credit_priced_features(&tx.sql)?;
        let priced = all.iter().map(|f| credit_priced.contains(&f.id)).collect();
        Ok(Importer {
            prep: std::sync::Arc::new(Preparer {
                kind,
                catalog: all,
                index,
                metered,
                now: tx.now,
            }),
            slots: Vec::new(),
            resources: HashMap::new(),
            scratch: Vec::new(),
            grants: Default::default(),
            fatal: Default::default(),
            crossings: Vec::new(),
            burner: Default::default(),
            charges: Vec::new(),
            feature_names,
            priced,
            report: ImportReport {
                file: file.to_string(),
                kind: match kind {
                    Kind::Usage => "usage",
                    Kind::Events => "events",
                },
                ..Default::default()
            },
            rejected: Vec::new(),
            keep_rejected: usize::MAX,
        })
    }

    /// Reads `stream` on a second thread (parsing and checking rows, which needs no database)
    /// while this one applies them in order. `each` is called after every row; false stops.
    pub fn run(
        &mut self,
        tx: &mut Tx<'_>,
        mut stream: RowStream,
        mut each: impl FnMut(&Importer) -> bool,
    ) -> Result<()> {
        const BATCH: usize = 1024;
        // Credits burned are written every so often: memory stays bounded; the more per flush,
        // the longer each customer's runs of ledger entries (see
        // `store::credits::append_lines`). (Debug builds flush often, so the test suite runs the
        // flushing path, and both the ledger's multi-row and one-row inserts: 40 = 32 + 8.)
        const FLUSH: usize = if cfg!(debug_assertions) { 40 } else { 131_072 };
        let prep = std::sync::Arc::clone(&self.prep);
        std::thread::scope(|s| {
            let (send, recv) = std::sync::mpsc::sync_channel::<Result<Vec<Item>>>(8);
            // Spent batches go back to be freed where they were allocated (a free across
            // threads is slow with the system allocator).
            let (back, spent) = std::sync::mpsc::channel::<Vec<Item>>();
            s.spawn(move || {
                let mut names = Interner::default();
                let mut batch = Vec::with_capacity(BATCH);
                loop {
                    while let Ok(old) = spent.try_recv() {
                        drop(old);
                    }
                    let next = stream.next_row();
                    let end = !matches!(next, Ok(Some(_)));
                    match next {
                        Ok(Some(row)) => batch.push(prep.item(row, &mut names)),
                        Ok(None) => {}
                        Err(e) => {
                            let _ = send.send(Ok(std::mem::take(&mut batch)));
                            let _ = send.send(Err(e));
                            return;
                        }
                    }
                    if end || batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        // The receiver is gone when the import stopped early.
                        if send.send(Ok(full)).is_err() || end {
                            return;
                        }
                    }
                }
            });
            // The entries held between flushes, room made once (grown by doubling past a
            // flush, the list would take twice the memory; a batch of rows adds a few past
            // FLUSH at most).
            self.burner.reserve_entries(FLUSH + 4 * BATCH);
            for batch in recv {
                let mut batch = batch?;
                // What each row reads is hinted to the cache a few rows ahead.
                for k in 0..batch.len() {
                    self.hint(&batch, k);
                    self.apply(tx, &mut batch[k])?;
                    if !each(self) {
                        return Ok(());
                    }
                }
                if self.burner.held_entries() >= FLUSH {
                    self.burner.flush(tx)?;
                }
                let _ = back.send(batch);
            }
            Ok(())
        })
    }

    /// Hints the cache, stage by stage, to read what the rows after row `k` of `rows` will
    /// read (see [`crate::ops::prefetch`]): row k+3's customer slot; row k+2's windows, credit
    /// slots and pool (its slot is in the cache by then); row k+1's grants.
    fn hint(&self, rows: &[Item], k: usize) {
        use crate::ops::prefetch;
        let slot = |d: usize| {
            rows.get(k + d).and_then(|i| match &i.row {
                Ok(Prepared::Event { cust, .. } | Prepared::Usage { cust, .. }) => {
                    self.slots.get(*cust as usize)
                }
                _ => None,
            })
        };
        if let Some(s) = slot(3) {
            prefetch::value(s);
        }
        if let Some(s) = slot(2) {
            prefetch::slice(&s.spans, 4);
            prefetch::slice(&s.windows, 2);
            prefetch::slice(&s.credits, 2);
            if let Some(p) = s.last_pool {
                self.burner.hint_pool(p as usize);
            }
        }
        if let Some(p) = slot(1).and_then(|s| s.last_pool) {
            self.burner.hint_grants(p as usize);
        }
    }

    fn stash(&self, e: Error) -> String {
        stash_in(&self.fatal, e)
    }

    /// The slot of the file's customer number `cust` (made, and the customer looked up, on
    /// first sight: numbers come in order).
    fn slot(&mut self, tx: &Tx<'_>, cust: u32, customer: &str) -> Result<usize> {
        let i = cust as usize;
        if i < self.slots.len() {
            return Ok(i);
        }
        if i != self.slots.len() {
            return Err(Error::internal(format!(
                "import: customer number {i} out of order ({} seen)",
                self.slots.len()
            )));
        }
        let found = customer_repo::get(&tx.sql, customer)?;
        let archived = found.as_ref().is_some_and(|(_, m)| m.archived_at.is_some());
        self.slots.push(Slot {
            customer: customer.to_string(),
            known: found.is_some() && !archived,
            archived,
            winners: Vec::new(),
            resource_winners: HashMap::new(),
            windows: Vec::new(),
            spans: Vec::new(),
            credits: Vec::new(),
            last_pool: None,
        });
        Ok(i)
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

    /// The winning entitlement of `feature` for `customer`/`resource` at `at`.
    fn winner(
        &mut self,
        tx: &Tx<'_>,
        slot: usize,
        customer: &str,
        resource: &str,
        feature: &str,
        at: Instant,
    ) -> Result<WinnerAt> {
        let covers = |s: &Spell| s.from.is_none_or(|f| f <= at) && s.until.is_none_or(|u| at < u);
        let have = self.slots[slot].spells(resource).iter().position(covers);
        let i = match have {
            Some(i) => i,
            None => {
                let res = Some(resource).filter(|r| !r.is_empty());
                let g = crate::ops::entitlements::gather_cached(
                    &tx.sql,
                    at,
                    customer,
                    res,
                    &mut self.grants,
                )?;
                let merged = ent::merge(&g.sources);
                // (In feature order, as `merge` gives them.)
                let winners: Winners = merged
                    .into_iter()
                    .map(|(f, e)| {
                        let start = g.sources[e.winner].usage_anchor;
                        (f, (e.entitlement, start))
                    })
                    .collect();
                let spell = Spell {
                    from: g.boundaries.iter().filter(|b| **b <= at).max().copied(),
                    until: g.boundaries.iter().filter(|b| **b > at).min().copied(),
                    winners,
                };
                let list = self.slots[slot].spells_mut(resource);
                list.push(spell);
                list.len() - 1
            }
        };
        let spell = &self.slots[slot].spells(resource)[i];
        let found = spell
            .winners
            .binary_search_by(|(f, _)| f.as_str().cmp(feature))
            .ok()
            .map(|k| spell.winners[k].1.clone());
        Ok((found, spell.from, spell.until))
    }

    /// The index (in the customer's slot) of the window `at` counts in. Rows mostly hit a
    /// window already in hand: it is found by a scan of the customer's few open windows (no
    /// allocation, no period arithmetic); only a new window computes its bounds and reads its
    /// stored value.
    fn window(
        &mut self,
        tx: &Tx<'_>,
        slot: usize,
        customer: &str,
        resource: &str,
        fidx: usize,
        at: Instant,
    ) -> Result<usize> {
        let at_us = repo::micros(&at);
        let (f32_, res_len) = (fidx as u32, resource.len() as u32);
        let slot_ref = &self.slots[slot];
        let same_resource =
            |i: usize| resource.is_empty() || slot_ref.windows[i].key.resource_id == resource;
        if let Some(i) = slot_ref.spans.iter().enumerate().position(|(i, w)| {
            w.fidx == f32_
                && w.res_len == res_len
                && w.start <= at_us
                && at_us < w.end
                && w.end != i64::MAX
                && w.lo <= at_us
                && at_us < w.hi
                && same_resource(i)
        }) {
            if slot_ref.spans[i].carry_lo <= at_us {
                tx.mark_refold(customer);
            }
            return Ok(i);
        }
        let prep = std::sync::Arc::clone(&self.prep);
        let feature = &prep.catalog[fidx];
        let (win, from, until) = self.winner(tx, slot, customer, resource, &feature.id, at)?;
        let res = Some(resource).filter(|r| !r.is_empty());
        let key = window_key(
            customer,
            res,
            feature,
            win.as_ref().map(|(e, s)| (e, *s)),
            at,
        );
        // Entitlements that change later may arrange a window this record also falls in — and
        // the later rows of this window and span (which reuse what is found here) too: a later
        // window reaching back to a record of the span reaches the span's last instant, so the
        // carries of that instant tell from where the span's records are carried.
        let carry_lo = match until {
            None => i64::MAX,
            Some(u) => {
                let last = [Some(u), key.end]
                    .into_iter()
                    .flatten()
                    .min()
                    .map(|e| e - chrono::Duration::microseconds(1))
                    .filter(|l| *l > at)
                    .unwrap_or(at);
                let carries =
                    usage_ops::carry_windows_from(&tx.sql, customer, res, feature, last, &key)?;
                carries
                    .iter()
                    .map(|(k, _)| repo::micros(&k.start))
                    .min()
                    .unwrap_or(i64::MAX)
            }
        };
        if carry_lo <= at_us {
            tx.mark_refold(customer);
        }
        // Cumulative windows and levels (no end), and a window met again under another span
        // of entitlements, are matched by their start (as they are stored).
        let span = Span {
            fidx: f32_,
            res_len,
            start: repo::micros(&key.start),
            end: key.end.map_or(i64::MAX, |e| repo::micros(&e)),
            lo: from.map_or(i64::MIN, |t| repo::micros(&t)),
            hi: until.map_or(i64::MAX, |t| repo::micros(&t)),
            carry_lo,
            covered: win.is_some(),
        };
        // Usage from before the winning subscription started counts for none: no limit. A level
        // is the state now: judged by the limit in force now, as a single report judges it.
        let now = tx.now;
        let judge = if feature.meter_type == MeterType::Fluctuating && at < now {
            self.winner(tx, slot, customer, resource, &feature.id, now)?
                .0
        } else {
            win
        };
        let judged_at = if feature.meter_type == MeterType::Fluctuating {
            at.max(now)
        } else {
            at
        };
        let limit = judge
            .as_ref()
            .filter(|(_, started)| judged_at >= *started)
            .and_then(|(e, _)| match e.limit {
                Limit::Limited(l) => Some(l),
                _ => None,
            });
        if let Some(i) = self.slots[slot].find(fidx, resource, &key) {
            // A window read in as one an earlier record was carried into gets its own span:
            // the next records of the window find it by the quick scan.
            if self.slots[slot].spans[i].fidx == u32::MAX {
                self.slots[slot].spans[i] = span;
            } else {
                // Met again under another span (what wins changed inside the window): the rows
                // of this span are judged by its limit, as single reports would be, and find
                // the window by the quick scan until a row of another span comes; from where
                // records are carried is the earlier of the two (a record found carried when
                // it is not carries nowhere: the carries are worked out from its instant).
                let s = &mut self.slots[slot].spans[i];
                let carry_lo = s.carry_lo.min(carry_lo);
                *s = Span { carry_lo, ..span };
            }
            self.slots[slot].windows[i].limit = limit;
            return Ok(i);
        }
        self.slots[slot].spans.push(span);
        let before = repo::window(&tx.sql, &key)?.unwrap_or_default();
        let list = &mut self.slots[slot].windows;
        list.push(Window {
            key,
            value: before,
            limit,
            meter_type: feature.meter_type,
            fidx,
            dirty: false,
            in_force: (None, None),
        });
        Ok(list.len() - 1)
    }

    /// Whether a record at `at` in window `wi` (of its slot) also counts in windows a later
    /// change of entitlements arranges.
    fn carried(&self, slot: usize, wi: usize, at: Instant) -> bool {
        self.slots[slot]
            .spans
            .get(wi)
            .is_some_and(|s| s.carry_lo <= repo::micros(&at))
    }

    /// The windows (their indexes in the slot, read in when new) that a record at `at`, whose
    /// own window is `own`, also counts in (see `usage::carry_windows`), each with whether the
    /// record is judged against its limit there: only when the window is in force with this
    /// usage by now (`usage::in_force_between`) — one met earlier as a record's own window (in
    /// force then) is not judged by a record a promotion's window holds while the promotion is
    /// the one in force (it signalled at once; a single report waits for the promotion's end).
    #[allow(clippy::too_many_arguments)]
    fn carry_windows(
        &mut self,
        tx: &Tx<'_>,
        slot: usize,
        customer: &str,
        resource: &str,
        fidx: usize,
        at: Instant,
        own: usize,
    ) -> Result<Vec<(usize, bool)>> {
        let prep = std::sync::Arc::clone(&self.prep);
        let feature = &prep.catalog[fidx];
        let res = Some(resource).filter(|r| !r.is_empty());
        let own_key = self.slots[slot].windows[own].key.clone();
        let carries = usage_ops::carry_windows_from(&tx.sql, customer, res, feature, at, &own_key)?;
        let mut out = Vec::with_capacity(carries.len());
        for (key, e) in carries {
            if let Some(i) = self.slots[slot].find(fidx, resource, &key) {
                let w = &mut self.slots[slot].windows[i];
                let judged = w.limit.is_some()
                    && w.in_force_from(at, || {
                        usage_ops::in_force_between(&tx.sql, &key, feature, at, tx.event_time())
                    })?;
                out.push((i, judged));
                continue;
            }
            // Not met yet: read in, with a span no record looks up (a record of its own
            // finds it by its start, as a window met under another span is found).
            let before = repo::window(&tx.sql, &key)?.unwrap_or_default();
            // Judged only once it is in force with this usage, as for a single report (see
            // `usage::in_force_between`; the recount at the end judges it then).
            let in_force = match e.limit {
                Limit::Limited(_) => Some(usage_ops::in_force_between(
                    &tx.sql,
                    &key,
                    feature,
                    at,
                    tx.event_time(),
                )?),
                _ => None,
            };
            let limit = match e.limit {
                Limit::Limited(l) if in_force == Some(true) => Some(l),
                _ => None,
            };
            self.slots[slot].spans.push(Span {
                fidx: u32::MAX,
                res_len: u32::MAX,
                start: i64::MAX,
                end: i64::MIN,
                lo: i64::MAX,
                hi: i64::MIN,
                carry_lo: i64::MAX,
                covered: true,
            });
            self.slots[slot].windows.push(Window {
                key,
                value: before,
                limit,
                meter_type: feature.meter_type,
                fidx,
                dirty: false,
                in_force: match in_force {
                    Some(true) => (Some(at), None),
                    Some(false) => (None, Some(at)),
                    None => (None, None),
                },
            });
            out.push((self.slots[slot].windows.len() - 1, limit.is_some()));
        }
        Ok(out)
    }

    /// One row: stored (or counted as a duplicate) and folded into its windows, or rejected.
    pub fn apply(&mut self, tx: &Tx<'_>, item: &mut Item) -> Result<()> {
        self.report.rows += 1;
        // The row is only borrowed: its allocations go back to the reading thread.
        let outcome = match &item.row {
            Err(e) => Err(e.clone()),
            Ok(Prepared::Usage {
                cust,
                report,
                fidx,
                how,
                stamped,
            }) => self.usage_row(tx, *cust, report, (*fidx, *how, *stamped)),
            Ok(Prepared::Event {
                cust,
                event,
                stamped,
                hash,
                parts,
                without_value,
            }) => {
                let o = self.event_row(tx, *cust, event, *stamped, *hash, parts);
                if *without_value && matches!(o, Ok(true)) {
                    self.report.without_value += 1;
                }
                o
            }
        };
        if let Some(mut e) = self.fatal.borrow_mut().take() {
            // Credits a pool cannot take (its balance would leave the decimal range) stop the
            // import, as they stop a single report: the row is valid, the pool is full. Named
            // by its line.
            if e.code == "AmountTooLarge" {
                e.message = format!("{}:{}: {}", self.report.file, item.line, e.message);
            }
            return Err(e);
        }
        match outcome {
            Ok(true) => self.report.inserted += 1,
            Ok(false) => self.report.duplicates += 1,
            Err(reason) if self.rejected.len() >= self.keep_rejected => {
                let _ = reason;
                self.report.rejected += 1;
            }
            Err(reason) => {
                self.report.rejected += 1;
                self.rejected.push(Rejected {
                    line: item.line,
                    column: item.column,
                    reason,
                    text: std::mem::take(&mut item.text),
                    well_formed: item.well_formed,
                });
            }
        }
        Ok(())
    }

    fn usage_row(
        &mut self,
        tx: &Tx<'_>,
        cust: u32,
        r: &repo::Report,
        (fidx, how, stamped): (usize, UpdateBehavior, bool),
    ) -> std::result::Result<bool, String> {
        let (customer, resource) = (r.customer_id.as_str(), r.resource_id.as_str());
        let slot = self.slot(tx, cust, customer).map_err(|e| self.stash(e))?;
        if self.slots[slot].archived {
            return Err(format!("customer '{customer}' is archived"));
        }
        if !self.slots[slot].known {
            return Err(format!("customer '{customer}' not found"));
        }
        if !self
            .resource_known(tx, customer, resource)
            .map_err(|e| self.stash(e))?
        {
            return Err(format!(
                "customer '{customer}' has no resource '{resource}'"
            ));
        }
        if let Some(k) = &r.idempotency_key
            && let Some((_, prev)) = repo::by_key(&tx.sql, customer, resource, &r.feature_id, k)
                .map_err(|e| self.stash(e))?
        {
            // A duplicate is the same measurement again; another one under the key is refused,
            // as `usage report` refuses it (IdempotencyKeyReused).
            let same = prev.value == r.value
                && prev.behavior == r.behavior
                && prev.dimensions == r.dimensions
                && (!stamped || prev.at == r.at);
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
        let wi = self
            .window(tx, slot, customer, resource, fidx, r.at)
            .map_err(|e| self.stash(e))?;
        let old = self.slots[slot].windows[wi].value.value;
        let value = apply_report(old, r.value, how)?;
        // What it burns is worked out (a formula can refuse the row) before anything changes;
        // a report that adds no usage burns nothing, and its formula is not asked.
        let charge = if value > old {
            self.charge_of(tx, slot, resource, fidx, r.at, &r.dimensions)?
        } else {
            None
        };
        let burn = match charge {
            None => None,
            Some((pool, charge)) => {
                let credits = charge
                    .credits(Some(value - old))
                    .ok_or_else(|| self.out_of_range(fidx, pool))?;
                (!credits.is_zero()).then_some((pool, credits))
            }
        };
        // A delta also counts in the windows a later change arranges that hold it (a SET sets
        // its own window only): folded in memory as a single report folds them — a later row
        // of the file counting there sees it, and is refused as one report would be. (The
        // customer's windows are rebuilt from the records at the end all the same.)
        let carried = if how == UpdateBehavior::Delta && self.carried(slot, wi, r.at) {
            self.carry_windows(tx, slot, customer, resource, fidx, r.at, wi)
                .map_err(|e| self.stash(e))?
        } else {
            Vec::new()
        };
        let mut carried_values = Vec::with_capacity(carried.len());
        for &(ci, _) in &carried {
            let w = &self.slots[slot].windows[ci];
            carried_values.push(apply_report(w.value.value, r.value, how).map_err(|m| {
                format!(
                    "{m} in the window from {} that a later change arranges (it counts this record too)",
                    clock::fmt(&w.key.start)
                )
            })?);
        }
        if !self.slots[slot].spans.get(wi).is_some_and(|s| s.covered) {
            self.report.no_entitlement += 1;
        }
        let w = &mut self.slots[slot].windows[wi];
        w.value.value = value;
        w.settle(&mut self.crossings);
        for ((ci, judged), v) in carried.into_iter().zip(carried_values) {
            let w = &mut self.slots[slot].windows[ci];
            w.value.value = v;
            w.carry(judged, &mut self.crossings);
        }
        repo::insert_report(tx, r).map_err(|e| self.stash(e))?;
        if let Some((pool, credits)) = burn {
            let record = tx.sql.last_insert_rowid();
            self.burn(tx, fidx, pool, credits, record)?;
        }
        Ok(true)
    }

    /// The pool (its place in the burner) a record of feature `fidx` burns and what it
    /// charges, when the customer's plan prices the feature in credits (a formula is worked out
    /// here, over `dims`, a JSON object: a record it refuses is refused before anything of it is
    /// written).
    #[allow(clippy::too_many_arguments)]
    fn charge_of(
        &mut self,
        tx: &Tx<'_>,
        slot: usize,
        resource: &str,
        fidx: usize,
        at: Instant,
        dims: &Option<String>,
    ) -> std::result::Result<Option<(usize, Charge)>, String> {
        if !self.priced[fidx] {
            return Ok(None);
        }
        let same_resource = |r: &str| r.len() == resource.len() && (r.is_empty() || r == resource);
        let cached = self.slots[slot].credits.iter().position(|c| {
            c.fidx == fidx
                && c.lo.is_none_or(|l| l <= at)
                && c.hi.is_none_or(|h| at < h)
                && same_resource(&c.resource)
        });
        let i = match cached {
            Some(i) => i,
            None => {
                let customer = self.slots[slot].customer.clone();
                let feature = &self.prep.catalog[fidx].id;
                let res = Some(resource).filter(|r| !r.is_empty());
                let (price, lo, hi) = self
                    .burner
                    .prices
                    .price_span(&tx.sql, &customer, res, feature, at)
                    .map_err(|e| stash_in(&self.fatal, e))?;
                self.burner.prices.forget(&customer);
                let priced = match price {
                    None => None,
                    Some(p) => {
                        let key = crate::store::credits::PoolKey {
                            customer_id: customer,
                            currency_id: p.currency.clone(),
                            resource_id: resource.to_string(),
                        };
                        let pool = self
                            .burner
                            .pool(&tx.sql, tx.now, &key)
                            .map_err(|e| stash_in(&self.fatal, e))?;
                        Some((p, pool))
                    }
                };
                let list = &mut self.slots[slot].credits;
                list.retain(|c| !(c.fidx == fidx && c.resource == resource));
                // Room for one more only: thousands of customers each hold their list.
                list.reserve_exact(1);
                list.push(CreditSlot {
                    fidx,
                    resource: resource.to_string(),
                    lo,
                    hi,
                    priced,
                });
                list.len() - 1
            }
        };
        let Slot {
            credits, last_pool, ..
        } = &mut self.slots[slot];
        let Some((price, pool)) = &credits[i].priced else {
            return Ok(None);
        };
        let pool = *pool;
        *last_pool = Some(pool as u32);
        let charge = match (&price.formula, price.rate) {
            (Some(_), _) => {
                let parsed: std::collections::BTreeMap<String, String> = dims
                    .as_deref()
                    .and_then(|d| serde_json::from_str(d).ok())
                    .unwrap_or_default();
                let v = crate::ops::credits::credits_for(price, Decimal::ONE, &parsed).map_err(
                    |m| {
                        format!(
                            "feature '{}' burns {} by formula: {m}",
                            self.prep.catalog[fidx].id, price.currency
                        )
                    },
                )?;
                Charge::PerRecord(v)
            }
            (None, Some(r)) => Charge::PerUnit(r),
            (None, None) => return Ok(None),
        };
        Ok(Some((pool, charge)))
    }

    /// The usage the contribution `c` would add to window `wi` (of feature `fidx`): zero or
    /// less when it adds none. Worked out on a copy of the window, before anything is stored.
    fn usage_added(
        &self,
        tx: &Tx<'_>,
        slot: usize,
        wi: usize,
        fidx: usize,
        c: &Contribution,
    ) -> Result<Option<Decimal>> {
        let Some(meter) = &self.prep.catalog[fidx].event_meter else {
            return Ok(Some(Decimal::ZERO));
        };
        // A COUNT adds exactly one (its value is the count, a whole number).
        if matches!(c, Contribution::One) {
            return Ok(Some(Decimal::ONE));
        }
        let w = &self.slots[slot].windows[wi];
        let new_distinct = match c {
            Contribution::Distinct(v) => !repo::has_distinct(tx, &w.key, v)?,
            _ => false,
        };
        let mut after = w.value.state.clone();
        if after.add(c, new_distinct).is_err() {
            return Ok(Some(Decimal::ZERO));
        }
        Ok(crate::ops::credits::units_added(
            w.value.state.value(meter.aggregation),
            after.value(meter.aggregation),
        ))
    }

    /// The refusal of a record of feature `fidx` whose credits (burned from the pool at
    /// `pool`) are past what a decimal holds exactly, worded as a single report words it.
    fn out_of_range(&self, fidx: usize, pool: usize) -> String {
        format!(
            "feature '{}' burns {}: {}",
            self.prep.catalog[fidx].id,
            self.burner.currency_of(pool),
            crate::ops::credits::OUT_OF_RANGE
        )
    }

    fn burn(
        &mut self,
        tx: &Tx<'_>,
        fidx: usize,
        pool: usize,
        credits: Decimal,
        record: i64,
    ) -> std::result::Result<(), String> {
        let ctx = crate::store::credits::EntryContext {
            feature_id: Some(self.feature_names[fidx].clone()),
            record: Some(record),
            idempotency_key: None,
        };
        self.burner
            .burn_in(pool, tx.now, credits, ctx)
            .map(|_| ())
            .map_err(|e| stash_in(&self.fatal, e))
    }

    /// The answer to an event whose key is stored already: a duplicate (`Ok(false)`) when it
    /// is the same event, `IdempotencyKeyReused` when the key was used for another; None when
    /// the key is new.
    #[allow(clippy::type_complexity)]
    fn repeat(
        &mut self,
        tx: &Tx<'_>,
        ev: &repo::RawEvent,
        stamped: bool,
    ) -> std::result::Result<Option<std::result::Result<bool, String>>, String> {
        let prev = repo::raw_event_by_key(
            &tx.sql,
            &ev.customer_id,
            &ev.resource_id,
            &ev.event_name,
            &ev.idempotency_key,
        )
        .map_err(|e| self.stash(e))?;
        Ok(prev.map(|prev| {
            if prev.dimensions != ev.dimensions || (stamped && prev.at != ev.at) {
                Err(format!(
                    "IdempotencyKeyReused: idempotency key '{}' was used for another '{}' event (at {})",
                    ev.idempotency_key,
                    ev.event_name,
                    clock::fmt(&prev.at)
                ))
            } else {
                Ok(false)
            }
        }))
    }

    fn event_row(
        &mut self,
        tx: &Tx<'_>,
        cust: u32,
        ev: &repo::RawEvent,
        stamped: bool,
        hash: i64,
        parts: &[(usize, Contribution)],
    ) -> std::result::Result<bool, String> {
        let (customer, resource) = (ev.customer_id.as_str(), ev.resource_id.as_str());
        let slot = self.slot(tx, cust, customer).map_err(|e| self.stash(e))?;
        let known = self.slots[slot].known
            && self
                .resource_known(tx, customer, resource)
                .map_err(|e| self.stash(e))?;
        // Each part's window; a sum the event would push past the largest decimal rejects the
        // row before anything of it is stored.
        let mut wins = std::mem::take(&mut self.scratch);
        wins.clear();
        if known {
            for (fidx, c) in parts {
                let wi = self
                    .window(tx, slot, customer, resource, *fidx, ev.at)
                    .map_err(|e| self.stash(e))?;
                if !self.slots[slot].windows[wi].value.state.fits(c) {
                    // A repeat of a stored event adds nothing: a duplicate, as `event report`
                    // answers it, whatever it would have added.
                    if let Some(answer) = self.repeat(tx, ev, stamped)? {
                        self.scratch = wins;
                        return answer;
                    }
                    return Err(format!(
                        "feature '{}': {}",
                        self.prep.catalog[*fidx].id,
                        crate::domain::usage::too_large(
                            self.slots[slot].windows[wi].value.state.sum,
                            c
                        )
                    ));
                }
                wins.push(wi);
            }
        }
        // A formula that refuses the event refuses the row before anything is stored: each
        // priced part is worked out with one unit here (the rate is applied after folding). A
        // part that adds no usage burns nothing, so its formula is not asked (as a single
        // report does not ask it).
        let mut charges = std::mem::take(&mut self.charges);
        charges.clear();
        if known {
            for (&(fidx, ref c), &wi) in parts.iter().zip(wins.iter()) {
                let units = if self.priced[fidx] {
                    self.usage_added(tx, slot, wi, fidx, c)
                        .map_err(|e| self.stash(e))?
                } else {
                    Some(Decimal::ZERO)
                };
                let c = if units.is_none_or(|u| u > Decimal::ZERO) {
                    self.charge_of(tx, slot, resource, fidx, ev.at, &ev.dimensions)
                } else {
                    Ok(None)
                };
                // Credits past the decimal range refuse the row here, as they refuse a single
                // report (the part's units are those it adds once stored).
                let c = match c {
                    Ok(Some((pool, charge))) if charge.credits(units).is_none() => {
                        Err(self.out_of_range(fidx, pool))
                    }
                    c => c,
                };
                match c {
                    Ok(c) => charges.push(c),
                    Err(e) => {
                        self.charges = charges;
                        return Err(e);
                    }
                }
            }
        }
        // The key's unique index de-duplicates: one statement, no lookup first.
        let new = repo::insert_raw_event_hashed(tx, ev, hash).map_err(|e| self.stash(e))?;
        let record = tx.sql.last_insert_rowid();
        if !new {
            self.scratch = wins;
            return self.repeat(tx, ev, stamped)?.unwrap_or(Ok(false));
        }
        if !known {
            self.report.uncounted += 1;
            if self.report.uncounted == 1 {
                usage_ops::note_orphans(tx).map_err(|e| self.stash(e))?;
            }
        }
        // (A meter it counts for whose feature no subscription grants at its instant: stored,
        // counting for no subscription, as `event report` warns.)
        if known
            && wins
                .iter()
                .any(|&wi| !self.slots[slot].spans.get(wi).is_some_and(|s| s.covered))
        {
            self.report.no_entitlement += 1;
        }
        if known {
            for (k, (&(fidx, ref c), wi)) in parts.iter().zip(wins.iter().copied()).enumerate() {
                let Some(meter) = &self.prep.catalog[fidx].event_meter else {
                    continue;
                };
                let w = &mut self.slots[slot].windows[wi];
                let new_distinct = match c {
                    Contribution::Distinct(v) => {
                        repo::add_distinct(tx, &w.key, v).map_err(|e| stash_in(&self.fatal, e))?
                    }
                    _ => false,
                };
                let old = w.value.value;
                w.value
                    .state
                    .add(c, new_distinct)
                    .map_err(|m| format!("{m} (feature '{}')", self.prep.catalog[fidx].id))?;
                w.value.value = w.value.state.value(meter.aggregation);
                w.settle(&mut self.crossings);
                let units = crate::ops::credits::units_added(old, w.value.value);
                // Also folded into the windows a later change arranges that hold it, as an
                // `event report` folds it: a later row counting there sees it, and a crossing
                // there is judged row by row (the recount at the end gives the same values).
                if self.carried(slot, wi, ev.at) {
                    let aggregation = meter.aggregation;
                    let carried = self
                        .carry_windows(tx, slot, customer, resource, fidx, ev.at, wi)
                        .map_err(|e| self.stash(e))?;
                    for (ci, judged) in carried {
                        let w = &mut self.slots[slot].windows[ci];
                        let new_distinct = match c {
                            Contribution::Distinct(v) => repo::add_distinct(tx, &w.key, v)
                                .map_err(|e| stash_in(&self.fatal, e))?,
                            _ => false,
                        };
                        // (A sum past the largest decimal keeps the value it had, as a recount
                        // keeps it.)
                        if w.value.state.add(c, new_distinct).is_ok() {
                            w.value.value = w.value.state.value(aggregation);
                            w.carry(judged, &mut self.crossings);
                        }
                    }
                }
                if let Some(Some((pool, charge))) = charges.get(k).copied() {
                    let credits = charge.credits(units).ok_or_else(|| {
                        stash_in(
                            &self.fatal,
                            Error::rejected(
                                "AmountTooLarge",
                                "the credits burned are out of range",
                            ),
                        )
                    })?;
                    if !credits.is_zero() {
                        self.burn(tx, fidx, pool, credits, -record)?;
                    }
                }
            }
        }
        self.scratch = wins;
        self.charges = charges;
        Ok(true)
    }

    /// Writes every touched window once, logs the limit crossings and the summary event.
    pub fn finish(
        mut self,
        tx: &mut Tx<'_>,
        started: std::time::Instant,
    ) -> Result<(ImportReport, Vec<Rejected>)> {
        // In order of customer, resource, feature and start (features are sorted by id).
        let mut order: Vec<(String, usize)> = (self.slots.iter_mut().enumerate())
            .map(|(i, s)| (std::mem::take(&mut s.customer), i))
            .collect();
        order.sort();
        let now = tx.now;
        for (_, slot) in order {
            let mut windows = std::mem::take(&mut self.slots[slot].windows);
            windows.sort_by(|a, b| {
                (&a.key.resource_id, a.fidx, a.key.start, a.key.end).cmp(&(
                    &b.key.resource_id,
                    b.fidx,
                    b.key.start,
                    b.key.end,
                ))
            });
            for w in windows {
                // A window only looked at (its rows rejected or duplicates) is not written.
                if w.dirty {
                    repo::set_window(tx, &w.key, &w.value)?;
                }
            }
        }
        std::mem::take(&mut self.burner).finish(tx)?;
        for (crossing, key, level) in std::mem::take(&mut self.crossings) {
            if level || !usage_ops::already_signalled(&tx.sql, &key)? {
                events::append_at(tx, &crossing, now)?;
            }
        }
        let elapsed = started.elapsed();
        self.report.elapsed_ms = elapsed.as_millis() as u64;
        self.report.rows_per_second = if elapsed.as_secs_f64() > 0.0 {
            (self.report.rows as f64 / elapsed.as_secs_f64()) as u64
        } else {
            self.report.rows
        };
        // Every count the command prints (the ones it leaves out when 0, alike).
        let mut summary = json!({
            "file": self.report.file,
            "kind": self.report.kind,
            "rows": self.report.rows,
            "inserted": self.report.inserted,
            "duplicates": self.report.duplicates,
            "rejected": self.report.rejected,
        });
        for (k, n) in [
            ("uncounted", self.report.uncounted),
            ("withoutValue", self.report.without_value),
            ("noEntitlement", self.report.no_entitlement),
        ] {
            if n > 0 {
                summary[k] = json!(n);
            }
        }
        summary["elapsedMs"] = json!(self.report.elapsed_ms);
        events::append_at(
            tx,
            &NewEvent {
                event_type: EventType::UsageImported,
                entity_type: EventEntityType::Import,
                entity_id: self.report.file.clone(),
                entity: summary,
            },
            now,
        )?;
        Ok((self.report, self.rejected))
    }
}

fn stash_in(fatal: &std::cell::RefCell<Option<Error>>, e: Error) -> String {
    let m = e.message.clone();
    *fatal.borrow_mut() = Some(e);
    m
}

/// A CSV header is checked once, before any row: every column must be one the kind knows or a
/// `dimensions.<key>` with a key, and every column each row needs must be there, else the whole
/// file fails at its first line (not every row on its own).
pub fn check_header(kind: Kind, stream: &RowStream, file: &str) -> Result<()> {
    let (known, required): (&[&str], &[&str]) = match kind {
        Kind::Usage => (USAGE_COLUMNS, &["customerId", "featureId", "value"]),
        Kind::Events => (
            EVENT_COLUMNS,
            &["customerId", "eventName", "idempotencyKey"],
        ),
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
    if !stream.header.is_empty()
        && let Some(r) = required
            .iter()
            .find(|r| !stream.header.iter().any(|h| h == *r))
    {
        return Err(Error::data(format!(
            "{file}:1: the header has no {r} column ({} need {})",
            match kind {
                Kind::Usage => "reported usage rows",
                Kind::Events => "raw events",
            },
            required.join(", ")
        )));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a window is in force from an instant until now is asked once per side: a
    /// smaller `from` only widens the span, so a `true` holds for every earlier row and a
    /// `false` for every later one.
    #[test]
    fn a_windows_time_in_force_is_asked_once_per_side() {
        let t = |s: &str| clock::parse_instant(s).unwrap();
        let mut w = Window {
            key: WindowKey {
                customer_id: "c".into(),
                resource_id: String::new(),
                feature_id: "f".into(),
                start: t("2024-01-01T00:00:00Z"),
                end: None,
            },
            value: WindowValue::default(),
            limit: None,
            meter_type: MeterType::Incremental,
            fidx: 0,
            dirty: false,
            in_force: (None, None),
        };
        let asked = std::cell::Cell::new(0);
        let mut ask = |from: &str, answer: bool| {
            w.in_force_from(t(from), || {
                asked.set(asked.get() + 1);
                Ok(answer)
            })
            .unwrap()
        };
        assert!(ask("2024-01-02T00:00:00Z", true));
        assert!(ask("2024-01-01T12:00:00Z", false)); // known: earlier than a true
        assert!(!ask("2024-01-04T00:00:00Z", false));
        assert!(!ask("2024-01-05T00:00:00Z", true)); // known: later than a false
        assert!(ask("2024-01-03T00:00:00Z", true)); // between: asked
        assert_eq!(asked.get(), 3);
    }
}
