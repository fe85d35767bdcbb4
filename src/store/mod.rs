//! The only code that speaks SQL. One SQLite file per environment; every command runs in one
//! `BEGIN IMMEDIATE` transaction through [`Store::write`].

pub mod catalog;
pub mod credits;
pub mod customers;
pub mod events;
pub mod ledger_runs;
pub mod meta;
mod open;
pub mod schema;
pub mod subscriptions;
pub mod usage;

use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::clock::Instant;
use crate::error::{Error, Result};
use crate::ids::IdGen;
pub use open::create_home;
use open::{
    connect, create_atomically, migrate, open_error, read_only_error, read_only_too_old,
    repair_sidecars, single_link, still_in_place, tighten_permissions, wait_for_creation,
};

pub use rusqlite::OptionalExtension;

pub struct Store {
    conn: Connection,
    pub path: PathBuf,
    pub env_name: String,
    /// Opened read-only (a read-only file, directory or mount): reads work, writes are refused.
    pub read_only: bool,
    /// The file opened (device and inode): a writer that waited for the lock checks the path
    /// still names it (`env delete` may have removed it meanwhile).
    file: Option<(u64, u64)>,
}

/// Whether this process committed a command's write: an error after it (printing the answer
/// to a full disk, say) must not read as "nothing happened" — a retry would do it twice.
static COMMITTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn committed() -> bool {
    COMMITTED.load(std::sync::atomic::Ordering::Relaxed)
}

pub(crate) fn mark_committed() {
    COMMITTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

impl Drop for Store {
    fn drop(&mut self) {
        // A database read as damaged (or not ours) is closed as it is: closing would fold its
        // write-ahead log into the file (a log left from another database — a restore, a stray copy —
        // overwrites its pages, or cuts the file to the other's size).
        if crate::error::file_kept_as_is() {
            let _ = self.conn.set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                true,
            );
        }
    }
}

/// A customer's (and resource's) entitlements changed at `at` by `actor`: an
/// `entitlements.updated` to write (see `Tx::entitlements_pending`).
#[derive(Debug, Clone)]
pub struct NotedSet {
    pub customer: String,
    pub resource: Option<String>,
    pub at: Instant,
    pub actor: crate::events::EventActor,
}

impl NotedSet {
    pub fn is(&self, customer: &str, resource: Option<&str>) -> bool {
        self.customer == customer && self.resource.as_deref() == resource
    }
}

/// An open write transaction plus what every repository needs: the command's `now`, the id
/// generator and the actor recorded in events.
pub struct Tx<'c> {
    pub sql: rusqlite::Transaction<'c>,
    pub now: Instant,
    /// The processed-time mark as it was when the command began (before its catch-up): an
    /// instant earlier than this is history the command may not rewrite.
    pub processed_before: Option<Instant>,
    pub env_name: String,
    pub actor: crate::events::EventActor,
    pub ids: IdGen,
    /// Customers whose entitlements over time changed in this command (a subscription written
    /// with other dates, plan or purchases; a promotion), or whose imported usage falls in a
    /// window a later change arranges: their usage windows are rebuilt before the command
    /// ends (`ops::usage::refold_marked`).
    /// With, per customer, the actor of the first change that asked (a signal the rebuild
    /// gives is theirs) and the instant of the catch-up step that asked last (None: the
    /// command itself did, at its `now`).
    pub refold: std::cell::RefCell<
        std::collections::BTreeMap<String, (crate::events::EventActor, Option<Instant>)>,
    >,
    /// Customers marked to be recounted even without a window (unarchived: their records count
    /// again, and their windows were cleared).
    pub refold_always: std::cell::RefCell<std::collections::BTreeSet<String>>,
    /// Customers this command found to have no resource (a first subscription's look-up tells
    /// it): the `entitlements.updated` of a customer-level change has no resources' sets to
    /// write for them, and is written without asking. The one writer of resources
    /// (`customers::ensure_resource`) takes a customer out; a use takes it out too (at most a
    /// row's customers are held).
    pub resourceless: std::cell::RefCell<std::collections::HashSet<String>>,
    /// Pricing worked out by subscription changes (see `domain::pricing::Quoting`).
    pub quoting: crate::domain::pricing::Quoting,
    /// The instant of the transition the catch-up step is processing, while it does: the
    /// events written meanwhile happened then, not at the command's `now`.
    pub step_at: Option<Instant>,
    /// Events waiting to be stored as one batch (an import's per-row events), and the next
    /// event's seq: see `store::events`.
    pub events: events::Pending,
    /// The `updatedAt` an import row gives what it writes (the source's, kept), so that the
    /// events written meanwhile show the record as it is stored; else the command's `now`.
    pub stamp: Option<Instant>,
    /// The earliest time-driven step written since [`Tx::take_due`] last asked (a subscription's
    /// next transition, a grant's effect or expiry, a credit renewal, a promotion's end): an
    /// import runs the catch-up step after a row only when the row made something due by now.
    pub due_written: std::cell::Cell<Option<Instant>>,
    /// Customers (and resources) whose effective entitlements changed at an instant, with the
    /// actor: their `entitlements.updated` is written once the instant's changes are all made
    /// (a plan change ends one subscription and starts another: one event, not an empty set
    /// between), and not when the set is the one last written (see
    /// `ops::subscriptions::flush_entitlements`).
    pub entitlements_pending: Vec<NotedSet>,
    /// The entitlements last written per customer and resource by this command (as JSON), the
    /// latest instant written for, and whether one was written after it for an earlier
    /// instant (see `ops::subscriptions::settle_entitlements`).
    pub entitlements_written:
        std::collections::HashMap<(String, Option<String>), (String, Instant, bool)>,
}

impl Tx<'_> {
    /// The `updatedAt` of a record written now: the import row's (see `stamp`), else the
    /// instant of the catch-up step writing it (see `step_at`), else `now`.
    pub fn updated_stamp(&self) -> Instant {
        self.stamp.or(self.step_at).unwrap_or(self.now)
    }

    /// When an event written now happened: the catch-up step's transition instant while one is
    /// processed, else the command's `now`.
    pub fn event_time(&self) -> Instant {
        self.step_at.unwrap_or(self.now)
    }

    /// Notes a time-driven step written (see `due_written`).
    pub fn note_due(&self, at: Option<Instant>) {
        if let Some(at) = at
            && self.due_written.get().is_none_or(|d| at < d)
        {
            self.due_written.set(Some(at));
        }
    }

    /// The earliest step noted since the last call, and forgets it.
    pub fn take_due(&self) -> Option<Instant> {
        self.due_written.take()
    }

    /// [`Tx::mark_refold`], the customer recounted even when it has no window.
    pub fn mark_refold_always(&self, customer: &str) {
        self.mark_refold(customer);
        self.refold_always.borrow_mut().insert(customer.to_string());
    }

    pub fn mark_refold(&self, customer: &str) {
        let mut set = self.refold.borrow_mut();
        let at = self.step_at;
        match set.get_mut(customer) {
            // (The command's own change is the latest: its `now` is after every step.)
            Some((_, when)) => {
                *when = match (*when, at) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                }
            }
            None => {
                set.insert(customer.to_string(), (self.actor, at));
            }
        }
    }
}

/// What a look-up by an id a user gave answers when it finds nothing: an id no record can have
/// (not an id at all — blank, with a space, 256 characters long) is a bad value (exit 2, saying
/// what is wrong with it), as it is where records are made; a well-formed one is not found
/// (`not_found`, exit 3).
pub fn missing(noun: &str, id: &str, not_found: Error) -> Error {
    match valid_id(noun, id) {
        Ok(()) => not_found,
        Err(e) => e,
    }
}

/// An id a user gave for a `noun` (customer, resource, feature …): refused as a bad value (exit
/// 2) when no record can have it.
pub fn valid_id(noun: &str, id: &str) -> Result<()> {
    crate::domain::slug::check_slug(id).map_err(|m| Error::usage(format!("invalid {noun} id: {m}")))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The file must exist and be a stigg-cli database.
    Existing,
    /// Create and initialise when absent (env create, first use of the default environment).
    CreateIfMissing,
}

/// What a new environment's file starts with.
pub struct NewEnv<'a> {
    pub env_type: &'a str,
    pub created_at: Instant,
}

pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl Store {
    /// Opens an existing environment file (exit 3 when absent, 78 when not ours).
    pub fn open(path: &Path, env_name: &str) -> Result<Store> {
        // What the path is, read once (a link followed): absent, a directory, something that
        // is not a regular file, or a file.
        let mut found = std::fs::metadata(path);
        if let Err(e) = &found
            && e.kind() == std::io::ErrorKind::NotADirectory
        {
            // `x.db/`, or a path through a file: no environment could be there.
            return Err(Error::config(
                "UnusableDatabasePath",
                format!(
                    "{} goes through a file as if it were a directory{}",
                    path.display(),
                    if path.as_os_str().to_string_lossy().ends_with('/') {
                        " (drop the trailing /)"
                    } else {
                        ""
                    }
                ),
            ));
        }
        if found.is_err() {
            // A link to nothing is no environment that does not exist yet: `env create` could
            // not make one there either.
            if path
                .symlink_metadata()
                .is_ok_and(|m| m.file_type().is_symlink())
            {
                return Err(Error::config(
                    "UnusableDatabasePath",
                    format!(
                        "{} is a symbolic link to a file that does not exist",
                        path.display()
                    ),
                )
                .hint("remove the link, or point it at an environment's database"));
            }
            if !wait_for_creation(path) {
                return Err(Error::not_found(
                    "EnvironmentNotFound",
                    format!(
                        "environment '{env_name}' does not exist ({})",
                        path.display()
                    ),
                )
                .hint(format!("create it with `stigg-cli env create {env_name}`")));
            }
            found = std::fs::metadata(path);
        }
        if let Ok(m) = &found {
            let t = m.file_type();
            if t.is_dir() {
                return Err(Error::config(
                    "NotAStiggDatabase",
                    format!("{} is a directory, not a database file", path.display()),
                ));
            }
            // A pipe, socket or device is no database file (SQLite reads it as a disk error).
            if !t.is_file() {
                return Err(Error::config(
                    "NotAStiggDatabase",
                    format!(
                        "{} is not a regular file (a pipe, socket or device): not a database",
                        path.display()
                    ),
                ));
            }
        }
        let file = single_link(path)?;
        repair_sidecars(path);
        let (conn, read_only) = connect(path).map_err(|e| {
            // Deleted between the look and the open (`env delete` racing this command).
            if path.exists() {
                e
            } else {
                Error::not_found(
                    "EnvironmentNotFound",
                    format!(
                        "environment '{env_name}' was deleted as this command opened it ({})",
                        path.display()
                    ),
                )
            }
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            env_name: env_name.to_string(),
            read_only,
            file,
        };
        store.check_and_migrate()?;
        tighten_permissions(path);
        Ok(store)
    }

    /// Opens the file, creating it first when absent. Creation is atomic: the database is built
    /// complete (schema, type, signing secret) under a temporary name and hard-linked into place,
    /// so a concurrent process sees either no file or a finished one, and of two concurrent
    /// creators exactly one wins. Returns whether this call created it.
    pub fn open_or_create(path: &Path, env_name: &str, init: &NewEnv<'_>) -> Result<(Store, bool)> {
        let created = if path.exists() {
            false
        } else {
            create_atomically(path, init)?
        };
        Ok((Store::open(path, env_name)?, created))
    }

    /// Verifies the file is ours and not from a newer binary; applies pending migrations.
    fn check_and_migrate(&mut self) -> Result<()> {
        let path = self.path.display().to_string();
        let probe = |c: &Connection| -> rusqlite::Result<(i32, i32)> {
            let app_id = c
                .prepare_cached("PRAGMA application_id")?
                .query_row([], |r| r.get(0))?;
            let version = c
                .prepare_cached("PRAGMA user_version")?
                .query_row([], |r| r.get(0))?;
            Ok((app_id, version))
        };
        let (app_id, version) = probe(&self.conn).map_err(|e| open_error(&self.path, e))?;
        if app_id != schema::APPLICATION_ID || version > schema::current_version() {
            crate::error::keep_file_as_is();
        }
        if app_id != schema::APPLICATION_ID {
            return Err(Error::config(
                "NotAStiggDatabase",
                format!("{path} is not a stigg-cli database"),
            )
            .hint(
                "point --db/--env at a file created by stigg-cli; this file was left untouched",
            ));
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
        // Every statement is prepared once per process and reused (a bulk import runs the same
        // few dozen per row): the cache holds them all.
        self.conn.set_prepared_statement_cache_capacity(256);
        // Query-planner stability: a statement's plan never depends on the values bound to it.
        // Without it, SQLite (built with STAT4) marks statements whose parameters meet an
        // index for re-preparation on every re-bind, and a bulk import spent a third of its
        // time re-parsing SQL.
        self.conn
            .set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
                true,
            )
            .map_err(|e| open_error(&self.path, e))?;
        if version < schema::current_version() {
            // Our mark is set only once the first migrations ran: ours at version 0 is damage.
            if version <= 0 {
                return Err(Error::damaged(format!(
                    "{path} carries the stigg-cli mark but no schema version ({version})"
                )));
            }
            if self.read_only {
                // A read-only file cannot be upgraded: read as it is when its tables mean what
                // reads expect (writes are refused anyway), else say why nothing can be read.
                if version >= schema::READS_FROM {
                    return Ok(());
                }
                return Err(read_only_too_old(&self.path, version));
            }
            migrate(&mut self.conn).map_err(|e| match e.kind {
                crate::error::ErrorKind::Busy | crate::error::ErrorKind::IoErr => e,
                _ => Error::damaged(format!(
                    "{path} says schema version {version}, but its tables do not match ({})",
                    // (SQLite quotes the whole statement that failed: its first line says why.)
                    e.message
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .trim_end()
                        .trim_end_matches(" in")
                )),
            })?;
        }
        Ok(())
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
        self.write_with(|_| Ok(now), ids_seed, dry_run, f)
    }

    /// Like [`Store::write`], but `now` is decided once the write lock is held (`resolve` reads
    /// the clock then), so a process that waited for the lock never stamps an earlier instant
    /// than the one that committed before it.
    pub fn write_with<T>(
        &mut self,
        resolve: impl FnOnce(&Connection) -> Result<Instant>,
        ids_seed: Option<u64>,
        dry_run: bool,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        if self.read_only {
            return Err(read_only_error(&self.path, "this command writes"));
        }
        let sql = match self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
        {
            Ok(sql) => sql,
            // The files went away while this command waited (`env delete`): said as such, not
            // as the disk error SQLite meets.
            Err(e) => {
                still_in_place(&self.path, self.file, &self.env_name)?;
                return Err(e.into());
            }
        };
        still_in_place(&self.path, self.file, &self.env_name)?;
        let now = resolve(&sql)?;
        let ids = IdGen::new(ids_seed);
        let processed_before = meta::get_instant(&sql, meta::PROCESSED_UNTIL)?;
        let mut tx = Tx {
            sql,
            now,
            processed_before,
            env_name: self.env_name.clone(),
            actor: crate::events::EventActor::User,
            ids,
            refold: Default::default(),
            refold_always: Default::default(),
            resourceless: Default::default(),
            due_written: Default::default(),
            quoting: Default::default(),
            step_at: None,
            events: Default::default(),
            stamp: None,
            entitlements_pending: Vec::new(),
            entitlements_written: Default::default(),
        };
        let out = f(&mut tx)?;
        if !tx.entitlements_pending.is_empty() {
            return Err(Error::internal(
                "an entitlements.updated event was noted and never written",
            ));
        }
        events::flush(&mut tx)?;
        tx.ids.persist(&tx.sql)?;
        if dry_run {
            tx.sql.rollback()?;
        } else {
            tx.sql.commit()?;
        }
        Ok(out)
    }

    /// Runs `f` holding the write lock, nothing written: `env delete` removes the files then, so
    /// no writer is midway (and one waiting finds them gone: see `write_with`). A read-only
    /// file takes no writer anyway.
    pub fn under_write_lock<T>(&mut self, f: impl FnOnce(&Path) -> Result<T>) -> Result<T> {
        if self.read_only {
            return f(&self.path);
        }
        // (Closed without a checkpoint: the files are gone, and a new environment may be
        // created under the name before this process ends.)
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        still_in_place(&self.path, self.file, &self.env_name)?;
        let out = f(&self.path);
        drop(tx);
        out
    }

    /// Runs `f` in one read transaction: everything it reads is one snapshot (a CSV export's
    /// two passes, a balance and its grants), whatever commits meanwhile.
    pub fn snapshot<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        f(&tx)
        // (Dropped: a transaction that read only ends the same rolled back.)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Evaluates `f` in a transaction that is always rolled back (what-if reads). On a
    /// read-only store this is a plain read transaction: `f` must not need to write.
    pub fn rolled_back<T>(
        &mut self,
        now: Instant,
        ids_seed: Option<u64>,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let sql = self.conn.transaction_with_behavior(if self.read_only {
            TransactionBehavior::Deferred
        } else {
            TransactionBehavior::Immediate
        })?;
        let processed_before = meta::get_instant(&sql, meta::PROCESSED_UNTIL)?;
        let mut tx = Tx {
            sql,
            now,
            processed_before,
            env_name: self.env_name.clone(),
            actor: crate::events::EventActor::User,
            ids: IdGen::new(ids_seed),
            refold: Default::default(),
            refold_always: Default::default(),
            resourceless: Default::default(),
            due_written: Default::default(),
            quoting: Default::default(),
            step_at: None,
            events: Default::default(),
            stamp: None,
            entitlements_pending: Vec::new(),
            entitlements_written: Default::default(),
        };
        let out = f(&mut tx)?;
        tx.sql.rollback()?;
        Ok(out)
    }
}

/// Everything a one-at-a-time reader (`each`-style: it calls its visitor per record) visits,
/// held in a list — for the callers that need them all at once.
pub fn held<T>(each: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    each(&mut |x| {
        out.push(x);
        Ok(())
    })?;
    Ok(out)
}

/// A record's stored JSON body: its fields without those that are null, empty (`[]`, `{}`) or
/// false, which read back as their defaults. (Bodies written by earlier releases carry them;
/// both read the same.)
pub fn lean_body(v: &impl serde::Serialize) -> Result<String> {
    let mut v = serde_json::to_value(v)?;
    if let serde_json::Value::Object(m) = &mut v {
        m.retain(|_, f| crate::events::carries(f));
    }
    Ok(serde_json::to_string(&v)?)
}

#[cfg(test)]
mod snapshot_tests {
    use super::*;

    /// What a read sees is one snapshot: a commit from another connection between its two
    /// queries is not seen by the second.
    #[test]
    fn a_read_is_one_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.db");
        let init = NewEnv {
            env_type: "DEVELOPMENT",
            created_at: crate::clock::parse_instant("2026-01-01T00:00:00Z").unwrap(),
        };
        let (store, _) = Store::open_or_create(&path, "e", &init).unwrap();
        let count = |c: &Connection| -> Result<i64> {
            Ok(c.query_row("SELECT COUNT(*) FROM meta", [], |r| r.get(0))?)
        };
        let (first, second) = store
            .snapshot(|c| {
                let first = count(c)?;
                let other = Connection::open(&path).unwrap();
                other
                    .execute("INSERT INTO meta(key, value) VALUES ('probe', '1')", [])
                    .unwrap();
                Ok((first, count(c)?))
            })
            .unwrap();
        assert_eq!(first, second);
        assert_eq!(count(store.conn()).unwrap(), first + 1);
    }
}
