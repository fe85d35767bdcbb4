//! Command implementations over the store and the pure domain. The CLI layer turns arguments
//! into these calls and renders what they return.

pub mod catalog;
pub mod catchup;
pub mod credits;
pub mod customers;
pub mod entitlements;
pub mod imports;
pub mod packages;
pub mod prefetch;
pub mod pricing;
pub mod revenue;
pub mod subscriptions;
pub mod usage;
pub mod usage_import;
