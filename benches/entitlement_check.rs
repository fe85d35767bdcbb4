//! `cargo bench --bench entitlement_check`: process wall time of `stigg-cli entitlement check`
//! on an environment with 100,000 customers and subscriptions, against `sqlite3 <db> 'select 1'`
//! measured in the same run, and against the same check on an environment with one customer.
//! Targets (spec 80-quality / issue #3): ≤ 1.5× the sqlite3 reference; within 10% of the small
//! environment. Set STIGG_BENCH_CUSTOMERS to change the size.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn run(bin: &str, home: &Path, env: &str, args: &[&str]) {
    let out = Command::new(bin)
        .args(["-e", env])
        .args(args)
        .env("STIGG_HOME", home)
        .env("STIGG_NOW", "2026-01-01T00:00:00Z")
        .output()
        .expect("run stigg-cli");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn timed(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("spawn");
    let took = start.elapsed();
    assert!(
        status.code().is_some_and(|c| c == 0 || c == 1),
        "{cmd:?}: {status:?}"
    );
    took
}

fn setup(bin: &str, home: &Path, env: &str, customers: usize) {
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml");
    run(bin, home, "development", &["env", "create", env]);
    run(
        bin,
        home,
        env,
        &["-q", "catalog", "apply", catalog.to_str().unwrap()],
    );
    let mut c = String::from("customerId,name,email\n");
    let mut s = String::from("subscriptionId,customerId,planId,billingPeriod,addons,quantities\n");
    for i in 0..customers {
        writeln!(c, "c{i},Customer {i},c{i}@example.test").unwrap();
        match i % 3 {
            0 => writeln!(s, "s{i},c{i},free,,,").unwrap(),
            1 => writeln!(s, "s{i},c{i},basic,MONTHLY,extra-seats:2,seats:4").unwrap(),
            _ => writeln!(s, "s{i},c{i},pro,ANNUALLY,extra-storage:1,seats:12").unwrap(),
        }
    }
    let cf = home.join(format!("{env}-customers.csv"));
    let sf = home.join(format!("{env}-subscriptions.csv"));
    std::fs::write(&cf, c).unwrap();
    std::fs::write(&sf, s).unwrap();
    run(
        bin,
        home,
        env,
        &["-q", "customer", "import", cf.to_str().unwrap()],
    );
    run(
        bin,
        home,
        env,
        &["-q", "subscription", "import", sf.to_str().unwrap()],
    );
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let n: usize = std::env::var("STIGG_BENCH_CUSTOMERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let home = std::env::temp_dir().join(format!("stigg-bench-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let t0 = Instant::now();
    setup(bin, &home, "big", n);
    setup(bin, &home, "small", 1);
    eprintln!(
        "setup: {n} customers and subscriptions in {:.1} s",
        t0.elapsed().as_secs_f64()
    );

    let db = home.join("big.db");
    let probe = format!("c{}", n / 2 + 2); // a pro customer in the middle
    let check = |env: &str, customer: &str| {
        let mut c = Command::new(bin);
        c.args([
            "-e",
            env,
            "entitlement",
            "check",
            customer,
            "seats",
            "--json",
        ])
        .env("STIGG_HOME", &home)
        .env("STIGG_NOW", "2026-01-01T00:00:00Z");
        c
    };
    // Interleaved (reference, large, small, reference, …) so machine noise hits all three alike.
    let runs = 101;
    let (mut sq, mut bg, mut sm) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        sq.push(timed(Command::new("sqlite3").arg(&db).arg("select 1")));
        bg.push(timed(&mut check("big", &probe)));
        sm.push(timed(&mut check("small", "c0")));
    }
    let med = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (sqlite, big, small) = (med(sq), med(bg), med(sm));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| measurement (median of {runs} interleaved runs) | wall time | ratio |");
    println!("|---|---|---|");
    println!(
        "| `sqlite3 <db> 'select 1'` (reference) | {:.2} ms | 1.00 |",
        ms(sqlite)
    );
    println!(
        "| `entitlement check` with {n} customers and subscriptions | {:.2} ms | {:.2} × reference |",
        ms(big),
        ms(big) / ms(sqlite)
    );
    println!(
        "| `entitlement check` with 1 customer | {:.2} ms | {:.2} × reference |",
        ms(small),
        ms(small) / ms(sqlite)
    );
    println!(
        "| large vs small environment | | {:+.1} % |",
        (ms(big) / ms(small) - 1.0) * 100.0
    );
    let _ = std::fs::remove_dir_all(&home);
}
