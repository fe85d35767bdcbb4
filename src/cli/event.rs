//! `event report|list` — raw usage events, metered by the features' event meters.

use clap::{Args, Subcommand};

use super::customer::parse_kv;
use crate::app::App;
use crate::clock::{self, parse_instant_arg};
use crate::error::Result;
use crate::ops::usage::{self as ops, EventRequest, EventView};
use crate::output::views::ListView;
use crate::output::{Tabular, View};
use crate::store::usage::{EventFilter, RawEvent, raw_events};

#[derive(Subcommand, Debug)]
pub enum EventCommand {
    /// Report a raw usage event; every feature whose event meter matches it counts it
    ///
    /// Example: stigg-cli event report acme api.request --idempotency-key req-42 --dimension status=200
    Report(ReportArgs),
    /// List stored raw events, oldest first
    ///
    /// Example: stigg-cli event list --customer acme --limit 20
    List(ListArgs),
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Customer id (events of customers not provisioned yet are kept)
    pub customer: String,
    /// The event's name (meters filter on it as `eventName`)
    pub event_name: String,
    /// Required: the event's unique key; a repeat is a duplicate, counted once
    #[arg(long)]
    pub idempotency_key: String,
    /// A dimension of the event, KEY=VALUE (repeat the flag)
    #[arg(long = "dimension")]
    pub dimensions: Vec<String>,
    /// When it happened (RFC 3339, not in the future); default now
    #[arg(long)]
    pub at: Option<String>,
    /// Resource id, for products with one subscription per resource
    #[arg(long)]
    pub resource: Option<String>,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only this customer's events
    #[arg(long)]
    pub customer: Option<String>,
    /// Only events of this name
    #[arg(long)]
    pub name: Option<String>,
    /// From this instant on (RFC 3339)
    #[arg(long)]
    pub from: Option<String>,
    /// Before this instant (RFC 3339)
    #[arg(long)]
    pub to: Option<String>,
    /// At most this many events
    #[arg(long, default_value = "100")]
    pub limit: u32,
}

impl View for EventView {
    fn tabular(&self) -> Tabular {
        let mut pairs = vec![
            ("customerId", self.customer_id.clone()),
            ("eventName", self.event_name.clone()),
            ("idempotencyKey", self.idempotency_key.clone()),
            ("timestamp", self.timestamp.clone()),
            ("duplicate", self.duplicate.to_string()),
        ];
        let counted: Vec<String> = self
            .features
            .iter()
            .map(|f| match &f.credit {
                // What it burned, when the plan prices the feature in credits.
                Some(c) => format!(
                    "{} = {} (burned {} {}, balance {})",
                    f.feature_id, f.current_usage, c.consumed, c.currency_id, c.current_balance
                ),
                None => format!("{} = {}", f.feature_id, f.current_usage),
            })
            .collect();
        pairs.push(("features", counted.join(", ")));
        Tabular::fields(pairs)
    }
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct RawEventView {
    customer_id: String,
    resource_id: Option<String>,
    event_name: String,
    idempotency_key: String,
    timestamp: String,
    dimensions: serde_json::Value,
}

fn raw_view(e: RawEvent) -> RawEventView {
    RawEventView {
        customer_id: e.customer_id,
        resource_id: Some(e.resource_id).filter(|r| !r.is_empty()),
        event_name: e.event_name,
        idempotency_key: e.idempotency_key,
        timestamp: clock::fmt(&e.at),
        dimensions: e
            .dimensions
            .and_then(|d| serde_json::from_str(&d).ok())
            .unwrap_or_else(|| serde_json::json!({})),
    }
}

pub fn run(app: &App, cmd: EventCommand) -> Result<()> {
    match cmd {
        EventCommand::Report(a) => {
            let req = EventRequest {
                customer: a.customer,
                event_name: a.event_name,
                resource: a.resource,
                idempotency_key: a.idempotency_key,
                at: a
                    .at
                    .as_deref()
                    .map(|t| parse_instant_arg("--at", t))
                    .transpose()?,
                dimensions: crate::domain::customers::metadata_values(&parse_kv(
                    "--dimension",
                    &a.dimensions,
                )?),
            };
            let v = app
                .session()?
                .write(false, |tx| ops::report_event(tx, &req))?;
            if v.duplicate {
                app.printer
                    .status("duplicate: this event was already reported; counted once");
            }
            for w in &v.warnings {
                app.printer.warn(w);
            }
            app.printer.print(&v)
        }
        EventCommand::List(a) => {
            if let Some(c) = &a.customer {
                super::check_id_arg("customer", c)?;
            }
            let f = EventFilter {
                customer: a.customer,
                name: a.name,
                from: a
                    .from
                    .as_deref()
                    .map(|t| parse_instant_arg("--from", t))
                    .transpose()?,
                to: a
                    .to
                    .as_deref()
                    .map(|t| parse_instant_arg("--to", t))
                    .transpose()?,
                limit: a.limit,
            };
            if let (Some(from), Some(to)) = (f.from, f.to)
                && to <= from
            {
                return Err(crate::error::Error::usage("--to must be after --from"));
            }
            let rows = app.session()?.read(|c| raw_events(c, &f))?;
            app.printer.print(&ListView {
                items: rows.into_iter().map(raw_view).collect(),
                headers: &["timestamp", "customer", "event", "key", "dimensions"],
                row: |e: &RawEventView| {
                    vec![
                        e.timestamp.clone(),
                        e.customer_id.clone(),
                        e.event_name.clone(),
                        e.idempotency_key.clone(),
                        e.dimensions.to_string(),
                    ]
                },
            })
        }
    }
}
