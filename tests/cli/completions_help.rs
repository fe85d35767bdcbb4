//! Shell completions stay in sync with the binary; every command's help is snapshotted and
//! every verb's help carries an example.

use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;
use stigg_cli::cli::{Cli, completions};

use crate::helpers::{self, TestEnv};

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
            "InvalidArgumentError",
        ),
        (
            &["plan", "list", "--color", "sometimes"],
            "InvalidArgumentError",
        ),
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
            "InvalidArgumentError",
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

// ---------------------------------------------------------------------------------------------
// Shell completion, driven through the real shells

fn has_shell(name: &str) -> bool {
    std::process::Command::new(name)
        .arg("-c")
        .arg("exit 0")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `shell` in the test's directory with the binary first on PATH and the test's home.
fn shell(t: &TestEnv, name: &str) -> std::process::Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_stigg-cli"));
    let path = std::env::join_paths(std::iter::once(bin.parent().unwrap().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();
    let mut c = std::process::Command::new(name);
    c.current_dir(t.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", t.path())
        .env("STIGG_HOME", "home")
        .env("STIGG_NOW", helpers::NOW);
    c
}

fn words(line: &str) -> Vec<String> {
    let mut w: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    w.sort();
    w
}

fn sorted(w: &[&str]) -> Vec<String> {
    let mut w: Vec<String> = w.iter().map(|s| s.to_string()).collect();
    w.sort();
    w
}

/// Sets COMP_LINE/COMP_POINT/COMP_WORDS/COMP_CWORD as bash does for the line (cursor at its
/// end; words split at blanks and at `=`/`:`, a quoted string kept whole), calls the function
/// `complete -p stigg-cli` names, and prints COMPREPLY on one line.
const BASH_DRIVER: &str = r#"
source ./stigg-cli.bash || exit 90
spec=$(complete -p stigg-cli) || exit 91
fn=${spec#*-F }
fn=${fn%% *}
declare -F "$fn" >/dev/null || exit 92
word='^[[:space:]]*("[^"]*"|[=:]+|[^[:space:]=:"]+)'
while IFS= read -r line; do
    COMP_LINE=$line
    COMP_POINT=${#COMP_LINE}
    COMP_WORDS=()
    rest=$line
    while [[ $rest =~ $word ]]; do
        COMP_WORDS+=("${BASH_REMATCH[1]}")
        rest=${rest:${#BASH_REMATCH[0]}}
    done
    [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    "$fn" stigg-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    echo "${COMPREPLY[*]}"
done
"#;

/// What bash offers at the end of each line.
fn bash_complete(t: &TestEnv, lines: &[&str]) -> Vec<Vec<String>> {
    t.write("stigg-cli.bash", &completions::script(Shell::Bash));
    let mut input = lines.join("\n");
    input.push('\n');
    let mut child = shell(t, "bash")
        .arg("-c")
        .arg(BASH_DRIVER)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("bash");
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "bash driver failed ({:?}): {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    let out: Vec<Vec<String>> = stdout.lines().map(words).collect();
    assert_eq!(out.len(), lines.len(), "{stdout}");
    out
}

const TOP: &[&str] = &[
    "quickstart",
    "env",
    "clock",
    "catalog",
    "product",
    "feature",
    "currency",
    "coupon",
    "plan",
    "addon",
    "customer",
    "subscription",
    "entitlement",
    "usage",
    "event",
    "credit",
    "events",
    "report",
    "completions",
    "help",
];

const PLAN_VERBS: &[&str] = &[
    "create",
    "update",
    "entitlement",
    "price",
    "credits",
    "addons",
    "publish",
    "draft",
    "discard-draft",
    "delete",
    "list",
    "show",
    "versions",
    "archive",
    "unarchive",
    "help",
];

#[test]
fn bash_completion_works_at_every_depth() {
    if !has_shell("bash") {
        eprintln!("bash is not installed: skipped");
        return;
    }
    let t = TestEnv::new();
    let got = bash_complete(
        &t,
        &[
            "stigg-cli ",
            "stigg-cli pl",
            "stigg-cli plan ",
            "stigg-cli plan entitlement ",
            "stigg-cli plan entitlement set pro seats --re",
            "stigg-cli plan entitlement set pro seats --reset ",
            "stigg-cli subscription create --c",
            "stigg-cli subscription create --schedule ",
            "stigg-cli subscription create --schedule=end",
            // Global options anywhere: after a verb, with their values, bundled.
            "stigg-cli plan --env staging entitlement ",
            "stigg-cli -qo json plan entitlement ",
            "stigg-cli plan list --col",
            "stigg-cli plan list --color ",
            "stigg-cli plan list -o ",
            "stigg-cli completions ",
            "stigg-cli subscription schedule ",
            "stigg-cli help plan ",
        ],
    );
    assert_eq!(got[0], sorted(TOP));
    assert_eq!(got[1], sorted(&["plan"]));
    assert_eq!(got[2], sorted(PLAN_VERBS));
    assert_eq!(got[3], sorted(&["set", "remove", "list", "help"]));
    assert_eq!(got[4], sorted(&["--reset", "--reset-anchor"]));
    assert_eq!(got[5], sorted(&["hour", "day", "week", "month", "year"]));
    assert_eq!(
        got[6],
        sorted(&["--customer", "--coupon", "--country", "--color"])
    );
    assert_eq!(got[7], sorted(&["immediate", "end-of-period"]));
    assert_eq!(got[8], sorted(&["end-of-period"]));
    assert_eq!(got[9], sorted(&["set", "remove", "list", "help"]));
    assert_eq!(got[10], sorted(&["set", "remove", "list", "help"]));
    assert_eq!(got[11], sorted(&["--color"]));
    assert_eq!(got[12], sorted(&["auto", "always", "never"]));
    assert_eq!(got[13], sorted(&["table", "json", "yaml", "csv"]));
    assert_eq!(
        got[14],
        sorted(&["bash", "zsh", "fish", "powershell", "elvish"])
    );
    assert_eq!(got[15], sorted(&["list", "cancel", "help"]));
    assert_eq!(
        got[16],
        sorted(&[
            "entitlement",
            "price",
            "credits",
            "addons",
            "create",
            "update",
            "publish",
            "draft",
            "discard-draft",
            "delete",
            "list",
            "show",
            "versions",
            "archive",
            "unarchive"
        ])
    );
}

/// A few plans, add-ons, features and customers in the default environment, one customer in
/// `staging`.
fn completion_env() -> TestEnv {
    let t = TestEnv::with_starter();
    t.ok(&["customer", "create", "acme"]);
    t.ok(&["customer", "create", "acme:eu"]);
    t.ok(&["customer", "create", "globex"]);
    t.ok(&["env", "create", "staging"]);
    t.ok(&["-e", "staging", "customer", "create", "zed"]);
    t
}

#[test]
fn bash_completion_offers_the_ids_of_the_environment() {
    if !has_shell("bash") {
        eprintln!("bash is not installed: skipped");
        return;
    }
    let t = completion_env();
    let plans = words(&t.ok(&["__complete", "plans"]));
    let features = words(&t.ok(&["__complete", "features"]));
    let addons = words(&t.ok(&["__complete", "addons"]));
    assert!(plans.len() >= 2 && features.len() >= 2 && !addons.is_empty());
    let got = bash_complete(
        &t,
        &[
            "stigg-cli plan show ",
            "stigg-cli plan entitlement set ",
            "stigg-cli plan entitlement set pro ",
            "stigg-cli plan addons set pro ",
            "stigg-cli subscription create --customer ",
            "stigg-cli subscription create --customer=ac",
            "stigg-cli subscription create --customer acme:",
            "stigg-cli subscription create --plan ",
            "stigg-cli entitlement check ",
            "stigg-cli entitlement check gl",
            "stigg-cli customer show --env staging ",
            "stigg-cli -e staging customer show ",
            "stigg-cli customer show --env=staging ",
            "stigg-cli customer show --home nowhere ",
            "stigg-cli env delete ",
            "stigg-cli plan create ",
            // A quoted value with a blank is one word: `pro` is the first positional.
            "stigg-cli plan entitlement set --values \"a b\" pro ",
        ],
    );
    assert_eq!(got[0], plans);
    assert_eq!(got[1], plans);
    assert_eq!(got[2], features);
    assert_eq!(got[3], addons);
    assert_eq!(got[4], sorted(&["acme", "acme:eu", "globex"]));
    assert_eq!(got[5], sorted(&["acme", "acme:eu"]));
    // `:` breaks words for readline: only the part after it is replaced.
    assert_eq!(got[6], sorted(&["eu"]));
    assert_eq!(got[7], plans);
    assert_eq!(got[8], sorted(&["acme", "acme:eu", "globex"]));
    assert_eq!(got[9], sorted(&["globex"]));
    assert_eq!(got[10], sorted(&["zed"]));
    assert_eq!(got[11], sorted(&["zed"]));
    assert_eq!(got[12], sorted(&["zed"]));
    assert_eq!(got[13], Vec::<String>::new());
    assert_eq!(got[14], sorted(&["development", "staging"]));
    assert_eq!(
        got[15],
        Vec::<String>::new(),
        "a new id has nothing to complete"
    );
    assert!(
        !t.path().join("nowhere").exists(),
        "completion created a home"
    );
}

/// `__complete` reads, never writes: no database or home is created, and any problem is
/// silence with exit 0 (a completion must not print errors into a command line).
#[test]
fn complete_ids_is_read_only_and_silent() {
    let t = TestEnv::new();
    for args in [
        &["__complete", "plans"][..],
        &["__complete", "customers", "--", "-e", "nope"],
        &["__complete", "customers", "--", "--home", "elsewhere"],
        &["__complete", "envs"],
        &["__complete", "bogus"],
        &["__complete"],
    ] {
        let o = t.run(args);
        assert_eq!(
            (o.code, o.stdout.as_str(), o.stderr.as_str()),
            (0, "", ""),
            "{args:?}"
        );
    }
    assert!(!t.path().join("home").exists(), "a home was created");
    assert!(!t.path().join("elsewhere").exists());
    t.write("foreign.db", "not a database at all");
    t.write("home/broken.db", "");
    for args in [
        &["__complete", "plans", "--", "--db", "foreign.db"][..],
        &["__complete", "plans", "--", "--db=missing.db"],
        &["__complete", "customers", "--", "-ebroken"],
    ] {
        let o = t.run(args);
        assert_eq!(
            (o.code, o.stdout.as_str(), o.stderr.as_str()),
            (0, "", ""),
            "{args:?}"
        );
    }
    assert!(!t.path().join("missing.db").exists());
    assert_eq!(
        std::fs::read_to_string(t.path().join("foreign.db")).unwrap(),
        "not a database at all"
    );
    assert_eq!(t.ok(&["__complete", "envs"]), "broken\n");

    let t = completion_env();
    let before = std::fs::metadata(t.path().join("home/development.db"))
        .unwrap()
        .len();
    assert_eq!(
        t.ok(&["__complete", "customers"]),
        "acme\nacme:eu\nglobex\n"
    );
    assert_eq!(
        t.ok(&["__complete", "customers", "--", "plan", "-e", "staging"]),
        "zed\n"
    );
    let o = t
        .command(&["__complete", "customers"])
        .env("STIGG_ENV", "staging")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "zed\n");
    assert_eq!(
        t.ok(&["__complete", "products"]),
        t.ok(&["product", "list", "-o", "csv"])
            .lines()
            .skip(1)
            .map(|l| format!("{}\n", l.split(',').next().unwrap()))
            .collect::<String>()
    );
    assert_eq!(
        std::fs::metadata(t.path().join("home/development.db"))
            .unwrap()
            .len(),
        before
    );
}

/// Runs a shell command with a deadline (a stuck pseudo-terminal must fail the test, not hang it).
fn output_within(mut c: std::process::Command, secs: u64) -> std::process::Output {
    let mut child = c
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn shell");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("shell did not finish within {secs}s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Completes a line in an interactive zsh on a pseudo-terminal (zsh/zpty) with compinit and
/// the generated `_stigg-cli` on fpath; `compadd` is wrapped to print what it is given.
const ZSH_CAPTURE: &str = r#"
zmodload zsh/zpty || exit 93
zpty z zsh -f -i
zpty -w z "PS1= PROMPT= RPROMPT="
zpty -w z "fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; zstyle ':completion:*' matcher-list ''"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits
  builtin compadd -A __hits "$@"
  local ret=$?
  (( $#__hits )) && print -r -- "C""AND:" ${__hits} > /dev/tty
  builtin compadd "$@"
  return $ret
}'
zpty -w z 'comptest () { zle complete-word; print -r -- "E""ND" > /dev/tty; }'
zpty -w z 'zle -N comptest; bindkey "^T" comptest'
zpty -w z 'print -r -- "R""EADY"'
local line
while zpty -r z line; do [[ $line == READY* ]] && break; done
zpty -n -w z "$2"$'\024'
while zpty -r z line; do
  [[ $line == *END* && $line != *'"E""ND"'* ]] && break
  [[ $line == *CAND:* && $line != *'"C""AND:"'* ]] && print -r -- "${${line#*CAND: }%%$'\r'*}"
done
zpty -d z
"#;

fn zsh_complete(t: &TestEnv, line: &str) -> Vec<String> {
    t.write("zfunc/_stigg-cli", &completions::script(Shell::Zsh));
    t.write("capture.zsh", ZSH_CAPTURE);
    let mut c = shell(t, "zsh");
    c.args(["-f", "capture.zsh", "zfunc", line]);
    let o = output_within(c, 60);
    assert!(
        o.status.success(),
        "zsh: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut w = words(&String::from_utf8_lossy(&o.stdout).replace('\n', " "));
    w.dedup();
    w
}

#[test]
fn zsh_completion_works_at_every_depth_with_ids() {
    if !has_shell("zsh") {
        eprintln!("zsh is not installed: skipped");
        return;
    }
    let t = completion_env();
    let plans = words(&t.ok(&["__complete", "plans"]));
    let features = words(&t.ok(&["__complete", "features"]));
    let cases: &[(&str, Vec<String>)] = &[
        ("stigg-cli ", sorted(TOP)),
        ("stigg-cli plan ", sorted(PLAN_VERBS)),
        (
            "stigg-cli plan entitlement ",
            sorted(&["set", "remove", "list", "help"]),
        ),
        (
            "stigg-cli plan --env staging entitlement ",
            sorted(&["set", "remove", "list", "help"]),
        ),
        (
            "stigg-cli subscription create --cu",
            sorted(&["--customer"]),
        ),
        ("stigg-cli plan entitlement set ", plans.clone()),
        ("stigg-cli plan entitlement set pro ", features),
        (
            "stigg-cli subscription create --customer ",
            sorted(&["acme", "acme:eu", "globex"]),
        ),
        ("stigg-cli subscription create --plan ", plans),
        ("stigg-cli -e staging customer show ", sorted(&["zed"])),
        (
            "stigg-cli customer show --env ",
            sorted(&["development", "staging"]),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(&zsh_complete(&t, line), want, "zsh: `{line}`");
    }
}

/// Asks fish itself (`complete -C`) what it offers for each line.
fn fish_complete(t: &TestEnv, lines: &[&str]) -> Vec<Vec<String>> {
    t.write("stigg-cli.fish", &completions::script(Shell::Fish));
    t.write("lines.txt", &format!("{}\n", lines.join("\n")));
    t.write(
        "drive.fish",
        "source ./stigg-cli.fish\nwhile read -l line\n    echo (complete -C \"$line\" | string replace -r '\\t.*' '' | string join ' ')\nend < lines.txt\n",
    );
    let mut c = shell(t, "fish");
    c.args(["--no-config", "drive.fish"]);
    let o = output_within(c, 120);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "fish: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out: Vec<Vec<String>> = stdout.lines().map(words).collect();
    assert_eq!(out.len(), lines.len(), "{stdout}");
    out
}

#[test]
fn fish_completion_works_at_every_depth_with_ids() {
    if !has_shell("fish") {
        eprintln!("fish is not installed: skipped");
        return;
    }
    let t = completion_env();
    let plans = words(&t.ok(&["__complete", "plans"]));
    let features = words(&t.ok(&["__complete", "features"]));
    let lines = [
        "stigg-cli ",
        "stigg-cli plan ",
        "stigg-cli plan entitlement ",
        "stigg-cli plan --env staging entitlement ",
        "stigg-cli plan entitlement set pro seats --reset ",
        "stigg-cli subscription create --cu",
        "stigg-cli plan entitlement set ",
        "stigg-cli plan entitlement set pro ",
        "stigg-cli subscription create --customer ",
        "stigg-cli -e staging customer show ",
        "stigg-cli customer show --env staging ",
        "stigg-cli env delete ",
    ];
    let got = fish_complete(&t, &lines);
    assert_eq!(got[0], sorted(TOP));
    assert_eq!(got[1], sorted(PLAN_VERBS));
    assert_eq!(got[2], sorted(&["set", "remove", "list", "help"]));
    assert_eq!(got[3], sorted(&["set", "remove", "list", "help"]));
    assert_eq!(got[4], sorted(&["hour", "day", "week", "month", "year"]));
    assert_eq!(got[5], sorted(&["--customer"]));
    assert_eq!(got[6], plans);
    assert_eq!(got[7], features);
    assert_eq!(got[8], sorted(&["acme", "acme:eu", "globex"]));
    assert_eq!(got[9], sorted(&["zed"]));
    assert_eq!(got[10], sorted(&["zed"]));
    assert_eq!(got[11], sorted(&["development", "staging"]));
}

/// Whatever shells are installed, every script reaches every command path and the id lookup.
#[test]
fn every_completion_script_covers_every_command() {
    let mut root = Cli::command();
    root.build();
    let mut all = Vec::new();
    walk(&root, "stigg-cli", &mut all);
    let bash = completions::script(Shell::Bash);
    let zsh = completions::script(Shell::Zsh);
    let fish = completions::script(Shell::Fish);
    let ps = completions::script(Shell::PowerShell);
    let elvish = completions::script(Shell::Elvish);
    for (path, cmd) in &all {
        let words: Vec<&str> = path.split(' ').skip(1).collect();
        let spaced = words.join(" ");
        assert!(
            bash.contains(&format!("\n        \"{spaced}\")\n")),
            "bash: `{path}`"
        );
        assert!(
            fish.contains(&format!("\n        case '{spaced}'\n")),
            "fish: `{path}`"
        );
        let semi = path.replace(' ', ";");
        assert!(ps.contains(&format!("'{semi}' {{")), "powershell: `{path}`");
        assert!(
            elvish.contains(&format!("&'{semi}'= {{")),
            "elvish: `{path}`"
        );
        if cmd.get_subcommands().next().is_some() {
            let f = std::iter::once("_stigg-cli")
                .chain(words.iter().copied())
                .collect::<Vec<_>>()
                .join("__subcmd__");
            assert!(
                zsh.contains(&format!("\n{f}_commands() {{")),
                "zsh: `{path}`"
            );
        }
    }
    // The generated function is the one registered (the old bash script registered a function
    // name nothing defined at the lower levels).
    assert!(bash.contains("\n_stigg_cli() {") && bash.contains("complete -F _stigg_cli stigg-cli"));
    assert!(zsh.contains("\n_stigg-cli__ids() {") && zsh.contains(":_stigg-cli__ids customers'"));
    assert!(!zsh.contains("@@stigg-ids"), "zsh: a marker was left in");
    assert!(fish.contains("'(__stigg_cli_ids customers)'"));
    for kind in completions::IdKind::ALL {
        assert!(
            bash.contains(&format!("ids:{}", kind.name())),
            "bash: {kind:?}"
        );
    }
}
