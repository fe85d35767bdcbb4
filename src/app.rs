//! Resolved global settings and the per-command session: which database, which `now`, and the
//! one write path every command goes through (clock guard → catch-up → the command's work).

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::clock::{self, ClockSource, Instant};
use crate::error::{Error, Result};
use crate::ops::catchup::{self, Transition};
use crate::output::Printer;
use crate::store::{NewEnv, OpenMode, Store, Tx, meta};

/// The longest environment name: `NAME.db-wal` (the write-ahead log) is a file name of at
/// most 255 bytes.
const MAX_ENV_NAME: usize = 248;

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
    /// Set by a read answered ahead of the processed mark (what-if, rolled back).
    pub what_if: Option<WhatIf>,
    /// `--quiet`: no notes on stderr.
    pub quiet: bool,
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
        Ok(self.session_with(mode, "DEVELOPMENT")?.0)
    }

    /// Opens (or creates, with `env_type`) the environment; the flag tells whether this call
    /// created it (false when it existed or a concurrent process created it first).
    pub fn session_with(&self, mode: OpenMode, env_type: &str) -> Result<(Session, bool)> {
        crate::domain::slug::check_slug(&self.env)
            .map_err(|m| Error::usage(format!("invalid environment name: {m}")))?;
        // Its file `NAME.db` and the write-ahead log `NAME.db-wal` beside it are file names of at
        // most 255 bytes: a longer name made a file that could never be written.
        if self.db.is_none() && self.env.len() > MAX_ENV_NAME {
            return Err(Error::usage(format!(
                "invalid environment name: at most {MAX_ENV_NAME} characters (its file NAME.db-wal must be a valid file name); this one has {}",
                self.env.len()
            )));
        }
        let path = self.db_path();
        if let Some(n) = path.file_name()
            && n.len() > MAX_ENV_NAME + 3
        {
            return Err(Error::config(
                "UnusableDatabasePath",
                format!(
                    "{}: the file name is too long for the write-ahead log beside it (at most {} bytes)",
                    path.display(),
                    MAX_ENV_NAME + 3
                ),
            ));
        }
        let (store, created) = match mode {
            OpenMode::Existing => (Store::open(&path, &self.env)?, false),
            OpenMode::CreateIfMissing => {
                if self.db.is_none() && !self.home.exists() {
                    crate::store::create_home(&self.home)?;
                }
                Store::open_or_create(
                    &path,
                    &self.env,
                    &NewEnv {
                        env_type,
                        created_at: self.now_flag.unwrap_or_else(clock::system_now),
                    },
                )?
            }
        };
        let frozen = meta::get_instant(store.conn(), meta::FROZEN_AT)?;
        let (now, source) = match (self.now_flag, frozen) {
            (Some(t), _) => (t, ClockSource::Flag),
            (None, Some(t)) => (t, ClockSource::Frozen),
            (None, None) => (clock::system_now(), ClockSource::System),
        };
        Ok((
            Session {
                store,
                now,
                source,
                id_seed: self.id_seed,
                transitions: Vec::new(),
                what_if: None,
                quiet: self.printer.quiet,
            },
            created,
        ))
    }

    /// Destructive commands: `--yes`, or an interactive "y" on a terminal.
    /// [`App::confirm`] when `s` is a PRODUCTION environment (destructive commands: a void, a
    /// revocation, a cancellation at once, a rotated secret, a draft thrown away).
    pub fn confirm_in_production(&self, s: &Session, question: &str) -> Result<()> {
        if s.env_type()? == "PRODUCTION" {
            self.confirm(&format!("{question} in a PRODUCTION environment"))
        } else {
            Ok(())
        }
    }

    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() {
            return Err(Error::usage(format!("{question}: confirmation needed"))
                .hint("pass --yes to confirm"));
        }
        say_inline!("{question} [y/N] ");
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| Error::usage(format!("cannot read confirmation: {e}")))?;
        if ["y", "yes"].contains(&line.trim().to_ascii_lowercase().as_str()) {
            Ok(())
        } else {
            Err(Error::rejected("Aborted", "aborted; nothing was changed"))
        }
    }
}

impl Session {
    pub fn env_type(&self) -> Result<String> {
        meta::env_type(self.store.conn())
    }

    /// Fixes `now` for the rest of the command (the test clock's own moves, quickstart's
    /// scratch environment): writes then use exactly this instant.
    pub fn pin_now(&mut self, t: Instant) {
        self.now = t;
        self.source = ClockSource::Pinned;
    }

    /// A mutating command: one transaction that refuses a clock that went backwards, runs the
    /// catch-up up to `now`, then `f`. With `dry_run` everything is rolled back.
    ///
    /// `now` is decided once the write lock is held: on the system or frozen clock it is read
    /// then (so a writer that waited never stamps an instant earlier than the one committed
    /// before it); an explicit `--now` is used as given, but on a PRODUCTION environment it may
    /// not be ahead of the system clock.
    pub fn write<T>(
        &mut self,
        dry_run: bool,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        self.write_moved(dry_run, Ok, f)
    }

    /// [`Session::write`] at `shift` of the instant it decides under the write lock (`clock
    /// advance`: concurrent advances each step from where the one before left the clock, none
    /// is lost or refused). Returns the instant shifted from, and `f`'s answer.
    pub fn write_shifted<T>(
        &mut self,
        shift: impl FnOnce(Instant) -> Result<Instant>,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<(Instant, T)> {
        let mut base = self.now;
        let out = self.write_moved(
            false,
            |t| {
                base = t;
                shift(t)
            },
            f,
        )?;
        Ok((base, out))
    }

    fn write_moved<T>(
        &mut self,
        dry_run: bool,
        shift: impl FnOnce(Instant) -> Result<Instant>,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let (source, given) = (self.source, self.now);
        let mut transitions = Vec::new();
        let mut used = given;
        let out = self.store.write_with(
            |sql| resolve_write_now(sql, source, given).and_then(shift),
            self.id_seed,
            dry_run,
            |tx| {
                let now = tx.now;
                used = now;
                refuse_going_back(&tx.sql, now)?;
                crate::ops::usage::rebuild_if_pending(tx)?;
                transitions = catchup::run(tx, now)?;
                // What the catch-up recounted is judged before the command's own work (a
                // promotion's end that takes a window over its limit is signalled at that end,
                // not by the report that comes after it).
                crate::ops::usage::refold_marked(tx)?;
                let out = f(tx)?;
                // What the command itself made due (a backdated start, say) is processed too.
                transitions.extend(catchup::run(tx, now)?);
                crate::ops::usage::refold_marked(tx)?;
                crate::ops::subscriptions::flush_entitlements(tx)?;
                crate::ops::subscriptions::settle_entitlements(tx)?;
                Ok(out)
            },
        )?;
        if !dry_run {
            crate::store::mark_committed();
        }
        self.now = used;
        self.transitions = transitions;
        Ok(out)
    }

    /// A read. Reads never commit state beyond real time:
    /// - at or behind the processed mark, or with nothing due: a plain read, no write lock;
    /// - on the system (or frozen test) clock with transitions due: they are committed first,
    ///   as any write would (time really passed);
    /// - at an explicit `--now` ahead of the processed mark with transitions due: a what-if
    ///   answer — the catch-up is evaluated in a transaction that is rolled back, and
    ///   [`Session::what_if`] says how many transitions were assumed.
    pub fn read<T>(&mut self, f: impl FnOnce(&rusqlite::Connection) -> Result<T>) -> Result<T> {
        self.read_scoped(None, f)
    }

    /// [`Session::read`] of one customer's state (a check, a balance): what is due for other
    /// customers does not change its answer, so it is answered from a snapshot whenever nothing
    /// of this customer's is due — without waiting for the write lock a long import holds.
    pub fn read_for<T>(
        &mut self,
        customer: &str,
        f: impl FnOnce(&rusqlite::Connection) -> Result<T>,
    ) -> Result<T> {
        self.read_scoped(Some(customer), f)
    }

    fn read_scoped<T>(
        &mut self,
        customer: Option<&str>,
        f: impl FnOnce(&rusqlite::Connection) -> Result<T>,
    ) -> Result<T> {
        // Windows a migration left to rebuild are rebuilt (and committed) first: a read must
        // not answer from them. (It writes windows only: no event, no processed mark.)
        if !self.store.read_only && crate::ops::usage::rebuild_pending(self.store.conn())? {
            let at = self.now;
            self.store.write(
                at,
                self.id_seed,
                false,
                crate::ops::usage::rebuild_if_pending,
            )?;
        }
        let now = self.now;
        let conn = self.store.conn();
        let mark = meta::get_instant(conn, meta::PROCESSED_UNTIL)?;
        let behind = mark.is_some_and(|m| now < m);
        if behind || !catchup::anything_due(conn, now)? {
            return self.store.snapshot(f);
        }
        // (Looked for in the snapshot that answers: what it holds has nothing due for them.)
        let mut f = Some(f);
        if let Some(c) = customer {
            let answered = self.store.snapshot(|conn| {
                if catchup::due_for(conn, now, c)? {
                    return Ok(None);
                }
                match f.take() {
                    Some(f) => f(conn).map(Some),
                    None => Ok(None),
                }
            })?;
            if let Some(v) = answered {
                return Ok(v);
            }
        }
        let Some(f) = f else {
            return Err(crate::error::Error::internal("a read ran twice"));
        };
        let explicit = matches!(self.source, ClockSource::Flag | ClockSource::Pinned);
        if !explicit && !self.store.read_only {
            return self.write(false, |tx| f(&tx.sql));
        }
        let mut transitions = Vec::new();
        let out = if self.store.read_only {
            // Nothing can be evaluated in a transaction we may not write: answer from the file.
            self.store.snapshot(f)?
        } else {
            self.store.rolled_back(now, self.id_seed, |tx| {
                transitions = catchup::run(tx, now)?;
                crate::ops::usage::refold_marked(tx)?;
                f(&tx.sql)
            })?
        };
        self.what_if = Some(WhatIf {
            now,
            processed_until: mark,
            assumed: transitions.len(),
            read_only: self.store.read_only,
        });
        self.transitions = transitions;
        if !self.quiet
            && let Some(note) = self.what_if_note()
        {
            say!("{note}");
        }
        Ok(out)
    }

    /// Whether [`Session::read`] would answer a what-if (an explicit `now` ahead of the
    /// processed mark with transitions due): what it reads then was never committed.
    pub fn reads_what_if(&self) -> Result<bool> {
        let explicit = matches!(self.source, ClockSource::Flag | ClockSource::Pinned);
        if !explicit || self.store.read_only {
            return Ok(false);
        }
        let conn = self.store.conn();
        let mark = meta::get_instant(conn, meta::PROCESSED_UNTIL)?;
        Ok(mark.is_none_or(|m| self.now >= m) && catchup::anything_due(conn, self.now)?)
    }

    /// The stderr note of a what-if read (None for ordinary reads).
    pub fn what_if_note(&self) -> Option<String> {
        let w = self.what_if.as_ref()?;
        let mark = w
            .processed_until
            .map(|m| clock::fmt(&m))
            .unwrap_or_else(|| "nothing yet".into());
        Some(if w.read_only {
            format!(
                "note: the environment is read-only; transitions due between {mark} and {} were not applied to this answer",
                clock::fmt(&w.now)
            )
        } else {
            format!(
                "note: what-if answer at {} (processed until {mark}): {} transition(s) due by then were evaluated and rolled back, not committed",
                clock::fmt(&w.now),
                w.assumed
            )
        })
    }
}

/// A read evaluated ahead of the processed mark and rolled back.
#[derive(Debug, Clone)]
pub struct WhatIf {
    pub now: Instant,
    pub processed_until: Option<Instant>,
    pub assumed: usize,
    pub read_only: bool,
}

/// `now` for a write, decided under the write lock.
fn resolve_write_now(
    sql: &rusqlite::Connection,
    source: ClockSource,
    given: Instant,
) -> Result<Instant> {
    // Every write reads the environment's type: a damaged one is refused here, never taken
    // for "not production".
    let env_type = meta::env_type(sql)?;
    match source {
        ClockSource::Pinned => Ok(given),
        ClockSource::Flag => {
            let system = clock::system_now();
            if given > system && env_type == "PRODUCTION" {
                return Err(Error::rejected(
                    "FutureNowOnProduction",
                    format!(
                        "--now {} is ahead of the system clock ({}); a PRODUCTION environment is never moved into the future",
                        clock::fmt(&given),
                        clock::fmt(&system)
                    ),
                )
                .hint("drop --now (and STIGG_NOW) to use the system clock, or try the change on a non-production environment"));
            }
            Ok(given)
        }
        ClockSource::Frozen | ClockSource::System => {
            Ok(meta::get_instant(sql, meta::FROZEN_AT)?.unwrap_or_else(clock::system_now))
        }
    }
}

/// A write at an instant before the processed mark would rewrite history.
fn refuse_going_back(sql: &rusqlite::Connection, now: Instant) -> Result<()> {
    let mark = meta::get_instant(sql, meta::PROCESSED_UNTIL)?;
    // The mark is written by the first write, with its first event: events without a mark
    // mean it was removed, and the guard against rewriting history with it.
    if mark.is_none() && crate::store::events::any(sql)? {
        return Err(Error::damaged("the processed-time mark is missing"));
    }
    if let Some(mark) = mark
        && now < mark
    {
        return Err(went_backwards(
            format!(
                "now ({}) is earlier than the time this environment has already processed ({}); refusing to write",
                clock::fmt(&now),
                clock::fmt(&mark)
            ),
            "use a --now at or after the processed time, or `stigg-cli clock show` to see it",
        ));
    }
    Ok(())
}

/// `ClockWentBackwards`: an instant asked for is earlier than the processed mark (the message
/// in the words of the command that asked).
pub fn went_backwards(message: String, hint: impl Into<String>) -> Error {
    Error::rejected("ClockWentBackwards", message).hint(hint)
}
