//! The only code that speaks SQL. One SQLite file per environment; every command runs in one
//! `BEGIN IMMEDIATE` transaction through [`Store::write`].

pub mod catalog;
pub mod customers;
pub mod events;
pub mod meta;
pub mod schema;
pub mod subscriptions;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::clock::Instant;
use crate::error::{Error, ErrorKind, Result};
use crate::ids::IdGen;

pub use rusqlite::OptionalExtension;

pub struct Store {
    conn: Connection,
    pub path: PathBuf,
    pub env_name: String,
}

/// An open write transaction plus what every repository needs: the command's `now`, the id
/// generator and the actor recorded in events.
pub struct Tx<'c> {
    pub sql: rusqlite::Transaction<'c>,
    pub now: Instant,
    pub env_name: String,
    pub actor: &'static str,
    pub ids: IdGen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The file must exist and be a stigg-cli database.
    Existing,
    /// Create and initialise when absent (env create, first use of the default environment).
    CreateIfMissing,
}

impl Store {
    pub fn open(path: &Path, env_name: &str, mode: OpenMode) -> Result<(Store, bool)> {
        let exists = path.exists();
        if !exists && mode == OpenMode::Existing {
            return Err(Error::not_found(
                "EnvironmentNotFound",
                format!(
                    "environment '{env_name}' does not exist ({})",
                    path.display()
                ),
            )
            .hint(format!("create it with `stigg-cli env create {env_name}`")));
        }
        if !exists && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::config(
                    "UnusableHome",
                    format!("cannot create directory {}: {e}", dir.display()),
                )
            })?;
        }
        if path.is_dir() {
            return Err(Error::config(
                "NotAStiggDatabase",
                format!("{} is a directory, not a database file", path.display()),
            ));
        }
        let flags = if exists {
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        };
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| open_error(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            env_name: env_name.to_string(),
        };
        let created = store.check_or_init(exists)?;
        Ok((store, created))
    }

    /// Verifies the file is ours and not from a newer binary; initialises a new file.
    fn check_or_init(&mut self, existed: bool) -> Result<bool> {
        let path = self.path.display().to_string();
        let app_id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|e| open_error(&self.path, e))?;
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| open_error(&self.path, e))?;
        let fresh = app_id == 0 && version == 0 && !existed;
        if !fresh && app_id != schema::APPLICATION_ID {
            return Err(Error::config(
                "NotAStiggDatabase",
                format!("{path} is not a stigg-cli database"),
            )
            .hint("point --db/--env at a file created by stigg-cli, or remove the file"));
        }
        if version > schema::current_version() {
            return Err(Error::config(
                "SchemaTooNew",
                format!(
                    "{path} has schema version {version}, newer than this binary supports ({}); upgrade stigg-cli",
                    schema::current_version()
                ),
            ));
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;")
            .map_err(|e| open_error(&self.path, e))?;
        if version < schema::current_version() {
            // WAL is a property of the file: set once, when it is created or migrated.
            self.conn
                .execute_batch("PRAGMA journal_mode=WAL;")
                .map_err(|e| open_error(&self.path, e))?;
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Re-read under the lock: another process may have migrated meanwhile.
            let v: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            for (i, m) in schema::MIGRATIONS.iter().enumerate().skip(v as usize) {
                tx.execute_batch(m)?;
                tx.pragma_update(None, "user_version", (i + 1) as i32)?;
            }
            tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
            tx.commit()?;
        }
        Ok(fresh)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction; commits on success, rolls back on error or
    /// when `dry_run` is set.
    pub fn write<T>(
        &mut self,
        now: Instant,
        ids_seed: Option<u64>,
        dry_run: bool,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let sql = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids = IdGen::new(ids_seed);
        let mut tx = Tx {
            sql,
            now,
            env_name: self.env_name.clone(),
            actor: "cli",
            ids,
        };
        let out = f(&mut tx)?;
        tx.ids.persist(&tx.sql)?;
        if dry_run {
            tx.sql.rollback()?;
        } else {
            tx.sql.commit()?;
        }
        Ok(out)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    let mut err = Error::from(e);
    if err.kind == ErrorKind::Internal || err.code == "NotAStiggDatabase" {
        err = Error::config(
            "NotAStiggDatabase",
            format!(
                "{} cannot be opened as a stigg-cli database: {}",
                path.display(),
                err.message
            ),
        );
    } else if err.kind == ErrorKind::IoErr {
        err = Error::config(
            "UnusableDatabasePath",
            format!("cannot open {}: {}", path.display(), err.message),
        );
    }
    err
}
