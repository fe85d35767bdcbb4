//! `env list|create|show|delete|promote|rotate-signing-secret`

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

use crate::app::App;
use crate::clock;
use crate::error::{Error, Result};
use crate::object_view;
use crate::ops::packages::Migrate;
use crate::output::views::{ChangePlanView, ListView};
use crate::store::{OpenMode, meta};

#[derive(Subcommand, Debug)]
pub enum EnvCommand {
    /// List the environments in the home directory
    ///
    /// Example: stigg-cli env list
    List,
    /// Create an environment (a new database file)
    ///
    /// Example: stigg-cli env create staging --type sandbox
    Create(CreateArgs),
    /// Show the current environment (-e NAME)
    ///
    /// Example: stigg-cli -e staging env show
    Show,
    /// Delete an environment's database file (asks for confirmation)
    ///
    /// Example: stigg-cli env delete scratch --yes
    Delete(NameArg),
    /// Copy the catalog of one environment into another (customers, usage and credits stay)
    ///
    /// Example: stigg-cli env promote --from development --to production --dry-run
    Promote(PromoteArgs),
    /// Generate a new signing secret for customer tokens
    ///
    /// Example: stigg-cli env rotate-signing-secret
    RotateSigningSecret,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the new environment (its file is <home>/<NAME>.db)
    pub name: String,
    /// Environment type; PRODUCTION refuses test clocks and confirms destructive commands
    #[arg(long = "type", value_enum, default_value = "development")]
    pub env_type: EnvType,
}

#[derive(Args, Debug)]
pub struct NameArg {
    /// Environment to delete
    pub name: String,
}

#[derive(Args, Debug)]
pub struct PromoteArgs {
    /// Environment to copy the catalog from
    #[arg(long)]
    pub from: String,
    /// Environment to copy it into (must exist)
    #[arg(long)]
    pub to: String,
    /// Show the changes without making them
    #[arg(long)]
    pub dry_run: bool,
    /// Whether live subscriptions move to the new package versions
    #[arg(long, value_enum, default_value = "new-customers")]
    pub migrate: Migrate,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EnvType {
    Development,
    Sandbox,
    Production,
}

impl EnvType {
    /// Stigg's EnvironmentType.
    pub fn wire(self) -> &'static str {
        match self {
            EnvType::Development => "DEVELOPMENT",
            EnvType::Sandbox => "SANDBOX",
            EnvType::Production => "PRODUCTION",
        }
    }
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct EnvRow {
    name: String,
    /// Stigg's EnvironmentType; null for a file that is not a usable environment.
    environment_type: Option<String>,
    current: bool,
    path: String,
    created_at: Option<String>,
    /// Why a `.db` file of the home is not a usable environment (an error code).
    #[serde(skip_serializing_if = "Option::is_none")]
    unusable: Option<String>,
}

fn with_env(app: &App, name: &str) -> App {
    App {
        printer: crate::output::Printer::new(
            app.printer.format,
            app.printer.quiet,
            crate::output::ColorChoice::Never,
        ),
        home: app.home.clone(),
        env: name.to_string(),
        db: None,
        now_flag: app.now_flag,
        id_seed: app.id_seed,
        yes: app.yes,
    }
}

pub fn run(app: &App, cmd: EnvCommand) -> Result<()> {
    match cmd {
        EnvCommand::List => list(app),
        EnvCommand::Create(a) => {
            crate::domain::slug::check_slug(&a.name)
                .map_err(|m| Error::usage(format!("invalid environment name: {m}")))?;
            let target = match &app.db {
                Some(p) => App {
                    db: Some(p.clone()),
                    ..with_env(app, &a.name)
                },
                None => with_env(app, &a.name),
            };
            let path = target.db_path();
            let exists = || {
                Error::conflict(
                    "EnvironmentAlreadyExists",
                    format!(
                        "environment '{}' already exists ({})",
                        a.name,
                        path.display()
                    ),
                )
            };
            if path.exists() {
                return Err(exists());
            }
            // Of two concurrent creators exactly one wins; the other is told it exists.
            let (s, created) = target.session_with(OpenMode::CreateIfMissing, a.env_type.wire())?;
            if !created {
                return Err(exists());
            }
            crate::store::mark_committed();
            app.printer.status(&format!(
                "created environment '{}' ({})",
                a.name,
                a.env_type.wire()
            ));
            app.printer.print(&object_view! {
                "name": a.name,
                "environmentType": a.env_type.wire(),
                "path": s.store.path.display().to_string(),
            })
        }
        EnvCommand::Show => show(app),
        EnvCommand::Delete(a) => {
            let target = with_env(app, &a.name);
            let path = target.db_path();
            let (mut s, _) = target.session_with(OpenMode::Existing, "DEVELOPMENT")?;
            let t = s.env_type()?;
            app.confirm(&format!(
                "delete {t} environment '{}' and all its data",
                a.name
            ))?;
            // Under the write lock: a command writing now finishes first (one that waits
            // for the lock then finds the environment gone, and writes nothing).
            s.store.under_write_lock(|_| {
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let p = PathBuf::from(p);
                    if p.exists() {
                        std::fs::remove_file(&p).map_err(|e| {
                            Error::new(
                                crate::error::ErrorKind::IoErr,
                                "IoError",
                                format!("cannot delete {}: {e}", p.display()),
                            )
                        })?;
                    }
                }
                Ok(())
            })?;
            drop(s);
            crate::store::mark_committed();
            app.printer
                .status(&format!("deleted environment '{}'", a.name));
            app.printer
                .print(&object_view! {"name": a.name, "deleted": true})
        }
        EnvCommand::Promote(a) => promote(app, a),
        EnvCommand::RotateSigningSecret => {
            let mut s = app.session()?;
            app.confirm_in_production(
                &s,
                "rotate the signing secret (tokens issued before stop verifying)",
            )?;
            let secret = crate::ids::secret_hex(32);
            s.write(false, |tx| {
                meta::set(&tx.sql, meta::SIGNING_SECRET, &secret)
            })?;
            app.printer
                .status("rotated the signing secret; tokens issued before no longer verify");
            app.printer
                .print(&object_view! {"environment": app.env, "rotated": true})
        }
    }
}

fn list(app: &App) -> Result<()> {
    let mut rows = Vec::new();
    // No home yet is no environment yet; a home that is not a readable directory is said so
    // (as `env show` says it), not listed as empty.
    let entries = match std::fs::read_dir(&app.home) {
        Ok(e) => Some(e),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(Error::config(
                "UnusableHome",
                format!("cannot list {}: {e}", app.home.display()),
            )
            .hint("point --home / STIGG_HOME at a directory"));
        }
    };
    if let Some(entries) = entries {
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "db"))
            .collect();
        // By name, as a reader looks for one (the file names sort `a-b.db` before `a.db`).
        paths.sort_by(|a, b| (a.file_stem(), a).cmp(&(b.file_stem(), b)));
        for p in paths {
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let (t, created, unusable) = match crate::store::Store::open(&p, &name) {
                // (What every command reads first: a damaged one makes them all exit 78.)
                Ok(store) => match meta::env_type(store.conn()).and_then(|t| {
                    meta::get_instant(store.conn(), meta::PROCESSED_UNTIL)?;
                    Ok(t)
                }) {
                    // (A damaged creation stamp stops only `env show`: shown empty.)
                    Ok(t) => (
                        Some(t),
                        meta::get_instant(store.conn(), meta::CREATED_AT)
                            .ok()
                            .flatten()
                            .map(|t| clock::fmt(&t)),
                        None,
                    ),
                    Err(e) => (None, None, Some(e.code.to_string())),
                },
                Err(e) => (None, None, Some(e.code.to_string())),
            };
            rows.push(EnvRow {
                current: app.db.is_none() && name == app.env,
                name,
                environment_type: t,
                path: p.display().to_string(),
                created_at: created,
                unusable,
            });
        }
    }
    app.printer.print(&ListView {
        items: rows,
        headers: &["name", "type", "current", "createdAt", "path"],
        row: |r: &EnvRow| {
            vec![
                r.name.clone(),
                match (&r.environment_type, &r.unusable) {
                    (Some(t), _) => t.clone(),
                    (None, Some(why)) => format!("unusable: {why}"),
                    (None, None) => String::new(),
                },
                if r.current { "*".into() } else { String::new() },
                r.created_at.clone().unwrap_or_default(),
                r.path.clone(),
            ]
        },
    })
}

fn show(app: &App) -> Result<()> {
    let mut s = app.session()?;
    let path = s.store.path.display().to_string();
    let conn = s.store.conn();
    let t = meta::env_type(conn)?;
    let created = meta::get_instant(conn, meta::CREATED_AT)?.map(|t| clock::fmt(&t));
    let frozen = meta::get_instant(conn, meta::FROZEN_AT)?.map(|t| clock::fmt(&t));
    let processed = meta::get_instant(conn, meta::PROCESSED_UNTIL)?.map(|t| clock::fmt(&t));
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let count = |table: &str| -> Result<i64> {
        Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let (features, packages, events) = (count("features")?, count("packages")?, count("events")?);
    let _ = s.read(|_| Ok(()));
    app.printer.print(&object_view! {
        "name": if app.db.is_some() { path.clone() } else { app.env.clone() },
        "environmentType": t,
        "path": path,
        "schemaVersion": version,
        "createdAt": created,
        "clockFrozenAt": frozen,
        "processedUntil": processed,
        "features": features,
        "packages": packages,
        "events": events,
    })
}

fn promote(app: &App, a: PromoteArgs) -> Result<()> {
    let from = with_env(app, &a.from);
    let to = with_env(app, &a.to);
    // (One file under two names is the same environment too.)
    if a.from == a.to || crate::io::same_file(&from.db_path(), &to.db_path()) {
        return Err(Error::usage(format!(
            "--from and --to name the same environment ('{}'): promote copies a catalog to another one",
            a.to
        )));
    }
    let (src, _) = from.session_with(OpenMode::Existing, "DEVELOPMENT")?;
    let snap = crate::store::catalog::snapshot(src.store.conn())?;
    let yaml = crate::io::catalog_yaml::encode(&snap.catalog);
    drop(src);
    let files = super::catalog::decode_text(&yaml, &format!("<{} export>", a.from))?;
    let (mut dst, _) = to.session_with(OpenMode::Existing, "DEVELOPMENT")?;
    if dst.env_type()? == "PRODUCTION" && !a.dry_run {
        app.confirm(&format!(
            "change the catalog of PRODUCTION environment '{}'",
            a.to
        ))?;
    }
    let opts = crate::ops::catalog::ApplyOptions {
        archive_missing: false,
        migrate: a.migrate,
    };
    let plan = dst.write(a.dry_run, |tx| {
        crate::ops::catalog::apply(tx, &files, &opts).map_err(|e| {
            if a.dry_run {
                super::catalog::refused_file(e)
            } else {
                e
            }
        })
    })?;
    app.printer
        .print(&ChangePlanView::new(&plan, a.dry_run, a.migrate.wire()))?;
    super::catalog::changes_pending(a.dry_run && !plan.changes.is_empty())
}
