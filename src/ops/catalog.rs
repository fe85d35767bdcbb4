//! Features, credit currencies, coupons and products (the unversioned catalog entities), and
//! `catalog apply`, which drives them and the packages from YAML.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;

use crate::domain::catalog::changes::{self, Action, ChangePlan, EnvState};
use crate::domain::catalog::rules::{self, RuleViolation};
use crate::domain::catalog::validate::validate;
use crate::domain::catalog::*;
use crate::error::{Error, ErrorKind, Result};
use crate::events::{EventEntityType, EventType, NewEvent};
use crate::io::CatalogFiles;
use crate::ops::packages::{self, Migrate};
use crate::output::views::{CouponView, CurrencyView, FeatureView, ProductView};
use crate::store::catalog::{self as repo, Meta};
use crate::store::{Tx, events};

/// What the unversioned entities have in common: a kind, an id, a view and three events.
pub trait SimpleEntity: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    const KIND: EntityKind;
    const CREATED: EventType;
    const UPDATED: EventType;
    const ARCHIVED: EventType;
    fn id(&self) -> &str;
    fn view(&self, meta: &Meta) -> Value;
    fn slot(cat: &mut Catalog) -> &mut std::collections::BTreeMap<String, Self>;
    fn check_change(_old: &Self, _new: &Self) -> Result<(), RuleViolation> {
        Ok(())
    }
}

macro_rules! simple_entity {
    ($t:ty, $kind:ident, $c:ident, $u:ident, $a:ident, $field:ident, $view:ident $(, $check:path)?) => {
        impl SimpleEntity for $t {
            const KIND: EntityKind = EntityKind::$kind;
            const CREATED: EventType = EventType::$c;
            const UPDATED: EventType = EventType::$u;
            const ARCHIVED: EventType = EventType::$a;
            fn id(&self) -> &str {
                &self.id
            }
            fn view(&self, meta: &Meta) -> Value {
                serde_json::to_value($view::new(self, meta)).unwrap_or_default()
            }
            fn slot(cat: &mut Catalog) -> &mut std::collections::BTreeMap<String, Self> {
                &mut cat.$field
            }
            $(fn check_change(old: &Self, new: &Self) -> Result<(), RuleViolation> {
                $check(old, new)
            })?
        }
    };
}

simple_entity!(
    Feature,
    Feature,
    FeatureCreated,
    FeatureUpdated,
    FeatureArchived,
    features,
    FeatureView,
    rules::check_feature_change
);
simple_entity!(
    Currency,
    Currency,
    CurrencyCreated,
    CurrencyUpdated,
    CurrencyArchived,
    currencies,
    CurrencyView
);
simple_entity!(
    Coupon,
    Coupon,
    CouponCreated,
    CouponUpdated,
    CouponArchived,
    coupons,
    CouponView,
    rules::check_coupon_change
);
simple_entity!(
    Product,
    Product,
    ProductCreated,
    ProductUpdated,
    ProductArchived,
    products,
    ProductView
);

pub fn violation(v: RuleViolation) -> Error {
    let e = match v.code {
        "DraftAlreadyExists" | "DuplicatedEntityNotAllowed" => Error::conflict(v.code, v.message),
        _ => Error::rejected(v.code, v.message),
    };
    match v.hint {
        Some(h) => e.hint(h),
        None => e,
    }
}

/// Validation problems from command-line flags: exit 2, every problem listed.
/// Problems of a command-line edit: exit 2, or 3 when every one is a name that does not exist
/// (`plan entitlement set pro ghost`: the feature is not found).
fn flag_problems(problems: Vec<Problem>) -> Error {
    let not_found = problems.iter().all(|p| p.missing_reference);
    let mut msg = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            msg.push_str("\n  ");
        }
        let at = p.path.replace('/', " → ");
        msg.push_str(&format!("{at}: {}", p.message));
    }
    if not_found {
        // Stigg's code for the kind of the first missing name.
        let first = problems.first().map(|p| p.message.as_str()).unwrap_or("");
        let noun = first.split(' ').next().unwrap_or("");
        let code = [
            EntityKind::Feature,
            EntityKind::Currency,
            EntityKind::Coupon,
            EntityKind::Product,
            EntityKind::Plan,
            EntityKind::Addon,
        ]
        .into_iter()
        .find(|k| k.noun() == noun)
        .map(|k| k.not_found_code())
        .unwrap_or("EntityNotFound");
        Error::new(ErrorKind::NotFound, code, msg)
    } else {
        Error::new(ErrorKind::Usage, "InvalidArgumentError", msg)
    }
}

/// Validates `scope` within the environment's catalog as changed by `edit`.
pub fn check_in_env(
    tx: &Tx<'_>,
    scope: &[(EntityKind, String)],
    ignore: impl Fn(&Problem) -> bool,
    edit: impl FnOnce(&mut Catalog),
) -> Result<()> {
    let before = repo::snapshot(&tx.sql)?.catalog;
    let mut world = before.clone();
    edit(&mut world);
    let scope: BTreeSet<(EntityKind, String)> = scope.iter().cloned().collect();
    let mut problems: Vec<Problem> = validate(&world, &scope)
        .into_iter()
        .filter(|p| !ignore(p))
        .collect();
    // What the change breaks elsewhere — a published plan granting a feature's value the edit
    // removes, a product whose start plan a new version makes paid: problems of the published
    // catalog it did not have (an open draft may be incomplete; its publish is checked). Left
    // unchecked, `catalog export` wrote a file no `apply` takes.
    let had: BTreeSet<(String, String)> = validate(&before, &everything(&before))
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect();
    for p in validate(&world, &everything(&world)) {
        let new = !had.contains(&(p.path.clone(), p.message.clone()));
        if new
            && !p.path.contains("@draft")
            && !ignore(&p)
            && !problems
                .iter()
                .any(|q| q.path == p.path && q.message == p.message)
        {
            problems.push(p);
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(flag_problems(problems))
    }
}

/// Every entity of `world`, as a validation scope.
fn everything(world: &Catalog) -> BTreeSet<(EntityKind, String)> {
    let mut all = BTreeSet::new();
    all.extend(
        world
            .features
            .keys()
            .map(|k| (EntityKind::Feature, k.clone())),
    );
    all.extend(
        world
            .currencies
            .keys()
            .map(|k| (EntityKind::Currency, k.clone())),
    );
    all.extend(
        world
            .coupons
            .keys()
            .map(|k| (EntityKind::Coupon, k.clone())),
    );
    all.extend(
        world
            .products
            .keys()
            .map(|k| (EntityKind::Product, k.clone())),
    );
    for p in world.packages.values().chain(world.drafts.values()) {
        all.insert((EntityKind::of_package(p.kind), p.id.clone()));
    }
    all
}

fn emit(tx: &mut Tx<'_>, t: EventType, kind: EntityKind, id: &str, entity: Value) -> Result<()> {
    events::append(
        tx,
        &NewEvent {
            event_type: t,
            entity_type: EventEntityType::of_kind(kind),
            entity_id: id.to_string(),
            entity,
        },
    )?;
    Ok(())
}

fn emit_current<T: SimpleEntity>(tx: &mut Tx<'_>, t: EventType, id: &str) -> Result<()> {
    let (v, meta) = repo::require_simple::<T>(&tx.sql, T::KIND, id)?;
    emit(tx, t, T::KIND, id, v.view(&meta))
}

pub fn create<T: SimpleEntity>(tx: &mut Tx<'_>, v: T) -> Result<()> {
    if repo::exists(&tx.sql, T::KIND, v.id())? {
        return Err(Error::conflict(
            "DuplicatedEntityNotAllowed",
            format!("{} '{}' already exists", T::KIND.noun(), v.id()),
        )
        .hint(format!(
            "ids are unique forever, archived ones included; use `{} update` or another id",
            T::KIND.noun()
        )));
    }
    let id = v.id().to_string();
    let vc = v.clone();
    check_in_env(
        tx,
        &[(T::KIND, id.clone())],
        |_| false,
        |w| {
            T::slot(w).insert(id.clone(), vc);
        },
    )?;
    repo::insert_simple(tx, T::KIND, &id, &v)?;
    emit_current::<T>(tx, T::CREATED, &id)
}

/// Replaces an entity's definition (rules permitting). Returns false when nothing changed.
pub fn update<T: SimpleEntity>(tx: &mut Tx<'_>, v: T) -> Result<bool> {
    let id = v.id().to_string();
    let (old, _) = repo::require_simple::<T>(&tx.sql, T::KIND, &id)?;
    if old == v {
        return Ok(false);
    }
    T::check_change(&old, &v).map_err(violation)?;
    let vc = v.clone();
    check_in_env(
        tx,
        &[(T::KIND, id.clone())],
        |_| false,
        |w| {
            T::slot(w).insert(id.clone(), vc);
        },
    )?;
    repo::update_simple(tx, T::KIND, &id, &v)?;
    emit_current::<T>(tx, T::UPDATED, &id)?;
    Ok(true)
}

pub fn load<T: SimpleEntity>(tx: &Tx<'_>, id: &str) -> Result<T> {
    Ok(repo::require_simple::<T>(&tx.sql, T::KIND, id)?.0)
}

/// Archives or unarchives any catalog entity (packages included), guard rules first.
pub fn set_archived(tx: &mut Tx<'_>, kind: EntityKind, id: &str, archived: bool) -> Result<bool> {
    archive_entity(tx, kind, id, archived, true)
}

/// `guard: false` when the caller already checked the rules against the catalog as it will be
/// after all of its changes (`catalog apply`).
fn archive_entity(
    tx: &mut Tx<'_>,
    kind: EntityKind,
    id: &str,
    archived: bool,
    guard: bool,
) -> Result<bool> {
    let snap = repo::snapshot(&tx.sql)?;
    let exists = match kind {
        EntityKind::Plan | EntityKind::Addon => {
            let want = if kind == EntityKind::Plan {
                PackageKind::Plan
            } else {
                PackageKind::Addon
            };
            repo::require_package(&tx.sql, want, id)?;
            true
        }
        _ => repo::exists(&tx.sql, kind, id)?,
    };
    if !exists {
        return Err(repo::not_found(kind, id));
    }
    let key = (kind, id.to_string());
    if snap.catalog.archived.contains(&key) == archived {
        return Ok(false);
    }
    if archived && guard {
        let mut future = snap.catalog.clone();
        future.archived.insert(key);
        rules::check_archive(&future, kind, id).map_err(violation)?;
        if matches!(kind, EntityKind::Plan | EntityKind::Addon)
            && !snap.catalog.packages.contains_key(id)
        {
            return Err(Error::rejected(
                if kind == EntityKind::Addon {
                    "DraftAddonCantBeArchived"
                } else {
                    "DraftPlanCantBeArchived"
                },
                format!(
                    "{} '{id}' has never been published; discard its draft instead",
                    kind.noun()
                ),
            ));
        }
    }
    if archived && kind == EntityKind::Feature {
        refuse_inherited_feature(tx, &snap, id)?;
        refuse_feature_in_use(tx, &snap, id)?;
    }
    repo::set_archived(tx, kind, id, archived)?;
    let entity = entity_json(tx, kind, id)?;
    let event = match (kind, archived) {
        (EntityKind::Feature, true) => EventType::FeatureArchived,
        (EntityKind::Feature, false) => EventType::FeatureUpdated,
        (EntityKind::Currency, true) => EventType::CurrencyArchived,
        (EntityKind::Currency, false) => EventType::CurrencyUpdated,
        (EntityKind::Coupon, true) => EventType::CouponArchived,
        (EntityKind::Coupon, false) => EventType::CouponUpdated,
        (EntityKind::Product, true) => EventType::ProductArchived,
        (EntityKind::Product, false) => EventType::ProductUpdated,
        (EntityKind::Plan, true) => EventType::PlanArchived,
        (EntityKind::Plan, false) => EventType::PlanUpdated,
        (EntityKind::Addon, true) => EventType::AddonArchived,
        (EntityKind::Addon, false) => EventType::AddonUpdated,
    };
    emit(tx, event, kind, id, entity)?;
    Ok(true)
}

/// A feature a live plan inherits — through the parent version its latest version pinned,
/// which may be older than the parent's latest — is in use: archiving it is refused as for a
/// feature a plan names itself (the catalog's latest bodies alone do not show it).
fn refuse_inherited_feature(tx: &Tx<'_>, snap: &repo::Snapshot, feature: &str) -> Result<()> {
    let mut users = Vec::new();
    for p in snap.catalog.packages.values() {
        if p.kind != PackageKind::Plan
            || p.body.parent.is_none()
            || snap.catalog.is_archived(EntityKind::Plan, &p.id)
        {
            continue;
        }
        let Some(v) = repo::latest_published_version(&tx.sql, &p.id)? else {
            continue;
        };
        let chain = crate::ops::entitlements::plan_chain(&tx.sql, &p.id, v)?;
        if chain
            .iter()
            .skip(1)
            .any(|b| rules::uses_feature(b, feature))
        {
            users.push(p.id.clone());
        }
    }
    if users.is_empty() {
        return Ok(());
    }
    Err(Error::rejected(
        "CannotArchiveFeatureError",
        format!(
            "feature '{feature}' is inherited by published plan(s): {} (from the parent version they pinned)",
            users.join(", ")
        ),
    )
    .hint("publish new versions of those plans (they pin their parent's latest), or archive them first"))
}

/// A package version live subscriptions run on: its kind, id, version and the bodies it grants
/// by (see [`live_versions`]).
type LiveVersion = (EntityKind, String, u32, Vec<std::rc::Rc<PackageBody>>);

/// The package versions subscriptions that have not ended run on (now or in a pending scheduled
/// change), each with the bodies it grants by: a plan's with its parent chain (the parent
/// version it pinned), an add-on's own. The latest bodies alone do not show them.
fn live_versions(tx: &Tx<'_>, snap: &repo::Snapshot) -> Result<Vec<LiveVersion>> {
    let mut in_use: BTreeSet<(String, u32)> = BTreeSet::new();
    crate::store::subscriptions::each(
        &tx.sql,
        &crate::store::subscriptions::Filter::default(),
        |s| {
            in_use.extend(
                s.versions_in_use()
                    .into_iter()
                    .map(|(id, v)| (id.to_string(), v)),
            );
            Ok(())
        },
    )?;
    let mut out = Vec::new();
    for (id, version) in in_use {
        let Some(p) = snap.catalog.packages.get(&id) else {
            continue;
        };
        let bodies = if p.kind == PackageKind::Plan {
            crate::ops::entitlements::plan_chain(&tx.sql, &id, version)?
        } else {
            repo::get_version(&tx.sql, &id, version)?
                .map(|v| vec![v.body])
                .unwrap_or_default()
        };
        out.push((EntityKind::of_package(p.kind), id, version, bodies));
    }
    Ok(out)
}

/// A feature the versions subscriptions that have not ended run on use — an older plan or
/// add-on version grandfathered subscriptions keep (now or in a pending scheduled change), or
/// a parent version it inherits from — is in use too: archiving it is refused (the latest
/// bodies alone do not show it).
fn refuse_feature_in_use(tx: &Tx<'_>, snap: &repo::Snapshot, feature: &str) -> Result<()> {
    let mut users = Vec::new();
    for (kind, id, version, bodies) in live_versions(tx, snap)? {
        if bodies.iter().any(|b| rules::uses_feature(b, feature)) {
            users.push(format!("{} '{id}' v{version}", kind.noun()));
        }
    }
    if users.is_empty() {
        return Ok(());
    }
    Err(Error::rejected(
        "CannotArchiveFeatureError",
        format!(
            "feature '{feature}' is granted to live subscriptions by {}",
            users.join(", ")
        ),
    )
    .hint("move those subscriptions to versions without it (`subscription migrate`; add-ons with `catalog apply --migrate all-customers` of a new version, or `subscription update --remove-addon`), or end them first"))
}

/// Enum values a feature update removes must not be granted to anything live: a version a
/// subscription that has not ended runs on (or its parent chain: older versions the latest
/// bodies do not show), or a promotion that has not ended. Refused (as archiving a feature in
/// use is); checks then handed out a value the feature no longer had.
pub fn refuse_enum_values_in_use(
    tx: &Tx<'_>,
    feature: &str,
    removed: &BTreeSet<String>,
) -> Result<()> {
    if removed.is_empty() {
        return Ok(());
    }
    let grants = |e: Option<&Entitlement>| {
        e.into_iter()
            .flat_map(|e| e.values.iter())
            .find(|v| removed.contains(*v))
            .cloned()
    };
    let snap = repo::snapshot(&tx.sql)?;
    let mut users = Vec::new();
    for (kind, id, version, bodies) in live_versions(tx, &snap)? {
        if let Some(value) = bodies
            .iter()
            .find_map(|b| grants(b.entitlements.get(feature)))
        {
            users.push(format!(
                "{} '{id}' v{version} grants '{value}'",
                kind.noun()
            ));
        }
    }
    for p in crate::store::customers::live_promotions_of(&tx.sql, feature)? {
        if let Some(value) = grants(Some(&p.entitlement)) {
            users.push(format!(
                "a promotion of customer '{}' grants '{value}'",
                p.customer_id
            ));
        }
    }
    if users.is_empty() {
        return Ok(());
    }
    Err(Error::rejected(
        "CannotArchiveFeatureError",
        format!(
            "feature '{feature}': values in use cannot be removed — {}",
            users.join("; ")
        ),
    )
    .hint("move those subscriptions to versions without the value (`subscription migrate`) and revoke the promotions first, or keep the value"))
}

fn entity_json(tx: &Tx<'_>, kind: EntityKind, id: &str) -> Result<Value> {
    fn simple<T: SimpleEntity>(tx: &Tx<'_>, id: &str) -> Result<Value> {
        let (v, m) = repo::require_simple::<T>(&tx.sql, T::KIND, id)?;
        Ok(v.view(&m))
    }
    match kind {
        EntityKind::Feature => simple::<Feature>(tx, id),
        EntityKind::Currency => simple::<Currency>(tx, id),
        EntityKind::Coupon => simple::<Coupon>(tx, id),
        EntityKind::Product => simple::<Product>(tx, id),
        EntityKind::Plan | EntityKind::Addon => packages::package_json(tx, id),
    }
}

// ---- catalog apply ---------------------------------------------------------------------------

pub struct ApplyOptions {
    pub archive_missing: bool,
    pub migrate: Migrate,
}

/// Validates the files against the environment, plans the changes and makes them.
pub fn apply(tx: &mut Tx<'_>, files: &CatalogFiles, opts: &ApplyOptions) -> Result<ChangePlan> {
    let snap = repo::snapshot(&tx.sql)?;
    let world = snap.catalog.overlay(&files.catalog);
    files.check(&validate(&world, &files.catalog.declared()))?;
    let env = EnvState {
        catalog: &snap.catalog,
        versions: &snap.versions,
        draft_versions: &snap.draft_versions,
    };
    let plan = changes::plan(&env, &files.catalog, opts.archive_missing).map_err(|errs| {
        // Each said where its entity is in the files (`file:line:column: message`).
        let located = |mut v: RuleViolation| {
            if let Some(path) = v.entity.take()
                && let Some(line) = files
                    .render(&[crate::domain::catalog::Problem::new(
                        path,
                        v.message.clone(),
                    )])
                    .pop()
            {
                v.message = line;
            }
            v
        };
        let mut it = errs.into_iter().map(located);
        let first = it
            .next()
            .map(violation)
            .unwrap_or_else(|| Error::internal("empty rule list"));
        let rest: Vec<String> = it.map(|v| v.message).collect();
        if rest.is_empty() {
            first
        } else {
            let mut e = first;
            for r in rest {
                e.message.push_str(&format!("\n  also: {r}"));
            }
            e
        }
    })?;
    execute(tx, &plan, &files.catalog, opts.migrate)?;
    Ok(plan)
}

fn execute(tx: &mut Tx<'_>, plan: &ChangePlan, desired: &Catalog, migrate: Migrate) -> Result<()> {
    fn upsert<T: SimpleEntity>(tx: &mut Tx<'_>, action: Action, v: &T) -> Result<()> {
        if action == Action::Create {
            repo::insert_simple(tx, T::KIND, v.id(), v)?;
            emit_current::<T>(tx, T::CREATED, v.id())
        } else {
            repo::update_simple(tx, T::KIND, v.id(), v)?;
            emit_current::<T>(tx, T::UPDATED, v.id())
        }
    }
    for c in &plan.changes {
        let id = c.id.as_str();
        match (c.action, c.kind) {
            (Action::Create | Action::Update, EntityKind::Feature) => {
                upsert(tx, c.action, &desired.features[id])?
            }
            (Action::Create | Action::Update, EntityKind::Currency) => {
                upsert(tx, c.action, &desired.currencies[id])?
            }
            (Action::Create, EntityKind::Coupon) => upsert(tx, c.action, &desired.coupons[id])?,
            (Action::Update, EntityKind::Coupon) => {
                // The discount is immutable (equal by value, or the change was refused): the
                // stored one is kept as written.
                let (old, _) = repo::require_simple::<Coupon>(&tx.sql, EntityKind::Coupon, id)?;
                let new = Coupon {
                    discount: old.discount,
                    ..desired.coupons[id].clone()
                };
                upsert(tx, c.action, &new)?
            }
            (Action::Create | Action::Update, EntityKind::Product) => {
                upsert(tx, c.action, &desired.products[id])?
            }
            (Action::Create | Action::NewVersion, EntityKind::Plan | EntityKind::Addon) => {
                packages::write_and_publish(tx, &desired.packages[id], migrate)?;
            }
            (Action::CreateDraft | Action::UpdateDraft, EntityKind::Plan | EntityKind::Addon) => {
                packages::write_draft(tx, &desired.drafts[id])?;
            }
            (Action::Archive, k) => {
                archive_entity(tx, k, id, true, false)?;
            }
            (Action::Unarchive, k) => {
                archive_entity(tx, k, id, false, false)?;
            }
            (a, k) => {
                return Err(Error::internal(format!(
                    "unexpected change {} of {}",
                    a.as_str(),
                    k.noun()
                )));
            }
        }
    }
    Ok(())
}
