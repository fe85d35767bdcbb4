//! The event log: appended inside the transaction of the change it describes.

use rusqlite::params;

use super::Tx;
use crate::clock::{self, Instant};
use crate::error::Result;
use crate::events::{NewEvent, stored_fields, with_envelope};

/// Is the payload stored lean (without null, empty or false fields)? Only the per-row events of
/// customer and subscription imports are: tens of thousands a run, and replicas read the
/// entity itself. Every other event keeps its fields as a single command logs them (an
/// automatic recharge's `enabled: false` in a usage import, for one).
fn lean(actor: crate::events::EventActor, ty: crate::events::EventType) -> bool {
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
    let at = tx.event_time();
    insert(tx, event_type, entity_type, entity_id, &body, at)
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
    tx.sql.prepare_cached("INSERT INTO events(event_id, type, occurred_at, entity_type, entity_id, actor, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?.execute(
        params![
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

/// The events `f` selects, oldest first, each with its payload rebuilt for `environment`.
pub fn list(
    conn: &rusqlite::Connection,
    environment: &str,
    f: &EventFilter,
) -> Result<Vec<EventRow>> {
    let after_seq: i64 = match &f.after_event_id {
        Some(id) => conn
            .prepare_cached("SELECT seq FROM events WHERE event_id = ?1")?
            .query_row([id], |r| r.get(0))
            .map_err(|_| {
                crate::error::Error::not_found("EventNotFound", format!("event '{id}' not found"))
            })?,
        None => 0,
    };
    let mut stmt = conn.prepare_cached(
        "SELECT event_id, type, occurred_at, entity_type, entity_id, actor, payload FROM events
         WHERE seq > ?1 AND (?2 IS NULL OR type = ?2) AND (?3 IS NULL OR entity_id = ?3)
           AND (?4 IS NULL OR occurred_at >= ?4)
         ORDER BY seq LIMIT ?5",
    )?;
    let rows = stmt.query_map(
        params![
            after_seq,
            f.event_type,
            f.entity_id,
            f.since.as_ref().map(clock::store_fmt),
            f.limit.map(i64::from).unwrap_or(-1),
        ],
        |r| {
            Ok(EventRow {
                event_id: r.get(0)?,
                event_type: r.get(1)?,
                occurred_at: r.get(2)?,
                entity_type: r.get(3)?,
                entity_id: r.get(4)?,
                actor: r.get(5)?,
                payload: r.get(6)?,
            })
        },
    )?;
    let mut out = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    for e in &mut out {
        let timestamp = clock::from_store(&e.occurred_at)?;
        e.payload = with_envelope(
            &e.event_type,
            &e.event_id,
            &clock::fmt(&timestamp),
            environment,
            &e.payload,
        )?;
    }
    Ok(out)
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
/// index: a subscription's updates, say).
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
