//! `cargo bench --bench credit_import`: 1,000,000 raw events (random 32-character keys, 10,000
//! customers, 3 metered features) imported by `stigg-cli usage import` into two environments
//! alike but for credits: in one, the plan prices `calls` in credits (rate 1) and every customer
//! holds 3 grants (mixed priority, expiry and type), so every event burns credits; the other is
//! the plain import. Interleaved, median of 5 each, in the same run (the machine's noise is
//! ±10 %). Target (spec 80-quality): the burning import ≤ 1.5× the plain one.
//! `STIGG_BENCH_EVENTS=N` changes the size. After the runs, `credit verify` must pass on the
//! burning environment.

#[allow(dead_code)]
mod common;

use common::{environment, median, run, stigg, timed};
use std::time::Duration;

const FEATURES: &str = r#"
features:
  - { id: calls, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: COUNT } } }
  - { id: tokens, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: SUM, field: tokens } } }
  - { id: peak, type: number, meter: incremental, eventMeter: { filters: [], aggregation: { function: MAX, field: tokens } } }
currencies:
  - { id: tok, name: Tokens }
products:
  - id: p
    startSetup: { freePlan: f }
    plans:
      - id: f
        pricing: free
        entitlements:
          calls: { limit: 100000, reset: month, soft: true }
          tokens: { limit: 100000000, reset: month }
          peak: { limit: 1000, reset: month }
"#;

const PRICE: &str = r#"        prices:
          - { model: credits, feature: calls, currency: tok, rate: 1 }
"#;

fn setup(bin: &str, home: &std::path::Path, env: &str, customers: usize, priced: bool) {
    let catalog = if priced {
        format!("{FEATURES}{PRICE}")
    } else {
        FEATURES.to_string()
    };
    environment(bin, home, env, &catalog, customers, "f");
    if priced {
        // 3 grants per customer, with their GRANTED entries and the pool's balance (as
        // `credit grant` writes them):
        // 40 expiring soon, 40 promotional, 1,000 without expiry. Written directly: 30,000
        // `credit grant` processes would take minutes.
        let db = home.join(format!("{env}.db"));
        let conn = rusqlite::Connection::open(&db).unwrap();
        let tx = conn.unchecked_transaction().unwrap();
        let at: i64 = 1_768_003_200_000_000; // 2026-01-10
        let expires: i64 = 1_769_904_000_000_000; // 2026-02-01
        // Numbered on from the environment's id sequence, as `credit grant` numbers them.
        let mut seq: i64 = tx
            .query_row("SELECT value FROM meta WHERE key = 'id_seq'", [], |r| {
                r.get::<_, String>(0)
            })
            .unwrap()
            .parse()
            .unwrap();
        {
            let mut g = tx
                .prepare(
                    "INSERT INTO credit_grants(id, seq, customer_id, currency_id, resource_id,
                     grant_type, status, amount, consumed, expired, voided, granted, cost_amount,
                     cost_currency, priority, effective_at, expires_at, due_at, source, created_at)
                     VALUES (?1, ?2, ?3, 'tok', '', ?4, 'ACTIVE', ?5, '0', '0', '0', 1, '0', NULL,
                     10, ?6, ?7, ?7, 'manual', ?6)",
                )
                .unwrap();
            let mut pool = tx
                .prepare(
                    "INSERT INTO credit_pools(customer_id, currency_id, resource_id, balance)
                     VALUES (?1, 'tok', '', '1080')",
                )
                .unwrap();
            let mut l = tx
                .prepare(
                    "INSERT INTO credit_ledger(seq, pool, at, grant_seq, type, amount,
                     balance_after, actor)
                     VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, 1)",
                )
                .unwrap();
            for i in 0..customers {
                let cust = format!("c{i}");
                pool.execute([&cust]).unwrap();
                let pid = tx.last_insert_rowid();
                let mut balance = 0;
                for (ty, amount, exp) in [
                    ("PAID", 40, Some(expires)),
                    ("PROMOTIONAL", 40, None),
                    ("PAID", 1000, None),
                ] {
                    seq += 1;
                    let id = format!("grant_bench{seq}");
                    g.execute(rusqlite::params![
                        id,
                        seq,
                        cust,
                        ty,
                        amount.to_string(),
                        at,
                        exp
                    ])
                    .unwrap();
                    balance += amount;
                    let gseq = seq;
                    seq += 1;
                    l.execute(rusqlite::params![
                        seq,
                        pid,
                        at,
                        gseq,
                        amount.to_string(),
                        balance.to_string()
                    ])
                    .unwrap();
                }
            }
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'id_seq'",
                [(seq + 1).to_string()],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let n: usize = std::env::var("STIGG_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let home = std::env::temp_dir().join(format!("stigg-bench-credits-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    setup(bin, &home, "plain", 10_000, false);
    setup(bin, &home, "burn", 10_000, true);

    let csv = home.join("events.csv");
    let text = common::events_csv(n);
    std::fs::write(&csv, text).unwrap();

    let mut times = [vec![], vec![]];
    let mut peak = [0u64, 0u64];
    for env in ["plain", "burn"] {
        std::fs::copy(
            home.join(format!("{env}.db")),
            home.join(format!("{env}.db.fresh")),
        )
        .unwrap();
    }
    for _ in 0..5 {
        for (i, env) in ["plain", "burn"].iter().enumerate() {
            common::restore(
                &home.join(format!("{env}.db.fresh")),
                &home.join(format!("{env}.db")),
            );
            let (t, last) = timed(common::usage_import(bin, &home, env, &csv), &[0]);
            times[i].push(t);
            peak[i] = peak[i].max(common::peak_kib(&last).unwrap_or(0));
        }
    }
    let verify = run(stigg(bin, &home, "burn", &["credit", "verify"]));
    let [plain, burn] = times;
    let (plain, burn) = (median(plain), median(burn));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| measurement ({n} events, 10,000 customers, median of 5) | wall time | ratio |");
    println!("|---|---|---|");
    println!(
        "| `usage import`, no credits (reference) | {:.0} ms | 1.00 |",
        ms(plain)
    );
    println!(
        "| `usage import`, every event burns credits (3 grants per customer) | {:.0} ms | {:.2} × reference (target ≤ 1.5) |",
        ms(burn),
        burn.as_secs_f64() / plain.as_secs_f64()
    );
    println!(
        "| `credit verify` of the burning environment afterwards | {:.0} ms | passes |",
        ms(verify)
    );
    if peak[1] > 0 {
        println!(
            "| peak memory (largest of 5): plain / burning | {:.0} MiB / {:.0} MiB | target < 100 MiB |",
            peak[0] as f64 / 1024.0,
            peak[1] as f64 / 1024.0
        );
    }
    if std::env::var_os("STIGG_BENCH_KEEP").is_some() {
        eprintln!("kept {}", home.display());
    } else {
        let _ = std::fs::remove_dir_all(&home);
    }
}
