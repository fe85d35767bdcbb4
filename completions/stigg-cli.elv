
use builtin;
use str;

set edit:completion:arg-completer[stigg-cli] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'stigg-cli'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'stigg-cli'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand quickstart 'Set up the default environment with the starter catalog and show what it holds'
            cand env 'Environments: one SQLite file each'
            cand clock 'The environment''s frozen test clock'
            cand catalog 'Catalog as code: apply, diff, validate and export YAML'
            cand product 'Products: groups of plans and add-ons with their lifecycle setup'
            cand feature 'Features: boolean, number (optionally metered) and enum capabilities'
            cand currency 'Credit currencies ("credit types")'
            cand coupon 'Coupons: percentage or fixed discounts'
            cand plan 'Plans: versioned packages of entitlements and prices'
            cand addon 'Add-ons: versioned packages bought on top of a plan'
            cand customer 'Customers: provision, update, archive'
            cand subscription 'Subscriptions: create, change plan, cancel, migrate, schedules'
            cand entitlement 'Entitlement checks and promotional entitlements'
            cand usage 'Usage of metered features: report, show, import, history, recalculate'
            cand event 'Raw usage events: report, list (metered by the features'' event meters)'
            cand credit 'Credits: grants, consumption, balance, the ledger and its invariants'
            cand events 'The event log: audit trail and export feed'
            cand report 'Reports: recurring revenue, subscriptions by plan and status, feature adoption'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;quickstart'= {
            cand --catalog 'Apply this catalog instead of the built-in catalogs/saas-starter.yaml'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the environments in the home directory'
            cand create 'Create an environment (a new database file)'
            cand show 'Show the current environment (-e NAME)'
            cand delete 'Delete an environment''s database file (asks for confirmation)'
            cand promote 'Copy the catalog of one environment into another (customers, usage and credits stay)'
            cand rotate-signing-secret 'Generate a new signing secret for customer tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;env;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;create'= {
            cand --type 'Environment type; PRODUCTION refuses test clocks and confirms destructive commands'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;delete'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;promote'= {
            cand --from 'Environment to copy the catalog from'
            cand --to 'Environment to copy it into (must exist)'
            cand --migrate 'Whether live subscriptions move to the new package versions'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --dry-run 'Show the changes without making them'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;rotate-signing-secret'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;env;help'= {
            cand list 'List the environments in the home directory'
            cand create 'Create an environment (a new database file)'
            cand show 'Show the current environment (-e NAME)'
            cand delete 'Delete an environment''s database file (asks for confirmation)'
            cand promote 'Copy the catalog of one environment into another (customers, usage and credits stay)'
            cand rotate-signing-secret 'Generate a new signing secret for customer tokens'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;env;help;list'= {
        }
        &'stigg-cli;env;help;create'= {
        }
        &'stigg-cli;env;help;show'= {
        }
        &'stigg-cli;env;help;delete'= {
        }
        &'stigg-cli;env;help;promote'= {
        }
        &'stigg-cli;env;help;rotate-signing-secret'= {
        }
        &'stigg-cli;env;help;help'= {
        }
        &'stigg-cli;clock'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show now, its source and the processed-time mark'
            cand set 'Freeze the clock at an instant (runs everything due until then)'
            cand advance 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
            cand unfreeze 'Go back to the system clock'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;clock;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;clock;set'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;clock;advance'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;clock;unfreeze'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;clock;help'= {
            cand show 'Show now, its source and the processed-time mark'
            cand set 'Freeze the clock at an instant (runs everything due until then)'
            cand advance 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
            cand unfreeze 'Go back to the system clock'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;clock;help;show'= {
        }
        &'stigg-cli;clock;help;set'= {
        }
        &'stigg-cli;clock;help;advance'= {
        }
        &'stigg-cli;clock;help;unfreeze'= {
        }
        &'stigg-cli;clock;help;help'= {
        }
        &'stigg-cli;catalog'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand apply 'Make the environment''s catalog match YAML files (idempotent; prints the changes)'
            cand diff 'Show what apply would change; exit 0 when nothing, 1 when something would change'
            cand validate 'Check YAML files on their own (no database); every problem as file:line:column'
            cand export 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;catalog;apply'= {
            cand --migrate 'Whether live subscriptions move to the new plan versions (recorded on each publication)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --dry-run 'Show the changes without making them'
            cand --archive-missing 'Archive catalog entities the files do not declare'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;catalog;diff'= {
            cand --top 'How many subscriptions whose bill changes most --impact lists'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archive-missing 'Also count archiving the catalog entities the files do not declare (as apply does)'
            cand --impact 'Instead of the changes, price every live subscription under the current catalog and under the files (as if moved to the new versions of the plans and add-ons they change): MRR before, after and the delta, per plan and in total, and the subscriptions whose bill changes most'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;catalog;validate'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;catalog;export'= {
            cand --output 'Write to this file instead of stdout (`-o FILE` works too)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;catalog;help'= {
            cand apply 'Make the environment''s catalog match YAML files (idempotent; prints the changes)'
            cand diff 'Show what apply would change; exit 0 when nothing, 1 when something would change'
            cand validate 'Check YAML files on their own (no database); every problem as file:line:column'
            cand export 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;catalog;help;apply'= {
        }
        &'stigg-cli;catalog;help;diff'= {
        }
        &'stigg-cli;catalog;help;validate'= {
        }
        &'stigg-cli;catalog;help;export'= {
        }
        &'stigg-cli;catalog;help;help'= {
        }
        &'stigg-cli;product'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name, setup or defaults'
            cand archive 'Archive a product (its plans and add-ons must be archived first)'
            cand unarchive 'Unarchive a product'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;product;create'= {
            cand --name 'Display name (on create: defaults to the id)'
            cand --description 'Free-text description (on update: "" clears it)'
            cand --start-free-plan 'Customers created without --plan get this free plan'
            cand --start-trial-plan 'Customers created without --plan start a trial of this plan'
            cand --downgrade-to 'When a paid subscription ends, move the customer to this free plan'
            cand --default-cancellation 'Default of `subscription cancel`'
            cand --downgrade-at 'When a downgrade takes effect; `subscription create --schedule` overrides it per command'
            cand --usage-reset-on-change 'What happens to usage when the plan changes'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --multiple-subscriptions 'One subscription per resource (instead of one per customer)'
            cand --single-subscription 'One live subscription per customer (the default)'
            cand --plan-selection 'Customers created without --plan get no subscription'
            cand --end-cancel 'When a paid subscription ends, just end it'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archived 'Include archived ones'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;update'= {
            cand --name 'Display name (on create: defaults to the id)'
            cand --description 'Free-text description (on update: "" clears it)'
            cand --start-free-plan 'Customers created without --plan get this free plan'
            cand --start-trial-plan 'Customers created without --plan start a trial of this plan'
            cand --downgrade-to 'When a paid subscription ends, move the customer to this free plan'
            cand --default-cancellation 'Default of `subscription cancel`'
            cand --downgrade-at 'When a downgrade takes effect; `subscription create --schedule` overrides it per command'
            cand --usage-reset-on-change 'What happens to usage when the plan changes'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --multiple-subscriptions 'One subscription per resource (instead of one per customer)'
            cand --single-subscription 'One live subscription per customer (the default)'
            cand --plan-selection 'Customers created without --plan get no subscription'
            cand --end-cancel 'When a paid subscription ends, just end it'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;product;help'= {
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name, setup or defaults'
            cand archive 'Archive a product (its plans and add-ons must be archived first)'
            cand unarchive 'Unarchive a product'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;product;help;create'= {
        }
        &'stigg-cli;product;help;list'= {
        }
        &'stigg-cli;product;help;show'= {
        }
        &'stigg-cli;product;help;update'= {
        }
        &'stigg-cli;product;help;archive'= {
        }
        &'stigg-cli;product;help;unarchive'= {
        }
        &'stigg-cli;product;help;help'= {
        }
        &'stigg-cli;feature'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a feature'
            cand list 'List features'
            cand show 'Show one feature'
            cand update 'Change a feature''s name, description, units or enum values (type and meter are fixed)'
            cand archive 'Archive a feature (refused while a published package uses it)'
            cand unarchive 'Unarchive a feature'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;feature;create'= {
            cand --type 'Feature type: boolean, number, enum, or metered (number with an incremental meter)'
            cand --meter 'Meter for number features'
            cand --units 'SINGULAR[,PLURAL]'
            cand --values 'Enum values: a,b,c'
            cand --name 'Display name [default: the id]'
            cand --description 'Free-text description'
            cand --event-name 'Meter raw events with this eventName (instead of reported usage)'
            cand --aggregation 'Aggregation of the raw events: COUNT, or SUM|MIN|MAX|AVG|UNIQUE:FIELD'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archived 'Include archived ones'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;update'= {
            cand --name 'New display name'
            cand --description 'New description ("" clears it)'
            cand --units 'New units: SINGULAR[,PLURAL]'
            cand --values 'Replace the enum values: a,b,c'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;feature;help'= {
            cand create 'Create a feature'
            cand list 'List features'
            cand show 'Show one feature'
            cand update 'Change a feature''s name, description, units or enum values (type and meter are fixed)'
            cand archive 'Archive a feature (refused while a published package uses it)'
            cand unarchive 'Unarchive a feature'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;feature;help;create'= {
        }
        &'stigg-cli;feature;help;list'= {
        }
        &'stigg-cli;feature;help;show'= {
        }
        &'stigg-cli;feature;help;update'= {
        }
        &'stigg-cli;feature;help;archive'= {
        }
        &'stigg-cli;feature;help;unarchive'= {
        }
        &'stigg-cli;feature;help;help'= {
        }
        &'stigg-cli;currency'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a credit currency'
            cand list 'List credit currencies'
            cand show 'Show one credit currency'
            cand update 'Change a currency''s name, description, units or symbol'
            cand archive 'Archive a credit currency'
            cand unarchive 'Unarchive a credit currency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;currency;create'= {
            cand --name 'Display name [default: the id]'
            cand --description 'Free-text description'
            cand --units 'SINGULAR[,PLURAL]'
            cand --symbol 'Display symbol (e.g. ⚡)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archived 'Include archived ones'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;update'= {
            cand --name 'New display name'
            cand --description 'New description ("" clears it)'
            cand --units 'New units: SINGULAR[,PLURAL]'
            cand --symbol 'New display symbol ("" clears it)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;currency;help'= {
            cand create 'Create a credit currency'
            cand list 'List credit currencies'
            cand show 'Show one credit currency'
            cand update 'Change a currency''s name, description, units or symbol'
            cand archive 'Archive a credit currency'
            cand unarchive 'Unarchive a credit currency'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;currency;help;create'= {
        }
        &'stigg-cli;currency;help;list'= {
        }
        &'stigg-cli;currency;help;show'= {
        }
        &'stigg-cli;currency;help;update'= {
        }
        &'stigg-cli;currency;help;archive'= {
        }
        &'stigg-cli;currency;help;unarchive'= {
        }
        &'stigg-cli;currency;help;help'= {
        }
        &'stigg-cli;coupon'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a coupon (its discount and duration can never change)'
            cand list 'List coupons'
            cand show 'Show one coupon'
            cand update 'Rename a coupon (discount and duration are immutable)'
            cand archive 'Archive a coupon: it keeps working where applied but can''t be newly applied'
            cand unarchive 'Unarchive a coupon'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;coupon;create'= {
            cand --percent-off 'Percentage discount, 0 < P ≤ 100'
            cand --amount-off 'Fixed discount per currency: AMOUNT:CUR[,AMOUNT:CUR]'
            cand --duration-months 'Months the discount applies after it is applied (omit for forever)'
            cand --name 'Display name [default: the id]'
            cand --description 'Free-text description'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archived 'Include archived ones'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;update'= {
            cand --name 'New display name'
            cand --description 'New description ("" clears it)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;coupon;help'= {
            cand create 'Create a coupon (its discount and duration can never change)'
            cand list 'List coupons'
            cand show 'Show one coupon'
            cand update 'Rename a coupon (discount and duration are immutable)'
            cand archive 'Archive a coupon: it keeps working where applied but can''t be newly applied'
            cand unarchive 'Unarchive a coupon'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;coupon;help;create'= {
        }
        &'stigg-cli;coupon;help;list'= {
        }
        &'stigg-cli;coupon;help;show'= {
        }
        &'stigg-cli;coupon;help;update'= {
        }
        &'stigg-cli;coupon;help;archive'= {
        }
        &'stigg-cli;coupon;help;unarchive'= {
        }
        &'stigg-cli;coupon;help;help'= {
        }
        &'stigg-cli;plan'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create a plan (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, parent or trial'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand addons 'Compatible add-ons of the draft'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete a plan that was never published (published plans are archived instead)'
            cand list 'List plans'
            cand show 'Show a plan (latest version, or --version N; the draft when never published)'
            cand versions 'List a plan''s versions'
            cand archive 'Hide a plan from new subscriptions (live ones keep working)'
            cand unarchive 'Make an archived plan available again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;create'= {
            cand --product 'Product the package belongs to (product id)'
            cand --name 'Display name [default: the id]'
            cand --description 'Free-text description'
            cand --pricing 'Pricing type'
            cand --parent 'Inherit every entitlement of this plan'
            cand --trial-days 'Trial length in days'
            cand --trial-months 'Trial length in months'
            cand --trial-end 'What happens when the trial ends'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;update'= {
            cand --name 'New display name'
            cand --description 'New description ("" clears it)'
            cand --pricing 'New pricing type'
            cand --parent 'Inherit every entitlement of this plan (replaces the current parent)'
            cand --trial-days 'Trial length in days'
            cand --trial-months 'Trial length in months'
            cand --trial-end 'What happens when the trial ends'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --no-parent 'Remove the parent'
            cand --no-trial 'Remove the trial'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;entitlement'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;entitlement;set'= {
            cand --limit 'Usage limit (decimal); on add-ons added to or replacing the plan''s, see --behavior'
            cand --reset 'Usage window: hour, day, week, month, year'
            cand --reset-anchor 'subscription-start (default), start-of-month, every-monday … every-sunday (or Stigg''s StartOfTheMonth …)'
            cand --values 'Allowed enum values: a,b'
            cand --behavior 'Add-ons: increment (add to the plan''s limit) or override (replace it)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --unlimited 'No usage limit'
            cand --soft 'Over-limit use is allowed and tracked'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;entitlement;remove'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;entitlement;list'= {
            cand --version 'List this version [default: the open draft, else the latest published]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;entitlement;help'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;entitlement;help;set'= {
        }
        &'stigg-cli;plan;entitlement;help;remove'= {
        }
        &'stigg-cli;plan;entitlement;help;list'= {
        }
        &'stigg-cli;plan;entitlement;help;help'= {
        }
        &'stigg-cli;plan;price'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;price;set'= {
            cand --model 'Price model'
            cand --currency 'ISO-4217 code, or the credit currency for --model credits'
            cand --feature 'Feature the price is for (per-unit, usage, overage and credits models)'
            cand --monthly 'Amount per monthly billing period (per unit or block for per-unit and usage prices)'
            cand --annually 'Amount per annual billing period (per unit or block for per-unit and usage prices)'
            cand --unit-price 'Price per unit (or per --block-size block) of usage or overage, the same for every billing period'
            cand --tiers-mode 'How --tier prices add up: graduated (each unit at its tier''s price) or volume (every unit at the tier the total falls in)'
            cand --tier 'A tier: UPTO:UNIT_PRICE[:FLAT_PRICE] (UPTO empty or `inf` for the last); repeat in order'
            cand --min 'Smallest quantity a subscription may buy (per-unit prices; whole number)'
            cand --max 'Largest quantity a subscription may buy (per-unit prices; whole number)'
            cand --block-size 'Round quantities or usage up to whole blocks of this size; prices are per block'
            cand --rate 'Credits per unit (credits model)'
            cand --formula 'Credits per event from its dimensions (credits model), e.g. "2.5 * input_tokens"'
            cand --country 'Country variant: CC:CURRENCY:MONTHLY[:ANNUALLY]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;price;remove'= {
            cand --model 'Model of the price to remove'
            cand --feature 'Feature of the price to remove (for prices that have one)'
            cand --currency 'Which currency''s price to remove (needed when the package prices this in several)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;price;list'= {
            cand --version 'List this version [default: the open draft, else the latest published]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;price;help'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;price;help;set'= {
        }
        &'stigg-cli;plan;price;help;remove'= {
        }
        &'stigg-cli;plan;price;help;list'= {
        }
        &'stigg-cli;plan;price;help;help'= {
        }
        &'stigg-cli;plan;credits'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;credits;set'= {
            cand --amount 'Credits granted every cadence period (decimal)'
            cand --cadence 'How often the grant recurs'
            cand --per-unit-of 'Seat-based pool: amount × purchased quantity of this feature'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;credits;remove'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;credits;help'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;credits;help;set'= {
        }
        &'stigg-cli;plan;credits;help;remove'= {
        }
        &'stigg-cli;plan;credits;help;help'= {
        }
        &'stigg-cli;plan;addons'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Replace the plan''s compatible add-ons (none = clear)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;addons;set'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;addons;help'= {
            cand set 'Replace the plan''s compatible add-ons (none = clear)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;addons;help;set'= {
        }
        &'stigg-cli;plan;addons;help;help'= {
        }
        &'stigg-cli;plan;publish'= {
            cand --migrate 'Whether live subscriptions of the plan move to the new version now'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;draft'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;discard-draft'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;delete'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;list'= {
            cand --product 'Only packages of this product (product id)'
            cand --status 'draft, published or archived (any case)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;show'= {
            cand --version 'Show this version [default: the latest published, else the draft]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;versions'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;plan;help'= {
            cand create 'Create a plan (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, parent or trial'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand addons 'Compatible add-ons of the draft'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete a plan that was never published (published plans are archived instead)'
            cand list 'List plans'
            cand show 'Show a plan (latest version, or --version N; the draft when never published)'
            cand versions 'List a plan''s versions'
            cand archive 'Hide a plan from new subscriptions (live ones keep working)'
            cand unarchive 'Make an archived plan available again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;plan;help;create'= {
        }
        &'stigg-cli;plan;help;update'= {
        }
        &'stigg-cli;plan;help;entitlement'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
        }
        &'stigg-cli;plan;help;entitlement;set'= {
        }
        &'stigg-cli;plan;help;entitlement;remove'= {
        }
        &'stigg-cli;plan;help;entitlement;list'= {
        }
        &'stigg-cli;plan;help;price'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
        }
        &'stigg-cli;plan;help;price;set'= {
        }
        &'stigg-cli;plan;help;price;remove'= {
        }
        &'stigg-cli;plan;help;price;list'= {
        }
        &'stigg-cli;plan;help;credits'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
        }
        &'stigg-cli;plan;help;credits;set'= {
        }
        &'stigg-cli;plan;help;credits;remove'= {
        }
        &'stigg-cli;plan;help;addons'= {
            cand set 'Replace the plan''s compatible add-ons (none = clear)'
        }
        &'stigg-cli;plan;help;addons;set'= {
        }
        &'stigg-cli;plan;help;publish'= {
        }
        &'stigg-cli;plan;help;draft'= {
        }
        &'stigg-cli;plan;help;discard-draft'= {
        }
        &'stigg-cli;plan;help;delete'= {
        }
        &'stigg-cli;plan;help;list'= {
        }
        &'stigg-cli;plan;help;show'= {
        }
        &'stigg-cli;plan;help;versions'= {
        }
        &'stigg-cli;plan;help;archive'= {
        }
        &'stigg-cli;plan;help;unarchive'= {
        }
        &'stigg-cli;plan;help;help'= {
        }
        &'stigg-cli;addon'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Create an add-on (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, max quantity or dependencies'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete an add-on that was never published (published add-ons are archived instead)'
            cand list 'List add-ons'
            cand show 'Show an add-on'
            cand versions 'List an add-on''s versions'
            cand archive 'Hide an add-on from new subscriptions'
            cand unarchive 'Make an archived add-on available again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;create'= {
            cand --product 'Product the package belongs to (product id)'
            cand --name 'Display name [default: the id]'
            cand --description 'Free-text description'
            cand --pricing 'Pricing type'
            cand --max-quantity 'How many of this add-on one subscription may hold (1 = single instance)'
            cand --depends-on 'Add-ons required on the same subscription'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;update'= {
            cand --name 'New display name'
            cand --description 'New description ("" clears it)'
            cand --pricing 'New pricing type'
            cand --max-quantity 'How many of this add-on one subscription may hold (1 = single instance)'
            cand --depends-on 'Replace the dependencies (comma-separated; pass "" to clear)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;entitlement'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;entitlement;set'= {
            cand --limit 'Usage limit (decimal); on add-ons added to or replacing the plan''s, see --behavior'
            cand --reset 'Usage window: hour, day, week, month, year'
            cand --reset-anchor 'subscription-start (default), start-of-month, every-monday … every-sunday (or Stigg''s StartOfTheMonth …)'
            cand --values 'Allowed enum values: a,b'
            cand --behavior 'Add-ons: increment (add to the plan''s limit) or override (replace it)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --unlimited 'No usage limit'
            cand --soft 'Over-limit use is allowed and tracked'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;entitlement;remove'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;entitlement;list'= {
            cand --version 'List this version [default: the open draft, else the latest published]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;entitlement;help'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;entitlement;help;set'= {
        }
        &'stigg-cli;addon;entitlement;help;remove'= {
        }
        &'stigg-cli;addon;entitlement;help;list'= {
        }
        &'stigg-cli;addon;entitlement;help;help'= {
        }
        &'stigg-cli;addon;price'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;price;set'= {
            cand --model 'Price model'
            cand --currency 'ISO-4217 code, or the credit currency for --model credits'
            cand --feature 'Feature the price is for (per-unit, usage, overage and credits models)'
            cand --monthly 'Amount per monthly billing period (per unit or block for per-unit and usage prices)'
            cand --annually 'Amount per annual billing period (per unit or block for per-unit and usage prices)'
            cand --unit-price 'Price per unit (or per --block-size block) of usage or overage, the same for every billing period'
            cand --tiers-mode 'How --tier prices add up: graduated (each unit at its tier''s price) or volume (every unit at the tier the total falls in)'
            cand --tier 'A tier: UPTO:UNIT_PRICE[:FLAT_PRICE] (UPTO empty or `inf` for the last); repeat in order'
            cand --min 'Smallest quantity a subscription may buy (per-unit prices; whole number)'
            cand --max 'Largest quantity a subscription may buy (per-unit prices; whole number)'
            cand --block-size 'Round quantities or usage up to whole blocks of this size; prices are per block'
            cand --rate 'Credits per unit (credits model)'
            cand --formula 'Credits per event from its dimensions (credits model), e.g. "2.5 * input_tokens"'
            cand --country 'Country variant: CC:CURRENCY:MONTHLY[:ANNUALLY]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;price;remove'= {
            cand --model 'Model of the price to remove'
            cand --feature 'Feature of the price to remove (for prices that have one)'
            cand --currency 'Which currency''s price to remove (needed when the package prices this in several)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;price;list'= {
            cand --version 'List this version [default: the open draft, else the latest published]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;price;help'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;price;help;set'= {
        }
        &'stigg-cli;addon;price;help;remove'= {
        }
        &'stigg-cli;addon;price;help;list'= {
        }
        &'stigg-cli;addon;price;help;help'= {
        }
        &'stigg-cli;addon;credits'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;credits;set'= {
            cand --amount 'Credits granted every cadence period (decimal)'
            cand --cadence 'How often the grant recurs'
            cand --per-unit-of 'Seat-based pool: amount × purchased quantity of this feature'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;credits;remove'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;credits;help'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;credits;help;set'= {
        }
        &'stigg-cli;addon;credits;help;remove'= {
        }
        &'stigg-cli;addon;credits;help;help'= {
        }
        &'stigg-cli;addon;publish'= {
            cand --migrate 'Whether live subscriptions of the plan move to the new version now'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;draft'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;discard-draft'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;delete'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;list'= {
            cand --product 'Only packages of this product (product id)'
            cand --status 'draft, published or archived (any case)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;show'= {
            cand --version 'Show this version [default: the latest published, else the draft]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;versions'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;addon;help'= {
            cand create 'Create an add-on (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, max quantity or dependencies'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete an add-on that was never published (published add-ons are archived instead)'
            cand list 'List add-ons'
            cand show 'Show an add-on'
            cand versions 'List an add-on''s versions'
            cand archive 'Hide an add-on from new subscriptions'
            cand unarchive 'Make an archived add-on available again'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;addon;help;create'= {
        }
        &'stigg-cli;addon;help;update'= {
        }
        &'stigg-cli;addon;help;entitlement'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
        }
        &'stigg-cli;addon;help;entitlement;set'= {
        }
        &'stigg-cli;addon;help;entitlement;remove'= {
        }
        &'stigg-cli;addon;help;entitlement;list'= {
        }
        &'stigg-cli;addon;help;price'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
        }
        &'stigg-cli;addon;help;price;set'= {
        }
        &'stigg-cli;addon;help;price;remove'= {
        }
        &'stigg-cli;addon;help;price;list'= {
        }
        &'stigg-cli;addon;help;credits'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
        }
        &'stigg-cli;addon;help;credits;set'= {
        }
        &'stigg-cli;addon;help;credits;remove'= {
        }
        &'stigg-cli;addon;help;publish'= {
        }
        &'stigg-cli;addon;help;draft'= {
        }
        &'stigg-cli;addon;help;discard-draft'= {
        }
        &'stigg-cli;addon;help;delete'= {
        }
        &'stigg-cli;addon;help;list'= {
        }
        &'stigg-cli;addon;help;show'= {
        }
        &'stigg-cli;addon;help;versions'= {
        }
        &'stigg-cli;addon;help;archive'= {
        }
        &'stigg-cli;addon;help;unarchive'= {
        }
        &'stigg-cli;addon;help;help'= {
        }
        &'stigg-cli;customer'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Provision a customer; with --plan also subscribe, else the products'' start setup applies'
            cand update 'Change a customer''s name, email, billing id, coupon or metadata'
            cand show 'Show a customer with its subscriptions'
            cand list 'List customers'
            cand archive 'Soft delete: clears name and email, ends live subscriptions, checks deny'
            cand unarchive 'Make an archived customer visible again (cleared fields stay cleared)'
            cand import 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
            cand export 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads'
            cand token 'Print the signed customer token a front end passes to prove which customer it acts for'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;customer;create'= {
            cand --name 'Display name (blank is none; on update "" clears it)'
            cand --email 'Email address (on update: "" clears it)'
            cand --billing-id 'Id of the customer in the billing system (blank is none; on update "" clears it)'
            cand --coupon 'Customer-level coupon (on update: "" removes it, as --remove-coupon does)'
            cand --metadata 'Metadata entry KEY=VALUE, repeatable (on update an empty value removes the key)'
            cand --plan 'Subscribe to this plan right away'
            cand --billing-period 'Billing period of the --plan subscription (without --plan: of the start setup''s trial plans that offer it, for a plan offered monthly and annually)'
            cand --addon 'Add-on for the --plan subscription: ADDON[=QTY] (quantity 1 by default), repeatable'
            cand --quantity 'Purchased quantity for a per-unit price of --plan: FEATURE=N, repeatable'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --skip-trial 'Subscribe to --plan without its trial'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;update'= {
            cand --name 'Display name (blank is none; on update "" clears it)'
            cand --email 'Email address (on update: "" clears it)'
            cand --billing-id 'Id of the customer in the billing system (blank is none; on update "" clears it)'
            cand --coupon 'Customer-level coupon (on update: "" removes it, as --remove-coupon does)'
            cand --metadata 'Metadata entry KEY=VALUE, repeatable (on update an empty value removes the key)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --remove-coupon 'Remove the customer-level coupon'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;list'= {
            cand --search 'Text found in the id, name, email, billing id or a metadata value (case-insensitive, literal)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --archived 'Include archived customers'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;archive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;unarchive'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;import'= {
            cand --rejects 'Write the rejected rows here, each with its reason (needs --skip-invalid)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --dry-run 'Check and report without writing (exit 1 when the import would change something, 0 when not)'
            cand --skip-invalid 'Import the good rows; write the bad ones, with a reason, to --rejects'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;export'= {
            cand --output 'Write to this file instead of stdout (`-o FILE` works too; `-` is stdout); the name picks the format (.csv, .json, .jsonl) unless --format csv|json|jsonl says it; CSV otherwise'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;token'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;customer;help'= {
            cand create 'Provision a customer; with --plan also subscribe, else the products'' start setup applies'
            cand update 'Change a customer''s name, email, billing id, coupon or metadata'
            cand show 'Show a customer with its subscriptions'
            cand list 'List customers'
            cand archive 'Soft delete: clears name and email, ends live subscriptions, checks deny'
            cand unarchive 'Make an archived customer visible again (cleared fields stay cleared)'
            cand import 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
            cand export 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads'
            cand token 'Print the signed customer token a front end passes to prove which customer it acts for'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;customer;help;create'= {
        }
        &'stigg-cli;customer;help;update'= {
        }
        &'stigg-cli;customer;help;show'= {
        }
        &'stigg-cli;customer;help;list'= {
        }
        &'stigg-cli;customer;help;archive'= {
        }
        &'stigg-cli;customer;help;unarchive'= {
        }
        &'stigg-cli;customer;help;import'= {
        }
        &'stigg-cli;customer;help;export'= {
        }
        &'stigg-cli;customer;help;token'= {
        }
        &'stigg-cli;customer;help;help'= {
        }
        &'stigg-cli;subscription'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand create 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
            cand update 'Change add-ons, quantities, billing period, coupon or trial end'
            cand cancel 'Cancel now, at the period end or at an instant'
            cand uncancel 'Clear a scheduled cancellation'
            cand migrate 'Move to the plan''s latest version'
            cand list 'List subscriptions'
            cand show 'Show one subscription'
            cand estimate 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration'
            cand invoice-preview 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend'
            cand schedule 'Scheduled changes of a subscription: list, cancel'
            cand import 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
            cand export 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;subscription;create'= {
            cand --customer 'Customer to subscribe (customer id)'
            cand --plan 'Plan to subscribe to (plan id; its latest published version)'
            cand --id 'Choose the subscription id (default: generated sub_…)'
            cand --resource 'Resource id, for products with one subscription per resource'
            cand --billing-period 'Billing period [default: the one the plan offers; required when it offers both]'
            cand --addon 'Add-on to buy: ADDON[=QTY] (quantity 1 by default), repeatable'
            cand --quantity 'Purchased quantity for a per-unit price: FEATURE=N, repeatable'
            cand --start 'Start instant (RFC 3339); defaults to now'
            cand --end 'Fixed term: the subscription expires at this instant (RFC 3339)'
            cand --trial-end 'End the trial at this instant (RFC 3339) instead of after the plan''s trial length'
            cand --coupon 'Coupon id for this subscription (overrides the customer''s coupon)'
            cand --country 'ISO 3166 country for localised prices (kept for the subscription''s life)'
            cand --schedule 'When a plan change takes effect [default: upgrades now, downgrades at the period end]'
            cand --metadata 'Metadata entry KEY=VALUE, repeatable'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --trial 'Start a trial even if the customer trialed this product before'
            cand --skip-trial 'Start without the plan''s trial'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;update'= {
            cand --addon 'Add an add-on or set its quantity: ADDON[=QTY] (quantity 1 by default), repeatable'
            cand --remove-addon 'Remove this add-on (add-on id), repeatable'
            cand --quantity 'FEATURE=N, repeatable: set the purchased quantity of a per-unit price'
            cand --billing-period 'Switch the billing period'
            cand --coupon 'Apply this coupon (coupon id)'
            cand --trial-end 'Move the end of the current trial to this instant (RFC 3339)'
            cand --schedule 'When add-on, quantity and billing-period changes take effect [default: immediate]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --remove-coupon 'Remove the subscription''s coupon'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;cancel'= {
            cand --at 'immediate, end-of-period or an RFC 3339 instant (default: the product''s setting)'
            cand --reason 'Free-text note recorded with the cancellation'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --revoke-entitlements 'Cut access now even if the subscription runs to its end'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;uncancel'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;migrate'= {
            cand --at 'When: immediate, or end-of-period (the end of the current billing period); also spelled --schedule, as `subscription create` and `update` spell it'
            cand --schedule 'When: immediate, or end-of-period (the end of the current billing period); also spelled --schedule, as `subscription create` and `update` spell it'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;list'= {
            cand --customer 'Only subscriptions of this customer (customer id)'
            cand --plan 'Only subscriptions to this plan (plan id)'
            cand --status 'not-started, in-trial, active, payment-pending, canceled, expired (ACTIVE etc. too)'
            cand --resource 'Only subscriptions for this resource id'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;show'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;estimate'= {
            cand --customer 'Customer of a new subscription or plan change (customer id)'
            cand --plan 'Plan of a new subscription or plan change (plan id)'
            cand --id 'The subscription id `create` would be given (priced the same)'
            cand --resource 'Resource id, for products with one subscription per resource'
            cand --billing-period 'Billing period [default: with ID, the subscription''s; with --plan, the one the plan offers (required when it offers both, as for `create`)]'
            cand --addon 'Add-on: ADDON[=QTY] (quantity 1 by default), repeatable'
            cand --remove-addon 'Remove this add-on of the subscription (add-on id), repeatable'
            cand --quantity 'Purchased quantity for a per-unit price: FEATURE=N, repeatable'
            cand --start 'Start instant of a new subscription (RFC 3339); defaults to now'
            cand --end 'Fixed term of a new subscription: it expires at this instant (RFC 3339)'
            cand --trial-end 'End the trial at this instant (RFC 3339): a new subscription''s custom trial, or the current trial''s new end'
            cand --metadata 'Metadata entry KEY=VALUE of a new subscription, repeatable (not priced)'
            cand --coupon 'Coupon id (archived coupons are estimated, with a warning)'
            cand --country 'ISO 3166 country for localised prices'
            cand --schedule 'When the change takes effect [default: as `create`/`update` decide]'
            cand --usage 'Projected usage FEATURE=N for a new subscription''s first period, repeatable'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --trial 'Start a trial even if the customer trialed this product before'
            cand --skip-trial 'Start without the plan''s trial'
            cand --remove-coupon 'Remove the subscription''s coupon'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;invoice-preview'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;schedule'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List a subscription''s scheduled changes (and a scheduled cancellation)'
            cand cancel 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;subscription;schedule;list'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --all 'Also list executed (Done) and superseded or dropped (Canceled) changes'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;schedule;cancel'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;schedule;help'= {
            cand list 'List a subscription''s scheduled changes (and a scheduled cancellation)'
            cand cancel 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;subscription;schedule;help;list'= {
        }
        &'stigg-cli;subscription;schedule;help;cancel'= {
        }
        &'stigg-cli;subscription;schedule;help;help'= {
        }
        &'stigg-cli;subscription;import'= {
            cand --rejects 'Write the rejected rows here, each with its reason (needs --skip-invalid)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --dry-run 'Check and report without writing (exit 1 when the import would change something, 0 when not)'
            cand --skip-invalid 'Import the good rows; write the bad ones, with a reason, to --rejects'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;export'= {
            cand --output 'Write to this file instead of stdout (`-o FILE` works too; `-` is stdout); the name picks the format (.csv, .json, .jsonl) unless --format csv|json|jsonl says it; CSV otherwise'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;subscription;help'= {
            cand create 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
            cand update 'Change add-ons, quantities, billing period, coupon or trial end'
            cand cancel 'Cancel now, at the period end or at an instant'
            cand uncancel 'Clear a scheduled cancellation'
            cand migrate 'Move to the plan''s latest version'
            cand list 'List subscriptions'
            cand show 'Show one subscription'
            cand estimate 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration'
            cand invoice-preview 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend'
            cand schedule 'Scheduled changes of a subscription: list, cancel'
            cand import 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
            cand export 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;subscription;help;create'= {
        }
        &'stigg-cli;subscription;help;update'= {
        }
        &'stigg-cli;subscription;help;cancel'= {
        }
        &'stigg-cli;subscription;help;uncancel'= {
        }
        &'stigg-cli;subscription;help;migrate'= {
        }
        &'stigg-cli;subscription;help;list'= {
        }
        &'stigg-cli;subscription;help;show'= {
        }
        &'stigg-cli;subscription;help;estimate'= {
        }
        &'stigg-cli;subscription;help;invoice-preview'= {
        }
        &'stigg-cli;subscription;help;schedule'= {
            cand list 'List a subscription''s scheduled changes (and a scheduled cancellation)'
            cand cancel 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)'
        }
        &'stigg-cli;subscription;help;schedule;list'= {
        }
        &'stigg-cli;subscription;help;schedule;cancel'= {
        }
        &'stigg-cli;subscription;help;import'= {
        }
        &'stigg-cli;subscription;help;export'= {
        }
        &'stigg-cli;subscription;help;help'= {
        }
        &'stigg-cli;entitlement'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand check 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
            cand list 'Every feature the customer has, with limits and usage'
            cand grant 'Give a customer a feature for a period, independent of subscriptions'
            cand revoke 'End a promotional entitlement now'
            cand promotions 'List a customer''s promotional entitlements'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;entitlement;check'= {
            cand --requested-usage 'Usage about to be added (decimal); denied when it would pass a hard limit'
            cand --requested-values 'Enum values needed: a,b (or repeat the flag)'
            cand --resource 'Resource id, for products with one subscription per resource'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;entitlement;list'= {
            cand --resource 'Resource id, for products with one subscription per resource'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;entitlement;grant'= {
            cand --period '1w, 1mo, 6mo, 1y or lifetime'
            cand --until 'Until this instant (RFC 3339)'
            cand --limit 'Usage limit (decimal)'
            cand --reset 'Usage window: usage resets every period of this length'
            cand --values 'Allowed enum values: a,b'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --unlimited 'No usage limit'
            cand --soft 'Over-limit use is allowed and tracked'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;entitlement;revoke'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;entitlement;promotions'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;entitlement;help'= {
            cand check 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
            cand list 'Every feature the customer has, with limits and usage'
            cand grant 'Give a customer a feature for a period, independent of subscriptions'
            cand revoke 'End a promotional entitlement now'
            cand promotions 'List a customer''s promotional entitlements'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;entitlement;help;check'= {
        }
        &'stigg-cli;entitlement;help;list'= {
        }
        &'stigg-cli;entitlement;help;grant'= {
        }
        &'stigg-cli;entitlement;help;revoke'= {
        }
        &'stigg-cli;entitlement;help;promotions'= {
        }
        &'stigg-cli;entitlement;help;help'= {
        }
        &'stigg-cli;usage'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand report 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window'
            cand show 'Current usage of every metered feature a customer has'
            cand import 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction'
            cand history 'Usage over time: per bucket, the value of the window in force, reset points marked'
            cand recalculate 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;usage;report'= {
            cand --resource 'Resource id, for products with one subscription per resource'
            cand --at 'When the usage happened (RFC 3339, not in the future); default now. It counts in the window containing that instant'
            cand --dimension 'A dimension of the measurement, KEY=VALUE (repeat the flag)'
            cand --idempotency-key 'Makes retries safe: the same key and payload is a duplicate, another payload exit 4'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --set 'Replace the window''s value instead of adding to it'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;usage;show'= {
            cand --resource 'Resource id, for products with one subscription per resource'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;usage;import'= {
            cand --kind 'What the rows are (default: from the CSV header; required for JSON lines)'
            cand --rejects 'Where --skip-invalid writes the rejected rows (not the input file)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --dry-run 'Check and report without writing (exit 1 when the import would change something, 0 when not)'
            cand --skip-invalid 'Import the good rows; write the bad ones, with a reason, to --rejects'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;usage;history'= {
            cand --from 'From this instant (RFC 3339); default 30 days before now'
            cand --to 'Up to this instant (RFC 3339); default now'
            cand --bucket 'Bucket size'
            cand --group-by 'One series per value of this dimension'
            cand --resource 'Resource id, for products with one subscription per resource'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;usage;recalculate'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;usage;help'= {
            cand report 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window'
            cand show 'Current usage of every metered feature a customer has'
            cand import 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction'
            cand history 'Usage over time: per bucket, the value of the window in force, reset points marked'
            cand recalculate 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;usage;help;report'= {
        }
        &'stigg-cli;usage;help;show'= {
        }
        &'stigg-cli;usage;help;import'= {
        }
        &'stigg-cli;usage;help;history'= {
        }
        &'stigg-cli;usage;help;recalculate'= {
        }
        &'stigg-cli;usage;help;help'= {
        }
        &'stigg-cli;event'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand report 'Report a raw usage event; every feature whose event meter matches it counts it'
            cand list 'List stored raw events, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;event;report'= {
            cand --idempotency-key 'Required: the event''s unique key; a repeat is a duplicate, counted once'
            cand --dimension 'A dimension of the event, KEY=VALUE (repeat the flag)'
            cand --at 'When it happened (RFC 3339, not in the future); default now'
            cand --resource 'Resource id, for products with one subscription per resource'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;event;list'= {
            cand --customer 'Only this customer''s events'
            cand --name 'Only events of this name'
            cand --from 'From this instant on (RFC 3339)'
            cand --to 'Before this instant (RFC 3339)'
            cand --limit 'At most this many events'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;event;help'= {
            cand report 'Report a raw usage event; every feature whose event meter matches it counts it'
            cand list 'List stored raw events, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;event;help;report'= {
        }
        &'stigg-cli;event;help;list'= {
        }
        &'stigg-cli;event;help;help'= {
        }
        &'stigg-cli;credit'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand grant 'Grant credits to a customer (paid or promotional; now or at --effective-at)'
            cand consume 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft'
            cand void 'Void a grant: what it has left is written off now (consumed credits stay consumed)'
            cand grants 'A customer''s grants, oldest first'
            cand balance 'A customer''s balance per currency (and per resource pool)'
            cand ledger 'A customer''s ledger entries, in the order they were written (table, json, csv)'
            cand revenue 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)'
            cand auto-recharge 'Automatic recharge of a customer''s credits: set, show, disable'
            cand low-balance 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)'
            cand verify 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;credit;grant'= {
            cand --currency 'Credit currency id'
            cand --amount 'Credits granted (decimal, > 0)'
            cand --type 'paid or promotional'
            cand --cost 'Money paid for the whole grant, AMOUNT:CUR (paid grants only)'
            cand --priority 'Lower burns first [default: 10]'
            cand --effective-at 'When the credits become usable (RFC 3339, now or later) [default: now]'
            cand --expires-at 'When what is left expires (RFC 3339, after --effective-at)'
            cand --name 'Display name'
            cand --comment 'Free-text comment'
            cand --resource 'Resource id: the grant goes to that resource''s pool'
            cand --idempotency-key 'Makes retries safe: the same key and request is a duplicate, another request exit 4'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;consume'= {
            cand --currency 'Credit currency id'
            cand --amount 'Credits to burn (decimal, > 0)'
            cand --idempotency-key 'Required: the same key and request is a duplicate, another request exit 4'
            cand --resource 'Resource id: burn from that resource''s pool'
            cand --dimension 'A dimension recorded with the consumption, KEY=VALUE (repeat the flag)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;void'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;grants'= {
            cand --currency 'Only this credit currency'
            cand --status 'Only grants in this status'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;balance'= {
            cand --currency 'Only this credit currency'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;ledger'= {
            cand --currency 'Only this credit currency'
            cand --type 'Only entries of this type (CREDITS_CONSUMED or consumed, …)'
            cand --from 'Entries at or after this instant (RFC 3339)'
            cand --to 'Entries before this instant (RFC 3339)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;revenue'= {
            cand --from 'Start of the period (RFC 3339) [default: the beginning]'
            cand --to 'End of the period, exclusive (RFC 3339) [default: now]'
            cand --currency 'Only this credit currency'
            cand --customer 'Only this customer'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;auto-recharge'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month'
            cand show 'Show a customer''s automatic recharge of a currency'
            cand disable 'Stop recharging automatically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;credit;auto-recharge;set'= {
            cand --currency 'Credit currency id'
            cand --threshold 'Recharge when a consumption takes the balance below this'
            cand --target 'The balance a recharge brings back (above --threshold)'
            cand --monthly-limit 'What recharges may cost in a calendar month, AMOUNT:CUR (past it, recharging disables itself)'
            cand --price-per-credit 'Price of one credit, AMOUNT:CUR'
            cand --expiration 'How long recharged credits last: 1mo or 1y [default: they do not expire]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;auto-recharge;show'= {
            cand --currency 'Credit currency id'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;auto-recharge;disable'= {
            cand --currency 'Credit currency id'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;auto-recharge;help'= {
            cand set 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month'
            cand show 'Show a customer''s automatic recharge of a currency'
            cand disable 'Stop recharging automatically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;credit;auto-recharge;help;set'= {
        }
        &'stigg-cli;credit;auto-recharge;help;show'= {
        }
        &'stigg-cli;credit;auto-recharge;help;disable'= {
        }
        &'stigg-cli;credit;auto-recharge;help;help'= {
        }
        &'stigg-cli;credit;low-balance'= {
            cand --percent 'Set the share, in percent (above 0, below 100); without it, show it'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;verify'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;credit;help'= {
            cand grant 'Grant credits to a customer (paid or promotional; now or at --effective-at)'
            cand consume 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft'
            cand void 'Void a grant: what it has left is written off now (consumed credits stay consumed)'
            cand grants 'A customer''s grants, oldest first'
            cand balance 'A customer''s balance per currency (and per resource pool)'
            cand ledger 'A customer''s ledger entries, in the order they were written (table, json, csv)'
            cand revenue 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)'
            cand auto-recharge 'Automatic recharge of a customer''s credits: set, show, disable'
            cand low-balance 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)'
            cand verify 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;credit;help;grant'= {
        }
        &'stigg-cli;credit;help;consume'= {
        }
        &'stigg-cli;credit;help;void'= {
        }
        &'stigg-cli;credit;help;grants'= {
        }
        &'stigg-cli;credit;help;balance'= {
        }
        &'stigg-cli;credit;help;ledger'= {
        }
        &'stigg-cli;credit;help;revenue'= {
        }
        &'stigg-cli;credit;help;auto-recharge'= {
            cand set 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month'
            cand show 'Show a customer''s automatic recharge of a currency'
            cand disable 'Stop recharging automatically'
        }
        &'stigg-cli;credit;help;auto-recharge;set'= {
        }
        &'stigg-cli;credit;help;auto-recharge;show'= {
        }
        &'stigg-cli;credit;help;auto-recharge;disable'= {
        }
        &'stigg-cli;credit;help;low-balance'= {
        }
        &'stigg-cli;credit;help;verify'= {
        }
        &'stigg-cli;credit;help;help'= {
        }
        &'stigg-cli;events'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List events in the order they were recorded'
            cand export 'Write events as JSON lines, in eventId order, after a given event (resumable)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;events;list'= {
            cand --type 'Only this event type (e.g. plan.published)'
            cand --entity 'Only events about this entity id'
            cand --since 'Only events that occurred at or after this instant (RFC 3339)'
            cand --after 'Only events recorded after this event id'
            cand --limit 'Print at most N events'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;events;export'= {
            cand --after 'Only events recorded after this event id (resume after the last one exported)'
            cand --output 'Write to this file instead of stdout (JSON lines; one JSON document with `--format json` or a `.json` name)'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;events;help'= {
            cand list 'List events in the order they were recorded'
            cand export 'Write events as JSON lines, in eventId order, after a given event (resumable)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;events;help;list'= {
        }
        &'stigg-cli;events;help;export'= {
        }
        &'stigg-cli;events;help;help'= {
        }
        &'stigg-cli;report'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help'
            cand --help 'Print help'
            cand mrr 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency'
            cand subscriptions 'Subscriptions by plan and status'
            cand features 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;report;mrr'= {
            cand --at 'The instant to measure at (RFC 3339) [default: now]'
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;report;subscriptions'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;report;features'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;report;help'= {
            cand mrr 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency'
            cand subscriptions 'Subscriptions by plan and status'
            cand features 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;report;help;mrr'= {
        }
        &'stigg-cli;report;help;subscriptions'= {
        }
        &'stigg-cli;report;help;features'= {
        }
        &'stigg-cli;report;help;help'= {
        }
        &'stigg-cli;completions'= {
            cand -e 'Environment name (one SQLite file under the home directory)'
            cand --env 'Environment name (one SQLite file under the home directory)'
            cand --home 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]'
            cand --db 'Use this database file directly instead of <home>/<env>.db'
            cand --now 'The current instant (RFC 3339 with offset); overrides the environment''s clock'
            cand -o 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --format 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)'
            cand --color 'Colour on stderr: auto (terminal and no NO_COLOR), always, never'
            cand --json 'Same as --format json'
            cand -q 'Print only results (no status lines on stderr)'
            cand --quiet 'Print only results (no status lines on stderr)'
            cand -y 'Confirm destructive commands without asking'
            cand --yes 'Confirm destructive commands without asking'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'stigg-cli;help'= {
            cand quickstart 'Set up the default environment with the starter catalog and show what it holds'
            cand env 'Environments: one SQLite file each'
            cand clock 'The environment''s frozen test clock'
            cand catalog 'Catalog as code: apply, diff, validate and export YAML'
            cand product 'Products: groups of plans and add-ons with their lifecycle setup'
            cand feature 'Features: boolean, number (optionally metered) and enum capabilities'
            cand currency 'Credit currencies ("credit types")'
            cand coupon 'Coupons: percentage or fixed discounts'
            cand plan 'Plans: versioned packages of entitlements and prices'
            cand addon 'Add-ons: versioned packages bought on top of a plan'
            cand customer 'Customers: provision, update, archive'
            cand subscription 'Subscriptions: create, change plan, cancel, migrate, schedules'
            cand entitlement 'Entitlement checks and promotional entitlements'
            cand usage 'Usage of metered features: report, show, import, history, recalculate'
            cand event 'Raw usage events: report, list (metered by the features'' event meters)'
            cand credit 'Credits: grants, consumption, balance, the ledger and its invariants'
            cand events 'The event log: audit trail and export feed'
            cand report 'Reports: recurring revenue, subscriptions by plan and status, feature adoption'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stigg-cli;help;quickstart'= {
        }
        &'stigg-cli;help;env'= {
            cand list 'List the environments in the home directory'
            cand create 'Create an environment (a new database file)'
            cand show 'Show the current environment (-e NAME)'
            cand delete 'Delete an environment''s database file (asks for confirmation)'
            cand promote 'Copy the catalog of one environment into another (customers, usage and credits stay)'
            cand rotate-signing-secret 'Generate a new signing secret for customer tokens'
        }
        &'stigg-cli;help;env;list'= {
        }
        &'stigg-cli;help;env;create'= {
        }
        &'stigg-cli;help;env;show'= {
        }
        &'stigg-cli;help;env;delete'= {
        }
        &'stigg-cli;help;env;promote'= {
        }
        &'stigg-cli;help;env;rotate-signing-secret'= {
        }
        &'stigg-cli;help;clock'= {
            cand show 'Show now, its source and the processed-time mark'
            cand set 'Freeze the clock at an instant (runs everything due until then)'
            cand advance 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
            cand unfreeze 'Go back to the system clock'
        }
        &'stigg-cli;help;clock;show'= {
        }
        &'stigg-cli;help;clock;set'= {
        }
        &'stigg-cli;help;clock;advance'= {
        }
        &'stigg-cli;help;clock;unfreeze'= {
        }
        &'stigg-cli;help;catalog'= {
            cand apply 'Make the environment''s catalog match YAML files (idempotent; prints the changes)'
            cand diff 'Show what apply would change; exit 0 when nothing, 1 when something would change'
            cand validate 'Check YAML files on their own (no database); every problem as file:line:column'
            cand export 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
        }
        &'stigg-cli;help;catalog;apply'= {
        }
        &'stigg-cli;help;catalog;diff'= {
        }
        &'stigg-cli;help;catalog;validate'= {
        }
        &'stigg-cli;help;catalog;export'= {
        }
        &'stigg-cli;help;product'= {
            cand create 'Create a product'
            cand list 'List products'
            cand show 'Show one product'
            cand update 'Change a product''s name, setup or defaults'
            cand archive 'Archive a product (its plans and add-ons must be archived first)'
            cand unarchive 'Unarchive a product'
        }
        &'stigg-cli;help;product;create'= {
        }
        &'stigg-cli;help;product;list'= {
        }
        &'stigg-cli;help;product;show'= {
        }
        &'stigg-cli;help;product;update'= {
        }
        &'stigg-cli;help;product;archive'= {
        }
        &'stigg-cli;help;product;unarchive'= {
        }
        &'stigg-cli;help;feature'= {
            cand create 'Create a feature'
            cand list 'List features'
            cand show 'Show one feature'
            cand update 'Change a feature''s name, description, units or enum values (type and meter are fixed)'
            cand archive 'Archive a feature (refused while a published package uses it)'
            cand unarchive 'Unarchive a feature'
        }
        &'stigg-cli;help;feature;create'= {
        }
        &'stigg-cli;help;feature;list'= {
        }
        &'stigg-cli;help;feature;show'= {
        }
        &'stigg-cli;help;feature;update'= {
        }
        &'stigg-cli;help;feature;archive'= {
        }
        &'stigg-cli;help;feature;unarchive'= {
        }
        &'stigg-cli;help;currency'= {
            cand create 'Create a credit currency'
            cand list 'List credit currencies'
            cand show 'Show one credit currency'
            cand update 'Change a currency''s name, description, units or symbol'
            cand archive 'Archive a credit currency'
            cand unarchive 'Unarchive a credit currency'
        }
        &'stigg-cli;help;currency;create'= {
        }
        &'stigg-cli;help;currency;list'= {
        }
        &'stigg-cli;help;currency;show'= {
        }
        &'stigg-cli;help;currency;update'= {
        }
        &'stigg-cli;help;currency;archive'= {
        }
        &'stigg-cli;help;currency;unarchive'= {
        }
        &'stigg-cli;help;coupon'= {
            cand create 'Create a coupon (its discount and duration can never change)'
            cand list 'List coupons'
            cand show 'Show one coupon'
            cand update 'Rename a coupon (discount and duration are immutable)'
            cand archive 'Archive a coupon: it keeps working where applied but can''t be newly applied'
            cand unarchive 'Unarchive a coupon'
        }
        &'stigg-cli;help;coupon;create'= {
        }
        &'stigg-cli;help;coupon;list'= {
        }
        &'stigg-cli;help;coupon;show'= {
        }
        &'stigg-cli;help;coupon;update'= {
        }
        &'stigg-cli;help;coupon;archive'= {
        }
        &'stigg-cli;help;coupon;unarchive'= {
        }
        &'stigg-cli;help;plan'= {
            cand create 'Create a plan (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, parent or trial'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand addons 'Compatible add-ons of the draft'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete a plan that was never published (published plans are archived instead)'
            cand list 'List plans'
            cand show 'Show a plan (latest version, or --version N; the draft when never published)'
            cand versions 'List a plan''s versions'
            cand archive 'Hide a plan from new subscriptions (live ones keep working)'
            cand unarchive 'Make an archived plan available again'
        }
        &'stigg-cli;help;plan;create'= {
        }
        &'stigg-cli;help;plan;update'= {
        }
        &'stigg-cli;help;plan;entitlement'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
        }
        &'stigg-cli;help;plan;entitlement;set'= {
        }
        &'stigg-cli;help;plan;entitlement;remove'= {
        }
        &'stigg-cli;help;plan;entitlement;list'= {
        }
        &'stigg-cli;help;plan;price'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
        }
        &'stigg-cli;help;plan;price;set'= {
        }
        &'stigg-cli;help;plan;price;remove'= {
        }
        &'stigg-cli;help;plan;price;list'= {
        }
        &'stigg-cli;help;plan;credits'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
        }
        &'stigg-cli;help;plan;credits;set'= {
        }
        &'stigg-cli;help;plan;credits;remove'= {
        }
        &'stigg-cli;help;plan;addons'= {
            cand set 'Replace the plan''s compatible add-ons (none = clear)'
        }
        &'stigg-cli;help;plan;addons;set'= {
        }
        &'stigg-cli;help;plan;publish'= {
        }
        &'stigg-cli;help;plan;draft'= {
        }
        &'stigg-cli;help;plan;discard-draft'= {
        }
        &'stigg-cli;help;plan;delete'= {
        }
        &'stigg-cli;help;plan;list'= {
        }
        &'stigg-cli;help;plan;show'= {
        }
        &'stigg-cli;help;plan;versions'= {
        }
        &'stigg-cli;help;plan;archive'= {
        }
        &'stigg-cli;help;plan;unarchive'= {
        }
        &'stigg-cli;help;addon'= {
            cand create 'Create an add-on (version 1, as a draft)'
            cand update 'Change the draft''s name, description, pricing type, max quantity or dependencies'
            cand entitlement 'Entitlements of the draft: set, remove, list'
            cand price 'Prices of the draft: set, remove, list'
            cand credits 'Recurring credit grants of the draft: set, remove'
            cand publish 'Publish the draft as the latest version'
            cand draft 'Open a draft (version n+1) from the latest published version'
            cand discard-draft 'Throw the open draft away'
            cand delete 'Delete an add-on that was never published (published add-ons are archived instead)'
            cand list 'List add-ons'
            cand show 'Show an add-on'
            cand versions 'List an add-on''s versions'
            cand archive 'Hide an add-on from new subscriptions'
            cand unarchive 'Make an archived add-on available again'
        }
        &'stigg-cli;help;addon;create'= {
        }
        &'stigg-cli;help;addon;update'= {
        }
        &'stigg-cli;help;addon;entitlement'= {
            cand set 'Grant a feature in the draft (replaces an existing entitlement for it)'
            cand remove 'Remove a feature from the draft'
            cand list 'List entitlements (own and inherited) of the latest version or the draft'
        }
        &'stigg-cli;help;addon;entitlement;set'= {
        }
        &'stigg-cli;help;addon;entitlement;remove'= {
        }
        &'stigg-cli;help;addon;entitlement;list'= {
        }
        &'stigg-cli;help;addon;price'= {
            cand set 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)'
            cand remove 'Remove a price from the draft'
            cand list 'List prices of the latest version or the draft'
        }
        &'stigg-cli;help;addon;price;set'= {
        }
        &'stigg-cli;help;addon;price;remove'= {
        }
        &'stigg-cli;help;addon;price;list'= {
        }
        &'stigg-cli;help;addon;credits'= {
            cand set 'Grant credits of a currency every cadence period'
            cand remove 'Remove a recurring credit grant'
        }
        &'stigg-cli;help;addon;credits;set'= {
        }
        &'stigg-cli;help;addon;credits;remove'= {
        }
        &'stigg-cli;help;addon;publish'= {
        }
        &'stigg-cli;help;addon;draft'= {
        }
        &'stigg-cli;help;addon;discard-draft'= {
        }
        &'stigg-cli;help;addon;delete'= {
        }
        &'stigg-cli;help;addon;list'= {
        }
        &'stigg-cli;help;addon;show'= {
        }
        &'stigg-cli;help;addon;versions'= {
        }
        &'stigg-cli;help;addon;archive'= {
        }
        &'stigg-cli;help;addon;unarchive'= {
        }
        &'stigg-cli;help;customer'= {
            cand create 'Provision a customer; with --plan also subscribe, else the products'' start setup applies'
            cand update 'Change a customer''s name, email, billing id, coupon or metadata'
            cand show 'Show a customer with its subscriptions'
            cand list 'List customers'
            cand archive 'Soft delete: clears name and email, ends live subscriptions, checks deny'
            cand unarchive 'Make an archived customer visible again (cleared fields stay cleared)'
            cand import 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
            cand export 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads'
            cand token 'Print the signed customer token a front end passes to prove which customer it acts for'
        }
        &'stigg-cli;help;customer;create'= {
        }
        &'stigg-cli;help;customer;update'= {
        }
        &'stigg-cli;help;customer;show'= {
        }
        &'stigg-cli;help;customer;list'= {
        }
        &'stigg-cli;help;customer;archive'= {
        }
        &'stigg-cli;help;customer;unarchive'= {
        }
        &'stigg-cli;help;customer;import'= {
        }
        &'stigg-cli;help;customer;export'= {
        }
        &'stigg-cli;help;customer;token'= {
        }
        &'stigg-cli;help;subscription'= {
            cand create 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
            cand update 'Change add-ons, quantities, billing period, coupon or trial end'
            cand cancel 'Cancel now, at the period end or at an instant'
            cand uncancel 'Clear a scheduled cancellation'
            cand migrate 'Move to the plan''s latest version'
            cand list 'List subscriptions'
            cand show 'Show one subscription'
            cand estimate 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration'
            cand invoice-preview 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend'
            cand schedule 'Scheduled changes of a subscription: list, cancel'
            cand import 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
            cand export 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is'
        }
        &'stigg-cli;help;subscription;create'= {
        }
        &'stigg-cli;help;subscription;update'= {
        }
        &'stigg-cli;help;subscription;cancel'= {
        }
        &'stigg-cli;help;subscription;uncancel'= {
        }
        &'stigg-cli;help;subscription;migrate'= {
        }
        &'stigg-cli;help;subscription;list'= {
        }
        &'stigg-cli;help;subscription;show'= {
        }
        &'stigg-cli;help;subscription;estimate'= {
        }
        &'stigg-cli;help;subscription;invoice-preview'= {
        }
        &'stigg-cli;help;subscription;schedule'= {
            cand list 'List a subscription''s scheduled changes (and a scheduled cancellation)'
            cand cancel 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)'
        }
        &'stigg-cli;help;subscription;schedule;list'= {
        }
        &'stigg-cli;help;subscription;schedule;cancel'= {
        }
        &'stigg-cli;help;subscription;import'= {
        }
        &'stigg-cli;help;subscription;export'= {
        }
        &'stigg-cli;help;entitlement'= {
            cand check 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
            cand list 'Every feature the customer has, with limits and usage'
            cand grant 'Give a customer a feature for a period, independent of subscriptions'
            cand revoke 'End a promotional entitlement now'
            cand promotions 'List a customer''s promotional entitlements'
        }
        &'stigg-cli;help;entitlement;check'= {
        }
        &'stigg-cli;help;entitlement;list'= {
        }
        &'stigg-cli;help;entitlement;grant'= {
        }
        &'stigg-cli;help;entitlement;revoke'= {
        }
        &'stigg-cli;help;entitlement;promotions'= {
        }
        &'stigg-cli;help;usage'= {
            cand report 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window'
            cand show 'Current usage of every metered feature a customer has'
            cand import 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction'
            cand history 'Usage over time: per bucket, the value of the window in force, reset points marked'
            cand recalculate 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed'
        }
        &'stigg-cli;help;usage;report'= {
        }
        &'stigg-cli;help;usage;show'= {
        }
        &'stigg-cli;help;usage;import'= {
        }
        &'stigg-cli;help;usage;history'= {
        }
        &'stigg-cli;help;usage;recalculate'= {
        }
        &'stigg-cli;help;event'= {
            cand report 'Report a raw usage event; every feature whose event meter matches it counts it'
            cand list 'List stored raw events, oldest first'
        }
        &'stigg-cli;help;event;report'= {
        }
        &'stigg-cli;help;event;list'= {
        }
        &'stigg-cli;help;credit'= {
            cand grant 'Grant credits to a customer (paid or promotional; now or at --effective-at)'
            cand consume 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft'
            cand void 'Void a grant: what it has left is written off now (consumed credits stay consumed)'
            cand grants 'A customer''s grants, oldest first'
            cand balance 'A customer''s balance per currency (and per resource pool)'
            cand ledger 'A customer''s ledger entries, in the order they were written (table, json, csv)'
            cand revenue 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)'
            cand auto-recharge 'Automatic recharge of a customer''s credits: set, show, disable'
            cand low-balance 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)'
            cand verify 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)'
        }
        &'stigg-cli;help;credit;grant'= {
        }
        &'stigg-cli;help;credit;consume'= {
        }
        &'stigg-cli;help;credit;void'= {
        }
        &'stigg-cli;help;credit;grants'= {
        }
        &'stigg-cli;help;credit;balance'= {
        }
        &'stigg-cli;help;credit;ledger'= {
        }
        &'stigg-cli;help;credit;revenue'= {
        }
        &'stigg-cli;help;credit;auto-recharge'= {
            cand set 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month'
            cand show 'Show a customer''s automatic recharge of a currency'
            cand disable 'Stop recharging automatically'
        }
        &'stigg-cli;help;credit;auto-recharge;set'= {
        }
        &'stigg-cli;help;credit;auto-recharge;show'= {
        }
        &'stigg-cli;help;credit;auto-recharge;disable'= {
        }
        &'stigg-cli;help;credit;low-balance'= {
        }
        &'stigg-cli;help;credit;verify'= {
        }
        &'stigg-cli;help;events'= {
            cand list 'List events in the order they were recorded'
            cand export 'Write events as JSON lines, in eventId order, after a given event (resumable)'
        }
        &'stigg-cli;help;events;list'= {
        }
        &'stigg-cli;help;events;export'= {
        }
        &'stigg-cli;help;report'= {
            cand mrr 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency'
            cand subscriptions 'Subscriptions by plan and status'
            cand features 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)'
        }
        &'stigg-cli;help;report;mrr'= {
        }
        &'stigg-cli;help;report;subscriptions'= {
        }
        &'stigg-cli;help;report;features'= {
        }
        &'stigg-cli;help;completions'= {
        }
        &'stigg-cli;help;help'= {
        }
    ]
    $completions[$command]
}
