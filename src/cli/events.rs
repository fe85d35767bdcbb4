//! `events list|export` — the event log (audit trail and replica feed).

use clap::{Args, Subcommand};
use std::path::PathBuf;

use crate::app::App;
use crate::clock;
use crate::error::{Error, Result};
use crate::output::Format;
use crate::store::events::{self, EventFilter, EventRow};

#[derive(Subcommand, Debug)]
pub enum EventsCommand {
    /// List events in the order they were recorded
    ///
    /// Example: stigg-cli events list --type plan.published --limit 20
    List(ListArgs),
    /// Write events as JSON lines, in eventId order, after a given event (resumable)
    ///
    /// Example: stigg-cli events export --after evt_0000000042ab12cd > new.jsonl
    Export(ExportArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this event type (e.g. plan.published)
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Only events about this entity id
    #[arg(long)]
    pub entity: Option<String>,
    /// Only events that occurred at or after this instant (RFC 3339)
    #[arg(long, conflicts_with = "after")]
    pub since: Option<String>,
    /// Only events recorded after this event id
    #[arg(long)]
    pub after: Option<String>,
    /// Print at most N events
    #[arg(long)]
    pub limit: Option<u32>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Only events recorded after this event id (resume after the last one exported)
    #[arg(long)]
    pub after: Option<String>,
    /// Write to this file instead of stdout (JSON lines; one JSON document with `--format json` or a `.json` name)
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct EventView {
    event_id: String,
    #[serde(rename = "type")]
    event_type: String,
    occurred_at: String,
    entity_type: String,
    entity_id: String,
    actor: String,
    payload: serde_json::Value,
}

/// An event as listed; `payload`: whether the format shows it (a table or CSV does not, so its
/// payload is not parsed).
const EVENT_COLUMNS: &[&str] = &[
    "eventId",
    "type",
    "occurredAt",
    "entityType",
    "entityId",
    "actor",
];

/// An event's row in a table (CSV has its JSON fields, the payload a JSON cell).
fn event_row(e: &EventView) -> Vec<String> {
    vec![
        e.event_id.clone(),
        e.event_type.clone(),
        e.occurred_at.clone(),
        e.entity_type.clone(),
        e.entity_id.clone(),
        e.actor.clone(),
    ]
}

fn view(r: EventRow, payload: bool) -> EventView {
    EventView {
        occurred_at: clock::from_store(&r.occurred_at)
            .map(|t| clock::fmt(&t))
            .unwrap_or(r.occurred_at),
        event_id: r.event_id,
        event_type: r.event_type,
        entity_type: crate::events::entity_type_wire(&r.entity_type),
        entity_id: r.entity_id,
        actor: crate::events::actor_wire(&r.actor),
        payload: if payload {
            serde_json::from_str(&r.payload).unwrap_or_default()
        } else {
            serde_json::Value::Null
        },
    }
}

pub fn run(app: &App, cmd: EventsCommand, asked: Option<super::Asked>) -> Result<()> {
    let mut s = app.session()?;
    let env = s.store.env_name.clone();
    match cmd {
        EventsCommand::List(a) => {
            refuse_what_if(&s, "events list")?;
            if let Some(t) = &a.event_type
                && crate::events::EventType::from_name(t).is_none()
            {
                return Err(Error::usage(format!("unknown event type '{t}'"))
                    .hint("see the event types in the README"));
            }
            let filter = EventFilter {
                event_type: a.event_type,
                entity_id: a.entity,
                since: a
                    .since
                    .as_deref()
                    .map(|t| clock::parse_instant_arg("--since", t))
                    .transpose()?,
                after_event_id: a.after,
                limit: a.limit,
            };
            // Streamed: the log of a large import holds millions of events.
            // CSV carries the record whole, as JSON does (the payload a JSON cell); a table
            // leaves the payload out.
            let csv = app.printer.format == Format::Csv;
            let payload = csv
                || matches!(
                    app.printer.format,
                    Format::Json | Format::JsonLines | Format::Yaml
                );
            let mut out = app.printer.list_stream(EVENT_COLUMNS, event_row);
            s.read(|c| events::each(c, &env, &filter, |r| out.push(&view(r, payload))))?;
            out.finish()
        }
        EventsCommand::Export(a) => {
            // JSON lines (the default), or one JSON document (`--format json`, `-o F.json`): a
            // list of the same payloads.
            let chosen = super::export_format(
                "events export",
                asked,
                a.output.as_deref(),
                &[super::Asked::JsonLines, super::Asked::Json],
            )?;
            let document = chosen == super::Asked::Json;
            refuse_what_if(&s, "events export")?;
            let filter = EventFilter {
                after_event_id: a.after,
                ..Default::default()
            };
            // Streamed: one batch of events held at a time, whatever the log's length.
            super::stream_export(app, a.output.as_deref(), |w| {
                let mut first = true;
                s.read(|c| {
                    events::each(c, &env, &filter, |r| {
                        let lead: &[u8] = match (document, first) {
                            (false, _) => b"",
                            (true, true) => b"[\n",
                            (true, false) => b",\n",
                        };
                        first = false;
                        w.write_all(lead)
                            .and_then(|()| w.write_all(r.payload.as_bytes()))
                            .and_then(|()| w.write_all(if document { b"" } else { b"\n" }))
                            .map_err(|e| crate::io::atomic::output_error(&e))
                    })
                })?;
                if document {
                    w.write_all(if first { b"[]\n" } else { b"\n]\n" })
                        .map_err(|e| crate::io::atomic::output_error(&e))?;
                }
                Ok(())
            })
        }
    }
}

/// The event log is what was committed: a what-if's events (transitions assumed at a later
/// --now, then rolled back) never exist, and their ids would be given to other events — a
/// replica paging with `--after` would break.
fn refuse_what_if(s: &crate::app::Session, verb: &str) -> Result<()> {
    if s.reads_what_if()? {
        return Err(Error::usage(format!(
            "{verb} reads the committed log: at --now {} transitions are due that are not processed yet, and their events would never exist",
            crate::clock::fmt(&s.now)
        ))
        .hint("drop --now (commands on the real or frozen clock process them), or read at a --now at or before `clock show`'s processedUntil"));
    }
    Ok(())
}
