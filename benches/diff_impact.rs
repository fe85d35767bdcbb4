//! `cargo bench --bench diff_impact`: `stigg-cli catalog diff FILE --impact` over 100,000 live
//! subscriptions (half basic monthly with add-ons and seats, half pro annually with a
//! usage-priced feature), with a file that raises basic's price. Target (issue #8): < 5 s.
//! `STIGG_BENCH_SUBSCRIPTIONS=N` changes the size. The delta must be the count × the rise.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn run(bin: &str, home: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new(bin)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("STIGG_HOME", home)
        .env("STIGG_NOW", "2026-01-10T00:00:00Z")
        .output()
        .expect("run stigg-cli");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let n: usize = std::env::var("STIGG_BENCH_SUBSCRIPTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let home = std::env::temp_dir().join(format!("stigg-bench-impact-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).unwrap();
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/saas-starter.yaml");
    let text = std::fs::read_to_string(&catalog).unwrap();
    run(
        bin,
        &home,
        &["-q", "catalog", "apply", catalog.to_str().unwrap()],
    );
    let mut c = String::from("customerId,name\n");
    let mut s = String::from("subscriptionId,customerId,planId,billingPeriod,addons,quantities\n");
    for i in 0..n {
        writeln!(c, "c{i},Customer {i}").unwrap();
        if i % 2 == 0 {
            writeln!(s, "s{i},c{i},basic,MONTHLY,extra-seats:2,seats:4").unwrap();
        } else {
            writeln!(s, "s{i},c{i},pro,ANNUALLY,extra-storage:1,seats:12").unwrap();
        }
    }
    let (cf, sf) = (home.join("c.csv"), home.join("s.csv"));
    std::fs::write(&cf, c).unwrap();
    std::fs::write(&sf, s).unwrap();
    let t0 = Instant::now();
    run(
        bin,
        &home,
        &["-q", "customer", "import", cf.to_str().unwrap()],
    );
    run(
        bin,
        &home,
        &["-q", "subscription", "import", sf.to_str().unwrap()],
    );
    eprintln!(
        "setup: {n} subscriptions in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    let raised = text.replacen(
        r#"{ model: flat, monthly: "19.00", annually: "190.00", currency: USD }"#,
        r#"{ model: flat, monthly: "21.00", annually: "210.00", currency: USD }"#,
        1,
    );
    assert_ne!(raised, text, "the starter catalog's basic price moved");
    let file = home.join("raised.yaml");
    std::fs::write(&file, raised).unwrap();
    let mut times: Vec<Duration> = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let t = Instant::now();
        let out = run(
            bin,
            &home,
            &[
                "catalog",
                "diff",
                file.to_str().unwrap(),
                "--impact",
                "--json",
            ],
        );
        times.push(t.elapsed());
        last = Some(out);
    }
    times.sort();
    let v: serde_json::Value = serde_json::from_slice(&last.unwrap().stdout).expect("impact JSON");
    let basic = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["planId"] == "basic")
        .unwrap()
        .clone();
    let expected = format!("{}.00", 2 * n.div_ceil(2));
    assert_eq!(basic["delta"], expected.as_str(), "{v}");
    println!("| measurement ({n} live subscriptions, median of 3) | wall time | target |");
    println!("|---|---|---|");
    println!(
        "| `catalog diff FILE --impact` (basic +2.00/month on {} subscriptions: delta {}) | {:.0} ms | < 5000 ms |",
        n.div_ceil(2),
        basic["delta"].as_str().unwrap_or(""),
        times[1].as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(&home);
}
