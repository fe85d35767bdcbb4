//! Shell completions stay in sync with the binary; every command's help is snapshotted and
//! every verb's help carries an example.

use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;
use stigg_cli::cli::{Cli, completions};

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
