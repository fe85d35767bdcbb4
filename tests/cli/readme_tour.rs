//! The README's tour is executed: every fenced block marked `sh tour` runs, in order, in one
//! bash process, in a fresh directory holding the repository's catalogs, on the system clock,
//! with the binary under test first on PATH. A line whose comment starts `# exit N` must exit N;
//! every other command must succeed.

use std::path::Path;

/// The tour blocks' lines, continuation lines joined.
fn tour_lines(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut pending = String::new();
    for line in readme.lines() {
        let t = line.trim_end();
        if !inside {
            inside = t.trim() == "```sh tour";
            continue;
        }
        if t.trim() == "```" {
            inside = false;
            continue;
        }
        if let Some(head) = t.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        pending.push_str(t);
        out.push(std::mem::take(&mut pending));
    }
    out
}

/// `cmd   # exit 1: …` → ("cmd", Some(1)); comment-only and empty lines are skipped.
fn split_expectation(line: &str) -> Option<(String, Option<i32>)> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    // A comment is `  # …` after the command (two spaces, so `#` inside words is safe).
    let (cmd, comment) = match trimmed.find("  #") {
        Some(i) => (&trimmed[..i], trimmed[i + 3..].trim()),
        None => (trimmed, ""),
    };
    let code = comment
        .strip_prefix("exit ")
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok());
    Some((cmd.trim().to_string(), code))
}

fn script(readme: &str) -> String {
    let mut s = String::from("set -uo pipefail\n");
    for (i, line) in tour_lines(readme).iter().enumerate() {
        let Some((cmd, code)) = split_expectation(line) else {
            continue;
        };
        let want = code.unwrap_or(0);
        let quoted = cmd.replace('\'', r"'\''");
        s.push_str(&format!(
            "echo '$ {quoted}' >&2\n{cmd}\nrc=$?\nif [ $rc -ne {want} ]; then echo 'README tour line {}: expected exit {want}, got '$rc': {quoted}' >&2; exit 1; fi\n",
            i + 1
        ));
    }
    s
}

#[test]
fn the_readme_tour_runs_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let lines = tour_lines(&readme);
    assert!(lines.len() > 20, "the README has no `sh tour` blocks");
    let dir = tempfile::tempdir().unwrap();
    let catalogs = dir.path().join("catalogs");
    std::fs::create_dir_all(&catalogs).unwrap();
    for e in std::fs::read_dir(root.join("catalogs")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), catalogs.join(e.file_name())).unwrap();
    }
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_stigg-cli")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script(&readme))
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("TMPDIR", dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("bash");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the README tour failed:\n{}",
        stderr
            .lines()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn expectations_are_read_from_comments() {
    assert_eq!(
        split_expectation("stigg-cli catalog diff x.yaml        # exit 1: something"),
        Some(("stigg-cli catalog diff x.yaml".into(), Some(1)))
    );
    assert_eq!(
        split_expectation("stigg-cli plan list  # a note"),
        Some(("stigg-cli plan list".into(), None))
    );
    assert_eq!(split_expectation("# just a comment"), None);
}
