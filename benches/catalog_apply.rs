//! `cargo bench --bench catalog_apply`: wall time of `stigg-cli catalog apply` on a generated
//! 200-plan catalog (10 products × 20 plans in parent chains, 60 add-ons, 40 features), run as
//! a process exactly as an operator would. Target (spec 80-quality): under 1 s.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const PRODUCTS: usize = 10;
const PLANS_PER_PRODUCT: usize = 20;
const ADDONS_PER_PRODUCT: usize = 6;
const FEATURES: usize = 40;

/// Deterministic: the same text on every run.
fn catalog() -> String {
    let mut y = String::from("features:\n");
    for f in 0..FEATURES {
        match f % 4 {
            0 => writeln!(y, "  - {{ id: f{f}, name: Feature {f}, type: boolean }}").unwrap(),
            1 => writeln!(y, "  - {{ id: f{f}, name: Feature {f}, type: number, meter: incremental, units: [call, calls] }}").unwrap(),
            2 => writeln!(y, "  - {{ id: f{f}, name: Feature {f}, type: number, meter: fluctuating }}").unwrap(),
            _ => writeln!(y, "  - {{ id: f{f}, name: Feature {f}, type: enum, values: [a, b, c] }}").unwrap(),
        }
    }
    y.push_str("currencies:\n  - { id: credits, name: Credits }\ncoupons:\n  - { id: c10, percentOff: 10 }\nproducts:\n");
    for p in 0..PRODUCTS {
        writeln!(y, "  - id: p{p}\n    name: Product {p}\n    startSetup: {{ freePlan: p{p}-plan0 }}\n    plans:").unwrap();
        for i in 0..PLANS_PER_PRODUCT {
            writeln!(y, "      - id: p{p}-plan{i}\n        name: Plan {i}").unwrap();
            if i > 0 {
                writeln!(
                    y,
                    "        parent: p{p}-plan{}\n        pricing: paid",
                    i - 1
                )
                .unwrap();
                writeln!(
                    y,
                    "        compatibleAddons: [{}]",
                    (0..ADDONS_PER_PRODUCT)
                        .map(|a| format!("p{p}-addon{a}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
                .unwrap();
            } else {
                y.push_str("        pricing: free\n");
            }
            y.push_str("        entitlements:\n");
            // The metered feature the plan's usage price bills (a usage price needs the plan
            // to grant its feature): the first the plan grants.
            let mut metered = None;
            for k in 0..8 {
                let f = (i * 3 + k * 5) % FEATURES;
                if f % 4 == 1 {
                    metered.get_or_insert(f);
                }
                match f % 4 {
                    0 => writeln!(y, "          f{f}: {{}}").unwrap(),
                    1 => writeln!(
                        y,
                        "          f{f}: {{ limit: {}, reset: month }}",
                        1000 * (i + 1)
                    )
                    .unwrap(),
                    2 => writeln!(y, "          f{f}: {{ limit: {} }}", 5 * (i + 1)).unwrap(),
                    _ => writeln!(y, "          f{f}: {{ values: [a, b] }}").unwrap(),
                }
            }
            if i > 0 {
                writeln!(y, "        prices:\n          - {{ model: flat, monthly: \"{}.00\", annually: \"{}.00\", currency: USD }}", 10 * i, 100 * i).unwrap();
                if let Some(f) = metered {
                    writeln!(y, "          - {{ model: usage, feature: f{f}, currency: USD, tiersMode: graduated, tiers: [{{ upTo: 1000, unitPrice: 0 }}, {{ unitPrice: \"0.002\" }}] }}").unwrap();
                }
                y.push_str("          - { model: credits, feature: f5, currency: credits, formula: \"ceil(tokens / 1000) * 2\" }\n");
            }
        }
        y.push_str("    addons:\n");
        for a in 0..ADDONS_PER_PRODUCT {
            writeln!(y, "      - id: p{p}-addon{a}\n        pricing: paid\n        maxQuantity: 10\n        entitlements:\n          f2: {{ limit: 5 }}\n        prices:\n          - {{ model: flat, monthly: 5, annually: 50, currency: USD }}").unwrap();
        }
    }
    y
}

fn run(bin: &str, dir: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env("STIGG_HOME", dir.join("home"))
        .env("STIGG_NOW", "2026-01-01T00:00:00Z")
        .output()
        .expect("run stigg-cli");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_stigg-cli");
    let dir = std::env::temp_dir().join(format!("stigg-bench-catalog-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("big.yaml"), catalog()).unwrap();

    let mut fresh = Vec::new();
    let mut again = Vec::new();
    for round in 0..5 {
        let env = format!("bench{round}");
        run(bin, &dir, &["env", "create", &env]);
        fresh.push(run(
            bin,
            &dir,
            &["-e", &env, "-q", "catalog", "apply", "big.yaml"],
        ));
        again.push(run(
            bin,
            &dir,
            &["-e", &env, "-q", "catalog", "apply", "big.yaml"],
        ));
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (f, a) = (median(&mut fresh), median(&mut again));
    println!("| benchmark | median of 5 | target |");
    println!("|---|---|---|");
    println!(
        "| `catalog apply` of {} plans + {} add-ons, fresh environment | {:.0} ms | < 1000 ms |",
        PRODUCTS * PLANS_PER_PRODUCT,
        PRODUCTS * ADDONS_PER_PRODUCT,
        f.as_secs_f64() * 1000.0
    );
    println!(
        "| same file again (no changes) | {:.0} ms | < 1000 ms |",
        a.as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert!(f < Duration::from_secs(1), "catalog apply took {f:?}");
}
