//! Signed customer tokens (spec 70): `HMAC-SHA256 <customerId>:<hex HMAC-SHA256(secret, customerId)>`.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub fn hmac_sha256_hex(secret: &[u8], message: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(message);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn customer_token(secret: &str, customer_id: &str) -> String {
    format!(
        "HMAC-SHA256 {customer_id}:{}",
        hmac_sha256_hex(secret.as_bytes(), customer_id.as_bytes())
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc4231_case_2() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assert_eq!(
            super::hmac_sha256_hex(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert!(super::customer_token("s", "acme").starts_with("HMAC-SHA256 acme:"));
    }
}
