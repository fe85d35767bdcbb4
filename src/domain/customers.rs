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
    /// When the coupon was applied (its `durationMonths` count from then); set by the engine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_applied_at: Option<crate::clock::Instant>,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
}

impl Customer {
    /// `customer list --search`: `needle` occurs, ignoring case, in the id, name, email, billing
    /// id or a metadata value. Taken literally: `%`, `_` and `\` are ordinary characters.
    pub fn matches_search(&self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        let has = |s: &str| s.to_lowercase().contains(&needle);
        has(&self.customer_id)
            || [&self.name, &self.email, &self.billing_id]
                .into_iter()
                .flatten()
                .any(|s| has(s))
            || self.metadata.values().any(|v| has(v))
    }
}

/// A light check: something@something.something, no spaces.
/// A metadata value that is empty or blank is no value: an update's `k=` removes the key,
/// an import's blank cell does, and a create stores none — so every export re-imports
/// unchanged.
pub fn is_no_value(v: &str) -> bool {
    v.trim().is_empty()
}

/// A text field (name, email, billing id, coupon) as a command gives it: blank is no value (it
/// clears the field), as an import's blank cell is — so a record an export writes re-imports
/// unchanged; anything else is kept as given, as an import keeps it.
pub fn text_value(v: &str) -> Option<String> {
    (!is_no_value(v)).then(|| v.to_string())
}

/// Metadata without its empty or blank values (see [`is_no_value`]).
pub fn metadata_values(m: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    m.iter()
        .filter(|(_, v)| !is_no_value(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub fn check_email(e: &str) -> Result<(), String> {
    let ok = !e.contains(char::is_whitespace)
        && e.split_once('@').is_some_and(|(a, b)| {
            !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.')
        });
    if ok {
        Ok(())
    } else {
        Err(format!("email: '{e}' is not an email address"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn search_is_literal_and_limited_to_the_documented_fields() {
        let c = super::Customer {
            customer_id: "acme".into(),
            name: Some("Ärger GmbH".into()),
            email: None,
            billing_id: Some("cus_9".into()),
            coupon_id: Some("launch20".into()),
            coupon_applied_at: None,
            metadata: [("tier".to_string(), "Gold".to_string())].into(),
        };
        for hit in ["ACME", "ärger", "CUS_9", "gold", ""] {
            assert!(c.matches_search(hit), "{hit}");
        }
        for miss in [
            "null",
            "c_",
            "%",
            "a%e",
            "a_m",
            "\\",
            "tier",
            "launch",
            "customerId",
            "{",
        ] {
            assert!(!c.matches_search(miss), "{miss}");
        }
    }

    #[test]
    fn emails() {
        assert!(super::check_email("a@b.co").is_ok());
        assert!(super::check_email("a@b").is_err());
        assert!(super::check_email("a b@c.d").is_err());
    }
}
