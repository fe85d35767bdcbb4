//! Pure rules: no I/O, no SQL, no clock reads. Time arrives as a parameter.

pub mod catalog;
pub mod credits;
pub mod customers;
pub mod decimal;
pub mod entitlements;
pub mod formula;
pub mod money;
pub mod periods;
pub mod pricing;
pub mod slug;
pub mod subscriptions;
pub mod token;
pub mod usage;
pub mod wide;
