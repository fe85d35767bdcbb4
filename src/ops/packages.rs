//! Plans and add-ons: versioned packages. A package is born as a v1 draft; only drafts are
//! editable; publishing makes the draft the latest version (immutable from then on).

use serde_json::Value;

use crate::domain::catalog::*;
use crate::error::{Error, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::ops::catalog::check_in_env;
use crate::output::views::PackageView;
use crate::store::catalog::{self as repo, PackageRow, VersionRow};
use crate::store::{Tx, events};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Migrate {
    /// Existing subscriptions stay on their version (grandfathered).
    #[default]
    NewCustomers,
    /// Live subscriptions move to the new version (as `subscription migrate --at immediate`).
    AllCustomers,
}

impl Migrate {
    pub fn wire(self) -> &'static str {
        match self {
            Migrate::NewCustomers => "NEW_CUSTOMERS",
            Migrate::AllCustomers => "ALL_CUSTOMERS",
        }
    }
}

fn events_for(kind: PackageKind) -> (EventType, EventType, EventType) {
    match kind {
        PackageKind::Plan => (
            EventType::PlanCreated,
            EventType::PlanUpdated,
            EventType::PlanPublished,
        ),
        PackageKind::Addon => (
            EventType::AddonCreated,
            EventType::AddonUpdated,
            EventType::AddonPublished,
        ),
    }
}

/// Problems that only matter at publication (completeness across prices); drafts may be
/// incomplete while they are being edited.
fn publish_only(p: &Problem) -> bool {
    p.path.ends_with("/pricing") || p.path.ends_with("/prices")
}

fn noun(kind: PackageKind) -> &'static str {
    kind.kebab()
}

/// What a plan inherits through its parent chain, each with the plan it comes from.
#[derive(Debug, Default)]
pub struct Inherited {
    /// (feature, source plan, entitlement).
    pub entitlements: Vec<(String, String, Entitlement)>,
    /// (credit currency, source plan, credit entitlement): the nearest parent's per currency.
    pub credits: Vec<(String, String, crate::domain::catalog::CreditEntitlement)>,
}

/// Entitlements and credit entitlements inherited through the parent chain. Published
/// versions use the parent version pinned at publication; drafts the latest.
pub fn inherited(conn: &rusqlite::Connection, v: &VersionRow) -> Result<Inherited> {
    let mut all = Inherited::default();
    let mut next = v.body.parent.clone().map(|p| (p, v.parent_version));
    let mut guard = 0;
    while let Some((pid, pinned)) = next {
        guard += 1;
        if guard > 64 {
            break;
        }
        let pinned = match pinned {
            Some(n) => Some(n),
            None => repo::latest_published_version(conn, &pid)?,
        };
        let pv = match pinned {
            Some(n) => repo::get_version(conn, &pid, n)?,
            None => None,
        };
        let Some(pv) = pv else { break };
        for (f, e) in &pv.body.entitlements {
            if !all.entitlements.iter().any(|(of, _, _)| of == f) {
                all.entitlements.push((f.clone(), pid.clone(), e.clone()));
            }
        }
        for (c, e) in &pv.body.credits {
            if !all.credits.iter().any(|(oc, _, _)| oc == c) {
                all.credits.push((c.clone(), pid.clone(), e.clone()));
            }
        }
        next = pv.body.parent.clone().map(|p| (p, pv.parent_version));
    }
    Ok(all)
}

pub fn view(conn: &rusqlite::Connection, row: &PackageRow, v: &VersionRow) -> Result<PackageView> {
    Ok(PackageView::new(row, v, inherited(conn, v)?))
}

/// The package as `show --json` prints it (latest published, else the draft).
pub fn package_json(tx: &Tx<'_>, id: &str) -> Result<Value> {
    version_json(tx, id, false)
}

/// The package's draft as `show --json` would print it, else its latest published version.
fn draft_json(tx: &Tx<'_>, id: &str) -> Result<Value> {
    version_json(tx, id, true)
}

fn version_json(tx: &Tx<'_>, id: &str, draft_first: bool) -> Result<Value> {
    let row = repo::get_package(&tx.sql, id)?
        .ok_or_else(|| Error::internal(format!("package '{id}' vanished")))?;
    let (first, then) = if draft_first {
        (row.draft.as_ref(), row.published.as_ref())
    } else {
        (row.published.as_ref(), row.draft.as_ref())
    };
    let v = first
        .or(then)
        .ok_or_else(|| Error::internal(format!("package '{id}' has no version")))?;
    Ok(serde_json::to_value(view(&tx.sql, &row, v)?)?)
}

/// Writes `t` showing the package: as `show --json` prints it, except that an `updated` event
/// shows the draft when there is one (what was just edited; the published version did not
/// change).
fn emit(tx: &mut Tx<'_>, t: EventType, kind: PackageKind, id: &str) -> Result<()> {
    let updated = matches!(t, EventType::PlanUpdated | EventType::AddonUpdated);
    let entity = if updated {
        draft_json(tx, id)?
    } else {
        package_json(tx, id)?
    };
    events::append(
        tx,
        &NewEvent {
            event_type: t,
            entity_type: EventEntityType::of_kind(EntityKind::of_package(kind)),
            entity_id: id.to_string(),
            entity,
        },
    )?;
    Ok(())
}

/// `plan create` / `addon create`: a new package with an empty v1 draft.
pub fn create(tx: &mut Tx<'_>, def: PackageDef) -> Result<()> {
    if let Some(existing) = repo::get_package(&tx.sql, &def.id)? {
        return Err(Error::conflict(
            "DuplicatedEntityNotAllowed",
            format!("{} '{}' already exists", noun(existing.kind), def.id),
        )
        .hint("plan and add-on ids are unique forever, archived ones included"));
    }
    if !repo::exists(&tx.sql, EntityKind::Product, &def.product_id)? {
        return Err(repo::not_found(EntityKind::Product, &def.product_id));
    }
    let scope = [(EntityKind::of_package(def.kind), def.id.clone())];
    let d = def.clone();
    check_in_env(tx, &scope, publish_only, |w| {
        w.drafts.insert(d.id.clone(), d);
    })?;
    repo::insert_package(tx, &def)?;
    repo::insert_draft(tx, &def.id, 1, &def.body)?;
    emit(tx, events_for(def.kind).0, def.kind, &def.id)
}

/// Applies `edit` to the open draft; refused when there is none.
pub fn edit_draft(
    tx: &mut Tx<'_>,
    kind: PackageKind,
    id: &str,
    edit: impl FnOnce(&mut PackageBody) -> Result<()>,
) -> Result<PackageDef> {
    let row = repo::require_package(&tx.sql, kind, id)?;
    let Some(draft) = &row.draft else {
        return Err(Error::rejected(
            "EditAllowedOnDraftPackageOnlyError",
            format!(
                "{} '{id}' has no open draft; published versions are immutable",
                noun(kind)
            ),
        )
        .hint(format!(
            "open one with `stigg-cli {} draft {id}`, edit it, then publish",
            noun(kind)
        )));
    };
    let mut def = row.def(draft);
    edit(&mut def.body)?;
    def.body.normalize();
    if def.body == *draft.body {
        return Ok(def);
    }
    let scope = [(EntityKind::of_package(kind), id.to_string())];
    let d = def.clone();
    check_in_env(tx, &scope, publish_only, |w| {
        w.drafts.insert(d.id.clone(), d);
    })?;
    repo::update_draft(tx, id, &def.body)?;
    emit(tx, events_for(kind).1, kind, id)?;
    Ok(def)
}

/// `plan draft`: opens version n+1 as a copy of the latest published version.
pub fn open_draft(tx: &mut Tx<'_>, kind: PackageKind, id: &str) -> Result<u32> {
    let row = repo::require_package(&tx.sql, kind, id)?;
    if let Some(d) = &row.draft {
        return Err(Error::conflict(
            "DraftAlreadyExists",
            format!(
                "{} '{id}' already has an open draft (v{})",
                noun(kind),
                d.version
            ),
        )
        .hint(format!(
            "edit it, `{} publish {id}` or `{} discard-draft {id}`",
            noun(kind),
            noun(kind)
        )));
    }
    let Some(published) = &row.published else {
        return Err(Error::internal(format!(
            "'{id}' has neither a draft nor a published version"
        )));
    };
    let version = published.version + 1;
    repo::insert_draft(tx, id, version, &published.body)?;
    emit(tx, events_for(kind).1, kind, id)?;
    Ok(version)
}

pub fn discard_draft(tx: &mut Tx<'_>, kind: PackageKind, id: &str) -> Result<u32> {
    let row = repo::require_package(&tx.sql, kind, id)?;
    let Some(d) = &row.draft else {
        return Err(Error::rejected(
            "NoOpenDraft",
            format!("{} '{id}' has no open draft", noun(kind)),
        ));
    };
    if row.published.is_none() {
        return Err(Error::rejected(
            "DraftCannotBeDiscarded",
            format!(
                "{} '{id}' has never been published; its draft is its only version",
                noun(kind)
            ),
        )
        .hint(format!(
            "edit the draft and publish it, or remove the {} with `stigg-cli {} delete {id}`",
            noun(kind),
            noun(kind)
        )));
    }
    let v = d.version;
    repo::delete_draft(tx, id)?;
    emit(tx, events_for(kind).1, kind, id)?;
    Ok(v)
}

/// `plan delete`: a package that was never published was never visible to anyone, so it can go
/// (its id becomes free again). Published packages are archived, never deleted; a package
/// another package's draft refers to (parent, compatible add-on, dependency) stays.
pub fn delete_unpublished(tx: &mut Tx<'_>, kind: PackageKind, id: &str) -> Result<()> {
    let row = repo::require_package(&tx.sql, kind, id)?;
    if row.published.is_some() {
        return Err(Error::rejected(
            "PackageAlreadyPublished",
            format!(
                "{} '{id}' has been published; published packages are archived, never deleted",
                noun(kind)
            ),
        )
        .hint(format!("use `stigg-cli {} archive {id}`", noun(kind))));
    }
    let snap = repo::snapshot(&tx.sql)?;
    let users: Vec<String> = snap
        .catalog
        .packages
        .values()
        .chain(snap.catalog.drafts.values())
        .filter(|p| p.id != id)
        .filter(|p| {
            p.body.parent.as_deref() == Some(id)
                || p.body.compatible_addons.iter().any(|a| a == id)
                || p.body.depends_on.iter().any(|a| a == id)
        })
        .map(|p| p.id.clone())
        // A product starting or ending customers on it (a setup naming a deleted plan made
        // the export one that cannot be applied).
        .chain(
            snap.catalog
                .products
                .values()
                .filter(|p| {
                    p.downgrade_plan.as_deref() == Some(id)
                        || matches!(&p.start_setup, Some(StartSetup::FreePlan(x) | StartSetup::TrialPlan(x)) if x == id)
                })
                .map(|p| format!("product {}", p.id)),
        )
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if !users.is_empty() {
        // Stigg's codes where the reference is one it names: a child plan, a plan that lists
        // the add-on as compatible; an add-on another one depends on has none.
        let listed_compatible = snap
            .catalog
            .packages
            .values()
            .chain(snap.catalog.drafts.values())
            .any(|p| p.body.compatible_addons.iter().any(|a| a == id));
        let code = match kind {
            PackageKind::Plan => "PlanWithChildCantBeDeleted",
            PackageKind::Addon if listed_compatible => "AddonIsCompatibleWithPlan",
            PackageKind::Addon => "PackageInUse",
        };
        return Err(Error::rejected(
            code,
            format!(
                "{} '{id}' is referred to by {}",
                noun(kind),
                users.join(", ")
            ),
        )
        .hint("remove those references first"));
    }
    let entity = package_json(tx, id)?;
    repo::delete_unpublished_package(tx, id)?;
    events::append(
        tx,
        &NewEvent {
            event_type: match kind {
                PackageKind::Plan => EventType::PlanDeleted,
                PackageKind::Addon => EventType::AddonDeleted,
            },
            entity_type: EventEntityType::of_kind(EntityKind::of_package(kind)),
            entity_id: id.to_string(),
            entity,
        },
    )?;
    Ok(())
}

/// Publishes the open draft after validating the whole package. Returns the new version.
pub fn publish(tx: &mut Tx<'_>, kind: PackageKind, id: &str, migrate: Migrate) -> Result<u32> {
    let row = repo::require_package(&tx.sql, kind, id)?;
    let Some(draft) = &row.draft else {
        return Err(Error::rejected(
            "PackageAlreadyPublished",
            format!("{} '{id}' has no draft to publish", noun(kind)),
        )
        .hint(format!(
            "open one with `stigg-cli {} draft {id}`",
            noun(kind)
        )));
    };
    let def = row.def(draft);
    let scope = [(EntityKind::of_package(kind), id.to_string())];
    let d = def.clone();
    check_in_env(
        tx,
        &scope,
        |_| false,
        |w| {
            w.drafts.remove(&d.id);
            w.packages.insert(d.id.clone(), d);
        },
    )
    .map_err(|e| {
        Error::rejected(
            "PackageNotPublishable",
            format!("cannot publish {} '{id}':\n  {}", noun(kind), e.message),
        )
    })?;
    refuse_archived_credit_currency(tx, &def)?;
    publish_def(tx, &def, migrate)
}

/// A version granting or pricing credits in an archived currency is not published (see
/// `changes`: an archived currency takes no new use). (`catalog apply` checks it against the
/// state the files leave, which may unarchive the currency in the same run.)
fn refuse_archived_credit_currency(tx: &Tx<'_>, def: &PackageDef) -> Result<()> {
    for c in def.body.credit_currencies() {
        let archived =
            repo::get_simple::<crate::domain::catalog::Currency>(&tx.sql, EntityKind::Currency, c)?
                .is_some_and(|(_, m)| m.archived_at.is_some());
        if archived {
            return Err(Error::rejected(
                "EntityIsArchivedError",
                format!(
                    "{} '{}' cannot be published: currency '{c}' is archived",
                    noun(def.kind),
                    def.id
                ),
            )
            .hint(format!(
                "unarchive it first: `stigg-cli currency unarchive {c}`"
            )));
        }
    }
    Ok(())
}

fn publish_def(tx: &mut Tx<'_>, def: &PackageDef, migrate: Migrate) -> Result<u32> {
    let parent_version = match &def.body.parent {
        Some(parent) => Some(repo::latest_published_version(&tx.sql, parent)?.ok_or_else(|| {
            Error::rejected(
                "PlanCannotBePublishWhenBasePlanIsDraft",
                format!("plan '{}' cannot be published: its parent '{parent}' has no published version", def.id),
            )
            .hint(format!("publish '{parent}' first"))
        })?),
        None => None,
    };
    for a in &def.body.compatible_addons {
        if repo::latest_published_version(&tx.sql, a)?.is_none() {
            return Err(Error::rejected(
                "PlanCannotBePublishWhenCompatibleAddonIsDraft",
                format!(
                    "plan '{}' cannot be published: its compatible add-on '{a}' has no published version",
                    def.id
                ),
            )
            .hint(format!("publish '{a}' first")));
        }
    }
    let version = repo::latest_published_version(&tx.sql, &def.id)?.unwrap_or(0) + 1;
    repo::publish_draft(tx, &def.id, parent_version, migrate.wire())?;
    let (_, updated, published) = events_for(def.kind);
    emit(tx, published, def.kind, &def.id)?;
    // Stigg's `plan.updated` / `addon.updated`: a new version of a package was published.
    if version > 1 {
        emit(tx, updated, def.kind, &def.id)?;
    }
    if migrate == Migrate::AllCustomers {
        match def.kind {
            PackageKind::Plan => crate::ops::subscriptions::migrate_all(tx, &def.id, version)?,
            PackageKind::Addon => {
                crate::ops::subscriptions::migrate_addon_all(tx, &def.id, version)?
            }
        };
    }
    Ok(version)
}

fn ensure_package(tx: &mut Tx<'_>, def: &PackageDef) -> Result<Option<PackageRow>> {
    let row = repo::get_package(&tx.sql, &def.id)?;
    if row.is_none() {
        repo::insert_package(tx, def)?;
    }
    Ok(row)
}

/// `catalog apply`: makes `def` the open draft (creating the package if needed).
pub fn write_draft(tx: &mut Tx<'_>, def: &PackageDef) -> Result<()> {
    let row = ensure_package(tx, def)?;
    let (created, had_draft, latest) = match &row {
        None => (true, false, 0),
        Some(r) => (
            false,
            r.draft.is_some(),
            r.published.as_ref().map(|p| p.version).unwrap_or(0),
        ),
    };
    if had_draft {
        repo::update_draft(tx, &def.id, &def.body)?;
    } else {
        repo::insert_draft(tx, &def.id, latest + 1, &def.body)?;
    }
    let (c, u, _) = events_for(def.kind);
    emit(tx, if created { c } else { u }, def.kind, &def.id)
}

/// `catalog apply`: publishes `def` as the next version (creating the package if needed).
pub fn write_and_publish(tx: &mut Tx<'_>, def: &PackageDef, migrate: Migrate) -> Result<u32> {
    let created = repo::get_package(&tx.sql, &def.id)?.is_none();
    write_draft_silently(tx, def)?;
    if created {
        emit(tx, events_for(def.kind).0, def.kind, &def.id)?;
    }
    publish_def(tx, def, migrate)
}

fn write_draft_silently(tx: &mut Tx<'_>, def: &PackageDef) -> Result<()> {
    let row = ensure_package(tx, def)?;
    match row {
        Some(r) if r.draft.is_some() => repo::update_draft(tx, &def.id, &def.body),
        Some(r) => repo::insert_draft(
            tx,
            &def.id,
            r.published.map(|p| p.version).unwrap_or(0) + 1,
            &def.body,
        ),
        None => repo::insert_draft(tx, &def.id, 1, &def.body),
    }
}
