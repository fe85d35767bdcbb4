//! File formats. Everything here turns bytes into domain values (or back) and reports problems
//! as `file:line:column: message`.

pub mod atomic;
pub mod catalog_yaml;
pub mod csv_strict;
pub mod json_strict;
pub mod rejects;
pub mod rows;
mod rows_file;
#[cfg(test)]
mod rows_fuzz;
pub mod stream;
pub mod text;
pub mod yaml;

use std::path::{Path, PathBuf};

pub use atomic::{
    check_rejects_format, check_writable, publish_rejects, same_file, stage_rejects, write_atomic,
    write_atomic_with,
};

use crate::domain::catalog::{Catalog, Problem};
use crate::error::{Error, ErrorKind, Result};
use catalog_yaml::Decoded;
use yaml::Diags;

pub fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(
            ErrorKind::NoInput,
            "InputNotReadable",
            format!("cannot read {}: {}", path.display(), io_reason(&e)),
        )
    })?;
    text::decode(&path.display().to_string(), bytes)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Catalog files as given: directories contribute their `*.yaml`/`*.yml`/`*.json` files,
/// sorted (a `catalog export --format json` file is a catalog too: it was skipped silently).
pub fn expand_catalog_paths(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| {
                    Error::new(
                        ErrorKind::NoInput,
                        "InputNotReadable",
                        format!("cannot read directory {}: {}", p.display(), io_reason(&e)),
                    )
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    // (A directory named `x.yaml` is not a catalog file.)
                    !f.is_dir()
                        && f.extension().is_some_and(|x| {
                            let x = x.to_string_lossy().to_ascii_lowercase();
                            x == "yaml" || x == "yml" || x == "json"
                        })
                })
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(Error::new(
                    ErrorKind::NoInput,
                    "InputNotReadable",
                    format!("{} holds no .yaml, .yml or .json files", p.display()),
                ));
            }
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Catalog files decoded and merged; `files` keeps each file's locations for error reports.
pub struct CatalogFiles {
    pub catalog: Catalog,
    pub files: Vec<(String, Decoded)>,
    /// Syntax and shape problems found while decoding, already as `file:line:column: message`.
    pub shape_errors: Vec<String>,
}

impl CatalogFiles {
    /// Fails with every problem — shape problems plus validation `problems` — as one exit-65
    /// error. A validation problem on a line that already has a shape problem is left out (it is
    /// usually the same mistake seen twice).
    pub fn check(&self, problems: &[Problem]) -> Result<()> {
        let mut lines = self.shape_errors.clone();
        let taken: std::collections::BTreeSet<String> = lines
            .iter()
            .map(|l| {
                let mut parts = l.splitn(3, ':');
                format!(
                    "{}:{}",
                    parts.next().unwrap_or(""),
                    parts.next().unwrap_or("")
                )
            })
            .collect();
        for l in self.render(problems) {
            let mut parts = l.splitn(3, ':');
            let key = format!(
                "{}:{}",
                parts.next().unwrap_or(""),
                parts.next().unwrap_or("")
            );
            if !taken.contains(&key) {
                lines.push(l);
            }
        }
        if lines.is_empty() {
            Ok(())
        } else {
            lines.sort_by_key(|l| line_key(l));
            lines.dedup();
            Err(problems_error(lines))
        }
    }

    /// Every problem as `file:line:column: message`, attributed to the file declaring the entity.
    pub fn render(&self, problems: &[Problem]) -> Vec<String> {
        let mut out = Vec::new();
        for p in problems {
            let entity = p.path.split('/').next().unwrap_or(&p.path);
            let (name, decoded) = self
                .files
                .iter()
                .find(|(_, d)| d.locs.contains_key(entity))
                .or_else(|| self.files.first())
                .map(|(n, d)| (n.as_str(), d))
                .unwrap_or(("<catalog>", &EMPTY));
            let (loc, msg) = catalog_yaml::locate_problem(decoded, p);
            out.push(format!("{name}:{}:{}: {msg}", loc.line, loc.column));
        }
        out.sort();
        out.dedup();
        out
    }
}

static EMPTY: std::sync::LazyLock<Decoded> = std::sync::LazyLock::new(Decoded::default);

/// Reads, decodes and merges catalog files. Syntax and shape errors of every file are collected
/// and returned together as one exit-65 error.
pub fn load_catalog_files(inputs: &[PathBuf]) -> Result<CatalogFiles> {
    let paths = expand_catalog_paths(inputs)?;
    let mut files = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut merged = Catalog::default();
    let mut seen: Vec<(PathBuf, String)> = Vec::new();
    for path in &paths {
        let name = path.display().to_string();
        // The same file given twice (by another spelling, a link): one problem, not one per
        // entity it declares.
        if let Ok(real) = std::fs::canonicalize(path) {
            if let Some((_, first)) = seen.iter().find(|(p, _)| *p == real) {
                errors.push(format!("{name}:1:1: the same file as {first}, given twice"));
                continue;
            }
            seen.push((real, name.clone()));
        }
        let src = read_file(path)?;
        let mut d = Diags::default();
        let decoded = catalog_yaml::decode(&src, &mut d);
        if decoded.empty && d.is_empty() {
            // An empty file is a mistake (a failed redirect, a wrong path), never "no catalog":
            // with --archive-missing it would archive everything.
            errors.push(format!(
                "{name}:1:1: the file is empty (no YAML document, only blank lines or comments)"
            ));
        }
        // An entity declared in two files is a problem of the second file.
        let c = &decoded.catalog;
        let earlier: &[(String, Decoded)] = &files;
        let mut clash = |kind: crate::domain::catalog::EntityKind, id: &String, first: bool| {
            if first {
                let p = crate::domain::catalog::entity_path(kind, id);
                let loc = decoded.locate(&p);
                // Where it was declared first (a file given twice names itself).
                let there = earlier
                    .iter()
                    .find(|(_, d)| d.locs.contains_key(&p))
                    .map(|(n, d)| {
                        let l = d.locate(&p);
                        format!("{n}:{}:{}", l.line, l.column)
                    })
                    .unwrap_or_else(|| "another file".into());
                errors.push(format!(
                    "{name}:{}:{}: {} '{id}' is also declared at {there}",
                    loc.line,
                    loc.column,
                    kind.noun()
                ));
            }
        };
        use crate::domain::catalog::EntityKind as K;
        for id in c.features.keys() {
            clash(K::Feature, id, merged.features.contains_key(id));
        }
        for id in c.currencies.keys() {
            clash(K::Currency, id, merged.currencies.contains_key(id));
        }
        for id in c.coupons.keys() {
            clash(K::Coupon, id, merged.coupons.contains_key(id));
        }
        for id in c.products.keys() {
            clash(K::Product, id, merged.products.contains_key(id));
        }
        for (id, p) in &c.packages {
            clash(K::of_package(p.kind), id, merged.packages.contains_key(id));
        }
        merged = merged.overlay(c);
        errors.extend(d.render(&name));
        files.push((name, decoded));
    }
    Ok(CatalogFiles {
        catalog: merged,
        files,
        shape_errors: errors,
    })
}

/// Sort key for `file:line:column: message`: file, then line and column as numbers.
fn line_key(l: &str) -> (String, u64, u64) {
    let mut parts = l.splitn(4, ':');
    let file = parts.next().unwrap_or("").to_string();
    let line = parts.next().and_then(|x| x.parse().ok()).unwrap_or(0);
    let col = parts.next().and_then(|x| x.parse().ok()).unwrap_or(0);
    (file, line, col)
}

/// One exit-65 error listing every problem (each on its own line).
pub fn problems_error(lines: Vec<String>) -> Error {
    let n = lines.len();
    let mut msg = format!(
        "the catalog has {n} problem{}; nothing was written",
        if n == 1 { "" } else { "s" }
    );
    for l in &lines {
        msg.push_str("\n  ");
        msg.push_str(l);
    }
    Error::new(ErrorKind::DataErr, "InvalidCatalog", msg)
}
