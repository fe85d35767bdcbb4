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
    /// Opened read-only (a read-only file, directory or mount): reads work, writes are refused.
    pub read_only: bool,
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

/// What a new environment's file starts with.
pub struct NewEnv<'a> {
    pub env_type: &'a str,
    pub created_at: Instant,
}

const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl Store {
    /// Opens an existing environment file (exit 3 when absent, 78 when not ours).
    pub fn open(path: &Path, env_name: &str) -> Result<Store> {
        if !path.exists() && !wait_for_creation(path) {
            return Err(Error::not_found(
                "EnvironmentNotFound",
                format!(
                    "environment '{env_name}' does not exist ({})",
                    path.display()
                ),
            )
            .hint(format!("create it with `stigg-cli env create {env_name}`")));
        }
        if path.is_dir() {
            return Err(Error::config(
                "NotAStiggDatabase",
                format!("{} is a directory, not a database file", path.display()),
            ));
        }
        let (conn, read_only) = connect(path)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            env_name: env_name.to_string(),
            read_only,
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
            let app_id = c.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            let version = c.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            Ok((app_id, version))
        };
        let (app_id, version) = probe(&self.conn).map_err(|e| open_error(&self.path, e))?;
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
        if version < schema::current_version() {
            if self.read_only {
                return Err(read_only_error(&self.path, "it needs a schema upgrade"));
            }
            migrate(&mut self.conn)?;
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
        let sql = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let now = resolve(&sql)?;
        let ids = IdGen::new(ids_seed);
        let processed_before = meta::get_instant(&sql, meta::PROCESSED_UNTIL)?;
        let mut tx = Tx {
            sql,
            now,
            processed_before,
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
            actor: "cli",
            ids: IdGen::new(ids_seed),
        };
        let out = f(&mut tx)?;
        tx.sql.rollback()?;
        Ok(out)
    }
}

fn read_only_error(path: &Path, why: &str) -> Error {
    Error::config(
        "DatabaseReadOnly",
        format!(
            "the environment is read-only ({}): {why}; reads still work",
            path.display()
        ),
    )
    .hint("make the file and its directory writable, or run read-only commands")
}

/// Opens a connection, read-write when possible. A file, directory or mount that refuses writes
/// is opened read-only instead (and, when even SQLite's shared-memory file cannot be created
/// beside it, as immutable), so reads keep working.
fn connect(path: &Path) -> Result<(Connection, bool)> {
    let rw = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let first = Connection::open_with_flags(path, rw).and_then(|c| {
        c.busy_timeout(BUSY_TIMEOUT)?;
        c.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0))?;
        Ok(c)
    });
    let err = match first {
        Ok(c) if !c.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) => return Ok((c, false)),
        Ok(c) => return Ok((c, true)),
        Err(e) => e,
    };
    let read_only_cause = matches!(
        err.sqlite_error_code(),
        Some(
            rusqlite::ErrorCode::ReadOnly
                | rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::PermissionDenied
        )
    );
    if !read_only_cause {
        return Err(open_error(path, err));
    }
    let ro = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    for suffix in ["mode=ro", "immutable=1"] {
        let uri = format!("{}?{suffix}", file_uri(path));
        let attempt = Connection::open_with_flags(&uri, ro).and_then(|c| {
            c.busy_timeout(BUSY_TIMEOUT)?;
            c.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0))?;
            Ok(c)
        });
        if let Ok(c) = attempt {
            return Ok((c, true));
        }
    }
    Err(open_error(path, err))
}

/// `file:` URI of a path, with the characters URIs reserve escaped.
fn file_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file:");
    for b in abs.to_string_lossy().bytes() {
        match b {
            b'?' | b'#' | b'%' => out.push_str(&format!("%{b:02X}")),
            _ => out.push(b as char),
        }
    }
    out
}

/// Applies pending migrations under the write lock (re-reading the version once it is held).
fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let v: i32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, m) in schema::MIGRATIONS
        .iter()
        .enumerate()
        .skip(v.max(0) as usize)
    {
        tx.execute_batch(m)?;
        tx.pragma_update(None, "user_version", (i + 1) as i32)?;
    }
    tx.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
    tx.commit()?;
    Ok(())
}

/// Databases hold the signing secret: owner-only. Files made by older versions are tightened
/// when opened (best effort; a file we may not chmod is left as it is).
#[cfg(unix)]
fn tighten_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(m) = std::fs::metadata(path)
        && m.permissions().mode() & 0o077 != 0
    {
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
}

#[cfg(not(unix))]
fn tighten_permissions(_: &Path) {}

/// Creates the directory holding environments, owner-only (0700) where it is created.
pub fn create_home(dir: &Path) -> Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(|e| {
        Error::config(
            "UnusableHome",
            format!("cannot create directory {}: {e}", dir.display()),
        )
    })
}

/// A process is creating `path` right now when a fresh `.NAME.*.creating` file sits beside it.
/// Then wait (up to the busy timeout) for the finished file instead of reporting it missing.
fn wait_for_creation(path: &Path) -> bool {
    let started = std::time::Instant::now();
    while creation_in_progress(path) && started.elapsed() < BUSY_TIMEOUT {
        std::thread::sleep(Duration::from_millis(5));
        if path.exists() {
            return true;
        }
    }
    path.exists()
}

fn creation_in_progress(path: &Path) -> bool {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return false;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(|e| e.ok()).any(|e| {
        let n = e.file_name().to_string_lossy().into_owned();
        n.starts_with(&prefix)
            && n.ends_with(".creating")
            && e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age < BUSY_TIMEOUT * 2)
    })
}

/// Builds a complete database under a temporary name, then links it into place. Returns false
/// when another process created the file first (its file is kept, ours discarded).
fn create_atomically(path: &Path, init: &NewEnv<'_>) -> Result<bool> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_home(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "env".into());
    let tmp = dir.join(format!(
        ".{name}.{}-{:x}.creating",
        std::process::id(),
        crate::ids::os_random()
    ));
    let cleanup = |p: &Path| {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut q = p.as_os_str().to_owned();
            q.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(q));
        }
    };
    let result =
        build_new_database(&tmp, init).and_then(|()| match std::fs::hard_link(&tmp, path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(Error::config(
                "UnusableDatabasePath",
                format!("cannot create {}: {e}", path.display()),
            )),
        });
    cleanup(&tmp);
    result
}

fn build_new_database(tmp: &Path, init: &NewEnv<'_>) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(tmp).map_err(|e| {
        Error::config(
            "UnusableDatabasePath",
            format!("cannot create {}: {e}", tmp.display()),
        )
    })?;
    let mut conn = Connection::open_with_flags(
        tmp,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| open_error(tmp, e))?;
    // Built with a rollback journal (nothing is left in a side file if the disk fills up), then
    // switched to WAL — a property of the file, set once before anyone else can see it.
    conn.execute_batch(
        "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
    )?;
    migrate(&mut conn)?;
    let secret = crate::ids::secret_hex(32);
    let tx = conn.transaction()?;
    meta::set(&tx, meta::ENV_TYPE, init.env_type)?;
    meta::set_instant(&tx, meta::CREATED_AT, &init.created_at)?;
    meta::set(&tx, meta::SIGNING_SECRET, &secret)?;
    tx.commit()?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    conn.close().map_err(|(_, e)| Error::from(e))?;
    let mut wal = tmp.as_os_str().to_owned();
    wal.push("-wal");
    let leftover = std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0);
    if !mode.eq_ignore_ascii_case("wal") || check != "ok" || leftover {
        return Err(Error::new(
            ErrorKind::IoErr,
            "IoError",
            format!(
                "could not finish creating {} (journal {mode}, check {check}); nothing was created",
                tmp.display()
            ),
        ));
    }
    Ok(())
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
