//! CLI tests: one integration binary running the real `stigg-cli` against a temporary home
//! with a fixed clock and id seed, asserting exit codes and snapshots.

mod attack_regressions;
mod catalog_apply;
mod catalog_input;
mod catalog_verbs;
mod completions_help;
mod credit_parity;
mod credits;
mod env_clock;
mod event_log;
mod helpers;
mod import_semantics;
mod imports;
mod input_safety;
mod lifecycle;
mod lifecycle_rules;
mod pricing;
mod raw_events;
mod readme_tour;
mod robustness;
mod stigg_enums;
mod stigg_names;
mod stigg_semantics;
mod storage;
mod time_safety;
mod usage;
mod usage_attacks;
mod usage_import;
mod usage_refold;
mod values_and_output;
