//! Resolved global settings and the per-command session: which database, which `now`, and the
//! one write path every command goes through (clock guard → catch-up → the command's work).

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::clock::{self, ClockSource, Instant};
use crate::error::{Error, Result};
use crate::ops::catchup::{self, Transition};
use crate::output::Printer;
use crate::store::{OpenMode, Store, Tx, meta};

pub const DEFAULT_ENV: &str = "development";

pub struct App {
    pub printer: Printer,
    pub home: PathBuf,
    pub env: String,
    pub db: Option<PathBuf>,
    pub now_flag: Option<Instant>,
    pub id_seed: Option<u64>,
    pub yes: bool,
}

pub struct Session {
    pub store: Store,
    pub now: Instant,
    pub source: ClockSource,
    pub id_seed: Option<u64>,
    /// Transitions the catch-up step processed during this command.
    pub transitions: Vec<Transition>,
}

/// `$STIGG_HOME`, else `$XDG_DATA_HOME/stigg-cli`, else `~/.local/share/stigg-cli`.
pub fn default_home() -> Result<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(x).join("stigg-cli"));
    }
    match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        Some(h) => Ok(PathBuf::from(h).join(".local/share/stigg-cli")),
        None => Err(Error::config(
            "UnusableHome",
            "cannot find a home for environments: set STIGG_HOME, --home or --db",
        )),
    }
}

impl App {
    pub fn db_path_for(&self, env: &str) -> PathBuf {
        self.home.join(format!("{env}.db"))
    }

    pub fn db_path(&self) -> PathBuf {
        self.db
            .clone()
            .unwrap_or_else(|| self.db_path_for(&self.env))
    }

    /// Opens the selected environment. Only the default environment (or an explicit `--db`)
    /// is created on first use; any other name must have been made with `env create`.
    pub fn session(&self) -> Result<Session> {
        let implicit_create = self.db.is_some() || self.env == DEFAULT_ENV;
        let mode = if implicit_create {
            OpenMode::CreateIfMissing
        } else {
            OpenMode::Existing
        };
        self.session_with(mode, "DEVELOPMENT")
    }

    pub fn session_with(&self, mode: OpenMode, env_type: &str) -> Result<Session> {
        crate::domain::slug::check_slug(&self.env)
            .map_err(|m| Error::usage(format!("invalid environment name: {m}")))?;
        let path = self.db_path();
        let (mut store, created) = Store::open(&path, &self.env, mode)?;
        if created {
            init_environment(
                &mut store,
                env_type,
                self.now_flag.unwrap_or_else(clock::system_now),
                self.id_seed,
            )?;
        }
        let frozen = meta::get_instant(store.conn(), meta::FROZEN_AT)?;
        let (now, source) = match (self.now_flag, frozen) {
            (Some(t), _) => (t, ClockSource::Flag),
            (None, Some(t)) => (t, ClockSource::Frozen),
            (None, None) => (clock::system_now(), ClockSource::System),
        };
        Ok(Session {
            store,
            now,
            source,
            id_seed: self.id_seed,
            transitions: Vec::new(),
        })
    }

    /// Destructive commands: `--yes`, or an interactive "y" on a terminal.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() {
            return Err(Error::usage(format!("{question}: confirmation needed"))
                .hint("pass --yes to confirm"));
        }
        eprint!("{question} [y/N] ");
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Error::usage(format!("cannot read confirmation: {e}")))?;
        if matches!(line.trim(), "y" | "Y" | "yes") {
            Ok(())
        } else {
            Err(Error::rejected("Aborted", "aborted; nothing was changed"))
        }
    }
}

fn init_environment(
    store: &mut Store,
    env_type: &str,
    now: Instant,
    seed: Option<u64>,
) -> Result<()> {
    let secret = crate::ids::random_hex(seed, 32);
    store.write(now, seed, false, |tx| {
        meta::set(&tx.sql, meta::ENV_TYPE, env_type)?;
        meta::set_instant(&tx.sql, meta::CREATED_AT, &now)?;
        meta::set(&tx.sql, meta::SIGNING_SECRET, &secret)?;
        Ok(())
    })
}

impl Session {
    pub fn env_type(&self) -> Result<String> {
        meta::env_type(self.store.conn())
    }

    /// A mutating command: one transaction that refuses a clock that went backwards, runs the
    /// catch-up up to `now`, then `f`. With `dry_run` everything is rolled back.
    pub fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let now = self.now;
        let mut transitions = Vec::new();
        let out = self.store.write(now, self.id_seed, dry_run, |tx| {
            if let Some(mark) = meta::get_instant(&tx.sql, meta::PROCESSED_UNTIL)?
                && now < mark
            {
                return Err(Error::rejected(
                    "ClockWentBackwards",
                    format!(
                        "now ({}) is earlier than the time this environment has already processed ({}); refusing to write",
                        clock::fmt(&now),
                        clock::fmt(&mark)
                    ),
                )
                .hint("use a --now at or after the processed time, or `stigg-cli clock show` to see it"));
            }
            transitions = catchup::run(tx, now)?;
            let out = f(tx)?;
            // What the command itself made due (a backdated start, say) is processed too.
            transitions.extend(catchup::run(tx, now)?);
            Ok(out)
        })?;
        self.transitions = transitions;
        Ok(out)
    }

    /// A read: catches up first when `now` is not behind the processed mark, then reads.
    /// Nothing due up to `now` means nothing to write: the read runs without taking the write
    /// lock (and without moving the processed mark, which only guards writes).
    pub fn read<T>(&mut self, f: impl FnOnce(&rusqlite::Connection) -> Result<T>) -> Result<T> {
        let now = self.now;
        let conn = self.store.conn();
        let behind = meta::get_instant(conn, meta::PROCESSED_UNTIL)?.is_some_and(|m| now < m);
        if behind || !catchup::anything_due(conn, now)? {
            return f(self.store.conn());
        }
        self.write(false, |tx| f(&tx.sql))
    }
}
