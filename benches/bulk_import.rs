//! `cargo bench --bench bulk_import`: 100,000 customers and then 100,000 subscriptions (one
//! each, plan `basic`, monthly) imported by `stigg-cli customer import` / `subscription
//! import` into an environment with the starter catalog, against the sqlite3 shell's `.import`
//! (default settings) of the same CSV into a table with the same columns and a unique id, in
//! the same run (interleaved; customers median of 5, subscriptions of 3), with the imports' peak memory (via
//! /usr/bin/time when present). Targets (issue #6): customers ≤ 3×, subscriptions ≤ 5× the
//! reference, < 100 MiB. `STIGG_BENCH_ROWS=N` changes the size.
//!
//! The starter's `basic` grants 100 credits a month, so each imported subscription also starts
//! a recurring credit grant; the same subscriptions are imported (median of 3, same rounds)
//! into a second environment whose catalog is the starter without any `credits:` block, to show
//! what the grants cost.
//!
//! It also measures the floor: what SQLite alone takes to store exactly the rows each import
//! stored (the records and their events, read back from the imported environment), inserted
//! through one prepared statement per table in one transaction, with the environment's settings
//! (WAL, `synchronous=NORMAL`, foreign keys) and nothing read, parsed or checked. No import that
//! stores those rows can be faster than its floor.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn stigg(bin: &str, home: &Path, args: &[&str]) -> Command {
    let time = Path::new("/usr/bin/time").exists();
    let mut c = if time {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%M", bin]);
        c
    } else {
        Command::new(bin)
    };
    c.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("STIGG_HOME", home)
        .env("STIGG_NOW", "2026-01-10T00:00:00Z")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

/// Wall time and peak memory (KiB) when /usr/bin/time reports it.
fn run(mut c: Command) -> (Duration, Option<u64>) {
    let t = Instant::now();
    let out = c.output().expect("spawn");
    let took = t.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{c:?}: {err}");
    (took, err.lines().last().and_then(|l| l.trim().parse().ok()))
}

fn sqlite_import(db: &Path, create: &str, csv: &Path, table: &str) -> Duration {
    let _ = std::fs::remove_file(db);
    let mut c = Command::new("sh");
    c.arg("-c").arg(format!(
        "sqlite3 {db} '{create}' && sqlite3 {db} '.import --csv --skip 1 {csv} {table}'",
        db = db.display(),
        csv = csv.display()
    ));
    c.stdout(Stdio::null()).stderr(Stdio::piped());
    let t = Instant::now();
    let out = c.output().expect("spawn");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    t.elapsed()
}

/// Every row of `table` in `src` that `filter` (an SQL condition) selects, column by column.
fn rows_of(src: &Path, table: &str, filter: &str) -> Vec<Vec<rusqlite::types::Value>> {
    let c = rusqlite::Connection::open(src).unwrap();
    let mut stmt = c
        .prepare(&format!("SELECT * FROM {table} WHERE {filter}"))
        .unwrap();
    let n = stmt.column_count();
    let rows = stmt
        .query_map([], |r| {
            (0..n)
                .map(|i| r.get::<_, rusqlite::types::Value>(i))
                .collect()
        })
        .unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// Bare inserts of `tables` (name, rows) into a copy of `base`: open, one transaction, commit,
/// close — the floor of an import that stores those rows.
fn floor(base: &Path, db: &Path, tables: &[(&str, &[Vec<rusqlite::types::Value>])]) -> Duration {
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
    }
    std::fs::copy(base, db).unwrap();
    std::fs::File::open(db).unwrap().sync_all().unwrap();
    let t = Instant::now();
    let mut c = rusqlite::Connection::open(db).unwrap();
    c.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
        .unwrap();
    let tx = c.transaction().unwrap();
    for (table, rows) in tables {
        let Some(first) = rows.first() else { continue };
        let marks = vec!["?"; first.len()].join(", ");
        let mut stmt = tx
            .prepare(&format!("INSERT INTO {table} VALUES ({marks})"))
            .unwrap();
        for r in rows.iter() {
            stmt.execute(rusqlite::params_from_iter(r.iter())).unwrap();
        }
    }
    tx.commit().unwrap();
    drop(c);
    t.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let n: usize = std::env::var("STIGG_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let home = std::env::temp_dir().join(format!("stigg-bench-bulk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml");
    // An environment named `env` with `catalog` applied.
    let env_with = |env: &str, catalog: &Path| {
        run(stigg(bin, &home, &["env", "create", env]));
        let apply = [
            "-e",
            env,
            "-q",
            "catalog",
            "apply",
            catalog.to_str().unwrap(),
        ];
        run(stigg(bin, &home, &apply));
    };
    env_with("bulk", &catalog);
    let db = home.join("bulk.db");
    let fresh = home.join("bulk.db.fresh");
    std::fs::copy(&db, &fresh).unwrap();
    // The starter without its credit entitlements (each `credits:` block and what it holds).
    let starter = std::fs::read_to_string(&catalog).unwrap();
    let mut plain = String::new();
    let mut skip: Option<usize> = None;
    for line in starter.lines() {
        let indent = line.len() - line.trim_start().len();
        if skip.is_some_and(|i| indent > i) {
            continue;
        }
        skip = None;
        if line.trim() == "credits:" {
            skip = Some(indent);
            continue;
        }
        plain.push_str(line);
        plain.push('\n');
    }
    let plain_catalog = home.join("starter-without-credits.yaml");
    std::fs::write(&plain_catalog, plain).unwrap();
    env_with("plain", &plain_catalog);

    let (mut c, mut s) = (
        String::from("customerId,name,email\n"),
        String::from("subscriptionId,customerId,planId,billingPeriod\n"),
    );
    for i in 0..n {
        writeln!(c, "cust-{i},Customer {i},c{i}@example.com").unwrap();
        writeln!(s, "sub-{i},cust-{i},basic,MONTHLY").unwrap();
    }
    let (cf, sf) = (home.join("customers.csv"), home.join("subscriptions.csv"));
    std::fs::write(&cf, c).unwrap();
    std::fs::write(&sf, s).unwrap();
    let plain_db = home.join("plain.db");
    let plain_customers = home.join("plain.db.customers");
    run(stigg(
        bin,
        &home,
        &[
            "-e",
            "plain",
            "-q",
            "customer",
            "import",
            cf.to_str().unwrap(),
        ],
    ));
    std::fs::copy(&plain_db, &plain_customers).unwrap();

    let refdb = home.join("ref.db");
    let (mut rc, mut rs, mut oc, mut os, mut rss) = (vec![], vec![], vec![], vec![], 0u64);
    let mut op = vec![];
    // Customers: median of 5 (the first two rounds import customers only); subscriptions:
    // median of 3. The last round leaves both in the environment, for the floors.
    for round in 0..5 {
        let with_subscriptions = round >= 2;
        rc.push(sqlite_import(
            &refdb,
            "CREATE TABLE c(customerId TEXT PRIMARY KEY, name TEXT, email TEXT);",
            &cf,
            "c",
        ));
        if with_subscriptions {
            rs.push(sqlite_import(
                &refdb,
                "CREATE TABLE s(subscriptionId TEXT PRIMARY KEY, customerId TEXT, planId TEXT, billingPeriod TEXT);",
                &sf,
                "s",
            ));
        }
        for ext in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(home.join(format!("bulk.db{ext}")));
        }
        std::fs::copy(&fresh, &db).unwrap();
        // On disk before the timed runs (see `common::restore`).
        std::fs::File::open(&db).unwrap().sync_all().unwrap();
        let imports = [("customer", &cf, &mut oc), ("subscription", &sf, &mut os)];
        let n = if with_subscriptions { 2 } else { 1 };
        for (noun, file, times) in imports.into_iter().take(n) {
            let args = ["-e", "bulk", "-q", noun, "import", file.to_str().unwrap()];
            let (t, m) = run(stigg(bin, &home, &args));
            times.push(t);
            rss = rss.max(m.unwrap_or(0));
            if noun == "customer" {
                // What the subscription import starts from, for its floor (the import's
                // process has closed the database: its write-ahead log is checkpointed).
                std::fs::copy(&db, home.join("bulk.db.customers")).unwrap();
            }
        }
        if with_subscriptions {
            // The same subscriptions where no plan grants credits.
            for ext in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(home.join(format!("plain.db{ext}")));
            }
            std::fs::copy(&plain_customers, &plain_db).unwrap();
            std::fs::File::open(&plain_db).unwrap().sync_all().unwrap();
            let args = [
                "-e",
                "plain",
                "-q",
                "subscription",
                "import",
                sf.to_str().unwrap(),
            ];
            let (t, m) = run(stigg(bin, &home, &args));
            op.push(t);
            rss = rss.max(m.unwrap_or(0));
        }
    }
    // The floors: the rows each import stored, stored again by bare inserts.
    let imported = home.join("bulk.db");
    let with_customers = home.join("bulk.db.customers");
    let customers = rows_of(&imported, "customers", "1");
    let customer_events = rows_of(&imported, "events", "type LIKE 'customer.%'");
    let subscriptions = rows_of(&imported, "subscriptions", "1");
    let subscription_events = rows_of(
        &imported,
        "events",
        "type LIKE 'subscription.%' OR type = 'entitlements.updated' OR type LIKE 'credit.%'",
    );
    // The imports' per-row events are stored in batches (a batch's type is its first event's).
    let customer_batches = rows_of(&imported, "event_batches", "type LIKE 'customer.%'");
    let subscription_batches = rows_of(&imported, "event_batches", "type NOT LIKE 'customer.%'");
    // A plan with a recurring credit entitlement (the starter's `basic`) grants credits as each
    // subscription starts: the pool, the grant, its GRANTED entry and `credit.grant.created`.
    let pools = rows_of(&imported, "credit_pools", "1");
    let grants = rows_of(&imported, "credit_grants", "1");
    let ledger = rows_of(&imported, "credit_ledger", "1");
    let floor_db = home.join("floor.db");
    let (mut fc, mut fs) = (vec![], vec![]);
    for _ in 0..3 {
        fc.push(floor(
            &fresh,
            &floor_db,
            &[
                ("customers", &customers),
                ("events", &customer_events),
                ("event_batches", &customer_batches),
            ],
        ));
        fs.push(floor(
            &with_customers,
            &floor_db,
            &[
                ("subscriptions", &subscriptions),
                ("credit_pools", &pools),
                ("credit_grants", &grants),
                ("credit_ledger", &ledger),
                ("events", &subscription_events),
                ("event_batches", &subscription_batches),
            ],
        ));
    }
    let (fc, fs) = (median(fc), median(fs));
    let (rc, rs, oc, os, op) = (median(rc), median(rs), median(oc), median(os), median(op));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "| measurement ({n} rows; customers median of 5, subscriptions of 3) | wall time | ratio |"
    );
    println!("|---|---|---|");
    println!(
        "| sqlite3 `.import` of the customers CSV (reference) | {:.0} ms | 1.00 |",
        ms(rc)
    );
    println!(
        "| `customer import` | {:.0} ms | {:.1} × reference (target ≤ 3) |",
        ms(oc),
        oc.as_secs_f64() / rc.as_secs_f64()
    );
    println!(
        "| floor: bare inserts of the rows `customer import` stored (customers, events) | {:.0} ms | {:.1} × reference |",
        ms(fc),
        fc.as_secs_f64() / rc.as_secs_f64()
    );
    println!(
        "| sqlite3 `.import` of the subscriptions CSV (reference) | {:.0} ms | 1.00 |",
        ms(rs)
    );
    println!(
        "| `subscription import` | {:.0} ms | {:.1} × reference (target ≤ 5) |",
        ms(os),
        os.as_secs_f64() / rs.as_secs_f64()
    );
    println!(
        "| floor: bare inserts of the rows `subscription import` stored (subscriptions, recurring credit grants with their pools and ledger entries, events) | {:.0} ms | {:.1} × reference |",
        ms(fs),
        fs.as_secs_f64() / rs.as_secs_f64()
    );
    println!(
        "| `subscription import` of the same rows where no plan grants credits (the starter without `credits:`) | {:.0} ms | {:.1} × reference |",
        ms(op),
        op.as_secs_f64() / rs.as_secs_f64()
    );
    if rss > 0 {
        println!(
            "| peak memory of the imports (largest) | {:.0} MiB | target < 100 MiB |",
            rss as f64 / 1024.0
        );
    }
    let _ = std::fs::remove_dir_all(&home);
}
