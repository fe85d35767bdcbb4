//! `completions <shell>` — scripts generated from the clap definitions; `completions/` in the
//! repository holds the same text (a test keeps them identical).
//!
//! bash and fish scripts are written here from a flattened model of the command tree: clap's
//! own generators lose their way below the first level (bash: function names that never match
//! for a hyphenated binary; fish: nothing past two levels). zsh, PowerShell and elvish use
//! clap_complete's scripts; zsh's gets the id completion patched in. Ids of the current
//! environment (plans, customers, features …) come from the hidden `stigg-cli __complete
//! <kind> -- <words>`, which the scripts call with the words typed so far.

use clap::builder::{PossibleValue, ValueHint};
use clap::{Arg, ArgAction, Args, CommandFactory};
use clap_complete::Shell;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::app::App;
use crate::error::Result;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// Shell to write the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

const BIN: &str = "stigg-cli";

pub fn script(shell: Shell) -> String {
    match shell {
        Shell::Bash => bash(&model()),
        Shell::Fish => fish(&model()),
        Shell::Zsh => zsh(),
        other => clap_script(other, super::Cli::command()),
    }
}

fn clap_script(shell: Shell, mut cmd: clap::Command) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut buf);
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

// ---------------------------------------------------------------------------------------------
// Ids of the environment

/// What `stigg-cli __complete <kind>` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Plans,
    Addons,
    Products,
    Features,
    Coupons,
    Currencies,
    Customers,
    Envs,
}

impl IdKind {
    pub const ALL: [IdKind; 8] = [
        IdKind::Plans,
        IdKind::Addons,
        IdKind::Products,
        IdKind::Features,
        IdKind::Coupons,
        IdKind::Currencies,
        IdKind::Customers,
        IdKind::Envs,
    ];

    pub fn name(self) -> &'static str {
        match self {
            IdKind::Plans => "plans",
            IdKind::Addons => "addons",
            IdKind::Products => "products",
            IdKind::Features => "features",
            IdKind::Coupons => "coupons",
            IdKind::Currencies => "currencies",
            IdKind::Customers => "customers",
            IdKind::Envs => "envs",
        }
    }

    fn parse(s: &str) -> Option<IdKind> {
        IdKind::ALL.into_iter().find(|k| k.name() == s)
    }

    fn of_noun(noun: &str) -> Option<IdKind> {
        Some(match noun {
            "plan" => IdKind::Plans,
            "addon" => IdKind::Addons,
            "product" => IdKind::Products,
            "feature" => IdKind::Features,
            "coupon" => IdKind::Coupons,
            "currency" => IdKind::Currencies,
            "customer" => IdKind::Customers,
            _ => return None,
        })
    }
}

/// `stigg-cli __complete <kind> [-- <words of the command line>]`: prints the ids of `kind` in
/// the environment the words (`-e/--env`, `--home`, `--db`) or STIGG_ENV/STIGG_HOME/STIGG_DB
/// select, one a line. Read-only: never creates or migrates a database; prints nothing and
/// succeeds on any problem (a completion must never print an error into the command line).
pub fn complete_ids(args: &[OsString]) {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let Some(kind) = args.first().and_then(|k| IdKind::parse(k)) else {
        return;
    };
    let words = match args.get(1).map(String::as_str) {
        Some("--") => &args[2..],
        _ => &args[1..],
    };
    let loc = Location::from_words(words);
    if loc.conflict {
        return;
    }
    let ids = match kind {
        IdKind::Envs => loc.home().map(|h| env_names(&h)).unwrap_or_default(),
        _ => loc.db().map(|p| db_ids(&p, kind)).unwrap_or_default(),
    };
    let mut out = String::new();
    for id in ids {
        out.push_str(&id);
        out.push('\n');
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
}

/// Where the environment is, from the command line being completed, else the environment.
#[derive(Debug, Default)]
struct Location {
    env: Option<String>,
    home: Option<String>,
    db: Option<String>,
    /// `-e` and `--db` both typed: the command line is refused (exit 2), so nothing completes.
    conflict: bool,
}

impl Location {
    fn from_words(words: &[String]) -> Location {
        let mut loc = Location::default();
        let mut it = words.iter();
        while let Some(w) = it.next() {
            if w == "--" {
                break;
            }
            let (slot, inline) = if let Some(v) = w.strip_prefix("--env") {
                (&mut loc.env, v)
            } else if let Some(v) = w.strip_prefix("--home") {
                (&mut loc.home, v)
            } else if let Some(v) = w.strip_prefix("--db") {
                (&mut loc.db, v)
            } else if let Some(v) = w.strip_prefix("-e") {
                (&mut loc.env, v)
            } else {
                continue;
            };
            let value = if inline.is_empty() {
                it.next().cloned()
            } else if let Some(v) = inline.strip_prefix('=') {
                Some(v.to_string())
            } else if w.starts_with("--") {
                continue; // another flag that merely starts the same (`--dbx`)
            } else {
                Some(inline.to_string()) // `-eprod`
            };
            *slot = value.map(|v| unquote(&v));
        }
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let conflict = loc.env.is_some() && loc.db.is_some();
        // (`-e NAME` typed beats STIGG_DB, as on a command line.)
        let db = loc
            .db
            .or_else(|| loc.env.is_none().then(|| var("STIGG_DB")).flatten());
        Location {
            env: loc.env.or_else(|| var("STIGG_ENV")),
            home: loc.home.or_else(|| var("STIGG_HOME")),
            db,
            conflict,
        }
    }

    fn home(&self) -> Option<PathBuf> {
        match &self.home {
            Some(h) => Some(expand_tilde(h)),
            None => crate::app::default_home().ok(),
        }
    }

    fn db(&self) -> Option<PathBuf> {
        if let Some(db) = &self.db {
            return Some(expand_tilde(db));
        }
        let env = self.env.as_deref().unwrap_or(crate::app::DEFAULT_ENV);
        crate::domain::slug::check_slug(env).ok()?;
        Some(self.home()?.join(format!("{env}.db")))
    }
}

/// Words come as typed: drop one level of surrounding quotes.
fn unquote(s: &str) -> String {
    for q in ['\'', '"'] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    s.to_string()
}

fn expand_tilde(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(p),
    }
}

fn env_names(home: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(home)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let env = name.strip_suffix(".db")?.to_string();
            crate::domain::slug::check_slug(&env).ok()?;
            e.path().is_file().then_some(env)
        })
        .collect();
    names.sort();
    names
}

/// The ids of one kind, read through a read-only connection: completion must not create,
/// migrate or lock anything, and gives up quickly when the file is busy or not ours.
fn db_ids(path: &Path, kind: IdKind) -> Vec<String> {
    use crate::domain::catalog::{EntityKind, PackageKind};
    use crate::store::{catalog, customers};
    use rusqlite::{Connection, OpenFlags};
    if !path.is_file() {
        return Vec::new();
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let Ok(conn) = Connection::open_with_flags(path, flags) else {
        return Vec::new();
    };
    let _ = conn.busy_timeout(std::time::Duration::from_millis(300));
    let simple = |k: EntityKind| {
        catalog::load_simple::<serde::de::IgnoredAny>(&conn, k)
            .map(|m| m.into_keys().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let packages = |k: PackageKind| {
        catalog::load_packages(&conn)
            .map(|m| {
                m.into_values()
                    .filter(|p| p.kind == k)
                    .map(|p| p.id)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let mut ids = match kind {
        IdKind::Plans => packages(PackageKind::Plan),
        IdKind::Addons => packages(PackageKind::Addon),
        IdKind::Products => simple(EntityKind::Product),
        IdKind::Features => simple(EntityKind::Feature),
        IdKind::Coupons => simple(EntityKind::Coupon),
        IdKind::Currencies => simple(EntityKind::Currency),
        IdKind::Customers => customers::list(&conn, None, true)
            .map(|v| v.into_iter().map(|(c, _)| c.customer_id).collect())
            .unwrap_or_default(),
        IdKind::Envs => Vec::new(),
    };
    ids.sort();
    ids.dedup();
    ids
}

// ---------------------------------------------------------------------------------------------
// The command tree, flattened for the scripts

/// How the value of an option or positional argument completes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Free,
    Choices(Vec<String>),
    /// `-o/--format` on verbs that write a file: a format or a file name.
    ChoicesOrFiles(Vec<String>),
    Files,
    Dirs,
    Ids(IdKind),
}

#[derive(Debug, Clone)]
struct Opt {
    long: Option<String>,
    short: Option<char>,
    /// None for a flag.
    value: Option<Value>,
    help: String,
    global: bool,
}

impl Opt {
    /// `-e --env`
    fn spellings(&self) -> Vec<String> {
        let mut v = Vec::new();
        if let Some(s) = self.short {
            v.push(format!("-{s}"));
        }
        if let Some(l) = &self.long {
            v.push(format!("--{l}"));
        }
        v
    }
}

#[derive(Debug, Clone)]
struct Positional {
    value: Value,
    repeatable: bool,
    help: String,
}

#[derive(Debug, Clone)]
struct Node {
    /// Subcommand names from the root; empty for `stigg-cli` itself.
    path: Vec<String>,
    subcommands: Vec<(String, String)>,
    options: Vec<Opt>,
    positionals: Vec<Positional>,
}

impl Node {
    fn path_str(&self) -> String {
        self.path.join(" ")
    }
}

fn model() -> Vec<Node> {
    let mut root = super::Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, Vec::new(), &mut out);
    out
}

fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Node>) {
    let subs: Vec<&clap::Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    let mut node = Node {
        path: path.clone(),
        subcommands: subs
            .iter()
            .map(|s| {
                let about = s.get_about().map(|a| a.to_string()).unwrap_or_default();
                (s.get_name().to_string(), about)
            })
            .collect(),
        options: Vec::new(),
        positionals: Vec::new(),
    };
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        if arg.is_positional() {
            node.positionals.push(Positional {
                value: value_of(&path, arg),
                repeatable: arg.get_num_args().is_some_and(|n| n.max_values() > 1),
                help,
            });
        } else {
            let takes_value = arg.get_action().takes_values();
            node.options.push(Opt {
                long: arg.get_long().map(str::to_string),
                short: arg.get_short(),
                value: takes_value.then(|| value_of(&path, arg)),
                help,
                global: arg.is_global_set(),
            });
        }
    }
    out.push(node);
    for s in subs {
        let mut p = path.clone();
        p.push(s.get_name().to_string());
        walk(s, p, out);
    }
}

/// Which ids an argument takes, by its name and the noun it belongs to.
fn id_kind(path: &[String], arg: &Arg) -> Option<IdKind> {
    let noun = path.first().map(String::as_str).unwrap_or("");
    let verb = path.last().map(String::as_str).unwrap_or("");
    if arg.is_positional() {
        return match arg.get_id().as_str() {
            "customer" => Some(IdKind::Customers),
            "feature" => Some(IdKind::Features),
            "plan" => Some(IdKind::Plans),
            "addons" => Some(IdKind::Addons),
            "currency" => Some(IdKind::Currencies),
            "package" => IdKind::of_noun(noun),
            // The id of something being created is new: nothing to complete.
            "id" if verb != "create" => IdKind::of_noun(noun),
            "name" if noun == "env" && verb == "delete" => Some(IdKind::Envs),
            _ => None,
        };
    }
    match arg.get_long()? {
        "customer" => Some(IdKind::Customers),
        "plan" | "parent" | "downgrade-to" | "start-free-plan" | "start-trial-plan" => {
            Some(IdKind::Plans)
        }
        "addon" | "remove-addon" | "depends-on" => Some(IdKind::Addons),
        "feature" | "per-unit-of" => Some(IdKind::Features),
        "product" => Some(IdKind::Products),
        "coupon" => Some(IdKind::Coupons),
        "currency" => Some(IdKind::Currencies),
        "env" => Some(IdKind::Envs),
        "from" | "to" if noun == "env" => Some(IdKind::Envs),
        _ => None,
    }
}

const FORMATS: [&str; 4] = ["table", "json", "yaml", "csv"];

fn value_of(path: &[String], arg: &Arg) -> Value {
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .map(str::to_string)
        .collect();
    if !choices.is_empty() {
        return Value::Choices(choices);
    }
    if let Some(k) = id_kind(path, arg) {
        return Value::Ids(k);
    }
    match arg.get_long() {
        Some("format") => {
            let formats = FORMATS.iter().map(|f| f.to_string()).collect();
            return if path.last().is_some_and(|v| v == "export") {
                Value::ChoicesOrFiles(formats)
            } else {
                Value::Choices(formats)
            };
        }
        Some("home") => return Value::Dirs,
        _ => {}
    }
    match arg.get_value_hint() {
        ValueHint::AnyPath | ValueHint::FilePath => Value::Files,
        ValueHint::DirPath => Value::Dirs,
        _ => Value::Free,
    }
}

// ---------------------------------------------------------------------------------------------
// bash

/// The value spec the bash and fish walkers read: `files`, `dirs`, `ids:KIND`,
/// `choices:a,b`, `choices+files:a,b`, or `-` for free text.
fn spec(v: &Value) -> String {
    match v {
        Value::Free => "-".into(),
        Value::Choices(c) => format!("choices:{}", c.join(",")),
        Value::ChoicesOrFiles(c) => format!("choices+files:{}", c.join(",")),
        Value::Files => "files".into(),
        Value::Dirs => "dirs".into(),
        Value::Ids(k) => format!("ids:{}", k.name()),
    }
}

fn bash(nodes: &[Node]) -> String {
    let mut node_cases = String::new();
    let mut spec_cases = String::new();
    let mut global_specs: Vec<(Vec<String>, String)> = Vec::new();
    for n in nodes {
        let subs: Vec<&str> = n.subcommands.iter().map(|(s, _)| s.as_str()).collect();
        let opts: Vec<String> = n.options.iter().flat_map(Opt::spellings).collect();
        let vopts: Vec<String> = n
            .options
            .iter()
            .filter(|o| o.value.is_some())
            .flat_map(Opt::spellings)
            .collect();
        let pos: Vec<String> = n
            .positionals
            .iter()
            .map(|p| {
                format!(
                    "{}{}",
                    spec(&p.value),
                    if p.repeatable { "..." } else { "" }
                )
            })
            .collect();
        let _ = write!(
            node_cases,
            "\n        \"{}\")\n            subs=\"{}\"\n            opts=\"{}\"\n            vopts=\"{}\"\n            pos=\"{}\"\n            ;;",
            n.path_str(),
            subs.join(" "),
            opts.join(" "),
            vopts.join(" "),
            pos.join(" ")
        );
        for o in &n.options {
            let Some(v) = o.value.as_ref().filter(|v| **v != Value::Free) else {
                continue;
            };
            let s = spec(v);
            if o.global && !matches!(v, Value::ChoicesOrFiles(_)) {
                if !global_specs.iter().any(|(sp, _)| *sp == o.spellings()) {
                    global_specs.push((o.spellings(), s));
                }
                continue;
            }
            let labels: Vec<String> = o
                .spellings()
                .iter()
                .map(|sp| format!("\"{}|{sp}\"", n.path_str()))
                .collect();
            let _ = write!(
                spec_cases,
                "\n        {})\n            spec=\"{s}\"\n            ;;",
                labels.join("|")
            );
        }
    }
    for (spellings, s) in &global_specs {
        let labels: Vec<String> = spellings.iter().map(|sp| format!("*\"|{sp}\"")).collect();
        let _ = write!(
            spec_cases,
            "\n        {})\n            spec=\"{s}\"\n            ;;",
            labels.join("|")
        );
    }
    BASH_TEMPLATE
        .replace("@NODE_CASES@", &node_cases)
        .replace("@SPEC_CASES@", &spec_cases)
}

const BASH_TEMPLATE: &str = r#"# bash completion for stigg-cli -*- shell-script -*-
# Generated by `stigg-cli completions bash`; see "Shell completion" in the README.

# The command at path $1 ("" = stigg-cli itself, "plan entitlement set"): its subcommands,
# options, options taking a value, and one value spec per positional argument ("..." marks a
# repeatable last one).
_stigg_cli_node() {
    case "$1" in@NODE_CASES@
        *)
            subs=""
            opts=""
            vopts=""
            pos=""
            ;;
    esac
}

# The value spec of option $2 on the command at path $1.
_stigg_cli_spec() {
    case "$1|$2" in@SPEC_CASES@
        *)
            spec="-"
            ;;
    esac
}

# Adds the candidates for value spec $1, given the typed prefix $2, to `cands`.
_stigg_cli_values() {
    local item
    case "$1" in
        choices:* | choices+files:*)
            local list=${1#*:}
            for item in ${list//,/ }; do
                cands+=("$item")
            done
            ;;
    esac
    case "$1" in
        files | choices+files:*)
            while IFS= read -r item; do cands+=("$item"); done < <(compgen -f -- "$2")
            compopt -o filenames 2>/dev/null
            ;;
        dirs)
            while IFS= read -r item; do cands+=("$item"); done < <(compgen -d -- "$2")
            compopt -o filenames 2>/dev/null
            ;;
        ids:*)
            # The ids of the environment the command line selects (--env/--home/--db).
            while IFS= read -r item; do
                cands+=("$item")
            done < <(command "${words[0]}" __complete "${1#ids:}" -- "${words[@]:1}" 2>/dev/null)
            ;;
    esac
}

# Whether option word $1 leaves its value to the next word; sets `pending` to the option.
_stigg_cli_pending() {
    pending=""
    case "$1" in
        --*=*) ;;
        --*)
            [[ " $vopts " == *" $1 "* ]] && pending=$1
            ;;
        -?*)
            # Bundled short options: the first one taking a value takes the rest of the word.
            local j
            for ((j = 1; j < ${#1}; j++)); do
                if [[ " $vopts " == *" -${1:j:1} "* ]]; then
                    ((j == ${#1} - 1)) && pending="-${1:j:1}"
                    break
                fi
            done
            ;;
    esac
}

_stigg_cli() {
    # COMP_WORDS is split at `=` and `:` too (ids may hold colons): glue back the pieces that
    # COMP_LINE shows without blanks between them. `words` = the words before the cursor's,
    # `cur` = the cursor's word up to the cursor.
    local -a words=() starts=() cands=()
    local w j gap n=0 at=0 cword=0
    for ((j = 0; j < ${#COMP_WORDS[@]}; j++)); do
        w=${COMP_WORDS[j]}
        gap=0
        while ((at < ${#COMP_LINE})) && [[ ${COMP_LINE:at:1} == [[:space:]] ]]; do
            at=$((at + 1))
            gap=1
        done
        if ((j > 0 && !gap)); then
            words[n - 1]+=$w
        else
            words[n]=$w
            starts[n]=$at
            n=$((n + 1))
        fi
        at=$((at + ${#w}))
        ((j == COMP_CWORD)) && cword=$((n - 1))
    done
    local cur=${COMP_LINE:${starts[cword]}:$((COMP_POINT - ${starts[cword]}))}
    words=("${words[@]:0:cword}")
    local path="" subs opts vopts pos spec pending="" i npos=0 endopts=0
    _stigg_cli_node ""
    for ((i = 1; i < ${#words[@]}; i++)); do
        w=${words[i]}
        if [[ -n $pending ]]; then
            pending=""
            continue
        fi
        if ((!endopts)) && [[ $w == -- ]]; then
            endopts=1
            continue
        fi
        if ((!endopts)) && [[ $w == -?* ]]; then
            _stigg_cli_pending "$w"
            continue
        fi
        if [[ -n $subs && " $subs " == *" $w "* ]]; then
            path=${path:+$path }$w
            _stigg_cli_node "$path"
            npos=0
            continue
        fi
        npos=$((npos + 1))
    done

    if [[ -n $pending ]]; then
        _stigg_cli_spec "$path" "$pending"
        _stigg_cli_values "$spec" "$cur"
    elif ((!endopts)) && [[ $cur == --*=* ]]; then
        local opt=${cur%%=*} item
        _stigg_cli_spec "$path" "$opt"
        _stigg_cli_values "$spec" "${cur#*=}"
        for i in "${!cands[@]}"; do
            cands[i]="$opt=${cands[i]}"
        done
    elif ((!endopts)) && [[ $cur == -* ]]; then
        cands=($opts)
    elif [[ -n $subs ]]; then
        cands=($subs)
    else
        local -a specs=($pos)
        local n=${#specs[@]} s=""
        if ((npos < n)); then
            s=${specs[npos]}
        elif ((n > 0)) && [[ ${specs[n - 1]} == *... ]]; then
            s=${specs[n - 1]}
        fi
        s=${s%...}
        if [[ -n $s ]]; then
            _stigg_cli_values "$s" "$cur"
        elif [[ -z $cur ]]; then
            # Every positional argument is there: what is left are options.
            cands=($opts)
        fi
    fi

    # Readline replaces only the part of the word after its last word-break character.
    local breaks=${COMP_WORDBREAKS-$' \t\n"\'><=;|&(:'} prefix="" k c
    for ((k = ${#cur} - 1; k >= 0; k--)); do
        if [[ $breaks == *"${cur:k:1}"* ]]; then
            prefix=${cur:0:k+1}
            break
        fi
    done
    COMPREPLY=()
    for c in "${cands[@]}"; do
        [[ $c == "$cur"* ]] && COMPREPLY+=("${c#"$prefix"}")
    done
    return 0
}

complete -F _stigg_cli stigg-cli
"#;

// ---------------------------------------------------------------------------------------------
// fish

fn fish_quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// The `-a …` (and file) part of a `complete` line for a value.
fn fish_values(v: &Value) -> String {
    match v {
        Value::Free => "-x".into(),
        Value::Choices(c) => format!("-x -a {}", fish_quote(&c.join(" "))),
        Value::ChoicesOrFiles(c) => format!("-r -F -a {}", fish_quote(&c.join(" "))),
        Value::Files => "-r -F".into(),
        Value::Dirs => "-x -a '(__fish_complete_directories (commandline -ct))'".into(),
        Value::Ids(k) => format!("-x -a '(__stigg_cli_ids {})'", k.name()),
    }
}

fn fish(nodes: &[Node]) -> String {
    let mut out = String::from(FISH_HEADER);
    let mut node_cases = String::new();
    for n in nodes {
        let subs: Vec<&str> = n.subcommands.iter().map(|(s, _)| s.as_str()).collect();
        let vopts: Vec<String> = n
            .options
            .iter()
            .filter(|o| o.value.is_some())
            .flat_map(Opt::spellings)
            .collect();
        let _ = write!(
            node_cases,
            "\n        case {}\n            set subs {}\n            set vopts {}",
            fish_quote(&n.path_str()),
            subs.join(" "),
            vopts.join(" ")
        );
    }
    out = out.replace("@NODE_CASES@", &node_cases);

    let mut globals_done: Vec<Vec<String>> = Vec::new();
    for n in nodes {
        let here = fish_quote(&n.path_str());
        let _ = writeln!(
            out,
            "\n# {}",
            [BIN]
                .iter()
                .copied()
                .chain(n.path.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        );
        for (name, about) in &n.subcommands {
            let _ = writeln!(
                out,
                "complete -c {BIN} -n \"__stigg_cli_args {here}\" -f -a {} -d {}",
                fish_quote(name),
                fish_quote(about)
            );
        }
        for o in &n.options {
            // Options valid everywhere are declared once, without a condition.
            let global = o.global || o.long.as_deref() == Some("help");
            if global && globals_done.contains(&o.spellings()) {
                continue;
            }
            let mut line = format!("complete -c {BIN}");
            if global {
                globals_done.push(o.spellings());
            } else {
                let _ = write!(line, " -n \"__stigg_cli_at {here}\"");
            }
            if let Some(s) = o.short {
                let _ = write!(line, " -s {s}");
            }
            if let Some(l) = &o.long {
                let _ = write!(line, " -l {l}");
            }
            match &o.value {
                // One line for every verb; the function adds file names on export verbs.
                Some(_) if o.long.as_deref() == Some("format") => {
                    line.push_str(" -x -a '(__stigg_cli_format)'")
                }
                Some(v) => {
                    line.push(' ');
                    line.push_str(&fish_values(v));
                }
                None => {}
            }
            let _ = writeln!(line, " -d {}", fish_quote(&o.help));
            out.push_str(&line);
        }
        for (i, p) in n.positionals.iter().enumerate() {
            let values = match &p.value {
                Value::Free => continue,
                Value::Files | Value::ChoicesOrFiles(_) => "-F".to_string(),
                Value::Choices(c) => format!("-a {}", fish_quote(&c.join(" "))),
                Value::Dirs => "-a '(__fish_complete_directories (commandline -ct))'".into(),
                Value::Ids(k) => format!("-a '(__stigg_cli_ids {})'", k.name()),
            };
            let _ = writeln!(
                out,
                "complete -c {BIN} -n \"__stigg_cli_arg {here} {i} {}\" {values} -d {}",
                u8::from(p.repeatable),
                fish_quote(&p.help)
            );
        }
    }
    out
}

const FISH_HEADER: &str = r#"# fish completion for stigg-cli
# Generated by `stigg-cli completions fish`; see "Shell completion" in the README.

# The subcommands and the options taking a value of the command at path $argv[1].
function __stigg_cli_node
    set -g __stigg_cli_subs
    set -g __stigg_cli_vopts
    set -l subs
    set -l vopts
    switch "$argv[1]"@NODE_CASES@
    end
    set __stigg_cli_subs $subs
    set __stigg_cli_vopts $vopts
end

# Reads the words before the cursor: the command path, how many positional arguments follow
# it, and the option still waiting for its value (if any). Cached per command line.
function __stigg_cli_state
    set -l line (commandline -pc)
    test "$line" = "$__stigg_cli_line"; and return
    set -g __stigg_cli_line $line
    set -l words (commandline -opc)
    set -e words[1]
    set -g __stigg_cli_path ''
    set -g __stigg_cli_npos 0
    set -g __stigg_cli_pending ''
    set -l endopts 0
    __stigg_cli_node ''
    for w in $words
        if test -n "$__stigg_cli_pending"
            set __stigg_cli_pending ''
            continue
        end
        if test $endopts = 0; and test "$w" = --
            set endopts 1
            continue
        end
        if test $endopts = 0; and string match -qr -- '^-.' $w
            if string match -qr -- '^--[^=]+$' $w
                contains -- $w $__stigg_cli_vopts; and set __stigg_cli_pending $w
            else if string match -qr -- '^-[^-]' $w
                # Bundled short options: the first one taking a value takes the rest.
                set -l n (string length -- $w)
                for j in (seq 2 $n)
                    set -l c -(string sub -s $j -l 1 -- $w)
                    if contains -- $c $__stigg_cli_vopts
                        test $j -eq $n; and set __stigg_cli_pending $c
                        break
                    end
                end
            end
            continue
        end
        if contains -- $w $__stigg_cli_subs
            set __stigg_cli_path (string trim -- "$__stigg_cli_path $w")
            __stigg_cli_node $__stigg_cli_path
            set __stigg_cli_npos 0
            continue
        end
        set __stigg_cli_npos (math $__stigg_cli_npos + 1)
    end
end

# The line is at the command $argv[1] (its options apply).
function __stigg_cli_at
    __stigg_cli_state
    test "$__stigg_cli_path" = "$argv[1]"
end

# The line is at the command $argv[1] and not completing an option's value.
function __stigg_cli_args
    __stigg_cli_at $argv[1]; and test -z "$__stigg_cli_pending"
end

# The word being completed is positional argument $argv[2] (from 0) of command $argv[1];
# $argv[3] = 1 when that argument repeats.
function __stigg_cli_arg
    __stigg_cli_args $argv[1]; or return 1
    test $__stigg_cli_npos -eq $argv[2]
    or begin
        test "$argv[3]" = 1; and test $__stigg_cli_npos -gt $argv[2]
    end
end

# The ids of kind $argv[1] in the environment the command line selects (--env/--home/--db).
function __stigg_cli_ids
    set -l words (commandline -opc)
    command $words[1] __complete $argv[1] -- $words[2..-1] 2>/dev/null
end

# Values of -o/--format: a format, or on verbs that write a file, a file name too.
function __stigg_cli_format
    printf '%s\n' table json yaml csv
    __stigg_cli_state
    string match -q -- '* export' "$__stigg_cli_path"; and __fish_complete_path (commandline -ct)
end

complete -c stigg-cli -f
"#;

// ---------------------------------------------------------------------------------------------
// zsh

/// Marks the help of an argument that takes ids, so the line clap writes for it can be found
/// and its action (`_default`) replaced by the id lookup.
const MARK: &str = "@@stigg-ids=";

fn zsh() -> String {
    fn mark(mut cmd: clap::Command, path: Vec<String>) -> clap::Command {
        let ids: Vec<(String, IdKind)> = cmd
            .get_arguments()
            .filter(|a| a.get_action().takes_values() || a.is_positional())
            .filter(|a| !matches!(a.get_action(), ArgAction::SetTrue | ArgAction::SetFalse))
            .filter(|a| a.get_possible_values().is_empty())
            .filter_map(|a| id_kind(&path, a).map(|k| (a.get_id().to_string(), k)))
            .collect();
        for (id, kind) in ids {
            cmd = cmd.mut_arg(&id, |a| {
                let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
                a.help(format!("{help}{MARK}{}@@", kind.name()))
            });
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let mut p = path.clone();
            p.push(name.clone());
            cmd = cmd.mut_subcommand(&name, |s| mark(s, p));
        }
        cmd
    }
    let text = clap_script(Shell::Zsh, mark(super::Cli::command(), Vec::new()));
    let mut out = String::with_capacity(text.len() + 1024);
    for line in text.lines() {
        match line.find(MARK) {
            Some(at) => {
                let rest = &line[at + MARK.len()..];
                let (kind, tail) = rest.split_once("@@").unwrap_or((rest, ""));
                let tail = tail.replacen(":_default'", &format!(":_stigg-cli__ids {kind}'"), 1);
                out.push_str(&line[..at]);
                out.push_str(&tail);
            }
            None if line.starts_with("if [ \"$funcstack[1]\" = \"_stigg-cli\" ]") => {
                out.push_str(ZSH_IDS);
                out.push_str(line);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

const ZSH_IDS: &str = r#"(( $+functions[_stigg-cli__ids] )) ||
_stigg-cli__ids() {
    # The ids of kind ${@[-1]} in the environment the command line selects (--env/--home/--db);
    # _arguments passes its description options first.
    local -a line_words ids
    line_words=(${(Q)${(z)LBUFFER}})
    [[ $LBUFFER == *[[:space:]] ]] || line_words=(${line_words[1,-2]})
    ids=(${(f)"$(command ${line_words[1]} __complete ${@[-1]} -- ${line_words[2,-1]} 2>/dev/null)"})
    compadd "${@[1,-2]}" -a ids
}

"#;
