//! `clock show|set|advance|unfreeze` — the environment's test clock.

use clap::{Args, Subcommand};

use crate::app::{App, Session};
use crate::clock::{self, Instant};
use crate::error::{Error, Result};
use crate::object_view;
use crate::output::{Tabular, View};
use crate::store::meta;

#[derive(Subcommand, Debug)]
pub enum ClockCommand {
    /// Show now, its source and the processed-time mark
    ///
    /// Example: stigg-cli clock show
    Show,
    /// Freeze the clock at an instant (runs everything due until then)
    ///
    /// Example: stigg-cli clock set 2026-01-01T00:00:00Z
    Set(SetArgs),
    /// Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y
    ///
    /// Example: stigg-cli clock advance 14d
    Advance(AdvanceArgs),
    /// Go back to the system clock
    ///
    /// Example: stigg-cli clock unfreeze
    Unfreeze,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    /// Instant to freeze the clock at (RFC 3339 with offset)
    pub instant: String,
}

#[derive(Args, Debug)]
pub struct AdvanceArgs {
    /// How far: a count and a unit s, m, h, d, w, mo or y (e.g. 14d)
    pub duration: String,
}

/// Where `now` came from, as `clock show` says it: `flag` for `--now`, `env` for `STIGG_NOW`
/// (the parser merges them: the command line tells them apart).
fn shown_source(source: clock::ClockSource) -> &'static str {
    let on_command_line = || {
        std::env::args_os().any(|a| {
            let a = a.to_string_lossy();
            a == "--now" || a.starts_with("--now=")
        })
    };
    match source {
        clock::ClockSource::Flag if !on_command_line() => "env",
        s => s.as_str(),
    }
}

fn refuse_production(s: &Session) -> Result<()> {
    if s.env_type()? == "PRODUCTION" {
        return Err(Error::rejected(
            "ClockNotAllowedInProduction",
            "the test clock cannot be used on a PRODUCTION environment",
        ));
    }
    Ok(())
}

fn freeze(app: &App, s: &mut Session, to: Instant, from: Instant) -> Result<()> {
    s.pin_now(to);
    s.write(false, |tx| meta::set_instant(&tx.sql, meta::FROZEN_AT, &to))?;
    moved(app, s, to, from)
}

/// Prints a move of the clock and what happened on the way.
fn moved(app: &App, s: &Session, to: Instant, from: Instant) -> Result<()> {
    let happened: Vec<Happened> = s
        .transitions
        .iter()
        .map(|t| Happened {
            at: clock::fmt(&t.at),
            kind: t.kind,
            entity_id: t.entity_id.clone(),
            description: t.description.clone(),
        })
        .collect();
    app.printer.print(&ClockMove {
        from: clock::fmt(&from),
        now: clock::fmt(&to),
        frozen: true,
        happened,
    })
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Happened {
    at: String,
    kind: &'static str,
    entity_id: String,
    description: String,
}

/// What `clock set|advance` did: the move and every transition processed on the way.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ClockMove {
    from: String,
    now: String,
    frozen: bool,
    happened: Vec<Happened>,
}

impl View for ClockMove {
    fn tabular(&self) -> Tabular {
        let mut t = Tabular::new(&["at", "kind", "entity", "description"]);
        for h in &self.happened {
            t.row(vec![
                h.at.clone(),
                h.kind.to_string(),
                h.entity_id.clone(),
                h.description.clone(),
            ]);
        }
        t
    }

    fn text(&self) -> Option<String> {
        let mut s = format!("clock: {} -> {}\n", self.from, self.now);
        if self.happened.is_empty() {
            s.push_str("nothing was due\n");
        }
        for h in &self.happened {
            s.push_str(&format!("{}  {}\n", h.at, h.description));
        }
        Some(s)
    }
}

pub fn run(app: &App, cmd: ClockCommand) -> Result<()> {
    let mut s = app.session()?;
    match cmd {
        ClockCommand::Show => {
            let conn = s.store.conn();
            let frozen = meta::get_instant(conn, meta::FROZEN_AT)?;
            let processed = meta::get_instant(conn, meta::PROCESSED_UNTIL)?;
            app.printer.print(&object_view! {
                "now": clock::fmt(&s.now),
                "source": shown_source(s.source),
                "frozenAt": frozen.map(|t| clock::fmt(&t)),
                "processedUntil": processed.map(|t| clock::fmt(&t)),
            })
        }
        ClockCommand::Set(a) => {
            refuse_production(&s)?;
            let to = clock::parse_instant_arg("instant", &a.instant)?;
            // Said in the command's own words (the write would refuse it as a `now` too). The
            // mark is read as stored: a read at a `--now` ahead of it would evaluate (and note)
            // a what-if catch-up the set then commits.
            if let Some(mark) = meta::get_instant(s.store.conn(), meta::PROCESSED_UNTIL)?
                && to < mark
            {
                return Err(crate::app::went_backwards(
                    format!(
                        "clock set {}: the environment has already processed up to {}, and the clock never goes back",
                        clock::fmt(&to),
                        clock::fmt(&mark)
                    ),
                    format!(
                        "set it at or after {} (`stigg-cli clock show` shows the mark)",
                        clock::fmt(&mark)
                    ),
                ));
            }
            let from = s.now;
            freeze(app, &mut s, to, from)
        }
        ClockCommand::Advance(a) => {
            refuse_production(&s)?;
            let span = clock::parse_span(&a.duration)
                .map_err(|m| Error::usage(format!("invalid duration: {m}")))?;
            // Stepped from the clock as it is once the write lock is held: of concurrent
            // advances, each moves on from where the one before left it.
            let (from, ()) = s.write_shifted(
                |t| {
                    clock::add_span(t, span)
                        .ok_or_else(|| Error::usage("the clock would leave the supported range"))
                },
                |tx| meta::set_instant(&tx.sql, meta::FROZEN_AT, &tx.now),
            )?;
            let to = s.now;
            s.pin_now(to);
            moved(app, &s, to, from)
        }
        ClockCommand::Unfreeze => {
            refuse_production(&s)?;
            if s.source == crate::clock::ClockSource::Flag {
                app.printer.warn(
                    "--now / STIGG_NOW is ignored here: unfreezing goes back to the system clock",
                );
            }
            // No clock guard here: unfreezing is how a clock set into the future is let go.
            let now = clock::system_now();
            s.store.write(now, s.id_seed, false, |tx| {
                meta::delete(&tx.sql, meta::FROZEN_AT)
            })?;
            crate::store::mark_committed();
            s.now = now;
            app.printer
                .print(&object_view! {"now": clock::fmt(&s.now), "frozen": false})
        }
    }
}
