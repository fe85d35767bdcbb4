//! `cargo bench --bench usage_import`: 1,000,000 raw events (random 32-character keys, 10,000
//! customers, 3 metered features) imported by `stigg-cli usage import`, against the sqlite3
//! shell's `.import` of the same CSV (default settings) into a table with a UNIQUE index on the
//! key, interleaved in the same run, three times each (medians reported); the import's peak
//! memory (via /usr/bin/time when present); and
//! `entitlement check` with the events stored against `sqlite3 <db> 'select 1'` and the same
//! check on an environment without events. Targets (spec 80-quality): import ≤ 1.0× the
//! reference, < 100 MiB; check ≤ 1.5× the reference and within 10% of the empty environment.
//! `STIGG_BENCH_EVENTS=N` changes the size. Data are generated deterministically (seeded).

#[allow(dead_code)]
mod common;

use common::{environment, median, stigg, timed};
use std::process::{Command, Stdio};
use std::time::Duration;

const METERS: &str = r#"
features:
  - { id: calls, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: COUNT } } }
  - { id: tokens, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: SUM, field: tokens } } }
  - { id: peak, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: MAX, field: tokens } } }
products:
  - id: p
    startSetup: { freePlan: f }
    plans:
      - id: f
        pricing: free
        entitlements:
          calls: { limit: 100000, reset: month }
          tokens: { limit: 100000000, reset: month }
          peak: { limit: 1000, reset: month }
"#;

/// Wall time of a command that exits 0 (or 1: an entitlement check that denies).
fn run(c: Command) -> Duration {
    timed(c, &[0, 1]).0
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let n: usize = std::env::var("STIGG_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let home = std::env::temp_dir().join(format!("stigg-bench-usage-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    environment(bin, &home, "big", METERS, 10_000, "f");
    environment(bin, &home, "small", METERS, 10_000, "f");

    let csv = home.join("events.csv");
    let text = common::events_csv(n);
    std::fs::write(&csv, text).unwrap();

    // Reference and import, interleaved, three times each (the median of each is reported:
    // this shared 2-core machine varies by 10-20 % from run to run). The reference is the
    // sqlite3 shell's .import, default settings, into a table with a UNIQUE key; each import
    // starts from the same copy of the environment.
    let db = home.join("big.db");
    let fresh = home.join("big.db.fresh");
    std::fs::copy(&db, &fresh).unwrap();
    let (mut refs, mut imports, mut rss_kib) = (vec![], vec![], None::<u64>);
    for _ in 0..3 {
        let refdb = home.join("ref.db");
        let _ = std::fs::remove_file(&refdb);
        refs.push(run({
            let mut c = Command::new("sh");
            c.arg("-c").arg(format!(
                "sqlite3 {db} 'CREATE TABLE ev(customerId TEXT, eventName TEXT, timestamp TEXT, idempotencyKey TEXT, tokens TEXT); CREATE UNIQUE INDEX ev_key ON ev(idempotencyKey);' && sqlite3 {db} '.import --csv --skip 1 {csv} ev'",
                db = refdb.display(),
                csv = csv.display()
            ));
            c.stdout(Stdio::null()).stderr(Stdio::piped());
            c
        }));
        common::restore(&fresh, &db);
        // The import, with its peak memory when /usr/bin/time can tell.
        let (took, last) = timed(common::usage_import(bin, &home, "big", &csv), &[0]);
        imports.push(took);
        let kib = common::peak_kib(&last);
        rss_kib = rss_kib.max(kib);
    }
    let (reference, import) = (median(refs), median(imports));

    // Checks: interleaved, median of 51.
    let (mut sq, mut big, mut small) = (vec![], vec![], vec![]);
    for _ in 0..51 {
        sq.push(run({
            let mut c = Command::new("sqlite3");
            c.arg(&db).arg("select 1").stdout(Stdio::null());
            c
        }));
        big.push(run(stigg(
            bin,
            &home,
            "big",
            &["entitlement", "check", "c42", "calls"],
        )));
        small.push(run(stigg(
            bin,
            &home,
            "small",
            &["entitlement", "check", "c42", "calls"],
        )));
    }
    let (sq, big, small) = (median(sq), median(big), median(small));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| measurement | wall time | ratio |");
    println!("|---|---|---|");
    println!(
        "| sqlite3 `.import` of {n} events, UNIQUE key (reference), median of 3 | {:.0} ms | 1.00 |",
        ms(reference)
    );
    println!(
        "| `usage import` of the same {n} events, median of 3 | {:.0} ms | {:.2} × reference |",
        ms(import),
        import.as_secs_f64() / reference.as_secs_f64()
    );
    match rss_kib {
        Some(k) => println!(
            "| peak memory of the import (largest of 3) | {:.0} MiB | target < 100 MiB |",
            k as f64 / 1024.0
        ),
        None => {
            println!("| peak memory of the import | (no /usr/bin/time here) | target < 100 MiB |")
        }
    }
    println!(
        "| `sqlite3 <db> 'select 1'` (reference), median of 51 | {:.2} ms | 1.00 |",
        ms(sq)
    );
    println!(
        "| `entitlement check` with {n} events stored | {:.2} ms | {:.2} × reference |",
        ms(big),
        big.as_secs_f64() / sq.as_secs_f64()
    );
    println!(
        "| `entitlement check` without events | {:.2} ms | stored vs empty: {:+.1} % |",
        ms(small),
        (big.as_secs_f64() / small.as_secs_f64() - 1.0) * 100.0
    );
    let _ = std::fs::remove_dir_all(&home);
}
