//! Catalog repositories. Entity definitions are stored as canonical JSON bodies (the domain
//! structs, decimals as strings); package versions are rows of `package_versions`.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

use super::Tx;
use crate::clock;
use crate::domain::catalog::*;
use crate::error::{Error, Result};

fn table(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Feature => "features",
        EntityKind::Currency => "currencies",
        EntityKind::Coupon => "coupons",
        EntityKind::Product => "products",
        EntityKind::Plan | EntityKind::Addon => "packages",
    }
}

/// Row metadata shown next to an entity.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

impl Meta {
    /// `created_at, updated_at, archived_at` starting at column `first`; a stored instant that
    /// does not parse is damage (exit 78), never printed as is.
    pub fn from_row(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Meta> {
        let instant = |i: usize, v: String| -> rusqlite::Result<String> {
            crate::clock::from_store(&v).map(|_| v).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    i,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })
        };
        Ok(Meta {
            created_at: instant(first, r.get(first)?)?,
            updated_at: instant(first + 1, r.get(first + 1)?)?,
            archived_at: r
                .get::<_, Option<String>>(first + 2)?
                .map(|v| instant(first + 2, v))
                .transpose()?,
        })
    }
}

/// The latest published version and the open draft of one package.
#[derive(Debug, Clone)]
pub struct PackageRow {
    pub kind: PackageKind,
    pub id: String,
    pub product_id: String,
    pub meta: Meta,
    pub published: Option<VersionRow>,
    pub draft: Option<VersionRow>,
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub version: u32,
    pub status: String,
    /// Shared: a bulk import's catalog memo hands out copies of a version per row.
    pub body: std::rc::Rc<PackageBody>,
    pub parent_version: Option<u32>,
    pub migration: Option<String>,
    pub created_at: String,
    pub published_at: Option<String>,
}

impl PackageRow {
    pub fn def(&self, v: &VersionRow) -> PackageDef {
        PackageDef {
            kind: self.kind,
            id: self.id.clone(),
            product_id: self.product_id.clone(),
            body: (*v.body).clone(),
        }
    }
    pub fn status(&self) -> &'static str {
        if self.meta.archived_at.is_some() {
            "ARCHIVED"
        } else if self.published.is_some() {
            "PUBLISHED"
        } else {
            "DRAFT"
        }
    }
}

/// While a `Memo` guard lives (a bulk import), catalog look-ups are answered from memory after
/// the first: the catalog is read once per command, not once per row. Any catalog write on the
/// thread forgets what was kept, so a reader never sees a stale version.
#[derive(Default)]
struct Kept {
    versions: std::collections::HashMap<(String, u32), Option<VersionRow>>,
    packages: std::collections::HashMap<String, Option<PackageRow>>,
    simple: std::collections::HashMap<(&'static str, String), Option<(String, Meta)>>,
    /// The simple entities above as parsed (by the type they were read as): a row's look-up
    /// parses no JSON.
    parsed: std::collections::HashMap<
        (std::any::TypeId, &'static str, String),
        std::rc::Rc<dyn std::any::Any>,
    >,
    latest: std::collections::HashMap<String, Option<u32>>,
}

thread_local! {
    static KEPT: std::cell::RefCell<Option<Kept>> = const { std::cell::RefCell::new(None) };
}

pub struct Memo(());

impl Drop for Memo {
    fn drop(&mut self) {
        KEPT.with(|k| *k.borrow_mut() = None);
    }
}

/// Keeps catalog reads in memory until the guard is dropped.
pub fn memo() -> Memo {
    KEPT.with(|k| *k.borrow_mut() = Some(Kept::default()));
    Memo(())
}

/// Forgets kept reads (every catalog write calls it).
fn forget() {
    KEPT.with(|k| {
        if let Some(kept) = k.borrow_mut().as_mut() {
            *kept = Kept::default();
        }
    });
}

/// `read` through the memo when one is active.
fn kept<K, V: Clone>(
    pick: impl Fn(&mut Kept) -> &mut std::collections::HashMap<K, V>,
    key: K,
    read: impl FnOnce() -> Result<V>,
) -> Result<V>
where
    K: std::hash::Hash + Eq,
{
    let hit = KEPT.with(|k| {
        k.borrow_mut()
            .as_mut()
            .map(|kept| pick(kept).get(&key).cloned())
    });
    match hit {
        None => read(),
        Some(Some(v)) => Ok(v),
        Some(None) => {
            let v = read()?;
            KEPT.with(|k| {
                if let Some(kept) = k.borrow_mut().as_mut() {
                    pick(kept).insert(key, v.clone());
                }
            });
            Ok(v)
        }
    }
}

fn parse_body<T: DeserializeOwned>(s: &str) -> Result<T> {
    Ok(serde_json::from_str(s)?)
}

/// Every simple entity (feature/currency/coupon/product) of one kind, by id.
pub fn load_simple<T: DeserializeOwned>(
    conn: &Connection,
    kind: EntityKind,
) -> Result<BTreeMap<String, (T, Meta)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, body, created_at, updated_at, archived_at FROM {} ORDER BY id",
        table(kind)
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            Meta::from_row(r, 2)?,
        ))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (id, body, meta) = row?;
        out.insert(id, (parse_body(&body)?, meta));
    }
    Ok(out)
}

pub fn get_simple<T: DeserializeOwned + Clone + 'static>(
    conn: &Connection,
    kind: EntityKind,
    id: &str,
) -> Result<Option<(T, Meta)>> {
    let key = (std::any::TypeId::of::<T>(), table(kind), id.to_string());
    let hit = KEPT.with(|k| {
        k.borrow()
            .as_ref()
            .and_then(|kept| kept.parsed.get(&key).cloned())
    });
    if let Some(v) = hit
        .as_ref()
        .and_then(|h| h.downcast_ref::<Option<(T, Meta)>>())
    {
        return Ok(v.clone());
    }
    let v = read_simple(conn, kind, id)?;
    KEPT.with(|k| {
        if let Some(kept) = k.borrow_mut().as_mut() {
            kept.parsed.insert(key, std::rc::Rc::new(v.clone()));
        }
    });
    Ok(v)
}

fn read_simple<T: DeserializeOwned>(
    conn: &Connection,
    kind: EntityKind,
    id: &str,
) -> Result<Option<(T, Meta)>> {
    let row = kept(
        |k| &mut k.simple,
        (table(kind), id.to_string()),
        || {
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT body, created_at, updated_at, archived_at FROM {} WHERE id = ?1",
                    table(kind)
                ))?
                .query_row([id], |r| {
                    Ok((r.get::<_, String>(0)?, Meta::from_row(r, 1)?))
                })
                .optional()?)
        },
    )?;
    row.map(|(b, m)| Ok((parse_body(&b)?, m))).transpose()
}

pub fn require_simple<T: DeserializeOwned + Clone + 'static>(
    conn: &Connection,
    kind: EntityKind,
    id: &str,
) -> Result<(T, Meta)> {
    get_simple(conn, kind, id)?.ok_or_else(|| not_found(kind, id))
}

pub fn not_found(kind: EntityKind, id: &str) -> Error {
    super::missing(
        kind.noun(),
        id,
        Error::not_found(
            kind.not_found_code(),
            format!("{} '{id}' not found", kind.noun()),
        )
        .hint(format!("list them with `stigg-cli {} list`", kind.noun())),
    )
}

pub fn insert_simple<T: Serialize>(
    tx: &Tx<'_>,
    kind: EntityKind,
    id: &str,
    body: &T,
) -> Result<()> {
    forget();
    let now = clock::store_fmt(&tx.now);
    tx.sql.execute(
        &format!(
            "INSERT INTO {}(id, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            table(kind)
        ),
        params![id, serde_json::to_string(body)?, now],
    )?;
    Ok(())
}

pub fn update_simple<T: Serialize>(
    tx: &Tx<'_>,
    kind: EntityKind,
    id: &str,
    body: &T,
) -> Result<()> {
    forget();
    tx.sql.execute(
        &format!(
            "UPDATE {} SET body = ?2, updated_at = ?3 WHERE id = ?1",
            table(kind)
        ),
        params![id, serde_json::to_string(body)?, clock::store_fmt(&tx.now)],
    )?;
    Ok(())
}

pub fn set_archived(tx: &Tx<'_>, kind: EntityKind, id: &str, archived: bool) -> Result<()> {
    forget();
    let at = archived.then(|| clock::store_fmt(&tx.now));
    tx.sql.execute(
        &format!(
            "UPDATE {} SET archived_at = ?2, updated_at = ?3 WHERE id = ?1",
            table(kind)
        ),
        params![id, at, clock::store_fmt(&tx.now)],
    )?;
    Ok(())
}

/// Is the slug taken in this kind's namespace (archived entities included)?
pub fn exists(conn: &Connection, kind: EntityKind, id: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            &format!("SELECT 1 FROM {} WHERE id = ?1", table(kind)),
            [id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn version_from_row(r: &rusqlite::Row<'_>, offset: usize) -> rusqlite::Result<RawVersion> {
    Ok((
        r.get(offset)?,
        r.get(offset + 1)?,
        r.get(offset + 2)?,
        r.get(offset + 3)?,
        r.get(offset + 4)?,
        r.get(offset + 5)?,
        r.get(offset + 6)?,
    ))
}

type RawVersion = (
    u32,
    String,
    String,
    Option<u32>,
    Option<String>,
    String,
    Option<String>,
);

fn to_version(raw: RawVersion) -> Result<VersionRow> {
    let (version, status, body, parent_version, migration, created_at, published_at) = raw;
    Ok(VersionRow {
        version,
        status,
        body: std::rc::Rc::new(parse_body(&body)?),
        parent_version,
        migration,
        created_at,
        published_at,
    })
}

const VERSION_COLS: &str =
    "version, status, body, parent_version, migration, created_at, published_at";

pub fn load_packages(conn: &Connection) -> Result<BTreeMap<String, PackageRow>> {
    let mut out = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, product_id, created_at, updated_at, archived_at FROM packages ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            Meta::from_row(r, 3)?,
        ))
    })?;
    for row in rows {
        let (id, kind, product_id, meta) = row?;
        let kind = if kind == "PLAN" {
            PackageKind::Plan
        } else {
            PackageKind::Addon
        };
        out.insert(
            id.clone(),
            PackageRow {
                kind,
                id,
                product_id,
                meta,
                published: None,
                draft: None,
            },
        );
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT package_id, {VERSION_COLS} FROM package_versions v
         WHERE status = 'DRAFT'
            OR version = (SELECT MAX(version) FROM package_versions w
                          WHERE w.package_id = v.package_id AND w.status = 'PUBLISHED')"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, version_from_row(r, 1)?))
    })?;
    for row in rows {
        let (id, raw) = row?;
        let v = to_version(raw)?;
        if let Some(p) = out.get_mut(&id) {
            if v.status == "DRAFT" {
                p.draft = Some(v);
            } else {
                p.published = Some(v);
            }
        }
    }
    Ok(out)
}

pub fn get_package(conn: &Connection, id: &str) -> Result<Option<PackageRow>> {
    kept(
        |k| &mut k.packages,
        id.to_string(),
        || read_package(conn, id),
    )
}

fn read_package(conn: &Connection, id: &str) -> Result<Option<PackageRow>> {
    let head = conn
        .prepare_cached("SELECT kind, product_id, created_at, updated_at, archived_at FROM packages WHERE id = ?1")?.query_row(
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    Meta::from_row(r, 2)?,
                ))
            },
        )
        .optional()?;
    let Some((kind, product_id, meta)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VERSION_COLS} FROM package_versions v
         WHERE package_id = ?1 AND (status = 'DRAFT'
            OR version = (SELECT MAX(version) FROM package_versions w
                          WHERE w.package_id = ?1 AND w.status = 'PUBLISHED'))"
    ))?;
    let mut row = PackageRow {
        kind: if kind == "PLAN" {
            PackageKind::Plan
        } else {
            PackageKind::Addon
        },
        id: id.to_string(),
        product_id,
        meta,
        published: None,
        draft: None,
    };
    for raw in stmt.query_map([id], |r| version_from_row(r, 0))? {
        let v = to_version(raw?)?;
        if v.status == "DRAFT" {
            row.draft = Some(v);
        } else {
            row.published = Some(v);
        }
    }
    Ok(Some(row))
}

/// One version of a package.
pub fn get_version(conn: &Connection, id: &str, version: u32) -> Result<Option<VersionRow>> {
    kept(
        |k| &mut k.versions,
        (id.to_string(), version),
        || read_version(conn, id, version),
    )
}

/// The version a stored record (a subscription, an add-on bought, a child plan) names: it is
/// never deleted (published versions are kept), so one that is not there was removed by hand —
/// damage (exit 78), not a record granting or pricing nothing.
pub fn require_version(conn: &Connection, id: &str, version: u32) -> Result<VersionRow> {
    get_version(conn, id, version)?.ok_or_else(|| {
        Error::damaged(format!(
            "package '{id}' has no version {version}, which a stored record names"
        ))
    })
}

/// Every feature some published package version prices in credits (only the versions whose
/// body mentions credits are parsed).
pub fn credit_priced_features(conn: &Connection) -> Result<std::collections::BTreeSet<String>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VERSION_COLS} FROM package_versions
         WHERE status = 'PUBLISHED' AND body LIKE '%CREDIT%'"
    ))?;
    let rows = stmt.query_map([], |r| version_from_row(r, 0))?;
    let mut out = std::collections::BTreeSet::new();
    for r in rows {
        let v = to_version(r?)?;
        for p in &v.body.prices {
            if p.model == crate::domain::catalog::PriceModel::Credits
                && let Some(f) = &p.feature
            {
                out.insert(f.clone());
            }
        }
    }
    Ok(out)
}

fn read_version(conn: &Connection, id: &str, version: u32) -> Result<Option<VersionRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VERSION_COLS} FROM package_versions WHERE package_id = ?1 AND version = ?2"
    ))?;
    let raw = stmt
        .query_row(params![id, version], |r| version_from_row(r, 0))
        .optional()?;
    raw.map(to_version).transpose()
}

pub fn require_package(conn: &Connection, kind: PackageKind, id: &str) -> Result<PackageRow> {
    let ek = EntityKind::of_package(kind);
    match get_package(conn, id)? {
        Some(p) if p.kind == kind => Ok(p),
        Some(p) => Err(Error::not_found(
            ek.not_found_code(),
            format!(
                "{} '{id}' not found ('{id}' is {})",
                ek.noun(),
                if p.kind == PackageKind::Plan {
                    "a plan"
                } else {
                    "an add-on"
                }
            ),
        )),
        None => Err(not_found(ek, id)),
    }
}

pub fn versions(conn: &Connection, id: &str) -> Result<Vec<VersionRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VERSION_COLS} FROM package_versions WHERE package_id = ?1 ORDER BY version"
    ))?;
    let rows = stmt.query_map([id], |r| version_from_row(r, 0))?;
    rows.map(|r| to_version(r?)).collect()
}

pub fn insert_package(tx: &Tx<'_>, def: &PackageDef) -> Result<()> {
    forget();
    tx.sql.prepare_cached("INSERT INTO packages(id, kind, product_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)")?.execute(
        params![def.id, def.kind.wire(), def.product_id, clock::store_fmt(&tx.now)],
    )?;
    Ok(())
}

pub fn insert_draft(tx: &Tx<'_>, id: &str, version: u32, body: &PackageBody) -> Result<()> {
    forget();
    tx.sql
        .prepare_cached(
            "INSERT INTO package_versions(package_id, version, status, body, created_at)
         VALUES (?1, ?2, 'DRAFT', ?3, ?4)",
        )?
        .execute(params![
            id,
            version,
            serde_json::to_string(body)?,
            clock::store_fmt(&tx.now)
        ])?;
    touch_package(tx, id)
}

pub fn update_draft(tx: &Tx<'_>, id: &str, body: &PackageBody) -> Result<()> {
    forget();
    let n = tx
        .sql
        .prepare_cached(
            "UPDATE package_versions SET body = ?2 WHERE package_id = ?1 AND status = 'DRAFT'",
        )?
        .execute(params![id, serde_json::to_string(body)?])?;
    if n != 1 {
        return Err(Error::internal(format!("no draft of '{id}' to update")));
    }
    touch_package(tx, id)
}

pub fn publish_draft(
    tx: &Tx<'_>,
    id: &str,
    parent_version: Option<u32>,
    migration: &str,
) -> Result<()> {
    forget();
    let n = tx.sql.prepare_cached("UPDATE package_versions SET status = 'PUBLISHED', published_at = ?2, parent_version = ?3,
                migration = ?4
         WHERE package_id = ?1 AND status = 'DRAFT'")?.execute(
        params![id, clock::store_fmt(&tx.now), parent_version, migration],
    )?;
    if n != 1 {
        return Err(Error::internal(format!("no draft of '{id}' to publish")));
    }
    touch_package(tx, id)
}

/// Removes a package that was never published (its draft is its only version).
pub fn delete_unpublished_package(tx: &Tx<'_>, id: &str) -> Result<()> {
    forget();
    let published: i64 = tx
        .sql
        .prepare_cached(
            "SELECT COUNT(*) FROM package_versions WHERE package_id = ?1 AND status = 'PUBLISHED'",
        )?
        .query_row([id], |r| r.get(0))?;
    if published > 0 {
        return Err(Error::internal(format!(
            "package '{id}' has published versions"
        )));
    }
    tx.sql
        .prepare_cached("DELETE FROM package_versions WHERE package_id = ?1")?
        .execute([id])?;
    tx.sql
        .prepare_cached("DELETE FROM packages WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub fn delete_draft(tx: &Tx<'_>, id: &str) -> Result<()> {
    forget();
    tx.sql
        .prepare_cached("DELETE FROM package_versions WHERE package_id = ?1 AND status = 'DRAFT'")?
        .execute([id])?;
    touch_package(tx, id)
}

fn touch_package(tx: &Tx<'_>, id: &str) -> Result<()> {
    forget();
    tx.sql
        .prepare_cached("UPDATE packages SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, clock::store_fmt(&tx.now)])?;
    Ok(())
}

pub fn latest_published_version(conn: &Connection, id: &str) -> Result<Option<u32>> {
    kept(|k| &mut k.latest, id.to_string(), || read_latest(conn, id))
}

fn read_latest(conn: &Connection, id: &str) -> Result<Option<u32>> {
    Ok(conn.prepare_cached("SELECT MAX(version) FROM package_versions WHERE package_id = ?1 AND status = 'PUBLISHED'")?.query_row(
        [id],
        |r| r.get(0),
    )?)
}

/// The environment's catalog as values, plus published and draft version numbers.
pub struct Snapshot {
    pub catalog: Catalog,
    pub versions: BTreeMap<String, u32>,
    pub draft_versions: BTreeMap<String, u32>,
}

pub fn snapshot(conn: &Connection) -> Result<Snapshot> {
    let mut cat = Catalog::default();
    fn fill<T: DeserializeOwned>(
        conn: &Connection,
        kind: EntityKind,
        target: &mut BTreeMap<String, T>,
        archived: &mut std::collections::BTreeSet<(EntityKind, String)>,
    ) -> Result<()> {
        for (id, (v, meta)) in load_simple::<T>(conn, kind)? {
            if meta.archived_at.is_some() {
                archived.insert((kind, id.clone()));
            }
            target.insert(id, v);
        }
        Ok(())
    }
    fill(
        conn,
        EntityKind::Feature,
        &mut cat.features,
        &mut cat.archived,
    )?;
    fill(
        conn,
        EntityKind::Currency,
        &mut cat.currencies,
        &mut cat.archived,
    )?;
    fill(
        conn,
        EntityKind::Coupon,
        &mut cat.coupons,
        &mut cat.archived,
    )?;
    fill(
        conn,
        EntityKind::Product,
        &mut cat.products,
        &mut cat.archived,
    )?;
    let mut versions = BTreeMap::new();
    let mut draft_versions = BTreeMap::new();
    for (id, row) in load_packages(conn)? {
        if row.meta.archived_at.is_some() {
            cat.archived
                .insert((EntityKind::of_package(row.kind), id.clone()));
        }
        if let Some(v) = &row.published {
            versions.insert(id.clone(), v.version);
            cat.packages.insert(id.clone(), row.def(v));
        }
        if let Some(v) = &row.draft {
            draft_versions.insert(id.clone(), v.version);
            cat.drafts.insert(id.clone(), row.def(v));
        }
    }
    Ok(Snapshot {
        catalog: cat,
        versions,
        draft_versions,
    })
}
