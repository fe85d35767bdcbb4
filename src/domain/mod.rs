//! Pure rules: no I/O, no SQL, no clock reads. Time arrives as a parameter.

pub mod catalog;
pub mod decimal;
pub mod formula;
pub mod money;
pub mod slug;
