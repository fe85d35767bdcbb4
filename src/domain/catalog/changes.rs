//! `catalog apply` planning: compare what the files declare with what the environment holds, by
//! content (not file order or formatting), and list the changes in the order they must be made.

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

use super::rules::{self, RuleViolation};
use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Create,
    Update,
    /// A package's published content changed: a new version is published.
    NewVersion,
    CreateDraft,
    UpdateDraft,
    Archive,
    Unarchive,
}

impl Action {
    pub fn symbol(self) -> &'static str {
        match self {
            Action::Create => "+",
            Action::Update | Action::UpdateDraft => "~",
            Action::NewVersion => "^",
            Action::CreateDraft => "+",
            Action::Archive => "-",
            Action::Unarchive => "+",
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::NewVersion => "new-version",
            Action::CreateDraft => "create-draft",
            Action::UpdateDraft => "update-draft",
            Action::Archive => "archive",
            Action::Unarchive => "unarchive",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub action: Action,
    pub kind: EntityKind,
    pub id: String,
    /// For packages: the version this change creates or edits.
    pub version: Option<u32>,
    /// What differs (`entitlements.seats`, `name`, …).
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangePlan {
    pub changes: Vec<Change>,
    pub unchanged: usize,
    /// Advisory notes (e.g. a child plan still inherits from an older parent version).
    pub notes: Vec<String>,
}

/// A declared entity whose archived state changes was counted unchanged when its content is
/// the same (no other change names it): it is one entity, changed, not also unchanged.
fn counted_unchanged(out: &mut ChangePlan, key: &(EntityKind, String)) {
    if !out.changes.iter().any(|c| c.kind == key.0 && c.id == key.1) {
        out.unchanged = out.unchanged.saturating_sub(1);
    }
}

/// `versions`: latest published version per package id in the environment (absent = never
/// published); `draft_versions`: open draft version per package id.
pub struct EnvState<'a> {
    pub catalog: &'a Catalog,
    pub versions: &'a BTreeMap<String, u32>,
    pub draft_versions: &'a BTreeMap<String, u32>,
}

pub fn plan(
    env: &EnvState<'_>,
    desired: &Catalog,
    archive_missing: bool,
) -> Result<ChangePlan, Vec<RuleViolation>> {
    let cur = env.catalog;
    let mut out = ChangePlan::default();
    let mut errors = Vec::new();

    fn simple<T: PartialEq + Serialize>(
        out: &mut ChangePlan,
        kind: EntityKind,
        cur: &BTreeMap<String, T>,
        want: &BTreeMap<String, T>,
        check: impl Fn(&T, &T) -> Result<(), RuleViolation>,
        errors: &mut Vec<RuleViolation>,
    ) {
        for (id, w) in want {
            match cur.get(id) {
                None => out
                    .changes
                    .push(change(Action::Create, kind, id, None, vec![])),
                Some(c) if c == w => out.unchanged += 1,
                Some(c) => match check(c, w) {
                    Ok(()) => {
                        out.changes
                            .push(change(Action::Update, kind, id, None, diff_fields(c, w)))
                    }
                    Err(e) => errors.push(e.at(kind, id)),
                },
            }
        }
    }
    simple(
        &mut out,
        EntityKind::Feature,
        &cur.features,
        &desired.features,
        rules::check_feature_change,
        &mut errors,
    );
    simple(
        &mut out,
        EntityKind::Currency,
        &cur.currencies,
        &desired.currencies,
        |_, _| Ok(()),
        &mut errors,
    );
    simple(
        &mut out,
        EntityKind::Coupon,
        &cur.coupons,
        &desired.coupons,
        rules::check_coupon_change,
        &mut errors,
    );
    // A coupon's discount is immutable: an update that passed the check has the same one
    // (`20.00` is `20`), which is kept as stored, not listed as changed.
    for c in out
        .changes
        .iter_mut()
        .filter(|c| c.kind == EntityKind::Coupon && c.action == Action::Update)
    {
        c.fields.retain(|f| f != "discount");
    }
    simple(
        &mut out,
        EntityKind::Product,
        &cur.products,
        &desired.products,
        |_, _| Ok(()),
        &mut errors,
    );

    // Packages: parents before children, add-ons before plans.
    let ordered = package_order(desired);
    let mut published_after: BTreeSet<String> = env.versions.keys().cloned().collect();
    for id in &ordered {
        let kind_of = |p: &PackageDef| EntityKind::of_package(p.kind);
        let existing = cur.packages.get(id).or_else(|| cur.drafts.get(id));
        if let Some(want) = desired.packages.get(id) {
            if let Some(old) = existing
                && let Err(e) = rules::check_package_identity(old, want)
            {
                errors.push(e.at(kind_of(want), id));
                continue;
            }
            let latest = env.versions.get(id).copied();
            let cur_body = cur.packages.get(id).map(|p| &p.body);
            if cur_body == Some(&want.body) {
                out.unchanged += 1;
            } else {
                let has_open_draft = env.draft_versions.contains_key(id);
                let file_has_draft = desired.drafts.contains_key(id);
                if latest.is_some() && has_open_draft && !file_has_draft {
                    errors.push(RuleViolation {
                        entity: Some(crate::domain::catalog::entity_path(kind_of(want), id)),
                        code: "DraftAlreadyExists",
                        message: format!(
                            "{} '{id}' has an open draft (v{}); publishing the file's version would overwrite it",
                            want.kind.kebab(),
                            env.draft_versions[id]
                        ),
                        hint: Some(format!(
                            "publish or discard it first: `stigg-cli {} publish {id}` / `stigg-cli {} discard-draft {id}`",
                            want.kind.kebab(),
                            want.kind.kebab()
                        )),
                    });
                    continue;
                }
                if let Some(parent) = &want.body.parent
                    && !published_after.contains(parent)
                {
                    errors.push(RuleViolation {
                        entity: Some(crate::domain::catalog::entity_path(kind_of(want), id)),
                        code: "PlanCannotBePublishWhenBasePlanIsDraft",
                        message: format!("plan '{id}' cannot be published: its parent '{parent}' has no published version"),
                        hint: Some(format!("publish '{parent}' first (declare it without `draft: true`)")),
                    });
                    continue;
                }
                // A new version grants or prices credits only in a live currency (an archived
                // one takes no new use, as an archived feature; versions already published
                // keep theirs, as their subscriptions do). A currency the environment does not
                // hold yet, declared archived with the plans that grant it, is an environment
                // moving (what `catalog export` writes after `currency archive`): taken as is.
                let archived_currency = |c: &String| {
                    cur.currencies.contains_key(c)
                        && (desired.is_archived(EntityKind::Currency, c)
                            || (!desired.currencies.contains_key(c)
                                && cur.is_archived(EntityKind::Currency, c)))
                };
                if let Some(c) = want.body.credit_currencies().find(|c| archived_currency(c)) {
                    errors.push(RuleViolation {
                        entity: Some(crate::domain::catalog::entity_path(kind_of(want), id)),
                        code: "EntityIsArchivedError",
                        message: format!("{} '{id}': currency '{c}' is archived: a new version grants or prices no credits in it", kind_of(want).noun()),
                        hint: Some(format!("unarchive it first (`stigg-cli currency unarchive {c}`)")),
                    });
                    continue;
                }
                // A published plan offers only add-ons that can be bought (a draft one failed
                // every subscription asking for it, UnPublishedPackage).
                if let Some(a) = want
                    .body
                    .compatible_addons
                    .iter()
                    .find(|a| !published_after.contains(*a))
                {
                    errors.push(RuleViolation {
                        entity: Some(crate::domain::catalog::entity_path(kind_of(want), id)),
                        code: "PlanCannotBePublishWhenCompatibleAddonIsDraft",
                        message: format!("plan '{id}' cannot be published: its compatible add-on '{a}' has no published version"),
                        hint: Some(format!("publish '{a}' first (declare it without `draft: true`)")),
                    });
                    continue;
                }
                let (action, fields) = match cur_body {
                    None if latest.is_none() && existing.is_none() => (Action::Create, vec![]),
                    None => (
                        Action::NewVersion,
                        vec!["(first publication of the draft)".to_string()],
                    ),
                    Some(b) => (Action::NewVersion, diff_fields(b, &want.body)),
                };
                out.changes.push(change(
                    action,
                    kind_of(want),
                    id,
                    Some(latest.unwrap_or(0) + 1),
                    fields,
                ));
                published_after.insert(id.clone());
            }
        }
        if let Some(want) = desired.drafts.get(id) {
            if let Some(old) = existing
                && let Err(e) = rules::check_package_identity(old, want)
            {
                errors.push(e.at(kind_of(want), id));
                continue;
            }
            // A draft the files' published entry consumes this run is replaced by a new one.
            let published_now = out
                .changes
                .iter()
                .any(|c| &c.id == id && matches!(c.action, Action::Create | Action::NewVersion));
            match cur.drafts.get(id).filter(|_| !published_now) {
                Some(d) if d.body == want.body => out.unchanged += 1,
                Some(d) => {
                    let fields = diff_fields(&d.body, &want.body);
                    out.changes.push(change(
                        Action::UpdateDraft,
                        kind_of(want),
                        id,
                        env.draft_versions.get(id).copied(),
                        fields,
                    ));
                }
                None => {
                    let base =
                        env.versions.get(id).copied().unwrap_or(0) + u32::from(published_now);
                    out.changes.push(change(
                        Action::CreateDraft,
                        kind_of(want),
                        id,
                        Some(base + 1),
                        vec![],
                    ));
                }
            }
        }
    }

    // Archive state of declared entities, then --archive-missing.
    let declared = desired.declared();
    let mut future = cur.overlay(desired);
    let mut archive_requests: Vec<(EntityKind, String)> = Vec::new();
    for key in &declared {
        let want_archived = desired.archived.contains(key);
        let is_archived = cur.archived.contains(key);
        if want_archived && !is_archived {
            archive_requests.push(key.clone());
        } else if !want_archived && is_archived {
            counted_unchanged(&mut out, key);
            out.changes
                .push(change(Action::Unarchive, key.0, &key.1, None, vec![]));
        }
    }
    if archive_missing {
        for key in cur.declared() {
            if !declared.contains(&key) && !cur.archived.contains(&key) {
                archive_requests.push(key);
            }
        }
    }
    // Dependents first: packages, then features/currencies/coupons, then products.
    archive_requests.sort_by_key(|(k, id)| {
        let rank = match k {
            EntityKind::Plan | EntityKind::Addon => 0,
            EntityKind::Product => 2,
            _ => 1,
        };
        (rank, *k, id.clone())
    });
    future.archived.extend(archive_requests.iter().cloned());
    for key in archive_requests {
        match rules::check_archive(&future, key.0, &key.1).map_err(|e| e.at(key.0, &key.1)) {
            Ok(()) => {
                if declared.contains(&key) {
                    counted_unchanged(&mut out, &key);
                }
                out.changes
                    .push(change(Action::Archive, key.0, &key.1, None, vec![]));
            }
            Err(e) => errors.push(e),
        }
    }

    // Children pin the parent version they were published with; say when that is now stale.
    for c in &out.changes {
        if c.action == Action::NewVersion && c.kind == EntityKind::Plan {
            for child in future.packages.values() {
                let republished = out
                    .changes
                    .iter()
                    .any(|o| o.id == child.id && o.action == Action::NewVersion);
                if child.body.parent.as_deref() == Some(&c.id)
                    && !republished
                    && cur.packages.contains_key(&child.id)
                {
                    out.notes.push(format!(
                        "plan '{}' keeps inheriting from '{}' as of its current version; publish a new version of '{}' to inherit v{}",
                        child.id, c.id, child.id, c.version.unwrap_or(0)
                    ));
                }
            }
        }
    }

    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn change(
    action: Action,
    kind: EntityKind,
    id: &str,
    version: Option<u32>,
    fields: Vec<String>,
) -> Change {
    Change {
        action,
        kind,
        id: id.to_string(),
        version,
        fields,
    }
}

/// Add-ons first, then plans with every parent before its children; ties by id.
pub fn package_order(desired: &Catalog) -> Vec<String> {
    let all: BTreeMap<&String, &PackageDef> = desired
        .drafts
        .iter()
        .chain(desired.packages.iter())
        .collect();
    let mut order = Vec::new();
    let mut placed = BTreeSet::new();
    let mut addons: Vec<&String> = all
        .iter()
        .filter(|(_, p)| p.kind == PackageKind::Addon)
        .map(|(k, _)| *k)
        .collect();
    addons.sort();
    for a in addons {
        placed.insert(a.clone());
        order.push(a.clone());
    }
    fn visit(
        id: &String,
        all: &BTreeMap<&String, &PackageDef>,
        placed: &mut BTreeSet<String>,
        order: &mut Vec<String>,
        depth: usize,
    ) {
        if placed.contains(id) || depth > all.len() {
            return;
        }
        if let Some(parent) = all.get(id).and_then(|p| p.body.parent.as_ref())
            && all.contains_key(parent)
        {
            visit(parent, all, placed, order, depth + 1);
        }
        if placed.insert(id.clone()) {
            order.push(id.clone());
        }
    }
    for id in all.keys() {
        visit(id, &all, &mut placed, &mut order, 0);
    }
    order
}

/// Names of the fields that differ, one level into maps (`entitlements.seats`).
pub fn diff_fields<T: Serialize>(old: &T, new: &T) -> Vec<String> {
    let (a, b) = (
        serde_json::to_value(old).unwrap_or_default(),
        serde_json::to_value(new).unwrap_or_default(),
    );
    let mut out = Vec::new();
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return out;
    };
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    for k in keys {
        let (x, y) = (a.get(k), b.get(k));
        if x == y {
            continue;
        }
        match (x.and_then(|v| v.as_object()), y.and_then(|v| v.as_object())) {
            (Some(xo), Some(yo)) if k == "entitlements" || k == "credits" => {
                let inner: BTreeSet<&String> = xo.keys().chain(yo.keys()).collect();
                for ik in inner {
                    if xo.get(ik) != yo.get(ik) {
                        out.push(format!("{k}.{ik}"));
                    }
                }
            }
            _ => out.push(k.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_def(id: &str, parent: Option<&str>) -> PackageDef {
        let mut body = PackageBody::new(PackageKind::Plan, id, PricingType::Free);
        body.parent = parent.map(str::to_string);
        PackageDef {
            kind: PackageKind::Plan,
            id: id.into(),
            product_id: "app".into(),
            body,
        }
    }

    #[test]
    fn parents_are_ordered_first() {
        let mut c = Catalog::default();
        c.packages
            .insert("a-child".into(), plan_def("a-child", Some("z-parent")));
        c.packages
            .insert("z-parent".into(), plan_def("z-parent", None));
        assert_eq!(package_order(&c), vec!["z-parent", "a-child"]);
    }

    #[test]
    fn same_content_is_unchanged_and_changes_make_versions() {
        let mut env_cat = Catalog::default();
        env_cat.products.insert("app".into(), Product::new("app"));
        env_cat
            .packages
            .insert("free".into(), plan_def("free", None));
        let versions = BTreeMap::from([("free".to_string(), 1)]);
        let drafts = BTreeMap::new();
        let env = EnvState {
            catalog: &env_cat,
            versions: &versions,
            draft_versions: &drafts,
        };
        let same = plan(&env, &env_cat, false).unwrap();
        assert!(same.changes.is_empty());
        assert_eq!(same.unchanged, 2);

        let mut want = env_cat.clone();
        want.packages.get_mut("free").unwrap().body.name = "Free forever".into();
        let p = plan(&env, &want, false).unwrap();
        assert_eq!(p.changes.len(), 1);
        assert_eq!(p.changes[0].action, Action::NewVersion);
        assert_eq!(p.changes[0].version, Some(2));
        assert_eq!(p.changes[0].fields, vec!["name"]);
    }

    #[test]
    fn open_draft_blocks_a_new_version() {
        let mut env_cat = Catalog::default();
        env_cat
            .packages
            .insert("free".into(), plan_def("free", None));
        env_cat.drafts.insert("free".into(), plan_def("free", None));
        let versions = BTreeMap::from([("free".to_string(), 1)]);
        let drafts = BTreeMap::from([("free".to_string(), 2)]);
        let env = EnvState {
            catalog: &env_cat,
            versions: &versions,
            draft_versions: &drafts,
        };
        let mut want = Catalog::default();
        let mut changed = plan_def("free", None);
        changed.body.name = "x".into();
        want.packages.insert("free".into(), changed);
        let errs = plan(&env, &want, false).unwrap_err();
        assert_eq!(errs[0].code, "DraftAlreadyExists");
    }
}
