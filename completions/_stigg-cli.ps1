
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'stigg-cli' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'stigg-cli'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'stigg-cli' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up the default environment with the starter catalog and show what it holds')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Environments: one SQLite file each')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'The environment''s frozen test clock')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Catalog as code: apply, diff, validate and export YAML')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products: groups of plans and add-ons with their lifecycle setup')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Features: boolean, number (optionally metered) and enum capabilities')
            [CompletionResult]::new('currency', 'currency', [CompletionResultType]::ParameterValue, 'Credit currencies ("credit types")')
            [CompletionResult]::new('coupon', 'coupon', [CompletionResultType]::ParameterValue, 'Coupons: percentage or fixed discounts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans: versioned packages of entitlements and prices')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Add-ons: versioned packages bought on top of a plan')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: provision, update, archive')
            [CompletionResult]::new('subscription', 'subscription', [CompletionResultType]::ParameterValue, 'Subscriptions: create, change plan, cancel, migrate, schedules')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlement checks and promotional entitlements')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage of metered features: report, show, import, history, recalculate')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Raw usage events: report, list (metered by the features'' event meters)')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Credits: grants, consumption, balance, the ledger and its invariants')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The event log: audit trail and export feed')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: recurring revenue, subscriptions by plan and status, feature adoption')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;quickstart' {
            [CompletionResult]::new('--catalog', '--catalog', [CompletionResultType]::ParameterName, 'Apply this catalog instead of the built-in catalogs/saas-starter.yaml')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments in the home directory')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (a new database file)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current environment (-e NAME)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment''s database file (asks for confirmation)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Copy the catalog of one environment into another (customers, usage and credits stay)')
            [CompletionResult]::new('rotate-signing-secret', 'rotate-signing-secret', [CompletionResultType]::ParameterValue, 'Generate a new signing secret for customer tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;env;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Environment type; PRODUCTION refuses test clocks and confirms destructive commands')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;delete' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;promote' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Environment to copy the catalog from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Environment to copy it into (must exist)')
            [CompletionResult]::new('--migrate', '--migrate', [CompletionResultType]::ParameterName, 'Whether live subscriptions move to the new package versions')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the changes without making them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;rotate-signing-secret' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;env;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments in the home directory')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (a new database file)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current environment (-e NAME)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment''s database file (asks for confirmation)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Copy the catalog of one environment into another (customers, usage and credits stay)')
            [CompletionResult]::new('rotate-signing-secret', 'rotate-signing-secret', [CompletionResultType]::ParameterValue, 'Generate a new signing secret for customer tokens')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;env;help;list' {
            break
        }
        'stigg-cli;env;help;create' {
            break
        }
        'stigg-cli;env;help;show' {
            break
        }
        'stigg-cli;env;help;delete' {
            break
        }
        'stigg-cli;env;help;promote' {
            break
        }
        'stigg-cli;env;help;rotate-signing-secret' {
            break
        }
        'stigg-cli;env;help;help' {
            break
        }
        'stigg-cli;clock' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show now, its source and the processed-time mark')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Freeze the clock at an instant (runs everything due until then)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Go back to the system clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;clock;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;clock;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;clock;advance' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;clock;unfreeze' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;clock;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show now, its source and the processed-time mark')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Freeze the clock at an instant (runs everything due until then)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Go back to the system clock')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;clock;help;show' {
            break
        }
        'stigg-cli;clock;help;set' {
            break
        }
        'stigg-cli;clock;help;advance' {
            break
        }
        'stigg-cli;clock;help;unfreeze' {
            break
        }
        'stigg-cli;clock;help;help' {
            break
        }
        'stigg-cli;catalog' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the environment''s catalog match YAML files (idempotent; prints the changes)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change; exit 0 when nothing, 1 when something would change')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check YAML files on their own (no database); every problem as file:line:column')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the catalog as YAML that apply accepts (export → apply changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;catalog;apply' {
            [CompletionResult]::new('--migrate', '--migrate', [CompletionResultType]::ParameterName, 'Whether live subscriptions move to the new plan versions (recorded on each publication)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the changes without making them')
            [CompletionResult]::new('--archive-missing', '--archive-missing', [CompletionResultType]::ParameterName, 'Archive catalog entities the files do not declare')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;catalog;diff' {
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many subscriptions whose bill changes most --impact lists')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archive-missing', '--archive-missing', [CompletionResultType]::ParameterName, 'Also count archiving the catalog entities the files do not declare (as apply does)')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, 'Instead of the changes, price every live subscription under the current catalog and under the files (as if moved to the new versions of the plans and add-ons they change): MRR before, after and the delta, per plan and in total, and the subscriptions whose bill changes most')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;catalog;validate' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;catalog;export' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-o FILE` works too)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;catalog;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the environment''s catalog match YAML files (idempotent; prints the changes)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change; exit 0 when nothing, 1 when something would change')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check YAML files on their own (no database); every problem as file:line:column')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the catalog as YAML that apply accepts (export → apply changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;catalog;help;apply' {
            break
        }
        'stigg-cli;catalog;help;diff' {
            break
        }
        'stigg-cli;catalog;help;validate' {
            break
        }
        'stigg-cli;catalog;help;export' {
            break
        }
        'stigg-cli;catalog;help;help' {
            break
        }
        'stigg-cli;product' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name, setup or defaults')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a product (its plans and add-ons must be archived first)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a product')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;product;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (on create: defaults to the id)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description (on update: "" clears it)')
            [CompletionResult]::new('--start-free-plan', '--start-free-plan', [CompletionResultType]::ParameterName, 'Customers created without --plan get this free plan')
            [CompletionResult]::new('--start-trial-plan', '--start-trial-plan', [CompletionResultType]::ParameterName, 'Customers created without --plan start a trial of this plan')
            [CompletionResult]::new('--downgrade-to', '--downgrade-to', [CompletionResultType]::ParameterName, 'When a paid subscription ends, move the customer to this free plan')
            [CompletionResult]::new('--default-cancellation', '--default-cancellation', [CompletionResultType]::ParameterName, 'Default of `subscription cancel`')
            [CompletionResult]::new('--downgrade-at', '--downgrade-at', [CompletionResultType]::ParameterName, 'When a downgrade takes effect; `subscription create --schedule` overrides it per command')
            [CompletionResult]::new('--usage-reset-on-change', '--usage-reset-on-change', [CompletionResultType]::ParameterName, 'What happens to usage when the plan changes')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--multiple-subscriptions', '--multiple-subscriptions', [CompletionResultType]::ParameterName, 'One subscription per resource (instead of one per customer)')
            [CompletionResult]::new('--single-subscription', '--single-subscription', [CompletionResultType]::ParameterName, 'One live subscription per customer (the default)')
            [CompletionResult]::new('--plan-selection', '--plan-selection', [CompletionResultType]::ParameterName, 'Customers created without --plan get no subscription')
            [CompletionResult]::new('--end-cancel', '--end-cancel', [CompletionResultType]::ParameterName, 'When a paid subscription ends, just end it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (on create: defaults to the id)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description (on update: "" clears it)')
            [CompletionResult]::new('--start-free-plan', '--start-free-plan', [CompletionResultType]::ParameterName, 'Customers created without --plan get this free plan')
            [CompletionResult]::new('--start-trial-plan', '--start-trial-plan', [CompletionResultType]::ParameterName, 'Customers created without --plan start a trial of this plan')
            [CompletionResult]::new('--downgrade-to', '--downgrade-to', [CompletionResultType]::ParameterName, 'When a paid subscription ends, move the customer to this free plan')
            [CompletionResult]::new('--default-cancellation', '--default-cancellation', [CompletionResultType]::ParameterName, 'Default of `subscription cancel`')
            [CompletionResult]::new('--downgrade-at', '--downgrade-at', [CompletionResultType]::ParameterName, 'When a downgrade takes effect; `subscription create --schedule` overrides it per command')
            [CompletionResult]::new('--usage-reset-on-change', '--usage-reset-on-change', [CompletionResultType]::ParameterName, 'What happens to usage when the plan changes')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--multiple-subscriptions', '--multiple-subscriptions', [CompletionResultType]::ParameterName, 'One subscription per resource (instead of one per customer)')
            [CompletionResult]::new('--single-subscription', '--single-subscription', [CompletionResultType]::ParameterName, 'One live subscription per customer (the default)')
            [CompletionResult]::new('--plan-selection', '--plan-selection', [CompletionResultType]::ParameterName, 'Customers created without --plan get no subscription')
            [CompletionResult]::new('--end-cancel', '--end-cancel', [CompletionResultType]::ParameterName, 'When a paid subscription ends, just end it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;product;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name, setup or defaults')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a product (its plans and add-ons must be archived first)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a product')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;product;help;create' {
            break
        }
        'stigg-cli;product;help;list' {
            break
        }
        'stigg-cli;product;help;show' {
            break
        }
        'stigg-cli;product;help;update' {
            break
        }
        'stigg-cli;product;help;archive' {
            break
        }
        'stigg-cli;product;help;unarchive' {
            break
        }
        'stigg-cli;product;help;help' {
            break
        }
        'stigg-cli;feature' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a feature')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List features')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one feature')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a feature''s name, description, units or enum values (type and meter are fixed)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a feature (refused while a published package uses it)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a feature')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;feature;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Feature type: boolean, number, enum, or metered (number with an incremental meter)')
            [CompletionResult]::new('--meter', '--meter', [CompletionResultType]::ParameterName, 'Meter for number features')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'SINGULAR[,PLURAL]')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Enum values: a,b,c')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the id]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--event-name', '--event-name', [CompletionResultType]::ParameterName, 'Meter raw events with this eventName (instead of reported usage)')
            [CompletionResult]::new('--aggregation', '--aggregation', [CompletionResultType]::ParameterName, 'Aggregation of the raw events: COUNT, or SUM|MIN|MAX|AVG|UNIQUE:FIELD')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'New units: SINGULAR[,PLURAL]')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Replace the enum values: a,b,c')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;feature;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a feature')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List features')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one feature')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a feature''s name, description, units or enum values (type and meter are fixed)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a feature (refused while a published package uses it)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a feature')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;feature;help;create' {
            break
        }
        'stigg-cli;feature;help;list' {
            break
        }
        'stigg-cli;feature;help;show' {
            break
        }
        'stigg-cli;feature;help;update' {
            break
        }
        'stigg-cli;feature;help;archive' {
            break
        }
        'stigg-cli;feature;help;unarchive' {
            break
        }
        'stigg-cli;feature;help;help' {
            break
        }
        'stigg-cli;currency' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credit currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit currencies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credit currency')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a currency''s name, description, units or symbol')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a credit currency')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a credit currency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;currency;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the id]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'SINGULAR[,PLURAL]')
            [CompletionResult]::new('--symbol', '--symbol', [CompletionResultType]::ParameterName, 'Display symbol (e.g. ⚡)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--units', '--units', [CompletionResultType]::ParameterName, 'New units: SINGULAR[,PLURAL]')
            [CompletionResult]::new('--symbol', '--symbol', [CompletionResultType]::ParameterName, 'New display symbol ("" clears it)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;currency;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credit currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit currencies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credit currency')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a currency''s name, description, units or symbol')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a credit currency')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a credit currency')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;currency;help;create' {
            break
        }
        'stigg-cli;currency;help;list' {
            break
        }
        'stigg-cli;currency;help;show' {
            break
        }
        'stigg-cli;currency;help;update' {
            break
        }
        'stigg-cli;currency;help;archive' {
            break
        }
        'stigg-cli;currency;help;unarchive' {
            break
        }
        'stigg-cli;currency;help;help' {
            break
        }
        'stigg-cli;coupon' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a coupon (its discount and duration can never change)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List coupons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one coupon')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a coupon (discount and duration are immutable)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a coupon: it keeps working where applied but can''t be newly applied')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a coupon')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;coupon;create' {
            [CompletionResult]::new('--percent-off', '--percent-off', [CompletionResultType]::ParameterName, 'Percentage discount, 0 < P ≤ 100')
            [CompletionResult]::new('--amount-off', '--amount-off', [CompletionResultType]::ParameterName, 'Fixed discount per currency: AMOUNT:CUR[,AMOUNT:CUR]')
            [CompletionResult]::new('--duration-months', '--duration-months', [CompletionResultType]::ParameterName, 'Months the discount applies after it is applied (omit for forever)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the id]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;coupon;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a coupon (its discount and duration can never change)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List coupons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one coupon')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a coupon (discount and duration are immutable)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a coupon: it keeps working where applied but can''t be newly applied')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a coupon')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;coupon;help;create' {
            break
        }
        'stigg-cli;coupon;help;list' {
            break
        }
        'stigg-cli;coupon;help;show' {
            break
        }
        'stigg-cli;coupon;help;update' {
            break
        }
        'stigg-cli;coupon;help;archive' {
            break
        }
        'stigg-cli;coupon;help;unarchive' {
            break
        }
        'stigg-cli;coupon;help;help' {
            break
        }
        'stigg-cli;plan' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, parent or trial')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('addons', 'addons', [CompletionResultType]::ParameterValue, 'Compatible add-ons of the draft')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan that was never published (published plans are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan (latest version, or --version N; the draft when never published)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a plan''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide a plan from new subscriptions (live ones keep working)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived plan available again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;create' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product the package belongs to (product id)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the id]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Pricing type')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Inherit every entitlement of this plan')
            [CompletionResult]::new('--trial-days', '--trial-days', [CompletionResultType]::ParameterName, 'Trial length in days')
            [CompletionResult]::new('--trial-months', '--trial-months', [CompletionResultType]::ParameterName, 'Trial length in months')
            [CompletionResult]::new('--trial-end', '--trial-end', [CompletionResultType]::ParameterName, 'What happens when the trial ends')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'New pricing type')
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Inherit every entitlement of this plan (replaces the current parent)')
            [CompletionResult]::new('--trial-days', '--trial-days', [CompletionResultType]::ParameterName, 'Trial length in days')
            [CompletionResult]::new('--trial-months', '--trial-months', [CompletionResultType]::ParameterName, 'Trial length in months')
            [CompletionResult]::new('--trial-end', '--trial-end', [CompletionResultType]::ParameterName, 'What happens when the trial ends')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--no-parent', '--no-parent', [CompletionResultType]::ParameterName, 'Remove the parent')
            [CompletionResult]::new('--no-trial', '--no-trial', [CompletionResultType]::ParameterName, 'Remove the trial')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;entitlement' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;entitlement;set' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Usage limit (decimal); on add-ons added to or replacing the plan''s, see --behavior')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Usage window: hour, day, week, month, year')
            [CompletionResult]::new('--reset-anchor', '--reset-anchor', [CompletionResultType]::ParameterName, 'subscription-start (default), start-of-month, every-monday … every-sunday (or Stigg''s StartOfTheMonth …)')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Allowed enum values: a,b')
            [CompletionResult]::new('--behavior', '--behavior', [CompletionResultType]::ParameterName, 'Add-ons: increment (add to the plan''s limit) or override (replace it)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--unlimited', '--unlimited', [CompletionResultType]::ParameterName, 'No usage limit')
            [CompletionResult]::new('--soft', '--soft', [CompletionResultType]::ParameterName, 'Over-limit use is allowed and tracked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;entitlement;remove' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;entitlement;list' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'List this version [default: the open draft, else the latest published]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;entitlement;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;entitlement;help;set' {
            break
        }
        'stigg-cli;plan;entitlement;help;remove' {
            break
        }
        'stigg-cli;plan;entitlement;help;list' {
            break
        }
        'stigg-cli;plan;entitlement;help;help' {
            break
        }
        'stigg-cli;plan;price' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;price;set' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Price model')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO-4217 code, or the credit currency for --model credits')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Feature the price is for (per-unit, usage, overage and credits models)')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'Amount per monthly billing period (per unit or block for per-unit and usage prices)')
            [CompletionResult]::new('--annually', '--annually', [CompletionResultType]::ParameterName, 'Amount per annual billing period (per unit or block for per-unit and usage prices)')
            [CompletionResult]::new('--unit-price', '--unit-price', [CompletionResultType]::ParameterName, 'Price per unit (or per --block-size block) of usage or overage, the same for every billing period')
            [CompletionResult]::new('--tiers-mode', '--tiers-mode', [CompletionResultType]::ParameterName, 'How --tier prices add up: graduated (each unit at its tier''s price) or volume (every unit at the tier the total falls in)')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'A tier: UPTO:UNIT_PRICE[:FLAT_PRICE] (UPTO empty or `inf` for the last); repeat in order')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Smallest quantity a subscription may buy (per-unit prices; whole number)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Largest quantity a subscription may buy (per-unit prices; whole number)')
            [CompletionResult]::new('--block-size', '--block-size', [CompletionResultType]::ParameterName, 'Round quantities or usage up to whole blocks of this size; prices are per block')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Credits per unit (credits model)')
            [CompletionResult]::new('--formula', '--formula', [CompletionResultType]::ParameterName, 'Credits per event from its dimensions (credits model), e.g. "2.5 * input_tokens"')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country variant: CC:CURRENCY:MONTHLY[:ANNUALLY]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;price;remove' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Model of the price to remove')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Feature of the price to remove (for prices that have one)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Which currency''s price to remove (needed when the package prices this in several)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;price;list' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'List this version [default: the open draft, else the latest published]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;price;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;price;help;set' {
            break
        }
        'stigg-cli;plan;price;help;remove' {
            break
        }
        'stigg-cli;plan;price;help;list' {
            break
        }
        'stigg-cli;plan;price;help;help' {
            break
        }
        'stigg-cli;plan;credits' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;credits;set' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Credits granted every cadence period (decimal)')
            [CompletionResult]::new('--cadence', '--cadence', [CompletionResultType]::ParameterName, 'How often the grant recurs')
            [CompletionResult]::new('--per-unit-of', '--per-unit-of', [CompletionResultType]::ParameterName, 'Seat-based pool: amount × purchased quantity of this feature')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;credits;remove' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;credits;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;credits;help;set' {
            break
        }
        'stigg-cli;plan;credits;help;remove' {
            break
        }
        'stigg-cli;plan;credits;help;help' {
            break
        }
        'stigg-cli;plan;addons' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the plan''s compatible add-ons (none = clear)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;addons;set' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;addons;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the plan''s compatible add-ons (none = clear)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;addons;help;set' {
            break
        }
        'stigg-cli;plan;addons;help;help' {
            break
        }
        'stigg-cli;plan;publish' {
            [CompletionResult]::new('--migrate', '--migrate', [CompletionResultType]::ParameterName, 'Whether live subscriptions of the plan move to the new version now')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;draft' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;discard-draft' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;delete' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;list' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only packages of this product (product id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'draft, published or archived (any case)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;show' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Show this version [default: the latest published, else the draft]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;versions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;plan;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, parent or trial')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('addons', 'addons', [CompletionResultType]::ParameterValue, 'Compatible add-ons of the draft')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan that was never published (published plans are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan (latest version, or --version N; the draft when never published)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a plan''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide a plan from new subscriptions (live ones keep working)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived plan available again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;plan;help;create' {
            break
        }
        'stigg-cli;plan;help;update' {
            break
        }
        'stigg-cli;plan;help;entitlement' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            break
        }
        'stigg-cli;plan;help;entitlement;set' {
            break
        }
        'stigg-cli;plan;help;entitlement;remove' {
            break
        }
        'stigg-cli;plan;help;entitlement;list' {
            break
        }
        'stigg-cli;plan;help;price' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            break
        }
        'stigg-cli;plan;help;price;set' {
            break
        }
        'stigg-cli;plan;help;price;remove' {
            break
        }
        'stigg-cli;plan;help;price;list' {
            break
        }
        'stigg-cli;plan;help;credits' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            break
        }
        'stigg-cli;plan;help;credits;set' {
            break
        }
        'stigg-cli;plan;help;credits;remove' {
            break
        }
        'stigg-cli;plan;help;addons' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the plan''s compatible add-ons (none = clear)')
            break
        }
        'stigg-cli;plan;help;addons;set' {
            break
        }
        'stigg-cli;plan;help;publish' {
            break
        }
        'stigg-cli;plan;help;draft' {
            break
        }
        'stigg-cli;plan;help;discard-draft' {
            break
        }
        'stigg-cli;plan;help;delete' {
            break
        }
        'stigg-cli;plan;help;list' {
            break
        }
        'stigg-cli;plan;help;show' {
            break
        }
        'stigg-cli;plan;help;versions' {
            break
        }
        'stigg-cli;plan;help;archive' {
            break
        }
        'stigg-cli;plan;help;unarchive' {
            break
        }
        'stigg-cli;plan;help;help' {
            break
        }
        'stigg-cli;addon' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an add-on (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, max quantity or dependencies')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-on that was never published (published add-ons are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an add-on')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List an add-on''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide an add-on from new subscriptions')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived add-on available again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;create' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Product the package belongs to (product id)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name [default: the id]')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Free-text description')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Pricing type')
            [CompletionResult]::new('--max-quantity', '--max-quantity', [CompletionResultType]::ParameterName, 'How many of this add-on one subscription may hold (1 = single instance)')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'Add-ons required on the same subscription')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description ("" clears it)')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'New pricing type')
            [CompletionResult]::new('--max-quantity', '--max-quantity', [CompletionResultType]::ParameterName, 'How many of this add-on one subscription may hold (1 = single instance)')
            [CompletionResult]::new('--depends-on', '--depends-on', [CompletionResultType]::ParameterName, 'Replace the dependencies (comma-separated; pass "" to clear)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;entitlement' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;entitlement;set' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Usage limit (decimal); on add-ons added to or replacing the plan''s, see --behavior')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Usage window: hour, day, week, month, year')
            [CompletionResult]::new('--reset-anchor', '--reset-anchor', [CompletionResultType]::ParameterName, 'subscription-start (default), start-of-month, every-monday … every-sunday (or Stigg''s StartOfTheMonth …)')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Allowed enum values: a,b')
            [CompletionResult]::new('--behavior', '--behavior', [CompletionResultType]::ParameterName, 'Add-ons: increment (add to the plan''s limit) or override (replace it)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--unlimited', '--unlimited', [CompletionResultType]::ParameterName, 'No usage limit')
            [CompletionResult]::new('--soft', '--soft', [CompletionResultType]::ParameterName, 'Over-limit use is allowed and tracked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;entitlement;remove' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;entitlement;list' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'List this version [default: the open draft, else the latest published]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;entitlement;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;entitlement;help;set' {
            break
        }
        'stigg-cli;addon;entitlement;help;remove' {
            break
        }
        'stigg-cli;addon;entitlement;help;list' {
            break
        }
        'stigg-cli;addon;entitlement;help;help' {
            break
        }
        'stigg-cli;addon;price' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;price;set' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Price model')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO-4217 code, or the credit currency for --model credits')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Feature the price is for (per-unit, usage, overage and credits models)')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'Amount per monthly billing period (per unit or block for per-unit and usage prices)')
            [CompletionResult]::new('--annually', '--annually', [CompletionResultType]::ParameterName, 'Amount per annual billing period (per unit or block for per-unit and usage prices)')
            [CompletionResult]::new('--unit-price', '--unit-price', [CompletionResultType]::ParameterName, 'Price per unit (or per --block-size block) of usage or overage, the same for every billing period')
            [CompletionResult]::new('--tiers-mode', '--tiers-mode', [CompletionResultType]::ParameterName, 'How --tier prices add up: graduated (each unit at its tier''s price) or volume (every unit at the tier the total falls in)')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'A tier: UPTO:UNIT_PRICE[:FLAT_PRICE] (UPTO empty or `inf` for the last); repeat in order')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Smallest quantity a subscription may buy (per-unit prices; whole number)')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Largest quantity a subscription may buy (per-unit prices; whole number)')
            [CompletionResult]::new('--block-size', '--block-size', [CompletionResultType]::ParameterName, 'Round quantities or usage up to whole blocks of this size; prices are per block')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Credits per unit (credits model)')
            [CompletionResult]::new('--formula', '--formula', [CompletionResultType]::ParameterName, 'Credits per event from its dimensions (credits model), e.g. "2.5 * input_tokens"')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country variant: CC:CURRENCY:MONTHLY[:ANNUALLY]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;price;remove' {
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Model of the price to remove')
            [CompletionResult]::new('--feature', '--feature', [CompletionResultType]::ParameterName, 'Feature of the price to remove (for prices that have one)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Which currency''s price to remove (needed when the package prices this in several)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;price;list' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'List this version [default: the open draft, else the latest published]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;price;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;price;help;set' {
            break
        }
        'stigg-cli;addon;price;help;remove' {
            break
        }
        'stigg-cli;addon;price;help;list' {
            break
        }
        'stigg-cli;addon;price;help;help' {
            break
        }
        'stigg-cli;addon;credits' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;credits;set' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Credits granted every cadence period (decimal)')
            [CompletionResult]::new('--cadence', '--cadence', [CompletionResultType]::ParameterName, 'How often the grant recurs')
            [CompletionResult]::new('--per-unit-of', '--per-unit-of', [CompletionResultType]::ParameterName, 'Seat-based pool: amount × purchased quantity of this feature')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;credits;remove' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;credits;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;credits;help;set' {
            break
        }
        'stigg-cli;addon;credits;help;remove' {
            break
        }
        'stigg-cli;addon;credits;help;help' {
            break
        }
        'stigg-cli;addon;publish' {
            [CompletionResult]::new('--migrate', '--migrate', [CompletionResultType]::ParameterName, 'Whether live subscriptions of the plan move to the new version now')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;draft' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;discard-draft' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;delete' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;list' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only packages of this product (product id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'draft, published or archived (any case)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;show' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Show this version [default: the latest published, else the draft]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;versions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;addon;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an add-on (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, max quantity or dependencies')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-on that was never published (published add-ons are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an add-on')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List an add-on''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide an add-on from new subscriptions')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived add-on available again')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;addon;help;create' {
            break
        }
        'stigg-cli;addon;help;update' {
            break
        }
        'stigg-cli;addon;help;entitlement' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            break
        }
        'stigg-cli;addon;help;entitlement;set' {
            break
        }
        'stigg-cli;addon;help;entitlement;remove' {
            break
        }
        'stigg-cli;addon;help;entitlement;list' {
            break
        }
        'stigg-cli;addon;help;price' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            break
        }
        'stigg-cli;addon;help;price;set' {
            break
        }
        'stigg-cli;addon;help;price;remove' {
            break
        }
        'stigg-cli;addon;help;price;list' {
            break
        }
        'stigg-cli;addon;help;credits' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            break
        }
        'stigg-cli;addon;help;credits;set' {
            break
        }
        'stigg-cli;addon;help;credits;remove' {
            break
        }
        'stigg-cli;addon;help;publish' {
            break
        }
        'stigg-cli;addon;help;draft' {
            break
        }
        'stigg-cli;addon;help;discard-draft' {
            break
        }
        'stigg-cli;addon;help;delete' {
            break
        }
        'stigg-cli;addon;help;list' {
            break
        }
        'stigg-cli;addon;help;show' {
            break
        }
        'stigg-cli;addon;help;versions' {
            break
        }
        'stigg-cli;addon;help;archive' {
            break
        }
        'stigg-cli;addon;help;unarchive' {
            break
        }
        'stigg-cli;addon;help;help' {
            break
        }
        'stigg-cli;customer' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Provision a customer; with --plan also subscribe, else the products'' start setup applies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, billing id, coupon or metadata')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer with its subscriptions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Soft delete: clears name and email, ends live subscriptions, checks deny')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived customer visible again (cleared fields stay cleared)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the signed customer token a front end passes to prove which customer it acts for')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;customer;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (blank is none; on update "" clears it)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (on update: "" clears it)')
            [CompletionResult]::new('--billing-id', '--billing-id', [CompletionResultType]::ParameterName, 'Id of the customer in the billing system (blank is none; on update "" clears it)')
            [CompletionResult]::new('--coupon', '--coupon', [CompletionResultType]::ParameterName, 'Customer-level coupon (on update: "" removes it, as --remove-coupon does)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata entry KEY=VALUE, repeatable (on update an empty value removes the key)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Subscribe to this plan right away')
            [CompletionResult]::new('--billing-period', '--billing-period', [CompletionResultType]::ParameterName, 'Billing period of the --plan subscription (without --plan: of the start setup''s trial plans that offer it, for a plan offered monthly and annually)')
            [CompletionResult]::new('--addon', '--addon', [CompletionResultType]::ParameterName, 'Add-on for the --plan subscription: ADDON[=QTY] (quantity 1 by default), repeatable')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Purchased quantity for a per-unit price of --plan: FEATURE=N, repeatable')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--skip-trial', '--skip-trial', [CompletionResultType]::ParameterName, 'Subscribe to --plan without its trial')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (blank is none; on update "" clears it)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (on update: "" clears it)')
            [CompletionResult]::new('--billing-id', '--billing-id', [CompletionResultType]::ParameterName, 'Id of the customer in the billing system (blank is none; on update "" clears it)')
            [CompletionResult]::new('--coupon', '--coupon', [CompletionResultType]::ParameterName, 'Customer-level coupon (on update: "" removes it, as --remove-coupon does)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata entry KEY=VALUE, repeatable (on update an empty value removes the key)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--remove-coupon', '--remove-coupon', [CompletionResultType]::ParameterName, 'Remove the customer-level coupon')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text found in the id, name, email, billing id or a metadata value (case-insensitive, literal)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Include archived customers')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;archive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;unarchive' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;import' {
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rejected rows here, each with its reason (needs --skip-invalid)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and report without writing (exit 1 when the import would change something, 0 when not)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows; write the bad ones, with a reason, to --rejects')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;export' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-o FILE` works too; `-` is stdout); the name picks the format (.csv, .json, .jsonl) unless --format csv|json|jsonl says it; CSV otherwise')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;token' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;customer;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Provision a customer; with --plan also subscribe, else the products'' start setup applies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, billing id, coupon or metadata')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer with its subscriptions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Soft delete: clears name and email, ends live subscriptions, checks deny')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived customer visible again (cleared fields stay cleared)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the signed customer token a front end passes to prove which customer it acts for')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;customer;help;create' {
            break
        }
        'stigg-cli;customer;help;update' {
            break
        }
        'stigg-cli;customer;help;show' {
            break
        }
        'stigg-cli;customer;help;list' {
            break
        }
        'stigg-cli;customer;help;archive' {
            break
        }
        'stigg-cli;customer;help;unarchive' {
            break
        }
        'stigg-cli;customer;help;import' {
            break
        }
        'stigg-cli;customer;help;export' {
            break
        }
        'stigg-cli;customer;help;token' {
            break
        }
        'stigg-cli;customer;help;help' {
            break
        }
        'stigg-cli;subscription' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change add-ons, quantities, billing period, coupon or trial end')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now, at the period end or at an instant')
            [CompletionResult]::new('uncancel', 'uncancel', [CompletionResultType]::ParameterValue, 'Clear a scheduled cancellation')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move to the plan''s latest version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration')
            [CompletionResult]::new('invoice-preview', 'invoice-preview', [CompletionResultType]::ParameterValue, 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Scheduled changes of a subscription: list, cancel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;subscription;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer to subscribe (customer id)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Plan to subscribe to (plan id; its latest published version)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Choose the subscription id (default: generated sub_…)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('--billing-period', '--billing-period', [CompletionResultType]::ParameterName, 'Billing period [default: the one the plan offers; required when it offers both]')
            [CompletionResult]::new('--addon', '--addon', [CompletionResultType]::ParameterName, 'Add-on to buy: ADDON[=QTY] (quantity 1 by default), repeatable')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Purchased quantity for a per-unit price: FEATURE=N, repeatable')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start instant (RFC 3339); defaults to now')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Fixed term: the subscription expires at this instant (RFC 3339)')
            [CompletionResult]::new('--trial-end', '--trial-end', [CompletionResultType]::ParameterName, 'End the trial at this instant (RFC 3339) instead of after the plan''s trial length')
            [CompletionResult]::new('--coupon', '--coupon', [CompletionResultType]::ParameterName, 'Coupon id for this subscription (overrides the customer''s coupon)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'ISO 3166 country for localised prices (kept for the subscription''s life)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When a plan change takes effect [default: upgrades now, downgrades at the period end]')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata entry KEY=VALUE, repeatable')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Start a trial even if the customer trialed this product before')
            [CompletionResult]::new('--skip-trial', '--skip-trial', [CompletionResultType]::ParameterName, 'Start without the plan''s trial')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;update' {
            [CompletionResult]::new('--addon', '--addon', [CompletionResultType]::ParameterName, 'Add an add-on or set its quantity: ADDON[=QTY] (quantity 1 by default), repeatable')
            [CompletionResult]::new('--remove-addon', '--remove-addon', [CompletionResultType]::ParameterName, 'Remove this add-on (add-on id), repeatable')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'FEATURE=N, repeatable: set the purchased quantity of a per-unit price')
            [CompletionResult]::new('--billing-period', '--billing-period', [CompletionResultType]::ParameterName, 'Switch the billing period')
            [CompletionResult]::new('--coupon', '--coupon', [CompletionResultType]::ParameterName, 'Apply this coupon (coupon id)')
            [CompletionResult]::new('--trial-end', '--trial-end', [CompletionResultType]::ParameterName, 'Move the end of the current trial to this instant (RFC 3339)')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When add-on, quantity and billing-period changes take effect [default: immediate]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--remove-coupon', '--remove-coupon', [CompletionResultType]::ParameterName, 'Remove the subscription''s coupon')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;cancel' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'immediate, end-of-period or an RFC 3339 instant (default: the product''s setting)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Free-text note recorded with the cancellation')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--revoke-entitlements', '--revoke-entitlements', [CompletionResultType]::ParameterName, 'Cut access now even if the subscription runs to its end')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;uncancel' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;migrate' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When: immediate, or end-of-period (the end of the current billing period); also spelled --schedule, as `subscription create` and `update` spell it')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When: immediate, or end-of-period (the end of the current billing period); also spelled --schedule, as `subscription create` and `update` spell it')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only subscriptions of this customer (customer id)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Only subscriptions to this plan (plan id)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'not-started, in-trial, active, payment-pending, canceled, expired (ACTIVE etc. too)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Only subscriptions for this resource id')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;show' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;estimate' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer of a new subscription or plan change (customer id)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Plan of a new subscription or plan change (plan id)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The subscription id `create` would be given (priced the same)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('--billing-period', '--billing-period', [CompletionResultType]::ParameterName, 'Billing period [default: with ID, the subscription''s; with --plan, the one the plan offers (required when it offers both, as for `create`)]')
            [CompletionResult]::new('--addon', '--addon', [CompletionResultType]::ParameterName, 'Add-on: ADDON[=QTY] (quantity 1 by default), repeatable')
            [CompletionResult]::new('--remove-addon', '--remove-addon', [CompletionResultType]::ParameterName, 'Remove this add-on of the subscription (add-on id), repeatable')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'Purchased quantity for a per-unit price: FEATURE=N, repeatable')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start instant of a new subscription (RFC 3339); defaults to now')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Fixed term of a new subscription: it expires at this instant (RFC 3339)')
            [CompletionResult]::new('--trial-end', '--trial-end', [CompletionResultType]::ParameterName, 'End the trial at this instant (RFC 3339): a new subscription''s custom trial, or the current trial''s new end')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Metadata entry KEY=VALUE of a new subscription, repeatable (not priced)')
            [CompletionResult]::new('--coupon', '--coupon', [CompletionResultType]::ParameterName, 'Coupon id (archived coupons are estimated, with a warning)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'ISO 3166 country for localised prices')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'When the change takes effect [default: as `create`/`update` decide]')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Projected usage FEATURE=N for a new subscription''s first period, repeatable')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Start a trial even if the customer trialed this product before')
            [CompletionResult]::new('--skip-trial', '--skip-trial', [CompletionResultType]::ParameterName, 'Start without the plan''s trial')
            [CompletionResult]::new('--remove-coupon', '--remove-coupon', [CompletionResultType]::ParameterName, 'Remove the subscription''s coupon')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;invoice-preview' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;schedule' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s scheduled changes (and a scheduled cancellation)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;subscription;schedule;list' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list executed (Done) and superseded or dropped (Canceled) changes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;schedule;cancel' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;schedule;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s scheduled changes (and a scheduled cancellation)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;subscription;schedule;help;list' {
            break
        }
        'stigg-cli;subscription;schedule;help;cancel' {
            break
        }
        'stigg-cli;subscription;schedule;help;help' {
            break
        }
        'stigg-cli;subscription;import' {
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rejected rows here, each with its reason (needs --skip-invalid)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and report without writing (exit 1 when the import would change something, 0 when not)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows; write the bad ones, with a reason, to --rejects')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;export' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (`-o FILE` works too; `-` is stdout); the name picks the format (.csv, .json, .jsonl) unless --format csv|json|jsonl says it; CSV otherwise')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;subscription;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change add-ons, quantities, billing period, coupon or trial end')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now, at the period end or at an instant')
            [CompletionResult]::new('uncancel', 'uncancel', [CompletionResultType]::ParameterValue, 'Clear a scheduled cancellation')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move to the plan''s latest version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration')
            [CompletionResult]::new('invoice-preview', 'invoice-preview', [CompletionResultType]::ParameterValue, 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Scheduled changes of a subscription: list, cancel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;subscription;help;create' {
            break
        }
        'stigg-cli;subscription;help;update' {
            break
        }
        'stigg-cli;subscription;help;cancel' {
            break
        }
        'stigg-cli;subscription;help;uncancel' {
            break
        }
        'stigg-cli;subscription;help;migrate' {
            break
        }
        'stigg-cli;subscription;help;list' {
            break
        }
        'stigg-cli;subscription;help;show' {
            break
        }
        'stigg-cli;subscription;help;estimate' {
            break
        }
        'stigg-cli;subscription;help;invoice-preview' {
            break
        }
        'stigg-cli;subscription;help;schedule' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s scheduled changes (and a scheduled cancellation)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)')
            break
        }
        'stigg-cli;subscription;help;schedule;list' {
            break
        }
        'stigg-cli;subscription;help;schedule;cancel' {
            break
        }
        'stigg-cli;subscription;help;import' {
            break
        }
        'stigg-cli;subscription;help;export' {
            break
        }
        'stigg-cli;subscription;help;help' {
            break
        }
        'stigg-cli;entitlement' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every feature the customer has, with limits and usage')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a customer a feature for a period, independent of subscriptions')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End a promotional entitlement now')
            [CompletionResult]::new('promotions', 'promotions', [CompletionResultType]::ParameterValue, 'List a customer''s promotional entitlements')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;entitlement;check' {
            [CompletionResult]::new('--requested-usage', '--requested-usage', [CompletionResultType]::ParameterName, 'Usage about to be added (decimal); denied when it would pass a hard limit')
            [CompletionResult]::new('--requested-values', '--requested-values', [CompletionResultType]::ParameterName, 'Enum values needed: a,b (or repeat the flag)')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;entitlement;list' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;entitlement;grant' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, '1w, 1mo, 6mo, 1y or lifetime')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Until this instant (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Usage limit (decimal)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Usage window: usage resets every period of this length')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'Allowed enum values: a,b')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--unlimited', '--unlimited', [CompletionResultType]::ParameterName, 'No usage limit')
            [CompletionResult]::new('--soft', '--soft', [CompletionResultType]::ParameterName, 'Over-limit use is allowed and tracked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;entitlement;revoke' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;entitlement;promotions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;entitlement;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every feature the customer has, with limits and usage')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a customer a feature for a period, independent of subscriptions')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End a promotional entitlement now')
            [CompletionResult]::new('promotions', 'promotions', [CompletionResultType]::ParameterValue, 'List a customer''s promotional entitlements')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;entitlement;help;check' {
            break
        }
        'stigg-cli;entitlement;help;list' {
            break
        }
        'stigg-cli;entitlement;help;grant' {
            break
        }
        'stigg-cli;entitlement;help;revoke' {
            break
        }
        'stigg-cli;entitlement;help;promotions' {
            break
        }
        'stigg-cli;entitlement;help;help' {
            break
        }
        'stigg-cli;usage' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Current usage of every metered feature a customer has')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Usage over time: per bucket, the value of the window in force, reset points marked')
            [CompletionResult]::new('recalculate', 'recalculate', [CompletionResultType]::ParameterValue, 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;usage;report' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When the usage happened (RFC 3339, not in the future); default now. It counts in the window containing that instant')
            [CompletionResult]::new('--dimension', '--dimension', [CompletionResultType]::ParameterName, 'A dimension of the measurement, KEY=VALUE (repeat the flag)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes retries safe: the same key and payload is a duplicate, another payload exit 4')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Replace the window''s value instead of adding to it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;usage;show' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;usage;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What the rows are (default: from the CSV header; required for JSON lines)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where --skip-invalid writes the rejected rows (not the input file)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and report without writing (exit 1 when the import would change something, 0 when not)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the good rows; write the bad ones, with a reason, to --rejects')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;usage;history' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this instant (RFC 3339); default 30 days before now')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Up to this instant (RFC 3339); default now')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'Bucket size')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'One series per value of this dimension')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;usage;recalculate' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;usage;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Current usage of every metered feature a customer has')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Usage over time: per bucket, the value of the window in force, reset points marked')
            [CompletionResult]::new('recalculate', 'recalculate', [CompletionResultType]::ParameterValue, 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;usage;help;report' {
            break
        }
        'stigg-cli;usage;help;show' {
            break
        }
        'stigg-cli;usage;help;import' {
            break
        }
        'stigg-cli;usage;help;history' {
            break
        }
        'stigg-cli;usage;help;recalculate' {
            break
        }
        'stigg-cli;usage;help;help' {
            break
        }
        'stigg-cli;event' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report a raw usage event; every feature whose event meter matches it counts it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored raw events, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;event;report' {
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Required: the event''s unique key; a repeat is a duplicate, counted once')
            [CompletionResult]::new('--dimension', '--dimension', [CompletionResultType]::ParameterName, 'A dimension of the event, KEY=VALUE (repeat the flag)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (RFC 3339, not in the future); default now')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id, for products with one subscription per resource')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;event;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s events')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only events of this name')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From this instant on (RFC 3339)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Before this instant (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;event;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report a raw usage event; every feature whose event meter matches it counts it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored raw events, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;event;help;report' {
            break
        }
        'stigg-cli;event;help;list' {
            break
        }
        'stigg-cli;event;help;help' {
            break
        }
        'stigg-cli;credit' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credits to a customer (paid or promotional; now or at --effective-at)')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a grant: what it has left is written off now (consumed credits stay consumed)')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'A customer''s grants, oldest first')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'A customer''s balance per currency (and per resource pool)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger entries, in the order they were written (table, json, csv)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)')
            [CompletionResult]::new('auto-recharge', 'auto-recharge', [CompletionResultType]::ParameterValue, 'Automatic recharge of a customer''s credits: set, show, disable')
            [CompletionResult]::new('low-balance', 'low-balance', [CompletionResultType]::ParameterValue, 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;credit;grant' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Credit currency id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Credits granted (decimal, > 0)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'paid or promotional')
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'Money paid for the whole grant, AMOUNT:CUR (paid grants only)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Lower burns first [default: 10]')
            [CompletionResult]::new('--effective-at', '--effective-at', [CompletionResultType]::ParameterName, 'When the credits become usable (RFC 3339, now or later) [default: now]')
            [CompletionResult]::new('--expires-at', '--expires-at', [CompletionResultType]::ParameterName, 'When what is left expires (RFC 3339, after --effective-at)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Free-text comment')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id: the grant goes to that resource''s pool')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Makes retries safe: the same key and request is a duplicate, another request exit 4')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;consume' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Credit currency id')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Credits to burn (decimal, > 0)')
            [CompletionResult]::new('--idempotency-key', '--idempotency-key', [CompletionResultType]::ParameterName, 'Required: the same key and request is a duplicate, another request exit 4')
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Resource id: burn from that resource''s pool')
            [CompletionResult]::new('--dimension', '--dimension', [CompletionResultType]::ParameterName, 'A dimension recorded with the consumption, KEY=VALUE (repeat the flag)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;void' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;grants' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this credit currency')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only grants in this status')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;balance' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this credit currency')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;ledger' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this credit currency')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only entries of this type (CREDITS_CONSUMED or consumed, …)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Entries at or after this instant (RFC 3339)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Entries before this instant (RFC 3339)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;revenue' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start of the period (RFC 3339) [default: the beginning]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End of the period, exclusive (RFC 3339) [default: now]')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only this credit currency')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;auto-recharge' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s automatic recharge of a currency')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;credit;auto-recharge;set' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Credit currency id')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Recharge when a consumption takes the balance below this')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'The balance a recharge brings back (above --threshold)')
            [CompletionResult]::new('--monthly-limit', '--monthly-limit', [CompletionResultType]::ParameterName, 'What recharges may cost in a calendar month, AMOUNT:CUR (past it, recharging disables itself)')
            [CompletionResult]::new('--price-per-credit', '--price-per-credit', [CompletionResultType]::ParameterName, 'Price of one credit, AMOUNT:CUR')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'How long recharged credits last: 1mo or 1y [default: they do not expire]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;auto-recharge;show' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Credit currency id')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;auto-recharge;disable' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Credit currency id')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;auto-recharge;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s automatic recharge of a currency')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;credit;auto-recharge;help;set' {
            break
        }
        'stigg-cli;credit;auto-recharge;help;show' {
            break
        }
        'stigg-cli;credit;auto-recharge;help;disable' {
            break
        }
        'stigg-cli;credit;auto-recharge;help;help' {
            break
        }
        'stigg-cli;credit;low-balance' {
            [CompletionResult]::new('--percent', '--percent', [CompletionResultType]::ParameterName, 'Set the share, in percent (above 0, below 100); without it, show it')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;verify' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;credit;help' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credits to a customer (paid or promotional; now or at --effective-at)')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a grant: what it has left is written off now (consumed credits stay consumed)')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'A customer''s grants, oldest first')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'A customer''s balance per currency (and per resource pool)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger entries, in the order they were written (table, json, csv)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)')
            [CompletionResult]::new('auto-recharge', 'auto-recharge', [CompletionResultType]::ParameterValue, 'Automatic recharge of a customer''s credits: set, show, disable')
            [CompletionResult]::new('low-balance', 'low-balance', [CompletionResultType]::ParameterValue, 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;credit;help;grant' {
            break
        }
        'stigg-cli;credit;help;consume' {
            break
        }
        'stigg-cli;credit;help;void' {
            break
        }
        'stigg-cli;credit;help;grants' {
            break
        }
        'stigg-cli;credit;help;balance' {
            break
        }
        'stigg-cli;credit;help;ledger' {
            break
        }
        'stigg-cli;credit;help;revenue' {
            break
        }
        'stigg-cli;credit;help;auto-recharge' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s automatic recharge of a currency')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            break
        }
        'stigg-cli;credit;help;auto-recharge;set' {
            break
        }
        'stigg-cli;credit;help;auto-recharge;show' {
            break
        }
        'stigg-cli;credit;help;auto-recharge;disable' {
            break
        }
        'stigg-cli;credit;help;low-balance' {
            break
        }
        'stigg-cli;credit;help;verify' {
            break
        }
        'stigg-cli;credit;help;help' {
            break
        }
        'stigg-cli;events' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events in the order they were recorded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write events as JSON lines, in eventId order, after a given event (resumable)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;events;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this event type (e.g. plan.published)')
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only events about this entity id')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events that occurred at or after this instant (RFC 3339)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only events recorded after this event id')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N events')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;events;export' {
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Only events recorded after this event id (resume after the last one exported)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (JSON lines; one JSON document with `--format json` or a `.json` name)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;events;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events in the order they were recorded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write events as JSON lines, in eventId order, after a given event (resumable)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;events;help;list' {
            break
        }
        'stigg-cli;events;help;export' {
            break
        }
        'stigg-cli;events;help;help' {
            break
        }
        'stigg-cli;report' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions by plan and status')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;report;mrr' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The instant to measure at (RFC 3339) [default: now]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;report;subscriptions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;report;features' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;report;help' {
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions by plan and status')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;report;help;mrr' {
            break
        }
        'stigg-cli;report;help;subscriptions' {
            break
        }
        'stigg-cli;report;help;features' {
            break
        }
        'stigg-cli;report;help;help' {
            break
        }
        'stigg-cli;completions' {
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment name (one SQLite file under the home directory)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli, else ~/.local/share/stigg-cli]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Use this database file directly instead of <home>/<env>.db')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The current instant (RFC 3339 with offset); overrides the environment''s clock')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table, json, jsonl, yaml or csv [default: $STIGG_FORMAT, else table] (export commands also take `-o FILE`)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr: auto (terminal and no NO_COLOR), always, never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Same as --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results (no status lines on stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive commands without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'stigg-cli;help' {
            [CompletionResult]::new('quickstart', 'quickstart', [CompletionResultType]::ParameterValue, 'Set up the default environment with the starter catalog and show what it holds')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Environments: one SQLite file each')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'The environment''s frozen test clock')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Catalog as code: apply, diff, validate and export YAML')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'Products: groups of plans and add-ons with their lifecycle setup')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Features: boolean, number (optionally metered) and enum capabilities')
            [CompletionResult]::new('currency', 'currency', [CompletionResultType]::ParameterValue, 'Credit currencies ("credit types")')
            [CompletionResult]::new('coupon', 'coupon', [CompletionResultType]::ParameterValue, 'Coupons: percentage or fixed discounts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Plans: versioned packages of entitlements and prices')
            [CompletionResult]::new('addon', 'addon', [CompletionResultType]::ParameterValue, 'Add-ons: versioned packages bought on top of a plan')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: provision, update, archive')
            [CompletionResult]::new('subscription', 'subscription', [CompletionResultType]::ParameterValue, 'Subscriptions: create, change plan, cancel, migrate, schedules')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlement checks and promotional entitlements')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Usage of metered features: report, show, import, history, recalculate')
            [CompletionResult]::new('event', 'event', [CompletionResultType]::ParameterValue, 'Raw usage events: report, list (metered by the features'' event meters)')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Credits: grants, consumption, balance, the ledger and its invariants')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The event log: audit trail and export feed')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: recurring revenue, subscriptions by plan and status, feature adoption')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stigg-cli;help;quickstart' {
            break
        }
        'stigg-cli;help;env' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the environments in the home directory')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an environment (a new database file)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the current environment (-e NAME)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an environment''s database file (asks for confirmation)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Copy the catalog of one environment into another (customers, usage and credits stay)')
            [CompletionResult]::new('rotate-signing-secret', 'rotate-signing-secret', [CompletionResultType]::ParameterValue, 'Generate a new signing secret for customer tokens')
            break
        }
        'stigg-cli;help;env;list' {
            break
        }
        'stigg-cli;help;env;create' {
            break
        }
        'stigg-cli;help;env;show' {
            break
        }
        'stigg-cli;help;env;delete' {
            break
        }
        'stigg-cli;help;env;promote' {
            break
        }
        'stigg-cli;help;env;rotate-signing-secret' {
            break
        }
        'stigg-cli;help;clock' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show now, its source and the processed-time mark')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Freeze the clock at an instant (runs everything due until then)')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y')
            [CompletionResult]::new('unfreeze', 'unfreeze', [CompletionResultType]::ParameterValue, 'Go back to the system clock')
            break
        }
        'stigg-cli;help;clock;show' {
            break
        }
        'stigg-cli;help;clock;set' {
            break
        }
        'stigg-cli;help;clock;advance' {
            break
        }
        'stigg-cli;help;clock;unfreeze' {
            break
        }
        'stigg-cli;help;catalog' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the environment''s catalog match YAML files (idempotent; prints the changes)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change; exit 0 when nothing, 1 when something would change')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check YAML files on their own (no database); every problem as file:line:column')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the catalog as YAML that apply accepts (export → apply changes nothing)')
            break
        }
        'stigg-cli;help;catalog;apply' {
            break
        }
        'stigg-cli;help;catalog;diff' {
            break
        }
        'stigg-cli;help;catalog;validate' {
            break
        }
        'stigg-cli;help;catalog;export' {
            break
        }
        'stigg-cli;help;product' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a product')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List products')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one product')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a product''s name, setup or defaults')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a product (its plans and add-ons must be archived first)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a product')
            break
        }
        'stigg-cli;help;product;create' {
            break
        }
        'stigg-cli;help;product;list' {
            break
        }
        'stigg-cli;help;product;show' {
            break
        }
        'stigg-cli;help;product;update' {
            break
        }
        'stigg-cli;help;product;archive' {
            break
        }
        'stigg-cli;help;product;unarchive' {
            break
        }
        'stigg-cli;help;feature' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a feature')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List features')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one feature')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a feature''s name, description, units or enum values (type and meter are fixed)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a feature (refused while a published package uses it)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a feature')
            break
        }
        'stigg-cli;help;feature;create' {
            break
        }
        'stigg-cli;help;feature;list' {
            break
        }
        'stigg-cli;help;feature;show' {
            break
        }
        'stigg-cli;help;feature;update' {
            break
        }
        'stigg-cli;help;feature;archive' {
            break
        }
        'stigg-cli;help;feature;unarchive' {
            break
        }
        'stigg-cli;help;currency' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a credit currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credit currencies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one credit currency')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a currency''s name, description, units or symbol')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a credit currency')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a credit currency')
            break
        }
        'stigg-cli;help;currency;create' {
            break
        }
        'stigg-cli;help;currency;list' {
            break
        }
        'stigg-cli;help;currency;show' {
            break
        }
        'stigg-cli;help;currency;update' {
            break
        }
        'stigg-cli;help;currency;archive' {
            break
        }
        'stigg-cli;help;currency;unarchive' {
            break
        }
        'stigg-cli;help;coupon' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a coupon (its discount and duration can never change)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List coupons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one coupon')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a coupon (discount and duration are immutable)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a coupon: it keeps working where applied but can''t be newly applied')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Unarchive a coupon')
            break
        }
        'stigg-cli;help;coupon;create' {
            break
        }
        'stigg-cli;help;coupon;list' {
            break
        }
        'stigg-cli;help;coupon;show' {
            break
        }
        'stigg-cli;help;coupon;update' {
            break
        }
        'stigg-cli;help;coupon;archive' {
            break
        }
        'stigg-cli;help;coupon;unarchive' {
            break
        }
        'stigg-cli;help;plan' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a plan (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, parent or trial')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('addons', 'addons', [CompletionResultType]::ParameterValue, 'Compatible add-ons of the draft')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a plan that was never published (published plans are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List plans')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a plan (latest version, or --version N; the draft when never published)')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a plan''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide a plan from new subscriptions (live ones keep working)')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived plan available again')
            break
        }
        'stigg-cli;help;plan;create' {
            break
        }
        'stigg-cli;help;plan;update' {
            break
        }
        'stigg-cli;help;plan;entitlement' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            break
        }
        'stigg-cli;help;plan;entitlement;set' {
            break
        }
        'stigg-cli;help;plan;entitlement;remove' {
            break
        }
        'stigg-cli;help;plan;entitlement;list' {
            break
        }
        'stigg-cli;help;plan;price' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            break
        }
        'stigg-cli;help;plan;price;set' {
            break
        }
        'stigg-cli;help;plan;price;remove' {
            break
        }
        'stigg-cli;help;plan;price;list' {
            break
        }
        'stigg-cli;help;plan;credits' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            break
        }
        'stigg-cli;help;plan;credits;set' {
            break
        }
        'stigg-cli;help;plan;credits;remove' {
            break
        }
        'stigg-cli;help;plan;addons' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the plan''s compatible add-ons (none = clear)')
            break
        }
        'stigg-cli;help;plan;addons;set' {
            break
        }
        'stigg-cli;help;plan;publish' {
            break
        }
        'stigg-cli;help;plan;draft' {
            break
        }
        'stigg-cli;help;plan;discard-draft' {
            break
        }
        'stigg-cli;help;plan;delete' {
            break
        }
        'stigg-cli;help;plan;list' {
            break
        }
        'stigg-cli;help;plan;show' {
            break
        }
        'stigg-cli;help;plan;versions' {
            break
        }
        'stigg-cli;help;plan;archive' {
            break
        }
        'stigg-cli;help;plan;unarchive' {
            break
        }
        'stigg-cli;help;addon' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an add-on (version 1, as a draft)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change the draft''s name, description, pricing type, max quantity or dependencies')
            [CompletionResult]::new('entitlement', 'entitlement', [CompletionResultType]::ParameterValue, 'Entitlements of the draft: set, remove, list')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Prices of the draft: set, remove, list')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Recurring credit grants of the draft: set, remove')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish the draft as the latest version')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Open a draft (version n+1) from the latest published version')
            [CompletionResult]::new('discard-draft', 'discard-draft', [CompletionResultType]::ParameterValue, 'Throw the open draft away')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an add-on that was never published (published add-ons are archived instead)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List add-ons')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an add-on')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List an add-on''s versions')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Hide an add-on from new subscriptions')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived add-on available again')
            break
        }
        'stigg-cli;help;addon;create' {
            break
        }
        'stigg-cli;help;addon;update' {
            break
        }
        'stigg-cli;help;addon;entitlement' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant a feature in the draft (replaces an existing entitlement for it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a feature from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List entitlements (own and inherited) of the latest version or the draft')
            break
        }
        'stigg-cli;help;addon;entitlement;set' {
            break
        }
        'stigg-cli;help;addon;entitlement;remove' {
            break
        }
        'stigg-cli;help;addon;entitlement;list' {
            break
        }
        'stigg-cli;help;addon;price' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a price of the draft (merged into the price with the same model, feature and currency: what it does not say is kept)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a price from the draft')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List prices of the latest version or the draft')
            break
        }
        'stigg-cli;help;addon;price;set' {
            break
        }
        'stigg-cli;help;addon;price;remove' {
            break
        }
        'stigg-cli;help;addon;price;list' {
            break
        }
        'stigg-cli;help;addon;credits' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Grant credits of a currency every cadence period')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recurring credit grant')
            break
        }
        'stigg-cli;help;addon;credits;set' {
            break
        }
        'stigg-cli;help;addon;credits;remove' {
            break
        }
        'stigg-cli;help;addon;publish' {
            break
        }
        'stigg-cli;help;addon;draft' {
            break
        }
        'stigg-cli;help;addon;discard-draft' {
            break
        }
        'stigg-cli;help;addon;delete' {
            break
        }
        'stigg-cli;help;addon;list' {
            break
        }
        'stigg-cli;help;addon;show' {
            break
        }
        'stigg-cli;help;addon;versions' {
            break
        }
        'stigg-cli;help;addon;archive' {
            break
        }
        'stigg-cli;help;addon;unarchive' {
            break
        }
        'stigg-cli;help;customer' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Provision a customer; with --plan also subscribe, else the products'' start setup applies')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a customer''s name, email, billing id, coupon or metadata')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer with its subscriptions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Soft delete: clears name and email, ends live subscriptions, checks deny')
            [CompletionResult]::new('unarchive', 'unarchive', [CompletionResultType]::ParameterValue, 'Make an archived customer visible again (cleared fields stay cleared)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write customers as CSV (default), JSON or JSON lines, in the shape import reads')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the signed customer token a front end passes to prove which customer it acts for')
            break
        }
        'stigg-cli;help;customer;create' {
            break
        }
        'stigg-cli;help;customer;update' {
            break
        }
        'stigg-cli;help;customer;show' {
            break
        }
        'stigg-cli;help;customer;list' {
            break
        }
        'stigg-cli;help;customer;archive' {
            break
        }
        'stigg-cli;help;customer;unarchive' {
            break
        }
        'stigg-cli;help;customer;import' {
            break
        }
        'stigg-cli;help;customer;export' {
            break
        }
        'stigg-cli;help;customer;token' {
            break
        }
        'stigg-cli;help;subscription' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change add-ons, quantities, billing period, coupon or trial end')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel now, at the period end or at an instant')
            [CompletionResult]::new('uncancel', 'uncancel', [CompletionResultType]::ParameterValue, 'Clear a scheduled cancellation')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move to the plan''s latest version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List subscriptions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one subscription')
            [CompletionResult]::new('estimate', 'estimate', [CompletionResultType]::ParameterValue, 'Price a new subscription or a plan change (--customer, --plan and the create flags), or a change of a live one (its id and the update flags): lines, discount, total, proration')
            [CompletionResult]::new('invoice-preview', 'invoice-preview', [CompletionResultType]::ParameterValue, 'The invoice a live subscription''s current period closes with: the next period''s in-advance charges, this period''s usage and overage from recorded usage, discount and minimum spend')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Scheduled changes of a subscription: list, cancel')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write live and scheduled subscriptions as CSV (default), JSON or JSON lines; re-imports as is')
            break
        }
        'stigg-cli;help;subscription;create' {
            break
        }
        'stigg-cli;help;subscription;update' {
            break
        }
        'stigg-cli;help;subscription;cancel' {
            break
        }
        'stigg-cli;help;subscription;uncancel' {
            break
        }
        'stigg-cli;help;subscription;migrate' {
            break
        }
        'stigg-cli;help;subscription;list' {
            break
        }
        'stigg-cli;help;subscription;show' {
            break
        }
        'stigg-cli;help;subscription;estimate' {
            break
        }
        'stigg-cli;help;subscription;invoice-preview' {
            break
        }
        'stigg-cli;help;subscription;schedule' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a subscription''s scheduled changes (and a scheduled cancellation)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a subscription''s pending scheduled changes (they stay listed as Canceled)')
            break
        }
        'stigg-cli;help;subscription;schedule;list' {
            break
        }
        'stigg-cli;help;subscription;schedule;cancel' {
            break
        }
        'stigg-cli;help;subscription;import' {
            break
        }
        'stigg-cli;help;subscription;export' {
            break
        }
        'stigg-cli;help;entitlement' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every feature the customer has, with limits and usage')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Give a customer a feature for a period, independent of subscriptions')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End a promotional entitlement now')
            [CompletionResult]::new('promotions', 'promotions', [CompletionResultType]::ParameterValue, 'List a customer''s promotional entitlements')
            break
        }
        'stigg-cli;help;entitlement;check' {
            break
        }
        'stigg-cli;help;entitlement;list' {
            break
        }
        'stigg-cli;help;entitlement;grant' {
            break
        }
        'stigg-cli;help;entitlement;revoke' {
            break
        }
        'stigg-cli;help;entitlement;promotions' {
            break
        }
        'stigg-cli;help;usage' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report usage of a metered feature: a delta (default, may be negative) or, with --set, the new value of its current window')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Current usage of every metered feature a customer has')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import reported usage or raw events from CSV or JSON lines, streamed, in one transaction')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Usage over time: per bucket, the value of the window in force, reset points marked')
            [CompletionResult]::new('recalculate', 'recalculate', [CompletionResultType]::ParameterValue, 'Rebuild usage values from the stored records (all customers, or one) and list every window whose value changed')
            break
        }
        'stigg-cli;help;usage;report' {
            break
        }
        'stigg-cli;help;usage;show' {
            break
        }
        'stigg-cli;help;usage;import' {
            break
        }
        'stigg-cli;help;usage;history' {
            break
        }
        'stigg-cli;help;usage;recalculate' {
            break
        }
        'stigg-cli;help;event' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report a raw usage event; every feature whose event meter matches it counts it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List stored raw events, oldest first')
            break
        }
        'stigg-cli;help;event;report' {
            break
        }
        'stigg-cli;help;event;list' {
            break
        }
        'stigg-cli;help;credit' {
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant credits to a customer (paid or promotional; now or at --effective-at)')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Burn credits: in burn order, one ledger entry per grant touched; what no grant covers goes into the pool''s overdraft')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a grant: what it has left is written off now (consumed credits stay consumed)')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'A customer''s grants, oldest first')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'A customer''s balance per currency (and per resource pool)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'A customer''s ledger entries, in the order they were written (table, json, csv)')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Revenue of credits sold, per currency of cost: deferred (held at --to), recognized (consumed in the period) and breakage (expired in the period)')
            [CompletionResult]::new('auto-recharge', 'auto-recharge', [CompletionResultType]::ParameterValue, 'Automatic recharge of a customer''s credits: set, show, disable')
            [CompletionResult]::new('low-balance', 'low-balance', [CompletionResultType]::ParameterValue, 'The environment''s low-balance signal: `credit.balance.low` when a consumption takes a balance below this share of the granted amount in force (default 20 %)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute every pool from its ledger and check the credit invariants (exit 70 naming the offending ids on any violation)')
            break
        }
        'stigg-cli;help;credit;grant' {
            break
        }
        'stigg-cli;help;credit;consume' {
            break
        }
        'stigg-cli;help;credit;void' {
            break
        }
        'stigg-cli;help;credit;grants' {
            break
        }
        'stigg-cli;help;credit;balance' {
            break
        }
        'stigg-cli;help;credit;ledger' {
            break
        }
        'stigg-cli;help;credit;revenue' {
            break
        }
        'stigg-cli;help;credit;auto-recharge' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'When a consumption takes the balance below --threshold, grant PAID credits back up to --target (cost = credits × --price-per-credit), within --monthly-limit a calendar month')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a customer''s automatic recharge of a currency')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop recharging automatically')
            break
        }
        'stigg-cli;help;credit;auto-recharge;set' {
            break
        }
        'stigg-cli;help;credit;auto-recharge;show' {
            break
        }
        'stigg-cli;help;credit;auto-recharge;disable' {
            break
        }
        'stigg-cli;help;credit;low-balance' {
            break
        }
        'stigg-cli;help;credit;verify' {
            break
        }
        'stigg-cli;help;events' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List events in the order they were recorded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write events as JSON lines, in eventId order, after a given event (resumable)')
            break
        }
        'stigg-cli;help;events;list' {
            break
        }
        'stigg-cli;help;events;export' {
            break
        }
        'stigg-cli;help;report' {
            [CompletionResult]::new('mrr', 'mrr', [CompletionResultType]::ParameterValue, 'Monthly-normalised recurring revenue after discounts, by plan and in total, per currency')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions by plan and status')
            [CompletionResult]::new('features', 'features', [CompletionResultType]::ParameterValue, 'Feature adoption: customers granted each feature (live subscriptions, promotions) and customers using it (usage above zero in their current window)')
            break
        }
        'stigg-cli;help;report;mrr' {
            break
        }
        'stigg-cli;help;report;subscriptions' {
            break
        }
        'stigg-cli;help;report;features' {
            break
        }
        'stigg-cli;help;completions' {
            break
        }
        'stigg-cli;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
