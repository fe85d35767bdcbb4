//! Shell completions stay in sync with the binary; every command's help is snapshotted and
//! every verb's help carries an example.

use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;
use stigg_cli::cli::{Cli, completions};

use crate::helpers::TestEnv;

#[test]
fn completions_directory_matches_the_binary() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let path = dir.join(completions::file_name(shell));
        let want = completions::script(shell);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run `UPDATE_COMPLETIONS=1 cargo test completions`",
            path.display()
        );
    }
}

fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((path.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        walk(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

/// Every verb's `--help`: each argument (flag or positional) has a help line, each leaf verb an
/// example, and global options come after the verb's own.
#[test]
fn every_argument_of_every_verb_has_help() {
    let mut root = Cli::command();
    root.build();
    let mut all = Vec::new();
    walk(&root, "stigg-cli", &mut all);
    let mut missing = Vec::new();
    for (path, mut cmd) in all {
        if path.split(' ').any(|w| w == "help") {
            continue;
        }
        cmd.build();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let text = arg
                .get_help()
                .or(arg.get_long_help())
                .map(|h| h.to_string())
                .unwrap_or_default();
            if text.trim().is_empty() {
                let name = arg
                    .get_long()
                    .map(|l| format!("--{l}"))
                    .unwrap_or_else(|| format!("<{}>", arg.get_id()));
                missing.push(format!("{path} {name}"));
            }
        }
        let leaf = cmd.get_subcommands().all(|s| s.get_name() == "help");
        let help = cmd.render_long_help().to_string();
        if leaf && !help.contains("Example: stigg-cli") {
            missing.push(format!("{path}: no example"));
        }
        if let (Some(own), Some(global)) = (help.find("\nOptions:"), help.find("\nGlobal options:"))
        {
            assert!(own < global, "`{path} --help` lists global options first");
        } else {
            missing.push(format!("{path}: no separate `Global options` heading"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} arguments/verbs without help:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn help_of_every_command() {
    let mut root = Cli::command();
    root.build();
    root.clone().debug_assert();
    let mut all = Vec::new();
    walk(&root, "stigg-cli", &mut all);
    let mut text = String::new();
    for (path, mut cmd) in all {
        let leaf = cmd.get_subcommands().next().is_none();
        let help = cmd.render_long_help().to_string();
        if leaf && !path.split(" ").any(|w| w == "help") {
            assert!(
                help.contains("Example: stigg-cli"),
                "`{path} --help` has no example"
            );
        }
        text.push_str(&format!("=== {path}\n{help}\n"));
    }
    insta::assert_snapshot!("help_all", text);
}

/// Parser errors (unknown flag or subcommand, missing argument, bad enum value, bad value,
/// conflicts) follow the output format: with JSON asked for in any of its spellings, stderr is
/// the documented JSON error, stdout is empty, the exit code 2.
#[test]
fn usage_errors_are_json_when_json_is_asked_for() {
    let t = TestEnv::new();
    let errors: &[(&[&str], &str)] = &[
        (&["plan", "list", "--bogus"], "UnknownArgument"),
        (&["plan", "lst"], "UnknownCommand"),
        (&["nope"], "UnknownCommand"),
        (
            &["subscription", "create", "--plan", "pro"],
            "MissingArgument",
        ),
        (&["entitlement", "check", "acme"], "MissingArgument"),
        (&["plan"], "MissingCommand"),
        (
            &[
                "plan",
                "create",
                "p",
                "--product",
                "x",
                "--pricing",
                "gratis",
            ],
            "InvalidArgument",
        ),
        (&["plan", "list", "--color", "sometimes"], "InvalidArgument"),
        (
            &[
                "plan",
                "create",
                "p",
                "--product",
                "x",
                "--trial-days",
                "two",
            ],
            "InvalidArgument",
        ),
        (
            &[
                "subscription",
                "create",
                "--customer",
                "c",
                "--plan",
                "p",
                "--trial",
                "--skip-trial",
            ],
            "ArgumentConflict",
        ),
    ];
    let spellings: &[&[&str]] = &[
        &["--json"],
        &["--format", "json"],
        &["--format=JSON"],
        &["-o", "json"],
        &["-ojson"],
        &["-qo", "json"],
    ];
    for (args, code) in errors {
        for json in spellings {
            let mut a: Vec<&str> = args.to_vec();
            a.extend_from_slice(json);
            let o = t.run(&a);
            assert_eq!(o.code, 2, "{a:?}: {}", o.stderr);
            assert_eq!(o.stdout, "", "{a:?}");
            let v: serde_json::Value = serde_json::from_str(&o.stderr)
                .unwrap_or_else(|e| panic!("{a:?}: stderr is not JSON ({e}):\n{}", o.stderr));
            assert_eq!(v["error"]["code"], *code, "{a:?}: {v}");
            assert!(
                v["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty() && !m.contains('\n')),
                "{a:?}: {v}"
            );
            assert!(v["error"]["hints"].is_array(), "{a:?}: {v}");
            assert_eq!(o.stderr.lines().count(), 1, "{a:?}: one line");
        }
    }
    // STIGG_FORMAT=json counts too; a format flag on the line overrides it.
    let o = t
        .command(&["plan", "lst"])
        .env("STIGG_FORMAT", "json")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "UnknownCommand");
    let o = t
        .command(&["plan", "lst", "-o", "table"])
        .env("STIGG_FORMAT", "json")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: "));
    // Without JSON: clap's text, unchanged.
    let err = t.fails(&["plan", "list", "--bogus"], 2);
    assert!(
        err.starts_with("error: unexpected argument '--bogus'"),
        "{err}"
    );
    // A file name that merely ends in .json is not a request for JSON.
    let err = t.fails(&["plan", "lst", "-o", "out.json"], 2);
    assert!(err.starts_with("error: "), "{err}");
}

#[test]
fn help_and_version_stay_plain_text_with_json() {
    let t = TestEnv::new();
    for args in [
        &["--help", "--json"][..],
        &["plan", "create", "--help", "-o", "json"],
        &["--json", "-V"],
    ] {
        let o = t.run(args);
        assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
        assert!(o.stderr.is_empty(), "{args:?}: {}", o.stderr);
        assert!(
            serde_json::from_str::<serde_json::Value>(&o.stdout).is_err(),
            "{args:?} printed JSON"
        );
        assert!(
            o.stdout.starts_with(|c: char| c.is_alphabetic()),
            "{args:?}"
        );
    }
}

/// `--help > /dev/full`: a failed write of help or version text is exit 74 with a message,
/// never a silent success.
#[test]
fn failed_write_of_help_or_version_is_exit_74() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let t = TestEnv::new();
    for args in [&["--help"][..], &["plan", "create", "-h"], &["--version"]] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = t.command(args).stdout(full).output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(74), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write output"),
            "{args:?}: {stderr}"
        );
    }
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let o = t
        .command(&["--help", "--json"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(74));
    let v: serde_json::Value = serde_json::from_slice(&o.stderr).expect("JSON error");
    assert_eq!(v["error"]["code"], "OutputError");
}
