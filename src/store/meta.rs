//! Environment metadata: type, frozen clock, processed-time high-water mark, signing secret.

use rusqlite::{Connection, OptionalExtension, params};

use crate::clock::{self, Instant};
use crate::error::{Error, Result};

pub const ENV_TYPE: &str = "env_type";
pub const CREATED_AT: &str = "created_at";
pub const FROZEN_AT: &str = "clock_frozen_at";
pub const PROCESSED_UNTIL: &str = "processed_until";
pub const SIGNING_SECRET: &str = "signing_secret";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn delete(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM meta WHERE key = ?1", [key])?;
    Ok(())
}

pub fn get_instant(conn: &Connection, key: &str) -> Result<Option<Instant>> {
    get(conn, key)?.map(|s| clock::from_store(&s)).transpose()
}

pub fn set_instant(conn: &Connection, key: &str, t: &Instant) -> Result<()> {
    set(conn, key, &clock::store_fmt(t))
}

pub fn env_type(conn: &Connection) -> Result<String> {
    get(conn, ENV_TYPE)?.ok_or_else(|| Error::internal("environment type missing from meta"))
}
