# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_stigg_cli_global_optspecs
    string join \n e/env= home= db= now= o/format= json q/quiet y/yes color= h/help V/version
end

function __fish_stigg_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_stigg_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_stigg_cli_using_subcommand
    set -l cmd (__fish_stigg_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -s V -l version -d 'Print version'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "quickstart" -d 'Set up the default environment with the starter catalog and show what it holds'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "env" -d 'Environments: one SQLite file each'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "clock" -d 'The environment\'s frozen test clock'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "catalog" -d 'Catalog as code: apply, diff, validate and export YAML'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "product" -d 'Products: groups of plans and add-ons with their lifecycle setup'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "feature" -d 'Features: boolean, number (optionally metered) and enum capabilities'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "currency" -d 'Credit currencies ("credit types")'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "coupon" -d 'Coupons: percentage or fixed discounts'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "plan" -d 'Plans: versioned packages of entitlements and prices'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "addon" -d 'Add-ons: versioned packages bought on top of a plan'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "customer" -d 'Customers: provision, update, archive'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "subscription" -d 'Subscriptions: create, change plan, cancel, migrate, schedules'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "entitlement" -d 'Entitlement checks and promotional entitlements'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "events" -d 'The event log: audit trail and export feed'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c stigg-cli -n "__fish_stigg_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l catalog -d 'Apply this catalog instead of the built-in catalogs/saas-starter.yaml' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand quickstart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "list" -d 'List the environments in the home directory'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "create" -d 'Create an environment (a new database file)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "show" -d 'Show the current environment (-e NAME)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "delete" -d 'Delete an environment\'s database file (asks for confirmation)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "promote" -d 'Copy the catalog of one environment into another (customers, usage and credits stay)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "rotate-signing-secret" -d 'Generate a new signing secret for customer tokens'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and not __fish_seen_subcommand_from list create show delete promote rotate-signing-secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l type -d 'Environment type; PRODUCTION refuses test clocks and confirms destructive commands' -r -f -a "development\t''
sandbox\t''
production\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l from -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l to -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l migrate -d 'Whether live subscriptions move to the new package versions' -r -f -a "new-customers\t'Existing subscriptions stay on their version (grandfathered)'
all-customers\t'Live subscriptions move to the new version (as `subscription migrate --at immediate`)'"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l dry-run -d 'Show the changes without making them'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from rotate-signing-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the environments in the home directory'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an environment (a new database file)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the current environment (-e NAME)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an environment\'s database file (asks for confirmation)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "promote" -d 'Copy the catalog of one environment into another (customers, usage and credits stay)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "rotate-signing-secret" -d 'Generate a new signing secret for customer tokens'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand env; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -f -a "show" -d 'Show now, its source and the processed-time mark'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -f -a "set" -d 'Freeze the clock at an instant (runs everything due until then)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -f -a "advance" -d 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -f -a "unfreeze" -d 'Go back to the system clock'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and not __fish_seen_subcommand_from show set advance unfreeze help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from advance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from unfreeze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show now, its source and the processed-time mark'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "set" -d 'Freeze the clock at an instant (runs everything due until then)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "advance" -d 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "unfreeze" -d 'Go back to the system clock'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand clock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -f -a "apply" -d 'Make the environment\'s catalog match YAML files (idempotent; prints the changes)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -f -a "diff" -d 'Show what apply would change; exit 0 when nothing, 1 when something would change'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -f -a "validate" -d 'Check YAML files on their own (no database); every problem as file:line:column'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -f -a "export" -d 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and not __fish_seen_subcommand_from apply diff validate export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l migrate -d 'Whether live subscriptions move to the new plan versions (recorded on each publication)' -r -f -a "new-customers\t'Existing subscriptions stay on their version (grandfathered)'
all-customers\t'Live subscriptions move to the new version (as `subscription migrate --at immediate`)'"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l dry-run -d 'Show the changes without making them'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l archive-missing -d 'Archive catalog entities the files do not declare'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l archive-missing
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l output -d 'Write to this file instead of stdout (`-o FILE` works too)' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the environment\'s catalog match YAML files (idempotent; prints the changes)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what apply would change; exit 0 when nothing, 1 when something would change'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check YAML files on their own (no database); every problem as file:line:column'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "create" -d 'Create a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "list" -d 'List products'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "show" -d 'Show one product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "update" -d 'Change a product\'s name, setup or defaults'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "archive" -d 'Archive a product (its plans and add-ons must be archived first)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "unarchive" -d 'Unarchive a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l start-free-plan -d 'Customers created without --plan get this free plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l start-trial-plan -d 'Customers created without --plan start a trial of this plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l downgrade-to -d 'When a paid subscription ends, move the customer to this free plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l default-cancellation -d 'Default of `subscription cancel`' -r -f -a "end-of-period\t''
immediate\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l usage-reset-on-change -d 'What happens to usage when the plan changes' -r -f -a "never\t''
always\t''
billing-period-change\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l multiple-subscriptions -d 'One subscription per resource (instead of one per customer)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l single-subscription -d 'One live subscription per customer (the default)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l plan-selection -d 'Customers created without --plan get no subscription'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l end-cancel -d 'When a paid subscription ends, just end it'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l archived -d 'Include archived features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l start-free-plan -d 'Customers created without --plan get this free plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l start-trial-plan -d 'Customers created without --plan start a trial of this plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l downgrade-to -d 'When a paid subscription ends, move the customer to this free plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l default-cancellation -d 'Default of `subscription cancel`' -r -f -a "end-of-period\t''
immediate\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l usage-reset-on-change -d 'What happens to usage when the plan changes' -r -f -a "never\t''
always\t''
billing-period-change\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l multiple-subscriptions -d 'One subscription per resource (instead of one per customer)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l single-subscription -d 'One live subscription per customer (the default)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l plan-selection -d 'Customers created without --plan get no subscription'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l end-cancel -d 'When a paid subscription ends, just end it'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "list" -d 'List products'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a product\'s name, setup or defaults'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a product (its plans and add-ons must be archived first)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Unarchive a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "create" -d 'Create a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "list" -d 'List features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "show" -d 'Show one feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "update" -d 'Change a feature\'s name, description, units or enum values (type and meter are fixed)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "archive" -d 'Archive a feature (refused while a published package uses it)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "unarchive" -d 'Unarchive a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l type -r -f -a "boolean\t''
number\t''
enum\t''
metered\t'number + incremental meter'"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l meter -d 'Meter for number features' -r -f -a "none\t''
incremental\t''
fluctuating\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l units -d 'SINGULAR[,PLURAL]' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l values -d 'Enum values: a,b,c' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l event-name -d 'Meter raw events with this eventName (instead of reported usage)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l aggregation -d 'Aggregation of the raw events: COUNT, or SUM|MIN|MAX|AVG|UNIQUE:FIELD' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l archived -d 'Include archived features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l units -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l values -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "list" -d 'List features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a feature\'s name, description, units or enum values (type and meter are fixed)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a feature (refused while a published package uses it)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Unarchive a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "create" -d 'Create a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "list" -d 'List credit currencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "show" -d 'Show one credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "update" -d 'Change a currency\'s name, description, units or symbol'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "archive" -d 'Archive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "unarchive" -d 'Unarchive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l units -d 'SINGULAR[,PLURAL]' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l symbol -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l archived -d 'Include archived features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l units -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l symbol -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "list" -d 'List credit currencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a currency\'s name, description, units or symbol'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Unarchive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand currency; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "create" -d 'Create a coupon (its discount and duration can never change)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "list" -d 'List coupons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "show" -d 'Show one coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "update" -d 'Rename a coupon (discount and duration are immutable)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "archive" -d 'Archive a coupon: it keeps working where applied but can\'t be newly applied'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "unarchive" -d 'Unarchive a coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and not __fish_seen_subcommand_from create list show update archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l percent-off -d 'Percentage discount, 0 < P ≤ 100' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l amount-off -d 'Fixed discount per currency: AMOUNT:CUR[,AMOUNT:CUR]' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l duration-months -d 'Months the discount applies after it is applied (omit for forever)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l archived -d 'Include archived features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a coupon (its discount and duration can never change)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "list" -d 'List coupons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename a coupon (discount and duration are immutable)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a coupon: it keeps working where applied but can\'t be newly applied'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Unarchive a coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand coupon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "create" -d 'Create a plan (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "update" -d 'Change the draft\'s name, description, pricing type, parent or trial'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "addons" -d 'Compatible add-ons of the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "list" -d 'List plans'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "show" -d 'Show a plan (latest version, or --version N; the draft when never published)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "versions" -d 'List a plan\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "archive" -d 'Hide a plan from new subscriptions (live ones keep working)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "unarchive" -d 'Make an archived plan available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and not __fish_seen_subcommand_from create update entitlement price credits addons publish draft discard-draft list show versions archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l product -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l pricing -r -f -a "free\t''
paid\t''
custom\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l parent -d 'Inherit every entitlement of this plan' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l trial-days -d 'Trial length in days' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l trial-months -d 'Trial length in months' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l trial-end -d 'What happens when the trial ends' -r -f -a "convert-to-paid\t''
cancel\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l pricing -r -f -a "free\t''
paid\t''
custom\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l parent -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l trial-days -d 'Trial length in days' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l trial-months -d 'Trial length in months' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l trial-end -d 'What happens when the trial ends' -r -f -a "convert-to-paid\t''
cancel\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l no-parent -d 'Remove the parent'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l no-trial -d 'Remove the trial'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -f -a "set" -d 'Grant a feature in the draft (replaces an existing entitlement for it)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -f -a "remove" -d 'Remove a feature from the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -f -a "list" -d 'List entitlements (own and inherited) of the latest version or the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from entitlement" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -f -a "set" -d 'Set a price of the draft (replaces the price with the same model and feature)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -f -a "remove" -d 'Remove a price from the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -f -a "list" -d 'List prices of the latest version or the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from price" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -f -a "set" -d 'Grant credits of a currency every cadence period'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -f -a "remove" -d 'Remove a recurring credit grant'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from credits" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -f -a "set" -d 'Replace the plan\'s compatible add-ons (none = clear)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from addons" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l migrate -d 'Whether live subscriptions of the plan move to the new version now' -r -f -a "new-customers\t'Existing subscriptions stay on their version (grandfathered)'
all-customers\t'Live subscriptions move to the new version (as `subscription migrate --at immediate`)'"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from draft" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from discard-draft" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l product -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l status -d 'draft, published or archived (any case)' -r -f -a "draft\t''
published\t''
archived\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l version -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a plan (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the draft\'s name, description, pricing type, parent or trial'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "addons" -d 'Compatible add-ons of the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'List plans'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a plan (latest version, or --version N; the draft when never published)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "versions" -d 'List a plan\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Hide a plan from new subscriptions (live ones keep working)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Make an archived plan available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "create" -d 'Create an add-on (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "update" -d 'Change the draft\'s name, description, pricing type, max quantity or dependencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "list" -d 'List add-ons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "show" -d 'Show an add-on'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "versions" -d 'List an add-on\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "archive" -d 'Hide an add-on from new subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "unarchive" -d 'Make an archived add-on available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and not __fish_seen_subcommand_from create update entitlement price credits publish draft discard-draft list show versions archive unarchive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l product -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l pricing -r -f -a "free\t''
paid\t''
custom\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l max-quantity -d 'How many of this add-on one subscription may hold (1 = single instance)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l depends-on -d 'Add-ons required on the same subscription' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l description -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l pricing -r -f -a "free\t''
paid\t''
custom\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l max-quantity -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l depends-on -d 'Replace the dependencies (comma-separated; pass "" to clear)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -f -a "set" -d 'Grant a feature in the draft (replaces an existing entitlement for it)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -f -a "remove" -d 'Remove a feature from the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -f -a "list" -d 'List entitlements (own and inherited) of the latest version or the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from entitlement" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -f -a "set" -d 'Set a price of the draft (replaces the price with the same model and feature)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -f -a "remove" -d 'Remove a price from the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -f -a "list" -d 'List prices of the latest version or the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from price" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -f -a "set" -d 'Grant credits of a currency every cadence period'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -f -a "remove" -d 'Remove a recurring credit grant'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from credits" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l migrate -d 'Whether live subscriptions of the plan move to the new version now' -r -f -a "new-customers\t'Existing subscriptions stay on their version (grandfathered)'
all-customers\t'Live subscriptions move to the new version (as `subscription migrate --at immediate`)'"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from draft" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from discard-draft" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l product -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l status -d 'draft, published or archived (any case)' -r -f -a "draft\t''
published\t''
archived\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l version -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from versions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an add-on (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change the draft\'s name, description, pricing type, max quantity or dependencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "list" -d 'List add-ons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an add-on'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "versions" -d 'List an add-on\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Hide an add-on from new subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Make an archived add-on available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand addon; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "create" -d 'Provision a customer; with --plan also subscribe, else the products\' start setup applies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "update" -d 'Change a customer\'s name, email, billing id, coupon or metadata'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "show" -d 'Show a customer with its subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "list" -d 'List customers'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "archive" -d 'Soft delete: clears name and email, ends live subscriptions, checks deny'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "unarchive" -d 'Make an archived customer visible again (cleared fields stay cleared)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "import" -d 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "export" -d 'Write customers as CSV (default) or JSON in the shape import reads'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "token" -d 'Print the signed customer token a front end passes to prove which customer it acts for'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and not __fish_seen_subcommand_from create update show list archive unarchive import export token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l email -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l billing-id -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l coupon -d 'Customer-level coupon' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l metadata -d 'k=v, repeatable (an empty value removes the key on update)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l plan -d 'Subscribe to this plan right away' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l billing-period -r -f -a "monthly\t''
annually\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l addon -d 'ADDON[=QTY], repeatable' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l quantity -d 'FEATURE=N, repeatable' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l skip-trial
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l name -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l email -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l billing-id -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l coupon -d 'Customer-level coupon' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l metadata -d 'k=v, repeatable (an empty value removes the key on update)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l remove-coupon
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l search -d 'Text found in the id, name, email, billing id or a metadata value (case-insensitive, literal)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l archived -d 'Include archived customers'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from unarchive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l rejects -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l dry-run -d 'Check and report without writing'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the good rows; write the bad ones, with a reason, to --rejects'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l output -d 'Write to this file instead of stdout (`-o FILE` works too); a .json name picks JSON, as does `--format json`; CSV otherwise' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Provision a customer; with --plan also subscribe, else the products\' start setup applies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a customer\'s name, email, billing id, coupon or metadata'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a customer with its subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List customers'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Soft delete: clears name and email, ends live subscriptions, checks deny'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "unarchive" -d 'Make an archived customer visible again (cleared fields stay cleared)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "import" -d 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write customers as CSV (default) or JSON in the shape import reads'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the signed customer token a front end passes to prove which customer it acts for'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "create" -d 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "update" -d 'Change add-ons, quantities, billing period, coupon or trial end'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "cancel" -d 'Cancel now, at the period end or at an instant'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "uncancel" -d 'Clear a scheduled cancellation'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "migrate" -d 'Move to the plan\'s latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "list" -d 'List subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "show" -d 'Show one subscription'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "schedule" -d 'Scheduled changes of a subscription: list, cancel'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "import" -d 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "export" -d 'Write live and scheduled subscriptions as CSV (default) or JSON; re-imports as is'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and not __fish_seen_subcommand_from create update cancel uncancel migrate list show schedule import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l customer -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l plan -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l id -d 'Choose the subscription id (default: generated sub_…)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l resource -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l billing-period -r -f -a "monthly\t''
annually\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l addon -d 'ADDON[=QTY], repeatable' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l quantity -d 'FEATURE=N for per-unit prices, repeatable' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l start -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l end -d 'Fixed term: the subscription expires at this instant' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l trial-end -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l coupon -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l country -d 'ISO 3166 country for localised prices (kept for the subscription\'s life)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l schedule -r -f -a "immediate\t''
end-of-period\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l metadata -d 'k=v, repeatable' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l trial -d 'Start a trial even if the customer trialed this product before'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l skip-trial
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l addon -d 'ADDON=QTY, repeatable (sets the quantity)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l remove-addon -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l quantity -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l billing-period -r -f -a "monthly\t''
annually\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l coupon -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l trial-end -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l schedule -r -f -a "immediate\t''
end-of-period\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l remove-coupon
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l at -d 'immediate, end-of-period or an RFC 3339 instant (default: the product\'s setting)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l reason -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l revoke-entitlements -d 'Cut access now even if the subscription runs to its end'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from uncancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l at -r -f -a "immediate\t''
end-of-period\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l customer -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l plan -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l status -d 'not-started, in-trial, active, payment-pending, canceled, expired (ACTIVE etc. too)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l resource -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -f -a "list" -d 'List a subscription\'s scheduled changes (and a scheduled cancellation)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -f -a "cancel" -d 'Drop a subscription\'s pending scheduled changes'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from schedule" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l rejects -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l dry-run -d 'Check and report without writing'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the good rows; write the bad ones, with a reason, to --rejects'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l output -d 'Write to this file instead of stdout (`-o FILE` works too); a .json name picks JSON, as does `--format json`; CSV otherwise' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "create" -d 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change add-ons, quantities, billing period, coupon or trial end'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel now, at the period end or at an instant'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "uncancel" -d 'Clear a scheduled cancellation'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move to the plan\'s latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "list" -d 'List subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one subscription'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Scheduled changes of a subscription: list, cancel'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "import" -d 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write live and scheduled subscriptions as CSV (default) or JSON; re-imports as is'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand subscription; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "check" -d 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "list" -d 'Every feature the customer has, with limits and usage'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "grant" -d 'Give a customer a feature for a period, independent of subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "revoke" -d 'End a promotional entitlement now'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "promotions" -d 'List a customer\'s promotional entitlements'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and not __fish_seen_subcommand_from check list grant revoke promotions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l requested-usage -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l requested-values -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l resource -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l resource -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l period -d '1w, 1mo, 6mo, 1y or lifetime' -r -f -a "1w\t''
1mo\t''
6mo\t''
1y\t''
lifetime\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l until -d 'Until this instant (RFC 3339)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l limit -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l reset -r -f -a "hour\t''
day\t''
week\t''
month\t''
year\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l values -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l unlimited
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l soft
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from promotions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "check" -d 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every feature the customer has, with limits and usage'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Give a customer a feature for a period, independent of subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'End a promotional entitlement now'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "promotions" -d 'List a customer\'s promotional entitlements'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand entitlement; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -s h -l help -d 'Print help'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -f -a "list" -d 'List events in the order they were recorded'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -f -a "export" -d 'Write events as JSON lines, in eventId order, after a given event (resumable)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and not __fish_seen_subcommand_from list export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l type -d 'Only this event type (e.g. plan.published)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l entity -d 'Only events about this entity id' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l since -d 'Only events that occurred at or after this instant' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l after -d 'Only events recorded after this event id' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l limit -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l after -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l output -d 'Write to this file instead of stdout (always JSON lines; `--format jsonl` is accepted)' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List events in the order they were recorded'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write events as JSON lines, in eventId order, after a given event (resumable)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -s e -l env -d 'Environment name (one SQLite file under the home directory)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -l home -d 'Directory holding the environments [default: $XDG_DATA_HOME/stigg-cli]' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -l db -d 'Use this database file directly instead of <home>/<env>.db' -r -F
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -l now -d 'The current instant (RFC 3339 with offset); overrides the environment\'s clock' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -s o -l format -d 'Output format: table, json, yaml or csv (export commands also take `-o FILE`)' -r
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -l color -d 'Colour on stderr: auto (terminal and no NO_COLOR), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -l json -d 'Same as --format json'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -s q -l quiet -d 'Print only results (no status lines on stderr)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -s y -l yes -d 'Confirm destructive commands without asking'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "quickstart" -d 'Set up the default environment with the starter catalog and show what it holds'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "env" -d 'Environments: one SQLite file each'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "clock" -d 'The environment\'s frozen test clock'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "catalog" -d 'Catalog as code: apply, diff, validate and export YAML'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "product" -d 'Products: groups of plans and add-ons with their lifecycle setup'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "feature" -d 'Features: boolean, number (optionally metered) and enum capabilities'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "currency" -d 'Credit currencies ("credit types")'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "coupon" -d 'Coupons: percentage or fixed discounts'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "plan" -d 'Plans: versioned packages of entitlements and prices'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "addon" -d 'Add-ons: versioned packages bought on top of a plan'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "customer" -d 'Customers: provision, update, archive'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "subscription" -d 'Subscriptions: create, change plan, cancel, migrate, schedules'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "entitlement" -d 'Entitlement checks and promotional entitlements'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "events" -d 'The event log: audit trail and export feed'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and not __fish_seen_subcommand_from quickstart env clock catalog product feature currency coupon plan addon customer subscription entitlement events completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "list" -d 'List the environments in the home directory'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "create" -d 'Create an environment (a new database file)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "show" -d 'Show the current environment (-e NAME)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "delete" -d 'Delete an environment\'s database file (asks for confirmation)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "promote" -d 'Copy the catalog of one environment into another (customers, usage and credits stay)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from env" -f -a "rotate-signing-secret" -d 'Generate a new signing secret for customer tokens'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "show" -d 'Show now, its source and the processed-time mark'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "set" -d 'Freeze the clock at an instant (runs everything due until then)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "advance" -d 'Move the frozen clock forward: 90m, 36h, 14d, 2w, 1mo, 1y'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from clock" -f -a "unfreeze" -d 'Go back to the system clock'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "apply" -d 'Make the environment\'s catalog match YAML files (idempotent; prints the changes)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "diff" -d 'Show what apply would change; exit 0 when nothing, 1 when something would change'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "validate" -d 'Check YAML files on their own (no database); every problem as file:line:column'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "export" -d 'Write the catalog as YAML that apply accepts (export → apply changes nothing)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "create" -d 'Create a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "list" -d 'List products'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "show" -d 'Show one product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "update" -d 'Change a product\'s name, setup or defaults'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "archive" -d 'Archive a product (its plans and add-ons must be archived first)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "unarchive" -d 'Unarchive a product'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "create" -d 'Create a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "list" -d 'List features'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "show" -d 'Show one feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "update" -d 'Change a feature\'s name, description, units or enum values (type and meter are fixed)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "archive" -d 'Archive a feature (refused while a published package uses it)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "unarchive" -d 'Unarchive a feature'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "create" -d 'Create a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "list" -d 'List credit currencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "show" -d 'Show one credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "update" -d 'Change a currency\'s name, description, units or symbol'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "archive" -d 'Archive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from currency" -f -a "unarchive" -d 'Unarchive a credit currency'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "create" -d 'Create a coupon (its discount and duration can never change)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "list" -d 'List coupons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "show" -d 'Show one coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "update" -d 'Rename a coupon (discount and duration are immutable)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "archive" -d 'Archive a coupon: it keeps working where applied but can\'t be newly applied'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from coupon" -f -a "unarchive" -d 'Unarchive a coupon'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "create" -d 'Create a plan (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "update" -d 'Change the draft\'s name, description, pricing type, parent or trial'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "addons" -d 'Compatible add-ons of the draft'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'List plans'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'Show a plan (latest version, or --version N; the draft when never published)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "versions" -d 'List a plan\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "archive" -d 'Hide a plan from new subscriptions (live ones keep working)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "unarchive" -d 'Make an archived plan available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "create" -d 'Create an add-on (version 1, as a draft)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "update" -d 'Change the draft\'s name, description, pricing type, max quantity or dependencies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "entitlement" -d 'Entitlements of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "price" -d 'Prices of the draft: set, remove, list'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "credits" -d 'Recurring credit grants of the draft: set, remove'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "publish" -d 'Publish the draft as the latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "draft" -d 'Open a draft (version n+1) from the latest published version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "discard-draft" -d 'Throw the open draft away'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "list" -d 'List add-ons'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "show" -d 'Show an add-on'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "versions" -d 'List an add-on\'s versions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "archive" -d 'Hide an add-on from new subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from addon" -f -a "unarchive" -d 'Make an archived add-on available again'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "create" -d 'Provision a customer; with --plan also subscribe, else the products\' start setup applies'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "update" -d 'Change a customer\'s name, email, billing id, coupon or metadata'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'Show a customer with its subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'List customers'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "archive" -d 'Soft delete: clears name and email, ends live subscriptions, checks deny'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "unarchive" -d 'Make an archived customer visible again (cleared fields stay cleared)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "import" -d 'Upsert customers from CSV, {"customers":[…]} JSON or JSON lines (all or nothing by default)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "export" -d 'Write customers as CSV (default) or JSON in the shape import reads'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "token" -d 'Print the signed customer token a front end passes to prove which customer it acts for'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "create" -d 'Subscribe a customer to a plan; on a single-subscription product this changes the plan (upgrade now, downgrade at period end unless --schedule says otherwise)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "update" -d 'Change add-ons, quantities, billing period, coupon or trial end'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "cancel" -d 'Cancel now, at the period end or at an instant'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "uncancel" -d 'Clear a scheduled cancellation'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "migrate" -d 'Move to the plan\'s latest version'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "list" -d 'List subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "show" -d 'Show one subscription'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "schedule" -d 'Scheduled changes of a subscription: list, cancel'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "import" -d 'Upsert subscriptions from CSV, {"subscriptions":[…]} JSON or JSON lines'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from subscription" -f -a "export" -d 'Write live and scheduled subscriptions as CSV (default) or JSON; re-imports as is'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from entitlement" -f -a "check" -d 'May this customer use this feature? Exit 0 = granted, 1 = denied (with the reason)'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from entitlement" -f -a "list" -d 'Every feature the customer has, with limits and usage'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from entitlement" -f -a "grant" -d 'Give a customer a feature for a period, independent of subscriptions'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from entitlement" -f -a "revoke" -d 'End a promotional entitlement now'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from entitlement" -f -a "promotions" -d 'List a customer\'s promotional entitlements'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "list" -d 'List events in the order they were recorded'
complete -c stigg-cli -n "__fish_stigg_cli_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "export" -d 'Write events as JSON lines, in eventId order, after a given event (resumable)'
