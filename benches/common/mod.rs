//! What the import benchmarks share: the binary run against a bench home at a fixed instant, a
//! seeded generator, an environment of customers each subscribed to one plan, the events file,
//! and medians. (Included by each benchmark with `mod common;`; not every one uses all of it.)

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `stigg-cli -e ENV ARGS…` with nothing of the caller's environment but PATH.
pub fn stigg(bin: &str, home: &Path, env: &str, args: &[&str]) -> Command {
    let mut c = Command::new(bin);
    c.args(["-e", env]).args(args);
    bench_env(&mut c, home);
    c
}

fn bench_env(c: &mut Command, home: &Path) {
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("STIGG_HOME", home)
        .env("STIGG_NOW", "2026-01-10T00:00:00Z")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
}

/// Wall time of a command that must exit with one of `codes`, and the last line of its stderr.
pub fn timed(mut c: Command, codes: &[i32]) -> (Duration, String) {
    let t = Instant::now();
    let out = c.output().expect("spawn");
    let took = t.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code().is_some_and(|x| codes.contains(&x)),
        "{c:?}: {err}"
    );
    (took, err.lines().last().unwrap_or("").to_string())
}

/// Wall time of a command that must succeed.
pub fn run(c: Command) -> Duration {
    timed(c, &[0]).0
}

/// `usage import CSV` into `env`, under `/usr/bin/time -f %M` when it is there (the peak
/// memory, in KiB, is then the last line of stderr: see [`peak_kib`]).
pub fn usage_import(bin: &str, home: &Path, env: &str, csv: &Path) -> Command {
    let mut c = if Path::new("/usr/bin/time").exists() {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%M", bin]);
        c
    } else {
        Command::new(bin)
    };
    c.args(["-e", env, "-q", "usage", "import", csv.to_str().unwrap()]);
    bench_env(&mut c, home);
    c
}

/// The peak memory `/usr/bin/time -f %M` printed last, if it did.
pub fn peak_kib(last_line: &str) -> Option<u64> {
    last_line.trim().parse().ok()
}

/// A small deterministic generator (xorshift), so every run imports the same file.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Creates `env`, applies `catalog`, and imports `customers` customers `c0…`, each with a
/// subscription `s0…` to `plan`.
pub fn environment(bin: &str, home: &Path, env: &str, catalog: &str, customers: usize, plan: &str) {
    run(stigg(bin, home, "development", &["env", "create", env]));
    let cat = home.join(format!("{env}.yaml"));
    std::fs::write(&cat, catalog).unwrap();
    run(stigg(
        bin,
        home,
        env,
        &["-q", "catalog", "apply", cat.to_str().unwrap()],
    ));
    let (mut c, mut s) = (
        String::from("customerId\n"),
        String::from("subscriptionId,customerId,planId\n"),
    );
    for i in 0..customers {
        writeln!(c, "c{i}").unwrap();
        writeln!(s, "s{i},c{i},{plan}").unwrap();
    }
    let (cf, sf) = (
        home.join(format!("{env}-c.csv")),
        home.join(format!("{env}-s.csv")),
    );
    std::fs::write(&cf, c).unwrap();
    std::fs::write(&sf, s).unwrap();
    run(stigg(
        bin,
        home,
        env,
        &["-q", "customer", "import", cf.to_str().unwrap()],
    ));
    run(stigg(
        bin,
        home,
        env,
        &["-q", "subscription", "import", sf.to_str().unwrap()],
    ));
}

/// `n` raw `api.request` events as CSV, seeded: a random 32-character key each, customers
/// `c0…c9999`, a `tokens` dimension below 100.
pub fn events_csv(n: usize) -> String {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut text = String::with_capacity(n * 60);
    text.push_str("customerId,eventName,timestamp,idempotencyKey,dimensions.tokens\n");
    for _ in 0..n {
        let key: String = (0..32)
            .map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize] as char)
            .collect();
        writeln!(
            text,
            "c{},api.request,,{key},{}",
            rng.next() % 10_000,
            rng.next() % 100
        )
        .unwrap();
    }
    text
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Copies the environment `from` over `to` (dropping `to`'s write-ahead log) and waits until
/// the copy is on disk: a copy still being written back by the kernel would slow whichever
/// timed run comes next, and by a different amount each time.
pub fn restore(from: &Path, to: &Path) {
    for ext in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{ext}", to.display()));
    }
    std::fs::copy(from, to).unwrap();
    std::fs::File::open(to).unwrap().sync_all().unwrap();
}
