//! Environment metadata: type, frozen clock, processed-time high-water mark, signing secret.

use rusqlite::{Connection, OptionalExtension, params};

use crate::clock::{self, Instant};
use crate::error::{Error, Result};

pub const ENV_TYPE: &str = "env_type";
/// Set on the environment `quickstart` makes anew each run (its scratch environment): one
/// without it is never replaced.
pub const QUICKSTART_SCRATCH: &str = "quickstart_scratch";
pub const CREATED_AT: &str = "created_at";
pub const FROZEN_AT: &str = "clock_frozen_at";
pub const PROCESSED_UNTIL: &str = "processed_until";
pub const SIGNING_SECRET: &str = "signing_secret";
/// Set by a migration that changed how usage windows are arranged: every window is rebuilt
/// from the records by the next command that may write (`ops::usage::rebuild_if_pending`).
pub const USAGE_REBUILD: &str = "usage_rebuild";
/// Set once raw events were stored that count nowhere yet (their customer or resource did not
/// exist): a command that gives a customer entitlements then looks for theirs.
pub const ORPHAN_EVENTS: &str = "orphan_events";
/// The share of the granted amount in force below which `credit.balance.low` is logged, in
/// percent (default 20).
pub const CREDIT_LOW_PERCENT: &str = "credit_low_balance_percent";

/// Whether the database at `path` is a scratch environment `quickstart` may make anew: marked
/// [`QUICKSTART_SCRATCH`], or (made before the mark) a SANDBOX holding no customer but
/// `customer`. A file that cannot be read so is not (it is never replaced).
pub fn quickstart_made(path: &std::path::Path, customer: &str) -> bool {
    let read = || -> Result<bool> {
        let c = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        if get(&c, QUICKSTART_SCRATCH)?.as_deref() == Some("1") {
            return Ok(true);
        }
        let others: i64 = c.query_row(
            "SELECT COUNT(*) FROM customers WHERE id <> ?1",
            [customer],
            |r| r.get(0),
        )?;
        Ok(get(&c, ENV_TYPE)?.as_deref() == Some("SANDBOX") && others == 0)
    };
    read().unwrap_or(false)
}

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO meta(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

pub fn delete(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM meta WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

pub fn get_instant(conn: &Connection, key: &str) -> Result<Option<Instant>> {
    get(conn, key)?.map(|s| clock::from_store(&s)).transpose()
}

pub fn set_instant(conn: &Connection, key: &str, t: &Instant) -> Result<()> {
    set(conn, key, &clock::store_fmt(t))
}

/// The environment's type: one of DEVELOPMENT, SANDBOX, PRODUCTION exactly. Anything else is
/// damage — never read as "not production" (that would skip the production guards).
pub fn env_type(conn: &Connection) -> Result<String> {
    match get(conn, ENV_TYPE)? {
        Some(t) if matches!(t.as_str(), "DEVELOPMENT" | "SANDBOX" | "PRODUCTION") => Ok(t),
        Some(t) => Err(Error::damaged(format!("the environment type is '{t}'"))),
        None => Err(Error::damaged("the environment type is missing")),
    }
}

/// The signing secret: 64 hex digits (32 bytes from the OS). Missing, empty or malformed is
/// damage — a token signed with an empty key could be forged by anyone.
pub fn signing_secret(conn: &Connection) -> Result<String> {
    match get(conn, SIGNING_SECRET)? {
        Some(s) if s.len() >= 32 && s.bytes().all(|b| b.is_ascii_hexdigit()) => Ok(s),
        Some(_) => Err(Error::damaged("the signing secret is malformed")),
        None => Err(Error::damaged("the signing secret is missing")),
    }
}
