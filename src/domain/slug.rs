//! User-chosen identifiers: `[A-Za-z0-9][A-Za-z0-9._:-]{0,254}`.

pub fn check_slug(s: &str) -> Result<(), String> {
    let mut chars = s.chars();
    let ok_first = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    let ok_rest = s.len() <= 255
        && s.chars()
            .skip(1)
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'));
    if ok_first && ok_rest {
        Ok(())
    } else {
        // A long one is shown by its start and length (a 10,000-character id must not make a
        // 10,000-character message).
        let n = s.chars().count();
        let shown = if n <= 64 {
            format!("'{}'", crate::output::escape::visible(s))
        } else {
            let head: String = s.chars().take(40).collect();
            format!(
                "'{}…' ({n} characters)",
                crate::output::escape::visible(&head)
            )
        };
        Err(format!(
            "{shown} is not a valid id (letters, digits and . _ : -, starting with a letter or digit, at most 255)"
        ))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        assert!(super::check_slug("pro-2024.v1:a_b").is_ok());
        assert!(super::check_slug("-x").is_err());
        assert!(super::check_slug("").is_err());
        assert!(super::check_slug("a b").is_err());
        assert!(super::check_slug(&"a".repeat(256)).is_err());
        let e = super::check_slug(&"a".repeat(10_000)).unwrap_err();
        assert!(e.len() < 200 && e.contains("(10000 characters)"), "{e}");
    }
}
