//! The event log: appended inside the transaction of the change it describes.

use rusqlite::{OptionalExtension, params};

use super::Tx;
use crate::clock::{self, Instant};
use crate::error::Result;
use crate::events::{NewEvent, stored_fields, with_envelope};

/// Is the payload stored lean (without null, empty or false fields)? Only the per-row events of
/// customer and subscription imports are: tens of thousands a run, and replicas read the
/// entity itself. Every other event keeps its fields as a single command logs them (an
/// automatic recharge's `enabled: false` in a usage import, for one).
pub fn lean(actor: crate::events::EventActor, ty: crate::events::EventType) -> bool {
    use crate::events::EventType as T;
    actor == crate::events::EventActor::Import
        && matches!(
            ty,
            T::CustomerCreated
                | T::CustomerUpdated
                | T::SubscriptionCreated
                | T::SubscriptionUpdated
                | T::EntitlementsUpdated
        )
}

/// Appends one event that happened at `occurred_at` (the command's `now`, or the instant a
/// time-driven transition was due). Returns the event id.
///
/// The stored payload is the entity's fields only: the envelope (`type`, `messageId`,
/// `timestamp`, `environment`) is in the row's own columns and is put back in front when the
/// event is read ([`list`]), so it is not stored twice. Rows written by earlier releases carry
/// it inside the payload too, and read the same.
pub fn append_at(tx: &mut Tx<'_>, ev: &NewEvent, occurred_at: Instant) -> Result<String> {
    let body = stored_fields(ev, lean(tx.actor, ev.event_type));
    insert(
        tx,
        ev.event_type,
        ev.entity_type,
        &ev.entity_id,
        &body,
        occurred_at,
    )
}

/// [`append`] of an entity serialized straight to its stored text, with no JSON value built
/// first (a bulk import logs thousands of grant events). For entities stored whole: none of
/// their fields is an envelope field, and the event type is not one stored lean (those go
/// through [`append`]).
pub fn append_entity<T: serde::Serialize>(
    tx: &mut Tx<'_>,
    event_type: crate::events::EventType,
    entity_type: crate::events::EventEntityType,
    entity_id: &str,
    entity: &T,
) -> Result<String> {
    if lean(tx.actor, event_type) {
        let ev = NewEvent {
            event_type,
            entity_type,
            entity_id: entity_id.to_string(),
            entity: serde_json::to_value(entity)?,
        };
        return append(tx, &ev);
    }
    let body = serde_json::to_string(entity)?;
    append_stored(tx, event_type, entity_type, entity_id, &body)
}

/// Whether an event is stored in a batch rather than a row of its own: every event a bulk
/// import writes (tens of thousands a run: a row and three index entries each were most of
/// what an import of customers wrote), but for those read back by entity inside the binary —
/// `entitlement.usage_exceeded` ([`exceeded_signalled`], asked during the import itself, when a
/// batch still waits) and a subscription event that carries `pricing` ([`payloads_of`]).
fn batchable(actor: crate::events::EventActor, ty: crate::events::EventType, body: &str) -> bool {
    actor == crate::events::EventActor::Import
        && ty != crate::events::EventType::EntitlementUsageExceeded
        && !body.contains("\"pricing\":")
}

/// At most this many events (or about this many bytes) in one batch.
const BATCH_EVENTS: usize = 512;
const BATCH_BYTES: usize = 1 << 18;

/// The events of this transaction waiting to be stored as one batch, and the next seq.
#[derive(Default)]
pub struct Pending {
    next_seq: Option<i64>,
    first_seq: i64,
    count: usize,
    first_id: String,
    last_id: String,
    head: Option<(&'static str, Instant, &'static str, &'static str)>,
    body: Vec<u8>,
}

/// Where the event sequence stands (see [`reset`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Mark(Option<i64>);

/// The seq the next event gets, and whether any was given out in this transaction: a row of
/// an import that fails after writing an event must be undone.
pub fn mark(tx: &Tx<'_>) -> Mark {
    Mark(tx.events.next_seq)
}

/// Back to `m` after a rollback to a savepoint taken at `m` with nothing pending ([`flush`]
/// first): the events appended since are dropped with what they described.
pub fn reset(tx: &mut Tx<'_>, m: Mark) {
    tx.events.next_seq = m.0;
    tx.events.clear();
}

impl Pending {
    /// Nothing waits (the next seq stays).
    fn clear(&mut self) {
        self.count = 0;
        self.head = None;
        self.body.clear();
    }
}

fn next_seq(tx: &mut Tx<'_>) -> Result<i64> {
    let seq = match tx.events.next_seq {
        Some(n) => n,
        None => {
            tx.sql
                .prepare_cached(
                    "SELECT max(coalesce((SELECT max(seq) FROM events), 0),
                                coalesce((SELECT last_seq FROM event_batches
                                          ORDER BY first_seq DESC LIMIT 1), 0))",
                )?
                .query_row([], |r| r.get::<_, i64>(0))?
                + 1
        }
    };
    tx.events.next_seq = Some(seq + 1);
    Ok(seq)
}

/// Appends an event whose payload is already in its stored form (the entity's fields, without
/// the envelope; lean when its type is stored lean — see [`lean`]), at the command's `now`.
pub fn append_stored(
    tx: &mut Tx<'_>,
    event_type: crate::events::EventType,
    entity_type: crate::events::EventEntityType,
    entity_id: &str,
    payload: &str,
) -> Result<String> {
    let at = tx.event_time();
    insert(tx, event_type, entity_type, entity_id, payload, at)
}

/// [`append_stored`] at an instant of its own (a subscription event shows when it happened).
pub fn append_stored_at(
    tx: &mut Tx<'_>,
    event_type: crate::events::EventType,
    entity_type: crate::events::EventEntityType,
    entity_id: &str,
    payload: &str,
    at: Instant,
) -> Result<String> {
    insert(tx, event_type, entity_type, entity_id, payload, at)
}

fn insert(
    tx: &mut Tx<'_>,
    event_type: crate::events::EventType,
    entity_type: crate::events::EventEntityType,
    entity_id: &str,
    body: &str,
    occurred_at: Instant,
) -> Result<String> {
    let event_id = tx.ids.next_id(&tx.sql, "evt")?;
    let seq = next_seq(tx)?;
    if batchable(tx.actor, event_type, body) {
        // A payload is written into the batch's JSON as it is (built by serde, or from a
        // stored body): one that were not JSON would make the whole batch unreadable.
        debug_assert!(
            serde_json::from_str::<serde::de::IgnoredAny>(body).is_ok(),
            "{body}"
        );
        let (ty, ety, actor) = (event_type.name(), entity_type.wire(), tx.actor.wire());
        let p = &mut tx.events;
        let head = p.head.get_or_insert((ty, occurred_at, ety, actor));
        // Equal to the batch's own column: null.
        let at = (head.1 != occurred_at).then(|| clock::store_fmt(&occurred_at));
        let fields = [
            (head.0 != ty).then_some(ty),
            at.as_deref(),
            (head.2 != ety).then_some(ety),
        ];
        let actor = (head.3 != actor).then_some(actor);
        if p.count == 0 {
            p.first_seq = seq;
            p.first_id.clone_from(&event_id);
            p.body.push(b'[');
        } else {
            p.body.push(b',');
        }
        let out = &mut p.body;
        out.push(b'[');
        serde_json::to_writer(&mut *out, &event_id)?;
        for f in fields {
            out.push(b',');
            serde_json::to_writer(&mut *out, &f)?;
        }
        out.push(b',');
        serde_json::to_writer(&mut *out, entity_id)?;
        out.push(b',');
        serde_json::to_writer(&mut *out, &actor)?;
        out.push(b',');
        out.extend_from_slice(body.as_bytes());
        out.push(b']');
        p.count += 1;
        p.last_id.clone_from(&event_id);
        if p.count >= BATCH_EVENTS || p.body.len() >= BATCH_BYTES {
            flush(tx)?;
        }
        return Ok(event_id);
    }
    // Events are stored in seq order: what waits goes first.
    flush(tx)?;
    tx.sql.prepare_cached("INSERT INTO events(seq, event_id, type, occurred_at, entity_type, entity_id, actor, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?.execute(
        params![
            seq,
            event_id,
            event_type.name(),
            clock::store_fmt(&occurred_at),
            entity_type.wire(),
            entity_id,
            tx.actor.wire(),
            body,
        ],
    )?;
    Ok(event_id)
}

/// Stores the waiting batch (before a row event, and before the transaction commits).
pub fn flush(tx: &mut Tx<'_>) -> Result<()> {
    let p = &mut tx.events;
    let Some((ty, at, ety, actor)) = p.head.take() else {
        return Ok(());
    };
    p.body.push(b']');
    let body = lz4_flex::block::compress(&p.body);
    tx.sql
        .prepare_cached(
            "INSERT INTO event_batches(first_seq, last_seq, first_event_id, last_event_id, type,
                occurred_at, entity_type, actor, size, body)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            p.first_seq,
            p.first_seq + p.count as i64 - 1,
            p.first_id,
            p.last_id,
            ty,
            clock::store_fmt(&at),
            ety,
            actor,
            p.body.len() as i64,
            body,
        ])?;
    p.clear();
    Ok(())
}

/// [`append_at`] the command's `now` (the transition's instant inside the catch-up step).
pub fn append(tx: &mut Tx<'_>, ev: &NewEvent) -> Result<String> {
    let at = tx.event_time();
    append_at(tx, ev, at)
}

/// An event as read: `payload` is the whole webhook body (envelope and entity fields).
pub struct EventRow {
    pub event_id: String,
    pub event_type: String,
    pub occurred_at: String,
    pub entity_type: String,
    pub entity_id: String,
    pub actor: String,
    pub payload: String,
}

#[derive(Default)]
pub struct EventFilter {
    pub event_type: Option<String>,
    pub entity_id: Option<String>,
    pub since: Option<Instant>,
    pub after_event_id: Option<String>,
    pub limit: Option<u32>,
}

/// One batched event's line (see [`batchable`]): null fields are the batch's own.
type Line<'a> = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    &'a serde_json::value::RawValue,
);

/// A batch row as read: its first seq, its own columns, and its body as stored.
struct BatchRow {
    first_seq: i64,
    head: [String; 4],
    size: i64,
    body: Vec<u8>,
    /// Its last seq and its first and last event ids (its body must agree).
    last_seq: i64,
    ids: [String; 2],
}

/// The columns [`BatchRow::read`] reads.
const BATCH_COLUMNS: &str = "first_seq, type, occurred_at, entity_type, actor, size, body, \
                             last_seq, first_event_id, last_event_id";

/// A batch body larger than this is damaged (a batch is flushed at about 256 KiB).
const BATCH_MAX: i64 = 1 << 30;

impl BatchRow {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(BatchRow {
            first_seq: r.get(0)?,
            head: [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?],
            size: r.get(5)?,
            body: r.get(6)?,
            last_seq: r.get(7)?,
            ids: [r.get(8)?, r.get(9)?],
        })
    }

    /// Its events, each with its seq, as stored rows read; damage if an event row of its own
    /// sits among its seqs (rows edited by hand), whatever a listing selects.
    fn events_checked(&self, conn: &rusqlite::Connection) -> Result<Vec<(i64, EventRow)>> {
        let inside: Option<i64> = conn
            .prepare_cached("SELECT seq FROM events WHERE seq BETWEEN ?1 AND ?2 LIMIT 1")?
            .query_row([self.first_seq, self.last_seq], |r| r.get(0))
            .optional()?;
        if let Some(seq) = inside {
            return Err(crate::error::Error::damaged(format!(
                "the event log is out of order at seq {seq} (an event row among the seqs of the batch at seq {})",
                self.first_seq
            )));
        }
        self.events()
    }

    /// Its events, each with its seq, as stored rows read.
    fn events(&self) -> Result<Vec<(i64, EventRow)>> {
        let damaged = |why: String| {
            crate::error::Error::damaged(format!(
                "the event batch at seq {} is unreadable ({why})",
                self.first_seq
            ))
        };
        if !(0..=BATCH_MAX).contains(&self.size) {
            return Err(damaged(format!("its size is {}", self.size)));
        }
        let json = lz4_flex::block::decompress(&self.body, self.size as usize)
            .map_err(|e| damaged(e.to_string()))?;
        if json.len() as i64 != self.size {
            return Err(damaged("its size does not match".into()));
        }
        let lines: Vec<Line<'_>> =
            serde_json::from_slice(&json).map_err(|e| damaged(e.to_string()))?;
        // The body agrees with its row: one event per seq, the ids it names first and last,
        // ids in order (they sort as they were given out).
        if lines.len() as i64 != self.last_seq - self.first_seq + 1 {
            return Err(damaged(format!(
                "{} events for seqs {} to {}",
                lines.len(),
                self.first_seq,
                self.last_seq
            )));
        }
        if lines.first().map(|l| &l.0) != Some(&self.ids[0])
            || lines.last().map(|l| &l.0) != Some(&self.ids[1])
            || lines.windows(2).any(|w| w[0].0 >= w[1].0)
        {
            return Err(damaged(
                "its event ids are not those of its row, in order".into(),
            ));
        }
        let [ty, at, ety, actor] = &self.head;
        Ok(lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                let row = EventRow {
                    event_id: l.0,
                    event_type: l.1.unwrap_or_else(|| ty.clone()),
                    occurred_at: l.2.unwrap_or_else(|| at.clone()),
                    entity_type: l.3.unwrap_or_else(|| ety.clone()),
                    entity_id: l.4,
                    actor: l.5.unwrap_or_else(|| actor.clone()),
                    payload: l.6.get().to_string(),
                };
                (self.first_seq + i as i64, row)
            })
            .collect())
    }
}

/// The seq of the event `id`, in a row of its own or in a batch.
fn seq_of(conn: &rusqlite::Connection, id: &str) -> Result<i64> {
    let own = conn
        .prepare_cached("SELECT seq FROM events WHERE event_id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if let Some(seq) = own {
        return Ok(seq);
    }
    // Event ids sort as their seqs do (a fixed-width sequence number in an alphabet in ASCII
    // order, then the tail): the batch that may hold `id` is the last one starting at or
    // before it.
    let batch = conn
        .prepare_cached(&format!(
            "SELECT {BATCH_COLUMNS} FROM event_batches
             WHERE first_event_id <= ?1
             ORDER BY first_event_id DESC LIMIT 1"
        ))?
        .query_row([id], BatchRow::read)
        .optional()?;
    if let Some(b) = batch
        && let Some((seq, _)) = b.events()?.into_iter().find(|(_, e)| e.event_id == id)
    {
        return Ok(seq);
    }
    Err(crate::error::Error::not_found(
        "EventNotFound",
        format!("event '{id}' not found"),
    ))
}

/// The events `f` selects, oldest first, each with its payload rebuilt for `environment`: the
/// rows of their own and the batched ones, merged in seq order, one at a time (a listing or an
/// export of the whole log holds one batch, not the log).
pub fn each(
    conn: &rusqlite::Connection,
    environment: &str,
    f: &EventFilter,
    mut visit: impl FnMut(EventRow) -> Result<()>,
) -> Result<()> {
    let after_seq: i64 = match &f.after_event_id {
        Some(id) => seq_of(conn, id)?,
        None => 0,
    };
    let since = f.since.as_ref().map(clock::store_fmt);
    let limit = f.limit.map_or(usize::MAX, |n| n as usize);
    let mut own = conn.prepare_cached(
        "SELECT seq, event_id, type, occurred_at, entity_type, entity_id, actor, payload FROM events
         WHERE seq > ?1 AND (?2 IS NULL OR type = ?2) AND (?3 IS NULL OR entity_id = ?3)
           AND (?4 IS NULL OR occurred_at >= ?4)
         ORDER BY seq LIMIT ?5",
    )?;
    let mut own = own.query_map(
        params![
            after_seq,
            f.event_type,
            f.entity_id,
            since,
            f.limit.map(i64::from).unwrap_or(-1),
        ],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                EventRow {
                    event_id: r.get(1)?,
                    event_type: r.get(2)?,
                    occurred_at: r.get(3)?,
                    entity_type: r.get(4)?,
                    entity_id: r.get(5)?,
                    actor: r.get(6)?,
                    payload: r.get(7)?,
                },
            ))
        },
    )?;
    // The batches that may hold an event after `after_seq` (their bodies are compressed: the
    // filters are applied to their events).
    // (A read-only file of an older schema has no batches table: see `schema::READS_FROM`.)
    let mut stmt = match has_batches(conn)? {
        true => Some(conn.prepare_cached(&format!(
            "SELECT {BATCH_COLUMNS} FROM event_batches
             WHERE first_seq >= coalesce((SELECT max(first_seq) FROM event_batches
                                           WHERE first_seq <= ?1), 0)
               AND last_seq > ?1
             ORDER BY first_seq"
        ))?),
        false => None,
    };
    let mut batches = match &mut stmt {
        Some(st) => Some(st.query_map([after_seq], BatchRow::read)?),
        None => None,
    };
    let selected = |e: &EventRow| {
        f.event_type.as_ref().is_none_or(|t| *t == e.event_type)
            && f.entity_id.as_ref().is_none_or(|id| *id == e.entity_id)
            && since.as_ref().is_none_or(|s| e.occurred_at >= *s)
    };
    let (mut shown, mut last): (usize, Option<(i64, String)>) = (0, None);
    let mut next_own = own.next().transpose()?;
    let mut batched = std::collections::VecDeque::new();
    while shown < limit {
        while batched.is_empty() {
            match batches.as_mut().and_then(|b| b.next()).transpose()? {
                Some(b) => batched.extend(
                    b.events_checked(conn)?
                        .into_iter()
                        .filter(|(seq, e)| *seq > after_seq && selected(e)),
                ),
                None => break,
            }
        }
        let take_own = match (&next_own, batched.front()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some((a, _)), Some((b, _))) => a < b,
        };
        let (seq, row) = if take_own {
            let next = next_own.take().expect("checked above");
            next_own = own.next().transpose()?;
            next
        } else {
            batched.pop_front().expect("checked above")
        };
        // Seqs and ids rise together, across both tables: an own row inside a batch's seqs,
        // or ids out of order, is damage (rows edited by hand), not a log to show.
        if let Some((prev_seq, prev_id)) = &last
            && (seq <= *prev_seq || row.event_id <= *prev_id)
        {
            return Err(crate::error::Error::damaged(format!(
                "the event log is out of order at seq {seq} (event {})",
                row.event_id
            )));
        }
        last = Some((seq, row.event_id.clone()));
        let mut e = row;
        let timestamp = clock::from_store(&e.occurred_at)?;
        e.payload = with_envelope(
            &e.event_type,
            &e.event_id,
            &clock::fmt(&timestamp),
            environment,
            &e.payload,
        )?;
        visit(e)?;
        shown += 1;
    }
    Ok(())
}

/// Whether the file has the batches table: a read-only file of schema 7 or 8 has none (see
/// `schema::READS_FROM`); a file of schema 9 on without it is damaged.
fn has_batches(conn: &rusqlite::Connection) -> Result<bool> {
    let (has, version) = conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM sqlite_schema WHERE name = 'event_batches'),
                    (SELECT user_version FROM pragma_user_version)",
        )?
        .query_row([], |r| Ok((r.get::<_, bool>(0)?, r.get::<_, i64>(1)?)))?;
    if !has && version >= 9 {
        return Err(crate::error::Error::damaged(
            "its tables do not match its schema version (the event_batches table is missing)",
        ));
    }
    Ok(has)
}

/// Whether any event is stored.
pub fn any(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS(SELECT 1 FROM events) OR EXISTS(SELECT 1 FROM event_batches)",
        )?
        .query_row([], |r| r.get::<_, bool>(0))?)
}

/// The id of the last event stored (the id sequence must be past it).
pub fn last_id(conn: &rusqlite::Connection) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM (SELECT seq, event_id AS id FROM events WHERE seq = (SELECT max(seq) FROM events)
                             UNION ALL
                             SELECT last_seq, last_event_id FROM (SELECT last_seq, last_event_id
                                 FROM event_batches ORDER BY first_seq DESC LIMIT 1))
             ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?)
}

/// The windows `entitlement.usage_exceeded` was already logged for, for one customer:
/// (resource, feature, usagePeriodStart, usagePeriodEnd) as the payloads say them (resource
/// "" for the customer level). Read through the events' entity index.
pub fn exceeded_signalled(
    conn: &rusqlite::Connection,
    customer: &str,
) -> Result<std::collections::BTreeSet<(String, String, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT payload FROM events WHERE entity_id = ?1 AND type = 'entitlement.usage_exceeded'",
    )?;
    let rows = stmt.query_map([customer], |r| r.get::<_, String>(0))?;
    let mut out = std::collections::BTreeSet::new();
    for p in rows {
        let v: serde_json::Value = serde_json::from_str(&p?).unwrap_or_default();
        let text = |k: &str| v[k].as_str().unwrap_or("").to_string();
        out.insert((
            text("resourceId"),
            text("featureId"),
            text("usagePeriodStart"),
            text("usagePeriodEnd"),
        ));
    }
    Ok(out)
}

/// The stored payloads of one entity's events of one type, oldest first (through the entity
/// index: a subscription's updates, say). Rows of their own only: the events read this way
/// for what they carry (pricing) are never batched (see [`batchable`]).
pub fn payloads_of(
    conn: &rusqlite::Connection,
    entity_id: &str,
    ty: crate::events::EventType,
) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT payload FROM events WHERE entity_id = ?1 AND type = ?2 ORDER BY seq",
    )?;
    let rows = st.query_map(params![entity_id, ty.name()], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{EventActor as A, EventEntityType as E, EventType as T};
    use crate::store::{NewEnv, Store};

    /// The events `f` selects, all held (what a listing streams).
    fn list(conn: &rusqlite::Connection, env: &str, f: &EventFilter) -> Result<Vec<EventRow>> {
        crate::store::held(|visit| each(conn, env, f, visit))
    }

    fn store(dir: &tempfile::TempDir) -> Store {
        let now = crate::clock::parse_instant("2026-01-01T00:00:00Z").unwrap();
        let init = NewEnv {
            env_type: "DEVELOPMENT",
            created_at: now,
        };
        Store::open_or_create(&dir.path().join("e.db"), "e", &init)
            .unwrap()
            .0
    }

    fn all(conn: &rusqlite::Connection, f: &EventFilter) -> Vec<(String, String, String)> {
        list(conn, "e", f)
            .unwrap()
            .into_iter()
            .map(|e| (e.event_id, e.event_type, e.entity_id))
            .collect()
    }

    /// Batched and own rows read as one log in the order written, through every filter, across
    /// batch boundaries; a row rolled back to its savepoint leaves no event behind.
    #[test]
    fn batched_events_read_as_one_log_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = store(&dir);
        let now = crate::clock::parse_instant("2026-01-02T00:00:00Z").unwrap();
        let mut written = Vec::new();
        s.write(now, Some(1), false, |tx| {
            let mut put = |tx: &mut Tx<'_>, actor, ty: T, id: &str| {
                tx.actor = actor;
                let ety = if ty == T::CreditGrantCreated {
                    E::Credit
                } else {
                    E::Customer
                };
                let body = format!("{{\"n\":{}}}", written.len());
                let eid = append_stored(tx, ty, ety, id, &body).unwrap();
                written.push((eid, ty.name().to_string(), id.to_string()));
            };
            put(tx, A::User, T::CustomerCreated, "first");
            for i in 0..1100 {
                let ty = if i % 7 == 3 {
                    T::CreditGrantCreated
                } else {
                    T::CustomerCreated
                };
                put(tx, A::Import, ty, &format!("c{i}"));
                if i == 600 {
                    // An own row between batched ones.
                    put(tx, A::User, T::CustomerUpdated, "middle");
                }
            }
            // A row rolled back to its savepoint: its events go with it.
            flush(tx)?;
            let at = mark(tx);
            tx.sql.execute_batch("SAVEPOINT r")?;
            tx.actor = A::Import;
            append_stored(tx, T::CustomerCreated, E::Customer, "gone", "{}")?;
            tx.sql.execute_batch("ROLLBACK TO r; RELEASE r")?;
            reset(tx, at);
            put(tx, A::Import, T::CustomerCreated, "last");
            Ok(())
        })
        .unwrap();
        let conn = s.conn();
        let batches: i64 = conn
            .query_row("SELECT count(*) FROM event_batches", [], |r| r.get(0))
            .unwrap();
        assert!(batches >= 3, "{batches}");
        let log = all(conn, &EventFilter::default());
        assert_eq!(log, written);
        // After every event, with and without a limit.
        for k in [0, 1, 511, 512, 513, 601, 602, 1024, written.len() - 1] {
            let f = EventFilter {
                after_event_id: Some(written[k].0.clone()),
                ..Default::default()
            };
            assert_eq!(all(conn, &f), written[k + 1..], "after {k}");
            let f = EventFilter {
                limit: Some(3),
                ..f
            };
            let end = (k + 4).min(written.len());
            assert_eq!(all(conn, &f), written[k + 1..end], "after {k}, 3");
        }
        for (ty, id) in [
            (None, Some("c700")),
            (None, Some("middle")),
            (Some("credit.grant.created"), None),
            (Some("customer.updated"), None),
            (Some("customer.created"), Some("c3")),
        ] {
            let f = EventFilter {
                event_type: ty.map(str::to_string),
                entity_id: id.map(str::to_string),
                ..Default::default()
            };
            let want: Vec<_> = written
                .iter()
                .filter(|e| ty.is_none_or(|t| e.1 == t) && id.is_none_or(|i| e.2 == i))
                .cloned()
                .collect();
            assert_eq!(all(conn, &f), want, "{ty:?} {id:?}");
        }
        assert!(written.iter().all(|e| e.2 != "gone"));
        let unknown = EventFilter {
            after_event_id: Some("evt_zzzzzzzzzzzzzzzz".into()),
            ..Default::default()
        };
        assert!(list(conn, "e", &unknown).is_err());
        assert_eq!(
            last_id(conn).unwrap(),
            Some(written.last().unwrap().0.clone())
        );
        assert!(conn.execute("DELETE FROM event_batches", []).is_err());
        assert!(
            conn.execute("UPDATE event_batches SET type = 'x'", [])
                .is_err()
        );
        // A damaged batch (edited past its triggers) is reported, never read as something else.
        conn.execute_batch("DROP TRIGGER event_batches_append_only_u; DROP TRIGGER events_numbers")
            .unwrap();
        let last = "WHERE first_seq = (SELECT min(first_seq) FROM event_batches)";
        for edit in [
            format!("UPDATE event_batches SET body = x'00ff00ff' {last}"),
            format!("UPDATE event_batches SET size = size + 1 {last}"),
            format!("UPDATE event_batches SET size = 1 << 40 {last}"),
            format!("UPDATE event_batches SET body = x'' {last}"),
            // A body that reads, but not as its row says.
            format!("UPDATE event_batches SET last_seq = last_seq - 1 {last}"),
            format!("UPDATE event_batches SET first_event_id = 'evt_0' {last}"),
            format!("UPDATE event_batches SET last_event_id = 'evt_0' {last}"),
            format!("UPDATE event_batches SET body = b.body, size = b.size FROM (SELECT body, size FROM event_batches ORDER BY first_seq DESC LIMIT 1) b {last}"),
            // An own row inside a batch's seqs.
            "INSERT INTO events(seq, event_id, type, occurred_at, entity_type, entity_id, actor, payload)
             SELECT first_seq + 1, 'evt_x', 'customer.created', occurred_at, 'CUSTOMER', 'x', 'USER', '{}'
             FROM event_batches LIMIT 1"
                .to_string(),
        ] {
            conn.execute_batch(&format!("SAVEPOINT d; {edit}")).unwrap();
            // Whatever the listing selects: all, one entity (the edited row's), or after an
            // event of the edited batch.
            for f in [
                EventFilter::default(),
                EventFilter {
                    entity_id: Some("x".into()),
                    ..Default::default()
                },
                EventFilter {
                    after_event_id: Some(written[5].0.clone()),
                    limit: Some(2),
                    ..Default::default()
                },
            ] {
                let e = list(conn, "e", &f).err().unwrap();
                assert_eq!(e.code, "DatabaseDamaged", "{edit}: {}", e.message);
            }
            conn.execute_batch("ROLLBACK TO d; RELEASE d").unwrap();
        }
        conn.execute_batch("SAVEPOINT d; DROP TABLE event_batches")
            .unwrap();
        let e = list(conn, "e", &EventFilter::default()).err().unwrap();
        assert_eq!(e.code, "DatabaseDamaged", "{}", e.message);
        let e = crate::error::Error::from(conn.prepare("SELECT * FROM event_batches").unwrap_err());
        assert_eq!(e.code, "DatabaseDamaged", "{}", e.message);
        conn.execute_batch("ROLLBACK TO d; RELEASE d").unwrap();
        assert_eq!(all(conn, &EventFilter::default()), written);
    }
}
