//! `completions <shell>` — generated from the clap definitions; `completions/` in the repository
//! holds the same text (a test keeps them identical).

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::app::App;
use crate::error::Result;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// Shell to write the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn script(shell: Shell) -> String {
    let mut cmd = super::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "stigg-cli", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// File name under `completions/` for each shell.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "stigg-cli.bash",
        Shell::Zsh => "_stigg-cli",
        Shell::Fish => "stigg-cli.fish",
        Shell::PowerShell => "_stigg-cli.ps1",
        Shell::Elvish => "stigg-cli.elv",
        _ => "stigg-cli.unknown",
    }
}

pub fn run(app: &App, a: CompletionsArgs) -> Result<()> {
    app.printer.write_stdout(&script(a.shell))
}
