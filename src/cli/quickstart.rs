//! `quickstart` — the tour: applies the starter catalog to the environment and shows it.

use clap::Args;
use std::path::PathBuf;

use crate::app::App;
use crate::error::Result;
use crate::ops::catalog::{ApplyOptions, apply};
use crate::ops::packages::Migrate;
use crate::output::views::{ChangePlanView, ListView, PackageView};
use crate::store::catalog as repo;

/// The starter catalog is compiled in, so the quickstart works from any directory.
pub const SAAS_STARTER: &str = include_str!("../../catalogs/saas-starter.yaml");

#[derive(Args, Debug)]
pub struct QuickstartArgs {
    /// Apply this catalog instead of the built-in catalogs/saas-starter.yaml
    #[arg(long)]
    pub catalog: Option<PathBuf>,
}

pub fn run(app: &App, a: QuickstartArgs) -> Result<()> {
    let files = match &a.catalog {
        Some(p) => crate::io::load_catalog_files(std::slice::from_ref(p))?,
        None => super::catalog::decode_text(SAAS_STARTER, "catalogs/saas-starter.yaml")?,
    };
    let mut s = app.session()?;
    let path = s.store.path.display().to_string();
    app.printer
        .status(&format!("environment '{}' at {path}", app.env));
    app.printer.status("step 1: apply the starter catalog");
    let opts = ApplyOptions {
        archive_missing: false,
        migrate: Migrate::NewCustomers,
    };
    let plan = s.write(false, |tx| apply(tx, &files, &opts))?;
    app.printer.print(&ChangePlanView::new(
        &plan,
        false,
        Migrate::NewCustomers.wire(),
    ))?;
    app.printer.status("step 2: the plans now on offer");
    let items = s.read(|c| {
        let mut out = Vec::new();
        for row in repo::load_packages(c)?.into_values() {
            if let Some(v) = row.published.clone().or(row.draft.clone()) {
                out.push(PackageView::new(&row, &v, Vec::new()));
            }
        }
        Ok(out)
    })?;
    app.printer.print(&ListView {
        items,
        headers: PackageView::HEADERS,
        row: PackageView::row,
    })?;
    app.printer.status(
        "next: `stigg-cli plan show pro`, `stigg-cli catalog export`, `stigg-cli events list`",
    );
    Ok(())
}
