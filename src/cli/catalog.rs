//! `catalog apply|diff|validate|export`

use clap::{Args, Subcommand};
use std::path::PathBuf;

use crate::app::App;
use crate::domain::catalog::validate::validate;
use crate::error::{Error, ErrorKind, Result};
use crate::io::{self, CatalogFiles, catalog_yaml, yaml::Diags};
use crate::object_view;
use crate::ops::catalog::{ApplyOptions, apply};
use crate::ops::packages::Migrate;
use crate::output::views::ChangePlanView;

#[derive(Subcommand, Debug)]
pub enum CatalogCommand {
    /// Make the environment's catalog match YAML files (idempotent; prints the changes)
    ///
    /// Example: stigg-cli catalog apply catalogs/saas-starter.yaml
    Apply(ApplyArgs),
    /// Show what apply would change; exit 0 when nothing, 1 when something would change
    ///
    /// Example: stigg-cli catalog diff catalogs/
    Diff(DiffArgs),
    /// Check YAML files on their own (no database); every problem as file:line:column
    ///
    /// Example: stigg-cli catalog validate catalogs/*.yaml
    Validate(FilesArg),
    /// Write the catalog as YAML that apply accepts (export → apply changes nothing)
    ///
    /// Example: stigg-cli catalog export -o catalog.yaml
    Export(ExportArgs),
}

#[derive(Args, Debug)]
pub struct ApplyArgs {
    /// Catalog files (YAML or JSON) or directories of them
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// Show the changes without making them
    #[arg(long)]
    pub dry_run: bool,
    /// Whether live subscriptions move to the new plan versions (recorded on each publication)
    #[arg(long, value_enum, default_value = "new-customers")]
    pub migrate: Migrate,
    /// Archive catalog entities the files do not declare
    #[arg(long)]
    pub archive_missing: bool,
}

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// Catalog files (YAML or JSON) or directories of them
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
    /// Also count archiving the catalog entities the files do not declare (as apply does)
    #[arg(long)]
    pub archive_missing: bool,
    /// Instead of the changes, price every live subscription under the current catalog and
    /// under the files (as if moved to the new versions of the plans and add-ons they change):
    /// MRR before, after and the delta, per plan and in total, and the subscriptions whose
    /// bill changes most
    #[arg(long)]
    pub impact: bool,
    /// How many subscriptions whose bill changes most --impact lists
    #[arg(long, default_value_t = 10, requires = "impact")]
    pub top: usize,
}

#[derive(Args, Debug)]
pub struct FilesArg {
    /// Catalog files (YAML or JSON) or directories of them
    #[arg(required = true, value_name = "FILE|DIR")]
    pub files: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Write to this file instead of stdout (`-o FILE` works too)
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A dry run (or diff) that would change something answers 1, like `git diff --exit-code`:
/// the plan was printed; the exit code alone carries the answer.
pub fn changes_pending(pending: bool) -> Result<()> {
    if pending {
        Err(Error::new(ErrorKind::Rejected, "ChangesPending", ""))
    } else {
        Ok(())
    }
}

/// Decodes YAML text that did not come from a file (env promote).
pub fn decode_text(text: &str, name: &str) -> Result<CatalogFiles> {
    let mut d = Diags::default();
    let decoded = catalog_yaml::decode(text, &mut d);
    Ok(CatalogFiles {
        catalog: decoded.catalog.clone(),
        files: vec![(name.to_string(), decoded)],
        shape_errors: d.render(name),
    })
}

pub fn run(app: &App, cmd: CatalogCommand, asked: Option<super::Asked>) -> Result<()> {
    match cmd {
        CatalogCommand::Apply(a) => {
            let files = io::load_catalog_files(&a.files)?;
            let mut s = app.session()?;
            let production = s.env_type()? == "PRODUCTION";
            if production && !a.dry_run {
                app.confirm(&format!(
                    "apply catalog changes to PRODUCTION environment '{}'",
                    app.env
                ))?;
            }
            if a.archive_missing && !a.dry_run && files.catalog.declared().is_empty() {
                // The files' own problems first: an empty file is an error, not a question.
                files.check(&[])?;
                app.confirm(
                    "--archive-missing with files that declare nothing archives the whole catalog",
                )?;
            }
            let opts = ApplyOptions {
                archive_missing: a.archive_missing,
                migrate: a.migrate,
            };
            let plan = s.write(a.dry_run, |tx| {
                apply(tx, &files, &opts).map_err(|e| if a.dry_run { refused_file(e) } else { e })
            })?;
            app.printer
                .print(&ChangePlanView::new(&plan, a.dry_run, a.migrate.wire()))?;
            changes_pending(a.dry_run && !plan.changes.is_empty())
        }
        CatalogCommand::Diff(a) => {
            let files = io::load_catalog_files(&a.files)?;
            let mut s = app.session()?;
            let opts = ApplyOptions {
                archive_missing: a.archive_missing,
                migrate: Migrate::NewCustomers,
            };
            if a.impact {
                let (pending, v, warnings) =
                    s.write(true, |tx| impact(tx, &files, &opts, a.top))?;
                for w in &warnings {
                    app.printer.warn(w);
                }
                app.printer.print(&crate::output::views::ImpactView(v))?;
                return changes_pending(pending);
            }
            let plan = s.write(true, |tx| apply(tx, &files, &opts).map_err(refused_file))?;
            app.printer.print(&ChangePlanView::new(
                &plan,
                true,
                Migrate::NewCustomers.wire(),
            ))?;
            changes_pending(!plan.changes.is_empty())
        }
        CatalogCommand::Validate(a) => {
            let files = io::load_catalog_files(&a.files)?;
            files.check(&validate(&files.catalog, &files.catalog.declared()))?;
            let c = &files.catalog;
            app.printer
                .status(&format!("{} file(s) valid", files.files.len()));
            app.printer.print(&object_view! {
                "valid": true,
                "files": files.files.len(),
                "features": c.features.len(),
                "currencies": c.currencies.len(),
                "coupons": c.coupons.len(),
                "products": c.products.len(),
                "plans": c.packages.values().chain(c.drafts.values()).filter(|p| p.kind == crate::domain::catalog::PackageKind::Plan).count(),
                "addons": c.packages.values().chain(c.drafts.values()).filter(|p| p.kind == crate::domain::catalog::PackageKind::Addon).count(),
            })
        }
        CatalogCommand::Export(a) => {
            use super::Asked;
            let json = super::export_format(
                "catalog export",
                asked,
                a.output.as_deref(),
                &[Asked::Yaml, Asked::Json],
            )? == Asked::Json;
            let mut s = app.session()?;
            let snap = s.read(crate::store::catalog::snapshot)?;
            let text = if json {
                catalog_yaml::encode_json(&snap.catalog)
            } else {
                catalog_yaml::encode(&snap.catalog)
            };
            super::write_export(app, a.output.as_deref(), &text)
        }
    }
}

/// A diff (or dry run) exits 1 for "changes pending": a file the apply would refuse by a rule
/// (an immutable coupon changed, say) is bad input there (exit 65, the rule's code kept), so a
/// CI script can tell a reviewable diff from a file that can never land.
/// It maps the errors of the apply itself only (callers map inside the write, after the
/// clock guard and the catch-up step), so a refusal of the clock keeps its exit 1.
pub(crate) fn refused_file(e: Error) -> Error {
    if e.kind != ErrorKind::Rejected {
        return e;
    }
    let mut d = Error::new(ErrorKind::DataErr, e.code, e.message);
    d.hints = e.hints;
    d.hint("the apply would refuse this catalog: fix it before reviewing the diff")
}

/// `catalog diff --impact`: in the diff's rolled-back transaction, the files are applied (new
/// versions of the packages they change), then every subscription billed now is priced as it
/// is and as if moved to those new versions. Returns whether anything would change, and the
/// impact JSON.
fn impact(
    tx: &mut crate::store::Tx<'_>,
    files: &CatalogFiles,
    opts: &ApplyOptions,
    top: usize,
) -> Result<(bool, serde_json::Value, Vec<String>)> {
    use crate::store::catalog::latest_published_version;
    let declared: Vec<String> = files.catalog.packages.keys().cloned().collect();
    let mut before = std::collections::BTreeMap::new();
    for id in &declared {
        before.insert(id.clone(), latest_published_version(&tx.sql, id)?);
    }
    let plan = apply(tx, files, opts).map_err(refused_file)?;
    let mut moved = std::collections::BTreeMap::new();
    for id in &declared {
        let now = latest_published_version(&tx.sql, id)?;
        if let Some(v) = now
            && before.get(id) != Some(&now)
        {
            moved.insert(id.clone(), v);
        }
    }
    // Subscriptions the new plan version would refuse (a migration never moves them): their
    // "after" is priced all the same, and the diff warns.
    let refused = std::cell::RefCell::new(std::collections::BTreeMap::new());
    let checked = std::cell::RefCell::new(std::collections::HashMap::new());
    let tx: &crate::store::Tx<'_> = tx;
    let swap = |s: &crate::domain::subscriptions::Subscription| {
        let plan = moved.get(&s.plan_id);
        // Its add-ons, and those its pending scheduled changes will give it.
        let addon = s.addons.iter().any(|a| moved.contains_key(&a.addon_id))
            || s.pending_addon_sets()
                .any(|set| set.iter().any(|a| moved.contains_key(&a.addon_id)));
        if plan.is_none() && !addon {
            return None;
        }
        let movable =
            s.is_live() || s.status == crate::domain::subscriptions::SubStatus::NotStarted;
        {
            // Checked once per configuration (most subscriptions share one): the plan's move,
            // then each add-on's.
            let key = format!(
                "{plan:?}|{:?}|{:?}|{:?}|{:?}",
                s.billing_period,
                s.addons
                    .iter()
                    .map(|a| (&a.addon_id, a.version, a.quantity))
                    .collect::<Vec<_>>(),
                s.quantities
                    .iter()
                    .map(|q| (&q.feature_id, q.quantity))
                    .collect::<Vec<_>>(),
                s.pending_addon_sets()
                    .map(|set| {
                        set.iter()
                            .map(|a| (&a.addon_id, a.version, a.quantity))
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            );
            let verdict = checked.borrow().get(&key).cloned();
            let verdict = match verdict {
                Some(v) => v,
                None => {
                    let plan_move = match plan {
                        Some(v) => crate::ops::subscriptions::check_migration(tx, s, *v),
                        None => Ok(()),
                    };
                    let r = plan_move
                        .and_then(|()| {
                            let held: std::collections::BTreeSet<&String> = s
                                .addons
                                .iter()
                                .chain(s.pending_addon_sets().flatten())
                                .map(|a| &a.addon_id)
                                .collect();
                            held.into_iter().try_for_each(|id| match moved.get(id) {
                                Some(v) => {
                                    crate::ops::subscriptions::check_addon_migration(tx, s, id, *v)
                                }
                                None => Ok(()),
                            })
                        })
                        .err()
                        .map(|e| (s.subscription_id.clone(), e.message));
                    checked.borrow_mut().insert(key, r.clone());
                    r
                }
            };
            if let Some((checked_id, m)) = verdict.filter(|_| movable) {
                // The message names the subscription it was checked with: name this one.
                let m = m.replacen(
                    &format!("subscription '{checked_id}'"),
                    &format!("subscription '{}'", s.subscription_id),
                    1,
                );
                refused.borrow_mut().insert(s.subscription_id.clone(), m);
            }
        }
        let mut n = s.clone();
        if let Some(v) = plan {
            n.plan_version = *v;
        }
        for a in &mut n.addons {
            if let Some(v) = moved.get(&a.addon_id) {
                a.version = *v;
            }
        }
        Some(n)
    };
    let (rows, left_out) = crate::ops::revenue::rows(&tx.sql, tx.now, Some(&swap))?;
    // Every live subscription a migration would move (in trial and not started included, as
    // `--migrate all-customers` takes them), billed or not.
    let refused = refused.into_inner();
    let warning = refused.iter().next().map(|(_, first)| {
        format!(
            "{} live subscription(s) can't move to the new versions, and `--migrate all-customers` would publish nothing (first: {first}); the billed ones among them are priced here on a configuration the version refuses",
            refused.len(),
        )
    });
    let warnings = warning.into_iter().chain(left_out.warning()).collect();
    Ok((
        !plan.changes.is_empty(),
        crate::ops::revenue::impact_json(&rows, top)?,
        warnings,
    ))
}
