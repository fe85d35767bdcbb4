//! Opening and creating environment files: read-write or read-only connections, atomic
//! creation under concurrent first use, owner-only permissions, migrations.

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{BUSY_TIMEOUT, NewEnv, meta, schema};
use crate::error::{Error, ErrorKind, Result};

pub(super) fn read_only_error(path: &Path, why: &str) -> Error {
    Error::config(
        "DatabaseReadOnly",
        format!(
            "the environment is read-only ({}): {why}; reads still work",
            path.display()
        ),
    )
    .hint("make the file and its directory writable, or run read-only commands")
}

/// A read-only file whose schema this release reads only once upgraded (which it cannot be):
/// nothing is read.
pub(super) fn read_only_too_old(path: &Path, version: i32) -> Error {
    Error::config(
        "DatabaseReadOnly",
        format!(
            "the environment is read-only ({}) and has schema version {version}, which this release reads only once upgraded; a read-only file cannot be upgraded, so nothing was read",
            path.display()
        ),
    )
    .hint("make the file and its directory writable and run any command once (it upgrades the file), or read it with the release that wrote it")
}

/// Waits while another process holds the lock, up to [`BUSY_TIMEOUT`] (then SQLITE_BUSY: exit
/// 75), trying again every 1–4 ms. SQLite's own handler backs off to a try every 100 ms: with
/// several writers, a waiter kept missing the moments the lock was free while others took it,
/// and could wait out the whole timeout behind commands that each held the lock a fraction of
/// a second. (The delay varies by process and attempt, so waiters do not retry in step.)
fn busy_wait(attempt: i32) -> bool {
    thread_local! {
        static SINCE: std::cell::Cell<Option<std::time::Instant>> =
            const { std::cell::Cell::new(None) };
    }
    let now = std::time::Instant::now();
    let since = SINCE.with(|s| {
        if attempt == 0 || s.get().is_none() {
            s.set(Some(now));
        }
        s.get().unwrap_or(now)
    });
    if now.duration_since(since) >= BUSY_TIMEOUT {
        return false;
    }
    let spread = (u64::from(std::process::id()) * 7919 + attempt as u64 * 104_729) % 3000;
    std::thread::sleep(std::time::Duration::from_micros(1000 + spread));
    true
}

/// Opens a connection, read-write when possible. A file, directory or mount that refuses writes
/// is opened read-only instead (and, when even SQLite's shared-memory file cannot be created
/// beside it, as immutable), so reads keep working.
pub(super) fn connect(path: &Path) -> Result<(Connection, bool)> {
    // A file whose mode grants no write is read-only whoever runs the command (root may write
    // through the mode bits: it would, and the owner's "read-only" would mean nothing).
    // So is a file in a directory whose mode grants no write (SQLite makes its `-wal` and
    // `-shm` files there; root would make them anyway).
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let marked = std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
        || std::fs::metadata(dir).is_ok_and(|m| m.permissions().readonly());
    let err = if marked {
        None
    } else {
        let rw = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let first = Connection::open_with_flags(path, rw).and_then(|mut c| {
            c.busy_handler(Some(busy_wait))?;
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
        Some(err)
    };
    let ro = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    for suffix in ["mode=ro", "immutable=1"] {
        // Immutable, SQLite reads the main file alone: commits still in a write-ahead log left
        // beside it (a process killed while another held a read) would be missing from every
        // answer, silently. Refused instead, saying how to fold the log in.
        if suffix == "immutable=1" && has_wal(path) {
            return Err(Error::new(
                ErrorKind::Config,
                "DatabaseReadOnly",
                format!(
                    "{} is read-only and has a write-ahead log ({}-wal) holding commits not yet in the file, which cannot be read without a shared-memory file beside it",
                    path.display(),
                    path.display()
                ),
            )
            .hint("run any command once where the file and its directory are writable (it folds the log into the file), or copy the -wal and -shm files along with it"));
        }
        let uri = format!("{}?{suffix}", file_uri(path));
        let attempt = Connection::open_with_flags(&uri, ro).and_then(|mut c| {
            c.busy_handler(Some(busy_wait))?;
            c.query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0))?;
            Ok(c)
        });
        match attempt {
            Ok(c) => return Ok((c, true)),
            Err(e) if err.is_none() && suffix == "immutable=1" => {
                return Err(open_error(path, e));
            }
            Err(_) => {}
        }
    }
    match err {
        Some(e) => Err(open_error(path, e)),
        None => Err(Error::config(
            "UnusableDatabasePath",
            format!("cannot open {} read-only", path.display()),
        )),
    }
}

/// The file's device and inode, once it has one name only. SQLite keeps a write-ahead log
/// (and its lock) per name: writers through two hard links of one file overwrite each other's
/// pages. The temporary name a creation linked its finished file from (`.NAME.*.creating`,
/// about to be removed, or left by a creation killed then) is dropped here.
#[cfg(unix)]
pub(super) fn single_link(path: &Path) -> Result<Option<(u64, u64)>> {
    use std::os::unix::fs::MetadataExt;
    let Ok(m) = std::fs::metadata(path) else {
        return Ok(None);
    };
    if m.nlink() > 1 {
        for tmp in creations_of(path) {
            if std::fs::metadata(&tmp).is_ok_and(|t| (t.dev(), t.ino()) == (m.dev(), m.ino())) {
                let _ = std::fs::remove_file(&tmp);
            }
        }
    }
    let m = std::fs::metadata(path).unwrap_or(m);
    if m.nlink() > 1 {
        return Err(Error::config(
            "UnusableDatabasePath",
            format!(
                "{} has {} hard links: SQLite keeps a write-ahead log per name, so writes through two names of one file corrupt it",
                path.display(),
                m.nlink()
            ),
        )
        .hint("remove the other names (`find / -samefile FILE`), or copy the file instead of linking it; the file was left untouched"));
    }
    Ok(Some((m.dev(), m.ino())))
}

#[cfg(not(unix))]
pub(super) fn single_link(_: &Path) -> Result<Option<(u64, u64)>> {
    Ok(None)
}

/// Once the write lock is held: the path still names the file opened (not deleted, or replaced,
/// while this command waited for the lock — its writes would go to a file no one reads).
#[cfg(unix)]
pub(super) fn still_in_place(path: &Path, file: Option<(u64, u64)>, env: &str) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Some(file) = file else { return Ok(()) };
    match std::fs::metadata(path) {
        Ok(m) if (m.dev(), m.ino()) == file => Ok(()),
        _ => Err(Error::not_found(
            "EnvironmentNotFound",
            format!(
                "environment '{env}' was deleted or replaced while this command waited for it ({}); nothing was written",
                path.display()
            ),
        )),
    }
}

#[cfg(not(unix))]
pub(super) fn still_in_place(_: &Path, _: Option<(u64, u64)>, _: &str) -> Result<()> {
    Ok(())
}

/// The `.NAME.*.creating` files beside `path`.
fn creations_of(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return vec![];
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = creating_prefix(&name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(&prefix) && n.ends_with(".creating")
        })
        .map(|e| e.path())
        .collect()
}

/// Whether a non-empty write-ahead log lies beside the database.
fn has_wal(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).is_ok_and(|m| m.len() > 0)
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
pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
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
/// Only group and other bits are removed: a file its owner made read-only stays read-only. The
/// WAL and shared-memory files beside it are tightened alike.
#[cfg(unix)]
pub(super) fn tighten_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for p in with_sidecars(path) {
        if let Ok(m) = std::fs::metadata(&p) {
            let mode = m.permissions().mode() & 0o7777;
            if mode & 0o077 != 0 {
                let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode & 0o700));
            }
        }
    }
}

#[cfg(not(unix))]
pub(super) fn tighten_permissions(_: &Path) {}

/// The database file and its `-wal` and `-shm` files.
fn with_sidecars(path: &Path) -> [PathBuf; 3] {
    let side = |ext: &str| {
        let mut s = path.as_os_str().to_owned();
        s.push(ext);
        PathBuf::from(s)
    };
    [path.to_path_buf(), side("-wal"), side("-shm")]
}

/// SQLite makes the `-wal` and `-shm` files with the database file's permissions: a read of a
/// file its owner had made read-only leaves them read-only, and once the database is writable
/// again every write would fail on them. When the database is writable by its owner, its
/// sidecars (ours) get the owner's write bit back, before SQLite opens them.
#[cfg(unix)]
pub(super) fn repair_sidecars(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(db) = std::fs::metadata(path) else {
        return;
    };
    if db.permissions().mode() & 0o200 == 0 {
        return;
    }
    for p in with_sidecars(path).into_iter().skip(1) {
        if let Ok(m) = std::fs::metadata(&p) {
            let mode = m.permissions().mode() & 0o7777;
            if mode & 0o200 == 0 {
                let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode | 0o600));
            }
        }
    }
}

#[cfg(not(unix))]
pub(super) fn repair_sidecars(_: &Path) {}

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
        // The path, or a directory on it, is a file: said as such ("File exists" reads as if
        // the directory were there).
        let blocked = dir
            .ancestors()
            .find(|a| std::fs::metadata(a).is_ok_and(|m| !m.is_dir()));
        match blocked {
            Some(f) => Error::config(
                "UnusableHome",
                format!(
                    "cannot use {} as a directory: {} is a file",
                    dir.display(),
                    f.display()
                ),
            ),
            None => Error::config(
                "UnusableHome",
                format!("cannot create directory {}: {e}", dir.display()),
            ),
        }
    })
}

/// The start of the temporary name a database named `name` is built under: `.NAME.`, the name
/// cut to 150 bytes so that the whole temporary name (process id, random, `.creating`) and its
/// `-journal` stay within a file name's 255 bytes however long the database's own name is.
fn creating_prefix(name: &str) -> String {
    let mut end = name.len().min(150);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!(".{}.", &name[..end])
}

/// A process is creating `path` right now when a fresh `.NAME.*.creating` file sits beside it.
/// Then wait (up to the busy timeout) for the finished file instead of reporting it missing.
pub(super) fn wait_for_creation(path: &Path) -> bool {
    let started = std::time::Instant::now();
    while creation_in_progress(path) && started.elapsed() < BUSY_TIMEOUT {
        std::thread::sleep(Duration::from_millis(5));
        if path.exists() {
            return true;
        }
    }
    path.exists()
}

/// Removes what creations of `name` killed midway left (`.NAME.*.creating` and its journal),
/// once old enough that no process can still be building it.
fn remove_stale_creations(dir: &Path, name: &str) {
    let prefix = creating_prefix(name);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(|e| e.ok()) {
        let n = e.file_name().to_string_lossy().into_owned();
        let stale = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= BUSY_TIMEOUT * 2);
        if n.starts_with(&prefix)
            && (n.ends_with(".creating") || n.ends_with(".creating-journal"))
            && stale
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

fn creation_in_progress(path: &Path) -> bool {
    creations_of(path).iter().any(|p| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age < BUSY_TIMEOUT * 2)
    })
}

/// Builds a complete database under a temporary name, then links it into place. Returns false
/// when another process created the file first (its file is kept, ours discarded).
pub(super) fn create_atomically(path: &Path, init: &NewEnv<'_>) -> Result<bool> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_home(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "env".into());
    remove_stale_creations(dir, &name);
    let tmp = dir.join(format!(
        "{}{}-{:x}.creating",
        creating_prefix(&name),
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

pub(super) fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    // A path that cannot be opened is configuration (78); a read or write that fails on the
    // way (disk full, a file-size limit, a failing disk) is I/O (74).
    let cannot_open = e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen);
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
    } else if cannot_open {
        err = Error::config(
            "UnusableDatabasePath",
            format!("cannot open {}: {}", path.display(), err.message),
        );
    } else if err.kind == ErrorKind::IoErr {
        err.message = format!("cannot open {}: {}", path.display(), err.message);
    }
    err
}
