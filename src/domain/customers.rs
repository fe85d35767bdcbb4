//! Customers: user-chosen ids, contact fields and free-form metadata.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    pub customer_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub billing_id: Option<String>,
    pub coupon_id: Option<String>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
}

/// A light check: something@something.something, no spaces.
pub fn check_email(e: &str) -> Result<(), String> {
    let ok = !e.contains(char::is_whitespace)
        && e.split_once('@').is_some_and(|(a, b)| {
            !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.')
        });
    if ok {
        Ok(())
    } else {
        Err(format!("'{e}' is not an email address"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn emails() {
        assert!(super::check_email("a@b.co").is_ok());
        assert!(super::check_email("a@b").is_err());
        assert!(super::check_email("a b@c.d").is_err());
    }
}
