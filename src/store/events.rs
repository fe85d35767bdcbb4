//! The event log: appended inside the transaction of the change it describes.

use rusqlite::params;

use super::Tx;
use crate::clock::{self, Instant};
use crate::error::Result;
use crate::events::{NewEvent, payload};

/// Appends one event that happened at `occurred_at` (the command's `now`, or the instant a
/// time-driven transition was due). Returns the event id.
pub fn append_at(tx: &mut Tx<'_>, ev: &NewEvent, occurred_at: Instant) -> Result<String> {
    let event_id = tx.ids.next_id(&tx.sql, "evt")?;
    let ts = clock::fmt(&occurred_at);
    let body = payload(ev, &event_id, &ts, &tx.env_name);
    tx.sql.prepare_cached("INSERT INTO events(event_id, type, occurred_at, entity_type, entity_id, actor, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?.execute(
        params![
            event_id,
            ev.event_type.name(),
            clock::store_fmt(&occurred_at),
            ev.entity_type.wire(),
            ev.entity_id,
            tx.actor.wire(),
            serde_json::to_string(&body)?,
        ],
    )?;
    Ok(event_id)
}

pub fn append(tx: &mut Tx<'_>, ev: &NewEvent) -> Result<String> {
    let now = tx.now;
    append_at(tx, ev, now)
}

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

pub fn list(conn: &rusqlite::Connection, f: &EventFilter) -> Result<Vec<EventRow>> {
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
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
